"""The development suite of planted contradictions (../shared/data/contradictions_dev.jsonl).

A regression guard on the figures bench/contradictions.py reports: the finder keeps
finding what it found and stays quiet on the look-alike consistent pairs. The rules it
exercises are tested shape by shape, in other words, in test_event_conflicts.py.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import read_shared_jsonl
from workbench.analysis.pipeline import analyse_article

KINDS = {"temporal": "temporal_conflict", "numeric": "numeric_conflict"}


def _links(record: dict) -> tuple[list, dict[tuple[int, int], set[str]]]:
    published = date.fromisoformat(record["published"]) if record["published"] else None
    analysis = analyse_article(record["text"], published)
    links: dict[tuple[int, int], set[str]] = {}
    for f in analysis.findings:
        other = f.other_claim_seq if f.other_claim_seq is not None else f.claim_seq
        links.setdefault(tuple(sorted((f.claim_seq, other))), set()).add(f.kind)
    return analysis.claims, links


def _claims_over(text: str, claims: list, phrase: str) -> set[int]:
    start = text.index(phrase)
    return {c.seq for c in claims if c.start < start + len(phrase) and start < c.end}


def _linked(text, claims, links, a, b) -> set[str]:
    left, right = _claims_over(text, claims, a), _claims_over(text, claims, b)
    return {k for (x, y), kinds in links.items() if (x in left and y in right) or (y in left and x in right)
            for k in kinds}


def test_planted_conflicts_are_found_and_look_alikes_stay_quiet():
    found = planted = alarms = consistent = 0
    for record in read_shared_jsonl("contradictions_dev.jsonl"):
        claims, links = _links(record)
        text = record["text"]
        planted_pairs = set()
        for conflict in record["conflicts"]:
            planted += 1
            kinds = _linked(text, claims, links, conflict["a"], conflict["b"])
            found += KINDS[conflict["kind"]] in kinds
            left, right = _claims_over(text, claims, conflict["a"]), _claims_over(text, claims, conflict["b"])
            planted_pairs |= {tuple(sorted((x, y))) for x in left for y in right}
        quiet_links = {pair: kinds for pair, kinds in links.items() if pair not in planted_pairs}
        for pair in record["consistent"]:
            consistent += 1
            alarms += bool(_linked(text, claims, quiet_links, pair["a"], pair["b"]))
    assert (planted, consistent) == (40, 121)
    assert found >= 34, f"found {found} of 40 planted conflicts"
    assert alarms <= 2, f"{alarms} false alarms on {consistent} consistent pairs"
