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
    %25 = stablehlo.multiply %2, %2 : tensor<3x1x40xf32>
    %26 = stablehlo.constant dense<0.0> : tensor<f32>
    %27 = stablehlo.reduce(%25 init: %26) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %28 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.multiply %27, %29 : tensor<3x1xf32>
    %31 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %33 = stablehlo.add %30, %32 : tensor<3x1xf32>
    %34 = stablehlo.rsqrt %33 : tensor<3x1xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %36 = stablehlo.multiply %2, %35 : tensor<3x1x40xf32>
    %37 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %38 = stablehlo.multiply %36, %37 : tensor<3x1x40xf32>
    %39 = stablehlo.dot_general %38, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %40 = stablehlo.dot_general %38, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %41 = stablehlo.dot_general %38, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %42 = stablehlo.reshape %39 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %43 = stablehlo.reshape %40 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %44 = stablehlo.reshape %41 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %45 = "stablehlo.slice"(%42) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %46 = "stablehlo.slice"(%42) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %47 = stablehlo.negate %46 : tensor<3x1x8x6xf32>
    %48 = stablehlo.concatenate %47, %45, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %49 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %50 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %51 = stablehlo.multiply %42, %49 : tensor<3x1x8x12xf32>
    %52 = stablehlo.multiply %48, %50 : tensor<3x1x8x12xf32>
    %53 = stablehlo.add %51, %52 : tensor<3x1x8x12xf32>
    %54 = "stablehlo.slice"(%43) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %55 = "stablehlo.slice"(%43) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %56 = stablehlo.negate %55 : tensor<3x1x2x6xf32>
    %57 = stablehlo.concatenate %56, %54, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %58 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %59 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %60 = stablehlo.multiply %43, %58 : tensor<3x1x2x12xf32>
    %61 = stablehlo.multiply %57, %59 : tensor<3x1x2x12xf32>
    %62 = stablehlo.add %60, %61 : tensor<3x1x2x12xf32>
    %63 = stablehlo.reshape %53 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %64 = stablehlo.transpose %63, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %65 = stablehlo.transpose %62, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %66 = stablehlo.transpose %44, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %67 = "stablehlo.slice"(%64) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %68 = "stablehlo.slice"(%65) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %69 = "stablehlo.slice"(%66) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %70 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %71 = "stablehlo.slice"(%24) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %72 = "stablehlo.slice"(%20) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %73 = stablehlo.dot_general %67, %68, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %74 = stablehlo.dot_general %67, %70, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %75 = stablehlo.concatenate %74, %73, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %76 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %78 = stablehlo.multiply %75, %77 : tensor<1x2x1x4x17xf32>
    %79 = stablehlo.broadcast_in_dim %72, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %80 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %82 = stablehlo.select %79, %78, %81 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %83 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %84 = stablehlo.reduce(%82 init: %83) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %86 = stablehlo.subtract %82, %85 : tensor<1x2x1x4x17xf32>
    %87 = stablehlo.exponential %86 : tensor<1x2x1x4x17xf32>
    %88 = stablehlo.constant dense<0.0> : tensor<f32>
    %89 = stablehlo.reduce(%87 init: %88) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %91 = stablehlo.divide %87, %90 : tensor<1x2x1x4x17xf32>
    %92 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %93 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %94 = stablehlo.dot_general %92, %71, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %95 = stablehlo.dot_general %93, %69, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %96 = stablehlo.add %94, %95 : tensor<1x2x1x4x12xf32>
    %97 = "stablehlo.slice"(%64) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %98 = "stablehlo.slice"(%65) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %99 = "stablehlo.slice"(%66) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %100 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %101 = "stablehlo.slice"(%24) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %102 = "stablehlo.slice"(%20) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %103 = stablehlo.dot_general %97, %98, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %104 = stablehlo.dot_general %97, %100, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %105 = stablehlo.concatenate %104, %103, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %106 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<1x2x1x4x17xf32>
    %109 = stablehlo.broadcast_in_dim %102, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %110 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %112 = stablehlo.select %109, %108, %111 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %113 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %114 = stablehlo.reduce(%112 init: %113) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %116 = stablehlo.subtract %112, %115 : tensor<1x2x1x4x17xf32>
    %117 = stablehlo.exponential %116 : tensor<1x2x1x4x17xf32>
    %118 = stablehlo.constant dense<0.0> : tensor<f32>
    %119 = stablehlo.reduce(%117 init: %118) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %121 = stablehlo.divide %117, %120 : tensor<1x2x1x4x17xf32>
    %122 = "stablehlo.slice"(%121) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %123 = "stablehlo.slice"(%121) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %124 = stablehlo.dot_general %122, %101, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %125 = stablehlo.dot_general %123, %99, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %126 = stablehlo.add %124, %125 : tensor<1x2x1x4x12xf32>
    %127 = "stablehlo.slice"(%64) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %128 = "stablehlo.slice"(%65) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %129 = "stablehlo.slice"(%66) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %130 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %131 = "stablehlo.slice"(%24) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %132 = "stablehlo.slice"(%20) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %133 = stablehlo.dot_general %127, %128, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %134 = stablehlo.dot_general %127, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %135 = stablehlo.concatenate %134, %133, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %136 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<1x2x1x4x17xf32>
    %139 = stablehlo.broadcast_in_dim %132, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %140 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %142 = stablehlo.select %139, %138, %141 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %143 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %144 = stablehlo.reduce(%142 init: %143) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %146 = stablehlo.subtract %142, %145 : tensor<1x2x1x4x17xf32>
    %147 = stablehlo.exponential %146 : tensor<1x2x1x4x17xf32>
    %148 = stablehlo.constant dense<0.0> : tensor<f32>
    %149 = stablehlo.reduce(%147 init: %148) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %151 = stablehlo.divide %147, %150 : tensor<1x2x1x4x17xf32>
    %152 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %153 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %154 = stablehlo.dot_general %152, %131, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %155 = stablehlo.dot_general %153, %129, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %156 = stablehlo.add %154, %155 : tensor<1x2x1x4x12xf32>
    %157 = stablehlo.concatenate %96, %126, %156, dim = 0 : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %158 = stablehlo.transpose %157, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %159 = stablehlo.reshape %158 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %160 = stablehlo.dot_general %159, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %161 = stablehlo.add %2, %160 : tensor<3x1x40xf32>
    %162 = stablehlo.multiply %161, %161 : tensor<3x1x40xf32>
    %163 = stablehlo.constant dense<0.0> : tensor<f32>
    %164 = stablehlo.reduce(%162 init: %163) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %165 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %167 = stablehlo.multiply %164, %166 : tensor<3x1xf32>
    %168 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %170 = stablehlo.add %167, %169 : tensor<3x1xf32>
    %171 = stablehlo.rsqrt %170 : tensor<3x1xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %173 = stablehlo.multiply %161, %172 : tensor<3x1x40xf32>
    %174 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %175 = stablehlo.multiply %173, %174 : tensor<3x1x40xf32>
    %176 = stablehlo.dot_general %175, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %177 = stablehlo.logistic %176 : tensor<3x1x56xf32>
    %178 = stablehlo.multiply %176, %177 : tensor<3x1x56xf32>
    %179 = stablehlo.dot_general %175, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<3x1x56xf32>
    %181 = stablehlo.dot_general %180, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %182 = stablehlo.add %161, %181 : tensor<3x1x40xf32>
    %183 = stablehlo.reshape %65 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %184 = stablehlo.reshape %66 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention, no RoPE
    %185 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %186 = stablehlo.reshape %185 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %187 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %188 = stablehlo.reshape %187 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %189 = stablehlo.multiply %182, %182 : tensor<3x1x40xf32>
    %190 = stablehlo.constant dense<0.0> : tensor<f32>
    %191 = stablehlo.reduce(%189 init: %190) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %192 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %194 = stablehlo.multiply %191, %193 : tensor<3x1xf32>
    %195 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %197 = stablehlo.add %194, %196 : tensor<3x1xf32>
    %198 = stablehlo.rsqrt %197 : tensor<3x1xf32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %200 = stablehlo.multiply %182, %199 : tensor<3x1x40xf32>
    %201 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %202 = stablehlo.multiply %200, %201 : tensor<3x1x40xf32>
    %203 = stablehlo.dot_general %202, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %204 = stablehlo.dot_general %202, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %205 = stablehlo.dot_general %202, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %206 = stablehlo.reshape %203 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %207 = stablehlo.reshape %204 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %208 = stablehlo.reshape %205 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %209 = stablehlo.reshape %206 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %210 = stablehlo.transpose %209, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %211 = stablehlo.transpose %207, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %212 = stablehlo.transpose %208, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %213 = "stablehlo.slice"(%210) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %214 = "stablehlo.slice"(%211) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %215 = "stablehlo.slice"(%212) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %216 = "stablehlo.slice"(%186) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %217 = "stablehlo.slice"(%188) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %218 = "stablehlo.slice"(%20) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %219 = stablehlo.dot_general %213, %214, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %220 = stablehlo.dot_general %213, %216, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %221 = stablehlo.concatenate %220, %219, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %222 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %224 = stablehlo.multiply %221, %223 : tensor<1x2x1x4x17xf32>
    %225 = stablehlo.broadcast_in_dim %218, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %226 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %228 = stablehlo.select %225, %224, %227 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %229 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %230 = stablehlo.reduce(%228 init: %229) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %232 = stablehlo.subtract %228, %231 : tensor<1x2x1x4x17xf32>
    %233 = stablehlo.exponential %232 : tensor<1x2x1x4x17xf32>
    %234 = stablehlo.constant dense<0.0> : tensor<f32>
    %235 = stablehlo.reduce(%233 init: %234) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %237 = stablehlo.divide %233, %236 : tensor<1x2x1x4x17xf32>
    %238 = "stablehlo.slice"(%237) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %239 = "stablehlo.slice"(%237) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %240 = stablehlo.dot_general %238, %217, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %241 = stablehlo.dot_general %239, %215, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %242 = stablehlo.add %240, %241 : tensor<1x2x1x4x12xf32>
    %243 = "stablehlo.slice"(%210) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %244 = "stablehlo.slice"(%211) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %245 = "stablehlo.slice"(%212) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %246 = "stablehlo.slice"(%186) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %247 = "stablehlo.slice"(%188) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %248 = "stablehlo.slice"(%20) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %249 = stablehlo.dot_general %243, %244, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %250 = stablehlo.dot_general %243, %246, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %251 = stablehlo.concatenate %250, %249, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %252 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %254 = stablehlo.multiply %251, %253 : tensor<1x2x1x4x17xf32>
    %255 = stablehlo.broadcast_in_dim %248, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %256 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %258 = stablehlo.select %255, %254, %257 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %259 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %260 = stablehlo.reduce(%258 init: %259) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %262 = stablehlo.subtract %258, %261 : tensor<1x2x1x4x17xf32>
    %263 = stablehlo.exponential %262 : tensor<1x2x1x4x17xf32>
    %264 = stablehlo.constant dense<0.0> : tensor<f32>
    %265 = stablehlo.reduce(%263 init: %264) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %267 = stablehlo.divide %263, %266 : tensor<1x2x1x4x17xf32>
    %268 = "stablehlo.slice"(%267) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %269 = "stablehlo.slice"(%267) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %270 = stablehlo.dot_general %268, %247, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %271 = stablehlo.dot_general %269, %245, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %272 = stablehlo.add %270, %271 : tensor<1x2x1x4x12xf32>
    %273 = "stablehlo.slice"(%210) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %274 = "stablehlo.slice"(%211) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %275 = "stablehlo.slice"(%212) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %276 = "stablehlo.slice"(%186) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %277 = "stablehlo.slice"(%188) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %278 = "stablehlo.slice"(%20) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %279 = stablehlo.dot_general %273, %274, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %280 = stablehlo.dot_general %273, %276, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %281 = stablehlo.concatenate %280, %279, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %282 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %284 = stablehlo.multiply %281, %283 : tensor<1x2x1x4x17xf32>
    %285 = stablehlo.broadcast_in_dim %278, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %286 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %288 = stablehlo.select %285, %284, %287 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %289 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %290 = stablehlo.reduce(%288 init: %289) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %292 = stablehlo.subtract %288, %291 : tensor<1x2x1x4x17xf32>
    %293 = stablehlo.exponential %292 : tensor<1x2x1x4x17xf32>
    %294 = stablehlo.constant dense<0.0> : tensor<f32>
    %295 = stablehlo.reduce(%293 init: %294) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %297 = stablehlo.divide %293, %296 : tensor<1x2x1x4x17xf32>
    %298 = "stablehlo.slice"(%297) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %299 = "stablehlo.slice"(%297) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %300 = stablehlo.dot_general %298, %277, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %301 = stablehlo.dot_general %299, %275, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %302 = stablehlo.add %300, %301 : tensor<1x2x1x4x12xf32>
    %303 = stablehlo.concatenate %242, %272, %302, dim = 0 : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %304 = stablehlo.transpose %303, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %305 = stablehlo.reshape %304 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %306 = stablehlo.dot_general %305, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %307 = stablehlo.add %182, %306 : tensor<3x1x40xf32>
    %308 = stablehlo.multiply %307, %307 : tensor<3x1x40xf32>
    %309 = stablehlo.constant dense<0.0> : tensor<f32>
    %310 = stablehlo.reduce(%308 init: %309) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %311 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %313 = stablehlo.multiply %310, %312 : tensor<3x1xf32>
    %314 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %316 = stablehlo.add %313, %315 : tensor<3x1xf32>
    %317 = stablehlo.rsqrt %316 : tensor<3x1xf32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %319 = stablehlo.multiply %307, %318 : tensor<3x1x40xf32>
    %320 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %321 = stablehlo.multiply %319, %320 : tensor<3x1x40xf32>
    %322 = stablehlo.dot_general %321, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %323 = stablehlo.logistic %322 : tensor<3x1x56xf32>
    %324 = stablehlo.multiply %322, %323 : tensor<3x1x56xf32>
    %325 = stablehlo.dot_general %321, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %326 = stablehlo.multiply %324, %325 : tensor<3x1x56xf32>
    %327 = stablehlo.dot_general %326, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %328 = stablehlo.add %307, %327 : tensor<3x1x40xf32>
    %329 = stablehlo.reshape %211 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %330 = stablehlo.reshape %212 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %331 = stablehlo.multiply %328, %328 : tensor<3x1x40xf32>
    %332 = stablehlo.constant dense<0.0> : tensor<f32>
    %333 = stablehlo.reduce(%331 init: %332) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %334 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %336 = stablehlo.multiply %333, %335 : tensor<3x1xf32>
    %337 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %338 = stablehlo.broadcast_in_dim %337, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %339 = stablehlo.add %336, %338 : tensor<3x1xf32>
    %340 = stablehlo.rsqrt %339 : tensor<3x1xf32>
    %341 = stablehlo.broadcast_in_dim %340, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %342 = stablehlo.multiply %328, %341 : tensor<3x1x40xf32>
    %343 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %344 = stablehlo.multiply %342, %343 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %345 = stablehlo.concatenate %183, %329, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %346 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %347 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %348 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %349 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %350 = stablehlo.concatenate %346, %347, %348, %349, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %351 = stablehlo.reshape %345 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %352 = stablehlo.reshape %350 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %353 = "stablehlo.scatter"(%k_cache, %352, %351) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %354 = stablehlo.concatenate %184, %330, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %355 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %356 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %357 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %358 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %359 = stablehlo.concatenate %355, %356, %357, %358, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %360 = stablehlo.reshape %354 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %361 = stablehlo.reshape %359 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %362 = "stablehlo.scatter"(%v_cache, %361, %360) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %363 = stablehlo.reshape %344 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %364 = stablehlo.dot_general %363, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %365 = stablehlo.constant dense<0> : tensor<i32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %367 = stablehlo.compare NE, %active, %366, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %368 = stablehlo.broadcast_in_dim %367, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %369 = stablehlo.constant dense<0.0> : tensor<f32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %371 = stablehlo.select %368, %364, %370 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %371, %353, %362 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
