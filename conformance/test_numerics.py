"""Numerics: every family x kind against its transformers class on a tiny random model.

Errors are logits at every position, vs HF fp32 and vs HF float64 (see emitter/tolerances.py).
"""

import numpy as np
import pytest

from emitter.check import parity
from emitter.forward import Q_ROWS
from emitter.tolerances import pair_bound, tolerance

from .harness import FAMILIES, KINDS, family_param, family_run, record
from .registry import BY_FAMILY

pytestmark = pytest.mark.fast

PARITY = [family_param(f, k) for f in FAMILIES for k in KINDS]
VARIANTS = ("chunked", "decode", "ragged")  # each against a single whole-prompt prefill


@pytest.mark.parametrize("family, kind", PARITY)
def test_logits_match_hf(request, family, kind, backend):
    run = family_run(family, backend)
    result = parity(run["out"][kind], run["ref32"], run["ref64"])
    record(request, family, kind, backend, result)
    assert result["ok"], (
        f"{family} {kind} on {backend}: max|d| vs HF fp32 {result['error']:.3e} (tol {result['tolerance']:.0e}); "
        f"vs HF fp64 {result['error_f64']:.3e} (bound {result['bound_f64']:.3e}, HF fp32's own {result['hf_error_f64']:.3e})"
    )


@pytest.mark.parametrize("family, variant", [family_param(f, v) for f in FAMILIES for v in VARIANTS])
def test_kinds_agree_with_each_other(family, variant, backend):
    """prefill(N) vs chunked prefill vs prefill(k)+decodes vs a busy ragged slot."""
    run = family_run(family, backend)
    err = float(np.abs(run["out"][variant] - run["out"]["prefill"]).max())
    bound = pair_bound(float(np.abs(run["ref32"] - run["ref64"]).max()))
    assert err <= bound, f"{family}: {variant} vs prefill differ by {err:.3e} (bound {bound:.1e})"


@pytest.mark.parametrize("family", [family_param(f) for f in FAMILIES])
def test_poisoned_idle_slots_and_stale_rows_change_nothing(family, backend):
    """NaN in idle slots and huge values in cache rows past a sequence's end are never read."""
    run = family_run(family, backend)
    m, ids = run["model"], run["ids"]
    n = 10
    m.reset()
    clean = m.prefill(ids[:n], all_logits=True)
    k, v = m.get_cache()
    k[:, :, n:], v[:, :, n:] = 1e30, -1e30  # rows past the prompt
    m.set_cache(k, v)
    stale = m.prefill(ids[:n], all_logits=True)
    assert np.array_equal(clean, stale), f"{family}: stale rows past the prompt leaked: {np.abs(clean - stale).max()}"

    m.reset("slots")
    k, v = m.get_cache("slots")
    k[[0, 2]], v[[0, 2]] = np.nan, np.nan
    m.set_cache(k, v, "slots")
    rows = [m.ragged([0, t, 0], [5, i, 7], [0, 1, 0]) for i, t in enumerate(ids[:n])]
    got = np.stack([r[1] for r in rows])
    assert np.all(np.isfinite(got)), f"{family}: NaN from idle slots reached an active slot"
    assert np.abs(got - clean).max() <= pair_bound(float(np.abs(run["ref32"] - run["ref64"]).max()))
    assert all(np.all(r[[0, 2]] == 0) for r in rows), "idle slots must return zeros"


@pytest.mark.parametrize("family", [family_param(f) for f in FAMILIES])
def test_prompt_projections_on_the_stored_weights_match_hf(family, backend, monkeypatch):
    """A Model with no ragged graph and a 64-row prompt bucket, on every backend: on iree-cpu
    its f32 projections read the weights as stored, the prompt's through the GEMM kernel where
    the tiny shapes divide (`gemm_shape`), decode's through the matvec (the kernels are taken
    here also on hosts where the backend leaves every product to IREE: AVX-512). The whole
    prompt's logits and the decode steps after it match HF."""
    import emitter.backends.iree as iree
    from emitter.check import TINY_CONTEXT
    from emitter.runtime import Model

    run = family_run(family, backend)
    monkeypatch.setattr(iree, "HAND_KERNELS", True)  # after the matrix's own Model
    ids, tail = run["ids"], 3
    m = Model(run["ckpt"], backend=backend, capacity=TINY_CONTEXT, buckets=(TINY_CONTEXT,), all_logits=True,
              argmax=False)  # fmt: skip
    if backend == "iree-cpu":
        takes = any(iree.gemm_shape(TINY_CONTEXT, *t.shape) for t in m.tensors.values() if len(t.shape) == 2)
        assert ("flow.dispatch @gemm_f32_" in m.backend.text) == takes, f"{family}: GEMM kernel expected: {takes}"
    m.reset()
    prompt = m.prefill(ids[:-tail], all_logits=True)
    decode = np.stack([m.decode(int(t), len(ids) - tail + i) for i, t in enumerate(ids[-tail:])])
    for name, out, at in (("prompt", prompt, slice(None, -tail)), ("decode", decode, slice(-tail, None))):
        result = parity(out, run["ref32"][at], run["ref64"][at])
        errors = f"max|d| {result['error']:.2e}, vs f64 {result['error_f64']:.2e}"
        print(f"{family} {name} on {backend}, weights as stored: {errors}")
        assert result["ok"], f"{family} {name} on {backend} (weights as stored): {result}"


NEGATIVE = [c.family for c in BY_FAMILY.values() if c.negative_controls]
FAULTS = ("rope_base_doubled", "skip_final_norm", "gqa_interleaved")


