"""The suggested label for a claim, with a reason an editor can read.

- contradictory: an open temporal or numeric conflict involves the claim (overrides all);
- reported: the source is media (an outlet, "media reports"), or any hop of its chain is
  ("the mayor said, citing the Courier"), or the claim is hedged "reportedly" with no source named;
- attributed: a person, organisation, document or unnamed source is named;
- unverified: the article asserts it with no source.
"""

from __future__ import annotations

from workbench.analysis.model import Attribution, Claim, Finding

CONFLICT_KINDS = frozenset({"temporal_conflict", "numeric_conflict"})
_REPORT_HEDGES = frozenset({"reportedly", "is reported to", "are reported to", "was reported to"})


def suggest_label(claim: Claim, findings: list[Finding]) -> tuple[str, str]:
    """Return (label, reason). Open conflicts override everything else."""
    for finding in findings:
        if finding.kind in CONFLICT_KINDS and claim.seq in (finding.claim_seq, finding.other_claim_seq):
            other = finding.other_claim_seq if finding.claim_seq == claim.seq else finding.claim_seq
            return "contradictory", f"{finding.kind.replace('_', ' ')} with claim {other}"
    return label_from_attribution(claim.attribution)


def label_from_attribution(attribution: Attribution | None) -> tuple[str, str]:
    if attribution is None or not attribution.source:
        hedges = attribution.hedges if attribution is not None else []
        relayed = [h for h in hedges if h in _REPORT_HEDGES]
        if relayed:
            return "reported", f"hedged '{relayed[0]}' with no source named: relayed from unnamed reports"
        if hedges:
            return "unverified", f"hedged '{hedges[0]}' but no source is given"
        return "unverified", "asserted by the article with no source"
    cue = f"'{attribution.cue}'" if attribution.cue else "no cue"
    rule = f"; rule: {attribution.rule}" if attribution.rule else ""
    hops = attribution.hops
    origin = ""
    if len(hops) > 1 and hops[-1].get("anonymous"):
        origin = f"; the origin is unnamed ({hops[-1].get('source')!r})"
    if attribution.source_type == "media" or any(h.get("source_type") == "media" for h in hops):
        if len(attribution.chain) > 1:
            via = " quoting ".join(attribution.chain)
            return "reported", f"relayed by media: {via} ({cue}{rule}){origin}"
        return "reported", f"relayed from media: {attribution.source!r} ({cue}{rule})"
    kind = {
        "document": "document",
        "anonymous": "unnamed source",
        "organisation": "organisation",
        "person": "person",
    }.get(attribution.source_type or "", "source")
    if attribution.anonymous and kind != "unnamed source":
        kind = f"unnamed {kind}"
    via = f" via {' > '.join(attribution.chain[1:])}" if len(attribution.chain) > 1 else ""
    return "attributed", f"{kind} {attribution.source!r}{via} ({cue}{rule}){origin}"
