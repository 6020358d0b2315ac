"""Background reads: the latest result is shown; cancelling interrupts the running read."""

from __future__ import annotations

import threading

import peewee

from desktop.store.db import Library
from desktop.ui.worker import Background

# Counts to a billion: minutes, unless interrupted.
_ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n"


def test_only_the_latest_result_is_shown(qtbot, library: Library) -> None:
    background = Background()
    shown: list[int] = []
    background.run(library, lambda db: 1, shown.append)
    background.run(library, lambda db: db.execute_sql("SELECT 2").fetchone()[0], shown.append)
    assert background.wait()
    qtbot.waitUntil(lambda: shown == [2])


def test_cancel_interrupts_the_running_read_and_drops_the_queue(qtbot, library: Library) -> None:
    background = Background()
    started = threading.Event()
    outcome: list[str] = []
    shown: list[object] = []

    def endless(db: peewee.SqliteDatabase) -> int:
        started.set()
        try:
            return int(db.execute_sql(_ENDLESS).fetchone()[0])
        except peewee.OperationalError as error:
            outcome.append(str(error))
            raise

    background.run(library, endless, shown.append)
    background.run(library, lambda db: outcome.append("the queued job ran"), shown.append)
    assert started.wait(30)
    background.cancel()
    assert outcome == ["interrupted"]
    qtbot.wait(50)  # anything delivered would arrive on the event loop
    assert shown == []
    # The library is still usable, and so is the worker.
    background.run(library, lambda db: db.execute_sql("SELECT 3").fetchone()[0], shown.append)
    qtbot.waitUntil(lambda: shown == [3])
