"""Which stored document most likely covers a claim, and where.

Every stored source and every other stored article is cut into passages (sentences,
and pairs of sentences so a quotation split across two still matches whole); each
passage gets a score from 0 to 100:

- the claim's direct quotation aligned inside the passage (rapidfuzz ``partial_ratio``),
  scaled down when the passage covers only part of the quotation;
- the claim's key terms found in the passage, each weighted by how rare it is among
  the passages compared (names and numbers count double);
- ``token_set_ratio`` of claim and passage, which alone gives 100 to any passage whose
  words are a subset of the claim's ("the Taliban said"), so passages under
  ``MIN_PASSAGE_WORDS`` words are skipped and short ones are scaled down.

A document's score is that of its best passage. Speed: other articles are not read whole.
Their passages are their stored claims (each, and each with the next one), taken from the
full-text index: the ``CANDIDATE_PASSAGES`` claims best matching (BM25) the claim's rarest
key words among the store's newest claims (``store.passages.WINDOW_CLAIMS``, about 3,000
articles), so a suggestion costs the same in a store of any size. Sources are cut into
sentences. Of all these only the ``SEGMENTED_DOCUMENTS`` documents holding most of the
claim's key terms are compared, and only the ``RESCORED_PASSAGES`` passages with the best
key-term scores are aligned with rapidfuzz. Sources are not all read either: the
full-text index over sources gives those holding the claim's rarest key words
(``store.passages.SOURCE_CANDIDATES`` at most).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from workbench.evidence.errors import EvidenceError
from workbench.evidence.quotecheck import claim_quotation
from workbench.store.passages import StoredPassage, passages_matching, sources_matching, suggestion_inputs

if TYPE_CHECKING:
    from workbench.store.engine import Database

MIN_PASSAGE_WORDS = 5
FULL_WEIGHT_WORDS = 10  # passages this long or longer are not scaled down
MIN_SCORE = 20.0
STEM_CHARS = 6  # "terrorist"/"terrorism", "recognise"/"recognize" share a stem
# Only documents holding this share of the claim's key-term weight are compared, at most
# SEGMENTED_DOCUMENTS of them (those holding the most).
MIN_DOCUMENT_TERM_SHARE = 0.15
SEGMENTED_DOCUMENTS = 40
RESCORED_PASSAGES = 300
# Other articles' claims read per suggestion, from the full-text index's best (BM25) matches.
CANDIDATE_PASSAGES = 400

# Weights with and without a quotation in the claim.
QUOTE_WEIGHTS = (0.55, 0.25, 0.20)  # quotation, key terms, fuzzy
PLAIN_WEIGHTS = (0.0, 0.55, 0.45)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say saying told tells according added adding
    reported reports stated states claimed claims noted quoted quoting earlier later ago last week year
    one two new""".split()
)
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A stored source (``source_id``) or article (``article_id``) that may cover a claim."""

    kind: str  # "source" or "article"
    source_id: int | None
    article_id: int | None
    title: str | None
    score: float
    passage: str
    linked_stance: str | None = None  # the stance if the claim is already linked to it

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "source_id": self.source_id,
            "article_id": self.article_id,
            "title": self.title,
            "score": self.score,
            "passage": self.passage,
            "linked_stance": self.linked_stance,
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    """A document to rank: what ``rank_candidates`` needs, nothing from the database.

    ``sentences``, when given, are the document's passages already cut, as (position, text)
    in order (a stored article's claims by seq): neighbours at consecutive positions also
    make a pair. Otherwise ``text`` is cut into sentences.
    """

    kind: str
    id: int
    title: str | None
    text: str
    sentences: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Terms:
    weights: dict[str, float]  # stem -> 1 (common word) or 2 (name or number)

    @classmethod
    def of_claim(cls, text: str) -> _Terms:
        weights: dict[str, float] = {}
        for position, match in enumerate(_WORD.finditer(text)):
            word = match.group()
            low = word.lower()
            if low in STOPWORDS or (len(low) < 3 and not low.isdigit()):
                continue
            special = word[0].isdigit() or (word[0].isupper() and position > 0)
            stem = _stem(low)
            weights[stem] = max(weights.get(stem, 0.0), 2.0 if special else 1.0)
        return cls(weights)


def _key_words(text: str) -> list[str]:
    """The claim's words worth looking up (as the full-text index splits them): no stop
    words, no short words but numbers."""
    words = re.findall(r"\w+", text.lower())
    return list(dict.fromkeys(w for w in words if w not in STOPWORDS and (len(w) >= 3 or w.isdigit())))


def _stem(word: str) -> str:
    return word.replace("’", "'")[:STEM_CHARS]


@dataclass(frozen=True, slots=True)
class _Passage:
    candidate: Candidate
    text: str
    stems: frozenset[str]
    words: int


def rank_candidates(
    claim_text: str, candidates: Iterable[Candidate], limit: int = 5, min_score: float = MIN_SCORE
) -> list[tuple[Candidate, float, str]]:
    """The best ``limit`` candidates as (candidate, score, passage), best first."""
    quotation = claim_quotation(claim_text)
    terms = _Terms.of_claim(claim_text)
    total_weight = sum(terms.weights.values())
    if not total_weight:
        return []  # only common words: nothing distinctive to look for
    passages = [p for candidate in _likely_documents(terms, candidates) for p in _passages(candidate)]
    if not passages:
        return []
    rarity = _rarity(terms, [p.stems for p in passages])
    by_terms = sorted(((_term_score(rarity, p.stems), p) for p in passages), key=lambda item: -item[0])
    best: dict[tuple[str, int], tuple[float, str, Candidate]] = {}
    claim_low = claim_text.lower()
    quote_low = quotation.lower() if quotation else None
    for term_score, passage in by_terms[:RESCORED_PASSAGES]:
        score = _passage_score(claim_low, quote_low, term_score, passage)
        key = (passage.candidate.kind, passage.candidate.id)
        if key not in best or score > best[key][0]:
            best[key] = (score, passage.text, passage.candidate)
    ranked = sorted(best.values(), key=lambda item: (-item[0], item[2].kind != "source", item[2].id))
    return [(c, round(s, 1), p) for s, p, c in ranked if s >= min_score][:limit]


def _likely_documents(terms: _Terms, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The documents worth segmenting: most key-term weight, rare terms counting more.

    A substring test per stem is far cheaper than cutting every document into passages.
    """
    holding: list[tuple[Candidate, list[str]]] = []
    for candidate in candidates:
        low = candidate.text.lower()
        holding.append((candidate, [stem for stem in terms.weights if stem in low]))
    documents = len(holding)
    frequency: dict[str, int] = {}
    for _, stems in holding:
        for stem in stems:
            frequency[stem] = frequency.get(stem, 0) + 1
    rarity = {s: w * math.log(1 + (documents + 1) / (frequency.get(s, 0) + 1)) for s, w in terms.weights.items()}
    possible = sum(rarity.values())
    scored = [(sum(rarity[s] for s in stems) / possible, c) for c, stems in holding]
    scored = [item for item in scored if item[0] >= MIN_DOCUMENT_TERM_SHARE]
    scored.sort(key=lambda item: -item[0])
    return [c for _, c in scored[:SEGMENTED_DOCUMENTS]]


def _passages(candidate: Candidate) -> list[_Passage]:
    if candidate.sentences:
        cut = list(candidate.sentences)
    else:
        from workbench.analysis.segment import split_sentences  # sources only: stored claims come cut

        cut = list(enumerate(sentence.text for sentence in split_sentences(candidate.text)))
    sentences = []
    for position, sentence in cut:
        text = sentence.strip()
        words = _WORD.findall(text.lower().replace("’", "'"))
        sentences.append((position, text, frozenset(w[:STEM_CHARS] for w in words), len(words)))
    singles = [_Passage(candidate, *s[1:]) for s in sentences if s[3] >= MIN_PASSAGE_WORDS]
    pairs = [
        _Passage(candidate, f"{a[1]} {b[1]}", a[2] | b[2], a[3] + b[3])
        for a, b in zip(sentences, sentences[1:])
        if b[0] == a[0] + 1 and a[3] + b[3] >= MIN_PASSAGE_WORDS
    ]
    return singles + pairs


def _rarity(terms: _Terms, passage_stems: list[frozenset[str]]) -> dict[str, float]:
    """Key-term weight times inverse passage frequency (smoothed, always positive)."""
    total = len(passage_stems)
    rarity = {}
    for stem, weight in terms.weights.items():
        holding = sum(1 for stems in passage_stems if stem in stems)
        rarity[stem] = weight * math.log(1 + (total + 1) / (holding + 1))
    return rarity


def _term_score(rarity: dict[str, float], stems: frozenset[str]) -> float:
    total = sum(rarity.values())
    return 100 * sum(w for stem, w in rarity.items() if stem in stems) / total if total else 0.0


def _passage_score(claim_low: str, quote_low: str | None, term_score: float, passage: _Passage) -> float:
    passage_low = passage.text.lower()
    length_factor = min(1.0, passage.words / FULL_WEIGHT_WORDS)
    fuzzy = fuzz.token_set_ratio(claim_low, passage_low) * length_factor
    if quote_low is None:
        return PLAIN_WEIGHTS[1] * term_score + PLAIN_WEIGHTS[2] * fuzzy
    coverage = min(1.0, len(passage_low) / len(quote_low))
    quote_score = fuzz.partial_ratio(quote_low, passage_low) * coverage
    return QUOTE_WEIGHTS[0] * quote_score + QUOTE_WEIGHTS[1] * term_score + QUOTE_WEIGHTS[2] * fuzzy


def _article_candidates(db: Database | sqlite3.Connection, claim_text: str, own_article: int, claim_id: int | None = None) -> list[Candidate]:
    """Other articles as candidates made of their stored claims that the full-text index finds
    holding the claim's rarest key words."""
    words = _key_words(claim_text)
    if not words:
        return []
    by_article: dict[int, list[StoredPassage]] = {}
    for passage in passages_matching(db, words, CANDIDATE_PASSAGES, exclude_article=own_article,
                                     claim_id=claim_id):
        by_article.setdefault(passage.article_id, []).append(passage)
    candidates = []
    for article_id in sorted(by_article):
        passages = sorted(by_article[article_id], key=lambda p: p.seq)
        candidates.append(Candidate("article", article_id, passages[0].title, " ".join(p.text for p in passages),
                                    tuple((p.seq, p.text) for p in passages)))
    return candidates


def suggest_sources(
    db: Database | sqlite3.Connection, claim_id: int, limit: int = 5, min_score: float = MIN_SCORE
) -> list[Suggestion]:
    """Sources and other stored articles ranked by their best-matching passage for a claim.

    ``db`` is the ``Database`` or a plain ``sqlite3`` connection to a SQLite file at head
    (``store.sqlite_reader``: the command line's way, without loading SQLAlchemy)."""
    inputs = suggestion_inputs(db, claim_id)
    if inputs is None:
        raise EvidenceError(f"no claim with id {claim_id}")
    sources = sources_matching(db, _key_words(inputs.claim_text))
    candidates = [Candidate("source", sid, title, text) for sid, title, text in sources]
    candidates += _article_candidates(db, inputs.claim_text, inputs.article_id, claim_id)
    return [
        Suggestion(
            kind=candidate.kind,
            source_id=candidate.id if candidate.kind == "source" else None,
            article_id=candidate.id if candidate.kind == "article" else None,
            title=candidate.title,
            score=score,
            passage=passage,
            linked_stance=inputs.linked.get((candidate.kind, candidate.id)),
        )
        for candidate, score, passage in rank_candidates(inputs.claim_text, candidates, limit, min_score)
    ]
