"""IREE backend: weights are module globals bound to the checkpoint's safetensors files
(memory-mapped parameters, layout work hoisted to initialization) and each KV cache is
a mutable global updated in place, so one runtime call runs one step.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np

from ..builder import tensor_type
from ..prepare import cache_dir
from ..weights import STAGE_MIN_BYTES, read_header, stage
from . import CacheGroup, Function, cached_artifact

# Distribution tiles of 1024 (IREE's default: 64): fewer, larger workgroups for the small dispatches
# between the weight products (in a SmolLM2 decode profile the cache-row packing for attention,
# softmax and the norms went from 2.8 to 1.5 ms per step). Per-step alternated on a 2-core znver4,
# both Models compiled in one process, each built first once: SmolLM2 decode 1.07-1.09x,
# Gemma-3-270m 1.08-1.11x, SmolLM2 bf16 decode 1.00-1.02x (README, "How a backend runs it").
CPU_FLAGS = ["--iree-llvmcpu-target-cpu=host", "--iree-opt-data-tiling", "--iree-llvmcpu-distribution-size=1024"]
TARGETS = {
    "cpu": (["llvm-cpu"], CPU_FLAGS, "local-task"),
    # PTX for sm_80, which the driver JIT-compiles for newer GPUs (H100/H200 are sm_90): the
    # iree-base-compiler 3.13 wheel has no target details for sm_90 ("missing GPU target")
    "cuda": (["cuda"], ["--iree-cuda-target=sm_80"], "cuda"),
}
SCOPE = "model"


def wrapper_text(tensors, functions: list[Function], groups: list[CacheGroup], target: str = "cpu") -> str:
    """A module that binds the emitted functions' weight and cache arguments to globals (on
    the CPU without AVX-512, products by a weight run the kernels that `stream_projections` picks)."""
    names = {n: f"@w{i}" for i, n in enumerate(tensors)}
    lines, kernels = ["module @session {"], {}
    for n, info in tensors.items():
        t = tensor_type(info.shape, info.dtype)
        lines.append(f'  util.global private {names[n]} = #flow.parameter.named<"{SCOPE}"::"{n}"> : {t}')
    for g in groups:
        t = tensor_type(g.shape, g.dtype)
        for kv in ("k", "v"):
            lines.append(f"  util.global private mutable @{kv}_{g.name} = dense<0.0> : {t}")
        lines += [
            f"  func.func @get_{g.name}() -> ({t}, {t}) {{",
            f"    %k = util.global.load @k_{g.name} : {t}",
            f"    %v = util.global.load @v_{g.name} : {t}",
            f"    return %k, %v : {t}, {t}",
            "  }",
            f"  func.func @set_{g.name}(%k: {t}, %v: {t}) {{",
            f"    util.global.store %k, @k_{g.name} : {t}",
            f"    util.global.store %v, @v_{g.name} : {t}",
            "    return",
            "  }",
        ]
    group_types = {g.name: tensor_type(g.shape, g.dtype) for g in groups}
    impls = [unblock(fn.text.replace(f"func.func public @{fn.name}(", f"func.func private @{fn.name}_impl(", 1))
             for fn in functions]  # fmt: skip
    kernel = target == "cpu" and HAND_KERNELS
    f32 = {f"%{n}" for n, info in tensors.items() if info.dtype == "f32"}
    stored = f32 - contraction_operands(impls) if kernel else set()
    for fn, impl in zip(functions, impls):
        lines.append(stream_projections(impl, kernels, stored) if kernel else impl)
        ct = group_types[fn.group]
        # scalars (token, position) are host values: as tensors, IREE reads them back from the device
        # before it can slice or update the cache at them, a host wait inside the call
        params = [f"%in{i}: {tensor_type(s, d)}" if s else f"%s{i}: {d}" for i, (s, d) in enumerate(fn.inputs)]
        body = [f"    %in{i} = tensor.from_elements %s{i} : {tensor_type(s, d)}"
                for i, (s, d) in enumerate(fn.inputs) if not s]  # fmt: skip
        body += [f"    %w{i} = util.global.load {names[n]} : {tensor_type(tensors[n].shape, tensors[n].dtype)}"
                 for i, n in enumerate(fn.weights)]  # fmt: skip
        body += [f"    %k = util.global.load @k_{fn.group} : {ct}", f"    %v = util.global.load @v_{fn.group} : {ct}"]
        n = fn.outputs
        out_types = fn.text.split(") -> (", 1)[1].split(") {", 1)[0].split(", ")[:n]
        out_type = ", ".join(out_types)
        outs = ", ".join(f"%out#{i}" for i in range(n))
        args = [f"%w{i}" for i in range(len(fn.weights))] + [f"%in{i}" for i in range(len(fn.inputs))] + ["%k", "%v"]
        types = [tensor_type(tensors[n].shape, tensors[n].dtype) for n in fn.weights]
        types += [tensor_type(s, d) for s, d in fn.inputs] + [ct, ct]
        body += [
            f"    %out:{n + 2} = func.call @{fn.name}_impl({', '.join(args)}) : ({', '.join(types)}) -> "
            f"({out_type}, {ct}, {ct})",
            f"    util.global.store %out#{n}, @k_{fn.group} : {ct}",
            f"    util.global.store %out#{n + 1}, @v_{fn.group} : {ct}",
            f"    return {outs} : {out_type}",
        ]
        lines += [f"  func.func @{fn.name}({', '.join(params)}) -> ({out_type}) {{", *body, "  }"]
    lines[1:1] = kernels.values()
    lines.append("}")
    return "\n".join(lines) + "\n"


_BARRIER = re.compile(r"= stablehlo\.optimization_barrier (%\S+) : (\S+)$", re.M)


def unblock(text: str) -> str:
    """The emitted graph's barriers as IREE clones. A barrier there only keeps a slice out of the
    dispatch that reads it (see forward); IREE lowers it to a host wait for everything before it,
    and a clone materializes the slice as well without one (SmolLM2 prefill of 512 tokens: 122 host
    waits per call -> 2)."""
    return _BARRIER.sub(r"= flow.tensor.clone \1 : \2", text)


# IREE's data-tiled matvec over f32 x bf16/f16 reads one weight stream per core through one FMA
# chain, so narrowed weights streamed at ~16 GB/s where f32 ones stream at ~20 (SmolLM2 decode,
# profiled). The kernels below read each weight as stored (row-major [N, K], no packed copy).
# `matvec_kernel` (one row): a workgroup takes `rows` rows and walks STREAMS of them at once, rows /
# STREAMS apart, each with CHAINS 8-wide accumulators over K; over f32 weights it beats IREE's matvec
# too (SmolLM2 decode with every projection on it 1.27x, Gemma-3-270m 1.15x). `gemm_kernel` (a
# prompt's rows) is about IREE's data-tiled matmul in speed where `gemm_shape` takes it. A weight
# that some product no kernel takes reads (a ragged step's few rows, long rows) is packed by IREE
# for every product: f32 weights run the kernels only where no such product reads them (`stored`),
# so a Model holds one copy of each f32 matrix; narrowed ones always (decode's speed, see README).
STREAMS, CHAINS = 4, 2
TILE = (2, 4)  # gemm_kernel's register tile: rows of x, weight rows (2 x 4 = 8 accumulators)
_WIDEN = re.compile(r"\s*(%\S+) = stablehlo\.convert (%\S+) : \(tensor<(\d+)x(\d+)x(bf16|f16)>\) -> tensor<\3x\4xf32>$")
_ONE_ROW = re.compile(r"(\s*)(%\S+) = stablehlo\.dot_general (%\S+), (%\S+), contracting_dims = \[1\] x \[\d+\], "
                      r"precision = \[HIGHEST, HIGHEST\] : \(tensor<(\d+)x(\d+)xf32>, (tensor<(?:1x)*\d+xf32>)\) -> (\S+)$")
_ROWS = re.compile(r"(\s*)(%\S+) = stablehlo\.dot_general (%\S+), (%\S+), contracting_dims = \[(\d+)\] x \[1\], "
                   r"precision = \[HIGHEST, HIGHEST\] : \((tensor<([\dx]+)xf32>), tensor<(\d+)x(\d+)xf32>\) -> (\S+)$")
_DOT = re.compile(r"= stablehlo\.dot_general (%\S+), (%\S+),")


def _projection(line: str):
    """A product by a 2-D weight that a kernel takes: (indent, result, W, x, x type, result type,
    rows t, n, k, kernel shape); else None."""
    if m := _ONE_ROW.match(line):
        n, k = int(m[5]), int(m[6])
        rows = next((r for r in (64, 32, 16, 8, 4) if n % r == 0), 0)
        shape = (rows,) if rows and k % (8 * CHAINS) == 0 else None
        return (m[1], m[2], m[3], m[4], m[7], m[8], 1, n, k, shape) if shape else None
    if m := _ROWS.match(line):
        dims = [int(d) for d in m[7].split("x")]
        n, k, t = int(m[8]), int(m[9]), math.prod(dims[:-1])
        shape = gemm_shape(t, n, k) if int(m[5]) == len(dims) - 1 and dims[-1] == k else None
        return (m[1], m[2], m[4], m[3], m[6], m[10], t, n, k, shape) if shape else None
    return None


def host_cpu_flags() -> set[str]:
    """The feature flags of this host (the CPU target the backend compiles for) as Linux lists them
    (empty elsewhere)."""
    info = Path("/proc/cpuinfo")
    lines = info.read_text().splitlines() if info.exists() else []
    return next((set(line.split(":", 1)[1].split()) for line in lines if line.startswith("flags")), set())


# The kernels were measured on AVX2 (znver3). With AVX-512 (znver4), IREE's data tiling packs
# 16-wide tiles and its own products win: SmolLM2 prompts with gemm_kernel ran 0.75x (128 tokens)
# and 0.83x (512) of IREE's matmul, 0.87x / 0.95x with a 16-lane variant (4 x 4 tiles); bf16 decode
# with IREE's matvec 1.08x the streaming kernel's, fp32 1.01x (5-6 alternated rounds each). There
# the backend leaves every product to IREE.
HAND_KERNELS = "avx512f" not in host_cpu_flags()


def gemm_shape(t: int, n: int, k: int):
    """gemm_kernel's tiling for [t, k] x [n, k]^T, (weight rows, rows of x) per workgroup, where it
    is measured as fast as IREE's data-tiled matmul on AVX2: a prompt's rows (64 or more) over
    K <= 640. (Slower, so left to IREE: longer rows, ~15% at K = 2048; a few rows, a ragged step's,
    10-30%.)"""
    if t < 64 or t % TILE[0] or n % TILE[1] or k % 8 or k > 640:
        return None
    return next(r for r in (32, 16, 8, 4) if n % r == 0), next(r for r in (64, 32, 16, 8, 4, 2) if t % r == 0)


def contraction_operands(texts) -> set[str]:
    """Operands of every contraction in `texts` that no kernel takes (IREE packs those)."""
    return {v for t in texts for line in t.splitlines() if (d := _DOT.search(line)) and not _projection(line)
            for v in d.groups()}  # fmt: skip


def stream_projections(text: str, kernels: dict[str, str], stored=frozenset()) -> str:
    """Rewrite each product by a weight W, one row (`W @ x`) or several (`x @ W^T`), as a dispatch of
    `matvec_kernel` or `gemm_kernel` (added to `kernels`) on W as stored, where W is a widened
    narrow weight or one of the f32 weights `stored`."""
    widened, out = {}, []
    for line in text.splitlines():
        if m := _WIDEN.match(line):
            widened[m[1]] = (m[2], m[5])
        elif (p := _projection(line)) and (p[2] in widened or p[2] in stored):
            indent, result, w, x, x_type, out_type, t, n, k, shape = p
            w, dtype = widened.get(w, (w, "f32"))
            name = f"{'matvec' if t == 1 else 'gemm'}_{dtype}_{t}x{n}x{k}"
            if name not in kernels and t == 1:
                kernels[name] = matvec_kernel(name, dtype, n, k, *shape)
            elif name not in kernels:
                kernels[name] = gemm_kernel(name, dtype, t, n, k, *shape)
            w_type = tensor_type((n, k), dtype)
            line = f"{indent}{result} = flow.dispatch @{name}::@{name}({w}, {x}) : ({w_type}, {x_type}) -> {out_type}"
        out.append(line)
    return "\n".join(out)


def matvec_kernel(name: str, dtype: str, n: int, k: int, rows: int) -> str:
    """y = W x for W [n, k] of `dtype` (f32, or widened from bf16/f16), x [k] f32, accumulated in f32."""
    lanes = [(s, c) for s in range(STREAMS) for c in range(CHAINS)]
    step = [f"%xv{c} = vector.load %x[%k{c}] : memref<{k}xf32>, vector<8xf32>" for c in range(CHAINS)]
    for s, c in lanes:
        w = f"%w{s}_{c}"
        step.append(f"{w} = vector.load %w[%r{s}, %k{c}] : memref<{n}x{k}x{dtype}>, vector<8x{dtype}>")
        if dtype != "f32":  # widened
            step.append(f"{w}f = arith.extf {w} : vector<8x{dtype}> to vector<8xf32>")
            w += "f"
        step.append(f"%n{s}_{c} = vector.fma {w}, %xv{c}, %a{s}_{c} : vector<8xf32>")
    store = []
    for s in range(STREAMS):  # the stream's chains summed, then its 8 lanes
        total = f"%acc#{s * CHAINS}"
        for c in range(1, CHAINS):
            store.append(f"%sum{s}_{c} = arith.addf {total}, %acc#{s * CHAINS + c} : vector<8xf32>")
            total = f"%sum{s}_{c}"
        store += [f"%y{s} = vector.reduction <add>, {total} : vector<8xf32> into f32",
                  f"memref.store %y{s}, %y[%r{s}] : memref<{n}xf32>"]  # fmt: skip
    vec, accs = "vector<8xf32>", ", ".join(f"%a{s}_{c} = %zero" for s, c in lanes)
    types, apart = ", ".join([vec] * len(lanes)), rows // STREAMS
    values = {0, 1, rows, apart, k, 8 * CHAINS} | {s * apart for s in range(STREAMS)} | {8 * c for c in range(CHAINS)}
    consts = "\n        ".join(f"%c{v} = arith.constant {v} : index" for v in sorted(values))
    starts = "\n          ".join(f"%r{s} = arith.addi %r0, %c{s * apart} : index" for s in range(1, STREAMS))
    step = "\n            ".join([f"%k{c} = arith.addi %kk, %c{8 * c} : index" for c in range(CHAINS)] + step)
    store = "\n          ".join(store)
    memrefs = f"memref<{n}x{k}x{dtype}>", f"memref<{k}xf32>", f"memref<{n}xf32>"
    return executable(name, (n // rows, 1), memrefs, consts, f"""        %group = hal.interface.workgroup.id[0] : index
        %first = arith.muli %group, %c{rows} : index
        scf.for %i = %c0 to %c{apart} step %c1 {{
          %r0 = arith.addi %first, %i : index
          {starts}
          %acc:{len(lanes)} = scf.for %kk = %c0 to %c{k} step %c{8 * CHAINS} iter_args({accs}) -> ({types}) {{
            {step}
            scf.yield {", ".join(f"%n{s}_{c}" for s, c in lanes)} : {types}
          }}
          {store}
        }}
