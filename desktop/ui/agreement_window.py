"""View > Agreement: how far the chosen coders agree, per tag, over the comments they all marked
coded (store/agreement.py), and the disagreements, each a double-click from its comment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store import coders
from desktop.store.agreement import AgreementError, AgreementReport, Disagreement, TagAgreement, report
from desktop.store.db import Library
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.operations import Runner, Task
from desktop.ui.session import call_on

Index = QModelIndex | QPersistentModelIndex


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


class TagAgreementModel(QAbstractTableModel):
    """One row per tag: its figures."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TagAgreementModel", "Tag"), QT_TRANSLATE_NOOP("TagAgreementModel", "Comments"),
        QT_TRANSLATE_NOOP("TagAgreementModel", "Agreement"), QT_TRANSLATE_NOOP("TagAgreementModel", "Cohen's κ"),
        QT_TRANSLATE_NOOP("TagAgreementModel", "Fleiss' κ"),
        QT_TRANSLATE_NOOP("TagAgreementModel", "Krippendorff's α"),
        QT_TRANSLATE_NOOP("TagAgreementModel", "α 95% interval"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TagAgreement] = []

    def set_rows(self, rows: list[TagAgreement]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        interval = "–" if row.alpha_ci is None else f"{row.alpha_ci[0]:.3f} … {row.alpha_ci[1]:.3f}"
        return (row.tag, str(row.units), _figure(row.percent), _figure(row.cohen_kappa), _figure(row.fleiss_kappa),
                _figure(row.krippendorff_alpha), interval)[index.column()]


class DisagreementModel(QAbstractTableModel):
    """One row per comment and tag the coders differ on: each coder's code side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Disagreement] = []
        self.coders: list[str] = []

    def set_rows(self, rows: list[Disagreement], coder_names: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.coders = rows, coder_names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.coders)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Comment")
        return self.tr("Tag") if section == 1 else self.coders[section - 2]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return str(row.comment_id)
        if index.column() == 1:
            return row.tag
        return self.tr("yes") if row.codes.get(self.coders[index.column() - 2]) else self.tr("no")


class AgreementWindow(QWidget):
    comment_requested = Signal(int, int)  # article id, comment id: a disagreement double-clicked
    computed = Signal()  # the figures shown are the chosen coders' (tests wait for it)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self._runner = Runner(self, latest_only=True)
        self.setWindowTitle(self.tr("Agreement"))
        self._setup_ui()
        self._connect_signals()
        self._load_coders()

    def _setup_ui(self) -> None:
        self.coder_list = QListWidget(self)
        self.coder_list.setAccessibleName(self.tr("Coders to compare"))
        self.compute_button = QPushButton(self.tr("&Compare"), self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.tags = TagAgreementModel(self)
        self.tag_table = QTableView(self)
        self.tag_table.setModel(self.tags)
        self.tag_table.setAccessibleName(self.tr("Agreement per tag"))
        self.disagreements = DisagreementModel(self)
        self.disagreement_table = QTableView(self)
        self.disagreement_table.setModel(self.disagreements)
        self.disagreement_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disagreement_table.setAccessibleName(self.tr("Disagreements: double-click to open the comment"))
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Coders:"), self))
        side.addWidget(self.coder_list)
        side.addWidget(self.compute_button)
        tables = QSplitter(Qt.Orientation.Vertical, self)
        tables.addWidget(self.tag_table)
        tables.addWidget(self.disagreement_table)
        right = QVBoxLayout()
        right.addWidget(self.status)
        right.addWidget(tables, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(right, 1)
        self.resize(900, 600)

    def _connect_signals(self) -> None:
        self.compute_button.clicked.connect(self.compute)
        self.disagreement_table.doubleClicked.connect(self._on_disagreement_activated)

    def _load_coders(self) -> None:
        marked = {c.id for c in call_on(self.library, coders.coders_with_marks)}
        for coder in call_on(self.library, coders.coders):
            item = QListWidgetItem(coder.name, self.coder_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if coder.id in marked else Qt.CheckState.Unchecked)

    def chosen_coders(self) -> list[str]:
        items = (self.coder_list.item(i) for i in range(self.coder_list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def compute(self) -> None:
        """Work out the figures off the GUI thread (the bootstrap takes a while on a large corpus)."""
        names = self.chosen_coders()
        self.status.setText(self.tr("Comparing…"))

        def job(task: Task[AgreementReport]) -> AgreementReport:
            return report(task.db, None, names)

        self._runner.read(job, self._on_report, library=self.library, on_failure=self._on_failed)

    def _on_report(self, found: AgreementReport) -> None:
        self.tags.set_rows(found.tags)
        self.disagreements.set_rows(found.disagreements, found.coders)
        self.status.setText(self.tr("Comments every chosen coder marked coded: {count}").format(count=len(found.units)))
        self.computed.emit()

    def _on_failed(self, error: Exception) -> None:
        if not isinstance(error, AgreementError):
            raise error
        self.tags.set_rows([])
        self.disagreements.set_rows([], [])
        self.status.setText(self.tr("Choose at least two coders who marked work coded (Annotate > Coded by Me)."))
        self.computed.emit()

    def _on_disagreement_activated(self, index: QModelIndex) -> None:
        row = self.disagreements.rows[index.row()]
        if row.article_id is not None:
            self.comment_requested.emit(row.article_id, row.comment_id)

    def closeEvent(self, event: Any) -> None:
        self._runner.cancel()
        self._runner.wait()
        super().closeEvent(event)
