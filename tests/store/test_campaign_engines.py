"""The campaign finder on both engines (desktop/store/campaigns.py through store/dialect.py): a
full analysis, an update after new, edited and deleted comments, and a new threshold give the
same campaigns and co-posting pairs on a library file and on its copy on a PostgreSQL server;
on a server one analysis runs at a time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import Database

from benchmarks.campaign_corpus import SEED, generate, store
from desktop.cli_campaigns import to_json
from desktop.ingest.documents import ParsedComment
from desktop.store import campaign_marks, campaigns
from desktop.store.copy import copy_library
from desktop.store.db import Library
from desktop.store.dialect import execute, hold, let_go, of
from desktop.store.models import Article, Author, Comment
from desktop.store.server import ServerDatabase
from desktop.store.writer import comment_fingerprints

# Enough comments that every bulk write of the finder goes by COPY on the server (dialect.insert_rows).
COMMENTS, NEW = 3_000, 600


@pytest.fixture
def both(tmp_path: Path, postgres_url: str) -> Iterator[tuple[Library, Library, int]]:
    """A library file holding the generated corpus and its copy on the server; its articles."""
    lite = Library.open(tmp_path / "campaigns.glossa")
    corpus = generate(COMMENTS, SEED)
    store(lite.db, corpus)
    server = Library.open(postgres_url)
    copy_library(lite.db, server.db)
    yield lite, server, len(corpus.articles)
    server.close()
    lite.close()


def _results(db: Database) -> dict[str, Any]:
    """What the finder keeps and shows, as the CLI's JSON and more: every co-posting figure, the
    campaign rows notes go on, the thread's markers."""
    found = campaigns.load(db)
    co = campaigns.kept_co_posting(db)
    first_ids = [c.id for c in found]
    return {
        "json": json.loads(json.dumps(to_json(found, co))),
        "co_posting": [[*p.authors, p.articles, p.shared, p.p_value] for p in co],
        "anchored": sorted(campaigns.campaign_keys(db, first_ids)),
        "marked": sorted(campaigns.campaign_comment_ids(db)),
        "article_1": sorted(campaign_marks.campaign_comments(db, 1)),
        "texts": campaigns.texts(db, first_ids[:20]),
    }


def _copy_new_rows(source: Database, destination: Database) -> None:
    """The articles, handles and comments `source` holds beyond `destination`'s, ids included: the
    server library gets what an import put in the file (so both hold the same ids)."""
    with destination.atomic():
        for model in (Author, Article, Comment):
            table = model._meta.table_name
            newest = execute(destination, f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
            fields = model._meta.sorted_fields
            with source.bind_ctx([model]):
                key = model._meta.primary_key
                rows = list(model.select(*fields).where(key > newest).order_by(key).tuples())
            with destination.bind_ctx([model]):
                for start in range(0, len(rows), 1000):
                    model.insert_many(rows[start : start + 1000], fields=fields).execute()
            follow = of(destination).follow_ids(table)
            if follow:
                execute(destination, follow)


def _edit(db: Database, comment_id: int, body: str) -> None:
    """A comment's text replaced as the importer replaces it: with the fingerprint of the new text."""
    handle, posted = execute(db, "SELECT a.handle, c.posted_at FROM comment c JOIN author a ON a.id = c.author_id"
                                 " WHERE c.id = ?", (comment_id,)).fetchone()
    (key,) = comment_fingerprints([ParsedComment(handle, None, "Offline", None, body, 1, None, "1")], [posted])
    execute(db, "UPDATE comment SET body = ?, fingerprint = ? WHERE id = ?", (body, key, comment_id))


def _same(lite: Library, server: Library, **options: Any) -> dict[str, Any]:
    reports = [campaigns.update(library.db, **options) for library in (lite, server)]
    assert reports[0] == reports[1]
    results = [_results(library.db) for library in (lite, server)]
    assert results[0] == results[1]
    return results[0]


def test_an_analysis_and_its_updates_find_the_same_on_both_engines(both: tuple[Library, Library, int]) -> None:
    lite, server, articles = both
    first = _same(lite, server)
    assert len(first["json"]["campaigns"]) > 10 and first["json"]["co_posting"]  # a test that can fail
    # The server's planner knows the tables are full now: planned on the statistics glossa copy
    # took of them empty, the next update's statements took minutes at 100k comments.
    for table in ("comment_sketch", "near_duplicate", "near_duplicate_group"):
        rows = execute(server.db, f"SELECT count(*) FROM {table}").fetchone()[0]
        assert execute(server.db, "SELECT reltuples FROM pg_class WHERE relname = ?", (table,)).fetchone()[0] == rows
    # An import of new comments (into the file; its rows copied to the server), an edit, a deletion.
    store(lite.db, generate(NEW, SEED + 1), articles)
    _copy_new_rows(lite.db, server.db)
    member = first["json"]["campaigns"][0]["comment_ids"][-1]
    gone = first["json"]["campaigns"][1]["comment_ids"][0]
    for library in (lite, server):
        _edit(library.db, member, "A text of its own now, nothing like the campaign it was part of at all")
        execute(library.db, "DELETE FROM comment WHERE id = ?", (gone,))
    after = _same(lite, server)
    assert after != first and not after["json"]["campaigns"][0]["comment_ids"].count(member)
    report = campaigns.update(server.db)
    assert (report.sketched, report.compared) == (0, 0)  # the server kept its work too
    _same(lite, server, similarity=0.7)  # a new threshold: every signature keyed again


def test_one_analysis_at_a_time_on_a_server(postgres_url: str) -> None:
    library = Library.open(postgres_url)
    other = ServerDatabase(postgres_url)  # another coder's window
    try:
        assert hold(other, "campaigns") is None
        with pytest.raises(campaigns.Busy) as raised:
            campaigns.update(library.db)
        assert str(raised.value).startswith("postgres is running the campaign analysis of this library now")
        assert campaigns.kept_similarity(library.db) is None  # nothing was done
        let_go(other, "campaigns")
        campaigns.update(library.db)
        assert campaigns.kept_similarity(library.db) == 0.8
        assert hold(other, "campaigns") is None  # the analysis let go of it
        let_go(other, "campaigns")
    finally:
        other.close()
        library.close()
