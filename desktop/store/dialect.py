"""What differs between the two engines a library can live on, in one place: SQLite (a library
file, the default) and PostgreSQL (a library a team shares, desktop/store/server.py). The store's
SQL is written once, in SQLite's spelling with `?` placeholders, and runs through `execute()`,
which hands it to the library's engine as that engine spells it.

What needs no translation, because PostgreSQL is given what SQLite has (server.py creates it):
flags are 0/1 integers on both; `COLLATE NOCASE` names a case-insensitive ICU collation there;
`julianday()` is a function there. What does differ is asked of `of(db)`: placeholders, id lists,
upserts, case-insensitive LIKE, where NULLs sort, comparing rows that may hold NULLs, a time as text,
the new row's id, deferred foreign keys, ids given by hand, a JSON array, and the login."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

from peewee import Database, PostgresqlDatabase

from .errors import causes


class SqliteDialect:
    name = "sqlite"
    like = "LIKE"  # ASCII letters in any case (SQLite's LIKE)
    # An id list bound as one parameter: no cap on how many ids one statement takes.
    in_ids = "IN (SELECT value FROM json_each(?))"

    def sql(self, statement: str) -> str:
        return statement

    def ids(self, ids: Iterable[int]) -> Any:
        """The parameter `in_ids` takes."""
        return json.dumps(sorted({int(i) for i in ids}))

    def order(self, expression: str, descending: bool) -> str:
        """ORDER BY one term; NULLs sort as SQLite sorts them: before every value."""
        return f"{expression} {'DESC' if descending else 'ASC'}"

    def insert(self, table: str, columns: Sequence[str], *, ignore: bool = False, replace_on: Sequence[str] = (),
               rows: str = "") -> str:
        """INSERT of `columns` from `?` values (or the SELECT `rows`): a row that conflicts with
        one already there is skipped (`ignore`) or replaces it (`replace_on`: the unique key)."""
        verb = "INSERT OR IGNORE" if ignore else "INSERT OR REPLACE" if replace_on else "INSERT"
        return f'{verb} INTO "{table}" ({", ".join(columns)}) {rows or _values(columns)}'

    def row_differs(self, columns: str, query: str) -> str:
        """A condition: the row of `columns` differs from the one row `query` gives, a NULL
        equal to a NULL."""
        return f"({columns}) IS NOT ({query})"

    def time_text(self, expression: str) -> str:
        """A stored time as SQLite keeps it, text 'YYYY-MM-DD HH:MM:SS', for substr() of its
        date or hour."""
        return expression

    def binary(self, expression: str) -> str:
        """Text to ORDER BY in code point order, as SQLite's BINARY collation sorts it."""
        return expression

    def snapshot(self, db: Database) -> Any:
        """A read transaction that sees one state of the library throughout (an export)."""
        return db.atomic(lock_type="DEFERRED")

    # Undo puts rows back in any order: references are checked at commit, not at each statement.
    defer_foreign_keys = "PRAGMA defer_foreign_keys = ON"  # until the transaction ends
    check_foreign_keys: str | None = None  # SQLite checks the deferred references at COMMIT
    login: str | None = None  # a library file has no login: the coder is a name (coders.py)

    def returning_id(self, statement: str) -> str:
        """An INSERT of one row, spelled so that `insert_id` can read the new row's id."""
        return statement

    def follow_ids(self, table: str) -> str | None:
        """A statement that makes `table`'s next id follow the ids an INSERT gave by hand; None
        where nothing needs doing (SQLite takes the largest id + 1)."""
        return None

    # A statement (one `?`: a name) that makes writers of one thing take turns until the
    # transaction ends: a tag tree, a note, the coders. None on SQLite, where every write
    # transaction begins IMMEDIATE and so holds the library's one write lock already.
    take_turns: str | None = None

    # A long job's lock, held across its transactions until let go or its connection ends (one
    # `?`: a name): true when taken, false at once when another connection holds it. None on
    # SQLite: a library file is open in one window (db.py's lock) and its writers queue.
    hold: str | None = None
    let_go: str | None = None
    # Who holds the lock of a name (one `?`): their login.
    holder: str | None = None

    def analyze(self, tables: Sequence[str]) -> str | None:
        """A statement that brings the planner's statistics of `tables` up to date after a bulk
        write; None where nothing needs doing (SQLite plans without them until ANALYZE is run)."""
        return None

    def json_array(self, value: str, rows: str) -> str:
        """A subquery: the JSON array (text) of `value` over `rows` ("FROM ... WHERE ..."), in
        code point order of value."""
        return f"(SELECT json_group_array({value}) FROM (SELECT {value} {rows} ORDER BY {value}))"


