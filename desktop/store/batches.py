"""Storing documents a batch at a time (BatchWriter): one short transaction per batch, in which a
group of files that fails takes back only itself, and a cancelled or crashed import keeps every
batch committed before it and never half an article."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from peewee import Database

from desktop.ingest.documents import ParsedDocument
from desktop.store import changes
from desktop.store.check import explain_write_error
from desktop.store.db import Library
from desktop.store.dialect import RETRY_PAUSE, in_transaction, lost_a_conflict
from desktop.store.search import Added, index_articles
from desktop.store.writer import WriteCache, finish_ids, store_document, take_import_turn
from desktop.texts import QT_TRANSLATE_NOOP

# One write transaction holds about this much work: a note saved during an import waits at most
# about this long, and a crash loses at most this much (importing again adds it).
BATCH_SECONDS = 0.5
# A savepoint holds at most this many files, or files of about this much text (BatchWriter): their
# parsed documents are kept until it is released, to be stored again when a later file of the group
# fails. Larger groups hold more memory and save little more.
GROUP_FILES = 200
GROUP_TEXT = 1_000_000  # characters
# On a server, the articles stored are announced to the other windows (store/changes.py) with the
# batch that commits at least this long after the last announcement, and with the last batch: their
# lists are read again every few seconds of an import, not with each batch.
ANNOUNCE_SECONDS = 2.0
# A file whose store lost a deadlock with another connection on a server is stored again up to this
# many times, after pauses doubling from dialect.RETRY_PAUSE, before it is reported as not imported.
CONFLICT_RETRIES = 3
COUNTS = ("articles_added", "articles_merged", "articles_unchanged", "comments_added")


class Tally(Protocol):
    """What a file's import report holds that storing fills in (ingest/report.FileReport)."""

    articles_added: int
    articles_merged: int
    articles_unchanged: int
    comments_added: int
    skipped: str | None
    problems: list[str]
    warnings: list[str]


@dataclass
class Counts:
    """What one store() did: counted into its Tally, taken back from it when its batch is lost."""

    articles_added: int = 0
    articles_merged: int = 0
    articles_unchanged: int = 0
    comments_added: int = 0
    warnings: list[str] = field(default_factory=list)
    added: list[Added] = field(default_factory=list)  # the search index takes their text from these


@dataclass
class _Stored:
    """One `store()` of the open batch: whose report it counts in, and what it stored."""

    report: Tally
    source: str
    part: Counts  # its own counts, added to `report`
    what: str | None  # names some records of a file, or None for a whole file
    articles: list[int]  # added or changed


