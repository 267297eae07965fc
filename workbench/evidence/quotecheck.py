"""Does a claim's direct quotation appear in a source, word for word?

Comparison is over words: case, quote marks and punctuation are ignored (a comma moved
inside the quotation marks is not a misquote), spelling and word choice are not.
A quotation is split into segments at ellipses and square-bracket insertions
("[the group]"), the marks of a declared cut; each segment is aligned on its own, so
an honestly shortened quotation can still be verbatim.

Outcomes: ``verbatim`` (score >= 99), ``close`` (>= 90; the word-level diff says what
changed), ``not found``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from rapidfuzz import fuzz

VERBATIM = "verbatim"
CLOSE = "close"
NOT_FOUND = "not found"
VERBATIM_SCORE = 99.0
CLOSE_SCORE = 90.0
MIN_QUOTE_WORDS = 3  # shorter quoted text is a term in scare quotes, not a quotation
# Below this the best alignment is noise: no passage is reported.
PASSAGE_SCORE = 60.0
# Parts of a cut quotation found this close together are shown as one stretch of source.
PASSAGE_GAP_WORDS = 40

_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”|«([^»]+)»|„([^“”]+)[“”]')
_OPEN_QUOTE = re.compile(r'(?:^|(?<=\s))["“«„](?=\w)')
# Declared cuts inside a quotation: ellipses and editorial insertions.
_CUT = re.compile(r"\.\s?\.\s?\.|…|\[[^\]]*\]")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@dataclass(frozen=True, slots=True)
class WordChange:
    """One difference between quotation and source, in their own words.

    ``kind``: ``changed`` (quote words differ), ``added`` (in the quotation, not the
    source) or ``omitted`` (in the source, left out of the quotation without a cut mark).
    """

    kind: str
    quote: str
    source: str

    def describe(self) -> str:
        if self.kind == "changed":
            return f'"{self.source}" -> "{self.quote}"'
        if self.kind == "added":
            return f'added "{self.quote}"'
        return f'omitted "{self.source}"'


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    status: str
    score: float
    quotation: str
    passage: str | None = None
    diff: list[WordChange] = field(default_factory=list)

    def describe(self) -> str:
        text = f"{self.status} ({self.score:g})"
        if self.diff:
            text += ": " + "; ".join(change.describe() for change in self.diff)
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "score": self.score,
            "quotation": self.quotation,
            "passage": self.passage,
            "diff": [{"kind": c.kind, "quote": c.quote, "source": c.source} for c in self.diff],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> QuoteCheck | None:
        if not data or "status" not in data:
            return None
        return cls(
            status=data["status"],
            score=float(data.get("score", 0.0)),
            quotation=data.get("quotation", ""),
            passage=data.get("passage"),
            diff=[WordChange(d["kind"], d.get("quote", ""), d.get("source", "")) for d in data.get("diff", [])],
        )


def quotations(text: str) -> list[str]:
    """The directly quoted passages of ``text`` with at least three words, in order.

    A quotation still open at the end (it runs on into the next paragraph, where news
    style leaves the closing mark off) counts up to the end of the text.
    """
    found, last = [], 0
    for match in _QUOTED.finditer(text):
        found.append(next(group for group in match.groups() if group is not None))
        last = match.end()
    opener = _OPEN_QUOTE.search(text, last)
    if opener:
        found.append(text[opener.end():])
    return [q.strip() for q in found if len(_WORD.findall(q)) >= MIN_QUOTE_WORDS]


def claim_quotation(claim_text: str) -> str | None:
    """All quoted parts of a claim as one quotation ('"A," she said, "B."' is A … B)."""
    parts = quotations(claim_text)
    return " … ".join(parts) if parts else None


@dataclass(frozen=True, slots=True)
class _Words:
    """A text as normalised words, with each word's character span in the original."""

    text: str
    norms: list[str]
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> _Words:
        matches = list(_WORD.finditer(text))
        return cls(text, [_norm(m.group()) for m in matches], [m.span() for m in matches])

    def original(self, lo: int, hi: int) -> str:
        """Original text of words ``lo..hi`` (exclusive), punctuation between them kept."""
        if lo >= hi:
            return ""
        return self.text[self.spans[lo][0]:self.spans[hi - 1][1]]


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def check_quote(quotation: str, source_text: str) -> QuoteCheck:
    """Align ``quotation`` inside ``source_text``; see the module docstring for outcomes."""
    segments = [s for s in (_Words.of(part) for part in _CUT.split(quotation)) if s.norms]
    # Fragments of one or two words between cuts say little alone; keep them only if nothing else.
    long_segments = [s for s in segments if len(s.norms) >= MIN_QUOTE_WORDS] or segments
    if not long_segments:
        return QuoteCheck(NOT_FOUND, 0.0, quotation)
    source = _Words.of(source_text)
    joined = " ".join(source.norms)
    starts = _word_starts(source.norms)
    results = [_align(segment, source, joined, starts) for segment in long_segments]
    score = round(min(r[0] for r in results), 1)
    status = VERBATIM if score >= VERBATIM_SCORE else CLOSE if score >= CLOSE_SCORE else NOT_FOUND
    if status == NOT_FOUND:
        spans = [r[1] for r in results if r[1] is not None and r[0] >= PASSAGE_SCORE]
        passage = _passage(source, spans) if spans and score >= PASSAGE_SCORE else None
        return QuoteCheck(status, score, quotation, passage)
    passage = _passage(source, [r[1] for r in results if r[1] is not None])
    diff = [change for r in results for change in r[2]]
    return QuoteCheck(status, score, quotation, passage, diff)


