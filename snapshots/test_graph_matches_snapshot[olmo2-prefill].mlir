// olmo2 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo2_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 10>, indices_are_sorted = false} : (tensor<97x10xf32>, tensor<1x8x1xi32>) -> tensor<1x8x10xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.11224620789289474, 0.012599210254848003, 0.0014142135623842478, 0.00015874010568950325, 1.781797436706256e-05]> : tensor<6xf32>
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
    %28 = stablehlo.dot_general %5, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %29 = stablehlo.dot_general %5, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %30 = stablehlo.dot_general %5, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %31 = stablehlo.multiply %28, %28 : tensor<1x8x24xf32>
    %32 = stablehlo.constant dense<0.0> : tensor<f32>
    %33 = stablehlo.reduce(%31 init: %32) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %34 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %36 = stablehlo.multiply %33, %35 : tensor<1x8xf32>
    %37 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %39 = stablehlo.add %36, %38 : tensor<1x8xf32>
    %40 = stablehlo.rsqrt %39 : tensor<1x8xf32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %42 = stablehlo.multiply %28, %41 : tensor<1x8x24xf32>
    %43 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %44 = stablehlo.multiply %42, %43 : tensor<1x8x24xf32>
    %45 = stablehlo.multiply %29, %29 : tensor<1x8x24xf32>
    %46 = stablehlo.constant dense<0.0> : tensor<f32>
    %47 = stablehlo.reduce(%45 init: %46) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %48 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %50 = stablehlo.multiply %47, %49 : tensor<1x8xf32>
    %51 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %51, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %53 = stablehlo.add %50, %52 : tensor<1x8xf32>
    %54 = stablehlo.rsqrt %53 : tensor<1x8xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %56 = stablehlo.multiply %29, %55 : tensor<1x8x24xf32>
    %57 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %58 = stablehlo.multiply %56, %57 : tensor<1x8x24xf32>
    %59 = stablehlo.reshape %44 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %60 = stablehlo.reshape %58 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %61 = stablehlo.reshape %30 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %62 = "stablehlo.slice"(%59) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %63 = "stablehlo.slice"(%59) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %64 = stablehlo.negate %63 : tensor<1x8x2x6xf32>
    %65 = stablehlo.concatenate %64, %62, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %66 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %67 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %68 = stablehlo.multiply %59, %66 : tensor<1x8x2x12xf32>
    %69 = stablehlo.multiply %65, %67 : tensor<1x8x2x12xf32>
    %70 = stablehlo.add %68, %69 : tensor<1x8x2x12xf32>
    %71 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %72 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %73 = stablehlo.negate %72 : tensor<1x8x2x6xf32>
    %74 = stablehlo.concatenate %73, %71, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %75 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %76 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %77 = stablehlo.multiply %60, %75 : tensor<1x8x2x12xf32>
    %78 = stablehlo.multiply %74, %76 : tensor<1x8x2x12xf32>
    %79 = stablehlo.add %77, %78 : tensor<1x8x2x12xf32>
    %80 = stablehlo.reshape %70 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %81 = stablehlo.transpose %80, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %82 = stablehlo.transpose %79, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %83 = stablehlo.transpose %61, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %84 = stablehlo.dot_general %81, %82, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %85 = stablehlo.dot_general %81, %25, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %86 = stablehlo.concatenate %85, %84, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %87 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %89 = stablehlo.multiply %86, %88 : tensor<1x2x8x1x24xf32>
    %90 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %91 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %93 = stablehlo.select %90, %89, %92 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %94 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %95 = stablehlo.reduce(%93 init: %94) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %97 = stablehlo.subtract %93, %96 : tensor<1x2x8x1x24xf32>
    %98 = stablehlo.exponential %97 : tensor<1x2x8x1x24xf32>
    %99 = stablehlo.constant dense<0.0> : tensor<f32>
    %100 = stablehlo.reduce(%98 init: %99) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %102 = stablehlo.divide %98, %101 : tensor<1x2x8x1x24xf32>
    %103 = "stablehlo.slice"(%102) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %104 = "stablehlo.slice"(%102) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %105 = stablehlo.dot_general %103, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %106 = stablehlo.dot_general %104, %83, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %107 = stablehlo.add %105, %106 : tensor<1x2x8x1x12xf32>
    %108 = stablehlo.transpose %107, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %110 = stablehlo.dot_general %109, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %111 = stablehlo.multiply %110, %110 : tensor<1x8x10xf32>
    %112 = stablehlo.constant dense<0.0> : tensor<f32>
    %113 = stablehlo.reduce(%111 init: %112) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %114 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %116 = stablehlo.multiply %113, %115 : tensor<1x8xf32>
    %117 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %119 = stablehlo.add %116, %118 : tensor<1x8xf32>
    %120 = stablehlo.rsqrt %119 : tensor<1x8xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %122 = stablehlo.multiply %110, %121 : tensor<1x8x10xf32>
    %123 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %124 = stablehlo.multiply %122, %123 : tensor<1x8x10xf32>
    %125 = stablehlo.add %5, %124 : tensor<1x8x10xf32>
    %126 = stablehlo.dot_general %125, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %127 = stablehlo.logistic %126 : tensor<1x8x56xf32>
    %128 = stablehlo.multiply %126, %127 : tensor<1x8x56xf32>
    %129 = stablehlo.dot_general %125, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %130 = stablehlo.multiply %128, %129 : tensor<1x8x56xf32>
    %131 = stablehlo.dot_general %130, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %132 = stablehlo.multiply %131, %131 : tensor<1x8x10xf32>
    %133 = stablehlo.constant dense<0.0> : tensor<f32>
    %134 = stablehlo.reduce(%132 init: %133) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %135 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<1x8xf32>
    %138 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %140 = stablehlo.add %137, %139 : tensor<1x8xf32>
    %141 = stablehlo.rsqrt %140 : tensor<1x8xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %143 = stablehlo.multiply %131, %142 : tensor<1x8x10xf32>
    %144 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %145 = stablehlo.multiply %143, %144 : tensor<1x8x10xf32>
    %146 = stablehlo.add %125, %145 : tensor<1x8x10xf32>
    %147 = stablehlo.reshape %82 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %148 = stablehlo.reshape %83 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %149 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %151 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %153 = stablehlo.dot_general %146, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %154 = stablehlo.dot_general %146, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %155 = stablehlo.dot_general %146, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %156 = stablehlo.multiply %153, %153 : tensor<1x8x24xf32>
    %157 = stablehlo.constant dense<0.0> : tensor<f32>
    %158 = stablehlo.reduce(%156 init: %157) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %159 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %161 = stablehlo.multiply %158, %160 : tensor<1x8xf32>
    %162 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %164 = stablehlo.add %161, %163 : tensor<1x8xf32>
    %165 = stablehlo.rsqrt %164 : tensor<1x8xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %167 = stablehlo.multiply %153, %166 : tensor<1x8x24xf32>
    %168 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %169 = stablehlo.multiply %167, %168 : tensor<1x8x24xf32>
    %170 = stablehlo.multiply %154, %154 : tensor<1x8x24xf32>
    %171 = stablehlo.constant dense<0.0> : tensor<f32>
    %172 = stablehlo.reduce(%170 init: %171) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %173 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %175 = stablehlo.multiply %172, %174 : tensor<1x8xf32>
    %176 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %178 = stablehlo.add %175, %177 : tensor<1x8xf32>
    %179 = stablehlo.rsqrt %178 : tensor<1x8xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %181 = stablehlo.multiply %154, %180 : tensor<1x8x24xf32>
    %182 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %183 = stablehlo.multiply %181, %182 : tensor<1x8x24xf32>
    %184 = stablehlo.reshape %169 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %185 = stablehlo.reshape %183 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %186 = stablehlo.reshape %155 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %187 = "stablehlo.slice"(%184) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %188 = "stablehlo.slice"(%184) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %189 = stablehlo.negate %188 : tensor<1x8x2x6xf32>
    %190 = stablehlo.concatenate %189, %187, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %191 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %192 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %193 = stablehlo.multiply %184, %191 : tensor<1x8x2x12xf32>
    %194 = stablehlo.multiply %190, %192 : tensor<1x8x2x12xf32>
    %195 = stablehlo.add %193, %194 : tensor<1x8x2x12xf32>
    %196 = "stablehlo.slice"(%185) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %197 = "stablehlo.slice"(%185) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %198 = stablehlo.negate %197 : tensor<1x8x2x6xf32>
    %199 = stablehlo.concatenate %198, %196, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %200 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %201 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %202 = stablehlo.multiply %185, %200 : tensor<1x8x2x12xf32>
    %203 = stablehlo.multiply %199, %201 : tensor<1x8x2x12xf32>
    %204 = stablehlo.add %202, %203 : tensor<1x8x2x12xf32>
    %205 = stablehlo.reshape %195 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %206 = stablehlo.transpose %205, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %207 = stablehlo.transpose %204, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %208 = stablehlo.transpose %186, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %209 = stablehlo.dot_general %206, %207, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %210 = stablehlo.dot_general %206, %150, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %211 = stablehlo.concatenate %210, %209, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %212 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %214 = stablehlo.multiply %211, %213 : tensor<1x2x8x1x24xf32>
    %215 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %216 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %218 = stablehlo.select %215, %214, %217 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %219 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %220 = stablehlo.reduce(%218 init: %219) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %222 = stablehlo.subtract %218, %221 : tensor<1x2x8x1x24xf32>
    %223 = stablehlo.exponential %222 : tensor<1x2x8x1x24xf32>
    %224 = stablehlo.constant dense<0.0> : tensor<f32>
    %225 = stablehlo.reduce(%223 init: %224) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %227 = stablehlo.divide %223, %226 : tensor<1x2x8x1x24xf32>
    %228 = "stablehlo.slice"(%227) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %229 = "stablehlo.slice"(%227) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %230 = stablehlo.dot_general %228, %152, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %231 = stablehlo.dot_general %229, %208, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %232 = stablehlo.add %230, %231 : tensor<1x2x8x1x12xf32>
    %233 = stablehlo.transpose %232, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %234 = stablehlo.reshape %233 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %235 = stablehlo.dot_general %234, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %236 = stablehlo.multiply %235, %235 : tensor<1x8x10xf32>
    %237 = stablehlo.constant dense<0.0> : tensor<f32>
    %238 = stablehlo.reduce(%236 init: %237) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %239 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %241 = stablehlo.multiply %238, %240 : tensor<1x8xf32>
    %242 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %244 = stablehlo.add %241, %243 : tensor<1x8xf32>
    %245 = stablehlo.rsqrt %244 : tensor<1x8xf32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %247 = stablehlo.multiply %235, %246 : tensor<1x8x10xf32>
    %248 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %249 = stablehlo.multiply %247, %248 : tensor<1x8x10xf32>
    %250 = stablehlo.add %146, %249 : tensor<1x8x10xf32>
    %251 = stablehlo.dot_general %250, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %252 = stablehlo.logistic %251 : tensor<1x8x56xf32>
    %253 = stablehlo.multiply %251, %252 : tensor<1x8x56xf32>
    %254 = stablehlo.dot_general %250, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %255 = stablehlo.multiply %253, %254 : tensor<1x8x56xf32>
    %256 = stablehlo.dot_general %255, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %257 = stablehlo.multiply %256, %256 : tensor<1x8x10xf32>
    %258 = stablehlo.constant dense<0.0> : tensor<f32>
    %259 = stablehlo.reduce(%257 init: %258) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %260 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %262 = stablehlo.multiply %259, %261 : tensor<1x8xf32>
    %263 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %265 = stablehlo.add %262, %264 : tensor<1x8xf32>
    %266 = stablehlo.rsqrt %265 : tensor<1x8xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %268 = stablehlo.multiply %256, %267 : tensor<1x8x10xf32>
    %269 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %270 = stablehlo.multiply %268, %269 : tensor<1x8x10xf32>
    %271 = stablehlo.add %250, %270 : tensor<1x8x10xf32>
    %272 = stablehlo.reshape %207 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %273 = stablehlo.reshape %208 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %274 = stablehlo.multiply %271, %271 : tensor<1x8x10xf32>
    %275 = stablehlo.constant dense<0.0> : tensor<f32>
    %276 = stablehlo.reduce(%274 init: %275) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %277 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %279 = stablehlo.multiply %276, %278 : tensor<1x8xf32>
    %280 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %282 = stablehlo.add %279, %281 : tensor<1x8xf32>
    %283 = stablehlo.rsqrt %282 : tensor<1x8xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %285 = stablehlo.multiply %271, %284 : tensor<1x8x10xf32>
    %286 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %287 = stablehlo.multiply %285, %286 : tensor<1x8x10xf32>
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
    %299 = stablehlo.dynamic_slice %287, %298, %297, %298, sizes = [1, 1, 10] : (tensor<1x8x10xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x10xf32>
    %300 = stablehlo.reshape %299 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %301 = stablehlo.dot_general %lm_head.weight, %300, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x10xf32>, tensor<10xf32>) -> tensor<97xf32>
    %302 = stablehlo.reshape %291 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %303 = stablehlo.reshape %295 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %301, %302, %303 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
