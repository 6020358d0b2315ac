"""`glossa export`: the command line of desktop/exporting (desktop/cli.py adds it)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.store import coders
from desktop.store.db import Library

from .files import DestinationExists, ExportError
from .formats import FORMATS
from .scope import Scope, ScopeError

EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(commands: argparse._SubParsersAction) -> None:
    exporting = commands.add_parser(
        "export",
        help="write the library (or part of it) as JSON, CSV, Markdown or a REFI-QDA project",
        description="Write the library, or part of it, to a file. Files are written to a temporary file and "
        "renamed, so a crash never leaves half a file; an existing file is replaced only with --force.",
    )
    exporting.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json (lossless, re-importable), csv (comments.csv, annotations.csv and agreement.csv), markdown"
        " (a report) or qdpx (REFI-QDA, for QualCoder, MAXQDA, ATLAS.ti, NVivo)",
    )
    exporting.add_argument(
        "--scope",
        default="all",
        metavar="SCOPE",
        help="all (default), articles:1,2,3, search:QUERY or tag:PATH (with the tags below it)",
    )
    exporting.add_argument(
        "--pseudonymise",
        "--pseudonymize",
        action="store_true",
        help="replace commenters' handles and display names with 'Commenter N' everywhere",
    )
    exporting.add_argument("--excel", action="store_true", help="CSV: start with a byte-order mark for Excel")
    exporting.add_argument("--comment-sources", action="store_true",
                           help="qdpx: each comment also a source of its own, for analysis per utterance")  # fmt: skip
    exporting.add_argument("--only-mine", action="store_true",
                           help="only the coder's own codings, notes and highlights (--coder, or the login on a "
                           "server), as an export made in blind coding")  # fmt: skip
    exporting.add_argument("--force", action="store_true", help="replace files that exist")
    exporting.add_argument("-o", "--output", metavar="PATH", type=Path,
                           help="file to write (json: default stdout); for csv a folder, or NAME.csv for "
                           "NAME-comments.csv, NAME-annotations.csv and NAME-agreement.csv")  # fmt: skip


def run(library: Library, args: argparse.Namespace) -> int:
    from .json_format import write_json  # the exporters load only for an export, not for every command
    from .run import ExportOptions, run_export

    try:
        scope = Scope.parse(library.db, args.scope)
    except ScopeError as error:
        return _fail(f"--scope: {error}")
    coder = _only_mine(library, args.coder) if args.only_mine else None
    if args.output is None:
        if args.format != "json":
            return _fail(f"--format {args.format} needs -o PATH")
        try:
            write_json(library, sys.stdout, scope, args.pseudonymise, coder=coder)
            sys.stdout.flush()
        except ScopeError as error:
            return _fail(f"--scope: {error}")
        except BrokenPipeError:  # `glossa export | head`: the reader has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    options = ExportOptions(pseudonymise=args.pseudonymise, excel=args.excel, overwrite=args.force,
                            comment_sources=args.comment_sources, coder=coder)  # fmt: skip
    try:
        result = run_export(library, args.format, args.output, scope, options)
    except DestinationExists as error:
        return _fail(f"{error}; add --force to replace it")
    except ScopeError as error:
        return _fail(f"--scope: {error}")
    except ExportError as error:
        return _fail(str(error))
    written = ", ".join(str(p) for p in result.paths)
    print(f"Wrote {result.articles} articles to {written} ({result.comments} comments; {result.scope})",
          file=sys.stderr)  # fmt: skip
    return EXIT_OK


def _only_mine(library: Library, name: str | None) -> int:
    """The coder of an --only-mine export, found without writing (a read-only login exports too):
    one who never coded has no id yet, and gets an export that holds nobody's codings."""
    found = coders.find_current_coder(library.db, name)
    return 0 if found is None else found  # no coder has id 0


def _fail(message: str) -> int:
    print(f"glossa: {message}", file=sys.stderr)
    return EXIT_USAGE
