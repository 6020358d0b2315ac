"""The one way to run work off the GUI thread, after Anki's QueryOp and CollectionOp.

A `Runner` is one lane of background work: its operations run one after another on its own
thread, each with the library's connection for that thread (peewee connections are per thread,
closed when the operation ends). Success, progress, cancellation and failure come back on the
GUI thread, in the order they happened. A failure is never swallowed: it goes to the operation's
`on_failure`, by default logged with its traceback and shown to the user.

- `read()`: a query. Cancelling it interrupts its running SQLite statement at once.
- `write()`: an import, an export, a backup. Cancelling it only asks: the job looks at
  `task.cancelled()` where stopping is safe, and may still return what it did.
- `Runner(latest_only=True)`: a newer operation supersedes the older ones (search as you type,
  counts): they are cancelled and their results dropped.
- `Runner.cancel()`: every operation is cancelled and its results dropped (a library closing).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store.check import explain_write_error
from desktop.store.db import Library
from desktop.ui.i18n import translated

log = logging.getLogger(__name__)

T = TypeVar("T")


class Task(Generic[T]):
    """One operation: what the job sees on its thread (`db`, `report`, `cancelled`), and what
    the caller holds to cancel it."""

    def __init__(
        self,
        job: Callable[[Task[T]], T],
        library: Library | None,
        interruptible: bool,
        on_success: Callable[[T], object],
        on_failure: Callable[[Exception], object] | None,
        on_progress: Callable[[Any], object] | None,
        on_cancelled: Callable[[], object] | None,
    ) -> None:
        self.job = job
        self.library = library
        self.interruptible = interruptible
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.on_cancelled = on_cancelled
        self.stale = False  # GUI thread only: nothing of it is delivered any more
        self._cancelled = threading.Event()
        self._signals: _Signals | None = None

    @property
    def db(self) -> Any:
        """The library's database; on the job's thread, that thread's own connection."""
        assert self.library is not None, "an operation without a library has no database"
        return self.library.db

    def cancel(self) -> None:
        """Ask the job to stop (a read's running statement is interrupted). Thread-safe."""
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, value: object) -> None:
        """From the job: `value` goes to `on_progress` on the GUI thread."""
        if self._signals is not None:
            with contextlib.suppress(RuntimeError):  # the runner is gone: nobody is left to show it to
                self._signals.progressed.emit(self, value)


class _Signals(QObject):
    progressed = Signal(object, object)  # Task, value
    finished = Signal(object, bool, object)  # Task, succeeded, result or exception


class _Job(QRunnable):
    def __init__(self, task: Task[Any], signals: _Signals) -> None:
        super().__init__()
        self.task = task
        self.signals = signals

    def run(self) -> None:
        task = self.task
        try:
            if task.interruptible and task.cancelled():  # a write decides itself what a cancel means
                raise InterruptedError("cancelled before it started")
            if task.library is not None and task.interruptible:
                # SQLite asks every few thousand steps, so a cancelled read stops at once, whenever
                # it was cancelled (sqlite3's interrupt() misses a statement that has not begun).
                # A server's connection has no such hook: there a cancelled read runs to its end
                # and its result is dropped.
                connection = task.library.db.connection()
                if hasattr(connection, "set_progress_handler"):
                    connection.set_progress_handler(task.cancelled, 10_000)
            result: object = task.job(task)
            succeeded = True
        except Exception as error:
            result, succeeded = error, False
        finally:
            if task.library is not None:
                task.library.db.close()  # this thread's own connection
        with contextlib.suppress(RuntimeError):  # the window that asked has closed meanwhile
            self.signals.finished.emit(task, succeeded, result)


class Runner(QObject):
    """One lane of background work (see the module's comment)."""

    def __init__(self, parent: QObject | None = None, *, latest_only: bool = False) -> None:
        super().__init__(parent)
        self.latest_only = latest_only
        self._pool = QThreadPool(self)  # created before the signals, so destroyed (and waited for) first
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._tasks: list[Task[Any]] = []  # started and not yet delivered, oldest first
        self._signals.progressed.connect(self._on_progressed)
        self._signals.finished.connect(self._on_finished)

    def read(
        self,
        job: Callable[[Task[T]], T],
        on_success: Callable[[T], object],
        *,
        library: Library | None = None,
        on_failure: Callable[[Exception], object] | None = None,
        on_progress: Callable[[Any], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
    ) -> Task[T]:
        """A query: cancelling it interrupts its running statement."""
        return self._start(Task(job, library, True, on_success, on_failure, on_progress, on_cancelled))

    def write(
        self,
        job: Callable[[Task[T]], T],
        on_success: Callable[[T], object],
        *,
        library: Library | None = None,
        on_failure: Callable[[Exception], object] | None = None,
        on_progress: Callable[[Any], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
    ) -> Task[T]:
        """A change: cancelling it only asks (`task.cancelled()`); the job stops where it is safe."""
        return self._start(Task(job, library, False, on_success, on_failure, on_progress, on_cancelled))

    @property
    def busy(self) -> bool:
        """An operation is running or its outcome is not delivered yet."""
        return any(not task.stale for task in self._tasks)

    def cancel(self) -> None:
        """Cancel every operation and drop its results (the library is about to close)."""
        self._pool.clear()
        for task in self._tasks:
            task.stale = True
            task.cancel()
        self._tasks.clear()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread is idle (before the library closes; tests)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def _start(self, task: Task[T]) -> Task[T]:
        if self.latest_only:
            self.cancel()  # superseded: a queued one never starts, a running read stops
        task._signals = self._signals
        self._tasks.append(task)
        self._pool.start(_Job(task, self._signals))
        return task

    def _on_progressed(self, task: Task[Any], value: object) -> None:
        if not task.stale and task.on_progress is not None:
            task.on_progress(value)

    def _on_finished(self, task: Task[Any], succeeded: bool, result: Any) -> None:
        with contextlib.suppress(ValueError):
            self._tasks.remove(task)
        if succeeded:
            if not task.stale:
                task.on_success(result)
        elif task.cancelled():
            log.debug("cancelled: %r", result)
            if not task.stale and task.on_cancelled is not None:
                task.on_cancelled()
        elif task.stale:  # nobody waits for it, but a bug stays visible
            log.error("a superseded background operation failed", exc_info=result)
        elif task.on_failure is not None:
            log.warning("a background operation failed", exc_info=result)  # its handler says it to the user
            task.on_failure(result)
        else:
            show_failure(self.parent(), result)


def show_failure(parent: QObject | None, error: BaseException) -> None:
    """The default for a failed operation: logged with its traceback, and said in a message box
    that does not block (its text plain: an error may quote the user's text)."""
    log.error("a background operation failed", exc_info=error)
    widget = parent if isinstance(parent, QWidget) else None
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.applicationName(),
                      translated(explain_write_error(error)),  # "The disk is full…", else "Type: message"
                      QMessageBox.StandardButton.Ok, widget.window() if widget is not None else None)  # fmt: skip
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("operationFailedBox")
    box.open()
