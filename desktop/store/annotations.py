"""Annotations: hierarchical tags, highlights and Markdown notes, with exact undo. No Qt.

Every function takes the open library's database (`library.db`).

Undo. Every write runs in one transaction (a subthread of 100,000 comments, a merge, a delete:
all or nothing) and returns a `Change`: the rows of the annotation tables it touched, before and
after. `undo(db, change)` puts those rows back exactly, with their ids, and `redo(db, change)`
applies them again; both refuse with `UndoError`, touching nothing, when the rows are no longer
as the change expects. A QUndoCommand keeps the Change: its first redo() runs the operation,
later undo()/redo() call `undo`/`redo`. `Change.label` is a short text for the Edit menu; an
operation that changed nothing returns a Change whose `empty` is true (push nothing).

Offsets. Highlight offsets count Unicode code points (Python str indices, end exclusive). An
article's text is `article_text(paragraphs)`: its cleaned paragraphs joined with "\\n\\n"
(`paragraph_spans` gives where each paragraph starts); a comment's text is its body. Qt counts
UTF-16 units: convert with `utf16_to_index` / `index_to_utf16` (they differ only past U+FFFF).

Nothing is lost by deleting what it is on. A note or highlight whose article, comment, author,
highlight, tag or campaign disappears stays, detached (its key set to NULL, `target_label` says what it
was on), and is listed by `browse_annotations()` with `detached=True`. Tag links go with their article,
comment or tag. A note with an empty body is no note: `set_note(target, "")` empties it and
keeps the old text as a revision (`note_history`).

Coders (schema version 7, desktop/store/coders.py). Every tag link, highlight and note records
its coder (`coder=`, an id; the owner, coder 1, by default) and time. Each coder's tag links are
their own rows: two coders can put the same tag on the same comment, and untagging takes off only
the coder's own. A note is one per target, the coder's who wrote it first.

What the window shows follows its coder view: the reads below that take `coder` (an id, or None
for every coder) show only that coder's links, highlights and notes, so a coder coding blind
sees none of the others' work (`coder` of a coder who has written nothing yet: nothing).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, NamedTuple

from peewee import Database, IntegrityError

from desktop.store.json_lists import stored_list
from desktop.texts import PLURAL, QT_TRANSLATE_NOOP

from . import changes
from .dialect import POSTGRES, execute, execute_many, insert_id, of, once_more_on_conflict, take_turns
from .errors import StoreError
from .models import ANNOTATION_MODELS, OWNER_ID, TARGET_KINDS

# --------------------------------------------------------------------------------------------
# Types


class Target(NamedTuple):
    """What an annotation is on: kind is one of TARGET_KINDS (highlights: article or comment)."""

    kind: str
    id: int


class AnnotationError(StoreError, ValueError):
    """An operation that cannot be done, with a message fit for the user."""


class TagError(AnnotationError):
    pass


class UndoError(AnnotationError):
    """The library no longer matches the change: nothing was modified."""


@dataclass(frozen=True)
class TagUsage:
    articles: int = 0  # articles tagged directly
    comments: int = 0  # comments tagged directly
    highlights: int = 0
    notes: int = 0  # non-empty notes on the tag(s) themselves
    descendants: int = 0  # tags below it

    @property
    def in_use(self) -> bool:
        return any((self.articles, self.comments, self.highlights, self.notes, self.descendants))


class TagInUse(TagError):
    """delete_tag without force on a tag that has links, highlights, a note or children."""

    def __init__(self, path: str, usage: TagUsage) -> None:
        super().__init__(f"tag {path} is in use")
        self.path = path
        self.usage = usage


@dataclass(frozen=True)
class TagInfo:
    id: int
    parent_id: int | None
    name: str
    path: str
    color: str
    favorite_slot: int | None
    depth: int  # 0 for a root tag


@dataclass(frozen=True)
class HighlightInfo:
    id: int
    target: Target | None  # None when its article or comment was deleted
    article_id: int | None
    start: int
    end: int
    text: str  # the span as highlighted
    tag_id: int | None
    note: str | None
    created_at: str
    stale: bool  # the target's text at start:end is no longer `text`


@dataclass(frozen=True)
class NoteInfo:
    id: int
    target: Target | None  # None when detached
    target_kind: str
    label: str  # what it is (or was) on
    body: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    body: str
    saved_at: str
    replaced_at: str
    coder: str = ""  # who saved this text (schema version 10)


@dataclass(frozen=True)
class AnnotationEntry:
    """One row of the annotations browser: a note or a highlight, with where it comes from."""

    kind: Literal["note", "highlight"]
    id: int
    target: Target | None  # None when detached
    target_kind: str
    label: str
    text: str  # the note's Markdown, or the highlighted text
    note: str | None  # a highlight's note
    tag_ids: tuple[int, ...]
    article_id: int | None
    article_title: str | None
    comment_id: int | None
    author_id: int | None
    author_handle: str | None
    created_at: str
    updated_at: str

    @property
    def detached(self) -> bool:
        return self.target is None


Row = tuple[Any, ...]
Rows = dict[str, dict[int, Row | None]]


@dataclass(frozen=True)
class Change:
    """Rows of the annotation tables an operation changed: table -> id -> row (None: absent)."""

    label: str
    before: Rows = field(default_factory=dict)
    after: Rows = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.after.values())


# --------------------------------------------------------------------------------------------
# Text and offsets

PARAGRAPH_SEPARATOR = "\n\n"


def article_text(paragraphs: Sequence[str]) -> str:
    """The text article highlight offsets index into."""
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def paragraph_spans(paragraphs: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each paragraph within article_text(paragraphs)."""
    spans = []
    position = 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return spans


def index_to_utf16(text: str, index: int) -> int:
    """A code-point offset into text as a UTF-16 offset (what QTextCursor counts)."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def utf16_to_index(text: str, offset: int) -> int:
    """A UTF-16 offset (QTextCursor) as a code-point offset into text."""
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


# --------------------------------------------------------------------------------------------
# Row snapshots: the machinery behind Change, undo and redo

_COLUMNS: dict[str, tuple[str, ...]] = {
    model._meta.table_name: tuple(f.column_name for f in model._meta.sorted_fields) for model in ANNOTATION_MODELS
}
_CHILDREN_FIRST = ("coded", "note_revision", "note", "highlight", "comment_tag", "article_tag", "tag")
# What refers to rows of a table: (table, column). Rows deleted by undo/redo must not be referred
# to from outside the change, or the cascade would touch rows the change does not know.
_REFERRERS = {
    "tag": (
        ("tag", "parent_id"),
        ("article_tag", "tag_id"),
        ("comment_tag", "tag_id"),
        ("highlight", "tag_id"),
        ("note", "tag_id"),
    ),
    "highlight": (("note", "highlight_id"),),
    "note": (("note_revision", "note_id"),),
}
Scope = dict[str, list[tuple[str, tuple[Any, ...]]]]


def _in(db: Database) -> str:
    """`IN` an id list bound as one parameter (`_ids`), as the engine spells it."""
    return of(db).in_ids


def _ids(db: Database, ids: Iterable[int]) -> Any:
    return of(db).ids(ids)


def _by(coder: int | None, column: str = "coder_id") -> tuple[str, tuple[Any, ...]]:
    """The condition (after AND) and parameters restricting rows to one coder's; none for None."""
    return ("", ()) if coder is None else (f" AND {column} = ?", (coder,))


def _select(db: Database, table: str, where: str, params: tuple[Any, ...]) -> dict[int, Row]:
    columns = ", ".join(f'"{c}"' for c in _COLUMNS[table])
    return {row[0]: tuple(row) for row in execute(db, f'SELECT {columns} FROM "{table}" WHERE {where}', params)}


class _Recorder:
    """Captures the rows an operation may touch: those the scope selects before and after, plus
    the ids the operation reports with touch(). Use inside the operation's transaction."""

    def __init__(self, db: Database, scope: Scope | None = None) -> None:
        self.db = db
        self.scope = scope or {}
        self.touched: dict[str, set[int]] = defaultdict(set)
        self.before = self._capture({})

    def touch(self, table: str, *ids: int) -> None:
        self.touched[table].update(ids)

    def _capture(self, also: dict[str, set[int]]) -> dict[str, dict[int, Row]]:
        rows: dict[str, dict[int, Row]] = {}
        for table in set(self.scope) | set(also):
            found: dict[int, Row] = {}
            for where, params in self.scope.get(table, []):
                found.update(_select(self.db, table, where, params))
            missing = also.get(table, set()) - found.keys()
            if missing:
                found.update(_select(self.db, table, f"id {_in(self.db)}", (_ids(self.db, missing),)))
            rows[table] = found
        return rows

    def finish(self, label: str) -> Change:
        tables = set(self.before) | set(self.touched)
        also = {t: set(self.before.get(t, {})) | self.touched.get(t, set()) for t in tables}
        after = self._capture(also)
        before_rows: Rows = {}
        after_rows: Rows = {}
        for table in set(self.before) | set(after):
            old, new = self.before.get(table, {}), after.get(table, {})
            changed = {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}
            if changed:
                before_rows[table] = {i: old.get(i) for i in changed}
                after_rows[table] = {i: new.get(i) for i in changed}
        change = Change(label, before_rows, after_rows)
        _announce(self.db, change)
        return change


def _announce(db: Database, change: Change) -> None:
    """Other windows on a server library reload these articles' annotations (store/changes.py)."""
    if changes.enabled(db) and not change.empty:
        changes.announce(db, "annotations", articles_touched(db, change))


