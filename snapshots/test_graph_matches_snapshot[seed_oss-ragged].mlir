// seed_oss ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=100 heads=20 kv_heads=2 head_dim=12 vocab=97
module @seed_oss_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x100xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<240x100xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x100xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x100xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<100x240xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x100xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x100xf32>, %model.layers.0.mlp.down_proj.weight: tensor<100x56xf32>, %model.layers.0.self_attn.q_proj.bias: tensor<240xf32>, %model.layers.0.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.0.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.0.input_layernorm.weight: tensor<100xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<100xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<240x100xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x100xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x100xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<100x240xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x100xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x100xf32>, %model.layers.1.mlp.down_proj.weight: tensor<100x56xf32>, %model.layers.1.self_attn.q_proj.bias: tensor<240xf32>, %model.layers.1.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.1.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.1.input_layernorm.weight: tensor<100xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<100xf32>, %model.norm.weight: tensor<100xf32>, %lm_head.weight: tensor<97x100xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 100>, indices_are_sorted = false} : (tensor<97x100xf32>, tensor<3x1x1xi32>) -> tensor<3x1x100xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.2154434621334076, 0.04641588777303696, 0.009999999776482582, 0.002154434798285365, 0.00046415888937190175]> : tensor<6xf32>
    %7 = stablehlo.convert %5 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %9 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %10 = stablehlo.multiply %8, %9 : tensor<3x1x6xf32>
    %11 = stablehlo.concatenate %10, %10, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %12 = stablehlo.cosine %11 : tensor<3x1x12xf32>
    %13 = stablehlo.sine %11 : tensor<3x1x12xf32>
    %14 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %15 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %16 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %17 = stablehlo.add %15, %16 : tensor<3x1x16xi32>
    %18 = stablehlo.compare LT, %14, %15, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %19 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %20 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %21 = stablehlo.compare LE, %20, %19, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %22 = stablehlo.concatenate %18, %21, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %23 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %24 = stablehlo.reshape %23 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %25 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %26 = stablehlo.reshape %25 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %27 = stablehlo.multiply %2, %2 : tensor<3x1x100xf32>
    %28 = stablehlo.constant dense<0.0> : tensor<f32>
    %29 = stablehlo.reduce(%27 init: %28) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %32 = stablehlo.multiply %29, %31 : tensor<3x1xf32>
    %33 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %35 = stablehlo.add %32, %34 : tensor<3x1xf32>
    %36 = stablehlo.rsqrt %35 : tensor<3x1xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %38 = stablehlo.multiply %2, %37 : tensor<3x1x100xf32>
    %39 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<3x1x100xf32>
    %41 = stablehlo.dot_general %40, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<240x100xf32>) -> tensor<3x1x240xf32>
    %42 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<3x1x240xf32>
    %43 = stablehlo.add %41, %42 : tensor<3x1x240xf32>
    %44 = stablehlo.dot_general %40, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %45 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %46 = stablehlo.add %44, %45 : tensor<3x1x24xf32>
    %47 = stablehlo.dot_general %40, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %48 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %49 = stablehlo.add %47, %48 : tensor<3x1x24xf32>
    %50 = stablehlo.reshape %43 : (tensor<3x1x240xf32>) -> tensor<3x1x20x12xf32>
    %51 = stablehlo.reshape %46 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %52 = stablehlo.reshape %49 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %53 = "stablehlo.slice"(%50) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %54 = "stablehlo.slice"(%50) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %55 = stablehlo.negate %54 : tensor<3x1x20x6xf32>
    %56 = stablehlo.concatenate %55, %53, dim = 3 : (tensor<3x1x20x6xf32>, tensor<3x1x20x6xf32>) -> tensor<3x1x20x12xf32>
    %57 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %58 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %59 = stablehlo.multiply %50, %57 : tensor<3x1x20x12xf32>
    %60 = stablehlo.multiply %56, %58 : tensor<3x1x20x12xf32>
    %61 = stablehlo.add %59, %60 : tensor<3x1x20x12xf32>
    %62 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %63 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %64 = stablehlo.negate %63 : tensor<3x1x2x6xf32>
    %65 = stablehlo.concatenate %64, %62, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %66 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %67 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %68 = stablehlo.multiply %51, %66 : tensor<3x1x2x12xf32>
    %69 = stablehlo.multiply %65, %67 : tensor<3x1x2x12xf32>
    %70 = stablehlo.add %68, %69 : tensor<3x1x2x12xf32>
    %71 = stablehlo.reshape %61 : (tensor<3x1x20x12xf32>) -> tensor<3x1x2x10x12xf32>
    %72 = stablehlo.transpose %71, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %73 = stablehlo.transpose %70, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %74 = stablehlo.transpose %52, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %75 = stablehlo.dot_general %72, %24, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x10x16xf32>
    %76 = stablehlo.dot_general %72, %73, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x10x1xf32>
    %77 = stablehlo.concatenate %75, %76, dim = 4 : (tensor<3x2x1x10x16xf32>, tensor<3x2x1x10x1xf32>) -> tensor<3x2x1x10x17xf32>
    %78 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<3x2x1x10x17xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<3x2x1x10x17xf32>
    %81 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x10x17xi1>
    %82 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<3x2x1x10x17xf32>
    %84 = stablehlo.select %81, %80, %83 : (tensor<3x2x1x10x17xi1>, tensor<3x2x1x10x17xf32>, tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x17xf32>
    %85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x10x17xf32>, tensor<f32>) -> tensor<3x2x1x10xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<3x2x1x10xf32>) -> tensor<3x2x1x10x17xf32>
    %88 = stablehlo.subtract %84, %87 : tensor<3x2x1x10x17xf32>
    %89 = stablehlo.exponential %88 : tensor<3x2x1x10x17xf32>
    %90 = stablehlo.constant dense<0.0> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x10x17xf32>, tensor<f32>) -> tensor<3x2x1x10xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<3x2x1x10xf32>) -> tensor<3x2x1x10x17xf32>
    %93 = stablehlo.divide %89, %92 : tensor<3x2x1x10x17xf32>
    %94 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x16xf32>
    %95 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x1xf32>
    %96 = stablehlo.dot_general %94, %26, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x10x12xf32>
    %97 = stablehlo.dot_general %95, %74, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x10x12xf32>
    %98 = stablehlo.add %96, %97 : tensor<3x2x1x10x12xf32>
    %99 = stablehlo.transpose %98, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x10x12xf32>) -> tensor<3x1x2x10x12xf32>
    %100 = stablehlo.reshape %99 : (tensor<3x1x2x10x12xf32>) -> tensor<3x1x240xf32>
    %101 = stablehlo.dot_general %100, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x240xf32>, tensor<100x240xf32>) -> tensor<3x1x100xf32>
    %102 = stablehlo.add %2, %101 : tensor<3x1x100xf32>
    %103 = stablehlo.multiply %102, %102 : tensor<3x1x100xf32>
    %104 = stablehlo.constant dense<0.0> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %104) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %106 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<3x1xf32>
    %109 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %111 = stablehlo.add %108, %110 : tensor<3x1xf32>
    %112 = stablehlo.rsqrt %111 : tensor<3x1xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %114 = stablehlo.multiply %102, %113 : tensor<3x1x100xf32>
    %115 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<3x1x100xf32>
    %117 = stablehlo.dot_general %116, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %118 = stablehlo.logistic %117 : tensor<3x1x56xf32>
    %119 = stablehlo.multiply %117, %118 : tensor<3x1x56xf32>
    %120 = stablehlo.dot_general %116, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %121 = stablehlo.multiply %119, %120 : tensor<3x1x56xf32>
    %122 = stablehlo.dot_general %121, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<100x56xf32>) -> tensor<3x1x100xf32>
    %123 = stablehlo.add %102, %122 : tensor<3x1x100xf32>
    %124 = stablehlo.reshape %73 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %125 = stablehlo.reshape %74 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %126 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %127 = stablehlo.reshape %126 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %128 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %129 = stablehlo.reshape %128 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %130 = stablehlo.multiply %123, %123 : tensor<3x1x100xf32>
    %131 = stablehlo.constant dense<0.0> : tensor<f32>
    %132 = stablehlo.reduce(%130 init: %131) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %133 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<3x1xf32>
    %136 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %138 = stablehlo.add %135, %137 : tensor<3x1xf32>
    %139 = stablehlo.rsqrt %138 : tensor<3x1xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %141 = stablehlo.multiply %123, %140 : tensor<3x1x100xf32>
    %142 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %143 = stablehlo.multiply %141, %142 : tensor<3x1x100xf32>
    %144 = stablehlo.dot_general %143, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<240x100xf32>) -> tensor<3x1x240xf32>
    %145 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<3x1x240xf32>
    %146 = stablehlo.add %144, %145 : tensor<3x1x240xf32>
    %147 = stablehlo.dot_general %143, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %148 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %149 = stablehlo.add %147, %148 : tensor<3x1x24xf32>
    %150 = stablehlo.dot_general %143, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %151 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %152 = stablehlo.add %150, %151 : tensor<3x1x24xf32>
    %153 = stablehlo.reshape %146 : (tensor<3x1x240xf32>) -> tensor<3x1x20x12xf32>
    %154 = stablehlo.reshape %149 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %155 = stablehlo.reshape %152 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %156 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %157 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %158 = stablehlo.negate %157 : tensor<3x1x20x6xf32>
    %159 = stablehlo.concatenate %158, %156, dim = 3 : (tensor<3x1x20x6xf32>, tensor<3x1x20x6xf32>) -> tensor<3x1x20x12xf32>
    %160 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %161 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %162 = stablehlo.multiply %153, %160 : tensor<3x1x20x12xf32>
    %163 = stablehlo.multiply %159, %161 : tensor<3x1x20x12xf32>
    %164 = stablehlo.add %162, %163 : tensor<3x1x20x12xf32>
    %165 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %166 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %167 = stablehlo.negate %166 : tensor<3x1x2x6xf32>
    %168 = stablehlo.concatenate %167, %165, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %169 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %170 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %171 = stablehlo.multiply %154, %169 : tensor<3x1x2x12xf32>
    %172 = stablehlo.multiply %168, %170 : tensor<3x1x2x12xf32>
    %173 = stablehlo.add %171, %172 : tensor<3x1x2x12xf32>
    %174 = stablehlo.reshape %164 : (tensor<3x1x20x12xf32>) -> tensor<3x1x2x10x12xf32>
    %175 = stablehlo.transpose %174, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %176 = stablehlo.transpose %173, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %177 = stablehlo.transpose %155, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %178 = stablehlo.dot_general %175, %127, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x10x16xf32>
    %179 = stablehlo.dot_general %175, %176, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x10x1xf32>
    %180 = stablehlo.concatenate %178, %179, dim = 4 : (tensor<3x2x1x10x16xf32>, tensor<3x2x1x10x1xf32>) -> tensor<3x2x1x10x17xf32>
    %181 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [] : (tensor<f32>) -> tensor<3x2x1x10x17xf32>
    %183 = stablehlo.multiply %180, %182 : tensor<3x2x1x10x17xf32>
    %184 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x10x17xi1>
    %185 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<3x2x1x10x17xf32>
    %187 = stablehlo.select %184, %183, %186 : (tensor<3x2x1x10x17xi1>, tensor<3x2x1x10x17xf32>, tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x17xf32>
    %188 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %189 = stablehlo.reduce(%187 init: %188) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x10x17xf32>, tensor<f32>) -> tensor<3x2x1x10xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1, 2, 3] : (tensor<3x2x1x10xf32>) -> tensor<3x2x1x10x17xf32>
    %191 = stablehlo.subtract %187, %190 : tensor<3x2x1x10x17xf32>
    %192 = stablehlo.exponential %191 : tensor<3x2x1x10x17xf32>
    %193 = stablehlo.constant dense<0.0> : tensor<f32>
    %194 = stablehlo.reduce(%192 init: %193) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x10x17xf32>, tensor<f32>) -> tensor<3x2x1x10xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [0, 1, 2, 3] : (tensor<3x2x1x10xf32>) -> tensor<3x2x1x10x17xf32>
    %196 = stablehlo.divide %192, %195 : tensor<3x2x1x10x17xf32>
    %197 = "stablehlo.slice"(%196) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x16xf32>
    %198 = "stablehlo.slice"(%196) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x1xf32>
    %199 = stablehlo.dot_general %197, %129, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x10x12xf32>
    %200 = stablehlo.dot_general %198, %177, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x10x12xf32>
    %201 = stablehlo.add %199, %200 : tensor<3x2x1x10x12xf32>
    %202 = stablehlo.transpose %201, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x10x12xf32>) -> tensor<3x1x2x10x12xf32>
    %203 = stablehlo.reshape %202 : (tensor<3x1x2x10x12xf32>) -> tensor<3x1x240xf32>
    %204 = stablehlo.dot_general %203, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x240xf32>, tensor<100x240xf32>) -> tensor<3x1x100xf32>
    %205 = stablehlo.add %123, %204 : tensor<3x1x100xf32>
    %206 = stablehlo.multiply %205, %205 : tensor<3x1x100xf32>
    %207 = stablehlo.constant dense<0.0> : tensor<f32>
    %208 = stablehlo.reduce(%206 init: %207) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %209 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %211 = stablehlo.multiply %208, %210 : tensor<3x1xf32>
    %212 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %214 = stablehlo.add %211, %213 : tensor<3x1xf32>
    %215 = stablehlo.rsqrt %214 : tensor<3x1xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %217 = stablehlo.multiply %205, %216 : tensor<3x1x100xf32>
    %218 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %219 = stablehlo.multiply %217, %218 : tensor<3x1x100xf32>
    %220 = stablehlo.dot_general %219, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %221 = stablehlo.logistic %220 : tensor<3x1x56xf32>
    %222 = stablehlo.multiply %220, %221 : tensor<3x1x56xf32>
    %223 = stablehlo.dot_general %219, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %224 = stablehlo.multiply %222, %223 : tensor<3x1x56xf32>
    %225 = stablehlo.dot_general %224, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<100x56xf32>) -> tensor<3x1x100xf32>
    %226 = stablehlo.add %205, %225 : tensor<3x1x100xf32>
    %227 = stablehlo.reshape %176 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %228 = stablehlo.reshape %177 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %229 = stablehlo.multiply %226, %226 : tensor<3x1x100xf32>
    %230 = stablehlo.constant dense<0.0> : tensor<f32>
    %231 = stablehlo.reduce(%229 init: %230) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %232 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %234 = stablehlo.multiply %231, %233 : tensor<3x1xf32>
    %235 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %237 = stablehlo.add %234, %236 : tensor<3x1xf32>
    %238 = stablehlo.rsqrt %237 : tensor<3x1xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %240 = stablehlo.multiply %226, %239 : tensor<3x1x100xf32>
    %241 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %242 = stablehlo.multiply %240, %241 : tensor<3x1x100xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %243 = stablehlo.concatenate %124, %227, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %244 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %245 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %246 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %247 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %248 = stablehlo.concatenate %244, %245, %246, %247, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %249 = stablehlo.reshape %243 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %250 = stablehlo.reshape %248 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %251 = "stablehlo.scatter"(%k_cache, %250, %249) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %252 = stablehlo.concatenate %125, %228, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %253 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %254 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %255 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %256 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %257 = stablehlo.concatenate %253, %254, %255, %256, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %258 = stablehlo.reshape %252 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %259 = stablehlo.reshape %257 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %260 = "stablehlo.scatter"(%v_cache, %259, %258) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %261 = stablehlo.reshape %242 : (tensor<3x1x100xf32>) -> tensor<3x100xf32>
    %262 = stablehlo.dot_general %261, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x100xf32>, tensor<97x100xf32>) -> tensor<3x97xf32>
    %263 = stablehlo.constant dense<0> : tensor<i32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %265 = stablehlo.compare NE, %active, %264, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %267 = stablehlo.constant dense<0.0> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %269 = stablehlo.select %266, %262, %268 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %269, %251, %260 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
