"""The one family of exceptions the store raises to the layers above it: what it refused, with a
message for the user, and what the engine failed to do (a full disk, a lost file, a dropped
connection to the server). The UI and the command line catch `StoreError`, never peewee's,
sqlite3's or psycopg's types: `engine_errors()` turns those into `EngineError` at the door
(ui/session.py's `call_on`)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import peewee


def causes(error: BaseException) -> list[BaseException]:
    """The error, then its causes and contexts, each once (peewee wraps a driver's error in its
    own, the driver's in its args: the real cause, a SQLSTATE, may be anywhere in the chain)."""
    seen: list[BaseException] = []
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop(0)
        if any(current is s for s in seen):
            continue
        seen.append(current)
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
        pending.extend(a for a in getattr(current, "args", ()) if isinstance(a, BaseException))
    return seen


class StoreError(Exception):
    """A store operation that could not be done; str() is the message for the user (a Text
    where the store wrote it)."""


class EngineError(StoreError):
    """SQLite or PostgreSQL failed to read or write: the cause in the user's words."""


@contextlib.contextmanager
def engine_errors() -> Iterator[None]:
    """Run store code; an engine's own exception leaves it as EngineError, with its cause chained."""
    try:
        yield
    except StoreError:
        raise
    except (peewee.PeeweeException, sqlite3.Error) as error:  # peewee wraps psycopg's errors too
        from .check import explain_write_error  # check.py is large and needed only on failure

        raise EngineError(explain_write_error(error)) from error
