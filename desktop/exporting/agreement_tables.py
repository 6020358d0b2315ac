"""The agreement tables of the exports (the Markdown report's "Agreement" section, the CSV set's
`agreement.csv`): per tag, how far the coders who marked work coded agree over the comments of the
export's scope that all of them marked coded (desktop/store/agreement.py, which leaves out the
consensus coder). None when fewer than two coders marked anything coded: nothing to compare, and
None in an export made in blind coding, which holds only the coder's own work."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .records import ExportReader

if TYPE_CHECKING:
    from desktop.store.agreement import AgreementReport

AGREEMENT_COLUMNS = (
    "tag", "units", "coders", "percent", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "alpha_ci_low",
    "alpha_ci_high", "disagreements",
)  # fmt: skip


def read_agreement(reader: ExportReader) -> AgreementReport | None:
    """Agreement over the reader's scope, its tags pseudonymised as the rest of the export."""
    from desktop.store.agreement import AgreementError, report  # numpy, loaded when used

    scope = reader.scope
    if reader.coder is not None:  # agreement is the others' codes beside the coder's
        return None
    try:
        found = report(reader.db, article_ids=None if scope.whole_library else scope.article_ids)
    except AgreementError:  # fewer than two coders marked work coded
        return None
    p = reader.pseudonymiser
    if p is None:
        return found
    return replace(found, tags=[replace(tag, tag=p.path(tag.tag)) for tag in found.tags],
                   disagreements=[replace(d, tag=p.path(d.tag)) for d in found.disagreements])  # fmt: skip


def agreement_rows(found: AgreementReport | None) -> Iterator[list[Any]]:
    """One row a tag, in AGREEMENT_COLUMNS' order; a figure that is undefined is empty."""
    if found is None:
        return
    for tag in found.tags:
        low, high = tag.alpha_ci if tag.alpha_ci is not None else (None, None)
        yield [tag.tag, tag.units, len(found.coders), tag.percent, tag.cohen_kappa, tag.fleiss_kappa,
               tag.krippendorff_alpha, low, high, len(tag.disagreements)]  # fmt: skip
