"""A person's session: import the seeds through the window, read the thread, restart."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.store.db import Library
from desktop.ui.main_window import MainWindow
from tests.conftest import SEEDS


def test_import_read_restart(qtbot, tmp_path, settings) -> None:
    path = tmp_path / "mine.glossa"
    library = Library.open(path)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.article_model.rowCount() == 0
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        window.import_paths([str(SEEDS)])
    for widget in QApplication.topLevelWidgets():
        if widget.windowTitle() == "Import report":
            widget.close()
    assert window.article_model.rowCount() == 2

    row = next(r for r in range(2) if window.article_model.article(r).comments)
    index = window.article_model.index(row, 1)
    qtbot.mouseClick(window.article_table.viewport(), __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton,
                     pos=window.article_table.visualRect(index).center())
    article_id = window.current_article_id()
    assert article_id == window.article_model.ids[row]
    tree = window.reader.comment_tree
    model = window.reader.comment_model
    tree.expandAll()
    sixth = model.index(5, 0)
    assert model.node(sixth).comment.path == "6"
    reply = model.index(0, 0, sixth)
    assert model.node(reply).comment.handle == "Vdars"
    assert model.node(reply).comment.path == "6.1"
    assert tree.isExpanded(sixth)
    window.close()
    library.close()

    reopened = Library.open(path)
    again = MainWindow(reopened, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.current_article_id() == article_id
    assert again.article_table.currentIndex().row() == again.article_model.row_of(article_id)
    again.close()
    reopened.close()
