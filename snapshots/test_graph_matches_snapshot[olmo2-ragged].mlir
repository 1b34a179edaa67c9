// olmo2 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo2_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 10>, indices_are_sorted = false} : (tensor<97x10xf32>, tensor<3x1x1xi32>) -> tensor<3x1x10xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.11224619299173355, 0.012599208392202854, 0.001414213445968926, 0.00015874006203375757, 1.7817979824030772e-05]> : tensor<6xf32>
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
    %63 = stablehlo.dot_general %2, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %64 = stablehlo.dot_general %2, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %65 = stablehlo.dot_general %2, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %66 = stablehlo.multiply %63, %63 : tensor<3x1x24xf32>
    %67 = stablehlo.constant dense<0.0> : tensor<f32>
    %68 = stablehlo.reduce(%66 init: %67) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %69 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<3x1xf32>
    %72 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %74 = stablehlo.add %71, %73 : tensor<3x1xf32>
    %75 = stablehlo.rsqrt %74 : tensor<3x1xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %77 = stablehlo.multiply %63, %76 : tensor<3x1x24xf32>
    %78 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<3x1x24xf32>
    %80 = stablehlo.multiply %64, %64 : tensor<3x1x24xf32>
    %81 = stablehlo.constant dense<0.0> : tensor<f32>
    %82 = stablehlo.reduce(%80 init: %81) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %83 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %85 = stablehlo.multiply %82, %84 : tensor<3x1xf32>
    %86 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %88 = stablehlo.add %85, %87 : tensor<3x1xf32>
    %89 = stablehlo.rsqrt %88 : tensor<3x1xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %91 = stablehlo.multiply %64, %90 : tensor<3x1x24xf32>
    %92 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %93 = stablehlo.multiply %91, %92 : tensor<3x1x24xf32>
    %94 = stablehlo.reshape %79 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %95 = stablehlo.reshape %93 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %96 = stablehlo.reshape %65 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %97 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %98 = "stablehlo.slice"(%94) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %99 = stablehlo.negate %98 : tensor<3x1x2x6xf32>
    %100 = stablehlo.concatenate %99, %97, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %101 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %102 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %103 = stablehlo.multiply %94, %101 : tensor<3x1x2x12xf32>
    %104 = stablehlo.multiply %100, %102 : tensor<3x1x2x12xf32>
    %105 = stablehlo.add %103, %104 : tensor<3x1x2x12xf32>
    %106 = "stablehlo.slice"(%95) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %107 = "stablehlo.slice"(%95) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %108 = stablehlo.negate %107 : tensor<3x1x2x6xf32>
    %109 = stablehlo.concatenate %108, %106, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %110 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %111 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %112 = stablehlo.multiply %95, %110 : tensor<3x1x2x12xf32>
    %113 = stablehlo.multiply %109, %111 : tensor<3x1x2x12xf32>
    %114 = stablehlo.add %112, %113 : tensor<3x1x2x12xf32>
    %115 = stablehlo.reshape %105 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %116 = stablehlo.transpose %115, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %117 = stablehlo.transpose %114, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %118 = stablehlo.transpose %96, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %119 = stablehlo.dot_general %116, %117, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %120 = stablehlo.dot_general %116, %60, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %121 = stablehlo.concatenate %120, %119, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %122 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %124 = stablehlo.multiply %121, %123 : tensor<3x2x1x1x17xf32>
    %125 = stablehlo.broadcast_in_dim %58, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %126 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %128 = stablehlo.select %125, %124, %127 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %129 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %132 = stablehlo.subtract %128, %131 : tensor<3x2x1x1x17xf32>
    %133 = stablehlo.exponential %132 : tensor<3x2x1x1x17xf32>
    %134 = stablehlo.constant dense<0.0> : tensor<f32>
    %135 = stablehlo.reduce(%133 init: %134) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %137 = stablehlo.divide %133, %136 : tensor<3x2x1x1x17xf32>
    %138 = "stablehlo.slice"(%137) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %139 = "stablehlo.slice"(%137) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %140 = stablehlo.dot_general %138, %62, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %141 = stablehlo.dot_general %139, %118, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %142 = stablehlo.add %140, %141 : tensor<3x2x1x1x12xf32>
    %143 = stablehlo.transpose %142, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %144 = stablehlo.reshape %143 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %145 = stablehlo.dot_general %144, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %146 = stablehlo.multiply %145, %145 : tensor<3x1x10xf32>
    %147 = stablehlo.constant dense<0.0> : tensor<f32>
    %148 = stablehlo.reduce(%146 init: %147) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %149 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %151 = stablehlo.multiply %148, %150 : tensor<3x1xf32>
    %152 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %154 = stablehlo.add %151, %153 : tensor<3x1xf32>
    %155 = stablehlo.rsqrt %154 : tensor<3x1xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %157 = stablehlo.multiply %145, %156 : tensor<3x1x10xf32>
    %158 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %159 = stablehlo.multiply %157, %158 : tensor<3x1x10xf32>
    %160 = stablehlo.add %2, %159 : tensor<3x1x10xf32>
    %161 = stablehlo.dot_general %160, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %162 = stablehlo.logistic %161 : tensor<3x1x56xf32>
    %163 = stablehlo.multiply %161, %162 : tensor<3x1x56xf32>
    %164 = stablehlo.dot_general %160, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %165 = stablehlo.multiply %163, %164 : tensor<3x1x56xf32>
    %166 = stablehlo.dot_general %165, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %167 = stablehlo.multiply %166, %166 : tensor<3x1x10xf32>
    %168 = stablehlo.constant dense<0.0> : tensor<f32>
    %169 = stablehlo.reduce(%167 init: %168) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %170 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %172 = stablehlo.multiply %169, %171 : tensor<3x1xf32>
    %173 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %175 = stablehlo.add %172, %174 : tensor<3x1xf32>
    %176 = stablehlo.rsqrt %175 : tensor<3x1xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %178 = stablehlo.multiply %166, %177 : tensor<3x1x10xf32>
    %179 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<3x1x10xf32>
    %181 = stablehlo.add %160, %180 : tensor<3x1x10xf32>
    %182 = stablehlo.reshape %117 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %183 = stablehlo.reshape %118 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %184 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %185 = stablehlo.reshape %184 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %186 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %187 = stablehlo.reshape %186 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %188 = stablehlo.dot_general %181, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %189 = stablehlo.dot_general %181, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %190 = stablehlo.dot_general %181, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %191 = stablehlo.multiply %188, %188 : tensor<3x1x24xf32>
    %192 = stablehlo.constant dense<0.0> : tensor<f32>
    %193 = stablehlo.reduce(%191 init: %192) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %194 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %196 = stablehlo.multiply %193, %195 : tensor<3x1xf32>
    %197 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %199 = stablehlo.add %196, %198 : tensor<3x1xf32>
    %200 = stablehlo.rsqrt %199 : tensor<3x1xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %202 = stablehlo.multiply %188, %201 : tensor<3x1x24xf32>
    %203 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<3x1x24xf32>
    %205 = stablehlo.multiply %189, %189 : tensor<3x1x24xf32>
    %206 = stablehlo.constant dense<0.0> : tensor<f32>
    %207 = stablehlo.reduce(%205 init: %206) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %208 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %210 = stablehlo.multiply %207, %209 : tensor<3x1xf32>
    %211 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %213 = stablehlo.add %210, %212 : tensor<3x1xf32>
    %214 = stablehlo.rsqrt %213 : tensor<3x1xf32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %216 = stablehlo.multiply %189, %215 : tensor<3x1x24xf32>
    %217 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %218 = stablehlo.multiply %216, %217 : tensor<3x1x24xf32>
    %219 = stablehlo.reshape %204 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %220 = stablehlo.reshape %218 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %221 = stablehlo.reshape %190 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %222 = "stablehlo.slice"(%219) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %223 = "stablehlo.slice"(%219) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %224 = stablehlo.negate %223 : tensor<3x1x2x6xf32>
    %225 = stablehlo.concatenate %224, %222, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %226 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %227 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %228 = stablehlo.multiply %219, %226 : tensor<3x1x2x12xf32>
    %229 = stablehlo.multiply %225, %227 : tensor<3x1x2x12xf32>
    %230 = stablehlo.add %228, %229 : tensor<3x1x2x12xf32>
    %231 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %232 = "stablehlo.slice"(%220) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %233 = stablehlo.negate %232 : tensor<3x1x2x6xf32>
    %234 = stablehlo.concatenate %233, %231, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %235 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %236 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %237 = stablehlo.multiply %220, %235 : tensor<3x1x2x12xf32>
    %238 = stablehlo.multiply %234, %236 : tensor<3x1x2x12xf32>
    %239 = stablehlo.add %237, %238 : tensor<3x1x2x12xf32>
    %240 = stablehlo.reshape %230 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %241 = stablehlo.transpose %240, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %242 = stablehlo.transpose %239, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %243 = stablehlo.transpose %221, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %244 = stablehlo.dot_general %241, %242, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %245 = stablehlo.dot_general %241, %185, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %246 = stablehlo.concatenate %245, %244, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %247 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %249 = stablehlo.multiply %246, %248 : tensor<3x2x1x1x17xf32>
    %250 = stablehlo.broadcast_in_dim %58, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %251 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %253 = stablehlo.select %250, %249, %252 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %254 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %255 = stablehlo.reduce(%253 init: %254) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %257 = stablehlo.subtract %253, %256 : tensor<3x2x1x1x17xf32>
    %258 = stablehlo.exponential %257 : tensor<3x2x1x1x17xf32>
    %259 = stablehlo.constant dense<0.0> : tensor<f32>
    %260 = stablehlo.reduce(%258 init: %259) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %262 = stablehlo.divide %258, %261 : tensor<3x2x1x1x17xf32>
    %263 = "stablehlo.slice"(%262) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %264 = "stablehlo.slice"(%262) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %265 = stablehlo.dot_general %263, %187, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %266 = stablehlo.dot_general %264, %243, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %267 = stablehlo.add %265, %266 : tensor<3x2x1x1x12xf32>
    %268 = stablehlo.transpose %267, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %269 = stablehlo.reshape %268 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %270 = stablehlo.dot_general %269, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %271 = stablehlo.multiply %270, %270 : tensor<3x1x10xf32>
    %272 = stablehlo.constant dense<0.0> : tensor<f32>
    %273 = stablehlo.reduce(%271 init: %272) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %274 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<3x1xf32>
    %277 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %279 = stablehlo.add %276, %278 : tensor<3x1xf32>
    %280 = stablehlo.rsqrt %279 : tensor<3x1xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %282 = stablehlo.multiply %270, %281 : tensor<3x1x10xf32>
    %283 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %284 = stablehlo.multiply %282, %283 : tensor<3x1x10xf32>
    %285 = stablehlo.add %181, %284 : tensor<3x1x10xf32>
    %286 = stablehlo.dot_general %285, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %287 = stablehlo.logistic %286 : tensor<3x1x56xf32>
    %288 = stablehlo.multiply %286, %287 : tensor<3x1x56xf32>
    %289 = stablehlo.dot_general %285, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %290 = stablehlo.multiply %288, %289 : tensor<3x1x56xf32>
    %291 = stablehlo.dot_general %290, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %292 = stablehlo.multiply %291, %291 : tensor<3x1x10xf32>
    %293 = stablehlo.constant dense<0.0> : tensor<f32>
    %294 = stablehlo.reduce(%292 init: %293) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %295 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %297 = stablehlo.multiply %294, %296 : tensor<3x1xf32>
    %298 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %300 = stablehlo.add %297, %299 : tensor<3x1xf32>
    %301 = stablehlo.rsqrt %300 : tensor<3x1xf32>
    %302 = stablehlo.broadcast_in_dim %301, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %303 = stablehlo.multiply %291, %302 : tensor<3x1x10xf32>
    %304 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %305 = stablehlo.multiply %303, %304 : tensor<3x1x10xf32>
    %306 = stablehlo.add %285, %305 : tensor<3x1x10xf32>
    %307 = stablehlo.reshape %242 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %308 = stablehlo.reshape %243 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %309 = stablehlo.multiply %306, %306 : tensor<3x1x10xf32>
    %310 = stablehlo.constant dense<0.0> : tensor<f32>
    %311 = stablehlo.reduce(%309 init: %310) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %312 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %314 = stablehlo.multiply %311, %313 : tensor<3x1xf32>
    %315 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %317 = stablehlo.add %314, %316 : tensor<3x1xf32>
    %318 = stablehlo.rsqrt %317 : tensor<3x1xf32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %320 = stablehlo.multiply %306, %319 : tensor<3x1x10xf32>
    %321 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %322 = stablehlo.multiply %320, %321 : tensor<3x1x10xf32>
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
    %341 = stablehlo.reshape %322 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %342 = stablehlo.dot_general %341, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
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
