// olmo2 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo2_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 10>, indices_are_sorted = false} : (tensor<97x10xf32>, tensor<3x1x1xi32>) -> tensor<3x1x10xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.11224620789289474, 0.012599210254848003, 0.0014142135623842478, 0.00015874010568950325, 1.781797436706256e-05]> : tensor<6xf32>
    %7 = stablehlo.convert %5 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %9 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %10 = stablehlo.multiply %8, %9 : tensor<3x1x6xf32>
    %11 = stablehlo.concatenate %10, %10, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %12 = stablehlo.cosine %11 : tensor<3x1x12xf32>
    %13 = stablehlo.sine %11 : tensor<3x1x12xf32>
    %14 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %15 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %16 = stablehlo.compare LE, %15, %14, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %17 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %18 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %19 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %20 = stablehlo.concatenate %19, %16, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %21 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %22 = stablehlo.reshape %21 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %23 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %24 = stablehlo.reshape %23 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %25 = stablehlo.dot_general %2, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %26 = stablehlo.dot_general %2, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %27 = stablehlo.dot_general %2, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %28 = stablehlo.multiply %25, %25 : tensor<3x1x24xf32>
    %29 = stablehlo.constant dense<0.0> : tensor<f32>
    %30 = stablehlo.reduce(%28 init: %29) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %31 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %33 = stablehlo.multiply %30, %32 : tensor<3x1xf32>
    %34 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %36 = stablehlo.add %33, %35 : tensor<3x1xf32>
    %37 = stablehlo.rsqrt %36 : tensor<3x1xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %39 = stablehlo.multiply %25, %38 : tensor<3x1x24xf32>
    %40 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %41 = stablehlo.multiply %39, %40 : tensor<3x1x24xf32>
    %42 = stablehlo.multiply %26, %26 : tensor<3x1x24xf32>
    %43 = stablehlo.constant dense<0.0> : tensor<f32>
    %44 = stablehlo.reduce(%42 init: %43) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %45 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %47 = stablehlo.multiply %44, %46 : tensor<3x1xf32>
    %48 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %50 = stablehlo.add %47, %49 : tensor<3x1xf32>
    %51 = stablehlo.rsqrt %50 : tensor<3x1xf32>
    %52 = stablehlo.broadcast_in_dim %51, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %53 = stablehlo.multiply %26, %52 : tensor<3x1x24xf32>
    %54 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %55 = stablehlo.multiply %53, %54 : tensor<3x1x24xf32>
    %56 = stablehlo.reshape %41 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %57 = stablehlo.reshape %55 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %58 = stablehlo.reshape %27 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %59 = "stablehlo.slice"(%56) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %60 = "stablehlo.slice"(%56) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %61 = stablehlo.negate %60 : tensor<3x1x2x6xf32>
    %62 = stablehlo.concatenate %61, %59, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %63 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %64 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %65 = stablehlo.multiply %56, %63 : tensor<3x1x2x12xf32>
    %66 = stablehlo.multiply %62, %64 : tensor<3x1x2x12xf32>
    %67 = stablehlo.add %65, %66 : tensor<3x1x2x12xf32>
    %68 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %69 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %70 = stablehlo.negate %69 : tensor<3x1x2x6xf32>
    %71 = stablehlo.concatenate %70, %68, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %72 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %73 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %74 = stablehlo.multiply %57, %72 : tensor<3x1x2x12xf32>
    %75 = stablehlo.multiply %71, %73 : tensor<3x1x2x12xf32>
    %76 = stablehlo.add %74, %75 : tensor<3x1x2x12xf32>
    %77 = stablehlo.reshape %67 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %78 = stablehlo.transpose %77, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %79 = stablehlo.transpose %76, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %80 = stablehlo.transpose %58, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %81 = stablehlo.dot_general %78, %79, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %82 = stablehlo.dot_general %78, %22, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %83 = stablehlo.concatenate %82, %81, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %84 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %86 = stablehlo.multiply %83, %85 : tensor<3x2x1x1x17xf32>
    %87 = stablehlo.broadcast_in_dim %20, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %88 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %90 = stablehlo.select %87, %86, %89 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %91 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %92 = stablehlo.reduce(%90 init: %91) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %94 = stablehlo.subtract %90, %93 : tensor<3x2x1x1x17xf32>
    %95 = stablehlo.exponential %94 : tensor<3x2x1x1x17xf32>
    %96 = stablehlo.constant dense<0.0> : tensor<f32>
    %97 = stablehlo.reduce(%95 init: %96) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %99 = stablehlo.divide %95, %98 : tensor<3x2x1x1x17xf32>
    %100 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %101 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %102 = stablehlo.dot_general %100, %24, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %103 = stablehlo.dot_general %101, %80, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %104 = stablehlo.add %102, %103 : tensor<3x2x1x1x12xf32>
    %105 = stablehlo.transpose %104, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %106 = stablehlo.reshape %105 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %107 = stablehlo.dot_general %106, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %108 = stablehlo.multiply %107, %107 : tensor<3x1x10xf32>
    %109 = stablehlo.constant dense<0.0> : tensor<f32>
    %110 = stablehlo.reduce(%108 init: %109) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %111 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<3x1xf32>
    %114 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %116 = stablehlo.add %113, %115 : tensor<3x1xf32>
    %117 = stablehlo.rsqrt %116 : tensor<3x1xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %119 = stablehlo.multiply %107, %118 : tensor<3x1x10xf32>
    %120 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %121 = stablehlo.multiply %119, %120 : tensor<3x1x10xf32>
    %122 = stablehlo.add %2, %121 : tensor<3x1x10xf32>
    %123 = stablehlo.dot_general %122, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %124 = stablehlo.logistic %123 : tensor<3x1x56xf32>
    %125 = stablehlo.multiply %123, %124 : tensor<3x1x56xf32>
    %126 = stablehlo.dot_general %122, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %127 = stablehlo.multiply %125, %126 : tensor<3x1x56xf32>
    %128 = stablehlo.dot_general %127, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %129 = stablehlo.multiply %128, %128 : tensor<3x1x10xf32>
    %130 = stablehlo.constant dense<0.0> : tensor<f32>
    %131 = stablehlo.reduce(%129 init: %130) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %132 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %134 = stablehlo.multiply %131, %133 : tensor<3x1xf32>
    %135 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %137 = stablehlo.add %134, %136 : tensor<3x1xf32>
    %138 = stablehlo.rsqrt %137 : tensor<3x1xf32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %140 = stablehlo.multiply %128, %139 : tensor<3x1x10xf32>
    %141 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %142 = stablehlo.multiply %140, %141 : tensor<3x1x10xf32>
    %143 = stablehlo.add %122, %142 : tensor<3x1x10xf32>
    %144 = stablehlo.reshape %79 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %145 = stablehlo.reshape %80 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %146 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %147 = stablehlo.reshape %146 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %148 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %149 = stablehlo.reshape %148 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %150 = stablehlo.dot_general %143, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %151 = stablehlo.dot_general %143, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %152 = stablehlo.dot_general %143, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %153 = stablehlo.multiply %150, %150 : tensor<3x1x24xf32>
    %154 = stablehlo.constant dense<0.0> : tensor<f32>
    %155 = stablehlo.reduce(%153 init: %154) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %156 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<3x1xf32>
    %159 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %161 = stablehlo.add %158, %160 : tensor<3x1xf32>
    %162 = stablehlo.rsqrt %161 : tensor<3x1xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %164 = stablehlo.multiply %150, %163 : tensor<3x1x24xf32>
    %165 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<3x1x24xf32>
    %167 = stablehlo.multiply %151, %151 : tensor<3x1x24xf32>
    %168 = stablehlo.constant dense<0.0> : tensor<f32>
    %169 = stablehlo.reduce(%167 init: %168) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %170 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %172 = stablehlo.multiply %169, %171 : tensor<3x1xf32>
    %173 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %175 = stablehlo.add %172, %174 : tensor<3x1xf32>
    %176 = stablehlo.rsqrt %175 : tensor<3x1xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %178 = stablehlo.multiply %151, %177 : tensor<3x1x24xf32>
    %179 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<3x1x24xf32>
    %181 = stablehlo.reshape %166 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %182 = stablehlo.reshape %180 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %183 = stablehlo.reshape %152 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %184 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %185 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %186 = stablehlo.negate %185 : tensor<3x1x2x6xf32>
    %187 = stablehlo.concatenate %186, %184, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %188 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %189 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %190 = stablehlo.multiply %181, %188 : tensor<3x1x2x12xf32>
    %191 = stablehlo.multiply %187, %189 : tensor<3x1x2x12xf32>
    %192 = stablehlo.add %190, %191 : tensor<3x1x2x12xf32>
    %193 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %194 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %195 = stablehlo.negate %194 : tensor<3x1x2x6xf32>
    %196 = stablehlo.concatenate %195, %193, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %197 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %198 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %199 = stablehlo.multiply %182, %197 : tensor<3x1x2x12xf32>
    %200 = stablehlo.multiply %196, %198 : tensor<3x1x2x12xf32>
    %201 = stablehlo.add %199, %200 : tensor<3x1x2x12xf32>
    %202 = stablehlo.reshape %192 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %203 = stablehlo.transpose %202, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %204 = stablehlo.transpose %201, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %205 = stablehlo.transpose %183, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %206 = stablehlo.dot_general %203, %204, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %207 = stablehlo.dot_general %203, %147, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %208 = stablehlo.concatenate %207, %206, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %209 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %211 = stablehlo.multiply %208, %210 : tensor<3x2x1x1x17xf32>
    %212 = stablehlo.broadcast_in_dim %20, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %213 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %215 = stablehlo.select %212, %211, %214 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %216 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %217 = stablehlo.reduce(%215 init: %216) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %219 = stablehlo.subtract %215, %218 : tensor<3x2x1x1x17xf32>
    %220 = stablehlo.exponential %219 : tensor<3x2x1x1x17xf32>
    %221 = stablehlo.constant dense<0.0> : tensor<f32>
    %222 = stablehlo.reduce(%220 init: %221) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %224 = stablehlo.divide %220, %223 : tensor<3x2x1x1x17xf32>
    %225 = "stablehlo.slice"(%224) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %226 = "stablehlo.slice"(%224) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %227 = stablehlo.dot_general %225, %149, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %228 = stablehlo.dot_general %226, %205, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %229 = stablehlo.add %227, %228 : tensor<3x2x1x1x12xf32>
    %230 = stablehlo.transpose %229, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %231 = stablehlo.reshape %230 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %232 = stablehlo.dot_general %231, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %233 = stablehlo.multiply %232, %232 : tensor<3x1x10xf32>
    %234 = stablehlo.constant dense<0.0> : tensor<f32>
    %235 = stablehlo.reduce(%233 init: %234) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %236 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %238 = stablehlo.multiply %235, %237 : tensor<3x1xf32>
    %239 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %241 = stablehlo.add %238, %240 : tensor<3x1xf32>
    %242 = stablehlo.rsqrt %241 : tensor<3x1xf32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %244 = stablehlo.multiply %232, %243 : tensor<3x1x10xf32>
    %245 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %246 = stablehlo.multiply %244, %245 : tensor<3x1x10xf32>
    %247 = stablehlo.add %143, %246 : tensor<3x1x10xf32>
    %248 = stablehlo.dot_general %247, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %249 = stablehlo.logistic %248 : tensor<3x1x56xf32>
    %250 = stablehlo.multiply %248, %249 : tensor<3x1x56xf32>
    %251 = stablehlo.dot_general %247, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %252 = stablehlo.multiply %250, %251 : tensor<3x1x56xf32>
    %253 = stablehlo.dot_general %252, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %254 = stablehlo.multiply %253, %253 : tensor<3x1x10xf32>
    %255 = stablehlo.constant dense<0.0> : tensor<f32>
    %256 = stablehlo.reduce(%254 init: %255) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %257 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %259 = stablehlo.multiply %256, %258 : tensor<3x1xf32>
    %260 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %262 = stablehlo.add %259, %261 : tensor<3x1xf32>
    %263 = stablehlo.rsqrt %262 : tensor<3x1xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %265 = stablehlo.multiply %253, %264 : tensor<3x1x10xf32>
    %266 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %267 = stablehlo.multiply %265, %266 : tensor<3x1x10xf32>
    %268 = stablehlo.add %247, %267 : tensor<3x1x10xf32>
    %269 = stablehlo.reshape %204 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %270 = stablehlo.reshape %205 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %271 = stablehlo.multiply %268, %268 : tensor<3x1x10xf32>
    %272 = stablehlo.constant dense<0.0> : tensor<f32>
    %273 = stablehlo.reduce(%271 init: %272) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %274 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<3x1xf32>
    %277 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %279 = stablehlo.add %276, %278 : tensor<3x1xf32>
    %280 = stablehlo.rsqrt %279 : tensor<3x1xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %282 = stablehlo.multiply %268, %281 : tensor<3x1x10xf32>
    %283 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %284 = stablehlo.multiply %282, %283 : tensor<3x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %285 = stablehlo.concatenate %144, %269, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %286 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %287 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %288 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %289 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %290 = stablehlo.concatenate %286, %287, %288, %289, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %291 = stablehlo.reshape %285 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %292 = stablehlo.reshape %290 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %293 = "stablehlo.scatter"(%k_cache, %292, %291) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %294 = stablehlo.concatenate %145, %270, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %295 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %296 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %297 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %298 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %299 = stablehlo.concatenate %295, %296, %297, %298, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %300 = stablehlo.reshape %294 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %301 = stablehlo.reshape %299 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %302 = "stablehlo.scatter"(%v_cache, %301, %300) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %303 = stablehlo.reshape %284 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %304 = stablehlo.dot_general %303, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
    %305 = stablehlo.constant dense<0> : tensor<i32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %307 = stablehlo.compare NE, %active, %306, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %308 = stablehlo.broadcast_in_dim %307, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %309 = stablehlo.constant dense<0.0> : tensor<f32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %311 = stablehlo.select %308, %304, %310 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %311, %293, %302 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
