from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest
from PySide6.QtCore import QLocale

from desktop.store import summaries
from desktop.store.db import Library
from desktop.ui import i18n

# Tests read English texts, dates and numbers whatever the machine's locale: "5 Jan 2023, 14:30", "12,345".
QLocale.setDefault(i18n.c_locale())

SEEDS = Path(__file__).resolve().parent.parent / "resources" / "demo"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def library(tmp_path: Path):
    """A real library file in a temp folder (`:memory:` is per connection, and connections are per thread)."""
    lib = Library.open(tmp_path / "test.glossa")
    yield lib
    if not lib.db.is_closed() and not lib.read_only:
        # Whatever the test wrote, the list's thread figures still agree with the comments.
        assert summaries.stale(lib.db) == [], "article figures out of date (desktop/store/summaries.py)"
    lib.close()


@pytest.fixture(autouse=True)
def _english_ui(request: pytest.FixtureRequest) -> None:
    """Widget tests run with the app's English catalogue, which holds the plural forms ("1 reply",
    "2 replies"); a test that switches language switches back (tests/ui/test_i18n.py)."""
    if {"qapp", "qtbot", "qtmodeltester"} & set(request.fixturenames):
        request.getfixturevalue("qapp")
        if not i18n.installed_language():
            i18n.install_translations("en")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and the default library out of the user's real folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
