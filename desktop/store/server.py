"""A library on a PostgreSQL server, for a team: `Library.open("postgresql://user@host/db")`.

The connection string goes to libpq as it is, so a password comes from libpq's own files
(~/.pgpass, a service in ~/.pg_service.conf) and TLS from `sslmode`; Glossa never stores one,
and every message shows the string with any password blanked (`redacted`).

An empty database gets the schema of the current models (as a new library file does), its
version in a one-row table (PostgreSQL has no `user_version`), and what lets the store's SQL,
written once in SQLite's spelling, run unchanged (dialect.py): 0/1 integer flags, a
case-insensitive collation named `nocase`, a `julianday()` function."""

from __future__ import annotations

import getpass
import importlib.util
import re
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import peewee
from peewee import PostgresqlDatabase, sort_models  # type: ignore[attr-defined]  # not in peewee's stubs

from desktop.texts import QT_TRANSLATE_NOOP

from . import coders, migrations, search_dialect, summaries
from .errors import StoreError
from .models import ARTICLE_SORT_INDEXES, MODELS, database

SCHEMES = ("postgresql://", "postgres://")
VERSION_TABLE = "glossa_schema"


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


def database_name(url: str) -> str:
    """The database a connection string names (`newsroom` of postgresql://ann@host/newsroom)."""
    return urlsplit(url).path.lstrip("/") or urlsplit(url).hostname or url


def password_of(url: str) -> str | None:
    return urlsplit(url).password


def with_password(url: str, password: str) -> str:
    """The connection string with this password in it: for connecting only, never to keep or show."""
    parts = urlsplit(url)
    user, _, host = parts.netloc.rpartition("@")
    user = user.split(":", 1)[0] or getpass.getuser()
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}"))


def needs_password(error: BaseException) -> bool:
    """Whether a server refused a connection for want of a (right) password."""
    text = str(error)
    return "no password supplied" in text or "password authentication failed" in text


def redacted(url: str) -> str:
    """The connection string fit for a message or a log: a password in it replaced by ***."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        credentials, _, host = netloc.rpartition("@")
        if ":" in credentials:
            netloc = f"{credentials.split(':', 1)[0]}:***@{host}"
    query = re.sub(r"(?i)(^|&)(password=)[^&]*", r"\1\2***", parts.query)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


class ServerDatabase(PostgresqlDatabase):
    """A library's database on PostgreSQL. Flags are SMALLINT 0/1, as SQLite keeps them, so the
    store's `is_read = 0` and `SET is_read = ?` with an int read and write alike on both."""

    field_types = {**PostgresqlDatabase.field_types, "BOOL": "SMALLINT"}  # noqa: RUF012  # as peewee declares it

    def _connect(self):  # type: ignore[no-untyped-def]
        connection = super()._connect()  # type: ignore[misc]  # peewee is untyped
        connection.adapters.register_dumper(bool, _flag_dumper())
        connection.cursor_factory = _rows_cursor()
        # A server left at its default cost of a random read, made for disks that seek, hashed
        # every article and author to find the 200 of a search's hits (16 ms, 1.4 by their keys);
        # a library's tables are read from memory or an SSD.
        connection.execute(
            "SELECT set_config('random_page_cost', CASE current_setting('random_page_cost') WHEN '4' THEN '1.1'"
            " ELSE current_setting('random_page_cost') END, false)")
        return connection


@cache
def _flag_dumper() -> type:  # psycopg is imported only when a server library is opened
    from psycopg.adapt import Dumper
    from psycopg.postgres import types

    class FlagDumper(Dumper):
        """A Python bool as a SMALLINT 0/1 flag (peewee's BooleanField hands over bools)."""

        oid = types["int2"].oid

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    return FlagDumper


_ROWS_AT_ONCE = 5000


@cache
def _rows_cursor() -> type:
    from psycopg import Cursor

    class RowsCursor(Cursor[Any]):
        """A cursor whose iteration loads the result's rows a few thousand at a time, as
        fetchmany() does, in C: psycopg's own iteration makes them one at a time in Python,
        which took longer than the statement itself for the article list's 800 ids (1.0 ms of
        1.5). A few thousand, not all: an export iterates over every comment."""

        def __iter__(self) -> Iterator[Any]:  # type: ignore[override]  # psycopg returns the cursor
            while rows := self.fetchmany(_ROWS_AT_ONCE):
                yield from rows

    return RowsCursor


