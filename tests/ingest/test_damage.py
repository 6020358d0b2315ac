"""Every kind of damage FORMAT.md lists, each with a small fixture of its own."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import pytest

from desktop.ingest.documents import PATH_LEVELS, ParsedComment, ParsedDocument, UnreadableInput
from desktop.ingest.parse import parse_bytes, parse_text
from tests.ingest.builders import (
    SEED_A,
    SEED_A_TITLE,
    SEED_B,
    SEED_B_TITLE,
    article_a,
    article_b,
    comment,
)

DAMAGE = Path(__file__).resolve().parent.parent / "data" / "damage"
SEED_A_LAST_BODY_END = 'but they don\'t pick up the phone in the Kremlin"'


def only(documents: list[ParsedDocument]) -> ParsedDocument:
    assert len(documents) == 1, [d.title for d in documents]
    return documents[0]


def shape(document: ParsedDocument) -> list[tuple[str, int, int | None, str]]:
    return [(c.handle, c.depth, c.parent, c.path) for c in document.comments]


def summary(documents: list[ParsedDocument]) -> list[tuple[str, str | None, list[str], list[tuple[object, ...]]]]:
    """Everything the reader shows, to compare two parses of the same content."""
    return [
        (
            d.title,
            d.subtitle,
            d.paragraphs,
            [(c.handle, c.display_name, c.status, c.posted_at, c.depth, c.parent, c.path, c.body) for c in d.comments],
        )
        for d in documents
    ]


def by_handle(document: ParsedDocument, handle: str) -> ParsedComment:
    return next(c for c in document.comments if c.handle == handle)


# -- encodings and line ends ---------------------------------------------------------------------


def test_utf8_bom_is_dropped_and_changes_nothing() -> None:
    plain = parse_bytes(SEED_A)
    with_bom = parse_bytes(codecs.BOM_UTF8 + SEED_A)
    assert summary(with_bom) == summary(plain)
    assert not with_bom[0].raw.startswith("\ufeff")
    assert with_bom[0].warnings == plain[0].warnings


def test_utf16_with_bom() -> None:
    text = SEED_B.decode("utf-8")
    assert summary(parse_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))) == summary(parse_bytes(SEED_B))


def test_windows_1251_thread_with_cyrillic_handles_and_crlf() -> None:
    document = only(parse_bytes((DAMAGE / "cp1251_thread.txt").read_bytes()))
    assert document.title == "Песков: Кремль видит возможность переговоров"
    assert document.paragraphs == [
        "Пресс-секретарь президента заявил, что площадка для переговоров существует.",
        "По его словам, решение остаётся за Вашингтоном.",
    ]
    assert document.photo_credit == "сайт Кремля"
    first, reply = document.comments
    assert (first.handle, first.display_name, first.status, first.posted_at, first.path) == (
        "Иван Петров", "Ваня", "Offline", datetime(2022, 12, 24, 8, 15), "1",
    )
    assert first.body == "Ну-ну, посмотрим «что» будет."
    # A Cyrillic handle with a trailing dot, Online, no display name, "09:01" without the space.
    assert (reply.handle, reply.display_name, reply.status, reply.posted_at, reply.parent, reply.path) == (
        "ёжик.", None, "Online", datetime(2022, 12, 24, 9, 1), 0, "1.1",
    )
    assert reply.body == "Согласен!"
    assert "\r" not in document.raw


def test_windows_1251_short_text_is_not_taken_for_cut_utf8() -> None:
    # "т" is 0xF2 in Windows-1251: a UTF-8 four-byte lead at the very end, but this is no UTF-8.
    document = only(parse_bytes("Привет".encode("cp1251")))
    assert document.title == "Привет"
    assert document.warnings == []


def test_koi8r_is_told_from_windows_1251() -> None:
    document = only(parse_bytes((DAMAGE / "koi8r_article.txt").read_bytes()))
    assert document.title == "Заголовок статьи в KOI8-R"
    assert document.paragraphs == ["Это обычный абзац русского текста, записанный в старой кодировке."]


@pytest.mark.parametrize("line_end", [b"\r\n", b"\r"], ids=["CRLF", "CR"])
def test_crlf_and_cr_line_ends(line_end: bytes) -> None:
    for seed in (SEED_A, SEED_B):
        converted = parse_bytes(seed.replace(b"\n", line_end))
        assert summary(converted) == summary(parse_bytes(seed))
        assert "\r" not in converted[0].raw


def test_mixed_line_ends() -> None:
    lines = SEED_A.split(b"\n")
    mixed = b"".join(line + (b"\r\n", b"\n", b"\r")[i % 3] for i, line in enumerate(lines))
    assert summary(parse_bytes(mixed)) == summary(parse_bytes(SEED_A))


def test_a_few_damaged_bytes_do_not_turn_utf8_into_mojibake() -> None:
    damaged = SEED_A[:500] + b"\xff" + SEED_A[500:]
    document = only(parse_bytes(damaged))
    assert document.comments[5].display_name == "Galina Ro\u017ekova"
    assert document.photo_credit == "White House website"
    assert "1 undecodable bytes replaced" in document.warnings


def test_control_characters_are_removed_and_reported() -> None:
    document = only(parse_bytes(SEED_B.replace(b"Spread the love", b"Spread the\x00 love\x07")))
    assert document.subtitle == "Kremlin outlines platform for talks with US"
    assert "2 control characters removed" in document.warnings


# -- truncation by a byte cap --------------------------------------------------------------------


def test_cut_inside_a_multibyte_character_in_a_meta_line() -> None:
    cut = SEED_A[: SEED_A.index(b"Ro\xc5\xbekova") + 3]  # "Ro" and the first byte of "ž"
    document = only(parse_bytes(cut))
    assert document.warnings[0] == "truncated inside a multi-byte character at the end"
    last = document.comments[-1]
    assert (last.handle, last.display_name, last.posted_at, last.body, last.truncated) == (
        "In passing", None, None, "", True,
    )
    assert len(document.comments) == 6
    assert "\ufffd" not in document.raw


def test_cut_inside_a_multibyte_character_in_a_body() -> None:
    text = article_a("Title of a Russian thread", comment(1, "Иван", "Привет, мир"))
    data = text.encode("utf-8")[:-1]  # the last "р" loses its second byte
    document = only(parse_bytes(data))
    last = document.comments[-1]
    assert (last.body, last.truncated) == ("Привет, ми", True)
    assert document.warnings[0] == "truncated inside a multi-byte character at the end"


def test_cut_with_a_bom_is_still_a_cut() -> None:
    data = codecs.BOM_UTF8 + "Заголовок\n\nАбзац текста".encode()[:-1]
    document = only(parse_bytes(data))
    assert document.paragraphs == ["Абзац текст"]
    assert document.warnings == ["truncated inside a multi-byte character at the end"]


@pytest.mark.parametrize(
    ("cut_after", "display", "posted"),
    [
        ("      Vd", None, None),  # inside the handle
        ("      Vdars", None, None),  # right after the handle
        ("      Vdars (Vic", None, None),  # inside the display name
        ("      Vdars (Victor)", "Victor", None),  # before the time
        ("      Vdars (Victor) 23 Dece", "Victor", None),  # inside the date
        ("      Vdars (Victor) 23 December 2022", "Victor", None),  # before the clock
        ("      Vdars (Victor) 23 December 2022 22: 5", "Victor", None),  # inside the clock
    ],
)
def test_cut_inside_a_meta_line(cut_after: str, display: str | None, posted: datetime | None) -> None:
    text = SEED_A.decode("utf-8")
    cut = text[: text.index("      Vdars (Victor)")] + cut_after
    document = only(parse_text(cut))
    assert [c.handle for c in document.comments][-2:] == ["In passing", "Vdars"]
    reply = document.comments[-1]
    assert (reply.display_name, reply.posted_at, reply.body, reply.truncated) == (display, posted, "", True)
    assert (reply.parent, reply.path) == (5, "6.1")
    assert "truncated: comment by Vdars cut inside its header" in document.warnings
    # The comment before it is whole: its body did not swallow the cut lines.
    assert document.comments[-2].body == "And what, the signature of the Anglo-Saxon is still worth something?"


@pytest.mark.parametrize("cut_after", ["Vdars Offline Vdars", "Vdars Offline Vd", "Vdars Offline", "Vdars Offl"])
def test_cut_inside_a_header_line(cut_after: str) -> None:
    text = SEED_A.decode("utf-8")
    cut = text[: text.index("Vdars Offline")] + cut_after
    document = only(parse_text(cut))
    reply = document.comments[-1]
    assert (reply.handle, reply.status, reply.path, reply.truncated) == ("Vdars", "Offline", "6.1", True)
    assert document.comments[-2].body == "And what, the signature of the Anglo-Saxon is still worth something?"


def test_cut_inside_a_body_keeps_what_is_there() -> None:
    text = SEED_A.decode("utf-8")
    cut = text[: text.index("Only the cost") + len("Only the co")]
    document = only(parse_text(cut))
    assert document.comments[-1].body == "Only the co"
    assert [c.path for c in document.comments] == ["1", "2", "3", "4", "5", "6", "6.1"]


def test_cut_inside_the_article() -> None:
    text = SEED_A.decode("utf-8")
    document = only(parse_text(text[: text.index("Probably, in order")]))
    assert document.title == SEED_A_TITLE
    assert document.comments == []
    assert document.paragraphs[-1].startswith("During the visit")


def test_a_list_item_ending_in_online_at_the_end_of_an_article_is_no_comment() -> None:
    document = only(parse_text("A title\n\nA paragraph: what to do.\n  1. Stay calm\n  2. Go Online"))
    assert document.comments == []
    assert document.paragraphs == ["A paragraph: what to do.\n1. Stay calm\n2. Go Online"]


# -- several documents in one file ---------------------------------------------------------------


def test_seed_a_glued_to_seed_b() -> None:
    first, second = parse_bytes(SEED_A + SEED_B)
    assert (first.title, second.title) == (SEED_A_TITLE, SEED_B_TITLE)
    assert first.comments[-1].body.endswith(SEED_A_LAST_BODY_END)
    assert SEED_B_TITLE not in first.comments[-1].body
    assert summary([first]) == summary(parse_bytes(SEED_A))
    assert summary([second]) == summary(parse_bytes(SEED_B))
    assert any(w.startswith("split: next title 'The Kremlin outlined") for w in first.warnings)
    assert "split: document 1 of 2 in this file" in first.warnings
    assert "split: document 2 of 2 in this file" in second.warnings
    # Nothing lost: the two raw texts hold every line of the input.
    assert first.raw.endswith(SEED_A_LAST_BODY_END)
    assert second.raw == SEED_B.decode("utf-8")
    assert (first.index, second.index) == (0, 1)


@pytest.mark.parametrize(
    ("parts", "titles"),
    [
        ((SEED_B, SEED_B), [SEED_B_TITLE, SEED_B_TITLE]),
        ((SEED_B, SEED_A), [SEED_B_TITLE, SEED_A_TITLE]),
        ((SEED_A, SEED_A), [SEED_A_TITLE, SEED_A_TITLE]),
        ((SEED_A, SEED_B, SEED_A, SEED_B), [SEED_A_TITLE, SEED_B_TITLE, SEED_A_TITLE, SEED_B_TITLE]),
    ],
    ids=["B+B", "B+A", "A+A", "A+B+A+B"],
)
@pytest.mark.parametrize("separator", [b"", b"\n", b"\n\n"], ids=["glued", "newline", "blank line"])
def test_concatenations(parts: tuple[bytes, ...], titles: list[str], separator: bytes) -> None:
    documents = parse_bytes(separator.join(parts))
    assert [d.title for d in documents] == titles
    for document, part in zip(documents, parts, strict=True):
        assert summary([document]) == summary(parse_bytes(part))


def glued_thread(last_body: str, next_title: str) -> str:
    first = article_a("First article title", comment(1, "alpha", ["One line.", last_body]))
    return first + next_title + "\n\n" + "The first paragraph of the second article goes on for a while."


@pytest.mark.parametrize(
    ("last_body", "next_title"),
    [
        ("it ends in a lowercase word", "Kremlin answers the question"),
        ("it ends in a number 2022", "Kremlin answers the question"),
        ("it ends in NATO", "Kremlin answers the question"),
        ("it ends with an emoji 👍", '"Kremlin answers the question"'),
        ("a typo!Here it ends.", "Kremlin answers the question"),  # the last boundary wins
        ("a typo in the middle.Later it ends in a word", "Kremlin answers the question"),
        ("the U.S. and the E.U.", "Kremlin answers the question"),
        ("ends in a word", "YouTube blocked three Russian channels"),
        ("ends with a stop.", "YouTube blocked three Russian channels"),
        ("ends in a word", "Senator McCain's heirs sell the ranch"),
        ("ends in a word", "Why the iPhone is banned in the Duma"),
    ],
)
def test_glued_title_after_a_thread(last_body: str, next_title: str) -> None:
    first, second = parse_text(glued_thread(last_body, next_title))
    assert first.comments[-1].body == "One line.\n" + last_body
    assert second.title == next_title


def test_glued_title_after_an_article_without_comments() -> None:
    first_text = article_a("First article title", sign_in=True)
    first, second = parse_text(first_text + SEED_B.decode("utf-8"))
    assert first.title == "First article title"
    assert (second.title, second.subtitle) == (SEED_B_TITLE, "Kremlin outlines platform for talks with US")


def test_format_b_without_footer_followed_by_another() -> None:
    b = SEED_B.decode("utf-8")
    without_footer = b[: b.index("\n\nNews from Telegram")]
    for separator in ("\n", "\n\n"):
        first, second = parse_text(without_footer + separator + b)
        assert first.title == second.title == SEED_B_TITLE
        assert first.paragraphs == second.paragraphs
    # Glued: the title rides on the last paragraph.
    first, second = parse_text(without_footer + b)
    assert second.title == SEED_B_TITLE
    assert first.paragraphs[-1] == (
        "And last week the Kremlin said that Putin was always open to negotiations with Ukraine."
    )


def test_a_title_that_ends_like_a_paragraph_is_not_pulled_into_the_thread() -> None:
    # Not glued (the file ended with a newline): the comment's last line stays whole.
    first = article_a("First", comment(1, "alpha", "it ends in a lowercase wordTypo here"))
    second = article_a("Second article: a title that ends with a stop.", comment(1, "beta", "Hello."))
    one, two = parse_text(first + "\n" + second)
    assert one.comments[-1].body == "it ends in a lowercase wordTypo here"
    assert two.title == "Second article: a title that ends with a stop."


def test_an_unindented_line_after_a_thread_starts_a_document() -> None:
    text = article_a("First", comment(1, "alpha", "Hi.")) + "\nSecond title\n\nSecond body paragraph."
    first, second = parse_text(text)
    assert (first.title, second.title, second.paragraphs) == ("First", "Second title", ["Second body paragraph."])


def test_a_stray_line_after_a_document_is_reported_junk() -> None:
    text = SEED_B.decode("utf-8") + "\nRead also: the Kremlin on talks"
    document = only(parse_text(text))
    assert "junk dropped: trailing line 'Read also: the Kremlin on talks'" in document.warnings
    assert document.raw.endswith("Read also: the Kremlin on talks")


# -- junk ----------------------------------------------------------------------------------------


def test_format_a_junk_absent_or_varied() -> None:
    text = "\n".join(
        [
            "Title",
            "",
            "Photos used in the report show the damage.",  # a paragraph, not a credit
            "",
            "Photos used: Wikipedia",
            *comment(1, "alpha", "Hi."),
        ]
    )
    document = only(parse_text(text))
    assert document.paragraphs == ["Photos used in the report show the damage."]
    assert document.photo_credit == "Wikipedia"
    assert [c.handle for c in document.comments] == ["alpha"]


def test_format_b_junk() -> None:
    document = only(parse_text(article_b()))
    assert document.kind == "B"
    assert (document.title, document.subtitle) == ("A repost title", "The headline translated again")
    assert document.paragraphs == ["A paragraph of the repost.", "Another paragraph with debris."]


def test_teaser_pattern_only_in_the_middle_of_format_a() -> None:
    # A subheading followed by a long paragraph is text, not a teaser.
    text = "\n".join(
        [
            "Title",
            "",
            "Opening paragraph of the article.",
            "",
            "What the Kremlin said",
            "",
            "Peskov said many things. Then he said more things. And more.",
            "  • Photos used: Kremlin",
        ]
    )
    document = only(parse_text(text))
    assert document.paragraphs == [
        "Opening paragraph of the article.",
        "What the Kremlin said",
        "Peskov said many things. Then he said more things. And more.",
    ]


# -- handles, display names, times ---------------------------------------------------------------


@pytest.mark.parametrize(
    "handle",
    [
        "In passing",
        "Jacques sekavar",
        "A.B.C-d_e!",
        "(hello)",
        "Vdars.",
        "Иван Петров",
        "Online",
        "Offline",
        "Always Online",
        "Online Offline",
        "x",
        "1. odd",
    ],
)
@pytest.mark.parametrize("status", ["Offline", "Online"])
def test_handles(handle: str, status: str) -> None:
    text = article_a(
        "Title",
        comment(1, handle, "First.", status=status),
        comment(2, "other", "Reply.", status="Online"),
        comment(1, handle, "Second.", number=2, display=None, status=status),
    )
    document = only(parse_text(text))
    assert [(c.handle, c.status, c.path, c.body) for c in document.comments] == [
        (handle, status, "1", "First."),
        ("other", "Online", "1.1", "Reply."),
        (handle, status, "2", "Second."),
    ]
    assert [c.display_name for c in document.comments] == ["Name", "Name", None]


def test_display_names() -> None:
    text = article_a(
        "Title",
        comment(1, "a", display=None),
        comment(1, "b", display="Victor (Vic)", number=2),
        comment(1, "c", display="", number=3),
        comment(1, "d", display="Галина Рожкова", number=4),
    )
    document = only(parse_text(text))
    assert [c.display_name for c in document.comments] == [None, "Victor (Vic)", None, "Галина Рожкова"]
    assert all(c.posted_at == datetime(2022, 12, 23, 19, 38) for c in document.comments)


@pytest.mark.parametrize(
    "time",
    [
        "23 December 2022 19: 38",
        "23 December 2022 19:38",
        "23 December 2022 19 : 38",
        "23\u00a0December\u00a02022\u00a019:\u00a038",
        "23 December 2022\u00a019:38",
        "23 December 2022, 19:38",
        "23 December 2022 at 19:38",
        "23 Dec 2022 19:38",
        "23 декабря 2022 19:38",
        "23.12.2022 19:38",
    ],
)
def test_time_variants(time: str) -> None:
    document = only(parse_text(article_a("Title", comment(1, "a", time=time))))
    assert document.comments[0].posted_at == datetime(2022, 12, 23, 19, 38)
    assert document.comments[0].display_name == "Name"


@pytest.mark.parametrize("time", ["yesterday, 19:38", "31 February 2022 19:38", "23 Smarch 2022 19:38"])
def test_unreadable_times_keep_the_comment(time: str) -> None:
    document = only(parse_text(article_a("Title", comment(1, "a", "Body."), comment(1, "b", number=2, time=time))))
    b = document.comments[1]
    assert (b.handle, b.display_name, b.posted_at, b.body, b.truncated) == ("b", "Name", None, "Text.", False)
    assert document.comments[0].body == "Body."
    assert any(w.startswith("comment by b: time not understood") for w in document.warnings)


def test_no_display_name_and_no_time() -> None:
    document = only(parse_text(article_a("Title", comment(1, "a", "Body.", display=None, time=""))))
    assert (document.comments[0].display_name, document.comments[0].posted_at) == (None, None)
    assert document.comments[0].body == "Body."


# -- body lines that look like structure ---------------------------------------------------------


def test_body_lines_that_look_like_headers() -> None:
    body = [
        "Three points:",
        "1. first point",  # at exactly a reply's indent (the body indent)
        "2. Second Offline point",
        "  • a bullet",
        "  - another bullet",
        "Quote: Vdars",
        "Only the cost of ink in the signature!",
        "Vdars (Victor) 23 December 2022 22: 52",  # a meta line, but no header before it
        "1. Vdars Offline Vdars",  # a header, but no meta line after it
        "and the body goes on",
    ]
    text = article_a("Title", comment(1, "alpha", body), comment(2, "Vdars", "A real reply."))
    document = only(parse_text(text))
    assert shape(document) == [("alpha", 1, None, "1"), ("Vdars", 2, 0, "1.1")]
    assert document.comments[0].body == "\n".join(body)
    assert document.comments[1].body == "A real reply."


def test_a_list_in_a_reply_at_the_next_reply_indent() -> None:
    text = article_a(
        "Title",
        comment(1, "alpha", "Top."),
        comment(2, "beta", ["My list:", "  1. one", "  2. two"]),
        comment(3, "gamma", "Deep."),
        comment(2, "delta", "Second reply.", number=2),
    )
    document = only(parse_text(text))
    assert shape(document) == [
        ("alpha", 1, None, "1"),
        ("beta", 2, 0, "1.1"),
        ("gamma", 3, 1, "1.1.1"),
        ("delta", 2, 0, "1.2"),
    ]
    assert document.comments[1].body == "My list:\n  1. one\n  2. two"


def test_numbers_lie_restarts_and_wide_markers() -> None:
    threads = [comment(1, f"user{n}", f"Comment {n}.", number=n) for n in range(1, 13)]
    # A second page of comments restarts the numbering at 1 inside the same level.
    threads += [comment(1, "page2a", "P2.", number=1), comment(2, "reply", "R.", number=7)]
    threads += [comment(1, "page2b", "P2b.", number=2)]
    document = only(parse_text(article_a("Title", *threads)))
    paths = [c.path for c in document.comments]
    assert paths == [str(n) for n in range(1, 14)] + ["13.1", "14"]
    assert document.comments[9].handle == "user10"
    assert document.comments[9].body == "Comment 10."  # "10." widened the marker, not the content indent
    assert document.comments[14].parent is None


def test_depth_comes_from_indentation_even_when_it_jumps() -> None:
    text = article_a("Title", comment(1, "a"), comment(3, "c"), comment(2, "b"), comment(1, "d", number=2))
    document = only(parse_text(text))
    assert shape(document) == [("a", 1, None, "1"), ("c", 2, 0, "1.1"), ("b", 2, 0, "1.2"), ("d", 1, None, "2")]
    assert "comment by c indented for depth 3, placed at depth 2" in document.warnings


def test_empty_comment_bodies() -> None:
    text = article_a(
        "Title",
        comment(1, "a", []),
        comment(2, "b", []),
        comment(1, "c", ["", "Late text.", ""], number=2),
        comment(1, "d", [], number=3),
    )
    document = only(parse_text(text))
    assert [(c.handle, c.body, c.path) for c in document.comments] == [
        ("a", "", "1"),
        ("b", "", "1.1"),
        ("c", "Late text.", "2"),
        ("d", "", "3"),
    ]
    assert not any(c.truncated for c in document.comments[:3])


def test_very_long_bodies() -> None:
    many_lines = [f"Line {n} of a long comment." for n in range(600)]
    many_lines[300] = ""
    wide = "word " * 4000
    text = article_a("Title", comment(1, "long", many_lines), comment(1, "wide", [wide.strip()], number=2))
    document = only(parse_text(text))
    assert document.comments[0].body == "\n".join(many_lines)
    assert document.comments[1].body == wide.strip()


def test_long_lines_with_long_space_runs_parse() -> None:
    # Lines shaped to make a backtracking pattern quadratic: a header-like line, a meta line, a
    # credit and HTML debris, each with a run of 200,000 spaces. This must finish at once.
    spaces = " " * 200_000
    text = "\n".join(
        [
            "Title",
            "",
            "<" + spaces + "p",
            "• Photos used" + spaces + "x",
            "  1. a" + spaces + "b",
            "    x",
            "  2. A Offline A",
            "    A (V) 23 December 2022" + spaces + "x",
            "    body" + spaces + "end",
            "  3. B Offline B",
            "    B 23 December 2022 19:38",
            "    " + "aB" * 100_000 + "Next title",
        ]
    )
    documents = parse_text(text)
    assert documents[0].title == "Title"


def test_a_thread_two_thousand_levels_deep() -> None:
    threads = [comment(depth, f"user{depth}", f"Level {depth}.") for depth in range(1, 2001)]
    threads.append(comment(1, "top", "Back at the top.", number=2))
    document = only(parse_text(article_a("Deep", *threads)))
    assert len(document.comments) == 2001
    deepest = document.comments[1999]
    assert (deepest.depth, deepest.parent, deepest.body) == (2000, 1998, "Level 2000.")
    assert deepest.path == "…" + ".".join(["1"] * PATH_LEVELS)  # the last levels: a path stays short
    assert (document.comments[-1].depth, document.comments[-1].path) == (1, "2")


# -- not text at all -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("whitespace.txt", "only whitespace"),
        ("image.txt", "binary data, not text"),
        ("not_text.txt", "not text in any known encoding"),
    ],
)
def test_not_text_at_all(name: str, reason: str) -> None:
    with pytest.raises(UnreadableInput, match=reason):
        parse_bytes((DAMAGE / name).read_bytes())


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 + b" \n ",
        codecs.BOM_UTF16_LE + bytes(range(256)) * 8,
        b"\x00" * 100,
        b"\x98" * 100,
        bytes(range(0x80, 0xA0)) * 20,
        b"GIF89a" + bytes(200),
    ],
    ids=["bom only", "bom and whitespace", "utf-16 junk", "nul", "0x98", "C1", "GIF"],
)
def test_more_bytes_that_are_not_text(data: bytes) -> None:
    with pytest.raises(UnreadableInput):
        parse_bytes(data)


def test_text_parser_returns_nothing_for_blank_text() -> None:
    assert parse_text("") == []
    assert parse_text(" \n\n \t\n") == []


def test_concatenated_files_in_different_encodings() -> None:
    russian = (DAMAGE / "cp1251_thread.txt").read_bytes()
    for data in (SEED_A + b"\n" + russian, russian + SEED_A, codecs.BOM_UTF8 + SEED_B + b"\n" + russian):
        documents = parse_bytes(data)
        titles = [d.title for d in documents]
        assert "Песков: Кремль видит возможность переговоров" in titles
        assert SEED_A_TITLE in titles or SEED_B_TITLE in titles
        russian_doc = next(d for d in documents if d.title.startswith("Песков"))
        assert [c.handle for c in russian_doc.comments] == ["Иван Петров", "ёжик."]
        assert any(w.startswith("mixed encodings: ") for w in russian_doc.warnings)
        assert all("\ufffd" not in d.raw for d in documents)


def test_literal_replacement_characters_in_utf8_stay() -> None:
    data = "Title\n\nA paragraph with \ufffd\ufffd\ufffd marks and a \u00ff.".encode() + b"\n\nA bad \xff byte."
    document = only(parse_bytes(data))
    assert document.paragraphs == ["A paragraph with \ufffd\ufffd\ufffd marks and a \u00ff.", "A bad \ufffd byte."]
    assert document.warnings == ["1 undecodable bytes replaced"]


def test_a_bom_inside_the_text_from_concatenated_files() -> None:
    documents = parse_bytes(codecs.BOM_UTF8 + SEED_A + codecs.BOM_UTF8 + SEED_B)
    assert [d.title for d in documents] == [SEED_A_TITLE, SEED_B_TITLE]
    assert all("\ufeff" not in d.raw for d in documents)


def test_text_after_the_time_is_ignored() -> None:
    document = only(parse_text(article_a("Title", comment(1, "a", time="23 December 2022 19: 38 | edited"))))
    assert document.comments[0].posted_at == datetime(2022, 12, 23, 19, 38)


def test_a_byline_between_the_credit_and_the_thread_is_junk() -> None:
    text = "\n".join(
        [
            "Title",
            "",
            "The article.",
            "  • Photos used: Kremlin",
            "Author: Ivan Petrov",
            "Dear reader, to leave comments on the publication, you must sign in.",
            *comment(1, "a", "Hi."),
            "Next title",
            "",
            "Next article's paragraph.",
        ]
    )
    first, second = parse_text(text)
    assert (first.title, first.paragraphs, [c.handle for c in first.comments]) == ("Title", ["The article."], ["a"])
    assert "junk dropped: 'Author: Ivan Petrov'" in first.warnings
    assert (second.title, second.paragraphs) == ("Next title", ["Next article's paragraph."])


def test_a_short_page_without_credit_or_prompt_after_a_page_without_comments() -> None:
    # After the first page's prompt, the next page has no credit and no prompt, and two short
    # paragraphs before its comments: a title, a blank line and text, not a byline (seen in the
    # benchmark corpus, 61 of 108,000 pages).
    text = "\n".join(
        [
            "Title",
            "",
            "The article.",
            "  • Photos used: Kremlin",
            "Dear reader, to leave comments on the publication, you must sign in.",
            "Next title",
            "",
            "A short paragraph.",
            "",
            "Another one.",
            *comment(1, "a", "Hi."),
        ]
    )
    first, second = parse_text(text)
    assert (first.title, first.paragraphs, first.comments) == ("Title", ["The article."], [])
    assert (second.title, second.paragraphs) == ("Next title", ["A short paragraph.", "Another one."])
    assert [c.handle for c in second.comments] == ["a"]
    # Before the prompt, a byline with a blank line after it still belongs to its page.
    for after in (["", "Dear reader, to leave comments on the publication, you must sign in."], [""]):
        lines = ["Title", "", "The article.", "  • Photos used: Kremlin", "Author: Ivan Petrov", *after]
        document = only(parse_text("\n".join([*lines, *comment(1, "a", "Hi.")])))
        assert [c.handle for c in document.comments] == ["a"]
        assert "junk dropped: 'Author: Ivan Petrov'" in document.warnings


def test_right_aligned_wide_markers_and_no_break_spaces_in_headers() -> None:
    text = article_a(
        "Title",
        comment(1, "a", "Top."),
        [" 10. b Offline b", "    b (B) 23 December 2022 19:38", "    Second top."],  # right-aligned "10."
        ["   11. c Offline c", "      c (C) 23 December 2022 19:38", "      Reply to b."],
        ["  12. d\u00a0Online\u00a0d", "    d\u00a0(D)\u00a023 December 2022 19:38", "    Third top."],
    )
    document = only(parse_text(text))
    assert shape(document) == [("a", 1, None, "1"), ("b", 1, None, "2"), ("c", 2, 1, "2.1"), ("d", 1, None, "3")]
    assert [c.body for c in document.comments] == ["Top.", "Second top.", "Reply to b.", "Third top."]
    assert (document.comments[3].status, document.comments[3].display_name) == ("Online", "D")


def test_format_b_without_a_subtitle() -> None:
    text = SEED_B.decode("utf-8").replace("Kremlin outlines platform for talks with US\n\n", "")
    document = only(parse_text(text))
    assert document.subtitle is None
    assert document.paragraphs[0].startswith("Russia's position needs")
    # A subtitle that is a question is still a subtitle.
    text = SEED_B.decode("utf-8").replace("Kremlin outlines platform", "Will the Kremlin outline a platform")
    assert only(parse_text(text.replace("with US\n", "with the US?\n"))).subtitle == (
        "Will the Kremlin outline a platform for talks with the US?"
    )


@pytest.mark.parametrize("cut_after", ["  7", "  7.", "  7. k7", "  7. k7k8 Of"])
def test_cut_inside_a_header_before_the_handle_is_whole(cut_after: str) -> None:
    text = SEED_A.decode("utf-8")
    document = only(parse_text(text[: text.index("  7. k7k8")] + cut_after))
    vdars = document.comments[-1]
    assert (vdars.handle, vdars.body, vdars.truncated) == ("Vdars", "Only the cost of ink in the signature!", False)
    assert any(w.startswith("truncated: the text ends inside a comment header") for w in document.warnings)
    assert document.raw.endswith(cut_after)


def test_a_numbered_line_at_the_end_of_a_body_is_body() -> None:
    text = article_a("Title", comment(1, "a", ["My points:", "1. one", "2. two"]))
    document = only(parse_text(text))
    assert (document.comments[0].body, document.comments[0].truncated) == ("My points:\n1. one\n2. two", False)
    # A bare number at the body's indent, last in the text: a reply's header cut after its number.
    text = article_a("Title", comment(1, "a", ["My points:", "1. one", "2."]))
    document = only(parse_text(text))
    assert document.comments[0].body == "My points:\n1. one"
    assert any(w.startswith("truncated: the text ends inside a comment header") for w in document.warnings)


def test_unknown_junk_between_the_article_and_its_thread_stays_with_it() -> None:
    text = "\n".join(
        [
            "Title",
            "",
            "The article.",
            "  • Photos used: Kremlin",
            "Our news channels",
            "",
            "Subscribe and stay up to date with the latest news and the most important events of the day.",
            "Dear reader, to leave comments on the publication, you must sign in.",
            *comment(1, "a", "Hi."),
        ]
    )
    document = only(parse_text(text))
    assert (document.title, document.paragraphs, [c.handle for c in document.comments]) == (
        "Title", ["The article."], ["a"],
    )
    assert "junk dropped: 'Our news channels'" in document.warnings


def test_a_short_page_after_a_page_without_comments_stays_a_page() -> None:
    """Found by the benchmark corpus: a page with no thread, then a short page of its own with
    its own credit and sign-in prompt and a thread; the second title is not a byline."""
    from desktop.ingest.parse import parse_text

    text = (
        "First page\n\nIts paragraph, long enough to be one.\n  • Photos used: pixabay.com\n"
        "Dear reader, to leave comments on the publication, you must sign in.\n"
        "Second page title\n\nA short paragraph.\n\nAnother short one.\n  • Photos used: social networks\n"
        "Dear reader, to leave comments on the publication, you must sign in.\n"
        "  1. bob Offline bob\n    bob 1 January 2023 10:00\n    Hello\n"
    )
    documents = parse_text(text)
    assert [(d.title, len(d.paragraphs), len(d.comments)) for d in documents] == [
        ("First page", 1, 0),
        ("Second page title", 2, 1),
    ]
