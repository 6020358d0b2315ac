"""ruff and mypy are part of the test run, so CI fails on a lint or type error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "desktop", "tests"],
        [sys.executable, "-m", "mypy", "--no-incremental"],
    ],
    ids=["ruff", "mypy"],
)
def test_clean(command: list[str]) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_qt_below_the_ui() -> None:
    for layer in ("store", "ingest", "analysis"):
        for path in (ROOT / "desktop" / layer).rglob("*.py"):
            assert "PySide6" not in path.read_text(encoding="utf-8"), f"Qt imported in {path}"
