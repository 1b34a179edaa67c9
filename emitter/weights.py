"""Which tensors a config needs, under which HF names, and strict alignment with a checkpoint."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path

from .config import NORM_PLACEMENTS, ModelConfig

# Logical name -> HF tensor name, per naming scheme. `{i}` is the layer index.
NAMES = {
    "llama": {
        "embed": "model.embed_tokens.weight",
        "final_norm": "model.norm.weight",
        "lm_head": "lm_head.weight",
        "q": "model.layers.{i}.self_attn.q_proj.weight",
        "k": "model.layers.{i}.self_attn.k_proj.weight",
        "v": "model.layers.{i}.self_attn.v_proj.weight",
        "o": "model.layers.{i}.self_attn.o_proj.weight",
        "q_bias": "model.layers.{i}.self_attn.q_proj.bias",
        "k_bias": "model.layers.{i}.self_attn.k_proj.bias",
        "v_bias": "model.layers.{i}.self_attn.v_proj.bias",
        "q_norm": "model.layers.{i}.self_attn.q_norm.weight",
        "k_norm": "model.layers.{i}.self_attn.k_norm.weight",
        "gate": "model.layers.{i}.mlp.gate_proj.weight",
        "up": "model.layers.{i}.mlp.up_proj.weight",
        "down": "model.layers.{i}.mlp.down_proj.weight",
        "input_layernorm": "model.layers.{i}.input_layernorm.weight",
        "post_attention_layernorm": "model.layers.{i}.post_attention_layernorm.weight",
        "pre_feedforward_layernorm": "model.layers.{i}.pre_feedforward_layernorm.weight",
        "post_feedforward_layernorm": "model.layers.{i}.post_feedforward_layernorm.weight",
    },
    "exaone": {
        "embed": "transformer.wte.weight",
        "final_norm": "transformer.ln_f.weight",
        "lm_head": "lm_head.weight",
        "q": "transformer.h.{i}.attn.attention.q_proj.weight",
        "k": "transformer.h.{i}.attn.attention.k_proj.weight",
        "v": "transformer.h.{i}.attn.attention.v_proj.weight",
        "o": "transformer.h.{i}.attn.attention.out_proj.weight",
        "gate": "transformer.h.{i}.mlp.c_fc_0.weight",
        "up": "transformer.h.{i}.mlp.c_fc_1.weight",
        "down": "transformer.h.{i}.mlp.c_proj.weight",
        "input_layernorm": "transformer.h.{i}.ln_1.weight",
        "post_attention_layernorm": "transformer.h.{i}.ln_2.weight",
    },
}

SAFETENSORS_DTYPES = {"F32": "f32", "BF16": "bf16", "F16": "f16"}


class WeightError(ValueError):
    """Missing, unexpected, misshapen or mistyped checkpoint tensors."""


def layer_tensors(cfg: ModelConfig) -> dict[str, tuple[int, ...]]:
    """Logical per-layer tensor -> shape, for the features this config switches on."""
    h, d = cfg.hidden_size, cfg.head_dim
    q, kv = cfg.num_attention_heads * d, cfg.num_key_value_heads * d
    shapes = {
        "q": (q, h), "k": (kv, h), "v": (kv, h), "o": (h, q),
        "gate": (cfg.intermediate_size, h), "up": (cfg.intermediate_size, h), "down": (h, cfg.intermediate_size),
    }  # fmt: skip
    if cfg.attention_bias:
        shapes |= {"q_bias": (q,), "k_bias": (kv,), "v_bias": (kv,)}
    if cfg.qk_norm == "head":
        shapes |= {"q_norm": (d,), "k_norm": (d,)}
    elif cfg.qk_norm == "full":
        shapes |= {"q_norm": (q,), "k_norm": (kv,)}
    for norm in NORM_PLACEMENTS[cfg.norm_placement].values():
        shapes[norm] = (h,)
    return shapes


def expected_tensors(cfg: ModelConfig) -> dict[str, tuple[int, ...]]:
    """HF tensor name -> shape, in the order the graph takes them as arguments."""
    names = NAMES[cfg.weight_names]
    out = {names["embed"]: (cfg.vocab_size, cfg.hidden_size)}
    per_layer = layer_tensors(cfg)
    for i in range(cfg.num_hidden_layers):
        for key, shape in per_layer.items():
            if key not in names:
                raise WeightError(f"naming scheme {cfg.weight_names!r} has no tensor for {key!r}")
            out[names[key].format(i=i)] = shape
    out[names["final_norm"]] = (cfg.hidden_size,)
    if not cfg.tie_word_embeddings:
        out[names["lm_head"]] = (cfg.vocab_size, cfg.hidden_size)
    return out


def logical_name(cfg: ModelConfig, key: str, layer: int | None = None) -> str:
    template = NAMES[cfg.weight_names][key]
    return template.format(i=layer) if layer is not None else template


@dataclass(frozen=True)
class TensorInfo:
    file: Path
    dtype: str
    shape: tuple[int, ...]


def raw_header(path: Path) -> tuple[int, dict]:
    """Where a .safetensors file's data starts, and its header (tensor entries only)."""
    with open(path, "rb") as f:
        raw = f.read(8)
        if len(raw) != 8:
            raise WeightError(f"{path}: not a safetensors file (too short)")
        (n,) = struct.unpack("<Q", raw)
        try:
            header = json.loads(f.read(n))
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise WeightError(f"{path}: corrupt safetensors header") from None
    header.pop("__metadata__", None)
    return 8 + n, header


