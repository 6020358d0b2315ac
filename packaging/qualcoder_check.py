"""Manual check: does a Glossa .qdpx arrive whole in QualCoder? Not run by CI.

Imports a .qdpx with QualCoder's own REFI-QDA importer (`refi.RefiImport` in
ccbogel/QualCoder's src/qualcoder/refi.py), headless, into an empty QualCoder project, and prints
what landed: codes, codings, memos, annotations, cases, case links, variables.

Setup, once, outside this repository (nothing of QualCoder is kept here):

    git clone --depth 1 https://github.com/ccbogel/QualCoder /tmp/QualCoder
    python3 -m venv /tmp/qcvenv && /tmp/qcvenv/bin/pip install PyQt6 pymupdf pillow
    apt-get install libpulse0    # Debian: QualCoder's helpers load PyQt6's QtMultimedia

Run from the repository root (Glossa's own .venv builds the test library and exports it; the
QualCoder venv imports it):

    /tmp/qcvenv/bin/python packaging/qualcoder_check.py /tmp/QualCoder/src
    /tmp/qcvenv/bin/python packaging/qualcoder_check.py /tmp/QualCoder/src --comment-sources
    /tmp/qcvenv/bin/python packaging/qualcoder_check.py /tmp/QualCoder/src --qdpx some-export.qdpx

The empty project is made with the CREATE TABLE statements read from QualCoder's own
`MainWindow.new_project` (src/qualcoder/__main__.py), so it is the schema of the QualCoder given.
The test library is tests/exporting/helpers.build_rich: tags in a hierarchy, tagged articles and
comments, highlights, and notes of every kind (article, comment, highlight, commenter, tag)."""

from __future__ import annotations

import argparse
import ast
import builtins
import os
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QDA = "{urn:QDA-XML:project:1.0}"


def make_qdpx(out: Path, comment_sources: bool) -> None:
    """With Glossa's venv: the rich test library, exported."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.exporting.run import ExportOptions, run_export
    from desktop.store.db import Library
    from tests.exporting.helpers import build_rich

    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "check.glossa")
        try:
            build_rich(library, Path(folder))
            run_export(library, "qdpx", out, options=ExportOptions(comment_sources=comment_sources, overwrite=True))
        finally:
            library.close()


def create_statements(qualcoder_src: Path) -> list[str]:
    """The CREATE TABLE statements of QualCoder's MainWindow.new_project, read from its source."""
    tree = ast.parse((qualcoder_src / "qualcoder" / "__main__.py").read_text(encoding="utf-8"))
    window = next(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == "MainWindow")
    method = next(n for n in window.body if isinstance(n, ast.FunctionDef) and n.name == "new_project")
    statements = []
    for node in ast.walk(method):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "execute"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
                and node.args[0].value.lstrip().upper().startswith("CREATE TABLE")):  # fmt: skip
            statements.append(node.args[0].value)
    if not statements:
        sys.exit("no CREATE TABLE statements found in MainWindow.new_project")
    return statements


class _Log:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def append(self, text: str) -> None:
        self.lines.append(str(text))


class _Message:  # QualCoder's message boxes would wait for a click
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.text = args[2] if len(args) > 2 else ""

    def exec(self) -> int:
        return 0


def import_into_qualcoder(qualcoder_src: Path, qdpx: Path, project: Path) -> sqlite3.Connection:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    builtins._ = lambda text: text  # type: ignore[attr-defined]  # QualCoder installs gettext's _ at start-up
    sys.path.insert(0, str(qualcoder_src))
    from PyQt6 import QtWidgets
    from qualcoder import refi

    application = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    for folder in ("documents", "images", "audio", "video"):
        (project / folder).mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(project / "data.qda")
    for statement in create_statements(qualcoder_src):
        conn.execute(statement)
    conn.commit()

    class App:  # the part of QualCoder's App the importer uses
        def __init__(self) -> None:
            self.conn = conn
            self.project_path = str(project)
            self.settings = {"directory": str(qdpx.parent), "codername": "default", "ai_enable": "False",
                             "fontsize": 10}  # fmt: skip
            self.ai_models: list[Any] = []

        def write_config_ini(self, *args: Any) -> None:
            pass

    refi.Message = _Message
    refi.QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(qdpx), "(*.qdpx)"))
    log = _Log()
    refi.RefiImport(App(), log, "qdpx")
    problems = [line for line in log.lines if "rror" in line or "Cannot" in line or "Duplicated" in line]
    for line in problems:
        print("QualCoder said:", line)
    del application
    return conn


