"""REFI-QDA: the project validates against the standard's schema, and reading the .qdpx back gives
the same codes, hierarchy and selections (the text at each selection's positions is what was
highlighted)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import xmlschema
from PySide6.QtCore import Qt

from desktop.cli import main
from desktop.exporting.qdpx import QdpxProject, read_qdpx, source_text
from desktop.exporting.run import ExportOptions, run_export
from desktop.exporting.scope import Scope
from desktop.ingest.importer import import_paths
from desktop.store import annotations as ann
from desktop.store import coders
from desktop.store.annotations import Target
from desktop.store.db import Library
from desktop.ui import export_dialog
from desktop.ui.export_dialog import ExportDialog
from tests.conftest import DATA, SEEDS
from tests.exporting.helpers import Rich, cyrillic_article
from tests.ingest.builders import comment

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


def read_qdpx_example(edit: Any = lambda qde: qde) -> QdpxProject:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("project.qde", edit((REFI / "example-project.qde").read_text(encoding="utf-8")))
    buffer.seek(0)
    return read_qdpx(buffer)


def test_reading_variables_of_another_tool() -> None:
    """A value may be left out (the schema allows it), a variable may be undeclared."""
    guid = "0e3b6f8a-1b2c-4d5e-8f90-123456789abc"
    variables = f'<Variables><Variable guid="{guid}" name="Age" typeOfVariable="Integer"/></Variables>'
    values = (f'<VariableValue><VariableRef targetGUID="{guid}"/></VariableValue><VariableValue>'
              f'<VariableRef targetGUID="{guid[:-1]}d"/><TextValue>x</TextValue></VariableValue>')  # fmt: skip
    example = read_qdpx_example(lambda qde: qde.replace("</CodeBook>", "</CodeBook>" + variables).replace(
        "      </PlainTextSelection>\n", "      </PlainTextSelection>\n" + values))  # fmt: skip
    (source,) = example.sources
    assert example.variables == {guid: ("Age", "Integer")}
    assert source.variables == {"Age": "", f"{guid[:-1]}d": "x"}


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


@pytest.mark.parametrize("options", [ExportOptions(), ExportOptions(pseudonymise=True),
                                     ExportOptions(comment_sources=True)])  # fmt: skip
def test_every_guid_is_valid_unique_and_referenced(library: Library, rich: Rich, tmp_path: Path,
                                                   schema: xmlschema.XMLSchema10,
                                                   options: ExportOptions) -> None:  # fmt: skip
    """Unique but for each commenter's Case and Code, which share theirs (QualCoder links them so),
    even with tags named like a commenter or like the key of a commenter's coding, and with a
    second coder's codings of the same tags (each coder a User, each coding by its coder)."""
    db = library.db
    bob = coders.coder_id(db, "Bob")
    for name in ("commenter", "boris"):
        tag, _ = ann.create_tag(db, name, "#000000")
        ann.tag_comments(db, tag, [rich.comments["boris"]])
        ann.tag_comments(db, tag, [rich.comments["boris"]], coder=bob)
    ann.add_highlight(db, ("comment", rich.comments["boris"]), 0, 1, tag, coder=bob)
    run_export(library, "qdpx", tmp_path / "project.qdpx", options=options)
    project = read_qdpx(tmp_path / "project.qdpx")
    xml = project.project_xml.decode("utf-8")
    schema.validate(xml)
    defined = re.findall(r' guid="([^"]*)"', xml)
    cases = [case.guid for case in project.cases]
    assert len(cases) == 11 and set(cases) <= set(project.codes)
    assert all(GUID.fullmatch(g) for g in defined) and len(defined) == len(set(defined)) + len(cases)
    referenced = set(re.findall(r'(?:targetGUID|creatingUser|modifyingUser)(?:GUID)?="([^"]*)"', xml))
    assert referenced <= set(defined)
    users = dict((name, guid) for guid, name in re.findall(r'<User guid="([^"]*)" name="([^"]*)"', xml))
    assert set(users) == {"Glossa", coders.default_name(), "Bob"}
    assert len(re.findall(f'<Coding [^>]*creatingUser="{users["Bob"]}"', xml)) == 3
    names = [code.name for code in project.codes.values()]
    assert len(names) == len(set(names))  # QualCoder keeps code names unique
    if not options.pseudonymise:
        assert "boris (commenter)" in names


