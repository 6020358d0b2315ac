"""Coders: who made each annotation (schema version 7).

A coder is a name in the `coder` table; annotations refer to it by id, so a rename changes no
annotation. Coder 1 (models.OWNER_ID) owns the library: a new library is made with it, and an
upgraded library's earlier annotations are its. On SQLite the app's coder is the name in
Preferences (`glossa --coder NAME` on the command line), the system login by default; on a
PostgreSQL server library it is meant to be the database login."""

from __future__ import annotations

import getpass
import json
import re
from dataclasses import dataclass
from datetime import datetime

from peewee import SqliteDatabase

from desktop.texts import QT_TRANSLATE_NOOP

from . import annotations as ann
from .models import OWNER_ID

_IN = "IN (SELECT value FROM json_each(?))"

MAX_NAME = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class CoderError(ValueError):
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


def create_owner(db: SqliteDatabase, name: str | None = None) -> None:
    """Make coder 1, the owner, in a library that has no coder yet (a new or upgraded one)."""
    db.execute_sql("INSERT INTO coder (id, name, created_at) VALUES (?, ?, ?)",
                   (OWNER_ID, clean_name(name) if name else default_name(), _now()))


def coder_id(db: SqliteDatabase, name: str) -> int:
    """The id of the coder called `name`, made if the library has none of that name yet."""
    name = clean_name(name)
    with db.atomic():
        row = db.execute_sql("SELECT id FROM coder WHERE name = ?", (name,)).fetchone()
        if row is not None:
            return int(row[0])
        return int(db.execute_sql("INSERT INTO coder (name, created_at) VALUES (?, ?)", (name, _now())).lastrowid)


def find_coder(db: SqliteDatabase, name: str) -> int | None:
    row = db.execute_sql("SELECT id FROM coder WHERE name = ?", (" ".join(name.split()),)).fetchone()
    return None if row is None else int(row[0])


def coders(db: SqliteDatabase) -> list[CoderInfo]:
    """Every coder of the library, the owner first."""
    return [CoderInfo(int(r[0]), r[1]) for r in db.execute_sql("SELECT id, name FROM coder ORDER BY id")]


def coder_name(db: SqliteDatabase, coder: int) -> str:
    row = db.execute_sql("SELECT name FROM coder WHERE id = ?", (coder,)).fetchone()
    if row is None:
        raise CoderError(f"there is no coder {coder}")
    return str(row[0])


def rename_coder(db: SqliteDatabase, coder: int, name: str) -> None:
    """Give a coder another name; their annotations stay theirs. Raises CoderError when another
    coder has that name already."""
    name = clean_name(name)
    with db.atomic():
        coder_name(db, coder)  # raises when there is no such coder
        other = find_coder(db, name)
        if other is not None and other != coder:
            raise CoderError(QT_TRANSLATE_NOOP("Coders", "there is a coder called {name} already").format(name=name))
        db.execute_sql("UPDATE coder SET name = ? WHERE id = ?", (name, coder))


# -- what agreement reads (desktop/analysis/agreement.py computes on it) ------------------------


def coders_with_marks(db: SqliteDatabase) -> list[CoderInfo]:
    """The coders who marked anything coded: agreement's coders when none are chosen."""
    return [CoderInfo(int(r[0]), r[1]) for r in db.execute_sql(
        "SELECT id, name FROM coder WHERE id IN (SELECT coder_id FROM coded) ORDER BY id")]


def shared_comments(db: SqliteDatabase, coder_ids: list[int]) -> list[int]:
    """The comments every one of the coders marked coded (by article or by subthread), in order."""
    if not coder_ids:
        return []
    shared = set.intersection(*(ann.coded_comments(db, coder) for coder in coder_ids))
    return sorted(shared)


def articles_of(db: SqliteDatabase, comment_ids: list[int]) -> dict[int, int]:
    """Comment id -> its article's id."""
    return dict(db.execute_sql(f"SELECT id, article_id FROM comment WHERE id {_IN}",
                               (json.dumps(comment_ids),)).fetchall())


def comment_codes(db: SqliteDatabase, comment_ids: list[int], coder_ids: list[int]) -> dict[tuple[int, int], set[int]]:
    """(comment, coder) -> the tags that coder put on that comment."""
    codes: dict[tuple[int, int], set[int]] = {}
    for comment, coder, tag in db.execute_sql(
        f"SELECT comment_id, coder_id, tag_id FROM comment_tag WHERE comment_id {_IN} AND coder_id {_IN}",
        (json.dumps(comment_ids), json.dumps(coder_ids)),
    ):
        codes.setdefault((comment, coder), set()).add(tag)
    return codes


def comment_spans(
    db: SqliteDatabase, comment_ids: list[int], coder_ids: list[int], tag_id: int
) -> list[tuple[int, list[list[tuple[int, int]]]]]:
    """For each comment: its length and each coder's highlights with the tag on it (code points)."""
    lengths = dict(db.execute_sql(f"SELECT id, length(body) FROM comment WHERE id {_IN}",
                                  (json.dumps(comment_ids),)).fetchall())
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for comment, coder, start, end in db.execute_sql(
        "SELECT comment_id, coder_id, start_offset, end_offset FROM highlight WHERE target_kind = 'comment'"
        f" AND tag_id = ? AND comment_id {_IN} AND coder_id {_IN}",
        (tag_id, json.dumps(comment_ids), json.dumps(coder_ids)),
    ):
        spans.setdefault((comment, coder), []).append((start, end))
    return [(int(lengths.get(c, 0)), [spans.get((c, coder), []) for coder in coder_ids]) for c in comment_ids]
