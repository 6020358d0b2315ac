"""What the Note panel writes on: the article being read, a comment opened, a highlight made or
clicked, a tag, and in the commenter's profile that commenter, each named as the store describes
it. The window says what was chosen; the Note panel follows the session's annotation changes
itself, and when one takes the target away (an undone highlight, a deleted tag) goes back to the
article being read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from desktop.store import annotations as annotation_store
from desktop.ui.note_editor import NoteEditor
from desktop.ui.reader_panel import ReaderPanel
from desktop.ui.session import Session


class NoteTargets:
    def __init__(self, session: Session, editor: NoteEditor, author_editor: NoteEditor, reader: ReaderPanel,
                 dock: QDockWidget) -> None:
        self.session = session
        self.editor = editor  # the Note panel
        self.author_editor = author_editor  # the note in the commenter's profile
        self.reader = reader
        self.dock = dock
        self.author_id: int | None = None  # the commenter the profile shows
        session.annotations_changed.connect(self.annotations_changed)

    def _label(self, kind: str, target_id: int) -> str:
        return self.session.call(annotation_store.describe_target, (kind, target_id))

    def show(self, kind: str, target_id: int) -> None:
        self.editor.set_target((kind, target_id), self._label(kind, target_id))

    def show_article(self, article_id: int | None) -> None:
        if article_id is None:
            self.editor.set_target(None, "")
        else:
            self.show("article", article_id)

    def back_to_article(self) -> None:
        """The note panel goes back to the article being read."""
        self.show_article(self.reader.article_id)

    def leave_tag(self) -> None:
        """Another view was chosen: a tag's note is no longer what the user looks at."""
        target = self.editor.target()
        if target is not None and target.kind == "tag":
            self.back_to_article()

    def focus(self) -> None:
        self.dock.show()
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def highlight_created(self, highlight_id: int, write_note: bool) -> None:
        self.show("highlight", highlight_id)
        if write_note:
            self.focus()

    def show_author(self, author_id: int) -> None:
        self.author_id = author_id
        self.author_editor.set_target(("author", author_id), self._label("author", author_id))

    def annotations_changed(self, _articles: set[int] | None = None) -> None:
        self.editor.reload()
        target = self.editor.target()
        if target is not None and not self.session.call(annotation_store.target_exists, target):
            self.back_to_article()  # an undone highlight or a deleted tag: nothing to write on