def articles_touched(db: Database, change: Change) -> set[int] | None:
    """The articles whose annotations a change touched: tags and highlights on them or their
    comments, notes on them, their comments or their highlights. None when it may be any
    article: a tag itself changed (its name and colour show everywhere), or a note on a
    commenter, a tag or a campaign."""
    articles: set[int] = set()
    comments: set[int] = set()
    highlights: set[int] = set()
    for rows in (change.before, change.after):
        for table, by_id in rows.items():
            if table == "note_revision":
                continue  # goes with its note
            if table not in ("article_tag", "comment_tag", "highlight", "note", "coded"):
                return None
            columns = _COLUMNS[table]
            for row in by_id.values():
                if row is None:
                    continue
                values = dict(zip(columns, row, strict=True))
                if table == "note" and values["target_kind"] in ("author", "tag", "campaign"):
                    return None
                for column, found in (("article_id", articles), ("comment_id", comments),
                                      ("highlight_id", highlights)):
                    if values.get(column) is not None:
                        found.add(values[column])
    for ids, query in ((comments, "SELECT DISTINCT article_id FROM comment"),
                       (highlights, "SELECT article_id FROM highlight")):
        if ids:
            rows = execute(db, f"{query} WHERE id {_in(db)}", (_ids(db, ids),))
            articles.update(row[0] for row in rows if row[0] is not None)  # not a detached highlight
    return articles


def undo(db: Database, change: Change) -> None:
    """Put back the rows as they were before the change."""
    _apply(db, change.after, change.before)
    _announce(db, change)


def redo(db: Database, change: Change) -> None:
    """Apply the change again after an undo."""
    _apply(db, change.before, change.after)
    _announce(db, change)


def _apply(db: Database, current: Rows, wanted: Rows) -> None:
    """Turn the rows that are `current` into `wanted`, or raise UndoError and change nothing.

    Foreign keys are checked at commit (rows go back in any order), but cascades on delete fire
    at once: so rows are rewritten first and deleted last, and a deletion that would cascade onto
    a row outside the change is refused. Rows being rewritten or deleted first step out of the
    way of unique indexes, so two rows can swap a favourite slot, a name or a link."""
    try:
        with db.atomic():
            # Link rows only put back or only taken away (undo and redo of tagging) reference rows
            # the change leaves alone, so nothing needs to wait. On a server a deferred check of
            # each reference cost 30 us a row against 5 at once (a 20k-comment tag's redo: 1.8 s).
            links_only = set(current) | set(wanted) <= _LINKS and not any(
                current.get(table, {}).get(i) and row for table in wanted for i, row in wanted[table].items())
            deferred = not (links_only and of(db) is POSTGRES)
            if deferred:
                execute(db, of(db).defer_foreign_keys)
            changing: dict[str, set[int]] = {}
            for table in _CHILDREN_FIRST:
                now, then = current.get(table, {}), wanted.get(table, {})
                ids = set(now) | set(then)
                if not ids:
                    continue
                actual = _select(db, table, f"id {_in(db)}", (_ids(db, ids),))
                if actual != {i: row for i, row in now.items() if row is not None}:
                    raise UndoError(QT_TRANSLATE_NOOP(
                        "Annotations",
                        "the annotations have changed since; this step can no longer be undone or redone"))
                changing[table] = set(actual)
            deletions = {
                table: {i for i, row in wanted.get(table, {}).items() if row is None and current.get(table, {}).get(i)}
                for table in changing
            }
            for table, ids in deletions.items():
                for referrer, column in _REFERRERS.get(table, ()):
                    inside = set(current.get(referrer, {}))
                    rows = execute(
                        db, f'SELECT id FROM "{referrer}" WHERE "{column}" {_in(db)}', (_ids(db, ids),)
                    ).fetchall()
                    if any(r[0] not in inside for r in rows):
                        raise UndoError(QT_TRANSLATE_NOOP(
                            "Annotations", "other annotations now depend on this step; undo them first"))
            # Only a table that gets rows written needs its rows out of the way first.
            _clear_unique_values(db, {table: ids for table, ids in changing.items()
                                      if any(row is not None for row in wanted.get(table, {}).values())})
            for table in reversed(_CHILDREN_FIRST):
                columns = _COLUMNS[table]
                rows = [row for row in wanted.get(table, {}).values() if row is not None]
                updates = [(*row[1:], row[0]) for row in rows if row[0] in changing.get(table, ())]
                inserts = [row for row in rows if row[0] not in changing.get(table, ())]
                if updates:
                    assignments = ", ".join(f'"{c}" = ?' for c in columns[1:])
                    execute_many(db, f'UPDATE "{table}" SET {assignments} WHERE id = ?', updates)
                names = ", ".join(f'"{c}"' for c in columns)
                if inserts and table in _LINKS and of(db) is POSTGRES:
                    # One statement for the rows, where psycopg sends one per row: 0.7 s for 20k.
                    records = json.dumps([dict(zip(columns, row, strict=True)) for row in inserts], default=str)
                    execute(db, f'INSERT INTO "{table}" ({names}) SELECT {names}'
                                f' FROM json_populate_recordset(NULL::"{table}", ?::json)', (records,))
                elif inserts:
                    marks = ", ".join("?" * len(columns))
                    execute_many(db, f'INSERT INTO "{table}" ({names}) VALUES ({marks})', inserts)
            for table in _CHILDREN_FIRST:
                if deletions.get(table):
                    execute(db, f'DELETE FROM "{table}" WHERE id {_in(db)}', (_ids(db, deletions[table]),))
            check = of(db).check_foreign_keys
            if check and deferred:  # a broken reference fails here, inside the transaction
                execute(db, check)
    except IntegrityError as error:
        raise UndoError(QT_TRANSLATE_NOOP("Annotations", "this step can no longer be undone or redone: {error}").format(
            error=str(error))) from error


_LINKS = {"article_tag", "comment_tag"}  # a tag on an article or a comment
_OUT_OF_THE_WAY = "\x01"  # a tag's name for a moment: no tag name holds a control character


def _clear_unique_values(db: Database, rows: dict[str, set[int]]) -> None:
    statements = {
        "tag": "UPDATE tag SET name = CAST(? AS TEXT) || id, favorite_slot = NULL WHERE id {}",
        "article_tag": "UPDATE article_tag SET tag_id = -id WHERE id {}",
        "comment_tag": "UPDATE comment_tag SET tag_id = -id WHERE id {}",
        "note": "UPDATE note SET article_id = NULL, comment_id = NULL, highlight_id = NULL,"
        " author_id = NULL, tag_id = NULL, campaign_id = NULL WHERE id {}",
    }
    for table, sql in statements.items():
        if rows.get(table):
            params = (_ids(db, rows[table]),)
            execute(db, sql.format(_in(db)), (_OUT_OF_THE_WAY, *params) if table == "tag" else params)


# --------------------------------------------------------------------------------------------
# Tags

PALETTE = (
    "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4",
    "#f032e6", "#9a6324", "#469990", "#800000", "#808000", "#000075",
)  # fmt: skip
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_TAG_NAME = 200


def _now() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def _color(color: str) -> str:
    if not isinstance(color, str) or not _COLOR.fullmatch(color):
        raise TagError(f"a colour is written #rrggbb, not {color!r}")
    return color.lower()


def _name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise TagError(QT_TRANSLATE_NOOP("Annotations", "a tag needs a name"))
    if "/" in name:
        refused = QT_TRANSLATE_NOOP(
            "Annotations", "a tag name cannot contain '/': {name} (use move to change the parent)")
        raise TagError(refused.format(name=repr(name)))
    if _CONTROL.search(name):
        raise TagError(QT_TRANSLATE_NOOP("Annotations", "a tag name cannot contain control characters"))
    if len(name) > MAX_TAG_NAME:
        raise TagError(QT_TRANSLATE_NOOP(
            "Annotations", "a tag name has at most {limit} characters").format(limit=MAX_TAG_NAME))
    return name


def split_path(path: str) -> list[str]:
    """'propaganda / dehumanisation' -> ['propaganda', 'dehumanisation'], names checked."""
    parts = path.split("/")
    if not path.strip() or any(not p.strip() for p in parts):
        raise TagError(QT_TRANSLATE_NOOP("Annotations", "not a tag path: {path}").format(path=repr(path)))
    return [_name(p) for p in parts]


def _tags(db: Database) -> dict[int, tuple[int | None, str]]:
    return {row[0]: (row[1], row[2]) for row in execute(db, "SELECT id, parent_id, name FROM tag")}


def _path_of(tags: dict[int, tuple[int | None, str]], tag_id: int) -> str:
    names: list[str] = []
    seen: set[int] = set()
    current: int | None = tag_id
    while current is not None and current in tags and current not in seen:
        seen.add(current)
        parent, name = tags[current]
        names.append(name)
        current = parent
    return "/".join(reversed(names))


