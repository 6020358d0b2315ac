"""Agreement between coders on a library (`glossa agreement`): the units every chosen coder marked
coded, read through store/coders.py, measured by desktop/analysis/agreement.py.

At the comment level a unit is a comment, and for each tag each coder's value is whether they
put the tag on it. At the span level each coder's highlights with the tag are compared character
by character over the same comments. It reads only through the store's functions, which run on
both engines.

"consensus" is a coder of its own: `adjudicate` records the code the coders agreed on for a
comment and a tag as its (a tag link, or none, and its coded mark on that comment alone, not the
replies below it), exportable like any coder's work. Agreement leaves it out unless it is asked
for by name; then its units are the comments it adjudicated (and whole articles it marked).

Its coded mark says the consensus coded the whole comment, every tag, so the first adjudication
of a comment also gives the consensus the tags every compared coder put on it (the agreed codes
no one adjudicates); without them the comment would read as the consensus leaving those tags off.
A tag the coders differ on that is not adjudicated yet reads as the consensus's "no" there until
it is (the Agreed column shows it so)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from peewee import Database

from desktop.analysis import agreement as stats
from desktop.texts import QT_TRANSLATE_NOOP

from . import annotations as ann
from . import coders
from .annotations import tag_tree
from .dialect import execute, of
from .errors import StoreError

CONSENSUS = "consensus"  # the coder adjudication records the agreed codes as


@dataclass(frozen=True)
class TagAgreement:
    tag: str
    units: int
    percent: float | None
    cohen_kappa: float | None  # two coders only
    fleiss_kappa: float | None
    krippendorff_alpha: float | None
    alpha_ci: tuple[float, float] | None
    disagreements: list[int] = field(default_factory=list)  # comment ids


@dataclass(frozen=True)
class SpanTagAgreement:
    tag: str
    units: int
    coded_only: float | None  # over the characters at least one coder coded
    with_uncoded: float | None  # over every character of the comments
    coded_characters: int
    total_characters: int


@dataclass(frozen=True)
class Disagreement:
    comment_id: int
    tag: str
    codes: dict[str, bool]  # coder name -> applied the tag
    article_id: int | None = None  # where the comment is, to open it
    tag_id: int | None = None
    consensus: bool | None = None  # what adjudication recorded; None: not adjudicated yet


@dataclass(frozen=True)
class AgreementReport:
    coders: list[str]
    units: list[int]  # the comments every coder marked coded
    tags: list[TagAgreement]
    spans: list[SpanTagAgreement]
    disagreements: list[Disagreement]


class AgreementError(StoreError, ValueError):
    """Coders or tags that cannot be compared (named for the command line)."""


def _choose_coders(db: Database, names: list[str] | None) -> list[coders.CoderInfo]:
    if not names:
        return [c for c in coders.coders_with_marks(db) if c.name != CONSENSUS]
    chosen = []
    for name in names:
        coder = coders.find_coder(db, name)
        if coder is None:
            raise AgreementError(f"there is no coder called {name!r}")
        chosen.append(coders.CoderInfo(coder, coders.coder_name(db, coder)))
    return chosen


def report(db: Database, tag_paths: list[str] | None = None, coder_names: list[str] | None = None,
           spans: bool = False, article_ids: Collection[int] | None = None) -> AgreementReport:  # fmt: skip
    """Agreement per tag over the comments every chosen coder (default: every coder who marked
    anything coded) marked coded, for the chosen tags (default: every tag; each counts alone, not
    with its subtags), and with `spans` agreement over the characters of their highlights. With
    `article_ids`, only the comments of those articles count (an export's scope)."""
    chosen = _choose_coders(db, coder_names)
    if len(chosen) < 2:
        raise AgreementError("agreement needs at least two coders who marked work coded")
    ids = [c.id for c in chosen]
    paths = {tag.path: tag.id for tag in tag_tree(db)}
    if tag_paths:
        missing = [p for p in tag_paths if p not in paths]
        if missing:
            raise AgreementError(f"there is no tag {missing[0]!r}")
        paths = {p: paths[p] for p in tag_paths}
    consensus = coders.find_coder(db, CONSENSUS)
    units = sorted(set.intersection(*(
        _adjudicated(db, coder) if coder == consensus else ann.coded_comments(db, coder) for coder in ids)))
    articles = coders.articles_of(db, units)
    if article_ids is not None:
        wanted = set(article_ids)
        units = [unit for unit in units if articles.get(unit) in wanted]
    codes = coders.comment_codes(db, units, ids)
    tags: list[TagAgreement] = []
    disagreements: list[Disagreement] = []
    span_results: list[SpanTagAgreement] = []
    for path, tag_id in paths.items():
        matrix = [[tag_id in codes.get((unit, coder), set()) for coder in ids] for unit in units]
        differing = [unit for unit, row in zip(units, matrix, strict=True) if len(set(row)) > 1]
        tags.append(TagAgreement(
            path, len(units), stats.percent_agreement(matrix),
            stats.cohen_kappa([r[0] for r in matrix], [r[1] for r in matrix]) if len(ids) == 2 else None,
            stats.fleiss_kappa(matrix), stats.krippendorff_alpha(matrix), stats.alpha_interval(matrix), differing))
        decided = decisions(db, [(unit, tag_id) for unit in differing])
        disagreements += [
            Disagreement(unit, path, {c.name: tag_id in codes.get((unit, c.id), set()) for c in chosen},
                         articles.get(unit), tag_id, decided.get((unit, tag_id)))
            for unit in differing
        ]
        if spans:
            found = stats.span_agreement(coders.comment_spans(db, units, ids, tag_id))
            span_results.append(SpanTagAgreement(path, len(units), found.coded_only, found.with_uncoded,
                                                 found.coded_characters, found.total_characters))
    return AgreementReport([c.name for c in chosen], units, tags, span_results, disagreements)


# -- adjudication ------------------------------------------------------------------------------


def _adjudicated(db: Database, coder: int) -> set[int]:
    """The consensus coder's units: the comments it marked one by one (its mark does not reach
    the replies, which no one adjudicated) and every comment of an article it marked."""
    return {int(r[0]) for r in execute(
        db, "SELECT comment_id FROM coded WHERE coder_id = ? AND comment_id IS NOT NULL"
        " UNION SELECT c.id FROM coded d JOIN comment c ON c.article_id = d.article_id WHERE d.coder_id = ?",
        (coder, coder))}  # fmt: skip


def decisions(db: Database, units: list[tuple[int, int]]) -> dict[tuple[int, int], bool]:
    """(comment, tag) -> the code adjudication recorded for it, for those of `units` adjudicated."""
    consensus = coders.find_coder(db, CONSENSUS)
    if consensus is None or not units:
        return {}
    comments = sorted({comment for comment, _tag in units})
    dialect = of(db)
    marked = _adjudicated(db, consensus) & set(comments)
    tagged = {(int(c), int(t)) for c, t in execute(
        db, f"SELECT comment_id, tag_id FROM comment_tag WHERE coder_id = ? AND comment_id {dialect.in_ids}",
        (consensus, dialect.ids(comments)))}  # fmt: skip
    return {(c, t): (c, t) in tagged for c, t in units if c in marked}


def adjudicate(db: Database, comment_id: int, tag_id: int, agreed: bool,
               coder_names: list[str] | None = None) -> ann.Change:  # fmt: skip
    """Record the agreed code for a comment and a tag as the consensus coder's (made at the first
    adjudication): the tag on the comment or not, and the comment marked coded by it; at the
    comment's first adjudication also the tags the compared coders (`coder_names`; default: every
    coder who marked it coded) all put on it. One Change, undone as one step."""
    with db.atomic():
        consensus = coders.coder_id(db, CONSENSUS)
        adopted = ([] if comment_id in _adjudicated(db, consensus)
                   else _adopt_agreed(db, consensus, comment_id, tag_id, coder_names))  # fmt: skip
        link = (ann.tag_comments if agreed else ann.untag_comments)(db, tag_id, [comment_id], coder=consensus)
        mark = ann.set_coded(db, ("comment", comment_id), coder=consensus)
        label = (QT_TRANSLATE_NOOP("Agreement", "Agree on {tag}: has it") if agreed
                 else QT_TRANSLATE_NOOP("Agreement", "Agree on {tag}: has it not")).format(
            tag=ann.tag_path(db, tag_id))  # fmt: skip
    return _joined(label, *adopted, link, mark)


def _adopt_agreed(db: Database, consensus: int, comment_id: int, decided: int,
                  names: list[str] | None) -> list[ann.Change]:  # fmt: skip
    """The consensus takes the tags every compared coder who marked the comment coded put on it
    (but the tag being decided): its coding of the comment is then whole."""
    chosen = [c.id for c in _choose_coders(db, names) if c.id != consensus]
    marked = [coder for coder in chosen if comment_id in ann.coded_comments(db, coder)]
    if not marked:
        return []
    codes = coders.comment_codes(db, [comment_id], marked)
    agreed = set.intersection(*(codes.get((comment_id, coder), set()) for coder in marked)) - {decided}
    return [ann.tag_comments(db, tag, [comment_id], coder=consensus) for tag in sorted(agreed)]


def _joined(label: str, *changes: ann.Change) -> ann.Change:
    """One change that takes the rows from before the first to after the last."""
    before: dict[str, dict[int, Any]] = {}
    after: dict[str, dict[int, Any]] = {}
    for change in changes:
        for table, rows in change.before.items():
            before[table] = {**rows, **before.get(table, {})}
        for table, rows in change.after.items():
            after[table] = {**after.get(table, {}), **rows}
    return ann.Change(label, before, after)
