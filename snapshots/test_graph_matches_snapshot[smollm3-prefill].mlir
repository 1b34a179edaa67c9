// smollm3 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @smollm3_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<1x8x1xi32>) -> tensor<1x8x40xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.0764724463224411, 0.005848034750670195, 0.0004472136206459254, 3.4199510992038995e-05, 2.6153218186664162e-06]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x8x6xf32>
    %14 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %16 = stablehlo.multiply %13, %15 : tensor<1x8x6xf32>
    %17 = stablehlo.round_nearest_even %16 : tensor<1x8x6xf32>
    %18 = stablehlo.constant dense<6.28125> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %20 = stablehlo.multiply %17, %19 : tensor<1x8x6xf32>
    %21 = stablehlo.subtract %13, %20 : tensor<1x8x6xf32>
    %22 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %24 = stablehlo.multiply %17, %23 : tensor<1x8x6xf32>
    %25 = stablehlo.negate %24 : tensor<1x8x6xf32>
    %26 = stablehlo.add %21, %25 : tensor<1x8x6xf32>
    %27 = stablehlo.subtract %26, %21 : tensor<1x8x6xf32>
    %28 = stablehlo.subtract %26, %27 : tensor<1x8x6xf32>
    %29 = stablehlo.subtract %21, %28 : tensor<1x8x6xf32>
    %30 = stablehlo.subtract %25, %27 : tensor<1x8x6xf32>
    %31 = stablehlo.add %29, %30 : tensor<1x8x6xf32>
    %32 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %34 = stablehlo.multiply %17, %33 : tensor<1x8x6xf32>
    %35 = stablehlo.negate %34 : tensor<1x8x6xf32>
    %36 = stablehlo.add %26, %35 : tensor<1x8x6xf32>
    %37 = stablehlo.subtract %36, %26 : tensor<1x8x6xf32>
    %38 = stablehlo.subtract %36, %37 : tensor<1x8x6xf32>
    %39 = stablehlo.subtract %26, %38 : tensor<1x8x6xf32>
    %40 = stablehlo.subtract %35, %37 : tensor<1x8x6xf32>
    %41 = stablehlo.add %39, %40 : tensor<1x8x6xf32>
    %42 = stablehlo.add %31, %41 : tensor<1x8x6xf32>
    %43 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %45 = stablehlo.multiply %17, %44 : tensor<1x8x6xf32>
    %46 = stablehlo.subtract %42, %45 : tensor<1x8x6xf32>
    %47 = stablehlo.cosine %36 : tensor<1x8x6xf32>
    %48 = stablehlo.sine %36 : tensor<1x8x6xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<1x8x6xf32>
    %50 = stablehlo.subtract %47, %49 : tensor<1x8x6xf32>
    %51 = stablehlo.multiply %46, %47 : tensor<1x8x6xf32>
    %52 = stablehlo.add %48, %51 : tensor<1x8x6xf32>
    %53 = stablehlo.concatenate %50, %50, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %54 = stablehlo.concatenate %52, %52, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %55 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %56 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %57 = stablehlo.compare LE, %56, %55, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %58 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %59 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %60 = stablehlo.compare LT, %58, %59, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %61 = stablehlo.concatenate %60, %57, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %62 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %64 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %66 = stablehlo.multiply %5, %5 : tensor<1x8x40xf32>
    %67 = stablehlo.constant dense<0.0> : tensor<f32>
    %68 = stablehlo.reduce(%66 init: %67) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %69 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<1x8xf32>
    %72 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %74 = stablehlo.add %71, %73 : tensor<1x8xf32>
    %75 = stablehlo.rsqrt %74 : tensor<1x8xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %77 = stablehlo.multiply %5, %76 : tensor<1x8x40xf32>
    %78 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x8x40xf32>
    %80 = stablehlo.dot_general %79, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %81 = stablehlo.dot_general %79, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %82 = stablehlo.dot_general %79, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %83 = stablehlo.reshape %80 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %84 = stablehlo.reshape %81 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %85 = stablehlo.reshape %82 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %86 = "stablehlo.slice"(%83) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %87 = "stablehlo.slice"(%83) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %88 = stablehlo.negate %87 : tensor<1x8x8x6xf32>
    %89 = stablehlo.concatenate %88, %86, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %90 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %91 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %92 = stablehlo.multiply %83, %90 : tensor<1x8x8x12xf32>
    %93 = stablehlo.multiply %89, %91 : tensor<1x8x8x12xf32>
    %94 = stablehlo.add %92, %93 : tensor<1x8x8x12xf32>
    %95 = "stablehlo.slice"(%84) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %96 = "stablehlo.slice"(%84) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %97 = stablehlo.negate %96 : tensor<1x8x2x6xf32>
    %98 = stablehlo.concatenate %97, %95, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %99 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %100 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %101 = stablehlo.multiply %84, %99 : tensor<1x8x2x12xf32>
    %102 = stablehlo.multiply %98, %100 : tensor<1x8x2x12xf32>
    %103 = stablehlo.add %101, %102 : tensor<1x8x2x12xf32>
    %104 = stablehlo.reshape %94 : (tensor<1x8x8x12xf32>) -> tensor<1x8x2x4x12xf32>
    %105 = stablehlo.transpose %104, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x4x12xf32>) -> tensor<1x2x8x4x12xf32>
    %106 = stablehlo.transpose %103, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %107 = stablehlo.transpose %85, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %108 = stablehlo.dot_general %105, %106, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x4x8xf32>
    %109 = stablehlo.dot_general %105, %63, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x4x16xf32>
    %110 = stablehlo.concatenate %109, %108, dim = 4 : (tensor<1x2x8x4x16xf32>, tensor<1x2x8x4x8xf32>) -> tensor<1x2x8x4x24xf32>
    %111 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<1x2x8x4x24xf32>
    %114 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x4x24xi1>
    %115 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %117 = stablehlo.select %114, %113, %116 : (tensor<1x2x8x4x24xi1>, tensor<1x2x8x4x24xf32>, tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x24xf32>
    %118 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %119 = stablehlo.reduce(%117 init: %118) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %121 = stablehlo.subtract %117, %120 : tensor<1x2x8x4x24xf32>
    %122 = stablehlo.exponential %121 : tensor<1x2x8x4x24xf32>
    %123 = stablehlo.constant dense<0.0> : tensor<f32>
    %124 = stablehlo.reduce(%122 init: %123) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %126 = stablehlo.divide %122, %125 : tensor<1x2x8x4x24xf32>
    %127 = "stablehlo.slice"(%126) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x16xf32>
    %128 = "stablehlo.slice"(%126) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x8xf32>
    %129 = stablehlo.dot_general %127, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x4x12xf32>
    %130 = stablehlo.dot_general %128, %107, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x4x12xf32>
    %131 = stablehlo.add %129, %130 : tensor<1x2x8x4x12xf32>
    %132 = stablehlo.transpose %131, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x4x12xf32>) -> tensor<1x8x2x4x12xf32>
    %133 = stablehlo.reshape %132 : (tensor<1x8x2x4x12xf32>) -> tensor<1x8x96xf32>
    %134 = stablehlo.dot_general %133, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %135 = stablehlo.add %5, %134 : tensor<1x8x40xf32>
    %136 = stablehlo.multiply %135, %135 : tensor<1x8x40xf32>
    %137 = stablehlo.constant dense<0.0> : tensor<f32>
    %138 = stablehlo.reduce(%136 init: %137) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %139 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %141 = stablehlo.multiply %138, %140 : tensor<1x8xf32>
    %142 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %144 = stablehlo.add %141, %143 : tensor<1x8xf32>
    %145 = stablehlo.rsqrt %144 : tensor<1x8xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %147 = stablehlo.multiply %135, %146 : tensor<1x8x40xf32>
    %148 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %149 = stablehlo.multiply %147, %148 : tensor<1x8x40xf32>
    %150 = stablehlo.dot_general %149, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %151 = stablehlo.logistic %150 : tensor<1x8x56xf32>
    %152 = stablehlo.multiply %150, %151 : tensor<1x8x56xf32>
    %153 = stablehlo.dot_general %149, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %154 = stablehlo.multiply %152, %153 : tensor<1x8x56xf32>
    %155 = stablehlo.dot_general %154, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %156 = stablehlo.add %135, %155 : tensor<1x8x40xf32>
    %157 = stablehlo.reshape %106 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %158 = stablehlo.reshape %107 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention, no RoPE
    %159 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %160 = stablehlo.reshape %159 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %161 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %162 = stablehlo.reshape %161 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %163 = stablehlo.multiply %156, %156 : tensor<1x8x40xf32>
    %164 = stablehlo.constant dense<0.0> : tensor<f32>
    %165 = stablehlo.reduce(%163 init: %164) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %166 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<1x8xf32>
    %169 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %171 = stablehlo.add %168, %170 : tensor<1x8xf32>
    %172 = stablehlo.rsqrt %171 : tensor<1x8xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %174 = stablehlo.multiply %156, %173 : tensor<1x8x40xf32>
    %175 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %176 = stablehlo.multiply %174, %175 : tensor<1x8x40xf32>
    %177 = stablehlo.dot_general %176, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %178 = stablehlo.dot_general %176, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %179 = stablehlo.dot_general %176, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %180 = stablehlo.reshape %177 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %181 = stablehlo.reshape %178 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %182 = stablehlo.reshape %179 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %183 = stablehlo.reshape %180 : (tensor<1x8x8x12xf32>) -> tensor<1x8x2x4x12xf32>
    %184 = stablehlo.transpose %183, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x4x12xf32>) -> tensor<1x2x8x4x12xf32>
    %185 = stablehlo.transpose %181, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %186 = stablehlo.transpose %182, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %187 = stablehlo.dot_general %184, %185, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x4x8xf32>
    %188 = stablehlo.dot_general %184, %160, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x4x16xf32>
    %189 = stablehlo.concatenate %188, %187, dim = 4 : (tensor<1x2x8x4x16xf32>, tensor<1x2x8x4x8xf32>) -> tensor<1x2x8x4x24xf32>
    %190 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<1x2x8x4x24xf32>
    %193 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x4x24xi1>
    %194 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %196 = stablehlo.select %193, %192, %195 : (tensor<1x2x8x4x24xi1>, tensor<1x2x8x4x24xf32>, tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x24xf32>
    %197 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %198 = stablehlo.reduce(%196 init: %197) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %200 = stablehlo.subtract %196, %199 : tensor<1x2x8x4x24xf32>
    %201 = stablehlo.exponential %200 : tensor<1x2x8x4x24xf32>
    %202 = stablehlo.constant dense<0.0> : tensor<f32>
    %203 = stablehlo.reduce(%201 init: %202) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %205 = stablehlo.divide %201, %204 : tensor<1x2x8x4x24xf32>
    %206 = "stablehlo.slice"(%205) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x16xf32>
    %207 = "stablehlo.slice"(%205) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x8xf32>
    %208 = stablehlo.dot_general %206, %162, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x4x12xf32>
    %209 = stablehlo.dot_general %207, %186, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x4x12xf32>
    %210 = stablehlo.add %208, %209 : tensor<1x2x8x4x12xf32>
    %211 = stablehlo.transpose %210, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x4x12xf32>) -> tensor<1x8x2x4x12xf32>
    %212 = stablehlo.reshape %211 : (tensor<1x8x2x4x12xf32>) -> tensor<1x8x96xf32>
    %213 = stablehlo.dot_general %212, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %214 = stablehlo.add %156, %213 : tensor<1x8x40xf32>
    %215 = stablehlo.multiply %214, %214 : tensor<1x8x40xf32>
    %216 = stablehlo.constant dense<0.0> : tensor<f32>
    %217 = stablehlo.reduce(%215 init: %216) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %218 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %220 = stablehlo.multiply %217, %219 : tensor<1x8xf32>
    %221 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %223 = stablehlo.add %220, %222 : tensor<1x8xf32>
    %224 = stablehlo.rsqrt %223 : tensor<1x8xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %226 = stablehlo.multiply %214, %225 : tensor<1x8x40xf32>
    %227 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %228 = stablehlo.multiply %226, %227 : tensor<1x8x40xf32>
    %229 = stablehlo.dot_general %228, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %230 = stablehlo.logistic %229 : tensor<1x8x56xf32>
    %231 = stablehlo.multiply %229, %230 : tensor<1x8x56xf32>
    %232 = stablehlo.dot_general %228, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %233 = stablehlo.multiply %231, %232 : tensor<1x8x56xf32>
    %234 = stablehlo.dot_general %233, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %235 = stablehlo.add %214, %234 : tensor<1x8x40xf32>
    %236 = stablehlo.reshape %185 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %237 = stablehlo.reshape %186 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %238 = stablehlo.multiply %235, %235 : tensor<1x8x40xf32>
    %239 = stablehlo.constant dense<0.0> : tensor<f32>
    %240 = stablehlo.reduce(%238 init: %239) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %241 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %243 = stablehlo.multiply %240, %242 : tensor<1x8xf32>
    %244 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %246 = stablehlo.add %243, %245 : tensor<1x8xf32>
    %247 = stablehlo.rsqrt %246 : tensor<1x8xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %249 = stablehlo.multiply %235, %248 : tensor<1x8x40xf32>
    %250 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %251 = stablehlo.multiply %249, %250 : tensor<1x8x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %252 = stablehlo.concatenate %157, %236, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %253 = stablehlo.constant dense<0> : tensor<i32>
    %254 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %255 = stablehlo.dynamic_update_slice %2, %252, %253, %253, %253, %254, %253 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %256 = stablehlo.concatenate %158, %237, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %257 = stablehlo.constant dense<0> : tensor<i32>
    %258 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %259 = stablehlo.dynamic_update_slice %3, %256, %257, %257, %257, %258, %257 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %260 = stablehlo.constant dense<1> : tensor<i32>
    %261 = stablehlo.subtract %length, %260 : tensor<i32>
    %262 = stablehlo.constant dense<0> : tensor<i32>
    %263 = stablehlo.dynamic_slice %251, %262, %261, %262, sizes = [1, 1, 40] : (tensor<1x8x40xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x40xf32>
    %264 = stablehlo.reshape %263 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %265 = stablehlo.dot_general %lm_head.weight, %264, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x40xf32>, tensor<40xf32>) -> tensor<97xf32>
    %266 = stablehlo.reshape %255 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %267 = stablehlo.reshape %259 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %265, %266, %267 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
