"""An event named again by its clock time or its day: "the 4:40 a.m. break-in", "the Jan. 27 notice".

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

The same holds for a day named before the noun ("the Jan. 27 notice", "the 16 June clash")
against the day the event was told on ("said in a joint notice Tuesday", Tuesday being Jan. 28):
only a day of a month, never a year ("the 2012 election" is one of a series), and only a few days
off: events of one kind named by their days to tell them apart ("the Dec. 2 attack", "the March
15 contest") are usually further apart, and an article naming two such days is a series.

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from workbench.analysis.arithmetic import pair_finding
from workbench.analysis.events import trigger_of
from workbench.analysis.lexicon import TIMETABLED_NOUNS
from workbench.analysis.model import Claim, Finding, TimeExpression
from workbench.analysis.quantities import singular
from workbench.analysis.timex_lexicon import CLOCK, MONTH_ALTERNATION, clock_minutes

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


_DAY_OF_MONTH = rf"(?:(?i:{MONTH_ALTERNATION})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH_ALTERNATION}))"
_DATED_DESCRIPTION = re.compile(
    rf"\b[Tt]he\s+(?P<day>{_DAY_OF_MONTH})\s+(?P<noun>[a-z][a-z-]{{2,}})(?:\s+(?P<noun2>[a-z][a-z-]{{2,}}))?\b")
# A day named for an event told on another: one misdated is a day or a few off; events of one kind
# named by their days to tell them apart are usually further apart.
_MISDATED_BY_AT_MOST = 3
_TO_ITS_DAY = 30  # characters from an event noun to the day told after it ("a joint notice Tuesday")


def dated_descriptions_against_earlier(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "said in a joint notice Tuesday" (Jan. 28) ... "the Jan. 27 notice said": a day apart."""
    for described in _DATED_DESCRIPTION.finditer(text):
        own = _time_at(claims, described.start("day"))
        if own is None or not own.earliest or own.earliest != own.latest:
            continue
        # the noun is the word after the day, or the one after that ("the Jan. 27 recall notice")
        for noun in (singular(w.lower()) for w in (described.group("noun"), described.group("noun2")) if w):
            earlier = _earlier_days(text, claims, noun, described.start())
            if earlier:
                break
        if len(earlier) != 1:
            continue  # none, or two such events on two days: the description may be either
        told = next(iter(earlier.values()))
        own_day = _nearest_in_year(date.fromisoformat(own.earliest), date.fromisoformat(told.earliest), own.text)
        apart = abs((date.fromisoformat(told.earliest) - own_day).days)
        if apart == 0 or apart > _MISDATED_BY_AT_MOST:
            continue  # days far apart name two events of a kind ("the Dec. 2 attack" beside 9/11), not one misdated
        if len(_DATED_DESCRIPTION.findall(text)) > 1 and len({d.group("day") for d in _DATED_DESCRIPTION.finditer(text)
                                                                if noun in (d.group("noun"), d.group("noun2"))}) > 1:
            continue  # "the March 1 contest" and "the March 15 contest": a series named by days
        finding = pair_finding(claims, told.start, described.start(), (
            f"'{told.text}' ({told.earliest}) vs 'the {described.group('day')} {noun}' ({own_day}): both date the {noun}\n"
            f"the {noun} was told on {told.earliest} and named again by the day {own_day}"), "temporal_conflict")
        if finding is not None:
            yield finding


def _nearest_in_year(day: date, told: date, written: str) -> date:
    """A day of a month written without its year ("the 12 March sitting") is the one of that day
    nearest the event it names, whatever year the resolver guessed."""
    if re.search(r"\b(?:1[89]|20)\d\d\b", written):
        return day
    candidates = []
    for year in (told.year - 1, told.year, told.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(candidates, key=lambda d: abs((d - told).days))


def _earlier_days(text: str, claims: list[Claim], noun: str, before: int) -> dict[str, TimeExpression]:
    """The days the noun was told on before: "a joint notice Tuesday", one entry a day."""
    earlier: dict[str, TimeExpression] = {}
    for mention in re.finditer(rf"\b{re.escape(noun)}s?\b", text[:before], re.IGNORECASE):
        time = next((t for c in claims for t in c.times
                     if 0 <= t.start - mention.end() <= _TO_ITS_DAY and t.earliest and t.earliest == t.latest
                     and not re.search(r"[.;,]", text[mention.end():t.start])), None)
        if time is not None:
            earlier[time.earliest] = time
    return earlier


def _time_at(claims: list[Claim], offset: int) -> TimeExpression | None:
    return next((t for c in claims for t in c.times if t.start <= offset < t.end), None)


# "yesterday's 5.1 tremor", "Monday's 6.2 quake": an event named by its day and by a figure with a
# decimal told for it before ("a magnitude 5.1 tremor, struck ... on Monday").
_DAY_FIGURED_DESCRIPTION = re.compile(
    r"\b(?P<day>(?:[Yy]esterday|[Tt]oday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s|"
    r"[Ll]ast\s+night['’]s)\s+(?:magnitude[- ])?(?P<figure>\d{1,3}\.\d{1,2})(?:-magnitude)?\s+(?P<noun>[a-z][a-z-]{2,})\b")


def figured_descriptions_against_earlier(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "a magnitude 5.1 tremor, struck at 9:40 p.m. ... on Monday" ... "yesterday's 5.1 tremor" (on
    Tuesday): one event with one figure, told on two days. Only when the figure is told in one
    earlier claim, with one day there, and the nouns name one kind of event."""
    for described in _DAY_FIGURED_DESCRIPTION.finditer(text):
        told_day = _time_at(claims, described.start("day"))
        if told_day is None or told_day.single_day() is None:
            continue
        figure = described.group("figure")
        earlier = [c for c in claims if c.end <= described.start() and re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", c.text)]
        if len(earlier) != 1 or not _one_kind(described.group("noun"), earlier[0].text):
            continue
        days = {t.single_day(): t for t in earlier[0].times if t.single_day() is not None}
        if len(days) != 1:
            continue
        (day, time), = days.items()
        if day == told_day.single_day():
            continue
        finding = pair_finding(claims, time.start, described.start(), (
            f"'{time.text}' ({day:%A %d %B}) vs '{described.group(0)}' ({told_day.single_day():%A %d %B}): "
            f"one {described.group('noun')} with one figure, told on two days\n"
            f"the {figure} {described.group('noun')} is dated {day:%d %B} and {told_day.single_day():%d %B}"),
            "temporal_conflict")
        if finding is not None:
            yield finding


def _one_kind(noun: str, earlier: str) -> bool:
    """The description's noun, or one of its event kind, in the earlier claim ("tremor" ~ "quake")."""
    kinds = trigger_of(noun.lower())
    wanted = {c for c in kinds[0] if not c.startswith("=")} if kinds else set()
    for word in re.findall(r"[a-z]{4,}", earlier.lower()):
        if singular(word) == singular(noun.lower()):
            return True
        found = trigger_of(word)
        if found and wanted & {c for c in found[0] if not c.startswith("=")}:
            return True
    return False
