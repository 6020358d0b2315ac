"""Pseudonyms: stable within an export and across its files, and no original handle or display
name in any byte written."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.exporting.pseudonyms import OffsetMap, Pseudonymiser
from desktop.exporting.qdpx import read_qdpx
from desktop.exporting.run import ExportOptions, run_export
from desktop.store.db import Library
from tests.exporting.helpers import SEED_DISPLAY_NAMES, SEED_HANDLES, Rich

PSEUDONYMISE = ExportOptions(pseudonymise=True)


def names(library: Library) -> set[str]:
    db = library.db
    found = {r[0] for r in db.execute_sql("SELECT handle FROM author")}
    found |= {r[0] for r in db.execute_sql("SELECT display_name FROM author_alias")}
    found |= {r[0] for r in db.execute_sql("SELECT display_name FROM comment WHERE display_name IS NOT NULL")}
    return found


def written_bytes(paths: list[Path]) -> dict[str, bytes]:
    """Every file written, and every member (and member name) of a zip."""
    files = {}
    for path in paths:
        files[str(path)] = path.read_bytes()
        if path.suffix == ".qdpx":
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    files[f"{path}!{member}"] = member.encode() + b"\n" + archive.read(member)
    return files


@pytest.fixture
def exported(library: Library, rich: Rich, tmp_path: Path) -> dict[str, list[Path]]:
    outputs = {}
    for fmt, name in (("json", "e.json"), ("csv", "csv"), ("markdown", "r.md"), ("qdpx", "p.qdpx")):
        outputs[fmt] = list(run_export(library, fmt, tmp_path / name, options=PSEUDONYMISE).paths)
    return outputs


def test_no_handle_or_display_name_anywhere(library: Library, exported: dict[str, list[Path]]) -> None:
    secret = names(library)
    assert set(SEED_HANDLES) | set(SEED_DISPLAY_NAMES) | {"Анна_К", "Анна", "boris", "Борис", "vera"} <= secret
    files = written_bytes([p for paths in exported.values() for p in paths])
    leaks = [(name, where) for name in secret for where, data in files.items() if name.encode() in data]
    assert not leaks


def test_the_same_commenter_has_the_same_pseudonym_in_every_file(
    library: Library, rich: Rich, exported: dict[str, list[Path]], tmp_path: Path
) -> None:
    document = json.loads(exported["json"][0].read_text(encoding="utf-8"))
    assert document["pseudonymised"] is True
    by_comment = {c["id"]: c["author"] for a in document["articles"] for c in a["comments"]}
    author_ids = dict(library.db.execute_sql("SELECT c.id, c.author_id FROM comment c").fetchall())
    assert by_comment == {cid: f"Commenter {author_ids[cid]}" for cid in by_comment}
    assert all(c["display_name"] in (None, c["author"]) for a in document["articles"] for c in a["comments"])
    with exported["csv"][0].open(encoding="utf-8", newline="") as handle:
        assert {int(r["comment_id"]): r["author"] for r in csv.DictReader(handle)} == by_comment
    report = exported["markdown"][0].read_text(encoding="utf-8")
    smirnoff = by_comment[rich.comments["Smirnoff"]]
    assert f"- **{smirnoff}** · 2022-12-23 20:29" in report
    assert f"\\@{smirnoff}" in report  # the mention in a comment body, the same pseudonym
    project = read_qdpx(exported["qdpx"][0])
    assert any(f"\n{smirnoff} (2022-12-23 20:29):\n" in s.text for s in project.sources)
    again = run_export(library, "json", tmp_path / "again.json", options=PSEUDONYMISE)
    second = json.loads(again.paths[0].read_text(encoding="utf-8"))
    assert {c["id"]: c["author"] for a in second["articles"] for c in a["comments"]} == by_comment


def test_highlights_still_point_at_their_text(exported: dict[str, list[Path]]) -> None:
    document = json.loads(exported["json"][0].read_text(encoding="utf-8"))
    checked = 0
    for article in document["articles"]:
        text = "\n\n".join(article["paragraphs"])
        pairs: list[tuple[str, Any]] = [(text, h) for h in article["highlights"]]
        pairs += [(c["body"], h) for c in article["comments"] for h in c["highlights"]]
        for target, highlight in pairs:
            assert target[highlight["start"] : highlight["end"]] == highlight["text"]
            checked += 1
    assert checked == 7


def test_whole_words_are_replaced_and_offsets_follow() -> None:
    p = Pseudonymiser([(3, "Smirnoff", ["Victor"]), (7, "In passing", ["Galina"]), (8, "-=X=-", []), (9, "vic", [])])
    text = "Quote: Smirnoff\n@Smirnoff, (Victor) Smirnoff's reply; Smirnoffs; In passing; -=X=- vicar vic"
    assert p.text(text) == ("Quote: Commenter 3\n@Commenter 3, (Commenter 3) Commenter 3's reply; Smirnoffs;"
                            " Commenter 7; Commenter 8 vicar Commenter 9")  # fmt: skip
    new, offsets = p.text_map("ask Smirnoff now")
    assert new == "ask Commenter 3 now"
    assert (offsets.position(4), offsets.position(12, end=True)) == (4, 15)  # the name itself
    assert (offsets.position(6), offsets.position(8, end=True)) == (4, 15)  # inside it: the whole pseudonym
    assert (offsets.position(13), offsets.position(16, end=True)) == (16, 19)  # after it: shifted
    assert p.handle("Smirnoff") == "Commenter 3" and p.handle("stranger") == "Commenter 10"
    assert OffsetMap().position(5) == 5


def test_a_handle_wins_over_another_commenters_display_name() -> None:
    p = Pseudonymiser([(1, "anna", ["Boris"]), (2, "Boris", [])])
    assert p.text("Boris and anna") == "Commenter 2 and Commenter 1"
