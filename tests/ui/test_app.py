from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import Glossa, apply_theme, dark_palette


def test_switch_between_libraries(qtbot, seeded, settings, tmp_path, monkeypatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: messages.append(a[2]))
    glossa = Glossa(QApplication.instance(), seeded, settings)
    qtbot.addWidget(glossa.window)
    assert glossa.window.windowTitle().startswith("test")

    fresh = tmp_path / "fresh.glossa"
    glossa.switch_library(str(fresh), True)
    assert glossa.window.windowTitle().startswith("fresh")
    assert glossa.window.article_model.rowCount() == 0
    assert settings.recent_libraries[0] == str(fresh)

    glossa.switch_library(str(tmp_path / "missing.glossa"), False)
    assert "There is no library" in messages[-1]

    import desktop.app
    from desktop.ui.backup_dialog import DamagedChoice

    asked: list[str] = []
    monkeypatch.setattr(desktop.app, "ask_about_damaged_library",
                        lambda parent, error, newest: asked.append(str(error)) or DamagedChoice.CLOSE)
    not_a_library = tmp_path / "notes.glossa"
    not_a_library.write_text("just text", encoding="utf-8")
    glossa.switch_library(str(not_a_library), False)
    assert "not a Glossa library" in asked[-1]
    assert not_a_library.read_text(encoding="utf-8") == "just text"  # never written
    assert glossa.window.windowTitle().startswith("fresh")  # still on the library it had
    assert glossa.window.article_model.rowCount() == 0

    glossa.switch_library(str(seeded.path), False)
    assert glossa.window.article_model.rowCount() == 2


def test_themes_change_the_palette(qapp) -> None:
    before = qapp.palette()
    apply_theme(qapp, "dark")
    assert qapp.palette().color(qapp.palette().ColorRole.Base) == dark_palette().color(
        dark_palette().ColorRole.Base
    )
    apply_theme(qapp, "system")
    qapp.setPalette(before)


def test_back_up_now_and_restore(qtbot, seeded, settings, monkeypatch) -> None:
    from desktop.store import backup
    from desktop.ui import backup_dialog

    glossa = Glossa(QApplication.instance(), seeded, settings)
    qtbot.addWidget(glossa.window)
    glossa.backups.wait()  # the daily backup made on open
    with qtbot.waitSignal(glossa.backups.finished, timeout=20_000):
        glossa.back_up_now()
    backups = backup.list_backups(seeded.path)
    assert backups and backups[0].articles == 2

    class Chooser:
        def __init__(self, *args, **kwargs) -> None:
            self.chosen = backups[0]

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(__import__("desktop.app", fromlist=["RestoreDialog"]), "RestoreDialog", Chooser)
    glossa.window.controller.library.db.execute_sql("DELETE FROM comment")
    glossa.restore_from_backup()
    assert glossa.window.article_model.rowCount() == 2
    assert glossa.library.db.execute_sql("SELECT COUNT(*) FROM comment").fetchone()[0] == 8
    assert backup_dialog.BackupRunner  # the runner the menu uses


def test_read_only_library_disables_writing(qtbot, seeded, settings) -> None:
    from desktop.store.db import open_read_only

    path = seeded.path
    seeded.close()
    library = open_read_only(path, "testing")
    glossa = Glossa(QApplication.instance(), library, settings)
    qtbot.addWidget(glossa.window)
    assert "(read-only)" in glossa.window.windowTitle()
    assert not glossa.window.commands.import_files_action.isEnabled()
    assert not glossa.window.annotate.tag_action.isEnabled()
    library.close()


def test_dark_check_boxes_have_a_visible_edge_and_light_ones_are_untouched(qtbot) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QCheckBox

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = QPalette.ColorRole.Window
    try:
        apply_theme(app, "dark")
        box = QCheckBox("Match all selected tags")
        qtbot.addWidget(box)
        box.ensurePolished()  # class palettes apply when a widget is polished, as on showing
        # Fusion frames the box in the window colour darkened: on the dark window it must stay
        # far lighter than the box's dark fill to be seen.
        assert box.palette().color(window).lightness() - dark_palette().color(QPalette.ColorRole.Base).lightness() > 80
        assert box.palette().color(QPalette.ColorRole.WindowText) == dark_palette().color(QPalette.ColorRole.WindowText)
        apply_theme(app, "light")
        light = QCheckBox("again")
        qtbot.addWidget(light)
        light.ensurePolished()
        assert light.palette().color(window) == app.palette().color(window)
    finally:
        apply_theme(app, "system")


def test_a_first_start_fits_a_small_screen_and_a_saved_size_is_kept(qtbot, seeded, settings) -> None:
    glossa = Glossa(QApplication.instance(), seeded, settings)
    qtbot.addWidget(glossa.window)
    available = glossa.window.screen().availableGeometry().size()
    assert available.width() < 1280  # the offscreen screen is 800 px wide: smaller than the default size
    assert glossa.window.width() <= available.width() and glossa.window.height() <= available.height()

    glossa.window.resize(700, 500)
    glossa.window.save_state()
    again = Glossa(QApplication.instance(), seeded, settings)
    qtbot.addWidget(again.window)
    assert (again.window.width(), again.window.height()) == (700, 500)
