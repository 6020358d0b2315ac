"""Languages: every text of the UI translated into Russian and Ukrainian, the catalogues in step
with the code and compiled, plural forms, the language chosen from the Preferences or the system,
Qt's own buttons translated too, and dates and numbers written as the locale writes them. Texts
made below the UI (search errors, undo labels, note headers, import reports, export scopes, chart
titles, why a library opened read-only or is damaged, backups, a malformed Glossa export, a failed
export or import) are marked there and shown translated: in Russian the user reads them in
Russian, while the command line prints the English."""

from __future__ import annotations

import ast
import errno
import json
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop import cli
from desktop.app import Glossa
from desktop.durations import human_duration
from desktop.exporting.scope import Scope
from desktop.ingest.importer import ImportReport, import_paths
from desktop.paths import RESOURCES
from desktop.store import annotations as annotation_store
from desktop.store import backup, metrics
from desktop.store.backup import BackupError, backup_folder, list_backups
from desktop.store.check import explain_write_error, sync_folder_warning
from desktop.store.db import Library, LibraryDamaged, open_read_only
from desktop.store.query_language import HELP_ROWS, compile_query
from desktop.texts import QT_TRANSLATE_NOOP, Text
from desktop.ui import export_dialog, i18n, import_report
from desktop.ui.article_list_model import COLUMN_KEYS
from desktop.ui.backup_dialog import BackupRunner, BackupTableModel, DamagedLibraryBox
from desktop.ui.charts import models as chart_models
from desktop.ui.charts.panel import ChartPanel
from desktop.ui.i18n import PLURAL, translate, translated
from desktop.ui.import_report import details_text, summary_text
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Runner
from desktop.ui.search_panel import SearchHelpDialog, SearchPanel
from desktop.ui.session import Session
from desktop.ui.settings import Settings
from tests.conftest import SEEDS
from tests.reliability.helpers import damage_index_page

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = RESOURCES / "translations"
PLACEHOLDER = re.compile(r"\{([a-z_]*)(?::[^{}]*)?\}")  # the name of "{count}", "{share:.1%}", "{day:%d %b}"
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
    catalogue = {(context, source) for context, source, _numerus, _translation in messages("ru")}
    assert all(isinstance(meaning, Text) and meaning.context == "SearchHelp" for _example, meaning in HELP_ROWS)
    assert all(("SearchHelp", meaning) in catalogue for _example, meaning in HELP_ROWS)


def marked_texts() -> list[tuple[str, str, str, bool, str]]:
    """Every QT_TRANSLATE_NOOP call in desktop/, read by Python's own parser (not lupdate's, which
    skips what it cannot read without a word): (context, source, comment, plural, where)."""
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path.name == "texts.py" and path.parent.name == "desktop":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or getattr(node.func, "id", None) != "QT_TRANSLATE_NOOP":
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]]
            literal += [isinstance(a, ast.Constant) and isinstance(a.value, str | None) for a in node.args[2:3]]
            assert not node.keywords and len(node.args) in (2, 3, 5) and all(literal), f"lupdate cannot read {where}"
            if len(node.args) == 5:  # (context, source, None, PLURAL, count): the count a plain name
                assert [type(a) for a in node.args[2:]] == [ast.Constant, ast.Name, ast.Name], where
            comment = node.args[2].value if len(node.args) > 2 else None
            found.append((node.args[0].value, node.args[1].value, comment or "", len(node.args) == 5, where))
    return found


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_every_marked_text_is_in_the_catalogues_and_translated(language: str) -> None:
    """The texts of desktop/store, desktop/ingest, desktop/exporting and the chart models are
    extracted (lupdate read the call) and translated, with plural forms where they count."""
    catalogue = {}
    root = ET.parse(TRANSLATIONS / f"glossa_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name", ""), message.findtext("source", ""), message.findtext("comment", ""))
            catalogue[key] = (message.get("numerus") == "yes", message.find("translation"))
    marked = marked_texts()
    below_the_ui = {where.split("/")[1] for *_key, where in marked} - {"ui"}
    assert below_the_ui >= {"store", "ingest", "exporting"}
    for context, source, comment, plural, where in marked:
        assert (context, source, comment) in catalogue, where
        numerus, translation = catalogue[(context, source, comment)]
        assert numerus == plural and translation is not None, where
        assert translation.get("type") is None and all(form.strip() for form in forms(translation)), where


