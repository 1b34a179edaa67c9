"""Every numeric tolerance of the project, with the reason it is what it is.

Tests and `emitter check` look tolerances up here by name; none are literals elsewhere.
"""

TOLERANCES = {
    # max |logit - HF fp32 logit| on tiny random models, fp32 weights. Both sides are fp32
    # but reduce in different orders (our fused dots vs torch's BLAS), so a few ulps of
    # the logit scale (~1) per layer accumulate; measured worst case is about 1e-6.
    "hf_fp32": 1e-4,
    # Our error vs HF float64 must stay within this factor of HF fp32's own error vs
    # float64 (plus `f64_floor` for when HF fp32 happens to be exact at the worst logit).
    # Both are maxima of fp32 rounding noise over 24 positions x 97 logits, two draws of it.
    # Measured over 13 families x 4 kinds x 2 CPU backends: 0.52..1.76, and 2.04 for qwen3
    # ragged on xla-cpu (one position at 5.5e-6 where HF fp32's worst is 2.7e-6; 1.41 before
    # the rotary frequencies matched HF's bit for bit: another draw of the same noise).
    # A 1297-token prompt (gemma, iree-cpu): 2.38, at position 800, in the second chunk of 512
    # over the cache (2.16 in chunks of 128); 2.52 once long prompts normalize attention after
    # P x V, and 2.51 for llama decode on xla-cpu with that order there too: a reordering of the
    # same fp32 sums moved such maxima by 3-28%, so 2.5 left no room for an equally exact graph.
    "f64_ratio": 3.0,
    "f64_floor": 1e-6,
    # Two fp32 computations of the same logits (graph kinds against each other, IREE vs
    # XLA) each carry fp32 noise of about HF fp32's own error vs float64, and may sit on
    # opposite sides: their difference is bounded by a multiple of that error ("fp32 noise").
    # An absolute bound would be wrong per family: noise ranges from 2e-6 (qwen3) to 4e-5
    # (internlm3, 16 query heads per KV head); measured worst: 2.4x (IREE vs XLA).
    "pair_ratio": 4.0,
    "pair_floor": 2e-6,
    # Real checkpoints (fp32 weights, logits up to ~30): max |logit - HF fp32| over a
    # 700-token prompt; longer reductions (hidden 576-640, 18-30 layers) than the tiny models.
    "real_fp32": 1e-3,
    # Real checkpoints, graph kinds against each other over 600 tokens.
    "real_self_consistency": 1e-3,
    # Greedy tokens may differ from HF's only where HF's own top-1/top-2 logit margin is
    # below this: there both sides' fp32 rounding (measured <= real_fp32) can flip the tie.
    "greedy_margin": 2e-3,
    # Narrowed weight storage (`--weights`), against HF fp32 on the original weights. Rounding
    # every matrix (bf16 keeps 8 significant bits, f16 11) moves the logits far more than
    # fp32 noise; against HF fp32 on the same rounded weights the fp32 bounds still hold.
    # Measured max |d logit| over the 700-token prompt (SmolLM2 / Gemma-3-270m):
    # bf16 0.32 / 0.21, f16 0.045 / 0.022.
    "real_bf16": 0.5,
    "real_f16": 0.1,
    # Greedy margins for those modes. The top-1/top-2 gap moves far less than the worst logit
    # (neighbouring logits share most of the rounding error): of 1024 greedy steps per mode
    # the flips were at HF margins up to 0.015 (bf16, 8 flips) and 0.0056 (f16, 2 flips).
    "greedy_margin_bf16": 0.05,
    "greedy_margin_f16": 0.02,
    # One attention (a query over 65 rows, head dim 12) in fp32 against float64 numpy: measured
    # 9e-8 to 2.5e-7 on iree-cpu; IREE's miscompile of that pattern is off by 0.4 or more.
    "attention_f64": 1e-5,
    # One matvec (f32 accumulation of widened bf16/f16 weights, K 20 to 576) against float64
    # numpy, relative to the largest output: measured 6e-8 to 1.5e-7 on iree-cpu; the kernel
    # with one accumulator dropped is off by 0.5.
    "matvec_f64": 1e-6,
    # A deliberately broken graph must miss HF by at least this much (negative controls).
    "fault_min_error": 1e-3,
}


def pair_bound(hf_error_f64: float) -> float:
    """Allowed difference between two fp32 runs of one graph, given HF fp32's error vs float64."""
    return max(TOLERANCES["pair_ratio"] * hf_error_f64, TOLERANCES["pair_floor"])


def tolerance(name: str) -> float:
    if name not in TOLERANCES:
        raise KeyError(f"no tolerance {name!r}; known: {', '.join(TOLERANCES)}")
    return TOLERANCES[name]
