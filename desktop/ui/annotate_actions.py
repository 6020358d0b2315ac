"""The Annotate menu: tag what is selected (articles, comments, a subthread), favourite tags on
keys 1-9, and highlight selected text in the article or in a comment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.store import annotations as annotation_store
from desktop.store import coders
from desktop.store.annotations import Target
from desktop.ui.annotation_controller import AnnotationController
from desktop.ui.reader_panel import ReaderPanel
from desktop.ui.session import call_on


class AnnotateActions(QObject):
    """`selected_articles` gives the article ids selected in the list; comments come from the
    tree when it has focus (or when its text is open for selecting)."""

    highlight_created = Signal(int, bool)  # highlight id, and whether the user wants to write a note on it
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        controller: AnnotationController,
        reader: ReaderPanel,
        selected_articles: Callable[[], list[int]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.reader = reader
        self.selected_articles = selected_articles
        self._create_actions()

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: Callable[[], Any],
                tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.tag_action = self._action(self.tr("&Tag…"), "Ctrl+T", self.tag_selection,
                                       self.tr("Tag the selected comments, or the selected articles"))
        self.tag_subthread_action = self._action(self.tr("Tag &Subthread…"), "Ctrl+Shift+T", self.tag_subthread,
                                                 self.tr("Tag the current comment and every reply below it"))
        self.untag_action = self._action(self.tr("&Remove Tag…"), "Ctrl+Alt+T", self.untag_selection)
        self.highlight_action = self._action(self.tr("&Highlight Selection"), "Ctrl+H",
                                             lambda: self.highlight(False, False),
                                             self.tr("Highlight the selected text of the article or of a comment"))
        self.highlight_tag_action = self._action(self.tr("Highlight with T&ag…"), "Ctrl+Shift+H",
                                                 lambda: self.highlight(True, False))
        self.highlight_note_action = self._action(self.tr("Highlight with &Note"), "Ctrl+Alt+H",
                                                  lambda: self.highlight(False, True))
        self.coded_action = self._action(
            self.tr("Coded by &Me"), "Ctrl+Alt+M", self.toggle_coded,
            self.tr("Mark the article, or the thread from the current comment, as finished by you: agreement counts "
                    "only what every coder finished"))
        self.open_text_action = self._action(self.tr("Select Text in Comment"), "F2", self._open_comment_text,
                                             self.tr("Open the comment's text to select part of it"))
        self.favorite_actions = []
        for slot in range(1, 10):
            action = self._action(self.tr("Favourite Tag {slot}").format(slot=slot), str(slot),
                                  self._favorite_toggler(slot))
            self.favorite_actions.append(action)
        self.reader.comment_tree.editor_actions = [
            self.highlight_action, self.highlight_tag_action, self.highlight_note_action,
        ]

    def _favorite_toggler(self, slot: int) -> Callable[[], None]:
        return lambda: self.toggle_favorite(slot)

    def actions(self) -> list[QAction]:
        return [self.tag_action, self.tag_subthread_action, self.untag_action, self.highlight_action,
                self.highlight_tag_action, self.highlight_note_action, self.open_text_action, self.coded_action]

    # -- what is selected ------------------------------------------------------------------

    def _comments_focused(self) -> bool:
        tree = self.reader.comment_tree
        return tree.hasFocus() or tree.active_editor is not None

    def _targets(self) -> tuple[str, list[int]]:
        if self._comments_focused():
            return "comment", self.reader.comment_tree.selected_comment_ids()
        return "article", self.selected_articles()

    # -- tags ------------------------------------------------------------------------------

    def _choose_tag(self, title: str, allow_create: bool = True) -> int | None:
        from desktop.ui.tag_picker import TagPicker

        choice = TagPicker.choose(self.controller.library, self.window, title, allow_create=allow_create)
        if choice is None:
            return None
        tag_id, new_path = choice
        if tag_id is None and new_path:
            created = self.controller.run(annotation_store.create_tag, new_path)
            tag_id = created[0] if created else None
        return tag_id

    def tag_selection(self) -> None:
        kind, ids = self._targets()
        if not ids:
            self.message.emit(self.tr("Select articles or comments to tag first."))
            return
        if kind == "comment":
            title = self.tr("Tag %n comment(s) with…", "", len(ids))
        else:
            title = self.tr("Tag %n article(s) with…", "", len(ids))
        tag_id = self._choose_tag(title)
        if tag_id is not None:
            operation = annotation_store.tag_comments if kind == "comment" else annotation_store.tag_articles
            self.controller.run(operation, tag_id, ids)

    def untag_selection(self) -> None:
        kind, ids = self._targets()
        if not ids:
            return
        if kind == "comment":
            title = self.tr("Remove a tag from %n comment(s)", "", len(ids))
        else:
            title = self.tr("Remove a tag from %n article(s)", "", len(ids))
        tag_id = self._choose_tag(title, False)
        if tag_id is not None:
            operation = annotation_store.untag_comments if kind == "comment" else annotation_store.untag_articles
            change = self.controller.run(operation, tag_id, ids)
            if change is not None and change.empty:  # each coder's links are their own: say why nothing went
                self.message.emit(self._not_removed(kind, ids, tag_id))

    def _not_removed(self, kind: str, ids: list[int], tag_id: int) -> str:
        """Why Remove Tag took nothing off: the tag is only other coders' there, or on none of them."""
        library = self.controller.library
        if kind == "comment":
            article_id = self.reader.article_id
            tagged = (call_on(library, annotation_store.comment_tag_ids, article_id) if article_id is not None
                      else {})  # fmt: skip
            others = any(tag_id in tagged.get(i, []) for i in ids)
        else:
            others = any(tag_id in call_on(library, annotation_store.article_tag_ids, i) for i in ids)
        path = call_on(library, annotation_store.tag_path, tag_id)
        if others:
            return self.tr("Only other coders put {tag} there: Remove Tag takes off only your own.").format(tag=path)
        return self.tr("{tag} is not on the selection: nothing to remove.").format(tag=path)

    def tag_subthread(self) -> None:
        node = self.reader.comment_tree.current_node()
        if node is None:
            self.message.emit(self.tr("Select the comment whose subthread to tag."))
            return
        tag_id = self._choose_tag(self.tr("Tag this comment and its %n replies with…", "", node.subtree))
        if tag_id is not None:
            self.controller.run(annotation_store.tag_subthread, tag_id, node.comment.id)

    def toggle_favorite(self, slot: int) -> None:
        """Keys 1-9: put the favourite tag on the selection, or take it off if all have it."""
        tag_id = call_on(self.controller.library, annotation_store.favorites).get(slot)
        if tag_id is None:
            self.message.emit(
                self.tr("No tag on key {key} yet: right-click a tag in the sidebar > Favourite Key.").format(key=slot)
            )
            return
        kind, ids = self._targets()
        if not ids:
            return
        library = self.controller.library
        # Whether the coder's own links have it.
        coder = call_on(library, coders.find_current_coder, self.controller.coder_name) or 0
        operation: Callable[..., Any]
        if kind == "comment":
            article_id = self.reader.article_id
            tagged = (call_on(library, annotation_store.comment_tag_ids, article_id, coder)
                      if article_id is not None else {})
            has_all = all(tag_id in tagged.get(i, []) for i in ids)
            operation = annotation_store.untag_comments if has_all else annotation_store.tag_comments
        else:
            has_all = all(tag_id in call_on(library, annotation_store.article_tag_ids, i, coder) for i in ids)
            operation = annotation_store.untag_articles if has_all else annotation_store.tag_articles
        self.controller.run(operation, tag_id, ids)

    # -- coded by me -----------------------------------------------------------------------

    def toggle_coded(self) -> None:
        """Mark the thread from the current comment (when the comments have focus) or the article
        coded by the coder, or take the mark off when it is there."""
        node = self.reader.comment_tree.current_node() if self._comments_focused() else None
        if node is not None:
            target = ("comment", node.comment.id)
        elif self.reader.article_id is not None:
            target = ("article", self.reader.article_id)
        else:
            self.message.emit(self.tr("Open an article first."))
            return
        library = self.controller.library
        coder = call_on(library, coders.find_current_coder, self.controller.coder_name)  # None: nothing marked
        coded = coder is not None and call_on(library, annotation_store.is_coded, target, coder)
        self.controller.run(annotation_store.set_coded, target, not coded)

    # -- highlights ------------------------------------------------------------------------

    def _selected_span(self) -> tuple[Target, int, int] | None:
        editor = self.reader.comment_tree.active_editor
        if editor is not None:
            span = editor.selection_offsets()
            if span:
                return Target("comment", editor.node.comment.id), span[0], span[1]
        span = self.reader.article_view.selection_offsets()
        if span and self.reader.article_id is not None:
            return Target("article", self.reader.article_id), span[0], span[1]
        return None

    def highlight(self, with_tag: bool, with_note: bool) -> None:
        selected = self._selected_span()
        if selected is None:
            self.message.emit(
                self.tr("Select some text first: in the article, or in a comment opened with F2 or a double-click.")
            )
            return
        target, start, end = selected
        tag_id = self._choose_tag(self.tr("Highlight with the tag…")) if with_tag else None
        if with_tag and tag_id is None:
            return
        result = self.controller.run(annotation_store.add_highlight, tuple(target), start, end, tag_id)
        if result:
            self.highlight_created.emit(result[0], with_note)

    def _open_comment_text(self) -> None:
        tree = self.reader.comment_tree
        if tree.open_text() is not None:
            tree.active_editor.setFocus(Qt.FocusReason.ShortcutFocusReason)  # type: ignore[union-attr]
