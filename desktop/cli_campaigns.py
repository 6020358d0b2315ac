"""`glossa campaigns`: near-duplicate comments posted by several handles, and handles that
comment together more often than chance (the README's "Campaign finder" section). The analysis
is kept in the library: a second run compares only the comments imported since."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .analysis.defaults import CO_POSTING_WINDOW, DEFAULT_SIMILARITY, DEFAULT_WINDOW
from .store.db import Library

if TYPE_CHECKING:  # the analysis loads numpy: only when the command runs
    from .analysis.campaigns import Campaign, CoPosting
    from .store.campaigns import UpdateReport

EXIT_OK, EXIT_USAGE = 0, 2
EXIT_BUSY = 75  # sysexits' EX_TEMPFAIL: another analysis runs; the same command works later
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h|d)?\s*$", re.IGNORECASE)
_UNITS = {"s": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


def duration(text: str) -> timedelta:
    """'30m', '2h', '90s', '1d' or a number of minutes, for argparse."""
    match = _DURATION.match(text)
    if not match or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (examples: 30m, 2h, 90s)")
    return timedelta(seconds=float(match.group(1)) * _UNITS[(match.group(2) or "m").lower()])


def similarity(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 < value <= 1.0:
        raise argparse.ArgumentTypeError(f"the similarity is a number above 0 and at most 1, not {text!r}")
    return value


def min_handles(text: str) -> int:
    if not text.isdigit() or int(text) < 2:
        raise argparse.ArgumentTypeError(f"at least 2 handles make a campaign, not {text!r}")
    return int(text)


def add_parser(commands: Any) -> None:  # argparse's subparsers action has no public type
    parser = commands.add_parser(
        "campaigns",
        help="find copy-paste campaigns and handles that comment together",
        description="Near-duplicate comments (Jaccard similarity of character shingles after normalising case, "
        "punctuation, emoji and look-alike letters) written by several handles, and pairs of handles that comment "
        "on the same articles within minutes more often than chance. The work is kept in the library; a later "
        "run compares only new comments.",
    )
    parser.add_argument("--similarity", type=similarity, default=DEFAULT_SIMILARITY, metavar="S",
                        help=f"near-duplicate threshold, 0-1 (default {DEFAULT_SIMILARITY})")
    parser.add_argument("--min-handles", type=min_handles, default=2, metavar="N",
                        help="handles a campaign needs (default 2)")
    parser.add_argument("--window", type=duration, default=DEFAULT_WINDOW, metavar="TIME",
                        help="a campaign is a burst when 3 of its comments fall within this (default 30m)")
    parser.add_argument("--co-posting-window", type=duration, default=CO_POSTING_WINDOW, metavar="TIME",
                        help="two handles comment together when within this of each other on an article "
                        "(default 10m)")
    parser.add_argument("--json", action="store_true",
                        help='print JSON: {"campaigns": [...], "co_posting": [...]}')
    parser.add_argument("--gexf", type=Path, metavar="FILE", help="also write the handle graph as GEXF (Gephi)")
    parser.add_argument("--graphml", type=Path, metavar="FILE", help="also write the handle graph as GraphML")
    parser.add_argument("--csv", type=Path, metavar="FILE",
                        help="also write FILE-campaigns.csv (each comment) and FILE-pairs.csv (the graph's edges)")
    parser.add_argument("--force", action="store_true", help="replace export files that exist")


def run(library: Library, args: argparse.Namespace) -> int:
    if library.read_only:
        print(f"glossa: the library is read-only ({library.read_only_reason}); the campaign finder keeps its "
              "work in the library, so it needs one it can write to", file=sys.stderr)
        return EXIT_USAGE
    from .store import campaigns as store

    show = _progress_line() if sys.stderr.isatty() else None
    try:
        report = store.update(library.db, args.similarity, progress=show, co_posting_window=args.co_posting_window)
    except store.Busy as busy:  # another coder's analysis of the server library
        print(f"glossa: {busy}", file=sys.stderr)
        return EXIT_BUSY
    finally:
        if show:
            print("\r" + " " * 40 + "\r", end="", file=sys.stderr, flush=True)
    found = store.load(library.db, args.min_handles, args.window)
    co = store.kept_co_posting(library.db)
    written = _export(library, args, found, co)
    if written is None:
        return EXIT_USAGE
    try:
        if args.json:
            json.dump(to_json(found, co), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            _print_plain(library, report, found, co, sys.stdout)
        for path in written:
            print(f"Wrote {path}", file=sys.stderr if args.json else sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # `glossa campaigns | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _progress_line() -> Any:
    def show(stage: str, done: int, total: int) -> None:
        text = f"{stage} {done:,}/{total:,} comments" if stage == "sketching" else "comparing..."
        print(f"\r{text:<40}", end="", file=sys.stderr, flush=True)

    return show


def _export(
    library: Library, args: argparse.Namespace, found: list[Campaign], co: list[CoPosting]
) -> list[Path] | None:
    """Write the files asked for; the paths written, or None when one could not be (said why)."""
    if not (args.gexf or args.graphml or args.csv):
        return []
    from .exporting import campaign_graph
    from .exporting.files import ExportError

    written: list[Path] = []
    try:
        for kind in campaign_graph.GRAPH_FORMATS:
            path = getattr(args, kind)
            if path is not None:
                campaign_graph.write_graph(path, kind, found, co, overwrite=args.force)
                written.append(path)
        if args.csv is not None:
            from .store.campaigns import texts as comment_texts

            bodies = comment_texts(library.db, [i for c in found for i in c.comment_ids])
            written.extend(campaign_graph.write_csv(args.csv, found, co, bodies, overwrite=args.force))
    except ExportError as error:
        hint = "; add --force to replace it" if "exist" in str(error) else ""
        print(f"glossa: {error}{hint}", file=sys.stderr)
        return None
    return written


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(" ", "seconds")


def to_json(found: list[Campaign], co: list[CoPosting]) -> dict[str, Any]:
    """The shape `glossa campaigns --json` prints; ids as in the Glossa JSON export."""
    return {
        "campaigns": [
            {"id": c.id, "comment_ids": c.comment_ids, "authors": c.authors, "article_ids": c.article_ids,
             "first": _time(c.first), "last": _time(c.last), "burst": c.burst}
            for c in found
        ],
        "co_posting": [{"authors": list(p.authors), "articles": p.articles} for p in co],
    }


def _printable(text: str) -> str:
    """Scraped text on a terminal: no control characters (an escape sequence could rewrite the screen)."""
    return "".join(ch if ch.isprintable() else " " for ch in text)


def _print_plain(library: Library, report: UpdateReport, found: list[Campaign], co: list[CoPosting],
                 out: TextIO) -> None:
    from .store.campaigns import kept_co_posting_window
    from .store.campaigns import texts as comment_texts

    how = "every comment compared" if report.full else f"{report.compared:,} new comments compared"
    out.write(f"Library:    {library.location}\n")
    out.write(f"Analysis:   {report.sketched:,} comments sketched, {how}\n")
    out.write(f"Campaigns:  {len(found):,} ({sum(len(c.members) for c in found):,} comments, "
              f"{len({a for c in found for a in c.authors}):,} handles, {sum(c.burst for c in found):,} bursts)\n")
    out.write(f"Co-posting: {len(co):,} pairs of handles\n")
    texts = comment_texts(library.db, [c.id for c in found[:50]])
    for campaign in found[:50]:
        span = f"{_time(campaign.first) or '?'} to {_time(campaign.last) or '?'}"
        burst = "  BURST" if campaign.burst else ""
        out.write(f"\n#{campaign.id}: {len(campaign.members)} comments by {len(campaign.authors)} handles on "
                  f"{len(campaign.article_ids)} articles, {span}{burst}\n")
        out.write(f"  {_printable(texts.get(campaign.id, ''))[:200]}\n")
        out.write(f"  handles: {_printable(', '.join(campaign.authors[:12]))}"
                  f"{' ...' if len(campaign.authors) > 12 else ''}\n")
    if len(found) > 50:
        out.write(f"\n... and {len(found) - 50:,} smaller campaigns (--json lists them all)\n")
    if co:
        minutes = f"{kept_co_posting_window(library.db).total_seconds() / 60:g}"
        out.write(f"\nHandles commenting together (articles within {minutes} min / articles shared):\n")
        for pair in co[:50]:
            out.write(f"  {_printable(pair.authors[0])} + {_printable(pair.authors[1])}: "
                      f"{pair.articles} / {pair.shared}\n")
        from .analysis.campaigns import co_posting_groups

        for group in co_posting_groups(co)[:20]:
            more = " ..." if len(group) > 12 else ""
            out.write(f"  group of {len(group)}: {_printable(', '.join(group[:12]))}{more}\n")