class BatchWriter:
    """Stores parsed documents a batch at a time: one transaction per about `BATCH_SECONDS` of
    work, the search index filled once per batch. Per-file commits and index passes cost two
    thirds of an import's time. A crash loses at most the batch being written; importing the same
    files again adds exactly what is missing.

    A failing `store()` takes back only itself. A savepoint per file would give that, but SQLite
    copies every page a savepoint changes to a journal of its own: up to a third of the database
    stage's time. So a savepoint holds a group of files (`GROUP_FILES`, `GROUP_TEXT`): when
    one of them fails, the group is rolled back and the files before it are stored again."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._db = library.db
        self._transaction: Any = None
        self._savepoint: Any = None
        self._started = 0.0
        self._pending: list[_Stored] = []  # every store() of the open batch
        self._group: list[tuple[_Stored, list[ParsedDocument]]] = []  # those under the open savepoint
        self._group_text = 0
        self._cache = WriteCache()
        self._unannounced: set[int] = set()  # articles committed, not yet announced
        self._announced = time.monotonic()

    @property
    def idle(self) -> bool:
        """No batch is open: every file stored so far is committed or was marked as lost."""
        return self._transaction is None

    def store(self, documents: list[ParsedDocument], source: str, report: Tally, what: str | None = None) -> None:
        """Store a file's documents (or, named by `what`, some records of a file) and count them
        in `report`. Raises what storing raised, with none of these documents kept."""
        if self._transaction is None:
            self._transaction = self._db.transaction()
            self._transaction.__enter__()
            take_import_turn(self._db)
            self._started = time.monotonic()
            self._cache.next_comment_id = None  # other connections may have written since
        if self._savepoint is None:
            self._savepoint = self._db.savepoint()
            self._savepoint.__enter__()
        stored = _Stored(report, source, Counts(), what, [])
        for attempt in range(CONFLICT_RETRIES + 1):
            try:
                stored.articles = _store(self._db, documents, source, stored.part, self._cache)
                break
            except Exception as error:
                # On a server another coder's write (read marks, tags) can deadlock with this
                # one: rolled back to the savepoint, the locks taken since are let go and that
                # writer goes on, so after a pause the file can be stored again.
                again = lost_a_conflict(self._db, error) and attempt < CONFLICT_RETRIES
                self._take_back(error, pause=RETRY_PAUSE * 2**attempt if again else 0.0)
                if not again or self._transaction is None:
                    raise
                stored.part = Counts()
        _count(report, stored.part, 1)
        report.warnings.extend(stored.part.warnings)
        self._pending.append(stored)
        self._group.append((stored, documents))  # kept while they may have to be stored again
        self._group_text += sum(len(document.raw) for document in documents)
        if len(self._group) >= GROUP_FILES or self._group_text >= GROUP_TEXT:
            self._release()
        if time.monotonic() - self._started >= BATCH_SECONDS:
            self._commit(last=False)

    def commit(self) -> None:
        """Index the batch and commit it. When that fails, the batch's files are marked as not
        imported, and the error is raised."""
        self._commit(last=True)

    def _commit(self, last: bool) -> None:
        """commit(); `last`: no batch may follow soon, so what it stored is announced now."""
        if self._transaction is None:
            return
        try:
            self._release()
            finish_ids(self._db, self._cache)
            articles = [article for stored in self._pending for article in stored.articles]
            index_articles(self._db, articles, [new for stored in self._pending for new in stored.part.added])
            self._announce(articles, last)
        except Exception as error:
            self._lost(error)
            raise
        transaction, self._transaction = self._transaction, None
        try:
            transaction.__exit__(None, None, None)  # commits; on failure peewee rolls back and raises
        except Exception as error:
            self._lost(error)
            raise
        self._pending.clear()

    def _announce(self, articles: list[int], last: bool) -> None:
        """Tell other windows on a server which articles came in or changed, with this batch's
        commit: these and those of earlier batches not announced yet."""
        if not changes.enabled(self._db):
            return
        self._unannounced.update(articles)
        if self._unannounced and (last or time.monotonic() - self._announced >= ANNOUNCE_SECONDS):
            changes.announce(self._db, "library", self._unannounced)
            self._unannounced = set()  # a batch lost after this takes its announcement with it: rare, and harmless
            self._announced = time.monotonic()

    def _release(self) -> None:
        """Keep the group: its files can no longer fail but with the whole batch."""
        if self._savepoint is not None:
            savepoint, self._savepoint = self._savepoint, None
            savepoint.commit(begin=False)
        self._group.clear()
        self._group_text = 0

    def _take_back(self, error: Exception, pause: float = 0.0) -> None:
        """A store() failed: roll its group back and, after `pause` seconds, store the files
        before it again (on a server, again as store() does when that loses a deadlock). When
        SQLite took the whole batch back (disk full), a server's connection was lost, or storing
        again fails, the batch is lost."""
        for attempt in range(CONFLICT_RETRIES + 1):
            self._cache = WriteCache()  # what was written under the savepoint is gone
            if not in_transaction(self._db):
                self._lost(error)
                return
            try:
                self._savepoint.rollback(begin=False)  # the savepoint stays open
                time.sleep(pause)
                for stored, documents in self._group:
                    part = Counts()
                    stored.articles = _store(self._db, documents, stored.source, part, self._cache)
                    _count(stored.report, stored.part, -1)  # counted again, though the same library gives the same
                    _count(stored.report, part, 1)
                    stored.part = part
                return
            except Exception as again:
                if not (lost_a_conflict(self._db, again) and attempt < CONFLICT_RETRIES):
                    self._lost(again)
                    return
                error, pause = again, RETRY_PAUSE * 2**attempt

    def _lost(self, error: Exception) -> None:
        """The batch's transaction is gone: un-count what it held and say why."""
        transaction, self._transaction = self._transaction, None
        self._savepoint = None
        self._group.clear()
        self._group_text = 0
        if transaction is not None:
            with contextlib.suppress(Exception):  # pops peewee's state; SQLite may have rolled back already
                transaction.__exit__(type(error), error, error.__traceback__)
        self._cache = WriteCache()
        reason = could_not_import(explain_write_error(error))
        for stored in self._pending:
            _count(stored.report, stored.part, -1)
            if stored.what is None:
                stored.report.skipped = reason
            else:
                stored.report.problems.append(problem(stored.what, reason))
        self._pending.clear()


def _count(report: Tally, part: Counts, sign: int) -> None:
    for name in COUNTS:
        setattr(report, name, getattr(report, name) + sign * getattr(part, name))


def _store(
    db: Database, documents: list[ParsedDocument], source: str, counts: Counts, cache: WriteCache
) -> list[int]:
    """Store documents, counting them in `counts`; returns the ids of the articles added or
    changed (one a re-import left unchanged has nothing to index: on a server, indexing it again
    would compute every vector of its thread anew)."""
    now = datetime.now().replace(microsecond=0)
    stored = []
    for document in documents:
        result = store_document(db, document, source, now, cache)
        if result.outcome != "unchanged":
            stored.append(result.article_id)
        if result.outcome == "added":
            counts.articles_added += 1
            counts.added.append((result.article_id, document, result.comment_ids))
        elif result.outcome == "merged":
            counts.articles_merged += 1
        else:
            counts.articles_unchanged += 1
        counts.comments_added += result.comments_added
        counts.warnings.extend(_about(document.title, w) for w in document.warnings)
    return stored


# -- the report's words (Texts: the import report translates them, the CLI prints them as they are) --


def could_not_import(reason: str) -> str:
    return QT_TRANSLATE_NOOP("Import", "could not import: {reason}").format(reason=reason)


def problem(what: str, problem: str) -> str:
    """What went wrong with part of a file: "record on line 3: no 'text' field"."""
    return QT_TRANSLATE_NOOP("Import", "{what}: {problem}").format(what=what, problem=problem)


def _about(title: str, warning: str) -> str:
    """A parser's warning about one document, named by the start of its title."""
    return QT_TRANSLATE_NOOP("Import", "{title}: {warning}").format(title=repr(title[:50]), warning=warning)
