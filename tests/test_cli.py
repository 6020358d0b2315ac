"""`glossa import | export | info`: exit codes, reports and the JSON export, through desktop.cli.main."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.ingest import report as reporting
from tests.conftest import DATA, SEEDS
from tests.ingest.builders import SEED_A, SEED_A_TITLE, SEED_B, SEED_B_TITLE, article_a

# README.md, "JSON export format", and the annotation fields its "Annotations in the export" adds.
ANNOTATIONS = {"tags", "codings", "notes", "highlights", "coded_by"}
# And what makes it lossless (issue 6): the export's own metadata, raw text, read/starred state.
EXPORT_FIELDS = {"exported_at", "scope", "pseudonymised"}
TOP_FIELDS = {"format", "version", "articles"} | {"coders", "tags", "authors", "campaigns", "detached"} | EXPORT_FIELDS
LOSSLESS = {"raw", "updated_at", "read", "starred"}
ARTICLE_FIELDS = {"id", "title", "subtitle", "paragraphs", "source", "warnings", "comments"} | ANNOTATIONS | LOSSLESS
SOURCE_FIELDS = {"file", "position", "url", "id", "format", "photo_credit", "published_at", "imported_at"}
COMMENT_FIELDS = {"id", "parent_id", "depth", "path", "author", "display_name", "status", "posted_at", "body"} | {
    "truncated", "read"
}


def glossa(library_path: Path, *args: str) -> int:
    return main(["--library", str(library_path), *args])


def exported(library_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert glossa(library_path, "export", "--format", "json") == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


# -- import --------------------------------------------------------------------------------------


def test_import_exits_0_when_every_file_imported(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert glossa(library_path, "import", str(SEEDS)) == 0
    out = capsys.readouterr().out
    assert "000_411a06d2a3450c80.txt: 1 new, 8 comments" in out
    assert "004_67f11dfd8f1ffc8f.txt: 1 new, 0 comments" in out
    assert "Imported 2 new articles and 8 comments" in out
    assert "SKIPPED" not in out


def test_import_exits_1_and_names_every_skipped_file(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED_A)
    for name in ("empty.txt", "image.txt", "not_text.txt", "whitespace.txt"):
        (folder / name).write_bytes((DATA / "damage" / name).read_bytes())
    assert glossa(library_path, "import", str(folder), str(tmp_path / "missing.txt")) == 1
    out = capsys.readouterr().out
    for name, reason in [
        ("empty.txt", "empty file"),
        ("image.txt", "binary data, not text"),
        ("not_text.txt", "not text in any known encoding"),
        ("whitespace.txt", "only whitespace"),
        ("missing.txt", "no such file or folder"),
    ]:
        assert f"SKIPPED {folder / name if name != 'missing.txt' else tmp_path / name}: {reason}" in out
    assert "good.txt: 1 new, 8 comments" in out
    assert "; 5 with problems." in out
    assert glossa(library_path, "info") == 0
    assert "Articles: 1" in capsys.readouterr().out


def test_import_exits_1_for_a_bad_json_line_and_imports_the_rest(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"text": SEED_B.decode("utf-8")}) + "\n{not json\n" + json.dumps({"text": SEED_A.decode("utf-8")})
    )
    assert glossa(library_path, "import", str(dump)) == 1
    out = capsys.readouterr().out
    assert "problem: line 2: not valid JSON" in out
    assert "Imported 2 new articles" in out


def test_import_writes_the_full_report_beside_the_library_and_says_where(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(SEED_A)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert glossa(library_path, "import", str(tmp_path / "in")) == 1
    out = capsys.readouterr().out.splitlines()
    (report,) = (library_path.parent / "library.glossa.reports").glob("import-*.txt")
    assert out[-1] == f"Full report: {report}"
    written = report.read_text(encoding="utf-8").splitlines()
    assert written[: 3] == [written[0], f"Library: {library_path}", f"Importing: {tmp_path / 'in'}"]
    assert written[0].startswith("Glossa import report, ")
    assert [line for line in written[4:] if line] == out[:-1], "the report holds what the command printed"
    assert any(line.startswith("    note: ") for line in out) and out[-2].endswith("; 1 with problems.")


def test_import_prints_every_file_however_many(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report in memory keeps only the first files and notes: the command prints each file as
    it goes, so it still names every one."""
    monkeypatch.setattr(reporting, "KEEP_FILES", 1)
    monkeypatch.setattr(reporting, "KEEP_NOTES", 1)
    (tmp_path / "in").mkdir()
    for number in range(5):
        (tmp_path / "in" / f"{number}.txt").write_text(article_a(f"Page {number}"), encoding="utf-8")
    (tmp_path / "in" / "9-empty.txt").write_bytes(b"")
    assert glossa(library_path, "import", str(tmp_path / "in")) == 1
    out = capsys.readouterr().out
    assert [line.split()[1] for line in out.splitlines() if line.startswith("ok ")] == [
        f"{tmp_path / 'in' / f'{n}.txt'}:" for n in range(5)]
    assert out.count("    note: 'Page") == 5
    assert f"SKIPPED {tmp_path / 'in' / '9-empty.txt'}: empty file" in out
    assert "from 6 files; 1 with problems." in out
    assert glossa(library_path, "import", "-q", str(tmp_path / "in")) == 1
    quiet = capsys.readouterr().out
    assert "ok " not in quiet and "note: " not in quiet and "SKIPPED" in quiet and "Full report: " in quiet


