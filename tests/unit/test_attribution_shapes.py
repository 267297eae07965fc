"""Shapes added while raising recall and precision on PolNeAR (issue 12), each with a
twin that must stay unattributed or unchanged. Sentences are our own wording."""

from __future__ import annotations

from workbench.analysis.attribution import find_attributions


def relation_sources(text: str) -> list[tuple[str, str]]:
    return [(text[slice(*m.source_span)], text[slice(*m.cue_span)]) for m in find_attributions(text)]


# Shape: the closing mark of a quotation that opened in an earlier sentence.
def test_a_speaker_after_the_close_of_a_quotation_from_an_earlier_sentence() -> None:
    text = 'Fares will double next spring," Ines Morel, the harbour master, said.'
    assert ("Ines Morel, the harbour master", "said") in relation_sources(text)


def test_a_cue_inside_a_quotation_from_an_earlier_sentence_is_the_speakers_words() -> None:
    inside = 'Then the ferry company said it would stop," the porter recalled.'
    assert [source for source, _ in relation_sources(inside)] == ["the porter"]
    unquoted = "Then the ferry company said it would stop, the porter recalled."
    assert ("the ferry company", "said") in relation_sources(unquoted)


# Shape: two noun phrases joined by "and" are one source; a clause before "and" is not.
def test_coordinated_noun_phrases_are_one_source() -> None:
    assert ("Ada Voss and her lawyers", "said") in relation_sources("Ada Voss and her lawyers said the levy was unfair.")
    text = "The route was safe, the ferry's owners and its crew told the inquiry."
    assert ("the ferry's owners and its crew", "told") in relation_sources(text)


def test_a_clause_before_and_is_not_part_of_the_source() -> None:
    assert [s for s, _ in relation_sources("The council met Ada Voss and aides said the levy was unfair.")] == ["aides"]
    assert [s for s, _ in relation_sources("The council passed the levy and critics said it was unfair.")] == ["critics"]


# Shape: a plural head names a group that speaks ("The departments declined ..., saying").
def test_a_plural_institution_takes_a_participle() -> None:
    text = "The departments declined to comment, saying the case was open."
    assert ("The departments", "saying") in relation_sources(text)
    assert relation_sources("The delays declined to ease, leaving the case open.") == []


# Shape: an opening participle clause takes the main clause's subject.
def test_an_opening_participle_takes_the_main_subject() -> None:
    text = "Noting the ferry was late, Ines Morel said the levy was unfair."
    assert ("Ines Morel", "Noting") in relation_sources(text)
    assert relation_sources("Noting the ferry was late was easy.") == []


# Shape: "with SOURCE V-ing": the noun phrase after "with", named or described.
def test_with_a_described_source_and_a_participle() -> None:
    text = "The vote was close, with the harbour union saying it was unfair."
    assert ("the harbour union", "saying") in relation_sources(text)
    assert relation_sources("The vote was close, with the lights flashing in the hall.") == []


# Shape: a comma that closes a quotation before a participle.
def test_a_participle_after_a_closing_quotation_takes_the_speaker() -> None:
    text = 'The levy is fair," the mayor said on "Morning Radio," adding, "It will stay."'
    assert ("the mayor", "adding") in relation_sources(text)


# Lexicon: communication verbs PolNeAR's annotators mark beside "said" (relations of their own).
def test_further_communication_verbs_are_relations() -> None:
    assert ("The judge", "ordered") in relation_sources("The judge ordered that the ferry stop at once.")
    assert ("The union", "voiced") in relation_sources("The union voiced concern that the levy was unfair.")
    assert ("Ines Morel", "insists") in relation_sources("Ines Morel insists the levy is unfair.")
    assert relation_sources("The ordered list of ferries was long.") == []


# Shape: a time adverbial between a subject and its cue belongs to neither.
def test_a_time_between_source_and_cue_is_neither() -> None:
    text = "A survey last month showed the mayor leading by ten points."
    assert relation_sources(text) == [("A survey", "showed")]


# Shape: an evidence verb with a document subject reports content without "that".
def test_a_document_finds_without_that() -> None:
    assert relation_sources("The report found it was part of a long problem.") == [("The report", "found")]
    assert relation_sources("Rescuers found the ferry empty.") == []


# Shape: "According to SOURCE, MAIN CLAUSE": the main clause after the comma is no apposition.
def test_according_to_at_the_start_stops_at_the_comma() -> None:
    text = "According to recent polling, the mayor is once again leading the field."
    assert relation_sources(text) == [("recent polling", "According to")]
    text = "Fares will rise, according to the harbour office, the ferry company said."
    assert ("the harbour office", "according to") in relation_sources(text)


