"""Quote check: verbatim, close (with the words that changed), not found."""

from __future__ import annotations

import pytest

from workbench.evidence.quotecheck import (
    CLOSE,
    NOT_FOUND,
    VERBATIM,
    QuoteCheck,
    check_quote,
    claim_quotation,
    quotations,
)

READOUT_QUOTE = (
    "We hope the Afghan Taliban will make a clean break with all terrorist organizations including the ETIM "
    "and resolutely and effectively combat them to remove obstacles, play a positive role and create enabling "
    "conditions for security, stability, development and cooperation in the region"
)
READOUT = (
    "Wang Yi met in Tianjin with the Head of the Afghan Taliban Political Commission Mullah Abdul Ghani Baradar.\n"
    "The ETIM poses a direct threat to China's national security and territorial integrity.\n"
    f"{READOUT_QUOTE}.\n"
    "Baradar thanked China for its long-term support."
)


def test_quotations_pairs_straight_and_curly_marks_and_skips_scare_quotes() -> None:
    text = 'The "terrorist" label stuck. “We will not stop,” she said, "until the work is done."'
    assert quotations(text) == ["We will not stop,", "until the work is done."]


def test_a_quotation_left_open_runs_to_the_end_of_the_claim() -> None:
    assert quotations('He said: "We will not stop until the work is done. The plan') == [
        "We will not stop until the work is done. The plan"
    ]


def test_claim_quotation_joins_parts_split_by_the_attribution() -> None:
    claim = '"We will not stop," she said, "until the work is done."'
    assert claim_quotation(claim) == "We will not stop, … until the work is done."
    assert claim_quotation("No quotation in this claim at all.") is None


def test_verbatim_ignores_case_punctuation_and_quote_marks(seed_text: str) -> None:
    claim = next(line for line in seed_text.splitlines() if line.startswith('"We hope'))
    check = check_quote(claim_quotation(claim) or "", READOUT)
    assert check.status == VERBATIM
    assert check.score == 100.0
    assert check.passage is not None and check.passage.startswith("We hope the Afghan Taliban")
    assert check.passage.endswith("in the region")
    assert check.diff == []


def test_a_declared_cut_is_still_verbatim() -> None:
    quotation = "We hope the Afghan Taliban will make a clean break ... and create enabling conditions for security"
    check = check_quote(quotation, READOUT)
    assert check.status == VERBATIM
    assert "…" not in (check.passage or "")  # both parts lie in one stretch of the source


def test_an_editorial_insertion_in_brackets_is_a_cut() -> None:
    check = check_quote("[The Taliban should] make a clean break with all terrorist organizations", READOUT)
    assert check.status == VERBATIM


def test_one_word_changed_is_close_and_the_diff_names_it() -> None:
    check = check_quote(READOUT_QUOTE.replace("clean break", "sharp break"), READOUT)
    assert check.status == CLOSE
    assert 90 <= check.score < 99
    assert [(c.kind, c.quote, c.source) for c in check.diff] == [("changed", "sharp", "clean")]


def test_a_changed_first_word_is_still_aligned() -> None:
    check = check_quote("Organisations all over the world say the same thing", "Many organizations all over the world say the same thing now.")
    assert check.status == CLOSE
    assert [(c.kind, c.quote, c.source) for c in check.diff] == [("changed", "Organisations", "organizations")]


def test_a_quotation_shortened_without_a_mark_is_close_with_the_omission() -> None:
    shortened = READOUT_QUOTE.replace("resolutely and effectively combat", "effectively combat")
    check = check_quote(shortened, READOUT)
    assert check.status == CLOSE
    assert [c.kind for c in check.diff] == ["omitted"]
    assert set(check.diff[0].source.split()) == {"resolutely", "and"}
    assert check.passage is not None and "resolutely" in check.passage


def test_words_added_to_the_quotation_are_reported() -> None:
    padded = READOUT_QUOTE.replace("clean break", "clean and total break")
    check = check_quote(padded, READOUT)
    assert check.status == CLOSE
    assert [(c.kind, c.quote) for c in check.diff] == [("added", "and total")]


def test_a_quotation_the_source_does_not_carry_is_not_found() -> None:
    check = check_quote("We will never negotiate with anyone about the embassy in Kabul", READOUT)
    assert check.status == NOT_FOUND
    assert check.score < 90
    assert check.diff == []


@pytest.mark.parametrize("source", ["", "   ", "\n"])
def test_an_empty_source_finds_nothing(source: str) -> None:
    assert check_quote(READOUT_QUOTE, source).status == NOT_FOUND


def test_many_small_changes_fall_below_close() -> None:
    rewritten = "We want the Taliban to break with every terrorist group such as the ETIM and fight them hard"
    assert check_quote(rewritten, READOUT).status == NOT_FOUND


def test_json_round_trip_keeps_the_diff() -> None:
    check = check_quote(READOUT_QUOTE.replace("clean", "sharp"), READOUT)
    again = QuoteCheck.from_json(check.to_json())
    assert again == check
    assert again is not None and again.describe().startswith("close (")
    assert QuoteCheck.from_json(None) is None
