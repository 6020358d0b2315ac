"""Opening a library file: pragmas, creation at the latest schema, upgrades after a backup."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from desktop.texts import QT_TRANSLATE_NOOP, joined

from . import coders, migrations, search, server
from .check import explain_write_error, quick_check
from .errors import StoreError
from .models import MODELS, database

# WAL lets the reader window query while an import writes. synchronous=FULL: every commit (a note
# saved, a tag applied) is flushed to the disk before it returns, so what Glossa has said is saved
# survives a power cut too. It costs one flush per commit: ~3 ms per note save, invisible, but
# 2-3x on an import that commits per file (benchmarks/durability.py: 3,000 files in 11 s against
# 4 s). So an import runs under Library.bulk_writes() (synchronous=NORMAL on its own connection):
# a crash of Glossa loses nothing committed either way, and a power cut during an import can lose
# at most the files committed since the last flush (the next note save or checkpoint flushes
# them), never corrupt the file; importing the same files again adds exactly what is missing.
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -32_000,
    "trusted_schema": 0,
}


# A library opened read-only: nothing here may write, not even the WAL switch or a checkpoint.
READ_ONLY_PRAGMAS = {
    "query_only": 1,
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -32_000,
    "trusted_schema": 0,
}


def lenient_text(data: bytes) -> str:
    """The text_factory of every connection to a library: a byte that is not UTF-8 inside a text
    value (a flipped bit, a hand edit; quick_check cannot see it) reads as U+FFFD instead of
    raising "Could not decode to UTF-8" and stopping the read, the export or the window. It costs
    ~0.1 us per text value read (a Python call instead of SQLite's own decoding): a few ms for a
    5,000-comment thread. `glossa check` names the values (check.py)."""
    return data.decode("utf-8", "replace")


class _LenientDatabase(SqliteDatabase):
    """A library's peewee database: each thread's connection reads text with lenient_text."""

    def _connect(self):  # type: ignore[no-untyped-def]
        connection = super()._connect()  # type: ignore[misc]  # peewee is untyped
        connection.text_factory = lenient_text
        return connection


class LibraryError(StoreError):
    """A library that cannot be opened, with a message fit for the user (a Text: English, and
    translated where the window shows it)."""


class LibraryDamaged(LibraryError):
    """The file is damaged: SQLite's quick_check failed or the file cannot be read as a database.
    Nothing has been written to it. The app can offer `open_read_only(path)` or the newest good
    backup (`desktop.store.backup.newest_good_backup`)."""

    def __init__(self, path: Path, reason: str, message: str | None = None) -> None:
        super().__init__(
            message
            or QT_TRANSLATE_NOOP(
                "Library", "{path} is damaged: {reason}. Glossa has not changed the file; restore it from a backup, "
                "or open it read-only to copy out what can still be read.").format(path=str(path), reason=reason)
        )
        self.path = path
        self.reason = reason


class Library:
    """One open library file. Binds the models; one library is open at a time."""

    def __init__(self, path: Path, db: SqliteDatabase, read_only: bool = False, read_only_reason: str = "") -> None:
        self.path = path
        self.db = db
        # Opened with SQLite's mode=ro (or immutable=1): the UI shows why and offers no edits.
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.checked = True  # quick_check ran when it was opened (Library.open says otherwise)
        self.closed_stamp = ""  # file_stamp() once closed: what `unchanged_since` compares with
        self.url = ""  # a server library's connection string, any password blanked (server.py)

    @property
    def location(self) -> str:
        """What opens this library again: its file's path, or its server's connection string
        (without a password): the recent libraries, the last article read in each."""
        return self.url or str(self.path)

    @property
    def name(self) -> str:
        """The library's short name for titles: its file's name, or its database's."""
        return server.database_name(self.url) if self.url else self.path.stem

    @classmethod
    def open(cls, path: str | Path, unchanged_since: str | None = None) -> Library:
        """Open (creating or upgrading) a library. quick_check runs first, on a read-only
        connection, and a damaged file is refused untouched. `unchanged_since` is the
        `file_stamp` the file had when Glossa last closed it, sound: while the file still has
        it, nothing has written it since, and the check is left to `verify()` after start-up
        (it reads every page: about a second at a million comments). `checked` says which.
        A `postgresql://` connection string opens a library on a server instead (server.py)."""
        if server.is_server_url(path):
            return cls._open_server(str(path))
        path = Path(path).expanduser().resolve()
        if path.is_dir():
            raise LibraryError(QT_TRANSLATE_NOOP("Library", "{path} is a folder, not a library file").format(
                path=str(path)))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(QT_TRANSLATE_NOOP("Library", "cannot create the folder for {path}: {reason}").format(
                path=str(path), reason=error.strerror or str(error))) from error
        _check_sqlite_header(path)
        checked = not (unchanged_since and file_stamp(path) == unchanged_since)
        _probe(path, quick_check=checked)  # read-only: a damaged or newer library is refused before anything writes
        read_only_reason = _read_only_reason(path)
        if read_only_reason:
            return open_read_only(path, read_only_reason)
        # BEGIN IMMEDIATE: a transaction takes the write lock when it starts, so a note saved during an
        # import waits (busy_timeout) instead of failing with "database is locked" when its read
        # snapshot went stale under the importer's commit (SQLITE_BUSY_SNAPSHOT skips the timeout).
        db = _LenientDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False, lock_type="IMMEDIATE")
        previous = database.obj
        database.initialize(db)
        before = _companions(path)
        try:
            db.connect(reuse_if_open=True)
            _prepare(db, path)
        except (migrations.LibraryTooNew, sqlite3.DatabaseError, peewee.DatabaseError, UnicodeDecodeError) as error:
            db.close()
            database.initialize(previous)  # the library still open stays bound
            _remove_what_the_open_made(path, before)
            if isinstance(error, migrations.LibraryTooNew):
                raise LibraryError(str(error)) from error
            if "readonly" in str(error) and path.exists():  # a read-only mount os.access missed
                return open_read_only(path, QT_TRANSLATE_NOOP("Library", "the library's disk is read-only"))
            full = _disk_full(path.parent)  # SQLite says "disk I/O error": it could not grow the -shm file
            if full is not None:
                raise LibraryError(QT_TRANSLATE_NOOP("Library", "cannot open {path}: {error}").format(
                    path=str(path), error=explain_write_error(full))) from error
            raise LibraryError(QT_TRANSLATE_NOOP("Library", "{path} is not a usable Glossa library: {error}").format(
                path=str(path), error=str(error))) from error
        library = cls(path, db)
        library.checked = checked
        return library

    @classmethod
    def _open_server(cls, url: str) -> Library:
        shown = server.redacted(url)
        try:
            db = server.open_database(url)
        except migrations.LibraryTooNew as error:
            raise LibraryError(_newer_glossa(shown, error.args[0])) from error
        except server.ServerError as error:
            raise LibraryError(str(error)) from error
        # Library.db stays typed as SQLite's until the store's modules are written for both engines.
        writable = server.writable(db)
        library = cls(Path(shown), db, read_only=not writable,  # type: ignore[arg-type]
                      read_only_reason="" if writable else server.READ_ONLY_LOGIN)
        library.url = shown
        return library

    def close(self) -> None:
        if not self.db.is_closed() and not self.read_only and not self.url:
            # A full or failing disk: closing still releases the file, and the WAL stays valid.
            with contextlib.suppress(peewee.DatabaseError):
                self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        self.closed_stamp = file_stamp(self.path)

    def verify(self) -> None:
        """quick_check on a read-only connection of its own (any thread): raises LibraryDamaged
        when the file is damaged. For a library opened without the check (`unchanged_since`)."""
        try:  # mode=ro, never immutable=1: this library is open, its WAL live
            connection = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, timeout=10)
        except sqlite3.Error as error:
            cannot = QT_TRANSLATE_NOOP("Library", "SQLite cannot read the library: {error}")
            problems = [cannot.format(error=str(error))]
        else:
            connection.text_factory = lenient_text
            try:
                problems = quick_check(connection)
            finally:
                connection.close()
        if problems:
            raise LibraryDamaged(self.path, _quick_check_found(problems))
        self.checked = True

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """synchronous=NORMAL on this thread's connection for the duration of an import (see
        PRAGMAS; synchronous_commit=off on a server). Inside a transaction it changes nothing:
        SQLite refuses to change it there."""
        if self.db.in_transaction() or self.read_only:
            yield
            return
        if self.url:  # a server: its commits do not wait for its disk either (a crash loses the last few)
            self.db.execute_sql("SET synchronous_commit = off")
            try:
                yield
            finally:  # a lost server took the setting with its session
                if not self.db.is_closed() and not self.db.connection().closed:
                    self.db.execute_sql("RESET synchronous_commit")
            return
        self.db.execute_sql("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            if not self.db.is_closed():
                self.db.execute_sql(f"PRAGMA synchronous = {PRAGMAS['synchronous']}")

    def atomic(self):  # type: ignore[no-untyped-def]
        return self.db.atomic()

    def backup_to(self, target: Path) -> None:
        """A consistent copy through SQLite's backup API: a file copy would miss the WAL. Written
        beside the target and renamed, so a crash never leaves half a backup under its name."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        partial.unlink(missing_ok=True)
        destination = sqlite3.connect(str(partial))
        try:
            self.db.connection().backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one plain file: no -wal/-shm to read it
        finally:
            destination.close()
        os.replace(partial, target)


OPENED_READ_ONLY = QT_TRANSLATE_NOOP("Library", "opened read-only")


def open_read_only(path: str | Path, reason: str = OPENED_READ_ONLY) -> Library:
    """Open a library without ever writing to it (SQLite's mode=ro; immutable=1 when there is no
    WAL to read or the folder allows no -shm file): for a read-only file or folder, and for a
    damaged library, whose file must stay byte for byte as it is. Binds the models like open().
    `reason` is what the window shows after "Read-only:": a Text, translated there."""
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise LibraryError(QT_TRANSLATE_NOOP("Library", "there is no library at {path}").format(path=str(path)))
    previous = database.obj
    last_error: Exception | None = None
    for uri in _read_only_uris(path):
        db = _LenientDatabase(uri, uri=True, pragmas=READ_ONLY_PRAGMAS, check_same_thread=False)
        database.initialize(db)
        try:
            db.connect(reuse_if_open=True)
            version = db.pragma("user_version")
        except (sqlite3.DatabaseError, peewee.DatabaseError, UnicodeDecodeError) as error:
            db.close()
            database.initialize(previous)
            last_error = error
            continue
        if version != migrations.SCHEMA_VERSION:
            db.close()
            database.initialize(previous)
            if version > migrations.SCHEMA_VERSION:
                raise LibraryError(QT_TRANSLATE_NOOP(
                    "Library", "{path} was written by a newer Glossa (schema version {version})").format(
                    path=str(path), version=version))
            raise LibraryError(QT_TRANSLATE_NOOP(
                "Library", "{path} needs an upgrade to this Glossa's schema, but it can only be opened read-only "
                "({reason}). Copy it to a folder you can write to, or open it with the Glossa that made it.").format(
                path=str(path), reason=reason))
        return Library(path, db, read_only=True, read_only_reason=reason)
    raise LibraryDamaged(path, _cannot_read(last_error))


_COMPANIONS = ("", "-wal", "-shm")  # the library file and the two files SQLite keeps beside it in WAL mode


def _companions(path: Path) -> dict[str, bool]:
    return {suffix: path.with_name(path.name + suffix).exists() for suffix in _COMPANIONS}


def _remove_what_the_open_made(path: Path, before: dict[str, bool]) -> None:
    """After a failed open, the files it created: an empty -wal and its -shm (never a -wal that
    holds anything), and the library file when the open was creating it."""
    wal = path.with_name(path.name + "-wal")
    if before["-wal"] or before["-shm"] or (wal.exists() and wal.stat().st_size > 0):
        return
    for suffix in _COMPANIONS[1:] if before[""] else _COMPANIONS:
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _disk_full(folder: Path) -> OSError | None:
    """The error of a disk that has no room left in folder (ENOSPC, or a quota), else None: asked
    by writing 64 KiB, what a library's -wal and -shm need to start."""
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(bytes(65_536))
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        return error if error.errno in (errno.ENOSPC, errno.EDQUOT) else None
    return None


def _read_only_uris(path: Path) -> list[str]:
    uri = path.as_uri()
    # A -wal file may hold committed work (after a crash): mode=ro reads it. Without one there is
    # nothing more to read, and immutable=1 creates no -shm/-wal beside the file.
    if path.with_name(path.name + "-wal").exists():
        return [f"{uri}?mode=ro", f"{uri}?immutable=1"]
    return [f"{uri}?immutable=1"]


def _writable(path: Path) -> bool:
    """os.access, and the permission bits: root may write anywhere, but a file or folder without
    any write bit was made read-only on purpose."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & 0o222)


def _read_only_reason(path: Path) -> str:
    """Why the library must be opened read-only (a Text, shown after "Read-only:"), or ""."""
    if not path.exists():
        if not _writable(path.parent):
            raise LibraryError(QT_TRANSLATE_NOOP(
                "Library", "cannot create a library in {folder}: the folder is read-only").format(
                folder=str(path.parent)))
        return ""  # a new library: created below
    if not _writable(path):
        return QT_TRANSLATE_NOOP("Library", "the library file is read-only")
    if not _writable(path.parent):
        return QT_TRANSLATE_NOOP("Library", "the folder holding the library is read-only")
    return ""


def _quick_check_found(problems: list[str]) -> str:
    """The reason a library is damaged: the first problems quick_check found (SQLite's English)."""
    return QT_TRANSLATE_NOOP("Library", "SQLite's quick_check found: {problems}").format(
        problems=joined("; ", *problems[:5]))


def _cannot_read(error: BaseException | None) -> str:
    return QT_TRANSLATE_NOOP("Library", "SQLite cannot read it ({error})").format(error=str(error))


def _check_sqlite_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise LibraryError(QT_TRANSLATE_NOOP("Library", "cannot read {path}: {reason}").format(
            path=str(path), reason=error.strerror or str(error))) from error
    if header != b"SQLite format 3\x00":
        reason = QT_TRANSLATE_NOOP("Library", "its first bytes are not an SQLite database's")
        raise LibraryDamaged(path, reason, QT_TRANSLATE_NOOP(
            "Library", "{path} is not a Glossa library (not an SQLite database), or it is damaged").format(
            path=str(path)))


# A table each schema version added: one present in a library that claims an older version means
# the version number is damaged (an upgrade on top would fail, or worse).
_FIRST_TABLE_OF_VERSION = {2: "note", 3: "saved_search"}

# SQLite result codes that mean the file itself is bad, not the way it was opened.
_DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR", "SQLITE_FORMAT", "SQLITE_RANGE"}


def file_stamp(path: Path) -> str:
    """The file as it is now: size, modification time and inode, and the size of a WAL beside it.
    The same stamp later means nothing has written the file in between."""
    try:
        stat = path.stat()
    except OSError:
        return ""
    try:
        wal = path.with_name(path.name + "-wal").stat().st_size
    except OSError:
        wal = 0
    # An empty WAL is no WAL: one a thread's connection still held at close is gone at the next
    # start, and a stamp that told them apart ran quick_check on every start.
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}:{wal}"


def _probe(path: Path, quick_check: bool = True) -> None:
    """Read the schema version and run quick_check without writing anything: switching a file
    to WAL rewrites its header, an upgrade writes, and a library that is damaged or from a newer
    Glossa must be left exactly as it is. quick_check reads every page once: ~0.15 s for a
    170 MB library (100,000 comments), 0.6-1.8 s at a million."""
    if not path.exists() or path.stat().st_size == 0:
        return
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        return  # a rollback-mode write was interrupted: only a read-write open can roll it back
    problems: list[str] = []
    last_error: Exception | None = None
    for uri in _read_only_uris(path):
        try:
            connection = sqlite3.connect(uri, uri=True, timeout=10)
        except sqlite3.Error as error:
            last_error = error
            continue
        connection.text_factory = lenient_text
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            problems = [row[0] for row in connection.execute("PRAGMA quick_check(20)")] if quick_check else ["ok"]
            last_error = None
            break
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # a broken schema quoted in the message
            last_error = error
        finally:
            connection.close()
    if last_error is not None:
        code = "_".join(str(getattr(last_error, "sqlite_errorname", "")).split("_")[:2])  # SQLITE_IOERR_READ
        if (code in _DAMAGE_CODES or type(last_error) in (sqlite3.DatabaseError, UnicodeDecodeError)
                or "malformed" in str(last_error)):
            raise LibraryDamaged(path, _cannot_read(last_error)) from last_error
        raise LibraryError(QT_TRANSLATE_NOOP("Library", "cannot open {path}: {error}").format(
            path=str(path), error=str(last_error))) from last_error
    if problems != ["ok"]:
        raise LibraryDamaged(path, _quick_check_found([str(p) for p in problems]))
    if version > migrations.SCHEMA_VERSION:
        raise LibraryError(_newer_glossa(str(path), version))
    if version < 0:
        raise LibraryDamaged(path, QT_TRANSLATE_NOOP(
            "Library", "its schema version ({version}) is not one Glossa writes").format(version=version))
    if version == 0 and tables:
        raise LibraryError(QT_TRANSLATE_NOOP(
            "Library", "{path} is not a Glossa library (an SQLite database of another program)").format(
            path=str(path)))
    later = sorted(table for since, table in _FIRST_TABLE_OF_VERSION.items() if since > version and table in tables)
    if version >= 1 and later:
        raise LibraryDamaged(path, QT_TRANSLATE_NOOP(
            "Library", "its schema version says {version}, but it has tables of later versions ({tables})").format(
            version=version, tables=", ".join(later)))
    if version >= 1 and not {"article", "comment", "author"} <= tables:
        raise LibraryDamaged(path, QT_TRANSLATE_NOOP("Library", "its article and comment tables are missing"))


def _newer_glossa(where: str, version: int) -> str:
    return QT_TRANSLATE_NOOP(
        "Library", "{path} was written by a newer Glossa (schema version {version}; this Glossa knows up to "
        "{known}). Open it with a newer Glossa; it has not been changed.").format(
        path=where, version=version, known=migrations.SCHEMA_VERSION)


def _prepare(db: SqliteDatabase, path: Path) -> None:
    version = db.pragma("user_version")
    if version == 0 and not db.get_tables():
        with db.atomic():
            db.create_tables(MODELS)
            search.create_index(db)  # the full-text index: not a model
            coders.create_owner(db)  # coder 1, whose annotations are those made without a coder
            db.pragma("user_version", migrations.SCHEMA_VERSION)
        return
    if version == migrations.SCHEMA_VERSION:
        return
    if version > migrations.SCHEMA_VERSION:
        migrations.upgrade(db, version)  # raises LibraryTooNew with the reason
    backup = path.with_name(f"{path.stem}.before-v{migrations.SCHEMA_VERSION}{path.suffix}.bak")
    Library(path, db).backup_to(backup)
    migrations.upgrade(db, version)
