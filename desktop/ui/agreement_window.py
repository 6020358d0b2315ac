"""View > Agreement: how far the chosen coders agree, per tag, over the comments they all marked
coded (store/agreement.py), and the disagreements, each a double-click from its comment. A
disagreement is adjudicated here ("Agree on: has tag / has not"): the agreed code is recorded as
the consensus coder's, through the window's undo stack (AnnotationController) when it has one.

Agreement shows every chosen coder's codes side by side, so while the window's session codes
blind (Only Mine) it shows none of them: it says why and offers to show everyone's work, which
ends blind coding in the main window too."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
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
from desktop.store.agreement import (
    CONSENSUS,
    AgreementError,
    AgreementReport,
    Disagreement,
    TagAgreement,
    adjudicate,
    decisions,
    report,
)
from desktop.store.db import Library
from desktop.store.errors import StoreError, engine_errors
from desktop.ui.annotation_controller import AnnotationController
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translated
from desktop.ui.operations import Runner, Task
from desktop.ui.session import ONLY_MINE, CoderView, Session, call_on

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
    """One row per comment and tag the coders differ on: each coder's code side by side, then
    what adjudication recorded."""

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
        return 0 if parent.isValid() else 3 + len(self.coders)

    def set_decisions(self, found: dict[tuple[int, int], bool]) -> None:
        """What adjudication recorded for the rows now (after an adjudication, its undo or redo)."""
        self.rows = [replace(row, consensus=found.get((row.comment_id, row.tag_id or 0))) for row in self.rows]
        if self.rows:
            column = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Comment")
        if section == 1:
            return self.tr("Tag")
        return self.coders[section - 2] if section - 2 < len(self.coders) else self.tr("Agreed")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return str(row.comment_id)
        if index.column() == 1:
            return row.tag
        if index.column() - 2 == len(self.coders):
            return "–" if row.consensus is None else self.tr("yes") if row.consensus else self.tr("no")
        return self.tr("yes") if row.codes.get(self.coders[index.column() - 2]) else self.tr("no")


class AgreementWindow(QWidget):
    comment_requested = Signal(int, int)  # article id, comment id: a disagreement double-clicked
    computed = Signal()  # the figures shown are the chosen coders' (tests wait for it)

    def __init__(self, library: Library, parent: QWidget | None = None,
                 controller: AnnotationController | None = None, session: Session | None = None) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.controller = controller  # the window's undo stack, when it has one
        self.session = session  # the window's coder view, when it has one: blind coding hides the figures
        self._runner = Runner(self, latest_only=True)
        self.setWindowTitle(self.tr("Agreement"))
        self._setup_ui()
        self._connect_signals()
        self._load_coders()

    def _setup_ui(self) -> None:
        self.blind_notice = QWidget(self)
        self.blind_label = QLabel(self.tr(
            "You are coding blind (Only Mine). Agreement shows every chosen coder's codes side by side, "
            "the other coders' too, so nothing is compared while you code blind."), self.blind_notice)
        self.blind_label.setTextFormat(Qt.TextFormat.PlainText)
        self.blind_label.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("&Show Everyone's Work and Compare"), self.blind_notice)
        self.reveal_button.setToolTip(self.tr("Ends blind coding: the main window shows all coders' work again"))
        notice = QHBoxLayout(self.blind_notice)
        notice.setContentsMargins(0, 0, 0, 0)
        notice.addWidget(self.blind_label, 1)
        notice.addWidget(self.reveal_button)
        self.blind_notice.hide()
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
        self.agree_yes_button = QPushButton(self.tr("Agree on: has &tag"), self)
        self.agree_yes_button.setToolTip(self.tr("Record that the comment has the tag, as the consensus coder's code"))
        self.agree_no_button = QPushButton(self.tr("Agree on: has &not"), self)
        self.agree_no_button.setToolTip(
            self.tr("Record that the comment does not have the tag, as the consensus coder's code"))
        for button in (self.agree_yes_button, self.agree_no_button):
            button.setEnabled(False)
        if self.controller is not None:  # Ctrl+Z here undoes an adjudication as in the main window
            for action, keys in ((self.controller.stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
                                 (self.controller.stack.createRedoAction(self), QKeySequence.StandardKey.Redo)):
                action.setShortcut(keys)
                self.addAction(action)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Coders:"), self))
        side.addWidget(self.coder_list)
        side.addWidget(self.compute_button)
        tables = QSplitter(Qt.Orientation.Vertical, self)
        tables.addWidget(self.tag_table)
        tables.addWidget(self.disagreement_table)
        adjudication = QHBoxLayout()
        adjudication.addStretch(1)
        adjudication.addWidget(self.agree_yes_button)
        adjudication.addWidget(self.agree_no_button)
        right = QVBoxLayout()
        right.addWidget(self.blind_notice)
        right.addWidget(self.status)
        right.addWidget(tables, 1)
        right.addLayout(adjudication)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(right, 1)
        self.resize(900, 600)

    def _connect_signals(self) -> None:
        self.compute_button.clicked.connect(self.compute)
        self.disagreement_table.doubleClicked.connect(self._on_disagreement_activated)
        self.disagreement_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.disagreements.modelReset.connect(self._on_selection_changed)
        self.agree_yes_button.clicked.connect(lambda: self.agree(True))
        self.agree_no_button.clicked.connect(lambda: self.agree(False))
        if self.controller is not None:
            self.controller.changed.connect(self._on_annotations_changed)
        self.reveal_button.clicked.connect(self._on_reveal_clicked)
        if self.session is not None:
            self.session.coder_view_changed.connect(self._on_coder_view_changed)

    def _load_coders(self) -> None:
        marked = {c.id for c in call_on(self.library, coders.coders_with_marks)}
        for coder in call_on(self.library, coders.coders):
            item = QListWidgetItem(coder.name, self.coder_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = coder.id in marked and coder.name != CONSENSUS  # compared with the others only when chosen
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def chosen_coders(self) -> list[str]:
        items = (self.coder_list.item(i) for i in range(self.coder_list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def blind(self) -> bool:
        """Whether the window's session codes blind: then nothing is compared or shown here."""
        return self.session is not None and self.session.coder_view.kind == ONLY_MINE

    def _show_blind(self, blind: bool) -> None:
        self.blind_notice.setVisible(blind)
        for widget in (self.coder_list, self.compute_button, self.tag_table, self.disagreement_table):
            widget.setEnabled(not blind)
        if blind:
            self._runner.cancel()
            self.tags.set_rows([])
            self.disagreements.set_rows([], [])
            self.status.setText("")

    def _on_reveal_clicked(self) -> None:
        if self.session is not None:
            self.session.set_coder_view(CoderView())  # its coder_view_changed compares

    def _on_coder_view_changed(self, _view: object) -> None:
        if self.blind():
            self._show_blind(True)
        elif not self.blind_notice.isHidden():
            self._show_blind(False)
            self.compute()

    def compute(self) -> None:
        """Work out the figures off the GUI thread (the bootstrap takes a while on a large corpus);
        nothing while the window's session codes blind."""
        if self.blind():
            self._show_blind(True)
            self.computed.emit()
            return
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

    def selected_disagreement(self) -> Disagreement | None:
        rows = self.disagreement_table.selectionModel().selectedRows()
        return self.disagreements.rows[rows[0].row()] if rows else None

    def _on_selection_changed(self, *_args: Any) -> None:
        chosen = self.selected_disagreement() is not None
        for button in (self.agree_yes_button, self.agree_no_button):
            button.setEnabled(chosen)

    def agree(self, has_tag: bool) -> None:
        """Record the selected disagreement's agreed code as the consensus coder's: through the
        undo stack when the window has one."""
        row = self.selected_disagreement()
        if row is None or row.tag_id is None:
            return
        compared = list(self.disagreements.coders)  # their agreed codes on the comment go to the consensus too
        if self.controller is not None:  # its `changed` refreshes the rows; a refusal goes to its `failed`
            self.controller.run(adjudicate, row.comment_id, row.tag_id, has_tag, compared)
            return
        if self.library.read_only:
            self.status.setText(self.tr("The library is open read-only."))
            return
        try:
            with engine_errors():
                call_on(self.library, adjudicate, row.comment_id, row.tag_id, has_tag, compared)
        except StoreError as error:
            self.status.setText(translated(error))
            return
        self._refresh_decisions()

    def _on_annotations_changed(self, _change: object) -> None:
        if self.controller is not None and self.controller.library is self.library:
            self._refresh_decisions()  # an adjudication undone or redone

    def _refresh_decisions(self) -> None:
        units = [(row.comment_id, row.tag_id) for row in self.disagreements.rows if row.tag_id is not None]
        self.disagreements.set_decisions(call_on(self.library, decisions, units))

    def closeEvent(self, event: Any) -> None:
        self._runner.cancel()
        self._runner.wait()
        super().closeEvent(event)
