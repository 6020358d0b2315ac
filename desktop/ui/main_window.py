"""The main window builds the panels and wires them; the work lives in the panels, the session
and the store. The panels follow the session themselves; the window joins them (what choosing an
article opens, a jump from one panel into another). Its layout across starts is window_layout.py,
importing import_controller.py, exporting export_dialog.py's Exports.

A start builds the window in two steps (`quick_start`): the frame and the article list paint
first; the sidebar, the reader, the profile, the search panel, the docks' panels and the menus'
actions are imported and built right after that first paint, into places already sized for
them (placeholders of the same size, the menu bar's titles), so nothing moves when they come."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from desktop import APP_NAME
from desktop.store import annotations as annotation_store
from desktop.store import reading
from desktop.store.db import Library
from desktop.ui.article_list_panel import ArticleListPanel
from desktop.ui.i18n import set_iso_dates, translate, translated
from desktop.ui.import_controller import ImportController
from desktop.ui.session import ListQuery, Session, session_of
from desktop.ui.settings import Settings
from desktop.ui.side_windows import SideWindows
from desktop.ui.window_layout import WindowLayout

if TYPE_CHECKING:
    from desktop.ui.annotate_actions import AnnotateActions
    from desktop.ui.article_annotations_panel import ArticleAnnotationsPanel
    from desktop.ui.author_profile import AuthorProfile
    from desktop.ui.dashboard_link import DashboardLink
    from desktop.ui.export_dialog import Exports
    from desktop.ui.note_editor import NoteEditor
    from desktop.ui.note_targets import NoteTargets
    from desktop.ui.reader_panel import ReaderPanel
    from desktop.ui.search_panel import SearchPanel
    from desktop.ui.sidebar import Sidebar
    from desktop.ui.window_actions import WindowActions


_REMEMBER_ARTICLE_MS = 2000
_BUILD_UNPAINTED_MS = 1000
# The menu bar's titles as window_actions.py makes them: shown from the first paint, their menus
# filled once the panels are built (the same texts, so the same translations and widths).
_MENU_TITLES = ("&File", "&Edit", "&View", "&Go", "&Article", "A&nnotate", "&Help")


class MainWindow(QMainWindow):
    library_requested = Signal(str, bool)  # path, create a new library
    theme_requested = Signal(str)
    preferences_changed = Signal()
    backup_requested = Signal()
    restore_requested = Signal()

    # Built after the first paint when the window starts quickly (`quick_start`).
    sidebar: Sidebar
    search_panel: SearchPanel
    reader: ReaderPanel
    profile: AuthorProfile
    author_note: NoteEditor
    note_editor: NoteEditor
    notes: NoteTargets
    annotations_panel: ArticleAnnotationsPanel
    annotate: AnnotateActions
    commands: WindowActions
    charts: DashboardLink  # the Dashboard's link to the window

    def __init__(self, session: Session | Library, settings: Settings, quick_start: bool = False) -> None:
        """`session`: the application's; a bare Library gets a session of its own (tests).
        `quick_start`: paint the frame and the list first, build the rest after that paint
        (`when_built` runs what needs it then)."""
        super().__init__()
        self.session = session_of(session, self)
        library = self.session.library
        self.settings = settings
        self.importer = ImportController(self.session, self)
        self.exports: Exports | None = None  # made on the first export: the exporters load then
        self.window_layout = WindowLayout(self)
        self.controller = self.session.annotations  # the undo stack is the session's
        self.side_windows = SideWindows(self)  # the Annotations browser and Campaigns
        # The article read last is written a moment after it opens, not as it opens: writing the
        # settings file (two fdatasync) delayed every thread's first paint. save_state writes it too.
        self._remember_article = QTimer(self)
        self._remember_article.setSingleShot(True)
        self._remember_article.setInterval(_REMEMBER_ARTICLE_MS)
        self._remember_article.timeout.connect(self._write_last_article)
        self.built = False
        self._when_built: list[Callable[[], None]] = []
        self._build_scheduled = False
        self._listed: Library | None = None  # the library the list was filled from before the panels came
        self._read_only, self._read_only_reason = False, ""
        self._setup_frame()
        self.controller.coder_changed.connect(self._show_coder)
        self.window_layout.restore()
        if quick_start:
            self._fill_frame(library)
        else:
            self._build_panels()

    def when_built(self, callback: Callable[[], None]) -> None:
        """Run `callback` once every panel is built: now, or right after the first paint."""
        if self.built:
            callback()
        else:
            self._when_built.append(callback)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.built and not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self, self._build_panels)  # once this paint is on the screen

    @property
    def library(self) -> Library:
        return self.session.library

    @property
    def importing(self) -> bool:
        """An import is running (another library, or a restore, waits for it)."""
        return self.importer.running

    # -- building --------------------------------------------------------------------------

    def _setup_frame(self) -> None:
        """What the first paint shows: the list, and the places of the rest."""
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._sidebar_place = QWidget(self)  # the sidebar's place until it is built

        self.article_list = ArticleListPanel(self.session, self.settings, self)
        # The list's parts by their old names, which the window and its tests use.
        self.filter_edit = self.article_list.filter_edit
        self.article_table = self.article_list.table
        self.article_model = self.article_list.model

        self.middle_tabs = QTabWidget(self)
        self.middle_tabs.setDocumentMode(True)
        self.middle_tabs.addTab(self.article_list, self.tr("Articles"))
        self._search_place = QWidget(self)  # the search panel's place until it is built
        self.middle_tabs.addTab(self._search_place, self.tr("Search"))
        # A commenter's profile takes the reader's place, with its room; Back or an article returns.
        self.reader_stack = QStackedWidget(self)
        self._reader_place = QWidget(self)  # the reader's place until it is built
        self.reader_stack.addWidget(self._reader_place)
        # The list above the reader: both get the window's width, so titles and comment headers
        # fit at laptop sizes; four columns side by side left neither any room.
        self.reading_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.reading_splitter.addWidget(self.middle_tabs)
        self.reading_splitter.addWidget(self.reader_stack)
        self.reading_splitter.setStretchFactor(0, 0)
        self.reading_splitter.setStretchFactor(1, 1)
        self.reading_splitter.setChildrenCollapsible(False)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.addWidget(self._sidebar_place)
        self.main_splitter.addWidget(self.reading_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

        self.notes_dock = QDockWidget(self.tr("Note"), self)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(QWidget(self))
        self.annotations_dock = QDockWidget(self.tr("In This Article"), self)
        self.annotations_dock.setObjectName("annotationsDock")
        self.annotations_dock.setWidget(QWidget(self))
        for dock in (self.annotations_dock, self.notes_dock):
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                             | QDockWidget.DockWidgetFeature.DockWidgetMovable)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        # Each pane's own minimum, whatever its texts ask for (a long translation, a placeholder, a
        # scraped handle): the window never grows wider than it was made, nor than the screen.
        for pane, width in ((self._sidebar_place, 140), (self.middle_tabs, 320), (self.reader_stack, 320),
                            (self.annotations_dock, 180), (self.notes_dock, 180)):
            pane.setMinimumWidth(width)
        self.window_layout.lay_out_default()
        self.statusBar().showMessage(self.tr("Ready"))
        self.coder_label = QLabel(self)  # who the annotations made here are recorded as
        self.coder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.coder_label)
        for title in _MENU_TITLES:
            self.menuBar().addMenu(translate("MainWindow", title))

    def _fill_frame(self, library: Library) -> None:
        """The first paint's contents: the list with the article read last current, the title.
        The panels built after it take the library as usual."""
        self._show_coder()
        tags = self.session.call(annotation_store.tag_tree)
        self.article_model.tag_colors = {tag.id: tag.color for tag in tags}
        self.article_model.reload()
        self._listed = library
        self._select_last_article(library)

    def _build_panels(self) -> None:
        """The reader, the profile, the search panel, the docks' panels and the actions, in the
        places the frame keeps for them; then the library reaches every panel."""
        if self.built:
            return
        from desktop.ui.annotate_actions import AnnotateActions
        from desktop.ui.article_annotations_panel import ArticleAnnotationsPanel
        from desktop.ui.author_profile import AuthorProfile
        from desktop.ui.dashboard_link import DashboardLink
        from desktop.ui.note_editor import NoteEditor
        from desktop.ui.note_targets import NoteTargets
        from desktop.ui.reader_panel import ReaderPanel
        from desktop.ui.search_panel import SearchPanel
        from desktop.ui.sidebar import Sidebar
        from desktop.ui.window_actions import WindowActions

        self.setUpdatesEnabled(False)  # the places change hands in one paint
        self.search_panel = SearchPanel(self.session, self)
        current_tab = self.middle_tabs.currentIndex()
        self.middle_tabs.blockSignals(True)
        self.middle_tabs.removeTab(1)
        self._search_place.deleteLater()
        self.middle_tabs.insertTab(1, self.search_panel, self.tr("Search"))
        self.middle_tabs.setCurrentIndex(current_tab)
        self.middle_tabs.blockSignals(False)
        self.reader = ReaderPanel(self.session, self)
        self.profile = AuthorProfile(self.session, self)
        self.author_note = NoteEditor(self.session, self)
        self.profile.note_area.addWidget(self.author_note)
        self.reader_stack.addWidget(self.reader)
        self.reader_stack.addWidget(self.profile)
        self.reader_stack.removeWidget(self._reader_place)
        self._reader_place.deleteLater()
        self.reader_stack.setCurrentWidget(self.reader)
        self.note_editor = NoteEditor(self.session, self)
        self._replace_dock_widget(self.notes_dock, self.note_editor)
        self.notes = NoteTargets(self.session, self.note_editor, self.author_note, self.reader, self.notes_dock)
        self.annotations_panel = ArticleAnnotationsPanel(self.session, self)
        self._replace_dock_widget(self.annotations_dock, self.annotations_panel)
        # The sidebar last: Tab goes from the right column round to it, and on to the list.
        self.sidebar = Sidebar(self.session, self)  # it follows the session itself, as do all panels
        self.sidebar.setMinimumWidth(140)
        self.main_splitter.replaceWidget(0, self.sidebar)
        self._sidebar_place.deleteLater()
        self.charts = DashboardLink(self)
        self.menuBar().clear()  # the titles' menus, filled
        self.annotate = AnnotateActions(self, self.controller, self.reader, self.selected_article_ids)
        self.commands = WindowActions(self)  # every action and menu
        self._connect_signals()
        self.window_layout.restore_reader()
        for theme, action in self.commands.theme_actions.items():
            action.setChecked(theme == self.settings.theme)
        self.built = True
        self.set_read_only(self._read_only, self._read_only_reason)
        self.session.set_library(self.session.library)  # the panels fill themselves as for any library opened
        self.setUpdatesEnabled(True)
        callbacks, self._when_built = self._when_built, []
        for callback in callbacks:
            callback()

    @staticmethod
    def _replace_dock_widget(dock: QDockWidget, widget: QWidget) -> None:
        placeholder = dock.widget()
        dock.setWidget(widget)
        if placeholder is not None:
            placeholder.deleteLater()

    def _connect_signals(self) -> None:
        self.sidebar.view_selected.connect(self._on_view_changed)
        self.sidebar.tags_selected.connect(self._on_tags_selected)
        self.sidebar.tag_note_requested.connect(lambda tag_id: self.notes.show("tag", tag_id))
        self.controller.notes_changed.connect(self._on_notes_changed)
        self.controller.failed.connect(self._on_annotation_failed)
        self.annotate.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.annotate.highlight_created.connect(self.notes.highlight_created)
        self.note_editor.note_saved.connect(self.controller.push_applied)
        self.note_editor.save_failed.connect(
            lambda text: self.statusBar().showMessage(self.tr("Note not saved: {reason}").format(reason=text)))
        self.reader.comment_tree.comment_opened.connect(lambda comment_id: self.notes.show("comment", comment_id))
        self.annotations_panel.jump_requested.connect(self._on_jump_requested)
        self.search_panel.hit_activated.connect(self._on_search_hit)
        self.search_panel.saved_searches_changed.connect(self.sidebar.refresh_saved_searches)
        self.sidebar.saved_search_selected.connect(self._on_saved_search_selected)
        self.sidebar.author_selected.connect(self.show_author)
        self.profile.comment_activated.connect(lambda article_id, comment_id: self.open_source(
            article_id, comment_id, None, raise_window=False))
        self.profile.author_activated.connect(self.notes.show_author)
        self.profile.closed.connect(self.show_reader)
        self.middle_tabs.currentChanged.connect(self._on_middle_tab_changed)
        self.author_note.note_saved.connect(self.controller.push_applied)
        self.article_list.current_changed.connect(self._on_article_changed)
        self.article_list.cleared.connect(self._on_list_cleared)
        self.reader.reached_end.connect(self._on_reached_end)
        self.importer.imported.connect(self._on_imported)
        self.importer.message.connect(self.statusBar().showMessage)
        # After the panels, which subscribed as they were made: another library reaches each of
        # them (the notes being written saved into the old one first) before the window opens
        # an article in it; an annotation change has the sidebar's tags read before the window
        # hands them round.
        session = self.session
        session.library_changed.connect(self._on_library_changed)
        session.annotations_changed.connect(self._on_annotations_changed)
        # The reader (connected as it was made) marks before the list reloads: an article the
        # reload opens shows its marks.
        session.list_query_changed.connect(self._on_list_query_changed)

    # -- library ---------------------------------------------------------------------------

    def _on_library_changed(self, library: Library) -> None:
        """The window's part, after the panels took the library."""
        self._show_coder()
        self.settings.add_recent_library(library.location)
        self.settings.last_library = library.location
        self.show_reader()  # the profile was of the other library's commenter
        self._sync_tags()
        self.side_windows.close_all()
        if self._listed is library:  # listed for the first paint, its article current: open it
            self._listed = None
            self._on_article_changed(self.article_model.article(self.article_table.currentIndex().row()))
            return
        self.article_model.reload()
        self._select_last_article(library)

    def _select_last_article(self, library: Library) -> None:
        last = self.settings.last_article(library.location)
        if not (last and self.select_article(last)):
            self.select_row(self.article_list.first_row_with_comments())

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        """A library that cannot be written: reading works, importing and annotating do not."""
        self._read_only, self._read_only_reason = read_only, reason
        if not self.built:  # set on the panels and actions as they are built
            return
        for action in self.commands.writers():
            action.setEnabled(not read_only)
        self.setAcceptDrops(not read_only)
        self.note_editor.setEnabled(not read_only)
        self.author_note.setEnabled(not read_only)
        self._show_coder()
        if read_only:
            self.statusBar().showMessage(self.tr("Read-only: {reason}").format(reason=translated(reason)))

    def _show_coder(self) -> None:
        """The title and the status bar name the library and the coder (issue: coders forget to
        switch their name; seeing it always is the remedy)."""
        coder = self.controller.coder_name
        title = self.tr("{library} — {coder} — {app}").format(library=self.library.name, coder=coder, app=APP_NAME)
        self.setWindowTitle(self.tr("{title} (read-only)").format(title=title) if self._read_only else title)
        self.coder_label.setText(self.tr("Coder: {name}").format(name=coder))
        if self.built:
            self.note_editor.coder_name = self.author_note.coder_name = coder  # a new note is theirs too

    def select_article(self, article_id: int) -> bool:
        return self.article_list.select_article(article_id)

    def select_row(self, row: int) -> None:
        self.article_list.select_row(row)

    def current_article_id(self) -> int | None:
        return self.reader.article_id if self.built else None

    def _on_list_query_changed(self, query: ListQuery) -> None:
        self.article_list.show_query(query.view, query.articles)

    # -- slots -----------------------------------------------------------------------------

    def _on_view_changed(self, view: str) -> None:
        self.notes.leave_tag()
        self.session.show_view(view)

    def _on_tags_selected(self, tag_ids: list[int], mode: str) -> None:
        """Articles carrying the tags (on the article or any comment), and their comments marked."""
        if not tag_ids:
            return
        self.session.filter_by_tags(tag_ids, mode)
        joiner = self.tr(" and ", "tags") if mode == "and" else self.tr(" or ", "tags")
        tags = joiner.join(self.sidebar.tags()[t].path for t in tag_ids if t in self.sidebar.tags())
        count = self.article_model.rowCount()
        self.statusBar().showMessage(self.tr("%Ln article(s) tagged {tags}", "", count).format(tags=tags), 6000)

    # -- annotations -----------------------------------------------------------------------

    def _sync_tags(self) -> None:
        tags = self.sidebar.tags()
        self.reader.tags = tags
        self.article_model.tag_colors = {tag_id: tag.color for tag_id, tag in tags.items()}

    def _on_annotations_changed(self, articles: set[int] | None) -> None:
        """The tags handed round; the open article's annotations when they are among the ones
        changed (`articles`, None: any). The sidebar, the list and the Note panel follow it themselves."""
        self._sync_tags()  # the sidebar (connected first) has read them
        self.session.tags_changed(self.sidebar.tags())
        if articles is None or self.reader.article_id in articles:
            self.reader.refresh_annotations()
            self.annotations_panel.show_article(self.reader.article_id, self.sidebar.tags())
        self.side_windows.refresh()

    # -- insight ---------------------------------------------------------------------------

    @property
    def campaigns_window(self) -> Any:
        """The Campaigns window, once it was opened."""
        return self.side_windows.campaigns

    @property
    def dashboard(self) -> Any:
        """The Dashboard, once it was opened."""
        return self.charts.dashboard if self.built else None

    # -- preferences -----------------------------------------------------------------------

    def apply_date_style(self) -> None:
        """Dates as Preferences asks (the locale's, or ISO): the views that show one draw again."""
        set_iso_dates(self.settings.iso_dates)
        self.article_model.layoutChanged.emit()
        self.reader.refresh_annotations()  # the source line and the cards' times
        self.annotations_panel.show_article(self.reader.article_id, self.sidebar.tags())
        self.side_windows.refresh()

    def apply_reading_font(self) -> None:
        self.window_layout.apply_reading_font()

    # -- search and commenters -------------------------------------------------------------

    def wait_for_background(self) -> None:
        """Searches, counts and exports read the library on other threads: let them end before it closes."""
        if self.built:
            self.search_panel.wait_for_search()
            self.sidebar.wait()
        if self.exports is not None:
            self.exports.wait()
        if self.built:
            self.charts.shutdown()

    def focus_search(self) -> None:
        self.middle_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_search()

    def _on_saved_search_selected(self, query: str) -> None:
        self.middle_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.set_query(query)

    def show_author(self, author_id: int) -> None:
        self.reader_stack.setCurrentWidget(self.profile)
        self.profile.show_author(author_id)
        self.notes.show_author(author_id)

    def _on_middle_tab_changed(self, _index: int) -> None:
        """Search results are two lines a hit: the Search tab gets at least 45% of the height."""
        if self.middle_tabs.currentWidget() is not self.search_panel:
            return
        top, bottom = self.reading_splitter.sizes()
        if top < (top + bottom) * 45 // 100:
            wanted = (top + bottom) * 45 // 100
            self.reading_splitter.setSizes([wanted, top + bottom - wanted])

    def show_reader(self) -> None:
        """The article and its thread back in the place the commenter's profile took."""
        self.reader_stack.setCurrentWidget(self.reader)

    def show_current_author(self) -> None:
        node = self.reader.comment_tree.current_node()
        if node is None:
            self.statusBar().showMessage(self.tr("Select a comment to see its author's profile."), 5000)
            return
        self.show_author(node.comment.author_id)

    def _on_notes_changed(self) -> None:
        self.annotations_panel.show_article(self.reader.article_id, self.sidebar.tags())
        self.side_windows.refresh()

    def _on_annotation_failed(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    def _on_jump_requested(self, kind: str, target_id: int, offset: int) -> None:
        if kind == "highlight":
            self.notes.show("highlight", target_id)
            if offset >= 0:
                self.reader.article_view.show_offset(offset)
        elif kind == "comment":
            self.reader.select_comment(target_id)
        elif kind == "article":
            self.reader.article_view.verticalScrollBar().setValue(0)
            self.notes.show("article", target_id)

    def write_note_on(self, kind: str, target_id: int) -> None:
        """Another window (Campaigns) asks for a note: this window's Note panel shows it, focused."""
        self.notes.show(kind, target_id)
        self.activateWindow()
        self.notes.focus()

    def open_source(
        self, article_id: int, comment_id: int | None, highlight_id: int | None, raise_window: bool = True
    ) -> None:
        """Show an annotation where it belongs: its article, its comment in the thread."""
        self.show_reader()
        if self.article_model.row_of(article_id) < 0:
            self.sidebar.select_view("all")
            self.article_list.clear_filter()
        self.select_article(article_id)
        if comment_id is not None:
            self.reader.select_comment(comment_id)
        if highlight_id is not None:
            self.notes.show("highlight", highlight_id)
        if raise_window:
            self.raise_()
            self.activateWindow()

    def _on_search_hit(self, article_id: int, comment_id: int | None) -> None:
        self.open_source(article_id, comment_id, None, raise_window=False)
        if comment_id is not None and self.search_panel.results is not None:
            self.reader.show_search_matches(comment_id, self.search_panel.matches_in(comment_id))

    def _on_list_cleared(self) -> None:
        self.reader.show_article(None)

    def _on_article_changed(self, article: reading.ArticleRow | None) -> None:
        self.show_reader()
        if article is None:
            self.reader.show_article(None)
            self.annotations_panel.show_article(None, {})
            self.notes.show_article(None)
            return
        if article.id == self.reader.article_id:
            return
        self.reader.show_article(article.id)
        self.annotations_panel.show_article(article.id, self.sidebar.tags())
        self.notes.show("article", article.id)
        self._remember_article.start()
        if not article.is_read:
            self.session.open_article(article.id)
        comments = self.tr("%Ln comment(s)", "", article.comments)
        people = self.tr("%Ln person(s)", "", article.participants)
        self.statusBar().showMessage(f"{comments} · {people}")

    def next_unread(self) -> None:
        if not self.reader.next_unread_comment():
            self._on_reached_end()

    def _on_reached_end(self) -> None:
        """Nothing unread left in this article: open the next article with something unread."""
        if self.article_list.select_next_unread():
            self.reader.next_unread_comment()
            return
        self.statusBar().showMessage(self.tr("No more unread comments"), 4000)

    def selected_article_ids(self) -> list[int]:
        ids = self.article_list.selected_article_ids()
        if not ids and self.current_article_id() is not None:
            ids = [self.current_article_id()]  # type: ignore[list-item]
        return ids

    def toggle_star(self) -> None:
        ids = self.selected_article_ids()
        rows = [self.article_model.article(self.article_model.row_of(i)) for i in ids]
        starred = not all(r.is_starred for r in rows if r is not None)
        self.session.set_starred(ids, starred)
        count = len(ids)
        text = self.tr("Starred %n article(s)", "", count) if starred else self.tr("Unstarred %n article(s)", "", count)
        self.statusBar().showMessage(text, 3000)

    def toggle_read(self) -> None:
        if self.reader.comment_tree.hasFocus() and self.reader.toggle_current_comment_read():
            return
        ids = self.selected_article_ids()
        rows = [self.article_model.article(self.article_model.row_of(i)) for i in ids]
        read = not all(r.is_read and not r.unread for r in rows if r is not None)
        self.session.set_read(ids, read)

    def mark_all_read(self) -> None:
        self.session.set_read(self.selected_article_ids(), True)

    # -- import and export -----------------------------------------------------------------

    def import_paths(self, paths: list[str]) -> None:
        self.importer.import_paths(paths)

    def _on_imported(self, _report: object) -> None:
        self.article_list.reload_keeping_current()
        self.sidebar.refresh()
        self.sidebar.refresh_authors()
        self.search_panel.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.importer.dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self.importer.dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def show_export(self) -> None:
        from desktop.ui.export_dialog import Exports

        if self.exports is None:
            self.exports = Exports(self.session, self)
            self.exports.message.connect(self.statusBar().showMessage)
        self.exports.open(self.article_list.selected_article_ids(), self.search_panel.query(),
                          self.sidebar.selected_tag_ids())

    # -- state -----------------------------------------------------------------------------

    def _write_last_article(self) -> None:
        self._remember_article.stop()
        article_id = self.current_article_id()
        if article_id is not None:
            self.settings.set_last_article(self.library.location, article_id)

    def fit_to_screen(self) -> None:
        self.window_layout.fit_to_screen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.window_layout.shown()
        if not self.built:  # a window shown where nothing paints it (minimized, another desktop) builds anyway
            QTimer.singleShot(_BUILD_UNPAINTED_MS, self, self._build_panels)

    def save_state(self) -> None:
        if self.built:
            self.note_editor.flush()  # never lose the last keystrokes of a note
            self.author_note.flush()
        self.window_layout.save()
        self._write_last_article()
        self.settings.store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.importer.stop_for_quit():
            event.ignore()
            return
        self.save_state()
        self.wait_for_background()
        super().closeEvent(event)
