"""Cases 1 and 2: import. Each function runs in a worker process of its own and returns its figures.

Case 1, the database stage of the app is `desktop.store.batches.BatchWriter`, exactly what `import_paths`
stores every file with (a savepoint per group of up to 200 files, a file that fails taking back
only itself; a transaction per batch of files; the search index filled once per batch); the
parsing that feeds it is done outside the timer. The anchor is
bare `sqlite3` on a library with the same tables, indexes and pragmas: the same rows, prepared
outside the timer, inserted with `executemany` in one transaction, then two FTS5 indexes of the
app's definition (tokenizer and prefix index) filled in bulk with one `INSERT ... SELECT` each.

Case 2, end to end: `import_paths` on the corpus against a plain single-process script timed from
the first file read to the commit (import_end_to_end_anchor): it reads every file, decodes it,
splits it with two regular expressions (comment headers with their meta line; blank lines between
paragraphs), makes the same rows as the case 1 anchor and inserts them with `executemany` in one
transaction, then fills both FTS5 indexes in bulk. It knows nothing of damaged input, merges,
reports or cancelling.
"""

from __future__ import annotations

import hashlib
import json
import re
import resource
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.common import max_rss_mb, remove_library, scratch_dir
from benchmarks.generate_corpus import Manifest, corpus_dir, text_files

_TIME = "%Y-%m-%d %H:%M:%S"
# Pragmas of the anchor: those the app's library runs with (desktop/store/db.py), so both pay for
# the same journal, durability and foreign-key checks.
_ANCHOR_PRAGMAS = (
    "PRAGMA journal_mode = wal",
    "PRAGMA synchronous = normal",
    "PRAGMA foreign_keys = 1",
    "PRAGMA cache_size = -32000",
)


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the import's workers are
    joined before import_paths returns). On a shared machine this moves far less than the wall
    clock, and it counts the work of every core."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _fresh_library_path(name: str) -> Path:
    path = scratch_dir() / f"{name}.glossa"
    remove_library(path)
    return path


def import_database_app(comments: int) -> dict[str, Any]:
    """Comments per second through the app's store path, parsing excluded."""
    from desktop.ingest.documents import UnreadableInput
    from desktop.ingest.parse import parse_bytes
    from desktop.ingest.report import FileReport
    from desktop.store.batches import BatchWriter
    from desktop.store.db import Library

    path = _fresh_library_path("import-db-app")
    library = Library.open(path)
    stored = 0.0
    report = FileReport("all files")
    try:
        with library.bulk_writes():
            writer = BatchWriter(library)
            for file in text_files(corpus_dir(comments)):
                try:
                    documents = parse_bytes(file.read_bytes())
                except UnreadableInput:
                    continue
                started = time.perf_counter()
                writer.store(documents, str(file), report)
                stored += time.perf_counter() - started
            started = time.perf_counter()
            writer.commit()
            stored += time.perf_counter() - started
    finally:
        library.close()
        remove_library(path)
    return {"seconds": stored, "comments": report.comments_added, "articles": report.articles_added,
            "rate": report.comments_added / stored}


def _anchor_schema(connection: sqlite3.Connection) -> None:
    """The app's tables and indexes for articles, authors and comments, taken from a new library."""
    from desktop.store import search
    from desktop.store.db import Library

    template = _fresh_library_path("anchor-template")
    library = Library.open(template)
    try:
        rows = library.db.execute_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN"
            " ('author', 'author_alias', 'article', 'comment') ORDER BY type = 'index', rowid"
        ).fetchall()
    finally:
        library.close()
        remove_library(template)
    for _kind, _name, sql in rows:
        connection.execute(sql)
    # The same full-text index as the app's: its tokenizer and its 2-character prefix index.
    options = f"tokenize='{search.TOKENIZER}', prefix='{search.PREFIX_INDEX}'"
    connection.execute(
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, subtitle, paragraphs, content='article',"
        f" content_rowid='id', {options})"
    )
    connection.execute(
        f"CREATE VIRTUAL TABLE comment_fts USING fts5(body, content='comment', content_rowid='id', {options})"
    )


