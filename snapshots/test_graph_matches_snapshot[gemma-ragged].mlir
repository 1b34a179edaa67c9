// gemma ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=1 head_dim=12 vocab=97
module @gemma_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x1x16x12xf32>, %v_cache: tensor<3x2x1x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<3x1x1xi32>) -> tensor<3x1x40xf32>
    %3 = stablehlo.constant dense<6.324555397033691> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<3x1x40xf32>
    %5 = stablehlo.multiply %2, %4 : tensor<3x1x40xf32>
    %6 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<3x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.2154434472322464, 0.04641588404774666, 0.009999999776482582, 0.002154434332624078, 0.00046415894757956266]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<3x1x6xf32>
    %14 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %16 = stablehlo.multiply %13, %15 : tensor<3x1x6xf32>
    %17 = stablehlo.round_nearest_even %16 : tensor<3x1x6xf32>
    %18 = stablehlo.constant dense<6.28125> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %20 = stablehlo.multiply %17, %19 : tensor<3x1x6xf32>
    %21 = stablehlo.subtract %13, %20 : tensor<3x1x6xf32>
    %22 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %24 = stablehlo.multiply %17, %23 : tensor<3x1x6xf32>
    %25 = stablehlo.negate %24 : tensor<3x1x6xf32>
    %26 = stablehlo.add %21, %25 : tensor<3x1x6xf32>
    %27 = stablehlo.subtract %26, %21 : tensor<3x1x6xf32>
    %28 = stablehlo.subtract %26, %27 : tensor<3x1x6xf32>
    %29 = stablehlo.subtract %21, %28 : tensor<3x1x6xf32>
    %30 = stablehlo.subtract %25, %27 : tensor<3x1x6xf32>
    %31 = stablehlo.add %29, %30 : tensor<3x1x6xf32>
    %32 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %34 = stablehlo.multiply %17, %33 : tensor<3x1x6xf32>
    %35 = stablehlo.negate %34 : tensor<3x1x6xf32>
    %36 = stablehlo.add %26, %35 : tensor<3x1x6xf32>
    %37 = stablehlo.subtract %36, %26 : tensor<3x1x6xf32>
    %38 = stablehlo.subtract %36, %37 : tensor<3x1x6xf32>
    %39 = stablehlo.subtract %26, %38 : tensor<3x1x6xf32>
    %40 = stablehlo.subtract %35, %37 : tensor<3x1x6xf32>
    %41 = stablehlo.add %39, %40 : tensor<3x1x6xf32>
    %42 = stablehlo.add %31, %41 : tensor<3x1x6xf32>
    %43 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %45 = stablehlo.multiply %17, %44 : tensor<3x1x6xf32>
    %46 = stablehlo.subtract %42, %45 : tensor<3x1x6xf32>
    %47 = stablehlo.cosine %36 : tensor<3x1x6xf32>
    %48 = stablehlo.sine %36 : tensor<3x1x6xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<3x1x6xf32>
    %50 = stablehlo.subtract %47, %49 : tensor<3x1x6xf32>
    %51 = stablehlo.multiply %46, %47 : tensor<3x1x6xf32>
    %52 = stablehlo.add %48, %51 : tensor<3x1x6xf32>
    %53 = stablehlo.concatenate %50, %50, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %54 = stablehlo.concatenate %52, %52, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %55 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %56 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %57 = stablehlo.compare LE, %56, %55, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %58 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %59 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %60 = stablehlo.compare LT, %58, %59, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %61 = stablehlo.concatenate %60, %57, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %62 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %64 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %66 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %68 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %70 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %72 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %74 = stablehlo.multiply %5, %5 : tensor<3x1x40xf32>
    %75 = stablehlo.constant dense<0.0> : tensor<f32>
    %76 = stablehlo.reduce(%74 init: %75) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %77 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %77, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %79 = stablehlo.multiply %76, %78 : tensor<3x1xf32>
    %80 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %82 = stablehlo.add %79, %81 : tensor<3x1xf32>
    %83 = stablehlo.rsqrt %82 : tensor<3x1xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %85 = stablehlo.multiply %5, %84 : tensor<3x1x40xf32>
    %86 = stablehlo.constant dense<1.0> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %88 = stablehlo.add %model.layers.0.input_layernorm.weight, %87 : tensor<40xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %90 = stablehlo.multiply %85, %89 : tensor<3x1x40xf32>
    %91 = stablehlo.dot_general %90, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %92 = stablehlo.dot_general %90, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %93 = stablehlo.dot_general %90, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %94 = stablehlo.reshape %91 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %95 = stablehlo.reshape %92 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %96 = stablehlo.reshape %93 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %97 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %98 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %99 = stablehlo.negate %98 : tensor<3x1x8x6xf32>
    %100 = stablehlo.concatenate %99, %97, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %101 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %102 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %103 = stablehlo.multiply %94, %101 : tensor<3x1x8x12xf32>
    %104 = stablehlo.multiply %100, %102 : tensor<3x1x8x12xf32>
    %105 = stablehlo.add %103, %104 : tensor<3x1x8x12xf32>
    %106 = "stablehlo.slice"(%95) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %107 = "stablehlo.slice"(%95) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %108 = stablehlo.negate %107 : tensor<3x1x1x6xf32>
    %109 = stablehlo.concatenate %108, %106, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %110 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %111 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %112 = stablehlo.multiply %95, %110 : tensor<3x1x1x12xf32>
    %113 = stablehlo.multiply %109, %111 : tensor<3x1x1x12xf32>
    %114 = stablehlo.add %112, %113 : tensor<3x1x1x12xf32>
    %115 = stablehlo.reshape %105 : (tensor<3x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %116 = stablehlo.transpose %115, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %117 = stablehlo.transpose %114, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %118 = stablehlo.transpose %96, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %119 = "stablehlo.slice"(%116) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %120 = "stablehlo.slice"(%117) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %121 = "stablehlo.slice"(%118) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %122 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %123 = stablehlo.dot_general %119, %120, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %124 = stablehlo.dot_general %119, %63, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %125 = stablehlo.concatenate %124, %123, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %126 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %128 = stablehlo.multiply %125, %127 : tensor<1x1x1x8x17xf32>
    %129 = stablehlo.broadcast_in_dim %122, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %130 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %132 = stablehlo.select %129, %128, %131 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %133 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %134 = stablehlo.reduce(%132 init: %133) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %136 = stablehlo.subtract %132, %135 : tensor<1x1x1x8x17xf32>
    %137 = stablehlo.exponential %136 : tensor<1x1x1x8x17xf32>
    %138 = stablehlo.constant dense<0.0> : tensor<f32>
    %139 = stablehlo.reduce(%137 init: %138) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %141 = stablehlo.divide %137, %140 : tensor<1x1x1x8x17xf32>
    %142 = "stablehlo.slice"(%141) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %143 = "stablehlo.slice"(%141) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %144 = stablehlo.dot_general %142, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %145 = stablehlo.dot_general %143, %121, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %146 = stablehlo.add %144, %145 : tensor<1x1x1x8x12xf32>
    %147 = "stablehlo.slice"(%116) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %148 = "stablehlo.slice"(%117) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %149 = "stablehlo.slice"(%118) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %150 = "stablehlo.slice"(%61) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %151 = stablehlo.dot_general %147, %148, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %152 = stablehlo.dot_general %147, %67, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %153 = stablehlo.concatenate %152, %151, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %154 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %156 = stablehlo.multiply %153, %155 : tensor<1x1x1x8x17xf32>
    %157 = stablehlo.broadcast_in_dim %150, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %158 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %160 = stablehlo.select %157, %156, %159 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %161 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %162 = stablehlo.reduce(%160 init: %161) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %164 = stablehlo.subtract %160, %163 : tensor<1x1x1x8x17xf32>
    %165 = stablehlo.exponential %164 : tensor<1x1x1x8x17xf32>
    %166 = stablehlo.constant dense<0.0> : tensor<f32>
    %167 = stablehlo.reduce(%165 init: %166) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %169 = stablehlo.divide %165, %168 : tensor<1x1x1x8x17xf32>
    %170 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %171 = "stablehlo.slice"(%169) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %172 = stablehlo.dot_general %170, %69, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %173 = stablehlo.dot_general %171, %149, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %174 = stablehlo.add %172, %173 : tensor<1x1x1x8x12xf32>
    %175 = "stablehlo.slice"(%116) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %176 = "stablehlo.slice"(%117) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %177 = "stablehlo.slice"(%118) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %178 = "stablehlo.slice"(%61) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %179 = stablehlo.dot_general %175, %176, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %180 = stablehlo.dot_general %175, %71, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %181 = stablehlo.concatenate %180, %179, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %182 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<1x1x1x8x17xf32>
    %185 = stablehlo.broadcast_in_dim %178, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %186 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %188 = stablehlo.select %185, %184, %187 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %189 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %190 = stablehlo.reduce(%188 init: %189) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %192 = stablehlo.subtract %188, %191 : tensor<1x1x1x8x17xf32>
    %193 = stablehlo.exponential %192 : tensor<1x1x1x8x17xf32>
    %194 = stablehlo.constant dense<0.0> : tensor<f32>
    %195 = stablehlo.reduce(%193 init: %194) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %197 = stablehlo.divide %193, %196 : tensor<1x1x1x8x17xf32>
    %198 = "stablehlo.slice"(%197) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %199 = "stablehlo.slice"(%197) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %200 = stablehlo.dot_general %198, %73, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %201 = stablehlo.dot_general %199, %177, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %202 = stablehlo.add %200, %201 : tensor<1x1x1x8x12xf32>
    %203 = stablehlo.concatenate %146, %174, %202, dim = 0 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %204 = stablehlo.transpose %203, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %205 = stablehlo.reshape %204 : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x96xf32>
    %206 = stablehlo.dot_general %205, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %207 = stablehlo.add %5, %206 : tensor<3x1x40xf32>
    %208 = stablehlo.multiply %207, %207 : tensor<3x1x40xf32>
    %209 = stablehlo.constant dense<0.0> : tensor<f32>
    %210 = stablehlo.reduce(%208 init: %209) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %211 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %213 = stablehlo.multiply %210, %212 : tensor<3x1xf32>
    %214 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %216 = stablehlo.add %213, %215 : tensor<3x1xf32>
    %217 = stablehlo.rsqrt %216 : tensor<3x1xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %219 = stablehlo.multiply %207, %218 : tensor<3x1x40xf32>
    %220 = stablehlo.constant dense<1.0> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %222 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %221 : tensor<40xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %224 = stablehlo.multiply %219, %223 : tensor<3x1x40xf32>
    %225 = stablehlo.dot_general %224, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %226 = stablehlo.multiply %225, %225 : tensor<3x1x56xf32>
    %227 = stablehlo.multiply %226, %225 : tensor<3x1x56xf32>
    %228 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %230 = stablehlo.multiply %227, %229 : tensor<3x1x56xf32>
    %231 = stablehlo.add %225, %230 : tensor<3x1x56xf32>
    %232 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %234 = stablehlo.multiply %231, %233 : tensor<3x1x56xf32>
    %235 = stablehlo.constant dense<0.5> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %237 = stablehlo.multiply %225, %236 : tensor<3x1x56xf32>
    %238 = stablehlo.tanh %234 : tensor<3x1x56xf32>
    %239 = stablehlo.constant dense<1.0> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %241 = stablehlo.add %238, %240 : tensor<3x1x56xf32>
    %242 = stablehlo.multiply %237, %241 : tensor<3x1x56xf32>
    %243 = stablehlo.dot_general %224, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %244 = stablehlo.multiply %242, %243 : tensor<3x1x56xf32>
    %245 = stablehlo.dot_general %244, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %246 = stablehlo.add %207, %245 : tensor<3x1x40xf32>
    %247 = stablehlo.reshape %117 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %248 = stablehlo.reshape %118 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    // layer 1: full_attention
    %249 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %250 = stablehlo.reshape %249 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %251 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %252 = stablehlo.reshape %251 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %253 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %254 = stablehlo.reshape %253 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %255 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %256 = stablehlo.reshape %255 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %257 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 2, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %258 = stablehlo.reshape %257 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %259 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 2, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %260 = stablehlo.reshape %259 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %261 = stablehlo.multiply %246, %246 : tensor<3x1x40xf32>
    %262 = stablehlo.constant dense<0.0> : tensor<f32>
    %263 = stablehlo.reduce(%261 init: %262) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %264 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %266 = stablehlo.multiply %263, %265 : tensor<3x1xf32>
    %267 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %269 = stablehlo.add %266, %268 : tensor<3x1xf32>
    %270 = stablehlo.rsqrt %269 : tensor<3x1xf32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %272 = stablehlo.multiply %246, %271 : tensor<3x1x40xf32>
    %273 = stablehlo.constant dense<1.0> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %275 = stablehlo.add %model.layers.1.input_layernorm.weight, %274 : tensor<40xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %277 = stablehlo.multiply %272, %276 : tensor<3x1x40xf32>
    %278 = stablehlo.dot_general %277, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %279 = stablehlo.dot_general %277, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %280 = stablehlo.dot_general %277, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<12x40xf32>) -> tensor<3x1x12xf32>
    %281 = stablehlo.reshape %278 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %282 = stablehlo.reshape %279 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %283 = stablehlo.reshape %280 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %284 = "stablehlo.slice"(%281) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %285 = "stablehlo.slice"(%281) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %286 = stablehlo.negate %285 : tensor<3x1x8x6xf32>
    %287 = stablehlo.concatenate %286, %284, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %288 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %289 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %290 = stablehlo.multiply %281, %288 : tensor<3x1x8x12xf32>
    %291 = stablehlo.multiply %287, %289 : tensor<3x1x8x12xf32>
    %292 = stablehlo.add %290, %291 : tensor<3x1x8x12xf32>
    %293 = "stablehlo.slice"(%282) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %294 = "stablehlo.slice"(%282) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %295 = stablehlo.negate %294 : tensor<3x1x1x6xf32>
    %296 = stablehlo.concatenate %295, %293, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %297 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %298 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %299 = stablehlo.multiply %282, %297 : tensor<3x1x1x12xf32>
    %300 = stablehlo.multiply %296, %298 : tensor<3x1x1x12xf32>
    %301 = stablehlo.add %299, %300 : tensor<3x1x1x12xf32>
    %302 = stablehlo.reshape %292 : (tensor<3x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %303 = stablehlo.transpose %302, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %304 = stablehlo.transpose %301, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %305 = stablehlo.transpose %283, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %306 = "stablehlo.slice"(%303) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %307 = "stablehlo.slice"(%304) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %308 = "stablehlo.slice"(%305) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %309 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %310 = stablehlo.dot_general %306, %307, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %311 = stablehlo.dot_general %306, %250, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %312 = stablehlo.concatenate %311, %310, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %313 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %314 = stablehlo.broadcast_in_dim %313, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %315 = stablehlo.multiply %312, %314 : tensor<1x1x1x8x17xf32>
    %316 = stablehlo.broadcast_in_dim %309, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %317 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %319 = stablehlo.select %316, %315, %318 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %320 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %321 = stablehlo.reduce(%319 init: %320) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %322 = stablehlo.broadcast_in_dim %321, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %323 = stablehlo.subtract %319, %322 : tensor<1x1x1x8x17xf32>
    %324 = stablehlo.exponential %323 : tensor<1x1x1x8x17xf32>
    %325 = stablehlo.constant dense<0.0> : tensor<f32>
    %326 = stablehlo.reduce(%324 init: %325) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %327 = stablehlo.broadcast_in_dim %326, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %328 = stablehlo.divide %324, %327 : tensor<1x1x1x8x17xf32>
    %329 = "stablehlo.slice"(%328) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %330 = "stablehlo.slice"(%328) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %331 = stablehlo.dot_general %329, %252, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %332 = stablehlo.dot_general %330, %308, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %333 = stablehlo.add %331, %332 : tensor<1x1x1x8x12xf32>
    %334 = "stablehlo.slice"(%303) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %335 = "stablehlo.slice"(%304) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %336 = "stablehlo.slice"(%305) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %337 = "stablehlo.slice"(%61) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %338 = stablehlo.dot_general %334, %335, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %339 = stablehlo.dot_general %334, %254, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %340 = stablehlo.concatenate %339, %338, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %341 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %343 = stablehlo.multiply %340, %342 : tensor<1x1x1x8x17xf32>
    %344 = stablehlo.broadcast_in_dim %337, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %345 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %346 = stablehlo.broadcast_in_dim %345, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %347 = stablehlo.select %344, %343, %346 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %348 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %349 = stablehlo.reduce(%347 init: %348) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %350 = stablehlo.broadcast_in_dim %349, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %351 = stablehlo.subtract %347, %350 : tensor<1x1x1x8x17xf32>
    %352 = stablehlo.exponential %351 : tensor<1x1x1x8x17xf32>
    %353 = stablehlo.constant dense<0.0> : tensor<f32>
    %354 = stablehlo.reduce(%352 init: %353) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %355 = stablehlo.broadcast_in_dim %354, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %356 = stablehlo.divide %352, %355 : tensor<1x1x1x8x17xf32>
    %357 = "stablehlo.slice"(%356) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %358 = "stablehlo.slice"(%356) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %359 = stablehlo.dot_general %357, %256, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %360 = stablehlo.dot_general %358, %336, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %361 = stablehlo.add %359, %360 : tensor<1x1x1x8x12xf32>
    %362 = "stablehlo.slice"(%303) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %363 = "stablehlo.slice"(%304) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %364 = "stablehlo.slice"(%305) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %365 = "stablehlo.slice"(%61) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %366 = stablehlo.dot_general %362, %363, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %367 = stablehlo.dot_general %362, %258, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %368 = stablehlo.concatenate %367, %366, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %369 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %371 = stablehlo.multiply %368, %370 : tensor<1x1x1x8x17xf32>
    %372 = stablehlo.broadcast_in_dim %365, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %373 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %374 = stablehlo.broadcast_in_dim %373, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %375 = stablehlo.select %372, %371, %374 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %376 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %377 = stablehlo.reduce(%375 init: %376) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %378 = stablehlo.broadcast_in_dim %377, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %379 = stablehlo.subtract %375, %378 : tensor<1x1x1x8x17xf32>
    %380 = stablehlo.exponential %379 : tensor<1x1x1x8x17xf32>
    %381 = stablehlo.constant dense<0.0> : tensor<f32>
    %382 = stablehlo.reduce(%380 init: %381) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %384 = stablehlo.divide %380, %383 : tensor<1x1x1x8x17xf32>
    %385 = "stablehlo.slice"(%384) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %386 = "stablehlo.slice"(%384) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %387 = stablehlo.dot_general %385, %260, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %388 = stablehlo.dot_general %386, %364, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %389 = stablehlo.add %387, %388 : tensor<1x1x1x8x12xf32>
    %390 = stablehlo.concatenate %333, %361, %389, dim = 0 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %391 = stablehlo.transpose %390, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x1x8x12xf32>
    %392 = stablehlo.reshape %391 : (tensor<3x1x1x8x12xf32>) -> tensor<3x1x96xf32>
    %393 = stablehlo.dot_general %392, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %394 = stablehlo.add %246, %393 : tensor<3x1x40xf32>
    %395 = stablehlo.multiply %394, %394 : tensor<3x1x40xf32>
    %396 = stablehlo.constant dense<0.0> : tensor<f32>
    %397 = stablehlo.reduce(%395 init: %396) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %398 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %399 = stablehlo.broadcast_in_dim %398, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %400 = stablehlo.multiply %397, %399 : tensor<3x1xf32>
    %401 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %402 = stablehlo.broadcast_in_dim %401, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %403 = stablehlo.add %400, %402 : tensor<3x1xf32>
    %404 = stablehlo.rsqrt %403 : tensor<3x1xf32>
    %405 = stablehlo.broadcast_in_dim %404, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %406 = stablehlo.multiply %394, %405 : tensor<3x1x40xf32>
    %407 = stablehlo.constant dense<1.0> : tensor<f32>
    %408 = stablehlo.broadcast_in_dim %407, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %409 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %408 : tensor<40xf32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %411 = stablehlo.multiply %406, %410 : tensor<3x1x40xf32>
    %412 = stablehlo.dot_general %411, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %413 = stablehlo.multiply %412, %412 : tensor<3x1x56xf32>
    %414 = stablehlo.multiply %413, %412 : tensor<3x1x56xf32>
    %415 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %416 = stablehlo.broadcast_in_dim %415, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %417 = stablehlo.multiply %414, %416 : tensor<3x1x56xf32>
    %418 = stablehlo.add %412, %417 : tensor<3x1x56xf32>
    %419 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %420 = stablehlo.broadcast_in_dim %419, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %421 = stablehlo.multiply %418, %420 : tensor<3x1x56xf32>
    %422 = stablehlo.constant dense<0.5> : tensor<f32>
    %423 = stablehlo.broadcast_in_dim %422, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %424 = stablehlo.multiply %412, %423 : tensor<3x1x56xf32>
    %425 = stablehlo.tanh %421 : tensor<3x1x56xf32>
    %426 = stablehlo.constant dense<1.0> : tensor<f32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %428 = stablehlo.add %425, %427 : tensor<3x1x56xf32>
    %429 = stablehlo.multiply %424, %428 : tensor<3x1x56xf32>
    %430 = stablehlo.dot_general %411, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %431 = stablehlo.multiply %429, %430 : tensor<3x1x56xf32>
    %432 = stablehlo.dot_general %431, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %433 = stablehlo.add %394, %432 : tensor<3x1x40xf32>
    %434 = stablehlo.reshape %304 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %435 = stablehlo.reshape %305 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %436 = stablehlo.multiply %433, %433 : tensor<3x1x40xf32>
    %437 = stablehlo.constant dense<0.0> : tensor<f32>
    %438 = stablehlo.reduce(%436 init: %437) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %439 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %440 = stablehlo.broadcast_in_dim %439, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %441 = stablehlo.multiply %438, %440 : tensor<3x1xf32>
    %442 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %443 = stablehlo.broadcast_in_dim %442, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %444 = stablehlo.add %441, %443 : tensor<3x1xf32>
    %445 = stablehlo.rsqrt %444 : tensor<3x1xf32>
    %446 = stablehlo.broadcast_in_dim %445, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %447 = stablehlo.multiply %433, %446 : tensor<3x1x40xf32>
    %448 = stablehlo.constant dense<1.0> : tensor<f32>
    %449 = stablehlo.broadcast_in_dim %448, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %450 = stablehlo.add %model.norm.weight, %449 : tensor<40xf32>
    %451 = stablehlo.broadcast_in_dim %450, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %452 = stablehlo.multiply %447, %451 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %453 = stablehlo.concatenate %247, %434, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %454 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %455 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %456 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %457 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %458 = stablehlo.concatenate %454, %455, %456, %457, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %459 = stablehlo.reshape %453 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %460 = stablehlo.reshape %458 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %461 = "stablehlo.scatter"(%k_cache, %460, %459) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %462 = stablehlo.concatenate %248, %435, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %463 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %464 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %465 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %466 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %467 = stablehlo.concatenate %463, %464, %465, %466, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %468 = stablehlo.reshape %462 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %469 = stablehlo.reshape %467 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %470 = "stablehlo.scatter"(%v_cache, %469, %468) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %471 = stablehlo.reshape %452 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %472 = stablehlo.dot_general %471, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %473 = stablehlo.constant dense<0> : tensor<i32>
    %474 = stablehlo.broadcast_in_dim %473, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %475 = stablehlo.compare NE, %active, %474, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %476 = stablehlo.broadcast_in_dim %475, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %477 = stablehlo.constant dense<0.0> : tensor<f32>
    %478 = stablehlo.broadcast_in_dim %477, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %479 = stablehlo.select %476, %472, %478 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %479, %461, %470 : tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>
  }
}
