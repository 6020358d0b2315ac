from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from desktop.store.db import Library
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


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
