"""The Dashboard beside the main window: made on first use, titled by the open library and
following the session to another; a clicked chart element filters the article list through the
session, or opens the article or comment it counts.

Its texts keep the window's translation context ("MainWindow"), where the catalogues have them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from desktop.store import metrics
from desktop.ui.i18n import PLURAL, translate

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class DashboardLink:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dashboard: Any = None  # desktop/ui/charts/dashboard.py, made on first use

    def _dashboard(self) -> Any:
        w = self.window
        if self.dashboard is None:
            from desktop.ui.charts.dashboard import Dashboard

            self.dashboard = Dashboard(w.session, w)  # its tag figures follow the coder view
            w.session.library_changed.connect(self.dashboard.set_library)
            self.dashboard.setWindowFlag(Qt.WindowType.Window)
            self.dashboard.resize(1280, 900)
            self.dashboard.filter_requested.connect(self._on_chart_filter)
            self.dashboard.comment_requested.connect(self._on_chart_comment)
        title = translate("MainWindow", "Dashboard — {library}").format(library=w.library.name)
        self.dashboard.setWindowTitle(title)
        self.dashboard.show()
        self.dashboard.raise_()
        return self.dashboard

    def show_library(self) -> None:
        self._dashboard().show_library()

    def show_article(self) -> None:
        article_id = self.window.current_article_id()
        if article_id is not None:
            self._dashboard().show_article(article_id)

    def show_author(self, author_id: int | None) -> None:
        """The commenter's charts: `author_id`'s (the profile's), else the current comment's author."""
        if author_id is None:
            node = self.window.reader.comment_tree.current_node()
            author_id = node.comment.author_id if node is not None else None
        if author_id is None:
            self.window.statusBar().showMessage(
                translate("MainWindow", "Open a commenter's profile (Ctrl+Shift+U) first."), 5000)
            return
        self._dashboard().show_author(author_id)

    def shutdown(self) -> None:
        """Its figures are computed on another thread: let that end before the library closes."""
        if self.dashboard is not None:
            self.dashboard.shutdown()

    def _on_chart_comment(self, comment_id: int) -> None:
        match = self.window.session.call(metrics.resolve_filter, {"kind": "comment", "id": comment_id})
        if match.article_ids:
            self.window.open_source(match.article_ids[0], comment_id, None)

    def _on_chart_filter(self, spec: dict[str, Any]) -> None:
        """A clicked bar or cell: the list keeps the articles it counts, the tree marks its comments."""
        w = self.window
        try:
            match = w.session.call(metrics.resolve_filter, spec)
        except ValueError as error:
            w.statusBar().showMessage(str(error), 6000)
            return
        kind = spec.get("kind")
        if kind == "article":
            w.open_source(int(spec["id"]), None, None)
            return
        if kind == "comment":
            self._on_chart_comment(int(spec["id"]))
            return
        w.sidebar.select_view("all")
        w.session.filter_by_chart(match.article_ids, match.comment_ids)
        if "article_id" in spec:
            w.open_source(int(spec["article_id"]), None, None)
        w.middle_tabs.setCurrentIndex(0)
        articles, comments = len(match.article_ids), len(match.comment_ids)
        text = translate("MainWindow", "Chart filter: {articles}, {comments} (click All articles to clear it)")
        counted = {"articles": translate("MainWindow", "%Ln article(s)", None, PLURAL, articles),
                   "comments": translate("MainWindow", "%Ln comment(s)", None, PLURAL, comments)}
        w.statusBar().showMessage(text.format(**counted), 10_000)
        w.raise_()
        w.activateWindow()
