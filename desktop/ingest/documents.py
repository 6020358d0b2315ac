"""What the parser produces: plain dataclasses, free of storage and Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class DocumentKind(StrEnum):
    """What a document is, by its shape (FORMAT.md). The values are what every library's
    `article.kind` holds and what the JSON export's `source.format` says: they stay as they are."""

    THREAD = "A"  # an article followed by its reader-comment thread (FORMAT.md's format A)
    REPOST = "B"  # a repost with a share bar and footer junk (format B)
    PLAIN = "plain"  # text in neither shape


class Presence(StrEnum):
    """A commenter's status in a comment header (`H Offline H`), stored as printed."""

    OFFLINE = "Offline"
    ONLINE = "Online"


@dataclass
class ParsedComment:
    handle: str
    display_name: str | None
    status: str  # a Presence, as printed (an export's may be any text)
    posted_at: datetime | None  # local time as printed; no zone is given
    body: str
    depth: int  # 1 = top level
    parent: int | None  # index into ParsedDocument.comments, None for top level
    path: str  # sibling positions from the root, e.g. "6.1"
    truncated: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as its fields, not its __dict__ (an import's worker processes send thousands:
        # ingest/parallel.py): half the size, and unpickled in half the time.
        return ParsedComment, (self.handle, self.display_name, self.status, self.posted_at, self.body, self.depth,
                               self.parent, self.path, self.truncated)


# The most sibling positions a comment's path holds: deeper ones keep the last PATH_LEVELS after
# an ellipsis ("…3.1.1"). A reply chain 100,000 deep would otherwise hold paths of 10^10 characters.
PATH_LEVELS = 100


def child_path(parent: str, number: int) -> str:
    """The path of the `number`th reply to the comment at `parent` ("6" and 1: "6.1")."""
    path = f"{parent}.{number}"
    if path.count(".") >= PATH_LEVELS:
        path = "…" + path.split(".", 1)[1]
    return path


@dataclass
class ParsedDocument:
    title: str
    subtitle: str | None
    paragraphs: list[str]
    comments: list[ParsedComment]
    raw: str  # the document's text exactly as decoded, junk included
    index: int  # position of the document in its file (0-based)
    kind: str  # a DocumentKind (an export's may be any text)
    warnings: list[str] = field(default_factory=list)
    photo_credit: str | None = None
    # Filled from a JSON-lines record when present.
    url: str | None = None
    source_id: str | None = None
    published_at: str | None = None
    # What the store makes of the document once it is final (store/writer.prepare): made where
    # the file is read, which may be a worker process (ingest/parallel.py), so storing only writes.
    prepared: Any = field(default=None, repr=False, compare=False)


@dataclass
class DecodedText:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


class UnreadableInput(Exception):
    """Input that holds no document at all: empty, binary, or not text in any encoding."""
