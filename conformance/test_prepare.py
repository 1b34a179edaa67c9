"""Fast tests for emitter.prepare; no torch/transformers and no GGUF packages needed.

The real conversion (`_convert`) is replaced by a stub that writes tiny files, and
`_locate` by one returning chunk files made in tmp_path.
"""

import hashlib
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from emitter import prepare as P

pytestmark = pytest.mark.fast

CHUNKS = [b"GGUF-part-zero|", b"part-one|", b"part-two"]
GOOD_SHA = hashlib.sha256(b"".join(CHUNKS)).hexdigest()


def fake_source(sha=GOOD_SHA, model_type="fake"):
    return P.Source(packages=("fake-pkg",), files=(("fake-pkg", "x"),), sha256=sha, model_type=model_type)


@pytest.fixture
def fake(tmp_path, monkeypatch):
    """Register checkpoint 'fake' backed by chunk files; count conversions."""
    monkeypatch.setenv("EMITTER_CACHE", str(tmp_path / "cache"))
    paths = []
    for i, data in enumerate(CHUNKS):
        paths.append(tmp_path / f"chunk{i}")
        paths[-1].write_bytes(data)
    calls = []

    def convert(gguf, dest, progress):
        calls.append(gguf.read_bytes())
        (dest / "config.json").write_text(json.dumps({"model_type": "fake"}))
        (dest / "model.safetensors").write_bytes(b"\0" * 64)

    monkeypatch.setitem(P.CHECKPOINTS, "fake", fake_source())
    monkeypatch.setattr(P, "_locate", lambda source: list(paths))
    monkeypatch.setattr(P, "_convert", convert)
    return calls


def leftovers(parent):
    return sorted(p.name for p in parent.iterdir() if ".tmp-" in p.name) if parent.exists() else []


