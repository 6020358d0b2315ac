"""Scraped article text (FORMAT.md, formats A and B): a file of one or more documents, stored as
one part. It reads whatever no other format claims."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from desktop.ingest.parse import parse_bytes
from desktop.ingest.report import FileReport
from desktop.ingest.walk import Source

from .reader import Part


def sniff(source: Source) -> bool:
    return True


def read(source: Source, report: FileReport, cancelled: Callable[[], bool]) -> Iterator[Part]:
    yield Part(parse_bytes(source.data()))
