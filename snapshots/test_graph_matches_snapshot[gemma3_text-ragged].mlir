// gemma3_text ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=20 heads=4 kv_heads=1 head_dim=12 vocab=97
module @gemma3_text_ragged {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x1x16x12xf32>, %v_cache: tensor<3x2x1x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>) {
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
    %55 = stablehlo.constant dense<[1.0, 0.09999999403953552, 0.009999998845160007, 0.0010000000474974513, 9.999996836995706e-05, 1.0000003385357559e-05]> : tensor<6xf32>
    %56 = stablehlo.convert %8 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %58 = stablehlo.broadcast_in_dim %55, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %59 = stablehlo.multiply %57, %58 : tensor<3x1x6xf32>
    %60 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %60, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %62 = stablehlo.multiply %59, %61 : tensor<3x1x6xf32>
    %63 = stablehlo.round_nearest_even %62 : tensor<3x1x6xf32>
    %64 = stablehlo.constant dense<6.28125> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %66 = stablehlo.multiply %63, %65 : tensor<3x1x6xf32>
    %67 = stablehlo.subtract %59, %66 : tensor<3x1x6xf32>
    %68 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %70 = stablehlo.multiply %63, %69 : tensor<3x1x6xf32>
    %71 = stablehlo.negate %70 : tensor<3x1x6xf32>
    %72 = stablehlo.add %67, %71 : tensor<3x1x6xf32>
    %73 = stablehlo.subtract %72, %67 : tensor<3x1x6xf32>
    %74 = stablehlo.subtract %72, %73 : tensor<3x1x6xf32>
    %75 = stablehlo.subtract %67, %74 : tensor<3x1x6xf32>
    %76 = stablehlo.subtract %71, %73 : tensor<3x1x6xf32>
    %77 = stablehlo.add %75, %76 : tensor<3x1x6xf32>
    %78 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %80 = stablehlo.multiply %63, %79 : tensor<3x1x6xf32>
    %81 = stablehlo.negate %80 : tensor<3x1x6xf32>
    %82 = stablehlo.add %72, %81 : tensor<3x1x6xf32>
    %83 = stablehlo.subtract %82, %72 : tensor<3x1x6xf32>
    %84 = stablehlo.subtract %82, %83 : tensor<3x1x6xf32>
    %85 = stablehlo.subtract %72, %84 : tensor<3x1x6xf32>
    %86 = stablehlo.subtract %81, %83 : tensor<3x1x6xf32>
    %87 = stablehlo.add %85, %86 : tensor<3x1x6xf32>
    %88 = stablehlo.add %77, %87 : tensor<3x1x6xf32>
    %89 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<3x1x6xf32>
    %91 = stablehlo.multiply %63, %90 : tensor<3x1x6xf32>
    %92 = stablehlo.subtract %88, %91 : tensor<3x1x6xf32>
    %93 = stablehlo.cosine %82 : tensor<3x1x6xf32>
    %94 = stablehlo.sine %82 : tensor<3x1x6xf32>
    %95 = stablehlo.multiply %92, %94 : tensor<3x1x6xf32>
    %96 = stablehlo.subtract %93, %95 : tensor<3x1x6xf32>
    %97 = stablehlo.multiply %92, %93 : tensor<3x1x6xf32>
    %98 = stablehlo.add %94, %97 : tensor<3x1x6xf32>
    %99 = stablehlo.concatenate %96, %96, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %100 = stablehlo.concatenate %98, %98, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %101 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %102 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %103 = stablehlo.compare LE, %102, %101, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %104 = stablehlo.subtract %101, %102 : tensor<3x1x1xi32>
    %105 = stablehlo.constant dense<5> : tensor<i32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [] : (tensor<i32>) -> tensor<3x1x1xi32>
    %107 = stablehlo.compare LT, %104, %106, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %108 = stablehlo.and %103, %107 : tensor<3x1x1xi1>
    %109 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %110 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %111 = stablehlo.compare LT, %109, %110, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %112 = stablehlo.concatenate %111, %103, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    %113 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %114 = stablehlo.add %110, %113 : tensor<3x1x16xi32>
    %115 = stablehlo.subtract %114, %109 : tensor<3x1x16xi32>
    %116 = stablehlo.constant dense<5> : tensor<i32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [] : (tensor<i32>) -> tensor<3x1x16xi32>
    %118 = stablehlo.compare LT, %115, %117, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %119 = stablehlo.and %111, %118 : tensor<3x1x16xi1>
    %120 = stablehlo.concatenate %119, %108, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: sliding_attention
    %121 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %123 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %124 = stablehlo.reshape %123 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %125 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %126 = stablehlo.reshape %125 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %127 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %128 = stablehlo.reshape %127 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %129 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %130 = stablehlo.reshape %129 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %131 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %132 = stablehlo.reshape %131 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %133 = stablehlo.multiply %5, %5 : tensor<3x1x20xf32>
    %134 = stablehlo.constant dense<0.0> : tensor<f32>
    %135 = stablehlo.reduce(%133 init: %134) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %136 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<3x1xf32>
    %139 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %141 = stablehlo.add %138, %140 : tensor<3x1xf32>
    %142 = stablehlo.rsqrt %141 : tensor<3x1xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %144 = stablehlo.multiply %5, %143 : tensor<3x1x20xf32>
    %145 = stablehlo.constant dense<1.0> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %147 = stablehlo.add %model.layers.0.input_layernorm.weight, %146 : tensor<20xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %149 = stablehlo.multiply %144, %148 : tensor<3x1x20xf32>
    %150 = stablehlo.dot_general %149, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %151 = stablehlo.dot_general %149, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %152 = stablehlo.dot_general %149, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %153 = stablehlo.reshape %150 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %154 = stablehlo.reshape %151 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %155 = stablehlo.reshape %152 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %156 = stablehlo.multiply %153, %153 : tensor<3x1x4x12xf32>
    %157 = stablehlo.constant dense<0.0> : tensor<f32>
    %158 = stablehlo.reduce(%156 init: %157) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %159 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %161 = stablehlo.multiply %158, %160 : tensor<3x1x4xf32>
    %162 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %164 = stablehlo.add %161, %163 : tensor<3x1x4xf32>
    %165 = stablehlo.rsqrt %164 : tensor<3x1x4xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %167 = stablehlo.multiply %153, %166 : tensor<3x1x4x12xf32>
    %168 = stablehlo.constant dense<1.0> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %170 = stablehlo.add %model.layers.0.self_attn.q_norm.weight, %169 : tensor<12xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %172 = stablehlo.multiply %167, %171 : tensor<3x1x4x12xf32>
    %173 = stablehlo.multiply %154, %154 : tensor<3x1x1x12xf32>
    %174 = stablehlo.constant dense<0.0> : tensor<f32>
    %175 = stablehlo.reduce(%173 init: %174) applies stablehlo.add across dimensions = [3] : (tensor<3x1x1x12xf32>, tensor<f32>) -> tensor<3x1x1xf32>
    %176 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %178 = stablehlo.multiply %175, %177 : tensor<3x1x1xf32>
    %179 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %181 = stablehlo.add %178, %180 : tensor<3x1x1xf32>
    %182 = stablehlo.rsqrt %181 : tensor<3x1x1xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x1x12xf32>
    %184 = stablehlo.multiply %154, %183 : tensor<3x1x1x12xf32>
    %185 = stablehlo.constant dense<1.0> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %187 = stablehlo.add %model.layers.0.self_attn.k_norm.weight, %186 : tensor<12xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [3] : (tensor<12xf32>) -> tensor<3x1x1x12xf32>
    %189 = stablehlo.multiply %184, %188 : tensor<3x1x1x12xf32>
    %190 = "stablehlo.slice"(%172) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %191 = "stablehlo.slice"(%172) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %192 = stablehlo.negate %191 : tensor<3x1x4x6xf32>
    %193 = stablehlo.concatenate %192, %190, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %194 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %195 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %196 = stablehlo.multiply %172, %194 : tensor<3x1x4x12xf32>
    %197 = stablehlo.multiply %193, %195 : tensor<3x1x4x12xf32>
    %198 = stablehlo.add %196, %197 : tensor<3x1x4x12xf32>
    %199 = "stablehlo.slice"(%189) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %200 = "stablehlo.slice"(%189) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %201 = stablehlo.negate %200 : tensor<3x1x1x6xf32>
    %202 = stablehlo.concatenate %201, %199, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %203 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %204 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %205 = stablehlo.multiply %189, %203 : tensor<3x1x1x12xf32>
    %206 = stablehlo.multiply %202, %204 : tensor<3x1x1x12xf32>
    %207 = stablehlo.add %205, %206 : tensor<3x1x1x12xf32>
    %208 = stablehlo.reshape %198 : (tensor<3x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %209 = stablehlo.transpose %208, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %210 = stablehlo.transpose %207, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %211 = stablehlo.transpose %155, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %212 = "stablehlo.slice"(%209) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %213 = "stablehlo.slice"(%210) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %214 = "stablehlo.slice"(%211) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %215 = "stablehlo.slice"(%120) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %216 = stablehlo.dot_general %212, %213, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %217 = stablehlo.dot_general %212, %122, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %218 = stablehlo.concatenate %217, %216, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %219 = stablehlo.constant dense<0.0625> : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %221 = stablehlo.multiply %218, %220 : tensor<1x1x1x4x17xf32>
    %222 = stablehlo.broadcast_in_dim %215, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %223 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %225 = stablehlo.select %222, %221, %224 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %226 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %227 = stablehlo.reduce(%225 init: %226) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %229 = stablehlo.subtract %225, %228 : tensor<1x1x1x4x17xf32>
    %230 = stablehlo.exponential %229 : tensor<1x1x1x4x17xf32>
    %231 = stablehlo.constant dense<0.0> : tensor<f32>
    %232 = stablehlo.reduce(%230 init: %231) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %234 = stablehlo.divide %230, %233 : tensor<1x1x1x4x17xf32>
    %235 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %236 = "stablehlo.slice"(%234) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %237 = stablehlo.dot_general %235, %124, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %238 = stablehlo.dot_general %236, %214, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %239 = stablehlo.add %237, %238 : tensor<1x1x1x4x12xf32>
    %240 = "stablehlo.slice"(%209) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %241 = "stablehlo.slice"(%210) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %242 = "stablehlo.slice"(%211) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %243 = "stablehlo.slice"(%120) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %244 = stablehlo.dot_general %240, %241, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %245 = stablehlo.dot_general %240, %126, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %246 = stablehlo.concatenate %245, %244, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %247 = stablehlo.constant dense<0.0625> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %249 = stablehlo.multiply %246, %248 : tensor<1x1x1x4x17xf32>
    %250 = stablehlo.broadcast_in_dim %243, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %251 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %253 = stablehlo.select %250, %249, %252 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %254 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %255 = stablehlo.reduce(%253 init: %254) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %257 = stablehlo.subtract %253, %256 : tensor<1x1x1x4x17xf32>
    %258 = stablehlo.exponential %257 : tensor<1x1x1x4x17xf32>
    %259 = stablehlo.constant dense<0.0> : tensor<f32>
    %260 = stablehlo.reduce(%258 init: %259) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %262 = stablehlo.divide %258, %261 : tensor<1x1x1x4x17xf32>
    %263 = "stablehlo.slice"(%262) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %264 = "stablehlo.slice"(%262) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %265 = stablehlo.dot_general %263, %128, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %266 = stablehlo.dot_general %264, %242, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %267 = stablehlo.add %265, %266 : tensor<1x1x1x4x12xf32>
    %268 = "stablehlo.slice"(%209) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %269 = "stablehlo.slice"(%210) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %270 = "stablehlo.slice"(%211) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %271 = "stablehlo.slice"(%120) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %272 = stablehlo.dot_general %268, %269, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %273 = stablehlo.dot_general %268, %130, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %274 = stablehlo.concatenate %273, %272, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %275 = stablehlo.constant dense<0.0625> : tensor<f32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %277 = stablehlo.multiply %274, %276 : tensor<1x1x1x4x17xf32>
    %278 = stablehlo.broadcast_in_dim %271, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %279 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %281 = stablehlo.select %278, %277, %280 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %282 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %283 = stablehlo.reduce(%281 init: %282) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %285 = stablehlo.subtract %281, %284 : tensor<1x1x1x4x17xf32>
    %286 = stablehlo.exponential %285 : tensor<1x1x1x4x17xf32>
    %287 = stablehlo.constant dense<0.0> : tensor<f32>
    %288 = stablehlo.reduce(%286 init: %287) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %290 = stablehlo.divide %286, %289 : tensor<1x1x1x4x17xf32>
    %291 = "stablehlo.slice"(%290) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %292 = "stablehlo.slice"(%290) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %293 = stablehlo.dot_general %291, %132, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %294 = stablehlo.dot_general %292, %270, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %295 = stablehlo.add %293, %294 : tensor<1x1x1x4x12xf32>
    %296 = stablehlo.concatenate %239, %267, %295, dim = 0 : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %297 = stablehlo.transpose %296, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %298 = stablehlo.reshape %297 : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x48xf32>
    %299 = stablehlo.dot_general %298, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %300 = stablehlo.multiply %299, %299 : tensor<3x1x20xf32>
    %301 = stablehlo.constant dense<0.0> : tensor<f32>
    %302 = stablehlo.reduce(%300 init: %301) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %303 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %305 = stablehlo.multiply %302, %304 : tensor<3x1xf32>
    %306 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %308 = stablehlo.add %305, %307 : tensor<3x1xf32>
    %309 = stablehlo.rsqrt %308 : tensor<3x1xf32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %311 = stablehlo.multiply %299, %310 : tensor<3x1x20xf32>
    %312 = stablehlo.constant dense<1.0> : tensor<f32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %314 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %313 : tensor<20xf32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %316 = stablehlo.multiply %311, %315 : tensor<3x1x20xf32>
    %317 = stablehlo.add %5, %316 : tensor<3x1x20xf32>
    %318 = stablehlo.multiply %317, %317 : tensor<3x1x20xf32>
    %319 = stablehlo.constant dense<0.0> : tensor<f32>
    %320 = stablehlo.reduce(%318 init: %319) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %321 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %321, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %323 = stablehlo.multiply %320, %322 : tensor<3x1xf32>
    %324 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %326 = stablehlo.add %323, %325 : tensor<3x1xf32>
    %327 = stablehlo.rsqrt %326 : tensor<3x1xf32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %329 = stablehlo.multiply %317, %328 : tensor<3x1x20xf32>
    %330 = stablehlo.constant dense<1.0> : tensor<f32>
    %331 = stablehlo.broadcast_in_dim %330, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %332 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %331 : tensor<20xf32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %334 = stablehlo.multiply %329, %333 : tensor<3x1x20xf32>
    %335 = stablehlo.dot_general %334, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %336 = stablehlo.multiply %335, %335 : tensor<3x1x56xf32>
    %337 = stablehlo.multiply %336, %335 : tensor<3x1x56xf32>
    %338 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %340 = stablehlo.multiply %337, %339 : tensor<3x1x56xf32>
    %341 = stablehlo.add %335, %340 : tensor<3x1x56xf32>
    %342 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %343 = stablehlo.broadcast_in_dim %342, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %344 = stablehlo.multiply %341, %343 : tensor<3x1x56xf32>
    %345 = stablehlo.constant dense<0.5> : tensor<f32>
    %346 = stablehlo.broadcast_in_dim %345, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %347 = stablehlo.multiply %335, %346 : tensor<3x1x56xf32>
    %348 = stablehlo.tanh %344 : tensor<3x1x56xf32>
    %349 = stablehlo.constant dense<1.0> : tensor<f32>
    %350 = stablehlo.broadcast_in_dim %349, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %351 = stablehlo.add %348, %350 : tensor<3x1x56xf32>
    %352 = stablehlo.multiply %347, %351 : tensor<3x1x56xf32>
    %353 = stablehlo.dot_general %334, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %354 = stablehlo.multiply %352, %353 : tensor<3x1x56xf32>
    %355 = stablehlo.dot_general %354, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %356 = stablehlo.multiply %355, %355 : tensor<3x1x20xf32>
    %357 = stablehlo.constant dense<0.0> : tensor<f32>
    %358 = stablehlo.reduce(%356 init: %357) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %359 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %361 = stablehlo.multiply %358, %360 : tensor<3x1xf32>
    %362 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %364 = stablehlo.add %361, %363 : tensor<3x1xf32>
    %365 = stablehlo.rsqrt %364 : tensor<3x1xf32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %367 = stablehlo.multiply %355, %366 : tensor<3x1x20xf32>
    %368 = stablehlo.constant dense<1.0> : tensor<f32>
    %369 = stablehlo.broadcast_in_dim %368, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %370 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %369 : tensor<20xf32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %372 = stablehlo.multiply %367, %371 : tensor<3x1x20xf32>
    %373 = stablehlo.add %317, %372 : tensor<3x1x20xf32>
    %374 = stablehlo.reshape %210 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %375 = stablehlo.reshape %211 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    // layer 1: full_attention
    %376 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %377 = stablehlo.reshape %376 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %378 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %379 = stablehlo.reshape %378 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %380 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %381 = stablehlo.reshape %380 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %382 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %383 = stablehlo.reshape %382 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %384 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 2, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %385 = stablehlo.reshape %384 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %386 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 2, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %387 = stablehlo.reshape %386 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %388 = stablehlo.multiply %373, %373 : tensor<3x1x20xf32>
    %389 = stablehlo.constant dense<0.0> : tensor<f32>
    %390 = stablehlo.reduce(%388 init: %389) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %391 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %392 = stablehlo.broadcast_in_dim %391, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %393 = stablehlo.multiply %390, %392 : tensor<3x1xf32>
    %394 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %395 = stablehlo.broadcast_in_dim %394, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %396 = stablehlo.add %393, %395 : tensor<3x1xf32>
    %397 = stablehlo.rsqrt %396 : tensor<3x1xf32>
    %398 = stablehlo.broadcast_in_dim %397, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %399 = stablehlo.multiply %373, %398 : tensor<3x1x20xf32>
    %400 = stablehlo.constant dense<1.0> : tensor<f32>
    %401 = stablehlo.broadcast_in_dim %400, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %402 = stablehlo.add %model.layers.1.input_layernorm.weight, %401 : tensor<20xf32>
    %403 = stablehlo.broadcast_in_dim %402, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %404 = stablehlo.multiply %399, %403 : tensor<3x1x20xf32>
    %405 = stablehlo.dot_general %404, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<48x20xf32>) -> tensor<3x1x48xf32>
    %406 = stablehlo.dot_general %404, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %407 = stablehlo.dot_general %404, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<12x20xf32>) -> tensor<3x1x12xf32>
    %408 = stablehlo.reshape %405 : (tensor<3x1x48xf32>) -> tensor<3x1x4x12xf32>
    %409 = stablehlo.reshape %406 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %410 = stablehlo.reshape %407 : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %411 = stablehlo.multiply %408, %408 : tensor<3x1x4x12xf32>
    %412 = stablehlo.constant dense<0.0> : tensor<f32>
    %413 = stablehlo.reduce(%411 init: %412) applies stablehlo.add across dimensions = [3] : (tensor<3x1x4x12xf32>, tensor<f32>) -> tensor<3x1x4xf32>
    %414 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %415 = stablehlo.broadcast_in_dim %414, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %416 = stablehlo.multiply %413, %415 : tensor<3x1x4xf32>
    %417 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %418 = stablehlo.broadcast_in_dim %417, dims = [] : (tensor<f32>) -> tensor<3x1x4xf32>
    %419 = stablehlo.add %416, %418 : tensor<3x1x4xf32>
    %420 = stablehlo.rsqrt %419 : tensor<3x1x4xf32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [0, 1, 2] : (tensor<3x1x4xf32>) -> tensor<3x1x4x12xf32>
    %422 = stablehlo.multiply %408, %421 : tensor<3x1x4x12xf32>
    %423 = stablehlo.constant dense<1.0> : tensor<f32>
    %424 = stablehlo.broadcast_in_dim %423, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %425 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %424 : tensor<12xf32>
    %426 = stablehlo.broadcast_in_dim %425, dims = [3] : (tensor<12xf32>) -> tensor<3x1x4x12xf32>
    %427 = stablehlo.multiply %422, %426 : tensor<3x1x4x12xf32>
    %428 = stablehlo.multiply %409, %409 : tensor<3x1x1x12xf32>
    %429 = stablehlo.constant dense<0.0> : tensor<f32>
    %430 = stablehlo.reduce(%428 init: %429) applies stablehlo.add across dimensions = [3] : (tensor<3x1x1x12xf32>, tensor<f32>) -> tensor<3x1x1xf32>
    %431 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %432 = stablehlo.broadcast_in_dim %431, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %433 = stablehlo.multiply %430, %432 : tensor<3x1x1xf32>
    %434 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %435 = stablehlo.broadcast_in_dim %434, dims = [] : (tensor<f32>) -> tensor<3x1x1xf32>
    %436 = stablehlo.add %433, %435 : tensor<3x1x1xf32>
    %437 = stablehlo.rsqrt %436 : tensor<3x1x1xf32>
    %438 = stablehlo.broadcast_in_dim %437, dims = [0, 1, 2] : (tensor<3x1x1xf32>) -> tensor<3x1x1x12xf32>
    %439 = stablehlo.multiply %409, %438 : tensor<3x1x1x12xf32>
    %440 = stablehlo.constant dense<1.0> : tensor<f32>
    %441 = stablehlo.broadcast_in_dim %440, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %442 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %441 : tensor<12xf32>
    %443 = stablehlo.broadcast_in_dim %442, dims = [3] : (tensor<12xf32>) -> tensor<3x1x1x12xf32>
    %444 = stablehlo.multiply %439, %443 : tensor<3x1x1x12xf32>
    %445 = "stablehlo.slice"(%427) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %446 = "stablehlo.slice"(%427) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x12xf32>) -> tensor<3x1x4x6xf32>
    %447 = stablehlo.negate %446 : tensor<3x1x4x6xf32>
    %448 = stablehlo.concatenate %447, %445, dim = 3 : (tensor<3x1x4x6xf32>, tensor<3x1x4x6xf32>) -> tensor<3x1x4x12xf32>
    %449 = stablehlo.broadcast_in_dim %99, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %450 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x4x12xf32>
    %451 = stablehlo.multiply %427, %449 : tensor<3x1x4x12xf32>
    %452 = stablehlo.multiply %448, %450 : tensor<3x1x4x12xf32>
    %453 = stablehlo.add %451, %452 : tensor<3x1x4x12xf32>
    %454 = "stablehlo.slice"(%444) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %455 = "stablehlo.slice"(%444) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x6xf32>
    %456 = stablehlo.negate %455 : tensor<3x1x1x6xf32>
    %457 = stablehlo.concatenate %456, %454, dim = 3 : (tensor<3x1x1x6xf32>, tensor<3x1x1x6xf32>) -> tensor<3x1x1x12xf32>
    %458 = stablehlo.broadcast_in_dim %99, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %459 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x1x12xf32>
    %460 = stablehlo.multiply %444, %458 : tensor<3x1x1x12xf32>
    %461 = stablehlo.multiply %457, %459 : tensor<3x1x1x12xf32>
    %462 = stablehlo.add %460, %461 : tensor<3x1x1x12xf32>
    %463 = stablehlo.reshape %453 : (tensor<3x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %464 = stablehlo.transpose %463, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %465 = stablehlo.transpose %462, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %466 = stablehlo.transpose %410, dims = [0, 2, 1, 3] : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x12xf32>
    %467 = "stablehlo.slice"(%464) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %468 = "stablehlo.slice"(%465) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %469 = "stablehlo.slice"(%466) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %470 = "stablehlo.slice"(%112) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 1, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %471 = stablehlo.dot_general %467, %468, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %472 = stablehlo.dot_general %467, %377, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %473 = stablehlo.concatenate %472, %471, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %474 = stablehlo.constant dense<0.0625> : tensor<f32>
    %475 = stablehlo.broadcast_in_dim %474, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %476 = stablehlo.multiply %473, %475 : tensor<1x1x1x4x17xf32>
    %477 = stablehlo.broadcast_in_dim %470, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %478 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %479 = stablehlo.broadcast_in_dim %478, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %480 = stablehlo.select %477, %476, %479 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %481 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %482 = stablehlo.reduce(%480 init: %481) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %483 = stablehlo.broadcast_in_dim %482, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %484 = stablehlo.subtract %480, %483 : tensor<1x1x1x4x17xf32>
    %485 = stablehlo.exponential %484 : tensor<1x1x1x4x17xf32>
    %486 = stablehlo.constant dense<0.0> : tensor<f32>
    %487 = stablehlo.reduce(%485 init: %486) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %488 = stablehlo.broadcast_in_dim %487, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %489 = stablehlo.divide %485, %488 : tensor<1x1x1x4x17xf32>
    %490 = "stablehlo.slice"(%489) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %491 = "stablehlo.slice"(%489) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %492 = stablehlo.dot_general %490, %379, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %493 = stablehlo.dot_general %491, %469, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %494 = stablehlo.add %492, %493 : tensor<1x1x1x4x12xf32>
    %495 = "stablehlo.slice"(%464) {start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %496 = "stablehlo.slice"(%465) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %497 = "stablehlo.slice"(%466) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %498 = "stablehlo.slice"(%112) {start_indices = array<i64: 1, 0, 0>, limit_indices = array<i64: 2, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %499 = stablehlo.dot_general %495, %496, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %500 = stablehlo.dot_general %495, %381, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %501 = stablehlo.concatenate %500, %499, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %502 = stablehlo.constant dense<0.0625> : tensor<f32>
    %503 = stablehlo.broadcast_in_dim %502, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %504 = stablehlo.multiply %501, %503 : tensor<1x1x1x4x17xf32>
    %505 = stablehlo.broadcast_in_dim %498, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %506 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %507 = stablehlo.broadcast_in_dim %506, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %508 = stablehlo.select %505, %504, %507 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %509 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %510 = stablehlo.reduce(%508 init: %509) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %511 = stablehlo.broadcast_in_dim %510, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %512 = stablehlo.subtract %508, %511 : tensor<1x1x1x4x17xf32>
    %513 = stablehlo.exponential %512 : tensor<1x1x1x4x17xf32>
    %514 = stablehlo.constant dense<0.0> : tensor<f32>
    %515 = stablehlo.reduce(%513 init: %514) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %516 = stablehlo.broadcast_in_dim %515, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %517 = stablehlo.divide %513, %516 : tensor<1x1x1x4x17xf32>
    %518 = "stablehlo.slice"(%517) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %519 = "stablehlo.slice"(%517) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %520 = stablehlo.dot_general %518, %383, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %521 = stablehlo.dot_general %519, %497, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %522 = stablehlo.add %520, %521 : tensor<1x1x1x4x12xf32>
    %523 = "stablehlo.slice"(%464) {start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %524 = "stablehlo.slice"(%465) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %525 = "stablehlo.slice"(%466) {start_indices = array<i64: 2, 0, 0, 0>, limit_indices = array<i64: 3, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %526 = "stablehlo.slice"(%112) {start_indices = array<i64: 2, 0, 0>, limit_indices = array<i64: 3, 1, 17>, strides = array<i64: 1, 1, 1>} : (tensor<3x1x17xi1>) -> tensor<1x1x17xi1>
    %527 = stablehlo.dot_general %523, %524, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %528 = stablehlo.dot_general %523, %385, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %529 = stablehlo.concatenate %528, %527, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %530 = stablehlo.constant dense<0.0625> : tensor<f32>
    %531 = stablehlo.broadcast_in_dim %530, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %532 = stablehlo.multiply %529, %531 : tensor<1x1x1x4x17xf32>
    %533 = stablehlo.broadcast_in_dim %526, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %534 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %535 = stablehlo.broadcast_in_dim %534, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %536 = stablehlo.select %533, %532, %535 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %537 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %538 = stablehlo.reduce(%536 init: %537) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %539 = stablehlo.broadcast_in_dim %538, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %540 = stablehlo.subtract %536, %539 : tensor<1x1x1x4x17xf32>
    %541 = stablehlo.exponential %540 : tensor<1x1x1x4x17xf32>
    %542 = stablehlo.constant dense<0.0> : tensor<f32>
    %543 = stablehlo.reduce(%541 init: %542) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %544 = stablehlo.broadcast_in_dim %543, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %545 = stablehlo.divide %541, %544 : tensor<1x1x1x4x17xf32>
    %546 = "stablehlo.slice"(%545) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %547 = "stablehlo.slice"(%545) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %548 = stablehlo.dot_general %546, %387, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %549 = stablehlo.dot_general %547, %525, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %550 = stablehlo.add %548, %549 : tensor<1x1x1x4x12xf32>
    %551 = stablehlo.concatenate %494, %522, %550, dim = 0 : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>, tensor<1x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %552 = stablehlo.transpose %551, dims = [0, 2, 1, 3, 4] : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x1x4x12xf32>
    %553 = stablehlo.reshape %552 : (tensor<3x1x1x4x12xf32>) -> tensor<3x1x48xf32>
    %554 = stablehlo.dot_general %553, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x48xf32>, tensor<20x48xf32>) -> tensor<3x1x20xf32>
    %555 = stablehlo.multiply %554, %554 : tensor<3x1x20xf32>
    %556 = stablehlo.constant dense<0.0> : tensor<f32>
    %557 = stablehlo.reduce(%555 init: %556) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %558 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %559 = stablehlo.broadcast_in_dim %558, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %560 = stablehlo.multiply %557, %559 : tensor<3x1xf32>
    %561 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %562 = stablehlo.broadcast_in_dim %561, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %563 = stablehlo.add %560, %562 : tensor<3x1xf32>
    %564 = stablehlo.rsqrt %563 : tensor<3x1xf32>
    %565 = stablehlo.broadcast_in_dim %564, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %566 = stablehlo.multiply %554, %565 : tensor<3x1x20xf32>
    %567 = stablehlo.constant dense<1.0> : tensor<f32>
    %568 = stablehlo.broadcast_in_dim %567, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %569 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %568 : tensor<20xf32>
    %570 = stablehlo.broadcast_in_dim %569, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %571 = stablehlo.multiply %566, %570 : tensor<3x1x20xf32>
    %572 = stablehlo.add %373, %571 : tensor<3x1x20xf32>
    %573 = stablehlo.multiply %572, %572 : tensor<3x1x20xf32>
    %574 = stablehlo.constant dense<0.0> : tensor<f32>
    %575 = stablehlo.reduce(%573 init: %574) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %576 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %577 = stablehlo.broadcast_in_dim %576, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %578 = stablehlo.multiply %575, %577 : tensor<3x1xf32>
    %579 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %580 = stablehlo.broadcast_in_dim %579, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %581 = stablehlo.add %578, %580 : tensor<3x1xf32>
    %582 = stablehlo.rsqrt %581 : tensor<3x1xf32>
    %583 = stablehlo.broadcast_in_dim %582, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %584 = stablehlo.multiply %572, %583 : tensor<3x1x20xf32>
    %585 = stablehlo.constant dense<1.0> : tensor<f32>
    %586 = stablehlo.broadcast_in_dim %585, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %587 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %586 : tensor<20xf32>
    %588 = stablehlo.broadcast_in_dim %587, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %589 = stablehlo.multiply %584, %588 : tensor<3x1x20xf32>
    %590 = stablehlo.dot_general %589, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %591 = stablehlo.multiply %590, %590 : tensor<3x1x56xf32>
    %592 = stablehlo.multiply %591, %590 : tensor<3x1x56xf32>
    %593 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %594 = stablehlo.broadcast_in_dim %593, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %595 = stablehlo.multiply %592, %594 : tensor<3x1x56xf32>
    %596 = stablehlo.add %590, %595 : tensor<3x1x56xf32>
    %597 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %598 = stablehlo.broadcast_in_dim %597, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %599 = stablehlo.multiply %596, %598 : tensor<3x1x56xf32>
    %600 = stablehlo.constant dense<0.5> : tensor<f32>
    %601 = stablehlo.broadcast_in_dim %600, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %602 = stablehlo.multiply %590, %601 : tensor<3x1x56xf32>
    %603 = stablehlo.tanh %599 : tensor<3x1x56xf32>
    %604 = stablehlo.constant dense<1.0> : tensor<f32>
    %605 = stablehlo.broadcast_in_dim %604, dims = [] : (tensor<f32>) -> tensor<3x1x56xf32>
    %606 = stablehlo.add %603, %605 : tensor<3x1x56xf32>
    %607 = stablehlo.multiply %602, %606 : tensor<3x1x56xf32>
    %608 = stablehlo.dot_general %589, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x20xf32>, tensor<56x20xf32>) -> tensor<3x1x56xf32>
    %609 = stablehlo.multiply %607, %608 : tensor<3x1x56xf32>
    %610 = stablehlo.dot_general %609, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<20x56xf32>) -> tensor<3x1x20xf32>
    %611 = stablehlo.multiply %610, %610 : tensor<3x1x20xf32>
    %612 = stablehlo.constant dense<0.0> : tensor<f32>
    %613 = stablehlo.reduce(%611 init: %612) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %614 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %615 = stablehlo.broadcast_in_dim %614, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %616 = stablehlo.multiply %613, %615 : tensor<3x1xf32>
    %617 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %618 = stablehlo.broadcast_in_dim %617, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %619 = stablehlo.add %616, %618 : tensor<3x1xf32>
    %620 = stablehlo.rsqrt %619 : tensor<3x1xf32>
    %621 = stablehlo.broadcast_in_dim %620, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %622 = stablehlo.multiply %610, %621 : tensor<3x1x20xf32>
    %623 = stablehlo.constant dense<1.0> : tensor<f32>
    %624 = stablehlo.broadcast_in_dim %623, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %625 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %624 : tensor<20xf32>
    %626 = stablehlo.broadcast_in_dim %625, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %627 = stablehlo.multiply %622, %626 : tensor<3x1x20xf32>
    %628 = stablehlo.add %572, %627 : tensor<3x1x20xf32>
    %629 = stablehlo.reshape %465 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %630 = stablehlo.reshape %466 : (tensor<3x1x1x12xf32>) -> tensor<3x1x1x1x12xf32>
    %631 = stablehlo.multiply %628, %628 : tensor<3x1x20xf32>
    %632 = stablehlo.constant dense<0.0> : tensor<f32>
    %633 = stablehlo.reduce(%631 init: %632) applies stablehlo.add across dimensions = [2] : (tensor<3x1x20xf32>, tensor<f32>) -> tensor<3x1xf32>
    %634 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %635 = stablehlo.broadcast_in_dim %634, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %636 = stablehlo.multiply %633, %635 : tensor<3x1xf32>
    %637 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %638 = stablehlo.broadcast_in_dim %637, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %639 = stablehlo.add %636, %638 : tensor<3x1xf32>
    %640 = stablehlo.rsqrt %639 : tensor<3x1xf32>
    %641 = stablehlo.broadcast_in_dim %640, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x20xf32>
    %642 = stablehlo.multiply %628, %641 : tensor<3x1x20xf32>
    %643 = stablehlo.constant dense<1.0> : tensor<f32>
    %644 = stablehlo.broadcast_in_dim %643, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %645 = stablehlo.add %model.norm.weight, %644 : tensor<20xf32>
    %646 = stablehlo.broadcast_in_dim %645, dims = [2] : (tensor<20xf32>) -> tensor<3x1x20xf32>
    %647 = stablehlo.multiply %642, %646 : tensor<3x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %648 = stablehlo.concatenate %374, %629, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %649 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %650 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %651 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %652 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %653 = stablehlo.concatenate %649, %650, %651, %652, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %654 = stablehlo.reshape %648 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %655 = stablehlo.reshape %653 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %656 = "stablehlo.scatter"(%k_cache, %655, %654) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %657 = stablehlo.concatenate %375, %630, dim = 1 : (tensor<3x1x1x1x12xf32>, tensor<3x1x1x1x12xf32>) -> tensor<3x2x1x1x12xf32>
    %658 = stablehlo.iota dim = 0 : tensor<3x2x1x1xi32>
    %659 = stablehlo.iota dim = 1 : tensor<3x2x1x1xi32>
    %660 = stablehlo.iota dim = 2 : tensor<3x2x1x1xi32>
    %661 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x1x1xi32>
    %662 = stablehlo.concatenate %658, %659, %660, %661, dim = 3 : (tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>, tensor<3x2x1x1xi32>) -> tensor<3x2x1x4xi32>
    %663 = stablehlo.reshape %657 : (tensor<3x2x1x1x12xf32>) -> tensor<6x12xf32>
    %664 = stablehlo.reshape %662 : (tensor<3x2x1x4xi32>) -> tensor<6x4xi32>
    %665 = "stablehlo.scatter"(%v_cache, %664, %663) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x1x16x12xf32>, tensor<6x4xi32>, tensor<6x12xf32>) -> tensor<3x2x1x16x12xf32>
    %666 = stablehlo.reshape %647 : (tensor<3x1x20xf32>) -> tensor<3x20xf32>
    %667 = stablehlo.dot_general %666, %model.embed_tokens.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x20xf32>, tensor<97x20xf32>) -> tensor<3x97xf32>
    %668 = stablehlo.constant dense<0> : tensor<i32>
    %669 = stablehlo.broadcast_in_dim %668, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %670 = stablehlo.compare NE, %active, %669, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %671 = stablehlo.broadcast_in_dim %670, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %672 = stablehlo.constant dense<0.0> : tensor<f32>
    %673 = stablehlo.broadcast_in_dim %672, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %674 = stablehlo.select %671, %667, %673 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %674, %656, %665 : tensor<3x97xf32>, tensor<3x2x1x16x12xf32>, tensor<3x2x1x16x12xf32>
  }
}
