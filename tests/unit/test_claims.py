"""Atomic claims: splitting independent clauses, keeping quotations and attributions whole."""

from __future__ import annotations

from workbench.analysis.claims import extract_claims
from workbench.analysis.model import Claim
from workbench.analysis.segment import split_sentences


def claims_of(body: str) -> list[Claim]:
    claims = extract_claims(body, split_sentences(body))
    for claim in claims:
        assert body[claim.start : claim.end] == claim.text
    assert [c.seq for c in claims] == list(range(1, len(claims) + 1))
    return claims


def test_independent_clauses_are_split() -> None:
    claims = claims_of("The bank kept rates unchanged, and analysts expect a rise in May.")
    assert [c.text for c in claims] == ["The bank kept rates unchanged", "analysts expect a rise in May."]
    assert {c.sentence_index for c in claims} == {0}


def test_semicolon_joins_are_split() -> None:
    claims = claims_of("Exports fell by 4% in March; imports rose to a record high.")
    assert [c.text for c in claims] == ["Exports fell by 4% in March", "imports rose to a record high."]


def test_lists_and_shared_subjects_stay_whole() -> None:
    assert len(claims_of("Prices rose in the north, in the south, and in the east.")) == 1
    assert len(claims_of("The council met on Monday and approved the budget.")) == 1


def test_trailing_attribution_covers_every_clause() -> None:
    claims = claims_of("The bank kept rates unchanged, and analysts expect a rise in May, a spokesperson said.")
    assert len(claims) == 2
    assert [c.attribution.source for c in claims if c.attribution] == ["a spokesperson", "a spokesperson"]


def test_leading_attribution_covers_every_clause() -> None:
    claims = claims_of("Officials said the bridge was safe; engineers plan to inspect it again in June.")
    assert len(claims) == 2
    assert all(c.attribution and c.attribution.source == "Officials" for c in claims)


def test_quotation_is_never_split() -> None:
    claims = claims_of('"We saw smoke, and then the roof fell in," a witness told the local paper.')
    assert len(claims) == 1
    assert claims[0].attribution is not None and claims[0].attribution.source == "a witness"


def test_multi_sentence_quotation_carries_the_closing_source() -> None:
    body = '"The plant will close. Nobody will lose their job. We are sure of that," said Dr. Amara Okafor.'
    claims = claims_of(body)
    assert len(claims) == 3
    assert all(c.attribution and c.attribution.source == "Dr. Amara Okafor" for c in claims)
    assert all(c.attribution.kind == "direct_quote" for c in claims if c.attribution)


def test_multi_sentence_quotation_carries_the_opening_source() -> None:
    body = 'The mayor said: "The plant will close. Nobody will lose their job." The council met later.'
    claims = claims_of(body)
    assert [c.attribution.source if c.attribution else None for c in claims] == ["The mayor", "The mayor", None]


def test_headings_furniture_and_datelines_are_not_claims() -> None:
    body = "Harbour Fire Contained\nPORTSMOUTH, U.K.: Firefighters contained the blaze on Sunday.\nNo comments:\nPost a Comment"
    claims = claims_of(body)
    assert [c.text for c in claims] == ["Firefighters contained the blaze on Sunday."]


def test_pronoun_sources_take_the_nearest_named_speaker() -> None:
    body = (
        "Dr. Amara Okafor said the trial had ended early. The results will be published in May, she said. "
        "Mr. Li told reporters the plant would close. She said nothing else."
    )
    sources = [c.attribution.source if c.attribution else None for c in claims_of(body)]
    # "She" after "Mr. Li": the title disagrees, so the pronoun stays.
    assert sources == ["Dr. Amara Okafor", "Dr. Amara Okafor", "Mr. Li", "She"]


def test_a_first_line_of_its_own_keeps_the_speaker_it_quotes() -> None:
    body = "Voss: The ferry levy will stay.\n\nThe harbour board met on Monday."
    claims = claims_of(body)
    assert claims[0].text.startswith("Voss:")
    assert claims[0].attribution is not None and claims[0].attribution.source == "Voss"


def test_a_capitalised_dateline_on_the_first_line_is_still_dropped() -> None:
    body = "HULL: The ferry levy will stay.\n\nThe harbour board met on Monday."
    assert claims_of(body)[0].text == "The ferry levy will stay."


def test_a_line_where_a_speaker_introduces_a_quotation_is_no_heading() -> None:
    body = "The harbour reopened.\nThe harbour master told reporters:\n“Nobody sails before Monday.”"
    texts = [c.text for c in claims_of(body)]
    assert "The harbour master told reporters:" in texts


def test_a_line_of_furniture_ending_in_a_colon_is_still_a_heading() -> None:
    body = "The harbour reopened.\nRead more:\nNo comments:"
    assert [c.text for c in claims_of(body)] == ["The harbour reopened."]
