"""`glossa [--coder NAME] tag add|remove ...`, `glossa [--coder NAME] coded ...` and
`glossa agreement ...`: who coded what, who finished what, and how far coders agree
(desktop/store/agreement.py)."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from .store import annotations as ann
from .store import coders
from .store.db import Library

if TYPE_CHECKING:
    from .store.agreement import AgreementReport


def add_parsers(commands: Any) -> None:  # argparse's subparsers action has no public type
    tag = commands.add_parser("tag", help="put a tag on articles, comments or a subthread as the coder (--coder)")
    tag.add_argument("action", choices=("add", "remove"))
    tag.add_argument("path", metavar="TAGPATH", help="the tag, parents first (a/b); add creates what is missing")
    where = tag.add_mutually_exclusive_group(required=True)
    where.add_argument("--article", type=int, nargs="+", metavar="ID")
    where.add_argument("--comment", type=int, nargs="+", metavar="ID")
    where.add_argument("--subthread", type=int, metavar="ID", help="a comment and every reply below it")
    coded = commands.add_parser(
        "coded", help="mark articles or subthreads coded by the coder (--coder), so agreement counts them")
    coded.add_argument("--article", type=int, nargs="+", default=[], metavar="ID", help="whole articles")
    coded.add_argument("--comment", type=int, nargs="+", default=[], metavar="ID",
                       help="subthreads: each comment and every reply below it")
    coded.add_argument("--undo", action="store_true", help="take the marks off instead")
    agreement = commands.add_parser(
        "agreement", help="agreement between coders over the comments they all marked coded",
        description="Per tag: percent agreement, Cohen's kappa (two coders), Fleiss' kappa and Krippendorff's "
        "alpha (nominal) with a bootstrap 95%% interval, over the comments every chosen coder marked coded; "
        "then every disagreement.")
    agreement.add_argument("--tag", action="append", metavar="PATH", help="a tag to compare (repeatable; default: all)")
    agreement.add_argument("--coders", metavar="A,B,...", help="the coders to compare (default: all who marked coded)")
    agreement.add_argument("--unit", choices=("comment", "span"), default="comment",
                           help="span: also agreement over the characters of highlights")
    agreement.add_argument("--json", action="store_true", help="print JSON")


def run_tag(library: Library, coder_name: str | None, args: Any) -> int:
    db = library.db
    try:
        coder = coders.current_coder(db, coder_name)  # the login on a server library
        tag_id = ann.find_tag(db, args.path) if args.action == "remove" else ann.find_or_create_tag(db, args.path)
        if tag_id is None:
            print(f"glossa tag: there is no tag {args.path!r}", file=sys.stderr)
            return 2
        adding = args.action == "add"
        if args.article:
            change = (ann.tag_articles if adding else ann.untag_articles)(db, tag_id, args.article, coder=coder)
        elif args.comment:
            change = (ann.tag_comments if adding else ann.untag_comments)(db, tag_id, args.comment, coder=coder)
        else:
            change = (ann.tag_subthread if adding else ann.untag_subthread)(db, tag_id, args.subthread, coder=coder)
    except (ann.AnnotationError, coders.CoderError) as error:
        print(f"glossa tag: {error}", file=sys.stderr)
        return 2
    print(change.label)
    return 0


def run_coded(library: Library, coder_name: str | None, articles: list[int], comments: list[int], undo: bool) -> int:
    if not articles and not comments:
        print("glossa coded: give --article ID... or --comment ID...", file=sys.stderr)
        return 2
    try:
        coder = coders.current_coder(library.db, coder_name)
        for kind, ids in (("article", articles), ("comment", comments)):
            for target_id in ids:
                ann.set_coded(library.db, (kind, target_id), not undo, coder=coder)
    except (ann.AnnotationError, coders.CoderError) as error:
        print(f"glossa coded: {error}", file=sys.stderr)
        return 2
    name = coders.coder_name(library.db, coder)
    print(f"{len(articles)} article(s) and {len(comments)} subthread(s) marked {'not ' if undo else ''}coded by {name}")
    return 0


def run_agreement(library: Library, tags: list[str] | None, coder_list: str | None, unit: str, as_json: bool) -> int:
    from .store.agreement import AgreementError, report  # numpy, loaded when used: start-up time is measured

    names = [n.strip() for n in coder_list.split(",") if n.strip()] if coder_list else None
    try:
        found = report(library.db, tags, names, spans=unit == "span")
    except AgreementError as error:
        print(f"glossa agreement: {error}", file=sys.stderr)
        return 2
    if as_json:
        json.dump(_as_json(found, unit), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print_plain(found, unit)
    return 0


def _as_json(found: AgreementReport, unit: str) -> dict[str, Any]:
    return {
        "unit": unit,
        "coders": found.coders,
        "units": len(found.units),
        "tags": [asdict(tag) for tag in (found.spans if unit == "span" else found.tags)],
        "disagreements": [asdict(d) for d in found.disagreements],
    }


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _print_plain(found: AgreementReport, unit: str) -> None:
    print(f"coders: {', '.join(found.coders)}; comments all of them marked coded: {len(found.units)}")
    if unit == "span":
        print("tag\tcoded chars\tagreement (coded text only)\tagreement (with uncoded text)")
        for span in found.spans:
            print(f"{span.tag}\t{span.coded_characters}\t{_figure(span.coded_only)}\t{_figure(span.with_uncoded)}")
        return
    print("tag\tunits\tpercent\tcohen\tfleiss\talpha\talpha 95% CI")
    for tag in found.tags:
        ci = "-" if tag.alpha_ci is None else f"{tag.alpha_ci[0]:.3f}..{tag.alpha_ci[1]:.3f}"
        print(f"{tag.tag}\t{tag.units}\t{_figure(tag.percent)}\t{_figure(tag.cohen_kappa)}\t"
              f"{_figure(tag.fleiss_kappa)}\t{_figure(tag.krippendorff_alpha)}\t{ci}")
    if found.disagreements:
        print()
        print("\t".join(["comment", "tag", *found.coders, "agreed"]))  # agreed: what adjudication recorded
        for d in found.disagreements:
            agreed = "-" if d.consensus is None else "yes" if d.consensus else "no"
            print("\t".join([str(d.comment_id), d.tag, *("yes" if d.codes[c] else "no" for c in found.coders), agreed]))
