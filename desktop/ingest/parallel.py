"""Reading files in worker processes while the importing process stores them (importer.py).

Decoding and parsing a scraped-text file is pure work on its bytes, so it can run on another core
while the importing process writes the files before it. `Readers` hands files to worker processes
and gives their reads back in the order of the files, so a parallel import stores exactly what a
serial one does, in the same order. The importing process reads a file itself whenever the workers
have as much as they may hold (and always before they have started): the two sides share the work
whatever their speeds, and a small import never waits for a process to start.

What stays in the importing process: JSON-lines dumps (streamed a line at a time, any size),
Glossa exports (stored by their own loader), paths that are not regular files, and every file once
the workers are gone. At most WINDOW files are looked ahead and MAX_AHEAD_BYTES of them are being
read by workers at once, so memory does not grow with the number of files. Workers are started
with 'spawn' (safe in a threaded Qt process and in the frozen app, whose entry point calls
multiprocessing.freeze_support), ignore Ctrl+C, end when the importing process closes their pipe,
and are terminated and joined when the import ends or is cancelled."""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import pickle
import signal
import stat
import sys
import time
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from desktop.texts import QT_TRANSLATE_NOOP, message

from .documents import ParsedDocument, UnreadableInput
from .walk import SQLITE_HEADER, TEXT_SUFFIXES, NotRegular, Source

# Files looked ahead of the one being stored; those a worker reads are among them.
WINDOW = 32
# Files a worker holds at once (sent, not yet given back), and the bytes all workers hold at most.
PER_WORKER = 8
MAX_AHEAD_BYTES = 64_000_000
# An import starts workers only once it has this many files ahead of it: a few files are read
# sooner than a process starts (about a third of a second).
START_AFTER = 16
WAIT_STEP = 0.05  # seconds between looks at `cancelled` while waiting for a worker's read
# While it waits for a worker, the importing process reads files further ahead itself, none bigger
# than this: reading one must not keep a cancel waiting.
MAX_READ_WHILE_WAITING = 2_000_000


@dataclass
class FileRead:
    """What a worker read of one file: its parts to store, or why it was skipped. `deferred`: not a
    scraped-text file after all (a Glossa export named .txt): the importing process reads it."""

    documents: list[ParsedDocument] = field(default_factory=list)  # the one part a text file is
    skipped: str | None = None
    deferred: bool = False
    error: BaseException | None = None  # what reading raised that reading does not report itself


def read_text_file(path: Path) -> FileRead:
    """Read one file as importer._parts does, for a file the scraped-text reader reads; the
    documents come with the store's rows already made (writer.prepare), so the importing process
    only writes them."""
    from desktop.store.writer import prepare

    from .parse import parse_bytes

    read = FileRead()
    try:
        source = Source.open(path)
        if source.head.startswith(SQLITE_HEADER) or source.starts_with(b"{"):
            # Perhaps a library file or a Glossa export (formats.READERS asks glossa_library and
            # glossa_json first, and json_lines only of .json/.jsonl names): the importing process
            # sniffs it. Anything else is the scraped-text reader's (formats/scraped_text).
            return FileRead(deferred=True)
        read.documents = parse_bytes(source.data())
    except NotRegular as error:
        read.skipped = QT_TRANSLATE_NOOP("Import", "not a regular file: {kind}").format(kind=message(error))
    except UnreadableInput as error:
        read.skipped = message(error)
    except OSError as error:
        read.skipped = QT_TRANSLATE_NOOP("Import", "cannot read: {reason}").format(
            reason=error.strerror or str(error))
    except Exception as error:  # a parser bug: reported for this file as the serial path does
        read.error = error
        return read
    for document in read.documents:
        document.prepared = prepare(document)
    return read


def _serve(connection: Connection) -> None:
    """A worker process: read the files it is sent until its pipe closes or it is sent None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the importing process's to handle
    connection.send(None)  # started: the importing process may send files now
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        number, path = task
        read = read_text_file(Path(path))
        try:
            try:
                connection.send((number, read))
            except (pickle.PicklingError, TypeError, AttributeError):
                if read.error is None:
                    raise
                # An error that cannot be pickled: its words are enough.
                read.error = RuntimeError(f"{type(read.error).__name__}: {read.error}")
                connection.send((number, read))
        except OSError:  # the importing process is gone (killed) or has stopped listening
            return


def worker_count() -> int:
    """Worker processes beside the importing process: one core is the writer's."""
    return max(0, min((os.cpu_count() or 1) - 1, 3))


class _Entry:
    __slots__ = ("item", "number", "read", "sent", "size", "worth")

    def __init__(self, item: Any, number: int) -> None:
        self.item = item
        self.number = number
        self.size = 0
        self.sent: _Worker | None = None
        self.read: FileRead | None = None
        self.worth: bool | None = None  # whether a worker may read it (_worth_sending), once known


class _Worker:
    def __init__(self, context: Any) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True, name="glossa-import-reader")
        self.process.start()
        child.close()
        self.ready = False
        self.holding: dict[int, _Entry] = {}


