from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui import i18n
from desktop.ui.article_list_model import COLUMN_KEYS
from desktop.ui.preferences import PreferencesDialog


def test_preferences_are_saved_and_applied(qtbot, window, tmp_path) -> None:
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(15)
    dialog.library.setText(str(tmp_path / "research.glossa"))
    dialog.backups.setValue(4)
    assert dialog.backup_space.value() == 2.0
    dialog.backup_space.setValue(3.5)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.buttons.accepted.emit()
    s = window.settings
    assert (s.theme, s.reading_font_size, s.backup_count, s.backup_space, s.language) == ("dark", 15, 4, 3.5, "ru")
    assert s.default_library.endswith("research.glossa")
    window.apply_reading_font()
    assert window.reader.article_view.font().pointSize() == 15
    assert window.reader.comment_tree.font().pointSize() == 15


def test_iso_dates_are_a_preference_every_view_follows(qtbot, window) -> None:
    model = window.article_model
    column = COLUMN_KEYS.index("imported")
    imported = model.article(0).imported
    assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) == i18n.format_date(imported)
    assert "-" not in i18n.format_date(imported)  # the locale's style, with the month's name
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.iso_dates.setChecked(True)
    dialog.buttons.accepted.emit()
    try:
        assert window.settings.iso_dates
        window.apply_date_style()
        iso = imported.strftime("%Y-%m-%d")
        assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) == iso
        assert f"imported {iso}" in window.reader.article_view.toPlainText()
    finally:
        i18n.set_iso_dates(False)


def test_cancel_changes_nothing(qtbot, window) -> None:
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(20)
    dialog.buttons.rejected.emit()
    assert window.settings.reading_font_size == 0
