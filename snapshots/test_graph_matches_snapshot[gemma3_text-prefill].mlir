// gemma3_text prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=20 heads=4 kv_heads=1 head_dim=12 vocab=97
module @gemma3_text_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x1x16x12xf32>, %v_cache: tensor<2x1x16x12xf32>) -> (tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x8x1xi32>) -> tensor<1x8x20xf32>
    %6 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x8x20xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x8x20xf32>
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
    %28 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %29 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %30 = stablehlo.compare LE, %29, %28, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %31 = stablehlo.subtract %28, %29 : tensor<1x8x8xi32>
    %32 = stablehlo.constant dense<5> : tensor<i32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<i32>) -> tensor<1x8x8xi32>
    %34 = stablehlo.compare LT, %31, %33, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %35 = stablehlo.and %30, %34 : tensor<1x8x8xi1>
    %36 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %37 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %38 = stablehlo.compare LT, %36, %37, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %39 = stablehlo.concatenate %38, %30, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    %40 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %41 = stablehlo.add %37, %40 : tensor<1x8x16xi32>
    %42 = stablehlo.subtract %41, %36 : tensor<1x8x16xi32>
    %43 = stablehlo.constant dense<5> : tensor<i32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<i32>) -> tensor<1x8x16xi32>
    %45 = stablehlo.compare LT, %42, %44, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %46 = stablehlo.and %38, %45 : tensor<1x8x16xi1>
    %47 = stablehlo.concatenate %46, %35, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: sliding_attention
    %48 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %49 = stablehlo.reshape %48 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %50 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %52 = stablehlo.multiply %8, %8 : tensor<1x8x20xf32>
    %53 = stablehlo.constant dense<0.0> : tensor<f32>
    %54 = stablehlo.reduce(%52 init: %53) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %55 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %57 = stablehlo.multiply %54, %56 : tensor<1x8xf32>
    %58 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %60 = stablehlo.add %57, %59 : tensor<1x8xf32>
    %61 = stablehlo.rsqrt %60 : tensor<1x8xf32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %63 = stablehlo.multiply %8, %62 : tensor<1x8x20xf32>
    %64 = stablehlo.constant dense<1.0> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %66 = stablehlo.add %model.layers.0.input_layernorm.weight, %65 : tensor<20xf32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %68 = stablehlo.multiply %63, %67 : tensor<1x8x20xf32>
    %69 = stablehlo.dot_general %68, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %70 = stablehlo.dot_general %68, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<12x20xf32>) -> tensor<1x8x12xf32>
    %71 = stablehlo.dot_general %68, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<12x20xf32>) -> tensor<1x8x12xf32>
    %72 = stablehlo.reshape %69 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %73 = stablehlo.reshape %70 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %74 = stablehlo.reshape %71 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %75 = stablehlo.multiply %72, %72 : tensor<1x8x4x12xf32>
    %76 = stablehlo.constant dense<0.0> : tensor<f32>
    %77 = stablehlo.reduce(%75 init: %76) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %78 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %80 = stablehlo.multiply %77, %79 : tensor<1x8x4xf32>
    %81 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %83 = stablehlo.add %80, %82 : tensor<1x8x4xf32>
    %84 = stablehlo.rsqrt %83 : tensor<1x8x4xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %86 = stablehlo.multiply %72, %85 : tensor<1x8x4x12xf32>
    %87 = stablehlo.constant dense<1.0> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %89 = stablehlo.add %model.layers.0.self_attn.q_norm.weight, %88 : tensor<12xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %91 = stablehlo.multiply %86, %90 : tensor<1x8x4x12xf32>
    %92 = stablehlo.multiply %73, %73 : tensor<1x8x1x12xf32>
    %93 = stablehlo.constant dense<0.0> : tensor<f32>
    %94 = stablehlo.reduce(%92 init: %93) applies stablehlo.add across dimensions = [3] : (tensor<1x8x1x12xf32>, tensor<f32>) -> tensor<1x8x1xf32>
    %95 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [] : (tensor<f32>) -> tensor<1x8x1xf32>
    %97 = stablehlo.multiply %94, %96 : tensor<1x8x1xf32>
    %98 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<f32>) -> tensor<1x8x1xf32>
    %100 = stablehlo.add %97, %99 : tensor<1x8x1xf32>
    %101 = stablehlo.rsqrt %100 : tensor<1x8x1xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2] : (tensor<1x8x1xf32>) -> tensor<1x8x1x12xf32>
    %103 = stablehlo.multiply %73, %102 : tensor<1x8x1x12xf32>
    %104 = stablehlo.constant dense<1.0> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %106 = stablehlo.add %model.layers.0.self_attn.k_norm.weight, %105 : tensor<12xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [3] : (tensor<12xf32>) -> tensor<1x8x1x12xf32>
    %108 = stablehlo.multiply %103, %107 : tensor<1x8x1x12xf32>
    %109 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %110 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %111 = stablehlo.negate %110 : tensor<1x8x4x6xf32>
    %112 = stablehlo.concatenate %111, %109, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %113 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %114 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %115 = stablehlo.multiply %91, %113 : tensor<1x8x4x12xf32>
    %116 = stablehlo.multiply %112, %114 : tensor<1x8x4x12xf32>
    %117 = stablehlo.add %115, %116 : tensor<1x8x4x12xf32>
    %118 = "stablehlo.slice"(%108) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %119 = "stablehlo.slice"(%108) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %120 = stablehlo.negate %119 : tensor<1x8x1x6xf32>
    %121 = stablehlo.concatenate %120, %118, dim = 3 : (tensor<1x8x1x6xf32>, tensor<1x8x1x6xf32>) -> tensor<1x8x1x12xf32>
    %122 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %123 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %124 = stablehlo.multiply %108, %122 : tensor<1x8x1x12xf32>
    %125 = stablehlo.multiply %121, %123 : tensor<1x8x1x12xf32>
    %126 = stablehlo.add %124, %125 : tensor<1x8x1x12xf32>
    %127 = stablehlo.reshape %117 : (tensor<1x8x4x12xf32>) -> tensor<1x8x1x4x12xf32>
    %128 = stablehlo.transpose %127, dims = [0, 2, 1, 3, 4] : (tensor<1x8x1x4x12xf32>) -> tensor<1x1x8x4x12xf32>
    %129 = stablehlo.transpose %126, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %130 = stablehlo.transpose %74, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %131 = stablehlo.dot_general %128, %129, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x12xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x4x8xf32>
    %132 = stablehlo.dot_general %128, %49, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x4x16xf32>
    %133 = stablehlo.concatenate %132, %131, dim = 4 : (tensor<1x1x8x4x16xf32>, tensor<1x1x8x4x8xf32>) -> tensor<1x1x8x4x24xf32>
    %134 = stablehlo.constant dense<0.0625> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<1x1x8x4x24xf32>
    %136 = stablehlo.multiply %133, %135 : tensor<1x1x8x4x24xf32>
    %137 = stablehlo.broadcast_in_dim %47, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x1x8x4x24xi1>
    %138 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [] : (tensor<f32>) -> tensor<1x1x8x4x24xf32>
    %140 = stablehlo.select %137, %136, %139 : (tensor<1x1x8x4x24xi1>, tensor<1x1x8x4x24xf32>, tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x24xf32>
    %141 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %142 = stablehlo.reduce(%140 init: %141) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x8x4x24xf32>, tensor<f32>) -> tensor<1x1x8x4xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2, 3] : (tensor<1x1x8x4xf32>) -> tensor<1x1x8x4x24xf32>
    %144 = stablehlo.subtract %140, %143 : tensor<1x1x8x4x24xf32>
    %145 = stablehlo.exponential %144 : tensor<1x1x8x4x24xf32>
    %146 = stablehlo.constant dense<0.0> : tensor<f32>
    %147 = stablehlo.reduce(%145 init: %146) applies stablehlo.add across dimensions = [4] : (tensor<1x1x8x4x24xf32>, tensor<f32>) -> tensor<1x1x8x4xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<1x1x8x4xf32>) -> tensor<1x1x8x4x24xf32>
    %149 = stablehlo.divide %145, %148 : tensor<1x1x8x4x24xf32>
    %150 = "stablehlo.slice"(%149) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x16xf32>
    %151 = "stablehlo.slice"(%149) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x8xf32>
    %152 = stablehlo.dot_general %150, %51, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x4x12xf32>
    %153 = stablehlo.dot_general %151, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x8xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x4x12xf32>
    %154 = stablehlo.add %152, %153 : tensor<1x1x8x4x12xf32>
    %155 = stablehlo.transpose %154, dims = [0, 2, 1, 3, 4] : (tensor<1x1x8x4x12xf32>) -> tensor<1x8x1x4x12xf32>
    %156 = stablehlo.reshape %155 : (tensor<1x8x1x4x12xf32>) -> tensor<1x8x48xf32>
    %157 = stablehlo.dot_general %156, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %158 = stablehlo.multiply %157, %157 : tensor<1x8x20xf32>
    %159 = stablehlo.constant dense<0.0> : tensor<f32>
    %160 = stablehlo.reduce(%158 init: %159) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %161 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %163 = stablehlo.multiply %160, %162 : tensor<1x8xf32>
    %164 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %166 = stablehlo.add %163, %165 : tensor<1x8xf32>
    %167 = stablehlo.rsqrt %166 : tensor<1x8xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %169 = stablehlo.multiply %157, %168 : tensor<1x8x20xf32>
    %170 = stablehlo.constant dense<1.0> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %172 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %171 : tensor<20xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %174 = stablehlo.multiply %169, %173 : tensor<1x8x20xf32>
    %175 = stablehlo.add %8, %174 : tensor<1x8x20xf32>
    %176 = stablehlo.multiply %175, %175 : tensor<1x8x20xf32>
    %177 = stablehlo.constant dense<0.0> : tensor<f32>
    %178 = stablehlo.reduce(%176 init: %177) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %179 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %181 = stablehlo.multiply %178, %180 : tensor<1x8xf32>
    %182 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %184 = stablehlo.add %181, %183 : tensor<1x8xf32>
    %185 = stablehlo.rsqrt %184 : tensor<1x8xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %187 = stablehlo.multiply %175, %186 : tensor<1x8x20xf32>
    %188 = stablehlo.constant dense<1.0> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %190 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %189 : tensor<20xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %192 = stablehlo.multiply %187, %191 : tensor<1x8x20xf32>
    %193 = stablehlo.dot_general %192, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %194 = stablehlo.multiply %193, %193 : tensor<1x8x56xf32>
    %195 = stablehlo.multiply %194, %193 : tensor<1x8x56xf32>
    %196 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %198 = stablehlo.multiply %195, %197 : tensor<1x8x56xf32>
    %199 = stablehlo.add %193, %198 : tensor<1x8x56xf32>
    %200 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %202 = stablehlo.multiply %199, %201 : tensor<1x8x56xf32>
    %203 = stablehlo.constant dense<0.5> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %205 = stablehlo.multiply %193, %204 : tensor<1x8x56xf32>
    %206 = stablehlo.tanh %202 : tensor<1x8x56xf32>
    %207 = stablehlo.constant dense<1.0> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %209 = stablehlo.add %206, %208 : tensor<1x8x56xf32>
    %210 = stablehlo.multiply %205, %209 : tensor<1x8x56xf32>
    %211 = stablehlo.dot_general %192, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %212 = stablehlo.multiply %210, %211 : tensor<1x8x56xf32>
    %213 = stablehlo.dot_general %212, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %214 = stablehlo.multiply %213, %213 : tensor<1x8x20xf32>
    %215 = stablehlo.constant dense<0.0> : tensor<f32>
    %216 = stablehlo.reduce(%214 init: %215) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %217 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %219 = stablehlo.multiply %216, %218 : tensor<1x8xf32>
    %220 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %222 = stablehlo.add %219, %221 : tensor<1x8xf32>
    %223 = stablehlo.rsqrt %222 : tensor<1x8xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %225 = stablehlo.multiply %213, %224 : tensor<1x8x20xf32>
    %226 = stablehlo.constant dense<1.0> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %228 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %227 : tensor<20xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %230 = stablehlo.multiply %225, %229 : tensor<1x8x20xf32>
    %231 = stablehlo.add %175, %230 : tensor<1x8x20xf32>
    %232 = stablehlo.reshape %129 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %233 = stablehlo.reshape %130 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    // layer 1: full_attention
    %234 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %235 = stablehlo.reshape %234 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %236 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %237 = stablehlo.reshape %236 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %238 = stablehlo.multiply %231, %231 : tensor<1x8x20xf32>
    %239 = stablehlo.constant dense<0.0> : tensor<f32>
    %240 = stablehlo.reduce(%238 init: %239) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %241 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %243 = stablehlo.multiply %240, %242 : tensor<1x8xf32>
    %244 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %246 = stablehlo.add %243, %245 : tensor<1x8xf32>
    %247 = stablehlo.rsqrt %246 : tensor<1x8xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %249 = stablehlo.multiply %231, %248 : tensor<1x8x20xf32>
    %250 = stablehlo.constant dense<1.0> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %252 = stablehlo.add %model.layers.1.input_layernorm.weight, %251 : tensor<20xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %254 = stablehlo.multiply %249, %253 : tensor<1x8x20xf32>
    %255 = stablehlo.dot_general %254, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %256 = stablehlo.dot_general %254, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<12x20xf32>) -> tensor<1x8x12xf32>
    %257 = stablehlo.dot_general %254, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<12x20xf32>) -> tensor<1x8x12xf32>
    %258 = stablehlo.reshape %255 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %259 = stablehlo.reshape %256 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %260 = stablehlo.reshape %257 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %261 = stablehlo.multiply %258, %258 : tensor<1x8x4x12xf32>
    %262 = stablehlo.constant dense<0.0> : tensor<f32>
    %263 = stablehlo.reduce(%261 init: %262) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %264 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %266 = stablehlo.multiply %263, %265 : tensor<1x8x4xf32>
    %267 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %269 = stablehlo.add %266, %268 : tensor<1x8x4xf32>
    %270 = stablehlo.rsqrt %269 : tensor<1x8x4xf32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %272 = stablehlo.multiply %258, %271 : tensor<1x8x4x12xf32>
    %273 = stablehlo.constant dense<1.0> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %275 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %274 : tensor<12xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %277 = stablehlo.multiply %272, %276 : tensor<1x8x4x12xf32>
    %278 = stablehlo.multiply %259, %259 : tensor<1x8x1x12xf32>
    %279 = stablehlo.constant dense<0.0> : tensor<f32>
    %280 = stablehlo.reduce(%278 init: %279) applies stablehlo.add across dimensions = [3] : (tensor<1x8x1x12xf32>, tensor<f32>) -> tensor<1x8x1xf32>
    %281 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [] : (tensor<f32>) -> tensor<1x8x1xf32>
    %283 = stablehlo.multiply %280, %282 : tensor<1x8x1xf32>
    %284 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<1x8x1xf32>
    %286 = stablehlo.add %283, %285 : tensor<1x8x1xf32>
    %287 = stablehlo.rsqrt %286 : tensor<1x8x1xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1, 2] : (tensor<1x8x1xf32>) -> tensor<1x8x1x12xf32>
    %289 = stablehlo.multiply %259, %288 : tensor<1x8x1x12xf32>
    %290 = stablehlo.constant dense<1.0> : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %292 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %291 : tensor<12xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [3] : (tensor<12xf32>) -> tensor<1x8x1x12xf32>
    %294 = stablehlo.multiply %289, %293 : tensor<1x8x1x12xf32>
    %295 = "stablehlo.slice"(%277) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %296 = "stablehlo.slice"(%277) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %297 = stablehlo.negate %296 : tensor<1x8x4x6xf32>
    %298 = stablehlo.concatenate %297, %295, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %299 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %300 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %301 = stablehlo.multiply %277, %299 : tensor<1x8x4x12xf32>
    %302 = stablehlo.multiply %298, %300 : tensor<1x8x4x12xf32>
    %303 = stablehlo.add %301, %302 : tensor<1x8x4x12xf32>
    %304 = "stablehlo.slice"(%294) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %305 = "stablehlo.slice"(%294) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %306 = stablehlo.negate %305 : tensor<1x8x1x6xf32>
    %307 = stablehlo.concatenate %306, %304, dim = 3 : (tensor<1x8x1x6xf32>, tensor<1x8x1x6xf32>) -> tensor<1x8x1x12xf32>
    %308 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %309 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %310 = stablehlo.multiply %294, %308 : tensor<1x8x1x12xf32>
    %311 = stablehlo.multiply %307, %309 : tensor<1x8x1x12xf32>
    %312 = stablehlo.add %310, %311 : tensor<1x8x1x12xf32>
    %313 = stablehlo.reshape %303 : (tensor<1x8x4x12xf32>) -> tensor<1x8x1x4x12xf32>
    %314 = stablehlo.transpose %313, dims = [0, 2, 1, 3, 4] : (tensor<1x8x1x4x12xf32>) -> tensor<1x1x8x4x12xf32>
    %315 = stablehlo.transpose %312, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %316 = stablehlo.transpose %260, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %317 = stablehlo.dot_general %314, %315, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x12xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x4x8xf32>
    %318 = stablehlo.dot_general %314, %235, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x4x16xf32>
    %319 = stablehlo.concatenate %318, %317, dim = 4 : (tensor<1x1x8x4x16xf32>, tensor<1x1x8x4x8xf32>) -> tensor<1x1x8x4x24xf32>
    %320 = stablehlo.constant dense<0.0625> : tensor<f32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [] : (tensor<f32>) -> tensor<1x1x8x4x24xf32>
    %322 = stablehlo.multiply %319, %321 : tensor<1x1x8x4x24xf32>
    %323 = stablehlo.broadcast_in_dim %39, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x1x8x4x24xi1>
    %324 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [] : (tensor<f32>) -> tensor<1x1x8x4x24xf32>
    %326 = stablehlo.select %323, %322, %325 : (tensor<1x1x8x4x24xi1>, tensor<1x1x8x4x24xf32>, tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x24xf32>
    %327 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %328 = stablehlo.reduce(%326 init: %327) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x8x4x24xf32>, tensor<f32>) -> tensor<1x1x8x4xf32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [0, 1, 2, 3] : (tensor<1x1x8x4xf32>) -> tensor<1x1x8x4x24xf32>
    %330 = stablehlo.subtract %326, %329 : tensor<1x1x8x4x24xf32>
    %331 = stablehlo.exponential %330 : tensor<1x1x8x4x24xf32>
    %332 = stablehlo.constant dense<0.0> : tensor<f32>
    %333 = stablehlo.reduce(%331 init: %332) applies stablehlo.add across dimensions = [4] : (tensor<1x1x8x4x24xf32>, tensor<f32>) -> tensor<1x1x8x4xf32>
    %334 = stablehlo.broadcast_in_dim %333, dims = [0, 1, 2, 3] : (tensor<1x1x8x4xf32>) -> tensor<1x1x8x4x24xf32>
    %335 = stablehlo.divide %331, %334 : tensor<1x1x8x4x24xf32>
    %336 = "stablehlo.slice"(%335) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x16xf32>
    %337 = "stablehlo.slice"(%335) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x8xf32>
    %338 = stablehlo.dot_general %336, %237, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x4x12xf32>
    %339 = stablehlo.dot_general %337, %316, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x8xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x4x12xf32>
    %340 = stablehlo.add %338, %339 : tensor<1x1x8x4x12xf32>
    %341 = stablehlo.transpose %340, dims = [0, 2, 1, 3, 4] : (tensor<1x1x8x4x12xf32>) -> tensor<1x8x1x4x12xf32>
    %342 = stablehlo.reshape %341 : (tensor<1x8x1x4x12xf32>) -> tensor<1x8x48xf32>
    %343 = stablehlo.dot_general %342, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %344 = stablehlo.multiply %343, %343 : tensor<1x8x20xf32>
    %345 = stablehlo.constant dense<0.0> : tensor<f32>
    %346 = stablehlo.reduce(%344 init: %345) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %347 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %349 = stablehlo.multiply %346, %348 : tensor<1x8xf32>
    %350 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %352 = stablehlo.add %349, %351 : tensor<1x8xf32>
    %353 = stablehlo.rsqrt %352 : tensor<1x8xf32>
    %354 = stablehlo.broadcast_in_dim %353, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %355 = stablehlo.multiply %343, %354 : tensor<1x8x20xf32>
    %356 = stablehlo.constant dense<1.0> : tensor<f32>
    %357 = stablehlo.broadcast_in_dim %356, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %358 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %357 : tensor<20xf32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %360 = stablehlo.multiply %355, %359 : tensor<1x8x20xf32>
    %361 = stablehlo.add %231, %360 : tensor<1x8x20xf32>
    %362 = stablehlo.multiply %361, %361 : tensor<1x8x20xf32>
    %363 = stablehlo.constant dense<0.0> : tensor<f32>
    %364 = stablehlo.reduce(%362 init: %363) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %365 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %367 = stablehlo.multiply %364, %366 : tensor<1x8xf32>
    %368 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %369 = stablehlo.broadcast_in_dim %368, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %370 = stablehlo.add %367, %369 : tensor<1x8xf32>
    %371 = stablehlo.rsqrt %370 : tensor<1x8xf32>
    %372 = stablehlo.broadcast_in_dim %371, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %373 = stablehlo.multiply %361, %372 : tensor<1x8x20xf32>
    %374 = stablehlo.constant dense<1.0> : tensor<f32>
    %375 = stablehlo.broadcast_in_dim %374, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %376 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %375 : tensor<20xf32>
    %377 = stablehlo.broadcast_in_dim %376, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %378 = stablehlo.multiply %373, %377 : tensor<1x8x20xf32>
    %379 = stablehlo.dot_general %378, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %380 = stablehlo.multiply %379, %379 : tensor<1x8x56xf32>
    %381 = stablehlo.multiply %380, %379 : tensor<1x8x56xf32>
    %382 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %384 = stablehlo.multiply %381, %383 : tensor<1x8x56xf32>
    %385 = stablehlo.add %379, %384 : tensor<1x8x56xf32>
    %386 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %387 = stablehlo.broadcast_in_dim %386, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %388 = stablehlo.multiply %385, %387 : tensor<1x8x56xf32>
    %389 = stablehlo.constant dense<0.5> : tensor<f32>
    %390 = stablehlo.broadcast_in_dim %389, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %391 = stablehlo.multiply %379, %390 : tensor<1x8x56xf32>
    %392 = stablehlo.tanh %388 : tensor<1x8x56xf32>
    %393 = stablehlo.constant dense<1.0> : tensor<f32>
    %394 = stablehlo.broadcast_in_dim %393, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %395 = stablehlo.add %392, %394 : tensor<1x8x56xf32>
    %396 = stablehlo.multiply %391, %395 : tensor<1x8x56xf32>
    %397 = stablehlo.dot_general %378, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %398 = stablehlo.multiply %396, %397 : tensor<1x8x56xf32>
    %399 = stablehlo.dot_general %398, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %400 = stablehlo.multiply %399, %399 : tensor<1x8x20xf32>
    %401 = stablehlo.constant dense<0.0> : tensor<f32>
    %402 = stablehlo.reduce(%400 init: %401) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %403 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %404 = stablehlo.broadcast_in_dim %403, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %405 = stablehlo.multiply %402, %404 : tensor<1x8xf32>
    %406 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %407 = stablehlo.broadcast_in_dim %406, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %408 = stablehlo.add %405, %407 : tensor<1x8xf32>
    %409 = stablehlo.rsqrt %408 : tensor<1x8xf32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %411 = stablehlo.multiply %399, %410 : tensor<1x8x20xf32>
    %412 = stablehlo.constant dense<1.0> : tensor<f32>
    %413 = stablehlo.broadcast_in_dim %412, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %414 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %413 : tensor<20xf32>
    %415 = stablehlo.broadcast_in_dim %414, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %416 = stablehlo.multiply %411, %415 : tensor<1x8x20xf32>
    %417 = stablehlo.add %361, %416 : tensor<1x8x20xf32>
    %418 = stablehlo.reshape %315 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %419 = stablehlo.reshape %316 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %420 = stablehlo.multiply %417, %417 : tensor<1x8x20xf32>
    %421 = stablehlo.constant dense<0.0> : tensor<f32>
    %422 = stablehlo.reduce(%420 init: %421) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %423 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %424 = stablehlo.broadcast_in_dim %423, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %425 = stablehlo.multiply %422, %424 : tensor<1x8xf32>
    %426 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %428 = stablehlo.add %425, %427 : tensor<1x8xf32>
    %429 = stablehlo.rsqrt %428 : tensor<1x8xf32>
    %430 = stablehlo.broadcast_in_dim %429, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %431 = stablehlo.multiply %417, %430 : tensor<1x8x20xf32>
    %432 = stablehlo.constant dense<1.0> : tensor<f32>
    %433 = stablehlo.broadcast_in_dim %432, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %434 = stablehlo.add %model.norm.weight, %433 : tensor<20xf32>
    %435 = stablehlo.broadcast_in_dim %434, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %436 = stablehlo.multiply %431, %435 : tensor<1x8x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %437 = stablehlo.concatenate %232, %418, dim = 1 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %438 = stablehlo.constant dense<0> : tensor<i32>
    %439 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %440 = stablehlo.dynamic_update_slice %2, %437, %438, %438, %438, %439, %438 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %441 = stablehlo.concatenate %233, %419, dim = 1 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %442 = stablehlo.constant dense<0> : tensor<i32>
    %443 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %444 = stablehlo.dynamic_update_slice %3, %441, %442, %442, %442, %443, %442 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %445 = stablehlo.constant dense<1> : tensor<i32>
    %446 = stablehlo.subtract %length, %445 : tensor<i32>
    %447 = stablehlo.constant dense<0> : tensor<i32>
    %448 = stablehlo.dynamic_slice %436, %447, %446, %447, sizes = [1, 1, 20] : (tensor<1x8x20xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x20xf32>
    %449 = stablehlo.reshape %448 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %450 = stablehlo.dot_general %model.embed_tokens.weight, %449, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %451 = stablehlo.reshape %440 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    %452 = stablehlo.reshape %444 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    return %450, %451, %452 : tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>
  }
}
