// llama ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @llama_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<3x1x1xi32>) -> tensor<3x1x40xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.11224620789289474, 0.012599210254848003, 0.00042955679236911237, 4.960628302796977e-06, 5.56811698970705e-07]> : tensor<6xf32>
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
    %31 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
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
    %168 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
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
    // layer 1: full_attention
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
    %195 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
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
    %209 = "stablehlo.slice"(%206) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %210 = "stablehlo.slice"(%206) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %211 = stablehlo.negate %210 : tensor<3x1x8x6xf32>
    %212 = stablehlo.concatenate %211, %209, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %213 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %214 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %215 = stablehlo.multiply %206, %213 : tensor<3x1x8x12xf32>
    %216 = stablehlo.multiply %212, %214 : tensor<3x1x8x12xf32>
    %217 = stablehlo.add %215, %216 : tensor<3x1x8x12xf32>
    %218 = "stablehlo.slice"(%207) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %219 = "stablehlo.slice"(%207) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %220 = stablehlo.negate %219 : tensor<3x1x2x6xf32>
    %221 = stablehlo.concatenate %220, %218, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %222 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %223 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %224 = stablehlo.multiply %207, %222 : tensor<3x1x2x12xf32>
    %225 = stablehlo.multiply %221, %223 : tensor<3x1x2x12xf32>
    %226 = stablehlo.add %224, %225 : tensor<3x1x2x12xf32>
    %227 = stablehlo.reshape %217 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %228 = stablehlo.transpose %227, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %229 = stablehlo.transpose %226, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %230 = stablehlo.transpose %208, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %231 = "stablehlo.slice"(%228) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %232 = "stablehlo.slice"(%229) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %233 = "stablehlo.slice"(%230) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %234 = "stablehlo.slice"(%186) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %235 = "stablehlo.slice"(%188) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %236 = "stablehlo.slice"(%20) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %237 = stablehlo.dot_general %231, %232, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %238 = stablehlo.dot_general %231, %234, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %239 = stablehlo.concatenate %238, %237, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %240 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %242 = stablehlo.multiply %239, %241 : tensor<1x2x1x4x17xf32>
    %243 = stablehlo.broadcast_in_dim %236, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %244 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %246 = stablehlo.select %243, %242, %245 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %247 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %248 = stablehlo.reduce(%246 init: %247) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %250 = stablehlo.subtract %246, %249 : tensor<1x2x1x4x17xf32>
    %251 = stablehlo.exponential %250 : tensor<1x2x1x4x17xf32>
    %252 = stablehlo.constant dense<0.0> : tensor<f32>
    %253 = stablehlo.reduce(%251 init: %252) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %255 = stablehlo.divide %251, %254 : tensor<1x2x1x4x17xf32>
    %256 = "stablehlo.slice"(%255) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %257 = "stablehlo.slice"(%255) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %258 = stablehlo.dot_general %256, %235, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %259 = stablehlo.dot_general %257, %233, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %260 = stablehlo.add %258, %259 : tensor<1x2x1x4x12xf32>
    %261 = "stablehlo.slice"(%228) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %262 = "stablehlo.slice"(%229) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %263 = "stablehlo.slice"(%230) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %264 = "stablehlo.slice"(%186) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %265 = "stablehlo.slice"(%188) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %266 = "stablehlo.slice"(%20) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %267 = stablehlo.dot_general %261, %262, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %268 = stablehlo.dot_general %261, %264, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %269 = stablehlo.concatenate %268, %267, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %270 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %272 = stablehlo.multiply %269, %271 : tensor<1x2x1x4x17xf32>
    %273 = stablehlo.broadcast_in_dim %266, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %274 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %276 = stablehlo.select %273, %272, %275 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %277 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %278 = stablehlo.reduce(%276 init: %277) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %280 = stablehlo.subtract %276, %279 : tensor<1x2x1x4x17xf32>
    %281 = stablehlo.exponential %280 : tensor<1x2x1x4x17xf32>
    %282 = stablehlo.constant dense<0.0> : tensor<f32>
    %283 = stablehlo.reduce(%281 init: %282) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %285 = stablehlo.divide %281, %284 : tensor<1x2x1x4x17xf32>
    %286 = "stablehlo.slice"(%285) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %287 = "stablehlo.slice"(%285) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %288 = stablehlo.dot_general %286, %265, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %289 = stablehlo.dot_general %287, %263, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %290 = stablehlo.add %288, %289 : tensor<1x2x1x4x12xf32>
    %291 = "stablehlo.slice"(%228) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %292 = "stablehlo.slice"(%229) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %293 = "stablehlo.slice"(%230) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %294 = "stablehlo.slice"(%186) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %295 = "stablehlo.slice"(%188) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %296 = "stablehlo.slice"(%20) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %297 = stablehlo.dot_general %291, %292, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %298 = stablehlo.dot_general %291, %294, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %299 = stablehlo.concatenate %298, %297, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %300 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %302 = stablehlo.multiply %299, %301 : tensor<1x2x1x4x17xf32>
    %303 = stablehlo.broadcast_in_dim %296, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %304 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %305 = stablehlo.broadcast_in_dim %304, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %306 = stablehlo.select %303, %302, %305 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %307 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %308 = stablehlo.reduce(%306 init: %307) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %310 = stablehlo.subtract %306, %309 : tensor<1x2x1x4x17xf32>
    %311 = stablehlo.exponential %310 : tensor<1x2x1x4x17xf32>
    %312 = stablehlo.constant dense<0.0> : tensor<f32>
    %313 = stablehlo.reduce(%311 init: %312) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %314 = stablehlo.broadcast_in_dim %313, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %315 = stablehlo.divide %311, %314 : tensor<1x2x1x4x17xf32>
    %316 = "stablehlo.slice"(%315) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %317 = "stablehlo.slice"(%315) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %318 = stablehlo.dot_general %316, %295, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %319 = stablehlo.dot_general %317, %293, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %320 = stablehlo.add %318, %319 : tensor<1x2x1x4x12xf32>
    %321 = stablehlo.concatenate %260, %290, %320, dim = 0 : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %322 = stablehlo.transpose %321, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %323 = stablehlo.reshape %322 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %324 = stablehlo.dot_general %323, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %325 = stablehlo.add %182, %324 : tensor<3x1x40xf32>
    %326 = stablehlo.multiply %325, %325 : tensor<3x1x40xf32>
    %327 = stablehlo.constant dense<0.0> : tensor<f32>
    %328 = stablehlo.reduce(%326 init: %327) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %329 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %331 = stablehlo.multiply %328, %330 : tensor<3x1xf32>
    %332 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %334 = stablehlo.add %331, %333 : tensor<3x1xf32>
    %335 = stablehlo.rsqrt %334 : tensor<3x1xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %337 = stablehlo.multiply %325, %336 : tensor<3x1x40xf32>
    %338 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %339 = stablehlo.multiply %337, %338 : tensor<3x1x40xf32>
    %340 = stablehlo.dot_general %339, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %341 = stablehlo.logistic %340 : tensor<3x1x56xf32>
    %342 = stablehlo.multiply %340, %341 : tensor<3x1x56xf32>
    %343 = stablehlo.dot_general %339, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %344 = stablehlo.multiply %342, %343 : tensor<3x1x56xf32>
    %345 = stablehlo.dot_general %344, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %346 = stablehlo.add %325, %345 : tensor<3x1x40xf32>
    %347 = stablehlo.reshape %229 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %348 = stablehlo.reshape %230 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %349 = stablehlo.multiply %346, %346 : tensor<3x1x40xf32>
    %350 = stablehlo.constant dense<0.0> : tensor<f32>
    %351 = stablehlo.reduce(%349 init: %350) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %352 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %354 = stablehlo.multiply %351, %353 : tensor<3x1xf32>
    %355 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %357 = stablehlo.add %354, %356 : tensor<3x1xf32>
    %358 = stablehlo.rsqrt %357 : tensor<3x1xf32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %360 = stablehlo.multiply %346, %359 : tensor<3x1x40xf32>
    %361 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %362 = stablehlo.multiply %360, %361 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %363 = stablehlo.concatenate %183, %347, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %364 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %365 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %366 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %367 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %368 = stablehlo.concatenate %364, %365, %366, %367, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %369 = stablehlo.reshape %363 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %370 = stablehlo.reshape %368 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %371 = "stablehlo.scatter"(%k_cache, %370, %369) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %372 = stablehlo.concatenate %184, %348, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %373 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %374 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %375 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %376 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %377 = stablehlo.concatenate %373, %374, %375, %376, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %378 = stablehlo.reshape %372 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %379 = stablehlo.reshape %377 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %380 = "stablehlo.scatter"(%v_cache, %379, %378) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %381 = stablehlo.reshape %362 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %382 = stablehlo.dot_general %381, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %383 = stablehlo.constant dense<0> : tensor<i32>
    %384 = stablehlo.broadcast_in_dim %383, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %385 = stablehlo.compare NE, %active, %384, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %386 = stablehlo.broadcast_in_dim %385, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %387 = stablehlo.constant dense<0.0> : tensor<f32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %389 = stablehlo.select %386, %382, %388 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %389, %371, %380 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
