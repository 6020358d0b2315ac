"""Announcements on a server library (store/changes.py): what another process writes reaches a
listener when it commits, with the articles it touched; its own process's writes and rolled back
ones do not; a library file announces nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store import annotations as ann
from desktop.store import changes, reading
from desktop.store.changes import Announcement, Listener
from desktop.store.db import Library

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def server_library(seeded_path: Path, postgres_url: str) -> Library:
    assert main(["copy", "-q", str(seeded_path), postgres_url]) == 0
    library = Library.open(postgres_url)
    yield library
    library.close()


def test_another_process_tagging_a_comment_is_heard_with_its_article(server_library: Library,
                                                                     postgres_url: str) -> None:
    listener = Listener(server_library.db)
    try:
        assert listener.wait(0.1) == []
        subprocess.run([sys.executable, "-m", "desktop", "--library", postgres_url, "tag", "add", "claims",
                        "--comment", "3"], cwd=ROOT, check=True, capture_output=True, timeout=120)
        # The new tag shows on every article (the sidebar, chips); the link on comment 3's article.
        assert listener.wait(10) == [Announcement("annotations", None), Announcement("annotations", frozenset({1}))]
    finally:
        listener.close()


def test_this_process_and_rolled_back_writes_are_not_heard(server_library: Library) -> None:
    mine, others = Listener(server_library.db), Listener(server_library.db, process="another window")
    try:
        db = server_library.db
        ann.set_note(db, ("comment", 2), "a note")
        reading.set_starred(db, [2], True)
        assert mine.wait(0.3) == []
        assert others.wait(5) == [Announcement("annotations", frozenset({1})), Announcement("reading", frozenset({2}))]
        with pytest.raises(ZeroDivisionError), db.atomic():
            changes.announce(db, "library", [1])
            raise ZeroDivisionError
        assert others.wait(0.3) == []
        changes.announce(db, "library", range(10_000))  # too many to name: any article
        assert others.wait(5) == [Announcement("library", None)]
    finally:
        mine.close(), others.close()


def test_only_our_announcements_are_read() -> None:
    assert changes.parse('{"by": "x", "kind": "reading", "articles": [3, 1]}') == Announcement("reading",
                                                                                               frozenset({1, 3}))
    for payload in ("", "[]", "not json", '{"by": "x", "kind": "party"}',
                    '{"by": "x", "kind": "reading", "articles": 5}'):
        assert changes.parse(payload) is None


def test_a_library_file_announces_nothing(library: Library) -> None:
    assert not changes.enabled(library.db)
    changes.announce(library.db, "annotations", [1])  # no NOTIFY in SQLite: nothing is sent, nothing fails