def test_import_twice_reports_nothing_new(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert glossa(library_path, "import", str(SEEDS)) == 0
    assert glossa(library_path, "import", str(SEEDS)) == 0
    out = capsys.readouterr().out
    assert "Imported 0 new articles and 0 comments (0 articles merged with a newer scrape, 2 already" in out


def test_files_ignored_in_a_folder_are_listed(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(SEED_B)
    (tmp_path / "in" / "notes.md").write_text("# notes")
    assert glossa(library_path, "import", str(tmp_path / "in")) == 0
    out = capsys.readouterr().out
    assert "Ignored 1 files" in out
    assert str(tmp_path / "in" / "notes.md") in out


# -- usage errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["import"],
        ["export", "--format", "xml"],
        ["export", "--bogus"],
        ["info", "extra"],
        ["--library"],
    ],
    ids=["bad subcommand", "import without paths", "unknown format", "unknown option", "extra argument", "no path"],
)
def test_usage_errors_exit_2(library_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", str(library_path), *args] if args[0] != "--library" else args) == 2
    assert "usage:" in capsys.readouterr().err


def test_a_text_file_as_library_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_library = tmp_path / "notes.txt"
    not_a_library.write_bytes(SEED_B)
    for command in (["info"], ["import", str(SEEDS)], ["export"]):
        assert main(["--library", str(not_a_library), *command]) == 2
        assert "not a Glossa library" in capsys.readouterr().err
    assert not_a_library.read_bytes() == SEED_B  # untouched


def test_a_folder_as_library_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", str(tmp_path), "info"]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "import" in capsys.readouterr().out


# -- export --------------------------------------------------------------------------------------


def test_export_json_has_exactly_the_documented_fields(
    library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert glossa(library_path, "import", str(SEEDS)) == 0
    data = exported(library_path, capsys)
    assert set(data) == TOP_FIELDS
    assert (data["format"], data["version"]) == ("glossa", 1)
    a, b = data["articles"]
    for article in (a, b):
        assert set(article) == ARTICLE_FIELDS
        assert set(article["source"]) == SOURCE_FIELDS
        assert all(set(c) == COMMENT_FIELDS | ANNOTATIONS for c in article["comments"])
        assert isinstance(article["paragraphs"], list) and isinstance(article["warnings"], list)
    assert (a["title"], a["subtitle"], a["source"]["format"]) == (SEED_A_TITLE, None, "A")
    assert (b["title"], b["subtitle"], b["source"]["format"]) == (
        SEED_B_TITLE, "Kremlin outlines platform for talks with US", "B",
    )
    assert a["source"]["photo_credit"] == "White House website"
    assert a["source"]["file"].endswith("000_411a06d2a3450c80.txt")


def test_export_comments_in_document_order(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert glossa(library_path, "import", str(SEEDS / "000_411a06d2a3450c80.txt")) == 0
    (article,) = exported(library_path, capsys)["articles"]
    comments = article["comments"]
    assert [(c["author"], c["path"], c["depth"]) for c in comments] == [
        ("rotkiv04", "1", 1),
        ("Jacques sekavar", "2", 1),
        ("Smirnoff", "3", 1),
        ("soloist2424", "4", 1),
        ("zenion", "5", 1),
        ("In passing", "6", 1),
        ("Vdars", "6.1", 2),
        ("k7k8", "7", 1),
    ]
    seen: set[int] = set()
    for c in comments:  # parents before children
        assert c["parent_id"] is None or c["parent_id"] in seen
        seen.add(c["id"])
    vdars = {key: value for key, value in comments[6].items() if key not in ANNOTATIONS | {"read", "truncated"}}
    assert vdars == {
        "id": vdars["id"],
        "parent_id": comments[5]["id"],
        "depth": 2,
        "path": "6.1",
        "author": "Vdars",
        "display_name": "Victor",
        "status": "Offline",
        "posted_at": "2022-12-23T22:52:00",
        "body": "Only the cost of ink in the signature!",
    }
    assert comments[2]["body"].startswith("....if the White House sees Russia's readiness...?\n\nIt is not Russia")
    assert comments[5]["display_name"] == "Galina Ro\u017ekova"


def test_export_to_a_file(library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert glossa(library_path, "import", str(SEEDS)) == 0
    capsys.readouterr()
    target = tmp_path / "out" / "library.json"
    target.parent.mkdir()
    assert glossa(library_path, "export", "--format", "json", "-o", str(target)) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"Wrote 2 articles to {target}" in captured.err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [a["title"] for a in data["articles"]] == [SEED_A_TITLE, SEED_B_TITLE]
    assert [p.name for p in target.parent.iterdir()] == ["library.json"]  # no temporary left behind


def test_export_into_a_missing_folder_exits_2(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert glossa(library_path, "export", "-o", str(tmp_path / "no" / "such" / "dir" / "x.json")) == 2
    assert "cannot write" in capsys.readouterr().err


def test_export_of_an_empty_library(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = exported(library_path, capsys)
    assert (data["format"], data["version"], data["articles"]) == ("glossa", 1, [])


# -- info ----------------------------------------------------------------------------------------


def test_info_prints_counts_and_path(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert glossa(library_path, "import", str(SEEDS)) == 0
    capsys.readouterr()
    assert glossa(library_path, "info") == 0
    out = capsys.readouterr().out
    assert str(library_path.resolve()) in out
    assert "Articles: 2" in out
    assert "Comments: 8" in out
    # Eight comments by eight handles: three of them all display as "Victor", still three authors.
    assert "Authors:  8" in out
