"""A hostile environment: a full disk during a note save or an import, a read-only file or
folder, a damaged file, a library in a sync or network folder, a note saved while an import
writes, and the durability settings themselves."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from desktop.ingest.importer import import_paths
from desktop.store import annotations
from desktop.store.check import explain_write_error, sync_folder_warning, write_error_kind
from desktop.store.db import Library, LibraryDamaged, LibraryError, open_read_only
from tests.reliability.helpers import SEEDS, damage_index_page, make_inputs, note_texts, sha256


def fill_disk(library: Library) -> None:
    """The library may not grow by a single page: SQLite fails the write as on a full disk."""
    pages = library.db.pragma("page_count")
    library.db.execute_sql(f"PRAGMA max_page_count = {pages}")


def free_disk(library: Library) -> None:
    library.db.execute_sql("PRAGMA max_page_count = 1073741823")


# --- a full disk ------------------------------------------------------------------------------


def test_the_real_cause_is_found_under_peewees_failed_rollback() -> None:
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except peewee.OperationalError as error:
        assert write_error_kind(error) == "disk-full"
        assert explain_write_error(error).startswith("The disk is full")
    assert write_error_kind(OSError(28, "No space left on device")) == "disk-full"
    assert write_error_kind(sqlite3.OperationalError("attempt to write a readonly database")) == "read-only"
    assert write_error_kind(sqlite3.DatabaseError("database disk image is malformed")) == "damaged"
    assert write_error_kind(sqlite3.OperationalError("database is locked")) == "busy"
    assert write_error_kind(ValueError("something else")) is None
    assert explain_write_error(ValueError("something else")) == "ValueError: something else"


def test_disk_full_during_a_note_save(seeded: Library) -> None:
    db = seeded.db
    annotations.set_note(db, ("article", 1), "months of work")
    saved = note_texts(seeded.path)
    fill_disk(seeded)
    text = "a long note that needs new pages " * 3000
    with pytest.raises(peewee.DatabaseError) as caught:
        annotations.set_note(db, ("article", 2), text)
    message = explain_write_error(caught.value)
    assert "disk is full" in message and "Nothing already saved was lost" in message
    assert note_texts(seeded.path) == saved  # nothing already saved is lost
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    free_disk(seeded)  # space is back: the same text saves
    annotations.set_note(db, ("article", 2), text)
    note = annotations.get_note(db, ("article", 2))
    assert note is not None and note.body == text
    assert annotations.get_note(db, ("article", 1)).body == "months of work"  # type: ignore[union-attr]


def test_disk_full_during_an_import_stops_it_with_the_reason(seeded: Library, tmp_path: Path) -> None:
    make_inputs(tmp_path / "inputs", 30)
    annotations.set_note(seeded.db, ("article", 1), "kept")
    before = note_texts(seeded.path)
    articles_before = seeded.db.execute_sql("SELECT COUNT(*) FROM article").fetchone()[0]
    fill_disk(seeded)
    report = import_paths(seeded, [tmp_path / "inputs"])
    assert report.stopped is not None and report.stopped.startswith("The disk is full")
    failed = [f for f in report.files if f.skipped and f.skipped.startswith("could not import")]
    assert len(failed) == 1, "the import stops at the first file the disk cannot take"
    assert "The disk is full" in (failed[0].skipped or "")
    # Every file is in the report: those after the stop are not read, and say why.
    assert sorted(f.path for f in report.files) == sorted(str(p) for p in (tmp_path / "inputs").iterdir())
    after = report.files[report.files.index(failed[0]) + 1 :]
    assert after and all(
        f.skipped == f"not imported: the import stopped before this file: {report.stopped}" for f in after
    )
    assert seeded.db.execute_sql("SELECT COUNT(*) FROM article").fetchone()[0] == articles_before
    assert note_texts(seeded.path) == before
    assert seeded.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert seeded.db.pragma("synchronous") == 2  # FULL again after the import's bulk writes
    free_disk(seeded)
    again = import_paths(seeded, [tmp_path / "inputs"])
    assert again.stopped is None and not again.skipped
    assert again.total("articles_added") + again.total("articles_merged") >= 30


# --- durability settings and one writer at a time ----------------------------------------------


def test_pragmas_of_an_open_library(seeded: Library) -> None:
    db = seeded.db
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("synchronous") == 2  # FULL: a saved note survives a power cut
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("busy_timeout") == 10_000
    assert db.pragma("trusted_schema") == 0
    with seeded.bulk_writes():
        assert db.pragma("synchronous") == 1
    assert db.pragma("synchronous") == 2


def test_a_note_saved_during_an_import_never_hits_database_is_locked(seeded: Library, tmp_path: Path) -> None:
    """Transactions begin IMMEDIATE: a save whose read snapshot an import commit made stale would
    otherwise fail at once with "database is locked" (SQLITE_BUSY_SNAPSHOT ignores busy_timeout)."""
    make_inputs(tmp_path / "inputs", 150)
    errors: list[BaseException] = []
    done = threading.Event()

    def run_import() -> None:
        try:
            import_paths(seeded, [tmp_path / "inputs"])
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            seeded.db.close()  # this thread's connection
            done.set()

    worker = threading.Thread(target=run_import)
    worker.start()
    saves = 0
    longest = 0.0
    while not done.is_set() or saves < 5:  # saves overlap the import; at least five in any case
        start = time.perf_counter()
        annotations.set_note(seeded.db, ("article", 1 + saves % 2), f"typed during the import {saves}")
        longest = max(longest, time.perf_counter() - start)
        saves += 1
        time.sleep(0.005)
    worker.join()
    assert not errors, errors
    note = annotations.get_note(seeded.db, ("article", 1 + (saves - 1) % 2))
    assert note is not None and note.body == f"typed during the import {saves - 1}"
    print(f"{saves} saves during the import; the longest waited {longest * 1000:.0f} ms")  # a figure, not a test


# --- read-only file or folder ---------------------------------------------------------------


@pytest.fixture
def closed_library(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "shelf"
    folder.mkdir()
    path = folder / "library.glossa"
    library = Library.open(path)
    import_paths(library, [SEEDS])
    annotations.set_note(library.db, ("article", 1), "a note")
    library.close()
    yield path
    os.chmod(folder, 0o755)
    os.chmod(path, 0o644)


POSIX_PERMISSIONS = pytest.mark.skipif(sys.platform == "win32", reason="chmod cannot make a folder read-only")


@POSIX_PERMISSIONS
@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_file_or_folder_opens_read_only(closed_library: Path, what: str) -> None:
    target = closed_library if what == "file" else closed_library.parent
    os.chmod(target, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH | (stat.S_IXUSR if what == "folder" else 0))
    before = sha256(closed_library)
    library = Library.open(closed_library)
    try:
        assert library.read_only
        assert what in library.read_only_reason
        assert annotations.get_note(library.db, ("article", 1)).body == "a note"  # type: ignore[union-attr]
        with pytest.raises(peewee.DatabaseError) as caught:
            annotations.set_note(library.db, ("article", 1), "changed")
        assert write_error_kind(caught.value) == "read-only"
        assert "read-only" in explain_write_error(caught.value)
    finally:
        library.close()
    assert sha256(closed_library) == before
    assert sorted(p.name for p in closed_library.parent.iterdir()) == ["library.glossa"]  # no -wal, no -shm


@POSIX_PERMISSIONS
def test_a_new_library_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(LibraryError):
            Library.open(folder / "new.glossa")
    finally:
        os.chmod(folder, 0o755)


# --- a damaged file -----------------------------------------------------------------------------


def test_a_damaged_library_is_refused_untouched_and_opens_read_only(closed_library: Path) -> None:
    damage_index_page(closed_library)
    before = sha256(closed_library)
    with pytest.raises(LibraryDamaged) as caught:
        Library.open(closed_library)
    assert caught.value.reason and "quick_check" in caught.value.reason
    assert "has not changed" in str(caught.value)
    assert sha256(closed_library) == before
    library = open_read_only(closed_library, "the library is damaged")
    try:
        assert library.read_only and library.read_only_reason == "the library is damaged"
        library.db.execute_sql("SELECT COUNT(*) FROM author").fetchone()
    finally:
        library.close()
    assert sha256(closed_library) == before


@pytest.mark.parametrize(
    ("offset", "data"),
    [(0, b"\x00" * 16), (60, b"\xff\xff\xff\xf0"), (60, b"\x00\x00\x00\x01")],
    ids=["header", "negative-version", "version-below-its-tables"],
)
def test_damaged_headers_are_refused_untouched(closed_library: Path, offset: int, data: bytes) -> None:
    content = bytearray(closed_library.read_bytes())
    content[offset : offset + len(data)] = data
    closed_library.write_bytes(bytes(content))
    with pytest.raises(LibraryDamaged):
        Library.open(closed_library)
    assert closed_library.read_bytes() == bytes(content)


def test_a_library_a_killed_process_left_with_a_wal_opens_with_everything(closed_library: Path) -> None:
    library = Library.open(closed_library)
    annotations.set_note(library.db, ("article", 2), "committed, still in the WAL")
    # As if killed: the WAL holds the commit, nothing was checkpointed or closed.
    wal = closed_library.with_name(closed_library.name + "-wal")
    assert wal.stat().st_size > 0
    copy = closed_library.with_name("copy.glossa")
    copy.write_bytes(closed_library.read_bytes())
    copy.with_name("copy.glossa-wal").write_bytes(wal.read_bytes())
    library.close()
    reopened = Library.open(copy)
    try:
        assert annotations.get_note(reopened.db, ("article", 2)).body == "committed, still in the WAL"  # type: ignore[union-attr]
    finally:
        reopened.close()


# --- where the library lives ------------------------------------------------------------------


@pytest.mark.parametrize(
    "folder",
    ["Dropbox", "Dropbox (Team)", "OneDrive", "OneDrive - Contoso", "Google Drive", "My Drive", "iCloud Drive",
     "Library/Mobile Documents/com~apple~CloudDocs", "Library/CloudStorage/GoogleDrive-me@example.org",
     "Nextcloud", "ownCloud"],
)
def test_sync_folders_are_warned_about(tmp_path: Path, folder: str) -> None:
    empty = tmp_path / "mounts"
    empty.write_text("")
    warning = sync_folder_warning(tmp_path / folder / "research" / "library.glossa", mounts=empty)
    assert warning is not None and "local disk" in warning


def test_network_filesystems_are_warned_about(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/lab\\040share nfs4 rw 0 0\n"
        "//nas/docs /mnt/nas cifs rw 0 0\n"
        "me@host:/ /mnt/ssh fuse.sshfs rw 0 0\n"
        "/dev/sdb1 /mnt/nas/local ext4 rw 0 0\n"
    )
    assert "nfs4" in (sync_folder_warning("/mnt/lab share/library.glossa", mounts=mounts) or "")
    assert "cifs" in (sync_folder_warning("/mnt/nas/library.glossa", mounts=mounts) or "")
    assert "sshfs" in (sync_folder_warning("/mnt/ssh/x/library.glossa", mounts=mounts) or "")
    assert sync_folder_warning("/mnt/nas/local/library.glossa", mounts=mounts) is None  # the nearer mount decides
    assert sync_folder_warning("/home/me/library.glossa", mounts=mounts) is None
    assert sync_folder_warning("/home/me/library.glossa", mounts=tmp_path / "no-such-file") is None
