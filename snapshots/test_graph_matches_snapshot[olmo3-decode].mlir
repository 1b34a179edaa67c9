// olmo3 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo3_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 10>, indices_are_sorted = false} : (tensor<97x10xf32>, tensor<1x1x1xi32>) -> tensor<1x1x10xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.11224619299173355, 0.012599208392202854, 0.001414213445968926, 0.00015874006203375757, 1.7817979824030772e-05]> : tensor<6xf32>
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
    %58 = stablehlo.subtract %55, %56 : tensor<1x1x1xi32>
    %59 = stablehlo.constant dense<5> : tensor<i32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<i32>) -> tensor<1x1x1xi32>
    %61 = stablehlo.compare LT, %58, %60, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %62 = stablehlo.and %57, %61 : tensor<1x1x1xi1>
    %63 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %64 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %65 = stablehlo.compare LT, %63, %64, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %66 = stablehlo.concatenate %65, %57, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    %67 = stablehlo.iota dim = 1 : tensor<1x1x16xi32>
    %68 = stablehlo.add %64, %67 : tensor<1x1x16xi32>
    %69 = stablehlo.subtract %68, %63 : tensor<1x1x16xi32>
    %70 = stablehlo.constant dense<5> : tensor<i32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [] : (tensor<i32>) -> tensor<1x1x16xi32>
    %72 = stablehlo.compare LT, %69, %71, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %73 = stablehlo.and %65, %72 : tensor<1x1x16xi1>
    %74 = stablehlo.concatenate %73, %62, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: sliding_attention
    %75 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %76 = stablehlo.reshape %75 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %77 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %79 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %80 = stablehlo.reshape %79 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %81 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %82 = stablehlo.reshape %81 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %83 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %84 = stablehlo.reshape %83 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %85 = stablehlo.multiply %80, %80 : tensor<1x1x24xf32>
    %86 = stablehlo.constant dense<0.0> : tensor<f32>
    %87 = stablehlo.reduce(%85 init: %86) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %88 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %90 = stablehlo.multiply %87, %89 : tensor<1x1xf32>
    %91 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %93 = stablehlo.add %90, %92 : tensor<1x1xf32>
    %94 = stablehlo.rsqrt %93 : tensor<1x1xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %96 = stablehlo.multiply %80, %95 : tensor<1x1x24xf32>
    %97 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %98 = stablehlo.multiply %96, %97 : tensor<1x1x24xf32>
    %99 = stablehlo.multiply %82, %82 : tensor<1x1x24xf32>
    %100 = stablehlo.constant dense<0.0> : tensor<f32>
    %101 = stablehlo.reduce(%99 init: %100) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %102 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %104 = stablehlo.multiply %101, %103 : tensor<1x1xf32>
    %105 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %107 = stablehlo.add %104, %106 : tensor<1x1xf32>
    %108 = stablehlo.rsqrt %107 : tensor<1x1xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %110 = stablehlo.multiply %82, %109 : tensor<1x1x24xf32>
    %111 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %112 = stablehlo.multiply %110, %111 : tensor<1x1x24xf32>
    %113 = stablehlo.reshape %98 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %114 = stablehlo.reshape %112 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %115 = stablehlo.reshape %84 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %116 = "stablehlo.slice"(%113) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %117 = "stablehlo.slice"(%113) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %118 = stablehlo.negate %117 : tensor<1x1x2x6xf32>
    %119 = stablehlo.concatenate %118, %116, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %120 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %121 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %122 = stablehlo.multiply %113, %120 : tensor<1x1x2x12xf32>
    %123 = stablehlo.multiply %119, %121 : tensor<1x1x2x12xf32>
    %124 = stablehlo.add %122, %123 : tensor<1x1x2x12xf32>
    %125 = "stablehlo.slice"(%114) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %126 = "stablehlo.slice"(%114) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %127 = stablehlo.negate %126 : tensor<1x1x2x6xf32>
    %128 = stablehlo.concatenate %127, %125, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %129 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %130 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %131 = stablehlo.multiply %114, %129 : tensor<1x1x2x12xf32>
    %132 = stablehlo.multiply %128, %130 : tensor<1x1x2x12xf32>
    %133 = stablehlo.add %131, %132 : tensor<1x1x2x12xf32>
    %134 = stablehlo.reshape %124 : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x1x12xf32>
    %135 = stablehlo.transpose %134, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %136 = stablehlo.transpose %133, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %137 = stablehlo.transpose %115, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %138 = stablehlo.dot_general %135, %136, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %139 = stablehlo.dot_general %135, %76, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %140 = stablehlo.concatenate %139, %138, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %141 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %143 = stablehlo.multiply %140, %142 : tensor<1x2x1x1x17xf32>
    %144 = stablehlo.broadcast_in_dim %74, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %145 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %147 = stablehlo.select %144, %143, %146 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %148 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %149 = stablehlo.reduce(%147 init: %148) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %151 = stablehlo.subtract %147, %150 : tensor<1x2x1x1x17xf32>
    %152 = stablehlo.exponential %151 : tensor<1x2x1x1x17xf32>
    %153 = stablehlo.constant dense<0.0> : tensor<f32>
    %154 = stablehlo.reduce(%152 init: %153) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %156 = stablehlo.divide %152, %155 : tensor<1x2x1x1x17xf32>
    %157 = "stablehlo.slice"(%156) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %158 = "stablehlo.slice"(%156) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %159 = stablehlo.dot_general %157, %78, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %160 = stablehlo.dot_general %158, %137, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %161 = stablehlo.add %159, %160 : tensor<1x2x1x1x12xf32>
    %162 = stablehlo.transpose %161, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %163 = stablehlo.reshape %162 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %164 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %163, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x24xf32>, tensor<1x1x24xf32>) -> tensor<10x1x1xf32>
    %165 = stablehlo.reshape %164 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %166 = stablehlo.multiply %165, %165 : tensor<1x1x10xf32>
    %167 = stablehlo.constant dense<0.0> : tensor<f32>
    %168 = stablehlo.reduce(%166 init: %167) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %169 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %171 = stablehlo.multiply %168, %170 : tensor<1x1xf32>
    %172 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %174 = stablehlo.add %171, %173 : tensor<1x1xf32>
    %175 = stablehlo.rsqrt %174 : tensor<1x1xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %177 = stablehlo.multiply %165, %176 : tensor<1x1x10xf32>
    %178 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<1x1x10xf32>
    %180 = stablehlo.add %5, %179 : tensor<1x1x10xf32>
    %181 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %180, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %182 = stablehlo.reshape %181 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %183 = stablehlo.logistic %182 : tensor<1x1x56xf32>
    %184 = stablehlo.multiply %182, %183 : tensor<1x1x56xf32>
    %185 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %180, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %186 = stablehlo.reshape %185 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %187 = stablehlo.multiply %184, %186 : tensor<1x1x56xf32>
    %188 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %187, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x56xf32>, tensor<1x1x56xf32>) -> tensor<10x1x1xf32>
    %189 = stablehlo.reshape %188 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %190 = stablehlo.multiply %189, %189 : tensor<1x1x10xf32>
    %191 = stablehlo.constant dense<0.0> : tensor<f32>
    %192 = stablehlo.reduce(%190 init: %191) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %193 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %195 = stablehlo.multiply %192, %194 : tensor<1x1xf32>
    %196 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %198 = stablehlo.add %195, %197 : tensor<1x1xf32>
    %199 = stablehlo.rsqrt %198 : tensor<1x1xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %201 = stablehlo.multiply %189, %200 : tensor<1x1x10xf32>
    %202 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %203 = stablehlo.multiply %201, %202 : tensor<1x1x10xf32>
    %204 = stablehlo.add %180, %203 : tensor<1x1x10xf32>
    %205 = stablehlo.reshape %136 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %206 = stablehlo.reshape %137 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %207 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %208 = stablehlo.reshape %207 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %209 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %210 = stablehlo.reshape %209 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %211 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %204, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %212 = stablehlo.reshape %211 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %213 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %204, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %214 = stablehlo.reshape %213 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %215 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %204, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %216 = stablehlo.reshape %215 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %217 = stablehlo.multiply %212, %212 : tensor<1x1x24xf32>
    %218 = stablehlo.constant dense<0.0> : tensor<f32>
    %219 = stablehlo.reduce(%217 init: %218) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %220 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %222 = stablehlo.multiply %219, %221 : tensor<1x1xf32>
    %223 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %225 = stablehlo.add %222, %224 : tensor<1x1xf32>
    %226 = stablehlo.rsqrt %225 : tensor<1x1xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %228 = stablehlo.multiply %212, %227 : tensor<1x1x24xf32>
    %229 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %230 = stablehlo.multiply %228, %229 : tensor<1x1x24xf32>
    %231 = stablehlo.multiply %214, %214 : tensor<1x1x24xf32>
    %232 = stablehlo.constant dense<0.0> : tensor<f32>
    %233 = stablehlo.reduce(%231 init: %232) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %234 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %236 = stablehlo.multiply %233, %235 : tensor<1x1xf32>
    %237 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %239 = stablehlo.add %236, %238 : tensor<1x1xf32>
    %240 = stablehlo.rsqrt %239 : tensor<1x1xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %242 = stablehlo.multiply %214, %241 : tensor<1x1x24xf32>
    %243 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %244 = stablehlo.multiply %242, %243 : tensor<1x1x24xf32>
    %245 = stablehlo.reshape %230 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %246 = stablehlo.reshape %244 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %247 = stablehlo.reshape %216 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %248 = "stablehlo.slice"(%245) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %249 = "stablehlo.slice"(%245) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %250 = stablehlo.negate %249 : tensor<1x1x2x6xf32>
    %251 = stablehlo.concatenate %250, %248, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %252 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %253 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %254 = stablehlo.multiply %245, %252 : tensor<1x1x2x12xf32>
    %255 = stablehlo.multiply %251, %253 : tensor<1x1x2x12xf32>
    %256 = stablehlo.add %254, %255 : tensor<1x1x2x12xf32>
    %257 = "stablehlo.slice"(%246) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %258 = "stablehlo.slice"(%246) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %259 = stablehlo.negate %258 : tensor<1x1x2x6xf32>
    %260 = stablehlo.concatenate %259, %257, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %261 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %262 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %263 = stablehlo.multiply %246, %261 : tensor<1x1x2x12xf32>
    %264 = stablehlo.multiply %260, %262 : tensor<1x1x2x12xf32>
    %265 = stablehlo.add %263, %264 : tensor<1x1x2x12xf32>
    %266 = stablehlo.reshape %256 : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x1x12xf32>
    %267 = stablehlo.transpose %266, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %268 = stablehlo.transpose %265, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %269 = stablehlo.transpose %247, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %270 = stablehlo.dot_general %267, %268, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %271 = stablehlo.dot_general %267, %208, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %272 = stablehlo.concatenate %271, %270, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %273 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<1x2x1x1x17xf32>
    %276 = stablehlo.broadcast_in_dim %66, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %277 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %279 = stablehlo.select %276, %275, %278 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %280 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %281 = stablehlo.reduce(%279 init: %280) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %283 = stablehlo.subtract %279, %282 : tensor<1x2x1x1x17xf32>
    %284 = stablehlo.exponential %283 : tensor<1x2x1x1x17xf32>
    %285 = stablehlo.constant dense<0.0> : tensor<f32>
    %286 = stablehlo.reduce(%284 init: %285) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %288 = stablehlo.divide %284, %287 : tensor<1x2x1x1x17xf32>
    %289 = "stablehlo.slice"(%288) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %290 = "stablehlo.slice"(%288) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %291 = stablehlo.dot_general %289, %210, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %292 = stablehlo.dot_general %290, %269, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %293 = stablehlo.add %291, %292 : tensor<1x2x1x1x12xf32>
    %294 = stablehlo.transpose %293, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %295 = stablehlo.reshape %294 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %296 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %295, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x24xf32>, tensor<1x1x24xf32>) -> tensor<10x1x1xf32>
    %297 = stablehlo.reshape %296 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %298 = stablehlo.multiply %297, %297 : tensor<1x1x10xf32>
    %299 = stablehlo.constant dense<0.0> : tensor<f32>
    %300 = stablehlo.reduce(%298 init: %299) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %301 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %302 = stablehlo.broadcast_in_dim %301, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %303 = stablehlo.multiply %300, %302 : tensor<1x1xf32>
    %304 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %305 = stablehlo.broadcast_in_dim %304, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %306 = stablehlo.add %303, %305 : tensor<1x1xf32>
    %307 = stablehlo.rsqrt %306 : tensor<1x1xf32>
    %308 = stablehlo.broadcast_in_dim %307, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %309 = stablehlo.multiply %297, %308 : tensor<1x1x10xf32>
    %310 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %311 = stablehlo.multiply %309, %310 : tensor<1x1x10xf32>
    %312 = stablehlo.add %204, %311 : tensor<1x1x10xf32>
    %313 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %312, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %314 = stablehlo.reshape %313 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %315 = stablehlo.logistic %314 : tensor<1x1x56xf32>
    %316 = stablehlo.multiply %314, %315 : tensor<1x1x56xf32>
    %317 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %312, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %318 = stablehlo.reshape %317 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %319 = stablehlo.multiply %316, %318 : tensor<1x1x56xf32>
    %320 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %319, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x56xf32>, tensor<1x1x56xf32>) -> tensor<10x1x1xf32>
    %321 = stablehlo.reshape %320 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %322 = stablehlo.multiply %321, %321 : tensor<1x1x10xf32>
    %323 = stablehlo.constant dense<0.0> : tensor<f32>
    %324 = stablehlo.reduce(%322 init: %323) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %325 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %327 = stablehlo.multiply %324, %326 : tensor<1x1xf32>
    %328 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %330 = stablehlo.add %327, %329 : tensor<1x1xf32>
    %331 = stablehlo.rsqrt %330 : tensor<1x1xf32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %333 = stablehlo.multiply %321, %332 : tensor<1x1x10xf32>
    %334 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %335 = stablehlo.multiply %333, %334 : tensor<1x1x10xf32>
    %336 = stablehlo.add %312, %335 : tensor<1x1x10xf32>
    %337 = stablehlo.reshape %268 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %338 = stablehlo.reshape %269 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %339 = stablehlo.multiply %336, %336 : tensor<1x1x10xf32>
    %340 = stablehlo.constant dense<0.0> : tensor<f32>
    %341 = stablehlo.reduce(%339 init: %340) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %342 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %343 = stablehlo.broadcast_in_dim %342, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %344 = stablehlo.multiply %341, %343 : tensor<1x1xf32>
    %345 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %346 = stablehlo.broadcast_in_dim %345, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %347 = stablehlo.add %344, %346 : tensor<1x1xf32>
    %348 = stablehlo.rsqrt %347 : tensor<1x1xf32>
    %349 = stablehlo.broadcast_in_dim %348, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %350 = stablehlo.multiply %336, %349 : tensor<1x1x10xf32>
    %351 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %352 = stablehlo.multiply %350, %351 : tensor<1x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %353 = stablehlo.concatenate %205, %337, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %354 = stablehlo.constant dense<0> : tensor<i32>
    %355 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %356 = stablehlo.dynamic_update_slice %2, %353, %354, %354, %354, %355, %354 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %357 = stablehlo.concatenate %206, %338, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %358 = stablehlo.constant dense<0> : tensor<i32>
    %359 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %360 = stablehlo.dynamic_update_slice %3, %357, %358, %358, %358, %359, %358 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %361 = stablehlo.reshape %352 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %362 = stablehlo.dot_general %lm_head.weight, %361, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x10xf32>, tensor<10xf32>) -> tensor<97xf32>
    %363 = stablehlo.reshape %356 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %364 = stablehlo.reshape %360 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %362, %363, %364 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
