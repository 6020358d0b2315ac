"""The Insight dashboard: a header of figures and a grid of charts, for the library, one article
or one commenter. Its tag figures follow the session's coder view: in blind coding (Only Mine)
they count only the coder's own links and highlights, and a line says so. The figures are
computed on a worker thread with its own connection (peewee connections are per thread), so the
window never waits; "Computing…" shows meanwhile, and a newer request interrupts an older one's
queries instead of queueing behind them."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import metrics
from desktop.store.db import Library
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translated_fields
from desktop.ui.operations import Runner, Task
from desktop.ui.session import ONLY_MINE, Session, session_of
from desktop.ui.shortcuts_dialog import close_on_escape

from .metrics_bar import SEPARATOR, ThreadMetricsBar
from .models import ChartModel, author_figures, charts_for, library_figures
from .panel import ChartPanel

UNIT_CHOICES = (  # labels in English, translated when shown
    (QT_TRANSLATE_NOOP("Dashboard", "Auto"), "auto"),
    (QT_TRANSLATE_NOOP("Dashboard", "Hour"), "hour"),
    (QT_TRANSLATE_NOOP("Dashboard", "Day"), "day"),
    (QT_TRANSLATE_NOOP("Dashboard", "Week"), "week"),
    (QT_TRANSLATE_NOOP("Dashboard", "Month"), "month"),
)
WIDE = 1500  # three columns of charts from this width


class Dashboard(QWidget):
    """`show_library()`, `show_article(id)`, `show_author(id)`; `filter_requested` carries a clicked
    chart element's filter (see desktop.store.metrics), `comment_requested` the most-replied comment."""

    filter_requested = Signal(object)
    comment_requested = Signal(int)
    computed = Signal()  # the charts show the latest request
    failed = Signal(str)

    def __init__(self, session: Session | Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session_of(session, self)
        self.library = self.session.library
        self.article_id: int | None = None
        self.author_id: int | None = None
        self.unit = "auto"
        self.last_seconds = 0.0  # how long the last computation took
        self._runner = Runner(self, latest_only=True)  # a newer request interrupts the one under way
        self._insight: metrics.Insight | None = None
        self._panels: dict[str, ChartPanel] = {}
        self._order: list[str] = []
        self._columns = 2
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setMinimumSize(520, 400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.unit_box = QComboBox(self)
        for text, unit in UNIT_CHOICES:
            self.unit_box.addItem(self.tr(text), unit)
        self.unit_box.setToolTip(self.tr("Time buckets of the comments-over-time chart"))
        self.unit_box.setAccessibleName(self.tr("Time unit"))
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the figures again"))
        top.addWidget(self.title_label, 1)
        top.addWidget(self.status_label)
        top.addSpacing(8)
        unit_label = QLabel(self.tr("Time &unit:"), self)
        unit_label.setBuddy(self.unit_box)
        top.addWidget(unit_label)
        top.addWidget(self.unit_box)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.figures_label = QLabel(self)
        self.figures_label.setTextFormat(Qt.TextFormat.PlainText)
        self.figures_label.setWordWrap(True)
        self.figures_label.setAccessibleName(self.tr("Figures"))
        self.metrics_bar = ThreadMetricsBar(self)
        self.metrics_bar.hide()
        self.coder_label = QLabel(self)  # whose work the tag figures count, when not everyone's
        self.coder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.coder_label.setWordWrap(True)
        self.coder_label.hide()
        layout.addWidget(self.coder_label)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.metrics_bar)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.grid_widget = QWidget(self.scroll_area)
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.scroll_area.setWidget(self.grid_widget)
        layout.addWidget(self.scroll_area, 1)
        close_on_escape(self)

    def _connect_signals(self) -> None:
        self.unit_box.currentIndexChanged.connect(self._on_unit_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.metrics_bar.comment_requested.connect(self.comment_requested)
        self.session.coder_view_changed.connect(self._on_coder_view_changed)

    # -- public -------------------------------------------------------------------------------

    @property
    def computing(self) -> bool:
        return self._runner.busy

    @property
    def insight(self) -> metrics.Insight | None:
        """The figures shown (None before the first computation ends)."""
        return self._insight

    def panels(self) -> dict[str, ChartPanel]:
        """The charts shown, by model key, in layout order."""
        return {key: self._panels[key] for key in self._order}

    def set_library(self, library: Library) -> None:
        """Another library: its overview (ids of the previous one mean nothing there)."""
        self._runner.cancel()
        self.library = library
        self.show_library()

    def show_library(self) -> None:
        self._show(None, None)

    def show_article(self, article_id: int) -> None:
        self._show(int(article_id), None)

    def show_author(self, author_id: int) -> None:
        """A commenter's charts (for their profile)."""
        self._show(None, int(author_id))

    def refresh(self) -> None:
        self._show(self.article_id, self.author_id)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop the computation (its query is interrupted) and wait for its thread: call before the
        library closes or the dashboard goes."""
        self._runner.cancel()
        self._runner.wait(timeout_ms)

    # -- computing --------------------------------------------------------------------------------

    def _show(self, article_id: int | None, author_id: int | None) -> None:
        self.article_id, self.author_id = article_id, author_id
        self.status_label.setText(self.tr("Computing…"))
        if self._insight is None or (self._insight.article_id, self._insight.author_id) != (article_id, author_id):
            self._set_title_pending()
        self._start()

    def _set_title_pending(self) -> None:
        if self.article_id is not None:
            self.title_label.setText(self.tr("Article"))
        elif self.author_id is not None:
            self.title_label.setText(self.tr("Commenter"))
        else:
            self.title_label.setText(self.tr("Library {name}").format(name=self.library.path.stem))
        self.figures_label.setText("")
        self.metrics_bar.show_metrics(None)
        for panel in self._panels.values():
            panel.show_message(self.tr("Computing…"))

    def _start(self) -> None:
        article_id, author_id, unit = self.article_id, self.author_id, self.unit
        coder = self.session.view_coder() if self.library is self.session.library else None

        def compute(task: Task[tuple[metrics.Insight, float]]) -> tuple[metrics.Insight, float]:
            started = time.perf_counter()
            found = metrics.insight(task.db, article_id, author_id, unit, coder)
            return found, time.perf_counter() - started

        self._runner.read(compute, self._on_finished, library=self.library, on_failure=self._on_failed)

    def _on_finished(self, computed: tuple[metrics.Insight, float]) -> None:
        insight, self.last_seconds = computed
        self.status_label.setText("")
        self._apply(insight)
        self.computed.emit()

    def _on_failed(self, error: Exception) -> None:  # a damaged file: say so, keep the window
        message = f"{type(error).__name__}: {error}"
        self.status_label.setText(self.tr("The figures could not be computed"))
        self.status_label.setToolTip(message)
        for panel in self._panels.values():
            panel.show_message(self.tr("The figures could not be computed."))
        self.failed.emit(message)

    # -- showing -----------------------------------------------------------------------------------

    def _apply(self, insight: metrics.Insight) -> None:
        self._insight = insight
        self.status_label.setToolTip(self.tr("Computed in {seconds} s").format(seconds=f"{self.last_seconds:.2f}"))
        self._fill_header(insight)
        if insight.missing:
            self._set_charts([])
            self.figures_label.setText(self.tr("It is no longer in the library."))
            return
        self._set_charts(charts_for(insight))

    def _on_coder_view_changed(self, _view: object) -> None:
        if self._insight is not None or self.computing:  # shown once: counted again for the view
            self.refresh()

    def _fill_header(self, insight: metrics.Insight) -> None:
        view = self.session.coder_view
        if insight.coder is None:
            self.coder_label.hide()
        else:
            self.coder_label.setText(
                self.tr("Tags count only your own work (blind coding); View > Coders > All Coders counts everyone's.")
                if view.kind == ONLY_MINE else self.tr("Tags count only {coder}'s work.").format(coder=view.name))
            self.coder_label.show()
        self.metrics_bar.setVisible(insight.article_id is not None)
        self.figures_label.setVisible(insight.article_id is None)
        if insight.article_id is not None:
            article = insight.article
            self.title_label.setText(article.title if article and article.title
                                     else self.tr("Article {id}").format(id=insight.article_id))
            self.title_label.setToolTip(self.title_label.text())
            self.metrics_bar.show_metrics(article)
            return
        if insight.author_id is not None:
            author = insight.author
            self.title_label.setText(author.handle if author
                                     else self.tr("Commenter {id}").format(id=insight.author_id))
            figures = author_figures(author) if author else []
        else:
            self.title_label.setText(self.tr("Library {name}").format(name=self.library.path.stem))
            figures = library_figures(insight.totals) if insight.totals else []
        self.title_label.setToolTip(self.title_label.text())
        figures = translated_fields(figures)
        self.figures_label.setText(SEPARATOR.join(f.text for f in figures))
        self.figures_label.setToolTip("\n".join(f"{f.text}: {f.tooltip}" for f in figures))

    def _file_stem(self, key: str) -> str:
        if self.article_id is not None:
            return f"glossa-article-{self.article_id}-{key}"
        if self.author_id is not None:
            return f"glossa-author-{self.author_id}-{key}"
        return f"glossa-library-{key}"

    def _set_charts(self, charts: list[ChartModel]) -> None:
        keys = [chart.key for chart in charts]
        for chart in charts:
            panel = self._panels.get(chart.key)
            if panel is None:
                panel = ChartPanel(self.grid_widget)
                panel.filter_requested.connect(self.filter_requested)
                self._panels[chart.key] = panel
            panel.file_stem = self._file_stem(chart.key)
            panel.set_model(chart)
        for key, panel in self._panels.items():
            panel.setVisible(key in keys)
        if keys != self._order:
            self._order = keys
            self._lay_out()

    def _lay_out(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for index, key in enumerate(self._order):
            self.grid.addWidget(self._panels[key], index // self._columns, index % self._columns)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < self._columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = 3 if event.size().width() >= WIDE else 2 if event.size().width() >= 760 else 1
        if columns != self._columns:
            self._columns = columns
            self._lay_out()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _on_unit_changed(self, _index: int) -> None:
        self.unit = str(self.unit_box.currentData())
        self.refresh()
