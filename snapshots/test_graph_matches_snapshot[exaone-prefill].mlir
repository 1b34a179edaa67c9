// exaone prefill: capacity=16 bucket=8 slots=1; layers=2 hidden=40 heads=8 kv_heads=2 head_dim=12 vocab=97
module @exaone_prefill {
  func.func public @main(%transformer.wte.weight: tensor<97x40xf32>, %transformer.h.0.attn.attention.q_proj.weight: tensor<96x40xf32>, %transformer.h.0.attn.attention.k_proj.weight: tensor<24x40xf32>, %transformer.h.0.attn.attention.v_proj.weight: tensor<24x40xf32>, %transformer.h.0.attn.attention.out_proj.weight: tensor<40x96xf32>, %transformer.h.0.mlp.c_fc_0.weight: tensor<56x40xf32>, %transformer.h.0.mlp.c_fc_1.weight: tensor<56x40xf32>, %transformer.h.0.mlp.c_proj.weight: tensor<40x56xf32>, %transformer.h.0.ln_1.weight: tensor<40xf32>, %transformer.h.0.ln_2.weight: tensor<40xf32>, %transformer.h.1.attn.attention.q_proj.weight: tensor<96x40xf32>, %transformer.h.1.attn.attention.k_proj.weight: tensor<24x40xf32>, %transformer.h.1.attn.attention.v_proj.weight: tensor<24x40xf32>, %transformer.h.1.attn.attention.out_proj.weight: tensor<40x96xf32>, %transformer.h.1.mlp.c_fc_0.weight: tensor<56x40xf32>, %transformer.h.1.mlp.c_fc_1.weight: tensor<56x40xf32>, %transformer.h.1.mlp.c_proj.weight: tensor<40x56xf32>, %transformer.h.1.ln_1.weight: tensor<40xf32>, %transformer.h.1.ln_2.weight: tensor<40xf32>, %transformer.ln_f.weight: tensor<40xf32>, %lm_head.weight: tensor<97x40xf32>, %tokens: tensor<8xi32>, %start: tensor<i32>, %length: tensor<i32>, %k_cache: tensor<16x2x2x12xf32>, %v_cache: tensor<16x2x2x12xf32>) -> (tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>) {
    %0 = stablehlo.reshape %tokens : (tensor<8xi32>) -> tensor<1x8xi32>
    %1 = stablehlo.reshape %start : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %k_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %3 = stablehlo.reshape %v_cache : (tensor<16x2x2x12xf32>) -> tensor<1x16x2x2x12xf32>
    %4 = stablehlo.reshape %0 : (tensor<1x8xi32>) -> tensor<1x8x1xi32>
    %5 = "stablehlo.gather"(%transformer.wte.weight, %4) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 40>, indices_are_sorted = false} : (tensor<97x40xf32>, tensor<1x8x1xi32>) -> tensor<1x8x40xf32>
    %6 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.iota dim = 1 : tensor<1x8xi32>
    %8 = stablehlo.add %6, %7 : tensor<1x8xi32>
    %9 = stablehlo.constant dense<[1.0, 0.11224620789289474, 0.012599210254848003, 0.0014142135623842478, 0.00015874010568950325, 1.781797436706256e-05]> : tensor<6xf32>
    %10 = stablehlo.convert %8 : (tensor<1x8xi32>) -> tensor<1x8xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x6xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [2] : (tensor<6xf32>) -> tensor<1x8x6xf32>
    %13 = stablehlo.multiply %11, %12 : tensor<1x8x6xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 2 : (tensor<1x8x6xf32>, tensor<1x8x6xf32>) -> tensor<1x8x12xf32>
    %15 = stablehlo.cosine %14 : tensor<1x8x12xf32>
    %16 = stablehlo.sine %14 : tensor<1x8x12xf32>
    %17 = stablehlo.iota dim = 2 : tensor<1x8x16xi32>
    %18 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xi32>) -> tensor<1x8x16xi32>
    %19 = stablehlo.iota dim = 1 : tensor<1x8x16xi32>
    %20 = stablehlo.add %18, %19 : tensor<1x8x16xi32>
    %21 = stablehlo.compare LT, %17, %18, SIGNED : (tensor<1x8x16xi32>, tensor<1x8x16xi32>) -> tensor<1x8x16xi1>
    %22 = stablehlo.iota dim = 1 : tensor<1x8x8xi32>
    %23 = stablehlo.iota dim = 2 : tensor<1x8x8xi32>
    %24 = stablehlo.compare LE, %23, %22, SIGNED : (tensor<1x8x8xi32>, tensor<1x8x8xi32>) -> tensor<1x8x8xi1>
    %25 = stablehlo.concatenate %21, %24, dim = 2 : (tensor<1x8x16xi1>, tensor<1x8x8xi1>) -> tensor<1x8x24xi1>
    // layer 0: full_attention
    %26 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %28 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 16, 1, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %30 = stablehlo.multiply %5, %5 : tensor<1x8x40xf32>
    %31 = stablehlo.constant dense<0.0> : tensor<f32>
    %32 = stablehlo.reduce(%30 init: %31) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %33 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %35 = stablehlo.multiply %32, %34 : tensor<1x8xf32>
    %36 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %38 = stablehlo.add %35, %37 : tensor<1x8xf32>
    %39 = stablehlo.rsqrt %38 : tensor<1x8xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %41 = stablehlo.multiply %5, %40 : tensor<1x8x40xf32>
    %42 = stablehlo.broadcast_in_dim %transformer.h.0.ln_1.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<1x8x40xf32>
    %44 = stablehlo.dot_general %43, %transformer.h.0.attn.attention.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %45 = stablehlo.dot_general %43, %transformer.h.0.attn.attention.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %46 = stablehlo.dot_general %43, %transformer.h.0.attn.attention.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %47 = stablehlo.reshape %44 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %48 = stablehlo.reshape %45 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %49 = stablehlo.reshape %46 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %50 = "stablehlo.slice"(%47) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %51 = "stablehlo.slice"(%47) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %52 = stablehlo.negate %51 : tensor<1x8x8x6xf32>
    %53 = stablehlo.concatenate %52, %50, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %54 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %55 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %56 = stablehlo.multiply %47, %54 : tensor<1x8x8x12xf32>
    %57 = stablehlo.multiply %53, %55 : tensor<1x8x8x12xf32>
    %58 = stablehlo.add %56, %57 : tensor<1x8x8x12xf32>
    %59 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %60 = "stablehlo.slice"(%48) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %61 = stablehlo.negate %60 : tensor<1x8x2x6xf32>
    %62 = stablehlo.concatenate %61, %59, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %63 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %64 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %65 = stablehlo.multiply %48, %63 : tensor<1x8x2x12xf32>
    %66 = stablehlo.multiply %62, %64 : tensor<1x8x2x12xf32>
    %67 = stablehlo.add %65, %66 : tensor<1x8x2x12xf32>
    %68 = stablehlo.reshape %58 : (tensor<1x8x8x12xf32>) -> tensor<1x8x2x4x12xf32>
    %69 = stablehlo.dot_general %68, %27, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x4x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x4x16xf32>
    %70 = stablehlo.dot_general %68, %67, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x4x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x4x8xf32>
    %71 = stablehlo.concatenate %69, %70, dim = 4 : (tensor<1x2x8x4x16xf32>, tensor<1x2x8x4x8xf32>) -> tensor<1x2x8x4x24xf32>
    %72 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %74 = stablehlo.multiply %71, %73 : tensor<1x2x8x4x24xf32>
    %75 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x4x24xi1>
    %76 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %78 = stablehlo.select %75, %74, %77 : (tensor<1x2x8x4x24xi1>, tensor<1x2x8x4x24xf32>, tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x24xf32>
    %79 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %80 = stablehlo.reduce(%78 init: %79) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %82 = stablehlo.subtract %78, %81 : tensor<1x2x8x4x24xf32>
    %83 = stablehlo.exponential %82 : tensor<1x2x8x4x24xf32>
    %84 = stablehlo.constant dense<0.0> : tensor<f32>
    %85 = stablehlo.reduce(%83 init: %84) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %87 = stablehlo.divide %83, %86 : tensor<1x2x8x4x24xf32>
    %88 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x16xf32>
    %89 = "stablehlo.slice"(%87) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x8xf32>
    %90 = stablehlo.dot_general %88, %29, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x4x12xf32>
    %91 = stablehlo.dot_general %89, %49, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x4x12xf32>
    %92 = stablehlo.add %90, %91 : tensor<1x2x8x4x12xf32>
    %93 = stablehlo.transpose %92, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x4x12xf32>) -> tensor<1x8x2x4x12xf32>
    %94 = stablehlo.reshape %93 : (tensor<1x8x2x4x12xf32>) -> tensor<1x8x96xf32>
    %95 = stablehlo.dot_general %94, %transformer.h.0.attn.attention.out_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %96 = stablehlo.add %5, %95 : tensor<1x8x40xf32>
    %97 = stablehlo.multiply %96, %96 : tensor<1x8x40xf32>
    %98 = stablehlo.constant dense<0.0> : tensor<f32>
    %99 = stablehlo.reduce(%97 init: %98) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %100 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<1x8xf32>
    %103 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %105 = stablehlo.add %102, %104 : tensor<1x8xf32>
    %106 = stablehlo.rsqrt %105 : tensor<1x8xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %108 = stablehlo.multiply %96, %107 : tensor<1x8x40xf32>
    %109 = stablehlo.broadcast_in_dim %transformer.h.0.ln_2.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %110 = stablehlo.multiply %108, %109 : tensor<1x8x40xf32>
    %111 = stablehlo.dot_general %110, %transformer.h.0.mlp.c_fc_0.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %112 = stablehlo.logistic %111 : tensor<1x8x56xf32>
    %113 = stablehlo.multiply %111, %112 : tensor<1x8x56xf32>
    %114 = stablehlo.dot_general %110, %transformer.h.0.mlp.c_fc_1.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %115 = stablehlo.multiply %113, %114 : tensor<1x8x56xf32>
    %116 = stablehlo.dot_general %115, %transformer.h.0.mlp.c_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %117 = stablehlo.add %96, %116 : tensor<1x8x40xf32>
    %118 = stablehlo.reshape %67 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %119 = stablehlo.reshape %49 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    // layer 1: full_attention
    %120 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %121 = stablehlo.reshape %120 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %122 = "stablehlo.slice"(%3) {start_indices = array<i64: 0, 0, 1, 0, 0>, limit_indices = array<i64: 1, 16, 2, 2, 12>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x16x2x2x12xf32>) -> tensor<1x16x1x2x12xf32>
    %123 = stablehlo.reshape %122 : (tensor<1x16x1x2x12xf32>) -> tensor<1x16x2x12xf32>
    %124 = stablehlo.multiply %117, %117 : tensor<1x8x40xf32>
    %125 = stablehlo.constant dense<0.0> : tensor<f32>
    %126 = stablehlo.reduce(%124 init: %125) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %127 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<1x8xf32>
    %130 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %132 = stablehlo.add %129, %131 : tensor<1x8xf32>
    %133 = stablehlo.rsqrt %132 : tensor<1x8xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %135 = stablehlo.multiply %117, %134 : tensor<1x8x40xf32>
    %136 = stablehlo.broadcast_in_dim %transformer.h.1.ln_1.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %137 = stablehlo.multiply %135, %136 : tensor<1x8x40xf32>
    %138 = stablehlo.dot_general %137, %transformer.h.1.attn.attention.q_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<96x40xf32>) -> tensor<1x8x96xf32>
    %139 = stablehlo.dot_general %137, %transformer.h.1.attn.attention.k_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %140 = stablehlo.dot_general %137, %transformer.h.1.attn.attention.v_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<24x40xf32>) -> tensor<1x8x24xf32>
    %141 = stablehlo.reshape %138 : (tensor<1x8x96xf32>) -> tensor<1x8x8x12xf32>
    %142 = stablehlo.reshape %139 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %143 = stablehlo.reshape %140 : (tensor<1x8x24xf32>) -> tensor<1x8x2x12xf32>
    %144 = "stablehlo.slice"(%141) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 8, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %145 = "stablehlo.slice"(%141) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 8, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x12xf32>) -> tensor<1x8x8x6xf32>
    %146 = stablehlo.negate %145 : tensor<1x8x8x6xf32>
    %147 = stablehlo.concatenate %146, %144, dim = 3 : (tensor<1x8x8x6xf32>, tensor<1x8x8x6xf32>) -> tensor<1x8x8x12xf32>
    %148 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %149 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x8x12xf32>
    %150 = stablehlo.multiply %141, %148 : tensor<1x8x8x12xf32>
    %151 = stablehlo.multiply %147, %149 : tensor<1x8x8x12xf32>
    %152 = stablehlo.add %150, %151 : tensor<1x8x8x12xf32>
    %153 = "stablehlo.slice"(%142) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 2, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %154 = "stablehlo.slice"(%142) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 1, 8, 2, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x2x12xf32>) -> tensor<1x8x2x6xf32>
    %155 = stablehlo.negate %154 : tensor<1x8x2x6xf32>
    %156 = stablehlo.concatenate %155, %153, dim = 3 : (tensor<1x8x2x6xf32>, tensor<1x8x2x6xf32>) -> tensor<1x8x2x12xf32>
    %157 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %158 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 3] : (tensor<1x8x12xf32>) -> tensor<1x8x2x12xf32>
    %159 = stablehlo.multiply %142, %157 : tensor<1x8x2x12xf32>
    %160 = stablehlo.multiply %156, %158 : tensor<1x8x2x12xf32>
    %161 = stablehlo.add %159, %160 : tensor<1x8x2x12xf32>
    %162 = stablehlo.reshape %152 : (tensor<1x8x8x12xf32>) -> tensor<1x8x2x4x12xf32>
    %163 = stablehlo.dot_general %162, %121, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x4x12xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x4x16xf32>
    %164 = stablehlo.dot_general %162, %161, batching_dims = [0, 2] x [0, 2], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x8x2x4x12xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x4x8xf32>
    %165 = stablehlo.concatenate %163, %164, dim = 4 : (tensor<1x2x8x4x16xf32>, tensor<1x2x8x4x8xf32>) -> tensor<1x2x8x4x24xf32>
    %166 = stablehlo.constant dense<0.28867512941360474> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<1x2x8x4x24xf32>
    %169 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 4] : (tensor<1x8x24xi1>) -> tensor<1x2x8x4x24xi1>
    %170 = stablehlo.constant dense<-3.4028234663852886e+38> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<1x2x8x4x24xf32>
    %172 = stablehlo.select %169, %168, %171 : (tensor<1x2x8x4x24xi1>, tensor<1x2x8x4x24xf32>, tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x24xf32>
    %173 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %174 = stablehlo.reduce(%172 init: %173) applies stablehlo.maximum across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %176 = stablehlo.subtract %172, %175 : tensor<1x2x8x4x24xf32>
    %177 = stablehlo.exponential %176 : tensor<1x2x8x4x24xf32>
    %178 = stablehlo.constant dense<0.0> : tensor<f32>
    %179 = stablehlo.reduce(%177 init: %178) applies stablehlo.add across dimensions = [4] : (tensor<1x2x8x4x24xf32>, tensor<f32>) -> tensor<1x2x8x4xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2, 3] : (tensor<1x2x8x4xf32>) -> tensor<1x2x8x4x24xf32>
    %181 = stablehlo.divide %177, %180 : tensor<1x2x8x4x24xf32>
    %182 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 8, 4, 16>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x16xf32>
    %183 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 0, 16>, limit_indices = array<i64: 1, 2, 8, 4, 24>, strides = array<i64: 1, 1, 1, 1, 1>} : (tensor<1x2x8x4x24xf32>) -> tensor<1x2x8x4x8xf32>
    %184 = stablehlo.dot_general %182, %123, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x16xf32>, tensor<1x16x2x12xf32>) -> tensor<1x2x8x4x12xf32>
    %185 = stablehlo.dot_general %183, %143, batching_dims = [0, 1] x [0, 2], contracting_dims = [4] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x2x8x4x8xf32>, tensor<1x8x2x12xf32>) -> tensor<1x2x8x4x12xf32>
    %186 = stablehlo.add %184, %185 : tensor<1x2x8x4x12xf32>
    %187 = stablehlo.transpose %186, dims = [0, 2, 1, 3, 4] : (tensor<1x2x8x4x12xf32>) -> tensor<1x8x2x4x12xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x8x2x4x12xf32>) -> tensor<1x8x96xf32>
    %189 = stablehlo.dot_general %188, %transformer.h.1.attn.attention.out_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x96xf32>, tensor<40x96xf32>) -> tensor<1x8x40xf32>
    %190 = stablehlo.add %117, %189 : tensor<1x8x40xf32>
    %191 = stablehlo.multiply %190, %190 : tensor<1x8x40xf32>
    %192 = stablehlo.constant dense<0.0> : tensor<f32>
    %193 = stablehlo.reduce(%191 init: %192) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %194 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %196 = stablehlo.multiply %193, %195 : tensor<1x8xf32>
    %197 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %199 = stablehlo.add %196, %198 : tensor<1x8xf32>
    %200 = stablehlo.rsqrt %199 : tensor<1x8xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %202 = stablehlo.multiply %190, %201 : tensor<1x8x40xf32>
    %203 = stablehlo.broadcast_in_dim %transformer.h.1.ln_2.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<1x8x40xf32>
    %205 = stablehlo.dot_general %204, %transformer.h.1.mlp.c_fc_0.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %206 = stablehlo.logistic %205 : tensor<1x8x56xf32>
    %207 = stablehlo.multiply %205, %206 : tensor<1x8x56xf32>
    %208 = stablehlo.dot_general %204, %transformer.h.1.mlp.c_fc_1.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x40xf32>, tensor<56x40xf32>) -> tensor<1x8x56xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<1x8x56xf32>
    %210 = stablehlo.dot_general %209, %transformer.h.1.mlp.c_proj.weight, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x8x56xf32>, tensor<40x56xf32>) -> tensor<1x8x40xf32>
    %211 = stablehlo.add %190, %210 : tensor<1x8x40xf32>
    %212 = stablehlo.reshape %161 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %213 = stablehlo.reshape %143 : (tensor<1x8x2x12xf32>) -> tensor<1x8x1x2x12xf32>
    %214 = stablehlo.multiply %211, %211 : tensor<1x8x40xf32>
    %215 = stablehlo.constant dense<0.0> : tensor<f32>
    %216 = stablehlo.reduce(%214 init: %215) applies stablehlo.add across dimensions = [2] : (tensor<1x8x40xf32>, tensor<f32>) -> tensor<1x8xf32>
    %217 = stablehlo.constant dense<0.02500000037252903> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %219 = stablehlo.multiply %216, %218 : tensor<1x8xf32>
    %220 = stablehlo.constant dense<9.999999747378752e-06> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<1x8xf32>
    %222 = stablehlo.add %219, %221 : tensor<1x8xf32>
    %223 = stablehlo.rsqrt %222 : tensor<1x8xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<1x8x40xf32>
    %225 = stablehlo.multiply %211, %224 : tensor<1x8x40xf32>
    %226 = stablehlo.broadcast_in_dim %transformer.ln_f.weight, dims = [2] : (tensor<40xf32>) -> tensor<1x8x40xf32>
    %227 = stablehlo.multiply %225, %226 : tensor<1x8x40xf32>
    // write all layers' new K/V rows at (slot, start): one update per cache
    %228 = stablehlo.concatenate %118, %212, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %229 = stablehlo.constant dense<0> : tensor<i32>
    %230 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %231 = stablehlo.dynamic_update_slice %2, %228, %229, %230, %229, %229, %229 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %232 = stablehlo.concatenate %119, %213, dim = 2 : (tensor<1x8x1x2x12xf32>, tensor<1x8x1x2x12xf32>) -> tensor<1x8x2x2x12xf32>
    %233 = stablehlo.constant dense<0> : tensor<i32>
    %234 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %235 = stablehlo.dynamic_update_slice %3, %232, %233, %234, %233, %233, %233 : (tensor<1x16x2x2x12xf32>, tensor<1x8x2x2x12xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x2x2x12xf32>
    %236 = stablehlo.constant dense<1> : tensor<i32>
    %237 = stablehlo.subtract %length, %236 : tensor<i32>
    %238 = stablehlo.constant dense<0> : tensor<i32>
    %239 = stablehlo.dynamic_slice %227, %238, %237, %238, sizes = [1, 1, 40] : (tensor<1x8x40xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x40xf32>
    %240 = stablehlo.reshape %239 : (tensor<1x1x40xf32>) -> tensor<40xf32>
    %241 = stablehlo.dot_general %240, %lm_head.weight, contracting_dims = [0] x [1], precision = [HIGHEST, HIGHEST] : (tensor<40xf32>, tensor<97x40xf32>) -> tensor<97xf32>
    %242 = stablehlo.reshape %231 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    %243 = stablehlo.reshape %235 : (tensor<1x16x2x2x12xf32>) -> tensor<16x2x2x12xf32>
    return %241, %242, %243 : tensor<97xf32>, tensor<16x2x2x12xf32>, tensor<16x2x2x12xf32>
  }
}
