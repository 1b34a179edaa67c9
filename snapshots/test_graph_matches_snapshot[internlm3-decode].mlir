// internlm3 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=160 heads=32 kv_heads=2 head_dim=12 vocab=97
module @internlm3_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x160xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<384x160xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x160xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x160xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<160x384xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x160xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x160xf32>, %model.layers.0.mlp.down_proj.weight: tensor<160x56xf32>, %model.layers.0.input_layernorm.weight: tensor<160xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<160xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<384x160xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x160xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x160xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<160x384xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x160xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x160xf32>, %model.layers.1.mlp.down_proj.weight: tensor<160x56xf32>, %model.layers.1.input_layernorm.weight: tensor<160xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<160xf32>, %model.norm.weight: tensor<160xf32>, %lm_head.weight: tensor<97x160xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 160>, indices_are_sorted = false} : (tensor<97x160xf32>, tensor<1x1x1xi32>) -> tensor<1x1x160xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.05210006982088089, 0.0027144169434905052, 0.00014142136205919087, 7.368060778389918e-06, 3.838767668185028e-07]> : tensor<6xf32>
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
    %66 = stablehlo.multiply %5, %5 : tensor<1x1x160xf32>
    %67 = stablehlo.constant dense<0.0> : tensor<f32>
    %68 = stablehlo.reduce(%66 init: %67) applies stablehlo.add across dimensions = [2] : (tensor<1x1x160xf32>, tensor<f32>) -> tensor<1x1xf32>
    %69 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<1x1xf32>
    %72 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %74 = stablehlo.add %71, %73 : tensor<1x1xf32>
    %75 = stablehlo.rsqrt %74 : tensor<1x1xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x160xf32>
    %77 = stablehlo.multiply %5, %76 : tensor<1x1x160xf32>
    %78 = stablehlo.broadcast_in_dim %model.layers.0.input_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x1x160xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<1x1x160xf32>
    %80 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %79, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<384x160xf32>, tensor<1x1x160xf32>) -> tensor<384x1x1xf32>
    %81 = stablehlo.reshape %80 : (tensor<384x1x1xf32>) -> tensor<1x1x384xf32>
    %82 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %79, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x160xf32>, tensor<1x1x160xf32>) -> tensor<24x1x1xf32>
    %83 = stablehlo.reshape %82 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %84 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %79, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x160xf32>, tensor<1x1x160xf32>) -> tensor<24x1x1xf32>
    %85 = stablehlo.reshape %84 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %86 = stablehlo.reshape %81 : (tensor<1x1x384xf32>) -> tensor<1x1x32x12xf32>
    %87 = stablehlo.reshape %83 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %88 = stablehlo.reshape %85 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %89 = "stablehlo.slice"(%86) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 32, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x32x12xf32>) -> tensor<1x1x32x6xf32>
    %90 = "stablehlo.slice"(%86) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 32, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x32x12xf32>) -> tensor<1x1x32x6xf32>
    %91 = stablehlo.negate %90 : tensor<1x1x32x6xf32>
    %92 = stablehlo.concatenate %91, %89, dim = 3 : (tensor<1x1x32x6xf32>, tensor<1x1x32x6xf32>) -> tensor<1x1x32x12xf32>
    %93 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x32x12xf32>
    %94 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x32x12xf32>
    %95 = stablehlo.multiply %86, %93 : tensor<1x1x32x12xf32>
    %96 = stablehlo.multiply %92, %94 : tensor<1x1x32x12xf32>
    %97 = stablehlo.add %95, %96 : tensor<1x1x32x12xf32>
    %98 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %99 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %100 = stablehlo.negate %99 : tensor<1x1x2x6xf32>
    %101 = stablehlo.concatenate %100, %98, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %102 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %103 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %104 = stablehlo.multiply %87, %102 : tensor<1x1x2x12xf32>
    %105 = stablehlo.multiply %101, %103 : tensor<1x1x2x12xf32>
    %106 = stablehlo.add %104, %105 : tensor<1x1x2x12xf32>
    %107 = stablehlo.reshape %97 : (tensor<1x1x32x12xf32>) -> tensor<1x1x2x16x12xf32>
    %108 = stablehlo.transpose %107, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %109 = stablehlo.transpose %106, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %110 = stablehlo.transpose %88, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %111 = stablehlo.dot_general %108, %109, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x1xf32>
    %112 = stablehlo.dot_general %108, %63, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x16xf32>
    %113 = stablehlo.concatenate %112, %111, dim = 4 : (tensor<1x2x1x16x16xf32>, tensor<1x2x1x16x1xf32>) -> tensor<1x2x1x16x17xf32>
    %114 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %116 = stablehlo.multiply %113, %115 : tensor<1x2x1x16x17xf32>
    %117 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x16x17xi1>
    %118 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %120 = stablehlo.select %117, %116, %119 : (tensor<1x2x1x16x17xi1>, tensor<1x2x1x16x17xf32>, tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x17xf32>
    %121 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %122 = stablehlo.reduce(%120 init: %121) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %124 = stablehlo.subtract %120, %123 : tensor<1x2x1x16x17xf32>
    %125 = stablehlo.exponential %124 : tensor<1x2x1x16x17xf32>
    %126 = stablehlo.constant dense<0.0> : tensor<f32>
    %127 = stablehlo.reduce(%125 init: %126) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %129 = stablehlo.divide %125, %128 : tensor<1x2x1x16x17xf32>
    %130 = "stablehlo.slice"(%129) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x16xf32>
    %131 = "stablehlo.slice"(%129) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 16, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x1xf32>
    %132 = stablehlo.dot_general %130, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %133 = stablehlo.dot_general %131, %110, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x12xf32>
    %134 = stablehlo.add %132, %133 : tensor<1x2x1x16x12xf32>
    %135 = stablehlo.transpose %134, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x1x2x16x12xf32>) -> tensor<1x1x384xf32>
    %137 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %136, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<160x384xf32>, tensor<1x1x384xf32>) -> tensor<160x1x1xf32>
    %138 = stablehlo.reshape %137 : (tensor<160x1x1xf32>) -> tensor<1x1x160xf32>
    %139 = stablehlo.add %5, %138 : tensor<1x1x160xf32>
    %140 = stablehlo.multiply %139, %139 : tensor<1x1x160xf32>
    %141 = stablehlo.constant dense<0.0> : tensor<f32>
    %142 = stablehlo.reduce(%140 init: %141) applies stablehlo.add across dimensions = [2] : (tensor<1x1x160xf32>, tensor<f32>) -> tensor<1x1xf32>
    %143 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %145 = stablehlo.multiply %142, %144 : tensor<1x1xf32>
    %146 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %148 = stablehlo.add %145, %147 : tensor<1x1xf32>
    %149 = stablehlo.rsqrt %148 : tensor<1x1xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x160xf32>
    %151 = stablehlo.multiply %139, %150 : tensor<1x1x160xf32>
    %152 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x1x160xf32>
    %153 = stablehlo.multiply %151, %152 : tensor<1x1x160xf32>
    %154 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %153, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x160xf32>, tensor<1x1x160xf32>) -> tensor<56x1x1xf32>
    %155 = stablehlo.reshape %154 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %156 = stablehlo.logistic %155 : tensor<1x1x56xf32>
    %157 = stablehlo.multiply %155, %156 : tensor<1x1x56xf32>
    %158 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %153, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x160xf32>, tensor<1x1x160xf32>) -> tensor<56x1x1xf32>
    %159 = stablehlo.reshape %158 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<1x1x56xf32>
    %161 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %160, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<160x56xf32>, tensor<1x1x56xf32>) -> tensor<160x1x1xf32>
    %162 = stablehlo.reshape %161 : (tensor<160x1x1xf32>) -> tensor<1x1x160xf32>
    %163 = stablehlo.add %139, %162 : tensor<1x1x160xf32>
    %164 = stablehlo.reshape %109 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %165 = stablehlo.reshape %110 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %166 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %167 = stablehlo.reshape %166 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %168 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %169 = stablehlo.reshape %168 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %170 = stablehlo.multiply %163, %163 : tensor<1x1x160xf32>
    %171 = stablehlo.constant dense<0.0> : tensor<f32>
    %172 = stablehlo.reduce(%170 init: %171) applies stablehlo.add across dimensions = [2] : (tensor<1x1x160xf32>, tensor<f32>) -> tensor<1x1xf32>
    %173 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %175 = stablehlo.multiply %172, %174 : tensor<1x1xf32>
    %176 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %178 = stablehlo.add %175, %177 : tensor<1x1xf32>
    %179 = stablehlo.rsqrt %178 : tensor<1x1xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x160xf32>
    %181 = stablehlo.multiply %163, %180 : tensor<1x1x160xf32>
    %182 = stablehlo.broadcast_in_dim %model.layers.1.input_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x1x160xf32>
    %183 = stablehlo.multiply %181, %182 : tensor<1x1x160xf32>
    %184 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %183, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<384x160xf32>, tensor<1x1x160xf32>) -> tensor<384x1x1xf32>
    %185 = stablehlo.reshape %184 : (tensor<384x1x1xf32>) -> tensor<1x1x384xf32>
    %186 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %183, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x160xf32>, tensor<1x1x160xf32>) -> tensor<24x1x1xf32>
    %187 = stablehlo.reshape %186 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %188 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %183, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x160xf32>, tensor<1x1x160xf32>) -> tensor<24x1x1xf32>
    %189 = stablehlo.reshape %188 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %190 = stablehlo.reshape %185 : (tensor<1x1x384xf32>) -> tensor<1x1x32x12xf32>
    %191 = stablehlo.reshape %187 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %192 = stablehlo.reshape %189 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %193 = "stablehlo.slice"(%190) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 32, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x32x12xf32>) -> tensor<1x1x32x6xf32>
    %194 = "stablehlo.slice"(%190) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 32, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x32x12xf32>) -> tensor<1x1x32x6xf32>
    %195 = stablehlo.negate %194 : tensor<1x1x32x6xf32>
    %196 = stablehlo.concatenate %195, %193, dim = 3 : (tensor<1x1x32x6xf32>, tensor<1x1x32x6xf32>) -> tensor<1x1x32x12xf32>
    %197 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x32x12xf32>
    %198 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x32x12xf32>
    %199 = stablehlo.multiply %190, %197 : tensor<1x1x32x12xf32>
    %200 = stablehlo.multiply %196, %198 : tensor<1x1x32x12xf32>
    %201 = stablehlo.add %199, %200 : tensor<1x1x32x12xf32>
    %202 = "stablehlo.slice"(%191) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %203 = "stablehlo.slice"(%191) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %204 = stablehlo.negate %203 : tensor<1x1x2x6xf32>
    %205 = stablehlo.concatenate %204, %202, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %206 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %207 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %208 = stablehlo.multiply %191, %206 : tensor<1x1x2x12xf32>
    %209 = stablehlo.multiply %205, %207 : tensor<1x1x2x12xf32>
    %210 = stablehlo.add %208, %209 : tensor<1x1x2x12xf32>
    %211 = stablehlo.reshape %201 : (tensor<1x1x32x12xf32>) -> tensor<1x1x2x16x12xf32>
    %212 = stablehlo.transpose %211, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %213 = stablehlo.transpose %210, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %214 = stablehlo.transpose %192, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %215 = stablehlo.dot_general %212, %213, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x1xf32>
    %216 = stablehlo.dot_general %212, %167, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x16xf32>
    %217 = stablehlo.concatenate %216, %215, dim = 4 : (tensor<1x2x1x16x16xf32>, tensor<1x2x1x16x1xf32>) -> tensor<1x2x1x16x17xf32>
    %218 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %220 = stablehlo.multiply %217, %219 : tensor<1x2x1x16x17xf32>
    %221 = stablehlo.broadcast_in_dim %61, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x16x17xi1>
    %222 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [] : (tensor<f32>) -> tensor<1x2x1x16x17xf32>
    %224 = stablehlo.select %221, %220, %223 : (tensor<1x2x1x16x17xi1>, tensor<1x2x1x16x17xf32>, tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x17xf32>
    %225 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %226 = stablehlo.reduce(%224 init: %225) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %228 = stablehlo.subtract %224, %227 : tensor<1x2x1x16x17xf32>
    %229 = stablehlo.exponential %228 : tensor<1x2x1x16x17xf32>
    %230 = stablehlo.constant dense<0.0> : tensor<f32>
    %231 = stablehlo.reduce(%229 init: %230) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x16x17xf32>, tensor<f32>) -> tensor<1x2x1x16xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2, 3] : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x16x17xf32>
    %233 = stablehlo.divide %229, %232 : tensor<1x2x1x16x17xf32>
    %234 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x16xf32>
    %235 = "stablehlo.slice"(%233) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 16, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x17xf32>) -> tensor<1x2x1x16x1xf32>
    %236 = stablehlo.dot_general %234, %169, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %237 = stablehlo.dot_general %235, %214, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x16x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x16x12xf32>
    %238 = stablehlo.add %236, %237 : tensor<1x2x1x16x12xf32>
    %239 = stablehlo.transpose %238, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %240 = stablehlo.reshape %239 : (tensor<1x1x2x16x12xf32>) -> tensor<1x1x384xf32>
    %241 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %240, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<160x384xf32>, tensor<1x1x384xf32>) -> tensor<160x1x1xf32>
    %242 = stablehlo.reshape %241 : (tensor<160x1x1xf32>) -> tensor<1x1x160xf32>
    %243 = stablehlo.add %163, %242 : tensor<1x1x160xf32>
    %244 = stablehlo.multiply %243, %243 : tensor<1x1x160xf32>
    %245 = stablehlo.constant dense<0.0> : tensor<f32>
    %246 = stablehlo.reduce(%244 init: %245) applies stablehlo.add across dimensions = [2] : (tensor<1x1x160xf32>, tensor<f32>) -> tensor<1x1xf32>
    %247 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %249 = stablehlo.multiply %246, %248 : tensor<1x1xf32>
    %250 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %252 = stablehlo.add %249, %251 : tensor<1x1xf32>
    %253 = stablehlo.rsqrt %252 : tensor<1x1xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x160xf32>
    %255 = stablehlo.multiply %243, %254 : tensor<1x1x160xf32>
    %256 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x1x160xf32>
    %257 = stablehlo.multiply %255, %256 : tensor<1x1x160xf32>
    %258 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %257, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x160xf32>, tensor<1x1x160xf32>) -> tensor<56x1x1xf32>
    %259 = stablehlo.reshape %258 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %260 = stablehlo.logistic %259 : tensor<1x1x56xf32>
    %261 = stablehlo.multiply %259, %260 : tensor<1x1x56xf32>
    %262 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %257, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x160xf32>, tensor<1x1x160xf32>) -> tensor<56x1x1xf32>
    %263 = stablehlo.reshape %262 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %264 = stablehlo.multiply %261, %263 : tensor<1x1x56xf32>
    %265 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %264, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<160x56xf32>, tensor<1x1x56xf32>) -> tensor<160x1x1xf32>
    %266 = stablehlo.reshape %265 : (tensor<160x1x1xf32>) -> tensor<1x1x160xf32>
    %267 = stablehlo.add %243, %266 : tensor<1x1x160xf32>
    %268 = stablehlo.reshape %213 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %269 = stablehlo.reshape %214 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %270 = stablehlo.multiply %267, %267 : tensor<1x1x160xf32>
    %271 = stablehlo.constant dense<0.0> : tensor<f32>
    %272 = stablehlo.reduce(%270 init: %271) applies stablehlo.add across dimensions = [2] : (tensor<1x1x160xf32>, tensor<f32>) -> tensor<1x1xf32>
    %273 = stablehlo.constant dense<0.0062500000931322575> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<1x1xf32>
    %276 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %278 = stablehlo.add %275, %277 : tensor<1x1xf32>
    %279 = stablehlo.rsqrt %278 : tensor<1x1xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x160xf32>
    %281 = stablehlo.multiply %267, %280 : tensor<1x1x160xf32>
    %282 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<160xf32>) -> tensor<1x1x160xf32>
    %283 = stablehlo.multiply %281, %282 : tensor<1x1x160xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %284 = stablehlo.concatenate %164, %268, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %285 = stablehlo.constant dense<0> : tensor<i32>
    %286 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %287 = stablehlo.dynamic_update_slice %2, %284, %285, %285, %285, %286, %285 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %288 = stablehlo.concatenate %165, %269, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %289 = stablehlo.constant dense<0> : tensor<i32>
    %290 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %291 = stablehlo.dynamic_update_slice %3, %288, %289, %289, %289, %290, %289 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %292 = stablehlo.reshape %283 : (tensor<1x1x160xf32>) -> tensor<160xf32>
    %293 = stablehlo.dot_general %lm_head.weight, %292, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x160xf32>, tensor<160xf32>) -> tensor<97xf32>
    %294 = stablehlo.reshape %287 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %295 = stablehlo.reshape %291 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %293, %294, %295 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