def _subtree(tags: dict[int, tuple[int | None, str]], roots: Iterable[int]) -> list[int]:
    """The roots and every tag below them, parents before children (iterative, cycle-proof)."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for tag_id, (parent, _name) in tags.items():
        children[parent].append(tag_id)
    order: list[int] = []
    seen: set[int] = set()
    queue = [r for r in roots if r in tags]
    while queue:
        tag_id = queue.pop()
        if tag_id in seen:
            continue
        seen.add(tag_id)
        order.append(tag_id)
        queue.extend(children.get(tag_id, []))
    return order


def _require_tag(tags: dict[int, tuple[int | None, str]], tag_id: int) -> None:
    if tag_id not in tags:
        raise TagError(f"there is no tag {tag_id}")


def _sibling(db: Database, parent_id: int | None, name: str) -> int | None:
    row = execute(
        db, "SELECT id FROM tag WHERE COALESCE(parent_id, 0) = COALESCE(?, 0) AND name = ?", (parent_id, name)
    ).fetchone()
    return int(row[0]) if row else None


def tag_tree(db: Database) -> list[TagInfo]:
    """Every tag, parents before children, siblings by name."""
    rows = {r[0]: r for r in execute(db, "SELECT id, parent_id, name, color, favorite_slot FROM tag")}
    children: dict[int | None, list[int]] = defaultdict(list)
    for tag_id, row in rows.items():
        children[row[1] if row[1] in rows else None].append(tag_id)
    for kids in children.values():
        kids.sort(key=lambda i: (rows[i][2].casefold(), rows[i][2]))
    result: list[TagInfo] = []
    seen: set[int] = set()
    stack: list[tuple[int, int, str]] = [(i, 0, "") for i in reversed(children[None])]
    while stack:
        tag_id, depth, prefix = stack.pop()
        if tag_id in seen:
            continue
        seen.add(tag_id)
        _id, parent, name, color, slot = rows[tag_id]
        path = f"{prefix}/{name}" if prefix else name
        result.append(TagInfo(tag_id, parent, name, path, color, slot, depth))
        stack.extend((kid, depth + 1, path) for kid in reversed(children.get(tag_id, [])))
    return result


def tag_path(db: Database, tag_id: int) -> str:
    tags = _tags(db)
    _require_tag(tags, tag_id)
    return _path_of(tags, tag_id)


def find_tag(db: Database, path: str) -> int | None:
    parent: int | None = None
    for name in split_path(path):
        parent = _sibling(db, parent, name)
        if parent is None:
            return None
    return parent


def favorites(db: Database) -> dict[int, int]:
    """Favourite slot (1-9) -> tag id."""
    return dict(execute(db, "SELECT favorite_slot, id FROM tag WHERE favorite_slot IS NOT NULL").fetchall())


def create_tag(db: Database, path: str, color: str | None = None) -> tuple[int, Change]:
    """Create the tag at path and any missing ancestors (they get palette colours; so does the
    tag when no colour is given). Raises TagError when the tag exists. Returns its id and the Change."""
    names = split_path(path)
    wanted = _color(color) if color is not None else None
    with db.atomic():
        take_turns(db, "tags")  # the checks below hold until this transaction ends
        recorder = _Recorder(db)
        parent: int | None = None
        for depth, name in enumerate(names):
            existing = _sibling(db, parent, name)
            if existing is not None:
                if depth == len(names) - 1:
                    raise TagError(QT_TRANSLATE_NOOP(
                        "Annotations", "tag {tag} already exists").format(tag="/".join(names)))
                parent = existing
                continue
            count = execute(db, "SELECT COUNT(*) FROM tag").fetchone()[0]
            tag_color = wanted if wanted and depth == len(names) - 1 else PALETTE[count % len(PALETTE)]
            parent = insert_id(
                db, "INSERT INTO tag (parent_id, name, color, created_at) VALUES (?, ?, ?, ?)",
                (parent, name, tag_color, _now()),
            )
            recorder.touch("tag", parent)
        assert parent is not None
        return parent, recorder.finish(
            QT_TRANSLATE_NOOP("Annotations", "Create tag {tag}").format(tag="/".join(names)))


def find_or_create_tag(db: Database, path: str) -> int:
    """The tag at path, created (parents included) when missing. One step under the tags' turn,
    so that another coder creating the same tag meanwhile finds it rather than fails on it."""
    with db.atomic():
        take_turns(db, "tags")
        found = find_tag(db, path)
        return found if found is not None else create_tag(db, path)[0]


def rename_tag(db: Database, tag_id: int, name: str) -> Change:
    """Give the tag a new name under the same parent."""
    name = _name(name)
    with db.atomic():
        take_turns(db, "tags")  # the checks below hold until this transaction ends
        tags = _tags(db)
        _require_tag(tags, tag_id)
        other = _sibling(db, tags[tag_id][0], name)
        if other is not None and other != tag_id:
            raise TagError(QT_TRANSLATE_NOOP(
                "Annotations", "there is already a tag {tag}").format(tag=_path_of(tags, other)))
        recorder = _Recorder(db, {"tag": [("id = ?", (tag_id,))]})
        execute(db, "UPDATE tag SET name = ? WHERE id = ?", (name, tag_id))
        label = QT_TRANSLATE_NOOP("Annotations", "Rename tag {tag} to {name}")
        return recorder.finish(label.format(tag=_path_of(tags, tag_id), name=name))


def recolor_tag(db: Database, tag_id: int, color: str) -> Change:
    color = _color(color)
    with db.atomic():
        tags = _tags(db)
        _require_tag(tags, tag_id)
        recorder = _Recorder(db, {"tag": [("id = ?", (tag_id,))]})
        execute(db, "UPDATE tag SET color = ? WHERE id = ?", (color, tag_id))
        label = QT_TRANSLATE_NOOP("Annotations", "Recolour tag {tag}")
        return recorder.finish(label.format(tag=_path_of(tags, tag_id)))


def move_tag(db: Database, tag_id: int, parent_id: int | None) -> Change:
    """Put the tag (with everything below it) under parent_id, or at the top with None. Refuses
    to move a tag below itself and a name that parent already has."""
    with db.atomic():
        take_turns(db, "tags")  # the checks below hold until this transaction ends
        tags = _tags(db)
        _require_tag(tags, tag_id)
        if parent_id is not None:
            _require_tag(tags, parent_id)
            if parent_id in _subtree(tags, [tag_id]):
                raise TagError(QT_TRANSLATE_NOOP("Annotations", "cannot move {tag} below itself").format(
                    tag=_path_of(tags, tag_id)))
        other = _sibling(db, parent_id, tags[tag_id][1])
        if other is not None and other != tag_id:
            raise TagError(QT_TRANSLATE_NOOP("Annotations", "there is already a tag {tag}: merge them instead").format(
                tag=_path_of(tags, other)))
        recorder = _Recorder(db, {"tag": [("id = ?", (tag_id,))]})
        execute(db, "UPDATE tag SET parent_id = ? WHERE id = ?", (parent_id, tag_id))
        path = _path_of(tags, tag_id)
        if parent_id is None:
            return recorder.finish(QT_TRANSLATE_NOOP("Annotations", "Move tag {tag} to the top").format(tag=path))
        label = QT_TRANSLATE_NOOP("Annotations", "Move tag {tag} to {parent}")
        return recorder.finish(label.format(tag=path, parent=_path_of(tags, parent_id)))


def set_favorite(db: Database, tag_id: int, slot: int | None) -> Change:
    """Put the tag on key slot 1-9 (taking it from the tag that had it), or off with None."""
    if slot is not None and (not isinstance(slot, int) or not 1 <= slot <= 9):
        raise TagError("favourite slots are 1 to 9")
    with db.atomic():
        take_turns(db, "tags")  # the checks below hold until this transaction ends
        tags = _tags(db)
        _require_tag(tags, tag_id)
        recorder = _Recorder(
            db, {"tag": [("id = ? OR (favorite_slot IS NOT NULL AND favorite_slot = ?)", (tag_id, slot))]}
        )
        if slot is not None:
            execute(db, "UPDATE tag SET favorite_slot = NULL WHERE favorite_slot = ? AND id <> ?", (slot, tag_id))
        execute(db, "UPDATE tag SET favorite_slot = ? WHERE id = ?", (slot, tag_id))
        path = _path_of(tags, tag_id)
        if slot:
            label = QT_TRANSLATE_NOOP("Annotations", "Put {tag} on key {key}")
            return recorder.finish(label.format(tag=path, key=slot))
        return recorder.finish(QT_TRANSLATE_NOOP("Annotations", "Take {tag} off its key").format(tag=path))


def _tag_scope(db: Database, tag_ids: Iterable[int]) -> Scope:
    """Every row that refers to these tags, for a Change of a bulk tag operation."""
    ids = _ids(db, tag_ids)
    note_ids = [
        r[0]
        for r in execute(
            db, f"SELECT id FROM note WHERE tag_id {_in(db)}"
            f" OR highlight_id IN (SELECT id FROM highlight WHERE tag_id {_in(db)})",
            (ids, ids),
        )
    ]
    notes = _ids(db, note_ids)
    return {
        "tag": [(f"id {_in(db)} OR parent_id {_in(db)}", (ids, ids))],
        "article_tag": [(f"tag_id {_in(db)}", (ids,))],
        "comment_tag": [(f"tag_id {_in(db)}", (ids,))],
        "highlight": [(f"tag_id {_in(db)}", (ids,))],
        "note": [(f"id {_in(db)} OR tag_id {_in(db)}", (notes, ids))],
        "note_revision": [(f"note_id {_in(db)}", (notes,))],
    }


def tag_usage(db: Database, tag_id: int, descendants: bool = True) -> TagUsage:
    """What uses the tag (and, with descendants, the tags below it): distinct articles and
    comments tagged, highlights, notes on the tags, and how many tags are below it."""
    tags = _tags(db)
    _require_tag(tags, tag_id)
    subtree = _subtree(tags, [tag_id]) if descendants else [tag_id]
    ids = _ids(db, subtree)
    row = execute(
        db, f"SELECT (SELECT COUNT(DISTINCT article_id) FROM article_tag WHERE tag_id {_in(db)}),"
        f" (SELECT COUNT(DISTINCT comment_id) FROM comment_tag WHERE tag_id {_in(db)}),"
        f" (SELECT COUNT(*) FROM highlight WHERE tag_id {_in(db)}),"
        f" (SELECT COUNT(*) FROM note WHERE body <> '' AND tag_id {_in(db)})",
        (ids, ids, ids, ids),
    ).fetchone()
    below = len(_subtree(tags, [tag_id])) - 1
    return TagUsage(row[0], row[1], row[2], row[3], below)


def tag_counts(db: Database, coder: int | None = None) -> dict[int, TagUsage]:
    """Direct counts for every tag (the sidebar): articles, comments and highlights carrying it;
    only the coder's with `coder`."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    mine, params = _by(coder)
    for index, sql in enumerate(
        (
            f"SELECT tag_id, COUNT(DISTINCT article_id) FROM article_tag WHERE 1 = 1{mine} GROUP BY tag_id",
            f"SELECT tag_id, COUNT(DISTINCT comment_id) FROM comment_tag WHERE 1 = 1{mine} GROUP BY tag_id",
            f"SELECT tag_id, COUNT(*) FROM highlight WHERE tag_id IS NOT NULL{mine} GROUP BY tag_id",
            f"SELECT tag_id, COUNT(*) FROM note WHERE tag_id IS NOT NULL AND body <> ''{mine} GROUP BY tag_id",
        )
    ):
        for tag_id, count in execute(db, sql, params):
            counts[tag_id][index] = count
    tags = _tags(db)
    below: dict[int, int] = defaultdict(int)
    for tag_id in tags:  # each tag counts once for every ancestor
        seen = {tag_id}
        parent = tags[tag_id][0]
        while parent is not None and parent in tags and parent not in seen:
            seen.add(parent)
            below[parent] += 1
            parent = tags[parent][0]
    result = {}
    for tag_id in tags:
        articles, comments, highlights, notes = counts[tag_id]
        result[tag_id] = TagUsage(articles, comments, highlights, notes, below[tag_id])
    return result