def test_every_counted_translate_call_can_be_read_by_lupdate() -> None:
    """lupdate drops a plural `translate(context, text, None, PLURAL, count)` whose count reads an
    attribute (`node.subtree`): the text then shows in English whatever the language (issue 18)."""
    unreadable = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate"):
                continue
            if len(node.args) == 5 and any(isinstance(part, ast.Attribute) for part in ast.walk(node.args[4])):
                unreadable.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not unreadable


def test_a_threads_footers_speak_russian(russian, library: Library, tmp_path: Path) -> None:
    from desktop.store import reading
    from desktop.ui.comment_tree_model import CommentTreeModel
    from desktop.ui.comment_view import _footer_text
    from tests.ui.conftest import deep_thread_text

    source = tmp_path / "deep.txt"
    source.write_text(deep_thread_text(5), encoding="utf-8")
    import_paths(library, [source])
    model = CommentTreeModel()
    model.set_comments(reading.thread(library.db, reading.article_ids(library.db)[0]))
    top = model.node(model.index(0, 0))  # one reply, four comments below it
    expanded, collapsed = _footer_text(top, True), _footer_text(top, False)
    assert expanded == "▾ 1 ответ · 4 в этой ветке"
    assert collapsed == "▸ 4 скрытых комментария (1 ответ)"


def test_the_english_catalogue_says_what_the_cli_says(qapp) -> None:
    """In English the UI shows a Text as the CLI prints it: the English catalogue's plural forms
    are those desktop.texts writes."""
    i18n.install_translations("en")
    plural = [(context, source, comment) for context, source, comment, counted, _where in marked_texts() if counted]
    assert plural
    for context, source, comment in plural:
        for count in (0, 1, 2, 21, 1234):
            text = QT_TRANSLATE_NOOP(context, source, comment or None, PLURAL, count)
            assert translated(text) == text, (source, count)


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


# -- texts made below the UI, shown in Russian ------------------------------------------------------


def test_a_search_syntax_error_is_in_russian(qtbot, russian, seeded: Library) -> None:
    panel = SearchPanel(Session(seeded))
    qtbot.addWidget(panel)
    panel.set_query("is:sometimes")
    qtbot.waitUntil(lambda: not panel.is_searching(), timeout=10_000)
    panel.wait_for_search()
    assert panel.message_label.text() == "is: может быть unread, read или starred, а не 'sometimes'."
    assert panel.results is not None and panel.results.message == "is: can be unread, read or starred, not 'sometimes'."
    error = compile_query("ab* c*").error  # a count among the arguments
    assert error is not None
    assert translated(error.message) == "Перед * в слове должно быть не меньше 2 букв, например pu*."


def test_undo_labels_and_note_headers_are_in_russian(qtbot, russian, seeded: Library, settings: Settings) -> None:
    window = MainWindow(seeded, settings)
    qtbot.addWidget(window)
    tag_id, _change = window.controller.run(annotation_store.create_tag, "пропаганда")
    assert window.commands.undo_action.text().replace("&", "") == "Отменить создание тега пропаганда"
    articles = [row[0] for row in seeded.db.execute_sql("SELECT id FROM article ORDER BY id LIMIT 2")]
    window.controller.run(annotation_store.tag_articles, tag_id, articles)
    assert window.controller.stack.undoText() == "присвоение тега пропаганда 2 статьям"
    window.controller.run(annotation_store.untag_articles, tag_id, articles[:1])
    assert window.controller.stack.undoText() == "снятие тега пропаганда с 1 статьи"
    window.commands.undo_action.trigger()
    assert window.commands.redo_action.text().replace("&", "") == "Повторить снятие тега пропаганда с 1 статьи"
    english = annotation_store.describe_target(seeded.db, ("article", articles[0]))
    window.notes.show("article", articles[0])
    assert window.note_editor.header.full_text() == "Статья: " + english.removeprefix("Article: ")
    window.notes.show("tag", tag_id)
    assert window.note_editor.header.full_text() == "Тег: пропаганда"


