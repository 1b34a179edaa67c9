// olmo2 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo2_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<16x2x2x12xf32>, %v_cache: tensor<16x2x2x12xf32>) -> (tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
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
    %30 = stablehlo.dot_general %5, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %31 = stablehlo.dot_general %5, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %32 = stablehlo.dot_general %5, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %33 = stablehlo.multiply %30, %30 : tensor<1x8x24xf32>
    %34 = stablehlo.constant dense<0.0> : tensor<f32>
    %35 = stablehlo.reduce(%33 init: %34) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %36 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %38 = stablehlo.multiply %35, %37 : tensor<1x8xf32>
    %39 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %41 = stablehlo.add %38, %40 : tensor<1x8xf32>
    %42 = stablehlo.rsqrt %41 : tensor<1x8xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %44 = stablehlo.multiply %30, %43 : tensor<1x8x24xf32>
    %45 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %46 = stablehlo.multiply %44, %45 : tensor<1x8x24xf32>
    %47 = stablehlo.multiply %31, %31 : tensor<1x8x24xf32>
    %48 = stablehlo.constant dense<0.0> : tensor<f32>
    %49 = stablehlo.reduce(%47 init: %48) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %50 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %52 = stablehlo.multiply %49, %51 : tensor<1x8xf32>
    %53 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %55 = stablehlo.add %52, %54 : tensor<1x8xf32>
    %56 = stablehlo.rsqrt %55 : tensor<1x8xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %58 = stablehlo.multiply %31, %57 : tensor<1x8x24xf32>
    %59 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %60 = stablehlo.multiply %58, %59 : tensor<1x8x24xf32>
    %61 = stablehlo.reshape %46 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %62 = stablehlo.reshape %60 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %63 = stablehlo.reshape %32 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %64 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %65 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %66 = stablehlo.negate %65 : tensor<1x8x2x6xf32>
    %67 = stablehlo.concatenate %66, %64, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %68 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %69 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %70 = stablehlo.multiply %61, %68 : tensor<1x8x2x12xf32>
    %71 = stablehlo.multiply %67, %69 : tensor<1x8x2x12xf32>
    %72 = stablehlo.add %70, %71 : tensor<1x8x2x12xf32>
    %73 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %74 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %75 = stablehlo.negate %74 : tensor<1x8x2x6xf32>
    %76 = stablehlo.concatenate %75, %73, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %77 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %78 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %79 = stablehlo.multiply %62, %77 : tensor<1x8x2x12xf32>
    %80 = stablehlo.multiply %76, %78 : tensor<1x8x2x12xf32>
    %81 = stablehlo.add %79, %80 : tensor<1x8x2x12xf32>
    %82 = stablehlo.reshape %72 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %83 = stablehlo.dot_general %82, %27, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x1x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x1x16xf32>
    %84 = stablehlo.dot_general %82, %81, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x1x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x1x8xf32>
    %85 = stablehlo.concatenate %83, %84, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %86 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<1x2x8x1x24xf32>
    %89 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %90 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %92 = stablehlo.select %89, %88, %91 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %93 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %94 = stablehlo.reduce(%92 init: %93) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %96 = stablehlo.subtract %92, %95 : tensor<1x2x8x1x24xf32>
    %97 = stablehlo.exponential %96 : tensor<1x2x8x1x24xf32>
    %98 = stablehlo.constant dense<0.0> : tensor<f32>
    %99 = stablehlo.reduce(%97 init: %98) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %101 = stablehlo.divide %97, %100 : tensor<1x2x8x1x24xf32>
    %102 = "stablehlo.slice"(%101) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %103 = "stablehlo.slice"(%101) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %104 = stablehlo.dot_general %102, %29, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x1x12xf32>
    %105 = stablehlo.dot_general %103, %63, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x1x12xf32>
    %106 = stablehlo.add %104, %105 : tensor<1x2x8x1x12xf32>
    %107 = stablehlo.transpose %106, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %109 = stablehlo.dot_general %108, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %110 = stablehlo.multiply %109, %109 : tensor<1x8x10xf32>
    %111 = stablehlo.constant dense<0.0> : tensor<f32>
    %112 = stablehlo.reduce(%110 init: %111) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %113 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %115 = stablehlo.multiply %112, %114 : tensor<1x8xf32>
    %116 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %118 = stablehlo.add %115, %117 : tensor<1x8xf32>
    %119 = stablehlo.rsqrt %118 : tensor<1x8xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %121 = stablehlo.multiply %109, %120 : tensor<1x8x10xf32>
    %122 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %123 = stablehlo.multiply %121, %122 : tensor<1x8x10xf32>
    %124 = stablehlo.add %5, %123 : tensor<1x8x10xf32>
    %125 = stablehlo.dot_general %124, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %126 = stablehlo.logistic %125 : tensor<1x8x56xf32>
    %127 = stablehlo.multiply %125, %126 : tensor<1x8x56xf32>
    %128 = stablehlo.dot_general %124, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %129 = stablehlo.multiply %127, %128 : tensor<1x8x56xf32>
    %130 = stablehlo.dot_general %129, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %131 = stablehlo.multiply %130, %130 : tensor<1x8x10xf32>
    %132 = stablehlo.constant dense<0.0> : tensor<f32>
    %133 = stablehlo.reduce(%131 init: %132) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %134 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %136 = stablehlo.multiply %133, %135 : tensor<1x8xf32>
    %137 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %139 = stablehlo.add %136, %138 : tensor<1x8xf32>
    %140 = stablehlo.rsqrt %139 : tensor<1x8xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %142 = stablehlo.multiply %130, %141 : tensor<1x8x10xf32>
    %143 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %144 = stablehlo.multiply %142, %143 : tensor<1x8x10xf32>
    %145 = stablehlo.add %124, %144 : tensor<1x8x10xf32>
    %146 = stablehlo.reshape %81 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %147 = stablehlo.reshape %63 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    // layer 1: full_attention
    %148 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %150 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %151 = stablehlo.reshape %150 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %152 = stablehlo.dot_general %145, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %153 = stablehlo.dot_general %145, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %154 = stablehlo.dot_general %145, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %155 = stablehlo.multiply %152, %152 : tensor<1x8x24xf32>
    %156 = stablehlo.constant dense<0.0> : tensor<f32>
    %157 = stablehlo.reduce(%155 init: %156) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %158 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<1x8xf32>
    %161 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %163 = stablehlo.add %160, %162 : tensor<1x8xf32>
    %164 = stablehlo.rsqrt %163 : tensor<1x8xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %166 = stablehlo.multiply %152, %165 : tensor<1x8x24xf32>
    %167 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %168 = stablehlo.multiply %166, %167 : tensor<1x8x24xf32>
    %169 = stablehlo.multiply %153, %153 : tensor<1x8x24xf32>
    %170 = stablehlo.constant dense<0.0> : tensor<f32>
    %171 = stablehlo.reduce(%169 init: %170) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %172 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<1x8xf32>
    %175 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %177 = stablehlo.add %174, %176 : tensor<1x8xf32>
    %178 = stablehlo.rsqrt %177 : tensor<1x8xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %180 = stablehlo.multiply %153, %179 : tensor<1x8x24xf32>
    %181 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<1x8x24xf32>
    %183 = stablehlo.reshape %168 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %184 = stablehlo.reshape %182 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %185 = stablehlo.reshape %154 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %186 = "stablehlo.slice"(%183) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %187 = "stablehlo.slice"(%183) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %188 = stablehlo.negate %187 : tensor<1x8x2x6xf32>
    %189 = stablehlo.concatenate %188, %186, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %190 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %191 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %192 = stablehlo.multiply %183, %190 : tensor<1x8x2x12xf32>
    %193 = stablehlo.multiply %189, %191 : tensor<1x8x2x12xf32>
    %194 = stablehlo.add %192, %193 : tensor<1x8x2x12xf32>
    %195 = "stablehlo.slice"(%184) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %196 = "stablehlo.slice"(%184) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %197 = stablehlo.negate %196 : tensor<1x8x2x6xf32>
    %198 = stablehlo.concatenate %197, %195, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %199 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %200 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %201 = stablehlo.multiply %184, %199 : tensor<1x8x2x12xf32>
    %202 = stablehlo.multiply %198, %200 : tensor<1x8x2x12xf32>
    %203 = stablehlo.add %201, %202 : tensor<1x8x2x12xf32>
    %204 = stablehlo.reshape %194 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %205 = stablehlo.dot_general %204, %149, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x1x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x1x16xf32>
    %206 = stablehlo.dot_general %204, %203, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x1x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x1x8xf32>
    %207 = stablehlo.concatenate %205, %206, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %208 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %210 = stablehlo.multiply %207, %209 : tensor<1x2x8x1x24xf32>
    %211 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %212 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %214 = stablehlo.select %211, %210, %213 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %215 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %216 = stablehlo.reduce(%214 init: %215) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %218 = stablehlo.subtract %214, %217 : tensor<1x2x8x1x24xf32>
    %219 = stablehlo.exponential %218 : tensor<1x2x8x1x24xf32>
    %220 = stablehlo.constant dense<0.0> : tensor<f32>
    %221 = stablehlo.reduce(%219 init: %220) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %223 = stablehlo.divide %219, %222 : tensor<1x2x8x1x24xf32>
    %224 = "stablehlo.slice"(%223) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %225 = "stablehlo.slice"(%223) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %226 = stablehlo.dot_general %224, %151, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x1x12xf32>
    %227 = stablehlo.dot_general %225, %185, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x1x12xf32>
    %228 = stablehlo.add %226, %227 : tensor<1x2x8x1x12xf32>
    %229 = stablehlo.transpose %228, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %230 = stablehlo.reshape %229 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %231 = stablehlo.dot_general %230, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %232 = stablehlo.multiply %231, %231 : tensor<1x8x10xf32>
    %233 = stablehlo.constant dense<0.0> : tensor<f32>
    %234 = stablehlo.reduce(%232 init: %233) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %235 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %237 = stablehlo.multiply %234, %236 : tensor<1x8xf32>
    %238 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %240 = stablehlo.add %237, %239 : tensor<1x8xf32>
    %241 = stablehlo.rsqrt %240 : tensor<1x8xf32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %243 = stablehlo.multiply %231, %242 : tensor<1x8x10xf32>
    %244 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %245 = stablehlo.multiply %243, %244 : tensor<1x8x10xf32>
    %246 = stablehlo.add %145, %245 : tensor<1x8x10xf32>
    %247 = stablehlo.dot_general %246, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %248 = stablehlo.logistic %247 : tensor<1x8x56xf32>
    %249 = stablehlo.multiply %247, %248 : tensor<1x8x56xf32>
    %250 = stablehlo.dot_general %246, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %251 = stablehlo.multiply %249, %250 : tensor<1x8x56xf32>
    %252 = stablehlo.dot_general %251, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %253 = stablehlo.multiply %252, %252 : tensor<1x8x10xf32>
    %254 = stablehlo.constant dense<0.0> : tensor<f32>
    %255 = stablehlo.reduce(%253 init: %254) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %256 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %258 = stablehlo.multiply %255, %257 : tensor<1x8xf32>
    %259 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %261 = stablehlo.add %258, %260 : tensor<1x8xf32>
    %262 = stablehlo.rsqrt %261 : tensor<1x8xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %264 = stablehlo.multiply %252, %263 : tensor<1x8x10xf32>
    %265 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %266 = stablehlo.multiply %264, %265 : tensor<1x8x10xf32>
    %267 = stablehlo.add %246, %266 : tensor<1x8x10xf32>
    %268 = stablehlo.reshape %203 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %269 = stablehlo.reshape %185 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %270 = stablehlo.multiply %267, %267 : tensor<1x8x10xf32>
    %271 = stablehlo.constant dense<0.0> : tensor<f32>
    %272 = stablehlo.reduce(%270 init: %271) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %273 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<1x8xf32>
    %276 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %278 = stablehlo.add %275, %277 : tensor<1x8xf32>
    %279 = stablehlo.rsqrt %278 : tensor<1x8xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %281 = stablehlo.multiply %267, %280 : tensor<1x8x10xf32>
    %282 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %283 = stablehlo.multiply %281, %282 : tensor<1x8x10xf32>
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
    %295 = stablehlo.dynamic_slice %283, %294, %293, %294, sizes = [1, 1, 10] : (tensor<1x8x10xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x10xf32>
    %296 = stablehlo.reshape %295 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %297 = stablehlo.dot_general %296, %lm_head.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<10xf32>, tensor<97x10xf32>) -> tensor<97xf32>
    %298 = stablehlo.reshape %287 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    %299 = stablehlo.reshape %291 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    return %297, %298, %299 : tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>
  }
}
