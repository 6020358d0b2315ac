"""The main window's actions and menus: each command once, with its text, keys and tip, and the
places a person reaches it (the menu bar, the comment tree's context menu), plus the dialogs a
menu opens before handing over to the window (files to import, a library to open).

The texts keep the window's translation context ("MainWindow"), so the catalogues stay as they are."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox

from desktop import APP_NAME, __version__
from desktop.store import coders
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate, translated
from desktop.ui.session import ALL_CODERS, ONE_CODER, ONLY_MINE, CoderView

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

LIBRARY_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Glossa libraries (*.glossa);;All files (*)")
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Scraped text, exports, libraries (*.txt *.text *.jsonl *.ndjson *.json *.glossa);;All files (*)")


class WindowActions:
    """Builds the window's actions (added to the window, so their keys work everywhere in it) and
    its menu bar. The actions only call the window, its panels and the session: no behaviour here."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._create_actions()
        self._create_menus()
        tree = window.reader.comment_tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._on_comment_menu)
        self.columns_menu.aboutToShow.connect(self._on_columns_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.coders_menu.aboutToShow.connect(self._fill_coders_menu)
        # Whose annotations are shown, in the status bar whenever it is not every coder's.
        self.coder_view_label = QLabel(window)
        self.coder_view_label.setTextFormat(Qt.TextFormat.PlainText)
        self.coder_view_label.hide()
        window.statusBar().addPermanentWidget(self.coder_view_label)
        window.session.coder_view_changed.connect(self._on_coder_view_changed)

    def writers(self) -> list[QAction]:
        """The actions that write to the library: off while it is read-only."""
        annotate = self.window.annotate
        return [self.import_files_action, self.import_folder_action, self.backup_action, self.star_action,
                self.read_action, self.mark_read_action, self.note_action, *annotate.actions(),
                *annotate.favorite_actions]

    def _action(self, text: str, shortcut: Any = None, slot: Any = None, tip: str = "") -> QAction:
        w = self.window
        action = QAction(text, w)
        if shortcut is not None:
            sequences = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in sequences])
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        w.addAction(action)
        return action

    def _create_actions(self) -> None:
        w = self.window
        std = QKeySequence.StandardKey
        self.undo_action = w.controller.stack.createUndoAction(w, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = w.controller.stack.createRedoAction(w, translate("MainWindow", "&Redo"))
        # Ctrl+Shift+Z everywhere, plus the platform's keys; once each: a key set twice is ambiguous.
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts(list(dict.fromkeys([QKeySequence("Ctrl+Shift+Z"), *redo_keys])))
        w.addActions([self.undo_action, self.redo_action])
        self.browser_action = self._action(
            translate("MainWindow", "Annotations &Browser"), "Ctrl+Shift+B", w.side_windows.show_browser,
            translate("MainWindow", "Every note and highlight in the library"))
        self.note_action = self._action(translate("MainWindow", "&Write Note"), "Ctrl+Alt+N", w.notes.focus,
                                        translate("MainWindow", "Write a note on the current comment, article or tag"))
        self.search_action = self._action(translate("MainWindow", "&Search"), "Ctrl+K", w.focus_search,
                                          translate("MainWindow", "Full-text search over articles and comments"))
        self.search_help_action = self._action(
            translate("MainWindow", "Search S&yntax"), None, w.search_panel.show_help)
        self.dashboard_action = self._action(
            translate("MainWindow", "&Dashboard"), "Ctrl+Shift+D", w.charts.show_library,
            translate("MainWindow", "Charts of the library's discussions"))
        self.article_dashboard_action = self._action(translate("MainWindow", "&Article Dashboard"), "Ctrl+Alt+D",
                                                     w.charts.show_article)
        self.author_dashboard_action = self._action(
            translate("MainWindow", "Commenter Dashboa&rd"), None, lambda: w.charts.show_author(w.notes.author_id),
            translate("MainWindow", "Charts of the commenter shown in the Commenter panel"))
        self.campaigns_action = self._action(
            translate("MainWindow", "Campai&gns"), "Ctrl+Alt+C", w.side_windows.show_campaigns,
            translate("MainWindow",
                      "Near-duplicate comments posted by several handles, and handles that comment together"))
        self.agreement_action = self._action(
            translate("MainWindow", "Agreeme&nt"), None, w.side_windows.show_agreement,
            translate("MainWindow", "How far coders agree, per tag, over the comments they all marked coded"))
        self.preferences_action = self._action(translate("MainWindow", "&Preferences…"), "Ctrl+,", self._on_preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.profile_action = self._action(
            translate("MainWindow", "Commenter Pro&file"), "Ctrl+Shift+U", w.show_current_author,
            translate("MainWindow", "Everything the current comment's author wrote, across the library"))
        self.import_files_action = self._action(
            translate("MainWindow", "&Import Files…"), "Ctrl+I", self._on_import_files)
        self.import_folder_action = self._action(
            translate("MainWindow", "Import &Folder…"), "Ctrl+Shift+I", self._on_import_folder)
        self.export_action = self._action(translate("MainWindow", "&Export…"), "Ctrl+E", w.show_export,
                                          translate("MainWindow",
                                                    "Export the library, the selection, the search results or a tag"))
        self.new_library_action = self._action(translate("MainWindow", "&New Library…"), std.New, self._on_new_library)
        self.backup_action = self._action(translate("MainWindow", "&Back Up Now"), None, w.backup_requested.emit,
                                          translate("MainWindow", "Copy the library into its backups folder now"))
        self.restore_action = self._action(
            translate("MainWindow", "Restore from Bac&kup…"), None, w.restore_requested.emit)
        self.open_library_action = self._action(
            translate("MainWindow", "&Open Library…"), std.Open, self._on_open_library)
        self.quit_action = self._action(translate("MainWindow", "&Quit"), std.Quit, w.close)

        self.filter_action = self._action(
            translate("MainWindow", "&Filter Titles"), std.Find, w.article_list.focus_filter)
        self.expand_all_action = self._action(
            translate("MainWindow", "E&xpand All Comments"), "Ctrl+Shift+E", w.reader.expand_all)
        self.collapse_all_action = self._action(translate("MainWindow", "&Collapse All Comments"), "Ctrl+Shift+C",
                                                w.reader.collapse_all)
        self.expand_action = self._action(translate("MainWindow", "Expand Subthread"), "Right", w.reader.expand_current)
        self.collapse_action = self._action(
            translate("MainWindow", "Collapse Subthread"), "Left", w.reader.collapse_current)
        for action in (self.expand_action, self.collapse_action):
            # Left/Right belong to the comment tree; elsewhere they move the text cursor.
            w.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            w.reader.comment_tree.addAction(action)

        self.next_article_action = self._action(
            translate("MainWindow", "&Next Article"), "J", lambda: w.article_list.move_current(1))
        self.previous_article_action = self._action(
            translate("MainWindow", "&Previous Article"), "K", lambda: w.article_list.move_current(-1))
        self.next_comment_action = self._action(translate("MainWindow", "Next &Comment"), "N", w.reader.next_comment)
        self.previous_comment_action = self._action(
            translate("MainWindow", "Previous C&omment"), "P", w.reader.previous_comment)
        self.parent_comment_action = self._action(
            translate("MainWindow", "P&arent Comment"), "U", w.reader.parent_comment)
        self.next_unread_action = self._action(
            translate("MainWindow", "Next &Unread Comment"), "Shift+N", w.next_unread)
        self.read_on_action = self._action(translate("MainWindow", "&Read On"), "Space", w.reader.read_on,
                                           translate("MainWindow",
                                                     "Scroll the article, then move to the next unread comment"))

        self.star_action = self._action(translate("MainWindow", "&Star"), "S", w.toggle_star)
        self.read_action = self._action(translate("MainWindow", "Toggle &Read"), "M", w.toggle_read,
                                        translate("MainWindow",
                                                  "Toggle the current comment's read state, or the article's"))
        self.mark_read_action = self._action(translate("MainWindow", "Mark Article and Comments Read"), "Shift+M",
                                             w.mark_all_read)

        self.theme_actions = {}
        themes = (("system", translate("MainWindow", "&System")), ("light", translate("MainWindow", "&Light")),
                  ("dark", translate("MainWindow", "&Dark")))
        for theme, label in themes:
            action = self._action(label, None, lambda _=False, t=theme: w.theme_requested.emit(t))
            action.setCheckable(True)
            self.theme_actions[theme] = action
        self.coder_view_group = QActionGroup(w)  # radio: one view at a time
        self.all_coders_action = self._action(
            translate("MainWindow", "&All Coders"), None, lambda: self._show_coders(CoderView()),
            translate("MainWindow", "Show every coder's tags, highlights and notes"))
        self.only_mine_action = self._action(
            translate("MainWindow", "&Only Mine (Blind Coding)"), "Ctrl+Alt+B",
            self._toggle_blind,
            translate("MainWindow", "Hide the other coders' tags, highlights, notes and counts until you show them"))
        for action in (self.all_coders_action, self.only_mine_action):
            action.setCheckable(True)
            self.coder_view_group.addAction(action)
        self.all_coders_action.setChecked(True)
        self.coder_actions: list[QAction] = []  # one per coder of the library, made when the menu opens
        self.shortcuts_action = self._action(
            translate("MainWindow", "&Keyboard Shortcuts"), ["?", "F1"], self._on_show_shortcuts)
        self.about_action = self._action(translate("MainWindow", "&About Glossa"), None, self._on_about)

    def _create_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.import_files_action, self.import_folder_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.new_library_action, self.open_library_action])
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addActions([self.filter_action, self.search_action])
        view_menu.addSeparator()
        view_menu.addActions([w.notes_dock.toggleViewAction(), w.annotations_dock.toggleViewAction(),
                              self.browser_action])
        view_menu.addActions([self.dashboard_action, self.article_dashboard_action, self.author_dashboard_action])
        view_menu.addAction(self.campaigns_action)
        view_menu.addAction(self.agreement_action)
        view_menu.addSeparator()
        view_menu.addActions([self.expand_action, self.collapse_action, self.expand_all_action,
                              self.collapse_all_action])
        view_menu.addSeparator()
        self.coders_menu = view_menu.addMenu(translate("MainWindow", "C&oders"))
        self.coders_menu.addActions([self.all_coders_action, self.only_mine_action])
        self.coders_menu.addSeparator()
        self.columns_menu = view_menu.addMenu(translate("MainWindow", "Colu&mns"))
        theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))

        go_menu = bar.addMenu(translate("MainWindow", "&Go"))
        go_menu.addActions([self.next_article_action, self.previous_article_action])
        go_menu.addSeparator()
        go_menu.addActions([self.next_comment_action, self.previous_comment_action, self.parent_comment_action,
                            self.next_unread_action, self.read_on_action])
        go_menu.addSeparator()
        go_menu.addAction(self.profile_action)

        article_menu = bar.addMenu(translate("MainWindow", "&Article"))
        article_menu.addActions([self.star_action, self.read_action, self.mark_read_action])

        annotate_menu = bar.addMenu(translate("MainWindow", "A&nnotate"))
        annotate_menu.addActions([w.annotate.tag_action, w.annotate.tag_subthread_action,
                                  w.annotate.untag_action])
        favourites = annotate_menu.addMenu(translate("MainWindow", "&Favourite Tags"))
        favourites.addActions(w.annotate.favorite_actions)
        annotate_menu.addSeparator()
        annotate_menu.addActions([w.annotate.open_text_action, w.annotate.highlight_action,
                                  w.annotate.highlight_tag_action, w.annotate.highlight_note_action])
        annotate_menu.addSeparator()
        annotate_menu.addAction(w.annotate.coded_action)
        annotate_menu.addActions([self.note_action, self.browser_action])
        new_tag = annotate_menu.addAction(translate("MainWindow", "New Ta&g…"))
        new_tag.triggered.connect(lambda: w.sidebar.new_tag(None))

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addActions([self.shortcuts_action, self.search_help_action, self.about_action])

    def _on_comment_menu(self, position: Any) -> None:
        w = self.window
        tree = w.reader.comment_tree
        if not tree.indexAt(position).isValid():
            return
        menu = QMenu(w)
        menu.addActions([w.annotate.tag_action, w.annotate.tag_subthread_action, w.annotate.untag_action])
        menu.addSeparator()
        menu.addActions([w.annotate.open_text_action, self.note_action])
        menu.addSeparator()
        menu.addActions([self.profile_action, self.read_action, self.collapse_action, self.expand_action])
        menu.exec(tree.viewport().mapToGlobal(position))

    def _on_columns_menu(self) -> None:
        self.window.article_list.fill_columns_menu(self.columns_menu)

    # -- whose annotations are shown --------------------------------------------------------

    def _show_coders(self, view: CoderView) -> None:
        self.window.session.set_coder_view(view)

    def _toggle_blind(self) -> None:
        """Only Mine; chosen again (its keys pressed again), every coder's work is revealed."""
        blind = self.window.session.coder_view.kind == ONLY_MINE
        self._show_coders(CoderView() if blind else CoderView(ONLY_MINE))

    def _fill_coders_menu(self) -> None:
        """The library's coders, each a view of its own, after All Coders and Only Mine."""
        session = self.window.session
        for action in self.coder_actions:
            self.coders_menu.removeAction(action)
            self.coder_view_group.removeAction(action)
            action.deleteLater()
        self.coder_actions = []
        for coder in session.call(coders.coders):
            action = QAction(coder.name, self.coders_menu)
            action.setCheckable(True)
            view = CoderView(ONE_CODER, coder.id, coder.name)
            action.setChecked(session.coder_view == view)
            action.triggered.connect(lambda _=False, v=view: self._show_coders(v))
            self.coder_view_group.addAction(action)
            self.coders_menu.addAction(action)
            self.coder_actions.append(action)

    def _on_coder_view_changed(self, view: CoderView) -> None:
        self.all_coders_action.setChecked(view.kind == ALL_CODERS)
        self.only_mine_action.setChecked(view.kind == ONLY_MINE)
        if view.kind == ONLY_MINE:
            text = translate("MainWindow", "Blind coding: only your annotations shown")
        elif view.kind == ONE_CODER:
            text = translate("MainWindow", "Showing only {coder}'s annotations").format(coder=view.name)
        else:
            text = ""
        self.coder_view_label.setText(text)
        self.coder_view_label.setVisible(bool(text))

    def _fill_recent_menu(self) -> None:
        w = self.window
        self.recent_menu.clear()
        recent = [p for p in w.settings.recent_libraries if p]
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: w.library_requested.emit(p, False))
        if not recent:
            self.recent_menu.addAction(translate("MainWindow", "No recent libraries")).setEnabled(False)

    def _on_import_files(self) -> None:
        w = self.window
        paths, _ = QFileDialog.getOpenFileNames(w, translate("MainWindow", "Import files"), str(Path.home()),
                                                translated(IMPORT_FILTER))
        if paths:
            w.import_paths(paths)

    def _on_import_folder(self) -> None:
        w = self.window
        folder = QFileDialog.getExistingDirectory(w, translate("MainWindow", "Import a folder (searched recursively)"),
                                                  str(Path.home()))
        if folder:
            w.import_paths([folder])

    def _on_new_library(self) -> None:
        w = self.window
        path, _ = QFileDialog.getSaveFileName(w, translate("MainWindow", "New library"),
                                              str(Path.home() / "research.glossa"),
                                              translated(LIBRARY_FILTER))
        if path:
            if not path.endswith(".glossa"):
                path += ".glossa"
            w.library_requested.emit(path, True)

    def _on_open_library(self) -> None:
        """A library file, or a server's library (the dialog's Server tab)."""
        from desktop.ui.open_library_dialog import OpenLibraryDialog  # loaded when asked for

        w = self.window
        recent = [location for location in w.settings.recent_libraries if location]
        servers = [location for location in recent if location.startswith("postgresql")]
        files = [location for location in recent if location not in servers and location != w.library.location]
        folder = "" if w.library.url else str(w.library.path.parent)
        dialog = OpenLibraryDialog(folder, servers[0] if servers else "", files, w)
        if dialog.exec() and dialog.location:
            w.library_requested.emit(dialog.location, False)

    # -- help ------------------------------------------------------------------------------

    def all_actions(self) -> list[QAction]:
        """Every action with keys, for the shortcuts list (the tree's own two included)."""
        return [*self.window.actions(), self.expand_action, self.collapse_action]

    def _on_show_shortcuts(self) -> None:
        from desktop.ui.shortcuts_dialog import ShortcutsDialog  # loaded when asked for

        ShortcutsDialog(self.all_actions(), self.window).open()

    def _on_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        w = self.window
        QMessageBox.about(
            w,
            translate("MainWindow", "About {app}").format(app=APP_NAME),
            f"{APP_NAME} {__version__}\n\n"
            + translate("MainWindow",
                        "A reader for scraped news articles and their comment threads, built for offline annotation.")
            + "\n\n" + translate("MainWindow", "Library: {path}").format(path=w.library.location)
            + f"\nQt (PySide6) {pyside_version}",
        )

    def _on_preferences(self) -> None:
        from desktop.ui.coder_rename import offer_rename
        from desktop.ui.preferences import PreferencesDialog

        w = self.window
        coder_before = w.settings.coder
        dialog = PreferencesDialog(w.settings, w)
        if dialog.exec():
            offer_rename(w, w.session, coder_before, w.settings.coder)  # before the new name is taken
            w.apply_reading_font()
            w.apply_date_style()
            w.preferences_changed.emit()
