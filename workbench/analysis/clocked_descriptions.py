"""An event named again by its clock time: "the 4:40 a.m. break-in", "the 5.47pm call".

A description with a clock before its noun points back at an event of that kind the article told
earlier with its clock ("An alarm company reported a break-in ... at 3:40 a.m. Tuesday", "the
department received a distress call at 4.47pm"). One event happens at one time: when the earlier
clock is not the description's, beyond a hedge ("about 3.40am"), the article times it two ways.

Quiet where the description may name another event:
- no earlier event of that noun with a clock, or earlier ones at two different clocks (the
  description may be either);
- "another", "an earlier", "a later" before the clock;
- nouns of timetabled things, of which there are many a day ("the 7.15am train", "the 9pm show":
  ``TIMETABLED_NOUNS``).

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding
from workbench.analysis.lexicon import TIMETABLED_NOUNS
from workbench.analysis.model import Claim, Finding
from workbench.analysis.quantities import singular
from workbench.analysis.timex_lexicon import CLOCK, clock_minutes

_CLOCKED_DESCRIPTION = re.compile(
    r"\b(?P<the>[Tt]he|[Tt]his|[Tt]hat)\s+(?:" + CLOCK.pattern + r")\s+(?:[a-z-]+\s+)?(?P<noun>[a-z][a-z-]{2,})\b")
# Between an earlier event noun and its clock: the rest of its phrase ("a break-in at Haskell
# Hardware, 214 Main St., at 3:40 a.m."), never the end of a sentence.
_TO_ITS_CLOCK = re.compile(r"(?:[^.;!?\n]|\.(?=\S)|(?<=\b[A-Z][a-z])\.|(?<=\bSt)\.){0,60}?\b(?:at|around|about)\s+$")
_SLACK_MINUTES = 5  # "at 3:40" and "the 3:42 break-in" are one event told loosely
_HEDGED_SLACK_MINUTES = 20


def clocked_descriptions_against_earlier(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "reported a break-in ... at 3:40 a.m. Tuesday" ... "the 4:40 a.m. break-in": an hour apart."""
    if not CLOCK.search(text):
        return
    for described in _CLOCKED_DESCRIPTION.finditer(text):
        noun = singular(described.group("noun").lower())
        if noun in TIMETABLED_NOUNS:
            continue
        read = clock_minutes(described)
        if read is None:
            continue
        minutes, hedged = read
        earlier = list(_earlier_clocks(text, noun, described.start()))
        if len({m for _, m, _ in earlier}) != 1:
            continue  # none, or two events of that kind at two times: the description may be either
        clock, told, told_hedged = earlier[0]
        slack = _HEDGED_SLACK_MINUTES if hedged or told_hedged else _SLACK_MINUTES
        apart = abs(told - minutes)
        if min(apart, 24 * 60 - apart) <= slack:
            continue
        finding = pair_finding(claims, clock.start(), described.start(), (
            f"'{clock.group(0).strip()}' vs '{described.group(0)}': both time the {noun}\n"
            f"{told // 60:02d}:{told % 60:02d} and {minutes // 60:02d}:{minutes % 60:02d} are "
            f"{min(apart, 24 * 60 - apart)} minutes apart"), "temporal_conflict")
        if finding is not None:
            yield finding


def _earlier_clocks(text: str, noun: str, before: int) -> Iterator[tuple[re.Match[str], int, bool]]:
    """(clock match, minutes, hedged) of each earlier mention of the noun with a clock after it."""
    for mention in re.finditer(rf"\b{re.escape(noun)}s?\b", text[:before], re.IGNORECASE):
        for clock in CLOCK.finditer(text, mention.end(), min(before, mention.end() + 80)):
            if not _TO_ITS_CLOCK.fullmatch(text, mention.end(), clock.start()):
                continue
            read = clock_minutes(clock)
            if read is not None:
                yield clock, read[0], read[1]
            break