def test_tags_with_one_name_under_several_parents_get_unique_code_names(library: Library, rich: Rich,
                                                                       tmp_path: Path) -> None:
    db = library.db
    for path in ("x", "a/x", "b/x"):
        tag, _ = ann.create_tag(db, path, "#000000")
        ann.tag_comments(db, tag, [rich.comments["boris"]])
    run_export(library, "qdpx", tmp_path / "project.qdpx")
    project = read_qdpx(tmp_path / "project.qdpx")
    names = [code.name for code in project.codes.values()]
    assert len(names) == len(set(names))  # QualCoder refuses a second code of the same name
    by_name = {code.name: code for code in project.codes.values()}
    assert {"x", "x (a)", "x (b)"} <= set(by_name)
    assert project.codes[by_name["x (a)"].parent].name == "a"


def test_tags_are_codes_with_their_hierarchy_colours_and_notes(library: Library, project: QdpxProject) -> None:
    db = library.db
    codes = {project.code_path(guid): code for guid, code in project.codes.items()
             if not project.code_path(guid).startswith("Commenters")}  # fmt: skip
    assert {tag.path: tag.color for tag in ann.tag_tree(db)} == {path: code.color for path, code in codes.items()}
    assert codes["propaganda/dehumanisation"].description == "Speech that denies the other side's humanity."
    assert codes["irony/сарказм"].parent == next(g for g, c in project.codes.items() if c.name == "irony")
    assert all(code.description is None for path, code in codes.items() if path != "propaganda/dehumanisation")


def test_selections_are_at_the_highlighted_text(library: Library, rich: Rich, project: QdpxProject) -> None:
    db = library.db
    selections = {}
    for source in project.sources:
        for selection in source.selections:
            text = source.text[selection.start : selection.end]  # a reply's lines too: no indentation
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
    assert ("Анна_К (2022-12-24 10:00):", ("Commenters/Анна_К", "irony/сарказм")) in coded
    assert ("boris (2022-12-24 10:05):",
            ("Commenters/boris", "irony/сарказм", "propaganda/dehumanisation/animal metaphors")) in coded  # fmt: skip
    assert ("vera (2022-12-24 11:00):", ("Commenters/vera",)) in coded  # untagged: coded with its commenter only
    assert ("Переговоры: новый раунд", ("irony", "propaganda")) in coded  # the article block
    article = next(s for s in cyrillic.selections if cyrillic.text[s.start : s.end].startswith("Переговоры"))
    assert cyrillic.text[article.start : article.end].endswith("а не дипломатией.")
    every = db.execute_sql("SELECT COUNT(*) FROM comment").fetchone()[0]
    comment_selections = [s for src in project.sources for s in src.selections
                          if re.match(r"\S.* \(\d{4}-\d\d-\d\d \d\d:\d\d\):\n", src.text[s.start : s.end])]  # fmt: skip
    assert len(comment_selections) == every
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
        "    bob:\nReply\n\nmore\n"
    )
    assert layout.text[layout.article_position(4) : layout.article_position(6)] == "🙂."
    assert layout.text[layout.comment_position(1, 2) : layout.comment_position(1, 6)] == "p\nli"
    assert layout.text[layout.comment_position(2, 0) : layout.comment_position(2, 5)] == "Reply"
    assert layout.text[layout.comment_position(2, 3) : layout.comment_position(2, 11)] == "ly\n\nmore"
    assert layout.text[layout.comment_position(2, 7) :].startswith("more")  # after the blank line


def test_every_kind_of_note_is_in_the_description_qualcoder_reads(library: Library, rich: Rich,
                                                                   project: QdpxProject) -> None:  # fmt: skip
    """QualCoder takes a coding's memo from its selection's Description, a source's from the
    TextSource's, a case's from the Case's and a code's from the Code's; it ignores NoteRefs,
    which stay for the other tools."""
    db = library.db
    selections = [s for source in project.sources for s in source.selections]
    descriptions = {s.description for s in selections}
    for kind, key in (("highlight", rich.highlights["biden"]), ("highlight", rich.highlights["ink"]),
                      ("comment", rich.comments["Smirnoff"]), ("comment", rich.comments["Анна_К"])):  # fmt: skip
        note = ann.get_note(db, (kind, key))
        assert note is not None and note.body in descriptions, (kind, note)
        holder = next(s for s in selections if s.description == note.body)
        assert [project.notes[g] for g in holder.notes] == [note.body]  # the NoteRef kept
    note = ann.get_note(db, ("article", rich.seed_a))
    seed = next(s for s in project.sources if s.name and s.name.startswith(f"{rich.seed_a}: "))
    assert note is not None and seed.description == note.body and [project.notes[g] for g in seed.notes] == [note.body]
    assert all(s.description is None for s in project.sources if s is not seed)  # no provenance as a memo
    cases = {case.name: case for case in project.cases}
    assert cases["Smirnoff"].description == "Posts in capitals. Also known as Victor."
    assert cases["Анна_К"].description == "Только по-русски."
    assert "Posts in capitals. Also known as Victor." in project.notes.values()
    # Every note of the library but the two detached ones (their comment is gone).
    notes = db.execute_sql("SELECT body FROM note WHERE body <> ''").fetchall()
    memos = [s.description for s in selections] + [s.description for s in project.sources]
    memos += [c.description for c in project.cases] + [c.description for c in project.codes.values()]
    assert sorted(m for m in memos if m and not m.startswith("One code per commenter")) == sorted(
        body for (body,) in notes if body not in ("A note on a deleted comment", "kept"))
    assert len(notes) == 11


