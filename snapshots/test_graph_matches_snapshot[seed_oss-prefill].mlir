// seed_oss prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=100 heads=20 kv_heads=2 head_dim=12 vocab=97
module @seed_oss_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x100xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<240x100xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x100xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x100xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<100x240xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x100xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x100xf32>, %model.layers.0.mlp.down_proj.weight: tensor<100x56xf32>, %model.layers.0.self_attn.q_proj.bias: tensor<240xf32>, %model.layers.0.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.0.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.0.input_layernorm.weight: tensor<100xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<100xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<240x100xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x100xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x100xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<100x240xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x100xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x100xf32>, %model.layers.1.mlp.down_proj.weight: tensor<100x56xf32>, %model.layers.1.self_attn.q_proj.bias: tensor<240xf32>, %model.layers.1.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.1.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.1.input_layernorm.weight: tensor<100xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<100xf32>, %model.norm.weight: tensor<100xf32>, %lm_head.weight: tensor<97x100xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<16x2x2x12xf32>, %v_cache: tensor<16x2x2x12xf32>) -> (tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
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
    %17 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %18 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %19 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %20 = stablehlo.add %18, %19 : tensor<1x8x16xi32>
    %21 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %22 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %23 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %24 = stablehlo.compare LE, %23, %22, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %25 = stablehlo.concatenate %21, %24, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %26 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %28 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %30 = stablehlo.multiply %5, %5 : tensor<1x8x100xf32>
    %31 = stablehlo.constant dense<0.0> : tensor<f32>
    %32 = stablehlo.reduce(%30 init: %31) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %33 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %35 = stablehlo.multiply %32, %34 : tensor<1x8xf32>
    %36 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %38 = stablehlo.add %35, %37 : tensor<1x8xf32>
    %39 = stablehlo.rsqrt %38 : tensor<1x8xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %41 = stablehlo.multiply %5, %40 : tensor<1x8x100xf32>
    %42 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<1x8x100xf32>
    %44 = stablehlo.dot_general %43, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<240x100xf32>) -> tensor<1x8x240xf32>
    %45 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<1x8x240xf32>
    %46 = stablehlo.add %44, %45 : tensor<1x8x240xf32>
    %47 = stablehlo.dot_general %43, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<24x100xf32>) -> tensor<1x8x24xf32>
    %48 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %49 = stablehlo.add %47, %48 : tensor<1x8x24xf32>
    %50 = stablehlo.dot_general %43, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<24x100xf32>) -> tensor<1x8x24xf32>
    %51 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %52 = stablehlo.add %50, %51 : tensor<1x8x24xf32>
    %53 = stablehlo.reshape %46 : (tensor<1x8x240xf32>) -> tensor<1x8x20x12xf32>
    %54 = stablehlo.reshape %49 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %55 = stablehlo.reshape %52 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %56 = "stablehlo.slice"(%53) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x20x12xf32>) -> tensor<1x8x20x6xf32>
    %57 = "stablehlo.slice"(%53) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x20x12xf32>) -> tensor<1x8x20x6xf32>
    %58 = stablehlo.negate %57 : tensor<1x8x20x6xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 3 : (tensor<1x8x20x6xf32>, tensor<1x8x20x6xf32>) -> tensor<1x8x20x12xf32>
    %60 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x20x12xf32>
    %61 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x20x12xf32>
    %62 = stablehlo.multiply %53, %60 : tensor<1x8x20x12xf32>
    %63 = stablehlo.multiply %59, %61 : tensor<1x8x20x12xf32>
    %64 = stablehlo.add %62, %63 : tensor<1x8x20x12xf32>
    %65 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %66 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %67 = stablehlo.negate %66 : tensor<1x8x2x6xf32>
    %68 = stablehlo.concatenate %67, %65, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %69 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %70 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %71 = stablehlo.multiply %54, %69 : tensor<1x8x2x12xf32>
    %72 = stablehlo.multiply %68, %70 : tensor<1x8x2x12xf32>
    %73 = stablehlo.add %71, %72 : tensor<1x8x2x12xf32>
    %74 = stablehlo.reshape %64 : (tensor<1x8x20x12xf32>) -> tensor<1x8x2x10x12xf32>
    %75 = stablehlo.dot_general %74, %27, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x10x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x10x16xf32>
    %76 = stablehlo.dot_general %74, %73, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x10x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x10x8xf32>
    %77 = stablehlo.concatenate %75, %76, dim = 4 : (tensor<1x2x8x10x16xf32>, tensor<1x2x8x10x8xf32>) -> tensor<1x2x8x10x24xf32>
    %78 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<1x2x8x10x24xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<1x2x8x10x24xf32>
    %81 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x10x24xi1>
    %82 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<1x2x8x10x24xf32>
    %84 = stablehlo.select %81, %80, %83 : (tensor<1x2x8x10x24xi1>, tensor<1x2x8x10x24xf32>, tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x24xf32>
    %85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x10x24xf32>, tensor<f32>) -> tensor<1x2x8x10xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<1x2x8x10xf32>) -> tensor<1x2x8x10x24xf32>
    %88 = stablehlo.subtract %84, %87 : tensor<1x2x8x10x24xf32>
    %89 = stablehlo.exponential %88 : tensor<1x2x8x10x24xf32>
    %90 = stablehlo.constant dense<0.0> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x10x24xf32>, tensor<f32>) -> tensor<1x2x8x10xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<1x2x8x10xf32>) -> tensor<1x2x8x10x24xf32>
    %93 = stablehlo.divide %89, %92 : tensor<1x2x8x10x24xf32>
    %94 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x16xf32>
    %95 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 10, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x8xf32>
    %96 = stablehlo.dot_general %94, %29, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x10x12xf32>
    %97 = stablehlo.dot_general %95, %55, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x10x12xf32>
    %98 = stablehlo.add %96, %97 : tensor<1x2x8x10x12xf32>
    %99 = stablehlo.transpose %98, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x10x12xf32>) -> tensor<1x8x2x10x12xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x8x2x10x12xf32>) -> tensor<1x8x240xf32>
    %101 = stablehlo.dot_general %100, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x240xf32>, tensor<100x240xf32>) -> tensor<1x8x100xf32>
    %102 = stablehlo.add %5, %101 : tensor<1x8x100xf32>
    %103 = stablehlo.multiply %102, %102 : tensor<1x8x100xf32>
    %104 = stablehlo.constant dense<0.0> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %104) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %106 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<1x8xf32>
    %109 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %111 = stablehlo.add %108, %110 : tensor<1x8xf32>
    %112 = stablehlo.rsqrt %111 : tensor<1x8xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %114 = stablehlo.multiply %102, %113 : tensor<1x8x100xf32>
    %115 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<1x8x100xf32>
    %117 = stablehlo.dot_general %116, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<56x100xf32>) -> tensor<1x8x56xf32>
    %118 = stablehlo.logistic %117 : tensor<1x8x56xf32>
    %119 = stablehlo.multiply %117, %118 : tensor<1x8x56xf32>
    %120 = stablehlo.dot_general %116, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<56x100xf32>) -> tensor<1x8x56xf32>
    %121 = stablehlo.multiply %119, %120 : tensor<1x8x56xf32>
    %122 = stablehlo.dot_general %121, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<100x56xf32>) -> tensor<1x8x100xf32>
    %123 = stablehlo.add %102, %122 : tensor<1x8x100xf32>
    %124 = stablehlo.reshape %73 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %125 = stablehlo.reshape %55 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    // layer 1: full_attention
    %126 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %127 = stablehlo.reshape %126 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %128 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %129 = stablehlo.reshape %128 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %130 = stablehlo.multiply %123, %123 : tensor<1x8x100xf32>
    %131 = stablehlo.constant dense<0.0> : tensor<f32>
    %132 = stablehlo.reduce(%130 init: %131) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %133 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<1x8xf32>
    %136 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %138 = stablehlo.add %135, %137 : tensor<1x8xf32>
    %139 = stablehlo.rsqrt %138 : tensor<1x8xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %141 = stablehlo.multiply %123, %140 : tensor<1x8x100xf32>
    %142 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %143 = stablehlo.multiply %141, %142 : tensor<1x8x100xf32>
    %144 = stablehlo.dot_general %143, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<240x100xf32>) -> tensor<1x8x240xf32>
    %145 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<1x8x240xf32>
    %146 = stablehlo.add %144, %145 : tensor<1x8x240xf32>
    %147 = stablehlo.dot_general %143, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<24x100xf32>) -> tensor<1x8x24xf32>
    %148 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %149 = stablehlo.add %147, %148 : tensor<1x8x24xf32>
    %150 = stablehlo.dot_general %143, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<24x100xf32>) -> tensor<1x8x24xf32>
    %151 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %152 = stablehlo.add %150, %151 : tensor<1x8x24xf32>
    %153 = stablehlo.reshape %146 : (tensor<1x8x240xf32>) -> tensor<1x8x20x12xf32>
    %154 = stablehlo.reshape %149 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %155 = stablehlo.reshape %152 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %156 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x20x12xf32>) -> tensor<1x8x20x6xf32>
    %157 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x20x12xf32>) -> tensor<1x8x20x6xf32>
    %158 = stablehlo.negate %157 : tensor<1x8x20x6xf32>
    %159 = stablehlo.concatenate %158, %156, dim = 3 : (tensor<1x8x20x6xf32>, tensor<1x8x20x6xf32>) -> tensor<1x8x20x12xf32>
    %160 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x20x12xf32>
    %161 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x20x12xf32>
    %162 = stablehlo.multiply %153, %160 : tensor<1x8x20x12xf32>
    %163 = stablehlo.multiply %159, %161 : tensor<1x8x20x12xf32>
    %164 = stablehlo.add %162, %163 : tensor<1x8x20x12xf32>
    %165 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %166 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %167 = stablehlo.negate %166 : tensor<1x8x2x6xf32>
    %168 = stablehlo.concatenate %167, %165, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %169 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %170 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %171 = stablehlo.multiply %154, %169 : tensor<1x8x2x12xf32>
    %172 = stablehlo.multiply %168, %170 : tensor<1x8x2x12xf32>
    %173 = stablehlo.add %171, %172 : tensor<1x8x2x12xf32>
    %174 = stablehlo.reshape %164 : (tensor<1x8x20x12xf32>) -> tensor<1x8x2x10x12xf32>
    %175 = stablehlo.dot_general %174, %127, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x10x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x10x16xf32>
    %176 = stablehlo.dot_general %174, %173, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x10x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x10x8xf32>
    %177 = stablehlo.concatenate %175, %176, dim = 4 : (tensor<1x2x8x10x16xf32>, tensor<1x2x8x10x8xf32>) -> tensor<1x2x8x10x24xf32>
    %178 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<1x2x8x10x24xf32>
    %180 = stablehlo.multiply %177, %179 : tensor<1x2x8x10x24xf32>
    %181 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x10x24xi1>
    %182 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x2x8x10x24xf32>
    %184 = stablehlo.select %181, %180, %183 : (tensor<1x2x8x10x24xi1>, tensor<1x2x8x10x24xf32>, tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x24xf32>
    %185 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %186 = stablehlo.reduce(%184 init: %185) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x10x24xf32>, tensor<f32>) -> tensor<1x2x8x10xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2, 3] : (tensor<1x2x8x10xf32>) -> tensor<1x2x8x10x24xf32>
    %188 = stablehlo.subtract %184, %187 : tensor<1x2x8x10x24xf32>
    %189 = stablehlo.exponential %188 : tensor<1x2x8x10x24xf32>
    %190 = stablehlo.constant dense<0.0> : tensor<f32>
    %191 = stablehlo.reduce(%189 init: %190) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x10x24xf32>, tensor<f32>) -> tensor<1x2x8x10xf32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [0, 1, 2, 3] : (tensor<1x2x8x10xf32>) -> tensor<1x2x8x10x24xf32>
    %193 = stablehlo.divide %189, %192 : tensor<1x2x8x10x24xf32>
    %194 = "stablehlo.slice"(%193) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x16xf32>
    %195 = "stablehlo.slice"(%193) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 10, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x10x24xf32>) -> tensor<1x2x8x10x8xf32>
    %196 = stablehlo.dot_general %194, %129, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x10x12xf32>
    %197 = stablehlo.dot_general %195, %155, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x10x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x10x12xf32>
    %198 = stablehlo.add %196, %197 : tensor<1x2x8x10x12xf32>
    %199 = stablehlo.transpose %198, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x10x12xf32>) -> tensor<1x8x2x10x12xf32>
    %200 = stablehlo.reshape %199 : (tensor<1x8x2x10x12xf32>) -> tensor<1x8x240xf32>
    %201 = stablehlo.dot_general %200, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x240xf32>, tensor<100x240xf32>) -> tensor<1x8x100xf32>
    %202 = stablehlo.add %123, %201 : tensor<1x8x100xf32>
    %203 = stablehlo.multiply %202, %202 : tensor<1x8x100xf32>
    %204 = stablehlo.constant dense<0.0> : tensor<f32>
    %205 = stablehlo.reduce(%203 init: %204) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %206 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %208 = stablehlo.multiply %205, %207 : tensor<1x8xf32>
    %209 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %211 = stablehlo.add %208, %210 : tensor<1x8xf32>
    %212 = stablehlo.rsqrt %211 : tensor<1x8xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %214 = stablehlo.multiply %202, %213 : tensor<1x8x100xf32>
    %215 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %216 = stablehlo.multiply %214, %215 : tensor<1x8x100xf32>
    %217 = stablehlo.dot_general %216, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<56x100xf32>) -> tensor<1x8x56xf32>
    %218 = stablehlo.logistic %217 : tensor<1x8x56xf32>
    %219 = stablehlo.multiply %217, %218 : tensor<1x8x56xf32>
    %220 = stablehlo.dot_general %216, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x100xf32>, tensor<56x100xf32>) -> tensor<1x8x56xf32>
    %221 = stablehlo.multiply %219, %220 : tensor<1x8x56xf32>
    %222 = stablehlo.dot_general %221, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<100x56xf32>) -> tensor<1x8x100xf32>
    %223 = stablehlo.add %202, %222 : tensor<1x8x100xf32>
    %224 = stablehlo.reshape %173 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %225 = stablehlo.reshape %155 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %226 = stablehlo.multiply %223, %223 : tensor<1x8x100xf32>
    %227 = stablehlo.constant dense<0.0> : tensor<f32>
    %228 = stablehlo.reduce(%226 init: %227) applies stablehlo.add across dimensions = [2] : (tensor<1x8x100xf32>, tensor<f32>) -> tensor<1x8xf32>
    %229 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %231 = stablehlo.multiply %228, %230 : tensor<1x8xf32>
    %232 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %234 = stablehlo.add %231, %233 : tensor<1x8xf32>
    %235 = stablehlo.rsqrt %234 : tensor<1x8xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x100xf32>
    %237 = stablehlo.multiply %223, %236 : tensor<1x8x100xf32>
    %238 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<100xf32>) -> tensor<1x8x100xf32>
    %239 = stablehlo.multiply %237, %238 : tensor<1x8x100xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %240 = stablehlo.concatenate %124, %224, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %241 = stablehlo.constant dense<0> : tensor<i32>
    %242 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %243 = stablehlo.dynamic_update_slice %2, %240, %241, %242, %241, %241, %241 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %244 = stablehlo.concatenate %125, %225, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %245 = stablehlo.constant dense<0> : tensor<i32>
    %246 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %247 = stablehlo.dynamic_update_slice %3, %244, %245, %246, %245, %245, %245 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %248 = stablehlo.constant dense<1> : tensor<i32>
    %249 = stablehlo.subtract %length, %248 : tensor<i32>
    %250 = stablehlo.constant dense<0> : tensor<i32>
    %251 = stablehlo.dynamic_slice %239, %250, %249, %250, sizes = [1, 1, 100] : (tensor<1x8x100xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x100xf32>
    %252 = stablehlo.reshape %251 : (tensor<1x1x100xf32>) -> tensor<100xf32>
    %253 = stablehlo.dot_general %252, %lm_head.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<100xf32>, tensor<97x100xf32>) -> tensor<97xf32>
    %254 = stablehlo.reshape %243 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    %255 = stablehlo.reshape %247 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    return %253, %254, %255 : tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>
  }
}
