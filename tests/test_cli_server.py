"""`glossa --library postgresql://…`: what works on a server library so far, the same as on a
library file, and a clear refusal for the rest; a read-only login reads and is refused writes; a
password never printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_USAGE, main
from desktop.store import annotations
from desktop.store.db import Library
from tests.postgres import Server


def test_info_on_a_server_library(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", postgres_url, "info"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        f"Library:  {postgres_url}", "Articles: 0", "Comments: 0", "Authors:  0"]


def test_what_does_not_work_on_a_server_library_yet_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://ann@127.0.0.1:1/team"
    assert main(["--library", url, "check"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("glossa: `glossa check` cannot use a library on a PostgreSQL server yet; `glossa info`, ")


def test_a_server_that_cannot_be_reached_is_said_without_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", "postgresql://ann:s3cret@127.0.0.1:1/team", "info"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("glossa: cannot open postgresql://ann:***@127.0.0.1:1/team: ") and "s3cret" not in err


def _output(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def _same_part(command: str, out: str) -> object:
    """What must be equal on both engines: the hits of a search (snippets and ranks are each
    engine's), the articles of an export (its header names the library), all the rest."""
    if command == "search":
        found = json.loads(out)["articles"]
        return sorted((article["id"], hit["comment_id"] or 0) for article in found for hit in article["hits"])
    if command == "export":  # the codings were made a second apart on the file and the server
        return _timeless(json.loads(out)["articles"])
    return out


def _timeless(value: object) -> object:
    if isinstance(value, dict):
        return {key: _timeless(item) for key, item in value.items() if key != "created_at"}
    if isinstance(value, list):
        return [_timeless(item) for item in value]
    return value


def _login(server: Server, url: str, role: str, write: bool) -> str:
    """The connection string of a new login on the library at `url`: read-only, or a coder who
    may write (as a team's owner would grant it)."""
    database = url.rsplit("/", 1)[1]
    server.admin(f'CREATE ROLE "{role}" LOGIN')
    rights = "SELECT, INSERT, UPDATE, DELETE" if write else "SELECT"
    server.run_sql(database, f'GRANT USAGE ON SCHEMA public TO "{role}"; '
                             f'GRANT {rights} ON ALL TABLES IN SCHEMA public TO "{role}"; '
                             f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
    return url.replace("postgres@", f"{role}@", 1)


def test_each_command_says_the_same_of_a_file_and_of_its_copy_on_a_server(
        seeded_path: Path, postgres_server: Server, postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Two coders code on a file (--coder) and on the server (each their own login): then every
    command that reads says the same of both."""
    assert main(["copy", "-q", str(seeded_path), postgres_url]) == EXIT_OK
    suffix = postgres_url.rsplit("_", 1)[1]
    ann, bob = f"ann{suffix}", f"bob{suffix}"
    logins = {coder: _login(postgres_server, postgres_url, coder, True) for coder in (ann, bob)}
    for coder, argv in ((ann, ["tag", "add", "claims/economy", "--comment", "2", "3"]),
                        (bob, ["tag", "add", "claims/economy", "--comment", "3"]),
                        (ann, ["coded", "--article", "1"]), (bob, ["coded", "--article", "1"])):
        assert main(["--library", str(seeded_path), "--coder", coder, *argv]) == EXIT_OK, argv
        assert main(["--library", logins[coder], *argv]) == EXIT_OK, argv
    capsys.readouterr()
    for argv in (["search", "--json", "the"], ["search", "--json", "tag:claims"], ["stats", "--json"],
                 ["export", "--format", "json"], ["agreement", "--json"]):
        on_file = _output(capsys, "--library", str(seeded_path), *argv)
        on_server = _output(capsys, "--library", postgres_url, *argv)
        assert on_file[0] == on_server[0] == EXIT_OK and on_file[1].strip(), argv
        assert _same_part(argv[0], on_server[1]) == _same_part(argv[0], on_file[1]), argv


def test_a_read_only_login_reads_and_searches_but_writes_nothing(
        seeded_path: Path, postgres_server: Server, postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", "-q", str(seeded_path), postgres_url]) == EXIT_OK
    reader = _login(postgres_server, postgres_url, f"reader{postgres_url.rsplit('_', 1)[1]}", False)
    capsys.readouterr()
    assert main(["--library", reader, "search", "the"]) == EXIT_OK
    assert capsys.readouterr().out.strip()
    assert main(["--library", reader, "tag", "add", "claims", "--comment", "2"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "your login may read this library but not change it" in err and "Nothing was written." in err
    library = Library.open(postgres_url)
    try:
        assert annotations.find_tag(library.db, "claims") is None
    finally:
        library.close()
