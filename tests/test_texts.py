"""Texts made below the UI (desktop/texts.py): each is its English text, so the CLI prints what it
always printed, and remembers its context, source, count and arguments for the UI to translate."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.durations import human_duration
from desktop.ingest.parse import parse_bytes
from desktop.store.query_language import compile_query
from desktop.texts import PLURAL, QT_TRANSLATE_NOOP, Text, joined, message


def test_a_text_is_its_english_and_remembers_how_it_was_made() -> None:
    text = QT_TRANSLATE_NOOP("Ctx", "Rename tag {tag} to {name}").format(tag="war", name="conflict")
    assert text == "Rename tag war to conflict" and f"[{text}]" == "[Rename tag war to conflict]"
    assert isinstance(text, Text) and type(str(text)) is str
    assert (text.context, text.source, text.disambiguation, text.n) == ("Ctx", "Rename tag {tag} to {name}", None, None)
    assert text.args == {"tag": "war", "name": "conflict"}
    assert json.dumps([text]) == '["Rename tag war to conflict"]'


@pytest.mark.parametrize(
    ("source", "count", "english"),
    [
        ("%n file(s)", 1, "1 file"),
        ("%n file(s)", 0, "0 files"),
        ("Tag %n article(s) with {tag}", 2, "Tag 2 articles with {tag}"),
        ("%Ln comment(s)", 12345, "12,345 comments"),
        ("%Ln (person|people)", 1, "1 person"),
        ("%Ln (person|people)", 6, "6 people"),
        ("%Ln article(s) (carries|carry) a tag", 1, "1 article carries a tag"),
    ],
)
def test_plural_forms_in_english(source: str, count: int, english: str) -> None:
    assert QT_TRANSLATE_NOOP("Ctx", source, None, PLURAL, count) == english


def test_arguments_are_given_by_name() -> None:
    template = QT_TRANSLATE_NOOP("Ctx", "{a} and {b}")
    with pytest.raises(TypeError):
        template.format("x", "y")
    both = template.format(a="x", b=QT_TRANSLATE_NOOP("Ctx", "y"))
    assert both == "x and y" and isinstance(both, Text) and isinstance(both.args["b"], Text)
    assert template == "{a} and {b}" and template.args == {}


def test_copies_keep_what_a_text_remembers() -> None:
    text = QT_TRANSLATE_NOOP("Ctx", "%n file(s) in {folder}", None, PLURAL, 3).format(folder="dumps")
    for copied in (copy.copy(text), copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert copied == text and isinstance(copied, Text)
        assert (copied.context, copied.source, copied.n, copied.args) == ("Ctx", text.source, 3, {"folder": "dumps"})


def test_joined_texts_and_an_exceptions_message() -> None:
    lines = joined("\n", "alice", QT_TRANSLATE_NOOP("Ctx", "3 comments"))
    assert lines == "alice\n3 comments" and isinstance(lines, Text) and lines.context == ""
    assert joined(" {} ", "a", "b") == "a {} b"
    reason = QT_TRANSLATE_NOOP("Ctx", "empty file")
    assert message(ValueError(reason)) is reason
    assert message(ValueError("plain")) == "plain" and message(ValueError("a", "b")) == "('a', 'b')"


def test_what_the_cli_prints_is_the_english_as_before() -> None:
    error = compile_query("is:sometimes").error
    assert error is not None and error.message == "is: can be unread, read or starred, not 'sometimes'."
    assert isinstance(error.message, Text) and error.message.context == "QueryLanguage"
    assert human_duration(timedelta(hours=3, minutes=5)) == "3 h 5 min"
    document = parse_bytes(b"A title\n\nA paragraph of the article, \x01\x02with two control characters.\n")[0]
    assert document.warnings == ["2 control characters removed"]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(None, ""), (0, "0 s"), (45, "45 s"), (720, "12 min"), (3 * 3600 + 300, "3 h 5 min"), (7200, "2 h"),
     (2 * 86400 + 4 * 3600, "2 d 4 h"), (19 * 86400, "2 w 5 d"), (100 * 86400, "100 d")],
)
def test_human_duration(seconds: int | None, text: str) -> None:
    assert human_duration(None if seconds is None else timedelta(seconds=seconds)) == text


def test_texts_py_marks_no_text_of_its_own() -> None:
    # packaging/update_translations.py leaves texts.py out (it defines the marker), so a text
    # marked there would never reach the catalogues and would stay English in every language.
    source = (Path(__file__).resolve().parent.parent / "desktop" / "texts.py").read_text(encoding="utf-8")
    calls = [line for line in source.splitlines() if "QT_TRANSLATE_NOOP(" in line
             and not line.lstrip().startswith(("def ", "QT_TRANSLATE_NOOP(context"))]
    assert calls == []
