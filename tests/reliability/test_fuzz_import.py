"""Fuzzing the parser and the importer together: more than 10,000 generated documents per run,
plus mutations of the seed files, go through parse_bytes, the text-file import and the JSON-lines
import (with hostile record fields). Nothing may raise but UnreadableInput, no file may fail
with an internal error, no stored text may hold control characters or lone surrogates, and
every input is handled at 1 s per MB or better."""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.ingest.documents import UnreadableInput
from desktop.ingest.importer import ImportReport, import_file, import_paths
from desktop.ingest.parse import parse_bytes
from desktop.store.db import Library
from tests.ingest.builders import SEED_A, SEED_B, article_a, article_b, comment

DOCUMENTS_PER_EXAMPLE = 20
EXAMPLES = 550  # 11,000 generated documents
SECONDS_PER_MB = 1.0
FLOOR = 0.25  # seconds any one small input may take to parse (timer noise, a garbage collection)
IMPORT_FLOOR = 5.0  # an import of a few small files pays for commits and checkpoints: a hang guard
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

PIECES = st.sampled_from([
    "\n", "\n\n", " ", "  ", "    ", "      ", "1. ", "10. ", "  1. ", "    2. ", "Offline", "Online", " Offline ",
    "Vdars", "In passing", "(Victor)", "(", ")", "23 December 2022 19: 38", "19:38", "\u00a0", "Spread the love",
    "News from Telegram. Subscribe to our channel", "  • Photos used: site", "< p>", "Title", "The Kremlin said.",
    "Dear reader, to leave comments on the publication, you must sign in.", '"', "Ж", "ё", "\r", "\r\n", "\ufeff",
    "\x00", "\x07", "\x1b[31m", "\u202e", "\ufffd", ".", "…", "\t", "\x85", "\u2028",
])
TIMES = st.sampled_from(["23 December 2022 19: 38", "19:38", "", "yesterday, 10:00", "31.12.2022 23: 59",
                         "29 February 2023 25: 61", "1 мая 2023 в 10:00"])


@st.composite
def thread_documents(draw: st.DrawFn) -> str:
    """A Format A page with a random tree of comments whose handles and bodies are any text."""
    comments = []
    depth = 0
    for number in range(draw(st.integers(0, 12))):
        depth = draw(st.integers(1, depth + 1)) if depth else 1
        handle = draw(st.text(min_size=1, max_size=12))
        body = draw(st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=8).map("".join)))
        status = draw(st.sampled_from(["Offline", "Online"]))
        comments += comment(depth, handle, body, number=number + 1, time=draw(TIMES), status=status,
                            display=draw(st.one_of(st.none(), st.text(max_size=10))))
    return article_a(draw(st.text(max_size=60)), comments, sign_in=draw(st.booleans()))


DOCUMENT_TEXT = st.one_of(
    st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=60).map("".join),
    thread_documents(),
    st.builds(article_b, st.text(max_size=40), st.text(max_size=40)),
    st.text(max_size=400),
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "koi8-r", "utf-16", "utf-16-le"])


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, bytes]:
    """A document as text (for a JSON record) and as the bytes of a file."""
    if draw(st.integers(0, 9)) == 0:
        data = draw(st.binary(max_size=600))
        return data.decode("latin-1"), data
    text = draw(DOCUMENT_TEXT)
    encoding = draw(ENCODINGS)
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 4)) == 0 and data:  # cut short, maybe mid-character
        data = data[: draw(st.integers(0, len(data) - 1))]
    return text, data


HOSTILE = st.one_of(
    st.none(), st.text(max_size=30), st.integers(), st.lists(st.integers(), max_size=2), st.booleans(),
    st.sampled_from(["\x00", "a\x00b", "\ud800", "x\udfffy", "\x1b[2J", "\u0085", "https://e.org/\x00?q=\x07", " "]),
)


@pytest.fixture(scope="module")
def fuzz_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = Library.open(tmp_path_factory.mktemp("fuzz") / "fuzz.glossa")
    yield library
    library.close()


def timed_parse(data: bytes) -> float:
    start = time.perf_counter()
    with contextlib.suppress(UnreadableInput):  # the one error the parser may raise
        parse_bytes(data)
    return time.perf_counter() - start


def parse_within_budget(data: bytes) -> float:
    """Parse, and fail when it took longer than 1 s per MB (FLOOR for a small input) twice in a
    row: a slow input is slow every time, a busy machine or a garbage collection only once."""
    seconds = timed_parse(data)
    if not within_budget(seconds, len(data)):
        again = timed_parse(data)
        assert within_budget(again, len(data)), f"{seconds:.2f} s, then {again:.2f} s for {len(data)} bytes"
        seconds = again
    return seconds


def within_budget(seconds: float, size: int) -> bool:
    return seconds <= max(SECONDS_PER_MB * size / 1_000_000, FLOOR)


def assert_no_internal_errors(report: ImportReport) -> None:
    for file_report in report.files:
        assert not (file_report.skipped or "").startswith("could not import"), file_report.skipped


def assert_stored_text_is_clean(library: Library, after_article: int, after_comment: int) -> None:
    for row in library.db.execute_sql(
        "SELECT title, subtitle, paragraphs, raw_text, source_url, source_id, published_at, photo_credit"
        " FROM article WHERE id > ?", (after_article,)
    ):
        title, subtitle, paragraphs, raw_text, *fields = row
        for value in (title, subtitle, raw_text, *fields, *json.loads(paragraphs)):
            assert value is None or not CONTROL.search(value), repr(value)
    for row in library.db.execute_sql(
        "SELECT c.body, c.display_name, a.handle FROM comment c JOIN author a ON a.id = c.author_id WHERE c.id > ?",
        (after_comment,),
    ):
        for value in row:
            assert value is None or not CONTROL.search(value), repr(value)


