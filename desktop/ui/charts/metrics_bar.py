"""A one-line summary of a thread for the reading window, above the comment tree:

    42 comments · 17 people · 25 replies · depth 6 · first reply after 12 min · lasted 2 d 4 h
    · top 3 wrote 48% · most replied: handle (9 replies)

The most-replied comment is a link: activating it emits `comment_requested(comment_id)`."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.store.metrics import ArticleMetrics
from desktop.ui.i18n import translated, translated_fields

from .models import most_replied_text, thread_figures

SEPARATOR = " · "


class ThreadMetricsBar(QWidget):
    comment_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._metrics: ArticleMetrics | None = None
        self._text = ""
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(self)
        # Rich text for the link; every piece of text in it is escaped (a handle is scraped text).
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(False)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        # Wrapped between figures (each is unbroken): a narrow reader shows every figure on two lines
        # instead of cutting the line, and the most-replied link with it.
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Thread metrics"))
        layout.addWidget(self.label)
        self.show_metrics(None)

    def _connect_signals(self) -> None:
        self.label.linkActivated.connect(self._on_link_activated)

    def metrics(self) -> ArticleMetrics | None:
        return self._metrics

    def text(self) -> str:
        """The line as plain text."""
        return self._text

    def show_metrics(self, metrics: ArticleMetrics | None) -> None:
        self._metrics = metrics
        # Without comments the line above the thread says so already: no second "No comments".
        self.setHidden(metrics is not None and not metrics.comments)
        if metrics is None:
            self._text = ""
            self.label.setText("")
            self.label.setToolTip("")
            return
        figures = translated_fields(thread_figures(metrics))
        plain = [f.text for f in figures]
        rich = [_unbroken(f.text) for f in figures]  # wrapped, lines break between figures only
        most = metrics.most_replied
        if most is not None:
            link_text = translated(most_replied_text(metrics))
            label = self.tr("most replied:")
            plain.append(f"{label} {link_text}")
            rich.append(f"{_unbroken(label)} <a href='comment:{most.comment_id}'>{_unbroken(link_text)}</a>")
        self._text = SEPARATOR.join(plain)
        self.label.setText(SEPARATOR.join(rich))
        tips = [f"{f.text}: {f.tooltip}" for f in figures]
        if most is not None:
            tips.append(self.tr("most replied: the comment with the most direct replies (click to go to it)"))
        self.label.setToolTip("\n".join(tips))

    def _on_link_activated(self, link: str) -> None:
        kind, _, number = link.partition(":")
        if kind == "comment" and number.isdigit():
            self.comment_requested.emit(int(number))


def _unbroken(text: str) -> str:
    return html.escape(text).replace(" ", "&nbsp;")
