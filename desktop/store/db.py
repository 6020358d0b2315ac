"""Opening a library file: pragmas, creation at the latest schema, upgrades after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from . import migrations, search
from .models import MODELS, database

# WAL lets the reader window query while an import writes. synchronous=NORMAL in WAL mode
# survives any crash of the app; a power cut may lose the last commits, never corrupt the file.
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "normal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -32_000,
    "trusted_schema": 0,
}


class LibraryError(Exception):
    """A library that cannot be opened, with a message fit for the user."""


class Library:
    """One open library file. Binds the models; one library is open at a time."""

    def __init__(self, path: Path, db: SqliteDatabase) -> None:
        self.path = path
        self.db = db

    @classmethod
    def open(cls, path: str | Path) -> Library:
        path = Path(path).expanduser().resolve()
        if path.is_dir():
            raise LibraryError(f"{path} is a folder, not a library file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"cannot create the folder for {path}: {error.strerror}") from error
        _check_sqlite_header(path)
        _refuse_newer(path)
        # BEGIN IMMEDIATE: a transaction takes the write lock when it starts, so a note saved during an
        # import waits (busy_timeout) instead of failing with "database is locked" when its read
        # snapshot went stale under the importer's commit (SQLITE_BUSY_SNAPSHOT skips the timeout).
        db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False, lock_type="IMMEDIATE")
        previous = database.obj
        database.initialize(db)
        try:
            db.connect(reuse_if_open=True)
            _prepare(db, path)
        except (migrations.LibraryTooNew, sqlite3.DatabaseError) as error:
            db.close()
            database.initialize(previous)  # the library still open stays bound
            if isinstance(error, migrations.LibraryTooNew):
                raise LibraryError(str(error)) from error
            raise LibraryError(f"{path} is not a usable Glossa library: {error}") from error
        return cls(path, db)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    def atomic(self):  # type: ignore[no-untyped-def]
        return self.db.atomic()

    def backup_to(self, target: Path) -> None:
        """A consistent copy through SQLite's backup API: a file copy would miss the WAL."""
        target.parent.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(str(target))
        try:
            self.db.connection().backup(destination)
        finally:
            destination.close()


def _check_sqlite_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise LibraryError(f"{path} is not a Glossa library (not an SQLite database)")


def _refuse_newer(path: Path) -> None:
    """Read the schema version without writing anything: switching a file to WAL rewrites its
    header, and a library from a newer Glossa must be left exactly as it is."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return  # unreadable this way (e.g. a WAL file without its -shm): the normal open decides
    if version > migrations.SCHEMA_VERSION:
        raise LibraryError(
            f"{path} was written by a newer Glossa (schema version {version}; this Glossa knows up to "
            f"{migrations.SCHEMA_VERSION}). Open it with a newer Glossa; it has not been changed."
        )


def _prepare(db: SqliteDatabase, path: Path) -> None:
    version = db.pragma("user_version")
    if version == 0 and not db.get_tables():
        with db.atomic():
            db.create_tables(MODELS)
            search.create_index(db)  # the full-text index: not a model
            db.pragma("user_version", migrations.SCHEMA_VERSION)
        return
    if version == migrations.SCHEMA_VERSION:
        return
    if version > migrations.SCHEMA_VERSION:
        migrations.upgrade(db, version)  # raises LibraryTooNew with the reason
    backup = path.with_name(f"{path.stem}.before-v{migrations.SCHEMA_VERSION}{path.suffix}.bak")
    Library(path, db).backup_to(backup)
    migrations.upgrade(db, version)
