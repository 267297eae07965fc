"""Attribution shapes from wire reporting, each with a twin that must stay unattributed.

Sentences are written for these tests; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from workbench.analysis import lexicon as lx
from workbench.analysis.attribution import ANCHORED_RULES, CLAIM_RULES, find_attribution, find_attributions
from workbench.analysis.labels import label_from_attribution


def test_every_rule_is_named_and_shows_its_shape() -> None:
    names = [rule.name for rule in CLAIM_RULES + ANCHORED_RULES]
    assert all(names) and all(rule.shape for rule in CLAIM_RULES + ANCHORED_RULES)
    assert len(set(r.name for r in ANCHORED_RULES)) == len(ANCHORED_RULES)


PAST_TENSE_CUES = [w for w in lx.CUE_VERBS if w.endswith("ed") or w in ("said", "told", "wrote", "thought", "forecast")]


@pytest.mark.parametrize("cue", PAST_TENSE_CUES + ["told reporters"])
@pytest.mark.parametrize(
    ("template", "source"),
    [
        ("The ferry will stop running in May, the harbour office {cue}.", "the harbour office"),
        ("Ines Morel {cue} that the ferry will stop running in May.", "Ines Morel"),
        ("The ferry, the harbour office {cue}, will stop running in May.", "the harbour office"),
    ],
)
def test_cues_through_shapes(template: str, cue: str, source: str) -> None:
    found = find_attribution(template.format(cue=cue))
    assert found is not None and found.source == source and found.rule
    assert found.cue is not None and found.cue.split()[0] == cue.split()[0]


def test_the_rule_is_named_in_the_reason() -> None:
    found = find_attribution("The ferry will stop running in May, the harbour office said.")
    assert found is not None and found.rule == "trailing"
    assert "rule: trailing" in label_from_attribution(found)[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The tunnel flooded twice last winter, police said.",
        "The tunnel flooded twice last winter, according to police.",
        "Prosecutors said the tunnel flooded twice last winter.",
    ],
)
def test_bare_institutional_nouns(sentence: str) -> None:
    found = find_attribution(sentence)
    assert found is not None and found.source.lower() in ("police", "prosecutors")
    assert found.source_type == "organisation"


def test_bare_nouns_that_are_not_speakers_stay_unattributed() -> None:
    assert find_attribution("The tunnel flooded twice last winter, residents of the valley noticed.") is None
    assert find_attribution("The police station flooded twice last winter.") is None


def test_relative_clause_asking_for_anonymity_is_part_of_the_source() -> None:
    found = find_attribution("A ward nurse who asked not to be named said the lifts had failed.")
    assert found is not None
    assert (found.source, found.anonymous) == ("A ward nurse who asked not to be named", True)
    # the verb inside the request is no relation of its own
    assert [m.rule for m in find_attributions("A ward nurse who asked not to be named said the lifts had failed.")] == [
        "subject before cue"
    ]


def test_speaking_on_condition_of_anonymity_is_trimmed_and_unnamed() -> None:
    found = find_attribution("A senior planner, speaking on condition of anonymity, said the lifts had failed.")
    assert found is not None and (found.source, found.anonymous) == ("A senior planner", True)


def test_relative_pronoun_is_a_subordinate_relation_named_by_its_antecedent() -> None:
    text = "The lifts, which the porter said had failed, were replaced."
    assert find_attribution(text) is None  # the relation is inside a relative clause
    text = "Ines Morel, who has said the lifts failed, left the board."
    relation = find_attributions(text)[0]
    assert (text[slice(*relation.source_span)], relation.rule, relation.subordinate) == ("who", "relative pronoun", True)
    assert relation.attribution.source == "Ines Morel"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank's chief economist, Petra Lind, said rates would rise.",
        "Petra Lind, the bank's chief economist, said rates would rise.",
    ],
)
def test_a_named_apposition_on_either_side_makes_a_named_person(sentence: str) -> None:
    found = find_attribution(sentence)
    assert found is not None and "Petra Lind" in found.source
    assert (found.source_type, found.anonymous) == ("person", False)


def test_a_described_person_without_a_name_is_anonymous() -> None:
    found = find_attribution("The bank's chief economist said rates would rise.")
    assert found is not None and found.anonymous


def test_possessive_and_coordinated_sources() -> None:
    found = find_attribution("The port authority's harbour master said the crane had collapsed.")
    assert found is not None and found.source == "The port authority's harbour master"
    found = find_attribution("The mayor and the fire chief said the crane had collapsed.")
    assert found is not None and found.source == "The mayor and the fire chief"


def test_nested_chain_outermost_first_with_cue_and_kind_per_hop() -> None:
    found = find_attribution("Tomas Brill said a site foreman had told him that a crane driver reported the crack.")
    assert found is not None and found.source == "Tomas Brill"
    assert found.chain == ["Tomas Brill", "a site foreman", "a crane driver"]
    assert [(h["cue"], h["kind"]) for h in found.hops] == [("said", "indirect"), ("told", "indirect"), ("reported", "indirect")]
    label, reason = label_from_attribution(found)
    assert label == "attributed" and "origin is unnamed" in reason


def test_told_someone_that_another_had_said() -> None:
    found = find_attribution("Councillor Ada Voss told the board that the auditor had said the accounts were wrong.")
    assert found is not None and found.chain == ["Councillor Ada Voss", "the auditor"]


def test_a_single_speaker_has_no_chain() -> None:
    found = find_attribution("Councillor Ada Voss told the board that the accounts were wrong.")
    assert found is not None and found.chain == [] and found.hops == []


def test_any_media_hop_makes_the_claim_reported() -> None:
    found = find_attribution("The minister said the mine would reopen, citing the Valley Gazette.")
    assert found is not None and found.chain == ["The minister", "the Valley Gazette"]
    assert label_from_attribution(found)[0] == "reported"
    plain = find_attribution("The minister said the mine would reopen.")
    assert plain is not None and label_from_attribution(plain)[0] == "attributed"


@pytest.mark.parametrize(
    ("sentence", "source_type"),
    [
        ("The Lakeland Post reported that the mine would reopen.", "media"),
        ("The Evening Courier reported that the mine would reopen.", "media"),
        ("The mine will reopen, according to a report in Politiken.", "media"),
        ("The mine will reopen, according to its website.", "document"),
        ("The mine will reopen, the company's statement said.", "document"),
        ("A miner who spoke to the media said the mine would reopen.", "anonymous"),
    ],
)
def test_outlets_against_an_organisations_own_channels(sentence: str, source_type: str) -> None:
    found = find_attribution(sentence)
    assert found is not None and found.source_type == source_type


def test_source_never_ends_in_stray_punctuation() -> None:
    found = find_attribution('"We will rebuild," stated the minister.')
    assert found is not None and found.source == "the minister"


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        ("The mayor called the levy a disgrace.", "called", "The mayor"),
        ("A survey found that most tenants pay late.", "found", "A survey"),
        ("The data shows that most tenants pay late.", "shows", "The data"),
        ("The union rejected the offer, saying it was too low.", "saying", "The union"),
    ],
)
def test_cues_beyond_said(sentence: str, cue: str, source: str) -> None:
    relations = {(sentence[slice(*m.source_span)], m.attribution.cue) for m in find_attributions(sentence)}
    assert (source, cue) in relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Police found a body in the canal.",  # an event, not evidence
        "He wants to rebuild the pier.",  # a wish
        "She hosts a late-night talk show on Fridays.",  # a noun
        "Trade with the United States fell.",  # a name
        "A liberal think tank hosted the debate.",  # a compound
    ],
)
def test_cue_words_that_are_no_attribution(sentence: str) -> None:
    assert find_attribution(sentence) is None


def test_relations_inside_a_quotation_belong_to_the_quoted_speaker() -> None:
    text = '"My brother told me the pier was unsafe," Ines Morel said.'
    assert [text[slice(*m.source_span)] for m in find_attributions(text)] == ["Ines Morel"]


def test_cue_lists_are_data_in_the_lexicon() -> None:
    assert "called" in lx.STANCE_CUES and "shows" in lx.EVIDENCE_CUES and "police" in lx.BARE_SOURCE_NOUNS


def relation_sources(text: str) -> list[tuple[str, str]]:
    return [(text[slice(*m.source_span)], m.attribution.cue or "") for m in find_attributions(text)]


def test_a_party_label_in_parentheses_belongs_to_the_name() -> None:
    text = "Sen. Ada Voss (D-Ore.) said the levy was unfair."
    assert ("Sen. Ada Voss (D-Ore.)", "said") in relation_sources(text)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Seven in 10 said the levy was unfair.", "Seven in 10"),
        ("About 40 percent of renters said the levy was unfair.", "About 40 percent of renters"),
    ],
)
def test_quantities_of_respondents_are_sources(sentence: str, source: str) -> None:
    assert (source, "said") in relation_sources(sentence)


def test_a_participle_takes_the_subject_of_its_own_clause() -> None:
    text = "Although the levy passed, the mayor struck a mild tone, saying the city would adapt."
    assert ("the mayor", "saying") in relation_sources(text)


def test_a_name_before_a_participle_without_a_comma() -> None:
    text = "The vote was close, with Senator Ada Voss telling reporters it was fair."
    assert ("Senator Ada Voss", "telling") in relation_sources(text)


def test_restrictive_relative_clauses_define_a_group_and_stay_unattributed() -> None:
    assert relation_sources("Landlords who say the levy is unfair will pay it anyway.") == []
    text = "Ada Voss, who says the levy is unfair, will pay it anyway."
    assert ("who", "says") in relation_sources(text)


def test_a_relation_inside_another_ones_content_is_a_hop_not_a_relation() -> None:
    text = "The auditor said that the treasurer believes the books are wrong."
    assert relation_sources(text) == [("The auditor", "said")]
    found = find_attribution(text)
    assert found is not None and found.chain == ["The auditor", "the treasurer"]


def test_a_source_before_its_cue_sheds_asides_but_keeps_a_request_for_anonymity() -> None:
    assert ("Ada Voss", "said") in relation_sources("Ada Voss, who chairs the board, said the levy was unfair.")
    assert ("Ada Voss", "said") in relation_sources("Ada Voss, in an interview, said the levy was unfair.")
    text = "A clerk, who was not authorized to speak publicly, said the levy was unfair."
    found = find_attribution(text)
    assert found is not None and found.anonymous and "not authorized" in found.source


def test_a_byline_credit_is_no_attribution() -> None:
    assert find_attribution("Ada Voss reported from Tallinn.") is None
    found = find_attribution("Ada Voss reported that the levy was unfair.")
    assert found is not None and found.source == "Ada Voss"


def test_progressive_auxiliaries_join_the_cue() -> None:
    text = "Early polls are showing that the levy passed."
    assert [(text[slice(*m.source_span)], text[slice(*m.cue_span)]) for m in find_attributions(text)] == [
        ("Early polls", "are showing")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour office on Monday said the ferry would stop.",
        "The harbour office, eager to calm travellers, said the ferry would stop.",
        "TALLINN (Wire) - The harbour office said the ferry would stop.",
    ],
)
def test_time_asides_openers_and_datelines_are_not_the_source(sentence: str) -> None:
    found = find_attribution(sentence)
    assert found is not None and found.source == "The harbour office"


def test_an_opening_connective_is_not_the_source() -> None:
    found = find_attribution("Meanwhile the harbour office said the ferry would stop.")
    assert found is not None and found.source == "the harbour office"


def test_an_amount_after_a_participle_is_no_speech() -> None:
    assert find_attribution("Shares rose in early trading, adding 3% by noon.") is None


def test_according_to_keeps_an_apposition_that_ends_the_sentence() -> None:
    found = find_attribution("Fares will rise, according to Ines Morel, a planner at the harbour office.")
    assert found is not None and found.source == "Ines Morel, a planner at the harbour office"
    assert found.source_type == "person"
