"""IREE backend: weights are module globals bound to the checkpoint's safetensors files
(memory-mapped parameters, layout work hoisted to initialization) and each KV cache is
a mutable global updated in place, so one runtime call runs one step.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..builder import tensor_type
from ..prepare import cache_dir
from ..weights import STAGE_MIN_BYTES, read_header, stage
from . import CacheGroup, Function, cached_artifact

TARGETS = {
    "cpu": (["llvm-cpu"], ["--iree-llvmcpu-target-cpu=host", "--iree-opt-data-tiling"], "local-task"),
    # PTX for sm_80, which the driver JIT-compiles for newer GPUs (H100/H200 are sm_90): the
    # iree-base-compiler 3.13 wheel has no target details for sm_90 ("missing GPU target")
    "cuda": (["cuda"], ["--iree-cuda-target=sm_80"], "cuda"),
}
SCOPE = "model"


def wrapper_text(tensors, functions: list[Function], groups: list[CacheGroup]) -> str:
    """A module that binds the emitted functions' weight and cache arguments to globals."""
    names = {n: f"@w{i}" for i, n in enumerate(tensors)}
    lines = ["module @session {"]
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
    for fn in functions:
        impl = fn.text.replace(f"func.func public @{fn.name}(", f"func.func private @{fn.name}_impl(", 1)
        lines.append(impl)
        ct = group_types[fn.group]
        params = [f"%in{i}: {tensor_type(s, d)}" for i, (s, d) in enumerate(fn.inputs)]
        body = [f"    %w{i} = util.global.load {names[n]} : {tensor_type(tensors[n].shape, tensors[n].dtype)}"
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
    lines.append("}")
    return "\n".join(lines) + "\n"


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

    IREE's initializers copy every weight matrix into its packed layout, so afterwards the mapped
    checkpoint is read only for the tensors used as stored (norm vectors, embedding rows), which
    fault back in from the page cache. Returns the bytes dropped (0 where madvise is unavailable).
    """
    import ctypes
    import mmap

    maps = Path("/proc/self/maps")
    if not hasattr(mmap, "MADV_DONTNEED") or not maps.exists():
        return 0
    madvise = ctypes.CDLL(None, use_errno=True).madvise
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    wanted, dropped = {str(Path(p).resolve()) for p in paths}, 0
    for line in maps.read_text().splitlines():
        fields = line.split(maxsplit=5)  # range perms offset dev inode path
        if len(fields) == 6 and fields[5] in wanted and "w" not in fields[1]:  # never a written page
            lo, hi = (int(x, 16) for x in fields[0].split("-"))
            if madvise(lo, hi - lo, mmap.MADV_DONTNEED) == 0:
                dropped += hi - lo
    return dropped


class IreeBackend:
    def __init__(self, tensors, functions: list[Function], groups: list[CacheGroup], target: str = "cpu"):
        import iree.runtime as rt

        self.text = wrapper_text(tensors, functions, groups)
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
        self.module = rt.load_vm_modules(params, hal, main, config=config)[-1]  # runs the initializers
        self._index = index
        for g in groups:  # from the host, as reset does: with only the globals' zero initializers,
            zeros = np.zeros(g.shape, np.float32)  # every extend of a fresh module read stale rows
            self.set_cache(g.name, zeros, zeros)
        if target == "cpu":  # the matrices are packed copies now: the mapped originals need not stay resident
            drop_resident_pages({info.file for info in tensors.values()})

    def call(self, name: str, *inputs, output: int = 0) -> np.ndarray:
        outs = getattr(self.module, name)(*inputs)
        out = outs[output] if isinstance(outs, (tuple, list)) else outs
        # to_host() can alias device memory that the next call reuses: copy out
        return np.array(out.to_host())

    def get_cache(self, group: str) -> tuple[np.ndarray, np.ndarray]:
        k, v = getattr(self.module, f"get_{group}")()
        return np.array(k.to_host()), np.array(v.to_host())

    def set_cache(self, group: str, k: np.ndarray, v: np.ndarray) -> None:
        getattr(self.module, f"set_{group}")(np.ascontiguousarray(k, np.float32), np.ascontiguousarray(v, np.float32))