# Shape: ", told HEARER" after an apposition is no inversion; a medium after an inverted source is not the source.
def test_told_after_an_apposition_keeps_the_speaker() -> None:
    text = "The levy is fair, Ines Morel, a close adviser, told the radio."
    assert [s for s, _ in relation_sources(text)] == ["Ines Morel, a close adviser"]
    assert relation_sources('"The levy is fair," said Ines Morel in a statement.') == [("Ines Morel", "said")]


# Shape: an adjective and a noun make the subject a participle takes ("The Democratic nominee ..., saying").
def test_a_described_noun_takes_the_participle() -> None:
    text = "The Democratic nominee defended the levy, saying it was fair."
    assert ("The Democratic nominee", "saying") in relation_sources(text)
    text = "She escalated her criticism, saying the levy was unfair."
    assert ("She", "saying") in relation_sources(text)


# Shape: a bare plural described by adjectives or nouns speaks ("new harbour reports show").
def test_a_bare_described_plural_is_a_source() -> None:
    text = "Forty ferries ran late in May, new harbour reports show."
    assert relation_sources(text) == [("new harbour reports", "show")]
    assert relation_sources("Forty ferries ran late in May, new harbour boats show.") == []


# Shape: a catenative verb and "to" belong to the cue ("continues to insist", "went on to say").
def test_a_catenative_verb_joins_the_cue() -> None:
    assert relation_sources("He continues to insist that he will fight on.") == [("He", "continues to insist")]
    assert relation_sources("He went on to say the levy was fair.") == [("He", "went on to say")]


# Shape: a passive stance names its source after "by" ("was attacked by local critics").
def test_a_passive_stance_takes_its_agent() -> None:
    assert relation_sources("The mayor was attacked by local critics for the levy.") == [("local critics", "was attacked")]
    assert relation_sources("A bill endorsed by the mayor passed.") == []


# Shape: "Name:" at a later paragraph's start is a speaker; a dateline opens the first paragraph only.
def test_a_speaker_label_after_the_first_paragraph_keeps_its_name() -> None:
    from workbench.analysis.claims import extract_claims
    from workbench.analysis.segment import split_sentences

    body = "Harbour Levy Debated\nKalmar: The council debated the levy on Monday.\nVoss: The levy will stay in place."
    claims = extract_claims(body, split_sentences(body))
    assert [c.text for c in claims] == ["The council debated the levy on Monday.", "Voss: The levy will stay in place."]
    assert [c.attribution.source if c.attribution else None for c in claims] == [None, "Voss"]


def test_a_transcript_speaker_in_capitals_is_a_source() -> None:
    assert relation_sources("MORELL: The levy will stay in place.") == [("MORELL", ":")]
    assert relation_sources("UPDATE: The levy will stay in place.") == []


# Shape: a noun-like cue ("reports", "claims", "notes") is the verb after a name, a pronoun or a speaking head.
def test_a_noun_like_cue_after_a_name_is_the_verb() -> None:
    assert relation_sources("Pew notes that the surveys differ.") == [("Pew", "notes")]
    assert relation_sources("The government claims the levy is fair.") == [("The government", "claims")]
    assert relation_sources("His claims were false.") == []
    assert relation_sources("The reports of a levy were false.") == []


# Shape: a clause that opens inside a noun phrase ("the day the Post reports", "emails that X says").
def test_a_contact_clause_subject_is_the_source() -> None:
    text = "On the same day the Harbour Post reports that the levy passed, the mayor left."
    assert ("the Harbour Post", "reports") in relation_sources(text)
    assert ("Ines Morel", "says") in relation_sources("The number of emails that Ines Morel says were lost grew.")
    assert [s for s, _ in relation_sources("The bank's chief economist said the levy was fair.")] == [
        "The bank's chief economist"
    ]


# Shape: a leading "X said" inside a quotation that continues from the sentence before is the speaker's words.
def test_a_leading_shape_inside_a_continued_quotation_is_not_listed() -> None:
    assert relation_sources("He told me that story himself.\u201d") == []
    assert relation_sources("He told me that story himself.") == [("He", "told")]


# Shape: a naming verb judges something only as a verb of its own subject with a judgement after it.
def test_called_names_a_judgement_not_a_name_a_call_or_a_relative_object() -> None:
    assert relation_sources("The mayor called the levy a disgrace.") == [("The mayor", "called")]
    assert relation_sources("Critics called it unfair.") == [("Critics", "called")]
    assert ("She", "called") not in relation_sources("She criticized what she called the angry rhetoric.")
    assert relation_sources("A company called Harbour Holdings gave money.") == []
    assert relation_sources("Mr. Voss called the harbour office on Monday.") == []
    assert relation_sources("The mayor called off the levy vote.") == []


# Lexicon: generic "you" is the reader or the interviewer, no source.
def test_generic_you_is_no_source() -> None:
    assert relation_sources("You think the levy will pass?") == []
    assert relation_sources("They think the levy will pass.") == [("They", "think")]


