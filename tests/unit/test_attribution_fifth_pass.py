"""Attribution shapes added for recall on real reporting (issue 12, fifth pass).

Each shape has a twin that must stay unattributed or keep its old answer. Sentences are
written for these tests; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from workbench.analysis.attribution import find_attributions


def relations(text: str) -> list[tuple[str, str, str]]:
    return [(text[slice(*m.source_span)], text[slice(*m.cue_span)], m.rule) for m in find_attributions(text)]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The harbour master said Thursday that the pier would reopen.", "said Thursday"),
        ("The ferry union said Monday night that the strike was over.", "said Monday night"),
    ],
)
def test_a_weekday_right_after_the_cue_joins_it(sentence: str, cue: str) -> None:
    assert cue in [r[1] for r in relations(sentence)]


def test_a_weekday_inside_the_content_stays_out_of_the_cue() -> None:
    # the day belongs to the reported event, after "that"
    text = "The harbour master said that Thursday would be the last sailing."
    assert [r[:2] for r in relations(text)] == [("The harbour master", "said")]


@pytest.mark.parametrize(
    ("sentence", "source", "cue"),
    [
        ("The crowd cheered when Ada Voss thanked the crew and said the ferry would sail again.", "Ada Voss", "said"),
        ("Though she praised the pilots and argued that the route was safe, the minister lost the vote.", "she", "argued"),
    ],
)
def test_a_coordinated_cue_in_an_adverbial_clause_takes_that_clause_subject(sentence: str, source: str, cue: str) -> None:
    assert (source, cue, "participle adjunct") in relations(sentence)


def test_an_adverbial_clause_closed_by_a_comma_gives_no_subject_to_a_later_cue() -> None:
    # "when the vote came," is closed before the cue: "the vote" must not become the speaker
    text = "At the pier, when the vote came, the crews cheered and said the crossing was safe."
    assert [r for r in relations(text) if r[0] == "the vote"] == []
