"""Ranking documents for a claim by their best-matching passage."""

from __future__ import annotations

import random

from tests.conftest import read_shared_jsonl
from workbench.evidence.suggest import Candidate, rank_candidates

CLAIM = (
    '"We hope the Afghan Taliban will make a clean break with all terrorist organizations including the ETIM '
    "and resolutely and effectively combat them to remove obstacles, play a positive role and create enabling "
    'conditions for security, stability, development and cooperation in the region," the Chinese readout said.'
)
READOUT = Candidate(
    "source", 1, "Wang Yi meets Baradar",
    "On July 28, 2021, Foreign Minister Wang Yi met in Tianjin with Mullah Abdul Ghani Baradar.\n"
    "The ETIM poses a direct threat to China's national security and territorial integrity.\n"
    "We hope the Afghan Taliban will make a clean break with all terrorist organizations including the ETIM and "
    "resolutely and effectively combat them to remove obstacles, play a positive role and create enabling "
    "conditions for security, stability, development and cooperation in the region.",
)
# Shares many of the claim's words ("security", "cooperation", "region") and says nothing about it.
UNRELATED = Candidate(
    "source", 2, "Storm warning",
    "Forecasters said heavy rain would hit the region on Tuesday, with cooperation between emergency services "
    "planned. The security and stability of coastal towns is the priority, officials said.",
)
# Every fragment is a subset of the claim's words: token_set_ratio alone would give each 100.
FRAGMENTS = Candidate(
    "article", 3, "Fragments",
    "The Afghan Taliban. The ETIM region. Security, stability, development. We hope. Chinese readout said.",
)


def test_the_document_carrying_the_quotation_ranks_first() -> None:
    ranked = rank_candidates(CLAIM, [UNRELATED, FRAGMENTS, READOUT], limit=5)
    assert [c.id for c, _, _ in ranked][0] == READOUT.id
    top_score, top_passage = ranked[0][1], ranked[0][2]
    assert top_score >= 90
    assert top_passage.startswith("We hope the Afghan Taliban")
    others = {c.id: score for c, score, _ in ranked[1:]}
    assert all(score < top_score - 30 for score in others.values())


def test_short_fragments_that_are_subsets_of_the_claim_do_not_score() -> None:
    ranked = rank_candidates(CLAIM, [FRAGMENTS], limit=5, min_score=0)
    assert ranked == [] or ranked[0][1] < 50


def test_limit_and_order_are_kept() -> None:
    ranked = rank_candidates(CLAIM, [UNRELATED, READOUT], limit=1, min_score=0)
    assert [c.id for c, _, _ in ranked] == [READOUT.id]


def test_a_claim_of_common_words_only_suggests_nothing() -> None:
    assert rank_candidates("He said it was not so.", [READOUT, UNRELATED]) == []


def test_a_claim_without_quotation_still_finds_the_paraphrased_report() -> None:
    claim = "Wang Yi met Mullah Abdul Ghani Baradar in Tianjin on July 28, officials said."
    ranked = rank_candidates(claim, [UNRELATED, READOUT], limit=5)
    assert ranked[0][0].id == READOUT.id
    assert "Tianjin" in ranked[0][2]


def test_finds_the_article_a_reworded_sentence_came_from_in_the_bbc_corpus() -> None:
    """A sentence with one word changed and one dropped should lead back to its article."""
    records = list(read_shared_jsonl("bbc_news.jsonl"))[:300]
    candidates = [Candidate("article", i, r["title"], r["text"]) for i, r in enumerate(records)]
    rng = random.Random(6)
    hits, trials = 0, 0
    for index in rng.sample(range(len(records)), 20):
        sentences = [s for s in records[index]["text"].split(". ") if 14 <= len(s.split()) <= 40]
        if not sentences:
            continue
        words = rng.choice(sentences).split()
        words[len(words) // 2] = "reportedly"
        del words[len(words) // 3]
        ranked = rank_candidates(" ".join(words), candidates, limit=1)
        trials += 1
        # Duplicated stories in the corpus count as a hit when the text is the same.
        hits += bool(ranked) and records[ranked[0][0].id]["text"] == records[index]["text"]
    assert trials >= 15
    assert hits / trials >= 0.9
