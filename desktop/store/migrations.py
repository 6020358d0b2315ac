"""Schema versions. A new library is created from the current models and stamped with
SCHEMA_VERSION; an older one is backed up, then upgraded step by step in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from . import coders, search, summaries

SCHEMA_VERSION = 10

# version -> the step that upgrades a library from version - 1. Each step uses
# playhouse.migrate and declares new fields on the models too (add_column adds no SQL DEFAULT).
# Version 1: the library core (articles, comments, authors); tests/data/library-v1.glossa.
# Version 2: annotations (tags, notes, highlights). Version 3: the full-text search index.
# Version 4: thread figures on the article row and an index for every sortable list column.
# Version 5: a partial index of the unread articles; the comments' author index gains the time.
# Version 6: the campaign finder's kept signatures, near-duplicate pairs and settings; notes on campaigns.
# Version 7: coders: who made each tag link, highlight and note; "coded by me" marks.
# Version 8: the campaign finder's band keys, groups and co-posting counts, for fast updates.
# Version 9: the search index rebuilt with ё as е, so either letter finds both.
# Version 10: a note's text and each of its earlier texts name the coder who saved it.
STEPS: dict[int, Callable[[SqliteDatabase], None]] = {}


class LibraryTooNew(Exception):
    """The library was written by a newer Glossa."""


def upgrade(db: SqliteDatabase, current: int) -> None:
    """Apply every step after `current` inside one transaction and stamp the version."""
    if current > SCHEMA_VERSION:
        raise LibraryTooNew(
            f"this library has schema version {current}, but this Glossa knows only up to "
            f"{SCHEMA_VERSION}: open it with a newer Glossa"
        )
    # Foreign keys off for the upgrade, as SQLite's procedure for rebuilding a table has it (version
    # 6 rebuilds note): dropping the old table must not cascade into the rows that refer to it.
    # The pragma does nothing inside a transaction, so it is set before; every step keeps the rows
    # as they were, so no reference is broken by the upgrade.
    enforced = db.pragma("foreign_keys")
    db.pragma("foreign_keys", 0)
    try:
        with db.atomic():
            for version in range(current + 1, SCHEMA_VERSION + 1):
                STEPS[version](db)
                db.pragma("user_version", version)
    finally:
        db.pragma("foreign_keys", enforced)


# Version 2: annotations. The DDL is frozen here as it was at version 2, not taken from the
# models: a later version that changes a model must not change what this step creates (its own
# step alters the table). tests/store/test_migrations.py checks that a v1 library upgraded to the
# current version has exactly the schema a new library gets from the models.
_V2_ANNOTATIONS = (
    '''CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "parent_id" INTEGER,
        "name" TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
        "color" VARCHAR(255) NOT NULL DEFAULT '#808080'
            CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        "favorite_slot" INTEGER CHECK (favorite_slot BETWEEN 1 AND 9), "created_at" DATETIME NOT NULL,
        FOREIGN KEY ("parent_id") REFERENCES "tag" ("id"))''',
    'CREATE INDEX "tag_parent_id" ON "tag" ("parent_id")',
    'CREATE UNIQUE INDEX "tag_favorite_slot" ON "tag" ("favorite_slot")',
    'CREATE UNIQUE INDEX "tag_sibling_name" ON "tag" (COALESCE("parent_id", 0), "name")',
    '''CREATE TABLE "article_tag" ("id" INTEGER NOT NULL PRIMARY KEY, "tag_id" INTEGER NOT NULL,
        "article_id" INTEGER NOT NULL, "created_at" DATETIME NOT NULL,
        FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE)''',
    'CREATE INDEX "article_tag_article_id" ON "article_tag" ("article_id")',
    'CREATE UNIQUE INDEX "article_tag_tag_id_article_id" ON "article_tag" ("tag_id", "article_id")',
    '''CREATE TABLE "comment_tag" ("id" INTEGER NOT NULL PRIMARY KEY, "tag_id" INTEGER NOT NULL,
        "comment_id" INTEGER NOT NULL, "created_at" DATETIME NOT NULL,
        FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE CASCADE)''',
    'CREATE INDEX "comment_tag_comment_id" ON "comment_tag" ("comment_id")',
    'CREATE UNIQUE INDEX "comment_tag_tag_id_comment_id" ON "comment_tag" ("tag_id", "comment_id")',
    '''CREATE TABLE "highlight" ("id" INTEGER NOT NULL PRIMARY KEY,
        "target_kind" VARCHAR(255) NOT NULL CHECK (target_kind IN ('article', 'comment')),
        "article_id" INTEGER, "comment_id" INTEGER,
        "start_offset" INTEGER NOT NULL CHECK (start_offset >= 0),
        "end_offset" INTEGER NOT NULL CHECK (end_offset > start_offset),
        "text" TEXT NOT NULL, "target_label" TEXT NOT NULL DEFAULT '', "tag_id" INTEGER,
        "created_at" DATETIME NOT NULL,
        FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE SET NULL)''',
    'CREATE INDEX "highlight_article_id" ON "highlight" ("article_id")',
    'CREATE INDEX "highlight_comment_id" ON "highlight" ("comment_id")',
    'CREATE INDEX "highlight_tag_id" ON "highlight" ("tag_id")',
    '''CREATE TABLE "note" ("id" INTEGER NOT NULL PRIMARY KEY,
        "target_kind" VARCHAR(255) NOT NULL
            CHECK (target_kind IN ('article', 'comment', 'highlight', 'author', 'tag')),
        "article_id" INTEGER, "comment_id" INTEGER, "highlight_id" INTEGER, "author_id" INTEGER,
        "tag_id" INTEGER, "target_label" TEXT NOT NULL DEFAULT '', "body" TEXT NOT NULL DEFAULT '',
        "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL,
        FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("highlight_id") REFERENCES "highlight" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("author_id") REFERENCES "author" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE SET NULL,
        CHECK ((article_id IS NOT NULL) + (comment_id IS NOT NULL) + (highlight_id IS NOT NULL)
               + (author_id IS NOT NULL) + (tag_id IS NOT NULL) <= 1))''',
    'CREATE UNIQUE INDEX "note_article_id" ON "note" ("article_id")',
    'CREATE UNIQUE INDEX "note_comment_id" ON "note" ("comment_id")',
    'CREATE UNIQUE INDEX "note_highlight_id" ON "note" ("highlight_id")',
    'CREATE UNIQUE INDEX "note_author_id" ON "note" ("author_id")',
    'CREATE UNIQUE INDEX "note_tag_id" ON "note" ("tag_id")',
    '''CREATE TABLE "note_revision" ("id" INTEGER NOT NULL PRIMARY KEY, "note_id" INTEGER NOT NULL,
        "body" TEXT NOT NULL, "saved_at" DATETIME NOT NULL, "replaced_at" DATETIME NOT NULL,
        FOREIGN KEY ("note_id") REFERENCES "note" ("id") ON DELETE CASCADE)''',
    'CREATE INDEX "note_revision_note_id" ON "note_revision" ("note_id")',
)


def _add_annotations(db: SqliteDatabase) -> None:
    """v1 -> v2: the annotation tables (tags, tag links, highlights, notes, note revisions).
    Only new tables: no existing row or column is touched."""
    for statement in _V2_ANNOTATIONS:
        db.execute_sql(statement)


STEPS[2] = _add_annotations


# Version 3: full-text search (desktop/store/search.py) and saved searches. The saved_search DDL
# is frozen here as it was at version 3; the index is created and filled from the library's text.
_V3_SAVED_SEARCH = (
    'CREATE TABLE "saved_search" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL,'
    ' "query" TEXT NOT NULL, "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "saved_search_name" ON "saved_search" ("name")',
)


def _repair_paragraphs(db: SqliteDatabase) -> None:
    """Paragraphs that are not JSON (a hand edit, an old tool) become a one-paragraph list: the
    search index reads them with json_each, which refuses them, and the reader parses them."""
    db.execute_sql("UPDATE article SET paragraphs = json_array(paragraphs) WHERE NOT json_valid(paragraphs)")


def _add_search(db: SqliteDatabase) -> None:
    """v2 -> v3: the search index over every article and comment, and the saved_search table."""
    for statement in _V3_SAVED_SEARCH:
        db.execute_sql(statement)
    _repair_paragraphs(db)
    search.create_index(db)
    search.rebuild(db)


STEPS[3] = _add_search


# Version 4: each article's thread figures as columns (desktop/store/summaries.py), filled from
# its comments, and an index for every sortable list column. Frozen as version 4 shipped it.
_V4_COLUMNS = (
    'ALTER TABLE "article" ADD COLUMN "comment_count" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "article" ADD COLUMN "unread_count" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "article" ADD COLUMN "participant_count" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "article" ADD COLUMN "reply_count" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "article" ADD COLUMN "max_depth" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "article" ADD COLUMN "first_comment_at" DATETIME',
    'ALTER TABLE "article" ADD COLUMN "last_comment_at" DATETIME',
)
_V4_INDEXES = (
    'CREATE INDEX "article_title_nocase" ON "article" ("title" COLLATE NOCASE)',
    'CREATE INDEX "article_imported_at" ON "article" ("imported_at")',
    'CREATE INDEX "article_source" ON "article" (COALESCE("source_url", "source_file") COLLATE NOCASE)',
    'CREATE INDEX "article_is_starred" ON "article" ("is_starred")',
    'CREATE INDEX "article_comment_count" ON "article" ("comment_count")',
    'CREATE INDEX "article_unread_count" ON "article" ("unread_count")',
    'CREATE INDEX "article_participant_count" ON "article" ("participant_count")',
    'CREATE INDEX "article_reply_count" ON "article" ("reply_count")',
    'CREATE INDEX "article_max_depth" ON "article" ("max_depth")',
    'CREATE INDEX "article_first_comment_at" ON "article" ("first_comment_at")',
    'CREATE INDEX "article_last_comment_at" ON "article" ("last_comment_at")',
    'CREATE INDEX "article_duration" ON "article" ((julianday("last_comment_at") - julianday("first_comment_at")))',
)


def _add_thread_figures(db: SqliteDatabase) -> None:
    """v3 -> v4: the figures filled from every article's comments, then the indexes."""
    for statement in _V4_COLUMNS:
        db.execute_sql(statement)
    _repair_paragraphs(db)
    summaries.refresh_all(db)
    for statement in _V4_INDEXES:
        db.execute_sql(statement)


