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
    %97 = stablehlo.dot_general %94, %24, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %98 = stablehlo.dot_general %94, %95, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %99 = stablehlo.concatenate %97, %98, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %100 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<3x2x1x2x17xf32>
    %103 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %104 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %106 = stablehlo.select %103, %102, %105 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %107 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %108 = stablehlo.reduce(%106 init: %107) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %110 = stablehlo.subtract %106, %109 : tensor<3x2x1x2x17xf32>
    %111 = stablehlo.exponential %110 : tensor<3x2x1x2x17xf32>
    %112 = stablehlo.constant dense<0.0> : tensor<f32>
    %113 = stablehlo.reduce(%111 init: %112) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %115 = stablehlo.divide %111, %114 : tensor<3x2x1x2x17xf32>
    %116 = "stablehlo.slice"(%115) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %117 = "stablehlo.slice"(%115) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %118 = stablehlo.dot_general %116, %26, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %119 = stablehlo.dot_general %117, %96, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %120 = stablehlo.add %118, %119 : tensor<3x2x1x2x12xf32>
    %121 = stablehlo.transpose %120, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %122 = stablehlo.reshape %121 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %123 = stablehlo.dot_general %122, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %124 = stablehlo.add %2, %123 : tensor<3x1x20xf32>
    %125 = stablehlo.multiply %124, %124 : tensor<3x1x20xf32>
    %126 = stablehlo.constant dense<0.0> : tensor<f32>
    %127 = stablehlo.reduce(%125 init: %126) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %128 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<3x1xf32>
    %131 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %133 = stablehlo.add %130, %132 : tensor<3x1xf32>
    %134 = stablehlo.rsqrt %133 : tensor<3x1xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %136 = stablehlo.multiply %124, %135 : tensor<3x1x20xf32>
    %137 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %138 = stablehlo.multiply %136, %137 : tensor<3x1x20xf32>
    %139 = stablehlo.dot_general %138, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %140 = stablehlo.logistic %139 : tensor<3x1x56xf32>
    %141 = stablehlo.multiply %139, %140 : tensor<3x1x56xf32>
    %142 = stablehlo.dot_general %138, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %143 = stablehlo.multiply %141, %142 : tensor<3x1x56xf32>
    %144 = stablehlo.dot_general %143, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %145 = stablehlo.add %124, %144 : tensor<3x1x20xf32>
    %146 = stablehlo.reshape %95 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %147 = stablehlo.reshape %96 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %148 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %149 = stablehlo.reshape %148 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %150 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %151 = stablehlo.reshape %150 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %152 = stablehlo.multiply %145, %145 : tensor<3x1x20xf32>
    %153 = stablehlo.constant dense<0.0> : tensor<f32>
    %154 = stablehlo.reduce(%152 init: %153) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %155 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<3x1xf32>
    %158 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %160 = stablehlo.add %157, %159 : tensor<3x1xf32>
    %161 = stablehlo.rsqrt %160 : tensor<3x1xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %163 = stablehlo.multiply %145, %162 : tensor<3x1x20xf32>
    %164 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %165 = stablehlo.multiply %163, %164 : tensor<3x1x20xf32>
    %166 = stablehlo.dot_general %165, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %167 = stablehlo.dot_general %165, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %168 = stablehlo.dot_general %165, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %169 = stablehlo.reshape %166 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %170 = stablehlo.reshape %167 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %171 = stablehlo.reshape %168 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %172 = stablehlo.multiply %169, %169 : tensor<3x1x4x12xf32>
    %173 = stablehlo.constant dense<0.0> : tensor<f32>
    %174 = stablehlo.reduce(%172 init: %173) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %175 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %177 = stablehlo.multiply %174, %176 : tensor<3x1x4xf32>
    %178 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %180 = stablehlo.add %177, %179 : tensor<3x1x4xf32>
    %181 = stablehlo.rsqrt %180 : tensor<3x1x4xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %183 = stablehlo.multiply %169, %182 : tensor<3x1x4x12xf32>
    %184 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<3x1x4x12xf32>
    %186 = stablehlo.multiply %170, %170 : tensor<3x1x2x12xf32>
    %187 = stablehlo.constant dense<0.0> : tensor<f32>
    %188 = stablehlo.reduce(%186 init: %187) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %189 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %191 = stablehlo.multiply %188, %190 : tensor<3x1x2xf32>
    %192 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %194 = stablehlo.add %191, %193 : tensor<3x1x2xf32>
    %195 = stablehlo.rsqrt %194 : tensor<3x1x2xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %197 = stablehlo.multiply %170, %196 : tensor<3x1x2x12xf32>
    %198 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %199 = stablehlo.multiply %197, %198 : tensor<3x1x2x12xf32>
    %200 = "stablehlo.slice"(%185) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %201 = "stablehlo.slice"(%185) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %202 = stablehlo.negate %201 : tensor<3x1x4x6xf32>
    %203 = stablehlo.concatenate %202, %200, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %204 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %205 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %206 = stablehlo.multiply %185, %204 : tensor<3x1x4x12xf32>
    %207 = stablehlo.multiply %203, %205 : tensor<3x1x4x12xf32>
    %208 = stablehlo.add %206, %207 : tensor<3x1x4x12xf32>
    %209 = "stablehlo.slice"(%199) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %210 = "stablehlo.slice"(%199) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %211 = stablehlo.negate %210 : tensor<3x1x2x6xf32>
    %212 = stablehlo.concatenate %211, %209, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %213 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %214 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %215 = stablehlo.multiply %199, %213 : tensor<3x1x2x12xf32>
    %216 = stablehlo.multiply %212, %214 : tensor<3x1x2x12xf32>
    %217 = stablehlo.add %215, %216 : tensor<3x1x2x12xf32>
    %218 = stablehlo.reshape %208 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %219 = stablehlo.transpose %218, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %220 = stablehlo.transpose %217, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %221 = stablehlo.transpose %171, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %222 = stablehlo.dot_general %219, %149, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %223 = stablehlo.dot_general %219, %220, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %224 = stablehlo.concatenate %222, %223, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %225 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %227 = stablehlo.multiply %224, %226 : tensor<3x2x1x2x17xf32>
    %228 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %229 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %231 = stablehlo.select %228, %227, %230 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %232 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %233 = stablehlo.reduce(%231 init: %232) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %235 = stablehlo.subtract %231, %234 : tensor<3x2x1x2x17xf32>
    %236 = stablehlo.exponential %235 : tensor<3x2x1x2x17xf32>
    %237 = stablehlo.constant dense<0.0> : tensor<f32>
    %238 = stablehlo.reduce(%236 init: %237) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %240 = stablehlo.divide %236, %239 : tensor<3x2x1x2x17xf32>
    %241 = "stablehlo.slice"(%240) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %242 = "stablehlo.slice"(%240) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %243 = stablehlo.dot_general %241, %151, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %244 = stablehlo.dot_general %242, %221, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %245 = stablehlo.add %243, %244 : tensor<3x2x1x2x12xf32>
    %246 = stablehlo.transpose %245, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %247 = stablehlo.reshape %246 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %248 = stablehlo.dot_general %247, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %249 = stablehlo.add %145, %248 : tensor<3x1x20xf32>
    %250 = stablehlo.multiply %249, %249 : tensor<3x1x20xf32>
    %251 = stablehlo.constant dense<0.0> : tensor<f32>
    %252 = stablehlo.reduce(%250 init: %251) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %253 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %255 = stablehlo.multiply %252, %254 : tensor<3x1xf32>
    %256 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %258 = stablehlo.add %255, %257 : tensor<3x1xf32>
    %259 = stablehlo.rsqrt %258 : tensor<3x1xf32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %261 = stablehlo.multiply %249, %260 : tensor<3x1x20xf32>
    %262 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %263 = stablehlo.multiply %261, %262 : tensor<3x1x20xf32>
    %264 = stablehlo.dot_general %263, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %265 = stablehlo.logistic %264 : tensor<3x1x56xf32>
    %266 = stablehlo.multiply %264, %265 : tensor<3x1x56xf32>
    %267 = stablehlo.dot_general %263, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %268 = stablehlo.multiply %266, %267 : tensor<3x1x56xf32>
    %269 = stablehlo.dot_general %268, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %270 = stablehlo.add %249, %269 : tensor<3x1x20xf32>
    %271 = stablehlo.reshape %220 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %272 = stablehlo.reshape %221 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %273 = stablehlo.multiply %270, %270 : tensor<3x1x20xf32>
    %274 = stablehlo.constant dense<0.0> : tensor<f32>
    %275 = stablehlo.reduce(%273 init: %274) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %276 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %278 = stablehlo.multiply %275, %277 : tensor<3x1xf32>
    %279 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %281 = stablehlo.add %278, %280 : tensor<3x1xf32>
    %282 = stablehlo.rsqrt %281 : tensor<3x1xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %284 = stablehlo.multiply %270, %283 : tensor<3x1x20xf32>
    %285 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %286 = stablehlo.multiply %284, %285 : tensor<3x1x20xf32>
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
    %305 = stablehlo.reshape %286 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %306 = stablehlo.dot_general %305, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
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
