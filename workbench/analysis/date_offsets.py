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
            if day is None or gap is None or not re.search(r"\d", time.text):
                continue  # a weekday alone is placed by a guess from the publication day: too weak to count from
            anchored = _anchor_day(text, claims, claim, gap.group("anchor"))
            if anchored is None:
                continue
            anchor_time, anchor_day = anchored
            side = "after" if gap.group("dir").lower() == "after" else "before"
            # the anchor is named, so a gap the wrong way round is a contradiction too
            finding = _checked(text, claims, anchor_time, anchor_day, time, day, gap, side, reversed_is_a_conflict=True)
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
    doing = re.match(r"\s*(?:completing|finishing|starting|beginning|ending)\s+(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z]{5,})\b",
                     anchor.lower())
    if doing is not None:
        kinds.add("~" + doing.group("noun"))  # "a week after completing vibration testing": the vibration campaign
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
            told = _time_of_the_word(text, claim, claim.start + word.start())
            told_day = told.single_day() if told else None  # "setting up a public hearing next month": its own time
            if told is not None and told_day is not None:
                days.setdefault(told_day, told)
    if len(days) != 1:
        return None  # no day, or two: which one?
    (anchor_day, anchor_time), = days.items()
    return anchor_time, anchor_day


def _time_of_the_word(text: str, claim: Claim, at: int) -> TimeExpression | None:
    """The time an event word is told with: the first after it in its clause ("died in intensive care on
    19 March"), else the last before it in its clause ("on 2 March ... the hearing"); a clause ends at
    "and", a semicolon or a comma."""
    after = [t for t in claim.times if t.start >= at and not _CLAUSE_BREAK.search(text, at, t.start)]
    if after:
        return min(after, key=lambda t: t.start)
    before = [t for t in claim.times if t.end <= at and not _CLAUSE_BREAK.search(text, t.end, at)]
    return max(before, key=lambda t: t.end) if before else None


_CLAUSE_BREAK = re.compile(r"\band\b|[;]")


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
             day: date, gap: re.Match[str], side: str, reversed_is_a_conflict: bool = False) -> Finding | None:
    """``side``: whether ``day`` is told as before or after the story's day."""
    written = gap.group("n").lower()
    count = count_value(written)
    if not count:
        return None
    unit = gap.group("unit").lower()
    elapsed = (story_day - day).days if side == "before" else (day - story_day).days
    if elapsed <= 0 and not reversed_is_a_conflict:
        return None  # the other way round: another event, not a miscounted gap
    stated = count * _UNIT_DAYS[unit]
    if abs(elapsed - stated) <= _SLACK_DAYS[unit] * (2 if re.search(r"\b(?:about|around|nearly|almost|roughly|some)\b",
                                                                    gap.group(0), re.IGNORECASE) else 1):
        return None
    first, last = (day, story_day) if side == "before" else (story_day, day)
    told = f"{time.text}{gap.group(0).rstrip()}" if gap.start() >= time.end else time.text
    said = f"{gap.group('n')} {unit}{'s' if count != 1 else ''}"
    derivation = (f"{first:%d %B} to {last:%d %B} is {elapsed} days"
                  f"{f' ({elapsed / 7:.1f} weeks)' if unit == 'week' else ''}, not {said}") if elapsed > 0 else (
        f"{last:%d %B} comes {-elapsed} days before {first:%d %B}, not {said} {side}")
    return pair_finding(claims, story_time.start, time.start, (
        f"'{story_time.text}' ({story_day:%d %B %Y}) vs '{told}' ({day:%d %B %Y}): "
        f"the gap does not fit the dates\n{derivation}"), "temporal_conflict")


# A journey's start and end, each told with its day, and its length in days told as a compound:
# "set out from La Gomera on 11 December" ... "rowed into English Harbour ... on Saturday" ... "the
# crew's 42-day crossing".
_SET_OUT = re.compile(r"\b(?:set\s+(?:out|off|sail)|departed|left|pushed\s+off|embarked|started\s+out|"
                      r"(?P<bare>began|begun|started))\b", re.IGNORECASE)
_ARRIVED = re.compile(r"\b(?:arrived|reached|(?:rowed|sailed|walked|skied|cycled|ran|paddled|swam|flew|drove|marched|trekked|"
                      r"limped)\s+into|landed|docked|made\s+landfall|came\s+ashore|crossed\s+the\s+finish)\b", re.IGNORECASE)
_OWN_LENGTH = re.compile(rf"\b(?:after|in)\s+{_HEDGE}{_COUNT}\s+(?:day|week|month)s?\b", re.IGNORECASE)
_JOURNEY_NOUNS = r"crossing|voyage|journey|trek|row|passage|expedition|trip|walk|ride|sail|swim|march|odyssey|circumnavigation"
_JOURNEY_LENGTH = re.compile(rf"\b{_HEDGE}{_COUNT}-day\s+(?:[a-z]+\s+)?(?P<noun>{_JOURNEY_NOUNS})\b", re.IGNORECASE)


