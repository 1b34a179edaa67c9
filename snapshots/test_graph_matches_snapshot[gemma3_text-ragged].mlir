// gemma3_text ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @gemma3_text_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<40xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<40xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<3x1x1xi32>) -> tensor<3x1x40xf32>
    %3 = stablehlo.constant dense<6.324555397033691> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<3x1x40xf32>
    %5 = stablehlo.multiply %2, %4 : tensor<3x1x40xf32>
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
    %25 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %26 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %27 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %28 = stablehlo.add %26, %27 : tensor<3x1x16xi32>
    %29 = stablehlo.compare LT, %25, %26, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %30 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %31 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %32 = stablehlo.compare LE, %31, %30, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %33 = stablehlo.concatenate %29, %32, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %34 = stablehlo.subtract %28, %25 : tensor<3x1x16xi32>
    %35 = stablehlo.constant dense<5> : tensor<i32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %37 = stablehlo.compare LT, %34, %36, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %38 = stablehlo.subtract %30, %31 : tensor<3x1x1xi32>
    %39 = stablehlo.constant dense<5> : tensor<i32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %41 = stablehlo.compare LT, %38, %40, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %42 = stablehlo.and %29, %37 : tensor<3x1x16xi1>
    %43 = stablehlo.and %32, %41 : tensor<3x1x1xi1>
    %44 = stablehlo.concatenate %42, %43, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %45 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %46 = stablehlo.reshape %45 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %47 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %48 = stablehlo.reshape %47 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %49 = stablehlo.multiply %5, %5 : tensor<3x1x40xf32>
    %50 = stablehlo.constant dense<0.0> : tensor<f32>
    %51 = stablehlo.reduce(%49 init: %50) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %52 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %52, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %54 = stablehlo.multiply %51, %53 : tensor<3x1xf32>
    %55 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %57 = stablehlo.add %54, %56 : tensor<3x1xf32>
    %58 = stablehlo.rsqrt %57 : tensor<3x1xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %60 = stablehlo.multiply %5, %59 : tensor<3x1x40xf32>
    %61 = stablehlo.constant dense<1.0> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %63 = stablehlo.add %model.layers.0.input_layernorm.weight, %62 : tensor<40xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %65 = stablehlo.multiply %60, %64 : tensor<3x1x40xf32>
    %66 = stablehlo.dot_general %65, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %67 = stablehlo.dot_general %65, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %68 = stablehlo.dot_general %65, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %69 = stablehlo.reshape %66 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %70 = stablehlo.reshape %67 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %71 = stablehlo.reshape %68 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %72 = stablehlo.multiply %69, %69 : tensor<3x1x8x12xf32>
    %73 = stablehlo.constant dense<0.0> : tensor<f32>
    %74 = stablehlo.reduce(%72 init: %73) applies stablehlo.add across dimensions = [3] : (tensor<3x1x8x12xf32>, tensor<f32>) -> tensor<3x1x8xf32>
    %75 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<3x1x8xf32>
    %77 = stablehlo.multiply %74, %76 : tensor<3x1x8xf32>
    %78 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<3x1x8xf32>
    %80 = stablehlo.add %77, %79 : tensor<3x1x8xf32>
    %81 = stablehlo.rsqrt %80 : tensor<3x1x8xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2] : (tensor<3x1x8xf32>) -> tensor<3x1x8x12xf32>
    %83 = stablehlo.multiply %69, %82 : tensor<3x1x8x12xf32>
    %84 = stablehlo.constant dense<1.0> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %86 = stablehlo.add %model.layers.0.self_attn.q_norm.weight, %85 : tensor<12xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [3] : (tensor<12xf32>) -> tensor<3x1x8x12xf32>
    %88 = stablehlo.multiply %83, %87 : tensor<3x1x8x12xf32>
    %89 = stablehlo.multiply %70, %70 : tensor<3x1x2x12xf32>
    %90 = stablehlo.constant dense<0.0> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %92 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<3x1x2xf32>
    %95 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %97 = stablehlo.add %94, %96 : tensor<3x1x2xf32>
    %98 = stablehlo.rsqrt %97 : tensor<3x1x2xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %100 = stablehlo.multiply %70, %99 : tensor<3x1x2x12xf32>
    %101 = stablehlo.constant dense<1.0> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %103 = stablehlo.add %model.layers.0.self_attn.k_norm.weight, %102 : tensor<12xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %105 = stablehlo.multiply %100, %104 : tensor<3x1x2x12xf32>
    %106 = "stablehlo.slice"(%88) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %107 = "stablehlo.slice"(%88) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %108 = stablehlo.negate %107 : tensor<3x1x8x6xf32>
    %109 = stablehlo.concatenate %108, %106, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %110 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %111 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %112 = stablehlo.multiply %88, %110 : tensor<3x1x8x12xf32>
    %113 = stablehlo.multiply %109, %111 : tensor<3x1x8x12xf32>
    %114 = stablehlo.add %112, %113 : tensor<3x1x8x12xf32>
    %115 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %116 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %117 = stablehlo.negate %116 : tensor<3x1x2x6xf32>
    %118 = stablehlo.concatenate %117, %115, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %119 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %120 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %121 = stablehlo.multiply %105, %119 : tensor<3x1x2x12xf32>
    %122 = stablehlo.multiply %118, %120 : tensor<3x1x2x12xf32>
    %123 = stablehlo.add %121, %122 : tensor<3x1x2x12xf32>
    %124 = stablehlo.reshape %114 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %125 = stablehlo.transpose %124, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %126 = stablehlo.transpose %123, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %127 = stablehlo.transpose %71, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %128 = stablehlo.dot_general %125, %46, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %129 = stablehlo.dot_general %125, %126, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %130 = stablehlo.concatenate %128, %129, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %131 = stablehlo.constant dense<0.0625> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<3x2x1x4x17xf32>
    %134 = stablehlo.broadcast_in_dim %44, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %135 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %137 = stablehlo.select %134, %133, %136 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %138 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %139 = stablehlo.reduce(%137 init: %138) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %141 = stablehlo.subtract %137, %140 : tensor<3x2x1x4x17xf32>
    %142 = stablehlo.exponential %141 : tensor<3x2x1x4x17xf32>
    %143 = stablehlo.constant dense<0.0> : tensor<f32>
    %144 = stablehlo.reduce(%142 init: %143) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %146 = stablehlo.divide %142, %145 : tensor<3x2x1x4x17xf32>
    %147 = "stablehlo.slice"(%146) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %148 = "stablehlo.slice"(%146) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %149 = stablehlo.dot_general %147, %48, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %150 = stablehlo.dot_general %148, %127, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %151 = stablehlo.add %149, %150 : tensor<3x2x1x4x12xf32>
    %152 = stablehlo.transpose %151, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %153 = stablehlo.reshape %152 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %154 = stablehlo.dot_general %153, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %155 = stablehlo.multiply %154, %154 : tensor<3x1x40xf32>
    %156 = stablehlo.constant dense<0.0> : tensor<f32>
    %157 = stablehlo.reduce(%155 init: %156) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %158 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<3x1xf32>
    %161 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %163 = stablehlo.add %160, %162 : tensor<3x1xf32>
    %164 = stablehlo.rsqrt %163 : tensor<3x1xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %166 = stablehlo.multiply %154, %165 : tensor<3x1x40xf32>
    %167 = stablehlo.constant dense<1.0> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %169 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %168 : tensor<40xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %171 = stablehlo.multiply %166, %170 : tensor<3x1x40xf32>
    %172 = stablehlo.add %5, %171 : tensor<3x1x40xf32>
    %173 = stablehlo.multiply %172, %172 : tensor<3x1x40xf32>
    %174 = stablehlo.constant dense<0.0> : tensor<f32>
    %175 = stablehlo.reduce(%173 init: %174) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %176 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %178 = stablehlo.multiply %175, %177 : tensor<3x1xf32>
    %179 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %181 = stablehlo.add %178, %180 : tensor<3x1xf32>
    %182 = stablehlo.rsqrt %181 : tensor<3x1xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %184 = stablehlo.multiply %172, %183 : tensor<3x1x40xf32>
    %185 = stablehlo.constant dense<1.0> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %187 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %186 : tensor<40xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %189 = stablehlo.multiply %184, %188 : tensor<3x1x40xf32>
    %190 = stablehlo.dot_general %189, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %191 = stablehlo.multiply %190, %190 : tensor<3x1x56xf32>
    %192 = stablehlo.multiply %191, %190 : tensor<3x1x56xf32>
    %193 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %195 = stablehlo.multiply %192, %194 : tensor<3x1x56xf32>
    %196 = stablehlo.add %190, %195 : tensor<3x1x56xf32>
    %197 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %199 = stablehlo.multiply %196, %198 : tensor<3x1x56xf32>
    %200 = stablehlo.constant dense<0.5> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %202 = stablehlo.multiply %190, %201 : tensor<3x1x56xf32>
    %203 = stablehlo.tanh %199 : tensor<3x1x56xf32>
    %204 = stablehlo.constant dense<1.0> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %206 = stablehlo.add %203, %205 : tensor<3x1x56xf32>
    %207 = stablehlo.multiply %202, %206 : tensor<3x1x56xf32>
    %208 = stablehlo.dot_general %189, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<3x1x56xf32>
    %210 = stablehlo.dot_general %209, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %211 = stablehlo.multiply %210, %210 : tensor<3x1x40xf32>
    %212 = stablehlo.constant dense<0.0> : tensor<f32>
    %213 = stablehlo.reduce(%211 init: %212) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %214 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %216 = stablehlo.multiply %213, %215 : tensor<3x1xf32>
    %217 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %219 = stablehlo.add %216, %218 : tensor<3x1xf32>
    %220 = stablehlo.rsqrt %219 : tensor<3x1xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %222 = stablehlo.multiply %210, %221 : tensor<3x1x40xf32>
    %223 = stablehlo.constant dense<1.0> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %225 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %224 : tensor<40xf32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %227 = stablehlo.multiply %222, %226 : tensor<3x1x40xf32>
    %228 = stablehlo.add %172, %227 : tensor<3x1x40xf32>
    %229 = stablehlo.reshape %126 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %230 = stablehlo.reshape %127 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %231 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %232 = stablehlo.reshape %231 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %233 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %234 = stablehlo.reshape %233 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %235 = stablehlo.multiply %228, %228 : tensor<3x1x40xf32>
    %236 = stablehlo.constant dense<0.0> : tensor<f32>
    %237 = stablehlo.reduce(%235 init: %236) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %238 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %240 = stablehlo.multiply %237, %239 : tensor<3x1xf32>
    %241 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %243 = stablehlo.add %240, %242 : tensor<3x1xf32>
    %244 = stablehlo.rsqrt %243 : tensor<3x1xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %246 = stablehlo.multiply %228, %245 : tensor<3x1x40xf32>
    %247 = stablehlo.constant dense<1.0> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %249 = stablehlo.add %model.layers.1.input_layernorm.weight, %248 : tensor<40xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %251 = stablehlo.multiply %246, %250 : tensor<3x1x40xf32>
    %252 = stablehlo.dot_general %251, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %253 = stablehlo.dot_general %251, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %254 = stablehlo.dot_general %251, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %255 = stablehlo.reshape %252 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %256 = stablehlo.reshape %253 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %257 = stablehlo.reshape %254 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %258 = stablehlo.multiply %255, %255 : tensor<3x1x8x12xf32>
    %259 = stablehlo.constant dense<0.0> : tensor<f32>
    %260 = stablehlo.reduce(%258 init: %259) applies stablehlo.add across dimensions = [3] : (tensor<3x1x8x12xf32>, tensor<f32>) -> tensor<3x1x8xf32>
    %261 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [] : (tensor<f32>) -> tensor<3x1x8xf32>
    %263 = stablehlo.multiply %260, %262 : tensor<3x1x8xf32>
    %264 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<3x1x8xf32>
    %266 = stablehlo.add %263, %265 : tensor<3x1x8xf32>
    %267 = stablehlo.rsqrt %266 : tensor<3x1x8xf32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [0, 1, 2] : (tensor<3x1x8xf32>) -> tensor<3x1x8x12xf32>
    %269 = stablehlo.multiply %255, %268 : tensor<3x1x8x12xf32>
    %270 = stablehlo.constant dense<1.0> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %272 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %271 : tensor<12xf32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [3] : (tensor<12xf32>) -> tensor<3x1x8x12xf32>
    %274 = stablehlo.multiply %269, %273 : tensor<3x1x8x12xf32>
    %275 = stablehlo.multiply %256, %256 : tensor<3x1x2x12xf32>
    %276 = stablehlo.constant dense<0.0> : tensor<f32>
    %277 = stablehlo.reduce(%275 init: %276) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %278 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %280 = stablehlo.multiply %277, %279 : tensor<3x1x2xf32>
    %281 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %283 = stablehlo.add %280, %282 : tensor<3x1x2xf32>
    %284 = stablehlo.rsqrt %283 : tensor<3x1x2xf32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %286 = stablehlo.multiply %256, %285 : tensor<3x1x2x12xf32>
    %287 = stablehlo.constant dense<1.0> : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %289 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %288 : tensor<12xf32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %291 = stablehlo.multiply %286, %290 : tensor<3x1x2x12xf32>
    %292 = "stablehlo.slice"(%274) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %293 = "stablehlo.slice"(%274) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %294 = stablehlo.negate %293 : tensor<3x1x8x6xf32>
    %295 = stablehlo.concatenate %294, %292, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %296 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %297 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %298 = stablehlo.multiply %274, %296 : tensor<3x1x8x12xf32>
    %299 = stablehlo.multiply %295, %297 : tensor<3x1x8x12xf32>
    %300 = stablehlo.add %298, %299 : tensor<3x1x8x12xf32>
    %301 = "stablehlo.slice"(%291) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %302 = "stablehlo.slice"(%291) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %303 = stablehlo.negate %302 : tensor<3x1x2x6xf32>
    %304 = stablehlo.concatenate %303, %301, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %305 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %306 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %307 = stablehlo.multiply %291, %305 : tensor<3x1x2x12xf32>
    %308 = stablehlo.multiply %304, %306 : tensor<3x1x2x12xf32>
    %309 = stablehlo.add %307, %308 : tensor<3x1x2x12xf32>
    %310 = stablehlo.reshape %300 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %311 = stablehlo.transpose %310, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %312 = stablehlo.transpose %309, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %313 = stablehlo.transpose %257, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %314 = stablehlo.dot_general %311, %232, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %315 = stablehlo.dot_general %311, %312, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %316 = stablehlo.concatenate %314, %315, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %317 = stablehlo.constant dense<0.0625> : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %319 = stablehlo.multiply %316, %318 : tensor<3x2x1x4x17xf32>
    %320 = stablehlo.broadcast_in_dim %33, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %321 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %321, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %323 = stablehlo.select %320, %319, %322 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %324 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %325 = stablehlo.reduce(%323 init: %324) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %327 = stablehlo.subtract %323, %326 : tensor<3x2x1x4x17xf32>
    %328 = stablehlo.exponential %327 : tensor<3x2x1x4x17xf32>
    %329 = stablehlo.constant dense<0.0> : tensor<f32>
    %330 = stablehlo.reduce(%328 init: %329) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %331 = stablehlo.broadcast_in_dim %330, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %332 = stablehlo.divide %328, %331 : tensor<3x2x1x4x17xf32>
    %333 = "stablehlo.slice"(%332) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %334 = "stablehlo.slice"(%332) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %335 = stablehlo.dot_general %333, %234, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %336 = stablehlo.dot_general %334, %313, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %337 = stablehlo.add %335, %336 : tensor<3x2x1x4x12xf32>
    %338 = stablehlo.transpose %337, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %339 = stablehlo.reshape %338 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %340 = stablehlo.dot_general %339, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %341 = stablehlo.multiply %340, %340 : tensor<3x1x40xf32>
    %342 = stablehlo.constant dense<0.0> : tensor<f32>
    %343 = stablehlo.reduce(%341 init: %342) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %344 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %346 = stablehlo.multiply %343, %345 : tensor<3x1xf32>
    %347 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %349 = stablehlo.add %346, %348 : tensor<3x1xf32>
    %350 = stablehlo.rsqrt %349 : tensor<3x1xf32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %352 = stablehlo.multiply %340, %351 : tensor<3x1x40xf32>
    %353 = stablehlo.constant dense<1.0> : tensor<f32>
    %354 = stablehlo.broadcast_in_dim %353, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %355 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %354 : tensor<40xf32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %357 = stablehlo.multiply %352, %356 : tensor<3x1x40xf32>
    %358 = stablehlo.add %228, %357 : tensor<3x1x40xf32>
    %359 = stablehlo.multiply %358, %358 : tensor<3x1x40xf32>
    %360 = stablehlo.constant dense<0.0> : tensor<f32>
    %361 = stablehlo.reduce(%359 init: %360) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %362 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %364 = stablehlo.multiply %361, %363 : tensor<3x1xf32>
    %365 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %367 = stablehlo.add %364, %366 : tensor<3x1xf32>
    %368 = stablehlo.rsqrt %367 : tensor<3x1xf32>
    %369 = stablehlo.broadcast_in_dim %368, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %370 = stablehlo.multiply %358, %369 : tensor<3x1x40xf32>
    %371 = stablehlo.constant dense<1.0> : tensor<f32>
    %372 = stablehlo.broadcast_in_dim %371, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %373 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %372 : tensor<40xf32>
    %374 = stablehlo.broadcast_in_dim %373, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %375 = stablehlo.multiply %370, %374 : tensor<3x1x40xf32>
    %376 = stablehlo.dot_general %375, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %377 = stablehlo.multiply %376, %376 : tensor<3x1x56xf32>
    %378 = stablehlo.multiply %377, %376 : tensor<3x1x56xf32>
    %379 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %379, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %381 = stablehlo.multiply %378, %380 : tensor<3x1x56xf32>
    %382 = stablehlo.add %376, %381 : tensor<3x1x56xf32>
    %383 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %384 = stablehlo.broadcast_in_dim %383, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %385 = stablehlo.multiply %382, %384 : tensor<3x1x56xf32>
    %386 = stablehlo.constant dense<0.5> : tensor<f32>
    %387 = stablehlo.broadcast_in_dim %386, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %388 = stablehlo.multiply %376, %387 : tensor<3x1x56xf32>
    %389 = stablehlo.tanh %385 : tensor<3x1x56xf32>
    %390 = stablehlo.constant dense<1.0> : tensor<f32>
    %391 = stablehlo.broadcast_in_dim %390, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %392 = stablehlo.add %389, %391 : tensor<3x1x56xf32>
    %393 = stablehlo.multiply %388, %392 : tensor<3x1x56xf32>
    %394 = stablehlo.dot_general %375, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %395 = stablehlo.multiply %393, %394 : tensor<3x1x56xf32>
    %396 = stablehlo.dot_general %395, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %397 = stablehlo.multiply %396, %396 : tensor<3x1x40xf32>
    %398 = stablehlo.constant dense<0.0> : tensor<f32>
    %399 = stablehlo.reduce(%397 init: %398) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %400 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %401 = stablehlo.broadcast_in_dim %400, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %402 = stablehlo.multiply %399, %401 : tensor<3x1xf32>
    %403 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %404 = stablehlo.broadcast_in_dim %403, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %405 = stablehlo.add %402, %404 : tensor<3x1xf32>
    %406 = stablehlo.rsqrt %405 : tensor<3x1xf32>
    %407 = stablehlo.broadcast_in_dim %406, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %408 = stablehlo.multiply %396, %407 : tensor<3x1x40xf32>
    %409 = stablehlo.constant dense<1.0> : tensor<f32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %411 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %410 : tensor<40xf32>
    %412 = stablehlo.broadcast_in_dim %411, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %413 = stablehlo.multiply %408, %412 : tensor<3x1x40xf32>
    %414 = stablehlo.add %358, %413 : tensor<3x1x40xf32>
    %415 = stablehlo.reshape %312 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %416 = stablehlo.reshape %313 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %417 = stablehlo.multiply %414, %414 : tensor<3x1x40xf32>
    %418 = stablehlo.constant dense<0.0> : tensor<f32>
    %419 = stablehlo.reduce(%417 init: %418) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %420 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %422 = stablehlo.multiply %419, %421 : tensor<3x1xf32>
    %423 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %424 = stablehlo.broadcast_in_dim %423, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %425 = stablehlo.add %422, %424 : tensor<3x1xf32>
    %426 = stablehlo.rsqrt %425 : tensor<3x1xf32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %428 = stablehlo.multiply %414, %427 : tensor<3x1x40xf32>
    %429 = stablehlo.constant dense<1.0> : tensor<f32>
    %430 = stablehlo.broadcast_in_dim %429, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %431 = stablehlo.add %model.norm.weight, %430 : tensor<40xf32>
    %432 = stablehlo.broadcast_in_dim %431, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %433 = stablehlo.multiply %428, %432 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %434 = stablehlo.concatenate %229, %415, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %435 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %436 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %437 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %438 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %439 = stablehlo.concatenate %435, %436, %437, %438, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %440 = stablehlo.reshape %434 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %441 = stablehlo.reshape %439 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %442 = "stablehlo.scatter"(%k_cache, %441, %440) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %443 = stablehlo.concatenate %230, %416, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %444 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %445 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %446 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %447 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %448 = stablehlo.concatenate %444, %445, %446, %447, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %449 = stablehlo.reshape %443 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %450 = stablehlo.reshape %448 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %451 = "stablehlo.scatter"(%v_cache, %450, %449) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %452 = stablehlo.reshape %433 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %453 = stablehlo.dot_general %452, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %454 = stablehlo.constant dense<0> : tensor<i32>
    %455 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %456 = stablehlo.compare NE, %active, %455, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %457 = stablehlo.broadcast_in_dim %456, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %458 = stablehlo.constant dense<0.0> : tensor<f32>
    %459 = stablehlo.broadcast_in_dim %458, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %460 = stablehlo.select %457, %453, %459 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %460, %442, %451 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