def delete_tag(db: Database, tag_id: int, force: bool = False) -> Change:
    """Delete the tag and every tag below it. Without force, a tag in use (see tag_usage) raises
    TagInUse carrying the usage, so the UI can ask first. Links go; highlights with this tag lose
    it (those that have no note, and so nothing left, are deleted); notes on the deleted tags stay,
    detached. One transaction; undo restores everything with the same ids."""
    with db.atomic():
        take_turns(db, "tags")  # the checks below hold until this transaction ends
        tags = _tags(db)
        _require_tag(tags, tag_id)
        path = _path_of(tags, tag_id)
        usage = tag_usage(db, tag_id)
        if usage.in_use and not force:
            raise TagInUse(path, usage)
        subtree = _subtree(tags, [tag_id])
        ids = _ids(db, subtree)
        recorder = _Recorder(db, _tag_scope(db, subtree))
        execute(db, f"DELETE FROM article_tag WHERE tag_id {_in(db)}", (ids,))
        execute(db, f"DELETE FROM comment_tag WHERE tag_id {_in(db)}", (ids,))
        execute(
            db, f"DELETE FROM highlight WHERE tag_id {_in(db)}"
            " AND NOT EXISTS (SELECT 1 FROM note n WHERE n.highlight_id = highlight.id AND n.body <> '')",
            (ids,),
        )
        execute(db, f"UPDATE highlight SET tag_id = NULL WHERE tag_id {_in(db)}", (ids,))
        for tag in subtree:  # detached notes say which tag they were on
            execute(
                db, "UPDATE note SET target_label = ?, tag_id = NULL WHERE tag_id = ?", (_path_of(tags, tag), tag)
            )
        for tag in reversed(subtree):  # children first: a parent is never deleted under a child
            execute(db, "DELETE FROM tag WHERE id = ?", (tag,))
        return recorder.finish(QT_TRANSLATE_NOOP("Annotations", "Delete tag {tag}").format(tag=path))


def merge_tags(db: Database, source_id: int, target_id: int) -> Change:
    """Merge source into target: source's article and comment links move onto target (no
    duplicates), its highlights take target, its children move below target (a child whose name
    target already has is merged into that one, recursively), its note is joined onto target's,
    its favourite key goes to target if target has none, and source is deleted. Refuses to merge
    a tag into itself or into a tag below it. One transaction; undo restores it exactly."""
    with db.atomic():
        take_turns(db, "tags")  # the checks below hold until this transaction ends
        tags = _tags(db)
        _require_tag(tags, source_id)
        _require_tag(tags, target_id)
        if target_id in _subtree(tags, [source_id]):
            raise TagError(QT_TRANSLATE_NOOP("Annotations", "cannot merge {tag} into itself or a tag below it").format(
                tag=_path_of(tags, source_id)))
        label = QT_TRANSLATE_NOOP("Annotations", "Merge tag {tag} into {target}").format(
            tag=_path_of(tags, source_id), target=_path_of(tags, target_id))
        recorder = _Recorder(db, _tag_scope(db, _subtree(tags, [source_id, target_id])))
        now = _now()
        pairs = [(source_id, target_id)]
        merged: list[int] = []
        while pairs:
            source, target = pairs.pop(0)
            merged.append(source)
            # out of the way: merging a/b into a moves b's child b up beside it
            execute(db, "UPDATE tag SET name = CAST(? AS TEXT) || id WHERE id = ?", (_OUT_OF_THE_WAY, source))
            for table, column in (("article_tag", "article_id"), ("comment_tag", "comment_id")):
                # links target already has stay once (the coder's own: each coder has their links)
                execute(db, f"UPDATE {table} SET tag_id = ? WHERE tag_id = ? AND NOT EXISTS (SELECT 1 FROM {table} t"
                        f" WHERE t.tag_id = ? AND t.{column} = {table}.{column} AND t.coder_id = {table}.coder_id)",
                        (target, source, target))
                execute(db, f"DELETE FROM {table} WHERE tag_id = ?", (source,))
            execute(db, "UPDATE highlight SET tag_id = ? WHERE tag_id = ?", (target, source))
            _merge_tag_notes(db, source, target, _path_of(tags, target), now)
            slots = dict(
                execute(db, "SELECT id, favorite_slot FROM tag WHERE id IN (?, ?)", (source, target)).fetchall()
            )
            if slots.get(source) is not None and slots.get(target) is None:
                execute(db, "UPDATE tag SET favorite_slot = NULL WHERE id = ?", (source,))
                execute(db, "UPDATE tag SET favorite_slot = ? WHERE id = ?", (slots[source], target))
            for child, (parent, name) in sorted(tags.items()):
                if parent != source:
                    continue
                twin = _sibling(db, target, name)
                if twin is None:
                    execute(db, "UPDATE tag SET parent_id = ? WHERE id = ?", (target, child))
                else:
                    pairs.append((child, twin))
        for tag in reversed(merged):
            execute(db, "DELETE FROM tag WHERE id = ?", (tag,))
        return recorder.finish(label)


def _merge_tag_notes(db: Database, source: int, target: int, target_path: str, now: str) -> None:
    source_note = execute(db, "SELECT id, body FROM note WHERE tag_id = ?", (source,)).fetchone()
    if source_note is None:
        return
    target_note = execute(db, "SELECT id, body, updated_at FROM note WHERE tag_id = ?", (target,)).fetchone()
    if target_note is None:
        execute(
            db, "UPDATE note SET tag_id = ?, target_label = ? WHERE id = ?", (target, target_path, source_note[0])
        )
        return
    joined = PARAGRAPH_SEPARATOR.join(text for text in (target_note[1], source_note[1]) if text)
    if joined != target_note[1]:
        _save_body(db, target_note[0], target_note[1], target_note[2], joined, now)
    execute(db, "UPDATE note_revision SET note_id = ? WHERE note_id = ?", (target_note[0], source_note[0]))
    execute(db, "DELETE FROM note WHERE id = ?", (source_note[0],))


# --------------------------------------------------------------------------------------------
# "Coded by me": a coder says an article, or the subthread from a comment, is done


@once_more_on_conflict  # a server may fail it to break a deadlock (dialect.retried)
def set_coded(db: Database, target: tuple[str, int], coded: bool = True, coder: int = OWNER_ID) -> Change:
    """Mark the article, or the subthread from the comment, coded by the coder (or take the mark
    off), so agreement counts it: what a coder has not finished is not disagreement."""
    target = Target(*target)
    if target.kind not in ("article", "comment"):
        raise AnnotationError(f"an article or a comment is marked coded, not {target.kind!r}")
    column = f"{target.kind}_id"
    with db.atomic():
        _target_label(db, target)  # raises when the target does not exist
        _require_coder(db, coder)
        mine = f"coder_id = ? AND {column} = ?"
        recorder = _Recorder(db, {"coded": [(mine, (coder, target.id))]})
        if coded:
            execute(db, of(db).insert("coded", ["coder_id", column, "created_at"], ignore=True),
                    (coder, target.id, _now()))
            label = (QT_TRANSLATE_NOOP("Annotations", "Mark article coded") if target.kind == "article"
                     else QT_TRANSLATE_NOOP("Annotations", "Mark thread coded"))
        else:
            execute(db, f"DELETE FROM coded WHERE {mine}", (coder, target.id))
            label = (QT_TRANSLATE_NOOP("Annotations", "Mark article not coded") if target.kind == "article"
                     else QT_TRANSLATE_NOOP("Annotations", "Mark thread not coded"))
        return recorder.finish(label)


