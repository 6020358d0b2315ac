"""The agreement tables of the exports: `NAME-agreement.csv` in the CSV set (read back with
pandas) and the Markdown report's "Agreement" section (read by pandoc), equal to what
store/agreement.py reports; none when fewer than two coders marked work coded. Both engines."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.exporting.run import ExportOptions, run_export
from desktop.exporting.scope import Scope
from desktop.store import agreement, coders
from desktop.store import annotations as ann
from desktop.store.db import Library
from tests.exporting.test_markdown import pandoc
from tests.store.test_annotations import make_article

pandas = pytest.importorskip("pandas")  # a test dependency (pyproject.toml): CI has it


def two_coders(library: Library) -> tuple[int, list[int]]:
    """Anna and Boris code four comments of one article (Boris also the only comment of another
    article, which Anna did not finish), with the consensus on one they differ on."""
    db = library.db
    anna, boris = coders.coder_id(db, "Anna"), coders.coder_id(db, "Boris")
    war, _ = ann.create_tag(db, "war|peace")  # a cell's separator in a Markdown table
    ann.create_tag(db, "unused")
    article, comments = make_article(db, comments=[(None, "a", "one"), (None, "b", "two"), (None, "c", "three"),
                                                   (None, "d", "four")])  # fmt: skip
    other, others = make_article(db, comments=[(None, "e", "five")], title="Other")
    ann.tag_comments(db, war, comments[:2], coder=anna)
    ann.tag_comments(db, war, comments[1:3] + others, coder=boris)
    for coder in (anna, boris):
        ann.set_coded(db, ("article", article), coder=coder)
    ann.set_coded(db, ("article", other), coder=boris)
    agreement.adjudicate(db, comments[0], war, True)  # the consensus is not a coder compared
    return article, comments


def test_the_csv_set_has_the_agreement_table(engine_library: Library, tmp_path: Path) -> None:
    library = engine_library
    run_export(library, "csv", tmp_path / "plain.csv")
    assert pandas.read_csv(tmp_path / "plain-agreement.csv").empty  # no coders to compare: the header only
    article, _comments = two_coders(library)
    expected = agreement.report(library.db)
    assert expected.coders == ["Anna", "Boris"]
    result = run_export(library, "csv", tmp_path / "team.csv", options=ExportOptions(excel=True))
    assert result.paths[2] == tmp_path / "team-agreement.csv"
    table = pandas.read_csv(result.paths[2], encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    assert list(table["tag"]) == [tag.tag for tag in expected.tags] == ["unused", "war|peace"]
    for row, tag in zip(table.to_dict("records"), expected.tags, strict=True):
        assert (row["units"], row["coders"], row["disagreements"]) == (4, 2, len(tag.disagreements))
        for column in ("percent", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha"):
            value = getattr(tag, column)
            assert pandas.isna(row[column]) if value is None else row[column] == pytest.approx(value, abs=1e-9)
        low, high = tag.alpha_ci or (None, None)
        assert pandas.isna(row["alpha_ci_low"]) if low is None else row["alpha_ci_low"] == pytest.approx(low)
        assert pandas.isna(row["alpha_ci_high"]) if high is None else row["alpha_ci_high"] == pytest.approx(high)
    war = table.set_index("tag").loc["war|peace"]
    assert war["disagreements"] == 2 and war["percent"] == pytest.approx(0.5)
    scoped = run_export(library, "csv", tmp_path / "scoped.csv", Scope.articles([article + 1]))
    assert pandas.read_csv(scoped.paths[2])["units"].tolist() == [0, 0]  # Anna coded nothing of that article


def test_the_markdown_report_has_an_agreement_section(engine_library: Library, tmp_path: Path) -> None:
    library = engine_library
    run_export(library, "markdown", tmp_path / "none.md")
    assert "## Agreement" not in (tmp_path / "none.md").read_text(encoding="utf-8")
    two_coders(library)
    expected = {tag.tag: tag for tag in agreement.report(library.db).tags}
    run_export(library, "markdown", tmp_path / "report.md")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "\n## Agreement\n" in report and "Coders: Anna, Boris" in report
    html = subprocess.run([pandoc(), "-f", "markdown", "-t", "html"], input=report.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode("utf-8")  # fmt: skip
    table = html[html.index("<table"):html.index("</table>")]
    rows = [[cell.split(">", 1)[1].split("<", 1)[0] for cell in row.split("<td")[1:]] for row in table.split("<tr")[2:]]
    war = expected["war|peace"]
    assert rows == [
        ["unused", "4", "2", "1.000", "–", "–", "–", "–", "0"],
        ["war|peace", "4", "2", "0.500", f"{war.cohen_kappa:.3f}", f"{war.fleiss_kappa:.3f}",
         f"{war.krippendorff_alpha:.3f}", f"{war.alpha_ci[0]:.3f} … {war.alpha_ci[1]:.3f}" if war.alpha_ci else "–",
         "2"],
    ]  # fmt: skip
    run_export(library, "markdown", tmp_path / "pseudonymised.md", options=ExportOptions(pseudonymise=True))
    assert "## Agreement" in (tmp_path / "pseudonymised.md").read_text(encoding="utf-8")