STEPS[4] = _add_thread_figures


def _add_unread_and_author_time_indexes(db: SqliteDatabase) -> None:
    """v4 -> v5: the unread articles' partial index and (author, time) for comments, frozen as
    version 5 shipped them. Like every upgrade it also leaves paragraphs readable and the thread
    figures right, whatever another tool wrote into the file since (about 6 s at a million
    comments, once)."""
    _repair_paragraphs(db)
    summaries.refresh_all(db)
    db.execute_sql('CREATE INDEX "article_unread" ON "article" ("id") WHERE is_read = 0 OR unread_count > 0')
    db.execute_sql('DROP INDEX IF EXISTS "comment_author_id"')
    db.execute_sql('CREATE INDEX "comment_author_id_posted_at" ON "comment" ("author_id", "posted_at")')


STEPS[5] = _add_unread_and_author_time_indexes


# Version 6: the campaign finder (desktop/store/campaigns.py): new tables, empty (the first
# analysis fills them), and a note can be on a campaign. Frozen as version 6 shipped them.
_V6_CAMPAIGNS = (
    'CREATE TABLE "comment_sketch" ("comment_id" INTEGER NOT NULL PRIMARY KEY, "fingerprint" VARCHAR(255) NOT NULL,'
    ' "signature" BLOB, FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "near_duplicate" ("id" INTEGER NOT NULL PRIMARY KEY, "comment_id" INTEGER NOT NULL,'
    ' "other_id" INTEGER NOT NULL, "similarity" REAL NOT NULL,'
    ' FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE CASCADE,'
    ' FOREIGN KEY ("other_id") REFERENCES "comment" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "near_duplicate_other_id" ON "near_duplicate" ("other_id")',
    'CREATE UNIQUE INDEX "near_duplicate_comment_id_other_id" ON "near_duplicate" ("comment_id", "other_id")',
    'CREATE TABLE "campaign" ("id" INTEGER NOT NULL PRIMARY KEY, "comment_id" INTEGER NOT NULL,'
    ' FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "campaign_comment_id" ON "campaign" ("comment_id")',
    'CREATE TABLE "analysis_setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
)
# The note table gains "campaign" as a target: SQLite changes a CHECK only by rebuilding the table.
_V6_NOTE = (
    '''CREATE TABLE "note" ("id" INTEGER NOT NULL PRIMARY KEY,
        "target_kind" VARCHAR(255) NOT NULL
            CHECK (target_kind IN ('article', 'comment', 'highlight', 'author', 'tag', 'campaign')),
        "article_id" INTEGER, "comment_id" INTEGER, "highlight_id" INTEGER, "author_id" INTEGER,
        "tag_id" INTEGER, "target_label" TEXT NOT NULL DEFAULT '', "body" TEXT NOT NULL DEFAULT '',
        "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "campaign_id" INTEGER,
        FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("highlight_id") REFERENCES "highlight" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("author_id") REFERENCES "author" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE SET NULL,
        CHECK ((article_id IS NOT NULL) + (comment_id IS NOT NULL) + (highlight_id IS NOT NULL)
               + (author_id IS NOT NULL) + (tag_id IS NOT NULL) + (campaign_id IS NOT NULL) <= 1))''',
    'CREATE UNIQUE INDEX "note_article_id" ON "note" ("article_id")',
    'CREATE UNIQUE INDEX "note_comment_id" ON "note" ("comment_id")',
    'CREATE UNIQUE INDEX "note_highlight_id" ON "note" ("highlight_id")',
    'CREATE UNIQUE INDEX "note_author_id" ON "note" ("author_id")',
    'CREATE UNIQUE INDEX "note_tag_id" ON "note" ("tag_id")',
    'CREATE UNIQUE INDEX "note_campaign_id" ON "note" ("campaign_id")',
)
_NOTE_COLUMNS = ("id, target_kind, article_id, comment_id, highlight_id, author_id, tag_id, target_label, body,"
                 " created_at, updated_at")