def test_a_case_per_commenter_linked_through_their_code(library: Library, rich: Rich, project: QdpxProject) -> None:
    db = library.db
    handles = {row[0] for row in db.execute_sql("SELECT handle FROM author")}
    cases = {case.name: case for case in project.cases}
    assert set(cases) == handles
    commenters = next(g for g, c in project.codes.items() if c.name == "Commenters")
    for handle, case in cases.items():
        code = project.codes[case.guid]  # the Code sharing the Case's GUID
        assert code.parent == commenters and code.name == handle and case.codes == [case.guid]
    assert cases["Анна_К"].variables == {"Display names": "Анна"}
    # Each comment is a selection coded with its commenter's Code: header to the end of its body.
    header = re.compile(r"(\S[^\n]*) \(\d{4}-\d\d-\d\d \d\d:\d\d\):\n")
    coded = 0
    for source in project.sources:
        for selection in source.selections:
            match = header.match(source.text, selection.start)
            if match and match.start() == selection.start:
                assert cases[match.group(1)].guid in selection.codes
                coded += 1
    assert coded == db.execute_sql("SELECT COUNT(*) FROM comment").fetchone()[0]
    boris = next(s for s in project.sources for s in s.selections if cases["boris"].guid in s.codes)
    assert set(boris.codes) > {cases["boris"].guid}  # with the comment's tags


def test_sources_carry_date_file_url_and_comment_count(library: Library, rich: Rich, tmp_path: Path) -> None:
    db = library.db
    db.execute_sql("UPDATE article SET published_at = '2022-12-23 19:38:00' WHERE id = ?", (rich.seed_a,))
    run_export(library, "qdpx", tmp_path / "project.qdpx")
    project = read_qdpx(tmp_path / "project.qdpx")
    for source in project.sources:
        article_id = int((source.name or "").split(":")[0])
        url, file, published, comments = db.execute_sql(
            "SELECT source_url, source_file, published_at, comment_count FROM article WHERE id = ?", (article_id,)
        ).fetchone()
        expected = {"Comments": str(comments), "Source file": Path(file).name}
        if url:
            expected["URL"] = url
        if published:
            expected["Date"] = str(published)[:10]
        assert source.variables == expected
    assert any(source.variables.get("Date") == "2022-12-23" for source in project.sources)
    assert {name for name, _ in project.variables.values()} >= {"Comments", "Source file", "Date", "Display names"}
    assert dict(project.variables.values())["Comments"] == "Integer"


def test_guids_are_the_same_in_every_export_of_a_library(library: Library, rich: Rich, tmp_path: Path,
                                                         open_library: Any) -> None:  # fmt: skip
    def guids(library: Library, name: str) -> list[str]:
        run_export(library, "qdpx", tmp_path / name)
        return re.findall(r' guid="([^"]*)"', read_qdpx(tmp_path / name).project_xml.decode("utf-8"))

    first = guids(library, "first.qdpx")
    assert guids(library, "second.qdpx") == first
    other = open_library("other.glossa")
    page = tmp_path / "other.txt"
    page.write_text(cyrillic_article(), encoding="utf-8")
    import_paths(other, [page])
    assert not set(guids(other, "other.qdpx")) & set(first)  # another library: other GUIDs


