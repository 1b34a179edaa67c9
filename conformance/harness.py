"""Shared, cached work for the conformance tests: one tiny checkpoint, one compiled
model and one set of HF oracle logits per (family, backend) per worker process.
Tests of one family share an xdist group so they land on one worker.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from emitter import emit, load_config
from emitter.check import make_oracle, run_kinds

from .registry import BY_FAMILY, CASES

FAMILIES = [c.family for c in CASES]
KINDS = ("decode", "prefill", "ragged")
GPU_BACKENDS = ("iree-cuda", "xla-cuda")
SNAPSHOT_GRAPH = dict(capacity=16, bucket=8, slots=3)  # small, distinct from every tiny dimension


@functools.cache
def emit_case(family: str, kind: str) -> str:
    """The family's tiny graph of one kind, as the snapshots hold it."""
    cfg = load_config(BY_FAMILY[family].tiny())
    opts = {"decode": {}, "prefill": {"bucket": SNAPSHOT_GRAPH["bucket"]}, "ragged": {"slots": SNAPSHOT_GRAPH["slots"]}}
    return emit(cfg, kind, capacity=SNAPSHOT_GRAPH["capacity"], **opts[kind])


def op_cover() -> list[str]:
    """Few families whose graphs (all kinds) together use every StableHLO op any family emits:
    greedy set cover, so a backend check over them reaches every op the emitter can produce."""
    ops = {f: set(re.findall(r"stablehlo\.\w+", "".join(emit_case(f, k) for k in KINDS))) for f in FAMILIES}
    left, chosen = set().union(*ops.values()), []
    while left:
        best = max(FAMILIES, key=lambda f: len(ops[f] & left))
        chosen.append(best)
        left -= ops[best]
    return chosen


def family_param(family: str, *rest: str, marks=()):
    """A readable test id (`qwen3-decode`) grouped by family for xdist.

    Expected failures are not marked here: the backend is parametrized by conftest.py,
    which applies `conformance/ledger.py` to each collected (family, check, backend) cell.
    """
    return pytest.param(family, *rest, id="-".join((family, *rest)),
                        marks=[pytest.mark.xdist_group(family), *marks])  # fmt: skip


def backend_param(backend: str):
    """One `backend` value for conftest's parametrization: GPU backends carry the `gpu`
    marker, and a backend this machine cannot run is skipped with the reason."""
    marks = [pytest.mark.gpu] if backend in GPU_BACKENDS else []
    reason = backend_unavailable(backend)
    if reason:
        marks.append(pytest.mark.skip(reason=reason))
    return pytest.param(backend, marks=marks, id=backend)


def nvidia_gpus() -> list[str]:
    """The GPUs `nvidia-smi -L` lists (none without the driver)."""
    if not shutil.which("nvidia-smi"):
        return []
    try:
        out = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return []
    return [line for line in out.stdout.splitlines() if line.startswith("GPU ")] if out.returncode == 0 else []


@functools.cache
def backend_unavailable(backend: str) -> str | None:
    """Why this machine cannot run `backend`, or None when it can."""
    from emitter.backends import BACKENDS

    if backend not in BACKENDS:
        return None  # make_backend names the valid ones
    compiler, target = backend.split("-")
    if compiler == "xla":
        try:
            import jax  # noqa: F401
            import jaxlib  # noqa: F401
        except ImportError as e:
            return f"{backend} needs the 'xla' extra (jax, jaxlib): pip install -e '.[xla]' ({e})"
    if target == "cpu":
        return None
    if not nvidia_gpus():
        return f"{backend}: no CUDA GPU on this machine (nvidia-smi -L lists none)"
    try:
        if compiler == "iree":
            import iree.runtime as rt

            if not rt.get_driver("cuda").query_available_devices():
                return f"{backend}: IREE's CUDA driver sees no device"
        else:
            from emitter.backends.xla import client_for

            client_for("cuda")
    except Exception as e:  # no libcuda, no jax CUDA plugin, ...
        return f"{backend}: the runtime cannot use the GPU ({type(e).__name__}: {e})"
    return None


def skip_unavailable(backend: str) -> None:
    reason = backend_unavailable(backend)
    if reason:
        pytest.skip(reason)


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
