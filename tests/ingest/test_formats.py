"""Choosing an input format: the first reader in READERS whose sniff says yes reads the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.ingest.formats import glossa_json, json_lines, reader_for, scraped_text
from desktop.ingest.formats.reader import Export, Part
from desktop.ingest.report import FileReport
from desktop.ingest.walk import Source
from tests.ingest.builders import SEED_A

EXPORT = json.dumps({"format": "glossa", "version": 1, "articles": []}, indent=2)
RECORD = json.dumps({"text": SEED_A.decode("utf-8")})


@pytest.mark.parametrize(("name", "content", "reader"), [
    ("export.json", EXPORT, glossa_json),
    ("export.txt", EXPORT, glossa_json),  # an export is known by its "format" field, whatever its name
    ("dump.jsonl", f"{RECORD}\n{RECORD}\n", json_lines),
    ("array.json", f"[{RECORD}]", json_lines),
    ("dump.txt", f"{RECORD}\n", scraped_text),  # JSON lines only by their name
    ("other.json", '{"format": "other"}', json_lines),
    ("article.txt", SEED_A, scraped_text),
])
def test_the_first_reader_that_knows_the_file_reads_it(
    tmp_path: Path, name: str, content: str | bytes, reader: object
) -> None:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert reader_for(Source.open(path)) is reader


def test_readers_yield_parts_to_store(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([RECORD] * (json_lines.GROUP + 1)), encoding="utf-8")
    report = FileReport(str(dump))
    parts = list(json_lines.read(Source.open(dump), report, lambda: False))
    assert [len(part.pieces) for part in parts if isinstance(part, Part)] == [json_lines.GROUP, 1]
    assert [part.what for part in parts] == [f"records on lines 1-{json_lines.GROUP}",
                                             f"records on lines {json_lines.GROUP + 1}-{json_lines.GROUP + 1}"]
    export = tmp_path / "export.json"
    export.write_text(EXPORT, encoding="utf-8")
    (part,) = glossa_json.read(Source.open(export), FileReport(str(export)), lambda: False)
    assert isinstance(part, Export) and (part.data.version, part.data.articles, part.data.unusable) == (1, [], None)
