// gemma2 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @gemma2_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x8x1xi32>) -> tensor<1x8x20xf32>
    %6 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x8x20xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x8x20xf32>
    %9 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %10 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %11 = stablehlo.add %9, %10 : tensor<1x8xi32>
    %12 = stablehlo.constant dense<[1.0, 0.2154434621334076, 0.04641588777303696, 0.009999999776482582, 0.002154434798285365, 0.00046415888937190175]> : tensor<6xf32>
    %13 = stablehlo.convert %11 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %15 = stablehlo.broadcast_in_dim %12, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %16 = stablehlo.multiply %14, %15 : tensor<1x8x6xf32>
    %17 = stablehlo.concatenate %16, %16, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %18 = stablehlo.cosine %17 : tensor<1x8x12xf32>
    %19 = stablehlo.sine %17 : tensor<1x8x12xf32>
    %20 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %21 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %22 = stablehlo.compare LE, %21, %20, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %23 = stablehlo.subtract %20, %21 : tensor<1x8x8xi32>
    %24 = stablehlo.constant dense<5> : tensor<i32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [] : (tensor<i32>) -> tensor<1x8x8xi32>
    %26 = stablehlo.compare LT, %23, %25, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %27 = stablehlo.and %22, %26 : tensor<1x8x8xi1>
    %28 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %29 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %30 = stablehlo.compare LT, %28, %29, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %31 = stablehlo.concatenate %30, %22, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    %32 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %33 = stablehlo.add %29, %32 : tensor<1x8x16xi32>
    %34 = stablehlo.subtract %33, %28 : tensor<1x8x16xi32>
    %35 = stablehlo.constant dense<5> : tensor<i32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [] : (tensor<i32>) -> tensor<1x8x16xi32>
    %37 = stablehlo.compare LT, %34, %36, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %38 = stablehlo.and %30, %37 : tensor<1x8x16xi1>
    %39 = stablehlo.concatenate %38, %27, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: sliding_attention
    %40 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %41 = stablehlo.reshape %40 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %42 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %43 = stablehlo.reshape %42 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %44 = stablehlo.multiply %8, %8 : tensor<1x8x20xf32>
    %45 = stablehlo.constant dense<0.0> : tensor<f32>
    %46 = stablehlo.reduce(%44 init: %45) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %47 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<1x8xf32>
    %50 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %52 = stablehlo.add %49, %51 : tensor<1x8xf32>
    %53 = stablehlo.rsqrt %52 : tensor<1x8xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %55 = stablehlo.multiply %8, %54 : tensor<1x8x20xf32>
    %56 = stablehlo.constant dense<1.0> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %58 = stablehlo.add %model.layers.0.input_layernorm.weight, %57 : tensor<20xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %60 = stablehlo.multiply %55, %59 : tensor<1x8x20xf32>
    %61 = stablehlo.dot_general %60, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %62 = stablehlo.dot_general %60, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %63 = stablehlo.dot_general %60, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %64 = stablehlo.reshape %61 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %65 = stablehlo.reshape %62 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %66 = stablehlo.reshape %63 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %67 = "stablehlo.slice"(%64) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %68 = "stablehlo.slice"(%64) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %69 = stablehlo.negate %68 : tensor<1x8x4x6xf32>
    %70 = stablehlo.concatenate %69, %67, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %71 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %72 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %73 = stablehlo.multiply %64, %71 : tensor<1x8x4x12xf32>
    %74 = stablehlo.multiply %70, %72 : tensor<1x8x4x12xf32>
    %75 = stablehlo.add %73, %74 : tensor<1x8x4x12xf32>
    %76 = "stablehlo.slice"(%65) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %77 = "stablehlo.slice"(%65) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %78 = stablehlo.negate %77 : tensor<1x8x2x6xf32>
    %79 = stablehlo.concatenate %78, %76, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %80 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %81 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %82 = stablehlo.multiply %65, %80 : tensor<1x8x2x12xf32>
    %83 = stablehlo.multiply %79, %81 : tensor<1x8x2x12xf32>
    %84 = stablehlo.add %82, %83 : tensor<1x8x2x12xf32>
    %85 = stablehlo.reshape %75 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %86 = stablehlo.transpose %85, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %87 = stablehlo.transpose %84, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %88 = stablehlo.transpose %66, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %89 = stablehlo.dot_general %86, %87, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %90 = stablehlo.dot_general %86, %41, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %91 = stablehlo.concatenate %90, %89, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %92 = stablehlo.constant dense<0.0625> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<1x2x8x2x24xf32>
    %95 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %97 = stablehlo.multiply %94, %96 : tensor<1x2x8x2x24xf32>
    %98 = stablehlo.tanh %97 : tensor<1x2x8x2x24xf32>
    %99 = stablehlo.constant dense<50.0> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %101 = stablehlo.multiply %98, %100 : tensor<1x2x8x2x24xf32>
    %102 = stablehlo.broadcast_in_dim %39, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %103 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %105 = stablehlo.select %102, %101, %104 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %106 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %107 = stablehlo.reduce(%105 init: %106) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %109 = stablehlo.subtract %105, %108 : tensor<1x2x8x2x24xf32>
    %110 = stablehlo.exponential %109 : tensor<1x2x8x2x24xf32>
    %111 = stablehlo.constant dense<0.0> : tensor<f32>
    %112 = stablehlo.reduce(%110 init: %111) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %114 = stablehlo.divide %110, %113 : tensor<1x2x8x2x24xf32>
    %115 = "stablehlo.slice"(%114) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %116 = "stablehlo.slice"(%114) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %117 = stablehlo.dot_general %115, %43, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %118 = stablehlo.dot_general %116, %88, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %119 = stablehlo.add %117, %118 : tensor<1x2x8x2x12xf32>
    %120 = stablehlo.transpose %119, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %121 = stablehlo.reshape %120 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %122 = stablehlo.dot_general %121, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<1x8x20xf32>
    %124 = stablehlo.constant dense<0.0> : tensor<f32>
    %125 = stablehlo.reduce(%123 init: %124) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %126 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %128 = stablehlo.multiply %125, %127 : tensor<1x8xf32>
    %129 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %131 = stablehlo.add %128, %130 : tensor<1x8xf32>
    %132 = stablehlo.rsqrt %131 : tensor<1x8xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %134 = stablehlo.multiply %122, %133 : tensor<1x8x20xf32>
    %135 = stablehlo.constant dense<1.0> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %137 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %136 : tensor<20xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %139 = stablehlo.multiply %134, %138 : tensor<1x8x20xf32>
    %140 = stablehlo.add %8, %139 : tensor<1x8x20xf32>
    %141 = stablehlo.multiply %140, %140 : tensor<1x8x20xf32>
    %142 = stablehlo.constant dense<0.0> : tensor<f32>
    %143 = stablehlo.reduce(%141 init: %142) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %144 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<1x8xf32>
    %147 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %149 = stablehlo.add %146, %148 : tensor<1x8xf32>
    %150 = stablehlo.rsqrt %149 : tensor<1x8xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %152 = stablehlo.multiply %140, %151 : tensor<1x8x20xf32>
    %153 = stablehlo.constant dense<1.0> : tensor<f32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %155 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %154 : tensor<20xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %157 = stablehlo.multiply %152, %156 : tensor<1x8x20xf32>
    %158 = stablehlo.dot_general %157, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %159 = stablehlo.multiply %158, %158 : tensor<1x8x56xf32>
    %160 = stablehlo.multiply %159, %158 : tensor<1x8x56xf32>
    %161 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %163 = stablehlo.multiply %160, %162 : tensor<1x8x56xf32>
    %164 = stablehlo.add %158, %163 : tensor<1x8x56xf32>
    %165 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %167 = stablehlo.multiply %164, %166 : tensor<1x8x56xf32>
    %168 = stablehlo.constant dense<0.5> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %170 = stablehlo.multiply %158, %169 : tensor<1x8x56xf32>
    %171 = stablehlo.tanh %167 : tensor<1x8x56xf32>
    %172 = stablehlo.constant dense<1.0> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %174 = stablehlo.add %171, %173 : tensor<1x8x56xf32>
    %175 = stablehlo.multiply %170, %174 : tensor<1x8x56xf32>
    %176 = stablehlo.dot_general %157, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %177 = stablehlo.multiply %175, %176 : tensor<1x8x56xf32>
    %178 = stablehlo.dot_general %177, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %179 = stablehlo.multiply %178, %178 : tensor<1x8x20xf32>
    %180 = stablehlo.constant dense<0.0> : tensor<f32>
    %181 = stablehlo.reduce(%179 init: %180) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %182 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<1x8xf32>
    %185 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %187 = stablehlo.add %184, %186 : tensor<1x8xf32>
    %188 = stablehlo.rsqrt %187 : tensor<1x8xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %190 = stablehlo.multiply %178, %189 : tensor<1x8x20xf32>
    %191 = stablehlo.constant dense<1.0> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %193 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %192 : tensor<20xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %195 = stablehlo.multiply %190, %194 : tensor<1x8x20xf32>
    %196 = stablehlo.add %140, %195 : tensor<1x8x20xf32>
    %197 = stablehlo.reshape %87 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %198 = stablehlo.reshape %88 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %199 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %200 = stablehlo.reshape %199 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %201 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %202 = stablehlo.reshape %201 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %203 = stablehlo.multiply %196, %196 : tensor<1x8x20xf32>
    %204 = stablehlo.constant dense<0.0> : tensor<f32>
    %205 = stablehlo.reduce(%203 init: %204) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %206 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %208 = stablehlo.multiply %205, %207 : tensor<1x8xf32>
    %209 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %211 = stablehlo.add %208, %210 : tensor<1x8xf32>
    %212 = stablehlo.rsqrt %211 : tensor<1x8xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %214 = stablehlo.multiply %196, %213 : tensor<1x8x20xf32>
    %215 = stablehlo.constant dense<1.0> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %217 = stablehlo.add %model.layers.1.input_layernorm.weight, %216 : tensor<20xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %219 = stablehlo.multiply %214, %218 : tensor<1x8x20xf32>
    %220 = stablehlo.dot_general %219, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %221 = stablehlo.dot_general %219, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %222 = stablehlo.dot_general %219, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %223 = stablehlo.reshape %220 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %224 = stablehlo.reshape %221 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %225 = stablehlo.reshape %222 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %226 = "stablehlo.slice"(%223) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %227 = "stablehlo.slice"(%223) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %228 = stablehlo.negate %227 : tensor<1x8x4x6xf32>
    %229 = stablehlo.concatenate %228, %226, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %230 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %231 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %232 = stablehlo.multiply %223, %230 : tensor<1x8x4x12xf32>
    %233 = stablehlo.multiply %229, %231 : tensor<1x8x4x12xf32>
    %234 = stablehlo.add %232, %233 : tensor<1x8x4x12xf32>
    %235 = "stablehlo.slice"(%224) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %236 = "stablehlo.slice"(%224) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %237 = stablehlo.negate %236 : tensor<1x8x2x6xf32>
    %238 = stablehlo.concatenate %237, %235, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %239 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %240 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %241 = stablehlo.multiply %224, %239 : tensor<1x8x2x12xf32>
    %242 = stablehlo.multiply %238, %240 : tensor<1x8x2x12xf32>
    %243 = stablehlo.add %241, %242 : tensor<1x8x2x12xf32>
    %244 = stablehlo.reshape %234 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %245 = stablehlo.transpose %244, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %246 = stablehlo.transpose %243, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %247 = stablehlo.transpose %225, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %248 = stablehlo.dot_general %245, %246, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %249 = stablehlo.dot_general %245, %200, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %250 = stablehlo.concatenate %249, %248, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %251 = stablehlo.constant dense<0.0625> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %253 = stablehlo.multiply %250, %252 : tensor<1x2x8x2x24xf32>
    %254 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %256 = stablehlo.multiply %253, %255 : tensor<1x2x8x2x24xf32>
    %257 = stablehlo.tanh %256 : tensor<1x2x8x2x24xf32>
    %258 = stablehlo.constant dense<50.0> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %260 = stablehlo.multiply %257, %259 : tensor<1x2x8x2x24xf32>
    %261 = stablehlo.broadcast_in_dim %31, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %262 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %264 = stablehlo.select %261, %260, %263 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %265 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %266 = stablehlo.reduce(%264 init: %265) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %268 = stablehlo.subtract %264, %267 : tensor<1x2x8x2x24xf32>
    %269 = stablehlo.exponential %268 : tensor<1x2x8x2x24xf32>
    %270 = stablehlo.constant dense<0.0> : tensor<f32>
    %271 = stablehlo.reduce(%269 init: %270) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %273 = stablehlo.divide %269, %272 : tensor<1x2x8x2x24xf32>
    %274 = "stablehlo.slice"(%273) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %275 = "stablehlo.slice"(%273) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %276 = stablehlo.dot_general %274, %202, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %277 = stablehlo.dot_general %275, %247, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %278 = stablehlo.add %276, %277 : tensor<1x2x8x2x12xf32>
    %279 = stablehlo.transpose %278, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %280 = stablehlo.reshape %279 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %281 = stablehlo.dot_general %280, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %282 = stablehlo.multiply %281, %281 : tensor<1x8x20xf32>
    %283 = stablehlo.constant dense<0.0> : tensor<f32>
    %284 = stablehlo.reduce(%282 init: %283) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %285 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %287 = stablehlo.multiply %284, %286 : tensor<1x8xf32>
    %288 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %290 = stablehlo.add %287, %289 : tensor<1x8xf32>
    %291 = stablehlo.rsqrt %290 : tensor<1x8xf32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %293 = stablehlo.multiply %281, %292 : tensor<1x8x20xf32>
    %294 = stablehlo.constant dense<1.0> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %296 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %295 : tensor<20xf32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %298 = stablehlo.multiply %293, %297 : tensor<1x8x20xf32>
    %299 = stablehlo.add %196, %298 : tensor<1x8x20xf32>
    %300 = stablehlo.multiply %299, %299 : tensor<1x8x20xf32>
    %301 = stablehlo.constant dense<0.0> : tensor<f32>
    %302 = stablehlo.reduce(%300 init: %301) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %303 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %305 = stablehlo.multiply %302, %304 : tensor<1x8xf32>
    %306 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %308 = stablehlo.add %305, %307 : tensor<1x8xf32>
    %309 = stablehlo.rsqrt %308 : tensor<1x8xf32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %311 = stablehlo.multiply %299, %310 : tensor<1x8x20xf32>
    %312 = stablehlo.constant dense<1.0> : tensor<f32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %314 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %313 : tensor<20xf32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %316 = stablehlo.multiply %311, %315 : tensor<1x8x20xf32>
    %317 = stablehlo.dot_general %316, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %318 = stablehlo.multiply %317, %317 : tensor<1x8x56xf32>
    %319 = stablehlo.multiply %318, %317 : tensor<1x8x56xf32>
    %320 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %322 = stablehlo.multiply %319, %321 : tensor<1x8x56xf32>
    %323 = stablehlo.add %317, %322 : tensor<1x8x56xf32>
    %324 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %326 = stablehlo.multiply %323, %325 : tensor<1x8x56xf32>
    %327 = stablehlo.constant dense<0.5> : tensor<f32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %329 = stablehlo.multiply %317, %328 : tensor<1x8x56xf32>
    %330 = stablehlo.tanh %326 : tensor<1x8x56xf32>
    %331 = stablehlo.constant dense<1.0> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %333 = stablehlo.add %330, %332 : tensor<1x8x56xf32>
    %334 = stablehlo.multiply %329, %333 : tensor<1x8x56xf32>
    %335 = stablehlo.dot_general %316, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %336 = stablehlo.multiply %334, %335 : tensor<1x8x56xf32>
    %337 = stablehlo.dot_general %336, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %338 = stablehlo.multiply %337, %337 : tensor<1x8x20xf32>
    %339 = stablehlo.constant dense<0.0> : tensor<f32>
    %340 = stablehlo.reduce(%338 init: %339) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %341 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %343 = stablehlo.multiply %340, %342 : tensor<1x8xf32>
    %344 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %346 = stablehlo.add %343, %345 : tensor<1x8xf32>
    %347 = stablehlo.rsqrt %346 : tensor<1x8xf32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %349 = stablehlo.multiply %337, %348 : tensor<1x8x20xf32>
    %350 = stablehlo.constant dense<1.0> : tensor<f32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %352 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %351 : tensor<20xf32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %354 = stablehlo.multiply %349, %353 : tensor<1x8x20xf32>
    %355 = stablehlo.add %299, %354 : tensor<1x8x20xf32>
    %356 = stablehlo.reshape %246 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %357 = stablehlo.reshape %247 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %358 = stablehlo.multiply %355, %355 : tensor<1x8x20xf32>
    %359 = stablehlo.constant dense<0.0> : tensor<f32>
    %360 = stablehlo.reduce(%358 init: %359) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %361 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %363 = stablehlo.multiply %360, %362 : tensor<1x8xf32>
    %364 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %366 = stablehlo.add %363, %365 : tensor<1x8xf32>
    %367 = stablehlo.rsqrt %366 : tensor<1x8xf32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %369 = stablehlo.multiply %355, %368 : tensor<1x8x20xf32>
    %370 = stablehlo.constant dense<1.0> : tensor<f32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %372 = stablehlo.add %model.norm.weight, %371 : tensor<20xf32>
    %373 = stablehlo.broadcast_in_dim %372, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %374 = stablehlo.multiply %369, %373 : tensor<1x8x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %375 = stablehlo.concatenate %197, %356, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %376 = stablehlo.constant dense<0> : tensor<i32>
    %377 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %378 = stablehlo.dynamic_update_slice %2, %375, %376, %376, %376, %377, %376 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %379 = stablehlo.concatenate %198, %357, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %380 = stablehlo.constant dense<0> : tensor<i32>
    %381 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %382 = stablehlo.dynamic_update_slice %3, %379, %380, %380, %380, %381, %380 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %383 = stablehlo.constant dense<1> : tensor<i32>
    %384 = stablehlo.subtract %length, %383 : tensor<i32>
    %385 = stablehlo.constant dense<0> : tensor<i32>
    %386 = stablehlo.dynamic_slice %374, %385, %384, %385, sizes = [1, 1, 20] : (tensor<1x8x20xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x20xf32>
    %387 = stablehlo.reshape %386 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %388 = stablehlo.dot_general %model.embed_tokens.weight, %387, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %389 = stablehlo.constant dense<0.03333333507180214> : tensor<f32>
    %390 = stablehlo.broadcast_in_dim %389, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %391 = stablehlo.multiply %388, %390 : tensor<97xf32>
    %392 = stablehlo.tanh %391 : tensor<97xf32>
    %393 = stablehlo.constant dense<30.0> : tensor<f32>
    %394 = stablehlo.broadcast_in_dim %393, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %395 = stablehlo.multiply %392, %394 : tensor<97xf32>
    %396 = stablehlo.reshape %378 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %397 = stablehlo.reshape %382 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %395, %396, %397 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
