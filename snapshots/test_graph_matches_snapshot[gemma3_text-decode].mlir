// gemma3_text decode: capacity=16 bucket=1 slots=1; layers=2 hidden=20 heads=4 kv_heads=1 head_dim=12 vocab=97
module @gemma3_text_decode {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %token: tensor<i32>, %position: tensor<i32>, %k_cache: tensor<2x1x16x12xf32>, %v_cache: tensor<2x1x16x12xf32>) -> (tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>) {
    %0 = stablehlo.reshape %token : (tensor<i32>) -> tensor<1x1xi32>
    %1 = stablehlo.reshape %position : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
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
    %58 = stablehlo.constant dense<[1.0, 0.09999999403953552, 0.009999998845160007, 0.0010000000474974513, 9.999996836995706e-05, 1.0000003385357559e-05]> : tensor<6xf32>
    %59 = stablehlo.convert %11 : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x6xf32>
    %61 = stablehlo.broadcast_in_dim %58, dims = [2] : (tensor<6xf32>) -> tensor<1x1x6xf32>
    %62 = stablehlo.multiply %60, %61 : tensor<1x1x6xf32>
    %63 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %65 = stablehlo.multiply %62, %64 : tensor<1x1x6xf32>
    %66 = stablehlo.round_nearest_even %65 : tensor<1x1x6xf32>
    %67 = stablehlo.constant dense<6.28125> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %69 = stablehlo.multiply %66, %68 : tensor<1x1x6xf32>
    %70 = stablehlo.subtract %62, %69 : tensor<1x1x6xf32>
    %71 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %73 = stablehlo.multiply %66, %72 : tensor<1x1x6xf32>
    %74 = stablehlo.negate %73 : tensor<1x1x6xf32>
    %75 = stablehlo.add %70, %74 : tensor<1x1x6xf32>
    %76 = stablehlo.subtract %75, %70 : tensor<1x1x6xf32>
    %77 = stablehlo.subtract %75, %76 : tensor<1x1x6xf32>
    %78 = stablehlo.subtract %70, %77 : tensor<1x1x6xf32>
    %79 = stablehlo.subtract %74, %76 : tensor<1x1x6xf32>
    %80 = stablehlo.add %78, %79 : tensor<1x1x6xf32>
    %81 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %83 = stablehlo.multiply %66, %82 : tensor<1x1x6xf32>
    %84 = stablehlo.negate %83 : tensor<1x1x6xf32>
    %85 = stablehlo.add %75, %84 : tensor<1x1x6xf32>
    %86 = stablehlo.subtract %85, %75 : tensor<1x1x6xf32>
    %87 = stablehlo.subtract %85, %86 : tensor<1x1x6xf32>
    %88 = stablehlo.subtract %75, %87 : tensor<1x1x6xf32>
    %89 = stablehlo.subtract %84, %86 : tensor<1x1x6xf32>
    %90 = stablehlo.add %88, %89 : tensor<1x1x6xf32>
    %91 = stablehlo.add %80, %90 : tensor<1x1x6xf32>
    %92 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<1x1x6xf32>
    %94 = stablehlo.multiply %66, %93 : tensor<1x1x6xf32>
    %95 = stablehlo.subtract %91, %94 : tensor<1x1x6xf32>
    %96 = stablehlo.cosine %85 : tensor<1x1x6xf32>
    %97 = stablehlo.sine %85 : tensor<1x1x6xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<1x1x6xf32>
    %99 = stablehlo.subtract %96, %98 : tensor<1x1x6xf32>
    %100 = stablehlo.multiply %95, %96 : tensor<1x1x6xf32>
    %101 = stablehlo.add %97, %100 : tensor<1x1x6xf32>
    %102 = stablehlo.concatenate %99, %99, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %103 = stablehlo.concatenate %101, %101, dim = 2 : (tensor<1x1x6xf32>, tensor<1x1x6xf32>) -> tensor<1x1x12xf32>
    %104 = stablehlo.iota dim = 1 : tensor<1x1x1xi32>
    %105 = stablehlo.iota dim = 2 : tensor<1x1x1xi32>
    %106 = stablehlo.compare LE, %105, %104, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %107 = stablehlo.subtract %104, %105 : tensor<1x1x1xi32>
    %108 = stablehlo.constant dense<5> : tensor<i32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [] : (tensor<i32>) -> tensor<1x1x1xi32>
    %110 = stablehlo.compare LT, %107, %109, SIGNED : (tensor<1x1x1xi32>, tensor<1x1x1xi32>) -> tensor<1x1x1xi1>
    %111 = stablehlo.and %106, %110 : tensor<1x1x1xi1>
    %112 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %113 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x1x16xi32>
    %114 = stablehlo.compare LT, %112, %113, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %115 = stablehlo.concatenate %114, %106, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    %116 = stablehlo.iota dim = 1 : tensor<1x1x16xi32>
    %117 = stablehlo.add %113, %116 : tensor<1x1x16xi32>
    %118 = stablehlo.subtract %117, %112 : tensor<1x1x16xi32>
    %119 = stablehlo.constant dense<5> : tensor<i32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [] : (tensor<i32>) -> tensor<1x1x16xi32>
    %121 = stablehlo.compare LT, %118, %120, SIGNED : (tensor<1x1x16xi32>, tensor<1x1x16xi32>) -> tensor<1x1x16xi1>
    %122 = stablehlo.and %114, %121 : tensor<1x1x16xi1>
    %123 = stablehlo.concatenate %122, %111, dim = 2 : (tensor<1x1x16xi1>, tensor<1x1x1xi1>) -> tensor<1x1x17xi1>
    // layer 0: sliding_attention
    %124 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %125 = stablehlo.reshape %124 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %126 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %127 = stablehlo.reshape %126 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %128 = stablehlo.multiply %8, %8 : tensor<1x1x20xf32>
    %129 = stablehlo.constant dense<0.0> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %131 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<1x1xf32>
    %134 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %136 = stablehlo.add %133, %135 : tensor<1x1xf32>
    %137 = stablehlo.rsqrt %136 : tensor<1x1xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %139 = stablehlo.multiply %8, %138 : tensor<1x1x20xf32>
    %140 = stablehlo.constant dense<1.0> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %142 = stablehlo.add %model.layers.0.input_layernorm.weight, %141 : tensor<20xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %144 = stablehlo.multiply %139, %143 : tensor<1x1x20xf32>
    %145 = stablehlo.dot_general %model.layers.0.self_attn.q_proj.weight, %144, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %146 = stablehlo.reshape %145 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %147 = stablehlo.dot_general %model.layers.0.self_attn.k_proj.weight, %144, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x20xf32>, tensor<1x1x20xf32>) -> tensor<12x1x1xf32>
    %148 = stablehlo.reshape %147 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %149 = stablehlo.dot_general %model.layers.0.self_attn.v_proj.weight, %144, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x20xf32>, tensor<1x1x20xf32>) -> tensor<12x1x1xf32>
    %150 = stablehlo.reshape %149 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %151 = stablehlo.reshape %146 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %152 = stablehlo.reshape %148 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %153 = stablehlo.reshape %150 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %154 = stablehlo.multiply %151, %151 : tensor<1x1x4x12xf32>
    %155 = stablehlo.constant dense<0.0> : tensor<f32>
    %156 = stablehlo.reduce(%154 init: %155) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x12xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %157 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %159 = stablehlo.multiply %156, %158 : tensor<1x1x4xf32>
    %160 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %162 = stablehlo.add %159, %161 : tensor<1x1x4xf32>
    %163 = stablehlo.rsqrt %162 : tensor<1x1x4xf32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x12xf32>
    %165 = stablehlo.multiply %151, %164 : tensor<1x1x4x12xf32>
    %166 = stablehlo.constant dense<1.0> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %168 = stablehlo.add %model.layers.0.self_attn.q_norm.weight, %167 : tensor<12xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [3] : (tensor<12xf32>) -> tensor<1x1x4x12xf32>
    %170 = stablehlo.multiply %165, %169 : tensor<1x1x4x12xf32>
    %171 = stablehlo.multiply %152, %152 : tensor<1x1x1x12xf32>
    %172 = stablehlo.constant dense<0.0> : tensor<f32>
    %173 = stablehlo.reduce(%171 init: %172) applies stablehlo.add across dimensions = [3] : (tensor<1x1x1x12xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %174 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %176 = stablehlo.multiply %173, %175 : tensor<1x1x1xf32>
    %177 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %179 = stablehlo.add %176, %178 : tensor<1x1x1xf32>
    %180 = stablehlo.rsqrt %179 : tensor<1x1x1xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x1x12xf32>
    %182 = stablehlo.multiply %152, %181 : tensor<1x1x1x12xf32>
    %183 = stablehlo.constant dense<1.0> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %185 = stablehlo.add %model.layers.0.self_attn.k_norm.weight, %184 : tensor<12xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [3] : (tensor<12xf32>) -> tensor<1x1x1x12xf32>
    %187 = stablehlo.multiply %182, %186 : tensor<1x1x1x12xf32>
    %188 = "stablehlo.slice"(%170) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %189 = "stablehlo.slice"(%170) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %190 = stablehlo.negate %189 : tensor<1x1x4x6xf32>
    %191 = stablehlo.concatenate %190, %188, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %192 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %193 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %194 = stablehlo.multiply %170, %192 : tensor<1x1x4x12xf32>
    %195 = stablehlo.multiply %191, %193 : tensor<1x1x4x12xf32>
    %196 = stablehlo.add %194, %195 : tensor<1x1x4x12xf32>
    %197 = "stablehlo.slice"(%187) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %198 = "stablehlo.slice"(%187) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %199 = stablehlo.negate %198 : tensor<1x1x1x6xf32>
    %200 = stablehlo.concatenate %199, %197, dim = 3 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>) -> tensor<1x1x1x12xf32>
    %201 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %202 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %203 = stablehlo.multiply %187, %201 : tensor<1x1x1x12xf32>
    %204 = stablehlo.multiply %200, %202 : tensor<1x1x1x12xf32>
    %205 = stablehlo.add %203, %204 : tensor<1x1x1x12xf32>
    %206 = stablehlo.reshape %196 : (tensor<1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %207 = stablehlo.transpose %206, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %208 = stablehlo.transpose %205, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %209 = stablehlo.transpose %153, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %210 = stablehlo.dot_general %207, %208, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %211 = stablehlo.dot_general %207, %125, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %212 = stablehlo.concatenate %211, %210, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %213 = stablehlo.constant dense<0.0625> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %215 = stablehlo.multiply %212, %214 : tensor<1x1x1x4x17xf32>
    %216 = stablehlo.broadcast_in_dim %123, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %217 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %219 = stablehlo.select %216, %215, %218 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %220 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %221 = stablehlo.reduce(%219 init: %220) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %223 = stablehlo.subtract %219, %222 : tensor<1x1x1x4x17xf32>
    %224 = stablehlo.exponential %223 : tensor<1x1x1x4x17xf32>
    %225 = stablehlo.constant dense<0.0> : tensor<f32>
    %226 = stablehlo.reduce(%224 init: %225) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %228 = stablehlo.divide %224, %227 : tensor<1x1x1x4x17xf32>
    %229 = "stablehlo.slice"(%228) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %230 = "stablehlo.slice"(%228) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %231 = stablehlo.dot_general %229, %127, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %232 = stablehlo.dot_general %230, %209, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %233 = stablehlo.add %231, %232 : tensor<1x1x1x4x12xf32>
    %234 = stablehlo.transpose %233, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %235 = stablehlo.reshape %234 : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x48xf32>
    %236 = stablehlo.dot_general %model.layers.0.self_attn.o_proj.weight, %235, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %237 = stablehlo.reshape %236 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %238 = stablehlo.multiply %237, %237 : tensor<1x1x20xf32>
    %239 = stablehlo.constant dense<0.0> : tensor<f32>
    %240 = stablehlo.reduce(%238 init: %239) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %241 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %243 = stablehlo.multiply %240, %242 : tensor<1x1xf32>
    %244 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %246 = stablehlo.add %243, %245 : tensor<1x1xf32>
    %247 = stablehlo.rsqrt %246 : tensor<1x1xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %249 = stablehlo.multiply %237, %248 : tensor<1x1x20xf32>
    %250 = stablehlo.constant dense<1.0> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %252 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %251 : tensor<20xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %254 = stablehlo.multiply %249, %253 : tensor<1x1x20xf32>
    %255 = stablehlo.add %8, %254 : tensor<1x1x20xf32>
    %256 = stablehlo.multiply %255, %255 : tensor<1x1x20xf32>
    %257 = stablehlo.constant dense<0.0> : tensor<f32>
    %258 = stablehlo.reduce(%256 init: %257) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %259 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %261 = stablehlo.multiply %258, %260 : tensor<1x1xf32>
    %262 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %264 = stablehlo.add %261, %263 : tensor<1x1xf32>
    %265 = stablehlo.rsqrt %264 : tensor<1x1xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %267 = stablehlo.multiply %255, %266 : tensor<1x1x20xf32>
    %268 = stablehlo.constant dense<1.0> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %270 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %269 : tensor<20xf32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %272 = stablehlo.multiply %267, %271 : tensor<1x1x20xf32>
    %273 = stablehlo.dot_general %model.layers.0.mlp.gate_proj.weight, %272, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %274 = stablehlo.reshape %273 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %275 = stablehlo.multiply %274, %274 : tensor<1x1x56xf32>
    %276 = stablehlo.multiply %275, %274 : tensor<1x1x56xf32>
    %277 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %279 = stablehlo.multiply %276, %278 : tensor<1x1x56xf32>
    %280 = stablehlo.add %274, %279 : tensor<1x1x56xf32>
    %281 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %283 = stablehlo.multiply %280, %282 : tensor<1x1x56xf32>
    %284 = stablehlo.constant dense<0.5> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %286 = stablehlo.multiply %274, %285 : tensor<1x1x56xf32>
    %287 = stablehlo.tanh %283 : tensor<1x1x56xf32>
    %288 = stablehlo.constant dense<1.0> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %290 = stablehlo.add %287, %289 : tensor<1x1x56xf32>
    %291 = stablehlo.multiply %286, %290 : tensor<1x1x56xf32>
    %292 = stablehlo.dot_general %model.layers.0.mlp.up_proj.weight, %272, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %293 = stablehlo.reshape %292 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %294 = stablehlo.multiply %291, %293 : tensor<1x1x56xf32>
    %295 = stablehlo.dot_general %model.layers.0.mlp.down_proj.weight, %294, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %296 = stablehlo.reshape %295 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %297 = stablehlo.multiply %296, %296 : tensor<1x1x20xf32>
    %298 = stablehlo.constant dense<0.0> : tensor<f32>
    %299 = stablehlo.reduce(%297 init: %298) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %300 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %302 = stablehlo.multiply %299, %301 : tensor<1x1xf32>
    %303 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %305 = stablehlo.add %302, %304 : tensor<1x1xf32>
    %306 = stablehlo.rsqrt %305 : tensor<1x1xf32>
    %307 = stablehlo.broadcast_in_dim %306, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %308 = stablehlo.multiply %296, %307 : tensor<1x1x20xf32>
    %309 = stablehlo.constant dense<1.0> : tensor<f32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %311 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %310 : tensor<20xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %313 = stablehlo.multiply %308, %312 : tensor<1x1x20xf32>
    %314 = stablehlo.add %255, %313 : tensor<1x1x20xf32>
    %315 = stablehlo.reshape %208 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %316 = stablehlo.reshape %209 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    // layer 1: full_attention
    %317 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %318 = stablehlo.reshape %317 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %319 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %320 = stablehlo.reshape %319 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %321 = stablehlo.multiply %314, %314 : tensor<1x1x20xf32>
    %322 = stablehlo.constant dense<0.0> : tensor<f32>
    %323 = stablehlo.reduce(%321 init: %322) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %324 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %326 = stablehlo.multiply %323, %325 : tensor<1x1xf32>
    %327 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %329 = stablehlo.add %326, %328 : tensor<1x1xf32>
    %330 = stablehlo.rsqrt %329 : tensor<1x1xf32>
    %331 = stablehlo.broadcast_in_dim %330, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %332 = stablehlo.multiply %314, %331 : tensor<1x1x20xf32>
    %333 = stablehlo.constant dense<1.0> : tensor<f32>
    %334 = stablehlo.broadcast_in_dim %333, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %335 = stablehlo.add %model.layers.1.input_layernorm.weight, %334 : tensor<20xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %337 = stablehlo.multiply %332, %336 : tensor<1x1x20xf32>
    %338 = stablehlo.dot_general %model.layers.1.self_attn.q_proj.weight, %337, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<48x20xf32>, tensor<1x1x20xf32>) -> tensor<48x1x1xf32>
    %339 = stablehlo.reshape %338 : (tensor<48x1x1xf32>) -> tensor<1x1x48xf32>
    %340 = stablehlo.dot_general %model.layers.1.self_attn.k_proj.weight, %337, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x20xf32>, tensor<1x1x20xf32>) -> tensor<12x1x1xf32>
    %341 = stablehlo.reshape %340 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %342 = stablehlo.dot_general %model.layers.1.self_attn.v_proj.weight, %337, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x20xf32>, tensor<1x1x20xf32>) -> tensor<12x1x1xf32>
    %343 = stablehlo.reshape %342 : (tensor<12x1x1xf32>) -> tensor<1x1x12xf32>
    %344 = stablehlo.reshape %339 : (tensor<1x1x48xf32>) -> tensor<1x1x4x12xf32>
    %345 = stablehlo.reshape %341 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %346 = stablehlo.reshape %343 : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %347 = stablehlo.multiply %344, %344 : tensor<1x1x4x12xf32>
    %348 = stablehlo.constant dense<0.0> : tensor<f32>
    %349 = stablehlo.reduce(%347 init: %348) applies stablehlo.add across dimensions = [3] : (tensor<1x1x4x12xf32>, tensor<f32>) -> tensor<1x1x4xf32>
    %350 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %352 = stablehlo.multiply %349, %351 : tensor<1x1x4xf32>
    %353 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %354 = stablehlo.broadcast_in_dim %353, dims = [] : (tensor<f32>) -> tensor<1x1x4xf32>
    %355 = stablehlo.add %352, %354 : tensor<1x1x4xf32>
    %356 = stablehlo.rsqrt %355 : tensor<1x1x4xf32>
    %357 = stablehlo.broadcast_in_dim %356, dims = [0, 1, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4x12xf32>
    %358 = stablehlo.multiply %344, %357 : tensor<1x1x4x12xf32>
    %359 = stablehlo.constant dense<1.0> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %361 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %360 : tensor<12xf32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [3] : (tensor<12xf32>) -> tensor<1x1x4x12xf32>
    %363 = stablehlo.multiply %358, %362 : tensor<1x1x4x12xf32>
    %364 = stablehlo.multiply %345, %345 : tensor<1x1x1x12xf32>
    %365 = stablehlo.constant dense<0.0> : tensor<f32>
    %366 = stablehlo.reduce(%364 init: %365) applies stablehlo.add across dimensions = [3] : (tensor<1x1x1x12xf32>, tensor<f32>) -> tensor<1x1x1xf32>
    %367 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %369 = stablehlo.multiply %366, %368 : tensor<1x1x1xf32>
    %370 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %372 = stablehlo.add %369, %371 : tensor<1x1x1xf32>
    %373 = stablehlo.rsqrt %372 : tensor<1x1x1xf32>
    %374 = stablehlo.broadcast_in_dim %373, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x1x12xf32>
    %375 = stablehlo.multiply %345, %374 : tensor<1x1x1x12xf32>
    %376 = stablehlo.constant dense<1.0> : tensor<f32>
    %377 = stablehlo.broadcast_in_dim %376, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %378 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %377 : tensor<12xf32>
    %379 = stablehlo.broadcast_in_dim %378, dims = [3] : (tensor<12xf32>) -> tensor<1x1x1x12xf32>
    %380 = stablehlo.multiply %375, %379 : tensor<1x1x1x12xf32>
    %381 = "stablehlo.slice"(%363) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %382 = "stablehlo.slice"(%363) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x12xf32>) -> tensor<1x1x4x6xf32>
    %383 = stablehlo.negate %382 : tensor<1x1x4x6xf32>
    %384 = stablehlo.concatenate %383, %381, dim = 3 : (tensor<1x1x4x6xf32>, tensor<1x1x4x6xf32>) -> tensor<1x1x4x12xf32>
    %385 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %386 = stablehlo.broadcast_in_dim %103, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x4x12xf32>
    %387 = stablehlo.multiply %363, %385 : tensor<1x1x4x12xf32>
    %388 = stablehlo.multiply %384, %386 : tensor<1x1x4x12xf32>
    %389 = stablehlo.add %387, %388 : tensor<1x1x4x12xf32>
    %390 = "stablehlo.slice"(%380) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %391 = "stablehlo.slice"(%380) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 1, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x6xf32>
    %392 = stablehlo.negate %391 : tensor<1x1x1x6xf32>
    %393 = stablehlo.concatenate %392, %390, dim = 3 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>) -> tensor<1x1x1x12xf32>
    %394 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %395 = stablehlo.broadcast_in_dim %103, dims = [0, 1, 3] : (tensor<1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %396 = stablehlo.multiply %380, %394 : tensor<1x1x1x12xf32>
    %397 = stablehlo.multiply %393, %395 : tensor<1x1x1x12xf32>
    %398 = stablehlo.add %396, %397 : tensor<1x1x1x12xf32>
    %399 = stablehlo.reshape %389 : (tensor<1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %400 = stablehlo.transpose %399, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %401 = stablehlo.transpose %398, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %402 = stablehlo.transpose %346, dims = [0, 2, 1, 3] : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x12xf32>
    %403 = stablehlo.dot_general %400, %401, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x1xf32>
    %404 = stablehlo.dot_general %400, %318, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x16xf32>
    %405 = stablehlo.concatenate %404, %403, dim = 4 : (tensor<1x1x1x4x16xf32>, tensor<1x1x1x4x1xf32>) -> tensor<1x1x1x4x17xf32>
    %406 = stablehlo.constant dense<0.0625> : tensor<f32>
    %407 = stablehlo.broadcast_in_dim %406, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %408 = stablehlo.multiply %405, %407 : tensor<1x1x1x4x17xf32>
    %409 = stablehlo.broadcast_in_dim %115, dims = [0, 2, 4] : (tensor<1x1x17xi1>) -> tensor<1x1x1x4x17xi1>
    %410 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %411 = stablehlo.broadcast_in_dim %410, dims = [] : (tensor<f32>) -> tensor<1x1x1x4x17xf32>
    %412 = stablehlo.select %409, %408, %411 : (tensor<1x1x1x4x17xi1>, tensor<1x1x1x4x17xf32>, tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x17xf32>
    %413 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %414 = stablehlo.reduce(%412 init: %413) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %415 = stablehlo.broadcast_in_dim %414, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %416 = stablehlo.subtract %412, %415 : tensor<1x1x1x4x17xf32>
    %417 = stablehlo.exponential %416 : tensor<1x1x1x4x17xf32>
    %418 = stablehlo.constant dense<0.0> : tensor<f32>
    %419 = stablehlo.reduce(%417 init: %418) applies stablehlo.add across dimensions = [4] : (tensor<1x1x1x4x17xf32>, tensor<f32>) -> tensor<1x1x1x4xf32>
    %420 = stablehlo.broadcast_in_dim %419, dims = [0, 1, 2, 3] : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4x17xf32>
    %421 = stablehlo.divide %417, %420 : tensor<1x1x1x4x17xf32>
    %422 = "stablehlo.slice"(%421) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x16xf32>
    %423 = "stablehlo.slice"(%421) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x1x4x17xf32>) -> tensor<1x1x1x4x1xf32>
    %424 = stablehlo.dot_general %422, %320, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x1x4x12xf32>
    %425 = stablehlo.dot_general %423, %402, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x1x4x1xf32>, tensor<1x1x1x12xf32>) -> tensor<1x1x1x4x12xf32>
    %426 = stablehlo.add %424, %425 : tensor<1x1x1x4x12xf32>
    %427 = stablehlo.transpose %426, dims = [0, 2, 1, 3, 4] : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x1x4x12xf32>
    %428 = stablehlo.reshape %427 : (tensor<1x1x1x4x12xf32>) -> tensor<1x1x48xf32>
    %429 = stablehlo.dot_general %model.layers.1.self_attn.o_proj.weight, %428, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x48xf32>, tensor<1x1x48xf32>) -> tensor<20x1x1xf32>
    %430 = stablehlo.reshape %429 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %431 = stablehlo.multiply %430, %430 : tensor<1x1x20xf32>
    %432 = stablehlo.constant dense<0.0> : tensor<f32>
    %433 = stablehlo.reduce(%431 init: %432) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %434 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %435 = stablehlo.broadcast_in_dim %434, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %436 = stablehlo.multiply %433, %435 : tensor<1x1xf32>
    %437 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %438 = stablehlo.broadcast_in_dim %437, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %439 = stablehlo.add %436, %438 : tensor<1x1xf32>
    %440 = stablehlo.rsqrt %439 : tensor<1x1xf32>
    %441 = stablehlo.broadcast_in_dim %440, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %442 = stablehlo.multiply %430, %441 : tensor<1x1x20xf32>
    %443 = stablehlo.constant dense<1.0> : tensor<f32>
    %444 = stablehlo.broadcast_in_dim %443, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %445 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %444 : tensor<20xf32>
    %446 = stablehlo.broadcast_in_dim %445, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %447 = stablehlo.multiply %442, %446 : tensor<1x1x20xf32>
    %448 = stablehlo.add %314, %447 : tensor<1x1x20xf32>
    %449 = stablehlo.multiply %448, %448 : tensor<1x1x20xf32>
    %450 = stablehlo.constant dense<0.0> : tensor<f32>
    %451 = stablehlo.reduce(%449 init: %450) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %452 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %453 = stablehlo.broadcast_in_dim %452, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %454 = stablehlo.multiply %451, %453 : tensor<1x1xf32>
    %455 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %456 = stablehlo.broadcast_in_dim %455, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %457 = stablehlo.add %454, %456 : tensor<1x1xf32>
    %458 = stablehlo.rsqrt %457 : tensor<1x1xf32>
    %459 = stablehlo.broadcast_in_dim %458, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %460 = stablehlo.multiply %448, %459 : tensor<1x1x20xf32>
    %461 = stablehlo.constant dense<1.0> : tensor<f32>
    %462 = stablehlo.broadcast_in_dim %461, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %463 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %462 : tensor<20xf32>
    %464 = stablehlo.broadcast_in_dim %463, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %465 = stablehlo.multiply %460, %464 : tensor<1x1x20xf32>
    %466 = stablehlo.dot_general %model.layers.1.mlp.gate_proj.weight, %465, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %467 = stablehlo.reshape %466 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %468 = stablehlo.multiply %467, %467 : tensor<1x1x56xf32>
    %469 = stablehlo.multiply %468, %467 : tensor<1x1x56xf32>
    %470 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %471 = stablehlo.broadcast_in_dim %470, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %472 = stablehlo.multiply %469, %471 : tensor<1x1x56xf32>
    %473 = stablehlo.add %467, %472 : tensor<1x1x56xf32>
    %474 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %475 = stablehlo.broadcast_in_dim %474, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %476 = stablehlo.multiply %473, %475 : tensor<1x1x56xf32>
    %477 = stablehlo.constant dense<0.5> : tensor<f32>
    %478 = stablehlo.broadcast_in_dim %477, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %479 = stablehlo.multiply %467, %478 : tensor<1x1x56xf32>
    %480 = stablehlo.tanh %476 : tensor<1x1x56xf32>
    %481 = stablehlo.constant dense<1.0> : tensor<f32>
    %482 = stablehlo.broadcast_in_dim %481, dims = [] : (tensor<f32>) -> tensor<1x1x56xf32>
    %483 = stablehlo.add %480, %482 : tensor<1x1x56xf32>
    %484 = stablehlo.multiply %479, %483 : tensor<1x1x56xf32>
    %485 = stablehlo.dot_general %model.layers.1.mlp.up_proj.weight, %465, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<56x20xf32>, tensor<1x1x20xf32>) -> tensor<56x1x1xf32>
    %486 = stablehlo.reshape %485 : (tensor<56x1x1xf32>) -> tensor<1x1x56xf32>
    %487 = stablehlo.multiply %484, %486 : tensor<1x1x56xf32>
    %488 = stablehlo.dot_general %model.layers.1.mlp.down_proj.weight, %487, contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<20x56xf32>, tensor<1x1x56xf32>) -> tensor<20x1x1xf32>
    %489 = stablehlo.reshape %488 : (tensor<20x1x1xf32>) -> tensor<1x1x20xf32>
    %490 = stablehlo.multiply %489, %489 : tensor<1x1x20xf32>
    %491 = stablehlo.constant dense<0.0> : tensor<f32>
    %492 = stablehlo.reduce(%490 init: %491) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %493 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %494 = stablehlo.broadcast_in_dim %493, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %495 = stablehlo.multiply %492, %494 : tensor<1x1xf32>
    %496 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %497 = stablehlo.broadcast_in_dim %496, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %498 = stablehlo.add %495, %497 : tensor<1x1xf32>
    %499 = stablehlo.rsqrt %498 : tensor<1x1xf32>
    %500 = stablehlo.broadcast_in_dim %499, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %501 = stablehlo.multiply %489, %500 : tensor<1x1x20xf32>
    %502 = stablehlo.constant dense<1.0> : tensor<f32>
    %503 = stablehlo.broadcast_in_dim %502, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %504 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %503 : tensor<20xf32>
    %505 = stablehlo.broadcast_in_dim %504, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %506 = stablehlo.multiply %501, %505 : tensor<1x1x20xf32>
    %507 = stablehlo.add %448, %506 : tensor<1x1x20xf32>
    %508 = stablehlo.reshape %401 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %509 = stablehlo.reshape %402 : (tensor<1x1x1x12xf32>) -> tensor<1x1x1x1x12xf32>
    %510 = stablehlo.multiply %507, %507 : tensor<1x1x20xf32>
    %511 = stablehlo.constant dense<0.0> : tensor<f32>
    %512 = stablehlo.reduce(%510 init: %511) applies stablehlo.add across dimensions = [2] : (tensor<1x1x20xf32>, tensor<f32>) -> tensor<1x1xf32>
    %513 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %514 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %515 = stablehlo.multiply %512, %514 : tensor<1x1xf32>
    %516 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %517 = stablehlo.broadcast_in_dim %516, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %518 = stablehlo.add %515, %517 : tensor<1x1xf32>
    %519 = stablehlo.rsqrt %518 : tensor<1x1xf32>
    %520 = stablehlo.broadcast_in_dim %519, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x20xf32>
    %521 = stablehlo.multiply %507, %520 : tensor<1x1x20xf32>
    %522 = stablehlo.constant dense<1.0> : tensor<f32>
    %523 = stablehlo.broadcast_in_dim %522, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %524 = stablehlo.add %model.norm.weight, %523 : tensor<20xf32>
    %525 = stablehlo.broadcast_in_dim %524, dims = [2] : (tensor<20xf32>) -> tensor<1x1x20xf32>
    %526 = stablehlo.multiply %521, %525 : tensor<1x1x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %527 = stablehlo.concatenate %315, %508, dim = 1 : (tensor<1x1x1x1x12xf32>, tensor<1x1x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %528 = stablehlo.constant dense<0> : tensor<i32>
    %529 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %530 = stablehlo.dynamic_update_slice %2, %527, %528, %528, %528, %529, %528 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %531 = stablehlo.concatenate %316, %509, dim = 1 : (tensor<1x1x1x1x12xf32>, tensor<1x1x1x1x12xf32>) -> tensor<1x2x1x1x12xf32>
    %532 = stablehlo.constant dense<0> : tensor<i32>
    %533 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %534 = stablehlo.dynamic_update_slice %3, %531, %532, %532, %532, %533, %532 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x1x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %535 = stablehlo.reshape %526 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %536 = stablehlo.dot_general %model.embed_tokens.weight, %535, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %537 = stablehlo.reshape %530 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    %538 = stablehlo.reshape %534 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    return %536, %537, %538 : tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>
  }
}
