"""pytest options, backend parametrization, the expected-failure ledger and the conformance report."""

from __future__ import annotations

import os
import tempfile

import pytest

from emitter.backends import BACKENDS



def pytest_addoption(parser):
    parser.addoption("--backend", action="append", default=None,
                     help=f"backend to run ({', '.join(BACKENDS)}, or 'all'); repeatable; default iree-cpu")  # fmt: skip
    parser.addoption("--ckpt", action="append", default=[], help="real checkpoint dir or name for -m slow; repeatable")
    parser.addoption("--weights", choices=("bf16", "f16"), default=None,
                     help="-m slow: store the real checkpoint's weight matrices narrowed (compute stays f32)")  # fmt: skip
    parser.addoption("--conformance-report", default=None, metavar="PATH",
                     help="write the family x kind x backend table as Markdown; spell it --conformance-report=PATH "
                     "(pytest takes a separate existing PATH outside the repo for a test path)")  # fmt: skip


def selected_backends(config) -> list[str]:
    chosen = config.getoption("--backend") or ["iree-cpu"]
    return list(BACKENDS) if "all" in chosen else list(dict.fromkeys(chosen))


def pytest_configure(config):
    unknown = [b for b in selected_backends(config) if b not in BACKENDS]
    if unknown:
        raise pytest.UsageError(f"unknown --backend {', '.join(unknown)}; backends: {', '.join(BACKENDS)}, all")
    if not hasattr(config, "workerinput"):  # the xdist controller, or a run without xdist
        config.pluginmanager.register(ConformanceReport(config), "conformance-report")


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        from conformance.harness import backend_param

        params = [backend_param(b) for b in selected_backends(metafunc.config)]
        metafunc.parametrize("backend", params, scope="session")
    if "ckpt" in metafunc.fixturenames:
        metafunc.parametrize("ckpt", metafunc.config.getoption("--ckpt") or [None], scope="session")


def pytest_collection_modifyitems(config, items):
    from conformance import ledger

    ledger.mark_items(items)


# -- the conformance report -------------------------------------------------------------
RANK = {"pass": 0, "skip": 1, "xfail": 2, "xpass": 3, "fail": 4}  # a test's worst phase wins


def phase_status(report) -> str:
    if report.failed:
        return "xpass" if str(report.longrepr).startswith("[XPASS(strict)]") else "fail"
    if report.skipped:
        return "xfail" if hasattr(report, "wasxfail") else "skip"
    return "xpass" if hasattr(report, "wasxfail") else "pass"


def short_reason(report) -> str:
    if hasattr(report, "wasxfail"):
        text = report.wasxfail
    elif isinstance(report.longrepr, tuple):  # a skip: (path, line, reason)
        text = report.longrepr[2]
    else:
        crash = getattr(report.longrepr, "reprcrash", None)
        text = crash.message if crash else str(report.longrepr)
    text = " ".join(str(text).split())
    return text if len(text) <= 160 else text[:157] + "..."


class ConformanceReport:
    """Collects cell outcomes from test reports (xdist workers' included) and renders the table."""

    def __init__(self, config):
        self.config = config
        self.tests: dict[str, dict] = {}  # nodeid -> cell, status, reason
        self.errors: dict[tuple, float] = {}  # (family, check, backend) -> worst achieved error

    def pytest_runtest_logreport(self, report):
        props = [p for p in report.user_properties if isinstance(p, (tuple, list)) and len(p) == 2]
        cell = next((tuple(v) for k, v in props if k == "cell"), None)
        for key, value in props:
            if key == "conformance":
                family, kind, backend, result = value
                err = float(result.get("error", float("nan")))
                self.errors[(family, kind, backend)] = max(err, self.errors.get((family, kind, backend), err))
        if cell is None:
            return
        status = phase_status(report)
        test = self.tests.setdefault(report.nodeid, {"cell": cell, "status": "pass", "reason": ""})
        if RANK[status] >= RANK[test["status"]] and (status != "pass" or report.when == "call"):
            test["status"] = status
            test["reason"] = short_reason(report) if status != "pass" else ""

    def cells(self) -> dict[tuple, str]:
        out: dict[tuple, str] = {}
        for t in self.tests.values():
            if RANK[t["status"]] >= RANK.get(out.get(t["cell"]), -1):
                out[t["cell"]] = t["status"]
        return out

    def markdown(self) -> str:
        from conformance.harness import FAMILIES, KINDS
        from conformance.ledger import CROSS_LABEL

        cells = self.cells()
        backends = [*BACKENDS, CROSS_LABEL]
        order = {f: i for i, f in enumerate(FAMILIES)}
        rows = {(f, b) for f, c, b in cells if c in KINDS}
        rows = sorted(rows, key=lambda r: (order.get(r[0], 99), backends.index(r[1])))
        lines = [
            "Status per cell (against HF fp32 and float64) with the worst achieved max|logit - HF fp32 logit| "
            f"(for `{CROSS_LABEL}`: between the two backends).",
            "",
            "| family | backend | " + " | ".join(KINDS) + " |",
            "|---|---|" + "---|" * len(KINDS),
        ]
        for f, b in rows:
            shown = []
            for k in KINDS:
                status, err = cells.get((f, k, b)), self.errors.get((f, k, b))
                shown.append("" if status is None else status + (f" {err:.1e}" if err is not None else ""))
            lines.append(f"| {f} | {b} | " + " | ".join(shown) + " |")
        others = [t for t in self.tests.values() if t["cell"][1] not in KINDS]
        counts = {s: sum(t["status"] == s for t in others) for s in RANK}
        lines += ["", "Other checks (kinds against each other, poisoned slots, negative controls): "
                  + ", ".join(f"{n} {s}" for s, n in counts.items() if n)]  # fmt: skip
        odd = sorted((t for t in self.tests.values() if t["status"] not in ("pass", "skip")),
                     key=lambda t: (-RANK[t["status"]], t["cell"]))  # fmt: skip
        if odd:
            lines += ["", "| status | family | check | backend | reason |", "|---|---|---|---|---|"]
            lines += [f"| {t['status']} | {' | '.join(t['cell'])} | {t['reason'].replace('|', '/')} |" for t in odd]
        return "\n".join(lines) + "\n"

    def pytest_terminal_summary(self, terminalreporter):
        if not self.tests:
            return
        text = self.markdown()
        terminalreporter.write_sep("=", "conformance")
        terminalreporter.write(text)
        path = self.config.getoption("--conformance-report")
        if path:
            path = os.path.abspath(path)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".conformance-", suffix=".md")
            with os.fdopen(fd, "w") as f:
                f.write("# Conformance\n\n" + text)
            os.replace(tmp, path)
            terminalreporter.write_line(f"conformance report written to {path}")
