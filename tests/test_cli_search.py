"""`glossa search` and `glossa reindex` on a real library file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.store.test_search import document


def run(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_search_prints_article_comment_author_time_and_marked_snippet(
    seeded_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code, out, err = run(capsys, seeded_path, "search", "ink")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("article 1: US administration official: Biden can meet")
    assert lines[1] == "  comment 7  Vdars  2022-12-23 22:52  Only the cost of [ink] in the signature!"
    assert lines[-1] == "1 hits in 1 article"


def test_search_joins_its_arguments_and_takes_limit_and_order(
    seeded_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, seeded_path, "search", "--limit", "2", "--order", "oldest", "signature", "OR", "ink")
    assert code == 0
    comment_lines = [line for line in out.splitlines() if line.startswith("  comment")]
    assert [line.split()[1] for line in comment_lines] == ["6", "7"]  # 22:29 before 22:52
    assert out.splitlines()[-1] == "2 hits in 1 article"


def test_search_json(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, seeded_path, "search", "--json", '"the signature"')
    assert code == 0
    result = json.loads(out)
    assert result["query"] == '"the signature"' and result["capped"] is False
    [article] = result["articles"]
    assert article["id"] == 1 and article["title"].startswith("US administration official")
    hits = {hit["comment_id"]: hit for hit in article["hits"]}
    assert set(hits) == {6, 7}
    hit = hits[7]
    assert (hit["author"], hit["posted_at"], hit["depth"]) == ("Vdars", "2022-12-23T22:52:00", 2)
    assert hit["snippet"] == "Only the cost of ink in the signature!"
    start, end = hit["matches"][0]
    assert hit["snippet"][start:end] == "the signature"


def test_field_only_search_and_article_hits(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, seeded_path, "search", "--json", "in:article", "kremlin")
    assert code == 0
    [article] = json.loads(out)["articles"]
    assert [hit["comment_id"] for hit in article["hits"]] == [None]
    code, out, _ = run(capsys, seeded_path, "search", "author:vdars")
    assert code == 0 and "  comment 7  Vdars" in out


def test_no_hits_exits_1(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, seeded_path, "search", "zzzyzzy")
    assert (code, out, err) == (1, "0 hits in 0 articles\n", "")


@pytest.mark.parametrize("query", ["is:bogus", "before:someday", "putin OR author:x"])
def test_a_query_that_cannot_run_exits_2_with_the_message(
    seeded_path: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    code, out, err = run(capsys, seeded_path, "search", query)
    assert code == 2 and out == "" and err.startswith("glossa: ")
    code, out, _ = run(capsys, seeded_path, "search", "--json", query)
    assert code == 2 and json.loads(out)["error"] == err.removeprefix("glossa: ").strip()


@pytest.mark.parametrize("query", ['"', "AND(", "'; DROP TABLE comment; --", "c++", "\x01"])
def test_odd_queries_run(seeded_path: Path, capsys: pytest.CaptureFixture[str], query: str) -> None:
    code, _, err = run(capsys, seeded_path, "search", query)
    assert code in (0, 1) and err == ""


def test_exclusions_go_after_a_double_dash(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, seeded_path, "search", "--", "signature", "-ink")
    assert code == 0 and "comment 6" in out and "comment 7" not in out


def test_bad_limit_is_a_usage_error(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, seeded_path, "search", "--limit", "0", "ink")
    assert code == 2 and "positive" in err


def test_control_characters_in_scraped_text_do_not_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The importer drops C0 controls already; bidi overrides (\u202e) survive it, not the CLI.
    body = "bell\x07 \x1b]0;pwn\x07 needle \u202eesrever"
    page = document("Title \x1b[2J \u202ecleared", ["Text."], [(1, "x", "1 May 2023 10: 00", body)])
    (tmp_path / "evil.txt").write_text(page, encoding="utf-8")
    path = tmp_path / "evil.glossa"
    assert main(["--library", str(path), "import", "-q", str(tmp_path / "evil.txt")]) in (0, 1)
    code, out, _ = run(capsys, path, "search", "needle")
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "[needle]" in out


def test_reindex(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, seeded_path, "reindex")
    assert code == 0 and out.startswith("Rebuilt the search index: 2 articles, 8 comments")
    code, out, _ = run(capsys, seeded_path, "search", "ink")
    assert code == 0 and "[ink]" in out
