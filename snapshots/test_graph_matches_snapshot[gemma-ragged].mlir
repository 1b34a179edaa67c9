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
    %75 = stablehlo.dot_general %72, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x8x16xf32>
    %76 = stablehlo.dot_general %72, %73, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x8x1xf32>
    %77 = stablehlo.concatenate %75, %76, dim = 4 : (tensor<3x2x1x8x16xf32>, tensor<3x2x1x8x1xf32>) -> tensor<3x2x1x8x17xf32>
    %78 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<3x2x1x8x17xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<3x2x1x8x17xf32>
    %81 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x8x17xi1>
    %82 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<3x2x1x8x17xf32>
    %84 = stablehlo.select %81, %80, %83 : (tensor<3x2x1x8x17xi1>, tensor<3x2x1x8x17xf32>, tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x17xf32>
    %85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x8x17xf32>, tensor<f32>) -> tensor<3x2x1x8xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<3x2x1x8xf32>) -> tensor<3x2x1x8x17xf32>
    %88 = stablehlo.subtract %84, %87 : tensor<3x2x1x8x17xf32>
    %89 = stablehlo.exponential %88 : tensor<3x2x1x8x17xf32>
    %90 = stablehlo.constant dense<0.0> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x8x17xf32>, tensor<f32>) -> tensor<3x2x1x8xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<3x2x1x8xf32>) -> tensor<3x2x1x8x17xf32>
    %93 = stablehlo.divide %89, %92 : tensor<3x2x1x8x17xf32>
    %94 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x16xf32>
    %95 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x1xf32>
    %96 = stablehlo.dot_general %94, %29, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x8x12xf32>
    %97 = stablehlo.dot_general %95, %74, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x8x12xf32>
    %98 = stablehlo.add %96, %97 : tensor<3x2x1x8x12xf32>
    %99 = stablehlo.transpose %98, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x8x12xf32>) -> tensor<3x1x2x8x12xf32>
    %100 = stablehlo.reshape %99 : (tensor<3x1x2x8x12xf32>) -> tensor<3x1x192xf32>
    %101 = stablehlo.dot_general %100, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x192xf32>, tensor<80x192xf32>) -> tensor<3x1x80xf32>
    %102 = stablehlo.add %5, %101 : tensor<3x1x80xf32>
    %103 = stablehlo.multiply %102, %102 : tensor<3x1x80xf32>
    %104 = stablehlo.constant dense<0.0> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %104) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %106 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<3x1xf32>
    %109 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %111 = stablehlo.add %108, %110 : tensor<3x1xf32>
    %112 = stablehlo.rsqrt %111 : tensor<3x1xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %114 = stablehlo.multiply %102, %113 : tensor<3x1x80xf32>
    %115 = stablehlo.constant dense<1.0> : tensor<f32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %117 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %116 : tensor<80xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %119 = stablehlo.multiply %114, %118 : tensor<3x1x80xf32>
    %120 = stablehlo.dot_general %119, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %121 = stablehlo.multiply %120, %120 : tensor<3x1x56xf32>
    %122 = stablehlo.multiply %121, %120 : tensor<3x1x56xf32>
    %123 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %125 = stablehlo.multiply %122, %124 : tensor<3x1x56xf32>
    %126 = stablehlo.add %120, %125 : tensor<3x1x56xf32>
    %127 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<3x1x56xf32>
    %130 = stablehlo.constant dense<0.5> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %132 = stablehlo.multiply %120, %131 : tensor<3x1x56xf32>
    %133 = stablehlo.tanh %129 : tensor<3x1x56xf32>
    %134 = stablehlo.constant dense<1.0> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %136 = stablehlo.add %133, %135 : tensor<3x1x56xf32>
    %137 = stablehlo.multiply %132, %136 : tensor<3x1x56xf32>
    %138 = stablehlo.dot_general %119, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %139 = stablehlo.multiply %137, %138 : tensor<3x1x56xf32>
    %140 = stablehlo.dot_general %139, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<80x56xf32>) -> tensor<3x1x80xf32>
    %141 = stablehlo.add %102, %140 : tensor<3x1x80xf32>
    %142 = stablehlo.reshape %73 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %143 = stablehlo.reshape %74 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %144 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %145 = stablehlo.reshape %144 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %146 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %147 = stablehlo.reshape %146 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %148 = stablehlo.multiply %141, %141 : tensor<3x1x80xf32>
    %149 = stablehlo.constant dense<0.0> : tensor<f32>
    %150 = stablehlo.reduce(%148 init: %149) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %151 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %153 = stablehlo.multiply %150, %152 : tensor<3x1xf32>
    %154 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %156 = stablehlo.add %153, %155 : tensor<3x1xf32>
    %157 = stablehlo.rsqrt %156 : tensor<3x1xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %159 = stablehlo.multiply %141, %158 : tensor<3x1x80xf32>
    %160 = stablehlo.constant dense<1.0> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %162 = stablehlo.add %model.layers.1.input_layernorm.weight, %161 : tensor<80xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %164 = stablehlo.multiply %159, %163 : tensor<3x1x80xf32>
    %165 = stablehlo.dot_general %164, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<192x80xf32>) -> tensor<3x1x192xf32>
    %166 = stablehlo.dot_general %164, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<24x80xf32>) -> tensor<3x1x24xf32>
    %167 = stablehlo.dot_general %164, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<24x80xf32>) -> tensor<3x1x24xf32>
    %168 = stablehlo.reshape %165 : (tensor<3x1x192xf32>) -> tensor<3x1x16x12xf32>
    %169 = stablehlo.reshape %166 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %170 = stablehlo.reshape %167 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %171 = "stablehlo.slice"(%168) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<3x1x16x6xf32>
    %172 = "stablehlo.slice"(%168) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<3x1x16x6xf32>
    %173 = stablehlo.negate %172 : tensor<3x1x16x6xf32>
    %174 = stablehlo.concatenate %173, %171, dim = 3 : (tensor<3x1x16x6xf32>, tensor<3x1x16x6xf32>) -> tensor<3x1x16x12xf32>
    %175 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x16x12xf32>
    %176 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x16x12xf32>
    %177 = stablehlo.multiply %168, %175 : tensor<3x1x16x12xf32>
    %178 = stablehlo.multiply %174, %176 : tensor<3x1x16x12xf32>
    %179 = stablehlo.add %177, %178 : tensor<3x1x16x12xf32>
    %180 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %181 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %182 = stablehlo.negate %181 : tensor<3x1x2x6xf32>
    %183 = stablehlo.concatenate %182, %180, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %184 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %185 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %186 = stablehlo.multiply %169, %184 : tensor<3x1x2x12xf32>
    %187 = stablehlo.multiply %183, %185 : tensor<3x1x2x12xf32>
    %188 = stablehlo.add %186, %187 : tensor<3x1x2x12xf32>
    %189 = stablehlo.reshape %179 : (tensor<3x1x16x12xf32>) -> tensor<3x1x2x8x12xf32>
    %190 = stablehlo.transpose %189, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x8x12xf32>) -> tensor<3x2x1x8x12xf32>
    %191 = stablehlo.transpose %188, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %192 = stablehlo.transpose %170, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %193 = stablehlo.dot_general %190, %145, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x8x16xf32>
    %194 = stablehlo.dot_general %190, %191, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x8x1xf32>
    %195 = stablehlo.concatenate %193, %194, dim = 4 : (tensor<3x2x1x8x16xf32>, tensor<3x2x1x8x1xf32>) -> tensor<3x2x1x8x17xf32>
    %196 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [] : (tensor<f32>) -> tensor<3x2x1x8x17xf32>
    %198 = stablehlo.multiply %195, %197 : tensor<3x2x1x8x17xf32>
    %199 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x8x17xi1>
    %200 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<3x2x1x8x17xf32>
    %202 = stablehlo.select %199, %198, %201 : (tensor<3x2x1x8x17xi1>, tensor<3x2x1x8x17xf32>, tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x17xf32>
    %203 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %204 = stablehlo.reduce(%202 init: %203) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x8x17xf32>, tensor<f32>) -> tensor<3x2x1x8xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [0, 1, 2, 3] : (tensor<3x2x1x8xf32>) -> tensor<3x2x1x8x17xf32>
    %206 = stablehlo.subtract %202, %205 : tensor<3x2x1x8x17xf32>
    %207 = stablehlo.exponential %206 : tensor<3x2x1x8x17xf32>
    %208 = stablehlo.constant dense<0.0> : tensor<f32>
    %209 = stablehlo.reduce(%207 init: %208) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x8x17xf32>, tensor<f32>) -> tensor<3x2x1x8xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0, 1, 2, 3] : (tensor<3x2x1x8xf32>) -> tensor<3x2x1x8x17xf32>
    %211 = stablehlo.divide %207, %210 : tensor<3x2x1x8x17xf32>
    %212 = "stablehlo.slice"(%211) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x16xf32>
    %213 = "stablehlo.slice"(%211) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x8x17xf32>) -> tensor<3x2x1x8x1xf32>
    %214 = stablehlo.dot_general %212, %147, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x8x12xf32>
    %215 = stablehlo.dot_general %213, %192, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x8x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x8x12xf32>
    %216 = stablehlo.add %214, %215 : tensor<3x2x1x8x12xf32>
    %217 = stablehlo.transpose %216, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x8x12xf32>) -> tensor<3x1x2x8x12xf32>
    %218 = stablehlo.reshape %217 : (tensor<3x1x2x8x12xf32>) -> tensor<3x1x192xf32>
    %219 = stablehlo.dot_general %218, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x192xf32>, tensor<80x192xf32>) -> tensor<3x1x80xf32>
    %220 = stablehlo.add %141, %219 : tensor<3x1x80xf32>
    %221 = stablehlo.multiply %220, %220 : tensor<3x1x80xf32>
    %222 = stablehlo.constant dense<0.0> : tensor<f32>
    %223 = stablehlo.reduce(%221 init: %222) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %224 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %226 = stablehlo.multiply %223, %225 : tensor<3x1xf32>
    %227 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %229 = stablehlo.add %226, %228 : tensor<3x1xf32>
    %230 = stablehlo.rsqrt %229 : tensor<3x1xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %232 = stablehlo.multiply %220, %231 : tensor<3x1x80xf32>
    %233 = stablehlo.constant dense<1.0> : tensor<f32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %235 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %234 : tensor<80xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %237 = stablehlo.multiply %232, %236 : tensor<3x1x80xf32>
    %238 = stablehlo.dot_general %237, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %239 = stablehlo.multiply %238, %238 : tensor<3x1x56xf32>
    %240 = stablehlo.multiply %239, %238 : tensor<3x1x56xf32>
    %241 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %243 = stablehlo.multiply %240, %242 : tensor<3x1x56xf32>
    %244 = stablehlo.add %238, %243 : tensor<3x1x56xf32>
    %245 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %247 = stablehlo.multiply %244, %246 : tensor<3x1x56xf32>
    %248 = stablehlo.constant dense<0.5> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %250 = stablehlo.multiply %238, %249 : tensor<3x1x56xf32>
    %251 = stablehlo.tanh %247 : tensor<3x1x56xf32>
    %252 = stablehlo.constant dense<1.0> : tensor<f32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %254 = stablehlo.add %251, %253 : tensor<3x1x56xf32>
    %255 = stablehlo.multiply %250, %254 : tensor<3x1x56xf32>
    %256 = stablehlo.dot_general %237, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x80xf32>, tensor<56x80xf32>) -> tensor<3x1x56xf32>
    %257 = stablehlo.multiply %255, %256 : tensor<3x1x56xf32>
    %258 = stablehlo.dot_general %257, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<80x56xf32>) -> tensor<3x1x80xf32>
    %259 = stablehlo.add %220, %258 : tensor<3x1x80xf32>
    %260 = stablehlo.reshape %191 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %261 = stablehlo.reshape %192 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %262 = stablehlo.multiply %259, %259 : tensor<3x1x80xf32>
    %263 = stablehlo.constant dense<0.0> : tensor<f32>
    %264 = stablehlo.reduce(%262 init: %263) applies stablehlo.add across dimensions = [2] : (tensor<3x1x80xf32>, tensor<f32>) -> tensor<3x1xf32>
    %265 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %267 = stablehlo.multiply %264, %266 : tensor<3x1xf32>
    %268 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %270 = stablehlo.add %267, %269 : tensor<3x1xf32>
    %271 = stablehlo.rsqrt %270 : tensor<3x1xf32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x80xf32>
    %273 = stablehlo.multiply %259, %272 : tensor<3x1x80xf32>
    %274 = stablehlo.constant dense<1.0> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %276 = stablehlo.add %model.norm.weight, %275 : tensor<80xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [2] : (tensor<80xf32>) -> tensor<3x1x80xf32>
    %278 = stablehlo.multiply %273, %277 : tensor<3x1x80xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %279 = stablehlo.concatenate %142, %260, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %280 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %281 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %282 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %283 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %284 = stablehlo.concatenate %280, %281, %282, %283, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %285 = stablehlo.reshape %279 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %286 = stablehlo.reshape %284 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %287 = "stablehlo.scatter"(%k_cache, %286, %285) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %288 = stablehlo.concatenate %143, %261, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %289 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %290 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %291 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %292 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %293 = stablehlo.concatenate %289, %290, %291, %292, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %294 = stablehlo.reshape %288 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %295 = stablehlo.reshape %293 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %296 = "stablehlo.scatter"(%v_cache, %295, %294) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %297 = stablehlo.reshape %278 : (tensor<3x1x80xf32>) -> tensor<3x80xf32>
    %298 = stablehlo.dot_general %297, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x80xf32>, tensor<97x80xf32>) -> tensor<3x97xf32>
    %299 = stablehlo.constant dense<0> : tensor<i32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %301 = stablehlo.compare NE, %active, %300, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %302 = stablehlo.broadcast_in_dim %301, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %303 = stablehlo.constant dense<0.0> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %305 = stablehlo.select %302, %298, %304 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %305, %287, %296 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
