// olmo3 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo3_prefill {
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
    %20 = stablehlo.subtract %17, %18 : tensor<1x8x8xi32>
    %21 = stablehlo.constant dense<5> : tensor<i32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<i32>) -> tensor<1x8x8xi32>
    %23 = stablehlo.compare LT, %20, %22, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %24 = stablehlo.and %19, %23 : tensor<1x8x8xi1>
    %25 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %26 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %27 = stablehlo.compare LT, %25, %26, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %28 = stablehlo.concatenate %27, %19, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    %29 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %30 = stablehlo.add %26, %29 : tensor<1x8x16xi32>
    %31 = stablehlo.subtract %30, %25 : tensor<1x8x16xi32>
    %32 = stablehlo.constant dense<5> : tensor<i32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<i32>) -> tensor<1x8x16xi32>
    %34 = stablehlo.compare LT, %31, %33, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %35 = stablehlo.and %27, %34 : tensor<1x8x16xi1>
    %36 = stablehlo.concatenate %35, %24, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: sliding_attention
    %37 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %38 = stablehlo.reshape %37 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %39 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %41 = stablehlo.dot_general %5, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %42 = stablehlo.dot_general %5, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %43 = stablehlo.dot_general %5, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %44 = stablehlo.multiply %41, %41 : tensor<1x8x24xf32>
    %45 = stablehlo.constant dense<0.0> : tensor<f32>
    %46 = stablehlo.reduce(%44 init: %45) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %47 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<1x8xf32>
    %50 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %52 = stablehlo.add %49, %51 : tensor<1x8xf32>
    %53 = stablehlo.rsqrt %52 : tensor<1x8xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %55 = stablehlo.multiply %41, %54 : tensor<1x8x24xf32>
    %56 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<1x8x24xf32>
    %58 = stablehlo.multiply %42, %42 : tensor<1x8x24xf32>
    %59 = stablehlo.constant dense<0.0> : tensor<f32>
    %60 = stablehlo.reduce(%58 init: %59) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %61 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %63 = stablehlo.multiply %60, %62 : tensor<1x8xf32>
    %64 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %66 = stablehlo.add %63, %65 : tensor<1x8xf32>
    %67 = stablehlo.rsqrt %66 : tensor<1x8xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %69 = stablehlo.multiply %42, %68 : tensor<1x8x24xf32>
    %70 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %71 = stablehlo.multiply %69, %70 : tensor<1x8x24xf32>
    %72 = stablehlo.reshape %57 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %74 = stablehlo.reshape %43 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %75 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %76 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %77 = stablehlo.negate %76 : tensor<1x8x2x6xf32>
    %78 = stablehlo.concatenate %77, %75, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %79 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %80 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %81 = stablehlo.multiply %72, %79 : tensor<1x8x2x12xf32>
    %82 = stablehlo.multiply %78, %80 : tensor<1x8x2x12xf32>
    %83 = stablehlo.add %81, %82 : tensor<1x8x2x12xf32>
    %84 = "stablehlo.slice"(%73) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %85 = "stablehlo.slice"(%73) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %86 = stablehlo.negate %85 : tensor<1x8x2x6xf32>
    %87 = stablehlo.concatenate %86, %84, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %88 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %89 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %90 = stablehlo.multiply %73, %88 : tensor<1x8x2x12xf32>
    %91 = stablehlo.multiply %87, %89 : tensor<1x8x2x12xf32>
    %92 = stablehlo.add %90, %91 : tensor<1x8x2x12xf32>
    %93 = stablehlo.reshape %83 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %94 = stablehlo.transpose %93, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %95 = stablehlo.transpose %92, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %96 = stablehlo.transpose %74, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %97 = stablehlo.dot_general %94, %95, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %98 = stablehlo.dot_general %94, %38, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %99 = stablehlo.concatenate %98, %97, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %100 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<1x2x8x1x24xf32>
    %103 = stablehlo.broadcast_in_dim %36, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %104 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %106 = stablehlo.select %103, %102, %105 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %107 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %108 = stablehlo.reduce(%106 init: %107) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %110 = stablehlo.subtract %106, %109 : tensor<1x2x8x1x24xf32>
    %111 = stablehlo.exponential %110 : tensor<1x2x8x1x24xf32>
    %112 = stablehlo.constant dense<0.0> : tensor<f32>
    %113 = stablehlo.reduce(%111 init: %112) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %115 = stablehlo.divide %111, %114 : tensor<1x2x8x1x24xf32>
    %116 = "stablehlo.slice"(%115) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %117 = "stablehlo.slice"(%115) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %118 = stablehlo.dot_general %116, %40, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %119 = stablehlo.dot_general %117, %96, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %120 = stablehlo.add %118, %119 : tensor<1x2x8x1x12xf32>
    %121 = stablehlo.transpose %120, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %123 = stablehlo.dot_general %122, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %124 = stablehlo.multiply %123, %123 : tensor<1x8x10xf32>
    %125 = stablehlo.constant dense<0.0> : tensor<f32>
    %126 = stablehlo.reduce(%124 init: %125) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %127 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<1x8xf32>
    %130 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %132 = stablehlo.add %129, %131 : tensor<1x8xf32>
    %133 = stablehlo.rsqrt %132 : tensor<1x8xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %135 = stablehlo.multiply %123, %134 : tensor<1x8x10xf32>
    %136 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %137 = stablehlo.multiply %135, %136 : tensor<1x8x10xf32>
    %138 = stablehlo.add %5, %137 : tensor<1x8x10xf32>
    %139 = stablehlo.dot_general %138, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %140 = stablehlo.logistic %139 : tensor<1x8x56xf32>
    %141 = stablehlo.multiply %139, %140 : tensor<1x8x56xf32>
    %142 = stablehlo.dot_general %138, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %143 = stablehlo.multiply %141, %142 : tensor<1x8x56xf32>
    %144 = stablehlo.dot_general %143, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %145 = stablehlo.multiply %144, %144 : tensor<1x8x10xf32>
    %146 = stablehlo.constant dense<0.0> : tensor<f32>
    %147 = stablehlo.reduce(%145 init: %146) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %148 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %150 = stablehlo.multiply %147, %149 : tensor<1x8xf32>
    %151 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %153 = stablehlo.add %150, %152 : tensor<1x8xf32>
    %154 = stablehlo.rsqrt %153 : tensor<1x8xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %156 = stablehlo.multiply %144, %155 : tensor<1x8x10xf32>
    %157 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %158 = stablehlo.multiply %156, %157 : tensor<1x8x10xf32>
    %159 = stablehlo.add %138, %158 : tensor<1x8x10xf32>
    %160 = stablehlo.reshape %95 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %161 = stablehlo.reshape %96 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %162 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %163 = stablehlo.reshape %162 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %164 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %166 = stablehlo.dot_general %159, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %167 = stablehlo.dot_general %159, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %168 = stablehlo.dot_general %159, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %169 = stablehlo.multiply %166, %166 : tensor<1x8x24xf32>
    %170 = stablehlo.constant dense<0.0> : tensor<f32>
    %171 = stablehlo.reduce(%169 init: %170) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %172 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<1x8xf32>
    %175 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %177 = stablehlo.add %174, %176 : tensor<1x8xf32>
    %178 = stablehlo.rsqrt %177 : tensor<1x8xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %180 = stablehlo.multiply %166, %179 : tensor<1x8x24xf32>
    %181 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<1x8x24xf32>
    %183 = stablehlo.multiply %167, %167 : tensor<1x8x24xf32>
    %184 = stablehlo.constant dense<0.0> : tensor<f32>
    %185 = stablehlo.reduce(%183 init: %184) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %186 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %188 = stablehlo.multiply %185, %187 : tensor<1x8xf32>
    %189 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %191 = stablehlo.add %188, %190 : tensor<1x8xf32>
    %192 = stablehlo.rsqrt %191 : tensor<1x8xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %194 = stablehlo.multiply %167, %193 : tensor<1x8x24xf32>
    %195 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<1x8x24xf32>
    %197 = stablehlo.reshape %182 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %198 = stablehlo.reshape %196 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %199 = stablehlo.reshape %168 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %200 = "stablehlo.slice"(%197) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %201 = "stablehlo.slice"(%197) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %202 = stablehlo.negate %201 : tensor<1x8x2x6xf32>
    %203 = stablehlo.concatenate %202, %200, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %204 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %205 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %206 = stablehlo.multiply %197, %204 : tensor<1x8x2x12xf32>
    %207 = stablehlo.multiply %203, %205 : tensor<1x8x2x12xf32>
    %208 = stablehlo.add %206, %207 : tensor<1x8x2x12xf32>
    %209 = "stablehlo.slice"(%198) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %210 = "stablehlo.slice"(%198) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %211 = stablehlo.negate %210 : tensor<1x8x2x6xf32>
    %212 = stablehlo.concatenate %211, %209, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %213 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %214 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %215 = stablehlo.multiply %198, %213 : tensor<1x8x2x12xf32>
    %216 = stablehlo.multiply %212, %214 : tensor<1x8x2x12xf32>
    %217 = stablehlo.add %215, %216 : tensor<1x8x2x12xf32>
    %218 = stablehlo.reshape %208 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %219 = stablehlo.transpose %218, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %220 = stablehlo.transpose %217, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %221 = stablehlo.transpose %199, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %222 = stablehlo.dot_general %219, %220, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %223 = stablehlo.dot_general %219, %163, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %224 = stablehlo.concatenate %223, %222, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %225 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %227 = stablehlo.multiply %224, %226 : tensor<1x2x8x1x24xf32>
    %228 = stablehlo.broadcast_in_dim %28, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %229 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %231 = stablehlo.select %228, %227, %230 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %232 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %233 = stablehlo.reduce(%231 init: %232) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %235 = stablehlo.subtract %231, %234 : tensor<1x2x8x1x24xf32>
    %236 = stablehlo.exponential %235 : tensor<1x2x8x1x24xf32>
    %237 = stablehlo.constant dense<0.0> : tensor<f32>
    %238 = stablehlo.reduce(%236 init: %237) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %240 = stablehlo.divide %236, %239 : tensor<1x2x8x1x24xf32>
    %241 = "stablehlo.slice"(%240) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %242 = "stablehlo.slice"(%240) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %243 = stablehlo.dot_general %241, %165, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %244 = stablehlo.dot_general %242, %221, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %245 = stablehlo.add %243, %244 : tensor<1x2x8x1x12xf32>
    %246 = stablehlo.transpose %245, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %247 = stablehlo.reshape %246 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %248 = stablehlo.dot_general %247, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %249 = stablehlo.multiply %248, %248 : tensor<1x8x10xf32>
    %250 = stablehlo.constant dense<0.0> : tensor<f32>
    %251 = stablehlo.reduce(%249 init: %250) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %252 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %254 = stablehlo.multiply %251, %253 : tensor<1x8xf32>
    %255 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %257 = stablehlo.add %254, %256 : tensor<1x8xf32>
    %258 = stablehlo.rsqrt %257 : tensor<1x8xf32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %260 = stablehlo.multiply %248, %259 : tensor<1x8x10xf32>
    %261 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %262 = stablehlo.multiply %260, %261 : tensor<1x8x10xf32>
    %263 = stablehlo.add %159, %262 : tensor<1x8x10xf32>
    %264 = stablehlo.dot_general %263, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %265 = stablehlo.logistic %264 : tensor<1x8x56xf32>
    %266 = stablehlo.multiply %264, %265 : tensor<1x8x56xf32>
    %267 = stablehlo.dot_general %263, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %268 = stablehlo.multiply %266, %267 : tensor<1x8x56xf32>
    %269 = stablehlo.dot_general %268, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %270 = stablehlo.multiply %269, %269 : tensor<1x8x10xf32>
    %271 = stablehlo.constant dense<0.0> : tensor<f32>
    %272 = stablehlo.reduce(%270 init: %271) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %273 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<1x8xf32>
    %276 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %278 = stablehlo.add %275, %277 : tensor<1x8xf32>
    %279 = stablehlo.rsqrt %278 : tensor<1x8xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %281 = stablehlo.multiply %269, %280 : tensor<1x8x10xf32>
    %282 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %283 = stablehlo.multiply %281, %282 : tensor<1x8x10xf32>
    %284 = stablehlo.add %263, %283 : tensor<1x8x10xf32>
    %285 = stablehlo.reshape %220 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %286 = stablehlo.reshape %221 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %287 = stablehlo.multiply %284, %284 : tensor<1x8x10xf32>
    %288 = stablehlo.constant dense<0.0> : tensor<f32>
    %289 = stablehlo.reduce(%287 init: %288) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %290 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %292 = stablehlo.multiply %289, %291 : tensor<1x8xf32>
    %293 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %295 = stablehlo.add %292, %294 : tensor<1x8xf32>
    %296 = stablehlo.rsqrt %295 : tensor<1x8xf32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %298 = stablehlo.multiply %284, %297 : tensor<1x8x10xf32>
    %299 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %300 = stablehlo.multiply %298, %299 : tensor<1x8x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %301 = stablehlo.concatenate %160, %285, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %302 = stablehlo.constant dense<0> : tensor<i32>
    %303 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %304 = stablehlo.dynamic_update_slice %2, %301, %302, %302, %302, %303, %302 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %305 = stablehlo.concatenate %161, %286, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %306 = stablehlo.constant dense<0> : tensor<i32>
    %307 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %308 = stablehlo.dynamic_update_slice %3, %305, %306, %306, %306, %307, %306 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %309 = stablehlo.constant dense<1> : tensor<i32>
    %310 = stablehlo.subtract %length, %309 : tensor<i32>
    %311 = stablehlo.constant dense<0> : tensor<i32>
    %312 = stablehlo.dynamic_slice %300, %311, %310, %311, sizes = [1, 1, 10] : (tensor<1x8x10xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x10xf32>
    %313 = stablehlo.reshape %312 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %314 = stablehlo.dot_general %lm_head.weight, %313, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x10xf32>, tensor<10xf32>) -> tensor<97xf32>
    %315 = stablehlo.reshape %304 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %316 = stablehlo.reshape %308 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %314, %315, %316 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
