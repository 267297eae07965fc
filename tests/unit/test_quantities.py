"""Quantities read without the events and bound to them later are those read with the events."""

from __future__ import annotations

from tests.conftest import read_shared_jsonl
from workbench.analysis.events import ClaimEvents, claim_events
from workbench.analysis.model import Claim
from workbench.analysis.quantities import bind_events, find_quantities
from workbench.analysis.segment import split_sentences


def test_quantities_bound_to_events_later_are_those_found_with_them():
    # The near-duplicate index reads a claim's quantities without its events and builds the events
    # only for the few claims that need them: nothing but the events may differ from one pass.
    compared = 0
    for article in read_shared_jsonl("bbc_news.jsonl"):
        for sentence in split_sentences(article["text"]):
            text = sentence.text
            if not any(character.isdigit() for character in text):
                continue
            claim = Claim(seq=1, start=0, end=len(text), text=text, sentence_index=0)
            events = claim_events(text, claim)
            bare = find_quantities(text, ClaimEvents(claim, []))
            bind_events(text, bare, events)
            assert bare == find_quantities(text, events), text
            compared += len(bare)
        if compared >= 1000:
            break
    assert compared >= 1000
