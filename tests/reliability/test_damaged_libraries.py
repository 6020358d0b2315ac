"""What every command does with a damaged library (tests/reliability/damaged.py): bad bytes and
damaged JSON lists are read and exported, `glossa check` names them; a damaged file is read
read-only and never written; an empty file is called what it is; a full disk says so; and no
command prints a traceback, whatever the library or the input."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli
from desktop.cli import main
from desktop.exporting.run import run_export
from desktop.paths import error_log_dir
from desktop.store import reading
from desktop.store.check import quick_check
from desktop.store.db import Library
from tests.conftest import DATA
from tests.reliability.damaged import DAMAGES, damaged_copy, sound_library
from tests.reliability.helpers import ROOT, connect_ro, sha256, worker_env

DAMAGE_INPUTS = DATA / "damage"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sound_library(tmp_path_factory.mktemp("pristine") / "library.glossa")


@pytest.fixture
def damaged(pristine: Path, tmp_path: Path) -> Iterator[object]:
    def make(damage: str) -> Path:
        return damaged_copy(pristine, tmp_path / damage, damage)

    yield make


def glossa(path: Path, *args: str) -> int:
    return main(["--library", str(path), *args])


# --- bad bytes and damaged lists are read, exported and reported (issue 16, item 3) --------------


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "qdpx"])
def test_bytes_that_are_not_utf8_are_exported_as_replacement_characters(damaged, tmp_path: Path, fmt: str,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = damaged("bad-utf8")
    target = tmp_path / "out" / f"export.{fmt}"
    target.parent.mkdir()
    assert glossa(path, "export", "--format", fmt, "-o", str(target)) == 0, capsys.readouterr().err
    if fmt == "json":
        article = json.loads(target.read_text(encoding="utf-8"))["articles"][0]
        assert article["raw"] == "A\ufffdB" and article["title"].endswith("\ufffd")
        assert article["comments"][1]["body"] == "\u201f\ufffd\ufffd"


def test_damaged_lists_are_exported_as_the_text_stored(damaged) -> None:
    path = damaged("bad-lists")
    library = Library.open(path)
    try:
        records = {}
        target = path.with_name("export.json")
        run_export(library, "json", target)
        records = {a["id"]: a for a in json.loads(target.read_text(encoding="utf-8"))["articles"]}
        detail = reading.article_detail(library.db, 2)
    finally:
        library.close()
    assert records[1]["warnings"] == ['["unterminated']
    assert records[2]["paragraphs"] == ['{"not": "a list"}'] and records[2]["warnings"] == ["[1, 2]"]
    assert detail is not None and detail.paragraphs == ['{"not": "a list"}']


def test_check_names_the_table_column_and_row_of_bad_bytes_and_damaged_lists(
        damaged, capsys: pytest.CaptureFixture[str]) -> None:
    assert glossa(damaged("bad-utf8"), "check") == 1
    out = capsys.readouterr().out
    assert "PROBLEM  text encoding" in out
    assert "article.raw_text: bytes that are not UTF-8 (read as U+FFFD) in 1 row (id 1)" in out
    assert "article.title: bytes that are not UTF-8" in out and "comment.body: bytes that are not UTF-8" in out
    assert glossa(damaged("bad-lists"), "check") == 1
    out = capsys.readouterr().out
    assert "article.paragraphs: not a JSON list of texts in 1 row (id 2)" in out
    assert "article.warnings: not a JSON list of texts in 2 rows (id 1, 2)" in out


# --- a damaged library is never written (item 4) -----------------------------------------------


def test_a_library_quick_check_finds_damaged_is_read_read_only_and_never_written(
        damaged, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = damaged("bad-page")
    before = sha256(path)
    assert glossa(path, "info") == 0
    captured = capsys.readouterr()
    assert "Articles: 2" in captured.out and "Reading it read-only" in captured.err
    assert glossa(path, "import", str(DAMAGE_INPUTS)) == 2
    err = capsys.readouterr().err
    assert f"glossa: {path} is damaged: SQLite's quick_check found:" in err and "Nothing was written." in err
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["library.glossa"]  # no -wal, -shm, reports


def test_a_damaged_index_quick_check_misses_refuses_an_import(damaged, capsys: pytest.CaptureFixture[str]) -> None:
    path = damaged("bad-index")
    connection = connect_ro(path)
    try:
        assert quick_check(connection) == []  # what every open runs sees nothing
    finally:
        connection.close()
    before = sha256(path)
    for command in (["import", str(DAMAGE_INPUTS)], ["reindex"], ["campaigns"]):
        assert glossa(path, *command) == 2
        err = capsys.readouterr().err
        assert "SQLite's integrity_check found: row 2 missing from index comment_article_id" in err, err
        assert "Nothing was written" in err
    assert sha256(path) == before


# --- an empty library, a full disk (item 7) -------------------------------------------------------


@pytest.mark.parametrize("damage", ["empty-file", "never-finished"])
def test_check_calls_an_empty_file_a_library_never_finished(damaged, damage: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = damaged(damage)
    assert glossa(path, "check") == 2  # as for no library at all
    out = capsys.readouterr().out
    assert "a library whose creation never finished" in out and "no such table" not in out
    assert glossa(path, "info") == 0  # and Glossa makes a new library there
    assert "Articles: 0" in capsys.readouterr().out


FULL_DISK = """
set -e
mount -t tmpfs -o size=1m tmpfs "$1"
cp "$2" "$1/library.glossa"
dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null || true
cd "$3"
set +e
"$4" -m desktop --library "$1/library.glossa" info
echo "exit $?"
"$4" -m desktop --library "$1/new.glossa" info
echo "exit $?"
ls -a "$1"
"""


def _can_mount_a_small_disk() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_a_small_disk(), reason="needs Linux user namespaces to mount a small tmpfs")
def test_opening_on_a_full_disk_says_so_and_leaves_nothing_behind(pristine: Path, tmp_path: Path) -> None:
    """A real full disk: a 1 MB tmpfs mounted in a user namespace of its own, filled to the last
    block. SQLite reports "disk I/O error" when it cannot grow the -shm file."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", FULL_DISK, "sh", str(mount), str(pristine),
         str(ROOT), sys.executable], capture_output=True, text=True, env=worker_env(), timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("glossa: cannot open") and ": The disk is full." in line
                                   for line in lines), result.stderr
    assert result.stdout.count("exit 2") == 2, result.stdout
    files = set(result.stdout.split())
    assert {"library.glossa", "filler"} <= files and not files & {"library.glossa-wal", "library.glossa-shm",
                                                                   "new.glossa", "new.glossa-wal", "new.glossa-shm"}


