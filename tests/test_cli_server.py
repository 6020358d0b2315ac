"""`glossa --library postgresql://…`: what works on a server library so far, and a clear refusal
for the rest; a password never printed."""

from __future__ import annotations

import pytest

from desktop.cli import EXIT_OK, EXIT_USAGE, main


def test_info_on_a_server_library(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", postgres_url, "info"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        f"Library:  {postgres_url}", "Articles: 0", "Comments: 0", "Authors:  0"]


def test_what_does_not_work_on_a_server_library_yet_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://ann@127.0.0.1:1/team"
    assert main(["--library", url, "import", "x.txt"]) == EXIT_USAGE
    assert capsys.readouterr().err == (
        "glossa: `glossa import` cannot use a library on a PostgreSQL server yet; `glossa info` can.\n")
    assert main(["--library", url]) == EXIT_USAGE
    assert "the window cannot use a library on a PostgreSQL server yet" in capsys.readouterr().err


def test_a_server_that_cannot_be_reached_is_said_without_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", "postgresql://ann:s3cret@127.0.0.1:1/team", "info"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("glossa: cannot open postgresql://ann:***@127.0.0.1:1/team: ") and "s3cret" not in err
