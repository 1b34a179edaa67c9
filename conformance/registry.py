"""The conformance matrix: one record per family. Tests are generated from this table.

How to add a family:
  1. Add its delta to `emitter/config.py` (`FAMILIES`).
  2. Add a `Case` below: the real config.json it is shrunk from (copy the file into
     `conformance/fixtures/hf-configs/`), or `config=None` to start from the defaults
     of the family's `transformers` configuration class (say why in `note`).
  3. If it is another family under a new name, set `reduces_to`.
  4. `pytest -m fast --snapshot-update -k <family>` once creates its snapshots; review
     and commit them. Cells that cannot pass yet go in `conformance/ledger.py`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from emitter.check import shrink

FIXTURES = Path(__file__).parent / "fixtures" / "hf-configs"


@dataclass(frozen=True)
class Case:
    family: str
    config: str | None  # fixture file name; None: the transformers class defaults
    overrides: dict = field(default_factory=dict)  # applied to the shrunken config
    negative_controls: bool = False
    reduces_to: str | None = None  # emits the same graph as this family
    note: str = ""

    def source(self) -> dict:
        if self.config:
            return json.loads((FIXTURES / self.config).read_text())
        import transformers

        d = transformers.AutoConfig.for_model(self.family).to_dict()
        return {k: v for k, v in d.items() if v is not None or k == "sliding_window"}

    def tiny(self) -> dict:
        return shrink(self.source()) | self.overrides


CASES = [
    Case("llama", "llama__Llama-3.2-1B.json", negative_controls=True),
    Case("qwen2", "qwen2__Qwen2.5-0.5B-Instruct.json", negative_controls=True),
    Case("gemma2", "gemma2__gemma-2-2b.json"),
    Case("seed_oss", None, reduces_to="qwen2", note="no published config.json here: transformers' SeedOssConfig defaults"),
    Case("mimo", "mimo__MiMo-7B-github-repo.json", reduces_to="qwen2"),
    Case("internlm3", "internlm3__internlm3-8b-instruct.json", reduces_to="llama"),
    Case("exaone", None, reduces_to="llama", note="no published config.json here: transformers' ExaoneConfig defaults"),
    Case("qwen3", "qwen3__Qwen3-0.6B.json"),
    Case("gemma", "gemma__gemma-2b.json"),
    Case("gemma3_text", "gemma3_text__gemma-3-270m.json"),
    Case("smollm3", "smollm3__SmolLM3-3B.json"),
    Case("olmo2", "olmo2__OLMo-2-1124-7B-Instruct.json"),
    Case("olmo3", None, note="no published config.json here: transformers' Olmo3Config defaults"),
]
BY_FAMILY = {c.family: c for c in CASES}
