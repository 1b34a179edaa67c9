// llama decode: capacity=16 bucket=1 slots=1; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @llama_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<1x1x1xi32>) -> tensor<1x1x40xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.11224620789289474, 0.012599210254848003, 0.00042955679236911237, 4.960628302796977e-06, 5.56811698970705e-07]> : tensor<6xf32>
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
    %44 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %41, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x40xf32>, tensor<1x1x40xf32>) -> tensor<24x1x1xf32>
    %45 = stablehlo.reshape %44 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %46 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %41, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x40xf32>, tensor<1x1x40xf32>) -> tensor<24x1x1xf32>
    %47 = stablehlo.reshape %46 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %48 = stablehlo.reshape %43 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %49 = stablehlo.reshape %45 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %50 = stablehlo.reshape %47 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %51 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %52 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %53 = stablehlo.negate %52 : tensor<1x1x8x6xf32>
    %54 = stablehlo.concatenate %53, %51, dim = 3 : (tensor<1x1x8x6xf32>, tensor<1x1x8x6xf32>) -> tensor<1x1x8x12xf32>
    %55 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %56 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %57 = stablehlo.multiply %48, %55 : tensor<1x1x8x12xf32>
    %58 = stablehlo.multiply %54, %56 : tensor<1x1x8x12xf32>
    %59 = stablehlo.add %57, %58 : tensor<1x1x8x12xf32>
    %60 = "stablehlo.slice"(%49) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %61 = "stablehlo.slice"(%49) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %62 = stablehlo.negate %61 : tensor<1x1x2x6xf32>
    %63 = stablehlo.concatenate %62, %60, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %64 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %65 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %66 = stablehlo.multiply %49, %64 : tensor<1x1x2x12xf32>
    %67 = stablehlo.multiply %63, %65 : tensor<1x1x2x12xf32>
    %68 = stablehlo.add %66, %67 : tensor<1x1x2x12xf32>
    %69 = stablehlo.reshape %59 : (tensor<1x1x8x12xf32>) -> tensor<1x1x2x4x12xf32>
    %70 = stablehlo.transpose %69, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %71 = stablehlo.transpose %68, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %72 = stablehlo.transpose %50, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %73 = stablehlo.dot_general %70, %71, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %74 = stablehlo.dot_general %70, %25, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %75 = stablehlo.concatenate %74, %73, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %76 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %78 = stablehlo.multiply %75, %77 : tensor<1x2x1x4x17xf32>
    %79 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %80 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %82 = stablehlo.select %79, %78, %81 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %83 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %84 = stablehlo.reduce(%82 init: %83) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %86 = stablehlo.subtract %82, %85 : tensor<1x2x1x4x17xf32>
    %87 = stablehlo.exponential %86 : tensor<1x2x1x4x17xf32>
    %88 = stablehlo.constant dense<0.0> : tensor<f32>
    %89 = stablehlo.reduce(%87 init: %88) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %91 = stablehlo.divide %87, %90 : tensor<1x2x1x4x17xf32>
    %92 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %93 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %94 = stablehlo.dot_general %92, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %95 = stablehlo.dot_general %93, %72, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %96 = stablehlo.add %94, %95 : tensor<1x2x1x4x12xf32>
    %97 = stablehlo.transpose %96, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x4x12xf32>) -> tensor<1x1x2x4x12xf32>
    %98 = stablehlo.reshape %97 : (tensor<1x1x2x4x12xf32>) -> tensor<1x1x96xf32>
    %99 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %98, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x96xf32>, tensor<1x1x96xf32>) -> tensor<40x1x1xf32>
    %100 = stablehlo.reshape %99 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %101 = stablehlo.add %5, %100 : tensor<1x1x40xf32>
    %102 = stablehlo.multiply %101, %101 : tensor<1x1x40xf32>
    %103 = stablehlo.constant dense<0.0> : tensor<f32>
    %104 = stablehlo.reduce(%102 init: %103) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %105 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %107 = stablehlo.multiply %104, %106 : tensor<1x1xf32>
    %108 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %110 = stablehlo.add %107, %109 : tensor<1x1xf32>
    %111 = stablehlo.rsqrt %110 : tensor<1x1xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %113 = stablehlo.multiply %101, %112 : tensor<1x1x40xf32>
    %114 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %115 = stablehlo.multiply %113, %114 : tensor<1x1x40xf32>
    %116 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %115, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %117 = stablehlo.reshape %116 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %118 = stablehlo.logistic %117 : tensor<1x1x56xf32>
    %119 = stablehlo.multiply %117, %118 : tensor<1x1x56xf32>
    %120 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %115, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %121 = stablehlo.reshape %120 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %122 = stablehlo.multiply %119, %121 : tensor<1x1x56xf32>
    %123 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %122, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x56xf32>, tensor<1x1x56xf32>) -> tensor<40x1x1xf32>
    %124 = stablehlo.reshape %123 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %125 = stablehlo.add %101, %124 : tensor<1x1x40xf32>
    %126 = stablehlo.reshape %71 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %127 = stablehlo.reshape %72 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %128 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %129 = stablehlo.reshape %128 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %130 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %131 = stablehlo.reshape %130 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %132 = stablehlo.multiply %125, %125 : tensor<1x1x40xf32>
    %133 = stablehlo.constant dense<0.0> : tensor<f32>
    %134 = stablehlo.reduce(%132 init: %133) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %135 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<1x1xf32>
    %138 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %140 = stablehlo.add %137, %139 : tensor<1x1xf32>
    %141 = stablehlo.rsqrt %140 : tensor<1x1xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %143 = stablehlo.multiply %125, %142 : tensor<1x1x40xf32>
    %144 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %145 = stablehlo.multiply %143, %144 : tensor<1x1x40xf32>
    %146 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %145, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<96x40xf32>, tensor<1x1x40xf32>) -> tensor<96x1x1xf32>
    %147 = stablehlo.reshape %146 : (tensor<96x1x1xf32>) -> tensor<1x1x96xf32>
    %148 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %145, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x40xf32>, tensor<1x1x40xf32>) -> tensor<24x1x1xf32>
    %149 = stablehlo.reshape %148 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %150 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %145, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x40xf32>, tensor<1x1x40xf32>) -> tensor<24x1x1xf32>
    %151 = stablehlo.reshape %150 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %152 = stablehlo.reshape %147 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %153 = stablehlo.reshape %149 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %154 = stablehlo.reshape %151 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %155 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %156 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %157 = stablehlo.negate %156 : tensor<1x1x8x6xf32>
    %158 = stablehlo.concatenate %157, %155, dim = 3 : (tensor<1x1x8x6xf32>, tensor<1x1x8x6xf32>) -> tensor<1x1x8x12xf32>
    %159 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %160 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %161 = stablehlo.multiply %152, %159 : tensor<1x1x8x12xf32>
    %162 = stablehlo.multiply %158, %160 : tensor<1x1x8x12xf32>
    %163 = stablehlo.add %161, %162 : tensor<1x1x8x12xf32>
    %164 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %165 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %166 = stablehlo.negate %165 : tensor<1x1x2x6xf32>
    %167 = stablehlo.concatenate %166, %164, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %168 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %169 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %170 = stablehlo.multiply %153, %168 : tensor<1x1x2x12xf32>
    %171 = stablehlo.multiply %167, %169 : tensor<1x1x2x12xf32>
    %172 = stablehlo.add %170, %171 : tensor<1x1x2x12xf32>
    %173 = stablehlo.reshape %163 : (tensor<1x1x8x12xf32>) -> tensor<1x1x2x4x12xf32>
    %174 = stablehlo.transpose %173, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x4x12xf32>) -> tensor<1x2x1x4x12xf32>
    %175 = stablehlo.transpose %172, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %176 = stablehlo.transpose %154, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %177 = stablehlo.dot_general %174, %175, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x1xf32>
    %178 = stablehlo.dot_general %174, %129, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x16xf32>
    %179 = stablehlo.concatenate %178, %177, dim = 4 : (tensor<1x2x1x4x16xf32>, tensor<1x2x1x4x1xf32>) -> tensor<1x2x1x4x17xf32>
    %180 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %182 = stablehlo.multiply %179, %181 : tensor<1x2x1x4x17xf32>
    %183 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x4x17xi1>
    %184 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [] : (tensor<f32>) -> tensor<1x2x1x4x17xf32>
    %186 = stablehlo.select %183, %182, %185 : (tensor<1x2x1x4x17xi1>, tensor<1x2x1x4x17xf32>, tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x17xf32>
    %187 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %188 = stablehlo.reduce(%186 init: %187) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %190 = stablehlo.subtract %186, %189 : tensor<1x2x1x4x17xf32>
    %191 = stablehlo.exponential %190 : tensor<1x2x1x4x17xf32>
    %192 = stablehlo.constant dense<0.0> : tensor<f32>
    %193 = stablehlo.reduce(%191 init: %192) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x4x17xf32>, tensor<f32>) -> tensor<1x2x1x4xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0, 1, 2, 3] : (tensor<1x2x1x4xf32>) -> tensor<1x2x1x4x17xf32>
    %195 = stablehlo.divide %191, %194 : tensor<1x2x1x4x17xf32>
    %196 = "stablehlo.slice"(%195) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x16xf32>
    %197 = "stablehlo.slice"(%195) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x4x17xf32>) -> tensor<1x2x1x4x1xf32>
    %198 = stablehlo.dot_general %196, %131, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x4x12xf32>
    %199 = stablehlo.dot_general %197, %176, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x4x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x4x12xf32>
    %200 = stablehlo.add %198, %199 : tensor<1x2x1x4x12xf32>
    %201 = stablehlo.transpose %200, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x4x12xf32>) -> tensor<1x1x2x4x12xf32>
    %202 = stablehlo.reshape %201 : (tensor<1x1x2x4x12xf32>) -> tensor<1x1x96xf32>
    %203 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %202, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x96xf32>, tensor<1x1x96xf32>) -> tensor<40x1x1xf32>
    %204 = stablehlo.reshape %203 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %205 = stablehlo.add %125, %204 : tensor<1x1x40xf32>
    %206 = stablehlo.multiply %205, %205 : tensor<1x1x40xf32>
    %207 = stablehlo.constant dense<0.0> : tensor<f32>
    %208 = stablehlo.reduce(%206 init: %207) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %209 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %211 = stablehlo.multiply %208, %210 : tensor<1x1xf32>
    %212 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %214 = stablehlo.add %211, %213 : tensor<1x1xf32>
    %215 = stablehlo.rsqrt %214 : tensor<1x1xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %217 = stablehlo.multiply %205, %216 : tensor<1x1x40xf32>
    %218 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %219 = stablehlo.multiply %217, %218 : tensor<1x1x40xf32>
    %220 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %219, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %221 = stablehlo.reshape %220 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %222 = stablehlo.logistic %221 : tensor<1x1x56xf32>
    %223 = stablehlo.multiply %221, %222 : tensor<1x1x56xf32>
    %224 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %219, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %225 = stablehlo.reshape %224 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %226 = stablehlo.multiply %223, %225 : tensor<1x1x56xf32>
    %227 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %226, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x56xf32>, tensor<1x1x56xf32>) -> tensor<40x1x1xf32>
    %228 = stablehlo.reshape %227 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %229 = stablehlo.add %205, %228 : tensor<1x1x40xf32>
    %230 = stablehlo.reshape %175 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %231 = stablehlo.reshape %176 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %232 = stablehlo.multiply %229, %229 : tensor<1x1x40xf32>
    %233 = stablehlo.constant dense<0.0> : tensor<f32>
    %234 = stablehlo.reduce(%232 init: %233) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %235 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %237 = stablehlo.multiply %234, %236 : tensor<1x1xf32>
    %238 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %240 = stablehlo.add %237, %239 : tensor<1x1xf32>
    %241 = stablehlo.rsqrt %240 : tensor<1x1xf32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %243 = stablehlo.multiply %229, %242 : tensor<1x1x40xf32>
    %244 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %245 = stablehlo.multiply %243, %244 : tensor<1x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %246 = stablehlo.concatenate %126, %230, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %247 = stablehlo.constant dense<0> : tensor<i32>
    %248 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %249 = stablehlo.dynamic_update_slice %2, %246, %247, %247, %247, %248, %247 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %250 = stablehlo.concatenate %127, %231, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %251 = stablehlo.constant dense<0> : tensor<i32>
    %252 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %253 = stablehlo.dynamic_update_slice %3, %250, %251, %251, %251, %252, %251 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %254 = stablehlo.reshape %245 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %255 = stablehlo.dot_general %model.embed_tokens.weight, %254, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x40xf32>, tensor<40xf32>) -> tensor<97xf32>
    %256 = stablehlo.reshape %249 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %257 = stablehlo.reshape %253 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %255, %256, %257 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
