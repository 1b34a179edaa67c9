"""Structure: one readable .mlir snapshot per (family, kind); emission is deterministic."""

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from emitter import load_config
from emitter.config import BASE_KEYS, FAMILIES, IGNORED_KEYS
from emitter.forward import function_text, make_graph

from .harness import FAMILIES as CASE_FAMILIES
from .harness import KINDS, emit_case, family_param
from .registry import BY_FAMILY, CASES

pytestmark = pytest.mark.fast
ROOT = Path(__file__).resolve().parent.parent


class MlirSnapshot(SingleFileSnapshotExtension):
    file_extension = "mlir"
    _write_mode = WriteMode.TEXT

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(ROOT / "snapshots")


@pytest.mark.parametrize("family, kind", [family_param(f, k) for f in CASE_FAMILIES for k in KINDS])
def test_graph_matches_snapshot(family, kind, snapshot):
    assert emit_case(family, kind) == snapshot(extension_class=MlirSnapshot)


def test_every_family_has_a_registry_entry_and_snapshots():
    missing = sorted(set(FAMILIES) - {c.family for c in CASES})
    assert not missing, f"families {missing} have no Case in conformance/registry.py (add one, see its docstring)"
    absent = [f"{f}-{k}" for f in FAMILIES for k in KINDS if not any((ROOT / "snapshots").glob(f"*[[]{f}-{k}[]].mlir"))]
    assert not absent, f"no snapshots for {absent}: run `pytest -m fast --snapshot-update -k <family>` and commit"


@pytest.mark.parametrize("family", [c.family for c in CASES if c.reduces_to])
def test_alias_family_emits_the_same_graph(family):
    """Seed-OSS/MiMo are Qwen2 and InternLM3/ExaOne are Llama: identical text at equal dims,
    up to the weight argument names (which are each checkpoint's own tensor names)."""
    case = BY_FAMILY[family]
    tiny = case.tiny()
    readable = BASE_KEYS | IGNORED_KEYS | FAMILIES[case.reduces_to].keys
    base = {k: v for k, v in tiny.items() if k in readable} | {"model_type": case.reduces_to}
    texts = []
    for d in (tiny, base):
        cfg = load_config(d)
        text = function_text(cfg, make_graph(cfg, "decode", 16), "main")
        texts.append(re.sub(r"%(model|transformer|lm_head)[\w.]*", "%w", text))
    assert texts[0] == texts[1], f"{family} no longer reduces to {case.reduces_to}"


def test_emission_is_byte_identical_across_processes():
    code = (
        "import hashlib, sys; sys.path.insert(0, '.');"
        "from conformance.test_structure import emit_case, CASE_FAMILIES, KINDS;"
        "print(hashlib.sha256(''.join(emit_case(f, k) for f in CASE_FAMILIES for k in KINDS).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("0", "12345"):
        env = os.environ | {"PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    here = hashlib.sha256("".join(emit_case(f, k) for f in CASE_FAMILIES for k in KINDS).encode()).hexdigest()
    assert digests == {here}


def test_snapshots_hold_no_paths_or_versions():
    for path in (ROOT / "snapshots").glob("*.mlir"):
        text = path.read_text()
        assert not re.search(r"(^|[\s\"'(])/\w+/|\w+\.(safetensors|json)", text), f"{path.name} contains a path"
        assert not re.search(r"\d+\.\d+\.\d+", text), f"{path.name} looks like it contains a version"
