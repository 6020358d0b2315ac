from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from desktop.cli import main
from desktop.store.copy import copy_library
from desktop.store.db import Library
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from tests.store.test_campaigns import CAMPAIGN, OTHER, add_article


def deep_thread_text(levels: int = 5) -> str:
    """A Format A page whose thread nests `levels` deep, plus a sibling at each level."""
    lines = ["A synthetic deep thread", "", "Body paragraph.", "  • Photos used: test"]
    for depth in range(1, levels + 1):
        pad = "  " * depth
        handle = f"user{depth}"
        lines += [f"{pad}1. {handle} Offline {handle}", f"{pad}  {handle} (User {depth}) 1 January 2023 1{depth}: 00",
                  f"{pad}  Comment at depth {depth}"]
    lines += ["  2. last Offline last", "    last 2 January 2023 10:00", "    The second top-level comment"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, seeded: Library, settings: Settings) -> MainWindow:
    main = MainWindow(seeded, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.reader.comment_tree._read_timer.setInterval(30)
    return main


def select_thread_article(window: MainWindow) -> None:
    for row in range(window.article_model.rowCount()):
        article = window.article_model.article(row)
        if article is not None and article.comments:
            window.select_row(row)
            return
    raise AssertionError("no article with comments")


@pytest.fixture
def russian(qapp) -> Iterator[None]:
    """The UI in Russian for one test, then English and the tests' C locale again."""
    i18n.install_translations("ru")
    yield
    i18n.install_translations("en")
    QLocale.setDefault(i18n.c_locale())


@pytest.fixture
def server_library(seeded_path: Path, postgres_url: str) -> Iterator[Library]:
    """The demo library copied onto a fresh database of the test server."""
    assert main(["copy", "-q", str(seeded_path), postgres_url]) == 0
    library = Library.open(postgres_url)
    yield library
    library.close()


@pytest.fixture
def campaign_server_library(tmp_path: Path, postgres_url: str) -> Iterator[Library]:
    """A server library of two articles whose comments hold one copy-paste campaign."""
    source = Library.open(tmp_path / "source.glossa")
    add_article(source.db, "One", [("ann", 0, CAMPAIGN), ("bob", 3, CAMPAIGN.replace("war", "whole war")),
                                   ("cat", 9, OTHER)])
    add_article(source.db, "Two", [("cat", 0, CAMPAIGN + " 😡"), ("dan", 600, OTHER + "!")])
    library = Library.open(postgres_url)
    copy_library(source.db, library.db)
    source.close()
    yield library
    library.close()
