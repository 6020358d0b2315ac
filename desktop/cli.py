"""The command line: `glossa` opens the window; subcommands script the library."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, cli_agreement, cli_campaigns, cli_library, cli_search, cli_stats
from .exporting import cli as export_cli
from .paths import DEMO_CORPUS, default_library, error_log_dir, server_reports_dir
from .store.backup import newest_good_backup
from .store.check import check_file, explain_write_error, quick_check, write_error_kind
from .store.db import Library, LibraryDamaged, LibraryError, open_read_only
from .store.queries import counts
from .store.server import is_server_url

if TYPE_CHECKING:
    from .ingest.importer import FileReport, Progress

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl+C, as shells report it
WRITING_COMMANDS = ("import", "reindex", "campaigns", "coded", "tag")  # campaigns keeps its analysis in the library


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="glossa",
        description="Read, tag and annotate scraped news articles and their comment threads.",
    )
    parser.add_argument("--version", action="version", version=f"Glossa {__version__}")
    parser.add_argument(
        "--library", metavar="PATH", type=_location,
        help=f"library file to use (default: {default_library()}), or a PostgreSQL server's postgresql://user@host/db"
             " (a password from libpq's ~/.pgpass or service file, never in the URL)",
    )
    parser.add_argument(
        "--coder", metavar="NAME",
        help="the coder what a command writes is recorded as (default: the system login)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the window (the default)")
    importing = commands.add_parser("import", help="import text files, folders and JSON-lines dumps")
    importing.add_argument("paths", nargs="+", metavar="PATH")
    importing.add_argument("-q", "--quiet", action="store_true", help="print only problems and totals")
    export_cli.add_parser(commands)
    commands.add_parser("info", help="print the library's path and counts")
    commands.add_parser("check", help="check the library for damage without changing it (exit 1: problems found)")
    cli_search.add_parsers(commands)
    cli_stats.add_parser(commands)
    cli_campaigns.add_parser(commands)
    cli_agreement.add_parsers(commands)
    cli_library.add_parsers(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and EXIT_USAGE
    path = args.library or default_library()
    if isinstance(path, str) and args.command != "copy":
        return _on_server(args, path)
    if args.command in (None, "gui"):
        return _gui(Path(path), explicit=args.library is not None)
    try:
        if args.command == "copy":  # names both its libraries: --library plays no part
            return cli_library.run_copy(args.source, args.destination, args.quiet)
        return _command(args, Path(path))
    except KeyboardInterrupt:
        print("glossa: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # the last guard: a sentence and a log file, never a traceback
        return _failed(error)


def _location(text: str) -> Path | str:
    """--library: a library file, or a server's connection string (kept as it is)."""
    return text if is_server_url(text) else Path(text)


# What works on a library on a PostgreSQL server so far: the commands whose store modules run on
# both engines (`check`, a file's own, not).
SERVER_COMMANDS = ("info", "backup", "search", "reindex", "stats", "export", "tag", "coded", "agreement", "campaigns",
                   "import")


