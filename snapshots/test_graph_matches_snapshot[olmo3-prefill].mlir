// olmo3 prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=10 heads=2 kv_heads=2 head_dim=12 vocab=97
module @olmo3_prefill {
  func.func public @main(%model.embed_tokens.weight: tensor<97x10xf32>, %model.layers.0.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.0.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.0.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.0.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.0.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.0.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.0.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.0.post_feedforward_layernorm.weight: tensor<10xf32>, %model.layers.1.self_attn.q_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.k_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.v_proj.weight: tensor<24x10xf32>, %model.layers.1.self_attn.o_proj.weight: tensor<10x24xf32>, %model.layers.1.mlp.gate_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.up_proj.weight: tensor<56x10xf32>, %model.layers.1.mlp.down_proj.weight: tensor<10x56xf32>, %model.layers.1.self_attn.q_norm.weight: tensor<24xf32>, %model.layers.1.self_attn.k_norm.weight: tensor<24xf32>, %model.layers.1.post_attention_layernorm.weight: tensor<10xf32>, %model.layers.1.post_feedforward_layernorm.weight: tensor<10xf32>, %model.norm.weight: tensor<10xf32>, %lm_head.weight: tensor<97x10xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<2x2x16x12xf32>, %v_cache: tensor<2x2x16x12xf32>) -> (tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<2x2x16x12xf32>) -> tensor<1x2x2x16x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%model.embed_tokens.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 10>, indices_are_sorted = false} : (tensor<97x10xf32>, tensor<1x8x1xi32>) -> tensor<1x8x10xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.11224619299173355, 0.012599208392202854, 0.001414213445968926, 0.00015874006203375757, 1.7817979824030772e-05]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x8x6xf32>
    %14 = stablehlo.constant dense<0.15915493667125702> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %16 = stablehlo.multiply %13, %15 : tensor<1x8x6xf32>
    %17 = stablehlo.round_nearest_even %16 : tensor<1x8x6xf32>
    %18 = stablehlo.constant dense<6.28125> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %20 = stablehlo.multiply %17, %19 : tensor<1x8x6xf32>
    %21 = stablehlo.subtract %13, %20 : tensor<1x8x6xf32>
    %22 = stablehlo.constant dense<0.0019378662109375> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %24 = stablehlo.multiply %17, %23 : tensor<1x8x6xf32>
    %25 = stablehlo.negate %24 : tensor<1x8x6xf32>
    %26 = stablehlo.add %21, %25 : tensor<1x8x6xf32>
    %27 = stablehlo.subtract %26, %21 : tensor<1x8x6xf32>
    %28 = stablehlo.subtract %26, %27 : tensor<1x8x6xf32>
    %29 = stablehlo.subtract %21, %28 : tensor<1x8x6xf32>
    %30 = stablehlo.subtract %25, %27 : tensor<1x8x6xf32>
    %31 = stablehlo.add %29, %30 : tensor<1x8x6xf32>
    %32 = stablehlo.constant dense<-2.562999725341797e-06> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %34 = stablehlo.multiply %17, %33 : tensor<1x8x6xf32>
    %35 = stablehlo.negate %34 : tensor<1x8x6xf32>
    %36 = stablehlo.add %26, %35 : tensor<1x8x6xf32>
    %37 = stablehlo.subtract %36, %26 : tensor<1x8x6xf32>
    %38 = stablehlo.subtract %36, %37 : tensor<1x8x6xf32>
    %39 = stablehlo.subtract %26, %38 : tensor<1x8x6xf32>
    %40 = stablehlo.subtract %35, %37 : tensor<1x8x6xf32>
    %41 = stablehlo.add %39, %40 : tensor<1x8x6xf32>
    %42 = stablehlo.add %31, %41 : tensor<1x8x6xf32>
    %43 = stablehlo.constant dense<3.968374073792802e-09> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<f32>) -> tensor<1x8x6xf32>
    %45 = stablehlo.multiply %17, %44 : tensor<1x8x6xf32>
    %46 = stablehlo.subtract %42, %45 : tensor<1x8x6xf32>
    %47 = stablehlo.cosine %36 : tensor<1x8x6xf32>
    %48 = stablehlo.sine %36 : tensor<1x8x6xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<1x8x6xf32>
    %50 = stablehlo.subtract %47, %49 : tensor<1x8x6xf32>
    %51 = stablehlo.multiply %46, %47 : tensor<1x8x6xf32>
    %52 = stablehlo.add %48, %51 : tensor<1x8x6xf32>
    %53 = stablehlo.concatenate %50, %50, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %54 = stablehlo.concatenate %52, %52, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %55 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %56 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %57 = stablehlo.compare LE, %56, %55, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %58 = stablehlo.subtract %55, %56 : tensor<1x8x8xi32>
    %59 = stablehlo.constant dense<5> : tensor<i32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<i32>) -> tensor<1x8x8xi32>
    %61 = stablehlo.compare LT, %58, %60, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %62 = stablehlo.and %57, %61 : tensor<1x8x8xi1>
    %63 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %64 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %65 = stablehlo.compare LT, %63, %64, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %66 = stablehlo.concatenate %65, %57, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    %67 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %68 = stablehlo.add %64, %67 : tensor<1x8x16xi32>
    %69 = stablehlo.subtract %68, %63 : tensor<1x8x16xi32>
    %70 = stablehlo.constant dense<5> : tensor<i32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [] : (tensor<i32>) -> tensor<1x8x16xi32>
    %72 = stablehlo.compare LT, %69, %71, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %73 = stablehlo.and %65, %72 : tensor<1x8x16xi1>
    %74 = stablehlo.concatenate %73, %62, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: sliding_attention
    %75 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %76 = stablehlo.reshape %75 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %77 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %79 = stablehlo.dot_general %5, %model.layers.0.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %80 = stablehlo.dot_general %5, %model.layers.0.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %81 = stablehlo.dot_general %5, %model.layers.0.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %82 = stablehlo.multiply %79, %79 : tensor<1x8x24xf32>
    %83 = stablehlo.constant dense<0.0> : tensor<f32>
    %84 = stablehlo.reduce(%82 init: %83) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %85 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %87 = stablehlo.multiply %84, %86 : tensor<1x8xf32>
    %88 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %90 = stablehlo.add %87, %89 : tensor<1x8xf32>
    %91 = stablehlo.rsqrt %90 : tensor<1x8xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %93 = stablehlo.multiply %79, %92 : tensor<1x8x24xf32>
    %94 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %95 = stablehlo.multiply %93, %94 : tensor<1x8x24xf32>
    %96 = stablehlo.multiply %80, %80 : tensor<1x8x24xf32>
    %97 = stablehlo.constant dense<0.0> : tensor<f32>
    %98 = stablehlo.reduce(%96 init: %97) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %99 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %101 = stablehlo.multiply %98, %100 : tensor<1x8xf32>
    %102 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %104 = stablehlo.add %101, %103 : tensor<1x8xf32>
    %105 = stablehlo.rsqrt %104 : tensor<1x8xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %107 = stablehlo.multiply %80, %106 : tensor<1x8x24xf32>
    %108 = stablehlo.broadcast_in_dim %model.layers.0.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %109 = stablehlo.multiply %107, %108 : tensor<1x8x24xf32>
    %110 = stablehlo.reshape %95 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %111 = stablehlo.reshape %109 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %112 = stablehlo.reshape %81 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %113 = "stablehlo.slice"(%110) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %114 = "stablehlo.slice"(%110) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %115 = stablehlo.negate %114 : tensor<1x8x2x6xf32>
    %116 = stablehlo.concatenate %115, %113, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %117 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %118 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %119 = stablehlo.multiply %110, %117 : tensor<1x8x2x12xf32>
    %120 = stablehlo.multiply %116, %118 : tensor<1x8x2x12xf32>
    %121 = stablehlo.add %119, %120 : tensor<1x8x2x12xf32>
    %122 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %123 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %124 = stablehlo.negate %123 : tensor<1x8x2x6xf32>
    %125 = stablehlo.concatenate %124, %122, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %126 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %127 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %128 = stablehlo.multiply %111, %126 : tensor<1x8x2x12xf32>
    %129 = stablehlo.multiply %125, %127 : tensor<1x8x2x12xf32>
    %130 = stablehlo.add %128, %129 : tensor<1x8x2x12xf32>
    %131 = stablehlo.reshape %121 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %132 = stablehlo.transpose %131, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %133 = stablehlo.transpose %130, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %134 = stablehlo.transpose %112, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %135 = stablehlo.dot_general %132, %133, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %136 = stablehlo.dot_general %132, %76, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %137 = stablehlo.concatenate %136, %135, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %138 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<1x2x8x1x24xf32>
    %141 = stablehlo.broadcast_in_dim %74, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %142 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %142, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %144 = stablehlo.select %141, %140, %143 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %145 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %146 = stablehlo.reduce(%144 init: %145) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %148 = stablehlo.subtract %144, %147 : tensor<1x2x8x1x24xf32>
    %149 = stablehlo.exponential %148 : tensor<1x2x8x1x24xf32>
    %150 = stablehlo.constant dense<0.0> : tensor<f32>
    %151 = stablehlo.reduce(%149 init: %150) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %153 = stablehlo.divide %149, %152 : tensor<1x2x8x1x24xf32>
    %154 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %155 = "stablehlo.slice"(%153) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %156 = stablehlo.dot_general %154, %78, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %157 = stablehlo.dot_general %155, %134, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %158 = stablehlo.add %156, %157 : tensor<1x2x8x1x12xf32>
    %159 = stablehlo.transpose %158, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %160 = stablehlo.reshape %159 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %161 = stablehlo.dot_general %160, %model.layers.0.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %162 = stablehlo.multiply %161, %161 : tensor<1x8x10xf32>
    %163 = stablehlo.constant dense<0.0> : tensor<f32>
    %164 = stablehlo.reduce(%162 init: %163) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %165 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %167 = stablehlo.multiply %164, %166 : tensor<1x8xf32>
    %168 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %170 = stablehlo.add %167, %169 : tensor<1x8xf32>
    %171 = stablehlo.rsqrt %170 : tensor<1x8xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %173 = stablehlo.multiply %161, %172 : tensor<1x8x10xf32>
    %174 = stablehlo.broadcast_in_dim %model.layers.0.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %175 = stablehlo.multiply %173, %174 : tensor<1x8x10xf32>
    %176 = stablehlo.add %5, %175 : tensor<1x8x10xf32>
    %177 = stablehlo.dot_general %176, %model.layers.0.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %178 = stablehlo.logistic %177 : tensor<1x8x56xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<1x8x56xf32>
    %180 = stablehlo.dot_general %176, %model.layers.0.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %181 = stablehlo.multiply %179, %180 : tensor<1x8x56xf32>
    %182 = stablehlo.dot_general %181, %model.layers.0.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %183 = stablehlo.multiply %182, %182 : tensor<1x8x10xf32>
    %184 = stablehlo.constant dense<0.0> : tensor<f32>
    %185 = stablehlo.reduce(%183 init: %184) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %186 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %188 = stablehlo.multiply %185, %187 : tensor<1x8xf32>
    %189 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %191 = stablehlo.add %188, %190 : tensor<1x8xf32>
    %192 = stablehlo.rsqrt %191 : tensor<1x8xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %194 = stablehlo.multiply %182, %193 : tensor<1x8x10xf32>
    %195 = stablehlo.broadcast_in_dim %model.layers.0.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<1x8x10xf32>
    %197 = stablehlo.add %176, %196 : tensor<1x8x10xf32>
    %198 = stablehlo.reshape %133 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %199 = stablehlo.reshape %134 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    // layer 1: full_attention
    %200 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %201 = stablehlo.reshape %200 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %202 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 1, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x2x16x12xf32>) -> tensor<1x1x2x16x12xf32>
    %203 = stablehlo.reshape %202 : (tensor<1x1x2x16x12xf32>) -> tensor<1x2x16x12xf32>
    %204 = stablehlo.dot_general %197, %model.layers.1.self_attn.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %205 = stablehlo.dot_general %197, %model.layers.1.self_attn.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %206 = stablehlo.dot_general %197, %model.layers.1.self_attn.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<24x10xf32>) -> tensor<1x8x24xf32>
    %207 = stablehlo.multiply %204, %204 : tensor<1x8x24xf32>
    %208 = stablehlo.constant dense<0.0> : tensor<f32>
    %209 = stablehlo.reduce(%207 init: %208) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %210 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %212 = stablehlo.multiply %209, %211 : tensor<1x8xf32>
    %213 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %215 = stablehlo.add %212, %214 : tensor<1x8xf32>
    %216 = stablehlo.rsqrt %215 : tensor<1x8xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %218 = stablehlo.multiply %204, %217 : tensor<1x8x24xf32>
    %219 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.q_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %220 = stablehlo.multiply %218, %219 : tensor<1x8x24xf32>
    %221 = stablehlo.multiply %205, %205 : tensor<1x8x24xf32>
    %222 = stablehlo.constant dense<0.0> : tensor<f32>
    %223 = stablehlo.reduce(%221 init: %222) applies stablehlo.add across dimensions = [2] : (tensor<1x8x24xf32>, tensor<f32>) -> tensor<1x8xf32>
    %224 = stablehlo.constant dense<0.0416666679084301> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %226 = stablehlo.multiply %223, %225 : tensor<1x8xf32>
    %227 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %229 = stablehlo.add %226, %228 : tensor<1x8xf32>
    %230 = stablehlo.rsqrt %229 : tensor<1x8xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x24xf32>
    %232 = stablehlo.multiply %205, %231 : tensor<1x8x24xf32>
    %233 = stablehlo.broadcast_in_dim %model.layers.1.self_attn.k_norm.weight, dims = [2] : (tensor<24xf32>) -> tensor<1x8x24xf32>
    %234 = stablehlo.multiply %232, %233 : tensor<1x8x24xf32>
    %235 = stablehlo.reshape %220 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %236 = stablehlo.reshape %234 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %237 = stablehlo.reshape %206 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %238 = "stablehlo.slice"(%235) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %239 = "stablehlo.slice"(%235) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %240 = stablehlo.negate %239 : tensor<1x8x2x6xf32>
    %241 = stablehlo.concatenate %240, %238, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %242 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %243 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %244 = stablehlo.multiply %235, %242 : tensor<1x8x2x12xf32>
    %245 = stablehlo.multiply %241, %243 : tensor<1x8x2x12xf32>
    %246 = stablehlo.add %244, %245 : tensor<1x8x2x12xf32>
    %247 = "stablehlo.slice"(%236) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %248 = "stablehlo.slice"(%236) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %249 = stablehlo.negate %248 : tensor<1x8x2x6xf32>
    %250 = stablehlo.concatenate %249, %247, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %251 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %252 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %253 = stablehlo.multiply %236, %251 : tensor<1x8x2x12xf32>
    %254 = stablehlo.multiply %250, %252 : tensor<1x8x2x12xf32>
    %255 = stablehlo.add %253, %254 : tensor<1x8x2x12xf32>
    %256 = stablehlo.reshape %246 : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x1x12xf32>
    %257 = stablehlo.transpose %256, dims = [0, 2, 1, 3, 4] : (tensor<1x8x2x1x12xf32>) -> tensor<1x2x8x1x12xf32>
    %258 = stablehlo.transpose %255, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %259 = stablehlo.transpose %237, dims = [0, 2, 1, 3] : (tensor<1x8x2x12xf32>) -> tensor<1x2x8x12xf32>
    %260 = stablehlo.dot_general %257, %258, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x8xf32>
    %261 = stablehlo.dot_general %257, %201, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x12xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x16xf32>
    %262 = stablehlo.concatenate %261, %260, dim = 4 : (tensor<1x2x8x1x16xf32>, tensor<1x2x8x1x8xf32>) -> tensor<1x2x8x1x24xf32>
    %263 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %265 = stablehlo.multiply %262, %264 : tensor<1x2x8x1x24xf32>
    %266 = stablehlo.broadcast_in_dim %66, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x1x24xi1>
    %267 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<1x2x8x1x24xf32>
    %269 = stablehlo.select %266, %265, %268 : (tensor<1x2x8x1x24xi1>, tensor<1x2x8x1x24xf32>, tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x24xf32>
    %270 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %271 = stablehlo.reduce(%269 init: %270) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %272 = stablehlo.broadcast_in_dim %271, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %273 = stablehlo.subtract %269, %272 : tensor<1x2x8x1x24xf32>
    %274 = stablehlo.exponential %273 : tensor<1x2x8x1x24xf32>
    %275 = stablehlo.constant dense<0.0> : tensor<f32>
    %276 = stablehlo.reduce(%274 init: %275) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x1x24xf32>, tensor<f32>) -> tensor<1x2x8x1xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0, 1, 2, 3] : (tensor<1x2x8x1xf32>) -> tensor<1x2x8x1x24xf32>
    %278 = stablehlo.divide %274, %277 : tensor<1x2x8x1x24xf32>
    %279 = "stablehlo.slice"(%278) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 1, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x16xf32>
    %280 = "stablehlo.slice"(%278) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 1, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x1x24xf32>) -> tensor<1x2x8x1x8xf32>
    %281 = stablehlo.dot_general %279, %203, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x16xf32>, tensor<1x2x16x12xf32>) -> tensor<1x2x8x1x12xf32>
    %282 = stablehlo.dot_general %280, %259, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x1x8xf32>, tensor<1x2x8x12xf32>) -> tensor<1x2x8x1x12xf32>
    %283 = stablehlo.add %281, %282 : tensor<1x2x8x1x12xf32>
    %284 = stablehlo.transpose %283, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x1x12xf32>) -> tensor<1x8x2x1x12xf32>
    %285 = stablehlo.reshape %284 : (tensor<1x8x2x1x12xf32>) -> tensor<1x8x24xf32>
    %286 = stablehlo.dot_general %285, %model.layers.1.self_attn.o_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x24xf32>, tensor<10x24xf32>) -> tensor<1x8x10xf32>
    %287 = stablehlo.multiply %286, %286 : tensor<1x8x10xf32>
    %288 = stablehlo.constant dense<0.0> : tensor<f32>
    %289 = stablehlo.reduce(%287 init: %288) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %290 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %292 = stablehlo.multiply %289, %291 : tensor<1x8xf32>
    %293 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %295 = stablehlo.add %292, %294 : tensor<1x8xf32>
    %296 = stablehlo.rsqrt %295 : tensor<1x8xf32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %298 = stablehlo.multiply %286, %297 : tensor<1x8x10xf32>
    %299 = stablehlo.broadcast_in_dim %model.layers.1.post_attention_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %300 = stablehlo.multiply %298, %299 : tensor<1x8x10xf32>
    %301 = stablehlo.add %197, %300 : tensor<1x8x10xf32>
    %302 = stablehlo.dot_general %301, %model.layers.1.mlp.gate_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %303 = stablehlo.logistic %302 : tensor<1x8x56xf32>
    %304 = stablehlo.multiply %302, %303 : tensor<1x8x56xf32>
    %305 = stablehlo.dot_general %301, %model.layers.1.mlp.up_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x10xf32>, tensor<56x10xf32>) -> tensor<1x8x56xf32>
    %306 = stablehlo.multiply %304, %305 : tensor<1x8x56xf32>
    %307 = stablehlo.dot_general %306, %model.layers.1.mlp.down_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<10x56xf32>) -> tensor<1x8x10xf32>
    %308 = stablehlo.multiply %307, %307 : tensor<1x8x10xf32>
    %309 = stablehlo.constant dense<0.0> : tensor<f32>
    %310 = stablehlo.reduce(%308 init: %309) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %311 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %313 = stablehlo.multiply %310, %312 : tensor<1x8xf32>
    %314 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %316 = stablehlo.add %313, %315 : tensor<1x8xf32>
    %317 = stablehlo.rsqrt %316 : tensor<1x8xf32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %319 = stablehlo.multiply %307, %318 : tensor<1x8x10xf32>
    %320 = stablehlo.broadcast_in_dim %model.layers.1.post_feedforward_layernorm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %321 = stablehlo.multiply %319, %320 : tensor<1x8x10xf32>
    %322 = stablehlo.add %301, %321 : tensor<1x8x10xf32>
    %323 = stablehlo.reshape %258 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %324 = stablehlo.reshape %259 : (tensor<1x2x8x12xf32>) -> tensor<1x1x2x8x12xf32>
    %325 = stablehlo.multiply %322, %322 : tensor<1x8x10xf32>
    %326 = stablehlo.constant dense<0.0> : tensor<f32>
    %327 = stablehlo.reduce(%325 init: %326) applies stablehlo.add across dimensions = [2] : (tensor<1x8x10xf32>, tensor<f32>) -> tensor<1x8xf32>
    %328 = stablehlo.constant dense<0.10000000149011612> : tensor<f32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %330 = stablehlo.multiply %327, %329 : tensor<1x8xf32>
    %331 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %333 = stablehlo.add %330, %332 : tensor<1x8xf32>
    %334 = stablehlo.rsqrt %333 : tensor<1x8xf32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x10xf32>
    %336 = stablehlo.multiply %322, %335 : tensor<1x8x10xf32>
    %337 = stablehlo.broadcast_in_dim %model.norm.weight, dims = [2] : (tensor<10xf32>) -> tensor<1x8x10xf32>
    %338 = stablehlo.multiply %336, %337 : tensor<1x8x10xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %339 = stablehlo.concatenate %198, %323, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %340 = stablehlo.constant dense<0> : tensor<i32>
    %341 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %342 = stablehlo.dynamic_update_slice %2, %339, %340, %340, %340, %341, %340 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %343 = stablehlo.concatenate %199, %324, dim = 1 : (tensor<1x1x2x8x12xf32>, tensor<1x1x2x8x12xf32>) -> tensor<1x2x2x8x12xf32>
    %344 = stablehlo.constant dense<0> : tensor<i32>
    %345 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %346 = stablehlo.dynamic_update_slice %3, %343, %344, %344, %344, %345, %344 : (tensor<1x2x2x16x12xf32>, tensor<1x2x2x8x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2x16x12xf32>
    %347 = stablehlo.constant dense<1> : tensor<i32>
    %348 = stablehlo.subtract %length, %347 : tensor<i32>
    %349 = stablehlo.constant dense<0> : tensor<i32>
    %350 = stablehlo.dynamic_slice %338, %349, %348, %349, sizes = [1, 1, 10] : (tensor<1x8x10xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x10xf32>
    %351 = stablehlo.reshape %350 : (tensor<1x1x10xf32>) -> tensor<10xf32>
    %352 = stablehlo.dot_general %lm_head.weight, %351, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<97x10xf32>, tensor<10xf32>) -> tensor<97xf32>
    %353 = stablehlo.reshape %342 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    %354 = stablehlo.reshape %346 : (tensor<1x2x2x16x12xf32>) -> tensor<2x2x16x12xf32>
    return %352, %353, %354 : tensor<97xf32>, tensor<2x2x16x12xf32>, tensor<2x2x16x12xf32>
  }
}
