"""Progress and cancellation, as every writer takes them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from .files import ExportCancelled

ProgressCallback = Callable[[int, int], None]  # (articles done, articles in all)
CancelCheck = Callable[[], bool]

T = TypeVar("T")


def never() -> bool:
    return False


def tracked(items: Iterable[T], total: int, progress: ProgressCallback | None, cancelled: CancelCheck) -> Iterator[T]:
    """The items, reporting progress after each and raising ExportCancelled as soon as asked."""
    if progress:
        progress(0, total)
    for done, item in enumerate(items, 1):
        if cancelled():
            raise ExportCancelled()
        yield item
        if progress:
            progress(done, total)
    if cancelled():
        raise ExportCancelled()
