// internlm3 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=160 heads=32 kv_heads=2 head_dim=12 vocab=97
module @internlm3_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x160xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<384x160xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x160xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x160xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<160x384xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x160xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x160xf32>, %model.layers.0.mlp.down_proj.weight: tensor<160x56xf32>, %model.layers.0.input_layernorm.weight: tensor<160xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<160xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<384x160xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x160xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x160xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<160x384xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x160xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x160xf32>, %model.layers.1.mlp.down_proj.weight: tensor<160x56xf32>, %model.layers.1.input_layernorm.weight: tensor<160xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<160xf32>, %model.norm.weight: tensor<160xf32>, %lm_head.weight: tensor<97x160xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 160>, indices_are_sorted = false} : (tensor<97x160xf32>, tensor<1x8x1xi32>) -> tensor<1x8x160xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.05210007354617119, 0.002714417641982436, 0.00014142136205919087, 7.368063052126672e-06, 3.8387662470995565e-07]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x8x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %15 = stablehlo.cosine %14 : tensor<1x8x12xf32>
    %16 = stablehlo.sine %14 : tensor<1x8x12xf32>
    %17 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %18 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %19 = stablehlo.compare LE, %18, %17, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %20 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %21 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %22 = stablehlo.compare LT, %20, %21, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %23 = stablehlo.concatenate %22, %19, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %24 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %26 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %28 = stablehlo.multiply %5, %5 : tensor<1x8x160xf32>
    %29 = stablehlo.constant dense<0.0> : tensor<f32>
    %30 = stablehlo.reduce(%28 init: %29) applies stablehlo.add across dimensions = [2] : (tensor<1x8x160xf32>, tensor<f32>) -> tensor<1x8xf32>
    %31 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %33 = stablehlo.multiply %30, %32 : tensor<1x8xf32>
    %34 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %36 = stablehlo.add %33, %35 : tensor<1x8xf32>
    %37 = stablehlo.rsqrt %36 : tensor<1x8xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x160xf32>
    %39 = stablehlo.multiply %5, %38 : tensor<1x8x160xf32>
    %40 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x8x160xf32>
    %41 = stablehlo.multiply %39, %40 : tensor<1x8x160xf32>
    %42 = stablehlo.dot_general %41, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<384x160xf32>) -> tensor<1x8x384xf32>
    %43 = stablehlo.dot_general %41, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<24x160xf32>) -> tensor<1x8x24xf32>
    %44 = stablehlo.dot_general %41, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<24x160xf32>) -> tensor<1x8x24xf32>
    %45 = stablehlo.reshape %42 : (tensor<1x8x384xf32>) -> tensor<1x8x32x12xf32>
    %46 = stablehlo.reshape %43 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %47 = stablehlo.reshape %44 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %48 = "stablehlo.slice"(%45) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 32, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x32x12xf32>) -> tensor<1x8x32x6xf32>
    %49 = "stablehlo.slice"(%45) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 32, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x32x12xf32>) -> tensor<1x8x32x6xf32>
    %50 = stablehlo.negate %49 : tensor<1x8x32x6xf32>
    %51 = stablehlo.concatenate %50, %48, dim = 3 : (tensor<1x8x32x6xf32>, tensor<1x8x32x6xf32>) -> tensor<1x8x32x12xf32>
    %52 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x32x12xf32>
    %53 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x32x12xf32>
    %54 = stablehlo.multiply %45, %52 : tensor<1x8x32x12xf32>
    %55 = stablehlo.multiply %51, %53 : tensor<1x8x32x12xf32>
    %56 = stablehlo.add %54, %55 : tensor<1x8x32x12xf32>
    %57 = "stablehlo.slice"(%46) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %58 = "stablehlo.slice"(%46) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %59 = stablehlo.negate %58 : tensor<1x8x2x6xf32>
    %60 = stablehlo.concatenate %59, %57, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %61 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %62 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %63 = stablehlo.multiply %46, %61 : tensor<1x8x2x12xf32>
    %64 = stablehlo.multiply %60, %62 : tensor<1x8x2x12xf32>
    %65 = stablehlo.add %63, %64 : tensor<1x8x2x12xf32>
    %66 = stablehlo.reshape %56 : (tensor<1x8x32x12xf32>) -> tensor<1x8x2x16x12xf32>
    %67 = stablehlo.transpose %66, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x16x12xf32>) -> tensor<1x2x8x16x12xf32>
    %68 = stablehlo.transpose %65, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %69 = stablehlo.transpose %47, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %70 = stablehlo.dot_general %67, %68, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x16x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x16x8xf32>
    %71 = stablehlo.dot_general %67, %25, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x16x16xf32>
    %72 = stablehlo.concatenate %71, %70, dim = 4 : (tensor<1x2x8x16x16xf32>, tensor<1x2x8x16x8xf32>) -> tensor<1x2x8x16x24xf32>
    %73 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<f32>) -> tensor<1x2x8x16x24xf32>
    %75 = stablehlo.multiply %72, %74 : tensor<1x2x8x16x24xf32>
    %76 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x16x24xi1>
    %77 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %77, dims = [] : (tensor<f32>) -> tensor<1x2x8x16x24xf32>
    %79 = stablehlo.select %76, %75, %78 : (tensor<1x2x8x16x24xi1>, tensor<1x2x8x16x24xf32>, tensor<1x2x8x16x24xf32>) -> tensor<1x2x8x16x24xf32>
    %80 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %81 = stablehlo.reduce(%79 init: %80) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x16x24xf32>, tensor<f32>) -> tensor<1x2x8x16xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2, 3] : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16x24xf32>
    %83 = stablehlo.subtract %79, %82 : tensor<1x2x8x16x24xf32>
    %84 = stablehlo.exponential %83 : tensor<1x2x8x16x24xf32>
    %85 = stablehlo.constant dense<0.0> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x16x24xf32>, tensor<f32>) -> tensor<1x2x8x16xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16x24xf32>
    %88 = stablehlo.divide %84, %87 : tensor<1x2x8x16x24xf32>
    %89 = "stablehlo.slice"(%88) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x16x24xf32>) -> tensor<1x2x8x16x16xf32>
    %90 = "stablehlo.slice"(%88) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 16, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x16x24xf32>) -> tensor<1x2x8x16x8xf32>
    %91 = stablehlo.dot_general %89, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x16x12xf32>
    %92 = stablehlo.dot_general %90, %69, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x16x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x16x12xf32>
    %93 = stablehlo.add %91, %92 : tensor<1x2x8x16x12xf32>
    %94 = stablehlo.transpose %93, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x16x12xf32>) -> tensor<1x8x2x16x12xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x8x2x16x12xf32>) -> tensor<1x8x384xf32>
    %96 = stablehlo.dot_general %95, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x384xf32>, tensor<160x384xf32>) -> tensor<1x8x160xf32>
    %97 = stablehlo.add %5, %96 : tensor<1x8x160xf32>
    %98 = stablehlo.multiply %97, %97 : tensor<1x8x160xf32>
    %99 = stablehlo.constant dense<0.0> : tensor<f32>
    %100 = stablehlo.reduce(%98 init: %99) applies stablehlo.add across dimensions = [2] : (tensor<1x8x160xf32>, tensor<f32>) -> tensor<1x8xf32>
    %101 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %103 = stablehlo.multiply %100, %102 : tensor<1x8xf32>
    %104 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %106 = stablehlo.add %103, %105 : tensor<1x8xf32>
    %107 = stablehlo.rsqrt %106 : tensor<1x8xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x160xf32>
    %109 = stablehlo.multiply %97, %108 : tensor<1x8x160xf32>
    %110 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x8x160xf32>
    %111 = stablehlo.multiply %109, %110 : tensor<1x8x160xf32>
    %112 = stablehlo.dot_general %111, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<56x160xf32>) -> tensor<1x8x56xf32>
    %113 = stablehlo.logistic %112 : tensor<1x8x56xf32>
    %114 = stablehlo.multiply %112, %113 : tensor<1x8x56xf32>
    %115 = stablehlo.dot_general %111, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<56x160xf32>) -> tensor<1x8x56xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<1x8x56xf32>
    %117 = stablehlo.dot_general %116, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<160x56xf32>) -> tensor<1x8x160xf32>
    %118 = stablehlo.add %97, %117 : tensor<1x8x160xf32>
    %119 = stablehlo.reshape %68 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %120 = stablehlo.reshape %69 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %121 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %123 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %124 = stablehlo.reshape %123 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %125 = stablehlo.multiply %118, %118 : tensor<1x8x160xf32>
    %126 = stablehlo.constant dense<0.0> : tensor<f32>
    %127 = stablehlo.reduce(%125 init: %126) applies stablehlo.add across dimensions = [2] : (tensor<1x8x160xf32>, tensor<f32>) -> tensor<1x8xf32>
    %128 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<1x8xf32>
    %131 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %133 = stablehlo.add %130, %132 : tensor<1x8xf32>
    %134 = stablehlo.rsqrt %133 : tensor<1x8xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x160xf32>
    %136 = stablehlo.multiply %118, %135 : tensor<1x8x160xf32>
    %137 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x8x160xf32>
    %138 = stablehlo.multiply %136, %137 : tensor<1x8x160xf32>
    %139 = stablehlo.dot_general %138, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<384x160xf32>) -> tensor<1x8x384xf32>
    %140 = stablehlo.dot_general %138, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<24x160xf32>) -> tensor<1x8x24xf32>
    %141 = stablehlo.dot_general %138, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<24x160xf32>) -> tensor<1x8x24xf32>
    %142 = stablehlo.reshape %139 : (tensor<1x8x384xf32>) -> tensor<1x8x32x12xf32>
    %143 = stablehlo.reshape %140 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %144 = stablehlo.reshape %141 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %145 = "stablehlo.slice"(%142) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 32, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x32x12xf32>) -> tensor<1x8x32x6xf32>
    %146 = "stablehlo.slice"(%142) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 32, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x32x12xf32>) -> tensor<1x8x32x6xf32>
    %147 = stablehlo.negate %146 : tensor<1x8x32x6xf32>
    %148 = stablehlo.concatenate %147, %145, dim = 3 : (tensor<1x8x32x6xf32>, tensor<1x8x32x6xf32>) -> tensor<1x8x32x12xf32>
    %149 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x32x12xf32>
    %150 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x32x12xf32>
    %151 = stablehlo.multiply %142, %149 : tensor<1x8x32x12xf32>
    %152 = stablehlo.multiply %148, %150 : tensor<1x8x32x12xf32>
    %153 = stablehlo.add %151, %152 : tensor<1x8x32x12xf32>
    %154 = "stablehlo.slice"(%143) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %155 = "stablehlo.slice"(%143) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %156 = stablehlo.negate %155 : tensor<1x8x2x6xf32>
    %157 = stablehlo.concatenate %156, %154, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %158 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %159 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %160 = stablehlo.multiply %143, %158 : tensor<1x8x2x12xf32>
    %161 = stablehlo.multiply %157, %159 : tensor<1x8x2x12xf32>
    %162 = stablehlo.add %160, %161 : tensor<1x8x2x12xf32>
    %163 = stablehlo.reshape %153 : (tensor<1x8x32x12xf32>) -> tensor<1x8x2x16x12xf32>
    %164 = stablehlo.transpose %163, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x16x12xf32>) -> tensor<1x2x8x16x12xf32>
    %165 = stablehlo.transpose %162, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %166 = stablehlo.transpose %144, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %167 = stablehlo.dot_general %164, %165, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x16x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x16x8xf32>
    %168 = stablehlo.dot_general %164, %122, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x16x16xf32>
    %169 = stablehlo.concatenate %168, %167, dim = 4 : (tensor<1x2x8x16x16xf32>, tensor<1x2x8x16x8xf32>) -> tensor<1x2x8x16x24xf32>
    %170 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<1x2x8x16x24xf32>
    %172 = stablehlo.multiply %169, %171 : tensor<1x2x8x16x24xf32>
    %173 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x16x24xi1>
    %174 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [] : (tensor<f32>) -> tensor<1x2x8x16x24xf32>
    %176 = stablehlo.select %173, %172, %175 : (tensor<1x2x8x16x24xi1>, tensor<1x2x8x16x24xf32>, tensor<1x2x8x16x24xf32>) -> tensor<1x2x8x16x24xf32>
    %177 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %178 = stablehlo.reduce(%176 init: %177) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x16x24xf32>, tensor<f32>) -> tensor<1x2x8x16xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2, 3] : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16x24xf32>
    %180 = stablehlo.subtract %176, %179 : tensor<1x2x8x16x24xf32>
    %181 = stablehlo.exponential %180 : tensor<1x2x8x16x24xf32>
    %182 = stablehlo.constant dense<0.0> : tensor<f32>
    %183 = stablehlo.reduce(%181 init: %182) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x16x24xf32>, tensor<f32>) -> tensor<1x2x8x16xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0, 1, 2, 3] : (tensor<1x2x8x16xf32>) -> tensor<1x2x8x16x24xf32>
    %185 = stablehlo.divide %181, %184 : tensor<1x2x8x16x24xf32>
    %186 = "stablehlo.slice"(%185) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x16x24xf32>) -> tensor<1x2x8x16x16xf32>
    %187 = "stablehlo.slice"(%185) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 16, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x16x24xf32>) -> tensor<1x2x8x16x8xf32>
    %188 = stablehlo.dot_general %186, %124, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x16x12xf32>
    %189 = stablehlo.dot_general %187, %166, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x16x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x16x12xf32>
    %190 = stablehlo.add %188, %189 : tensor<1x2x8x16x12xf32>
    %191 = stablehlo.transpose %190, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x16x12xf32>) -> tensor<1x8x2x16x12xf32>
    %192 = stablehlo.reshape %191 : (tensor<1x8x2x16x12xf32>) -> tensor<1x8x384xf32>
    %193 = stablehlo.dot_general %192, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x384xf32>, tensor<160x384xf32>) -> tensor<1x8x160xf32>
    %194 = stablehlo.add %118, %193 : tensor<1x8x160xf32>
    %195 = stablehlo.multiply %194, %194 : tensor<1x8x160xf32>
    %196 = stablehlo.constant dense<0.0> : tensor<f32>
    %197 = stablehlo.reduce(%195 init: %196) applies stablehlo.add across dimensions = [2] : (tensor<1x8x160xf32>, tensor<f32>) -> tensor<1x8xf32>
    %198 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %200 = stablehlo.multiply %197, %199 : tensor<1x8xf32>
    %201 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %203 = stablehlo.add %200, %202 : tensor<1x8xf32>
    %204 = stablehlo.rsqrt %203 : tensor<1x8xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x160xf32>
    %206 = stablehlo.multiply %194, %205 : tensor<1x8x160xf32>
    %207 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x8x160xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<1x8x160xf32>
    %209 = stablehlo.dot_general %208, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<56x160xf32>) -> tensor<1x8x56xf32>
    %210 = stablehlo.logistic %209 : tensor<1x8x56xf32>
    %211 = stablehlo.multiply %209, %210 : tensor<1x8x56xf32>
    %212 = stablehlo.dot_general %208, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x160xf32>, tensor<56x160xf32>) -> tensor<1x8x56xf32>
    %213 = stablehlo.multiply %211, %212 : tensor<1x8x56xf32>
    %214 = stablehlo.dot_general %213, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<160x56xf32>) -> tensor<1x8x160xf32>
    %215 = stablehlo.add %194, %214 : tensor<1x8x160xf32>
    %216 = stablehlo.reshape %165 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %217 = stablehlo.reshape %166 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %218 = stablehlo.multiply %215, %215 : tensor<1x8x160xf32>
    %219 = stablehlo.constant dense<0.0> : tensor<f32>
    %220 = stablehlo.reduce(%218 init: %219) applies stablehlo.add across dimensions = [2] : (tensor<1x8x160xf32>, tensor<f32>) -> tensor<1x8xf32>
    %221 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %223 = stablehlo.multiply %220, %222 : tensor<1x8xf32>
    %224 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %226 = stablehlo.add %223, %225 : tensor<1x8xf32>
    %227 = stablehlo.rsqrt %226 : tensor<1x8xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x160xf32>
    %229 = stablehlo.multiply %215, %228 : tensor<1x8x160xf32>
    %230 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x8x160xf32>
    %231 = stablehlo.multiply %229, %230 : tensor<1x8x160xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %232 = stablehlo.concatenate %119, %216, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %233 = stablehlo.constant dense<0> : tensor<i32>
    %234 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %235 = stablehlo.dynamic_update_slice %2, %232, %233, %233, %233, %234, %233 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %236 = stablehlo.concatenate %120, %217, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %237 = stablehlo.constant dense<0> : tensor<i32>
    %238 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %239 = stablehlo.dynamic_update_slice %3, %236, %237, %237, %237, %238, %237 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %240 = stablehlo.constant dense<1> : tensor<i32>
    %241 = stablehlo.subtract %length, %240 : tensor<i32>
    %242 = stablehlo.constant dense<0> : tensor<i32>
    %243 = stablehlo.dynamic_slice %231, %242, %241, %242, sizes = [1, 1, 160] : (tensor<1x8x160xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x160xf32>
    %244 = stablehlo.reshape %243 : (tensor<1x1x160xf32>) -> tensor<160xf32>
    %245 = stablehlo.dot_general %lm_head.weight, %244, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x160xf32>, tensor<160xf32>) -> tensor<97xf32>
    %246 = stablehlo.reshape %235 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %247 = stablehlo.reshape %239 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %245, %246, %247 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
