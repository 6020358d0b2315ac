"""Property tests: whatever the bytes, the parser answers with documents or UnreadableInput."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.ingest.decode import decode
from desktop.ingest.documents import ParsedDocument, UnreadableInput
from desktop.ingest.parse import parse_bytes, parse_text
from tests.ingest.builders import SEED_A, SEED_B

FUZZ = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(documents: list[ParsedDocument]) -> None:
    """What every parse must give, however damaged the input."""
    for index, document in enumerate(documents):
        assert document.index == index
        assert document.kind in ("A", "B", "plain")
        assert isinstance(document.title, str)
        for position, comment in enumerate(document.comments):
            if comment.parent is None:
                assert comment.depth == 1
                assert "." not in comment.path
            else:
                # Parents come first and are exactly one level up; the path extends theirs.
                assert 0 <= comment.parent < position
                parent = document.comments[comment.parent]
                assert comment.depth == parent.depth + 1
                assert comment.path.startswith(parent.path + ".")
            assert comment.path.count(".") == comment.depth - 1
        paths = [c.path for c in document.comments]
        assert len(paths) == len(set(paths))


def parse_or_unreadable(data: bytes) -> None:
    try:
        documents = parse_bytes(data)
    except UnreadableInput:
        return
    check(documents)


@FUZZ
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes) -> None:
    parse_or_unreadable(data)


# Text built from the format's own pieces finds more corners than uniform noise.
_PIECES = st.sampled_from(
    [
        "\n", "\n\n", " ", "  ", "    ", "      ", "1. ", "10. ", "  1. ", "    2. ", "Offline", "Online",
        " Offline ", " Online ", "Vdars", "In passing", "(Victor)", "(", ")", "23 December 2022 19: 38",
        "19:38", "\u00a0", "Spread the love", "News from Telegram. Subscribe to our channel",
        "  • Photos used: site", "Dear reader, to leave comments on the publication, you must sign in.",
        "< p>", "Title", "The Kremlin said.", '"', "Ж", "ё", "\r", "\r\n", "\ufeff", "\x00", "\ufffd", ".", "…",
    ]
)


@FUZZ
@given(st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=80).map("".join))
def test_arbitrary_text(text: str) -> None:
    check(parse_text(text))


@FUZZ
@given(st.text(max_size=3000))
def test_arbitrary_unicode(text: str) -> None:
    check(parse_text(text))


def letters(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


@FUZZ
@given(st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=80).map("".join))
def test_nothing_is_lost_from_raw(text: str) -> None:
    """Every letter of the input is in some document's raw text, in order: junk is dropped from
    the clean text only, and splitting a glued line moves text, never drops it."""
    text = text.replace("\r", "\n")
    assert letters("".join(d.raw for d in parse_text(text))) == letters(text)


_SEEDS = st.sampled_from([SEED_A, SEED_B, SEED_A + SEED_B, SEED_B + SEED_A])


@st.composite
def mutated_seeds(draw: st.DrawFn) -> bytes:
    """A seed with random byte flips, cuts, splices, insertions and deletions."""
    data = bytearray(draw(_SEEDS))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        operation = draw(st.sampled_from(["flip", "truncate", "splice", "insert", "delete", "duplicate"]))
        at = draw(st.integers(0, len(data) - 1))
        if operation == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif operation == "truncate":
            del data[at:]
        elif operation == "splice":
            other = draw(_SEEDS)
            start = draw(st.integers(0, len(other) - 1))
            data[at:at] = other[start : start + draw(st.integers(1, 400))]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        else:
            end = min(len(data), at + draw(st.integers(1, 300)))
            data[at:at] = data[at:end]
    return bytes(data)


@FUZZ
@given(mutated_seeds())
def test_mutated_seeds(data: bytes) -> None:
    try:
        documents = parse_bytes(data)
    except UnreadableInput:
        return
    check(documents)
    assert letters("".join(d.raw for d in documents)) == letters(decode(data).text)


@FUZZ
@given(_SEEDS, st.integers(0, 10_000))
def test_every_truncation_of_the_seeds_keeps_the_title(seed: bytes, cut: int) -> None:
    data = seed[: max(1, cut % len(seed))]
    try:
        documents = parse_bytes(data)
    except UnreadableInput:
        assert not data.strip()
        return
    check(documents)
    title = seed.split(b"\n", 1)[0].decode("utf-8")
    assert title.startswith(documents[0].title)
