// mimo ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @mimo_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.self_attn.q_proj.bias: tensor<96xf32>, %model.layers.0.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.0.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.self_attn.q_proj.bias: tensor<96xf32>, %model.layers.1.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.1.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x16x2x2x12xf32>, %v_cache: tensor<3x16x2x2x12xf32>) -> (tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<3x1x1xi32>) -> tensor<3x1x40xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.1077217310667038, 0.01160397194325924, 0.0012499999720603228, 0.00013465217489283532, 1.450496529287193e-05]> : tensor<6xf32>
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
    %23 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %24 = stablehlo.reshape %23 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %25 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %26 = stablehlo.reshape %25 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %27 = stablehlo.multiply %2, %2 : tensor<3x1x40xf32>
    %28 = stablehlo.constant dense<0.0> : tensor<f32>
    %29 = stablehlo.reduce(%27 init: %28) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %32 = stablehlo.multiply %29, %31 : tensor<3x1xf32>
    %33 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %35 = stablehlo.add %32, %34 : tensor<3x1xf32>
    %36 = stablehlo.rsqrt %35 : tensor<3x1xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %38 = stablehlo.multiply %2, %37 : tensor<3x1x40xf32>
    %39 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<3x1x40xf32>
    %41 = stablehlo.dot_general %40, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %42 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<96xf32>) -> tensor<3x1x96xf32>
    %43 = stablehlo.add %41, %42 : tensor<3x1x96xf32>
    %44 = stablehlo.dot_general %40, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %45 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %46 = stablehlo.add %44, %45 : tensor<3x1x24xf32>
    %47 = stablehlo.dot_general %40, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %48 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %49 = stablehlo.add %47, %48 : tensor<3x1x24xf32>
    %50 = stablehlo.reshape %43 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %51 = stablehlo.reshape %46 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %52 = stablehlo.reshape %49 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %53 = "stablehlo.slice"(%50) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %54 = "stablehlo.slice"(%50) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %55 = stablehlo.negate %54 : tensor<3x1x8x6xf32>
    %56 = stablehlo.concatenate %55, %53, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %57 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %58 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %59 = stablehlo.multiply %50, %57 : tensor<3x1x8x12xf32>
    %60 = stablehlo.multiply %56, %58 : tensor<3x1x8x12xf32>
    %61 = stablehlo.add %59, %60 : tensor<3x1x8x12xf32>
    %62 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %63 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %64 = stablehlo.negate %63 : tensor<3x1x2x6xf32>
    %65 = stablehlo.concatenate %64, %62, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %66 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %67 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %68 = stablehlo.multiply %51, %66 : tensor<3x1x2x12xf32>
    %69 = stablehlo.multiply %65, %67 : tensor<3x1x2x12xf32>
    %70 = stablehlo.add %68, %69 : tensor<3x1x2x12xf32>
    %71 = stablehlo.reshape %61 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %72 = stablehlo.dot_general %71, %24, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x16xf32>
    %73 = stablehlo.dot_general %71, %70, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x1xf32>
    %74 = stablehlo.concatenate %72, %73, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %75 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %77 = stablehlo.multiply %74, %76 : tensor<3x2x1x4x17xf32>
    %78 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %79 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %81 = stablehlo.select %78, %77, %80 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %82 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %83 = stablehlo.reduce(%81 init: %82) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %85 = stablehlo.subtract %81, %84 : tensor<3x2x1x4x17xf32>
    %86 = stablehlo.exponential %85 : tensor<3x2x1x4x17xf32>
    %87 = stablehlo.constant dense<0.0> : tensor<f32>
    %88 = stablehlo.reduce(%86 init: %87) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %90 = stablehlo.divide %86, %89 : tensor<3x2x1x4x17xf32>
    %91 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %92 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %93 = stablehlo.dot_general %91, %26, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %94 = stablehlo.dot_general %92, %52, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %95 = stablehlo.add %93, %94 : tensor<3x2x1x4x12xf32>
    %96 = stablehlo.transpose %95, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %97 = stablehlo.reshape %96 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %98 = stablehlo.dot_general %97, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %99 = stablehlo.add %2, %98 : tensor<3x1x40xf32>
    %100 = stablehlo.multiply %99, %99 : tensor<3x1x40xf32>
    %101 = stablehlo.constant dense<0.0> : tensor<f32>
    %102 = stablehlo.reduce(%100 init: %101) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %103 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<3x1xf32>
    %106 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %108 = stablehlo.add %105, %107 : tensor<3x1xf32>
    %109 = stablehlo.rsqrt %108 : tensor<3x1xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %111 = stablehlo.multiply %99, %110 : tensor<3x1x40xf32>
    %112 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %113 = stablehlo.multiply %111, %112 : tensor<3x1x40xf32>
    %114 = stablehlo.dot_general %113, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %115 = stablehlo.logistic %114 : tensor<3x1x56xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<3x1x56xf32>
    %117 = stablehlo.dot_general %113, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %118 = stablehlo.multiply %116, %117 : tensor<3x1x56xf32>
    %119 = stablehlo.dot_general %118, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %120 = stablehlo.add %99, %119 : tensor<3x1x40xf32>
    %121 = stablehlo.reshape %70 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %122 = stablehlo.reshape %52 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    // layer 1: full_attention
    %123 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %124 = stablehlo.reshape %123 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %125 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %126 = stablehlo.reshape %125 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %127 = stablehlo.multiply %120, %120 : tensor<3x1x40xf32>
    %128 = stablehlo.constant dense<0.0> : tensor<f32>
    %129 = stablehlo.reduce(%127 init: %128) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %130 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<3x1xf32>
    %133 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %135 = stablehlo.add %132, %134 : tensor<3x1xf32>
    %136 = stablehlo.rsqrt %135 : tensor<3x1xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %138 = stablehlo.multiply %120, %137 : tensor<3x1x40xf32>
    %139 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %140 = stablehlo.multiply %138, %139 : tensor<3x1x40xf32>
    %141 = stablehlo.dot_general %140, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %142 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<96xf32>) -> tensor<3x1x96xf32>
    %143 = stablehlo.add %141, %142 : tensor<3x1x96xf32>
    %144 = stablehlo.dot_general %140, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %145 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %146 = stablehlo.add %144, %145 : tensor<3x1x24xf32>
    %147 = stablehlo.dot_general %140, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %148 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %149 = stablehlo.add %147, %148 : tensor<3x1x24xf32>
    %150 = stablehlo.reshape %143 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %151 = stablehlo.reshape %146 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %152 = stablehlo.reshape %149 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %153 = "stablehlo.slice"(%150) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %154 = "stablehlo.slice"(%150) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %155 = stablehlo.negate %154 : tensor<3x1x8x6xf32>
    %156 = stablehlo.concatenate %155, %153, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %157 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %158 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %159 = stablehlo.multiply %150, %157 : tensor<3x1x8x12xf32>
    %160 = stablehlo.multiply %156, %158 : tensor<3x1x8x12xf32>
    %161 = stablehlo.add %159, %160 : tensor<3x1x8x12xf32>
    %162 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %163 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %164 = stablehlo.negate %163 : tensor<3x1x2x6xf32>
    %165 = stablehlo.concatenate %164, %162, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %166 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %167 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %168 = stablehlo.multiply %151, %166 : tensor<3x1x2x12xf32>
    %169 = stablehlo.multiply %165, %167 : tensor<3x1x2x12xf32>
    %170 = stablehlo.add %168, %169 : tensor<3x1x2x12xf32>
    %171 = stablehlo.reshape %161 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %172 = stablehlo.dot_general %171, %124, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x16xf32>
    %173 = stablehlo.dot_general %171, %170, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x1xf32>
    %174 = stablehlo.concatenate %172, %173, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %175 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %177 = stablehlo.multiply %174, %176 : tensor<3x2x1x4x17xf32>
    %178 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %179 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %181 = stablehlo.select %178, %177, %180 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %182 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %183 = stablehlo.reduce(%181 init: %182) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %185 = stablehlo.subtract %181, %184 : tensor<3x2x1x4x17xf32>
    %186 = stablehlo.exponential %185 : tensor<3x2x1x4x17xf32>
    %187 = stablehlo.constant dense<0.0> : tensor<f32>
    %188 = stablehlo.reduce(%186 init: %187) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %190 = stablehlo.divide %186, %189 : tensor<3x2x1x4x17xf32>
    %191 = "stablehlo.slice"(%190) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %192 = "stablehlo.slice"(%190) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %193 = stablehlo.dot_general %191, %126, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %194 = stablehlo.dot_general %192, %152, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %195 = stablehlo.add %193, %194 : tensor<3x2x1x4x12xf32>
    %196 = stablehlo.transpose %195, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %197 = stablehlo.reshape %196 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %198 = stablehlo.dot_general %197, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %199 = stablehlo.add %120, %198 : tensor<3x1x40xf32>
    %200 = stablehlo.multiply %199, %199 : tensor<3x1x40xf32>
    %201 = stablehlo.constant dense<0.0> : tensor<f32>
    %202 = stablehlo.reduce(%200 init: %201) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %203 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %205 = stablehlo.multiply %202, %204 : tensor<3x1xf32>
    %206 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %208 = stablehlo.add %205, %207 : tensor<3x1xf32>
    %209 = stablehlo.rsqrt %208 : tensor<3x1xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %211 = stablehlo.multiply %199, %210 : tensor<3x1x40xf32>
    %212 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %213 = stablehlo.multiply %211, %212 : tensor<3x1x40xf32>
    %214 = stablehlo.dot_general %213, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %215 = stablehlo.logistic %214 : tensor<3x1x56xf32>
    %216 = stablehlo.multiply %214, %215 : tensor<3x1x56xf32>
    %217 = stablehlo.dot_general %213, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %218 = stablehlo.multiply %216, %217 : tensor<3x1x56xf32>
    %219 = stablehlo.dot_general %218, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %220 = stablehlo.add %199, %219 : tensor<3x1x40xf32>
    %221 = stablehlo.reshape %170 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %222 = stablehlo.reshape %152 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %223 = stablehlo.multiply %220, %220 : tensor<3x1x40xf32>
    %224 = stablehlo.constant dense<0.0> : tensor<f32>
    %225 = stablehlo.reduce(%223 init: %224) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %226 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %228 = stablehlo.multiply %225, %227 : tensor<3x1xf32>
    %229 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %231 = stablehlo.add %228, %230 : tensor<3x1xf32>
    %232 = stablehlo.rsqrt %231 : tensor<3x1xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %234 = stablehlo.multiply %220, %233 : tensor<3x1x40xf32>
    %235 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %236 = stablehlo.multiply %234, %235 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %237 = stablehlo.concatenate %121, %221, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %238 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %239 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %240 = stablehlo.concatenate %238, %239, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %241 = stablehlo.reshape %237 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %242 = "stablehlo.scatter"(%k_cache, %240, %241) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %243 = stablehlo.concatenate %122, %222, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %244 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %245 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %246 = stablehlo.concatenate %244, %245, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %247 = stablehlo.reshape %243 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %248 = "stablehlo.scatter"(%v_cache, %246, %247) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %249 = stablehlo.reshape %236 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %250 = stablehlo.dot_general %249, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %251 = stablehlo.constant dense<0> : tensor<i32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %253 = stablehlo.compare NE, %active, %252, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %255 = stablehlo.constant dense<0.0> : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %257 = stablehlo.select %254, %250, %256 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %257, %242, %248 : tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>
  }
}
