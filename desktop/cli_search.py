"""`glossa search` and `glossa reindex`: the command-line face of desktop/store/search.py."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from typing import Any, TextIO

from .store import search
from .store.db import Library

EXIT_HITS, EXIT_NO_HITS, EXIT_BAD_QUERY = 0, 1, 2


def add_parsers(commands: Any) -> None:  # argparse's subparsers action has no public type
    searching = commands.add_parser(
        "search",
        help="search articles and comments (syntax: README, 'Search syntax')",
        description="Search articles and comments. Exit 0 with hits, 1 without, 2 for a query that cannot run. "
        "A query starting with '-' goes after '--': glossa search -- -trump putin",
    )
    searching.add_argument("query", nargs="+", metavar="QUERY", help="words and filters; arguments are joined")
    searching.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N hits (default 50)")
    searching.add_argument("--order", choices=search.ORDERS, default="relevance")
    searching.add_argument("--json", action="store_true", help="print JSON: hits grouped by article")
    commands.add_parser("reindex", help="rebuild the full-text search index")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {text!r}")
    return value


def run_search(library: Library, query: str, limit: int, order: str, as_json: bool) -> int:
    results = search.search(library.db, query, limit=limit, order=order)
    try:
        if as_json:
            _print_json(results, order, sys.stdout)
        elif results.message is None:
            _print_plain(results, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # `glossa search x | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if results.message is not None:
        print(f"glossa: {results.message}", file=sys.stderr)
        return EXIT_BAD_QUERY
    return EXIT_HITS if results.hits else EXIT_NO_HITS


def run_reindex(library: Library) -> int:
    begun = time.perf_counter()
    articles, comments = search.rebuild(library.db)
    print(f"Rebuilt the search index: {articles} articles, {comments} comments ({time.perf_counter() - begun:.1f} s).")
    return EXIT_HITS


def _safe(text: str) -> str:
    """One line without control characters: scraped text must not drive the terminal."""
    return " ".join("".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs") else ch for ch in text).split())


def _when(hit: search.Hit) -> str:
    if hit.posted_at is None:
        return "-"
    return hit.posted_at.strftime("%Y-%m-%d %H:%M")


def _print_plain(results: search.SearchResults, out: TextIO) -> None:
    for group in results.groups:
        print(f"article {group.article_id}: {_safe(group.title)}", file=out)
        for hit in group.hits:
            snippet = _safe(search.render_snippet(hit.snippet))
            if hit.comment_id is None:
                print(f"  article  {_when(hit)}  {snippet}", file=out)
            else:
                print(f"  comment {hit.comment_id}  {_safe(hit.author or '')}  {_when(hit)}  {snippet}", file=out)
    articles = len(results.groups)
    line = f"{len(results.hits)} hits in {articles} article{'s' if articles != 1 else ''}"
    if results.capped:
        line += f" (ranked among the {search.CANDIDATE_CAP} most recently imported matches)"
    print(line, file=out)


def _plain_and_matches(snippet: str) -> tuple[str, list[list[int]]]:
    text, matches = "", []
    for piece, matched in search.snippet_segments(snippet):
        if matched:
            matches.append([len(text), len(text) + len(piece)])
        text += piece
    return text, matches


def _print_json(results: search.SearchResults, order: str, out: TextIO) -> None:
    document: dict[str, Any] = {"query": results.query, "order": order}
    if results.message is not None:
        document["error"] = results.message
    else:
        document["capped"] = results.capped
        document["articles"] = [
            {"id": group.article_id, "title": group.title, "hits": [_hit_json(hit) for hit in group.hits]}
            for group in results.groups
        ]
    json.dump(document, out, ensure_ascii=False)
    out.write("\n")


def _hit_json(hit: search.Hit) -> dict[str, Any]:
    text, matches = _plain_and_matches(hit.snippet)
    return {
        "comment_id": hit.comment_id,
        "author": hit.author,
        "posted_at": hit.posted_at.isoformat() if hit.posted_at else None,
        "depth": hit.depth,
        "snippet": text,
        "matches": matches,  # [start, end) code-point offsets of matched words in `snippet`
    }
