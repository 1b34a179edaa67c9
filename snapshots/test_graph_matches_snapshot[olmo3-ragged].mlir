// olmo3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo3_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x16x2x2x12xf32>, %v_cache: tensor<3x16x2x2x12xf32>) -> (tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>) {
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
    %14 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %15 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %16 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %17 = stablehlo.add %15, %16 : tensor<3x1x16xi32>
    %18 = stablehlo.compare LT, %14, %15, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %19 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %20 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %21 = stablehlo.compare LE, %20, %19, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %22 = stablehlo.concatenate %18, %21, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %23 = stablehlo.subtract %17, %14 : tensor<3x1x16xi32>
    %24 = stablehlo.constant dense<5> : tensor<i32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %26 = stablehlo.compare LT, %23, %25, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %27 = stablehlo.subtract %19, %20 : tensor<3x1x1xi32>
    %28 = stablehlo.constant dense<5> : tensor<i32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %30 = stablehlo.compare LT, %27, %29, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %31 = stablehlo.and %18, %26 : tensor<3x1x16xi1>
    %32 = stablehlo.and %21, %30 : tensor<3x1x1xi1>
    %33 = stablehlo.concatenate %31, %32, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %34 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %35 = stablehlo.reshape %34 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %36 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %37 = stablehlo.reshape %36 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
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
    %91 = stablehlo.dot_general %90, %35, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x1x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x1x16xf32>
    %92 = stablehlo.dot_general %90, %89, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x1x1xf32>
    %93 = stablehlo.concatenate %91, %92, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %94 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %96 = stablehlo.multiply %93, %95 : tensor<3x2x1x1x17xf32>
    %97 = stablehlo.broadcast_in_dim %33, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %98 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %100 = stablehlo.select %97, %96, %99 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %101 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %102 = stablehlo.reduce(%100 init: %101) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %104 = stablehlo.subtract %100, %103 : tensor<3x2x1x1x17xf32>
    %105 = stablehlo.exponential %104 : tensor<3x2x1x1x17xf32>
    %106 = stablehlo.constant dense<0.0> : tensor<f32>
    %107 = stablehlo.reduce(%105 init: %106) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %109 = stablehlo.divide %105, %108 : tensor<3x2x1x1x17xf32>
    %110 = "stablehlo.slice"(%109) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %111 = "stablehlo.slice"(%109) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %112 = stablehlo.dot_general %110, %37, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x1x12xf32>
    %113 = stablehlo.dot_general %111, %71, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x1x12xf32>
    %114 = stablehlo.add %112, %113 : tensor<3x2x1x1x12xf32>
    %115 = stablehlo.transpose %114, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %116 = stablehlo.reshape %115 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %117 = stablehlo.dot_general %116, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %118 = stablehlo.multiply %117, %117 : tensor<3x1x10xf32>
    %119 = stablehlo.constant dense<0.0> : tensor<f32>
    %120 = stablehlo.reduce(%118 init: %119) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %121 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<3x1xf32>
    %124 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %126 = stablehlo.add %123, %125 : tensor<3x1xf32>
    %127 = stablehlo.rsqrt %126 : tensor<3x1xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %129 = stablehlo.multiply %117, %128 : tensor<3x1x10xf32>
    %130 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %131 = stablehlo.multiply %129, %130 : tensor<3x1x10xf32>
    %132 = stablehlo.add %2, %131 : tensor<3x1x10xf32>
    %133 = stablehlo.dot_general %132, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %134 = stablehlo.logistic %133 : tensor<3x1x56xf32>
    %135 = stablehlo.multiply %133, %134 : tensor<3x1x56xf32>
    %136 = stablehlo.dot_general %132, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %137 = stablehlo.multiply %135, %136 : tensor<3x1x56xf32>
    %138 = stablehlo.dot_general %137, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %139 = stablehlo.multiply %138, %138 : tensor<3x1x10xf32>
    %140 = stablehlo.constant dense<0.0> : tensor<f32>
    %141 = stablehlo.reduce(%139 init: %140) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %142 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<3x1xf32>
    %145 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %147 = stablehlo.add %144, %146 : tensor<3x1xf32>
    %148 = stablehlo.rsqrt %147 : tensor<3x1xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %150 = stablehlo.multiply %138, %149 : tensor<3x1x10xf32>
    %151 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %152 = stablehlo.multiply %150, %151 : tensor<3x1x10xf32>
    %153 = stablehlo.add %132, %152 : tensor<3x1x10xf32>
    %154 = stablehlo.reshape %89 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %155 = stablehlo.reshape %71 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    // layer 1: full_attention
    %156 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %157 = stablehlo.reshape %156 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %158 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %159 = stablehlo.reshape %158 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %160 = stablehlo.dot_general %153, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %161 = stablehlo.dot_general %153, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %162 = stablehlo.dot_general %153, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %163 = stablehlo.multiply %160, %160 : tensor<3x1x24xf32>
    %164 = stablehlo.constant dense<0.0> : tensor<f32>
    %165 = stablehlo.reduce(%163 init: %164) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %166 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<3x1xf32>
    %169 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %171 = stablehlo.add %168, %170 : tensor<3x1xf32>
    %172 = stablehlo.rsqrt %171 : tensor<3x1xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %174 = stablehlo.multiply %160, %173 : tensor<3x1x24xf32>
    %175 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %176 = stablehlo.multiply %174, %175 : tensor<3x1x24xf32>
    %177 = stablehlo.multiply %161, %161 : tensor<3x1x24xf32>
    %178 = stablehlo.constant dense<0.0> : tensor<f32>
    %179 = stablehlo.reduce(%177 init: %178) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %180 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %182 = stablehlo.multiply %179, %181 : tensor<3x1xf32>
    %183 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %185 = stablehlo.add %182, %184 : tensor<3x1xf32>
    %186 = stablehlo.rsqrt %185 : tensor<3x1xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %188 = stablehlo.multiply %161, %187 : tensor<3x1x24xf32>
    %189 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %190 = stablehlo.multiply %188, %189 : tensor<3x1x24xf32>
    %191 = stablehlo.reshape %176 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %192 = stablehlo.reshape %190 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %193 = stablehlo.reshape %162 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %194 = "stablehlo.slice"(%191) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %195 = "stablehlo.slice"(%191) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %196 = stablehlo.negate %195 : tensor<3x1x2x6xf32>
    %197 = stablehlo.concatenate %196, %194, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %198 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %199 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %200 = stablehlo.multiply %191, %198 : tensor<3x1x2x12xf32>
    %201 = stablehlo.multiply %197, %199 : tensor<3x1x2x12xf32>
    %202 = stablehlo.add %200, %201 : tensor<3x1x2x12xf32>
    %203 = "stablehlo.slice"(%192) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %204 = "stablehlo.slice"(%192) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %205 = stablehlo.negate %204 : tensor<3x1x2x6xf32>
    %206 = stablehlo.concatenate %205, %203, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %207 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %208 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %209 = stablehlo.multiply %192, %207 : tensor<3x1x2x12xf32>
    %210 = stablehlo.multiply %206, %208 : tensor<3x1x2x12xf32>
    %211 = stablehlo.add %209, %210 : tensor<3x1x2x12xf32>
    %212 = stablehlo.reshape %202 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %213 = stablehlo.dot_general %212, %157, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x1x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x1x16xf32>
    %214 = stablehlo.dot_general %212, %211, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x1x1xf32>
    %215 = stablehlo.concatenate %213, %214, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %216 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %218 = stablehlo.multiply %215, %217 : tensor<3x2x1x1x17xf32>
    %219 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %220 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %222 = stablehlo.select %219, %218, %221 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %223 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %224 = stablehlo.reduce(%222 init: %223) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %226 = stablehlo.subtract %222, %225 : tensor<3x2x1x1x17xf32>
    %227 = stablehlo.exponential %226 : tensor<3x2x1x1x17xf32>
    %228 = stablehlo.constant dense<0.0> : tensor<f32>
    %229 = stablehlo.reduce(%227 init: %228) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %231 = stablehlo.divide %227, %230 : tensor<3x2x1x1x17xf32>
    %232 = "stablehlo.slice"(%231) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %233 = "stablehlo.slice"(%231) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %234 = stablehlo.dot_general %232, %159, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x1x12xf32>
    %235 = stablehlo.dot_general %233, %193, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x1x12xf32>
    %236 = stablehlo.add %234, %235 : tensor<3x2x1x1x12xf32>
    %237 = stablehlo.transpose %236, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %238 = stablehlo.reshape %237 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %239 = stablehlo.dot_general %238, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %240 = stablehlo.multiply %239, %239 : tensor<3x1x10xf32>
    %241 = stablehlo.constant dense<0.0> : tensor<f32>
    %242 = stablehlo.reduce(%240 init: %241) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %243 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %245 = stablehlo.multiply %242, %244 : tensor<3x1xf32>
    %246 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %248 = stablehlo.add %245, %247 : tensor<3x1xf32>
    %249 = stablehlo.rsqrt %248 : tensor<3x1xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %251 = stablehlo.multiply %239, %250 : tensor<3x1x10xf32>
    %252 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %253 = stablehlo.multiply %251, %252 : tensor<3x1x10xf32>
    %254 = stablehlo.add %153, %253 : tensor<3x1x10xf32>
    %255 = stablehlo.dot_general %254, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %256 = stablehlo.logistic %255 : tensor<3x1x56xf32>
    %257 = stablehlo.multiply %255, %256 : tensor<3x1x56xf32>
    %258 = stablehlo.dot_general %254, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %259 = stablehlo.multiply %257, %258 : tensor<3x1x56xf32>
    %260 = stablehlo.dot_general %259, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %261 = stablehlo.multiply %260, %260 : tensor<3x1x10xf32>
    %262 = stablehlo.constant dense<0.0> : tensor<f32>
    %263 = stablehlo.reduce(%261 init: %262) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %264 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %266 = stablehlo.multiply %263, %265 : tensor<3x1xf32>
    %267 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %269 = stablehlo.add %266, %268 : tensor<3x1xf32>
    %270 = stablehlo.rsqrt %269 : tensor<3x1xf32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %272 = stablehlo.multiply %260, %271 : tensor<3x1x10xf32>
    %273 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %274 = stablehlo.multiply %272, %273 : tensor<3x1x10xf32>
    %275 = stablehlo.add %254, %274 : tensor<3x1x10xf32>
    %276 = stablehlo.reshape %211 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %277 = stablehlo.reshape %193 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %278 = stablehlo.multiply %275, %275 : tensor<3x1x10xf32>
    %279 = stablehlo.constant dense<0.0> : tensor<f32>
    %280 = stablehlo.reduce(%278 init: %279) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %281 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %283 = stablehlo.multiply %280, %282 : tensor<3x1xf32>
    %284 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %286 = stablehlo.add %283, %285 : tensor<3x1xf32>
    %287 = stablehlo.rsqrt %286 : tensor<3x1xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %289 = stablehlo.multiply %275, %288 : tensor<3x1x10xf32>
    %290 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %291 = stablehlo.multiply %289, %290 : tensor<3x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %292 = stablehlo.concatenate %154, %276, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %293 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %294 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %295 = stablehlo.concatenate %293, %294, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %296 = stablehlo.reshape %292 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %297 = "stablehlo.scatter"(%k_cache, %295, %296) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %298 = stablehlo.concatenate %155, %277, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %299 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %300 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %301 = stablehlo.concatenate %299, %300, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %302 = stablehlo.reshape %298 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %303 = "stablehlo.scatter"(%v_cache, %301, %302) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %304 = stablehlo.reshape %291 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %305 = stablehlo.dot_general %304, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
    %306 = stablehlo.constant dense<0> : tensor<i32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %308 = stablehlo.compare NE, %active, %307, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %309 = stablehlo.broadcast_in_dim %308, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %310 = stablehlo.constant dense<0.0> : tensor<f32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %312 = stablehlo.select %309, %305, %311 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %312, %297, %303 : tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>
  }
}
