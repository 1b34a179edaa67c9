// exaone ragged: capacity=16 bucket=1 slots=3; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @exaone_ragged {
  func.func public @main(%transformer.wte.weight: tensor<97x40xf32>, %transformer.h.0.attn.attention.q_proj.weight: tensor<96x40xf32>, %transformer.h.0.attn.attention.k_proj.weight: tensor<24x40xf32>, %transformer.h.0.attn.attention.v_proj.weight: tensor<24x40xf32>, %transformer.h.0.attn.attention.out_proj.weight: tensor<40x96xf32>, %transformer.h.0.mlp.c_fc_0.weight: tensor<56x40xf32>, %transformer.h.0.mlp.c_fc_1.weight: tensor<56x40xf32>, %transformer.h.0.mlp.c_proj.weight: tensor<40x56xf32>, %transformer.h.0.ln_1.weight: tensor<40xf32>, %transformer.h.0.ln_2.weight: tensor<40xf32>, %transformer.h.1.attn.attention.q_proj.weight: tensor<96x40xf32>, %transformer.h.1.attn.attention.k_proj.weight: tensor<24x40xf32>, %transformer.h.1.attn.attention.v_proj.weight: tensor<24x40xf32>, %transformer.h.1.attn.attention.out_proj.weight: tensor<40x96xf32>, %transformer.h.1.mlp.c_fc_0.weight: tensor<56x40xf32>, %transformer.h.1.mlp.c_fc_1.weight: tensor<56x40xf32>, %transformer.h.1.mlp.c_proj.weight: tensor<40x56xf32>, %transformer.h.1.ln_1.weight: tensor<40xf32>, %transformer.h.1.ln_2.weight: tensor<40xf32>, %transformer.ln_f.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %tokens: tensor<3xi32>, %positions: tensor<3xi32>, %active: tensor<3xi32>, %k_cache: tensor<3x16x2x2x12xf32>, %v_cache: tensor<3x16x2x2x12xf32>) -> (tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>) {
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
    %14 = stablehlo.iota dim = 2 : tensor<3x1x16xi32>
    %15 = stablehlo.broadcast_in_dim %positions, dims = [0] : (tensor<3xi32>) -> tensor<3x1x16xi32>
    %16 = stablehlo.iota dim = 1 : tensor<3x1x16xi32>
    %17 = stablehlo.add %15, %16 : tensor<3x1x16xi32>
    %18 = stablehlo.compare LT, %14, %15, SIGNED : (tensor<3x1x16xi32>, tensor<3x1x16xi32>) -> tensor<3x1x16xi1>
    %19 = stablehlo.iota dim = 1 : tensor<3x1x1xi32>
    %20 = stablehlo.iota dim = 2 : tensor<3x1x1xi32>
    %21 = stablehlo.compare LE, %20, %19, SIGNED : (tensor<3x1x1xi32>, tensor<3x1x1xi32>) -> tensor<3x1x1xi1>
    %22 = stablehlo.concatenate %18, %21, dim = 2 : (tensor<3x1x16xi1>, tensor<3x1x1xi1>) -> tensor<3x1x17xi1>
    // layer 0: full_attention
    %23 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %24 = stablehlo.reshape %23 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %25 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %26 = stablehlo.reshape %25 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %27 = stablehlo.multiply %2, %2 : tensor<3x1x40xf32>
    %28 = stablehlo.constant dense<0.0> : tensor<f32>
    %29 = stablehlo.reduce(%27 init: %28) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %30 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %32 = stablehlo.multiply %29, %31 : tensor<3x1xf32>
    %33 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %35 = stablehlo.add %32, %34 : tensor<3x1xf32>
    %36 = stablehlo.rsqrt %35 : tensor<3x1xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %38 = stablehlo.multiply %2, %37 : tensor<3x1x40xf32>
    %39 = stablehlo.broadcast_in_dim %transformer.h.0.ln_1.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<3x1x40xf32>
    %41 = stablehlo.dot_general %40, %transformer.h.0.attn.attention.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %42 = stablehlo.dot_general %40, %transformer.h.0.attn.attention.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %43 = stablehlo.dot_general %40, %transformer.h.0.attn.attention.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %44 = stablehlo.reshape %41 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %45 = stablehlo.reshape %42 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %46 = stablehlo.reshape %43 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %47 = "stablehlo.slice"(%44) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %48 = "stablehlo.slice"(%44) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %49 = stablehlo.negate %48 : tensor<3x1x8x6xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %51 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %52 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %53 = stablehlo.multiply %44, %51 : tensor<3x1x8x12xf32>
    %54 = stablehlo.multiply %50, %52 : tensor<3x1x8x12xf32>
    %55 = stablehlo.add %53, %54 : tensor<3x1x8x12xf32>
    %56 = "stablehlo.slice"(%45) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %57 = "stablehlo.slice"(%45) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %58 = stablehlo.negate %57 : tensor<3x1x2x6xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %60 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %61 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %62 = stablehlo.multiply %45, %60 : tensor<3x1x2x12xf32>
    %63 = stablehlo.multiply %59, %61 : tensor<3x1x2x12xf32>
    %64 = stablehlo.add %62, %63 : tensor<3x1x2x12xf32>
    %65 = stablehlo.reshape %55 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %66 = stablehlo.dot_general %65, %24, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x16xf32>
    %67 = stablehlo.dot_general %65, %64, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x1xf32>
    %68 = stablehlo.concatenate %66, %67, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %69 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<3x2x1x4x17xf32>
    %72 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %73 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %75 = stablehlo.select %72, %71, %74 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %76 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %77 = stablehlo.reduce(%75 init: %76) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %78 = stablehlo.broadcast_in_dim %77, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %79 = stablehlo.subtract %75, %78 : tensor<3x2x1x4x17xf32>
    %80 = stablehlo.exponential %79 : tensor<3x2x1x4x17xf32>
    %81 = stablehlo.constant dense<0.0> : tensor<f32>
    %82 = stablehlo.reduce(%80 init: %81) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %84 = stablehlo.divide %80, %83 : tensor<3x2x1x4x17xf32>
    %85 = "stablehlo.slice"(%84) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %86 = "stablehlo.slice"(%84) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %87 = stablehlo.dot_general %85, %26, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %88 = stablehlo.dot_general %86, %46, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %89 = stablehlo.add %87, %88 : tensor<3x2x1x4x12xf32>
    %90 = stablehlo.transpose %89, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %91 = stablehlo.reshape %90 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %92 = stablehlo.dot_general %91, %transformer.h.0.attn.attention.out_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %93 = stablehlo.add %2, %92 : tensor<3x1x40xf32>
    %94 = stablehlo.multiply %93, %93 : tensor<3x1x40xf32>
    %95 = stablehlo.constant dense<0.0> : tensor<f32>
    %96 = stablehlo.reduce(%94 init: %95) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %97 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %99 = stablehlo.multiply %96, %98 : tensor<3x1xf32>
    %100 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %102 = stablehlo.add %99, %101 : tensor<3x1xf32>
    %103 = stablehlo.rsqrt %102 : tensor<3x1xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %105 = stablehlo.multiply %93, %104 : tensor<3x1x40xf32>
    %106 = stablehlo.broadcast_in_dim %transformer.h.0.ln_2.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %107 = stablehlo.multiply %105, %106 : tensor<3x1x40xf32>
    %108 = stablehlo.dot_general %107, %transformer.h.0.mlp.c_fc_0.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %109 = stablehlo.logistic %108 : tensor<3x1x56xf32>
    %110 = stablehlo.multiply %108, %109 : tensor<3x1x56xf32>
    %111 = stablehlo.dot_general %107, %transformer.h.0.mlp.c_fc_1.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %112 = stablehlo.multiply %110, %111 : tensor<3x1x56xf32>
    %113 = stablehlo.dot_general %112, %transformer.h.0.mlp.c_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %114 = stablehlo.add %93, %113 : tensor<3x1x40xf32>
    %115 = stablehlo.reshape %64 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %116 = stablehlo.reshape %46 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    // layer 1: full_attention
    %117 = "stablehlo.slice"(%k_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %118 = stablehlo.reshape %117 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %119 = "stablehlo.slice"(%v_cache) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 3, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x16x2x2x12xf32>) -> tensor<3x16x1x2x12xf32>
    %120 = stablehlo.reshape %119 : (tensor<3x16x1x2x12xf32>) -> tensor<3x16x2x12xf32>
    %121 = stablehlo.multiply %114, %114 : tensor<3x1x40xf32>
    %122 = stablehlo.constant dense<0.0> : tensor<f32>
    %123 = stablehlo.reduce(%121 init: %122) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %124 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %126 = stablehlo.multiply %123, %125 : tensor<3x1xf32>
    %127 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %129 = stablehlo.add %126, %128 : tensor<3x1xf32>
    %130 = stablehlo.rsqrt %129 : tensor<3x1xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %132 = stablehlo.multiply %114, %131 : tensor<3x1x40xf32>
    %133 = stablehlo.broadcast_in_dim %transformer.h.1.ln_1.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<3x1x40xf32>
    %135 = stablehlo.dot_general %134, %transformer.h.1.attn.attention.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<96x40xf32>) -> tensor<3x1x96xf32>
    %136 = stablehlo.dot_general %134, %transformer.h.1.attn.attention.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %137 = stablehlo.dot_general %134, %transformer.h.1.attn.attention.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<24x40xf32>) -> tensor<3x1x24xf32>
    %138 = stablehlo.reshape %135 : (tensor<3x1x96xf32>) -> tensor<3x1x8x12xf32>
    %139 = stablehlo.reshape %136 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %140 = stablehlo.reshape %137 : (tensor<3x1x24xf32>) -> tensor<3x1x2x12xf32>
    %141 = "stablehlo.slice"(%138) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %142 = "stablehlo.slice"(%138) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x8x12xf32>) -> tensor<3x1x8x6xf32>
    %143 = stablehlo.negate %142 : tensor<3x1x8x6xf32>
    %144 = stablehlo.concatenate %143, %141, dim = 3 : (tensor<3x1x8x6xf32>, tensor<3x1x8x6xf32>) -> tensor<3x1x8x12xf32>
    %145 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %146 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x8x12xf32>
    %147 = stablehlo.multiply %138, %145 : tensor<3x1x8x12xf32>
    %148 = stablehlo.multiply %144, %146 : tensor<3x1x8x12xf32>
    %149 = stablehlo.add %147, %148 : tensor<3x1x8x12xf32>
    %150 = "stablehlo.slice"(%139) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %151 = "stablehlo.slice"(%139) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x1x2x12xf32>) -> tensor<3x1x2x6xf32>
    %152 = stablehlo.negate %151 : tensor<3x1x2x6xf32>
    %153 = stablehlo.concatenate %152, %150, dim = 3 : (tensor<3x1x2x6xf32>, tensor<3x1x2x6xf32>) -> tensor<3x1x2x12xf32>
    %154 = stablehlo.broadcast_in_dim %12, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %155 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 3] : (tensor<3x1x12xf32>) -> tensor<3x1x2x12xf32>
    %156 = stablehlo.multiply %139, %154 : tensor<3x1x2x12xf32>
    %157 = stablehlo.multiply %153, %155 : tensor<3x1x2x12xf32>
    %158 = stablehlo.add %156, %157 : tensor<3x1x2x12xf32>
    %159 = stablehlo.reshape %149 : (tensor<3x1x8x12xf32>) -> tensor<3x1x2x4x12xf32>
    %160 = stablehlo.dot_general %159, %118, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x16xf32>
    %161 = stablehlo.dot_general %159, %158, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<3x1x2x4x12xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x1xf32>
    %162 = stablehlo.concatenate %160, %161, dim = 4 : (tensor<3x2x1x4x16xf32>, tensor<3x2x1x4x1xf32>) -> tensor<3x2x1x4x17xf32>
    %163 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %165 = stablehlo.multiply %162, %164 : tensor<3x2x1x4x17xf32>
    %166 = stablehlo.broadcast_in_dim %22, dims = [0, 2, 4] : (tensor<3x1x17xi1>) -> tensor<3x2x1x4x17xi1>
    %167 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<3x2x1x4x17xf32>
    %169 = stablehlo.select %166, %165, %168 : (tensor<3x2x1x4x17xi1>, tensor<3x2x1x4x17xf32>, tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x17xf32>
    %170 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %171 = stablehlo.reduce(%169 init: %170) applies stablehlo.maximum across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %173 = stablehlo.subtract %169, %172 : tensor<3x2x1x4x17xf32>
    %174 = stablehlo.exponential %173 : tensor<3x2x1x4x17xf32>
    %175 = stablehlo.constant dense<0.0> : tensor<f32>
    %176 = stablehlo.reduce(%174 init: %175) applies stablehlo.add across dimensions = [4] : (tensor<3x2x1x4x17xf32>, tensor<f32>) -> tensor<3x2x1x4xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0, 1, 2, 3] : (tensor<3x2x1x4xf32>) -> tensor<3x2x1x4x17xf32>
    %178 = stablehlo.divide %174, %177 : tensor<3x2x1x4x17xf32>
    %179 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 1, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x16xf32>
    %180 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 3, 2, 1, 4, 17>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<3x2x1x4x17xf32>) -> tensor<3x2x1x4x1xf32>
    %181 = stablehlo.dot_general %179, %120, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x16xf32>, tensor<3x16x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %182 = stablehlo.dot_general %180, %140, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x2x1x4x1xf32>, tensor<3x1x2x12xf32>) -> tensor<3x2x1x4x12xf32>
    %183 = stablehlo.add %181, %182 : tensor<3x2x1x4x12xf32>
    %184 = stablehlo.transpose %183, dims = [0, 2, 1, 3, 4] : (tensor<3x2x1x4x12xf32>) -> tensor<3x1x2x4x12xf32>
    %185 = stablehlo.reshape %184 : (tensor<3x1x2x4x12xf32>) -> tensor<3x1x96xf32>
    %186 = stablehlo.dot_general %185, %transformer.h.1.attn.attention.out_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x96xf32>, tensor<40x96xf32>) -> tensor<3x1x40xf32>
    %187 = stablehlo.add %114, %186 : tensor<3x1x40xf32>
    %188 = stablehlo.multiply %187, %187 : tensor<3x1x40xf32>
    %189 = stablehlo.constant dense<0.0> : tensor<f32>
    %190 = stablehlo.reduce(%188 init: %189) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %191 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %193 = stablehlo.multiply %190, %192 : tensor<3x1xf32>
    %194 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %196 = stablehlo.add %193, %195 : tensor<3x1xf32>
    %197 = stablehlo.rsqrt %196 : tensor<3x1xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %199 = stablehlo.multiply %187, %198 : tensor<3x1x40xf32>
    %200 = stablehlo.broadcast_in_dim %transformer.h.1.ln_2.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %201 = stablehlo.multiply %199, %200 : tensor<3x1x40xf32>
    %202 = stablehlo.dot_general %201, %transformer.h.1.mlp.c_fc_0.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %203 = stablehlo.logistic %202 : tensor<3x1x56xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<3x1x56xf32>
    %205 = stablehlo.dot_general %201, %transformer.h.1.mlp.c_fc_1.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x40xf32>, tensor<56x40xf32>) -> tensor<3x1x56xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<3x1x56xf32>
    %207 = stablehlo.dot_general %206, %transformer.h.1.mlp.c_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x1x56xf32>, tensor<40x56xf32>) -> tensor<3x1x40xf32>
    %208 = stablehlo.add %187, %207 : tensor<3x1x40xf32>
    %209 = stablehlo.reshape %158 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %210 = stablehlo.reshape %140 : (tensor<3x1x2x12xf32>) -> tensor<3x1x1x2x12xf32>
    %211 = stablehlo.multiply %208, %208 : tensor<3x1x40xf32>
    %212 = stablehlo.constant dense<0.0> : tensor<f32>
    %213 = stablehlo.reduce(%211 init: %212) applies stablehlo.add across dimensions = [2] : (tensor<3x1x40xf32>, tensor<f32>) -> tensor<3x1xf32>
    %214 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %216 = stablehlo.multiply %213, %215 : tensor<3x1xf32>
    %217 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<3x1xf32>
    %219 = stablehlo.add %216, %218 : tensor<3x1xf32>
    %220 = stablehlo.rsqrt %219 : tensor<3x1xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x1x40xf32>
    %222 = stablehlo.multiply %208, %221 : tensor<3x1x40xf32>
    %223 = stablehlo.broadcast_in_dim %transformer.ln_f.weight, dims = [2] : (tensor<40xf32>) -> tensor<3x1x40xf32>
    %224 = stablehlo.multiply %222, %223 : tensor<3x1x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %225 = stablehlo.concatenate %115, %209, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %226 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %227 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %228 = stablehlo.concatenate %226, %227, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %229 = stablehlo.reshape %225 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %230 = "stablehlo.scatter"(%k_cache, %228, %229) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %231 = stablehlo.concatenate %116, %210, dim = 2 : (tensor<3x1x1x2x12xf32>, tensor<3x1x1x2x12xf32>) -> tensor<3x1x2x2x12xf32>
    %232 = stablehlo.iota dim = 0 : tensor<3x1xi32>
    %233 = stablehlo.reshape %positions : (tensor<3xi32>) -> tensor<3x1xi32>
    %234 = stablehlo.concatenate %232, %233, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
    %235 = stablehlo.reshape %231 : (tensor<3x1x2x2x12xf32>) -> tensor<3x2x2x12xf32>
    %236 = "stablehlo.scatter"(%v_cache, %234, %235) ({
    ^bb0(%old: tensor<f32>, %new: tensor<f32>):
      stablehlo.return %new : tensor<f32>
    }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, unique_indices = true} : (tensor<3x16x2x2x12xf32>, tensor<3x2xi32>, tensor<3x2x2x12xf32>) -> tensor<3x16x2x2x12xf32>
    %237 = stablehlo.reshape %224 : (tensor<3x1x40xf32>) -> tensor<3x40xf32>
    %238 = stablehlo.dot_general %237, %lm_head.weight, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3x40xf32>, tensor<97x40xf32>) -> tensor<3x97xf32>
    %239 = stablehlo.constant dense<0> : tensor<i32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %241 = stablehlo.compare NE, %active, %240, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0] : (tensor<3xi1>) -> tensor<3x97xi1>
    %243 = stablehlo.constant dense<0.0> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %243, dims = [] : (tensor<f32>) -> tensor<3x97xf32>
    %245 = stablehlo.select %242, %238, %244 : (tensor<3x97xi1>, tensor<3x97xf32>, tensor<3x97xf32>) -> tensor<3x97xf32>
    return %245, %230, %236 : tensor<3x97xf32>, tensor<3x16x2x2x12xf32>, tensor<3x16x2x2x12xf32>
  }
}
