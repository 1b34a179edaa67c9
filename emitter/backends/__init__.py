"""Backends compile emitted text and run it with weights resident on the device.

A backend gets the checkpoint's tensors and a set of named functions (emitted text,
each `(weights..., inputs..., k_cache, v_cache) -> (outputs..., k_cache, v_cache)`), and
keeps one KV cache per cache group on the device between calls:

    backend = make_backend(name, tensors, functions, groups)
    out = backend.call("decode", token, position)   # output 0 (logits) as host numpy
    tok = backend.call("decode", token, position, output=1)   # only output 1 leaves the device
    k, v = backend.get_cache("single"); backend.set_cache("single", k, v)
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..prepare import cache_dir


@dataclass(frozen=True)
class Function:
    name: str
    text: str  # one func.func (public, named `name`) taking weights first
    group: str  # which cache it reads and writes
    weights: tuple[str, ...]  # HF tensor names, in argument order
    inputs: tuple[tuple[tuple[int, ...], str], ...]  # (shape, dtype) of the non-weight, non-cache inputs
    outputs: int = 1  # results before the two caches


@dataclass(frozen=True)
class CacheGroup:
    name: str
    shape: tuple[int, ...]
    dtype: str = "f32"


BACKENDS = ("iree-cpu", "xla-cpu", "iree-cuda", "xla-cuda")


def cached_artifact(kind: str, key_parts: list[str], build) -> bytes:
    """Content-addressed on-disk cache; atomic write so racing processes are safe."""
    key = hashlib.sha256("\0".join(key_parts).encode()).hexdigest()[:32]
    path = cache_dir() / kind / key
    if path.exists():
        return path.read_bytes()
    data = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{key}.")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return data


def make_backend(name: str, tensors, functions: list[Function], groups: list[CacheGroup]):
    if name in ("iree-cpu", "iree-cuda"):
        from .iree import IreeBackend

        return IreeBackend(tensors, functions, groups, target=name.split("-")[1])
    if name in ("xla-cpu", "xla-cuda"):
        from .xla import XlaBackend

        return XlaBackend(tensors, functions, groups, platform=name.split("-")[1])
    raise ValueError(f"unknown backend {name!r}; backends: {', '.join(BACKENDS)}")

