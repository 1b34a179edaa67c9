"""config.json -> one frozen dataclass of features; families are data.

How to add a dense family:
  1. Add a `Family(...)` entry to `FAMILIES` keyed by the exact HF `model_type`,
     switching on only the features the family's transformers class uses, and
     listing in `keys` the extra config.json keys that class reads.
  2. If it only renames another family (same math, same tensor names), give it
     the same delta and say which one in a comment; the reduction test checks it
     emits byte-identical text.
  3. If a feature is missing, add one field to `ModelConfig` (default: off), read it
     in `parse_config`, and fill the matching seam in `forward.py`.
  4. Add the family to `conformance/registry.py` (tiny config, HF oracle class) and
     run `pytest -m fast --snapshot-update -k <family>` once to create its snapshots.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np


class ConfigError(ValueError):
    """An unsupported, malformed or inconsistent config.json."""


# ---------------------------------------------------------------------------
# RoPE


@dataclass(frozen=True)
class Rope:
    """One rotary embedding: base, scaling kind and its parameters (HF names)."""

    rope_theta: float
    rope_type: str = "default"
    factor: float = 1.0
    low_freq_factor: float = 1.0
    high_freq_factor: float = 4.0
    original_max_position_embeddings: int = 0

    def inv_freq(self, head_dim: int) -> np.ndarray:
        """HF's inverse frequencies, as HF computes them: torch float32 arithmetic, every step
        rounded to f32 (the power computed exactly from its f32 operands, then rounded; torch's own
        power may differ by one ulp). Computed exactly in float64 instead, a third of them differ
        by an ulp, which turns into a rotation angle error growing with the position."""
        f32 = np.float32
        exponent = np.arange(0, head_dim, 2).astype(f32) / f32(head_dim)
        inv = f32(1.0) / np.power(np.float64(f32(self.rope_theta)), exponent.astype(np.float64)).astype(f32)
        if self.rope_type == "linear":
            inv = inv / f32(self.factor)
        elif self.rope_type == "llama3":
            old = self.original_max_position_embeddings
            low_wavelen, high_wavelen = f32(old / self.low_freq_factor), f32(old / self.high_freq_factor)
            wavelen = f32(2 * math.pi) / inv
            scaled = np.where(wavelen > low_wavelen, inv / f32(self.factor), inv)
            smooth = (f32(old) / wavelen - f32(self.low_freq_factor)) / f32(self.high_freq_factor - self.low_freq_factor)
            smoothed = (f32(1) - smooth) * scaled / f32(self.factor) + smooth * scaled
            medium = ~(wavelen < high_wavelen) & ~(wavelen > low_wavelen)
            inv = np.where(medium, smoothed, scaled)
        return inv.astype(f32)


ROPE_TYPES = ("default", "linear", "dynamic", "llama3")
ROPE_KEYS = {"rope_type", "type", "rope_theta", "factor", "low_freq_factor", "high_freq_factor",
             "original_max_position_embeddings", "partial_rotary_factor"}  # fmt: skip


def rope_spec(params: dict, theta: float | None, where: str) -> Rope:
    """One rope dict (legacy `rope_scaling` or new `rope_parameters`) -> Rope; raises on unknown types."""
    params = dict(params or {})
    unknown = sorted(set(params) - ROPE_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown rope keys {unknown}")
    kind = params.get("rope_type", params.get("type", "default"))
    if kind not in ROPE_TYPES:
        raise ConfigError(f"{where}: rope_type {kind!r} is not served (served: {', '.join(ROPE_TYPES)})")
    if params.get("partial_rotary_factor", 1.0) != 1.0:
        raise ConfigError(f"{where}: partial_rotary_factor={params['partial_rotary_factor']} is not served")
    theta = params.get("rope_theta", theta)
    if theta is None:
        raise ConfigError(f"{where}: no rope_theta")
    if kind == "dynamic":
        # NTK scaling only changes the base past max_position_embeddings, and a graph's
        # capacity never exceeds that, so inside it this is the plain rotation.
        return Rope(rope_theta=float(theta))
    rope = Rope(rope_theta=float(theta), rope_type=kind)
    if kind in ("linear", "llama3"):
        rope = replace(rope, factor=float(params["factor"]))
    if kind == "llama3":
        rope = replace(
            rope,
            low_freq_factor=float(params["low_freq_factor"]),
            high_freq_factor=float(params["high_freq_factor"]),
            original_max_position_embeddings=int(params["original_max_position_embeddings"]),
        )
    return rope


# ---------------------------------------------------------------------------
# The features


NORM_PLACEMENTS = {
    # seam -> HF norm module name; a missing seam is the identity
    "pre": {"attn_in": "input_layernorm", "mlp_in": "post_attention_layernorm"},
    "sandwich": {"attn_in": "input_layernorm", "attn_out": "post_attention_layernorm",
                 "mlp_in": "pre_feedforward_layernorm", "mlp_out": "post_feedforward_layernorm"},
    "post": {"attn_out": "post_attention_layernorm", "mlp_out": "post_feedforward_layernorm"},
}  # fmt: skip

ACTIVATIONS = {"silu": "silu", "swish": "silu", "gelu_pytorch_tanh": "gelu_tanh"}
LAYER_TYPES = ("full_attention", "sliding_attention")
DTYPES = {"float32": "f32", "bfloat16": "bf16", "float16": "f16"}


@dataclass(frozen=True)
class ModelConfig:
    model_type: str
    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    num_key_value_heads: int
    head_dim: int
    rms_norm_eps: float
    max_position_embeddings: int
    tie_word_embeddings: bool
    dtype: str = "f32"  # storage dtype of the checkpoint
    hidden_act: str = "silu"  # "silu" (SwiGLU) or "gelu_tanh" (GeGLU)
    attention_bias: bool = False  # q/k/v projections carry a bias
    norm_placement: str = "pre"
    norm_weight_offset: float = 0.0  # Gemma: x * (1 + w)
    qk_norm: str | None = None  # "head" (per head, [head_dim]) or "full" (whole projection)
    embed_scale: bool = False  # Gemma: embeddings * sqrt(hidden_size)
    query_pre_attn_scalar: float | None = None  # softmax scale 1/sqrt(this), else 1/sqrt(head_dim)
    attn_logit_softcapping: float | None = None
    final_logit_softcapping: float | None = None
    sliding_window: int | None = None
    layer_types: tuple[str, ...] = ()  # per layer, "full_attention" or "sliding_attention"
    ropes: tuple[Rope | None, ...] = ()  # per layer; None = NoPE
    weight_names: str = "llama"
    skip_tensor_prefixes: tuple[str, ...] = ()  # known extra tensors (e.g. MTP heads) not used by the forward
    bos_token_id: int | None = None
    eos_token_ids: tuple[int, ...] = ()

    @property
    def kv_groups(self) -> int:
        return self.num_attention_heads // self.num_key_value_heads


@dataclass(frozen=True)
class Family:
    """A family's delta from Llama, plus the extra config keys its HF class reads."""

    keys: frozenset = frozenset()
    attention_bias: bool | None = None  # None: read `attention_bias`/`qkv_bias`
    norm_placement: str = "pre"
    norm_weight_offset: float = 0.0
    qk_norm: str | None = None
    embed_scale: bool = False
    activation_key: str = "hidden_act"
    activation_aliases: dict = field(default_factory=dict)
    tie_default: bool = False
    sliding_default: str | None = None  # "alternate": Gemma2's sliding/full alternation
    local_rope_key: str | None = None  # Gemma3: rope_local_base_freq for sliding layers
    weight_names: str = "llama"
    skip_tensor_prefixes: tuple[str, ...] = ()