@pytest.mark.parametrize("family, fault", [family_param(f, x) for f in NEGATIVE for x in FAULTS])
def test_broken_graph_fails_parity(family, fault, backend):
    """Negative controls: the parity check must catch a deliberately wrong graph."""
    import dataclasses

    from emitter.check import BUCKETS, TINY_CONTEXT
    from emitter.runtime import Model

    run = family_run(family, backend)
    cfg = run["model"].cfg
    faults = ()
    if fault == "rope_base_doubled":
        ropes = tuple(r and dataclasses.replace(r, rope_theta=2 * r.rope_theta) for r in cfg.ropes)
        cfg = dataclasses.replace(cfg, ropes=ropes)
    else:
        faults = (fault,)
    m = Model(run["ckpt"], backend=backend, capacity=TINY_CONTEXT, buckets=BUCKETS[-1:], all_logits=True,
              argmax=False, config=cfg, faults=faults)  # fmt: skip
    m.reset()
    result = parity(m.prefill(run["ids"], all_logits=True), run["ref32"], run["ref64"])
    assert not result["ok"] and result["error"] >= tolerance("fault_min_error"), (
        f"{family}: the {fault} graph passed parity (error {result['error']:.3e}); the check has no teeth"
    )


@pytest.mark.parametrize("family", [family_param(f) for f in FAMILIES])
def test_on_device_argmax_is_the_logits_argmax(family, backend):
    """The greedy-token output (what `generate` and serving read) is argmax of the same step's logits."""
    run = family_run(family, backend)
    m, ids = run["model"], [int(t) for t in run["ids"]]
    m.reset()
    m.prefill(ids[:4])
    for pos, tok in enumerate(ids[4:12], start=4):
        logits = m.decode(tok, pos)  # the same step twice writes the same cache row
        assert m.decode_argmax(tok, pos) == int(np.argmax(logits)), f"{family}: decode at {pos}"
    m.reset("slots")
    busy = [1] * (m.slots - 1) + [0]
    for i, tok in enumerate(ids[:8]):
        args = ([tok] * m.slots, [i + s for s in range(m.slots)], busy)
        logits = m.ragged(*args)
        got = np.asarray(m.ragged(*args, argmax=True)).reshape(m.slots)
        assert list(got[:-1]) == list(np.argmax(logits[:-1], axis=1)), f"{family}: ragged step {i}"


LONG = 1300  # cache rows: past forward.PV_ONE_BLOCK, and not a multiple of PV_ROWS (a last partial block)
BLOCKED = 4 * Q_ROWS  # a prompt bucket that attends in query blocks


# one family with a single KV head (ragged attention per slot) and one with several (batched)
LONG_FAMILIES = [next(f for f in FAMILIES if (BY_FAMILY[f].tiny()["num_key_value_heads"] == 1) == one) for one in (True, False)]


@pytest.mark.parametrize("family", [family_param(f) for f in LONG_FAMILIES])
def test_one_query_over_a_long_cache_matches_hf(family, backend, tmp_path):
    """A long prompt (a fresh prefill that attends in causal query blocks, an extend over the
    cache, then single steps), and decode and a ragged slot over 1300 cache rows, where attention
    multiplies probabilities and values in blocks and rotation angles reach 1300 radians, match HF
    at every position; so does decode across the switch from the variant that reads only the
    first DECODE_ROWS[0] cache rows to the one that reads them all (later rows hold the rest of
    the prompt, masked)."""
    import torch

    from emitter.check import build_checkpoint, hf_logits
    from emitter.runtime import DECODE_ROWS, Model

    tiny = BY_FAMILY[family].tiny() | {"max_position_embeddings": LONG}
    hf = build_checkpoint(tiny, tmp_path)
    ids = np.random.RandomState(3).randint(3, tiny["vocab_size"], size=LONG)
    tail = 3
    ref32, ref64 = (hf_logits(hf, ids, dtype) for dtype in (None, torch.float64))
    m = Model(tmp_path, backend=backend, capacity=LONG, buckets=(BLOCKED,), slots=2, all_logits=True)
    m.reset()
    prompt = m.prefill(ids[:-tail], all_logits=True)
    k, v = m.get_cache()
    decode = np.stack([m.decode(int(t), LONG - tail + i) for i, t in enumerate(ids[-tail:])])
    rows = DECODE_ROWS[0]
    switch = range(rows - 3, rows + 3)  # positions decoded by the variant, then by the full decode
    assert [m.decode_function(p) for p in (rows, rows + 1)] == [f"decode_{rows}", "decode"]
    first = np.stack([m.decode(int(ids[p]), p) for p in switch])
    m.set_cache(np.stack([k[::-1, ::-1], k]), np.stack([v[::-1, ::-1], v]), "slots")  # slot 0: other rows
    ragged = np.stack([m.ragged([5, t], [LONG - 1 - i, LONG - tail + i], [1, 1])[1] for i, t in enumerate(ids[-tail:])])
    for name, out, at in (("prompt", prompt, slice(None, -tail)), ("decode", decode, slice(-tail, None)),
                          ("ragged", ragged, slice(-tail, None)), (f"decode at {rows}+-3", first, switch)):
        result = parity(out, ref32[at], ref64[at])
        print(f"{family} {name} over {LONG} rows on {backend}: max|d| {result['error']:.2e}, vs f64 {result['error_f64']:.2e}")
        assert result["ok"], f"{family} {name} over {LONG} cache rows on {backend}: {result}"

