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
