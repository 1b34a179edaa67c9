// llama ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @llama_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<3x1x1xi32>) -> tensor<3x1x40xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.11224619299173355, 0.012599208392202854, 0.000429556705057621, 4.960626938554924e-06, 5.568118695009616e-07]> : tensor<6xf32>
    %7 = stablehlo.convert %5 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %9 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %10 = stablehlo.multiply %8, %9 : tensor<3x1x6xf32>
    %11 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %13 = stablehlo.multiply %10, %12 : tensor<3x1x6xf32>
    %14 = stablehlo.round_nearest_even %13 : tensor<3x1x6xf32>
    %15 = stablehlo.constant dense<6.28125> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %17 = stablehlo.multiply %14, %16 : tensor<3x1x6xf32>
    %18 = stablehlo.subtract %10, %17 : tensor<3x1x6xf32>
    %19 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %21 = stablehlo.multiply %14, %20 : tensor<3x1x6xf32>
    %22 = stablehlo.negate %21 : tensor<3x1x6xf32>
    %23 = stablehlo.add %18, %22 : tensor<3x1x6xf32>
    %24 = stablehlo.subtract %23, %18 : tensor<3x1x6xf32>
    %25 = stablehlo.subtract %23, %24 : tensor<3x1x6xf32>
    %26 = stablehlo.subtract %18, %25 : tensor<3x1x6xf32>
    %27 = stablehlo.subtract %22, %24 : tensor<3x1x6xf32>
    %28 = stablehlo.add %26, %27 : tensor<3x1x6xf32>
    %29 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %31 = stablehlo.multiply %14, %30 : tensor<3x1x6xf32>
    %32 = stablehlo.negate %31 : tensor<3x1x6xf32>
    %33 = stablehlo.add %23, %32 : tensor<3x1x6xf32>
    %34 = stablehlo.subtract %33, %23 : tensor<3x1x6xf32>
    %35 = stablehlo.subtract %33, %34 : tensor<3x1x6xf32>
    %36 = stablehlo.subtract %23, %35 : tensor<3x1x6xf32>
    %37 = stablehlo.subtract %32, %34 : tensor<3x1x6xf32>
    %38 = stablehlo.add %36, %37 : tensor<3x1x6xf32>
    %39 = stablehlo.add %28, %38 : tensor<3x1x6xf32>
    %40 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %42 = stablehlo.multiply %14, %41 : tensor<3x1x6xf32>
    %43 = stablehlo.subtract %39, %42 : tensor<3x1x6xf32>
    %44 = stablehlo.cosine %33 : tensor<3x1x6xf32>
    %45 = stablehlo.sine %33 : tensor<3x1x6xf32>
    %46 = stablehlo.multiply %43, %45 : tensor<3x1x6xf32>
    %47 = stablehlo.subtract %44, %46 : tensor<3x1x6xf32>
    %48 = stablehlo.multiply %43, %44 : tensor<3x1x6xf32>
    %49 = stablehlo.add %45, %48 : tensor<3x1x6xf32>
    %50 = stablehlo.concatenate %47, %47, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %51 = stablehlo.concatenate %49, %49, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %52 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %53 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %54 = stablehlo.compare LE, %53, %52, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %55 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %56 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %57 = stablehlo.compare LT, %55, %56, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %58 = stablehlo.concatenate %57, %54, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %59 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %60 = stablehlo.reshape %59 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %61 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %62 = stablehlo.reshape %61 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %63 = stablehlo.multiply %2, %2 : tensor<3x1x40xf32>
    %64 = stablehlo.constant dense<0.0> : tensor<f32>
    %65 = stablehlo.reduce(%63 init: %64) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %66 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %68 = stablehlo.multiply %65, %67 : tensor<3x1xf32>
    %69 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %71 = stablehlo.add %68, %70 : tensor<3x1xf32>
    %72 = stablehlo.rsqrt %71 : tensor<3x1xf32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %74 = stablehlo.multiply %2, %73 : tensor<3x1x40xf32>
    %75 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<3x1x40xf32>
    %77 = stablehlo.dot_general %76, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %78 = stablehlo.dot_general %76, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %79 = stablehlo.dot_general %76, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %80 = stablehlo.reshape %77 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %81 = stablehlo.reshape %78 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %82 = stablehlo.reshape %79 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %83 = "stablehlo.slice"(%80) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %84 = "stablehlo.slice"(%80) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %85 = stablehlo.negate %84 : tensor<3x1x8x6xf32>
    %86 = stablehlo.concatenate %85, %83, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %87 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %88 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %89 = stablehlo.multiply %80, %87 : tensor<3x1x8x12xf32>
    %90 = stablehlo.multiply %86, %88 : tensor<3x1x8x12xf32>
    %91 = stablehlo.add %89, %90 : tensor<3x1x8x12xf32>
    %92 = "stablehlo.slice"(%81) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %93 = "stablehlo.slice"(%81) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %94 = stablehlo.negate %93 : tensor<3x1x2x6xf32>
    %95 = stablehlo.concatenate %94, %92, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %96 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %97 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %98 = stablehlo.multiply %81, %96 : tensor<3x1x2x12xf32>
    %99 = stablehlo.multiply %95, %97 : tensor<3x1x2x12xf32>
    %100 = stablehlo.add %98, %99 : tensor<3x1x2x12xf32>
    %101 = stablehlo.reshape %91 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %102 = stablehlo.transpose %101, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %103 = stablehlo.transpose %100, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %104 = stablehlo.transpose %82, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %105 = stablehlo.dot_general %102, %103, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %106 = stablehlo.dot_general %102, %60, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %107 = stablehlo.concatenate %106, %105, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %108 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %110 = stablehlo.multiply %107, %109 : tensor<3x2x1x4x17xf32>
    %111 = stablehlo.broadcast_in_dim %58, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %112 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %114 = stablehlo.select %111, %110, %113 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %115 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %116 = stablehlo.reduce(%114 init: %115) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %118 = stablehlo.subtract %114, %117 : tensor<3x2x1x4x17xf32>
    %119 = stablehlo.exponential %118 : tensor<3x2x1x4x17xf32>
    %120 = stablehlo.constant dense<0.0> : tensor<f32>
    %121 = stablehlo.reduce(%119 init: %120) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %123 = stablehlo.divide %119, %122 : tensor<3x2x1x4x17xf32>
    %124 = "stablehlo.slice"(%123) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %125 = "stablehlo.slice"(%123) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %126 = stablehlo.dot_general %124, %62, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %127 = stablehlo.dot_general %125, %104, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %128 = stablehlo.add %126, %127 : tensor<3x2x1x4x12xf32>
    %129 = stablehlo.transpose %128, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %130 = stablehlo.reshape %129 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %131 = stablehlo.dot_general %130, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %132 = stablehlo.add %2, %131 : tensor<3x1x40xf32>
    %133 = stablehlo.multiply %132, %132 : tensor<3x1x40xf32>
    %134 = stablehlo.constant dense<0.0> : tensor<f32>
    %135 = stablehlo.reduce(%133 init: %134) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %136 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<3x1xf32>
    %139 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %141 = stablehlo.add %138, %140 : tensor<3x1xf32>
    %142 = stablehlo.rsqrt %141 : tensor<3x1xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %144 = stablehlo.multiply %132, %143 : tensor<3x1x40xf32>
    %145 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %146 = stablehlo.multiply %144, %145 : tensor<3x1x40xf32>
    %147 = stablehlo.dot_general %146, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %148 = stablehlo.logistic %147 : tensor<3x1x56xf32>
    %149 = stablehlo.multiply %147, %148 : tensor<3x1x56xf32>
    %150 = stablehlo.dot_general %146, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %151 = stablehlo.multiply %149, %150 : tensor<3x1x56xf32>
    %152 = stablehlo.dot_general %151, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %153 = stablehlo.add %132, %152 : tensor<3x1x40xf32>
    %154 = stablehlo.reshape %103 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %155 = stablehlo.reshape %104 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %156 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %157 = stablehlo.reshape %156 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %158 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %159 = stablehlo.reshape %158 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %160 = stablehlo.multiply %153, %153 : tensor<3x1x40xf32>
    %161 = stablehlo.constant dense<0.0> : tensor<f32>
    %162 = stablehlo.reduce(%160 init: %161) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %163 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %165 = stablehlo.multiply %162, %164 : tensor<3x1xf32>
    %166 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %168 = stablehlo.add %165, %167 : tensor<3x1xf32>
    %169 = stablehlo.rsqrt %168 : tensor<3x1xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %171 = stablehlo.multiply %153, %170 : tensor<3x1x40xf32>
    %172 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %173 = stablehlo.multiply %171, %172 : tensor<3x1x40xf32>
    %174 = stablehlo.dot_general %173, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %175 = stablehlo.dot_general %173, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %176 = stablehlo.dot_general %173, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %177 = stablehlo.reshape %174 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %178 = stablehlo.reshape %175 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %179 = stablehlo.reshape %176 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %180 = "stablehlo.slice"(%177) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %181 = "stablehlo.slice"(%177) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %182 = stablehlo.negate %181 : tensor<3x1x8x6xf32>
    %183 = stablehlo.concatenate %182, %180, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %184 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %185 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %186 = stablehlo.multiply %177, %184 : tensor<3x1x8x12xf32>
    %187 = stablehlo.multiply %183, %185 : tensor<3x1x8x12xf32>
    %188 = stablehlo.add %186, %187 : tensor<3x1x8x12xf32>
    %189 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %190 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %191 = stablehlo.negate %190 : tensor<3x1x2x6xf32>
    %192 = stablehlo.concatenate %191, %189, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %193 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %194 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %195 = stablehlo.multiply %178, %193 : tensor<3x1x2x12xf32>
    %196 = stablehlo.multiply %192, %194 : tensor<3x1x2x12xf32>
    %197 = stablehlo.add %195, %196 : tensor<3x1x2x12xf32>
    %198 = stablehlo.reshape %188 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %199 = stablehlo.transpose %198, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %200 = stablehlo.transpose %197, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %201 = stablehlo.transpose %179, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %202 = stablehlo.dot_general %199, %200, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %203 = stablehlo.dot_general %199, %157, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %204 = stablehlo.concatenate %203, %202, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %205 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %207 = stablehlo.multiply %204, %206 : tensor<3x2x1x4x17xf32>
    %208 = stablehlo.broadcast_in_dim %58, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %209 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %211 = stablehlo.select %208, %207, %210 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %212 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %213 = stablehlo.reduce(%211 init: %212) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %215 = stablehlo.subtract %211, %214 : tensor<3x2x1x4x17xf32>
    %216 = stablehlo.exponential %215 : tensor<3x2x1x4x17xf32>
    %217 = stablehlo.constant dense<0.0> : tensor<f32>
    %218 = stablehlo.reduce(%216 init: %217) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %220 = stablehlo.divide %216, %219 : tensor<3x2x1x4x17xf32>
    %221 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %222 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %223 = stablehlo.dot_general %221, %159, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %224 = stablehlo.dot_general %222, %201, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %225 = stablehlo.add %223, %224 : tensor<3x2x1x4x12xf32>
    %226 = stablehlo.transpose %225, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %227 = stablehlo.reshape %226 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %228 = stablehlo.dot_general %227, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %229 = stablehlo.add %153, %228 : tensor<3x1x40xf32>
    %230 = stablehlo.multiply %229, %229 : tensor<3x1x40xf32>
    %231 = stablehlo.constant dense<0.0> : tensor<f32>
    %232 = stablehlo.reduce(%230 init: %231) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %233 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %235 = stablehlo.multiply %232, %234 : tensor<3x1xf32>
    %236 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %238 = stablehlo.add %235, %237 : tensor<3x1xf32>
    %239 = stablehlo.rsqrt %238 : tensor<3x1xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %241 = stablehlo.multiply %229, %240 : tensor<3x1x40xf32>
    %242 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %243 = stablehlo.multiply %241, %242 : tensor<3x1x40xf32>
    %244 = stablehlo.dot_general %243, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %245 = stablehlo.logistic %244 : tensor<3x1x56xf32>
    %246 = stablehlo.multiply %244, %245 : tensor<3x1x56xf32>
    %247 = stablehlo.dot_general %243, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %248 = stablehlo.multiply %246, %247 : tensor<3x1x56xf32>
    %249 = stablehlo.dot_general %248, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %250 = stablehlo.add %229, %249 : tensor<3x1x40xf32>
    %251 = stablehlo.reshape %200 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %252 = stablehlo.reshape %201 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %253 = stablehlo.multiply %250, %250 : tensor<3x1x40xf32>
    %254 = stablehlo.constant dense<0.0> : tensor<f32>
    %255 = stablehlo.reduce(%253 init: %254) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %256 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %258 = stablehlo.multiply %255, %257 : tensor<3x1xf32>
    %259 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %261 = stablehlo.add %258, %260 : tensor<3x1xf32>
    %262 = stablehlo.rsqrt %261 : tensor<3x1xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %264 = stablehlo.multiply %250, %263 : tensor<3x1x40xf32>
    %265 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %266 = stablehlo.multiply %264, %265 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %267 = stablehlo.concatenate %154, %251, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %268 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %269 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %270 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %271 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %272 = stablehlo.concatenate %268, %269, %270, %271, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %273 = stablehlo.reshape %267 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %274 = stablehlo.reshape %272 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %275 = "stablehlo.scatter"(%k_cache, %274, %273) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %276 = stablehlo.concatenate %155, %252, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %277 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %278 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %279 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %280 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %281 = stablehlo.concatenate %277, %278, %279, %280, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %282 = stablehlo.reshape %276 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %283 = stablehlo.reshape %281 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %284 = "stablehlo.scatter"(%v_cache, %283, %282) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %285 = stablehlo.reshape %266 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %286 = stablehlo.dot_general %285, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %287 = stablehlo.constant dense<0> : tensor<i32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %289 = stablehlo.compare NE, %active, %288, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %290 = stablehlo.broadcast_in_dim %289, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %291 = stablehlo.constant dense<0.0> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %293 = stablehlo.select %290, %286, %292 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %293, %275, %284 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
