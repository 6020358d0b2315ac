"""A whole library copied into an empty one, on either engine: a team moves its library file to a
PostgreSQL server, or takes a server library offline as a file (`glossa copy`, and `glossa
backup` of a server library). Every table of the models is copied row by row with its ids, so
tags, notes, revisions, highlights, coders and saved searches point where they did; then the
search index, which is no model, is built anew on the destination.

One transaction on the destination: an interrupted copy leaves it as empty as it was. The source
is read in one snapshot (dialect.snapshot), so a copy of a library in use is one state of it.
Rows are read in pages of their primary key, so memory stays flat in the library's size."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from peewee import Database, Model, PostgresqlDatabase, SqliteDatabase, Tuple, sort_models  # type: ignore[attr-defined]  # not in peewee's stubs

from desktop.texts import QT_TRANSLATE_NOOP

from . import search
from .dialect import execute, of
from .errors import StoreError
from .models import MODELS, Article, Author, Comment, Note, SavedSearch, Tag

_PAGE = 5000
# The tables that make a library more than empty: a destination holding rows in any of them is
# refused (a new library has none; a server library's owner coder does not count).
_CONTENT = (Article, Comment, Author, Tag, Note, SavedSearch)
# SQLite takes at most 32,766 parameters in one statement, PostgreSQL 65,535.
_PARAMETERS = 30_000

Progress = Callable[[str, int, int], None]  # table, rows copied of it, its rows


class CopyError(StoreError):
    """A copy that cannot be made, with a message for the user (a Text)."""


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]  # table -> rows copied
    articles_indexed: int
    comments_indexed: int


def copy_library(source: Database, destination: Database, progress: Progress | None = None) -> CopyReport:
    """Copy every row of `source` into the empty library `destination` (both open at this
    Glossa's schema version). Raises CopyError when the destination is not empty; an exception
    from `progress` (a cancel) rolls the destination back."""
    if source is destination:
        raise CopyError(QT_TRANSLATE_NOOP("Copy", "A library cannot be copied into itself."))
    held = _content(destination)
    if held:
        raise CopyError(QT_TRANSLATE_NOOP(
            "Copy", "The destination already holds a library ({held}): copy into a new file or an empty "
            "database.").format(held=held))
    models = sort_models(MODELS)
    rows: dict[str, int] = {}
    with of(source).snapshot(source), destination.atomic():
        execute(destination, of(destination).defer_foreign_keys)  # a reply may have a lower id than its parent
        if isinstance(destination, PostgresqlDatabase):
            # The commit waits until it is on disk, whatever the server's setting: VACUUM below
            # can mark rows visible to all only once their commit is.
            destination.execute_sql("SET LOCAL synchronous_commit = on")
        for model in reversed(models):  # what a new library starts with (the owner coder)
            with destination.bind_ctx([model]):
                model.delete().execute()
        for model in models:
            table = model._meta.table_name
            with source.bind_ctx([model]):
                total = model.select().count()
            copied = 0
            for page in _pages(source, model):
                with destination.bind_ctx([model]):
                    _insert(destination, model, page)
                copied += len(page)
                if progress:
                    progress(table, copied, total)
            rows[table] = copied
            if progress and not total:
                progress(table, 0, 0)
            follow = of(destination).follow_ids(table) if _has_id(model) else None
            if follow:
                execute(destination, follow)
        articles, comments = search.rebuild(cast(SqliteDatabase, destination))  # either engine
    if isinstance(destination, PostgresqlDatabase) and not destination.in_transaction():
        # The server's planner would know nothing of the rows until autovacuum's next round: the
        # visibility map the list's index-only scans need (server.py) and the statistics, now.
        # VACUUM first: ANALYZE's own commit, were it asynchronous, would keep VACUUM from
        # marking the rows visible to all. Neither runs inside a transaction.
        destination.execute_sql("VACUUM")
        destination.execute_sql("ANALYZE")
    return CopyReport(rows, articles, comments)


def _content(db: Database) -> str:
    """What of a library `db` holds ("2 articles, 1 note"), or "" when it is empty."""
    held = []
    for model in _CONTENT:
        with db.bind_ctx([model]):
            count = model.select().count()
        if count:
            held.append(f"{count} {model._meta.table_name}")
    return ", ".join(held)


def _has_id(model: type[Model]) -> bool:
    key = model._meta.primary_key
    return key is not False and getattr(key, "name", None) == "id" and key.field_type == "AUTO"


def _pages(db: Database, model: type[Model]) -> Iterator[list[tuple[Any, ...]]]:
    """Every row of `model` in `db`, a page at a time, in primary-key order."""
    keys = _key_fields(model)
    positions = [model._meta.sorted_fields.index(key) for key in keys]
    last: tuple[Any, ...] | None = None
    while True:
        with db.bind_ctx([model]):
            query = model.select(*model._meta.sorted_fields).order_by(*keys).limit(_PAGE)
            if last is not None:
                query = query.where(Tuple(*keys) > Tuple(*last))
            page = cast(list[tuple[Any, ...]], list(query.tuples()))
        if not page:
            return
        yield page
        last = tuple(page[-1][i] for i in positions)


def _key_fields(model: type[Model]) -> Sequence[Any]:
    key = model._meta.primary_key
    if key is False:
        return model._meta.sorted_fields
    return [model._meta.fields[name] for name in key.field_names] if hasattr(key, "field_names") else [key]


def _insert(destination: Database, model: type[Model], rows: list[tuple[Any, ...]]) -> None:
    fields = model._meta.sorted_fields
    if isinstance(destination, PostgresqlDatabase):
        # COPY, where peewee's INSERT of the same rows built each statement in Python: 10k
        # comments took 9.9 s that way.
        columns = ", ".join(f'"{field.column_name}"' for field in fields)
        to_server = [field.db_value for field in fields]  # as an INSERT of the model's would
        with destination.cursor().copy(f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([convert(value) for convert, value in zip(to_server, row, strict=True)])
        return
    step = max(1, _PARAMETERS // len(fields))
    for start in range(0, len(rows), step):
        model.insert_many(rows[start : start + step], fields=fields).execute()
