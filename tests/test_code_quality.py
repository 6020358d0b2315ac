"""ruff and mypy are part of the test run, so CI fails on a lint or type error."""

from __future__ import annotations

import ast
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


def _imports(path: Path) -> set[str]:
    """The desktop modules a file imports (absolute or relative), as dotted names."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize(("layer", "other"), [("ingest", "exporting"), ("exporting", "ingest")])
def test_import_and_export_do_not_reach_into_each_other(layer: str, other: str) -> None:
    """Reading files in and writing exports out meet only in the store (issue 17: the import loop
    between ingest/importer.py and exporting/glossa_import.py is gone)."""
    for path in (ROOT / "desktop" / layer).rglob("*.py"):
        reached = {name for name in _imports(path) if name.startswith(f"desktop.{other}")}
        assert not reached, f"{path.relative_to(ROOT)} imports {sorted(reached)}"


def test_every_input_format_module_is_a_registered_reader() -> None:
    """A new input format is one module in desktop/ingest/formats, asked in READERS' order."""
    from desktop.ingest import formats

    modules = {path.stem for path in (ROOT / "desktop" / "ingest" / "formats").glob("*.py")} - {"__init__", "reader"}
    assert {reader.__name__.rsplit(".", 1)[1] for reader in formats.READERS} == modules  # type: ignore[attr-defined]
    assert formats.READERS[-1].__name__.endswith(".scraped_text")  # type: ignore[attr-defined]  # reads what is left


_ENGINES = ("peewee", "playhouse", "sqlite3", "psycopg")


def test_the_ui_and_the_command_line_know_no_engine() -> None:
    """Above the store only StoreError and its family are caught (issue 22): the window and the
    command line name neither peewee nor a driver, so a second engine changes nothing there."""
    above = [*(ROOT / "desktop" / "ui").rglob("*.py"), *(ROOT / "desktop").glob("cli*.py"), ROOT / "desktop" / "app.py"]
    for path in above:
        engines = {name for name in _imports(path) if name.split(".")[0] in _ENGINES}
        assert not engines, f"{path.relative_to(ROOT)} imports {sorted(engines)}"