def last_ids(library: Library) -> tuple[int, int]:
    row = library.db.execute_sql(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM article), (SELECT COALESCE(MAX(id), 0) FROM comment)"
    ).fetchone()
    return int(row[0]), int(row[1])


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load what the parser loads on first use (charset-normalizer's tables), outside the timings."""
    timed_parse("Заголовок статьи\n\nТекст статьи.".encode("cp1251") + bytes(range(128, 256)))


def test_generated_documents_through_parser_and_importer(fuzz_library: Library, tmp_path: Path) -> None:
    seen = {"documents": 0, "bytes": 0, "seconds": 0.0, "imported": 0, "import_seconds": 0.0}
    folder = tmp_path / "inputs"
    folder.mkdir()

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(documents(), min_size=DOCUMENTS_PER_EXAMPLE, max_size=DOCUMENTS_PER_EXAMPLE),
           st.lists(st.tuples(HOSTILE, HOSTILE, HOSTILE, HOSTILE), min_size=DOCUMENTS_PER_EXAMPLE,
                    max_size=DOCUMENTS_PER_EXAMPLE))
    def run(docs: list[tuple[str, bytes]], fields: list[tuple[object, ...]]) -> None:
        for stale in folder.iterdir():
            stale.unlink()
        for _text, data in docs:
            seconds = parse_within_budget(data)
            seen["documents"] += 1
            seen["bytes"] += len(data)
            seen["seconds"] += seconds
        for number, (_text, data) in enumerate(docs[:4]):
            (folder / f"doc-{number}.txt").write_bytes(data)
        lines = [json.dumps({"text": text, "title": title, "url": url, "id": ident, "date": date})
                 for (text, _data), (title, url, ident, date) in zip(docs, fields, strict=True)]
        lines += ["{not json", "[" * 50_000, '{"text": 5}', "[]"]
        (folder / "dump.jsonl").write_text("\n".join(lines), encoding="utf-8")
        article, comment_id = last_ids(fuzz_library)
        start = time.perf_counter()
        report = import_paths(fuzz_library, [folder])
        seconds = time.perf_counter() - start
        size = sum(p.stat().st_size for p in folder.iterdir())
        assert seconds <= max(SECONDS_PER_MB * size / 1_000_000, IMPORT_FLOOR), f"import: {seconds:.2f} s"
        seen["imported"] += size
        seen["import_seconds"] += seconds
        assert_no_internal_errors(report)
        assert_stored_text_is_clean(fuzz_library, article, comment_id)

    run()
    assert seen["documents"] >= 10_000
    # In all: at most 1 s per MB, parsing alone and importing (parse, store, index, commit).
    assert seen["seconds"] <= SECONDS_PER_MB * seen["bytes"] / 1_000_000 + 1.0, seen
    assert seen["import_seconds"] <= SECONDS_PER_MB * seen["imported"] / 1_000_000 + 1.0, seen


OPERATIONS = st.sampled_from(["flip", "truncate", "insert", "delete", "duplicate", "indent", "swap", "crlf"])


@st.composite
def mutated_seeds(draw: st.DrawFn) -> bytes:
    """A seed (or both glued) changed by byte flips, cuts, insertions, deletions, duplicated
    spans, shifted indentation (which re-parents comments), swapped lines and line ends."""
    data = bytearray(draw(st.sampled_from([SEED_A, SEED_B, SEED_A + SEED_B, SEED_B + b"\n" + SEED_A])))
    for _ in range(draw(st.integers(1, 10))):
        if len(data) < 2:
            break
        operation = draw(OPERATIONS)
        at = draw(st.integers(0, len(data) - 1))
        if operation == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif operation == "truncate":
            del data[at:]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=24))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif operation == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 600))]
        else:
            lines = bytes(data).split(b"\n")
            line = draw(st.integers(0, len(lines) - 1))
            if operation == "indent":
                shift = draw(st.integers(-6, 6))
                lines[line] = b" " * shift + lines[line] if shift > 0 else lines[line][-shift:]
            elif operation == "swap":
                other = draw(st.integers(0, len(lines) - 1))
                lines[line], lines[other] = lines[other], lines[line]
            else:
                lines[line] += b"\r"
            data = bytearray(b"\n".join(lines))
    return bytes(data)


def test_mutated_seeds_through_parser_and_importer(fuzz_library: Library, tmp_path: Path) -> None:
    path = tmp_path / "mutated.txt"

    @settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(mutated_seeds())
    def run(data: bytes) -> None:
        parse_within_budget(data)
        path.write_bytes(data)
        article, comment_id = last_ids(fuzz_library)
        import_file(fuzz_library, path)  # raises on any internal error: nothing may
        assert_stored_text_is_clean(fuzz_library, article, comment_id)

    run()


def test_a_megabyte_of_mutated_pages_in_a_second(fuzz_library: Library, tmp_path: Path) -> None:
    pieces = []
    size = 0
    number = 0
    while size < 1_000_000:
        page = bytearray(SEED_A if number % 3 else SEED_B)
        page[number % len(page)] ^= 0x20  # every copy a little different: all new articles
        page[: 0] = f"Page {number} ".encode()
        pieces.append(bytes(page))
        size += len(page) + 1
        number += 1
    data = b"\n".join(pieces)
    seconds = timed_parse(data)
    assert seconds <= SECONDS_PER_MB * len(data) / 1_000_000, f"parse: {seconds:.2f} s"
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    start = time.perf_counter()
    report = import_file(fuzz_library, path)
    seconds = time.perf_counter() - start
    assert report.skipped is None and report.articles_added > 100
    assert seconds <= SECONDS_PER_MB * len(data) / 1_000_000, f"import: {seconds:.2f} s"
