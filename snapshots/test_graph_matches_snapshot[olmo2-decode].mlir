// olmo2 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo2_decode {
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
    %58 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %59 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %60 = stablehlo.compare LT, %58, %59, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %61 = stablehlo.concatenate %60, %57, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: full_attention
    %62 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %64 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %66 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %67 = stablehlo.reshape %66 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %68 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %69 = stablehlo.reshape %68 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %70 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %5, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %71 = stablehlo.reshape %70 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %72 = stablehlo.multiply %67, %67 : tensor<1x1x24xf32>
    %73 = stablehlo.constant dense<0.0> : tensor<f32>
    %74 = stablehlo.reduce(%72 init: %73) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %75 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %77 = stablehlo.multiply %74, %76 : tensor<1x1xf32>
    %78 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %80 = stablehlo.add %77, %79 : tensor<1x1xf32>
    %81 = stablehlo.rsqrt %80 : tensor<1x1xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %83 = stablehlo.multiply %67, %82 : tensor<1x1x24xf32>
    %84 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %85 = stablehlo.multiply %83, %84 : tensor<1x1x24xf32>
    %86 = stablehlo.multiply %69, %69 : tensor<1x1x24xf32>
    %87 = stablehlo.constant dense<0.0> : tensor<f32>
    %88 = stablehlo.reduce(%86 init: %87) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %89 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %91 = stablehlo.multiply %88, %90 : tensor<1x1xf32>
    %92 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %94 = stablehlo.add %91, %93 : tensor<1x1xf32>
    %95 = stablehlo.rsqrt %94 : tensor<1x1xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %97 = stablehlo.multiply %69, %96 : tensor<1x1x24xf32>
    %98 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %99 = stablehlo.multiply %97, %98 : tensor<1x1x24xf32>
    %100 = stablehlo.reshape %85 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %101 = stablehlo.reshape %99 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %102 = stablehlo.reshape %71 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %103 = "stablehlo.slice"(%100) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %104 = "stablehlo.slice"(%100) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %105 = stablehlo.negate %104 : tensor<1x1x2x6xf32>
    %106 = stablehlo.concatenate %105, %103, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %107 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %108 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %109 = stablehlo.multiply %100, %107 : tensor<1x1x2x12xf32>
    %110 = stablehlo.multiply %106, %108 : tensor<1x1x2x12xf32>
    %111 = stablehlo.add %109, %110 : tensor<1x1x2x12xf32>
    %112 = "stablehlo.slice"(%101) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %113 = "stablehlo.slice"(%101) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %114 = stablehlo.negate %113 : tensor<1x1x2x6xf32>
    %115 = stablehlo.concatenate %114, %112, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %116 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %117 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %118 = stablehlo.multiply %101, %116 : tensor<1x1x2x12xf32>
    %119 = stablehlo.multiply %115, %117 : tensor<1x1x2x12xf32>
    %120 = stablehlo.add %118, %119 : tensor<1x1x2x12xf32>
    %121 = stablehlo.reshape %111 : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x1x12xf32>
    %122 = stablehlo.transpose %121, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %123 = stablehlo.transpose %120, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %124 = stablehlo.transpose %102, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %125 = stablehlo.dot_general %122, %123, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %126 = stablehlo.dot_general %122, %63, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %127 = stablehlo.concatenate %126, %125, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %128 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<1x2x1x1x17xf32>
    %131 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %132 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %134 = stablehlo.select %131, %130, %133 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %135 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %136 = stablehlo.reduce(%134 init: %135) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %138 = stablehlo.subtract %134, %137 : tensor<1x2x1x1x17xf32>
    %139 = stablehlo.exponential %138 : tensor<1x2x1x1x17xf32>
    %140 = stablehlo.constant dense<0.0> : tensor<f32>
    %141 = stablehlo.reduce(%139 init: %140) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %143 = stablehlo.divide %139, %142 : tensor<1x2x1x1x17xf32>
    %144 = "stablehlo.slice"(%143) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %145 = "stablehlo.slice"(%143) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %146 = stablehlo.dot_general %144, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %147 = stablehlo.dot_general %145, %124, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %148 = stablehlo.add %146, %147 : tensor<1x2x1x1x12xf32>
    %149 = stablehlo.transpose %148, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %151 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %150, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x24xf32>, tensor<1x1x24xf32>) -> tensor<10x1x1xf32>
    %152 = stablehlo.reshape %151 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %153 = stablehlo.multiply %152, %152 : tensor<1x1x10xf32>
    %154 = stablehlo.constant dense<0.0> : tensor<f32>
    %155 = stablehlo.reduce(%153 init: %154) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %156 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<1x1xf32>
    %159 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %161 = stablehlo.add %158, %160 : tensor<1x1xf32>
    %162 = stablehlo.rsqrt %161 : tensor<1x1xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %164 = stablehlo.multiply %152, %163 : tensor<1x1x10xf32>
    %165 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<1x1x10xf32>
    %167 = stablehlo.add %5, %166 : tensor<1x1x10xf32>
    %168 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %167, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %169 = stablehlo.reshape %168 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %170 = stablehlo.logistic %169 : tensor<1x1x56xf32>
    %171 = stablehlo.multiply %169, %170 : tensor<1x1x56xf32>
    %172 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %167, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %173 = stablehlo.reshape %172 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<1x1x56xf32>
    %175 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %174, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x56xf32>, tensor<1x1x56xf32>) -> tensor<10x1x1xf32>
    %176 = stablehlo.reshape %175 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %177 = stablehlo.multiply %176, %176 : tensor<1x1x10xf32>
    %178 = stablehlo.constant dense<0.0> : tensor<f32>
    %179 = stablehlo.reduce(%177 init: %178) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %180 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %182 = stablehlo.multiply %179, %181 : tensor<1x1xf32>
    %183 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %185 = stablehlo.add %182, %184 : tensor<1x1xf32>
    %186 = stablehlo.rsqrt %185 : tensor<1x1xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %188 = stablehlo.multiply %176, %187 : tensor<1x1x10xf32>
    %189 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %190 = stablehlo.multiply %188, %189 : tensor<1x1x10xf32>
    %191 = stablehlo.add %167, %190 : tensor<1x1x10xf32>
    %192 = stablehlo.reshape %123 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %193 = stablehlo.reshape %124 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %194 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %195 = stablehlo.reshape %194 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %196 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %197 = stablehlo.reshape %196 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %198 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %191, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %199 = stablehlo.reshape %198 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %200 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %191, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %201 = stablehlo.reshape %200 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %202 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %191, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x10xf32>, tensor<1x1x10xf32>) -> tensor<24x1x1xf32>
    %203 = stablehlo.reshape %202 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %204 = stablehlo.multiply %199, %199 : tensor<1x1x24xf32>
    %205 = stablehlo.constant dense<0.0> : tensor<f32>
    %206 = stablehlo.reduce(%204 init: %205) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %207 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %209 = stablehlo.multiply %206, %208 : tensor<1x1xf32>
    %210 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %212 = stablehlo.add %209, %211 : tensor<1x1xf32>
    %213 = stablehlo.rsqrt %212 : tensor<1x1xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %215 = stablehlo.multiply %199, %214 : tensor<1x1x24xf32>
    %216 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %217 = stablehlo.multiply %215, %216 : tensor<1x1x24xf32>
    %218 = stablehlo.multiply %201, %201 : tensor<1x1x24xf32>
    %219 = stablehlo.constant dense<0.0> : tensor<f32>
    %220 = stablehlo.reduce(%218 init: %219) applies stablehlo.add across dimensions = [2] : (tensor<1x1x24xf32>, tensor<f32>) -> tensor<1x1xf32>
    %221 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %223 = stablehlo.multiply %220, %222 : tensor<1x1xf32>
    %224 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %226 = stablehlo.add %223, %225 : tensor<1x1xf32>
    %227 = stablehlo.rsqrt %226 : tensor<1x1xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x24xf32>
    %229 = stablehlo.multiply %201, %228 : tensor<1x1x24xf32>
    %230 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x1x24xf32>
    %231 = stablehlo.multiply %229, %230 : tensor<1x1x24xf32>
    %232 = stablehlo.reshape %217 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %233 = stablehlo.reshape %231 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %234 = stablehlo.reshape %203 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %235 = "stablehlo.slice"(%232) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %236 = "stablehlo.slice"(%232) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %237 = stablehlo.negate %236 : tensor<1x1x2x6xf32>
    %238 = stablehlo.concatenate %237, %235, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %239 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %240 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %241 = stablehlo.multiply %232, %239 : tensor<1x1x2x12xf32>
    %242 = stablehlo.multiply %238, %240 : tensor<1x1x2x12xf32>
    %243 = stablehlo.add %241, %242 : tensor<1x1x2x12xf32>
    %244 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %245 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %246 = stablehlo.negate %245 : tensor<1x1x2x6xf32>
    %247 = stablehlo.concatenate %246, %244, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %248 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %249 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %250 = stablehlo.multiply %233, %248 : tensor<1x1x2x12xf32>
    %251 = stablehlo.multiply %247, %249 : tensor<1x1x2x12xf32>
    %252 = stablehlo.add %250, %251 : tensor<1x1x2x12xf32>
    %253 = stablehlo.reshape %243 : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x1x12xf32>
    %254 = stablehlo.transpose %253, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %255 = stablehlo.transpose %252, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %256 = stablehlo.transpose %234, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %257 = stablehlo.dot_general %254, %255, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x1xf32>
    %258 = stablehlo.dot_general %254, %195, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x16xf32>
    %259 = stablehlo.concatenate %258, %257, dim = 4 : (tensor<1x2x1x1x16xf32>, tensor<1x2x1x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %260 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %262 = stablehlo.multiply %259, %261 : tensor<1x2x1x1x17xf32>
    %263 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x1x17xi1>
    %264 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<1x2x1x1x17xf32>
    %266 = stablehlo.select %263, %262, %265 : (tensor<1x2x1x1x17xi1>, tensor<1x2x1x1x17xf32>, tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x17xf32>
    %267 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %268 = stablehlo.reduce(%266 init: %267) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %270 = stablehlo.subtract %266, %269 : tensor<1x2x1x1x17xf32>
    %271 = stablehlo.exponential %270 : tensor<1x2x1x1x17xf32>
    %272 = stablehlo.constant dense<0.0> : tensor<f32>
    %273 = stablehlo.reduce(%271 init: %272) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x1x17xf32>, tensor<f32>) -> tensor<1x2x1x1xf32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [0, 1, 2, 3] : (tensor<1x2x1x1xf32>) -> tensor<1x2x1x1x17xf32>
    %275 = stablehlo.divide %271, %274 : tensor<1x2x1x1x17xf32>
    %276 = "stablehlo.slice"(%275) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x16xf32>
    %277 = "stablehlo.slice"(%275) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 1, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x1x17xf32>) -> tensor<1x2x1x1x1xf32>
    %278 = stablehlo.dot_general %276, %197, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x1x12xf32>
    %279 = stablehlo.dot_general %277, %256, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x1x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %280 = stablehlo.add %278, %279 : tensor<1x2x1x1x12xf32>
    %281 = stablehlo.transpose %280, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %282 = stablehlo.reshape %281 : (tensor<1x1x2x1x12xf32>) -> tensor<1x1x24xf32>
    %283 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %282, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x24xf32>, tensor<1x1x24xf32>) -> tensor<10x1x1xf32>
    %284 = stablehlo.reshape %283 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %285 = stablehlo.multiply %284, %284 : tensor<1x1x10xf32>
    %286 = stablehlo.constant dense<0.0> : tensor<f32>
    %287 = stablehlo.reduce(%285 init: %286) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %288 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %290 = stablehlo.multiply %287, %289 : tensor<1x1xf32>
    %291 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %293 = stablehlo.add %290, %292 : tensor<1x1xf32>
    %294 = stablehlo.rsqrt %293 : tensor<1x1xf32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %296 = stablehlo.multiply %284, %295 : tensor<1x1x10xf32>
    %297 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %298 = stablehlo.multiply %296, %297 : tensor<1x1x10xf32>
    %299 = stablehlo.add %191, %298 : tensor<1x1x10xf32>
    %300 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %299, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %301 = stablehlo.reshape %300 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %302 = stablehlo.logistic %301 : tensor<1x1x56xf32>
    %303 = stablehlo.multiply %301, %302 : tensor<1x1x56xf32>
    %304 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %299, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x10xf32>, tensor<1x1x10xf32>) -> tensor<56x1x1xf32>
    %305 = stablehlo.reshape %304 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %306 = stablehlo.multiply %303, %305 : tensor<1x1x56xf32>
    %307 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %306, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<10x56xf32>, tensor<1x1x56xf32>) -> tensor<10x1x1xf32>
    %308 = stablehlo.reshape %307 : (tensor<10x1x1xf32>) -> tensor<1x1x10xf32>
    %309 = stablehlo.multiply %308, %308 : tensor<1x1x10xf32>
    %310 = stablehlo.constant dense<0.0> : tensor<f32>
    %311 = stablehlo.reduce(%309 init: %310) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %312 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %314 = stablehlo.multiply %311, %313 : tensor<1x1xf32>
    %315 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %317 = stablehlo.add %314, %316 : tensor<1x1xf32>
    %318 = stablehlo.rsqrt %317 : tensor<1x1xf32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %320 = stablehlo.multiply %308, %319 : tensor<1x1x10xf32>
    %321 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %322 = stablehlo.multiply %320, %321 : tensor<1x1x10xf32>
    %323 = stablehlo.add %299, %322 : tensor<1x1x10xf32>
    %324 = stablehlo.reshape %255 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %325 = stablehlo.reshape %256 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %326 = stablehlo.multiply %323, %323 : tensor<1x1x10xf32>
    %327 = stablehlo.constant dense<0.0> : tensor<f32>
    %328 = stablehlo.reduce(%326 init: %327) applies stablehlo.add across dimensions = [2] : (tensor<1x1x10xf32>, tensor<f32>) -> tensor<1x1xf32>
    %329 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %331 = stablehlo.multiply %328, %330 : tensor<1x1xf32>
    %332 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %334 = stablehlo.add %331, %333 : tensor<1x1xf32>
    %335 = stablehlo.rsqrt %334 : tensor<1x1xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x10xf32>
    %337 = stablehlo.multiply %323, %336 : tensor<1x1x10xf32>
    %338 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x1x10xf32>
    %339 = stablehlo.multiply %337, %338 : tensor<1x1x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %340 = stablehlo.concatenate %192, %324, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %341 = stablehlo.constant dense<0> : tensor<i32>
    %342 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %343 = stablehlo.dynamic_update_slice %2, %340, %341, %341, %341, %342, %341 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %344 = stablehlo.concatenate %193, %325, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %345 = stablehlo.constant dense<0> : tensor<i32>
    %346 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %347 = stablehlo.dynamic_update_slice %3, %344, %345, %345, %345, %346, %345 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %348 = stablehlo.reshape %339 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %349 = stablehlo.dot_general %lm_head.weight, %348, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x10xf32>, tensor<10xf32>) -> tensor<97xf32>
    %350 = stablehlo.reshape %343 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %351 = stablehlo.reshape %347 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %349, %350, %351 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