def is_coded(db: Database, target: tuple[str, int], coder: int = OWNER_ID) -> bool:
    """Whether the coder marked this article, or the subthread from this comment, coded."""
    kind, target_id = target
    return execute(
        db, f"SELECT 1 FROM coded WHERE coder_id = ? AND {'article_id' if kind == 'article' else 'comment_id'} = ?",
        (coder, target_id),
    ).fetchone() is not None


def coded_comments(db: Database, coder: int) -> set[int]:
    """The comments the coder marked coded: every comment of an article marked coded, and every
    comment of a subthread marked coded."""
    found = {
        r[0] for r in execute(
            db, "SELECT c.id FROM coded d JOIN comment c ON c.article_id = d.article_id WHERE d.coder_id = ?", (coder,))
    }
    for (root,) in execute(db, "SELECT comment_id FROM coded WHERE coder_id = ? AND comment_id IS NOT NULL",
                                  (coder,)).fetchall():
        found.update(subthread_ids(db, root))
    return found


# --------------------------------------------------------------------------------------------
# Tagging articles and comments


@once_more_on_conflict  # a server may fail it to break a deadlock (dialect.retried)
def _link(
    db: Database, table: str, column: str, parent: str, tag_id: int, ids: Iterable[int], on: bool, coder: int
) -> Change:
    """Put the coder's tag on the rows, or take it off them: each coder's links are their own."""
    id_list = _ids(db, ids)
    with db.atomic():
        tags = _tags(db)
        _require_tag(tags, tag_id)
        _require_coder(db, coder)
        mine = f"tag_id = ? AND coder_id = ? AND {column} {_in(db)}"
        recorder = _Recorder(db, {table: [(mine, (tag_id, coder, id_list))]})
        if on:
            execute(db, of(db).insert(table, ["tag_id", column, "created_at", "coder_id"], ignore=True,
                                      rows=f"SELECT ?, id, ?, ? FROM {parent} WHERE id {_in(db)}"),
                    (tag_id, _now(), coder, id_list))
        else:
            execute(db, f"DELETE FROM {table} WHERE {mine}", (tag_id, coder, id_list))
        return recorder.finish("")


def _require_coder(db: Database, coder: int) -> None:
    if execute(db, "SELECT 1 FROM coder WHERE id = ?", (coder,)).fetchone() is None:
        raise AnnotationError(f"there is no coder {coder}")


def _labelled(change: Change, label: str) -> Change:
    return Change(label, change.before, change.after)


def tag_articles(db: Database, tag_id: int, article_ids: Iterable[int], coder: int = OWNER_ID) -> Change:
    """Tag articles (ids that do not exist are ignored; already tagged ones stay as they are)."""
    ids = list(article_ids)
    change = _link(db, "article_tag", "article_id", "article", tag_id, ids, True, coder)
    count = len(ids)
    return _labelled(change, QT_TRANSLATE_NOOP("Annotations", "Tag %n article(s) with {tag}", None, PLURAL, count)
                     .format(tag=tag_path(db, tag_id)))


def untag_articles(db: Database, tag_id: int, article_ids: Iterable[int], coder: int = OWNER_ID) -> Change:
    ids = list(article_ids)
    change = _link(db, "article_tag", "article_id", "article", tag_id, ids, False, coder)
    count = len(ids)
    return _labelled(change, QT_TRANSLATE_NOOP("Annotations", "Remove {tag} from %n article(s)", None, PLURAL, count)
                     .format(tag=tag_path(db, tag_id)))


def tag_comments(db: Database, tag_id: int, comment_ids: Iterable[int], coder: int = OWNER_ID) -> Change:
    ids = list(comment_ids)
    change = _link(db, "comment_tag", "comment_id", "comment", tag_id, ids, True, coder)
    count = len(ids)
    return _labelled(change, QT_TRANSLATE_NOOP("Annotations", "Tag %n comment(s) with {tag}", None, PLURAL, count)
                     .format(tag=tag_path(db, tag_id)))


def untag_comments(db: Database, tag_id: int, comment_ids: Iterable[int], coder: int = OWNER_ID) -> Change:
    ids = list(comment_ids)
    change = _link(db, "comment_tag", "comment_id", "comment", tag_id, ids, False, coder)
    count = len(ids)
    return _labelled(change, QT_TRANSLATE_NOOP("Annotations", "Remove {tag} from %n comment(s)", None, PLURAL, count)
                     .format(tag=tag_path(db, tag_id)))


def subthread_ids(db: Database, comment_id: int) -> list[int]:
    """The comment and every reply below it, in document order. Walked iteratively over the
    article's comments: depth 100,000, cycles and orphans are fine."""
    row = execute(db, "SELECT article_id FROM comment WHERE id = ?", (comment_id,)).fetchone()
    if row is None:
        raise AnnotationError(f"there is no comment {comment_id}")
    children: dict[int, list[int]] = defaultdict(list)
    for child, parent in execute(
        db, "SELECT id, parent_id FROM comment WHERE article_id = ? AND parent_id IS NOT NULL ORDER BY position, id",
        (row[0],),
    ):
        children[parent].append(child)
    order: list[int] = []
    seen: set[int] = set()
    stack = [comment_id]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        order.append(current)
        stack.extend(reversed(children.get(current, [])))
    return order


def tag_subthread(db: Database, tag_id: int, comment_id: int, coder: int = OWNER_ID) -> Change:
    """Tag a comment and all its replies, in one step."""
    ids = subthread_ids(db, comment_id)
    change = _link(db, "comment_tag", "comment_id", "comment", tag_id, ids, True, coder)
    count = len(ids)
    label = QT_TRANSLATE_NOOP("Annotations", "Tag a thread of %n comment(s) with {tag}", None, PLURAL, count)
    return _labelled(change, label.format(tag=tag_path(db, tag_id)))


def untag_subthread(db: Database, tag_id: int, comment_id: int, coder: int = OWNER_ID) -> Change:
    ids = subthread_ids(db, comment_id)
    change = _link(db, "comment_tag", "comment_id", "comment", tag_id, ids, False, coder)
    count = len(ids)
    label = QT_TRANSLATE_NOOP("Annotations", "Remove {tag} from a thread of %n comment(s)", None, PLURAL, count)
    return _labelled(change, label.format(tag=tag_path(db, tag_id)))


def article_tag_ids(db: Database, article_id: int, coder: int | None = None) -> list[int]:
    """Tags on the article itself (the chips on its header), each once, in the order first put
    there; only the coder's with `coder`, every coder's without."""
    rows = execute(
        db, "SELECT tag_id FROM article_tag WHERE article_id = ? AND coder_id = coalesce(?, coder_id)"
        " GROUP BY tag_id ORDER BY MIN(id)", (article_id, coder))
    return [r[0] for r in rows]


def comment_tag_ids(db: Database, article_id: int, coder: int | None = None) -> dict[int, list[int]]:
    """Comment id -> its tags, for the comments of one article (the marks in the tree), each
    once; only the coder's with `coder`, every coder's without."""
    result: dict[int, list[int]] = defaultdict(list)
    for comment_id, tag_id in execute(
        db, "SELECT ct.comment_id, ct.tag_id FROM comment_tag ct JOIN comment c ON c.id = ct.comment_id"
        " WHERE c.article_id = ? AND ct.coder_id = coalesce(?, ct.coder_id)"
        " GROUP BY ct.comment_id, ct.tag_id ORDER BY MIN(ct.id)",
        (article_id, coder),
    ):
        result[comment_id].append(tag_id)
    return dict(result)


def article_tag_coders(db: Database, article_id: int) -> dict[int, list[int]]:
    """Tag id -> the coders who put it on the article (its header tells each coder's chips apart)."""
    result: dict[int, list[int]] = defaultdict(list)
    for tag_id, coder in execute(
        db, "SELECT tag_id, coder_id FROM article_tag WHERE article_id = ? ORDER BY id", (article_id,)
    ):
        result[tag_id].append(coder)
    return dict(result)


def comment_tag_coders(db: Database, article_id: int) -> dict[tuple[int, int], list[int]]:
    """(comment id, tag id) -> the coders who put that tag on that comment, for the comments of
    one article (the thread tells each coder's chips apart)."""
    result: dict[tuple[int, int], list[int]] = defaultdict(list)
    for comment_id, tag_id, coder in execute(
        db, "SELECT ct.comment_id, ct.tag_id, ct.coder_id FROM comment_tag ct JOIN comment c ON c.id = ct.comment_id"
        " WHERE c.article_id = ? ORDER BY ct.id", (article_id,),
    ):
        result[(comment_id, tag_id)].append(coder)
    return dict(result)


def article_tag_marks(db: Database, article_ids: Iterable[int], coder: int | None = None) -> dict[int, list[int]]:
    """Article id -> every tag it carries on itself, its comments or its highlights (the marks
    in the article list), each tag once; only the coder's with `coder`."""
    ids = _ids(db, article_ids)
    mine, by = _by(coder)
    their, by_ct = _by(coder, "ct.coder_id")
    result: dict[int, list[int]] = defaultdict(list)
    for article_id, tag_id in execute(
        db, f"SELECT article_id, tag_id FROM article_tag WHERE article_id {_in(db)}{mine}"
        " UNION SELECT c.article_id, ct.tag_id FROM comment_tag ct JOIN comment c ON c.id = ct.comment_id"
        f" WHERE c.article_id {_in(db)}{their}"
        f" UNION SELECT article_id, tag_id FROM highlight WHERE tag_id IS NOT NULL AND article_id {_in(db)}{mine}"
        " ORDER BY 1, 2",
        (ids, *by, ids, *by_ct, ids, *by),
    ):
        result[article_id].append(tag_id)
    return dict(result)