def read_header(path: Path) -> dict[str, TensorInfo]:
    """Tensor names, dtypes and shapes of one .safetensors file without reading its data."""
    return {k: TensorInfo(path, v["dtype"], tuple(v["shape"])) for k, v in raw_header(path)[1].items()}


def scan_checkpoint(ckpt: Path) -> dict[str, TensorInfo]:
    files = sorted(Path(ckpt).glob("*.safetensors"))
    if not files:
        raise WeightError(f"{ckpt}: no *.safetensors files")
    found: dict[str, TensorInfo] = {}
    for f in files:
        for name, info in read_header(f).items():
            if name in found:
                raise WeightError(f"tensor {name} appears in both {found[name].file.name} and {f.name}")
            found[name] = info
    return found


def align(cfg: ModelConfig, ckpt: Path) -> dict[str, TensorInfo]:
    """Check the checkpoint holds exactly the tensors the graph needs; all problems in one error."""
    found = scan_checkpoint(ckpt)
    want = expected_tensors(cfg)
    names = NAMES[cfg.weight_names]
    problems = []
    for name, shape in want.items():
        if name not in found:
            problems.append(f"missing {name} {list(shape)}")
        elif found[name].shape != shape:
            problems.append(f"{name}: shape {list(found[name].shape)}, config needs {list(shape)}")
        elif found[name].dtype not in SAFETENSORS_DTYPES:
            problems.append(f"{name}: dtype {found[name].dtype} is not served ({', '.join(SAFETENSORS_DTYPES)})")
    # A tied checkpoint may still carry a copy of the head; HF ignores it, so do we.
    known_extra = {names["lm_head"]} if cfg.tie_word_embeddings else set()
    for name in sorted(set(found) - set(want) - known_extra):
        if not name.startswith(cfg.skip_tensor_prefixes) or not cfg.skip_tensor_prefixes:
            problems.append(f"unexpected {name} {list(found[name].shape)}")
    if problems:
        raise WeightError(f"{ckpt}: checkpoint does not match config.json:\n  " + "\n  ".join(problems))
    return {name: TensorInfo(found[name].file, SAFETENSORS_DTYPES[found[name].dtype], found[name].shape) for name in want}


# -- staged copies: aligned for memory mapping, optionally narrowed ----------------------
# IREE maps a parameter in place, and XLA's CPU client aliases a host array, only at this
# alignment; otherwise each copies the tensor to the heap
ALIGN = 64
# save_pretrained aligns tensors to 8 bytes only; from this many misaligned bytes on, an
# aligned copy is staged once in the cache
STAGE_MIN_BYTES = 16 << 20
NARROW_LIMITS = {"bf16": 3.3895e38, "f16": 65504.0}  # largest finite value of each storage type
ST_DTYPES = {"float32": "F32", "bfloat16": "BF16", "float16": "F16"}


