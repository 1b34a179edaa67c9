"""Backends against each other, and the conformance matrix and ledger themselves.

Cross-backend: the same emitted graph and weights compiled by IREE and by XLA give the
same logits for every family and kind (within `pair_bound`: the fp32 noise band); the achieved
disagreement of each cell goes to the conformance report.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from emitter.backends import BACKENDS
from emitter.config import FAMILIES as CONFIG_FAMILIES
from emitter.tolerances import pair_bound, tolerance

from . import ledger
from .harness import FAMILIES, KINDS, backend_unavailable, family_oracle, family_param, family_run, op_cover, record, skip_unavailable
from .registry import BY_FAMILY

pytestmark = pytest.mark.fast
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("family, kind", [family_param(f, k) for f in FAMILIES for k in KINDS])
def test_cross_backend_agreement(request, family, kind):
    for backend in reversed(ledger.CROSS):  # skip (no jaxlib) before the slower IREE compile
        skip_unavailable(backend)
    runs = [family_run(family, b) for b in ledger.CROSS]
    ref, other = (r["out"][kind] for r in runs)
    err, tol = float(np.abs(ref - other).max()), pair_bound(float(np.abs(runs[0]["ref32"] - runs[0]["ref64"]).max()))
    result = dict(error=err, tolerance=tol, ok=bool(err <= tol))  # plain Python types: reports cross xdist
    record(request, family, kind, ledger.CROSS_LABEL, result)
    assert result["ok"], f"{family} {kind}: {ledger.CROSS_LABEL} logits differ by {err:.3e} (bound {tol:.1e})"


# -- the matrix and the ledger ----------------------------------------------------------
DUMP_PLUGIN = """
import json, os

def pytest_collection_finish(session):
    rows = []
    for item in session.items:
        xfail = [dict(m.kwargs) for m in item.iter_markers("xfail")]
        cell = next((list(v) for k, v in item.user_properties if k == "cell"), None)
        markers = sorted({m.name for m in item.iter_markers()})
        params = sorted(getattr(getattr(item, "callspec", None), "params", {}))
        rows.append(dict(nodeid=item.nodeid, cell=cell, xfail=xfail, markers=markers, params=params))
    with open(os.environ["EMITTER_DUMP_ITEMS"], "w") as f:
        json.dump(rows, f)
"""


def run_pytest(args, cwd, tmp_path, env=None) -> subprocess.CompletedProcess:
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])} | (env or {})
    env.pop("PYTEST_XDIST_WORKER", None)
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def collected(tmp_path_factory) -> list[dict]:
    """Every conformance item collected with `--backend all`, with its cell and marks."""
    tmp = tmp_path_factory.mktemp("collect")
    (tmp / "emitter_dump_items.py").write_text(DUMP_PLUGIN)
    dump = tmp / "items.json"
    out = run_pytest(["--collect-only", "-q", "-p", "emitter_dump_items", "--backend", "all", "-m", "fast",
                      "conformance/test_numerics.py", "conformance/test_backends.py"], ROOT, tmp,
                     {"EMITTER_DUMP_ITEMS": str(dump)})  # fmt: skip
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    return json.loads(dump.read_text())


def test_every_family_has_a_cell_on_every_backend(collected):
    cells = {tuple(r["cell"]) for r in collected if r["cell"]}
    assert set(CONFIG_FAMILIES) <= set(FAMILIES), f"no registry case for {sorted(set(CONFIG_FAMILIES) - set(FAMILIES))}"
    want = {(f, k, b) for f in CONFIG_FAMILIES for k in KINDS for b in BACKENDS}
    assert not want - cells, f"matrix cells missing: {sorted(want - cells)}"
    want_cross = {(f, k, ledger.CROSS_LABEL) for f in CONFIG_FAMILIES for k in KINDS}
    assert not want_cross - cells, f"cross-backend cells missing: {sorted(want_cross - cells)}"
    # every test that runs on a backend is a cell, so the ledger can name it
    loose = [r["nodeid"] for r in collected if "backend" in r["params"] and not r["cell"]]
    assert not loose, f"tests on a backend with no ledger cell (add them to ledger.CHECKS): {loose}"
    gpu = {r["cell"][2] for r in collected if r["cell"] and "gpu" in r["markers"]}
    assert gpu == {"iree-cuda", "xla-cuda"}, f"gpu marker on {sorted(gpu)}"


def test_every_ledger_entry_names_one_cell_and_is_strict(collected):
    by_cell: dict[tuple, list[dict]] = {}
    for r in collected:
        if r["cell"]:
            by_cell.setdefault(tuple(r["cell"]), []).append(r)
    for cell, reason in ledger.EXPECTED_FAILURES.items():
        assert reason.strip(), f"{cell}: a ledger entry needs a reason"
        assert len(by_cell.get(cell, ())) == 1, f"ledger entry {cell} names {len(by_cell.get(cell, ()))} tests, not 1"
        (row,) = by_cell[cell]
        assert any(x.get("strict") is True for x in row["xfail"]), f"{cell} is not xfail(strict=True): {row['xfail']}"
    for cell, rows in by_cell.items():
        if cell not in ledger.EXPECTED_FAILURES:
            assert all(not r["xfail"] for r in rows), f"{cell} is xfailed but not in the ledger"


@pytest.mark.xdist_group("grouping")
def test_xdist_keeps_a_group_on_one_worker(request):
    """Under `--dist loadgroup` a family's tests share one worker, so each backend compiles it
    once; a pytest whose node ids drop xdist's group suffix scatters them (pyproject pins pytest)."""
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("not an xdist worker under --dist loadgroup")
    assert request.node.nodeid.endswith("@grouping"), (
        f"xdist_group is ignored (node id {request.node.nodeid!r}): every worker compiles every family")