def test_the_import_report_is_in_russian(russian, library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "records.jsonl").write_text('{"text": "A title\\n\\nA paragraph."}\nnot json\n{"id": 3}\n',
                                          encoding="utf-8")
    (folder / "cut.txt").write_bytes("A title\n\nA paragraph ending in a cut Привет".encode()[:-1])
    report = import_paths(library, [folder])
    details = details_text(report)
    for russian_text in ("ПРОПУЩЕН", "пустой файл", "строка 2: некорректный JSON",
                         "запись в строке 3: нет поля «text»",
                         "'A title': обрезан в конце посреди многобайтового символа"):
        assert russian_text in details, details
    assert not re.search("empty file|not valid JSON|no 'text' field|truncated", details), details
    stopped = ImportReport(stopped=explain_write_error(OSError(errno.ENOSPC, "No space left on device")))
    assert "Импорт остановлен: Диск заполнен. " in summary_text(stopped)
    assert [file.skipped for file in report.files if file.skipped] == ["empty file"]  # the CLI's words


def test_charts_and_figures_are_in_russian(qtbot, russian, seeded: Library) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    insight = metrics.insight(seeded.db)
    panel = ChartPanel()
    qtbot.addWidget(panel)
    over_time = chart_models.over_time_chart(insight.over_time)
    panel.set_model(over_time)
    assert panel.title_label.text() in ("Комментарии по часам", "Комментарии по дням", "Комментарии по неделям",
                                        "Комментарии по месяцам")
    assert panel.model() is over_time and over_time.title.startswith("Comments per")  # the CSV keeps English
    panel.set_model(chart_models.hour_chart(insight.by_hour))
    assert panel.title_label.text() == "Активность по часам суток"
    assert panel.note_label.text() == "местное время, как в тексте"
    shown = i18n.translated_fields(chart_models.hour_chart(insight.by_hour))
    assert shown.value_title == "комментарии" and shown.category_title == "час"
    assert all(re.fullmatch(r"\d\d:00–\d\d:59\n\d+ комментари(й|я|ев)( \(\d+[.,]\d%\))?", bar.tooltip)
               for bar in shown.series[0].bars), shown.series[0].bars[0].tooltip
    assert insight.totals is not None
    figures = i18n.translated_fields(chart_models.library_figures(insight.totals))
    assert figures[0].text.endswith(("статья", "статьи", "статей"))
    assert not [f for f in figures if re.search("[A-Za-z]{3}", f.text + f.tooltip)], figures
    assert translated(human_duration(timedelta(hours=3, minutes=5))) == "3 ч 5 мин"


def test_dates_in_texts_follow_the_language(russian) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    when = datetime(2023, 1, 5, 14, 30)
    month = QT_TRANSLATE_NOOP("Charts", "{month:%B %Y}", "a month, in strftime codes").format(month=when)
    day = QT_TRANSLATE_NOOP("Charts", "{day:%a %d %b %Y}", "a date, in strftime codes").format(day=when)
    assert (month, day) == ("January 2023", "Thu 05 Jan 2023")  # the English, as the CLI writes it
    assert (translated(month), translated(day)) == ("январь 2023", "чт 05 янв. 2023")
    share = QT_TRANSLATE_NOOP("Charts", "{count} ({share:.1%})").format(count="x", share=0.125)
    assert translated(share) == "x (12,5%)" and share == "x (12.5%)"


def test_export_scopes_and_write_errors_are_in_russian(russian, seeded: Library) -> None:
    assert translated(Scope.whole_library().resolve(seeded.db).description) == "вся библиотека"
    assert translated(Scope.search("kremlin").resolve(seeded.db).description) == "поиск: kremlin"
    full = OSError(errno.ENOSPC, "No space left on device")
    assert translated(explain_write_error(full)).startswith("Диск заполнен.")
    with pytest.raises(annotation_store.TagError) as refused:
        annotation_store.split_path("war/peace\x01")
    assert translated(refused.value) == "название тега не может содержать управляющие символы"
    assert str(refused.value) == "a tag name cannot contain control characters"


@pytest.fixture
def closed_library(tmp_path: Path) -> Path:
    path = tmp_path / "research.glossa"
    library = Library.open(path)
    import_paths(library, [SEEDS])
    library.close()
    return path


CYRILLIC = re.compile("[А-Яа-яЁёІіЇїЄєҐґ]")


