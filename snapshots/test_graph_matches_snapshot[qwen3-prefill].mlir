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
    %26 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %28 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
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
    %97 = stablehlo.transpose %96, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %98 = stablehlo.transpose %95, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %99 = stablehlo.transpose %49, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %100 = stablehlo.dot_general %97, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %101 = stablehlo.dot_general %97, %98, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %102 = stablehlo.concatenate %100, %101, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %103 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<1x2x8x2x24xf32>
    %106 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %107 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %109 = stablehlo.select %106, %105, %108 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %110 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %111 = stablehlo.reduce(%109 init: %110) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %113 = stablehlo.subtract %109, %112 : tensor<1x2x8x2x24xf32>
    %114 = stablehlo.exponential %113 : tensor<1x2x8x2x24xf32>
    %115 = stablehlo.constant dense<0.0> : tensor<f32>
    %116 = stablehlo.reduce(%114 init: %115) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %118 = stablehlo.divide %114, %117 : tensor<1x2x8x2x24xf32>
    %119 = "stablehlo.slice"(%118) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %120 = "stablehlo.slice"(%118) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %121 = stablehlo.dot_general %119, %29, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %122 = stablehlo.dot_general %120, %99, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %123 = stablehlo.add %121, %122 : tensor<1x2x8x2x12xf32>
    %124 = stablehlo.transpose %123, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %125 = stablehlo.reshape %124 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %126 = stablehlo.dot_general %125, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %127 = stablehlo.add %5, %126 : tensor<1x8x20xf32>
    %128 = stablehlo.multiply %127, %127 : tensor<1x8x20xf32>
    %129 = stablehlo.constant dense<0.0> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %131 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<1x8xf32>
    %134 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %136 = stablehlo.add %133, %135 : tensor<1x8xf32>
    %137 = stablehlo.rsqrt %136 : tensor<1x8xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %139 = stablehlo.multiply %127, %138 : tensor<1x8x20xf32>
    %140 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %141 = stablehlo.multiply %139, %140 : tensor<1x8x20xf32>
    %142 = stablehlo.dot_general %141, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %143 = stablehlo.logistic %142 : tensor<1x8x56xf32>
    %144 = stablehlo.multiply %142, %143 : tensor<1x8x56xf32>
    %145 = stablehlo.dot_general %141, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %146 = stablehlo.multiply %144, %145 : tensor<1x8x56xf32>
    %147 = stablehlo.dot_general %146, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %148 = stablehlo.add %127, %147 : tensor<1x8x20xf32>
    %149 = stablehlo.reshape %98 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %150 = stablehlo.reshape %99 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %151 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %153 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %155 = stablehlo.multiply %148, %148 : tensor<1x8x20xf32>
    %156 = stablehlo.constant dense<0.0> : tensor<f32>
    %157 = stablehlo.reduce(%155 init: %156) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %158 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<1x8xf32>
    %161 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %163 = stablehlo.add %160, %162 : tensor<1x8xf32>
    %164 = stablehlo.rsqrt %163 : tensor<1x8xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %166 = stablehlo.multiply %148, %165 : tensor<1x8x20xf32>
    %167 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %168 = stablehlo.multiply %166, %167 : tensor<1x8x20xf32>
    %169 = stablehlo.dot_general %168, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %170 = stablehlo.dot_general %168, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %171 = stablehlo.dot_general %168, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %172 = stablehlo.reshape %169 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %173 = stablehlo.reshape %170 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %174 = stablehlo.reshape %171 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %175 = stablehlo.multiply %172, %172 : tensor<1x8x4x12xf32>
    %176 = stablehlo.constant dense<0.0> : tensor<f32>
    %177 = stablehlo.reduce(%175 init: %176) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %178 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %180 = stablehlo.multiply %177, %179 : tensor<1x8x4xf32>
    %181 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %183 = stablehlo.add %180, %182 : tensor<1x8x4xf32>
    %184 = stablehlo.rsqrt %183 : tensor<1x8x4xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %186 = stablehlo.multiply %172, %185 : tensor<1x8x4x12xf32>
    %187 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %188 = stablehlo.multiply %186, %187 : tensor<1x8x4x12xf32>
    %189 = stablehlo.multiply %173, %173 : tensor<1x8x2x12xf32>
    %190 = stablehlo.constant dense<0.0> : tensor<f32>
    %191 = stablehlo.reduce(%189 init: %190) applies stablehlo.add across dimensions = [3] : (tensor<1x8x2x12xf32>, tensor<f32>) -> tensor<1x8x2xf32>
    %192 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %194 = stablehlo.multiply %191, %193 : tensor<1x8x2xf32>
    %195 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %197 = stablehlo.add %194, %196 : tensor<1x8x2xf32>
    %198 = stablehlo.rsqrt %197 : tensor<1x8x2xf32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [0, 1, 2] : (tensor<1x8x2xf32>) -> tensor<1x8x2x12xf32>
    %200 = stablehlo.multiply %173, %199 : tensor<1x8x2x12xf32>
    %201 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x2x12xf32>
    %202 = stablehlo.multiply %200, %201 : tensor<1x8x2x12xf32>
    %203 = "stablehlo.slice"(%188) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %204 = "stablehlo.slice"(%188) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %205 = stablehlo.negate %204 : tensor<1x8x4x6xf32>
    %206 = stablehlo.concatenate %205, %203, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %207 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %208 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %209 = stablehlo.multiply %188, %207 : tensor<1x8x4x12xf32>
    %210 = stablehlo.multiply %206, %208 : tensor<1x8x4x12xf32>
    %211 = stablehlo.add %209, %210 : tensor<1x8x4x12xf32>
    %212 = "stablehlo.slice"(%202) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %213 = "stablehlo.slice"(%202) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %214 = stablehlo.negate %213 : tensor<1x8x2x6xf32>
    %215 = stablehlo.concatenate %214, %212, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %216 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %217 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %218 = stablehlo.multiply %202, %216 : tensor<1x8x2x12xf32>
    %219 = stablehlo.multiply %215, %217 : tensor<1x8x2x12xf32>
    %220 = stablehlo.add %218, %219 : tensor<1x8x2x12xf32>
    %221 = stablehlo.reshape %211 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %222 = stablehlo.transpose %221, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %223 = stablehlo.transpose %220, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %224 = stablehlo.transpose %174, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %225 = stablehlo.dot_general %222, %152, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %226 = stablehlo.dot_general %222, %223, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %227 = stablehlo.concatenate %225, %226, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %228 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %230 = stablehlo.multiply %227, %229 : tensor<1x2x8x2x24xf32>
    %231 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %232 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %234 = stablehlo.select %231, %230, %233 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %235 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %236 = stablehlo.reduce(%234 init: %235) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %238 = stablehlo.subtract %234, %237 : tensor<1x2x8x2x24xf32>
    %239 = stablehlo.exponential %238 : tensor<1x2x8x2x24xf32>
    %240 = stablehlo.constant dense<0.0> : tensor<f32>
    %241 = stablehlo.reduce(%239 init: %240) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %243 = stablehlo.divide %239, %242 : tensor<1x2x8x2x24xf32>
    %244 = "stablehlo.slice"(%243) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %245 = "stablehlo.slice"(%243) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %246 = stablehlo.dot_general %244, %154, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %247 = stablehlo.dot_general %245, %224, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %248 = stablehlo.add %246, %247 : tensor<1x2x8x2x12xf32>
    %249 = stablehlo.transpose %248, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %250 = stablehlo.reshape %249 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %251 = stablehlo.dot_general %250, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %252 = stablehlo.add %148, %251 : tensor<1x8x20xf32>
    %253 = stablehlo.multiply %252, %252 : tensor<1x8x20xf32>
    %254 = stablehlo.constant dense<0.0> : tensor<f32>
    %255 = stablehlo.reduce(%253 init: %254) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %256 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %258 = stablehlo.multiply %255, %257 : tensor<1x8xf32>
    %259 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %261 = stablehlo.add %258, %260 : tensor<1x8xf32>
    %262 = stablehlo.rsqrt %261 : tensor<1x8xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %264 = stablehlo.multiply %252, %263 : tensor<1x8x20xf32>
    %265 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %266 = stablehlo.multiply %264, %265 : tensor<1x8x20xf32>
    %267 = stablehlo.dot_general %266, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %268 = stablehlo.logistic %267 : tensor<1x8x56xf32>
    %269 = stablehlo.multiply %267, %268 : tensor<1x8x56xf32>
    %270 = stablehlo.dot_general %266, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %271 = stablehlo.multiply %269, %270 : tensor<1x8x56xf32>
    %272 = stablehlo.dot_general %271, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %273 = stablehlo.add %252, %272 : tensor<1x8x20xf32>
    %274 = stablehlo.reshape %223 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %275 = stablehlo.reshape %224 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %276 = stablehlo.multiply %273, %273 : tensor<1x8x20xf32>
    %277 = stablehlo.constant dense<0.0> : tensor<f32>
    %278 = stablehlo.reduce(%276 init: %277) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %279 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %281 = stablehlo.multiply %278, %280 : tensor<1x8xf32>
    %282 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %284 = stablehlo.add %281, %283 : tensor<1x8xf32>
    %285 = stablehlo.rsqrt %284 : tensor<1x8xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %287 = stablehlo.multiply %273, %286 : tensor<1x8x20xf32>
    %288 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %289 = stablehlo.multiply %287, %288 : tensor<1x8x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %290 = stablehlo.concatenate %149, %274, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %291 = stablehlo.constant dense<0> : tensor<i32>
    %292 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %293 = stablehlo.dynamic_update_slice %2, %290, %291, %291, %291, %292, %291 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %294 = stablehlo.concatenate %150, %275, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %295 = stablehlo.constant dense<0> : tensor<i32>
    %296 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %297 = stablehlo.dynamic_update_slice %3, %294, %295, %295, %295, %296, %295 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %298 = stablehlo.constant dense<1> : tensor<i32>
    %299 = stablehlo.subtract %length, %298 : tensor<i32>
    %300 = stablehlo.constant dense<0> : tensor<i32>
    %301 = stablehlo.dynamic_slice %289, %300, %299, %300, sizes = [1, 1, 20] : (tensor<1x8x20xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x20xf32>
    %302 = stablehlo.reshape %301 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %303 = stablehlo.dot_general %302, %model.embed_tokens.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<20xf32>, tensor<97x20xf32>) -> tensor<97xf32>
    %304 = stablehlo.reshape %293 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %305 = stablehlo.reshape %297 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %303, %304, %305 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
