// smollm3 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @smollm3_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<16x2x2x12xf32>, %v_cache: tensor<16x2x2x12xf32>) -> (tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<1x1x1xi32>) -> tensor<1x1x40xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.0764724463224411, 0.005848035681992769, 0.00044721359154209495, 3.419951826799661e-05, 2.6153209091717144e-06]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x1x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %15 = stablehlo.cosine %14 : tensor<1x1x12xf32>
    %16 = stablehlo.sine %14 : tensor<1x1x12xf32>
    %17 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %18 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %19 = stablehlo.iota dim = 1 : tensor<1x1x16xi32>
    %20 = stablehlo.add %18, %19 : tensor<1x1x16xi32>
    %21 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %22 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %23 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %24 = stablehlo.compare LE, %23, %22, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %25 = stablehlo.concatenate %21, %24, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: full_attention
    %26 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %28 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %30 = stablehlo.multiply %5, %5 : tensor<1x1x40xf32>
    %31 = stablehlo.constant dense<0.0> : tensor<f32>
    %32 = stablehlo.reduce(%30 init: %31) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %33 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %35 = stablehlo.multiply %32, %34 : tensor<1x1xf32>
    %36 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %38 = stablehlo.add %35, %37 : tensor<1x1xf32>
    %39 = stablehlo.rsqrt %38 : tensor<1x1xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %41 = stablehlo.multiply %5, %40 : tensor<1x1x40xf32>
    %42 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<1x1x40xf32>
    %44 = stablehlo.dot_general %43, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<96x40xf32>) -> tensor<1x1x96xf32>
    %45 = stablehlo.dot_general %43, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<24x40xf32>) -> tensor<1x1x24xf32>
    %46 = stablehlo.dot_general %43, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<24x40xf32>) -> tensor<1x1x24xf32>
    %47 = stablehlo.reshape %44 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %48 = stablehlo.reshape %45 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %49 = stablehlo.reshape %46 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %50 = "stablehlo.slice"(%47) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %51 = "stablehlo.slice"(%47) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %52 = stablehlo.negate %51 : tensor<1x1x8x6xf32>
    %53 = stablehlo.concatenate %52, %50, dim = 3 : (tensor<1x1x8x6xf32>, tensor<1x1x8x6xf32>) -> tensor<1x1x8x12xf32>
    %54 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %55 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %56 = stablehlo.multiply %47, %54 : tensor<1x1x8x12xf32>
    %57 = stablehlo.multiply %53, %55 : tensor<1x1x8x12xf32>
    %58 = stablehlo.add %56, %57 : tensor<1x1x8x12xf32>
    %59 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %60 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %61 = stablehlo.negate %60 : tensor<1x1x2x6xf32>
    %62 = stablehlo.concatenate %61, %59, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %63 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %64 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %65 = stablehlo.multiply %48, %63 : tensor<1x1x2x12xf32>
    %66 = stablehlo.multiply %62, %64 : tensor<1x1x2x12xf32>
    %67 = stablehlo.add %65, %66 : tensor<1x1x2x12xf32>
    %68 = stablehlo.reshape %58 : (tensor<1x1x8x12xf32>) -> tensor<1x1x2x4x12xf32>
    %69 = stablehlo.dot_general %68, %27, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x4x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x4x16xf32>
    %70 = stablehlo.dot_general %68, %67, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x4x12xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x4x1xf32>
    %71 = stablehlo.concatenate %69, %70, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %72 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %74 = stablehlo.multiply %71, %73 : tensor<1x2x1x4x17xf32>
    %75 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %76 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %78 = stablehlo.select %75, %74, %77 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %79 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %80 = stablehlo.reduce(%78 init: %79) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %82 = stablehlo.subtract %78, %81 : tensor<1x2x1x4x17xf32>
    %83 = stablehlo.exponential %82 : tensor<1x2x1x4x17xf32>
    %84 = stablehlo.constant dense<0.0> : tensor<f32>
    %85 = stablehlo.reduce(%83 init: %84) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %87 = stablehlo.divide %83, %86 : tensor<1x2x1x4x17xf32>
    %88 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %89 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %90 = stablehlo.dot_general %88, %29, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x4x12xf32>
    %91 = stablehlo.dot_general %89, %49, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x4x12xf32>
    %92 = stablehlo.add %90, %91 : tensor<1x2x1x4x12xf32>
    %93 = stablehlo.transpose %92, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x4x12xf32>) -> tensor<1x1x2x4x12xf32>
    %94 = stablehlo.reshape %93 : (tensor<1x1x2x4x12xf32>) -> tensor<1x1x96xf32>
    %95 = stablehlo.dot_general %94, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x96xf32>, tensor<40x96xf32>) -> tensor<1x1x40xf32>
    %96 = stablehlo.add %5, %95 : tensor<1x1x40xf32>
    %97 = stablehlo.multiply %96, %96 : tensor<1x1x40xf32>
    %98 = stablehlo.constant dense<0.0> : tensor<f32>
    %99 = stablehlo.reduce(%97 init: %98) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %100 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<1x1xf32>
    %103 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %105 = stablehlo.add %102, %104 : tensor<1x1xf32>
    %106 = stablehlo.rsqrt %105 : tensor<1x1xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %108 = stablehlo.multiply %96, %107 : tensor<1x1x40xf32>
    %109 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %110 = stablehlo.multiply %108, %109 : tensor<1x1x40xf32>
    %111 = stablehlo.dot_general %110, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<56x40xf32>) -> tensor<1x1x56xf32>
    %112 = stablehlo.logistic %111 : tensor<1x1x56xf32>
    %113 = stablehlo.multiply %111, %112 : tensor<1x1x56xf32>
    %114 = stablehlo.dot_general %110, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<56x40xf32>) -> tensor<1x1x56xf32>
    %115 = stablehlo.multiply %113, %114 : tensor<1x1x56xf32>
    %116 = stablehlo.dot_general %115, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<40x56xf32>) -> tensor<1x1x40xf32>
    %117 = stablehlo.add %96, %116 : tensor<1x1x40xf32>
    %118 = stablehlo.reshape %67 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    %119 = stablehlo.reshape %49 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    // layer 1: full_attention, no RoPE
    %120 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %121 = stablehlo.reshape %120 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %122 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %124 = stablehlo.multiply %117, %117 : tensor<1x1x40xf32>
    %125 = stablehlo.constant dense<0.0> : tensor<f32>
    %126 = stablehlo.reduce(%124 init: %125) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %127 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<1x1xf32>
    %130 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %132 = stablehlo.add %129, %131 : tensor<1x1xf32>
    %133 = stablehlo.rsqrt %132 : tensor<1x1xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %135 = stablehlo.multiply %117, %134 : tensor<1x1x40xf32>
    %136 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %137 = stablehlo.multiply %135, %136 : tensor<1x1x40xf32>
    %138 = stablehlo.dot_general %137, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<96x40xf32>) -> tensor<1x1x96xf32>
    %139 = stablehlo.dot_general %137, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<24x40xf32>) -> tensor<1x1x24xf32>
    %140 = stablehlo.dot_general %137, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<24x40xf32>) -> tensor<1x1x24xf32>
    %141 = stablehlo.reshape %138 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %142 = stablehlo.reshape %139 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %143 = stablehlo.reshape %140 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %144 = stablehlo.reshape %141 : (tensor<1x1x8x12xf32>) -> tensor<1x1x2x4x12xf32>
    %145 = stablehlo.dot_general %144, %121, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x4x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x4x16xf32>
    %146 = stablehlo.dot_general %144, %142, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x4x12xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x4x1xf32>
    %147 = stablehlo.concatenate %145, %146, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %148 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %150 = stablehlo.multiply %147, %149 : tensor<1x2x1x4x17xf32>
    %151 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %152 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %154 = stablehlo.select %151, %150, %153 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %155 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %156 = stablehlo.reduce(%154 init: %155) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %158 = stablehlo.subtract %154, %157 : tensor<1x2x1x4x17xf32>
    %159 = stablehlo.exponential %158 : tensor<1x2x1x4x17xf32>
    %160 = stablehlo.constant dense<0.0> : tensor<f32>
    %161 = stablehlo.reduce(%159 init: %160) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %163 = stablehlo.divide %159, %162 : tensor<1x2x1x4x17xf32>
    %164 = "stablehlo.slice"(%163) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %165 = "stablehlo.slice"(%163) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %166 = stablehlo.dot_general %164, %123, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x4x12xf32>
    %167 = stablehlo.dot_general %165, %143, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x4x12xf32>
    %168 = stablehlo.add %166, %167 : tensor<1x2x1x4x12xf32>
    %169 = stablehlo.transpose %168, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x4x12xf32>) -> tensor<1x1x2x4x12xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x1x2x4x12xf32>) -> tensor<1x1x96xf32>
    %171 = stablehlo.dot_general %170, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x96xf32>, tensor<40x96xf32>) -> tensor<1x1x40xf32>
    %172 = stablehlo.add %117, %171 : tensor<1x1x40xf32>
    %173 = stablehlo.multiply %172, %172 : tensor<1x1x40xf32>
    %174 = stablehlo.constant dense<0.0> : tensor<f32>
    %175 = stablehlo.reduce(%173 init: %174) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %176 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %178 = stablehlo.multiply %175, %177 : tensor<1x1xf32>
    %179 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %181 = stablehlo.add %178, %180 : tensor<1x1xf32>
    %182 = stablehlo.rsqrt %181 : tensor<1x1xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %184 = stablehlo.multiply %172, %183 : tensor<1x1x40xf32>
    %185 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %186 = stablehlo.multiply %184, %185 : tensor<1x1x40xf32>
    %187 = stablehlo.dot_general %186, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<56x40xf32>) -> tensor<1x1x56xf32>
    %188 = stablehlo.logistic %187 : tensor<1x1x56xf32>
    %189 = stablehlo.multiply %187, %188 : tensor<1x1x56xf32>
    %190 = stablehlo.dot_general %186, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<56x40xf32>) -> tensor<1x1x56xf32>
    %191 = stablehlo.multiply %189, %190 : tensor<1x1x56xf32>
    %192 = stablehlo.dot_general %191, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<40x56xf32>) -> tensor<1x1x40xf32>
    %193 = stablehlo.add %172, %192 : tensor<1x1x40xf32>
    %194 = stablehlo.reshape %142 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    %195 = stablehlo.reshape %143 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    %196 = stablehlo.multiply %193, %193 : tensor<1x1x40xf32>
    %197 = stablehlo.constant dense<0.0> : tensor<f32>
    %198 = stablehlo.reduce(%196 init: %197) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %199 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<1x1xf32>
    %202 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %204 = stablehlo.add %201, %203 : tensor<1x1xf32>
    %205 = stablehlo.rsqrt %204 : tensor<1x1xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %207 = stablehlo.multiply %193, %206 : tensor<1x1x40xf32>
    %208 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<1x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %210 = stablehlo.concatenate %118, %194, dim = 2 : (tensor<1x1x1x2x12xf32>, tensor<1x1x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %211 = stablehlo.constant dense<0> : tensor<i32>
    %212 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %213 = stablehlo.dynamic_update_slice %2, %210, %211, %212, %211, %211, %211 : (tensor<1x16x2x2x12xf32>, tensor<1x1x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %214 = stablehlo.concatenate %119, %195, dim = 2 : (tensor<1x1x1x2x12xf32>, tensor<1x1x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %215 = stablehlo.constant dense<0> : tensor<i32>
    %216 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %217 = stablehlo.dynamic_update_slice %3, %214, %215, %216, %215, %215, %215 : (tensor<1x16x2x2x12xf32>, tensor<1x1x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %218 = stablehlo.reshape %209 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %219 = stablehlo.dot_general %218, %lm_head.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<40xf32>, tensor<97x40xf32>) -> tensor<97xf32>
    %220 = stablehlo.reshape %213 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    %221 = stablehlo.reshape %217 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    return %219, %220, %221 : tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>
  }
}