def _word_starts(norms: list[str]) -> list[int]:
    """Character offset of each word inside ``" ".join(norms)``."""
    starts, position = [], 0
    for word in norms:
        starts.append(position)
        position += len(word) + 1
    return starts


def _align(
    segment: _Words, source: _Words, joined: str, starts: list[int]
) -> tuple[float, tuple[int, int] | None, list[WordChange]]:
    """Best match of one segment: (score, source word span, word changes)."""
    needle = " ".join(segment.norms)
    if not source.norms:
        return 0.0, None, []
    exact = f" {joined} ".find(f" {needle} ")
    if exact != -1:
        lo = bisect_right(starts, exact) - 1
        return 100.0, (lo, lo + len(segment.norms)), []
    # rapidfuzz finds roughly where; a word-level alignment then decides exactly which
    # source words correspond (the rough window has the quotation's length, so it is
    # too short when the quotation left words out).
    rough = fuzz.partial_ratio_alignment(needle, joined)
    if rough is None or rough.score == 0:
        return 0.0, None, []
    pad = len(segment.norms) // 2 + 2
    lo = max(0, bisect_right(starts, rough.dest_start) - 1 - pad)
    hi = min(len(source.norms), bisect_right(starts, max(rough.dest_end - 1, 0)) + pad)
    lo, hi = _trim_to_matches(segment.norms, source.norms, lo, hi)
    score = fuzz.ratio(needle, " ".join(source.norms[lo:hi]))
    return score, (lo, hi), _word_changes(segment, source, lo, hi)


def _trim_to_matches(quote: list[str], source: list[str], lo: int, hi: int) -> tuple[int, int]:
    """Shrink a source window to the words that correspond to the quotation.

    A lone matching word far from the rest ("the" in the padding) does not count; a
    changed first or last word is taken back in when that scores better.
    """
    blocks = [b for b in SequenceMatcher(None, quote, source[lo:hi], autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return lo, hi
    while len(blocks) > 1 and blocks[0].size == 1 and blocks[1].b - blocks[0].b > 3:
        blocks.pop(0)
    while len(blocks) > 1 and blocks[-1].size == 1 and blocks[-1].b - (blocks[-2].b + blocks[-2].size) > 2:
        blocks.pop()
    start, end = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
    needle = " ".join(quote)
    before, after = blocks[0].a, len(quote) - (blocks[-1].a + blocks[-1].size)
    start = max(
        range(start, max(lo, start - before) - 1, -1),
        key=lambda s: (fuzz.ratio(needle, " ".join(source[s:end])), s),
    )
    end = max(
        range(end, min(hi, end + after) + 1),
        key=lambda e: (fuzz.ratio(needle, " ".join(source[start:e])), -e),
    )
    return start, end


def _word_changes(segment: _Words, source: _Words, lo: int, hi: int) -> list[WordChange]:
    matcher = SequenceMatcher(None, segment.norms, source.norms[lo:hi], autojunk=False)
    changes = []
    for tag, q1, q2, s1, s2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        kind = {"replace": "changed", "delete": "added", "insert": "omitted"}[tag]
        changes.append(WordChange(kind, segment.original(q1, q2), source.original(lo + s1, lo + s2)))
    return changes


def _passage(source: _Words, spans: list[tuple[int, int]]) -> str:
    """The source text the quotation matched: one stretch, or the parts joined by an ellipsis."""
    ordered = sorted(spans)
    first, last = ordered[0][0], max(hi for _, hi in ordered)
    covered = sum(hi - lo for lo, hi in ordered)
    if last - first - covered <= max(covered, PASSAGE_GAP_WORDS):
        return source.original(first, last)  # the cut words are worth seeing
    return " … ".join(source.original(lo, hi) for lo, hi in ordered)
