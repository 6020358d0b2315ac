"""Which files an import reads, and how each is opened: folders walked recursively (sorted,
hidden files skipped), a path that is not a regular file (a FIFO, a device) never opened, and
nothing over MAX_FILE_BYTES read whole."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from desktop.texts import QT_TRANSLATE_NOOP

from .decode import BINARY, HEAD_BYTES, looks_binary
from .documents import UnreadableInput
from .json_values import loads

if TYPE_CHECKING:
    from .report import FileReport

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
# The most read whole: a text file, a JSON array or a Glossa export, which take several times their
# size in memory while they are decoded and parsed. A JSON-lines dump is read a line at a time and
# may be any size; each of its lines may be this long.
MAX_FILE_BYTES = 500_000_000
SQLITE_HEADER = b"SQLite format 3\x00"  # a library file (formats/glossa_library.py): binary, yet read
# What a path that is not a regular file is: never opened, since reading a named pipe waits for a
# writer forever and a device like /dev/zero never ends. Links are followed.
_SPECIAL_FILES = (
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Import", "a named pipe (FIFO)")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Import", "a socket")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Import", "a character device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Import", "a block device")),
)


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileReport]]:
    """Expand folders recursively (sorted, hidden files skipped); report paths that do not exist."""
    files: list[Path] = []
    missing: list[FileReport] = []
    for item in walk(paths, []):
        if isinstance(item, Path):
            files.append(item)
        else:
            missing.append(item)
    return files, missing


def walk(paths: Iterable[str | Path], ignored: list[str] | None) -> Iterator[Path | FileReport]:
    """The files to read, in order (folders recursively, sorted, hidden files skipped), and a
    skipped FileReport for each path that does not exist or folder that cannot be listed. Files
    in the folders that are neither text nor JSON-lines by their name go to `ignored`. Lazy: the
    list of a big corpus's files is never held (90,000 paths are some 30 MB)."""
    from .report import FileReport  # here: a worker process of an import reads files, reports none

    for item in paths:
        path = Path(item)
        if path.is_dir():
            unreadable: list[FileReport] = []

            def on_error(error: OSError, unreadable: list[FileReport] = unreadable) -> None:
                # a folder os.walk cannot list is reported, not skipped
                unreadable.append(FileReport(str(error.filename), skipped=QT_TRANSLATE_NOOP(
                    "Import", "cannot read folder: {reason}").format(reason=error.strerror)))

            for root, dirs, names in os.walk(path, onerror=on_error):
                yield from unreadable
                unreadable.clear()
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    if _importable(Path(name)):
                        yield Path(root) / name
                    elif ignored is not None:
                        ignored.append(str(Path(root) / name))
            yield from unreadable
        elif path.exists():
            yield path  # named explicitly: read whatever its name (open_file refuses a FIFO or device)
        else:
            yield FileReport(str(path), skipped=QT_TRANSLATE_NOOP("Import", "no such file or folder"))


def _importable(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES


class NotRegular(Exception):
    """A path that is not a regular file (its kind a Text): it is not read."""


def open_file(path: Path) -> IO[bytes]:
    """A regular file opened for reading. Raises NotRegular, without opening it, for a FIFO, a
    socket or a device; O_NONBLOCK keeps a file swapped for a FIFO since then from blocking."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise NotRegular(_file_kind(mode))
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    stream = os.fdopen(descriptor, "rb")
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        stream.close()
        raise NotRegular(_file_kind(mode))
    return stream


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("Import", "a folder")
    return next((kind for test, kind in _SPECIAL_FILES if test(mode)), QT_TRANSLATE_NOOP("Import", "a special file"))


def bounded_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """A stream's lines, None for one longer than MAX_FILE_BYTES, which is passed over without
    being kept (a file of zeros is one endless line)."""
    while line := stream.readline(MAX_FILE_BYTES + 1):
        if len(line) <= MAX_FILE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


class Source:
    """A file being read: its path and first bytes, and, read once when a reader asks, its first
    record (a JSON-lines dump is told by it) or its whole bytes. Raises UnreadableInput, from
    `open`, for a binary file, judged from its first bytes (a huge one is not read), and, from
    `data`, for one over MAX_FILE_BYTES; NotRegular for a FIFO or device, which is not even opened."""

    def __init__(self, path: Path, head: bytes) -> None:
        self.path = path
        self.head = head
        self.suffix = path.suffix.lower()
        self._data: bytes | None = None
        self._first: object = self  # not looked for yet
        self.found: object = None  # what a reader's sniff() parsed already, for its read()

    @classmethod
    def open(cls, path: Path) -> Source:
        with open_file(path) as stream:
            head = stream.read(HEAD_BYTES)
        if looks_binary(head) and not head.startswith(SQLITE_HEADER):
            raise UnreadableInput(BINARY)
        return cls(path, head)

    def stream(self) -> IO[bytes]:
        return open_file(self.path)

    def data(self) -> bytes:
        """The whole file: text, a JSON array or an export, read whole."""
        if self._data is None:
            with self.stream() as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
                if len(data) > MAX_FILE_BYTES:
                    size = max(os.fstat(stream.fileno()).st_size, len(data))
                    raise UnreadableInput(QT_TRANSLATE_NOOP(
                        "Import", "too large to read whole: {size} MB, and the most Glossa reads whole is {limit} MB"
                        " (a JSON-lines dump, one record per line, may be any size)").format(
                        size=size // 1_000_000, limit=MAX_FILE_BYTES // 1_000_000))
            self._data = data
        return self._data

    def starts_with(self, characters: bytes) -> bool:
        """Whether the first byte after a BOM and white space is one of `characters`."""
        start = self.head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not start and len(self.head) == HEAD_BYTES:
            start = self.data().lstrip(b"\xef\xbb\xbf \t\r\n")
        return start[:1] != b"" and start[:1] in characters

    def first_record(self) -> object:
        """The JSON value on the file's first non-blank line, or None when that line is not
        whole JSON (or longer than any record): a JSON-lines dump starts with an object."""
        if self._first is self:
            self._first = None
            try:
                with self.stream() as stream:
                    for line in bounded_lines(stream):
                        if line is None:
                            break
                        if line.strip(b"\xef\xbb\xbf \t\r\n"):
                            self._first = loads(line.decode("utf-8-sig", errors="replace"))
                            break
            except (ValueError, RecursionError):
                pass  # not one record per line: the whole-file path reports why
        return self._first
