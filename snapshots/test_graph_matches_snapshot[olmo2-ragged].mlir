// olmo2 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo2_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x16x2x2x12xf32>, %v_cache: tensor<3x16x2x2x12xf32>) -> (tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>) {
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
    %14 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %15 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %16 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %17 = stablehlo.add %15, %16 : tensor<3x1x16xi32>
    %18 = stablehlo.compare LT, %14, %15, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %19 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %20 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %21 = stablehlo.compare LE, %20, %19, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %22 = stablehlo.concatenate %18, %21, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %23 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %24 = stablehlo.reshape %23 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %25 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %26 = stablehlo.reshape %25 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %27 = stablehlo.dot_general %2, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %28 = stablehlo.dot_general %2, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %29 = stablehlo.dot_general %2, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %30 = stablehlo.multiply %27, %27 : tensor<3x1x24xf32>
    %31 = stablehlo.constant dense<0.0> : tensor<f32>
    %32 = stablehlo.reduce(%30 init: %31) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %33 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %35 = stablehlo.multiply %32, %34 : tensor<3x1xf32>
    %36 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %38 = stablehlo.add %35, %37 : tensor<3x1xf32>
    %39 = stablehlo.rsqrt %38 : tensor<3x1xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %41 = stablehlo.multiply %27, %40 : tensor<3x1x24xf32>
    %42 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<3x1x24xf32>
    %44 = stablehlo.multiply %28, %28 : tensor<3x1x24xf32>
    %45 = stablehlo.constant dense<0.0> : tensor<f32>
    %46 = stablehlo.reduce(%44 init: %45) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %47 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<3x1xf32>
    %50 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %52 = stablehlo.add %49, %51 : tensor<3x1xf32>
    %53 = stablehlo.rsqrt %52 : tensor<3x1xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %55 = stablehlo.multiply %28, %54 : tensor<3x1x24xf32>
    %56 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<3x1x24xf32>
    %58 = stablehlo.reshape %43 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %59 = stablehlo.reshape %57 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %60 = stablehlo.reshape %29 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %61 = "stablehlo.slice"(%58) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %62 = "stablehlo.slice"(%58) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %63 = stablehlo.negate %62 : tensor<3x1x2x6xf32>
    %64 = stablehlo.concatenate %63, %61, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %65 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %66 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %67 = stablehlo.multiply %58, %65 : tensor<3x1x2x12xf32>
    %68 = stablehlo.multiply %64, %66 : tensor<3x1x2x12xf32>
    %69 = stablehlo.add %67, %68 : tensor<3x1x2x12xf32>
    %70 = "stablehlo.slice"(%59) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %71 = "stablehlo.slice"(%59) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %72 = stablehlo.negate %71 : tensor<3x1x2x6xf32>
    %73 = stablehlo.concatenate %72, %70, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %74 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %75 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %76 = stablehlo.multiply %59, %74 : tensor<3x1x2x12xf32>
    %77 = stablehlo.multiply %73, %75 : tensor<3x1x2x12xf32>
    %78 = stablehlo.add %76, %77 : tensor<3x1x2x12xf32>
    %79 = stablehlo.reshape %69 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %80 = stablehlo.dot_general %79, %24, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x1x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x1x16xf32>
    %81 = stablehlo.dot_general %79, %78, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x1x1xf32>
    %82 = stablehlo.concatenate %80, %81, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %83 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %85 = stablehlo.multiply %82, %84 : tensor<3x2x1x1x17xf32>
    %86 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %87 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %89 = stablehlo.select %86, %85, %88 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %90 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %93 = stablehlo.subtract %89, %92 : tensor<3x2x1x1x17xf32>
    %94 = stablehlo.exponential %93 : tensor<3x2x1x1x17xf32>
    %95 = stablehlo.constant dense<0.0> : tensor<f32>
    %96 = stablehlo.reduce(%94 init: %95) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %98 = stablehlo.divide %94, %97 : tensor<3x2x1x1x17xf32>
    %99 = "stablehlo.slice"(%98) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %100 = "stablehlo.slice"(%98) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %101 = stablehlo.dot_general %99, %26, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x1x12xf32>
    %102 = stablehlo.dot_general %100, %60, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x1x12xf32>
    %103 = stablehlo.add %101, %102 : tensor<3x2x1x1x12xf32>
    %104 = stablehlo.transpose %103, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %105 = stablehlo.reshape %104 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %106 = stablehlo.dot_general %105, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %107 = stablehlo.multiply %106, %106 : tensor<3x1x10xf32>
    %108 = stablehlo.constant dense<0.0> : tensor<f32>
    %109 = stablehlo.reduce(%107 init: %108) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %110 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %112 = stablehlo.multiply %109, %111 : tensor<3x1xf32>
    %113 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %115 = stablehlo.add %112, %114 : tensor<3x1xf32>
    %116 = stablehlo.rsqrt %115 : tensor<3x1xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %118 = stablehlo.multiply %106, %117 : tensor<3x1x10xf32>
    %119 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %120 = stablehlo.multiply %118, %119 : tensor<3x1x10xf32>
    %121 = stablehlo.add %2, %120 : tensor<3x1x10xf32>
    %122 = stablehlo.dot_general %121, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %123 = stablehlo.logistic %122 : tensor<3x1x56xf32>
    %124 = stablehlo.multiply %122, %123 : tensor<3x1x56xf32>
    %125 = stablehlo.dot_general %121, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %126 = stablehlo.multiply %124, %125 : tensor<3x1x56xf32>
    %127 = stablehlo.dot_general %126, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %128 = stablehlo.multiply %127, %127 : tensor<3x1x10xf32>
    %129 = stablehlo.constant dense<0.0> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %131 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<3x1xf32>
    %134 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %136 = stablehlo.add %133, %135 : tensor<3x1xf32>
    %137 = stablehlo.rsqrt %136 : tensor<3x1xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %139 = stablehlo.multiply %127, %138 : tensor<3x1x10xf32>
    %140 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %141 = stablehlo.multiply %139, %140 : tensor<3x1x10xf32>
    %142 = stablehlo.add %121, %141 : tensor<3x1x10xf32>
    %143 = stablehlo.reshape %78 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %144 = stablehlo.reshape %60 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    // layer 1: full_attention
    %145 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %146 = stablehlo.reshape %145 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %147 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %148 = stablehlo.reshape %147 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %149 = stablehlo.dot_general %142, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %150 = stablehlo.dot_general %142, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %151 = stablehlo.dot_general %142, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %152 = stablehlo.multiply %149, %149 : tensor<3x1x24xf32>
    %153 = stablehlo.constant dense<0.0> : tensor<f32>
    %154 = stablehlo.reduce(%152 init: %153) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %155 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<3x1xf32>
    %158 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %160 = stablehlo.add %157, %159 : tensor<3x1xf32>
    %161 = stablehlo.rsqrt %160 : tensor<3x1xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %163 = stablehlo.multiply %149, %162 : tensor<3x1x24xf32>
    %164 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %165 = stablehlo.multiply %163, %164 : tensor<3x1x24xf32>
    %166 = stablehlo.multiply %150, %150 : tensor<3x1x24xf32>
    %167 = stablehlo.constant dense<0.0> : tensor<f32>
    %168 = stablehlo.reduce(%166 init: %167) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %169 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %171 = stablehlo.multiply %168, %170 : tensor<3x1xf32>
    %172 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %174 = stablehlo.add %171, %173 : tensor<3x1xf32>
    %175 = stablehlo.rsqrt %174 : tensor<3x1xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %177 = stablehlo.multiply %150, %176 : tensor<3x1x24xf32>
    %178 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<3x1x24xf32>
    %180 = stablehlo.reshape %165 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %181 = stablehlo.reshape %179 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %182 = stablehlo.reshape %151 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %183 = "stablehlo.slice"(%180) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %184 = "stablehlo.slice"(%180) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %185 = stablehlo.negate %184 : tensor<3x1x2x6xf32>
    %186 = stablehlo.concatenate %185, %183, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %187 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %188 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %189 = stablehlo.multiply %180, %187 : tensor<3x1x2x12xf32>
    %190 = stablehlo.multiply %186, %188 : tensor<3x1x2x12xf32>
    %191 = stablehlo.add %189, %190 : tensor<3x1x2x12xf32>
    %192 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %193 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %194 = stablehlo.negate %193 : tensor<3x1x2x6xf32>
    %195 = stablehlo.concatenate %194, %192, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %196 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %197 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %198 = stablehlo.multiply %181, %196 : tensor<3x1x2x12xf32>
    %199 = stablehlo.multiply %195, %197 : tensor<3x1x2x12xf32>
    %200 = stablehlo.add %198, %199 : tensor<3x1x2x12xf32>
    %201 = stablehlo.reshape %191 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %202 = stablehlo.dot_general %201, %146, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x1x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x1x16xf32>
    %203 = stablehlo.dot_general %201, %200, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x1x1xf32>
    %204 = stablehlo.concatenate %202, %203, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %205 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %207 = stablehlo.multiply %204, %206 : tensor<3x2x1x1x17xf32>
    %208 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %209 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %211 = stablehlo.select %208, %207, %210 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %212 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %213 = stablehlo.reduce(%211 init: %212) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %215 = stablehlo.subtract %211, %214 : tensor<3x2x1x1x17xf32>
    %216 = stablehlo.exponential %215 : tensor<3x2x1x1x17xf32>
    %217 = stablehlo.constant dense<0.0> : tensor<f32>
    %218 = stablehlo.reduce(%216 init: %217) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %220 = stablehlo.divide %216, %219 : tensor<3x2x1x1x17xf32>
    %221 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %222 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %223 = stablehlo.dot_general %221, %148, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x1x12xf32>
    %224 = stablehlo.dot_general %222, %182, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x1x12xf32>
    %225 = stablehlo.add %223, %224 : tensor<3x2x1x1x12xf32>
    %226 = stablehlo.transpose %225, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %227 = stablehlo.reshape %226 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %228 = stablehlo.dot_general %227, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %229 = stablehlo.multiply %228, %228 : tensor<3x1x10xf32>
    %230 = stablehlo.constant dense<0.0> : tensor<f32>
    %231 = stablehlo.reduce(%229 init: %230) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %232 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %234 = stablehlo.multiply %231, %233 : tensor<3x1xf32>
    %235 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %237 = stablehlo.add %234, %236 : tensor<3x1xf32>
    %238 = stablehlo.rsqrt %237 : tensor<3x1xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %240 = stablehlo.multiply %228, %239 : tensor<3x1x10xf32>
    %241 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %242 = stablehlo.multiply %240, %241 : tensor<3x1x10xf32>
    %243 = stablehlo.add %142, %242 : tensor<3x1x10xf32>
    %244 = stablehlo.dot_general %243, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %245 = stablehlo.logistic %244 : tensor<3x1x56xf32>
    %246 = stablehlo.multiply %244, %245 : tensor<3x1x56xf32>
    %247 = stablehlo.dot_general %243, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %248 = stablehlo.multiply %246, %247 : tensor<3x1x56xf32>
    %249 = stablehlo.dot_general %248, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %250 = stablehlo.multiply %249, %249 : tensor<3x1x10xf32>
    %251 = stablehlo.constant dense<0.0> : tensor<f32>
    %252 = stablehlo.reduce(%250 init: %251) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %253 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %255 = stablehlo.multiply %252, %254 : tensor<3x1xf32>
    %256 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %258 = stablehlo.add %255, %257 : tensor<3x1xf32>
    %259 = stablehlo.rsqrt %258 : tensor<3x1xf32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %261 = stablehlo.multiply %249, %260 : tensor<3x1x10xf32>
    %262 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %263 = stablehlo.multiply %261, %262 : tensor<3x1x10xf32>
    %264 = stablehlo.add %243, %263 : tensor<3x1x10xf32>
    %265 = stablehlo.reshape %200 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %266 = stablehlo.reshape %182 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %267 = stablehlo.multiply %264, %264 : tensor<3x1x10xf32>
    %268 = stablehlo.constant dense<0.0> : tensor<f32>
    %269 = stablehlo.reduce(%267 init: %268) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %270 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %272 = stablehlo.multiply %269, %271 : tensor<3x1xf32>
    %273 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %275 = stablehlo.add %272, %274 : tensor<3x1xf32>
    %276 = stablehlo.rsqrt %275 : tensor<3x1xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %278 = stablehlo.multiply %264, %277 : tensor<3x1x10xf32>
    %279 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %280 = stablehlo.multiply %278, %279 : tensor<3x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %281 = stablehlo.concatenate %143, %265, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %282 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %283 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %284 = stablehlo.concatenate %282, %283, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %285 = stablehlo.reshape %281 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %286 = "stablehlo.scatter"(%k_cache, %284, %285) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %287 = stablehlo.concatenate %144, %266, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %288 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %289 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %290 = stablehlo.concatenate %288, %289, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %291 = stablehlo.reshape %287 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %292 = "stablehlo.scatter"(%v_cache, %290, %291) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %293 = stablehlo.reshape %280 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %294 = stablehlo.dot_general %293, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
    %295 = stablehlo.constant dense<0> : tensor<i32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %297 = stablehlo.compare NE, %active, %296, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %298 = stablehlo.broadcast_in_dim %297, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %299 = stablehlo.constant dense<0.0> : tensor<f32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %301 = stablehlo.select %298, %294, %300 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %301, %286, %292 : tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>
  }
}
