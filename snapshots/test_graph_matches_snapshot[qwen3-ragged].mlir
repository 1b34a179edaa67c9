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
    %25 = stablehlo.multiply %2, %2 : tensor<3x1x20xf32>
    %26 = stablehlo.constant dense<0.0> : tensor<f32>
    %27 = stablehlo.reduce(%25 init: %26) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %28 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.multiply %27, %29 : tensor<3x1xf32>
    %31 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %33 = stablehlo.add %30, %32 : tensor<3x1xf32>
    %34 = stablehlo.rsqrt %33 : tensor<3x1xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %36 = stablehlo.multiply %2, %35 : tensor<3x1x20xf32>
    %37 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %38 = stablehlo.multiply %36, %37 : tensor<3x1x20xf32>
    %39 = stablehlo.dot_general %38, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %40 = stablehlo.dot_general %38, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %41 = stablehlo.dot_general %38, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %42 = stablehlo.reshape %39 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %43 = stablehlo.reshape %40 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %44 = stablehlo.reshape %41 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %45 = stablehlo.multiply %42, %42 : tensor<3x1x4x12xf32>
    %46 = stablehlo.constant dense<0.0> : tensor<f32>
    %47 = stablehlo.reduce(%45 init: %46) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %48 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %50 = stablehlo.multiply %47, %49 : tensor<3x1x4xf32>
    %51 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %51, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %53 = stablehlo.add %50, %52 : tensor<3x1x4xf32>
    %54 = stablehlo.rsqrt %53 : tensor<3x1x4xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %56 = stablehlo.multiply %42, %55 : tensor<3x1x4x12xf32>
    %57 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %58 = stablehlo.multiply %56, %57 : tensor<3x1x4x12xf32>
    %59 = stablehlo.multiply %43, %43 : tensor<3x1x2x12xf32>
    %60 = stablehlo.constant dense<0.0> : tensor<f32>
    %61 = stablehlo.reduce(%59 init: %60) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %62 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %64 = stablehlo.multiply %61, %63 : tensor<3x1x2xf32>
    %65 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %65, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %67 = stablehlo.add %64, %66 : tensor<3x1x2xf32>
    %68 = stablehlo.rsqrt %67 : tensor<3x1x2xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %70 = stablehlo.multiply %43, %69 : tensor<3x1x2x12xf32>
    %71 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %72 = stablehlo.multiply %70, %71 : tensor<3x1x2x12xf32>
    %73 = "stablehlo.slice"(%58) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %74 = "stablehlo.slice"(%58) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %75 = stablehlo.negate %74 : tensor<3x1x4x6xf32>
    %76 = stablehlo.concatenate %75, %73, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %77 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %78 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %79 = stablehlo.multiply %58, %77 : tensor<3x1x4x12xf32>
    %80 = stablehlo.multiply %76, %78 : tensor<3x1x4x12xf32>
    %81 = stablehlo.add %79, %80 : tensor<3x1x4x12xf32>
    %82 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %83 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %84 = stablehlo.negate %83 : tensor<3x1x2x6xf32>
    %85 = stablehlo.concatenate %84, %82, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %86 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %87 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %88 = stablehlo.multiply %72, %86 : tensor<3x1x2x12xf32>
    %89 = stablehlo.multiply %85, %87 : tensor<3x1x2x12xf32>
    %90 = stablehlo.add %88, %89 : tensor<3x1x2x12xf32>
    %91 = stablehlo.reshape %81 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %92 = stablehlo.transpose %91, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %93 = stablehlo.transpose %90, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %94 = stablehlo.transpose %44, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %95 = "stablehlo.slice"(%92) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %96 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %97 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %98 = "stablehlo.slice"(%22) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %99 = "stablehlo.slice"(%24) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %100 = "stablehlo.slice"(%20) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %101 = stablehlo.dot_general %95, %96, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %102 = stablehlo.dot_general %95, %98, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %103 = stablehlo.concatenate %102, %101, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %104 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %106 = stablehlo.multiply %103, %105 : tensor<1x2x1x2x17xf32>
    %107 = stablehlo.broadcast_in_dim %100, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %108 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %110 = stablehlo.select %107, %106, %109 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %111 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %112 = stablehlo.reduce(%110 init: %111) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %114 = stablehlo.subtract %110, %113 : tensor<1x2x1x2x17xf32>
    %115 = stablehlo.exponential %114 : tensor<1x2x1x2x17xf32>
    %116 = stablehlo.constant dense<0.0> : tensor<f32>
    %117 = stablehlo.reduce(%115 init: %116) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %119 = stablehlo.divide %115, %118 : tensor<1x2x1x2x17xf32>
    %120 = "stablehlo.slice"(%119) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %121 = "stablehlo.slice"(%119) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %122 = stablehlo.dot_general %120, %99, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %123 = stablehlo.dot_general %121, %97, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %124 = stablehlo.add %122, %123 : tensor<1x2x1x2x12xf32>
    %125 = "stablehlo.slice"(%92) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %126 = "stablehlo.slice"(%93) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %127 = "stablehlo.slice"(%94) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %128 = "stablehlo.slice"(%22) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %129 = "stablehlo.slice"(%24) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %130 = "stablehlo.slice"(%20) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %131 = stablehlo.dot_general %125, %126, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %132 = stablehlo.dot_general %125, %128, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %133 = stablehlo.concatenate %132, %131, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %134 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %136 = stablehlo.multiply %133, %135 : tensor<1x2x1x2x17xf32>
    %137 = stablehlo.broadcast_in_dim %130, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %138 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %140 = stablehlo.select %137, %136, %139 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %141 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %142 = stablehlo.reduce(%140 init: %141) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %144 = stablehlo.subtract %140, %143 : tensor<1x2x1x2x17xf32>
    %145 = stablehlo.exponential %144 : tensor<1x2x1x2x17xf32>
    %146 = stablehlo.constant dense<0.0> : tensor<f32>
    %147 = stablehlo.reduce(%145 init: %146) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %149 = stablehlo.divide %145, %148 : tensor<1x2x1x2x17xf32>
    %150 = "stablehlo.slice"(%149) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %151 = "stablehlo.slice"(%149) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %152 = stablehlo.dot_general %150, %129, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %153 = stablehlo.dot_general %151, %127, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %154 = stablehlo.add %152, %153 : tensor<1x2x1x2x12xf32>
    %155 = "stablehlo.slice"(%92) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %156 = "stablehlo.slice"(%93) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %157 = "stablehlo.slice"(%94) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %158 = "stablehlo.slice"(%22) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %159 = "stablehlo.slice"(%24) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %160 = "stablehlo.slice"(%20) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %161 = stablehlo.dot_general %155, %156, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %162 = stablehlo.dot_general %155, %158, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %163 = stablehlo.concatenate %162, %161, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %164 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %166 = stablehlo.multiply %163, %165 : tensor<1x2x1x2x17xf32>
    %167 = stablehlo.broadcast_in_dim %160, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %168 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %170 = stablehlo.select %167, %166, %169 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %171 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %172 = stablehlo.reduce(%170 init: %171) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %174 = stablehlo.subtract %170, %173 : tensor<1x2x1x2x17xf32>
    %175 = stablehlo.exponential %174 : tensor<1x2x1x2x17xf32>
    %176 = stablehlo.constant dense<0.0> : tensor<f32>
    %177 = stablehlo.reduce(%175 init: %176) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %179 = stablehlo.divide %175, %178 : tensor<1x2x1x2x17xf32>
    %180 = "stablehlo.slice"(%179) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %181 = "stablehlo.slice"(%179) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %182 = stablehlo.dot_general %180, %159, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %183 = stablehlo.dot_general %181, %157, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %184 = stablehlo.add %182, %183 : tensor<1x2x1x2x12xf32>
    %185 = stablehlo.concatenate %124, %154, %184, dim = 0 : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %186 = stablehlo.transpose %185, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %187 = stablehlo.reshape %186 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %188 = stablehlo.dot_general %187, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %189 = stablehlo.add %2, %188 : tensor<3x1x20xf32>
    %190 = stablehlo.multiply %189, %189 : tensor<3x1x20xf32>
    %191 = stablehlo.constant dense<0.0> : tensor<f32>
    %192 = stablehlo.reduce(%190 init: %191) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %193 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %195 = stablehlo.multiply %192, %194 : tensor<3x1xf32>
    %196 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %198 = stablehlo.add %195, %197 : tensor<3x1xf32>
    %199 = stablehlo.rsqrt %198 : tensor<3x1xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %201 = stablehlo.multiply %189, %200 : tensor<3x1x20xf32>
    %202 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %203 = stablehlo.multiply %201, %202 : tensor<3x1x20xf32>
    %204 = stablehlo.dot_general %203, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %205 = stablehlo.logistic %204 : tensor<3x1x56xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<3x1x56xf32>
    %207 = stablehlo.dot_general %203, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<3x1x56xf32>
    %209 = stablehlo.dot_general %208, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %210 = stablehlo.add %189, %209 : tensor<3x1x20xf32>
    %211 = stablehlo.reshape %93 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %212 = stablehlo.reshape %94 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %213 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %214 = stablehlo.reshape %213 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %215 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %216 = stablehlo.reshape %215 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %217 = stablehlo.multiply %210, %210 : tensor<3x1x20xf32>
    %218 = stablehlo.constant dense<0.0> : tensor<f32>
    %219 = stablehlo.reduce(%217 init: %218) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %220 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %222 = stablehlo.multiply %219, %221 : tensor<3x1xf32>
    %223 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %225 = stablehlo.add %222, %224 : tensor<3x1xf32>
    %226 = stablehlo.rsqrt %225 : tensor<3x1xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %228 = stablehlo.multiply %210, %227 : tensor<3x1x20xf32>
    %229 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %230 = stablehlo.multiply %228, %229 : tensor<3x1x20xf32>
    %231 = stablehlo.dot_general %230, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %232 = stablehlo.dot_general %230, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %233 = stablehlo.dot_general %230, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %234 = stablehlo.reshape %231 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %235 = stablehlo.reshape %232 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %236 = stablehlo.reshape %233 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %237 = stablehlo.multiply %234, %234 : tensor<3x1x4x12xf32>
    %238 = stablehlo.constant dense<0.0> : tensor<f32>
    %239 = stablehlo.reduce(%237 init: %238) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %240 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %242 = stablehlo.multiply %239, %241 : tensor<3x1x4xf32>
    %243 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %245 = stablehlo.add %242, %244 : tensor<3x1x4xf32>
    %246 = stablehlo.rsqrt %245 : tensor<3x1x4xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %248 = stablehlo.multiply %234, %247 : tensor<3x1x4x12xf32>
    %249 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %250 = stablehlo.multiply %248, %249 : tensor<3x1x4x12xf32>
    %251 = stablehlo.multiply %235, %235 : tensor<3x1x2x12xf32>
    %252 = stablehlo.constant dense<0.0> : tensor<f32>
    %253 = stablehlo.reduce(%251 init: %252) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %254 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %256 = stablehlo.multiply %253, %255 : tensor<3x1x2xf32>
    %257 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %259 = stablehlo.add %256, %258 : tensor<3x1x2xf32>
    %260 = stablehlo.rsqrt %259 : tensor<3x1x2xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %262 = stablehlo.multiply %235, %261 : tensor<3x1x2x12xf32>
    %263 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %264 = stablehlo.multiply %262, %263 : tensor<3x1x2x12xf32>
    %265 = "stablehlo.slice"(%250) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %266 = "stablehlo.slice"(%250) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %267 = stablehlo.negate %266 : tensor<3x1x4x6xf32>
    %268 = stablehlo.concatenate %267, %265, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %269 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %270 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %271 = stablehlo.multiply %250, %269 : tensor<3x1x4x12xf32>
    %272 = stablehlo.multiply %268, %270 : tensor<3x1x4x12xf32>
    %273 = stablehlo.add %271, %272 : tensor<3x1x4x12xf32>
    %274 = "stablehlo.slice"(%264) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %275 = "stablehlo.slice"(%264) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %276 = stablehlo.negate %275 : tensor<3x1x2x6xf32>
    %277 = stablehlo.concatenate %276, %274, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %278 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %279 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %280 = stablehlo.multiply %264, %278 : tensor<3x1x2x12xf32>
    %281 = stablehlo.multiply %277, %279 : tensor<3x1x2x12xf32>
    %282 = stablehlo.add %280, %281 : tensor<3x1x2x12xf32>
    %283 = stablehlo.reshape %273 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %284 = stablehlo.transpose %283, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %285 = stablehlo.transpose %282, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %286 = stablehlo.transpose %236, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %287 = "stablehlo.slice"(%284) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %288 = "stablehlo.slice"(%285) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %289 = "stablehlo.slice"(%286) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %290 = "stablehlo.slice"(%214) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %291 = "stablehlo.slice"(%216) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %292 = "stablehlo.slice"(%20) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %293 = stablehlo.dot_general %287, %288, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %294 = stablehlo.dot_general %287, %290, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %295 = stablehlo.concatenate %294, %293, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %296 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %298 = stablehlo.multiply %295, %297 : tensor<1x2x1x2x17xf32>
    %299 = stablehlo.broadcast_in_dim %292, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %300 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %302 = stablehlo.select %299, %298, %301 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %303 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %304 = stablehlo.reduce(%302 init: %303) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %305 = stablehlo.broadcast_in_dim %304, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %306 = stablehlo.subtract %302, %305 : tensor<1x2x1x2x17xf32>
    %307 = stablehlo.exponential %306 : tensor<1x2x1x2x17xf32>
    %308 = stablehlo.constant dense<0.0> : tensor<f32>
    %309 = stablehlo.reduce(%307 init: %308) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %311 = stablehlo.divide %307, %310 : tensor<1x2x1x2x17xf32>
    %312 = "stablehlo.slice"(%311) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %313 = "stablehlo.slice"(%311) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %314 = stablehlo.dot_general %312, %291, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %315 = stablehlo.dot_general %313, %289, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %316 = stablehlo.add %314, %315 : tensor<1x2x1x2x12xf32>
    %317 = "stablehlo.slice"(%284) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %318 = "stablehlo.slice"(%285) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %319 = "stablehlo.slice"(%286) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %320 = "stablehlo.slice"(%214) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %321 = "stablehlo.slice"(%216) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %322 = "stablehlo.slice"(%20) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %323 = stablehlo.dot_general %317, %318, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %324 = stablehlo.dot_general %317, %320, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %325 = stablehlo.concatenate %324, %323, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %326 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %326, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %328 = stablehlo.multiply %325, %327 : tensor<1x2x1x2x17xf32>
    %329 = stablehlo.broadcast_in_dim %322, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %330 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %331 = stablehlo.broadcast_in_dim %330, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %332 = stablehlo.select %329, %328, %331 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %333 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %334 = stablehlo.reduce(%332 init: %333) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %336 = stablehlo.subtract %332, %335 : tensor<1x2x1x2x17xf32>
    %337 = stablehlo.exponential %336 : tensor<1x2x1x2x17xf32>
    %338 = stablehlo.constant dense<0.0> : tensor<f32>
    %339 = stablehlo.reduce(%337 init: %338) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %340 = stablehlo.broadcast_in_dim %339, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %341 = stablehlo.divide %337, %340 : tensor<1x2x1x2x17xf32>
    %342 = "stablehlo.slice"(%341) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %343 = "stablehlo.slice"(%341) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %344 = stablehlo.dot_general %342, %321, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %345 = stablehlo.dot_general %343, %319, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %346 = stablehlo.add %344, %345 : tensor<1x2x1x2x12xf32>
    %347 = "stablehlo.slice"(%284) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %348 = "stablehlo.slice"(%285) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %349 = "stablehlo.slice"(%286) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x1x12xf32>) -> tensor<1x2x1x12xf32>
    %350 = "stablehlo.slice"(%214) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %351 = "stablehlo.slice"(%216) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %352 = "stablehlo.slice"(%20) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %353 = stablehlo.dot_general %347, %348, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %354 = stablehlo.dot_general %347, %350, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %355 = stablehlo.concatenate %354, %353, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %356 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %357 = stablehlo.broadcast_in_dim %356, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %358 = stablehlo.multiply %355, %357 : tensor<1x2x1x2x17xf32>
    %359 = stablehlo.broadcast_in_dim %352, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %360 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %360, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %362 = stablehlo.select %359, %358, %361 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %363 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %364 = stablehlo.reduce(%362 init: %363) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %366 = stablehlo.subtract %362, %365 : tensor<1x2x1x2x17xf32>
    %367 = stablehlo.exponential %366 : tensor<1x2x1x2x17xf32>
    %368 = stablehlo.constant dense<0.0> : tensor<f32>
    %369 = stablehlo.reduce(%367 init: %368) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %371 = stablehlo.divide %367, %370 : tensor<1x2x1x2x17xf32>
    %372 = "stablehlo.slice"(%371) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %373 = "stablehlo.slice"(%371) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %374 = stablehlo.dot_general %372, %351, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %375 = stablehlo.dot_general %373, %349, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %376 = stablehlo.add %374, %375 : tensor<1x2x1x2x12xf32>
    %377 = stablehlo.concatenate %316, %346, %376, dim = 0 : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>, tensor<1x2x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %378 = stablehlo.transpose %377, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %379 = stablehlo.reshape %378 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %380 = stablehlo.dot_general %379, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %381 = stablehlo.add %210, %380 : tensor<3x1x20xf32>
    %382 = stablehlo.multiply %381, %381 : tensor<3x1x20xf32>
    %383 = stablehlo.constant dense<0.0> : tensor<f32>
    %384 = stablehlo.reduce(%382 init: %383) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %385 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %386 = stablehlo.broadcast_in_dim %385, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %387 = stablehlo.multiply %384, %386 : tensor<3x1xf32>
    %388 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %388, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %390 = stablehlo.add %387, %389 : tensor<3x1xf32>
    %391 = stablehlo.rsqrt %390 : tensor<3x1xf32>
    %392 = stablehlo.broadcast_in_dim %391, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %393 = stablehlo.multiply %381, %392 : tensor<3x1x20xf32>
    %394 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %395 = stablehlo.multiply %393, %394 : tensor<3x1x20xf32>
    %396 = stablehlo.dot_general %395, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %397 = stablehlo.logistic %396 : tensor<3x1x56xf32>
    %398 = stablehlo.multiply %396, %397 : tensor<3x1x56xf32>
    %399 = stablehlo.dot_general %395, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %400 = stablehlo.multiply %398, %399 : tensor<3x1x56xf32>
    %401 = stablehlo.dot_general %400, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %402 = stablehlo.add %381, %401 : tensor<3x1x20xf32>
    %403 = stablehlo.reshape %285 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %404 = stablehlo.reshape %286 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %405 = stablehlo.multiply %402, %402 : tensor<3x1x20xf32>
    %406 = stablehlo.constant dense<0.0> : tensor<f32>
    %407 = stablehlo.reduce(%405 init: %406) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %408 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %410 = stablehlo.multiply %407, %409 : tensor<3x1xf32>
    %411 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %412 = stablehlo.broadcast_in_dim %411, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %413 = stablehlo.add %410, %412 : tensor<3x1xf32>
    %414 = stablehlo.rsqrt %413 : tensor<3x1xf32>
    %415 = stablehlo.broadcast_in_dim %414, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %416 = stablehlo.multiply %402, %415 : tensor<3x1x20xf32>
    %417 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %418 = stablehlo.multiply %416, %417 : tensor<3x1x20xf32>
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
    %437 = stablehlo.reshape %418 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %438 = stablehlo.dot_general %437, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
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
