"""Limits fail with a clear message before anything compiles."""

import json

import numpy as np
import pytest
from safetensors.numpy import save_file

from emitter.cli import main
from emitter.config import load_config
from emitter.weights import expected_tensors

from .registry import BY_FAMILY

pytestmark = pytest.mark.fast


@pytest.fixture
def tiny_ckpt(tmp_path):
    """A checkpoint with zero weights and a one-entry tokenizer: enough to reach every limit check."""
    from tokenizers import Tokenizer, models, pre_tokenizers

    tiny = BY_FAMILY["llama"].tiny()
    cfg = load_config(tiny)
    save_file({n: np.zeros(s, np.float32) for n, s in expected_tensors(cfg).items()}, tmp_path / "model.safetensors")
    (tmp_path / "config.json").write_text(json.dumps(tiny))
    tok = Tokenizer(models.WordLevel({"a": 5, "[UNK]": 0}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.save(str(tmp_path / "tokenizer.json"))
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    return code, capsys.readouterr().err


def test_prompt_beyond_context_is_refused_before_compiling(tiny_ckpt, capsys):
    code, err = run(capsys, "generate", "--ckpt", str(tiny_ckpt), "--max-new-tokens", "60", "a " * 10)
    assert code == 2 and "max_position_embeddings=64" in err and "10 tokens" in err


def test_explicit_capacity_too_small(tiny_ckpt, capsys):
    code, err = run(capsys, "generate", "--ckpt", str(tiny_ckpt), "--capacity", "8", "--max-new-tokens", "4", "a " * 6)
    assert code == 2 and "--capacity 8" in err


def test_empty_prompt(tiny_ckpt, capsys):
    code, err = run(capsys, "generate", "--ckpt", str(tiny_ckpt), "")
    assert code == 2 and "empty prompt" in err


def test_unknown_checkpoint_name(capsys):
    code, err = run(capsys, "generate", "--ckpt", "no-such-model", "hello")
    assert code == 2 and "no-such-model" in err and "smollm2-135m" in err


def test_unsupported_family_checkpoint(tiny_ckpt, capsys):
    d = json.loads((tiny_ckpt / "config.json").read_text()) | {"model_type": "phi3"}
    (tiny_ckpt / "config.json").write_text(json.dumps(d))
    code, err = run(capsys, "generate", "--ckpt", str(tiny_ckpt), "a")
    assert code == 2 and "'phi3' is not supported" in err


def test_check_rejects_unsupported_config_with_nonzero_exit(capsys, tmp_path):
    (tmp_path / "config.json").write_text(json.dumps(BY_FAMILY["llama"].tiny() | {"rope_scaling": {"rope_type": "yarn", "factor": 2.0}}))
    assert main(["check", str(tmp_path)]) == 1
    assert "rope_type 'yarn'" in capsys.readouterr().out


def test_runtime_refuses_positions_past_capacity(tiny_ckpt):
    from emitter.runtime import LimitError, Model

    m = Model.__new__(Model)  # the limit checks need no compiled graph
    m.capacity, m.cfg = 16, load_config(tiny_ckpt)
    with pytest.raises(LimitError, match="exceed the context capacity 16"):
        m.check_room(10, 7)
    with pytest.raises(LimitError, match="empty prompt"):
        m.check_room(0, 0)