def journey_length_against_its_dates(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "set out ... on 11 December" and "rowed into English Harbour ... on Saturday" (18 January) against
    "the crew's 42-day crossing": 38 days. One start and one end day, each the only day of a claim
    that tells no length of its own ("reached Antigua on 9 January after 29 days" is another crew's)."""
    if "-day " not in text:
        return
    lengths = list(_JOURNEY_LENGTH.finditer(text))
    if len(lengths) != 1:
        return
    starts, ends = _journey_days(text, claims, _SET_OUT), _journey_days(text, claims, _ARRIVED)
    if len(starts) != 1 or len(ends) != 1:
        return
    (start_day, start_time), = starts.items()
    (end_day, end_time), = ends.items()
    elapsed = (end_day - start_day).days
    length = lengths[0]
    stated = count_value(length.group("n"))
    if elapsed <= 0 or not stated or abs(elapsed - stated) <= 1:
        return
    finding = pair_finding(claims, start_time.start, length.start(), (
        f"'{start_time.text}' ({start_day:%d %B %Y}) to '{end_time.text}' ({end_day:%d %B %Y}) vs '{length.group(0)}': "
        f"the length does not fit the dates\n{start_day:%d %B} to {end_day:%d %B} is {elapsed} days, not {length.group('n')}"),
        "temporal_conflict")
    if finding is not None:
        yield finding


def _journey_days(text: str, claims: list[Claim], verbs: re.Pattern[str]) -> dict[date, TimeExpression]:
    """The days told with each start (or end) of a journey, each by the time in its verb's clause."""
    days: dict[date, TimeExpression] = {}
    for claim in claims:
        if not claim.times or _OWN_LENGTH.search(claim.text):
            continue
        for verb in verbs.finditer(claim.text):
            if "bare" in verb.re.groupindex and verb.group("bare") and not re.search(
                    rf"\b(?:{_JOURNEY_NOUNS})\b", claim.text, re.IGNORECASE):
                continue  # "began" starts a journey only in a sentence that names one ("the crossing ... they began")
            told = _time_of_the_word(text, claim, claim.start + verb.start())
            day = told.single_day() if told else None
            if told is not None and day is not None:
                days.setdefault(day, told)
    return days


# "During that Wednesday session", "that same Friday": a weekday pointed back to with "that", the day
# of something just told.
_THAT_WEEKDAY = re.compile(r"\b(?:[Tt]hat|[Tt]he\s+same)\s+(?:same\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATE_WRITTEN = re.compile(r"\d")  # a day told by its date ("January 30"), not by its weekday alone
_LOOK_BACK = 2  # claims before the pointer in which its day is told


def that_weekday_against_the_day_before(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "appeared before the committee on January 30" (a Tuesday) ... "During that Wednesday session":
    the day pointed back to is the date just told, so its weekday must be the one named. Only when
    the claims just before tell one date, written with its day of the month."""
    ordered = sorted(claims, key=lambda c: c.start)
    for index, claim in enumerate(ordered):
        pointer = _THAT_WEEKDAY.search(claim.text)
        if pointer is None:
            continue
        days = {}
        for before in ordered[max(0, index - _LOOK_BACK):index]:
            for time in before.times:
                day = time.single_day()
                if day is not None and _DATE_WRITTEN.search(time.text):
                    days[day] = time
        if len(days) != 1:
            continue
        (day, time), = days.items()
        named = pointer.group("day")
        if _WEEKDAY_NAMES[day.weekday()] == named:
            continue
        finding = pair_finding(claims, time.start, claim.start + pointer.start(), (
            f"'{time.text}' ({day:%A %d %B %Y}) vs '{pointer.group(0)}': the weekday does not fit the date\n"
            f"{day:%d %B %Y} was a {_WEEKDAY_NAMES[day.weekday()]}, not a {named}"), "temporal_conflict")
        if finding is not None:
            yield finding


# "waiting three weeks after the first confirmed case before imposing the quarantine": a gap between two
# events, each dated elsewhere in the article.
_GAP_BETWEEN_TWO_EVENTS = re.compile(
    rf"\b{_HEDGE}{_COUNT}\s+(?P<unit>day|week|month)s?\s+after\s+(?P<first>[^.;,()]{{3,60}}?)\s+before\s+"
    r"(?P<second>[^.;,()]{3,60})", re.IGNORECASE)


def gaps_between_two_dated_events(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The disease was confirmed on 5 January" ... "the department imposed a quarantine" on 19 January
    ... "waiting three weeks after the first confirmed case before imposing the quarantine": two weeks."""
    if " before " not in text:
        return
    for gap in _GAP_BETWEEN_TWO_EVENTS.finditer(text):
        own = next((c for c in claims if c.start <= gap.start() < c.end), None)
        if own is None:
            continue
        first = _anchor_day(text, claims, own, _first_event_words(gap.group("first")))
        second = _anchor_day(text, claims, own, _first_event_words(gap.group("second")))
        if first is None or second is None:
            continue
        (first_time, first_day), (second_time, second_day) = first, second
        elapsed = (second_day - first_day).days
        unit = gap.group("unit").lower()
        count = count_value(gap.group("n"))
        if elapsed <= 0 or not count:
            continue
        hedged = re.search(r"\b(?:about|around|nearly|almost|roughly|some)\b", gap.group(0), re.IGNORECASE)
        if abs(elapsed - count * _UNIT_DAYS[unit]) <= _SLACK_DAYS[unit] * (2 if hedged else 1):
            continue
        finding = pair_finding(claims, first_time.start, gap.start(), (
            f"'{first_time.text}' to '{second_time.text}' vs '{gap.group(0).strip()}': the gap does not fit the dates\n"
            f"{first_day:%d %B} to {second_day:%d %B} is {elapsed} days"
            f"{f' ({elapsed / 7:.1f} weeks)' if unit == 'week' else ''}, not {gap.group('n')} {unit}s"),
            "temporal_conflict")
        if finding is not None:
            yield finding


def _first_event_words(phrase: str) -> str:
    """ "the first confirmed case" -> "the confirmed case": an ordinal before the noun is no event's name."""
    return re.sub(r"\b(?:first|initial|last|latest|final)\s+", "", phrase, flags=re.IGNORECASE)