def _on_server(args: argparse.Namespace, url: str) -> int:
    if args.command in (None, "gui"):
        return _gui(url, explicit=True)
    if args.command not in SERVER_COMMANDS:
        what = f"`glossa {args.command}`"
        print(f"glossa: {what} cannot use a library on a PostgreSQL server yet; "
              f"{', '.join(f'`glossa {c}`' for c in SERVER_COMMANDS)} can.", file=sys.stderr)
        return EXIT_USAGE
    try:
        library = Library.open(url)
    except LibraryError as error:
        print(f"glossa: {_sentence(error)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if library.read_only and args.command in WRITING_COMMANDS:
            print(f"glossa: {library.url}: {_sentence(library.read_only_reason)} Nothing was written.",
                  file=sys.stderr)
            return EXIT_USAGE
        return _run(args, library)
    except KeyboardInterrupt:
        print("glossa: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # as _command: a sentence and a log file
        return _failed(error)
    finally:
        library.close()


def _command(args: argparse.Namespace, path: Path) -> int:
    if args.command == "check":
        return _check(path)  # read-only, and before Library.open: it must work on a damaged file
    library = _open(path, writes=args.command in WRITING_COMMANDS)
    if library is None:
        return EXIT_USAGE
    try:
        return _run(args, library)
    finally:
        library.close()


def _run(args: argparse.Namespace, library: Library) -> int:
    """One command on an open library, a file or a server's."""
    if args.command == "import":
        return _import(library, args.paths, args.quiet)
    if args.command == "export":
        return export_cli.run(library, args)
    if args.command == "search":
        return cli_search.run_search(library, " ".join(args.query), args.limit, args.order, args.json)
    if args.command == "reindex":
        return cli_search.run_reindex(library)
    if args.command == "stats":
        return cli_stats.run_stats(library, args.json)
    if args.command == "campaigns":
        return cli_campaigns.run(library, args)
    if args.command == "tag":
        return cli_agreement.run_tag(library, args.coder, args)
    if args.command == "coded":
        return cli_agreement.run_coded(library, args.coder, args.article, args.comment, args.undo)
    if args.command == "agreement":
        return cli_agreement.run_agreement(library, args.tag, args.coders, args.unit, args.json)
    if args.command == "backup":
        return cli_library.run_backup(library, args.file)
    return _info(library)


def _open(path: Path, writes: bool) -> Library | None:
    """The window's rule: a damaged library is never written. A command that only reads reads
    it read-only; a command that writes is refused. Before a command writes, SQLite's
    integrity_check runs as well (~4 times quick_check: a few seconds at a million comments):
    quick_check, run by every open, misses a damaged index, and writing through one spreads the
    damage. None (the reason printed) when the library cannot be used."""
    try:
        library = Library.open(path)
    except LibraryDamaged as error:
        if not writes:
            with contextlib.suppress(LibraryError):
                library = open_read_only(error.path, "the library is damaged")
                print(f"glossa: {error.path} is damaged: {_sentence(error.reason)} Reading it read-only: nothing "
                      "changes the file; `glossa check` lists the damage.", file=sys.stderr)
                return library
        print(f"glossa: {_sentence(error)}{' Nothing was written.' if writes else ''}", file=sys.stderr)
        return None
    except LibraryError as error:
        print(f"glossa: {_sentence(error)}", file=sys.stderr)
        return None
    if writes and not library.read_only:
        problems = quick_check(library.db, limit=5, pragma="integrity_check")
        if problems:
            library.close()
            found = _sentence("; ".join(problems))
            print(f"glossa: {library.path} is damaged: SQLite's integrity_check found: {found} Nothing was written; "
                  "`glossa check` lists the damage and names the newest good backup.", file=sys.stderr)
            return None
    return library


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _sentence(text: object) -> str:
    """A message on one line, ending with a full stop."""
    line = _one_line(text)
    return line if line.endswith((".", "!", "?")) else f"{line}."


def _failed(error: Exception) -> int:
    """A command stopped by an error: what it means in one line (a full disk, a damaged file:
    explain_write_error), and the traceback in a log file for a bug report."""
    log = error_log_dir() / f"glossa-error-{datetime.now():%Y-%m-%d_%H-%M-%S}-{os.getpid()}.txt"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
        written: str | None = str(log)
    except OSError as cannot:
        written = None
        unwritten = f"its details could not be written to {log}: {cannot.strerror or cannot}"
    if write_error_kind(error) is not None:
        details = f"details: {written}" if written else unwritten
        print(f"glossa: {explain_write_error(error)} ({details})", file=sys.stderr)
    else:
        details = f"please report this bug with the details in {written}" if written else unwritten
        print(f"glossa: stopped by an unexpected error, {type(error).__name__}: {_one_line(error)} ({details})",
              file=sys.stderr)
    return EXIT_USAGE


def _gui(path: Path | str, explicit: bool, missing: list[str] | None = None) -> int:
    """`missing`: the system packages Qt's window plugin lacks (display_check), looked up when None."""
    if missing is None:
        from .display_check import missing_packages

        missing = missing_packages()
    if missing:  # Qt would abort (exit 134) with a message naming one library at best
        from .display_check import install_advice

        print(install_advice(missing), file=sys.stderr)
        return EXIT_USAGE
    # Start-up builds tens of thousands of objects that live as long as the window: collecting
    # garbage while they are made only walks them again and again. `app.run` turns the collector
    # back on once the window is shown.
    gc.disable()
    try:
        from .app import run  # Qt is loaded only for the window

        return run(path, seed_demo=not explicit)
    finally:
        gc.enable()


def open_library_seeded(path: Path, seed_demo: bool, unchanged_since: str | None = None) -> Library:
    """Open a library; a brand-new default library is filled with the bundled demo corpus."""
    is_new = not path.exists()
    library = Library.open(path, unchanged_since)
    if is_new and seed_demo and DEMO_CORPUS.is_dir():
        from .ingest.importer import import_paths  # the window starts without the importer

        import_paths(library, [DEMO_CORPUS])
    return library


def _import(library: Library, paths: list[str], quiet: bool) -> int:
    """Each file's lines as its batch is committed (with -q only files with problems), then the
    totals and where the full report is: the same lines, every file's, beside the library."""
    from .ingest.importer import ReportLog, import_paths

    progress_width = 0  # the progress line on the terminal, when there is one

    def clear_progress() -> None:
        nonlocal progress_width
        if progress_width:
            print("\r" + " " * progress_width + "\r", end="", file=sys.stderr, flush=True)
            progress_width = 0

    def show(progress: Progress) -> None:
        nonlocal progress_width
        if progress.total:
            text = f"{progress.done}/{progress.total} files"
            print(f"\r{text}", end="", file=sys.stderr, flush=True)
            progress_width = max(progress_width, len(text))

    def echo(file_report: FileReport, line: str) -> None:
        if not quiet or not file_report.ok:
            clear_progress()
            print(line)

    log = ReportLog(echo=echo, folder=server_reports_dir(library.name) if library.url else None)
    report = import_paths(library, paths, progress=show if sys.stderr.isatty() else None, log=log)
    clear_progress()
    print(log.format.footer(report))
    if report.log_path is not None:
        print(f"Full report: {report.log_path}")
    if report.log_error:
        where = f"{report.log_path} stops short" if report.log_path else "No full report was written"
        print(f"{where}: {report.log_error}")
    return EXIT_SKIPPED if report.skipped or report.cancelled or report.stopped else EXIT_OK


def _check(path: Path) -> int:
    """`glossa check`: the full check (store/check.py) on a read-only connection."""
    path = path.expanduser().resolve()
    try:
        report = check_file(path)
    except OSError:
        print(f"glossa: there is no library at {path}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Library:  {path}")
    for line in report.lines():
        print(line)
    if report.empty:  # no library yet, as when there is no file
        return EXIT_USAGE
    if report.ok:
        return EXIT_OK
    good = newest_good_backup(path)
    if good is not None:
        print(f"Newest good backup: {good.path} ({good.created:%Y-%m-%d %H:%M}, {good.articles} articles, "
              f"{good.notes} notes); Glossa's File > Restore from Backup puts it back.")
    else:
        print("No good backup of this library was found.")
    return EXIT_SKIPPED


def _info(library: Library) -> int:
    figures = counts(library.db)
    print(f"Library:  {library.url or library.path}")
    print(f"Articles: {figures.articles}")
    print(f"Comments: {figures.comments}")
    print(f"Authors:  {figures.authors}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
