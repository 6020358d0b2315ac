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
- `span_agreement`: agreement over characters for spans (highlights) of two or more coders.

A statistic is None where it is undefined: too few units, or no variation at all (everyone gave
every unit the same value, which leaves chance agreement at 1)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

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
    """A bootstrap interval for alpha: the units resampled with replacement `samples` times
    (seeded: the same data gives the same interval), the percentiles of the alphas that are
    defined. None when fewer than two units are pairable."""
    units = [unit for unit in matrix if len(_values(unit)) >= 2]
    if len(units) < 2:
        return None
    chance = random.Random(seed)
    alphas = sorted(
        a for a in (krippendorff_alpha([chance.choice(units) for _ in units]) for _ in range(samples))
        if a is not None
    )
    if not alphas:
        return None
    tail = (1 - level) / 2
    return _percentile(alphas, tail), _percentile(alphas, 1 - tail)


def _percentile(ordered: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


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
