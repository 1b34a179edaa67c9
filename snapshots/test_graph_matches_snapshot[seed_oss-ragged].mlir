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
    %75 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %76 = "stablehlo.slice"(%73) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %77 = "stablehlo.slice"(%74) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %78 = "stablehlo.slice"(%24) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %79 = "stablehlo.slice"(%26) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %80 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %81 = stablehlo.dot_general %75, %78, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %82 = stablehlo.dot_general %75, %76, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %83 = stablehlo.concatenate %81, %82, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %84 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %86 = stablehlo.multiply %83, %85 : tensor<1x2x1x10x17xf32>
    %87 = stablehlo.broadcast_in_dim %80, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %88 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %90 = stablehlo.select %87, %86, %89 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %91 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %92 = stablehlo.reduce(%90 init: %91) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %94 = stablehlo.subtract %90, %93 : tensor<1x2x1x10x17xf32>
    %95 = stablehlo.exponential %94 : tensor<1x2x1x10x17xf32>
    %96 = stablehlo.constant dense<0.0> : tensor<f32>
    %97 = stablehlo.reduce(%95 init: %96) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %99 = stablehlo.divide %95, %98 : tensor<1x2x1x10x17xf32>
    %100 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %101 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %102 = stablehlo.dot_general %100, %79, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %103 = stablehlo.dot_general %101, %77, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %104 = stablehlo.add %102, %103 : tensor<1x2x1x10x12xf32>
    %105 = "stablehlo.slice"(%72) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %106 = "stablehlo.slice"(%73) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %107 = "stablehlo.slice"(%74) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %108 = "stablehlo.slice"(%24) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %109 = "stablehlo.slice"(%26) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %110 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %111 = stablehlo.dot_general %105, %108, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %112 = stablehlo.dot_general %105, %106, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %113 = stablehlo.concatenate %111, %112, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %114 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %116 = stablehlo.multiply %113, %115 : tensor<1x2x1x10x17xf32>
    %117 = stablehlo.broadcast_in_dim %110, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %118 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %120 = stablehlo.select %117, %116, %119 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %121 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %122 = stablehlo.reduce(%120 init: %121) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %124 = stablehlo.subtract %120, %123 : tensor<1x2x1x10x17xf32>
    %125 = stablehlo.exponential %124 : tensor<1x2x1x10x17xf32>
    %126 = stablehlo.constant dense<0.0> : tensor<f32>
    %127 = stablehlo.reduce(%125 init: %126) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %129 = stablehlo.divide %125, %128 : tensor<1x2x1x10x17xf32>
    %130 = "stablehlo.slice"(%129) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %131 = "stablehlo.slice"(%129) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %132 = stablehlo.dot_general %130, %109, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %133 = stablehlo.dot_general %131, %107, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %134 = stablehlo.add %132, %133 : tensor<1x2x1x10x12xf32>
    %135 = "stablehlo.slice"(%72) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %136 = "stablehlo.slice"(%73) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %137 = "stablehlo.slice"(%74) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %138 = "stablehlo.slice"(%24) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %139 = "stablehlo.slice"(%26) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %140 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %141 = stablehlo.dot_general %135, %138, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %142 = stablehlo.dot_general %135, %136, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %143 = stablehlo.concatenate %141, %142, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %144 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<1x2x1x10x17xf32>
    %147 = stablehlo.broadcast_in_dim %140, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %148 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %150 = stablehlo.select %147, %146, %149 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %151 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %152 = stablehlo.reduce(%150 init: %151) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %154 = stablehlo.subtract %150, %153 : tensor<1x2x1x10x17xf32>
    %155 = stablehlo.exponential %154 : tensor<1x2x1x10x17xf32>
    %156 = stablehlo.constant dense<0.0> : tensor<f32>
    %157 = stablehlo.reduce(%155 init: %156) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %159 = stablehlo.divide %155, %158 : tensor<1x2x1x10x17xf32>
    %160 = "stablehlo.slice"(%159) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %161 = "stablehlo.slice"(%159) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %162 = stablehlo.dot_general %160, %139, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %163 = stablehlo.dot_general %161, %137, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %164 = stablehlo.add %162, %163 : tensor<1x2x1x10x12xf32>
    %165 = stablehlo.concatenate %104, %134, %164, dim = 0 : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x10x12xf32>, tensor<1x2x1x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %166 = stablehlo.transpose %165, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x10x12xf32>) -> tensor<3x1x2x10x12xf32>
    %167 = stablehlo.reshape %166 : (tensor<3x1x2x10x12xf32>) -> tensor<3x1x240xf32>
    %168 = stablehlo.dot_general %167, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x240xf32>, tensor<100x240xf32>) -> tensor<3x1x100xf32>
    %169 = stablehlo.add %2, %168 : tensor<3x1x100xf32>
    %170 = stablehlo.multiply %169, %169 : tensor<3x1x100xf32>
    %171 = stablehlo.constant dense<0.0> : tensor<f32>
    %172 = stablehlo.reduce(%170 init: %171) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %173 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %175 = stablehlo.multiply %172, %174 : tensor<3x1xf32>
    %176 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %178 = stablehlo.add %175, %177 : tensor<3x1xf32>
    %179 = stablehlo.rsqrt %178 : tensor<3x1xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %181 = stablehlo.multiply %169, %180 : tensor<3x1x100xf32>
    %182 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %183 = stablehlo.multiply %181, %182 : tensor<3x1x100xf32>
    %184 = stablehlo.dot_general %183, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %185 = stablehlo.logistic %184 : tensor<3x1x56xf32>
    %186 = stablehlo.multiply %184, %185 : tensor<3x1x56xf32>
    %187 = stablehlo.dot_general %183, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %188 = stablehlo.multiply %186, %187 : tensor<3x1x56xf32>
    %189 = stablehlo.dot_general %188, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<100x56xf32>) -> tensor<3x1x100xf32>
    %190 = stablehlo.add %169, %189 : tensor<3x1x100xf32>
    %191 = stablehlo.reshape %73 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %192 = stablehlo.reshape %74 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %193 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %194 = stablehlo.reshape %193 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %195 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %196 = stablehlo.reshape %195 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %197 = stablehlo.multiply %190, %190 : tensor<3x1x100xf32>
    %198 = stablehlo.constant dense<0.0> : tensor<f32>
    %199 = stablehlo.reduce(%197 init: %198) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %200 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %202 = stablehlo.multiply %199, %201 : tensor<3x1xf32>
    %203 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %205 = stablehlo.add %202, %204 : tensor<3x1xf32>
    %206 = stablehlo.rsqrt %205 : tensor<3x1xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %208 = stablehlo.multiply %190, %207 : tensor<3x1x100xf32>
    %209 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %210 = stablehlo.multiply %208, %209 : tensor<3x1x100xf32>
    %211 = stablehlo.dot_general %210, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<240x100xf32>) -> tensor<3x1x240xf32>
    %212 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<3x1x240xf32>
    %213 = stablehlo.add %211, %212 : tensor<3x1x240xf32>
    %214 = stablehlo.dot_general %210, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %215 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %216 = stablehlo.add %214, %215 : tensor<3x1x24xf32>
    %217 = stablehlo.dot_general %210, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %218 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %219 = stablehlo.add %217, %218 : tensor<3x1x24xf32>
    %220 = stablehlo.reshape %213 : (tensor<3x1x240xf32>) -> tensor<3x1x20x12xf32>
    %221 = stablehlo.reshape %216 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %222 = stablehlo.reshape %219 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %223 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %224 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %225 = stablehlo.negate %224 : tensor<3x1x20x6xf32>
    %226 = stablehlo.concatenate %225, %223, dim = 3 : (tensor<3x1x20x6xf32>, tensor<3x1x20x6xf32>) -> tensor<3x1x20x12xf32>
    %227 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %228 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %229 = stablehlo.multiply %220, %227 : tensor<3x1x20x12xf32>
    %230 = stablehlo.multiply %226, %228 : tensor<3x1x20x12xf32>
    %231 = stablehlo.add %229, %230 : tensor<3x1x20x12xf32>
    %232 = "stablehlo.slice"(%221) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %233 = "stablehlo.slice"(%221) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %234 = stablehlo.negate %233 : tensor<3x1x2x6xf32>
    %235 = stablehlo.concatenate %234, %232, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %236 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %237 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %238 = stablehlo.multiply %221, %236 : tensor<3x1x2x12xf32>
    %239 = stablehlo.multiply %235, %237 : tensor<3x1x2x12xf32>
    %240 = stablehlo.add %238, %239 : tensor<3x1x2x12xf32>
    %241 = stablehlo.reshape %231 : (tensor<3x1x20x12xf32>) -> tensor<3x1x2x10x12xf32>
    %242 = stablehlo.transpose %241, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %243 = stablehlo.transpose %240, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %244 = stablehlo.transpose %222, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %245 = "stablehlo.slice"(%242) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %246 = "stablehlo.slice"(%243) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %247 = "stablehlo.slice"(%244) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %248 = "stablehlo.slice"(%194) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %249 = "stablehlo.slice"(%196) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %250 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %251 = stablehlo.dot_general %245, %248, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %252 = stablehlo.dot_general %245, %246, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %253 = stablehlo.concatenate %251, %252, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %254 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %256 = stablehlo.multiply %253, %255 : tensor<1x2x1x10x17xf32>
    %257 = stablehlo.broadcast_in_dim %250, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %258 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %260 = stablehlo.select %257, %256, %259 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %261 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %262 = stablehlo.reduce(%260 init: %261) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %264 = stablehlo.subtract %260, %263 : tensor<1x2x1x10x17xf32>
    %265 = stablehlo.exponential %264 : tensor<1x2x1x10x17xf32>
    %266 = stablehlo.constant dense<0.0> : tensor<f32>
    %267 = stablehlo.reduce(%265 init: %266) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %269 = stablehlo.divide %265, %268 : tensor<1x2x1x10x17xf32>
    %270 = "stablehlo.slice"(%269) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %271 = "stablehlo.slice"(%269) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %272 = stablehlo.dot_general %270, %249, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %273 = stablehlo.dot_general %271, %247, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %274 = stablehlo.add %272, %273 : tensor<1x2x1x10x12xf32>
    %275 = "stablehlo.slice"(%242) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %276 = "stablehlo.slice"(%243) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %277 = "stablehlo.slice"(%244) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %278 = "stablehlo.slice"(%194) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %279 = "stablehlo.slice"(%196) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %280 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %281 = stablehlo.dot_general %275, %278, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %282 = stablehlo.dot_general %275, %276, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %283 = stablehlo.concatenate %281, %282, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %284 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %286 = stablehlo.multiply %283, %285 : tensor<1x2x1x10x17xf32>
    %287 = stablehlo.broadcast_in_dim %280, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %288 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %290 = stablehlo.select %287, %286, %289 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %291 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %292 = stablehlo.reduce(%290 init: %291) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %294 = stablehlo.subtract %290, %293 : tensor<1x2x1x10x17xf32>
    %295 = stablehlo.exponential %294 : tensor<1x2x1x10x17xf32>
    %296 = stablehlo.constant dense<0.0> : tensor<f32>
    %297 = stablehlo.reduce(%295 init: %296) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %299 = stablehlo.divide %295, %298 : tensor<1x2x1x10x17xf32>
    %300 = "stablehlo.slice"(%299) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %301 = "stablehlo.slice"(%299) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %302 = stablehlo.dot_general %300, %279, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %303 = stablehlo.dot_general %301, %277, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %304 = stablehlo.add %302, %303 : tensor<1x2x1x10x12xf32>
    %305 = "stablehlo.slice"(%242) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %306 = "stablehlo.slice"(%243) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %307 = "stablehlo.slice"(%244) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %308 = "stablehlo.slice"(%194) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %309 = "stablehlo.slice"(%196) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %310 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %311 = stablehlo.dot_general %305, %308, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %312 = stablehlo.dot_general %305, %306, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %313 = stablehlo.concatenate %311, %312, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %314 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %316 = stablehlo.multiply %313, %315 : tensor<1x2x1x10x17xf32>
    %317 = stablehlo.broadcast_in_dim %310, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %318 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %320 = stablehlo.select %317, %316, %319 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %321 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %322 = stablehlo.reduce(%320 init: %321) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %323 = stablehlo.broadcast_in_dim %322, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %324 = stablehlo.subtract %320, %323 : tensor<1x2x1x10x17xf32>
    %325 = stablehlo.exponential %324 : tensor<1x2x1x10x17xf32>
    %326 = stablehlo.constant dense<0.0> : tensor<f32>
    %327 = stablehlo.reduce(%325 init: %326) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %329 = stablehlo.divide %325, %328 : tensor<1x2x1x10x17xf32>
    %330 = "stablehlo.slice"(%329) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %331 = "stablehlo.slice"(%329) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %332 = stablehlo.dot_general %330, %309, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %333 = stablehlo.dot_general %331, %307, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %334 = stablehlo.add %332, %333 : tensor<1x2x1x10x12xf32>
    %335 = stablehlo.concatenate %274, %304, %334, dim = 0 : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x10x12xf32>, tensor<1x2x1x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %336 = stablehlo.transpose %335, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x10x12xf32>) -> tensor<3x1x2x10x12xf32>
    %337 = stablehlo.reshape %336 : (tensor<3x1x2x10x12xf32>) -> tensor<3x1x240xf32>
    %338 = stablehlo.dot_general %337, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x240xf32>, tensor<100x240xf32>) -> tensor<3x1x100xf32>
    %339 = stablehlo.add %190, %338 : tensor<3x1x100xf32>
    %340 = stablehlo.multiply %339, %339 : tensor<3x1x100xf32>
    %341 = stablehlo.constant dense<0.0> : tensor<f32>
    %342 = stablehlo.reduce(%340 init: %341) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %343 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %344 = stablehlo.broadcast_in_dim %343, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %345 = stablehlo.multiply %342, %344 : tensor<3x1xf32>
    %346 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %346, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %348 = stablehlo.add %345, %347 : tensor<3x1xf32>
    %349 = stablehlo.rsqrt %348 : tensor<3x1xf32>
    %350 = stablehlo.broadcast_in_dim %349, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %351 = stablehlo.multiply %339, %350 : tensor<3x1x100xf32>
    %352 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %353 = stablehlo.multiply %351, %352 : tensor<3x1x100xf32>
    %354 = stablehlo.dot_general %353, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %355 = stablehlo.logistic %354 : tensor<3x1x56xf32>
    %356 = stablehlo.multiply %354, %355 : tensor<3x1x56xf32>
    %357 = stablehlo.dot_general %353, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %358 = stablehlo.multiply %356, %357 : tensor<3x1x56xf32>
    %359 = stablehlo.dot_general %358, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<100x56xf32>) -> tensor<3x1x100xf32>
    %360 = stablehlo.add %339, %359 : tensor<3x1x100xf32>
    %361 = stablehlo.reshape %243 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %362 = stablehlo.reshape %244 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %363 = stablehlo.multiply %360, %360 : tensor<3x1x100xf32>
    %364 = stablehlo.constant dense<0.0> : tensor<f32>
    %365 = stablehlo.reduce(%363 init: %364) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %366 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %368 = stablehlo.multiply %365, %367 : tensor<3x1xf32>
    %369 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %371 = stablehlo.add %368, %370 : tensor<3x1xf32>
    %372 = stablehlo.rsqrt %371 : tensor<3x1xf32>
    %373 = stablehlo.broadcast_in_dim %372, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %374 = stablehlo.multiply %360, %373 : tensor<3x1x100xf32>
    %375 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %376 = stablehlo.multiply %374, %375 : tensor<3x1x100xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %377 = stablehlo.concatenate %191, %361, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %378 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %379 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %380 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %381 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %382 = stablehlo.concatenate %378, %379, %380, %381, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %383 = stablehlo.reshape %377 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %384 = stablehlo.reshape %382 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %385 = "stablehlo.scatter"(%k_cache, %384, %383) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %386 = stablehlo.concatenate %192, %362, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %387 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %388 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %389 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %390 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %391 = stablehlo.concatenate %387, %388, %389, %390, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %392 = stablehlo.reshape %386 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %393 = stablehlo.reshape %391 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %394 = "stablehlo.scatter"(%v_cache, %393, %392) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %395 = stablehlo.reshape %376 : (tensor<3x1x100xf32>) -> tensor<3x100xf32>
    %396 = stablehlo.dot_general %395, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x100xf32>, tensor<97x100xf32>) -> tensor<3x97xf32>
    %397 = stablehlo.constant dense<0> : tensor<i32>
    %398 = stablehlo.broadcast_in_dim %397, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %399 = stablehlo.compare NE, %active, %398, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %400 = stablehlo.broadcast_in_dim %399, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %401 = stablehlo.constant dense<0.0> : tensor<f32>
    %402 = stablehlo.broadcast_in_dim %401, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %403 = stablehlo.select %400, %396, %402 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %403, %385, %394 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
