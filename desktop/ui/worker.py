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

    def run(self) -> None:
        try:
            result = self.job(self.library.db)
        except Exception:  # the library closed or changed under it: nothing to show
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
        self._signals: list[_Signals] = []

    def run(self, library: Library, job: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        self._generation += 1
        generation = self._generation
        signals = _Signals()  # lives on the GUI thread: its signal is delivered here
        self._signals.append(signals)

        def deliver(result: Any) -> None:
            self._signals.remove(signals)
            if generation == self._generation and result is not None:
                on_done(result)

        signals.done.connect(deliver)
        self.pool.start(_Job(library, job, signals))

    def wait(self, timeout_ms: int = 10_000) -> bool:
        return bool(self.pool.waitForDone(timeout_ms))
