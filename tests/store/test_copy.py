"""A whole library copied between engines (desktop/store/copy.py, `glossa copy`, `glossa backup`
of a server library): every row of every table arrives with its id, the search finds the same,
and a copy that cannot be made changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from peewee import Database, sort_models  # type: ignore[attr-defined]

from desktop.cli import main
from desktop.store import annotations, coders, search
from desktop.store.copy import CopyError, copy_library
from desktop.store.db import Library
from desktop.store.models import MODELS


def _annotate(library: Library) -> None:
    db = library.db
    tag, _ = annotations.create_tag(db, "claims/economy")
    annotations.tag_articles(db, tag, [1])
    annotations.tag_comments(db, tag, [2, 3])
    annotations.add_highlight(db, ("comment", 2), 0, 5, tag_id=tag, note="a highlight's note")
    annotations.set_note(db, ("article", 1), "first text")
    annotations.set_note(db, ("article", 1), "second text")  # the first is kept as a revision
    annotations.tag_comments(db, tag, [4], coder=coders.coder_id(db, "bob"))
    annotations.set_coded(db, ("article", 1))
    search.create_saved_search(db, "economy", "economy")


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every model's table, in primary-key order."""
    found = {}
    for model in sort_models(MODELS):
        with db.bind_ctx([model]):
            found[model._meta.table_name] = sorted(model.select(*model._meta.sorted_fields).tuples(), key=repr)
    return found


def _hits(db: Database, query: str) -> list[tuple[int, int | None]]:
    return sorted(((hit.article_id, hit.comment_id) for hit in search.search(db, query).hits), key=repr)


@pytest.fixture
def annotated(seeded_path: Path) -> Path:
    library = Library.open(seeded_path)
    try:
        _annotate(library)
    finally:
        library.close()
    return seeded_path


def test_a_library_file_goes_to_a_server_and_back_whole(annotated: Path, postgres_url: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", str(annotated), postgres_url]) == 0
    assert "Copied 2 articles, 8 comments" in capsys.readouterr().out
    back = tmp_path / "back.glossa"
    assert main(["--library", postgres_url, "backup", str(back)]) == 0
    original, server, returned = Library.open(annotated), Library.open(postgres_url), Library.open(back)
    try:
        rows = _rows(original.db)
        assert rows["note_revision"] and rows["highlight"] and rows["comment_tag"] and rows["saved_search"]
        assert _rows(server.db) == rows
        assert _rows(returned.db) == rows
        for query in ("tag:claims", "the", '"of the"', "ukraine OR russia"):
            assert _hits(original.db, query), query
            assert _hits(server.db, query) == _hits(returned.db, query) == _hits(original.db, query), query
        # New rows on the server take ids after the copied ones.
        tag, _ = annotations.create_tag(server.db, "new")
        assert tag > max(row[0] for row in rows["tag"])
    finally:
        original.close(), server.close(), returned.close()


def test_a_destination_that_holds_a_library_is_refused_untouched(annotated: Path, seeded_path: Path,
                                                                tmp_path: Path) -> None:
    other = tmp_path / "other.glossa"
    source, target = Library.open(annotated), Library.open(other)
    try:
        target_rows = _rows(target.db)
        copy_library(source.db, target.db)
        with pytest.raises(CopyError, match="already holds a library"):
            copy_library(source.db, target.db)
        with pytest.raises(CopyError, match="into itself"):
            copy_library(source.db, source.db)
        assert _rows(target.db) == _rows(source.db) != target_rows
    finally:
        source.close(), target.close()


def test_an_interrupted_copy_leaves_the_destination_empty(annotated: Path, postgres_url: str) -> None:
    source, target = Library.open(annotated), Library.open(postgres_url)
    before = _rows(target.db)

    def cancel(table: str, copied: int, total: int) -> None:
        if table == "comment":
            raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            copy_library(source.db, target.db, cancel)
        assert _rows(target.db) == before
    finally:
        source.close(), target.close()


def test_copy_names_what_is_wrong(annotated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", str(tmp_path / "missing.glossa"), str(tmp_path / "x.glossa")]) == 2
    assert "there is no library at" in capsys.readouterr().err
    assert main(["copy", str(annotated), str(annotated)]) == 2
    assert "already holds a library" in capsys.readouterr().err  # the same file, opened twice
    made = tmp_path / "made.glossa"
    assert main(["copy", "-q", str(annotated), str(made)]) == 0
    assert main(["copy", "-q", str(annotated), str(made)]) == 2
    assert "already holds a library" in capsys.readouterr().err
