// gemma2 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @gemma2_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
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
    %20 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %21 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %22 = stablehlo.compare LE, %21, %20, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %23 = stablehlo.subtract %20, %21 : tensor<1x1x1xi32>
    %24 = stablehlo.constant dense<5> : tensor<i32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [] : (tensor<i32>) -> tensor<1x1x1xi32>
    %26 = stablehlo.compare LT, %23, %25, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %27 = stablehlo.and %22, %26 : tensor<1x1x1xi1>
    %28 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %29 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %30 = stablehlo.compare LT, %28, %29, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %31 = stablehlo.concatenate %30, %22, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    %32 = stablehlo.iota dim = 1 : tensor<1x1x16xi32>
    %33 = stablehlo.add %29, %32 : tensor<1x1x16xi32>
    %34 = stablehlo.subtract %33, %28 : tensor<1x1x16xi32>
    %35 = stablehlo.constant dense<5> : tensor<i32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [] : (tensor<i32>) -> tensor<1x1x16xi32>
    %37 = stablehlo.compare LT, %34, %36, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %38 = stablehlo.and %30, %37 : tensor<1x1x16xi1>
    %39 = stablehlo.concatenate %38, %27, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: sliding_attention
    %40 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %41 = stablehlo.reshape %40 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %42 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %43 = stablehlo.reshape %42 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
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
    %61 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %60, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %62 = stablehlo.reshape %61 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %63 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %60, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %64 = stablehlo.reshape %63 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %65 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %60, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %66 = stablehlo.reshape %65 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %67 = stablehlo.reshape %62 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %68 = stablehlo.reshape %64 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %69 = stablehlo.reshape %66 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %70 = "stablehlo.slice"(%67) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %71 = "stablehlo.slice"(%67) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %72 = stablehlo.negate %71 : tensor<1x1x4x6xf32>
    %73 = stablehlo.concatenate %72, %70, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %74 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %75 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %76 = stablehlo.multiply %67, %74 : tensor<1x1x4x12xf32>
    %77 = stablehlo.multiply %73, %75 : tensor<1x1x4x12xf32>
    %78 = stablehlo.add %76, %77 : tensor<1x1x4x12xf32>
    %79 = "stablehlo.slice"(%68) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %80 = "stablehlo.slice"(%68) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %81 = stablehlo.negate %80 : tensor<1x1x2x6xf32>
    %82 = stablehlo.concatenate %81, %79, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %83 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %84 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %85 = stablehlo.multiply %68, %83 : tensor<1x1x2x12xf32>
    %86 = stablehlo.multiply %82, %84 : tensor<1x1x2x12xf32>
    %87 = stablehlo.add %85, %86 : tensor<1x1x2x12xf32>
    %88 = stablehlo.reshape %78 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %89 = stablehlo.transpose %88, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %90 = stablehlo.transpose %87, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %91 = stablehlo.transpose %69, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %92 = stablehlo.dot_general %89, %90, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %93 = stablehlo.dot_general %89, %41, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %94 = stablehlo.concatenate %93, %92, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %95 = stablehlo.constant dense<0.0625> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %97 = stablehlo.multiply %94, %96 : tensor<1x2x1x2x17xf32>
    %98 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %100 = stablehlo.multiply %97, %99 : tensor<1x2x1x2x17xf32>
    %101 = stablehlo.tanh %100 : tensor<1x2x1x2x17xf32>
    %102 = stablehlo.constant dense<50.0> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %104 = stablehlo.multiply %101, %103 : tensor<1x2x1x2x17xf32>
    %105 = stablehlo.broadcast_in_dim %39, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %106 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %108 = stablehlo.select %105, %104, %107 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %109 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %110 = stablehlo.reduce(%108 init: %109) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %112 = stablehlo.subtract %108, %111 : tensor<1x2x1x2x17xf32>
    %113 = stablehlo.exponential %112 : tensor<1x2x1x2x17xf32>
    %114 = stablehlo.constant dense<0.0> : tensor<f32>
    %115 = stablehlo.reduce(%113 init: %114) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %117 = stablehlo.divide %113, %116 : tensor<1x2x1x2x17xf32>
    %118 = "stablehlo.slice"(%117) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %119 = "stablehlo.slice"(%117) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %120 = stablehlo.dot_general %118, %43, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %121 = stablehlo.dot_general %119, %91, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %122 = stablehlo.add %120, %121 : tensor<1x2x1x2x12xf32>
    %123 = stablehlo.transpose %122, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %124 = stablehlo.reshape %123 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %125 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %124, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %126 = stablehlo.reshape %125 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %127 = stablehlo.multiply %126, %126 : tensor<1x1x20xf32>
    %128 = stablehlo.constant dense<0.0> : tensor<f32>
    %129 = stablehlo.reduce(%127 init: %128) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %130 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<1x1xf32>
    %133 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %135 = stablehlo.add %132, %134 : tensor<1x1xf32>
    %136 = stablehlo.rsqrt %135 : tensor<1x1xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %138 = stablehlo.multiply %126, %137 : tensor<1x1x20xf32>
    %139 = stablehlo.constant dense<1.0> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %141 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %140 : tensor<20xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %143 = stablehlo.multiply %138, %142 : tensor<1x1x20xf32>
    %144 = stablehlo.add %8, %143 : tensor<1x1x20xf32>
    %145 = stablehlo.multiply %144, %144 : tensor<1x1x20xf32>
    %146 = stablehlo.constant dense<0.0> : tensor<f32>
    %147 = stablehlo.reduce(%145 init: %146) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %148 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %150 = stablehlo.multiply %147, %149 : tensor<1x1xf32>
    %151 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %153 = stablehlo.add %150, %152 : tensor<1x1xf32>
    %154 = stablehlo.rsqrt %153 : tensor<1x1xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %156 = stablehlo.multiply %144, %155 : tensor<1x1x20xf32>
    %157 = stablehlo.constant dense<1.0> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %159 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %158 : tensor<20xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %161 = stablehlo.multiply %156, %160 : tensor<1x1x20xf32>
    %162 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %161, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %163 = stablehlo.reshape %162 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<1x1x56xf32>
    %165 = stablehlo.multiply %164, %163 : tensor<1x1x56xf32>
    %166 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<1x1x56xf32>
    %169 = stablehlo.add %163, %168 : tensor<1x1x56xf32>
    %170 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %172 = stablehlo.multiply %169, %171 : tensor<1x1x56xf32>
    %173 = stablehlo.constant dense<0.5> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %175 = stablehlo.multiply %163, %174 : tensor<1x1x56xf32>
    %176 = stablehlo.tanh %172 : tensor<1x1x56xf32>
    %177 = stablehlo.constant dense<1.0> : tensor<f32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %179 = stablehlo.add %176, %178 : tensor<1x1x56xf32>
    %180 = stablehlo.multiply %175, %179 : tensor<1x1x56xf32>
    %181 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %161, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %182 = stablehlo.reshape %181 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %183 = stablehlo.multiply %180, %182 : tensor<1x1x56xf32>
    %184 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %183, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %185 = stablehlo.reshape %184 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %186 = stablehlo.multiply %185, %185 : tensor<1x1x20xf32>
    %187 = stablehlo.constant dense<0.0> : tensor<f32>
    %188 = stablehlo.reduce(%186 init: %187) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %189 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %191 = stablehlo.multiply %188, %190 : tensor<1x1xf32>
    %192 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %194 = stablehlo.add %191, %193 : tensor<1x1xf32>
    %195 = stablehlo.rsqrt %194 : tensor<1x1xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %197 = stablehlo.multiply %185, %196 : tensor<1x1x20xf32>
    %198 = stablehlo.constant dense<1.0> : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %200 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %199 : tensor<20xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %202 = stablehlo.multiply %197, %201 : tensor<1x1x20xf32>
    %203 = stablehlo.add %144, %202 : tensor<1x1x20xf32>
    %204 = stablehlo.reshape %90 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %205 = stablehlo.reshape %91 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %206 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %207 = stablehlo.reshape %206 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %208 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %209 = stablehlo.reshape %208 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %210 = stablehlo.multiply %203, %203 : tensor<1x1x20xf32>
    %211 = stablehlo.constant dense<0.0> : tensor<f32>
    %212 = stablehlo.reduce(%210 init: %211) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %213 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %215 = stablehlo.multiply %212, %214 : tensor<1x1xf32>
    %216 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %218 = stablehlo.add %215, %217 : tensor<1x1xf32>
    %219 = stablehlo.rsqrt %218 : tensor<1x1xf32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %221 = stablehlo.multiply %203, %220 : tensor<1x1x20xf32>
    %222 = stablehlo.constant dense<1.0> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %224 = stablehlo.add %model.layers.1.input_layernorm.weight, %223 : tensor<20xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %226 = stablehlo.multiply %221, %225 : tensor<1x1x20xf32>
    %227 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %226, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %228 = stablehlo.reshape %227 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %229 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %226, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %230 = stablehlo.reshape %229 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %231 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %226, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %232 = stablehlo.reshape %231 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %233 = stablehlo.reshape %228 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %234 = stablehlo.reshape %230 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %235 = stablehlo.reshape %232 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %236 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %237 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %238 = stablehlo.negate %237 : tensor<1x1x4x6xf32>
    %239 = stablehlo.concatenate %238, %236, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %240 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %241 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %242 = stablehlo.multiply %233, %240 : tensor<1x1x4x12xf32>
    %243 = stablehlo.multiply %239, %241 : tensor<1x1x4x12xf32>
    %244 = stablehlo.add %242, %243 : tensor<1x1x4x12xf32>
    %245 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %246 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %247 = stablehlo.negate %246 : tensor<1x1x2x6xf32>
    %248 = stablehlo.concatenate %247, %245, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %249 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %250 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %251 = stablehlo.multiply %234, %249 : tensor<1x1x2x12xf32>
    %252 = stablehlo.multiply %248, %250 : tensor<1x1x2x12xf32>
    %253 = stablehlo.add %251, %252 : tensor<1x1x2x12xf32>
    %254 = stablehlo.reshape %244 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %255 = stablehlo.transpose %254, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %256 = stablehlo.transpose %253, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %257 = stablehlo.transpose %235, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %258 = stablehlo.dot_general %255, %256, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %259 = stablehlo.dot_general %255, %207, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %260 = stablehlo.concatenate %259, %258, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %261 = stablehlo.constant dense<0.0625> : tensor<f32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %263 = stablehlo.multiply %260, %262 : tensor<1x2x1x2x17xf32>
    %264 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %266 = stablehlo.multiply %263, %265 : tensor<1x2x1x2x17xf32>
    %267 = stablehlo.tanh %266 : tensor<1x2x1x2x17xf32>
    %268 = stablehlo.constant dense<50.0> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %270 = stablehlo.multiply %267, %269 : tensor<1x2x1x2x17xf32>
    %271 = stablehlo.broadcast_in_dim %31, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %272 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %274 = stablehlo.select %271, %270, %273 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %275 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %276 = stablehlo.reduce(%274 init: %275) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %278 = stablehlo.subtract %274, %277 : tensor<1x2x1x2x17xf32>
    %279 = stablehlo.exponential %278 : tensor<1x2x1x2x17xf32>
    %280 = stablehlo.constant dense<0.0> : tensor<f32>
    %281 = stablehlo.reduce(%279 init: %280) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %283 = stablehlo.divide %279, %282 : tensor<1x2x1x2x17xf32>
    %284 = "stablehlo.slice"(%283) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %285 = "stablehlo.slice"(%283) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %286 = stablehlo.dot_general %284, %209, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %287 = stablehlo.dot_general %285, %257, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %288 = stablehlo.add %286, %287 : tensor<1x2x1x2x12xf32>
    %289 = stablehlo.transpose %288, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %290 = stablehlo.reshape %289 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %291 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %290, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %292 = stablehlo.reshape %291 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %293 = stablehlo.multiply %292, %292 : tensor<1x1x20xf32>
    %294 = stablehlo.constant dense<0.0> : tensor<f32>
    %295 = stablehlo.reduce(%293 init: %294) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %296 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %298 = stablehlo.multiply %295, %297 : tensor<1x1xf32>
    %299 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %301 = stablehlo.add %298, %300 : tensor<1x1xf32>
    %302 = stablehlo.rsqrt %301 : tensor<1x1xf32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %304 = stablehlo.multiply %292, %303 : tensor<1x1x20xf32>
    %305 = stablehlo.constant dense<1.0> : tensor<f32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %307 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %306 : tensor<20xf32>
    %308 = stablehlo.broadcast_in_dim %307, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %309 = stablehlo.multiply %304, %308 : tensor<1x1x20xf32>
    %310 = stablehlo.add %203, %309 : tensor<1x1x20xf32>
    %311 = stablehlo.multiply %310, %310 : tensor<1x1x20xf32>
    %312 = stablehlo.constant dense<0.0> : tensor<f32>
    %313 = stablehlo.reduce(%311 init: %312) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %314 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %316 = stablehlo.multiply %313, %315 : tensor<1x1xf32>
    %317 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %319 = stablehlo.add %316, %318 : tensor<1x1xf32>
    %320 = stablehlo.rsqrt %319 : tensor<1x1xf32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %322 = stablehlo.multiply %310, %321 : tensor<1x1x20xf32>
    %323 = stablehlo.constant dense<1.0> : tensor<f32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %325 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %324 : tensor<20xf32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %327 = stablehlo.multiply %322, %326 : tensor<1x1x20xf32>
    %328 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %327, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %329 = stablehlo.reshape %328 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %330 = stablehlo.multiply %329, %329 : tensor<1x1x56xf32>
    %331 = stablehlo.multiply %330, %329 : tensor<1x1x56xf32>
    %332 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %334 = stablehlo.multiply %331, %333 : tensor<1x1x56xf32>
    %335 = stablehlo.add %329, %334 : tensor<1x1x56xf32>
    %336 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %337 = stablehlo.broadcast_in_dim %336, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %338 = stablehlo.multiply %335, %337 : tensor<1x1x56xf32>
    %339 = stablehlo.constant dense<0.5> : tensor<f32>
    %340 = stablehlo.broadcast_in_dim %339, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %341 = stablehlo.multiply %329, %340 : tensor<1x1x56xf32>
    %342 = stablehlo.tanh %338 : tensor<1x1x56xf32>
    %343 = stablehlo.constant dense<1.0> : tensor<f32>
    %344 = stablehlo.broadcast_in_dim %343, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %345 = stablehlo.add %342, %344 : tensor<1x1x56xf32>
    %346 = stablehlo.multiply %341, %345 : tensor<1x1x56xf32>
    %347 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %327, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %348 = stablehlo.reshape %347 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %349 = stablehlo.multiply %346, %348 : tensor<1x1x56xf32>
    %350 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %349, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %351 = stablehlo.reshape %350 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %352 = stablehlo.multiply %351, %351 : tensor<1x1x20xf32>
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
    %363 = stablehlo.multiply %351, %362 : tensor<1x1x20xf32>
    %364 = stablehlo.constant dense<1.0> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %366 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %365 : tensor<20xf32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %368 = stablehlo.multiply %363, %367 : tensor<1x1x20xf32>
    %369 = stablehlo.add %310, %368 : tensor<1x1x20xf32>
    %370 = stablehlo.reshape %256 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %371 = stablehlo.reshape %257 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %372 = stablehlo.multiply %369, %369 : tensor<1x1x20xf32>
    %373 = stablehlo.constant dense<0.0> : tensor<f32>
    %374 = stablehlo.reduce(%372 init: %373) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %375 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %376 = stablehlo.broadcast_in_dim %375, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %377 = stablehlo.multiply %374, %376 : tensor<1x1xf32>
    %378 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %379 = stablehlo.broadcast_in_dim %378, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %380 = stablehlo.add %377, %379 : tensor<1x1xf32>
    %381 = stablehlo.rsqrt %380 : tensor<1x1xf32>
    %382 = stablehlo.broadcast_in_dim %381, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %383 = stablehlo.multiply %369, %382 : tensor<1x1x20xf32>
    %384 = stablehlo.constant dense<1.0> : tensor<f32>
    %385 = stablehlo.broadcast_in_dim %384, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %386 = stablehlo.add %model.norm.weight, %385 : tensor<20xf32>
    %387 = stablehlo.broadcast_in_dim %386, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %388 = stablehlo.multiply %383, %387 : tensor<1x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %389 = stablehlo.concatenate %204, %370, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %390 = stablehlo.constant dense<0> : tensor<i32>
    %391 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %392 = stablehlo.dynamic_update_slice %2, %389, %390, %390, %390, %391, %390 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %393 = stablehlo.concatenate %205, %371, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %394 = stablehlo.constant dense<0> : tensor<i32>
    %395 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %396 = stablehlo.dynamic_update_slice %3, %393, %394, %394, %394, %395, %394 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %397 = stablehlo.reshape %388 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %398 = stablehlo.dot_general %model.embed_tokens.weight, %397, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %399 = stablehlo.constant dense<0.03333333507180214> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %401 = stablehlo.multiply %398, %400 : tensor<97xf32>
    %402 = stablehlo.tanh %401 : tensor<97xf32>
    %403 = stablehlo.constant dense<30.0> : tensor<f32>
    %404 = stablehlo.broadcast_in_dim %403, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %405 = stablehlo.multiply %402, %404 : tensor<97xf32>
    %406 = stablehlo.reshape %392 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %407 = stablehlo.reshape %396 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %405, %406, %407 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
