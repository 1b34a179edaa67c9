// gemma2 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @gemma2_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x16x2x2x12xf32>, %v_cache: tensor<3x16x2x2x12xf32>) -> (tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>) {
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
    %17 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %18 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %19 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %20 = stablehlo.add %18, %19 : tensor<3x1x16xi32>
    %21 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %22 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %23 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %24 = stablehlo.compare LE, %23, %22, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %25 = stablehlo.concatenate %21, %24, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %26 = stablehlo.subtract %20, %17 : tensor<3x1x16xi32>
    %27 = stablehlo.constant dense<5> : tensor<i32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %29 = stablehlo.compare LT, %26, %28, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %30 = stablehlo.subtract %22, %23 : tensor<3x1x1xi32>
    %31 = stablehlo.constant dense<5> : tensor<i32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %33 = stablehlo.compare LT, %30, %32, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %34 = stablehlo.and %21, %29 : tensor<3x1x16xi1>
    %35 = stablehlo.and %24, %33 : tensor<3x1x1xi1>
    %36 = stablehlo.concatenate %34, %35, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %37 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %38 = stablehlo.reshape %37 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %39 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %40 = stablehlo.reshape %39 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
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
    %83 = stablehlo.dot_general %82, %38, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x2x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x2x16xf32>
    %84 = stablehlo.dot_general %82, %81, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x2x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x2x1xf32>
    %85 = stablehlo.concatenate %83, %84, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %86 = stablehlo.constant dense<0.0625> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<3x2x1x2x17xf32>
    %89 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %91 = stablehlo.multiply %88, %90 : tensor<3x2x1x2x17xf32>
    %92 = stablehlo.tanh %91 : tensor<3x2x1x2x17xf32>
    %93 = stablehlo.constant dense<50.0> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %95 = stablehlo.multiply %92, %94 : tensor<3x2x1x2x17xf32>
    %96 = stablehlo.broadcast_in_dim %36, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %97 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %99 = stablehlo.select %96, %95, %98 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %100 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %101 = stablehlo.reduce(%99 init: %100) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %103 = stablehlo.subtract %99, %102 : tensor<3x2x1x2x17xf32>
    %104 = stablehlo.exponential %103 : tensor<3x2x1x2x17xf32>
    %105 = stablehlo.constant dense<0.0> : tensor<f32>
    %106 = stablehlo.reduce(%104 init: %105) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %108 = stablehlo.divide %104, %107 : tensor<3x2x1x2x17xf32>
    %109 = "stablehlo.slice"(%108) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %110 = "stablehlo.slice"(%108) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %111 = stablehlo.dot_general %109, %40, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %112 = stablehlo.dot_general %110, %63, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %113 = stablehlo.add %111, %112 : tensor<3x2x1x2x12xf32>
    %114 = stablehlo.transpose %113, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %115 = stablehlo.reshape %114 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %116 = stablehlo.dot_general %115, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %117 = stablehlo.multiply %116, %116 : tensor<3x1x20xf32>
    %118 = stablehlo.constant dense<0.0> : tensor<f32>
    %119 = stablehlo.reduce(%117 init: %118) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %120 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %122 = stablehlo.multiply %119, %121 : tensor<3x1xf32>
    %123 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %125 = stablehlo.add %122, %124 : tensor<3x1xf32>
    %126 = stablehlo.rsqrt %125 : tensor<3x1xf32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %128 = stablehlo.multiply %116, %127 : tensor<3x1x20xf32>
    %129 = stablehlo.constant dense<1.0> : tensor<f32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %131 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %130 : tensor<20xf32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %133 = stablehlo.multiply %128, %132 : tensor<3x1x20xf32>
    %134 = stablehlo.add %5, %133 : tensor<3x1x20xf32>
    %135 = stablehlo.multiply %134, %134 : tensor<3x1x20xf32>
    %136 = stablehlo.constant dense<0.0> : tensor<f32>
    %137 = stablehlo.reduce(%135 init: %136) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %138 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<3x1xf32>
    %141 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %143 = stablehlo.add %140, %142 : tensor<3x1xf32>
    %144 = stablehlo.rsqrt %143 : tensor<3x1xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %146 = stablehlo.multiply %134, %145 : tensor<3x1x20xf32>
    %147 = stablehlo.constant dense<1.0> : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %149 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %148 : tensor<20xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %151 = stablehlo.multiply %146, %150 : tensor<3x1x20xf32>
    %152 = stablehlo.dot_general %151, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %153 = stablehlo.multiply %152, %152 : tensor<3x1x56xf32>
    %154 = stablehlo.multiply %153, %152 : tensor<3x1x56xf32>
    %155 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %157 = stablehlo.multiply %154, %156 : tensor<3x1x56xf32>
    %158 = stablehlo.add %152, %157 : tensor<3x1x56xf32>
    %159 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %161 = stablehlo.multiply %158, %160 : tensor<3x1x56xf32>
    %162 = stablehlo.constant dense<0.5> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %164 = stablehlo.multiply %152, %163 : tensor<3x1x56xf32>
    %165 = stablehlo.tanh %161 : tensor<3x1x56xf32>
    %166 = stablehlo.constant dense<1.0> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %168 = stablehlo.add %165, %167 : tensor<3x1x56xf32>
    %169 = stablehlo.multiply %164, %168 : tensor<3x1x56xf32>
    %170 = stablehlo.dot_general %151, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %171 = stablehlo.multiply %169, %170 : tensor<3x1x56xf32>
    %172 = stablehlo.dot_general %171, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %173 = stablehlo.multiply %172, %172 : tensor<3x1x20xf32>
    %174 = stablehlo.constant dense<0.0> : tensor<f32>
    %175 = stablehlo.reduce(%173 init: %174) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %176 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %178 = stablehlo.multiply %175, %177 : tensor<3x1xf32>
    %179 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %181 = stablehlo.add %178, %180 : tensor<3x1xf32>
    %182 = stablehlo.rsqrt %181 : tensor<3x1xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %184 = stablehlo.multiply %172, %183 : tensor<3x1x20xf32>
    %185 = stablehlo.constant dense<1.0> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %187 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %186 : tensor<20xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %189 = stablehlo.multiply %184, %188 : tensor<3x1x20xf32>
    %190 = stablehlo.add %134, %189 : tensor<3x1x20xf32>
    %191 = stablehlo.reshape %81 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %192 = stablehlo.reshape %63 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    // layer 1: full_attention
    %193 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %194 = stablehlo.reshape %193 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %195 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %196 = stablehlo.reshape %195 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %197 = stablehlo.multiply %190, %190 : tensor<3x1x20xf32>
    %198 = stablehlo.constant dense<0.0> : tensor<f32>
    %199 = stablehlo.reduce(%197 init: %198) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %200 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %202 = stablehlo.multiply %199, %201 : tensor<3x1xf32>
    %203 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %205 = stablehlo.add %202, %204 : tensor<3x1xf32>
    %206 = stablehlo.rsqrt %205 : tensor<3x1xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %208 = stablehlo.multiply %190, %207 : tensor<3x1x20xf32>
    %209 = stablehlo.constant dense<1.0> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %211 = stablehlo.add %model.layers.1.input_layernorm.weight, %210 : tensor<20xf32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %213 = stablehlo.multiply %208, %212 : tensor<3x1x20xf32>
    %214 = stablehlo.dot_general %213, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %215 = stablehlo.dot_general %213, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %216 = stablehlo.dot_general %213, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %217 = stablehlo.reshape %214 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %218 = stablehlo.reshape %215 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %219 = stablehlo.reshape %216 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %220 = "stablehlo.slice"(%217) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %221 = "stablehlo.slice"(%217) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %222 = stablehlo.negate %221 : tensor<3x1x4x6xf32>
    %223 = stablehlo.concatenate %222, %220, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %224 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %225 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %226 = stablehlo.multiply %217, %224 : tensor<3x1x4x12xf32>
    %227 = stablehlo.multiply %223, %225 : tensor<3x1x4x12xf32>
    %228 = stablehlo.add %226, %227 : tensor<3x1x4x12xf32>
    %229 = "stablehlo.slice"(%218) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %230 = "stablehlo.slice"(%218) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %231 = stablehlo.negate %230 : tensor<3x1x2x6xf32>
    %232 = stablehlo.concatenate %231, %229, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %233 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %234 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %235 = stablehlo.multiply %218, %233 : tensor<3x1x2x12xf32>
    %236 = stablehlo.multiply %232, %234 : tensor<3x1x2x12xf32>
    %237 = stablehlo.add %235, %236 : tensor<3x1x2x12xf32>
    %238 = stablehlo.reshape %228 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %239 = stablehlo.dot_general %238, %194, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x2x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x2x16xf32>
    %240 = stablehlo.dot_general %238, %237, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x2x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x2x1xf32>
    %241 = stablehlo.concatenate %239, %240, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %242 = stablehlo.constant dense<0.0625> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %244 = stablehlo.multiply %241, %243 : tensor<3x2x1x2x17xf32>
    %245 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %247 = stablehlo.multiply %244, %246 : tensor<3x2x1x2x17xf32>
    %248 = stablehlo.tanh %247 : tensor<3x2x1x2x17xf32>
    %249 = stablehlo.constant dense<50.0> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %251 = stablehlo.multiply %248, %250 : tensor<3x2x1x2x17xf32>
    %252 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %253 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %255 = stablehlo.select %252, %251, %254 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %256 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %257 = stablehlo.reduce(%255 init: %256) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %259 = stablehlo.subtract %255, %258 : tensor<3x2x1x2x17xf32>
    %260 = stablehlo.exponential %259 : tensor<3x2x1x2x17xf32>
    %261 = stablehlo.constant dense<0.0> : tensor<f32>
    %262 = stablehlo.reduce(%260 init: %261) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %264 = stablehlo.divide %260, %263 : tensor<3x2x1x2x17xf32>
    %265 = "stablehlo.slice"(%264) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %266 = "stablehlo.slice"(%264) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %267 = stablehlo.dot_general %265, %196, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %268 = stablehlo.dot_general %266, %219, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %269 = stablehlo.add %267, %268 : tensor<3x2x1x2x12xf32>
    %270 = stablehlo.transpose %269, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %271 = stablehlo.reshape %270 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %272 = stablehlo.dot_general %271, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %273 = stablehlo.multiply %272, %272 : tensor<3x1x20xf32>
    %274 = stablehlo.constant dense<0.0> : tensor<f32>
    %275 = stablehlo.reduce(%273 init: %274) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %276 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %278 = stablehlo.multiply %275, %277 : tensor<3x1xf32>
    %279 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %281 = stablehlo.add %278, %280 : tensor<3x1xf32>
    %282 = stablehlo.rsqrt %281 : tensor<3x1xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %284 = stablehlo.multiply %272, %283 : tensor<3x1x20xf32>
    %285 = stablehlo.constant dense<1.0> : tensor<f32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %287 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %286 : tensor<20xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %289 = stablehlo.multiply %284, %288 : tensor<3x1x20xf32>
    %290 = stablehlo.add %190, %289 : tensor<3x1x20xf32>
    %291 = stablehlo.multiply %290, %290 : tensor<3x1x20xf32>
    %292 = stablehlo.constant dense<0.0> : tensor<f32>
    %293 = stablehlo.reduce(%291 init: %292) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %294 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %296 = stablehlo.multiply %293, %295 : tensor<3x1xf32>
    %297 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %299 = stablehlo.add %296, %298 : tensor<3x1xf32>
    %300 = stablehlo.rsqrt %299 : tensor<3x1xf32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %302 = stablehlo.multiply %290, %301 : tensor<3x1x20xf32>
    %303 = stablehlo.constant dense<1.0> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %305 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %304 : tensor<20xf32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %307 = stablehlo.multiply %302, %306 : tensor<3x1x20xf32>
    %308 = stablehlo.dot_general %307, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %309 = stablehlo.multiply %308, %308 : tensor<3x1x56xf32>
    %310 = stablehlo.multiply %309, %308 : tensor<3x1x56xf32>
    %311 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %313 = stablehlo.multiply %310, %312 : tensor<3x1x56xf32>
    %314 = stablehlo.add %308, %313 : tensor<3x1x56xf32>
    %315 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %317 = stablehlo.multiply %314, %316 : tensor<3x1x56xf32>
    %318 = stablehlo.constant dense<0.5> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %320 = stablehlo.multiply %308, %319 : tensor<3x1x56xf32>
    %321 = stablehlo.tanh %317 : tensor<3x1x56xf32>
    %322 = stablehlo.constant dense<1.0> : tensor<f32>
    %323 = stablehlo.broadcast_in_dim %322, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %324 = stablehlo.add %321, %323 : tensor<3x1x56xf32>
    %325 = stablehlo.multiply %320, %324 : tensor<3x1x56xf32>
    %326 = stablehlo.dot_general %307, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %327 = stablehlo.multiply %325, %326 : tensor<3x1x56xf32>
    %328 = stablehlo.dot_general %327, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %329 = stablehlo.multiply %328, %328 : tensor<3x1x20xf32>
    %330 = stablehlo.constant dense<0.0> : tensor<f32>
    %331 = stablehlo.reduce(%329 init: %330) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %332 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %334 = stablehlo.multiply %331, %333 : tensor<3x1xf32>
    %335 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %337 = stablehlo.add %334, %336 : tensor<3x1xf32>
    %338 = stablehlo.rsqrt %337 : tensor<3x1xf32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %340 = stablehlo.multiply %328, %339 : tensor<3x1x20xf32>
    %341 = stablehlo.constant dense<1.0> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %343 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %342 : tensor<20xf32>
    %344 = stablehlo.broadcast_in_dim %343, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %345 = stablehlo.multiply %340, %344 : tensor<3x1x20xf32>
    %346 = stablehlo.add %290, %345 : tensor<3x1x20xf32>
    %347 = stablehlo.reshape %237 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %348 = stablehlo.reshape %219 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %349 = stablehlo.multiply %346, %346 : tensor<3x1x20xf32>
    %350 = stablehlo.constant dense<0.0> : tensor<f32>
    %351 = stablehlo.reduce(%349 init: %350) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %352 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %354 = stablehlo.multiply %351, %353 : tensor<3x1xf32>
    %355 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %357 = stablehlo.add %354, %356 : tensor<3x1xf32>
    %358 = stablehlo.rsqrt %357 : tensor<3x1xf32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %360 = stablehlo.multiply %346, %359 : tensor<3x1x20xf32>
    %361 = stablehlo.constant dense<1.0> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %363 = stablehlo.add %model.norm.weight, %362 : tensor<20xf32>
    %364 = stablehlo.broadcast_in_dim %363, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %365 = stablehlo.multiply %360, %364 : tensor<3x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %366 = stablehlo.concatenate %191, %347, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %367 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %368 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %369 = stablehlo.concatenate %367, %368, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %370 = stablehlo.reshape %366 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %371 = "stablehlo.scatter"(%k_cache, %369, %370) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %372 = stablehlo.concatenate %192, %348, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %373 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %374 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %375 = stablehlo.concatenate %373, %374, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %376 = stablehlo.reshape %372 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %377 = "stablehlo.scatter"(%v_cache, %375, %376) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %378 = stablehlo.reshape %365 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %379 = stablehlo.dot_general %378, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
    %380 = stablehlo.constant dense<0.03333333507180214> : tensor<f32>
    %381 = stablehlo.broadcast_in_dim %380, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %382 = stablehlo.multiply %379, %381 : tensor<3x97xf32>
    %383 = stablehlo.tanh %382 : tensor<3x97xf32>
    %384 = stablehlo.constant dense<30.0> : tensor<f32>
    %385 = stablehlo.broadcast_in_dim %384, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %386 = stablehlo.multiply %383, %385 : tensor<3x97xf32>
    %387 = stablehlo.constant dense<0> : tensor<i32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %389 = stablehlo.compare NE, %active, %388, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %390 = stablehlo.broadcast_in_dim %389, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %391 = stablehlo.constant dense<0.0> : tensor<f32>
    %392 = stablehlo.broadcast_in_dim %391, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %393 = stablehlo.select %390, %386, %392 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %393, %371, %377 : tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>
  }
}
