"""Near-duplicate claims across articles, and near-duplicates that disagree on a number.

Pure and in memory: the store feeds it (id, text) pairs and records the findings.

    index = NearDuplicateIndex()
    for claim_id, article_id, text in stored_claims:
        index.add(claim_id, text, group=article_id)
    for claim in new_article_claims:                       # on ingest
        for match in index.find_matches(claim.text, group=new_article_id):
            ...  # store Finding(match.kind, ...) linking claim and match.other_id
        index.add(claim.id, claim.text, group=new_article_id)

How it scales: comparing every pair is quadratic (0.67 M pairs/s with rapidfuzz, so
100k claims would take two hours). Instead each claim is keyed by the ``keys``
smallest hashes of its content-word bigrams (a bottom-k sketch: stop words and
numbers left out). Two claims whose bigram sets overlap by a share J miss each
other only when none of the few smallest hashes of their union is shared, about
(1 - J) ** keys; bigrams are rare enough that a key's bucket stays small. Only
claims sharing a key are candidates, and only candidates are scored with
``rapidfuzz.fuzz.ratio`` on the normalised text (lowercase, punctuation dropped,
numbers masked as ``#`` so "three bodies" and "five bodies" compare equal). Pairs at
or above ``threshold`` are ``duplicate``; when their numbers differ they are
``numeric_conflict``. Claims under ``min_words`` words are not indexed: short
fragments ("he said", "in 2004") match everything.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from collections import Counter
from collections.abc import Hashable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process

_NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}
_PIECE = re.compile(r"(\d+(?:[.,]\d+)*)|(#|[a-z]+(?:'[a-z]+)?)")
_STOPWORDS = frozenset(
    "the a an and or of to in on at for with from by as that this these those it its is are was were be been has "
    "have had will would said says not but he she they we i you his her their our which who also there than".split()
)
_MASK = "#"
# A substituted number is a contradiction only when the rest is (almost) word for word.
NUMERIC_CONFLICT_SIMILARITY = 92.0


# masked text, numbers, how each number was written, sketch keys
Prepared = tuple[str, tuple[str, ...], dict[str, str], list[int]]


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """A stored claim that nearly repeats the one looked up."""

    other_id: Hashable
    score: float
    kind: str  # duplicate | numeric_conflict
    explanation: str


@dataclass(frozen=True, slots=True)
class _Entry:
    claim_id: Hashable
    group: Hashable | None
    masked: str
    numbers: tuple[str, ...]  # normalised ("3"), compared
    written: dict[str, str]  # normalised -> as written ("three"), for explanations
    keys: tuple[int, ...]  # the buckets it sits in, so it can be taken out again


class NearDuplicateIndex:
    """Bigram-sketch-blocked near-duplicate search over claims; see the module docstring."""

    def __init__(self, threshold: float = 85.0, *, keys: int = 6, min_words: int = 6) -> None:
        self.threshold = threshold
        self.keys = keys
        self.min_words = min_words
        self._entries: list[_Entry] = []
        self._buckets: dict[int, list[int]] = {}
        self._last_prepared: tuple[str | None, object] = (None, None)

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, claim_id: Hashable, text: str, group: Hashable | None = None) -> bool:
        """Index a claim; False when it is too short to be compared."""
        return self.add_prepared(claim_id, self.prepare(text), group)

    def find_matches(self, text: str, group: Hashable | None = None) -> list[NearDuplicate]:
        """Indexed claims that nearly repeat ``text``, best first; claims of ``group`` are skipped."""
        return self.find_prepared(self.prepare(text), group)

    def prepare(self, text: str) -> Prepared | None:
        """The comparable form of a claim (picklable: ingest computes it in worker processes)."""
        return self._prepare(text)

    def add_prepared(self, claim_id: Hashable, prepared: Prepared | None, group: Hashable | None = None) -> bool:
        if prepared is None:
            return False
        masked, numbers, written, keys = prepared
        index = len(self._entries)
        self._entries.append(_Entry(claim_id, group, masked, numbers, written, tuple(keys)))
        for key in keys:
            self._buckets.setdefault(key, []).append(index)
        return True

    def truncate(self, length: int) -> None:
        """Forget every claim added after the first ``length`` (a writer's rolled-back batch)."""
        while len(self._entries) > length:
            for key in self._entries.pop().keys:
                bucket = self._buckets[key]
                bucket.pop()  # entries join buckets in order, so the newest is last
                if not bucket:
                    del self._buckets[key]

    def find_prepared(
        self, prepared: Prepared | None, group: Hashable | None = None, *, max_candidates: int | None = None
    ) -> list[NearDuplicate]:
        """``max_candidates`` bounds the work per lookup: from each bucket only its newest
        ``max_candidates // keys`` members are judged (templated copy fills a bucket with
        thousands of near-identical claims; the newest few stand for them all).
        """
        if prepared is None:
            return []
        masked, numbers, written, keys = prepared
        candidates: set[int] = set()
        per_key = None if max_candidates is None else max(1, max_candidates // max(1, len(keys)))
        for key in keys:
            bucket = self._buckets.get(key, ())
            candidates.update(bucket if per_key is None or len(bucket) <= per_key else bucket[-per_key:])
        if not candidates:
            return []
        entries = [entry for entry in map(self._entries.__getitem__, candidates) if entry.group != group or group is None]
        if not entries:
            return []
        # One C-level pass scores every candidate; only the few above the threshold are judged.
        scored = process.extract(
            masked, [entry.masked for entry in entries], scorer=fuzz.ratio, score_cutoff=self.threshold, limit=None
        )
        matches = [self._judge(score, numbers, written, entries[position]) for _, score, position in scored]
        matches.sort(key=lambda m: -m.score)
        return matches

    def pairs(self) -> Iterator[tuple[Hashable, NearDuplicate]]:
        """Every matching pair already in the index, once: (claim_id, match on the other claim)."""
        seen: set[tuple[int, int]] = set()
        for members in self._buckets.values():
            if len(members) < 2:
                continue
            for position, i in enumerate(members):
                left = self._entries[i]
                for j in members[position + 1:]:
                    if (i, j) in seen:
                        continue
                    seen.add((i, j))
                    right = self._entries[j]
                    if left.group is not None and left.group == right.group:
                        continue
                    match = self._compare(left.masked, left.numbers, left.written, right)
                    if match is not None:
                        yield left.claim_id, match

    # ------------------------------------------------------------------ internals

    def _prepare(self, text: str):
        # find_matches then add on the same text is the ingest pattern: prepare once.
        if self._last_prepared[0] == text:
            return self._last_prepared[1]
        masked, numbers, written = _mask_numbers(text)
        if len(masked) < self.min_words:
            prepared = None
        else:
            content = [w for w in masked if w not in _STOPWORDS and w != _MASK] or masked
            prepared = " ".join(masked), numbers, written, self._sketch(content)
        self._last_prepared = (text, prepared)
        return prepared

    def _sketch(self, words: list[str]) -> list[int]:
        """The smallest hashes of the content-word bigrams (the words alone for one-word claims).

        A bigram's hash mixes its words' crc32 (stable across processes, unlike ``hash``:
        ingest prepares sketches in worker processes); word hashes are cached.
        """
        hashes = [_word_hash(w) for w in words]
        grams = {(a * _MIX ^ b) & 0xFFFFFFFF for a, b in zip(hashes, hashes[1:])} or set(hashes)
        return sorted(grams)[: self.keys]

    def _compare(
        self, masked: str, numbers: tuple[str, ...], written: dict[str, str], entry: _Entry
    ) -> NearDuplicate | None:
        score = fuzz.ratio(masked, entry.masked, score_cutoff=self.threshold)
        return self._judge(score, numbers, written, entry) if score else None

    def _judge(
        self, score: float, numbers: tuple[str, ...], written: dict[str, str], entry: _Entry
    ) -> NearDuplicate:
        """Duplicate or numeric conflict, for a pair already above the similarity threshold."""
        ours, theirs = Counter(numbers), Counter(entry.numbers)
        if ours == theirs:
            return NearDuplicate(entry.claim_id, score, "duplicate", f"near-duplicate claim (similarity {score:.0f})")
        only_ours = sorted((ours - theirs).elements())
        only_theirs = sorted((theirs - ours).elements())
        differing = ", ".join(written.get(n, n) for n in only_ours) or "none"
        other = ", ".join(entry.written.get(n, n) for n in only_theirs) or "none"
        if not (only_ours and only_theirs) or score < NUMERIC_CONFLICT_SIMILARITY:
            # An added figure, or a template sentence about another subject, is no contradiction.
            return NearDuplicate(entry.claim_id, score, "duplicate",
                                 f"near-duplicate claim, numbers {differing} vs {other} (similarity {score:.0f})")
        if any(_looks_like_year(n) for n in only_ours + only_theirs):
            return NearDuplicate(entry.claim_id, score, "duplicate",
                                 f"near-duplicate claim about another year: {differing} vs {other} (similarity {score:.0f})")
        return NearDuplicate(entry.claim_id, score, "numeric_conflict",
                             f"same claim with different numbers: {differing} here vs {other} there "
                             f"(similarity {score:.0f} with numbers masked)")


_MIX = 0x9E3779B1


@lru_cache(maxsize=200_000)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())


def normalised_text(text: str, min_words: int = 6) -> str | None:
    """The text the index scores: lowercase words, numbers masked; None when too short."""
    masked = _mask_numbers(text)[0]
    return " ".join(masked) if len(masked) >= min_words else None


def _mask_numbers(text: str) -> tuple[list[str], tuple[str, ...], dict[str, str]]:
    """Lowercase words with every number as '#', the numbers normalised, and how each was written.

    One regex pass: digits and words alternate in ``_PIECE``; a word is a number when it is
    one of ``_NUMBER_WORDS``.
    """
    masked: list[str] = []
    numbers: list[str] = []
    written: dict[str, str] = {}
    for digits, word in _PIECE.findall(text.lower()):
        if digits:
            value, token = digits.replace(",", ""), digits
        elif word in _NUMBER_WORDS:
            value, token = _NUMBER_WORDS[word], word
        else:
            masked.append(word)
            continue
        masked.append(_MASK)
        numbers.append(value)
        written.setdefault(value, token)
    return masked, tuple(numbers), written


def _looks_like_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")
