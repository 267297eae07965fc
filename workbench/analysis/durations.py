"""How long an event lasted, against the clock times it began and ended at.

An event timed at both ends is often given a length as well, in another sentence: "The walkout
... began at 06:00 on Tuesday and ended at 06:00 on Thursday" ... "after a 36-hour strike"
(48 hours); "at 8:14 a.m. EDT, the official start of the spacewalk" ... "at 2:56 p.m., ...,
formally ending the excursion" ... "The spacewalk lasted 5 hours and 42 minutes" (6 h 42 min).

A clock is a start or an end by the nearest word that says so in its sentence, before it
("began at", "ended at") or after it ("the official start of the spacewalk", "formally ending
the excursion"). A day told by the clock ("on Tuesday") places it; with no day at either end the
two fall on one day (the end on the next when its clock is earlier). The length is one told of
the event's kind: its noun ("a 36-hour strike", "The spacewalk lasted ...") names the event the
start's or end's sentence names, through the event table (strike ~ walkout).

Quiet where the times may be another's: more than one start or end, more than one such length,
a length told of an earlier or another instance ("the previous spacewalk ... lasted 6 hours"),
a day at one end only.

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from workbench.analysis.arithmetic import pair_finding
from workbench.analysis.events import quick_event_classes, trigger_of
from workbench.analysis.lexicon import INTERRUPTION_VERBS, NUMBER_WORD_ALTERNATION, RESUMPTION_VERBS, count_value
from workbench.analysis.model import Claim, Finding, TimeExpression
from workbench.analysis.timex_lexicon import CLOCK, clock_minutes

# An interruption starts a stoppage ("closed at 18:00", "was cut at 6.15am") and a resumption ends it
# ("reopened at 06:00", "restored at 1.15pm"): the verbs of the lexicon's INTERRUPTION_VERBS and RESUMPTION_VERBS.
_STOPPED = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in INTERRUPTION_VERBS)
_RESUMED = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in RESUMPTION_VERBS)
_START_BEFORE = re.compile(r"\b(?P<cue>began|begun|begins|started|starts|starting|beginning|commenced|kicked\s+off|got\s+under\s+way|"
                           r"got\s+underway|" + _STOPPED + r")\b(?:\s+[a-z]+){0,3}?\s+at\s+$", re.IGNORECASE)
_END_BEFORE = re.compile(r"\b(?P<cue>ended|ends|ending|finished|finishes|concluded|was\s+over|wrapped\s+up|called\s+off|"
                         r"was\s+lifted|were\s+lifted|(?:was|were|had\s+been)\s+(?:fully\s+)?(?:restored|resumed|reopened)|"
                         + _RESUMED + r")\b(?:\s+[a-z]+){0,3}?\s+at\s+$"
                         # "did not finish until 3.40pm": the end is the clock after "until"
                         r"|\b(?P<until>(?:did\s+not|didn't|not)\s+(?:finish|end|conclude|close|adjourn|break\s+up|wrap\s+up)"
                         r"(?:\s+[a-z]+){0,2}?\s+until)\s+$", re.IGNORECASE)
_START_AFTER = re.compile(r"^[^.;]{0,40}?\b(?P<cue>the\s+(?:official\s+|formal\s+)?start\s+of|(?:formally|officially)\s+(?:beginning|starting|"
                          r"opening))\s+(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z-]+)", re.IGNORECASE)
_END_AFTER = re.compile(r"^[^.;]{0,40}?\b(?P<cue>the\s+(?:official\s+|formal\s+)?end\s+of|(?:formally|officially)\s+(?:ending|closing|"
                        r"concluding))\s+(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z-]+)", re.IGNORECASE)
_AMOUNT = rf"(?P<{{p}}>\d{{{{1,3}}}}|{NUMBER_WORD_ALTERNATION}|an?)"
# "lasted 5 hours and 42 minutes", "lasted about six hours", "a 36-hour strike"
_LASTED = re.compile(
    r"\b(?P<subject>[a-z-]+)\s+(?:had\s+|has\s+)?(?:lasted|ran\s+for|went\s+on\s+for|stretched\s+(?:on\s+)?for)\s+"
    r"(?P<hedge>(?:about|around|roughly|nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?"
    + _AMOUNT.format(p="h") + r"\s+hours?(?:\s*(?:,|and)\s*" + _AMOUNT.format(p="m") + r"\s+minutes?)?",
    re.IGNORECASE)
_LENGTH_OF = re.compile(r"\b(?P<subject>[a-z-]{4,})\s+of\s+(?P<hedge>(?:about|around|roughly|nearly|almost|just\s+over|"
                        r"just\s+under|more\s+than|less\s+than)\s+)?" + _AMOUNT.format(p="h") + r"\s+hours?"
                        r"(?:\s*(?:,|and)\s*" + _AMOUNT.format(p="m") + r"\s+minutes?)?", re.IGNORECASE)
_HOURS_LONG = re.compile(r"\b(?:a|an|the|its|their)\s+(?P<hedge>)(?P<h>\d{1,3}|" + NUMBER_WORD_ALTERNATION
                         + r")-hour\s+(?:[a-z]+\s+)??(?P<subject>[a-z-]{4,})\b(?P<m>)", re.IGNORECASE)
_ANOTHER_INSTANCE = re.compile(r"\b(?:previous|earlier|last|other|another|first|second|next|that|those)\b", re.IGNORECASE)
_DAY_REACH = 25  # characters between a clock and the day that places it ("at 06:00 on Tuesday")


def lengths_against_their_clocks(text: str, claims: list[Claim]) -> Iterator[Finding]:
    if not CLOCK.search(text) or "hour" not in text:
        return
    starts, ends = _ends_of_an_event(text, "start"), _ends_of_an_event(text, "end")
    if len(starts) != 1 or len(ends) != 1:
        return
    (start, start_noun), (end, end_noun) = starts[0], ends[0]
    kinds = _kinds(text, start, start_noun) | _kinds(text, end, end_noun)
    lengths = [m for m in [*_LASTED.finditer(text), *_HOURS_LONG.finditer(text), *_LENGTH_OF.finditer(text)] if _kinds_of_word(m.group("subject")) & kinds
               and not _of_another_instance(text, m)]
    if len(lengths) != 1 or not kinds:
        return
    length = lengths[0]
    elapsed = _minutes_between(text, claims, start, end)
    if elapsed is None:
        return
    hours, minutes = _count(length.group("h")), _count(length.group("m")) if length.group("m") else 0
    stated = hours * 60 + minutes
    hedge = (length.group("hedge") or "").strip().lower()
    slack = 5 if length.group("m") else 30
    if hedge in ("more than", "just over"):
        fits = stated <= elapsed <= stated + 90
    elif hedge in ("less than", "just under"):
        fits = stated - 90 <= elapsed <= stated
    else:
        fits = abs(elapsed - stated) <= slack * (2 if hedge else 1)
    if fits:
        return
    said = f"{length.group('h')} hours" + (f" {length.group('m')} minutes" if length.group("m") else "")
    finding = pair_finding(claims, start.start(), length.start(), (
        f"'{_placed(claims, start)}' to '{_placed(claims, end)}' vs '{length.group(0).strip()}': the length does not fit "
        f"the times\nfrom start to end is {elapsed // 60} h {elapsed % 60:02d} min, not {said}"), "temporal_conflict")
    if finding is not None:
        yield finding


# "left Camp IV at around 10pm on Monday and stood on top at 7:30am on Tuesday after a 12-hour push"
_HOURS_AFTER = re.compile(r"\b(?:after|following)\s+(?:a|an|some)\s+(?P<hedge>(?:nearly|almost|about|roughly)\s+)?"
                          r"(?P<h>\d{1,2}|" + NUMBER_WORD_ALTERNATION + r")(?:-and-a-half)?-hour\s+(?P<subject>[a-z]{4,})\b"
                          r"|\b(?P<h2>\d{1,2}|" + NUMBER_WORD_ALTERNATION + r")\s+hours\s+later\b", re.IGNORECASE)


def hours_between_two_clocks(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "left Camp IV at around 10pm on Monday and stood on top at 7:30am on Tuesday after a 12-hour
    push": 9 h 30 min. One sentence, two clocks, and the hours told right after the second."""
    if "hour" not in text:
        return
    for told in _HOURS_AFTER.finditer(text):
        if "-and-a-half" in told.group(0):
            continue  # "a nine-and-a-half-hour push": read elsewhere, if at all
        start = max(text.rfind(". ", 0, told.start()), text.rfind("\n", 0, told.start())) + 1
        clocks = [c for c in CLOCK.finditer(text, start, told.start()) if clock_minutes(c) is not None]
        if len(clocks) != 2 or told.start() - clocks[1].end() > 40:
            continue
        elapsed = _minutes_between(text, claims, clocks[0], clocks[1])
        if elapsed is None:
            continue
        hours = _count(told.group("h") or told.group("h2"))
        hedged = bool(told.group("hedge")) or any(clock_minutes(c)[1] for c in clocks)  # type: ignore[index]
        if abs(elapsed - hours * 60) <= (60 if hedged else 30):
            continue
        finding = pair_finding(claims, clocks[0].start(), told.start(), (
            f"'{_placed(claims, clocks[0])}' to '{_placed(claims, clocks[1])}' vs '{told.group(0)}': the hours do not fit "
            f"the times\nfrom the first clock to the second is {elapsed // 60} h {elapsed % 60:02d} min, not {hours} hours"),
            "temporal_conflict")
        if finding is not None:
            yield finding


