// gemma3_text ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=1 head_dim=12 vocab=97
module @gemma3_text_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x1x16x12xf32>, %v_cache: tensor<3x2x1x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<3x1x1xi32>) -> tensor<3x1x20xf32>
    %3 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<3x1x20xf32>
    %5 = stablehlo.multiply %2, %4 : tensor<3x1x20xf32>
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
    %17 = stablehlo.constant dense<[1.0, 0.10000000149011612, 0.009999999776482582, 0.0010000000474974513, 9.999999747378752e-05, 9.999999747378752e-06]> : tensor<6xf32>
    %18 = stablehlo.convert %8 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %20 = stablehlo.broadcast_in_dim %17, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %21 = stablehlo.multiply %19, %20 : tensor<3x1x6xf32>
    %22 = stablehlo.concatenate %21, %21, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %23 = stablehlo.cosine %22 : tensor<3x1x12xf32>
    %24 = stablehlo.sine %22 : tensor<3x1x12xf32>
    %25 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %26 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %27 = stablehlo.compare LE, %26, %25, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %28 = stablehlo.subtract %25, %26 : tensor<3x1x1xi32>
    %29 = stablehlo.constant dense<5> : tensor<i32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %31 = stablehlo.compare LT, %28, %30, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %32 = stablehlo.and %27, %31 : tensor<3x1x1xi1>
    %33 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %34 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %35 = stablehlo.compare LT, %33, %34, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %36 = stablehlo.concatenate %35, %27, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %37 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %38 = stablehlo.add %34, %37 : tensor<3x1x16xi32>
    %39 = stablehlo.subtract %38, %33 : tensor<3x1x16xi32>
    %40 = stablehlo.constant dense<5> : tensor<i32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %42 = stablehlo.compare LT, %39, %41, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %43 = stablehlo.and %35, %42 : tensor<3x1x16xi1>
    %44 = stablehlo.concatenate %43, %32, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %45 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x1x16x12xf32>
    %46 = stablehlo.reshape %45 : (tensor<3x1x1x16x12xf32>) -> tensor<3x1x16x12xf32>
    %47 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x1x16x12xf32>
    %48 = stablehlo.reshape %47 : (tensor<3x1x1x16x12xf32>) -> tensor<3x1x16x12xf32>
    %49 = stablehlo.multiply %5, %5 : tensor<3x1x20xf32>
    %50 = stablehlo.constant dense<0.0> : tensor<f32>
    %51 = stablehlo.reduce(%49 init: %50) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %52 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %52, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %54 = stablehlo.multiply %51, %53 : tensor<3x1xf32>
    %55 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %57 = stablehlo.add %54, %56 : tensor<3x1xf32>
    %58 = stablehlo.rsqrt %57 : tensor<3x1xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %60 = stablehlo.multiply %5, %59 : tensor<3x1x20xf32>
    %61 = stablehlo.constant dense<1.0> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %63 = stablehlo.add %model.layers.0.input_layernorm.weight, %62 : tensor<20xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %65 = stablehlo.multiply %60, %64 : tensor<3x1x20xf32>
    %66 = stablehlo.dot_general %65, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %67 = stablehlo.dot_general %65, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %68 = stablehlo.dot_general %65, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %69 = stablehlo.reshape %66 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %70 = stablehlo.reshape %67 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %71 = stablehlo.reshape %68 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %72 = stablehlo.multiply %69, %69 : tensor<3x1x4x12xf32>
    %73 = stablehlo.constant dense<0.0> : tensor<f32>
    %74 = stablehlo.reduce(%72 init: %73) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %75 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %77 = stablehlo.multiply %74, %76 : tensor<3x1x4xf32>
    %78 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %80 = stablehlo.add %77, %79 : tensor<3x1x4xf32>
    %81 = stablehlo.rsqrt %80 : tensor<3x1x4xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %83 = stablehlo.multiply %69, %82 : tensor<3x1x4x12xf32>
    %84 = stablehlo.constant dense<1.0> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %86 = stablehlo.add %model.layers.0.self_attn.q_norm.weight, %85 : tensor<12xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %88 = stablehlo.multiply %83, %87 : tensor<3x1x4x12xf32>
    %89 = stablehlo.multiply %70, %70 : tensor<3x1x1x12xf32>
    %90 = stablehlo.constant dense<0.0> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.add across dimensions = [3] : (tensor<3x1x1x12xf32>, tensor<f32>) -> tensor<3x1x1xf32>
    %92 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<3x1x1xf32>
    %95 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %97 = stablehlo.add %94, %96 : tensor<3x1x1xf32>
    %98 = stablehlo.rsqrt %97 : tensor<3x1x1xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x1x12xf32>
    %100 = stablehlo.multiply %70, %99 : tensor<3x1x1x12xf32>
    %101 = stablehlo.constant dense<1.0> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %103 = stablehlo.add %model.layers.0.self_attn.k_norm.weight, %102 : tensor<12xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [3] : (tensor<12xf32>) -> tensor<3x1x1x12xf32>
    %105 = stablehlo.multiply %100, %104 : tensor<3x1x1x12xf32>
    %106 = "stablehlo.slice"(%88) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %107 = "stablehlo.slice"(%88) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %108 = stablehlo.negate %107 : tensor<3x1x4x6xf32>
    %109 = stablehlo.concatenate %108, %106, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %110 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %111 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %112 = stablehlo.multiply %88, %110 : tensor<3x1x4x12xf32>
    %113 = stablehlo.multiply %109, %111 : tensor<3x1x4x12xf32>
    %114 = stablehlo.add %112, %113 : tensor<3x1x4x12xf32>
    %115 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %116 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %117 = stablehlo.negate %116 : tensor<3x1x1x6xf32>
    %118 = stablehlo.concatenate %117, %115, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %119 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %120 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %121 = stablehlo.multiply %105, %119 : tensor<3x1x1x12xf32>
    %122 = stablehlo.multiply %118, %120 : tensor<3x1x1x12xf32>
    %123 = stablehlo.add %121, %122 : tensor<3x1x1x12xf32>
    %124 = stablehlo.reshape %114 : (tensor<3x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %125 = stablehlo.transpose %124, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %126 = stablehlo.transpose %123, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %127 = stablehlo.transpose %71, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %128 = "stablehlo.slice"(%125) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %129 = "stablehlo.slice"(%126) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %130 = "stablehlo.slice"(%127) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %131 = "stablehlo.slice"(%46) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %132 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %133 = "stablehlo.slice"(%44) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %134 = stablehlo.dot_general %128, %129, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %135 = stablehlo.dot_general %128, %131, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %136 = stablehlo.concatenate %135, %134, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %137 = stablehlo.constant dense<0.0625> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %139 = stablehlo.multiply %136, %138 : tensor<1x1x1x4x17xf32>
    %140 = stablehlo.broadcast_in_dim %133, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %141 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %143 = stablehlo.select %140, %139, %142 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %144 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %145 = stablehlo.reduce(%143 init: %144) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %147 = stablehlo.subtract %143, %146 : tensor<1x1x1x4x17xf32>
    %148 = stablehlo.exponential %147 : tensor<1x1x1x4x17xf32>
    %149 = stablehlo.constant dense<0.0> : tensor<f32>
    %150 = stablehlo.reduce(%148 init: %149) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %152 = stablehlo.divide %148, %151 : tensor<1x1x1x4x17xf32>
    %153 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %154 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %155 = stablehlo.dot_general %153, %132, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %156 = stablehlo.dot_general %154, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %157 = stablehlo.add %155, %156 : tensor<1x1x1x4x12xf32>
    %158 = "stablehlo.slice"(%125) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %159 = "stablehlo.slice"(%126) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %160 = "stablehlo.slice"(%127) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %161 = "stablehlo.slice"(%46) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %162 = "stablehlo.slice"(%48) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %163 = "stablehlo.slice"(%44) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %164 = stablehlo.dot_general %158, %159, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %165 = stablehlo.dot_general %158, %161, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %166 = stablehlo.concatenate %165, %164, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %167 = stablehlo.constant dense<0.0625> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<1x1x1x4x17xf32>
    %170 = stablehlo.broadcast_in_dim %163, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %171 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %173 = stablehlo.select %170, %169, %172 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %174 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %175 = stablehlo.reduce(%173 init: %174) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %177 = stablehlo.subtract %173, %176 : tensor<1x1x1x4x17xf32>
    %178 = stablehlo.exponential %177 : tensor<1x1x1x4x17xf32>
    %179 = stablehlo.constant dense<0.0> : tensor<f32>
    %180 = stablehlo.reduce(%178 init: %179) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %182 = stablehlo.divide %178, %181 : tensor<1x1x1x4x17xf32>
    %183 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %184 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %185 = stablehlo.dot_general %183, %162, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %186 = stablehlo.dot_general %184, %160, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %187 = stablehlo.add %185, %186 : tensor<1x1x1x4x12xf32>
    %188 = "stablehlo.slice"(%125) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %189 = "stablehlo.slice"(%126) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %190 = "stablehlo.slice"(%127) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %191 = "stablehlo.slice"(%46) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %192 = "stablehlo.slice"(%48) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %193 = "stablehlo.slice"(%44) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %194 = stablehlo.dot_general %188, %189, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %195 = stablehlo.dot_general %188, %191, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %196 = stablehlo.concatenate %195, %194, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %197 = stablehlo.constant dense<0.0625> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %199 = stablehlo.multiply %196, %198 : tensor<1x1x1x4x17xf32>
    %200 = stablehlo.broadcast_in_dim %193, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %201 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %203 = stablehlo.select %200, %199, %202 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %204 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %205 = stablehlo.reduce(%203 init: %204) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %207 = stablehlo.subtract %203, %206 : tensor<1x1x1x4x17xf32>
    %208 = stablehlo.exponential %207 : tensor<1x1x1x4x17xf32>
    %209 = stablehlo.constant dense<0.0> : tensor<f32>
    %210 = stablehlo.reduce(%208 init: %209) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %212 = stablehlo.divide %208, %211 : tensor<1x1x1x4x17xf32>
    %213 = "stablehlo.slice"(%212) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %214 = "stablehlo.slice"(%212) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %215 = stablehlo.dot_general %213, %192, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %216 = stablehlo.dot_general %214, %190, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %217 = stablehlo.add %215, %216 : tensor<1x1x1x4x12xf32>
    %218 = stablehlo.concatenate %157, %187, %217, dim = 0 : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %219 = stablehlo.transpose %218, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %220 = stablehlo.reshape %219 : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x48xf32>
    %221 = stablehlo.dot_general %220, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %222 = stablehlo.multiply %221, %221 : tensor<3x1x20xf32>
    %223 = stablehlo.constant dense<0.0> : tensor<f32>
    %224 = stablehlo.reduce(%222 init: %223) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %225 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %227 = stablehlo.multiply %224, %226 : tensor<3x1xf32>
    %228 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %230 = stablehlo.add %227, %229 : tensor<3x1xf32>
    %231 = stablehlo.rsqrt %230 : tensor<3x1xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %233 = stablehlo.multiply %221, %232 : tensor<3x1x20xf32>
    %234 = stablehlo.constant dense<1.0> : tensor<f32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %236 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %235 : tensor<20xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %238 = stablehlo.multiply %233, %237 : tensor<3x1x20xf32>
    %239 = stablehlo.add %5, %238 : tensor<3x1x20xf32>
    %240 = stablehlo.multiply %239, %239 : tensor<3x1x20xf32>
    %241 = stablehlo.constant dense<0.0> : tensor<f32>
    %242 = stablehlo.reduce(%240 init: %241) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %243 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %245 = stablehlo.multiply %242, %244 : tensor<3x1xf32>
    %246 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %248 = stablehlo.add %245, %247 : tensor<3x1xf32>
    %249 = stablehlo.rsqrt %248 : tensor<3x1xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %251 = stablehlo.multiply %239, %250 : tensor<3x1x20xf32>
    %252 = stablehlo.constant dense<1.0> : tensor<f32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %254 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %253 : tensor<20xf32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %256 = stablehlo.multiply %251, %255 : tensor<3x1x20xf32>
    %257 = stablehlo.dot_general %256, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %258 = stablehlo.multiply %257, %257 : tensor<3x1x56xf32>
    %259 = stablehlo.multiply %258, %257 : tensor<3x1x56xf32>
    %260 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %262 = stablehlo.multiply %259, %261 : tensor<3x1x56xf32>
    %263 = stablehlo.add %257, %262 : tensor<3x1x56xf32>
    %264 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %266 = stablehlo.multiply %263, %265 : tensor<3x1x56xf32>
    %267 = stablehlo.constant dense<0.5> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %269 = stablehlo.multiply %257, %268 : tensor<3x1x56xf32>
    %270 = stablehlo.tanh %266 : tensor<3x1x56xf32>
    %271 = stablehlo.constant dense<1.0> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %273 = stablehlo.add %270, %272 : tensor<3x1x56xf32>
    %274 = stablehlo.multiply %269, %273 : tensor<3x1x56xf32>
    %275 = stablehlo.dot_general %256, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %276 = stablehlo.multiply %274, %275 : tensor<3x1x56xf32>
    %277 = stablehlo.dot_general %276, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %278 = stablehlo.multiply %277, %277 : tensor<3x1x20xf32>
    %279 = stablehlo.constant dense<0.0> : tensor<f32>
    %280 = stablehlo.reduce(%278 init: %279) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %281 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %283 = stablehlo.multiply %280, %282 : tensor<3x1xf32>
    %284 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %286 = stablehlo.add %283, %285 : tensor<3x1xf32>
    %287 = stablehlo.rsqrt %286 : tensor<3x1xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %289 = stablehlo.multiply %277, %288 : tensor<3x1x20xf32>
    %290 = stablehlo.constant dense<1.0> : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %292 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %291 : tensor<20xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %294 = stablehlo.multiply %289, %293 : tensor<3x1x20xf32>
    %295 = stablehlo.add %239, %294 : tensor<3x1x20xf32>
    %296 = stablehlo.reshape %126 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %297 = stablehlo.reshape %127 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    // layer 1: full_attention
    %298 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x1x16x12xf32>
    %299 = stablehlo.reshape %298 : (tensor<3x1x1x16x12xf32>) -> tensor<3x1x16x12xf32>
    %300 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<3x1x1x16x12xf32>
    %301 = stablehlo.reshape %300 : (tensor<3x1x1x16x12xf32>) -> tensor<3x1x16x12xf32>
    %302 = stablehlo.multiply %295, %295 : tensor<3x1x20xf32>
    %303 = stablehlo.constant dense<0.0> : tensor<f32>
    %304 = stablehlo.reduce(%302 init: %303) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %305 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %307 = stablehlo.multiply %304, %306 : tensor<3x1xf32>
    %308 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %310 = stablehlo.add %307, %309 : tensor<3x1xf32>
    %311 = stablehlo.rsqrt %310 : tensor<3x1xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %313 = stablehlo.multiply %295, %312 : tensor<3x1x20xf32>
    %314 = stablehlo.constant dense<1.0> : tensor<f32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %316 = stablehlo.add %model.layers.1.input_layernorm.weight, %315 : tensor<20xf32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %318 = stablehlo.multiply %313, %317 : tensor<3x1x20xf32>
    %319 = stablehlo.dot_general %318, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %320 = stablehlo.dot_general %318, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %321 = stablehlo.dot_general %318, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %322 = stablehlo.reshape %319 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %323 = stablehlo.reshape %320 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %324 = stablehlo.reshape %321 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %325 = stablehlo.multiply %322, %322 : tensor<3x1x4x12xf32>
    %326 = stablehlo.constant dense<0.0> : tensor<f32>
    %327 = stablehlo.reduce(%325 init: %326) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %328 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %330 = stablehlo.multiply %327, %329 : tensor<3x1x4xf32>
    %331 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %333 = stablehlo.add %330, %332 : tensor<3x1x4xf32>
    %334 = stablehlo.rsqrt %333 : tensor<3x1x4xf32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %336 = stablehlo.multiply %322, %335 : tensor<3x1x4x12xf32>
    %337 = stablehlo.constant dense<1.0> : tensor<f32>
    %338 = stablehlo.broadcast_in_dim %337, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %339 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %338 : tensor<12xf32>
    %340 = stablehlo.broadcast_in_dim %339, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %341 = stablehlo.multiply %336, %340 : tensor<3x1x4x12xf32>
    %342 = stablehlo.multiply %323, %323 : tensor<3x1x1x12xf32>
    %343 = stablehlo.constant dense<0.0> : tensor<f32>
    %344 = stablehlo.reduce(%342 init: %343) applies stablehlo.add across dimensions = [3] : (tensor<3x1x1x12xf32>, tensor<f32>) -> tensor<3x1x1xf32>
    %345 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %346 = stablehlo.broadcast_in_dim %345, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %347 = stablehlo.multiply %344, %346 : tensor<3x1x1xf32>
    %348 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %349 = stablehlo.broadcast_in_dim %348, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %350 = stablehlo.add %347, %349 : tensor<3x1x1xf32>
    %351 = stablehlo.rsqrt %350 : tensor<3x1x1xf32>
    %352 = stablehlo.broadcast_in_dim %351, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x1x12xf32>
    %353 = stablehlo.multiply %323, %352 : tensor<3x1x1x12xf32>
    %354 = stablehlo.constant dense<1.0> : tensor<f32>
    %355 = stablehlo.broadcast_in_dim %354, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %356 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %355 : tensor<12xf32>
    %357 = stablehlo.broadcast_in_dim %356, dims = [3] : (tensor<12xf32>) -> tensor<3x1x1x12xf32>
    %358 = stablehlo.multiply %353, %357 : tensor<3x1x1x12xf32>
    %359 = "stablehlo.slice"(%341) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %360 = "stablehlo.slice"(%341) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %361 = stablehlo.negate %360 : tensor<3x1x4x6xf32>
    %362 = stablehlo.concatenate %361, %359, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %363 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %364 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %365 = stablehlo.multiply %341, %363 : tensor<3x1x4x12xf32>
    %366 = stablehlo.multiply %362, %364 : tensor<3x1x4x12xf32>
    %367 = stablehlo.add %365, %366 : tensor<3x1x4x12xf32>
    %368 = "stablehlo.slice"(%358) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %369 = "stablehlo.slice"(%358) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %370 = stablehlo.negate %369 : tensor<3x1x1x6xf32>
    %371 = stablehlo.concatenate %370, %368, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %372 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %373 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %374 = stablehlo.multiply %358, %372 : tensor<3x1x1x12xf32>
    %375 = stablehlo.multiply %371, %373 : tensor<3x1x1x12xf32>
    %376 = stablehlo.add %374, %375 : tensor<3x1x1x12xf32>
    %377 = stablehlo.reshape %367 : (tensor<3x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %378 = stablehlo.transpose %377, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %379 = stablehlo.transpose %376, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %380 = stablehlo.transpose %324, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %381 = "stablehlo.slice"(%378) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %382 = "stablehlo.slice"(%379) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %383 = "stablehlo.slice"(%380) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %384 = "stablehlo.slice"(%299) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %385 = "stablehlo.slice"(%301) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %386 = "stablehlo.slice"(%36) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %387 = stablehlo.dot_general %381, %382, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %388 = stablehlo.dot_general %381, %384, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %389 = stablehlo.concatenate %388, %387, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %390 = stablehlo.constant dense<0.0625> : tensor<f32>
    %391 = stablehlo.broadcast_in_dim %390, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %392 = stablehlo.multiply %389, %391 : tensor<1x1x1x4x17xf32>
    %393 = stablehlo.broadcast_in_dim %386, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %394 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %395 = stablehlo.broadcast_in_dim %394, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %396 = stablehlo.select %393, %392, %395 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %397 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %398 = stablehlo.reduce(%396 init: %397) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %399 = stablehlo.broadcast_in_dim %398, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %400 = stablehlo.subtract %396, %399 : tensor<1x1x1x4x17xf32>
    %401 = stablehlo.exponential %400 : tensor<1x1x1x4x17xf32>
    %402 = stablehlo.constant dense<0.0> : tensor<f32>
    %403 = stablehlo.reduce(%401 init: %402) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %404 = stablehlo.broadcast_in_dim %403, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %405 = stablehlo.divide %401, %404 : tensor<1x1x1x4x17xf32>
    %406 = "stablehlo.slice"(%405) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %407 = "stablehlo.slice"(%405) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %408 = stablehlo.dot_general %406, %385, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %409 = stablehlo.dot_general %407, %383, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %410 = stablehlo.add %408, %409 : tensor<1x1x1x4x12xf32>
    %411 = "stablehlo.slice"(%378) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %412 = "stablehlo.slice"(%379) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %413 = "stablehlo.slice"(%380) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %414 = "stablehlo.slice"(%299) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %415 = "stablehlo.slice"(%301) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %416 = "stablehlo.slice"(%36) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %417 = stablehlo.dot_general %411, %412, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %418 = stablehlo.dot_general %411, %414, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %419 = stablehlo.concatenate %418, %417, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %420 = stablehlo.constant dense<0.0625> : tensor<f32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %422 = stablehlo.multiply %419, %421 : tensor<1x1x1x4x17xf32>
    %423 = stablehlo.broadcast_in_dim %416, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %424 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %425 = stablehlo.broadcast_in_dim %424, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %426 = stablehlo.select %423, %422, %425 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %427 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %428 = stablehlo.reduce(%426 init: %427) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %429 = stablehlo.broadcast_in_dim %428, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %430 = stablehlo.subtract %426, %429 : tensor<1x1x1x4x17xf32>
    %431 = stablehlo.exponential %430 : tensor<1x1x1x4x17xf32>
    %432 = stablehlo.constant dense<0.0> : tensor<f32>
    %433 = stablehlo.reduce(%431 init: %432) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %434 = stablehlo.broadcast_in_dim %433, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %435 = stablehlo.divide %431, %434 : tensor<1x1x1x4x17xf32>
    %436 = "stablehlo.slice"(%435) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %437 = "stablehlo.slice"(%435) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %438 = stablehlo.dot_general %436, %415, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %439 = stablehlo.dot_general %437, %413, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %440 = stablehlo.add %438, %439 : tensor<1x1x1x4x12xf32>
    %441 = "stablehlo.slice"(%378) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %442 = "stablehlo.slice"(%379) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %443 = "stablehlo.slice"(%380) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %444 = "stablehlo.slice"(%299) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %445 = "stablehlo.slice"(%301) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %446 = "stablehlo.slice"(%36) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %447 = stablehlo.dot_general %441, %442, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %448 = stablehlo.dot_general %441, %444, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %449 = stablehlo.concatenate %448, %447, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %450 = stablehlo.constant dense<0.0625> : tensor<f32>
    %451 = stablehlo.broadcast_in_dim %450, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %452 = stablehlo.multiply %449, %451 : tensor<1x1x1x4x17xf32>
    %453 = stablehlo.broadcast_in_dim %446, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %454 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %455 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %456 = stablehlo.select %453, %452, %455 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %457 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %458 = stablehlo.reduce(%456 init: %457) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %459 = stablehlo.broadcast_in_dim %458, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %460 = stablehlo.subtract %456, %459 : tensor<1x1x1x4x17xf32>
    %461 = stablehlo.exponential %460 : tensor<1x1x1x4x17xf32>
    %462 = stablehlo.constant dense<0.0> : tensor<f32>
    %463 = stablehlo.reduce(%461 init: %462) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %464 = stablehlo.broadcast_in_dim %463, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %465 = stablehlo.divide %461, %464 : tensor<1x1x1x4x17xf32>
    %466 = "stablehlo.slice"(%465) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %467 = "stablehlo.slice"(%465) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %468 = stablehlo.dot_general %466, %445, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %469 = stablehlo.dot_general %467, %443, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %470 = stablehlo.add %468, %469 : tensor<1x1x1x4x12xf32>
    %471 = stablehlo.concatenate %410, %440, %470, dim = 0 : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %472 = stablehlo.transpose %471, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %473 = stablehlo.reshape %472 : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x48xf32>
    %474 = stablehlo.dot_general %473, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %475 = stablehlo.multiply %474, %474 : tensor<3x1x20xf32>
    %476 = stablehlo.constant dense<0.0> : tensor<f32>
    %477 = stablehlo.reduce(%475 init: %476) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %478 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %479 = stablehlo.broadcast_in_dim %478, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %480 = stablehlo.multiply %477, %479 : tensor<3x1xf32>
    %481 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %482 = stablehlo.broadcast_in_dim %481, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %483 = stablehlo.add %480, %482 : tensor<3x1xf32>
    %484 = stablehlo.rsqrt %483 : tensor<3x1xf32>
    %485 = stablehlo.broadcast_in_dim %484, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %486 = stablehlo.multiply %474, %485 : tensor<3x1x20xf32>
    %487 = stablehlo.constant dense<1.0> : tensor<f32>
    %488 = stablehlo.broadcast_in_dim %487, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %489 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %488 : tensor<20xf32>
    %490 = stablehlo.broadcast_in_dim %489, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %491 = stablehlo.multiply %486, %490 : tensor<3x1x20xf32>
    %492 = stablehlo.add %295, %491 : tensor<3x1x20xf32>
    %493 = stablehlo.multiply %492, %492 : tensor<3x1x20xf32>
    %494 = stablehlo.constant dense<0.0> : tensor<f32>
    %495 = stablehlo.reduce(%493 init: %494) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %496 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %497 = stablehlo.broadcast_in_dim %496, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %498 = stablehlo.multiply %495, %497 : tensor<3x1xf32>
    %499 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %500 = stablehlo.broadcast_in_dim %499, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %501 = stablehlo.add %498, %500 : tensor<3x1xf32>
    %502 = stablehlo.rsqrt %501 : tensor<3x1xf32>
    %503 = stablehlo.broadcast_in_dim %502, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %504 = stablehlo.multiply %492, %503 : tensor<3x1x20xf32>
    %505 = stablehlo.constant dense<1.0> : tensor<f32>
    %506 = stablehlo.broadcast_in_dim %505, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %507 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %506 : tensor<20xf32>
    %508 = stablehlo.broadcast_in_dim %507, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %509 = stablehlo.multiply %504, %508 : tensor<3x1x20xf32>
    %510 = stablehlo.dot_general %509, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %511 = stablehlo.multiply %510, %510 : tensor<3x1x56xf32>
    %512 = stablehlo.multiply %511, %510 : tensor<3x1x56xf32>
    %513 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %514 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %515 = stablehlo.multiply %512, %514 : tensor<3x1x56xf32>
    %516 = stablehlo.add %510, %515 : tensor<3x1x56xf32>
    %517 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %518 = stablehlo.broadcast_in_dim %517, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %519 = stablehlo.multiply %516, %518 : tensor<3x1x56xf32>
    %520 = stablehlo.constant dense<0.5> : tensor<f32>
    %521 = stablehlo.broadcast_in_dim %520, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %522 = stablehlo.multiply %510, %521 : tensor<3x1x56xf32>
    %523 = stablehlo.tanh %519 : tensor<3x1x56xf32>
    %524 = stablehlo.constant dense<1.0> : tensor<f32>
    %525 = stablehlo.broadcast_in_dim %524, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %526 = stablehlo.add %523, %525 : tensor<3x1x56xf32>
    %527 = stablehlo.multiply %522, %526 : tensor<3x1x56xf32>
    %528 = stablehlo.dot_general %509, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %529 = stablehlo.multiply %527, %528 : tensor<3x1x56xf32>
    %530 = stablehlo.dot_general %529, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %531 = stablehlo.multiply %530, %530 : tensor<3x1x20xf32>
    %532 = stablehlo.constant dense<0.0> : tensor<f32>
    %533 = stablehlo.reduce(%531 init: %532) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %534 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %535 = stablehlo.broadcast_in_dim %534, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %536 = stablehlo.multiply %533, %535 : tensor<3x1xf32>
    %537 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %538 = stablehlo.broadcast_in_dim %537, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %539 = stablehlo.add %536, %538 : tensor<3x1xf32>
    %540 = stablehlo.rsqrt %539 : tensor<3x1xf32>
    %541 = stablehlo.broadcast_in_dim %540, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %542 = stablehlo.multiply %530, %541 : tensor<3x1x20xf32>
    %543 = stablehlo.constant dense<1.0> : tensor<f32>
    %544 = stablehlo.broadcast_in_dim %543, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %545 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %544 : tensor<20xf32>
    %546 = stablehlo.broadcast_in_dim %545, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %547 = stablehlo.multiply %542, %546 : tensor<3x1x20xf32>
    %548 = stablehlo.add %492, %547 : tensor<3x1x20xf32>
    %549 = stablehlo.reshape %379 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %550 = stablehlo.reshape %380 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %551 = stablehlo.multiply %548, %548 : tensor<3x1x20xf32>
    %552 = stablehlo.constant dense<0.0> : tensor<f32>
    %553 = stablehlo.reduce(%551 init: %552) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %554 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %555 = stablehlo.broadcast_in_dim %554, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %556 = stablehlo.multiply %553, %555 : tensor<3x1xf32>
    %557 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %558 = stablehlo.broadcast_in_dim %557, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %559 = stablehlo.add %556, %558 : tensor<3x1xf32>
    %560 = stablehlo.rsqrt %559 : tensor<3x1xf32>
    %561 = stablehlo.broadcast_in_dim %560, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %562 = stablehlo.multiply %548, %561 : tensor<3x1x20xf32>
    %563 = stablehlo.constant dense<1.0> : tensor<f32>
    %564 = stablehlo.broadcast_in_dim %563, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %565 = stablehlo.add %model.norm.weight, %564 : tensor<20xf32>
    %566 = stablehlo.broadcast_in_dim %565, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %567 = stablehlo.multiply %562, %566 : tensor<3x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %568 = stablehlo.concatenate %296, %549, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %569 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %570 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %571 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %572 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %573 = stablehlo.concatenate %569, %570, %571, %572, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %574 = stablehlo.reshape %568 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %575 = stablehlo.reshape %573 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %576 = "stablehlo.scatter"(%k_cache, %575, %574) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %577 = stablehlo.concatenate %297, %550, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %578 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %579 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %580 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %581 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %582 = stablehlo.concatenate %578, %579, %580, %581, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %583 = stablehlo.reshape %577 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %584 = stablehlo.reshape %582 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %585 = "stablehlo.scatter"(%v_cache, %584, %583) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %586 = stablehlo.reshape %567 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %587 = stablehlo.dot_general %586, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
    %588 = stablehlo.constant dense<0> : tensor<i32>
    %589 = stablehlo.broadcast_in_dim %588, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %590 = stablehlo.compare NE, %active, %589, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %591 = stablehlo.broadcast_in_dim %590, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %592 = stablehlo.constant dense<0.0> : tensor<f32>
    %593 = stablehlo.broadcast_in_dim %592, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %594 = stablehlo.select %591, %587, %593 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %594, %576, %585 : tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>
  }
}
