"""Check-worthiness: the rules, their reasons, and the measure on ClaimBuster beside a baseline."""

from __future__ import annotations

from tests.conftest import read_shared_jsonl
from workbench.analysis.checkworthy import check_worthiness


def test_statistics_and_comparisons_outrank_opinions_and_predictions() -> None:
    stats, reasons = check_worthiness("Unemployment fell to 4.2% in March, the lowest rate since 2001.")
    opinion, _ = check_worthiness("I think we should be proud of what we have done.")
    promise, _ = check_worthiness("We will make this country great again.")
    assert stats > 80 > 40 > max(opinion, promise)
    assert "+ a figure" in reasons and "+ a comparison or change" in reasons


def test_a_finding_and_an_unnamed_source_raise_the_score_and_say_so() -> None:
    plain, _ = check_worthiness("The minister met the ambassador in Kabul.")
    flagged, reasons = check_worthiness("The minister met the ambassador in Kabul.",
                                        {"source": "officials", "anonymous": True}, has_finding=True)
    assert flagged > plain
    assert reasons[0].startswith("+ a finding") and "+ an unnamed source" in reasons


def test_claimbuster_auc_beats_the_digit_baseline() -> None:
    from bench.checkworthy import precision_at, roc_auc

    records = list(read_shared_jsonl("claims_claimbuster_checkworthy_test.jsonl"))
    labels = [bool(r["checkworthy"]) for r in records]
    ours = [float(check_worthiness(r["text"])[0]) for r in records]
    baseline = [(1000 if any(ch.isdigit() for ch in r["text"]) else 0) + len(r["text"]) / 1000 for r in records]
    assert roc_auc(ours, labels) > roc_auc(baseline, labels) + 0.03
    assert precision_at(ours, labels) >= precision_at(baseline, labels)


def test_detail_context_is_whole_sentences_never_cut_mid_word() -> None:
    from workbench.store.queries import _context_after, _context_before

    body = ("Alpha beta gamma. " * 40) + "THE CLAIM IS HERE." + (" Delta epsilon zeta." * 40)
    start = body.index("THE CLAIM")
    end = start + len("THE CLAIM IS HERE.")
    before, after = _context_before(body, start), _context_after(body, end)
    assert before.startswith("Alpha ") and before.endswith("gamma. ")
    assert after.startswith(" Delta") and after.endswith("zeta.")
    assert len(before) <= 400 and len(after) <= 400