QWEN_KEYS = frozenset({"use_sliding_window", "sliding_window", "max_window_layers", "layer_types"})
GEMMA_KEYS = frozenset({"hidden_activation", "use_bidirectional_attention", "attention_bias"})
GEMMA2_KEYS = GEMMA_KEYS | {"query_pre_attn_scalar", "sliding_window", "layer_types", "attn_logit_softcapping",
                            "final_logit_softcapping", "cache_implementation"}  # fmt: skip
LLAMA_KEYS = frozenset({"attention_bias", "mlp_bias", "pretraining_tp"})
GEMMA_NORMS = dict(norm_weight_offset=1.0, embed_scale=True, tie_default=True)

FAMILIES: dict[str, Family] = {
    "llama": Family(keys=LLAMA_KEYS | {"rope_interleaved", "is_llama_config"}),
    "qwen2": Family(keys=QWEN_KEYS, attention_bias=True),
    "gemma2": Family(keys=GEMMA2_KEYS, norm_placement="sandwich", activation_key="hidden_activation",
                     sliding_default="alternate", **GEMMA_NORMS),
    # Seed-OSS: Llama math with q/k/v bias from `attention_bias`
    "seed_oss": Family(keys=LLAMA_KEYS | {"attention_out_bias", "residual_dropout"}),
    # MiMo: Qwen2 plus multi-token-prediction layers that a causal-LM forward ignores
    "mimo": Family(keys=QWEN_KEYS | {"num_nextn_predict_layers", "use_mrope", "attention_bias"},
                   attention_bias=True, skip_tensor_prefixes=("model.mtp_layers.",)),
    # InternLM3: Llama math; `qkv_bias` for q/k/v, `bias` for the output projection
    "internlm3": Family(keys=LLAMA_KEYS | {"qkv_bias", "bias"}),
    # ExaOne 3.x: Llama math under GPT-2 style keys and tensor names
    "exaone": Family(keys=LLAMA_KEYS | {"num_layers", "layer_norm_epsilon", "activation_function", "embed_dropout"},
                     weight_names="exaone"),
    "qwen3": Family(keys=QWEN_KEYS | {"attention_bias"}, qk_norm="head"),
    "gemma": Family(keys=GEMMA_KEYS, activation_aliases={"gelu": "gelu_pytorch_tanh"}, **GEMMA_NORMS),
    "gemma3_text": Family(keys=GEMMA2_KEYS | {"sliding_window_pattern", "_sliding_window_pattern",
                                             "rope_local_base_freq"},
                          norm_placement="sandwich", qk_norm="head", activation_key="hidden_activation",
                          local_rope_key="rope_local_base_freq", **GEMMA_NORMS),  # fmt: skip
    "smollm3": Family(keys=LLAMA_KEYS | QWEN_KEYS | {"no_rope_layers", "no_rope_layer_interval"}),
    "olmo2": Family(keys=frozenset({"attention_bias"}), norm_placement="post", qk_norm="full"),
    "olmo3": Family(keys=frozenset({"attention_bias", "sliding_window", "layer_types"}),
                    norm_placement="post", qk_norm="full"),
}

