// qwen3 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @qwen3_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x8x1xi32>) -> tensor<1x8x20xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.10000000149011612, 0.009999999776482582, 0.0010000000474974513, 9.999999747378752e-05, 9.999999747378752e-06]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x8x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %15 = stablehlo.cosine %14 : tensor<1x8x12xf32>
    %16 = stablehlo.sine %14 : tensor<1x8x12xf32>
    %17 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %18 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %19 = stablehlo.compare LE, %18, %17, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %20 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %21 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %22 = stablehlo.compare LT, %20, %21, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %23 = stablehlo.concatenate %22, %19, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %24 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %26 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %28 = stablehlo.multiply %5, %5 : tensor<1x8x20xf32>
    %29 = stablehlo.constant dense<0.0> : tensor<f32>
    %30 = stablehlo.reduce(%28 init: %29) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %31 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %33 = stablehlo.multiply %30, %32 : tensor<1x8xf32>
    %34 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %36 = stablehlo.add %33, %35 : tensor<1x8xf32>
    %37 = stablehlo.rsqrt %36 : tensor<1x8xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %39 = stablehlo.multiply %5, %38 : tensor<1x8x20xf32>
    %40 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %41 = stablehlo.multiply %39, %40 : tensor<1x8x20xf32>
    %42 = stablehlo.dot_general %41, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %43 = stablehlo.dot_general %41, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %44 = stablehlo.dot_general %41, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %45 = stablehlo.reshape %42 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %46 = stablehlo.reshape %43 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %47 = stablehlo.reshape %44 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %48 = stablehlo.multiply %45, %45 : tensor<1x8x4x12xf32>
    %49 = stablehlo.constant dense<0.0> : tensor<f32>
    %50 = stablehlo.reduce(%48 init: %49) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %51 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %51, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %53 = stablehlo.multiply %50, %52 : tensor<1x8x4xf32>
    %54 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %56 = stablehlo.add %53, %55 : tensor<1x8x4xf32>
    %57 = stablehlo.rsqrt %56 : tensor<1x8x4xf32>
    %58 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %59 = stablehlo.multiply %45, %58 : tensor<1x8x4x12xf32>
    %60 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %61 = stablehlo.multiply %59, %60 : tensor<1x8x4x12xf32>
    %62 = stablehlo.multiply %46, %46 : tensor<1x8x2x12xf32>
    %63 = stablehlo.constant dense<0.0> : tensor<f32>
    %64 = stablehlo.reduce(%62 init: %63) applies stablehlo.add across dimensions = [3] : (tensor<1x8x2x12xf32>, tensor<f32>) -> tensor<1x8x2xf32>
    %65 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %65, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %67 = stablehlo.multiply %64, %66 : tensor<1x8x2xf32>
    %68 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %70 = stablehlo.add %67, %69 : tensor<1x8x2xf32>
    %71 = stablehlo.rsqrt %70 : tensor<1x8x2xf32>
    %72 = stablehlo.broadcast_in_dim %71, dims = [0, 1, 2] : (tensor<1x8x2xf32>) -> tensor<1x8x2x12xf32>
    %73 = stablehlo.multiply %46, %72 : tensor<1x8x2x12xf32>
    %74 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x2x12xf32>
    %75 = stablehlo.multiply %73, %74 : tensor<1x8x2x12xf32>
    %76 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %77 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %78 = stablehlo.negate %77 : tensor<1x8x4x6xf32>
    %79 = stablehlo.concatenate %78, %76, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %80 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %81 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %82 = stablehlo.multiply %61, %80 : tensor<1x8x4x12xf32>
    %83 = stablehlo.multiply %79, %81 : tensor<1x8x4x12xf32>
    %84 = stablehlo.add %82, %83 : tensor<1x8x4x12xf32>
    %85 = "stablehlo.slice"(%75) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %86 = "stablehlo.slice"(%75) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %87 = stablehlo.negate %86 : tensor<1x8x2x6xf32>
    %88 = stablehlo.concatenate %87, %85, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %89 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %90 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %91 = stablehlo.multiply %75, %89 : tensor<1x8x2x12xf32>
    %92 = stablehlo.multiply %88, %90 : tensor<1x8x2x12xf32>
    %93 = stablehlo.add %91, %92 : tensor<1x8x2x12xf32>
    %94 = stablehlo.reshape %84 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %95 = stablehlo.transpose %94, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %96 = stablehlo.transpose %93, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %97 = stablehlo.transpose %47, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %98 = stablehlo.dot_general %95, %96, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %99 = stablehlo.dot_general %95, %25, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %100 = stablehlo.concatenate %99, %98, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %101 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %103 = stablehlo.multiply %100, %102 : tensor<1x2x8x2x24xf32>
    %104 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %105 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %107 = stablehlo.select %104, %103, %106 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %108 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %109 = stablehlo.reduce(%107 init: %108) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %111 = stablehlo.subtract %107, %110 : tensor<1x2x8x2x24xf32>
    %112 = stablehlo.exponential %111 : tensor<1x2x8x2x24xf32>
    %113 = stablehlo.constant dense<0.0> : tensor<f32>
    %114 = stablehlo.reduce(%112 init: %113) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %116 = stablehlo.divide %112, %115 : tensor<1x2x8x2x24xf32>
    %117 = "stablehlo.slice"(%116) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %118 = "stablehlo.slice"(%116) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %119 = stablehlo.dot_general %117, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %120 = stablehlo.dot_general %118, %97, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %121 = stablehlo.add %119, %120 : tensor<1x2x8x2x12xf32>
    %122 = stablehlo.transpose %121, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %124 = stablehlo.dot_general %123, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %125 = stablehlo.add %5, %124 : tensor<1x8x20xf32>
    %126 = stablehlo.multiply %125, %125 : tensor<1x8x20xf32>
    %127 = stablehlo.constant dense<0.0> : tensor<f32>
    %128 = stablehlo.reduce(%126 init: %127) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %129 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %131 = stablehlo.multiply %128, %130 : tensor<1x8xf32>
    %132 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %134 = stablehlo.add %131, %133 : tensor<1x8xf32>
    %135 = stablehlo.rsqrt %134 : tensor<1x8xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %137 = stablehlo.multiply %125, %136 : tensor<1x8x20xf32>
    %138 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %139 = stablehlo.multiply %137, %138 : tensor<1x8x20xf32>
    %140 = stablehlo.dot_general %139, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %141 = stablehlo.logistic %140 : tensor<1x8x56xf32>
    %142 = stablehlo.multiply %140, %141 : tensor<1x8x56xf32>
    %143 = stablehlo.dot_general %139, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %144 = stablehlo.multiply %142, %143 : tensor<1x8x56xf32>
    %145 = stablehlo.dot_general %144, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %146 = stablehlo.add %125, %145 : tensor<1x8x20xf32>
    %147 = stablehlo.reshape %96 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %148 = stablehlo.reshape %97 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %149 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %151 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %153 = stablehlo.multiply %146, %146 : tensor<1x8x20xf32>
    %154 = stablehlo.constant dense<0.0> : tensor<f32>
    %155 = stablehlo.reduce(%153 init: %154) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %156 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<1x8xf32>
    %159 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %161 = stablehlo.add %158, %160 : tensor<1x8xf32>
    %162 = stablehlo.rsqrt %161 : tensor<1x8xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %164 = stablehlo.multiply %146, %163 : tensor<1x8x20xf32>
    %165 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<1x8x20xf32>
    %167 = stablehlo.dot_general %166, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %168 = stablehlo.dot_general %166, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %169 = stablehlo.dot_general %166, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %170 = stablehlo.reshape %167 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %171 = stablehlo.reshape %168 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %172 = stablehlo.reshape %169 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %173 = stablehlo.multiply %170, %170 : tensor<1x8x4x12xf32>
    %174 = stablehlo.constant dense<0.0> : tensor<f32>
    %175 = stablehlo.reduce(%173 init: %174) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %176 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %178 = stablehlo.multiply %175, %177 : tensor<1x8x4xf32>
    %179 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %181 = stablehlo.add %178, %180 : tensor<1x8x4xf32>
    %182 = stablehlo.rsqrt %181 : tensor<1x8x4xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %184 = stablehlo.multiply %170, %183 : tensor<1x8x4x12xf32>
    %185 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %186 = stablehlo.multiply %184, %185 : tensor<1x8x4x12xf32>
    %187 = stablehlo.multiply %171, %171 : tensor<1x8x2x12xf32>
    %188 = stablehlo.constant dense<0.0> : tensor<f32>
    %189 = stablehlo.reduce(%187 init: %188) applies stablehlo.add across dimensions = [3] : (tensor<1x8x2x12xf32>, tensor<f32>) -> tensor<1x8x2xf32>
    %190 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<1x8x2xf32>
    %193 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %195 = stablehlo.add %192, %194 : tensor<1x8x2xf32>
    %196 = stablehlo.rsqrt %195 : tensor<1x8x2xf32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [0, 1, 2] : (tensor<1x8x2xf32>) -> tensor<1x8x2x12xf32>
    %198 = stablehlo.multiply %171, %197 : tensor<1x8x2x12xf32>
    %199 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x2x12xf32>
    %200 = stablehlo.multiply %198, %199 : tensor<1x8x2x12xf32>
    %201 = "stablehlo.slice"(%186) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %202 = "stablehlo.slice"(%186) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %203 = stablehlo.negate %202 : tensor<1x8x4x6xf32>
    %204 = stablehlo.concatenate %203, %201, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %205 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %206 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %207 = stablehlo.multiply %186, %205 : tensor<1x8x4x12xf32>
    %208 = stablehlo.multiply %204, %206 : tensor<1x8x4x12xf32>
    %209 = stablehlo.add %207, %208 : tensor<1x8x4x12xf32>
    %210 = "stablehlo.slice"(%200) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %211 = "stablehlo.slice"(%200) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %212 = stablehlo.negate %211 : tensor<1x8x2x6xf32>
    %213 = stablehlo.concatenate %212, %210, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %214 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %215 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %216 = stablehlo.multiply %200, %214 : tensor<1x8x2x12xf32>
    %217 = stablehlo.multiply %213, %215 : tensor<1x8x2x12xf32>
    %218 = stablehlo.add %216, %217 : tensor<1x8x2x12xf32>
    %219 = stablehlo.reshape %209 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %220 = stablehlo.transpose %219, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %221 = stablehlo.transpose %218, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %222 = stablehlo.transpose %172, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %223 = stablehlo.dot_general %220, %221, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %224 = stablehlo.dot_general %220, %150, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %225 = stablehlo.concatenate %224, %223, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %226 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %228 = stablehlo.multiply %225, %227 : tensor<1x2x8x2x24xf32>
    %229 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %230 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %232 = stablehlo.select %229, %228, %231 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %233 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %234 = stablehlo.reduce(%232 init: %233) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %236 = stablehlo.subtract %232, %235 : tensor<1x2x8x2x24xf32>
    %237 = stablehlo.exponential %236 : tensor<1x2x8x2x24xf32>
    %238 = stablehlo.constant dense<0.0> : tensor<f32>
    %239 = stablehlo.reduce(%237 init: %238) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %241 = stablehlo.divide %237, %240 : tensor<1x2x8x2x24xf32>
    %242 = "stablehlo.slice"(%241) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %243 = "stablehlo.slice"(%241) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %244 = stablehlo.dot_general %242, %152, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %245 = stablehlo.dot_general %243, %222, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %246 = stablehlo.add %244, %245 : tensor<1x2x8x2x12xf32>
    %247 = stablehlo.transpose %246, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %248 = stablehlo.reshape %247 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %249 = stablehlo.dot_general %248, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %250 = stablehlo.add %146, %249 : tensor<1x8x20xf32>
    %251 = stablehlo.multiply %250, %250 : tensor<1x8x20xf32>
    %252 = stablehlo.constant dense<0.0> : tensor<f32>
    %253 = stablehlo.reduce(%251 init: %252) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %254 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %256 = stablehlo.multiply %253, %255 : tensor<1x8xf32>
    %257 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %259 = stablehlo.add %256, %258 : tensor<1x8xf32>
    %260 = stablehlo.rsqrt %259 : tensor<1x8xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %262 = stablehlo.multiply %250, %261 : tensor<1x8x20xf32>
    %263 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %264 = stablehlo.multiply %262, %263 : tensor<1x8x20xf32>
    %265 = stablehlo.dot_general %264, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %266 = stablehlo.logistic %265 : tensor<1x8x56xf32>
    %267 = stablehlo.multiply %265, %266 : tensor<1x8x56xf32>
    %268 = stablehlo.dot_general %264, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %269 = stablehlo.multiply %267, %268 : tensor<1x8x56xf32>
    %270 = stablehlo.dot_general %269, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %271 = stablehlo.add %250, %270 : tensor<1x8x20xf32>
    %272 = stablehlo.reshape %221 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %273 = stablehlo.reshape %222 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %274 = stablehlo.multiply %271, %271 : tensor<1x8x20xf32>
    %275 = stablehlo.constant dense<0.0> : tensor<f32>
    %276 = stablehlo.reduce(%274 init: %275) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %277 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %279 = stablehlo.multiply %276, %278 : tensor<1x8xf32>
    %280 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %282 = stablehlo.add %279, %281 : tensor<1x8xf32>
    %283 = stablehlo.rsqrt %282 : tensor<1x8xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %285 = stablehlo.multiply %271, %284 : tensor<1x8x20xf32>
    %286 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %287 = stablehlo.multiply %285, %286 : tensor<1x8x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %288 = stablehlo.concatenate %147, %272, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %289 = stablehlo.constant dense<0> : tensor<i32>
    %290 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %291 = stablehlo.dynamic_update_slice %2, %288, %289, %289, %289, %290, %289 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %292 = stablehlo.concatenate %148, %273, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %293 = stablehlo.constant dense<0> : tensor<i32>
    %294 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %295 = stablehlo.dynamic_update_slice %3, %292, %293, %293, %293, %294, %293 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %296 = stablehlo.constant dense<1> : tensor<i32>
    %297 = stablehlo.subtract %length, %296 : tensor<i32>
    %298 = stablehlo.constant dense<0> : tensor<i32>
    %299 = stablehlo.dynamic_slice %287, %298, %297, %298, sizes = [1, 1, 20] : (tensor<1x8x20xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x20xf32>
    %300 = stablehlo.reshape %299 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %301 = stablehlo.dot_general %model.embed_tokens.weight, %300, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %302 = stablehlo.reshape %291 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %303 = stablehlo.reshape %295 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %301, %302, %303 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
