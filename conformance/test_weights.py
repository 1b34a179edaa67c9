"""Checkpoint alignment: exactly the tensors the graph needs, every problem in one error."""

import json

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file

from emitter.config import load_config
from emitter.weights import WeightError, align, expected_tensors

from .registry import BY_FAMILY

pytestmark = pytest.mark.fast


def write_checkpoint(path, tiny: dict, drop=(), extra=None, reshape=None):
    cfg = load_config(tiny)
    tensors = {n: np.zeros(s, np.float32) for n, s in expected_tensors(cfg).items() if n not in drop}
    for name, shape in (reshape or {}).items():
        tensors[name] = np.zeros(shape, np.float32)
    tensors |= extra or {}
    path.mkdir(exist_ok=True)
    (path / "config.json").write_text(json.dumps(tiny))
    save_file(tensors, path / "model.safetensors")
    return cfg


@pytest.fixture
def tiny():
    return BY_FAMILY["qwen2"].tiny() | {"tie_word_embeddings": False}


def test_complete_checkpoint_aligns(tmp_path, tiny):
    cfg = write_checkpoint(tmp_path, tiny)
    assert list(align(cfg, tmp_path)) == list(expected_tensors(cfg))


def test_all_problems_are_listed_together(tmp_path, tiny):
    q = "model.layers.0.self_attn.q_proj.weight"
    h = tiny["hidden_size"]
    cfg = write_checkpoint(tmp_path, tiny, drop=["lm_head.weight"],
                           extra={"model.layers.0.self_attn.o_proj.bias": np.zeros(h, np.float32)},
                           reshape={q: (47, h)})  # fmt: skip
    with pytest.raises(WeightError) as e:
        align(cfg, tmp_path)
    msg = str(e.value)
    assert f"missing lm_head.weight [97, {h}]" in msg
    assert "unexpected model.layers.0.self_attn.o_proj.bias" in msg
    assert f"{q}: shape [47, {h}], config needs [{expected_tensors(cfg)[q][0]}, {h}]" in msg


def test_known_extra_tensors_are_skipped(tmp_path):
    tiny = BY_FAMILY["mimo"].tiny()
    cfg = write_checkpoint(tmp_path, tiny, extra={"model.mtp_layers.0.proj.weight": np.zeros((3, 3), np.float32)})
    assert "model.mtp_layers.0.proj.weight" not in align(cfg, tmp_path)


def test_unserved_dtype_is_named(tmp_path, tiny):
    cfg = write_checkpoint(tmp_path, tiny)
    tensors = load_file(tmp_path / "model.safetensors")
    tensors["model.norm.weight"] = tensors["model.norm.weight"].astype(np.float64)
    save_file(tensors, tmp_path / "model.safetensors")
    with pytest.raises(WeightError, match="model.norm.weight: dtype F64"):
        align(cfg, tmp_path)


def test_no_safetensors_is_a_clear_error(tmp_path, tiny):
    with pytest.raises(WeightError, match="no \\*.safetensors"):
        align(load_config(tiny), tmp_path)


def test_corrupt_header_is_a_clear_error(tmp_path, tiny):
    (tmp_path / "model.safetensors").write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00{broken")
    with pytest.raises(WeightError, match="corrupt safetensors header"):
        align(load_config(tiny), tmp_path)


@pytest.mark.xdist_group("llama")
def test_bf16_checkpoint_runs_in_f32(tmp_path, backend):
    """bf16 storage is widened in the graph: logits equal HF fp32 on the same (bf16-rounded) weights."""
    import shutil

    import torch
    from safetensors.torch import load_file as load_torch
    from safetensors.torch import save_file as save_torch

    from emitter.check import BUCKETS, TINY_CONTEXT, hf_logits, parity
    from emitter.runtime import Model

    from .harness import family_oracle, skip_unavailable

    skip_unavailable(backend)
    oracle = family_oracle("llama")
    shutil.copy(oracle["ckpt"] / "config.json", tmp_path / "config.json")
    tensors = {k: v.to(torch.bfloat16) for k, v in load_torch(oracle["ckpt"] / "model.safetensors").items()}
    save_torch(tensors, tmp_path / "model.safetensors")
    hf = oracle["hf"]
    state = {k: v.float() for k, v in tensors.items()}
    rounded = type(hf)(hf.config).eval()
    rounded.load_state_dict(state, strict=False)
    rounded.tie_weights()
    m = Model(tmp_path, backend=backend, capacity=TINY_CONTEXT, buckets=BUCKETS, all_logits=True, argmax=False)
    assert {t.dtype for t in m.tensors.values()} == {"bf16"}
    m.reset()
    result = parity(m.prefill(oracle["ids"], all_logits=True), hf_logits(rounded, oracle["ids"]),
                    hf_logits(rounded, oracle["ids"], torch.float64))  # fmt: skip
    assert result["ok"], result
