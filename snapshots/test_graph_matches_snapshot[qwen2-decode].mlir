// qwen2 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=70 heads=14 kv_heads=2 head_dim=12 vocab=97
module @qwen2_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x70xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<168x70xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x70xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x70xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<70x168xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x70xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x70xf32>, %model.layers.0.mlp.down_proj.weight: tensor<70x56xf32>, %model.layers.0.self_attn.q_proj.bias: tensor<168xf32>, %model.layers.0.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.0.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.0.input_layernorm.weight: tensor<70xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<70xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<168x70xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x70xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x70xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<70x168xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x70xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x70xf32>, %model.layers.1.mlp.down_proj.weight: tensor<70x56xf32>, %model.layers.1.self_attn.q_proj.bias: tensor<168xf32>, %model.layers.1.self_attn.k_proj.bias: tensor<24xf32>, %model.layers.1.self_attn.v_proj.bias: tensor<24xf32>, %model.layers.1.input_layernorm.weight: tensor<70xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<70xf32>, %model.norm.weight: tensor<70xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 70>, indices_are_sorted = false} : (tensor<97x70xf32>, tensor<1x1x1xi32>) -> tensor<1x1x70xf32>
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
    %66 = stablehlo.multiply %5, %5 : tensor<1x1x70xf32>
    %67 = stablehlo.constant dense<0.0> : tensor<f32>
    %68 = stablehlo.reduce(%66 init: %67) applies stablehlo.add across dimensions = [2] : (tensor<1x1x70xf32>, tensor<f32>) -> tensor<1x1xf32>
    %69 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<1x1xf32>
    %72 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %74 = stablehlo.add %71, %73 : tensor<1x1xf32>
    %75 = stablehlo.rsqrt %74 : tensor<1x1xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x70xf32>
    %77 = stablehlo.multiply %5, %76 : tensor<1x1x70xf32>
    %78 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x1x70xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x1x70xf32>
    %80 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %79, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<168x70xf32>, tensor<1x1x70xf32>) -> tensor<168x1x1xf32>
    %81 = stablehlo.reshape %80 : (tensor<168x1x1xf32>) -> tensor<1x1x168xf32>
    %82 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_proj.bias, dims = [2] : (tensor<168xf32>) -> tensor<1x1x168xf32>
    %83 = stablehlo.add %81, %82 : tensor<1x1x168xf32>
    %84 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %79, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x70xf32>, tensor<1x1x70xf32>) -> tensor<24x1x1xf32>
    %85 = stablehlo.reshape %84 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %86 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %87 = stablehlo.add %85, %86 : tensor<1x1x24xf32>
    %88 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %79, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x70xf32>, tensor<1x1x70xf32>) -> tensor<24x1x1xf32>
    %89 = stablehlo.reshape %88 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %90 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %91 = stablehlo.add %89, %90 : tensor<1x1x24xf32>
    %92 = stablehlo.reshape %83 : (tensor<1x1x168xf32>) -> tensor<1x1x14x12xf32>
    %93 = stablehlo.reshape %87 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %94 = stablehlo.reshape %91 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %95 = "stablehlo.slice"(%92) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 14, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x14x12xf32>) -> tensor<1x1x14x6xf32>
    %96 = "stablehlo.slice"(%92) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 14, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x14x12xf32>) -> tensor<1x1x14x6xf32>
    %97 = stablehlo.negate %96 : tensor<1x1x14x6xf32>
    %98 = stablehlo.concatenate %97, %95, dim = 3 : (tensor<1x1x14x6xf32>, tensor<1x1x14x6xf32>) -> tensor<1x1x14x12xf32>
    %99 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x14x12xf32>
    %100 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x14x12xf32>
    %101 = stablehlo.multiply %92, %99 : tensor<1x1x14x12xf32>
    %102 = stablehlo.multiply %98, %100 : tensor<1x1x14x12xf32>
    %103 = stablehlo.add %101, %102 : tensor<1x1x14x12xf32>
    %104 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %105 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %106 = stablehlo.negate %105 : tensor<1x1x2x6xf32>
    %107 = stablehlo.concatenate %106, %104, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %108 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %109 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %110 = stablehlo.multiply %93, %108 : tensor<1x1x2x12xf32>
    %111 = stablehlo.multiply %107, %109 : tensor<1x1x2x12xf32>
    %112 = stablehlo.add %110, %111 : tensor<1x1x2x12xf32>
    %113 = stablehlo.reshape %103 : (tensor<1x1x14x12xf32>) -> tensor<1x1x2x7x12xf32>
    %114 = stablehlo.transpose %113, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x7x12xf32>) -> tensor<1x2x1x7x12xf32>
    %115 = stablehlo.transpose %112, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %116 = stablehlo.transpose %94, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %117 = stablehlo.dot_general %114, %115, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x7x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x7x1xf32>
    %118 = stablehlo.dot_general %114, %63, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x7x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x7x16xf32>
    %119 = stablehlo.concatenate %118, %117, dim = 4 : (tensor<1x2x1x7x16xf32>, tensor<1x2x1x7x1xf32>) -> tensor<1x2x1x7x17xf32>
    %120 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [] : (tensor<f32>) -> tensor<1x2x1x7x17xf32>
    %122 = stablehlo.multiply %119, %121 : tensor<1x2x1x7x17xf32>
    %123 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x7x17xi1>
    %124 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<1x2x1x7x17xf32>
    %126 = stablehlo.select %123, %122, %125 : (tensor<1x2x1x7x17xi1>, tensor<1x2x1x7x17xf32>, tensor<1x2x1x7x17xf32>) -> tensor<1x2x1x7x17xf32>
    %127 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %128 = stablehlo.reduce(%126 init: %127) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x7x17xf32>, tensor<f32>) -> tensor<1x2x1x7xf32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [0, 1, 2, 3] : (tensor<1x2x1x7xf32>) -> tensor<1x2x1x7x17xf32>
    %130 = stablehlo.subtract %126, %129 : tensor<1x2x1x7x17xf32>
    %131 = stablehlo.exponential %130 : tensor<1x2x1x7x17xf32>
    %132 = stablehlo.constant dense<0.0> : tensor<f32>
    %133 = stablehlo.reduce(%131 init: %132) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x7x17xf32>, tensor<f32>) -> tensor<1x2x1x7xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<1x2x1x7xf32>) -> tensor<1x2x1x7x17xf32>
    %135 = stablehlo.divide %131, %134 : tensor<1x2x1x7x17xf32>
    %136 = "stablehlo.slice"(%135) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 7, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x7x17xf32>) -> tensor<1x2x1x7x16xf32>
    %137 = "stablehlo.slice"(%135) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 7, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x7x17xf32>) -> tensor<1x2x1x7x1xf32>
    %138 = stablehlo.dot_general %136, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x7x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x7x12xf32>
    %139 = stablehlo.dot_general %137, %116, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x7x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x7x12xf32>
    %140 = stablehlo.add %138, %139 : tensor<1x2x1x7x12xf32>
    %141 = stablehlo.transpose %140, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x7x12xf32>) -> tensor<1x1x2x7x12xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x1x2x7x12xf32>) -> tensor<1x1x168xf32>
    %143 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %142, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<70x168xf32>, tensor<1x1x168xf32>) -> tensor<70x1x1xf32>
    %144 = stablehlo.reshape %143 : (tensor<70x1x1xf32>) -> tensor<1x1x70xf32>
    %145 = stablehlo.add %5, %144 : tensor<1x1x70xf32>
    %146 = stablehlo.multiply %145, %145 : tensor<1x1x70xf32>
    %147 = stablehlo.constant dense<0.0> : tensor<f32>
    %148 = stablehlo.reduce(%146 init: %147) applies stablehlo.add across dimensions = [2] : (tensor<1x1x70xf32>, tensor<f32>) -> tensor<1x1xf32>
    %149 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %151 = stablehlo.multiply %148, %150 : tensor<1x1xf32>
    %152 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %154 = stablehlo.add %151, %153 : tensor<1x1xf32>
    %155 = stablehlo.rsqrt %154 : tensor<1x1xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x70xf32>
    %157 = stablehlo.multiply %145, %156 : tensor<1x1x70xf32>
    %158 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x1x70xf32>
    %159 = stablehlo.multiply %157, %158 : tensor<1x1x70xf32>
    %160 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %159, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x70xf32>, tensor<1x1x70xf32>) -> tensor<56x1x1xf32>
    %161 = stablehlo.reshape %160 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %162 = stablehlo.logistic %161 : tensor<1x1x56xf32>
    %163 = stablehlo.multiply %161, %162 : tensor<1x1x56xf32>
    %164 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %159, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x70xf32>, tensor<1x1x70xf32>) -> tensor<56x1x1xf32>
    %165 = stablehlo.reshape %164 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %166 = stablehlo.multiply %163, %165 : tensor<1x1x56xf32>
    %167 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %166, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<70x56xf32>, tensor<1x1x56xf32>) -> tensor<70x1x1xf32>
    %168 = stablehlo.reshape %167 : (tensor<70x1x1xf32>) -> tensor<1x1x70xf32>
    %169 = stablehlo.add %145, %168 : tensor<1x1x70xf32>
    %170 = stablehlo.reshape %115 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %171 = stablehlo.reshape %116 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %172 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %174 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %176 = stablehlo.multiply %169, %169 : tensor<1x1x70xf32>
    %177 = stablehlo.constant dense<0.0> : tensor<f32>
    %178 = stablehlo.reduce(%176 init: %177) applies stablehlo.add across dimensions = [2] : (tensor<1x1x70xf32>, tensor<f32>) -> tensor<1x1xf32>
    %179 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %181 = stablehlo.multiply %178, %180 : tensor<1x1xf32>
    %182 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %184 = stablehlo.add %181, %183 : tensor<1x1xf32>
    %185 = stablehlo.rsqrt %184 : tensor<1x1xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x70xf32>
    %187 = stablehlo.multiply %169, %186 : tensor<1x1x70xf32>
    %188 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x1x70xf32>
    %189 = stablehlo.multiply %187, %188 : tensor<1x1x70xf32>
    %190 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %189, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<168x70xf32>, tensor<1x1x70xf32>) -> tensor<168x1x1xf32>
    %191 = stablehlo.reshape %190 : (tensor<168x1x1xf32>) -> tensor<1x1x168xf32>
    %192 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_proj.bias, dims = [2] : (tensor<168xf32>) -> tensor<1x1x168xf32>
    %193 = stablehlo.add %191, %192 : tensor<1x1x168xf32>
    %194 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %189, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x70xf32>, tensor<1x1x70xf32>) -> tensor<24x1x1xf32>
    %195 = stablehlo.reshape %194 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %196 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %197 = stablehlo.add %195, %196 : tensor<1x1x24xf32>
    %198 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %189, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x70xf32>, tensor<1x1x70xf32>) -> tensor<24x1x1xf32>
    %199 = stablehlo.reshape %198 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %200 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.v_proj.bias, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %201 = stablehlo.add %199, %200 : tensor<1x1x24xf32>
    %202 = stablehlo.reshape %193 : (tensor<1x1x168xf32>) -> tensor<1x1x14x12xf32>
    %203 = stablehlo.reshape %197 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %204 = stablehlo.reshape %201 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %205 = "stablehlo.slice"(%202) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 14, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x14x12xf32>) -> tensor<1x1x14x6xf32>
    %206 = "stablehlo.slice"(%202) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 14, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x14x12xf32>) -> tensor<1x1x14x6xf32>
    %207 = stablehlo.negate %206 : tensor<1x1x14x6xf32>
    %208 = stablehlo.concatenate %207, %205, dim = 3 : (tensor<1x1x14x6xf32>, tensor<1x1x14x6xf32>) -> tensor<1x1x14x12xf32>
    %209 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x14x12xf32>
    %210 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x14x12xf32>
    %211 = stablehlo.multiply %202, %209 : tensor<1x1x14x12xf32>
    %212 = stablehlo.multiply %208, %210 : tensor<1x1x14x12xf32>
    %213 = stablehlo.add %211, %212 : tensor<1x1x14x12xf32>
    %214 = "stablehlo.slice"(%203) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %215 = "stablehlo.slice"(%203) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %216 = stablehlo.negate %215 : tensor<1x1x2x6xf32>
    %217 = stablehlo.concatenate %216, %214, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %218 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %219 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %220 = stablehlo.multiply %203, %218 : tensor<1x1x2x12xf32>
    %221 = stablehlo.multiply %217, %219 : tensor<1x1x2x12xf32>
    %222 = stablehlo.add %220, %221 : tensor<1x1x2x12xf32>
    %223 = stablehlo.reshape %213 : (tensor<1x1x14x12xf32>) -> tensor<1x1x2x7x12xf32>
    %224 = stablehlo.transpose %223, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x7x12xf32>) -> tensor<1x2x1x7x12xf32>
    %225 = stablehlo.transpose %222, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %226 = stablehlo.transpose %204, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %227 = stablehlo.dot_general %224, %225, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x7x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x7x1xf32>
    %228 = stablehlo.dot_general %224, %173, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x7x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x7x16xf32>
    %229 = stablehlo.concatenate %228, %227, dim = 4 : (tensor<1x2x1x7x16xf32>, tensor<1x2x1x7x1xf32>) -> tensor<1x2x1x7x17xf32>
    %230 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [] : (tensor<f32>) -> tensor<1x2x1x7x17xf32>
    %232 = stablehlo.multiply %229, %231 : tensor<1x2x1x7x17xf32>
    %233 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x7x17xi1>
    %234 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [] : (tensor<f32>) -> tensor<1x2x1x7x17xf32>
    %236 = stablehlo.select %233, %232, %235 : (tensor<1x2x1x7x17xi1>, tensor<1x2x1x7x17xf32>, tensor<1x2x1x7x17xf32>) -> tensor<1x2x1x7x17xf32>
    %237 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %238 = stablehlo.reduce(%236 init: %237) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x7x17xf32>, tensor<f32>) -> tensor<1x2x1x7xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1, 2, 3] : (tensor<1x2x1x7xf32>) -> tensor<1x2x1x7x17xf32>
    %240 = stablehlo.subtract %236, %239 : tensor<1x2x1x7x17xf32>
    %241 = stablehlo.exponential %240 : tensor<1x2x1x7x17xf32>
    %242 = stablehlo.constant dense<0.0> : tensor<f32>
    %243 = stablehlo.reduce(%241 init: %242) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x7x17xf32>, tensor<f32>) -> tensor<1x2x1x7xf32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [0, 1, 2, 3] : (tensor<1x2x1x7xf32>) -> tensor<1x2x1x7x17xf32>
    %245 = stablehlo.divide %241, %244 : tensor<1x2x1x7x17xf32>
    %246 = "stablehlo.slice"(%245) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 7, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x7x17xf32>) -> tensor<1x2x1x7x16xf32>
    %247 = "stablehlo.slice"(%245) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 7, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x7x17xf32>) -> tensor<1x2x1x7x1xf32>
    %248 = stablehlo.dot_general %246, %175, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x7x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x7x12xf32>
    %249 = stablehlo.dot_general %247, %226, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x7x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x7x12xf32>
    %250 = stablehlo.add %248, %249 : tensor<1x2x1x7x12xf32>
    %251 = stablehlo.transpose %250, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x7x12xf32>) -> tensor<1x1x2x7x12xf32>
    %252 = stablehlo.reshape %251 : (tensor<1x1x2x7x12xf32>) -> tensor<1x1x168xf32>
    %253 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %252, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<70x168xf32>, tensor<1x1x168xf32>) -> tensor<70x1x1xf32>
    %254 = stablehlo.reshape %253 : (tensor<70x1x1xf32>) -> tensor<1x1x70xf32>
    %255 = stablehlo.add %169, %254 : tensor<1x1x70xf32>
    %256 = stablehlo.multiply %255, %255 : tensor<1x1x70xf32>
    %257 = stablehlo.constant dense<0.0> : tensor<f32>
    %258 = stablehlo.reduce(%256 init: %257) applies stablehlo.add across dimensions = [2] : (tensor<1x1x70xf32>, tensor<f32>) -> tensor<1x1xf32>
    %259 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %261 = stablehlo.multiply %258, %260 : tensor<1x1xf32>
    %262 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %264 = stablehlo.add %261, %263 : tensor<1x1xf32>
    %265 = stablehlo.rsqrt %264 : tensor<1x1xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x70xf32>
    %267 = stablehlo.multiply %255, %266 : tensor<1x1x70xf32>
    %268 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x1x70xf32>
    %269 = stablehlo.multiply %267, %268 : tensor<1x1x70xf32>
    %270 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %269, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x70xf32>, tensor<1x1x70xf32>) -> tensor<56x1x1xf32>
    %271 = stablehlo.reshape %270 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %272 = stablehlo.logistic %271 : tensor<1x1x56xf32>
    %273 = stablehlo.multiply %271, %272 : tensor<1x1x56xf32>
    %274 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %269, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x70xf32>, tensor<1x1x70xf32>) -> tensor<56x1x1xf32>
    %275 = stablehlo.reshape %274 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<1x1x56xf32>
    %277 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %276, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<70x56xf32>, tensor<1x1x56xf32>) -> tensor<70x1x1xf32>
    %278 = stablehlo.reshape %277 : (tensor<70x1x1xf32>) -> tensor<1x1x70xf32>
    %279 = stablehlo.add %255, %278 : tensor<1x1x70xf32>
    %280 = stablehlo.reshape %225 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %281 = stablehlo.reshape %226 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %282 = stablehlo.multiply %279, %279 : tensor<1x1x70xf32>
    %283 = stablehlo.constant dense<0.0> : tensor<f32>
    %284 = stablehlo.reduce(%282 init: %283) applies stablehlo.add across dimensions = [2] : (tensor<1x1x70xf32>, tensor<f32>) -> tensor<1x1xf32>
    %285 = stablehlo.constant dense<0.014285714365541935> : tensor<f32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %287 = stablehlo.multiply %284, %286 : tensor<1x1xf32>
    %288 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %290 = stablehlo.add %287, %289 : tensor<1x1xf32>
    %291 = stablehlo.rsqrt %290 : tensor<1x1xf32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x70xf32>
    %293 = stablehlo.multiply %279, %292 : tensor<1x1x70xf32>
    %294 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<70xf32>) -> tensor<1x1x70xf32>
    %295 = stablehlo.multiply %293, %294 : tensor<1x1x70xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %296 = stablehlo.concatenate %170, %280, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %297 = stablehlo.constant dense<0> : tensor<i32>
    %298 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %299 = stablehlo.dynamic_update_slice %2, %296, %297, %297, %297, %298, %297 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %300 = stablehlo.concatenate %171, %281, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %301 = stablehlo.constant dense<0> : tensor<i32>
    %302 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %303 = stablehlo.dynamic_update_slice %3, %300, %301, %301, %301, %302, %301 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %304 = stablehlo.reshape %295 : (tensor<1x1x70xf32>) -> tensor<70xf32>
    %305 = stablehlo.dot_general %model.embed_tokens.weight, %304, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x70xf32>, tensor<70xf32>) -> tensor<97xf32>
    %306 = stablehlo.reshape %299 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %307 = stablehlo.reshape %303 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %305, %306, %307 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
