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
    %81 = "stablehlo.slice"(%78) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %82 = "stablehlo.slice"(%79) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %83 = "stablehlo.slice"(%80) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %84 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %85 = "stablehlo.slice"(%24) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %86 = "stablehlo.slice"(%20) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %87 = stablehlo.dot_general %81, %82, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %88 = stablehlo.dot_general %81, %84, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %89 = stablehlo.concatenate %88, %87, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %90 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<1x2x1x1x17xf32>
    %93 = stablehlo.broadcast_in_dim %86, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %94 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %96 = stablehlo.select %93, %92, %95 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %97 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %98 = stablehlo.reduce(%96 init: %97) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %100 = stablehlo.subtract %96, %99 : tensor<1x2x1x1x17xf32>
    %101 = stablehlo.exponential %100 : tensor<1x2x1x1x17xf32>
    %102 = stablehlo.constant dense<0.0> : tensor<f32>
    %103 = stablehlo.reduce(%101 init: %102) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %105 = stablehlo.divide %101, %104 : tensor<1x2x1x1x17xf32>
    %106 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %107 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %108 = stablehlo.dot_general %106, %85, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %109 = stablehlo.dot_general %107, %83, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %110 = stablehlo.add %108, %109 : tensor<1x2x1x1x12xf32>
    %111 = "stablehlo.slice"(%78) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %112 = "stablehlo.slice"(%79) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %113 = "stablehlo.slice"(%80) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %114 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %115 = "stablehlo.slice"(%24) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %116 = "stablehlo.slice"(%20) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %117 = stablehlo.dot_general %111, %112, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %118 = stablehlo.dot_general %111, %114, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %119 = stablehlo.concatenate %118, %117, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %120 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %122 = stablehlo.multiply %119, %121 : tensor<1x2x1x1x17xf32>
    %123 = stablehlo.broadcast_in_dim %116, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %124 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %126 = stablehlo.select %123, %122, %125 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %127 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %128 = stablehlo.reduce(%126 init: %127) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %130 = stablehlo.subtract %126, %129 : tensor<1x2x1x1x17xf32>
    %131 = stablehlo.exponential %130 : tensor<1x2x1x1x17xf32>
    %132 = stablehlo.constant dense<0.0> : tensor<f32>
    %133 = stablehlo.reduce(%131 init: %132) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %135 = stablehlo.divide %131, %134 : tensor<1x2x1x1x17xf32>
    %136 = "stablehlo.slice"(%135) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %137 = "stablehlo.slice"(%135) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %138 = stablehlo.dot_general %136, %115, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %139 = stablehlo.dot_general %137, %113, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %140 = stablehlo.add %138, %139 : tensor<1x2x1x1x12xf32>
    %141 = "stablehlo.slice"(%78) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %142 = "stablehlo.slice"(%79) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %143 = "stablehlo.slice"(%80) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %144 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %145 = "stablehlo.slice"(%24) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %146 = "stablehlo.slice"(%20) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %147 = stablehlo.dot_general %141, %142, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %148 = stablehlo.dot_general %141, %144, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %149 = stablehlo.concatenate %148, %147, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %150 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %152 = stablehlo.multiply %149, %151 : tensor<1x2x1x1x17xf32>
    %153 = stablehlo.broadcast_in_dim %146, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %154 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %156 = stablehlo.select %153, %152, %155 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %157 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %158 = stablehlo.reduce(%156 init: %157) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %160 = stablehlo.subtract %156, %159 : tensor<1x2x1x1x17xf32>
    %161 = stablehlo.exponential %160 : tensor<1x2x1x1x17xf32>
    %162 = stablehlo.constant dense<0.0> : tensor<f32>
    %163 = stablehlo.reduce(%161 init: %162) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %165 = stablehlo.divide %161, %164 : tensor<1x2x1x1x17xf32>
    %166 = "stablehlo.slice"(%165) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %167 = "stablehlo.slice"(%165) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %168 = stablehlo.dot_general %166, %145, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %169 = stablehlo.dot_general %167, %143, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %170 = stablehlo.add %168, %169 : tensor<1x2x1x1x12xf32>
    %171 = stablehlo.concatenate %110, %140, %170, dim = 0 : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %172 = stablehlo.transpose %171, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %173 = stablehlo.reshape %172 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %174 = stablehlo.dot_general %173, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %175 = stablehlo.multiply %174, %174 : tensor<3x1x10xf32>
    %176 = stablehlo.constant dense<0.0> : tensor<f32>
    %177 = stablehlo.reduce(%175 init: %176) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %178 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %180 = stablehlo.multiply %177, %179 : tensor<3x1xf32>
    %181 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %183 = stablehlo.add %180, %182 : tensor<3x1xf32>
    %184 = stablehlo.rsqrt %183 : tensor<3x1xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %186 = stablehlo.multiply %174, %185 : tensor<3x1x10xf32>
    %187 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %188 = stablehlo.multiply %186, %187 : tensor<3x1x10xf32>
    %189 = stablehlo.add %2, %188 : tensor<3x1x10xf32>
    %190 = stablehlo.dot_general %189, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %191 = stablehlo.logistic %190 : tensor<3x1x56xf32>
    %192 = stablehlo.multiply %190, %191 : tensor<3x1x56xf32>
    %193 = stablehlo.dot_general %189, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %194 = stablehlo.multiply %192, %193 : tensor<3x1x56xf32>
    %195 = stablehlo.dot_general %194, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %196 = stablehlo.multiply %195, %195 : tensor<3x1x10xf32>
    %197 = stablehlo.constant dense<0.0> : tensor<f32>
    %198 = stablehlo.reduce(%196 init: %197) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %199 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<3x1xf32>
    %202 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %204 = stablehlo.add %201, %203 : tensor<3x1xf32>
    %205 = stablehlo.rsqrt %204 : tensor<3x1xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %207 = stablehlo.multiply %195, %206 : tensor<3x1x10xf32>
    %208 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<3x1x10xf32>
    %210 = stablehlo.add %189, %209 : tensor<3x1x10xf32>
    %211 = stablehlo.reshape %79 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %212 = stablehlo.reshape %80 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %213 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %214 = stablehlo.reshape %213 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %215 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %216 = stablehlo.reshape %215 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %217 = stablehlo.dot_general %210, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %218 = stablehlo.dot_general %210, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %219 = stablehlo.dot_general %210, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %220 = stablehlo.multiply %217, %217 : tensor<3x1x24xf32>
    %221 = stablehlo.constant dense<0.0> : tensor<f32>
    %222 = stablehlo.reduce(%220 init: %221) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %223 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %225 = stablehlo.multiply %222, %224 : tensor<3x1xf32>
    %226 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %228 = stablehlo.add %225, %227 : tensor<3x1xf32>
    %229 = stablehlo.rsqrt %228 : tensor<3x1xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %231 = stablehlo.multiply %217, %230 : tensor<3x1x24xf32>
    %232 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %233 = stablehlo.multiply %231, %232 : tensor<3x1x24xf32>
    %234 = stablehlo.multiply %218, %218 : tensor<3x1x24xf32>
    %235 = stablehlo.constant dense<0.0> : tensor<f32>
    %236 = stablehlo.reduce(%234 init: %235) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %237 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %239 = stablehlo.multiply %236, %238 : tensor<3x1xf32>
    %240 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %242 = stablehlo.add %239, %241 : tensor<3x1xf32>
    %243 = stablehlo.rsqrt %242 : tensor<3x1xf32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %245 = stablehlo.multiply %218, %244 : tensor<3x1x24xf32>
    %246 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %247 = stablehlo.multiply %245, %246 : tensor<3x1x24xf32>
    %248 = stablehlo.reshape %233 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %249 = stablehlo.reshape %247 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %250 = stablehlo.reshape %219 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %251 = "stablehlo.slice"(%248) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %252 = "stablehlo.slice"(%248) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %253 = stablehlo.negate %252 : tensor<3x1x2x6xf32>
    %254 = stablehlo.concatenate %253, %251, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %255 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %256 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %257 = stablehlo.multiply %248, %255 : tensor<3x1x2x12xf32>
    %258 = stablehlo.multiply %254, %256 : tensor<3x1x2x12xf32>
    %259 = stablehlo.add %257, %258 : tensor<3x1x2x12xf32>
    %260 = "stablehlo.slice"(%249) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %261 = "stablehlo.slice"(%249) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %262 = stablehlo.negate %261 : tensor<3x1x2x6xf32>
    %263 = stablehlo.concatenate %262, %260, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %264 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %265 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %266 = stablehlo.multiply %249, %264 : tensor<3x1x2x12xf32>
    %267 = stablehlo.multiply %263, %265 : tensor<3x1x2x12xf32>
    %268 = stablehlo.add %266, %267 : tensor<3x1x2x12xf32>
    %269 = stablehlo.reshape %259 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %270 = stablehlo.transpose %269, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %271 = stablehlo.transpose %268, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %272 = stablehlo.transpose %250, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %273 = "stablehlo.slice"(%270) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %274 = "stablehlo.slice"(%271) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %275 = "stablehlo.slice"(%272) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %276 = "stablehlo.slice"(%214) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %277 = "stablehlo.slice"(%216) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %278 = "stablehlo.slice"(%20) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %279 = stablehlo.dot_general %273, %274, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %280 = stablehlo.dot_general %273, %276, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %281 = stablehlo.concatenate %280, %279, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %282 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %284 = stablehlo.multiply %281, %283 : tensor<1x2x1x1x17xf32>
    %285 = stablehlo.broadcast_in_dim %278, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %286 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %288 = stablehlo.select %285, %284, %287 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %289 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %290 = stablehlo.reduce(%288 init: %289) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %292 = stablehlo.subtract %288, %291 : tensor<1x2x1x1x17xf32>
    %293 = stablehlo.exponential %292 : tensor<1x2x1x1x17xf32>
    %294 = stablehlo.constant dense<0.0> : tensor<f32>
    %295 = stablehlo.reduce(%293 init: %294) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %297 = stablehlo.divide %293, %296 : tensor<1x2x1x1x17xf32>
    %298 = "stablehlo.slice"(%297) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %299 = "stablehlo.slice"(%297) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %300 = stablehlo.dot_general %298, %277, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %301 = stablehlo.dot_general %299, %275, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %302 = stablehlo.add %300, %301 : tensor<1x2x1x1x12xf32>
    %303 = "stablehlo.slice"(%270) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %304 = "stablehlo.slice"(%271) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %305 = "stablehlo.slice"(%272) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %306 = "stablehlo.slice"(%214) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %307 = "stablehlo.slice"(%216) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %308 = "stablehlo.slice"(%20) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %309 = stablehlo.dot_general %303, %304, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %310 = stablehlo.dot_general %303, %306, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %311 = stablehlo.concatenate %310, %309, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %312 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %314 = stablehlo.multiply %311, %313 : tensor<1x2x1x1x17xf32>
    %315 = stablehlo.broadcast_in_dim %308, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %316 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %318 = stablehlo.select %315, %314, %317 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %319 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %320 = stablehlo.reduce(%318 init: %319) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %322 = stablehlo.subtract %318, %321 : tensor<1x2x1x1x17xf32>
    %323 = stablehlo.exponential %322 : tensor<1x2x1x1x17xf32>
    %324 = stablehlo.constant dense<0.0> : tensor<f32>
    %325 = stablehlo.reduce(%323 init: %324) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %327 = stablehlo.divide %323, %326 : tensor<1x2x1x1x17xf32>
    %328 = "stablehlo.slice"(%327) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %329 = "stablehlo.slice"(%327) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %330 = stablehlo.dot_general %328, %307, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %331 = stablehlo.dot_general %329, %305, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %332 = stablehlo.add %330, %331 : tensor<1x2x1x1x12xf32>
    %333 = "stablehlo.slice"(%270) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %334 = "stablehlo.slice"(%271) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %335 = "stablehlo.slice"(%272) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %336 = "stablehlo.slice"(%214) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %337 = "stablehlo.slice"(%216) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %338 = "stablehlo.slice"(%20) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %339 = stablehlo.dot_general %333, %334, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %340 = stablehlo.dot_general %333, %336, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %341 = stablehlo.concatenate %340, %339, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %342 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %343 = stablehlo.broadcast_in_dim %342, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %344 = stablehlo.multiply %341, %343 : tensor<1x2x1x1x17xf32>
    %345 = stablehlo.broadcast_in_dim %338, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %346 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %346, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %348 = stablehlo.select %345, %344, %347 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %349 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %350 = stablehlo.reduce(%348 init: %349) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %352 = stablehlo.subtract %348, %351 : tensor<1x2x1x1x17xf32>
    %353 = stablehlo.exponential %352 : tensor<1x2x1x1x17xf32>
    %354 = stablehlo.constant dense<0.0> : tensor<f32>
    %355 = stablehlo.reduce(%353 init: %354) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %357 = stablehlo.divide %353, %356 : tensor<1x2x1x1x17xf32>
    %358 = "stablehlo.slice"(%357) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %359 = "stablehlo.slice"(%357) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %360 = stablehlo.dot_general %358, %337, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %361 = stablehlo.dot_general %359, %335, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %362 = stablehlo.add %360, %361 : tensor<1x2x1x1x12xf32>
    %363 = stablehlo.concatenate %302, %332, %362, dim = 0 : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %364 = stablehlo.transpose %363, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %365 = stablehlo.reshape %364 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %366 = stablehlo.dot_general %365, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %367 = stablehlo.multiply %366, %366 : tensor<3x1x10xf32>
    %368 = stablehlo.constant dense<0.0> : tensor<f32>
    %369 = stablehlo.reduce(%367 init: %368) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %370 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %372 = stablehlo.multiply %369, %371 : tensor<3x1xf32>
    %373 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %374 = stablehlo.broadcast_in_dim %373, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %375 = stablehlo.add %372, %374 : tensor<3x1xf32>
    %376 = stablehlo.rsqrt %375 : tensor<3x1xf32>
    %377 = stablehlo.broadcast_in_dim %376, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %378 = stablehlo.multiply %366, %377 : tensor<3x1x10xf32>
    %379 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %380 = stablehlo.multiply %378, %379 : tensor<3x1x10xf32>
    %381 = stablehlo.add %210, %380 : tensor<3x1x10xf32>
    %382 = stablehlo.dot_general %381, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %383 = stablehlo.logistic %382 : tensor<3x1x56xf32>
    %384 = stablehlo.multiply %382, %383 : tensor<3x1x56xf32>
    %385 = stablehlo.dot_general %381, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %386 = stablehlo.multiply %384, %385 : tensor<3x1x56xf32>
    %387 = stablehlo.dot_general %386, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %388 = stablehlo.multiply %387, %387 : tensor<3x1x10xf32>
    %389 = stablehlo.constant dense<0.0> : tensor<f32>
    %390 = stablehlo.reduce(%388 init: %389) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %391 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %392 = stablehlo.broadcast_in_dim %391, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %393 = stablehlo.multiply %390, %392 : tensor<3x1xf32>
    %394 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %395 = stablehlo.broadcast_in_dim %394, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %396 = stablehlo.add %393, %395 : tensor<3x1xf32>
    %397 = stablehlo.rsqrt %396 : tensor<3x1xf32>
    %398 = stablehlo.broadcast_in_dim %397, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %399 = stablehlo.multiply %387, %398 : tensor<3x1x10xf32>
    %400 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %401 = stablehlo.multiply %399, %400 : tensor<3x1x10xf32>
    %402 = stablehlo.add %381, %401 : tensor<3x1x10xf32>
    %403 = stablehlo.reshape %271 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %404 = stablehlo.reshape %272 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %405 = stablehlo.multiply %402, %402 : tensor<3x1x10xf32>
    %406 = stablehlo.constant dense<0.0> : tensor<f32>
    %407 = stablehlo.reduce(%405 init: %406) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %408 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %410 = stablehlo.multiply %407, %409 : tensor<3x1xf32>
    %411 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %412 = stablehlo.broadcast_in_dim %411, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %413 = stablehlo.add %410, %412 : tensor<3x1xf32>
    %414 = stablehlo.rsqrt %413 : tensor<3x1xf32>
    %415 = stablehlo.broadcast_in_dim %414, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %416 = stablehlo.multiply %402, %415 : tensor<3x1x10xf32>
    %417 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %418 = stablehlo.multiply %416, %417 : tensor<3x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %419 = stablehlo.concatenate %211, %403, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %420 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %421 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %422 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %423 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %424 = stablehlo.concatenate %420, %421, %422, %423, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %425 = stablehlo.reshape %419 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %426 = stablehlo.reshape %424 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %427 = "stablehlo.scatter"(%k_cache, %426, %425) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %428 = stablehlo.concatenate %212, %404, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %429 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %430 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %431 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %432 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %433 = stablehlo.concatenate %429, %430, %431, %432, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %434 = stablehlo.reshape %428 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %435 = stablehlo.reshape %433 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %436 = "stablehlo.scatter"(%v_cache, %435, %434) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %437 = stablehlo.reshape %418 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %438 = stablehlo.dot_general %437, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
    %439 = stablehlo.constant dense<0> : tensor<i32>
    %440 = stablehlo.broadcast_in_dim %439, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %441 = stablehlo.compare NE, %active, %440, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %442 = stablehlo.broadcast_in_dim %441, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %443 = stablehlo.constant dense<0.0> : tensor<f32>
    %444 = stablehlo.broadcast_in_dim %443, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %445 = stablehlo.select %442, %438, %444 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %445, %427, %436 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
