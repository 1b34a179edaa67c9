// qwen3 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @qwen3_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<16x2x2x12xf32>, %v_cache: tensor<16x2x2x12xf32>) -> (tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
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
    %17 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %18 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %19 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %20 = stablehlo.add %18, %19 : tensor<1x8x16xi32>
    %21 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %22 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %23 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %24 = stablehlo.compare LE, %23, %22, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %25 = stablehlo.concatenate %21, %24, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %26 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %28 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %30 = stablehlo.multiply %5, %5 : tensor<1x8x20xf32>
    %31 = stablehlo.constant dense<0.0> : tensor<f32>
    %32 = stablehlo.reduce(%30 init: %31) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %33 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %35 = stablehlo.multiply %32, %34 : tensor<1x8xf32>
    %36 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %38 = stablehlo.add %35, %37 : tensor<1x8xf32>
    %39 = stablehlo.rsqrt %38 : tensor<1x8xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %41 = stablehlo.multiply %5, %40 : tensor<1x8x20xf32>
    %42 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<1x8x20xf32>
    %44 = stablehlo.dot_general %43, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %45 = stablehlo.dot_general %43, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %46 = stablehlo.dot_general %43, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %47 = stablehlo.reshape %44 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %48 = stablehlo.reshape %45 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %49 = stablehlo.reshape %46 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %50 = stablehlo.multiply %47, %47 : tensor<1x8x4x12xf32>
    %51 = stablehlo.constant dense<0.0> : tensor<f32>
    %52 = stablehlo.reduce(%50 init: %51) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %53 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %55 = stablehlo.multiply %52, %54 : tensor<1x8x4xf32>
    %56 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %58 = stablehlo.add %55, %57 : tensor<1x8x4xf32>
    %59 = stablehlo.rsqrt %58 : tensor<1x8x4xf32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %61 = stablehlo.multiply %47, %60 : tensor<1x8x4x12xf32>
    %62 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %63 = stablehlo.multiply %61, %62 : tensor<1x8x4x12xf32>
    %64 = stablehlo.multiply %48, %48 : tensor<1x8x2x12xf32>
    %65 = stablehlo.constant dense<0.0> : tensor<f32>
    %66 = stablehlo.reduce(%64 init: %65) applies stablehlo.add across dimensions = [3] : (tensor<1x8x2x12xf32>, tensor<f32>) -> tensor<1x8x2xf32>
    %67 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %69 = stablehlo.multiply %66, %68 : tensor<1x8x2xf32>
    %70 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %72 = stablehlo.add %69, %71 : tensor<1x8x2xf32>
    %73 = stablehlo.rsqrt %72 : tensor<1x8x2xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2] : (tensor<1x8x2xf32>) -> tensor<1x8x2x12xf32>
    %75 = stablehlo.multiply %48, %74 : tensor<1x8x2x12xf32>
    %76 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x2x12xf32>
    %77 = stablehlo.multiply %75, %76 : tensor<1x8x2x12xf32>
    %78 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %79 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %80 = stablehlo.negate %79 : tensor<1x8x4x6xf32>
    %81 = stablehlo.concatenate %80, %78, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %82 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %83 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %84 = stablehlo.multiply %63, %82 : tensor<1x8x4x12xf32>
    %85 = stablehlo.multiply %81, %83 : tensor<1x8x4x12xf32>
    %86 = stablehlo.add %84, %85 : tensor<1x8x4x12xf32>
    %87 = "stablehlo.slice"(%77) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %88 = "stablehlo.slice"(%77) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %89 = stablehlo.negate %88 : tensor<1x8x2x6xf32>
    %90 = stablehlo.concatenate %89, %87, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %91 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %92 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %93 = stablehlo.multiply %77, %91 : tensor<1x8x2x12xf32>
    %94 = stablehlo.multiply %90, %92 : tensor<1x8x2x12xf32>
    %95 = stablehlo.add %93, %94 : tensor<1x8x2x12xf32>
    %96 = stablehlo.reshape %86 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %97 = stablehlo.dot_general %96, %27, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x2x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x2x16xf32>
    %98 = stablehlo.dot_general %96, %95, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x2x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x2x8xf32>
    %99 = stablehlo.concatenate %97, %98, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %100 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<1x2x8x2x24xf32>
    %103 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %104 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %106 = stablehlo.select %103, %102, %105 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %107 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %108 = stablehlo.reduce(%106 init: %107) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %110 = stablehlo.subtract %106, %109 : tensor<1x2x8x2x24xf32>
    %111 = stablehlo.exponential %110 : tensor<1x2x8x2x24xf32>
    %112 = stablehlo.constant dense<0.0> : tensor<f32>
    %113 = stablehlo.reduce(%111 init: %112) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %115 = stablehlo.divide %111, %114 : tensor<1x2x8x2x24xf32>
    %116 = "stablehlo.slice"(%115) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %117 = "stablehlo.slice"(%115) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %118 = stablehlo.dot_general %116, %29, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %119 = stablehlo.dot_general %117, %49, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %120 = stablehlo.add %118, %119 : tensor<1x2x8x2x12xf32>
    %121 = stablehlo.transpose %120, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %123 = stablehlo.dot_general %122, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %124 = stablehlo.add %5, %123 : tensor<1x8x20xf32>
    %125 = stablehlo.multiply %124, %124 : tensor<1x8x20xf32>
    %126 = stablehlo.constant dense<0.0> : tensor<f32>
    %127 = stablehlo.reduce(%125 init: %126) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %128 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<1x8xf32>
    %131 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %133 = stablehlo.add %130, %132 : tensor<1x8xf32>
    %134 = stablehlo.rsqrt %133 : tensor<1x8xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %136 = stablehlo.multiply %124, %135 : tensor<1x8x20xf32>
    %137 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %138 = stablehlo.multiply %136, %137 : tensor<1x8x20xf32>
    %139 = stablehlo.dot_general %138, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %140 = stablehlo.logistic %139 : tensor<1x8x56xf32>
    %141 = stablehlo.multiply %139, %140 : tensor<1x8x56xf32>
    %142 = stablehlo.dot_general %138, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %143 = stablehlo.multiply %141, %142 : tensor<1x8x56xf32>
    %144 = stablehlo.dot_general %143, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %145 = stablehlo.add %124, %144 : tensor<1x8x20xf32>
    %146 = stablehlo.reshape %95 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %147 = stablehlo.reshape %49 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    // layer 1: full_attention
    %148 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %150 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %151 = stablehlo.reshape %150 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %152 = stablehlo.multiply %145, %145 : tensor<1x8x20xf32>
    %153 = stablehlo.constant dense<0.0> : tensor<f32>
    %154 = stablehlo.reduce(%152 init: %153) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %155 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<1x8xf32>
    %158 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %160 = stablehlo.add %157, %159 : tensor<1x8xf32>
    %161 = stablehlo.rsqrt %160 : tensor<1x8xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %163 = stablehlo.multiply %145, %162 : tensor<1x8x20xf32>
    %164 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %165 = stablehlo.multiply %163, %164 : tensor<1x8x20xf32>
    %166 = stablehlo.dot_general %165, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %167 = stablehlo.dot_general %165, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %168 = stablehlo.dot_general %165, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %169 = stablehlo.reshape %166 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %170 = stablehlo.reshape %167 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %171 = stablehlo.reshape %168 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %172 = stablehlo.multiply %169, %169 : tensor<1x8x4x12xf32>
    %173 = stablehlo.constant dense<0.0> : tensor<f32>
    %174 = stablehlo.reduce(%172 init: %173) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %175 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %177 = stablehlo.multiply %174, %176 : tensor<1x8x4xf32>
    %178 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %180 = stablehlo.add %177, %179 : tensor<1x8x4xf32>
    %181 = stablehlo.rsqrt %180 : tensor<1x8x4xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %183 = stablehlo.multiply %169, %182 : tensor<1x8x4x12xf32>
    %184 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<1x8x4x12xf32>
    %186 = stablehlo.multiply %170, %170 : tensor<1x8x2x12xf32>
    %187 = stablehlo.constant dense<0.0> : tensor<f32>
    %188 = stablehlo.reduce(%186 init: %187) applies stablehlo.add across dimensions = [3] : (tensor<1x8x2x12xf32>, tensor<f32>) -> tensor<1x8x2xf32>
    %189 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %191 = stablehlo.multiply %188, %190 : tensor<1x8x2xf32>
    %192 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %194 = stablehlo.add %191, %193 : tensor<1x8x2xf32>
    %195 = stablehlo.rsqrt %194 : tensor<1x8x2xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<1x8x2xf32>) -> tensor<1x8x2x12xf32>
    %197 = stablehlo.multiply %170, %196 : tensor<1x8x2x12xf32>
    %198 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x2x12xf32>
    %199 = stablehlo.multiply %197, %198 : tensor<1x8x2x12xf32>
    %200 = "stablehlo.slice"(%185) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %201 = "stablehlo.slice"(%185) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %202 = stablehlo.negate %201 : tensor<1x8x4x6xf32>
    %203 = stablehlo.concatenate %202, %200, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %204 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %205 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %206 = stablehlo.multiply %185, %204 : tensor<1x8x4x12xf32>
    %207 = stablehlo.multiply %203, %205 : tensor<1x8x4x12xf32>
    %208 = stablehlo.add %206, %207 : tensor<1x8x4x12xf32>
    %209 = "stablehlo.slice"(%199) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %210 = "stablehlo.slice"(%199) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %211 = stablehlo.negate %210 : tensor<1x8x2x6xf32>
    %212 = stablehlo.concatenate %211, %209, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %213 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %214 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %215 = stablehlo.multiply %199, %213 : tensor<1x8x2x12xf32>
    %216 = stablehlo.multiply %212, %214 : tensor<1x8x2x12xf32>
    %217 = stablehlo.add %215, %216 : tensor<1x8x2x12xf32>
    %218 = stablehlo.reshape %208 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %219 = stablehlo.dot_general %218, %149, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x2x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x2x16xf32>
    %220 = stablehlo.dot_general %218, %217, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x2x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x2x8xf32>
    %221 = stablehlo.concatenate %219, %220, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %222 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %224 = stablehlo.multiply %221, %223 : tensor<1x2x8x2x24xf32>
    %225 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %226 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %228 = stablehlo.select %225, %224, %227 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %229 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %230 = stablehlo.reduce(%228 init: %229) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %232 = stablehlo.subtract %228, %231 : tensor<1x2x8x2x24xf32>
    %233 = stablehlo.exponential %232 : tensor<1x2x8x2x24xf32>
    %234 = stablehlo.constant dense<0.0> : tensor<f32>
    %235 = stablehlo.reduce(%233 init: %234) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %237 = stablehlo.divide %233, %236 : tensor<1x2x8x2x24xf32>
    %238 = "stablehlo.slice"(%237) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %239 = "stablehlo.slice"(%237) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %240 = stablehlo.dot_general %238, %151, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %241 = stablehlo.dot_general %239, %171, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %242 = stablehlo.add %240, %241 : tensor<1x2x8x2x12xf32>
    %243 = stablehlo.transpose %242, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %244 = stablehlo.reshape %243 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %245 = stablehlo.dot_general %244, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %246 = stablehlo.add %145, %245 : tensor<1x8x20xf32>
    %247 = stablehlo.multiply %246, %246 : tensor<1x8x20xf32>
    %248 = stablehlo.constant dense<0.0> : tensor<f32>
    %249 = stablehlo.reduce(%247 init: %248) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %250 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %252 = stablehlo.multiply %249, %251 : tensor<1x8xf32>
    %253 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %255 = stablehlo.add %252, %254 : tensor<1x8xf32>
    %256 = stablehlo.rsqrt %255 : tensor<1x8xf32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %258 = stablehlo.multiply %246, %257 : tensor<1x8x20xf32>
    %259 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<1x8x20xf32>
    %261 = stablehlo.dot_general %260, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %262 = stablehlo.logistic %261 : tensor<1x8x56xf32>
    %263 = stablehlo.multiply %261, %262 : tensor<1x8x56xf32>
    %264 = stablehlo.dot_general %260, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %265 = stablehlo.multiply %263, %264 : tensor<1x8x56xf32>
    %266 = stablehlo.dot_general %265, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %267 = stablehlo.add %246, %266 : tensor<1x8x20xf32>
    %268 = stablehlo.reshape %217 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %269 = stablehlo.reshape %171 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %270 = stablehlo.multiply %267, %267 : tensor<1x8x20xf32>
    %271 = stablehlo.constant dense<0.0> : tensor<f32>
    %272 = stablehlo.reduce(%270 init: %271) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %273 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<1x8xf32>
    %276 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %278 = stablehlo.add %275, %277 : tensor<1x8xf32>
    %279 = stablehlo.rsqrt %278 : tensor<1x8xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %281 = stablehlo.multiply %267, %280 : tensor<1x8x20xf32>
    %282 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %283 = stablehlo.multiply %281, %282 : tensor<1x8x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %284 = stablehlo.concatenate %146, %268, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %285 = stablehlo.constant dense<0> : tensor<i32>
    %286 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %287 = stablehlo.dynamic_update_slice %2, %284, %285, %286, %285, %285, %285 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %288 = stablehlo.concatenate %147, %269, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %289 = stablehlo.constant dense<0> : tensor<i32>
    %290 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %291 = stablehlo.dynamic_update_slice %3, %288, %289, %290, %289, %289, %289 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %292 = stablehlo.constant dense<1> : tensor<i32>
    %293 = stablehlo.subtract %length, %292 : tensor<i32>
    %294 = stablehlo.constant dense<0> : tensor<i32>
    %295 = stablehlo.dynamic_slice %283, %294, %293, %294, sizes = [1, 1, 20] : (tensor<1x8x20xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x20xf32>
    %296 = stablehlo.reshape %295 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %297 = stablehlo.dot_general %296, %model.embed_tokens.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<20xf32>, tensor<97x20xf32>) -> tensor<97xf32>
    %298 = stablehlo.reshape %287 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    %299 = stablehlo.reshape %291 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    return %297, %298, %299 : tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>
  }
}
