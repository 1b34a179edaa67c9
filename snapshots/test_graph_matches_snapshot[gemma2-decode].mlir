// gemma2 decode: capacity=16 bucket=1 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @gemma2_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x1xi32>) -> tensor<1x1x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x1x1xi32>) -> tensor<1x1x20xf32>
    %6 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x1x20xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x1x20xf32>
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
    %61 = stablehlo.subtract %58, %59 : tensor<1x1x1xi32>
    %62 = stablehlo.constant dense<5> : tensor<i32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [] : (tensor<i32>) -> tensor<1x1x1xi32>
    %64 = stablehlo.compare LT, %61, %63, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %65 = stablehlo.and %60, %64 : tensor<1x1x1xi1>
    %66 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %67 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %68 = stablehlo.compare LT, %66, %67, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %69 = stablehlo.concatenate %68, %60, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    %70 = stablehlo.iota dim = 1 : tensor<1x1x16xi32>
    %71 = stablehlo.add %67, %70 : tensor<1x1x16xi32>
    %72 = stablehlo.subtract %71, %66 : tensor<1x1x16xi32>
    %73 = stablehlo.constant dense<5> : tensor<i32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<i32>) -> tensor<1x1x16xi32>
    %75 = stablehlo.compare LT, %72, %74, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %76 = stablehlo.and %68, %75 : tensor<1x1x16xi1>
    %77 = stablehlo.concatenate %76, %65, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: sliding_attention
    %78 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %80 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %82 = stablehlo.multiply %8, %8 : tensor<1x1x20xf32>
    %83 = stablehlo.constant dense<0.0> : tensor<f32>
    %84 = stablehlo.reduce(%82 init: %83) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %85 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %87 = stablehlo.multiply %84, %86 : tensor<1x1xf32>
    %88 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %90 = stablehlo.add %87, %89 : tensor<1x1xf32>
    %91 = stablehlo.rsqrt %90 : tensor<1x1xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %93 = stablehlo.multiply %8, %92 : tensor<1x1x20xf32>
    %94 = stablehlo.constant dense<1.0> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %96 = stablehlo.add %model.layers.0.input_layernorm.weight, %95 : tensor<20xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %98 = stablehlo.multiply %93, %97 : tensor<1x1x20xf32>
    %99 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %98, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %100 = stablehlo.reshape %99 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %101 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %98, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %102 = stablehlo.reshape %101 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %103 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %98, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %104 = stablehlo.reshape %103 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %105 = stablehlo.reshape %100 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %106 = stablehlo.reshape %102 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %107 = stablehlo.reshape %104 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %108 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %109 = "stablehlo.slice"(%105) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %110 = stablehlo.negate %109 : tensor<1x1x4x6xf32>
    %111 = stablehlo.concatenate %110, %108, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %112 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %113 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %114 = stablehlo.multiply %105, %112 : tensor<1x1x4x12xf32>
    %115 = stablehlo.multiply %111, %113 : tensor<1x1x4x12xf32>
    %116 = stablehlo.add %114, %115 : tensor<1x1x4x12xf32>
    %117 = "stablehlo.slice"(%106) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %118 = "stablehlo.slice"(%106) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %119 = stablehlo.negate %118 : tensor<1x1x2x6xf32>
    %120 = stablehlo.concatenate %119, %117, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %121 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %122 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %123 = stablehlo.multiply %106, %121 : tensor<1x1x2x12xf32>
    %124 = stablehlo.multiply %120, %122 : tensor<1x1x2x12xf32>
    %125 = stablehlo.add %123, %124 : tensor<1x1x2x12xf32>
    %126 = stablehlo.reshape %116 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %127 = stablehlo.transpose %126, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %128 = stablehlo.transpose %125, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %129 = stablehlo.transpose %107, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %130 = stablehlo.dot_general %127, %128, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %131 = stablehlo.dot_general %127, %79, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %132 = stablehlo.concatenate %131, %130, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %133 = stablehlo.constant dense<0.0625> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<1x2x1x2x17xf32>
    %136 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<1x2x1x2x17xf32>
    %139 = stablehlo.tanh %138 : tensor<1x2x1x2x17xf32>
    %140 = stablehlo.constant dense<50.0> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %142 = stablehlo.multiply %139, %141 : tensor<1x2x1x2x17xf32>
    %143 = stablehlo.broadcast_in_dim %77, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %144 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %146 = stablehlo.select %143, %142, %145 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %147 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %148 = stablehlo.reduce(%146 init: %147) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %150 = stablehlo.subtract %146, %149 : tensor<1x2x1x2x17xf32>
    %151 = stablehlo.exponential %150 : tensor<1x2x1x2x17xf32>
    %152 = stablehlo.constant dense<0.0> : tensor<f32>
    %153 = stablehlo.reduce(%151 init: %152) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %155 = stablehlo.divide %151, %154 : tensor<1x2x1x2x17xf32>
    %156 = "stablehlo.slice"(%155) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %157 = "stablehlo.slice"(%155) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %158 = stablehlo.dot_general %156, %81, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %159 = stablehlo.dot_general %157, %129, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %160 = stablehlo.add %158, %159 : tensor<1x2x1x2x12xf32>
    %161 = stablehlo.transpose %160, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %162 = stablehlo.reshape %161 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %163 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %162, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %164 = stablehlo.reshape %163 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %165 = stablehlo.multiply %164, %164 : tensor<1x1x20xf32>
    %166 = stablehlo.constant dense<0.0> : tensor<f32>
    %167 = stablehlo.reduce(%165 init: %166) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %168 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %170 = stablehlo.multiply %167, %169 : tensor<1x1xf32>
    %171 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %173 = stablehlo.add %170, %172 : tensor<1x1xf32>
    %174 = stablehlo.rsqrt %173 : tensor<1x1xf32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %176 = stablehlo.multiply %164, %175 : tensor<1x1x20xf32>
    %177 = stablehlo.constant dense<1.0> : tensor<f32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %179 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %178 : tensor<20xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %181 = stablehlo.multiply %176, %180 : tensor<1x1x20xf32>
    %182 = stablehlo.add %8, %181 : tensor<1x1x20xf32>
    %183 = stablehlo.multiply %182, %182 : tensor<1x1x20xf32>
    %184 = stablehlo.constant dense<0.0> : tensor<f32>
    %185 = stablehlo.reduce(%183 init: %184) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %186 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %188 = stablehlo.multiply %185, %187 : tensor<1x1xf32>
    %189 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %191 = stablehlo.add %188, %190 : tensor<1x1xf32>
    %192 = stablehlo.rsqrt %191 : tensor<1x1xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %194 = stablehlo.multiply %182, %193 : tensor<1x1x20xf32>
    %195 = stablehlo.constant dense<1.0> : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %197 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %196 : tensor<20xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %199 = stablehlo.multiply %194, %198 : tensor<1x1x20xf32>
    %200 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %199, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %201 = stablehlo.reshape %200 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %202 = stablehlo.multiply %201, %201 : tensor<1x1x56xf32>
    %203 = stablehlo.multiply %202, %201 : tensor<1x1x56xf32>
    %204 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %206 = stablehlo.multiply %203, %205 : tensor<1x1x56xf32>
    %207 = stablehlo.add %201, %206 : tensor<1x1x56xf32>
    %208 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %210 = stablehlo.multiply %207, %209 : tensor<1x1x56xf32>
    %211 = stablehlo.constant dense<0.5> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %213 = stablehlo.multiply %201, %212 : tensor<1x1x56xf32>
    %214 = stablehlo.tanh %210 : tensor<1x1x56xf32>
    %215 = stablehlo.constant dense<1.0> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %217 = stablehlo.add %214, %216 : tensor<1x1x56xf32>
    %218 = stablehlo.multiply %213, %217 : tensor<1x1x56xf32>
    %219 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %199, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %220 = stablehlo.reshape %219 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %221 = stablehlo.multiply %218, %220 : tensor<1x1x56xf32>
    %222 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %221, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %223 = stablehlo.reshape %222 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %224 = stablehlo.multiply %223, %223 : tensor<1x1x20xf32>
    %225 = stablehlo.constant dense<0.0> : tensor<f32>
    %226 = stablehlo.reduce(%224 init: %225) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %227 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %229 = stablehlo.multiply %226, %228 : tensor<1x1xf32>
    %230 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %232 = stablehlo.add %229, %231 : tensor<1x1xf32>
    %233 = stablehlo.rsqrt %232 : tensor<1x1xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %235 = stablehlo.multiply %223, %234 : tensor<1x1x20xf32>
    %236 = stablehlo.constant dense<1.0> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %238 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %237 : tensor<20xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %240 = stablehlo.multiply %235, %239 : tensor<1x1x20xf32>
    %241 = stablehlo.add %182, %240 : tensor<1x1x20xf32>
    %242 = stablehlo.reshape %128 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %243 = stablehlo.reshape %129 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    // layer 1: full_attention
    %244 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %245 = stablehlo.reshape %244 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %246 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %247 = stablehlo.reshape %246 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %248 = stablehlo.multiply %241, %241 : tensor<1x1x20xf32>
    %249 = stablehlo.constant dense<0.0> : tensor<f32>
    %250 = stablehlo.reduce(%248 init: %249) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %251 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %253 = stablehlo.multiply %250, %252 : tensor<1x1xf32>
    %254 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %256 = stablehlo.add %253, %255 : tensor<1x1xf32>
    %257 = stablehlo.rsqrt %256 : tensor<1x1xf32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %259 = stablehlo.multiply %241, %258 : tensor<1x1x20xf32>
    %260 = stablehlo.constant dense<1.0> : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %262 = stablehlo.add %model.layers.1.input_layernorm.weight, %261 : tensor<20xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %264 = stablehlo.multiply %259, %263 : tensor<1x1x20xf32>
    %265 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %264, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %266 = stablehlo.reshape %265 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %267 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %264, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %268 = stablehlo.reshape %267 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %269 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %264, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<24x20xf32>, tensor<1x1x20xf32>) -> tensor<24x1x1xf32>
    %270 = stablehlo.reshape %269 : (tensor<24x1x1xf32>) -> tensor<1x1x24xf32>
    %271 = stablehlo.reshape %266 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %272 = stablehlo.reshape %268 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %273 = stablehlo.reshape %270 : (tensor<1x1x24xf32>) -> tensor<1x1x2x12xf32>
    %274 = "stablehlo.slice"(%271) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %275 = "stablehlo.slice"(%271) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %276 = stablehlo.negate %275 : tensor<1x1x4x6xf32>
    %277 = stablehlo.concatenate %276, %274, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %278 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %279 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %280 = stablehlo.multiply %271, %278 : tensor<1x1x4x12xf32>
    %281 = stablehlo.multiply %277, %279 : tensor<1x1x4x12xf32>
    %282 = stablehlo.add %280, %281 : tensor<1x1x4x12xf32>
    %283 = "stablehlo.slice"(%272) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %284 = "stablehlo.slice"(%272) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x12xf32>) -> tensor<1x1x2x6xf32>
    %285 = stablehlo.negate %284 : tensor<1x1x2x6xf32>
    %286 = stablehlo.concatenate %285, %283, dim = 3 : (tensor<1x1x2x6xf32>, tensor<1x1x2x6xf32>) -> tensor<1x1x2x12xf32>
    %287 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %288 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x2x12xf32>
    %289 = stablehlo.multiply %272, %287 : tensor<1x1x2x12xf32>
    %290 = stablehlo.multiply %286, %288 : tensor<1x1x2x12xf32>
    %291 = stablehlo.add %289, %290 : tensor<1x1x2x12xf32>
    %292 = stablehlo.reshape %282 : (tensor<1x1x4x12xf32>) -> tensor<1x1x2x2x12xf32>
    %293 = stablehlo.transpose %292, dims = [0, 2, 1, 3, 4] : (tensor<1x1x2x2x12xf32>) -> tensor<1x2x1x2x12xf32>
    %294 = stablehlo.transpose %291, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %295 = stablehlo.transpose %273, dims = [0, 2, 1, 3] : (tensor<1x1x2x12xf32>) -> tensor<1x2x1x12xf32>
    %296 = stablehlo.dot_general %293, %294, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x1xf32>
    %297 = stablehlo.dot_general %293, %245, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x16xf32>
    %298 = stablehlo.concatenate %297, %296, dim = 4 : (tensor<1x2x1x2x16xf32>, tensor<1x2x1x2x1xf32>) -> tensor<1x2x1x2x17xf32>
    %299 = stablehlo.constant dense<0.0625> : tensor<f32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %301 = stablehlo.multiply %298, %300 : tensor<1x2x1x2x17xf32>
    %302 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %304 = stablehlo.multiply %301, %303 : tensor<1x2x1x2x17xf32>
    %305 = stablehlo.tanh %304 : tensor<1x2x1x2x17xf32>
    %306 = stablehlo.constant dense<50.0> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %308 = stablehlo.multiply %305, %307 : tensor<1x2x1x2x17xf32>
    %309 = stablehlo.broadcast_in_dim %69, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x2x1x2x17xi1>
    %310 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [] : (tensor<f32>) -> tensor<1x2x1x2x17xf32>
    %312 = stablehlo.select %309, %308, %311 : (tensor<1x2x1x2x17xi1>, tensor<1x2x1x2x17xf32>, tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x17xf32>
    %313 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %314 = stablehlo.reduce(%312 init: %313) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %316 = stablehlo.subtract %312, %315 : tensor<1x2x1x2x17xf32>
    %317 = stablehlo.exponential %316 : tensor<1x2x1x2x17xf32>
    %318 = stablehlo.constant dense<0.0> : tensor<f32>
    %319 = stablehlo.reduce(%317 init: %318) applies stablehlo.add across dimensions = [4] : (tensor<1x2x1x2x17xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
    %320 = stablehlo.broadcast_in_dim %319, dims = [0, 1, 2, 3] : (tensor<1x2x1x2xf32>) -> tensor<1x2x1x2x17xf32>
    %321 = stablehlo.divide %317, %320 : tensor<1x2x1x2x17xf32>
    %322 = "stablehlo.slice"(%321) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x16xf32>
    %323 = "stablehlo.slice"(%321) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x2x17xf32>) -> tensor<1x2x1x2x1xf32>
    %324 = stablehlo.dot_general %322, %247, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x1x2x12xf32>
    %325 = stablehlo.dot_general %323, %295, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x1x2x1xf32>, tensor<1x2x1x12xf32>) -> tensor<1x2x1x2x12xf32>
    %326 = stablehlo.add %324, %325 : tensor<1x2x1x2x12xf32>
    %327 = stablehlo.transpose %326, dims = [0, 2, 1, 3, 4] : (tensor<1x2x1x2x12xf32>) -> tensor<1x1x2x2x12xf32>
    %328 = stablehlo.reshape %327 : (tensor<1x1x2x2x12xf32>) -> tensor<1x1x48xf32>
    %329 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %328, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %330 = stablehlo.reshape %329 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %331 = stablehlo.multiply %330, %330 : tensor<1x1x20xf32>
    %332 = stablehlo.constant dense<0.0> : tensor<f32>
    %333 = stablehlo.reduce(%331 init: %332) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %334 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %336 = stablehlo.multiply %333, %335 : tensor<1x1xf32>
    %337 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %338 = stablehlo.broadcast_in_dim %337, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %339 = stablehlo.add %336, %338 : tensor<1x1xf32>
    %340 = stablehlo.rsqrt %339 : tensor<1x1xf32>
    %341 = stablehlo.broadcast_in_dim %340, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %342 = stablehlo.multiply %330, %341 : tensor<1x1x20xf32>
    %343 = stablehlo.constant dense<1.0> : tensor<f32>
    %344 = stablehlo.broadcast_in_dim %343, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %345 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %344 : tensor<20xf32>
    %346 = stablehlo.broadcast_in_dim %345, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %347 = stablehlo.multiply %342, %346 : tensor<1x1x20xf32>
    %348 = stablehlo.add %241, %347 : tensor<1x1x20xf32>
    %349 = stablehlo.multiply %348, %348 : tensor<1x1x20xf32>
    %350 = stablehlo.constant dense<0.0> : tensor<f32>
    %351 = stablehlo.reduce(%349 init: %350) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %352 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %354 = stablehlo.multiply %351, %353 : tensor<1x1xf32>
    %355 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %357 = stablehlo.add %354, %356 : tensor<1x1xf32>
    %358 = stablehlo.rsqrt %357 : tensor<1x1xf32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %360 = stablehlo.multiply %348, %359 : tensor<1x1x20xf32>
    %361 = stablehlo.constant dense<1.0> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %363 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %362 : tensor<20xf32>
    %364 = stablehlo.broadcast_in_dim %363, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %365 = stablehlo.multiply %360, %364 : tensor<1x1x20xf32>
    %366 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %365, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %367 = stablehlo.reshape %366 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %368 = stablehlo.multiply %367, %367 : tensor<1x1x56xf32>
    %369 = stablehlo.multiply %368, %367 : tensor<1x1x56xf32>
    %370 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %372 = stablehlo.multiply %369, %371 : tensor<1x1x56xf32>
    %373 = stablehlo.add %367, %372 : tensor<1x1x56xf32>
    %374 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %375 = stablehlo.broadcast_in_dim %374, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %376 = stablehlo.multiply %373, %375 : tensor<1x1x56xf32>
    %377 = stablehlo.constant dense<0.5> : tensor<f32>
    %378 = stablehlo.broadcast_in_dim %377, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %379 = stablehlo.multiply %367, %378 : tensor<1x1x56xf32>
    %380 = stablehlo.tanh %376 : tensor<1x1x56xf32>
    %381 = stablehlo.constant dense<1.0> : tensor<f32>
    %382 = stablehlo.broadcast_in_dim %381, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %383 = stablehlo.add %380, %382 : tensor<1x1x56xf32>
    %384 = stablehlo.multiply %379, %383 : tensor<1x1x56xf32>
    %385 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %365, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %386 = stablehlo.reshape %385 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %387 = stablehlo.multiply %384, %386 : tensor<1x1x56xf32>
    %388 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %387, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %389 = stablehlo.reshape %388 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %390 = stablehlo.multiply %389, %389 : tensor<1x1x20xf32>
    %391 = stablehlo.constant dense<0.0> : tensor<f32>
    %392 = stablehlo.reduce(%390 init: %391) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %393 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %394 = stablehlo.broadcast_in_dim %393, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %395 = stablehlo.multiply %392, %394 : tensor<1x1xf32>
    %396 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %396, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %398 = stablehlo.add %395, %397 : tensor<1x1xf32>
    %399 = stablehlo.rsqrt %398 : tensor<1x1xf32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %401 = stablehlo.multiply %389, %400 : tensor<1x1x20xf32>
    %402 = stablehlo.constant dense<1.0> : tensor<f32>
    %403 = stablehlo.broadcast_in_dim %402, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %404 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %403 : tensor<20xf32>
    %405 = stablehlo.broadcast_in_dim %404, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %406 = stablehlo.multiply %401, %405 : tensor<1x1x20xf32>
    %407 = stablehlo.add %348, %406 : tensor<1x1x20xf32>
    %408 = stablehlo.reshape %294 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %409 = stablehlo.reshape %295 : (tensor<1x2x1x12xf32>) -> tensor<1x1x2x1x12xf32>
    %410 = stablehlo.multiply %407, %407 : tensor<1x1x20xf32>
    %411 = stablehlo.constant dense<0.0> : tensor<f32>
    %412 = stablehlo.reduce(%410 init: %411) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %413 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %414 = stablehlo.broadcast_in_dim %413, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %415 = stablehlo.multiply %412, %414 : tensor<1x1xf32>
    %416 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %417 = stablehlo.broadcast_in_dim %416, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %418 = stablehlo.add %415, %417 : tensor<1x1xf32>
    %419 = stablehlo.rsqrt %418 : tensor<1x1xf32>
    %420 = stablehlo.broadcast_in_dim %419, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %421 = stablehlo.multiply %407, %420 : tensor<1x1x20xf32>
    %422 = stablehlo.constant dense<1.0> : tensor<f32>
    %423 = stablehlo.broadcast_in_dim %422, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %424 = stablehlo.add %model.norm.weight, %423 : tensor<20xf32>
    %425 = stablehlo.broadcast_in_dim %424, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %426 = stablehlo.multiply %421, %425 : tensor<1x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %427 = stablehlo.concatenate %242, %408, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %428 = stablehlo.constant dense<0> : tensor<i32>
    %429 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %430 = stablehlo.dynamic_update_slice %2, %427, %428, %428, %428, %429, %428 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %431 = stablehlo.concatenate %243, %409, dim = 1 : (tensor<1x1x2x1x12xf32>, tensor<1x1x2x1x12xf32>) -> tensor<1x2x2x1x12xf32>
    %432 = stablehlo.constant dense<0> : tensor<i32>
    %433 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %434 = stablehlo.dynamic_update_slice %3, %431, %432, %432, %432, %433, %432 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %435 = stablehlo.reshape %426 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %436 = stablehlo.dot_general %model.embed_tokens.weight, %435, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %437 = stablehlo.constant dense<0.03333333507180214> : tensor<f32>
    %438 = stablehlo.broadcast_in_dim %437, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %439 = stablehlo.multiply %436, %438 : tensor<97xf32>
    %440 = stablehlo.tanh %439 : tensor<97xf32>
    %441 = stablehlo.constant dense<30.0> : tensor<f32>
    %442 = stablehlo.broadcast_in_dim %441, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %443 = stablehlo.multiply %440, %442 : tensor<97xf32>
    %444 = stablehlo.reshape %430 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %445 = stablehlo.reshape %434 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %443, %444, %445 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