def misaligned_bytes(path: Path) -> int:
    """Bytes of a safetensors file's tensors that start off an ALIGN-byte boundary."""
    start, header = raw_header(path)
    return sum(e - b for b, e in (v["data_offsets"] for v in header.values()) if (start + b) % ALIGN)


def write_aligned(path: Path, arrays: dict, metadata: dict[str, str]) -> None:
    """A safetensors file whose tensors start on ALIGN-byte boundaries (header padded with
    spaces, as the format allows; tensors whose size is not a multiple of ALIGN go last),
    written to a temporary name and renamed, so a half-written file is never read back.
    The safetensors library pads its header to 8 bytes only, hence this writer."""
    import os
    import tempfile

    names = sorted(arrays, key=lambda n: arrays[n].nbytes % ALIGN != 0)
    header, offset = {"__metadata__": metadata}, 0
    for n in names:
        a = arrays[n]
        header[n] = {"dtype": ST_DTYPES[a.dtype.name], "shape": list(a.shape), "data_offsets": [offset, offset + a.nbytes]}
        offset += a.nbytes
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-(8 + len(text)) % ALIGN)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(struct.pack("<Q", len(text)) + text)
            for n in names:
                f.write(memoryview(arrays[n].reshape(-1).view("uint8")))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def stage(tensors: dict[str, TensorInfo], out_dir: Path, narrow: str | None = None, min_bytes: int = 1):
    """The tensors as a backend should map them: each source file with at least `min_bytes`
    of misaligned tensors, or that holds a matrix to narrow, is replaced by one aligned copy
    under `out_dir` with every tensor the model reads from it (a backend never sees one name
    in two files), written once, keyed by the source's path, size and mtime.

    `narrow="bf16"|"f16"` stores the matrices (embedding, projections, head) in that type,
    rounded to nearest even; vectors (norms, biases) stay as stored: they are tiny and feed
    the f32 norms directly. The graph widens narrowed weights to f32 inside each matmul."""
    import hashlib

    import ml_dtypes
    import numpy as np
    from safetensors import safe_open

    if narrow is not None and narrow not in NARROW_LIMITS:
        raise ValueError(f"cannot narrow weights to {narrow!r}; choices: {', '.join(NARROW_LIMITS)}")
    narrowed = lambda info: narrow is not None and len(info.shape) == 2 and info.dtype != narrow  # noqa: E731
    by_file: dict[Path, list[str]] = {}
    for name, info in tensors.items():
        by_file.setdefault(info.file, []).append(name)
    out = dict(tensors)
    for src, names in by_file.items():
        st = src.stat()
        if not any(narrowed(tensors[n]) for n in names) and misaligned_bytes(src) < min_bytes:
            continue
        key = hashlib.sha256(f"{src.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0{narrow}\0{sorted(names)}".encode())
        dst = out_dir / f"{key.hexdigest()[:32]}.{narrow or 'aligned'}.safetensors"
        if not dst.exists():
            arrays = {}
            with safe_open(str(src), framework="numpy") as f:
                for name in names:
                    a = f.get_tensor(name)
                    if narrowed(tensors[name]):
                        big = float(np.abs(a.astype(np.float32)).max(initial=0.0))
                        if not big <= NARROW_LIMITS[narrow]:
                            raise WeightError(f"{name}: |w| reaches {big:.4g}, beyond {narrow}'s largest value {NARROW_LIMITS[narrow]:g}")
                        a = a.astype({"bf16": ml_dtypes.bfloat16, "f16": np.float16}[narrow])
                    arrays[name] = a
            write_aligned(dst, arrays, {"staged_from": src.name, "narrowed_to": str(narrow)})
            del arrays
        for name in names:
            info = tensors[name]
            out[name] = TensorInfo(dst, narrow if narrowed(info) else info.dtype, info.shape)
    return out
