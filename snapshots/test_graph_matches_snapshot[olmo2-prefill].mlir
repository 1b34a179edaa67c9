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
    %83 = stablehlo.transpose %82, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %84 = stablehlo.transpose %81, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %85 = stablehlo.transpose %63, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %86 = stablehlo.dot_general %83, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %87 = stablehlo.dot_general %83, %84, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %88 = stablehlo.concatenate %86, %87, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %89 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %91 = stablehlo.multiply %88, %90 : tensor<1x2x8x1x24xf32>
    %92 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %93 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %95 = stablehlo.select %92, %91, %94 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %96 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %97 = stablehlo.reduce(%95 init: %96) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %99 = stablehlo.subtract %95, %98 : tensor<1x2x8x1x24xf32>
    %100 = stablehlo.exponential %99 : tensor<1x2x8x1x24xf32>
    %101 = stablehlo.constant dense<0.0> : tensor<f32>
    %102 = stablehlo.reduce(%100 init: %101) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %104 = stablehlo.divide %100, %103 : tensor<1x2x8x1x24xf32>
    %105 = "stablehlo.slice"(%104) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %106 = "stablehlo.slice"(%104) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %107 = stablehlo.dot_general %105, %29, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %108 = stablehlo.dot_general %106, %85, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %109 = stablehlo.add %107, %108 : tensor<1x2x8x1x12xf32>
    %110 = stablehlo.transpose %109, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %111 = stablehlo.reshape %110 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %112 = stablehlo.dot_general %111, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %113 = stablehlo.multiply %112, %112 : tensor<1x8x10xf32>
    %114 = stablehlo.constant dense<0.0> : tensor<f32>
    %115 = stablehlo.reduce(%113 init: %114) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %116 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %118 = stablehlo.multiply %115, %117 : tensor<1x8xf32>
    %119 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %121 = stablehlo.add %118, %120 : tensor<1x8xf32>
    %122 = stablehlo.rsqrt %121 : tensor<1x8xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %124 = stablehlo.multiply %112, %123 : tensor<1x8x10xf32>
    %125 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %126 = stablehlo.multiply %124, %125 : tensor<1x8x10xf32>
    %127 = stablehlo.add %5, %126 : tensor<1x8x10xf32>
    %128 = stablehlo.dot_general %127, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %129 = stablehlo.logistic %128 : tensor<1x8x56xf32>
    %130 = stablehlo.multiply %128, %129 : tensor<1x8x56xf32>
    %131 = stablehlo.dot_general %127, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %132 = stablehlo.multiply %130, %131 : tensor<1x8x56xf32>
    %133 = stablehlo.dot_general %132, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %134 = stablehlo.multiply %133, %133 : tensor<1x8x10xf32>
    %135 = stablehlo.constant dense<0.0> : tensor<f32>
    %136 = stablehlo.reduce(%134 init: %135) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %137 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %139 = stablehlo.multiply %136, %138 : tensor<1x8xf32>
    %140 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %142 = stablehlo.add %139, %141 : tensor<1x8xf32>
    %143 = stablehlo.rsqrt %142 : tensor<1x8xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %145 = stablehlo.multiply %133, %144 : tensor<1x8x10xf32>
    %146 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %147 = stablehlo.multiply %145, %146 : tensor<1x8x10xf32>
    %148 = stablehlo.add %127, %147 : tensor<1x8x10xf32>
    %149 = stablehlo.reshape %84 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %150 = stablehlo.reshape %85 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %151 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %153 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %155 = stablehlo.dot_general %148, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %156 = stablehlo.dot_general %148, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %157 = stablehlo.dot_general %148, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %158 = stablehlo.multiply %155, %155 : tensor<1x8x24xf32>
    %159 = stablehlo.constant dense<0.0> : tensor<f32>
    %160 = stablehlo.reduce(%158 init: %159) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %161 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %163 = stablehlo.multiply %160, %162 : tensor<1x8xf32>
    %164 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %166 = stablehlo.add %163, %165 : tensor<1x8xf32>
    %167 = stablehlo.rsqrt %166 : tensor<1x8xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %169 = stablehlo.multiply %155, %168 : tensor<1x8x24xf32>
    %170 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %171 = stablehlo.multiply %169, %170 : tensor<1x8x24xf32>
    %172 = stablehlo.multiply %156, %156 : tensor<1x8x24xf32>
    %173 = stablehlo.constant dense<0.0> : tensor<f32>
    %174 = stablehlo.reduce(%172 init: %173) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %175 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %177 = stablehlo.multiply %174, %176 : tensor<1x8xf32>
    %178 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %180 = stablehlo.add %177, %179 : tensor<1x8xf32>
    %181 = stablehlo.rsqrt %180 : tensor<1x8xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %183 = stablehlo.multiply %156, %182 : tensor<1x8x24xf32>
    %184 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<1x8x24xf32>
    %186 = stablehlo.reshape %171 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %187 = stablehlo.reshape %185 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %188 = stablehlo.reshape %157 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %189 = "stablehlo.slice"(%186) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %190 = "stablehlo.slice"(%186) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %191 = stablehlo.negate %190 : tensor<1x8x2x6xf32>
    %192 = stablehlo.concatenate %191, %189, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %193 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %194 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %195 = stablehlo.multiply %186, %193 : tensor<1x8x2x12xf32>
    %196 = stablehlo.multiply %192, %194 : tensor<1x8x2x12xf32>
    %197 = stablehlo.add %195, %196 : tensor<1x8x2x12xf32>
    %198 = "stablehlo.slice"(%187) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %199 = "stablehlo.slice"(%187) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %200 = stablehlo.negate %199 : tensor<1x8x2x6xf32>
    %201 = stablehlo.concatenate %200, %198, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %202 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %203 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %204 = stablehlo.multiply %187, %202 : tensor<1x8x2x12xf32>
    %205 = stablehlo.multiply %201, %203 : tensor<1x8x2x12xf32>
    %206 = stablehlo.add %204, %205 : tensor<1x8x2x12xf32>
    %207 = stablehlo.reshape %197 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %208 = stablehlo.transpose %207, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %209 = stablehlo.transpose %206, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %210 = stablehlo.transpose %188, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %211 = stablehlo.dot_general %208, %152, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %212 = stablehlo.dot_general %208, %209, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %213 = stablehlo.concatenate %211, %212, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %214 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %216 = stablehlo.multiply %213, %215 : tensor<1x2x8x1x24xf32>
    %217 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %218 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %220 = stablehlo.select %217, %216, %219 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %221 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %222 = stablehlo.reduce(%220 init: %221) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %224 = stablehlo.subtract %220, %223 : tensor<1x2x8x1x24xf32>
    %225 = stablehlo.exponential %224 : tensor<1x2x8x1x24xf32>
    %226 = stablehlo.constant dense<0.0> : tensor<f32>
    %227 = stablehlo.reduce(%225 init: %226) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %229 = stablehlo.divide %225, %228 : tensor<1x2x8x1x24xf32>
    %230 = "stablehlo.slice"(%229) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %231 = "stablehlo.slice"(%229) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %232 = stablehlo.dot_general %230, %154, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %233 = stablehlo.dot_general %231, %210, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %234 = stablehlo.add %232, %233 : tensor<1x2x8x1x12xf32>
    %235 = stablehlo.transpose %234, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %236 = stablehlo.reshape %235 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %237 = stablehlo.dot_general %236, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %238 = stablehlo.multiply %237, %237 : tensor<1x8x10xf32>
    %239 = stablehlo.constant dense<0.0> : tensor<f32>
    %240 = stablehlo.reduce(%238 init: %239) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %241 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %243 = stablehlo.multiply %240, %242 : tensor<1x8xf32>
    %244 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %246 = stablehlo.add %243, %245 : tensor<1x8xf32>
    %247 = stablehlo.rsqrt %246 : tensor<1x8xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %249 = stablehlo.multiply %237, %248 : tensor<1x8x10xf32>
    %250 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %251 = stablehlo.multiply %249, %250 : tensor<1x8x10xf32>
    %252 = stablehlo.add %148, %251 : tensor<1x8x10xf32>
    %253 = stablehlo.dot_general %252, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %254 = stablehlo.logistic %253 : tensor<1x8x56xf32>
    %255 = stablehlo.multiply %253, %254 : tensor<1x8x56xf32>
    %256 = stablehlo.dot_general %252, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %257 = stablehlo.multiply %255, %256 : tensor<1x8x56xf32>
    %258 = stablehlo.dot_general %257, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %259 = stablehlo.multiply %258, %258 : tensor<1x8x10xf32>
    %260 = stablehlo.constant dense<0.0> : tensor<f32>
    %261 = stablehlo.reduce(%259 init: %260) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %262 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %264 = stablehlo.multiply %261, %263 : tensor<1x8xf32>
    %265 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %267 = stablehlo.add %264, %266 : tensor<1x8xf32>
    %268 = stablehlo.rsqrt %267 : tensor<1x8xf32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %270 = stablehlo.multiply %258, %269 : tensor<1x8x10xf32>
    %271 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %272 = stablehlo.multiply %270, %271 : tensor<1x8x10xf32>
    %273 = stablehlo.add %252, %272 : tensor<1x8x10xf32>
    %274 = stablehlo.reshape %209 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %275 = stablehlo.reshape %210 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %276 = stablehlo.multiply %273, %273 : tensor<1x8x10xf32>
    %277 = stablehlo.constant dense<0.0> : tensor<f32>
    %278 = stablehlo.reduce(%276 init: %277) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %279 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %281 = stablehlo.multiply %278, %280 : tensor<1x8xf32>
    %282 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %284 = stablehlo.add %281, %283 : tensor<1x8xf32>
    %285 = stablehlo.rsqrt %284 : tensor<1x8xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %287 = stablehlo.multiply %273, %286 : tensor<1x8x10xf32>
    %288 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %289 = stablehlo.multiply %287, %288 : tensor<1x8x10xf32>
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
    %301 = stablehlo.dynamic_slice %289, %300, %299, %300, sizes = [1, 1, 10] : (tensor<1x8x10xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x10xf32>
    %302 = stablehlo.reshape %301 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %303 = stablehlo.dot_general %302, %lm_head.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<10xf32>, tensor<97x10xf32>) -> tensor<97xf32>
    %304 = stablehlo.reshape %293 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %305 = stablehlo.reshape %297 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %303, %304, %305 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