def _tag_sets(db: Database, tag_ids: Iterable[int], descendants: bool) -> list[str]:
    tags = _tags(db)
    sets = []
    for tag_id in dict.fromkeys(tag_ids):
        _require_tag(tags, tag_id)
        sets.append(_ids(db, _subtree(tags, [tag_id]) if descendants else [tag_id]))
    return sets


def _combine(found: list[set[int]], mode: str) -> list[int]:
    if mode not in ("and", "or"):
        raise AnnotationError(f"mode is 'and' or 'or', not {mode!r}")
    if not found:
        return []
    result = set.intersection(*found) if mode == "and" else set.union(*found)
    return sorted(result)


def articles_with_tags(
    db: Database, tag_ids: Iterable[int], mode: str = "and", descendants: bool = True, coder: int | None = None
) -> list[int]:
    """Ids of the articles that carry the tags (all of them with "and", any with "or") on the
    article, on any of its comments or on a highlight in it; a tag also matches through the
    tags below it unless descendants is false. Only the coder's links with `coder`."""
    found = []
    mine, by = _by(coder)
    their, by_ct = _by(coder, "ct.coder_id")
    for ids in _tag_sets(db, tag_ids, descendants):
        rows = execute(
            db, f"SELECT article_id FROM article_tag WHERE tag_id {_in(db)}{mine}"
            " UNION SELECT c.article_id FROM comment_tag ct JOIN comment c ON c.id = ct.comment_id"
            f" WHERE ct.tag_id {_in(db)}{their}"
            f" UNION SELECT article_id FROM highlight WHERE tag_id {_in(db)} AND article_id IS NOT NULL"
            f" AND (target_kind = 'article' OR comment_id IS NOT NULL){mine}",
            (ids, *by, ids, *by_ct, ids, *by),
        )
        found.append({r[0] for r in rows})
    return _combine(found, mode)


def comments_with_tags(
    db: Database, article_id: int, tag_ids: Iterable[int], mode: str = "or", descendants: bool = True,
    coder: int | None = None,
) -> list[int]:
    """Ids of the article's comments that carry the tags, on the comment or on a highlight in it
    (the comments to mark when the list is filtered by tag); only the coder's with `coder`."""
    found = []
    mine, by = _by(coder)
    their, by_ct = _by(coder, "ct.coder_id")
    for ids in _tag_sets(db, tag_ids, descendants):
        rows = execute(
            db, "SELECT ct.comment_id FROM comment_tag ct JOIN comment c ON c.id = ct.comment_id"
            f" WHERE c.article_id = ? AND ct.tag_id {_in(db)}{their}"
            " UNION SELECT comment_id FROM highlight WHERE article_id = ? AND comment_id IS NOT NULL"
            f" AND tag_id {_in(db)}{mine}",
            (article_id, ids, *by_ct, article_id, ids, *by),
        )
        found.append({r[0] for r in rows})
    return _combine(found, mode)


# --------------------------------------------------------------------------------------------
# Highlights


def _target_text(db: Database, target: Target) -> tuple[str, int]:
    """The text highlight offsets index into, and the article it belongs to."""
    if target.kind == "article":
        row = execute(db, "SELECT paragraphs FROM article WHERE id = ?", (target.id,)).fetchone()
        if row is None:
            raise AnnotationError(f"there is no article {target.id}")
        return article_text(stored_list(row[0])), target.id
    if target.kind == "comment":
        row = execute(db, "SELECT body, article_id FROM comment WHERE id = ?", (target.id,)).fetchone()
        if row is None:
            raise AnnotationError(f"there is no comment {target.id}")
        return row[0], row[1]
    raise AnnotationError(f"highlights are on articles and comments, not on {target.kind!r}")


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _target_label(db: Database, target: Target) -> str:
    """What the target is, in a line: kept on notes and highlights for when it is gone."""
    kind, target_id = target
    queries = {
        "article": "SELECT title FROM article WHERE id = ?",
        "comment": "SELECT a.handle || ': ' || c.body FROM comment c JOIN author a ON a.id = c.author_id"
        " WHERE c.id = ?",
        "highlight": "SELECT '“' || text || '”' FROM highlight WHERE id = ?",
        "author": "SELECT handle FROM author WHERE id = ?",
        # a campaign (desktop/store/campaigns.py) by its first comment
        "campaign": "SELECT '“' || c.body || '”' FROM campaign k JOIN comment c ON c.id = k.comment_id"
        " WHERE k.id = ?",
    }
    if kind == "tag":
        tags = _tags(db)
        if target_id not in tags:
            raise AnnotationError(f"there is no tag {target_id}")
        return _path_of(tags, target_id)
    if kind not in queries:
        raise AnnotationError(f"notes are on {', '.join(TARGET_KINDS)}, not on {kind!r}")
    row = execute(db, queries[kind], (target_id,)).fetchone()
    if row is None:
        raise AnnotationError(f"there is no {kind} {target_id}")
    return _short(row[0])


def add_highlight(
    db: Database,
    target: tuple[str, int],
    start: int,
    end: int,
    tag_id: int | None = None,
    note: str | None = None,
    coder: int = OWNER_ID,
) -> tuple[int, Change]:
    """Highlight target's text[start:end] (code points; see the module doc for the article text),
    optionally with a tag and a note. Raises AnnotationError for offsets outside the text or an
    empty span. Returns the highlight's id and the Change."""
    target = Target(*target)
    with db.atomic():
        text, article_id = _target_text(db, target)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise AnnotationError(f"a highlight needs 0 <= start < end <= {len(text)}, not {start}..{end}")
        if tag_id is not None:
            _require_tag(_tags(db), tag_id)
        _require_coder(db, coder)
        recorder = _Recorder(db)
        highlight_id = insert_id(
            db, "INSERT INTO highlight (target_kind, article_id, comment_id, start_offset, end_offset, text,"
            " target_label, tag_id, created_at, coder_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                target.kind,
                article_id,
                target.id if target.kind == "comment" else None,
                start,
                end,
                text[start:end],
                _target_label(db, target),
                tag_id,
                _now(),
                coder,
            ),
        )
        recorder.touch("highlight", highlight_id)
        if note:
            _write_note(db, recorder, Target("highlight", highlight_id), note, coder=coder)
        return highlight_id, recorder.finish(
            QT_TRANSLATE_NOOP("Annotations", "Highlight “{text}”").format(text=_short(text[start:end], 40)))


def remove_highlight(db: Database, highlight_id: int) -> Change:
    """Delete a highlight. A note on it stays, detached (empty it first to drop it)."""
    with db.atomic():
        row = execute(db, "SELECT text FROM highlight WHERE id = ?", (highlight_id,)).fetchone()
        if row is None:
            raise AnnotationError(f"there is no highlight {highlight_id}")
        recorder = _Recorder(
            db, {"highlight": [("id = ?", (highlight_id,))], "note": [("highlight_id = ?", (highlight_id,))]}
        )
        execute(db, "DELETE FROM highlight WHERE id = ?", (highlight_id,))
        label = QT_TRANSLATE_NOOP("Annotations", "Remove highlight “{text}”")
        return recorder.finish(label.format(text=_short(row[0], 40)))


def set_highlight_tag(db: Database, highlight_id: int, tag_id: int | None) -> Change:
    with db.atomic():
        if execute(db, "SELECT 1 FROM highlight WHERE id = ?", (highlight_id,)).fetchone() is None:
            raise AnnotationError(f"there is no highlight {highlight_id}")
        if tag_id is not None:
            _require_tag(_tags(db), tag_id)
        recorder = _Recorder(db, {"highlight": [("id = ?", (highlight_id,))]})
        execute(db, "UPDATE highlight SET tag_id = ? WHERE id = ?", (tag_id, highlight_id))
        if tag_id is not None:
            return recorder.finish(QT_TRANSLATE_NOOP("Annotations", "Tag highlight"))
        return recorder.finish(QT_TRANSLATE_NOOP("Annotations", "Untag highlight"))


def highlights_for_article(db: Database, article_id: int, coder: int | None = None) -> list[HighlightInfo]:
    """The article's highlights and its comments', article first, then in thread order, by start;
    only the coder's (and a note on one only when the coder's too) with `coder`."""
    article = execute(db, "SELECT paragraphs FROM article WHERE id = ?", (article_id,)).fetchone()
    if article is None:
        return []
    own_text = article_text(stored_list(article[0]))
    mine, by = _by(coder, "h.coder_id")
    note_mine, note_by = _by(coder, "n.coder_id")
    rows = execute(
        db, "SELECT h.id, h.target_kind, h.comment_id, h.start_offset, h.end_offset, h.text, h.tag_id, n.body,"
        " h.created_at, c.body FROM highlight h LEFT JOIN comment c ON c.id = h.comment_id"
        f" LEFT JOIN note n ON n.highlight_id = h.id AND n.body <> ''{note_mine}"
        f" WHERE h.article_id = ? AND (h.target_kind = 'article' OR h.comment_id IS NOT NULL){mine}"
        " ORDER BY h.target_kind <> 'article', c.position, h.start_offset, h.id",
        (*note_by, article_id, *by),
    ).fetchall()
    result = []
    for hid, kind, comment_id, start, end, text, tag_id, note, created, body in rows:
        current = own_text if kind == "article" else body
        target = Target("article", article_id) if kind == "article" else Target("comment", comment_id)
        stale = current[start:end] != text
        result.append(HighlightInfo(hid, target, article_id, start, end, text, tag_id, note, str(created), stale))
    return result


