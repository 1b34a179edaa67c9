// qwen3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @qwen3_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x16x2x2x12xf32>, %v_cache: tensor<3x16x2x2x12xf32>) -> (tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>) {
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
    %23 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %24 = stablehlo.reshape %23 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %25 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %26 = stablehlo.reshape %25 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
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
    %94 = stablehlo.dot_general %93, %24, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x2x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x2x16xf32>
    %95 = stablehlo.dot_general %93, %92, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x2x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x2x1xf32>
    %96 = stablehlo.concatenate %94, %95, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %97 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %99 = stablehlo.multiply %96, %98 : tensor<3x2x1x2x17xf32>
    %100 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %101 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %103 = stablehlo.select %100, %99, %102 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %104 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %104) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %107 = stablehlo.subtract %103, %106 : tensor<3x2x1x2x17xf32>
    %108 = stablehlo.exponential %107 : tensor<3x2x1x2x17xf32>
    %109 = stablehlo.constant dense<0.0> : tensor<f32>
    %110 = stablehlo.reduce(%108 init: %109) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %112 = stablehlo.divide %108, %111 : tensor<3x2x1x2x17xf32>
    %113 = "stablehlo.slice"(%112) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %114 = "stablehlo.slice"(%112) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %115 = stablehlo.dot_general %113, %26, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %116 = stablehlo.dot_general %114, %46, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %117 = stablehlo.add %115, %116 : tensor<3x2x1x2x12xf32>
    %118 = stablehlo.transpose %117, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %119 = stablehlo.reshape %118 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %120 = stablehlo.dot_general %119, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %121 = stablehlo.add %2, %120 : tensor<3x1x20xf32>
    %122 = stablehlo.multiply %121, %121 : tensor<3x1x20xf32>
    %123 = stablehlo.constant dense<0.0> : tensor<f32>
    %124 = stablehlo.reduce(%122 init: %123) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %125 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %127 = stablehlo.multiply %124, %126 : tensor<3x1xf32>
    %128 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %130 = stablehlo.add %127, %129 : tensor<3x1xf32>
    %131 = stablehlo.rsqrt %130 : tensor<3x1xf32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %133 = stablehlo.multiply %121, %132 : tensor<3x1x20xf32>
    %134 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %135 = stablehlo.multiply %133, %134 : tensor<3x1x20xf32>
    %136 = stablehlo.dot_general %135, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %137 = stablehlo.logistic %136 : tensor<3x1x56xf32>
    %138 = stablehlo.multiply %136, %137 : tensor<3x1x56xf32>
    %139 = stablehlo.dot_general %135, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %140 = stablehlo.multiply %138, %139 : tensor<3x1x56xf32>
    %141 = stablehlo.dot_general %140, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %142 = stablehlo.add %121, %141 : tensor<3x1x20xf32>
    %143 = stablehlo.reshape %92 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %144 = stablehlo.reshape %46 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    // layer 1: full_attention
    %145 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %146 = stablehlo.reshape %145 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %147 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %148 = stablehlo.reshape %147 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %149 = stablehlo.multiply %142, %142 : tensor<3x1x20xf32>
    %150 = stablehlo.constant dense<0.0> : tensor<f32>
    %151 = stablehlo.reduce(%149 init: %150) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %152 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %154 = stablehlo.multiply %151, %153 : tensor<3x1xf32>
    %155 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %157 = stablehlo.add %154, %156 : tensor<3x1xf32>
    %158 = stablehlo.rsqrt %157 : tensor<3x1xf32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %160 = stablehlo.multiply %142, %159 : tensor<3x1x20xf32>
    %161 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %162 = stablehlo.multiply %160, %161 : tensor<3x1x20xf32>
    %163 = stablehlo.dot_general %162, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %164 = stablehlo.dot_general %162, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %165 = stablehlo.dot_general %162, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %166 = stablehlo.reshape %163 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %167 = stablehlo.reshape %164 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %168 = stablehlo.reshape %165 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %169 = stablehlo.multiply %166, %166 : tensor<3x1x4x12xf32>
    %170 = stablehlo.constant dense<0.0> : tensor<f32>
    %171 = stablehlo.reduce(%169 init: %170) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %172 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<3x1x4xf32>
    %175 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %177 = stablehlo.add %174, %176 : tensor<3x1x4xf32>
    %178 = stablehlo.rsqrt %177 : tensor<3x1x4xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %180 = stablehlo.multiply %166, %179 : tensor<3x1x4x12xf32>
    %181 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<3x1x4x12xf32>
    %183 = stablehlo.multiply %167, %167 : tensor<3x1x2x12xf32>
    %184 = stablehlo.constant dense<0.0> : tensor<f32>
    %185 = stablehlo.reduce(%183 init: %184) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %186 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %188 = stablehlo.multiply %185, %187 : tensor<3x1x2xf32>
    %189 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %191 = stablehlo.add %188, %190 : tensor<3x1x2xf32>
    %192 = stablehlo.rsqrt %191 : tensor<3x1x2xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %194 = stablehlo.multiply %167, %193 : tensor<3x1x2x12xf32>
    %195 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<3x1x2x12xf32>
    %197 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %198 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %199 = stablehlo.negate %198 : tensor<3x1x4x6xf32>
    %200 = stablehlo.concatenate %199, %197, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %201 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %202 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %203 = stablehlo.multiply %182, %201 : tensor<3x1x4x12xf32>
    %204 = stablehlo.multiply %200, %202 : tensor<3x1x4x12xf32>
    %205 = stablehlo.add %203, %204 : tensor<3x1x4x12xf32>
    %206 = "stablehlo.slice"(%196) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %207 = "stablehlo.slice"(%196) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %208 = stablehlo.negate %207 : tensor<3x1x2x6xf32>
    %209 = stablehlo.concatenate %208, %206, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %210 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %211 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %212 = stablehlo.multiply %196, %210 : tensor<3x1x2x12xf32>
    %213 = stablehlo.multiply %209, %211 : tensor<3x1x2x12xf32>
    %214 = stablehlo.add %212, %213 : tensor<3x1x2x12xf32>
    %215 = stablehlo.reshape %205 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %216 = stablehlo.dot_general %215, %146, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x2x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x2x16xf32>
    %217 = stablehlo.dot_general %215, %214, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x2x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x2x1xf32>
    %218 = stablehlo.concatenate %216, %217, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %219 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %221 = stablehlo.multiply %218, %220 : tensor<3x2x1x2x17xf32>
    %222 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %223 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %225 = stablehlo.select %222, %221, %224 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %226 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %227 = stablehlo.reduce(%225 init: %226) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %229 = stablehlo.subtract %225, %228 : tensor<3x2x1x2x17xf32>
    %230 = stablehlo.exponential %229 : tensor<3x2x1x2x17xf32>
    %231 = stablehlo.constant dense<0.0> : tensor<f32>
    %232 = stablehlo.reduce(%230 init: %231) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %234 = stablehlo.divide %230, %233 : tensor<3x2x1x2x17xf32>
    %235 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %236 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %237 = stablehlo.dot_general %235, %148, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %238 = stablehlo.dot_general %236, %168, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %239 = stablehlo.add %237, %238 : tensor<3x2x1x2x12xf32>
    %240 = stablehlo.transpose %239, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %241 = stablehlo.reshape %240 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %242 = stablehlo.dot_general %241, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %243 = stablehlo.add %142, %242 : tensor<3x1x20xf32>
    %244 = stablehlo.multiply %243, %243 : tensor<3x1x20xf32>
    %245 = stablehlo.constant dense<0.0> : tensor<f32>
    %246 = stablehlo.reduce(%244 init: %245) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %247 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %249 = stablehlo.multiply %246, %248 : tensor<3x1xf32>
    %250 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %252 = stablehlo.add %249, %251 : tensor<3x1xf32>
    %253 = stablehlo.rsqrt %252 : tensor<3x1xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %255 = stablehlo.multiply %243, %254 : tensor<3x1x20xf32>
    %256 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %257 = stablehlo.multiply %255, %256 : tensor<3x1x20xf32>
    %258 = stablehlo.dot_general %257, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %259 = stablehlo.logistic %258 : tensor<3x1x56xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<3x1x56xf32>
    %261 = stablehlo.dot_general %257, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %262 = stablehlo.multiply %260, %261 : tensor<3x1x56xf32>
    %263 = stablehlo.dot_general %262, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %264 = stablehlo.add %243, %263 : tensor<3x1x20xf32>
    %265 = stablehlo.reshape %214 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %266 = stablehlo.reshape %168 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %267 = stablehlo.multiply %264, %264 : tensor<3x1x20xf32>
    %268 = stablehlo.constant dense<0.0> : tensor<f32>
    %269 = stablehlo.reduce(%267 init: %268) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %270 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %272 = stablehlo.multiply %269, %271 : tensor<3x1xf32>
    %273 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %275 = stablehlo.add %272, %274 : tensor<3x1xf32>
    %276 = stablehlo.rsqrt %275 : tensor<3x1xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %278 = stablehlo.multiply %264, %277 : tensor<3x1x20xf32>
    %279 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %280 = stablehlo.multiply %278, %279 : tensor<3x1x20xf32>
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
    %293 = stablehlo.reshape %280 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %294 = stablehlo.dot_general %293, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
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
