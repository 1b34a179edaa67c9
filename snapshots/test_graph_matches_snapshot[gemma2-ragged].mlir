// gemma2 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @gemma2_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<3x1x1xi32>) -> tensor<3x1x20xf32>
    %3 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<3x1x20xf32>
    %5 = stablehlo.multiply %2, %4 : tensor<3x1x20xf32>
    %6 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<3x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.2154434621334076, 0.04641588777303696, 0.009999999776482582, 0.002154434798285365, 0.00046415888937190175]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<3x1x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %15 = stablehlo.cosine %14 : tensor<3x1x12xf32>
    %16 = stablehlo.sine %14 : tensor<3x1x12xf32>
    %17 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %18 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %19 = stablehlo.compare LE, %18, %17, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %20 = stablehlo.subtract %17, %18 : tensor<3x1x1xi32>
    %21 = stablehlo.constant dense<5> : tensor<i32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %23 = stablehlo.compare LT, %20, %22, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %24 = stablehlo.and %19, %23 : tensor<3x1x1xi1>
    %25 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %26 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %27 = stablehlo.compare LT, %25, %26, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %28 = stablehlo.concatenate %27, %19, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %29 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %30 = stablehlo.add %26, %29 : tensor<3x1x16xi32>
    %31 = stablehlo.subtract %30, %25 : tensor<3x1x16xi32>
    %32 = stablehlo.constant dense<5> : tensor<i32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %34 = stablehlo.compare LT, %31, %33, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %35 = stablehlo.and %27, %34 : tensor<3x1x16xi1>
    %36 = stablehlo.concatenate %35, %24, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %37 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %38 = stablehlo.reshape %37 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %39 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %40 = stablehlo.reshape %39 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %41 = stablehlo.multiply %5, %5 : tensor<3x1x20xf32>
    %42 = stablehlo.constant dense<0.0> : tensor<f32>
    %43 = stablehlo.reduce(%41 init: %42) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %44 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %46 = stablehlo.multiply %43, %45 : tensor<3x1xf32>
    %47 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %49 = stablehlo.add %46, %48 : tensor<3x1xf32>
    %50 = stablehlo.rsqrt %49 : tensor<3x1xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %52 = stablehlo.multiply %5, %51 : tensor<3x1x20xf32>
    %53 = stablehlo.constant dense<1.0> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %55 = stablehlo.add %model.layers.0.input_layernorm.weight, %54 : tensor<20xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %57 = stablehlo.multiply %52, %56 : tensor<3x1x20xf32>
    %58 = stablehlo.dot_general %57, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %59 = stablehlo.dot_general %57, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %60 = stablehlo.dot_general %57, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %61 = stablehlo.reshape %58 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %62 = stablehlo.reshape %59 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %63 = stablehlo.reshape %60 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %64 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %65 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %66 = stablehlo.negate %65 : tensor<3x1x4x6xf32>
    %67 = stablehlo.concatenate %66, %64, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %68 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %69 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %70 = stablehlo.multiply %61, %68 : tensor<3x1x4x12xf32>
    %71 = stablehlo.multiply %67, %69 : tensor<3x1x4x12xf32>
    %72 = stablehlo.add %70, %71 : tensor<3x1x4x12xf32>
    %73 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %74 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %75 = stablehlo.negate %74 : tensor<3x1x2x6xf32>
    %76 = stablehlo.concatenate %75, %73, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %77 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %78 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %79 = stablehlo.multiply %62, %77 : tensor<3x1x2x12xf32>
    %80 = stablehlo.multiply %76, %78 : tensor<3x1x2x12xf32>
    %81 = stablehlo.add %79, %80 : tensor<3x1x2x12xf32>
    %82 = stablehlo.reshape %72 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %83 = stablehlo.transpose %82, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %84 = stablehlo.transpose %81, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %85 = stablehlo.transpose %63, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %86 = "stablehlo.slice"(%83) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %87 = "stablehlo.slice"(%84) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %88 = "stablehlo.slice"(%85) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %89 = "stablehlo.slice"(%38) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %90 = "stablehlo.slice"(%40) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %91 = "stablehlo.slice"(%36) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %92 = stablehlo.dot_general %86, %87, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %93 = stablehlo.dot_general %86, %89, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %94 = stablehlo.concatenate %93, %92, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %95 = stablehlo.constant dense<0.0625> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %97 = stablehlo.multiply %94, %96 : tensor<1x2x1x2x17xf32>
    %98 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %100 = stablehlo.multiply %97, %99 : tensor<1x2x1x2x17xf32>
    %101 = stablehlo.tanh %100 : tensor<1x2x1x2x17xf32>
    %102 = stablehlo.constant dense<50.0> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %104 = stablehlo.multiply %101, %103 : tensor<1x2x1x2x17xf32>
    %105 = stablehlo.broadcast_in_dim %91, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %106 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %108 = stablehlo.select %105, %104, %107 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %109 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %110 = stablehlo.reduce(%108 init: %109) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %112 = stablehlo.subtract %108, %111 : tensor<1x2x1x2x17xf32>
    %113 = stablehlo.exponential %112 : tensor<1x2x1x2x17xf32>
    %114 = stablehlo.constant dense<0.0> : tensor<f32>
    %115 = stablehlo.reduce(%113 init: %114) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %117 = stablehlo.divide %113, %116 : tensor<1x2x1x2x17xf32>
    %118 = "stablehlo.slice"(%117) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %119 = "stablehlo.slice"(%117) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %120 = stablehlo.dot_general %118, %90, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %121 = stablehlo.dot_general %119, %88, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %122 = stablehlo.add %120, %121 : tensor<1x2x1x2x12xf32>
    %123 = "stablehlo.slice"(%83) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %124 = "stablehlo.slice"(%84) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %125 = "stablehlo.slice"(%85) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %126 = "stablehlo.slice"(%38) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %127 = "stablehlo.slice"(%40) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %128 = "stablehlo.slice"(%36) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %129 = stablehlo.dot_general %123, %124, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %130 = stablehlo.dot_general %123, %126, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %131 = stablehlo.concatenate %130, %129, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %132 = stablehlo.constant dense<0.0625> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %134 = stablehlo.multiply %131, %133 : tensor<1x2x1x2x17xf32>
    %135 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<1x2x1x2x17xf32>
    %138 = stablehlo.tanh %137 : tensor<1x2x1x2x17xf32>
    %139 = stablehlo.constant dense<50.0> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %141 = stablehlo.multiply %138, %140 : tensor<1x2x1x2x17xf32>
    %142 = stablehlo.broadcast_in_dim %128, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %143 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %145 = stablehlo.select %142, %141, %144 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %146 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %147 = stablehlo.reduce(%145 init: %146) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %149 = stablehlo.subtract %145, %148 : tensor<1x2x1x2x17xf32>
    %150 = stablehlo.exponential %149 : tensor<1x2x1x2x17xf32>
    %151 = stablehlo.constant dense<0.0> : tensor<f32>
    %152 = stablehlo.reduce(%150 init: %151) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %154 = stablehlo.divide %150, %153 : tensor<1x2x1x2x17xf32>
    %155 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %156 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %157 = stablehlo.dot_general %155, %127, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %158 = stablehlo.dot_general %156, %125, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %159 = stablehlo.add %157, %158 : tensor<1x2x1x2x12xf32>
    %160 = "stablehlo.slice"(%83) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %161 = "stablehlo.slice"(%84) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %162 = "stablehlo.slice"(%85) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %163 = "stablehlo.slice"(%38) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %164 = "stablehlo.slice"(%40) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %165 = "stablehlo.slice"(%36) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %166 = stablehlo.dot_general %160, %161, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %167 = stablehlo.dot_general %160, %163, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %168 = stablehlo.concatenate %167, %166, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %169 = stablehlo.constant dense<0.0625> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %171 = stablehlo.multiply %168, %170 : tensor<1x2x1x2x17xf32>
    %172 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<1x2x1x2x17xf32>
    %175 = stablehlo.tanh %174 : tensor<1x2x1x2x17xf32>
    %176 = stablehlo.constant dense<50.0> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %178 = stablehlo.multiply %175, %177 : tensor<1x2x1x2x17xf32>
    %179 = stablehlo.broadcast_in_dim %165, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %180 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %182 = stablehlo.select %179, %178, %181 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %183 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %184 = stablehlo.reduce(%182 init: %183) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %186 = stablehlo.subtract %182, %185 : tensor<1x2x1x2x17xf32>
    %187 = stablehlo.exponential %186 : tensor<1x2x1x2x17xf32>
    %188 = stablehlo.constant dense<0.0> : tensor<f32>
    %189 = stablehlo.reduce(%187 init: %188) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %191 = stablehlo.divide %187, %190 : tensor<1x2x1x2x17xf32>
    %192 = "stablehlo.slice"(%191) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %193 = "stablehlo.slice"(%191) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %194 = stablehlo.dot_general %192, %164, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %195 = stablehlo.dot_general %193, %162, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %196 = stablehlo.add %194, %195 : tensor<1x2x1x2x12xf32>
    %197 = stablehlo.concatenate %122, %159, %196, dim = 0 : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %198 = stablehlo.transpose %197, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %199 = stablehlo.reshape %198 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %200 = stablehlo.dot_general %199, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %201 = stablehlo.multiply %200, %200 : tensor<3x1x20xf32>
    %202 = stablehlo.constant dense<0.0> : tensor<f32>
    %203 = stablehlo.reduce(%201 init: %202) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %204 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %206 = stablehlo.multiply %203, %205 : tensor<3x1xf32>
    %207 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %209 = stablehlo.add %206, %208 : tensor<3x1xf32>
    %210 = stablehlo.rsqrt %209 : tensor<3x1xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %212 = stablehlo.multiply %200, %211 : tensor<3x1x20xf32>
    %213 = stablehlo.constant dense<1.0> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %215 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %214 : tensor<20xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %217 = stablehlo.multiply %212, %216 : tensor<3x1x20xf32>
    %218 = stablehlo.add %5, %217 : tensor<3x1x20xf32>
    %219 = stablehlo.multiply %218, %218 : tensor<3x1x20xf32>
    %220 = stablehlo.constant dense<0.0> : tensor<f32>
    %221 = stablehlo.reduce(%219 init: %220) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %222 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %224 = stablehlo.multiply %221, %223 : tensor<3x1xf32>
    %225 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %227 = stablehlo.add %224, %226 : tensor<3x1xf32>
    %228 = stablehlo.rsqrt %227 : tensor<3x1xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %230 = stablehlo.multiply %218, %229 : tensor<3x1x20xf32>
    %231 = stablehlo.constant dense<1.0> : tensor<f32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %233 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %232 : tensor<20xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %235 = stablehlo.multiply %230, %234 : tensor<3x1x20xf32>
    %236 = stablehlo.dot_general %235, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %237 = stablehlo.multiply %236, %236 : tensor<3x1x56xf32>
    %238 = stablehlo.multiply %237, %236 : tensor<3x1x56xf32>
    %239 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %241 = stablehlo.multiply %238, %240 : tensor<3x1x56xf32>
    %242 = stablehlo.add %236, %241 : tensor<3x1x56xf32>
    %243 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %245 = stablehlo.multiply %242, %244 : tensor<3x1x56xf32>
    %246 = stablehlo.constant dense<0.5> : tensor<f32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %248 = stablehlo.multiply %236, %247 : tensor<3x1x56xf32>
    %249 = stablehlo.tanh %245 : tensor<3x1x56xf32>
    %250 = stablehlo.constant dense<1.0> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %252 = stablehlo.add %249, %251 : tensor<3x1x56xf32>
    %253 = stablehlo.multiply %248, %252 : tensor<3x1x56xf32>
    %254 = stablehlo.dot_general %235, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %255 = stablehlo.multiply %253, %254 : tensor<3x1x56xf32>
    %256 = stablehlo.dot_general %255, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %257 = stablehlo.multiply %256, %256 : tensor<3x1x20xf32>
    %258 = stablehlo.constant dense<0.0> : tensor<f32>
    %259 = stablehlo.reduce(%257 init: %258) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %260 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %262 = stablehlo.multiply %259, %261 : tensor<3x1xf32>
    %263 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %265 = stablehlo.add %262, %264 : tensor<3x1xf32>
    %266 = stablehlo.rsqrt %265 : tensor<3x1xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %268 = stablehlo.multiply %256, %267 : tensor<3x1x20xf32>
    %269 = stablehlo.constant dense<1.0> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %271 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %270 : tensor<20xf32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %273 = stablehlo.multiply %268, %272 : tensor<3x1x20xf32>
    %274 = stablehlo.add %218, %273 : tensor<3x1x20xf32>
    %275 = stablehlo.reshape %84 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %276 = stablehlo.reshape %85 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %277 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %278 = stablehlo.reshape %277 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %279 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %280 = stablehlo.reshape %279 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %281 = stablehlo.multiply %274, %274 : tensor<3x1x20xf32>
    %282 = stablehlo.constant dense<0.0> : tensor<f32>
    %283 = stablehlo.reduce(%281 init: %282) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %284 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %286 = stablehlo.multiply %283, %285 : tensor<3x1xf32>
    %287 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %289 = stablehlo.add %286, %288 : tensor<3x1xf32>
    %290 = stablehlo.rsqrt %289 : tensor<3x1xf32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %292 = stablehlo.multiply %274, %291 : tensor<3x1x20xf32>
    %293 = stablehlo.constant dense<1.0> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %295 = stablehlo.add %model.layers.1.input_layernorm.weight, %294 : tensor<20xf32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %297 = stablehlo.multiply %292, %296 : tensor<3x1x20xf32>
    %298 = stablehlo.dot_general %297, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %299 = stablehlo.dot_general %297, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %300 = stablehlo.dot_general %297, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %301 = stablehlo.reshape %298 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %302 = stablehlo.reshape %299 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %303 = stablehlo.reshape %300 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %304 = "stablehlo.slice"(%301) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %305 = "stablehlo.slice"(%301) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %306 = stablehlo.negate %305 : tensor<3x1x4x6xf32>
    %307 = stablehlo.concatenate %306, %304, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %308 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %309 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %310 = stablehlo.multiply %301, %308 : tensor<3x1x4x12xf32>
    %311 = stablehlo.multiply %307, %309 : tensor<3x1x4x12xf32>
    %312 = stablehlo.add %310, %311 : tensor<3x1x4x12xf32>
    %313 = "stablehlo.slice"(%302) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %314 = "stablehlo.slice"(%302) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %315 = stablehlo.negate %314 : tensor<3x1x2x6xf32>
    %316 = stablehlo.concatenate %315, %313, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %317 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %318 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %319 = stablehlo.multiply %302, %317 : tensor<3x1x2x12xf32>
    %320 = stablehlo.multiply %316, %318 : tensor<3x1x2x12xf32>
    %321 = stablehlo.add %319, %320 : tensor<3x1x2x12xf32>
    %322 = stablehlo.reshape %312 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %323 = stablehlo.transpose %322, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %324 = stablehlo.transpose %321, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %325 = stablehlo.transpose %303, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %326 = "stablehlo.slice"(%323) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %327 = "stablehlo.slice"(%324) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %328 = "stablehlo.slice"(%325) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %329 = "stablehlo.slice"(%278) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %330 = "stablehlo.slice"(%280) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %331 = "stablehlo.slice"(%28) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %332 = stablehlo.dot_general %326, %327, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %333 = stablehlo.dot_general %326, %329, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %334 = stablehlo.concatenate %333, %332, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %335 = stablehlo.constant dense<0.0625> : tensor<f32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %337 = stablehlo.multiply %334, %336 : tensor<1x2x1x2x17xf32>
    %338 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %340 = stablehlo.multiply %337, %339 : tensor<1x2x1x2x17xf32>
    %341 = stablehlo.tanh %340 : tensor<1x2x1x2x17xf32>
    %342 = stablehlo.constant dense<50.0> : tensor<f32>
    %343 = stablehlo.broadcast_in_dim %342, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %344 = stablehlo.multiply %341, %343 : tensor<1x2x1x2x17xf32>
    %345 = stablehlo.broadcast_in_dim %331, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %346 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %346, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %348 = stablehlo.select %345, %344, %347 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %349 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %350 = stablehlo.reduce(%348 init: %349) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %352 = stablehlo.subtract %348, %351 : tensor<1x2x1x2x17xf32>
    %353 = stablehlo.exponential %352 : tensor<1x2x1x2x17xf32>
    %354 = stablehlo.constant dense<0.0> : tensor<f32>
    %355 = stablehlo.reduce(%353 init: %354) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %357 = stablehlo.divide %353, %356 : tensor<1x2x1x2x17xf32>
    %358 = "stablehlo.slice"(%357) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %359 = "stablehlo.slice"(%357) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %360 = stablehlo.dot_general %358, %330, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %361 = stablehlo.dot_general %359, %328, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %362 = stablehlo.add %360, %361 : tensor<1x2x1x2x12xf32>
    %363 = "stablehlo.slice"(%323) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %364 = "stablehlo.slice"(%324) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %365 = "stablehlo.slice"(%325) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %366 = "stablehlo.slice"(%278) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %367 = "stablehlo.slice"(%280) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %368 = "stablehlo.slice"(%28) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %369 = stablehlo.dot_general %363, %364, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %370 = stablehlo.dot_general %363, %366, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %371 = stablehlo.concatenate %370, %369, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %372 = stablehlo.constant dense<0.0625> : tensor<f32>
    %373 = stablehlo.broadcast_in_dim %372, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %374 = stablehlo.multiply %371, %373 : tensor<1x2x1x2x17xf32>
    %375 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %376 = stablehlo.broadcast_in_dim %375, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %377 = stablehlo.multiply %374, %376 : tensor<1x2x1x2x17xf32>
    %378 = stablehlo.tanh %377 : tensor<1x2x1x2x17xf32>
    %379 = stablehlo.constant dense<50.0> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %379, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %381 = stablehlo.multiply %378, %380 : tensor<1x2x1x2x17xf32>
    %382 = stablehlo.broadcast_in_dim %368, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %383 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %384 = stablehlo.broadcast_in_dim %383, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %385 = stablehlo.select %382, %381, %384 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %386 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %387 = stablehlo.reduce(%385 init: %386) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %389 = stablehlo.subtract %385, %388 : tensor<1x2x1x2x17xf32>
    %390 = stablehlo.exponential %389 : tensor<1x2x1x2x17xf32>
    %391 = stablehlo.constant dense<0.0> : tensor<f32>
    %392 = stablehlo.reduce(%390 init: %391) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %393 = stablehlo.broadcast_in_dim %392, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %394 = stablehlo.divide %390, %393 : tensor<1x2x1x2x17xf32>
    %395 = "stablehlo.slice"(%394) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %396 = "stablehlo.slice"(%394) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %397 = stablehlo.dot_general %395, %367, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %398 = stablehlo.dot_general %396, %365, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %399 = stablehlo.add %397, %398 : tensor<1x2x1x2x12xf32>
    %400 = "stablehlo.slice"(%323) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %401 = "stablehlo.slice"(%324) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %402 = "stablehlo.slice"(%325) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %403 = "stablehlo.slice"(%278) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %404 = "stablehlo.slice"(%280) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %405 = "stablehlo.slice"(%28) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %406 = stablehlo.dot_general %400, %401, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %407 = stablehlo.dot_general %400, %403, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %408 = stablehlo.concatenate %407, %406, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %409 = stablehlo.constant dense<0.0625> : tensor<f32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %411 = stablehlo.multiply %408, %410 : tensor<1x2x1x2x17xf32>
    %412 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %413 = stablehlo.broadcast_in_dim %412, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %414 = stablehlo.multiply %411, %413 : tensor<1x2x1x2x17xf32>
    %415 = stablehlo.tanh %414 : tensor<1x2x1x2x17xf32>
    %416 = stablehlo.constant dense<50.0> : tensor<f32>
    %417 = stablehlo.broadcast_in_dim %416, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %418 = stablehlo.multiply %415, %417 : tensor<1x2x1x2x17xf32>
    %419 = stablehlo.broadcast_in_dim %405, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %420 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %422 = stablehlo.select %419, %418, %421 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %423 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %424 = stablehlo.reduce(%422 init: %423) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %425 = stablehlo.broadcast_in_dim %424, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %426 = stablehlo.subtract %422, %425 : tensor<1x2x1x2x17xf32>
    %427 = stablehlo.exponential %426 : tensor<1x2x1x2x17xf32>
    %428 = stablehlo.constant dense<0.0> : tensor<f32>
    %429 = stablehlo.reduce(%427 init: %428) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %430 = stablehlo.broadcast_in_dim %429, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %431 = stablehlo.divide %427, %430 : tensor<1x2x1x2x17xf32>
    %432 = "stablehlo.slice"(%431) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %433 = "stablehlo.slice"(%431) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %434 = stablehlo.dot_general %432, %404, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %435 = stablehlo.dot_general %433, %402, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %436 = stablehlo.add %434, %435 : tensor<1x2x1x2x12xf32>
    %437 = stablehlo.concatenate %362, %399, %436, dim = 0 : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %438 = stablehlo.transpose %437, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %439 = stablehlo.reshape %438 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %440 = stablehlo.dot_general %439, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %441 = stablehlo.multiply %440, %440 : tensor<3x1x20xf32>
    %442 = stablehlo.constant dense<0.0> : tensor<f32>
    %443 = stablehlo.reduce(%441 init: %442) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %444 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %445 = stablehlo.broadcast_in_dim %444, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %446 = stablehlo.multiply %443, %445 : tensor<3x1xf32>
    %447 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %448 = stablehlo.broadcast_in_dim %447, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %449 = stablehlo.add %446, %448 : tensor<3x1xf32>
    %450 = stablehlo.rsqrt %449 : tensor<3x1xf32>
    %451 = stablehlo.broadcast_in_dim %450, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %452 = stablehlo.multiply %440, %451 : tensor<3x1x20xf32>
    %453 = stablehlo.constant dense<1.0> : tensor<f32>
    %454 = stablehlo.broadcast_in_dim %453, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %455 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %454 : tensor<20xf32>
    %456 = stablehlo.broadcast_in_dim %455, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %457 = stablehlo.multiply %452, %456 : tensor<3x1x20xf32>
    %458 = stablehlo.add %274, %457 : tensor<3x1x20xf32>
    %459 = stablehlo.multiply %458, %458 : tensor<3x1x20xf32>
    %460 = stablehlo.constant dense<0.0> : tensor<f32>
    %461 = stablehlo.reduce(%459 init: %460) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %462 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %463 = stablehlo.broadcast_in_dim %462, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %464 = stablehlo.multiply %461, %463 : tensor<3x1xf32>
    %465 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %466 = stablehlo.broadcast_in_dim %465, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %467 = stablehlo.add %464, %466 : tensor<3x1xf32>
    %468 = stablehlo.rsqrt %467 : tensor<3x1xf32>
    %469 = stablehlo.broadcast_in_dim %468, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %470 = stablehlo.multiply %458, %469 : tensor<3x1x20xf32>
    %471 = stablehlo.constant dense<1.0> : tensor<f32>
    %472 = stablehlo.broadcast_in_dim %471, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %473 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %472 : tensor<20xf32>
    %474 = stablehlo.broadcast_in_dim %473, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %475 = stablehlo.multiply %470, %474 : tensor<3x1x20xf32>
    %476 = stablehlo.dot_general %475, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %477 = stablehlo.multiply %476, %476 : tensor<3x1x56xf32>
    %478 = stablehlo.multiply %477, %476 : tensor<3x1x56xf32>
    %479 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %480 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %481 = stablehlo.multiply %478, %480 : tensor<3x1x56xf32>
    %482 = stablehlo.add %476, %481 : tensor<3x1x56xf32>
    %483 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %484 = stablehlo.broadcast_in_dim %483, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %485 = stablehlo.multiply %482, %484 : tensor<3x1x56xf32>
    %486 = stablehlo.constant dense<0.5> : tensor<f32>
    %487 = stablehlo.broadcast_in_dim %486, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %488 = stablehlo.multiply %476, %487 : tensor<3x1x56xf32>
    %489 = stablehlo.tanh %485 : tensor<3x1x56xf32>
    %490 = stablehlo.constant dense<1.0> : tensor<f32>
    %491 = stablehlo.broadcast_in_dim %490, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %492 = stablehlo.add %489, %491 : tensor<3x1x56xf32>
    %493 = stablehlo.multiply %488, %492 : tensor<3x1x56xf32>
    %494 = stablehlo.dot_general %475, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %495 = stablehlo.multiply %493, %494 : tensor<3x1x56xf32>
    %496 = stablehlo.dot_general %495, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %497 = stablehlo.multiply %496, %496 : tensor<3x1x20xf32>
    %498 = stablehlo.constant dense<0.0> : tensor<f32>
    %499 = stablehlo.reduce(%497 init: %498) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %500 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %501 = stablehlo.broadcast_in_dim %500, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %502 = stablehlo.multiply %499, %501 : tensor<3x1xf32>
    %503 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %504 = stablehlo.broadcast_in_dim %503, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %505 = stablehlo.add %502, %504 : tensor<3x1xf32>
    %506 = stablehlo.rsqrt %505 : tensor<3x1xf32>
    %507 = stablehlo.broadcast_in_dim %506, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %508 = stablehlo.multiply %496, %507 : tensor<3x1x20xf32>
    %509 = stablehlo.constant dense<1.0> : tensor<f32>
    %510 = stablehlo.broadcast_in_dim %509, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %511 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %510 : tensor<20xf32>
    %512 = stablehlo.broadcast_in_dim %511, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %513 = stablehlo.multiply %508, %512 : tensor<3x1x20xf32>
    %514 = stablehlo.add %458, %513 : tensor<3x1x20xf32>
    %515 = stablehlo.reshape %324 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %516 = stablehlo.reshape %325 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %517 = stablehlo.multiply %514, %514 : tensor<3x1x20xf32>
    %518 = stablehlo.constant dense<0.0> : tensor<f32>
    %519 = stablehlo.reduce(%517 init: %518) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %520 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %521 = stablehlo.broadcast_in_dim %520, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %522 = stablehlo.multiply %519, %521 : tensor<3x1xf32>
    %523 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %524 = stablehlo.broadcast_in_dim %523, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %525 = stablehlo.add %522, %524 : tensor<3x1xf32>
    %526 = stablehlo.rsqrt %525 : tensor<3x1xf32>
    %527 = stablehlo.broadcast_in_dim %526, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %528 = stablehlo.multiply %514, %527 : tensor<3x1x20xf32>
    %529 = stablehlo.constant dense<1.0> : tensor<f32>
    %530 = stablehlo.broadcast_in_dim %529, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %531 = stablehlo.add %model.norm.weight, %530 : tensor<20xf32>
    %532 = stablehlo.broadcast_in_dim %531, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %533 = stablehlo.multiply %528, %532 : tensor<3x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %534 = stablehlo.concatenate %275, %515, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %535 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %536 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %537 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %538 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %539 = stablehlo.concatenate %535, %536, %537, %538, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %540 = stablehlo.reshape %534 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %541 = stablehlo.reshape %539 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %542 = "stablehlo.scatter"(%k_cache, %541, %540) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %543 = stablehlo.concatenate %276, %516, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %544 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %545 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %546 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %547 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %548 = stablehlo.concatenate %544, %545, %546, %547, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %549 = stablehlo.reshape %543 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %550 = stablehlo.reshape %548 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %551 = "stablehlo.scatter"(%v_cache, %550, %549) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %552 = stablehlo.reshape %533 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %553 = stablehlo.dot_general %552, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
    %554 = stablehlo.constant dense<0.03333333507180214> : tensor<f32>
    %555 = stablehlo.broadcast_in_dim %554, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %556 = stablehlo.multiply %553, %555 : tensor<3x97xf32>
    %557 = stablehlo.tanh %556 : tensor<3x97xf32>
    %558 = stablehlo.constant dense<30.0> : tensor<f32>
    %559 = stablehlo.broadcast_in_dim %558, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %560 = stablehlo.multiply %557, %559 : tensor<3x97xf32>
    %561 = stablehlo.constant dense<0> : tensor<i32>
    %562 = stablehlo.broadcast_in_dim %561, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %563 = stablehlo.compare NE, %active, %562, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %564 = stablehlo.broadcast_in_dim %563, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %565 = stablehlo.constant dense<0.0> : tensor<f32>
    %566 = stablehlo.broadcast_in_dim %565, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %567 = stablehlo.select %564, %560, %566 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %567, %542, %551 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
