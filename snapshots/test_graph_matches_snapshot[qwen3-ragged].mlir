// qwen3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @qwen3_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<3x1x1xi32>) -> tensor<3x1x20xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.10000000149011612, 0.009999999776482582, 0.0010000000474974513, 9.999999747378752e-05, 9.999999747378752e-06]> : tensor<6xf32>
    %7 = stablehlo.convert %5 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %9 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %10 = stablehlo.multiply %8, %9 : tensor<3x1x6xf32>
    %11 = stablehlo.concatenate %10, %10, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %12 = stablehlo.cosine %11 : tensor<3x1x12xf32>
    %13 = stablehlo.sine %11 : tensor<3x1x12xf32>
    %14 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %15 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %16 = stablehlo.compare LE, %15, %14, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %17 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %18 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %19 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %20 = stablehlo.concatenate %19, %16, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %21 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %22 = stablehlo.reshape %21 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %23 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %24 = stablehlo.reshape %23 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %25 = stablehlo.multiply %2, %2 : tensor<3x1x20xf32>
    %26 = stablehlo.constant dense<0.0> : tensor<f32>
    %27 = stablehlo.reduce(%25 init: %26) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %28 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.multiply %27, %29 : tensor<3x1xf32>
    %31 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %33 = stablehlo.add %30, %32 : tensor<3x1xf32>
    %34 = stablehlo.rsqrt %33 : tensor<3x1xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %36 = stablehlo.multiply %2, %35 : tensor<3x1x20xf32>
    %37 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %38 = stablehlo.multiply %36, %37 : tensor<3x1x20xf32>
    %39 = stablehlo.dot_general %38, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %40 = stablehlo.dot_general %38, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %41 = stablehlo.dot_general %38, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %42 = stablehlo.reshape %39 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %43 = stablehlo.reshape %40 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %44 = stablehlo.reshape %41 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %45 = stablehlo.multiply %42, %42 : tensor<3x1x4x12xf32>
    %46 = stablehlo.constant dense<0.0> : tensor<f32>
    %47 = stablehlo.reduce(%45 init: %46) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %48 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %50 = stablehlo.multiply %47, %49 : tensor<3x1x4xf32>
    %51 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %51, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %53 = stablehlo.add %50, %52 : tensor<3x1x4xf32>
    %54 = stablehlo.rsqrt %53 : tensor<3x1x4xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %56 = stablehlo.multiply %42, %55 : tensor<3x1x4x12xf32>
    %57 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %58 = stablehlo.multiply %56, %57 : tensor<3x1x4x12xf32>
    %59 = stablehlo.multiply %43, %43 : tensor<3x1x2x12xf32>
    %60 = stablehlo.constant dense<0.0> : tensor<f32>
    %61 = stablehlo.reduce(%59 init: %60) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %62 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %64 = stablehlo.multiply %61, %63 : tensor<3x1x2xf32>
    %65 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %65, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %67 = stablehlo.add %64, %66 : tensor<3x1x2xf32>
    %68 = stablehlo.rsqrt %67 : tensor<3x1x2xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %70 = stablehlo.multiply %43, %69 : tensor<3x1x2x12xf32>
    %71 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %72 = stablehlo.multiply %70, %71 : tensor<3x1x2x12xf32>
    %73 = "stablehlo.slice"(%58) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %74 = "stablehlo.slice"(%58) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %75 = stablehlo.negate %74 : tensor<3x1x4x6xf32>
    %76 = stablehlo.concatenate %75, %73, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %77 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %78 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %79 = stablehlo.multiply %58, %77 : tensor<3x1x4x12xf32>
    %80 = stablehlo.multiply %76, %78 : tensor<3x1x4x12xf32>
    %81 = stablehlo.add %79, %80 : tensor<3x1x4x12xf32>
    %82 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %83 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %84 = stablehlo.negate %83 : tensor<3x1x2x6xf32>
    %85 = stablehlo.concatenate %84, %82, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %86 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %87 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %88 = stablehlo.multiply %72, %86 : tensor<3x1x2x12xf32>
    %89 = stablehlo.multiply %85, %87 : tensor<3x1x2x12xf32>
    %90 = stablehlo.add %88, %89 : tensor<3x1x2x12xf32>
    %91 = stablehlo.reshape %81 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %92 = stablehlo.transpose %91, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %93 = stablehlo.transpose %90, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %94 = stablehlo.transpose %44, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %95 = stablehlo.dot_general %92, %93, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %96 = stablehlo.dot_general %92, %22, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %97 = stablehlo.concatenate %96, %95, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %98 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %100 = stablehlo.multiply %97, %99 : tensor<3x2x1x2x17xf32>
    %101 = stablehlo.broadcast_in_dim %20, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %102 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %104 = stablehlo.select %101, %100, %103 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %105 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %106 = stablehlo.reduce(%104 init: %105) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %108 = stablehlo.subtract %104, %107 : tensor<3x2x1x2x17xf32>
    %109 = stablehlo.exponential %108 : tensor<3x2x1x2x17xf32>
    %110 = stablehlo.constant dense<0.0> : tensor<f32>
    %111 = stablehlo.reduce(%109 init: %110) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %113 = stablehlo.divide %109, %112 : tensor<3x2x1x2x17xf32>
    %114 = "stablehlo.slice"(%113) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %115 = "stablehlo.slice"(%113) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %116 = stablehlo.dot_general %114, %24, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %117 = stablehlo.dot_general %115, %94, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %118 = stablehlo.add %116, %117 : tensor<3x2x1x2x12xf32>
    %119 = stablehlo.transpose %118, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %120 = stablehlo.reshape %119 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %121 = stablehlo.dot_general %120, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %122 = stablehlo.add %2, %121 : tensor<3x1x20xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<3x1x20xf32>
    %124 = stablehlo.constant dense<0.0> : tensor<f32>
    %125 = stablehlo.reduce(%123 init: %124) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %126 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %128 = stablehlo.multiply %125, %127 : tensor<3x1xf32>
    %129 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %131 = stablehlo.add %128, %130 : tensor<3x1xf32>
    %132 = stablehlo.rsqrt %131 : tensor<3x1xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %134 = stablehlo.multiply %122, %133 : tensor<3x1x20xf32>
    %135 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %136 = stablehlo.multiply %134, %135 : tensor<3x1x20xf32>
    %137 = stablehlo.dot_general %136, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %138 = stablehlo.logistic %137 : tensor<3x1x56xf32>
    %139 = stablehlo.multiply %137, %138 : tensor<3x1x56xf32>
    %140 = stablehlo.dot_general %136, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %141 = stablehlo.multiply %139, %140 : tensor<3x1x56xf32>
    %142 = stablehlo.dot_general %141, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %143 = stablehlo.add %122, %142 : tensor<3x1x20xf32>
    %144 = stablehlo.reshape %93 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %145 = stablehlo.reshape %94 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %146 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %147 = stablehlo.reshape %146 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %148 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %149 = stablehlo.reshape %148 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %150 = stablehlo.multiply %143, %143 : tensor<3x1x20xf32>
    %151 = stablehlo.constant dense<0.0> : tensor<f32>
    %152 = stablehlo.reduce(%150 init: %151) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %153 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %155 = stablehlo.multiply %152, %154 : tensor<3x1xf32>
    %156 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %158 = stablehlo.add %155, %157 : tensor<3x1xf32>
    %159 = stablehlo.rsqrt %158 : tensor<3x1xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %161 = stablehlo.multiply %143, %160 : tensor<3x1x20xf32>
    %162 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %163 = stablehlo.multiply %161, %162 : tensor<3x1x20xf32>
    %164 = stablehlo.dot_general %163, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %165 = stablehlo.dot_general %163, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %166 = stablehlo.dot_general %163, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %167 = stablehlo.reshape %164 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %168 = stablehlo.reshape %165 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %169 = stablehlo.reshape %166 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %170 = stablehlo.multiply %167, %167 : tensor<3x1x4x12xf32>
    %171 = stablehlo.constant dense<0.0> : tensor<f32>
    %172 = stablehlo.reduce(%170 init: %171) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %173 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %175 = stablehlo.multiply %172, %174 : tensor<3x1x4xf32>
    %176 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %178 = stablehlo.add %175, %177 : tensor<3x1x4xf32>
    %179 = stablehlo.rsqrt %178 : tensor<3x1x4xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %181 = stablehlo.multiply %167, %180 : tensor<3x1x4x12xf32>
    %182 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %183 = stablehlo.multiply %181, %182 : tensor<3x1x4x12xf32>
    %184 = stablehlo.multiply %168, %168 : tensor<3x1x2x12xf32>
    %185 = stablehlo.constant dense<0.0> : tensor<f32>
    %186 = stablehlo.reduce(%184 init: %185) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %187 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %189 = stablehlo.multiply %186, %188 : tensor<3x1x2xf32>
    %190 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %192 = stablehlo.add %189, %191 : tensor<3x1x2xf32>
    %193 = stablehlo.rsqrt %192 : tensor<3x1x2xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %195 = stablehlo.multiply %168, %194 : tensor<3x1x2x12xf32>
    %196 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %197 = stablehlo.multiply %195, %196 : tensor<3x1x2x12xf32>
    %198 = "stablehlo.slice"(%183) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %199 = "stablehlo.slice"(%183) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %200 = stablehlo.negate %199 : tensor<3x1x4x6xf32>
    %201 = stablehlo.concatenate %200, %198, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %202 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %203 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %204 = stablehlo.multiply %183, %202 : tensor<3x1x4x12xf32>
    %205 = stablehlo.multiply %201, %203 : tensor<3x1x4x12xf32>
    %206 = stablehlo.add %204, %205 : tensor<3x1x4x12xf32>
    %207 = "stablehlo.slice"(%197) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %208 = "stablehlo.slice"(%197) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %209 = stablehlo.negate %208 : tensor<3x1x2x6xf32>
    %210 = stablehlo.concatenate %209, %207, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %211 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %212 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %213 = stablehlo.multiply %197, %211 : tensor<3x1x2x12xf32>
    %214 = stablehlo.multiply %210, %212 : tensor<3x1x2x12xf32>
    %215 = stablehlo.add %213, %214 : tensor<3x1x2x12xf32>
    %216 = stablehlo.reshape %206 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %217 = stablehlo.transpose %216, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %218 = stablehlo.transpose %215, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %219 = stablehlo.transpose %169, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %220 = stablehlo.dot_general %217, %218, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %221 = stablehlo.dot_general %217, %147, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %222 = stablehlo.concatenate %221, %220, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %223 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %225 = stablehlo.multiply %222, %224 : tensor<3x2x1x2x17xf32>
    %226 = stablehlo.broadcast_in_dim %20, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %227 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %229 = stablehlo.select %226, %225, %228 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %230 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %231 = stablehlo.reduce(%229 init: %230) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %233 = stablehlo.subtract %229, %232 : tensor<3x2x1x2x17xf32>
    %234 = stablehlo.exponential %233 : tensor<3x2x1x2x17xf32>
    %235 = stablehlo.constant dense<0.0> : tensor<f32>
    %236 = stablehlo.reduce(%234 init: %235) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %238 = stablehlo.divide %234, %237 : tensor<3x2x1x2x17xf32>
    %239 = "stablehlo.slice"(%238) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %240 = "stablehlo.slice"(%238) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %241 = stablehlo.dot_general %239, %149, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %242 = stablehlo.dot_general %240, %219, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %243 = stablehlo.add %241, %242 : tensor<3x2x1x2x12xf32>
    %244 = stablehlo.transpose %243, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %245 = stablehlo.reshape %244 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %246 = stablehlo.dot_general %245, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %247 = stablehlo.add %143, %246 : tensor<3x1x20xf32>
    %248 = stablehlo.multiply %247, %247 : tensor<3x1x20xf32>
    %249 = stablehlo.constant dense<0.0> : tensor<f32>
    %250 = stablehlo.reduce(%248 init: %249) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %251 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %253 = stablehlo.multiply %250, %252 : tensor<3x1xf32>
    %254 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %256 = stablehlo.add %253, %255 : tensor<3x1xf32>
    %257 = stablehlo.rsqrt %256 : tensor<3x1xf32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %259 = stablehlo.multiply %247, %258 : tensor<3x1x20xf32>
    %260 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %261 = stablehlo.multiply %259, %260 : tensor<3x1x20xf32>
    %262 = stablehlo.dot_general %261, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %263 = stablehlo.logistic %262 : tensor<3x1x56xf32>
    %264 = stablehlo.multiply %262, %263 : tensor<3x1x56xf32>
    %265 = stablehlo.dot_general %261, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %266 = stablehlo.multiply %264, %265 : tensor<3x1x56xf32>
    %267 = stablehlo.dot_general %266, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %268 = stablehlo.add %247, %267 : tensor<3x1x20xf32>
    %269 = stablehlo.reshape %218 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %270 = stablehlo.reshape %219 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %271 = stablehlo.multiply %268, %268 : tensor<3x1x20xf32>
    %272 = stablehlo.constant dense<0.0> : tensor<f32>
    %273 = stablehlo.reduce(%271 init: %272) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %274 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<3x1xf32>
    %277 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %279 = stablehlo.add %276, %278 : tensor<3x1xf32>
    %280 = stablehlo.rsqrt %279 : tensor<3x1xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %282 = stablehlo.multiply %268, %281 : tensor<3x1x20xf32>
    %283 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %284 = stablehlo.multiply %282, %283 : tensor<3x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %285 = stablehlo.concatenate %144, %269, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %286 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %287 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %288 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %289 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %290 = stablehlo.concatenate %286, %287, %288, %289, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %291 = stablehlo.reshape %285 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %292 = stablehlo.reshape %290 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %293 = "stablehlo.scatter"(%k_cache, %292, %291) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %294 = stablehlo.concatenate %145, %270, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %295 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %296 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %297 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %298 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %299 = stablehlo.concatenate %295, %296, %297, %298, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %300 = stablehlo.reshape %294 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %301 = stablehlo.reshape %299 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %302 = "stablehlo.scatter"(%v_cache, %301, %300) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %303 = stablehlo.reshape %284 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %304 = stablehlo.dot_general %303, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
    %305 = stablehlo.constant dense<0> : tensor<i32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %307 = stablehlo.compare NE, %active, %306, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %308 = stablehlo.broadcast_in_dim %307, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %309 = stablehlo.constant dense<0.0> : tensor<f32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %311 = stablehlo.select %308, %304, %310 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %311, %293, %302 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