# --------------------------------------------------------------------------------------------
# Notes

KEEP_RECENT_REVISIONS = 50
MAX_REVISIONS = 200
_NOTE_COLUMNS = {"article": "article_id", "comment": "comment_id", "highlight": "highlight_id", "author": "author_id",
                 "tag": "tag_id", "campaign": "campaign_id"}  # fmt: skip


def _note_column(target: Target) -> str:
    if target.kind not in _NOTE_COLUMNS:
        raise AnnotationError(f"notes are on {', '.join(TARGET_KINDS)}, not on {target.kind!r}")
    return _NOTE_COLUMNS[target.kind]


def _save_body(
    db: Database, note_id: int, old: str, old_saved: Any, new: str, now: str, keep_revision: bool = True,
    coder: int | None = None,
) -> None:
    """Write a note's new text as `coder`'s (None: its saver stays, as a merge of tag notes
    leaves it), keeping the old one as a revision of the coder who saved it, and thin the
    history out."""
    if old and keep_revision:
        saver = execute(db, "SELECT saved_by_id FROM note WHERE id = ?", (note_id,)).fetchone()[0]
        execute(
            db, "INSERT INTO note_revision (note_id, body, saved_at, replaced_at, coder_id) VALUES (?, ?, ?, ?, ?)",
            (note_id, old, old_saved, now, saver),
        )
    if coder is None:
        execute(db, "UPDATE note SET body = ?, updated_at = ? WHERE id = ?", (new, now, note_id))
    else:
        execute(db, "UPDATE note SET body = ?, updated_at = ?, saved_by_id = ? WHERE id = ?",
                (new, now, coder, note_id))
    _prune_revisions(db, note_id)


def _prune_revisions(db: Database, note_id: int) -> None:
    """Keep the newest KEEP_RECENT_REVISIONS, then the last revision of each day, at most
    MAX_REVISIONS in all."""
    rows = execute(
        db, "SELECT id, replaced_at FROM note_revision WHERE note_id = ? ORDER BY id DESC", (note_id,)
    ).fetchall()
    if len(rows) <= KEEP_RECENT_REVISIONS:
        return
    keep = [r[0] for r in rows[:KEEP_RECENT_REVISIONS]]
    days = {str(r[1])[:10] for r in rows[:KEEP_RECENT_REVISIONS]}
    for revision_id, replaced in rows[KEEP_RECENT_REVISIONS:]:
        if str(replaced)[:10] not in days:
            days.add(str(replaced)[:10])
            keep.append(revision_id)
    keep = keep[:MAX_REVISIONS]
    execute(db, f"DELETE FROM note_revision WHERE note_id = ? AND NOT (id {_in(db)})", (note_id, _ids(db, keep)))


def saved_elsewhere(stored: str, base: str | None) -> bool:
    """Whether a note's stored text is not the one its writer last saw: another window or
    another coder saved it meanwhile (an empty note counts as no text)."""
    return base is not None and stored != base and bool(stored)


def found_saved_elsewhere(change: Change, base: str | None) -> bool:
    """Whether a note save found a text saved elsewhere since `base` (and so kept it as a
    revision): the editor says so."""
    columns = _COLUMNS["note"]
    return any(row is not None and saved_elsewhere(dict(zip(columns, row, strict=True))["body"], base)
               for row in change.before.get("note", {}).values())


def _write_note(
    db: Database, recorder: _Recorder, target: Target, text: str, keep_revision: bool = True,
    coder: int = OWNER_ID, base: str | None = None,
) -> None:
    """Create the note on target as the coder's, or save its new text (the note stays the coder's
    who wrote it first: one note per target)."""
    column = _note_column(target)
    label = _target_label(db, target)
    now = _now()
    row = execute(db, f"SELECT id, body, updated_at FROM note WHERE {column} = ?", (target.id,)).fetchone()
    if row is None:
        if text:
            note_id = insert_id(
                db, f"INSERT INTO note (target_kind, {column}, target_label, body, created_at, updated_at, coder_id,"
                " saved_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (target.kind, target.id, label, text, now, now, coder, coder),
            )
            recorder.touch("note", note_id)
        return
    note_id, old, old_saved = row
    if old == text:
        return
    new_revision = execute(db, "SELECT COALESCE(MAX(id), 0) FROM note_revision").fetchone()[0]
    execute(db, "UPDATE note SET target_label = ? WHERE id = ?", (label, note_id))
    _save_body(db, note_id, old, old_saved, text, now, keep_revision or saved_elsewhere(old, base), coder)
    recorder.touch("note", note_id)
    recorder.touch(
        "note_revision",
        *[
            r[0]
            for r in execute(
                db, "SELECT id FROM note_revision WHERE note_id = ? AND id > ?", (note_id, new_revision)
            )
        ],
    )


def _note_scope(note_id: int | None, column: str | None = None, target_id: int | None = None) -> Scope:
    scope: Scope = {"note": [], "note_revision": []}
    if note_id is not None:
        scope["note"].append(("id = ?", (note_id,)))
        scope["note_revision"].append(("note_id = ?", (note_id,)))
    if column is not None:
        scope["note"].append((f"{column} = ?", (target_id,)))
    return scope


_EDIT_NOTE = {
    "article": QT_TRANSLATE_NOOP("Annotations", "Edit note on article"),
    "comment": QT_TRANSLATE_NOOP("Annotations", "Edit note on comment"),
    "highlight": QT_TRANSLATE_NOOP("Annotations", "Edit note on highlight"),
    "author": QT_TRANSLATE_NOOP("Annotations", "Edit note on author"),
    "tag": QT_TRANSLATE_NOOP("Annotations", "Edit note on tag"),
    "campaign": QT_TRANSLATE_NOOP("Annotations", "Edit note on campaign"),
}
_DELETE_NOTE = {
    "article": QT_TRANSLATE_NOOP("Annotations", "Delete note on article"),
    "comment": QT_TRANSLATE_NOOP("Annotations", "Delete note on comment"),
    "highlight": QT_TRANSLATE_NOOP("Annotations", "Delete note on highlight"),
    "author": QT_TRANSLATE_NOOP("Annotations", "Delete note on author"),
    "tag": QT_TRANSLATE_NOOP("Annotations", "Delete note on tag"),
    "campaign": QT_TRANSLATE_NOOP("Annotations", "Delete note on campaign"),
}


@once_more_on_conflict  # a server may fail it to break a deadlock (dialect.retried)
def set_note(
    db: Database, target: tuple[str, int], text: str, keep_revision: bool = True, coder: int = OWNER_ID,
    base: str | None = None,
) -> Change:
    """Save the note on target (create it, or replace its text keeping the old text as a
    revision). Text that is empty or only whitespace empties the note: get_note then returns None,
    and the old text stays in its history. Saving the same text again changes nothing.
    `keep_revision=False` replaces the text without keeping it: the editor's saves in the middle
    of typing are checkpoints, not versions a user would want back. `base` is the text the writer
    last saw (None: not known): when the note holds another text, someone else saved it
    meanwhile, and it is kept as a revision even under a checkpoint (see `saved_elsewhere`)."""
    target = Target(*target)
    text = text if text.strip() else ""
    column = _note_column(target)
    with db.atomic():
        take_turns(db, f"note {column} {target.id}")  # two writers never keep the same old text
        _target_label(db, target)  # raises when the target does not exist
        _require_coder(db, coder)
        row = execute(db, f"SELECT id FROM note WHERE {column} = ?", (target.id,)).fetchone()
        recorder = _Recorder(db, _note_scope(row[0] if row else None, column, target.id))
        _write_note(db, recorder, target, text, keep_revision, coder, base)
        return recorder.finish((_EDIT_NOTE if text else _DELETE_NOTE)[target.kind])


