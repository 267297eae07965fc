"""A match result told once and named again later with other figures.

Two shapes of sports copy name a result again after telling it:
- its margin, as a compound before the result noun: "South Africa beat Sri Lanka by 143 runs" ...
  "The 134-run victory was Dlamini's first win in charge" (one margin, told twice);
- its score, after the day it was played: "after beating Kairos 3-1 in Sunday's best-of-five" ...
  "Sunday's 3-2 victory was Vanta's first title" (the day names the result of that day).

What keeps it quiet:
- a margin or a score that the article tells for another result too (a round-up, a semi-final);
- more than one margin of that unit told with a winning verb, or more than one score told for that
  day: which result is named?;
- the named result pinned to another opponent or another time ("the 2-1 win over Hale",
  "the 40-run victory last season").

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding, sentence_of
from workbench.analysis.lexicon import NUMBER_WORD_ALTERNATION, RESULT_NOUNS, count_value
from workbench.analysis.model import Claim, Finding
from workbench.analysis.timex_lexicon import WEEKDAYS

_WIN_VERBS = (r"beat|beats|beating|defeated|defeating|won|win|wins|winning|edged|edging|thrashed|thrashing|overcame|"
              r"overcoming|routed|crushed|downed|lost|losing")
_COUNT = rf"(?P<n>\d{{1,3}}|{NUMBER_WORD_ALTERNATION})"
_MARGIN_UNITS = r"runs?|wickets?|points?|goals?|seconds?|strokes?|shots?|votes?|lengths?|tries"
# "beat Sri Lanka by 143 runs", "won by five wickets"
_MARGIN_TOLD = re.compile(
    rf"\b(?:{_WIN_VERBS})\b[^.;]{{0,50}}?\bby\s+(?:a\s+)?{_COUNT}\s+(?P<unit>{_MARGIN_UNITS})\b",
    re.IGNORECASE)
_DAY_POSSESSIVE = r"(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + r")['’]s"
_RESULT_NOUN = "|".join(sorted(RESULT_NOUNS, key=len, reverse=True))
# "The 134-run victory", "Sunday's five-wicket win"
_MARGIN_NAMED = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|{_DAY_POSSESSIVE})\s+{_COUNT}-(?P<unit>run|wicket|point|goal|second|"
    rf"stroke|shot|vote|length|try)\s+(?:{_RESULT_NOUN}|winning\s+margin|margin)\b(?P<after>[^.;]{{0,40}})")
_SCORE = r"(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\d%-])"
_SCORE_TOLD = re.compile(rf"\b(?:{_WIN_VERBS})\b(?:\s+(?:[A-Z][\w'-]*|the|by|with|to)){{0,4}}\s+{_SCORE}", re.IGNORECASE)
_SCORE_NAMED = re.compile(rf"\b(?P<day>{_DAY_POSSESSIVE})\s+{_SCORE}\s+(?:{_RESULT_NOUN})\b")
_ANOTHER_RESULT = re.compile(r"\b(?:last|previous|earlier|ago|in\s+(?:19|20)\d\d|over|against)\b", re.IGNORECASE)


def margin_named_again(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "beat Sri Lanka by 143 runs" ... "The 134-run victory": one margin, told twice."""
    for named in _MARGIN_NAMED.finditer(text):
        if _ANOTHER_RESULT.search(named.group("after")):
            continue
        unit = named.group("unit").lower()
        told = [m for m in _MARGIN_TOLD.finditer(text) if _unit(m.group("unit")) == unit]
        values = {count_value(m.group("n")) for m in told}
        if len(values) != 1 or count_value(named.group("n")) in values:
            continue
        first = told[0]
        finding = pair_finding(claims, first.start(), named.start(), (
            f"'{first.group(0)}' vs '{named.group(0)[:named.start('after') - named.start()]}': two margins for the one "
            f"result\nby {first.group('n')} {first.group('unit')} and a {named.group('n')}-{named.group('unit')} "
            f"{'win' if 'win' in named.group(0) else 'result'} cannot both be it"))
        if finding is not None:
            yield finding


def score_named_by_its_day(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "beating Kairos 3-1 in Sunday's best-of-five" ... "Sunday's 3-2 victory": the result of that day."""
    for named in _SCORE_NAMED.finditer(text):
        day = named.group("day")[:-2].lower()
        told = []
        for m in _SCORE_TOLD.finditer(text):
            start, end = sentence_of(text, m.start())
            if m.start() == named.start() or not re.search(rf"\b{day}\b", text[start:end], re.IGNORECASE):
                continue
            told.append(m)
        scores = {tuple(sorted((int(m.group("a")), int(m.group("b"))))) for m in told}
        named_score = tuple(sorted((int(named.group("a")), int(named.group("b")))))
        if len(scores) != 1 or named_score in scores or _told_elsewhere(text, named):
            continue
        first = told[0]
        finding = pair_finding(claims, first.start(), named.start(), (
            f"'{first.group(0)}' vs '{named.group(0)}': two scores for {named.group('day')} result\n"
            f"{first.group('a')}-{first.group('b')} and {named.group('a')}-{named.group('b')} cannot both be it"))
        if finding is not None:
            yield finding


def _told_elsewhere(text: str, named: re.Match[str]) -> bool:
    """The named score appears as another result too ("Oryx won 2-1" beside "Saturday's 2-1 win")."""
    a, b = named.group("a"), named.group("b")
    pattern = re.compile(rf"(?<![\d-]){a}\s?[-–]\s?{b}(?![\d-])|(?<![\d-]){b}\s?[-–]\s?{a}(?![\d-])")
    return any(m.start() != named.start("a") for m in pattern.finditer(text))


def _unit(written: str) -> str:
    lower = written.lower()
    return "try" if lower == "tries" else lower.rstrip("s") if lower != "runs" else "run"