""")


def gemm_kernel(name: str, dtype: str, t: int, n: int, k: int, per_n: int, per_t: int) -> str:
    """y = x W^T for x [t, k] f32, W [n, k] of `dtype` (f32, or widened from bf16/f16), accumulated in
    f32. A workgroup takes `per_n` weight rows and `per_t` rows of x and walks tiles of TILE (rows
    of x, weight rows): 8 dot products over K in 8-wide accumulators, summed by a transposing tree
    into one vector of the tile's 8 results."""
    (t0, n0), v8 = TILE, "vector<8xf32>"
    lanes = [(i, j) for i in range(t0) for j in range(n0)]
    step = [f"%x{i} = vector.load %x[%t{i}, %kk] : memref<{t}x{k}xf32>, {v8}" for i in range(t0)]
    for j in range(n0):
        w = f"%w{j}"
        step.append(f"{w} = vector.load %w[%n{j}, %kk] : memref<{n}x{k}x{dtype}>, vector<8x{dtype}>")
        if dtype != "f32":  # widened
            step.append(f"{w}f = arith.extf {w} : vector<8x{dtype}> to {v8}")
            w += "f"
        step += [f"%m{i}_{j} = vector.fma %x{i}, {w}, %a{i}_{j} : {v8}" for i in range(t0)]
    tree = []  # lane i * n0 + j of %s3 is the sum of accumulator (i, j)
    for level, (lo, hi) in enumerate([((0, 8, 2, 10, 4, 12, 6, 14), (1, 9, 3, 11, 5, 13, 7, 15)),
                                      ((0, 1, 8, 9, 4, 5, 12, 13), (2, 3, 10, 11, 6, 7, 14, 15)),
                                      ((0, 1, 2, 3, 8, 9, 10, 11), (4, 5, 6, 7, 12, 13, 14, 15))], 1):
        prev = [f"%acc#{i}" for i in range(8)] if level == 1 else [f"%s{level - 1}_{i}" for i in range(8 >> level - 1)]
        for i in range(len(prev) // 2):
            a, b, out = prev[2 * i], prev[2 * i + 1], f"%s{level}_{i}"
            tree += [f"{out}l = vector.shuffle {a}, {b} {list(lo)} : {v8}, {v8}",
                     f"{out}h = vector.shuffle {a}, {b} {list(hi)} : {v8}, {v8}",
                     f"{out} = arith.addf {out}l, {out}h : {v8}"]  # fmt: skip
    for i in range(t0):
        part = "%s3_0"
        if t0 > 1:
            part = f"%r{i}"
            tree.append(f"{part} = vector.shuffle %s3_0, %s3_0 {list(range(n0 * i, n0 * i + n0))} : {v8}, {v8}")
        tree.append(f"vector.store {part}, %y[%t{i}, %nn] : memref<{t}x{n}xf32>, vector<{n0}xf32>")
    accs, types = ", ".join(f"%a{i}_{j} = %zero" for i, j in lanes), ", ".join([v8] * len(lanes))
    values = {0, 1, 8, k, per_n, per_t, t0, n0} | set(range(max(t0, n0)))
    consts = "\n        ".join(f"%c{v} = arith.constant {v} : index" for v in sorted(values))
    cols = "\n          ".join(f"%n{j} = arith.addi %nn, %c{j} : index" for j in range(n0))
    rows = "\n            ".join(f"%t{i} = arith.addi %tt, %c{i} : index" for i in range(t0))
    step, tree = "\n              ".join(step), "\n            ".join(tree)
    memrefs = f"memref<{n}x{k}x{dtype}>", f"memref<{t}x{k}xf32>", f"memref<{t}x{n}xf32>"
    grid = n // per_n, t // per_t
    return executable(name, grid, memrefs, consts, f"""        %gn = hal.interface.workgroup.id[0] : index
        %gt = hal.interface.workgroup.id[1] : index
        %n_first = arith.muli %gn, %c{per_n} : index
        %t_first = arith.muli %gt, %c{per_t} : index
        %n_last = arith.addi %n_first, %c{per_n} : index
        %t_last = arith.addi %t_first, %c{per_t} : index
        scf.for %nn = %n_first to %n_last step %c{n0} {{
          {cols}
          scf.for %tt = %t_first to %t_last step %c{t0} {{
            {rows}
            %acc:8 = scf.for %kk = %c0 to %c{k} step %c8 iter_args({accs}) -> ({types}) {{
              {step}
              scf.yield {", ".join(f"%m{i}_{j}" for i, j in lanes)} : {types}
            }}
            {tree}
          }}
        }}
""")


def executable(name: str, grid: tuple[int, int], memrefs, consts: str, body: str) -> str:
    """A kernel that `flow.dispatch @name::@name(W, x)` runs on a `grid` of workgroups: bindings %w,
    %x, %y as `memrefs`, the index constants, an 8-wide zero vector, then `body`."""
    subspans = "\n".join(f"        %{v} = stream.binding.subspan %b{v}[%c0] : !stream.binding -> {m}"
                          for v, m in zip("wxy", memrefs))  # fmt: skip
    return f"""  stream.executable private @{name} {{
    stream.executable.export public @{name} workgroups() -> (index, index, index) {{
      %gx = arith.constant {grid[0]} : index
      %gy = arith.constant {grid[1]} : index
      %c1 = arith.constant 1 : index
      stream.return %gx, %gy, %c1 : index, index, index
    }}
    builtin.module {{
      func.func @{name}(%bw: !stream.binding, %bx: !stream.binding, %by: !stream.binding) {{
        {consts}
        %zero = arith.constant dense<0.0> : vector<8xf32>
{subspans}
{body}        return
      }}
    }}
  }}"""


def compile_text(text: str, target: str, extra: tuple[str, ...] = ()) -> bytes:
    """Compile (or fetch from the cache) for a TARGETS entry; `extra` flags come last and win."""
    from importlib.metadata import version

    backends, flags, _ = TARGETS[target]
    flags = flags + list(extra)

    def build():  # the compiler library (~50 MB resident) is loaded only on a cache miss
        import iree.compiler as ic

        return ic.compile_str(text, target_backends=backends, input_type="stablehlo", extra_args=flags)

    return cached_artifact("iree", [text, " ".join(backends + flags), version("iree-base-compiler")], build)


def drop_resident_pages(paths) -> int:
    """Drop this process's resident pages of the read-only mappings of `paths` (madvise DONTNEED).

    IREE's initializers copy the matrices that its own products read into their packed layout, so
    afterwards those matrices' pages of the mapped checkpoint are never read again; the tensors
    used as stored (norm vectors, embedding rows, the kernels' matrices) fault back in from the
    page cache. Returns the bytes dropped (0 where madvise is unavailable).
    """
    import mmap

    maps = Path("/proc/self/maps")
    if not hasattr(mmap, "MADV_DONTNEED") or not maps.exists():
        return 0
    madvise = libc_madvise()
    wanted, dropped = {str(Path(p).resolve()) for p in paths}, 0
    for lo, hi, perms, path in filter(None, map(mapping_header, maps.read_text().splitlines())):
        if path in wanted and "w" not in perms and madvise(lo, hi - lo, mmap.MADV_DONTNEED) == 0:  # never a written page
            dropped += hi - lo
    return dropped


def libc_madvise():
    """libc's madvise(addr, length, advice) -> 0 or -1."""
    import ctypes

    madvise = ctypes.CDLL(None, use_errno=True).madvise
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    return madvise


def mapping_header(line: str):
    """(start, end, perms, path or "") of a mapping's line in /proc/self/maps or smaps text (range
    perms offset dev inode [path]); None for smaps' other lines ("Rss: 4 kB", ...)."""
    fields = line.split(maxsplit=5)
    if len(fields) < 5 or "-" not in fields[0]:
        return None
    lo, hi = (int(x, 16) for x in fields[0].split("-"))
    return lo, hi, fields[1], fields[5] if len(fields) == 6 else ""


# MADV_COLLAPSE (Linux 6.1+; not in Python's mmap module before 3.13) and the smallest mapping
# worth backing with 2 MB pages.
MADV_HUGEPAGE, MADV_COLLAPSE, HUGE_MIN_BYTES = 14, 25, 32 << 20


def packed_mappings(smaps: str, before: set[int]) -> list[tuple[int, int]]:
    """(start, end) of the private anonymous mappings in `smaps` (/proc/self/smaps text) that start
    at none of `before` and are at least HUGE_MIN_BYTES, 90% resident or more (the kernel may have
    merged a neighbour in): what the initializers wrote (the packed weights), not an allocator's
    reserve that is mostly untouched."""
    out, head = [], None
    for line in smaps.splitlines():
        if h := mapping_header(line):
            lo, hi, perms, path = h
            head = (lo, hi) if perms == "rw-p" and not path and lo not in before and hi - lo >= HUGE_MIN_BYTES else None
        elif head and line.startswith("Rss:") and int(line.split()[1]) * 1024 >= 0.9 * (head[1] - head[0]):
            out.append(head)
    return out


def collapse_in_background(ranges):
    """Back `ranges` with 2 MB pages (madvise HUGEPAGE, then COLLAPSE), in a daemon thread.

    The packed weights are written by the initializers into whatever 4 KB pages the kernel has
    free, and those can be scattered: in one process, SmolLM2's 513 MB of packed weights sat in
    25,357 physically contiguous runs for the first Model built and 3,895 for the second, and the
    second decoded 1.075x faster; a third, in 115,958 runs, ran 0.90x a collapsed one (510 runs).
    Collapsing 513 MB takes ~4 s (copies and compaction), so it runs beside the first steps.
    Returns the thread.
    """
    import threading

    def run():
        madvise = libc_madvise()
        for lo, hi in ranges:  # a kernel without either advice answers EINVAL: nothing changes
            madvise(lo, hi - lo, MADV_HUGEPAGE)
            madvise(lo, hi - lo, MADV_COLLAPSE)

    thread = threading.Thread(target=run, name="collapse-packed-weights", daemon=True)
    thread.start()
    return thread


def mapping_starts(maps: str) -> set[int]:
    """The start address of every mapping in /proc/self/maps (or smaps) text."""
    return {h[0] for h in map(mapping_header, maps.splitlines()) if h}


class IreeBackend:
    def __init__(self, tensors, functions: list[Function], groups: list[CacheGroup], target: str = "cpu"):
        import iree.runtime as rt

        self.text = wrapper_text(tensors, functions, groups, target)
        vmfb = compile_text(self.text, target)
        device = rt.get_device(TARGETS[target][2])
        config = rt.Config(device=device)
        tensors = stage(tensors, cache_dir() / "weights", min_bytes=STAGE_MIN_BYTES)
        index = rt.ParameterIndex()
        for path in sorted({info.file for info in tensors.values()}):
            # a file is indexed whole: a name it shares with another file would bind to either
            clash = [n for n in read_header(path) if n in tensors and tensors[n].file != path]
            if clash:
                raise ValueError(f"{path} also holds {clash[0]}, which this model reads from {tensors[clash[0]].file}")
            index.load(str(path))  # memory-mapped
        params = rt.create_io_parameters_module(config.vm_instance, index.create_provider(scope=SCOPE))
        hal = rt.create_hal_module(config.vm_instance, device)
        main = rt.VmModule.copy_buffer(config.vm_instance, vmfb)
        proc = Path("/proc/self")
        before = mapping_starts((proc / "maps").read_text()) if target == "cpu" and proc.exists() else None
        self.module = rt.load_vm_modules(params, hal, main, config=config)[-1]  # runs the initializers
        packed = packed_mappings((proc / "smaps").read_text(), before) if before is not None else []
        self._index = index
        for g in groups:  # from the host, as reset does: with only the globals' zero initializers,
            zeros = np.zeros(g.shape, np.float32)  # every extend of a fresh module read stale rows
            self.set_cache(g.name, zeros, zeros)
        if target == "cpu":  # the packed matrices' mapped originals need not stay resident
            drop_resident_pages({info.file for info in tensors.values()})
        # last, so that the collapse does not contend for this process's memory map with the above
        self._collapse = collapse_in_background(packed) if packed else None

    def settle(self) -> None:
        """Wait until the packed weights sit in 2 MB pages (the first steps run beside the collapse,
        a few seconds, slower and with the old pages still resident: what a measurement waits out)."""
        if self._collapse is not None:
            self._collapse.join()

    def call(self, name: str, *inputs, output: int = 0) -> np.ndarray:
        outs = getattr(self.module, name)(*(int(x) if np.ndim(x) == 0 else x for x in inputs))  # scalars: i32
        out = outs[output] if isinstance(outs, (tuple, list)) else outs
        # to_host() can alias device memory that the next call reuses: copy out
        return np.array(out.to_host())

    def get_cache(self, group: str) -> tuple[np.ndarray, np.ndarray]:
        k, v = getattr(self.module, f"get_{group}")()
        return np.array(k.to_host()), np.array(v.to_host())

    def set_cache(self, group: str, k: np.ndarray, v: np.ndarray) -> None:
        getattr(self.module, f"set_{group}")(np.ascontiguousarray(k, np.float32), np.ascontiguousarray(v, np.float32))
