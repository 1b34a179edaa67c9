// gemma2 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @gemma2_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<3x1x1xi32>) -> tensor<3x1x20xf32>
    %3 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<3x1x20xf32>
    %5 = stablehlo.multiply %2, %4 : tensor<3x1x20xf32>
    %6 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<3x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.2154434621334076, 0.04641588777303696, 0.009999999776482582, 0.002154434798285365, 0.00046415888937190175]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<3x1x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %15 = stablehlo.cosine %14 : tensor<3x1x12xf32>
    %16 = stablehlo.sine %14 : tensor<3x1x12xf32>
    %17 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %18 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %19 = stablehlo.compare LE, %18, %17, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %20 = stablehlo.subtract %17, %18 : tensor<3x1x1xi32>
    %21 = stablehlo.constant dense<5> : tensor<i32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %23 = stablehlo.compare LT, %20, %22, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %24 = stablehlo.and %19, %23 : tensor<3x1x1xi1>
    %25 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %26 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %27 = stablehlo.compare LT, %25, %26, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %28 = stablehlo.concatenate %27, %19, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %29 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %30 = stablehlo.add %26, %29 : tensor<3x1x16xi32>
    %31 = stablehlo.subtract %30, %25 : tensor<3x1x16xi32>
    %32 = stablehlo.constant dense<5> : tensor<i32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %34 = stablehlo.compare LT, %31, %33, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %35 = stablehlo.and %27, %34 : tensor<3x1x16xi1>
    %36 = stablehlo.concatenate %35, %24, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %37 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %38 = stablehlo.reshape %37 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %39 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %40 = stablehlo.reshape %39 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %41 = stablehlo.multiply %5, %5 : tensor<3x1x20xf32>
    %42 = stablehlo.constant dense<0.0> : tensor<f32>
    %43 = stablehlo.reduce(%41 init: %42) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %44 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %46 = stablehlo.multiply %43, %45 : tensor<3x1xf32>
    %47 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %49 = stablehlo.add %46, %48 : tensor<3x1xf32>
    %50 = stablehlo.rsqrt %49 : tensor<3x1xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %52 = stablehlo.multiply %5, %51 : tensor<3x1x20xf32>
    %53 = stablehlo.constant dense<1.0> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %55 = stablehlo.add %model.layers.0.input_layernorm.weight, %54 : tensor<20xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %57 = stablehlo.multiply %52, %56 : tensor<3x1x20xf32>
    %58 = stablehlo.dot_general %57, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %59 = stablehlo.dot_general %57, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %60 = stablehlo.dot_general %57, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %61 = stablehlo.reshape %58 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %62 = stablehlo.reshape %59 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %63 = stablehlo.reshape %60 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %64 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %65 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %66 = stablehlo.negate %65 : tensor<3x1x4x6xf32>
    %67 = stablehlo.concatenate %66, %64, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %68 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %69 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %70 = stablehlo.multiply %61, %68 : tensor<3x1x4x12xf32>
    %71 = stablehlo.multiply %67, %69 : tensor<3x1x4x12xf32>
    %72 = stablehlo.add %70, %71 : tensor<3x1x4x12xf32>
    %73 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %74 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %75 = stablehlo.negate %74 : tensor<3x1x2x6xf32>
    %76 = stablehlo.concatenate %75, %73, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %77 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %78 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %79 = stablehlo.multiply %62, %77 : tensor<3x1x2x12xf32>
    %80 = stablehlo.multiply %76, %78 : tensor<3x1x2x12xf32>
    %81 = stablehlo.add %79, %80 : tensor<3x1x2x12xf32>
    %82 = stablehlo.reshape %72 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %83 = stablehlo.transpose %82, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %84 = stablehlo.transpose %81, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %85 = stablehlo.transpose %63, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %86 = stablehlo.dot_general %83, %84, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %87 = stablehlo.dot_general %83, %38, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %88 = stablehlo.concatenate %87, %86, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %89 = stablehlo.constant dense<0.0625> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %91 = stablehlo.multiply %88, %90 : tensor<3x2x1x2x17xf32>
    %92 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<3x2x1x2x17xf32>
    %95 = stablehlo.tanh %94 : tensor<3x2x1x2x17xf32>
    %96 = stablehlo.constant dense<50.0> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<3x2x1x2x17xf32>
    %99 = stablehlo.broadcast_in_dim %36, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %100 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %102 = stablehlo.select %99, %98, %101 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %103 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %104 = stablehlo.reduce(%102 init: %103) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %106 = stablehlo.subtract %102, %105 : tensor<3x2x1x2x17xf32>
    %107 = stablehlo.exponential %106 : tensor<3x2x1x2x17xf32>
    %108 = stablehlo.constant dense<0.0> : tensor<f32>
    %109 = stablehlo.reduce(%107 init: %108) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %111 = stablehlo.divide %107, %110 : tensor<3x2x1x2x17xf32>
    %112 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %113 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %114 = stablehlo.dot_general %112, %40, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %115 = stablehlo.dot_general %113, %85, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %116 = stablehlo.add %114, %115 : tensor<3x2x1x2x12xf32>
    %117 = stablehlo.transpose %116, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %118 = stablehlo.reshape %117 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %119 = stablehlo.dot_general %118, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %120 = stablehlo.multiply %119, %119 : tensor<3x1x20xf32>
    %121 = stablehlo.constant dense<0.0> : tensor<f32>
    %122 = stablehlo.reduce(%120 init: %121) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %123 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %125 = stablehlo.multiply %122, %124 : tensor<3x1xf32>
    %126 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %128 = stablehlo.add %125, %127 : tensor<3x1xf32>
    %129 = stablehlo.rsqrt %128 : tensor<3x1xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %131 = stablehlo.multiply %119, %130 : tensor<3x1x20xf32>
    %132 = stablehlo.constant dense<1.0> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %134 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %133 : tensor<20xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %136 = stablehlo.multiply %131, %135 : tensor<3x1x20xf32>
    %137 = stablehlo.add %5, %136 : tensor<3x1x20xf32>
    %138 = stablehlo.multiply %137, %137 : tensor<3x1x20xf32>
    %139 = stablehlo.constant dense<0.0> : tensor<f32>
    %140 = stablehlo.reduce(%138 init: %139) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %141 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %143 = stablehlo.multiply %140, %142 : tensor<3x1xf32>
    %144 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %146 = stablehlo.add %143, %145 : tensor<3x1xf32>
    %147 = stablehlo.rsqrt %146 : tensor<3x1xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %149 = stablehlo.multiply %137, %148 : tensor<3x1x20xf32>
    %150 = stablehlo.constant dense<1.0> : tensor<f32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %152 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %151 : tensor<20xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %154 = stablehlo.multiply %149, %153 : tensor<3x1x20xf32>
    %155 = stablehlo.dot_general %154, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %156 = stablehlo.multiply %155, %155 : tensor<3x1x56xf32>
    %157 = stablehlo.multiply %156, %155 : tensor<3x1x56xf32>
    %158 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<3x1x56xf32>
    %161 = stablehlo.add %155, %160 : tensor<3x1x56xf32>
    %162 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %164 = stablehlo.multiply %161, %163 : tensor<3x1x56xf32>
    %165 = stablehlo.constant dense<0.5> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %167 = stablehlo.multiply %155, %166 : tensor<3x1x56xf32>
    %168 = stablehlo.tanh %164 : tensor<3x1x56xf32>
    %169 = stablehlo.constant dense<1.0> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %171 = stablehlo.add %168, %170 : tensor<3x1x56xf32>
    %172 = stablehlo.multiply %167, %171 : tensor<3x1x56xf32>
    %173 = stablehlo.dot_general %154, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %174 = stablehlo.multiply %172, %173 : tensor<3x1x56xf32>
    %175 = stablehlo.dot_general %174, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %176 = stablehlo.multiply %175, %175 : tensor<3x1x20xf32>
    %177 = stablehlo.constant dense<0.0> : tensor<f32>
    %178 = stablehlo.reduce(%176 init: %177) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %179 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %181 = stablehlo.multiply %178, %180 : tensor<3x1xf32>
    %182 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %184 = stablehlo.add %181, %183 : tensor<3x1xf32>
    %185 = stablehlo.rsqrt %184 : tensor<3x1xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %187 = stablehlo.multiply %175, %186 : tensor<3x1x20xf32>
    %188 = stablehlo.constant dense<1.0> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %190 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %189 : tensor<20xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %192 = stablehlo.multiply %187, %191 : tensor<3x1x20xf32>
    %193 = stablehlo.add %137, %192 : tensor<3x1x20xf32>
    %194 = stablehlo.reshape %84 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %195 = stablehlo.reshape %85 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %196 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %197 = stablehlo.reshape %196 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %198 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %199 = stablehlo.reshape %198 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %200 = stablehlo.multiply %193, %193 : tensor<3x1x20xf32>
    %201 = stablehlo.constant dense<0.0> : tensor<f32>
    %202 = stablehlo.reduce(%200 init: %201) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %203 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %205 = stablehlo.multiply %202, %204 : tensor<3x1xf32>
    %206 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %208 = stablehlo.add %205, %207 : tensor<3x1xf32>
    %209 = stablehlo.rsqrt %208 : tensor<3x1xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %211 = stablehlo.multiply %193, %210 : tensor<3x1x20xf32>
    %212 = stablehlo.constant dense<1.0> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %214 = stablehlo.add %model.layers.1.input_layernorm.weight, %213 : tensor<20xf32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %216 = stablehlo.multiply %211, %215 : tensor<3x1x20xf32>
    %217 = stablehlo.dot_general %216, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %218 = stablehlo.dot_general %216, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %219 = stablehlo.dot_general %216, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %220 = stablehlo.reshape %217 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %221 = stablehlo.reshape %218 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %222 = stablehlo.reshape %219 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %223 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %224 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %225 = stablehlo.negate %224 : tensor<3x1x4x6xf32>
    %226 = stablehlo.concatenate %225, %223, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %227 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %228 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %229 = stablehlo.multiply %220, %227 : tensor<3x1x4x12xf32>
    %230 = stablehlo.multiply %226, %228 : tensor<3x1x4x12xf32>
    %231 = stablehlo.add %229, %230 : tensor<3x1x4x12xf32>
    %232 = "stablehlo.slice"(%221) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %233 = "stablehlo.slice"(%221) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %234 = stablehlo.negate %233 : tensor<3x1x2x6xf32>
    %235 = stablehlo.concatenate %234, %232, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %236 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %237 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %238 = stablehlo.multiply %221, %236 : tensor<3x1x2x12xf32>
    %239 = stablehlo.multiply %235, %237 : tensor<3x1x2x12xf32>
    %240 = stablehlo.add %238, %239 : tensor<3x1x2x12xf32>
    %241 = stablehlo.reshape %231 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %242 = stablehlo.transpose %241, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %243 = stablehlo.transpose %240, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %244 = stablehlo.transpose %222, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %245 = stablehlo.dot_general %242, %243, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %246 = stablehlo.dot_general %242, %197, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %247 = stablehlo.concatenate %246, %245, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %248 = stablehlo.constant dense<0.0625> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %250 = stablehlo.multiply %247, %249 : tensor<3x2x1x2x17xf32>
    %251 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %253 = stablehlo.multiply %250, %252 : tensor<3x2x1x2x17xf32>
    %254 = stablehlo.tanh %253 : tensor<3x2x1x2x17xf32>
    %255 = stablehlo.constant dense<50.0> : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %257 = stablehlo.multiply %254, %256 : tensor<3x2x1x2x17xf32>
    %258 = stablehlo.broadcast_in_dim %28, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %259 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %261 = stablehlo.select %258, %257, %260 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %262 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %263 = stablehlo.reduce(%261 init: %262) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %265 = stablehlo.subtract %261, %264 : tensor<3x2x1x2x17xf32>
    %266 = stablehlo.exponential %265 : tensor<3x2x1x2x17xf32>
    %267 = stablehlo.constant dense<0.0> : tensor<f32>
    %268 = stablehlo.reduce(%266 init: %267) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %270 = stablehlo.divide %266, %269 : tensor<3x2x1x2x17xf32>
    %271 = "stablehlo.slice"(%270) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %272 = "stablehlo.slice"(%270) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %273 = stablehlo.dot_general %271, %199, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %274 = stablehlo.dot_general %272, %244, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %275 = stablehlo.add %273, %274 : tensor<3x2x1x2x12xf32>
    %276 = stablehlo.transpose %275, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %277 = stablehlo.reshape %276 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %278 = stablehlo.dot_general %277, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %279 = stablehlo.multiply %278, %278 : tensor<3x1x20xf32>
    %280 = stablehlo.constant dense<0.0> : tensor<f32>
    %281 = stablehlo.reduce(%279 init: %280) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %282 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %284 = stablehlo.multiply %281, %283 : tensor<3x1xf32>
    %285 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %287 = stablehlo.add %284, %286 : tensor<3x1xf32>
    %288 = stablehlo.rsqrt %287 : tensor<3x1xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %290 = stablehlo.multiply %278, %289 : tensor<3x1x20xf32>
    %291 = stablehlo.constant dense<1.0> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %293 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %292 : tensor<20xf32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %295 = stablehlo.multiply %290, %294 : tensor<3x1x20xf32>
    %296 = stablehlo.add %193, %295 : tensor<3x1x20xf32>
    %297 = stablehlo.multiply %296, %296 : tensor<3x1x20xf32>
    %298 = stablehlo.constant dense<0.0> : tensor<f32>
    %299 = stablehlo.reduce(%297 init: %298) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %300 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %302 = stablehlo.multiply %299, %301 : tensor<3x1xf32>
    %303 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %305 = stablehlo.add %302, %304 : tensor<3x1xf32>
    %306 = stablehlo.rsqrt %305 : tensor<3x1xf32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %308 = stablehlo.multiply %296, %307 : tensor<3x1x20xf32>
    %309 = stablehlo.constant dense<1.0> : tensor<f32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %311 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %310 : tensor<20xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %313 = stablehlo.multiply %308, %312 : tensor<3x1x20xf32>
    %314 = stablehlo.dot_general %313, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %315 = stablehlo.multiply %314, %314 : tensor<3x1x56xf32>
    %316 = stablehlo.multiply %315, %314 : tensor<3x1x56xf32>
    %317 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %319 = stablehlo.multiply %316, %318 : tensor<3x1x56xf32>
    %320 = stablehlo.add %314, %319 : tensor<3x1x56xf32>
    %321 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %321, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %323 = stablehlo.multiply %320, %322 : tensor<3x1x56xf32>
    %324 = stablehlo.constant dense<0.5> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %326 = stablehlo.multiply %314, %325 : tensor<3x1x56xf32>
    %327 = stablehlo.tanh %323 : tensor<3x1x56xf32>
    %328 = stablehlo.constant dense<1.0> : tensor<f32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %330 = stablehlo.add %327, %329 : tensor<3x1x56xf32>
    %331 = stablehlo.multiply %326, %330 : tensor<3x1x56xf32>
    %332 = stablehlo.dot_general %313, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %333 = stablehlo.multiply %331, %332 : tensor<3x1x56xf32>
    %334 = stablehlo.dot_general %333, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %335 = stablehlo.multiply %334, %334 : tensor<3x1x20xf32>
    %336 = stablehlo.constant dense<0.0> : tensor<f32>
    %337 = stablehlo.reduce(%335 init: %336) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %338 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %340 = stablehlo.multiply %337, %339 : tensor<3x1xf32>
    %341 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %343 = stablehlo.add %340, %342 : tensor<3x1xf32>
    %344 = stablehlo.rsqrt %343 : tensor<3x1xf32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %346 = stablehlo.multiply %334, %345 : tensor<3x1x20xf32>
    %347 = stablehlo.constant dense<1.0> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %349 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %348 : tensor<20xf32>
    %350 = stablehlo.broadcast_in_dim %349, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %351 = stablehlo.multiply %346, %350 : tensor<3x1x20xf32>
    %352 = stablehlo.add %296, %351 : tensor<3x1x20xf32>
    %353 = stablehlo.reshape %243 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %354 = stablehlo.reshape %244 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %355 = stablehlo.multiply %352, %352 : tensor<3x1x20xf32>
    %356 = stablehlo.constant dense<0.0> : tensor<f32>
    %357 = stablehlo.reduce(%355 init: %356) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %358 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %360 = stablehlo.multiply %357, %359 : tensor<3x1xf32>
    %361 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %363 = stablehlo.add %360, %362 : tensor<3x1xf32>
    %364 = stablehlo.rsqrt %363 : tensor<3x1xf32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %366 = stablehlo.multiply %352, %365 : tensor<3x1x20xf32>
    %367 = stablehlo.constant dense<1.0> : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %369 = stablehlo.add %model.norm.weight, %368 : tensor<20xf32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %371 = stablehlo.multiply %366, %370 : tensor<3x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %372 = stablehlo.concatenate %194, %353, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %373 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %374 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %375 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %376 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %377 = stablehlo.concatenate %373, %374, %375, %376, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %378 = stablehlo.reshape %372 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %379 = stablehlo.reshape %377 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %380 = "stablehlo.scatter"(%k_cache, %379, %378) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %381 = stablehlo.concatenate %195, %354, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %382 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %383 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %384 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %385 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %386 = stablehlo.concatenate %382, %383, %384, %385, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %387 = stablehlo.reshape %381 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %388 = stablehlo.reshape %386 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %389 = "stablehlo.scatter"(%v_cache, %388, %387) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %390 = stablehlo.reshape %371 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %391 = stablehlo.dot_general %390, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
    %392 = stablehlo.constant dense<0.03333333507180214> : tensor<f32>
    %393 = stablehlo.broadcast_in_dim %392, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %394 = stablehlo.multiply %391, %393 : tensor<3x97xf32>
    %395 = stablehlo.tanh %394 : tensor<3x97xf32>
    %396 = stablehlo.constant dense<30.0> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %396, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %398 = stablehlo.multiply %395, %397 : tensor<3x97xf32>
    %399 = stablehlo.constant dense<0> : tensor<i32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %401 = stablehlo.compare NE, %active, %400, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %402 = stablehlo.broadcast_in_dim %401, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %403 = stablehlo.constant dense<0.0> : tensor<f32>
    %404 = stablehlo.broadcast_in_dim %403, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %405 = stablehlo.select %402, %398, %404 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %405, %380, %389 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
