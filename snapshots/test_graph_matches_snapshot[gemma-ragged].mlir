// gemma ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=80 heads=16 kv_heads=2 head_dim=12 vocab=97
module @gemma_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x80xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<192x80xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x80xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x80xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<80x192xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x80xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x80xf32>, %model.layers.0.mlp.down_proj.weight: tensor<80x56xf32>, %model.layers.0.input_layernorm.weight: tensor<80xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<80xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<192x80xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x80xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x80xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<80x192xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x80xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x80xf32>, %model.layers.1.mlp.down_proj.weight: tensor<80x56xf32>, %model.layers.1.input_layernorm.weight: tensor<80xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<80xf32>, %model.norm.weight: tensor<80xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x16x2x2x12xf32>, %v_cache: tensor<3x16x2x2x12xf32>) -> (tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>) {
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
    %26 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %28 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
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
    %72 = stablehlo.dot_general %71, %27, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x8x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x8x16xf32>
    %73 = stablehlo.dot_general %71, %70, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x8x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x8x1xf32>
    %74 = stablehlo.concatenate %72, %73, dim = 4 : (tensor<3x2x1x8x16xf32>, tensor<3x2x1x8x1xf32>) -> tensor<3x2x1x8x17xf32>
    %75 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<3x2x1x8x17xf32>
    %77 = stablehlo.multiply %74, %76 : tensor<3x2x1x8x17xf32>
    %78 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x8x17xi1>
    %79 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [] : (tensor<f32>) -> tensor<3x2x1x8x17xf32>
    %81 = stablehlo.select %78, %77, %80 : (tensor<3x2x1x8x17xi1>, tensor<3x2x1x8x17xf32>, tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x17xf32>
    %82 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %83 = stablehlo.reduce(%81 init: %82) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x8x17xf32>, tensor<f32>) -> tensor<3x2x1x8xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2, 3] : (tensor<3x2x1x8xf32>) -> tensor<3x2x1x8x17xf32>
    %85 = stablehlo.subtract %81, %84 : tensor<3x2x1x8x17xf32>
    %86 = stablehlo.exponential %85 : tensor<3x2x1x8x17xf32>
    %87 = stablehlo.constant dense<0.0> : tensor<f32>
    %88 = stablehlo.reduce(%86 init: %87) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x8x17xf32>, tensor<f32>) -> tensor<3x2x1x8xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2, 3] : (tensor<3x2x1x8xf32>) -> tensor<3x2x1x8x17xf32>
    %90 = stablehlo.divide %86, %89 : tensor<3x2x1x8x17xf32>
    %91 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x16xf32>
    %92 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x1xf32>
    %93 = stablehlo.dot_general %91, %29, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x8x12xf32>
    %94 = stablehlo.dot_general %92, %52, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x8x12xf32>
    %95 = stablehlo.add %93, %94 : tensor<3x2x1x8x12xf32>
    %96 = stablehlo.transpose %95, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x8x12xf32>) -> tensor<3x1x2x8x12xf32>
    %97 = stablehlo.reshape %96 : (tensor<3x1x2x8x12xf32>) -> tensor<3x1x192xf32>
    %98 = stablehlo.dot_general %97, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x192xf32>, tensor<80x192xf32>) -> tensor<3x1x80xf32>
    %99 = stablehlo.add %5, %98 : tensor<3x1x80xf32>
    %100 = stablehlo.multiply %99, %99 : tensor<3x1x80xf32>
    %101 = stablehlo.constant dense<0.0> : tensor<f32>
    %102 = stablehlo.reduce(%100 init: %101) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %103 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<3x1xf32>
    %106 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %108 = stablehlo.add %105, %107 : tensor<3x1xf32>
    %109 = stablehlo.rsqrt %108 : tensor<3x1xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %111 = stablehlo.multiply %99, %110 : tensor<3x1x80xf32>
    %112 = stablehlo.constant dense<1.0> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %114 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %113 : tensor<80xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %116 = stablehlo.multiply %111, %115 : tensor<3x1x80xf32>
    %117 = stablehlo.dot_general %116, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %118 = stablehlo.multiply %117, %117 : tensor<3x1x56xf32>
    %119 = stablehlo.multiply %118, %117 : tensor<3x1x56xf32>
    %120 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %122 = stablehlo.multiply %119, %121 : tensor<3x1x56xf32>
    %123 = stablehlo.add %117, %122 : tensor<3x1x56xf32>
    %124 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %126 = stablehlo.multiply %123, %125 : tensor<3x1x56xf32>
    %127 = stablehlo.constant dense<0.5> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %129 = stablehlo.multiply %117, %128 : tensor<3x1x56xf32>
    %130 = stablehlo.tanh %126 : tensor<3x1x56xf32>
    %131 = stablehlo.constant dense<1.0> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %133 = stablehlo.add %130, %132 : tensor<3x1x56xf32>
    %134 = stablehlo.multiply %129, %133 : tensor<3x1x56xf32>
    %135 = stablehlo.dot_general %116, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %136 = stablehlo.multiply %134, %135 : tensor<3x1x56xf32>
    %137 = stablehlo.dot_general %136, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<80x56xf32>) -> tensor<3x1x80xf32>
    %138 = stablehlo.add %99, %137 : tensor<3x1x80xf32>
    %139 = stablehlo.reshape %70 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %140 = stablehlo.reshape %52 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    // layer 1: full_attention
    %141 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %142 = stablehlo.reshape %141 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %143 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %144 = stablehlo.reshape %143 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %145 = stablehlo.multiply %138, %138 : tensor<3x1x80xf32>
    %146 = stablehlo.constant dense<0.0> : tensor<f32>
    %147 = stablehlo.reduce(%145 init: %146) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %148 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %150 = stablehlo.multiply %147, %149 : tensor<3x1xf32>
    %151 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %153 = stablehlo.add %150, %152 : tensor<3x1xf32>
    %154 = stablehlo.rsqrt %153 : tensor<3x1xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %156 = stablehlo.multiply %138, %155 : tensor<3x1x80xf32>
    %157 = stablehlo.constant dense<1.0> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %159 = stablehlo.add %model.layers.1.input_layernorm.weight, %158 : tensor<80xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %161 = stablehlo.multiply %156, %160 : tensor<3x1x80xf32>
    %162 = stablehlo.dot_general %161, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<192x80xf32>) -> tensor<3x1x192xf32>
    %163 = stablehlo.dot_general %161, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<24x80xf32>) -> tensor<3x1x24xf32>
    %164 = stablehlo.dot_general %161, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<24x80xf32>) -> tensor<3x1x24xf32>
    %165 = stablehlo.reshape %162 : (tensor<3x1x192xf32>) -> tensor<3x1x16x12xf32>
    %166 = stablehlo.reshape %163 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %167 = stablehlo.reshape %164 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %168 = "stablehlo.slice"(%165) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<3x1x16x6xf32>
    %169 = "stablehlo.slice"(%165) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<3x1x16x6xf32>
    %170 = stablehlo.negate %169 : tensor<3x1x16x6xf32>
    %171 = stablehlo.concatenate %170, %168, dim = 3 : (tensor<3x1x16x6xf32>, tensor<3x1x16x6xf32>) -> tensor<3x1x16x12xf32>
    %172 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x16x12xf32>
    %173 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x16x12xf32>
    %174 = stablehlo.multiply %165, %172 : tensor<3x1x16x12xf32>
    %175 = stablehlo.multiply %171, %173 : tensor<3x1x16x12xf32>
    %176 = stablehlo.add %174, %175 : tensor<3x1x16x12xf32>
    %177 = "stablehlo.slice"(%166) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %178 = "stablehlo.slice"(%166) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %179 = stablehlo.negate %178 : tensor<3x1x2x6xf32>
    %180 = stablehlo.concatenate %179, %177, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %181 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %182 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %183 = stablehlo.multiply %166, %181 : tensor<3x1x2x12xf32>
    %184 = stablehlo.multiply %180, %182 : tensor<3x1x2x12xf32>
    %185 = stablehlo.add %183, %184 : tensor<3x1x2x12xf32>
    %186 = stablehlo.reshape %176 : (tensor<3x1x16x12xf32>) -> tensor<3x1x2x8x12xf32>
    %187 = stablehlo.dot_general %186, %142, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x8x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x8x16xf32>
    %188 = stablehlo.dot_general %186, %185, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x8x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x8x1xf32>
    %189 = stablehlo.concatenate %187, %188, dim = 4 : (tensor<3x2x1x8x16xf32>, tensor<3x2x1x8x1xf32>) -> tensor<3x2x1x8x17xf32>
    %190 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [] : (tensor<f32>) -> tensor<3x2x1x8x17xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<3x2x1x8x17xf32>
    %193 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x8x17xi1>
    %194 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<3x2x1x8x17xf32>
    %196 = stablehlo.select %193, %192, %195 : (tensor<3x2x1x8x17xi1>, tensor<3x2x1x8x17xf32>, tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x17xf32>
    %197 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %198 = stablehlo.reduce(%196 init: %197) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x8x17xf32>, tensor<f32>) -> tensor<3x2x1x8xf32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [0, 1, 2, 3] : (tensor<3x2x1x8xf32>) -> tensor<3x2x1x8x17xf32>
    %200 = stablehlo.subtract %196, %199 : tensor<3x2x1x8x17xf32>
    %201 = stablehlo.exponential %200 : tensor<3x2x1x8x17xf32>
    %202 = stablehlo.constant dense<0.0> : tensor<f32>
    %203 = stablehlo.reduce(%201 init: %202) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x8x17xf32>, tensor<f32>) -> tensor<3x2x1x8xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1, 2, 3] : (tensor<3x2x1x8xf32>) -> tensor<3x2x1x8x17xf32>
    %205 = stablehlo.divide %201, %204 : tensor<3x2x1x8x17xf32>
    %206 = "stablehlo.slice"(%205) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x16xf32>
    %207 = "stablehlo.slice"(%205) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x1xf32>
    %208 = stablehlo.dot_general %206, %144, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x8x12xf32>
    %209 = stablehlo.dot_general %207, %167, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x8x12xf32>
    %210 = stablehlo.add %208, %209 : tensor<3x2x1x8x12xf32>
    %211 = stablehlo.transpose %210, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x8x12xf32>) -> tensor<3x1x2x8x12xf32>
    %212 = stablehlo.reshape %211 : (tensor<3x1x2x8x12xf32>) -> tensor<3x1x192xf32>
    %213 = stablehlo.dot_general %212, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x192xf32>, tensor<80x192xf32>) -> tensor<3x1x80xf32>
    %214 = stablehlo.add %138, %213 : tensor<3x1x80xf32>
    %215 = stablehlo.multiply %214, %214 : tensor<3x1x80xf32>
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
    %226 = stablehlo.multiply %214, %225 : tensor<3x1x80xf32>
    %227 = stablehlo.constant dense<1.0> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %229 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %228 : tensor<80xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %231 = stablehlo.multiply %226, %230 : tensor<3x1x80xf32>
    %232 = stablehlo.dot_general %231, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %233 = stablehlo.multiply %232, %232 : tensor<3x1x56xf32>
    %234 = stablehlo.multiply %233, %232 : tensor<3x1x56xf32>
    %235 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %237 = stablehlo.multiply %234, %236 : tensor<3x1x56xf32>
    %238 = stablehlo.add %232, %237 : tensor<3x1x56xf32>
    %239 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %241 = stablehlo.multiply %238, %240 : tensor<3x1x56xf32>
    %242 = stablehlo.constant dense<0.5> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %244 = stablehlo.multiply %232, %243 : tensor<3x1x56xf32>
    %245 = stablehlo.tanh %241 : tensor<3x1x56xf32>
    %246 = stablehlo.constant dense<1.0> : tensor<f32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %248 = stablehlo.add %245, %247 : tensor<3x1x56xf32>
    %249 = stablehlo.multiply %244, %248 : tensor<3x1x56xf32>
    %250 = stablehlo.dot_general %231, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %251 = stablehlo.multiply %249, %250 : tensor<3x1x56xf32>
    %252 = stablehlo.dot_general %251, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<80x56xf32>) -> tensor<3x1x80xf32>
    %253 = stablehlo.add %214, %252 : tensor<3x1x80xf32>
    %254 = stablehlo.reshape %185 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %255 = stablehlo.reshape %167 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %256 = stablehlo.multiply %253, %253 : tensor<3x1x80xf32>
    %257 = stablehlo.constant dense<0.0> : tensor<f32>
    %258 = stablehlo.reduce(%256 init: %257) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %259 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %261 = stablehlo.multiply %258, %260 : tensor<3x1xf32>
    %262 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %264 = stablehlo.add %261, %263 : tensor<3x1xf32>
    %265 = stablehlo.rsqrt %264 : tensor<3x1xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %267 = stablehlo.multiply %253, %266 : tensor<3x1x80xf32>
    %268 = stablehlo.constant dense<1.0> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %270 = stablehlo.add %model.norm.weight, %269 : tensor<80xf32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %272 = stablehlo.multiply %267, %271 : tensor<3x1x80xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %273 = stablehlo.concatenate %139, %254, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %274 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %275 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %276 = stablehlo.concatenate %274, %275, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %277 = stablehlo.reshape %273 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %278 = "stablehlo.scatter"(%k_cache, %276, %277) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %279 = stablehlo.concatenate %140, %255, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %280 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %281 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %282 = stablehlo.concatenate %280, %281, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %283 = stablehlo.reshape %279 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %284 = "stablehlo.scatter"(%v_cache, %282, %283) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %285 = stablehlo.reshape %272 : (tensor<3x1x80xf32>) -> tensor<3x80xf32>
    %286 = stablehlo.dot_general %285, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x80xf32>, tensor<97x80xf32>) -> tensor<3x97xf32>
    %287 = stablehlo.constant dense<0> : tensor<i32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %289 = stablehlo.compare NE, %active, %288, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %290 = stablehlo.broadcast_in_dim %289, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %291 = stablehlo.constant dense<0.0> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %293 = stablehlo.select %290, %286, %292 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %293, %278, %284 : tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>
  }
}
