// gemma2 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @gemma2_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<16x2x2x12xf32>, %v_cache: tensor<16x2x2x12xf32>) -> (tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x1x1xi32>) -> tensor<1x1x20xf32>
    %6 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x1x20xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x1x20xf32>
    %9 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %10 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %11 = stablehlo.add %9, %10 : tensor<1x1xi32>
    %12 = stablehlo.constant dense<[1.0, 0.2154434621334076, 0.04641588777303696, 0.009999999776482582, 0.002154434798285365, 0.00046415888937190175]> : tensor<6xf32>
    %13 = stablehlo.convert %11 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %15 = stablehlo.broadcast_in_dim %12, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %16 = stablehlo.multiply %14, %15 : tensor<1x1x6xf32>
    %17 = stablehlo.concatenate %16, %16, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %18 = stablehlo.cosine %17 : tensor<1x1x12xf32>
    %19 = stablehlo.sine %17 : tensor<1x1x12xf32>
    %20 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %21 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %22 = stablehlo.iota dim = 1 : tensor<1x1x16xi32>
    %23 = stablehlo.add %21, %22 : tensor<1x1x16xi32>
    %24 = stablehlo.compare LT, %20, %21, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %25 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %26 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %27 = stablehlo.compare LE, %26, %25, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %28 = stablehlo.concatenate %24, %27, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    %29 = stablehlo.subtract %23, %20 : tensor<1x1x16xi32>
    %30 = stablehlo.constant dense<5> : tensor<i32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<i32>) -> tensor<1x1x16xi32>
    %32 = stablehlo.compare LT, %29, %31, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %33 = stablehlo.subtract %25, %26 : tensor<1x1x1xi32>
    %34 = stablehlo.constant dense<5> : tensor<i32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<i32>) -> tensor<1x1x1xi32>
    %36 = stablehlo.compare LT, %33, %35, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %37 = stablehlo.and %24, %32 : tensor<1x1x16xi1>
    %38 = stablehlo.and %27, %36 : tensor<1x1x1xi1>
    %39 = stablehlo.concatenate %37, %38, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: sliding_attention
    %40 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %41 = stablehlo.reshape %40 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %42 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %43 = stablehlo.reshape %42 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %44 = stablehlo.multiply %8, %8 : tensor<1x1x20xf32>
    %45 = stablehlo.constant dense<0.0> : tensor<f32>
    %46 = stablehlo.reduce(%44 init: %45) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %47 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<1x1xf32>
    %50 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %52 = stablehlo.add %49, %51 : tensor<1x1xf32>
    %53 = stablehlo.rsqrt %52 : tensor<1x1xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %55 = stablehlo.multiply %8, %54 : tensor<1x1x20xf32>
    %56 = stablehlo.constant dense<1.0> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %58 = stablehlo.add %model.layers.0.input_layernorm.weight, %57 : tensor<20xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %60 = stablehlo.multiply %55, %59 : tensor<1x1x20xf32>
    %61 = stablehlo.dot_general %60, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<48x20xf32>) -> tensor<1x1x48xf32>
    %62 = stablehlo.dot_general %60, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<24x20xf32>) -> tensor<1x1x24xf32>
    %63 = stablehlo.dot_general %60, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<24x20xf32>) -> tensor<1x1x24xf32>
    %64 = stablehlo.reshape %61 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %65 = stablehlo.reshape %62 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %66 = stablehlo.reshape %63 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %67 = "stablehlo.slice"(%64) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %68 = "stablehlo.slice"(%64) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %69 = stablehlo.negate %68 : tensor<1x1x4x6xf32>
    %70 = stablehlo.concatenate %69, %67, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %71 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %72 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %73 = stablehlo.multiply %64, %71 : tensor<1x1x4x12xf32>
    %74 = stablehlo.multiply %70, %72 : tensor<1x1x4x12xf32>
    %75 = stablehlo.add %73, %74 : tensor<1x1x4x12xf32>
    %76 = "stablehlo.slice"(%65) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %77 = "stablehlo.slice"(%65) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %78 = stablehlo.negate %77 : tensor<1x1x2x6xf32>
    %79 = stablehlo.concatenate %78, %76, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %80 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %81 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %82 = stablehlo.multiply %65, %80 : tensor<1x1x2x12xf32>
    %83 = stablehlo.multiply %79, %81 : tensor<1x1x2x12xf32>
    %84 = stablehlo.add %82, %83 : tensor<1x1x2x12xf32>
    %85 = stablehlo.reshape %75 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %86 = stablehlo.dot_general %85, %41, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x2x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x2x16xf32>
    %87 = stablehlo.dot_general %85, %84, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x2x12xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x2x1xf32>
    %88 = stablehlo.concatenate %86, %87, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %89 = stablehlo.constant dense<0.0625> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %91 = stablehlo.multiply %88, %90 : tensor<1x2x1x2x17xf32>
    %92 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<1x2x1x2x17xf32>
    %95 = stablehlo.tanh %94 : tensor<1x2x1x2x17xf32>
    %96 = stablehlo.constant dense<50.0> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<1x2x1x2x17xf32>
    %99 = stablehlo.broadcast_in_dim %39, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %100 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %102 = stablehlo.select %99, %98, %101 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %103 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %104 = stablehlo.reduce(%102 init: %103) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %106 = stablehlo.subtract %102, %105 : tensor<1x2x1x2x17xf32>
    %107 = stablehlo.exponential %106 : tensor<1x2x1x2x17xf32>
    %108 = stablehlo.constant dense<0.0> : tensor<f32>
    %109 = stablehlo.reduce(%107 init: %108) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %111 = stablehlo.divide %107, %110 : tensor<1x2x1x2x17xf32>
    %112 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %113 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %114 = stablehlo.dot_general %112, %43, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %115 = stablehlo.dot_general %113, %66, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %116 = stablehlo.add %114, %115 : tensor<1x2x1x2x12xf32>
    %117 = stablehlo.transpose %116, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %118 = stablehlo.reshape %117 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %119 = stablehlo.dot_general %118, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x48xf32>, tensor<20x48xf32>) -> tensor<1x1x20xf32>
    %120 = stablehlo.multiply %119, %119 : tensor<1x1x20xf32>
    %121 = stablehlo.constant dense<0.0> : tensor<f32>
    %122 = stablehlo.reduce(%120 init: %121) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %123 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %125 = stablehlo.multiply %122, %124 : tensor<1x1xf32>
    %126 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %128 = stablehlo.add %125, %127 : tensor<1x1xf32>
    %129 = stablehlo.rsqrt %128 : tensor<1x1xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %131 = stablehlo.multiply %119, %130 : tensor<1x1x20xf32>
    %132 = stablehlo.constant dense<1.0> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %134 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %133 : tensor<20xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %136 = stablehlo.multiply %131, %135 : tensor<1x1x20xf32>
    %137 = stablehlo.add %8, %136 : tensor<1x1x20xf32>
    %138 = stablehlo.multiply %137, %137 : tensor<1x1x20xf32>
    %139 = stablehlo.constant dense<0.0> : tensor<f32>
    %140 = stablehlo.reduce(%138 init: %139) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %141 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %143 = stablehlo.multiply %140, %142 : tensor<1x1xf32>
    %144 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %146 = stablehlo.add %143, %145 : tensor<1x1xf32>
    %147 = stablehlo.rsqrt %146 : tensor<1x1xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %149 = stablehlo.multiply %137, %148 : tensor<1x1x20xf32>
    %150 = stablehlo.constant dense<1.0> : tensor<f32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %152 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %151 : tensor<20xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %154 = stablehlo.multiply %149, %153 : tensor<1x1x20xf32>
    %155 = stablehlo.dot_general %154, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<56x20xf32>) -> tensor<1x1x56xf32>
    %156 = stablehlo.multiply %155, %155 : tensor<1x1x56xf32>
    %157 = stablehlo.multiply %156, %155 : tensor<1x1x56xf32>
    %158 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<1x1x56xf32>
    %161 = stablehlo.add %155, %160 : tensor<1x1x56xf32>
    %162 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %164 = stablehlo.multiply %161, %163 : tensor<1x1x56xf32>
    %165 = stablehlo.constant dense<0.5> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %167 = stablehlo.multiply %155, %166 : tensor<1x1x56xf32>
    %168 = stablehlo.tanh %164 : tensor<1x1x56xf32>
    %169 = stablehlo.constant dense<1.0> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %171 = stablehlo.add %168, %170 : tensor<1x1x56xf32>
    %172 = stablehlo.multiply %167, %171 : tensor<1x1x56xf32>
    %173 = stablehlo.dot_general %154, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<56x20xf32>) -> tensor<1x1x56xf32>
    %174 = stablehlo.multiply %172, %173 : tensor<1x1x56xf32>
    %175 = stablehlo.dot_general %174, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<20x56xf32>) -> tensor<1x1x20xf32>
    %176 = stablehlo.multiply %175, %175 : tensor<1x1x20xf32>
    %177 = stablehlo.constant dense<0.0> : tensor<f32>
    %178 = stablehlo.reduce(%176 init: %177) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %179 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %181 = stablehlo.multiply %178, %180 : tensor<1x1xf32>
    %182 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %184 = stablehlo.add %181, %183 : tensor<1x1xf32>
    %185 = stablehlo.rsqrt %184 : tensor<1x1xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %187 = stablehlo.multiply %175, %186 : tensor<1x1x20xf32>
    %188 = stablehlo.constant dense<1.0> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %190 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %189 : tensor<20xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %192 = stablehlo.multiply %187, %191 : tensor<1x1x20xf32>
    %193 = stablehlo.add %137, %192 : tensor<1x1x20xf32>
    %194 = stablehlo.reshape %84 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    %195 = stablehlo.reshape %66 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    // layer 1: full_attention
    %196 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %197 = stablehlo.reshape %196 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %198 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %199 = stablehlo.reshape %198 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %200 = stablehlo.multiply %193, %193 : tensor<1x1x20xf32>
    %201 = stablehlo.constant dense<0.0> : tensor<f32>
    %202 = stablehlo.reduce(%200 init: %201) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %203 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %205 = stablehlo.multiply %202, %204 : tensor<1x1xf32>
    %206 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %208 = stablehlo.add %205, %207 : tensor<1x1xf32>
    %209 = stablehlo.rsqrt %208 : tensor<1x1xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %211 = stablehlo.multiply %193, %210 : tensor<1x1x20xf32>
    %212 = stablehlo.constant dense<1.0> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %214 = stablehlo.add %model.layers.1.input_layernorm.weight, %213 : tensor<20xf32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %216 = stablehlo.multiply %211, %215 : tensor<1x1x20xf32>
    %217 = stablehlo.dot_general %216, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<48x20xf32>) -> tensor<1x1x48xf32>
    %218 = stablehlo.dot_general %216, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<24x20xf32>) -> tensor<1x1x24xf32>
    %219 = stablehlo.dot_general %216, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<24x20xf32>) -> tensor<1x1x24xf32>
    %220 = stablehlo.reshape %217 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %221 = stablehlo.reshape %218 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %222 = stablehlo.reshape %219 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %223 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %224 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %225 = stablehlo.negate %224 : tensor<1x1x4x6xf32>
    %226 = stablehlo.concatenate %225, %223, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %227 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %228 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %229 = stablehlo.multiply %220, %227 : tensor<1x1x4x12xf32>
    %230 = stablehlo.multiply %226, %228 : tensor<1x1x4x12xf32>
    %231 = stablehlo.add %229, %230 : tensor<1x1x4x12xf32>
    %232 = "stablehlo.slice"(%221) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %233 = "stablehlo.slice"(%221) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %234 = stablehlo.negate %233 : tensor<1x1x2x6xf32>
    %235 = stablehlo.concatenate %234, %232, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %236 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %237 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %238 = stablehlo.multiply %221, %236 : tensor<1x1x2x12xf32>
    %239 = stablehlo.multiply %235, %237 : tensor<1x1x2x12xf32>
    %240 = stablehlo.add %238, %239 : tensor<1x1x2x12xf32>
    %241 = stablehlo.reshape %231 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %242 = stablehlo.dot_general %241, %197, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x2x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x2x16xf32>
    %243 = stablehlo.dot_general %241, %240, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x2x2x12xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x2x1xf32>
    %244 = stablehlo.concatenate %242, %243, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %245 = stablehlo.constant dense<0.0625> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %247 = stablehlo.multiply %244, %246 : tensor<1x2x1x2x17xf32>
    %248 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %250 = stablehlo.multiply %247, %249 : tensor<1x2x1x2x17xf32>
    %251 = stablehlo.tanh %250 : tensor<1x2x1x2x17xf32>
    %252 = stablehlo.constant dense<50.0> : tensor<f32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %254 = stablehlo.multiply %251, %253 : tensor<1x2x1x2x17xf32>
    %255 = stablehlo.broadcast_in_dim %28, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %256 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %258 = stablehlo.select %255, %254, %257 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %259 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %260 = stablehlo.reduce(%258 init: %259) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %262 = stablehlo.subtract %258, %261 : tensor<1x2x1x2x17xf32>
    %263 = stablehlo.exponential %262 : tensor<1x2x1x2x17xf32>
    %264 = stablehlo.constant dense<0.0> : tensor<f32>
    %265 = stablehlo.reduce(%263 init: %264) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %267 = stablehlo.divide %263, %266 : tensor<1x2x1x2x17xf32>
    %268 = "stablehlo.slice"(%267) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %269 = "stablehlo.slice"(%267) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %270 = stablehlo.dot_general %268, %199, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %271 = stablehlo.dot_general %269, %222, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x1x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %272 = stablehlo.add %270, %271 : tensor<1x2x1x2x12xf32>
    %273 = stablehlo.transpose %272, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %274 = stablehlo.reshape %273 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %275 = stablehlo.dot_general %274, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x48xf32>, tensor<20x48xf32>) -> tensor<1x1x20xf32>
    %276 = stablehlo.multiply %275, %275 : tensor<1x1x20xf32>
    %277 = stablehlo.constant dense<0.0> : tensor<f32>
    %278 = stablehlo.reduce(%276 init: %277) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %279 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %281 = stablehlo.multiply %278, %280 : tensor<1x1xf32>
    %282 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %284 = stablehlo.add %281, %283 : tensor<1x1xf32>
    %285 = stablehlo.rsqrt %284 : tensor<1x1xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %287 = stablehlo.multiply %275, %286 : tensor<1x1x20xf32>
    %288 = stablehlo.constant dense<1.0> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %290 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %289 : tensor<20xf32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %292 = stablehlo.multiply %287, %291 : tensor<1x1x20xf32>
    %293 = stablehlo.add %193, %292 : tensor<1x1x20xf32>
    %294 = stablehlo.multiply %293, %293 : tensor<1x1x20xf32>
    %295 = stablehlo.constant dense<0.0> : tensor<f32>
    %296 = stablehlo.reduce(%294 init: %295) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %297 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %299 = stablehlo.multiply %296, %298 : tensor<1x1xf32>
    %300 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %302 = stablehlo.add %299, %301 : tensor<1x1xf32>
    %303 = stablehlo.rsqrt %302 : tensor<1x1xf32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %305 = stablehlo.multiply %293, %304 : tensor<1x1x20xf32>
    %306 = stablehlo.constant dense<1.0> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %308 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %307 : tensor<20xf32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %310 = stablehlo.multiply %305, %309 : tensor<1x1x20xf32>
    %311 = stablehlo.dot_general %310, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<56x20xf32>) -> tensor<1x1x56xf32>
    %312 = stablehlo.multiply %311, %311 : tensor<1x1x56xf32>
    %313 = stablehlo.multiply %312, %311 : tensor<1x1x56xf32>
    %314 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %316 = stablehlo.multiply %313, %315 : tensor<1x1x56xf32>
    %317 = stablehlo.add %311, %316 : tensor<1x1x56xf32>
    %318 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %320 = stablehlo.multiply %317, %319 : tensor<1x1x56xf32>
    %321 = stablehlo.constant dense<0.5> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %321, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %323 = stablehlo.multiply %311, %322 : tensor<1x1x56xf32>
    %324 = stablehlo.tanh %320 : tensor<1x1x56xf32>
    %325 = stablehlo.constant dense<1.0> : tensor<f32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %327 = stablehlo.add %324, %326 : tensor<1x1x56xf32>
    %328 = stablehlo.multiply %323, %327 : tensor<1x1x56xf32>
    %329 = stablehlo.dot_general %310, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x20xf32>, tensor<56x20xf32>) -> tensor<1x1x56xf32>
    %330 = stablehlo.multiply %328, %329 : tensor<1x1x56xf32>
    %331 = stablehlo.dot_general %330, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<20x56xf32>) -> tensor<1x1x20xf32>
    %332 = stablehlo.multiply %331, %331 : tensor<1x1x20xf32>
    %333 = stablehlo.constant dense<0.0> : tensor<f32>
    %334 = stablehlo.reduce(%332 init: %333) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %335 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %337 = stablehlo.multiply %334, %336 : tensor<1x1xf32>
    %338 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %340 = stablehlo.add %337, %339 : tensor<1x1xf32>
    %341 = stablehlo.rsqrt %340 : tensor<1x1xf32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %343 = stablehlo.multiply %331, %342 : tensor<1x1x20xf32>
    %344 = stablehlo.constant dense<1.0> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %346 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %345 : tensor<20xf32>
    %347 = stablehlo.broadcast_in_dim %346, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %348 = stablehlo.multiply %343, %347 : tensor<1x1x20xf32>
    %349 = stablehlo.add %293, %348 : tensor<1x1x20xf32>
    %350 = stablehlo.reshape %240 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    %351 = stablehlo.reshape %222 : (tensor<1x1x2x12xf32>) -> tensor<1x1x1x2x12xf32>
    %352 = stablehlo.multiply %349, %349 : tensor<1x1x20xf32>
    %353 = stablehlo.constant dense<0.0> : tensor<f32>
    %354 = stablehlo.reduce(%352 init: %353) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %355 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %357 = stablehlo.multiply %354, %356 : tensor<1x1xf32>
    %358 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %360 = stablehlo.add %357, %359 : tensor<1x1xf32>
    %361 = stablehlo.rsqrt %360 : tensor<1x1xf32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %363 = stablehlo.multiply %349, %362 : tensor<1x1x20xf32>
    %364 = stablehlo.constant dense<1.0> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %366 = stablehlo.add %model.norm.weight, %365 : tensor<20xf32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %368 = stablehlo.multiply %363, %367 : tensor<1x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %369 = stablehlo.concatenate %194, %350, dim = 2 : (tensor<1x1x1x2x12xf32>, tensor<1x1x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %370 = stablehlo.constant dense<0> : tensor<i32>
    %371 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %372 = stablehlo.dynamic_update_slice %2, %369, %370, %371, %370, %370, %370 : (tensor<1x16x2x2x12xf32>, tensor<1x1x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %373 = stablehlo.concatenate %195, %351, dim = 2 : (tensor<1x1x1x2x12xf32>, tensor<1x1x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %374 = stablehlo.constant dense<0> : tensor<i32>
    %375 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %376 = stablehlo.dynamic_update_slice %3, %373, %374, %375, %374, %374, %374 : (tensor<1x16x2x2x12xf32>, tensor<1x1x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %377 = stablehlo.reshape %368 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %378 = stablehlo.dot_general %377, %model.embed_tokens.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<20xf32>, tensor<97x20xf32>) -> tensor<97xf32>
    %379 = stablehlo.constant dense<0.03333333507180214> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %379, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %381 = stablehlo.multiply %378, %380 : tensor<97xf32>
    %382 = stablehlo.tanh %381 : tensor<97xf32>
    %383 = stablehlo.constant dense<30.0> : tensor<f32>
    %384 = stablehlo.broadcast_in_dim %383, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %385 = stablehlo.multiply %382, %384 : tensor<97xf32>
    %386 = stablehlo.reshape %372 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    %387 = stablehlo.reshape %376 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    return %385, %386, %387 : tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>
  }
}
