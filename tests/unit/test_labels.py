"""Suggested labels and the reasons an editor reads."""

from __future__ import annotations

from workbench.analysis.labels import label_from_attribution, suggest_label
from workbench.analysis.model import Attribution, Claim, Finding


def _claim(seq: int, attribution: Attribution | None) -> Claim:
    return Claim(seq=seq, start=0, end=1, text="x", sentence_index=0, attribution=attribution)


def test_media_source_is_reported_with_its_chain() -> None:
    label, reason = label_from_attribution(
        Attribution(source="Sputnik", cue="reported", source_type="media", chain=["Sputnik", "Mohammad Naeem (tweet)"])
    )
    assert label == "reported"
    assert reason == "relayed by media: Sputnik quoting Mohammad Naeem (tweet) ('reported')"


def test_people_documents_and_unnamed_sources_are_attributed() -> None:
    assert label_from_attribution(Attribution(source="officials", cue="said", source_type="anonymous", anonymous=True)) == (
        "attributed",
        "unnamed source 'officials' ('said')",
    )
    assert label_from_attribution(Attribution(source="the readout", cue="said", source_type="document"))[0] == "attributed"
    assert label_from_attribution(Attribution(source="the statistics office", cue="reported", source_type="organisation")) == (
        "attributed",
        "organisation 'the statistics office' ('reported')",
    )


def test_no_source_is_unverified_unless_hedged_as_reported() -> None:
    assert label_from_attribution(None) == ("unverified", "asserted by the article with no source")
    assert label_from_attribution(Attribution(hedges=["allegedly"]))[0] == "unverified"
    assert label_from_attribution(Attribution(hedges=["reportedly"]))[0] == "reported"


def test_open_conflict_overrides_the_attribution() -> None:
    attributed = _claim(8, Attribution(source="a readout", cue="said", source_type="document"))
    conflict = Finding(kind="temporal_conflict", claim_seq=8, other_claim_seq=9, explanation="...")
    duplicate = Finding(kind="duplicate", claim_seq=8, other_claim_seq=None, explanation="...")
    assert suggest_label(attributed, [duplicate, conflict]) == ("contradictory", "temporal conflict with claim 9")
    assert suggest_label(attributed, [duplicate])[0] == "attributed"
    assert suggest_label(_claim(9, None), [conflict]) == ("contradictory", "temporal conflict with claim 8")
