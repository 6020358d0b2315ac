"""Languages: every text of the UI translated into Russian and Ukrainian, the catalogues in step
with the code and compiled, plural forms, the language chosen from the Preferences or the system,
Qt's own buttons translated too, and dates and numbers written as the locale writes them."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from desktop.paths import RESOURCES
from desktop.store.db import Library
from desktop.store.query_language import HELP_ROWS
from desktop.ui import i18n
from desktop.ui.article_list_model import COLUMN_KEYS
from desktop.ui.i18n import PLURAL, translate
from desktop.ui.main_window import MainWindow
from desktop.ui.search_panel import HELP_MEANINGS, SearchHelpDialog
from desktop.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = RESOURCES / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
ACCELERATOR = re.compile(r"&(?!&)")


def messages(language: str) -> list[tuple[str, str, bool, ET.Element]]:
    """(context, source, numerus, translation element) of every text in a catalogue."""
    found = []
    root = ET.parse(TRANSLATIONS / f"glossa_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((context.findtext("name", ""), message.findtext("source", ""),
                          message.get("numerus") == "yes", translation))
    return found


def forms(translation: ET.Element) -> list[str]:
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


@pytest.fixture
def russian(qapp) -> Iterator[None]:
    i18n.install_translations("ru")
    yield
    i18n.install_translations("en")
    QLocale.setDefault(i18n.c_locale())


# -- the catalogues ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_every_text_is_translated(language: str) -> None:
    found = messages(language)
    assert len(found) > 350
    for context, source, numerus, translation in found:
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        texts = forms(translation)
        assert len(texts) == (3 if numerus else 1), (context, source)  # one, few, many
        assert all(text.strip() for text in texts), (context, source)


def test_english_holds_only_the_plural_forms() -> None:
    found = messages("en")
    assert found and all(numerus for _context, _source, numerus, _translation in found)
    for context, source, _numerus, translation in found:
        one, many = forms(translation)
        assert translation.get("type") is None and one and many, (context, source)
        assert "(s)" not in one + many, (context, source)


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_translations_keep_placeholders_counts_and_accelerators(language: str) -> None:
    for context, source, numerus, translation in messages(language):
        for text in forms(translation):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source, text)
            if numerus:
                count = "%Ln" if "%Ln" in source else "%n"
                assert count in text, (context, source, text)
            assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)) <= 1, (context, source, text)


def test_the_catalogues_are_up_to_date_with_the_code() -> None:
    """A text added or changed in the code without running packaging/update_translations.py fails here."""
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_the_compiled_catalogues_match_their_sources(language: str, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = tmp_path / f"glossa_{language}.qm"
    subprocess.run([str(lrelease), str(TRANSLATIONS / f"glossa_{language}.ts"), "-qm", str(qm), "-silent"],
                   check=True, timeout=120)
    assert qm.read_bytes() == (TRANSLATIONS / f"glossa_{language}.qm").read_bytes()
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"glossa_{language}.qm"))
    assert not translator.isEmpty()


def test_the_search_help_is_listed_for_translation() -> None:
    assert list(HELP_MEANINGS) == [meaning for _example, meaning in HELP_ROWS]
    catalogue = {(context, source) for context, source, _numerus, _translation in messages("ru")}
    assert all(("SearchHelp", meaning) in catalogue for meaning in HELP_MEANINGS)


# -- in the running app ------------------------------------------------------------------------


def test_plural_forms(russian) -> None:
    def hits(number: int) -> str:
        return translate("SearchPanel", "%Ln hit(s)", None, PLURAL, number)

    assert [hits(n) for n in (1, 2, 5, 11, 21, 22, 25, 111)] == [
        "1 совпадение", "2 совпадения", "5 совпадений", "11 совпадений", "21 совпадение", "22 совпадения",
        "25 совпадений", "111 совпадений",
    ]
    i18n.install_translations("uk")
    assert [translate("ReaderPanel", "from %Ln person(s)", None, PLURAL, n) for n in (1, 3, 7)] == [
        "від 1 особи", "від 3 осіб", "від 7 осіб"]
    i18n.install_translations("en")
    assert [hits(n) for n in (0, 1, 2)] == ["0 hits", "1 hit", "2 hits"]


def test_qt_standard_buttons_are_translated_too(russian) -> None:
    assert len(i18n.install_translations("ru")) == 2  # Glossa's catalogue and Qt's
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Отмена"


def test_the_main_window_speaks_russian(qtbot, russian, seeded: Library, settings: Settings) -> None:
    window = MainWindow(seeded, settings)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "&Файл"
    assert all(re.search("[а-яё]", title.lower()) for title in titles), titles
    assert window.sidebar.view_items["all"].text(0) == "Все статьи"
    title = window.article_model.headerData(COLUMN_KEYS.index("title"), Qt.Orientation.Horizontal)
    assert title == "Заголовок"


def test_the_main_window_has_no_english_left_in_russian(qtbot, russian, seeded: Library, settings: Settings) -> None:
    """Menus, actions, dock titles and tabs: every text a user reads has a Russian word in it."""
    window = MainWindow(seeded, settings)
    qtbot.addWidget(window)
    texts = [action.text() for action in window.findChildren(type(window.menuBar().actions()[0]))
             if action.text() and not action.isSeparator()]
    texts += [window.middle_tabs.tabText(i) for i in range(window.middle_tabs.count())]
    english = [text for text in texts if re.search("[A-Za-z]{3}", text) and not re.search("[А-Яа-яЁё]", text)]
    assert not english


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_each_menu_has_distinct_accelerators(qtbot, russian, seeded: Library, settings: Settings,
                                             language: str) -> None:
    """Alt+letter opens one menu of the bar, and one item of a menu: no letter is used twice."""
    i18n.install_translations(language)
    window = MainWindow(seeded, settings)
    qtbot.addWidget(window)
    menus = [("menu bar", window.menuBar().actions())]
    stack = [action.menu() for action in window.menuBar().actions()]
    while stack:
        menu = stack.pop()
        if menu is None:
            continue
        menus.append((menu.title(), menu.actions()))
        stack += [action.menu() for action in menu.actions() if action.menu() is not None]
    for title, actions in menus:
        letters = [match.group(1).lower() for action in actions if not action.isSeparator()
                   for match in [re.search("&([^&])", action.text())] if match]
        assert len(letters) == len(set(letters)), (language, title, letters)


def test_search_help_in_russian(qtbot, russian) -> None:
    dialog = SearchHelpDialog()
    qtbot.addWidget(dialog)
    assert dialog.meaning_labels[0].text().startswith("оба слова")
    assert [label.text() for label in dialog.example_labels] == [example for example, _meaning in HELP_ROWS]


# -- choosing the language and the locale -------------------------------------------------------


@pytest.mark.parametrize(
    ("preference", "system", "chosen"),
    [
        ("system", "uk_UA", "uk"),
        ("system", "ru_RU", "ru"),
        ("system", "de_DE", "en"),
        ("system", "C", "en"),
        ("ru", "uk_UA", "ru"),
        ("en", "ru_RU", "en"),
        ("uk", "en_US", "uk"),
        ("klingon", "ru_RU", "ru"),
    ],
)
def test_the_language_is_the_preference_or_the_systems(preference: str, system: str, chosen: str) -> None:
    assert i18n.choose_language(preference, QLocale(system)) == chosen


def test_a_chosen_language_writes_dates_and_numbers_its_way(russian) -> None:
    assert i18n.apply_language("ru") == "ru"
    assert i18n.installed_language() == "ru"
    assert QLocale().language() == QLocale.Language.Russian
    when = datetime(2023, 1, 5, 14, 30)
    assert _spaces(i18n.format_datetime(when)) == "5 янв. 2023 г., 14:30"
    assert _spaces(i18n.format_number(12345)) == "12 345"


def _spaces(text: str) -> str:
    """Locales differ in which space they put before PM or between thousands."""
    return re.sub("[\u00a0\u202f]", " ", text)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("C", ("5 Jan 2023, 14:30", "5 January 2023, 14:30", "2023-01-05", "12,345")),
        ("en_US", ("Jan 5, 2023, 2:30\u202fPM", "January 5, 2023, 2:30\u202fPM", "1/5/23", "12,345")),
        ("en_GB", ("5 Jan 2023, 14:30", "5 January 2023, 14:30", "05/01/2023", "12,345")),
        ("uk_UA", ("5 січ. 2023 р., 14:30", "5 січня 2023 р., 14:30", "05.01.23", "12\u00a0345")),
    ],
)
def test_dates_follow_the_locale(locale: str, expected: tuple[str, str, str, str]) -> None:
    QLocale.setDefault(QLocale(locale) if locale != "C" else i18n.c_locale())
    try:
        when = datetime(2023, 1, 5, 14, 30)
        shown = (i18n.format_datetime(when), i18n.format_datetime(when, full_month=True),
                 i18n.format_short_date(when), i18n.format_number(12345))
        assert tuple(_spaces(text) for text in shown) == tuple(_spaces(text) for text in expected)
    finally:
        QLocale.setDefault(i18n.c_locale())
