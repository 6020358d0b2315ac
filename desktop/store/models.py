"""Tables of a library. A new library is created from these models at the latest version."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
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


class Comment(BaseModel):
    article = ForeignKeyField(Article, backref="comments", on_delete="CASCADE")
    parent = ForeignKeyField("self", null=True, backref="replies", on_delete="SET NULL")
    position = IntegerField()  # document order within the article
    depth = IntegerField()
    path = CharField()  # sibling positions from the root, e.g. "6.1"
    author = ForeignKeyField(Author, backref="comments")
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
            (("author",), False),
        )


MODELS = [Author, AuthorAlias, Article, Comment]
