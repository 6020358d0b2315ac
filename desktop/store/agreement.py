"""Agreement between coders on a library (`glossa agreement`): the units every chosen coder marked
coded, read through store/coders.py, measured by desktop/analysis/agreement.py.

At the comment level a unit is a comment, and for each tag each coder's value is whether they
put the tag on it. At the span level each coder's highlights with the tag are compared character
by character over the same comments. It reads only through the store's functions, which run on
both engines."""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import Database

from desktop.analysis import agreement as stats

from . import coders
from .annotations import tag_tree
from .errors import StoreError


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
        return coders.coders_with_marks(db)
    chosen = []
    for name in names:
        coder = coders.find_coder(db, name)
        if coder is None:
            raise AgreementError(f"there is no coder called {name!r}")
        chosen.append(coders.CoderInfo(coder, coders.coder_name(db, coder)))
    return chosen


def report(db: Database, tag_paths: list[str] | None = None, coder_names: list[str] | None = None,
           spans: bool = False) -> AgreementReport:  # fmt: skip
    """Agreement per tag over the comments every chosen coder (default: every coder who marked
    anything coded) marked coded, for the chosen tags (default: every tag; each counts alone, not
    with its subtags), and with `spans` agreement over the characters of their highlights."""
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
    units = coders.shared_comments(db, ids)
    articles = coders.articles_of(db, units)
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
        disagreements += [
            Disagreement(unit, path, {c.name: tag_id in codes.get((unit, c.id), set()) for c in chosen},
                         articles.get(unit))
            for unit in differing
        ]
        if spans:
            found = stats.span_agreement(coders.comment_spans(db, units, ids, tag_id))
            span_results.append(SpanTagAgreement(path, len(units), found.coded_only, found.with_uncoded,
                                                 found.coded_characters, found.total_characters))
    return AgreementReport([c.name for c in chosen], units, tags, span_results, disagreements)
