"""`glossa --coder NAME coded ...` and `glossa agreement`: two coders code the same comments,
mark them coded, and the command reports their agreement per tag and every disagreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.analysis import agreement as stats
from desktop.cli import main
from desktop.store import annotations as ann
from desktop.store import coders
from desktop.store.db import Library
from tests.store.test_annotations import make_article


def two_coders(path: Path) -> dict[str, object]:
    """Anna and Boris tag five comments of one article (and Boris one of another he did not
    finish), both with highlights on the first comment."""
    library = Library.open(path)
    try:
        db = library.db
        anna, boris = coders.coder_id(db, "Anna"), coders.coder_id(db, "Boris")
        war, _ = ann.create_tag(db, "war")
        peace, _ = ann.create_tag(db, "peace")
        article, comments = make_article(db, comments=[(None, "a", "0123456789")] + [(None, "b", "x")] * 4)
        unfinished, others = make_article(db, comments=[(None, "c", "y")])
        ann.tag_comments(db, war, comments[:3], coder=anna)
        ann.tag_comments(db, war, comments[:2] + comments[3:4], coder=boris)
        ann.tag_comments(db, peace, others, coder=boris)
        ann.add_highlight(db, ("comment", comments[0]), 0, 6, war, coder=anna)
        ann.add_highlight(db, ("comment", comments[0]), 3, 9, war, coder=boris)
        return {"article": article, "comments": comments, "unfinished": unfinished}
    finally:
        library.close()


def test_coded_and_agreement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "team.glossa"
    made = two_coders(path)
    comments = made["comments"]
    assert isinstance(comments, list)
    assert main(["--library", str(path), "agreement", "--json"]) == 2  # nobody marked anything coded yet
    assert "two coders" in capsys.readouterr().err
    for coder in ("Anna", "Boris"):
        assert main(["--library", str(path), "--coder", coder, "coded", "--article", str(made["article"])]) == 0
    assert main(["--library", str(path), "--coder", "Boris", "coded", "--comment", str(comments[0])]) == 0
    capsys.readouterr()
    assert main(["--library", str(path), "agreement", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["coders"] == ["Anna", "Boris"] and result["units"] == 5  # the unfinished article is not
    by_tag = {t["tag"]: t for t in result["tags"]}
    matrix = [[True, True], [True, True], [True, False], [False, True], [False, False]]
    war = by_tag["war"]
    assert war["percent"] == pytest.approx(0.6)
    assert war["cohen_kappa"] == pytest.approx(stats.cohen_kappa(*zip(*matrix, strict=True)), abs=1e-12)
    assert war["krippendorff_alpha"] == pytest.approx(stats.krippendorff_alpha(matrix), abs=1e-12)
    assert war["fleiss_kappa"] == pytest.approx(stats.fleiss_kappa(matrix), abs=1e-12)
    assert war["disagreements"] == comments[2:4]
    assert by_tag["peace"]["krippendorff_alpha"] is None  # no one used it on these comments
    assert [(d["comment_id"], d["codes"]) for d in result["disagreements"]] == [
        (comments[2], {"Anna": True, "Boris": False}), (comments[3], {"Anna": False, "Boris": True})]

    assert main(["--library", str(path), "agreement", "--tag", "war", "--unit", "span", "--json"]) == 0
    (span,) = json.loads(capsys.readouterr().out)["tags"]
    assert span["coded_characters"] == 9 and span["coded_only"] == pytest.approx(3 / 9)
    assert span["total_characters"] == 14 and span["with_uncoded"] == pytest.approx(8 / 14)

    assert main(["--library", str(path), "agreement", "--coders", "Anna,Boris", "--tag", "war"]) == 0
    plain = capsys.readouterr().out
    assert "war\t5\t0.600" in plain and f"{comments[2]}\twar\tyes\tno" in plain
    assert main(["--library", str(path), "agreement", "--coders", "Anna,Nobody"]) == 2
    assert "Nobody" in capsys.readouterr().err
    assert main(["--library", str(path), "agreement", "--tag", "no/such"]) == 2
    assert main(["--library", str(path), "--coder", "Anna", "coded", "--article", "999999"]) == 2


def test_tag_add_and_remove_as_a_coder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "team.glossa"
    library = Library.open(path)
    try:
        article, comments = make_article(library.db, comments=[(None, "a", "one"), (0, "b", "two"), (None, "c", "x")])
    finally:
        library.close()

    def glossa(*args: str) -> int:
        return main(["--library", str(path), *args])

    assert glossa("--coder", "Anna", "tag", "add", "frames/war", "--subthread", str(comments[0])) == 0
    assert glossa("--coder", "Boris", "tag", "add", "frames/war", "--comment", str(comments[0])) == 0
    assert glossa("tag", "add", "frames", "--article", str(article)) == 0
    assert glossa("--coder", "Anna", "tag", "remove", "frames/war", "--comment", str(comments[1])) == 0
    assert glossa("tag", "remove", "no/such", "--article", str(article)) == 2
    assert glossa("tag", "add", "frames", "--subthread", "999999") == 2
    assert "no/such" in capsys.readouterr().err
    library = Library.open(path)
    try:
        db = library.db
        rows = sorted((ann.tag_path(db, t), target, coders.coder_name(db, c)) for t, target, c in db.execute_sql(
            "SELECT tag_id, comment_id, coder_id FROM comment_tag UNION ALL"
            " SELECT tag_id, -article_id, coder_id FROM article_tag"))
    finally:
        library.close()
    assert rows == sorted([("frames/war", comments[0], "Anna"), ("frames/war", comments[0], "Boris"),
                           ("frames", -article, coders.default_name())])


def test_the_consensus_coder_codes_from_the_command_line_and_counts_only_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "team.glossa"
    made = two_coders(path)
    comments = made["comments"]
    assert isinstance(comments, list)
    library = ["--library", str(path)]
    for coder in ("Anna", "Boris"):
        assert main([*library, "--coder", coder, "coded", "--article", str(made["article"])]) == 0
    assert main([*library, "--coder", "consensus", "tag", "add", "war", "--comment", str(comments[2])]) == 0
    assert main([*library, "--coder", "consensus", "coded", "--comment", str(comments[2]), str(comments[3])]) == 0
    capsys.readouterr()
    assert main([*library, "agreement", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["coders"] == ["Anna", "Boris"]
    assert [(d["comment_id"], d["consensus"]) for d in result["disagreements"] if d["tag"] == "war"] == [
        (comments[2], True), (comments[3], False)]
    assert main([*library, "agreement", "--json", "--tag", "war", "--coders", "Boris,consensus"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["units"] == 2 and [d["comment_id"] for d in result["disagreements"]] == comments[2:4]
