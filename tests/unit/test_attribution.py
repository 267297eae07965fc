"""Attribution: source, cue, kind, anonymity, hedges and chains on small articles of our own."""

from __future__ import annotations

import pytest

from workbench.analysis.attribution import classify_source, find_attribution, find_attributions, match_attribution


def test_trailing_anonymous_source() -> None:
    found = find_attribution("The plant will close in March, a company spokesperson said.")
    assert found is not None
    assert (found.source, found.cue, found.kind, found.anonymous) == ("a company spokesperson", "said", "indirect", True)


def test_leading_named_source_with_that() -> None:
    found = find_attribution("Dr. Amara Okafor said on Monday that the trial had ended early.")
    assert found is not None
    assert (found.source, found.cue, found.source_type, found.anonymous) == ("Dr. Amara Okafor", "said", "person", False)


def test_inverted_quotation_keeps_the_apposition() -> None:
    found = find_attribution('"We will not back down," said Dr. Amara Okafor, the lead researcher.')
    assert found is not None
    assert found.source == "Dr. Amara Okafor, the lead researcher"
    assert found.kind == "direct_quote"
    assert found.source_type == "person"


def test_source_inside_the_content() -> None:
    found = find_attribution("The strike, the union said, will go on until Friday.")
    assert found is not None
    assert (found.source, found.cue, found.source_type) == ("the union", "said", "organisation")


def test_according_to_at_the_start_and_the_end() -> None:
    first = find_attribution("According to the regional audit office, spending doubled.")
    last = find_attribution("Spending doubled, according to people familiar with the matter.")
    assert first is not None and last is not None
    assert (first.source, first.cue, first.kind, first.source_type) == (
        "the regional audit office", "according to", "according_to", "organisation"
    )
    assert (last.source, last.anonymous) == ("people familiar with the matter", True)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The minister denied that the talks had failed.", "denied"),
        ("Analysts estimated that losses reached $2.5 million.", "estimated"),
        ("The central bank warned that inflation would rise.", "warned"),
        ("Economists cautioned that the recovery was fragile.", "cautioned"),
        ("The lawyer argued that the ruling was flawed.", "argued"),
        ("He told reporters that the bridge would reopen.", "told reporters"),
        ("The deal is worth $2bn, she added.", "added"),
    ],
)
def test_cues(sentence: str, cue: str) -> None:
    found = find_attribution(sentence)
    assert found is not None and found.cue == cue


def test_outer_link_of_a_chain_that_quotes_someone_is_media() -> None:
    found = find_attribution(
        '"The road is closed," Sputnik quoting Mohammad Naeem tweet reported.'
    )
    assert found is not None
    assert found.chain == ["Sputnik", "Mohammad Naeem (tweet)"]
    assert found.source_type == "media"


def test_described_broadcaster_relaying_an_official() -> None:
    found = find_attribution("The broadcaster ERT, quoting a coast guard official, reported that three bodies were found.")
    assert found is not None
    assert found.chain == ["ERT", "a coast guard official"]
    assert found.source_type == "media"


def test_trailing_citing_builds_a_chain() -> None:
    found = find_attribution("The ministry will cut 500 jobs, the Daily Courier reported, citing two officials.")
    assert found is not None
    assert found.chain == ["the Daily Courier", "two officials"]
    assert found.source_type == "media"


@pytest.mark.parametrize(
    ("phrase", "cue", "expected"),
    [
        ("the statistics office", "reported", ("organisation", False)),  # reported, but not media
        ("local newspaper", "reported", ("media", False)),
        ("the Valley Gazette", "said", ("media", False)),
        ("state television", "said", ("media", False)),
        ("the news agency", "reported", ("media", False)),
        ("earlier reports", "said", ("media", False)),
        ("a report in the Morning Herald", "said", ("media", False)),
        ("a report by the audit office", "said", ("document", False)),
        ("a Chinese foreign ministry readout", "said", ("document", False)),
        ("the White House press secretary", "said", ("anonymous", True)),
        ("officials", "said", ("anonymous", True)),
        ("ministry spokesman Ali Reza", "said", ("person", False)),
        ("Dr. Amara Okafor", "said", ("person", False)),
        ("Acme Holdings", "said", ("organisation", False)),  # a corporate marker, by shape
        ("Johnson & Johnson", "said", ("organisation", False)),
        ("many Democrats", "said", ("anonymous", True)),
        ("Jane Doe, a pollster for the campaign", "said", ("person", False)),  # the apposition only describes
    ],
)
def test_source_types(phrase: str, cue: str, expected: tuple[str, bool]) -> None:
    assert classify_source(phrase, cue) == expected


