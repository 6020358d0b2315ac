"""`glossa stats [--json]`: library totals and per-article thread metrics, through desktop.cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store.db import Library
from tests.conftest import SEEDS
from tests.store.test_metrics import Figures, add_article, build


@pytest.fixture
def figures(library_path: Path) -> Figures:
    library = Library.open(library_path)
    try:
        return build(library.db)
    finally:
        library.close()


def stats(library_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--library", str(library_path), "stats", *args]) == 0
    return capsys.readouterr().out


def test_stats_prints_totals_and_a_line_per_article(
    library_path: Path, figures: Figures, capsys: pytest.CaptureFixture[str]
) -> None:
    out = stats(library_path, capsys)
    assert "Articles:    5 (4 with comments)" in out
    assert "Comments:    18 (11 replies, 2 without a time)" in out
    assert "Commenters:  15" in out
    assert "Threads:     median 4 comments, largest 9, deepest reply at depth 4" in out
    assert "Period:      2024-03-01 09:00 to 2024-03-02 08:45" in out
    assert "Tags:        4 tags; 5 tagged comments; 2 articles with a tag; 1 highlight" in out
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.lstrip().startswith("id"))
    rows = lines[header + 1 :]
    assert [row.split()[0] for row in rows] == [str(i) for i in (figures.a, figures.e, figures.b, figures.d, figures.c)]
    a = rows[0].split()
    assert a[1:5] == ["9", "6", "6", "4"]
    assert "alice (3)" in rows[0] and rows[0].endswith("  Article A")
    assert "1 h " in rows[0] and "11 h 15 min" in rows[0] and "67%" in rows[0]
    assert "45 min reply" in rows[2]  # B: no published time, so from the first comment to the first reply
    assert rows[-1].split()[1:5] == ["0", "0", "0", "0"] and rows[-1].endswith("Article C")


def test_stats_json(library_path: Path, figures: Figures, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(stats(library_path, capsys, "--json"))
    assert data["library"]["comments"] == 18 and data["library"]["median_thread"] == 4.0
    articles = {a["id"]: a for a in data["articles"]}
    assert [a["id"] for a in data["articles"]] == sorted(articles)
    a = articles[figures.a]
    assert (a["comments"], a["participants"], a["replies"], a["max_depth"]) == (9, 6, 6, 4)
    assert a["time_to_first_seconds"] == 3600 and a["time_to_first_from"] == "published"
    assert a["duration_seconds"] == 40_500 and a["top3_share"] == pytest.approx(0.6667)
    assert a["most_replied"] == {"comment_id": figures.ca[0], "author_id": a["most_replied"]["author_id"],
                                 "handle": "alice", "replies": 3}
    c = articles[figures.c]
    assert c["most_replied"] is None and c["top3_share"] is None and c["time_to_first_seconds"] is None


def test_stats_on_an_empty_and_on_the_demo_library(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = stats(library_path, capsys)
    assert "Articles:    0 (0 with comments)" in out and "Period:      unknown to unknown" in out
    assert json.loads(stats(library_path, capsys, "--json"))["articles"] == []
    demo = tmp_path / "demo.glossa"
    assert main(["--library", str(demo), "import", str(SEEDS)]) == 0
    out = stats(demo, capsys)
    assert "Comments:    8 (1 reply, 0 without a time)" in out


def test_stats_keeps_control_characters_off_the_terminal(
    library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = Library.open(library_path)
    try:
        add_article(library.db, "Evil\x1b[2J title", [("h\x1b]0;x\x07", None, None), ("b", None, 0)])
    finally:
        library.close()
    out = stats(library_path, capsys)
    assert "\x1b" not in out and "\x07" not in out
    assert "Evil [2J title" in out
