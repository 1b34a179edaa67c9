// olmo2 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo2_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 10>, indices_are_sorted = false} : (tensor<97x10xf32>, tensor<1x8x1xi32>) -> tensor<1x8x10xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.11224619299173355, 0.012599208392202854, 0.001414213445968926, 0.00015874006203375757, 1.7817979824030772e-05]> : tensor<6xf32>
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
    %66 = stablehlo.dot_general %5, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %67 = stablehlo.dot_general %5, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %68 = stablehlo.dot_general %5, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %69 = stablehlo.multiply %66, %66 : tensor<1x8x24xf32>
    %70 = stablehlo.constant dense<0.0> : tensor<f32>
    %71 = stablehlo.reduce(%69 init: %70) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %72 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %74 = stablehlo.multiply %71, %73 : tensor<1x8xf32>
    %75 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %77 = stablehlo.add %74, %76 : tensor<1x8xf32>
    %78 = stablehlo.rsqrt %77 : tensor<1x8xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %80 = stablehlo.multiply %66, %79 : tensor<1x8x24xf32>
    %81 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<1x8x24xf32>
    %83 = stablehlo.multiply %67, %67 : tensor<1x8x24xf32>
    %84 = stablehlo.constant dense<0.0> : tensor<f32>
    %85 = stablehlo.reduce(%83 init: %84) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %86 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %88 = stablehlo.multiply %85, %87 : tensor<1x8xf32>
    %89 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %91 = stablehlo.add %88, %90 : tensor<1x8xf32>
    %92 = stablehlo.rsqrt %91 : tensor<1x8xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %94 = stablehlo.multiply %67, %93 : tensor<1x8x24xf32>
    %95 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %96 = stablehlo.multiply %94, %95 : tensor<1x8x24xf32>
    %97 = stablehlo.reshape %82 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %98 = stablehlo.reshape %96 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %99 = stablehlo.reshape %68 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %100 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %101 = "stablehlo.slice"(%97) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %102 = stablehlo.negate %101 : tensor<1x8x2x6xf32>
    %103 = stablehlo.concatenate %102, %100, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %104 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %105 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %106 = stablehlo.multiply %97, %104 : tensor<1x8x2x12xf32>
    %107 = stablehlo.multiply %103, %105 : tensor<1x8x2x12xf32>
    %108 = stablehlo.add %106, %107 : tensor<1x8x2x12xf32>
    %109 = "stablehlo.slice"(%98) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %110 = "stablehlo.slice"(%98) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %111 = stablehlo.negate %110 : tensor<1x8x2x6xf32>
    %112 = stablehlo.concatenate %111, %109, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %113 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %114 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %115 = stablehlo.multiply %98, %113 : tensor<1x8x2x12xf32>
    %116 = stablehlo.multiply %112, %114 : tensor<1x8x2x12xf32>
    %117 = stablehlo.add %115, %116 : tensor<1x8x2x12xf32>
    %118 = stablehlo.reshape %108 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %119 = stablehlo.transpose %118, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %120 = stablehlo.transpose %117, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %121 = stablehlo.transpose %99, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %122 = stablehlo.dot_general %119, %120, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %123 = stablehlo.dot_general %119, %63, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %124 = stablehlo.concatenate %123, %122, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %125 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %127 = stablehlo.multiply %124, %126 : tensor<1x2x8x1x24xf32>
    %128 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %129 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %131 = stablehlo.select %128, %127, %130 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %132 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %133 = stablehlo.reduce(%131 init: %132) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %135 = stablehlo.subtract %131, %134 : tensor<1x2x8x1x24xf32>
    %136 = stablehlo.exponential %135 : tensor<1x2x8x1x24xf32>
    %137 = stablehlo.constant dense<0.0> : tensor<f32>
    %138 = stablehlo.reduce(%136 init: %137) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %140 = stablehlo.divide %136, %139 : tensor<1x2x8x1x24xf32>
    %141 = "stablehlo.slice"(%140) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %142 = "stablehlo.slice"(%140) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %143 = stablehlo.dot_general %141, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %144 = stablehlo.dot_general %142, %121, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %145 = stablehlo.add %143, %144 : tensor<1x2x8x1x12xf32>
    %146 = stablehlo.transpose %145, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %148 = stablehlo.dot_general %147, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %149 = stablehlo.multiply %148, %148 : tensor<1x8x10xf32>
    %150 = stablehlo.constant dense<0.0> : tensor<f32>
    %151 = stablehlo.reduce(%149 init: %150) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %152 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %154 = stablehlo.multiply %151, %153 : tensor<1x8xf32>
    %155 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %157 = stablehlo.add %154, %156 : tensor<1x8xf32>
    %158 = stablehlo.rsqrt %157 : tensor<1x8xf32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %160 = stablehlo.multiply %148, %159 : tensor<1x8x10xf32>
    %161 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %162 = stablehlo.multiply %160, %161 : tensor<1x8x10xf32>
    %163 = stablehlo.add %5, %162 : tensor<1x8x10xf32>
    %164 = stablehlo.dot_general %163, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %165 = stablehlo.logistic %164 : tensor<1x8x56xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<1x8x56xf32>
    %167 = stablehlo.dot_general %163, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %168 = stablehlo.multiply %166, %167 : tensor<1x8x56xf32>
    %169 = stablehlo.dot_general %168, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %170 = stablehlo.multiply %169, %169 : tensor<1x8x10xf32>
    %171 = stablehlo.constant dense<0.0> : tensor<f32>
    %172 = stablehlo.reduce(%170 init: %171) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %173 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %175 = stablehlo.multiply %172, %174 : tensor<1x8xf32>
    %176 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %178 = stablehlo.add %175, %177 : tensor<1x8xf32>
    %179 = stablehlo.rsqrt %178 : tensor<1x8xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %181 = stablehlo.multiply %169, %180 : tensor<1x8x10xf32>
    %182 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %183 = stablehlo.multiply %181, %182 : tensor<1x8x10xf32>
    %184 = stablehlo.add %163, %183 : tensor<1x8x10xf32>
    %185 = stablehlo.reshape %120 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %186 = stablehlo.reshape %121 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %187 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %189 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %190 = stablehlo.reshape %189 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %191 = stablehlo.dot_general %184, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %192 = stablehlo.dot_general %184, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %193 = stablehlo.dot_general %184, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %194 = stablehlo.multiply %191, %191 : tensor<1x8x24xf32>
    %195 = stablehlo.constant dense<0.0> : tensor<f32>
    %196 = stablehlo.reduce(%194 init: %195) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %197 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %199 = stablehlo.multiply %196, %198 : tensor<1x8xf32>
    %200 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %202 = stablehlo.add %199, %201 : tensor<1x8xf32>
    %203 = stablehlo.rsqrt %202 : tensor<1x8xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %205 = stablehlo.multiply %191, %204 : tensor<1x8x24xf32>
    %206 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %207 = stablehlo.multiply %205, %206 : tensor<1x8x24xf32>
    %208 = stablehlo.multiply %192, %192 : tensor<1x8x24xf32>
    %209 = stablehlo.constant dense<0.0> : tensor<f32>
    %210 = stablehlo.reduce(%208 init: %209) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %211 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %213 = stablehlo.multiply %210, %212 : tensor<1x8xf32>
    %214 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %216 = stablehlo.add %213, %215 : tensor<1x8xf32>
    %217 = stablehlo.rsqrt %216 : tensor<1x8xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %219 = stablehlo.multiply %192, %218 : tensor<1x8x24xf32>
    %220 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %221 = stablehlo.multiply %219, %220 : tensor<1x8x24xf32>
    %222 = stablehlo.reshape %207 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %223 = stablehlo.reshape %221 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %224 = stablehlo.reshape %193 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %225 = "stablehlo.slice"(%222) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %226 = "stablehlo.slice"(%222) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %227 = stablehlo.negate %226 : tensor<1x8x2x6xf32>
    %228 = stablehlo.concatenate %227, %225, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %229 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %230 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %231 = stablehlo.multiply %222, %229 : tensor<1x8x2x12xf32>
    %232 = stablehlo.multiply %228, %230 : tensor<1x8x2x12xf32>
    %233 = stablehlo.add %231, %232 : tensor<1x8x2x12xf32>
    %234 = "stablehlo.slice"(%223) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %235 = "stablehlo.slice"(%223) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %236 = stablehlo.negate %235 : tensor<1x8x2x6xf32>
    %237 = stablehlo.concatenate %236, %234, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %238 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %239 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %240 = stablehlo.multiply %223, %238 : tensor<1x8x2x12xf32>
    %241 = stablehlo.multiply %237, %239 : tensor<1x8x2x12xf32>
    %242 = stablehlo.add %240, %241 : tensor<1x8x2x12xf32>
    %243 = stablehlo.reshape %233 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %244 = stablehlo.transpose %243, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %245 = stablehlo.transpose %242, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %246 = stablehlo.transpose %224, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %247 = stablehlo.dot_general %244, %245, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %248 = stablehlo.dot_general %244, %188, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %249 = stablehlo.concatenate %248, %247, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %250 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %252 = stablehlo.multiply %249, %251 : tensor<1x2x8x1x24xf32>
    %253 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %254 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %256 = stablehlo.select %253, %252, %255 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %257 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %258 = stablehlo.reduce(%256 init: %257) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %260 = stablehlo.subtract %256, %259 : tensor<1x2x8x1x24xf32>
    %261 = stablehlo.exponential %260 : tensor<1x2x8x1x24xf32>
    %262 = stablehlo.constant dense<0.0> : tensor<f32>
    %263 = stablehlo.reduce(%261 init: %262) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %265 = stablehlo.divide %261, %264 : tensor<1x2x8x1x24xf32>
    %266 = "stablehlo.slice"(%265) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %267 = "stablehlo.slice"(%265) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %268 = stablehlo.dot_general %266, %190, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %269 = stablehlo.dot_general %267, %246, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %270 = stablehlo.add %268, %269 : tensor<1x2x8x1x12xf32>
    %271 = stablehlo.transpose %270, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %272 = stablehlo.reshape %271 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %273 = stablehlo.dot_general %272, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %274 = stablehlo.multiply %273, %273 : tensor<1x8x10xf32>
    %275 = stablehlo.constant dense<0.0> : tensor<f32>
    %276 = stablehlo.reduce(%274 init: %275) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %277 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %279 = stablehlo.multiply %276, %278 : tensor<1x8xf32>
    %280 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %282 = stablehlo.add %279, %281 : tensor<1x8xf32>
    %283 = stablehlo.rsqrt %282 : tensor<1x8xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %285 = stablehlo.multiply %273, %284 : tensor<1x8x10xf32>
    %286 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %287 = stablehlo.multiply %285, %286 : tensor<1x8x10xf32>
    %288 = stablehlo.add %184, %287 : tensor<1x8x10xf32>
    %289 = stablehlo.dot_general %288, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %290 = stablehlo.logistic %289 : tensor<1x8x56xf32>
    %291 = stablehlo.multiply %289, %290 : tensor<1x8x56xf32>
    %292 = stablehlo.dot_general %288, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %293 = stablehlo.multiply %291, %292 : tensor<1x8x56xf32>
    %294 = stablehlo.dot_general %293, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %295 = stablehlo.multiply %294, %294 : tensor<1x8x10xf32>
    %296 = stablehlo.constant dense<0.0> : tensor<f32>
    %297 = stablehlo.reduce(%295 init: %296) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %298 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %300 = stablehlo.multiply %297, %299 : tensor<1x8xf32>
    %301 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %302 = stablehlo.broadcast_in_dim %301, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %303 = stablehlo.add %300, %302 : tensor<1x8xf32>
    %304 = stablehlo.rsqrt %303 : tensor<1x8xf32>
    %305 = stablehlo.broadcast_in_dim %304, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %306 = stablehlo.multiply %294, %305 : tensor<1x8x10xf32>
    %307 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %308 = stablehlo.multiply %306, %307 : tensor<1x8x10xf32>
    %309 = stablehlo.add %288, %308 : tensor<1x8x10xf32>
    %310 = stablehlo.reshape %245 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %311 = stablehlo.reshape %246 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %312 = stablehlo.multiply %309, %309 : tensor<1x8x10xf32>
    %313 = stablehlo.constant dense<0.0> : tensor<f32>
    %314 = stablehlo.reduce(%312 init: %313) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %315 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %317 = stablehlo.multiply %314, %316 : tensor<1x8xf32>
    %318 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %320 = stablehlo.add %317, %319 : tensor<1x8xf32>
    %321 = stablehlo.rsqrt %320 : tensor<1x8xf32>
    %322 = stablehlo.broadcast_in_dim %321, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %323 = stablehlo.multiply %309, %322 : tensor<1x8x10xf32>
    %324 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %325 = stablehlo.multiply %323, %324 : tensor<1x8x10xf32>
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
    %337 = stablehlo.dynamic_slice %325, %336, %335, %336, sizes = [1, 1, 10] : (tensor<1x8x10xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x10xf32>
    %338 = stablehlo.reshape %337 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %339 = stablehlo.dot_general %lm_head.weight, %338, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x10xf32>, tensor<10xf32>) -> tensor<97xf32>
    %340 = stablehlo.reshape %329 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %341 = stablehlo.reshape %333 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %339, %340, %341 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
