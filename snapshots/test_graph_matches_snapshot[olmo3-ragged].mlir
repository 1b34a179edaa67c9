// olmo3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo3_ragged {
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
    %17 = stablehlo.subtract %14, %15 : tensor<3x1x1xi32>
    %18 = stablehlo.constant dense<5> : tensor<i32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %20 = stablehlo.compare LT, %17, %19, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %21 = stablehlo.and %16, %20 : tensor<3x1x1xi1>
    %22 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %23 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %24 = stablehlo.compare LT, %22, %23, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %25 = stablehlo.concatenate %24, %16, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %26 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %27 = stablehlo.add %23, %26 : tensor<3x1x16xi32>
    %28 = stablehlo.subtract %27, %22 : tensor<3x1x16xi32>
    %29 = stablehlo.constant dense<5> : tensor<i32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %31 = stablehlo.compare LT, %28, %30, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %32 = stablehlo.and %24, %31 : tensor<3x1x16xi1>
    %33 = stablehlo.concatenate %32, %21, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %34 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %35 = stablehlo.reshape %34 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %36 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %37 = stablehlo.reshape %36 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %38 = stablehlo.dot_general %2, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %39 = stablehlo.dot_general %2, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %40 = stablehlo.dot_general %2, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %41 = stablehlo.multiply %38, %38 : tensor<3x1x24xf32>
    %42 = stablehlo.constant dense<0.0> : tensor<f32>
    %43 = stablehlo.reduce(%41 init: %42) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %44 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %46 = stablehlo.multiply %43, %45 : tensor<3x1xf32>
    %47 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %49 = stablehlo.add %46, %48 : tensor<3x1xf32>
    %50 = stablehlo.rsqrt %49 : tensor<3x1xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %52 = stablehlo.multiply %38, %51 : tensor<3x1x24xf32>
    %53 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %54 = stablehlo.multiply %52, %53 : tensor<3x1x24xf32>
    %55 = stablehlo.multiply %39, %39 : tensor<3x1x24xf32>
    %56 = stablehlo.constant dense<0.0> : tensor<f32>
    %57 = stablehlo.reduce(%55 init: %56) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %58 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %60 = stablehlo.multiply %57, %59 : tensor<3x1xf32>
    %61 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %63 = stablehlo.add %60, %62 : tensor<3x1xf32>
    %64 = stablehlo.rsqrt %63 : tensor<3x1xf32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %66 = stablehlo.multiply %39, %65 : tensor<3x1x24xf32>
    %67 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %68 = stablehlo.multiply %66, %67 : tensor<3x1x24xf32>
    %69 = stablehlo.reshape %54 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %70 = stablehlo.reshape %68 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %71 = stablehlo.reshape %40 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %72 = "stablehlo.slice"(%69) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %73 = "stablehlo.slice"(%69) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %74 = stablehlo.negate %73 : tensor<3x1x2x6xf32>
    %75 = stablehlo.concatenate %74, %72, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %76 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %77 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %78 = stablehlo.multiply %69, %76 : tensor<3x1x2x12xf32>
    %79 = stablehlo.multiply %75, %77 : tensor<3x1x2x12xf32>
    %80 = stablehlo.add %78, %79 : tensor<3x1x2x12xf32>
    %81 = "stablehlo.slice"(%70) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %82 = "stablehlo.slice"(%70) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %83 = stablehlo.negate %82 : tensor<3x1x2x6xf32>
    %84 = stablehlo.concatenate %83, %81, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %85 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %86 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %87 = stablehlo.multiply %70, %85 : tensor<3x1x2x12xf32>
    %88 = stablehlo.multiply %84, %86 : tensor<3x1x2x12xf32>
    %89 = stablehlo.add %87, %88 : tensor<3x1x2x12xf32>
    %90 = stablehlo.reshape %80 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %91 = stablehlo.transpose %90, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %92 = stablehlo.transpose %89, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %93 = stablehlo.transpose %71, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %94 = "stablehlo.slice"(%91) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %95 = "stablehlo.slice"(%92) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %96 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %97 = "stablehlo.slice"(%35) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %98 = "stablehlo.slice"(%37) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %99 = "stablehlo.slice"(%33) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %100 = stablehlo.dot_general %94, %95, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %101 = stablehlo.dot_general %94, %97, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %102 = stablehlo.concatenate %101, %100, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %103 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<1x2x1x1x17xf32>
    %106 = stablehlo.broadcast_in_dim %99, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %107 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %109 = stablehlo.select %106, %105, %108 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %110 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %111 = stablehlo.reduce(%109 init: %110) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %113 = stablehlo.subtract %109, %112 : tensor<1x2x1x1x17xf32>
    %114 = stablehlo.exponential %113 : tensor<1x2x1x1x17xf32>
    %115 = stablehlo.constant dense<0.0> : tensor<f32>
    %116 = stablehlo.reduce(%114 init: %115) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %118 = stablehlo.divide %114, %117 : tensor<1x2x1x1x17xf32>
    %119 = "stablehlo.slice"(%118) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %120 = "stablehlo.slice"(%118) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %121 = stablehlo.dot_general %119, %98, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %122 = stablehlo.dot_general %120, %96, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %123 = stablehlo.add %121, %122 : tensor<1x2x1x1x12xf32>
    %124 = "stablehlo.slice"(%91) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %125 = "stablehlo.slice"(%92) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %126 = "stablehlo.slice"(%93) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %127 = "stablehlo.slice"(%35) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %128 = "stablehlo.slice"(%37) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %129 = "stablehlo.slice"(%33) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %130 = stablehlo.dot_general %124, %125, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %131 = stablehlo.dot_general %124, %127, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %132 = stablehlo.concatenate %131, %130, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %133 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<1x2x1x1x17xf32>
    %136 = stablehlo.broadcast_in_dim %129, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %137 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %139 = stablehlo.select %136, %135, %138 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %140 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %141 = stablehlo.reduce(%139 init: %140) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %143 = stablehlo.subtract %139, %142 : tensor<1x2x1x1x17xf32>
    %144 = stablehlo.exponential %143 : tensor<1x2x1x1x17xf32>
    %145 = stablehlo.constant dense<0.0> : tensor<f32>
    %146 = stablehlo.reduce(%144 init: %145) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %148 = stablehlo.divide %144, %147 : tensor<1x2x1x1x17xf32>
    %149 = "stablehlo.slice"(%148) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %150 = "stablehlo.slice"(%148) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %151 = stablehlo.dot_general %149, %128, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %152 = stablehlo.dot_general %150, %126, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %153 = stablehlo.add %151, %152 : tensor<1x2x1x1x12xf32>
    %154 = "stablehlo.slice"(%91) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %155 = "stablehlo.slice"(%92) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %156 = "stablehlo.slice"(%93) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %157 = "stablehlo.slice"(%35) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %158 = "stablehlo.slice"(%37) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %159 = "stablehlo.slice"(%33) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %160 = stablehlo.dot_general %154, %155, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %161 = stablehlo.dot_general %154, %157, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %162 = stablehlo.concatenate %161, %160, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %163 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %165 = stablehlo.multiply %162, %164 : tensor<1x2x1x1x17xf32>
    %166 = stablehlo.broadcast_in_dim %159, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %167 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %169 = stablehlo.select %166, %165, %168 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %170 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %171 = stablehlo.reduce(%169 init: %170) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %173 = stablehlo.subtract %169, %172 : tensor<1x2x1x1x17xf32>
    %174 = stablehlo.exponential %173 : tensor<1x2x1x1x17xf32>
    %175 = stablehlo.constant dense<0.0> : tensor<f32>
    %176 = stablehlo.reduce(%174 init: %175) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %178 = stablehlo.divide %174, %177 : tensor<1x2x1x1x17xf32>
    %179 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %180 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %181 = stablehlo.dot_general %179, %158, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %182 = stablehlo.dot_general %180, %156, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %183 = stablehlo.add %181, %182 : tensor<1x2x1x1x12xf32>
    %184 = stablehlo.concatenate %123, %153, %183, dim = 0 : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %185 = stablehlo.transpose %184, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %186 = stablehlo.reshape %185 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %187 = stablehlo.dot_general %186, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %188 = stablehlo.multiply %187, %187 : tensor<3x1x10xf32>
    %189 = stablehlo.constant dense<0.0> : tensor<f32>
    %190 = stablehlo.reduce(%188 init: %189) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %191 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %193 = stablehlo.multiply %190, %192 : tensor<3x1xf32>
    %194 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %196 = stablehlo.add %193, %195 : tensor<3x1xf32>
    %197 = stablehlo.rsqrt %196 : tensor<3x1xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %199 = stablehlo.multiply %187, %198 : tensor<3x1x10xf32>
    %200 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %201 = stablehlo.multiply %199, %200 : tensor<3x1x10xf32>
    %202 = stablehlo.add %2, %201 : tensor<3x1x10xf32>
    %203 = stablehlo.dot_general %202, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %204 = stablehlo.logistic %203 : tensor<3x1x56xf32>
    %205 = stablehlo.multiply %203, %204 : tensor<3x1x56xf32>
    %206 = stablehlo.dot_general %202, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %207 = stablehlo.multiply %205, %206 : tensor<3x1x56xf32>
    %208 = stablehlo.dot_general %207, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %209 = stablehlo.multiply %208, %208 : tensor<3x1x10xf32>
    %210 = stablehlo.constant dense<0.0> : tensor<f32>
    %211 = stablehlo.reduce(%209 init: %210) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %212 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %214 = stablehlo.multiply %211, %213 : tensor<3x1xf32>
    %215 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %217 = stablehlo.add %214, %216 : tensor<3x1xf32>
    %218 = stablehlo.rsqrt %217 : tensor<3x1xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %220 = stablehlo.multiply %208, %219 : tensor<3x1x10xf32>
    %221 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %222 = stablehlo.multiply %220, %221 : tensor<3x1x10xf32>
    %223 = stablehlo.add %202, %222 : tensor<3x1x10xf32>
    %224 = stablehlo.reshape %92 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %225 = stablehlo.reshape %93 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %226 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %227 = stablehlo.reshape %226 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %228 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %229 = stablehlo.reshape %228 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %230 = stablehlo.dot_general %223, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %231 = stablehlo.dot_general %223, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %232 = stablehlo.dot_general %223, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %233 = stablehlo.multiply %230, %230 : tensor<3x1x24xf32>
    %234 = stablehlo.constant dense<0.0> : tensor<f32>
    %235 = stablehlo.reduce(%233 init: %234) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %236 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %238 = stablehlo.multiply %235, %237 : tensor<3x1xf32>
    %239 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %241 = stablehlo.add %238, %240 : tensor<3x1xf32>
    %242 = stablehlo.rsqrt %241 : tensor<3x1xf32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %244 = stablehlo.multiply %230, %243 : tensor<3x1x24xf32>
    %245 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %246 = stablehlo.multiply %244, %245 : tensor<3x1x24xf32>
    %247 = stablehlo.multiply %231, %231 : tensor<3x1x24xf32>
    %248 = stablehlo.constant dense<0.0> : tensor<f32>
    %249 = stablehlo.reduce(%247 init: %248) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %250 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %252 = stablehlo.multiply %249, %251 : tensor<3x1xf32>
    %253 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %255 = stablehlo.add %252, %254 : tensor<3x1xf32>
    %256 = stablehlo.rsqrt %255 : tensor<3x1xf32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %258 = stablehlo.multiply %231, %257 : tensor<3x1x24xf32>
    %259 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<3x1x24xf32>
    %261 = stablehlo.reshape %246 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %262 = stablehlo.reshape %260 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %263 = stablehlo.reshape %232 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %264 = "stablehlo.slice"(%261) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %265 = "stablehlo.slice"(%261) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %266 = stablehlo.negate %265 : tensor<3x1x2x6xf32>
    %267 = stablehlo.concatenate %266, %264, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %268 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %269 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %270 = stablehlo.multiply %261, %268 : tensor<3x1x2x12xf32>
    %271 = stablehlo.multiply %267, %269 : tensor<3x1x2x12xf32>
    %272 = stablehlo.add %270, %271 : tensor<3x1x2x12xf32>
    %273 = "stablehlo.slice"(%262) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %274 = "stablehlo.slice"(%262) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %275 = stablehlo.negate %274 : tensor<3x1x2x6xf32>
    %276 = stablehlo.concatenate %275, %273, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %277 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %278 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %279 = stablehlo.multiply %262, %277 : tensor<3x1x2x12xf32>
    %280 = stablehlo.multiply %276, %278 : tensor<3x1x2x12xf32>
    %281 = stablehlo.add %279, %280 : tensor<3x1x2x12xf32>
    %282 = stablehlo.reshape %272 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %283 = stablehlo.transpose %282, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %284 = stablehlo.transpose %281, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %285 = stablehlo.transpose %263, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %286 = "stablehlo.slice"(%283) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %287 = "stablehlo.slice"(%284) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %288 = "stablehlo.slice"(%285) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %289 = "stablehlo.slice"(%227) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %290 = "stablehlo.slice"(%229) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %291 = "stablehlo.slice"(%25) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %292 = stablehlo.dot_general %286, %287, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %293 = stablehlo.dot_general %286, %289, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %294 = stablehlo.concatenate %293, %292, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %295 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %297 = stablehlo.multiply %294, %296 : tensor<1x2x1x1x17xf32>
    %298 = stablehlo.broadcast_in_dim %291, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %299 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %301 = stablehlo.select %298, %297, %300 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %302 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %303 = stablehlo.reduce(%301 init: %302) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %305 = stablehlo.subtract %301, %304 : tensor<1x2x1x1x17xf32>
    %306 = stablehlo.exponential %305 : tensor<1x2x1x1x17xf32>
    %307 = stablehlo.constant dense<0.0> : tensor<f32>
    %308 = stablehlo.reduce(%306 init: %307) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %310 = stablehlo.divide %306, %309 : tensor<1x2x1x1x17xf32>
    %311 = "stablehlo.slice"(%310) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %312 = "stablehlo.slice"(%310) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %313 = stablehlo.dot_general %311, %290, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %314 = stablehlo.dot_general %312, %288, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %315 = stablehlo.add %313, %314 : tensor<1x2x1x1x12xf32>
    %316 = "stablehlo.slice"(%283) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %317 = "stablehlo.slice"(%284) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %318 = "stablehlo.slice"(%285) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %319 = "stablehlo.slice"(%227) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %320 = "stablehlo.slice"(%229) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %321 = "stablehlo.slice"(%25) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %322 = stablehlo.dot_general %316, %317, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %323 = stablehlo.dot_general %316, %319, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %324 = stablehlo.concatenate %323, %322, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %325 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %327 = stablehlo.multiply %324, %326 : tensor<1x2x1x1x17xf32>
    %328 = stablehlo.broadcast_in_dim %321, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %329 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %331 = stablehlo.select %328, %327, %330 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %332 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %333 = stablehlo.reduce(%331 init: %332) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %334 = stablehlo.broadcast_in_dim %333, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %335 = stablehlo.subtract %331, %334 : tensor<1x2x1x1x17xf32>
    %336 = stablehlo.exponential %335 : tensor<1x2x1x1x17xf32>
    %337 = stablehlo.constant dense<0.0> : tensor<f32>
    %338 = stablehlo.reduce(%336 init: %337) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %340 = stablehlo.divide %336, %339 : tensor<1x2x1x1x17xf32>
    %341 = "stablehlo.slice"(%340) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %342 = "stablehlo.slice"(%340) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %343 = stablehlo.dot_general %341, %320, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %344 = stablehlo.dot_general %342, %318, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %345 = stablehlo.add %343, %344 : tensor<1x2x1x1x12xf32>
    %346 = "stablehlo.slice"(%283) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %347 = "stablehlo.slice"(%284) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %348 = "stablehlo.slice"(%285) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %349 = "stablehlo.slice"(%227) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %350 = "stablehlo.slice"(%229) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %351 = "stablehlo.slice"(%25) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %352 = stablehlo.dot_general %346, %347, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %353 = stablehlo.dot_general %346, %349, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %354 = stablehlo.concatenate %353, %352, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %355 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %357 = stablehlo.multiply %354, %356 : tensor<1x2x1x1x17xf32>
    %358 = stablehlo.broadcast_in_dim %351, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %359 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %361 = stablehlo.select %358, %357, %360 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %362 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %363 = stablehlo.reduce(%361 init: %362) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %364 = stablehlo.broadcast_in_dim %363, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %365 = stablehlo.subtract %361, %364 : tensor<1x2x1x1x17xf32>
    %366 = stablehlo.exponential %365 : tensor<1x2x1x1x17xf32>
    %367 = stablehlo.constant dense<0.0> : tensor<f32>
    %368 = stablehlo.reduce(%366 init: %367) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %369 = stablehlo.broadcast_in_dim %368, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %370 = stablehlo.divide %366, %369 : tensor<1x2x1x1x17xf32>
    %371 = "stablehlo.slice"(%370) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %372 = "stablehlo.slice"(%370) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %373 = stablehlo.dot_general %371, %350, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %374 = stablehlo.dot_general %372, %348, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %375 = stablehlo.add %373, %374 : tensor<1x2x1x1x12xf32>
    %376 = stablehlo.concatenate %315, %345, %375, dim = 0 : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>, tensor<1x2x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %377 = stablehlo.transpose %376, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %378 = stablehlo.reshape %377 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %379 = stablehlo.dot_general %378, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %380 = stablehlo.multiply %379, %379 : tensor<3x1x10xf32>
    %381 = stablehlo.constant dense<0.0> : tensor<f32>
    %382 = stablehlo.reduce(%380 init: %381) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %383 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %384 = stablehlo.broadcast_in_dim %383, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %385 = stablehlo.multiply %382, %384 : tensor<3x1xf32>
    %386 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %387 = stablehlo.broadcast_in_dim %386, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %388 = stablehlo.add %385, %387 : tensor<3x1xf32>
    %389 = stablehlo.rsqrt %388 : tensor<3x1xf32>
    %390 = stablehlo.broadcast_in_dim %389, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %391 = stablehlo.multiply %379, %390 : tensor<3x1x10xf32>
    %392 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %393 = stablehlo.multiply %391, %392 : tensor<3x1x10xf32>
    %394 = stablehlo.add %223, %393 : tensor<3x1x10xf32>
    %395 = stablehlo.dot_general %394, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %396 = stablehlo.logistic %395 : tensor<3x1x56xf32>
    %397 = stablehlo.multiply %395, %396 : tensor<3x1x56xf32>
    %398 = stablehlo.dot_general %394, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %399 = stablehlo.multiply %397, %398 : tensor<3x1x56xf32>
    %400 = stablehlo.dot_general %399, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %401 = stablehlo.multiply %400, %400 : tensor<3x1x10xf32>
    %402 = stablehlo.constant dense<0.0> : tensor<f32>
    %403 = stablehlo.reduce(%401 init: %402) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %404 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %405 = stablehlo.broadcast_in_dim %404, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %406 = stablehlo.multiply %403, %405 : tensor<3x1xf32>
    %407 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %408 = stablehlo.broadcast_in_dim %407, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %409 = stablehlo.add %406, %408 : tensor<3x1xf32>
    %410 = stablehlo.rsqrt %409 : tensor<3x1xf32>
    %411 = stablehlo.broadcast_in_dim %410, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %412 = stablehlo.multiply %400, %411 : tensor<3x1x10xf32>
    %413 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %414 = stablehlo.multiply %412, %413 : tensor<3x1x10xf32>
    %415 = stablehlo.add %394, %414 : tensor<3x1x10xf32>
    %416 = stablehlo.reshape %284 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %417 = stablehlo.reshape %285 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %418 = stablehlo.multiply %415, %415 : tensor<3x1x10xf32>
    %419 = stablehlo.constant dense<0.0> : tensor<f32>
    %420 = stablehlo.reduce(%418 init: %419) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %421 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %422 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %423 = stablehlo.multiply %420, %422 : tensor<3x1xf32>
    %424 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %425 = stablehlo.broadcast_in_dim %424, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %426 = stablehlo.add %423, %425 : tensor<3x1xf32>
    %427 = stablehlo.rsqrt %426 : tensor<3x1xf32>
    %428 = stablehlo.broadcast_in_dim %427, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %429 = stablehlo.multiply %415, %428 : tensor<3x1x10xf32>
    %430 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %431 = stablehlo.multiply %429, %430 : tensor<3x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %432 = stablehlo.concatenate %224, %416, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %433 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %434 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %435 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %436 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %437 = stablehlo.concatenate %433, %434, %435, %436, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %438 = stablehlo.reshape %432 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %439 = stablehlo.reshape %437 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %440 = "stablehlo.scatter"(%k_cache, %439, %438) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %441 = stablehlo.concatenate %225, %417, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %442 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %443 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %444 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %445 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %446 = stablehlo.concatenate %442, %443, %444, %445, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %447 = stablehlo.reshape %441 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %448 = stablehlo.reshape %446 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %449 = "stablehlo.scatter"(%v_cache, %448, %447) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %450 = stablehlo.reshape %431 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %451 = stablehlo.dot_general %450, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
    %452 = stablehlo.constant dense<0> : tensor<i32>
    %453 = stablehlo.broadcast_in_dim %452, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %454 = stablehlo.compare NE, %active, %453, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %455 = stablehlo.broadcast_in_dim %454, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %456 = stablehlo.constant dense<0.0> : tensor<f32>
    %457 = stablehlo.broadcast_in_dim %456, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %458 = stablehlo.select %455, %451, %457 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %458, %440, %449 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
