// mimo prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @mimo_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.self_attn.q_proj.bias: tensor<96xf32>, %model.layers.0.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.0.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.self_attn.q_proj.bias: tensor<96xf32>, %model.layers.1.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.1.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<1x8x1xi32>) -> tensor<1x8x40xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.1077217310667038, 0.01160397194325924, 0.0012499999720603228, 0.00013465217489283532, 1.450496529287193e-05]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x8x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %15 = stablehlo.cosine %14 : tensor<1x8x12xf32>
    %16 = stablehlo.sine %14 : tensor<1x8x12xf32>
    %17 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %18 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %19 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %20 = stablehlo.add %18, %19 : tensor<1x8x16xi32>
    %21 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %22 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %23 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %24 = stablehlo.compare LE, %23, %22, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %25 = stablehlo.concatenate %21, %24, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %26 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %28 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %30 = stablehlo.multiply %5, %5 : tensor<1x8x40xf32>
    %31 = stablehlo.constant dense<0.0> : tensor<f32>
    %32 = stablehlo.reduce(%30 init: %31) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %33 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %35 = stablehlo.multiply %32, %34 : tensor<1x8xf32>
    %36 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %38 = stablehlo.add %35, %37 : tensor<1x8xf32>
    %39 = stablehlo.rsqrt %38 : tensor<1x8xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %41 = stablehlo.multiply %5, %40 : tensor<1x8x40xf32>
    %42 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<1x8x40xf32>
    %44 = stablehlo.dot_general %43, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %45 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<96xf32>) -> tensor<1x8x96xf32>
    %46 = stablehlo.add %44, %45 : tensor<1x8x96xf32>
    %47 = stablehlo.dot_general %43, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %48 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %49 = stablehlo.add %47, %48 : tensor<1x8x24xf32>
    %50 = stablehlo.dot_general %43, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %51 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %52 = stablehlo.add %50, %51 : tensor<1x8x24xf32>
    %53 = stablehlo.reshape %46 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %54 = stablehlo.reshape %49 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %55 = stablehlo.reshape %52 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %56 = "stablehlo.slice"(%53) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %57 = "stablehlo.slice"(%53) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %58 = stablehlo.negate %57 : tensor<1x8x8x6xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %60 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %61 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %62 = stablehlo.multiply %53, %60 : tensor<1x8x8x12xf32>
    %63 = stablehlo.multiply %59, %61 : tensor<1x8x8x12xf32>
    %64 = stablehlo.add %62, %63 : tensor<1x8x8x12xf32>
    %65 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %66 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %67 = stablehlo.negate %66 : tensor<1x8x2x6xf32>
    %68 = stablehlo.concatenate %67, %65, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %69 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %70 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %71 = stablehlo.multiply %54, %69 : tensor<1x8x2x12xf32>
    %72 = stablehlo.multiply %68, %70 : tensor<1x8x2x12xf32>
    %73 = stablehlo.add %71, %72 : tensor<1x8x2x12xf32>
    %74 = stablehlo.reshape %64 : (tensor<1x8x8x12xf32>) -> tensor<1x8x2x4x12xf32>
    %75 = stablehlo.transpose %74, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x4x12xf32>) -> tensor<1x2x8x4x12xf32>
    %76 = stablehlo.transpose %73, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %77 = stablehlo.transpose %55, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %78 = stablehlo.dot_general %75, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x4x16xf32>
    %79 = stablehlo.dot_general %75, %76, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x4x8xf32>
    %80 = stablehlo.concatenate %78, %79, dim = 4 : (tensor<1x2x8x4x16xf32>, tensor<1x2x8x4x8xf32>) -> tensor<1x2x8x4x24xf32>
    %81 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %83 = stablehlo.multiply %80, %82 : tensor<1x2x8x4x24xf32>
    %84 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x4x24xi1>
    %85 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %87 = stablehlo.select %84, %83, %86 : (tensor<1x2x8x4x24xi1>, tensor<1x2x8x4x24xf32>, tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x24xf32>
    %88 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %89 = stablehlo.reduce(%87 init: %88) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %91 = stablehlo.subtract %87, %90 : tensor<1x2x8x4x24xf32>
    %92 = stablehlo.exponential %91 : tensor<1x2x8x4x24xf32>
    %93 = stablehlo.constant dense<0.0> : tensor<f32>
    %94 = stablehlo.reduce(%92 init: %93) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %96 = stablehlo.divide %92, %95 : tensor<1x2x8x4x24xf32>
    %97 = "stablehlo.slice"(%96) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x16xf32>
    %98 = "stablehlo.slice"(%96) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x8xf32>
    %99 = stablehlo.dot_general %97, %29, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x4x12xf32>
    %100 = stablehlo.dot_general %98, %77, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x4x12xf32>
    %101 = stablehlo.add %99, %100 : tensor<1x2x8x4x12xf32>
    %102 = stablehlo.transpose %101, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x4x12xf32>) -> tensor<1x8x2x4x12xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x8x2x4x12xf32>) -> tensor<1x8x96xf32>
    %104 = stablehlo.dot_general %103, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %105 = stablehlo.add %5, %104 : tensor<1x8x40xf32>
    %106 = stablehlo.multiply %105, %105 : tensor<1x8x40xf32>
    %107 = stablehlo.constant dense<0.0> : tensor<f32>
    %108 = stablehlo.reduce(%106 init: %107) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %109 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %111 = stablehlo.multiply %108, %110 : tensor<1x8xf32>
    %112 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %114 = stablehlo.add %111, %113 : tensor<1x8xf32>
    %115 = stablehlo.rsqrt %114 : tensor<1x8xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %117 = stablehlo.multiply %105, %116 : tensor<1x8x40xf32>
    %118 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %119 = stablehlo.multiply %117, %118 : tensor<1x8x40xf32>
    %120 = stablehlo.dot_general %119, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %121 = stablehlo.logistic %120 : tensor<1x8x56xf32>
    %122 = stablehlo.multiply %120, %121 : tensor<1x8x56xf32>
    %123 = stablehlo.dot_general %119, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %124 = stablehlo.multiply %122, %123 : tensor<1x8x56xf32>
    %125 = stablehlo.dot_general %124, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %126 = stablehlo.add %105, %125 : tensor<1x8x40xf32>
    %127 = stablehlo.reshape %76 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %128 = stablehlo.reshape %77 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %129 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %130 = stablehlo.reshape %129 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %131 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %132 = stablehlo.reshape %131 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %133 = stablehlo.multiply %126, %126 : tensor<1x8x40xf32>
    %134 = stablehlo.constant dense<0.0> : tensor<f32>
    %135 = stablehlo.reduce(%133 init: %134) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %136 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<1x8xf32>
    %139 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %141 = stablehlo.add %138, %140 : tensor<1x8xf32>
    %142 = stablehlo.rsqrt %141 : tensor<1x8xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %144 = stablehlo.multiply %126, %143 : tensor<1x8x40xf32>
    %145 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %146 = stablehlo.multiply %144, %145 : tensor<1x8x40xf32>
    %147 = stablehlo.dot_general %146, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %148 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<96xf32>) -> tensor<1x8x96xf32>
    %149 = stablehlo.add %147, %148 : tensor<1x8x96xf32>
    %150 = stablehlo.dot_general %146, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %151 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %152 = stablehlo.add %150, %151 : tensor<1x8x24xf32>
    %153 = stablehlo.dot_general %146, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %154 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %155 = stablehlo.add %153, %154 : tensor<1x8x24xf32>
    %156 = stablehlo.reshape %149 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %157 = stablehlo.reshape %152 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %158 = stablehlo.reshape %155 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %159 = "stablehlo.slice"(%156) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %160 = "stablehlo.slice"(%156) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %161 = stablehlo.negate %160 : tensor<1x8x8x6xf32>
    %162 = stablehlo.concatenate %161, %159, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %163 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %164 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %165 = stablehlo.multiply %156, %163 : tensor<1x8x8x12xf32>
    %166 = stablehlo.multiply %162, %164 : tensor<1x8x8x12xf32>
    %167 = stablehlo.add %165, %166 : tensor<1x8x8x12xf32>
    %168 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %169 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %170 = stablehlo.negate %169 : tensor<1x8x2x6xf32>
    %171 = stablehlo.concatenate %170, %168, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %172 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %173 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %174 = stablehlo.multiply %157, %172 : tensor<1x8x2x12xf32>
    %175 = stablehlo.multiply %171, %173 : tensor<1x8x2x12xf32>
    %176 = stablehlo.add %174, %175 : tensor<1x8x2x12xf32>
    %177 = stablehlo.reshape %167 : (tensor<1x8x8x12xf32>) -> tensor<1x8x2x4x12xf32>
    %178 = stablehlo.transpose %177, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x4x12xf32>) -> tensor<1x2x8x4x12xf32>
    %179 = stablehlo.transpose %176, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %180 = stablehlo.transpose %158, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %181 = stablehlo.dot_general %178, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x4x16xf32>
    %182 = stablehlo.dot_general %178, %179, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x4x8xf32>
    %183 = stablehlo.concatenate %181, %182, dim = 4 : (tensor<1x2x8x4x16xf32>, tensor<1x2x8x4x8xf32>) -> tensor<1x2x8x4x24xf32>
    %184 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %186 = stablehlo.multiply %183, %185 : tensor<1x2x8x4x24xf32>
    %187 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x4x24xi1>
    %188 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %190 = stablehlo.select %187, %186, %189 : (tensor<1x2x8x4x24xi1>, tensor<1x2x8x4x24xf32>, tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x24xf32>
    %191 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %192 = stablehlo.reduce(%190 init: %191) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %194 = stablehlo.subtract %190, %193 : tensor<1x2x8x4x24xf32>
    %195 = stablehlo.exponential %194 : tensor<1x2x8x4x24xf32>
    %196 = stablehlo.constant dense<0.0> : tensor<f32>
    %197 = stablehlo.reduce(%195 init: %196) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %199 = stablehlo.divide %195, %198 : tensor<1x2x8x4x24xf32>
    %200 = "stablehlo.slice"(%199) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x16xf32>
    %201 = "stablehlo.slice"(%199) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x8xf32>
    %202 = stablehlo.dot_general %200, %132, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x4x12xf32>
    %203 = stablehlo.dot_general %201, %180, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x4x12xf32>
    %204 = stablehlo.add %202, %203 : tensor<1x2x8x4x12xf32>
    %205 = stablehlo.transpose %204, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x4x12xf32>) -> tensor<1x8x2x4x12xf32>
    %206 = stablehlo.reshape %205 : (tensor<1x8x2x4x12xf32>) -> tensor<1x8x96xf32>
    %207 = stablehlo.dot_general %206, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %208 = stablehlo.add %126, %207 : tensor<1x8x40xf32>
    %209 = stablehlo.multiply %208, %208 : tensor<1x8x40xf32>
    %210 = stablehlo.constant dense<0.0> : tensor<f32>
    %211 = stablehlo.reduce(%209 init: %210) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %212 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %214 = stablehlo.multiply %211, %213 : tensor<1x8xf32>
    %215 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %217 = stablehlo.add %214, %216 : tensor<1x8xf32>
    %218 = stablehlo.rsqrt %217 : tensor<1x8xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %220 = stablehlo.multiply %208, %219 : tensor<1x8x40xf32>
    %221 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %222 = stablehlo.multiply %220, %221 : tensor<1x8x40xf32>
    %223 = stablehlo.dot_general %222, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %224 = stablehlo.logistic %223 : tensor<1x8x56xf32>
    %225 = stablehlo.multiply %223, %224 : tensor<1x8x56xf32>
    %226 = stablehlo.dot_general %222, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %227 = stablehlo.multiply %225, %226 : tensor<1x8x56xf32>
    %228 = stablehlo.dot_general %227, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %229 = stablehlo.add %208, %228 : tensor<1x8x40xf32>
    %230 = stablehlo.reshape %179 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %231 = stablehlo.reshape %180 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %232 = stablehlo.multiply %229, %229 : tensor<1x8x40xf32>
    %233 = stablehlo.constant dense<0.0> : tensor<f32>
    %234 = stablehlo.reduce(%232 init: %233) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %235 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %237 = stablehlo.multiply %234, %236 : tensor<1x8xf32>
    %238 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %240 = stablehlo.add %237, %239 : tensor<1x8xf32>
    %241 = stablehlo.rsqrt %240 : tensor<1x8xf32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %243 = stablehlo.multiply %229, %242 : tensor<1x8x40xf32>
    %244 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %245 = stablehlo.multiply %243, %244 : tensor<1x8x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %246 = stablehlo.concatenate %127, %230, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %247 = stablehlo.constant dense<0> : tensor<i32>
    %248 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %249 = stablehlo.dynamic_update_slice %2, %246, %247, %247, %247, %248, %247 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %250 = stablehlo.concatenate %128, %231, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %251 = stablehlo.constant dense<0> : tensor<i32>
    %252 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %253 = stablehlo.dynamic_update_slice %3, %250, %251, %251, %251, %252, %251 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %254 = stablehlo.constant dense<1> : tensor<i32>
    %255 = stablehlo.subtract %length, %254 : tensor<i32>
    %256 = stablehlo.constant dense<0> : tensor<i32>
    %257 = stablehlo.dynamic_slice %245, %256, %255, %256, sizes = [1, 1, 40] : (tensor<1x8x40xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x40xf32>
    %258 = stablehlo.reshape %257 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %259 = stablehlo.dot_general %258, %lm_head.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<40xf32>, tensor<97x40xf32>) -> tensor<97xf32>
    %260 = stablehlo.reshape %249 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %261 = stablehlo.reshape %253 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %259, %260, %261 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
