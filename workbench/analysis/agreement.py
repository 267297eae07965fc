"""Inter-reviewer agreement over labelled judgements: pure functions over plain mappings.

``judgements`` maps a claim id to ``{reviewer: label}``. Per pair of reviewers: the claims both
labelled, the observed agreement, Cohen's kappa and the confusion table (rows: the first
reviewer's labels, columns: the second's). Across every reviewer: Krippendorff's alpha for
nominal data, computed by the ``krippendorff`` package over the reviewers x claims matrix.

Cohen's kappa = (p_o - p_e) / (1 - p_e), with p_o the share of shared claims labelled alike
and p_e = sum over labels of (share of the first reviewer's labels) x (share of the second's).
When both reviewers used one and the same label throughout, p_e = 1 and kappa is undefined (None).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations


@dataclass(frozen=True, slots=True)
class PairAgreement:
    first: str
    second: str
    shared: int
    agreed: int
    observed: float | None  # share of shared claims labelled alike; None with nothing shared
    kappa: float | None
    # confusion[a][b]: claims the first reviewer labelled a and the second b
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "reviewers": [self.first, self.second], "shared_claims": self.shared, "agreed": self.agreed,
            "observed_agreement": self.observed, "cohen_kappa": self.kappa, "confusion": self.confusion,
        }


@dataclass(frozen=True, slots=True)
class Agreement:
    reviewers: tuple[str, ...]
    claims: int  # claims with at least two labelled judgements
    pairs: tuple[PairAgreement, ...]
    alpha: float | None  # Krippendorff's alpha (nominal); None when it is undefined

    def to_json(self) -> dict[str, object]:
        return {
            "reviewers": list(self.reviewers), "claims_judged_twice": self.claims,
            "krippendorff_alpha": self.alpha, "pairs": [pair.to_json() for pair in self.pairs],
        }


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of (first, second) label pairs; None when undefined (nothing shared, p_e = 1)."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(1 for a, b in pairs if a == b) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[label] * second[label] for label in first) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def pair_agreement(first: str, second: str, judgements: Mapping[int, Mapping[str, str]],
                   labels: Sequence[str]) -> PairAgreement:
    pairs = [(by[first], by[second]) for by in judgements.values() if first in by and second in by]
    confusion = {a: {b: 0 for b in labels} for a in labels}
    for a, b in pairs:
        confusion.setdefault(a, {b2: 0 for b2 in labels}).setdefault(b, 0)
        confusion[a][b] += 1
    agreed = sum(1 for a, b in pairs if a == b)
    return PairAgreement(first, second, len(pairs), agreed, agreed / len(pairs) if pairs else None,
                         cohen_kappa(pairs), confusion)


def krippendorff_alpha(judgements: Mapping[int, Mapping[str, str]], reviewers: Sequence[str],
                       labels: Sequence[str]) -> float | None:
    """Krippendorff's alpha (nominal) by the ``krippendorff`` package; None when undefined
    (fewer than two values to compare, or one label only)."""
    import math

    import krippendorff
    import numpy as np

    codes = {label: i for i, label in enumerate(labels)}
    units = [by for by in judgements.values() if len(by) >= 2]
    if not units or len({label for by in units for label in by.values()}) < 2:
        return None
    matrix = np.full((len(reviewers), len(units)), np.nan)
    for column, by in enumerate(units):
        for row, reviewer in enumerate(reviewers):
            if reviewer in by:
                matrix[row, column] = codes[by[reviewer]]
    value = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal",
                                     value_domain=list(range(len(labels)))))
    return None if math.isnan(value) else value


def agreement(judgements: Mapping[int, Mapping[str, str]], labels: Sequence[str]) -> Agreement:
    """Every pair's figures and alpha across all reviewers, from each claim's labels by reviewer."""
    labels = list(labels) + sorted({lab for by in judgements.values() for lab in by.values()} - set(labels))
    reviewers = tuple(sorted({reviewer for by in judgements.values() for reviewer in by}))
    pairs = tuple(pair_agreement(a, b, judgements, labels) for a, b in combinations(reviewers, 2))
    return Agreement(
        reviewers,
        sum(1 for by in judgements.values() if len(by) >= 2),
        tuple(pair for pair in pairs if pair.shared),
        krippendorff_alpha(judgements, reviewers, labels),
    )