class PostgresDialect(SqliteDialect):
    name = "postgresql"
    like = "ILIKE"  # any letter in any case: a superset of SQLite's LIKE
    in_ids = "= ANY(?)"

    def sql(self, statement: str) -> str:
        return _pyformat(_postgres_spelling(statement))

    def ids(self, ids: Iterable[int]) -> Any:
        return sorted({int(i) for i in ids})

    def order(self, expression: str, descending: bool) -> str:
        # PostgreSQL puts NULLs after every value; the list must sort alike on both engines.
        return f"{expression} {'DESC NULLS LAST' if descending else 'ASC NULLS FIRST'}"

    def insert(self, table: str, columns: Sequence[str], *, ignore: bool = False, replace_on: Sequence[str] = (),
               rows: str = "") -> str:
        statement = f'INSERT INTO "{table}" ({", ".join(columns)}) {rows or _values(columns)}'
        if ignore:
            return f"{statement} ON CONFLICT DO NOTHING"
        if replace_on:
            others = [column for column in columns if column not in replace_on]
            update = ", ".join(f"{column} = excluded.{column}" for column in others)
            action = f"DO UPDATE SET {update}" if others else "DO NOTHING"
            return f"{statement} ON CONFLICT ({', '.join(replace_on)}) {action}"
        return statement

    def row_differs(self, columns: str, query: str) -> str:
        # No row-to-subquery IS DISTINCT FROM here; EXCEPT compares NULLs as equal, and unifies
        # the types (a stored integer against a bigint COUNT).
        return f"EXISTS (SELECT {columns} EXCEPT {query})"

    def time_text(self, expression: str) -> str:
        return f"to_char({expression}, 'YYYY-MM-DD HH24:MI:SS')"  # a timestamp here

    def binary(self, expression: str) -> str:
        return f'{expression} COLLATE "C"'  # the database's own collation follows its locale

    def snapshot(self, db: Database) -> Any:
        return db.atomic(isolation_level="REPEATABLE READ")

    # The foreign keys of a server library are DEFERRABLE (server.py): deferred until checked
    # again, which undo does before it leaves its transaction, so a broken one fails there.
    defer_foreign_keys = "SET CONSTRAINTS ALL DEFERRED"
    check_foreign_keys = "SET CONSTRAINTS ALL IMMEDIATE"
    login = "current_user"

    def returning_id(self, statement: str) -> str:
        return f"{statement} RETURNING id"  # psycopg has no lastrowid

    # Read-then-write on a server would otherwise let two logins both find no tag "claims" and
    # both create it, or both read a note's text and keep the same revision, losing one text.
    take_turns = "SELECT pg_advisory_xact_lock(hashtext(?))"
    hold = "SELECT pg_try_advisory_lock(hashtext(?))"
    let_go = "SELECT pg_advisory_unlock(hashtext(?))"
    # An advisory lock on one bigint keeps its high half in classid, its low half in objid.
    holder = ("SELECT a.usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
              " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.pid <> pg_backend_pid()"
              " AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtext(?)::bigint LIMIT 1")

    def analyze(self, tables: Sequence[str]) -> str | None:
        # Statistics of a table taken while it was empty (glossa copy's ANALYZE) make the planner
        # join it by nested loops: minutes per statement once it holds 100k rows, until autovacuum
        # comes by. Only an owner may; for another login the server skips it with a warning.
        return f"ANALYZE {', '.join(tables)}"

    def follow_ids(self, table: str) -> str | None:
        return f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM \"{table}\"))"

    def json_array(self, value: str, rows: str) -> str:
        return f'(SELECT json_agg({value} ORDER BY {value} COLLATE "C")::text {rows})'


SQLITE = SqliteDialect()
POSTGRES = PostgresDialect()


def of(db: Database) -> SqliteDialect:
    """The dialect of a library's database."""
    return POSTGRES if isinstance(db, PostgresqlDatabase) else SQLITE


def execute(db: Database, sql: str, params: Sequence[Any] = ()) -> Any:
    """Run one statement written in SQLite's spelling on the library's engine: the cursor."""
    return db.execute_sql(of(db).sql(sql), params)


def insert_id(db: Database, sql: str, params: Sequence[Any] = ()) -> int:
    """Run an INSERT of one row written in SQLite's spelling: the new row's id."""
    dialect = of(db)
    cursor = execute(db, dialect.returning_id(sql), params)
    return int(cursor.lastrowid if dialect is SQLITE else cursor.fetchone()[0])


def take_turns(db: Database, name: str) -> None:
    """Wait for other writers of `name` (see `SqliteDialect.take_turns`); inside a transaction."""
    statement = of(db).take_turns
    if statement is not None:
        execute(db, statement, (name,))


# A server breaks a deadlock (40P01) or a serialization conflict (40001) by failing one of the
# transactions in it; that one, done again from its start (or its savepoint), can succeed.
_CONFLICTS = frozenset({"40P01", "40001"})
RETRY_PAUSE = 0.05  # seconds before a write that lost a conflict is done again
_T = TypeVar("_T")
_P = ParamSpec("_P")


def lost_a_conflict(db: Database, error: BaseException) -> bool:
    """Whether the server failed this write to break a deadlock or a serialization conflict with
    another connection (never on SQLite, whose writers queue for one lock)."""
    if of(db) is SQLITE:
        return False
    return any(getattr(current, "sqlstate", None) in _CONFLICTS for current in causes(error))


