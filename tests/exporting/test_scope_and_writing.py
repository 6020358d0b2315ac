"""Scopes, and how files are written: through a temporary file, never over an existing one
unless asked, nothing left behind by a failure or a cancel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.exporting.files import DestinationExists, ExportCancelled, ExportError, atomic_file
from desktop.exporting.formats import FORMATS
from desktop.exporting.run import ExportOptions, destinations, run_export
from desktop.exporting.scope import Scope, ScopeError
from desktop.store.db import Library
from tests.exporting.helpers import Rich

NAMES = {"json": "out.json", "csv": "out", "markdown": "out.md", "qdpx": "out.qdpx"}


def test_scopes_parse(library: Library, rich: Rich) -> None:
    db = library.db
    assert Scope.parse(db, "all") == Scope.whole_library()
    assert Scope.parse(db, "articles:3, 1,3") == Scope.articles([3, 1])
    assert Scope.parse(db, "search:war OR peace") == Scope.search("war OR peace")
    assert Scope.parse(db, "tag:propaganda/dehumanisation") == Scope.tags([rich.tags["dehumanisation"]])
    for bad in ("everything", "articles:", "articles:a,b", "search: ", "tag:nothing", "tag:a//b", "all:x"):
        with pytest.raises(ScopeError):
            Scope.parse(db, bad)


def test_scopes_resolve_to_articles(library: Library, rich: Rich) -> None:
    db = library.db
    everything = Scope.whole_library().resolve(db)
    assert everything.article_ids == (1, 2, 3) and everything.whole_library and everything.matched_comments is None
    assert Scope.articles([3, 1]).resolve(db).article_ids == (1, 3)
    with pytest.raises(ScopeError, match="no article 99"):
        Scope.articles([1, 99]).resolve(db)
    tagged = Scope.tags([rich.tags["propaganda"]]).resolve(db)  # with the tags below it
    assert tagged.article_ids == (rich.seed_a, rich.cyrillic) and tagged.description == "tag: propaganda"
    assert tagged.matched_comments == {rich.comments[h] for h in ("Smirnoff", "Vdars", "boris", "Анна_К")}
    sarcasm = Scope.tags([rich.tags["ирония"]]).resolve(db)
    assert sarcasm.article_ids == (rich.cyrillic,)
    found = Scope.search("signature").resolve(db)
    assert found.article_ids == (rich.seed_a,)
    assert found.matched_comments == {rich.comments["In passing"], rich.comments["Vdars"]}
    assert Scope.search("nothing-matches-this").resolve(db).article_ids == ()
    with pytest.raises(ScopeError, match="too long"):
        Scope.search("x" * 5000).resolve(db)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_existing_file_is_replaced_only_when_asked(library: Library, rich: Rich, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / NAMES[fmt]
    first = run_export(library, fmt, target)
    before = {p: p.read_bytes() for p in first.paths}
    with pytest.raises(DestinationExists) as raised:
        run_export(library, fmt, target, Scope.articles([2]))
    assert raised.value.paths == list(first.paths)
    assert {p: p.read_bytes() for p in first.paths} == before
    second = run_export(library, fmt, target, Scope.articles([2]), ExportOptions(overwrite=True))
    assert second.paths == first.paths and second.articles == 1
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.startswith(".")]
    assert not leftovers


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_cancelled_export_leaves_nothing(library: Library, rich: Rich, tmp_path: Path, fmt: str) -> None:
    seen: list[tuple[int, int]] = []
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        run_export(library, fmt, folder / NAMES[fmt], progress=lambda d, t: seen.append((d, t)),
                   cancelled=lambda: len(seen) >= 2)  # fmt: skip
    assert seen == [(0, 3), (1, 3)]
    assert list(folder.iterdir()) == []  # no file, no temporary file, no CSV folder


def test_progress_goes_to_the_end(library: Library, rich: Rich, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    run_export(library, "markdown", tmp_path / "r.md", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_a_failure_while_writing_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    with pytest.raises(RuntimeError), atomic_file(target, overwrite=False, encoding="utf-8") as out:
        out.write("{half")
        raise RuntimeError("crash")
    assert list(tmp_path.iterdir()) == []


def test_where_files_cannot_go(library: Library, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no folder"):
        run_export(library, "json", tmp_path / "missing" / "x.json")
    with pytest.raises(ExportError, match="is a folder"):
        run_export(library, "json", tmp_path)
    with pytest.raises(ExportError, match="formats"):
        destinations("xml", tmp_path / "x.xml")


def test_json_written_in_one_read_snapshot(library: Library, rich: Rich, tmp_path: Path) -> None:
    """The reader runs in a read transaction; a writer on another connection is not blocked (WAL)."""
    import threading

    from desktop.store import annotations as ann

    saved = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 1 and not saved.is_set():
            def save() -> None:
                ann.set_note(library.db, ("article", rich.cyrillic), "Written during the export.")
                library.db.close()
                saved.set()

            thread = threading.Thread(target=save)
            thread.start()
            thread.join(10)

    run_export(library, "json", tmp_path / "out.json", progress=progress)
    assert saved.is_set()
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    cyrillic = next(a for a in document["articles"] if a["id"] == rich.cyrillic)
    assert cyrillic["notes"] == []  # the snapshot from before the save


def test_no_qt_in_the_export_package() -> None:
    package = Path(__file__).resolve().parents[2] / "desktop" / "exporting"
    for path in package.rglob("*.py"):
        assert "PySide6" not in path.read_text(encoding="utf-8"), f"Qt imported in {path}"
