// olmo2 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo2_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
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
    %17 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %18 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %19 = stablehlo.compare LE, %18, %17, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %20 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %21 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %22 = stablehlo.compare LT, %20, %21, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %23 = stablehlo.concatenate %22, %19, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: full_attention
    %24 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %26 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %28 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %29 = stablehlo.reshape %28 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %30 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %31 = stablehlo.reshape %30 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %32 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %33 = stablehlo.reshape %32 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %34 = stablehlo.multiply %29, %29 : tensor<1x1x24xf32>
    %35 = stablehlo.constant dense<0.0> : tensor<f32>
    %36 = stablehlo.reduce(%34 init: %35) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %37 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %39 = stablehlo.multiply %36, %38 : tensor<1x1xf32>
    %40 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %42 = stablehlo.add %39, %41 : tensor<1x1xf32>
    %43 = stablehlo.rsqrt %42 : tensor<1x1xf32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %45 = stablehlo.multiply %29, %44 : tensor<1x1x24xf32>
    %46 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %47 = stablehlo.multiply %45, %46 : tensor<1x1x24xf32>
    %48 = stablehlo.multiply %31, %31 : tensor<1x1x24xf32>
    %49 = stablehlo.constant dense<0.0> : tensor<f32>
    %50 = stablehlo.reduce(%48 init: %49) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %51 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %51, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %53 = stablehlo.multiply %50, %52 : tensor<1x1xf32>
    %54 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %56 = stablehlo.add %53, %55 : tensor<1x1xf32>
    %57 = stablehlo.rsqrt %56 : tensor<1x1xf32>
    %58 = stablehlo.broadcast_in_dim %57, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %59 = stablehlo.multiply %31, %58 : tensor<1x1x24xf32>
    %60 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %61 = stablehlo.multiply %59, %60 : tensor<1x1x24xf32>
    %62 = stablehlo.reshape %47 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %63 = stablehlo.reshape %61 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %64 = stablehlo.reshape %33 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %65 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %66 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %67 = stablehlo.negate %66 : tensor<1x1x2x6xf32>
    %68 = stablehlo.concatenate %67, %65, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %69 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %70 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %71 = stablehlo.multiply %62, %69 : tensor<1x1x2x12xf32>
    %72 = stablehlo.multiply %68, %70 : tensor<1x1x2x12xf32>
    %73 = stablehlo.add %71, %72 : tensor<1x1x2x12xf32>
    %74 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %75 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %76 = stablehlo.negate %75 : tensor<1x1x2x6xf32>
    %77 = stablehlo.concatenate %76, %74, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %78 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %79 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %80 = stablehlo.multiply %63, %78 : tensor<1x1x2x12xf32>
    %81 = stablehlo.multiply %77, %79 : tensor<1x1x2x12xf32>
    %82 = stablehlo.add %80, %81 : tensor<1x1x2x12xf32>
    %83 = stablehlo.reshape %73 : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x1x12xf32>
    %84 = stablehlo.transpose %83, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %85 = stablehlo.transpose %82, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %86 = stablehlo.transpose %64, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %87 = stablehlo.dot_general %84, %85, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %88 = stablehlo.dot_general %84, %25, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %89 = stablehlo.concatenate %88, %87, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %90 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<1x2x1x1x17xf32>
    %93 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %94 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %96 = stablehlo.select %93, %92, %95 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %97 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %98 = stablehlo.reduce(%96 init: %97) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %100 = stablehlo.subtract %96, %99 : tensor<1x2x1x1x17xf32>
    %101 = stablehlo.exponential %100 : tensor<1x2x1x1x17xf32>
    %102 = stablehlo.constant dense<0.0> : tensor<f32>
    %103 = stablehlo.reduce(%101 init: %102) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %105 = stablehlo.divide %101, %104 : tensor<1x2x1x1x17xf32>
    %106 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %107 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %108 = stablehlo.dot_general %106, %27, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %109 = stablehlo.dot_general %107, %86, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %110 = stablehlo.add %108, %109 : tensor<1x2x1x1x12xf32>
    %111 = stablehlo.transpose %110, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %112 = stablehlo.reshape %111 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %113 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %112, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x24xf32>, tensor<1x1x24xf32>) -> tensor<10x1x1xf32>
    %114 = stablehlo.reshape %113 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %115 = stablehlo.multiply %114, %114 : tensor<1x1x10xf32>
    %116 = stablehlo.constant dense<0.0> : tensor<f32>
    %117 = stablehlo.reduce(%115 init: %116) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %118 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %120 = stablehlo.multiply %117, %119 : tensor<1x1xf32>
    %121 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %123 = stablehlo.add %120, %122 : tensor<1x1xf32>
    %124 = stablehlo.rsqrt %123 : tensor<1x1xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %126 = stablehlo.multiply %114, %125 : tensor<1x1x10xf32>
    %127 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %128 = stablehlo.multiply %126, %127 : tensor<1x1x10xf32>
    %129 = stablehlo.add %5, %128 : tensor<1x1x10xf32>
    %130 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %129, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %131 = stablehlo.reshape %130 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %132 = stablehlo.logistic %131 : tensor<1x1x56xf32>
    %133 = stablehlo.multiply %131, %132 : tensor<1x1x56xf32>
    %134 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %129, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %135 = stablehlo.reshape %134 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %136 = stablehlo.multiply %133, %135 : tensor<1x1x56xf32>
    %137 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %136, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x56xf32>, tensor<1x1x56xf32>) -> tensor<10x1x1xf32>
    %138 = stablehlo.reshape %137 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %139 = stablehlo.multiply %138, %138 : tensor<1x1x10xf32>
    %140 = stablehlo.constant dense<0.0> : tensor<f32>
    %141 = stablehlo.reduce(%139 init: %140) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %142 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<1x1xf32>
    %145 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %147 = stablehlo.add %144, %146 : tensor<1x1xf32>
    %148 = stablehlo.rsqrt %147 : tensor<1x1xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %150 = stablehlo.multiply %138, %149 : tensor<1x1x10xf32>
    %151 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %152 = stablehlo.multiply %150, %151 : tensor<1x1x10xf32>
    %153 = stablehlo.add %129, %152 : tensor<1x1x10xf32>
    %154 = stablehlo.reshape %85 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %155 = stablehlo.reshape %86 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %156 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %158 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %160 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %153, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %161 = stablehlo.reshape %160 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %162 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %153, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %163 = stablehlo.reshape %162 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %164 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %153, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %165 = stablehlo.reshape %164 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %166 = stablehlo.multiply %161, %161 : tensor<1x1x24xf32>
    %167 = stablehlo.constant dense<0.0> : tensor<f32>
    %168 = stablehlo.reduce(%166 init: %167) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %169 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %171 = stablehlo.multiply %168, %170 : tensor<1x1xf32>
    %172 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %174 = stablehlo.add %171, %173 : tensor<1x1xf32>
    %175 = stablehlo.rsqrt %174 : tensor<1x1xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %177 = stablehlo.multiply %161, %176 : tensor<1x1x24xf32>
    %178 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<1x1x24xf32>
    %180 = stablehlo.multiply %163, %163 : tensor<1x1x24xf32>
    %181 = stablehlo.constant dense<0.0> : tensor<f32>
    %182 = stablehlo.reduce(%180 init: %181) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %183 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %185 = stablehlo.multiply %182, %184 : tensor<1x1xf32>
    %186 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %188 = stablehlo.add %185, %187 : tensor<1x1xf32>
    %189 = stablehlo.rsqrt %188 : tensor<1x1xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %191 = stablehlo.multiply %163, %190 : tensor<1x1x24xf32>
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
    %216 = stablehlo.transpose %215, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %217 = stablehlo.transpose %214, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %218 = stablehlo.transpose %196, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %219 = stablehlo.dot_general %216, %217, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %220 = stablehlo.dot_general %216, %157, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %221 = stablehlo.concatenate %220, %219, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %222 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %224 = stablehlo.multiply %221, %223 : tensor<1x2x1x1x17xf32>
    %225 = stablehlo.broadcast_in_dim %23, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %226 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %228 = stablehlo.select %225, %224, %227 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %229 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %230 = stablehlo.reduce(%228 init: %229) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %232 = stablehlo.subtract %228, %231 : tensor<1x2x1x1x17xf32>
    %233 = stablehlo.exponential %232 : tensor<1x2x1x1x17xf32>
    %234 = stablehlo.constant dense<0.0> : tensor<f32>
    %235 = stablehlo.reduce(%233 init: %234) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %237 = stablehlo.divide %233, %236 : tensor<1x2x1x1x17xf32>
    %238 = "stablehlo.slice"(%237) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %239 = "stablehlo.slice"(%237) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %240 = stablehlo.dot_general %238, %159, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %241 = stablehlo.dot_general %239, %218, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %242 = stablehlo.add %240, %241 : tensor<1x2x1x1x12xf32>
    %243 = stablehlo.transpose %242, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %244 = stablehlo.reshape %243 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %245 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %244, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x24xf32>, tensor<1x1x24xf32>) -> tensor<10x1x1xf32>
    %246 = stablehlo.reshape %245 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %247 = stablehlo.multiply %246, %246 : tensor<1x1x10xf32>
    %248 = stablehlo.constant dense<0.0> : tensor<f32>
    %249 = stablehlo.reduce(%247 init: %248) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %250 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %252 = stablehlo.multiply %249, %251 : tensor<1x1xf32>
    %253 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %255 = stablehlo.add %252, %254 : tensor<1x1xf32>
    %256 = stablehlo.rsqrt %255 : tensor<1x1xf32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %258 = stablehlo.multiply %246, %257 : tensor<1x1x10xf32>
    %259 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<1x1x10xf32>
    %261 = stablehlo.add %153, %260 : tensor<1x1x10xf32>
    %262 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %261, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %263 = stablehlo.reshape %262 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %264 = stablehlo.logistic %263 : tensor<1x1x56xf32>
    %265 = stablehlo.multiply %263, %264 : tensor<1x1x56xf32>
    %266 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %261, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %267 = stablehlo.reshape %266 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %268 = stablehlo.multiply %265, %267 : tensor<1x1x56xf32>
    %269 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %268, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x56xf32>, tensor<1x1x56xf32>) -> tensor<10x1x1xf32>
    %270 = stablehlo.reshape %269 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %271 = stablehlo.multiply %270, %270 : tensor<1x1x10xf32>
    %272 = stablehlo.constant dense<0.0> : tensor<f32>
    %273 = stablehlo.reduce(%271 init: %272) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %274 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<1x1xf32>
    %277 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %279 = stablehlo.add %276, %278 : tensor<1x1xf32>
    %280 = stablehlo.rsqrt %279 : tensor<1x1xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %282 = stablehlo.multiply %270, %281 : tensor<1x1x10xf32>
    %283 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %284 = stablehlo.multiply %282, %283 : tensor<1x1x10xf32>
    %285 = stablehlo.add %261, %284 : tensor<1x1x10xf32>
    %286 = stablehlo.reshape %217 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %287 = stablehlo.reshape %218 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %288 = stablehlo.multiply %285, %285 : tensor<1x1x10xf32>
    %289 = stablehlo.constant dense<0.0> : tensor<f32>
    %290 = stablehlo.reduce(%288 init: %289) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %291 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %293 = stablehlo.multiply %290, %292 : tensor<1x1xf32>
    %294 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %296 = stablehlo.add %293, %295 : tensor<1x1xf32>
    %297 = stablehlo.rsqrt %296 : tensor<1x1xf32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %299 = stablehlo.multiply %285, %298 : tensor<1x1x10xf32>
    %300 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %301 = stablehlo.multiply %299, %300 : tensor<1x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %302 = stablehlo.concatenate %154, %286, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %303 = stablehlo.constant dense<0> : tensor<i32>
    %304 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %305 = stablehlo.dynamic_update_slice %2, %302, %303, %303, %303, %304, %303 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %306 = stablehlo.concatenate %155, %287, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %307 = stablehlo.constant dense<0> : tensor<i32>
    %308 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %309 = stablehlo.dynamic_update_slice %3, %306, %307, %307, %307, %308, %307 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %310 = stablehlo.reshape %301 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %311 = stablehlo.dot_general %lm_head.weight, %310, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x10xf32>, tensor<10xf32>) -> tensor<97xf32>
    %312 = stablehlo.reshape %305 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %313 = stablehlo.reshape %309 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %311, %312, %313 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
