"""Days, weeks or months counted between the story's day and another dated day.

Reports count the gap between two events as well as dating both, and the count must fit:
- a date, then how long before the story it was: "the personal best she set in Brisbane on
  27 April, just three weeks earlier" (the story: a race on Sunday 1 June; 27 April is five weeks
  before). The gap counts from the story's day, the first day the headline or lead gives.
- the story's event, then how long after a dated one it comes: "The shutdown starts 23 days after
  the board approved the contract at its June 26 meeting" (the shutdown: July 26, from the lead;
  30 days). The subject is a description ("The shutdown", "The strike") of an event the lead
  names, so its day is the lead's.

Quiet where the count may be from something else: a gap followed by its own anchor ("three weeks
before the final": the anchor is told, other rules read it), days not resolved to one day (no
publication date, or "in April"), a lead with no single day. Weeks and months are counted loosely
(weeks to three days, months to half a month), days to one day either way (counting both ends).

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from workbench.analysis.arithmetic import pair_finding
from workbench.analysis.events import trigger_of
from workbench.analysis.lexicon import NUMBER_WORD_ALTERNATION, OCCASION_NOUNS, count_value
from workbench.analysis.model import Claim, Finding, TimeExpression

_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
_SLACK_DAYS = {"day": 1, "week": 3, "month": 15, "year": 183}
_COUNT = rf"(?P<n>\d{{1,3}}|{NUMBER_WORD_ALTERNATION}|a|an)"
_HEDGE = r"(?:(?:just|only|exactly|some|about|around|nearly|almost|roughly|barely)\s+)?"
# "on 27 April, just three weeks earlier." — the gap ends its clause: no anchor of its own follows.
_GAP_AFTER_A_DATE = re.compile(
    rf"\s*,\s*{_HEDGE}{_COUNT}\s+(?P<unit>day|week|month)s?\s+(?P<dir>earlier|before|previously|later|afterwards)"
    r"(?=\s*[.,;)]|\s*$)", re.IGNORECASE)
# "The shutdown starts 23 days after the board approved the contract at its June 26 meeting"
_SUBJECT_THEN_GAP = re.compile(
    rf"^\s*(?:[\"“]\s*)?(?:The|This|That|[A-Z][a-z]+day['’]s)\s+(?P<noun>[a-z][a-z-]{{3,}})\s+(?:[a-z]+\s+){{1,3}}?{_HEDGE}{_COUNT}\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before)\s+(?P<clause>[^.;!?]{5,120})")  # "Saturday's ceremony came ..."


def gaps_against_the_story_day(text: str, claims: list[Claim]) -> Iterator[Finding]:
    if "earlier" not in text and "before" not in text and "after" not in text and "later" not in text:
        return
    lead = _story_day(claims)
    if lead is None:
        return
    story_time, story_day = lead
    for claim in claims:
        if story_time in claim.times:
            continue
        for time in claim.times:
            day = time.single_day()
            gap = _GAP_AFTER_A_DATE.match(text, time.end)
            if day is None or gap is None:
                continue
            finding = _checked(text, claims, story_time, story_day, time, day, gap, "before" if gap.group(
                "dir").lower() in ("earlier", "before", "previously") else "after")
            if finding is not None:
                yield finding
        subject = _SUBJECT_THEN_GAP.match(text[claim.start:claim.end])
        if subject is None or not _names_the_lead_event(subject.group("noun"), text, claims):
            continue
        clause_start = claim.start + subject.start("clause")
        dated = [t for t in claim.times if clause_start <= t.start and t.single_day() is not None]
        if len(dated) != 1:
            continue
        # the story's event comes after (or before) the dated one: the dated day is the gap's other end
        other = dated[0]
        finding = _checked(text, claims, story_time, story_day, other, other.single_day(), subject,
                           "before" if subject.group("dir") == "after" else "after")
        if finding is not None:
            yield finding


# "on Wednesday, July 10, three days after the breach was detected": a dated day, then its gap from
# an event the article dated elsewhere, named right after the gap.
_GAP_FROM_AN_EVENT = re.compile(
    rf"\s*,\s*{_HEDGE}{_COUNT}\s+(?P<unit>day|week|month)s?\s+(?P<dir>after|before)\s+(?P<anchor>[^.;,!?()]{{3,80}})",
    re.IGNORECASE)
# Before an event noun: another instance of its kind, whose day is not the anchor's.
_ANOTHER_INSTANCE_BEFORE = re.compile(r"\b(?:last\s+year['’]s|previous|earlier|another|a\s+separate|the\s+first|"
                                      r"the\s+second|(?:19|20)\d\d)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


def gaps_from_a_dated_event(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The records system came back online on Wednesday, July 10, three days after the breach was
    detected" against "The attack was detected early on Friday, July 5": five days. The anchor is
    the one day the article gives another claim naming the anchor's event (its class or its verb)."""
    if " after " not in text and " before " not in text:
        return
    for claim in claims:
        for time in claim.times:
            day = time.single_day()
            gap = _GAP_FROM_AN_EVENT.match(text, time.end)
            if day is None or gap is None:
                continue
            anchored = _anchor_day(text, claims, claim, gap.group("anchor"))
            if anchored is None:
                continue
            anchor_time, anchor_day = anchored
            side = "after" if gap.group("dir").lower() == "after" else "before"
            finding = _checked(text, claims, anchor_time, anchor_day, time, day, gap, side)
            if finding is not None:
                yield finding


