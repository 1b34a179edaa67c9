// olmo3 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo3_ragged {
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
    %55 = stablehlo.subtract %52, %53 : tensor<3x1x1xi32>
    %56 = stablehlo.constant dense<5> : tensor<i32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %58 = stablehlo.compare LT, %55, %57, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %59 = stablehlo.and %54, %58 : tensor<3x1x1xi1>
    %60 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %61 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %62 = stablehlo.compare LT, %60, %61, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %63 = stablehlo.concatenate %62, %54, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %64 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %65 = stablehlo.add %61, %64 : tensor<3x1x16xi32>
    %66 = stablehlo.subtract %65, %60 : tensor<3x1x16xi32>
    %67 = stablehlo.constant dense<5> : tensor<i32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %69 = stablehlo.compare LT, %66, %68, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %70 = stablehlo.and %62, %69 : tensor<3x1x16xi1>
    %71 = stablehlo.concatenate %70, %59, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %72 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %73 = stablehlo.reshape %72 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %74 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %75 = stablehlo.reshape %74 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %76 = stablehlo.dot_general %2, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %77 = stablehlo.dot_general %2, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %78 = stablehlo.dot_general %2, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %79 = stablehlo.multiply %76, %76 : tensor<3x1x24xf32>
    %80 = stablehlo.constant dense<0.0> : tensor<f32>
    %81 = stablehlo.reduce(%79 init: %80) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %82 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %84 = stablehlo.multiply %81, %83 : tensor<3x1xf32>
    %85 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %87 = stablehlo.add %84, %86 : tensor<3x1xf32>
    %88 = stablehlo.rsqrt %87 : tensor<3x1xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %90 = stablehlo.multiply %76, %89 : tensor<3x1x24xf32>
    %91 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %92 = stablehlo.multiply %90, %91 : tensor<3x1x24xf32>
    %93 = stablehlo.multiply %77, %77 : tensor<3x1x24xf32>
    %94 = stablehlo.constant dense<0.0> : tensor<f32>
    %95 = stablehlo.reduce(%93 init: %94) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %96 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<3x1xf32>
    %99 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %101 = stablehlo.add %98, %100 : tensor<3x1xf32>
    %102 = stablehlo.rsqrt %101 : tensor<3x1xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %104 = stablehlo.multiply %77, %103 : tensor<3x1x24xf32>
    %105 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<3x1x24xf32>
    %107 = stablehlo.reshape %92 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %108 = stablehlo.reshape %106 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %109 = stablehlo.reshape %78 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %110 = "stablehlo.slice"(%107) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %111 = "stablehlo.slice"(%107) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %112 = stablehlo.negate %111 : tensor<3x1x2x6xf32>
    %113 = stablehlo.concatenate %112, %110, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %114 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %115 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %116 = stablehlo.multiply %107, %114 : tensor<3x1x2x12xf32>
    %117 = stablehlo.multiply %113, %115 : tensor<3x1x2x12xf32>
    %118 = stablehlo.add %116, %117 : tensor<3x1x2x12xf32>
    %119 = "stablehlo.slice"(%108) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %120 = "stablehlo.slice"(%108) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %121 = stablehlo.negate %120 : tensor<3x1x2x6xf32>
    %122 = stablehlo.concatenate %121, %119, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %123 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %124 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %125 = stablehlo.multiply %108, %123 : tensor<3x1x2x12xf32>
    %126 = stablehlo.multiply %122, %124 : tensor<3x1x2x12xf32>
    %127 = stablehlo.add %125, %126 : tensor<3x1x2x12xf32>
    %128 = stablehlo.reshape %118 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %129 = stablehlo.transpose %128, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %130 = stablehlo.transpose %127, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %131 = stablehlo.transpose %109, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %132 = stablehlo.dot_general %129, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %133 = stablehlo.dot_general %129, %73, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %134 = stablehlo.concatenate %133, %132, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %135 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<3x2x1x1x17xf32>
    %138 = stablehlo.broadcast_in_dim %71, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %139 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %141 = stablehlo.select %138, %137, %140 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %142 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %143 = stablehlo.reduce(%141 init: %142) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %145 = stablehlo.subtract %141, %144 : tensor<3x2x1x1x17xf32>
    %146 = stablehlo.exponential %145 : tensor<3x2x1x1x17xf32>
    %147 = stablehlo.constant dense<0.0> : tensor<f32>
    %148 = stablehlo.reduce(%146 init: %147) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %150 = stablehlo.divide %146, %149 : tensor<3x2x1x1x17xf32>
    %151 = "stablehlo.slice"(%150) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %152 = "stablehlo.slice"(%150) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %153 = stablehlo.dot_general %151, %75, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %154 = stablehlo.dot_general %152, %131, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %155 = stablehlo.add %153, %154 : tensor<3x2x1x1x12xf32>
    %156 = stablehlo.transpose %155, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %157 = stablehlo.reshape %156 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %158 = stablehlo.dot_general %157, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %159 = stablehlo.multiply %158, %158 : tensor<3x1x10xf32>
    %160 = stablehlo.constant dense<0.0> : tensor<f32>
    %161 = stablehlo.reduce(%159 init: %160) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %162 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %164 = stablehlo.multiply %161, %163 : tensor<3x1xf32>
    %165 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %167 = stablehlo.add %164, %166 : tensor<3x1xf32>
    %168 = stablehlo.rsqrt %167 : tensor<3x1xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %170 = stablehlo.multiply %158, %169 : tensor<3x1x10xf32>
    %171 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %172 = stablehlo.multiply %170, %171 : tensor<3x1x10xf32>
    %173 = stablehlo.add %2, %172 : tensor<3x1x10xf32>
    %174 = stablehlo.dot_general %173, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %175 = stablehlo.logistic %174 : tensor<3x1x56xf32>
    %176 = stablehlo.multiply %174, %175 : tensor<3x1x56xf32>
    %177 = stablehlo.dot_general %173, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %178 = stablehlo.multiply %176, %177 : tensor<3x1x56xf32>
    %179 = stablehlo.dot_general %178, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %180 = stablehlo.multiply %179, %179 : tensor<3x1x10xf32>
    %181 = stablehlo.constant dense<0.0> : tensor<f32>
    %182 = stablehlo.reduce(%180 init: %181) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %183 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %185 = stablehlo.multiply %182, %184 : tensor<3x1xf32>
    %186 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %188 = stablehlo.add %185, %187 : tensor<3x1xf32>
    %189 = stablehlo.rsqrt %188 : tensor<3x1xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %191 = stablehlo.multiply %179, %190 : tensor<3x1x10xf32>
    %192 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %193 = stablehlo.multiply %191, %192 : tensor<3x1x10xf32>
    %194 = stablehlo.add %173, %193 : tensor<3x1x10xf32>
    %195 = stablehlo.reshape %130 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %196 = stablehlo.reshape %131 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %197 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %198 = stablehlo.reshape %197 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %199 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %200 = stablehlo.reshape %199 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %201 = stablehlo.dot_general %194, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %202 = stablehlo.dot_general %194, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %203 = stablehlo.dot_general %194, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<24x10xf32>) -> tensor<3x1x24xf32>
    %204 = stablehlo.multiply %201, %201 : tensor<3x1x24xf32>
    %205 = stablehlo.constant dense<0.0> : tensor<f32>
    %206 = stablehlo.reduce(%204 init: %205) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %207 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %209 = stablehlo.multiply %206, %208 : tensor<3x1xf32>
    %210 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %212 = stablehlo.add %209, %211 : tensor<3x1xf32>
    %213 = stablehlo.rsqrt %212 : tensor<3x1xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %215 = stablehlo.multiply %201, %214 : tensor<3x1x24xf32>
    %216 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %217 = stablehlo.multiply %215, %216 : tensor<3x1x24xf32>
    %218 = stablehlo.multiply %202, %202 : tensor<3x1x24xf32>
    %219 = stablehlo.constant dense<0.0> : tensor<f32>
    %220 = stablehlo.reduce(%218 init: %219) applies stablehlo.add across dimensions = [2] : (tensor<3x1x24xf32>, tensor<f32>) -> tensor<3x1xf32>
    %221 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %223 = stablehlo.multiply %220, %222 : tensor<3x1xf32>
    %224 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %226 = stablehlo.add %223, %225 : tensor<3x1xf32>
    %227 = stablehlo.rsqrt %226 : tensor<3x1xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x24xf32>
    %229 = stablehlo.multiply %202, %228 : tensor<3x1x24xf32>
    %230 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<3x1x24xf32>
    %231 = stablehlo.multiply %229, %230 : tensor<3x1x24xf32>
    %232 = stablehlo.reshape %217 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %233 = stablehlo.reshape %231 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %234 = stablehlo.reshape %203 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %235 = "stablehlo.slice"(%232) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %236 = "stablehlo.slice"(%232) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %237 = stablehlo.negate %236 : tensor<3x1x2x6xf32>
    %238 = stablehlo.concatenate %237, %235, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %239 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %240 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %241 = stablehlo.multiply %232, %239 : tensor<3x1x2x12xf32>
    %242 = stablehlo.multiply %238, %240 : tensor<3x1x2x12xf32>
    %243 = stablehlo.add %241, %242 : tensor<3x1x2x12xf32>
    %244 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %245 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %246 = stablehlo.negate %245 : tensor<3x1x2x6xf32>
    %247 = stablehlo.concatenate %246, %244, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %248 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %249 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %250 = stablehlo.multiply %233, %248 : tensor<3x1x2x12xf32>
    %251 = stablehlo.multiply %247, %249 : tensor<3x1x2x12xf32>
    %252 = stablehlo.add %250, %251 : tensor<3x1x2x12xf32>
    %253 = stablehlo.reshape %243 : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x1x12xf32>
    %254 = stablehlo.transpose %253, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %255 = stablehlo.transpose %252, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %256 = stablehlo.transpose %234, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %257 = stablehlo.dot_general %254, %255, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x1xf32>
    %258 = stablehlo.dot_general %254, %198, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x16xf32>
    %259 = stablehlo.concatenate %258, %257, dim = 4 : (tensor<3x2x1x1x16xf32>, tensor<3x2x1x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %260 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %262 = stablehlo.multiply %259, %261 : tensor<3x2x1x1x17xf32>
    %263 = stablehlo.broadcast_in_dim %63, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x1x17xi1>
    %264 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<3x2x1x1x17xf32>
    %266 = stablehlo.select %263, %262, %265 : (tensor<3x2x1x1x17xi1>, tensor<3x2x1x1x17xf32>, tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x17xf32>
    %267 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %268 = stablehlo.reduce(%266 init: %267) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %270 = stablehlo.subtract %266, %269 : tensor<3x2x1x1x17xf32>
    %271 = stablehlo.exponential %270 : tensor<3x2x1x1x17xf32>
    %272 = stablehlo.constant dense<0.0> : tensor<f32>
    %273 = stablehlo.reduce(%271 init: %272) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x1x17xf32>, tensor<f32>) -> tensor<3x2x1x1xf32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [0, 1, 2, 3] : (tensor<3x2x1x1xf32>) -> tensor<3x2x1x1x17xf32>
    %275 = stablehlo.divide %271, %274 : tensor<3x2x1x1x17xf32>
    %276 = "stablehlo.slice"(%275) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x16xf32>
    %277 = "stablehlo.slice"(%275) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x1x17xf32>) -> tensor<3x2x1x1x1xf32>
    %278 = stablehlo.dot_general %276, %200, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x1x12xf32>
    %279 = stablehlo.dot_general %277, %256, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x1x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %280 = stablehlo.add %278, %279 : tensor<3x2x1x1x12xf32>
    %281 = stablehlo.transpose %280, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %282 = stablehlo.reshape %281 : (tensor<3x1x2x1x12xf32>) -> tensor<3x1x24xf32>
    %283 = stablehlo.dot_general %282, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x24xf32>, tensor<10x24xf32>) -> tensor<3x1x10xf32>
    %284 = stablehlo.multiply %283, %283 : tensor<3x1x10xf32>
    %285 = stablehlo.constant dense<0.0> : tensor<f32>
    %286 = stablehlo.reduce(%284 init: %285) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %287 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %289 = stablehlo.multiply %286, %288 : tensor<3x1xf32>
    %290 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %292 = stablehlo.add %289, %291 : tensor<3x1xf32>
    %293 = stablehlo.rsqrt %292 : tensor<3x1xf32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %295 = stablehlo.multiply %283, %294 : tensor<3x1x10xf32>
    %296 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %297 = stablehlo.multiply %295, %296 : tensor<3x1x10xf32>
    %298 = stablehlo.add %194, %297 : tensor<3x1x10xf32>
    %299 = stablehlo.dot_general %298, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %300 = stablehlo.logistic %299 : tensor<3x1x56xf32>
    %301 = stablehlo.multiply %299, %300 : tensor<3x1x56xf32>
    %302 = stablehlo.dot_general %298, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x10xf32>, tensor<56x10xf32>) -> tensor<3x1x56xf32>
    %303 = stablehlo.multiply %301, %302 : tensor<3x1x56xf32>
    %304 = stablehlo.dot_general %303, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<10x56xf32>) -> tensor<3x1x10xf32>
    %305 = stablehlo.multiply %304, %304 : tensor<3x1x10xf32>
    %306 = stablehlo.constant dense<0.0> : tensor<f32>
    %307 = stablehlo.reduce(%305 init: %306) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %308 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %310 = stablehlo.multiply %307, %309 : tensor<3x1xf32>
    %311 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %313 = stablehlo.add %310, %312 : tensor<3x1xf32>
    %314 = stablehlo.rsqrt %313 : tensor<3x1xf32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %316 = stablehlo.multiply %304, %315 : tensor<3x1x10xf32>
    %317 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %318 = stablehlo.multiply %316, %317 : tensor<3x1x10xf32>
    %319 = stablehlo.add %298, %318 : tensor<3x1x10xf32>
    %320 = stablehlo.reshape %255 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %321 = stablehlo.reshape %256 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %322 = stablehlo.multiply %319, %319 : tensor<3x1x10xf32>
    %323 = stablehlo.constant dense<0.0> : tensor<f32>
    %324 = stablehlo.reduce(%322 init: %323) applies stablehlo.add across dimensions = [2] : (tensor<3x1x10xf32>, tensor<f32>) -> tensor<3x1xf32>
    %325 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %327 = stablehlo.multiply %324, %326 : tensor<3x1xf32>
    %328 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %330 = stablehlo.add %327, %329 : tensor<3x1xf32>
    %331 = stablehlo.rsqrt %330 : tensor<3x1xf32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x10xf32>
    %333 = stablehlo.multiply %319, %332 : tensor<3x1x10xf32>
    %334 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<3x1x10xf32>
    %335 = stablehlo.multiply %333, %334 : tensor<3x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %336 = stablehlo.concatenate %195, %320, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %337 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %338 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %339 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %340 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %341 = stablehlo.concatenate %337, %338, %339, %340, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %342 = stablehlo.reshape %336 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %343 = stablehlo.reshape %341 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %344 = "stablehlo.scatter"(%k_cache, %343, %342) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %345 = stablehlo.concatenate %196, %321, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %346 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %347 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %348 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %349 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %350 = stablehlo.concatenate %346, %347, %348, %349, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %351 = stablehlo.reshape %345 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %352 = stablehlo.reshape %350 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %353 = "stablehlo.scatter"(%v_cache, %352, %351) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %354 = stablehlo.reshape %335 : (tensor<3x1x10xf32>) -> tensor<3x10xf32>
    %355 = stablehlo.dot_general %354, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x10xf32>, tensor<97x10xf32>) -> tensor<3x97xf32>
    %356 = stablehlo.constant dense<0> : tensor<i32>
    %357 = stablehlo.broadcast_in_dim %356, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %358 = stablehlo.compare NE, %active, %357, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %359 = stablehlo.broadcast_in_dim %358, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %360 = stablehlo.constant dense<0.0> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %360, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %362 = stablehlo.select %359, %355, %361 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %362, %344, %353 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
