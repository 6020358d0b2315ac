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

    not_a_library = tmp_path / "notes.glossa"
    not_a_library.write_text("just text", encoding="utf-8")
    glossa.switch_library(str(not_a_library), False)
    assert "not a Glossa library" in messages[-1]
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