def import_database_anchor(comments: int) -> dict[str, Any]:
    """Comments per second for bare sqlite3: executemany of ready rows in one transaction, then
    the full-text indexes filled in bulk. Only the database calls are timed."""
    from desktop.ingest.documents import UnreadableInput
    from desktop.ingest.parse import parse_bytes

    path = _fresh_library_path("import-db-anchor")
    connection = sqlite3.connect(str(path), isolation_level=None)
    for pragma in _ANCHOR_PRAGMAS:
        connection.execute(pragma)
    _anchor_schema(connection)
    authors: dict[str, int] = {}
    aliases: set[tuple[int, str]] = set()
    article_id = comment_id = 0
    spent = 0.0
    now = datetime.now().strftime(_TIME)
    try:
        connection.execute("BEGIN")
        for file in text_files(corpus_dir(comments)):
            try:
                documents = parse_bytes(file.read_bytes())
            except UnreadableInput:
                continue
            # The rows, made outside the timer.
            new_authors: list[tuple[int, str]] = []
            new_aliases: list[tuple[int, str]] = []
            articles: list[tuple[Any, ...]] = []
            rows: list[tuple[Any, ...]] = []
            for document in documents:
                article_id += 1
                text = "\n".join(document.paragraphs)
                articles.append((
                    article_id, document.title, document.subtitle, json.dumps(document.paragraphs, ensure_ascii=False),
                    document.raw, document.kind, hashlib.sha256(text.encode()).hexdigest()[:32], str(file),
                    document.index, document.url, document.source_id, document.photo_credit,
                    json.dumps(document.warnings, ensure_ascii=False), document.published_at, now, now,
                ))
                first_id = comment_id + 1
                for index, comment in enumerate(document.comments):
                    comment_id += 1
                    author = authors.get(comment.handle)
                    if author is None:
                        author = authors[comment.handle] = len(authors) + 1
                        new_authors.append((author, comment.handle))
                    if comment.display_name and (author, comment.display_name) not in aliases:
                        aliases.add((author, comment.display_name))
                        new_aliases.append((author, comment.display_name))
                    posted = comment.posted_at.strftime(_TIME) if comment.posted_at else None
                    key = hashlib.sha1(f"{comment.handle}\0{posted}\0{comment.body}".encode()).hexdigest()[:20]
                    rows.append((
                        comment_id, article_id, first_id + comment.parent if comment.parent is not None else None,
                        index, comment.depth, comment.path, author, comment.display_name, comment.status, posted,
                        comment.body, key, int(comment.truncated),
                    ))
            started = time.perf_counter()
            connection.executemany("INSERT INTO author (id, handle) VALUES (?, ?)", new_authors)
            connection.executemany("INSERT INTO author_alias (author_id, display_name) VALUES (?, ?)", new_aliases)
            connection.executemany(
                "INSERT INTO article (id, title, subtitle, paragraphs, raw_text, kind, fingerprint, source_file,"
                " source_position, source_url, source_id, photo_credit, warnings, published_at, imported_at,"
                " updated_at, is_read, is_starred) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0)",
                articles,
            )
            connection.executemany(
                "INSERT INTO comment (id, article_id, parent_id, position, depth, path, author_id, display_name,"
                " status, posted_at, body, fingerprint, truncated, is_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                rows,
            )
            spent += time.perf_counter() - started
        started = time.perf_counter()
        connection.execute("INSERT INTO article_fts (rowid, title, subtitle, paragraphs)"
                           " SELECT id, title, subtitle, paragraphs FROM article")
        connection.execute("INSERT INTO comment_fts (rowid, body) SELECT id, body FROM comment")
        connection.execute("COMMIT")
        spent += time.perf_counter() - started
    finally:
        connection.close()
        remove_library(path)
    return {"seconds": spent, "comments": comment_id, "articles": article_id, "rate": comment_id / spent}


# The anchor's parser: a comment's header and meta line (handle, display name, time), and paragraphs.
_COMMENT = re.compile(
    r"^( +)\d{1,5}\.[ \u00a0](.+?) (?:Offline|Online) .*\n +.*?(?:\(([^)\n]*)\) )?"
    r"(\d{1,2}) (\w+) (\d{4}),? (\d{1,2}) ?: ?(\d{2})[^\n]*$",
    re.M,
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_MONTH_NUMBERS = {name: number for names in (
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
    ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
     "ноября", "декабря"),
) for number, name in enumerate(names, 1)}


