// internlm3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=160 heads=32 kv_heads=2 head_dim=12 vocab=97
module @internlm3_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x160xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<384x160xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x160xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x160xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<160x384xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x160xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x160xf32>, %model.layers.0.mlp.down_proj.weight: tensor<160x56xf32>, %model.layers.0.input_layernorm.weight: tensor<160xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<160xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<384x160xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x160xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x160xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<160x384xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x160xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x160xf32>, %model.layers.1.mlp.down_proj.weight: tensor<160x56xf32>, %model.layers.1.input_layernorm.weight: tensor<160xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<160xf32>, %model.norm.weight: tensor<160xf32>, %lm_head.weight: tensor<97x160xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 160>, indices_are_sorted = false} : (tensor<97x160xf32>, tensor<3x1x1xi32>) -> tensor<3x1x160xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.05210007354617119, 0.002714417641982436, 0.00014142136205919087, 7.368063052126672e-06, 3.8387662470995565e-07]> : tensor<6xf32>
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
    %27 = stablehlo.multiply %2, %2 : tensor<3x1x160xf32>
    %28 = stablehlo.constant dense<0.0> : tensor<f32>
    %29 = stablehlo.reduce(%27 init: %28) applies stablehlo.add across dimensions = [2] : (tensor<3x1x160xf32>, tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %32 = stablehlo.multiply %29, %31 : tensor<3x1xf32>
    %33 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %35 = stablehlo.add %32, %34 : tensor<3x1xf32>
    %36 = stablehlo.rsqrt %35 : tensor<3x1xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x160xf32>
    %38 = stablehlo.multiply %2, %37 : tensor<3x1x160xf32>
    %39 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<3x1x160xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<3x1x160xf32>
    %41 = stablehlo.dot_general %40, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<384x160xf32>) -> tensor<3x1x384xf32>
    %42 = stablehlo.dot_general %40, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<24x160xf32>) -> tensor<3x1x24xf32>
    %43 = stablehlo.dot_general %40, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<24x160xf32>) -> tensor<3x1x24xf32>
    %44 = stablehlo.reshape %41 : (tensor<3x1x384xf32>) -> tensor<3x1x32x12xf32>
    %45 = stablehlo.reshape %42 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %46 = stablehlo.reshape %43 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %47 = "stablehlo.slice"(%44) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 32, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x32x12xf32>) -> tensor<3x1x32x6xf32>
    %48 = "stablehlo.slice"(%44) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 32, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x32x12xf32>) -> tensor<3x1x32x6xf32>
    %49 = stablehlo.negate %48 : tensor<3x1x32x6xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 3 : (tensor<3x1x32x6xf32>, tensor<3x1x32x6xf32>) -> tensor<3x1x32x12xf32>
    %51 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x32x12xf32>
    %52 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x32x12xf32>
    %53 = stablehlo.multiply %44, %51 : tensor<3x1x32x12xf32>
    %54 = stablehlo.multiply %50, %52 : tensor<3x1x32x12xf32>
    %55 = stablehlo.add %53, %54 : tensor<3x1x32x12xf32>
    %56 = "stablehlo.slice"(%45) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %57 = "stablehlo.slice"(%45) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %58 = stablehlo.negate %57 : tensor<3x1x2x6xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %60 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %61 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %62 = stablehlo.multiply %45, %60 : tensor<3x1x2x12xf32>
    %63 = stablehlo.multiply %59, %61 : tensor<3x1x2x12xf32>
    %64 = stablehlo.add %62, %63 : tensor<3x1x2x12xf32>
    %65 = stablehlo.reshape %55 : (tensor<3x1x32x12xf32>) -> tensor<3x1x2x16x12xf32>
    %66 = stablehlo.transpose %65, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x1x16x12xf32>
    %67 = stablehlo.transpose %64, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %68 = stablehlo.transpose %46, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %69 = "stablehlo.slice"(%66) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %70 = "stablehlo.slice"(%67) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %71 = "stablehlo.slice"(%68) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %72 = "stablehlo.slice"(%24) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %73 = "stablehlo.slice"(%26) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %74 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %75 = stablehlo.dot_general %69, %72, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x16xf32>
    %76 = stablehlo.dot_general %69, %70, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x1xf32>
    %77 = stablehlo.concatenate %75, %76, dim = 4 : (tensor<1x2x1x16x16xf32>, tensor<1x2x1x16x1xf32>) -> tensor<1x2x1x16x17xf32>
    %78 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<1x2x1x16x17xf32>
    %81 = stablehlo.broadcast_in_dim %74, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x16x17xi1>
    %82 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %84 = stablehlo.select %81, %80, %83 : (tensor<1x2x1x16x17xi1>, tensor<1x2x1x16x17xf32>, tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x17xf32>
    %85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %88 = stablehlo.subtract %84, %87 : tensor<1x2x1x16x17xf32>
    %89 = stablehlo.exponential %88 : tensor<1x2x1x16x17xf32>
    %90 = stablehlo.constant dense<0.0> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %93 = stablehlo.divide %89, %92 : tensor<1x2x1x16x17xf32>
    %94 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x16xf32>
    %95 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 16, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x1xf32>
    %96 = stablehlo.dot_general %94, %73, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %97 = stablehlo.dot_general %95, %71, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x12xf32>
    %98 = stablehlo.add %96, %97 : tensor<1x2x1x16x12xf32>
    %99 = "stablehlo.slice"(%66) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %100 = "stablehlo.slice"(%67) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %101 = "stablehlo.slice"(%68) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %102 = "stablehlo.slice"(%24) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %103 = "stablehlo.slice"(%26) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %104 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %105 = stablehlo.dot_general %99, %102, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x16xf32>
    %106 = stablehlo.dot_general %99, %100, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x1xf32>
    %107 = stablehlo.concatenate %105, %106, dim = 4 : (tensor<1x2x1x16x16xf32>, tensor<1x2x1x16x1xf32>) -> tensor<1x2x1x16x17xf32>
    %108 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %110 = stablehlo.multiply %107, %109 : tensor<1x2x1x16x17xf32>
    %111 = stablehlo.broadcast_in_dim %104, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x16x17xi1>
    %112 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %114 = stablehlo.select %111, %110, %113 : (tensor<1x2x1x16x17xi1>, tensor<1x2x1x16x17xf32>, tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x17xf32>
    %115 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %116 = stablehlo.reduce(%114 init: %115) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %118 = stablehlo.subtract %114, %117 : tensor<1x2x1x16x17xf32>
    %119 = stablehlo.exponential %118 : tensor<1x2x1x16x17xf32>
    %120 = stablehlo.constant dense<0.0> : tensor<f32>
    %121 = stablehlo.reduce(%119 init: %120) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %123 = stablehlo.divide %119, %122 : tensor<1x2x1x16x17xf32>
    %124 = "stablehlo.slice"(%123) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x16xf32>
    %125 = "stablehlo.slice"(%123) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 16, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x1xf32>
    %126 = stablehlo.dot_general %124, %103, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %127 = stablehlo.dot_general %125, %101, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x12xf32>
    %128 = stablehlo.add %126, %127 : tensor<1x2x1x16x12xf32>
    %129 = "stablehlo.slice"(%66) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %130 = "stablehlo.slice"(%67) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %131 = "stablehlo.slice"(%68) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %132 = "stablehlo.slice"(%24) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %133 = "stablehlo.slice"(%26) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %134 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %135 = stablehlo.dot_general %129, %132, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x16xf32>
    %136 = stablehlo.dot_general %129, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x1xf32>
    %137 = stablehlo.concatenate %135, %136, dim = 4 : (tensor<1x2x1x16x16xf32>, tensor<1x2x1x16x1xf32>) -> tensor<1x2x1x16x17xf32>
    %138 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<1x2x1x16x17xf32>
    %141 = stablehlo.broadcast_in_dim %134, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x16x17xi1>
    %142 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %144 = stablehlo.select %141, %140, %143 : (tensor<1x2x1x16x17xi1>, tensor<1x2x1x16x17xf32>, tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x17xf32>
    %145 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %146 = stablehlo.reduce(%144 init: %145) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %148 = stablehlo.subtract %144, %147 : tensor<1x2x1x16x17xf32>
    %149 = stablehlo.exponential %148 : tensor<1x2x1x16x17xf32>
    %150 = stablehlo.constant dense<0.0> : tensor<f32>
    %151 = stablehlo.reduce(%149 init: %150) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %153 = stablehlo.divide %149, %152 : tensor<1x2x1x16x17xf32>
    %154 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x16xf32>
    %155 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 16, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x1xf32>
    %156 = stablehlo.dot_general %154, %133, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %157 = stablehlo.dot_general %155, %131, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x12xf32>
    %158 = stablehlo.add %156, %157 : tensor<1x2x1x16x12xf32>
    %159 = stablehlo.concatenate %98, %128, %158, dim = 0 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x16x12xf32>, tensor<1x2x1x16x12xf32>) -> tensor<3x2x1x16x12xf32>
    %160 = stablehlo.transpose %159, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %161 = stablehlo.reshape %160 : (tensor<3x1x2x16x12xf32>) -> tensor<3x1x384xf32>
    %162 = stablehlo.dot_general %161, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x384xf32>, tensor<160x384xf32>) -> tensor<3x1x160xf32>
    %163 = stablehlo.add %2, %162 : tensor<3x1x160xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<3x1x160xf32>
    %165 = stablehlo.constant dense<0.0> : tensor<f32>
    %166 = stablehlo.reduce(%164 init: %165) applies stablehlo.add across dimensions = [2] : (tensor<3x1x160xf32>, tensor<f32>) -> tensor<3x1xf32>
    %167 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<3x1xf32>
    %170 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %172 = stablehlo.add %169, %171 : tensor<3x1xf32>
    %173 = stablehlo.rsqrt %172 : tensor<3x1xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x160xf32>
    %175 = stablehlo.multiply %163, %174 : tensor<3x1x160xf32>
    %176 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<3x1x160xf32>
    %177 = stablehlo.multiply %175, %176 : tensor<3x1x160xf32>
    %178 = stablehlo.dot_general %177, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<56x160xf32>) -> tensor<3x1x56xf32>
    %179 = stablehlo.logistic %178 : tensor<3x1x56xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<3x1x56xf32>
    %181 = stablehlo.dot_general %177, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<56x160xf32>) -> tensor<3x1x56xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<3x1x56xf32>
    %183 = stablehlo.dot_general %182, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<160x56xf32>) -> tensor<3x1x160xf32>
    %184 = stablehlo.add %163, %183 : tensor<3x1x160xf32>
    %185 = stablehlo.reshape %67 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %186 = stablehlo.reshape %68 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %187 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %188 = stablehlo.reshape %187 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %189 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %190 = stablehlo.reshape %189 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %191 = stablehlo.multiply %184, %184 : tensor<3x1x160xf32>
    %192 = stablehlo.constant dense<0.0> : tensor<f32>
    %193 = stablehlo.reduce(%191 init: %192) applies stablehlo.add across dimensions = [2] : (tensor<3x1x160xf32>, tensor<f32>) -> tensor<3x1xf32>
    %194 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %196 = stablehlo.multiply %193, %195 : tensor<3x1xf32>
    %197 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %199 = stablehlo.add %196, %198 : tensor<3x1xf32>
    %200 = stablehlo.rsqrt %199 : tensor<3x1xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x160xf32>
    %202 = stablehlo.multiply %184, %201 : tensor<3x1x160xf32>
    %203 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<3x1x160xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<3x1x160xf32>
    %205 = stablehlo.dot_general %204, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<384x160xf32>) -> tensor<3x1x384xf32>
    %206 = stablehlo.dot_general %204, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<24x160xf32>) -> tensor<3x1x24xf32>
    %207 = stablehlo.dot_general %204, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<24x160xf32>) -> tensor<3x1x24xf32>
    %208 = stablehlo.reshape %205 : (tensor<3x1x384xf32>) -> tensor<3x1x32x12xf32>
    %209 = stablehlo.reshape %206 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %210 = stablehlo.reshape %207 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %211 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 32, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x32x12xf32>) -> tensor<3x1x32x6xf32>
    %212 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 32, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x32x12xf32>) -> tensor<3x1x32x6xf32>
    %213 = stablehlo.negate %212 : tensor<3x1x32x6xf32>
    %214 = stablehlo.concatenate %213, %211, dim = 3 : (tensor<3x1x32x6xf32>, tensor<3x1x32x6xf32>) -> tensor<3x1x32x12xf32>
    %215 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x32x12xf32>
    %216 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x32x12xf32>
    %217 = stablehlo.multiply %208, %215 : tensor<3x1x32x12xf32>
    %218 = stablehlo.multiply %214, %216 : tensor<3x1x32x12xf32>
    %219 = stablehlo.add %217, %218 : tensor<3x1x32x12xf32>
    %220 = "stablehlo.slice"(%209) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %221 = "stablehlo.slice"(%209) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %222 = stablehlo.negate %221 : tensor<3x1x2x6xf32>
    %223 = stablehlo.concatenate %222, %220, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %224 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %225 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %226 = stablehlo.multiply %209, %224 : tensor<3x1x2x12xf32>
    %227 = stablehlo.multiply %223, %225 : tensor<3x1x2x12xf32>
    %228 = stablehlo.add %226, %227 : tensor<3x1x2x12xf32>
    %229 = stablehlo.reshape %219 : (tensor<3x1x32x12xf32>) -> tensor<3x1x2x16x12xf32>
    %230 = stablehlo.transpose %229, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x1x16x12xf32>
    %231 = stablehlo.transpose %228, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %232 = stablehlo.transpose %210, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %233 = "stablehlo.slice"(%230) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %234 = "stablehlo.slice"(%231) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %235 = "stablehlo.slice"(%232) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %236 = "stablehlo.slice"(%188) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %237 = "stablehlo.slice"(%190) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %238 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %239 = stablehlo.dot_general %233, %236, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x16xf32>
    %240 = stablehlo.dot_general %233, %234, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x1xf32>
    %241 = stablehlo.concatenate %239, %240, dim = 4 : (tensor<1x2x1x16x16xf32>, tensor<1x2x1x16x1xf32>) -> tensor<1x2x1x16x17xf32>
    %242 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %244 = stablehlo.multiply %241, %243 : tensor<1x2x1x16x17xf32>
    %245 = stablehlo.broadcast_in_dim %238, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x16x17xi1>
    %246 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %248 = stablehlo.select %245, %244, %247 : (tensor<1x2x1x16x17xi1>, tensor<1x2x1x16x17xf32>, tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x17xf32>
    %249 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %250 = stablehlo.reduce(%248 init: %249) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %252 = stablehlo.subtract %248, %251 : tensor<1x2x1x16x17xf32>
    %253 = stablehlo.exponential %252 : tensor<1x2x1x16x17xf32>
    %254 = stablehlo.constant dense<0.0> : tensor<f32>
    %255 = stablehlo.reduce(%253 init: %254) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %257 = stablehlo.divide %253, %256 : tensor<1x2x1x16x17xf32>
    %258 = "stablehlo.slice"(%257) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x16xf32>
    %259 = "stablehlo.slice"(%257) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 16, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x1xf32>
    %260 = stablehlo.dot_general %258, %237, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %261 = stablehlo.dot_general %259, %235, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x12xf32>
    %262 = stablehlo.add %260, %261 : tensor<1x2x1x16x12xf32>
    %263 = "stablehlo.slice"(%230) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %264 = "stablehlo.slice"(%231) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %265 = "stablehlo.slice"(%232) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %266 = "stablehlo.slice"(%188) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %267 = "stablehlo.slice"(%190) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %268 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %269 = stablehlo.dot_general %263, %266, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x16xf32>
    %270 = stablehlo.dot_general %263, %264, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x1xf32>
    %271 = stablehlo.concatenate %269, %270, dim = 4 : (tensor<1x2x1x16x16xf32>, tensor<1x2x1x16x1xf32>) -> tensor<1x2x1x16x17xf32>
    %272 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %274 = stablehlo.multiply %271, %273 : tensor<1x2x1x16x17xf32>
    %275 = stablehlo.broadcast_in_dim %268, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x16x17xi1>
    %276 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %278 = stablehlo.select %275, %274, %277 : (tensor<1x2x1x16x17xi1>, tensor<1x2x1x16x17xf32>, tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x17xf32>
    %279 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %280 = stablehlo.reduce(%278 init: %279) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %282 = stablehlo.subtract %278, %281 : tensor<1x2x1x16x17xf32>
    %283 = stablehlo.exponential %282 : tensor<1x2x1x16x17xf32>
    %284 = stablehlo.constant dense<0.0> : tensor<f32>
    %285 = stablehlo.reduce(%283 init: %284) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %287 = stablehlo.divide %283, %286 : tensor<1x2x1x16x17xf32>
    %288 = "stablehlo.slice"(%287) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x16xf32>
    %289 = "stablehlo.slice"(%287) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 16, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x1xf32>
    %290 = stablehlo.dot_general %288, %267, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %291 = stablehlo.dot_general %289, %265, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x12xf32>
    %292 = stablehlo.add %290, %291 : tensor<1x2x1x16x12xf32>
    %293 = "stablehlo.slice"(%230) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %294 = "stablehlo.slice"(%231) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %295 = "stablehlo.slice"(%232) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %296 = "stablehlo.slice"(%188) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %297 = "stablehlo.slice"(%190) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %298 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %299 = stablehlo.dot_general %293, %296, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x16xf32>
    %300 = stablehlo.dot_general %293, %294, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x1xf32>
    %301 = stablehlo.concatenate %299, %300, dim = 4 : (tensor<1x2x1x16x16xf32>, tensor<1x2x1x16x1xf32>) -> tensor<1x2x1x16x17xf32>
    %302 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %304 = stablehlo.multiply %301, %303 : tensor<1x2x1x16x17xf32>
    %305 = stablehlo.broadcast_in_dim %298, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x16x17xi1>
    %306 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %308 = stablehlo.select %305, %304, %307 : (tensor<1x2x1x16x17xi1>, tensor<1x2x1x16x17xf32>, tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x17xf32>
    %309 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %310 = stablehlo.reduce(%308 init: %309) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %312 = stablehlo.subtract %308, %311 : tensor<1x2x1x16x17xf32>
    %313 = stablehlo.exponential %312 : tensor<1x2x1x16x17xf32>
    %314 = stablehlo.constant dense<0.0> : tensor<f32>
    %315 = stablehlo.reduce(%313 init: %314) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %317 = stablehlo.divide %313, %316 : tensor<1x2x1x16x17xf32>
    %318 = "stablehlo.slice"(%317) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x16xf32>
    %319 = "stablehlo.slice"(%317) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 16, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x1xf32>
    %320 = stablehlo.dot_general %318, %297, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %321 = stablehlo.dot_general %319, %295, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x12xf32>
    %322 = stablehlo.add %320, %321 : tensor<1x2x1x16x12xf32>
    %323 = stablehlo.concatenate %262, %292, %322, dim = 0 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x16x12xf32>, tensor<1x2x1x16x12xf32>) -> tensor<3x2x1x16x12xf32>
    %324 = stablehlo.transpose %323, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %325 = stablehlo.reshape %324 : (tensor<3x1x2x16x12xf32>) -> tensor<3x1x384xf32>
    %326 = stablehlo.dot_general %325, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x384xf32>, tensor<160x384xf32>) -> tensor<3x1x160xf32>
    %327 = stablehlo.add %184, %326 : tensor<3x1x160xf32>
    %328 = stablehlo.multiply %327, %327 : tensor<3x1x160xf32>
    %329 = stablehlo.constant dense<0.0> : tensor<f32>
    %330 = stablehlo.reduce(%328 init: %329) applies stablehlo.add across dimensions = [2] : (tensor<3x1x160xf32>, tensor<f32>) -> tensor<3x1xf32>
    %331 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %333 = stablehlo.multiply %330, %332 : tensor<3x1xf32>
    %334 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %336 = stablehlo.add %333, %335 : tensor<3x1xf32>
    %337 = stablehlo.rsqrt %336 : tensor<3x1xf32>
    %338 = stablehlo.broadcast_in_dim %337, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x160xf32>
    %339 = stablehlo.multiply %327, %338 : tensor<3x1x160xf32>
    %340 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<3x1x160xf32>
    %341 = stablehlo.multiply %339, %340 : tensor<3x1x160xf32>
    %342 = stablehlo.dot_general %341, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<56x160xf32>) -> tensor<3x1x56xf32>
    %343 = stablehlo.logistic %342 : tensor<3x1x56xf32>
    %344 = stablehlo.multiply %342, %343 : tensor<3x1x56xf32>
    %345 = stablehlo.dot_general %341, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x160xf32>, tensor<56x160xf32>) -> tensor<3x1x56xf32>
    %346 = stablehlo.multiply %344, %345 : tensor<3x1x56xf32>
    %347 = stablehlo.dot_general %346, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<160x56xf32>) -> tensor<3x1x160xf32>
    %348 = stablehlo.add %327, %347 : tensor<3x1x160xf32>
    %349 = stablehlo.reshape %231 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %350 = stablehlo.reshape %232 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %351 = stablehlo.multiply %348, %348 : tensor<3x1x160xf32>
    %352 = stablehlo.constant dense<0.0> : tensor<f32>
    %353 = stablehlo.reduce(%351 init: %352) applies stablehlo.add across dimensions = [2] : (tensor<3x1x160xf32>, tensor<f32>) -> tensor<3x1xf32>
    %354 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %355 = stablehlo.broadcast_in_dim %354, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %356 = stablehlo.multiply %353, %355 : tensor<3x1xf32>
    %357 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %358 = stablehlo.broadcast_in_dim %357, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %359 = stablehlo.add %356, %358 : tensor<3x1xf32>
    %360 = stablehlo.rsqrt %359 : tensor<3x1xf32>
    %361 = stablehlo.broadcast_in_dim %360, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x160xf32>
    %362 = stablehlo.multiply %348, %361 : tensor<3x1x160xf32>
    %363 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<160xf32>) -> tensor<3x1x160xf32>
    %364 = stablehlo.multiply %362, %363 : tensor<3x1x160xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %365 = stablehlo.concatenate %185, %349, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %366 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %367 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %368 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %369 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %370 = stablehlo.concatenate %366, %367, %368, %369, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %371 = stablehlo.reshape %365 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %372 = stablehlo.reshape %370 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %373 = "stablehlo.scatter"(%k_cache, %372, %371) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %374 = stablehlo.concatenate %186, %350, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %375 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %376 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %377 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %378 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %379 = stablehlo.concatenate %375, %376, %377, %378, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %380 = stablehlo.reshape %374 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %381 = stablehlo.reshape %379 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %382 = "stablehlo.scatter"(%v_cache, %381, %380) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %383 = stablehlo.reshape %364 : (tensor<3x1x160xf32>) -> tensor<3x160xf32>
    %384 = stablehlo.dot_general %383, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x160xf32>, tensor<97x160xf32>) -> tensor<3x97xf32>
    %385 = stablehlo.constant dense<0> : tensor<i32>
    %386 = stablehlo.broadcast_in_dim %385, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %387 = stablehlo.compare NE, %active, %386, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %388 = stablehlo.broadcast_in_dim %387, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %389 = stablehlo.constant dense<0.0> : tensor<f32>
    %390 = stablehlo.broadcast_in_dim %389, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %391 = stablehlo.select %388, %384, %390 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %391, %373, %382 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
