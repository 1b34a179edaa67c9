// qwen3 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @qwen3_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x1x1xi32>) -> tensor<1x1x20xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.09999999403953552, 0.009999998845160007, 0.0010000000474974513, 9.999996836995706e-05, 1.0000003385357559e-05]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x1x6xf32>
    %14 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %16 = stablehlo.multiply %13, %15 : tensor<1x1x6xf32>
    %17 = stablehlo.round_nearest_even %16 : tensor<1x1x6xf32>
    %18 = stablehlo.constant dense<6.28125> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %20 = stablehlo.multiply %17, %19 : tensor<1x1x6xf32>
    %21 = stablehlo.subtract %13, %20 : tensor<1x1x6xf32>
    %22 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %24 = stablehlo.multiply %17, %23 : tensor<1x1x6xf32>
    %25 = stablehlo.negate %24 : tensor<1x1x6xf32>
    %26 = stablehlo.add %21, %25 : tensor<1x1x6xf32>
    %27 = stablehlo.subtract %26, %21 : tensor<1x1x6xf32>
    %28 = stablehlo.subtract %26, %27 : tensor<1x1x6xf32>
    %29 = stablehlo.subtract %21, %28 : tensor<1x1x6xf32>
    %30 = stablehlo.subtract %25, %27 : tensor<1x1x6xf32>
    %31 = stablehlo.add %29, %30 : tensor<1x1x6xf32>
    %32 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %34 = stablehlo.multiply %17, %33 : tensor<1x1x6xf32>
    %35 = stablehlo.negate %34 : tensor<1x1x6xf32>
    %36 = stablehlo.add %26, %35 : tensor<1x1x6xf32>
    %37 = stablehlo.subtract %36, %26 : tensor<1x1x6xf32>
    %38 = stablehlo.subtract %36, %37 : tensor<1x1x6xf32>
    %39 = stablehlo.subtract %26, %38 : tensor<1x1x6xf32>
    %40 = stablehlo.subtract %35, %37 : tensor<1x1x6xf32>
    %41 = stablehlo.add %39, %40 : tensor<1x1x6xf32>
    %42 = stablehlo.add %31, %41 : tensor<1x1x6xf32>
    %43 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %45 = stablehlo.multiply %17, %44 : tensor<1x1x6xf32>
    %46 = stablehlo.subtract %42, %45 : tensor<1x1x6xf32>
    %47 = stablehlo.cosine %36 : tensor<1x1x6xf32>
    %48 = stablehlo.sine %36 : tensor<1x1x6xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<1x1x6xf32>
    %50 = stablehlo.subtract %47, %49 : tensor<1x1x6xf32>
    %51 = stablehlo.multiply %46, %47 : tensor<1x1x6xf32>
    %52 = stablehlo.add %48, %51 : tensor<1x1x6xf32>
    %53 = stablehlo.concatenate %50, %50, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %54 = stablehlo.concatenate %52, %52, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %55 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %56 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %57 = stablehlo.compare LE, %56, %55, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %58 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %59 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %60 = stablehlo.compare LT, %58, %59, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %61 = stablehlo.concatenate %60, %57, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: full_attention
    %62 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %64 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %66 = stablehlo.multiply %5, %5 : tensor<1x1x20xf32>
    %67 = stablehlo.constant dense<0.0> : tensor<f32>
    %68 = stablehlo.reduce(%66 init: %67) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %69 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<1x1xf32>
    %72 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %74 = stablehlo.add %71, %73 : tensor<1x1xf32>
    %75 = stablehlo.rsqrt %74 : tensor<1x1xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %77 = stablehlo.multiply %5, %76 : tensor<1x1x20xf32>
    %78 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x1x20xf32>
    %80 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %79, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %81 = stablehlo.reshape %80 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %82 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %79, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %83 = stablehlo.reshape %82 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %84 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %79, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %85 = stablehlo.reshape %84 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %86 = stablehlo.reshape %81 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %87 = stablehlo.reshape %83 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %88 = stablehlo.reshape %85 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %89 = stablehlo.multiply %86, %86 : tensor<1x1x4x12xf32>
    %90 = stablehlo.constant dense<0.0> : tensor<f32>
    %91 = stablehlo.reduce(%89 init: %90) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x12xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %92 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %94 = stablehlo.multiply %91, %93 : tensor<1x1x4xf32>
    %95 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %97 = stablehlo.add %94, %96 : tensor<1x1x4xf32>
    %98 = stablehlo.rsqrt %97 : tensor<1x1x4xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x12xf32>
    %100 = stablehlo.multiply %86, %99 : tensor<1x1x4x12xf32>
    %101 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x1x4x12xf32>
    %102 = stablehlo.multiply %100, %101 : tensor<1x1x4x12xf32>
    %103 = stablehlo.multiply %87, %87 : tensor<1x1x2x12xf32>
    %104 = stablehlo.constant dense<0.0> : tensor<f32>
    %105 = stablehlo.reduce(%103 init: %104) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x12xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %106 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<1x1x2xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<1x1x2xf32>
    %109 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [] : (tensor<f32>) -> tensor<1x1x2xf32>
    %111 = stablehlo.add %108, %110 : tensor<1x1x2xf32>
    %112 = stablehlo.rsqrt %111 : tensor<1x1x2xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x12xf32>
    %114 = stablehlo.multiply %87, %113 : tensor<1x1x2x12xf32>
    %115 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x1x2x12xf32>
    %116 = stablehlo.multiply %114, %115 : tensor<1x1x2x12xf32>
    %117 = "stablehlo.slice"(%102) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %118 = "stablehlo.slice"(%102) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %119 = stablehlo.negate %118 : tensor<1x1x4x6xf32>
    %120 = stablehlo.concatenate %119, %117, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %121 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %122 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %123 = stablehlo.multiply %102, %121 : tensor<1x1x4x12xf32>
    %124 = stablehlo.multiply %120, %122 : tensor<1x1x4x12xf32>
    %125 = stablehlo.add %123, %124 : tensor<1x1x4x12xf32>
    %126 = "stablehlo.slice"(%116) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %127 = "stablehlo.slice"(%116) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %128 = stablehlo.negate %127 : tensor<1x1x2x6xf32>
    %129 = stablehlo.concatenate %128, %126, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %130 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %131 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %132 = stablehlo.multiply %116, %130 : tensor<1x1x2x12xf32>
    %133 = stablehlo.multiply %129, %131 : tensor<1x1x2x12xf32>
    %134 = stablehlo.add %132, %133 : tensor<1x1x2x12xf32>
    %135 = stablehlo.reshape %125 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %136 = stablehlo.transpose %135, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %137 = stablehlo.transpose %134, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %138 = stablehlo.transpose %88, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %139 = stablehlo.dot_general %136, %137, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %140 = stablehlo.dot_general %136, %63, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %141 = stablehlo.concatenate %140, %139, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %142 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<1x2x1x2x17xf32>
    %145 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %146 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %148 = stablehlo.select %145, %144, %147 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %149 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %150 = stablehlo.reduce(%148 init: %149) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %152 = stablehlo.subtract %148, %151 : tensor<1x2x1x2x17xf32>
    %153 = stablehlo.exponential %152 : tensor<1x2x1x2x17xf32>
    %154 = stablehlo.constant dense<0.0> : tensor<f32>
    %155 = stablehlo.reduce(%153 init: %154) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %157 = stablehlo.divide %153, %156 : tensor<1x2x1x2x17xf32>
    %158 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %159 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %160 = stablehlo.dot_general %158, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %161 = stablehlo.dot_general %159, %138, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %162 = stablehlo.add %160, %161 : tensor<1x2x1x2x12xf32>
    %163 = stablehlo.transpose %162, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %164 = stablehlo.reshape %163 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %165 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %164, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %166 = stablehlo.reshape %165 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %167 = stablehlo.add %5, %166 : tensor<1x1x20xf32>
    %168 = stablehlo.multiply %167, %167 : tensor<1x1x20xf32>
    %169 = stablehlo.constant dense<0.0> : tensor<f32>
    %170 = stablehlo.reduce(%168 init: %169) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %171 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %173 = stablehlo.multiply %170, %172 : tensor<1x1xf32>
    %174 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %176 = stablehlo.add %173, %175 : tensor<1x1xf32>
    %177 = stablehlo.rsqrt %176 : tensor<1x1xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %179 = stablehlo.multiply %167, %178 : tensor<1x1x20xf32>
    %180 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %181 = stablehlo.multiply %179, %180 : tensor<1x1x20xf32>
    %182 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %181, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %183 = stablehlo.reshape %182 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %184 = stablehlo.logistic %183 : tensor<1x1x56xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<1x1x56xf32>
    %186 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %181, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %187 = stablehlo.reshape %186 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %188 = stablehlo.multiply %185, %187 : tensor<1x1x56xf32>
    %189 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %188, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %190 = stablehlo.reshape %189 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %191 = stablehlo.add %167, %190 : tensor<1x1x20xf32>
    %192 = stablehlo.reshape %137 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %193 = stablehlo.reshape %138 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %194 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %195 = stablehlo.reshape %194 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %196 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %197 = stablehlo.reshape %196 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %198 = stablehlo.multiply %191, %191 : tensor<1x1x20xf32>
    %199 = stablehlo.constant dense<0.0> : tensor<f32>
    %200 = stablehlo.reduce(%198 init: %199) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %201 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %203 = stablehlo.multiply %200, %202 : tensor<1x1xf32>
    %204 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %206 = stablehlo.add %203, %205 : tensor<1x1xf32>
    %207 = stablehlo.rsqrt %206 : tensor<1x1xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %209 = stablehlo.multiply %191, %208 : tensor<1x1x20xf32>
    %210 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %211 = stablehlo.multiply %209, %210 : tensor<1x1x20xf32>
    %212 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %211, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %213 = stablehlo.reshape %212 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %214 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %211, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %215 = stablehlo.reshape %214 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %216 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %211, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %217 = stablehlo.reshape %216 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %218 = stablehlo.reshape %213 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %219 = stablehlo.reshape %215 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %220 = stablehlo.reshape %217 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %221 = stablehlo.multiply %218, %218 : tensor<1x1x4x12xf32>
    %222 = stablehlo.constant dense<0.0> : tensor<f32>
    %223 = stablehlo.reduce(%221 init: %222) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x12xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %224 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %226 = stablehlo.multiply %223, %225 : tensor<1x1x4xf32>
    %227 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %229 = stablehlo.add %226, %228 : tensor<1x1x4xf32>
    %230 = stablehlo.rsqrt %229 : tensor<1x1x4xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x12xf32>
    %232 = stablehlo.multiply %218, %231 : tensor<1x1x4x12xf32>
    %233 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x1x4x12xf32>
    %234 = stablehlo.multiply %232, %233 : tensor<1x1x4x12xf32>
    %235 = stablehlo.multiply %219, %219 : tensor<1x1x2x12xf32>
    %236 = stablehlo.constant dense<0.0> : tensor<f32>
    %237 = stablehlo.reduce(%235 init: %236) applies stablehlo.add across dimensions = [3] : (tensor<1x1x2x12xf32>, tensor<f32>) -> tensor<1x1x2xf32>
    %238 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<1x1x2xf32>
    %240 = stablehlo.multiply %237, %239 : tensor<1x1x2xf32>
    %241 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<1x1x2xf32>
    %243 = stablehlo.add %240, %242 : tensor<1x1x2xf32>
    %244 = stablehlo.rsqrt %243 : tensor<1x1x2xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2] : (tensor<1x1x2xf32>) -> tensor<1x1x2x12xf32>
    %246 = stablehlo.multiply %219, %245 : tensor<1x1x2x12xf32>
    %247 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [3] : (tensor<12xf32>) -> tensor<1x1x2x12xf32>
    %248 = stablehlo.multiply %246, %247 : tensor<1x1x2x12xf32>
    %249 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %250 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %251 = stablehlo.negate %250 : tensor<1x1x4x6xf32>
    %252 = stablehlo.concatenate %251, %249, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %253 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %254 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %255 = stablehlo.multiply %234, %253 : tensor<1x1x4x12xf32>
    %256 = stablehlo.multiply %252, %254 : tensor<1x1x4x12xf32>
    %257 = stablehlo.add %255, %256 : tensor<1x1x4x12xf32>
    %258 = "stablehlo.slice"(%248) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %259 = "stablehlo.slice"(%248) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %260 = stablehlo.negate %259 : tensor<1x1x2x6xf32>
    %261 = stablehlo.concatenate %260, %258, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %262 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %263 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %264 = stablehlo.multiply %248, %262 : tensor<1x1x2x12xf32>
    %265 = stablehlo.multiply %261, %263 : tensor<1x1x2x12xf32>
    %266 = stablehlo.add %264, %265 : tensor<1x1x2x12xf32>
    %267 = stablehlo.reshape %257 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %268 = stablehlo.transpose %267, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %269 = stablehlo.transpose %266, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %270 = stablehlo.transpose %220, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %271 = stablehlo.dot_general %268, %269, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %272 = stablehlo.dot_general %268, %195, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %273 = stablehlo.concatenate %272, %271, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %274 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<1x2x1x2x17xf32>
    %277 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %278 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %280 = stablehlo.select %277, %276, %279 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %281 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %282 = stablehlo.reduce(%280 init: %281) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %284 = stablehlo.subtract %280, %283 : tensor<1x2x1x2x17xf32>
    %285 = stablehlo.exponential %284 : tensor<1x2x1x2x17xf32>
    %286 = stablehlo.constant dense<0.0> : tensor<f32>
    %287 = stablehlo.reduce(%285 init: %286) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %289 = stablehlo.divide %285, %288 : tensor<1x2x1x2x17xf32>
    %290 = "stablehlo.slice"(%289) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %291 = "stablehlo.slice"(%289) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %292 = stablehlo.dot_general %290, %197, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %293 = stablehlo.dot_general %291, %270, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %294 = stablehlo.add %292, %293 : tensor<1x2x1x2x12xf32>
    %295 = stablehlo.transpose %294, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %296 = stablehlo.reshape %295 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %297 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %296, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %298 = stablehlo.reshape %297 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %299 = stablehlo.add %191, %298 : tensor<1x1x20xf32>
    %300 = stablehlo.multiply %299, %299 : tensor<1x1x20xf32>
    %301 = stablehlo.constant dense<0.0> : tensor<f32>
    %302 = stablehlo.reduce(%300 init: %301) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %303 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %305 = stablehlo.multiply %302, %304 : tensor<1x1xf32>
    %306 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %308 = stablehlo.add %305, %307 : tensor<1x1xf32>
    %309 = stablehlo.rsqrt %308 : tensor<1x1xf32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %311 = stablehlo.multiply %299, %310 : tensor<1x1x20xf32>
    %312 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %313 = stablehlo.multiply %311, %312 : tensor<1x1x20xf32>
    %314 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %313, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %315 = stablehlo.reshape %314 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %316 = stablehlo.logistic %315 : tensor<1x1x56xf32>
    %317 = stablehlo.multiply %315, %316 : tensor<1x1x56xf32>
    %318 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %313, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %319 = stablehlo.reshape %318 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %320 = stablehlo.multiply %317, %319 : tensor<1x1x56xf32>
    %321 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %320, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %322 = stablehlo.reshape %321 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %323 = stablehlo.add %299, %322 : tensor<1x1x20xf32>
    %324 = stablehlo.reshape %269 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %325 = stablehlo.reshape %270 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %326 = stablehlo.multiply %323, %323 : tensor<1x1x20xf32>
    %327 = stablehlo.constant dense<0.0> : tensor<f32>
    %328 = stablehlo.reduce(%326 init: %327) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %329 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %331 = stablehlo.multiply %328, %330 : tensor<1x1xf32>
    %332 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %334 = stablehlo.add %331, %333 : tensor<1x1xf32>
    %335 = stablehlo.rsqrt %334 : tensor<1x1xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %337 = stablehlo.multiply %323, %336 : tensor<1x1x20xf32>
    %338 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %339 = stablehlo.multiply %337, %338 : tensor<1x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %340 = stablehlo.concatenate %192, %324, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %341 = stablehlo.constant dense<0> : tensor<i32>
    %342 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %343 = stablehlo.dynamic_update_slice %2, %340, %341, %341, %341, %342, %341 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %344 = stablehlo.concatenate %193, %325, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %345 = stablehlo.constant dense<0> : tensor<i32>
    %346 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %347 = stablehlo.dynamic_update_slice %3, %344, %345, %345, %345, %346, %345 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %348 = stablehlo.reshape %339 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %349 = stablehlo.dot_general %model.embed_tokens.weight, %348, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %350 = stablehlo.reshape %343 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %351 = stablehlo.reshape %347 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %349, %350, %351 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
