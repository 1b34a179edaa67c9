// qwen3 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @qwen3_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x8x1xi32>) -> tensor<1x8x20xf32>
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
    %66 = stablehlo.multiply %5, %5 : tensor<1x8x20xf32>
    %67 = stablehlo.constant dense<0.0> : tensor<f32>
    %68 = stablehlo.reduce(%66 init: %67) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %69 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<1x8xf32>
    %72 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %74 = stablehlo.add %71, %73 : tensor<1x8xf32>
    %75 = stablehlo.rsqrt %74 : tensor<1x8xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %77 = stablehlo.multiply %5, %76 : tensor<1x8x20xf32>
    %78 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x8x20xf32>
    %80 = stablehlo.dot_general %79, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %81 = stablehlo.dot_general %79, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %82 = stablehlo.dot_general %79, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %83 = stablehlo.reshape %80 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %84 = stablehlo.reshape %81 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %85 = stablehlo.reshape %82 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %86 = stablehlo.multiply %83, %83 : tensor<1x8x4x12xf32>
    %87 = stablehlo.constant dense<0.0> : tensor<f32>
    %88 = stablehlo.reduce(%86 init: %87) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %89 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %91 = stablehlo.multiply %88, %90 : tensor<1x8x4xf32>
    %92 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %94 = stablehlo.add %91, %93 : tensor<1x8x4xf32>
    %95 = stablehlo.rsqrt %94 : tensor<1x8x4xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %97 = stablehlo.multiply %83, %96 : tensor<1x8x4x12xf32>
    %98 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %99 = stablehlo.multiply %97, %98 : tensor<1x8x4x12xf32>
    %100 = stablehlo.multiply %84, %84 : tensor<1x8x2x12xf32>
    %101 = stablehlo.constant dense<0.0> : tensor<f32>
    %102 = stablehlo.reduce(%100 init: %101) applies stablehlo.add across dimensions = [3] : (tensor<1x8x2x12xf32>, tensor<f32>) -> tensor<1x8x2xf32>
    %103 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<1x8x2xf32>
    %106 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %108 = stablehlo.add %105, %107 : tensor<1x8x2xf32>
    %109 = stablehlo.rsqrt %108 : tensor<1x8x2xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2] : (tensor<1x8x2xf32>) -> tensor<1x8x2x12xf32>
    %111 = stablehlo.multiply %84, %110 : tensor<1x8x2x12xf32>
    %112 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x2x12xf32>
    %113 = stablehlo.multiply %111, %112 : tensor<1x8x2x12xf32>
    %114 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %115 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %116 = stablehlo.negate %115 : tensor<1x8x4x6xf32>
    %117 = stablehlo.concatenate %116, %114, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %118 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %119 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %120 = stablehlo.multiply %99, %118 : tensor<1x8x4x12xf32>
    %121 = stablehlo.multiply %117, %119 : tensor<1x8x4x12xf32>
    %122 = stablehlo.add %120, %121 : tensor<1x8x4x12xf32>
    %123 = "stablehlo.slice"(%113) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %124 = "stablehlo.slice"(%113) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %125 = stablehlo.negate %124 : tensor<1x8x2x6xf32>
    %126 = stablehlo.concatenate %125, %123, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %127 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %128 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %129 = stablehlo.multiply %113, %127 : tensor<1x8x2x12xf32>
    %130 = stablehlo.multiply %126, %128 : tensor<1x8x2x12xf32>
    %131 = stablehlo.add %129, %130 : tensor<1x8x2x12xf32>
    %132 = stablehlo.reshape %122 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %133 = stablehlo.transpose %132, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %134 = stablehlo.transpose %131, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %135 = stablehlo.transpose %85, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %136 = stablehlo.dot_general %133, %134, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %137 = stablehlo.dot_general %133, %63, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %138 = stablehlo.concatenate %137, %136, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %139 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %141 = stablehlo.multiply %138, %140 : tensor<1x2x8x2x24xf32>
    %142 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %143 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %145 = stablehlo.select %142, %141, %144 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %146 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %147 = stablehlo.reduce(%145 init: %146) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %149 = stablehlo.subtract %145, %148 : tensor<1x2x8x2x24xf32>
    %150 = stablehlo.exponential %149 : tensor<1x2x8x2x24xf32>
    %151 = stablehlo.constant dense<0.0> : tensor<f32>
    %152 = stablehlo.reduce(%150 init: %151) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %154 = stablehlo.divide %150, %153 : tensor<1x2x8x2x24xf32>
    %155 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %156 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %157 = stablehlo.dot_general %155, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %158 = stablehlo.dot_general %156, %135, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %159 = stablehlo.add %157, %158 : tensor<1x2x8x2x12xf32>
    %160 = stablehlo.transpose %159, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %161 = stablehlo.reshape %160 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %162 = stablehlo.dot_general %161, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %163 = stablehlo.add %5, %162 : tensor<1x8x20xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<1x8x20xf32>
    %165 = stablehlo.constant dense<0.0> : tensor<f32>
    %166 = stablehlo.reduce(%164 init: %165) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %167 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<1x8xf32>
    %170 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %172 = stablehlo.add %169, %171 : tensor<1x8xf32>
    %173 = stablehlo.rsqrt %172 : tensor<1x8xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %175 = stablehlo.multiply %163, %174 : tensor<1x8x20xf32>
    %176 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %177 = stablehlo.multiply %175, %176 : tensor<1x8x20xf32>
    %178 = stablehlo.dot_general %177, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %179 = stablehlo.logistic %178 : tensor<1x8x56xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<1x8x56xf32>
    %181 = stablehlo.dot_general %177, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<1x8x56xf32>
    %183 = stablehlo.dot_general %182, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %184 = stablehlo.add %163, %183 : tensor<1x8x20xf32>
    %185 = stablehlo.reshape %134 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %186 = stablehlo.reshape %135 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %187 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %189 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %190 = stablehlo.reshape %189 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %191 = stablehlo.multiply %184, %184 : tensor<1x8x20xf32>
    %192 = stablehlo.constant dense<0.0> : tensor<f32>
    %193 = stablehlo.reduce(%191 init: %192) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %194 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %196 = stablehlo.multiply %193, %195 : tensor<1x8xf32>
    %197 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %199 = stablehlo.add %196, %198 : tensor<1x8xf32>
    %200 = stablehlo.rsqrt %199 : tensor<1x8xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %202 = stablehlo.multiply %184, %201 : tensor<1x8x20xf32>
    %203 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<1x8x20xf32>
    %205 = stablehlo.dot_general %204, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %206 = stablehlo.dot_general %204, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %207 = stablehlo.dot_general %204, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %208 = stablehlo.reshape %205 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %209 = stablehlo.reshape %206 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %210 = stablehlo.reshape %207 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %211 = stablehlo.multiply %208, %208 : tensor<1x8x4x12xf32>
    %212 = stablehlo.constant dense<0.0> : tensor<f32>
    %213 = stablehlo.reduce(%211 init: %212) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %214 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %216 = stablehlo.multiply %213, %215 : tensor<1x8x4xf32>
    %217 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %219 = stablehlo.add %216, %218 : tensor<1x8x4xf32>
    %220 = stablehlo.rsqrt %219 : tensor<1x8x4xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %222 = stablehlo.multiply %208, %221 : tensor<1x8x4x12xf32>
    %223 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %224 = stablehlo.multiply %222, %223 : tensor<1x8x4x12xf32>
    %225 = stablehlo.multiply %209, %209 : tensor<1x8x2x12xf32>
    %226 = stablehlo.constant dense<0.0> : tensor<f32>
    %227 = stablehlo.reduce(%225 init: %226) applies stablehlo.add across dimensions = [3] : (tensor<1x8x2x12xf32>, tensor<f32>) -> tensor<1x8x2xf32>
    %228 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %230 = stablehlo.multiply %227, %229 : tensor<1x8x2xf32>
    %231 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [] : (tensor<f32>) -> tensor<1x8x2xf32>
    %233 = stablehlo.add %230, %232 : tensor<1x8x2xf32>
    %234 = stablehlo.rsqrt %233 : tensor<1x8x2xf32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<1x8x2xf32>) -> tensor<1x8x2x12xf32>
    %236 = stablehlo.multiply %209, %235 : tensor<1x8x2x12xf32>
    %237 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x8x2x12xf32>
    %238 = stablehlo.multiply %236, %237 : tensor<1x8x2x12xf32>
    %239 = "stablehlo.slice"(%224) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %240 = "stablehlo.slice"(%224) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %241 = stablehlo.negate %240 : tensor<1x8x4x6xf32>
    %242 = stablehlo.concatenate %241, %239, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %243 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %244 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %245 = stablehlo.multiply %224, %243 : tensor<1x8x4x12xf32>
    %246 = stablehlo.multiply %242, %244 : tensor<1x8x4x12xf32>
    %247 = stablehlo.add %245, %246 : tensor<1x8x4x12xf32>
    %248 = "stablehlo.slice"(%238) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %249 = "stablehlo.slice"(%238) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %250 = stablehlo.negate %249 : tensor<1x8x2x6xf32>
    %251 = stablehlo.concatenate %250, %248, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %252 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %253 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %254 = stablehlo.multiply %238, %252 : tensor<1x8x2x12xf32>
    %255 = stablehlo.multiply %251, %253 : tensor<1x8x2x12xf32>
    %256 = stablehlo.add %254, %255 : tensor<1x8x2x12xf32>
    %257 = stablehlo.reshape %247 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %258 = stablehlo.transpose %257, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %259 = stablehlo.transpose %256, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %260 = stablehlo.transpose %210, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %261 = stablehlo.dot_general %258, %259, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %262 = stablehlo.dot_general %258, %188, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %263 = stablehlo.concatenate %262, %261, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %264 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %266 = stablehlo.multiply %263, %265 : tensor<1x2x8x2x24xf32>
    %267 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %268 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %270 = stablehlo.select %267, %266, %269 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %271 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %272 = stablehlo.reduce(%270 init: %271) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %274 = stablehlo.subtract %270, %273 : tensor<1x2x8x2x24xf32>
    %275 = stablehlo.exponential %274 : tensor<1x2x8x2x24xf32>
    %276 = stablehlo.constant dense<0.0> : tensor<f32>
    %277 = stablehlo.reduce(%275 init: %276) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %279 = stablehlo.divide %275, %278 : tensor<1x2x8x2x24xf32>
    %280 = "stablehlo.slice"(%279) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %281 = "stablehlo.slice"(%279) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %282 = stablehlo.dot_general %280, %190, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %283 = stablehlo.dot_general %281, %260, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %284 = stablehlo.add %282, %283 : tensor<1x2x8x2x12xf32>
    %285 = stablehlo.transpose %284, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %286 = stablehlo.reshape %285 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %287 = stablehlo.dot_general %286, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %288 = stablehlo.add %184, %287 : tensor<1x8x20xf32>
    %289 = stablehlo.multiply %288, %288 : tensor<1x8x20xf32>
    %290 = stablehlo.constant dense<0.0> : tensor<f32>
    %291 = stablehlo.reduce(%289 init: %290) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %292 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %294 = stablehlo.multiply %291, %293 : tensor<1x8xf32>
    %295 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %297 = stablehlo.add %294, %296 : tensor<1x8xf32>
    %298 = stablehlo.rsqrt %297 : tensor<1x8xf32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %300 = stablehlo.multiply %288, %299 : tensor<1x8x20xf32>
    %301 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %302 = stablehlo.multiply %300, %301 : tensor<1x8x20xf32>
    %303 = stablehlo.dot_general %302, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %304 = stablehlo.logistic %303 : tensor<1x8x56xf32>
    %305 = stablehlo.multiply %303, %304 : tensor<1x8x56xf32>
    %306 = stablehlo.dot_general %302, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %307 = stablehlo.multiply %305, %306 : tensor<1x8x56xf32>
    %308 = stablehlo.dot_general %307, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %309 = stablehlo.add %288, %308 : tensor<1x8x20xf32>
    %310 = stablehlo.reshape %259 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %311 = stablehlo.reshape %260 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %312 = stablehlo.multiply %309, %309 : tensor<1x8x20xf32>
    %313 = stablehlo.constant dense<0.0> : tensor<f32>
    %314 = stablehlo.reduce(%312 init: %313) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %315 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %317 = stablehlo.multiply %314, %316 : tensor<1x8xf32>
    %318 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %320 = stablehlo.add %317, %319 : tensor<1x8xf32>
    %321 = stablehlo.rsqrt %320 : tensor<1x8xf32>
    %322 = stablehlo.broadcast_in_dim %321, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %323 = stablehlo.multiply %309, %322 : tensor<1x8x20xf32>
    %324 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %325 = stablehlo.multiply %323, %324 : tensor<1x8x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %326 = stablehlo.concatenate %185, %310, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %327 = stablehlo.constant dense<0> : tensor<i32>
    %328 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %329 = stablehlo.dynamic_update_slice %2, %326, %327, %327, %327, %328, %327 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %330 = stablehlo.concatenate %186, %311, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %331 = stablehlo.constant dense<0> : tensor<i32>
    %332 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %333 = stablehlo.dynamic_update_slice %3, %330, %331, %331, %331, %332, %331 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %334 = stablehlo.constant dense<1> : tensor<i32>
    %335 = stablehlo.subtract %length, %334 : tensor<i32>
    %336 = stablehlo.constant dense<0> : tensor<i32>
    %337 = stablehlo.dynamic_slice %325, %336, %335, %336, sizes = [1, 1, 20] : (tensor<1x8x20xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x20xf32>
    %338 = stablehlo.reshape %337 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %339 = stablehlo.dot_general %model.embed_tokens.weight, %338, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %340 = stablehlo.reshape %329 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %341 = stablehlo.reshape %333 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %339, %340, %341 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
