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
    %24 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %26 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %28 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %30 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %31 = stablehlo.reshape %30 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %32 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %33 = stablehlo.reshape %32 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %34 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %35 = stablehlo.reshape %34 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %36 = stablehlo.multiply %5, %5 : tensor<3x1x40xf32>
    %37 = stablehlo.constant dense<0.0> : tensor<f32>
    %38 = stablehlo.reduce(%36 init: %37) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %39 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %41 = stablehlo.multiply %38, %40 : tensor<3x1xf32>
    %42 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %44 = stablehlo.add %41, %43 : tensor<3x1xf32>
    %45 = stablehlo.rsqrt %44 : tensor<3x1xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %47 = stablehlo.multiply %5, %46 : tensor<3x1x40xf32>
    %48 = stablehlo.constant dense<1.0> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %50 = stablehlo.add %model.layers.0.input_layernorm.weight, %49 : tensor<40xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %52 = stablehlo.multiply %47, %51 : tensor<3x1x40xf32>
    %53 = stablehlo.dot_general %52, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %54 = stablehlo.dot_general %52, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %55 = stablehlo.dot_general %52, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %56 = stablehlo.reshape %53 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %57 = stablehlo.reshape %54 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %58 = stablehlo.reshape %55 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %59 = "stablehlo.slice"(%56) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %60 = "stablehlo.slice"(%56) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %61 = stablehlo.negate %60 : tensor<3x1x8x6xf32>
    %62 = stablehlo.concatenate %61, %59, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %63 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %64 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %65 = stablehlo.multiply %56, %63 : tensor<3x1x8x12xf32>
    %66 = stablehlo.multiply %62, %64 : tensor<3x1x8x12xf32>
    %67 = stablehlo.add %65, %66 : tensor<3x1x8x12xf32>
    %68 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %69 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %70 = stablehlo.negate %69 : tensor<3x1x1x6xf32>
    %71 = stablehlo.concatenate %70, %68, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %72 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %73 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %74 = stablehlo.multiply %57, %72 : tensor<3x1x1x12xf32>
    %75 = stablehlo.multiply %71, %73 : tensor<3x1x1x12xf32>
    %76 = stablehlo.add %74, %75 : tensor<3x1x1x12xf32>
    %77 = stablehlo.reshape %67 : (tensor<3x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %78 = stablehlo.transpose %77, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %79 = stablehlo.transpose %76, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %80 = stablehlo.transpose %58, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %81 = "stablehlo.slice"(%78) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %82 = "stablehlo.slice"(%79) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %83 = "stablehlo.slice"(%80) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %84 = "stablehlo.slice"(%23) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %85 = stablehlo.dot_general %81, %82, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %86 = stablehlo.dot_general %81, %25, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %87 = stablehlo.concatenate %86, %85, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %88 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %90 = stablehlo.multiply %87, %89 : tensor<1x1x1x8x17xf32>
    %91 = stablehlo.broadcast_in_dim %84, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %92 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %94 = stablehlo.select %91, %90, %93 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %95 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %96 = stablehlo.reduce(%94 init: %95) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %98 = stablehlo.subtract %94, %97 : tensor<1x1x1x8x17xf32>
    %99 = stablehlo.exponential %98 : tensor<1x1x1x8x17xf32>
    %100 = stablehlo.constant dense<0.0> : tensor<f32>
    %101 = stablehlo.reduce(%99 init: %100) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %103 = stablehlo.divide %99, %102 : tensor<1x1x1x8x17xf32>
    %104 = "stablehlo.slice"(%103) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %105 = "stablehlo.slice"(%103) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %106 = stablehlo.dot_general %104, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %107 = stablehlo.dot_general %105, %83, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %108 = stablehlo.add %106, %107 : tensor<1x1x1x8x12xf32>
    %109 = "stablehlo.slice"(%78) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %110 = "stablehlo.slice"(%79) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %111 = "stablehlo.slice"(%80) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %112 = "stablehlo.slice"(%23) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %113 = stablehlo.dot_general %109, %110, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %114 = stablehlo.dot_general %109, %29, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %115 = stablehlo.concatenate %114, %113, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %116 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %118 = stablehlo.multiply %115, %117 : tensor<1x1x1x8x17xf32>
    %119 = stablehlo.broadcast_in_dim %112, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %120 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %122 = stablehlo.select %119, %118, %121 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %123 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %124 = stablehlo.reduce(%122 init: %123) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %126 = stablehlo.subtract %122, %125 : tensor<1x1x1x8x17xf32>
    %127 = stablehlo.exponential %126 : tensor<1x1x1x8x17xf32>
    %128 = stablehlo.constant dense<0.0> : tensor<f32>
    %129 = stablehlo.reduce(%127 init: %128) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %131 = stablehlo.divide %127, %130 : tensor<1x1x1x8x17xf32>
    %132 = "stablehlo.slice"(%131) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %133 = "stablehlo.slice"(%131) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %134 = stablehlo.dot_general %132, %31, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %135 = stablehlo.dot_general %133, %111, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %136 = stablehlo.add %134, %135 : tensor<1x1x1x8x12xf32>
    %137 = "stablehlo.slice"(%78) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %138 = "stablehlo.slice"(%79) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %139 = "stablehlo.slice"(%80) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %140 = "stablehlo.slice"(%23) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %141 = stablehlo.dot_general %137, %138, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %142 = stablehlo.dot_general %137, %33, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %143 = stablehlo.concatenate %142, %141, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %144 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<1x1x1x8x17xf32>
    %147 = stablehlo.broadcast_in_dim %140, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %148 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %150 = stablehlo.select %147, %146, %149 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %151 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %152 = stablehlo.reduce(%150 init: %151) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %154 = stablehlo.subtract %150, %153 : tensor<1x1x1x8x17xf32>
    %155 = stablehlo.exponential %154 : tensor<1x1x1x8x17xf32>
    %156 = stablehlo.constant dense<0.0> : tensor<f32>
    %157 = stablehlo.reduce(%155 init: %156) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %159 = stablehlo.divide %155, %158 : tensor<1x1x1x8x17xf32>
    %160 = "stablehlo.slice"(%159) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %161 = "stablehlo.slice"(%159) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %162 = stablehlo.dot_general %160, %35, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %163 = stablehlo.dot_general %161, %139, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %164 = stablehlo.add %162, %163 : tensor<1x1x1x8x12xf32>
    %165 = stablehlo.concatenate %108, %136, %164, dim = 0 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %166 = stablehlo.transpose %165, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %167 = stablehlo.reshape %166 : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x96xf32>
    %168 = stablehlo.dot_general %167, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %169 = stablehlo.add %5, %168 : tensor<3x1x40xf32>
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
    %182 = stablehlo.constant dense<1.0> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %184 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %183 : tensor<40xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %186 = stablehlo.multiply %181, %185 : tensor<3x1x40xf32>
    %187 = stablehlo.dot_general %186, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %188 = stablehlo.multiply %187, %187 : tensor<3x1x56xf32>
    %189 = stablehlo.multiply %188, %187 : tensor<3x1x56xf32>
    %190 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<3x1x56xf32>
    %193 = stablehlo.add %187, %192 : tensor<3x1x56xf32>
    %194 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %196 = stablehlo.multiply %193, %195 : tensor<3x1x56xf32>
    %197 = stablehlo.constant dense<0.5> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %199 = stablehlo.multiply %187, %198 : tensor<3x1x56xf32>
    %200 = stablehlo.tanh %196 : tensor<3x1x56xf32>
    %201 = stablehlo.constant dense<1.0> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %203 = stablehlo.add %200, %202 : tensor<3x1x56xf32>
    %204 = stablehlo.multiply %199, %203 : tensor<3x1x56xf32>
    %205 = stablehlo.dot_general %186, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<3x1x56xf32>
    %207 = stablehlo.dot_general %206, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %208 = stablehlo.add %169, %207 : tensor<3x1x40xf32>
    %209 = stablehlo.reshape %79 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %210 = stablehlo.reshape %80 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    // layer 1: full_attention
    %211 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %212 = stablehlo.reshape %211 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %213 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %215 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %217 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %218 = stablehlo.reshape %217 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %219 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 2, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %220 = stablehlo.reshape %219 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %221 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 2, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %222 = stablehlo.reshape %221 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %223 = stablehlo.multiply %208, %208 : tensor<3x1x40xf32>
    %224 = stablehlo.constant dense<0.0> : tensor<f32>
    %225 = stablehlo.reduce(%223 init: %224) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %226 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %228 = stablehlo.multiply %225, %227 : tensor<3x1xf32>
    %229 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %231 = stablehlo.add %228, %230 : tensor<3x1xf32>
    %232 = stablehlo.rsqrt %231 : tensor<3x1xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %234 = stablehlo.multiply %208, %233 : tensor<3x1x40xf32>
    %235 = stablehlo.constant dense<1.0> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %237 = stablehlo.add %model.layers.1.input_layernorm.weight, %236 : tensor<40xf32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %239 = stablehlo.multiply %234, %238 : tensor<3x1x40xf32>
    %240 = stablehlo.dot_general %239, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %241 = stablehlo.dot_general %239, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %242 = stablehlo.dot_general %239, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %243 = stablehlo.reshape %240 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %244 = stablehlo.reshape %241 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %245 = stablehlo.reshape %242 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %246 = "stablehlo.slice"(%243) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %247 = "stablehlo.slice"(%243) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %248 = stablehlo.negate %247 : tensor<3x1x8x6xf32>
    %249 = stablehlo.concatenate %248, %246, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %250 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %251 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %252 = stablehlo.multiply %243, %250 : tensor<3x1x8x12xf32>
    %253 = stablehlo.multiply %249, %251 : tensor<3x1x8x12xf32>
    %254 = stablehlo.add %252, %253 : tensor<3x1x8x12xf32>
    %255 = "stablehlo.slice"(%244) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %256 = "stablehlo.slice"(%244) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %257 = stablehlo.negate %256 : tensor<3x1x1x6xf32>
    %258 = stablehlo.concatenate %257, %255, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %259 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %260 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %261 = stablehlo.multiply %244, %259 : tensor<3x1x1x12xf32>
    %262 = stablehlo.multiply %258, %260 : tensor<3x1x1x12xf32>
    %263 = stablehlo.add %261, %262 : tensor<3x1x1x12xf32>
    %264 = stablehlo.reshape %254 : (tensor<3x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %265 = stablehlo.transpose %264, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %266 = stablehlo.transpose %263, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %267 = stablehlo.transpose %245, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %268 = "stablehlo.slice"(%265) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %269 = "stablehlo.slice"(%266) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %270 = "stablehlo.slice"(%267) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %271 = "stablehlo.slice"(%23) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %272 = stablehlo.dot_general %268, %269, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %273 = stablehlo.dot_general %268, %212, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %274 = stablehlo.concatenate %273, %272, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %275 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %277 = stablehlo.multiply %274, %276 : tensor<1x1x1x8x17xf32>
    %278 = stablehlo.broadcast_in_dim %271, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %279 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %281 = stablehlo.select %278, %277, %280 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %282 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %283 = stablehlo.reduce(%281 init: %282) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %285 = stablehlo.subtract %281, %284 : tensor<1x1x1x8x17xf32>
    %286 = stablehlo.exponential %285 : tensor<1x1x1x8x17xf32>
    %287 = stablehlo.constant dense<0.0> : tensor<f32>
    %288 = stablehlo.reduce(%286 init: %287) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %290 = stablehlo.divide %286, %289 : tensor<1x1x1x8x17xf32>
    %291 = "stablehlo.slice"(%290) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %292 = "stablehlo.slice"(%290) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %293 = stablehlo.dot_general %291, %214, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %294 = stablehlo.dot_general %292, %270, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %295 = stablehlo.add %293, %294 : tensor<1x1x1x8x12xf32>
    %296 = "stablehlo.slice"(%265) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %297 = "stablehlo.slice"(%266) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %298 = "stablehlo.slice"(%267) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %299 = "stablehlo.slice"(%23) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %300 = stablehlo.dot_general %296, %297, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %301 = stablehlo.dot_general %296, %216, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %302 = stablehlo.concatenate %301, %300, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %303 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %305 = stablehlo.multiply %302, %304 : tensor<1x1x1x8x17xf32>
    %306 = stablehlo.broadcast_in_dim %299, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %307 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %308 = stablehlo.broadcast_in_dim %307, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %309 = stablehlo.select %306, %305, %308 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %310 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %311 = stablehlo.reduce(%309 init: %310) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %313 = stablehlo.subtract %309, %312 : tensor<1x1x1x8x17xf32>
    %314 = stablehlo.exponential %313 : tensor<1x1x1x8x17xf32>
    %315 = stablehlo.constant dense<0.0> : tensor<f32>
    %316 = stablehlo.reduce(%314 init: %315) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %318 = stablehlo.divide %314, %317 : tensor<1x1x1x8x17xf32>
    %319 = "stablehlo.slice"(%318) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %320 = "stablehlo.slice"(%318) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %321 = stablehlo.dot_general %319, %218, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %322 = stablehlo.dot_general %320, %298, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %323 = stablehlo.add %321, %322 : tensor<1x1x1x8x12xf32>
    %324 = "stablehlo.slice"(%265) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %325 = "stablehlo.slice"(%266) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %326 = "stablehlo.slice"(%267) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %327 = "stablehlo.slice"(%23) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %328 = stablehlo.dot_general %324, %325, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %329 = stablehlo.dot_general %324, %220, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %330 = stablehlo.concatenate %329, %328, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %331 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %333 = stablehlo.multiply %330, %332 : tensor<1x1x1x8x17xf32>
    %334 = stablehlo.broadcast_in_dim %327, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %335 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %337 = stablehlo.select %334, %333, %336 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %338 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %339 = stablehlo.reduce(%337 init: %338) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %340 = stablehlo.broadcast_in_dim %339, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %341 = stablehlo.subtract %337, %340 : tensor<1x1x1x8x17xf32>
    %342 = stablehlo.exponential %341 : tensor<1x1x1x8x17xf32>
    %343 = stablehlo.constant dense<0.0> : tensor<f32>
    %344 = stablehlo.reduce(%342 init: %343) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %346 = stablehlo.divide %342, %345 : tensor<1x1x1x8x17xf32>
    %347 = "stablehlo.slice"(%346) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %348 = "stablehlo.slice"(%346) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %349 = stablehlo.dot_general %347, %222, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %350 = stablehlo.dot_general %348, %326, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %351 = stablehlo.add %349, %350 : tensor<1x1x1x8x12xf32>
    %352 = stablehlo.concatenate %295, %323, %351, dim = 0 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %353 = stablehlo.transpose %352, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %354 = stablehlo.reshape %353 : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x96xf32>
    %355 = stablehlo.dot_general %354, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %356 = stablehlo.add %208, %355 : tensor<3x1x40xf32>
    %357 = stablehlo.multiply %356, %356 : tensor<3x1x40xf32>
    %358 = stablehlo.constant dense<0.0> : tensor<f32>
    %359 = stablehlo.reduce(%357 init: %358) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %360 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %360, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %362 = stablehlo.multiply %359, %361 : tensor<3x1xf32>
    %363 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %364 = stablehlo.broadcast_in_dim %363, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %365 = stablehlo.add %362, %364 : tensor<3x1xf32>
    %366 = stablehlo.rsqrt %365 : tensor<3x1xf32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %368 = stablehlo.multiply %356, %367 : tensor<3x1x40xf32>
    %369 = stablehlo.constant dense<1.0> : tensor<f32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %371 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %370 : tensor<40xf32>
    %372 = stablehlo.broadcast_in_dim %371, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %373 = stablehlo.multiply %368, %372 : tensor<3x1x40xf32>
    %374 = stablehlo.dot_general %373, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %375 = stablehlo.multiply %374, %374 : tensor<3x1x56xf32>
    %376 = stablehlo.multiply %375, %374 : tensor<3x1x56xf32>
    %377 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %378 = stablehlo.broadcast_in_dim %377, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %379 = stablehlo.multiply %376, %378 : tensor<3x1x56xf32>
    %380 = stablehlo.add %374, %379 : tensor<3x1x56xf32>
    %381 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %382 = stablehlo.broadcast_in_dim %381, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %383 = stablehlo.multiply %380, %382 : tensor<3x1x56xf32>
    %384 = stablehlo.constant dense<0.5> : tensor<f32>
    %385 = stablehlo.broadcast_in_dim %384, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %386 = stablehlo.multiply %374, %385 : tensor<3x1x56xf32>
    %387 = stablehlo.tanh %383 : tensor<3x1x56xf32>
    %388 = stablehlo.constant dense<1.0> : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %388, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %390 = stablehlo.add %387, %389 : tensor<3x1x56xf32>
    %391 = stablehlo.multiply %386, %390 : tensor<3x1x56xf32>
    %392 = stablehlo.dot_general %373, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %393 = stablehlo.multiply %391, %392 : tensor<3x1x56xf32>
    %394 = stablehlo.dot_general %393, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %395 = stablehlo.add %356, %394 : tensor<3x1x40xf32>
    %396 = stablehlo.reshape %266 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %397 = stablehlo.reshape %267 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %398 = stablehlo.multiply %395, %395 : tensor<3x1x40xf32>
    %399 = stablehlo.constant dense<0.0> : tensor<f32>
    %400 = stablehlo.reduce(%398 init: %399) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %401 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %402 = stablehlo.broadcast_in_dim %401, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %403 = stablehlo.multiply %400, %402 : tensor<3x1xf32>
    %404 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %405 = stablehlo.broadcast_in_dim %404, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %406 = stablehlo.add %403, %405 : tensor<3x1xf32>
    %407 = stablehlo.rsqrt %406 : tensor<3x1xf32>
    %408 = stablehlo.broadcast_in_dim %407, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %409 = stablehlo.multiply %395, %408 : tensor<3x1x40xf32>
    %410 = stablehlo.constant dense<1.0> : tensor<f32>
    %411 = stablehlo.broadcast_in_dim %410, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %412 = stablehlo.add %model.norm.weight, %411 : tensor<40xf32>
    %413 = stablehlo.broadcast_in_dim %412, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %414 = stablehlo.multiply %409, %413 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %415 = stablehlo.concatenate %209, %396, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %416 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %417 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %418 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %419 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %420 = stablehlo.concatenate %416, %417, %418, %419, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %421 = stablehlo.reshape %415 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %422 = stablehlo.reshape %420 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %423 = "stablehlo.scatter"(%k_cache, %422, %421) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %424 = stablehlo.concatenate %210, %397, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %425 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %426 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %427 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %428 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %429 = stablehlo.concatenate %425, %426, %427, %428, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %430 = stablehlo.reshape %424 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %431 = stablehlo.reshape %429 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %432 = "stablehlo.scatter"(%v_cache, %431, %430) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %433 = stablehlo.reshape %414 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %434 = stablehlo.dot_general %433, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %435 = stablehlo.constant dense<0> : tensor<i32>
    %436 = stablehlo.broadcast_in_dim %435, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %437 = stablehlo.compare NE, %active, %436, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %438 = stablehlo.broadcast_in_dim %437, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %439 = stablehlo.constant dense<0.0> : tensor<f32>
    %440 = stablehlo.broadcast_in_dim %439, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %441 = stablehlo.select %438, %434, %440 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %441, %423, %432 : tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>
  }
}
