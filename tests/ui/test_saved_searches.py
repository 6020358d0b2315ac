"""Saved searches for the sidebar: live counts off the GUI thread; rename and delete dialogs."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.store import search as search_store
from desktop.store.db import Library
from desktop.ui import saved_searches as saved_module
from desktop.ui.saved_searches import (
    SavedSearchCounter,
    delete_saved_search_dialog,
    rename_saved_search_dialog,
)


@pytest.fixture
def saved(seeded: Library) -> dict[str, int]:
    ids = {}
    for name, query in [("Russia", "russia"), ("Zenion", "author:zenion"), ("Broken", "before:2023-99")]:
        ids[name] = search_store.create_saved_search(seeded.db, name, query).id
    return ids


def test_counts_arrive_from_the_worker(qtbot, seeded: Library, saved: dict[str, int], monkeypatch) -> None:
    threads: list[int] = []
    real = saved_module.saved_search_counts

    def recording(db, searches, coder=None):
        threads.append(threading.get_ident())
        return real(db, searches, coder)

    monkeypatch.setattr(saved_module, "saved_search_counts", recording)
    counter = SavedSearchCounter(seeded)
    with qtbot.waitSignal(counter.counts_ready, timeout=10_000) as ready:
        counter.refresh()
    counts = ready.args[0]
    assert counts == {
        saved["Russia"]: search_store.count(seeded.db, "russia"),
        saved["Zenion"]: search_store.count(seeded.db, "author:zenion"),
        saved["Broken"]: 0,
    }
    assert counts[saved["Russia"]] > 0 and counts[saved["Zenion"]] > 0
    assert threads and threads[0] != threading.get_ident()
    assert not counter.is_counting()
    counter.wait()


def test_only_the_latest_refresh_is_reported(qtbot, seeded: Library, saved: dict[str, int], monkeypatch) -> None:
    release = threading.Event()
    started = threading.Event()
    calls = []
    real = saved_module.saved_search_counts

    def gated(db, searches, coder=None):
        calls.append(len(searches))
        if len(calls) == 1:
            started.set()
            release.wait(5)
        return real(db, searches, coder)

    monkeypatch.setattr(saved_module, "saved_search_counts", gated)
    counter = SavedSearchCounter(seeded)
    reported: list[dict[int, int]] = []
    counter.counts_ready.connect(reported.append)
    counter.refresh()
    assert started.wait(5)
    search_store.create_saved_search(seeded.db, "Kremlin", "kremlin")
    counter.refresh()  # waits for the worker; the first refresh is now stale
    counter.refresh()  # replaces the one still waiting
    release.set()
    # Only the latest refresh ends the counting; a stale one, delivered in order, came before it.
    qtbot.waitUntil(lambda: not counter.is_counting(), timeout=10_000)
    counter.wait()
    assert len(reported) == 1
    assert len(reported[0]) == 4
    assert calls == [3, 4]  # the refresh that never started was dropped


def test_a_failing_count_is_reported(qtbot, seeded: Library, saved, monkeypatch) -> None:
    def broken(db, searches, coder=None):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(saved_module, "saved_search_counts", broken)
    counter = SavedSearchCounter(seeded)
    with qtbot.waitSignal(counter.count_failed) as failed:
        counter.refresh()
    assert failed.args == ["database is locked"]
    counter.wait()


def test_rename(qtbot, seeded: Library, saved: dict[str, int], monkeypatch) -> None:
    answers = iter([("Zenion", True), ("  Russia   talk ", True)])  # taken, then accepted
    asked: list[str] = []

    def get_text(parent, title, label, mode, text):
        asked.append(text)
        return next(answers)

    warnings: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    assert rename_saved_search_dialog(None, seeded, saved["Russia"])
    assert asked == ["Russia", "Zenion"]  # asked again with what was typed
    assert warnings == ["There is already a saved search named 'Zenion'."]
    names = {s.id: s.name for s in search_store.list_saved_searches(seeded.db)}
    assert names[saved["Russia"]] == "Russia talk"


def test_rename_cancelled_or_unchanged(qtbot, seeded: Library, saved: dict[str, int], monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("Other", False)))
    assert not rename_saved_search_dialog(None, seeded, saved["Russia"])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("Russia", True)))
    assert not rename_saved_search_dialog(None, seeded, saved["Russia"])
    assert {s.name for s in search_store.list_saved_searches(seeded.db)} == {"Russia", "Zenion", "Broken"}


def test_delete_asks_with_cancel_as_default(qtbot, seeded: Library, saved: dict[str, int], monkeypatch) -> None:
    seen: list[QMessageBox] = []
    choice = {"button": "cancel"}

    def exec_box(box: QMessageBox) -> int:
        seen.append(box)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        assert box.defaultButton() is cancel
        assert box.escapeButton() is cancel
        delete = next(b for b in box.buttons() if b.text() == "Delete")
        (cancel if choice["button"] == "cancel" else delete).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    assert not delete_saved_search_dialog(None, seeded, saved["Zenion"])
    assert "Zenion" in seen[0].text() and "author:zenion" in seen[0].text()
    assert len(search_store.list_saved_searches(seeded.db)) == 3
    choice["button"] = "delete"
    assert delete_saved_search_dialog(None, seeded, saved["Zenion"])
    assert {s.name for s in search_store.list_saved_searches(seeded.db)} == {"Russia", "Broken"}
    assert not delete_saved_search_dialog(None, seeded, saved["Zenion"])  # already gone: nothing asked
    assert len(seen) == 2
