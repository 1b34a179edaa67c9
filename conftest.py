"""pytest options and the conformance report shared by every test module."""

from __future__ import annotations

import os

import pytest

from emitter.backends import BACKENDS

# Compiled modules are cached on disk; keep test runs from writing into a user's cache
# unless they asked for a location.
os.environ.setdefault("EMITTER_CACHE", os.path.join(os.path.dirname(__file__), ".cache"))


def pytest_addoption(parser):
    parser.addoption("--backend", action="append", default=None,
                     help=f"backend to run ({', '.join(BACKENDS)}, or 'all'); repeatable; default iree-cpu")  # fmt: skip
    parser.addoption("--ckpt", action="append", default=[], help="real checkpoint dir or name for -m slow; repeatable")
    parser.addoption("--conformance-report", default=None, help="write the family x kind x backend table as Markdown")


def selected_backends(config) -> list[str]:
    chosen = config.getoption("--backend") or ["iree-cpu"]
    return list(BACKENDS) if "all" in chosen else chosen


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", selected_backends(metafunc.config), scope="session")
    if "ckpt" in metafunc.fixturenames:
        metafunc.parametrize("ckpt", metafunc.config.getoption("--ckpt") or [None], scope="session")
