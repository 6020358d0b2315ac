"""The Campaigns window: near-duplicate comments posted by several handles (campaigns, biggest
first) and handles that comment together more often than chance. A campaign shows one member's
text with the differences of the selected member marked, its members and their articles, and a
timeline; a member opens in its thread; the whole campaign is tagged in one undoable step and has
a note in the main window's Note panel. The analysis (desktop/store/campaigns.py) runs on a worker
thread with progress and cancel."""

from __future__ import annotations

import difflib
import html
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.analysis.campaigns import (
    CO_POSTING_WINDOW,
    DEFAULT_SIMILARITY,
    DEFAULT_WINDOW,
    Campaign,
    CoPosting,
    Member,
    normalise,
)
from desktop.store import annotations as annotation_store
from desktop.store import campaigns as campaign_store
from desktop.store.db import Library
from desktop.ui.annotation_controller import AnnotationController
from desktop.ui.i18n import QT_TRANSLATE_NOOP, format_datetime, format_number, translate, translated
from desktop.ui.operations import Runner, Task
from desktop.ui.safe_text import SafeTextBrowser
from desktop.ui.session import call_on
from desktop.ui.settings import Settings
from desktop.ui.shortcuts_dialog import close_on_escape

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass
class CampaignResults:
    campaigns: list[Campaign] = field(default_factory=list)
    co_posting: list[CoPosting] = field(default_factory=list)
    texts: dict[int, str] = field(default_factory=dict)  # comment id -> body, the campaigns' first comments
    co_posting_window: timedelta = CO_POSTING_WINDOW  # the kept pairs were counted within it
    titles: dict[int, str] = field(default_factory=dict)  # article id -> title
    keys: dict[int, int] = field(default_factory=dict)  # a campaign's id -> the row a note on it is on
    analysed: bool = False  # the kept analysis exists


def analyse(task: Task[CampaignResults], similarity: float, min_handles: int, window: timedelta, update: bool,
            co_posting_window: timedelta = CO_POSTING_WINDOW) -> CampaignResults:
    """An operation's job: update the kept analysis (`update`), or only read it, on the
    operation's own connection. Its progress is reported as (stage, done, total)."""
    db = task.db
    if update:
        campaign_store.update(db, similarity, lambda stage, done, total: task.report((stage, done, total)),
                              task.cancelled, co_posting_window)  # fmt: skip
    results = CampaignResults(analysed=campaign_store.kept_similarity(db) is not None)
    results.campaigns = campaign_store.load(db, min_handles, window)
    results.co_posting = campaign_store.kept_co_posting(db)
    results.co_posting_window = campaign_store.kept_co_posting_window(db)
    results.texts = campaign_store.texts(db, [c.id for c in results.campaigns])
    results.titles = campaign_store.article_titles(db, [a for c in results.campaigns for a in c.article_ids])
    results.keys = campaign_store.campaign_keys(db, [c.id for c in results.campaigns])
    return results


# -- models ------------------------------------------------------------------------------------------


def _time(value: datetime | None) -> str:
    return format_datetime(value) if value else "–"


