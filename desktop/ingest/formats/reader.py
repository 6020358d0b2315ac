"""What an input format is: a Reader, which says from a file's first bytes whether it reads it
(`sniff`) and reads it into parts to store (`read`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from desktop.ingest.documents import ParsedDocument
from desktop.ingest.glossa_export import GlossaExport
from desktop.ingest.report import FileReport
from desktop.ingest.walk import Source


@dataclass
class Part:
    """Documents stored together (desktop/store/batches.py): a whole file, or some records of one
    named by `what`. When the whole cannot be stored, its `pieces` are stored one by one, so only
    the ones that fail are reported and lost."""

    documents: list[ParsedDocument]
    what: str | None = None
    pieces: list[tuple[str, list[ParsedDocument]]] = field(default_factory=list)


@dataclass
class Export:
    """A Glossa JSON export, checked: stored whole, annotations and all, by desktop/store/glossa_json.py."""

    data: GlossaExport


class Reader(Protocol):
    """An input format (a module of this package, listed in READERS)."""

    def sniff(self, source: Source) -> bool:
        """Whether this format reads the file: from `source.head`, its first bytes, or, where
        those cannot tell, its first record or whole bytes (read once, shared by the readers)."""
        ...

    def read(self, source: Source, report: FileReport, cancelled: Callable[[], bool]) -> Iterator[Part | Export]:
        """The file's parts, in order, as they are read; what it cannot read goes to `report`
        (a whole file unreadable: raise UnreadableInput)."""
        ...
