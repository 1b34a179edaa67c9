// gemma3_text prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @gemma3_text_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<40xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<40xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<16x2x2x12xf32>, %v_cache: tensor<16x2x2x12xf32>) -> (tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
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
    %20 = stablehlo.constant dense<[1.0, 0.10000000149011612, 0.009999999776482582, 0.0010000000474974513, 9.999999747378752e-05, 9.999999747378752e-06]> : tensor<6xf32>
    %21 = stablehlo.convert %11 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %23 = stablehlo.broadcast_in_dim %20, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %24 = stablehlo.multiply %22, %23 : tensor<1x8x6xf32>
    %25 = stablehlo.concatenate %24, %24, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %26 = stablehlo.cosine %25 : tensor<1x8x12xf32>
    %27 = stablehlo.sine %25 : tensor<1x8x12xf32>
    %28 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %29 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %30 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %31 = stablehlo.add %29, %30 : tensor<1x8x16xi32>
    %32 = stablehlo.compare LT, %28, %29, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %33 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %34 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %35 = stablehlo.compare LE, %34, %33, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %36 = stablehlo.concatenate %32, %35, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    %37 = stablehlo.subtract %31, %28 : tensor<1x8x16xi32>
    %38 = stablehlo.constant dense<5> : tensor<i32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [] : (tensor<i32>) -> tensor<1x8x16xi32>
    %40 = stablehlo.compare LT, %37, %39, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %41 = stablehlo.subtract %33, %34 : tensor<1x8x8xi32>
    %42 = stablehlo.constant dense<5> : tensor<i32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [] : (tensor<i32>) -> tensor<1x8x8xi32>
    %44 = stablehlo.compare LT, %41, %43, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %45 = stablehlo.and %32, %40 : tensor<1x8x16xi1>
    %46 = stablehlo.and %35, %44 : tensor<1x8x8xi1>
    %47 = stablehlo.concatenate %45, %46, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: sliding_attention
    %48 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %49 = stablehlo.reshape %48 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %50 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %52 = stablehlo.multiply %8, %8 : tensor<1x8x40xf32>
    %53 = stablehlo.constant dense<0.0> : tensor<f32>
    %54 = stablehlo.reduce(%52 init: %53) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %55 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %57 = stablehlo.multiply %54, %56 : tensor<1x8xf32>
    %58 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %60 = stablehlo.add %57, %59 : tensor<1x8xf32>
    %61 = stablehlo.rsqrt %60 : tensor<1x8xf32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %63 = stablehlo.multiply %8, %62 : tensor<1x8x40xf32>
    %64 = stablehlo.constant dense<1.0> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %66 = stablehlo.add %model.layers.0.input_layernorm.weight, %65 : tensor<40xf32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %68 = stablehlo.multiply %63, %67 : tensor<1x8x40xf32>
    %69 = stablehlo.dot_general %68, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %70 = stablehlo.dot_general %68, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %71 = stablehlo.dot_general %68, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %72 = stablehlo.reshape %69 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %73 = stablehlo.reshape %70 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %74 = stablehlo.reshape %71 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %75 = stablehlo.multiply %72, %72 : tensor<1x8x8x12xf32>
    %76 = stablehlo.constant dense<0.0> : tensor<f32>
    %77 = stablehlo.reduce(%75 init: %76) applies stablehlo.add across dimensions = [3] : (tensor<1x8x8x12xf32>, tensor<f32>) -> tensor<1x8x8xf32>
    %78 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<1x8x8xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<1x8x8xf32>
    %81 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<1x8x8xf32>
    %83 = stablehlo.add %80, %82 : tensor<1x8x8xf32>
    %84 = stablehlo.rsqrt %83 : tensor<1x8x8xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<1x8x8xf32>) -> tensor<1x8x8x12xf32>
    %86 = stablehlo.multiply %72, %85 : tensor<1x8x8x12xf32>
    %87 = stablehlo.constant dense<1.0> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %89 = stablehlo.add %model.layers.0.self_attn.q_norm.weight, %88 : tensor<12xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [3] : (tensor<12xf32>) -> tensor<1x8x8x12xf32>
    %91 = stablehlo.multiply %86, %90 : tensor<1x8x8x12xf32>
    %92 = stablehlo.multiply %73, %73 : tensor<1x8x2x12xf32>
    %93 = stablehlo.constant dense<0.0> : tensor<f32>
    %94 = stablehlo.reduce(%92 init: %93) applies stablehlo.add across dimensions = [3] : (tensor<1x8x2x12xf32>, tensor<f32>) -> tensor<1x8x2xf32>
    %95 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %97 = stablehlo.multiply %94, %96 : tensor<1x8x2xf32>
    %98 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %100 = stablehlo.add %97, %99 : tensor<1x8x2xf32>
    %101 = stablehlo.rsqrt %100 : tensor<1x8x2xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2] : (tensor<1x8x2xf32>) -> tensor<1x8x2x12xf32>
    %103 = stablehlo.multiply %73, %102 : tensor<1x8x2x12xf32>
    %104 = stablehlo.constant dense<1.0> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %106 = stablehlo.add %model.layers.0.self_attn.k_norm.weight, %105 : tensor<12xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [3] : (tensor<12xf32>) -> tensor<1x8x2x12xf32>
    %108 = stablehlo.multiply %103, %107 : tensor<1x8x2x12xf32>
    %109 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %110 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %111 = stablehlo.negate %110 : tensor<1x8x8x6xf32>
    %112 = stablehlo.concatenate %111, %109, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %113 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %114 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %115 = stablehlo.multiply %91, %113 : tensor<1x8x8x12xf32>
    %116 = stablehlo.multiply %112, %114 : tensor<1x8x8x12xf32>
    %117 = stablehlo.add %115, %116 : tensor<1x8x8x12xf32>
    %118 = "stablehlo.slice"(%108) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %119 = "stablehlo.slice"(%108) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %120 = stablehlo.negate %119 : tensor<1x8x2x6xf32>
    %121 = stablehlo.concatenate %120, %118, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %122 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %123 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %124 = stablehlo.multiply %108, %122 : tensor<1x8x2x12xf32>
    %125 = stablehlo.multiply %121, %123 : tensor<1x8x2x12xf32>
    %126 = stablehlo.add %124, %125 : tensor<1x8x2x12xf32>
    %127 = stablehlo.reshape %117 : (tensor<1x8x8x12xf32>) -> tensor<1x8x2x4x12xf32>
    %128 = stablehlo.dot_general %127, %49, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x4x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x4x16xf32>
    %129 = stablehlo.dot_general %127, %126, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x4x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x4x8xf32>
    %130 = stablehlo.concatenate %128, %129, dim = 4 : (tensor<1x2x8x4x16xf32>, tensor<1x2x8x4x8xf32>) -> tensor<1x2x8x4x24xf32>
    %131 = stablehlo.constant dense<0.0625> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<1x2x8x4x24xf32>
    %134 = stablehlo.broadcast_in_dim %47, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x4x24xi1>
    %135 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %137 = stablehlo.select %134, %133, %136 : (tensor<1x2x8x4x24xi1>, tensor<1x2x8x4x24xf32>, tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x24xf32>
    %138 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %139 = stablehlo.reduce(%137 init: %138) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %141 = stablehlo.subtract %137, %140 : tensor<1x2x8x4x24xf32>
    %142 = stablehlo.exponential %141 : tensor<1x2x8x4x24xf32>
    %143 = stablehlo.constant dense<0.0> : tensor<f32>
    %144 = stablehlo.reduce(%142 init: %143) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %146 = stablehlo.divide %142, %145 : tensor<1x2x8x4x24xf32>
    %147 = "stablehlo.slice"(%146) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x16xf32>
    %148 = "stablehlo.slice"(%146) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x8xf32>
    %149 = stablehlo.dot_general %147, %51, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x4x12xf32>
    %150 = stablehlo.dot_general %148, %74, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x4x12xf32>
    %151 = stablehlo.add %149, %150 : tensor<1x2x8x4x12xf32>
    %152 = stablehlo.transpose %151, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x4x12xf32>) -> tensor<1x8x2x4x12xf32>
    %153 = stablehlo.reshape %152 : (tensor<1x8x2x4x12xf32>) -> tensor<1x8x96xf32>
    %154 = stablehlo.dot_general %153, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %155 = stablehlo.multiply %154, %154 : tensor<1x8x40xf32>
    %156 = stablehlo.constant dense<0.0> : tensor<f32>
    %157 = stablehlo.reduce(%155 init: %156) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %158 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<1x8xf32>
    %161 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %163 = stablehlo.add %160, %162 : tensor<1x8xf32>
    %164 = stablehlo.rsqrt %163 : tensor<1x8xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %166 = stablehlo.multiply %154, %165 : tensor<1x8x40xf32>
    %167 = stablehlo.constant dense<1.0> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %169 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %168 : tensor<40xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %171 = stablehlo.multiply %166, %170 : tensor<1x8x40xf32>
    %172 = stablehlo.add %8, %171 : tensor<1x8x40xf32>
    %173 = stablehlo.multiply %172, %172 : tensor<1x8x40xf32>
    %174 = stablehlo.constant dense<0.0> : tensor<f32>
    %175 = stablehlo.reduce(%173 init: %174) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %176 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %178 = stablehlo.multiply %175, %177 : tensor<1x8xf32>
    %179 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %181 = stablehlo.add %178, %180 : tensor<1x8xf32>
    %182 = stablehlo.rsqrt %181 : tensor<1x8xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %184 = stablehlo.multiply %172, %183 : tensor<1x8x40xf32>
    %185 = stablehlo.constant dense<1.0> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %187 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %186 : tensor<40xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %189 = stablehlo.multiply %184, %188 : tensor<1x8x40xf32>
    %190 = stablehlo.dot_general %189, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %191 = stablehlo.multiply %190, %190 : tensor<1x8x56xf32>
    %192 = stablehlo.multiply %191, %190 : tensor<1x8x56xf32>
    %193 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %195 = stablehlo.multiply %192, %194 : tensor<1x8x56xf32>
    %196 = stablehlo.add %190, %195 : tensor<1x8x56xf32>
    %197 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %199 = stablehlo.multiply %196, %198 : tensor<1x8x56xf32>
    %200 = stablehlo.constant dense<0.5> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %202 = stablehlo.multiply %190, %201 : tensor<1x8x56xf32>
    %203 = stablehlo.tanh %199 : tensor<1x8x56xf32>
    %204 = stablehlo.constant dense<1.0> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %206 = stablehlo.add %203, %205 : tensor<1x8x56xf32>
    %207 = stablehlo.multiply %202, %206 : tensor<1x8x56xf32>
    %208 = stablehlo.dot_general %189, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<1x8x56xf32>
    %210 = stablehlo.dot_general %209, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %211 = stablehlo.multiply %210, %210 : tensor<1x8x40xf32>
    %212 = stablehlo.constant dense<0.0> : tensor<f32>
    %213 = stablehlo.reduce(%211 init: %212) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %214 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %216 = stablehlo.multiply %213, %215 : tensor<1x8xf32>
    %217 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %219 = stablehlo.add %216, %218 : tensor<1x8xf32>
    %220 = stablehlo.rsqrt %219 : tensor<1x8xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %222 = stablehlo.multiply %210, %221 : tensor<1x8x40xf32>
    %223 = stablehlo.constant dense<1.0> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %225 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %224 : tensor<40xf32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %227 = stablehlo.multiply %222, %226 : tensor<1x8x40xf32>
    %228 = stablehlo.add %172, %227 : tensor<1x8x40xf32>
    %229 = stablehlo.reshape %126 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %230 = stablehlo.reshape %74 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    // layer 1: full_attention
    %231 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %232 = stablehlo.reshape %231 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %233 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %234 = stablehlo.reshape %233 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %235 = stablehlo.multiply %228, %228 : tensor<1x8x40xf32>
    %236 = stablehlo.constant dense<0.0> : tensor<f32>
    %237 = stablehlo.reduce(%235 init: %236) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %238 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %240 = stablehlo.multiply %237, %239 : tensor<1x8xf32>
    %241 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %243 = stablehlo.add %240, %242 : tensor<1x8xf32>
    %244 = stablehlo.rsqrt %243 : tensor<1x8xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %246 = stablehlo.multiply %228, %245 : tensor<1x8x40xf32>
    %247 = stablehlo.constant dense<1.0> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %249 = stablehlo.add %model.layers.1.input_layernorm.weight, %248 : tensor<40xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %251 = stablehlo.multiply %246, %250 : tensor<1x8x40xf32>
    %252 = stablehlo.dot_general %251, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %253 = stablehlo.dot_general %251, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %254 = stablehlo.dot_general %251, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %255 = stablehlo.reshape %252 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %256 = stablehlo.reshape %253 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %257 = stablehlo.reshape %254 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %258 = stablehlo.multiply %255, %255 : tensor<1x8x8x12xf32>
    %259 = stablehlo.constant dense<0.0> : tensor<f32>
    %260 = stablehlo.reduce(%258 init: %259) applies stablehlo.add across dimensions = [3] : (tensor<1x8x8x12xf32>, tensor<f32>) -> tensor<1x8x8xf32>
    %261 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [] : (tensor<f32>) -> tensor<1x8x8xf32>
    %263 = stablehlo.multiply %260, %262 : tensor<1x8x8xf32>
    %264 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<1x8x8xf32>
    %266 = stablehlo.add %263, %265 : tensor<1x8x8xf32>
    %267 = stablehlo.rsqrt %266 : tensor<1x8x8xf32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [0, 1, 2] : (tensor<1x8x8xf32>) -> tensor<1x8x8x12xf32>
    %269 = stablehlo.multiply %255, %268 : tensor<1x8x8x12xf32>
    %270 = stablehlo.constant dense<1.0> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %272 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %271 : tensor<12xf32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [3] : (tensor<12xf32>) -> tensor<1x8x8x12xf32>
    %274 = stablehlo.multiply %269, %273 : tensor<1x8x8x12xf32>
    %275 = stablehlo.multiply %256, %256 : tensor<1x8x2x12xf32>
    %276 = stablehlo.constant dense<0.0> : tensor<f32>
    %277 = stablehlo.reduce(%275 init: %276) applies stablehlo.add across dimensions = [3] : (tensor<1x8x2x12xf32>, tensor<f32>) -> tensor<1x8x2xf32>
    %278 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %280 = stablehlo.multiply %277, %279 : tensor<1x8x2xf32>
    %281 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %283 = stablehlo.add %280, %282 : tensor<1x8x2xf32>
    %284 = stablehlo.rsqrt %283 : tensor<1x8x2xf32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [0, 1, 2] : (tensor<1x8x2xf32>) -> tensor<1x8x2x12xf32>
    %286 = stablehlo.multiply %256, %285 : tensor<1x8x2x12xf32>
    %287 = stablehlo.constant dense<1.0> : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %289 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %288 : tensor<12xf32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [3] : (tensor<12xf32>) -> tensor<1x8x2x12xf32>
    %291 = stablehlo.multiply %286, %290 : tensor<1x8x2x12xf32>
    %292 = "stablehlo.slice"(%274) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %293 = "stablehlo.slice"(%274) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %294 = stablehlo.negate %293 : tensor<1x8x8x6xf32>
    %295 = stablehlo.concatenate %294, %292, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %296 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %297 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %298 = stablehlo.multiply %274, %296 : tensor<1x8x8x12xf32>
    %299 = stablehlo.multiply %295, %297 : tensor<1x8x8x12xf32>
    %300 = stablehlo.add %298, %299 : tensor<1x8x8x12xf32>
    %301 = "stablehlo.slice"(%291) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %302 = "stablehlo.slice"(%291) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %303 = stablehlo.negate %302 : tensor<1x8x2x6xf32>
    %304 = stablehlo.concatenate %303, %301, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %305 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %306 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %307 = stablehlo.multiply %291, %305 : tensor<1x8x2x12xf32>
    %308 = stablehlo.multiply %304, %306 : tensor<1x8x2x12xf32>
    %309 = stablehlo.add %307, %308 : tensor<1x8x2x12xf32>
    %310 = stablehlo.reshape %300 : (tensor<1x8x8x12xf32>) -> tensor<1x8x2x4x12xf32>
    %311 = stablehlo.dot_general %310, %232, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x4x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x4x16xf32>
    %312 = stablehlo.dot_general %310, %309, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x4x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x4x8xf32>
    %313 = stablehlo.concatenate %311, %312, dim = 4 : (tensor<1x2x8x4x16xf32>, tensor<1x2x8x4x8xf32>) -> tensor<1x2x8x4x24xf32>
    %314 = stablehlo.constant dense<0.0625> : tensor<f32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %316 = stablehlo.multiply %313, %315 : tensor<1x2x8x4x24xf32>
    %317 = stablehlo.broadcast_in_dim %36, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x4x24xi1>
    %318 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %320 = stablehlo.select %317, %316, %319 : (tensor<1x2x8x4x24xi1>, tensor<1x2x8x4x24xf32>, tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x24xf32>
    %321 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %322 = stablehlo.reduce(%320 init: %321) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %323 = stablehlo.broadcast_in_dim %322, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %324 = stablehlo.subtract %320, %323 : tensor<1x2x8x4x24xf32>
    %325 = stablehlo.exponential %324 : tensor<1x2x8x4x24xf32>
    %326 = stablehlo.constant dense<0.0> : tensor<f32>
    %327 = stablehlo.reduce(%325 init: %326) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %329 = stablehlo.divide %325, %328 : tensor<1x2x8x4x24xf32>
    %330 = "stablehlo.slice"(%329) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x16xf32>
    %331 = "stablehlo.slice"(%329) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x8xf32>
    %332 = stablehlo.dot_general %330, %234, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x4x12xf32>
    %333 = stablehlo.dot_general %331, %257, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x4x12xf32>
    %334 = stablehlo.add %332, %333 : tensor<1x2x8x4x12xf32>
    %335 = stablehlo.transpose %334, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x4x12xf32>) -> tensor<1x8x2x4x12xf32>
    %336 = stablehlo.reshape %335 : (tensor<1x8x2x4x12xf32>) -> tensor<1x8x96xf32>
    %337 = stablehlo.dot_general %336, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %338 = stablehlo.multiply %337, %337 : tensor<1x8x40xf32>
    %339 = stablehlo.constant dense<0.0> : tensor<f32>
    %340 = stablehlo.reduce(%338 init: %339) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %341 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %343 = stablehlo.multiply %340, %342 : tensor<1x8xf32>
    %344 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %346 = stablehlo.add %343, %345 : tensor<1x8xf32>
    %347 = stablehlo.rsqrt %346 : tensor<1x8xf32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %349 = stablehlo.multiply %337, %348 : tensor<1x8x40xf32>
    %350 = stablehlo.constant dense<1.0> : tensor<f32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %352 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %351 : tensor<40xf32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %354 = stablehlo.multiply %349, %353 : tensor<1x8x40xf32>
    %355 = stablehlo.add %228, %354 : tensor<1x8x40xf32>
    %356 = stablehlo.multiply %355, %355 : tensor<1x8x40xf32>
    %357 = stablehlo.constant dense<0.0> : tensor<f32>
    %358 = stablehlo.reduce(%356 init: %357) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %359 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %361 = stablehlo.multiply %358, %360 : tensor<1x8xf32>
    %362 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %364 = stablehlo.add %361, %363 : tensor<1x8xf32>
    %365 = stablehlo.rsqrt %364 : tensor<1x8xf32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %367 = stablehlo.multiply %355, %366 : tensor<1x8x40xf32>
    %368 = stablehlo.constant dense<1.0> : tensor<f32>
    %369 = stablehlo.broadcast_in_dim %368, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %370 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %369 : tensor<40xf32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %372 = stablehlo.multiply %367, %371 : tensor<1x8x40xf32>
    %373 = stablehlo.dot_general %372, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %374 = stablehlo.multiply %373, %373 : tensor<1x8x56xf32>
    %375 = stablehlo.multiply %374, %373 : tensor<1x8x56xf32>
    %376 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %377 = stablehlo.broadcast_in_dim %376, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %378 = stablehlo.multiply %375, %377 : tensor<1x8x56xf32>
    %379 = stablehlo.add %373, %378 : tensor<1x8x56xf32>
    %380 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %381 = stablehlo.broadcast_in_dim %380, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %382 = stablehlo.multiply %379, %381 : tensor<1x8x56xf32>
    %383 = stablehlo.constant dense<0.5> : tensor<f32>
    %384 = stablehlo.broadcast_in_dim %383, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %385 = stablehlo.multiply %373, %384 : tensor<1x8x56xf32>
    %386 = stablehlo.tanh %382 : tensor<1x8x56xf32>
    %387 = stablehlo.constant dense<1.0> : tensor<f32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %389 = stablehlo.add %386, %388 : tensor<1x8x56xf32>
    %390 = stablehlo.multiply %385, %389 : tensor<1x8x56xf32>
    %391 = stablehlo.dot_general %372, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %392 = stablehlo.multiply %390, %391 : tensor<1x8x56xf32>
    %393 = stablehlo.dot_general %392, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %394 = stablehlo.multiply %393, %393 : tensor<1x8x40xf32>
    %395 = stablehlo.constant dense<0.0> : tensor<f32>
    %396 = stablehlo.reduce(%394 init: %395) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %397 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %398 = stablehlo.broadcast_in_dim %397, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %399 = stablehlo.multiply %396, %398 : tensor<1x8xf32>
    %400 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %401 = stablehlo.broadcast_in_dim %400, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %402 = stablehlo.add %399, %401 : tensor<1x8xf32>
    %403 = stablehlo.rsqrt %402 : tensor<1x8xf32>
    %404 = stablehlo.broadcast_in_dim %403, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %405 = stablehlo.multiply %393, %404 : tensor<1x8x40xf32>
    %406 = stablehlo.constant dense<1.0> : tensor<f32>
    %407 = stablehlo.broadcast_in_dim %406, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %408 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %407 : tensor<40xf32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %410 = stablehlo.multiply %405, %409 : tensor<1x8x40xf32>
    %411 = stablehlo.add %355, %410 : tensor<1x8x40xf32>
    %412 = stablehlo.reshape %309 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %413 = stablehlo.reshape %257 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %414 = stablehlo.multiply %411, %411 : tensor<1x8x40xf32>
    %415 = stablehlo.constant dense<0.0> : tensor<f32>
    %416 = stablehlo.reduce(%414 init: %415) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %417 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %418 = stablehlo.broadcast_in_dim %417, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %419 = stablehlo.multiply %416, %418 : tensor<1x8xf32>
    %420 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %422 = stablehlo.add %419, %421 : tensor<1x8xf32>
    %423 = stablehlo.rsqrt %422 : tensor<1x8xf32>
    %424 = stablehlo.broadcast_in_dim %423, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %425 = stablehlo.multiply %411, %424 : tensor<1x8x40xf32>
    %426 = stablehlo.constant dense<1.0> : tensor<f32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %428 = stablehlo.add %model.norm.weight, %427 : tensor<40xf32>
    %429 = stablehlo.broadcast_in_dim %428, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %430 = stablehlo.multiply %425, %429 : tensor<1x8x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %431 = stablehlo.concatenate %229, %412, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %432 = stablehlo.constant dense<0> : tensor<i32>
    %433 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %434 = stablehlo.dynamic_update_slice %2, %431, %432, %433, %432, %432, %432 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %435 = stablehlo.concatenate %230, %413, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %436 = stablehlo.constant dense<0> : tensor<i32>
    %437 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %438 = stablehlo.dynamic_update_slice %3, %435, %436, %437, %436, %436, %436 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %439 = stablehlo.constant dense<1> : tensor<i32>
    %440 = stablehlo.subtract %length, %439 : tensor<i32>
    %441 = stablehlo.constant dense<0> : tensor<i32>
    %442 = stablehlo.dynamic_slice %430, %441, %440, %441, sizes = [1, 1, 40] : (tensor<1x8x40xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x40xf32>
    %443 = stablehlo.reshape %442 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %444 = stablehlo.dot_general %443, %model.embed_tokens.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<40xf32>, tensor<97x40xf32>) -> tensor<97xf32>
    %445 = stablehlo.reshape %434 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    %446 = stablehlo.reshape %438 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    return %444, %445, %446 : tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>
  }
}
