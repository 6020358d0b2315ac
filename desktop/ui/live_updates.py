"""What other coders write to a library on a server appears in this window without a restart.

While a server library is open, one long operation of its own lane (ui/operations.py) listens
for the announcements of other processes (store/changes.py) and hands each to the session on
the GUI thread, as if this window had written it: the panels showing those articles reload
them. The listener waits half a second at a time, so closing the library or the window stops it
within that. A lost connection is retried every few seconds, said once in the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.store import changes
from desktop.store.changes import Announcement, Listener
from desktop.store.db import Library
from desktop.ui.operations import Runner, Task
from desktop.ui.session import Session

log = logging.getLogger(__name__)

_WAIT_S = 0.5
_RETRY_MS = 5000


class LiveUpdates(QObject):
    lost = Signal(str)  # the listener's connection failed (why); it is tried again
    campaigns_analysed = Signal()  # another coder's campaign analysis finished: its results are new

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._runner = Runner(self)
        self._library: Library | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(_RETRY_MS)
        self._retry.timeout.connect(self._listen)

    @property
    def listening(self) -> bool:
        return self._runner.busy

    def follow(self, library: Library) -> None:
        """Listen to this library (when it is on a server), and stop listening to the last one."""
        self.stop()
        if changes.enabled(library.db):
            self._library = library
            self._listen()

    def stop(self) -> None:
        self._library = None
        self._retry.stop()
        self._runner.cancel()
        self._runner.wait()

    def _listen(self) -> None:
        library = self._library
        if library is None:
            return

        def job(task: Task[None]) -> None:
            listener = Listener(library.db)
            try:
                while not task.cancelled():
                    for announcement in listener.wait(_WAIT_S):
                        task.report(announcement)
            finally:
                listener.close()

        self._runner.write(job, lambda _none: None, on_progress=self._on_heard, on_failure=self._on_lost)

    def _on_lost(self, error: Exception) -> None:
        log.warning("live updates lost: %s", error)
        self.lost.emit(str(error))
        if self._library is not None:
            self._retry.start()

    def _on_heard(self, announcement: object) -> None:
        assert isinstance(announcement, Announcement)
        articles = announcement.articles
        if announcement.kind == "annotations":
            self.session.annotations_changed.emit(set(articles) if articles is not None else None)
        elif announcement.kind == "reading" and articles is not None:
            self.session.reading_changed.emit(sorted(articles))
        elif announcement.kind == "campaigns":  # the Campaigns window and the thread's campaign markers
            self.campaigns_analysed.emit()
        else:  # new or merged articles, or read marks on any: the list is read again
            self.session.list_query_changed.emit(self.session.list_query)
