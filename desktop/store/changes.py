"""Who changed what, told to every other window and command on one server library.

A write on a library on a PostgreSQL server announces, in its own transaction, which articles it
touched (`announce`): PostgreSQL delivers the announcement to every connection that listens
(LISTEN/NOTIFY) when the transaction commits, and never when it rolls back. A window listens
through a `Listener`, a connection of its own, and reloads what it shows of those articles; the
announcements of its own process are left out, since it has shown its own changes already.

A library file has one writer at a time (the window holds its lock; a command waits for SQLite's
write lock), so nothing is announced there."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import Database

from .dialect import execute, of

CHANNEL = "glossa_changes"
_PROCESS = uuid.uuid4().hex  # this process's announcements carry it; its listeners skip them
_MAX_IDS = 500  # beyond this an announcement says "any article" (a NOTIFY payload is < 8,000 bytes)
# tags, highlights, notes; read and starred; articles; a campaign analysis finished (articles: None)
KINDS = ("annotations", "reading", "library", "campaigns")


@dataclass(frozen=True)
class Announcement:
    kind: str  # one of KINDS
    articles: frozenset[int] | None  # None: any article may have changed


def enabled(db: Database) -> bool:
    """Whether writes to this library are announced (a server library's are)."""
    return of(db).name == "postgresql"


def announce(db: Database, kind: str, articles: Iterable[int] | None) -> None:
    """Tell the other connections to this library that these articles' `kind` changed (with the
    current transaction, if one is open). Nothing on a library file."""
    if not enabled(db):
        return
    ids = None if articles is None else sorted({int(i) for i in articles})
    if ids is not None and len(ids) > _MAX_IDS:
        ids = None
    payload = json.dumps({"by": _PROCESS, "kind": kind, "articles": ids}, separators=(",", ":"))
    execute(db, "SELECT pg_notify(?, ?)", (CHANNEL, payload))


def parse(payload: str, process: str = _PROCESS) -> Announcement | None:
    """An announcement of another process, or None (this process's own, or not one of ours)."""
    try:
        found = json.loads(payload)
        if found.get("by") == process or found.get("kind") not in KINDS:
            return None
        articles = found.get("articles")
        return Announcement(found["kind"], None if articles is None else frozenset(int(i) for i in articles))
    except (ValueError, TypeError, AttributeError):
        return None


class Listener:
    """The announcements made on one server library by other processes, on a connection of its
    own (psycopg, autocommit). `wait` blocks: call it on a thread of its own."""

    def __init__(self, db: Database, process: str = _PROCESS) -> None:
        import psycopg  # only a server library listens

        self.process = process
        params: dict[str, Any] = dict(db.connect_params)
        params.pop("prefer_psycopg3", None)
        self.connection = psycopg.connect(db.database, autocommit=True, **params)
        self.connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[Announcement]:
        """What arrived within `timeout` seconds (empty when nothing did)."""
        found = []
        for notify in self.connection.notifies(timeout=timeout, stop_after=1):
            found.append(notify.payload)
        # Whatever arrived meanwhile comes with the first, so a burst costs one reload.
        found.extend(notify.payload for notify in self.connection.notifies(timeout=0.05))
        return [announcement for payload in found if (announcement := parse(payload, self.process))]

    def close(self) -> None:
        self.connection.close()