def test_a_ledgered_cell_that_passes_fails_the_run(tmp_path):
    """Strictness: XPASS(strict) of a ledgered cell is a failure; a ledgered failure is xfailed."""
    (tmp_path / "conftest.py").write_text(textwrap.dedent("""
        from conformance import ledger

        LEDGER = {("llama", "decode", "iree-cpu"): "passes now: must fail the run",
                  ("llama", "prefill", "iree-cpu"): "still fails: expected"}

        def pytest_collection_modifyitems(items):
            ledger.mark_items(items, LEDGER)
    """))
    (tmp_path / "test_cells.py").write_text(textwrap.dedent("""
        import pytest

        @pytest.mark.parametrize("family, kind, backend", [
            ("llama", "decode", "iree-cpu"), ("llama", "prefill", "iree-cpu"), ("llama", "ragged", "iree-cpu")])
        def test_logits_match_hf(family, kind, backend):
            assert kind != "prefill"
    """))
    out = run_pytest(["-rA", "-p", "no:xdist", "-o", "addopts=", "-o", "xfail_strict=false"], tmp_path, tmp_path)
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert "1 failed, 1 passed, 1 xfailed" in text, text
    assert "[XPASS(strict)] ledger: passes now: must fail the run" in text, text
    assert "FAILED test_cells.py::test_logits_match_hf[llama-decode-iree-cpu]" in text, text


def test_iree_cuda_compiles_without_a_gpu():
    """The iree-cuda path up to the device, on any machine: every graph kind of the few families
    that together use every op the emitter emits, wrapped and compiled for the cuda target (PTX).
    Running it needs a GPU (the `gpu` cells)."""
    from emitter.backends.iree import compile_text, wrapper_text
    from emitter.check import BUCKETS, SLOTS, TINY_CONTEXT
    from emitter.config import load_config
    from emitter.runtime import plan
    from emitter.weights import align

    for family in op_cover():
        ckpt = family_oracle(family)["ckpt"]
        cfg = load_config(ckpt)
        tensors = align(cfg, ckpt)
        functions, groups = plan(cfg, tensors, TINY_CONTEXT, BUCKETS, SLOTS)
        assert {f.name for f in functions} >= {"decode", f"prefill_{BUCKETS[0]}", f"extend_{BUCKETS[0]}", "ragged"}
        vmfb = compile_text(wrapper_text(tensors, functions, groups, "cuda"), "cuda")
        assert b"cuda-nvptx-fb" in vmfb, f"{family}: no CUDA executable in the module"