@once_more_on_conflict  # a server may fail it to break a deadlock (dialect.retried)
def edit_note(db: Database, note_id: int, text: str, keep_revision: bool = True, base: str | None = None,
              coder: int | None = None) -> Change:  # fmt: skip
    """Save a note by id: the way to edit or empty a detached note (`keep_revision` and `base`
    as in set_note; `coder` saves the text, None: the note's saver stays)."""
    text = text if text.strip() else ""
    with db.atomic():
        take_turns(db, f"note id {note_id}")
        row = execute(db, "SELECT body, updated_at FROM note WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise AnnotationError(f"there is no note {note_id}")
        recorder = _Recorder(db, _note_scope(note_id))
        if row[0] != text:
            _save_body(db, note_id, row[0], row[1], text, _now(), keep_revision or saved_elsewhere(row[0], base),
                       coder)
        return recorder.finish(QT_TRANSLATE_NOOP("Annotations", "Edit note") if text
                               else QT_TRANSLATE_NOOP("Annotations", "Delete note"))


def _note_info(row: Row) -> NoteInfo:
    note_id, kind, article, comment, highlight, author, tag, label, body, created, updated, campaign = row
    target_id = {"article": article, "comment": comment, "highlight": highlight, "author": author, "tag": tag,
                 "campaign": campaign}[kind]  # fmt: skip
    target = Target(kind, target_id) if target_id is not None else None
    return NoteInfo(note_id, target, kind, label, body, str(created), str(updated))


_NOTE_SELECT = (
    "SELECT id, target_kind, article_id, comment_id, highlight_id, author_id, tag_id, target_label, body,"
    " created_at, updated_at, campaign_id FROM note"
)


def get_note(db: Database, target: tuple[str, int], emptied: bool = False) -> NoteInfo | None:
    """The note on target, or None when there is none or it was emptied; with `emptied`, an
    emptied note too (its body ''), whose history the note panel still offers."""
    target = Target(*target)
    written = "" if emptied else " AND body <> ''"
    row = execute(db, f"{_NOTE_SELECT} WHERE {_note_column(target)} = ?{written}", (target.id,)).fetchone()
    return _note_info(row) if row else None


def note_by_id(db: Database, note_id: int) -> NoteInfo | None:
    row = execute(db, f"{_NOTE_SELECT} WHERE id = ?", (note_id,)).fetchone()
    return _note_info(row) if row else None


def note_history(db: Database, note_id: int) -> list[RevisionInfo]:
    """Earlier texts of a note, newest first, each with the coder who saved it."""
    return [
        RevisionInfo(r[0], r[1], str(r[2]), str(r[3]), r[4] or "")
        for r in execute(
            db, "SELECT r.id, r.body, r.saved_at, r.replaced_at, c.name FROM note_revision r"
            " LEFT JOIN coder c ON c.id = r.coder_id WHERE r.note_id = ? ORDER BY r.id DESC",
            (note_id,),
        )
    ]


def notes_for_article(db: Database, article_id: int, coder: int | None = None) -> list[NoteInfo]:
    """Notes on the article, its comments and its highlights (the annotations panel); only the
    coder's with `coder`."""
    mine, by = _by(coder)
    rows = execute(
        db, f"{_NOTE_SELECT} WHERE body <> '' AND (article_id = ?"
        " OR comment_id IN (SELECT id FROM comment WHERE article_id = ?)"
        " OR highlight_id IN (SELECT id FROM highlight WHERE article_id = ?"
        f" AND (target_kind = 'article' OR comment_id IS NOT NULL))){mine} ORDER BY id",
        (article_id, article_id, article_id, *by),
    ).fetchall()
    return [_note_info(r) for r in rows]


# --------------------------------------------------------------------------------------------
# The annotations browser


def browse_annotations(
    db: Database,
    tag_ids: Iterable[int] | None = None,
    author_id: int | None = None,
    text: str | None = None,
    descendants: bool = True,
    coder: int | None = None,
) -> list[AnnotationEntry]:
    """Every note and highlight in the library, newest first, detached ones included.

    tag_ids: keep entries carrying any of the tags (with the tags below them unless descendants
    is false): a highlight with the tag, a note on something carrying it (an article or comment
    tagged with it, a highlight with it, the tag itself). author_id: keep entries on that
    author's comments (and their highlights) and the note on the author. text: keep entries
    whose text, note or label contains it, ignoring case. coder: only that coder's highlights and
    notes, carrying only that coder's tags (None: every coder's)."""
    tags = _tags(db)
    mine, by = _by(coder)
    noted, _ = _by(coder, "n.coder_id")
    highlighted, _ = _by(coder, "h.coder_id")
    wanted_tags: set[int] | None = None
    if tag_ids is not None:
        wanted_tags = set()
        for tag_id in tag_ids:
            _require_tag(tags, tag_id)
            wanted_tags.update(_subtree(tags, [tag_id]) if descendants else [tag_id])
    entries: list[AnnotationEntry] = []
    highlight_rows = execute(
        db, "SELECT h.id, h.target_kind, h.article_id, h.comment_id, h.text, h.target_label, h.tag_id, h.created_at,"
        " n.body, c.author_id, n.updated_at FROM highlight h LEFT JOIN comment c ON c.id = h.comment_id"
        f" LEFT JOIN note n ON n.highlight_id = h.id AND n.body <> ''{noted} WHERE 1 = 1{highlighted}", by * 2,
    ).fetchall()
    note_rows = execute(
        db, "SELECT n.id, n.target_kind, n.article_id, n.comment_id, n.highlight_id, n.author_id, n.tag_id,"
        " n.target_label, n.body, n.created_at, n.updated_at, n.campaign_id,"
        " COALESCE(n.article_id, c.article_id, h.article_id), COALESCE(n.comment_id, h.comment_id),"
        " COALESCE(n.author_id, c.author_id, hc.author_id), h.tag_id"
        " FROM note n LEFT JOIN comment c ON c.id = n.comment_id LEFT JOIN highlight h ON h.id = n.highlight_id"
        f" LEFT JOIN comment hc ON hc.id = h.comment_id WHERE n.body <> ''{noted}", by,
    ).fetchall()
    article_ids = {r[2] for r in highlight_rows} | {r[12] for r in note_rows}
    author_ids = {r[9] for r in highlight_rows} | {r[14] for r in note_rows}
    titles = _lookup(db, "SELECT id, title FROM article WHERE id {}", article_ids)
    handles = _lookup(db, "SELECT id, handle FROM author WHERE id {}", author_ids)
    article_tags = _lookup_many(
        db, "SELECT article_id, tag_id FROM article_tag WHERE article_id {}" + mine, {r[2] for r in note_rows}, by
    )
    comment_tags = _lookup_many(
        db, "SELECT comment_id, tag_id FROM comment_tag WHERE comment_id {}" + mine, {r[3] for r in note_rows}, by
    )
    for hid, kind, article, comment, quoted, label, tag, created, note, author, noted in highlight_rows:
        target_id = article if kind == "article" else comment
        entries.append(AnnotationEntry(
            "highlight", hid, Target(kind, target_id) if target_id is not None else None, kind, label, quoted, note,
            (tag,) if tag is not None else (), article, titles.get(article), comment, author, handles.get(author),
            str(created), str(noted or created),
        ))  # fmt: skip
    for row in note_rows:
        info = _note_info(row[:12])
        article, comment, author, highlight_tag = row[12:16]
        carried: tuple[int, ...] = ()
        if info.target is not None:
            carried = {
                "article": tuple(article_tags.get(info.target.id, ())),
                "comment": tuple(comment_tags.get(info.target.id, ())),
                "highlight": (highlight_tag,) if highlight_tag is not None else (),
                "tag": (info.target.id,),
                "author": (),
                "campaign": (),
            }[info.target_kind]
        entries.append(AnnotationEntry(
            "note", info.id, info.target, info.target_kind, info.label, info.body, None, carried, article,
            titles.get(article), comment, author, handles.get(author), info.created_at, info.updated_at,
        ))  # fmt: skip
    needle = text.casefold() if text else None
    result = []
    for entry in entries:
        if wanted_tags is not None and not wanted_tags.intersection(entry.tag_ids):
            continue
        if author_id is not None and entry.author_id != author_id:
            continue
        if needle is not None and not any(
            needle in (s or "").casefold() for s in (entry.text, entry.note, entry.label)
        ):
            continue
        result.append(entry)
    result.sort(key=lambda e: (e.updated_at, e.kind, e.id), reverse=True)
    return result


def _lookup(db: Database, sql: str, ids: Iterable[int | None]) -> dict[int, Any]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(execute(db, sql.format(_in(db)), (_ids(db, wanted),)).fetchall())


def _lookup_many(
    db: Database, sql: str, ids: Iterable[int | None], params: tuple[Any, ...] = ()
) -> dict[int, list[int]]:
    wanted = [i for i in ids if i is not None]
    result: dict[int, list[int]] = defaultdict(list)
    if wanted:
        for key, value in execute(db, sql.format(_in(db)) + " ORDER BY id", (_ids(db, wanted), *params)):
            result[key].append(value)
    return dict(result)


_DESCRIPTIONS = {
    "article": QT_TRANSLATE_NOOP("Annotations", "Article: {label}"),
    "comment": QT_TRANSLATE_NOOP("Annotations", "Comment by {label}", "the label is “handle: the comment's start”"),
    "highlight": QT_TRANSLATE_NOOP("Annotations", "Highlight: {label}"),
    "author": QT_TRANSLATE_NOOP("Annotations", "Commenter: {label}"),
    "tag": QT_TRANSLATE_NOOP("Annotations", "Tag: {label}"),
    "campaign": QT_TRANSLATE_NOOP("Annotations", "Campaign: {label}"),
}
_DELETED = {
    "article": QT_TRANSLATE_NOOP("Annotations", "article (deleted)"),
    "comment": QT_TRANSLATE_NOOP("Annotations", "comment (deleted)"),
    "highlight": QT_TRANSLATE_NOOP("Annotations", "highlight (deleted)"),
    "author": QT_TRANSLATE_NOOP("Annotations", "author (deleted)"),
    "tag": QT_TRANSLATE_NOOP("Annotations", "tag (deleted)"),
    "campaign": QT_TRANSLATE_NOOP("Annotations", "campaign (dissolved)"),
}


def target_exists(db: Database, target: tuple[str, int]) -> bool:
    """Whether the article, comment, highlight, author, tag or campaign a note would be on is there."""
    try:
        _target_label(db, Target(*target))
    except AnnotationError:
        return False
    return True


def describe_target(db: Database, target: tuple[str, int]) -> str:
    """What a note is on, in a line for its header: "Article: <title>", "Comment by <handle>: …"."""
    kind = target[0]
    try:
        label = _target_label(db, Target(*target))
    except AnnotationError:
        return _DELETED.get(kind, f"{kind} (deleted)")
    return _DESCRIPTIONS[kind].format(label=label) if kind in _DESCRIPTIONS else f"{kind}: {label}"
