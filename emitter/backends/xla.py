"""XLA backend: the same emitted StableHLO, compiled by XLA through jaxlib's PJRT client.

Every function is its own executable (`func.func public @main` in a one-function module).
Weights are memory-mapped from the safetensors files; the CPU client uses the mapped pages
in place (a misaligned file is staged as an aligned copy, as for IREE), another device gets
one copy. The KV caches of each group are device arrays, passed to every call and replaced by the
caches it returns. Only the output crosses to the host.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from ..prepare import cache_dir
from ..weights import SAFETENSORS_DTYPES, STAGE_MIN_BYTES, raw_header, stage
from . import CacheGroup, Function

PLATFORMS = {"cpu": ("cpu",), "cuda": ("cuda", "gpu"), "gpu": ("cuda", "gpu")}


def numpy_dtype(dtype: str):
    import ml_dtypes

    return {"f32": np.float32, "f16": np.float16, "bf16": ml_dtypes.bfloat16, "i32": np.int32}[dtype]


def client_for(platform: str):
    """The PJRT client of `platform` ('cpu', 'cuda'/'gpu'); a clear error when it is not there."""
    from jax._src import xla_bridge

    errors = []
    for name in PLATFORMS.get(platform, (platform,)):
        try:
            return xla_bridge.get_backend(name)
        except RuntimeError as e:
            errors.append(str(e))
    raise RuntimeError(f"xla-{platform}: no such XLA platform on this machine ({'; '.join(errors)})")


def module_text(fn: Function) -> str:
    """The emitted function as a module whose entry point is `@main`, as PJRT expects."""
    head = f"func.func public @{fn.name}("
    if head not in fn.text:
        raise ValueError(f"function text of {fn.name!r} has no `{head}`")
    return "module @m {\n" + fn.text.replace(head, "func.func public @main(", 1) + "\n}\n"


def map_tensors(tensors) -> dict[str, np.ndarray]:
    """Every tensor as a read-only array over its memory-mapped safetensors file (no copy).

    On the CPU client, `device_put` of an array aligned to 64 bytes aliases its memory, so
    the weights stay the page cache's pages, resident once; other tensors are copied."""
    import mmap

    import ml_dtypes  # noqa: F401  registers bfloat16 with numpy

    by_file = defaultdict(list)
    for name, info in tensors.items():
        by_file[info.file].append(name)
    out = {}
    for path, names in by_file.items():
        start, header = raw_header(path)
        with open(path, "rb") as f:
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)  # stays open while an array uses it
        for name in names:
            info, entry = tensors[name], header.get(name)
            want = (SAFETENSORS_DTYPES.get(entry["dtype"]), tuple(entry["shape"])) if entry else None
            if want != (info.dtype, tuple(info.shape)):
                raise ValueError(f"{name}: {path} holds {entry and (entry['dtype'], entry['shape'])}, "
                                 f"expected {info.dtype}{list(info.shape)}")  # fmt: skip
            count = int(np.prod(info.shape, dtype=np.int64))
            a = np.frombuffer(data, numpy_dtype(info.dtype), count=count, offset=start + entry["data_offsets"][0])
            out[name] = a.reshape(info.shape)
    return out


class XlaBackend:
    def __init__(self, tensors, functions: list[Function], groups: list[CacheGroup], platform: str = "cpu"):
        import jax
        from jax._src.lib import xla_client as xc

        self._jax = jax
        self.platform = platform
        self.client = client_for(platform)
        self.device = self.client.devices()[0]
        devices = xc.DeviceList((self.device,))
        self.groups = {g.name: g for g in groups}
        self.functions = {fn.name: fn for fn in functions}
        used = {n for fn in functions for n in fn.weights}
        if platform == "cpu":  # an aligned copy of a file whose big tensors are not (see weights.stage)
            tensors = stage(tensors, cache_dir() / "weights", min_bytes=STAGE_MIN_BYTES)
        host = map_tensors({n: info for n, info in tensors.items() if n in used})
        self.weights = {n: jax.device_put(a, self.device) for n, a in host.items()}
        del host
        self.caches = {}
        for g in groups:
            zeros = np.zeros(g.shape, numpy_dtype(g.dtype))
            self.set_cache(g.name, zeros, zeros)
        self.texts = {name: module_text(fn) for name, fn in self.functions.items()}
        self.executables = {}  # compiled once per backend instance (XLA compiles tiny graphs in ~0.1 s)
        for name, text in self.texts.items():
            try:
                self.executables[name] = self.client.compile_and_load(text, devices, xc.CompileOptions())
            except Exception as e:
                raise RuntimeError(f"XLA ({platform}) rejected the emitted {name!r} graph: {e}") from e

    def settle(self) -> None:
        """Nothing of the constructor runs on after it."""

    def _put(self, x, dtype: str, shape=None):
        a = np.asarray(x, numpy_dtype(dtype))
        if shape is not None:
            a = a.reshape(shape)
        return self._jax.device_put(np.ascontiguousarray(a), self.device)

    def call(self, name: str, *inputs, output: int = 0) -> np.ndarray:
        fn = self.functions[name]
        if len(inputs) != len(fn.inputs):
            raise TypeError(f"{name} takes {len(fn.inputs)} inputs, got {len(inputs)}")
        args = [self.weights[n] for n in fn.weights]
        args += [self._put(x, dtype, shape) for x, (shape, dtype) in zip(inputs, fn.inputs)]
        args += list(self.caches[fn.group])
        *outs, k, v = self.executables[name].execute(args)
        self.caches[fn.group] = (k, v)
        return np.array(outs[output])  # a host copy the caller owns

    def get_cache(self, group: str) -> tuple[np.ndarray, np.ndarray]:
        k, v = self.caches[group]
        return np.array(k), np.array(v)  # writable host copies

    def set_cache(self, group: str, k: np.ndarray, v: np.ndarray) -> None:
        g = self.groups[group]
        self.caches[group] = (self._put(k, g.dtype, g.shape), self._put(v, g.dtype, g.shape))