# --- no traceback, whatever the library ----------------------------------------------------------

LIBRARIES = ["sound", *DAMAGES, *(f"input:{p.name}" for p in sorted(DAMAGE_INPUTS.iterdir()) if p.suffix == ".txt")]


LIBRARY = "<the library>"  # in a command: the library's path (copy names its libraries itself)


def _commands(out: Path) -> list[list[str]]:
    """Every subcommand of desktop/cli.py, each export format, reading before writing."""
    return [
        ["backup"], ["copy", LIBRARY, str(out / "copied.glossa")],
        ["info"], ["check"], ["search", "drone"], ["search", "--json", "talks", "author:x"], ["stats"],
        ["stats", "--json"], ["agreement"], ["agreement", "--json", "--unit", "span"], ["export"],
        *(["export", "--format", fmt, "-o", str(out / f"export.{fmt}")] for fmt in ("json", "csv", "markdown", "qdpx")),
        ["export", "--scope", "tag:topic", "--pseudonymise", "-o", str(out / "tagged.json")],
        ["import", str(DAMAGE_INPUTS)], ["import", *(str(p) for p in sorted(DAMAGE_INPUTS.iterdir()))],
        ["tag", "add", "topic/new", "--article", "1"], ["coded", "--article", "1"], ["reindex"],
        ["campaigns", "--json", "--gexf", str(out / "campaigns.gexf"), "--csv", str(out / "c.csv")],
        ["info"],
    ]


def test_every_command_is_covered() -> None:
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices  # type: ignore[union-attr]
    assert set(commands) - {"gui"} == {command[0] for command in _commands(Path("out"))}


@pytest.mark.parametrize("name", LIBRARIES)
def test_no_command_prints_a_traceback(pristine: Path, tmp_path: Path, name: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    if name == "sound":
        path = tmp_path / "sound" / "library.glossa"
        path.parent.mkdir()
        shutil.copyfile(pristine, path)
    elif name.startswith("input:"):
        path = tmp_path / name.removeprefix("input:")
        shutil.copyfile(DAMAGE_INPUTS / path.name, path)
    else:
        path = damaged_copy(pristine, tmp_path / name, name)
    out = tmp_path / "out"
    out.mkdir()
    for command in _commands(out):
        command = [str(path) if part == LIBRARY else part for part in command]
        code = glossa(path, *command)
        captured = capsys.readouterr()
        said = f"glossa {' '.join(command)} on {name}: exit {code}\n{captured.err}"
        assert "Traceback" not in captured.out + captured.err, said
        assert "unexpected error" not in captured.err, said  # a damaged page met mid-read: "... is damaged"
        assert code in (0, 1, 2), said


def test_the_installed_command_prints_no_traceback(pristine: Path, tmp_path: Path) -> None:
    """The same through `python -m desktop`, as a person runs it: a damaged page met while
    exporting ends with a sentence and where the details are."""
    path = damaged_copy(pristine, tmp_path / "bad-comments", "bad-comments")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--library", str(path), "export", "-o", str(tmp_path / "out.json")],
        capture_output=True, text=True, cwd=ROOT, env=worker_env(), timeout=60)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2
    assert "Reading it read-only" in result.stderr
    assert "glossa: The library file is damaged." in result.stderr and "(details: " in result.stderr


def test_an_unexpected_error_is_one_sentence_and_a_log(library_path_with_seeds: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    def broken(library: Library) -> int:
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr(cli, "_info", broken)
    assert glossa(library_path_with_seeds, "info") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("glossa: stopped by an unexpected error, RuntimeError: a bug over two lines (please report")
    (log,) = error_log_dir().iterdir()
    assert str(log) in err
    text = log.read_text(encoding="utf-8")
    assert text.startswith("Traceback") and "RuntimeError: a bug" in text


@pytest.fixture
def library_path_with_seeds(pristine: Path, tmp_path: Path) -> Path:
    path = tmp_path / "library.glossa"
    shutil.copyfile(pristine, path)
    return path


def test_a_newer_scrape_of_an_article_whose_paragraphs_are_damaged_imports(tmp_path: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.glossa"
    dump = tmp_path / "dump.jsonl"
    record = {"title": "A title", "url": "https://example.org/1", "text": "A title\n\nFirst paragraph.\n"}
    dump.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert glossa(path, "import", str(dump)) == 0
    connection = sqlite3.connect(path)
    connection.execute("UPDATE article SET paragraphs = '[\"cut short' WHERE id = 1")
    connection.commit()
    connection.close()
    record["title"] = "Another title"  # same URL: the paragraphs decide whether it is the same article
    dump.write_text(json.dumps(record) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert glossa(path, "import", str(dump)) == 0, capsys.readouterr().out
