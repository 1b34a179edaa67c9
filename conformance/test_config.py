"""config.json parsing: real published configs, both RoPE spellings, and clear rejections."""

import json

import numpy as np
import pytest

from emitter.config import BASE_KEYS, FAMILIES, ConfigError, Rope, load_config

from .registry import CASES, FIXTURES

pytestmark = pytest.mark.fast

F, S = "full_attention", "sliding_attention"

# fixture -> features it must parse to (only the fields that distinguish it)
EXPECTED = {
    "llama__Llama-3.2-1B.json": dict(
        num_hidden_layers=16, num_attention_heads=32, num_key_value_heads=8, head_dim=64, tie_word_embeddings=True,
        dtype="bf16", rope0=Rope(500000.0, "llama3", 32.0, 1.0, 4.0, 8192), eos_token_ids=(128001,)),
    "llama__Llama-3.2-1B-Instruct.json": dict(head_dim=64, rope0=Rope(500000.0, "llama3", 32.0, 1.0, 4.0, 8192)),
    "llama__Llama-3.2-3B.json": dict(num_hidden_layers=28, head_dim=128, num_key_value_heads=8),
    "llama__SmolLM2-135M-Instruct.json": dict(num_hidden_layers=30, num_attention_heads=9, num_key_value_heads=3,
                                              head_dim=64, tie_word_embeddings=True, rope0=Rope(100000.0)),
    "qwen2__Qwen2.5-0.5B-Instruct.json": dict(attention_bias=True, sliding_window=None, tie_word_embeddings=True,
                                              num_key_value_heads=2, head_dim=64, rope0=Rope(1000000.0)),
    "mimo__MiMo-7B-github-repo.json": dict(attention_bias=True, sliding_window=None, head_dim=128,
                                           skip_tensor_prefixes=("model.mtp_layers.",)),
    "internlm3__internlm3-8b-instruct.json": dict(attention_bias=False, head_dim=128, rope0=Rope(50000000.0)),
    "qwen3__Qwen3-0.6B.json": dict(qk_norm="head", head_dim=128, hidden_size=1024, attention_bias=False),
    "gemma__gemma-2b.json": dict(hidden_act="gelu_tanh", norm_weight_offset=1.0, embed_scale=True,
                                 tie_word_embeddings=True, num_key_value_heads=1, head_dim=256),
    "gemma2__gemma-2-2b.json": dict(norm_placement="sandwich", attn_logit_softcapping=50.0,
                                    final_logit_softcapping=30.0, query_pre_attn_scalar=256.0, sliding_window=4096,
                                    layer_types=(S, F) * 13, hidden_act="gelu_tanh"),
    "gemma3_text__gemma-3-270m.json": dict(qk_norm="head", sliding_window=512, layer_types=((S,) * 5 + (F,)) * 3,
                                           rope0=Rope(10000.0), rope5=Rope(1000000.0), attn_logit_softcapping=None,
                                           vocab_size=262144, head_dim=256),
    "gemma3_text__gemma-3-1b-it.json": dict(qk_norm="head", sliding_window=512, rope0=Rope(10000.0),
                                            rope5=Rope(1000000.0)),
    "smollm3__SmolLM3-3B.json": dict(sliding_window=None, rope0=Rope(5000000.0), rope3=None, rope4=Rope(5000000.0)),
    "olmo2__OLMo-2-1124-7B-Instruct.json": dict(norm_placement="post", qk_norm="full", rope0=Rope(500000.0)),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_config_parses_to_expected_features(name):
    cfg = load_config(FIXTURES / name)
    for field, want in EXPECTED[name].items():
        got = cfg.ropes[int(field[4:])] if field.startswith("rope") else getattr(cfg, field)
        assert got == want, f"{name}: {field} = {got!r}, expected {want!r}"


def test_every_family_fixture_is_covered():
    used = {c.config for c in CASES if c.config}
    assert used <= set(EXPECTED), f"fixtures without expected features: {used - set(EXPECTED)}"


def test_legacy_and_new_rope_keys_agree():
    legacy = json.loads((FIXTURES / "llama__Llama-3.2-1B.json").read_text())
    new = {k: v for k, v in legacy.items() if k not in ("rope_theta", "rope_scaling", "torch_dtype")}
    scaling = dict(legacy["rope_scaling"])
    scaling["type"] = scaling.pop("rope_type")
    new |= {"rope_parameters": scaling | {"rope_theta": legacy["rope_theta"]}, "dtype": "bfloat16"}
    assert load_config(new) == load_config(legacy)


def test_per_layer_type_rope_parameters():
    d = json.loads((FIXTURES / "gemma3_text__gemma-3-270m.json").read_text())
    for k in ("rope_theta", "rope_local_base_freq", "rope_scaling"):
        d.pop(k)
    d["rope_parameters"] = {S: {"rope_type": "default", "rope_theta": 10000.0},
                            F: {"rope_type": "linear", "factor": 8.0, "rope_theta": 1e6}}  # fmt: skip
    cfg = load_config(d)
    assert cfg.ropes[0] == Rope(10000.0) and cfg.ropes[5] == Rope(1e6, "linear", 8.0)


def test_llama3_inv_freq_matches_transformers():
    torch = pytest.importorskip("torch")
    from transformers import LlamaConfig
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS

    d = json.loads((FIXTURES / "llama__Llama-3.2-1B.json").read_text())
    hf, _ = ROPE_INIT_FUNCTIONS["llama3"](LlamaConfig(**d), torch.device("cpu"))
    ours = load_config(d).ropes[0].inv_freq(64)
    np.testing.assert_allclose(ours, hf.numpy(), rtol=1e-6)


def test_dynamic_rope_is_plain_inside_the_context():
    cfg = load_config(FIXTURES / "internlm3__internlm3-8b-instruct.json")
    assert cfg.ropes[0].rope_type == "default"  # NTK only rescales past max_position_embeddings


def base(**delta):
    """SmolLM2's config reduced to the keys every family reads."""
    d = json.loads((FIXTURES / "llama__SmolLM2-135M-Instruct.json").read_text())
    return {k: v for k, v in d.items() if k in BASE_KEYS} | delta


REJECTED = {
    "unknown family": (json.loads((FIXTURES / "mistral__Mistral-7B-v0.3.json").read_text()), "'mistral' is not supported"),
    "fused qkv (phi3)": (json.loads((FIXTURES / "phi3__Phi-3-mini-4k-instruct.json").read_text()), "'phi3'"),
    "internlm2 fused wqkv": (base(model_type="internlm2"), "'internlm2' is not supported"),
    "ernie interleaved rope": (base(model_type="ernie4_5"), "'ernie4_5' is not supported"),
    "interleaved rope flag": (base(rope_interleaved=True), "rope_interleaved=True"),
    "yarn": (base(rope_scaling={"rope_type": "yarn", "factor": 4.0}), "rope_type 'yarn'"),
    "longrope": (base(rope_scaling={"type": "longrope", "factor": 4.0}), "rope_type 'longrope'"),
    "mlp bias": (base(mlp_bias=True), "mlp_bias=True"),
    "attention output bias": (base(model_type="seed_oss", attention_out_bias=True), "attention_out_bias=True"),
    "internlm3 output bias": (base(model_type="internlm3", bias=True), "bias=True"),
    "activation": (base(hidden_act="relu"), "hidden_act='relu'"),
    "unknown key": (base(use_qk_norm=True), "['use_qk_norm']"),
    "key of another family": (base(query_pre_attn_scalar=64), "['query_pre_attn_scalar']"),
    "partial rotary": (base(rope_scaling={"rope_type": "default", "partial_rotary_factor": 0.5}), "partial_rotary"),
    "bad gqa": (base(num_key_value_heads=4), "not a multiple"),
    "bad dtype": (base(torch_dtype="float8"), "dtype 'float8'"),
    "missing key": ({k: v for k, v in base().items() if k != "vocab_size"}, "'vocab_size'"),
    "layer_types length": (base(model_type="qwen2", layer_types=[F] * 3), "layer_types must list 30"),
    "bidirectional": (base(model_type="gemma", use_bidirectional_attention=True), "use_bidirectional_attention"),
}


@pytest.mark.parametrize("case", sorted(REJECTED))
def test_out_of_scope_config_is_rejected_by_name(case):
    d, message = REJECTED[case]
    with pytest.raises(ConfigError, match=None) as e:
        load_config(d)
    assert message in str(e.value), f"error does not name the problem: {e.value}"


def test_malformed_json_names_the_file(tmp_path):
    (tmp_path / "config.json").write_text("{not json")
    with pytest.raises(ConfigError, match="malformed JSON"):
        load_config(tmp_path)


def test_unknown_model_type_lists_supported():
    with pytest.raises(ConfigError) as e:
        load_config(base(model_type="nope"))
    assert all(f in str(e.value) for f in FAMILIES)
