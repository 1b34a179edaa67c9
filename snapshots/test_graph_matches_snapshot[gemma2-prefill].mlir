// gemma2 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=20 heads=4 kv_heads=2 head_dim=12 vocab=97
module @gemma2_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 20>, indices_are_sorted = false} : (tensor<97x20xf32>, tensor<1x8x1xi32>) -> tensor<1x8x20xf32>
    %6 = stablehlo.constant dense<4.4721360206604> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x8x20xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x8x20xf32>
    %9 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %10 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %11 = stablehlo.add %9, %10 : tensor<1x8xi32>
    %12 = stablehlo.constant dense<[1.0, 0.2154434472322464, 0.04641588404774666, 0.009999999776482582, 0.002154434332624078, 0.00046415894757956266]> : tensor<6xf32>
    %13 = stablehlo.convert %11 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %15 = stablehlo.broadcast_in_dim %12, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %16 = stablehlo.multiply %14, %15 : tensor<1x8x6xf32>
    %17 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %19 = stablehlo.multiply %16, %18 : tensor<1x8x6xf32>
    %20 = stablehlo.round_nearest_even %19 : tensor<1x8x6xf32>
    %21 = stablehlo.constant dense<6.28125> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %23 = stablehlo.multiply %20, %22 : tensor<1x8x6xf32>
    %24 = stablehlo.subtract %16, %23 : tensor<1x8x6xf32>
    %25 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %27 = stablehlo.multiply %20, %26 : tensor<1x8x6xf32>
    %28 = stablehlo.negate %27 : tensor<1x8x6xf32>
    %29 = stablehlo.add %24, %28 : tensor<1x8x6xf32>
    %30 = stablehlo.subtract %29, %24 : tensor<1x8x6xf32>
    %31 = stablehlo.subtract %29, %30 : tensor<1x8x6xf32>
    %32 = stablehlo.subtract %24, %31 : tensor<1x8x6xf32>
    %33 = stablehlo.subtract %28, %30 : tensor<1x8x6xf32>
    %34 = stablehlo.add %32, %33 : tensor<1x8x6xf32>
    %35 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %37 = stablehlo.multiply %20, %36 : tensor<1x8x6xf32>
    %38 = stablehlo.negate %37 : tensor<1x8x6xf32>
    %39 = stablehlo.add %29, %38 : tensor<1x8x6xf32>
    %40 = stablehlo.subtract %39, %29 : tensor<1x8x6xf32>
    %41 = stablehlo.subtract %39, %40 : tensor<1x8x6xf32>
    %42 = stablehlo.subtract %29, %41 : tensor<1x8x6xf32>
    %43 = stablehlo.subtract %38, %40 : tensor<1x8x6xf32>
    %44 = stablehlo.add %42, %43 : tensor<1x8x6xf32>
    %45 = stablehlo.add %34, %44 : tensor<1x8x6xf32>
    %46 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %48 = stablehlo.multiply %20, %47 : tensor<1x8x6xf32>
    %49 = stablehlo.subtract %45, %48 : tensor<1x8x6xf32>
    %50 = stablehlo.cosine %39 : tensor<1x8x6xf32>
    %51 = stablehlo.sine %39 : tensor<1x8x6xf32>
    %52 = stablehlo.multiply %49, %51 : tensor<1x8x6xf32>
    %53 = stablehlo.subtract %50, %52 : tensor<1x8x6xf32>
    %54 = stablehlo.multiply %49, %50 : tensor<1x8x6xf32>
    %55 = stablehlo.add %51, %54 : tensor<1x8x6xf32>
    %56 = stablehlo.concatenate %53, %53, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %57 = stablehlo.concatenate %55, %55, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %58 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %59 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %60 = stablehlo.compare LE, %59, %58, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %61 = stablehlo.subtract %58, %59 : tensor<1x8x8xi32>
    %62 = stablehlo.constant dense<5> : tensor<i32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [] : (tensor<i32>) -> tensor<1x8x8xi32>
    %64 = stablehlo.compare LT, %61, %63, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %65 = stablehlo.and %60, %64 : tensor<1x8x8xi1>
    %66 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %67 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %68 = stablehlo.compare LT, %66, %67, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %69 = stablehlo.concatenate %68, %60, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    %70 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %71 = stablehlo.add %67, %70 : tensor<1x8x16xi32>
    %72 = stablehlo.subtract %71, %66 : tensor<1x8x16xi32>
    %73 = stablehlo.constant dense<5> : tensor<i32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<i32>) -> tensor<1x8x16xi32>
    %75 = stablehlo.compare LT, %72, %74, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %76 = stablehlo.and %68, %75 : tensor<1x8x16xi1>
    %77 = stablehlo.concatenate %76, %65, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: sliding_attention
    %78 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %80 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %82 = stablehlo.multiply %8, %8 : tensor<1x8x20xf32>
    %83 = stablehlo.constant dense<0.0> : tensor<f32>
    %84 = stablehlo.reduce(%82 init: %83) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %85 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %87 = stablehlo.multiply %84, %86 : tensor<1x8xf32>
    %88 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %90 = stablehlo.add %87, %89 : tensor<1x8xf32>
    %91 = stablehlo.rsqrt %90 : tensor<1x8xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %93 = stablehlo.multiply %8, %92 : tensor<1x8x20xf32>
    %94 = stablehlo.constant dense<1.0> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %96 = stablehlo.add %model.layers.0.input_layernorm.weight, %95 : tensor<20xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %98 = stablehlo.multiply %93, %97 : tensor<1x8x20xf32>
    %99 = stablehlo.dot_general %98, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %100 = stablehlo.dot_general %98, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %101 = stablehlo.dot_general %98, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %102 = stablehlo.reshape %99 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %103 = stablehlo.reshape %100 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %104 = stablehlo.reshape %101 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %105 = "stablehlo.slice"(%102) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %106 = "stablehlo.slice"(%102) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %107 = stablehlo.negate %106 : tensor<1x8x4x6xf32>
    %108 = stablehlo.concatenate %107, %105, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %109 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %110 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %111 = stablehlo.multiply %102, %109 : tensor<1x8x4x12xf32>
    %112 = stablehlo.multiply %108, %110 : tensor<1x8x4x12xf32>
    %113 = stablehlo.add %111, %112 : tensor<1x8x4x12xf32>
    %114 = "stablehlo.slice"(%103) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %115 = "stablehlo.slice"(%103) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %116 = stablehlo.negate %115 : tensor<1x8x2x6xf32>
    %117 = stablehlo.concatenate %116, %114, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %118 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %119 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %120 = stablehlo.multiply %103, %118 : tensor<1x8x2x12xf32>
    %121 = stablehlo.multiply %117, %119 : tensor<1x8x2x12xf32>
    %122 = stablehlo.add %120, %121 : tensor<1x8x2x12xf32>
    %123 = stablehlo.reshape %113 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %124 = stablehlo.transpose %123, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %125 = stablehlo.transpose %122, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %126 = stablehlo.transpose %104, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %127 = stablehlo.dot_general %124, %125, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %128 = stablehlo.dot_general %124, %79, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %129 = stablehlo.concatenate %128, %127, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %130 = stablehlo.constant dense<0.0625> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<1x2x8x2x24xf32>
    %133 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<1x2x8x2x24xf32>
    %136 = stablehlo.tanh %135 : tensor<1x2x8x2x24xf32>
    %137 = stablehlo.constant dense<50.0> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %139 = stablehlo.multiply %136, %138 : tensor<1x2x8x2x24xf32>
    %140 = stablehlo.broadcast_in_dim %77, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %141 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %143 = stablehlo.select %140, %139, %142 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %144 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %145 = stablehlo.reduce(%143 init: %144) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %147 = stablehlo.subtract %143, %146 : tensor<1x2x8x2x24xf32>
    %148 = stablehlo.exponential %147 : tensor<1x2x8x2x24xf32>
    %149 = stablehlo.constant dense<0.0> : tensor<f32>
    %150 = stablehlo.reduce(%148 init: %149) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %152 = stablehlo.divide %148, %151 : tensor<1x2x8x2x24xf32>
    %153 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %154 = "stablehlo.slice"(%152) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %155 = stablehlo.dot_general %153, %81, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %156 = stablehlo.dot_general %154, %126, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %157 = stablehlo.add %155, %156 : tensor<1x2x8x2x12xf32>
    %158 = stablehlo.transpose %157, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %160 = stablehlo.dot_general %159, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %161 = stablehlo.multiply %160, %160 : tensor<1x8x20xf32>
    %162 = stablehlo.constant dense<0.0> : tensor<f32>
    %163 = stablehlo.reduce(%161 init: %162) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %164 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %166 = stablehlo.multiply %163, %165 : tensor<1x8xf32>
    %167 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %169 = stablehlo.add %166, %168 : tensor<1x8xf32>
    %170 = stablehlo.rsqrt %169 : tensor<1x8xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %172 = stablehlo.multiply %160, %171 : tensor<1x8x20xf32>
    %173 = stablehlo.constant dense<1.0> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %175 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %174 : tensor<20xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %177 = stablehlo.multiply %172, %176 : tensor<1x8x20xf32>
    %178 = stablehlo.add %8, %177 : tensor<1x8x20xf32>
    %179 = stablehlo.multiply %178, %178 : tensor<1x8x20xf32>
    %180 = stablehlo.constant dense<0.0> : tensor<f32>
    %181 = stablehlo.reduce(%179 init: %180) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %182 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<1x8xf32>
    %185 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %187 = stablehlo.add %184, %186 : tensor<1x8xf32>
    %188 = stablehlo.rsqrt %187 : tensor<1x8xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %190 = stablehlo.multiply %178, %189 : tensor<1x8x20xf32>
    %191 = stablehlo.constant dense<1.0> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %193 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %192 : tensor<20xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %195 = stablehlo.multiply %190, %194 : tensor<1x8x20xf32>
    %196 = stablehlo.dot_general %195, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %197 = stablehlo.multiply %196, %196 : tensor<1x8x56xf32>
    %198 = stablehlo.multiply %197, %196 : tensor<1x8x56xf32>
    %199 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<1x8x56xf32>
    %202 = stablehlo.add %196, %201 : tensor<1x8x56xf32>
    %203 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %205 = stablehlo.multiply %202, %204 : tensor<1x8x56xf32>
    %206 = stablehlo.constant dense<0.5> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %208 = stablehlo.multiply %196, %207 : tensor<1x8x56xf32>
    %209 = stablehlo.tanh %205 : tensor<1x8x56xf32>
    %210 = stablehlo.constant dense<1.0> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %212 = stablehlo.add %209, %211 : tensor<1x8x56xf32>
    %213 = stablehlo.multiply %208, %212 : tensor<1x8x56xf32>
    %214 = stablehlo.dot_general %195, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %215 = stablehlo.multiply %213, %214 : tensor<1x8x56xf32>
    %216 = stablehlo.dot_general %215, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %217 = stablehlo.multiply %216, %216 : tensor<1x8x20xf32>
    %218 = stablehlo.constant dense<0.0> : tensor<f32>
    %219 = stablehlo.reduce(%217 init: %218) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %220 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %222 = stablehlo.multiply %219, %221 : tensor<1x8xf32>
    %223 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %225 = stablehlo.add %222, %224 : tensor<1x8xf32>
    %226 = stablehlo.rsqrt %225 : tensor<1x8xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %228 = stablehlo.multiply %216, %227 : tensor<1x8x20xf32>
    %229 = stablehlo.constant dense<1.0> : tensor<f32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %231 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %230 : tensor<20xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %233 = stablehlo.multiply %228, %232 : tensor<1x8x20xf32>
    %234 = stablehlo.add %178, %233 : tensor<1x8x20xf32>
    %235 = stablehlo.reshape %125 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %236 = stablehlo.reshape %126 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %237 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %238 = stablehlo.reshape %237 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %239 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %240 = stablehlo.reshape %239 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %241 = stablehlo.multiply %234, %234 : tensor<1x8x20xf32>
    %242 = stablehlo.constant dense<0.0> : tensor<f32>
    %243 = stablehlo.reduce(%241 init: %242) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %244 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %246 = stablehlo.multiply %243, %245 : tensor<1x8xf32>
    %247 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %249 = stablehlo.add %246, %248 : tensor<1x8xf32>
    %250 = stablehlo.rsqrt %249 : tensor<1x8xf32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %252 = stablehlo.multiply %234, %251 : tensor<1x8x20xf32>
    %253 = stablehlo.constant dense<1.0> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %255 = stablehlo.add %model.layers.1.input_layernorm.weight, %254 : tensor<20xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %257 = stablehlo.multiply %252, %256 : tensor<1x8x20xf32>
    %258 = stablehlo.dot_general %257, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %259 = stablehlo.dot_general %257, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %260 = stablehlo.dot_general %257, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<24x20xf32>) -> tensor<1x8x24xf32>
    %261 = stablehlo.reshape %258 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %262 = stablehlo.reshape %259 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %263 = stablehlo.reshape %260 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %264 = "stablehlo.slice"(%261) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %265 = "stablehlo.slice"(%261) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %266 = stablehlo.negate %265 : tensor<1x8x4x6xf32>
    %267 = stablehlo.concatenate %266, %264, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %268 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %269 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %270 = stablehlo.multiply %261, %268 : tensor<1x8x4x12xf32>
    %271 = stablehlo.multiply %267, %269 : tensor<1x8x4x12xf32>
    %272 = stablehlo.add %270, %271 : tensor<1x8x4x12xf32>
    %273 = "stablehlo.slice"(%262) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %274 = "stablehlo.slice"(%262) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %275 = stablehlo.negate %274 : tensor<1x8x2x6xf32>
    %276 = stablehlo.concatenate %275, %273, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %277 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %278 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %279 = stablehlo.multiply %262, %277 : tensor<1x8x2x12xf32>
    %280 = stablehlo.multiply %276, %278 : tensor<1x8x2x12xf32>
    %281 = stablehlo.add %279, %280 : tensor<1x8x2x12xf32>
    %282 = stablehlo.reshape %272 : (tensor<1x8x4x12xf32>) -> tensor<1x8x2x2x12xf32>
    %283 = stablehlo.transpose %282, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x2x12xf32>) -> tensor<1x2x8x2x12xf32>
    %284 = stablehlo.transpose %281, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %285 = stablehlo.transpose %263, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %286 = stablehlo.dot_general %283, %284, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x8xf32>
    %287 = stablehlo.dot_general %283, %238, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x16xf32>
    %288 = stablehlo.concatenate %287, %286, dim = 4 : (tensor<1x2x8x2x16xf32>, tensor<1x2x8x2x8xf32>) -> tensor<1x2x8x2x24xf32>
    %289 = stablehlo.constant dense<0.0625> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %291 = stablehlo.multiply %288, %290 : tensor<1x2x8x2x24xf32>
    %292 = stablehlo.constant dense<0.019999999552965164> : tensor<f32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %294 = stablehlo.multiply %291, %293 : tensor<1x2x8x2x24xf32>
    %295 = stablehlo.tanh %294 : tensor<1x2x8x2x24xf32>
    %296 = stablehlo.constant dense<50.0> : tensor<f32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %298 = stablehlo.multiply %295, %297 : tensor<1x2x8x2x24xf32>
    %299 = stablehlo.broadcast_in_dim %69, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x2x24xi1>
    %300 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [] : (tensor<f32>) -> tensor<1x2x8x2x24xf32>
    %302 = stablehlo.select %299, %298, %301 : (tensor<1x2x8x2x24xi1>, tensor<1x2x8x2x24xf32>, tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x24xf32>
    %303 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %304 = stablehlo.reduce(%302 init: %303) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %305 = stablehlo.broadcast_in_dim %304, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %306 = stablehlo.subtract %302, %305 : tensor<1x2x8x2x24xf32>
    %307 = stablehlo.exponential %306 : tensor<1x2x8x2x24xf32>
    %308 = stablehlo.constant dense<0.0> : tensor<f32>
    %309 = stablehlo.reduce(%307 init: %308) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x2x24xf32>, tensor<f32>) -> tensor<1x2x8x2xf32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [0, 1, 2, 3] : (tensor<1x2x8x2xf32>) -> tensor<1x2x8x2x24xf32>
    %311 = stablehlo.divide %307, %310 : tensor<1x2x8x2x24xf32>
    %312 = "stablehlo.slice"(%311) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 2, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x16xf32>
    %313 = "stablehlo.slice"(%311) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 2, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x2x24xf32>) -> tensor<1x2x8x2x8xf32>
    %314 = stablehlo.dot_general %312, %240, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x2x12xf32>
    %315 = stablehlo.dot_general %313, %285, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x2x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x2x12xf32>
    %316 = stablehlo.add %314, %315 : tensor<1x2x8x2x12xf32>
    %317 = stablehlo.transpose %316, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %318 = stablehlo.reshape %317 : (tensor<1x8x2x2x12xf32>) -> tensor<1x8x48xf32>
    %319 = stablehlo.dot_general %318, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %320 = stablehlo.multiply %319, %319 : tensor<1x8x20xf32>
    %321 = stablehlo.constant dense<0.0> : tensor<f32>
    %322 = stablehlo.reduce(%320 init: %321) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %323 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %325 = stablehlo.multiply %322, %324 : tensor<1x8xf32>
    %326 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %326, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %328 = stablehlo.add %325, %327 : tensor<1x8xf32>
    %329 = stablehlo.rsqrt %328 : tensor<1x8xf32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %331 = stablehlo.multiply %319, %330 : tensor<1x8x20xf32>
    %332 = stablehlo.constant dense<1.0> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %334 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %333 : tensor<20xf32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %336 = stablehlo.multiply %331, %335 : tensor<1x8x20xf32>
    %337 = stablehlo.add %234, %336 : tensor<1x8x20xf32>
    %338 = stablehlo.multiply %337, %337 : tensor<1x8x20xf32>
    %339 = stablehlo.constant dense<0.0> : tensor<f32>
    %340 = stablehlo.reduce(%338 init: %339) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %341 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %343 = stablehlo.multiply %340, %342 : tensor<1x8xf32>
    %344 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %344, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %346 = stablehlo.add %343, %345 : tensor<1x8xf32>
    %347 = stablehlo.rsqrt %346 : tensor<1x8xf32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %349 = stablehlo.multiply %337, %348 : tensor<1x8x20xf32>
    %350 = stablehlo.constant dense<1.0> : tensor<f32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %352 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %351 : tensor<20xf32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %354 = stablehlo.multiply %349, %353 : tensor<1x8x20xf32>
    %355 = stablehlo.dot_general %354, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %356 = stablehlo.multiply %355, %355 : tensor<1x8x56xf32>
    %357 = stablehlo.multiply %356, %355 : tensor<1x8x56xf32>
    %358 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %360 = stablehlo.multiply %357, %359 : tensor<1x8x56xf32>
    %361 = stablehlo.add %355, %360 : tensor<1x8x56xf32>
    %362 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %364 = stablehlo.multiply %361, %363 : tensor<1x8x56xf32>
    %365 = stablehlo.constant dense<0.5> : tensor<f32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %367 = stablehlo.multiply %355, %366 : tensor<1x8x56xf32>
    %368 = stablehlo.tanh %364 : tensor<1x8x56xf32>
    %369 = stablehlo.constant dense<1.0> : tensor<f32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %371 = stablehlo.add %368, %370 : tensor<1x8x56xf32>
    %372 = stablehlo.multiply %367, %371 : tensor<1x8x56xf32>
    %373 = stablehlo.dot_general %354, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %374 = stablehlo.multiply %372, %373 : tensor<1x8x56xf32>
    %375 = stablehlo.dot_general %374, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %376 = stablehlo.multiply %375, %375 : tensor<1x8x20xf32>
    %377 = stablehlo.constant dense<0.0> : tensor<f32>
    %378 = stablehlo.reduce(%376 init: %377) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %379 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %379, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %381 = stablehlo.multiply %378, %380 : tensor<1x8xf32>
    %382 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %384 = stablehlo.add %381, %383 : tensor<1x8xf32>
    %385 = stablehlo.rsqrt %384 : tensor<1x8xf32>
    %386 = stablehlo.broadcast_in_dim %385, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %387 = stablehlo.multiply %375, %386 : tensor<1x8x20xf32>
    %388 = stablehlo.constant dense<1.0> : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %388, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %390 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %389 : tensor<20xf32>
    %391 = stablehlo.broadcast_in_dim %390, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %392 = stablehlo.multiply %387, %391 : tensor<1x8x20xf32>
    %393 = stablehlo.add %337, %392 : tensor<1x8x20xf32>
    %394 = stablehlo.reshape %284 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %395 = stablehlo.reshape %285 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %396 = stablehlo.multiply %393, %393 : tensor<1x8x20xf32>
    %397 = stablehlo.constant dense<0.0> : tensor<f32>
    %398 = stablehlo.reduce(%396 init: %397) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %399 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %401 = stablehlo.multiply %398, %400 : tensor<1x8xf32>
    %402 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %403 = stablehlo.broadcast_in_dim %402, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %404 = stablehlo.add %401, %403 : tensor<1x8xf32>
    %405 = stablehlo.rsqrt %404 : tensor<1x8xf32>
    %406 = stablehlo.broadcast_in_dim %405, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %407 = stablehlo.multiply %393, %406 : tensor<1x8x20xf32>
    %408 = stablehlo.constant dense<1.0> : tensor<f32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %410 = stablehlo.add %model.norm.weight, %409 : tensor<20xf32>
    %411 = stablehlo.broadcast_in_dim %410, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %412 = stablehlo.multiply %407, %411 : tensor<1x8x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %413 = stablehlo.concatenate %235, %394, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %414 = stablehlo.constant dense<0> : tensor<i32>
    %415 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %416 = stablehlo.dynamic_update_slice %2, %413, %414, %414, %414, %415, %414 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %417 = stablehlo.concatenate %236, %395, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %418 = stablehlo.constant dense<0> : tensor<i32>
    %419 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %420 = stablehlo.dynamic_update_slice %3, %417, %418, %418, %418, %419, %418 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %421 = stablehlo.constant dense<1> : tensor<i32>
    %422 = stablehlo.subtract %length, %421 : tensor<i32>
    %423 = stablehlo.constant dense<0> : tensor<i32>
    %424 = stablehlo.dynamic_slice %412, %423, %422, %423, sizes = [1, 1, 20] : (tensor<1x8x20xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x20xf32>
    %425 = stablehlo.reshape %424 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %426 = stablehlo.dot_general %model.embed_tokens.weight, %425, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %427 = stablehlo.constant dense<0.03333333507180214> : tensor<f32>
    %428 = stablehlo.broadcast_in_dim %427, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %429 = stablehlo.multiply %426, %428 : tensor<97xf32>
    %430 = stablehlo.tanh %429 : tensor<97xf32>
    %431 = stablehlo.constant dense<30.0> : tensor<f32>
    %432 = stablehlo.broadcast_in_dim %431, dims = [] : (tensor<f32>) -> tensor<97xf32>
    %433 = stablehlo.multiply %430, %432 : tensor<97xf32>
    %434 = stablehlo.reshape %416 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %435 = stablehlo.reshape %420 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %433, %434, %435 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