def test_cache_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("EMITTER_CACHE", str(tmp_path / "a"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert P.cache_dir() == tmp_path / "a"
    monkeypatch.delenv("EMITTER_CACHE")
    assert P.cache_dir() == tmp_path / "x" / "emitter"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert P.cache_dir() == Path.home() / ".cache" / "emitter"


def test_known_checkpoints():
    assert P.CHECKPOINTS["smollm2-135m"].model_type == "llama"
    gemma = P.CHECKPOINTS["gemma3-270m"]
    assert gemma.model_type == "gemma3_text" and len(gemma.files) == 4
    assert gemma.sha256 == "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"
    assert [rel.rsplit(".", 1)[1] for _, rel in gemma.files] == ["part00", "part01", "part02", "part03"]


def test_unknown_name_lists_known_names(tmp_path):
    for call in (P.prepare, P.resolve_checkpoint):
        with pytest.raises(ValueError) as err:
            call("no-such-model")
        assert "smollm2-135m" in str(err.value) and "gemma3-270m" in str(err.value)


def test_resolve_existing_directory(tmp_path):
    assert P.resolve_checkpoint(str(tmp_path)) == tmp_path


def test_build_then_cache_hit(fake, tmp_path, capsys):
    out = P.prepare("fake")
    assert out == tmp_path / "cache" / "checkpoints" / "fake"
    assert fake == [b"".join(CHUNKS)]           # converter saw the concatenated bytes
    assert "fake" in capsys.readouterr().err    # progress lines on stderr
    manifest = json.loads((out / P.MARKER).read_text())
    assert manifest["files"]["model.safetensors"] == {"size": 64, "sha256": hashlib.sha256(b"\0" * 64).hexdigest()}
    assert not (out / "_gguf").exists() and leftovers(out.parent) == []
    start = time.perf_counter()
    assert P.prepare("fake", progress=False) == out
    assert time.perf_counter() - start < 0.1
    assert len(fake) == 1                       # no second conversion
    assert capsys.readouterr().err == ""


def test_cache_hit_imports_nothing_heavy(fake, tmp_path):
    out = P.prepare("fake", progress=False)
    script = textwrap.dedent(f"""
        import sys, time
        from emitter import prepare as P
        P.CHECKPOINTS["fake"] = P.Source(("fake-pkg",), (("fake-pkg", "x"),), {GOOD_SHA!r}, "fake")
        t = time.perf_counter()
        out = P.prepare("fake", progress=False)
        dt = time.perf_counter() - t
        assert str(out) == {str(out)!r}, out
        assert dt < 0.1, dt
        assert "torch" not in sys.modules and "transformers" not in sys.modules
    """)
    root = Path(P.__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(root))
    subprocess.run([sys.executable, "-c", script], check=True, env=env, cwd=tmp_path)


def test_checksum_refusal_leaves_nothing(fake, tmp_path, monkeypatch):
    monkeypatch.setitem(P.CHECKPOINTS, "fake", fake_source(sha="0" * 64))
    out = tmp_path / "out" / "fake"
    with pytest.raises(P.PrepareError) as err:
        P.prepare("fake", out, progress=False)
    msg = str(err.value)
    assert "0" * 64 in msg and GOOD_SHA in msg and "chunk0" in msg
    assert fake == []                           # never converted
    assert not out.exists() and leftovers(out.parent) == []


def test_missing_package_says_what_to_install():
    source = P.Source(packages=("no-such-dist-abc", "no-such-dist-def"),
                      files=(("no-such-dist-abc", "a.gguf"),), sha256=None, model_type="x")
    with pytest.raises(P.PrepareError, match=r"pip install no-such-dist-abc no-such-dist-def") as err:
        P._locate(source)
    assert ".[models]" in str(err.value)


def test_missing_chunk_names_file():
    source = P.Source(packages=("pytest",), files=(("pytest", "pytest/missing.gguf.part00"),),
                      sha256=None, model_type="x")
    with pytest.raises(P.PrepareError, match=r"missing\.gguf\.part00.*pytest"):
        P._locate(source)


def test_crash_during_conversion_is_atomic(fake, tmp_path, monkeypatch):
    def broken(gguf, dest, progress):
        (dest / "model.safetensors").write_bytes(b"partial")
        raise KeyboardInterrupt

    out = tmp_path / "out" / "fake"
    with monkeypatch.context() as m:
        m.setattr(P, "_convert", broken)
        with pytest.raises(KeyboardInterrupt):
            P.prepare("fake", out, progress=False)
    assert not out.exists() and leftovers(out.parent) == []
    # A hard crash (no cleanup) leaves only a .tmp- sibling; the next build removes it.
    (out.parent / ".fake.tmp-dead").mkdir()
    (out.parent / ".fake.tmp-dead" / "config.json").write_text("{}")
    assert P.prepare("fake", out, progress=False) == out
    assert leftovers(out.parent) == [] and len(fake) == 1


def test_wrong_model_type_refused(fake, tmp_path, monkeypatch):
    monkeypatch.setitem(P.CHECKPOINTS, "fake", fake_source(model_type="llama"))
    out = tmp_path / "out" / "fake"
    with pytest.raises(P.PrepareError, match="model_type"):
        P.prepare("fake", out, progress=False)
    assert not out.exists() and leftovers(out.parent) == []


def test_damaged_or_foreign_directory(fake, tmp_path):
    out = P.prepare("fake", progress=False)
    (out / "model.safetensors").write_bytes(b"truncated")   # size no longer matches manifest
    assert P.prepare("fake", progress=False) == out and len(fake) == 2
    assert (out / "model.safetensors").stat().st_size == 64
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    with pytest.raises(P.PrepareError, match="refusing"):
        P.prepare("fake", foreign, progress=False)
    assert (foreign / "notes.txt").read_text() == "keep me"


def test_concurrent_preparers_build_once(fake, tmp_path, monkeypatch):
    convert = P._convert

    def slow(gguf, dest, progress):
        time.sleep(0.3)
        convert(gguf, dest, progress)

    monkeypatch.setattr(P, "_convert", slow)
    results, errors = [], []

    def worker():
        try:
            results.append(P.prepare("fake", progress=False))
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(set(results)) == 1 and len(fake) == 1
