"""`glossa campaigns`: the analysis through desktop.cli.main, its JSON shape and its exports."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli_campaigns import EXIT_BUSY
from desktop.exporting.json_format import write_json
from desktop.store.copy import copy_library
from desktop.store.db import Library
from desktop.store.dialect import hold
from desktop.store.server import ServerDatabase
from tests.store.test_campaigns import CAMPAIGN, OTHER, add_article


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "library.glossa"
    library = Library.open(path)
    try:
        add_article(library.db, "One", [("ann", 0, CAMPAIGN), ("bob", 3, CAMPAIGN + " 😡"), ("=cat", 9, OTHER)])
        add_article(library.db, "Two", [("cat\x07", 0, CAMPAIGN.replace("war", "wаr")), ("dan", 600, OTHER + "!")])
    finally:
        library.close()
    return path


def run(library_path: Path | str, capsys: pytest.CaptureFixture[str], *args: str, code: int = 0) -> tuple[str, str]:
    capsys.readouterr()
    assert main(["--library", str(library_path), "campaigns", *args]) == code
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_json_has_the_issue_s_shape_with_export_ids(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run(library_path, capsys, "--json")
    data = json.loads(out)
    assert set(data) == {"campaigns", "co_posting"}
    first, second = data["campaigns"]
    assert set(first) == {"id", "comment_ids", "authors", "article_ids", "first", "last", "burst"}
    assert first["authors"] == ["ann", "bob", "cat\x07"] and first["burst"] is True
    assert first["first"] == "2026-03-01 10:00:00" and first["last"] == "2026-03-01 10:03:00"
    assert second["authors"] == ["=cat", "dan"] and second["burst"] is False
    assert data["co_posting"] == []
    # The ids are the Glossa JSON export's.
    library = Library.open(library_path)
    try:
        exported = io.StringIO()
        write_json(library, exported)
    finally:
        library.close()
    articles = {a["id"]: [c["id"] for c in a["comments"]] for a in json.loads(exported.getvalue())["articles"]}
    assert set(first["article_ids"]) == set(articles)
    assert set(first["comment_ids"]) == {articles[a][0] for a in articles} | {articles[min(articles)][1]}


def test_plain_output_and_options(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run(library_path, capsys)
    assert "Campaigns:  2 (5 comments, 5 handles, 1 bursts)" in out
    assert "by 3 handles on 2 articles" in out and "BURST" in out
    assert "cat " in out and "\x07" not in out  # no control characters on the terminal
    out, _ = run(library_path, capsys, "--min-handles", "3", "--window", "1m", "--similarity", "0.75")
    assert "Campaigns:  1 (3 comments, 3 handles, 0 bursts)" in out
    assert "every comment compared" in out  # a new threshold


def test_the_co_posting_window(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "together.glossa"
    library = Library.open(path)
    try:
        for n in range(6):  # x and y a minute apart on every article, z five hours later
            add_article(library.db, f"A{n}", [("x", 0, "first words"), ("y", 1, "second words"), ("z", 300, "late")])
    finally:
        library.close()
    out, _ = run(path, capsys, "--json")
    assert json.loads(out)["co_posting"] == [{"authors": ["x", "y"], "articles": 6}]
    out, _ = run(path, capsys, "--co-posting-window", "30s", "--json")
    assert json.loads(out)["co_posting"] == []
    out, _ = run(path, capsys, "--co-posting-window", "2m")
    assert "within 2 min" in out and "x + y: 6 / 6" in out


@pytest.mark.parametrize("args", [["--similarity", "1.5"], ["--similarity", "x"], ["--window", "soon"],
                                  ["--min-handles", "1"], ["--co-posting-window", "0"]])
def test_bad_options_are_refused(library_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    _, err = run(library_path, capsys, *args, code=2)
    assert "Traceback" not in err


def test_graph_and_csv_exports(library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gexf, graphml, table = tmp_path / "g.gexf", tmp_path / "g.graphml", tmp_path / "c.csv"
    out, _ = run(library_path, capsys, "--gexf", str(gexf), "--graphml", str(graphml), "--csv", str(table))
    assert f"Wrote {gexf}" in out
    for path in (gexf, graphml):
        ET.parse(path)  # well-formed XML: the control character is replaced
        assert path.read_text(encoding="utf-8").count("cat\ufffd") >= 1
    members = list(csv.reader((tmp_path / "c-campaigns.csv").read_text(encoding="utf-8").splitlines()))
    assert members[0][:4] == ["campaign_id", "campaign_size", "burst", "comment_id"]
    assert len(members) == 1 + 5
    assert any(row[5] == "'=cat" for row in members)  # defused for spreadsheets
    pairs = list(csv.reader((tmp_path / "c-pairs.csv").read_text(encoding="utf-8").splitlines()))
    assert pairs[0] == ["source", "target", "shared_campaigns", "co_posting", "weight"]
    assert ["ann", "bob", "1", "0", "1"] in pairs
    _, err = run(library_path, capsys, "--gexf", str(gexf), code=2)  # exists: not replaced without --force
    assert "--force" in err
    run(library_path, capsys, "--gexf", str(gexf), "--force")
    (tmp_path / "d-pairs.csv").write_text("someone else's", encoding="utf-8")  # the pair: both or neither
    run(library_path, capsys, "--csv", str(tmp_path / "d.csv"), code=2)
    assert not (tmp_path / "d-campaigns.csv").exists()
    assert (tmp_path / "d-pairs.csv").read_text(encoding="utf-8") == "someone else's"


def test_start_up_loads_neither_numpy_nor_networkx() -> None:
    """The analysis and the graph export load their libraries when used: start-up time is measured."""
    probe = ("import sys, desktop.cli, desktop.app, desktop.ui.main_window, desktop.ui.reader_panel; "
             "print(sorted(m for m in ('numpy', 'networkx') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_on_a_server_library_as_on_its_file(library_path: Path, postgres_url: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    source, server = Library.open(library_path), Library.open(postgres_url)
    try:
        copy_library(source.db, server.db)
    finally:
        server.close()
        source.close()
    on_file, _ = run(library_path, capsys, "--json")
    on_server, _ = run(postgres_url, capsys, "--json")
    assert json.loads(on_server) == json.loads(on_file) and json.loads(on_file)["campaigns"]
    plain, _ = run(postgres_url, capsys)
    assert plain.startswith(f"Library:    {postgres_url}\n") and "Campaigns:  2 (5 comments" in plain


def test_a_second_analysis_on_a_server_is_told_who_runs_one(postgres_url: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    Library.open(postgres_url).close()  # the library's schema
    other = ServerDatabase(postgres_url)  # another coder's analysis, running
    try:
        assert hold(other, "campaigns") is None
        _, err = run(postgres_url, capsys, code=EXIT_BUSY)
        assert err == ("glossa: postgres is running the campaign analysis of this library now: try again when it "
                       "has finished (the kept results can be read meanwhile).\n")
    finally:
        other.close()