CAMPAIGN_COLUMNS = (
    QT_TRANSLATE_NOOP("CampaignListModel", "Comments"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Handles"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Articles"),
    QT_TRANSLATE_NOOP("CampaignListModel", "First"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Last"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Burst"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Text"),
)


def _one_line(text: str, limit: int = 160) -> str:
    return " ".join(text.split())[:limit]


class CampaignListModel(QAbstractTableModel):
    """The campaigns, biggest first (the store's order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.campaigns: list[Campaign] = []
        self.texts: dict[int, str] = {}

    def set_campaigns(self, campaigns: list[Campaign], texts: dict[int, str]) -> None:
        self.beginResetModel()
        self.campaigns, self.texts = campaigns, texts
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.campaigns)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(CAMPAIGN_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CampaignListModel", CAMPAIGN_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.campaigns):
            return None
        campaign = self.campaigns[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (format_number(len(campaign.members)), format_number(len(campaign.authors)),
                      format_number(len(campaign.article_ids)), _time(campaign.first), _time(campaign.last),
                      self.tr("burst") if campaign.burst else "", _one_line(self.texts.get(campaign.id, "")))
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column < 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return self.texts.get(campaign.id, "")[:2000]
        return None


MEMBER_COLUMNS = (
    QT_TRANSLATE_NOOP("MemberModel", "Time"),
    QT_TRANSLATE_NOOP("MemberModel", "Handle"),
    QT_TRANSLATE_NOOP("MemberModel", "Article"),
)


class MemberModel(QAbstractTableModel):
    """One campaign's comments, oldest first, with their articles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.members: list[Member] = []
        self.titles: dict[int, str] = {}

    def set_members(self, members: list[Member], titles: dict[int, str]) -> None:
        self.beginResetModel()
        self.members, self.titles = members, titles
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(MEMBER_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("MemberModel", MEMBER_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.members):
            return None
        member = self.members[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (_time(member.posted_at), member.author, _one_line(self.titles.get(member.article_id, ""), 120))
            return values[index.column()]
        return None


CO_POSTING_COLUMNS = (
    QT_TRANSLATE_NOOP("CoPostingModel", "Handle"),
    QT_TRANSLATE_NOOP("CoPostingModel", "Handle"),
    QT_TRANSLATE_NOOP("CoPostingModel", "Together"),
    QT_TRANSLATE_NOOP("CoPostingModel", "Shared articles"),
)


class CoPostingModel(QAbstractTableModel):
    """Pairs of handles that comment within minutes of each other more often than chance."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[CoPosting] = []
        self.window = CO_POSTING_WINDOW

    def set_pairs(self, pairs: list[CoPosting], window: timedelta = CO_POSTING_WINDOW) -> None:
        self.beginResetModel()
        self.pairs, self.window = pairs, window
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(CO_POSTING_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CoPostingModel", CO_POSTING_COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 2:
            minutes = round(self.window.total_seconds() / 60)
            return self.tr("Articles where both commented within %n minute(s) of each other", "", minutes)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs) or role != Qt.ItemDataRole.DisplayRole:
            return None
        pair = self.pairs[index.row()]
        return (pair.authors[0], pair.authors[1], format_number(pair.articles), format_number(pair.shared))[
            index.column()]


# -- the text with its differences, and the timeline ---------------------------------------------------


def marked_difference(shown: str, reference: str, mark: str) -> str:
    """`shown` as HTML, escaped, its words that are not in `reference` on the `mark` background.
    Words are compared as the analysis compares texts (normalise: case, punctuation, emoji and
    look-alike letters do not count), so only real edits are marked."""
    words, others = shown.split(), reference.split()
    matcher = difflib.SequenceMatcher(a=[normalise(w) for w in others], b=[normalise(w) for w in words],
                                      autojunk=False)
    parts: list[str] = []
    for tag, _a1, _a2, b1, b2 in matcher.get_opcodes():
        for word in words[b1:b2]:  # punctuation and emoji alone are not an edit either
            text = html.escape(word)
            changed = tag != "equal" and normalise(word)
            parts.append(f'<span style="background-color: {mark}">{text}</span>' if changed else text)
    return " ".join(parts)


class Timeline(QWidget):
    """A tick per comment along the campaign's time span."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.times: list[datetime] = []
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_times(self, times: list[datetime]) -> None:
        self.times = sorted(times)
        self.setToolTip(f"{_time(self.times[0])} – {_time(self.times[-1])}" if self.times else "")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.times:
            return
        painter = QPainter(self)
        palette = self.palette()
        margin, width, middle = 6.0, self.width() - 12.0, self.height() / 2
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(int(margin), int(middle), int(margin + width), int(middle))
        painter.setPen(palette.color(QPalette.ColorRole.Highlight))
        span = (self.times[-1] - self.times[0]).total_seconds() or 1.0
        for when in self.times:
            x = margin + width * (when - self.times[0]).total_seconds() / span
            painter.drawRect(QRectF(x - 1, middle - 7, 2, 14))
        painter.end()


# -- the window --------------------------------------------------------------------------------------


class CampaignsWindow(QWidget):
    """`open_requested(article id, comment id, None)`: show a comment in its thread (the window's
    open_source, as the annotations browser uses). `note_requested("campaign", row)`: edit the note
    on a campaign in the Note panel."""

    open_requested = Signal(int, object, object)
    note_requested = Signal(str, int)
    analysed = Signal()  # new results: comments' campaign markers may have changed

    def __init__(self, library: Library, controller: AnnotationController, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.controller = controller
        self.settings = settings  # the last analysis's settings, kept
        self.results = CampaignResults()
        self._member_texts: dict[int, str] = {}
        self._runner = Runner(self)
        self._task: Task[CampaignResults] | None = None
        self._read_again = False  # another coder's analysis finished while this window was busy
        self._tell_elsewhere = False  # the results being read are another coder's new ones: say so
        self.campaign_model = CampaignListModel(self)
        self.member_model = MemberModel(self)
        self.co_posting_model = CoPostingModel(self)
        self._setup_ui()
        self._connect_signals()
        close_on_escape(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait()  # a worker thread must not outlive the window, nor write to a library being closed
        super().closeEvent(event)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Campaigns"))
        self.similarity = QDoubleSpinBox(self)
        self.similarity.setRange(0.5, 1.0)
        self.similarity.setSingleStep(0.05)
        self.min_handles = QSpinBox(self)
        self.min_handles.setRange(2, 1000)
        self.window_minutes = QSpinBox(self)
        self.window_minutes.setRange(1, 7 * 24 * 60)
        self.window_minutes.setSuffix(self.tr(" min"))
        self.co_posting_minutes = QSpinBox(self)
        self.co_posting_minutes.setRange(1, 24 * 60)
        self.co_posting_minutes.setSuffix(self.tr(" min"))
        self.co_posting_minutes.setToolTip(self.tr("Two handles comment together when they comment on an article "
                                                   "within this time of each other"))
        self._restore_settings()
        self.analyse_button = QPushButton(self.tr("&Analyse"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Two rows of settings beside the buttons: the lists below keep the window's height.
        controls = QGridLayout()
        fields = ((self.tr("Similarity:"), self.similarity), (self.tr("At least handles:"), self.min_handles),
                  (self.tr("Burst window:"), self.window_minutes),
                  (self.tr("Co-posting window:"), self.co_posting_minutes))
        for number, (text, box) in enumerate(fields):
            label = QLabel(text, self)
            label.setBuddy(box)
            line, column = divmod(number, 2)
            controls.addWidget(label, line, 3 * column)
            controls.addWidget(box, line, 3 * column + 1)
        controls.setColumnMinimumWidth(2, 12)
        controls.addWidget(self.analyse_button, 0, 6)
        controls.addWidget(self.cancel_button, 1, 6)
        controls.setColumnStretch(7, 1)

        self.campaign_view = self._table(self.campaign_model)
        self.campaign_view.setAccessibleName(self.tr("Campaigns"))
        self.text_view = SafeTextBrowser(self)
        self.text_view.setAccessibleName(self.tr("Campaign text"))
        self.timeline = Timeline(self)
        self.member_view = self._table(self.member_model)
        self.member_view.setAccessibleName(self.tr("Comments of the campaign"))
        self.tag_button = QPushButton(self.tr("&Tag Campaign…"), self)
        self.note_button = QPushButton(self.tr("&Note…"), self)
        self.note_button.setToolTip(self.tr("Write a note on this campaign in the Note panel"))
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.text_view, 2)
        detail_layout.addWidget(self.timeline)
        detail_layout.addWidget(self.member_view, 3)
        row = QHBoxLayout()
        row.addWidget(self.tag_button)
        row.addWidget(self.note_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        detail_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.campaign_view)
        splitter.addWidget(detail)
        splitter.setSizes([620, 480])
        self.co_posting_view = self._table(self.co_posting_model)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, self.tr("Near-duplicates"))
        self.tabs.addTab(self.co_posting_view, self.tr("Co-posting"))

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self._show_campaign(None)

    def _restore_settings(self) -> None:
        """The last analysis's settings; the analysis's defaults the first time."""
        s = self.settings
        self.similarity.setValue(s.campaign_similarity if s else DEFAULT_SIMILARITY)
        self.min_handles.setValue(s.campaign_min_handles if s else 2)
        self.window_minutes.setValue(s.campaign_burst_minutes if s else int(DEFAULT_WINDOW.total_seconds() // 60))
        self.co_posting_minutes.setValue(
            s.campaign_co_posting_minutes if s else int(CO_POSTING_WINDOW.total_seconds() // 60))

    def _save_settings(self) -> None:
        s = self.settings
        if s is not None:
            s.campaign_similarity = round(self.similarity.value(), 2)
            s.campaign_min_handles = self.min_handles.value()
            s.campaign_burst_minutes = self.window_minutes.value()
            s.campaign_co_posting_minutes = self.co_posting_minutes.value()

    def _table(self, model: QAbstractTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # one line a row
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setWordWrap(False)
        return view

    @staticmethod
    def _fit_columns(view: QTableView, count: int) -> None:
        """The first `count` columns as wide as their contents (Qt measures the first 1,000
        rows), the last one takes the rest."""
        for column in range(count):
            view.resizeColumnToContents(column)

    def _connect_signals(self) -> None:
        self.analyse_button.clicked.connect(lambda: self.start(update=True))
        self.cancel_button.clicked.connect(self.cancel)
        self.campaign_view.selectionModel().currentRowChanged.connect(self._on_campaign_changed)
        self.member_view.selectionModel().currentRowChanged.connect(self._on_member_changed)
        self.member_view.activated.connect(self._on_member_activated)
        self.tag_button.clicked.connect(self.tag_campaign)
        self.note_button.clicked.connect(self._on_note)
        self.export_button.clicked.connect(self._on_export)

    # -- running -----------------------------------------------------------------------------------

    def start(self, update: bool) -> None:
        """Update the kept analysis (`update`) or only read it, on a worker thread."""
        if self.running():
            return
        if update and self.library.read_only:
            self.status.setText(self.tr("The library is open read-only ({reason}): the analysis is kept in the "
                                        "library, so it cannot run.").format(
                reason=translated(self.library.read_only_reason)))
            return
        window = timedelta(minutes=self.window_minutes.value())
        similarity, min_handles = round(self.similarity.value(), 2), self.min_handles.value()
        co_posting_window = timedelta(minutes=self.co_posting_minutes.value())
        if update:
            self._save_settings()
        run = self._runner.write if update else self._runner.read  # only reading the kept results: interruptible
        self._task = run(lambda task: analyse(task, similarity, min_handles, window, update, co_posting_window),
                         self._on_finished, library=self.library, on_failure=self._on_failed,
                         on_progress=self._on_progress, on_cancelled=self._on_cancelled)  # fmt: skip
        self._set_running(True)
        self.status.setText(self.tr("Comparing comments…") if update else self.tr("Reading the kept results…"))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def wait(self) -> None:
        """Cancel a running analysis and wait for it (the library is about to close)."""
        self._runner.cancel()  # nobody is left to be told how it ended
        self._runner.wait()
        self._finish_thread()

    def running(self) -> bool:
        return self._runner.busy

    def analysed_elsewhere(self) -> None:
        """Another coder's analysis of this (server) library finished: its results are read, now
        or when what runs here has ended; the campaign shown stays shown when it is still there."""
        if self.running():  # what it reads may be older: read again once it has ended
            self._read_again = True
            return
        self.start(update=False)
        self._tell_elsewhere = True

    def _set_running(self, running: bool) -> None:
        self.analyse_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)

    def _finish_thread(self) -> None:
        self._task = None
        self._set_running(False)

    def _on_progress(self, progress: tuple[str, int, int]) -> None:
        stage, done, total = progress
        if stage == "sketching" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(self.tr("Reading comments: {done} of {total}").format(
                done=format_number(done), total=format_number(total)))
        else:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Comparing comments…"))

    def _on_finished(self, results: CampaignResults) -> None:
        self._finish_thread()
        shown = self.current_campaign() if self._tell_elsewhere else None  # kept when another's results came in
        self.results = results
        self.campaign_model.set_campaigns(results.campaigns, results.texts)
        self.co_posting_model.set_pairs(results.co_posting, results.co_posting_window)
        self._fit_columns(self.campaign_view, len(CAMPAIGN_COLUMNS) - 1)
        self._fit_columns(self.co_posting_view, len(CO_POSTING_COLUMNS))
        if not results.analysed:
            self.status.setText(self.tr("Not analysed yet: Analyse compares every comment of the library."))
        else:
            self.status.setText(self.tr("{campaigns} campaigns, {pairs} pairs of handles commenting together").format(
                campaigns=format_number(len(results.campaigns)), pairs=format_number(len(results.co_posting))))
        if self._tell_elsewhere:
            self.status.setText(self.tr("Another coder's analysis finished: {results}").format(
                results=self.status.text()))
        if results.campaigns:
            ids = [campaign.id for campaign in results.campaigns]
            self.campaign_view.selectRow(ids.index(shown.id) if shown is not None and shown.id in ids else 0)
        else:
            self._show_campaign(None)
        self.analysed.emit()
        self._after_run()

    def _on_cancelled(self) -> None:
        self._finish_thread()
        self.status.setText(self.tr("Cancelled; what was read is kept for the next analysis."))
        self._after_run()

    def _after_run(self) -> None:
        """A run has ended: read another coder's new results when they came in meanwhile."""
        self._tell_elsewhere = False
        if self._read_again:
            self._read_again = False
            self.analysed_elsewhere()

    def _on_failed(self, error: Exception) -> None:  # the library closed or failed under it: say why
        self._finish_thread()
        if isinstance(error, campaign_store.Busy):  # another coder's analysis of the server library
            self.status.setText(translated(error))
        else:
            self.status.setText(self.tr("The analysis failed: {reason}").format(reason=translated(error)))
        self._after_run()

    # -- a campaign ----------------------------------------------------------------------------------

    def current_campaign(self) -> Campaign | None:
        row = self.campaign_view.currentIndex().row()
        return self.campaign_model.campaigns[row] if 0 <= row < len(self.campaign_model.campaigns) else None

    def _on_campaign_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_campaign(self.current_campaign())

    def _show_campaign(self, campaign: Campaign | None) -> None:
        self.tag_button.setEnabled(campaign is not None and not self.library.read_only)
        self.note_button.setEnabled(campaign is not None and campaign.id in self.results.keys)
        self.export_button.setEnabled(bool(self.results.campaigns or self.results.co_posting))
        if campaign is None:
            self.member_model.set_members([], {})
            self.timeline.set_times([])
            self.text_view.clear()
            return
        self._member_texts = call_on(self.library, campaign_store.texts, campaign.comment_ids)
        self.member_model.set_members(campaign.members, self.results.titles)
        self._fit_columns(self.member_view, 2)
        self.timeline.set_times([m.posted_at for m in campaign.members if m.posted_at])
        self._show_text(campaign, campaign.id)

    def _on_member_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        campaign = self.current_campaign()
        if campaign is not None and 0 <= current.row() < len(campaign.members):
            self._show_text(campaign, campaign.members[current.row()].comment_id)

    def _show_text(self, campaign: Campaign, comment_id: int) -> None:
        """The campaign's first comment; another member with its differences from it marked."""
        reference = self._member_texts.get(campaign.id, "")
        shown = self._member_texts.get(comment_id, "")
        mark = self.palette().color(QPalette.ColorRole.Highlight).name()
        text = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        body = marked_difference(shown, reference, f"{mark}; color: {text}")
        self.text_view.setHtml(f"<p>{body}</p>")

    def _on_member_activated(self, index: QModelIndex) -> None:
        member = self.member_model.members[index.row()] if 0 <= index.row() < len(self.member_model.members) else None
        if member is not None:
            self.open_requested.emit(member.article_id, member.comment_id, None)

    def _on_note(self) -> None:
        campaign = self.current_campaign()
        key = self.results.keys.get(campaign.id) if campaign is not None else None
        if key is not None:
            self.note_requested.emit("campaign", key)

    def tag_campaign(self) -> None:
        """Tag every comment of the current campaign: one undo step, a new tag's creation included."""
        campaign = self.current_campaign()
        if campaign is None:
            return
        from desktop.ui.tag_picker import TagPicker

        title = self.tr("Tag the campaign's %n comment(s) with…", "", len(campaign.members))
        choice = TagPicker.choose(self.library, self, title)
        if choice is None:
            return
        tag_id, new_path = choice
        if tag_id is not None:
            self.controller.run(annotation_store.tag_comments, tag_id, campaign.comment_ids)
            return
        stack = self.controller.stack
        stack.beginMacro(self.tr("Tag the campaign with a new tag"))
        try:
            created = self.controller.run(annotation_store.create_tag, new_path) if new_path else None
            if created:
                self.controller.run(annotation_store.tag_comments, created[0], campaign.comment_ids)
        finally:
            stack.endMacro()

    def _on_export(self) -> None:
        filters = {self.tr("Gephi graph (*.gexf)"): "gexf", self.tr("GraphML graph (*.graphml)"): "graphml",
                   self.tr("CSV tables (*.csv)"): "csv"}
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export Campaigns"), "campaigns.gexf",
                                                   ";;".join(filters))
        if not path:
            return
        from desktop.exporting import campaign_graph
        from desktop.exporting.files import ExportError

        kind = filters.get(chosen, "gexf")
        campaigns, pairs = self.results.campaigns, self.results.co_posting
        try:
            if kind == "csv":
                ids = [i for c in campaigns for i in c.comment_ids]
                campaign_graph.write_csv(Path(path), campaigns, pairs, call_on(self.library, campaign_store.texts, ids),
                                         overwrite=True)
            else:
                campaign_graph.write_graph(Path(path), kind, campaigns, pairs, overwrite=True)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Export Campaigns"), translated(error))
            return
        self.status.setText(self.tr("Exported to {path}").format(path=path))
