from __future__ import annotations

from desktop.ui.preferences import PreferencesDialog


def test_preferences_are_saved_and_applied(qtbot, window, tmp_path) -> None:
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(15)
    dialog.library.setText(str(tmp_path / "research.glossa"))
    dialog.backups.setValue(4)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.buttons.accepted.emit()
    s = window.settings
    assert (s.theme, s.reading_font_size, s.backup_count, s.language) == ("dark", 15, 4, "ru")
    assert s.default_library.endswith("research.glossa")
    window.apply_reading_font()
    assert window.reader.article_view.font().pointSize() == 15
    assert window.reader.comment_tree.font().pointSize() == 15


def test_cancel_changes_nothing(qtbot, window) -> None:
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(20)
    dialog.buttons.rejected.emit()
    assert window.settings.reading_font_size == 0
