// olmo3 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo3_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<16x2x2x12xf32>, %v_cache: tensor<16x2x2x12xf32>) -> (tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 10>, indices_are_sorted = false} : (tensor<97x10xf32>, tensor<1x1x1xi32>) -> tensor<1x1x10xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.11224620789289474, 0.012599210254848003, 0.0014142135623842478, 0.00015874010568950325, 1.781797436706256e-05]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x1x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %15 = stablehlo.cosine %14 : tensor<1x1x12xf32>
    %16 = stablehlo.sine %14 : tensor<1x1x12xf32>
    %17 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %18 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %19 = stablehlo.iota dim = 1 : tensor<1x1x16xi32>
    %20 = stablehlo.add %18, %19 : tensor<1x1x16xi32>
    %21 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %22 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %23 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %24 = stablehlo.compare LE, %23, %22, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %25 = stablehlo.concatenate %21, %24, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    %26 = stablehlo.subtract %20, %17 : tensor<1x1x16xi32>
    %27 = stablehlo.constant dense<5> : tensor<i32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [] : (tensor<i32>) -> tensor<1x1x16xi32>
    %29 = stablehlo.compare LT, %26, %28, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %30 = stablehlo.subtract %22, %23 : tensor<1x1x1xi32>
    %31 = stablehlo.constant dense<5> : tensor<i32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<i32>) -> tensor<1x1x1xi32>
    %33 = stablehlo.compare LT, %30, %32, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %34 = stablehlo.and %21, %29 : tensor<1x1x16xi1>
    %35 = stablehlo.and %24, %33 : tensor<1x1x1xi1>
    %36 = stablehlo.concatenate %34, %35, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: sliding_attention
    %37 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %38 = stablehlo.reshape %37 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %39 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %41 = stablehlo.dot_general %5, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<24x10xf32>) -> tensor<1x1x24xf32>
    %42 = stablehlo.dot_general %5, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<24x10xf32>) -> tensor<1x1x24xf32>
    %43 = stablehlo.dot_general %5, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<24x10xf32>) -> tensor<1x1x24xf32>
    %44 = stablehlo.multiply %41, %41 : tensor<1x1x24xf32>
    %45 = stablehlo.constant dense<0.0> : tensor<f32>
    %46 = stablehlo.reduce(%44 init: %45) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %47 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<1x1xf32>
    %50 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %52 = stablehlo.add %49, %51 : tensor<1x1xf32>
    %53 = stablehlo.rsqrt %52 : tensor<1x1xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %55 = stablehlo.multiply %41, %54 : tensor<1x1x24xf32>
    %56 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<1x1x24xf32>
    %58 = stablehlo.multiply %42, %42 : tensor<1x1x24xf32>
    %59 = stablehlo.constant dense<0.0> : tensor<f32>
    %60 = stablehlo.reduce(%58 init: %59) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %61 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %63 = stablehlo.multiply %60, %62 : tensor<1x1xf32>
    %64 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %66 = stablehlo.add %63, %65 : tensor<1x1xf32>
    %67 = stablehlo.rsqrt %66 : tensor<1x1xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %69 = stablehlo.multiply %42, %68 : tensor<1x1x24xf32>
    %70 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %71 = stablehlo.multiply %69, %70 : tensor<1x1x24xf32>
    %72 = stablehlo.reshape %57 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %73 = stablehlo.reshape %71 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %74 = stablehlo.reshape %43 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %75 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %76 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %77 = stablehlo.negate %76 : tensor<1x1x2x6xf32>
    %78 = stablehlo.concatenate %77, %75, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %79 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %80 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %81 = stablehlo.multiply %72, %79 : tensor<1x1x2x12xf32>
    %82 = stablehlo.multiply %78, %80 : tensor<1x1x2x12xf32>
    %83 = stablehlo.add %81, %82 : tensor<1x1x2x12xf32>
    %84 = "stablehlo.slice"(%73) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %85 = "stablehlo.slice"(%73) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %86 = stablehlo.negate %85 : tensor<1x1x2x6xf32>
    %87 = stablehlo.concatenate %86, %84, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %88 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %89 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %90 = stablehlo.multiply %73, %88 : tensor<1x1x2x12xf32>
    %91 = stablehlo.multiply %87, %89 : tensor<1x1x2x12xf32>
    %92 = stablehlo.add %90, %91 : tensor<1x1x2x12xf32>
    %93 = stablehlo.reshape %83 : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x1x12xf32>
    %94 = stablehlo.dot_general %93, %38, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x1x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x1x16xf32>
    %95 = stablehlo.dot_general %93, %92, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x1x1xf32>
    %96 = stablehlo.concatenate %94, %95, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %97 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %99 = stablehlo.multiply %96, %98 : tensor<1x2x1x1x17xf32>
    %100 = stablehlo.broadcast_in_dim %36, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %101 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %103 = stablehlo.select %100, %99, %102 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %104 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %104) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %107 = stablehlo.subtract %103, %106 : tensor<1x2x1x1x17xf32>
    %108 = stablehlo.exponential %107 : tensor<1x2x1x1x17xf32>
    %109 = stablehlo.constant dense<0.0> : tensor<f32>
    %110 = stablehlo.reduce(%108 init: %109) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %112 = stablehlo.divide %108, %111 : tensor<1x2x1x1x17xf32>
    %113 = "stablehlo.slice"(%112) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %114 = "stablehlo.slice"(%112) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %115 = stablehlo.dot_general %113, %40, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x1x12xf32>
    %116 = stablehlo.dot_general %114, %74, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x1x12xf32>
    %117 = stablehlo.add %115, %116 : tensor<1x2x1x1x12xf32>
    %118 = stablehlo.transpose %117, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %119 = stablehlo.reshape %118 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %120 = stablehlo.dot_general %119, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x24xf32>, tensor<10x24xf32>) -> tensor<1x1x10xf32>
    %121 = stablehlo.multiply %120, %120 : tensor<1x1x10xf32>
    %122 = stablehlo.constant dense<0.0> : tensor<f32>
    %123 = stablehlo.reduce(%121 init: %122) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %124 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %126 = stablehlo.multiply %123, %125 : tensor<1x1xf32>
    %127 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %129 = stablehlo.add %126, %128 : tensor<1x1xf32>
    %130 = stablehlo.rsqrt %129 : tensor<1x1xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %132 = stablehlo.multiply %120, %131 : tensor<1x1x10xf32>
    %133 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<1x1x10xf32>
    %135 = stablehlo.add %5, %134 : tensor<1x1x10xf32>
    %136 = stablehlo.dot_general %135, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<56x10xf32>) -> tensor<1x1x56xf32>
    %137 = stablehlo.logistic %136 : tensor<1x1x56xf32>
    %138 = stablehlo.multiply %136, %137 : tensor<1x1x56xf32>
    %139 = stablehlo.dot_general %135, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<56x10xf32>) -> tensor<1x1x56xf32>
    %140 = stablehlo.multiply %138, %139 : tensor<1x1x56xf32>
    %141 = stablehlo.dot_general %140, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<10x56xf32>) -> tensor<1x1x10xf32>
    %142 = stablehlo.multiply %141, %141 : tensor<1x1x10xf32>
    %143 = stablehlo.constant dense<0.0> : tensor<f32>
    %144 = stablehlo.reduce(%142 init: %143) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %145 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %147 = stablehlo.multiply %144, %146 : tensor<1x1xf32>
    %148 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %150 = stablehlo.add %147, %149 : tensor<1x1xf32>
    %151 = stablehlo.rsqrt %150 : tensor<1x1xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %153 = stablehlo.multiply %141, %152 : tensor<1x1x10xf32>
    %154 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %155 = stablehlo.multiply %153, %154 : tensor<1x1x10xf32>
    %156 = stablehlo.add %135, %155 : tensor<1x1x10xf32>
    %157 = stablehlo.reshape %92 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    %158 = stablehlo.reshape %74 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    // layer 1: full_attention
    %159 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %160 = stablehlo.reshape %159 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %161 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %162 = stablehlo.reshape %161 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %163 = stablehlo.dot_general %156, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<24x10xf32>) -> tensor<1x1x24xf32>
    %164 = stablehlo.dot_general %156, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<24x10xf32>) -> tensor<1x1x24xf32>
    %165 = stablehlo.dot_general %156, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<24x10xf32>) -> tensor<1x1x24xf32>
    %166 = stablehlo.multiply %163, %163 : tensor<1x1x24xf32>
    %167 = stablehlo.constant dense<0.0> : tensor<f32>
    %168 = stablehlo.reduce(%166 init: %167) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %169 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %171 = stablehlo.multiply %168, %170 : tensor<1x1xf32>
    %172 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %174 = stablehlo.add %171, %173 : tensor<1x1xf32>
    %175 = stablehlo.rsqrt %174 : tensor<1x1xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %177 = stablehlo.multiply %163, %176 : tensor<1x1x24xf32>
    %178 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<1x1x24xf32>
    %180 = stablehlo.multiply %164, %164 : tensor<1x1x24xf32>
    %181 = stablehlo.constant dense<0.0> : tensor<f32>
    %182 = stablehlo.reduce(%180 init: %181) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %183 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %185 = stablehlo.multiply %182, %184 : tensor<1x1xf32>
    %186 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %188 = stablehlo.add %185, %187 : tensor<1x1xf32>
    %189 = stablehlo.rsqrt %188 : tensor<1x1xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %191 = stablehlo.multiply %164, %190 : tensor<1x1x24xf32>
    %192 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %193 = stablehlo.multiply %191, %192 : tensor<1x1x24xf32>
    %194 = stablehlo.reshape %179 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %195 = stablehlo.reshape %193 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %196 = stablehlo.reshape %165 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %197 = "stablehlo.slice"(%194) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %198 = "stablehlo.slice"(%194) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %199 = stablehlo.negate %198 : tensor<1x1x2x6xf32>
    %200 = stablehlo.concatenate %199, %197, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %201 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %202 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %203 = stablehlo.multiply %194, %201 : tensor<1x1x2x12xf32>
    %204 = stablehlo.multiply %200, %202 : tensor<1x1x2x12xf32>
    %205 = stablehlo.add %203, %204 : tensor<1x1x2x12xf32>
    %206 = "stablehlo.slice"(%195) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %207 = "stablehlo.slice"(%195) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %208 = stablehlo.negate %207 : tensor<1x1x2x6xf32>
    %209 = stablehlo.concatenate %208, %206, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %210 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %211 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %212 = stablehlo.multiply %195, %210 : tensor<1x1x2x12xf32>
    %213 = stablehlo.multiply %209, %211 : tensor<1x1x2x12xf32>
    %214 = stablehlo.add %212, %213 : tensor<1x1x2x12xf32>
    %215 = stablehlo.reshape %205 : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x1x12xf32>
    %216 = stablehlo.dot_general %215, %160, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x1x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x1x16xf32>
    %217 = stablehlo.dot_general %215, %214, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x1x1xf32>
    %218 = stablehlo.concatenate %216, %217, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %219 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %221 = stablehlo.multiply %218, %220 : tensor<1x2x1x1x17xf32>
    %222 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %223 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %225 = stablehlo.select %222, %221, %224 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %226 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %227 = stablehlo.reduce(%225 init: %226) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %229 = stablehlo.subtract %225, %228 : tensor<1x2x1x1x17xf32>
    %230 = stablehlo.exponential %229 : tensor<1x2x1x1x17xf32>
    %231 = stablehlo.constant dense<0.0> : tensor<f32>
    %232 = stablehlo.reduce(%230 init: %231) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %234 = stablehlo.divide %230, %233 : tensor<1x2x1x1x17xf32>
    %235 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %236 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %237 = stablehlo.dot_general %235, %162, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x1x12xf32>
    %238 = stablehlo.dot_general %236, %196, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x1x12xf32>
    %239 = stablehlo.add %237, %238 : tensor<1x2x1x1x12xf32>
    %240 = stablehlo.transpose %239, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %241 = stablehlo.reshape %240 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %242 = stablehlo.dot_general %241, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x24xf32>, tensor<10x24xf32>) -> tensor<1x1x10xf32>
    %243 = stablehlo.multiply %242, %242 : tensor<1x1x10xf32>
    %244 = stablehlo.constant dense<0.0> : tensor<f32>
    %245 = stablehlo.reduce(%243 init: %244) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %246 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %248 = stablehlo.multiply %245, %247 : tensor<1x1xf32>
    %249 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %251 = stablehlo.add %248, %250 : tensor<1x1xf32>
    %252 = stablehlo.rsqrt %251 : tensor<1x1xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %254 = stablehlo.multiply %242, %253 : tensor<1x1x10xf32>
    %255 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %256 = stablehlo.multiply %254, %255 : tensor<1x1x10xf32>
    %257 = stablehlo.add %156, %256 : tensor<1x1x10xf32>
    %258 = stablehlo.dot_general %257, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<56x10xf32>) -> tensor<1x1x56xf32>
    %259 = stablehlo.logistic %258 : tensor<1x1x56xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<1x1x56xf32>
    %261 = stablehlo.dot_general %257, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x10xf32>, tensor<56x10xf32>) -> tensor<1x1x56xf32>
    %262 = stablehlo.multiply %260, %261 : tensor<1x1x56xf32>
    %263 = stablehlo.dot_general %262, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<10x56xf32>) -> tensor<1x1x10xf32>
    %264 = stablehlo.multiply %263, %263 : tensor<1x1x10xf32>
    %265 = stablehlo.constant dense<0.0> : tensor<f32>
    %266 = stablehlo.reduce(%264 init: %265) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %267 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %269 = stablehlo.multiply %266, %268 : tensor<1x1xf32>
    %270 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %272 = stablehlo.add %269, %271 : tensor<1x1xf32>
    %273 = stablehlo.rsqrt %272 : tensor<1x1xf32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %275 = stablehlo.multiply %263, %274 : tensor<1x1x10xf32>
    %276 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %277 = stablehlo.multiply %275, %276 : tensor<1x1x10xf32>
    %278 = stablehlo.add %257, %277 : tensor<1x1x10xf32>
    %279 = stablehlo.reshape %214 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    %280 = stablehlo.reshape %196 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    %281 = stablehlo.multiply %278, %278 : tensor<1x1x10xf32>
    %282 = stablehlo.constant dense<0.0> : tensor<f32>
    %283 = stablehlo.reduce(%281 init: %282) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %284 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %286 = stablehlo.multiply %283, %285 : tensor<1x1xf32>
    %287 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %289 = stablehlo.add %286, %288 : tensor<1x1xf32>
    %290 = stablehlo.rsqrt %289 : tensor<1x1xf32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %292 = stablehlo.multiply %278, %291 : tensor<1x1x10xf32>
    %293 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %294 = stablehlo.multiply %292, %293 : tensor<1x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %295 = stablehlo.concatenate %157, %279, dim = 2 : (tensor<1x1x1x2x12xf32>, tensor<1x1x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %296 = stablehlo.constant dense<0> : tensor<i32>
    %297 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %298 = stablehlo.dynamic_update_slice %2, %295, %296, %297, %296, %296, %296 : (tensor<1x16x2x2x12xf32>, tensor<1x1x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %299 = stablehlo.concatenate %158, %280, dim = 2 : (tensor<1x1x1x2x12xf32>, tensor<1x1x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %300 = stablehlo.constant dense<0> : tensor<i32>
    %301 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %302 = stablehlo.dynamic_update_slice %3, %299, %300, %301, %300, %300, %300 : (tensor<1x16x2x2x12xf32>, tensor<1x1x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %303 = stablehlo.reshape %294 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %304 = stablehlo.dot_general %303, %lm_head.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<10xf32>, tensor<97x10xf32>) -> tensor<97xf32>
    %305 = stablehlo.reshape %298 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    %306 = stablehlo.reshape %302 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    return %304, %305, %306 : tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>
  }
}