def expected(qdpx: Path) -> dict[str, int]:
    """What the .qdpx holds, counted the way QualCoder stores it."""
    with zipfile.ZipFile(qdpx) as archive:
        root = ElementTree.fromstring(archive.read("project.qde"))
    cases = {c.get("guid") for c in root.iter(f"{QDA}Case")}
    codes = [c for c in root.iter(f"{QDA}Code") if c.get("isCodable") == "true" and c.get("guid") not in cases]
    selections = list(root.iter(f"{QDA}PlainTextSelection"))
    codings = [(s, ref.get("targetGUID")) for s in selections for ref in s.iter(f"{QDA}CodeRef")]
    return {
        "codes": len(codes),
        "codings": sum(1 for _s, guid in codings if guid not in cases),
        "case links": sum(1 for _s, guid in codings if guid in cases),
        "cases": len(cases),
        "annotations": sum(1 for s in selections if s.find(f"{QDA}Coding") is None),
        "notes": len(list(root.iter(f"{QDA}Note"))),
        "variables": len(list(root.iter(f"{QDA}Variable"))),
        "variable values": len(list(root.iter(f"{QDA}VariableValue"))),
    }


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    notes = {
        "code memos (tag notes)": one("SELECT COUNT(*) FROM code_name WHERE memo <> ''"),
        "coding memos (highlight and comment notes)": one(
            "SELECT COUNT(DISTINCT fid || ':' || pos0 || ':' || pos1) FROM code_text WHERE memo <> ''"),
        "case text memos (notes on comments coded only by their commenter)": one(
            "SELECT COUNT(*) FROM case_text c WHERE memo <> '' AND NOT EXISTS (SELECT 1 FROM code_text t"
            " WHERE t.fid = c.fid AND t.pos0 = c.pos0 AND t.pos1 = c.pos1 AND t.memo <> '')"),
        "annotation memos (notes on untagged highlights)": one("SELECT COUNT(*) FROM annotation WHERE memo <> ''"),
        "source memos (article notes; comment notes as sources)": one("SELECT COUNT(*) FROM source WHERE memo <> ''"),
        "case memos (commenter notes)": one("SELECT COUNT(*) FROM cases WHERE memo <> ''"),
    }
    result = {
        "codes": one("SELECT COUNT(*) FROM code_name"),
        "categories": one("SELECT COUNT(*) FROM code_cat"),
        "codings": one("SELECT COUNT(*) FROM code_text"),
        "codings without a code": one("SELECT COUNT(*) FROM code_text WHERE cid IS NULL"),
        "annotations": one("SELECT COUNT(*) FROM annotation"),
        "sources": one("SELECT COUNT(*) FROM source"),
        "cases": one("SELECT COUNT(*) FROM cases"),
        "case links (case_text)": one("SELECT COUNT(*) FROM case_text"),
        "variables (attribute_type)": one("SELECT COUNT(*) FROM attribute_type"),
        "case variables": one("SELECT COUNT(*) FROM attribute_type WHERE caseOrFile = 'case'"),
        "variable values (attribute)": one("SELECT COUNT(*) FROM attribute"),
        "journals": one("SELECT COUNT(*) FROM journal"),
    }
    result.update(notes)
    result["notes arrived"] = sum(notes.values())
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("qualcoder_src", type=Path, nargs="?", help="QualCoder's src folder (holds qualcoder/)")
    parser.add_argument("--qdpx", type=Path, help="a .qdpx to import (default: export the rich test library)")
    parser.add_argument("--comment-sources", action="store_true", help="export each comment as a source too")
    parser.add_argument("--make-qdpx", type=Path, help=argparse.SUPPRESS)  # run by Glossa's venv
    args = parser.parse_args()
    if args.make_qdpx:
        make_qdpx(args.make_qdpx, args.comment_sources)
        return
    if args.qualcoder_src is None or not (args.qualcoder_src / "qualcoder" / "refi.py").is_file():
        parser.error("give QualCoder's src folder, the one holding qualcoder/refi.py")
    with tempfile.TemporaryDirectory() as folder:
        qdpx = args.qdpx
        if qdpx is None:
            qdpx = Path(folder) / "glossa.qdpx"
            command = [str(ROOT / ".venv" / "bin" / "python"), __file__, "--make-qdpx", str(qdpx)]
            subprocess.run(command + (["--comment-sources"] if args.comment_sources else []), check=True)
        print(f"In the .qdpx: {expected(qdpx)}")
        conn = import_into_qualcoder(args.qualcoder_src.resolve(), qdpx.resolve(), Path(folder) / "project.qda")
        for name, value in counts(conn).items():
            print(f"{name:>70}: {value}")
        conn.close()


if __name__ == "__main__":
    main()