def test_a_highlight_across_lines_of_a_reply_codes_exactly_its_text(library: Library, tmp_path: Path) -> None:
    lines = ["Drills", "", "Offline drills work.",
             "Dear reader, to leave comments on the publication, you must sign in."]  # fmt: skip
    lines += comment(1, "ann", "Top comment", number=1, time="24 December 2022 10: 00")
    lines += comment(2, "bob", ["Old Sapper", "2. Offline drills", "3. More"], number=1, time="24 December 2022 10: 05")
    page = tmp_path / "drills.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_paths(library, [page])
    db = library.db
    bob, body = db.execute_sql("SELECT c.id, c.body FROM comment c JOIN author a ON a.id = c.author_id"
                               " WHERE a.handle = 'bob'").fetchone()  # fmt: skip
    start = body.index("Old Sapper")
    ann.add_highlight(db, Target("comment", bob), start, body.index("3. More"))
    run_export(library, "qdpx", tmp_path / "drills.qdpx")
    (source,) = read_qdpx(tmp_path / "drills.qdpx").sources
    texts = [source.text[s.start : s.end] for s in source.selections]
    assert "Old Sapper\n2. Offline drills\n" in texts
    assert "    bob (2022-12-24 10:05):\nOld Sapper" in source.text  # the reply's header shows its level


def test_comments_as_sources_of_their_own(library: Library, rich: Rich, tmp_path: Path,
                                          schema: xmlschema.XMLSchema10) -> None:  # fmt: skip
    run_export(library, "qdpx", tmp_path / "per-comment.qdpx", options=ExportOptions(comment_sources=True))
    project = read_qdpx(tmp_path / "per-comment.qdpx")
    schema.validate(project.project_xml.decode("utf-8"))
    db = library.db
    cases = {case.name: case.guid for case in project.cases}
    comments = {s.name: s for s in project.sources if s.name and re.match(r"\d+\.\d+: ", s.name)}
    assert len(comments) == db.execute_sql("SELECT COUNT(*) FROM comment").fetchone()[0]
    boris_id = rich.comments["boris"]
    (name, boris), = ((n, s) for n, s in comments.items() if n.split(":")[0].endswith(f".{boris_id}"))  # fmt: skip
    body, depth, parent, posted = db.execute_sql(
        "SELECT body, depth, parent_id, posted_at FROM comment WHERE id = ?", (boris_id,)).fetchone()  # fmt: skip
    assert boris.text == body and name.endswith(": boris")
    assert boris.variables == {"Author": "boris", "Time": str(posted).replace(" ", "T"), "Depth": str(depth),
                               "Parent comment": str(parent), "Article": str(rich.cyrillic)}  # fmt: skip
    whole = next(s for s in boris.selections if (s.start, s.end) == (0, len(body)))
    assert cases["boris"] in whole.codes and len(whole.codes) == 3  # the commenter and the comment's two tags
    highlight = ann.highlights_for_article(db, rich.cyrillic)
    reply = next(h for h in highlight if h.id == rich.highlights["reply"])
    assert any(boris.text[s.start : s.end] == reply.text for s in boris.selections)
    smirnoff = next(s for n, s in comments.items() if n.endswith(": Smirnoff"))
    assert smirnoff.description == ann.get_note(db, ("comment", rich.comments["Smirnoff"])).body  # type: ignore[union-attr]
    article = next(s for s in project.sources if s.name and s.name.startswith(f"{rich.cyrillic}: "))
    assert "Comments (" not in article.text and "boris" not in article.text


def test_the_command_line_exports_comments_as_sources(tmp_path: Path) -> None:
    library = tmp_path / "library.glossa"
    assert main(["--library", str(library), "import", str(SEEDS)]) == 0
    for name, extra in (("threads.qdpx", []), ("comments.qdpx", ["--comment-sources"])):
        assert main(["--library", str(library), "export", "--format", "qdpx", "-o", str(tmp_path / name), *extra]) == 0
    threads, comments = read_qdpx(tmp_path / "threads.qdpx"), read_qdpx(tmp_path / "comments.qdpx")
    comment_count = sum(int(s.variables["Comments"]) for s in threads.sources)
    assert comment_count > 0 and len(comments.sources) == len(threads.sources) + comment_count


def test_the_export_dialog_offers_comments_as_sources_for_qdpx_only(
    qtbot: Any, library: Library, rich: Rich, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_dialog, "show_message", lambda *args, **kwargs: None)  # no modal box to click
    dialog = ExportDialog(library, None)
    qtbot.addWidget(dialog)
    assert not dialog.comment_sources_check.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("qdpx"))
    assert dialog.comment_sources_check.isEnabled()
    dialog.comment_sources_check.setChecked(True)
    dialog.destination_edit.setText(str(tmp_path / "per-comment.qdpx"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    project = read_qdpx(tmp_path / "per-comment.qdpx")
    assert sum(1 for s in project.sources if "Author" in s.variables) == len(rich.comments)
