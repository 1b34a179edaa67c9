// gemma prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=40 heads=8 kv_heads=1 head_dim=12 vocab=97
module @gemma_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x1x16x12xf32>, %v_cache: tensor<2x1x16x12xf32>) -> (tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<1x8x1xi32>) -> tensor<1x8x40xf32>
    %6 = stablehlo.constant dense<6.324555397033691> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x8x40xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x8x40xf32>
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
    %20 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %21 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %22 = stablehlo.compare LE, %21, %20, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %23 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %24 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %25 = stablehlo.compare LT, %23, %24, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %26 = stablehlo.concatenate %25, %22, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %27 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %29 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %31 = stablehlo.multiply %8, %8 : tensor<1x8x40xf32>
    %32 = stablehlo.constant dense<0.0> : tensor<f32>
    %33 = stablehlo.reduce(%31 init: %32) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %34 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %36 = stablehlo.multiply %33, %35 : tensor<1x8xf32>
    %37 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %39 = stablehlo.add %36, %38 : tensor<1x8xf32>
    %40 = stablehlo.rsqrt %39 : tensor<1x8xf32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %42 = stablehlo.multiply %8, %41 : tensor<1x8x40xf32>
    %43 = stablehlo.constant dense<1.0> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %45 = stablehlo.add %model.layers.0.input_layernorm.weight, %44 : tensor<40xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %47 = stablehlo.multiply %42, %46 : tensor<1x8x40xf32>
    %48 = stablehlo.dot_general %47, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %49 = stablehlo.dot_general %47, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<12x40xf32>) -> tensor<1x8x12xf32>
    %50 = stablehlo.dot_general %47, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<12x40xf32>) -> tensor<1x8x12xf32>
    %51 = stablehlo.reshape %48 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %52 = stablehlo.reshape %49 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %53 = stablehlo.reshape %50 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %54 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %55 = "stablehlo.slice"(%51) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %56 = stablehlo.negate %55 : tensor<1x8x8x6xf32>
    %57 = stablehlo.concatenate %56, %54, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %58 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %59 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %60 = stablehlo.multiply %51, %58 : tensor<1x8x8x12xf32>
    %61 = stablehlo.multiply %57, %59 : tensor<1x8x8x12xf32>
    %62 = stablehlo.add %60, %61 : tensor<1x8x8x12xf32>
    %63 = "stablehlo.slice"(%52) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %64 = "stablehlo.slice"(%52) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %65 = stablehlo.negate %64 : tensor<1x8x1x6xf32>
    %66 = stablehlo.concatenate %65, %63, dim = 3 : (tensor<1x8x1x6xf32>, tensor<1x8x1x6xf32>) -> tensor<1x8x1x12xf32>
    %67 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %68 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %69 = stablehlo.multiply %52, %67 : tensor<1x8x1x12xf32>
    %70 = stablehlo.multiply %66, %68 : tensor<1x8x1x12xf32>
    %71 = stablehlo.add %69, %70 : tensor<1x8x1x12xf32>
    %72 = stablehlo.reshape %62 : (tensor<1x8x8x12xf32>) -> tensor<1x8x1x8x12xf32>
    %73 = stablehlo.transpose %72, dims = [0, 2, 1, 3, 4] : (tensor<1x8x1x8x12xf32>) -> tensor<1x1x8x8x12xf32>
    %74 = stablehlo.transpose %71, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %75 = stablehlo.transpose %53, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %76 = stablehlo.dot_general %73, %74, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x12xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x8x8xf32>
    %77 = stablehlo.dot_general %73, %28, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x8x16xf32>
    %78 = stablehlo.concatenate %77, %76, dim = 4 : (tensor<1x1x8x8x16xf32>, tensor<1x1x8x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %79 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [] : (tensor<f32>) -> tensor<1x1x8x8x24xf32>
    %81 = stablehlo.multiply %78, %80 : tensor<1x1x8x8x24xf32>
    %82 = stablehlo.broadcast_in_dim %26, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x1x8x8x24xi1>
    %83 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<1x1x8x8x24xf32>
    %85 = stablehlo.select %82, %81, %84 : (tensor<1x1x8x8x24xi1>, tensor<1x1x8x8x24xf32>, tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x24xf32>
    %86 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %87 = stablehlo.reduce(%85 init: %86) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x8x8x24xf32>, tensor<f32>) -> tensor<1x1x8x8xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2, 3] : (tensor<1x1x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %89 = stablehlo.subtract %85, %88 : tensor<1x1x8x8x24xf32>
    %90 = stablehlo.exponential %89 : tensor<1x1x8x8x24xf32>
    %91 = stablehlo.constant dense<0.0> : tensor<f32>
    %92 = stablehlo.reduce(%90 init: %91) applies stablehlo.add across dimensions = [4] : (tensor<1x1x8x8x24xf32>, tensor<f32>) -> tensor<1x1x8x8xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2, 3] : (tensor<1x1x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %94 = stablehlo.divide %90, %93 : tensor<1x1x8x8x24xf32>
    %95 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x16xf32>
    %96 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 8, 8, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x8xf32>
    %97 = stablehlo.dot_general %95, %30, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x8x12xf32>
    %98 = stablehlo.dot_general %96, %75, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x8xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x8x12xf32>
    %99 = stablehlo.add %97, %98 : tensor<1x1x8x8x12xf32>
    %100 = stablehlo.transpose %99, dims = [0, 2, 1, 3, 4] : (tensor<1x1x8x8x12xf32>) -> tensor<1x8x1x8x12xf32>
    %101 = stablehlo.reshape %100 : (tensor<1x8x1x8x12xf32>) -> tensor<1x8x96xf32>
    %102 = stablehlo.dot_general %101, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %103 = stablehlo.add %8, %102 : tensor<1x8x40xf32>
    %104 = stablehlo.multiply %103, %103 : tensor<1x8x40xf32>
    %105 = stablehlo.constant dense<0.0> : tensor<f32>
    %106 = stablehlo.reduce(%104 init: %105) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %107 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %109 = stablehlo.multiply %106, %108 : tensor<1x8xf32>
    %110 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %112 = stablehlo.add %109, %111 : tensor<1x8xf32>
    %113 = stablehlo.rsqrt %112 : tensor<1x8xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %115 = stablehlo.multiply %103, %114 : tensor<1x8x40xf32>
    %116 = stablehlo.constant dense<1.0> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %118 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %117 : tensor<40xf32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %120 = stablehlo.multiply %115, %119 : tensor<1x8x40xf32>
    %121 = stablehlo.dot_general %120, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %122 = stablehlo.multiply %121, %121 : tensor<1x8x56xf32>
    %123 = stablehlo.multiply %122, %121 : tensor<1x8x56xf32>
    %124 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %126 = stablehlo.multiply %123, %125 : tensor<1x8x56xf32>
    %127 = stablehlo.add %121, %126 : tensor<1x8x56xf32>
    %128 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<1x8x56xf32>
    %131 = stablehlo.constant dense<0.5> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %133 = stablehlo.multiply %121, %132 : tensor<1x8x56xf32>
    %134 = stablehlo.tanh %130 : tensor<1x8x56xf32>
    %135 = stablehlo.constant dense<1.0> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %137 = stablehlo.add %134, %136 : tensor<1x8x56xf32>
    %138 = stablehlo.multiply %133, %137 : tensor<1x8x56xf32>
    %139 = stablehlo.dot_general %120, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %140 = stablehlo.multiply %138, %139 : tensor<1x8x56xf32>
    %141 = stablehlo.dot_general %140, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %142 = stablehlo.add %103, %141 : tensor<1x8x40xf32>
    %143 = stablehlo.reshape %74 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %144 = stablehlo.reshape %75 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    // layer 1: full_attention
    %145 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %146 = stablehlo.reshape %145 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %147 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %149 = stablehlo.multiply %142, %142 : tensor<1x8x40xf32>
    %150 = stablehlo.constant dense<0.0> : tensor<f32>
    %151 = stablehlo.reduce(%149 init: %150) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %152 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %154 = stablehlo.multiply %151, %153 : tensor<1x8xf32>
    %155 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %157 = stablehlo.add %154, %156 : tensor<1x8xf32>
    %158 = stablehlo.rsqrt %157 : tensor<1x8xf32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %160 = stablehlo.multiply %142, %159 : tensor<1x8x40xf32>
    %161 = stablehlo.constant dense<1.0> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %163 = stablehlo.add %model.layers.1.input_layernorm.weight, %162 : tensor<40xf32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %165 = stablehlo.multiply %160, %164 : tensor<1x8x40xf32>
    %166 = stablehlo.dot_general %165, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %167 = stablehlo.dot_general %165, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<12x40xf32>) -> tensor<1x8x12xf32>
    %168 = stablehlo.dot_general %165, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<12x40xf32>) -> tensor<1x8x12xf32>
    %169 = stablehlo.reshape %166 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %170 = stablehlo.reshape %167 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %171 = stablehlo.reshape %168 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %172 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %173 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %174 = stablehlo.negate %173 : tensor<1x8x8x6xf32>
    %175 = stablehlo.concatenate %174, %172, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %176 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %177 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %178 = stablehlo.multiply %169, %176 : tensor<1x8x8x12xf32>
    %179 = stablehlo.multiply %175, %177 : tensor<1x8x8x12xf32>
    %180 = stablehlo.add %178, %179 : tensor<1x8x8x12xf32>
    %181 = "stablehlo.slice"(%170) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %182 = "stablehlo.slice"(%170) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %183 = stablehlo.negate %182 : tensor<1x8x1x6xf32>
    %184 = stablehlo.concatenate %183, %181, dim = 3 : (tensor<1x8x1x6xf32>, tensor<1x8x1x6xf32>) -> tensor<1x8x1x12xf32>
    %185 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %186 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %187 = stablehlo.multiply %170, %185 : tensor<1x8x1x12xf32>
    %188 = stablehlo.multiply %184, %186 : tensor<1x8x1x12xf32>
    %189 = stablehlo.add %187, %188 : tensor<1x8x1x12xf32>
    %190 = stablehlo.reshape %180 : (tensor<1x8x8x12xf32>) -> tensor<1x8x1x8x12xf32>
    %191 = stablehlo.transpose %190, dims = [0, 2, 1, 3, 4] : (tensor<1x8x1x8x12xf32>) -> tensor<1x1x8x8x12xf32>
    %192 = stablehlo.transpose %189, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %193 = stablehlo.transpose %171, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %194 = stablehlo.dot_general %191, %192, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x12xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x8x8xf32>
    %195 = stablehlo.dot_general %191, %146, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x8x16xf32>
    %196 = stablehlo.concatenate %195, %194, dim = 4 : (tensor<1x1x8x8x16xf32>, tensor<1x1x8x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %197 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<1x1x8x8x24xf32>
    %199 = stablehlo.multiply %196, %198 : tensor<1x1x8x8x24xf32>
    %200 = stablehlo.broadcast_in_dim %26, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x1x8x8x24xi1>
    %201 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [] : (tensor<f32>) -> tensor<1x1x8x8x24xf32>
    %203 = stablehlo.select %200, %199, %202 : (tensor<1x1x8x8x24xi1>, tensor<1x1x8x8x24xf32>, tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x24xf32>
    %204 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %205 = stablehlo.reduce(%203 init: %204) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x8x8x24xf32>, tensor<f32>) -> tensor<1x1x8x8xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0, 1, 2, 3] : (tensor<1x1x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %207 = stablehlo.subtract %203, %206 : tensor<1x1x8x8x24xf32>
    %208 = stablehlo.exponential %207 : tensor<1x1x8x8x24xf32>
    %209 = stablehlo.constant dense<0.0> : tensor<f32>
    %210 = stablehlo.reduce(%208 init: %209) applies stablehlo.add across dimensions = [4] : (tensor<1x1x8x8x24xf32>, tensor<f32>) -> tensor<1x1x8x8xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0, 1, 2, 3] : (tensor<1x1x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %212 = stablehlo.divide %208, %211 : tensor<1x1x8x8x24xf32>
    %213 = "stablehlo.slice"(%212) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x16xf32>
    %214 = "stablehlo.slice"(%212) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 8, 8, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x8xf32>
    %215 = stablehlo.dot_general %213, %148, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x8x12xf32>
    %216 = stablehlo.dot_general %214, %193, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x8xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x8x12xf32>
    %217 = stablehlo.add %215, %216 : tensor<1x1x8x8x12xf32>
    %218 = stablehlo.transpose %217, dims = [0, 2, 1, 3, 4] : (tensor<1x1x8x8x12xf32>) -> tensor<1x8x1x8x12xf32>
    %219 = stablehlo.reshape %218 : (tensor<1x8x1x8x12xf32>) -> tensor<1x8x96xf32>
    %220 = stablehlo.dot_general %219, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %221 = stablehlo.add %142, %220 : tensor<1x8x40xf32>
    %222 = stablehlo.multiply %221, %221 : tensor<1x8x40xf32>
    %223 = stablehlo.constant dense<0.0> : tensor<f32>
    %224 = stablehlo.reduce(%222 init: %223) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %225 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %227 = stablehlo.multiply %224, %226 : tensor<1x8xf32>
    %228 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %230 = stablehlo.add %227, %229 : tensor<1x8xf32>
    %231 = stablehlo.rsqrt %230 : tensor<1x8xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %233 = stablehlo.multiply %221, %232 : tensor<1x8x40xf32>
    %234 = stablehlo.constant dense<1.0> : tensor<f32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %236 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %235 : tensor<40xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %238 = stablehlo.multiply %233, %237 : tensor<1x8x40xf32>
    %239 = stablehlo.dot_general %238, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %240 = stablehlo.multiply %239, %239 : tensor<1x8x56xf32>
    %241 = stablehlo.multiply %240, %239 : tensor<1x8x56xf32>
    %242 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %244 = stablehlo.multiply %241, %243 : tensor<1x8x56xf32>
    %245 = stablehlo.add %239, %244 : tensor<1x8x56xf32>
    %246 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %248 = stablehlo.multiply %245, %247 : tensor<1x8x56xf32>
    %249 = stablehlo.constant dense<0.5> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %251 = stablehlo.multiply %239, %250 : tensor<1x8x56xf32>
    %252 = stablehlo.tanh %248 : tensor<1x8x56xf32>
    %253 = stablehlo.constant dense<1.0> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %255 = stablehlo.add %252, %254 : tensor<1x8x56xf32>
    %256 = stablehlo.multiply %251, %255 : tensor<1x8x56xf32>
    %257 = stablehlo.dot_general %238, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %258 = stablehlo.multiply %256, %257 : tensor<1x8x56xf32>
    %259 = stablehlo.dot_general %258, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %260 = stablehlo.add %221, %259 : tensor<1x8x40xf32>
    %261 = stablehlo.reshape %192 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %262 = stablehlo.reshape %193 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %263 = stablehlo.multiply %260, %260 : tensor<1x8x40xf32>
    %264 = stablehlo.constant dense<0.0> : tensor<f32>
    %265 = stablehlo.reduce(%263 init: %264) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %266 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %268 = stablehlo.multiply %265, %267 : tensor<1x8xf32>
    %269 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %271 = stablehlo.add %268, %270 : tensor<1x8xf32>
    %272 = stablehlo.rsqrt %271 : tensor<1x8xf32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %274 = stablehlo.multiply %260, %273 : tensor<1x8x40xf32>
    %275 = stablehlo.constant dense<1.0> : tensor<f32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %277 = stablehlo.add %model.norm.weight, %276 : tensor<40xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %279 = stablehlo.multiply %274, %278 : tensor<1x8x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %280 = stablehlo.concatenate %143, %261, dim = 1 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %281 = stablehlo.constant dense<0> : tensor<i32>
    %282 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %283 = stablehlo.dynamic_update_slice %2, %280, %281, %281, %281, %282, %281 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %284 = stablehlo.concatenate %144, %262, dim = 1 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %285 = stablehlo.constant dense<0> : tensor<i32>
    %286 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %287 = stablehlo.dynamic_update_slice %3, %284, %285, %285, %285, %286, %285 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %288 = stablehlo.constant dense<1> : tensor<i32>
    %289 = stablehlo.subtract %length, %288 : tensor<i32>
    %290 = stablehlo.constant dense<0> : tensor<i32>
    %291 = stablehlo.dynamic_slice %279, %290, %289, %290, sizes = [1, 1, 40] : (tensor<1x8x40xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x40xf32>
    %292 = stablehlo.reshape %291 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %293 = stablehlo.dot_general %model.embed_tokens.weight, %292, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x40xf32>, tensor<40xf32>) -> tensor<97xf32>
    %294 = stablehlo.reshape %283 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    %295 = stablehlo.reshape %287 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    return %293, %294, %295 : tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>
  }
}
