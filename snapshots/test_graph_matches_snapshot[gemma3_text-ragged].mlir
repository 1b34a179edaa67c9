// gemma3_text ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @gemma3_text_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<40xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<40xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x16x2x2x12xf32>, %v_cache: tensor<3x16x2x2x12xf32>) -> (tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>) {
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
    %45 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %46 = stablehlo.reshape %45 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %47 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %48 = stablehlo.reshape %47 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
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
    %125 = stablehlo.dot_general %124, %46, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x16xf32>
    %126 = stablehlo.dot_general %124, %123, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x1xf32>
    %127 = stablehlo.concatenate %125, %126, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %128 = stablehlo.constant dense<0.0625> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<3x2x1x4x17xf32>
    %131 = stablehlo.broadcast_in_dim %44, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %132 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %134 = stablehlo.select %131, %130, %133 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %135 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %136 = stablehlo.reduce(%134 init: %135) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %138 = stablehlo.subtract %134, %137 : tensor<3x2x1x4x17xf32>
    %139 = stablehlo.exponential %138 : tensor<3x2x1x4x17xf32>
    %140 = stablehlo.constant dense<0.0> : tensor<f32>
    %141 = stablehlo.reduce(%139 init: %140) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %143 = stablehlo.divide %139, %142 : tensor<3x2x1x4x17xf32>
    %144 = "stablehlo.slice"(%143) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %145 = "stablehlo.slice"(%143) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %146 = stablehlo.dot_general %144, %48, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %147 = stablehlo.dot_general %145, %71, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %148 = stablehlo.add %146, %147 : tensor<3x2x1x4x12xf32>
    %149 = stablehlo.transpose %148, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %150 = stablehlo.reshape %149 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %151 = stablehlo.dot_general %150, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %152 = stablehlo.multiply %151, %151 : tensor<3x1x40xf32>
    %153 = stablehlo.constant dense<0.0> : tensor<f32>
    %154 = stablehlo.reduce(%152 init: %153) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %155 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<3x1xf32>
    %158 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %160 = stablehlo.add %157, %159 : tensor<3x1xf32>
    %161 = stablehlo.rsqrt %160 : tensor<3x1xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %163 = stablehlo.multiply %151, %162 : tensor<3x1x40xf32>
    %164 = stablehlo.constant dense<1.0> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %166 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %165 : tensor<40xf32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %168 = stablehlo.multiply %163, %167 : tensor<3x1x40xf32>
    %169 = stablehlo.add %5, %168 : tensor<3x1x40xf32>
    %170 = stablehlo.multiply %169, %169 : tensor<3x1x40xf32>
    %171 = stablehlo.constant dense<0.0> : tensor<f32>
    %172 = stablehlo.reduce(%170 init: %171) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %173 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %175 = stablehlo.multiply %172, %174 : tensor<3x1xf32>
    %176 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %178 = stablehlo.add %175, %177 : tensor<3x1xf32>
    %179 = stablehlo.rsqrt %178 : tensor<3x1xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %181 = stablehlo.multiply %169, %180 : tensor<3x1x40xf32>
    %182 = stablehlo.constant dense<1.0> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %184 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %183 : tensor<40xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %186 = stablehlo.multiply %181, %185 : tensor<3x1x40xf32>
    %187 = stablehlo.dot_general %186, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %188 = stablehlo.multiply %187, %187 : tensor<3x1x56xf32>
    %189 = stablehlo.multiply %188, %187 : tensor<3x1x56xf32>
    %190 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<3x1x56xf32>
    %193 = stablehlo.add %187, %192 : tensor<3x1x56xf32>
    %194 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %196 = stablehlo.multiply %193, %195 : tensor<3x1x56xf32>
    %197 = stablehlo.constant dense<0.5> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %199 = stablehlo.multiply %187, %198 : tensor<3x1x56xf32>
    %200 = stablehlo.tanh %196 : tensor<3x1x56xf32>
    %201 = stablehlo.constant dense<1.0> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %203 = stablehlo.add %200, %202 : tensor<3x1x56xf32>
    %204 = stablehlo.multiply %199, %203 : tensor<3x1x56xf32>
    %205 = stablehlo.dot_general %186, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<3x1x56xf32>
    %207 = stablehlo.dot_general %206, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %208 = stablehlo.multiply %207, %207 : tensor<3x1x40xf32>
    %209 = stablehlo.constant dense<0.0> : tensor<f32>
    %210 = stablehlo.reduce(%208 init: %209) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %211 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %213 = stablehlo.multiply %210, %212 : tensor<3x1xf32>
    %214 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %216 = stablehlo.add %213, %215 : tensor<3x1xf32>
    %217 = stablehlo.rsqrt %216 : tensor<3x1xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %219 = stablehlo.multiply %207, %218 : tensor<3x1x40xf32>
    %220 = stablehlo.constant dense<1.0> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %222 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %221 : tensor<40xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %224 = stablehlo.multiply %219, %223 : tensor<3x1x40xf32>
    %225 = stablehlo.add %169, %224 : tensor<3x1x40xf32>
    %226 = stablehlo.reshape %123 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %227 = stablehlo.reshape %71 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    // layer 1: full_attention
    %228 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %229 = stablehlo.reshape %228 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %230 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %231 = stablehlo.reshape %230 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %232 = stablehlo.multiply %225, %225 : tensor<3x1x40xf32>
    %233 = stablehlo.constant dense<0.0> : tensor<f32>
    %234 = stablehlo.reduce(%232 init: %233) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %235 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %237 = stablehlo.multiply %234, %236 : tensor<3x1xf32>
    %238 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %240 = stablehlo.add %237, %239 : tensor<3x1xf32>
    %241 = stablehlo.rsqrt %240 : tensor<3x1xf32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %243 = stablehlo.multiply %225, %242 : tensor<3x1x40xf32>
    %244 = stablehlo.constant dense<1.0> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %246 = stablehlo.add %model.layers.1.input_layernorm.weight, %245 : tensor<40xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %248 = stablehlo.multiply %243, %247 : tensor<3x1x40xf32>
    %249 = stablehlo.dot_general %248, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %250 = stablehlo.dot_general %248, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %251 = stablehlo.dot_general %248, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %252 = stablehlo.reshape %249 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %253 = stablehlo.reshape %250 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %254 = stablehlo.reshape %251 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %255 = stablehlo.multiply %252, %252 : tensor<3x1x8x12xf32>
    %256 = stablehlo.constant dense<0.0> : tensor<f32>
    %257 = stablehlo.reduce(%255 init: %256) applies stablehlo.add across dimensions = [3] : (tensor<3x1x8x12xf32>, tensor<f32>) -> tensor<3x1x8xf32>
    %258 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [] : (tensor<f32>) -> tensor<3x1x8xf32>
    %260 = stablehlo.multiply %257, %259 : tensor<3x1x8xf32>
    %261 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [] : (tensor<f32>) -> tensor<3x1x8xf32>
    %263 = stablehlo.add %260, %262 : tensor<3x1x8xf32>
    %264 = stablehlo.rsqrt %263 : tensor<3x1x8xf32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2] : (tensor<3x1x8xf32>) -> tensor<3x1x8x12xf32>
    %266 = stablehlo.multiply %252, %265 : tensor<3x1x8x12xf32>
    %267 = stablehlo.constant dense<1.0> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %269 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %268 : tensor<12xf32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [3] : (tensor<12xf32>) -> tensor<3x1x8x12xf32>
    %271 = stablehlo.multiply %266, %270 : tensor<3x1x8x12xf32>
    %272 = stablehlo.multiply %253, %253 : tensor<3x1x2x12xf32>
    %273 = stablehlo.constant dense<0.0> : tensor<f32>
    %274 = stablehlo.reduce(%272 init: %273) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %275 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %277 = stablehlo.multiply %274, %276 : tensor<3x1x2xf32>
    %278 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %280 = stablehlo.add %277, %279 : tensor<3x1x2xf32>
    %281 = stablehlo.rsqrt %280 : tensor<3x1x2xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %283 = stablehlo.multiply %253, %282 : tensor<3x1x2x12xf32>
    %284 = stablehlo.constant dense<1.0> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %286 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %285 : tensor<12xf32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %288 = stablehlo.multiply %283, %287 : tensor<3x1x2x12xf32>
    %289 = "stablehlo.slice"(%271) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %290 = "stablehlo.slice"(%271) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %291 = stablehlo.negate %290 : tensor<3x1x8x6xf32>
    %292 = stablehlo.concatenate %291, %289, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %293 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %294 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %295 = stablehlo.multiply %271, %293 : tensor<3x1x8x12xf32>
    %296 = stablehlo.multiply %292, %294 : tensor<3x1x8x12xf32>
    %297 = stablehlo.add %295, %296 : tensor<3x1x8x12xf32>
    %298 = "stablehlo.slice"(%288) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %299 = "stablehlo.slice"(%288) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %300 = stablehlo.negate %299 : tensor<3x1x2x6xf32>
    %301 = stablehlo.concatenate %300, %298, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %302 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %303 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %304 = stablehlo.multiply %288, %302 : tensor<3x1x2x12xf32>
    %305 = stablehlo.multiply %301, %303 : tensor<3x1x2x12xf32>
    %306 = stablehlo.add %304, %305 : tensor<3x1x2x12xf32>
    %307 = stablehlo.reshape %297 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %308 = stablehlo.dot_general %307, %229, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x16xf32>
    %309 = stablehlo.dot_general %307, %306, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x1xf32>
    %310 = stablehlo.concatenate %308, %309, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %311 = stablehlo.constant dense<0.0625> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %313 = stablehlo.multiply %310, %312 : tensor<3x2x1x4x17xf32>
    %314 = stablehlo.broadcast_in_dim %33, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %315 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %317 = stablehlo.select %314, %313, %316 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %318 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %319 = stablehlo.reduce(%317 init: %318) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %320 = stablehlo.broadcast_in_dim %319, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %321 = stablehlo.subtract %317, %320 : tensor<3x2x1x4x17xf32>
    %322 = stablehlo.exponential %321 : tensor<3x2x1x4x17xf32>
    %323 = stablehlo.constant dense<0.0> : tensor<f32>
    %324 = stablehlo.reduce(%322 init: %323) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %326 = stablehlo.divide %322, %325 : tensor<3x2x1x4x17xf32>
    %327 = "stablehlo.slice"(%326) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %328 = "stablehlo.slice"(%326) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %329 = stablehlo.dot_general %327, %231, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %330 = stablehlo.dot_general %328, %254, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %331 = stablehlo.add %329, %330 : tensor<3x2x1x4x12xf32>
    %332 = stablehlo.transpose %331, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %333 = stablehlo.reshape %332 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %334 = stablehlo.dot_general %333, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %335 = stablehlo.multiply %334, %334 : tensor<3x1x40xf32>
    %336 = stablehlo.constant dense<0.0> : tensor<f32>
    %337 = stablehlo.reduce(%335 init: %336) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %338 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %340 = stablehlo.multiply %337, %339 : tensor<3x1xf32>
    %341 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %343 = stablehlo.add %340, %342 : tensor<3x1xf32>
    %344 = stablehlo.rsqrt %343 : tensor<3x1xf32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %346 = stablehlo.multiply %334, %345 : tensor<3x1x40xf32>
    %347 = stablehlo.constant dense<1.0> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %349 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %348 : tensor<40xf32>
    %350 = stablehlo.broadcast_in_dim %349, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %351 = stablehlo.multiply %346, %350 : tensor<3x1x40xf32>
    %352 = stablehlo.add %225, %351 : tensor<3x1x40xf32>
    %353 = stablehlo.multiply %352, %352 : tensor<3x1x40xf32>
    %354 = stablehlo.constant dense<0.0> : tensor<f32>
    %355 = stablehlo.reduce(%353 init: %354) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %356 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %357 = stablehlo.broadcast_in_dim %356, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %358 = stablehlo.multiply %355, %357 : tensor<3x1xf32>
    %359 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %361 = stablehlo.add %358, %360 : tensor<3x1xf32>
    %362 = stablehlo.rsqrt %361 : tensor<3x1xf32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %364 = stablehlo.multiply %352, %363 : tensor<3x1x40xf32>
    %365 = stablehlo.constant dense<1.0> : tensor<f32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %367 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %366 : tensor<40xf32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %369 = stablehlo.multiply %364, %368 : tensor<3x1x40xf32>
    %370 = stablehlo.dot_general %369, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %371 = stablehlo.multiply %370, %370 : tensor<3x1x56xf32>
    %372 = stablehlo.multiply %371, %370 : tensor<3x1x56xf32>
    %373 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %374 = stablehlo.broadcast_in_dim %373, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %375 = stablehlo.multiply %372, %374 : tensor<3x1x56xf32>
    %376 = stablehlo.add %370, %375 : tensor<3x1x56xf32>
    %377 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %378 = stablehlo.broadcast_in_dim %377, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %379 = stablehlo.multiply %376, %378 : tensor<3x1x56xf32>
    %380 = stablehlo.constant dense<0.5> : tensor<f32>
    %381 = stablehlo.broadcast_in_dim %380, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %382 = stablehlo.multiply %370, %381 : tensor<3x1x56xf32>
    %383 = stablehlo.tanh %379 : tensor<3x1x56xf32>
    %384 = stablehlo.constant dense<1.0> : tensor<f32>
    %385 = stablehlo.broadcast_in_dim %384, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %386 = stablehlo.add %383, %385 : tensor<3x1x56xf32>
    %387 = stablehlo.multiply %382, %386 : tensor<3x1x56xf32>
    %388 = stablehlo.dot_general %369, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<3x1x56xf32>
    %390 = stablehlo.dot_general %389, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %391 = stablehlo.multiply %390, %390 : tensor<3x1x40xf32>
    %392 = stablehlo.constant dense<0.0> : tensor<f32>
    %393 = stablehlo.reduce(%391 init: %392) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %394 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %395 = stablehlo.broadcast_in_dim %394, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %396 = stablehlo.multiply %393, %395 : tensor<3x1xf32>
    %397 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %398 = stablehlo.broadcast_in_dim %397, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %399 = stablehlo.add %396, %398 : tensor<3x1xf32>
    %400 = stablehlo.rsqrt %399 : tensor<3x1xf32>
    %401 = stablehlo.broadcast_in_dim %400, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %402 = stablehlo.multiply %390, %401 : tensor<3x1x40xf32>
    %403 = stablehlo.constant dense<1.0> : tensor<f32>
    %404 = stablehlo.broadcast_in_dim %403, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %405 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %404 : tensor<40xf32>
    %406 = stablehlo.broadcast_in_dim %405, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %407 = stablehlo.multiply %402, %406 : tensor<3x1x40xf32>
    %408 = stablehlo.add %352, %407 : tensor<3x1x40xf32>
    %409 = stablehlo.reshape %306 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %410 = stablehlo.reshape %254 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %411 = stablehlo.multiply %408, %408 : tensor<3x1x40xf32>
    %412 = stablehlo.constant dense<0.0> : tensor<f32>
    %413 = stablehlo.reduce(%411 init: %412) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %414 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %415 = stablehlo.broadcast_in_dim %414, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %416 = stablehlo.multiply %413, %415 : tensor<3x1xf32>
    %417 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %418 = stablehlo.broadcast_in_dim %417, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %419 = stablehlo.add %416, %418 : tensor<3x1xf32>
    %420 = stablehlo.rsqrt %419 : tensor<3x1xf32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %422 = stablehlo.multiply %408, %421 : tensor<3x1x40xf32>
    %423 = stablehlo.constant dense<1.0> : tensor<f32>
    %424 = stablehlo.broadcast_in_dim %423, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %425 = stablehlo.add %model.norm.weight, %424 : tensor<40xf32>
    %426 = stablehlo.broadcast_in_dim %425, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %427 = stablehlo.multiply %422, %426 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %428 = stablehlo.concatenate %226, %409, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %429 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %430 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %431 = stablehlo.concatenate %429, %430, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %432 = stablehlo.reshape %428 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %433 = "stablehlo.scatter"(%k_cache, %431, %432) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %434 = stablehlo.concatenate %227, %410, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %435 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %436 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %437 = stablehlo.concatenate %435, %436, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %438 = stablehlo.reshape %434 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %439 = "stablehlo.scatter"(%v_cache, %437, %438) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %440 = stablehlo.reshape %427 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %441 = stablehlo.dot_general %440, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %442 = stablehlo.constant dense<0> : tensor<i32>
    %443 = stablehlo.broadcast_in_dim %442, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %444 = stablehlo.compare NE, %active, %443, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %445 = stablehlo.broadcast_in_dim %444, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %446 = stablehlo.constant dense<0.0> : tensor<f32>
    %447 = stablehlo.broadcast_in_dim %446, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %448 = stablehlo.select %445, %441, %447 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %448, %433, %439 : tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>
  }
}
