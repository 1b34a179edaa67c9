// mimo decode: capacity=16 bucket=1 slots=1; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @mimo_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.self_attn.q_proj.bias: tensor<96xf32>, %model.layers.0.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.0.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.self_attn.q_proj.bias: tensor<96xf32>, %model.layers.1.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.1.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<1x1x1xi32>) -> tensor<1x1x40xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.1077217310667038, 0.01160397194325924, 0.0012499999720603228, 0.00013465217489283532, 1.450496529287193e-05]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x1x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %15 = stablehlo.cosine %14 : tensor<1x1x12xf32>
    %16 = stablehlo.sine %14 : tensor<1x1x12xf32>
    %17 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %18 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %19 = stablehlo.compare LE, %18, %17, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %20 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %21 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %22 = stablehlo.compare LT, %20, %21, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %23 = stablehlo.concatenate %22, %19, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: full_attention
    %24 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %26 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %28 = stablehlo.multiply %5, %5 : tensor<1x1x40xf32>
    %29 = stablehlo.constant dense<0.0> : tensor<f32>
    %30 = stablehlo.reduce(%28 init: %29) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %31 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %33 = stablehlo.multiply %30, %32 : tensor<1x1xf32>
    %34 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %36 = stablehlo.add %33, %35 : tensor<1x1xf32>
    %37 = stablehlo.rsqrt %36 : tensor<1x1xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %39 = stablehlo.multiply %5, %38 : tensor<1x1x40xf32>
    %40 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %41 = stablehlo.multiply %39, %40 : tensor<1x1x40xf32>
    %42 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %41, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<96x40xf32>, tensor<1x1x40xf32>) -> tensor<96x1x1xf32>
    %43 = stablehlo.reshape %42 : (tensor<96x1x1xf32>) -> tensor<1x1x96xf32>
    %44 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %45 = stablehlo.add %43, %44 : tensor<1x1x96xf32>
    %46 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %41, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x40xf32>, tensor<1x1x40xf32>) -> tensor<24x1x1xf32>
    %47 = stablehlo.reshape %46 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %48 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %49 = stablehlo.add %47, %48 : tensor<1x1x24xf32>
    %50 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %41, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x40xf32>, tensor<1x1x40xf32>) -> tensor<24x1x1xf32>
    %51 = stablehlo.reshape %50 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %52 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %53 = stablehlo.add %51, %52 : tensor<1x1x24xf32>
    %54 = stablehlo.reshape %45 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %55 = stablehlo.reshape %49 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %56 = stablehlo.reshape %53 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %57 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %58 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %59 = stablehlo.negate %58 : tensor<1x1x8x6xf32>
    %60 = stablehlo.concatenate %59, %57, dim = 3 : (tensor<1x1x8x6xf32>, tensor<1x1x8x6xf32>) -> tensor<1x1x8x12xf32>
    %61 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %62 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %63 = stablehlo.multiply %54, %61 : tensor<1x1x8x12xf32>
    %64 = stablehlo.multiply %60, %62 : tensor<1x1x8x12xf32>
    %65 = stablehlo.add %63, %64 : tensor<1x1x8x12xf32>
    %66 = "stablehlo.slice"(%55) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %67 = "stablehlo.slice"(%55) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %68 = stablehlo.negate %67 : tensor<1x1x2x6xf32>
    %69 = stablehlo.concatenate %68, %66, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %70 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %71 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %72 = stablehlo.multiply %55, %70 : tensor<1x1x2x12xf32>
    %73 = stablehlo.multiply %69, %71 : tensor<1x1x2x12xf32>
    %74 = stablehlo.add %72, %73 : tensor<1x1x2x12xf32>
    %75 = stablehlo.reshape %65 : (tensor<1x1x8x12xf32>) -> tensor<1x1x2x4x12xf32>
    %76 = stablehlo.transpose %75, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %77 = stablehlo.transpose %74, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %78 = stablehlo.transpose %56, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %79 = stablehlo.dot_general %76, %77, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %80 = stablehlo.dot_general %76, %25, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %81 = stablehlo.concatenate %80, %79, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %82 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %84 = stablehlo.multiply %81, %83 : tensor<1x2x1x4x17xf32>
    %85 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %86 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %88 = stablehlo.select %85, %84, %87 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %89 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %90 = stablehlo.reduce(%88 init: %89) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %92 = stablehlo.subtract %88, %91 : tensor<1x2x1x4x17xf32>
    %93 = stablehlo.exponential %92 : tensor<1x2x1x4x17xf32>
    %94 = stablehlo.constant dense<0.0> : tensor<f32>
    %95 = stablehlo.reduce(%93 init: %94) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %97 = stablehlo.divide %93, %96 : tensor<1x2x1x4x17xf32>
    %98 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %99 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %100 = stablehlo.dot_general %98, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %101 = stablehlo.dot_general %99, %78, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %102 = stablehlo.add %100, %101 : tensor<1x2x1x4x12xf32>
    %103 = stablehlo.transpose %102, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x4x12xf32>) -> tensor<1x1x2x4x12xf32>
    %104 = stablehlo.reshape %103 : (tensor<1x1x2x4x12xf32>) -> tensor<1x1x96xf32>
    %105 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %104, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x96xf32>, tensor<1x1x96xf32>) -> tensor<40x1x1xf32>
    %106 = stablehlo.reshape %105 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %107 = stablehlo.add %5, %106 : tensor<1x1x40xf32>
    %108 = stablehlo.multiply %107, %107 : tensor<1x1x40xf32>
    %109 = stablehlo.constant dense<0.0> : tensor<f32>
    %110 = stablehlo.reduce(%108 init: %109) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %111 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<1x1xf32>
    %114 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %116 = stablehlo.add %113, %115 : tensor<1x1xf32>
    %117 = stablehlo.rsqrt %116 : tensor<1x1xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %119 = stablehlo.multiply %107, %118 : tensor<1x1x40xf32>
    %120 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %121 = stablehlo.multiply %119, %120 : tensor<1x1x40xf32>
    %122 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %121, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %123 = stablehlo.reshape %122 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %124 = stablehlo.logistic %123 : tensor<1x1x56xf32>
    %125 = stablehlo.multiply %123, %124 : tensor<1x1x56xf32>
    %126 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %121, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %127 = stablehlo.reshape %126 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %128 = stablehlo.multiply %125, %127 : tensor<1x1x56xf32>
    %129 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %128, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x56xf32>, tensor<1x1x56xf32>) -> tensor<40x1x1xf32>
    %130 = stablehlo.reshape %129 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %131 = stablehlo.add %107, %130 : tensor<1x1x40xf32>
    %132 = stablehlo.reshape %77 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %133 = stablehlo.reshape %78 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %134 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %135 = stablehlo.reshape %134 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %136 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %137 = stablehlo.reshape %136 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %138 = stablehlo.multiply %131, %131 : tensor<1x1x40xf32>
    %139 = stablehlo.constant dense<0.0> : tensor<f32>
    %140 = stablehlo.reduce(%138 init: %139) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %141 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %143 = stablehlo.multiply %140, %142 : tensor<1x1xf32>
    %144 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %146 = stablehlo.add %143, %145 : tensor<1x1xf32>
    %147 = stablehlo.rsqrt %146 : tensor<1x1xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %149 = stablehlo.multiply %131, %148 : tensor<1x1x40xf32>
    %150 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %151 = stablehlo.multiply %149, %150 : tensor<1x1x40xf32>
    %152 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %151, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<96x40xf32>, tensor<1x1x40xf32>) -> tensor<96x1x1xf32>
    %153 = stablehlo.reshape %152 : (tensor<96x1x1xf32>) -> tensor<1x1x96xf32>
    %154 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<96xf32>) -> tensor<1x1x96xf32>
    %155 = stablehlo.add %153, %154 : tensor<1x1x96xf32>
    %156 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %151, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x40xf32>, tensor<1x1x40xf32>) -> tensor<24x1x1xf32>
    %157 = stablehlo.reshape %156 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %158 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %159 = stablehlo.add %157, %158 : tensor<1x1x24xf32>
    %160 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %151, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x40xf32>, tensor<1x1x40xf32>) -> tensor<24x1x1xf32>
    %161 = stablehlo.reshape %160 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %162 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %163 = stablehlo.add %161, %162 : tensor<1x1x24xf32>
    %164 = stablehlo.reshape %155 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %165 = stablehlo.reshape %159 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %166 = stablehlo.reshape %163 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %167 = "stablehlo.slice"(%164) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %168 = "stablehlo.slice"(%164) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %169 = stablehlo.negate %168 : tensor<1x1x8x6xf32>
    %170 = stablehlo.concatenate %169, %167, dim = 3 : (tensor<1x1x8x6xf32>, tensor<1x1x8x6xf32>) -> tensor<1x1x8x12xf32>
    %171 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %172 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %173 = stablehlo.multiply %164, %171 : tensor<1x1x8x12xf32>
    %174 = stablehlo.multiply %170, %172 : tensor<1x1x8x12xf32>
    %175 = stablehlo.add %173, %174 : tensor<1x1x8x12xf32>
    %176 = "stablehlo.slice"(%165) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %177 = "stablehlo.slice"(%165) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %178 = stablehlo.negate %177 : tensor<1x1x2x6xf32>
    %179 = stablehlo.concatenate %178, %176, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %180 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %181 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %182 = stablehlo.multiply %165, %180 : tensor<1x1x2x12xf32>
    %183 = stablehlo.multiply %179, %181 : tensor<1x1x2x12xf32>
    %184 = stablehlo.add %182, %183 : tensor<1x1x2x12xf32>
    %185 = stablehlo.reshape %175 : (tensor<1x1x8x12xf32>) -> tensor<1x1x2x4x12xf32>
    %186 = stablehlo.transpose %185, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %187 = stablehlo.transpose %184, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %188 = stablehlo.transpose %166, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %189 = stablehlo.dot_general %186, %187, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %190 = stablehlo.dot_general %186, %135, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %191 = stablehlo.concatenate %190, %189, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %192 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %194 = stablehlo.multiply %191, %193 : tensor<1x2x1x4x17xf32>
    %195 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %196 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %198 = stablehlo.select %195, %194, %197 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %199 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %200 = stablehlo.reduce(%198 init: %199) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %202 = stablehlo.subtract %198, %201 : tensor<1x2x1x4x17xf32>
    %203 = stablehlo.exponential %202 : tensor<1x2x1x4x17xf32>
    %204 = stablehlo.constant dense<0.0> : tensor<f32>
    %205 = stablehlo.reduce(%203 init: %204) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %207 = stablehlo.divide %203, %206 : tensor<1x2x1x4x17xf32>
    %208 = "stablehlo.slice"(%207) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %209 = "stablehlo.slice"(%207) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %210 = stablehlo.dot_general %208, %137, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %211 = stablehlo.dot_general %209, %188, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %212 = stablehlo.add %210, %211 : tensor<1x2x1x4x12xf32>
    %213 = stablehlo.transpose %212, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x4x12xf32>) -> tensor<1x1x2x4x12xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x1x2x4x12xf32>) -> tensor<1x1x96xf32>
    %215 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %214, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x96xf32>, tensor<1x1x96xf32>) -> tensor<40x1x1xf32>
    %216 = stablehlo.reshape %215 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %217 = stablehlo.add %131, %216 : tensor<1x1x40xf32>
    %218 = stablehlo.multiply %217, %217 : tensor<1x1x40xf32>
    %219 = stablehlo.constant dense<0.0> : tensor<f32>
    %220 = stablehlo.reduce(%218 init: %219) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %221 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %223 = stablehlo.multiply %220, %222 : tensor<1x1xf32>
    %224 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %226 = stablehlo.add %223, %225 : tensor<1x1xf32>
    %227 = stablehlo.rsqrt %226 : tensor<1x1xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %229 = stablehlo.multiply %217, %228 : tensor<1x1x40xf32>
    %230 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %231 = stablehlo.multiply %229, %230 : tensor<1x1x40xf32>
    %232 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %231, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %233 = stablehlo.reshape %232 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %234 = stablehlo.logistic %233 : tensor<1x1x56xf32>
    %235 = stablehlo.multiply %233, %234 : tensor<1x1x56xf32>
    %236 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %231, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %237 = stablehlo.reshape %236 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %238 = stablehlo.multiply %235, %237 : tensor<1x1x56xf32>
    %239 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %238, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x56xf32>, tensor<1x1x56xf32>) -> tensor<40x1x1xf32>
    %240 = stablehlo.reshape %239 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %241 = stablehlo.add %217, %240 : tensor<1x1x40xf32>
    %242 = stablehlo.reshape %187 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %243 = stablehlo.reshape %188 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %244 = stablehlo.multiply %241, %241 : tensor<1x1x40xf32>
    %245 = stablehlo.constant dense<0.0> : tensor<f32>
    %246 = stablehlo.reduce(%244 init: %245) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %247 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %249 = stablehlo.multiply %246, %248 : tensor<1x1xf32>
    %250 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %252 = stablehlo.add %249, %251 : tensor<1x1xf32>
    %253 = stablehlo.rsqrt %252 : tensor<1x1xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %255 = stablehlo.multiply %241, %254 : tensor<1x1x40xf32>
    %256 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %257 = stablehlo.multiply %255, %256 : tensor<1x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %258 = stablehlo.concatenate %132, %242, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %259 = stablehlo.constant dense<0> : tensor<i32>
    %260 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %261 = stablehlo.dynamic_update_slice %2, %258, %259, %259, %259, %260, %259 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %262 = stablehlo.concatenate %133, %243, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %263 = stablehlo.constant dense<0> : tensor<i32>
    %264 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %265 = stablehlo.dynamic_update_slice %3, %262, %263, %263, %263, %264, %263 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %266 = stablehlo.reshape %257 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %267 = stablehlo.dot_general %lm_head.weight, %266, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x40xf32>, tensor<40xf32>) -> tensor<97xf32>
    %268 = stablehlo.reshape %261 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %269 = stablehlo.reshape %265 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %267, %268, %269 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