def stream_program(family: str, capacity: int, buckets, slots: int):
    """A tiny model's functions wrapped as the iree-cpu backend does and compiled to IREE's stream
    program: (tensors, functions, groups, program text, {function: its body in the program})."""
    import iree.compiler as ic

    from emitter.backends.iree import TARGETS, wrapper_text
    from emitter.config import load_config
    from emitter.runtime import plan
    from emitter.weights import align

    ckpt = family_oracle(family)["ckpt"]
    cfg = load_config(ckpt)
    cfg = dataclasses.replace(cfg, max_position_embeddings=max(capacity, cfg.max_position_embeddings))
    tensors = align(cfg, ckpt)
    functions, groups = plan(cfg, tensors, capacity, buckets, slots)
    backends, flags, _ = TARGETS["cpu"]
    stream = ic.compile_str(wrapper_text(tensors, functions, groups), target_backends=backends,
                            input_type="stablehlo", extra_args=flags + ["--compile-to=stream"]).decode()
    bodies = dict(re.findall(r"util\.func public @(\w+)\((.*?)\n  }", stream, re.S))
    return tensors, functions, groups, stream, bodies


@functools.lru_cache(maxsize=None)
def iree_stream(kv_heads: str):
    """A tiny model with one / several KV heads, every function kind (decode, prefill, extend,
    ragged) wrapped as the iree-cpu backend does and compiled to IREE's stream program."""
    from emitter.check import BUCKETS, SLOTS, TINY_CONTEXT
    from emitter.config import load_config

    def kvh(family):
        return load_config(family_oracle(family)["ckpt"]).num_key_value_heads

    family = next(f for f in FAMILIES if (kvh(f) == 1) == (kv_heads == "one"))
    return family, *stream_program(family, TINY_CONTEXT, BUCKETS, SLOTS)


@pytest.mark.parametrize("kv_heads", ["one", "several"])
def test_iree_updates_the_caches_in_place(kv_heads):
    """No runtime call copies a whole KV cache: IREE's stream program of every function (decode,
    prefill, extend, ragged) for a tiny model with one / several KV heads holds no copy as long
    as a cache. (Per-slot attention that read a per-layer slab of all slots once made IREE copy
    both caches out and back on every ragged step.)"""
    family, _, functions, groups, _, bodies = iree_stream(kv_heads)
    cache_bytes = {4 * int(np.prod(g.shape)) for g in groups}
    for fn in functions:  # (get_/set_ copy by design)
        copies = [int(n) for n in re.findall(r"stream\.cmd\.copy [^,]+, [^,]+, %c(\d+)\b", bodies[fn.name])]
        print(f"{family} {fn.name}: {len(copies)} copies, largest {max(copies, default=0)} B; "
              f"caches {sorted(cache_bytes)} B")
        assert not cache_bytes & set(copies), f"{family} {fn.name}: a whole KV cache is copied in a call"


@pytest.mark.parametrize("kv_heads", ["one", "several"])
def test_iree_packs_each_weight_once(kv_heads):
    """The packed (data-tiled) weights that IREE's initializers build are one copy of the matrices
    for all graph kinds together: constant memory allocated at initialization is less than twice
    the bytes of the 2-D weights. (Decode written x @ W.T once got its own packing, one copy per
    kind, which doubled resident memory.)"""
    family, tensors, _, _, stream, _ = iree_stream(kv_heads)
    matrices = sum(4 * int(np.prod(t.shape)) for t in tensors.values() if len(t.shape) == 2)
    alloca = r"stream\.resource\.alloca uninitialized [^\n]*!stream\.resource<constant>\{%c(\d+)\}"
    inits = re.findall(r"util\.initializer \{(.*?)\n  }", stream, re.S)
    packed = sum(int(n) for body in inits for n in re.findall(alloca, body))
    print(f"{family}: {packed} B of packed constants for {matrices} B of matrices ({packed / matrices:.2f}x)")
    assert 0 < packed < 2 * matrices, f"{family}: {packed} B packed for {matrices} B of matrices"


def test_iree_calls_wait_on_the_host_once(monkeypatch):
    """Each runtime call waits on the host once, for its results: in IREE's stream program of every
    function of a tiny model, with the graphs that hold barriers (decode over the first 256 or 1024
    cache rows, a 256-token prompt's query blocks) and ragged, one `stream.timepoint.await`. (Barriers,
    and the token and position as device tensors, each made IREE wait mid-call: SmolLM2 prefill of
    512 tokens waited 122 times; 512-token prompts ran 1.08-1.14x slower on SmolLM2 and
    Gemma-3-270m.) Negative control: the barriers kept as emitted make IREE wait more than once
    in the functions that hold them."""
    import emitter.backends.iree as iree

    def waits():
        _, functions, _, _, bodies = stream_program(FAMILIES[0], 2048, (256,), 2)
        return {fn.name: bodies[fn.name].count("stream.timepoint.await") for fn in functions}

    counts = waits()
    print(f"{FAMILIES[0]}: host waits per call {counts}")
    assert {"decode_256", "decode_1024", "prefill_256", "ragged"} <= set(counts)
    assert set(counts.values()) == {1}, counts
    monkeypatch.setattr(iree, "unblock", lambda text: text)
    kept = waits()
    print(f"barriers kept: {kept}")
    assert kept["decode_256"] > 1 and kept["decode_1024"] > 1 and kept["prefill_256"] > 1, kept


