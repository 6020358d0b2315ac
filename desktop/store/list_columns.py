"""The article list's columns, declared once, in the order the list shows them. Each names its
key, the SQL that reads its value and the SQL that sorts by it; the UI declares how each looks
(desktop/ui/article_list_model.COLUMNS, the same keys in the same order). The key is what the
user's settings hold (the sort column) and the field of `reading.ArticleRow` the cell shows; the
order is what a saved header layout holds, so a new column goes at the end.

A new column is one `ListColumn` here (+ its field on `ArticleRow`, and its `Column` in the UI);
a thread figure also gives the aggregate `summaries.py` keeps on the article row, and a stored
value needs its field in `models.Article` with a migration step, and an index for its sort."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "count", "time", "flag", "derived"]


@dataclass(frozen=True)
class ListColumn:
    key: str
    value: str  # SQL over the article row `a`; "" when the value is derived from others in Python
    kind: Kind  # how the stored value is read: text, a number, a stored time, a 0/1 flag
    sort: str = ""  # ORDER BY over `a`, served by an index (models.ARTICLE_SORT_INDEXES); "" sorts by value
    field: str = ""  # the ArticleRow field, when it is not the key
    figure: str = ""  # a thread figure: the aggregate over the article's comments kept in `value`

    @property
    def sort_sql(self) -> str:
        return self.sort or self.value

    @property
    def row_field(self) -> str:
        return self.field or self.key


LIST_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("starred", "a.is_starred", "flag", field="is_starred"),
    ListColumn("title", "a.title", "text", sort="a.title COLLATE NOCASE"),
    ListColumn("comments", "a.comment_count", "count", figure="COUNT(*)"),
    ListColumn("unread", "a.unread_count", "count", figure="COUNT(CASE WHEN is_read = 0 THEN 1 END)"),
    ListColumn("participants", "a.participant_count", "count", figure="COUNT(DISTINCT author_id)"),
    ListColumn("first_comment", "a.first_comment_at", "time", figure="MIN(posted_at)"),
    ListColumn("last_comment", "a.last_comment_at", "time", figure="MAX(posted_at)"),
    ListColumn("imported", "a.imported_at", "time"),
    ListColumn("source", "COALESCE(a.source_url, a.source_file, '')", "text",
               sort="COALESCE(a.source_url, a.source_file) COLLATE NOCASE"),
    ListColumn("replies", "a.reply_count", "count", figure="COUNT(parent_id)"),
    ListColumn("max_depth", "a.max_depth", "count", figure="COALESCE(MAX(depth), 0)"),
    ListColumn("duration", "", "derived", sort="(julianday(a.last_comment_at) - julianday(a.first_comment_at))"),
)
COLUMN_KEYS = tuple(column.key for column in LIST_COLUMNS)
DEFAULT_SORT = "imported"  # newest first, until the user sorts by another column
# Sortable list columns -> their SQL over the article row `a`.
SORT_KEYS = {column.key: column.sort_sql for column in LIST_COLUMNS}
# The thread figures: the article's stored field -> its aggregate over the article's comments.
FIGURES = {column.value.removeprefix("a."): column.figure for column in LIST_COLUMNS if column.figure}
