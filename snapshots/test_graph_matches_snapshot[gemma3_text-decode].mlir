// gemma3_text decode: capacity=16 bucket=1 slots=1; layers=2 hidden=20 heads=4 kv_heads=1 head_dim=12 vocab=97
module @gemma3_text_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x1x16x12xf32>, %v_cache: tensor<2x1x16x12xf32>) -> (tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x1x1xi32>) -> tensor<1x1x20xf32>
    %6 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x1x20xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x1x20xf32>
    %9 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %10 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %11 = stablehlo.add %9, %10 : tensor<1x1xi32>
    %12 = stablehlo.constant dense<[1.0, 0.2154434621334076, 0.04641588777303696, 0.009999999776482582, 0.002154434798285365, 0.00046415888937190175]> : tensor<6xf32>
    %13 = stablehlo.convert %11 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %15 = stablehlo.broadcast_in_dim %12, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %16 = stablehlo.multiply %14, %15 : tensor<1x1x6xf32>
    %17 = stablehlo.concatenate %16, %16, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %18 = stablehlo.cosine %17 : tensor<1x1x12xf32>
    %19 = stablehlo.sine %17 : tensor<1x1x12xf32>
    %20 = stablehlo.constant dense<[1.0, 0.10000000149011612, 0.009999999776482582, 0.0010000000474974513, 9.999999747378752e-05, 9.999999747378752e-06]> : tensor<6xf32>
    %21 = stablehlo.convert %11 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %23 = stablehlo.broadcast_in_dim %20, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %24 = stablehlo.multiply %22, %23 : tensor<1x1x6xf32>
    %25 = stablehlo.concatenate %24, %24, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %26 = stablehlo.cosine %25 : tensor<1x1x12xf32>
    %27 = stablehlo.sine %25 : tensor<1x1x12xf32>
    %28 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %29 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %30 = stablehlo.compare LE, %29, %28, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %31 = stablehlo.subtract %28, %29 : tensor<1x1x1xi32>
    %32 = stablehlo.constant dense<5> : tensor<i32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<i32>) -> tensor<1x1x1xi32>
    %34 = stablehlo.compare LT, %31, %33, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %35 = stablehlo.and %30, %34 : tensor<1x1x1xi1>
    %36 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %37 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %38 = stablehlo.compare LT, %36, %37, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %39 = stablehlo.concatenate %38, %30, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    %40 = stablehlo.iota dim = 1 : tensor<1x1x16xi32>
    %41 = stablehlo.add %37, %40 : tensor<1x1x16xi32>
    %42 = stablehlo.subtract %41, %36 : tensor<1x1x16xi32>
    %43 = stablehlo.constant dense<5> : tensor<i32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<i32>) -> tensor<1x1x16xi32>
    %45 = stablehlo.compare LT, %42, %44, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %46 = stablehlo.and %38, %45 : tensor<1x1x16xi1>
    %47 = stablehlo.concatenate %46, %35, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: sliding_attention
    %48 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %49 = stablehlo.reshape %48 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %50 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %52 = stablehlo.multiply %8, %8 : tensor<1x1x20xf32>
    %53 = stablehlo.constant dense<0.0> : tensor<f32>
    %54 = stablehlo.reduce(%52 init: %53) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %55 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %57 = stablehlo.multiply %54, %56 : tensor<1x1xf32>
    %58 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %60 = stablehlo.add %57, %59 : tensor<1x1xf32>
    %61 = stablehlo.rsqrt %60 : tensor<1x1xf32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %63 = stablehlo.multiply %8, %62 : tensor<1x1x20xf32>
    %64 = stablehlo.constant dense<1.0> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %66 = stablehlo.add %model.layers.0.input_layernorm.weight, %65 : tensor<20xf32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %68 = stablehlo.multiply %63, %67 : tensor<1x1x20xf32>
    %69 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %68, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %70 = stablehlo.reshape %69 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %71 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %68, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x20xf32>, tensor<1x1x20xf32>) -> tensor<12x1x1xf32>
    %72 = stablehlo.reshape %71 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %73 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %68, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x20xf32>, tensor<1x1x20xf32>) -> tensor<12x1x1xf32>
    %74 = stablehlo.reshape %73 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %75 = stablehlo.reshape %70 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %76 = stablehlo.reshape %72 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %77 = stablehlo.reshape %74 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %78 = stablehlo.multiply %75, %75 : tensor<1x1x4x12xf32>
    %79 = stablehlo.constant dense<0.0> : tensor<f32>
    %80 = stablehlo.reduce(%78 init: %79) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x12xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %81 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %83 = stablehlo.multiply %80, %82 : tensor<1x1x4xf32>
    %84 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %86 = stablehlo.add %83, %85 : tensor<1x1x4xf32>
    %87 = stablehlo.rsqrt %86 : tensor<1x1x4xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x12xf32>
    %89 = stablehlo.multiply %75, %88 : tensor<1x1x4x12xf32>
    %90 = stablehlo.constant dense<1.0> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %92 = stablehlo.add %model.layers.0.self_attn.q_norm.weight, %91 : tensor<12xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [3] : (tensor<12xf32>) -> tensor<1x1x4x12xf32>
    %94 = stablehlo.multiply %89, %93 : tensor<1x1x4x12xf32>
    %95 = stablehlo.multiply %76, %76 : tensor<1x1x1x12xf32>
    %96 = stablehlo.constant dense<0.0> : tensor<f32>
    %97 = stablehlo.reduce(%95 init: %96) applies stablehlo.add across dimensions = [3] : (tensor<1x1x1x12xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %98 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %100 = stablehlo.multiply %97, %99 : tensor<1x1x1xf32>
    %101 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %103 = stablehlo.add %100, %102 : tensor<1x1x1xf32>
    %104 = stablehlo.rsqrt %103 : tensor<1x1x1xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x1x12xf32>
    %106 = stablehlo.multiply %76, %105 : tensor<1x1x1x12xf32>
    %107 = stablehlo.constant dense<1.0> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %109 = stablehlo.add %model.layers.0.self_attn.k_norm.weight, %108 : tensor<12xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [3] : (tensor<12xf32>) -> tensor<1x1x1x12xf32>
    %111 = stablehlo.multiply %106, %110 : tensor<1x1x1x12xf32>
    %112 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %113 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %114 = stablehlo.negate %113 : tensor<1x1x4x6xf32>
    %115 = stablehlo.concatenate %114, %112, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %116 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %117 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %118 = stablehlo.multiply %94, %116 : tensor<1x1x4x12xf32>
    %119 = stablehlo.multiply %115, %117 : tensor<1x1x4x12xf32>
    %120 = stablehlo.add %118, %119 : tensor<1x1x4x12xf32>
    %121 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %122 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %123 = stablehlo.negate %122 : tensor<1x1x1x6xf32>
    %124 = stablehlo.concatenate %123, %121, dim = 3 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>) -> tensor<1x1x1x12xf32>
    %125 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %126 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %127 = stablehlo.multiply %111, %125 : tensor<1x1x1x12xf32>
    %128 = stablehlo.multiply %124, %126 : tensor<1x1x1x12xf32>
    %129 = stablehlo.add %127, %128 : tensor<1x1x1x12xf32>
    %130 = stablehlo.reshape %120 : (tensor<1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %131 = stablehlo.transpose %130, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %132 = stablehlo.transpose %129, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %133 = stablehlo.transpose %77, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %134 = stablehlo.dot_general %131, %132, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %135 = stablehlo.dot_general %131, %49, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %136 = stablehlo.concatenate %135, %134, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %137 = stablehlo.constant dense<0.0625> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %139 = stablehlo.multiply %136, %138 : tensor<1x1x1x4x17xf32>
    %140 = stablehlo.broadcast_in_dim %47, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %141 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %143 = stablehlo.select %140, %139, %142 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %144 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %145 = stablehlo.reduce(%143 init: %144) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %147 = stablehlo.subtract %143, %146 : tensor<1x1x1x4x17xf32>
    %148 = stablehlo.exponential %147 : tensor<1x1x1x4x17xf32>
    %149 = stablehlo.constant dense<0.0> : tensor<f32>
    %150 = stablehlo.reduce(%148 init: %149) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %152 = stablehlo.divide %148, %151 : tensor<1x1x1x4x17xf32>
    %153 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %154 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %155 = stablehlo.dot_general %153, %51, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %156 = stablehlo.dot_general %154, %133, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %157 = stablehlo.add %155, %156 : tensor<1x1x1x4x12xf32>
    %158 = stablehlo.transpose %157, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x48xf32>
    %160 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %159, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %161 = stablehlo.reshape %160 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %162 = stablehlo.multiply %161, %161 : tensor<1x1x20xf32>
    %163 = stablehlo.constant dense<0.0> : tensor<f32>
    %164 = stablehlo.reduce(%162 init: %163) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %165 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %167 = stablehlo.multiply %164, %166 : tensor<1x1xf32>
    %168 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %170 = stablehlo.add %167, %169 : tensor<1x1xf32>
    %171 = stablehlo.rsqrt %170 : tensor<1x1xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %173 = stablehlo.multiply %161, %172 : tensor<1x1x20xf32>
    %174 = stablehlo.constant dense<1.0> : tensor<f32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %176 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %175 : tensor<20xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %178 = stablehlo.multiply %173, %177 : tensor<1x1x20xf32>
    %179 = stablehlo.add %8, %178 : tensor<1x1x20xf32>
    %180 = stablehlo.multiply %179, %179 : tensor<1x1x20xf32>
    %181 = stablehlo.constant dense<0.0> : tensor<f32>
    %182 = stablehlo.reduce(%180 init: %181) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %183 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %185 = stablehlo.multiply %182, %184 : tensor<1x1xf32>
    %186 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %188 = stablehlo.add %185, %187 : tensor<1x1xf32>
    %189 = stablehlo.rsqrt %188 : tensor<1x1xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %191 = stablehlo.multiply %179, %190 : tensor<1x1x20xf32>
    %192 = stablehlo.constant dense<1.0> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %194 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %193 : tensor<20xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %196 = stablehlo.multiply %191, %195 : tensor<1x1x20xf32>
    %197 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %196, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %198 = stablehlo.reshape %197 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %199 = stablehlo.multiply %198, %198 : tensor<1x1x56xf32>
    %200 = stablehlo.multiply %199, %198 : tensor<1x1x56xf32>
    %201 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %203 = stablehlo.multiply %200, %202 : tensor<1x1x56xf32>
    %204 = stablehlo.add %198, %203 : tensor<1x1x56xf32>
    %205 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %207 = stablehlo.multiply %204, %206 : tensor<1x1x56xf32>
    %208 = stablehlo.constant dense<0.5> : tensor<f32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %210 = stablehlo.multiply %198, %209 : tensor<1x1x56xf32>
    %211 = stablehlo.tanh %207 : tensor<1x1x56xf32>
    %212 = stablehlo.constant dense<1.0> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %214 = stablehlo.add %211, %213 : tensor<1x1x56xf32>
    %215 = stablehlo.multiply %210, %214 : tensor<1x1x56xf32>
    %216 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %196, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %217 = stablehlo.reshape %216 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %218 = stablehlo.multiply %215, %217 : tensor<1x1x56xf32>
    %219 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %218, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %220 = stablehlo.reshape %219 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %221 = stablehlo.multiply %220, %220 : tensor<1x1x20xf32>
    %222 = stablehlo.constant dense<0.0> : tensor<f32>
    %223 = stablehlo.reduce(%221 init: %222) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %224 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %226 = stablehlo.multiply %223, %225 : tensor<1x1xf32>
    %227 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %229 = stablehlo.add %226, %228 : tensor<1x1xf32>
    %230 = stablehlo.rsqrt %229 : tensor<1x1xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %232 = stablehlo.multiply %220, %231 : tensor<1x1x20xf32>
    %233 = stablehlo.constant dense<1.0> : tensor<f32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %235 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %234 : tensor<20xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %237 = stablehlo.multiply %232, %236 : tensor<1x1x20xf32>
    %238 = stablehlo.add %179, %237 : tensor<1x1x20xf32>
    %239 = stablehlo.reshape %132 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %240 = stablehlo.reshape %133 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    // layer 1: full_attention
    %241 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %242 = stablehlo.reshape %241 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %243 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %244 = stablehlo.reshape %243 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %245 = stablehlo.multiply %238, %238 : tensor<1x1x20xf32>
    %246 = stablehlo.constant dense<0.0> : tensor<f32>
    %247 = stablehlo.reduce(%245 init: %246) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %248 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %250 = stablehlo.multiply %247, %249 : tensor<1x1xf32>
    %251 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %253 = stablehlo.add %250, %252 : tensor<1x1xf32>
    %254 = stablehlo.rsqrt %253 : tensor<1x1xf32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %256 = stablehlo.multiply %238, %255 : tensor<1x1x20xf32>
    %257 = stablehlo.constant dense<1.0> : tensor<f32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %259 = stablehlo.add %model.layers.1.input_layernorm.weight, %258 : tensor<20xf32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %261 = stablehlo.multiply %256, %260 : tensor<1x1x20xf32>
    %262 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %261, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %263 = stablehlo.reshape %262 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %264 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %261, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x20xf32>, tensor<1x1x20xf32>) -> tensor<12x1x1xf32>
    %265 = stablehlo.reshape %264 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %266 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %261, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x20xf32>, tensor<1x1x20xf32>) -> tensor<12x1x1xf32>
    %267 = stablehlo.reshape %266 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %268 = stablehlo.reshape %263 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %269 = stablehlo.reshape %265 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %270 = stablehlo.reshape %267 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %271 = stablehlo.multiply %268, %268 : tensor<1x1x4x12xf32>
    %272 = stablehlo.constant dense<0.0> : tensor<f32>
    %273 = stablehlo.reduce(%271 init: %272) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x12xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %274 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<1x1x4xf32>
    %277 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %279 = stablehlo.add %276, %278 : tensor<1x1x4xf32>
    %280 = stablehlo.rsqrt %279 : tensor<1x1x4xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x12xf32>
    %282 = stablehlo.multiply %268, %281 : tensor<1x1x4x12xf32>
    %283 = stablehlo.constant dense<1.0> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %285 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %284 : tensor<12xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [3] : (tensor<12xf32>) -> tensor<1x1x4x12xf32>
    %287 = stablehlo.multiply %282, %286 : tensor<1x1x4x12xf32>
    %288 = stablehlo.multiply %269, %269 : tensor<1x1x1x12xf32>
    %289 = stablehlo.constant dense<0.0> : tensor<f32>
    %290 = stablehlo.reduce(%288 init: %289) applies stablehlo.add across dimensions = [3] : (tensor<1x1x1x12xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %291 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %293 = stablehlo.multiply %290, %292 : tensor<1x1x1xf32>
    %294 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %296 = stablehlo.add %293, %295 : tensor<1x1x1xf32>
    %297 = stablehlo.rsqrt %296 : tensor<1x1x1xf32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x1x12xf32>
    %299 = stablehlo.multiply %269, %298 : tensor<1x1x1x12xf32>
    %300 = stablehlo.constant dense<1.0> : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %302 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %301 : tensor<12xf32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [3] : (tensor<12xf32>) -> tensor<1x1x1x12xf32>
    %304 = stablehlo.multiply %299, %303 : tensor<1x1x1x12xf32>
    %305 = "stablehlo.slice"(%287) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %306 = "stablehlo.slice"(%287) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %307 = stablehlo.negate %306 : tensor<1x1x4x6xf32>
    %308 = stablehlo.concatenate %307, %305, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %309 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %310 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %311 = stablehlo.multiply %287, %309 : tensor<1x1x4x12xf32>
    %312 = stablehlo.multiply %308, %310 : tensor<1x1x4x12xf32>
    %313 = stablehlo.add %311, %312 : tensor<1x1x4x12xf32>
    %314 = "stablehlo.slice"(%304) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %315 = "stablehlo.slice"(%304) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %316 = stablehlo.negate %315 : tensor<1x1x1x6xf32>
    %317 = stablehlo.concatenate %316, %314, dim = 3 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>) -> tensor<1x1x1x12xf32>
    %318 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %319 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %320 = stablehlo.multiply %304, %318 : tensor<1x1x1x12xf32>
    %321 = stablehlo.multiply %317, %319 : tensor<1x1x1x12xf32>
    %322 = stablehlo.add %320, %321 : tensor<1x1x1x12xf32>
    %323 = stablehlo.reshape %313 : (tensor<1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %324 = stablehlo.transpose %323, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %325 = stablehlo.transpose %322, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %326 = stablehlo.transpose %270, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %327 = stablehlo.dot_general %324, %325, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %328 = stablehlo.dot_general %324, %242, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %329 = stablehlo.concatenate %328, %327, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %330 = stablehlo.constant dense<0.0625> : tensor<f32>
    %331 = stablehlo.broadcast_in_dim %330, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %332 = stablehlo.multiply %329, %331 : tensor<1x1x1x4x17xf32>
    %333 = stablehlo.broadcast_in_dim %39, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %334 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %336 = stablehlo.select %333, %332, %335 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %337 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %338 = stablehlo.reduce(%336 init: %337) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %340 = stablehlo.subtract %336, %339 : tensor<1x1x1x4x17xf32>
    %341 = stablehlo.exponential %340 : tensor<1x1x1x4x17xf32>
    %342 = stablehlo.constant dense<0.0> : tensor<f32>
    %343 = stablehlo.reduce(%341 init: %342) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %344 = stablehlo.broadcast_in_dim %343, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %345 = stablehlo.divide %341, %344 : tensor<1x1x1x4x17xf32>
    %346 = "stablehlo.slice"(%345) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %347 = "stablehlo.slice"(%345) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %348 = stablehlo.dot_general %346, %244, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %349 = stablehlo.dot_general %347, %326, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %350 = stablehlo.add %348, %349 : tensor<1x1x1x4x12xf32>
    %351 = stablehlo.transpose %350, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %352 = stablehlo.reshape %351 : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x48xf32>
    %353 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %352, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %354 = stablehlo.reshape %353 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %355 = stablehlo.multiply %354, %354 : tensor<1x1x20xf32>
    %356 = stablehlo.constant dense<0.0> : tensor<f32>
    %357 = stablehlo.reduce(%355 init: %356) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %358 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %360 = stablehlo.multiply %357, %359 : tensor<1x1xf32>
    %361 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %363 = stablehlo.add %360, %362 : tensor<1x1xf32>
    %364 = stablehlo.rsqrt %363 : tensor<1x1xf32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %366 = stablehlo.multiply %354, %365 : tensor<1x1x20xf32>
    %367 = stablehlo.constant dense<1.0> : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %369 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %368 : tensor<20xf32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %371 = stablehlo.multiply %366, %370 : tensor<1x1x20xf32>
    %372 = stablehlo.add %238, %371 : tensor<1x1x20xf32>
    %373 = stablehlo.multiply %372, %372 : tensor<1x1x20xf32>
    %374 = stablehlo.constant dense<0.0> : tensor<f32>
    %375 = stablehlo.reduce(%373 init: %374) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %376 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %377 = stablehlo.broadcast_in_dim %376, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %378 = stablehlo.multiply %375, %377 : tensor<1x1xf32>
    %379 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %379, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %381 = stablehlo.add %378, %380 : tensor<1x1xf32>
    %382 = stablehlo.rsqrt %381 : tensor<1x1xf32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %384 = stablehlo.multiply %372, %383 : tensor<1x1x20xf32>
    %385 = stablehlo.constant dense<1.0> : tensor<f32>
    %386 = stablehlo.broadcast_in_dim %385, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %387 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %386 : tensor<20xf32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %389 = stablehlo.multiply %384, %388 : tensor<1x1x20xf32>
    %390 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %389, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %391 = stablehlo.reshape %390 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %392 = stablehlo.multiply %391, %391 : tensor<1x1x56xf32>
    %393 = stablehlo.multiply %392, %391 : tensor<1x1x56xf32>
    %394 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %395 = stablehlo.broadcast_in_dim %394, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %396 = stablehlo.multiply %393, %395 : tensor<1x1x56xf32>
    %397 = stablehlo.add %391, %396 : tensor<1x1x56xf32>
    %398 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %399 = stablehlo.broadcast_in_dim %398, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %400 = stablehlo.multiply %397, %399 : tensor<1x1x56xf32>
    %401 = stablehlo.constant dense<0.5> : tensor<f32>
    %402 = stablehlo.broadcast_in_dim %401, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %403 = stablehlo.multiply %391, %402 : tensor<1x1x56xf32>
    %404 = stablehlo.tanh %400 : tensor<1x1x56xf32>
    %405 = stablehlo.constant dense<1.0> : tensor<f32>
    %406 = stablehlo.broadcast_in_dim %405, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %407 = stablehlo.add %404, %406 : tensor<1x1x56xf32>
    %408 = stablehlo.multiply %403, %407 : tensor<1x1x56xf32>
    %409 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %389, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %410 = stablehlo.reshape %409 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %411 = stablehlo.multiply %408, %410 : tensor<1x1x56xf32>
    %412 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %411, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %413 = stablehlo.reshape %412 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %414 = stablehlo.multiply %413, %413 : tensor<1x1x20xf32>
    %415 = stablehlo.constant dense<0.0> : tensor<f32>
    %416 = stablehlo.reduce(%414 init: %415) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %417 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %418 = stablehlo.broadcast_in_dim %417, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %419 = stablehlo.multiply %416, %418 : tensor<1x1xf32>
    %420 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %422 = stablehlo.add %419, %421 : tensor<1x1xf32>
    %423 = stablehlo.rsqrt %422 : tensor<1x1xf32>
    %424 = stablehlo.broadcast_in_dim %423, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %425 = stablehlo.multiply %413, %424 : tensor<1x1x20xf32>
    %426 = stablehlo.constant dense<1.0> : tensor<f32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %428 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %427 : tensor<20xf32>
    %429 = stablehlo.broadcast_in_dim %428, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %430 = stablehlo.multiply %425, %429 : tensor<1x1x20xf32>
    %431 = stablehlo.add %372, %430 : tensor<1x1x20xf32>
    %432 = stablehlo.reshape %325 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %433 = stablehlo.reshape %326 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %434 = stablehlo.multiply %431, %431 : tensor<1x1x20xf32>
    %435 = stablehlo.constant dense<0.0> : tensor<f32>
    %436 = stablehlo.reduce(%434 init: %435) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %437 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %438 = stablehlo.broadcast_in_dim %437, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %439 = stablehlo.multiply %436, %438 : tensor<1x1xf32>
    %440 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %441 = stablehlo.broadcast_in_dim %440, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %442 = stablehlo.add %439, %441 : tensor<1x1xf32>
    %443 = stablehlo.rsqrt %442 : tensor<1x1xf32>
    %444 = stablehlo.broadcast_in_dim %443, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %445 = stablehlo.multiply %431, %444 : tensor<1x1x20xf32>
    %446 = stablehlo.constant dense<1.0> : tensor<f32>
    %447 = stablehlo.broadcast_in_dim %446, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %448 = stablehlo.add %model.norm.weight, %447 : tensor<20xf32>
    %449 = stablehlo.broadcast_in_dim %448, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %450 = stablehlo.multiply %445, %449 : tensor<1x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %451 = stablehlo.concatenate %239, %432, dim = 1 : (tensor<1x1x1x1x12xf32>, tensor<1x1x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %452 = stablehlo.constant dense<0> : tensor<i32>
    %453 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %454 = stablehlo.dynamic_update_slice %2, %451, %452, %452, %452, %453, %452 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %455 = stablehlo.concatenate %240, %433, dim = 1 : (tensor<1x1x1x1x12xf32>, tensor<1x1x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %456 = stablehlo.constant dense<0> : tensor<i32>
    %457 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %458 = stablehlo.dynamic_update_slice %3, %455, %456, %456, %456, %457, %456 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %459 = stablehlo.reshape %450 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %460 = stablehlo.dot_general %model.embed_tokens.weight, %459, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %461 = stablehlo.reshape %454 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    %462 = stablehlo.reshape %458 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    return %460, %461, %462 : tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>
  }
}
