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
    %69 = "stablehlo.slice"(%66) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %70 = "stablehlo.slice"(%67) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %71 = "stablehlo.slice"(%68) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %72 = "stablehlo.slice"(%24) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %73 = "stablehlo.slice"(%26) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %74 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %75 = stablehlo.dot_general %69, %72, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %76 = stablehlo.dot_general %69, %70, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %77 = stablehlo.concatenate %75, %76, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %78 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<1x2x1x4x17xf32>
    %81 = stablehlo.broadcast_in_dim %74, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %82 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %84 = stablehlo.select %81, %80, %83 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %88 = stablehlo.subtract %84, %87 : tensor<1x2x1x4x17xf32>
    %89 = stablehlo.exponential %88 : tensor<1x2x1x4x17xf32>
    %90 = stablehlo.constant dense<0.0> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %93 = stablehlo.divide %89, %92 : tensor<1x2x1x4x17xf32>
    %94 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %95 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %96 = stablehlo.dot_general %94, %73, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %97 = stablehlo.dot_general %95, %71, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %98 = stablehlo.add %96, %97 : tensor<1x2x1x4x12xf32>
    %99 = "stablehlo.slice"(%66) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %100 = "stablehlo.slice"(%67) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %101 = "stablehlo.slice"(%68) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %102 = "stablehlo.slice"(%24) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %103 = "stablehlo.slice"(%26) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %104 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %105 = stablehlo.dot_general %99, %102, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %106 = stablehlo.dot_general %99, %100, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %107 = stablehlo.concatenate %105, %106, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %108 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %110 = stablehlo.multiply %107, %109 : tensor<1x2x1x4x17xf32>
    %111 = stablehlo.broadcast_in_dim %104, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %112 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %114 = stablehlo.select %111, %110, %113 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %115 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %116 = stablehlo.reduce(%114 init: %115) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %118 = stablehlo.subtract %114, %117 : tensor<1x2x1x4x17xf32>
    %119 = stablehlo.exponential %118 : tensor<1x2x1x4x17xf32>
    %120 = stablehlo.constant dense<0.0> : tensor<f32>
    %121 = stablehlo.reduce(%119 init: %120) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %123 = stablehlo.divide %119, %122 : tensor<1x2x1x4x17xf32>
    %124 = "stablehlo.slice"(%123) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %125 = "stablehlo.slice"(%123) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %126 = stablehlo.dot_general %124, %103, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %127 = stablehlo.dot_general %125, %101, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %128 = stablehlo.add %126, %127 : tensor<1x2x1x4x12xf32>
    %129 = "stablehlo.slice"(%66) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %130 = "stablehlo.slice"(%67) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %131 = "stablehlo.slice"(%68) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %132 = "stablehlo.slice"(%24) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %133 = "stablehlo.slice"(%26) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %134 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %135 = stablehlo.dot_general %129, %132, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %136 = stablehlo.dot_general %129, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %137 = stablehlo.concatenate %135, %136, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %138 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<1x2x1x4x17xf32>
    %141 = stablehlo.broadcast_in_dim %134, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %142 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %144 = stablehlo.select %141, %140, %143 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %145 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %146 = stablehlo.reduce(%144 init: %145) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %148 = stablehlo.subtract %144, %147 : tensor<1x2x1x4x17xf32>
    %149 = stablehlo.exponential %148 : tensor<1x2x1x4x17xf32>
    %150 = stablehlo.constant dense<0.0> : tensor<f32>
    %151 = stablehlo.reduce(%149 init: %150) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %153 = stablehlo.divide %149, %152 : tensor<1x2x1x4x17xf32>
    %154 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %155 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %156 = stablehlo.dot_general %154, %133, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %157 = stablehlo.dot_general %155, %131, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %158 = stablehlo.add %156, %157 : tensor<1x2x1x4x12xf32>
    %159 = stablehlo.concatenate %98, %128, %158, dim = 0 : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %160 = stablehlo.transpose %159, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %161 = stablehlo.reshape %160 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %162 = stablehlo.dot_general %161, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %163 = stablehlo.add %2, %162 : tensor<3x1x40xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<3x1x40xf32>
    %165 = stablehlo.constant dense<0.0> : tensor<f32>
    %166 = stablehlo.reduce(%164 init: %165) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %167 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<3x1xf32>
    %170 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %172 = stablehlo.add %169, %171 : tensor<3x1xf32>
    %173 = stablehlo.rsqrt %172 : tensor<3x1xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %175 = stablehlo.multiply %163, %174 : tensor<3x1x40xf32>
    %176 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %177 = stablehlo.multiply %175, %176 : tensor<3x1x40xf32>
    %178 = stablehlo.dot_general %177, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %179 = stablehlo.logistic %178 : tensor<3x1x56xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<3x1x56xf32>
    %181 = stablehlo.dot_general %177, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<3x1x56xf32>
    %183 = stablehlo.dot_general %182, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %184 = stablehlo.add %163, %183 : tensor<3x1x40xf32>
    %185 = stablehlo.reshape %67 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %186 = stablehlo.reshape %68 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention, no RoPE
    %187 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %188 = stablehlo.reshape %187 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %189 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %190 = stablehlo.reshape %189 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %191 = stablehlo.multiply %184, %184 : tensor<3x1x40xf32>
    %192 = stablehlo.constant dense<0.0> : tensor<f32>
    %193 = stablehlo.reduce(%191 init: %192) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %194 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %196 = stablehlo.multiply %193, %195 : tensor<3x1xf32>
    %197 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %199 = stablehlo.add %196, %198 : tensor<3x1xf32>
    %200 = stablehlo.rsqrt %199 : tensor<3x1xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %202 = stablehlo.multiply %184, %201 : tensor<3x1x40xf32>
    %203 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<3x1x40xf32>
    %205 = stablehlo.dot_general %204, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %206 = stablehlo.dot_general %204, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %207 = stablehlo.dot_general %204, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %208 = stablehlo.reshape %205 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %209 = stablehlo.reshape %206 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %210 = stablehlo.reshape %207 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %211 = stablehlo.reshape %208 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %212 = stablehlo.transpose %211, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %213 = stablehlo.transpose %209, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %214 = stablehlo.transpose %210, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %215 = "stablehlo.slice"(%212) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %216 = "stablehlo.slice"(%213) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %217 = "stablehlo.slice"(%214) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %218 = "stablehlo.slice"(%188) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %219 = "stablehlo.slice"(%190) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %220 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %221 = stablehlo.dot_general %215, %218, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %222 = stablehlo.dot_general %215, %216, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %223 = stablehlo.concatenate %221, %222, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %224 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %226 = stablehlo.multiply %223, %225 : tensor<1x2x1x4x17xf32>
    %227 = stablehlo.broadcast_in_dim %220, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %228 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %230 = stablehlo.select %227, %226, %229 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %231 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %232 = stablehlo.reduce(%230 init: %231) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %234 = stablehlo.subtract %230, %233 : tensor<1x2x1x4x17xf32>
    %235 = stablehlo.exponential %234 : tensor<1x2x1x4x17xf32>
    %236 = stablehlo.constant dense<0.0> : tensor<f32>
    %237 = stablehlo.reduce(%235 init: %236) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %239 = stablehlo.divide %235, %238 : tensor<1x2x1x4x17xf32>
    %240 = "stablehlo.slice"(%239) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %241 = "stablehlo.slice"(%239) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %242 = stablehlo.dot_general %240, %219, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %243 = stablehlo.dot_general %241, %217, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %244 = stablehlo.add %242, %243 : tensor<1x2x1x4x12xf32>
    %245 = "stablehlo.slice"(%212) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %246 = "stablehlo.slice"(%213) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %247 = "stablehlo.slice"(%214) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %248 = "stablehlo.slice"(%188) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %249 = "stablehlo.slice"(%190) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %250 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %251 = stablehlo.dot_general %245, %248, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %252 = stablehlo.dot_general %245, %246, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %253 = stablehlo.concatenate %251, %252, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %254 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %256 = stablehlo.multiply %253, %255 : tensor<1x2x1x4x17xf32>
    %257 = stablehlo.broadcast_in_dim %250, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %258 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %260 = stablehlo.select %257, %256, %259 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %261 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %262 = stablehlo.reduce(%260 init: %261) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %264 = stablehlo.subtract %260, %263 : tensor<1x2x1x4x17xf32>
    %265 = stablehlo.exponential %264 : tensor<1x2x1x4x17xf32>
    %266 = stablehlo.constant dense<0.0> : tensor<f32>
    %267 = stablehlo.reduce(%265 init: %266) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %269 = stablehlo.divide %265, %268 : tensor<1x2x1x4x17xf32>
    %270 = "stablehlo.slice"(%269) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %271 = "stablehlo.slice"(%269) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %272 = stablehlo.dot_general %270, %249, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %273 = stablehlo.dot_general %271, %247, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %274 = stablehlo.add %272, %273 : tensor<1x2x1x4x12xf32>
    %275 = "stablehlo.slice"(%212) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %276 = "stablehlo.slice"(%213) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %277 = "stablehlo.slice"(%214) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %278 = "stablehlo.slice"(%188) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %279 = "stablehlo.slice"(%190) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %280 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %281 = stablehlo.dot_general %275, %278, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %282 = stablehlo.dot_general %275, %276, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %283 = stablehlo.concatenate %281, %282, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %284 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %286 = stablehlo.multiply %283, %285 : tensor<1x2x1x4x17xf32>
    %287 = stablehlo.broadcast_in_dim %280, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %288 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %290 = stablehlo.select %287, %286, %289 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %291 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %292 = stablehlo.reduce(%290 init: %291) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %294 = stablehlo.subtract %290, %293 : tensor<1x2x1x4x17xf32>
    %295 = stablehlo.exponential %294 : tensor<1x2x1x4x17xf32>
    %296 = stablehlo.constant dense<0.0> : tensor<f32>
    %297 = stablehlo.reduce(%295 init: %296) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %299 = stablehlo.divide %295, %298 : tensor<1x2x1x4x17xf32>
    %300 = "stablehlo.slice"(%299) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %301 = "stablehlo.slice"(%299) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %302 = stablehlo.dot_general %300, %279, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %303 = stablehlo.dot_general %301, %277, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %304 = stablehlo.add %302, %303 : tensor<1x2x1x4x12xf32>
    %305 = stablehlo.concatenate %244, %274, %304, dim = 0 : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>, tensor<1x2x1x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %306 = stablehlo.transpose %305, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %307 = stablehlo.reshape %306 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %308 = stablehlo.dot_general %307, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %309 = stablehlo.add %184, %308 : tensor<3x1x40xf32>
    %310 = stablehlo.multiply %309, %309 : tensor<3x1x40xf32>
    %311 = stablehlo.constant dense<0.0> : tensor<f32>
    %312 = stablehlo.reduce(%310 init: %311) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %313 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %314 = stablehlo.broadcast_in_dim %313, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %315 = stablehlo.multiply %312, %314 : tensor<3x1xf32>
    %316 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %318 = stablehlo.add %315, %317 : tensor<3x1xf32>
    %319 = stablehlo.rsqrt %318 : tensor<3x1xf32>
    %320 = stablehlo.broadcast_in_dim %319, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %321 = stablehlo.multiply %309, %320 : tensor<3x1x40xf32>
    %322 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %323 = stablehlo.multiply %321, %322 : tensor<3x1x40xf32>
    %324 = stablehlo.dot_general %323, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %325 = stablehlo.logistic %324 : tensor<3x1x56xf32>
    %326 = stablehlo.multiply %324, %325 : tensor<3x1x56xf32>
    %327 = stablehlo.dot_general %323, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %328 = stablehlo.multiply %326, %327 : tensor<3x1x56xf32>
    %329 = stablehlo.dot_general %328, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %330 = stablehlo.add %309, %329 : tensor<3x1x40xf32>
    %331 = stablehlo.reshape %213 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %332 = stablehlo.reshape %214 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %333 = stablehlo.multiply %330, %330 : tensor<3x1x40xf32>
    %334 = stablehlo.constant dense<0.0> : tensor<f32>
    %335 = stablehlo.reduce(%333 init: %334) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %336 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %337 = stablehlo.broadcast_in_dim %336, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %338 = stablehlo.multiply %335, %337 : tensor<3x1xf32>
    %339 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %340 = stablehlo.broadcast_in_dim %339, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %341 = stablehlo.add %338, %340 : tensor<3x1xf32>
    %342 = stablehlo.rsqrt %341 : tensor<3x1xf32>
    %343 = stablehlo.broadcast_in_dim %342, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %344 = stablehlo.multiply %330, %343 : tensor<3x1x40xf32>
    %345 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %346 = stablehlo.multiply %344, %345 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %347 = stablehlo.concatenate %185, %331, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %348 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %349 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %350 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %351 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %352 = stablehlo.concatenate %348, %349, %350, %351, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %353 = stablehlo.reshape %347 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %354 = stablehlo.reshape %352 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %355 = "stablehlo.scatter"(%k_cache, %354, %353) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %356 = stablehlo.concatenate %186, %332, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %357 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %358 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %359 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %360 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %361 = stablehlo.concatenate %357, %358, %359, %360, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %362 = stablehlo.reshape %356 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %363 = stablehlo.reshape %361 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %364 = "stablehlo.scatter"(%v_cache, %363, %362) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %365 = stablehlo.reshape %346 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %366 = stablehlo.dot_general %365, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %367 = stablehlo.constant dense<0> : tensor<i32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %369 = stablehlo.compare NE, %active, %368, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %370 = stablehlo.broadcast_in_dim %369, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %371 = stablehlo.constant dense<0.0> : tensor<f32>
    %372 = stablehlo.broadcast_in_dim %371, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %373 = stablehlo.select %370, %366, %372 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %373, %355, %364 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