BASE_KEYS = {
    "model_type", "vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers",
    "num_attention_heads", "num_key_value_heads", "head_dim", "rms_norm_eps", "max_position_embeddings",
    "tie_word_embeddings", "hidden_act", "rope_theta", "rope_scaling", "rope_parameters",
    "torch_dtype", "dtype", "bos_token_id", "eos_token_id",
}  # fmt: skip
# Keys with no effect on the forward math of a causal LM at inference.
IGNORED_KEYS = {
    "architectures", "transformers_version", "_name_or_path", "_model_name_or_path", "unk_token_id", "initializer_range", "use_cache",
    "pad_token_id", "attention_dropout", "embd_pdrop", "resid_pdrop", "output_hidden_states",
    "output_attentions", "return_dict", "chunk_size_feed_forward", "is_encoder_decoder", "id2label",
    "label2id", "problem_type", "auto_map", "tokenizer_class", "transformers.js_config",
    "tie_encoder_decoder", "torchscript", "_attn_implementation_autoset",
}  # fmt: skip
# Keys a family reads whose non-default values change the math in ways not served yet.
SERVED_VALUES = {
    "mlp_bias": (False, None),
    "attention_out_bias": (False, None),
    "bias": (False, None),  # InternLM3's output-projection bias
    "rope_interleaved": (False, None),  # GPT-J style RoPE
    "use_mrope": (False, None),
    "use_bidirectional_attention": (False, None),
    "is_llama_config": (True, False, None),
}


