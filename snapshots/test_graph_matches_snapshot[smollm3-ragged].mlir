// smollm3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @smollm3_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<3x1x1xi32>) -> tensor<3x1x40xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.0764724463224411, 0.005848035681992769, 0.00044721359154209495, 3.419951826799661e-05, 2.6153209091717144e-06]> : tensor<6xf32>
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
    %27 = stablehlo.multiply %2, %2 : tensor<3x1x40xf32>
    %28 = stablehlo.constant dense<0.0> : tensor<f32>
    %29 = stablehlo.reduce(%27 init: %28) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %32 = stablehlo.multiply %29, %31 : tensor<3x1xf32>
    %33 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %35 = stablehlo.add %32, %34 : tensor<3x1xf32>
    %36 = stablehlo.rsqrt %35 : tensor<3x1xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %38 = stablehlo.multiply %2, %37 : tensor<3x1x40xf32>
    %39 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<3x1x40xf32>
    %41 = stablehlo.dot_general %40, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %42 = stablehlo.dot_general %40, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %43 = stablehlo.dot_general %40, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %44 = stablehlo.reshape %41 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %45 = stablehlo.reshape %42 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %46 = stablehlo.reshape %43 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %47 = "stablehlo.slice"(%44) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %48 = "stablehlo.slice"(%44) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %49 = stablehlo.negate %48 : tensor<3x1x8x6xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %51 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %52 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %53 = stablehlo.multiply %44, %51 : tensor<3x1x8x12xf32>
    %54 = stablehlo.multiply %50, %52 : tensor<3x1x8x12xf32>
    %55 = stablehlo.add %53, %54 : tensor<3x1x8x12xf32>
    %56 = "stablehlo.slice"(%45) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %57 = "stablehlo.slice"(%45) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %58 = stablehlo.negate %57 : tensor<3x1x2x6xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %60 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %61 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %62 = stablehlo.multiply %45, %60 : tensor<3x1x2x12xf32>
    %63 = stablehlo.multiply %59, %61 : tensor<3x1x2x12xf32>
    %64 = stablehlo.add %62, %63 : tensor<3x1x2x12xf32>
    %65 = stablehlo.reshape %55 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %66 = stablehlo.transpose %65, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %67 = stablehlo.transpose %64, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %68 = stablehlo.transpose %46, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %69 = stablehlo.dot_general %66, %24, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %70 = stablehlo.dot_general %66, %67, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %71 = stablehlo.concatenate %69, %70, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %72 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %74 = stablehlo.multiply %71, %73 : tensor<3x2x1x4x17xf32>
    %75 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %76 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %78 = stablehlo.select %75, %74, %77 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %79 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %80 = stablehlo.reduce(%78 init: %79) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %82 = stablehlo.subtract %78, %81 : tensor<3x2x1x4x17xf32>
    %83 = stablehlo.exponential %82 : tensor<3x2x1x4x17xf32>
    %84 = stablehlo.constant dense<0.0> : tensor<f32>
    %85 = stablehlo.reduce(%83 init: %84) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %87 = stablehlo.divide %83, %86 : tensor<3x2x1x4x17xf32>
    %88 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %89 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %90 = stablehlo.dot_general %88, %26, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %91 = stablehlo.dot_general %89, %68, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %92 = stablehlo.add %90, %91 : tensor<3x2x1x4x12xf32>
    %93 = stablehlo.transpose %92, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %94 = stablehlo.reshape %93 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %95 = stablehlo.dot_general %94, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %96 = stablehlo.add %2, %95 : tensor<3x1x40xf32>
    %97 = stablehlo.multiply %96, %96 : tensor<3x1x40xf32>
    %98 = stablehlo.constant dense<0.0> : tensor<f32>
    %99 = stablehlo.reduce(%97 init: %98) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %100 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<3x1xf32>
    %103 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %105 = stablehlo.add %102, %104 : tensor<3x1xf32>
    %106 = stablehlo.rsqrt %105 : tensor<3x1xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %108 = stablehlo.multiply %96, %107 : tensor<3x1x40xf32>
    %109 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %110 = stablehlo.multiply %108, %109 : tensor<3x1x40xf32>
    %111 = stablehlo.dot_general %110, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %112 = stablehlo.logistic %111 : tensor<3x1x56xf32>
    %113 = stablehlo.multiply %111, %112 : tensor<3x1x56xf32>
    %114 = stablehlo.dot_general %110, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %115 = stablehlo.multiply %113, %114 : tensor<3x1x56xf32>
    %116 = stablehlo.dot_general %115, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %117 = stablehlo.add %96, %116 : tensor<3x1x40xf32>
    %118 = stablehlo.reshape %67 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %119 = stablehlo.reshape %68 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention, no RoPE
    %120 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %121 = stablehlo.reshape %120 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %122 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %123 = stablehlo.reshape %122 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %124 = stablehlo.multiply %117, %117 : tensor<3x1x40xf32>
    %125 = stablehlo.constant dense<0.0> : tensor<f32>
    %126 = stablehlo.reduce(%124 init: %125) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %127 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<3x1xf32>
    %130 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %132 = stablehlo.add %129, %131 : tensor<3x1xf32>
    %133 = stablehlo.rsqrt %132 : tensor<3x1xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %135 = stablehlo.multiply %117, %134 : tensor<3x1x40xf32>
    %136 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %137 = stablehlo.multiply %135, %136 : tensor<3x1x40xf32>
    %138 = stablehlo.dot_general %137, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %139 = stablehlo.dot_general %137, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %140 = stablehlo.dot_general %137, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %141 = stablehlo.reshape %138 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %142 = stablehlo.reshape %139 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %143 = stablehlo.reshape %140 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %144 = stablehlo.reshape %141 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %145 = stablehlo.transpose %144, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %146 = stablehlo.transpose %142, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %147 = stablehlo.transpose %143, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %148 = stablehlo.dot_general %145, %121, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %149 = stablehlo.dot_general %145, %146, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %150 = stablehlo.concatenate %148, %149, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %151 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %153 = stablehlo.multiply %150, %152 : tensor<3x2x1x4x17xf32>
    %154 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %155 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %157 = stablehlo.select %154, %153, %156 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %158 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %159 = stablehlo.reduce(%157 init: %158) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %161 = stablehlo.subtract %157, %160 : tensor<3x2x1x4x17xf32>
    %162 = stablehlo.exponential %161 : tensor<3x2x1x4x17xf32>
    %163 = stablehlo.constant dense<0.0> : tensor<f32>
    %164 = stablehlo.reduce(%162 init: %163) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %166 = stablehlo.divide %162, %165 : tensor<3x2x1x4x17xf32>
    %167 = "stablehlo.slice"(%166) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %168 = "stablehlo.slice"(%166) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %169 = stablehlo.dot_general %167, %123, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %170 = stablehlo.dot_general %168, %147, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %171 = stablehlo.add %169, %170 : tensor<3x2x1x4x12xf32>
    %172 = stablehlo.transpose %171, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %173 = stablehlo.reshape %172 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %174 = stablehlo.dot_general %173, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %175 = stablehlo.add %117, %174 : tensor<3x1x40xf32>
    %176 = stablehlo.multiply %175, %175 : tensor<3x1x40xf32>
    %177 = stablehlo.constant dense<0.0> : tensor<f32>
    %178 = stablehlo.reduce(%176 init: %177) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %179 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %181 = stablehlo.multiply %178, %180 : tensor<3x1xf32>
    %182 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %184 = stablehlo.add %181, %183 : tensor<3x1xf32>
    %185 = stablehlo.rsqrt %184 : tensor<3x1xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %187 = stablehlo.multiply %175, %186 : tensor<3x1x40xf32>
    %188 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %189 = stablehlo.multiply %187, %188 : tensor<3x1x40xf32>
    %190 = stablehlo.dot_general %189, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %191 = stablehlo.logistic %190 : tensor<3x1x56xf32>
    %192 = stablehlo.multiply %190, %191 : tensor<3x1x56xf32>
    %193 = stablehlo.dot_general %189, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %194 = stablehlo.multiply %192, %193 : tensor<3x1x56xf32>
    %195 = stablehlo.dot_general %194, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %196 = stablehlo.add %175, %195 : tensor<3x1x40xf32>
    %197 = stablehlo.reshape %146 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %198 = stablehlo.reshape %147 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %199 = stablehlo.multiply %196, %196 : tensor<3x1x40xf32>
    %200 = stablehlo.constant dense<0.0> : tensor<f32>
    %201 = stablehlo.reduce(%199 init: %200) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %202 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %204 = stablehlo.multiply %201, %203 : tensor<3x1xf32>
    %205 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %207 = stablehlo.add %204, %206 : tensor<3x1xf32>
    %208 = stablehlo.rsqrt %207 : tensor<3x1xf32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %210 = stablehlo.multiply %196, %209 : tensor<3x1x40xf32>
    %211 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %212 = stablehlo.multiply %210, %211 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %213 = stablehlo.concatenate %118, %197, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %214 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %215 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %216 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %217 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %218 = stablehlo.concatenate %214, %215, %216, %217, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %219 = stablehlo.reshape %213 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %220 = stablehlo.reshape %218 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %221 = "stablehlo.scatter"(%k_cache, %220, %219) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %222 = stablehlo.concatenate %119, %198, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %223 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %224 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %225 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %226 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %227 = stablehlo.concatenate %223, %224, %225, %226, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %228 = stablehlo.reshape %222 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %229 = stablehlo.reshape %227 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %230 = "stablehlo.scatter"(%v_cache, %229, %228) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %231 = stablehlo.reshape %212 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %232 = stablehlo.dot_general %231, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %233 = stablehlo.constant dense<0> : tensor<i32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %235 = stablehlo.compare NE, %active, %234, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %237 = stablehlo.constant dense<0.0> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %239 = stablehlo.select %236, %232, %238 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %239, %221, %230 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
