// olmo3 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo3_decode {
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
    %20 = stablehlo.subtract %17, %18 : tensor<1x1x1xi32>
    %21 = stablehlo.constant dense<5> : tensor<i32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<i32>) -> tensor<1x1x1xi32>
    %23 = stablehlo.compare LT, %20, %22, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %24 = stablehlo.and %19, %23 : tensor<1x1x1xi1>
    %25 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %26 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %27 = stablehlo.compare LT, %25, %26, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %28 = stablehlo.concatenate %27, %19, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    %29 = stablehlo.iota dim = 1 : tensor<1x1x16xi32>
    %30 = stablehlo.add %26, %29 : tensor<1x1x16xi32>
    %31 = stablehlo.subtract %30, %25 : tensor<1x1x16xi32>
    %32 = stablehlo.constant dense<5> : tensor<i32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<i32>) -> tensor<1x1x16xi32>
    %34 = stablehlo.compare LT, %31, %33, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %35 = stablehlo.and %27, %34 : tensor<1x1x16xi1>
    %36 = stablehlo.concatenate %35, %24, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: sliding_attention
    %37 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %38 = stablehlo.reshape %37 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %39 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %41 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %42 = stablehlo.reshape %41 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %43 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %44 = stablehlo.reshape %43 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %45 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %46 = stablehlo.reshape %45 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %47 = stablehlo.multiply %42, %42 : tensor<1x1x24xf32>
    %48 = stablehlo.constant dense<0.0> : tensor<f32>
    %49 = stablehlo.reduce(%47 init: %48) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %50 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %52 = stablehlo.multiply %49, %51 : tensor<1x1xf32>
    %53 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %55 = stablehlo.add %52, %54 : tensor<1x1xf32>
    %56 = stablehlo.rsqrt %55 : tensor<1x1xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %58 = stablehlo.multiply %42, %57 : tensor<1x1x24xf32>
    %59 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %60 = stablehlo.multiply %58, %59 : tensor<1x1x24xf32>
    %61 = stablehlo.multiply %44, %44 : tensor<1x1x24xf32>
    %62 = stablehlo.constant dense<0.0> : tensor<f32>
    %63 = stablehlo.reduce(%61 init: %62) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %64 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %66 = stablehlo.multiply %63, %65 : tensor<1x1xf32>
    %67 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %69 = stablehlo.add %66, %68 : tensor<1x1xf32>
    %70 = stablehlo.rsqrt %69 : tensor<1x1xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %72 = stablehlo.multiply %44, %71 : tensor<1x1x24xf32>
    %73 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %74 = stablehlo.multiply %72, %73 : tensor<1x1x24xf32>
    %75 = stablehlo.reshape %60 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %76 = stablehlo.reshape %74 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %77 = stablehlo.reshape %46 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %78 = "stablehlo.slice"(%75) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %79 = "stablehlo.slice"(%75) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %80 = stablehlo.negate %79 : tensor<1x1x2x6xf32>
    %81 = stablehlo.concatenate %80, %78, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %82 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %83 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %84 = stablehlo.multiply %75, %82 : tensor<1x1x2x12xf32>
    %85 = stablehlo.multiply %81, %83 : tensor<1x1x2x12xf32>
    %86 = stablehlo.add %84, %85 : tensor<1x1x2x12xf32>
    %87 = "stablehlo.slice"(%76) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %88 = "stablehlo.slice"(%76) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %89 = stablehlo.negate %88 : tensor<1x1x2x6xf32>
    %90 = stablehlo.concatenate %89, %87, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %91 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %92 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %93 = stablehlo.multiply %76, %91 : tensor<1x1x2x12xf32>
    %94 = stablehlo.multiply %90, %92 : tensor<1x1x2x12xf32>
    %95 = stablehlo.add %93, %94 : tensor<1x1x2x12xf32>
    %96 = stablehlo.reshape %86 : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x1x12xf32>
    %97 = stablehlo.transpose %96, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %98 = stablehlo.transpose %95, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %99 = stablehlo.transpose %77, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %100 = stablehlo.dot_general %97, %98, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %101 = stablehlo.dot_general %97, %38, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %102 = stablehlo.concatenate %101, %100, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %103 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<1x2x1x1x17xf32>
    %106 = stablehlo.broadcast_in_dim %36, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %107 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %109 = stablehlo.select %106, %105, %108 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %110 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %111 = stablehlo.reduce(%109 init: %110) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %113 = stablehlo.subtract %109, %112 : tensor<1x2x1x1x17xf32>
    %114 = stablehlo.exponential %113 : tensor<1x2x1x1x17xf32>
    %115 = stablehlo.constant dense<0.0> : tensor<f32>
    %116 = stablehlo.reduce(%114 init: %115) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %118 = stablehlo.divide %114, %117 : tensor<1x2x1x1x17xf32>
    %119 = "stablehlo.slice"(%118) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %120 = "stablehlo.slice"(%118) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %121 = stablehlo.dot_general %119, %40, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %122 = stablehlo.dot_general %120, %99, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %123 = stablehlo.add %121, %122 : tensor<1x2x1x1x12xf32>
    %124 = stablehlo.transpose %123, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %125 = stablehlo.reshape %124 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %126 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %125, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x24xf32>, tensor<1x1x24xf32>) -> tensor<10x1x1xf32>
    %127 = stablehlo.reshape %126 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %128 = stablehlo.multiply %127, %127 : tensor<1x1x10xf32>
    %129 = stablehlo.constant dense<0.0> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %131 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<1x1xf32>
    %134 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %136 = stablehlo.add %133, %135 : tensor<1x1xf32>
    %137 = stablehlo.rsqrt %136 : tensor<1x1xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %139 = stablehlo.multiply %127, %138 : tensor<1x1x10xf32>
    %140 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %141 = stablehlo.multiply %139, %140 : tensor<1x1x10xf32>
    %142 = stablehlo.add %5, %141 : tensor<1x1x10xf32>
    %143 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %142, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %144 = stablehlo.reshape %143 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %145 = stablehlo.logistic %144 : tensor<1x1x56xf32>
    %146 = stablehlo.multiply %144, %145 : tensor<1x1x56xf32>
    %147 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %142, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %148 = stablehlo.reshape %147 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %149 = stablehlo.multiply %146, %148 : tensor<1x1x56xf32>
    %150 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %149, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x56xf32>, tensor<1x1x56xf32>) -> tensor<10x1x1xf32>
    %151 = stablehlo.reshape %150 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %152 = stablehlo.multiply %151, %151 : tensor<1x1x10xf32>
    %153 = stablehlo.constant dense<0.0> : tensor<f32>
    %154 = stablehlo.reduce(%152 init: %153) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %155 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<1x1xf32>
    %158 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %160 = stablehlo.add %157, %159 : tensor<1x1xf32>
    %161 = stablehlo.rsqrt %160 : tensor<1x1xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %163 = stablehlo.multiply %151, %162 : tensor<1x1x10xf32>
    %164 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %165 = stablehlo.multiply %163, %164 : tensor<1x1x10xf32>
    %166 = stablehlo.add %142, %165 : tensor<1x1x10xf32>
    %167 = stablehlo.reshape %98 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %168 = stablehlo.reshape %99 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %169 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %171 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %173 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %166, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %174 = stablehlo.reshape %173 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %175 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %166, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %176 = stablehlo.reshape %175 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %177 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %166, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %178 = stablehlo.reshape %177 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %179 = stablehlo.multiply %174, %174 : tensor<1x1x24xf32>
    %180 = stablehlo.constant dense<0.0> : tensor<f32>
    %181 = stablehlo.reduce(%179 init: %180) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %182 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<1x1xf32>
    %185 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %187 = stablehlo.add %184, %186 : tensor<1x1xf32>
    %188 = stablehlo.rsqrt %187 : tensor<1x1xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %190 = stablehlo.multiply %174, %189 : tensor<1x1x24xf32>
    %191 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %192 = stablehlo.multiply %190, %191 : tensor<1x1x24xf32>
    %193 = stablehlo.multiply %176, %176 : tensor<1x1x24xf32>
    %194 = stablehlo.constant dense<0.0> : tensor<f32>
    %195 = stablehlo.reduce(%193 init: %194) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %196 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %198 = stablehlo.multiply %195, %197 : tensor<1x1xf32>
    %199 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %201 = stablehlo.add %198, %200 : tensor<1x1xf32>
    %202 = stablehlo.rsqrt %201 : tensor<1x1xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %204 = stablehlo.multiply %176, %203 : tensor<1x1x24xf32>
    %205 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<1x1x24xf32>
    %207 = stablehlo.reshape %192 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %208 = stablehlo.reshape %206 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %209 = stablehlo.reshape %178 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %210 = "stablehlo.slice"(%207) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %211 = "stablehlo.slice"(%207) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %212 = stablehlo.negate %211 : tensor<1x1x2x6xf32>
    %213 = stablehlo.concatenate %212, %210, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %214 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %215 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %216 = stablehlo.multiply %207, %214 : tensor<1x1x2x12xf32>
    %217 = stablehlo.multiply %213, %215 : tensor<1x1x2x12xf32>
    %218 = stablehlo.add %216, %217 : tensor<1x1x2x12xf32>
    %219 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %220 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %221 = stablehlo.negate %220 : tensor<1x1x2x6xf32>
    %222 = stablehlo.concatenate %221, %219, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %223 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %224 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %225 = stablehlo.multiply %208, %223 : tensor<1x1x2x12xf32>
    %226 = stablehlo.multiply %222, %224 : tensor<1x1x2x12xf32>
    %227 = stablehlo.add %225, %226 : tensor<1x1x2x12xf32>
    %228 = stablehlo.reshape %218 : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x1x12xf32>
    %229 = stablehlo.transpose %228, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %230 = stablehlo.transpose %227, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %231 = stablehlo.transpose %209, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %232 = stablehlo.dot_general %229, %230, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %233 = stablehlo.dot_general %229, %170, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %234 = stablehlo.concatenate %233, %232, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %235 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %237 = stablehlo.multiply %234, %236 : tensor<1x2x1x1x17xf32>
    %238 = stablehlo.broadcast_in_dim %28, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %239 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %241 = stablehlo.select %238, %237, %240 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %242 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %243 = stablehlo.reduce(%241 init: %242) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %245 = stablehlo.subtract %241, %244 : tensor<1x2x1x1x17xf32>
    %246 = stablehlo.exponential %245 : tensor<1x2x1x1x17xf32>
    %247 = stablehlo.constant dense<0.0> : tensor<f32>
    %248 = stablehlo.reduce(%246 init: %247) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %250 = stablehlo.divide %246, %249 : tensor<1x2x1x1x17xf32>
    %251 = "stablehlo.slice"(%250) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %252 = "stablehlo.slice"(%250) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %253 = stablehlo.dot_general %251, %172, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %254 = stablehlo.dot_general %252, %231, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %255 = stablehlo.add %253, %254 : tensor<1x2x1x1x12xf32>
    %256 = stablehlo.transpose %255, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %257 = stablehlo.reshape %256 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %258 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %257, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x24xf32>, tensor<1x1x24xf32>) -> tensor<10x1x1xf32>
    %259 = stablehlo.reshape %258 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %260 = stablehlo.multiply %259, %259 : tensor<1x1x10xf32>
    %261 = stablehlo.constant dense<0.0> : tensor<f32>
    %262 = stablehlo.reduce(%260 init: %261) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %263 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %265 = stablehlo.multiply %262, %264 : tensor<1x1xf32>
    %266 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %268 = stablehlo.add %265, %267 : tensor<1x1xf32>
    %269 = stablehlo.rsqrt %268 : tensor<1x1xf32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %271 = stablehlo.multiply %259, %270 : tensor<1x1x10xf32>
    %272 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %273 = stablehlo.multiply %271, %272 : tensor<1x1x10xf32>
    %274 = stablehlo.add %166, %273 : tensor<1x1x10xf32>
    %275 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %274, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %276 = stablehlo.reshape %275 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %277 = stablehlo.logistic %276 : tensor<1x1x56xf32>
    %278 = stablehlo.multiply %276, %277 : tensor<1x1x56xf32>
    %279 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %274, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %280 = stablehlo.reshape %279 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %281 = stablehlo.multiply %278, %280 : tensor<1x1x56xf32>
    %282 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %281, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x56xf32>, tensor<1x1x56xf32>) -> tensor<10x1x1xf32>
    %283 = stablehlo.reshape %282 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %284 = stablehlo.multiply %283, %283 : tensor<1x1x10xf32>
    %285 = stablehlo.constant dense<0.0> : tensor<f32>
    %286 = stablehlo.reduce(%284 init: %285) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %287 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %289 = stablehlo.multiply %286, %288 : tensor<1x1xf32>
    %290 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %292 = stablehlo.add %289, %291 : tensor<1x1xf32>
    %293 = stablehlo.rsqrt %292 : tensor<1x1xf32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %295 = stablehlo.multiply %283, %294 : tensor<1x1x10xf32>
    %296 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %297 = stablehlo.multiply %295, %296 : tensor<1x1x10xf32>
    %298 = stablehlo.add %274, %297 : tensor<1x1x10xf32>
    %299 = stablehlo.reshape %230 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %300 = stablehlo.reshape %231 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %301 = stablehlo.multiply %298, %298 : tensor<1x1x10xf32>
    %302 = stablehlo.constant dense<0.0> : tensor<f32>
    %303 = stablehlo.reduce(%301 init: %302) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %304 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %305 = stablehlo.broadcast_in_dim %304, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %306 = stablehlo.multiply %303, %305 : tensor<1x1xf32>
    %307 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %308 = stablehlo.broadcast_in_dim %307, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %309 = stablehlo.add %306, %308 : tensor<1x1xf32>
    %310 = stablehlo.rsqrt %309 : tensor<1x1xf32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %312 = stablehlo.multiply %298, %311 : tensor<1x1x10xf32>
    %313 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %314 = stablehlo.multiply %312, %313 : tensor<1x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %315 = stablehlo.concatenate %167, %299, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %316 = stablehlo.constant dense<0> : tensor<i32>
    %317 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %318 = stablehlo.dynamic_update_slice %2, %315, %316, %316, %316, %317, %316 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %319 = stablehlo.concatenate %168, %300, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %320 = stablehlo.constant dense<0> : tensor<i32>
    %321 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %322 = stablehlo.dynamic_update_slice %3, %319, %320, %320, %320, %321, %320 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %323 = stablehlo.reshape %314 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %324 = stablehlo.dot_general %lm_head.weight, %323, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x10xf32>, tensor<10xf32>) -> tensor<97xf32>
    %325 = stablehlo.reshape %318 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %326 = stablehlo.reshape %322 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %324, %325, %326 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
