"""Findings inside one article: claims about one event whose dates cannot both be true.

A claim that refers back to an event ("this message", "the walkout") is linked to
the nearest earlier claim naming an event of the same kind (conveyed/delivered a
message, went on strike). Each side's event is dated by the time expression
attached to it — nearest in the claim, with no reporting verb or clause break in
between, so "Inflation rose last month, the statistics office reported on Monday"
dates the rise by "last month" only. When the two intervals cannot overlap the
pair gets a ``temporal_conflict`` finding whose explanation shows the arithmetic.
"""

from __future__ import annotations

from datetime import date

from workbench.analysis.events import (
    LIGHT_VERBS,
    REPORTING_VERBS,
    VERB_GROUPS,
    WORD,
    EventMention,
    event_mentions,
    governing_verb,
)
from workbench.analysis.model import Claim, Finding, PublishedWindow, TimeExpression
from workbench.analysis.temporal import Resolution, resolve_time

# How many claims back an anaphoric phrase may look for the event it names.
ANTECEDENT_REACH = 6
# How far (characters) a time expression may sit from the event word it dates.
TIME_REACH = 160
_PREPOSITIONS = ("on", "in", "during", "since", "until", "by", "at")
_NOT_ENTITIES = frozenset(
    "The This That These Those A An It He She They We I In On At But And Or If When While After Before "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def find_conflicts(text: str, claims: list[Claim], window: PublishedWindow | None) -> list[Finding]:
    findings: list[Finding] = []
    ordered = sorted(claims, key=lambda c: (c.start, c.seq))
    mentions = _LazyMentions(text)
    reported: set[tuple[int, int]] = set()
    for index, claim in enumerate(ordered):
        if not claim.times:
            continue  # only a dated claim can contradict another's date
        for anaphor in mentions[claim]:
            if not anaphor.anaphoric:
                continue
            antecedent = _antecedent(text, ordered, index, anaphor, mentions)
            if antecedent is None:
                continue
            earlier, named = antecedent
            pair = (earlier.seq, claim.seq)
            if pair in reported:
                continue
            finding = _temporal_conflict(text, earlier, named, claim, anaphor, window)
            if finding is not None:
                reported.add(pair)
                findings.append(finding)
    return findings


class _LazyMentions:
    """Event mentions per claim, found only for the claims a link needs (most have no times)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[int, list[EventMention]] = {}

    def __getitem__(self, claim: Claim) -> list[EventMention]:
        if claim.seq not in self._found:
            self._found[claim.seq] = event_mentions(self._text, claim.start, claim.end)
        return self._found[claim.seq]


def _antecedent(
    text: str, ordered: list[Claim], index: int, anaphor: EventMention, mentions: _LazyMentions
) -> tuple[Claim, EventMention] | None:
    """The nearest earlier claim naming an event of the anaphor's kind."""
    claim = ordered[index]
    for earlier in reversed(ordered[max(0, index - ANTECEDENT_REACH):index]):
        if earlier.end > claim.start:
            continue  # nested or overlapping claims are parts of one sentence
        named = [m for m in mentions[earlier] if m.group == anaphor.group]
        if not named:
            continue
        # "the" is weaker than "this": ask for a shared name as well.
        if anaphor.determiner == "the" and not (_entities(text, earlier) & _entities(text, claim)):
            return None
        plain = [m for m in named if not m.anaphoric]
        return earlier, (plain or named)[0]
    return None


def _temporal_conflict(
    text: str, earlier: Claim, named: EventMention, later: Claim, anaphor: EventMention, window: PublishedWindow | None
) -> Finding | None:
    verb = governing_verb(text, anaphor, later.start, later.end)
    if verb is not None and verb not in LIGHT_VERBS and anaphor.group not in VERB_GROUPS.get(verb, set()):
        return None  # "reported the rise on Monday": Monday dates the report
    first = _event_time(text, earlier, named)
    second = _event_time(text, later, anaphor)
    if first is None or second is None:
        return None
    first_span, second_span = _interval(text, first, window), _interval(text, second, window)
    if first_span is None or second_span is None or first_span.overlaps(second_span) is not False:
        return None
    explanation = (
        f"'{_quoted(text, first)}' -> {first_span.describe()}; '{_quoted(text, second)}' -> {second_span.describe()}; "
        f"both describe '{anaphor.phrase}' (claims {earlier.seq} and {later.seq})"
    )
    if window is not None:
        explanation += f"; publication inferred: {window.reason}"
    return Finding("temporal_conflict", earlier.seq, later.seq, explanation)


def _event_time(text: str, claim: Claim, mention: EventMention) -> TimeExpression | None:
    """The time expression that dates the event word: nearest, same clause, no reporting verb between."""
    best, best_distance = None, TIME_REACH + 1
    for time in claim.times:
        if time.end <= mention.start:
            gap_start, gap_end = time.end, mention.start
        elif time.start >= mention.end:
            gap_start, gap_end = mention.end, time.start
        else:
            continue
        distance = gap_end - gap_start
        if distance >= best_distance or _separates(text, gap_start, gap_end):
            continue
        best, best_distance = time, distance
    return best


def _separates(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    if ";" in gap or ". " in gap:
        return True
    return any(w.group(0).lower() in REPORTING_VERBS for w in WORD.finditer(gap))


def _interval(text: str, time: TimeExpression, window: PublishedWindow | None) -> Resolution | None:
    if time.earliest and time.latest:
        return Resolution(date.fromisoformat(time.earliest), date.fromisoformat(time.latest), time.granularity,
                          time.value)
    if window is None:
        return None
    return resolve_time(text, time, window)


def _quoted(text: str, time: TimeExpression) -> str:
    """The expression with the preposition before it: 'on Wednesday'."""
    before = text[max(0, time.start - 8):time.start].split()
    if before and before[-1].lower() in _PREPOSITIONS:
        return f"{before[-1]} {time.text}"
    return time.text


def _entities(text: str, claim: Claim) -> set[str]:
    words = [w.group(0) for w in WORD.finditer(text, claim.start, claim.end)]
    return {w for w in words[1:] if w[0].isupper() and w not in _NOT_ENTITIES}