def test_xla_maps_the_weights_in_place(tmp_path):
    """On the CPU client the XLA backend's weights are the memory-mapped checkpoint's pages, not a
    copy: every weight that starts on a 64-byte boundary of an aligned checkpoint lies in a mapping
    of its file. (Read into host arrays and copied to the device, they were resident twice.)"""
    skip_unavailable("xla-cpu")
    from emitter.backends.xla import XlaBackend
    from emitter.check import TINY_CONTEXT
    from emitter.config import load_config
    from emitter.runtime import plan
    from emitter.weights import ALIGN, align, raw_header, stage

    ckpt = family_oracle(FAMILIES[0])["ckpt"]
    cfg = load_config(ckpt)
    tensors = stage(align(cfg, ckpt), tmp_path, min_bytes=0)  # an aligned copy, whatever the original
    (path,) = {info.file for info in tensors.values()}
    start, header = raw_header(path)
    aligned = {n for n in tensors if (start + header[n]["data_offsets"][0]) % ALIGN == 0}
    functions, groups = plan(cfg, tensors, TINY_CONTEXT, (), 0)
    backend = XlaBackend(tensors, functions, groups)
    ranges = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split(maxsplit=5)  # range perms offset dev inode path
        if len(fields) == 6 and fields[5] == str(path.resolve()):
            ranges.append(tuple(int(x, 16) for x in fields[0].split("-")))
    mapped = {n for n, a in backend.weights.items() if any(lo <= a.unsafe_buffer_pointer() < hi for lo, hi in ranges)}
    print(f"{len(mapped)} of {len(tensors)} weights in place; {len(aligned)} start {ALIGN}-byte aligned")
    assert any(len(tensors[n].shape) == 2 for n in aligned), "no aligned matrix: the check would prove nothing"
    assert aligned <= mapped, f"copied, not mapped: {sorted(aligned - mapped)[:3]}"


@pytest.mark.parametrize("kv_heads", ["one", "several"])
def test_iree_compiles_one_query_over_a_long_cache(kv_heads, monkeypatch):
    """Decode and ragged (one query per slot) over 2048 cache rows compile for iree-cpu. IREE packs
    one query's probabilities and the value rows inside the P x V dispatch, and rejects that past
    1024 rows (32 KB stack, 16 KB vectors): the emitter multiplies them in blocks there. The
    negative control emits the one-block form and expects IREE's rejection."""
    from emitter import forward
    from emitter.backends.iree import compile_text
    from emitter.config import load_config

    family = next(f for f in FAMILIES if (BY_FAMILY[f].tiny()["num_key_value_heads"] == 1) == (kv_heads == "one"))
    cfg = load_config(BY_FAMILY[family].tiny() | {"max_position_embeddings": 2048})
    for kind, opts in (("decode", {}), ("ragged", {"slots": 2})):
        compile_text(forward.emit(cfg, kind, capacity=2048, **opts), "cpu")
    monkeypatch.setattr(forward, "PV_ONE_BLOCK", 2048)
    with pytest.raises(Exception, match="stack allocation limit|large vector sizes"):
        compile_text(forward.emit(cfg, "decode", capacity=2048), "cpu")


# (whether IREE rejects decode_256 for AVX-512 without the barrier: at head size 256 and one KV
# head it compiles in place, at 64 and three it does not)
@pytest.mark.parametrize("config, in_place_fails", [("llama__SmolLM2-135M-Instruct.json", True),
                                                    ("gemma3_text__gemma-3-270m.json", False)])