class Readers:
    """Reads files ahead in worker processes; `ordered` gives each file with its read (or None:
    read it here). Use as a context manager: leaving it ends the workers."""

    def __init__(self, workers: int | None = None, start_after: int = START_AFTER) -> None:
        self.wanted = worker_count() if workers is None else workers
        self.start_after = start_after
        self.workers: list[_Worker] = []
        self.stopped = False  # no more files are sent; what was sent is no longer waited for
        self.ahead_bytes = 0
        self._window: deque[_Entry] = deque()  # the files looked ahead, the next to store first

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def stop(self) -> None:
        """Read nothing more in workers: the rest is read here or not at all."""
        self.stopped = True
        self.close()

    def close(self) -> None:
        """End the workers: asked first, then terminated; always joined (no zombies)."""
        workers, self.workers = self.workers, []
        for worker in workers:
            for entry in worker.holding.values():  # never to come: read here, if at all
                entry.sent = None
                self.ahead_bytes -= entry.size
            worker.holding.clear()
            with contextlib.suppress(OSError, ValueError):
                worker.connection.send(None)
        deadline = time.monotonic() + 0.3
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join()
            worker.connection.close()
            worker.process.close()

    def ordered(
        self, items: Iterable[Any], cancelled: Callable[[], bool] = lambda: False
    ) -> Iterator[tuple[Any, FileRead | None]]:
        """Each item in order, with a worker's read of it when a worker read it. While waiting for
        a read, `cancelled` is looked at often: once it says yes, the item comes with None."""
        window = self._window = deque()
        source = iter(items)
        more = True
        number = 0
        while True:
            while more and len(window) < WINDOW:
                item = next(source, _END)
                if item is _END:
                    more = False
                    break
                window.append(_Entry(item, number))
                number += 1
            if not window:
                return
            if not self.workers and not self.stopped and self.wanted and len(window) >= self.start_after:
                self._start()
            if self.workers:
                self._collect(0)
                self._send(window)
            entry = window.popleft()
            if entry.sent is not None and entry.read is None:
                self._wait_for(entry, cancelled)
            if entry.sent is not None:
                self.ahead_bytes -= entry.size
            yield entry.item, entry.read
            entry.read = None  # the caller has it; the window holds no more of it

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        try:
            with _no_main_module():
                for _ in range(self.wanted):
                    self.workers.append(_Worker(context))
        except OSError:  # no processes to be had: read everything here (those started are ended)
            self.close()
            self.stopped = True

    def _send(self, window: deque[_Entry]) -> None:
        """Give the workers the nearest files they may hold but the one to be stored now (read
        here if no worker has it). Sending the furthest ones first left the files between to this
        process even while a worker sat idle (a 647-file import read 130-180 of them here, 15-70
        since). When the workers fall behind, this process reads files further ahead while it
        waits (_wait_for)."""
        free = [w for w in self.workers if w.ready and len(w.holding) < PER_WORKER]
        if not free:
            return
        capacity = sum(PER_WORKER - len(w.holding) for w in free)
        candidates = [e for e in itertools.islice(window, 1, None)
                      if e.sent is None and e.read is None and _worth_sending(e)]
        for entry in candidates[:capacity]:
            worker = min(free, key=lambda w: len(w.holding))
            if len(worker.holding) >= PER_WORKER:
                break
            if self.ahead_bytes and self.ahead_bytes + entry.size > MAX_AHEAD_BYTES:
                break
            try:
                worker.connection.send((entry.number, str(entry.item)))
            except (OSError, ValueError):
                self._lost(worker)
                return
            entry.sent = worker
            worker.holding[entry.number] = entry
            self.ahead_bytes += entry.size

    def _collect(self, timeout: float) -> None:
        """Take in whatever the workers have read, waiting at most `timeout` for something."""
        connections = {w.connection: w for w in self.workers}
        if not connections:
            return
        for ready in wait(list(connections), timeout):
            worker = connections[ready]
            connection = worker.connection
            try:
                while connection.poll():
                    answer = connection.recv()
                    if answer is None:
                        worker.ready = True
                        continue
                    number, read = answer
                    entry = worker.holding.pop(number, None)
                    if entry is not None and isinstance(read, FileRead):
                        entry.read = read
            except (EOFError, OSError):
                self._lost(worker)

    def _wait_for(self, entry: _Entry, cancelled: Callable[[], bool]) -> None:
        """Wait for a worker's read of `entry`; meanwhile read here the next file no worker has.
        With nothing else to do, read `entry` here too rather than wait (a worker slowed down by
        other programs on the machine): the worker's read of it is then let go."""
        self._collect(0)
        while entry.read is None and entry.sent is not None:
            if cancelled():
                return
            ahead = next((e for e in self._window if e.sent is None and e.read is None and _worth_sending(e)
                          and e.size <= MAX_READ_WHILE_WAITING), None)
            if ahead is not None:
                ahead.read = read_text_file(ahead.item)
            elif entry.size <= MAX_READ_WHILE_WAITING:
                entry.sent.holding.pop(entry.number, None)
                entry.read = read_text_file(entry.item)
                return
            else:
                self._collect(WAIT_STEP)
                continue
            self._collect(0)

    def _lost(self, _worker: _Worker) -> None:
        """A worker died (killed, out of memory): what the workers held is read here, and no
        more is sent."""
        self.stopped = True
        self.close()


_END = object()


@contextlib.contextmanager
def _no_main_module() -> Iterator[None]:
    """While workers start: 'spawn' would have each import the program's main module again (and
    run it, in a script without the `if __name__ == "__main__"` guard). A worker needs nothing
    of it, only this module, so it is shown an empty one."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _worth_sending(entry: _Entry) -> bool:
    """A regular file read by the scraped-text reader, by its name; its size noted."""
    if entry.worth is None:
        entry.worth = False
        item = entry.item
        if isinstance(item, Path) and item.suffix.lower() in TEXT_SUFFIXES:
            with contextlib.suppress(OSError):
                status = os.stat(item)
                entry.worth = stat.S_ISREG(status.st_mode)
                entry.size = status.st_size
    return entry.worth
