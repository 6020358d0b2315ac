"""The window on a library a team shares on PostgreSQL: it opens, what another coder writes
appears without a restart (LiveUpdates), a note saved over another coder's text says so and
keeps theirs, and File > Open Library builds the server's address."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from desktop.store import annotations as ann
from desktop.store.db import Library
from desktop.ui.live_updates import LiveUpdates
from desktop.ui.main_window import MainWindow
from desktop.ui.note_editor import NoteEditor
from desktop.ui.open_library_dialog import OpenLibraryDialog, server_url
from desktop.ui.settings import Settings

ROOT = Path(__file__).resolve().parent.parent.parent



def test_another_coders_tag_appears_in_the_window(qtbot, server_library: Library, settings: Settings,
                                                  postgres_url: str) -> None:
    window = MainWindow(server_library, settings)
    qtbot.addWidget(window)
    live = LiveUpdates(window.session, window)
    live.follow(server_library)
    window.show()
    qtbot.waitUntil(lambda: live.listening)
    assert window.windowTitle().startswith(postgres_url.rsplit("/", 1)[1])
    subprocess.run([sys.executable, "-m", "desktop", "--library", postgres_url, "tag", "add", "team/claims",
                    "--comment", "3"], cwd=ROOT, check=True, capture_output=True, timeout=120)
    committed = time.perf_counter()
    qtbot.waitUntil(lambda: any(tag.path == "team/claims" for tag in window.sidebar.tags().values()),
                    timeout=10_000)
    print(f"shown {time.perf_counter() - committed:.2f} s after the other process committed")
    live.stop()
    assert not live.listening


def test_a_note_saved_over_another_coders_text_keeps_it_and_says_so(qtbot, server_library: Library) -> None:
    editor = NoteEditor(server_library)
    qtbot.addWidget(editor)
    editor.set_target(("comment", 2), "comment 2")
    ann.set_note(server_library.db, ("comment", 2), "another coder's text")  # saved while this editor was open
    editor.editor.setPlainText("my text")
    assert editor.flush()
    assert "Someone else had changed this note meanwhile" in editor.status.text()
    note = ann.get_note(server_library.db, ("comment", 2))
    assert note is not None and note.body == "my text"
    assert [revision.body for revision in ann.note_history(server_library.db, note.id)] == ["another coder's text"]


def test_open_library_builds_the_servers_address(qtbot, tmp_path: Path) -> None:
    assert server_url("db.example.org", 5432, "newsroom", "anna", "prefer") == (
        "postgresql://anna@db.example.org/newsroom")
    assert server_url("::1", 6000, "news room", "", "require") == (
        "postgresql://[::1]:6000/news%20room?sslmode=require")
    dialog = OpenLibraryDialog(str(tmp_path), "postgresql://boris@db.example.org:6543/team?sslmode=verify-full")
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == 1  # the last server is offered again
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text(),
            dialog.tls.currentData()) == ("db.example.org", 6543, "team", "boris", "verify-full")
    dialog.buttons.accepted.emit()
    assert dialog.location == "postgresql://boris@db.example.org:6543/team?sslmode=verify-full"
    files = OpenLibraryDialog(str(tmp_path), recent=[str(tmp_path / "old.glossa"), str(tmp_path / "research.glossa")])
    qtbot.addWidget(files)
    assert files.tabs.currentIndex() == 0
    open_button = files.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()
    files.recent.setCurrentRow(1)  # a recent library, chosen
    assert open_button.isEnabled()
    files.buttons.accepted.emit()
    assert files.location == str(tmp_path / "research.glossa")
