// smollm3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @smollm3_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x16x2x2x12xf32>, %v_cache: tensor<3x16x2x2x12xf32>) -> (tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>) {
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
    %66 = stablehlo.dot_general %65, %24, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x16xf32>
    %67 = stablehlo.dot_general %65, %64, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x1xf32>
    %68 = stablehlo.concatenate %66, %67, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %69 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<3x2x1x4x17xf32>
    %72 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %73 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %75 = stablehlo.select %72, %71, %74 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %76 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %77 = stablehlo.reduce(%75 init: %76) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %78 = stablehlo.broadcast_in_dim %77, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %79 = stablehlo.subtract %75, %78 : tensor<3x2x1x4x17xf32>
    %80 = stablehlo.exponential %79 : tensor<3x2x1x4x17xf32>
    %81 = stablehlo.constant dense<0.0> : tensor<f32>
    %82 = stablehlo.reduce(%80 init: %81) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %84 = stablehlo.divide %80, %83 : tensor<3x2x1x4x17xf32>
    %85 = "stablehlo.slice"(%84) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %86 = "stablehlo.slice"(%84) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %87 = stablehlo.dot_general %85, %26, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %88 = stablehlo.dot_general %86, %46, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %89 = stablehlo.add %87, %88 : tensor<3x2x1x4x12xf32>
    %90 = stablehlo.transpose %89, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %91 = stablehlo.reshape %90 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %92 = stablehlo.dot_general %91, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %93 = stablehlo.add %2, %92 : tensor<3x1x40xf32>
    %94 = stablehlo.multiply %93, %93 : tensor<3x1x40xf32>
    %95 = stablehlo.constant dense<0.0> : tensor<f32>
    %96 = stablehlo.reduce(%94 init: %95) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %97 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %99 = stablehlo.multiply %96, %98 : tensor<3x1xf32>
    %100 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %102 = stablehlo.add %99, %101 : tensor<3x1xf32>
    %103 = stablehlo.rsqrt %102 : tensor<3x1xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %105 = stablehlo.multiply %93, %104 : tensor<3x1x40xf32>
    %106 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %107 = stablehlo.multiply %105, %106 : tensor<3x1x40xf32>
    %108 = stablehlo.dot_general %107, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %109 = stablehlo.logistic %108 : tensor<3x1x56xf32>
    %110 = stablehlo.multiply %108, %109 : tensor<3x1x56xf32>
    %111 = stablehlo.dot_general %107, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %112 = stablehlo.multiply %110, %111 : tensor<3x1x56xf32>
    %113 = stablehlo.dot_general %112, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %114 = stablehlo.add %93, %113 : tensor<3x1x40xf32>
    %115 = stablehlo.reshape %64 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %116 = stablehlo.reshape %46 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    // layer 1: full_attention, no RoPE
    %117 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %118 = stablehlo.reshape %117 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %119 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %120 = stablehlo.reshape %119 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %121 = stablehlo.multiply %114, %114 : tensor<3x1x40xf32>
    %122 = stablehlo.constant dense<0.0> : tensor<f32>
    %123 = stablehlo.reduce(%121 init: %122) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %124 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %126 = stablehlo.multiply %123, %125 : tensor<3x1xf32>
    %127 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %129 = stablehlo.add %126, %128 : tensor<3x1xf32>
    %130 = stablehlo.rsqrt %129 : tensor<3x1xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %132 = stablehlo.multiply %114, %131 : tensor<3x1x40xf32>
    %133 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<3x1x40xf32>
    %135 = stablehlo.dot_general %134, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %136 = stablehlo.dot_general %134, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %137 = stablehlo.dot_general %134, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %138 = stablehlo.reshape %135 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %139 = stablehlo.reshape %136 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %140 = stablehlo.reshape %137 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %141 = stablehlo.reshape %138 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %142 = stablehlo.dot_general %141, %118, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x16xf32>
    %143 = stablehlo.dot_general %141, %139, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x1xf32>
    %144 = stablehlo.concatenate %142, %143, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %145 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %147 = stablehlo.multiply %144, %146 : tensor<3x2x1x4x17xf32>
    %148 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %149 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %151 = stablehlo.select %148, %147, %150 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %152 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %153 = stablehlo.reduce(%151 init: %152) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %155 = stablehlo.subtract %151, %154 : tensor<3x2x1x4x17xf32>
    %156 = stablehlo.exponential %155 : tensor<3x2x1x4x17xf32>
    %157 = stablehlo.constant dense<0.0> : tensor<f32>
    %158 = stablehlo.reduce(%156 init: %157) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %160 = stablehlo.divide %156, %159 : tensor<3x2x1x4x17xf32>
    %161 = "stablehlo.slice"(%160) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %162 = "stablehlo.slice"(%160) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %163 = stablehlo.dot_general %161, %120, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %164 = stablehlo.dot_general %162, %140, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %165 = stablehlo.add %163, %164 : tensor<3x2x1x4x12xf32>
    %166 = stablehlo.transpose %165, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %167 = stablehlo.reshape %166 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %168 = stablehlo.dot_general %167, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %169 = stablehlo.add %114, %168 : tensor<3x1x40xf32>
    %170 = stablehlo.multiply %169, %169 : tensor<3x1x40xf32>
    %171 = stablehlo.constant dense<0.0> : tensor<f32>
    %172 = stablehlo.reduce(%170 init: %171) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %173 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %175 = stablehlo.multiply %172, %174 : tensor<3x1xf32>
    %176 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %178 = stablehlo.add %175, %177 : tensor<3x1xf32>
    %179 = stablehlo.rsqrt %178 : tensor<3x1xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %181 = stablehlo.multiply %169, %180 : tensor<3x1x40xf32>
    %182 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %183 = stablehlo.multiply %181, %182 : tensor<3x1x40xf32>
    %184 = stablehlo.dot_general %183, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %185 = stablehlo.logistic %184 : tensor<3x1x56xf32>
    %186 = stablehlo.multiply %184, %185 : tensor<3x1x56xf32>
    %187 = stablehlo.dot_general %183, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %188 = stablehlo.multiply %186, %187 : tensor<3x1x56xf32>
    %189 = stablehlo.dot_general %188, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %190 = stablehlo.add %169, %189 : tensor<3x1x40xf32>
    %191 = stablehlo.reshape %139 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %192 = stablehlo.reshape %140 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %193 = stablehlo.multiply %190, %190 : tensor<3x1x40xf32>
    %194 = stablehlo.constant dense<0.0> : tensor<f32>
    %195 = stablehlo.reduce(%193 init: %194) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %196 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %198 = stablehlo.multiply %195, %197 : tensor<3x1xf32>
    %199 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %201 = stablehlo.add %198, %200 : tensor<3x1xf32>
    %202 = stablehlo.rsqrt %201 : tensor<3x1xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %204 = stablehlo.multiply %190, %203 : tensor<3x1x40xf32>
    %205 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %207 = stablehlo.concatenate %115, %191, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %208 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %209 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %210 = stablehlo.concatenate %208, %209, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %211 = stablehlo.reshape %207 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %212 = "stablehlo.scatter"(%k_cache, %210, %211) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %213 = stablehlo.concatenate %116, %192, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %214 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %215 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %216 = stablehlo.concatenate %214, %215, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %217 = stablehlo.reshape %213 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %218 = "stablehlo.scatter"(%v_cache, %216, %217) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %219 = stablehlo.reshape %206 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %220 = stablehlo.dot_general %219, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %221 = stablehlo.constant dense<0> : tensor<i32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %223 = stablehlo.compare NE, %active, %222, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %225 = stablehlo.constant dense<0.0> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %227 = stablehlo.select %224, %220, %226 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %227, %212, %218 : tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>
  }
}