def retried(db: Database, write: Callable[[], _T]) -> _T:
    """Run `write`, which opens its own transaction; when the server failed it to break a deadlock,
    once more after a short pause (the other side has its locks by then). Inside a caller's
    transaction it runs once: only the caller could do its whole transaction again."""
    outermost = not db.in_transaction()
    try:
        return write()
    except Exception as error:
        if not outermost or not lost_a_conflict(db, error):
            raise
    time.sleep(RETRY_PAUSE)
    return write()


def once_more_on_conflict(write: Callable[Concatenate[Database, _P], _T]) -> Callable[Concatenate[Database, _P], _T]:
    """A store write (its first argument the database) that `retried` runs. An argument that can
    be iterated only once (a generator of ids) is made a list first, for the second run to see."""
    @wraps(write)
    def run(db: Database, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        again = [list(a) if isinstance(a, Iterator) else a for a in args]
        named = {k: list(v) if isinstance(v, Iterator) else v for k, v in kwargs.items()}
        return retried(db, lambda: write(db, *again, **named))  # type: ignore[arg-type]  # the same, listed
    return run


def hold(db: Database, name: str) -> str | None:
    """Take the lock of `name` for a job longer than one transaction (see `SqliteDialect.hold`):
    None when taken (or on SQLite), else the login of the one holding it ("" when not known)."""
    dialect = of(db)
    if dialect.hold is None or execute(db, dialect.hold, (name,)).fetchone()[0]:
        return None
    row = execute(db, dialect.holder, (name,)).fetchone() if dialect.holder else None
    return str(row[0]) if row and row[0] else ""


def let_go(db: Database, name: str) -> None:
    """Let go of the lock `hold` took."""
    statement = of(db).let_go
    if statement is not None:
        execute(db, statement, (name,))


def refresh_statistics(db: Database, tables: Sequence[str]) -> None:
    """After a bulk write to `tables`: the planner's statistics of them brought up to date (see
    `SqliteDialect.analyze`)."""
    statement = of(db).analyze(tables)
    if statement is not None:
        execute(db, statement)


def execute_many(db: Database, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """Run one statement written in SQLite's spelling once for each row of parameters."""
    db.cursor().executemany(of(db).sql(sql), list(rows))


_COPY_FROM = 1000  # rows before COPY through a staging table pays for its statements
# (a plain insert goes by COPY from a handful of rows: a thread's comments take a third less time)


def insert_rows(db: Database, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], *,
                ignore: bool = False, replace_on: Sequence[str] = ()) -> None:
    """Insert many rows as `insert` would, one at a time: on SQLite by executemany (in process,
    no round trip), on PostgreSQL by COPY, where a statement a row would cost a round trip each
    and executemany, pipelined, still plans each; a row that conflicts goes through a staging
    table to its ON CONFLICT. Inside a transaction."""
    dialect = of(db)
    statement = dialect.insert(table, columns, ignore=ignore, replace_on=replace_on)
    target = table if not (ignore or replace_on) else "glossa_staging"
    if dialect is SQLITE or len(rows) < (_COPY_FROM if target != table else 2):
        db.cursor().executemany(dialect.sql(statement), rows)
        return
    names = ", ".join(columns)
    cursor = db.cursor()
    if target != table:  # a failed COPY rolls the table back with the transaction
        cursor.execute(f"DROP TABLE IF EXISTS {target}")
        cursor.execute(f'CREATE TEMPORARY TABLE {target} AS SELECT {names} FROM "{table}" WITH NO DATA')
    with cursor.copy(f'COPY "{target}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)
    if target != table:
        cursor.execute(dialect.insert(table, columns, ignore=ignore, replace_on=replace_on,
                                      rows=f"SELECT {names} FROM {target}"))
        cursor.execute(f"DROP TABLE {target}")


def follow_ids(db: Database, table: str) -> None:
    """After an INSERT gave ids by hand: the next id `table` gives follows them (see the method)."""
    statement = of(db).follow_ids(table)
    if statement is not None:
        execute(db, statement)


def in_transaction(db: Database) -> bool:
    """Whether this thread's connection is still inside a transaction after a failed statement:
    SQLite takes a whole transaction back on some errors (a full disk); a server keeps it (to be
    rolled back to a savepoint) unless the connection itself was lost."""
    connection = db.connection()
    if of(db) is SQLITE:
        return bool(connection.in_transaction)
    return connection.info.transaction_status.name in ("INTRANS", "INERROR")


def _values(columns: Sequence[str]) -> str:
    return f"VALUES ({', '.join('?' * len(columns))})"


# The few expressions PostgreSQL spells otherwise, each found as the store writes it: the search
# filters' "an ISO date" (query_language.ARTICLE_TIME).
_REWRITES = (("GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'", "~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'"),)


@lru_cache(maxsize=1024)
def _postgres_spelling(statement: str) -> str:
    for sqlite, postgres in _REWRITES:
        statement = statement.replace(sqlite, postgres)
    return statement


@lru_cache(maxsize=1024)
def _pyformat(statement: str) -> str:
    """`?` placeholders as psycopg's `%s` (and a literal `%` as `%%`), outside quoted text."""
    out: list[str] = []
    quote = ""
    for char in statement:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)
