"""Inter-coder agreement, pure: no Qt, no database.

The data is a reliability matrix: for each unit (a comment), each coder's value, or None when
the coder did not code that unit (missing data). For one tag at the comment level the values are
True (the coder applied the tag) and False (the coder finished the comment without it).

- `percent_agreement`: the share of agreeing pairs of coders, over the units at least two coded.
- `cohen_kappa`: two coders, over the units both coded (Cohen 1960).
- `fleiss_kappa`: any number of coders, over the units every coder coded (Fleiss 1971).
- `krippendorff_alpha`: nominal, any number of coders, missing data allowed (Krippendorff 2011,
  "Computing Krippendorff's Alpha-Reliability"), with `alpha_interval`: a bootstrap over units,
  seeded, so the same data gives the same interval.

No Qt and no database; numpy for the bootstrap.
- `span_agreement`: agreement over characters for spans (highlights) of two or more coders.

A statistic is None where it is undefined: too few units, or no variation at all (everyone gave
every unit the same value, which leaves chance agreement at 1)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np

Value = Hashable
Matrix = Sequence[Sequence[Value | None]]  # units x coders


def _values(unit: Sequence[Value | None]) -> list[Value]:
    return [v for v in unit if v is not None]


def percent_agreement(matrix: Matrix) -> float | None:
    """Agreeing pairs of coders over all pairs, pooled over the units at least two coders coded
    (for two coders: the share of units they agree on)."""
    agreeing = pairs = 0
    for unit in matrix:
        values = _values(unit)
        for a, b in combinations(values, 2):
            pairs += 1
            agreeing += a == b
    return agreeing / pairs if pairs else None


def cohen_kappa(first: Sequence[Value | None], second: Sequence[Value | None]) -> float | None:
    """Cohen's kappa of two coders' values, over the units both coded: (po - pe) / (1 - pe)."""
    paired = [(a, b) for a, b in zip(first, second, strict=True) if a is not None and b is not None]
    if not paired:
        return None
    n = len(paired)
    observed = sum(a == b for a, b in paired) / n
    left, right = Counter(a for a, _ in paired), Counter(b for _, b in paired)
    expected = sum(left[c] * right[c] for c in left) / (n * n)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def fleiss_kappa(matrix: Matrix) -> float | None:
    """Fleiss' kappa over the units every coder coded (it needs the same number of ratings per
    unit); at least two coders."""
    complete = [list(unit) for unit in matrix if unit and all(v is not None for v in unit)]
    if not complete or len(complete[0]) < 2:
        return None
    return fleiss_kappa_of_counts([Counter(unit) for unit in complete])


def fleiss_kappa_of_counts(table: Sequence[Mapping[Value, int]]) -> float | None:
    """Fleiss' kappa from counts: for each unit, how many coders gave each value (each unit
    the same number of coders)."""
    if not table:
        return None
    raters = sum(table[0].values())
    if raters < 2 or any(sum(row.values()) != raters for row in table):
        return None
    units = len(table)
    agreement = sum((sum(c * c for c in row.values()) - raters) / (raters * (raters - 1)) for row in table) / units
    totals: Counter[Value] = Counter()
    for row in table:
        totals.update(row)
    expected = sum((count / (units * raters)) ** 2 for count in totals.values())
    return None if expected == 1 else (agreement - expected) / (1 - expected)


def krippendorff_alpha(matrix: Matrix) -> float | None:
    """Krippendorff's alpha for nominal values, from the coincidence matrix: units with fewer
    than two values are not pairable and count for nothing; alpha = 1 - Do / De."""
    coincidences: dict[tuple[Value, Value], float] = {}
    for unit in matrix:
        values = _values(unit)
        m = len(values)
        if m < 2:
            continue
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    coincidences[(a, b)] = coincidences.get((a, b), 0.0) + 1 / (m - 1)
    totals: dict[Value, float] = {}
    for (a, _), weight in coincidences.items():
        totals[a] = totals.get(a, 0.0) + weight
    n = sum(totals.values())
    if n <= 1:
        return None
    disagreement = sum(w for (a, b), w in coincidences.items() if a != b)
    expected = (n * n - sum(t * t for t in totals.values())) / (n - 1)
    if expected == 0:
        return None
    return 1 - disagreement / expected


def alpha_interval(
    matrix: Matrix, samples: int = 1000, seed: int = 20261206, level: float = 0.95
) -> tuple[float, float] | None:
    """A bootstrap interval for alpha: the pairable units resampled with replacement `samples`
    times (seeded: the same data gives the same interval), the percentiles of the alphas that are
    defined. None when fewer than two units are pairable. Each unit's part of alpha is counted
    once, so a resample costs a weighted sum (numpy), not a new coincidence matrix."""
    units = [_values(unit) for unit in matrix if len(_values(unit)) >= 2]
    if len(units) < 2:
        return None
    values = sorted({v for unit in units for v in unit}, key=repr)
    index = {v: i for i, v in enumerate(values)}
    counts = np.zeros((len(units), len(values)))  # unit x value: how many coders gave it
    for row, unit in enumerate(units):
        for v in unit:
            counts[row, index[v]] += 1
    pairable = counts.sum(axis=1)
    disagreement = (pairable ** 2 - (counts ** 2).sum(axis=1)) / (pairable - 1)  # each unit's off-diagonal mass
    chance = np.random.default_rng(seed)
    alphas: list[float] = []
    for chunk in range(0, samples, 100):  # weights of 100 resamples at a time: bounded memory
        size = min(100, samples - chunk)
        picks = chance.integers(0, len(units), size=(size, len(units)))
        weights = np.zeros((size, len(units)))
        np.add.at(weights, (np.arange(size)[:, None], picks), 1)
        n = weights @ pairable
        expected = (n ** 2 - ((weights @ counts) ** 2).sum(axis=1)) / (n - 1)
        observed = weights @ disagreement
        defined = expected > 0
        alphas += (1 - observed[defined] / expected[defined]).tolist()
    if not alphas:
        return None
    low, high = np.quantile(alphas, [(1 - level) / 2, 1 - (1 - level) / 2])
    return float(low), float(high)


# --------------------------------------------------------------------------------------------
# Spans


@dataclass(frozen=True)
class SpanAgreement:
    """Agreement over characters for one tag: of the characters at least one coder coded, the
    share every coder coded alike (`coded_only`, NVivo's view without uncoded text); and of all
    the characters of the texts, the share where every coder agrees, coded or not
    (`with_uncoded`, which uncoded text inflates)."""

    coded_characters: int
    agreed_coded: int
    total_characters: int
    agreed_total: int

    @property
    def coded_only(self) -> float | None:
        return self.agreed_coded / self.coded_characters if self.coded_characters else None

    @property
    def with_uncoded(self) -> float | None:
        return self.agreed_total / self.total_characters if self.total_characters else None


def span_agreement(texts: Iterable[tuple[int, Sequence[Iterable[tuple[int, int]]]]]) -> SpanAgreement:
    """Texts as (length, each coder's spans [(start, end), ...] on it, end exclusive); a
    character agrees when every coder coded it, or none did."""
    coded = agreed_coded = total = agreed_total = 0
    for length, coders in texts:
        marks = [_covered(spans, length) for spans in coders]
        for position in range(length):
            votes = sum(mark[position] for mark in marks)
            alike = votes in (0, len(marks))
            total += 1
            agreed_total += alike
            if votes:
                coded += 1
                agreed_coded += alike
    return SpanAgreement(coded, agreed_coded, total, agreed_total)


def _covered(spans: Iterable[tuple[int, int]], length: int) -> bytearray:
    marks = bytearray(length)
    for start, end in spans:
        start, end = max(0, start), min(length, end)
        if start < end:
            marks[start:end] = b"\x01" * (end - start)
    return marks