def load_dict(src: Any) -> tuple[dict, str]:
    if isinstance(src, dict):
        return src, "config"
    path = Path(src)
    if path.is_dir():
        path = path / "config.json"
    try:
        text = path.read_text()
    except OSError as e:
        raise ConfigError(f"cannot read {path}: {e.strerror}") from None
    try:
        d = json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(f"{path}: malformed JSON: {e}") from None
    if not isinstance(d, dict):
        raise ConfigError(f"{path}: expected a JSON object")
    return d, str(path)


def load_config(src: Any) -> ModelConfig:
    """Parse a config.json (a path, a checkpoint directory, or a dict)."""
    d, where = load_dict(src)
    model_type = d.get("model_type")
    if model_type not in FAMILIES:
        raise ConfigError(f"{where}: model_type {model_type!r} is not supported; supported: {', '.join(FAMILIES)}")
    fam = FAMILIES[model_type]
    unknown = sorted(set(d) - BASE_KEYS - IGNORED_KEYS - fam.keys)
    if unknown:
        raise ConfigError(f"{where}: config keys {unknown} are not served for model_type {model_type!r}")
    for key, ok in SERVED_VALUES.items():
        if key in d and d[key] not in ok:
            raise ConfigError(f"{where}: {key}={d[key]!r} is not served (served: {ok})")

    def get(key, *aliases, default=...):
        for k in (key, *aliases):
            if k in d and d[k] is not None:
                return d[k]
        if default is ...:
            raise ConfigError(f"{where}: missing required key {key!r}")
        return default

    def positive_int(key, *aliases, default=...):
        v = get(key, *aliases, default=default)
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            raise ConfigError(f"{where}: {key}={v!r} must be a positive integer")
        return v

    hidden = positive_int("hidden_size")
    heads = positive_int("num_attention_heads")
    kv_heads = positive_int("num_key_value_heads", default=heads)
    if heads % kv_heads:
        raise ConfigError(f"{where}: num_attention_heads={heads} is not a multiple of num_key_value_heads={kv_heads}")
    if "head_dim" in d and d["head_dim"] is not None:
        head_dim = positive_int("head_dim")
    elif hidden % heads:
        raise ConfigError(f"{where}: no head_dim and hidden_size={hidden} is not a multiple of heads={heads}")
    else:
        head_dim = hidden // heads
    layers = positive_int("num_hidden_layers", "num_layers")

    act = get(fam.activation_key, "activation_function", "hidden_act", default="silu")
    act = fam.activation_aliases.get(act, act)
    if act not in ACTIVATIONS:
        raise ConfigError(f"{where}: {fam.activation_key}={act!r} is not served (served: {', '.join(ACTIVATIONS)})")

    if fam.attention_bias is not None:
        qkv_bias = fam.attention_bias
    else:
        qkv_bias = bool(get("qkv_bias", "attention_bias", default=False))

    dtype_name = get("dtype", "torch_dtype", default="float32")
    if dtype_name not in DTYPES:
        raise ConfigError(f"{where}: dtype {dtype_name!r} is not served (served: {', '.join(DTYPES)})")

    layer_types, window = _layer_types(d, fam, layers, where)
    ropes = _ropes(d, fam, layer_types, where)
    softcap = {k: d.get(k) for k in ("attn_logit_softcapping", "final_logit_softcapping") if k in fam.keys}
    eos = get("eos_token_id", default=())
    return ModelConfig(
        model_type=model_type,
        vocab_size=positive_int("vocab_size"),
        hidden_size=hidden,
        intermediate_size=positive_int("intermediate_size"),
        num_hidden_layers=layers,
        num_attention_heads=heads,
        num_key_value_heads=kv_heads,
        head_dim=head_dim,
        rms_norm_eps=float(get("rms_norm_eps", "layer_norm_epsilon")),
        max_position_embeddings=positive_int("max_position_embeddings"),
        tie_word_embeddings=bool(get("tie_word_embeddings", default=fam.tie_default)),
        dtype=DTYPES[dtype_name],
        hidden_act=ACTIVATIONS[act],
        attention_bias=qkv_bias,
        norm_placement=fam.norm_placement,
        norm_weight_offset=fam.norm_weight_offset,
        qk_norm=fam.qk_norm,
        embed_scale=fam.embed_scale,
        query_pre_attn_scalar=float(d["query_pre_attn_scalar"]) if d.get("query_pre_attn_scalar") else None,
        attn_logit_softcapping=softcap.get("attn_logit_softcapping"),
        final_logit_softcapping=softcap.get("final_logit_softcapping"),
        sliding_window=window,
        layer_types=layer_types,
        ropes=ropes,
        weight_names=fam.weight_names,
        skip_tensor_prefixes=fam.skip_tensor_prefixes,
        bos_token_id=d.get("bos_token_id"),
        eos_token_ids=tuple(eos) if isinstance(eos, list) else (eos,),
    )


