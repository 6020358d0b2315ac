"""Long lists in `IN (...)`: SQLite caps the parameters one statement may bind, so the store
passes ids (and handles) a chunk at a time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
CHUNK = 500


def chunked(values: Sequence[T], size: int = CHUNK) -> Iterator[tuple[list[T], str]]:
    """The values a chunk at a time, in their order, each chunk with its `?` marks."""
    for start in range(0, len(values), size):
        chunk = list(values[start : start + size])
        yield chunk, ",".join("?" * len(chunk))
