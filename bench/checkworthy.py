"""Check-worthiness: ROC AUC and precision at 10% on ClaimBuster, beside a baseline in the same run.

Data: ../shared/data/claims_claimbuster_checkworthy_test.jsonl (702 US debate sentences,
labelled check-worthy or not). Baseline: "has a digit, then longer first" — the obvious
cheap signal. The workbench's score (``workbench.analysis.checkworthy``) is a hand-written
rule table, not trained on this set.

    python bench/checkworthy.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.analysis.checkworthy import check_worthiness  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "claims_claimbuster_checkworthy_test.jsonl"


def roc_auc(scores: list[float], labels: list[bool]) -> float:
    """Mann-Whitney: the chance a random positive outranks a random negative (ties count half)."""
    ranked = sorted(zip(scores, labels), key=lambda pair: pair[0])
    rank_sum, index, positives = 0.0, 0, sum(labels)
    while index < len(ranked):
        end = index
        while end < len(ranked) and ranked[end][0] == ranked[index][0]:
            end += 1
        mean_rank = (index + 1 + end) / 2
        rank_sum += mean_rank * sum(1 for _, label in ranked[index:end] if label)
        index = end
    negatives = len(labels) - positives
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def precision_at(scores: list[float], labels: list[bool], fraction: float = 0.1) -> float:
    top = max(1, round(len(scores) * fraction))
    order = sorted(range(len(scores)), key=lambda i: -scores[i])[:top]
    return sum(labels[i] for i in order) / top


def main() -> None:
    import argparse

    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    labels = [bool(r["checkworthy"]) for r in records]
    texts = [r["text"] for r in records]
    ours = [float(check_worthiness(t)[0]) for t in texts]
    baseline = [(1000 if any(ch.isdigit() for ch in t) else 0) + len(t) / 1000 for t in texts]
    print(f"{len(records)} sentences, {sum(labels)} check-worthy (base rate {sum(labels) / len(labels):.2f})")
    print(f"{'scorer':<28}{'ROC AUC':>9}{'P@10%':>8}")
    for name, scores in (("baseline: digit, then length", baseline), ("workbench check_worthiness", ours)):
        print(f"{name:<28}{roc_auc(scores, labels):>9.3f}{precision_at(scores, labels):>8.3f}")


if __name__ == "__main__":
    main()
