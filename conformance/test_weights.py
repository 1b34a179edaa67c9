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


def rounded(tensors: dict, dtype, matrices_only: bool) -> dict:
    """Torch tensors rounded through `dtype` (all, or the 2-D ones) and back to f32."""
    return {k: v.to(dtype).float() if v.dim() == 2 or not matrices_only else v.float() for k, v in tensors.items()}


@pytest.mark.xdist_group("llama")
@pytest.mark.parametrize("storage", ["bf16-checkpoint", "narrow-bf16", "narrow-f16"])
def test_narrow_storage_is_the_model_on_rounded_weights(tmp_path, backend, storage):
    """bf16 / f16 storage is widened in the graph: logits equal HF fp32 on the same rounded
    weights, whether the checkpoint is stored narrow or `weights=` narrows an f32 one (then
    the vectors, norms and biases, stay f32)."""
    import shutil

    import torch
    from safetensors.torch import load_file as load_torch
    from safetensors.torch import save_file as save_torch

    from emitter.check import BUCKETS, TINY_CONTEXT, hf_logits, parity
    from emitter.runtime import Model

    from .harness import family_oracle, skip_unavailable

    skip_unavailable(backend)
    oracle = family_oracle("llama")
    f32 = load_torch(oracle["ckpt"] / "model.safetensors")
    if storage == "bf16-checkpoint":
        shutil.copy(oracle["ckpt"] / "config.json", tmp_path / "config.json")
        save_torch({k: v.to(torch.bfloat16) for k, v in f32.items()}, tmp_path / "model.safetensors")
        ckpt, weights, state = tmp_path, None, rounded(f32, torch.bfloat16, matrices_only=False)
    else:
        weights = storage.split("-")[1]
        ckpt, state = oracle["ckpt"], rounded(f32, {"bf16": torch.bfloat16, "f16": torch.float16}[weights], True)
    m = Model(ckpt, backend=backend, capacity=TINY_CONTEXT, buckets=BUCKETS, all_logits=True, argmax=False,
              weights=weights)  # fmt: skip
    dtypes = {len(t.shape): t.dtype for t in m.tensors.values()}
    assert dtypes == ({1: "bf16", 2: "bf16"} if weights is None else {1: "f32", 2: weights}), dtypes
    hf = oracle["hf"]
    hf_rounded = type(hf)(hf.config).eval()
    hf_rounded.load_state_dict(state, strict=False)
    hf_rounded.tie_weights()
    m.reset()
    ids = oracle["ids"]
    ours = m.prefill(ids, all_logits=True)
    result = parity(ours, hf_logits(hf_rounded, ids), hf_logits(hf_rounded, ids, torch.float64))
    assert result["ok"], result
    # teeth: the rounding is visible, so matching the rounded model is not matching the original
    off = float(np.abs(ours - oracle["ref32"]).max())
    print(f"{storage}: max |d logit| {result['error']:.1e} vs HF on rounded weights, {off:.1e} vs the f32 original")
    assert off > 10 * result["error"], off


def test_staging_aligns_narrows_once_and_names_overflow(tmp_path, tiny):
    from emitter.weights import ALIGN, misaligned_bytes, stage

    cfg = write_checkpoint(tmp_path / "ckpt", tiny)
    tensors = align(cfg, tmp_path / "ckpt")
    src = tmp_path / "ckpt" / "model.safetensors"
    off = misaligned_bytes(src)  # as the safetensors library writes it (8-byte header padding)
    assert off > 0 and stage(tensors, tmp_path / "w", min_bytes=off + 1) == tensors  # below the threshold: as is
    aligned = stage(tensors, tmp_path / "w")
    (copy,) = {t.file for t in aligned.values()}
    odd = sum(a.nbytes for a in load_file(src).values() if a.nbytes % ALIGN)  # these go last
    assert misaligned_bytes(copy) <= odd < off
    raw = copy.read_bytes()
    n = int.from_bytes(raw[:8], "little")
    assert (8 + n) % ALIGN == 0 and json.loads(raw[8 : 8 + n])  # the padded header still parses
    got, want = load_file(copy), load_file(src)  # and the safetensors library reads the copy
    assert set(got) == set(want) and all(np.array_equal(got[k], want[k]) for k in want)
    out = stage(tensors, tmp_path / "w", narrow="f16")
    (path,) = {t.file for t in out.values()}
    stamp = path.stat().st_mtime_ns
    assert stage(tensors, tmp_path / "w", narrow="f16") == out and path.stat().st_mtime_ns == stamp  # written once
    assert {n: t.dtype for n, t in out.items()} == {n: "f16" if len(t.shape) == 2 else "f32" for n, t in tensors.items()}
    big = "model.layers.1.mlp.down_proj.weight"
    arrays = load_file(tmp_path / "ckpt" / "model.safetensors")
    arrays[big][0, 0] = 7e4  # beyond f16's 65504
    save_file(arrays, tmp_path / "ckpt" / "model.safetensors")
    with pytest.raises(WeightError, match=f"{big}: .w. reaches 7e\\+04, beyond f16"):
        stage(align(cfg, tmp_path / "ckpt"), tmp_path / "w2", narrow="f16")
    assert not (tmp_path / "w2").exists() or not list((tmp_path / "w2").iterdir())  # nothing half-written


