"""`glossa export` and `glossa import` of an export: exit codes, files, messages."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.cli import main
from tests.exporting.helpers import SEED_HANDLES


def glossa(seeded_path: Path, *args: str) -> int:
    return main(["--library", str(seeded_path), *args])


def test_json_to_stdout_with_a_scope(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert glossa(seeded_path, "export", "--scope", "articles:2") == 0
    document = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in document["articles"]] == [2] and document["scope"] == "articles 2"


@pytest.mark.parametrize(
    ("fmt", "output", "written"),
    [
        ("json", "out.json", ["out.json"]),
        ("csv", "tables", ["tables/comments.csv", "tables/annotations.csv", "tables/agreement.csv"]),
        ("csv", "seeds.csv", ["seeds-comments.csv", "seeds-annotations.csv", "seeds-agreement.csv"]),
        ("markdown", "report.md", ["report.md"]),
        ("qdpx", "project.qdpx", ["project.qdpx"]),
    ],
)
def test_each_format_to_a_file_and_never_over_one(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, output: str, written: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    capsys.readouterr()
    assert glossa(seeded_path, "export", "--format", fmt, "-o", str(out / output)) == 0
    assert "Wrote 2 articles to" in capsys.readouterr().err
    assert all((out / name).is_file() for name in written)
    before = {name: (out / name).read_bytes() for name in written}
    assert glossa(seeded_path, "export", "--format", fmt, "--scope", "articles:1", "-o", str(out / output)) == 2
    assert "add --force" in capsys.readouterr().err
    assert {name: (out / name).read_bytes() for name in written} == before
    assert glossa(seeded_path, "export", "--format", fmt, "--scope", "articles:1", "--force",
                  "-o", str(out / output)) == 0  # fmt: skip
    assert "Wrote 1 articles to" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scope", "bogus"], "--scope"),
        (["--scope", "tag:no such tag"], "there is no tag"),
        (["--scope", "articles:1,99", "-o", "x.json"], "no article 99"),
        (["--format", "markdown"], "needs -o"),
        (["--format", "rtf"], ""),
    ],
)
def test_usage_errors_exit_2(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    args = [str(tmp_path / a) if a.endswith(".json") else a for a in args]
    capsys.readouterr()
    assert glossa(seeded_path, "export", *args) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_pseudonymised_files_name_no_commenter(seeded_path: Path, tmp_path: Path) -> None:
    for fmt, name in (("json", "e.json"), ("csv", "e.csv"), ("markdown", "e.md"), ("qdpx", "e.qdpx")):
        assert glossa(seeded_path, "export", "--format", fmt, "--pseudonymise", "--excel",
                      "-o", str(tmp_path / name)) == 0  # fmt: skip
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.suffix in (".json", ".csv", ".md"))
    with zipfile.ZipFile(tmp_path / "e.qdpx") as archive:
        data += b"".join(archive.read(n) for n in archive.namelist())
    assert b"Commenter " in data
    assert [h for h in SEED_HANDLES if h.encode() in data] == []


def test_import_of_an_export_into_an_empty_library(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert glossa(seeded_path, "export", "-o", str(tmp_path / "export.json")) == 0
    copy = tmp_path / "copy.glossa"
    capsys.readouterr()
    assert glossa(copy, "import", str(tmp_path / "export.json")) == 0
    assert "Imported 2 new articles and 8 comments" in capsys.readouterr().out
    assert glossa(copy, "export", "-o", str(tmp_path / "again.json")) == 0
    first, second = (json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("export.json", "again.json"))
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second
