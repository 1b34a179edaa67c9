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
    %25 = stablehlo.multiply %2, %2 : tensor<3x1x100xf32>
    %26 = stablehlo.constant dense<0.0> : tensor<f32>
    %27 = stablehlo.reduce(%25 init: %26) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %28 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.multiply %27, %29 : tensor<3x1xf32>
    %31 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %33 = stablehlo.add %30, %32 : tensor<3x1xf32>
    %34 = stablehlo.rsqrt %33 : tensor<3x1xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %36 = stablehlo.multiply %2, %35 : tensor<3x1x100xf32>
    %37 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %38 = stablehlo.multiply %36, %37 : tensor<3x1x100xf32>
    %39 = stablehlo.dot_general %38, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<240x100xf32>) -> tensor<3x1x240xf32>
    %40 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<3x1x240xf32>
    %41 = stablehlo.add %39, %40 : tensor<3x1x240xf32>
    %42 = stablehlo.dot_general %38, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %43 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %44 = stablehlo.add %42, %43 : tensor<3x1x24xf32>
    %45 = stablehlo.dot_general %38, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %46 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %47 = stablehlo.add %45, %46 : tensor<3x1x24xf32>
    %48 = stablehlo.reshape %41 : (tensor<3x1x240xf32>) -> tensor<3x1x20x12xf32>
    %49 = stablehlo.reshape %44 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %50 = stablehlo.reshape %47 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %51 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %52 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %53 = stablehlo.negate %52 : tensor<3x1x20x6xf32>
    %54 = stablehlo.concatenate %53, %51, dim = 3 : (tensor<3x1x20x6xf32>, tensor<3x1x20x6xf32>) -> tensor<3x1x20x12xf32>
    %55 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %56 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %57 = stablehlo.multiply %48, %55 : tensor<3x1x20x12xf32>
    %58 = stablehlo.multiply %54, %56 : tensor<3x1x20x12xf32>
    %59 = stablehlo.add %57, %58 : tensor<3x1x20x12xf32>
    %60 = "stablehlo.slice"(%49) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %61 = "stablehlo.slice"(%49) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %62 = stablehlo.negate %61 : tensor<3x1x2x6xf32>
    %63 = stablehlo.concatenate %62, %60, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %64 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %65 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %66 = stablehlo.multiply %49, %64 : tensor<3x1x2x12xf32>
    %67 = stablehlo.multiply %63, %65 : tensor<3x1x2x12xf32>
    %68 = stablehlo.add %66, %67 : tensor<3x1x2x12xf32>
    %69 = stablehlo.reshape %59 : (tensor<3x1x20x12xf32>) -> tensor<3x1x2x10x12xf32>
    %70 = stablehlo.transpose %69, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %71 = stablehlo.transpose %68, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %72 = stablehlo.transpose %50, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %73 = stablehlo.dot_general %70, %71, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x10x1xf32>
    %74 = stablehlo.dot_general %70, %22, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x10x16xf32>
    %75 = stablehlo.concatenate %74, %73, dim = 4 : (tensor<3x2x1x10x16xf32>, tensor<3x2x1x10x1xf32>) -> tensor<3x2x1x10x17xf32>
    %76 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [] : (tensor<f32>) -> tensor<3x2x1x10x17xf32>
    %78 = stablehlo.multiply %75, %77 : tensor<3x2x1x10x17xf32>
    %79 = stablehlo.broadcast_in_dim %20, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x10x17xi1>
    %80 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [] : (tensor<f32>) -> tensor<3x2x1x10x17xf32>
    %82 = stablehlo.select %79, %78, %81 : (tensor<3x2x1x10x17xi1>, tensor<3x2x1x10x17xf32>, tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x17xf32>
    %83 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %84 = stablehlo.reduce(%82 init: %83) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x10x17xf32>, tensor<f32>) -> tensor<3x2x1x10xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<3x2x1x10xf32>) -> tensor<3x2x1x10x17xf32>
    %86 = stablehlo.subtract %82, %85 : tensor<3x2x1x10x17xf32>
    %87 = stablehlo.exponential %86 : tensor<3x2x1x10x17xf32>
    %88 = stablehlo.constant dense<0.0> : tensor<f32>
    %89 = stablehlo.reduce(%87 init: %88) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x10x17xf32>, tensor<f32>) -> tensor<3x2x1x10xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2, 3] : (tensor<3x2x1x10xf32>) -> tensor<3x2x1x10x17xf32>
    %91 = stablehlo.divide %87, %90 : tensor<3x2x1x10x17xf32>
    %92 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x16xf32>
    %93 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x1xf32>
    %94 = stablehlo.dot_general %92, %24, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x10x12xf32>
    %95 = stablehlo.dot_general %93, %72, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x10x12xf32>
    %96 = stablehlo.add %94, %95 : tensor<3x2x1x10x12xf32>
    %97 = stablehlo.transpose %96, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x10x12xf32>) -> tensor<3x1x2x10x12xf32>
    %98 = stablehlo.reshape %97 : (tensor<3x1x2x10x12xf32>) -> tensor<3x1x240xf32>
    %99 = stablehlo.dot_general %98, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x240xf32>, tensor<100x240xf32>) -> tensor<3x1x100xf32>
    %100 = stablehlo.add %2, %99 : tensor<3x1x100xf32>
    %101 = stablehlo.multiply %100, %100 : tensor<3x1x100xf32>
    %102 = stablehlo.constant dense<0.0> : tensor<f32>
    %103 = stablehlo.reduce(%101 init: %102) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %104 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %106 = stablehlo.multiply %103, %105 : tensor<3x1xf32>
    %107 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %109 = stablehlo.add %106, %108 : tensor<3x1xf32>
    %110 = stablehlo.rsqrt %109 : tensor<3x1xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %112 = stablehlo.multiply %100, %111 : tensor<3x1x100xf32>
    %113 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %114 = stablehlo.multiply %112, %113 : tensor<3x1x100xf32>
    %115 = stablehlo.dot_general %114, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %116 = stablehlo.logistic %115 : tensor<3x1x56xf32>
    %117 = stablehlo.multiply %115, %116 : tensor<3x1x56xf32>
    %118 = stablehlo.dot_general %114, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %119 = stablehlo.multiply %117, %118 : tensor<3x1x56xf32>
    %120 = stablehlo.dot_general %119, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<100x56xf32>) -> tensor<3x1x100xf32>
    %121 = stablehlo.add %100, %120 : tensor<3x1x100xf32>
    %122 = stablehlo.reshape %71 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %123 = stablehlo.reshape %72 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %124 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %125 = stablehlo.reshape %124 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %126 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %127 = stablehlo.reshape %126 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %128 = stablehlo.multiply %121, %121 : tensor<3x1x100xf32>
    %129 = stablehlo.constant dense<0.0> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %131 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<3x1xf32>
    %134 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %136 = stablehlo.add %133, %135 : tensor<3x1xf32>
    %137 = stablehlo.rsqrt %136 : tensor<3x1xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %139 = stablehlo.multiply %121, %138 : tensor<3x1x100xf32>
    %140 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %141 = stablehlo.multiply %139, %140 : tensor<3x1x100xf32>
    %142 = stablehlo.dot_general %141, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<240x100xf32>) -> tensor<3x1x240xf32>
    %143 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<3x1x240xf32>
    %144 = stablehlo.add %142, %143 : tensor<3x1x240xf32>
    %145 = stablehlo.dot_general %141, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %146 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %147 = stablehlo.add %145, %146 : tensor<3x1x24xf32>
    %148 = stablehlo.dot_general %141, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %149 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %150 = stablehlo.add %148, %149 : tensor<3x1x24xf32>
    %151 = stablehlo.reshape %144 : (tensor<3x1x240xf32>) -> tensor<3x1x20x12xf32>
    %152 = stablehlo.reshape %147 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %153 = stablehlo.reshape %150 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %154 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %155 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %156 = stablehlo.negate %155 : tensor<3x1x20x6xf32>
    %157 = stablehlo.concatenate %156, %154, dim = 3 : (tensor<3x1x20x6xf32>, tensor<3x1x20x6xf32>) -> tensor<3x1x20x12xf32>
    %158 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %159 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %160 = stablehlo.multiply %151, %158 : tensor<3x1x20x12xf32>
    %161 = stablehlo.multiply %157, %159 : tensor<3x1x20x12xf32>
    %162 = stablehlo.add %160, %161 : tensor<3x1x20x12xf32>
    %163 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %164 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %165 = stablehlo.negate %164 : tensor<3x1x2x6xf32>
    %166 = stablehlo.concatenate %165, %163, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %167 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %168 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %169 = stablehlo.multiply %152, %167 : tensor<3x1x2x12xf32>
    %170 = stablehlo.multiply %166, %168 : tensor<3x1x2x12xf32>
    %171 = stablehlo.add %169, %170 : tensor<3x1x2x12xf32>
    %172 = stablehlo.reshape %162 : (tensor<3x1x20x12xf32>) -> tensor<3x1x2x10x12xf32>
    %173 = stablehlo.transpose %172, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %174 = stablehlo.transpose %171, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %175 = stablehlo.transpose %153, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %176 = stablehlo.dot_general %173, %174, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x10x1xf32>
    %177 = stablehlo.dot_general %173, %125, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x10x16xf32>
    %178 = stablehlo.concatenate %177, %176, dim = 4 : (tensor<3x2x1x10x16xf32>, tensor<3x2x1x10x1xf32>) -> tensor<3x2x1x10x17xf32>
    %179 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<3x2x1x10x17xf32>
    %181 = stablehlo.multiply %178, %180 : tensor<3x2x1x10x17xf32>
    %182 = stablehlo.broadcast_in_dim %20, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x10x17xi1>
    %183 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<3x2x1x10x17xf32>
    %185 = stablehlo.select %182, %181, %184 : (tensor<3x2x1x10x17xi1>, tensor<3x2x1x10x17xf32>, tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x17xf32>
    %186 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %187 = stablehlo.reduce(%185 init: %186) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x10x17xf32>, tensor<f32>) -> tensor<3x2x1x10xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2, 3] : (tensor<3x2x1x10xf32>) -> tensor<3x2x1x10x17xf32>
    %189 = stablehlo.subtract %185, %188 : tensor<3x2x1x10x17xf32>
    %190 = stablehlo.exponential %189 : tensor<3x2x1x10x17xf32>
    %191 = stablehlo.constant dense<0.0> : tensor<f32>
    %192 = stablehlo.reduce(%190 init: %191) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x10x17xf32>, tensor<f32>) -> tensor<3x2x1x10xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2, 3] : (tensor<3x2x1x10xf32>) -> tensor<3x2x1x10x17xf32>
    %194 = stablehlo.divide %190, %193 : tensor<3x2x1x10x17xf32>
    %195 = "stablehlo.slice"(%194) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x16xf32>
    %196 = "stablehlo.slice"(%194) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x17xf32>) -> tensor<3x2x1x10x1xf32>
    %197 = stablehlo.dot_general %195, %127, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x10x12xf32>
    %198 = stablehlo.dot_general %196, %175, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x10x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x10x12xf32>
    %199 = stablehlo.add %197, %198 : tensor<3x2x1x10x12xf32>
    %200 = stablehlo.transpose %199, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x10x12xf32>) -> tensor<3x1x2x10x12xf32>
    %201 = stablehlo.reshape %200 : (tensor<3x1x2x10x12xf32>) -> tensor<3x1x240xf32>
    %202 = stablehlo.dot_general %201, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x240xf32>, tensor<100x240xf32>) -> tensor<3x1x100xf32>
    %203 = stablehlo.add %121, %202 : tensor<3x1x100xf32>
    %204 = stablehlo.multiply %203, %203 : tensor<3x1x100xf32>
    %205 = stablehlo.constant dense<0.0> : tensor<f32>
    %206 = stablehlo.reduce(%204 init: %205) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %207 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %209 = stablehlo.multiply %206, %208 : tensor<3x1xf32>
    %210 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %212 = stablehlo.add %209, %211 : tensor<3x1xf32>
    %213 = stablehlo.rsqrt %212 : tensor<3x1xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %215 = stablehlo.multiply %203, %214 : tensor<3x1x100xf32>
    %216 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %217 = stablehlo.multiply %215, %216 : tensor<3x1x100xf32>
    %218 = stablehlo.dot_general %217, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %219 = stablehlo.logistic %218 : tensor<3x1x56xf32>
    %220 = stablehlo.multiply %218, %219 : tensor<3x1x56xf32>
    %221 = stablehlo.dot_general %217, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %222 = stablehlo.multiply %220, %221 : tensor<3x1x56xf32>
    %223 = stablehlo.dot_general %222, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<100x56xf32>) -> tensor<3x1x100xf32>
    %224 = stablehlo.add %203, %223 : tensor<3x1x100xf32>
    %225 = stablehlo.reshape %174 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %226 = stablehlo.reshape %175 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %227 = stablehlo.multiply %224, %224 : tensor<3x1x100xf32>
    %228 = stablehlo.constant dense<0.0> : tensor<f32>
    %229 = stablehlo.reduce(%227 init: %228) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %230 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %232 = stablehlo.multiply %229, %231 : tensor<3x1xf32>
    %233 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %235 = stablehlo.add %232, %234 : tensor<3x1xf32>
    %236 = stablehlo.rsqrt %235 : tensor<3x1xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %238 = stablehlo.multiply %224, %237 : tensor<3x1x100xf32>
    %239 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %240 = stablehlo.multiply %238, %239 : tensor<3x1x100xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %241 = stablehlo.concatenate %122, %225, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %242 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %243 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %244 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %245 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %246 = stablehlo.concatenate %242, %243, %244, %245, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %247 = stablehlo.reshape %241 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %248 = stablehlo.reshape %246 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %249 = "stablehlo.scatter"(%k_cache, %248, %247) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %250 = stablehlo.concatenate %123, %226, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %251 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %252 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %253 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %254 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %255 = stablehlo.concatenate %251, %252, %253, %254, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %256 = stablehlo.reshape %250 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %257 = stablehlo.reshape %255 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %258 = "stablehlo.scatter"(%v_cache, %257, %256) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %259 = stablehlo.reshape %240 : (tensor<3x1x100xf32>) -> tensor<3x100xf32>
    %260 = stablehlo.dot_general %259, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x100xf32>, tensor<97x100xf32>) -> tensor<3x97xf32>
    %261 = stablehlo.constant dense<0> : tensor<i32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %263 = stablehlo.compare NE, %active, %262, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %265 = stablehlo.constant dense<0.0> : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %267 = stablehlo.select %264, %260, %266 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %267, %249, %258 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
