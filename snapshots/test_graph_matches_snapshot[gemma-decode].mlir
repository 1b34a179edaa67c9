// gemma decode: capacity=16 bucket=1 slots=1; layers=2 hidden=80 heads=16 kv_heads=2 head_dim=12 vocab=97
module @gemma_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x80xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<192x80xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x80xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x80xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<80x192xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x80xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x80xf32>, %model.layers.0.mlp.down_proj.weight: tensor<80x56xf32>, %model.layers.0.input_layernorm.weight: tensor<80xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<80xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<192x80xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x80xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x80xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<80x192xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x80xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x80xf32>, %model.layers.1.mlp.down_proj.weight: tensor<80x56xf32>, %model.layers.1.input_layernorm.weight: tensor<80xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<80xf32>, %model.norm.weight: tensor<80xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 80>, indices_are_sorted = false} : (tensor<97x80xf32>, tensor<1x1x1xi32>) -> tensor<1x1x80xf32>
    %6 = stablehlo.constant dense<8.9442720413208> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x1x80xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x1x80xf32>
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
    // layer 0: full_attention
    %29 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %31 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %33 = stablehlo.multiply %8, %8 : tensor<1x1x80xf32>
    %34 = stablehlo.constant dense<0.0> : tensor<f32>
    %35 = stablehlo.reduce(%33 init: %34) applies stablehlo.add across dimensions = [2] : (tensor<1x1x80xf32>, tensor<f32>) -> tensor<1x1xf32>
    %36 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %38 = stablehlo.multiply %35, %37 : tensor<1x1xf32>
    %39 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %41 = stablehlo.add %38, %40 : tensor<1x1xf32>
    %42 = stablehlo.rsqrt %41 : tensor<1x1xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x80xf32>
    %44 = stablehlo.multiply %8, %43 : tensor<1x1x80xf32>
    %45 = stablehlo.constant dense<1.0> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %47 = stablehlo.add %model.layers.0.input_layernorm.weight, %46 : tensor<80xf32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [2] : (tensor<80xf32>) -> tensor<1x1x80xf32>
    %49 = stablehlo.multiply %44, %48 : tensor<1x1x80xf32>
    %50 = stablehlo.dot_general %49, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<192x80xf32>) -> tensor<1x1x192xf32>
    %51 = stablehlo.dot_general %49, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<24x80xf32>) -> tensor<1x1x24xf32>
    %52 = stablehlo.dot_general %49, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<24x80xf32>) -> tensor<1x1x24xf32>
    %53 = stablehlo.reshape %50 : (tensor<1x1x192xf32>) -> tensor<1x1x16x12xf32>
    %54 = stablehlo.reshape %51 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %55 = stablehlo.reshape %52 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %56 = "stablehlo.slice"(%53) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x12xf32>) -> tensor<1x1x16x6xf32>
    %57 = "stablehlo.slice"(%53) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x12xf32>) -> tensor<1x1x16x6xf32>
    %58 = stablehlo.negate %57 : tensor<1x1x16x6xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 3 : (tensor<1x1x16x6xf32>, tensor<1x1x16x6xf32>) -> tensor<1x1x16x12xf32>
    %60 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x16x12xf32>
    %61 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x16x12xf32>
    %62 = stablehlo.multiply %53, %60 : tensor<1x1x16x12xf32>
    %63 = stablehlo.multiply %59, %61 : tensor<1x1x16x12xf32>
    %64 = stablehlo.add %62, %63 : tensor<1x1x16x12xf32>
    %65 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %66 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %67 = stablehlo.negate %66 : tensor<1x1x2x6xf32>
    %68 = stablehlo.concatenate %67, %65, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %69 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %70 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %71 = stablehlo.multiply %54, %69 : tensor<1x1x2x12xf32>
    %72 = stablehlo.multiply %68, %70 : tensor<1x1x2x12xf32>
    %73 = stablehlo.add %71, %72 : tensor<1x1x2x12xf32>
    %74 = stablehlo.reshape %64 : (tensor<1x1x16x12xf32>) -> tensor<1x1x2x8x12xf32>
    %75 = stablehlo.transpose %74, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %76 = stablehlo.transpose %73, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %77 = stablehlo.transpose %55, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %78 = stablehlo.dot_general %75, %30, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x16xf32>
    %79 = stablehlo.dot_general %75, %76, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x1xf32>
    %80 = stablehlo.concatenate %78, %79, dim = 4 : (tensor<1x2x1x8x16xf32>, tensor<1x2x1x8x1xf32>) -> tensor<1x2x1x8x17xf32>
    %81 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %83 = stablehlo.multiply %80, %82 : tensor<1x2x1x8x17xf32>
    %84 = stablehlo.broadcast_in_dim %28, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x8x17xi1>
    %85 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %87 = stablehlo.select %84, %83, %86 : (tensor<1x2x1x8x17xi1>, tensor<1x2x1x8x17xf32>, tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x17xf32>
    %88 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %89 = stablehlo.reduce(%87 init: %88) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %91 = stablehlo.subtract %87, %90 : tensor<1x2x1x8x17xf32>
    %92 = stablehlo.exponential %91 : tensor<1x2x1x8x17xf32>
    %93 = stablehlo.constant dense<0.0> : tensor<f32>
    %94 = stablehlo.reduce(%92 init: %93) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %96 = stablehlo.divide %92, %95 : tensor<1x2x1x8x17xf32>
    %97 = "stablehlo.slice"(%96) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x16xf32>
    %98 = "stablehlo.slice"(%96) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x1xf32>
    %99 = stablehlo.dot_general %97, %32, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x12xf32>
    %100 = stablehlo.dot_general %98, %77, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x12xf32>
    %101 = stablehlo.add %99, %100 : tensor<1x2x1x8x12xf32>
    %102 = stablehlo.transpose %101, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x1x2x8x12xf32>) -> tensor<1x1x192xf32>
    %104 = stablehlo.dot_general %103, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x192xf32>, tensor<80x192xf32>) -> tensor<1x1x80xf32>
    %105 = stablehlo.add %8, %104 : tensor<1x1x80xf32>
    %106 = stablehlo.multiply %105, %105 : tensor<1x1x80xf32>
    %107 = stablehlo.constant dense<0.0> : tensor<f32>
    %108 = stablehlo.reduce(%106 init: %107) applies stablehlo.add across dimensions = [2] : (tensor<1x1x80xf32>, tensor<f32>) -> tensor<1x1xf32>
    %109 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %111 = stablehlo.multiply %108, %110 : tensor<1x1xf32>
    %112 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %114 = stablehlo.add %111, %113 : tensor<1x1xf32>
    %115 = stablehlo.rsqrt %114 : tensor<1x1xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x80xf32>
    %117 = stablehlo.multiply %105, %116 : tensor<1x1x80xf32>
    %118 = stablehlo.constant dense<1.0> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %120 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %119 : tensor<80xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [2] : (tensor<80xf32>) -> tensor<1x1x80xf32>
    %122 = stablehlo.multiply %117, %121 : tensor<1x1x80xf32>
    %123 = stablehlo.dot_general %122, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<56x80xf32>) -> tensor<1x1x56xf32>
    %124 = stablehlo.multiply %123, %123 : tensor<1x1x56xf32>
    %125 = stablehlo.multiply %124, %123 : tensor<1x1x56xf32>
    %126 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %128 = stablehlo.multiply %125, %127 : tensor<1x1x56xf32>
    %129 = stablehlo.add %123, %128 : tensor<1x1x56xf32>
    %130 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<1x1x56xf32>
    %133 = stablehlo.constant dense<0.5> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %135 = stablehlo.multiply %123, %134 : tensor<1x1x56xf32>
    %136 = stablehlo.tanh %132 : tensor<1x1x56xf32>
    %137 = stablehlo.constant dense<1.0> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %139 = stablehlo.add %136, %138 : tensor<1x1x56xf32>
    %140 = stablehlo.multiply %135, %139 : tensor<1x1x56xf32>
    %141 = stablehlo.dot_general %122, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<56x80xf32>) -> tensor<1x1x56xf32>
    %142 = stablehlo.multiply %140, %141 : tensor<1x1x56xf32>
    %143 = stablehlo.dot_general %142, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<80x56xf32>) -> tensor<1x1x80xf32>
    %144 = stablehlo.add %105, %143 : tensor<1x1x80xf32>
    %145 = stablehlo.reshape %76 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %146 = stablehlo.reshape %77 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %147 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %149 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %151 = stablehlo.multiply %144, %144 : tensor<1x1x80xf32>
    %152 = stablehlo.constant dense<0.0> : tensor<f32>
    %153 = stablehlo.reduce(%151 init: %152) applies stablehlo.add across dimensions = [2] : (tensor<1x1x80xf32>, tensor<f32>) -> tensor<1x1xf32>
    %154 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %156 = stablehlo.multiply %153, %155 : tensor<1x1xf32>
    %157 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %159 = stablehlo.add %156, %158 : tensor<1x1xf32>
    %160 = stablehlo.rsqrt %159 : tensor<1x1xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x80xf32>
    %162 = stablehlo.multiply %144, %161 : tensor<1x1x80xf32>
    %163 = stablehlo.constant dense<1.0> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %165 = stablehlo.add %model.layers.1.input_layernorm.weight, %164 : tensor<80xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [2] : (tensor<80xf32>) -> tensor<1x1x80xf32>
    %167 = stablehlo.multiply %162, %166 : tensor<1x1x80xf32>
    %168 = stablehlo.dot_general %167, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<192x80xf32>) -> tensor<1x1x192xf32>
    %169 = stablehlo.dot_general %167, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<24x80xf32>) -> tensor<1x1x24xf32>
    %170 = stablehlo.dot_general %167, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<24x80xf32>) -> tensor<1x1x24xf32>
    %171 = stablehlo.reshape %168 : (tensor<1x1x192xf32>) -> tensor<1x1x16x12xf32>
    %172 = stablehlo.reshape %169 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %173 = stablehlo.reshape %170 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %174 = "stablehlo.slice"(%171) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x12xf32>) -> tensor<1x1x16x6xf32>
    %175 = "stablehlo.slice"(%171) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x12xf32>) -> tensor<1x1x16x6xf32>
    %176 = stablehlo.negate %175 : tensor<1x1x16x6xf32>
    %177 = stablehlo.concatenate %176, %174, dim = 3 : (tensor<1x1x16x6xf32>, tensor<1x1x16x6xf32>) -> tensor<1x1x16x12xf32>
    %178 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x16x12xf32>
    %179 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x16x12xf32>
    %180 = stablehlo.multiply %171, %178 : tensor<1x1x16x12xf32>
    %181 = stablehlo.multiply %177, %179 : tensor<1x1x16x12xf32>
    %182 = stablehlo.add %180, %181 : tensor<1x1x16x12xf32>
    %183 = "stablehlo.slice"(%172) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %184 = "stablehlo.slice"(%172) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %185 = stablehlo.negate %184 : tensor<1x1x2x6xf32>
    %186 = stablehlo.concatenate %185, %183, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %187 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %188 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %189 = stablehlo.multiply %172, %187 : tensor<1x1x2x12xf32>
    %190 = stablehlo.multiply %186, %188 : tensor<1x1x2x12xf32>
    %191 = stablehlo.add %189, %190 : tensor<1x1x2x12xf32>
    %192 = stablehlo.reshape %182 : (tensor<1x1x16x12xf32>) -> tensor<1x1x2x8x12xf32>
    %193 = stablehlo.transpose %192, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %194 = stablehlo.transpose %191, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %195 = stablehlo.transpose %173, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %196 = stablehlo.dot_general %193, %148, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x16xf32>
    %197 = stablehlo.dot_general %193, %194, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x1xf32>
    %198 = stablehlo.concatenate %196, %197, dim = 4 : (tensor<1x2x1x8x16xf32>, tensor<1x2x1x8x1xf32>) -> tensor<1x2x1x8x17xf32>
    %199 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<1x2x1x8x17xf32>
    %202 = stablehlo.broadcast_in_dim %28, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x8x17xi1>
    %203 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<1x2x1x8x17xf32>
    %205 = stablehlo.select %202, %201, %204 : (tensor<1x2x1x8x17xi1>, tensor<1x2x1x8x17xf32>, tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x17xf32>
    %206 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %207 = stablehlo.reduce(%205 init: %206) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %209 = stablehlo.subtract %205, %208 : tensor<1x2x1x8x17xf32>
    %210 = stablehlo.exponential %209 : tensor<1x2x1x8x17xf32>
    %211 = stablehlo.constant dense<0.0> : tensor<f32>
    %212 = stablehlo.reduce(%210 init: %211) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x8x17xf32>, tensor<f32>) -> tensor<1x2x1x8xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1, 2, 3] : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8x17xf32>
    %214 = stablehlo.divide %210, %213 : tensor<1x2x1x8x17xf32>
    %215 = "stablehlo.slice"(%214) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x16xf32>
    %216 = "stablehlo.slice"(%214) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x8x17xf32>) -> tensor<1x2x1x8x1xf32>
    %217 = stablehlo.dot_general %215, %150, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x8x12xf32>
    %218 = stablehlo.dot_general %216, %195, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x8x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x8x12xf32>
    %219 = stablehlo.add %217, %218 : tensor<1x2x1x8x12xf32>
    %220 = stablehlo.transpose %219, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %221 = stablehlo.reshape %220 : (tensor<1x1x2x8x12xf32>) -> tensor<1x1x192xf32>
    %222 = stablehlo.dot_general %221, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x192xf32>, tensor<80x192xf32>) -> tensor<1x1x80xf32>
    %223 = stablehlo.add %144, %222 : tensor<1x1x80xf32>
    %224 = stablehlo.multiply %223, %223 : tensor<1x1x80xf32>
    %225 = stablehlo.constant dense<0.0> : tensor<f32>
    %226 = stablehlo.reduce(%224 init: %225) applies stablehlo.add across dimensions = [2] : (tensor<1x1x80xf32>, tensor<f32>) -> tensor<1x1xf32>
    %227 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %229 = stablehlo.multiply %226, %228 : tensor<1x1xf32>
    %230 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %232 = stablehlo.add %229, %231 : tensor<1x1xf32>
    %233 = stablehlo.rsqrt %232 : tensor<1x1xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x80xf32>
    %235 = stablehlo.multiply %223, %234 : tensor<1x1x80xf32>
    %236 = stablehlo.constant dense<1.0> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %238 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %237 : tensor<80xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [2] : (tensor<80xf32>) -> tensor<1x1x80xf32>
    %240 = stablehlo.multiply %235, %239 : tensor<1x1x80xf32>
    %241 = stablehlo.dot_general %240, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<56x80xf32>) -> tensor<1x1x56xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<1x1x56xf32>
    %243 = stablehlo.multiply %242, %241 : tensor<1x1x56xf32>
    %244 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %246 = stablehlo.multiply %243, %245 : tensor<1x1x56xf32>
    %247 = stablehlo.add %241, %246 : tensor<1x1x56xf32>
    %248 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %250 = stablehlo.multiply %247, %249 : tensor<1x1x56xf32>
    %251 = stablehlo.constant dense<0.5> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %253 = stablehlo.multiply %241, %252 : tensor<1x1x56xf32>
    %254 = stablehlo.tanh %250 : tensor<1x1x56xf32>
    %255 = stablehlo.constant dense<1.0> : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %257 = stablehlo.add %254, %256 : tensor<1x1x56xf32>
    %258 = stablehlo.multiply %253, %257 : tensor<1x1x56xf32>
    %259 = stablehlo.dot_general %240, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x80xf32>, tensor<56x80xf32>) -> tensor<1x1x56xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<1x1x56xf32>
    %261 = stablehlo.dot_general %260, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x56xf32>, tensor<80x56xf32>) -> tensor<1x1x80xf32>
    %262 = stablehlo.add %223, %261 : tensor<1x1x80xf32>
    %263 = stablehlo.reshape %194 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %264 = stablehlo.reshape %195 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %265 = stablehlo.multiply %262, %262 : tensor<1x1x80xf32>
    %266 = stablehlo.constant dense<0.0> : tensor<f32>
    %267 = stablehlo.reduce(%265 init: %266) applies stablehlo.add across dimensions = [2] : (tensor<1x1x80xf32>, tensor<f32>) -> tensor<1x1xf32>
    %268 = stablehlo.constant dense<0.012500000186264515> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %270 = stablehlo.multiply %267, %269 : tensor<1x1xf32>
    %271 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %273 = stablehlo.add %270, %272 : tensor<1x1xf32>
    %274 = stablehlo.rsqrt %273 : tensor<1x1xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x80xf32>
    %276 = stablehlo.multiply %262, %275 : tensor<1x1x80xf32>
    %277 = stablehlo.constant dense<1.0> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<80xf32>
    %279 = stablehlo.add %model.norm.weight, %278 : tensor<80xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [2] : (tensor<80xf32>) -> tensor<1x1x80xf32>
    %281 = stablehlo.multiply %276, %280 : tensor<1x1x80xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %282 = stablehlo.concatenate %145, %263, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %283 = stablehlo.constant dense<0> : tensor<i32>
    %284 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %285 = stablehlo.dynamic_update_slice %2, %282, %283, %283, %283, %284, %283 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %286 = stablehlo.concatenate %146, %264, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %287 = stablehlo.constant dense<0> : tensor<i32>
    %288 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %289 = stablehlo.dynamic_update_slice %3, %286, %287, %287, %287, %288, %287 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %290 = stablehlo.reshape %281 : (tensor<1x1x80xf32>) -> tensor<80xf32>
    %291 = stablehlo.dot_general %290, %model.embed_tokens.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<80xf32>, tensor<97x80xf32>) -> tensor<97xf32>
    %292 = stablehlo.reshape %285 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %293 = stablehlo.reshape %289 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %291, %292, %293 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
