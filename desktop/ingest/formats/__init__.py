"""Input formats, one module each with `sniff` and `read` (formats/reader.py's Reader). A file is
read by the first reader in READERS whose `sniff` says yes: a new input format is one new module
and its place in this list (scraped text reads whatever the others leave; a library file, which
is binary, is asked first)."""

from __future__ import annotations

from desktop.ingest.walk import Source

from . import glossa_json, glossa_library, json_lines, scraped_text
from .reader import Reader

READERS: list[Reader] = [glossa_library, glossa_json, json_lines, scraped_text]


def reader_for(source: Source) -> Reader:
    return next(reader for reader in READERS if reader.sniff(source))
