// gemma ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=1 head_dim=12 vocab=97
module @gemma_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x1x16x12xf32>, %v_cache: tensor<3x2x1x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<3x1x1xi32>) -> tensor<3x1x40xf32>
    %3 = stablehlo.constant dense<6.324555397033691> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<3x1x40xf32>
    %5 = stablehlo.multiply %2, %4 : tensor<3x1x40xf32>
    %6 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<3x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.2154434621334076, 0.04641588777303696, 0.009999999776482582, 0.002154434798285365, 0.00046415888937190175]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<3x1x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %15 = stablehlo.cosine %14 : tensor<3x1x12xf32>
    %16 = stablehlo.sine %14 : tensor<3x1x12xf32>
    %17 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %18 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %19 = stablehlo.compare LE, %18, %17, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %20 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %21 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %22 = stablehlo.compare LT, %20, %21, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %23 = stablehlo.concatenate %22, %19, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %24 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x1x16x12xf32>
    %25 = stablehlo.reshape %24 : (tensor<3x1x1x16x12xf32>) -> tensor<3x1x16x12xf32>
    %26 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x1x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<3x1x1x16x12xf32>) -> tensor<3x1x16x12xf32>
    %28 = stablehlo.multiply %5, %5 : tensor<3x1x40xf32>
    %29 = stablehlo.constant dense<0.0> : tensor<f32>
    %30 = stablehlo.reduce(%28 init: %29) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %31 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %33 = stablehlo.multiply %30, %32 : tensor<3x1xf32>
    %34 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %36 = stablehlo.add %33, %35 : tensor<3x1xf32>
    %37 = stablehlo.rsqrt %36 : tensor<3x1xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %39 = stablehlo.multiply %5, %38 : tensor<3x1x40xf32>
    %40 = stablehlo.constant dense<1.0> : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %42 = stablehlo.add %model.layers.0.input_layernorm.weight, %41 : tensor<40xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %44 = stablehlo.multiply %39, %43 : tensor<3x1x40xf32>
    %45 = stablehlo.dot_general %44, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %46 = stablehlo.dot_general %44, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %47 = stablehlo.dot_general %44, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %48 = stablehlo.reshape %45 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %49 = stablehlo.reshape %46 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %50 = stablehlo.reshape %47 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %51 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %52 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %53 = stablehlo.negate %52 : tensor<3x1x8x6xf32>
    %54 = stablehlo.concatenate %53, %51, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %55 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %56 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %57 = stablehlo.multiply %48, %55 : tensor<3x1x8x12xf32>
    %58 = stablehlo.multiply %54, %56 : tensor<3x1x8x12xf32>
    %59 = stablehlo.add %57, %58 : tensor<3x1x8x12xf32>
    %60 = "stablehlo.slice"(%49) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %61 = "stablehlo.slice"(%49) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %62 = stablehlo.negate %61 : tensor<3x1x1x6xf32>
    %63 = stablehlo.concatenate %62, %60, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %64 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %65 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %66 = stablehlo.multiply %49, %64 : tensor<3x1x1x12xf32>
    %67 = stablehlo.multiply %63, %65 : tensor<3x1x1x12xf32>
    %68 = stablehlo.add %66, %67 : tensor<3x1x1x12xf32>
    %69 = stablehlo.reshape %59 : (tensor<3x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %70 = stablehlo.transpose %69, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %71 = stablehlo.transpose %68, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %72 = stablehlo.transpose %50, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %73 = "stablehlo.slice"(%70) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %74 = "stablehlo.slice"(%71) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %75 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %76 = "stablehlo.slice"(%25) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %77 = "stablehlo.slice"(%27) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %78 = "stablehlo.slice"(%23) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %79 = stablehlo.dot_general %73, %74, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %80 = stablehlo.dot_general %73, %76, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %81 = stablehlo.concatenate %80, %79, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %82 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %84 = stablehlo.multiply %81, %83 : tensor<1x1x1x8x17xf32>
    %85 = stablehlo.broadcast_in_dim %78, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %86 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %88 = stablehlo.select %85, %84, %87 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %89 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %90 = stablehlo.reduce(%88 init: %89) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %92 = stablehlo.subtract %88, %91 : tensor<1x1x1x8x17xf32>
    %93 = stablehlo.exponential %92 : tensor<1x1x1x8x17xf32>
    %94 = stablehlo.constant dense<0.0> : tensor<f32>
    %95 = stablehlo.reduce(%93 init: %94) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %97 = stablehlo.divide %93, %96 : tensor<1x1x1x8x17xf32>
    %98 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %99 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %100 = stablehlo.dot_general %98, %77, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %101 = stablehlo.dot_general %99, %75, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %102 = stablehlo.add %100, %101 : tensor<1x1x1x8x12xf32>
    %103 = "stablehlo.slice"(%70) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %104 = "stablehlo.slice"(%71) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %105 = "stablehlo.slice"(%72) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %106 = "stablehlo.slice"(%25) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %107 = "stablehlo.slice"(%27) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %108 = "stablehlo.slice"(%23) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %109 = stablehlo.dot_general %103, %104, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %110 = stablehlo.dot_general %103, %106, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %111 = stablehlo.concatenate %110, %109, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %112 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %114 = stablehlo.multiply %111, %113 : tensor<1x1x1x8x17xf32>
    %115 = stablehlo.broadcast_in_dim %108, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %116 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %118 = stablehlo.select %115, %114, %117 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %119 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %120 = stablehlo.reduce(%118 init: %119) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %122 = stablehlo.subtract %118, %121 : tensor<1x1x1x8x17xf32>
    %123 = stablehlo.exponential %122 : tensor<1x1x1x8x17xf32>
    %124 = stablehlo.constant dense<0.0> : tensor<f32>
    %125 = stablehlo.reduce(%123 init: %124) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %127 = stablehlo.divide %123, %126 : tensor<1x1x1x8x17xf32>
    %128 = "stablehlo.slice"(%127) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %129 = "stablehlo.slice"(%127) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %130 = stablehlo.dot_general %128, %107, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %131 = stablehlo.dot_general %129, %105, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %132 = stablehlo.add %130, %131 : tensor<1x1x1x8x12xf32>
    %133 = "stablehlo.slice"(%70) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %134 = "stablehlo.slice"(%71) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %135 = "stablehlo.slice"(%72) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %136 = "stablehlo.slice"(%25) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %137 = "stablehlo.slice"(%27) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %138 = "stablehlo.slice"(%23) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %139 = stablehlo.dot_general %133, %134, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %140 = stablehlo.dot_general %133, %136, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %141 = stablehlo.concatenate %140, %139, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %142 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<1x1x1x8x17xf32>
    %145 = stablehlo.broadcast_in_dim %138, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %146 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %148 = stablehlo.select %145, %144, %147 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %149 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %150 = stablehlo.reduce(%148 init: %149) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %152 = stablehlo.subtract %148, %151 : tensor<1x1x1x8x17xf32>
    %153 = stablehlo.exponential %152 : tensor<1x1x1x8x17xf32>
    %154 = stablehlo.constant dense<0.0> : tensor<f32>
    %155 = stablehlo.reduce(%153 init: %154) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %157 = stablehlo.divide %153, %156 : tensor<1x1x1x8x17xf32>
    %158 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %159 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %160 = stablehlo.dot_general %158, %137, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %161 = stablehlo.dot_general %159, %135, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %162 = stablehlo.add %160, %161 : tensor<1x1x1x8x12xf32>
    %163 = stablehlo.concatenate %102, %132, %162, dim = 0 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %164 = stablehlo.transpose %163, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %165 = stablehlo.reshape %164 : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x96xf32>
    %166 = stablehlo.dot_general %165, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %167 = stablehlo.add %5, %166 : tensor<3x1x40xf32>
    %168 = stablehlo.multiply %167, %167 : tensor<3x1x40xf32>
    %169 = stablehlo.constant dense<0.0> : tensor<f32>
    %170 = stablehlo.reduce(%168 init: %169) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %171 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %173 = stablehlo.multiply %170, %172 : tensor<3x1xf32>
    %174 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %176 = stablehlo.add %173, %175 : tensor<3x1xf32>
    %177 = stablehlo.rsqrt %176 : tensor<3x1xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %179 = stablehlo.multiply %167, %178 : tensor<3x1x40xf32>
    %180 = stablehlo.constant dense<1.0> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %182 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %181 : tensor<40xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %184 = stablehlo.multiply %179, %183 : tensor<3x1x40xf32>
    %185 = stablehlo.dot_general %184, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %186 = stablehlo.multiply %185, %185 : tensor<3x1x56xf32>
    %187 = stablehlo.multiply %186, %185 : tensor<3x1x56xf32>
    %188 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %190 = stablehlo.multiply %187, %189 : tensor<3x1x56xf32>
    %191 = stablehlo.add %185, %190 : tensor<3x1x56xf32>
    %192 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %194 = stablehlo.multiply %191, %193 : tensor<3x1x56xf32>
    %195 = stablehlo.constant dense<0.5> : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %197 = stablehlo.multiply %185, %196 : tensor<3x1x56xf32>
    %198 = stablehlo.tanh %194 : tensor<3x1x56xf32>
    %199 = stablehlo.constant dense<1.0> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %201 = stablehlo.add %198, %200 : tensor<3x1x56xf32>
    %202 = stablehlo.multiply %197, %201 : tensor<3x1x56xf32>
    %203 = stablehlo.dot_general %184, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<3x1x56xf32>
    %205 = stablehlo.dot_general %204, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %206 = stablehlo.add %167, %205 : tensor<3x1x40xf32>
    %207 = stablehlo.reshape %71 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %208 = stablehlo.reshape %72 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    // layer 1: full_attention
    %209 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x1x16x12xf32>
    %210 = stablehlo.reshape %209 : (tensor<3x1x1x16x12xf32>) -> tensor<3x1x16x12xf32>
    %211 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x1x16x12xf32>
    %212 = stablehlo.reshape %211 : (tensor<3x1x1x16x12xf32>) -> tensor<3x1x16x12xf32>
    %213 = stablehlo.multiply %206, %206 : tensor<3x1x40xf32>
    %214 = stablehlo.constant dense<0.0> : tensor<f32>
    %215 = stablehlo.reduce(%213 init: %214) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %216 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %218 = stablehlo.multiply %215, %217 : tensor<3x1xf32>
    %219 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %221 = stablehlo.add %218, %220 : tensor<3x1xf32>
    %222 = stablehlo.rsqrt %221 : tensor<3x1xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %224 = stablehlo.multiply %206, %223 : tensor<3x1x40xf32>
    %225 = stablehlo.constant dense<1.0> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %227 = stablehlo.add %model.layers.1.input_layernorm.weight, %226 : tensor<40xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %229 = stablehlo.multiply %224, %228 : tensor<3x1x40xf32>
    %230 = stablehlo.dot_general %229, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %231 = stablehlo.dot_general %229, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %232 = stablehlo.dot_general %229, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %233 = stablehlo.reshape %230 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %234 = stablehlo.reshape %231 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %235 = stablehlo.reshape %232 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %236 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %237 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %238 = stablehlo.negate %237 : tensor<3x1x8x6xf32>
    %239 = stablehlo.concatenate %238, %236, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %240 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %241 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %242 = stablehlo.multiply %233, %240 : tensor<3x1x8x12xf32>
    %243 = stablehlo.multiply %239, %241 : tensor<3x1x8x12xf32>
    %244 = stablehlo.add %242, %243 : tensor<3x1x8x12xf32>
    %245 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %246 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %247 = stablehlo.negate %246 : tensor<3x1x1x6xf32>
    %248 = stablehlo.concatenate %247, %245, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %249 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %250 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %251 = stablehlo.multiply %234, %249 : tensor<3x1x1x12xf32>
    %252 = stablehlo.multiply %248, %250 : tensor<3x1x1x12xf32>
    %253 = stablehlo.add %251, %252 : tensor<3x1x1x12xf32>
    %254 = stablehlo.reshape %244 : (tensor<3x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %255 = stablehlo.transpose %254, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %256 = stablehlo.transpose %253, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %257 = stablehlo.transpose %235, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %258 = "stablehlo.slice"(%255) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %259 = "stablehlo.slice"(%256) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %260 = "stablehlo.slice"(%257) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %261 = "stablehlo.slice"(%210) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %262 = "stablehlo.slice"(%212) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %263 = "stablehlo.slice"(%23) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %264 = stablehlo.dot_general %258, %259, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %265 = stablehlo.dot_general %258, %261, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %266 = stablehlo.concatenate %265, %264, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %267 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %269 = stablehlo.multiply %266, %268 : tensor<1x1x1x8x17xf32>
    %270 = stablehlo.broadcast_in_dim %263, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %271 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %273 = stablehlo.select %270, %269, %272 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %274 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %275 = stablehlo.reduce(%273 init: %274) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %277 = stablehlo.subtract %273, %276 : tensor<1x1x1x8x17xf32>
    %278 = stablehlo.exponential %277 : tensor<1x1x1x8x17xf32>
    %279 = stablehlo.constant dense<0.0> : tensor<f32>
    %280 = stablehlo.reduce(%278 init: %279) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %282 = stablehlo.divide %278, %281 : tensor<1x1x1x8x17xf32>
    %283 = "stablehlo.slice"(%282) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %284 = "stablehlo.slice"(%282) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %285 = stablehlo.dot_general %283, %262, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %286 = stablehlo.dot_general %284, %260, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %287 = stablehlo.add %285, %286 : tensor<1x1x1x8x12xf32>
    %288 = "stablehlo.slice"(%255) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %289 = "stablehlo.slice"(%256) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %290 = "stablehlo.slice"(%257) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %291 = "stablehlo.slice"(%210) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %292 = "stablehlo.slice"(%212) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %293 = "stablehlo.slice"(%23) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %294 = stablehlo.dot_general %288, %289, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %295 = stablehlo.dot_general %288, %291, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %296 = stablehlo.concatenate %295, %294, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %297 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %299 = stablehlo.multiply %296, %298 : tensor<1x1x1x8x17xf32>
    %300 = stablehlo.broadcast_in_dim %293, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %301 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %302 = stablehlo.broadcast_in_dim %301, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %303 = stablehlo.select %300, %299, %302 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %304 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %305 = stablehlo.reduce(%303 init: %304) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %307 = stablehlo.subtract %303, %306 : tensor<1x1x1x8x17xf32>
    %308 = stablehlo.exponential %307 : tensor<1x1x1x8x17xf32>
    %309 = stablehlo.constant dense<0.0> : tensor<f32>
    %310 = stablehlo.reduce(%308 init: %309) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %312 = stablehlo.divide %308, %311 : tensor<1x1x1x8x17xf32>
    %313 = "stablehlo.slice"(%312) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %314 = "stablehlo.slice"(%312) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %315 = stablehlo.dot_general %313, %292, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %316 = stablehlo.dot_general %314, %290, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %317 = stablehlo.add %315, %316 : tensor<1x1x1x8x12xf32>
    %318 = "stablehlo.slice"(%255) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %319 = "stablehlo.slice"(%256) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %320 = "stablehlo.slice"(%257) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %321 = "stablehlo.slice"(%210) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %322 = "stablehlo.slice"(%212) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %323 = "stablehlo.slice"(%23) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %324 = stablehlo.dot_general %318, %319, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %325 = stablehlo.dot_general %318, %321, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %326 = stablehlo.concatenate %325, %324, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %327 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %329 = stablehlo.multiply %326, %328 : tensor<1x1x1x8x17xf32>
    %330 = stablehlo.broadcast_in_dim %323, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %331 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %333 = stablehlo.select %330, %329, %332 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %334 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %335 = stablehlo.reduce(%333 init: %334) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %337 = stablehlo.subtract %333, %336 : tensor<1x1x1x8x17xf32>
    %338 = stablehlo.exponential %337 : tensor<1x1x1x8x17xf32>
    %339 = stablehlo.constant dense<0.0> : tensor<f32>
    %340 = stablehlo.reduce(%338 init: %339) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %341 = stablehlo.broadcast_in_dim %340, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %342 = stablehlo.divide %338, %341 : tensor<1x1x1x8x17xf32>
    %343 = "stablehlo.slice"(%342) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %344 = "stablehlo.slice"(%342) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %345 = stablehlo.dot_general %343, %322, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %346 = stablehlo.dot_general %344, %320, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %347 = stablehlo.add %345, %346 : tensor<1x1x1x8x12xf32>
    %348 = stablehlo.concatenate %287, %317, %347, dim = 0 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %349 = stablehlo.transpose %348, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %350 = stablehlo.reshape %349 : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x96xf32>
    %351 = stablehlo.dot_general %350, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %352 = stablehlo.add %206, %351 : tensor<3x1x40xf32>
    %353 = stablehlo.multiply %352, %352 : tensor<3x1x40xf32>
    %354 = stablehlo.constant dense<0.0> : tensor<f32>
    %355 = stablehlo.reduce(%353 init: %354) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %356 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %357 = stablehlo.broadcast_in_dim %356, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %358 = stablehlo.multiply %355, %357 : tensor<3x1xf32>
    %359 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %361 = stablehlo.add %358, %360 : tensor<3x1xf32>
    %362 = stablehlo.rsqrt %361 : tensor<3x1xf32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %364 = stablehlo.multiply %352, %363 : tensor<3x1x40xf32>
    %365 = stablehlo.constant dense<1.0> : tensor<f32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %367 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %366 : tensor<40xf32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %369 = stablehlo.multiply %364, %368 : tensor<3x1x40xf32>
    %370 = stablehlo.dot_general %369, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %371 = stablehlo.multiply %370, %370 : tensor<3x1x56xf32>
    %372 = stablehlo.multiply %371, %370 : tensor<3x1x56xf32>
    %373 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %374 = stablehlo.broadcast_in_dim %373, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %375 = stablehlo.multiply %372, %374 : tensor<3x1x56xf32>
    %376 = stablehlo.add %370, %375 : tensor<3x1x56xf32>
    %377 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %378 = stablehlo.broadcast_in_dim %377, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %379 = stablehlo.multiply %376, %378 : tensor<3x1x56xf32>
    %380 = stablehlo.constant dense<0.5> : tensor<f32>
    %381 = stablehlo.broadcast_in_dim %380, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %382 = stablehlo.multiply %370, %381 : tensor<3x1x56xf32>
    %383 = stablehlo.tanh %379 : tensor<3x1x56xf32>
    %384 = stablehlo.constant dense<1.0> : tensor<f32>
    %385 = stablehlo.broadcast_in_dim %384, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %386 = stablehlo.add %383, %385 : tensor<3x1x56xf32>
    %387 = stablehlo.multiply %382, %386 : tensor<3x1x56xf32>
    %388 = stablehlo.dot_general %369, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<3x1x56xf32>
    %390 = stablehlo.dot_general %389, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %391 = stablehlo.add %352, %390 : tensor<3x1x40xf32>
    %392 = stablehlo.reshape %256 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %393 = stablehlo.reshape %257 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %394 = stablehlo.multiply %391, %391 : tensor<3x1x40xf32>
    %395 = stablehlo.constant dense<0.0> : tensor<f32>
    %396 = stablehlo.reduce(%394 init: %395) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %397 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %398 = stablehlo.broadcast_in_dim %397, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %399 = stablehlo.multiply %396, %398 : tensor<3x1xf32>
    %400 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %401 = stablehlo.broadcast_in_dim %400, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %402 = stablehlo.add %399, %401 : tensor<3x1xf32>
    %403 = stablehlo.rsqrt %402 : tensor<3x1xf32>
    %404 = stablehlo.broadcast_in_dim %403, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %405 = stablehlo.multiply %391, %404 : tensor<3x1x40xf32>
    %406 = stablehlo.constant dense<1.0> : tensor<f32>
    %407 = stablehlo.broadcast_in_dim %406, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %408 = stablehlo.add %model.norm.weight, %407 : tensor<40xf32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %410 = stablehlo.multiply %405, %409 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %411 = stablehlo.concatenate %207, %392, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %412 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %413 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %414 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %415 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %416 = stablehlo.concatenate %412, %413, %414, %415, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %417 = stablehlo.reshape %411 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %418 = stablehlo.reshape %416 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %419 = "stablehlo.scatter"(%k_cache, %418, %417) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %420 = stablehlo.concatenate %208, %393, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %421 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %422 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %423 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %424 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %425 = stablehlo.concatenate %421, %422, %423, %424, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %426 = stablehlo.reshape %420 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %427 = stablehlo.reshape %425 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %428 = "stablehlo.scatter"(%v_cache, %427, %426) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %429 = stablehlo.reshape %410 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %430 = stablehlo.dot_general %429, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %431 = stablehlo.constant dense<0> : tensor<i32>
    %432 = stablehlo.broadcast_in_dim %431, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %433 = stablehlo.compare NE, %active, %432, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %434 = stablehlo.broadcast_in_dim %433, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %435 = stablehlo.constant dense<0.0> : tensor<f32>
    %436 = stablehlo.broadcast_in_dim %435, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %437 = stablehlo.select %434, %430, %436 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %437, %419, %428 : tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>
  }
}
