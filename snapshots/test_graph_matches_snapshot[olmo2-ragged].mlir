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
    %83 = "stablehlo.slice"(%80) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %84 = "stablehlo.slice"(%81) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %85 = "stablehlo.slice"(%82) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %86 = "stablehlo.slice"(%24) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %87 = "stablehlo.slice"(%26) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %88 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %89 = stablehlo.dot_general %83, %86, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %90 = stablehlo.dot_general %83, %84, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %91 = stablehlo.concatenate %89, %90, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %92 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<1x2x1x1x17xf32>
    %95 = stablehlo.broadcast_in_dim %88, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %96 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %98 = stablehlo.select %95, %94, %97 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %99 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %100 = stablehlo.reduce(%98 init: %99) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %102 = stablehlo.subtract %98, %101 : tensor<1x2x1x1x17xf32>
    %103 = stablehlo.exponential %102 : tensor<1x2x1x1x17xf32>
    %104 = stablehlo.constant dense<0.0> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %104) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %107 = stablehlo.divide %103, %106 : tensor<1x2x1x1x17xf32>
    %108 = "stablehlo.slice"(%107) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %109 = "stablehlo.slice"(%107) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %110 = stablehlo.dot_general %108, %87, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %111 = stablehlo.dot_general %109, %85, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %112 = stablehlo.add %110, %111 : tensor<1x2x1x1x12xf32>
    %113 = "stablehlo.slice"(%80) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %114 = "stablehlo.slice"(%81) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %115 = "stablehlo.slice"(%82) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %116 = "stablehlo.slice"(%24) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %117 = "stablehlo.slice"(%26) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %118 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %119 = stablehlo.dot_general %113, %116, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %120 = stablehlo.dot_general %113, %114, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %121 = stablehlo.concatenate %119, %120, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %122 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %124 = stablehlo.multiply %121, %123 : tensor<1x2x1x1x17xf32>
    %125 = stablehlo.broadcast_in_dim %118, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %126 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %128 = stablehlo.select %125, %124, %127 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %129 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %132 = stablehlo.subtract %128, %131 : tensor<1x2x1x1x17xf32>
    %133 = stablehlo.exponential %132 : tensor<1x2x1x1x17xf32>
    %134 = stablehlo.constant dense<0.0> : tensor<f32>
    %135 = stablehlo.reduce(%133 init: %134) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %137 = stablehlo.divide %133, %136 : tensor<1x2x1x1x17xf32>
    %138 = "stablehlo.slice"(%137) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %139 = "stablehlo.slice"(%137) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %140 = stablehlo.dot_general %138, %117, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %141 = stablehlo.dot_general %139, %115, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %142 = stablehlo.add %140, %141 : tensor<1x2x1x1x12xf32>
    %143 = "stablehlo.slice"(%80) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %144 = "stablehlo.slice"(%81) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %145 = "stablehlo.slice"(%82) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %146 = "stablehlo.slice"(%24) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %147 = "stablehlo.slice"(%26) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %148 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %149 = stablehlo.dot_general %143, %146, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %150 = stablehlo.dot_general %143, %144, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %151 = stablehlo.concatenate %149, %150, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %152 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %154 = stablehlo.multiply %151, %153 : tensor<1x2x1x1x17xf32>
    %155 = stablehlo.broadcast_in_dim %148, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %156 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %158 = stablehlo.select %155, %154, %157 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %159 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %160 = stablehlo.reduce(%158 init: %159) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %162 = stablehlo.subtract %158, %161 : tensor<1x2x1x1x17xf32>
    %163 = stablehlo.exponential %162 : tensor<1x2x1x1x17xf32>
    %164 = stablehlo.constant dense<0.0> : tensor<f32>
    %165 = stablehlo.reduce(%163 init: %164) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %167 = stablehlo.divide %163, %166 : tensor<1x2x1x1x17xf32>
    %168 = "stablehlo.slice"(%167) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %169 = "stablehlo.slice"(%167) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %170 = stablehlo.dot_general %168, %147, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %171 = stablehlo.dot_general %169, %145, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %172 = stablehlo.add %170, %171 : tensor<1x2x1x1x12xf32>
    %173 = stablehlo.concatenate %112, %142, %172, dim = 0 : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %174 = stablehlo.transpose %173, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %175 = stablehlo.reshape %174 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %176 = stablehlo.dot_general %175, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %177 = stablehlo.multiply %176, %176 : tensor<3x1x10xf32>
    %178 = stablehlo.constant dense<0.0> : tensor<f32>
    %179 = stablehlo.reduce(%177 init: %178) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %180 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %182 = stablehlo.multiply %179, %181 : tensor<3x1xf32>
    %183 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %185 = stablehlo.add %182, %184 : tensor<3x1xf32>
    %186 = stablehlo.rsqrt %185 : tensor<3x1xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %188 = stablehlo.multiply %176, %187 : tensor<3x1x10xf32>
    %189 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %190 = stablehlo.multiply %188, %189 : tensor<3x1x10xf32>
    %191 = stablehlo.add %2, %190 : tensor<3x1x10xf32>
    %192 = stablehlo.dot_general %191, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %193 = stablehlo.logistic %192 : tensor<3x1x56xf32>
    %194 = stablehlo.multiply %192, %193 : tensor<3x1x56xf32>
    %195 = stablehlo.dot_general %191, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<3x1x56xf32>
    %197 = stablehlo.dot_general %196, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %198 = stablehlo.multiply %197, %197 : tensor<3x1x10xf32>
    %199 = stablehlo.constant dense<0.0> : tensor<f32>
    %200 = stablehlo.reduce(%198 init: %199) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %201 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %203 = stablehlo.multiply %200, %202 : tensor<3x1xf32>
    %204 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %206 = stablehlo.add %203, %205 : tensor<3x1xf32>
    %207 = stablehlo.rsqrt %206 : tensor<3x1xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %209 = stablehlo.multiply %197, %208 : tensor<3x1x10xf32>
    %210 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %211 = stablehlo.multiply %209, %210 : tensor<3x1x10xf32>
    %212 = stablehlo.add %191, %211 : tensor<3x1x10xf32>
    %213 = stablehlo.reshape %81 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %214 = stablehlo.reshape %82 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %215 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %216 = stablehlo.reshape %215 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %217 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %218 = stablehlo.reshape %217 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %219 = stablehlo.dot_general %212, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %220 = stablehlo.dot_general %212, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %221 = stablehlo.dot_general %212, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %222 = stablehlo.multiply %219, %219 : tensor<3x1x24xf32>
    %223 = stablehlo.constant dense<0.0> : tensor<f32>
    %224 = stablehlo.reduce(%222 init: %223) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %225 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %227 = stablehlo.multiply %224, %226 : tensor<3x1xf32>
    %228 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %230 = stablehlo.add %227, %229 : tensor<3x1xf32>
    %231 = stablehlo.rsqrt %230 : tensor<3x1xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %233 = stablehlo.multiply %219, %232 : tensor<3x1x24xf32>
    %234 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %235 = stablehlo.multiply %233, %234 : tensor<3x1x24xf32>
    %236 = stablehlo.multiply %220, %220 : tensor<3x1x24xf32>
    %237 = stablehlo.constant dense<0.0> : tensor<f32>
    %238 = stablehlo.reduce(%236 init: %237) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %239 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %241 = stablehlo.multiply %238, %240 : tensor<3x1xf32>
    %242 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %244 = stablehlo.add %241, %243 : tensor<3x1xf32>
    %245 = stablehlo.rsqrt %244 : tensor<3x1xf32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %247 = stablehlo.multiply %220, %246 : tensor<3x1x24xf32>
    %248 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %249 = stablehlo.multiply %247, %248 : tensor<3x1x24xf32>
    %250 = stablehlo.reshape %235 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %251 = stablehlo.reshape %249 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %252 = stablehlo.reshape %221 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %253 = "stablehlo.slice"(%250) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %254 = "stablehlo.slice"(%250) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %255 = stablehlo.negate %254 : tensor<3x1x2x6xf32>
    %256 = stablehlo.concatenate %255, %253, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %257 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %258 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %259 = stablehlo.multiply %250, %257 : tensor<3x1x2x12xf32>
    %260 = stablehlo.multiply %256, %258 : tensor<3x1x2x12xf32>
    %261 = stablehlo.add %259, %260 : tensor<3x1x2x12xf32>
    %262 = "stablehlo.slice"(%251) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %263 = "stablehlo.slice"(%251) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %264 = stablehlo.negate %263 : tensor<3x1x2x6xf32>
    %265 = stablehlo.concatenate %264, %262, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %266 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %267 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %268 = stablehlo.multiply %251, %266 : tensor<3x1x2x12xf32>
    %269 = stablehlo.multiply %265, %267 : tensor<3x1x2x12xf32>
    %270 = stablehlo.add %268, %269 : tensor<3x1x2x12xf32>
    %271 = stablehlo.reshape %261 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %272 = stablehlo.transpose %271, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %273 = stablehlo.transpose %270, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %274 = stablehlo.transpose %252, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %275 = "stablehlo.slice"(%272) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %276 = "stablehlo.slice"(%273) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %277 = "stablehlo.slice"(%274) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %278 = "stablehlo.slice"(%216) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %279 = "stablehlo.slice"(%218) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %280 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %281 = stablehlo.dot_general %275, %278, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %282 = stablehlo.dot_general %275, %276, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %283 = stablehlo.concatenate %281, %282, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %284 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %286 = stablehlo.multiply %283, %285 : tensor<1x2x1x1x17xf32>
    %287 = stablehlo.broadcast_in_dim %280, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %288 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %290 = stablehlo.select %287, %286, %289 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %291 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %292 = stablehlo.reduce(%290 init: %291) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %294 = stablehlo.subtract %290, %293 : tensor<1x2x1x1x17xf32>
    %295 = stablehlo.exponential %294 : tensor<1x2x1x1x17xf32>
    %296 = stablehlo.constant dense<0.0> : tensor<f32>
    %297 = stablehlo.reduce(%295 init: %296) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %299 = stablehlo.divide %295, %298 : tensor<1x2x1x1x17xf32>
    %300 = "stablehlo.slice"(%299) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %301 = "stablehlo.slice"(%299) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %302 = stablehlo.dot_general %300, %279, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %303 = stablehlo.dot_general %301, %277, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %304 = stablehlo.add %302, %303 : tensor<1x2x1x1x12xf32>
    %305 = "stablehlo.slice"(%272) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %306 = "stablehlo.slice"(%273) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %307 = "stablehlo.slice"(%274) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %308 = "stablehlo.slice"(%216) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %309 = "stablehlo.slice"(%218) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %310 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %311 = stablehlo.dot_general %305, %308, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %312 = stablehlo.dot_general %305, %306, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %313 = stablehlo.concatenate %311, %312, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %314 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %316 = stablehlo.multiply %313, %315 : tensor<1x2x1x1x17xf32>
    %317 = stablehlo.broadcast_in_dim %310, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %318 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %320 = stablehlo.select %317, %316, %319 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %321 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %322 = stablehlo.reduce(%320 init: %321) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %323 = stablehlo.broadcast_in_dim %322, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %324 = stablehlo.subtract %320, %323 : tensor<1x2x1x1x17xf32>
    %325 = stablehlo.exponential %324 : tensor<1x2x1x1x17xf32>
    %326 = stablehlo.constant dense<0.0> : tensor<f32>
    %327 = stablehlo.reduce(%325 init: %326) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %329 = stablehlo.divide %325, %328 : tensor<1x2x1x1x17xf32>
    %330 = "stablehlo.slice"(%329) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %331 = "stablehlo.slice"(%329) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %332 = stablehlo.dot_general %330, %309, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %333 = stablehlo.dot_general %331, %307, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %334 = stablehlo.add %332, %333 : tensor<1x2x1x1x12xf32>
    %335 = "stablehlo.slice"(%272) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %336 = "stablehlo.slice"(%273) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %337 = "stablehlo.slice"(%274) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %338 = "stablehlo.slice"(%216) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %339 = "stablehlo.slice"(%218) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %340 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %341 = stablehlo.dot_general %335, %338, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %342 = stablehlo.dot_general %335, %336, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %343 = stablehlo.concatenate %341, %342, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %344 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %346 = stablehlo.multiply %343, %345 : tensor<1x2x1x1x17xf32>
    %347 = stablehlo.broadcast_in_dim %340, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %348 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %349 = stablehlo.broadcast_in_dim %348, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %350 = stablehlo.select %347, %346, %349 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %351 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %352 = stablehlo.reduce(%350 init: %351) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %354 = stablehlo.subtract %350, %353 : tensor<1x2x1x1x17xf32>
    %355 = stablehlo.exponential %354 : tensor<1x2x1x1x17xf32>
    %356 = stablehlo.constant dense<0.0> : tensor<f32>
    %357 = stablehlo.reduce(%355 init: %356) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %358 = stablehlo.broadcast_in_dim %357, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %359 = stablehlo.divide %355, %358 : tensor<1x2x1x1x17xf32>
    %360 = "stablehlo.slice"(%359) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %361 = "stablehlo.slice"(%359) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %362 = stablehlo.dot_general %360, %339, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %363 = stablehlo.dot_general %361, %337, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %364 = stablehlo.add %362, %363 : tensor<1x2x1x1x12xf32>
    %365 = stablehlo.concatenate %304, %334, %364, dim = 0 : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %366 = stablehlo.transpose %365, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %367 = stablehlo.reshape %366 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %368 = stablehlo.dot_general %367, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %369 = stablehlo.multiply %368, %368 : tensor<3x1x10xf32>
    %370 = stablehlo.constant dense<0.0> : tensor<f32>
    %371 = stablehlo.reduce(%369 init: %370) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %372 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %373 = stablehlo.broadcast_in_dim %372, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %374 = stablehlo.multiply %371, %373 : tensor<3x1xf32>
    %375 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %376 = stablehlo.broadcast_in_dim %375, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %377 = stablehlo.add %374, %376 : tensor<3x1xf32>
    %378 = stablehlo.rsqrt %377 : tensor<3x1xf32>
    %379 = stablehlo.broadcast_in_dim %378, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %380 = stablehlo.multiply %368, %379 : tensor<3x1x10xf32>
    %381 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %382 = stablehlo.multiply %380, %381 : tensor<3x1x10xf32>
    %383 = stablehlo.add %212, %382 : tensor<3x1x10xf32>
    %384 = stablehlo.dot_general %383, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %385 = stablehlo.logistic %384 : tensor<3x1x56xf32>
    %386 = stablehlo.multiply %384, %385 : tensor<3x1x56xf32>
    %387 = stablehlo.dot_general %383, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %388 = stablehlo.multiply %386, %387 : tensor<3x1x56xf32>
    %389 = stablehlo.dot_general %388, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %390 = stablehlo.multiply %389, %389 : tensor<3x1x10xf32>
    %391 = stablehlo.constant dense<0.0> : tensor<f32>
    %392 = stablehlo.reduce(%390 init: %391) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %393 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %394 = stablehlo.broadcast_in_dim %393, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %395 = stablehlo.multiply %392, %394 : tensor<3x1xf32>
    %396 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %396, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %398 = stablehlo.add %395, %397 : tensor<3x1xf32>
    %399 = stablehlo.rsqrt %398 : tensor<3x1xf32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %401 = stablehlo.multiply %389, %400 : tensor<3x1x10xf32>
    %402 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %403 = stablehlo.multiply %401, %402 : tensor<3x1x10xf32>
    %404 = stablehlo.add %383, %403 : tensor<3x1x10xf32>
    %405 = stablehlo.reshape %273 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %406 = stablehlo.reshape %274 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %407 = stablehlo.multiply %404, %404 : tensor<3x1x10xf32>
    %408 = stablehlo.constant dense<0.0> : tensor<f32>
    %409 = stablehlo.reduce(%407 init: %408) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %410 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %411 = stablehlo.broadcast_in_dim %410, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %412 = stablehlo.multiply %409, %411 : tensor<3x1xf32>
    %413 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %414 = stablehlo.broadcast_in_dim %413, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %415 = stablehlo.add %412, %414 : tensor<3x1xf32>
    %416 = stablehlo.rsqrt %415 : tensor<3x1xf32>
    %417 = stablehlo.broadcast_in_dim %416, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %418 = stablehlo.multiply %404, %417 : tensor<3x1x10xf32>
    %419 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %420 = stablehlo.multiply %418, %419 : tensor<3x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %421 = stablehlo.concatenate %213, %405, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %422 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %423 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %424 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %425 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %426 = stablehlo.concatenate %422, %423, %424, %425, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %427 = stablehlo.reshape %421 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %428 = stablehlo.reshape %426 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %429 = "stablehlo.scatter"(%k_cache, %428, %427) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %430 = stablehlo.concatenate %214, %406, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %431 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %432 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %433 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %434 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %435 = stablehlo.concatenate %431, %432, %433, %434, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %436 = stablehlo.reshape %430 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %437 = stablehlo.reshape %435 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %438 = "stablehlo.scatter"(%v_cache, %437, %436) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %439 = stablehlo.reshape %420 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %440 = stablehlo.dot_general %439, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
    %441 = stablehlo.constant dense<0> : tensor<i32>
    %442 = stablehlo.broadcast_in_dim %441, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %443 = stablehlo.compare NE, %active, %442, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %444 = stablehlo.broadcast_in_dim %443, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %445 = stablehlo.constant dense<0.0> : tensor<f32>
    %446 = stablehlo.broadcast_in_dim %445, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %447 = stablehlo.select %444, %440, %446 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %447, %429, %438 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
