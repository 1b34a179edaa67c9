// qwen3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @qwen3_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<3x1x1xi32>) -> tensor<3x1x20xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.10000000149011612, 0.009999999776482582, 0.0010000000474974513, 9.999999747378752e-05, 9.999999747378752e-06]> : tensor<6xf32>
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
    %27 = stablehlo.multiply %2, %2 : tensor<3x1x20xf32>
    %28 = stablehlo.constant dense<0.0> : tensor<f32>
    %29 = stablehlo.reduce(%27 init: %28) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %32 = stablehlo.multiply %29, %31 : tensor<3x1xf32>
    %33 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %35 = stablehlo.add %32, %34 : tensor<3x1xf32>
    %36 = stablehlo.rsqrt %35 : tensor<3x1xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %38 = stablehlo.multiply %2, %37 : tensor<3x1x20xf32>
    %39 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<3x1x20xf32>
    %41 = stablehlo.dot_general %40, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %42 = stablehlo.dot_general %40, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %43 = stablehlo.dot_general %40, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %44 = stablehlo.reshape %41 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %45 = stablehlo.reshape %42 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %46 = stablehlo.reshape %43 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %47 = stablehlo.multiply %44, %44 : tensor<3x1x4x12xf32>
    %48 = stablehlo.constant dense<0.0> : tensor<f32>
    %49 = stablehlo.reduce(%47 init: %48) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %50 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %52 = stablehlo.multiply %49, %51 : tensor<3x1x4xf32>
    %53 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %55 = stablehlo.add %52, %54 : tensor<3x1x4xf32>
    %56 = stablehlo.rsqrt %55 : tensor<3x1x4xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %58 = stablehlo.multiply %44, %57 : tensor<3x1x4x12xf32>
    %59 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %60 = stablehlo.multiply %58, %59 : tensor<3x1x4x12xf32>
    %61 = stablehlo.multiply %45, %45 : tensor<3x1x2x12xf32>
    %62 = stablehlo.constant dense<0.0> : tensor<f32>
    %63 = stablehlo.reduce(%61 init: %62) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %64 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %66 = stablehlo.multiply %63, %65 : tensor<3x1x2xf32>
    %67 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %69 = stablehlo.add %66, %68 : tensor<3x1x2xf32>
    %70 = stablehlo.rsqrt %69 : tensor<3x1x2xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %72 = stablehlo.multiply %45, %71 : tensor<3x1x2x12xf32>
    %73 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %74 = stablehlo.multiply %72, %73 : tensor<3x1x2x12xf32>
    %75 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %76 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %77 = stablehlo.negate %76 : tensor<3x1x4x6xf32>
    %78 = stablehlo.concatenate %77, %75, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %79 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %80 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %81 = stablehlo.multiply %60, %79 : tensor<3x1x4x12xf32>
    %82 = stablehlo.multiply %78, %80 : tensor<3x1x4x12xf32>
    %83 = stablehlo.add %81, %82 : tensor<3x1x4x12xf32>
    %84 = "stablehlo.slice"(%74) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %85 = "stablehlo.slice"(%74) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %86 = stablehlo.negate %85 : tensor<3x1x2x6xf32>
    %87 = stablehlo.concatenate %86, %84, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %88 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %89 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %90 = stablehlo.multiply %74, %88 : tensor<3x1x2x12xf32>
    %91 = stablehlo.multiply %87, %89 : tensor<3x1x2x12xf32>
    %92 = stablehlo.add %90, %91 : tensor<3x1x2x12xf32>
    %93 = stablehlo.reshape %83 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %94 = stablehlo.transpose %93, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %95 = stablehlo.transpose %92, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %96 = stablehlo.transpose %46, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %97 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %98 = "stablehlo.slice"(%95) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %99 = "stablehlo.slice"(%96) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %100 = "stablehlo.slice"(%24) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %101 = "stablehlo.slice"(%26) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %102 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %103 = stablehlo.dot_general %97, %100, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %104 = stablehlo.dot_general %97, %98, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %105 = stablehlo.concatenate %103, %104, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %106 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<1x2x1x2x17xf32>
    %109 = stablehlo.broadcast_in_dim %102, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %110 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %112 = stablehlo.select %109, %108, %111 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %113 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %114 = stablehlo.reduce(%112 init: %113) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %116 = stablehlo.subtract %112, %115 : tensor<1x2x1x2x17xf32>
    %117 = stablehlo.exponential %116 : tensor<1x2x1x2x17xf32>
    %118 = stablehlo.constant dense<0.0> : tensor<f32>
    %119 = stablehlo.reduce(%117 init: %118) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %121 = stablehlo.divide %117, %120 : tensor<1x2x1x2x17xf32>
    %122 = "stablehlo.slice"(%121) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %123 = "stablehlo.slice"(%121) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %124 = stablehlo.dot_general %122, %101, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %125 = stablehlo.dot_general %123, %99, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %126 = stablehlo.add %124, %125 : tensor<1x2x1x2x12xf32>
    %127 = "stablehlo.slice"(%94) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %128 = "stablehlo.slice"(%95) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %129 = "stablehlo.slice"(%96) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %130 = "stablehlo.slice"(%24) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %131 = "stablehlo.slice"(%26) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %132 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %133 = stablehlo.dot_general %127, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %134 = stablehlo.dot_general %127, %128, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %135 = stablehlo.concatenate %133, %134, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %136 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<1x2x1x2x17xf32>
    %139 = stablehlo.broadcast_in_dim %132, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %140 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %142 = stablehlo.select %139, %138, %141 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %143 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %144 = stablehlo.reduce(%142 init: %143) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %146 = stablehlo.subtract %142, %145 : tensor<1x2x1x2x17xf32>
    %147 = stablehlo.exponential %146 : tensor<1x2x1x2x17xf32>
    %148 = stablehlo.constant dense<0.0> : tensor<f32>
    %149 = stablehlo.reduce(%147 init: %148) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %151 = stablehlo.divide %147, %150 : tensor<1x2x1x2x17xf32>
    %152 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %153 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %154 = stablehlo.dot_general %152, %131, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %155 = stablehlo.dot_general %153, %129, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %156 = stablehlo.add %154, %155 : tensor<1x2x1x2x12xf32>
    %157 = "stablehlo.slice"(%94) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %158 = "stablehlo.slice"(%95) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %159 = "stablehlo.slice"(%96) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %160 = "stablehlo.slice"(%24) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %161 = "stablehlo.slice"(%26) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %162 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %163 = stablehlo.dot_general %157, %160, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %164 = stablehlo.dot_general %157, %158, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %165 = stablehlo.concatenate %163, %164, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %166 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<1x2x1x2x17xf32>
    %169 = stablehlo.broadcast_in_dim %162, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %170 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %172 = stablehlo.select %169, %168, %171 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %173 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %174 = stablehlo.reduce(%172 init: %173) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %176 = stablehlo.subtract %172, %175 : tensor<1x2x1x2x17xf32>
    %177 = stablehlo.exponential %176 : tensor<1x2x1x2x17xf32>
    %178 = stablehlo.constant dense<0.0> : tensor<f32>
    %179 = stablehlo.reduce(%177 init: %178) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %181 = stablehlo.divide %177, %180 : tensor<1x2x1x2x17xf32>
    %182 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %183 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %184 = stablehlo.dot_general %182, %161, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %185 = stablehlo.dot_general %183, %159, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %186 = stablehlo.add %184, %185 : tensor<1x2x1x2x12xf32>
    %187 = stablehlo.concatenate %126, %156, %186, dim = 0 : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %188 = stablehlo.transpose %187, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %189 = stablehlo.reshape %188 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %190 = stablehlo.dot_general %189, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %191 = stablehlo.add %2, %190 : tensor<3x1x20xf32>
    %192 = stablehlo.multiply %191, %191 : tensor<3x1x20xf32>
    %193 = stablehlo.constant dense<0.0> : tensor<f32>
    %194 = stablehlo.reduce(%192 init: %193) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %195 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %197 = stablehlo.multiply %194, %196 : tensor<3x1xf32>
    %198 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %200 = stablehlo.add %197, %199 : tensor<3x1xf32>
    %201 = stablehlo.rsqrt %200 : tensor<3x1xf32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %203 = stablehlo.multiply %191, %202 : tensor<3x1x20xf32>
    %204 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %205 = stablehlo.multiply %203, %204 : tensor<3x1x20xf32>
    %206 = stablehlo.dot_general %205, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %207 = stablehlo.logistic %206 : tensor<3x1x56xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<3x1x56xf32>
    %209 = stablehlo.dot_general %205, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %210 = stablehlo.multiply %208, %209 : tensor<3x1x56xf32>
    %211 = stablehlo.dot_general %210, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %212 = stablehlo.add %191, %211 : tensor<3x1x20xf32>
    %213 = stablehlo.reshape %95 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %214 = stablehlo.reshape %96 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %215 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %216 = stablehlo.reshape %215 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %217 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %218 = stablehlo.reshape %217 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %219 = stablehlo.multiply %212, %212 : tensor<3x1x20xf32>
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
    %230 = stablehlo.multiply %212, %229 : tensor<3x1x20xf32>
    %231 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %232 = stablehlo.multiply %230, %231 : tensor<3x1x20xf32>
    %233 = stablehlo.dot_general %232, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %234 = stablehlo.dot_general %232, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %235 = stablehlo.dot_general %232, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %236 = stablehlo.reshape %233 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %237 = stablehlo.reshape %234 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %238 = stablehlo.reshape %235 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %239 = stablehlo.multiply %236, %236 : tensor<3x1x4x12xf32>
    %240 = stablehlo.constant dense<0.0> : tensor<f32>
    %241 = stablehlo.reduce(%239 init: %240) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %242 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %244 = stablehlo.multiply %241, %243 : tensor<3x1x4xf32>
    %245 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %247 = stablehlo.add %244, %246 : tensor<3x1x4xf32>
    %248 = stablehlo.rsqrt %247 : tensor<3x1x4xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %250 = stablehlo.multiply %236, %249 : tensor<3x1x4x12xf32>
    %251 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %252 = stablehlo.multiply %250, %251 : tensor<3x1x4x12xf32>
    %253 = stablehlo.multiply %237, %237 : tensor<3x1x2x12xf32>
    %254 = stablehlo.constant dense<0.0> : tensor<f32>
    %255 = stablehlo.reduce(%253 init: %254) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %256 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %258 = stablehlo.multiply %255, %257 : tensor<3x1x2xf32>
    %259 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %261 = stablehlo.add %258, %260 : tensor<3x1x2xf32>
    %262 = stablehlo.rsqrt %261 : tensor<3x1x2xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %264 = stablehlo.multiply %237, %263 : tensor<3x1x2x12xf32>
    %265 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %266 = stablehlo.multiply %264, %265 : tensor<3x1x2x12xf32>
    %267 = "stablehlo.slice"(%252) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %268 = "stablehlo.slice"(%252) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %269 = stablehlo.negate %268 : tensor<3x1x4x6xf32>
    %270 = stablehlo.concatenate %269, %267, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %271 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %272 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %273 = stablehlo.multiply %252, %271 : tensor<3x1x4x12xf32>
    %274 = stablehlo.multiply %270, %272 : tensor<3x1x4x12xf32>
    %275 = stablehlo.add %273, %274 : tensor<3x1x4x12xf32>
    %276 = "stablehlo.slice"(%266) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %277 = "stablehlo.slice"(%266) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %278 = stablehlo.negate %277 : tensor<3x1x2x6xf32>
    %279 = stablehlo.concatenate %278, %276, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %280 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %281 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %282 = stablehlo.multiply %266, %280 : tensor<3x1x2x12xf32>
    %283 = stablehlo.multiply %279, %281 : tensor<3x1x2x12xf32>
    %284 = stablehlo.add %282, %283 : tensor<3x1x2x12xf32>
    %285 = stablehlo.reshape %275 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %286 = stablehlo.transpose %285, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %287 = stablehlo.transpose %284, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %288 = stablehlo.transpose %238, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %289 = "stablehlo.slice"(%286) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %290 = "stablehlo.slice"(%287) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %291 = "stablehlo.slice"(%288) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %292 = "stablehlo.slice"(%216) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %293 = "stablehlo.slice"(%218) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %294 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %295 = stablehlo.dot_general %289, %292, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %296 = stablehlo.dot_general %289, %290, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %297 = stablehlo.concatenate %295, %296, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %298 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %300 = stablehlo.multiply %297, %299 : tensor<1x2x1x2x17xf32>
    %301 = stablehlo.broadcast_in_dim %294, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %302 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %304 = stablehlo.select %301, %300, %303 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %305 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %306 = stablehlo.reduce(%304 init: %305) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %308 = stablehlo.subtract %304, %307 : tensor<1x2x1x2x17xf32>
    %309 = stablehlo.exponential %308 : tensor<1x2x1x2x17xf32>
    %310 = stablehlo.constant dense<0.0> : tensor<f32>
    %311 = stablehlo.reduce(%309 init: %310) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %313 = stablehlo.divide %309, %312 : tensor<1x2x1x2x17xf32>
    %314 = "stablehlo.slice"(%313) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %315 = "stablehlo.slice"(%313) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %316 = stablehlo.dot_general %314, %293, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %317 = stablehlo.dot_general %315, %291, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %318 = stablehlo.add %316, %317 : tensor<1x2x1x2x12xf32>
    %319 = "stablehlo.slice"(%286) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %320 = "stablehlo.slice"(%287) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %321 = "stablehlo.slice"(%288) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %322 = "stablehlo.slice"(%216) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %323 = "stablehlo.slice"(%218) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %324 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %325 = stablehlo.dot_general %319, %322, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %326 = stablehlo.dot_general %319, %320, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %327 = stablehlo.concatenate %325, %326, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %328 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %330 = stablehlo.multiply %327, %329 : tensor<1x2x1x2x17xf32>
    %331 = stablehlo.broadcast_in_dim %324, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %332 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %334 = stablehlo.select %331, %330, %333 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %335 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %336 = stablehlo.reduce(%334 init: %335) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %337 = stablehlo.broadcast_in_dim %336, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %338 = stablehlo.subtract %334, %337 : tensor<1x2x1x2x17xf32>
    %339 = stablehlo.exponential %338 : tensor<1x2x1x2x17xf32>
    %340 = stablehlo.constant dense<0.0> : tensor<f32>
    %341 = stablehlo.reduce(%339 init: %340) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %343 = stablehlo.divide %339, %342 : tensor<1x2x1x2x17xf32>
    %344 = "stablehlo.slice"(%343) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %345 = "stablehlo.slice"(%343) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %346 = stablehlo.dot_general %344, %323, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %347 = stablehlo.dot_general %345, %321, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %348 = stablehlo.add %346, %347 : tensor<1x2x1x2x12xf32>
    %349 = "stablehlo.slice"(%286) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %350 = "stablehlo.slice"(%287) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %351 = "stablehlo.slice"(%288) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %352 = "stablehlo.slice"(%216) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %353 = "stablehlo.slice"(%218) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %354 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %355 = stablehlo.dot_general %349, %352, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %356 = stablehlo.dot_general %349, %350, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %357 = stablehlo.concatenate %355, %356, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %358 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %360 = stablehlo.multiply %357, %359 : tensor<1x2x1x2x17xf32>
    %361 = stablehlo.broadcast_in_dim %354, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %362 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %364 = stablehlo.select %361, %360, %363 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %365 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %366 = stablehlo.reduce(%364 init: %365) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %368 = stablehlo.subtract %364, %367 : tensor<1x2x1x2x17xf32>
    %369 = stablehlo.exponential %368 : tensor<1x2x1x2x17xf32>
    %370 = stablehlo.constant dense<0.0> : tensor<f32>
    %371 = stablehlo.reduce(%369 init: %370) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %372 = stablehlo.broadcast_in_dim %371, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %373 = stablehlo.divide %369, %372 : tensor<1x2x1x2x17xf32>
    %374 = "stablehlo.slice"(%373) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %375 = "stablehlo.slice"(%373) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %376 = stablehlo.dot_general %374, %353, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %377 = stablehlo.dot_general %375, %351, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %378 = stablehlo.add %376, %377 : tensor<1x2x1x2x12xf32>
    %379 = stablehlo.concatenate %318, %348, %378, dim = 0 : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %380 = stablehlo.transpose %379, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %381 = stablehlo.reshape %380 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %382 = stablehlo.dot_general %381, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %383 = stablehlo.add %212, %382 : tensor<3x1x20xf32>
    %384 = stablehlo.multiply %383, %383 : tensor<3x1x20xf32>
    %385 = stablehlo.constant dense<0.0> : tensor<f32>
    %386 = stablehlo.reduce(%384 init: %385) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %387 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %389 = stablehlo.multiply %386, %388 : tensor<3x1xf32>
    %390 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %391 = stablehlo.broadcast_in_dim %390, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %392 = stablehlo.add %389, %391 : tensor<3x1xf32>
    %393 = stablehlo.rsqrt %392 : tensor<3x1xf32>
    %394 = stablehlo.broadcast_in_dim %393, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %395 = stablehlo.multiply %383, %394 : tensor<3x1x20xf32>
    %396 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %397 = stablehlo.multiply %395, %396 : tensor<3x1x20xf32>
    %398 = stablehlo.dot_general %397, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %399 = stablehlo.logistic %398 : tensor<3x1x56xf32>
    %400 = stablehlo.multiply %398, %399 : tensor<3x1x56xf32>
    %401 = stablehlo.dot_general %397, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %402 = stablehlo.multiply %400, %401 : tensor<3x1x56xf32>
    %403 = stablehlo.dot_general %402, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %404 = stablehlo.add %383, %403 : tensor<3x1x20xf32>
    %405 = stablehlo.reshape %287 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %406 = stablehlo.reshape %288 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %407 = stablehlo.multiply %404, %404 : tensor<3x1x20xf32>
    %408 = stablehlo.constant dense<0.0> : tensor<f32>
    %409 = stablehlo.reduce(%407 init: %408) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %410 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %411 = stablehlo.broadcast_in_dim %410, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %412 = stablehlo.multiply %409, %411 : tensor<3x1xf32>
    %413 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %414 = stablehlo.broadcast_in_dim %413, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %415 = stablehlo.add %412, %414 : tensor<3x1xf32>
    %416 = stablehlo.rsqrt %415 : tensor<3x1xf32>
    %417 = stablehlo.broadcast_in_dim %416, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %418 = stablehlo.multiply %404, %417 : tensor<3x1x20xf32>
    %419 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %420 = stablehlo.multiply %418, %419 : tensor<3x1x20xf32>
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
    %439 = stablehlo.reshape %420 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %440 = stablehlo.dot_general %439, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
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
