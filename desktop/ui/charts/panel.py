"""One chart with its title, a note, a "no data" message when there is nothing to draw, and its
export menu (PNG, SVG, CSV), also on right-click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import QT_TRANSLATE_NOOP, translated_fields

from .chart_view import ChartView
from .export import save_csv, save_png, save_svg
from .heatmap import HeatmapView
from .models import ChartModel, HeatmapModel

_last_folder: list[Path] = [Path.home()]  # where the last export went, for the next one


class ChartPanel(QFrame):
    filter_requested = Signal(object)
    exported = Signal(str)  # the file written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: ChartModel | None = None  # as built, in English: its CSV keeps English headers
        self._shown: ChartModel | None = None  # the same in the UI's language
        self.file_stem = "chart"  # export file names: built from ids, never from titles
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(250)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.setSpacing(2)
        header = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.note_label = QLabel(self)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.menu = QMenu(self)
        self.png_action = QAction(self.tr("Save Chart as &PNG…"), self)
        self.svg_action = QAction(self.tr("Save Chart as &SVG…"), self)
        self.csv_action = QAction(self.tr("Save Numbers as &CSV…"), self)
        self.menu.addActions([self.png_action, self.svg_action, self.csv_action])
        self.menu_button = QToolButton(self)
        self.menu_button.setText(self.tr("Export"))
        self.menu_button.setToolTip(self.tr("Save this chart as an image, or its numbers as CSV"))
        self.menu_button.setAutoRaise(True)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        header.addWidget(self.title_label)
        header.addWidget(self.note_label, 1)
        header.addWidget(self.menu_button)
        layout.addLayout(header)
        self.stack = QStackedWidget(self)
        self.chart_view = ChartView(self.stack)
        self.heatmap = HeatmapView(self.stack)
        self.message = QLabel(self.stack)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message.setText(self.tr("Computing…"))
        for page in (self.chart_view, self.heatmap, self.message):
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.message)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        self.chart_view.filter_requested.connect(self.filter_requested)
        self.heatmap.filter_requested.connect(self.filter_requested)
        self.png_action.triggered.connect(lambda: self._on_save("png"))
        self.svg_action.triggered.connect(lambda: self._on_save("svg"))
        self.csv_action.triggered.connect(lambda: self._on_save("csv"))

    # -- public -------------------------------------------------------------------------------

    def model(self) -> ChartModel | None:
        return self._model

    def set_model(self, model: ChartModel) -> None:
        self._model = model
        self._shown = model = translated_fields(model)
        self.setAccessibleName(model.title)
        self.title_label.setText(model.title)
        self.note_label.setText(model.note)
        self.note_label.setToolTip(model.note)
        if model.is_empty:
            self.message.setText(model.empty_text)
            self.stack.setCurrentWidget(self.message)
            self.chart_view.set_model(None)
            self.heatmap.set_model(None)
        elif isinstance(model, HeatmapModel):
            self.heatmap.set_model(model)
            self.stack.setCurrentWidget(self.heatmap)
        else:
            self.chart_view.set_model(model)
            self.stack.setCurrentWidget(self.chart_view)

    def show_message(self, text: str) -> None:
        """Instead of the chart: "Computing…", an error."""
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def view(self) -> QWidget:
        """What is shown: the chart, the heatmap or the message."""
        page = self.stack.currentWidget()
        assert page is not None
        return page

    def export_png(self, path: str | Path) -> None:
        save_png(self.view(), Path(path), *self._heading())

    def export_svg(self, path: str | Path) -> None:
        save_svg(self.view(), Path(path), *self._heading())

    def _heading(self) -> tuple[str, str]:
        return (self._shown.title, self._shown.note) if self._shown else ("", "")

    def export_csv(self, path: str | Path) -> None:
        save_csv(self._model.csv_rows() if self._model else [], Path(path))

    # -- slots ----------------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu.popup(event.globalPos())

    def _on_save(self, kind: str) -> None:
        filters = {
            "png": QT_TRANSLATE_NOOP("ChartPanel", "PNG image (*.png)"),
            "svg": QT_TRANSLATE_NOOP("ChartPanel", "SVG drawing (*.svg)"),
            "csv": QT_TRANSLATE_NOOP("ChartPanel", "CSV table (*.csv)"),
        }
        suggested = _last_folder[0] / f"{self.file_stem}.{kind}"
        name, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save Chart"), str(suggested), self.tr(filters[kind]))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            {"png": self.export_png, "svg": self.export_svg, "csv": self.export_csv}[kind](path)
        except OSError as error:
            failed = self.tr("The chart could not be saved.")
            QMessageBox.warning(self, self.tr("Save Chart"), f"{failed}\n\n{error}")
            return
        _last_folder[0] = path.parent
        self.exported.emit(str(path))
