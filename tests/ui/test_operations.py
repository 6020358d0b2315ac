"""Background operations: results, progress and failures come back on the GUI thread in order;
a superseded or cancelled read is interrupted and its results dropped; nothing is swallowed."""

from __future__ import annotations

import logging
import threading

import peewee
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.store.db import Library
from desktop.ui.operations import Runner, Task

# Counts to a billion: minutes, unless interrupted.
_ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n"


def _select(value: int):  # type: ignore[no-untyped-def]
    return lambda task: task.db.execute_sql(f"SELECT {value}").fetchone()[0]


def _endless(started: threading.Event, errors: list[str]):  # type: ignore[no-untyped-def]
    """A query that runs until it is interrupted: it says when it started, and keeps the error."""

    def job(task: Task[int]) -> int:
        started.set()
        try:
            return int(task.db.execute_sql(_ENDLESS).fetchone()[0])
        except peewee.OperationalError as error:
            errors.append(str(error))
            raise

    return job


def test_only_the_latest_result_is_shown(qtbot, library: Library) -> None:
    runner = Runner(latest_only=True)
    shown: list[int] = []
    runner.read(_select(1), shown.append, library=library)
    runner.read(_select(2), shown.append, library=library)
    qtbot.waitUntil(lambda: shown == [2])
    assert not runner.busy


def test_cancel_interrupts_the_running_read_and_drops_the_queue(qtbot, library: Library) -> None:
    runner = Runner()
    started = threading.Event()
    outcome: list[str] = []
    shown: list[object] = []

    runner.read(_endless(started, outcome), shown.append, library=library, on_failure=shown.append)
    runner.read(lambda task: outcome.append("the queued job ran"), shown.append, library=library)
    assert started.wait(30)
    runner.cancel()
    assert runner.wait()
    assert outcome == ["interrupted"]
    # The library and the runner still work; delivery is in order, so anything of the
    # cancelled operations would have arrived before the sentinel.
    runner.read(_select(3), shown.append, library=library)
    qtbot.waitUntil(lambda: shown != [])
    assert shown == [3]


def test_a_superseded_read_is_interrupted(qtbot, library: Library) -> None:
    runner = Runner(latest_only=True)
    started = threading.Event()
    interrupted: list[str] = []
    shown: list[object] = []

    runner.read(_endless(started, interrupted), shown.append, library=library, on_failure=shown.append,
                on_cancelled=lambda: shown.append("x"))
    assert started.wait(30)
    runner.read(_select(4), shown.append, library=library)
    qtbot.waitUntil(lambda: shown != [])
    assert shown == [4]
    assert interrupted == ["interrupted"]


def test_progress_comes_before_the_result(qtbot, library: Library) -> None:
    runner = Runner()
    seen: list[object] = []

    def counting(task: Task[str]) -> str:
        for step in range(3):
            task.report(step)
        return "done"

    runner.write(counting, seen.append, on_progress=seen.append)
    qtbot.waitUntil(lambda: "done" in seen)
    assert seen == [0, 1, 2, "done"]


def test_a_failure_goes_to_on_failure_and_the_log(qtbot, library: Library, caplog: pytest.LogCaptureFixture) -> None:
    runner = Runner()
    failures: list[Exception] = []
    with caplog.at_level(logging.WARNING, logger="desktop.ui.operations"):
        runner.read(lambda task: task.db.execute_sql("SELECT * FROM no_such_table"), print, library=library,
                    on_failure=failures.append)  # fmt: skip
        qtbot.waitUntil(lambda: failures != [])
    assert isinstance(failures[0], peewee.OperationalError)
    assert "no_such_table" in str(failures[0])
    assert [record.exc_info[1] for record in caplog.records if record.exc_info] == failures


def test_a_failure_nobody_handles_is_logged_and_shown(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    runner = Runner(window)

    def broken(task: Task[int]) -> int:
        raise ZeroDivisionError("a bug")

    with caplog.at_level(logging.ERROR, logger="desktop.ui.operations"):
        runner.read(broken, print)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "operationFailedBox") is not None)
    box = window.findChild(QMessageBox, "operationFailedBox")
    assert "ZeroDivisionError: a bug" in box.text()
    assert any(record.exc_info and record.exc_info[0] is ZeroDivisionError for record in caplog.records)
    box.close()


def test_a_write_is_asked_to_stop_and_may_return_what_it_did(qtbot) -> None:
    runner = Runner()
    started, go_on = threading.Event(), threading.Event()
    done: list[object] = []

    def steps(task: Task[int]) -> int:
        started.set()
        go_on.wait(30)
        return 1 if task.cancelled() else 2

    task = runner.write(steps, done.append)
    assert started.wait(30)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: done != [])
    assert done == [1]


def test_a_write_that_stops_by_raising_is_cancelled_not_failed(qtbot) -> None:
    runner = Runner()
    started, go_on = threading.Event(), threading.Event()
    seen: list[object] = []

    def stops(task: Task[int]) -> int:
        started.set()
        go_on.wait(30)
        if task.cancelled():
            raise InterruptedError("stopped")
        return 2

    task = runner.write(stops, seen.append, on_failure=seen.append, on_cancelled=lambda: seen.append("cancelled"))
    assert started.wait(30)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: seen != [])
    assert seen == ["cancelled"]
    assert QApplication.activeModalWidget() is None


def test_a_write_cancelled_before_it_starts_still_runs_and_decides(qtbot) -> None:
    runner = Runner()
    go_on = threading.Event()
    done: list[object] = []
    runner.write(lambda task: go_on.wait(30), done.append)  # holds the one thread
    queued = runner.write(lambda task: "saw the cancel" if task.cancelled() else "ran on", done.append)
    queued.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: len(done) == 2)
    assert done == [True, "saw the cancel"]


def test_a_read_runs_on_either_engine(qtbot, engine_library: Library) -> None:
    runner = Runner()
    shown: list[object] = []
    runner.read(_select(5), shown.append, library=engine_library, on_failure=shown.append)
    qtbot.waitUntil(lambda: shown != [])
    assert shown == [5]
