// qwen2 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=70 heads=14 kv_heads=2 head_dim=12 vocab=97
module @qwen2_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x70xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<168x70xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x70xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x70xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<70x168xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x70xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x70xf32>, %model.layers.0.mlp.down_proj.weight: tensor<70x56xf32>, %model.layers.0.self_attn.q_proj.bias: tensor<168xf32>, %model.layers.0.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.0.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.0.input_layernorm.weight: tensor<70xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<70xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<168x70xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x70xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x70xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<70x168xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x70xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x70xf32>, %model.layers.1.mlp.down_proj.weight: tensor<70x56xf32>, %model.layers.1.self_attn.q_proj.bias: tensor<168xf32>, %model.layers.1.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.1.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.1.input_layernorm.weight: tensor<70xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<70xf32>, %model.norm.weight: tensor<70xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 70>, indices_are_sorted = false} : (tensor<97x70xf32>, tensor<1x8x1xi32>) -> tensor<1x8x70xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.09999999403953552, 0.009999998845160007, 0.0010000000474974513, 9.999996836995706e-05, 1.0000003385357559e-05]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x8x6xf32>
    %14 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %16 = stablehlo.multiply %13, %15 : tensor<1x8x6xf32>
    %17 = stablehlo.round_nearest_even %16 : tensor<1x8x6xf32>
    %18 = stablehlo.constant dense<6.28125> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %20 = stablehlo.multiply %17, %19 : tensor<1x8x6xf32>
    %21 = stablehlo.subtract %13, %20 : tensor<1x8x6xf32>
    %22 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %24 = stablehlo.multiply %17, %23 : tensor<1x8x6xf32>
    %25 = stablehlo.negate %24 : tensor<1x8x6xf32>
    %26 = stablehlo.add %21, %25 : tensor<1x8x6xf32>
    %27 = stablehlo.subtract %26, %21 : tensor<1x8x6xf32>
    %28 = stablehlo.subtract %26, %27 : tensor<1x8x6xf32>
    %29 = stablehlo.subtract %21, %28 : tensor<1x8x6xf32>
    %30 = stablehlo.subtract %25, %27 : tensor<1x8x6xf32>
    %31 = stablehlo.add %29, %30 : tensor<1x8x6xf32>
    %32 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %34 = stablehlo.multiply %17, %33 : tensor<1x8x6xf32>
    %35 = stablehlo.negate %34 : tensor<1x8x6xf32>
    %36 = stablehlo.add %26, %35 : tensor<1x8x6xf32>
    %37 = stablehlo.subtract %36, %26 : tensor<1x8x6xf32>
    %38 = stablehlo.subtract %36, %37 : tensor<1x8x6xf32>
    %39 = stablehlo.subtract %26, %38 : tensor<1x8x6xf32>
    %40 = stablehlo.subtract %35, %37 : tensor<1x8x6xf32>
    %41 = stablehlo.add %39, %40 : tensor<1x8x6xf32>
    %42 = stablehlo.add %31, %41 : tensor<1x8x6xf32>
    %43 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %45 = stablehlo.multiply %17, %44 : tensor<1x8x6xf32>
    %46 = stablehlo.subtract %42, %45 : tensor<1x8x6xf32>
    %47 = stablehlo.cosine %36 : tensor<1x8x6xf32>
    %48 = stablehlo.sine %36 : tensor<1x8x6xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<1x8x6xf32>
    %50 = stablehlo.subtract %47, %49 : tensor<1x8x6xf32>
    %51 = stablehlo.multiply %46, %47 : tensor<1x8x6xf32>
    %52 = stablehlo.add %48, %51 : tensor<1x8x6xf32>
    %53 = stablehlo.concatenate %50, %50, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %54 = stablehlo.concatenate %52, %52, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %55 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %56 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %57 = stablehlo.compare LE, %56, %55, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %58 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %59 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %60 = stablehlo.compare LT, %58, %59, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %61 = stablehlo.concatenate %60, %57, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %62 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %64 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %66 = stablehlo.multiply %5, %5 : tensor<1x8x70xf32>
    %67 = stablehlo.constant dense<0.0> : tensor<f32>
    %68 = stablehlo.reduce(%66 init: %67) applies stablehlo.add across dimensions = [2] : (tensor<1x8x70xf32>, tensor<f32>) -> tensor<1x8xf32>
    %69 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<1x8xf32>
    %72 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %74 = stablehlo.add %71, %73 : tensor<1x8xf32>
    %75 = stablehlo.rsqrt %74 : tensor<1x8xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x70xf32>
    %77 = stablehlo.multiply %5, %76 : tensor<1x8x70xf32>
    %78 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x8x70xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x8x70xf32>
    %80 = stablehlo.dot_general %79, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<168x70xf32>) -> tensor<1x8x168xf32>
    %81 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<168xf32>) -> tensor<1x8x168xf32>
    %82 = stablehlo.add %80, %81 : tensor<1x8x168xf32>
    %83 = stablehlo.dot_general %79, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<24x70xf32>) -> tensor<1x8x24xf32>
    %84 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %85 = stablehlo.add %83, %84 : tensor<1x8x24xf32>
    %86 = stablehlo.dot_general %79, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<24x70xf32>) -> tensor<1x8x24xf32>
    %87 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %88 = stablehlo.add %86, %87 : tensor<1x8x24xf32>
    %89 = stablehlo.reshape %82 : (tensor<1x8x168xf32>) -> tensor<1x8x14x12xf32>
    %90 = stablehlo.reshape %85 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %91 = stablehlo.reshape %88 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %92 = "stablehlo.slice"(%89) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 14, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x14x12xf32>) -> tensor<1x8x14x6xf32>
    %93 = "stablehlo.slice"(%89) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 14, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x14x12xf32>) -> tensor<1x8x14x6xf32>
    %94 = stablehlo.negate %93 : tensor<1x8x14x6xf32>
    %95 = stablehlo.concatenate %94, %92, dim = 3 : (tensor<1x8x14x6xf32>, tensor<1x8x14x6xf32>) -> tensor<1x8x14x12xf32>
    %96 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x14x12xf32>
    %97 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x14x12xf32>
    %98 = stablehlo.multiply %89, %96 : tensor<1x8x14x12xf32>
    %99 = stablehlo.multiply %95, %97 : tensor<1x8x14x12xf32>
    %100 = stablehlo.add %98, %99 : tensor<1x8x14x12xf32>
    %101 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %102 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %103 = stablehlo.negate %102 : tensor<1x8x2x6xf32>
    %104 = stablehlo.concatenate %103, %101, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %105 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %106 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %107 = stablehlo.multiply %90, %105 : tensor<1x8x2x12xf32>
    %108 = stablehlo.multiply %104, %106 : tensor<1x8x2x12xf32>
    %109 = stablehlo.add %107, %108 : tensor<1x8x2x12xf32>
    %110 = stablehlo.reshape %100 : (tensor<1x8x14x12xf32>) -> tensor<1x8x2x7x12xf32>
    %111 = stablehlo.transpose %110, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x7x12xf32>) -> tensor<1x2x8x7x12xf32>
    %112 = stablehlo.transpose %109, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %113 = stablehlo.transpose %91, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %114 = stablehlo.dot_general %111, %112, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x7x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x7x8xf32>
    %115 = stablehlo.dot_general %111, %63, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x7x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x7x16xf32>
    %116 = stablehlo.concatenate %115, %114, dim = 4 : (tensor<1x2x8x7x16xf32>, tensor<1x2x8x7x8xf32>) -> tensor<1x2x8x7x24xf32>
    %117 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [] : (tensor<f32>) -> tensor<1x2x8x7x24xf32>
    %119 = stablehlo.multiply %116, %118 : tensor<1x2x8x7x24xf32>
    %120 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x7x24xi1>
    %121 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [] : (tensor<f32>) -> tensor<1x2x8x7x24xf32>
    %123 = stablehlo.select %120, %119, %122 : (tensor<1x2x8x7x24xi1>, tensor<1x2x8x7x24xf32>, tensor<1x2x8x7x24xf32>) -> tensor<1x2x8x7x24xf32>
    %124 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %125 = stablehlo.reduce(%123 init: %124) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x7x24xf32>, tensor<f32>) -> tensor<1x2x8x7xf32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<1x2x8x7xf32>) -> tensor<1x2x8x7x24xf32>
    %127 = stablehlo.subtract %123, %126 : tensor<1x2x8x7x24xf32>
    %128 = stablehlo.exponential %127 : tensor<1x2x8x7x24xf32>
    %129 = stablehlo.constant dense<0.0> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x7x24xf32>, tensor<f32>) -> tensor<1x2x8x7xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2, 3] : (tensor<1x2x8x7xf32>) -> tensor<1x2x8x7x24xf32>
    %132 = stablehlo.divide %128, %131 : tensor<1x2x8x7x24xf32>
    %133 = "stablehlo.slice"(%132) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 7, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x7x24xf32>) -> tensor<1x2x8x7x16xf32>
    %134 = "stablehlo.slice"(%132) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 7, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x7x24xf32>) -> tensor<1x2x8x7x8xf32>
    %135 = stablehlo.dot_general %133, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x7x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x7x12xf32>
    %136 = stablehlo.dot_general %134, %113, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x7x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x7x12xf32>
    %137 = stablehlo.add %135, %136 : tensor<1x2x8x7x12xf32>
    %138 = stablehlo.transpose %137, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x7x12xf32>) -> tensor<1x8x2x7x12xf32>
    %139 = stablehlo.reshape %138 : (tensor<1x8x2x7x12xf32>) -> tensor<1x8x168xf32>
    %140 = stablehlo.dot_general %139, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x168xf32>, tensor<70x168xf32>) -> tensor<1x8x70xf32>
    %141 = stablehlo.add %5, %140 : tensor<1x8x70xf32>
    %142 = stablehlo.multiply %141, %141 : tensor<1x8x70xf32>
    %143 = stablehlo.constant dense<0.0> : tensor<f32>
    %144 = stablehlo.reduce(%142 init: %143) applies stablehlo.add across dimensions = [2] : (tensor<1x8x70xf32>, tensor<f32>) -> tensor<1x8xf32>
    %145 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %147 = stablehlo.multiply %144, %146 : tensor<1x8xf32>
    %148 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %150 = stablehlo.add %147, %149 : tensor<1x8xf32>
    %151 = stablehlo.rsqrt %150 : tensor<1x8xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x70xf32>
    %153 = stablehlo.multiply %141, %152 : tensor<1x8x70xf32>
    %154 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x8x70xf32>
    %155 = stablehlo.multiply %153, %154 : tensor<1x8x70xf32>
    %156 = stablehlo.dot_general %155, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<56x70xf32>) -> tensor<1x8x56xf32>
    %157 = stablehlo.logistic %156 : tensor<1x8x56xf32>
    %158 = stablehlo.multiply %156, %157 : tensor<1x8x56xf32>
    %159 = stablehlo.dot_general %155, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<56x70xf32>) -> tensor<1x8x56xf32>
    %160 = stablehlo.multiply %158, %159 : tensor<1x8x56xf32>
    %161 = stablehlo.dot_general %160, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<70x56xf32>) -> tensor<1x8x70xf32>
    %162 = stablehlo.add %141, %161 : tensor<1x8x70xf32>
    %163 = stablehlo.reshape %112 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %164 = stablehlo.reshape %113 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %165 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %166 = stablehlo.reshape %165 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %167 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %168 = stablehlo.reshape %167 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %169 = stablehlo.multiply %162, %162 : tensor<1x8x70xf32>
    %170 = stablehlo.constant dense<0.0> : tensor<f32>
    %171 = stablehlo.reduce(%169 init: %170) applies stablehlo.add across dimensions = [2] : (tensor<1x8x70xf32>, tensor<f32>) -> tensor<1x8xf32>
    %172 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<1x8xf32>
    %175 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %177 = stablehlo.add %174, %176 : tensor<1x8xf32>
    %178 = stablehlo.rsqrt %177 : tensor<1x8xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x70xf32>
    %180 = stablehlo.multiply %162, %179 : tensor<1x8x70xf32>
    %181 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x8x70xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<1x8x70xf32>
    %183 = stablehlo.dot_general %182, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<168x70xf32>) -> tensor<1x8x168xf32>
    %184 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<168xf32>) -> tensor<1x8x168xf32>
    %185 = stablehlo.add %183, %184 : tensor<1x8x168xf32>
    %186 = stablehlo.dot_general %182, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<24x70xf32>) -> tensor<1x8x24xf32>
    %187 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %188 = stablehlo.add %186, %187 : tensor<1x8x24xf32>
    %189 = stablehlo.dot_general %182, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<24x70xf32>) -> tensor<1x8x24xf32>
    %190 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %191 = stablehlo.add %189, %190 : tensor<1x8x24xf32>
    %192 = stablehlo.reshape %185 : (tensor<1x8x168xf32>) -> tensor<1x8x14x12xf32>
    %193 = stablehlo.reshape %188 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %194 = stablehlo.reshape %191 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %195 = "stablehlo.slice"(%192) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 14, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x14x12xf32>) -> tensor<1x8x14x6xf32>
    %196 = "stablehlo.slice"(%192) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 14, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x14x12xf32>) -> tensor<1x8x14x6xf32>
    %197 = stablehlo.negate %196 : tensor<1x8x14x6xf32>
    %198 = stablehlo.concatenate %197, %195, dim = 3 : (tensor<1x8x14x6xf32>, tensor<1x8x14x6xf32>) -> tensor<1x8x14x12xf32>
    %199 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x14x12xf32>
    %200 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x14x12xf32>
    %201 = stablehlo.multiply %192, %199 : tensor<1x8x14x12xf32>
    %202 = stablehlo.multiply %198, %200 : tensor<1x8x14x12xf32>
    %203 = stablehlo.add %201, %202 : tensor<1x8x14x12xf32>
    %204 = "stablehlo.slice"(%193) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %205 = "stablehlo.slice"(%193) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %206 = stablehlo.negate %205 : tensor<1x8x2x6xf32>
    %207 = stablehlo.concatenate %206, %204, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %208 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %209 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %210 = stablehlo.multiply %193, %208 : tensor<1x8x2x12xf32>
    %211 = stablehlo.multiply %207, %209 : tensor<1x8x2x12xf32>
    %212 = stablehlo.add %210, %211 : tensor<1x8x2x12xf32>
    %213 = stablehlo.reshape %203 : (tensor<1x8x14x12xf32>) -> tensor<1x8x2x7x12xf32>
    %214 = stablehlo.transpose %213, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x7x12xf32>) -> tensor<1x2x8x7x12xf32>
    %215 = stablehlo.transpose %212, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %216 = stablehlo.transpose %194, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %217 = stablehlo.dot_general %214, %215, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x7x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x7x8xf32>
    %218 = stablehlo.dot_general %214, %166, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x7x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x7x16xf32>
    %219 = stablehlo.concatenate %218, %217, dim = 4 : (tensor<1x2x8x7x16xf32>, tensor<1x2x8x7x8xf32>) -> tensor<1x2x8x7x24xf32>
    %220 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<1x2x8x7x24xf32>
    %222 = stablehlo.multiply %219, %221 : tensor<1x2x8x7x24xf32>
    %223 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x7x24xi1>
    %224 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<1x2x8x7x24xf32>
    %226 = stablehlo.select %223, %222, %225 : (tensor<1x2x8x7x24xi1>, tensor<1x2x8x7x24xf32>, tensor<1x2x8x7x24xf32>) -> tensor<1x2x8x7x24xf32>
    %227 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %228 = stablehlo.reduce(%226 init: %227) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x7x24xf32>, tensor<f32>) -> tensor<1x2x8x7xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [0, 1, 2, 3] : (tensor<1x2x8x7xf32>) -> tensor<1x2x8x7x24xf32>
    %230 = stablehlo.subtract %226, %229 : tensor<1x2x8x7x24xf32>
    %231 = stablehlo.exponential %230 : tensor<1x2x8x7x24xf32>
    %232 = stablehlo.constant dense<0.0> : tensor<f32>
    %233 = stablehlo.reduce(%231 init: %232) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x7x24xf32>, tensor<f32>) -> tensor<1x2x8x7xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2, 3] : (tensor<1x2x8x7xf32>) -> tensor<1x2x8x7x24xf32>
    %235 = stablehlo.divide %231, %234 : tensor<1x2x8x7x24xf32>
    %236 = "stablehlo.slice"(%235) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 7, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x7x24xf32>) -> tensor<1x2x8x7x16xf32>
    %237 = "stablehlo.slice"(%235) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 7, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x7x24xf32>) -> tensor<1x2x8x7x8xf32>
    %238 = stablehlo.dot_general %236, %168, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x7x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x7x12xf32>
    %239 = stablehlo.dot_general %237, %216, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x7x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x7x12xf32>
    %240 = stablehlo.add %238, %239 : tensor<1x2x8x7x12xf32>
    %241 = stablehlo.transpose %240, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x7x12xf32>) -> tensor<1x8x2x7x12xf32>
    %242 = stablehlo.reshape %241 : (tensor<1x8x2x7x12xf32>) -> tensor<1x8x168xf32>
    %243 = stablehlo.dot_general %242, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x168xf32>, tensor<70x168xf32>) -> tensor<1x8x70xf32>
    %244 = stablehlo.add %162, %243 : tensor<1x8x70xf32>
    %245 = stablehlo.multiply %244, %244 : tensor<1x8x70xf32>
    %246 = stablehlo.constant dense<0.0> : tensor<f32>
    %247 = stablehlo.reduce(%245 init: %246) applies stablehlo.add across dimensions = [2] : (tensor<1x8x70xf32>, tensor<f32>) -> tensor<1x8xf32>
    %248 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %250 = stablehlo.multiply %247, %249 : tensor<1x8xf32>
    %251 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %253 = stablehlo.add %250, %252 : tensor<1x8xf32>
    %254 = stablehlo.rsqrt %253 : tensor<1x8xf32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x70xf32>
    %256 = stablehlo.multiply %244, %255 : tensor<1x8x70xf32>
    %257 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x8x70xf32>
    %258 = stablehlo.multiply %256, %257 : tensor<1x8x70xf32>
    %259 = stablehlo.dot_general %258, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<56x70xf32>) -> tensor<1x8x56xf32>
    %260 = stablehlo.logistic %259 : tensor<1x8x56xf32>
    %261 = stablehlo.multiply %259, %260 : tensor<1x8x56xf32>
    %262 = stablehlo.dot_general %258, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x70xf32>, tensor<56x70xf32>) -> tensor<1x8x56xf32>
    %263 = stablehlo.multiply %261, %262 : tensor<1x8x56xf32>
    %264 = stablehlo.dot_general %263, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<70x56xf32>) -> tensor<1x8x70xf32>
    %265 = stablehlo.add %244, %264 : tensor<1x8x70xf32>
    %266 = stablehlo.reshape %215 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %267 = stablehlo.reshape %216 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %268 = stablehlo.multiply %265, %265 : tensor<1x8x70xf32>
    %269 = stablehlo.constant dense<0.0> : tensor<f32>
    %270 = stablehlo.reduce(%268 init: %269) applies stablehlo.add across dimensions = [2] : (tensor<1x8x70xf32>, tensor<f32>) -> tensor<1x8xf32>
    %271 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %273 = stablehlo.multiply %270, %272 : tensor<1x8xf32>
    %274 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %276 = stablehlo.add %273, %275 : tensor<1x8xf32>
    %277 = stablehlo.rsqrt %276 : tensor<1x8xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x70xf32>
    %279 = stablehlo.multiply %265, %278 : tensor<1x8x70xf32>
    %280 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x8x70xf32>
    %281 = stablehlo.multiply %279, %280 : tensor<1x8x70xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %282 = stablehlo.concatenate %163, %266, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %283 = stablehlo.constant dense<0> : tensor<i32>
    %284 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %285 = stablehlo.dynamic_update_slice %2, %282, %283, %283, %283, %284, %283 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %286 = stablehlo.concatenate %164, %267, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %287 = stablehlo.constant dense<0> : tensor<i32>
    %288 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %289 = stablehlo.dynamic_update_slice %3, %286, %287, %287, %287, %288, %287 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %290 = stablehlo.constant dense<1> : tensor<i32>
    %291 = stablehlo.subtract %length, %290 : tensor<i32>
    %292 = stablehlo.constant dense<0> : tensor<i32>
    %293 = stablehlo.dynamic_slice %281, %292, %291, %292, sizes = [1, 1, 70] : (tensor<1x8x70xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x70xf32>
    %294 = stablehlo.reshape %293 : (tensor<1x1x70xf32>) -> tensor<70xf32>
    %295 = stablehlo.dot_general %model.embed_tokens.weight, %294, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x70xf32>, tensor<70xf32>) -> tensor<97xf32>
    %296 = stablehlo.reshape %285 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %297 = stablehlo.reshape %289 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %295, %296, %297 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
