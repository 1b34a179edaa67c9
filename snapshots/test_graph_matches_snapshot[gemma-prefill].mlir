// gemma prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=40 heads=8 kv_heads=1 head_dim=12 vocab=97
module @gemma_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x40xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.0.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.0.input_layernorm.weight: tensor<40xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<40xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<96x40xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<12x40xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<40x96xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x40xf32>, %model.layers.1.mlp.down_proj.weight: tensor<40x56xf32>, %model.layers.1.input_layernorm.weight: tensor<40xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<40xf32>, %model.norm.weight: tensor<40xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x1x16x12xf32>, %v_cache: tensor<2x1x16x12xf32>) -> (tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x1x16x12xf32>) -> tensor<1x2x1x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<1x8x1xi32>) -> tensor<1x8x40xf32>
    %6 = stablehlo.constant dense<6.324555397033691> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<1x8x40xf32>
    %8 = stablehlo.multiply %5, %7 : tensor<1x8x40xf32>
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
    %61 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %62 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %63 = stablehlo.compare LT, %61, %62, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %64 = stablehlo.concatenate %63, %60, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %65 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %67 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %69 = stablehlo.multiply %8, %8 : tensor<1x8x40xf32>
    %70 = stablehlo.constant dense<0.0> : tensor<f32>
    %71 = stablehlo.reduce(%69 init: %70) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %72 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %74 = stablehlo.multiply %71, %73 : tensor<1x8xf32>
    %75 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %77 = stablehlo.add %74, %76 : tensor<1x8xf32>
    %78 = stablehlo.rsqrt %77 : tensor<1x8xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %80 = stablehlo.multiply %8, %79 : tensor<1x8x40xf32>
    %81 = stablehlo.constant dense<1.0> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %83 = stablehlo.add %model.layers.0.input_layernorm.weight, %82 : tensor<40xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %85 = stablehlo.multiply %80, %84 : tensor<1x8x40xf32>
    %86 = stablehlo.dot_general %85, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %87 = stablehlo.dot_general %85, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<12x40xf32>) -> tensor<1x8x12xf32>
    %88 = stablehlo.dot_general %85, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<12x40xf32>) -> tensor<1x8x12xf32>
    %89 = stablehlo.reshape %86 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %90 = stablehlo.reshape %87 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %91 = stablehlo.reshape %88 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %92 = "stablehlo.slice"(%89) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %93 = "stablehlo.slice"(%89) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %94 = stablehlo.negate %93 : tensor<1x8x8x6xf32>
    %95 = stablehlo.concatenate %94, %92, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %96 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %97 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %98 = stablehlo.multiply %89, %96 : tensor<1x8x8x12xf32>
    %99 = stablehlo.multiply %95, %97 : tensor<1x8x8x12xf32>
    %100 = stablehlo.add %98, %99 : tensor<1x8x8x12xf32>
    %101 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %102 = "stablehlo.slice"(%90) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %103 = stablehlo.negate %102 : tensor<1x8x1x6xf32>
    %104 = stablehlo.concatenate %103, %101, dim = 3 : (tensor<1x8x1x6xf32>, tensor<1x8x1x6xf32>) -> tensor<1x8x1x12xf32>
    %105 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %106 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %107 = stablehlo.multiply %90, %105 : tensor<1x8x1x12xf32>
    %108 = stablehlo.multiply %104, %106 : tensor<1x8x1x12xf32>
    %109 = stablehlo.add %107, %108 : tensor<1x8x1x12xf32>
    %110 = stablehlo.reshape %100 : (tensor<1x8x8x12xf32>) -> tensor<1x8x1x8x12xf32>
    %111 = stablehlo.transpose %110, dims = [0, 2, 1, 3, 4] : (tensor<1x8x1x8x12xf32>) -> tensor<1x1x8x8x12xf32>
    %112 = stablehlo.transpose %109, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %113 = stablehlo.transpose %91, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %114 = stablehlo.dot_general %111, %112, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x12xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x8x8xf32>
    %115 = stablehlo.dot_general %111, %66, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x8x16xf32>
    %116 = stablehlo.concatenate %115, %114, dim = 4 : (tensor<1x1x8x8x16xf32>, tensor<1x1x8x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %117 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [] : (tensor<f32>) -> tensor<1x1x8x8x24xf32>
    %119 = stablehlo.multiply %116, %118 : tensor<1x1x8x8x24xf32>
    %120 = stablehlo.broadcast_in_dim %64, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x1x8x8x24xi1>
    %121 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [] : (tensor<f32>) -> tensor<1x1x8x8x24xf32>
    %123 = stablehlo.select %120, %119, %122 : (tensor<1x1x8x8x24xi1>, tensor<1x1x8x8x24xf32>, tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x24xf32>
    %124 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %125 = stablehlo.reduce(%123 init: %124) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x8x8x24xf32>, tensor<f32>) -> tensor<1x1x8x8xf32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<1x1x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %127 = stablehlo.subtract %123, %126 : tensor<1x1x8x8x24xf32>
    %128 = stablehlo.exponential %127 : tensor<1x1x8x8x24xf32>
    %129 = stablehlo.constant dense<0.0> : tensor<f32>
    %130 = stablehlo.reduce(%128 init: %129) applies stablehlo.add across dimensions = [4] : (tensor<1x1x8x8x24xf32>, tensor<f32>) -> tensor<1x1x8x8xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2, 3] : (tensor<1x1x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %132 = stablehlo.divide %128, %131 : tensor<1x1x8x8x24xf32>
    %133 = "stablehlo.slice"(%132) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x16xf32>
    %134 = "stablehlo.slice"(%132) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 8, 8, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x8xf32>
    %135 = stablehlo.dot_general %133, %68, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x8x12xf32>
    %136 = stablehlo.dot_general %134, %113, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x8xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x8x12xf32>
    %137 = stablehlo.add %135, %136 : tensor<1x1x8x8x12xf32>
    %138 = stablehlo.transpose %137, dims = [0, 2, 1, 3, 4] : (tensor<1x1x8x8x12xf32>) -> tensor<1x8x1x8x12xf32>
    %139 = stablehlo.reshape %138 : (tensor<1x8x1x8x12xf32>) -> tensor<1x8x96xf32>
    %140 = stablehlo.dot_general %139, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %141 = stablehlo.add %8, %140 : tensor<1x8x40xf32>
    %142 = stablehlo.multiply %141, %141 : tensor<1x8x40xf32>
    %143 = stablehlo.constant dense<0.0> : tensor<f32>
    %144 = stablehlo.reduce(%142 init: %143) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %145 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %147 = stablehlo.multiply %144, %146 : tensor<1x8xf32>
    %148 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %150 = stablehlo.add %147, %149 : tensor<1x8xf32>
    %151 = stablehlo.rsqrt %150 : tensor<1x8xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %153 = stablehlo.multiply %141, %152 : tensor<1x8x40xf32>
    %154 = stablehlo.constant dense<1.0> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %156 = stablehlo.add %model.layers.0.post_attention_layernorm.weight, %155 : tensor<40xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %158 = stablehlo.multiply %153, %157 : tensor<1x8x40xf32>
    %159 = stablehlo.dot_general %158, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %160 = stablehlo.multiply %159, %159 : tensor<1x8x56xf32>
    %161 = stablehlo.multiply %160, %159 : tensor<1x8x56xf32>
    %162 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %164 = stablehlo.multiply %161, %163 : tensor<1x8x56xf32>
    %165 = stablehlo.add %159, %164 : tensor<1x8x56xf32>
    %166 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<1x8x56xf32>
    %169 = stablehlo.constant dense<0.5> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %171 = stablehlo.multiply %159, %170 : tensor<1x8x56xf32>
    %172 = stablehlo.tanh %168 : tensor<1x8x56xf32>
    %173 = stablehlo.constant dense<1.0> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %175 = stablehlo.add %172, %174 : tensor<1x8x56xf32>
    %176 = stablehlo.multiply %171, %175 : tensor<1x8x56xf32>
    %177 = stablehlo.dot_general %158, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %178 = stablehlo.multiply %176, %177 : tensor<1x8x56xf32>
    %179 = stablehlo.dot_general %178, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %180 = stablehlo.add %141, %179 : tensor<1x8x40xf32>
    %181 = stablehlo.reshape %112 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %182 = stablehlo.reshape %113 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    // layer 1: full_attention
    %183 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %185 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 1, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x1x16x12xf32>) -> tensor<1x1x1x16x12xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x1x1x16x12xf32>) -> tensor<1x1x16x12xf32>
    %187 = stablehlo.multiply %180, %180 : tensor<1x8x40xf32>
    %188 = stablehlo.constant dense<0.0> : tensor<f32>
    %189 = stablehlo.reduce(%187 init: %188) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %190 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<1x8xf32>
    %193 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %195 = stablehlo.add %192, %194 : tensor<1x8xf32>
    %196 = stablehlo.rsqrt %195 : tensor<1x8xf32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %198 = stablehlo.multiply %180, %197 : tensor<1x8x40xf32>
    %199 = stablehlo.constant dense<1.0> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %201 = stablehlo.add %model.layers.1.input_layernorm.weight, %200 : tensor<40xf32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %203 = stablehlo.multiply %198, %202 : tensor<1x8x40xf32>
    %204 = stablehlo.dot_general %203, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %205 = stablehlo.dot_general %203, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<12x40xf32>) -> tensor<1x8x12xf32>
    %206 = stablehlo.dot_general %203, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<12x40xf32>) -> tensor<1x8x12xf32>
    %207 = stablehlo.reshape %204 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %208 = stablehlo.reshape %205 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %209 = stablehlo.reshape %206 : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %210 = "stablehlo.slice"(%207) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %211 = "stablehlo.slice"(%207) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %212 = stablehlo.negate %211 : tensor<1x8x8x6xf32>
    %213 = stablehlo.concatenate %212, %210, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %214 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %215 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %216 = stablehlo.multiply %207, %214 : tensor<1x8x8x12xf32>
    %217 = stablehlo.multiply %213, %215 : tensor<1x8x8x12xf32>
    %218 = stablehlo.add %216, %217 : tensor<1x8x8x12xf32>
    %219 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 1, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %220 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 1, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x1x12xf32>) -> tensor<1x8x1x6xf32>
    %221 = stablehlo.negate %220 : tensor<1x8x1x6xf32>
    %222 = stablehlo.concatenate %221, %219, dim = 3 : (tensor<1x8x1x6xf32>, tensor<1x8x1x6xf32>) -> tensor<1x8x1x12xf32>
    %223 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %224 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x1x12xf32>
    %225 = stablehlo.multiply %208, %223 : tensor<1x8x1x12xf32>
    %226 = stablehlo.multiply %222, %224 : tensor<1x8x1x12xf32>
    %227 = stablehlo.add %225, %226 : tensor<1x8x1x12xf32>
    %228 = stablehlo.reshape %218 : (tensor<1x8x8x12xf32>) -> tensor<1x8x1x8x12xf32>
    %229 = stablehlo.transpose %228, dims = [0, 2, 1, 3, 4] : (tensor<1x8x1x8x12xf32>) -> tensor<1x1x8x8x12xf32>
    %230 = stablehlo.transpose %227, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %231 = stablehlo.transpose %209, dims = [0, 2, 1, 3] : (tensor<1x8x1x12xf32>) -> tensor<1x1x8x12xf32>
    %232 = stablehlo.dot_general %229, %230, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x12xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x8x8xf32>
    %233 = stablehlo.dot_general %229, %184, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x12xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x8x16xf32>
    %234 = stablehlo.concatenate %233, %232, dim = 4 : (tensor<1x1x8x8x16xf32>, tensor<1x1x8x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %235 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<1x1x8x8x24xf32>
    %237 = stablehlo.multiply %234, %236 : tensor<1x1x8x8x24xf32>
    %238 = stablehlo.broadcast_in_dim %64, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x1x8x8x24xi1>
    %239 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<1x1x8x8x24xf32>
    %241 = stablehlo.select %238, %237, %240 : (tensor<1x1x8x8x24xi1>, tensor<1x1x8x8x24xf32>, tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x24xf32>
    %242 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %243 = stablehlo.reduce(%241 init: %242) applies stablehlo.maximum across dimensions = [4] : (tensor<1x1x8x8x24xf32>, tensor<f32>) -> tensor<1x1x8x8xf32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [0, 1, 2, 3] : (tensor<1x1x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %245 = stablehlo.subtract %241, %244 : tensor<1x1x8x8x24xf32>
    %246 = stablehlo.exponential %245 : tensor<1x1x8x8x24xf32>
    %247 = stablehlo.constant dense<0.0> : tensor<f32>
    %248 = stablehlo.reduce(%246 init: %247) applies stablehlo.add across dimensions = [4] : (tensor<1x1x8x8x24xf32>, tensor<f32>) -> tensor<1x1x8x8xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2, 3] : (tensor<1x1x8x8xf32>) -> tensor<1x1x8x8x24xf32>
    %250 = stablehlo.divide %246, %249 : tensor<1x1x8x8x24xf32>
    %251 = "stablehlo.slice"(%250) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 8, 8, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x16xf32>
    %252 = "stablehlo.slice"(%250) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 1, 8, 8, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x1x8x8x24xf32>) -> tensor<1x1x8x8x8xf32>
    %253 = stablehlo.dot_general %251, %186, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x16xf32>, tensor<1x1x16x12xf32>) -> tensor<1x1x8x8x12xf32>
    %254 = stablehlo.dot_general %252, %231, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x1x8x8x8xf32>, tensor<1x1x8x12xf32>) -> tensor<1x1x8x8x12xf32>
    %255 = stablehlo.add %253, %254 : tensor<1x1x8x8x12xf32>
    %256 = stablehlo.transpose %255, dims = [0, 2, 1, 3, 4] : (tensor<1x1x8x8x12xf32>) -> tensor<1x8x1x8x12xf32>
    %257 = stablehlo.reshape %256 : (tensor<1x8x1x8x12xf32>) -> tensor<1x8x96xf32>
    %258 = stablehlo.dot_general %257, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %259 = stablehlo.add %180, %258 : tensor<1x8x40xf32>
    %260 = stablehlo.multiply %259, %259 : tensor<1x8x40xf32>
    %261 = stablehlo.constant dense<0.0> : tensor<f32>
    %262 = stablehlo.reduce(%260 init: %261) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %263 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %265 = stablehlo.multiply %262, %264 : tensor<1x8xf32>
    %266 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %268 = stablehlo.add %265, %267 : tensor<1x8xf32>
    %269 = stablehlo.rsqrt %268 : tensor<1x8xf32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %271 = stablehlo.multiply %259, %270 : tensor<1x8x40xf32>
    %272 = stablehlo.constant dense<1.0> : tensor<f32>
    %273 = stablehlo.broadcast_in_dim %272, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %274 = stablehlo.add %model.layers.1.post_attention_layernorm.weight, %273 : tensor<40xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %276 = stablehlo.multiply %271, %275 : tensor<1x8x40xf32>
    %277 = stablehlo.dot_general %276, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %278 = stablehlo.multiply %277, %277 : tensor<1x8x56xf32>
    %279 = stablehlo.multiply %278, %277 : tensor<1x8x56xf32>
    %280 = stablehlo.constant dense<0.044714998453855515> : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %282 = stablehlo.multiply %279, %281 : tensor<1x8x56xf32>
    %283 = stablehlo.add %277, %282 : tensor<1x8x56xf32>
    %284 = stablehlo.constant dense<0.7978845834732056> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %286 = stablehlo.multiply %283, %285 : tensor<1x8x56xf32>
    %287 = stablehlo.constant dense<0.5> : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %289 = stablehlo.multiply %277, %288 : tensor<1x8x56xf32>
    %290 = stablehlo.tanh %286 : tensor<1x8x56xf32>
    %291 = stablehlo.constant dense<1.0> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [] : (tensor<f32>) -> tensor<1x8x56xf32>
    %293 = stablehlo.add %290, %292 : tensor<1x8x56xf32>
    %294 = stablehlo.multiply %289, %293 : tensor<1x8x56xf32>
    %295 = stablehlo.dot_general %276, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %296 = stablehlo.multiply %294, %295 : tensor<1x8x56xf32>
    %297 = stablehlo.dot_general %296, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %298 = stablehlo.add %259, %297 : tensor<1x8x40xf32>
    %299 = stablehlo.reshape %230 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %300 = stablehlo.reshape %231 : (tensor<1x1x8x12xf32>) -> tensor<1x1x1x8x12xf32>
    %301 = stablehlo.multiply %298, %298 : tensor<1x8x40xf32>
    %302 = stablehlo.constant dense<0.0> : tensor<f32>
    %303 = stablehlo.reduce(%301 init: %302) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %304 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %305 = stablehlo.broadcast_in_dim %304, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %306 = stablehlo.multiply %303, %305 : tensor<1x8xf32>
    %307 = stablehlo.constant dense<9.999999974752427e-07> : tensor<f32>
    %308 = stablehlo.broadcast_in_dim %307, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %309 = stablehlo.add %306, %308 : tensor<1x8xf32>
    %310 = stablehlo.rsqrt %309 : tensor<1x8xf32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %312 = stablehlo.multiply %298, %311 : tensor<1x8x40xf32>
    %313 = stablehlo.constant dense<1.0> : tensor<f32>
    %314 = stablehlo.broadcast_in_dim %313, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %315 = stablehlo.add %model.norm.weight, %314 : tensor<40xf32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %317 = stablehlo.multiply %312, %316 : tensor<1x8x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %318 = stablehlo.concatenate %181, %299, dim = 1 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %319 = stablehlo.constant dense<0> : tensor<i32>
    %320 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %321 = stablehlo.dynamic_update_slice %2, %318, %319, %319, %319, %320, %319 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %322 = stablehlo.concatenate %182, %300, dim = 1 : (tensor<1x1x1x8x12xf32>, tensor<1x1x1x8x12xf32>) -> tensor<1x2x1x8x12xf32>
    %323 = stablehlo.constant dense<0> : tensor<i32>
    %324 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %325 = stablehlo.dynamic_update_slice %3, %322, %323, %323, %323, %324, %323 : (tensor<1x2x1x16x12xf32>, tensor<1x2x1x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1x16x12xf32>
    %326 = stablehlo.constant dense<1> : tensor<i32>
    %327 = stablehlo.subtract %length, %326 : tensor<i32>
    %328 = stablehlo.constant dense<0> : tensor<i32>
    %329 = stablehlo.dynamic_slice %317, %328, %327, %328, sizes = [1, 1, 40] : (tensor<1x8x40xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x40xf32>
    %330 = stablehlo.reshape %329 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %331 = stablehlo.dot_general %model.embed_tokens.weight, %330, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x40xf32>, tensor<40xf32>) -> tensor<97xf32>
    %332 = stablehlo.reshape %321 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    %333 = stablehlo.reshape %325 : (tensor<1x2x1x16x12xf32>) -> tensor<2x1x16x12xf32>
    return %331, %332, %333 : tensor<97xf32>, tensor<2x1x16x12xf32>, tensor<2x1x16x12xf32>
  }
}
