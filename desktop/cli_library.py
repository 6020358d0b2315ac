"""`glossa copy SRC DEST` and `glossa backup [FILE]`: a whole library moved between a file and a
PostgreSQL server (desktop/store/copy.py), and a backup now, of either."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from .store import backup
from .store.copy import CopyReport, Progress, copy_library
from .store.db import Library
from .store.errors import StoreError, engine_errors
from .store.server import is_server_url, redacted

EXIT_OK, EXIT_USAGE = 0, 2


def add_parsers(commands: Any) -> None:  # argparse's subparsers action has no public type
    copy = commands.add_parser(
        "copy", help="copy a whole library, annotations and ids included, into a new file or an empty database",
        description="Copy every article, comment, tag, highlight, note (with its history), coder and saved search "
        "of SRC into DEST, each a library file or a postgresql:// connection string. DEST must be a new file or "
        "an empty library; an interrupted copy leaves it empty. --library is not used.")
    copy.add_argument("source", metavar="SRC")
    copy.add_argument("destination", metavar="DEST")
    copy.add_argument("-q", "--quiet", action="store_true", help="print only problems and totals")
    saved = commands.add_parser(
        "backup", help="back the library up now (a server library: into a library file)",
        description="A library file is backed up into its backups folder, compressed and verified, as the window "
        "does. A library on a PostgreSQL server is copied into a new library FILE (default: the database's name "
        "and the time, in the current folder).")
    saved.add_argument("file", nargs="?", type=Path, metavar="FILE", help="where a server library's copy goes")


def run_copy(source: str, destination: str, quiet: bool) -> int:
    if not is_server_url(source) and not Path(source).expanduser().is_file():
        print(f"glossa: there is no library at {source}.", file=sys.stderr)
        return EXIT_USAGE
    try:
        origin = Library.open(source)
        try:
            report = _copy_into(origin, destination, None if quiet else _progress)
        finally:
            origin.close()
    except StoreError as error:
        print(f"glossa: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_USAGE
    if not quiet:
        print(file=sys.stderr)
    rows = report.rows
    print(f"Copied {rows.get('article', 0)} articles, {rows.get('comment', 0)} comments, {rows.get('tag', 0)} tags, "
          f"{rows.get('note', 0)} notes and {rows.get('highlight', 0)} highlights from {_shown(source)} into "
          f"{_shown(destination)}.")
    return EXIT_OK


def run_backup(library: Library, file: Path | None) -> int:
    try:
        return _backup(library, file)
    except StoreError as error:
        print(f"glossa: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_USAGE


def _backup(library: Library, file: Path | None) -> int:
    if not library.url:
        info = backup.backup_now(library)
        print(f"Backed up into {info.path} ({info.size / 1e6:.1f} MB, {info.articles} articles, {info.notes} notes).")
        return EXIT_OK
    target = file or Path(f"{library.name}-{datetime.now():%Y-%m-%d_%H-%M-%S}.glossa")
    if target.exists():
        print(f"glossa: {target} exists already: name a new file.", file=sys.stderr)
        return EXIT_USAGE
    report = _copy_into(library, str(target), None)
    print(f"Backed up {report.rows.get('article', 0)} articles and {report.rows.get('note', 0)} notes of "
          f"{library.url} into {target}.")
    return EXIT_OK


def _copy_into(origin: Library, destination: str, progress: Progress | None) -> CopyReport:
    """Copy into the library at `destination`, made when it is a new file and removed again when
    the copy fails (a StoreError says why; a Ctrl+C leaves nothing half made either)."""
    created = not is_server_url(destination) and not Path(destination).expanduser().exists()
    target = Library.open(destination)
    try:
        with engine_errors():
            report = copy_library(origin.db, target.db, progress)
    except BaseException:
        target.close()
        if created:
            _remove(Path(destination).expanduser())
        raise
    target.close()
    return report


def _progress(table: str, copied: int, total: int) -> None:
    print(f"\rCopying {table}: {copied:,} of {total:,}".ljust(60), end="", file=sys.stderr, flush=True)


def _shown(location: str) -> str:
    return redacted(location) if is_server_url(location) else location


def _remove(path: Path) -> None:
    for side in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + side).unlink(missing_ok=True)