def _rebuild_notes(db: SqliteDatabase) -> None:
    """The note table made again with the new CHECK, every row as it was, id included, inside the
    upgrade's transaction (a failure anywhere rolls everything back). Foreign keys are off
    (upgrade), so dropping the old table leaves the revisions that refer to it alone."""
    if db.pragma("foreign_keys"):  # inside someone's transaction: the drop would delete revisions
        raise RuntimeError("the note table is rebuilt only with foreign keys off")
    db.execute_sql("CREATE TEMP TABLE v6_note AS SELECT * FROM note")
    db.execute_sql('DROP TABLE "note"')
    for statement in _V6_NOTE:
        db.execute_sql(statement)
    db.execute_sql(f"INSERT INTO note ({_NOTE_COLUMNS}) SELECT {_NOTE_COLUMNS} FROM temp.v6_note")
    db.execute_sql("DROP TABLE temp.v6_note")


def _add_campaigns(db: SqliteDatabase) -> None:
    """v5 -> v6: the campaign finder's tables, and notes on campaigns. Like every upgrade it also
    leaves paragraphs readable and the thread figures right (see version 5)."""
    _repair_paragraphs(db)
    summaries.refresh_all(db)
    for statement in _V6_CAMPAIGNS:
        db.execute_sql(statement)
    _rebuild_notes(db)


