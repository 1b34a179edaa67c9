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
    %23 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %24 = stablehlo.reshape %23 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %25 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %26 = stablehlo.reshape %25 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
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
    %80 = stablehlo.transpose %79, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %81 = stablehlo.transpose %78, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %82 = stablehlo.transpose %60, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %83 = stablehlo.dot_general %80, %24, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %84 = stablehlo.dot_general %80, %81, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %85 = stablehlo.concatenate %83, %84, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %86 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<3x2x1x1x17xf32>
    %89 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %90 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %92 = stablehlo.select %89, %88, %91 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %93 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %94 = stablehlo.reduce(%92 init: %93) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %96 = stablehlo.subtract %92, %95 : tensor<3x2x1x1x17xf32>
    %97 = stablehlo.exponential %96 : tensor<3x2x1x1x17xf32>
    %98 = stablehlo.constant dense<0.0> : tensor<f32>
    %99 = stablehlo.reduce(%97 init: %98) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %101 = stablehlo.divide %97, %100 : tensor<3x2x1x1x17xf32>
    %102 = "stablehlo.slice"(%101) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %103 = "stablehlo.slice"(%101) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %104 = stablehlo.dot_general %102, %26, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %105 = stablehlo.dot_general %103, %82, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %106 = stablehlo.add %104, %105 : tensor<3x2x1x1x12xf32>
    %107 = stablehlo.transpose %106, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %108 = stablehlo.reshape %107 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %109 = stablehlo.dot_general %108, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %110 = stablehlo.multiply %109, %109 : tensor<3x1x10xf32>
    %111 = stablehlo.constant dense<0.0> : tensor<f32>
    %112 = stablehlo.reduce(%110 init: %111) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %113 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %115 = stablehlo.multiply %112, %114 : tensor<3x1xf32>
    %116 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %118 = stablehlo.add %115, %117 : tensor<3x1xf32>
    %119 = stablehlo.rsqrt %118 : tensor<3x1xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %121 = stablehlo.multiply %109, %120 : tensor<3x1x10xf32>
    %122 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %123 = stablehlo.multiply %121, %122 : tensor<3x1x10xf32>
    %124 = stablehlo.add %2, %123 : tensor<3x1x10xf32>
    %125 = stablehlo.dot_general %124, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %126 = stablehlo.logistic %125 : tensor<3x1x56xf32>
    %127 = stablehlo.multiply %125, %126 : tensor<3x1x56xf32>
    %128 = stablehlo.dot_general %124, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %129 = stablehlo.multiply %127, %128 : tensor<3x1x56xf32>
    %130 = stablehlo.dot_general %129, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %131 = stablehlo.multiply %130, %130 : tensor<3x1x10xf32>
    %132 = stablehlo.constant dense<0.0> : tensor<f32>
    %133 = stablehlo.reduce(%131 init: %132) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %134 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %136 = stablehlo.multiply %133, %135 : tensor<3x1xf32>
    %137 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %139 = stablehlo.add %136, %138 : tensor<3x1xf32>
    %140 = stablehlo.rsqrt %139 : tensor<3x1xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %142 = stablehlo.multiply %130, %141 : tensor<3x1x10xf32>
    %143 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %144 = stablehlo.multiply %142, %143 : tensor<3x1x10xf32>
    %145 = stablehlo.add %124, %144 : tensor<3x1x10xf32>
    %146 = stablehlo.reshape %81 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %147 = stablehlo.reshape %82 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %148 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %149 = stablehlo.reshape %148 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %150 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %151 = stablehlo.reshape %150 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %152 = stablehlo.dot_general %145, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %153 = stablehlo.dot_general %145, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %154 = stablehlo.dot_general %145, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %155 = stablehlo.multiply %152, %152 : tensor<3x1x24xf32>
    %156 = stablehlo.constant dense<0.0> : tensor<f32>
    %157 = stablehlo.reduce(%155 init: %156) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %158 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<3x1xf32>
    %161 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %163 = stablehlo.add %160, %162 : tensor<3x1xf32>
    %164 = stablehlo.rsqrt %163 : tensor<3x1xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %166 = stablehlo.multiply %152, %165 : tensor<3x1x24xf32>
    %167 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %168 = stablehlo.multiply %166, %167 : tensor<3x1x24xf32>
    %169 = stablehlo.multiply %153, %153 : tensor<3x1x24xf32>
    %170 = stablehlo.constant dense<0.0> : tensor<f32>
    %171 = stablehlo.reduce(%169 init: %170) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %172 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<3x1xf32>
    %175 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %177 = stablehlo.add %174, %176 : tensor<3x1xf32>
    %178 = stablehlo.rsqrt %177 : tensor<3x1xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %180 = stablehlo.multiply %153, %179 : tensor<3x1x24xf32>
    %181 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<3x1x24xf32>
    %183 = stablehlo.reshape %168 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %184 = stablehlo.reshape %182 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %185 = stablehlo.reshape %154 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %186 = "stablehlo.slice"(%183) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %187 = "stablehlo.slice"(%183) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %188 = stablehlo.negate %187 : tensor<3x1x2x6xf32>
    %189 = stablehlo.concatenate %188, %186, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %190 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %191 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %192 = stablehlo.multiply %183, %190 : tensor<3x1x2x12xf32>
    %193 = stablehlo.multiply %189, %191 : tensor<3x1x2x12xf32>
    %194 = stablehlo.add %192, %193 : tensor<3x1x2x12xf32>
    %195 = "stablehlo.slice"(%184) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %196 = "stablehlo.slice"(%184) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %197 = stablehlo.negate %196 : tensor<3x1x2x6xf32>
    %198 = stablehlo.concatenate %197, %195, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %199 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %200 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %201 = stablehlo.multiply %184, %199 : tensor<3x1x2x12xf32>
    %202 = stablehlo.multiply %198, %200 : tensor<3x1x2x12xf32>
    %203 = stablehlo.add %201, %202 : tensor<3x1x2x12xf32>
    %204 = stablehlo.reshape %194 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %205 = stablehlo.transpose %204, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %206 = stablehlo.transpose %203, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %207 = stablehlo.transpose %185, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %208 = stablehlo.dot_general %205, %149, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %209 = stablehlo.dot_general %205, %206, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %210 = stablehlo.concatenate %208, %209, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %211 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %213 = stablehlo.multiply %210, %212 : tensor<3x2x1x1x17xf32>
    %214 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %215 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %217 = stablehlo.select %214, %213, %216 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %218 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %219 = stablehlo.reduce(%217 init: %218) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %221 = stablehlo.subtract %217, %220 : tensor<3x2x1x1x17xf32>
    %222 = stablehlo.exponential %221 : tensor<3x2x1x1x17xf32>
    %223 = stablehlo.constant dense<0.0> : tensor<f32>
    %224 = stablehlo.reduce(%222 init: %223) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %226 = stablehlo.divide %222, %225 : tensor<3x2x1x1x17xf32>
    %227 = "stablehlo.slice"(%226) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %228 = "stablehlo.slice"(%226) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %229 = stablehlo.dot_general %227, %151, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %230 = stablehlo.dot_general %228, %207, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %231 = stablehlo.add %229, %230 : tensor<3x2x1x1x12xf32>
    %232 = stablehlo.transpose %231, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %233 = stablehlo.reshape %232 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %234 = stablehlo.dot_general %233, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %235 = stablehlo.multiply %234, %234 : tensor<3x1x10xf32>
    %236 = stablehlo.constant dense<0.0> : tensor<f32>
    %237 = stablehlo.reduce(%235 init: %236) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %238 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %240 = stablehlo.multiply %237, %239 : tensor<3x1xf32>
    %241 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %243 = stablehlo.add %240, %242 : tensor<3x1xf32>
    %244 = stablehlo.rsqrt %243 : tensor<3x1xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %246 = stablehlo.multiply %234, %245 : tensor<3x1x10xf32>
    %247 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %248 = stablehlo.multiply %246, %247 : tensor<3x1x10xf32>
    %249 = stablehlo.add %145, %248 : tensor<3x1x10xf32>
    %250 = stablehlo.dot_general %249, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %251 = stablehlo.logistic %250 : tensor<3x1x56xf32>
    %252 = stablehlo.multiply %250, %251 : tensor<3x1x56xf32>
    %253 = stablehlo.dot_general %249, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %254 = stablehlo.multiply %252, %253 : tensor<3x1x56xf32>
    %255 = stablehlo.dot_general %254, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %256 = stablehlo.multiply %255, %255 : tensor<3x1x10xf32>
    %257 = stablehlo.constant dense<0.0> : tensor<f32>
    %258 = stablehlo.reduce(%256 init: %257) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %259 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %261 = stablehlo.multiply %258, %260 : tensor<3x1xf32>
    %262 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %264 = stablehlo.add %261, %263 : tensor<3x1xf32>
    %265 = stablehlo.rsqrt %264 : tensor<3x1xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %267 = stablehlo.multiply %255, %266 : tensor<3x1x10xf32>
    %268 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %269 = stablehlo.multiply %267, %268 : tensor<3x1x10xf32>
    %270 = stablehlo.add %249, %269 : tensor<3x1x10xf32>
    %271 = stablehlo.reshape %206 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %272 = stablehlo.reshape %207 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %273 = stablehlo.multiply %270, %270 : tensor<3x1x10xf32>
    %274 = stablehlo.constant dense<0.0> : tensor<f32>
    %275 = stablehlo.reduce(%273 init: %274) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %276 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %278 = stablehlo.multiply %275, %277 : tensor<3x1xf32>
    %279 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %281 = stablehlo.add %278, %280 : tensor<3x1xf32>
    %282 = stablehlo.rsqrt %281 : tensor<3x1xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %284 = stablehlo.multiply %270, %283 : tensor<3x1x10xf32>
    %285 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %286 = stablehlo.multiply %284, %285 : tensor<3x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %287 = stablehlo.concatenate %146, %271, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %288 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %289 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %290 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %291 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %292 = stablehlo.concatenate %288, %289, %290, %291, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %293 = stablehlo.reshape %287 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %294 = stablehlo.reshape %292 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %295 = "stablehlo.scatter"(%k_cache, %294, %293) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %296 = stablehlo.concatenate %147, %272, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %297 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %298 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %299 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %300 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %301 = stablehlo.concatenate %297, %298, %299, %300, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %302 = stablehlo.reshape %296 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %303 = stablehlo.reshape %301 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %304 = "stablehlo.scatter"(%v_cache, %303, %302) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %305 = stablehlo.reshape %286 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %306 = stablehlo.dot_general %305, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
    %307 = stablehlo.constant dense<0> : tensor<i32>
    %308 = stablehlo.broadcast_in_dim %307, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %309 = stablehlo.compare NE, %active, %308, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %310 = stablehlo.broadcast_in_dim %309, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %311 = stablehlo.constant dense<0.0> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %313 = stablehlo.select %310, %306, %312 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %313, %295, %304 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
