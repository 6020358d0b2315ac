"""Writing export files safely: every file goes to a temporary file beside its destination and is
renamed over it only when complete (os.replace), so a crash or a cancel never leaves half a file
under the real name; and nothing is overwritten unless the caller says so."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from desktop.texts import QT_TRANSLATE_NOOP


class ExportError(Exception):
    """An export that cannot be done, with a message fit for the user."""


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Export", "the export was cancelled; nothing was written"))


class DestinationExists(ExportError):
    """The export would replace files; the caller asks the user and retries with overwrite."""

    def __init__(self, paths: Sequence[Path]) -> None:
        names = ", ".join(str(p) for p in paths)
        super().__init__((QT_TRANSLATE_NOOP("Export", "{files} already exists") if len(paths) == 1
                          else QT_TRANSLATE_NOOP("Export", "{files} already exist")).format(files=names))
        self.paths = list(paths)


def no_folder(path: Path) -> str:
    return QT_TRANSLATE_NOOP("Export", "cannot write {path}: there is no folder {folder}").format(
        path=str(path), folder=str(path.parent))


def cannot_write(path: Path | str, error: OSError) -> str:
    return QT_TRANSLATE_NOOP("Export", "cannot write {path}: {reason}").format(
        path=str(path), reason=error.strerror or str(error))


def existing(paths: Sequence[Path]) -> list[Path]:
    return [path for path in paths if path.exists() or path.is_symlink()]


def check_destinations(paths: Sequence[Path], overwrite: bool) -> None:
    """Raise DestinationExists (without overwrite) or ExportError (a folder in the way, or no
    folder to write into) before any work is done."""
    for path in paths:
        if path.is_dir():
            raise ExportError(QT_TRANSLATE_NOOP("Export", "{path} is a folder").format(path=str(path)))
        if not path.parent.is_dir():
            raise ExportError(no_folder(path))
    found = existing(paths)
    if found and not overwrite:
        raise DestinationExists(found)


def _file_mode() -> int:
    """The mode a new file gets under this process's umask (mkstemp makes 0600 files). The umask is
    read without os.umask(), which would change it for every thread for a moment."""
    umask = 0o022
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                umask = int(line.split()[1], 8)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_file(path: Path, overwrite: bool, binary: bool = False, **open_args: Any) -> Iterator[IO[Any]]:
    """Open a temporary file in path's folder for writing; on a clean exit it is flushed to disk
    and renamed to path. On an exception (ExportCancelled included) it is deleted and path is
    untouched. Without overwrite an existing path raises DestinationExists."""
    check_destinations([path], overwrite)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    except OSError as error:
        raise ExportError(cannot_write(path, error)) from error
    try:
        with os.fdopen(handle, "wb" if binary else "w", **open_args) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(temporary, _file_mode())
        if not overwrite and existing([path]):  # appeared while we wrote
            raise DestinationExists([path])
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
