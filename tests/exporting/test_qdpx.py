"""REFI-QDA: the project validates against the standard's schema, and reading the .qdpx back gives
the same codes, hierarchy and selections (the text at each selection's positions is what was
highlighted)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import xmlschema

from desktop.exporting.qdpx import INDENT, QdpxProject, read_qdpx, source_text
from desktop.exporting.run import run_export
from desktop.exporting.scope import Scope
from desktop.store import annotations as ann
from desktop.store.db import Library
from tests.conftest import DATA
from tests.exporting.helpers import Rich

REFI = DATA / "refi-qda"
GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(str(REFI / "Project.xsd"))


@pytest.fixture
def project(library: Library, rich: Rich, tmp_path: Path) -> QdpxProject:
    run_export(library, "qdpx", tmp_path / "project.qdpx")
    return read_qdpx(tmp_path / "project.qdpx")


def test_the_schema_tells_valid_from_invalid(schema: xmlschema.XMLSchema10) -> None:
    example = (REFI / "example-project.qde").read_text(encoding="utf-8")
    schema.validate(example)
    for broken in (example.replace('guid="fb9fa01c-90eb-4a57-b2a2-49b3deff64ec" ', "", 1),
                   example.replace("60a92833-f8a4", "60a92833‐f8a4"),  # a Unicode hyphen
                   example.replace("urn:QDA-XML:project:1.0", "urn:QDA-XML:project:2.0")):  # fmt: skip
        assert not schema.is_valid(broken)


def test_positions_count_code_points_from_zero_end_exclusive() -> None:
    """As the standard's example does: startPosition 47, endPosition 79 select its 32 characters."""
    example = read_qdpx_example()
    (source,) = example.sources
    (selection,) = source.selections
    assert source.text[selection.start : selection.end] == selection.name == "it has cut their commute in half"


def read_qdpx_example() -> QdpxProject:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.write(REFI / "example-project.qde", "project.qde")
    buffer.seek(0)
    return read_qdpx(buffer)


def test_the_project_validates(library: Library, rich: Rich, tmp_path: Path, schema: xmlschema.XMLSchema10) -> None:
    for name, scope in (("all", None), ("tag", Scope.tags([rich.tags["irony"]])), ("one", Scope.articles([2]))):
        run_export(library, "qdpx", tmp_path / f"{name}.qdpx", scope)
        with zipfile.ZipFile(tmp_path / f"{name}.qdpx") as archive:
            schema.validate(archive.read("project.qde").decode("utf-8"))
            names = archive.namelist()
        assert "project.qde" in names
        assert all(n == "project.qde" or re.fullmatch(rf"sources/{GUID.pattern}\.txt", n) for n in names), names


def test_an_empty_library_validates(library: Library, tmp_path: Path, schema: xmlschema.XMLSchema10) -> None:
    run_export(library, "qdpx", tmp_path / "empty.qdpx")
    schema.validate(read_qdpx(tmp_path / "empty.qdpx").project_xml.decode("utf-8"))


def test_every_guid_is_valid_unique_and_referenced(project: QdpxProject) -> None:
    xml = project.project_xml.decode("utf-8")
    defined = re.findall(r' guid="([^"]*)"', xml)
    assert all(GUID.fullmatch(g) for g in defined) and len(defined) == len(set(defined))
    referenced = set(re.findall(r'(?:targetGUID|creatingUser|modifyingUser)(?:GUID)?="([^"]*)"', xml))
    assert referenced <= set(defined)


def test_tags_are_codes_with_their_hierarchy_colours_and_notes(library: Library, project: QdpxProject) -> None:
    db = library.db
    codes = {project.code_path(guid): code for guid, code in project.codes.items()}
    assert {tag.path: tag.color for tag in ann.tag_tree(db)} == {path: code.color for path, code in codes.items()}
    assert codes["propaganda/dehumanisation"].description == "Speech that denies the other side's humanity."
    assert codes["irony/сарказм"].parent == next(g for g, c in project.codes.items() if c.name == "irony")
    assert all(code.description is None for path, code in codes.items() if path != "propaganda/dehumanisation")