def _anchor_day(text: str, claims: list[Claim], own: Claim, anchor: str) -> tuple[TimeExpression, date] | None:
    """The day another claim gives the event named in ``anchor``: one day, or None."""
    kinds: set[str] = set()
    for word in re.findall(r"[a-z]{4,}", anchor.lower())[:5]:
        found = trigger_of(word)
        if found is not None:
            kinds |= {c for c in found[0] if c != "*"}
    named = re.match(r"\s*(?:the|its|their|his|her)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,})\b(?!\s+(?:of|to)\b)", anchor.lower())
    if named is not None:
        kinds.add("~" + named.group("noun"))  # "two weeks after the hearing": the same noun names it
    if not kinds:
        return None
    days: dict[date, TimeExpression] = {}
    for claim in claims:
        if claim is own or not claim.times:
            continue
        for word in re.finditer(r"[a-z]{4,}", claim.text.lower()):
            found = trigger_of(word.group())
            classes = (set(found[0]) if found else set()) | {"~" + word.group()}
            if not kinds & classes or _ANOTHER_INSTANCE_BEFORE.search(claim.text.lower()[:word.start()]):
                continue
            at = claim.start + word.start()
            nearest = min(claim.times, key=lambda t: min(abs(t.start - at), abs(t.end - at)))
            nearest_day = nearest.single_day()  # "setting up a public hearing next month": the hearing's own time
            if nearest_day is not None:
                days.setdefault(nearest_day, nearest)
    if len(days) != 1:
        return None  # no day, or two: which one?
    (anchor_day, anchor_time), = days.items()
    return anchor_time, anchor_day


def _story_day(claims: list[Claim]) -> tuple[TimeExpression, date] | None:
    """The first single day the headline or the lead gives: the day of the story's event."""
    for claim in sorted(claims, key=lambda c: c.start)[:2]:
        for time in claim.times:
            day = time.single_day()
            if day is not None:
                return time, day
    return None



def _names_the_lead_event(noun: str, text: str, claims: list[Claim]) -> bool:
    """Whether "The shutdown" is of a kind of event the headline or lead names ("to close"), or a
    general word for the story's event ("The ceremony")."""
    if noun.lower() in OCCASION_NOUNS:
        return True  # "The ceremony", "The event": the story's own occasion, whatever the lead calls it
    found = trigger_of(noun.lower())
    kinds = {c for c in found[0] if not c.startswith("=") and c != "*"} if found else set()
    if not kinds:
        return False
    for claim in sorted(claims, key=lambda c: c.start)[:2]:
        for word in re.findall(r"[a-z]+", claim.text.lower()):
            other = trigger_of(word)
            if other is not None and kinds & set(other[0]):
                return True
    return False


def _checked(text: str, claims: list[Claim], story_time: TimeExpression, story_day: date, time: TimeExpression,
             day: date, gap: re.Match[str], side: str) -> Finding | None:
    """``side``: whether ``day`` is told as before or after the story's day."""
    written = gap.group("n").lower()
    count = count_value(written)
    if not count:
        return None
    unit = gap.group("unit").lower()
    elapsed = (story_day - day).days if side == "before" else (day - story_day).days
    if elapsed <= 0:
        return None  # the other way round: another event, not a miscounted gap
    stated = count * _UNIT_DAYS[unit]
    if abs(elapsed - stated) <= _SLACK_DAYS[unit] * (2 if re.search(r"\b(?:about|around|nearly|almost|roughly|some)\b",
                                                                    gap.group(0), re.IGNORECASE) else 1):
        return None
    first, last = (day, story_day) if side == "before" else (story_day, day)
    told = f"{time.text}{gap.group(0).rstrip()}" if gap.start() >= time.end else time.text
    return pair_finding(claims, story_time.start, time.start, (
        f"'{story_time.text}' ({story_day:%d %B %Y}) vs '{told}' ({day:%d %B %Y}): "
        f"the gap does not fit the dates\n"
        f"{first:%d %B} to {last:%d %B} is {elapsed} days"
        f"{f' ({elapsed / 7:.1f} weeks)' if unit == 'week' else ''}, not {gap.group('n')} {unit}{'s' if count != 1 else ''}"),
        "temporal_conflict")
