"""Fuzzing the parser and the importer together: more than 10,000 generated documents per run,
plus mutations of the seed files, go through parse_bytes, the text-file import and the JSON-lines
import (with hostile record fields). Nothing may raise but UnreadableInput, no file may fail
with an internal error, no stored text may hold control characters or lone surrogates, and no
input makes the work blow up.

Nothing here is timed: a loaded machine makes timings flaky. Work is counted instead, in function
calls (cProfile's count: Python functions and the built-in ones they call, the same on any machine
for the same input). Each input's parse makes at most CALLS_BASE + CALLS_PER_BYTE calls a byte
(for the small inputs fuzzed, stricter than the 0.25 s the timed guard allowed), and for the
shapes big inputs take (many pages, long and deep threads, many lines, many files and records) the
work on 4N is at most GROWTH_LIMIT times the work on N: linear work gives 4, a quadratic blow-up
16. Work done inside one built-in call (a regular expression backtracking, a string copied) is
not counted: a real hang fails the test after HANG_SECONDS, far beyond what a slow machine needs."""

from __future__ import annotations

import contextlib
import cProfile
import faulthandler
import json
import random
import re
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.ingest.documents import UnreadableInput
from desktop.ingest.importer import ImportReport, ReportLog, import_file, import_paths
from desktop.ingest.parse import parse_bytes
from desktop.store import batches
from desktop.store.db import Library
from tests.ingest.builders import SEED_A, SEED_B, article_a, article_b, comment

DOCUMENTS_PER_EXAMPLE = 20
EXAMPLES = 550  # 11,000 generated documents
# Calls one parse may make: a fixed part (guessing an encoding, ~5,000 for one odd byte) and a part
# per byte (the densest inputs seen, lines of one or two characters, make ~140).
CALLS_BASE = 50_000
CALLS_PER_BYTE = 400
GROWTH_LIMIT = 5.0  # work on 4N over work on N; linear: 4.0, n log n at these sizes: about 4.5
HANG_SECONDS = 120.0  # one example or measurement normally takes well under a second
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


class Hang(BaseException):  # not an Exception: the importer's "one bad file" handler must not swallow it
    pass


@contextlib.contextmanager
def hang_guard(seconds: float = HANG_SECONDS) -> Iterator[None]:
    """Fails the test when the block is still running after `seconds`: not a time limit, a stop
    for a real hang (SIGALRM interrupts Python code and regular expressions alike). Without
    SIGALRM (Windows) every thread's traceback is printed and the process ends."""
    if not hasattr(signal, "setitimer"):
        faulthandler.dump_traceback_later(seconds, exit=True)
        try:
            yield
        finally:
            faulthandler.cancel_dump_traceback_later()
        return

    def hung(_signal: int, _frame: FrameType | None) -> None:
        raise Hang(f"still running after {seconds:.0f} s: a hang")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def work(function: Callable[..., Any], *args: Any) -> int:
    """The function calls `function(*args)` makes, built-in ones included: the same count on a
    fast or a loaded machine."""
    profiler = cProfile.Profile()
    with hang_guard():
        profiler.enable()
        try:
            function(*args)
        finally:
            profiler.disable()
    return sum(entry.callcount for entry in profiler.getstats())


def parse(data: bytes) -> None:
    with contextlib.suppress(UnreadableInput):  # the one error the parser may raise
        parse_bytes(data)


def parse_within_budget(data: bytes) -> int:
    """Parse, and fail when that took more calls than CALLS_BASE + CALLS_PER_BYTE per byte."""
    calls = work(parse, data)
    assert calls <= CALLS_BASE + CALLS_PER_BYTE * len(data), f"{calls:,} calls for {len(data):,} bytes: {data[:200]!r}"
    return calls


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
    """Load what the parser loads on first use (charset-normalizer's tables), outside the counts."""
    parse("Заголовок статьи\n\nТекст статьи.".encode("cp1251") + bytes(range(128, 256)))


@pytest.mark.slow
def test_generated_documents_through_parser_and_importer(fuzz_library: Library, tmp_path: Path) -> None:
    seen = {"documents": 0, "bytes": 0, "calls": 0, "imported": 0}
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
            seen["calls"] += parse_within_budget(data)
            seen["documents"] += 1
            seen["bytes"] += len(data)
        for number, (_text, data) in enumerate(docs[:4]):
            (folder / f"doc-{number}.txt").write_bytes(data)
        lines = [json.dumps({"text": text, "title": title, "url": url, "id": ident, "date": date})
                 for (text, _data), (title, url, ident, date) in zip(docs, fields, strict=True)]
        lines += ["{not json", "[" * 50_000, '{"text": 5}', "[]"]
        (folder / "dump.jsonl").write_text("\n".join(lines), encoding="utf-8")
        article, comment_id = last_ids(fuzz_library)
        with hang_guard():
            report = import_paths(fuzz_library, [folder])
        seen["imported"] += sum(p.stat().st_size for p in folder.iterdir())
        assert_no_internal_errors(report)
        assert_stored_text_is_clean(fuzz_library, article, comment_id)

    run()
    assert seen["documents"] >= 10_000 and seen["imported"] > 0
    assert seen["calls"] <= CALLS_BASE * seen["documents"] + CALLS_PER_BYTE * seen["bytes"], seen


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
        with hang_guard():
            import_file(fuzz_library, path)  # raises on any internal error: nothing may
        assert_stored_text_is_clean(fuzz_library, article, comment_id)

    run()


