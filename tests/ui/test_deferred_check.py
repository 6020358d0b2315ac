"""quick_check at start-up is skipped for a library no one has written since Glossa closed it
sound (its file stamp unchanged), and runs after the window is up instead. A library damaged
meanwhile (a failing disk changes bytes without touching the stamp) is found by that check and
never written again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ingest.importer import import_paths
from desktop.store.db import Library, LibraryDamaged, file_stamp
from tests.conftest import SEEDS


def closed_library(path: Path) -> str:
    library = Library.open(path)
    import_paths(library, [SEEDS])
    library.close()
    assert library.closed_stamp == file_stamp(path) != ""
    return library.closed_stamp


def rot_last_page(path: Path, keep_stamp: bool) -> None:
    """Bytes of the last page changed; with keep_stamp, size, inode and mtime as they were."""
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[-4096 : -4096 + 64] = b"\x5a" * 64
    with path.open("r+b") as file:  # in place: the same inode
        file.write(data)
    if keep_stamp:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_an_unchanged_library_opens_without_the_check(tmp_path: Path) -> None:
    path = tmp_path / "lib.glossa"
    stamp = closed_library(path)
    library = Library.open(path, unchanged_since=stamp)
    try:
        assert not library.checked
        library.verify()
        assert library.checked
    finally:
        library.close()
    assert Library.open(path, unchanged_since="another stamp").checked


def test_a_library_changed_since_is_checked_at_open(tmp_path: Path) -> None:
    path = tmp_path / "lib.glossa"
    stamp = closed_library(path)
    rot_last_page(path, keep_stamp=False)
    with pytest.raises(LibraryDamaged):
        Library.open(path, unchanged_since=stamp)


def test_damage_behind_an_unchanged_stamp_is_found_after_start_up(tmp_path: Path) -> None:
    path = tmp_path / "lib.glossa"
    stamp = closed_library(path)
    rot_last_page(path, keep_stamp=True)
    assert file_stamp(path) == stamp
    library = Library.open(path, unchanged_since=stamp)
    try:
        with pytest.raises(LibraryDamaged):
            library.verify()
        assert not library.checked
    finally:
        library.close()


def test_the_app_checks_after_start_up_and_stops_writing(qtbot, settings, tmp_path: Path, monkeypatch) -> None:
    import desktop.app
    from desktop.app import Glossa
    from desktop.ui.backup_dialog import DamagedChoice

    path = tmp_path / "lib.glossa"
    stamp = closed_library(path)
    rot_last_page(path, keep_stamp=True)
    asked: list[str] = []
    monkeypatch.setattr(desktop.app, "ask_about_damaged_library",
                        lambda parent, error, newest: asked.append(str(error)) or DamagedChoice.READ_ONLY)
    glossa = Glossa(QApplication.instance(), Library.open(path, unchanged_since=stamp), settings)
    qtbot.addWidget(glossa.window)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "damaged" in asked[0]
    assert glossa.library.read_only
    assert "(read-only)" in glossa.window.windowTitle()
    assert settings.verified_stamp(str(path)) == ""  # the next start checks it again
    glossa.close_library()


def test_closing_a_sound_library_remembers_its_stamp(qtbot, settings, tmp_path: Path) -> None:
    from desktop.app import Glossa

    path = tmp_path / "lib.glossa"
    closed_library(path)
    glossa = Glossa(QApplication.instance(), Library.open(path), settings)
    qtbot.addWidget(glossa.window)
    glossa.backups.wait()
    glossa.close_library()
    assert settings.verified_stamp(str(path)) == file_stamp(path) != ""
    reopened = Library.open(path, unchanged_since=settings.verified_stamp(str(path)))
    assert not reopened.checked
    reopened.close()


def test_closed_before_its_check_it_is_checked_on_the_way_out(qtbot, settings, tmp_path: Path) -> None:
    from desktop.app import Glossa

    path = tmp_path / "lib.glossa"
    stamp = closed_library(path)
    glossa = Glossa(QApplication.instance(), Library.open(path, unchanged_since=stamp), settings)
    qtbot.addWidget(glossa.window)
    glossa.backups.wait()
    assert not glossa.library.checked
    glossa.close_library()  # before the check after start-up had its turn
    assert glossa.library.checked
    assert settings.verified_stamp(str(path)) == file_stamp(path) != ""


def test_a_connection_closed_after_the_library_keeps_the_stamp(tmp_path: Path) -> None:
    """A worker thread's connection still open when the library closes leaves an empty WAL that
    goes with it: the next start must still skip the check."""
    import sqlite3

    path = tmp_path / "lib.glossa"
    closed_library(path)
    library = Library.open(path)
    straggler = sqlite3.connect(path)
    straggler.execute("SELECT COUNT(*) FROM article").fetchone()
    library.close()
    assert path.with_name(path.name + "-wal").exists()
    straggler.close()
    assert not path.with_name(path.name + "-wal").exists()
    assert file_stamp(path) == library.closed_stamp
    reopened = Library.open(path, unchanged_since=library.closed_stamp)
    assert not reopened.checked
    reopened.close()