# PostgreSQL's spelling of the few constraints the models write in SQLite's (models.py): each
# must be found in the DDL peewee makes, so a model changed without its counterpart here fails.
_DDL_REWRITES = (
    (re.compile(r"\binstr\(name, '/'\) = 0"), "strpos(name, '/') = 0"),
    (re.compile(r"color GLOB '#(?:\[0-9a-f\]){6}'"), "color ~ '^#[0-9a-f]{6}$'"),
    (re.compile(r"\((\w+_id IS NOT NULL)\)"), r"(\1)::int"),
    # Undo puts rows back in any order and checks references at its end, as SQLite's
    # defer_foreign_keys does (dialect.defer_foreign_keys): a reference must be deferrable.
    (re.compile(r'(FOREIGN KEY \("\w+"\) REFERENCES "\w+" \("\w+"\)(?: ON DELETE (?:CASCADE|SET NULL))?)'),
     r"\1 DEFERRABLE"),
)
_UNBOUNDED_TEXT = (re.compile(r"VARCHAR\(\d+\)"), "TEXT")  # SQLite ignores a CharField's 255: so do we

# What SQLite has and the store's SQL uses (dialect.py), made on PostgreSQL with the schema.
_COMPATIBILITY = (
    # COLLATE NOCASE: an unquoted name is folded to lower case. ICU's level 2 ignores case in
    # every script (Cyrillic too), where SQLite's NOCASE folds ASCII letters only.
    "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
    # The stored times are naive local times: julianday() of one, as SQLite computes it.
    "CREATE OR REPLACE FUNCTION julianday(timestamp) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE"
    " AS 'SELECT (extract(epoch FROM $1) / 86400.0 + 2440587.5)::double precision'",
    f'CREATE TABLE IF NOT EXISTS "{VERSION_TABLE}" (version integer NOT NULL)',
)


def schema_statements(db: ServerDatabase) -> list[str]:
    """The DDL of a new server library: the current models' tables and indexes."""
    statements = list(_COMPATIBILITY)
    for model in sort_models(MODELS):
        contexts = [model._schema._create_table(safe=True), *model._schema._create_indexes(safe=True)]
        for context in contexts:
            sql, params = db.get_sql_context().sql(context).query()
            assert not params, sql  # DDL takes literals only
            statements.append(_UNBOUNDED_TEXT[0].sub(_UNBOUNDED_TEXT[1], sql))
    statements = [_list_index(sql) if sql in ARTICLE_SORT_INDEXES else sql for sql in statements]
    unused = []
    for pattern, replacement in _DDL_REWRITES:
        found = [i for i, sql in enumerate(statements) if pattern.search(sql)]
        unused += [pattern.pattern] if not found else []
        for i in found:
            statements[i] = pattern.sub(replacement, statements[i])
    if unused:
        raise AssertionError(f"the models no longer hold the SQLite DDL server.py rewrites: {unused}")
    return [*statements, *search_dialect.SCHEMA]  # the search index: not a model (as on SQLite)


_INDEX = re.compile(r'^(CREATE INDEX IF NOT EXISTS "(\w+)" ON "article" )\((.*)\)$')


def _list_index(index: str) -> str:
    """A list sort index as PostgreSQL needs it to read the list from the index alone (an
    index-only scan: 0.2 ms for 800 ids, where reading and sorting the rows took 1-2 ms):
    NULLs first, where SQLite keeps them (dialect.order), then the id, the list's second sort
    key (SQLite's indexes end with the rowid; PostgreSQL's do not), so that both directions of
    the sort are a scan of the index, forwards or backwards; and an expression's columns
    carried in the index, without which PostgreSQL reads each row to compute it."""
    found = _INDEX.match(index)
    assert found, index
    head, expression = found[1], found[3]
    columns = list(dict.fromkeys(re.findall(r'"(\w+)"', expression)))
    plain = re.fullmatch(r'"\w+"( COLLATE \w+)?', expression)
    quoted = ", ".join('"' + column + '"' for column in columns)
    include = "" if plain else f" INCLUDE ({quoted})"
    return f'{head}({expression} NULLS FIRST, "id" NULLS FIRST){include}'


# The list's sort indexes, as a library made before they carried the id had them: an upgrade
# makes them anew (their names are the same).
LIST_INDEXES = tuple(_INDEX.match(sql)[2] for sql in ARTICLE_SORT_INDEXES)  # type: ignore[index]


def schema_version(db: ServerDatabase) -> int | None:
    """The stamped version; None for a database without Glossa's tables (0 when it is empty)."""
    tables = set(db.get_tables())
    if VERSION_TABLE not in tables:
        return 0 if not tables else None
    row = db.execute_sql(f'SELECT max(version) FROM "{VERSION_TABLE}"').fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def create_schema(db: ServerDatabase) -> None:
    with db.atomic():
        for statement in schema_statements(db):
            db.execute_sql(statement)
        db.execute_sql(f'DELETE FROM "{VERSION_TABLE}"')
        db.execute_sql(f'INSERT INTO "{VERSION_TABLE}" (version) VALUES (%s)', (migrations.SCHEMA_VERSION,))
        coders.create_owner(db)  # coder 1: the login that made the library


