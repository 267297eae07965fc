"""Contradictions written the way other newsrooms write them: one shape per test, each with a
consistent twin that differs only in the detail that makes the pair conflict.

Sentences invented for these tests (people, places and companies are made up).
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis.pipeline import analyse_article

CONFLICT_KINDS = ("temporal_conflict", "numeric_conflict")


def conflicts(text: str, published: date | None) -> list[str]:
    return [f.explanation.splitlines()[0] for f in analyse_article(text, published).findings if f.kind in CONFLICT_KINDS]


@pytest.mark.parametrize("restated, clash", [("16", True), ("14", False)])
def test_the_dead_counted_as_a_noun_are_people(restated, clash):
    # "the 16 dead": an adjective standing for people counts the victims of "14 people were killed".
    text = (
        "Fourteen people were killed when a coach left the road near Harrow Gap on Saturday. "
        f"Families of the {restated} dead gathered outside the county hospital on Sunday."
    )
    found = conflicts(text, date(2026, 9, 14))
    assert bool(found) is clash
    if clash:
        assert "'Fourteen' vs '16'" in found[0]


@pytest.mark.parametrize("when, clash", [("last month", True), ("this week", False)])
def test_a_departure_is_the_resignation_it_names(when, clash):
    text = (
        "The chair of the county rail board, Ines Morrow, stepped down on Monday after a row over delays. "
        f"Her departure {when} left the board leaderless, members said."
    )
    assert bool(conflicts(text, date(2026, 3, 12))) is clash


@pytest.mark.parametrize("second, clash", [("June 9", True), ("June 6", False)])
def test_a_truce_that_took_effect_dates_its_start(second, clash):
    # "took effect" dates the start of a lasting state, as "began" does.
    text = (
        "A truce between the rival clans took effect on June 6, the envoys said. "
        "Food trucks reached the valley for the first time in a month. "
        f"Since the ceasefire began on {second}, no gunfire has been heard, according to the envoys."
    )
    assert bool(conflicts(text, date(2026, 6, 20))) is clash


def test_a_truce_in_force_on_two_days_is_no_conflict():
    # Two dates of a lasting state that neither starts: both days fall inside it.
    text = ("The truce between the rival clans held on June 6, the envoys said. "
            "The ceasefire was still holding on June 9, according to the envoys.")
    assert conflicts(text, date(2026, 6, 20)) == []


@pytest.mark.parametrize("second, clash", [("Monday", True), ("Tuesday", False)])
def test_the_return_to_work_is_one_event_as_verb_and_noun(second, clash):
    # Published on a Wednesday: "yesterday" is Tuesday.
    text = (
        "Striking bus drivers returned to work yesterday after a pay offer. "
        f"The operator said the return to work on {second} had ended a month of disruption."
    )
    assert bool(conflicts(text, date(2026, 4, 15))) is clash