def test_dropping_resident_pages_keeps_the_data(tmp_path):
    """After IREE packs the matrices, the backend drops the mapped checkpoint's resident pages:
    they leave RSS, read back unchanged, and a written (private) mapping is never touched."""
    import mmap
    from pathlib import Path

    from emitter.backends.iree import drop_resident_pages

    def resident_kb(path):  # Rss of this process's mappings of `path`, from smaps
        kb, inside = 0, False
        for line in Path("/proc/self/smaps").read_text().splitlines():
            if "-" in line.split(" ", 1)[0]:
                inside = line.rstrip().endswith(str(path))
            elif inside and line.startswith("Rss:"):
                kb += int(line.split()[1])
        return kb

    data = np.random.default_rng(0).integers(0, 255, 8 << 20, dtype=np.uint8)
    ro, rw = tmp_path / "ro.bin", tmp_path / "rw.bin"
    for path in (ro, rw):
        path.write_bytes(data.tobytes())
    with open(ro, "rb") as f, open(rw, "r+b") as g:
        a = mmap.mmap(f.fileno(), 0, prot=mmap.PROT_READ)
        b = mmap.mmap(g.fileno(), 0, flags=mmap.MAP_PRIVATE)
        b[:4] = b"\x00\x01\x02\x03"  # a private write lives only in this mapping
        assert bytes(a) == data.tobytes() and resident_kb(ro) >= 8 << 10
        dropped = drop_resident_pages([ro, rw])
        print(f"dropped {dropped >> 20} MiB; resident after: {resident_kb(ro)} kB")
        assert dropped == 8 << 20 and resident_kb(ro) < 1024
        assert bytes(a) == data.tobytes()  # faults back in from the file
        assert b[:4] == b"\x00\x01\x02\x03"  # the writable mapping was left alone
        a.close()
        b.close()


def test_packed_weights_get_huge_pages_and_keep_their_data():
    """After initialization the backend backs what the initializers wrote (new private anonymous
    mappings of 32 MB or more, 90% resident) with 2 MB pages; an allocator's mostly untouched
    reserve, a small mapping, a shared or file mapping and one that existed before are left
    alone, and the data survives the collapse."""
    import mmap
    from pathlib import Path

    from emitter.backends.iree import HUGE_MIN_BYTES, collapse_in_background, mapping_starts, packed_mappings

    def mapping(lo, size, rss, rest="rw-p 00000000 00:00 0"):
        return f"{lo:x}-{lo + size:x} {rest}\nSize: {size >> 10} kB\nRss: {rss >> 10} kB\nVmFlags: rd wr\n"

    big, mb = 2 * HUGE_MIN_BYTES, 1 << 20
    old = mapping(0x10000000, big, big)
    smaps = "".join([old, mapping(0x20000000, big, big - mb),  # written, a small neighbour merged in
                     mapping(0x30000000, big, big // 8),  # an arena's reserve
                     mapping(0x40000000, HUGE_MIN_BYTES // 2, HUGE_MIN_BYTES // 2),  # small
                     mapping(0x50000000, big, big, "rw-s 00000000 00:01 1041 /dev/zero (deleted)"),
                     mapping(0x60000000, big, big, "r--p 00000000 08:01 77 /w/model.safetensors")])
    picked = packed_mappings(smaps, mapping_starts(old))
    print("picked", [hex(lo) for lo, _ in picked])
    assert picked == [(0x20000000, 0x20000000 + big)]

    if not Path("/proc/self/smaps").exists():
        pytest.skip("no /proc/self/smaps")
    data = np.random.default_rng(0).integers(0, 255, big, dtype=np.uint8).tobytes()
    m = mmap.mmap(-1, big, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    m.write(data)
    lo = np.frombuffer(m, np.uint8).ctypes.data
    collapse_in_background([(lo, lo + big)]).join()
    huge = sum(int(line.split()[1]) for line in Path("/proc/self/smaps").read_text().splitlines()
               if line.startswith("AnonHugePages:")) >> 10
    print(f"AnonHugePages of this process after collapse: {huge} MiB (the written mapping: {big >> 20} MiB)")
    assert m[:] == data
    m.close()
