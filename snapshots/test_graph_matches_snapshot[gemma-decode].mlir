// gemma decode: capacity=16 bucket=1 slots=1; layers=2 hidden=40 heads=8 kv_heads=1 head_dim=12 vocab=97
module @gemma_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x1x16x12xf32>, %v_cache: tensor<2x1x16x12xf32>) -> (tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<1x1x1xi32>) -> tensor<1x1x40xf32>
    %6 = stablehlo.constant dense<6.324555397033691> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x1x40xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x1x40xf32>
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
    %23 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %24 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %25 = stablehlo.compare LT, %23, %24, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %26 = stablehlo.concatenate %25, %22, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: full_attention
    %27 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %29 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %31 = stablehlo.multiply %8, %8 : tensor<1x1x40xf32>
    %32 = stablehlo.constant dense<0.0> : tensor<f32>
    %33 = stablehlo.reduce(%31 init: %32) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %34 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %36 = stablehlo.multiply %33, %35 : tensor<1x1xf32>
    %37 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %39 = stablehlo.add %36, %38 : tensor<1x1xf32>
    %40 = stablehlo.rsqrt %39 : tensor<1x1xf32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %42 = stablehlo.multiply %8, %41 : tensor<1x1x40xf32>
    %43 = stablehlo.constant dense<1.0> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %45 = stablehlo.add %model.layers.0.input_layernorm.weight, %44 : tensor<40xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %47 = stablehlo.multiply %42, %46 : tensor<1x1x40xf32>
    %48 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %47, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<96x40xf32>, tensor<1x1x40xf32>) -> tensor<96x1x1xf32>
    %49 = stablehlo.reshape %48 : (tensor<96x1x1xf32>) -> tensor<1x1x96xf32>
    %50 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %47, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x40xf32>, tensor<1x1x40xf32>) -> tensor<12x1x1xf32>
    %51 = stablehlo.reshape %50 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %52 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %47, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x40xf32>, tensor<1x1x40xf32>) -> tensor<12x1x1xf32>
    %53 = stablehlo.reshape %52 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %54 = stablehlo.reshape %49 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %55 = stablehlo.reshape %51 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %56 = stablehlo.reshape %53 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %57 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %58 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %59 = stablehlo.negate %58 : tensor<1x1x8x6xf32>
    %60 = stablehlo.concatenate %59, %57, dim = 3 : (tensor<1x1x8x6xf32>, tensor<1x1x8x6xf32>) -> tensor<1x1x8x12xf32>
    %61 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %62 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %63 = stablehlo.multiply %54, %61 : tensor<1x1x8x12xf32>
    %64 = stablehlo.multiply %60, %62 : tensor<1x1x8x12xf32>
    %65 = stablehlo.add %63, %64 : tensor<1x1x8x12xf32>
    %66 = "stablehlo.slice"(%55) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %67 = "stablehlo.slice"(%55) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %68 = stablehlo.negate %67 : tensor<1x1x1x6xf32>
    %69 = stablehlo.concatenate %68, %66, dim = 3 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>) -> tensor<1x1x1x12xf32>
    %70 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %71 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %72 = stablehlo.multiply %55, %70 : tensor<1x1x1x12xf32>
    %73 = stablehlo.multiply %69, %71 : tensor<1x1x1x12xf32>
    %74 = stablehlo.add %72, %73 : tensor<1x1x1x12xf32>
    %75 = stablehlo.reshape %65 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %76 = stablehlo.transpose %75, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %77 = stablehlo.transpose %74, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %78 = stablehlo.transpose %56, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %79 = stablehlo.dot_general %76, %77, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %80 = stablehlo.dot_general %76, %28, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %81 = stablehlo.concatenate %80, %79, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %82 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %84 = stablehlo.multiply %81, %83 : tensor<1x1x1x8x17xf32>
    %85 = stablehlo.broadcast_in_dim %26, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %86 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %88 = stablehlo.select %85, %84, %87 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %89 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %90 = stablehlo.reduce(%88 init: %89) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %92 = stablehlo.subtract %88, %91 : tensor<1x1x1x8x17xf32>
    %93 = stablehlo.exponential %92 : tensor<1x1x1x8x17xf32>
    %94 = stablehlo.constant dense<0.0> : tensor<f32>
    %95 = stablehlo.reduce(%93 init: %94) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %97 = stablehlo.divide %93, %96 : tensor<1x1x1x8x17xf32>
    %98 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %99 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %100 = stablehlo.dot_general %98, %30, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %101 = stablehlo.dot_general %99, %78, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %102 = stablehlo.add %100, %101 : tensor<1x1x1x8x12xf32>
    %103 = stablehlo.transpose %102, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %104 = stablehlo.reshape %103 : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x96xf32>
    %105 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %104, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x96xf32>, tensor<1x1x96xf32>) -> tensor<40x1x1xf32>
    %106 = stablehlo.reshape %105 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %107 = stablehlo.add %8, %106 : tensor<1x1x40xf32>
    %108 = stablehlo.multiply %107, %107 : tensor<1x1x40xf32>
    %109 = stablehlo.constant dense<0.0> : tensor<f32>
    %110 = stablehlo.reduce(%108 init: %109) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %111 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<1x1xf32>
    %114 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %116 = stablehlo.add %113, %115 : tensor<1x1xf32>
    %117 = stablehlo.rsqrt %116 : tensor<1x1xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %119 = stablehlo.multiply %107, %118 : tensor<1x1x40xf32>
    %120 = stablehlo.constant dense<1.0> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %122 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %121 : tensor<40xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %124 = stablehlo.multiply %119, %123 : tensor<1x1x40xf32>
    %125 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %124, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %126 = stablehlo.reshape %125 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %127 = stablehlo.multiply %126, %126 : tensor<1x1x56xf32>
    %128 = stablehlo.multiply %127, %126 : tensor<1x1x56xf32>
    %129 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %131 = stablehlo.multiply %128, %130 : tensor<1x1x56xf32>
    %132 = stablehlo.add %126, %131 : tensor<1x1x56xf32>
    %133 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<1x1x56xf32>
    %136 = stablehlo.constant dense<0.5> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %138 = stablehlo.multiply %126, %137 : tensor<1x1x56xf32>
    %139 = stablehlo.tanh %135 : tensor<1x1x56xf32>
    %140 = stablehlo.constant dense<1.0> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %142 = stablehlo.add %139, %141 : tensor<1x1x56xf32>
    %143 = stablehlo.multiply %138, %142 : tensor<1x1x56xf32>
    %144 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %124, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %145 = stablehlo.reshape %144 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<1x1x56xf32>
    %147 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %146, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x56xf32>, tensor<1x1x56xf32>) -> tensor<40x1x1xf32>
    %148 = stablehlo.reshape %147 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %149 = stablehlo.add %107, %148 : tensor<1x1x40xf32>
    %150 = stablehlo.reshape %77 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %151 = stablehlo.reshape %78 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    // layer 1: full_attention
    %152 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %153 = stablehlo.reshape %152 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %154 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %156 = stablehlo.multiply %149, %149 : tensor<1x1x40xf32>
    %157 = stablehlo.constant dense<0.0> : tensor<f32>
    %158 = stablehlo.reduce(%156 init: %157) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %159 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %161 = stablehlo.multiply %158, %160 : tensor<1x1xf32>
    %162 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %164 = stablehlo.add %161, %163 : tensor<1x1xf32>
    %165 = stablehlo.rsqrt %164 : tensor<1x1xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %167 = stablehlo.multiply %149, %166 : tensor<1x1x40xf32>
    %168 = stablehlo.constant dense<1.0> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %170 = stablehlo.add %model.layers.1.input_layernorm.weight, %169 : tensor<40xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %172 = stablehlo.multiply %167, %171 : tensor<1x1x40xf32>
    %173 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %172, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<96x40xf32>, tensor<1x1x40xf32>) -> tensor<96x1x1xf32>
    %174 = stablehlo.reshape %173 : (tensor<96x1x1xf32>) -> tensor<1x1x96xf32>
    %175 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %172, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x40xf32>, tensor<1x1x40xf32>) -> tensor<12x1x1xf32>
    %176 = stablehlo.reshape %175 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %177 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %172, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x40xf32>, tensor<1x1x40xf32>) -> tensor<12x1x1xf32>
    %178 = stablehlo.reshape %177 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %179 = stablehlo.reshape %174 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %180 = stablehlo.reshape %176 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %181 = stablehlo.reshape %178 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %182 = "stablehlo.slice"(%179) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %183 = "stablehlo.slice"(%179) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %184 = stablehlo.negate %183 : tensor<1x1x8x6xf32>
    %185 = stablehlo.concatenate %184, %182, dim = 3 : (tensor<1x1x8x6xf32>, tensor<1x1x8x6xf32>) -> tensor<1x1x8x12xf32>
    %186 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %187 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %188 = stablehlo.multiply %179, %186 : tensor<1x1x8x12xf32>
    %189 = stablehlo.multiply %185, %187 : tensor<1x1x8x12xf32>
    %190 = stablehlo.add %188, %189 : tensor<1x1x8x12xf32>
    %191 = "stablehlo.slice"(%180) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %192 = "stablehlo.slice"(%180) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %193 = stablehlo.negate %192 : tensor<1x1x1x6xf32>
    %194 = stablehlo.concatenate %193, %191, dim = 3 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>) -> tensor<1x1x1x12xf32>
    %195 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %196 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %197 = stablehlo.multiply %180, %195 : tensor<1x1x1x12xf32>
    %198 = stablehlo.multiply %194, %196 : tensor<1x1x1x12xf32>
    %199 = stablehlo.add %197, %198 : tensor<1x1x1x12xf32>
    %200 = stablehlo.reshape %190 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %201 = stablehlo.transpose %200, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %202 = stablehlo.transpose %199, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %203 = stablehlo.transpose %181, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %204 = stablehlo.dot_general %201, %202, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %205 = stablehlo.dot_general %201, %153, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %206 = stablehlo.concatenate %205, %204, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %207 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %209 = stablehlo.multiply %206, %208 : tensor<1x1x1x8x17xf32>
    %210 = stablehlo.broadcast_in_dim %26, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %211 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %213 = stablehlo.select %210, %209, %212 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %214 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %215 = stablehlo.reduce(%213 init: %214) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %217 = stablehlo.subtract %213, %216 : tensor<1x1x1x8x17xf32>
    %218 = stablehlo.exponential %217 : tensor<1x1x1x8x17xf32>
    %219 = stablehlo.constant dense<0.0> : tensor<f32>
    %220 = stablehlo.reduce(%218 init: %219) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %222 = stablehlo.divide %218, %221 : tensor<1x1x1x8x17xf32>
    %223 = "stablehlo.slice"(%222) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %224 = "stablehlo.slice"(%222) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %225 = stablehlo.dot_general %223, %155, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %226 = stablehlo.dot_general %224, %203, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %227 = stablehlo.add %225, %226 : tensor<1x1x1x8x12xf32>
    %228 = stablehlo.transpose %227, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %229 = stablehlo.reshape %228 : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x96xf32>
    %230 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %229, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x96xf32>, tensor<1x1x96xf32>) -> tensor<40x1x1xf32>
    %231 = stablehlo.reshape %230 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %232 = stablehlo.add %149, %231 : tensor<1x1x40xf32>
    %233 = stablehlo.multiply %232, %232 : tensor<1x1x40xf32>
    %234 = stablehlo.constant dense<0.0> : tensor<f32>
    %235 = stablehlo.reduce(%233 init: %234) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %236 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %238 = stablehlo.multiply %235, %237 : tensor<1x1xf32>
    %239 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %241 = stablehlo.add %238, %240 : tensor<1x1xf32>
    %242 = stablehlo.rsqrt %241 : tensor<1x1xf32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %244 = stablehlo.multiply %232, %243 : tensor<1x1x40xf32>
    %245 = stablehlo.constant dense<1.0> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %247 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %246 : tensor<40xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %249 = stablehlo.multiply %244, %248 : tensor<1x1x40xf32>
    %250 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %249, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %251 = stablehlo.reshape %250 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %252 = stablehlo.multiply %251, %251 : tensor<1x1x56xf32>
    %253 = stablehlo.multiply %252, %251 : tensor<1x1x56xf32>
    %254 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %256 = stablehlo.multiply %253, %255 : tensor<1x1x56xf32>
    %257 = stablehlo.add %251, %256 : tensor<1x1x56xf32>
    %258 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %260 = stablehlo.multiply %257, %259 : tensor<1x1x56xf32>
    %261 = stablehlo.constant dense<0.5> : tensor<f32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %263 = stablehlo.multiply %251, %262 : tensor<1x1x56xf32>
    %264 = stablehlo.tanh %260 : tensor<1x1x56xf32>
    %265 = stablehlo.constant dense<1.0> : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %267 = stablehlo.add %264, %266 : tensor<1x1x56xf32>
    %268 = stablehlo.multiply %263, %267 : tensor<1x1x56xf32>
    %269 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %249, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %270 = stablehlo.reshape %269 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %271 = stablehlo.multiply %268, %270 : tensor<1x1x56xf32>
    %272 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %271, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x56xf32>, tensor<1x1x56xf32>) -> tensor<40x1x1xf32>
    %273 = stablehlo.reshape %272 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %274 = stablehlo.add %232, %273 : tensor<1x1x40xf32>
    %275 = stablehlo.reshape %202 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %276 = stablehlo.reshape %203 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %277 = stablehlo.multiply %274, %274 : tensor<1x1x40xf32>
    %278 = stablehlo.constant dense<0.0> : tensor<f32>
    %279 = stablehlo.reduce(%277 init: %278) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %280 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %282 = stablehlo.multiply %279, %281 : tensor<1x1xf32>
    %283 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %285 = stablehlo.add %282, %284 : tensor<1x1xf32>
    %286 = stablehlo.rsqrt %285 : tensor<1x1xf32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %288 = stablehlo.multiply %274, %287 : tensor<1x1x40xf32>
    %289 = stablehlo.constant dense<1.0> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %291 = stablehlo.add %model.norm.weight, %290 : tensor<40xf32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %293 = stablehlo.multiply %288, %292 : tensor<1x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %294 = stablehlo.concatenate %150, %275, dim = 1 : (tensor<1x1x1x1x12xf32>, tensor<1x1x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %295 = stablehlo.constant dense<0> : tensor<i32>
    %296 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %297 = stablehlo.dynamic_update_slice %2, %294, %295, %295, %295, %296, %295 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %298 = stablehlo.concatenate %151, %276, dim = 1 : (tensor<1x1x1x1x12xf32>, tensor<1x1x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %299 = stablehlo.constant dense<0> : tensor<i32>
    %300 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %301 = stablehlo.dynamic_update_slice %3, %298, %299, %299, %299, %300, %299 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %302 = stablehlo.reshape %293 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %303 = stablehlo.dot_general %model.embed_tokens.weight, %302, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x40xf32>, tensor<40xf32>) -> tensor<97xf32>
    %304 = stablehlo.reshape %297 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    %305 = stablehlo.reshape %301 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    return %303, %304, %305 : tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>
  }
}