def test_selections_are_at_the_highlighted_text(library: Library, rich: Rich, project: QdpxProject) -> None:
    db = library.db
    selections = {}
    for source in project.sources:
        for selection in source.selections:
            text = source.text[selection.start : selection.end]
            for level in range(12, 0, -1):  # a comment's lines carry its thread indentation
                text = text.replace("\n" + INDENT * level, "\n")
            selections[selection.guid] = (text, [project.code_path(c) for c in selection.codes], selection.notes)
    found = 0
    for article_id in (rich.seed_a, rich.seed_b, rich.cyrillic):
        for highlight in ann.highlights_for_article(db, article_id):
            match = [s for s in selections.values() if s[0] == highlight.text]
            assert match, highlight.text
            tags = [ann.tag_path(db, highlight.tag_id)] if highlight.tag_id else []
            assert any(s[1] == tags for s in match)
            if highlight.note:
                assert any(project.notes[n] == highlight.note for s in match for n in s[2])
            found += 1
    assert found == 7
    emoji = [s for s in selections.values() if s[0] == "чистая" and s[1] == ["propaganda/dehumanisation"]]
    assert emoji, "a selection after an emoji is off: positions must count code points"


def test_tagged_comments_and_articles_are_coded_selections(library: Library, rich: Rich,
                                                           project: QdpxProject) -> None:  # fmt: skip
    db = library.db
    by_source = {s.name: s for s in project.sources}
    cyrillic = next(s for name, s in by_source.items() if name and name.startswith(f"{rich.cyrillic}: "))
    coded = {(cyrillic.text[s.start : s.end].split("\n")[0], tuple(sorted(project.code_path(c) for c in s.codes)))
             for s in cyrillic.selections}  # fmt: skip
    assert ("Анна_К (2022-12-24 10:00):", ("irony/сарказм",)) in coded
    assert ("boris (2022-12-24 10:05):", ("irony/сарказм", "propaganda/dehumanisation/animal metaphors")) in coded
    assert ("Переговоры: новый раунд", ("irony", "propaganda")) in coded  # the article block
    article = next(s for s in cyrillic.selections if cyrillic.text[s.start : s.end].startswith("Переговоры"))
    assert cyrillic.text[article.start : article.end].endswith("а не дипломатией.")
    tagged = db.execute_sql("SELECT COUNT(DISTINCT comment_id) FROM comment_tag").fetchone()[0]
    comment_selections = [s for src in project.sources for s in src.selections
                          if re.match(r"\S.* \(\d{4}-\d\d-\d\d \d\d:\d\d\):\n", src.text[s.start : s.end])]  # fmt: skip
    assert len(comment_selections) == tagged  # the comments with a note are tagged here too
    note = ann.get_note(db, ("article", rich.seed_a))
    seed = next(s for name, s in by_source.items() if name and name.startswith(f"{rich.seed_a}: "))
    assert note is not None and [project.notes[g] for g in seed.notes] == [note.body]


def test_the_source_text_layout() -> None:
    article = {
        "title": "Title", "subtitle": "Sub", "paragraphs": ["One 🙂.", "Two."],
        "comments": [
            {"id": 1, "parent_id": None, "author": "ann", "posted_at": "2024-01-02T03:04:00", "body": "Top\nline"},
            {"id": 2, "parent_id": 1, "author": "bob", "posted_at": None, "body": "Reply\n\nmore"},
        ],
    }  # fmt: skip
    layout = source_text(article)
    assert layout.text == (
        "Title\nSub\n\nOne 🙂.\n\nTwo.\n\nComments (2):\n\nann (2024-01-02 03:04):\nTop\nline\n\n"
        "    bob:\n    Reply\n\n    more\n"
    )
    assert layout.text[layout.article_position(4) : layout.article_position(6)] == "🙂."
    assert layout.text[layout.comment_position(1, 2) : layout.comment_position(1, 6)] == "p\nli"
    assert layout.text[layout.comment_position(2, 0) : layout.comment_position(2, 5)] == "Reply"
    assert layout.text[layout.comment_position(2, 3) : layout.comment_position(2, 11)] == "ly\n\n    more"
    assert layout.text[layout.comment_position(2, 7) :].startswith("more")  # after the blank line
