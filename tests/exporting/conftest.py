from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.store.db import Library
from tests.exporting.helpers import Rich, build_rich


@pytest.fixture
def rich(library: Library, tmp_path: Path) -> Rich:
    return build_rich(library, tmp_path)


@pytest.fixture
def open_library(tmp_path: Path) -> Iterator[Any]:
    """Open more libraries in the test's folder; all are closed at the end."""
    opened: list[Library] = []

    def open_(name: str) -> Library:
        opened.append(Library.open(tmp_path / name))
        return opened[-1]

    yield open_
    for library in opened:
        library.close()
