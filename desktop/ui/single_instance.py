"""One Glossa per library: a QLockFile beside the library file says who holds it, and a local
socket lets a second launch bring the first window to the front instead of opening it twice."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_ACTIVATE = b"activate\n"


def lock_path(library: Path) -> Path:
    return library.with_name(library.name + ".lock")


def server_name(library: Path) -> str:
    digest = hashlib.sha1(str(library.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"glossa-{digest}"


class LibraryLock:
    """Holds a library for this process. Locks of killed processes are taken over: QLockFile
    checks whether the recorded process still runs."""

    def __init__(self, library: Path) -> None:
        self.path = lock_path(library)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # never time out a live holder; dead ones are detected

    def acquire(self) -> bool:
        # tryLock itself removes the lock of a process that no longer runs on this host.
        return bool(self._lock.tryLock(200))

    def holder(self) -> str:
        pid, host, app = self._lock.getLockInfo()
        another = QCoreApplication.translate("LibraryLock", "another program")
        if not pid:
            return another
        return QCoreApplication.translate("LibraryLock", "{program} (process {pid} on {host})").format(
            program=app or another, pid=pid, host=host or QCoreApplication.translate("LibraryLock", "this computer"))

    def error_text(self) -> str:
        error = self._lock.error()
        if error == QLockFile.LockError.PermissionError:
            return QCoreApplication.translate(
                "LibraryLock", "Glossa cannot write its lock file beside the library ({folder}): permission denied."
            ).format(folder=self.path.parent)
        return QCoreApplication.translate("LibraryLock", "The library is in use by {holder}.").format(
            holder=self.holder())

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def ask_running_instance_to_activate(library: Path, timeout_ms: int = 1000) -> bool:
    """True when a Glossa already showing this library answered and will come to the front."""
    from PySide6.QtNetwork import QLocalSocket  # QtNetwork loads after the first paint, or for a second launch

    socket = QLocalSocket()
    socket.connectToServer(server_name(library))
    if not socket.waitForConnected(timeout_ms):
        return False
    sent = socket.write(_ACTIVATE) == len(_ACTIVATE)
    socket.flush()
    if socket.bytesToWrite():  # flush already wrote it all, usually: waiting would report False
        sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


class ActivationServer(QObject):
    """Listens for later launches on the same library and calls `activate`. With a window not
    shown yet for parent, it starts listening once that window has painted: QtNetwork and the
    socket are no part of the first paint, and a later launch keeps asking until it answers."""

    def __init__(self, library: Path, activate: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._activate = activate
        self._server: QLocalServer | None = None
        self._library = library
        window = parent.window() if isinstance(parent, QWidget) else None
        if window is not None and not window.isVisible():
            window.installEventFilter(self)
        else:
            self.listen(library)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._listen_if_not_yet)  # after the whole window's paint
        return False

    def _listen_if_not_yet(self) -> None:
        if self._server is None:
            self.listen(self._library)

    def listen(self, library: Path) -> bool:
        if self._server is None:
            from PySide6.QtNetwork import QLocalServer

            self._server = QLocalServer(self)
            self._server.newConnection.connect(self._on_new_connection)
        self._library = library
        self._server.close()
        name = server_name(library)
        type(self._server).removeServer(name)  # a crashed instance may have left its socket file
        return self._server.listen(name)

    def _on_new_connection(self) -> None:
        assert self._server is not None  # it is what emitted
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._on_ready_read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _on_ready_read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(_ACTIVATE.strip()):
            self._activate()
