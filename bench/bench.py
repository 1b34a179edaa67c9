"""Benchmark the emitter's backends against HF transformers eager fp32, and against memory bandwidth.

    python bench/bench.py --reps 3 --json /tmp/bench.json

One run measures, per model: decode tok/s at batch 1 (`decode_argmax`, 128 new tokens),
prefill tok/s at 128 and 512 prompt tokens, ragged aggregate tok/s at B = 4 and 8, the
same decode/prefill figures for HF eager fp32, compile time of one Model holding every graph
kind (cold and warm, SmolLM2 only), and resident memory; and decode with the weight
matrices stored bf16 / f16 (`--weights`) on the first backend. Every decode figure is also a fraction of the bandwidth floor:
bandwidth / weight bytes (decode reads every weight once per token; ragged reads them once
per step for all B slots). Each run happens in its own child process, one at a time, so
their memory and threads never overlap; each Model kind's RSS is measured in a process where it
is the only Model built.

The ratio targets are measured paired: ragged repetitions alternate with batch-1 decode
of the same Model, narrowed-weight decode with fp32 decode in the same process (twice, in
both build orders: see FP32_FIRST), fp32 decode with a read of 1 GiB (its fraction of the
floor at that moment), and the first backend's decode and prefill with HF eager's in one
process (the vs-HF targets); the ratio is the median of the per-round ratios. This machine's
bandwidth drifts by up to 2x over minutes, so figures taken minutes apart do not give their
ratio.
"""

from __future__ import annotations

import argparse, gc, json, multiprocessing as mp, os, shutil, statistics, sys, tempfile, time, traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
NPROC = os.cpu_count() or 1
NEW = 128  # decode / ragged steps timed per repetition
DECODE_PROMPT, PREFILLS, SLOTS, RAGGED_WARM, RAGGED_STAGGER = 128, (128, 512), (4, 8), 8, 8
# Of two Models in one process, the one built later decoded 4-6% faster when the packed weights sat
# in 4 KB pages (the first Model's were the more scattered); the backend now backs them with 2 MB
# pages, which removed it. The narrowed-vs-fp32 pairing still runs in both build orders (the
# second child's key ends in FP32_FIRST) and reports their geometric mean.
FP32_FIRST = " (fp32 built first)"
LONG_CAPACITY = 2048  # the default capacity: decode there reads the first 256 rows, or all of them
# One Model per measurement; capacity = prompt + new tokens rounded up (ragged: stagger + warm-up + new).
SPECS = {"decode": dict(capacity=256, buckets=(DECODE_PROMPT,)),
         "prefill": dict(capacity=1024, buckets=PREFILLS),
         **{f"ragged{b}": dict(capacity=256, buckets=(), slots=b) for b in SLOTS},
         "long": dict(capacity=LONG_CAPACITY, buckets=(DECODE_PROMPT,))}
# What serving needs, in one Model: decode, the prefill buckets (+ extend), ragged at the largest B.
SERVE = dict(capacity=1024, buckets=PREFILLS, slots=max(SLOTS))
TEXT = ("The history of the printing press begins in the fifteenth century, when movable type changed how "
        "books were made, sold and read across Europe. Scholars, merchants and priests argued about what it "
        "meant for learning, for trade and for faith, and the arguments are still worth reading today. ")