def test_iree_compiles_the_decode_variants_for_avx2_and_avx512(config, in_place_fails, monkeypatch):
    """Every decode a 2048-row Model builds (over the first 256 rows, the first 1024, every row)
    compiles for an AVX2 and an AVX-512 x86 target, at the attention shapes of the two real
    checkpoints (head size 64 with 3 KV heads, 256 with 1; two layers). Compiled only, so any x86
    host checks both. Data tiling's tiles are twice as wide with AVX-512, and so is what it packs
    on the stack: the first 256 rows read where they lie in the cache once compiled on AVX2 and
    not on AVX-512. Negative control: without the barrier that copies those rows out first, IREE
    rejects decode_256 for AVX-512 at SmolLM2's shape (stack allocation limit)."""
    from emitter import forward
    from emitter.backends.iree import compile_text
    from emitter.builder import Builder
    from emitter.config import load_config
    from emitter.runtime import decode_rows

    skip_unavailable("iree-cpu")
    d = json.loads((ROOT / "conformance/fixtures/hf-configs" / config).read_text())
    d = {k: v for k, v in d.items() if k != "layer_types"} | {"num_hidden_layers": 2, "vocab_size": 4096}
    cfg = load_config(d | {"max_position_embeddings": max(2048, d["max_position_embeddings"])})
    variants = [*decode_rows(2048), None]
    assert variants == [256, 1024, None], variants
    def compile_for(cpu, rows):
        text = forward.emit(cfg, "decode", capacity=2048, rows=rows)
        compile_text(text, "cpu", (f"--iree-llvmcpu-target-cpu={cpu}",))

    for cpu in ("x86-64-v3", "x86-64-v4"):
        for rows in variants:
            compile_for(cpu, rows)
    if in_place_fails:
        monkeypatch.setattr(Builder, "barrier", lambda self, a: a)
        with pytest.raises(Exception, match="stack allocation limit"):
            compile_for("x86-64-v4", 256)


def iree_cpu_run(b, args: list, results: list, inputs: list, cpu: str = "host") -> np.ndarray:
    """Compile one Builder function for iree-cpu as the backends do (for target CPU `cpu`) and
    run it on numpy inputs."""
    return iree_text_run("module @m {\n" + b.function("main", args, results) + "}\n", inputs, cpu)


def iree_text_run(text: str, inputs: list, cpu: str = "host") -> np.ndarray:
    """Compile a module `@m` with a function `main` for iree-cpu and run it on numpy inputs."""
    import iree.runtime as ireert

    from emitter.backends.iree import compile_text

    vmfb = compile_text(text, "cpu", (f"--iree-llvmcpu-target-cpu={cpu}",))
    ctx = ireert.SystemContext(config=ireert.Config("local-task"))
    ctx.add_vm_module(ireert.VmModule.copy_buffer(ctx.instance, vmfb))
    return np.asarray(ctx.modules.m.main(*inputs).to_host())


X86_64_V3 = frozenset({"avx2", "fma", "bmi2", "f16c", "movbe", "abm"})  # /proc/cpuinfo names