@pytest.mark.skipif(sys.platform == "win32", reason="chmod cannot make a file read-only there")
def test_the_read_only_reason_is_in_russian(qtbot, russian, closed_library: Path, settings: Settings) -> None:
    closed_library.chmod(0o444)
    library = Library.open(closed_library)
    try:
        assert library.read_only and library.read_only_reason == "the library file is read-only"  # the CLI's words
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.set_read_only(library.read_only, library.read_only_reason)
        assert window.statusBar().currentMessage() == "Только чтение: файл библиотеки доступен только для чтения"
        runner = BackupRunner()
        with qtbot.waitSignal(runner.failed) as failed:
            runner.start(library)
        assert failed.args[0].startswith("Библиотека открыта только для чтения (файл библиотеки доступен только "
                                         "для чтения): ")
    finally:
        library.close()
        closed_library.chmod(0o644)
    assert translated(open_read_only(closed_library).read_only_reason) == "открыта только для чтения"
    Library.open(closed_library).close()


def test_a_network_drive_is_named_in_russian(russian, tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("server:/export /mnt/lab nfs4 rw 0 0\n", encoding="utf-8")
    warning = sync_folder_warning("/mnt/lab/library.glossa", mounts=mounts)
    assert warning is not None and warning.startswith("The library is on a network drive (server:/export on /mnt/lab, ")
    assert translated(warning).startswith(
        "Библиотека находится на сетевом диске (server:/export, смонтирован в /mnt/lab, nfs4). Службы синхронизации")


def test_the_damaged_library_question_is_in_russian(qtbot, russian, closed_library: Path) -> None:
    damage_index_page(closed_library)
    with pytest.raises(LibraryDamaged) as caught:
        Library.open(closed_library)
    box = DamagedLibraryBox(caught.value, None)
    qtbot.addWidget(box)
    assert box.text().startswith(f"Файл {closed_library} повреждён: проверка SQLite (quick_check) обнаружила: ")
    assert box.text().endswith("Glossa не изменяла файл; восстановите его из резервной копии или откройте только "
                               "для чтения, чтобы скопировать то, что ещё читается.")
    assert str(caught.value).startswith(f"{closed_library} is damaged: SQLite's quick_check found: ")
    not_a_database = closed_library.with_name("notes.glossa")
    not_a_database.write_text("just text", encoding="utf-8")
    with pytest.raises(LibraryDamaged) as caught:
        Library.open(not_a_database)
    assert translated(caught.value) == (f"Файл {not_a_database} — не библиотека Glossa (не база данных SQLite) "
                                        "или он повреждён")


def test_opening_a_library_of_a_newer_glossa_says_why_in_russian(qtbot, russian, seeded: Library, settings: Settings,
                                                                 tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    newer = tmp_path / "newer.glossa"
    connection = sqlite3.connect(newer)
    connection.executescript("CREATE TABLE article (id); CREATE TABLE comment (id); CREATE TABLE author (id);"
                             "PRAGMA user_version = 99;")
    connection.close()
    glossa = Glossa(QApplication.instance(), seeded, settings)
    qtbot.addWidget(glossa.window)
    try:
        glossa.switch_library(str(newer), False)
    finally:
        glossa.backups.wait()
    assert shown and shown[-1].startswith(f"Glossa не может открыть эту библиотеку.\n\nФайл {newer} записан более "
                                          "новой версией Glossa (версия схемы 99; ")


def test_backup_messages_are_in_russian(qtbot, russian, seeded: Library, monkeypatch) -> None:
    folder = backup_folder(seeded.path)
    folder.mkdir()
    garbage = folder / f"{seeded.path.stem}-2024-05-06_09-30-00{seeded.path.suffix}"
    garbage.write_bytes(b"not a database" * 300)
    model = BackupTableModel(list_backups(seeded.path))
    assert model.index(0, 5).data() == "Нельзя использовать: повреждена: file is not a database"
    with pytest.raises(BackupError) as unusable:
        backup.verify_backup(garbage)
    assert translated(unusable.value) == (f"Резервную копию {garbage.name} нельзя использовать: "
                                          "повреждена: file is not a database.")
    assert str(unusable.value) == f"The backup {garbage.name} cannot be used: damaged: file is not a database."
    with pytest.raises(BackupError) as itself:
        backup.restore(seeded.path, seeded.path)
    assert translated(itself.value) == "Библиотеку нельзя восстановить из неё самой."

    real_counts = backup._counts
    counted: list[tuple[int, int, int]] = []

    def counts(connection: sqlite3.Connection) -> tuple[int, int, int]:
        articles, comments, notes = real_counts(connection)
        counted.append((articles, comments, notes))
        return (articles, comments, notes) if len(counted) == 1 else (articles + 1, comments, notes)  # the copy

    monkeypatch.setattr(backup, "_counts", counts)
    with pytest.raises(BackupError) as mismatch:
        backup.backup_now(seeded)
    shown = translated(mismatch.value)
    assert shown.startswith("Резервная копия не совпадает с библиотекой: в копии 3 статьи, ")
    assert ", а в библиотеке 2 статьи, " in shown and "0 заметок, версия схемы " in shown, shown
    assert "the copy holds 3 articles, " in str(mismatch.value)
    monkeypatch.setattr(backup, "_counts", real_counts)

    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy", full_disk)
    runner = BackupRunner()
    with qtbot.waitSignal(runner.failed, timeout=20_000) as failed:
        runner.start(seeded)
    assert failed.args[0].startswith(f"Glossa не удалось сделать резервную копию библиотеки в {folder}: Диск заполнен.")
    with qtbot.waitSignal(runner.failed, timeout=20_000) as missing:
        runner.start(seeded.path.with_name("missing.glossa"))
    assert missing.args[0] == f"По пути {seeded.path.with_name('missing.glossa')} нет библиотеки."


MALFORMED_EXPORT = {"format": "glossa", "version": 1, "articles": [
    {"id": 1, "title": None},
    {"id": 2, "title": "Two", "comments": [{"id": 5, "author": "a", "body": "b"},
                                           {"id": 5, "author": "a", "body": "c"}]},
    {"id": 3, "title": "Three", "tags": ["new"], "highlights": [{"start": 5, "end": 2, "text": "x"}]},
    {"id": 4, "title": "Four", "notes": [{"text": 3}]},
    {"id": 5, "title": "Five", "tags": ["war/\u0001"]},
    {"id": 6, "title": "Six", "paragraphs": ["Text."], "tags": ["new"]},
]}


def test_a_malformed_glossa_export_is_reported_in_russian(russian, library: Library, tmp_path: Path) -> None:
    path = tmp_path / "malformed.json"
    path.write_text(json.dumps(MALFORMED_EXPORT), encoding="utf-8")
    unusable = tmp_path / "unusable.json"
    unusable.write_text('{"format": "glossa", "version": 1, "articles": [], "tags": "war"}', encoding="utf-8")
    report = import_paths(library, [path, unusable])
    malformed, refused = report.files
    # The sound articles went in (article 2's repeated comment id is given afresh, as documented), with
    # the tag a failed one had created before it was rolled back.
    assert malformed.articles_added == 2 and not malformed.warnings
    assert library.db.execute_sql("SELECT a.title, t.name FROM article a JOIN article_tag x ON x.article_id = a.id"
                                  " JOIN tag t ON t.id = x.tag_id").fetchall() == [("Six", "new")]
    assert [translated(problem) for problem in malformed.problems] == [
        "статья 1 ('None'): title: ожидался текст",
        "статья 3 ('Three'): выделение от 5 до 2: неверные границы",
        "статья 4 ('Four'): текст заметки: ожидался текст",
        "статья 5 ('Five'): название тега не может содержать управляющие символы",
    ]
    assert translated(refused.skipped or "") == "непригодный экспорт Glossa: tags: ожидался список"
    assert malformed.problems[2] == "article 4 ('Four'): a note's text is not text"  # the CLI's words
    assert refused.skipped == "not a usable Glossa export: tags is not a list"


def test_a_failed_export_or_import_says_why_in_russian(qtbot, russian, seeded: Library, tmp_path: Path,
                                                       monkeypatch) -> None:
    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_dialog, "run_export", full_disk)
    monkeypatch.setattr(export_dialog, "show_message", lambda *_args, **_kwargs: None)
    dialog = export_dialog.ExportDialog(seeded)
    qtbot.addWidget(dialog)
    dialog.destination_edit.setText(str(tmp_path / "out.json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status_label.text().startswith("Экспорт не удался: Диск заполнен. ")

    failed: list[str] = []
    runner = Runner()
    monkeypatch.setattr(import_report, "import_paths", full_disk)
    runner.write(import_report.import_job(seeded, [str(tmp_path)]), print, library=seeded,
                 on_failure=lambda error: failed.append(import_report.import_failure(error)))  # fmt: skip
    qtbot.waitUntil(lambda: len(failed) == 1)
    assert failed[0].startswith("Диск заполнен. ")
    monkeypatch.setattr(import_report, "import_paths", lambda *_args, **_kwargs: 1 / 0)
    runner.write(import_report.import_job(seeded, [str(tmp_path)]), print, library=seeded,
                 on_failure=lambda error: failed.append(import_report.import_failure(error)))  # fmt: skip
    qtbot.waitUntil(lambda: len(failed) == 2)
    assert failed[1] == "ZeroDivisionError: division by zero"  # a bug: as Python says it


def test_the_cli_prints_english_while_the_ui_speaks_russian(russian, closed_library: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "malformed.json"
    export.write_text(json.dumps(MALFORMED_EXPORT), encoding="utf-8")
    assert cli.main(["--library", str(closed_library), "import", str(export)]) == 1
    out = capsys.readouterr().out
    assert "problem: article 1 ('None'): title is not text" in out and not CYRILLIC.search(out), out
    damage_index_page(closed_library)
    assert cli.main(["--library", str(closed_library), "import", str(export)]) == 2  # refused: never written
    err = capsys.readouterr().err
    assert f"glossa: {closed_library} is damaged: SQLite's quick_check found: " in err
    assert "Glossa has not changed the file" in err and not CYRILLIC.search(err), err
    assert cli.main(["--library", str(closed_library), "check"]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM  integrity_check" in out and not CYRILLIC.search(out), out


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
        # One date style everywhere, the month by its name: a list column too (1/5/23 reads as
        # the 1st of May outside the US).
        ("C", ("5 Jan 2023, 14:30", "5 January 2023, 14:30", "5 Jan 2023", "12,345")),
        ("en_US", ("Jan 5, 2023, 2:30\u202fPM", "January 5, 2023, 2:30\u202fPM", "Jan 5, 2023", "12,345")),
        ("en_GB", ("5 Jan 2023, 14:30", "5 January 2023, 14:30", "5 Jan 2023", "12,345")),
        ("uk_UA", ("5 січ. 2023 р., 14:30", "5 січня 2023 р., 14:30", "5 січ. 2023 р.", "12\u00a0345")),
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


@pytest.mark.parametrize("locale", ["C", "en_US", "ru_RU"])
def test_iso_dates_whatever_the_locale(locale: str) -> None:
    QLocale.setDefault(QLocale(locale) if locale != "C" else i18n.c_locale())
    i18n.set_iso_dates(True)
    try:
        when = datetime(2023, 1, 5, 14, 30)
        assert (i18n.format_datetime(when), i18n.format_datetime(when, full_month=True), i18n.format_date(when),
                i18n.format_short_date(when), i18n.format_time(when)) == (
            "2023-01-05 14:30", "2023-01-05 14:30", "2023-01-05", "2023-01-05", "14:30")
        # dates inside texts, as the charts write them
        specs = ("{day:%d %b %Y} – {day:%d %b %Y}", "{day:%B %Y}", "{day:%d %b %H:%M}", "{day:%a %d %b %Y}")
        shown = [translated(QT_TRANSLATE_NOOP("Charts", spec).format(day=when)) for spec in specs]
        assert shown[:3] == ["2023-01-05 – 2023-01-05", "2023-01", "01-05 14:30"]
        assert shown[3].endswith(" 2023-01-05")  # the weekday's name stays the locale's
    finally:
        i18n.set_iso_dates(False)
        QLocale.setDefault(i18n.c_locale())


def test_people_are_people_everywhere(qapp) -> None:
    """The status bar and the thread's line count the same people the same way (not "8 persons")."""
    assert QCoreApplication.translate("MainWindow", "%Ln person(s)", "", 8) == "8 people"
    assert QCoreApplication.translate("ReaderPanel", "from %Ln person(s)", "", 8) == "from 8 people"
    assert QCoreApplication.translate("MainWindow", "%Ln person(s)", "", 1) == "1 person"
