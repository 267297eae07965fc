"""Who says a claim: source, cue, kind, hedges and attribution chains."""

from __future__ import annotations

from workbench.analysis.model import Attribution


def find_attribution(claim_text: str) -> Attribution | None:
    return None
