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
    %12 = stablehlo.constant dense<[1.0, 0.2154434472322464, 0.04641588404774666, 0.009999999776482582, 0.002154434332624078, 0.00046415894757956266]> : tensor<6xf32>
    %13 = stablehlo.convert %11 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %15 = stablehlo.broadcast_in_dim %12, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %16 = stablehlo.multiply %14, %15 : tensor<1x1x6xf32>
    %17 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %19 = stablehlo.multiply %16, %18 : tensor<1x1x6xf32>
    %20 = stablehlo.round_nearest_even %19 : tensor<1x1x6xf32>
    %21 = stablehlo.constant dense<6.28125> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %23 = stablehlo.multiply %20, %22 : tensor<1x1x6xf32>
    %24 = stablehlo.subtract %16, %23 : tensor<1x1x6xf32>
    %25 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %27 = stablehlo.multiply %20, %26 : tensor<1x1x6xf32>
    %28 = stablehlo.negate %27 : tensor<1x1x6xf32>
    %29 = stablehlo.add %24, %28 : tensor<1x1x6xf32>
    %30 = stablehlo.subtract %29, %24 : tensor<1x1x6xf32>
    %31 = stablehlo.subtract %29, %30 : tensor<1x1x6xf32>
    %32 = stablehlo.subtract %24, %31 : tensor<1x1x6xf32>
    %33 = stablehlo.subtract %28, %30 : tensor<1x1x6xf32>
    %34 = stablehlo.add %32, %33 : tensor<1x1x6xf32>
    %35 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %37 = stablehlo.multiply %20, %36 : tensor<1x1x6xf32>
    %38 = stablehlo.negate %37 : tensor<1x1x6xf32>
    %39 = stablehlo.add %29, %38 : tensor<1x1x6xf32>
    %40 = stablehlo.subtract %39, %29 : tensor<1x1x6xf32>
    %41 = stablehlo.subtract %39, %40 : tensor<1x1x6xf32>
    %42 = stablehlo.subtract %29, %41 : tensor<1x1x6xf32>
    %43 = stablehlo.subtract %38, %40 : tensor<1x1x6xf32>
    %44 = stablehlo.add %42, %43 : tensor<1x1x6xf32>
    %45 = stablehlo.add %34, %44 : tensor<1x1x6xf32>
    %46 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %48 = stablehlo.multiply %20, %47 : tensor<1x1x6xf32>
    %49 = stablehlo.subtract %45, %48 : tensor<1x1x6xf32>
    %50 = stablehlo.cosine %39 : tensor<1x1x6xf32>
    %51 = stablehlo.sine %39 : tensor<1x1x6xf32>
    %52 = stablehlo.multiply %49, %51 : tensor<1x1x6xf32>
    %53 = stablehlo.subtract %50, %52 : tensor<1x1x6xf32>
    %54 = stablehlo.multiply %49, %50 : tensor<1x1x6xf32>
    %55 = stablehlo.add %51, %54 : tensor<1x1x6xf32>
    %56 = stablehlo.concatenate %53, %53, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %57 = stablehlo.concatenate %55, %55, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %58 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %59 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %60 = stablehlo.compare LE, %59, %58, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %61 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %62 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %63 = stablehlo.compare LT, %61, %62, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %64 = stablehlo.concatenate %63, %60, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: full_attention
    %65 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %67 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %69 = stablehlo.multiply %8, %8 : tensor<1x1x40xf32>
    %70 = stablehlo.constant dense<0.0> : tensor<f32>
    %71 = stablehlo.reduce(%69 init: %70) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %72 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %74 = stablehlo.multiply %71, %73 : tensor<1x1xf32>
    %75 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %77 = stablehlo.add %74, %76 : tensor<1x1xf32>
    %78 = stablehlo.rsqrt %77 : tensor<1x1xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %80 = stablehlo.multiply %8, %79 : tensor<1x1x40xf32>
    %81 = stablehlo.constant dense<1.0> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %83 = stablehlo.add %model.layers.0.input_layernorm.weight, %82 : tensor<40xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %85 = stablehlo.multiply %80, %84 : tensor<1x1x40xf32>
    %86 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %85, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<96x40xf32>, tensor<1x1x40xf32>) -> tensor<96x1x1xf32>
    %87 = stablehlo.reshape %86 : (tensor<96x1x1xf32>) -> tensor<1x1x96xf32>
    %88 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %85, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x40xf32>, tensor<1x1x40xf32>) -> tensor<12x1x1xf32>
    %89 = stablehlo.reshape %88 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %90 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %85, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x40xf32>, tensor<1x1x40xf32>) -> tensor<12x1x1xf32>
    %91 = stablehlo.reshape %90 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %92 = stablehlo.reshape %87 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %93 = stablehlo.reshape %89 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %94 = stablehlo.reshape %91 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %95 = "stablehlo.slice"(%92) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %96 = "stablehlo.slice"(%92) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %97 = stablehlo.negate %96 : tensor<1x1x8x6xf32>
    %98 = stablehlo.concatenate %97, %95, dim = 3 : (tensor<1x1x8x6xf32>, tensor<1x1x8x6xf32>) -> tensor<1x1x8x12xf32>
    %99 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %100 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %101 = stablehlo.multiply %92, %99 : tensor<1x1x8x12xf32>
    %102 = stablehlo.multiply %98, %100 : tensor<1x1x8x12xf32>
    %103 = stablehlo.add %101, %102 : tensor<1x1x8x12xf32>
    %104 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %105 = "stablehlo.slice"(%93) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %106 = stablehlo.negate %105 : tensor<1x1x1x6xf32>
    %107 = stablehlo.concatenate %106, %104, dim = 3 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>) -> tensor<1x1x1x12xf32>
    %108 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %109 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %110 = stablehlo.multiply %93, %108 : tensor<1x1x1x12xf32>
    %111 = stablehlo.multiply %107, %109 : tensor<1x1x1x12xf32>
    %112 = stablehlo.add %110, %111 : tensor<1x1x1x12xf32>
    %113 = stablehlo.reshape %103 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %114 = stablehlo.transpose %113, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %115 = stablehlo.transpose %112, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %116 = stablehlo.transpose %94, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %117 = stablehlo.dot_general %114, %115, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %118 = stablehlo.dot_general %114, %66, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %119 = stablehlo.concatenate %118, %117, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %120 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %122 = stablehlo.multiply %119, %121 : tensor<1x1x1x8x17xf32>
    %123 = stablehlo.broadcast_in_dim %64, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %124 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %126 = stablehlo.select %123, %122, %125 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %127 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %128 = stablehlo.reduce(%126 init: %127) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %130 = stablehlo.subtract %126, %129 : tensor<1x1x1x8x17xf32>
    %131 = stablehlo.exponential %130 : tensor<1x1x1x8x17xf32>
    %132 = stablehlo.constant dense<0.0> : tensor<f32>
    %133 = stablehlo.reduce(%131 init: %132) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %135 = stablehlo.divide %131, %134 : tensor<1x1x1x8x17xf32>
    %136 = "stablehlo.slice"(%135) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %137 = "stablehlo.slice"(%135) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %138 = stablehlo.dot_general %136, %68, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %139 = stablehlo.dot_general %137, %116, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %140 = stablehlo.add %138, %139 : tensor<1x1x1x8x12xf32>
    %141 = stablehlo.transpose %140, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x96xf32>
    %143 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %142, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x96xf32>, tensor<1x1x96xf32>) -> tensor<40x1x1xf32>
    %144 = stablehlo.reshape %143 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %145 = stablehlo.add %8, %144 : tensor<1x1x40xf32>
    %146 = stablehlo.multiply %145, %145 : tensor<1x1x40xf32>
    %147 = stablehlo.constant dense<0.0> : tensor<f32>
    %148 = stablehlo.reduce(%146 init: %147) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %149 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %151 = stablehlo.multiply %148, %150 : tensor<1x1xf32>
    %152 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %154 = stablehlo.add %151, %153 : tensor<1x1xf32>
    %155 = stablehlo.rsqrt %154 : tensor<1x1xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %157 = stablehlo.multiply %145, %156 : tensor<1x1x40xf32>
    %158 = stablehlo.constant dense<1.0> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %160 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %159 : tensor<40xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %162 = stablehlo.multiply %157, %161 : tensor<1x1x40xf32>
    %163 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %162, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %164 = stablehlo.reshape %163 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %165 = stablehlo.multiply %164, %164 : tensor<1x1x56xf32>
    %166 = stablehlo.multiply %165, %164 : tensor<1x1x56xf32>
    %167 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<1x1x56xf32>
    %170 = stablehlo.add %164, %169 : tensor<1x1x56xf32>
    %171 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %173 = stablehlo.multiply %170, %172 : tensor<1x1x56xf32>
    %174 = stablehlo.constant dense<0.5> : tensor<f32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %176 = stablehlo.multiply %164, %175 : tensor<1x1x56xf32>
    %177 = stablehlo.tanh %173 : tensor<1x1x56xf32>
    %178 = stablehlo.constant dense<1.0> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %180 = stablehlo.add %177, %179 : tensor<1x1x56xf32>
    %181 = stablehlo.multiply %176, %180 : tensor<1x1x56xf32>
    %182 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %162, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %183 = stablehlo.reshape %182 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<1x1x56xf32>
    %185 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %184, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x56xf32>, tensor<1x1x56xf32>) -> tensor<40x1x1xf32>
    %186 = stablehlo.reshape %185 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %187 = stablehlo.add %145, %186 : tensor<1x1x40xf32>
    %188 = stablehlo.reshape %115 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %189 = stablehlo.reshape %116 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    // layer 1: full_attention
    %190 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %191 = stablehlo.reshape %190 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %192 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %193 = stablehlo.reshape %192 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %194 = stablehlo.multiply %187, %187 : tensor<1x1x40xf32>
    %195 = stablehlo.constant dense<0.0> : tensor<f32>
    %196 = stablehlo.reduce(%194 init: %195) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %197 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %199 = stablehlo.multiply %196, %198 : tensor<1x1xf32>
    %200 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %202 = stablehlo.add %199, %201 : tensor<1x1xf32>
    %203 = stablehlo.rsqrt %202 : tensor<1x1xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %205 = stablehlo.multiply %187, %204 : tensor<1x1x40xf32>
    %206 = stablehlo.constant dense<1.0> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %208 = stablehlo.add %model.layers.1.input_layernorm.weight, %207 : tensor<40xf32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %210 = stablehlo.multiply %205, %209 : tensor<1x1x40xf32>
    %211 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %210, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<96x40xf32>, tensor<1x1x40xf32>) -> tensor<96x1x1xf32>
    %212 = stablehlo.reshape %211 : (tensor<96x1x1xf32>) -> tensor<1x1x96xf32>
    %213 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %210, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x40xf32>, tensor<1x1x40xf32>) -> tensor<12x1x1xf32>
    %214 = stablehlo.reshape %213 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %215 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %210, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x40xf32>, tensor<1x1x40xf32>) -> tensor<12x1x1xf32>
    %216 = stablehlo.reshape %215 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %217 = stablehlo.reshape %212 : (tensor<1x1x96xf32>) -> tensor<1x1x8x12xf32>
    %218 = stablehlo.reshape %214 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %219 = stablehlo.reshape %216 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %220 = "stablehlo.slice"(%217) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %221 = "stablehlo.slice"(%217) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x8x12xf32>) -> tensor<1x1x8x6xf32>
    %222 = stablehlo.negate %221 : tensor<1x1x8x6xf32>
    %223 = stablehlo.concatenate %222, %220, dim = 3 : (tensor<1x1x8x6xf32>, tensor<1x1x8x6xf32>) -> tensor<1x1x8x12xf32>
    %224 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %225 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x8x12xf32>
    %226 = stablehlo.multiply %217, %224 : tensor<1x1x8x12xf32>
    %227 = stablehlo.multiply %223, %225 : tensor<1x1x8x12xf32>
    %228 = stablehlo.add %226, %227 : tensor<1x1x8x12xf32>
    %229 = "stablehlo.slice"(%218) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %230 = "stablehlo.slice"(%218) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %231 = stablehlo.negate %230 : tensor<1x1x1x6xf32>
    %232 = stablehlo.concatenate %231, %229, dim = 3 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>) -> tensor<1x1x1x12xf32>
    %233 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %234 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %235 = stablehlo.multiply %218, %233 : tensor<1x1x1x12xf32>
    %236 = stablehlo.multiply %232, %234 : tensor<1x1x1x12xf32>
    %237 = stablehlo.add %235, %236 : tensor<1x1x1x12xf32>
    %238 = stablehlo.reshape %228 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %239 = stablehlo.transpose %238, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %240 = stablehlo.transpose %237, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %241 = stablehlo.transpose %219, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %242 = stablehlo.dot_general %239, %240, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x1xf32>
    %243 = stablehlo.dot_general %239, %191, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x16xf32>
    %244 = stablehlo.concatenate %243, %242, dim = 4 : (tensor<1x1x1x8x16xf32>, tensor<1x1x1x8x1xf32>) -> tensor<1x1x1x8x17xf32>
    %245 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %247 = stablehlo.multiply %244, %246 : tensor<1x1x1x8x17xf32>
    %248 = stablehlo.broadcast_in_dim %64, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x8x17xi1>
    %249 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [] : (tensor<f32>) -> tensor<1x1x1x8x17xf32>
    %251 = stablehlo.select %248, %247, %250 : (tensor<1x1x1x8x17xi1>, tensor<1x1x1x8x17xf32>, tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x17xf32>
    %252 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %253 = stablehlo.reduce(%251 init: %252) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %255 = stablehlo.subtract %251, %254 : tensor<1x1x1x8x17xf32>
    %256 = stablehlo.exponential %255 : tensor<1x1x1x8x17xf32>
    %257 = stablehlo.constant dense<0.0> : tensor<f32>
    %258 = stablehlo.reduce(%256 init: %257) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x8x17xf32>, tensor<f32>) -> tensor<1x1x1x8xf32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [0, 1, 2, 3] : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8x17xf32>
    %260 = stablehlo.divide %256, %259 : tensor<1x1x1x8x17xf32>
    %261 = "stablehlo.slice"(%260) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x16xf32>
    %262 = "stablehlo.slice"(%260) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 8, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x8x17xf32>) -> tensor<1x1x1x8x1xf32>
    %263 = stablehlo.dot_general %261, %193, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x8x12xf32>
    %264 = stablehlo.dot_general %262, %241, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x8x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x8x12xf32>
    %265 = stablehlo.add %263, %264 : tensor<1x1x1x8x12xf32>
    %266 = stablehlo.transpose %265, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %267 = stablehlo.reshape %266 : (tensor<1x1x1x8x12xf32>) -> tensor<1x1x96xf32>
    %268 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %267, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x96xf32>, tensor<1x1x96xf32>) -> tensor<40x1x1xf32>
    %269 = stablehlo.reshape %268 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %270 = stablehlo.add %187, %269 : tensor<1x1x40xf32>
    %271 = stablehlo.multiply %270, %270 : tensor<1x1x40xf32>
    %272 = stablehlo.constant dense<0.0> : tensor<f32>
    %273 = stablehlo.reduce(%271 init: %272) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %274 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<1x1xf32>
    %277 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %279 = stablehlo.add %276, %278 : tensor<1x1xf32>
    %280 = stablehlo.rsqrt %279 : tensor<1x1xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %282 = stablehlo.multiply %270, %281 : tensor<1x1x40xf32>
    %283 = stablehlo.constant dense<1.0> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %285 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %284 : tensor<40xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %287 = stablehlo.multiply %282, %286 : tensor<1x1x40xf32>
    %288 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %287, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %289 = stablehlo.reshape %288 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %290 = stablehlo.multiply %289, %289 : tensor<1x1x56xf32>
    %291 = stablehlo.multiply %290, %289 : tensor<1x1x56xf32>
    %292 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %294 = stablehlo.multiply %291, %293 : tensor<1x1x56xf32>
    %295 = stablehlo.add %289, %294 : tensor<1x1x56xf32>
    %296 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %298 = stablehlo.multiply %295, %297 : tensor<1x1x56xf32>
    %299 = stablehlo.constant dense<0.5> : tensor<f32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %301 = stablehlo.multiply %289, %300 : tensor<1x1x56xf32>
    %302 = stablehlo.tanh %298 : tensor<1x1x56xf32>
    %303 = stablehlo.constant dense<1.0> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %305 = stablehlo.add %302, %304 : tensor<1x1x56xf32>
    %306 = stablehlo.multiply %301, %305 : tensor<1x1x56xf32>
    %307 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %287, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x40xf32>, tensor<1x1x40xf32>) -> tensor<56x1x1xf32>
    %308 = stablehlo.reshape %307 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %309 = stablehlo.multiply %306, %308 : tensor<1x1x56xf32>
    %310 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %309, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<40x56xf32>, tensor<1x1x56xf32>) -> tensor<40x1x1xf32>
    %311 = stablehlo.reshape %310 : (tensor<40x1x1xf32>) -> tensor<1x1x40xf32>
    %312 = stablehlo.add %270, %311 : tensor<1x1x40xf32>
    %313 = stablehlo.reshape %240 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %314 = stablehlo.reshape %241 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %315 = stablehlo.multiply %312, %312 : tensor<1x1x40xf32>
    %316 = stablehlo.constant dense<0.0> : tensor<f32>
    %317 = stablehlo.reduce(%315 init: %316) applies stablehlo.add across dimensions = [2] : (tensor<1x1x40xf32>, tensor<f32>) -> tensor<1x1xf32>
    %318 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %320 = stablehlo.multiply %317, %319 : tensor<1x1xf32>
    %321 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %321, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %323 = stablehlo.add %320, %322 : tensor<1x1xf32>
    %324 = stablehlo.rsqrt %323 : tensor<1x1xf32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x40xf32>
    %326 = stablehlo.multiply %312, %325 : tensor<1x1x40xf32>
    %327 = stablehlo.constant dense<1.0> : tensor<f32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %329 = stablehlo.add %model.norm.weight, %328 : tensor<40xf32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [2] : (tensor<40xf32>) -> tensor<1x1x40xf32>
    %331 = stablehlo.multiply %326, %330 : tensor<1x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %332 = stablehlo.concatenate %188, %313, dim = 1 : (tensor<1x1x1x1x12xf32>, tensor<1x1x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %333 = stablehlo.constant dense<0> : tensor<i32>
    %334 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %335 = stablehlo.dynamic_update_slice %2, %332, %333, %333, %333, %334, %333 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %336 = stablehlo.concatenate %189, %314, dim = 1 : (tensor<1x1x1x1x12xf32>, tensor<1x1x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %337 = stablehlo.constant dense<0> : tensor<i32>
    %338 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %339 = stablehlo.dynamic_update_slice %3, %336, %337, %337, %337, %338, %337 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %340 = stablehlo.reshape %331 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %341 = stablehlo.dot_general %model.embed_tokens.weight, %340, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x40xf32>, tensor<40xf32>) -> tensor<97xf32>
    %342 = stablehlo.reshape %335 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    %343 = stablehlo.reshape %339 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    return %341, %342, %343 : tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>
  }
}
