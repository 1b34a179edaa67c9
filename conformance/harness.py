"""Shared, cached work for the conformance tests: one tiny checkpoint, one compiled
model and one set of HF oracle logits per (family, backend) per worker process.
Tests of one family share an xdist group so they land on one worker.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest

from emitter.check import make_oracle, run_kinds

from .registry import BY_FAMILY, CASES

FAMILIES = [c.family for c in CASES]
KINDS = ("decode", "prefill", "ragged")


def family_param(family: str, *rest: str, marks=()):
    """A readable test id (`qwen3-decode-iree-cpu`) grouped by family for xdist."""
    return pytest.param(family, *rest, id="-".join((family, *rest)),
                        marks=[pytest.mark.xdist_group(family), *marks])  # fmt: skip


def skip_unavailable(backend: str) -> None:
    if backend.endswith("cuda"):
        import shutil

        if not shutil.which("nvidia-smi"):
            pytest.skip(f"{backend}: no CUDA GPU on this machine")
    if backend.startswith("xla"):
        pytest.importorskip("jaxlib", reason=f"{backend} needs the 'xla' extra (jax, jaxlib)")


_WORKDIRS: list[tempfile.TemporaryDirectory] = []


@functools.cache
def family_run(family: str, backend: str) -> dict:
    skip_unavailable(backend)
    return run_kinds(family_oracle(family), backend)


@functools.cache
def family_oracle(family: str) -> dict:
    """One tiny checkpoint and its HF logits per family and worker, shared by every backend."""
    workdir = tempfile.TemporaryDirectory(prefix=f"emitter-{family}-")
    _WORKDIRS.append(workdir)  # removed when the worker exits
    return make_oracle(BY_FAMILY[family].tiny(), Path(workdir.name))


def record(request, family: str, kind: str, backend: str, result: dict) -> None:
    """Attach a cell's achieved error to the test report (the conformance table reads it)."""
    request.node.user_properties.append(("conformance", (family, kind, backend, result)))
