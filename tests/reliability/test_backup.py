"""Backups through SQLite's backup API: made, verified, rotated, listed, restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.ingest.importer import import_paths
from desktop.store import annotations
from desktop.store.backup import (
    CAP,
    BackupError,
    backup_folder,
    backup_now,
    expanded,
    is_compressed,
    list_backups,
    maybe_daily_backup,
    newest_good_backup,
    restore,
    verify_backup,
)
from desktop.store.db import Library, open_read_only
from desktop.texts import Text, message
from tests.reliability.helpers import SEEDS, note_texts, sha256

DAY = datetime(2024, 5, 6, 9, 30, 0)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "research.glossa")
    import_paths(lib, [SEEDS])
    annotations.set_note(lib.db, ("article", 1), "the first note")
    yield lib
    lib.close()


def test_a_backup_holds_what_is_still_in_the_wal(library: Library, tmp_path: Path) -> None:
    """The reason for the backup API: a file copy of the open library misses the last commits."""
    annotations.set_note(library.db, ("article", 2), "only in the WAL so far")
    copied = tmp_path / "copied.glossa"
    shutil.copyfile(library.path, copied)  # what a naive backup does
    connection = sqlite3.connect(copied)
    try:
        assert "only in the WAL" not in str(connection.execute("SELECT * FROM sqlite_master").fetchall())
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert "note" not in tables or not connection.execute("SELECT * FROM note WHERE article_id = 2").fetchall()
    finally:
        connection.close()
    info = backup_now(library, now=DAY)
    assert info.path.parent == backup_folder(library.path) == tmp_path / "research.glossa.backups"
    assert info.path.name == "research-2024-05-06_09-30-00.glossa.zst"
    assert note_texts(info.path)[("article", 2)][0] == "only in the WAL so far"
    assert (info.articles, info.notes, info.kind) == (2, 2, "backup")
    assert info.size == info.path.stat().st_size > 0
    assert verify_backup(info.path).usable
    assert not [p for p in info.path.parent.iterdir() if p != info.path]  # no temporary file left


def test_list_backups_newest_first_with_counts(library: Library) -> None:
    first = backup_now(library, now=DAY)
    annotations.set_note(library.db, ("article", 2), "second note")
    second = backup_now(library, now=DAY + timedelta(hours=1))
    same_second = backup_now(library, now=DAY + timedelta(hours=1))
    listed = list_backups(library.path)
    assert [b.path for b in listed] == [same_second.path, second.path, first.path]
    assert [b.notes for b in listed] == [2, 2, 1]
    assert all(b.articles == 2 and b.usable for b in listed)
    assert same_second.path.name.endswith("-2.glossa.zst")


def test_rotation_keeps_the_newest(library: Library) -> None:
    made = [backup_now(library, keep=3, now=DAY + timedelta(days=n)).path for n in range(5)]
    assert [b.path for b in list_backups(library.path)] == made[:1:-1]


def test_no_rotation_while_the_library_is_empty(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "empty.glossa")
    try:
        for n in range(4):
            backup_now(library, keep=2, now=DAY + timedelta(days=n))
        assert len(list_backups(library.path)) == 4
    finally:
        library.close()


def test_a_damaged_library_is_not_backed_up_and_nothing_is_rotated(library: Library) -> None:
    earlier = [backup_now(library, keep=2, now=DAY + timedelta(days=n)).path for n in range(2)]
    library.close()
    data = bytearray(library.path.read_bytes())
    data[3 * 4096 : 3 * 4096 + 100] = b"\x5a" * 100
    library.path.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="damaged"):
        backup_now(library.path, keep=2, now=DAY + timedelta(days=5))
    assert sorted(p.path for p in list_backups(library.path)) == sorted(earlier)
    assert sorted(p.name for p in backup_folder(library.path).iterdir()) == sorted(p.name for p in earlier)
    assert newest_good_backup(library.path).path == earlier[-1]  # type: ignore[union-attr]


def test_daily_backup_at_most_once_a_day(library: Library) -> None:
    made = maybe_daily_backup(library, now=DAY)
    assert made is not None
    assert maybe_daily_backup(library, now=DAY + timedelta(hours=10)) is None
    assert maybe_daily_backup(library, now=DAY + timedelta(days=1)) is not None
    assert len(list_backups(library.path)) == 2


def test_daily_backup_skips_empty_and_read_only_libraries(tmp_path: Path, library: Library) -> None:
    empty = Library.open(tmp_path / "empty.glossa")
    try:
        assert maybe_daily_backup(empty, now=DAY) is None
    finally:
        empty.close()
    library.close()
    read_only = open_read_only(library.path)
    try:
        assert maybe_daily_backup(read_only, now=DAY) is None
    finally:
        read_only.close()


def test_a_backup_while_notes_are_being_saved_is_consistent(library: Library) -> None:
    stop = threading.Event()

    def keep_saving() -> None:
        number = 0
        while not stop.is_set():
            annotations.set_note(library.db, ("comment", 1 + number % 8), f"save {number}")
            number += 1
        library.db.close()

    writer = threading.Thread(target=keep_saving)
    writer.start()
    try:
        for n in range(5):
            backup_now(library, keep=10, now=DAY + timedelta(minutes=n))
            time.sleep(0.01)
    finally:
        stop.set()
        writer.join()
    for info in list_backups(library.path):
        verify_backup(info.path)  # quick_check, and counts that matched the library's snapshot


def test_restore_keeps_the_current_library_aside(library: Library) -> None:
    backup = backup_now(library, now=DAY)
    annotations.set_note(library.db, ("article", 1), "rewritten after the backup")
    annotations.set_note(library.db, ("article", 2), "added after the backup")
    after = note_texts(library.path)
    library.close()
    aside = restore(library.path, backup, now=DAY + timedelta(days=1))
    assert note_texts(library.path) == note_texts(backup.path)
    assert aside is not None and aside.name == "research-2024-05-07_09-30-00-before-restore.glossa.zst"
    assert note_texts(aside) == after
    kinds = {b.path: b.kind for b in list_backups(library.path)}
    assert kinds == {aside: "before restore", backup.path: "backup"}
    reopened = Library.open(library.path)
    try:
        assert annotations.get_note(reopened.db, ("article", 1)).body == "the first note"  # type: ignore[union-attr]
        assert annotations.get_note(reopened.db, ("article", 2)) is None
    finally:
        reopened.close()


def test_copies_kept_aside_are_never_rotated_out(library: Library) -> None:
    backup = backup_now(library, keep=2, now=DAY)
    library.close()
    aside = restore(library.path, backup, now=DAY + timedelta(days=1))
    for n in range(2, 6):
        backup_now(library.path, keep=2, now=DAY + timedelta(days=n))
    listed = list_backups(library.path)
    assert aside in [b.path for b in listed]
    assert sum(1 for b in listed if b.kind == "backup") == 2


def test_a_damaged_backup_is_refused_and_nothing_changes(library: Library) -> None:
    backup = backup_now(library, now=DAY)
    library.close()
    data = bytearray(backup.path.read_bytes())
    data[2 * 4096 : 2 * 4096 + 200] = bytes(200)
    backup.path.write_bytes(bytes(data))
    before = sha256(library.path)
    with pytest.raises(BackupError, match="cannot be used"):
        restore(library.path, backup.path)
    assert sha256(library.path) == before
    assert [b.path for b in list_backups(library.path)] == [backup.path]
    assert not list_backups(library.path)[0].usable or newest_good_backup(library.path) is None


def test_restore_over_a_damaged_library_keeps_it_byte_for_byte(library: Library) -> None:
    backup = backup_now(library, now=DAY)
    library.close()
    data = bytearray(library.path.read_bytes())
    data[3 * 4096 : 3 * 4096 + 100] = b"\x5a" * 100
    library.path.write_bytes(bytes(data))
    aside = restore(library.path, backup, now=DAY + timedelta(days=1))
    assert aside is not None and aside.read_bytes() == bytes(data)
    good = newest_good_backup(library.path)  # the damaged copy set aside is never offered as good
    assert good is not None and good.path != aside
    Library.open(library.path).close()
    assert note_texts(library.path) == note_texts(backup.path)


def test_restore_when_the_library_file_is_gone(library: Library) -> None:
    backup = backup_now(library, now=DAY)
    library.close()
    library.path.unlink()
    assert restore(library.path, backup) is None
    assert note_texts(library.path) == note_texts(backup.path)


def test_restore_an_older_schema_backup_upgrades_on_open(tmp_path: Path) -> None:
    from tests.reliability.helpers import V1_FIXTURE

    path = tmp_path / "old.glossa"
    shutil.copyfile(V1_FIXTURE, path)
    Library.open(path).close()  # upgraded, with its before-upgrade copy beside it
    listed = list_backups(path)
    assert [(b.kind, b.schema_version) for b in listed] == [("before upgrade", 1)]
    restore(path, listed[0])
    Library.open(path).close()
    assert verify_backup(path).schema_version and verify_backup(path).schema_version > 1


def test_temporary_files_of_killed_backups_are_hidden_and_cleaned(library: Library) -> None:
    folder = backup_folder(library.path)
    folder.mkdir()
    stale = folder / ".research-2024-01-01_00-00-00.abc.partial"
    stale.write_bytes(b"half a backup")
    old = time.time() - 3 * 24 * 3600
    os.utime(stale, (old, old))
    fresh = folder / ".research-2024-01-02_00-00-00.def.partial"
    fresh.write_bytes(b"another process, still writing")
    assert list_backups(library.path) == []
    backup_now(library, now=DAY)
    assert not stale.exists() and fresh.exists()
    assert len(list_backups(library.path)) == 1


def test_a_backup_into_a_read_only_folder_fails_with_the_reason(library: Library) -> None:
    folder = backup_folder(library.path)
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        with pytest.raises(BackupError, match="could not back up"):
            backup_now(library, now=DAY)
    finally:
        os.chmod(folder, 0o755)


def test_what_a_backup_says_is_english_and_marked_for_translation(library: Library) -> None:
    """The CLI prints these as they are; the window translates them (tests/ui/test_i18n.py)."""
    with pytest.raises(BackupError) as itself:
        restore(library.path, library.path)
    reason = message(itself.value)
    assert reason == "A library cannot be restored from itself."
    assert isinstance(reason, Text) and reason.context == "Backup"
    folder = backup_folder(library.path)
    folder.mkdir()
    (folder / f"{library.path.stem}-2024-05-06_09-30-00{library.path.suffix}").write_bytes(b"x" * 5000)
    (unusable,) = list_backups(library.path)
    assert unusable.error == "damaged: file is not a database"
    assert isinstance(unusable.error, Text) and unusable.error.context == "Backup"


def test_a_backup_is_compressed_and_listed_from_its_header(library: Library, tmp_path: Path) -> None:
    info = backup_now(library, now=DAY)
    assert is_compressed(info.path)
    with expanded(info.path) as plain:
        assert plain.stat().st_size > 2 * info.size  # the seed library compresses well
        assert note_texts(plain) == note_texts(library.path)
    (listed,) = list_backups(library.path)
    assert (listed.articles, listed.notes, listed.schema_version) == (2, 1, verify_backup(info.path).schema_version)
    assert not [p for p in info.path.parent.iterdir() if p != info.path]  # the expanded copy is gone


def test_rotation_keeps_backups_within_a_multiple_of_the_library(library: Library) -> None:
    assert CAP == 2.0  # the default: backups take at most twice the library
    first = backup_now(library, now=DAY)
    library_size = library.path.stat().st_size + library.path.with_name(library.path.name + "-wal").stat().st_size
    cap = 4.5 * first.size / library_size  # room for four backups
    made = [backup_now(library, keep=50, cap=cap, now=DAY + timedelta(days=n)).path for n in range(1, 8)]
    assert [b.path for b in list_backups(library.path)] == made[::-1][:4]
    backup_now(library, keep=50, cap=0.0, now=DAY + timedelta(days=30))
    assert len(list_backups(library.path)) == 1  # the newest always stays


def test_a_cut_short_or_mislabelled_backup_is_refused(library: Library) -> None:
    good = backup_now(library, now=DAY)
    short = backup_now(library, now=DAY + timedelta(hours=1))
    short.path.write_bytes(short.path.read_bytes()[:-100])
    lying = backup_now(library, now=DAY + timedelta(hours=2))
    data = lying.path.read_bytes().replace(b'"articles": 2', b'"articles": 7', 1)
    lying.path.write_bytes(data)
    library.close()
    for damaged in (short, lying):
        with pytest.raises(BackupError, match="cannot be used: damaged"):
            restore(library.path, damaged.path)
    found = newest_good_backup(library.path)
    assert found is not None and found.path == good.path
    assert sorted(p.name for p in backup_folder(library.path).iterdir()) == sorted(
        b.path.name for b in (good, short, lying))


def test_a_backup_made_before_compression_is_listed_and_restored(library: Library) -> None:
    folder = backup_folder(library.path)
    folder.mkdir()
    old = folder / "research-2024-01-01_08-00-00.glossa"
    library.backup_to(old)
    annotations.set_note(library.db, ("article", 1), "after the old backup")
    library.close()
    (listed,) = list_backups(library.path)
    assert (listed.path, listed.kind, listed.articles, listed.usable) == (old, "backup", 2, True)
    restore(library.path, listed, now=DAY)
    assert note_texts(library.path)[("article", 1)][0] == "the first note"
