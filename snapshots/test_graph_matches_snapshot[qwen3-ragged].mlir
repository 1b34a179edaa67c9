// qwen3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @qwen3_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<3x1x1xi32>) -> tensor<3x1x20xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.09999999403953552, 0.009999998845160007, 0.0010000000474974513, 9.999996836995706e-05, 1.0000003385357559e-05]> : tensor<6xf32>
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
    %63 = stablehlo.multiply %2, %2 : tensor<3x1x20xf32>
    %64 = stablehlo.constant dense<0.0> : tensor<f32>
    %65 = stablehlo.reduce(%63 init: %64) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %66 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %66, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %68 = stablehlo.multiply %65, %67 : tensor<3x1xf32>
    %69 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %71 = stablehlo.add %68, %70 : tensor<3x1xf32>
    %72 = stablehlo.rsqrt %71 : tensor<3x1xf32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %74 = stablehlo.multiply %2, %73 : tensor<3x1x20xf32>
    %75 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<3x1x20xf32>
    %77 = stablehlo.dot_general %76, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %78 = stablehlo.dot_general %76, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %79 = stablehlo.dot_general %76, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %80 = stablehlo.reshape %77 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %81 = stablehlo.reshape %78 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %82 = stablehlo.reshape %79 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %83 = stablehlo.multiply %80, %80 : tensor<3x1x4x12xf32>
    %84 = stablehlo.constant dense<0.0> : tensor<f32>
    %85 = stablehlo.reduce(%83 init: %84) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %86 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<3x1x4xf32>
    %89 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %91 = stablehlo.add %88, %90 : tensor<3x1x4xf32>
    %92 = stablehlo.rsqrt %91 : tensor<3x1x4xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %94 = stablehlo.multiply %80, %93 : tensor<3x1x4x12xf32>
    %95 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %96 = stablehlo.multiply %94, %95 : tensor<3x1x4x12xf32>
    %97 = stablehlo.multiply %81, %81 : tensor<3x1x2x12xf32>
    %98 = stablehlo.constant dense<0.0> : tensor<f32>
    %99 = stablehlo.reduce(%97 init: %98) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %100 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<3x1x2xf32>
    %103 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %105 = stablehlo.add %102, %104 : tensor<3x1x2xf32>
    %106 = stablehlo.rsqrt %105 : tensor<3x1x2xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %108 = stablehlo.multiply %81, %107 : tensor<3x1x2x12xf32>
    %109 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %110 = stablehlo.multiply %108, %109 : tensor<3x1x2x12xf32>
    %111 = "stablehlo.slice"(%96) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %112 = "stablehlo.slice"(%96) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %113 = stablehlo.negate %112 : tensor<3x1x4x6xf32>
    %114 = stablehlo.concatenate %113, %111, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %115 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %116 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %117 = stablehlo.multiply %96, %115 : tensor<3x1x4x12xf32>
    %118 = stablehlo.multiply %114, %116 : tensor<3x1x4x12xf32>
    %119 = stablehlo.add %117, %118 : tensor<3x1x4x12xf32>
    %120 = "stablehlo.slice"(%110) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %121 = "stablehlo.slice"(%110) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %122 = stablehlo.negate %121 : tensor<3x1x2x6xf32>
    %123 = stablehlo.concatenate %122, %120, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %124 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %125 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %126 = stablehlo.multiply %110, %124 : tensor<3x1x2x12xf32>
    %127 = stablehlo.multiply %123, %125 : tensor<3x1x2x12xf32>
    %128 = stablehlo.add %126, %127 : tensor<3x1x2x12xf32>
    %129 = stablehlo.reshape %119 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %130 = stablehlo.transpose %129, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %131 = stablehlo.transpose %128, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %132 = stablehlo.transpose %82, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %133 = stablehlo.dot_general %130, %131, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %134 = stablehlo.dot_general %130, %60, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %135 = stablehlo.concatenate %134, %133, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %136 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<3x2x1x2x17xf32>
    %139 = stablehlo.broadcast_in_dim %58, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %140 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %142 = stablehlo.select %139, %138, %141 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %143 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %144 = stablehlo.reduce(%142 init: %143) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %146 = stablehlo.subtract %142, %145 : tensor<3x2x1x2x17xf32>
    %147 = stablehlo.exponential %146 : tensor<3x2x1x2x17xf32>
    %148 = stablehlo.constant dense<0.0> : tensor<f32>
    %149 = stablehlo.reduce(%147 init: %148) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %151 = stablehlo.divide %147, %150 : tensor<3x2x1x2x17xf32>
    %152 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %153 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %154 = stablehlo.dot_general %152, %62, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %155 = stablehlo.dot_general %153, %132, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %156 = stablehlo.add %154, %155 : tensor<3x2x1x2x12xf32>
    %157 = stablehlo.transpose %156, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %158 = stablehlo.reshape %157 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %159 = stablehlo.dot_general %158, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %160 = stablehlo.add %2, %159 : tensor<3x1x20xf32>
    %161 = stablehlo.multiply %160, %160 : tensor<3x1x20xf32>
    %162 = stablehlo.constant dense<0.0> : tensor<f32>
    %163 = stablehlo.reduce(%161 init: %162) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %164 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %166 = stablehlo.multiply %163, %165 : tensor<3x1xf32>
    %167 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %169 = stablehlo.add %166, %168 : tensor<3x1xf32>
    %170 = stablehlo.rsqrt %169 : tensor<3x1xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %172 = stablehlo.multiply %160, %171 : tensor<3x1x20xf32>
    %173 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %174 = stablehlo.multiply %172, %173 : tensor<3x1x20xf32>
    %175 = stablehlo.dot_general %174, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %176 = stablehlo.logistic %175 : tensor<3x1x56xf32>
    %177 = stablehlo.multiply %175, %176 : tensor<3x1x56xf32>
    %178 = stablehlo.dot_general %174, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<3x1x56xf32>
    %180 = stablehlo.dot_general %179, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %181 = stablehlo.add %160, %180 : tensor<3x1x20xf32>
    %182 = stablehlo.reshape %131 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %183 = stablehlo.reshape %132 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %184 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %185 = stablehlo.reshape %184 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %186 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %187 = stablehlo.reshape %186 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %188 = stablehlo.multiply %181, %181 : tensor<3x1x20xf32>
    %189 = stablehlo.constant dense<0.0> : tensor<f32>
    %190 = stablehlo.reduce(%188 init: %189) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %191 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %193 = stablehlo.multiply %190, %192 : tensor<3x1xf32>
    %194 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %196 = stablehlo.add %193, %195 : tensor<3x1xf32>
    %197 = stablehlo.rsqrt %196 : tensor<3x1xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %199 = stablehlo.multiply %181, %198 : tensor<3x1x20xf32>
    %200 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %201 = stablehlo.multiply %199, %200 : tensor<3x1x20xf32>
    %202 = stablehlo.dot_general %201, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %203 = stablehlo.dot_general %201, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %204 = stablehlo.dot_general %201, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %205 = stablehlo.reshape %202 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %206 = stablehlo.reshape %203 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %207 = stablehlo.reshape %204 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %208 = stablehlo.multiply %205, %205 : tensor<3x1x4x12xf32>
    %209 = stablehlo.constant dense<0.0> : tensor<f32>
    %210 = stablehlo.reduce(%208 init: %209) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %211 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %213 = stablehlo.multiply %210, %212 : tensor<3x1x4xf32>
    %214 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %216 = stablehlo.add %213, %215 : tensor<3x1x4xf32>
    %217 = stablehlo.rsqrt %216 : tensor<3x1x4xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %219 = stablehlo.multiply %205, %218 : tensor<3x1x4x12xf32>
    %220 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %221 = stablehlo.multiply %219, %220 : tensor<3x1x4x12xf32>
    %222 = stablehlo.multiply %206, %206 : tensor<3x1x2x12xf32>
    %223 = stablehlo.constant dense<0.0> : tensor<f32>
    %224 = stablehlo.reduce(%222 init: %223) applies stablehlo.add across dimensions = [3] : (tensor<3x1x2x12xf32>, tensor<f32>) -> tensor<3x1x2xf32>
    %225 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %227 = stablehlo.multiply %224, %226 : tensor<3x1x2xf32>
    %228 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<3x1x2xf32>
    %230 = stablehlo.add %227, %229 : tensor<3x1x2xf32>
    %231 = stablehlo.rsqrt %230 : tensor<3x1x2xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2] : (tensor<3x1x2xf32>) -> tensor<3x1x2x12xf32>
    %233 = stablehlo.multiply %206, %232 : tensor<3x1x2x12xf32>
    %234 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<3x1x2x12xf32>
    %235 = stablehlo.multiply %233, %234 : tensor<3x1x2x12xf32>
    %236 = "stablehlo.slice"(%221) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %237 = "stablehlo.slice"(%221) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %238 = stablehlo.negate %237 : tensor<3x1x4x6xf32>
    %239 = stablehlo.concatenate %238, %236, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %240 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %241 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %242 = stablehlo.multiply %221, %240 : tensor<3x1x4x12xf32>
    %243 = stablehlo.multiply %239, %241 : tensor<3x1x4x12xf32>
    %244 = stablehlo.add %242, %243 : tensor<3x1x4x12xf32>
    %245 = "stablehlo.slice"(%235) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %246 = "stablehlo.slice"(%235) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %247 = stablehlo.negate %246 : tensor<3x1x2x6xf32>
    %248 = stablehlo.concatenate %247, %245, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %249 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %250 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %251 = stablehlo.multiply %235, %249 : tensor<3x1x2x12xf32>
    %252 = stablehlo.multiply %248, %250 : tensor<3x1x2x12xf32>
    %253 = stablehlo.add %251, %252 : tensor<3x1x2x12xf32>
    %254 = stablehlo.reshape %244 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %255 = stablehlo.transpose %254, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %256 = stablehlo.transpose %253, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %257 = stablehlo.transpose %207, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %258 = stablehlo.dot_general %255, %256, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %259 = stablehlo.dot_general %255, %185, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %260 = stablehlo.concatenate %259, %258, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %261 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %263 = stablehlo.multiply %260, %262 : tensor<3x2x1x2x17xf32>
    %264 = stablehlo.broadcast_in_dim %58, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %265 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %267 = stablehlo.select %264, %263, %266 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %268 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %269 = stablehlo.reduce(%267 init: %268) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %271 = stablehlo.subtract %267, %270 : tensor<3x2x1x2x17xf32>
    %272 = stablehlo.exponential %271 : tensor<3x2x1x2x17xf32>
    %273 = stablehlo.constant dense<0.0> : tensor<f32>
    %274 = stablehlo.reduce(%272 init: %273) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %276 = stablehlo.divide %272, %275 : tensor<3x2x1x2x17xf32>
    %277 = "stablehlo.slice"(%276) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %278 = "stablehlo.slice"(%276) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %279 = stablehlo.dot_general %277, %187, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %280 = stablehlo.dot_general %278, %257, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %281 = stablehlo.add %279, %280 : tensor<3x2x1x2x12xf32>
    %282 = stablehlo.transpose %281, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %283 = stablehlo.reshape %282 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %284 = stablehlo.dot_general %283, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %285 = stablehlo.add %181, %284 : tensor<3x1x20xf32>
    %286 = stablehlo.multiply %285, %285 : tensor<3x1x20xf32>
    %287 = stablehlo.constant dense<0.0> : tensor<f32>
    %288 = stablehlo.reduce(%286 init: %287) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %289 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %291 = stablehlo.multiply %288, %290 : tensor<3x1xf32>
    %292 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %294 = stablehlo.add %291, %293 : tensor<3x1xf32>
    %295 = stablehlo.rsqrt %294 : tensor<3x1xf32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %297 = stablehlo.multiply %285, %296 : tensor<3x1x20xf32>
    %298 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %299 = stablehlo.multiply %297, %298 : tensor<3x1x20xf32>
    %300 = stablehlo.dot_general %299, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %301 = stablehlo.logistic %300 : tensor<3x1x56xf32>
    %302 = stablehlo.multiply %300, %301 : tensor<3x1x56xf32>
    %303 = stablehlo.dot_general %299, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %304 = stablehlo.multiply %302, %303 : tensor<3x1x56xf32>
    %305 = stablehlo.dot_general %304, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %306 = stablehlo.add %285, %305 : tensor<3x1x20xf32>
    %307 = stablehlo.reshape %256 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %308 = stablehlo.reshape %257 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %309 = stablehlo.multiply %306, %306 : tensor<3x1x20xf32>
    %310 = stablehlo.constant dense<0.0> : tensor<f32>
    %311 = stablehlo.reduce(%309 init: %310) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %312 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %314 = stablehlo.multiply %311, %313 : tensor<3x1xf32>
    %315 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %317 = stablehlo.add %314, %316 : tensor<3x1xf32>
    %318 = stablehlo.rsqrt %317 : tensor<3x1xf32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %320 = stablehlo.multiply %306, %319 : tensor<3x1x20xf32>
    %321 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %322 = stablehlo.multiply %320, %321 : tensor<3x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %323 = stablehlo.concatenate %182, %307, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %324 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %325 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %326 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %327 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %328 = stablehlo.concatenate %324, %325, %326, %327, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %329 = stablehlo.reshape %323 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %330 = stablehlo.reshape %328 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %331 = "stablehlo.scatter"(%k_cache, %330, %329) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %332 = stablehlo.concatenate %183, %308, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %333 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %334 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %335 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %336 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %337 = stablehlo.concatenate %333, %334, %335, %336, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %338 = stablehlo.reshape %332 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %339 = stablehlo.reshape %337 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %340 = "stablehlo.scatter"(%v_cache, %339, %338) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %341 = stablehlo.reshape %322 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %342 = stablehlo.dot_general %341, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
    %343 = stablehlo.constant dense<0> : tensor<i32>
    %344 = stablehlo.broadcast_in_dim %343, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %345 = stablehlo.compare NE, %active, %344, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %346 = stablehlo.broadcast_in_dim %345, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %347 = stablehlo.constant dense<0.0> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %349 = stablehlo.select %346, %342, %348 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %349, %331, %340 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