def mutated_pages(count: int) -> bytes:
    """Copies of the seeds, each a little different (all new articles), glued as `cat` glues files."""
    pieces = []
    for number in range(count):
        page = bytearray(SEED_A if number % 3 else SEED_B)
        page[number % len(page)] ^= 0x20
        page[: 0] = f"Page {number} ".encode()
        pieces.append(bytes(page))
    return b"\n".join(pieces)


def test_a_megabyte_of_mutated_pages(fuzz_library: Library, tmp_path: Path) -> None:
    data = mutated_pages(300)
    assert len(data) > 1_000_000
    parse_within_budget(data)
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    with hang_guard():
        report = import_file(fuzz_library, path)
    assert report.skipped is None and report.articles_added > 100


# -- work grows with the input, not faster: N against 4N ------------------------------------------


def long_thread(count: int) -> bytes:
    comments = [comment(1, f"user{n % 40}", f"Comment {n}.\nA second line.", number=n + 1) for n in range(count)]
    return article_a("A long thread", *comments).encode()


def deep_thread(levels: int) -> bytes:
    return article_a("A deep thread", *[comment(depth, f"user{depth}", f"Level {depth}.")
                                         for depth in range(1, levels + 1)]).encode()


def hostile_pieces(count: int) -> bytes:
    """The fuzzer's pieces in a fixed random order: list markers, statuses, junk, control characters."""
    pieces = random.Random(7)
    return "".join(pieces.choice(PIECE_LIST) for _ in range(count)).encode("utf-8", errors="replace")


PIECE_LIST = [
    "\n", "\n\n", "  ", "    ", "1. ", "10. ", "  1. ", "    2. ", "Offline", "Online", " Offline ", "Vdars",
    "(Victor)", "23 December 2022 19: 38", "19:38", "\u00a0", "Spread the love", "< p>", "Title", '"', "Ж",
    "News from Telegram. Subscribe to our channel", "  • Photos used: site", "Quote: Vdars", "\r\n", "\x00", "…",
]
SHAPES: dict[str, tuple[Callable[[int], bytes], int]] = {  # a shape and its N
    "concatenated pages": (mutated_pages, 60),
    "a long thread": (long_thread, 400),
    "a deep thread": (deep_thread, 150),
    "many short lines": (lambda n: ("Title\n\n" + "\n".join(f"line {i}" for i in range(n))).encode(), 4_000),
    "one long line": (lambda n: ("Title\n\n" + "word " * n).encode(), 50_000),
    "hostile pieces": (hostile_pieces, 5_000),
    "Windows-1251": (lambda n: ("Заголовок\n\n" + "Текст статьи, абзац. " * n).encode("cp1251"), 5_000),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_parsing_work_grows_linearly(shape: str) -> None:
    make, n = SHAPES[shape]
    small, big = make(n), make(4 * n)
    work(parse, small)  # regular expressions compiled, caches filled
    ratio = work(parse, big) / work(parse, small)
    assert ratio <= GROWTH_LIMIT, f"{shape}: {ratio:.1f} times the work for 4 times the input"


def import_work(folder: Path, inputs: list[Path], log: ReportLog | None = None) -> tuple[int, int]:
    """The calls of `import_paths` into a new library, with progress reported as the window does,
    and the articles it imported."""
    library = Library.open(folder / f"library-{len(list(folder.glob('*.glossa')))}.glossa")
    reports: list[ImportReport] = []
    try:
        calls = work(lambda: reports.append(import_paths(library, inputs, progress=lambda _: None, log=log)))
    finally:
        library.close()
    assert not reports[0].skipped, reports[0].skipped
    return calls, reports[0].total("articles_added")


def text_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    for number in range(count):
        (folder / f"{number:04}.txt").write_text(article_a(f"Article {number}", comment(1, "a")), encoding="utf-8")
    return [folder]


def dump(path: Path, count: int) -> list[Path]:
    lines = [json.dumps({"text": article_a(f"Record {n}", comment(1, "a")), "id": n}) for n in range(count)]
    path = path.with_suffix(".jsonl")
    path.write_text("\n".join(lines), encoding="utf-8")
    return [path]


def big_file(path: Path, count: int) -> list[Path]:
    path.write_bytes(mutated_pages(count))
    return [path]


IMPORTS: dict[str, tuple[Callable[[Path, int], list[Path]], int]] = {
    "many files": (text_files, 400),
    "a JSON-lines dump": (dump, 300),
    "one big file": (big_file, 60),
}


@pytest.mark.parametrize("shape", IMPORTS)
def test_importing_work_grows_linearly(shape: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the full report written as the window and `glossa import` write it, and one batch for
    the whole import, so the count does not depend on the clock (and every file waits in it)."""
    monkeypatch.setattr(batches, "BATCH_SECONDS", float("inf"))
    make, n = IMPORTS[shape]
    import_work(tmp_path, make(tmp_path / "warm-up", 2))  # modules loaded, statements prepared
    small, articles = import_work(tmp_path, make(tmp_path / "small", n), ReportLog())
    big, more_articles = import_work(tmp_path, make(tmp_path / "big", 4 * n), ReportLog())
    assert (articles, more_articles) == (n, 4 * n)
    assert big / small <= GROWTH_LIMIT, f"{shape}: {big / small:.1f} times the work for 4 times the input"
