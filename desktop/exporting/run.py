"""One export, any format: `run_export(library, "csv", path, scope, options)`. The CLI and the
export dialog both call it (the dialog from a worker thread)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.store.db import Library
from desktop.store.export_records import snapshot

from .agreement_tables import AGREEMENT_COLUMNS, agreement_rows, read_agreement
from .csv_format import ANNOTATION_COLUMNS, COMMENT_COLUMNS, CsvWriter, annotation_rows, comment_rows, csv_paths
from .csv_format import library_annotation_rows as library_rows
from .files import ExportError, atomic_file, atomic_files, cannot_write, check_destinations, no_folder
from .formats import FORMATS
from .json_format import write_records
from .markdown import MarkdownWriter
from .progress import CancelCheck, ProgressCallback, never, tracked
from .qdpx import QdpxWriter, library_namespace
from .records import ExportReader
from .scope import Scope


@dataclass(frozen=True)
class ExportOptions:
    pseudonymise: bool = False  # commenters become "Commenter N" in every file
    excel: bool = False  # CSV starts with a byte-order mark, which Excel needs to read UTF-8
    overwrite: bool = False  # replace existing files (else DestinationExists)
    comment_sources: bool = False  # .qdpx: each comment a source of its own, for analysis per utterance
    coder: int | None = None  # only this coder's codings, notes and highlights (made in blind coding)


@dataclass(frozen=True)
class ExportResult:
    format: str
    paths: tuple[Path, ...]  # the files written
    articles: int
    comments: int
    scope: str  # the scope's description


def destinations(fmt: str, path: Path) -> list[Path]:
    """The files an export to path writes (CSV: three files, see csv_paths)."""
    if fmt not in FORMATS:
        raise ExportError(f"the formats are {', '.join(FORMATS)}, not {fmt!r}")
    return list(csv_paths(path)) if fmt == "csv" else [path]


def run_export(
    library: Library,
    fmt: str,
    path: Path | str,
    scope: Scope | None = None,
    options: ExportOptions = ExportOptions(),  # frozen: safe as a default
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck = never,
    namespace: uuid.UUID | None = None,  # .qdpx GUIDs: fixed only by tests
) -> ExportResult:
    """Export the scope (default: the whole library) to path. Every file is written to a
    temporary file beside it and renamed when complete. Raises DestinationExists when a file
    is there and options.overwrite is false, ExportCancelled when cancelled() turns true (nothing
    is left behind), ScopeError for a scope that cannot be resolved, ExportError for the rest."""
    path = Path(path).expanduser()
    paths = destinations(fmt, path)
    made_folder = None
    if fmt == "csv" and path.suffix.lower() != ".csv" and not path.exists():
        if not path.parent.is_dir():
            raise ExportError(no_folder(path))
        path.mkdir()
        made_folder = path
    try:
        check_destinations(paths, options.overwrite)
        db = library.db
        with snapshot(db):  # one snapshot: a note saved meanwhile is in entirely or not
            resolved = (scope or Scope.whole_library()).resolve(db, options.coder)
            reader = ExportReader(db, resolved, options.pseudonymise, options.coder)
            comments = _write(fmt, reader, paths, options, progress, cancelled, namespace)
        return ExportResult(fmt, tuple(paths), reader.total, comments, resolved.description)
    except OSError as error:
        raise ExportError(cannot_write(error.filename or path, error)) from error
    except BaseException:
        if made_folder is not None and not any(made_folder.iterdir()):
            made_folder.rmdir()
        raise


def _write(
    fmt: str,
    reader: ExportReader,
    paths: list[Path],
    options: ExportOptions,
    progress: ProgressCallback | None,
    cancelled: CancelCheck,
    namespace: uuid.UUID | None,
) -> int:
    """Write the files; returns the number of comments exported."""
    overwrite = options.overwrite
    articles = tracked(reader.articles(), reader.total, progress, cancelled)
    comments = 0
    if fmt == "json":
        with atomic_file(paths[0], overwrite, encoding="utf-8") as out:
            write_records(reader, out, progress, cancelled)
        return reader.comment_count()
    if fmt == "csv":
        encoding = "utf-8-sig" if options.excel else "utf-8"
        with atomic_files(paths, overwrite, encoding=encoding, newline="") as (comments_out, annotations_out,
                                                                               agreement_out):  # fmt: skip
            comment_csv = CsvWriter(comments_out, COMMENT_COLUMNS)
            annotation_csv = CsvWriter(annotations_out, ANNOTATION_COLUMNS)
            for article in articles:
                comment_csv.rows(comment_rows(article, reader.scope.matched_comments))
                annotation_csv.rows(annotation_rows(article))
                comments += len(article["comments"])
            annotation_csv.rows(library_rows(reader.tags(), reader.authors(), reader.campaigns()))
            CsvWriter(agreement_out, AGREEMENT_COLUMNS).rows(agreement_rows(read_agreement(reader)))
        return comments
    if fmt == "markdown":
        description = f"{reader.scope.description} · {reader.total} articles · {reader.comment_count()} comments"
        if reader.pseudonymiser is not None:
            description = reader.pseudonymiser.text(description) + " · commenters pseudonymised"
        if reader.coder is not None:
            description += f" · only the codings of {', '.join(reader.coders()) or 'a coder with none yet'}"
        with atomic_file(paths[0], overwrite, encoding="utf-8") as out:
            markdown = MarkdownWriter(out, "Glossa report", description)
            for article in articles:
                markdown.article(article, reader.scope.matched_comments)
                comments += len(article["comments"])
            markdown.finish(reader.tags(), reader.authors(), reader.campaigns(), read_agreement(reader))
        return comments
    with atomic_file(paths[0], overwrite, binary=True) as binary_out:
        qdpx = QdpxWriter(binary_out, reader.tags(), namespace or library_namespace(reader.db), options.comment_sources)
        try:
            for article in articles:
                qdpx.article(article)
                comments += len(article["comments"])
            qdpx.finish(reader.authors())
        except BaseException:
            qdpx.abandon()
            raise
    return comments
