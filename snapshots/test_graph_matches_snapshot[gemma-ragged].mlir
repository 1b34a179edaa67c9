// gemma ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=80 heads=16 kv_heads=2 head_dim=12 vocab=97
module @gemma_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x80xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<192x80xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x80xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x80xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<80x192xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x80xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x80xf32>, %model.layers.0.mlp.down_proj.weight: tensor<80x56xf32>, %model.layers.0.input_layernorm.weight: tensor<80xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<80xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<192x80xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x80xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x80xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<80x192xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x80xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x80xf32>, %model.layers.1.mlp.down_proj.weight: tensor<80x56xf32>, %model.layers.1.input_layernorm.weight: tensor<80xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<80xf32>, %model.norm.weight: tensor<80xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 80>, indices_are_sorted = false} : (tensor<97x80xf32>, tensor<3x1x1xi32>) -> tensor<3x1x80xf32>
    %3 = stablehlo.constant dense<8.9442720413208> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<3x1x80xf32>
    %5 = stablehlo.multiply %2, %4 : tensor<3x1x80xf32>
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
    %17 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %18 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %19 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %20 = stablehlo.add %18, %19 : tensor<3x1x16xi32>
    %21 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %22 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %23 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %24 = stablehlo.compare LE, %23, %22, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %25 = stablehlo.concatenate %21, %24, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %26 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %28 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %30 = stablehlo.multiply %5, %5 : tensor<3x1x80xf32>
    %31 = stablehlo.constant dense<0.0> : tensor<f32>
    %32 = stablehlo.reduce(%30 init: %31) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %33 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %35 = stablehlo.multiply %32, %34 : tensor<3x1xf32>
    %36 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %38 = stablehlo.add %35, %37 : tensor<3x1xf32>
    %39 = stablehlo.rsqrt %38 : tensor<3x1xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %41 = stablehlo.multiply %5, %40 : tensor<3x1x80xf32>
    %42 = stablehlo.constant dense<1.0> : tensor<f32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %44 = stablehlo.add %model.layers.0.input_layernorm.weight, %43 : tensor<80xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %46 = stablehlo.multiply %41, %45 : tensor<3x1x80xf32>
    %47 = stablehlo.dot_general %46, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<192x80xf32>) -> tensor<3x1x192xf32>
    %48 = stablehlo.dot_general %46, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<24x80xf32>) -> tensor<3x1x24xf32>
    %49 = stablehlo.dot_general %46, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<24x80xf32>) -> tensor<3x1x24xf32>
    %50 = stablehlo.reshape %47 : (tensor<3x1x192xf32>) -> tensor<3x1x16x12xf32>
    %51 = stablehlo.reshape %48 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %52 = stablehlo.reshape %49 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %53 = "stablehlo.slice"(%50) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<3x1x16x6xf32>
    %54 = "stablehlo.slice"(%50) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<3x1x16x6xf32>
    %55 = stablehlo.negate %54 : tensor<3x1x16x6xf32>
    %56 = stablehlo.concatenate %55, %53, dim = 3 : (tensor<3x1x16x6xf32>, tensor<3x1x16x6xf32>) -> tensor<3x1x16x12xf32>
    %57 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x16x12xf32>
    %58 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x16x12xf32>
    %59 = stablehlo.multiply %50, %57 : tensor<3x1x16x12xf32>
    %60 = stablehlo.multiply %56, %58 : tensor<3x1x16x12xf32>
    %61 = stablehlo.add %59, %60 : tensor<3x1x16x12xf32>
    %62 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %63 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %64 = stablehlo.negate %63 : tensor<3x1x2x6xf32>
    %65 = stablehlo.concatenate %64, %62, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %66 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %67 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %68 = stablehlo.multiply %51, %66 : tensor<3x1x2x12xf32>
    %69 = stablehlo.multiply %65, %67 : tensor<3x1x2x12xf32>
    %70 = stablehlo.add %68, %69 : tensor<3x1x2x12xf32>
    %71 = stablehlo.reshape %61 : (tensor<3x1x16x12xf32>) -> tensor<3x1x2x8x12xf32>
    %72 = stablehlo.transpose %71, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x8x12xf32>) -> tensor<3x2x1x8x12xf32>
    %73 = stablehlo.transpose %70, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %74 = stablehlo.transpose %52, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %75 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %76 = "stablehlo.slice"(%73) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %77 = "stablehlo.slice"(%74) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %78 = "stablehlo.slice"(%27) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %79 = "stablehlo.slice"(%29) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %80 = "stablehlo.slice"(%25) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %81 = stablehlo.dot_general %75, %78, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x16xf32>
    %82 = stablehlo.dot_general %75, %76, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x1xf32>
    %83 = stablehlo.concatenate %81, %82, dim = 4 : (tensor<1x2x1x8x16xf32>, tensor<1x2x1x8x1xf32>) -> tensor<1x2x1x8x17xf32>
    %84 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %86 = stablehlo.multiply %83, %85 : tensor<1x2x1x8x17xf32>
    %87 = stablehlo.broadcast_in_dim %80, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x8x17xi1>
    %88 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %90 = stablehlo.select %87, %86, %89 : (tensor<1x2x1x8x17xi1>, tensor<1x2x1x8x17xf32>, tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x17xf32>
    %91 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %92 = stablehlo.reduce(%90 init: %91) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %94 = stablehlo.subtract %90, %93 : tensor<1x2x1x8x17xf32>
    %95 = stablehlo.exponential %94 : tensor<1x2x1x8x17xf32>
    %96 = stablehlo.constant dense<0.0> : tensor<f32>
    %97 = stablehlo.reduce(%95 init: %96) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %99 = stablehlo.divide %95, %98 : tensor<1x2x1x8x17xf32>
    %100 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x16xf32>
    %101 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x1xf32>
    %102 = stablehlo.dot_general %100, %79, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x12xf32>
    %103 = stablehlo.dot_general %101, %77, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x12xf32>
    %104 = stablehlo.add %102, %103 : tensor<1x2x1x8x12xf32>
    %105 = "stablehlo.slice"(%72) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %106 = "stablehlo.slice"(%73) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %107 = "stablehlo.slice"(%74) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %108 = "stablehlo.slice"(%27) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %109 = "stablehlo.slice"(%29) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %110 = "stablehlo.slice"(%25) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %111 = stablehlo.dot_general %105, %108, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x16xf32>
    %112 = stablehlo.dot_general %105, %106, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x1xf32>
    %113 = stablehlo.concatenate %111, %112, dim = 4 : (tensor<1x2x1x8x16xf32>, tensor<1x2x1x8x1xf32>) -> tensor<1x2x1x8x17xf32>
    %114 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %116 = stablehlo.multiply %113, %115 : tensor<1x2x1x8x17xf32>
    %117 = stablehlo.broadcast_in_dim %110, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x8x17xi1>
    %118 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %120 = stablehlo.select %117, %116, %119 : (tensor<1x2x1x8x17xi1>, tensor<1x2x1x8x17xf32>, tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x17xf32>
    %121 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %122 = stablehlo.reduce(%120 init: %121) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %124 = stablehlo.subtract %120, %123 : tensor<1x2x1x8x17xf32>
    %125 = stablehlo.exponential %124 : tensor<1x2x1x8x17xf32>
    %126 = stablehlo.constant dense<0.0> : tensor<f32>
    %127 = stablehlo.reduce(%125 init: %126) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %129 = stablehlo.divide %125, %128 : tensor<1x2x1x8x17xf32>
    %130 = "stablehlo.slice"(%129) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x16xf32>
    %131 = "stablehlo.slice"(%129) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x1xf32>
    %132 = stablehlo.dot_general %130, %109, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x12xf32>
    %133 = stablehlo.dot_general %131, %107, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x12xf32>
    %134 = stablehlo.add %132, %133 : tensor<1x2x1x8x12xf32>
    %135 = "stablehlo.slice"(%72) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %136 = "stablehlo.slice"(%73) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %137 = "stablehlo.slice"(%74) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %138 = "stablehlo.slice"(%27) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %139 = "stablehlo.slice"(%29) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %140 = "stablehlo.slice"(%25) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %141 = stablehlo.dot_general %135, %138, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x16xf32>
    %142 = stablehlo.dot_general %135, %136, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x1xf32>
    %143 = stablehlo.concatenate %141, %142, dim = 4 : (tensor<1x2x1x8x16xf32>, tensor<1x2x1x8x1xf32>) -> tensor<1x2x1x8x17xf32>
    %144 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<1x2x1x8x17xf32>
    %147 = stablehlo.broadcast_in_dim %140, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x8x17xi1>
    %148 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %150 = stablehlo.select %147, %146, %149 : (tensor<1x2x1x8x17xi1>, tensor<1x2x1x8x17xf32>, tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x17xf32>
    %151 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %152 = stablehlo.reduce(%150 init: %151) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %154 = stablehlo.subtract %150, %153 : tensor<1x2x1x8x17xf32>
    %155 = stablehlo.exponential %154 : tensor<1x2x1x8x17xf32>
    %156 = stablehlo.constant dense<0.0> : tensor<f32>
    %157 = stablehlo.reduce(%155 init: %156) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %159 = stablehlo.divide %155, %158 : tensor<1x2x1x8x17xf32>
    %160 = "stablehlo.slice"(%159) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x16xf32>
    %161 = "stablehlo.slice"(%159) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x1xf32>
    %162 = stablehlo.dot_general %160, %139, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x12xf32>
    %163 = stablehlo.dot_general %161, %137, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x12xf32>
    %164 = stablehlo.add %162, %163 : tensor<1x2x1x8x12xf32>
    %165 = stablehlo.concatenate %104, %134, %164, dim = 0 : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x8x12xf32>, tensor<1x2x1x8x12xf32>) -> tensor<3x2x1x8x12xf32>
    %166 = stablehlo.transpose %165, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x8x12xf32>) -> tensor<3x1x2x8x12xf32>
    %167 = stablehlo.reshape %166 : (tensor<3x1x2x8x12xf32>) -> tensor<3x1x192xf32>
    %168 = stablehlo.dot_general %167, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x192xf32>, tensor<80x192xf32>) -> tensor<3x1x80xf32>
    %169 = stablehlo.add %5, %168 : tensor<3x1x80xf32>
    %170 = stablehlo.multiply %169, %169 : tensor<3x1x80xf32>
    %171 = stablehlo.constant dense<0.0> : tensor<f32>
    %172 = stablehlo.reduce(%170 init: %171) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %173 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %175 = stablehlo.multiply %172, %174 : tensor<3x1xf32>
    %176 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %178 = stablehlo.add %175, %177 : tensor<3x1xf32>
    %179 = stablehlo.rsqrt %178 : tensor<3x1xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %181 = stablehlo.multiply %169, %180 : tensor<3x1x80xf32>
    %182 = stablehlo.constant dense<1.0> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %184 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %183 : tensor<80xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %186 = stablehlo.multiply %181, %185 : tensor<3x1x80xf32>
    %187 = stablehlo.dot_general %186, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
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
    %205 = stablehlo.dot_general %186, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<3x1x56xf32>
    %207 = stablehlo.dot_general %206, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<80x56xf32>) -> tensor<3x1x80xf32>
    %208 = stablehlo.add %169, %207 : tensor<3x1x80xf32>
    %209 = stablehlo.reshape %73 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %210 = stablehlo.reshape %74 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %211 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %212 = stablehlo.reshape %211 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %213 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %214 = stablehlo.reshape %213 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %215 = stablehlo.multiply %208, %208 : tensor<3x1x80xf32>
    %216 = stablehlo.constant dense<0.0> : tensor<f32>
    %217 = stablehlo.reduce(%215 init: %216) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %218 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %220 = stablehlo.multiply %217, %219 : tensor<3x1xf32>
    %221 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %223 = stablehlo.add %220, %222 : tensor<3x1xf32>
    %224 = stablehlo.rsqrt %223 : tensor<3x1xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %226 = stablehlo.multiply %208, %225 : tensor<3x1x80xf32>
    %227 = stablehlo.constant dense<1.0> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %229 = stablehlo.add %model.layers.1.input_layernorm.weight, %228 : tensor<80xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %231 = stablehlo.multiply %226, %230 : tensor<3x1x80xf32>
    %232 = stablehlo.dot_general %231, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<192x80xf32>) -> tensor<3x1x192xf32>
    %233 = stablehlo.dot_general %231, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<24x80xf32>) -> tensor<3x1x24xf32>
    %234 = stablehlo.dot_general %231, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<24x80xf32>) -> tensor<3x1x24xf32>
    %235 = stablehlo.reshape %232 : (tensor<3x1x192xf32>) -> tensor<3x1x16x12xf32>
    %236 = stablehlo.reshape %233 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %237 = stablehlo.reshape %234 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %238 = "stablehlo.slice"(%235) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<3x1x16x6xf32>
    %239 = "stablehlo.slice"(%235) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<3x1x16x6xf32>
    %240 = stablehlo.negate %239 : tensor<3x1x16x6xf32>
    %241 = stablehlo.concatenate %240, %238, dim = 3 : (tensor<3x1x16x6xf32>, tensor<3x1x16x6xf32>) -> tensor<3x1x16x12xf32>
    %242 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x16x12xf32>
    %243 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x16x12xf32>
    %244 = stablehlo.multiply %235, %242 : tensor<3x1x16x12xf32>
    %245 = stablehlo.multiply %241, %243 : tensor<3x1x16x12xf32>
    %246 = stablehlo.add %244, %245 : tensor<3x1x16x12xf32>
    %247 = "stablehlo.slice"(%236) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %248 = "stablehlo.slice"(%236) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %249 = stablehlo.negate %248 : tensor<3x1x2x6xf32>
    %250 = stablehlo.concatenate %249, %247, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %251 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %252 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %253 = stablehlo.multiply %236, %251 : tensor<3x1x2x12xf32>
    %254 = stablehlo.multiply %250, %252 : tensor<3x1x2x12xf32>
    %255 = stablehlo.add %253, %254 : tensor<3x1x2x12xf32>
    %256 = stablehlo.reshape %246 : (tensor<3x1x16x12xf32>) -> tensor<3x1x2x8x12xf32>
    %257 = stablehlo.transpose %256, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x8x12xf32>) -> tensor<3x2x1x8x12xf32>
    %258 = stablehlo.transpose %255, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %259 = stablehlo.transpose %237, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %260 = "stablehlo.slice"(%257) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %261 = "stablehlo.slice"(%258) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %262 = "stablehlo.slice"(%259) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %263 = "stablehlo.slice"(%212) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %264 = "stablehlo.slice"(%214) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %265 = "stablehlo.slice"(%25) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %266 = stablehlo.dot_general %260, %263, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x16xf32>
    %267 = stablehlo.dot_general %260, %261, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x1xf32>
    %268 = stablehlo.concatenate %266, %267, dim = 4 : (tensor<1x2x1x8x16xf32>, tensor<1x2x1x8x1xf32>) -> tensor<1x2x1x8x17xf32>
    %269 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %271 = stablehlo.multiply %268, %270 : tensor<1x2x1x8x17xf32>
    %272 = stablehlo.broadcast_in_dim %265, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x8x17xi1>
    %273 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %275 = stablehlo.select %272, %271, %274 : (tensor<1x2x1x8x17xi1>, tensor<1x2x1x8x17xf32>, tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x17xf32>
    %276 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %277 = stablehlo.reduce(%275 init: %276) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %279 = stablehlo.subtract %275, %278 : tensor<1x2x1x8x17xf32>
    %280 = stablehlo.exponential %279 : tensor<1x2x1x8x17xf32>
    %281 = stablehlo.constant dense<0.0> : tensor<f32>
    %282 = stablehlo.reduce(%280 init: %281) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %284 = stablehlo.divide %280, %283 : tensor<1x2x1x8x17xf32>
    %285 = "stablehlo.slice"(%284) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x16xf32>
    %286 = "stablehlo.slice"(%284) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x1xf32>
    %287 = stablehlo.dot_general %285, %264, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x12xf32>
    %288 = stablehlo.dot_general %286, %262, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x12xf32>
    %289 = stablehlo.add %287, %288 : tensor<1x2x1x8x12xf32>
    %290 = "stablehlo.slice"(%257) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %291 = "stablehlo.slice"(%258) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %292 = "stablehlo.slice"(%259) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %293 = "stablehlo.slice"(%212) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %294 = "stablehlo.slice"(%214) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %295 = "stablehlo.slice"(%25) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %296 = stablehlo.dot_general %290, %293, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x16xf32>
    %297 = stablehlo.dot_general %290, %291, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x1xf32>
    %298 = stablehlo.concatenate %296, %297, dim = 4 : (tensor<1x2x1x8x16xf32>, tensor<1x2x1x8x1xf32>) -> tensor<1x2x1x8x17xf32>
    %299 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %301 = stablehlo.multiply %298, %300 : tensor<1x2x1x8x17xf32>
    %302 = stablehlo.broadcast_in_dim %295, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x8x17xi1>
    %303 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %305 = stablehlo.select %302, %301, %304 : (tensor<1x2x1x8x17xi1>, tensor<1x2x1x8x17xf32>, tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x17xf32>
    %306 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %307 = stablehlo.reduce(%305 init: %306) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %308 = stablehlo.broadcast_in_dim %307, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %309 = stablehlo.subtract %305, %308 : tensor<1x2x1x8x17xf32>
    %310 = stablehlo.exponential %309 : tensor<1x2x1x8x17xf32>
    %311 = stablehlo.constant dense<0.0> : tensor<f32>
    %312 = stablehlo.reduce(%310 init: %311) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %314 = stablehlo.divide %310, %313 : tensor<1x2x1x8x17xf32>
    %315 = "stablehlo.slice"(%314) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x16xf32>
    %316 = "stablehlo.slice"(%314) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x1xf32>
    %317 = stablehlo.dot_general %315, %294, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x12xf32>
    %318 = stablehlo.dot_general %316, %292, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x12xf32>
    %319 = stablehlo.add %317, %318 : tensor<1x2x1x8x12xf32>
    %320 = "stablehlo.slice"(%257) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %321 = "stablehlo.slice"(%258) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %322 = "stablehlo.slice"(%259) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %323 = "stablehlo.slice"(%212) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %324 = "stablehlo.slice"(%214) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %325 = "stablehlo.slice"(%25) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %326 = stablehlo.dot_general %320, %323, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x16xf32>
    %327 = stablehlo.dot_general %320, %321, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x1xf32>
    %328 = stablehlo.concatenate %326, %327, dim = 4 : (tensor<1x2x1x8x16xf32>, tensor<1x2x1x8x1xf32>) -> tensor<1x2x1x8x17xf32>
    %329 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %331 = stablehlo.multiply %328, %330 : tensor<1x2x1x8x17xf32>
    %332 = stablehlo.broadcast_in_dim %325, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x8x17xi1>
    %333 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %334 = stablehlo.broadcast_in_dim %333, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %335 = stablehlo.select %332, %331, %334 : (tensor<1x2x1x8x17xi1>, tensor<1x2x1x8x17xf32>, tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x17xf32>
    %336 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %337 = stablehlo.reduce(%335 init: %336) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %338 = stablehlo.broadcast_in_dim %337, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %339 = stablehlo.subtract %335, %338 : tensor<1x2x1x8x17xf32>
    %340 = stablehlo.exponential %339 : tensor<1x2x1x8x17xf32>
    %341 = stablehlo.constant dense<0.0> : tensor<f32>
    %342 = stablehlo.reduce(%340 init: %341) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %343 = stablehlo.broadcast_in_dim %342, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %344 = stablehlo.divide %340, %343 : tensor<1x2x1x8x17xf32>
    %345 = "stablehlo.slice"(%344) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x16xf32>
    %346 = "stablehlo.slice"(%344) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x1xf32>
    %347 = stablehlo.dot_general %345, %324, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x12xf32>
    %348 = stablehlo.dot_general %346, %322, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x12xf32>
    %349 = stablehlo.add %347, %348 : tensor<1x2x1x8x12xf32>
    %350 = stablehlo.concatenate %289, %319, %349, dim = 0 : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x8x12xf32>, tensor<1x2x1x8x12xf32>) -> tensor<3x2x1x8x12xf32>
    %351 = stablehlo.transpose %350, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x8x12xf32>) -> tensor<3x1x2x8x12xf32>
    %352 = stablehlo.reshape %351 : (tensor<3x1x2x8x12xf32>) -> tensor<3x1x192xf32>
    %353 = stablehlo.dot_general %352, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x192xf32>, tensor<80x192xf32>) -> tensor<3x1x80xf32>
    %354 = stablehlo.add %208, %353 : tensor<3x1x80xf32>
    %355 = stablehlo.multiply %354, %354 : tensor<3x1x80xf32>
    %356 = stablehlo.constant dense<0.0> : tensor<f32>
    %357 = stablehlo.reduce(%355 init: %356) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %358 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %360 = stablehlo.multiply %357, %359 : tensor<3x1xf32>
    %361 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %363 = stablehlo.add %360, %362 : tensor<3x1xf32>
    %364 = stablehlo.rsqrt %363 : tensor<3x1xf32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %366 = stablehlo.multiply %354, %365 : tensor<3x1x80xf32>
    %367 = stablehlo.constant dense<1.0> : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %369 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %368 : tensor<80xf32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %371 = stablehlo.multiply %366, %370 : tensor<3x1x80xf32>
    %372 = stablehlo.dot_general %371, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %373 = stablehlo.multiply %372, %372 : tensor<3x1x56xf32>
    %374 = stablehlo.multiply %373, %372 : tensor<3x1x56xf32>
    %375 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %376 = stablehlo.broadcast_in_dim %375, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %377 = stablehlo.multiply %374, %376 : tensor<3x1x56xf32>
    %378 = stablehlo.add %372, %377 : tensor<3x1x56xf32>
    %379 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %379, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %381 = stablehlo.multiply %378, %380 : tensor<3x1x56xf32>
    %382 = stablehlo.constant dense<0.5> : tensor<f32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %384 = stablehlo.multiply %372, %383 : tensor<3x1x56xf32>
    %385 = stablehlo.tanh %381 : tensor<3x1x56xf32>
    %386 = stablehlo.constant dense<1.0> : tensor<f32>
    %387 = stablehlo.broadcast_in_dim %386, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %388 = stablehlo.add %385, %387 : tensor<3x1x56xf32>
    %389 = stablehlo.multiply %384, %388 : tensor<3x1x56xf32>
    %390 = stablehlo.dot_general %371, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %391 = stablehlo.multiply %389, %390 : tensor<3x1x56xf32>
    %392 = stablehlo.dot_general %391, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<80x56xf32>) -> tensor<3x1x80xf32>
    %393 = stablehlo.add %354, %392 : tensor<3x1x80xf32>
    %394 = stablehlo.reshape %258 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %395 = stablehlo.reshape %259 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %396 = stablehlo.multiply %393, %393 : tensor<3x1x80xf32>
    %397 = stablehlo.constant dense<0.0> : tensor<f32>
    %398 = stablehlo.reduce(%396 init: %397) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %399 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %401 = stablehlo.multiply %398, %400 : tensor<3x1xf32>
    %402 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %403 = stablehlo.broadcast_in_dim %402, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %404 = stablehlo.add %401, %403 : tensor<3x1xf32>
    %405 = stablehlo.rsqrt %404 : tensor<3x1xf32>
    %406 = stablehlo.broadcast_in_dim %405, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %407 = stablehlo.multiply %393, %406 : tensor<3x1x80xf32>
    %408 = stablehlo.constant dense<1.0> : tensor<f32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %410 = stablehlo.add %model.norm.weight, %409 : tensor<80xf32>
    %411 = stablehlo.broadcast_in_dim %410, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %412 = stablehlo.multiply %407, %411 : tensor<3x1x80xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %413 = stablehlo.concatenate %209, %394, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %414 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %415 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %416 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %417 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %418 = stablehlo.concatenate %414, %415, %416, %417, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %419 = stablehlo.reshape %413 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %420 = stablehlo.reshape %418 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %421 = "stablehlo.scatter"(%k_cache, %420, %419) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %422 = stablehlo.concatenate %210, %395, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %423 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %424 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %425 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %426 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %427 = stablehlo.concatenate %423, %424, %425, %426, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %428 = stablehlo.reshape %422 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %429 = stablehlo.reshape %427 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %430 = "stablehlo.scatter"(%v_cache, %429, %428) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %431 = stablehlo.reshape %412 : (tensor<3x1x80xf32>) -> tensor<3x80xf32>
    %432 = stablehlo.dot_general %431, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x80xf32>, tensor<97x80xf32>) -> tensor<3x97xf32>
    %433 = stablehlo.constant dense<0> : tensor<i32>
    %434 = stablehlo.broadcast_in_dim %433, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %435 = stablehlo.compare NE, %active, %434, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %436 = stablehlo.broadcast_in_dim %435, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %437 = stablehlo.constant dense<0.0> : tensor<f32>
    %438 = stablehlo.broadcast_in_dim %437, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %439 = stablehlo.select %436, %432, %438 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %439, %421, %430 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
