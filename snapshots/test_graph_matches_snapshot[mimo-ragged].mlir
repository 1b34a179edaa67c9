// mimo ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @mimo_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.self_attn.q_proj.bias: tensor<96xf32>, %model.layers.0.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.0.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.self_attn.q_proj.bias: tensor<96xf32>, %model.layers.1.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.1.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<3x1x1xi32>) -> tensor<3x1x40xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.1077217236161232, 0.011603971011936665, 0.0012499999720603228, 0.00013465213123708963, 1.4504968930850737e-05]> : tensor<6xf32>
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
    %78 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<96xf32>) -> tensor<3x1x96xf32>
    %79 = stablehlo.add %77, %78 : tensor<3x1x96xf32>
    %80 = stablehlo.dot_general %76, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %81 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %82 = stablehlo.add %80, %81 : tensor<3x1x24xf32>
    %83 = stablehlo.dot_general %76, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %84 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %85 = stablehlo.add %83, %84 : tensor<3x1x24xf32>
    %86 = stablehlo.reshape %79 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %87 = stablehlo.reshape %82 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %88 = stablehlo.reshape %85 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %89 = "stablehlo.slice"(%86) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %90 = "stablehlo.slice"(%86) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %91 = stablehlo.negate %90 : tensor<3x1x8x6xf32>
    %92 = stablehlo.concatenate %91, %89, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %93 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %94 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %95 = stablehlo.multiply %86, %93 : tensor<3x1x8x12xf32>
    %96 = stablehlo.multiply %92, %94 : tensor<3x1x8x12xf32>
    %97 = stablehlo.add %95, %96 : tensor<3x1x8x12xf32>
    %98 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %99 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %100 = stablehlo.negate %99 : tensor<3x1x2x6xf32>
    %101 = stablehlo.concatenate %100, %98, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %102 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %103 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %104 = stablehlo.multiply %87, %102 : tensor<3x1x2x12xf32>
    %105 = stablehlo.multiply %101, %103 : tensor<3x1x2x12xf32>
    %106 = stablehlo.add %104, %105 : tensor<3x1x2x12xf32>
    %107 = stablehlo.reshape %97 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %108 = stablehlo.transpose %107, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %109 = stablehlo.transpose %106, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %110 = stablehlo.transpose %88, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %111 = stablehlo.dot_general %108, %109, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %112 = stablehlo.dot_general %108, %60, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %113 = stablehlo.concatenate %112, %111, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %114 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %116 = stablehlo.multiply %113, %115 : tensor<3x2x1x4x17xf32>
    %117 = stablehlo.broadcast_in_dim %58, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %118 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %120 = stablehlo.select %117, %116, %119 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %121 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %122 = stablehlo.reduce(%120 init: %121) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %124 = stablehlo.subtract %120, %123 : tensor<3x2x1x4x17xf32>
    %125 = stablehlo.exponential %124 : tensor<3x2x1x4x17xf32>
    %126 = stablehlo.constant dense<0.0> : tensor<f32>
    %127 = stablehlo.reduce(%125 init: %126) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %129 = stablehlo.divide %125, %128 : tensor<3x2x1x4x17xf32>
    %130 = "stablehlo.slice"(%129) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %131 = "stablehlo.slice"(%129) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %132 = stablehlo.dot_general %130, %62, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %133 = stablehlo.dot_general %131, %110, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %134 = stablehlo.add %132, %133 : tensor<3x2x1x4x12xf32>
    %135 = stablehlo.transpose %134, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %136 = stablehlo.reshape %135 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %137 = stablehlo.dot_general %136, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %138 = stablehlo.add %2, %137 : tensor<3x1x40xf32>
    %139 = stablehlo.multiply %138, %138 : tensor<3x1x40xf32>
    %140 = stablehlo.constant dense<0.0> : tensor<f32>
    %141 = stablehlo.reduce(%139 init: %140) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %142 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<3x1xf32>
    %145 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %147 = stablehlo.add %144, %146 : tensor<3x1xf32>
    %148 = stablehlo.rsqrt %147 : tensor<3x1xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %150 = stablehlo.multiply %138, %149 : tensor<3x1x40xf32>
    %151 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %152 = stablehlo.multiply %150, %151 : tensor<3x1x40xf32>
    %153 = stablehlo.dot_general %152, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %154 = stablehlo.logistic %153 : tensor<3x1x56xf32>
    %155 = stablehlo.multiply %153, %154 : tensor<3x1x56xf32>
    %156 = stablehlo.dot_general %152, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %157 = stablehlo.multiply %155, %156 : tensor<3x1x56xf32>
    %158 = stablehlo.dot_general %157, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %159 = stablehlo.add %138, %158 : tensor<3x1x40xf32>
    %160 = stablehlo.reshape %109 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %161 = stablehlo.reshape %110 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %162 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %163 = stablehlo.reshape %162 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %164 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %165 = stablehlo.reshape %164 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %166 = stablehlo.multiply %159, %159 : tensor<3x1x40xf32>
    %167 = stablehlo.constant dense<0.0> : tensor<f32>
    %168 = stablehlo.reduce(%166 init: %167) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %169 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %171 = stablehlo.multiply %168, %170 : tensor<3x1xf32>
    %172 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %174 = stablehlo.add %171, %173 : tensor<3x1xf32>
    %175 = stablehlo.rsqrt %174 : tensor<3x1xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %177 = stablehlo.multiply %159, %176 : tensor<3x1x40xf32>
    %178 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<3x1x40xf32>
    %180 = stablehlo.dot_general %179, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %181 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<96xf32>) -> tensor<3x1x96xf32>
    %182 = stablehlo.add %180, %181 : tensor<3x1x96xf32>
    %183 = stablehlo.dot_general %179, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %184 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %185 = stablehlo.add %183, %184 : tensor<3x1x24xf32>
    %186 = stablehlo.dot_general %179, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %187 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %188 = stablehlo.add %186, %187 : tensor<3x1x24xf32>
    %189 = stablehlo.reshape %182 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %190 = stablehlo.reshape %185 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %191 = stablehlo.reshape %188 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %192 = "stablehlo.slice"(%189) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %193 = "stablehlo.slice"(%189) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %194 = stablehlo.negate %193 : tensor<3x1x8x6xf32>
    %195 = stablehlo.concatenate %194, %192, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %196 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %197 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %198 = stablehlo.multiply %189, %196 : tensor<3x1x8x12xf32>
    %199 = stablehlo.multiply %195, %197 : tensor<3x1x8x12xf32>
    %200 = stablehlo.add %198, %199 : tensor<3x1x8x12xf32>
    %201 = "stablehlo.slice"(%190) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %202 = "stablehlo.slice"(%190) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %203 = stablehlo.negate %202 : tensor<3x1x2x6xf32>
    %204 = stablehlo.concatenate %203, %201, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %205 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %206 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %207 = stablehlo.multiply %190, %205 : tensor<3x1x2x12xf32>
    %208 = stablehlo.multiply %204, %206 : tensor<3x1x2x12xf32>
    %209 = stablehlo.add %207, %208 : tensor<3x1x2x12xf32>
    %210 = stablehlo.reshape %200 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %211 = stablehlo.transpose %210, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %212 = stablehlo.transpose %209, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %213 = stablehlo.transpose %191, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %214 = stablehlo.dot_general %211, %212, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %215 = stablehlo.dot_general %211, %163, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %216 = stablehlo.concatenate %215, %214, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %217 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %219 = stablehlo.multiply %216, %218 : tensor<3x2x1x4x17xf32>
    %220 = stablehlo.broadcast_in_dim %58, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %221 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %223 = stablehlo.select %220, %219, %222 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %224 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %225 = stablehlo.reduce(%223 init: %224) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %227 = stablehlo.subtract %223, %226 : tensor<3x2x1x4x17xf32>
    %228 = stablehlo.exponential %227 : tensor<3x2x1x4x17xf32>
    %229 = stablehlo.constant dense<0.0> : tensor<f32>
    %230 = stablehlo.reduce(%228 init: %229) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %232 = stablehlo.divide %228, %231 : tensor<3x2x1x4x17xf32>
    %233 = "stablehlo.slice"(%232) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %234 = "stablehlo.slice"(%232) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %235 = stablehlo.dot_general %233, %165, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %236 = stablehlo.dot_general %234, %213, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %237 = stablehlo.add %235, %236 : tensor<3x2x1x4x12xf32>
    %238 = stablehlo.transpose %237, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %239 = stablehlo.reshape %238 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %240 = stablehlo.dot_general %239, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %241 = stablehlo.add %159, %240 : tensor<3x1x40xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<3x1x40xf32>
    %243 = stablehlo.constant dense<0.0> : tensor<f32>
    %244 = stablehlo.reduce(%242 init: %243) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %245 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %247 = stablehlo.multiply %244, %246 : tensor<3x1xf32>
    %248 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %250 = stablehlo.add %247, %249 : tensor<3x1xf32>
    %251 = stablehlo.rsqrt %250 : tensor<3x1xf32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %253 = stablehlo.multiply %241, %252 : tensor<3x1x40xf32>
    %254 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %255 = stablehlo.multiply %253, %254 : tensor<3x1x40xf32>
    %256 = stablehlo.dot_general %255, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %257 = stablehlo.logistic %256 : tensor<3x1x56xf32>
    %258 = stablehlo.multiply %256, %257 : tensor<3x1x56xf32>
    %259 = stablehlo.dot_general %255, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<3x1x56xf32>
    %261 = stablehlo.dot_general %260, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %262 = stablehlo.add %241, %261 : tensor<3x1x40xf32>
    %263 = stablehlo.reshape %212 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %264 = stablehlo.reshape %213 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %265 = stablehlo.multiply %262, %262 : tensor<3x1x40xf32>
    %266 = stablehlo.constant dense<0.0> : tensor<f32>
    %267 = stablehlo.reduce(%265 init: %266) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %268 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %270 = stablehlo.multiply %267, %269 : tensor<3x1xf32>
    %271 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %273 = stablehlo.add %270, %272 : tensor<3x1xf32>
    %274 = stablehlo.rsqrt %273 : tensor<3x1xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %276 = stablehlo.multiply %262, %275 : tensor<3x1x40xf32>
    %277 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %278 = stablehlo.multiply %276, %277 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %279 = stablehlo.concatenate %160, %263, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %280 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %281 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %282 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %283 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %284 = stablehlo.concatenate %280, %281, %282, %283, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %285 = stablehlo.reshape %279 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %286 = stablehlo.reshape %284 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %287 = "stablehlo.scatter"(%k_cache, %286, %285) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %288 = stablehlo.concatenate %161, %264, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %289 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %290 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %291 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %292 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %293 = stablehlo.concatenate %289, %290, %291, %292, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %294 = stablehlo.reshape %288 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %295 = stablehlo.reshape %293 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %296 = "stablehlo.scatter"(%v_cache, %295, %294) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %297 = stablehlo.reshape %278 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %298 = stablehlo.dot_general %297, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %299 = stablehlo.constant dense<0> : tensor<i32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %301 = stablehlo.compare NE, %active, %300, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %302 = stablehlo.broadcast_in_dim %301, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %303 = stablehlo.constant dense<0.0> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %305 = stablehlo.select %302, %298, %304 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %305, %287, %296 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
