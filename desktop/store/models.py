"""Tables of a library. A new library is created from these models at the latest version."""

from __future__ import annotations

from peewee import (
    SQL,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Author(BaseModel):
    """A commenter, identified by handle: display names are not unique."""

    handle = CharField(unique=True)


class AuthorAlias(BaseModel):
    """Every display name an author has been seen under."""

    author = ForeignKeyField(Author, backref="aliases", on_delete="CASCADE")
    display_name = CharField()

    class Meta:
        indexes = ((("author", "display_name"), True),)


class Article(BaseModel):
    title = TextField()
    subtitle = TextField(null=True)
    paragraphs = TextField()  # JSON list of the cleaned paragraphs
    raw_text = TextField()  # the document exactly as imported, junk included
    kind = CharField(default="plain")  # "A", "B" or "plain"
    fingerprint = CharField(index=True)  # hash of the cleaned title and paragraphs
    source_file = TextField(null=True)
    source_position = IntegerField(default=0)  # which document of its file
    source_url = TextField(null=True, index=True)
    source_id = TextField(null=True)
    photo_credit = TextField(null=True)
    warnings = TextField(default="[]")  # JSON list
    published_at = CharField(null=True)  # as the dump gave it
    imported_at = DateTimeField()
    updated_at = DateTimeField()
    is_read = BooleanField(default=False)
    is_starred = BooleanField(default=False)
    # Schema version 4: the thread's figures, kept here so the list sorts by them through an
    # index (desktop/store/summaries.py keeps them; aggregating a million comments per sort took
    # up to a second).
    comment_count = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    unread_count = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    participant_count = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    reply_count = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    max_depth = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    first_comment_at = DateTimeField(null=True)
    last_comment_at = DateTimeField(null=True)


# Version 4: an index for every sortable list column (migrations.STEPS[4] holds the same DDL).
ARTICLE_SORT_INDEXES = (
    'CREATE INDEX IF NOT EXISTS "article_title_nocase" ON "article" ("title" COLLATE NOCASE)',
    'CREATE INDEX IF NOT EXISTS "article_imported_at" ON "article" ("imported_at")',
    'CREATE INDEX IF NOT EXISTS "article_source" ON "article" (COALESCE("source_url", "source_file") COLLATE NOCASE)',
    'CREATE INDEX IF NOT EXISTS "article_is_starred" ON "article" ("is_starred")',
    'CREATE INDEX IF NOT EXISTS "article_comment_count" ON "article" ("comment_count")',
    'CREATE INDEX IF NOT EXISTS "article_unread_count" ON "article" ("unread_count")',
    'CREATE INDEX IF NOT EXISTS "article_participant_count" ON "article" ("participant_count")',
    'CREATE INDEX IF NOT EXISTS "article_reply_count" ON "article" ("reply_count")',
    'CREATE INDEX IF NOT EXISTS "article_max_depth" ON "article" ("max_depth")',
    'CREATE INDEX IF NOT EXISTS "article_first_comment_at" ON "article" ("first_comment_at")',
    'CREATE INDEX IF NOT EXISTS "article_last_comment_at" ON "article" ("last_comment_at")',
    'CREATE INDEX IF NOT EXISTS "article_duration" ON "article"'
    ' ((julianday("last_comment_at") - julianday("first_comment_at")))',
)
for _statement in ARTICLE_SORT_INDEXES:
    Article.add_index(SQL(_statement))
# Version 5: the unread view's articles (reading.UNREAD), so that view and its count read a small
# index instead of every article row (migrations.STEPS[5] holds the same DDL).
ARTICLE_UNREAD_INDEX = (
    'CREATE INDEX IF NOT EXISTS "article_unread" ON "article" ("id") WHERE is_read = 0 OR unread_count > 0'
)
Article.add_index(SQL(ARTICLE_UNREAD_INDEX))


class Comment(BaseModel):
    article = ForeignKeyField(Article, backref="comments", on_delete="CASCADE")
    parent = ForeignKeyField("self", null=True, backref="replies", on_delete="SET NULL")
    position = IntegerField()  # document order within the article
    depth = IntegerField()
    path = CharField()  # sibling positions from the root, e.g. "6.1"
    author = ForeignKeyField(Author, backref="comments", index=False)  # the (author, posted_at) index leads with it
    display_name = CharField(null=True)
    status = CharField(default="Offline")
    posted_at = DateTimeField(null=True)  # local time as printed, no zone
    body = TextField()
    fingerprint = CharField()  # identifies the comment across re-scrapes of its article
    truncated = BooleanField(default=False)
    is_read = BooleanField(default=False)

    class Meta:
        indexes = (
            (("article", "position"), False),
            (("article", "fingerprint"), False),
            (("parent",), False),
            # Version 5: with the time, so an author's comments come newest first from the index
            # (search's author: filter, the commenter profile) instead of from every comment row.
            (("author", "posted_at"), False),
        )


# Schema version 6 (with the campaign finder's tables below): here because a note can be on it.
class CampaignAnchor(BaseModel):
    """A campaign's identity, for a note on it: the campaign is the group of near-duplicates its
    anchor, the group's first comment, belongs to. Each analysis keeps the row while that comment
    stays in a campaign (moving it to the new first comment when groups merge) and deletes it when
    not: its note then stays, detached. Not user data itself, but notes point at it."""

    comment = ForeignKeyField(Comment, unique=True, on_delete="CASCADE")

    class Meta:
        table_name = "campaign"


# Schema version 2: annotations. The user's months of work live here, so nothing in these tables
# disappears because something it points at did: a note or a highlight whose article, comment,
# author or tag is deleted keeps its row; its foreign key is set to NULL (never left dangling, so
# an id SQLite hands out again later cannot silently adopt it) and `target_label` still says what
# it was on. Only links (article_tag, comment_tag) go with their article, comment or tag.
# desktop/store/annotations.py is the API; migrations.STEPS[2] creates these tables on a v1 library
# and must stay equal to what create_tables makes of them (tests/store/test_migrations.py checks).

TARGET_KINDS = ("article", "comment", "highlight", "author", "tag", "campaign")
"""What a note can be on (a campaign since version 6: CampaignAnchor below)."""


# Schema version 7: who coded what (desktop/store/coders.py is the API). Names can be renamed, so
# annotations refer to the coder by id. Coder 1 is the library's owner: a new library is created
# with it, and an upgraded library's earlier annotations are its (the DEFAULT of every coder_id
# column, which is how SQLite's ALTER TABLE could add a NOT NULL column to rows already there).
class Coder(BaseModel):
    name = TextField(unique=True, constraints=[SQL("CHECK (name <> '')")])
    created_at = DateTimeField()


OWNER_ID = 1
"""The coder who owns the library: its annotations from before version 7 are theirs."""


def _coder_field() -> ForeignKeyField:
    return ForeignKeyField(Coder, default=OWNER_ID, index=False, constraints=[SQL(f"DEFAULT {OWNER_ID}")])


class Tag(BaseModel):
    """A code in a hierarchy: `propaganda/dehumanisation` is `dehumanisation` under `propaganda`.
    The path is derived from the parents, never stored. A parent with children cannot be deleted
    (no cascade): delete_tag removes a subtree explicitly."""

    parent = ForeignKeyField("self", null=True, backref="children")
    name = TextField(constraints=[SQL("CHECK (name <> '' AND instr(name, '/') = 0)")])  # unique among siblings
    color = CharField(  # "#rrggbb", lowercase
        default="#808080", constraints=[SQL("DEFAULT '#808080' CHECK (color GLOB '#" + "[0-9a-f]" * 6 + "')")]
    )
    favorite_slot = IntegerField(  # keys 1-9 apply the favourite tags
        null=True, unique=True, constraints=[SQL("CHECK (favorite_slot BETWEEN 1 AND 9)")]
    )
    created_at = DateTimeField()


# Root tags have parent NULL, which a plain UNIQUE index treats as distinct: index the expression.
Tag.add_index(
    SQL('CREATE UNIQUE INDEX IF NOT EXISTS "tag_sibling_name" ON "tag" (COALESCE("parent_id", 0), "name")')
)


class ArticleTag(BaseModel):
    """A tag one coder put on an article: each coder's application is a row of its own (version 7)."""

    tag = ForeignKeyField(Tag, on_delete="CASCADE", index=False)  # the unique index below leads with it
    article = ForeignKeyField(Article, on_delete="CASCADE")
    created_at = DateTimeField()
    coder = _coder_field()  # version 7

    class Meta:
        indexes = ((("tag", "article", "coder"), True),)


class CommentTag(BaseModel):
    tag = ForeignKeyField(Tag, on_delete="CASCADE", index=False)
    comment = ForeignKeyField(Comment, on_delete="CASCADE")
    created_at = DateTimeField()
    coder = _coder_field()  # version 7

    class Meta:
        indexes = ((("tag", "comment", "coder"), True),)


class Highlight(BaseModel):
    """A span of an article's text or of a comment's body.

    Offsets count Unicode code points (Python str indices), end exclusive. For an article they
    index `annotations.article_text(paragraphs)`: the cleaned paragraphs joined with "\n\n"; for
    a comment they index `comment.body`. `text` is the span as it was when highlighted, so a
    later change of the text is detected (`HighlightInfo.stale`). A comment highlight also
    records the comment's article. Deleting the article or comment keeps the highlight, detached.
    """

    target_kind = CharField(constraints=[SQL("CHECK (target_kind IN ('article', 'comment'))")])
    article = ForeignKeyField(Article, null=True, on_delete="SET NULL")
    comment = ForeignKeyField(Comment, null=True, on_delete="SET NULL")
    start_offset = IntegerField(constraints=[SQL("CHECK (start_offset >= 0)")])
    end_offset = IntegerField(constraints=[SQL("CHECK (end_offset > start_offset)")])
    text = TextField()
    target_label = TextField(default="", constraints=[SQL("DEFAULT ''")])  # article title, "handle: body..."
    tag = ForeignKeyField(Tag, null=True, on_delete="SET NULL")
    created_at = DateTimeField()
    coder = _coder_field()  # version 7


class Note(BaseModel):
    """Markdown on exactly one target, at most one note per target. `target_kind` says which of
    the six foreign keys it uses; when that target is deleted the key becomes NULL and the note
    stays, detached, with `target_label`. An empty body means "no note": the row and its
    revisions stay so the text can be recovered."""

    target_kind = CharField(
        constraints=[SQL("CHECK (target_kind IN ('article', 'comment', 'highlight', 'author', 'tag', 'campaign'))")]
    )
    article = ForeignKeyField(Article, null=True, unique=True, on_delete="SET NULL")
    comment = ForeignKeyField(Comment, null=True, unique=True, on_delete="SET NULL")
    highlight = ForeignKeyField(Highlight, null=True, unique=True, on_delete="SET NULL")
    author = ForeignKeyField(Author, null=True, unique=True, on_delete="SET NULL")
    tag = ForeignKeyField(Tag, null=True, unique=True, on_delete="SET NULL")
    target_label = TextField(default="", constraints=[SQL("DEFAULT ''")])
    body = TextField(default="", constraints=[SQL("DEFAULT ''")])
    created_at = DateTimeField()
    updated_at = DateTimeField()
    campaign = ForeignKeyField(CampaignAnchor, null=True, unique=True, on_delete="SET NULL")  # version 6
    coder = _coder_field()  # version 7: who wrote the note first
    # version 10: who saved its text now (the coder a revision of it will name)
    saved_by = ForeignKeyField(Coder, default=OWNER_ID, index=False, constraints=[SQL(f"DEFAULT {OWNER_ID}")],
                               backref="texts_saved")

    class Meta:
        constraints = (
            SQL(
                "CHECK ((article_id IS NOT NULL) + (comment_id IS NOT NULL) + (highlight_id IS NOT NULL)"
                " + (author_id IS NOT NULL) + (tag_id IS NOT NULL) + (campaign_id IS NOT NULL) <= 1)"
            ),
        )


class NoteRevision(BaseModel):
    """An earlier text of a note: every save that changes a note keeps the text it replaces."""

    note = ForeignKeyField(Note, backref="revisions", on_delete="CASCADE")
    body = TextField()
    saved_at = DateTimeField()  # when this text was saved
    replaced_at = DateTimeField()  # when a newer text replaced it
    coder = _coder_field()  # version 10: who saved this text


class CodedMark(BaseModel):
    """A coder's "coded by me" (version 7): the article, or the subthread from a comment, is done,
    so agreement counts its units; what a coder has not finished is not disagreement. Goes with
    its article or comment."""

    coder = ForeignKeyField(Coder, index=False)  # the unique indexes lead with it
    article = ForeignKeyField(Article, null=True, on_delete="CASCADE")
    comment = ForeignKeyField(Comment, null=True, on_delete="CASCADE")
    created_at = DateTimeField()

    class Meta:
        table_name = "coded"
        indexes = ((("coder", "article"), True), (("coder", "comment"), True))
        constraints = (SQL("CHECK ((article_id IS NULL) <> (comment_id IS NULL))"),)


ANNOTATION_MODELS = [Tag, ArticleTag, CommentTag, Highlight, Note, NoteRevision, CodedMark]
CODER_MODELS = [Coder]


# Schema version 3: saved searches (desktop/store/search.py is the API and creates the full-text
# index beside these tables; migrations.STEPS[3] creates both on a v2 library).
class SavedSearch(BaseModel):
    name = CharField(unique=True)
    query = TextField()  # in the search language of desktop/store/query_language.py
    created_at = DateTimeField()


# Schema version 6: the campaign finder's kept work (desktop/store/campaigns.py is the API;
# migrations.STEPS[6] creates these tables). Derived data only: deleting them loses nothing the
# user made, the next analysis rebuilds them (but for CampaignAnchor, which notes point at).
class CommentSketch(BaseModel):
    """A comment's MinHash signature (desktop/analysis/campaigns.py), so a later analysis sketches
    only new comments. `fingerprint` is the comment's when it was sketched: a hash of its text
    (desktop/store/writer.py), so a text changed since, even to one of the same length, is seen."""

    comment = ForeignKeyField(Comment, primary_key=True, on_delete="CASCADE")
    fingerprint = CharField()
    signature = BlobField(null=True)  # NULL: too short to be evidence


class NearDuplicate(BaseModel):
    """Two comments found near-duplicates (comment < other): the edges campaigns are grown from."""

    comment = ForeignKeyField(Comment, on_delete="CASCADE", index=False)  # the unique index leads with it
    other = ForeignKeyField(Comment, on_delete="CASCADE")
    similarity = FloatField()

    class Meta:
        indexes = ((("comment", "other"), True),)


class AnalysisSetting(BaseModel):
    """The settings the kept analysis was made with (a different threshold redoes the edges)."""

    key = CharField(primary_key=True)
    value = TextField()


# Schema version 8: what lets an update after an import read only what its new comments touch
# (desktop/store/campaigns.py; migrations.STEPS[8]). Derived data like the rest: the next
# analysis fills a table that is empty.
class BandChunk(BaseModel):
    """The LSH band keys (analysis.band_keys, for the kept threshold) of a run of sketched
    comments, as arrays: an update reads these 48 bytes a comment instead of every 256-byte
    signature, and keys nothing again. A table of (band, key, comment) rows with an index would
    let it read less, but its ten million rows at a million comments took longer to write than
    the rest of a full analysis. An entry of a comment changed or deleted since stays until the
    next full analysis; the finder believes a key only when the comment's signature gives it."""

    ids = BlobField()  # int64 comment ids, ascending
    keys = BlobField()  # uint32: each comment's bands' keys, their low 32 bits, comment by comment


class PendingSketch(BaseModel):
    """A comment sketched but not compared yet: written with its sketch, gone with the update
    that compares it, so a cancelled update loses no comparison."""

    comment = ForeignKeyField(Comment, primary_key=True, on_delete="CASCADE")


class NearDuplicateGroup(BaseModel):
    """Which group of near-duplicates (the connected pairs) a comment is in, by the group's first
    comment: an update regroups only the groups its new or changed pairs touch. A negative group
    marks one a comment of which changed since (regrouped by the next update)."""

    comment = ForeignKeyField(Comment, primary_key=True, on_delete="CASCADE")
    group = IntegerField(column_name="group_id", index=True)


class CoPostingArticle(BaseModel):
    """An article's part in the co-posting statistics: its comments (all: another number means
    some were deleted), the distinct handles of its dated ones and the pairs of handles that
    commented within the window of each other. An article without a row (new, or a comment of
    it changed) is counted again by the next update. No foreign key: the finder takes a deleted
    article's row away itself."""

    article = IntegerField(primary_key=True, column_name="article_id")
    comments = IntegerField()
    handles = IntegerField()
    close = BlobField()  # int64 (author id, other author id) pairs, author < other


CAMPAIGN_MODELS = [
    CommentSketch, NearDuplicate, CampaignAnchor, AnalysisSetting,
    BandChunk, PendingSketch, NearDuplicateGroup, CoPostingArticle,
]


MODELS = [Author, AuthorAlias, Article, Comment, *CAMPAIGN_MODELS, *CODER_MODELS, *ANNOTATION_MODELS, SavedSearch]
