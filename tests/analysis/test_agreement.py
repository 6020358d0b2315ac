"""The agreement statistics against published worked examples and a reference implementation."""

from __future__ import annotations

import random

import krippendorff
import numpy as np
import pytest

from desktop.analysis import agreement

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
# twelve units, values 1-5, missing data (None). Rows are units here, columns observers A-D.
KRIPPENDORFF_2011 = [
    [1, 1, None, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [None, 5, 5, 5], [None, None, 1, 1], [None, 3, None, None],
]  # fmt: skip


def reference_alpha(matrix: list[list[object]]) -> float:
    """The `krippendorff` package's nominal alpha (coders in rows, NaN for missing)."""
    data = np.array([[np.nan if v is None else float(v) for v in unit] for unit in matrix], dtype=float).T
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def test_krippendorffs_own_example_gives_nominal_alpha_0_743() -> None:
    """Krippendorff (2011), section C, the nominal alpha of his reliability data matrix: 0.743."""
    alpha = agreement.krippendorff_alpha(KRIPPENDORFF_2011)
    assert alpha is not None and round(alpha, 3) == 0.743
    assert alpha == pytest.approx(reference_alpha(KRIPPENDORFF_2011), abs=1e-9)


def test_fleiss_kappa_worked_example() -> None:
    """The worked example of the Wikipedia article "Fleiss' kappa" (Fleiss 1971's formulas): ten
    subjects, fourteen raters, five categories; P-bar 0.378, P-e 0.213, kappa 0.210."""
    counts = [
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ]  # fmt: skip
    table = [dict(enumerate(row)) for row in counts]
    kappa = agreement.fleiss_kappa_of_counts(table)
    assert kappa is not None and round(kappa, 3) == 0.210
    matrix = [[c for c, n in enumerate(row) for _ in range(n)] for row in counts]  # the same as ratings
    assert agreement.fleiss_kappa(matrix) == pytest.approx(kappa, abs=1e-12)


def test_cohen_kappa_textbook_example() -> None:
    """The textbook example of the Wikipedia article "Cohen's kappa": fifty grant proposals read
    by two readers, yes/yes 20, yes/no 5, no/yes 10, no/no 15: po 0.7, pe 0.5, kappa 0.4."""
    first = ["yes"] * 25 + ["no"] * 25
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert agreement.cohen_kappa(first, second) == pytest.approx(0.4, abs=1e-12)
    assert agreement.percent_agreement(list(zip(first, second, strict=True))) == pytest.approx(0.7)


def direct_cohen(first: list[object], second: list[object]) -> float:
    pairs = [(a, b) for a, b in zip(first, second, strict=True) if a is not None and b is not None]
    n = len(pairs)
    values = {v for pair in pairs for v in pair}
    po = sum(a == b for a, b in pairs) / n
    pe = sum((sum(a == v for a, _ in pairs) / n) * (sum(b == v for _, b in pairs) / n) for v in values)
    return (po - pe) / (1 - pe)


@pytest.mark.parametrize("seed", range(20))
def test_random_binary_codings_with_missing_data_equal_the_reference(seed: int) -> None:
    chance = random.Random(seed)
    coders = chance.randint(2, 5)
    matrix = [[chance.choice([True, False, True, None]) for _ in range(coders)] for _ in range(chance.randint(5, 60))]
    alpha = agreement.krippendorff_alpha(matrix)
    if alpha is not None:
        assert alpha == pytest.approx(reference_alpha(matrix), abs=1e-9)
    kappa = agreement.cohen_kappa([u[0] for u in matrix], [u[1] for u in matrix])
    if kappa is not None:
        assert kappa == pytest.approx(direct_cohen([u[0] for u in matrix], [u[1] for u in matrix]), abs=1e-9)


def test_perfect_zero_and_undefined_agreement() -> None:
    perfect = [[True, True], [False, False], [True, True]]
    assert agreement.krippendorff_alpha(perfect) == pytest.approx(1.0)
    assert agreement.cohen_kappa(*zip(*perfect, strict=True)) == pytest.approx(1.0)
    assert agreement.fleiss_kappa(perfect) == pytest.approx(1.0)
    assert agreement.percent_agreement(perfect) == 1.0
    opposite = [[True, False], [False, True]]
    assert agreement.percent_agreement(opposite) == 0.0
    assert agreement.cohen_kappa(*zip(*opposite, strict=True)) == pytest.approx(-1.0)
    assert agreement.krippendorff_alpha(opposite) == pytest.approx(reference_alpha(opposite), abs=1e-9)
    unused = [[False, False], [False, False]]  # a tag no one used: no variation, nothing to measure
    assert agreement.krippendorff_alpha(unused) is None
    assert agreement.cohen_kappa(*zip(*unused, strict=True)) is None
    assert agreement.fleiss_kappa(unused) is None
    assert agreement.percent_agreement(unused) == 1.0
    assert agreement.krippendorff_alpha([[True, None], [None, False]]) is None  # nothing pairable
    assert agreement.percent_agreement([]) is None


def test_the_alpha_interval_is_seeded_and_holds_alpha() -> None:
    interval = agreement.alpha_interval(KRIPPENDORFF_2011)
    assert interval is not None and interval == agreement.alpha_interval(KRIPPENDORFF_2011)
    low, high = interval
    assert low <= 0.743 <= high <= 1.0
    assert agreement.alpha_interval(KRIPPENDORFF_2011, seed=1) != interval
    assert agreement.alpha_interval([[True, True]]) is None
    perfect = [[True, True], [False, False]] * 10
    assert agreement.alpha_interval(perfect) == (1.0, 1.0)


def test_each_resample_of_the_interval_is_the_alpha_of_the_units_drawn() -> None:
    """The interval weighs each unit's part of alpha by how often a resample drew it: the same as
    computing alpha anew on the units each resample drew (the same draws, one chunk of 100)."""
    chance = random.Random(7)
    matrix = [[chance.choice([1, 2, 3, None]) for _ in range(4)] for _ in range(40)]
    pairable = [unit for unit in matrix if sum(v is not None for v in unit) >= 2]
    draws = np.random.default_rng(5).integers(0, len(pairable), size=(100, len(pairable)))
    alphas = [agreement.krippendorff_alpha([pairable[i] for i in row]) for row in draws]
    expected = np.quantile([a for a in alphas if a is not None], [0.025, 0.975])
    interval = agreement.alpha_interval(matrix, samples=100, seed=5)
    assert interval is not None and interval == pytest.approx(tuple(expected), abs=1e-9)


def test_span_agreement_with_and_without_uncoded_text() -> None:
    """Two coders on a text of 100 characters: one codes 0-10, the other 5-15. Of the 15 coded
    characters 5 agree (1/3); counting the 85 uncoded ones both left alone, 90 of 100 agree."""
    result = agreement.span_agreement([(100, [[(0, 10)], [(5, 15)]])])
    assert result.coded_only == pytest.approx(1 / 3)
    assert result.with_uncoded == pytest.approx(0.9)
    assert agreement.span_agreement([(10, [[], []])]).coded_only is None
    three = agreement.span_agreement([(4, [[(0, 2)], [(0, 2), (3, 9)], [(0, 1)]])])
    assert (three.coded_characters, three.agreed_coded, three.agreed_total) == (3, 1, 2)
