"""Writing export files safely: every file goes to a temporary file beside its destination and is
renamed over it only when complete (os.replace), so a crash or a cancel never leaves half a file
under the real name, and files that belong together are never left from two exports; nothing is
overwritten unless the caller says so."""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
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
    with atomic_files([path], overwrite, binary, **open_args) as (out,):
        yield out


@contextlib.contextmanager
def atomic_files(paths: Sequence[Path], overwrite: bool, binary: bool = False,
                 **open_args: Any) -> Iterator[list[IO[Any]]]:
    """atomic_file for files that belong together (CSV's comments and annotations): each is
    written to a temporary file beside it, and they are put in place only when all are complete
    (_put_in_place). Leftovers of an export that was killed at the same place are removed first."""
    check_destinations(paths, overwrite)
    for path in paths:
        _remove_leftovers(path)
    temporaries: list[str] = []
    try:
        with contextlib.ExitStack() as files:
            outs = []
            for path in paths:
                try:
                    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
                except OSError as error:
                    raise ExportError(cannot_write(path, error)) from error
                temporaries.append(temporary)
                outs.append(files.enter_context(os.fdopen(handle, "wb" if binary else "w", **open_args)))
            yield outs
            for out in outs:
                out.flush()
                os.fsync(out.fileno())
        if os.name == "posix":
            for temporary in temporaries:
                os.chmod(temporary, _file_mode())
        if not overwrite and existing(paths):  # appeared while we wrote
            raise DestinationExists(existing(paths))
        _put_in_place(paths, temporaries)
    except BaseException:
        for temporary in temporaries:
            Path(temporary).unlink(missing_ok=True)
        raise


def _aside(path: Path) -> Path:
    """A name for an old file moved out of the way: a leftover like any temporary file."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.partial")


def _remove_leftovers(path: Path) -> None:
    """The temporary files of an earlier export to path that was killed (`.NAME.*.partial`)."""
    prefix = f".{path.name}."
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            name = entry.name
            if name.startswith(prefix) and name.endswith(".partial") and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _put_in_place(paths: Sequence[Path], temporaries: Sequence[str]) -> None:
    """Rename complete temporary files over their destinations. One file: one os.replace, atomic.
    No rename replaces two files at once, so for several the old files are first moved aside,
    then the new ones moved in, then the old ones deleted. A crash in between leaves some of the
    old files or some of the new ones, with the rest missing, never old and new mixed: a mixed
    CSV pair looks whole and is wrong, a missing file is seen. What was moved aside is a
    leftover the next export to the same place removes. A failed rename puts everything back."""
    if len(paths) == 1:
        os.replace(temporaries[0], paths[0])
        return
    aside: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for path in paths:
            if path.exists() or path.is_symlink():
                aside.append((path, _aside(path)))
                os.replace(path, aside[-1][1])
        for temporary, path in zip(temporaries, paths, strict=True):
            os.replace(temporary, path)
            placed.append(path)
    except OSError:
        for path in placed:
            path.unlink(missing_ok=True)
        for path, old in aside:
            with contextlib.suppress(OSError):
                os.replace(old, path)
        raise
    for _path, old in aside:
        old.unlink(missing_ok=True)