FIRST_SERVER_VERSION = 7  # the schema version the first server libraries were made at
# Version 10 added columns, which the current schema's CREATE ... IF NOT EXISTS does not: the
# texts saved before are the note's coder's, as on a library file.
_V10_NOTE_SAVERS = (
    'ALTER TABLE "note" ADD COLUMN IF NOT EXISTS "saved_by_id" INTEGER NOT NULL DEFAULT 1 REFERENCES "coder" ("id")',
    'ALTER TABLE "note_revision" ADD COLUMN IF NOT EXISTS "coder_id" INTEGER NOT NULL DEFAULT 1'
    ' REFERENCES "coder" ("id")',
    'UPDATE "note" SET "saved_by_id" = "coder_id"',
    'UPDATE "note_revision" r SET "coder_id" = n."coder_id" FROM "note" n WHERE n."id" = r."note_id"',
)


def upgrade_schema(db: ServerDatabase, shown: str) -> None:
    """Bring an older server library to this version, in one transaction: PostgreSQL's DDL is
    transactional, so a failed upgrade leaves the library as it was (where a library file is
    copied aside first). Every version since the first server library only added tables, indexes
    and the search index, so the current schema's statements, each made only when missing, are
    the upgrade; then references become deferrable (undo), the owner coder is made if the library
    has none, and the search index is built. Only the library's owner may change its tables."""
    version = schema_version(db) or 0
    if version < FIRST_SERVER_VERSION:
        raise ServerError(_NOT_USABLE.format(path=shown, error=f"schema version {version} is not a server library's"))
    try:
        with db.atomic():
            for name in LIST_INDEXES:  # remade below as they are now (_list_index)
                db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
            for statement in schema_statements(db):
                db.execute_sql(statement)
            if version < 10:  # columns on tables already there (migrations._V10_NOTE_SAVERS)
                for statement in _V10_NOTE_SAVERS:
                    db.execute_sql(statement)
            for table, constraint in db.execute_sql(
                    "SELECT conrelid::regclass::text, conname FROM pg_constraint"
                    " WHERE contype = 'f' AND NOT condeferrable AND connamespace = 'public'::regnamespace").fetchall():
                db.execute_sql(f'ALTER TABLE {table} ALTER CONSTRAINT "{constraint}" DEFERRABLE')
            if db.execute_sql("SELECT count(*) FROM coder").fetchone()[0] == 0:
                coders.create_owner(db)
            summaries.refresh_all(db)  # as every upgrade of a library file does
            search_dialect.rebuild(db)
            db.execute_sql(f'DELETE FROM "{VERSION_TABLE}"')
            db.execute_sql(f'INSERT INTO "{VERSION_TABLE}" (version) VALUES (%s)', (migrations.SCHEMA_VERSION,))
    except peewee.ProgrammingError as error:
        if "must be owner" not in str(error) and "permission denied" not in str(error):
            raise
        raise ServerError(_NOT_USABLE.format(path=shown, error=(
            f"schema version {version}: its owner must open it once with this Glossa to upgrade it"))) from error


def writable(db: ServerDatabase) -> bool:
    """Whether the login may change the library: a read-only login reads and searches only."""
    row = db.execute_sql(
        "SELECT has_table_privilege('note', 'INSERT') AND has_table_privilege('comment_tag', 'INSERT')"
        " AND has_table_privilege('note', 'UPDATE')").fetchone()
    return bool(row and row[0])


READ_ONLY_LOGIN = QT_TRANSLATE_NOOP("Library", "your login may read this library but not change it; its owner can "
                                    "grant you more")


class ServerError(StoreError):
    """Why a server library cannot be opened: a Text, the connection string redacted."""


# The texts a library file gets (db.py), translated already; what the server said stays English.
_CANNOT_OPEN = QT_TRANSLATE_NOOP("Library", "cannot open {path}: {error}")
_NOT_USABLE = QT_TRANSLATE_NOOP("Library", "{path} is not a usable Glossa library: {error}")


def open_database(url: str) -> ServerDatabase:
    """Connect, bind the models to it and create the schema on an empty database. Raises
    migrations.LibraryTooNew for a newer schema, ServerError for everything else; then the
    library open before stays bound."""
    shown = redacted(url)
    if importlib.util.find_spec("psycopg") is None:
        raise ServerError(_CANNOT_OPEN.format(path=shown, error="the PostgreSQL driver (psycopg) is not installed"))
    db = ServerDatabase(url, prefer_psycopg3=True)
    previous = database.obj
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        version = schema_version(db)
        if version == 0:
            create_schema(db)
        elif version is None:
            raise ServerError(_NOT_USABLE.format(path=shown, error="the database holds another program's tables"))
        elif version > migrations.SCHEMA_VERSION:
            raise migrations.LibraryTooNew(version)
        elif version < migrations.SCHEMA_VERSION:
            upgrade_schema(db, shown)
    except peewee.DatabaseError as error:
        db.close()
        database.initialize(previous)
        reason = " ".join(str(error).replace(url, shown).split())
        raise ServerError(_CANNOT_OPEN.format(path=shown, error=reason)) from error
    except BaseException:
        db.close()
        database.initialize(previous)
        raise
    return db
