"""What the current article carries: its tags, the highlights in it and in its comments, and
the notes on it and its comments. Clicking an entry shows it in the article or the thread.
It reads the session's library and empties itself when another opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.store import annotations as annotation_store
from desktop.store.annotations import TagInfo, Target
from desktop.store.db import Library
from desktop.ui.hidpi import color_icon
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.safe_text import markdown_as_text
from desktop.ui.session import Session

TargetRole = Qt.ItemDataRole.UserRole + 1  # (kind, id, offset) to jump to
_NOTE_ON = {  # what a note is on, in English: translated when shown
    "article": QT_TRANSLATE_NOOP("ArticleAnnotationsPanel", "on article"),
    "comment": QT_TRANSLATE_NOOP("ArticleAnnotationsPanel", "on comment"),
    "highlight": QT_TRANSLATE_NOOP("ArticleAnnotationsPanel", "on highlight"),
    "author": QT_TRANSLATE_NOOP("ArticleAnnotationsPanel", "on commenter"),
    "tag": QT_TRANSLATE_NOOP("ArticleAnnotationsPanel", "on tag"),
}


def _preview(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ArticleAnnotationsPanel(QWidget):
    # kind ("article", "comment", "highlight"), id, article-text offset (or -1)
    jump_requested = Signal(str, int, int)

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Annotations in this article"))
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)

    def _connect_signals(self) -> None:
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemClicked.connect(self._on_item_activated)
        self.session.library_changed.connect(self._on_library_changed)

    @property
    def library(self) -> Library:
        return self.session.library

    def _on_library_changed(self, _library: Library) -> None:
        self.show_article(None, {})

    def show_article(self, article_id: int | None, tags: dict[int, TagInfo]) -> None:
        self.tree.clear()
        if article_id is None:
            self.summary.setText(self.tr("No article selected."))
            return
        call = self.session.call
        coder = self.session.view_coder()  # blind coding: only the coder's own
        article_tags = [tags[t] for t in call(annotation_store.article_tag_ids, article_id, coder) if t in tags]
        comment_tags = call(annotation_store.comment_tag_ids, article_id, coder)
        highlights = call(annotation_store.highlights_for_article, article_id, coder)
        notes = [n for n in call(annotation_store.notes_for_article, article_id, coder) if n.body.strip()]

        section = self._section(self.tr("Tags ({article} on the article, {comments} on comments)").format(
            article=len(article_tags), comments=sum(len(v) for v in comment_tags.values())))
        counts: dict[int, int] = {}
        for ids in comment_tags.values():
            for tag_id in ids:
                counts[tag_id] = counts.get(tag_id, 0) + 1
        for article_tag in article_tags:
            self._entry(section, self.tr("{tag}  (article)").format(tag=article_tag.path),
                        ("article", article_id, -1), article_tag.color)
        for tag_id, count in sorted(counts.items(), key=lambda item: -item[1]):
            if tag_id in tags:
                first = next(c for c, ids in comment_tags.items() if tag_id in ids)
                self._entry(section, self.tr("{tag}  (%Ln comment(s))", "", count).format(tag=tags[tag_id].path),
                            ("comment", first, -1), tags[tag_id].color)

        section = self._section(self.tr("Highlights ({count})").format(count=len(highlights)))
        for highlight in highlights:
            in_article = highlight.target is not None and highlight.target.kind == "article"
            where = self.tr("article", "a highlight in it") if in_article else self.tr("comment", "a highlight in it")
            tag = tags.get(highlight.tag_id) if highlight.tag_id is not None else None
            text = f"“{_preview(highlight.text, 70)}”  ({where}{', ' + tag.path if tag else ''})"
            if highlight.stale:
                text += "  " + self.tr("[text changed since]")
            where_to = highlight.target or Target("article", article_id)
            offset = highlight.start if where_to.kind == "article" else -1
            item = self._entry(section, text, (where_to.kind, where_to.id, offset), tag.color if tag else "#f5d76e")
            item.setData(0, TargetRole + 1, highlight.id)

        section = self._section(self.tr("Notes ({count})").format(count=len(notes)))
        for note in notes:
            target = note.target
            if target is None:
                continue
            on = self.tr(_NOTE_ON[note.target_kind]) if note.target_kind in _NOTE_ON else note.target_kind
            body = _preview(markdown_as_text(note.body), 70)  # read as text, not as Markdown's markers
            self._entry(section, f"{body}  — {on}", (target.kind, target.id, -1), None)
        total = len(article_tags) + sum(counts.values()) + len(highlights) + len(notes)
        self.summary.setText(self.tr("Nothing annotated in this article yet.") if not total else
                             self.tr("Click an entry to show it."))

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setExpanded(True)
        return item

    def _entry(self, parent: QTreeWidgetItem, text: str, target: tuple[str, int, int],
               color: str | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, text)
        item.setData(0, TargetRole, target)
        if color:
            item.setIcon(0, color_icon(color))
        return item

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TargetRole)
        if not target:
            return
        kind, target_id, offset = target
        highlight_id = item.data(0, TargetRole + 1)
        if highlight_id is not None:
            self.jump_requested.emit("highlight", int(highlight_id), int(offset))
            if kind == "comment":
                self.jump_requested.emit("comment", int(target_id), -1)
            return
        self.jump_requested.emit(kind, int(target_id), int(offset))