def _layer_types(d: dict, fam: Family, layers: int, where: str) -> tuple[tuple[str, ...], int | None]:
    """Per-layer attention type from `layer_types`, a pattern, or the family's default."""
    window = d.get("sliding_window") if "sliding_window" in fam.keys else None
    if d.get("use_sliding_window") is False:
        window = None  # Qwen2/MiMo: global attention even when sliding_window is set
    if "layer_types" in d and d["layer_types"] is not None:
        types = tuple(d["layer_types"])
        if len(types) != layers or set(types) - set(LAYER_TYPES):
            raise ConfigError(f"{where}: layer_types must list {layers} of {LAYER_TYPES}, got {types}")
        if d.get("use_sliding_window") is False:
            types = ("full_attention",) * layers
    elif window is not None and (pattern := d.get("sliding_window_pattern", d.get("_sliding_window_pattern"))):
        types = tuple("full_attention" if (i + 1) % pattern == 0 else "sliding_attention" for i in range(layers))
    elif window is not None and fam.sliding_default == "alternate":
        types = tuple("sliding_attention" if i % 2 == 0 else "full_attention" for i in range(layers))
    elif window is not None and d.get("use_sliding_window"):
        raise ConfigError(f"{where}: use_sliding_window=true without layer_types is not served")
    else:
        types = ("full_attention",) * layers
    if "sliding_attention" not in types:
        window = None
    elif not isinstance(window, int) or window <= 0:
        raise ConfigError(f"{where}: sliding layers need a positive sliding_window, got {window!r}")
    return types, window


def _ropes(d: dict, fam: Family, layer_types: tuple[str, ...], where: str) -> tuple[Rope | None, ...]:
    params = d.get("rope_parameters")
    theta = d.get("rope_theta")
    if params is not None and ("rope_scaling" in d and d["rope_scaling"] is not None):
        raise ConfigError(f"{where}: both rope_parameters and rope_scaling are given")
    if params is not None and set(params) <= set(LAYER_TYPES):
        by_type = {t: rope_spec(p, theta, f"{where}: rope_parameters[{t}]") for t, p in params.items()}
    else:
        main = rope_spec(params if params is not None else d.get("rope_scaling"), theta, where)
        by_type = {"full_attention": main, "sliding_attention": main}
        if fam.local_rope_key:
            by_type["sliding_attention"] = Rope(rope_theta=float(d.get(fam.local_rope_key, 10000.0)))
    missing = sorted(set(layer_types) - set(by_type))
    if missing:
        raise ConfigError(f"{where}: rope_parameters has no entry for layer types {missing}")
    uses_rope = d.get("no_rope_layers")
    if uses_rope is None:  # SmolLM3 without the list: every interval-th layer is NoPE
        interval = d.get("no_rope_layer_interval")
        uses_rope = [int((i + 1) % interval != 0) if interval else 1 for i in range(len(layer_types))]
    if len(uses_rope) != len(layer_types):
        raise ConfigError(f"{where}: no_rope_layers must have {len(layer_types)} entries")
    return tuple(by_type[t] if use else None for t, use in zip(layer_types, uses_rope))
