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
    %73 = "stablehlo.slice"(%70) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %74 = "stablehlo.slice"(%71) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %75 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %76 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %77 = "stablehlo.slice"(%24) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %78 = "stablehlo.slice"(%20) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %79 = stablehlo.dot_general %73, %74, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %80 = stablehlo.dot_general %73, %76, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %81 = stablehlo.concatenate %80, %79, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %82 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %84 = stablehlo.multiply %81, %83 : tensor<1x2x1x10x17xf32>
    %85 = stablehlo.broadcast_in_dim %78, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %86 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %88 = stablehlo.select %85, %84, %87 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %89 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %90 = stablehlo.reduce(%88 init: %89) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %92 = stablehlo.subtract %88, %91 : tensor<1x2x1x10x17xf32>
    %93 = stablehlo.exponential %92 : tensor<1x2x1x10x17xf32>
    %94 = stablehlo.constant dense<0.0> : tensor<f32>
    %95 = stablehlo.reduce(%93 init: %94) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %97 = stablehlo.divide %93, %96 : tensor<1x2x1x10x17xf32>
    %98 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %99 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %100 = stablehlo.dot_general %98, %77, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %101 = stablehlo.dot_general %99, %75, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %102 = stablehlo.add %100, %101 : tensor<1x2x1x10x12xf32>
    %103 = "stablehlo.slice"(%70) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %104 = "stablehlo.slice"(%71) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %105 = "stablehlo.slice"(%72) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %106 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %107 = "stablehlo.slice"(%24) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %108 = "stablehlo.slice"(%20) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %109 = stablehlo.dot_general %103, %104, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %110 = stablehlo.dot_general %103, %106, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %111 = stablehlo.concatenate %110, %109, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %112 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %114 = stablehlo.multiply %111, %113 : tensor<1x2x1x10x17xf32>
    %115 = stablehlo.broadcast_in_dim %108, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %116 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %118 = stablehlo.select %115, %114, %117 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %119 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %120 = stablehlo.reduce(%118 init: %119) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %122 = stablehlo.subtract %118, %121 : tensor<1x2x1x10x17xf32>
    %123 = stablehlo.exponential %122 : tensor<1x2x1x10x17xf32>
    %124 = stablehlo.constant dense<0.0> : tensor<f32>
    %125 = stablehlo.reduce(%123 init: %124) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %127 = stablehlo.divide %123, %126 : tensor<1x2x1x10x17xf32>
    %128 = "stablehlo.slice"(%127) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %129 = "stablehlo.slice"(%127) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %130 = stablehlo.dot_general %128, %107, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %131 = stablehlo.dot_general %129, %105, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %132 = stablehlo.add %130, %131 : tensor<1x2x1x10x12xf32>
    %133 = "stablehlo.slice"(%70) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %134 = "stablehlo.slice"(%71) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %135 = "stablehlo.slice"(%72) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %136 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %137 = "stablehlo.slice"(%24) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %138 = "stablehlo.slice"(%20) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %139 = stablehlo.dot_general %133, %134, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %140 = stablehlo.dot_general %133, %136, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %141 = stablehlo.concatenate %140, %139, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %142 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<1x2x1x10x17xf32>
    %145 = stablehlo.broadcast_in_dim %138, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %146 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %148 = stablehlo.select %145, %144, %147 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %149 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %150 = stablehlo.reduce(%148 init: %149) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %152 = stablehlo.subtract %148, %151 : tensor<1x2x1x10x17xf32>
    %153 = stablehlo.exponential %152 : tensor<1x2x1x10x17xf32>
    %154 = stablehlo.constant dense<0.0> : tensor<f32>
    %155 = stablehlo.reduce(%153 init: %154) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %157 = stablehlo.divide %153, %156 : tensor<1x2x1x10x17xf32>
    %158 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %159 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %160 = stablehlo.dot_general %158, %137, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %161 = stablehlo.dot_general %159, %135, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %162 = stablehlo.add %160, %161 : tensor<1x2x1x10x12xf32>
    %163 = stablehlo.concatenate %102, %132, %162, dim = 0 : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x10x12xf32>, tensor<1x2x1x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %164 = stablehlo.transpose %163, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x10x12xf32>) -> tensor<3x1x2x10x12xf32>
    %165 = stablehlo.reshape %164 : (tensor<3x1x2x10x12xf32>) -> tensor<3x1x240xf32>
    %166 = stablehlo.dot_general %165, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x240xf32>, tensor<100x240xf32>) -> tensor<3x1x100xf32>
    %167 = stablehlo.add %2, %166 : tensor<3x1x100xf32>
    %168 = stablehlo.multiply %167, %167 : tensor<3x1x100xf32>
    %169 = stablehlo.constant dense<0.0> : tensor<f32>
    %170 = stablehlo.reduce(%168 init: %169) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %171 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %173 = stablehlo.multiply %170, %172 : tensor<3x1xf32>
    %174 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %176 = stablehlo.add %173, %175 : tensor<3x1xf32>
    %177 = stablehlo.rsqrt %176 : tensor<3x1xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %179 = stablehlo.multiply %167, %178 : tensor<3x1x100xf32>
    %180 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %181 = stablehlo.multiply %179, %180 : tensor<3x1x100xf32>
    %182 = stablehlo.dot_general %181, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %183 = stablehlo.logistic %182 : tensor<3x1x56xf32>
    %184 = stablehlo.multiply %182, %183 : tensor<3x1x56xf32>
    %185 = stablehlo.dot_general %181, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %186 = stablehlo.multiply %184, %185 : tensor<3x1x56xf32>
    %187 = stablehlo.dot_general %186, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<100x56xf32>) -> tensor<3x1x100xf32>
    %188 = stablehlo.add %167, %187 : tensor<3x1x100xf32>
    %189 = stablehlo.reshape %71 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %190 = stablehlo.reshape %72 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %191 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %192 = stablehlo.reshape %191 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %193 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %194 = stablehlo.reshape %193 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %195 = stablehlo.multiply %188, %188 : tensor<3x1x100xf32>
    %196 = stablehlo.constant dense<0.0> : tensor<f32>
    %197 = stablehlo.reduce(%195 init: %196) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %198 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %200 = stablehlo.multiply %197, %199 : tensor<3x1xf32>
    %201 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %203 = stablehlo.add %200, %202 : tensor<3x1xf32>
    %204 = stablehlo.rsqrt %203 : tensor<3x1xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %206 = stablehlo.multiply %188, %205 : tensor<3x1x100xf32>
    %207 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<3x1x100xf32>
    %209 = stablehlo.dot_general %208, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<240x100xf32>) -> tensor<3x1x240xf32>
    %210 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<240xf32>) -> tensor<3x1x240xf32>
    %211 = stablehlo.add %209, %210 : tensor<3x1x240xf32>
    %212 = stablehlo.dot_general %208, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %213 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %214 = stablehlo.add %212, %213 : tensor<3x1x24xf32>
    %215 = stablehlo.dot_general %208, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<24x100xf32>) -> tensor<3x1x24xf32>
    %216 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %217 = stablehlo.add %215, %216 : tensor<3x1x24xf32>
    %218 = stablehlo.reshape %211 : (tensor<3x1x240xf32>) -> tensor<3x1x20x12xf32>
    %219 = stablehlo.reshape %214 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %220 = stablehlo.reshape %217 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %221 = "stablehlo.slice"(%218) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 20, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %222 = "stablehlo.slice"(%218) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 20, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x20x12xf32>) -> tensor<3x1x20x6xf32>
    %223 = stablehlo.negate %222 : tensor<3x1x20x6xf32>
    %224 = stablehlo.concatenate %223, %221, dim = 3 : (tensor<3x1x20x6xf32>, tensor<3x1x20x6xf32>) -> tensor<3x1x20x12xf32>
    %225 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %226 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x20x12xf32>
    %227 = stablehlo.multiply %218, %225 : tensor<3x1x20x12xf32>
    %228 = stablehlo.multiply %224, %226 : tensor<3x1x20x12xf32>
    %229 = stablehlo.add %227, %228 : tensor<3x1x20x12xf32>
    %230 = "stablehlo.slice"(%219) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %231 = "stablehlo.slice"(%219) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %232 = stablehlo.negate %231 : tensor<3x1x2x6xf32>
    %233 = stablehlo.concatenate %232, %230, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %234 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %235 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %236 = stablehlo.multiply %219, %234 : tensor<3x1x2x12xf32>
    %237 = stablehlo.multiply %233, %235 : tensor<3x1x2x12xf32>
    %238 = stablehlo.add %236, %237 : tensor<3x1x2x12xf32>
    %239 = stablehlo.reshape %229 : (tensor<3x1x20x12xf32>) -> tensor<3x1x2x10x12xf32>
    %240 = stablehlo.transpose %239, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %241 = stablehlo.transpose %238, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %242 = stablehlo.transpose %220, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %243 = "stablehlo.slice"(%240) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %244 = "stablehlo.slice"(%241) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %245 = "stablehlo.slice"(%242) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %246 = "stablehlo.slice"(%192) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %247 = "stablehlo.slice"(%194) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %248 = "stablehlo.slice"(%20) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %249 = stablehlo.dot_general %243, %244, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %250 = stablehlo.dot_general %243, %246, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %251 = stablehlo.concatenate %250, %249, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %252 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %254 = stablehlo.multiply %251, %253 : tensor<1x2x1x10x17xf32>
    %255 = stablehlo.broadcast_in_dim %248, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %256 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %258 = stablehlo.select %255, %254, %257 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %259 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %260 = stablehlo.reduce(%258 init: %259) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %262 = stablehlo.subtract %258, %261 : tensor<1x2x1x10x17xf32>
    %263 = stablehlo.exponential %262 : tensor<1x2x1x10x17xf32>
    %264 = stablehlo.constant dense<0.0> : tensor<f32>
    %265 = stablehlo.reduce(%263 init: %264) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %267 = stablehlo.divide %263, %266 : tensor<1x2x1x10x17xf32>
    %268 = "stablehlo.slice"(%267) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %269 = "stablehlo.slice"(%267) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %270 = stablehlo.dot_general %268, %247, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %271 = stablehlo.dot_general %269, %245, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %272 = stablehlo.add %270, %271 : tensor<1x2x1x10x12xf32>
    %273 = "stablehlo.slice"(%240) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %274 = "stablehlo.slice"(%241) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %275 = "stablehlo.slice"(%242) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %276 = "stablehlo.slice"(%192) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %277 = "stablehlo.slice"(%194) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %278 = "stablehlo.slice"(%20) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %279 = stablehlo.dot_general %273, %274, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %280 = stablehlo.dot_general %273, %276, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %281 = stablehlo.concatenate %280, %279, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %282 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %284 = stablehlo.multiply %281, %283 : tensor<1x2x1x10x17xf32>
    %285 = stablehlo.broadcast_in_dim %278, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %286 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %288 = stablehlo.select %285, %284, %287 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %289 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %290 = stablehlo.reduce(%288 init: %289) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %292 = stablehlo.subtract %288, %291 : tensor<1x2x1x10x17xf32>
    %293 = stablehlo.exponential %292 : tensor<1x2x1x10x17xf32>
    %294 = stablehlo.constant dense<0.0> : tensor<f32>
    %295 = stablehlo.reduce(%293 init: %294) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %297 = stablehlo.divide %293, %296 : tensor<1x2x1x10x17xf32>
    %298 = "stablehlo.slice"(%297) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %299 = "stablehlo.slice"(%297) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %300 = stablehlo.dot_general %298, %277, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %301 = stablehlo.dot_general %299, %275, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %302 = stablehlo.add %300, %301 : tensor<1x2x1x10x12xf32>
    %303 = "stablehlo.slice"(%240) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 10, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x10x12xf32>) -> tensor<1x2x1x10x12xf32>
    %304 = "stablehlo.slice"(%241) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %305 = "stablehlo.slice"(%242) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %306 = "stablehlo.slice"(%192) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %307 = "stablehlo.slice"(%194) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %308 = "stablehlo.slice"(%20) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %309 = stablehlo.dot_general %303, %304, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x1xf32>
    %310 = stablehlo.dot_general %303, %306, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x16xf32>
    %311 = stablehlo.concatenate %310, %309, dim = 4 : (tensor<1x2x1x10x16xf32>, tensor<1x2x1x10x1xf32>) -> tensor<1x2x1x10x17xf32>
    %312 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %314 = stablehlo.multiply %311, %313 : tensor<1x2x1x10x17xf32>
    %315 = stablehlo.broadcast_in_dim %308, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x10x17xi1>
    %316 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [] : (tensor<f32>) -> tensor<1x2x1x10x17xf32>
    %318 = stablehlo.select %315, %314, %317 : (tensor<1x2x1x10x17xi1>, tensor<1x2x1x10x17xf32>, tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x17xf32>
    %319 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %320 = stablehlo.reduce(%318 init: %319) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %322 = stablehlo.subtract %318, %321 : tensor<1x2x1x10x17xf32>
    %323 = stablehlo.exponential %322 : tensor<1x2x1x10x17xf32>
    %324 = stablehlo.constant dense<0.0> : tensor<f32>
    %325 = stablehlo.reduce(%323 init: %324) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x10x17xf32>, tensor<f32>) -> tensor<1x2x1x10xf32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [0, 1, 2, 3] : (tensor<1x2x1x10xf32>) -> tensor<1x2x1x10x17xf32>
    %327 = stablehlo.divide %323, %326 : tensor<1x2x1x10x17xf32>
    %328 = "stablehlo.slice"(%327) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 10, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x16xf32>
    %329 = "stablehlo.slice"(%327) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 10, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x10x17xf32>) -> tensor<1x2x1x10x1xf32>
    %330 = stablehlo.dot_general %328, %307, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x10x12xf32>
    %331 = stablehlo.dot_general %329, %305, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x10x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x10x12xf32>
    %332 = stablehlo.add %330, %331 : tensor<1x2x1x10x12xf32>
    %333 = stablehlo.concatenate %272, %302, %332, dim = 0 : (tensor<1x2x1x10x12xf32>, tensor<1x2x1x10x12xf32>, tensor<1x2x1x10x12xf32>) -> tensor<3x2x1x10x12xf32>
    %334 = stablehlo.transpose %333, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x10x12xf32>) -> tensor<3x1x2x10x12xf32>
    %335 = stablehlo.reshape %334 : (tensor<3x1x2x10x12xf32>) -> tensor<3x1x240xf32>
    %336 = stablehlo.dot_general %335, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x240xf32>, tensor<100x240xf32>) -> tensor<3x1x100xf32>
    %337 = stablehlo.add %188, %336 : tensor<3x1x100xf32>
    %338 = stablehlo.multiply %337, %337 : tensor<3x1x100xf32>
    %339 = stablehlo.constant dense<0.0> : tensor<f32>
    %340 = stablehlo.reduce(%338 init: %339) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %341 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %343 = stablehlo.multiply %340, %342 : tensor<3x1xf32>
    %344 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %346 = stablehlo.add %343, %345 : tensor<3x1xf32>
    %347 = stablehlo.rsqrt %346 : tensor<3x1xf32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %349 = stablehlo.multiply %337, %348 : tensor<3x1x100xf32>
    %350 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %351 = stablehlo.multiply %349, %350 : tensor<3x1x100xf32>
    %352 = stablehlo.dot_general %351, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %353 = stablehlo.logistic %352 : tensor<3x1x56xf32>
    %354 = stablehlo.multiply %352, %353 : tensor<3x1x56xf32>
    %355 = stablehlo.dot_general %351, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x100xf32>, tensor<56x100xf32>) -> tensor<3x1x56xf32>
    %356 = stablehlo.multiply %354, %355 : tensor<3x1x56xf32>
    %357 = stablehlo.dot_general %356, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<100x56xf32>) -> tensor<3x1x100xf32>
    %358 = stablehlo.add %337, %357 : tensor<3x1x100xf32>
    %359 = stablehlo.reshape %241 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %360 = stablehlo.reshape %242 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %361 = stablehlo.multiply %358, %358 : tensor<3x1x100xf32>
    %362 = stablehlo.constant dense<0.0> : tensor<f32>
    %363 = stablehlo.reduce(%361 init: %362) applies stablehlo.add across dimensions = [2] : (tensor<3x1x100xf32>, tensor<f32>) -> tensor<3x1xf32>
    %364 = stablehlo.constant dense<0.009999999776482582> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %366 = stablehlo.multiply %363, %365 : tensor<3x1xf32>
    %367 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %369 = stablehlo.add %366, %368 : tensor<3x1xf32>
    %370 = stablehlo.rsqrt %369 : tensor<3x1xf32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x100xf32>
    %372 = stablehlo.multiply %358, %371 : tensor<3x1x100xf32>
    %373 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<100xf32>) -> tensor<3x1x100xf32>
    %374 = stablehlo.multiply %372, %373 : tensor<3x1x100xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %375 = stablehlo.concatenate %189, %359, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %376 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %377 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %378 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %379 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %380 = stablehlo.concatenate %376, %377, %378, %379, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %381 = stablehlo.reshape %375 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %382 = stablehlo.reshape %380 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %383 = "stablehlo.scatter"(%k_cache, %382, %381) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %384 = stablehlo.concatenate %190, %360, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %385 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %386 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %387 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %388 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %389 = stablehlo.concatenate %385, %386, %387, %388, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %390 = stablehlo.reshape %384 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %391 = stablehlo.reshape %389 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %392 = "stablehlo.scatter"(%v_cache, %391, %390) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %393 = stablehlo.reshape %374 : (tensor<3x1x100xf32>) -> tensor<3x100xf32>
    %394 = stablehlo.dot_general %393, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x100xf32>, tensor<97x100xf32>) -> tensor<3x97xf32>
    %395 = stablehlo.constant dense<0> : tensor<i32>
    %396 = stablehlo.broadcast_in_dim %395, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %397 = stablehlo.compare NE, %active, %396, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %398 = stablehlo.broadcast_in_dim %397, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %399 = stablehlo.constant dense<0.0> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %401 = stablehlo.select %398, %394, %400 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %401, %383, %392 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
