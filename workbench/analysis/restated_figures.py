"""A figure named again with its event noun, against the figure the event was told with.

A later sentence often names an event by its figure: "Thursday's 89.6 per cent vote", "its
$43.8 million debut". The event was told earlier with its figure: "91.3 per cent of votes cast were
in favour"; "opened at No. 1 ... with $48.3 million in ticket sales". One event, one figure.

The earlier figure is the one nearest a word of the event's kind (votes ~ vote; opened ~ debut,
through the event table) in the sentences before, of the same kind of figure (a percentage, or an
amount of one currency).

Quiet when the named figure is told anywhere else (the article may give both), when no earlier
sentence names the event with a figure of that kind, when earlier sentences give two different
figures nearest the event, or when the two are of different sizes (more than double).

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding, sentence_of
from workbench.analysis.events import trigger_of
from workbench.analysis.lexicon import (
    CURRENCY_SIGN_ALTERNATION,
    SCALE_ALTERNATION,
    amount_value,
    currency_code,
    last_digit_step,
    names_in,
)
from workbench.analysis.model import Claim, Finding

_FIGURE = (rf"(?P<cur>{CURRENCY_SIGN_ALTERNATION})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
           rf"(?:\s?(?P<scale>{SCALE_ALTERNATION})\b)?(?P<pct>\s*(?:%|per\s?cent|percent))?")
_DAY_OWNER = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday)['’]s"
_NAMED = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|(?P<day>{_DAY_OWNER}))\s+{_FIGURE}\s+(?P<w1>[a-z-]{{3,}})(?:\s+(?P<w2>[a-z]{{3,}}))?\b")
_ANOTHER_TIME = re.compile(r"[^.;]{0,40}?\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|previous|earlier|in\s+(?:19|20)\d\d)\b",
                           re.IGNORECASE)
_ANY_FIGURE = re.compile(rf"(?<![\w.,]){_FIGURE}(?![\d,.]*\d)")


def figures_named_again(text: str, claims: list[Claim]) -> Iterator[Finding]:
    for named in _NAMED.finditer(text):
        kind = _kind(named)
        if kind is None:
            continue
        noun, classes = _event_noun(named)
        if not classes or _ANOTHER_TIME.match(text, named.end()):
            continue  # "The $2.4 billion acquisition of Oska by Brenn last year": another deal
        value = _value(named)
        if any(_kind(m) == kind and abs(_value(m) - value) <= _step(m) for m in _ANY_FIGURE.finditer(text)
               if not (named.start() <= m.start() < named.end())):
            continue  # the named figure is told elsewhere too
        told = _told_with_the_event(text, named, classes, kind)
        if told is None:
            continue
        earlier = _value(told)
        if abs(earlier - value) <= _step(told) + _step(named) or not 0.5 <= value / earlier <= 2:
            continue
        shown = named.group(0)[:named.group(0).rfind(noun) + len(noun)]
        finding = pair_finding(claims, told.start(), named.start(), (
            f"'{told.group(0).strip()}' vs '{shown}': the {noun} is named with another figure\n"
            f"the {noun} was told with {told.group(0).strip()}, then named with {shown.split(None, 1)[1]}"))
        if finding is not None:
            yield finding


def _event_noun(named: re.Match[str]) -> tuple[str, set[str]]:
    """The event noun after the figure: the word right after it, or the next ("89.6 per cent vote ends")."""
    for word in (named.group("w1"), named.group("w2")):
        found = trigger_of(word) if word else None
        classes = {c for c in found[0] if not c.startswith("=")} if found else set()
        if classes:
            return word, classes
    return "", set()


def _told_with_the_event(text: str, named: re.Match[str], classes: set[str], kind: str) -> re.Match[str] | None:
    """The figure nearest a word of the event's kind, in the earlier sentences naming it; one value or None.
    Sentences that name the description's day ("Thursday's") or a name of its sentence come first."""
    own_start, own_end = sentence_of(text, named.start())
    names = names_in(text[own_start:own_end])
    day = (named.group("day") or "")[:-2].lower()
    told: list[tuple[str, re.Match[str]]] = []
    at = 0
    while at < own_start:  # earlier sentences only: two deals in one sentence are two deals
        start, end = sentence_of(text, at)
        end = min(end, own_start)
        words = [w for w in re.finditer(r"[a-z]{3,}", text[start:end].lower()) if _of_kind(w.group(), classes)]
        figures = [m for m in _ANY_FIGURE.finditer(text, start, end) if _kind(m) == kind]
        if words and figures:
            nearest = min(figures, key=lambda m: min(abs(m.start() - (start + w.start())) for w in words))
            told.append((text[start:end], nearest))
        at = max(end + 1, at + 1)
    by_day = [pair for pair in told if day and day in pair[0].lower()]
    by_name = [pair for pair in told if names & names_in(pair[0])]
    told = by_day or by_name  # the event is the one of the description's day, or of a name its sentence gives
    values = {_value(m): m for _, m in told}
    return next(iter(values.values())) if len(values) == 1 else None


def _of_kind(word: str, classes: set[str]) -> bool:
    found = trigger_of(word)
    return bool(found) and bool(classes & {c for c in found[0] if not c.startswith("=")})


def _kind(m: re.Match[str]) -> str | None:
    if m.group("pct"):
        return "%"
    if m.group("cur"):
        return currency_code(m.group("cur"))
    return None


def _value(m: re.Match[str]) -> float:
    return amount_value(m.group("num"), m.group("scale"))


def _step(m: re.Match[str]) -> float:
    return 0.5 * last_digit_step(m.group("num"), m.group("scale"))