@pytest.mark.parametrize("slots, kv_heads, groups", [(1, 3, 3), (2, 2, 7)])
def test_emitted_attention_dodges_an_iree_miscompile(slots, kv_heads, groups):
    """IREE 3.13's CPU data tiling miscompiles a row reduction of a batched matmul's left operand
    combined with that operand or with the product: (P - max P) @ V, (P / sum P) @ V and
    (P @ V) / sum P come out wrong for every (slot, KV head) entry but the first, at some
    shapes. For (P - max P) @ V, of 1-3 slots x 1-3 KV heads x M (query heads per KV head) in
    1, 3, 4, 7, 8, 9: M 3 with 2 or 3 entries and M 7 with 2 to 6 (M 1, 4, 8, 9, one entry and
    9 entries are right), for the x86 target CPUs host (an AVX2 Zen 3), haswell, x86-64-v3 and
    generic. The emitter's attention (one query over a cache and its new row, HF's order:
    mask, max, exp, sum, divide, P x V) computes right at those shapes; the bare pattern is the
    negative control. Both compile for x86-64-v3, not the host: data tiling's tile sizes
    follow the target's vector width, and the shapes are those of AVX2's tiles. (Normalizing
    after P x V, as a fresh prompt's query blocks do, hits it in the batched ragged graph: that
    is why decode and ragged divide first.) If the control stops failing, IREE has fixed it."""
    import types

    from emitter.backends.iree import host_cpu_flags
    from emitter.builder import Builder
    from emitter.forward import Forward

    skip_unavailable("iree-cpu")
    if not X86_64_V3.issubset(host_cpu_flags()):
        pytest.skip(f"the host cannot run x86-64-v3 code (needs {' '.join(sorted(X86_64_V3))})")
    rows, d, dims = 64, 12, ((0, 1), (0, 1))
    rng = np.random.default_rng(0)
    q = rng.standard_normal((slots, kv_heads, 1, groups, d)).astype(np.float32)
    k_old, v_old = (rng.standard_normal((slots, kv_heads, rows, d)).astype(np.float32) for _ in "kv")
    k, v = (rng.standard_normal((slots, kv_heads, 1, d)).astype(np.float32) for _ in "kv")
    seen = np.arange(rows + 1)[None, None, :] < np.array([5, 40, 64][:slots])[:, None, None]
    seen[..., rows] = True  # each slot's own new row
    k_all, v_all = np.concatenate([k_old, k], 2), np.concatenate([v_old, v], 2)
    scores = np.einsum("bhtgd,bhsd->bhtgs", q, k_all) / np.sqrt(d)
    scores = np.where(seen[:, None, :, None, :], scores.astype(np.float64), -np.inf)
    probs = np.exp(scores - scores.max(-1, keepdims=True))
    want = np.einsum("bhtgs,bhsd->bhtgd", probs / probs.sum(-1, keepdims=True), v_all)

    b = Builder()
    fwd = Forward(b, types.SimpleNamespace(query_pre_attn_scalar=None, attn_logit_softcapping=None), {}, None)
    named = (("q", q), ("k", k), ("v", v), ("k_old", k_old), ("v_old", v_old))
    args = [(n, b.arg(n, x.shape, "f32")) for n, x in named]
    args.append(("mask", b.arg("mask", seen.shape, "i1")))
    out = fwd.attend_block(*(a for _, a in args))
    got = iree_cpu_run(b, args, [out], [q, k, v, k_old, v_old, seen], cpu="x86-64-v3")
    err = float(np.abs(got - want).max())
    shape = f"(slots, KV heads, G) = {(slots, kv_heads, groups)}"
    assert err <= tolerance("attention_f64"), f"emitted attention at {shape}: error {err:.2e}"

    b = Builder()  # the negative control: (P - max P) @ V
    p_arg, v_arg = b.arg("p", probs.shape, "f32"), b.arg("v", v_all.shape, "f32")
    top = b.broadcast(b.reduce(p_arg, [4], "maximum"), probs.shape, (0, 1, 2, 3))
    bare = b.dot(b.sub(p_arg, top), v_arg, (4, 2), dims)
    p32 = probs.astype(np.float32)
    bare_got = iree_cpu_run(b, [("p", p_arg), ("v", v_arg)], [bare], [p32, v_all], cpu="x86-64-v3")
    bare_want = np.einsum("bhtgs,bhsd->bhtgd", p32 - p32.max(-1, keepdims=True), v_all)
    bare_err = float(np.abs(bare_got - bare_want).max())
    assert bare_err >= tolerance("fault_min_error"), (
        f"(P - max P) @ V at {shape} is right now (error {bare_err:.2e}, emitted {err:.2e}): see the docstring"
    )


