"""Is the library sound, and is where it lives safe? No Qt.

- `quick_check(db)`: SQLite's quick_check, fast (one read of every page). `Library.open` runs it
  on a read-only connection before anything writes, and refuses a damaged file with
  `LibraryDamaged`; the app may run it again at any time.
- `check(db)` / `check_file(path)`: the full check behind `glossa check`: integrity_check,
  foreign_key_check, and the comment trees (comments whose parent or article is missing, whose
  parent is in another article, parent cycles), walked iteratively: a 100,000-deep thread or a
  cycle cannot overflow or loop. Returns a `CheckReport`.
- `explain_write_error(exc)`: what a failed write means for the user ("The disk is full ...").
  peewee reports a full disk inside `atomic()` as a failed rollback; the cause is further down
  the exception chain.
- `sync_folder_warning(path)`: a warning when the library is inside a cloud-sync or network folder.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee
from peewee import SqliteDatabase

from desktop.texts import QT_TRANSLATE_NOOP

from .errors import causes
from .json_lists import DAMAGED_LIST_SQL

Database = SqliteDatabase | sqlite3.Connection
# What reading a damaged file can raise: SQLite's errors (raw or wrapped by peewee), and a text
# value whose bytes a flip made invalid UTF-8.
_READ_ERRORS = (sqlite3.DatabaseError, peewee.DatabaseError, UnicodeDecodeError)
_SHOWN = 20  # ids listed per problem; the count is always complete


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    if isinstance(db, sqlite3.Connection):
        return db.execute(sql).fetchall()
    return list(db.execute_sql(sql).fetchall())


def quick_check(db: Database, limit: int = 20, pragma: str = "quick_check") -> list[str]:
    """SQLite's quick_check: [] when the file is sound, else what it found (at most `limit`).
    With pragma="integrity_check" the slower check (~4 times as long) that also compares each
    index with its table: a flipped byte in an index entry passes quick_check."""
    try:
        rows = [str(row[0]) for row in _rows(db, f"PRAGMA {pragma}({int(limit)})")]
    except _READ_ERRORS as error:  # shown in the window as the reason the library is damaged
        return [QT_TRANSLATE_NOOP("Library", "SQLite cannot read the library: {error}").format(error=str(error))]
    return [] if rows == ["ok"] else rows


@dataclass
class Section:
    name: str
    problems: list[str] = field(default_factory=list)


@dataclass
class CheckReport:
    """The full check. `ok` when every section is empty. The id lists are complete; the printed
    lines name the first few of each."""

    schema_version: int | None = None
    empty: bool = False  # schema version 0 and no tables: a library whose creation never finished
    articles: int | None = None
    comments: int | None = None
    notes: int | None = None
    sections: list[Section] = field(default_factory=list)
    orphan_comments: list[int] = field(default_factory=list)  # parent id points at no comment
    comments_without_article: list[int] = field(default_factory=list)
    parent_in_other_article: list[int] = field(default_factory=list)
    cycles: list[list[int]] = field(default_factory=list)  # each: comment ids around one cycle

    @property
    def ok(self) -> bool:
        return all(not section.problems for section in self.sections)

    @property
    def problem_count(self) -> int:
        return sum(len(section.problems) for section in self.sections)

    def lines(self) -> list[str]:
        if self.empty:
            return ["Empty: schema version 0 and no tables, a library whose creation never finished. Nothing in it "
                    "can be lost: Glossa creates a new library in this file when it next opens it."]
        figures = ", ".join(
            f"{value} {name}" for name, value in
            (("articles", self.articles), ("comments", self.comments), ("notes", self.notes)) if value is not None
        )
        out = [f"Schema version {self.schema_version}; {figures or 'contents unreadable'}"]
        for section in self.sections:
            if not section.problems:
                out.append(f"ok       {section.name}")
                continue
            out.append(f"PROBLEM  {section.name}:")
            out.extend(f"    {problem}" for problem in section.problems)
        out.append("No problems found." if self.ok else f"{self.problem_count} problems found.")
        return out


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:_SHOWN])
    return shown + (f" and {len(ids) - _SHOWN} more" if len(ids) > _SHOWN else "")


def _count(db: Database, table: str, where: str = "") -> int | None:
    try:
        return int(_rows(db, f'SELECT COUNT(*) FROM "{table}" {where}')[0][0])
    except _READ_ERRORS:
        return None


def check(db: Database) -> CheckReport:
    """The full check, read-only. Each part runs even when another could not: a damaged file
    gets as complete a report as SQLite can read."""
    report = CheckReport()
    try:
        report.schema_version = int(_rows(db, "PRAGMA user_version")[0][0])
        tables = _rows(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1")
    except _READ_ERRORS as error:  # not a database at all, or its first page is gone: nothing more to read
        report.sections.append(Section("integrity_check", [f"SQLite cannot read the file: {error}"]))
        return report
    if report.schema_version == 0 and not tables:
        report.empty = True
        return report
    report.articles = _count(db, "article")
    report.comments = _count(db, "comment")
    report.notes = _count(db, "note", "WHERE body <> ''")

    integrity = Section("integrity_check")
    try:
        rows = [str(row[0]) for row in _rows(db, "PRAGMA integrity_check(100)")]
        if rows != ["ok"]:
            integrity.problems.extend(rows)
    except _READ_ERRORS as error:
        integrity.problems.append(f"could not run: {error}")
    report.sections.append(integrity)

    foreign = Section("foreign_key_check")
    try:
        by_table: dict[tuple[str, str], int] = defaultdict(int)
        for table, _rowid, parent, _key in _rows(db, "PRAGMA foreign_key_check"):
            by_table[(str(table), str(parent))] += 1
        foreign.problems.extend(
            f"{count} rows of {table} point at a missing {parent}"
            for (table, parent), count in sorted(by_table.items())
        )
    except _READ_ERRORS as error:
        foreign.problems.append(f"could not run: {error}")
    report.sections.append(foreign)

    report.sections.append(_check_threads(db, report))
    report.sections.append(_check_text(db))
    report.sections.append(_check_lists(db))
    return report


def _columns(db: Database) -> list[tuple[str, list[str]]]:
    """(table, its columns) for each ordinary table: not SQLite's own, not the search index
    (`glossa reindex` rebuilds it from the others)."""
    rows = _rows(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    virtual = [str(name) for name, sql in rows if str(sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        (str(name), [str(column[1]) for column in _rows(db, f'PRAGMA table_info("{name}")')])
        for name, _sql in rows
        if not any(name == v or str(name).startswith(f"{v}_") for v in virtual)
    ]


def _check_text(db: Database) -> Section:
    """Text values whose bytes are not UTF-8: they read as U+FFFD (db.lenient_text), so the
    text shown and exported is not the text stored. Rows named by rowid (each table's id). Reads
    every value once: ~0.6 s at 100,000 comments, less than integrity_check."""
    section = Section("text encoding")
    try:
        for table, columns in _columns(db):
            bad: dict[str, list[int]] = defaultdict(list)
            blobs = ", ".join(f'CAST("{c}" AS BLOB)' for c in columns)
            for row in _rows(db, f'SELECT rowid, {blobs} FROM "{table}"'):
                values = row[1:]
                try:  # one decode per row; the NUL keeps a broken end from pairing with the next value
                    b"\0".join(v for v in values if v is not None).decode("utf-8")
                    continue
                except UnicodeDecodeError:
                    pass
                for column, value in zip(columns, values, strict=True):
                    if value is not None and not _is_utf8(value):
                        bad[column].append(row[0])
            section.problems.extend(
                f"{table}.{column}: bytes that are not UTF-8 (read as U+FFFD) in {_rows_named(ids)}"
                for column, ids in bad.items())
    except _READ_ERRORS as error:
        section.problems.append(f"could not read the texts: {error}")
    return section


def _rows_named(ids: list[int]) -> str:
    return f"{len(ids)} row{'s' if len(ids) != 1 else ''} (id {_ids(ids)})"


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_lists(db: Database) -> Section:
    """An article's paragraphs and warnings are JSON lists of texts; a damaged one reads as a
    one-item list of the stored text (json_lists.stored_list)."""
    section = Section("stored lists")
    for column in ("paragraphs", "warnings"):
        try:
            ids = [int(row[0]) for row in _rows(
                db, f"SELECT id FROM article WHERE {DAMAGED_LIST_SQL.format(column=column)} ORDER BY id")]
        except _READ_ERRORS as error:
            if "no such" not in str(error):  # an older library without the column
                section.problems.append(f"could not read article.{column}: {error}")
            continue
        if ids:
            section.problems.append(f"article.{column}: not a JSON list of texts in {_rows_named(ids)}")
    return section


def _check_threads(db: Database, report: CheckReport) -> Section:
    section = Section("comment threads")
    try:
        rows = _rows(db, "SELECT id, parent_id, article_id FROM comment")
        articles = {row[0] for row in _rows(db, "SELECT id FROM article")}
    except _READ_ERRORS as error:
        section.problems.append(f"could not read the comments: {error}")
        return section
    parent_of: dict[Any, Any] = {}
    article_of: dict[Any, Any] = {}
    for comment_id, parent_id, article_id in rows:
        parent_of[comment_id] = parent_id
        article_of[comment_id] = article_id
    for comment_id, parent_id, article_id in rows:
        if article_id not in articles:
            report.comments_without_article.append(comment_id)
        if parent_id is None:
            continue
        if parent_id not in parent_of:
            report.orphan_comments.append(comment_id)
        elif article_of[parent_id] != article_id:
            report.parent_in_other_article.append(comment_id)
    report.cycles = find_cycles(parent_of)
    for ids, what in (
        (report.comments_without_article, "comments whose article is missing"),
        (report.orphan_comments, "comments whose parent comment is missing"),
        (report.parent_in_other_article, "comments whose parent is in another article"),
    ):
        if ids:
            ids.sort(key=_sort_key)
            section.problems.append(f"{len(ids)} {what}: {_ids(ids)}")
    for cycle in report.cycles[:_SHOWN]:
        section.problems.append(f"comments whose parents form a cycle: {_ids(cycle)}")
    if len(report.cycles) > _SHOWN:
        section.problems.append(f"and {len(report.cycles) - _SHOWN} more cycles")
    return section


def _sort_key(value: Any) -> tuple[int, str]:
    return (0, f"{value:020d}") if isinstance(value, int) else (1, str(value))


def find_cycles(parent_of: dict[Any, Any]) -> list[list[Any]]:
    """Every cycle of parent links, each once, starting at its smallest id. Iterative, linear:
    each node is walked once, whatever the depth."""
    state: dict[Any, int] = {}  # 1: on the walk now, 2: done
    cycles: list[list[Any]] = []
    for start in parent_of:
        if start in state:
            continue
        walk: list[Any] = []
        position: dict[Any, int] = {}
        node = start
        while node is not None and node in parent_of and node not in state:
            state[node] = 1
            position[node] = len(walk)
            walk.append(node)
            node = parent_of[node]
        if node is not None and state.get(node) == 1:
            cycle = walk[position[node] :]
            first = min(range(len(cycle)), key=lambda i: _sort_key(cycle[i]))
            cycles.append(cycle[first:] + cycle[:first])
        for visited in walk:
            state[visited] = 2
    return cycles


def check_file(path: str | Path) -> CheckReport:
    """The full check of a library file, opened read-only (works on a damaged file, and on one
    from a newer Glossa). Raises OSError when there is no such file."""
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "no library at this path", str(path))
    uri = path.as_uri()
    has_wal = path.with_name(path.name + "-wal").exists()
    report: CheckReport | None = None
    for suffix in (("?mode=ro", "?immutable=1") if has_wal else ("?immutable=1",)):
        try:
            connection = sqlite3.connect(uri + suffix, uri=True, timeout=10)
        except sqlite3.Error:
            continue
        connection.text_factory = _lenient_text
        try:
            report = check(connection)
        finally:
            connection.close()
        if report.schema_version is not None:
            break
    if report is None:
        report = CheckReport(sections=[Section("integrity_check", ["SQLite cannot open the file"])])
    return report


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


# ---------------------------------------------------------------------------------------------
# Failed writes

_KINDS: tuple[tuple[str, set[str], tuple[str, ...], set[int]], ...] = (
    # (kind, SQLite error names or PostgreSQL SQLSTATEs (a class by its first two characters),
    #  words in the message, errno values)
    ("disk-full", {"SQLITE_FULL", "53100"}, ("database or disk is full", "disk is full"),
     {errno.ENOSPC, errno.EDQUOT}),
    ("read-only", {"SQLITE_READONLY", "25006"}, ("readonly database", "read-only file system"),
     {errno.EROFS, errno.EACCES, errno.EPERM}),
    ("damaged", {"SQLITE_CORRUPT", "SQLITE_NOTADB", "XX001", "XX002"}, ("malformed", "file is not a database"),
     set()),
    ("io", {"SQLITE_IOERR", "58030"}, ("disk i/o error",), {errno.EIO}),
    # A server gone (shut down, restarted, the network lost): psycopg says so in words, without a SQLSTATE.
    ("connection", {"08", "57P01", "57P02", "57P03"},
     ("server closed the connection", "connection is closed", "connection is lost", "terminating connection",
      "consuming input failed", "connection to server", "connection already closed"), set()),
    ("busy", {"SQLITE_BUSY", "SQLITE_LOCKED", "40P01", "55P03"},
     ("database is locked", "database table is locked", "deadlock detected"), set()),
    ("cannot-open", {"SQLITE_CANTOPEN", "SQLITE_PERM"}, ("unable to open database file",), set()),
)
_MESSAGES = {
    "disk-full": QT_TRANSLATE_NOOP(
        "WriteError", "The disk is full. Nothing already saved was lost; free some space and save again."),
    "read-only": QT_TRANSLATE_NOOP(
        "WriteError", "The library is read-only here: Glossa cannot write to it or to its folder."),
    "damaged": QT_TRANSLATE_NOOP(
        "WriteError", "The library file is damaged. Nothing more was written to it; restore it from a backup."),
    "io": QT_TRANSLATE_NOOP(
        "WriteError", "The disk reported an error while writing. Nothing already saved was lost; check the disk "
        "(is it still connected?) and save again."),
    "connection": QT_TRANSLATE_NOOP(
        "WriteError", "The connection to the library's server was lost. Nothing already saved was lost; open the "
        "library again once the server can be reached, and try again."),
    "busy": QT_TRANSLATE_NOOP(
        "WriteError", "The library is busy: another program has been writing to it for too long. Try again."),
    "cannot-open": QT_TRANSLATE_NOOP(
        "WriteError", "Glossa cannot open the library file for writing (was it moved, or its folder removed?)."),
}
STOPPING_KINDS = frozenset({"disk-full", "read-only", "damaged", "io", "connection", "cannot-open"})
"""Kinds after which the next write fails the same way: an import stops instead of failing every file."""


def write_error_kind(error: BaseException) -> str | None:
    """'disk-full', 'read-only', 'damaged', 'io', 'connection', 'busy', 'cannot-open', or None for anything
    else.
    The most telling cause wins: a disk-full anywhere in the chain beats the failed rollback."""
    found: list[str] = []
    for current in causes(error):
        name = str(getattr(current, "sqlite_errorname", ""))
        codes = {"_".join(name.split("_")[:2])}
        state = getattr(current, "sqlstate", None)  # psycopg's errors
        if isinstance(state, str):
            codes |= {state, state[:2]}
        text = str(current).lower()
        number = getattr(current, "errno", None) if isinstance(current, OSError) else None
        for kind, names, words, numbers in _KINDS:
            if codes & names or any(w in text for w in words) or (number is not None and number in numbers):
                found.append(kind)
    for kind, *_ in _KINDS:  # the order of _KINDS is the order of importance
        if kind in found:
            return kind
    return None


def explain_write_error(error: BaseException) -> str:
    """A sentence for the user about a failed write, from the real cause in the exception chain."""
    kind = write_error_kind(error)
    if kind is not None:
        return _MESSAGES[kind]
    return f"{type(error).__name__}: {error}"


# ---------------------------------------------------------------------------------------------
# Where the library lives

# Folder names the sync clients create. Matched against each folder of the path, case-insensitively.
_SYNC_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
}
_SYNC_PREFIXES = {"onedrive - ": "OneDrive", "dropbox (": "Dropbox", "googledrive-": "Google Drive"}
_NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "afs", "ceph", "glusterfs", "9p", "ncpfs", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.s3fs", "fuse.gcsfuse",
    "fuse.glusterfs", "fuse.cephfs", "fuse.smbnetfs", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
}
_ADVICE = QT_TRANSLATE_NOOP(
    "LibraryPlace",
    "Sync services and network drives copy the file while Glossa writes it, which can corrupt the "
    "library or lose recent work. Keep the library on a local disk; Glossa's own backups (in the "
    "folder beside it) are safe to sync.",
)


def sync_folder_warning(path: str | Path, mounts: str | Path = "/proc/mounts") -> str | None:
    """A warning when the library is inside a cloud-sync folder or on a network filesystem; None
    when it is local. `mounts` is read on Linux (a test may pass another file)."""
    path = Path(path).expanduser().resolve()
    for part in path.parent.parts:
        name = part.casefold()
        service = _SYNC_FOLDERS.get(name) or next(
            (s for prefix, s in _SYNC_PREFIXES.items() if name.startswith(prefix)), None
        )
        if service is None and name.startswith("cloudstorage"):
            service = QT_TRANSLATE_NOOP("LibraryPlace", "a cloud storage provider")  # ~/Library/CloudStorage/<provider>
        if service:
            return QT_TRANSLATE_NOOP(
                "LibraryPlace", "The library is inside a {service} folder ({folder}). {advice}").format(
                service=service, folder=str(path.parent), advice=_ADVICE)
    network = _network_filesystem(path, Path(mounts))
    if network:
        return QT_TRANSLATE_NOOP("LibraryPlace", "The library is on a network drive ({filesystem}). {advice}").format(
            filesystem=network, advice=_ADVICE)
    return None


def _network_filesystem(path: Path, mounts: Path) -> str | None:
    if sys.platform == "win32":
        return _windows_network_drive(path)
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str, str, str] | None = None  # the longest mount point holding the path decides
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        holds = path == Path(point) or Path(point) in path.parents
        if holds and (best is None or len(point) > best[0]):
            best = (len(point), fields[2], fields[0], point)
    if best and (best[1] in _NETWORK_FILESYSTEMS or best[1].split(".")[0] in {"nfs", "cifs", "smb3"}):
        return QT_TRANSLATE_NOOP("LibraryPlace", "{device} on {folder}, {filesystem}").format(
            device=best[2], folder=best[3], filesystem=best[1])
    return None


def _unescape_mount(field_text: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field_text = field_text.replace(escaped, plain)
    return field_text


def _windows_network_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith("\\\\"):
        return text.split("\\")[2] if len(text.split("\\")) > 2 else text
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    windll = getattr(ctypes, "windll", None)
    if windll is not None and windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
        return drive
    return None
