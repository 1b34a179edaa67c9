// exaone ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @exaone_ragged {
  func.func public @main(%transformer.wte.weight: tensor<97x40xf32>, %transformer.h.0.attn.attention.q_proj.weight: tensor<96x40xf32>, %transformer.h.0.attn.attention.k_proj.weight: tensor<24x40xf32>, %transformer.h.0.attn.attention.v_proj.weight: tensor<24x40xf32>, %transformer.h.0.attn.attention.out_proj.weight: tensor<40x96xf32>, %transformer.h.0.mlp.c_fc_0.weight: tensor<56x40xf32>, %transformer.h.0.mlp.c_fc_1.weight: tensor<56x40xf32>, %transformer.h.0.mlp.c_proj.weight: tensor<40x56xf32>, %transformer.h.0.ln_1.weight: tensor<40xf32>, %transformer.h.0.ln_2.weight: tensor<40xf32>, %transformer.h.1.attn.attention.q_proj.weight: tensor<96x40xf32>, %transformer.h.1.attn.attention.k_proj.weight: tensor<24x40xf32>, %transformer.h.1.attn.attention.v_proj.weight: tensor<24x40xf32>, %transformer.h.1.attn.attention.out_proj.weight: tensor<40x96xf32>, %transformer.h.1.mlp.c_fc_0.weight: tensor<56x40xf32>, %transformer.h.1.mlp.c_fc_1.weight: tensor<56x40xf32>, %transformer.h.1.mlp.c_proj.weight: tensor<40x56xf32>, %transformer.h.1.ln_1.weight: tensor<40xf32>, %transformer.h.1.ln_2.weight: tensor<40xf32>, %transformer.ln_f.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x2x2x16x12xf32>, %v_cache: tensor<3x2x2x16x12xf32>) -> (tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<3xi32>) -> tensor<3x1xi32>
    %1 = stablehlo.reshape %0 : (tensor<3x1xi32>) -> tensor<3x1x1xi32>
    %2 = "stablehlo.gather"(%transformer.wte.weight, %1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<3x1x1xi32>) -> tensor<3x1x40xf32>
    %3 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x1xi32>
    %5 = stablehlo.add %3, %4 : tensor<3x1xi32>
    %6 = stablehlo.constant dense<[1.0, 0.11224620789289474, 0.012599210254848003, 0.0014142135623842478, 0.00015874010568950325, 1.781797436706256e-05]> : tensor<6xf32>
    %7 = stablehlo.convert %5 : (tensor<3x1xi32>) -> tensor<3x1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x6xf32>
    %9 = stablehlo.broadcast_in_dim %6, dims = [2] : (tensor<6xf32>) -> tensor<3x1x6xf32>
    %10 = stablehlo.multiply %8, %9 : tensor<3x1x6xf32>
    %11 = stablehlo.concatenate %10, %10, dim = 2 : (tensor<3x1x6xf32>, tensor<3x1x6xf32>) -> tensor<3x1x12xf32>
    %12 = stablehlo.cosine %11 : tensor<3x1x12xf32>
    %13 = stablehlo.sine %11 : tensor<3x1x12xf32>
    %14 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %15 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %16 = stablehlo.compare LE, %15, %14, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %17 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %18 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %19 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %20 = stablehlo.concatenate %19, %16, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %21 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %22 = stablehlo.reshape %21 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %23 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %24 = stablehlo.reshape %23 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %25 = stablehlo.multiply %2, %2 : tensor<3x1x40xf32>
    %26 = stablehlo.constant dense<0.0> : tensor<f32>
    %27 = stablehlo.reduce(%25 init: %26) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %28 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.multiply %27, %29 : tensor<3x1xf32>
    %31 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %33 = stablehlo.add %30, %32 : tensor<3x1xf32>
    %34 = stablehlo.rsqrt %33 : tensor<3x1xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %36 = stablehlo.multiply %2, %35 : tensor<3x1x40xf32>
    %37 = stablehlo.broadcast_in_dim %transformer.h.0.ln_1.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %38 = stablehlo.multiply %36, %37 : tensor<3x1x40xf32>
    %39 = stablehlo.dot_general %38, %transformer.h.0.attn.attention.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %40 = stablehlo.dot_general %38, %transformer.h.0.attn.attention.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %41 = stablehlo.dot_general %38, %transformer.h.0.attn.attention.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %42 = stablehlo.reshape %39 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %43 = stablehlo.reshape %40 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %44 = stablehlo.reshape %41 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %45 = "stablehlo.slice"(%42) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %46 = "stablehlo.slice"(%42) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %47 = stablehlo.negate %46 : tensor<3x1x8x6xf32>
    %48 = stablehlo.concatenate %47, %45, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %49 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %50 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %51 = stablehlo.multiply %42, %49 : tensor<3x1x8x12xf32>
    %52 = stablehlo.multiply %48, %50 : tensor<3x1x8x12xf32>
    %53 = stablehlo.add %51, %52 : tensor<3x1x8x12xf32>
    %54 = "stablehlo.slice"(%43) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %55 = "stablehlo.slice"(%43) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %56 = stablehlo.negate %55 : tensor<3x1x2x6xf32>
    %57 = stablehlo.concatenate %56, %54, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %58 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %59 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %60 = stablehlo.multiply %43, %58 : tensor<3x1x2x12xf32>
    %61 = stablehlo.multiply %57, %59 : tensor<3x1x2x12xf32>
    %62 = stablehlo.add %60, %61 : tensor<3x1x2x12xf32>
    %63 = stablehlo.reshape %53 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %64 = stablehlo.transpose %63, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %65 = stablehlo.transpose %62, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %66 = stablehlo.transpose %44, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %67 = stablehlo.dot_general %64, %65, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %68 = stablehlo.dot_general %64, %22, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %69 = stablehlo.concatenate %68, %67, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %70 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %72 = stablehlo.multiply %69, %71 : tensor<3x2x1x4x17xf32>
    %73 = stablehlo.broadcast_in_dim %20, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %74 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %76 = stablehlo.select %73, %72, %75 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %77 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %78 = stablehlo.reduce(%76 init: %77) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %80 = stablehlo.subtract %76, %79 : tensor<3x2x1x4x17xf32>
    %81 = stablehlo.exponential %80 : tensor<3x2x1x4x17xf32>
    %82 = stablehlo.constant dense<0.0> : tensor<f32>
    %83 = stablehlo.reduce(%81 init: %82) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %85 = stablehlo.divide %81, %84 : tensor<3x2x1x4x17xf32>
    %86 = "stablehlo.slice"(%85) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %87 = "stablehlo.slice"(%85) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %88 = stablehlo.dot_general %86, %24, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %89 = stablehlo.dot_general %87, %66, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %90 = stablehlo.add %88, %89 : tensor<3x2x1x4x12xf32>
    %91 = stablehlo.transpose %90, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %92 = stablehlo.reshape %91 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %93 = stablehlo.dot_general %92, %transformer.h.0.attn.attention.out_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %94 = stablehlo.add %2, %93 : tensor<3x1x40xf32>
    %95 = stablehlo.multiply %94, %94 : tensor<3x1x40xf32>
    %96 = stablehlo.constant dense<0.0> : tensor<f32>
    %97 = stablehlo.reduce(%95 init: %96) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %98 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %100 = stablehlo.multiply %97, %99 : tensor<3x1xf32>
    %101 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %103 = stablehlo.add %100, %102 : tensor<3x1xf32>
    %104 = stablehlo.rsqrt %103 : tensor<3x1xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %106 = stablehlo.multiply %94, %105 : tensor<3x1x40xf32>
    %107 = stablehlo.broadcast_in_dim %transformer.h.0.ln_2.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %108 = stablehlo.multiply %106, %107 : tensor<3x1x40xf32>
    %109 = stablehlo.dot_general %108, %transformer.h.0.mlp.c_fc_0.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %110 = stablehlo.logistic %109 : tensor<3x1x56xf32>
    %111 = stablehlo.multiply %109, %110 : tensor<3x1x56xf32>
    %112 = stablehlo.dot_general %108, %transformer.h.0.mlp.c_fc_1.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %113 = stablehlo.multiply %111, %112 : tensor<3x1x56xf32>
    %114 = stablehlo.dot_general %113, %transformer.h.0.mlp.c_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %115 = stablehlo.add %94, %114 : tensor<3x1x40xf32>
    %116 = stablehlo.reshape %65 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %117 = stablehlo.reshape %66 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    // layer 1: full_attention
    %118 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %119 = stablehlo.reshape %118 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %120 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 1, 0, 0, 0>, limit_indices = array<i64: 3, 2, 2, 16, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x2x16x12xf32>) -> tensor<3x1x2x16x12xf32>
    %121 = stablehlo.reshape %120 : (tensor<3x1x2x16x12xf32>) -> tensor<3x2x16x12xf32>
    %122 = stablehlo.multiply %115, %115 : tensor<3x1x40xf32>
    %123 = stablehlo.constant dense<0.0> : tensor<f32>
    %124 = stablehlo.reduce(%122 init: %123) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %125 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %127 = stablehlo.multiply %124, %126 : tensor<3x1xf32>
    %128 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %130 = stablehlo.add %127, %129 : tensor<3x1xf32>
    %131 = stablehlo.rsqrt %130 : tensor<3x1xf32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %133 = stablehlo.multiply %115, %132 : tensor<3x1x40xf32>
    %134 = stablehlo.broadcast_in_dim %transformer.h.1.ln_1.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %135 = stablehlo.multiply %133, %134 : tensor<3x1x40xf32>
    %136 = stablehlo.dot_general %135, %transformer.h.1.attn.attention.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %137 = stablehlo.dot_general %135, %transformer.h.1.attn.attention.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %138 = stablehlo.dot_general %135, %transformer.h.1.attn.attention.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %139 = stablehlo.reshape %136 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %140 = stablehlo.reshape %137 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %141 = stablehlo.reshape %138 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %142 = "stablehlo.slice"(%139) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %143 = "stablehlo.slice"(%139) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %144 = stablehlo.negate %143 : tensor<3x1x8x6xf32>
    %145 = stablehlo.concatenate %144, %142, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %146 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %147 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %148 = stablehlo.multiply %139, %146 : tensor<3x1x8x12xf32>
    %149 = stablehlo.multiply %145, %147 : tensor<3x1x8x12xf32>
    %150 = stablehlo.add %148, %149 : tensor<3x1x8x12xf32>
    %151 = "stablehlo.slice"(%140) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %152 = "stablehlo.slice"(%140) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %153 = stablehlo.negate %152 : tensor<3x1x2x6xf32>
    %154 = stablehlo.concatenate %153, %151, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %155 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %156 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %157 = stablehlo.multiply %140, %155 : tensor<3x1x2x12xf32>
    %158 = stablehlo.multiply %154, %156 : tensor<3x1x2x12xf32>
    %159 = stablehlo.add %157, %158 : tensor<3x1x2x12xf32>
    %160 = stablehlo.reshape %150 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %161 = stablehlo.transpose %160, dims = [0, 2, 1, 3, 4] : (tensor<3x1x2x4x12xf32>) -> tensor<3x2x1x4x12xf32>
    %162 = stablehlo.transpose %159, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %163 = stablehlo.transpose %141, dims = [0, 2, 1, 3] : (tensor<3x1x2x12xf32>) -> tensor<3x2x1x12xf32>
    %164 = stablehlo.dot_general %161, %162, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x1xf32>
    %165 = stablehlo.dot_general %161, %119, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x12xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x16xf32>
    %166 = stablehlo.concatenate %165, %164, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %167 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<3x2x1x4x17xf32>
    %170 = stablehlo.broadcast_in_dim %20, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %171 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %173 = stablehlo.select %170, %169, %172 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %174 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %175 = stablehlo.reduce(%173 init: %174) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %177 = stablehlo.subtract %173, %176 : tensor<3x2x1x4x17xf32>
    %178 = stablehlo.exponential %177 : tensor<3x2x1x4x17xf32>
    %179 = stablehlo.constant dense<0.0> : tensor<f32>
    %180 = stablehlo.reduce(%178 init: %179) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %182 = stablehlo.divide %178, %181 : tensor<3x2x1x4x17xf32>
    %183 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %184 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %185 = stablehlo.dot_general %183, %121, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x2x16x12xf32>) -> tensor<3x2x1x4x12xf32>
    %186 = stablehlo.dot_general %184, %163, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x2x1x12xf32>) -> tensor<3x2x1x4x12xf32>
    %187 = stablehlo.add %185, %186 : tensor<3x2x1x4x12xf32>
    %188 = stablehlo.transpose %187, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %189 = stablehlo.reshape %188 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %190 = stablehlo.dot_general %189, %transformer.h.1.attn.attention.out_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %191 = stablehlo.add %115, %190 : tensor<3x1x40xf32>
    %192 = stablehlo.multiply %191, %191 : tensor<3x1x40xf32>
    %193 = stablehlo.constant dense<0.0> : tensor<f32>
    %194 = stablehlo.reduce(%192 init: %193) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %195 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %197 = stablehlo.multiply %194, %196 : tensor<3x1xf32>
    %198 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %200 = stablehlo.add %197, %199 : tensor<3x1xf32>
    %201 = stablehlo.rsqrt %200 : tensor<3x1xf32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %203 = stablehlo.multiply %191, %202 : tensor<3x1x40xf32>
    %204 = stablehlo.broadcast_in_dim %transformer.h.1.ln_2.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %205 = stablehlo.multiply %203, %204 : tensor<3x1x40xf32>
    %206 = stablehlo.dot_general %205, %transformer.h.1.mlp.c_fc_0.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %207 = stablehlo.logistic %206 : tensor<3x1x56xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<3x1x56xf32>
    %209 = stablehlo.dot_general %205, %transformer.h.1.mlp.c_fc_1.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %210 = stablehlo.multiply %208, %209 : tensor<3x1x56xf32>
    %211 = stablehlo.dot_general %210, %transformer.h.1.mlp.c_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %212 = stablehlo.add %191, %211 : tensor<3x1x40xf32>
    %213 = stablehlo.reshape %162 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %214 = stablehlo.reshape %163 : (tensor<3x2x1x12xf32>) -> tensor<3x1x2x1x12xf32>
    %215 = stablehlo.multiply %212, %212 : tensor<3x1x40xf32>
    %216 = stablehlo.constant dense<0.0> : tensor<f32>
    %217 = stablehlo.reduce(%215 init: %216) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %218 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %220 = stablehlo.multiply %217, %219 : tensor<3x1xf32>
    %221 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %223 = stablehlo.add %220, %222 : tensor<3x1xf32>
    %224 = stablehlo.rsqrt %223 : tensor<3x1xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %226 = stablehlo.multiply %212, %225 : tensor<3x1x40xf32>
    %227 = stablehlo.broadcast_in_dim %transformer.ln_f.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %228 = stablehlo.multiply %226, %227 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %229 = stablehlo.concatenate %116, %213, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %230 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %231 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %232 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %233 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %234 = stablehlo.concatenate %230, %231, %232, %233, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %235 = stablehlo.reshape %229 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %236 = stablehlo.reshape %234 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %237 = "stablehlo.scatter"(%k_cache, %236, %235) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %238 = stablehlo.concatenate %117, %214, dim = 1 : (tensor<3x1x2x1x12xf32>, tensor<3x1x2x1x12xf32>) -> tensor<3x2x2x1x12xf32>
    %239 = stablehlo.iota dim = 0 : tensor<3x2x2x1xi32>
    %240 = stablehlo.iota dim = 1 : tensor<3x2x2x1xi32>
    %241 = stablehlo.iota dim = 2 : tensor<3x2x2x1xi32>
    %242 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x2x2x1xi32>
    %243 = stablehlo.concatenate %239, %240, %241, %242, dim = 3 : (tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>, tensor<3x2x2x1xi32>) -> tensor<3x2x2x4xi32>
    %244 = stablehlo.reshape %238 : (tensor<3x2x2x1x12xf32>) -> tensor<12x12xf32>
    %245 = stablehlo.reshape %243 : (tensor<3x2x2x4xi32>) -> tensor<12x4xi32>
    %246 = "stablehlo.scatter"(%v_cache, %245, %244) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0, 1, 2, 3], scatter_dims_to_operand_dims = [0, 1, 2, 3], index_vector_dim = 1>, indices_are_sorted = true, unique_indices = true} : (tensor<3x2x2x16x12xf32>, tensor<12x4xi32>, tensor<12x12xf32>) -> tensor<3x2x2x16x12xf32>
    %247 = stablehlo.reshape %228 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %248 = stablehlo.dot_general %247, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %249 = stablehlo.constant dense<0> : tensor<i32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %251 = stablehlo.compare NE, %active, %250, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %252 = stablehlo.broadcast_in_dim %251, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %253 = stablehlo.constant dense<0.0> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %255 = stablehlo.select %252, %248, %254 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %255, %237, %246 : tensor<3x97xf32>, tensor<3x2x2x16x12xf32>, tensor<3x2x2x16x12xf32>
  }
}