def import_end_to_end_anchor(comments: int) -> dict[str, Any]:
    """Comments per second for a plain single-process script that reads and splits the .txt files
    itself (see the module docstring), timed from the first read to the commit."""
    path = _fresh_library_path("import-e2e-anchor")
    connection = sqlite3.connect(str(path), isolation_level=None)
    for pragma in _ANCHOR_PRAGMAS:
        connection.execute(pragma)
    _anchor_schema(connection)
    folder = corpus_dir(comments) / "txt"
    authors: dict[str, int] = {}
    aliases: set[tuple[int, str]] = set()
    article_id = comment_id = 0
    now = datetime.now().strftime(_TIME)
    try:
        started, cpu = time.perf_counter(), cpu_seconds()
        connection.execute("BEGIN")
        for file in sorted(folder.rglob("*.txt")):
            data = file.read_bytes()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1251", errors="replace")
            text = text.replace("\r\n", "\n")
            new_authors: list[tuple[int, str]] = []
            new_aliases: list[tuple[int, str]] = []
            rows: list[tuple[Any, ...]] = []
            matches = list(_COMMENT.finditer(text))
            head = text[: matches[0].start()] if matches else text
            blocks = [block.strip() for block in _BLANK_LINES.split(head) if block.strip()]
            title, paragraphs = (blocks[0], blocks[1:]) if blocks else ("", [])
            article_id += 1
            first_id = comment_id + 1
            parents: list[int] = []  # the open comment at each depth
            for index, match in enumerate(matches):
                comment_id += 1
                indent, handle, display, day, month, year, hour, minute = match.groups()
                depth = len(indent) // 2
                del parents[depth - 1 :]
                parent = parents[-1] if parents else None
                parents.append(comment_id)
                end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
                body = "\n".join(line.strip() for line in text[match.end() + 1 : end].splitlines())
                author = authors.get(handle)
                if author is None:
                    author = authors[handle] = len(authors) + 1
                    new_authors.append((author, handle))
                if display and (author, display) not in aliases:
                    aliases.add((author, display))
                    new_aliases.append((author, display))
                posted = f"{year}-{_MONTH_NUMBERS.get(month, 1):02d}-{int(day):02d} {int(hour):02d}:{minute}:00"
                key = hashlib.sha1(f"{handle}\0{posted}\0{body}".encode()).hexdigest()[:20]
                rows.append((comment_id, article_id, parent, comment_id - first_id, depth, "", author, display,
                             "Offline", posted, body, key, 0))
            fingerprint = hashlib.sha256("\n".join(paragraphs).encode()).hexdigest()[:32]
            connection.execute(
                "INSERT INTO article (id, title, subtitle, paragraphs, raw_text, kind, fingerprint, source_file,"
                " source_position, imported_at, updated_at, warnings, is_read, is_starred)"
                " VALUES (?,?,NULL,?,?,'A',?,?,0,?,?,'[]',0,0)",
                (article_id, title, json.dumps(paragraphs, ensure_ascii=False), text, fingerprint, str(file), now, now),
            )
            connection.executemany("INSERT INTO author (id, handle) VALUES (?, ?)", new_authors)
            connection.executemany("INSERT INTO author_alias (author_id, display_name) VALUES (?, ?)", new_aliases)
            connection.executemany(
                "INSERT INTO comment (id, article_id, parent_id, position, depth, path, author_id, display_name,"
                " status, posted_at, body, fingerprint, truncated, is_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                rows,
            )
        connection.execute("INSERT INTO article_fts (rowid, title, subtitle, paragraphs)"
                           " SELECT id, title, subtitle, paragraphs FROM article")
        connection.execute("INSERT INTO comment_fts (rowid, body) SELECT id, body FROM comment")
        connection.execute("COMMIT")
        spent, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    finally:
        connection.close()
        remove_library(path)
    return {"seconds": spent, "comments": comment_id, "articles": article_id, "rate": comment_id / spent,
            "cpu_seconds": cpu}


def import_end_to_end(comments: int, source: str, keep_as: str | None = None) -> dict[str, Any]:
    """`import_paths` on the corpus's .txt folder (source="txt") or its JSON-lines dump ("jsonl"),
    into a new library, writing the full report beside it as `glossa import` and the window do:
    the time, and how much the peak memory grew while it ran."""
    from desktop.ingest.importer import ReportLog, import_paths, reports_folder
    from desktop.store.db import Library

    corpus = corpus_dir(comments)
    target = corpus / "txt" if source == "txt" else corpus / "corpus.jsonl"
    path = _fresh_library_path(f"import-{source}")
    library = Library.open(path)
    before = max_rss_mb()
    try:
        started, cpu = time.perf_counter(), cpu_seconds()
        report = import_paths(library, [target], log=ReportLog())
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        growth = max_rss_mb() - before
    finally:
        library.close()
        shutil.rmtree(reports_folder(path), ignore_errors=True)
    if keep_as:
        Path(f"{path}-wal").unlink(missing_ok=True)
        Path(f"{path}-shm").unlink(missing_ok=True)
        path.replace(keep_as)
    else:
        remove_library(path)
    manifest = Manifest.load(corpus / "manifest.json")
    added = report.total("comments_added")
    problems = [f.path + ": " + (f.skipped or "; ".join(f.problems)) for f in report.skipped]
    if (report.total("articles_added"), added) != (manifest.articles, manifest.comments):
        problems.insert(0, f"imported {report.total('articles_added')} articles and {added} comments,"
                           f" generated {manifest.articles} and {manifest.comments}")
    return {"seconds": seconds, "comments": added, "rate": added / seconds, "memory_growth_mb": growth,
            "cpu_seconds": cpu, "problems": problems[:5]}
