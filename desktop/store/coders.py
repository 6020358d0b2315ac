"""Coders: who made each annotation (schema version 7).

A coder is a name in the `coder` table; annotations refer to it by id, so a rename changes no
annotation. Coder 1 (models.OWNER_ID) owns the library: a new library is made with it, and an
upgraded library's earlier annotations are its. On SQLite the app's coder is the name in
Preferences (`glossa --coder NAME` on the command line), the system login by default; on a
PostgreSQL server library it is the database login, nothing to set or forget (`current_coder`).
The SQL runs on both engines through dialect.py."""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass
from datetime import datetime

from peewee import Database

from desktop.texts import QT_TRANSLATE_NOOP

from .dialect import execute, insert_id, of, take_turns
from .errors import StoreError
from .models import OWNER_ID

MAX_NAME = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class CoderError(StoreError, ValueError):
    """A coder name that cannot be used, or a coder that is not there."""


@dataclass(frozen=True)
class CoderInfo:
    id: int
    name: str


def default_name() -> str:
    """The system login, the coder's name until Preferences says another."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name in the environment or the user database
        name = ""
    return clean_name(name) if name.strip() else "owner"


def clean_name(name: str) -> str:
    """The name with its spaces collapsed; raises CoderError for one that cannot be a coder."""
    name = " ".join(name.split())
    if not name:
        raise CoderError(QT_TRANSLATE_NOOP("Coders", "a coder needs a name"))
    if _CONTROL.search(name):
        raise CoderError(QT_TRANSLATE_NOOP("Coders", "a coder name cannot contain control characters"))
    if len(name) > MAX_NAME:
        raise CoderError(QT_TRANSLATE_NOOP("Coders", "a coder name has at most {limit} characters")
                         .format(limit=MAX_NAME))
    return name


def _now() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def login(db: Database) -> str | None:
    """The database login a server library is open as; None for a library file."""
    expression = of(db).login
    return None if expression is None else str(execute(db, f"SELECT {expression}").fetchone()[0])


def create_owner(db: Database, name: str | None = None) -> None:
    """Make coder 1, the owner, in a library that has no coder yet (a new or upgraded one): the
    name given, else the database login on a server, else the system login."""
    name = clean_name(name) if name else login(db) or default_name()
    execute(db, "INSERT INTO coder (id, name, created_at) VALUES (?, ?, ?)", (OWNER_ID, clean_name(name), _now()))
    follow = of(db).follow_ids("coder")
    if follow:
        execute(db, follow)


def current_coder(db: Database, name: str | None = None) -> int:
    """The id of the coder writing now, made at the first write: on a server library the
    database login, whatever name is given; on a library file `name` (Preferences' coder,
    `--coder`), the system login when it is empty."""
    server_login = login(db)
    if server_login is not None:
        return coder_id(db, server_login)
    return coder_id(db, name or default_name())


def find_current_coder(db: Database, name: str | None = None) -> int | None:
    """current_coder's id, found and not made (looking must not write: a read-only login, blind
    coding before a first write); None for a coder who has written nothing here yet."""
    return find_coder(db, login(db) or name or default_name())


def coder_id(db: Database, name: str) -> int:
    """The id of the coder called `name`, made if the library has none of that name yet."""
    name = clean_name(name)
    with db.atomic():
        take_turns(db, "coders")  # two first writes of one login make one coder
        row = execute(db, "SELECT id FROM coder WHERE name = ?", (name,)).fetchone()
        if row is not None:
            return int(row[0])
        return insert_id(db, "INSERT INTO coder (name, created_at) VALUES (?, ?)", (name, _now()))


def find_coder(db: Database, name: str) -> int | None:
    row = execute(db, "SELECT id FROM coder WHERE name = ?", (" ".join(name.split()),)).fetchone()
    return None if row is None else int(row[0])


def note_coder(db: Database, note_id: int) -> int | None:
    """Whose a note is (a note is one per target, the coder's who wrote it first); None: no such note."""
    row = execute(db, "SELECT coder_id FROM note WHERE id = ?", (note_id,)).fetchone()
    return None if row is None else int(row[0])


def coders(db: Database) -> list[CoderInfo]:
    """Every coder of the library, the owner first."""
    return [CoderInfo(int(r[0]), r[1]) for r in execute(db, "SELECT id, name FROM coder ORDER BY id")]


def coder_name(db: Database, coder: int) -> str:
    row = execute(db, "SELECT name FROM coder WHERE id = ?", (coder,)).fetchone()
    if row is None:
        raise CoderError(f"there is no coder {coder}")
    return str(row[0])


def rename_coder(db: Database, coder: int, name: str) -> None:
    """Give a coder another name; their annotations stay theirs. Raises CoderError when another
    coder has that name already."""
    name = clean_name(name)
    with db.atomic():
        coder_name(db, coder)  # raises when there is no such coder
        other = find_coder(db, name)
        if other is not None and other != coder:
            raise CoderError(QT_TRANSLATE_NOOP("Coders", "there is a coder called {name} already").format(name=name))
        execute(db, "UPDATE coder SET name = ? WHERE id = ?", (name, coder))


# -- what agreement reads (desktop/analysis/agreement.py computes on it) ------------------------


def coders_with_marks(db: Database) -> list[CoderInfo]:
    """The coders who marked anything coded: agreement's coders when none are chosen."""
    return [CoderInfo(int(r[0]), r[1]) for r in execute(
        db, "SELECT id, name FROM coder WHERE id IN (SELECT coder_id FROM coded) ORDER BY id")]


def articles_of(db: Database, comment_ids: list[int]) -> dict[int, int]:
    """Comment id -> its article's id."""
    dialect = of(db)
    return dict(execute(db, f"SELECT id, article_id FROM comment WHERE id {dialect.in_ids}",
                        (dialect.ids(comment_ids),)).fetchall())


def comment_codes(db: Database, comment_ids: list[int], coder_ids: list[int]) -> dict[tuple[int, int], set[int]]:
    """(comment, coder) -> the tags that coder put on that comment."""
    codes: dict[tuple[int, int], set[int]] = {}
    dialect = of(db)
    for comment, coder, tag in execute(
        db, f"SELECT comment_id, coder_id, tag_id FROM comment_tag WHERE comment_id {dialect.in_ids}"
        f" AND coder_id {dialect.in_ids}",
        (dialect.ids(comment_ids), dialect.ids(coder_ids)),
    ):
        codes.setdefault((comment, coder), set()).add(tag)
    return codes


def comment_spans(
    db: Database, comment_ids: list[int], coder_ids: list[int], tag_id: int
) -> list[tuple[int, list[list[tuple[int, int]]]]]:
    """For each comment: its length and each coder's highlights with the tag on it (code points)."""
    dialect = of(db)
    lengths = dict(execute(db, f"SELECT id, length(body) FROM comment WHERE id {dialect.in_ids}",
                           (dialect.ids(comment_ids),)).fetchall())
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for comment, coder, start, end in execute(
        db, "SELECT comment_id, coder_id, start_offset, end_offset FROM highlight WHERE target_kind = 'comment'"
        f" AND tag_id = ? AND comment_id {dialect.in_ids} AND coder_id {dialect.in_ids}",
        (tag_id, dialect.ids(comment_ids), dialect.ids(coder_ids)),
    ):
        spans.setdefault((comment, coder), []).append((start, end))
    return [(int(lengths.get(c, 0)), [spans.get((c, coder), []) for coder in coder_ids]) for c in comment_ids]
