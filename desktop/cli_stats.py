"""`glossa stats [--json]`: the library's totals and every article's thread metrics
(desktop/store/metrics.py; the README's "Insight" section defines each figure)."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from .durations import human_duration
from .store.db import Library

if TYPE_CHECKING:
    from .store import metrics  # loaded by the command: the window starts without it

COLUMNS = ("id", "comments", "people", "replies", "depth", "first after", "lasted", "top-3", "most replied")


def add_parser(commands: Any) -> None:  # argparse's subparsers action has no public type
    stats = commands.add_parser(
        "stats",
        help="print the library's totals and each article's thread metrics",
        description="Library totals, then one line per article, most comments first. "
        "'first after': from publication to the first comment (published time known), else from the "
        "first comment to the first reply (marked 'reply').",
    )
    stats.add_argument("--json", action="store_true", help="print JSON: {library: ..., articles: [...]}")


def run_stats(library: Library, as_json: bool) -> int:
    from .store import metrics

    totals = metrics.library_totals(library.db)
    articles = metrics.article_metrics(library.db)
    try:
        if as_json:
            _print_json(totals, articles, sys.stdout)
        else:
            _print_plain(library, totals, articles, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # `glossa stats | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _print_json(totals: metrics.LibraryTotals, articles: dict[int, metrics.ArticleMetrics], out: TextIO) -> None:
    data = {"library": totals.to_dict(), "articles": [articles[i].to_dict() for i in sorted(articles)]}
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


def _printable(text: str) -> str:
    """Scraped text on a terminal: no control characters (an escape sequence could rewrite the screen)."""
    return "".join(c if c.isprintable() else " " for c in text)


def _count(number: int, word: str, words: str | None = None) -> str:
    return f"{number:,} {word if number == 1 else (words or word + 's')}"


def _when(value: Any) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value is not None else "unknown"


def _print_plain(
    library: Library, totals: metrics.LibraryTotals, articles: dict[int, metrics.ArticleMetrics], out: TextIO
) -> None:
    t = totals
    lines = [
        f"Library:     {library.path}",
        f"Articles:    {t.articles:,} ({t.commented_articles:,} with comments)",
        f"Comments:    {t.comments:,} ({_count(t.replies, 'reply', 'replies')}, {t.undated:,} without a time)",
        f"Commenters:  {t.participants:,}",
        f"Threads:     median {t.median_thread:g} comments, largest {t.largest_thread:,}, deepest reply at depth "
        f"{t.max_depth}",
        f"Period:      {_when(t.first_comment)} to {_when(t.last_comment)}",
        f"Tags:        {_count(t.tags, 'tag')}; {_count(t.tagged_comments, 'tagged comment')};"
        f" {_count(t.tagged_articles, 'article')} with a tag; {_count(t.highlights, 'highlight')}",
    ]
    out.write("\n".join(lines) + "\n")
    if not articles:
        return
    rows = [COLUMNS]
    ordered = sorted(articles.values(), key=lambda m: (-m.comments, m.article_id))
    for m in ordered:
        first = human_duration(m.time_to_first)
        if first and m.time_to_first_from == "first_comment":
            first += " reply"
        share = m.top3_share
        most = m.most_replied
        rows.append((
            str(m.article_id), f"{m.comments:,}", f"{m.participants:,}", f"{m.replies:,}", str(m.max_depth),
            first or "-", human_duration(m.duration) or "-", f"{share:.0%}" if share is not None else "-",
            f"{_printable(most.handle)[:24]} ({most.replies})" if most else "-",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    out.write("\n")
    for index, row in enumerate(rows):
        cells = [cell.rjust(widths[i]) if i < 5 else cell.ljust(widths[i]) for i, cell in enumerate(row)]
        title = "title" if index == 0 else _printable(ordered[index - 1].title)
        out.write("  ".join([*cells, title]).rstrip() + "\n")
