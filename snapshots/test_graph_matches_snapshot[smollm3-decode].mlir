// smollm3 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @smollm3_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
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
    %26 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %28 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
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
    %69 = stablehlo.transpose %68, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %70 = stablehlo.transpose %67, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %71 = stablehlo.transpose %49, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %72 = stablehlo.dot_general %69, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %73 = stablehlo.dot_general %69, %70, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %74 = stablehlo.concatenate %72, %73, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %75 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %77 = stablehlo.multiply %74, %76 : tensor<1x2x1x4x17xf32>
    %78 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %79 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %81 = stablehlo.select %78, %77, %80 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %82 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %83 = stablehlo.reduce(%81 init: %82) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %85 = stablehlo.subtract %81, %84 : tensor<1x2x1x4x17xf32>
    %86 = stablehlo.exponential %85 : tensor<1x2x1x4x17xf32>
    %87 = stablehlo.constant dense<0.0> : tensor<f32>
    %88 = stablehlo.reduce(%86 init: %87) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %90 = stablehlo.divide %86, %89 : tensor<1x2x1x4x17xf32>
    %91 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %92 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %93 = stablehlo.dot_general %91, %29, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %94 = stablehlo.dot_general %92, %71, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %95 = stablehlo.add %93, %94 : tensor<1x2x1x4x12xf32>
    %96 = stablehlo.transpose %95, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x4x12xf32>) -> tensor<1x1x2x4x12xf32>
    %97 = stablehlo.reshape %96 : (tensor<1x1x2x4x12xf32>) -> tensor<1x1x96xf32>
    %98 = stablehlo.dot_general %97, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x96xf32>, tensor<40x96xf32>) -> tensor<1x1x40xf32>
    %99 = stablehlo.add %5, %98 : tensor<1x1x40xf32>
    %100 = stablehlo.multiply %99, %99 : tensor<1x1x40xf32>
    %101 = stablehlo.constant dense<0.0> : tensor<f32>
    %102 = stablehlo.reduce(%100 init: %101) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %103 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<1x1xf32>
    %106 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %108 = stablehlo.add %105, %107 : tensor<1x1xf32>
    %109 = stablehlo.rsqrt %108 : tensor<1x1xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %111 = stablehlo.multiply %99, %110 : tensor<1x1x40xf32>
    %112 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %113 = stablehlo.multiply %111, %112 : tensor<1x1x40xf32>
    %114 = stablehlo.dot_general %113, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<56x40xf32>) -> tensor<1x1x56xf32>
    %115 = stablehlo.logistic %114 : tensor<1x1x56xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<1x1x56xf32>
    %117 = stablehlo.dot_general %113, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<56x40xf32>) -> tensor<1x1x56xf32>
    %118 = stablehlo.multiply %116, %117 : tensor<1x1x56xf32>
    %119 = stablehlo.dot_general %118, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<40x56xf32>) -> tensor<1x1x40xf32>
    %120 = stablehlo.add %99, %119 : tensor<1x1x40xf32>
    %121 = stablehlo.reshape %70 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %122 = stablehlo.reshape %71 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention, no RoPE
    %123 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %124 = stablehlo.reshape %123 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %125 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %126 = stablehlo.reshape %125 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %127 = stablehlo.multiply %120, %120 : tensor<1x1x40xf32>
    %128 = stablehlo.constant dense<0.0> : tensor<f32>
    %129 = stablehlo.reduce(%127 init: %128) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %130 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<1x1xf32>
    %133 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %135 = stablehlo.add %132, %134 : tensor<1x1xf32>
    %136 = stablehlo.rsqrt %135 : tensor<1x1xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %138 = stablehlo.multiply %120, %137 : tensor<1x1x40xf32>
    %139 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %140 = stablehlo.multiply %138, %139 : tensor<1x1x40xf32>
    %141 = stablehlo.dot_general %140, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<96x40xf32>) -> tensor<1x1x96xf32>
    %142 = stablehlo.dot_general %140, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<24x40xf32>) -> tensor<1x1x24xf32>
    %143 = stablehlo.dot_general %140, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<24x40xf32>) -> tensor<1x1x24xf32>
    %144 = stablehlo.reshape %141 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %145 = stablehlo.reshape %142 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %146 = stablehlo.reshape %143 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %147 = stablehlo.reshape %144 : (tensor<1x1x8x12xf32>) -> tensor<1x1x2x4x12xf32>
    %148 = stablehlo.transpose %147, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %149 = stablehlo.transpose %145, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %150 = stablehlo.transpose %146, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %151 = stablehlo.dot_general %148, %124, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %152 = stablehlo.dot_general %148, %149, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %153 = stablehlo.concatenate %151, %152, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %154 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %156 = stablehlo.multiply %153, %155 : tensor<1x2x1x4x17xf32>
    %157 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %158 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %160 = stablehlo.select %157, %156, %159 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %161 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %162 = stablehlo.reduce(%160 init: %161) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %164 = stablehlo.subtract %160, %163 : tensor<1x2x1x4x17xf32>
    %165 = stablehlo.exponential %164 : tensor<1x2x1x4x17xf32>
    %166 = stablehlo.constant dense<0.0> : tensor<f32>
    %167 = stablehlo.reduce(%165 init: %166) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %169 = stablehlo.divide %165, %168 : tensor<1x2x1x4x17xf32>
    %170 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %171 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %172 = stablehlo.dot_general %170, %126, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %173 = stablehlo.dot_general %171, %150, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %174 = stablehlo.add %172, %173 : tensor<1x2x1x4x12xf32>
    %175 = stablehlo.transpose %174, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x4x12xf32>) -> tensor<1x1x2x4x12xf32>
    %176 = stablehlo.reshape %175 : (tensor<1x1x2x4x12xf32>) -> tensor<1x1x96xf32>
    %177 = stablehlo.dot_general %176, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x96xf32>, tensor<40x96xf32>) -> tensor<1x1x40xf32>
    %178 = stablehlo.add %120, %177 : tensor<1x1x40xf32>
    %179 = stablehlo.multiply %178, %178 : tensor<1x1x40xf32>
    %180 = stablehlo.constant dense<0.0> : tensor<f32>
    %181 = stablehlo.reduce(%179 init: %180) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %182 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<1x1xf32>
    %185 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %187 = stablehlo.add %184, %186 : tensor<1x1xf32>
    %188 = stablehlo.rsqrt %187 : tensor<1x1xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %190 = stablehlo.multiply %178, %189 : tensor<1x1x40xf32>
    %191 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %192 = stablehlo.multiply %190, %191 : tensor<1x1x40xf32>
    %193 = stablehlo.dot_general %192, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<56x40xf32>) -> tensor<1x1x56xf32>
    %194 = stablehlo.logistic %193 : tensor<1x1x56xf32>
    %195 = stablehlo.multiply %193, %194 : tensor<1x1x56xf32>
    %196 = stablehlo.dot_general %192, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x40xf32>, tensor<56x40xf32>) -> tensor<1x1x56xf32>
    %197 = stablehlo.multiply %195, %196 : tensor<1x1x56xf32>
    %198 = stablehlo.dot_general %197, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<40x56xf32>) -> tensor<1x1x40xf32>
    %199 = stablehlo.add %178, %198 : tensor<1x1x40xf32>
    %200 = stablehlo.reshape %149 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %201 = stablehlo.reshape %150 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %202 = stablehlo.multiply %199, %199 : tensor<1x1x40xf32>
    %203 = stablehlo.constant dense<0.0> : tensor<f32>
    %204 = stablehlo.reduce(%202 init: %203) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %205 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %207 = stablehlo.multiply %204, %206 : tensor<1x1xf32>
    %208 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %210 = stablehlo.add %207, %209 : tensor<1x1xf32>
    %211 = stablehlo.rsqrt %210 : tensor<1x1xf32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %213 = stablehlo.multiply %199, %212 : tensor<1x1x40xf32>
    %214 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %215 = stablehlo.multiply %213, %214 : tensor<1x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %216 = stablehlo.concatenate %121, %200, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %217 = stablehlo.constant dense<0> : tensor<i32>
    %218 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %219 = stablehlo.dynamic_update_slice %2, %216, %217, %217, %217, %218, %217 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %220 = stablehlo.concatenate %122, %201, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %221 = stablehlo.constant dense<0> : tensor<i32>
    %222 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %223 = stablehlo.dynamic_update_slice %3, %220, %221, %221, %221, %222, %221 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %224 = stablehlo.reshape %215 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %225 = stablehlo.dot_general %224, %lm_head.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<40xf32>, tensor<97x40xf32>) -> tensor<97xf32>
    %226 = stablehlo.reshape %219 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %227 = stablehlo.reshape %223 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %225, %226, %227 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