STEPS[6] = _add_campaigns


# Version 7: who coded what (desktop/store/coders.py). The coder table, with the owner as coder 1;
# every tag link, highlight and note gains its coder (DEFAULT 1: the rows already there are the
# owner's), a tag link is unique per coder, and a coder's "coded by me" marks. Frozen as version 7
# shipped them.
_V7_CODERS = (
    'CREATE TABLE "coder" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL CHECK (name <> \'\'),'
    ' "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "coder_name" ON "coder" ("name")',
    *(f'ALTER TABLE "{table}" ADD COLUMN "coder_id" INTEGER NOT NULL DEFAULT 1 REFERENCES "coder" ("id")'
      for table in ("article_tag", "comment_tag", "highlight", "note")),
    'DROP INDEX "article_tag_tag_id_article_id"',
    'CREATE UNIQUE INDEX "article_tag_tag_id_article_id_coder_id" ON "article_tag"'
    ' ("tag_id", "article_id", "coder_id")',
    'DROP INDEX "comment_tag_tag_id_comment_id"',
    'CREATE UNIQUE INDEX "comment_tag_tag_id_comment_id_coder_id" ON "comment_tag"'
    ' ("tag_id", "comment_id", "coder_id")',
    'CREATE TABLE "coded" ("id" INTEGER NOT NULL PRIMARY KEY, "coder_id" INTEGER NOT NULL, "article_id" INTEGER,'
    ' "comment_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("coder_id") REFERENCES "coder" ("id"),'
    ' FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE,'
    ' FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE CASCADE,'
    ' CHECK ((article_id IS NULL) <> (comment_id IS NULL)))',
    'CREATE INDEX "coded_article_id" ON "coded" ("article_id")',
    'CREATE INDEX "coded_comment_id" ON "coded" ("comment_id")',
    'CREATE UNIQUE INDEX "coded_coder_id_article_id" ON "coded" ("coder_id", "article_id")',
    'CREATE UNIQUE INDEX "coded_coder_id_comment_id" ON "coded" ("coder_id", "comment_id")',
)


