"""The suggested label for a claim, with a reason an editor can read."""

from __future__ import annotations

from workbench.analysis.model import Attribution, Claim, Finding

CONFLICT_KINDS = frozenset({"temporal_conflict", "numeric_conflict"})


def suggest_label(claim: Claim, findings: list[Finding]) -> tuple[str, str]:
    """Return (label, reason). Open conflicts override everything else."""
    for finding in findings:
        if finding.kind in CONFLICT_KINDS and claim.seq in (finding.claim_seq, finding.other_claim_seq):
            other = finding.other_claim_seq if finding.claim_seq == claim.seq else finding.claim_seq
            return "contradictory", f"{finding.kind.replace('_', ' ')} with claim {other}"
    return label_from_attribution(claim.attribution)


def label_from_attribution(attribution: Attribution | None) -> tuple[str, str]:
    if attribution is None or not attribution.source:
        return "unverified", "asserted by the article with no source"
    if attribution.source_type == "media":
        return "reported", f"relayed from media: {attribution.source} ({attribution.cue})"
    who = "anonymous source" if attribution.anonymous else "source"
    return "attributed", f"{who} {attribution.source!r} ({attribution.cue})"
