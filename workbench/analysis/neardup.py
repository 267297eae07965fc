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
100k claims would take two hours). Instead each claim gets a MinHash signature
over its content words; the signature is cut into ``bands`` of ``rows`` values and
claims sharing any band are candidates. Only candidates are scored with
``rapidfuzz.fuzz.ratio`` on the normalised text (lowercase, punctuation dropped,
numbers masked as ``#`` so "three bodies" and "five bodies" compare equal). Pairs at
or above ``threshold`` are ``duplicate``; when their numbers differ they are
``numeric_conflict``. Claims under ``min_words`` words are not indexed: short
fragments ("he said", "in 2004") match everything.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Hashable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}
_TOKEN = re.compile(
    r"\d+(?:[.,]\d+)*|[a-z]+(?:'[a-z]+)?",
)
_STOPWORDS = frozenset(
    "the a an and or of to in on at for with from by as that this these those it its is are was were be been has "
    "have had will would said says not but he she they we i you his her their our which who also there than".split()
)
_MASK = "#"
_HASH_MASK = (1 << 61) - 1  # a Mersenne prime: (a*h + b) mod p is a universal hash


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


class NearDuplicateIndex:
    """MinHash-blocked near-duplicate search over claims; see the module docstring."""

    def __init__(self, threshold: float = 85.0, *, bands: int = 20, rows: int = 3, min_words: int = 6) -> None:
        self.threshold = threshold
        self.bands = bands
        self.rows = rows
        self.min_words = min_words
        # Fixed coefficients: the same text always gets the same signature.
        self._coefficients = [
            ((0x9E3779B97F4A7C15 * (i + 1)) & _HASH_MASK | 1, (0xC2B2AE3D27D4EB4F * (i + 7)) & _HASH_MASK)
            for i in range(bands * rows)
        ]
        self._entries: list[_Entry] = []
        self._buckets: dict[tuple[int, tuple[int, ...]], list[int]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, claim_id: Hashable, text: str, group: Hashable | None = None) -> bool:
        """Index a claim; False when it is too short to be compared."""
        prepared = self._prepare(text)
        if prepared is None:
            return False
        masked, numbers, written, keys = prepared
        index = len(self._entries)
        self._entries.append(_Entry(claim_id, group, masked, numbers, written))
        for key in keys:
            self._buckets.setdefault(key, []).append(index)
        return True

    def find_matches(self, text: str, group: Hashable | None = None) -> list[NearDuplicate]:
        """Indexed claims that nearly repeat ``text``, best first; claims of ``group`` are skipped."""
        prepared = self._prepare(text)
        if prepared is None:
            return []
        masked, numbers, written, keys = prepared
        candidates: set[int] = set()
        for key in keys:
            candidates.update(self._buckets.get(key, ()))
        matches = []
        for index in candidates:
            entry = self._entries[index]
            if group is not None and entry.group == group:
                continue
            match = self._compare(masked, numbers, written, entry)
            if match is not None:
                matches.append(match)
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
        tokens = _TOKEN.findall(text.lower())
        if len(tokens) < self.min_words:
            return None
        masked, numbers, written = _mask_numbers(tokens)
        content = {w for w in masked if w not in _STOPWORDS and w != _MASK} or set(masked)
        return " ".join(masked), numbers, written, self._band_keys(content)

    def _band_keys(self, words: set[str]) -> list[tuple[int, tuple[int, ...]]]:
        hashes = [zlib.crc32(w.encode()) for w in words]
        signature = [min((a * h + b) & _HASH_MASK for h in hashes) for a, b in self._coefficients]
        rows = self.rows
        return [(band, tuple(signature[band * rows:(band + 1) * rows])) for band in range(self.bands)]

    def _compare(
        self, masked: str, numbers: tuple[str, ...], written: dict[str, str], entry: _Entry
    ) -> NearDuplicate | None:
        score = fuzz.ratio(masked, entry.masked, score_cutoff=self.threshold)
        if not score:
            return None
        ours, theirs = Counter(numbers), Counter(entry.numbers)
        if ours == theirs:
            return NearDuplicate(entry.claim_id, score, "duplicate", f"near-duplicate claim (similarity {score:.0f})")
        only_ours = sorted((ours - theirs).elements())
        only_theirs = sorted((theirs - ours).elements())
        differing = ", ".join(written.get(n, n) for n in only_ours) or "none"
        other = ", ".join(entry.written.get(n, n) for n in only_theirs) or "none"
        if any(_looks_like_year(n) for n in only_ours + only_theirs):
            return NearDuplicate(entry.claim_id, score, "duplicate",
                                 f"near-duplicate claim about another year: {differing} vs {other} (similarity {score:.0f})")
        return NearDuplicate(entry.claim_id, score, "numeric_conflict",
                             f"same claim with different numbers: {differing} here vs {other} there "
                             f"(similarity {score:.0f} with numbers masked)")


def normalised_text(text: str, min_words: int = 6) -> str | None:
    """The text the index scores: lowercase words, numbers masked; None when too short."""
    tokens = _TOKEN.findall(text.lower())
    return " ".join(_mask_numbers(tokens)[0]) if len(tokens) >= min_words else None


def _mask_numbers(tokens: list[str]) -> tuple[list[str], tuple[str, ...], dict[str, str]]:
    masked, numbers, written = [], [], {}
    for token in tokens:
        value = token.replace(",", "") if token[0].isdigit() else _NUMBER_WORDS.get(token)
        if value is None:
            masked.append(token)
            continue
        masked.append(_MASK)
        numbers.append(value)
        written.setdefault(value, token)
    return masked, tuple(numbers), written


def _looks_like_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")