def _add_coders(db: SqliteDatabase) -> None:
    """v6 -> v7: coders, with every annotation already made assigned to the owner (coder 1, named
    as the system login; coders.rename_coder renames it). No annotation row is rewritten. Like
    every upgrade it also leaves paragraphs readable and the thread figures right (see version 5)."""
    _repair_paragraphs(db)
    summaries.refresh_all(db)
    for statement in _V7_CODERS:
        db.execute_sql(statement)
    coders.create_owner(db)


STEPS[7] = _add_coders


# Version 8: what lets the campaign finder's update after an import read only what the new
# comments touch (models.BandChunk and the three after it). Derived data: the tables start
# empty and the next analysis fills them; the kept signatures, pairs and campaign rows (which
# notes are on) stay as they are. Frozen as version 8 shipped them.
_V8_CAMPAIGNS = (
    'CREATE TABLE "band_chunk" ("id" INTEGER NOT NULL PRIMARY KEY, "ids" BLOB NOT NULL, "keys" BLOB NOT NULL)',
    'CREATE TABLE "pending_sketch" ("comment_id" INTEGER NOT NULL PRIMARY KEY,'
    ' FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "near_duplicate_group" ("comment_id" INTEGER NOT NULL PRIMARY KEY, "group_id" INTEGER NOT NULL,'
    ' FOREIGN KEY ("comment_id") REFERENCES "comment" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "near_duplicate_group_group_id" ON "near_duplicate_group" ("group_id")',
    'CREATE TABLE "co_posting_article" ("article_id" INTEGER NOT NULL PRIMARY KEY, "comments" INTEGER NOT NULL,'
    ' "handles" INTEGER NOT NULL, "close" BLOB NOT NULL)',
)


def _add_campaign_counts(db: SqliteDatabase) -> None:
    """v7 -> v8: the campaign finder's band keys, groups and co-posting counts, empty. Like every
    upgrade it also leaves paragraphs readable and the thread figures right (see version 5)."""
    _repair_paragraphs(db)
    summaries.refresh_all(db)
    for statement in _V8_CAMPAIGNS:
        db.execute_sql(statement)


STEPS[8] = _add_campaign_counts


def _fold_yo_in_index(db: SqliteDatabase) -> None:
    """v8 -> v9: ё goes into the search index as е (search._indexed) and the query's words are
    folded so, so the index of an older library is rebuilt; no table changes, the text is kept as
    it is. Like every upgrade it also leaves paragraphs readable and the thread figures right."""
    _repair_paragraphs(db)
    summaries.refresh_all(db)
    search.rebuild(db)


STEPS[9] = _fold_yo_in_index


# Version 10: who saved each text of a note (issue 23: a revision records its coder). Frozen as
# version 10 shipped it. The texts saved before are counted as the note's coder's, who wrote it
# first: the only coder known for them.
_V10_NOTE_SAVERS = (
    'ALTER TABLE "note" ADD COLUMN "saved_by_id" INTEGER NOT NULL DEFAULT 1 REFERENCES "coder" ("id")',
    'ALTER TABLE "note_revision" ADD COLUMN "coder_id" INTEGER NOT NULL DEFAULT 1 REFERENCES "coder" ("id")',
    'UPDATE "note" SET "saved_by_id" = "coder_id"',
    'UPDATE "note_revision" SET "coder_id" = COALESCE((SELECT n."coder_id" FROM "note" n'
    ' WHERE n."id" = "note_revision"."note_id"), "coder_id")',  # a revision a tool left without its note: the owner's
)


def _add_note_savers(db: SqliteDatabase) -> None:
    """v9 -> v10: a note and each revision name the coder who saved its text. Like every upgrade
    it also leaves paragraphs readable and the thread figures right (see version 5)."""
    _repair_paragraphs(db)
    summaries.refresh_all(db)
    # A column already there is left as it is (as a server library's upgrade does with IF NOT
    # EXISTS): a library stamped older than its tables, as tests make them, upgrades too.
    present = {(table, row[1]) for table in ("note", "note_revision")
               for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
    if ("note", "saved_by_id") in present and ("note_revision", "coder_id") in present:
        return
    for statement in _V10_NOTE_SAVERS:
        db.execute_sql(statement)


STEPS[10] = _add_note_savers
