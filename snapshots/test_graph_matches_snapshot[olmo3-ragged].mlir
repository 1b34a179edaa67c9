// olmo3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo3_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 10>, indices_are_sorted = false} : (tensor<97x10xf32>, tensor<3x1x1xi32>) -> tensor<3x1x10xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.11224620789289474, 0.012599210254848003, 0.0014142135623842478, 0.00015874010568950325, 1.781797436706256e-05]> : tensor<6xf32>
    %7 = stablehlo.convert %5 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %9 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %10 = stablehlo.multiply %8, %9 : tensor<3x1x6xf32>
    %11 = stablehlo.concatenate %10, %10, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %12 = stablehlo.cosine %11 : tensor<3x1x12xf32>
    %13 = stablehlo.sine %11 : tensor<3x1x12xf32>
    %14 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %15 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %16 = stablehlo.compare LE, %15, %14, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %17 = stablehlo.subtract %14, %15 : tensor<3x1x1xi32>
    %18 = stablehlo.constant dense<5> : tensor<i32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %20 = stablehlo.compare LT, %17, %19, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %21 = stablehlo.and %16, %20 : tensor<3x1x1xi1>
    %22 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %23 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %24 = stablehlo.compare LT, %22, %23, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %25 = stablehlo.concatenate %24, %16, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %26 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %27 = stablehlo.add %23, %26 : tensor<3x1x16xi32>
    %28 = stablehlo.subtract %27, %22 : tensor<3x1x16xi32>
    %29 = stablehlo.constant dense<5> : tensor<i32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %31 = stablehlo.compare LT, %28, %30, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %32 = stablehlo.and %24, %31 : tensor<3x1x16xi1>
    %33 = stablehlo.concatenate %32, %21, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %34 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %35 = stablehlo.reshape %34 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %36 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %37 = stablehlo.reshape %36 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %38 = stablehlo.dot_general %2, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %39 = stablehlo.dot_general %2, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %40 = stablehlo.dot_general %2, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %41 = stablehlo.multiply %38, %38 : tensor<3x1x24xf32>
    %42 = stablehlo.constant dense<0.0> : tensor<f32>
    %43 = stablehlo.reduce(%41 init: %42) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %44 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %46 = stablehlo.multiply %43, %45 : tensor<3x1xf32>
    %47 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %49 = stablehlo.add %46, %48 : tensor<3x1xf32>
    %50 = stablehlo.rsqrt %49 : tensor<3x1xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %52 = stablehlo.multiply %38, %51 : tensor<3x1x24xf32>
    %53 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %54 = stablehlo.multiply %52, %53 : tensor<3x1x24xf32>
    %55 = stablehlo.multiply %39, %39 : tensor<3x1x24xf32>
    %56 = stablehlo.constant dense<0.0> : tensor<f32>
    %57 = stablehlo.reduce(%55 init: %56) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %58 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %60 = stablehlo.multiply %57, %59 : tensor<3x1xf32>
    %61 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %63 = stablehlo.add %60, %62 : tensor<3x1xf32>
    %64 = stablehlo.rsqrt %63 : tensor<3x1xf32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %66 = stablehlo.multiply %39, %65 : tensor<3x1x24xf32>
    %67 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %68 = stablehlo.multiply %66, %67 : tensor<3x1x24xf32>
    %69 = stablehlo.reshape %54 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %70 = stablehlo.reshape %68 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %71 = stablehlo.reshape %40 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %72 = "stablehlo.slice"(%69) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %73 = "stablehlo.slice"(%69) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %74 = stablehlo.negate %73 : tensor<3x1x2x6xf32>
    %75 = stablehlo.concatenate %74, %72, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %76 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %77 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %78 = stablehlo.multiply %69, %76 : tensor<3x1x2x12xf32>
    %79 = stablehlo.multiply %75, %77 : tensor<3x1x2x12xf32>
    %80 = stablehlo.add %78, %79 : tensor<3x1x2x12xf32>
    %81 = "stablehlo.slice"(%70) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %82 = "stablehlo.slice"(%70) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %83 = stablehlo.negate %82 : tensor<3x1x2x6xf32>
    %84 = stablehlo.concatenate %83, %81, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %85 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %86 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %87 = stablehlo.multiply %70, %85 : tensor<3x1x2x12xf32>
    %88 = stablehlo.multiply %84, %86 : tensor<3x1x2x12xf32>
    %89 = stablehlo.add %87, %88 : tensor<3x1x2x12xf32>
    %90 = stablehlo.reshape %80 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %91 = stablehlo.transpose %90, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %92 = stablehlo.transpose %89, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %93 = stablehlo.transpose %71, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %94 = stablehlo.dot_general %91, %92, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %95 = stablehlo.dot_general %91, %35, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %96 = stablehlo.concatenate %95, %94, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %97 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %99 = stablehlo.multiply %96, %98 : tensor<3x2x1x1x17xf32>
    %100 = stablehlo.broadcast_in_dim %33, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %101 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %103 = stablehlo.select %100, %99, %102 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %104 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %104) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %107 = stablehlo.subtract %103, %106 : tensor<3x2x1x1x17xf32>
    %108 = stablehlo.exponential %107 : tensor<3x2x1x1x17xf32>
    %109 = stablehlo.constant dense<0.0> : tensor<f32>
    %110 = stablehlo.reduce(%108 init: %109) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %112 = stablehlo.divide %108, %111 : tensor<3x2x1x1x17xf32>
    %113 = "stablehlo.slice"(%112) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %114 = "stablehlo.slice"(%112) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %115 = stablehlo.dot_general %113, %37, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %116 = stablehlo.dot_general %114, %93, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %117 = stablehlo.add %115, %116 : tensor<3x2x1x1x12xf32>
    %118 = stablehlo.transpose %117, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %119 = stablehlo.reshape %118 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %120 = stablehlo.dot_general %119, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %121 = stablehlo.multiply %120, %120 : tensor<3x1x10xf32>
    %122 = stablehlo.constant dense<0.0> : tensor<f32>
    %123 = stablehlo.reduce(%121 init: %122) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %124 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %126 = stablehlo.multiply %123, %125 : tensor<3x1xf32>
    %127 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %129 = stablehlo.add %126, %128 : tensor<3x1xf32>
    %130 = stablehlo.rsqrt %129 : tensor<3x1xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %132 = stablehlo.multiply %120, %131 : tensor<3x1x10xf32>
    %133 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<3x1x10xf32>
    %135 = stablehlo.add %2, %134 : tensor<3x1x10xf32>
    %136 = stablehlo.dot_general %135, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %137 = stablehlo.logistic %136 : tensor<3x1x56xf32>
    %138 = stablehlo.multiply %136, %137 : tensor<3x1x56xf32>
    %139 = stablehlo.dot_general %135, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %140 = stablehlo.multiply %138, %139 : tensor<3x1x56xf32>
    %141 = stablehlo.dot_general %140, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %142 = stablehlo.multiply %141, %141 : tensor<3x1x10xf32>
    %143 = stablehlo.constant dense<0.0> : tensor<f32>
    %144 = stablehlo.reduce(%142 init: %143) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %145 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %147 = stablehlo.multiply %144, %146 : tensor<3x1xf32>
    %148 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %150 = stablehlo.add %147, %149 : tensor<3x1xf32>
    %151 = stablehlo.rsqrt %150 : tensor<3x1xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %153 = stablehlo.multiply %141, %152 : tensor<3x1x10xf32>
    %154 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %155 = stablehlo.multiply %153, %154 : tensor<3x1x10xf32>
    %156 = stablehlo.add %135, %155 : tensor<3x1x10xf32>
    %157 = stablehlo.reshape %92 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %158 = stablehlo.reshape %93 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %159 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %160 = stablehlo.reshape %159 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %161 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %162 = stablehlo.reshape %161 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %163 = stablehlo.dot_general %156, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %164 = stablehlo.dot_general %156, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %165 = stablehlo.dot_general %156, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %166 = stablehlo.multiply %163, %163 : tensor<3x1x24xf32>
    %167 = stablehlo.constant dense<0.0> : tensor<f32>
    %168 = stablehlo.reduce(%166 init: %167) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %169 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %171 = stablehlo.multiply %168, %170 : tensor<3x1xf32>
    %172 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %174 = stablehlo.add %171, %173 : tensor<3x1xf32>
    %175 = stablehlo.rsqrt %174 : tensor<3x1xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %177 = stablehlo.multiply %163, %176 : tensor<3x1x24xf32>
    %178 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<3x1x24xf32>
    %180 = stablehlo.multiply %164, %164 : tensor<3x1x24xf32>
    %181 = stablehlo.constant dense<0.0> : tensor<f32>
    %182 = stablehlo.reduce(%180 init: %181) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %183 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %185 = stablehlo.multiply %182, %184 : tensor<3x1xf32>
    %186 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %188 = stablehlo.add %185, %187 : tensor<3x1xf32>
    %189 = stablehlo.rsqrt %188 : tensor<3x1xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %191 = stablehlo.multiply %164, %190 : tensor<3x1x24xf32>
    %192 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %193 = stablehlo.multiply %191, %192 : tensor<3x1x24xf32>
    %194 = stablehlo.reshape %179 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %195 = stablehlo.reshape %193 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %196 = stablehlo.reshape %165 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %197 = "stablehlo.slice"(%194) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %198 = "stablehlo.slice"(%194) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %199 = stablehlo.negate %198 : tensor<3x1x2x6xf32>
    %200 = stablehlo.concatenate %199, %197, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %201 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %202 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %203 = stablehlo.multiply %194, %201 : tensor<3x1x2x12xf32>
    %204 = stablehlo.multiply %200, %202 : tensor<3x1x2x12xf32>
    %205 = stablehlo.add %203, %204 : tensor<3x1x2x12xf32>
    %206 = "stablehlo.slice"(%195) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %207 = "stablehlo.slice"(%195) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %208 = stablehlo.negate %207 : tensor<3x1x2x6xf32>
    %209 = stablehlo.concatenate %208, %206, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %210 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %211 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %212 = stablehlo.multiply %195, %210 : tensor<3x1x2x12xf32>
    %213 = stablehlo.multiply %209, %211 : tensor<3x1x2x12xf32>
    %214 = stablehlo.add %212, %213 : tensor<3x1x2x12xf32>
    %215 = stablehlo.reshape %205 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %216 = stablehlo.transpose %215, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %217 = stablehlo.transpose %214, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %218 = stablehlo.transpose %196, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %219 = stablehlo.dot_general %216, %217, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %220 = stablehlo.dot_general %216, %160, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %221 = stablehlo.concatenate %220, %219, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %222 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %224 = stablehlo.multiply %221, %223 : tensor<3x2x1x1x17xf32>
    %225 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %226 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %228 = stablehlo.select %225, %224, %227 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %229 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %230 = stablehlo.reduce(%228 init: %229) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %232 = stablehlo.subtract %228, %231 : tensor<3x2x1x1x17xf32>
    %233 = stablehlo.exponential %232 : tensor<3x2x1x1x17xf32>
    %234 = stablehlo.constant dense<0.0> : tensor<f32>
    %235 = stablehlo.reduce(%233 init: %234) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %237 = stablehlo.divide %233, %236 : tensor<3x2x1x1x17xf32>
    %238 = "stablehlo.slice"(%237) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %239 = "stablehlo.slice"(%237) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %240 = stablehlo.dot_general %238, %162, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %241 = stablehlo.dot_general %239, %218, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %242 = stablehlo.add %240, %241 : tensor<3x2x1x1x12xf32>
    %243 = stablehlo.transpose %242, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %244 = stablehlo.reshape %243 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %245 = stablehlo.dot_general %244, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %246 = stablehlo.multiply %245, %245 : tensor<3x1x10xf32>
    %247 = stablehlo.constant dense<0.0> : tensor<f32>
    %248 = stablehlo.reduce(%246 init: %247) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %249 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %251 = stablehlo.multiply %248, %250 : tensor<3x1xf32>
    %252 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %254 = stablehlo.add %251, %253 : tensor<3x1xf32>
    %255 = stablehlo.rsqrt %254 : tensor<3x1xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %257 = stablehlo.multiply %245, %256 : tensor<3x1x10xf32>
    %258 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %259 = stablehlo.multiply %257, %258 : tensor<3x1x10xf32>
    %260 = stablehlo.add %156, %259 : tensor<3x1x10xf32>
    %261 = stablehlo.dot_general %260, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %262 = stablehlo.logistic %261 : tensor<3x1x56xf32>
    %263 = stablehlo.multiply %261, %262 : tensor<3x1x56xf32>
    %264 = stablehlo.dot_general %260, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %265 = stablehlo.multiply %263, %264 : tensor<3x1x56xf32>
    %266 = stablehlo.dot_general %265, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %267 = stablehlo.multiply %266, %266 : tensor<3x1x10xf32>
    %268 = stablehlo.constant dense<0.0> : tensor<f32>
    %269 = stablehlo.reduce(%267 init: %268) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %270 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %272 = stablehlo.multiply %269, %271 : tensor<3x1xf32>
    %273 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %275 = stablehlo.add %272, %274 : tensor<3x1xf32>
    %276 = stablehlo.rsqrt %275 : tensor<3x1xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %278 = stablehlo.multiply %266, %277 : tensor<3x1x10xf32>
    %279 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %280 = stablehlo.multiply %278, %279 : tensor<3x1x10xf32>
    %281 = stablehlo.add %260, %280 : tensor<3x1x10xf32>
    %282 = stablehlo.reshape %217 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %283 = stablehlo.reshape %218 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %284 = stablehlo.multiply %281, %281 : tensor<3x1x10xf32>
    %285 = stablehlo.constant dense<0.0> : tensor<f32>
    %286 = stablehlo.reduce(%284 init: %285) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %287 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %289 = stablehlo.multiply %286, %288 : tensor<3x1xf32>
    %290 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %292 = stablehlo.add %289, %291 : tensor<3x1xf32>
    %293 = stablehlo.rsqrt %292 : tensor<3x1xf32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %295 = stablehlo.multiply %281, %294 : tensor<3x1x10xf32>
    %296 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %297 = stablehlo.multiply %295, %296 : tensor<3x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %298 = stablehlo.concatenate %157, %282, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %299 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %300 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %301 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %302 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %303 = stablehlo.concatenate %299, %300, %301, %302, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %304 = stablehlo.reshape %298 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %305 = stablehlo.reshape %303 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %306 = "stablehlo.scatter"(%k_cache, %305, %304) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %307 = stablehlo.concatenate %158, %283, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %308 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %309 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %310 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %311 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %312 = stablehlo.concatenate %308, %309, %310, %311, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %313 = stablehlo.reshape %307 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %314 = stablehlo.reshape %312 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %315 = "stablehlo.scatter"(%v_cache, %314, %313) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %316 = stablehlo.reshape %297 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %317 = stablehlo.dot_general %316, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
    %318 = stablehlo.constant dense<0> : tensor<i32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %320 = stablehlo.compare NE, %active, %319, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %321 = stablehlo.broadcast_in_dim %320, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %322 = stablehlo.constant dense<0.0> : tensor<f32>
    %323 = stablehlo.broadcast_in_dim %322, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %324 = stablehlo.select %321, %317, %323 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %324, %306, %315 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
