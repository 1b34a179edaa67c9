// gemma2 ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @gemma2_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%model.embed_tokens.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<3x1x1xi32>) -> tensor<3x1x20xf32>
    %3 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<3x1x20xf32>
    %5 = stablehlo.multiply %2, %4 : tensor<3x1x20xf32>
    %6 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %7 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %8 = stablehlo.add %6, %7 : tensor<3x1xi32>
    %9 = stablehlo.constant dense<[1.0, 0.2154434472322464, 0.04641588404774666, 0.009999999776482582, 0.002154434332624078, 0.00046415894757956266]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<3x1x6xf32>
    %14 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %16 = stablehlo.multiply %13, %15 : tensor<3x1x6xf32>
    %17 = stablehlo.round_nearest_even %16 : tensor<3x1x6xf32>
    %18 = stablehlo.constant dense<6.28125> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %20 = stablehlo.multiply %17, %19 : tensor<3x1x6xf32>
    %21 = stablehlo.subtract %13, %20 : tensor<3x1x6xf32>
    %22 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %24 = stablehlo.multiply %17, %23 : tensor<3x1x6xf32>
    %25 = stablehlo.negate %24 : tensor<3x1x6xf32>
    %26 = stablehlo.add %21, %25 : tensor<3x1x6xf32>
    %27 = stablehlo.subtract %26, %21 : tensor<3x1x6xf32>
    %28 = stablehlo.subtract %26, %27 : tensor<3x1x6xf32>
    %29 = stablehlo.subtract %21, %28 : tensor<3x1x6xf32>
    %30 = stablehlo.subtract %25, %27 : tensor<3x1x6xf32>
    %31 = stablehlo.add %29, %30 : tensor<3x1x6xf32>
    %32 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %34 = stablehlo.multiply %17, %33 : tensor<3x1x6xf32>
    %35 = stablehlo.negate %34 : tensor<3x1x6xf32>
    %36 = stablehlo.add %26, %35 : tensor<3x1x6xf32>
    %37 = stablehlo.subtract %36, %26 : tensor<3x1x6xf32>
    %38 = stablehlo.subtract %36, %37 : tensor<3x1x6xf32>
    %39 = stablehlo.subtract %26, %38 : tensor<3x1x6xf32>
    %40 = stablehlo.subtract %35, %37 : tensor<3x1x6xf32>
    %41 = stablehlo.add %39, %40 : tensor<3x1x6xf32>
    %42 = stablehlo.add %31, %41 : tensor<3x1x6xf32>
    %43 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %45 = stablehlo.multiply %17, %44 : tensor<3x1x6xf32>
    %46 = stablehlo.subtract %42, %45 : tensor<3x1x6xf32>
    %47 = stablehlo.cosine %36 : tensor<3x1x6xf32>
    %48 = stablehlo.sine %36 : tensor<3x1x6xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<3x1x6xf32>
    %50 = stablehlo.subtract %47, %49 : tensor<3x1x6xf32>
    %51 = stablehlo.multiply %46, %47 : tensor<3x1x6xf32>
    %52 = stablehlo.add %48, %51 : tensor<3x1x6xf32>
    %53 = stablehlo.concatenate %50, %50, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %54 = stablehlo.concatenate %52, %52, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %55 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %56 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %57 = stablehlo.compare LE, %56, %55, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %58 = stablehlo.subtract %55, %56 : tensor<3x1x1xi32>
    %59 = stablehlo.constant dense<5> : tensor<i32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %61 = stablehlo.compare LT, %58, %60, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %62 = stablehlo.and %57, %61 : tensor<3x1x1xi1>
    %63 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %64 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %65 = stablehlo.compare LT, %63, %64, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %66 = stablehlo.concatenate %65, %57, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %67 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %68 = stablehlo.add %64, %67 : tensor<3x1x16xi32>
    %69 = stablehlo.subtract %68, %63 : tensor<3x1x16xi32>
    %70 = stablehlo.constant dense<5> : tensor<i32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %72 = stablehlo.compare LT, %69, %71, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %73 = stablehlo.and %65, %72 : tensor<3x1x16xi1>
    %74 = stablehlo.concatenate %73, %62, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %75 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %76 = stablehlo.reshape %75 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %77 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %78 = stablehlo.reshape %77 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %79 = stablehlo.multiply %5, %5 : tensor<3x1x20xf32>
    %80 = stablehlo.constant dense<0.0> : tensor<f32>
    %81 = stablehlo.reduce(%79 init: %80) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %82 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %84 = stablehlo.multiply %81, %83 : tensor<3x1xf32>
    %85 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %87 = stablehlo.add %84, %86 : tensor<3x1xf32>
    %88 = stablehlo.rsqrt %87 : tensor<3x1xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %90 = stablehlo.multiply %5, %89 : tensor<3x1x20xf32>
    %91 = stablehlo.constant dense<1.0> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %93 = stablehlo.add %model.layers.0.input_layernorm.weight, %92 : tensor<20xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %95 = stablehlo.multiply %90, %94 : tensor<3x1x20xf32>
    %96 = stablehlo.dot_general %95, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %97 = stablehlo.dot_general %95, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %98 = stablehlo.dot_general %95, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %99 = stablehlo.reshape %96 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %100 = stablehlo.reshape %97 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %101 = stablehlo.reshape %98 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %102 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %103 = "stablehlo.slice"(%99) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %104 = stablehlo.negate %103 : tensor<3x1x4x6xf32>
    %105 = stablehlo.concatenate %104, %102, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %106 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %107 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %108 = stablehlo.multiply %99, %106 : tensor<3x1x4x12xf32>
    %109 = stablehlo.multiply %105, %107 : tensor<3x1x4x12xf32>
    %110 = stablehlo.add %108, %109 : tensor<3x1x4x12xf32>
    %111 = "stablehlo.slice"(%100) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %112 = "stablehlo.slice"(%100) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %113 = stablehlo.negate %112 : tensor<3x1x2x6xf32>
    %114 = stablehlo.concatenate %113, %111, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %115 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %116 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %117 = stablehlo.multiply %100, %115 : tensor<3x1x2x12xf32>
    %118 = stablehlo.multiply %114, %116 : tensor<3x1x2x12xf32>
    %119 = stablehlo.add %117, %118 : tensor<3x1x2x12xf32>
    %120 = stablehlo.reshape %110 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %121 = stablehlo.transpose %120, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %122 = stablehlo.transpose %119, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %123 = stablehlo.transpose %101, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %124 = stablehlo.dot_general %121, %122, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %125 = stablehlo.dot_general %121, %76, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %126 = stablehlo.concatenate %125, %124, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %127 = stablehlo.constant dense<0.0625> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<3x2x1x2x17xf32>
    %130 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<3x2x1x2x17xf32>
    %133 = stablehlo.tanh %132 : tensor<3x2x1x2x17xf32>
    %134 = stablehlo.constant dense<50.0> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %136 = stablehlo.multiply %133, %135 : tensor<3x2x1x2x17xf32>
    %137 = stablehlo.broadcast_in_dim %74, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %138 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %140 = stablehlo.select %137, %136, %139 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %141 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %142 = stablehlo.reduce(%140 init: %141) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %144 = stablehlo.subtract %140, %143 : tensor<3x2x1x2x17xf32>
    %145 = stablehlo.exponential %144 : tensor<3x2x1x2x17xf32>
    %146 = stablehlo.constant dense<0.0> : tensor<f32>
    %147 = stablehlo.reduce(%145 init: %146) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %149 = stablehlo.divide %145, %148 : tensor<3x2x1x2x17xf32>
    %150 = "stablehlo.slice"(%149) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %151 = "stablehlo.slice"(%149) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %152 = stablehlo.dot_general %150, %78, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %153 = stablehlo.dot_general %151, %123, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %154 = stablehlo.add %152, %153 : tensor<3x2x1x2x12xf32>
    %155 = stablehlo.transpose %154, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %156 = stablehlo.reshape %155 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %157 = stablehlo.dot_general %156, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %158 = stablehlo.multiply %157, %157 : tensor<3x1x20xf32>
    %159 = stablehlo.constant dense<0.0> : tensor<f32>
    %160 = stablehlo.reduce(%158 init: %159) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %161 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %163 = stablehlo.multiply %160, %162 : tensor<3x1xf32>
    %164 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %166 = stablehlo.add %163, %165 : tensor<3x1xf32>
    %167 = stablehlo.rsqrt %166 : tensor<3x1xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %169 = stablehlo.multiply %157, %168 : tensor<3x1x20xf32>
    %170 = stablehlo.constant dense<1.0> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %172 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %171 : tensor<20xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %174 = stablehlo.multiply %169, %173 : tensor<3x1x20xf32>
    %175 = stablehlo.add %5, %174 : tensor<3x1x20xf32>
    %176 = stablehlo.multiply %175, %175 : tensor<3x1x20xf32>
    %177 = stablehlo.constant dense<0.0> : tensor<f32>
    %178 = stablehlo.reduce(%176 init: %177) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %179 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %181 = stablehlo.multiply %178, %180 : tensor<3x1xf32>
    %182 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %184 = stablehlo.add %181, %183 : tensor<3x1xf32>
    %185 = stablehlo.rsqrt %184 : tensor<3x1xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %187 = stablehlo.multiply %175, %186 : tensor<3x1x20xf32>
    %188 = stablehlo.constant dense<1.0> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %190 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %189 : tensor<20xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %192 = stablehlo.multiply %187, %191 : tensor<3x1x20xf32>
    %193 = stablehlo.dot_general %192, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %194 = stablehlo.multiply %193, %193 : tensor<3x1x56xf32>
    %195 = stablehlo.multiply %194, %193 : tensor<3x1x56xf32>
    %196 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %198 = stablehlo.multiply %195, %197 : tensor<3x1x56xf32>
    %199 = stablehlo.add %193, %198 : tensor<3x1x56xf32>
    %200 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %202 = stablehlo.multiply %199, %201 : tensor<3x1x56xf32>
    %203 = stablehlo.constant dense<0.5> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %205 = stablehlo.multiply %193, %204 : tensor<3x1x56xf32>
    %206 = stablehlo.tanh %202 : tensor<3x1x56xf32>
    %207 = stablehlo.constant dense<1.0> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %209 = stablehlo.add %206, %208 : tensor<3x1x56xf32>
    %210 = stablehlo.multiply %205, %209 : tensor<3x1x56xf32>
    %211 = stablehlo.dot_general %192, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %212 = stablehlo.multiply %210, %211 : tensor<3x1x56xf32>
    %213 = stablehlo.dot_general %212, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %214 = stablehlo.multiply %213, %213 : tensor<3x1x20xf32>
    %215 = stablehlo.constant dense<0.0> : tensor<f32>
    %216 = stablehlo.reduce(%214 init: %215) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %217 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %219 = stablehlo.multiply %216, %218 : tensor<3x1xf32>
    %220 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %222 = stablehlo.add %219, %221 : tensor<3x1xf32>
    %223 = stablehlo.rsqrt %222 : tensor<3x1xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %225 = stablehlo.multiply %213, %224 : tensor<3x1x20xf32>
    %226 = stablehlo.constant dense<1.0> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %228 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %227 : tensor<20xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %230 = stablehlo.multiply %225, %229 : tensor<3x1x20xf32>
    %231 = stablehlo.add %175, %230 : tensor<3x1x20xf32>
    %232 = stablehlo.reshape %122 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %233 = stablehlo.reshape %123 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %234 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %235 = stablehlo.reshape %234 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %236 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %237 = stablehlo.reshape %236 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %238 = stablehlo.multiply %231, %231 : tensor<3x1x20xf32>
    %239 = stablehlo.constant dense<0.0> : tensor<f32>
    %240 = stablehlo.reduce(%238 init: %239) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %241 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %243 = stablehlo.multiply %240, %242 : tensor<3x1xf32>
    %244 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %246 = stablehlo.add %243, %245 : tensor<3x1xf32>
    %247 = stablehlo.rsqrt %246 : tensor<3x1xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %249 = stablehlo.multiply %231, %248 : tensor<3x1x20xf32>
    %250 = stablehlo.constant dense<1.0> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %252 = stablehlo.add %model.layers.1.input_layernorm.weight, %251 : tensor<20xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %254 = stablehlo.multiply %249, %253 : tensor<3x1x20xf32>
    %255 = stablehlo.dot_general %254, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %256 = stablehlo.dot_general %254, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %257 = stablehlo.dot_general %254, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<24x20xf32>) -> tensor<3x1x24xf32>
    %258 = stablehlo.reshape %255 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %259 = stablehlo.reshape %256 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %260 = stablehlo.reshape %257 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %261 = "stablehlo.slice"(%258) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %262 = "stablehlo.slice"(%258) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %263 = stablehlo.negate %262 : tensor<3x1x4x6xf32>
    %264 = stablehlo.concatenate %263, %261, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %265 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %266 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %267 = stablehlo.multiply %258, %265 : tensor<3x1x4x12xf32>
    %268 = stablehlo.multiply %264, %266 : tensor<3x1x4x12xf32>
    %269 = stablehlo.add %267, %268 : tensor<3x1x4x12xf32>
    %270 = "stablehlo.slice"(%259) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %271 = "stablehlo.slice"(%259) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %272 = stablehlo.negate %271 : tensor<3x1x2x6xf32>
    %273 = stablehlo.concatenate %272, %270, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %274 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %275 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %276 = stablehlo.multiply %259, %274 : tensor<3x1x2x12xf32>
    %277 = stablehlo.multiply %273, %275 : tensor<3x1x2x12xf32>
    %278 = stablehlo.add %276, %277 : tensor<3x1x2x12xf32>
    %279 = stablehlo.reshape %269 : (tensor<3x1x4x12xf32>) -> tensor<3x1x2x2x12xf32>
    %280 = stablehlo.transpose %279, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x1x2x12xf32>
    %281 = stablehlo.transpose %278, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %282 = stablehlo.transpose %260, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %283 = stablehlo.dot_general %280, %281, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x1xf32>
    %284 = stablehlo.dot_general %280, %235, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x16xf32>
    %285 = stablehlo.concatenate %284, %283, dim = 4 : (tensor<3x2x1x2x16xf32>, tensor<3x2x1x2x1xf32>) -> tensor<3x2x1x2x17xf32>
    %286 = stablehlo.constant dense<0.0625> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %288 = stablehlo.multiply %285, %287 : tensor<3x2x1x2x17xf32>
    %289 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %291 = stablehlo.multiply %288, %290 : tensor<3x2x1x2x17xf32>
    %292 = stablehlo.tanh %291 : tensor<3x2x1x2x17xf32>
    %293 = stablehlo.constant dense<50.0> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %295 = stablehlo.multiply %292, %294 : tensor<3x2x1x2x17xf32>
    %296 = stablehlo.broadcast_in_dim %66, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x2x17xi1>
    %297 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [] : (tensor<f32>) -> tensor<3x2x1x2x17xf32>
    %299 = stablehlo.select %296, %295, %298 : (tensor<3x2x1x2x17xi1>, tensor<3x2x1x2x17xf32>, tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x17xf32>
    %300 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %301 = stablehlo.reduce(%299 init: %300) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %302 = stablehlo.broadcast_in_dim %301, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %303 = stablehlo.subtract %299, %302 : tensor<3x2x1x2x17xf32>
    %304 = stablehlo.exponential %303 : tensor<3x2x1x2x17xf32>
    %305 = stablehlo.constant dense<0.0> : tensor<f32>
    %306 = stablehlo.reduce(%304 init: %305) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x2x17xf32>, tensor<f32>) -> tensor<3x2x1x2xf32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [0, 1, 2, 3] : (tensor<3x2x1x2xf32>) -> tensor<3x2x1x2x17xf32>
    %308 = stablehlo.divide %304, %307 : tensor<3x2x1x2x17xf32>
    %309 = "stablehlo.slice"(%308) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x16xf32>
    %310 = "stablehlo.slice"(%308) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 2, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x2x17xf32>) -> tensor<3x2x1x2x1xf32>
    %311 = stablehlo.dot_general %309, %237, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x2x12xf32>
    %312 = stablehlo.dot_general %310, %282, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x2x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x2x12xf32>
    %313 = stablehlo.add %311, %312 : tensor<3x2x1x2x12xf32>
    %314 = stablehlo.transpose %313, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %315 = stablehlo.reshape %314 : (tensor<3x1x2x2x12xf32>) -> tensor<3x1x48xf32>
    %316 = stablehlo.dot_general %315, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %317 = stablehlo.multiply %316, %316 : tensor<3x1x20xf32>
    %318 = stablehlo.constant dense<0.0> : tensor<f32>
    %319 = stablehlo.reduce(%317 init: %318) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %320 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %322 = stablehlo.multiply %319, %321 : tensor<3x1xf32>
    %323 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %325 = stablehlo.add %322, %324 : tensor<3x1xf32>
    %326 = stablehlo.rsqrt %325 : tensor<3x1xf32>
    %327 = stablehlo.broadcast_in_dim %326, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %328 = stablehlo.multiply %316, %327 : tensor<3x1x20xf32>
    %329 = stablehlo.constant dense<1.0> : tensor<f32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %331 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %330 : tensor<20xf32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %333 = stablehlo.multiply %328, %332 : tensor<3x1x20xf32>
    %334 = stablehlo.add %231, %333 : tensor<3x1x20xf32>
    %335 = stablehlo.multiply %334, %334 : tensor<3x1x20xf32>
    %336 = stablehlo.constant dense<0.0> : tensor<f32>
    %337 = stablehlo.reduce(%335 init: %336) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %338 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %340 = stablehlo.multiply %337, %339 : tensor<3x1xf32>
    %341 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %343 = stablehlo.add %340, %342 : tensor<3x1xf32>
    %344 = stablehlo.rsqrt %343 : tensor<3x1xf32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %346 = stablehlo.multiply %334, %345 : tensor<3x1x20xf32>
    %347 = stablehlo.constant dense<1.0> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %349 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %348 : tensor<20xf32>
    %350 = stablehlo.broadcast_in_dim %349, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %351 = stablehlo.multiply %346, %350 : tensor<3x1x20xf32>
    %352 = stablehlo.dot_general %351, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %353 = stablehlo.multiply %352, %352 : tensor<3x1x56xf32>
    %354 = stablehlo.multiply %353, %352 : tensor<3x1x56xf32>
    %355 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %357 = stablehlo.multiply %354, %356 : tensor<3x1x56xf32>
    %358 = stablehlo.add %352, %357 : tensor<3x1x56xf32>
    %359 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %361 = stablehlo.multiply %358, %360 : tensor<3x1x56xf32>
    %362 = stablehlo.constant dense<0.5> : tensor<f32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %364 = stablehlo.multiply %352, %363 : tensor<3x1x56xf32>
    %365 = stablehlo.tanh %361 : tensor<3x1x56xf32>
    %366 = stablehlo.constant dense<1.0> : tensor<f32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %368 = stablehlo.add %365, %367 : tensor<3x1x56xf32>
    %369 = stablehlo.multiply %364, %368 : tensor<3x1x56xf32>
    %370 = stablehlo.dot_general %351, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %371 = stablehlo.multiply %369, %370 : tensor<3x1x56xf32>
    %372 = stablehlo.dot_general %371, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %373 = stablehlo.multiply %372, %372 : tensor<3x1x20xf32>
    %374 = stablehlo.constant dense<0.0> : tensor<f32>
    %375 = stablehlo.reduce(%373 init: %374) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %376 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %377 = stablehlo.broadcast_in_dim %376, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %378 = stablehlo.multiply %375, %377 : tensor<3x1xf32>
    %379 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %379, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %381 = stablehlo.add %378, %380 : tensor<3x1xf32>
    %382 = stablehlo.rsqrt %381 : tensor<3x1xf32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %384 = stablehlo.multiply %372, %383 : tensor<3x1x20xf32>
    %385 = stablehlo.constant dense<1.0> : tensor<f32>
    %386 = stablehlo.broadcast_in_dim %385, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %387 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %386 : tensor<20xf32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %389 = stablehlo.multiply %384, %388 : tensor<3x1x20xf32>
    %390 = stablehlo.add %334, %389 : tensor<3x1x20xf32>
    %391 = stablehlo.reshape %281 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %392 = stablehlo.reshape %282 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %393 = stablehlo.multiply %390, %390 : tensor<3x1x20xf32>
    %394 = stablehlo.constant dense<0.0> : tensor<f32>
    %395 = stablehlo.reduce(%393 init: %394) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %396 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %396, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %398 = stablehlo.multiply %395, %397 : tensor<3x1xf32>
    %399 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %401 = stablehlo.add %398, %400 : tensor<3x1xf32>
    %402 = stablehlo.rsqrt %401 : tensor<3x1xf32>
    %403 = stablehlo.broadcast_in_dim %402, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %404 = stablehlo.multiply %390, %403 : tensor<3x1x20xf32>
    %405 = stablehlo.constant dense<1.0> : tensor<f32>
    %406 = stablehlo.broadcast_in_dim %405, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %407 = stablehlo.add %model.norm.weight, %406 : tensor<20xf32>
    %408 = stablehlo.broadcast_in_dim %407, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %409 = stablehlo.multiply %404, %408 : tensor<3x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %410 = stablehlo.concatenate %232, %391, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %411 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %412 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %413 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %414 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %415 = stablehlo.concatenate %411, %412, %413, %414, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %416 = stablehlo.reshape %410 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %417 = stablehlo.reshape %415 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %418 = "stablehlo.scatter"(%k_cache, %417, %416) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %419 = stablehlo.concatenate %233, %392, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %420 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %421 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %422 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %423 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %424 = stablehlo.concatenate %420, %421, %422, %423, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %425 = stablehlo.reshape %419 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %426 = stablehlo.reshape %424 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %427 = "stablehlo.scatter"(%v_cache, %426, %425) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %428 = stablehlo.reshape %409 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %429 = stablehlo.dot_general %428, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
    %430 = stablehlo.constant dense<0.03333333507180214> : tensor<f32>
    %431 = stablehlo.broadcast_in_dim %430, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %432 = stablehlo.multiply %429, %431 : tensor<3x97xf32>
    %433 = stablehlo.tanh %432 : tensor<3x97xf32>
    %434 = stablehlo.constant dense<30.0> : tensor<f32>
    %435 = stablehlo.broadcast_in_dim %434, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %436 = stablehlo.multiply %433, %435 : tensor<3x97xf32>
    %437 = stablehlo.constant dense<0> : tensor<i32>
    %438 = stablehlo.broadcast_in_dim %437, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %439 = stablehlo.compare NE, %active, %438, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %440 = stablehlo.broadcast_in_dim %439, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %441 = stablehlo.constant dense<0.0> : tensor<f32>
    %442 = stablehlo.broadcast_in_dim %441, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %443 = stablehlo.select %440, %436, %442 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %443, %418, %427 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
