// gemma3_text prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=20 heads=4 kv_heads=1 head_dim=12 vocab=97
module @gemma3_text_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x20xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.0.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.0.input_layernorm.weight: tensor<20xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.0.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<48x20xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x20xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<20x48xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x20xf32>, %model.layers.1.mlp.down_proj.weight: tensor<20x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<12xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<12xf32>, %model.layers.1.input_layernorm.weight: tensor<20xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<20xf32>, %model.layers.1.pre_feedforward_layernorm.weight: tensor<20xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<20xf32>, %model.norm.weight: tensor<20xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x1x16x12xf32>, %v_cache: tensor<2x1x16x12xf32>) -> (tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
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
    %58 = stablehlo.constant dense<[1.0, 0.09999999403953552, 0.009999998845160007, 0.0010000000474974513, 9.999996836995706e-05, 1.0000003385357559e-05]> : tensor<6xf32>
    %59 = stablehlo.convert %11 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %61 = stablehlo.broadcast_in_dim %58, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %62 = stablehlo.multiply %60, %61 : tensor<1x8x6xf32>
    %63 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %65 = stablehlo.multiply %62, %64 : tensor<1x8x6xf32>
    %66 = stablehlo.round_nearest_even %65 : tensor<1x8x6xf32>
    %67 = stablehlo.constant dense<6.28125> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %69 = stablehlo.multiply %66, %68 : tensor<1x8x6xf32>
    %70 = stablehlo.subtract %62, %69 : tensor<1x8x6xf32>
    %71 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %73 = stablehlo.multiply %66, %72 : tensor<1x8x6xf32>
    %74 = stablehlo.negate %73 : tensor<1x8x6xf32>
    %75 = stablehlo.add %70, %74 : tensor<1x8x6xf32>
    %76 = stablehlo.subtract %75, %70 : tensor<1x8x6xf32>
    %77 = stablehlo.subtract %75, %76 : tensor<1x8x6xf32>
    %78 = stablehlo.subtract %70, %77 : tensor<1x8x6xf32>
    %79 = stablehlo.subtract %74, %76 : tensor<1x8x6xf32>
    %80 = stablehlo.add %78, %79 : tensor<1x8x6xf32>
    %81 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %83 = stablehlo.multiply %66, %82 : tensor<1x8x6xf32>
    %84 = stablehlo.negate %83 : tensor<1x8x6xf32>
    %85 = stablehlo.add %75, %84 : tensor<1x8x6xf32>
    %86 = stablehlo.subtract %85, %75 : tensor<1x8x6xf32>
    %87 = stablehlo.subtract %85, %86 : tensor<1x8x6xf32>
    %88 = stablehlo.subtract %75, %87 : tensor<1x8x6xf32>
    %89 = stablehlo.subtract %84, %86 : tensor<1x8x6xf32>
    %90 = stablehlo.add %88, %89 : tensor<1x8x6xf32>
    %91 = stablehlo.add %80, %90 : tensor<1x8x6xf32>
    %92 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %94 = stablehlo.multiply %66, %93 : tensor<1x8x6xf32>
    %95 = stablehlo.subtract %91, %94 : tensor<1x8x6xf32>
    %96 = stablehlo.cosine %85 : tensor<1x8x6xf32>
    %97 = stablehlo.sine %85 : tensor<1x8x6xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<1x8x6xf32>
    %99 = stablehlo.subtract %96, %98 : tensor<1x8x6xf32>
    %100 = stablehlo.multiply %95, %96 : tensor<1x8x6xf32>
    %101 = stablehlo.add %97, %100 : tensor<1x8x6xf32>
    %102 = stablehlo.concatenate %99, %99, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %103 = stablehlo.concatenate %101, %101, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %104 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %105 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %106 = stablehlo.compare LE, %105, %104, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %107 = stablehlo.subtract %104, %105 : tensor<1x8x8xi32>
    %108 = stablehlo.constant dense<5> : tensor<i32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [] : (tensor<i32>) -> tensor<1x8x8xi32>
    %110 = stablehlo.compare LT, %107, %109, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %111 = stablehlo.and %106, %110 : tensor<1x8x8xi1>
    %112 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %113 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %114 = stablehlo.compare LT, %112, %113, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %115 = stablehlo.concatenate %114, %106, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    %116 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %117 = stablehlo.add %113, %116 : tensor<1x8x16xi32>
    %118 = stablehlo.subtract %117, %112 : tensor<1x8x16xi32>
    %119 = stablehlo.constant dense<5> : tensor<i32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [] : (tensor<i32>) -> tensor<1x8x16xi32>
    %121 = stablehlo.compare LT, %118, %120, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %122 = stablehlo.and %114, %121 : tensor<1x8x16xi1>
    %123 = stablehlo.concatenate %122, %111, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: sliding_attention
    %124 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %125 = stablehlo.reshape %124 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %126 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %127 = stablehlo.reshape %126 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %128 = stablehlo.multiply %8, %8 : tensor<1x8x20xf32>
    %129 = stablehlo.constant dense<0.0> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %131 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<1x8xf32>
    %134 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %136 = stablehlo.add %133, %135 : tensor<1x8xf32>
    %137 = stablehlo.rsqrt %136 : tensor<1x8xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %139 = stablehlo.multiply %8, %138 : tensor<1x8x20xf32>
    %140 = stablehlo.constant dense<1.0> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %142 = stablehlo.add %model.layers.0.input_layernorm.weight, %141 : tensor<20xf32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %144 = stablehlo.multiply %139, %143 : tensor<1x8x20xf32>
    %145 = stablehlo.dot_general %144, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %146 = stablehlo.dot_general %144, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<12x20xf32>) -> tensor<1x8x12xf32>
    %147 = stablehlo.dot_general %144, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<12x20xf32>) -> tensor<1x8x12xf32>
    %148 = stablehlo.reshape %145 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %149 = stablehlo.reshape %146 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %150 = stablehlo.reshape %147 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %151 = stablehlo.multiply %148, %148 : tensor<1x8x4x12xf32>
    %152 = stablehlo.constant dense<0.0> : tensor<f32>
    %153 = stablehlo.reduce(%151 init: %152) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %154 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %156 = stablehlo.multiply %153, %155 : tensor<1x8x4xf32>
    %157 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %159 = stablehlo.add %156, %158 : tensor<1x8x4xf32>
    %160 = stablehlo.rsqrt %159 : tensor<1x8x4xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %162 = stablehlo.multiply %148, %161 : tensor<1x8x4x12xf32>
    %163 = stablehlo.constant dense<1.0> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %165 = stablehlo.add %model.layers.0.self_attn.q_norm.weight, %164 : tensor<12xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %167 = stablehlo.multiply %162, %166 : tensor<1x8x4x12xf32>
    %168 = stablehlo.multiply %149, %149 : tensor<1x8x1x12xf32>
    %169 = stablehlo.constant dense<0.0> : tensor<f32>
    %170 = stablehlo.reduce(%168 init: %169) applies stablehlo.add across dimensions = [3] : (tensor<1x8x1x12xf32>, tensor<f32>) -> tensor<1x8x1xf32>
    %171 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<1x8x1xf32>
    %173 = stablehlo.multiply %170, %172 : tensor<1x8x1xf32>
    %174 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [] : (tensor<f32>) -> tensor<1x8x1xf32>
    %176 = stablehlo.add %173, %175 : tensor<1x8x1xf32>
    %177 = stablehlo.rsqrt %176 : tensor<1x8x1xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1, 2] : (tensor<1x8x1xf32>) -> tensor<1x8x1x12xf32>
    %179 = stablehlo.multiply %149, %178 : tensor<1x8x1x12xf32>
    %180 = stablehlo.constant dense<1.0> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %182 = stablehlo.add %model.layers.0.self_attn.k_norm.weight, %181 : tensor<12xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [3] : (tensor<12xf32>) -> tensor<1x8x1x12xf32>
    %184 = stablehlo.multiply %179, %183 : tensor<1x8x1x12xf32>
    %185 = "stablehlo.slice"(%167) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %186 = "stablehlo.slice"(%167) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %187 = stablehlo.negate %186 : tensor<1x8x4x6xf32>
    %188 = stablehlo.concatenate %187, %185, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %189 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %190 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %191 = stablehlo.multiply %167, %189 : tensor<1x8x4x12xf32>
    %192 = stablehlo.multiply %188, %190 : tensor<1x8x4x12xf32>
    %193 = stablehlo.add %191, %192 : tensor<1x8x4x12xf32>
    %194 = "stablehlo.slice"(%184) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %195 = "stablehlo.slice"(%184) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %196 = stablehlo.negate %195 : tensor<1x8x1x6xf32>
    %197 = stablehlo.concatenate %196, %194, dim = 3 : (tensor<1x8x1x6xf32>, tensor<1x8x1x6xf32>) -> tensor<1x8x1x12xf32>
    %198 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %199 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %200 = stablehlo.multiply %184, %198 : tensor<1x8x1x12xf32>
    %201 = stablehlo.multiply %197, %199 : tensor<1x8x1x12xf32>
    %202 = stablehlo.add %200, %201 : tensor<1x8x1x12xf32>
    %203 = stablehlo.reshape %193 : (tensor<1x8x4x12xf32>) -> tensor<1x8x1x4x12xf32>
    %204 = stablehlo.transpose %203, dims = [0, 2, 1, 3, 4] : (tensor<1x8x1x4x12xf32>) -> tensor<1x1x8x4x12xf32>
    %205 = stablehlo.transpose %202, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %206 = stablehlo.transpose %150, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %207 = stablehlo.dot_general %204, %205, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x12xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x4x8xf32>
    %208 = stablehlo.dot_general %204, %125, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x4x16xf32>
    %209 = stablehlo.concatenate %208, %207, dim = 4 : (tensor<1x1x8x4x16xf32>, tensor<1x1x8x4x8xf32>) -> tensor<1x1x8x4x24xf32>
    %210 = stablehlo.constant dense<0.0625> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [] : (tensor<f32>) -> tensor<1x1x8x4x24xf32>
    %212 = stablehlo.multiply %209, %211 : tensor<1x1x8x4x24xf32>
    %213 = stablehlo.broadcast_in_dim %123, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x1x8x4x24xi1>
    %214 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<1x1x8x4x24xf32>
    %216 = stablehlo.select %213, %212, %215 : (tensor<1x1x8x4x24xi1>, tensor<1x1x8x4x24xf32>, tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x24xf32>
    %217 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %218 = stablehlo.reduce(%216 init: %217) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x8x4x24xf32>, tensor<f32>) -> tensor<1x1x8x4xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0, 1, 2, 3] : (tensor<1x1x8x4xf32>) -> tensor<1x1x8x4x24xf32>
    %220 = stablehlo.subtract %216, %219 : tensor<1x1x8x4x24xf32>
    %221 = stablehlo.exponential %220 : tensor<1x1x8x4x24xf32>
    %222 = stablehlo.constant dense<0.0> : tensor<f32>
    %223 = stablehlo.reduce(%221 init: %222) applies stablehlo.add across dimensions = [4] : (tensor<1x1x8x4x24xf32>, tensor<f32>) -> tensor<1x1x8x4xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0, 1, 2, 3] : (tensor<1x1x8x4xf32>) -> tensor<1x1x8x4x24xf32>
    %225 = stablehlo.divide %221, %224 : tensor<1x1x8x4x24xf32>
    %226 = "stablehlo.slice"(%225) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x16xf32>
    %227 = "stablehlo.slice"(%225) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x8xf32>
    %228 = stablehlo.dot_general %226, %127, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x4x12xf32>
    %229 = stablehlo.dot_general %227, %206, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x8xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x4x12xf32>
    %230 = stablehlo.add %228, %229 : tensor<1x1x8x4x12xf32>
    %231 = stablehlo.transpose %230, dims = [0, 2, 1, 3, 4] : (tensor<1x1x8x4x12xf32>) -> tensor<1x8x1x4x12xf32>
    %232 = stablehlo.reshape %231 : (tensor<1x8x1x4x12xf32>) -> tensor<1x8x48xf32>
    %233 = stablehlo.dot_general %232, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %234 = stablehlo.multiply %233, %233 : tensor<1x8x20xf32>
    %235 = stablehlo.constant dense<0.0> : tensor<f32>
    %236 = stablehlo.reduce(%234 init: %235) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %237 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %239 = stablehlo.multiply %236, %238 : tensor<1x8xf32>
    %240 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %242 = stablehlo.add %239, %241 : tensor<1x8xf32>
    %243 = stablehlo.rsqrt %242 : tensor<1x8xf32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %245 = stablehlo.multiply %233, %244 : tensor<1x8x20xf32>
    %246 = stablehlo.constant dense<1.0> : tensor<f32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %248 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %247 : tensor<20xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %250 = stablehlo.multiply %245, %249 : tensor<1x8x20xf32>
    %251 = stablehlo.add %8, %250 : tensor<1x8x20xf32>
    %252 = stablehlo.multiply %251, %251 : tensor<1x8x20xf32>
    %253 = stablehlo.constant dense<0.0> : tensor<f32>
    %254 = stablehlo.reduce(%252 init: %253) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %255 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %257 = stablehlo.multiply %254, %256 : tensor<1x8xf32>
    %258 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %260 = stablehlo.add %257, %259 : tensor<1x8xf32>
    %261 = stablehlo.rsqrt %260 : tensor<1x8xf32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %263 = stablehlo.multiply %251, %262 : tensor<1x8x20xf32>
    %264 = stablehlo.constant dense<1.0> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %266 = stablehlo.add %model.layers.0.pre_feedforward_layernorm.weight, %265 : tensor<20xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %268 = stablehlo.multiply %263, %267 : tensor<1x8x20xf32>
    %269 = stablehlo.dot_general %268, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %270 = stablehlo.multiply %269, %269 : tensor<1x8x56xf32>
    %271 = stablehlo.multiply %270, %269 : tensor<1x8x56xf32>
    %272 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %274 = stablehlo.multiply %271, %273 : tensor<1x8x56xf32>
    %275 = stablehlo.add %269, %274 : tensor<1x8x56xf32>
    %276 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %278 = stablehlo.multiply %275, %277 : tensor<1x8x56xf32>
    %279 = stablehlo.constant dense<0.5> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %281 = stablehlo.multiply %269, %280 : tensor<1x8x56xf32>
    %282 = stablehlo.tanh %278 : tensor<1x8x56xf32>
    %283 = stablehlo.constant dense<1.0> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %285 = stablehlo.add %282, %284 : tensor<1x8x56xf32>
    %286 = stablehlo.multiply %281, %285 : tensor<1x8x56xf32>
    %287 = stablehlo.dot_general %268, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %288 = stablehlo.multiply %286, %287 : tensor<1x8x56xf32>
    %289 = stablehlo.dot_general %288, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %290 = stablehlo.multiply %289, %289 : tensor<1x8x20xf32>
    %291 = stablehlo.constant dense<0.0> : tensor<f32>
    %292 = stablehlo.reduce(%290 init: %291) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %293 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %295 = stablehlo.multiply %292, %294 : tensor<1x8xf32>
    %296 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %298 = stablehlo.add %295, %297 : tensor<1x8xf32>
    %299 = stablehlo.rsqrt %298 : tensor<1x8xf32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %301 = stablehlo.multiply %289, %300 : tensor<1x8x20xf32>
    %302 = stablehlo.constant dense<1.0> : tensor<f32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %304 = stablehlo.add %model.layers.0.post_feedforward_layernorm.weight, %303 : tensor<20xf32>
    %305 = stablehlo.broadcast_in_dim %304, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %306 = stablehlo.multiply %301, %305 : tensor<1x8x20xf32>
    %307 = stablehlo.add %251, %306 : tensor<1x8x20xf32>
    %308 = stablehlo.reshape %205 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %309 = stablehlo.reshape %206 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    // layer 1: full_attention
    %310 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %311 = stablehlo.reshape %310 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %312 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %313 = stablehlo.reshape %312 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %314 = stablehlo.multiply %307, %307 : tensor<1x8x20xf32>
    %315 = stablehlo.constant dense<0.0> : tensor<f32>
    %316 = stablehlo.reduce(%314 init: %315) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %317 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %319 = stablehlo.multiply %316, %318 : tensor<1x8xf32>
    %320 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %322 = stablehlo.add %319, %321 : tensor<1x8xf32>
    %323 = stablehlo.rsqrt %322 : tensor<1x8xf32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %325 = stablehlo.multiply %307, %324 : tensor<1x8x20xf32>
    %326 = stablehlo.constant dense<1.0> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %326, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %328 = stablehlo.add %model.layers.1.input_layernorm.weight, %327 : tensor<20xf32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %330 = stablehlo.multiply %325, %329 : tensor<1x8x20xf32>
    %331 = stablehlo.dot_general %330, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<48x20xf32>) -> tensor<1x8x48xf32>
    %332 = stablehlo.dot_general %330, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<12x20xf32>) -> tensor<1x8x12xf32>
    %333 = stablehlo.dot_general %330, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<12x20xf32>) -> tensor<1x8x12xf32>
    %334 = stablehlo.reshape %331 : (tensor<1x8x48xf32>) -> tensor<1x8x4x12xf32>
    %335 = stablehlo.reshape %332 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %336 = stablehlo.reshape %333 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %337 = stablehlo.multiply %334, %334 : tensor<1x8x4x12xf32>
    %338 = stablehlo.constant dense<0.0> : tensor<f32>
    %339 = stablehlo.reduce(%337 init: %338) applies stablehlo.add across dimensions = [3] : (tensor<1x8x4x12xf32>, tensor<f32>) -> tensor<1x8x4xf32>
    %340 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %341 = stablehlo.broadcast_in_dim %340, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %342 = stablehlo.multiply %339, %341 : tensor<1x8x4xf32>
    %343 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %344 = stablehlo.broadcast_in_dim %343, dims = [] : (tensor<f32>) -> tensor<1x8x4xf32>
    %345 = stablehlo.add %342, %344 : tensor<1x8x4xf32>
    %346 = stablehlo.rsqrt %345 : tensor<1x8x4xf32>
    %347 = stablehlo.broadcast_in_dim %346, dims = [0, 1, 2] : (tensor<1x8x4xf32>) -> tensor<1x8x4x12xf32>
    %348 = stablehlo.multiply %334, %347 : tensor<1x8x4x12xf32>
    %349 = stablehlo.constant dense<1.0> : tensor<f32>
    %350 = stablehlo.broadcast_in_dim %349, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %351 = stablehlo.add %model.layers.1.self_attn.q_norm.weight, %350 : tensor<12xf32>
    %352 = stablehlo.broadcast_in_dim %351, dims = [3] : (tensor<12xf32>) -> tensor<1x8x4x12xf32>
    %353 = stablehlo.multiply %348, %352 : tensor<1x8x4x12xf32>
    %354 = stablehlo.multiply %335, %335 : tensor<1x8x1x12xf32>
    %355 = stablehlo.constant dense<0.0> : tensor<f32>
    %356 = stablehlo.reduce(%354 init: %355) applies stablehlo.add across dimensions = [3] : (tensor<1x8x1x12xf32>, tensor<f32>) -> tensor<1x8x1xf32>
    %357 = stablehlo.constant dense<0.0833333358168602> : tensor<f32>
    %358 = stablehlo.broadcast_in_dim %357, dims = [] : (tensor<f32>) -> tensor<1x8x1xf32>
    %359 = stablehlo.multiply %356, %358 : tensor<1x8x1xf32>
    %360 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %360, dims = [] : (tensor<f32>) -> tensor<1x8x1xf32>
    %362 = stablehlo.add %359, %361 : tensor<1x8x1xf32>
    %363 = stablehlo.rsqrt %362 : tensor<1x8x1xf32>
    %364 = stablehlo.broadcast_in_dim %363, dims = [0, 1, 2] : (tensor<1x8x1xf32>) -> tensor<1x8x1x12xf32>
    %365 = stablehlo.multiply %335, %364 : tensor<1x8x1x12xf32>
    %366 = stablehlo.constant dense<1.0> : tensor<f32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %368 = stablehlo.add %model.layers.1.self_attn.k_norm.weight, %367 : tensor<12xf32>
    %369 = stablehlo.broadcast_in_dim %368, dims = [3] : (tensor<12xf32>) -> tensor<1x8x1x12xf32>
    %370 = stablehlo.multiply %365, %369 : tensor<1x8x1x12xf32>
    %371 = "stablehlo.slice"(%353) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %372 = "stablehlo.slice"(%353) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x4x12xf32>) -> tensor<1x8x4x6xf32>
    %373 = stablehlo.negate %372 : tensor<1x8x4x6xf32>
    %374 = stablehlo.concatenate %373, %371, dim = 3 : (tensor<1x8x4x6xf32>, tensor<1x8x4x6xf32>) -> tensor<1x8x4x12xf32>
    %375 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %376 = stablehlo.broadcast_in_dim %103, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x4x12xf32>
    %377 = stablehlo.multiply %353, %375 : tensor<1x8x4x12xf32>
    %378 = stablehlo.multiply %374, %376 : tensor<1x8x4x12xf32>
    %379 = stablehlo.add %377, %378 : tensor<1x8x4x12xf32>
    %380 = "stablehlo.slice"(%370) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %381 = "stablehlo.slice"(%370) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %382 = stablehlo.negate %381 : tensor<1x8x1x6xf32>
    %383 = stablehlo.concatenate %382, %380, dim = 3 : (tensor<1x8x1x6xf32>, tensor<1x8x1x6xf32>) -> tensor<1x8x1x12xf32>
    %384 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %385 = stablehlo.broadcast_in_dim %103, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %386 = stablehlo.multiply %370, %384 : tensor<1x8x1x12xf32>
    %387 = stablehlo.multiply %383, %385 : tensor<1x8x1x12xf32>
    %388 = stablehlo.add %386, %387 : tensor<1x8x1x12xf32>
    %389 = stablehlo.reshape %379 : (tensor<1x8x4x12xf32>) -> tensor<1x8x1x4x12xf32>
    %390 = stablehlo.transpose %389, dims = [0, 2, 1, 3, 4] : (tensor<1x8x1x4x12xf32>) -> tensor<1x1x8x4x12xf32>
    %391 = stablehlo.transpose %388, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %392 = stablehlo.transpose %336, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %393 = stablehlo.dot_general %390, %391, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x12xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x4x8xf32>
    %394 = stablehlo.dot_general %390, %311, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x4x16xf32>
    %395 = stablehlo.concatenate %394, %393, dim = 4 : (tensor<1x1x8x4x16xf32>, tensor<1x1x8x4x8xf32>) -> tensor<1x1x8x4x24xf32>
    %396 = stablehlo.constant dense<0.0625> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %396, dims = [] : (tensor<f32>) -> tensor<1x1x8x4x24xf32>
    %398 = stablehlo.multiply %395, %397 : tensor<1x1x8x4x24xf32>
    %399 = stablehlo.broadcast_in_dim %115, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x1x8x4x24xi1>
    %400 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %401 = stablehlo.broadcast_in_dim %400, dims = [] : (tensor<f32>) -> tensor<1x1x8x4x24xf32>
    %402 = stablehlo.select %399, %398, %401 : (tensor<1x1x8x4x24xi1>, tensor<1x1x8x4x24xf32>, tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x24xf32>
    %403 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %404 = stablehlo.reduce(%402 init: %403) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x8x4x24xf32>, tensor<f32>) -> tensor<1x1x8x4xf32>
    %405 = stablehlo.broadcast_in_dim %404, dims = [0, 1, 2, 3] : (tensor<1x1x8x4xf32>) -> tensor<1x1x8x4x24xf32>
    %406 = stablehlo.subtract %402, %405 : tensor<1x1x8x4x24xf32>
    %407 = stablehlo.exponential %406 : tensor<1x1x8x4x24xf32>
    %408 = stablehlo.constant dense<0.0> : tensor<f32>
    %409 = stablehlo.reduce(%407 init: %408) applies stablehlo.add across dimensions = [4] : (tensor<1x1x8x4x24xf32>, tensor<f32>) -> tensor<1x1x8x4xf32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [0, 1, 2, 3] : (tensor<1x1x8x4xf32>) -> tensor<1x1x8x4x24xf32>
    %411 = stablehlo.divide %407, %410 : tensor<1x1x8x4x24xf32>
    %412 = "stablehlo.slice"(%411) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x16xf32>
    %413 = "stablehlo.slice"(%411) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x4x24xf32>) -> tensor<1x1x8x4x8xf32>
    %414 = stablehlo.dot_general %412, %313, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x4x12xf32>
    %415 = stablehlo.dot_general %413, %392, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x4x8xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x4x12xf32>
    %416 = stablehlo.add %414, %415 : tensor<1x1x8x4x12xf32>
    %417 = stablehlo.transpose %416, dims = [0, 2, 1, 3, 4] : (tensor<1x1x8x4x12xf32>) -> tensor<1x8x1x4x12xf32>
    %418 = stablehlo.reshape %417 : (tensor<1x8x1x4x12xf32>) -> tensor<1x8x48xf32>
    %419 = stablehlo.dot_general %418, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x48xf32>, tensor<20x48xf32>) -> tensor<1x8x20xf32>
    %420 = stablehlo.multiply %419, %419 : tensor<1x8x20xf32>
    %421 = stablehlo.constant dense<0.0> : tensor<f32>
    %422 = stablehlo.reduce(%420 init: %421) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %423 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %424 = stablehlo.broadcast_in_dim %423, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %425 = stablehlo.multiply %422, %424 : tensor<1x8xf32>
    %426 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %428 = stablehlo.add %425, %427 : tensor<1x8xf32>
    %429 = stablehlo.rsqrt %428 : tensor<1x8xf32>
    %430 = stablehlo.broadcast_in_dim %429, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %431 = stablehlo.multiply %419, %430 : tensor<1x8x20xf32>
    %432 = stablehlo.constant dense<1.0> : tensor<f32>
    %433 = stablehlo.broadcast_in_dim %432, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %434 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %433 : tensor<20xf32>
    %435 = stablehlo.broadcast_in_dim %434, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %436 = stablehlo.multiply %431, %435 : tensor<1x8x20xf32>
    %437 = stablehlo.add %307, %436 : tensor<1x8x20xf32>
    %438 = stablehlo.multiply %437, %437 : tensor<1x8x20xf32>
    %439 = stablehlo.constant dense<0.0> : tensor<f32>
    %440 = stablehlo.reduce(%438 init: %439) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %441 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %442 = stablehlo.broadcast_in_dim %441, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %443 = stablehlo.multiply %440, %442 : tensor<1x8xf32>
    %444 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %445 = stablehlo.broadcast_in_dim %444, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %446 = stablehlo.add %443, %445 : tensor<1x8xf32>
    %447 = stablehlo.rsqrt %446 : tensor<1x8xf32>
    %448 = stablehlo.broadcast_in_dim %447, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %449 = stablehlo.multiply %437, %448 : tensor<1x8x20xf32>
    %450 = stablehlo.constant dense<1.0> : tensor<f32>
    %451 = stablehlo.broadcast_in_dim %450, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %452 = stablehlo.add %model.layers.1.pre_feedforward_layernorm.weight, %451 : tensor<20xf32>
    %453 = stablehlo.broadcast_in_dim %452, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %454 = stablehlo.multiply %449, %453 : tensor<1x8x20xf32>
    %455 = stablehlo.dot_general %454, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %456 = stablehlo.multiply %455, %455 : tensor<1x8x56xf32>
    %457 = stablehlo.multiply %456, %455 : tensor<1x8x56xf32>
    %458 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %459 = stablehlo.broadcast_in_dim %458, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %460 = stablehlo.multiply %457, %459 : tensor<1x8x56xf32>
    %461 = stablehlo.add %455, %460 : tensor<1x8x56xf32>
    %462 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %463 = stablehlo.broadcast_in_dim %462, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %464 = stablehlo.multiply %461, %463 : tensor<1x8x56xf32>
    %465 = stablehlo.constant dense<0.5> : tensor<f32>
    %466 = stablehlo.broadcast_in_dim %465, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %467 = stablehlo.multiply %455, %466 : tensor<1x8x56xf32>
    %468 = stablehlo.tanh %464 : tensor<1x8x56xf32>
    %469 = stablehlo.constant dense<1.0> : tensor<f32>
    %470 = stablehlo.broadcast_in_dim %469, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %471 = stablehlo.add %468, %470 : tensor<1x8x56xf32>
    %472 = stablehlo.multiply %467, %471 : tensor<1x8x56xf32>
    %473 = stablehlo.dot_general %454, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x20xf32>, tensor<56x20xf32>) -> tensor<1x8x56xf32>
    %474 = stablehlo.multiply %472, %473 : tensor<1x8x56xf32>
    %475 = stablehlo.dot_general %474, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<20x56xf32>) -> tensor<1x8x20xf32>
    %476 = stablehlo.multiply %475, %475 : tensor<1x8x20xf32>
    %477 = stablehlo.constant dense<0.0> : tensor<f32>
    %478 = stablehlo.reduce(%476 init: %477) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %479 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %480 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %481 = stablehlo.multiply %478, %480 : tensor<1x8xf32>
    %482 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %483 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %484 = stablehlo.add %481, %483 : tensor<1x8xf32>
    %485 = stablehlo.rsqrt %484 : tensor<1x8xf32>
    %486 = stablehlo.broadcast_in_dim %485, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %487 = stablehlo.multiply %475, %486 : tensor<1x8x20xf32>
    %488 = stablehlo.constant dense<1.0> : tensor<f32>
    %489 = stablehlo.broadcast_in_dim %488, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %490 = stablehlo.add %model.layers.1.post_feedforward_layernorm.weight, %489 : tensor<20xf32>
    %491 = stablehlo.broadcast_in_dim %490, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %492 = stablehlo.multiply %487, %491 : tensor<1x8x20xf32>
    %493 = stablehlo.add %437, %492 : tensor<1x8x20xf32>
    %494 = stablehlo.reshape %391 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %495 = stablehlo.reshape %392 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %496 = stablehlo.multiply %493, %493 : tensor<1x8x20xf32>
    %497 = stablehlo.constant dense<0.0> : tensor<f32>
    %498 = stablehlo.reduce(%496 init: %497) applies stablehlo.add across dimensions = [2] : (tensor<1x8x20xf32>, tensor<f32>) -> tensor<1x8xf32>
    %499 = stablehlo.constant dense<0.05000000074505806> : tensor<f32>
    %500 = stablehlo.broadcast_in_dim %499, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %501 = stablehlo.multiply %498, %500 : tensor<1x8xf32>
    %502 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %503 = stablehlo.broadcast_in_dim %502, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %504 = stablehlo.add %501, %503 : tensor<1x8xf32>
    %505 = stablehlo.rsqrt %504 : tensor<1x8xf32>
    %506 = stablehlo.broadcast_in_dim %505, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x20xf32>
    %507 = stablehlo.multiply %493, %506 : tensor<1x8x20xf32>
    %508 = stablehlo.constant dense<1.0> : tensor<f32>
    %509 = stablehlo.broadcast_in_dim %508, dims = [] : (tensor<f32>) -> tensor<20xf32>
    %510 = stablehlo.add %model.norm.weight, %509 : tensor<20xf32>
    %511 = stablehlo.broadcast_in_dim %510, dims = [2] : (tensor<20xf32>) -> tensor<1x8x20xf32>
    %512 = stablehlo.multiply %507, %511 : tensor<1x8x20xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %513 = stablehlo.concatenate %308, %494, dim = 1 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %514 = stablehlo.constant dense<0> : tensor<i32>
    %515 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %516 = stablehlo.dynamic_update_slice %2, %513, %514, %514, %514, %515, %514 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %517 = stablehlo.concatenate %309, %495, dim = 1 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %518 = stablehlo.constant dense<0> : tensor<i32>
    %519 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %520 = stablehlo.dynamic_update_slice %3, %517, %518, %518, %518, %519, %518 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %521 = stablehlo.constant dense<1> : tensor<i32>
    %522 = stablehlo.subtract %length, %521 : tensor<i32>
    %523 = stablehlo.constant dense<0> : tensor<i32>
    %524 = stablehlo.dynamic_slice %512, %523, %522, %523, sizes = [1, 1, 20] : (tensor<1x8x20xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x20xf32>
    %525 = stablehlo.reshape %524 : (tensor<1x1x20xf32>) -> tensor<20xf32>
    %526 = stablehlo.dot_general %model.embed_tokens.weight, %525, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x20xf32>, tensor<20xf32>) -> tensor<97xf32>
    %527 = stablehlo.reshape %516 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    %528 = stablehlo.reshape %520 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    return %526, %527, %528 : tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>
  }
}
