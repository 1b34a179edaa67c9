// qwen3 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @qwen3_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x1x1xi32>) -> tensor<1x1x20xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.10000000149011612, 0.009999999776482582, 0.0010000000474974513, 9.999999747378752e-05, 9.999999747378752e-06]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x1x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %15 = stablehlo.cosine %14 : tensor<1x1x12xf32>
    %16 = stablehlo.sine %14 : tensor<1x1x12xf32>
    %17 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %18 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %19 = stablehlo.compare LE, %18, %17, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %20 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %21 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %22 = stablehlo.compare LT, %20, %21, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %23 = stablehlo.concatenate %22, %19, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: full_attention
    %24 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %26 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %28 = stablehlo.multiply %5, %5 : tensor<1x1x20xf32>
    %29 = stablehlo.constant dense<0.0> : tensor<f32>
    %30 = stablehlo.reduce(%28 init: %29) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %31 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %33 = stablehlo.multiply %30, %32 : tensor<1x1xf32>
    %34 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %36 = stablehlo.add %33, %35 : tensor<1x1xf32>
    %37 = stablehlo.rsqrt %36 : tensor<1x1xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %39 = stablehlo.multiply %5, %38 : tensor<1x1x20xf32>
    %40 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %41 = stablehlo.multiply %39, %40 : tensor<1x1x20xf32>
    %42 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %41, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %43 = stablehlo.reshape %42 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %44 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %41, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %45 = stablehlo.reshape %44 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %46 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %41, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %47 = stablehlo.reshape %46 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %48 = stablehlo.reshape %43 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %49 = stablehlo.reshape %45 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %50 = stablehlo.reshape %47 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %51 = stablehlo.multiply %48, %48 : tensor<1x1x4x12xf32>
    %52 = stablehlo.constant dense<0.0> : tensor<f32>
    %53 = stablehlo.reduce(%51 init: %52) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x12xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %54 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %56 = stablehlo.multiply %53, %55 : tensor<1x1x4xf32>
    %57 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %57, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %59 = stablehlo.add %56, %58 : tensor<1x1x4xf32>
    %60 = stablehlo.rsqrt %59 : tensor<1x1x4xf32>
    %61 = stablehlo.broadcast_in_dim %60, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x12xf32>
    %62 = stablehlo.multiply %48, %61 : tensor<1x1x4x12xf32>
    %63 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x1x4x12xf32>
    %64 = stablehlo.multiply %62, %63 : tensor<1x1x4x12xf32>
    %65 = stablehlo.multiply %49, %49 : tensor<1x1x2x12xf32>
    %66 = stablehlo.constant dense<0.0> : tensor<f32>
    %67 = stablehlo.reduce(%65 init: %66) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x12xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %68 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [] : (tensor<f32>) -> tensor<1x1x2xf32>
    %70 = stablehlo.multiply %67, %69 : tensor<1x1x2xf32>
    %71 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<f32>) -> tensor<1x1x2xf32>
    %73 = stablehlo.add %70, %72 : tensor<1x1x2xf32>
    %74 = stablehlo.rsqrt %73 : tensor<1x1x2xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x12xf32>
    %76 = stablehlo.multiply %49, %75 : tensor<1x1x2x12xf32>
    %77 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x1x2x12xf32>
    %78 = stablehlo.multiply %76, %77 : tensor<1x1x2x12xf32>
    %79 = "stablehlo.slice"(%64) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %80 = "stablehlo.slice"(%64) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %81 = stablehlo.negate %80 : tensor<1x1x4x6xf32>
    %82 = stablehlo.concatenate %81, %79, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %83 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %84 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %85 = stablehlo.multiply %64, %83 : tensor<1x1x4x12xf32>
    %86 = stablehlo.multiply %82, %84 : tensor<1x1x4x12xf32>
    %87 = stablehlo.add %85, %86 : tensor<1x1x4x12xf32>
    %88 = "stablehlo.slice"(%78) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %89 = "stablehlo.slice"(%78) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %90 = stablehlo.negate %89 : tensor<1x1x2x6xf32>
    %91 = stablehlo.concatenate %90, %88, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %92 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %93 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %94 = stablehlo.multiply %78, %92 : tensor<1x1x2x12xf32>
    %95 = stablehlo.multiply %91, %93 : tensor<1x1x2x12xf32>
    %96 = stablehlo.add %94, %95 : tensor<1x1x2x12xf32>
    %97 = stablehlo.reshape %87 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %98 = stablehlo.transpose %97, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %99 = stablehlo.transpose %96, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %100 = stablehlo.transpose %50, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %101 = stablehlo.dot_general %98, %99, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %102 = stablehlo.dot_general %98, %25, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %103 = stablehlo.concatenate %102, %101, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %104 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %106 = stablehlo.multiply %103, %105 : tensor<1x2x1x2x17xf32>
    %107 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %108 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %110 = stablehlo.select %107, %106, %109 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %111 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %112 = stablehlo.reduce(%110 init: %111) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %114 = stablehlo.subtract %110, %113 : tensor<1x2x1x2x17xf32>
    %115 = stablehlo.exponential %114 : tensor<1x2x1x2x17xf32>
    %116 = stablehlo.constant dense<0.0> : tensor<f32>
    %117 = stablehlo.reduce(%115 init: %116) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %119 = stablehlo.divide %115, %118 : tensor<1x2x1x2x17xf32>
    %120 = "stablehlo.slice"(%119) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %121 = "stablehlo.slice"(%119) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %122 = stablehlo.dot_general %120, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %123 = stablehlo.dot_general %121, %100, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %124 = stablehlo.add %122, %123 : tensor<1x2x1x2x12xf32>
    %125 = stablehlo.transpose %124, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %126 = stablehlo.reshape %125 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %127 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %126, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %128 = stablehlo.reshape %127 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %129 = stablehlo.add %5, %128 : tensor<1x1x20xf32>
    %130 = stablehlo.multiply %129, %129 : tensor<1x1x20xf32>
    %131 = stablehlo.constant dense<0.0> : tensor<f32>
    %132 = stablehlo.reduce(%130 init: %131) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %133 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<1x1xf32>
    %136 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %138 = stablehlo.add %135, %137 : tensor<1x1xf32>
    %139 = stablehlo.rsqrt %138 : tensor<1x1xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %141 = stablehlo.multiply %129, %140 : tensor<1x1x20xf32>
    %142 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %143 = stablehlo.multiply %141, %142 : tensor<1x1x20xf32>
    %144 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %143, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %145 = stablehlo.reshape %144 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %146 = stablehlo.logistic %145 : tensor<1x1x56xf32>
    %147 = stablehlo.multiply %145, %146 : tensor<1x1x56xf32>
    %148 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %143, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %149 = stablehlo.reshape %148 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %150 = stablehlo.multiply %147, %149 : tensor<1x1x56xf32>
    %151 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %150, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %152 = stablehlo.reshape %151 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %153 = stablehlo.add %129, %152 : tensor<1x1x20xf32>
    %154 = stablehlo.reshape %99 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %155 = stablehlo.reshape %100 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %156 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %158 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %160 = stablehlo.multiply %153, %153 : tensor<1x1x20xf32>
    %161 = stablehlo.constant dense<0.0> : tensor<f32>
    %162 = stablehlo.reduce(%160 init: %161) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %163 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %165 = stablehlo.multiply %162, %164 : tensor<1x1xf32>
    %166 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %168 = stablehlo.add %165, %167 : tensor<1x1xf32>
    %169 = stablehlo.rsqrt %168 : tensor<1x1xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %171 = stablehlo.multiply %153, %170 : tensor<1x1x20xf32>
    %172 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %173 = stablehlo.multiply %171, %172 : tensor<1x1x20xf32>
    %174 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %173, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %175 = stablehlo.reshape %174 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %176 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %173, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %177 = stablehlo.reshape %176 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %178 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %173, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %179 = stablehlo.reshape %178 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %180 = stablehlo.reshape %175 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %181 = stablehlo.reshape %177 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %182 = stablehlo.reshape %179 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %183 = stablehlo.multiply %180, %180 : tensor<1x1x4x12xf32>
    %184 = stablehlo.constant dense<0.0> : tensor<f32>
    %185 = stablehlo.reduce(%183 init: %184) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x12xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %186 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %188 = stablehlo.multiply %185, %187 : tensor<1x1x4xf32>
    %189 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %191 = stablehlo.add %188, %190 : tensor<1x1x4xf32>
    %192 = stablehlo.rsqrt %191 : tensor<1x1x4xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x12xf32>
    %194 = stablehlo.multiply %180, %193 : tensor<1x1x4x12xf32>
    %195 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x1x4x12xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<1x1x4x12xf32>
    %197 = stablehlo.multiply %181, %181 : tensor<1x1x2x12xf32>
    %198 = stablehlo.constant dense<0.0> : tensor<f32>
    %199 = stablehlo.reduce(%197 init: %198) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x12xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %200 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<1x1x2xf32>
    %202 = stablehlo.multiply %199, %201 : tensor<1x1x2xf32>
    %203 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<1x1x2xf32>
    %205 = stablehlo.add %202, %204 : tensor<1x1x2xf32>
    %206 = stablehlo.rsqrt %205 : tensor<1x1x2xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x12xf32>
    %208 = stablehlo.multiply %181, %207 : tensor<1x1x2x12xf32>
    %209 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x1x2x12xf32>
    %210 = stablehlo.multiply %208, %209 : tensor<1x1x2x12xf32>
    %211 = "stablehlo.slice"(%196) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %212 = "stablehlo.slice"(%196) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %213 = stablehlo.negate %212 : tensor<1x1x4x6xf32>
    %214 = stablehlo.concatenate %213, %211, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %215 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %216 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %217 = stablehlo.multiply %196, %215 : tensor<1x1x4x12xf32>
    %218 = stablehlo.multiply %214, %216 : tensor<1x1x4x12xf32>
    %219 = stablehlo.add %217, %218 : tensor<1x1x4x12xf32>
    %220 = "stablehlo.slice"(%210) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %221 = "stablehlo.slice"(%210) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %222 = stablehlo.negate %221 : tensor<1x1x2x6xf32>
    %223 = stablehlo.concatenate %222, %220, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %224 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %225 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %226 = stablehlo.multiply %210, %224 : tensor<1x1x2x12xf32>
    %227 = stablehlo.multiply %223, %225 : tensor<1x1x2x12xf32>
    %228 = stablehlo.add %226, %227 : tensor<1x1x2x12xf32>
    %229 = stablehlo.reshape %219 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %230 = stablehlo.transpose %229, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %231 = stablehlo.transpose %228, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %232 = stablehlo.transpose %182, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %233 = stablehlo.dot_general %230, %231, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %234 = stablehlo.dot_general %230, %157, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %235 = stablehlo.concatenate %234, %233, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %236 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %238 = stablehlo.multiply %235, %237 : tensor<1x2x1x2x17xf32>
    %239 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %240 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %242 = stablehlo.select %239, %238, %241 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %243 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %244 = stablehlo.reduce(%242 init: %243) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %246 = stablehlo.subtract %242, %245 : tensor<1x2x1x2x17xf32>
    %247 = stablehlo.exponential %246 : tensor<1x2x1x2x17xf32>
    %248 = stablehlo.constant dense<0.0> : tensor<f32>
    %249 = stablehlo.reduce(%247 init: %248) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %251 = stablehlo.divide %247, %250 : tensor<1x2x1x2x17xf32>
    %252 = "stablehlo.slice"(%251) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %253 = "stablehlo.slice"(%251) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %254 = stablehlo.dot_general %252, %159, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %255 = stablehlo.dot_general %253, %232, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %256 = stablehlo.add %254, %255 : tensor<1x2x1x2x12xf32>
    %257 = stablehlo.transpose %256, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %258 = stablehlo.reshape %257 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %259 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %258, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %260 = stablehlo.reshape %259 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %261 = stablehlo.add %153, %260 : tensor<1x1x20xf32>
    %262 = stablehlo.multiply %261, %261 : tensor<1x1x20xf32>
    %263 = stablehlo.constant dense<0.0> : tensor<f32>
    %264 = stablehlo.reduce(%262 init: %263) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %265 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %267 = stablehlo.multiply %264, %266 : tensor<1x1xf32>
    %268 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %270 = stablehlo.add %267, %269 : tensor<1x1xf32>
    %271 = stablehlo.rsqrt %270 : tensor<1x1xf32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %273 = stablehlo.multiply %261, %272 : tensor<1x1x20xf32>
    %274 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %275 = stablehlo.multiply %273, %274 : tensor<1x1x20xf32>
    %276 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %275, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %277 = stablehlo.reshape %276 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %278 = stablehlo.logistic %277 : tensor<1x1x56xf32>
    %279 = stablehlo.multiply %277, %278 : tensor<1x1x56xf32>
    %280 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %275, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %281 = stablehlo.reshape %280 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %282 = stablehlo.multiply %279, %281 : tensor<1x1x56xf32>
    %283 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %282, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %284 = stablehlo.reshape %283 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %285 = stablehlo.add %261, %284 : tensor<1x1x20xf32>
    %286 = stablehlo.reshape %231 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %287 = stablehlo.reshape %232 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %288 = stablehlo.multiply %285, %285 : tensor<1x1x20xf32>
    %289 = stablehlo.constant dense<0.0> : tensor<f32>
    %290 = stablehlo.reduce(%288 init: %289) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %291 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %293 = stablehlo.multiply %290, %292 : tensor<1x1xf32>
    %294 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %296 = stablehlo.add %293, %295 : tensor<1x1xf32>
    %297 = stablehlo.rsqrt %296 : tensor<1x1xf32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %299 = stablehlo.multiply %285, %298 : tensor<1x1x20xf32>
    %300 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %301 = stablehlo.multiply %299, %300 : tensor<1x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %302 = stablehlo.concatenate %154, %286, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %303 = stablehlo.constant dense<0> : tensor<i32>
    %304 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %305 = stablehlo.dynamic_update_slice %2, %302, %303, %303, %303, %304, %303 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %306 = stablehlo.concatenate %155, %287, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %307 = stablehlo.constant dense<0> : tensor<i32>
    %308 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %309 = stablehlo.dynamic_update_slice %3, %306, %307, %307, %307, %308, %307 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %310 = stablehlo.reshape %301 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %311 = stablehlo.dot_general %model.embed_tokens.weight, %310, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %312 = stablehlo.reshape %305 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %313 = stablehlo.reshape %309 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %311, %312, %313 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
