"""The sample article's expected labels (issue: claim analysis), on the cleaned body and the raw file."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis import analyse_article
from workbench.analysis.model import Claim


def cleaned_body(raw: str) -> str:
    """What ingest passes to analysis: no headline, no "Kabul:" dateline, no comment furniture."""
    lines = raw.strip().split("\n")
    body = "\n".join(lines[1:-2])
    return body.removeprefix("Kabul: ")


def claim_starting(claims: list[Claim], prefix: str) -> Claim:
    matches = [c for c in claims if c.text.lstrip("\"“").startswith(prefix)]
    assert len(matches) == 1, prefix
    return matches[0]


@pytest.fixture(params=["cleaned", "raw"])
def claims(request: pytest.FixtureRequest, seed_text: str) -> list[Claim]:
    body = cleaned_body(seed_text) if request.param == "cleaned" else seed_text
    analysis = analyse_article(body, date(2021, 8, 25))
    for claim in analysis.claims:
        assert body[claim.start : claim.end] == claim.text
    return analysis.claims


def test_ten_claims_one_per_sentence(claims: list[Claim]) -> None:
    assert len(claims) == 10
    assert claims[7].text.startswith("China had conveyed")
    assert claims[8].text.startswith("Chinese Foreign Minister Wang Yi")


def test_spokesperson_claim_is_attributed(claims: list[Claim]) -> None:
    claim = claim_starting(claims, "Abdul Salam Hanafi")
    assert claim.suggested_label == "attributed"
    assert claim.attribution is not None
    assert claim.attribution.source == "a Taliban spokesperson"
    assert claim.attribution.anonymous


def test_sputnik_chain_is_reported(claims: list[Claim]) -> None:
    claim = claim_starting(claims, "They discussed the security")
    assert claim.suggested_label == "reported"
    assert claim.attribution is not None
    assert claim.attribution.chain[0] == "Sputnik"
    assert claim.attribution.chain[1].startswith("Mohammad Naeem")
    assert "Sputnik" in claim.suggestion_reason


def test_unsourced_assertion_is_unverified(claims: list[Claim]) -> None:
    assert claim_starting(claims, "China has kept the embassy").suggested_label == "unverified"


def test_earlier_media_reports_are_reported(claims: list[Claim]) -> None:
    claim = claim_starting(claims, "According to the earlier media reports")
    assert claim.suggested_label == "reported"
    assert claim.attribution is not None and claim.attribution.kind == "according_to"


def test_readouts_are_attributed_documents(claims: list[Claim]) -> None:
    conveyed = claim_starting(claims, "China had conveyed")
    closing = claim_starting(claims, "We hope the Afghan Taliban")
    assert conveyed.attribution is not None and conveyed.attribution.source_type == "document"
    # "contradictory" once the consistency stage finds the date conflict; attributed before that.
    assert conveyed.suggested_label in ("attributed", "contradictory")
    assert closing.suggested_label == "attributed"
    assert closing.attribution is not None and closing.attribution.source == "the Chinese readout"


def test_comment_furniture_is_not_a_claim(claims: list[Claim]) -> None:
    assert not any(c.text in ("No comments:", "Post a Comment") for c in claims)
