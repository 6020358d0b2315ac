"""Run one read query off the GUI thread and hand its result back on the GUI thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal

from desktop.store.db import Library


def end_thread(thread: QThread | None, worker: QObject | None) -> None:
    """A finished QThread worker torn down in the order that is safe: the thread stops and is
    waited for before either object is deleted."""
    if thread is not None:
        thread.quit()
        thread.wait()
        thread.deleteLater()
    if worker is not None:
        worker.deleteLater()


class Generation:
    """Which request is the latest, shared with worker threads: a result whose generation is no
    longer the latest is stale and dropped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    def next(self) -> int:
        with self._lock:
            self._value += 1
            return self._value

    @property
    def value(self) -> int:
        with self._lock:
            return self._value


class _Signals(QObject):
    done = Signal(object)


class _Job(QRunnable):
    def __init__(self, library: Library, job: Callable[[Any], Any], signals: _Signals) -> None:
        super().__init__()
        self.library = library
        self.job = job
        self.signals = signals
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            # SQLite asks every few thousand steps, so a cancelled read stops at once, whenever
            # it was cancelled (sqlite3's interrupt() misses a statement that has not begun).
            self.library.db.connection().set_progress_handler(self.cancelled.is_set, 10_000)
            result = self.job(self.library.db)
        except Exception:  # the library closed or changed under it, or the job was cancelled
            result = None
        finally:
            self.library.db.close()  # this thread's own connection
        # The window that asked may have closed meanwhile: nobody is left to show it to.
        with contextlib.suppress(RuntimeError):
            self.signals.done.emit(result)


class Background(QObject):
    """Runs jobs one after another on its own thread; only the latest job's result is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._generation = 0
        self._jobs: set[_Job] = set()  # started and not yet delivered

    def run(self, library: Library, job: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        self._generation += 1
        generation = self._generation
        signals = _Signals()  # lives on the GUI thread: its signal is delivered here
        runnable = _Job(library, job, signals)
        self._jobs.add(runnable)

        def deliver(result: Any) -> None:
            self._jobs.discard(runnable)
            if generation == self._generation and result is not None:
                on_done(result)

        signals.done.connect(deliver)
        self.pool.start(runnable)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        return bool(self.pool.waitForDone(timeout_ms))

    def cancel(self) -> None:
        """Drop the queued jobs, stop the running one (jobs only read) and wait for it: a library
        about to close need not wait for counts nobody will see."""
        self._generation += 1
        self.pool.clear()
        for runnable in self._jobs:
            runnable.cancelled.set()
        self.wait()
        self._jobs.clear()