# Shape: a coordinated verb takes the subject of the sentence's first verb, with its apposition.
def test_a_coordinated_cue_takes_a_subject_with_an_apposition() -> None:
    text = "Ines Morel, a former harbour chair, joined the board and said the levy was fair."
    assert ("Ines Morel, a former harbour chair", "said") in relation_sources(text)


# Shape: a clause before "and" is never a leading source.
def test_a_clause_before_and_is_no_leading_source() -> None:
    text = "The ferries ran late and commuters said the levy was unfair."
    assert all("ran late" not in source for source, _ in relation_sources(text))


# Lexicon: quantities of respondents speak ("most said", "three-quarters said"); the list is named
# apart from the quantities' number words, which had shadowed it.
def test_quantities_of_respondents_are_sources() -> None:
    assert relation_sources("three-quarters said the same of the mayor.") == [("three-quarters", "said")]
    assert relation_sources("most said they were very worried.") == [("most", "said")]
    assert relation_sources("most stayed at home on the day of the levy vote.") == []


# Shape: several describing segments, or a name after a described head, between a source and its cue.
def test_appositions_of_several_segments_and_names() -> None:
    text = '"The levy stays," the harbour press secretary, Ines Morel, said on Tuesday.'
    assert ("the harbour press secretary, Ines Morel", "said") in relation_sources(text)
    text = "Kalle Voss, 67, a retired nurse in Kalmar, Sweden, said the levy was fair."
    assert ("Kalle Voss, 67, a retired nurse in Kalmar, Sweden", "said") in relation_sources(text)
    assert [s for s, _ in relation_sources("In Kalmar, Sweden, officials said the levy was fair.")] == ["officials"]


# Shape: an evidence verb whose clause opens with a document-headed noun phrase takes its modifiers too.
def test_a_document_subject_keeps_its_modifiers() -> None:
    text = "A Kalmar poll out Monday showed the mayor with a healthy lead."
    assert relation_sources(text) == [("A Kalmar poll out Monday", "showed")]
    text = "The poll by the Kalmar Institute of Policy showed the mayor leading."
    assert relation_sources(text) == [("The poll by the Kalmar Institute of Policy", "showed")]
    assert relation_sources("Police found a body near the harbour.") == []


# Shape: a cue in a free relative, conditional or complement clause is a thought inside another's words.
def test_a_cue_in_a_free_relative_or_conditional_is_not_listed() -> None:
    assert ("she", "said") not in relation_sources("The mayor repeated what she said about the levy.")
    assert ("they", "believe") not in relation_sources("The levy fails if they believe the harbour will close.")
    assert ("she", "said") in relation_sources("When she said the levy was fair, the mayor left.")


# Shape: "showed up" is no evidence; a noun-like cue before another cue belongs to its subject.
def test_phrasal_show_up_and_noun_before_a_cue() -> None:
    assert relation_sources("And then Ines Morel showed up.") == []
    assert relation_sources("But harbour reports show that four firms gave money.") == [("harbour reports", "show")]


# Shape: a multi-word participle cue ("referring to", "calling for") takes its clause's speaker.
def test_a_multiword_participle_takes_the_speaker() -> None:
    text = '"The levy is fair," she said, referring to the harbour fee.'
    assert ("she", "referring to") in relation_sources(text)
    assert relation_sources("The levy, referring to the harbour fee, rose.") == []


# Shape: a plural possessive keeps its apostrophe inside an apposition ("Sanders’ campaign manager").
def test_a_plural_possessive_apposition() -> None:
    text = '"The levy stays," Ines Morel, the Vosses\u2019 campaign manager, said.'
    assert ("Ines Morel, the Vosses\u2019 campaign manager", "said") in relation_sources(text)
    text = '"The levy stays," Ines Morel, Voss\u2019 campaign manager, said.'
    assert ("Ines Morel, Voss\u2019 campaign manager", "said") in relation_sources(text)


# Shape: an aside between dashes separates a source from its cue; "others" speaks like a group.
def test_a_dash_aside_and_others() -> None:
    assert relation_sources("Ines Morel — after a pause — told me the levy was unfair.") == [("Ines Morel", "told")]
    text = "Many said they would stay away and others have said they are not interested."
    assert ("others", "have said") in relation_sources(text)


# Shape: a time after a participle stays in the noun phrase ("disclosures filed on Sunday night").
def test_a_time_after_a_participle_stays_in_the_source() -> None:
    text = "Harbour disclosures filed on Sunday night revealed that the levy rose."
    assert relation_sources(text) == [("Harbour disclosures filed on Sunday night", "revealed")]
    assert relation_sources("The harbour office on Monday said the ferry would stop.") == [("The harbour office", "said")]
