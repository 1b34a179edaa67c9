"""The expected-failure ledger: every conformance cell that is known not to pass, and why.

A cell is `(family, check, backend)`:

- the matrix (`test_logits_match_hf`): check is the graph kind (decode, prefill, ragged);
- kinds against each other: "decode vs prefill", "chunked vs prefill", "ragged vs prefill";
- poisoned idle slots / stale rows: "poison"; negative controls: "fault <name>";
- the greedy-token output against the same step's logits: "argmax";
- cross-backend agreement (`test_backends.py`): check is the graph kind and backend is
  `CROSS_LABEL` ("iree-cpu vs xla-cpu").

conftest.py marks each ledgered cell `xfail(strict=True)`: a ledgered cell that passes
fails the run (XPASS(strict)), so an entry is deleted the moment its cause is fixed.
`test_backends.py` checks that every entry names a cell that exists.
"""

from __future__ import annotations

import pytest

CROSS = ("iree-cpu", "xla-cpu")  # the backends the cross-backend test compares
CROSS_LABEL = " vs ".join(CROSS)

# Test function -> how its parameters name its cell: (check, backend) format strings.
CHECKS = {
    "test_logits_match_hf": ("{kind}", "{backend}"),
    "test_kinds_agree_with_each_other": ("{variant} vs prefill", "{backend}"),
    "test_poisoned_idle_slots_and_stale_rows_change_nothing": ("poison", "{backend}"),
    "test_broken_graph_fails_parity": ("fault {fault}", "{backend}"),
    "test_on_device_argmax_is_the_logits_argmax": ("argmax", "{backend}"),
    "test_one_query_over_a_long_cache_matches_hf": ("long cache", "{backend}"),
    "test_prompt_projections_on_the_stored_weights_match_hf": ("weights as stored", "{backend}"),
    "test_cross_backend_agreement": ("{kind}", CROSS_LABEL),
}

EXPECTED_FAILURES: dict[tuple[str, str, str], str] = {
}


def cell_of(item) -> tuple[str, str, str] | None:
    """The (family, check, backend) a collected test item checks; None for other tests."""
    fmt = CHECKS.get(getattr(item, "originalname", None))
    params = getattr(getattr(item, "callspec", None), "params", {})
    if fmt is None or "family" not in params:
        return None
    try:
        return params["family"], fmt[0].format(**params), fmt[1].format(**params)
    except KeyError:
        return None


def mark_items(items, ledger: dict | None = None) -> None:
    """Tag each cell test with its cell (reports carry it) and xfail(strict) the ledgered ones."""
    ledger = EXPECTED_FAILURES if ledger is None else ledger
    for item in items:
        cell = cell_of(item)
        if cell is None:
            continue
        item.user_properties.append(("cell", cell))
        if cell in ledger:
            item.add_marker(pytest.mark.xfail(strict=True, reason=f"ledger: {ledger[cell]}"))
