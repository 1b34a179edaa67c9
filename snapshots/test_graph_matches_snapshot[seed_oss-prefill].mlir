// seed_oss prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=100 heads=20 kv_heads=2 head_dim=12 vocab=97
module @seed_oss_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x100xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<240x100xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x100xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x100xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<100x240xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x100xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x100xf32>, %model.layers.0.mlp.down_proj.weight: tensor<100x56xf32>, %model.layers.0.self_attn.q_proj.bias: tensor<240xf32>, %model.layers.0.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.0.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.0.input_layernorm.weight: tensor<100xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<100xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<240x100xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x100xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x100xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<100x240xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x100xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x100xf32>, %model.layers.1.mlp.down_proj.weight: tensor<100x56xf32>, %model.layers.1.self_attn.q_proj.bias: tensor<240xf32>, %model.layers.1.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.1.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.1.input_layernorm.weight: tensor<100xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<100xf32>, %model.norm.weight: tensor<100xf32>, %lm_head.weight: tensor<97x100xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 100>, indices_are_sorted = false} : (tensor<97x100xf32>, tensor<1x8x1xi32>) -> tensor<1x8x100xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.2154434621334076, 0.04641588777303696, 0.009999999776482582, 0.002154434798285365, 0.00046415888937190175]> : tensor<6xf32>
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
    %28 = stablehlo.multiply %5, %5 : tensor<1x8x100xf32>
    %29 = stablehlo.constant dense<0.0> : tensor<f32>
    %30 = stablehlo.reduce(%28 init: %29) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %31 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %33 = stablehlo.multiply %30, %32 : tensor<1x8xf32>
    %34 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %36 = stablehlo.add %33, %35 : tensor<1x8xf32>
    %37 = stablehlo.rsqrt %36 : tensor<1x8xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %39 = stablehlo.multiply %5, %38 : tensor<1x8x100xf32>
    %40 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %41 = stablehlo.multiply %39, %40 : tensor<1x8x100xf32>
    %42 = stablehlo.dot_general %41, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<240x100xf32>) -> tensor<1x8x240xf32>
    %43 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<1x8x240xf32>
    %44 = stablehlo.add %42, %43 : tensor<1x8x240xf32>
    %45 = stablehlo.dot_general %41, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<24x100xf32>) -> tensor<1x8x24xf32>
    %46 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %47 = stablehlo.add %45, %46 : tensor<1x8x24xf32>
    %48 = stablehlo.dot_general %41, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<24x100xf32>) -> tensor<1x8x24xf32>
    %49 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %50 = stablehlo.add %48, %49 : tensor<1x8x24xf32>
    %51 = stablehlo.reshape %44 : (tensor<1x8x240xf32>) -> tensor<1x8x20x12xf32>
    %52 = stablehlo.reshape %47 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %53 = stablehlo.reshape %50 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %54 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x20x12xf32>) -> tensor<1x8x20x6xf32>
    %55 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x20x12xf32>) -> tensor<1x8x20x6xf32>
    %56 = stablehlo.negate %55 : tensor<1x8x20x6xf32>
    %57 = stablehlo.concatenate %56, %54, dim = 3 : (tensor<1x8x20x6xf32>, tensor<1x8x20x6xf32>) -> tensor<1x8x20x12xf32>
    %58 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x20x12xf32>
    %59 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x20x12xf32>
    %60 = stablehlo.multiply %51, %58 : tensor<1x8x20x12xf32>
    %61 = stablehlo.multiply %57, %59 : tensor<1x8x20x12xf32>
    %62 = stablehlo.add %60, %61 : tensor<1x8x20x12xf32>
    %63 = "stablehlo.slice"(%52) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %64 = "stablehlo.slice"(%52) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %65 = stablehlo.negate %64 : tensor<1x8x2x6xf32>
    %66 = stablehlo.concatenate %65, %63, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %67 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %68 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %69 = stablehlo.multiply %52, %67 : tensor<1x8x2x12xf32>
    %70 = stablehlo.multiply %66, %68 : tensor<1x8x2x12xf32>
    %71 = stablehlo.add %69, %70 : tensor<1x8x2x12xf32>
    %72 = stablehlo.reshape %62 : (tensor<1x8x20x12xf32>) -> tensor<1x8x2x10x12xf32>
    %73 = stablehlo.transpose %72, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x10x12xf32>) -> tensor<1x2x8x10x12xf32>
    %74 = stablehlo.transpose %71, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %75 = stablehlo.transpose %53, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %76 = stablehlo.dot_general %73, %74, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x10x8xf32>
    %77 = stablehlo.dot_general %73, %25, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x10x16xf32>
    %78 = stablehlo.concatenate %77, %76, dim = 4 : (tensor<1x2x8x10x16xf32>, tensor<1x2x8x10x8xf32>) -> tensor<1x2x8x10x24xf32>
    %79 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [] : (tensor<f32>) -> tensor<1x2x8x10x24xf32>
    %81 = stablehlo.multiply %78, %80 : tensor<1x2x8x10x24xf32>
    %82 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x10x24xi1>
    %83 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<1x2x8x10x24xf32>
    %85 = stablehlo.select %82, %81, %84 : (tensor<1x2x8x10x24xi1>, tensor<1x2x8x10x24xf32>, tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x24xf32>
    %86 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %87 = stablehlo.reduce(%85 init: %86) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x10x24xf32>, tensor<f32>) -> tensor<1x2x8x10xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2, 3] : (tensor<1x2x8x10xf32>) -> tensor<1x2x8x10x24xf32>
    %89 = stablehlo.subtract %85, %88 : tensor<1x2x8x10x24xf32>
    %90 = stablehlo.exponential %89 : tensor<1x2x8x10x24xf32>
    %91 = stablehlo.constant dense<0.0> : tensor<f32>
    %92 = stablehlo.reduce(%90 init: %91) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x10x24xf32>, tensor<f32>) -> tensor<1x2x8x10xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2, 3] : (tensor<1x2x8x10xf32>) -> tensor<1x2x8x10x24xf32>
    %94 = stablehlo.divide %90, %93 : tensor<1x2x8x10x24xf32>
    %95 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x16xf32>
    %96 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 10, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x8xf32>
    %97 = stablehlo.dot_general %95, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x10x12xf32>
    %98 = stablehlo.dot_general %96, %75, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x10x12xf32>
    %99 = stablehlo.add %97, %98 : tensor<1x2x8x10x12xf32>
    %100 = stablehlo.transpose %99, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x10x12xf32>) -> tensor<1x8x2x10x12xf32>
    %101 = stablehlo.reshape %100 : (tensor<1x8x2x10x12xf32>) -> tensor<1x8x240xf32>
    %102 = stablehlo.dot_general %101, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x240xf32>, tensor<100x240xf32>) -> tensor<1x8x100xf32>
    %103 = stablehlo.add %5, %102 : tensor<1x8x100xf32>
    %104 = stablehlo.multiply %103, %103 : tensor<1x8x100xf32>
    %105 = stablehlo.constant dense<0.0> : tensor<f32>
    %106 = stablehlo.reduce(%104 init: %105) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %107 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %109 = stablehlo.multiply %106, %108 : tensor<1x8xf32>
    %110 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %112 = stablehlo.add %109, %111 : tensor<1x8xf32>
    %113 = stablehlo.rsqrt %112 : tensor<1x8xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %115 = stablehlo.multiply %103, %114 : tensor<1x8x100xf32>
    %116 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %117 = stablehlo.multiply %115, %116 : tensor<1x8x100xf32>
    %118 = stablehlo.dot_general %117, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<56x100xf32>) -> tensor<1x8x56xf32>
    %119 = stablehlo.logistic %118 : tensor<1x8x56xf32>
    %120 = stablehlo.multiply %118, %119 : tensor<1x8x56xf32>
    %121 = stablehlo.dot_general %117, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<56x100xf32>) -> tensor<1x8x56xf32>
    %122 = stablehlo.multiply %120, %121 : tensor<1x8x56xf32>
    %123 = stablehlo.dot_general %122, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<100x56xf32>) -> tensor<1x8x100xf32>
    %124 = stablehlo.add %103, %123 : tensor<1x8x100xf32>
    %125 = stablehlo.reshape %74 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %126 = stablehlo.reshape %75 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %127 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %128 = stablehlo.reshape %127 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %129 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %130 = stablehlo.reshape %129 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %131 = stablehlo.multiply %124, %124 : tensor<1x8x100xf32>
    %132 = stablehlo.constant dense<0.0> : tensor<f32>
    %133 = stablehlo.reduce(%131 init: %132) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %134 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %136 = stablehlo.multiply %133, %135 : tensor<1x8xf32>
    %137 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %139 = stablehlo.add %136, %138 : tensor<1x8xf32>
    %140 = stablehlo.rsqrt %139 : tensor<1x8xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %142 = stablehlo.multiply %124, %141 : tensor<1x8x100xf32>
    %143 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %144 = stablehlo.multiply %142, %143 : tensor<1x8x100xf32>
    %145 = stablehlo.dot_general %144, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<240x100xf32>) -> tensor<1x8x240xf32>
    %146 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<1x8x240xf32>
    %147 = stablehlo.add %145, %146 : tensor<1x8x240xf32>
    %148 = stablehlo.dot_general %144, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<24x100xf32>) -> tensor<1x8x24xf32>
    %149 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %150 = stablehlo.add %148, %149 : tensor<1x8x24xf32>
    %151 = stablehlo.dot_general %144, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<24x100xf32>) -> tensor<1x8x24xf32>
    %152 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %153 = stablehlo.add %151, %152 : tensor<1x8x24xf32>
    %154 = stablehlo.reshape %147 : (tensor<1x8x240xf32>) -> tensor<1x8x20x12xf32>
    %155 = stablehlo.reshape %150 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %156 = stablehlo.reshape %153 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %157 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x20x12xf32>) -> tensor<1x8x20x6xf32>
    %158 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x20x12xf32>) -> tensor<1x8x20x6xf32>
    %159 = stablehlo.negate %158 : tensor<1x8x20x6xf32>
    %160 = stablehlo.concatenate %159, %157, dim = 3 : (tensor<1x8x20x6xf32>, tensor<1x8x20x6xf32>) -> tensor<1x8x20x12xf32>
    %161 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x20x12xf32>
    %162 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x20x12xf32>
    %163 = stablehlo.multiply %154, %161 : tensor<1x8x20x12xf32>
    %164 = stablehlo.multiply %160, %162 : tensor<1x8x20x12xf32>
    %165 = stablehlo.add %163, %164 : tensor<1x8x20x12xf32>
    %166 = "stablehlo.slice"(%155) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %167 = "stablehlo.slice"(%155) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %168 = stablehlo.negate %167 : tensor<1x8x2x6xf32>
    %169 = stablehlo.concatenate %168, %166, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %170 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %171 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %172 = stablehlo.multiply %155, %170 : tensor<1x8x2x12xf32>
    %173 = stablehlo.multiply %169, %171 : tensor<1x8x2x12xf32>
    %174 = stablehlo.add %172, %173 : tensor<1x8x2x12xf32>
    %175 = stablehlo.reshape %165 : (tensor<1x8x20x12xf32>) -> tensor<1x8x2x10x12xf32>
    %176 = stablehlo.transpose %175, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x10x12xf32>) -> tensor<1x2x8x10x12xf32>
    %177 = stablehlo.transpose %174, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %178 = stablehlo.transpose %156, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %179 = stablehlo.dot_general %176, %177, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x10x8xf32>
    %180 = stablehlo.dot_general %176, %128, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x10x16xf32>
    %181 = stablehlo.concatenate %180, %179, dim = 4 : (tensor<1x2x8x10x16xf32>, tensor<1x2x8x10x8xf32>) -> tensor<1x2x8x10x24xf32>
    %182 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x2x8x10x24xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<1x2x8x10x24xf32>
    %185 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x10x24xi1>
    %186 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<1x2x8x10x24xf32>
    %188 = stablehlo.select %185, %184, %187 : (tensor<1x2x8x10x24xi1>, tensor<1x2x8x10x24xf32>, tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x24xf32>
    %189 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %190 = stablehlo.reduce(%188 init: %189) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x10x24xf32>, tensor<f32>) -> tensor<1x2x8x10xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2, 3] : (tensor<1x2x8x10xf32>) -> tensor<1x2x8x10x24xf32>
    %192 = stablehlo.subtract %188, %191 : tensor<1x2x8x10x24xf32>
    %193 = stablehlo.exponential %192 : tensor<1x2x8x10x24xf32>
    %194 = stablehlo.constant dense<0.0> : tensor<f32>
    %195 = stablehlo.reduce(%193 init: %194) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x10x24xf32>, tensor<f32>) -> tensor<1x2x8x10xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2, 3] : (tensor<1x2x8x10xf32>) -> tensor<1x2x8x10x24xf32>
    %197 = stablehlo.divide %193, %196 : tensor<1x2x8x10x24xf32>
    %198 = "stablehlo.slice"(%197) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x16xf32>
    %199 = "stablehlo.slice"(%197) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 10, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x8xf32>
    %200 = stablehlo.dot_general %198, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x10x12xf32>
    %201 = stablehlo.dot_general %199, %178, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x10x12xf32>
    %202 = stablehlo.add %200, %201 : tensor<1x2x8x10x12xf32>
    %203 = stablehlo.transpose %202, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x10x12xf32>) -> tensor<1x8x2x10x12xf32>
    %204 = stablehlo.reshape %203 : (tensor<1x8x2x10x12xf32>) -> tensor<1x8x240xf32>
    %205 = stablehlo.dot_general %204, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x240xf32>, tensor<100x240xf32>) -> tensor<1x8x100xf32>
    %206 = stablehlo.add %124, %205 : tensor<1x8x100xf32>
    %207 = stablehlo.multiply %206, %206 : tensor<1x8x100xf32>
    %208 = stablehlo.constant dense<0.0> : tensor<f32>
    %209 = stablehlo.reduce(%207 init: %208) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %210 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %212 = stablehlo.multiply %209, %211 : tensor<1x8xf32>
    %213 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %215 = stablehlo.add %212, %214 : tensor<1x8xf32>
    %216 = stablehlo.rsqrt %215 : tensor<1x8xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %218 = stablehlo.multiply %206, %217 : tensor<1x8x100xf32>
    %219 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %220 = stablehlo.multiply %218, %219 : tensor<1x8x100xf32>
    %221 = stablehlo.dot_general %220, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<56x100xf32>) -> tensor<1x8x56xf32>
    %222 = stablehlo.logistic %221 : tensor<1x8x56xf32>
    %223 = stablehlo.multiply %221, %222 : tensor<1x8x56xf32>
    %224 = stablehlo.dot_general %220, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<56x100xf32>) -> tensor<1x8x56xf32>
    %225 = stablehlo.multiply %223, %224 : tensor<1x8x56xf32>
    %226 = stablehlo.dot_general %225, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<100x56xf32>) -> tensor<1x8x100xf32>
    %227 = stablehlo.add %206, %226 : tensor<1x8x100xf32>
    %228 = stablehlo.reshape %177 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %229 = stablehlo.reshape %178 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %230 = stablehlo.multiply %227, %227 : tensor<1x8x100xf32>
    %231 = stablehlo.constant dense<0.0> : tensor<f32>
    %232 = stablehlo.reduce(%230 init: %231) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %233 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %235 = stablehlo.multiply %232, %234 : tensor<1x8xf32>
    %236 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %238 = stablehlo.add %235, %237 : tensor<1x8xf32>
    %239 = stablehlo.rsqrt %238 : tensor<1x8xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %241 = stablehlo.multiply %227, %240 : tensor<1x8x100xf32>
    %242 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %243 = stablehlo.multiply %241, %242 : tensor<1x8x100xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %244 = stablehlo.concatenate %125, %228, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %245 = stablehlo.constant dense<0> : tensor<i32>
    %246 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %247 = stablehlo.dynamic_update_slice %2, %244, %245, %245, %245, %246, %245 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %248 = stablehlo.concatenate %126, %229, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %249 = stablehlo.constant dense<0> : tensor<i32>
    %250 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %251 = stablehlo.dynamic_update_slice %3, %248, %249, %249, %249, %250, %249 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %252 = stablehlo.constant dense<1> : tensor<i32>
    %253 = stablehlo.subtract %length, %252 : tensor<i32>
    %254 = stablehlo.constant dense<0> : tensor<i32>
    %255 = stablehlo.dynamic_slice %243, %254, %253, %254, sizes = [1, 1, 100] : (tensor<1x8x100xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x100xf32>
    %256 = stablehlo.reshape %255 : (tensor<1x1x100xf32>) -> tensor<100xf32>
    %257 = stablehlo.dot_general %lm_head.weight, %256, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x100xf32>, tensor<100xf32>) -> tensor<97xf32>
    %258 = stablehlo.reshape %247 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %259 = stablehlo.reshape %251 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %257, %258, %259 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
