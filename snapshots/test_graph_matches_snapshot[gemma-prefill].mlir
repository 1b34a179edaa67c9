// gemma prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=80 heads=16 kv_heads=2 head_dim=12 vocab=97
module @gemma_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x80xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<192x80xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x80xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x80xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<80x192xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x80xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x80xf32>, %model.layers.0.mlp.down_proj.weight: tensor<80x56xf32>, %model.layers.0.input_layernorm.weight: tensor<80xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<80xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<192x80xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x80xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x80xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<80x192xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x80xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x80xf32>, %model.layers.1.mlp.down_proj.weight: tensor<80x56xf32>, %model.layers.1.input_layernorm.weight: tensor<80xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<80xf32>, %model.norm.weight: tensor<80xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<16x2x2x12xf32>, %v_cache: tensor<16x2x2x12xf32>) -> (tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 80>, indices_are_sorted = false} : (tensor<97x80xf32>, tensor<1x8x1xi32>) -> tensor<1x8x80xf32>
    %6 = stablehlo.constant dense<8.9442720413208> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x8x80xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x8x80xf32>
    %9 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %10 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %11 = stablehlo.add %9, %10 : tensor<1x8xi32>
    %12 = stablehlo.constant dense<[1.0, 0.2154434621334076, 0.04641588777303696, 0.009999999776482582, 0.002154434798285365, 0.00046415888937190175]> : tensor<6xf32>
    %13 = stablehlo.convert %11 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %15 = stablehlo.broadcast_in_dim %12, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %16 = stablehlo.multiply %14, %15 : tensor<1x8x6xf32>
    %17 = stablehlo.concatenate %16, %16, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %18 = stablehlo.cosine %17 : tensor<1x8x12xf32>
    %19 = stablehlo.sine %17 : tensor<1x8x12xf32>
    %20 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %21 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %22 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %23 = stablehlo.add %21, %22 : tensor<1x8x16xi32>
    %24 = stablehlo.compare LT, %20, %21, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %25 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %26 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %27 = stablehlo.compare LE, %26, %25, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %28 = stablehlo.concatenate %24, %27, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %29 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %31 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %33 = stablehlo.multiply %8, %8 : tensor<1x8x80xf32>
    %34 = stablehlo.constant dense<0.0> : tensor<f32>
    %35 = stablehlo.reduce(%33 init: %34) applies stablehlo.add across dimensions = [2] : (tensor<1x8x80xf32>, tensor<f32>) -> tensor<1x8xf32>
    %36 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %38 = stablehlo.multiply %35, %37 : tensor<1x8xf32>
    %39 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %41 = stablehlo.add %38, %40 : tensor<1x8xf32>
    %42 = stablehlo.rsqrt %41 : tensor<1x8xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x80xf32>
    %44 = stablehlo.multiply %8, %43 : tensor<1x8x80xf32>
    %45 = stablehlo.constant dense<1.0> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %47 = stablehlo.add %model.layers.0.input_layernorm.weight, %46 : tensor<80xf32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [2] : (tensor<80xf32>) -> tensor<1x8x80xf32>
    %49 = stablehlo.multiply %44, %48 : tensor<1x8x80xf32>
    %50 = stablehlo.dot_general %49, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<192x80xf32>) -> tensor<1x8x192xf32>
    %51 = stablehlo.dot_general %49, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<24x80xf32>) -> tensor<1x8x24xf32>
    %52 = stablehlo.dot_general %49, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<24x80xf32>) -> tensor<1x8x24xf32>
    %53 = stablehlo.reshape %50 : (tensor<1x8x192xf32>) -> tensor<1x8x16x12xf32>
    %54 = stablehlo.reshape %51 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %55 = stablehlo.reshape %52 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %56 = "stablehlo.slice"(%53) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 16, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x16x12xf32>) -> tensor<1x8x16x6xf32>
    %57 = "stablehlo.slice"(%53) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x16x12xf32>) -> tensor<1x8x16x6xf32>
    %58 = stablehlo.negate %57 : tensor<1x8x16x6xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 3 : (tensor<1x8x16x6xf32>, tensor<1x8x16x6xf32>) -> tensor<1x8x16x12xf32>
    %60 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x16x12xf32>
    %61 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x16x12xf32>
    %62 = stablehlo.multiply %53, %60 : tensor<1x8x16x12xf32>
    %63 = stablehlo.multiply %59, %61 : tensor<1x8x16x12xf32>
    %64 = stablehlo.add %62, %63 : tensor<1x8x16x12xf32>
    %65 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %66 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %67 = stablehlo.negate %66 : tensor<1x8x2x6xf32>
    %68 = stablehlo.concatenate %67, %65, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %69 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %70 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %71 = stablehlo.multiply %54, %69 : tensor<1x8x2x12xf32>
    %72 = stablehlo.multiply %68, %70 : tensor<1x8x2x12xf32>
    %73 = stablehlo.add %71, %72 : tensor<1x8x2x12xf32>
    %74 = stablehlo.reshape %64 : (tensor<1x8x16x12xf32>) -> tensor<1x8x2x8x12xf32>
    %75 = stablehlo.dot_general %74, %30, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x8x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x8x16xf32>
    %76 = stablehlo.dot_general %74, %73, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x8x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x8x8xf32>
    %77 = stablehlo.concatenate %75, %76, dim = 4 : (tensor<1x2x8x8x16xf32>, tensor<1x2x8x8x8xf32>) -> tensor<1x2x8x8x24xf32>
    %78 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<1x2x8x8x24xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<1x2x8x8x24xf32>
    %81 = stablehlo.broadcast_in_dim %28, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x8x24xi1>
    %82 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<1x2x8x8x24xf32>
    %84 = stablehlo.select %81, %80, %83 : (tensor<1x2x8x8x24xi1>, tensor<1x2x8x8x24xf32>, tensor<1x2x8x8x24xf32>) -> tensor<1x2x8x8x24xf32>
    %85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x8x24xf32>, tensor<f32>) -> tensor<1x2x8x8xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<1x2x8x8xf32>) -> tensor<1x2x8x8x24xf32>
    %88 = stablehlo.subtract %84, %87 : tensor<1x2x8x8x24xf32>
    %89 = stablehlo.exponential %88 : tensor<1x2x8x8x24xf32>
    %90 = stablehlo.constant dense<0.0> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x8x24xf32>, tensor<f32>) -> tensor<1x2x8x8xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<1x2x8x8xf32>) -> tensor<1x2x8x8x24xf32>
    %93 = stablehlo.divide %89, %92 : tensor<1x2x8x8x24xf32>
    %94 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x8x24xf32>) -> tensor<1x2x8x8x16xf32>
    %95 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 8, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x8x24xf32>) -> tensor<1x2x8x8x8xf32>
    %96 = stablehlo.dot_general %94, %32, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x8x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x8x12xf32>
    %97 = stablehlo.dot_general %95, %55, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x8x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x8x12xf32>
    %98 = stablehlo.add %96, %97 : tensor<1x2x8x8x12xf32>
    %99 = stablehlo.transpose %98, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x8x12xf32>) -> tensor<1x8x2x8x12xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x8x2x8x12xf32>) -> tensor<1x8x192xf32>
    %101 = stablehlo.dot_general %100, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x192xf32>, tensor<80x192xf32>) -> tensor<1x8x80xf32>
    %102 = stablehlo.add %8, %101 : tensor<1x8x80xf32>
    %103 = stablehlo.multiply %102, %102 : tensor<1x8x80xf32>
    %104 = stablehlo.constant dense<0.0> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %104) applies stablehlo.add across dimensions = [2] : (tensor<1x8x80xf32>, tensor<f32>) -> tensor<1x8xf32>
    %106 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<1x8xf32>
    %109 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %111 = stablehlo.add %108, %110 : tensor<1x8xf32>
    %112 = stablehlo.rsqrt %111 : tensor<1x8xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x80xf32>
    %114 = stablehlo.multiply %102, %113 : tensor<1x8x80xf32>
    %115 = stablehlo.constant dense<1.0> : tensor<f32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %117 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %116 : tensor<80xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [2] : (tensor<80xf32>) -> tensor<1x8x80xf32>
    %119 = stablehlo.multiply %114, %118 : tensor<1x8x80xf32>
    %120 = stablehlo.dot_general %119, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<56x80xf32>) -> tensor<1x8x56xf32>
    %121 = stablehlo.multiply %120, %120 : tensor<1x8x56xf32>
    %122 = stablehlo.multiply %121, %120 : tensor<1x8x56xf32>
    %123 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %125 = stablehlo.multiply %122, %124 : tensor<1x8x56xf32>
    %126 = stablehlo.add %120, %125 : tensor<1x8x56xf32>
    %127 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<1x8x56xf32>
    %130 = stablehlo.constant dense<0.5> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %132 = stablehlo.multiply %120, %131 : tensor<1x8x56xf32>
    %133 = stablehlo.tanh %129 : tensor<1x8x56xf32>
    %134 = stablehlo.constant dense<1.0> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %136 = stablehlo.add %133, %135 : tensor<1x8x56xf32>
    %137 = stablehlo.multiply %132, %136 : tensor<1x8x56xf32>
    %138 = stablehlo.dot_general %119, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<56x80xf32>) -> tensor<1x8x56xf32>
    %139 = stablehlo.multiply %137, %138 : tensor<1x8x56xf32>
    %140 = stablehlo.dot_general %139, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<80x56xf32>) -> tensor<1x8x80xf32>
    %141 = stablehlo.add %102, %140 : tensor<1x8x80xf32>
    %142 = stablehlo.reshape %73 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %143 = stablehlo.reshape %55 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    // layer 1: full_attention
    %144 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %146 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %148 = stablehlo.multiply %141, %141 : tensor<1x8x80xf32>
    %149 = stablehlo.constant dense<0.0> : tensor<f32>
    %150 = stablehlo.reduce(%148 init: %149) applies stablehlo.add across dimensions = [2] : (tensor<1x8x80xf32>, tensor<f32>) -> tensor<1x8xf32>
    %151 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %153 = stablehlo.multiply %150, %152 : tensor<1x8xf32>
    %154 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %156 = stablehlo.add %153, %155 : tensor<1x8xf32>
    %157 = stablehlo.rsqrt %156 : tensor<1x8xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x80xf32>
    %159 = stablehlo.multiply %141, %158 : tensor<1x8x80xf32>
    %160 = stablehlo.constant dense<1.0> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %162 = stablehlo.add %model.layers.1.input_layernorm.weight, %161 : tensor<80xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [2] : (tensor<80xf32>) -> tensor<1x8x80xf32>
    %164 = stablehlo.multiply %159, %163 : tensor<1x8x80xf32>
    %165 = stablehlo.dot_general %164, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<192x80xf32>) -> tensor<1x8x192xf32>
    %166 = stablehlo.dot_general %164, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<24x80xf32>) -> tensor<1x8x24xf32>
    %167 = stablehlo.dot_general %164, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<24x80xf32>) -> tensor<1x8x24xf32>
    %168 = stablehlo.reshape %165 : (tensor<1x8x192xf32>) -> tensor<1x8x16x12xf32>
    %169 = stablehlo.reshape %166 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %170 = stablehlo.reshape %167 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %171 = "stablehlo.slice"(%168) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 16, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x16x12xf32>) -> tensor<1x8x16x6xf32>
    %172 = "stablehlo.slice"(%168) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x16x12xf32>) -> tensor<1x8x16x6xf32>
    %173 = stablehlo.negate %172 : tensor<1x8x16x6xf32>
    %174 = stablehlo.concatenate %173, %171, dim = 3 : (tensor<1x8x16x6xf32>, tensor<1x8x16x6xf32>) -> tensor<1x8x16x12xf32>
    %175 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x16x12xf32>
    %176 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x16x12xf32>
    %177 = stablehlo.multiply %168, %175 : tensor<1x8x16x12xf32>
    %178 = stablehlo.multiply %174, %176 : tensor<1x8x16x12xf32>
    %179 = stablehlo.add %177, %178 : tensor<1x8x16x12xf32>
    %180 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %181 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %182 = stablehlo.negate %181 : tensor<1x8x2x6xf32>
    %183 = stablehlo.concatenate %182, %180, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %184 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %185 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %186 = stablehlo.multiply %169, %184 : tensor<1x8x2x12xf32>
    %187 = stablehlo.multiply %183, %185 : tensor<1x8x2x12xf32>
    %188 = stablehlo.add %186, %187 : tensor<1x8x2x12xf32>
    %189 = stablehlo.reshape %179 : (tensor<1x8x16x12xf32>) -> tensor<1x8x2x8x12xf32>
    %190 = stablehlo.dot_general %189, %145, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x8x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x8x16xf32>
    %191 = stablehlo.dot_general %189, %188, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x8x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x8x8xf32>
    %192 = stablehlo.concatenate %190, %191, dim = 4 : (tensor<1x2x8x8x16xf32>, tensor<1x2x8x8x8xf32>) -> tensor<1x2x8x8x24xf32>
    %193 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [] : (tensor<f32>) -> tensor<1x2x8x8x24xf32>
    %195 = stablehlo.multiply %192, %194 : tensor<1x2x8x8x24xf32>
    %196 = stablehlo.broadcast_in_dim %28, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x8x24xi1>
    %197 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<1x2x8x8x24xf32>
    %199 = stablehlo.select %196, %195, %198 : (tensor<1x2x8x8x24xi1>, tensor<1x2x8x8x24xf32>, tensor<1x2x8x8x24xf32>) -> tensor<1x2x8x8x24xf32>
    %200 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %201 = stablehlo.reduce(%199 init: %200) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x8x24xf32>, tensor<f32>) -> tensor<1x2x8x8xf32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [0, 1, 2, 3] : (tensor<1x2x8x8xf32>) -> tensor<1x2x8x8x24xf32>
    %203 = stablehlo.subtract %199, %202 : tensor<1x2x8x8x24xf32>
    %204 = stablehlo.exponential %203 : tensor<1x2x8x8x24xf32>
    %205 = stablehlo.constant dense<0.0> : tensor<f32>
    %206 = stablehlo.reduce(%204 init: %205) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x8x24xf32>, tensor<f32>) -> tensor<1x2x8x8xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1, 2, 3] : (tensor<1x2x8x8xf32>) -> tensor<1x2x8x8x24xf32>
    %208 = stablehlo.divide %204, %207 : tensor<1x2x8x8x24xf32>
    %209 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x8x24xf32>) -> tensor<1x2x8x8x16xf32>
    %210 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 8, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x8x24xf32>) -> tensor<1x2x8x8x8xf32>
    %211 = stablehlo.dot_general %209, %147, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x8x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x8x12xf32>
    %212 = stablehlo.dot_general %210, %170, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x8x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x8x12xf32>
    %213 = stablehlo.add %211, %212 : tensor<1x2x8x8x12xf32>
    %214 = stablehlo.transpose %213, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x8x12xf32>) -> tensor<1x8x2x8x12xf32>
    %215 = stablehlo.reshape %214 : (tensor<1x8x2x8x12xf32>) -> tensor<1x8x192xf32>
    %216 = stablehlo.dot_general %215, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x192xf32>, tensor<80x192xf32>) -> tensor<1x8x80xf32>
    %217 = stablehlo.add %141, %216 : tensor<1x8x80xf32>
    %218 = stablehlo.multiply %217, %217 : tensor<1x8x80xf32>
    %219 = stablehlo.constant dense<0.0> : tensor<f32>
    %220 = stablehlo.reduce(%218 init: %219) applies stablehlo.add across dimensions = [2] : (tensor<1x8x80xf32>, tensor<f32>) -> tensor<1x8xf32>
    %221 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %223 = stablehlo.multiply %220, %222 : tensor<1x8xf32>
    %224 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %226 = stablehlo.add %223, %225 : tensor<1x8xf32>
    %227 = stablehlo.rsqrt %226 : tensor<1x8xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x80xf32>
    %229 = stablehlo.multiply %217, %228 : tensor<1x8x80xf32>
    %230 = stablehlo.constant dense<1.0> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %232 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %231 : tensor<80xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [2] : (tensor<80xf32>) -> tensor<1x8x80xf32>
    %234 = stablehlo.multiply %229, %233 : tensor<1x8x80xf32>
    %235 = stablehlo.dot_general %234, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<56x80xf32>) -> tensor<1x8x56xf32>
    %236 = stablehlo.multiply %235, %235 : tensor<1x8x56xf32>
    %237 = stablehlo.multiply %236, %235 : tensor<1x8x56xf32>
    %238 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %240 = stablehlo.multiply %237, %239 : tensor<1x8x56xf32>
    %241 = stablehlo.add %235, %240 : tensor<1x8x56xf32>
    %242 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %244 = stablehlo.multiply %241, %243 : tensor<1x8x56xf32>
    %245 = stablehlo.constant dense<0.5> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %247 = stablehlo.multiply %235, %246 : tensor<1x8x56xf32>
    %248 = stablehlo.tanh %244 : tensor<1x8x56xf32>
    %249 = stablehlo.constant dense<1.0> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %251 = stablehlo.add %248, %250 : tensor<1x8x56xf32>
    %252 = stablehlo.multiply %247, %251 : tensor<1x8x56xf32>
    %253 = stablehlo.dot_general %234, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x80xf32>, tensor<56x80xf32>) -> tensor<1x8x56xf32>
    %254 = stablehlo.multiply %252, %253 : tensor<1x8x56xf32>
    %255 = stablehlo.dot_general %254, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<80x56xf32>) -> tensor<1x8x80xf32>
    %256 = stablehlo.add %217, %255 : tensor<1x8x80xf32>
    %257 = stablehlo.reshape %188 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %258 = stablehlo.reshape %170 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %259 = stablehlo.multiply %256, %256 : tensor<1x8x80xf32>
    %260 = stablehlo.constant dense<0.0> : tensor<f32>
    %261 = stablehlo.reduce(%259 init: %260) applies stablehlo.add across dimensions = [2] : (tensor<1x8x80xf32>, tensor<f32>) -> tensor<1x8xf32>
    %262 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %264 = stablehlo.multiply %261, %263 : tensor<1x8xf32>
    %265 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %267 = stablehlo.add %264, %266 : tensor<1x8xf32>
    %268 = stablehlo.rsqrt %267 : tensor<1x8xf32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x80xf32>
    %270 = stablehlo.multiply %256, %269 : tensor<1x8x80xf32>
    %271 = stablehlo.constant dense<1.0> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %273 = stablehlo.add %model.norm.weight, %272 : tensor<80xf32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [2] : (tensor<80xf32>) -> tensor<1x8x80xf32>
    %275 = stablehlo.multiply %270, %274 : tensor<1x8x80xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %276 = stablehlo.concatenate %142, %257, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %277 = stablehlo.constant dense<0> : tensor<i32>
    %278 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %279 = stablehlo.dynamic_update_slice %2, %276, %277, %278, %277, %277, %277 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %280 = stablehlo.concatenate %143, %258, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %281 = stablehlo.constant dense<0> : tensor<i32>
    %282 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %283 = stablehlo.dynamic_update_slice %3, %280, %281, %282, %281, %281, %281 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %284 = stablehlo.constant dense<1> : tensor<i32>
    %285 = stablehlo.subtract %length, %284 : tensor<i32>
    %286 = stablehlo.constant dense<0> : tensor<i32>
    %287 = stablehlo.dynamic_slice %275, %286, %285, %286, sizes = [1, 1, 80] : (tensor<1x8x80xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x80xf32>
    %288 = stablehlo.reshape %287 : (tensor<1x1x80xf32>) -> tensor<80xf32>
    %289 = stablehlo.dot_general %288, %model.embed_tokens.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<80xf32>, tensor<97x80xf32>) -> tensor<97xf32>
    %290 = stablehlo.reshape %279 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    %291 = stablehlo.reshape %283 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    return %289, %290, %291 : tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>
  }
}
