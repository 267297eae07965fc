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

Two refinements come from the event model (``events.py``, ``quantities.py``):

- Subjects. A sentence template filled with other names ("Shares in Wimpey were up 6%
  at 458.5p" / "Shares in Umbro were up 1.76% at 115.5 pence") is about another
  subject: when the two claims name different things, different numbers are no
  conflict and the pair is not reported.
- Facts in other words. Each quantity taking part in an event is also keyed by its
  event class, what it counts (or its currency) and each proper name of the claim
  ("acquisition|USD|rosneft"). Claims sharing a key are compared as facts however they
  are worded ("Rosneft bought the Yugansk unit for $9.3bn" / "sold to Rosneft in a deal
  worth $9.4bn", "buried at least 12 homes" / "12 houses were buried"): values that
  agree make a ``duplicate`` (the same fact, paraphrased), values of one magnitude that
  cannot both hold a ``numeric_conflict``. Names are compared by their first six
  letters, so transliterations ("Yuganskneftegas", "Yuganskneftegaz") meet.
"""

from __future__ import annotations

import re
import zlib
from array import array
from functools import lru_cache
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from workbench.analysis.events import ClaimEvents, claim_events, nationality_adjective, word_lemmas
from workbench.analysis.lexicon import (
    EVENT_CLASSES,
    FUNCTION_WORDS,
    MEASURE_UNITS,
    NUMBER_WORDS,
    ONCE_EVENT_CLASSES,
    SCALE_WORDS,
)
from workbench.analysis.model import Claim
from workbench.analysis.quantities import COUNTABLE, bind_events, find_quantities, noun_class
from workbench.analysis.timex_lexicon import MONTH_ALTERNATION, MONTHS, WEEKDAYS

# Words that mask as numbers: "three bodies" and "3 bodies" compare equal.
_NUMBER_WORDS = {
    word: str(int(value)) for word, value in {**NUMBER_WORDS, **SCALE_WORDS}.items()
    if " " not in word and len(word) > 2 and value >= 2
}
_PIECE = re.compile(r"(\d+(?:[.,]\d+)*)|(#|[a-z]+(?:'[a-z]+)?)")
_WORD = re.compile(r"#|[a-z]+(?:'[a-z]+)?")  # _PIECE's words, for text without digits
_DIGIT = re.compile(r"\d")
_STOPWORDS = FUNCTION_WORDS | {"said", "says", "also"}
_MASK = "#"
_NOT_CONTENT = _STOPWORDS | {_MASK}  # words the sketch leaves out: one set to test each word against
# A substituted number is a contradiction only when the rest is (almost) word for word.
NUMERIC_CONFLICT_SIMILARITY = 92.0


# Facts in a fact's key: at most this many names of the claim.
FACT_NAMES = 4
# Candidates judged per fact key: the newest of a bucket stand for the rest.
FACT_CANDIDATES = 24
# A fact is also keyed without its event class (the flag bit marks such keys): two outlets name
# one fact by different events ("floods forced 3,000 people from their homes" / "3,000
# residents were evacuated"). Through such a key values that agree make a duplicate, with more
# words in common; values that differ are no conflict, since the events may be two.
LOOSE_KEY = 1 << 32
LOOSE_SIMILARITY = 55.0
# A figure and a name in one claim ("40,000 homes ... Storm Edda", "$640m ... Lyra Labs") key it
# whatever its event: two outlets telling one fact in other words ("cut power to 40,000 homes" /
# "40,000 households lost electricity") share the figure and the name when they share no verb.
# Such a link is only ever a duplicate (the figure is the same by construction), and needs more
# words in common than a fact keyed by its event. Figures under 10 and years are too common.
FIGURE_KEY = 1 << 33
FIGURE_SIMILARITY = 60.0
# Two values of one fact disagree only when they are of one magnitude: "$9.3bn" and
# "$9.4bn" are two reports of one price, "$9.3bn" and "$27bn" two amounts.
FACT_MAGNITUDE = 2.0
# Some words in common: two outlets' sentences about one fact share their content words.
FACT_SIMILARITY = 45.0
# One empty mapping and one empty set for every claim without numbers or names: pickled once per
# batch of prepared claims (pickle's memo), so the writer does not rebuild thousands of empties.
# Never mutated: prepared forms are read only.
_NO_WRITTEN: dict[str, str] = {}
_NO_NAMES: frozenset[str] = frozenset()
# Texts whose prepared form is kept: outlets repeat sentences, and a worker meets them again.
PREPARED_CACHE = 4096
_MISSING = object()


class Fact(NamedTuple):
    """A quantity that takes part in an event, in a form that pickles and compares across articles
    (a named tuple: the writer unpickles thousands of them from the workers)."""

    keys: tuple[int, ...]
    value: float
    low: float
    high: float
    text: str
    event: str
    step: float = 0.0  # one unit of the last digit written: values closer than it are one rounded value


# masked text, numbers, how each number was written, sketch keys, names, facts
Prepared = tuple[str, tuple[str, ...], dict[str, str], list[int], frozenset[str], tuple[Fact, ...]]


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """A stored claim that nearly repeats the one looked up."""

    other_id: Hashable
    score: float
    kind: str  # duplicate | numeric_conflict
    explanation: str


@dataclass(slots=True)  # not frozen: one is made per claim on the writer's hot path
class _Entry:
    claim_id: Hashable
    group: Hashable | None
    masked: str
    numbers: tuple[str, ...]  # normalised ("3"), compared
    written: dict[str, str]  # normalised -> as written ("three"), for explanations
    keys: tuple[int, ...]  # the buckets it sits in, so it can be taken out again
    names: frozenset[str] = frozenset()
    facts: tuple[Fact, ...] = ()


class NearDuplicateIndex:
    """Bigram-sketch-blocked near-duplicate search over claims; see the module docstring."""

    def __init__(self, threshold: float = 85.0, *, keys: int = 6, min_words: int = 6) -> None:
        self.threshold = threshold
        self.keys = keys
        self.min_words = min_words
        self._entries: list[_Entry] = []
        # A bucket of one claim is that claim's position, of more an array of positions: most keys
        # are met once, and a plain int is one object fewer for the garbage collector to walk (a
        # third of the writer's time went to it with a list per key); an array, unlike a list,
        # holds no objects for it to walk. Fact keys, nearly all met once, are bucketed alike
        # (with a list for each, the collector took twice the time).
        self._buckets: dict[int, int | array[int]] = {}
        self._fact_buckets: dict[int, int | array[int]] = {}
        # Oldest out first, in constant time: a plain dict's first key is found by stepping over the slot of
        # every key taken out since it last grew (thousands, once the cache is full: a long-lived
        # worker's index paid a few microseconds a claim for it).
        self._prepared_texts: OrderedDict[str, object] = OrderedDict()

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
        masked, numbers, written, keys, names, facts = prepared
        index = len(self._entries)
        self._entries.append(_Entry(claim_id, group, masked, numbers, written, tuple(keys), names, facts))
        buckets = self._buckets
        for key in keys:
            _join_bucket(buckets, key, index)
        if facts:
            for key in {key for fact in facts for key in fact.keys}:
                _join_bucket(self._fact_buckets, key, index)
        return True

    def truncate(self, length: int) -> None:
        """Forget every claim added after the first ``length`` (a writer's rolled-back batch)."""
        while len(self._entries) > length:
            entry = self._entries.pop()
            for key in entry.keys:
                _leave_bucket(self._buckets, key)
            for key in {key for fact in entry.facts for key in fact.keys}:
                _leave_bucket(self._fact_buckets, key)

    def find_prepared(
        self, prepared: Prepared | None, group: Hashable | None = None, *, max_candidates: int | None = None
    ) -> list[NearDuplicate]:
        """``max_candidates`` bounds the work per lookup: from each bucket only its newest
        ``max_candidates // keys`` members are judged (templated copy fills a bucket with
        thousands of near-identical claims; the newest few stand for them all), and each
        fact key only its newest ``FACT_CANDIDATES``.
        """
        if prepared is None:
            return []
        masked, numbers, written, keys, names, facts = prepared
        # The writer runs this once per claim of every article: locals and no per-key copies.
        buckets = self._buckets
        per_key = len(self._entries) if max_candidates is None else max(1, max_candidates // max(1, len(keys)))
        candidates: set[int] = set()
        for key in keys:
            bucket = buckets.get(key)
            if bucket is None:
                continue
            if bucket.__class__ is int:
                candidates.add(bucket)
            else:
                candidates.update(bucket if len(bucket) <= per_key else bucket[-per_key:])
        all_entries = self._entries
        if group is None:
            entries = [all_entries[i] for i in candidates]
        else:
            entries = [entry for i in candidates if (entry := all_entries[i]).group != group]
        if not entries and not facts:
            return []  # most claims: nothing to judge
        return judge_candidates(prepared, entries, self._fact_bucket, group, self.threshold, max_candidates)

    def _fact_bucket(self, key: int, newest: int) -> list[_Entry]:
        bucket = self._fact_buckets.get(key)
        if bucket is None:
            return []
        entries = self._entries
        return [entries[bucket]] if bucket.__class__ is int else [entries[i] for i in bucket[-newest:]]

    def pairs(self) -> Iterator[tuple[Hashable, NearDuplicate]]:
        """Every matching pair already in the index, once: (claim_id, match on the other claim)."""
        seen: set[tuple[int, int]] = set()
        for members in self._buckets.values():
            if members.__class__ is int:
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
                    match = self._compare(left.masked, left.numbers, left.written, left.names, right)
                    if match is not None:
                        yield left.claim_id, match

    # ------------------------------------------------------------------ internals

    def _prepare(self, text: str):
        # find_matches then add on the same text is the ingest pattern: prepare once.
        cached = self._prepared_texts.get(text, _MISSING)
        if cached is not _MISSING:
            return cached  # a sentence repeated across articles, or find_matches then add on one text
        masked, numbers, written = _mask_numbers(text)
        if len(masked) < self.min_words:
            prepared = None
        else:
            content = [w for w in masked if w not in _NOT_CONTENT] or masked
            # Names only matter where numbers do: to tell a template about another subject, and to key facts.
            names = (proper_names(text) or _NO_NAMES) if numbers else _NO_NAMES
            facts = (*claim_facts(text, names, masked), *figure_facts(text, numbers, written, names)) if names else ()
            prepared = " ".join(masked), numbers, written, self._sketch(content), names, facts
        if len(self._prepared_texts) >= PREPARED_CACHE:
            self._prepared_texts.popitem(last=False)  # the oldest first
        self._prepared_texts[text] = prepared
        return prepared

    def _sketch(self, words: list[str]) -> list[int]:
        """The smallest hashes of the content-word bigrams (the words alone for one-word claims).

        A bigram's hash mixes its words' crc32 (stable across processes, unlike ``hash``:
        ingest prepares sketches in worker processes). A word's crc32 is computed afresh each
        time: looking it up in a cache of the words met took longer (a worker meets tens of
        thousands of words, more than the processor's own caches keep near).
        """
        crc32 = zlib.crc32
        hashes = [crc32(word.encode()) for word in words]  # _word_hash, inline: every word of every claim
        grams = {(a * _MIX ^ b) & 0xFFFFFFFF for a, b in zip(hashes, hashes[1:])} or set(hashes)
        return sorted(grams)[: self.keys]

    def _compare(
        self, masked: str, numbers: tuple[str, ...], written: dict[str, str], names: frozenset[str], entry: _Entry
    ) -> NearDuplicate | None:
        score = fuzz.ratio(masked, entry.masked, score_cutoff=self.threshold)
        return self._judge(score, numbers, written, names, entry) if score else None

    def _judge(
        self, score: float, numbers: tuple[str, ...], written: dict[str, str], names: frozenset[str], entry: _Entry
    ) -> NearDuplicate | None:
        return _judge(score, numbers, written, names, entry)


def _join_bucket(buckets: dict[int, int | array[int]], key: int, index: int) -> None:
    """Put the claim at ``index`` in the bucket of ``key`` (see NearDuplicateIndex.__init__)."""
    bucket = buckets.get(key)
    if bucket is None:
        buckets[key] = index
    elif bucket.__class__ is int:
        buckets[key] = array("q", (bucket, index))
    else:
        bucket.append(index)


def _leave_bucket(buckets: dict[int, int | array[int]], key: int) -> None:
    """Take the newest claim out of the bucket of ``key``: claims join buckets in order, so it is the last."""
    bucket = buckets[key]
    if bucket.__class__ is int:
        del buckets[key]
        return
    bucket.pop()
    if len(bucket) == 1:
        buckets[key] = bucket[0]


def judge_candidates(
    prepared: Prepared, entries: Sequence[Any], fact_bucket: Callable[[int, int], Sequence[Any]],
    group: Hashable | None, threshold: float, max_candidates: int | None,
) -> list[NearDuplicate]:
    """The matches of one prepared claim among its candidates, best first: ``entries`` (each
    with the fields of an index entry; those of ``group`` already left out) are scored, and
    ``fact_bucket(key, n)`` gives the newest ``n`` claims of a fact key, oldest first. The
    in-memory index judges its buckets through this, and so does the stored index, whose
    entries decode their numbers, names and facts only when a pair gets that far."""
    masked, numbers, written, _keys, names, facts = prepared
    matches: list[NearDuplicate] = []
    if entries:
        # One C-level pass scores every candidate; only the few above the threshold are judged.
        scored = process.extract(
            masked, [entry.masked for entry in entries], scorer=fuzz.ratio, score_cutoff=threshold, limit=None
        )
        if scored:
            judged = (_judge(score, numbers, written, names, entries[position]) for _, score, position in scored)
            matches = [match for match in judged if match is not None]
    if facts:
        matched = {match.other_id for match in matches}
        matches.extend(_fact_matches(masked, facts, group, matched, max_candidates, fact_bucket))
    if len(matches) > 1:
        matches.sort(key=lambda m: -m.score)
    return matches


def _fact_matches(
    masked: str, facts: tuple[Fact, ...], group: Hashable | None, matched: set, max_candidates: int | None,
    fact_bucket: Callable[[int, int], Sequence[Any]],
) -> Iterator[NearDuplicate]:
    """Claims that state one of our facts in other words: agreeing or disagreeing on its value."""
    per_key = FACT_CANDIDATES if max_candidates is None else min(FACT_CANDIDATES, max_candidates)
    seen: set[int] = set()
    for fact in facts:
        for key in fact.keys:
            for entry in fact_bucket(key, per_key):
                if id(entry) in seen or entry.claim_id in matched or (group is not None and entry.group == group):
                    continue
                theirs = next((f for f in entry.facts if key in f.keys), None)
                if theirs is None or not _same_magnitude(fact, theirs):
                    continue
                similarity = fuzz.token_set_ratio(masked, entry.masked)
                loose = bool(key & (LOOSE_KEY | FIGURE_KEY))
                needed = FIGURE_SIMILARITY if key & FIGURE_KEY else LOOSE_SIMILARITY if loose else FACT_SIMILARITY
                if similarity < needed:
                    continue
                match = _fact_match(entry.claim_id, fact, theirs, similarity)
                if loose and match.kind != "duplicate":
                    continue  # two events ("floods forced 3,000 from their homes" / "3,000 evacuated")
                seen.add(id(entry))
                yield match


def _judge(
    score: float, numbers: tuple[str, ...], written: dict[str, str], names: frozenset[str], entry: Any
) -> NearDuplicate | None:
    """Duplicate or numeric conflict, for a pair already above the similarity threshold;
    None for a template sentence about another subject."""
    if numbers == entry.numbers:  # the common case, in the same order: no counting
        return NearDuplicate(entry.claim_id, score, "duplicate", f"near-duplicate claim (similarity {score:.0f})")
    ours, theirs = Counter(numbers), Counter(entry.numbers)
    if ours == theirs:
        return NearDuplicate(entry.claim_id, score, "duplicate", f"near-duplicate claim (similarity {score:.0f})")
    if names - entry.names and entry.names - names:
        return None  # "Shares in Wimpey were up 6%" / "Shares in Umbro were up 1.76%": two subjects
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


def _word_hash(word: str) -> int:
    """A word's (or a key's) hash, the same in every process."""
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
    lower = text.lower()
    if not _DIGIT.search(lower):
        words = _WORD.findall(lower)
        if _NUMBER_WORDS.keys().isdisjoint(words):
            return words, (), _NO_WRITTEN  # most claims hold no number: no per-word work
    masked: list[str] = []
    numbers: list[str] = []
    written: dict[str, str] = {}
    if "-" in lower:
        lower = _TENS_AND_UNITS.sub(_compound_number, lower)  # "twenty-seven" is one number, 27
    for digits, word in _PIECE.findall(lower):
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
    return masked, tuple(numbers), written or _NO_WRITTEN


_TENS_AND_UNITS = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|"
                             r"eight|nine)\b")


def _compound_number(m: re.Match[str]) -> str:
    return str(NUMBER_WORDS[m.group(1)] + NUMBER_WORDS[m.group(2)])


def proper_names(text: str) -> frozenset[str]:
    """Capitalised words that are not a sentence's first, by their first six letters (so that
    spellings of one name meet: Yuganskneftegas / Yuganskneftegaz / Yugansk)."""
    names = set()
    for m in _CAPITALISED.finditer(text):
        word = m.group(0).lower().removesuffix("'s").removesuffix("’s")
        if word in _STOPWORDS or word in _NOT_NAMES:
            continue
        before = m.start() - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        opens = before < 0 or text[before] in _OPENING_MARKS
        if opens and word_lemmas(word):
            continue  # "The", "Shares": a common word capitalised to open the sentence
        if word.split("-")[0] in NUMBER_WORDS:
            continue  # "Fourteen", "Sixty-one": a number opening the sentence, not a name
        if nationality_adjective(m.group(0), (_NEXT_WORD.match(text, m.end()) or _NO_WORD).group(1)):
            continue  # "Japanese car maker": describes, names no subject
        names.add(word[:6])
    return frozenset(names)


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_OPENING_MARKS = frozenset('."“:')  # after these a capital opens a sentence or a quotation
_NO_WORD = re.compile(r"()").match("")
# The capital first, then the look behind it: a pattern that opens on a character class is
# searched for that class in C, so the scan skips from capital to capital (half the time).
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’-][A-Z])[A-Za-z'’-]{2,}")  # not inside a word: "McCain", "O'Neill"
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset("mr mrs ms dr".split())


def claim_facts(text: str, names: frozenset[str], words: list[str] | None = None) -> tuple[Fact, ...]:
    """The claim's quantities that take part in an event, keyed by event class, thing counted and name.

    ``words``: the claim's lower-case words, where the caller has them already."""
    if not _names_a_once_event(words if words is not None else _LOWER_WORD.findall(text.lower())):
        return ()  # most claims name no event that happens once: skip the event model
    if not COUNTABLE.search(text):
        return ()
    claim = Claim(seq=1, start=0, end=len(text), text=text, sentence_index=0)
    # What a quantity is (a count of a known noun, a price paid) does not depend on its event:
    # the event model, the dear part, is built only for claims holding such a quantity (and the
    # quantities read only the few words after each number: no tokens for the whole claim), and
    # then bound to the quantities already found rather than finding them all again.
    shaped = [quantity for quantity in find_quantities(text, ClaimEvents(claim, [])) if _fact_shaped(text, quantity)]
    if not shaped:
        return ()
    bind_events(text, shaped, claim_events(text, claim, bare=True))  # facts read only what a bare mention holds
    facts = []
    for quantity in shaped:
        if quantity.event is None or quantity.event.negated:
            continue
        named = sorted({c for m in (quantity.event, *quantity.nearby) for c in m.classes if c in ONCE_EVENT_CLASSES})
        if not named and quantity.unit != "count" and _PAID.search(text[max(0, quantity.start - 16):quantity.start]):
            named = ["acquisition"]  # "Brannel paid 2.1 billion dollars for the chain": a purchase
        if not named:
            continue  # repeatable events ("won three medals") are counted over periods the claim may not say
        event = named[0]
        thing = quantity.unit if quantity.unit != "count" else noun_class(quantity.noun)
        strict = tuple(_word_hash(f"{kind}|{thing}|{name}") for kind in named for name in sorted(names)[:FACT_NAMES])
        loose = tuple(LOOSE_KEY | _word_hash(f"*|{thing}|{name}") for name in sorted(names)[:FACT_NAMES])
        keys = strict + loose
        low = quantity.low if quantity.low is not None else float("-inf")
        high = quantity.high if quantity.high is not None else float("inf")
        facts.append(Fact(keys, quantity.value, low, high, quantity.text, event,
                          _last_digit(text[quantity.start:quantity.end], quantity.value)))
    return tuple(facts)


def figure_facts(
    text: str, numbers: tuple[str, ...], written: dict[str, str], names: frozenset[str]
) -> tuple[Fact, ...]:
    """The claim's salient figures, each keyed with each of its names (see FIGURE_KEY): not years,
    dates, scores, race distances, small counts, nor a scale word inside a title ("Million Dollar Baby")."""
    facts = []
    for number in dict.fromkeys(numbers):
        try:
            value = float(number)
        except ValueError:
            continue
        if _looks_like_year(number) or (value < 10 and "." not in number):
            continue
        token = written.get(number, number)
        if not token[0].isdigit() and token in SCALE_WORDS:
            continue  # "million" alone: a title or a manner of speaking, not a figure
        place = _figure_place(text, token)
        if place is None:
            continue
        # "10%" and "the top 10" are two figures: a percentage keys apart
        percent = "%" if place is not True and _PERCENT_AFTER.match(text, place) else ""
        keys = tuple(FIGURE_KEY | _word_hash(f"#{number}{percent}|{name}") for name in sorted(names)[:FACT_NAMES])
        facts.append(Fact(keys, value, value, value, written.get(number, number), "figure"))
    return tuple(facts)


def _figure_place(text: str, token: str) -> int | bool | None:
    """Where the number ends in the text when its first place reads as a figure (True when it is
    not found as written: a number word joined from parts, "twenty-seven"); None for a date,
    score, ordinal, race distance or label."""
    start = _find_number(text, token)
    if start is None:
        return True
    end = start + len(token)
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    if _NOT_A_FIGURE_AFTER.match(after) or _NOT_A_FIGURE_BEFORE.search(before):
        return None
    name = _NAME_BEFORE.search(text[max(0, start - 20):start])
    if name is not None and start - len(name.group(0)) > 0 and name.group(1).lower() not in _STOPWORDS:
        return None  # a number after a name that does not open the sentence
    if _METRES_AFTER.match(after) and not _CURRENCY_BEFORE.search(before):
        return None
    return end


def _find_number(text: str, token: str) -> int | None:
    """Where ``token`` first stands as a whole number in ``text`` (not inside "1,500" or "A320"); a
    plain search, since a pattern compiled per number would cost more than the rest of the lookup."""
    lower, wanted = text.lower(), token.lower()
    at = lower.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        glued_before = at > 0 and (lower[at - 1].isalnum() or lower[at - 1] in "_.,")
        glued_after = end < len(lower) and (lower[end].isdigit() or (
            lower[end] in ".," and end + 1 < len(lower) and lower[end + 1].isdigit()))
        if not glued_before and not glued_after:
            return at
        at = lower.find(wanted, at + 1)
    return None


# "26 February", "30-20", "9/11", "4/9": dates, scores, odds; "February 26", "Chapter 11", "Number 73": labels.
_NOT_A_FIGURE_AFTER = re.compile(rf"(?:st|nd|rd|th)\b|\s*(?:-\s*\d|/\d|(?:of\s+)?(?:{MONTH_ALTERNATION})\b"
                                 r"|(?:fewer|more|less|extra|additional|further)\b)", re.IGNORECASE)  # "86,000 fewer cars": a difference
_NOT_A_FIGURE_BEFORE = re.compile(rf"(?:\d\s*[-/x]|\b(?:{MONTH_ALTERNATION})\.?|\b(?:chapter|number|no\.|page|article|"
                                  r"flight|route|room|section|version|model|top))\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b([A-Z][A-Za-z]+)\s+$")  # "Windows 95", "Apollo 11": part of a name
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|pc\b)", re.IGNORECASE)
_METRES_AFTER = re.compile(r"m\b")  # "the 800m", "200m gold": a race, where "$800m" is money
_CURRENCY_BEFORE = re.compile(r"[$£€¥]\s*$")


_PAID = re.compile(r"\b(?:paid|pays|pay|paying)\s*(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_TERM_UNITS = frozenset("years months weeks days year month week day".split())
_SENTENCED = re.compile(r"\b(?:sentenced|jailed|imprisoned|sentence of|prison term)\b", re.IGNORECASE)


def _fact_shaped(text: str, quantity) -> bool:
    """A count of a known kind of thing, or a price paid: what two reports of one fact can disagree on."""
    if quantity.changing or quantity.unit in ("percent", "share"):
        return False
    if quantity.unit != "count" and quantity.unit in MEASURE_UNITS:
        # durations and distances ("banned for four years") are terms, not counts of a fact; a prison
        # term is the fact of a sentencing ("sentenced to 12 years" / "jailed for 12 years")
        return quantity.unit in _TERM_UNITS and _SENTENCED.search(text) is not None
    if _inside_name(text, quantity) or (quantity.unit != "count" and not _a_price(text, quantity)):
        return False
    return quantity.unit != "count" or noun_class(quantity.noun) is not None


_LOWER_WORD = re.compile(r"[a-z]{3,}")


@lru_cache(maxsize=1)
def _once_event_words() -> frozenset[str]:
    return frozenset(entry.split()[0] for name in ONCE_EVENT_CLASSES for entry in EVENT_CLASSES[name])


def _names_a_once_event(words: list[str]) -> bool:
    """Whether a word or one of its lemmas is a word of a once-only event class ("resigned",
    "sold", "arrests"). Lemmas, not a table of inflected forms: lemminflect's inflection table
    would cost every ingest worker a third of a second to load, for this one test."""
    known = _ONCE_FORMS
    for word in words:
        hit = known.get(word)
        if hit is None:
            once = _once_event_words()
            hit = word in once or any(not once.isdisjoint(lemmas) for lemmas in word_lemmas(word).values())
            if len(known) < 200_000:  # bounded: a long-running process meets ever new words
                known[word] = hit
        if hit:
            return True
    return False


_ONCE_FORMS: dict[str, bool] = {}


def _inside_name(text: str, quantity) -> bool:
    """ "the Six Nations", "BBC Radio 3": a number that is part of a name."""
    raw = text[quantity.start:quantity.end]
    written = raw.lstrip()
    start = quantity.start + len(raw) - len(written)  # the number's own start (a match may open on a space)
    if start > 0 and text[start - 1].isalpha():
        return True  # "A320", "G7": a number glued to letters is a model or a code
    if written[:1].isupper() and start > 0 and text[:start].rstrip()[-1:] not in ".\"“":
        return True
    before = re.search(r"([A-Z][A-Za-z]*)\s+$", text[max(0, start - 20):start])
    return before is not None and before.group(1).lower() not in _STOPWORDS  # "Radio 3", not "In Kelby, 12"


_PRICE_BEFORE = re.compile(r"\b(?:for|worth|at|paid|pay|pays|paying|fetch|fetched|fetches|valued at|price of|cost|"
                           r"fee of)\s*$", re.IGNORECASE)
# "a 12 million euro deal", "a $9.4bn takeover": the amount names the deal it prices.
_PRICES_A_DEAL = re.compile(r"^\s*(?:deal|takeover|transfer|purchase|acquisition|buyout|sale|bid|offer)\b", re.IGNORECASE)
_NOT_A_PRICE_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:in\s+)?(?:bill|tax|taxes|damages|credits?|fines?|loans?|debts?|"
                                r"compensation|a barrel|a share|an ounce|per)\b", re.IGNORECASE)


def _a_price(text: str, quantity) -> bool:
    """An amount paid in a deal: "bought X for $9.3bn", "a deal worth $9.4bn" — not a bill or damages."""
    before = text[max(0, quantity.start - 12):quantity.start]
    if _RATE.search(text):
        return False  # "$51.15 a barrel", "up 3p a share": market prices move by the hour
    after = text[quantity.end:quantity.end + 30]
    if _PRICES_A_DEAL.match(after):
        return True
    return bool(_PRICE_BEFORE.search(before)) and not _NOT_A_PRICE_AFTER.match(after)


_RATE = re.compile(r"\b(?:a|per)\s+(?:barrel|share|ounce|tonne|gallon|litre|unit)\b|\bbarrel of\b", re.IGNORECASE)


def _last_digit(written: str, value: float) -> float:
    """The value of one unit in the last written digit: "$9.3bn" -> 0.1bn, "34" -> 1."""
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", written)
    if digits is None:
        return 0.0
    decimals = len(digits.group(1) or "")
    number = float(digits.group(0).replace(",", ""))
    scale = value / number if number else 1.0
    return scale * 10 ** -decimals


def _same_magnitude(a: Fact, b: Fact) -> bool:
    small, large = sorted((abs(a.value), abs(b.value)))
    return small > 0 and large / small <= FACT_MAGNITUDE


def _fact_match(other_id: Hashable, ours: Fact, theirs: Fact, similarity: float) -> NearDuplicate:
    rounding = max(ours.step, theirs.step) * 0.999  # "$6.8bn" may be "$6.75bn" rounded
    if ours.high + rounding < theirs.low or theirs.high + rounding < ours.low:
        return NearDuplicate(other_id, similarity, "numeric_conflict",
                             f"'{ours.text}' here vs '{theirs.text}' there: two values for one {ours.event}\n"
                             f"the same fact in other words (shared words {similarity:.0f}), values that cannot "
                             f"both hold")
    return NearDuplicate(other_id, similarity, "duplicate",
                         f"the same fact in other words: '{ours.text}' / '{theirs.text}' ({ours.event})")


def _looks_like_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")