def proc_status() -> dict:
    """VmRSS / VmHWM of this process in bytes."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, val = line.split(":")
            out[key] = int(val.split()[0]) * 1024
    return out


def best_seconds(fn, reps: int) -> float:
    """The shortest of `reps` timed calls of fn()."""
    times = []
    for _ in range(reps):
        t0 = time.perf_counter(); fn(); times.append(time.perf_counter() - t0)
    return min(times)


def bandwidth(gib: float = 1.0, reps: int = 5) -> dict:
    """Best-of-`reps` GB/s of a 1 GiB array: read (np.max, a SIMD reduction that is not compute-bound
    the way float32 np.sum is here), on 1 and NPROC threads, and copy (read + write bytes counted)."""
    a = np.ones(int(gib * 2**30) // 4, np.float32)  # written once, so every page is resident
    b = np.empty_like(a)
    chunks = np.array_split(a, NPROC)

    def best(fn, nbytes):
        return nbytes / best_seconds(fn, reps) / 1e9

    with ThreadPoolExecutor(NPROC) as pool:  # numpy releases the GIL inside reductions
        return {"read_1thread": best(lambda: a.max(), a.nbytes),
                f"read_{NPROC}threads": best(lambda: list(pool.map(np.max, chunks)), a.nbytes),
                "copy_1thread": best(lambda: np.copyto(b, a), 2 * a.nbytes)}


def read_probe(weight_bytes: int, gib: float = 1.0):
    """A bandwidth probe for paired_rates: the best of 3 NPROC-thread reads of `gib` GiB, as
    (decode tokens' worth of weight bytes, seconds), so its rate is the floor in tok/s then."""
    a = np.ones(int(gib * 2**30) // 4, np.float32)
    chunks = np.array_split(a, NPROC)

    def probe():
        with ThreadPoolExecutor(NPROC) as pool:
            return a.nbytes / weight_bytes, best_seconds(lambda: list(pool.map(np.max, chunks)), 3), None
    return probe


def median_rate(fn, reps: int) -> dict:
    """fn() -> (tokens, seconds, extra); one warm-up call, then `reps` timed calls."""
    fn()
    runs = [fn() for _ in range(reps)]
    rates = [n / s for n, s, _ in runs]
    return {"tok_s": statistics.median(rates), "reps": rates, "extra": runs[0][2]}


def paired_rates(fns: dict, reps: int) -> dict:
    """Interleaved repetitions of several fns (each as for median_rate): round i runs every fn once,
    in an order rotated per round. This machine's bandwidth drifts by up to 2x over minutes, so a
    ratio of two figures is taken per round (the first fn is the reference), then its median."""
    names = list(fns)
    for n in names:
        fns[n]()  # warm-up
    runs = {n: [] for n in names}
    for i in range(reps):
        for n in names[i % len(names):] + names[: i % len(names)]:
            runs[n].append(fns[n]())
    out = {}
    for n in names:
        rates = [k / s for k, s, _ in runs[n]]
        ratios = [a / b for a, b in zip(rates, (k / s for k, s, _ in runs[names[0]]))]
        out[n] = {"tok_s": statistics.median(rates), "reps": rates, "extra": runs[n][0][2],
                  "paired_ratio": statistics.median(ratios), "paired_ratios": ratios}
    return out


def decoder(m, ids, prefill=True, step=None):
    """Timed decode of NEW tokens after a DECODE_PROMPT prompt. Without prefill (a Model with no
    prefill bucket) the steps start at that position over an empty cache: the same work per step,
    since attention reads every cache row, but the tokens are not the model's. `step`: another
    decode function than the one the Model picks."""
    step = step or m.decode_argmax
    def decode():
        m.reset()
        tok, pos, toks = int(np.argmax(m.prefill(ids[:DECODE_PROMPT]))) if prefill else int(ids[0]), DECODE_PROMPT, []
        t0 = time.perf_counter()
        for _ in range(NEW):
            toks.append(tok)
            tok = step(tok, pos); pos += 1
        return NEW, time.perf_counter() - t0, toks
    return decode


def prefiller(m, ids, t):
    """Timed prefill of t prompt tokens into an empty cache."""
    def prefill():
        m.reset(); t0 = time.perf_counter(); m.prefill(ids[:t]); return t, time.perf_counter() - t0, None
    return prefill


# -- children -------------------------------------------------------------------------
def child_compile(ckpt: str, backend: str, cache: str) -> dict:
    """Build the SERVE Model with EMITTER_CACHE=cache: cold when it is empty, warm the second time.
    wall_s is the whole constructor (emission, compile or cache hit, load, weight layout at init)."""
    os.environ["EMITTER_CACHE"] = cache
    from emitter.runtime import Model
    t0 = time.perf_counter()
    m = Model(ckpt, backend=backend, **SERVE)
    wall = time.perf_counter() - t0
    return {"wall_s": wall, "backend_s": m.compile_seconds, "functions": [f.name for f in m.functions], **proc_status()}


def settled(m):
    """m once the work its constructor left running is done (IREE's collapse of the packed weights
    into 2 MB pages, a few seconds): the timed rounds and RSS figures are of the Model as it runs."""
    m.backend.settle()
    return m


def model_memory(m) -> dict:
    """This process's VmRSS / VmHWM, with the Model's weight and KV cache bytes."""
    cache = sum(2 * 4 * int(np.prod(g.shape)) for g in m.groups.values())
    weights = sum(4 * int(np.prod(t.shape)) if t.dtype == "f32" else 2 * int(np.prod(t.shape))
                  for t in m.tensors.values())
    return {**proc_status(), "weight_bytes": weights, "cache_bytes": cache}


def child_memory(ckpt: str, backend: str, ids: list, name: str) -> dict:
    """RSS of the SPECS[name] Model alone in its process, after a prefill of each bucket and, with
    slots, RAGGED_WARM ragged steps over all of them. In child_emitter's process the Models built
    and freed before it left their mark (SmolLM2's ragged B=8 Model: 1.41x of weights + cache
    after four other Models, 1.19x alone), which malloc_trim does not remove."""
    from emitter.runtime import Model
    ids = np.asarray(ids, np.int32)
    m = settled(Model(ckpt, backend=backend, **SPECS[name]))
    for t in SPECS[name]["buckets"]:
        m.reset(); m.prefill(ids[:t])
    if b := SPECS[name].get("slots"):
        for _ in ragged_steps(m, ids, b, RAGGED_WARM):
            pass
    return model_memory(m)


def ragged_steps(m, ids, b: int, n: int):
    """n greedy ragged steps over all b slots from a reset, each slot at its own position; yields the
    step's index before running it."""
    m.reset("slots")
    pos = np.arange(b, dtype=np.int32) * RAGGED_STAGGER
    tok, active = ids[:b].copy(), np.ones(b, np.int32)
    for i in range(n):
        yield i
        tok = np.asarray(m.ragged(tok, pos, active, argmax=True), np.int32).reshape(b); pos += 1


def child_emitter(ckpt: str, backend: str, ids: list, reps: int, weights: str | None = None,
                  fp32_first: bool = False) -> dict:
    """Every figure of one backend; with `weights` (narrowed storage) decode only, paired with fp32
    decode, the narrowed Model built first (and its RSS measured) or, `fp32_first`, second."""
    from emitter.runtime import Model
    ids = np.asarray(ids, np.int32)
    res = {"build": {}, "mem": {}, "errors": {}}

    def build(name, weights=weights, key=None):
        t0 = time.perf_counter()
        m = Model(ckpt, backend=backend, weights=weights, **SPECS[name])
        res["build"][key or name] = {"wall_s": time.perf_counter() - t0, "compile_s": m.compile_seconds}
        return settled(m)

    if weights and fp32_first:
        base = build("decode", None, "decode fp32")
    m = build("decode")
    if weights:  # narrowed: interleaved with the same backend's fp32 decode, for their ratio
        decoder(m, ids)()
        if not fp32_first:
            res["mem"]["decode"] = model_memory(m)
            base = build("decode", None, "decode fp32")
        runs = paired_rates({"fp32": decoder(base, ids), "narrowed": decoder(m, ids)}, reps)
        res["decode"], res["fp32_decode"] = runs["narrowed"], runs["fp32"]
        return res
    decode = decoder(m, ids)
    decode()
    res["mem"]["decode"] = model_memory(m)  # before the probe's array exists
    runs = paired_rates({"floor": read_probe(res["mem"]["decode"]["weight_bytes"]), "decode": decode}, reps)
    res["decode"], res["decode_floor"] = runs["decode"], runs["floor"]  # paired_ratio: fraction of the floor
    del m, decode, runs; gc.collect()  # the closure holds the Model

    m = build("long")  # positions 128..255 in a 2048-row cache: the decode that reads 256 rows vs all
    every_row = lambda tok, pos: int(m.backend.call("decode", np.int32(tok), np.int32(pos), output=1))
    res["long"] = paired_rates({"all rows": decoder(m, ids, step=every_row), "first rows": decoder(m, ids)}, reps)
    del m; gc.collect()

    m = build("prefill")
    res["prefill"] = {t: median_rate(prefiller(m, ids, t), reps) for t in PREFILLS}
    del m; gc.collect()

    res["ragged"] = {}
    for b in SLOTS:
        try:  # a failing ragged build must not lose the decode / prefill figures
            m = build(f"ragged{b}")
        except Exception:
            res["errors"][f"ragged{b}"] = short_tb()
            continue
        def ragged():
            for i in ragged_steps(m, ids, b, RAGGED_WARM + NEW):
                if i == RAGGED_WARM:
                    t0 = time.perf_counter()
            return b * NEW, time.perf_counter() - t0, None
        # interleaved with batch-1 decode of the same Model (its decode graph), for their ratio
        runs = paired_rates({"decode": decoder(m, ids, prefill=False), "ragged": ragged}, reps)
        res["ragged"][b] = runs["ragged"] | {"decode_tok_s": runs["decode"]["tok_s"]}
        del m; gc.collect()
    return res


def hf_runs(ckpt: str, ids: list, threads: int):
    """HF eager fp32 on the checkpoint: (decode, {t: prefill of t tokens}), each fn as for median_rate;
    a manual greedy loop with the KV cache under inference_mode, `threads` torch threads."""
    import inspect, torch
    from transformers import AutoModelForCausalLM
    torch.set_num_threads(threads)
    model = AutoModelForCausalLM.from_pretrained(ckpt, dtype=torch.float32, attn_implementation="eager").eval()
    ids = torch.tensor([ids], dtype=torch.long)
    # transformers >= 5.2x renamed `past_key_values` to `cache` (the old name warns); use what forward takes
    kv = "cache" if "cache" in inspect.signature(model.forward).parameters else "past_key_values"

    @torch.inference_mode()
    def decode():
        out = model(input_ids=ids[:, :DECODE_PROMPT], use_cache=True, logits_to_keep=1)
        past, tok, toks = out[kv], out.logits[0, -1].argmax(), []
        t0 = time.perf_counter()
        for _ in range(NEW):
            toks.append(int(tok))
            out = model(input_ids=tok.view(1, 1), use_cache=True, **{kv: past})
            past, tok = out[kv], out.logits[0, -1].argmax()
        return NEW, time.perf_counter() - t0, toks

    def prefill(t):  # logits_to_keep=1: the last position only, as the emitter's prefill returns
        @torch.inference_mode()
        def run():
            t0 = time.perf_counter(); model(input_ids=ids[:, :t], use_cache=True, logits_to_keep=1)
            return t, time.perf_counter() - t0, None
        return run

    return decode, {t: prefill(t) for t in PREFILLS}


def child_hf(ckpt: str, ids: list, reps: int, threads: int) -> dict:
    decode, prefill = hf_runs(ckpt, ids, threads)
    res = {"decode": median_rate(decode, reps)}
    res["mem"] = {"decode": proc_status()}
    res["threads"] = threads
    res["prefill"] = {t: median_rate(prefill[t], reps) for t in PREFILLS}
    return res


def child_vs_hf(ckpt: str, backend: str, ids: list, reps: int, threads: int) -> dict:
    """The vs-HF targets paired: HF eager and the emitter in one process, their repetitions
    alternated (decode, then each prefill length), each ratio the median of the per-round ratios.
    Each side runs alone while it is timed; torch and IREE each use every core."""
    from emitter.runtime import Model
    hf_decode, hf_prefill = hf_runs(ckpt, ids, threads)
    ids = np.asarray(ids, np.int32)
    m = settled(Model(ckpt, backend=backend, **SPECS["decode"]))
    res = {"decode": paired_rates({"hf": hf_decode, "emitter": decoder(m, ids)}, reps)}
    del m; gc.collect()
    m = settled(Model(ckpt, backend=backend, **SPECS["prefill"]))
    # a prefill round is a second or two: more of them for the same spread
    res["prefill"] = {t: paired_rates({"hf": hf_prefill[t], "emitter": prefiller(m, ids, t)}, max(reps, 5))
                      for t in PREFILLS}
    res["threads"] = threads
    return res


def short_tb() -> str:
    """The current traceback, long lines (IREE echoes whole call signatures) and length capped."""
    lines = [l if len(l) < 400 else l[:400] + " ..." for l in traceback.format_exc().splitlines()]
    return "\n".join(lines[:80] + (["..."] if len(lines) > 80 else []))


def _guarded(fn, args):
    """In the child: the result, or the traceback as text (some exceptions, e.g. IREE's
    CompilerToolError, do not survive pickling and would hang Pool.apply)."""
    try:
        return fn(*args), None
    except BaseException:
        return None, short_tb()


def in_child(fn, *args):
    """Run fn(*args) in a fresh spawned process: (result or None, traceback or None, load before)."""
    load = os.getloadavg()[0]
    try:
        with mp.get_context("spawn").Pool(1) as pool:
            res, tb = pool.apply(_guarded, (fn, args))
    except Exception:  # the child died (e.g. killed for memory)
        res, tb = None, traceback.format_exc()
    if tb:
        print(f"!! {fn.__name__}{args[:2]} failed:\n{tb}", file=sys.stderr, flush=True)
    return res, tb, load


# -- report ---------------------------------------------------------------------------
def rows_for(model: str, r: dict) -> list[tuple]:
    """(metric, who, value, vs HF, vs floor or target) rows for one model."""
    floor, hf, rows = r["floor_tok_s"], r["runs"].get("hf-eager") or {}, []
    x = lambda a, b: f"{a / b:.2f}x" if a and b else ""
    paired_hf = {k: v for k, v in r["runs"].items() if v and k.endswith(" vs hf-eager")}
    runs = [(k, v) for k, v in r["runs"].items() if v and k not in paired_hf and not k.endswith(FP32_FIRST)]
    for k, v in paired_hf.items():  # HF and the emitter alternated in one process: the vs-HF targets
        who = k.removesuffix(" vs hf-eager")
        d = v["decode"]
        rows.append(("decode vs HF (paired)", who, f"{d['emitter']['paired_ratio']:.2f}x", "",
                     f"{d['emitter']['tok_s']:.1f} vs HF {d['hf']['tok_s']:.1f} tok/s in these rounds; target 2.5x"))
        for t, p in v["prefill"].items():
            rows.append((f"prefill {t} vs HF (paired)", who, f"{p['emitter']['paired_ratio']:.2f}x", "",
                         f"{p['emitter']['tok_s']:.0f} vs HF {p['hf']['tok_s']:.0f} tok/s in these rounds"
                         + ("; target 1.5x" if t == max(PREFILLS) else "")))
    if hf.get("decode"):  # a decode-vs-HF target above this is out of reach at this bandwidth
        rows.append(("decode ceiling vs HF (floor / HF)", "any", f"{floor / hf['decode']['tok_s']:.2f}x", "",
                     f"floor {floor:.1f} / HF {hf['decode']['tok_s']:.1f} tok/s: no decode-vs-HF ratio can exceed it at this bandwidth"))
    for k, v in runs:
        wb = v["mem"]["decode"].get("weight_bytes", r["weight_bytes"])
        f = floor * r["weight_bytes"] / wb  # narrowed weights: fewer bytes per token, a higher floor
        rows.append(("decode tok/s (B=1)", k, v["decode"]["tok_s"], x(v["decode"]["tok_s"], hf.get("decode", {}).get("tok_s")),
                     f"{v['decode']['tok_s'] / f:.2f} of {f:.1f}"))
        if "decode_floor" in v:  # interleaved with a 1 GiB read in the same process
            rows.append(("decode vs floor (paired)", k, f"{v['decode']['paired_ratio']:.2f}", "",
                         f"floor {v['decode_floor']['tok_s']:.1f} tok/s in these rounds; target 0.75"))
        if "fp32_decode" in v:  # a narrowed run, interleaved with the same backend's fp32 decode
            a, b = v["decode"]["paired_ratio"], (r["runs"].get(k + FP32_FIRST) or {}).get("decode", {}).get("paired_ratio")
            rows.append(("decode vs fp32 weights (paired)", k, f"{(a * b) ** 0.5 if b else a:.2f}x", "",
                         (f"geometric mean of {a:.2f}x (narrowed Model built first) and {b:.2f}x (fp32 first); " if b else "")
                         + f"fp32 {v['fp32_decode']['tok_s']:.1f} tok/s in these rounds; target 1.7x"))
    for k, v in runs:
        if "long" in v:
            a, f = v["long"]["all rows"], v["long"]["first rows"]
            rows.append((f"decode, {LONG_CAPACITY}-row cache, paired", k, f["tok_s"], "",
                         f"{f['paired_ratio']:.2f}x reading all rows ({a['tok_s']:.1f} tok/s)"))
    for t in PREFILLS:
        for k, v in runs:
            if "prefill" not in v:
                continue
            p = v["prefill"][t]["tok_s"]
            rows.append((f"prefill {t} tok/s", k, p, x(p, hf.get("prefill", {}).get(t, {}).get("tok_s")), ""))
    for b in SLOTS:
        for k, v in runs:
            if b in v.get("ragged", {}):
                g = v["ragged"][b]["tok_s"]
                rows.append((f"ragged B={b} agg tok/s (vs HF B=1)", k, g, x(g, hf.get("decode", {}).get("tok_s")),
                             f"{g / (b * floor):.2f} of {b * floor:.1f}"))
                if "paired_ratio" in v["ragged"][b]:
                    rows.append((f"ragged B={b} vs own B=1 decode (paired)", k, f"{v['ragged'][b]['paired_ratio']:.2f}x", "",
                                 f"B=1 {v['ragged'][b]['decode_tok_s']:.1f} tok/s in these rounds; target 4x"))
    for k, v in runs:
        for phase in ("cold", "warm"):
            c = v.get("compile", {}).get(phase)
            if c:
                rows.append((f"compile {phase} s (one Model, all kinds)", k, c["wall_s"], "",
                             f"{', '.join(c['functions'])}; RSS {c['VmRSS'] / 1e6:.0f} MB"))
    for k, v in runs:
        for phase, mem in v["mem"].items():
            target = mem.get("weight_bytes", 0) + mem.get("cache_bytes", 0)
            rows.append((f"RSS MB after {phase}", k, mem["VmRSS"] / 1e6, "",
                         f"{mem['VmRSS'] / target:.2f}x of w+cache {target / 1e6:.0f} MB (target 1.3x); HWM {mem['VmHWM'] / 1e6:.0f}"
                         if target else f"HWM {mem['VmHWM'] / 1e6:.0f}"))
    for k, v in runs:
        if k != "hf-eager" and hf.get("decode"):
            a, b = v["decode"]["extra"], hf["decode"]["extra"]
            same = next((i for i, (p, q) in enumerate(zip(a, b)) if p != q), len(a))
            rows.append(("greedy tokens equal to HF (prefix)", k, same, "", f"of {len(a)}"))
    return rows


def print_report(out: dict) -> None:
    m, bw = out["machine"], out["bandwidth"]
    head = [f"{m['date']}  {m['cpu']}  nproc={m['nproc']}  loadavg start {m['load_start']} end {m['load_end']}",
            "bandwidth GB/s (best of start and end of run): "
            + "  ".join(f"{k} {v:.1f}" for k, v in bw.items() if isinstance(v, float) and k != "floor_gbps")
            + f"  -> floor uses {bw['floor_gbps']:.1f} (read-only, what decode does)"]
    if max(m["load_max"], m["load_end"][0]) > 0.75 * m["nproc"]:
        head.append(f"WARNING: 1-min load reached {m['load_max']:.1f} on {m['nproc']} cores: other work was running, numbers are noisy")
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        Console = None
    for line in head:
        print(line)
    for model, r in out["models"].items():
        title = f"{model}: weights {r['weight_bytes'] / 1e6:.0f} MB, floor {r['floor_tok_s']:.1f} tok/s"
        rows = rows_for(model, r)
        cols = ("metric", "run", "value", "vs HF", "vs floor / target")
        fmt = lambda v: f"{v:.1f}" if isinstance(v, float) else str(v)
        if Console:
            t = Table(*cols, title=title)
            for row in rows:
                t.add_row(*(fmt(c) for c in row))
            Console(width=160).print(t)
        else:
            print(f"\n{title}\n" + "\n".join(" | ".join(fmt(c) for c in row) for row in [cols, *rows]))
        for k, err in r["errors"].items():  # first diagnostic line (IREE puts the message after "Diagnostics:")
            lines = err.strip().splitlines()
            first = next((l for l in lines if "error:" in l), lines[-1])
            print(f"ERROR {model} {k}: {lines[-1][:200] if first == lines[-1] else first[:300]}")


def save(path: Path | None, out: dict) -> None:
    """Atomic JSON write: a temp file in the same directory, then os.replace."""
    if path:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(out, indent=1, default=str))
        os.replace(tmp, path)


def main() -> None:
    try:
        import emitter.backends.xla  # noqa: F401
        import jax  # noqa: F401
        default_backends = "iree-cpu,xla-cpu"
    except Exception:
        default_backends = "iree-cpu"
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", default="smollm2-135m,gemma3-270m")
    ap.add_argument("--backends", default=default_backends)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--compile-model", default="smollm2-135m", help="model whose cold/warm compile is measured")
    ap.add_argument("--weights", default="bf16,f16", help="narrowed storage modes, decode on the first backend ('' for none)")
    ap.add_argument("--no-hf", action="store_true")
    ap.add_argument("--vs-hf-only", action="store_true", help="only the paired vs-HF runs (decode, prefill)")
    ap.add_argument("--hf-threads", type=int, default=NPROC, help="torch threads (default: all cores)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--report", type=Path, help="print the table of a saved --json run, run nothing")
    args = ap.parse_args()
    if args.vs_hf_only and args.no_hf:
        ap.error("--vs-hf-only runs HF eager: it cannot go with --no-hf")
    if args.report:
        int_keys = lambda d: {int(k) if k.isdigit() else k: v for k, v in d.items()}  # JSON made 128 "128"
        print_report(json.loads(args.report.read_text(), object_hook=int_keys))
        return
    from emitter.config import load_config
    from emitter.prepare import resolve_checkpoint
    from emitter.weights import align
    from tokenizers import Tokenizer

    loads = [os.getloadavg()]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    out = {"machine": {"nproc": NPROC, "cpu": cpu, "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
                       "load_start": [round(x, 2) for x in loads[0]]}, "args": {k: str(v) for k, v in vars(args).items()}}
    print("measuring memory bandwidth ...", flush=True)
    bw = [bandwidth()]  # measured again at the end; the floor uses the best read figure seen
    floor_gbps = max(v for k, v in bw[0].items() if k.startswith("read"))
    out["models"] = {}
    for name in args.models.split(","):
        ckpt = resolve_checkpoint(name)  # before any EMITTER_CACHE change: checkpoints live in the default cache
        weight_bytes = sum(int(np.prod(t.shape)) * (4 if t.dtype == "f32" else 2) for t in align(load_config(ckpt), ckpt).values())
        ids = Tokenizer.from_file(str(ckpt / "tokenizer.json")).encode(TEXT * 16).ids[: max(PREFILLS)]
        assert len(ids) == max(PREFILLS), len(ids)
        r = out["models"][name] = {"ckpt": str(ckpt), "weight_bytes": weight_bytes,
                                   "floor_tok_s": floor_gbps * 1e9 / weight_bytes,
                                   "runs": {}, "errors": {}, "loads": {}}
        backends = args.backends.split(",")
        jobs = [(b, child_emitter, (str(ckpt), b, ids, args.reps)) for b in backends]
        jobs += [(f"{backends[0]} {w}{FP32_FIRST * first}", child_emitter, (str(ckpt), backends[0], ids, args.reps, w, first))
                 for w in args.weights.split(",") if w for first in (False, True)]
        if not args.no_hf:
            jobs.append(("hf-eager", child_hf, (str(ckpt), ids, args.reps, args.hf_threads)))
            jobs.append((f"{backends[0]} vs hf-eager", child_vs_hf, (str(ckpt), backends[0], ids, args.reps, args.hf_threads)))
        if args.vs_hf_only:
            jobs = [j for j in jobs if j[0].endswith(" vs hf-eager")]
        for who, fn, fargs in jobs:
            cache, compile_runs = None, {}
            if who in backends and name == args.compile_model:
                cache = tempfile.mkdtemp(prefix="emitter-bench-cache-")
                for phase in ("cold", "warm"):  # each in a fresh process; warm finds cold's artifacts
                    print(f"{name} {who}: {phase} compile ({cache}) ...", flush=True)
                    compile_runs[phase], err, r["loads"][f"{who} compile {phase}"] = in_child(child_compile, str(ckpt), who, cache)
                    if err:
                        r["errors"][f"{who} compile {phase}"] = err
                shutil.rmtree(cache, ignore_errors=True)
            print(f"{name} {who}: running ...", flush=True)
            res, err, r["loads"][who] = in_child(fn, *fargs)
            if err:
                r["errors"][who] = err
            for phase, tb in (res or {}).get("errors", {}).items():
                r["errors"][f"{who} {phase}"] = tb
            if res and compile_runs:
                res["compile"] = compile_runs
            if res and who in backends:  # each Model kind's RSS, in a process of its own
                for kind in ("prefill", *(f"ragged{b}" for b in SLOTS)):
                    print(f"{name} {who}: resident memory of the {kind} Model ...", flush=True)
                    res["mem"][kind], err, _ = in_child(child_memory, str(ckpt), who, ids, kind)
                    if err:
                        r["errors"][f"{who} memory {kind}"] = err
                res["mem"] = {k: v for k, v in res["mem"].items() if v}
            r["runs"][who] = res
            loads.append(os.getloadavg())
            save(args.json, out)  # partial results survive a crash later in the run
    out["machine"]["load_end"] = [round(x, 2) for x in os.getloadavg()]
    bw.append(bandwidth())
    out["bandwidth"] = {k: max(b[k] for b in bw) for k in bw[0]} | {"start": bw[0], "end": bw[1]}
    out["bandwidth"]["floor_gbps"] = best = max(v for k, v in out["bandwidth"].items() if k.startswith("read"))
    for r in out["models"].values():  # the floor from the best bandwidth of the whole run
        r["floor_tok_s"] = best * 1e9 / r["weight_bytes"]
    out["machine"]["load_max"] = max(max(l[0] for l in loads),
                                     *(v for r in out["models"].values() for v in r["loads"].values()))
    if args.json:  # raw numbers first, so a report bug cannot lose them
        save(args.json, out)
        print(f"raw numbers: {args.json}")
    print_report(out)


if __name__ == "__main__":
    main()