def test_hedges_without_a_source() -> None:
    found = find_attribution("The mayor reportedly plans to resign, and the deputy is believed to be next.")
    assert found is not None
    assert found.source is None
    assert found.hedges == ["reportedly", "is believed to"]


def test_no_attribution_in_a_plain_assertion() -> None:
    assert find_attribution("The bridge reopened to traffic on Monday after repairs.") is None
    assert find_attribution("The firm, which says it is the largest, lost money.") is None


def test_spans_point_at_source_and_cue() -> None:
    text = "Prices will rise, the central bank said on Tuesday."
    match = match_attribution(text)
    assert match is not None
    assert text[slice(*match.source_span)] == "the central bank"
    assert text[slice(*match.cue_span)] == "said"


def relations(text: str) -> list[tuple[str, str, bool]]:
    """(source, cue, subordinate) of every relation, as the text spells them."""
    return [(text[slice(*m.source_span)], text[slice(*m.cue_span)], m.subordinate) for m in find_attributions(text)]


def test_every_relation_of_a_sentence_is_found() -> None:
    text = "After the mayor said the bridge was safe, the senator warned that it could collapse."
    assert relations(text) == [("the mayor", "said", True), ("the senator", "warned", False)]
    # The claim's own source is the main clause's, not the subordinate one.
    found = find_attribution(text)
    assert found is not None and found.source == "the senator"


def test_relation_inside_a_relative_clause_is_not_the_claims_source() -> None:
    text = "The policy, which officials said will start in May, covers 300 people."
    assert relations(text) == [("officials", "said", True)]
    assert find_attribution(text) is None


def test_apposition_between_source_and_cue_belongs_to_the_source() -> None:
    text = '"It is over," Eric Stone, a former adviser to the governor, said of the race.'
    assert relations(text) == [("Eric Stone, a former adviser to the governor", "said", False)]


def test_auxiliaries_and_adverbs_belong_to_the_cue() -> None:
    assert relations("Mr. Ryan has repeatedly said he will not run.") == [("Mr. Ryan", "has repeatedly said", False)]
    assert relations("Mr. Rubio defiantly told voters that he would stay.") == [("Mr. Rubio", "defiantly told", False)]
    found = find_attribution("Mr. Ryan has repeatedly said he will not run.")
    assert found is not None and (found.source, found.cue) == ("Mr. Ryan", "said")


def test_beliefs_count_but_first_person_inside_a_quotation_does_not() -> None:
    assert relations("Most economists fear a recession this year.") == [("Most economists", "fear", False)]
    assert relations('"I think we will win," she said.') == [("she", "said", False)]
    assert relations("Everybody believes in the convention until they lose.") == []


def test_stances_are_relations_but_not_a_claims_source() -> None:
    text = "The senator called for an inquiry into the contract."
    assert relations(text) == [("The senator", "called for", False)]
    assert find_attribution(text) is None


def test_colon_and_document_cues() -> None:
    assert relations('Roger Stone: "The machines are rigged."') == [("Roger Stone", ":", False)]
    assert relations('"Please advise how you wish to proceed," the letter read.') == [("the letter", "read", False)]
    assert relations("She read the letter aloud to the court.") == []


def test_datelines_and_statements_are_trimmed_from_the_source() -> None:
    assert relations("WASHINGTON — The administration said on Monday that it would expand the program.") == [
        ("The administration", "said", False)
    ]
    assert relations("The mayor issued a statement saying the bridge was safe.") == [
        ("The mayor", "issued a statement saying", False)
    ]
