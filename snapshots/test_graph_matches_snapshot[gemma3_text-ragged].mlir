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
    %45 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %46 = stablehlo.reshape %45 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %47 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %48 = stablehlo.reshape %47 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %49 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %50 = stablehlo.reshape %49 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %51 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %53 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %54 = stablehlo.reshape %53 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %55 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %57 = stablehlo.multiply %5, %5 : tensor<3x1x20xf32>
    %58 = stablehlo.constant dense<0.0> : tensor<f32>
    %59 = stablehlo.reduce(%57 init: %58) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %60 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %60, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %62 = stablehlo.multiply %59, %61 : tensor<3x1xf32>
    %63 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %65 = stablehlo.add %62, %64 : tensor<3x1xf32>
    %66 = stablehlo.rsqrt %65 : tensor<3x1xf32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %68 = stablehlo.multiply %5, %67 : tensor<3x1x20xf32>
    %69 = stablehlo.constant dense<1.0> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %71 = stablehlo.add %model.layers.0.input_layernorm.weight, %70 : tensor<20xf32>
    %72 = stablehlo.broadcast_in_dim %71, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %73 = stablehlo.multiply %68, %72 : tensor<3x1x20xf32>
    %74 = stablehlo.dot_general %73, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %75 = stablehlo.dot_general %73, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %76 = stablehlo.dot_general %73, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %77 = stablehlo.reshape %74 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %78 = stablehlo.reshape %75 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %79 = stablehlo.reshape %76 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %80 = stablehlo.multiply %77, %77 : tensor<3x1x4x12xf32>
    %81 = stablehlo.constant dense<0.0> : tensor<f32>
    %82 = stablehlo.reduce(%80 init: %81) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %83 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %85 = stablehlo.multiply %82, %84 : tensor<3x1x4xf32>
    %86 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %88 = stablehlo.add %85, %87 : tensor<3x1x4xf32>
    %89 = stablehlo.rsqrt %88 : tensor<3x1x4xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %91 = stablehlo.multiply %77, %90 : tensor<3x1x4x12xf32>
    %92 = stablehlo.constant dense<1.0> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %94 = stablehlo.add %model.layers.0.self_attn.q_norm.weight, %93 : tensor<12xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %96 = stablehlo.multiply %91, %95 : tensor<3x1x4x12xf32>
    %97 = stablehlo.multiply %78, %78 : tensor<3x1x1x12xf32>
    %98 = stablehlo.constant dense<0.0> : tensor<f32>
    %99 = stablehlo.reduce(%97 init: %98) applies stablehlo.add across dimensions = [3] : (tensor<3x1x1x12xf32>, tensor<f32>) -> tensor<3x1x1xf32>
    %100 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<3x1x1xf32>
    %103 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %105 = stablehlo.add %102, %104 : tensor<3x1x1xf32>
    %106 = stablehlo.rsqrt %105 : tensor<3x1x1xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x1x12xf32>
    %108 = stablehlo.multiply %78, %107 : tensor<3x1x1x12xf32>
    %109 = stablehlo.constant dense<1.0> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %111 = stablehlo.add %model.layers.0.self_attn.k_norm.weight, %110 : tensor<12xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [3] : (tensor<12xf32>) -> tensor<3x1x1x12xf32>
    %113 = stablehlo.multiply %108, %112 : tensor<3x1x1x12xf32>
    %114 = "stablehlo.slice"(%96) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %115 = "stablehlo.slice"(%96) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %116 = stablehlo.negate %115 : tensor<3x1x4x6xf32>
    %117 = stablehlo.concatenate %116, %114, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %118 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %119 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %120 = stablehlo.multiply %96, %118 : tensor<3x1x4x12xf32>
    %121 = stablehlo.multiply %117, %119 : tensor<3x1x4x12xf32>
    %122 = stablehlo.add %120, %121 : tensor<3x1x4x12xf32>
    %123 = "stablehlo.slice"(%113) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %124 = "stablehlo.slice"(%113) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %125 = stablehlo.negate %124 : tensor<3x1x1x6xf32>
    %126 = stablehlo.concatenate %125, %123, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %127 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %128 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %129 = stablehlo.multiply %113, %127 : tensor<3x1x1x12xf32>
    %130 = stablehlo.multiply %126, %128 : tensor<3x1x1x12xf32>
    %131 = stablehlo.add %129, %130 : tensor<3x1x1x12xf32>
    %132 = stablehlo.reshape %122 : (tensor<3x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %133 = stablehlo.transpose %132, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %134 = stablehlo.transpose %131, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %135 = stablehlo.transpose %79, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %136 = "stablehlo.slice"(%133) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %137 = "stablehlo.slice"(%134) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %138 = "stablehlo.slice"(%135) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %139 = "stablehlo.slice"(%44) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %140 = stablehlo.dot_general %136, %137, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %141 = stablehlo.dot_general %136, %46, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %142 = stablehlo.concatenate %141, %140, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %143 = stablehlo.constant dense<0.0625> : tensor<f32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %145 = stablehlo.multiply %142, %144 : tensor<1x1x1x4x17xf32>
    %146 = stablehlo.broadcast_in_dim %139, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %147 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %149 = stablehlo.select %146, %145, %148 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %150 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %151 = stablehlo.reduce(%149 init: %150) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %153 = stablehlo.subtract %149, %152 : tensor<1x1x1x4x17xf32>
    %154 = stablehlo.exponential %153 : tensor<1x1x1x4x17xf32>
    %155 = stablehlo.constant dense<0.0> : tensor<f32>
    %156 = stablehlo.reduce(%154 init: %155) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %158 = stablehlo.divide %154, %157 : tensor<1x1x1x4x17xf32>
    %159 = "stablehlo.slice"(%158) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %160 = "stablehlo.slice"(%158) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %161 = stablehlo.dot_general %159, %48, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %162 = stablehlo.dot_general %160, %138, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %163 = stablehlo.add %161, %162 : tensor<1x1x1x4x12xf32>
    %164 = "stablehlo.slice"(%133) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %165 = "stablehlo.slice"(%134) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %166 = "stablehlo.slice"(%135) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %167 = "stablehlo.slice"(%44) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %168 = stablehlo.dot_general %164, %165, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %169 = stablehlo.dot_general %164, %50, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %170 = stablehlo.concatenate %169, %168, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %171 = stablehlo.constant dense<0.0625> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %173 = stablehlo.multiply %170, %172 : tensor<1x1x1x4x17xf32>
    %174 = stablehlo.broadcast_in_dim %167, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %175 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %177 = stablehlo.select %174, %173, %176 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %178 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %179 = stablehlo.reduce(%177 init: %178) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %181 = stablehlo.subtract %177, %180 : tensor<1x1x1x4x17xf32>
    %182 = stablehlo.exponential %181 : tensor<1x1x1x4x17xf32>
    %183 = stablehlo.constant dense<0.0> : tensor<f32>
    %184 = stablehlo.reduce(%182 init: %183) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %186 = stablehlo.divide %182, %185 : tensor<1x1x1x4x17xf32>
    %187 = "stablehlo.slice"(%186) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %188 = "stablehlo.slice"(%186) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %189 = stablehlo.dot_general %187, %52, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %190 = stablehlo.dot_general %188, %166, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %191 = stablehlo.add %189, %190 : tensor<1x1x1x4x12xf32>
    %192 = "stablehlo.slice"(%133) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %193 = "stablehlo.slice"(%134) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %194 = "stablehlo.slice"(%135) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %195 = "stablehlo.slice"(%44) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %196 = stablehlo.dot_general %192, %193, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %197 = stablehlo.dot_general %192, %54, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %198 = stablehlo.concatenate %197, %196, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %199 = stablehlo.constant dense<0.0625> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<1x1x1x4x17xf32>
    %202 = stablehlo.broadcast_in_dim %195, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %203 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %205 = stablehlo.select %202, %201, %204 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %206 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %207 = stablehlo.reduce(%205 init: %206) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %209 = stablehlo.subtract %205, %208 : tensor<1x1x1x4x17xf32>
    %210 = stablehlo.exponential %209 : tensor<1x1x1x4x17xf32>
    %211 = stablehlo.constant dense<0.0> : tensor<f32>
    %212 = stablehlo.reduce(%210 init: %211) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %214 = stablehlo.divide %210, %213 : tensor<1x1x1x4x17xf32>
    %215 = "stablehlo.slice"(%214) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %216 = "stablehlo.slice"(%214) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %217 = stablehlo.dot_general %215, %56, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %218 = stablehlo.dot_general %216, %194, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %219 = stablehlo.add %217, %218 : tensor<1x1x1x4x12xf32>
    %220 = stablehlo.concatenate %163, %191, %219, dim = 0 : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %221 = stablehlo.transpose %220, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %222 = stablehlo.reshape %221 : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x48xf32>
    %223 = stablehlo.dot_general %222, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %224 = stablehlo.multiply %223, %223 : tensor<3x1x20xf32>
    %225 = stablehlo.constant dense<0.0> : tensor<f32>
    %226 = stablehlo.reduce(%224 init: %225) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %227 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %229 = stablehlo.multiply %226, %228 : tensor<3x1xf32>
    %230 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %232 = stablehlo.add %229, %231 : tensor<3x1xf32>
    %233 = stablehlo.rsqrt %232 : tensor<3x1xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %235 = stablehlo.multiply %223, %234 : tensor<3x1x20xf32>
    %236 = stablehlo.constant dense<1.0> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %238 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %237 : tensor<20xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %240 = stablehlo.multiply %235, %239 : tensor<3x1x20xf32>
    %241 = stablehlo.add %5, %240 : tensor<3x1x20xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<3x1x20xf32>
    %243 = stablehlo.constant dense<0.0> : tensor<f32>
    %244 = stablehlo.reduce(%242 init: %243) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %245 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %247 = stablehlo.multiply %244, %246 : tensor<3x1xf32>
    %248 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %250 = stablehlo.add %247, %249 : tensor<3x1xf32>
    %251 = stablehlo.rsqrt %250 : tensor<3x1xf32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %253 = stablehlo.multiply %241, %252 : tensor<3x1x20xf32>
    %254 = stablehlo.constant dense<1.0> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %256 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %255 : tensor<20xf32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %258 = stablehlo.multiply %253, %257 : tensor<3x1x20xf32>
    %259 = stablehlo.dot_general %258, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %260 = stablehlo.multiply %259, %259 : tensor<3x1x56xf32>
    %261 = stablehlo.multiply %260, %259 : tensor<3x1x56xf32>
    %262 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %264 = stablehlo.multiply %261, %263 : tensor<3x1x56xf32>
    %265 = stablehlo.add %259, %264 : tensor<3x1x56xf32>
    %266 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %268 = stablehlo.multiply %265, %267 : tensor<3x1x56xf32>
    %269 = stablehlo.constant dense<0.5> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %271 = stablehlo.multiply %259, %270 : tensor<3x1x56xf32>
    %272 = stablehlo.tanh %268 : tensor<3x1x56xf32>
    %273 = stablehlo.constant dense<1.0> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %275 = stablehlo.add %272, %274 : tensor<3x1x56xf32>
    %276 = stablehlo.multiply %271, %275 : tensor<3x1x56xf32>
    %277 = stablehlo.dot_general %258, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %278 = stablehlo.multiply %276, %277 : tensor<3x1x56xf32>
    %279 = stablehlo.dot_general %278, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %280 = stablehlo.multiply %279, %279 : tensor<3x1x20xf32>
    %281 = stablehlo.constant dense<0.0> : tensor<f32>
    %282 = stablehlo.reduce(%280 init: %281) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %283 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %285 = stablehlo.multiply %282, %284 : tensor<3x1xf32>
    %286 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %288 = stablehlo.add %285, %287 : tensor<3x1xf32>
    %289 = stablehlo.rsqrt %288 : tensor<3x1xf32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %291 = stablehlo.multiply %279, %290 : tensor<3x1x20xf32>
    %292 = stablehlo.constant dense<1.0> : tensor<f32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %294 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %293 : tensor<20xf32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %296 = stablehlo.multiply %291, %295 : tensor<3x1x20xf32>
    %297 = stablehlo.add %241, %296 : tensor<3x1x20xf32>
    %298 = stablehlo.reshape %134 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %299 = stablehlo.reshape %135 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    // layer 1: full_attention
    %300 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %301 = stablehlo.reshape %300 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %302 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %303 = stablehlo.reshape %302 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %304 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %305 = stablehlo.reshape %304 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %306 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %307 = stablehlo.reshape %306 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %308 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 2, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %309 = stablehlo.reshape %308 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %310 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 2, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %311 = stablehlo.reshape %310 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %312 = stablehlo.multiply %297, %297 : tensor<3x1x20xf32>
    %313 = stablehlo.constant dense<0.0> : tensor<f32>
    %314 = stablehlo.reduce(%312 init: %313) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %315 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %317 = stablehlo.multiply %314, %316 : tensor<3x1xf32>
    %318 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %320 = stablehlo.add %317, %319 : tensor<3x1xf32>
    %321 = stablehlo.rsqrt %320 : tensor<3x1xf32>
    %322 = stablehlo.broadcast_in_dim %321, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %323 = stablehlo.multiply %297, %322 : tensor<3x1x20xf32>
    %324 = stablehlo.constant dense<1.0> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %326 = stablehlo.add %model.layers.1.input_layernorm.weight, %325 : tensor<20xf32>
    %327 = stablehlo.broadcast_in_dim %326, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %328 = stablehlo.multiply %323, %327 : tensor<3x1x20xf32>
    %329 = stablehlo.dot_general %328, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %330 = stablehlo.dot_general %328, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %331 = stablehlo.dot_general %328, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %332 = stablehlo.reshape %329 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %333 = stablehlo.reshape %330 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %334 = stablehlo.reshape %331 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %335 = stablehlo.multiply %332, %332 : tensor<3x1x4x12xf32>
    %336 = stablehlo.constant dense<0.0> : tensor<f32>
    %337 = stablehlo.reduce(%335 init: %336) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %338 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %340 = stablehlo.multiply %337, %339 : tensor<3x1x4xf32>
    %341 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %343 = stablehlo.add %340, %342 : tensor<3x1x4xf32>
    %344 = stablehlo.rsqrt %343 : tensor<3x1x4xf32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %346 = stablehlo.multiply %332, %345 : tensor<3x1x4x12xf32>
    %347 = stablehlo.constant dense<1.0> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %349 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %348 : tensor<12xf32>
    %350 = stablehlo.broadcast_in_dim %349, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %351 = stablehlo.multiply %346, %350 : tensor<3x1x4x12xf32>
    %352 = stablehlo.multiply %333, %333 : tensor<3x1x1x12xf32>
    %353 = stablehlo.constant dense<0.0> : tensor<f32>
    %354 = stablehlo.reduce(%352 init: %353) applies stablehlo.add across dimensions = [3] : (tensor<3x1x1x12xf32>, tensor<f32>) -> tensor<3x1x1xf32>
    %355 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %357 = stablehlo.multiply %354, %356 : tensor<3x1x1xf32>
    %358 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %360 = stablehlo.add %357, %359 : tensor<3x1x1xf32>
    %361 = stablehlo.rsqrt %360 : tensor<3x1x1xf32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x1x12xf32>
    %363 = stablehlo.multiply %333, %362 : tensor<3x1x1x12xf32>
    %364 = stablehlo.constant dense<1.0> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %366 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %365 : tensor<12xf32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [3] : (tensor<12xf32>) -> tensor<3x1x1x12xf32>
    %368 = stablehlo.multiply %363, %367 : tensor<3x1x1x12xf32>
    %369 = "stablehlo.slice"(%351) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %370 = "stablehlo.slice"(%351) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %371 = stablehlo.negate %370 : tensor<3x1x4x6xf32>
    %372 = stablehlo.concatenate %371, %369, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %373 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %374 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %375 = stablehlo.multiply %351, %373 : tensor<3x1x4x12xf32>
    %376 = stablehlo.multiply %372, %374 : tensor<3x1x4x12xf32>
    %377 = stablehlo.add %375, %376 : tensor<3x1x4x12xf32>
    %378 = "stablehlo.slice"(%368) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %379 = "stablehlo.slice"(%368) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %380 = stablehlo.negate %379 : tensor<3x1x1x6xf32>
    %381 = stablehlo.concatenate %380, %378, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %382 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %383 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %384 = stablehlo.multiply %368, %382 : tensor<3x1x1x12xf32>
    %385 = stablehlo.multiply %381, %383 : tensor<3x1x1x12xf32>
    %386 = stablehlo.add %384, %385 : tensor<3x1x1x12xf32>
    %387 = stablehlo.reshape %377 : (tensor<3x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %388 = stablehlo.transpose %387, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %389 = stablehlo.transpose %386, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %390 = stablehlo.transpose %334, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %391 = "stablehlo.slice"(%388) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %392 = "stablehlo.slice"(%389) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %393 = "stablehlo.slice"(%390) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %394 = "stablehlo.slice"(%36) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %395 = stablehlo.dot_general %391, %392, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %396 = stablehlo.dot_general %391, %301, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %397 = stablehlo.concatenate %396, %395, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %398 = stablehlo.constant dense<0.0625> : tensor<f32>
    %399 = stablehlo.broadcast_in_dim %398, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %400 = stablehlo.multiply %397, %399 : tensor<1x1x1x4x17xf32>
    %401 = stablehlo.broadcast_in_dim %394, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %402 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %403 = stablehlo.broadcast_in_dim %402, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %404 = stablehlo.select %401, %400, %403 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %405 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %406 = stablehlo.reduce(%404 init: %405) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %407 = stablehlo.broadcast_in_dim %406, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %408 = stablehlo.subtract %404, %407 : tensor<1x1x1x4x17xf32>
    %409 = stablehlo.exponential %408 : tensor<1x1x1x4x17xf32>
    %410 = stablehlo.constant dense<0.0> : tensor<f32>
    %411 = stablehlo.reduce(%409 init: %410) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %412 = stablehlo.broadcast_in_dim %411, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %413 = stablehlo.divide %409, %412 : tensor<1x1x1x4x17xf32>
    %414 = "stablehlo.slice"(%413) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %415 = "stablehlo.slice"(%413) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %416 = stablehlo.dot_general %414, %303, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %417 = stablehlo.dot_general %415, %393, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %418 = stablehlo.add %416, %417 : tensor<1x1x1x4x12xf32>
    %419 = "stablehlo.slice"(%388) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %420 = "stablehlo.slice"(%389) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %421 = "stablehlo.slice"(%390) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %422 = "stablehlo.slice"(%36) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %423 = stablehlo.dot_general %419, %420, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %424 = stablehlo.dot_general %419, %305, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %425 = stablehlo.concatenate %424, %423, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %426 = stablehlo.constant dense<0.0625> : tensor<f32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %428 = stablehlo.multiply %425, %427 : tensor<1x1x1x4x17xf32>
    %429 = stablehlo.broadcast_in_dim %422, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %430 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %431 = stablehlo.broadcast_in_dim %430, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %432 = stablehlo.select %429, %428, %431 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %433 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %434 = stablehlo.reduce(%432 init: %433) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %435 = stablehlo.broadcast_in_dim %434, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %436 = stablehlo.subtract %432, %435 : tensor<1x1x1x4x17xf32>
    %437 = stablehlo.exponential %436 : tensor<1x1x1x4x17xf32>
    %438 = stablehlo.constant dense<0.0> : tensor<f32>
    %439 = stablehlo.reduce(%437 init: %438) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %440 = stablehlo.broadcast_in_dim %439, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %441 = stablehlo.divide %437, %440 : tensor<1x1x1x4x17xf32>
    %442 = "stablehlo.slice"(%441) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %443 = "stablehlo.slice"(%441) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %444 = stablehlo.dot_general %442, %307, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %445 = stablehlo.dot_general %443, %421, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %446 = stablehlo.add %444, %445 : tensor<1x1x1x4x12xf32>
    %447 = "stablehlo.slice"(%388) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %448 = "stablehlo.slice"(%389) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %449 = "stablehlo.slice"(%390) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %450 = "stablehlo.slice"(%36) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %451 = stablehlo.dot_general %447, %448, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %452 = stablehlo.dot_general %447, %309, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %453 = stablehlo.concatenate %452, %451, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %454 = stablehlo.constant dense<0.0625> : tensor<f32>
    %455 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %456 = stablehlo.multiply %453, %455 : tensor<1x1x1x4x17xf32>
    %457 = stablehlo.broadcast_in_dim %450, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %458 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %459 = stablehlo.broadcast_in_dim %458, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %460 = stablehlo.select %457, %456, %459 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %461 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %462 = stablehlo.reduce(%460 init: %461) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %463 = stablehlo.broadcast_in_dim %462, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %464 = stablehlo.subtract %460, %463 : tensor<1x1x1x4x17xf32>
    %465 = stablehlo.exponential %464 : tensor<1x1x1x4x17xf32>
    %466 = stablehlo.constant dense<0.0> : tensor<f32>
    %467 = stablehlo.reduce(%465 init: %466) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %468 = stablehlo.broadcast_in_dim %467, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %469 = stablehlo.divide %465, %468 : tensor<1x1x1x4x17xf32>
    %470 = "stablehlo.slice"(%469) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %471 = "stablehlo.slice"(%469) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %472 = stablehlo.dot_general %470, %311, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %473 = stablehlo.dot_general %471, %449, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %474 = stablehlo.add %472, %473 : tensor<1x1x1x4x12xf32>
    %475 = stablehlo.concatenate %418, %446, %474, dim = 0 : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %476 = stablehlo.transpose %475, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %477 = stablehlo.reshape %476 : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x48xf32>
    %478 = stablehlo.dot_general %477, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %479 = stablehlo.multiply %478, %478 : tensor<3x1x20xf32>
    %480 = stablehlo.constant dense<0.0> : tensor<f32>
    %481 = stablehlo.reduce(%479 init: %480) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %482 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %483 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %484 = stablehlo.multiply %481, %483 : tensor<3x1xf32>
    %485 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %486 = stablehlo.broadcast_in_dim %485, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %487 = stablehlo.add %484, %486 : tensor<3x1xf32>
    %488 = stablehlo.rsqrt %487 : tensor<3x1xf32>
    %489 = stablehlo.broadcast_in_dim %488, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %490 = stablehlo.multiply %478, %489 : tensor<3x1x20xf32>
    %491 = stablehlo.constant dense<1.0> : tensor<f32>
    %492 = stablehlo.broadcast_in_dim %491, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %493 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %492 : tensor<20xf32>
    %494 = stablehlo.broadcast_in_dim %493, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %495 = stablehlo.multiply %490, %494 : tensor<3x1x20xf32>
    %496 = stablehlo.add %297, %495 : tensor<3x1x20xf32>
    %497 = stablehlo.multiply %496, %496 : tensor<3x1x20xf32>
    %498 = stablehlo.constant dense<0.0> : tensor<f32>
    %499 = stablehlo.reduce(%497 init: %498) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %500 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %501 = stablehlo.broadcast_in_dim %500, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %502 = stablehlo.multiply %499, %501 : tensor<3x1xf32>
    %503 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %504 = stablehlo.broadcast_in_dim %503, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %505 = stablehlo.add %502, %504 : tensor<3x1xf32>
    %506 = stablehlo.rsqrt %505 : tensor<3x1xf32>
    %507 = stablehlo.broadcast_in_dim %506, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %508 = stablehlo.multiply %496, %507 : tensor<3x1x20xf32>
    %509 = stablehlo.constant dense<1.0> : tensor<f32>
    %510 = stablehlo.broadcast_in_dim %509, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %511 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %510 : tensor<20xf32>
    %512 = stablehlo.broadcast_in_dim %511, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %513 = stablehlo.multiply %508, %512 : tensor<3x1x20xf32>
    %514 = stablehlo.dot_general %513, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %515 = stablehlo.multiply %514, %514 : tensor<3x1x56xf32>
    %516 = stablehlo.multiply %515, %514 : tensor<3x1x56xf32>
    %517 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %518 = stablehlo.broadcast_in_dim %517, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %519 = stablehlo.multiply %516, %518 : tensor<3x1x56xf32>
    %520 = stablehlo.add %514, %519 : tensor<3x1x56xf32>
    %521 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %522 = stablehlo.broadcast_in_dim %521, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %523 = stablehlo.multiply %520, %522 : tensor<3x1x56xf32>
    %524 = stablehlo.constant dense<0.5> : tensor<f32>
    %525 = stablehlo.broadcast_in_dim %524, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %526 = stablehlo.multiply %514, %525 : tensor<3x1x56xf32>
    %527 = stablehlo.tanh %523 : tensor<3x1x56xf32>
    %528 = stablehlo.constant dense<1.0> : tensor<f32>
    %529 = stablehlo.broadcast_in_dim %528, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %530 = stablehlo.add %527, %529 : tensor<3x1x56xf32>
    %531 = stablehlo.multiply %526, %530 : tensor<3x1x56xf32>
    %532 = stablehlo.dot_general %513, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %533 = stablehlo.multiply %531, %532 : tensor<3x1x56xf32>
    %534 = stablehlo.dot_general %533, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %535 = stablehlo.multiply %534, %534 : tensor<3x1x20xf32>
    %536 = stablehlo.constant dense<0.0> : tensor<f32>
    %537 = stablehlo.reduce(%535 init: %536) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %538 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %539 = stablehlo.broadcast_in_dim %538, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %540 = stablehlo.multiply %537, %539 : tensor<3x1xf32>
    %541 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %542 = stablehlo.broadcast_in_dim %541, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %543 = stablehlo.add %540, %542 : tensor<3x1xf32>
    %544 = stablehlo.rsqrt %543 : tensor<3x1xf32>
    %545 = stablehlo.broadcast_in_dim %544, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %546 = stablehlo.multiply %534, %545 : tensor<3x1x20xf32>
    %547 = stablehlo.constant dense<1.0> : tensor<f32>
    %548 = stablehlo.broadcast_in_dim %547, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %549 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %548 : tensor<20xf32>
    %550 = stablehlo.broadcast_in_dim %549, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %551 = stablehlo.multiply %546, %550 : tensor<3x1x20xf32>
    %552 = stablehlo.add %496, %551 : tensor<3x1x20xf32>
    %553 = stablehlo.reshape %389 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %554 = stablehlo.reshape %390 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %555 = stablehlo.multiply %552, %552 : tensor<3x1x20xf32>
    %556 = stablehlo.constant dense<0.0> : tensor<f32>
    %557 = stablehlo.reduce(%555 init: %556) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %558 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %559 = stablehlo.broadcast_in_dim %558, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %560 = stablehlo.multiply %557, %559 : tensor<3x1xf32>
    %561 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %562 = stablehlo.broadcast_in_dim %561, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %563 = stablehlo.add %560, %562 : tensor<3x1xf32>
    %564 = stablehlo.rsqrt %563 : tensor<3x1xf32>
    %565 = stablehlo.broadcast_in_dim %564, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %566 = stablehlo.multiply %552, %565 : tensor<3x1x20xf32>
    %567 = stablehlo.constant dense<1.0> : tensor<f32>
    %568 = stablehlo.broadcast_in_dim %567, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %569 = stablehlo.add %model.norm.weight, %568 : tensor<20xf32>
    %570 = stablehlo.broadcast_in_dim %569, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %571 = stablehlo.multiply %566, %570 : tensor<3x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %572 = stablehlo.concatenate %298, %553, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %573 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %574 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %575 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %576 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %577 = stablehlo.concatenate %573, %574, %575, %576, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %578 = stablehlo.reshape %572 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %579 = stablehlo.reshape %577 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %580 = "stablehlo.scatter"(%k_cache, %579, %578) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %581 = stablehlo.concatenate %299, %554, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %582 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %583 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %584 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %585 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %586 = stablehlo.concatenate %582, %583, %584, %585, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %587 = stablehlo.reshape %581 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %588 = stablehlo.reshape %586 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %589 = "stablehlo.scatter"(%v_cache, %588, %587) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %590 = stablehlo.reshape %571 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %591 = stablehlo.dot_general %590, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
    %592 = stablehlo.constant dense<0> : tensor<i32>
    %593 = stablehlo.broadcast_in_dim %592, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %594 = stablehlo.compare NE, %active, %593, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %595 = stablehlo.broadcast_in_dim %594, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %596 = stablehlo.constant dense<0.0> : tensor<f32>
    %597 = stablehlo.broadcast_in_dim %596, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %598 = stablehlo.select %595, %591, %597 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %598, %580, %589 : tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>
  }
}
