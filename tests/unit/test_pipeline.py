"""The analysis pipeline: stages declared in order, each runnable up to itself."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis.pipeline import STAGES, Document, check_stages, run_stages

TEXT = ("Finance Minister Tamsin Orr resigned on Monday, officials said. "
        "Tamsin Orr resigned last month over the budget row, an aide said.")


def test_every_stage_reads_only_what_earlier_stages_wrote():
    assert check_stages() == []
    swapped = (STAGES[1], STAGES[0], *STAGES[2:])
    assert check_stages(swapped) == ["stage 'claims' reads sentences before any stage writes it"]


def test_running_up_to_a_stage_stops_there():
    doc = run_stages(Document(TEXT, date(2024, 5, 16)), until="times")
    assert [s.text[:7] for s in doc.sentences] == ["Finance", "Tamsin "]
    assert [t.text for t in doc.times] == ["Monday", "last month"]
    assert doc.events is None and doc.findings == []
    assert all(claim.times == [] for claim in doc.claims)  # "claim times" has not run


def test_the_whole_sequence_finds_the_conflict_and_suggests_labels():
    doc = run_stages(Document(TEXT, date(2024, 5, 16)))
    [finding] = doc.findings
    assert finding.kind == "temporal_conflict"
    assert {c.suggested_label for c in doc.claims if c.seq in (finding.claim_seq, finding.other_claim_seq)} == {
        "contradictory"}


def test_an_unknown_stage_name_is_refused():
    with pytest.raises(ValueError, match="no stage named 'tokens'"):
        run_stages(Document(TEXT), until="tokens")
