"""`emitter check`: does the emitter handle this model?

Shrink a config.json (every feature flag, the GQA ratio and one layer of each layer
kind are kept), build the family's `transformers` model from it with seeded random
weights, save it as a real checkpoint directory, then emit, compile and run every
graph kind and compare logits with HF at every position. Needs torch + transformers.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .config import FAMILIES, ConfigError, load_config

# Dimensions of the shrunken model: pairwise distinct so a swapped axis fails.
# initializer_range: HF's 0.02 makes attention near-uniform, which hides RoPE and mask bugs.
TINY = dict(intermediate_size=56, vocab_size=97, head_dim=12, num_key_value_heads=2, initializer_range=0.25)
HIDDEN_PER_HEAD = 5  # hidden = 5 * heads: HF validators want a multiple of heads, and 5 != head_dim
TINY_WINDOW = 5
TINY_CONTEXT = 64


@dataclass(frozen=True)
class Oracle:
    """How to build a family's HF reference model and save it as the family's checkpoint."""

    hf_model_type: str | None = None  # build with another family's class (same math)
    config_renames: dict = field(default_factory=dict)  # HF key -> key written to config.json
    tensor_renames: tuple[tuple[str, str], ...] = ()  # substring replacements on tensor names
    extra_config: dict = field(default_factory=dict)
    extra_tensors: tuple[str, ...] = ()  # known extras the emitter must skip (written as zeros)


ORACLES = {
    "mimo": Oracle(hf_model_type="qwen2", extra_config={"num_nextn_predict_layers": 1},
                   extra_tensors=("model.mtp_layers.0.token_layernorm.weight",)),  # fmt: skip
    "exaone": Oracle(
        config_renames={"num_hidden_layers": "num_layers", "rms_norm_eps": "layer_norm_epsilon",
                        "hidden_act": "activation_function"},  # fmt: skip
        tensor_renames=(
            ("model.embed_tokens.", "transformer.wte."), ("model.norm.", "transformer.ln_f."),
            ("model.layers.", "transformer.h."), (".self_attn.o_proj.", ".attn.attention.out_proj."),
            (".self_attn.", ".attn.attention."), (".input_layernorm.", ".ln_1."),
            (".post_attention_layernorm.", ".ln_2."), (".mlp.gate_proj.", ".mlp.c_fc_0."),
            (".mlp.up_proj.", ".mlp.c_fc_1."), (".mlp.down_proj.", ".mlp.c_proj."),
        ),  # fmt: skip
    ),
}

# Keys the shrinker rewrites; everything else (the feature flags) is copied as is.
PER_LAYER_KEYS = ("layer_types", "no_rope_layers")
DROPPED_KEYS = ("sliding_window_pattern", "_sliding_window_pattern", "max_window_layers", "no_rope_layer_interval",
                "auto_map", "architectures", "torch_dtype", "dtype", "num_layers", "layer_norm_epsilon",
                "activation_function", "pad_token_id", "bos_token_id", "eos_token_id")  # fmt: skip


def shrink(d: dict) -> dict:
    """A tiny config with the same features: one layer per distinct (attention type, RoPE) kind."""
    cfg = load_config(d)  # validates first, so unsupported configs fail with the real reason
    kinds = list(zip(cfg.layer_types, [r is not None for r in cfg.ropes]))
    keep = sorted({kinds.index(k) for k in kinds})
    if len(keep) < 2:
        keep = [0, 1] if cfg.num_hidden_layers > 1 else [0]
    out = {k: v for k, v in d.items() if k not in DROPPED_KEYS}
    ratio = cfg.kv_groups
    kv_heads = min(TINY["num_key_value_heads"], cfg.num_key_value_heads)  # multi-query (1 KV head) stays so
    heads = kv_heads * ratio
    out |= TINY | {"num_key_value_heads": kv_heads, "num_attention_heads": heads, "hidden_size": HIDDEN_PER_HEAD * heads}
    out |= {"num_hidden_layers": len(keep), "max_position_embeddings": TINY_CONTEXT, "rms_norm_eps": cfg.rms_norm_eps}
    out |= {"tie_word_embeddings": cfg.tie_word_embeddings, "dtype": "float32"}
    out |= {"bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 0}
    fam = FAMILIES[cfg.model_type]
    out[fam.activation_key] = {"silu": "silu", "gelu_tanh": "gelu_pytorch_tanh"}[cfg.hidden_act]
    out["layer_types"] = [cfg.layer_types[i] for i in keep]
    if "no_rope_layers" in d or "no_rope_layer_interval" in d:
        out["no_rope_layers"] = [int(cfg.ropes[i] is not None) for i in keep]
    if cfg.sliding_window:
        out["sliding_window"] = TINY_WINDOW
    if "layer_types" not in fam.keys:
        out.pop("layer_types")
    return out


def build_checkpoint(tiny: dict, out: Path, seed: int = 0):
    """Save a seeded random HF model for `tiny` as a checkpoint directory; returns the HF model."""
    import torch
    import transformers
    from safetensors.torch import load_file, save_file

    mt = tiny["model_type"]
    oracle = ORACLES.get(mt, Oracle())
    hf_dict = {k: v for k, v in tiny.items() if k not in oracle.extra_config}
    hf_dict["model_type"] = oracle.hf_model_type or mt
    hf_cfg = transformers.AutoConfig.for_model(**hf_dict)
    hf_cfg._attn_implementation = "eager"
    torch.manual_seed(seed)
    model = transformers.AutoModelForCausalLM.from_config(hf_cfg, dtype=torch.float32).eval()
    with torch.no_grad():  # HF inits norm weights and biases to constants; perturb so each one matters
        for p in model.parameters():
            if p.ndim == 1:
                p.add_(torch.randn_like(p) * 0.3)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    # Rewrite config.json and tensor names in the family's own on-disk format.
    written = {k: v for k, v in tiny.items()}
    for hf_key, key in oracle.config_renames.items():
        written[key] = written.pop(hf_key)
    written |= oracle.extra_config
    (out / "config.json").write_text(json.dumps(written, indent=2, sort_keys=True))
    if oracle.tensor_renames or oracle.extra_tensors:
        path = out / "model.safetensors"
        tensors = load_file(path)
        renamed = {}
        for name, t in tensors.items():
            for a, b in oracle.tensor_renames:
                name = name.replace(a, b)
            renamed[name] = t.contiguous()
        for name in oracle.extra_tensors:
            renamed[name] = torch.zeros(tiny["hidden_size"])
        save_file(renamed, path)
    return model


def hf_logits(model, ids: np.ndarray, dtype=None) -> np.ndarray:
    """All-position logits of one sequence; dtype=torch.float64 gives the high-precision oracle."""
    import copy

    import torch

    m = copy.deepcopy(model).to(dtype) if dtype is not None else model
    with torch.no_grad():
        out = m(torch.tensor(np.asarray(ids)[None], dtype=torch.long)).logits[0]
    return out.double().numpy()


BUCKETS = (32,)  # one bucket keeps compile time down; chunks of 8 run padded in it
SLOTS = 3
LENGTH = 24  # well past TINY_WINDOW, so sliding windows bite


def make_oracle(tiny: dict, workdir: Path) -> dict:
    """A tiny checkpoint on disk plus HF's fp32 and float64 logits for one test sequence."""
    import torch

    model = build_checkpoint(tiny, workdir)
    ids = np.random.RandomState(1).randint(3, tiny["vocab_size"], size=LENGTH)
    return dict(ids=ids, ckpt=workdir, hf=model, ref32=hf_logits(model, ids), ref64=hf_logits(model, ids, torch.float64))