def _ends_of_an_event(text: str, which: str) -> list[tuple[re.Match[str], str | None]]:
    """Each clock told as the start (or the end) of something, with the event noun told beside it."""
    before, after = (_START_BEFORE, _START_AFTER) if which == "start" else (_END_BEFORE, _END_AFTER)
    other_before, other_after = (_END_BEFORE, _END_AFTER) if which == "start" else (_START_BEFORE, _START_AFTER)
    found = []
    for clock in CLOCK.finditer(text):
        if clock_minutes(clock) is None:
            continue
        window = text[max(0, clock.start() - 60):clock.start()]
        following = text[clock.end():clock.end() + 80]
        mine_before, mine_after = before.search(window), after.match(following)
        theirs_before, theirs_after = other_before.search(window), other_after.match(following)
        mine = _nearest(window, following, mine_before, mine_after)
        theirs = _nearest(window, following, theirs_before, theirs_after)
        if mine is None or (theirs is not None and theirs < mine):
            continue
        found.append((clock, mine_after.group("noun") if mine_after else None))
    return found


def _nearest(window: str, following: str, before: re.Match[str] | None, after: re.Match[str] | None) -> int | None:
    distances = []  # from the clock to the word that says start or end
    if before is not None:
        cue = "cue" if before.group("cue") else "until"
        distances.append(len(window) - before.end(cue))
    if after is not None:
        distances.append(after.start("cue"))
    return min(distances) if distances else None