@pytest.mark.parametrize("dtype", ["bf16", "f16", "f32"])
def test_projections_run_the_kernels_on_weights_as_stored(dtype):
    """On iree-cpu a product by a weight runs a hand-written kernel on W as stored
    (`stream_projections`): one row (`W @ x`) the streaming matvec, a prompt's rows (`x @ W^T`)
    the tiled GEMM; over a narrowed weight always, over an f32 weight only where no other
    contraction of the module reads it (else IREE's packed copy would be resident next to the
    stored one). Shapes pick each matvec workgroup size (64, 8, 4 rows), GEMM workgroups of 32
    and 4 weight rows by 64 and 32 rows of x, and shapes no kernel takes (K not a multiple of
    the step, K over 640, a ragged step's 8 rows); where a kernel runs, its result against
    float64 numpy on the same weights. Negative controls: the matvec with one stream's second
    accumulator dropped, the GEMM with half of its reduction tree's first sum dropped, must be
    off. The kernels are checked on any host, also where the backend leaves every product to IREE
    (AVX-512)."""
    import ml_dtypes

    from emitter.backends.iree import contraction_operands, stream_projections
    from emitter.builder import Builder
    from emitter.forward import Forward

    skip_unavailable("iree-cpu")
    rng = np.random.default_rng(1)
    store = {"bf16": ml_dtypes.bfloat16, "f16": np.float16, "f32": np.float32}[dtype]
    breaks = {  # what a kernel's bug looks like
        "matvec": ("%sum0_1 = arith.addf %acc#0, %acc#1", "%sum0_1 = arith.addf %acc#0, %zero"),
        "gemm": ("%s1_0 = arith.addf %s1_0l, %s1_0h", "%s1_0 = arith.addf %s1_0l, %s1_0l"),
    }
    cases = [  # x shape, n, k, the kernel that takes it
        ((1, 1, 576), 192, 576, "matvec"), ((1, 1, 32), 40, 32, "matvec"), ((1, 1, 48), 12, 48, "matvec"),
        ((1, 1, 20), 64, 20, None), ((1, 64, 576), 192, 576, "gemm"), ((1, 96, 48), 12, 48, "gemm"),
        ((1, 64, 648), 40, 648, None), ((8, 1, 576), 192, 576, None), ((1, 64, 20), 64, 20, None),
    ]
    for shape, n, k, kernel in cases:
        w = rng.standard_normal((n, k)).astype(store)
        x = rng.standard_normal(shape).astype(np.float32)
        want = (x.reshape(-1, k).astype(np.float64) @ w.astype(np.float64).T).reshape(shape[:-1] + (n,))
        b = Builder()
        args = [("w", b.arg("w", (n, k), dtype)), ("x", b.arg("x", shape, "f32"))]
        weight = args[0][1] if dtype == "f32" else b.convert(args[0][1], "f32")
        main = b.function("main", args, [Forward(b, None, {}, None).project(args[1][1], weight)])
        b = Builder()  # another function of the module: a product over the same weight that no kernel takes
        two = [("w", b.arg("w", (n, k), "f32")), ("x", b.arg("x", (2, n), "f32"))]
        other = b.function("other", two, [b.dot(two[1][1], two[0][1], (1, 0))])
        assert bool(contraction_operands([main])) == (kernel is None), (shape, n, k)
        assert "%w" in contraction_operands([main, other])
        if dtype == "f32":  # with the packed copy there anyway, IREE's own product reads it
            assert "flow.dispatch" not in stream_projections(main, {}, {"%w"} - contraction_operands([main, other]))
        kernels = {}
        text = "module @m {\n" + stream_projections(main, kernels, {"%w"} - contraction_operands([main])) + "}\n"
        assert [name.split("_")[0] for name in kernels] == ([kernel] if kernel else []), (shape, n, k, list(kernels))
        assert text.count("flow.dispatch") == bool(kernel)
        if not kernel:  # IREE's own product: the conformance matrix checks it
            continue
        text = text.replace("module @m {\n", "module @m {\n" + "\n".join(kernels.values()) + "\n", 1)
        got = iree_text_run(text, [w, x])
        err = float(np.abs(got - want).max() / np.abs(want).max())
        print(f"x{list(shape)} @ W^T, W {dtype}[{n}, {k}], kernel {kernel}: relative error {err:.2e}")
        assert err <= tolerance("matvec_f64"), f"x{list(shape)} @ W^T, W {dtype}[{n}, {k}]: relative error {err:.2e}"
        right, wrong = breaks[kernel]
        assert right in text
        bad = float(np.abs(iree_text_run(text.replace(right, wrong), [w, x]) - want).max() / np.abs(want).max())
        print(f"  broken {kernel}: relative error {bad:.2e}")
        assert bad >= tolerance("fault_min_error"), f"the broken {kernel} is right at {shape}, [{n}, {k}]: {bad:.2e}"


def test_a_fresh_model_needs_no_reset():
    """The first prompt of a just-built Model, long enough to run in several chunks (a fresh
    prefill, then extends that read the cache), gives the logits it gives after a reset. (IREE's
    zero-initialized cache globals once made every extend of a fresh module read stale rows.)"""
    from emitter.check import TINY_CONTEXT
    from emitter.runtime import Model

    oracle = family_oracle(FAMILIES[0])
    for backend in (b for b in BACKENDS if not backend_unavailable(b)):
        m = Model(oracle["ckpt"], backend=backend, capacity=TINY_CONTEXT, buckets=(8,), argmax=False)
        fresh = m.prefill(oracle["ids"], all_logits=False)
        m.reset()
        again = m.prefill(oracle["ids"], all_logits=False)
        assert np.array_equal(fresh, again), f"{backend}: a fresh Model's first prompt differs by {np.abs(fresh - again).max()}"