def run_kinds(oracle: dict, backend: str = "iree-cpu") -> dict:
    """Compile the oracle's checkpoint on `backend` and run every graph kind on its sequence."""
    from .runtime import Model

    m = Model(oracle["ckpt"], backend=backend, capacity=TINY_CONTEXT, buckets=BUCKETS, slots=SLOTS, all_logits=True)
    return oracle | dict(model=m, out={kind: run(m, oracle["ids"]) for kind, run in KIND_RUNS.items()})


def parity(out: np.ndarray, ref32: np.ndarray, ref64: np.ndarray) -> dict:
    """Achieved errors vs HF fp32 and vs HF fp64, and whether they meet the tolerance table."""
    from .tolerances import tolerance

    err32 = float(np.abs(out - ref32).max())
    err64 = float(np.abs(out - ref64).max())
    hf_err = float(np.abs(ref32 - ref64).max())
    bound64 = max(tolerance("f64_ratio") * hf_err, tolerance("f64_floor"))
    ok = err32 <= tolerance("hf_fp32") and err64 <= bound64
    return dict(error=err32, tolerance=tolerance("hf_fp32"), error_f64=err64, hf_error_f64=hf_err, bound_f64=bound64, ok=ok)


def check(src, backend: str = "iree-cpu") -> list[dict]:
    """Rows of kind / achieved errors / tolerance / ok for a shrunken copy of `src`."""
    from .config import load_dict

    d, _ = load_dict(src)
    with tempfile.TemporaryDirectory() as tmp:
        r = run_kinds(make_oracle(shrink(d), Path(tmp)), backend)
        return [dict(kind=k) | parity(v, r["ref32"], r["ref64"]) for k, v in r["out"].items()]


def run_prefill(m, ids) -> np.ndarray:
    m.reset()
    return m.prefill(ids, all_logits=True)


def run_chunked(m, ids, chunk: int = 8) -> np.ndarray:
    m.reset()
    return np.concatenate([m.prefill(ids[i : i + chunk], start=i, all_logits=True) for i in range(0, len(ids), chunk)])


def run_decode(m, ids, split: int = 5) -> np.ndarray:
    m.reset()
    rows = list(m.prefill(ids[:split], all_logits=True))
    rows += [m.decode(int(t), split + i) for i, t in enumerate(ids[split:])]
    return np.stack(rows)


def run_ragged(m, ids, slot: int = 1, seed: int = 2) -> np.ndarray:
    """The sequence in one slot, token by token, next to busy slots running other tokens."""
    rng = np.random.RandomState(seed)
    m.reset("slots")
    rows = []
    for i, t in enumerate(ids):
        tokens = rng.randint(0, m.cfg.vocab_size, size=m.slots)
        positions = np.minimum(i + rng.randint(0, 3, size=m.slots), m.capacity - 1)
        tokens[slot], positions[slot] = t, i
        rows.append(m.ragged(tokens, positions, np.ones(m.slots))[slot])
    return np.stack(rows)


KIND_RUNS = {"prefill": run_prefill, "chunked": run_chunked, "decode": run_decode, "ragged": run_ragged}

__all__ = ["ConfigError", "build_checkpoint", "check", "hf_logits", "make_oracle", "run_kinds", "shrink"]