def _kinds(text: str, clock: re.Match[str], noun: str | None) -> frozenset[str]:
    """The events the clock's sentence names: its noun's kinds, else every event word of the sentence."""
    if noun is not None:
        return _kinds_of_word(noun) | frozenset({noun.lower()})
    start = max(text.rfind(". ", 0, clock.start()), text.rfind("\n", 0, clock.start())) + 1
    end = min((i for i in (text.find(". ", clock.end()), text.find("\n", clock.end())) if i >= 0), default=len(text))
    sentence = text[start:end]
    words = frozenset(w.lower() for w in re.findall(r"[A-Za-z-]{4,}", sentence))
    return frozenset(c for c in quick_event_classes(sentence) if not c.startswith("=") and c != "*") | words


def _kinds_of_word(word: str) -> frozenset[str]:
    found = trigger_of(word.lower())
    kinds = frozenset(c for c in found[0] if not c.startswith("=") and c != "*") if found else frozenset()
    return kinds | frozenset({word.lower()})


def _of_another_instance(text: str, length: re.Match[str]) -> bool:
    """ "During the previous spacewalk, on April 17, ... that excursion lasted 6 hours and 2 minutes"."""
    start = max(text.rfind(". ", 0, length.start()), text.rfind("\n", 0, length.start())) + 1
    return _ANOTHER_INSTANCE.search(text, start, length.start("subject")) is not None


def _minutes_between(text: str, claims: list[Claim], start: re.Match[str], end: re.Match[str]) -> int | None:
    first, last = clock_minutes(start), clock_minutes(end)
    assert first is not None and last is not None
    day_a, day_b = _day_by(claims, start), _day_by(claims, end)
    if (day_a is None) != (day_b is None):
        # a day at one end only: the other is taken as the same day when its clock allows, else unknown
        return last[0] - first[0] if last[0] > first[0] else None
    if day_a is not None and day_b is not None:
        return (day_b - day_a).days * 24 * 60 + last[0] - first[0]
    return (last[0] - first[0]) % (24 * 60)


def _placed(claims: list[Claim], clock: re.Match[str]) -> str:
    """The clock with the day told by it, for the headline: "06:00 (Tuesday 8 April)"."""
    day = _day_by(claims, clock)
    return clock.group(0).strip() + (f" ({day:%A %d %B})" if day else "")


def _day_by(claims: list[Claim], clock: re.Match[str]) -> date | None:
    """The day told right by the clock: "at 06:00 on Thursday" (after it) before "Tuesday at 06:00"."""
    near = []
    for claim in claims:
        for time in claim.times:
            if time.single_day() is None:
                continue
            if 0 <= time.start - clock.end() <= _DAY_REACH:
                near.append((time.start - clock.end(), time))
            elif 0 <= clock.start() - time.end <= _DAY_REACH and not re.search(r"\band\b|,", _text_between(claim, time, clock)):
                near.append((_DAY_REACH + clock.start() - time.end, time))
    return min(near, key=lambda pair: pair[0])[1].single_day() if near else None


def _text_between(claim: Claim, time: TimeExpression, clock: re.Match[str]) -> str:
    """The words between a day and a clock after it, within the claim ("on Tuesday and ended at")."""
    return claim.text[max(0, time.end - claim.start):max(0, clock.start() - claim.start)]



def _count(written: str) -> int:
    return int(count_value(written))
