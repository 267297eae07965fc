"""A gap between two competitors against the times the article gives each of them.

Results give each finisher's time and then the gap between two of them: "Vermeulen ... in 38
minutes 12 seconds. ... Kjeldsen was second in 38:26" ... "That put Vermeulen 19 seconds clear of
Kjeldsen" (14 seconds). A time belongs to the names of its clause (a sentence cut at "and", ";");
the gap names both competitors ("A N seconds clear of / ahead of / in front of / behind B", "B
finished N seconds behind A", "A beat B by N seconds").

Quiet where the gap may be another measure: a gap told of an overall standing ("in the general
classification", "overall", "on aggregate", "in the standings"), a name with no time or with two,
and a gap within the rounding of the times.

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding
from workbench.analysis.lexicon import NUMBER_WORD_ALTERNATION, count_value
from workbench.analysis.model import Claim, Finding

# "38:26", "1:02:45", "3:41.07", "38 minutes 12 seconds", "38min 12sec"
_RACE_TIME = re.compile(
    r"(?<![\d:.])(?:(?P<h>\d):)?(?P<m>\d{1,2}):(?P<s>\d{2}(?:\.\d{1,3})?)(?![\d:])(?!\s*(?:[ap]\.?m\b|GMT|BST|UTC|local|hours|hrs))"
    r"|\b(?:(?P<h2>\d{1,2})\s*(?:hours?|hrs?),?\s*)?(?P<m2>\d{1,3})\s*(?:minutes?|mins?),?\s*(?:and\s+)?"
    r"(?P<s2>\d{1,2}(?:\.\d{1,3})?)\s*(?:seconds?|secs?)\b",  # "2 hours, 5 minutes and 12 seconds"
    re.IGNORECASE)
# "Kiprono wins Daegu Marathon by 27 seconds": the winner's gap to the one placed second.
_WON_BY = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+(?:wins|won|win|takes|took|claims|claimed|clinches|clinched)\b[^.;\n]{0,50}?\bby\s+"
    r"(?P<n>\d{1,3}(?:\.\d{1,3})?|" + NUMBER_WORD_ALTERNATION + r")\s+seconds?\b")
_SECOND_PLACE = re.compile(r"\b(?:second|runner-up|runners-up)\b", re.IGNORECASE)
_NAME = r"(?P<{p}>[A-Z][\w'’-]+)"
_GAP = re.compile(
    _NAME.format(p="a") + r"(?:['’]s)?\s+(?:[a-z]+\s+){0,3}?(?P<n>\d{1,3}(?:\.\d{1,3})?|" + NUMBER_WORD_ALTERNATION
    + r")[\s-]+seconds?\s+(?P<dir>clear\s+of|ahead\s+of|in\s+front\s+of|behind|up\s+on|down\s+on|faster\s+than|"
    r"slower\s+than)\s+" + _NAME.format(p="b")
    + r"|" + _NAME.format(p="a2") + r"\s+(?:beat|edged|pipped|outpaced)\s+" + _NAME.format(p="b2")
    + r"\s+by\s+(?P<n2>\d{1,3}(?:\.\d{1,3})?|" + NUMBER_WORD_ALTERNATION + r")\s+seconds?\b")
_OVERALL = re.compile(r"\b(?:general\s+classification|overall|on\s+aggregate|in\s+the\s+standings|championship\s+lead|"
                      r"in\s+the\s+series|GC)\b", re.IGNORECASE)
# "2 minutes 40 seconds behind the winner": a gap, not a finishing time.
_A_GAP_ITSELF = re.compile(r"\s+(?:behind|ahead|clear|down|up|slower|faster|off|adrift|back)\b", re.IGNORECASE)
# "in the same race last year": another race's time.
_ANOTHER_RACE = re.compile(r"\b(?:last\s+year|previous|a\s+year\s+ago|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;!?]\s|\n|,?\s+and\s+|,\s+(?:while|with|ahead\s+of|as)\s+")


def gaps_against_their_times(text: str, claims: list[Claim]) -> Iterator[Finding]:
    if ":" not in text and "seconds" not in text:
        return
    times = [m for m in _RACE_TIME.finditer(text) if not _A_GAP_ITSELF.match(text, m.end())
             and not _ANOTHER_RACE.search(text, _previous_break(text, m.start()), _next_break(text, m.end()))]
    if len(times) < 2:
        return
    for gap in _GAP.finditer(text):
        clause_end = _CLAUSE_BREAK.search(text, gap.end())
        if _OVERALL.search(text, gap.start(), clause_end.start() if clause_end else len(text)):
            continue  # "a 14-second lead in the general classification": another measure
        first, second = gap.group("a") or gap.group("a2"), gap.group("b") or gap.group("b2")
        timed_a, timed_b = _time_of(text, times, first, gap), _time_of(text, times, second, gap)
        if timed_a is None or timed_b is None or timed_a is timed_b:
            continue
        apart = abs(_seconds(timed_a) - _seconds(timed_b))
        written = gap.group("n") or gap.group("n2")
        stated = count_value(written)
        precision = max(_step(timed_a), _step(timed_b))
        if abs(apart - stated) <= precision:
            continue
        finding = pair_finding(claims, timed_a.start(), gap.start(), (
            f"'{timed_a.group(0)}' and '{timed_b.group(0)}' vs '{gap.group(0)}': the gap does not fit the times\n"
            f"{first} {timed_a.group(0)} and {second} {timed_b.group(0)} are {apart:g} seconds apart, not {written}"))
        if finding is not None:
            yield finding


def wins_by_a_gap_against_the_times(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Kiprono wins Daegu Marathon by 27 seconds" ... "in 2 hours, 5 minutes and 12 seconds" ... "was
    second in 2:05:49": 37 seconds. The winner's time is told with the winner's name, the second
    place's in the one clause saying "second" or "runner-up"."""
    if "seconds" not in text:
        return
    times = [m for m in _RACE_TIME.finditer(text) if not _A_GAP_ITSELF.match(text, m.end())
             and not _ANOTHER_RACE.search(text, _previous_break(text, m.start()), _next_break(text, m.end()))]
    for won in _WON_BY.finditer(text):
        if _OVERALL.search(text, won.start(), _next_break(text, won.end())):
            continue
        winner = _time_of(text, times, won.group("a"), won)
        seconds = [t for t in times if _SECOND_PLACE.search(text, _previous_break(text, t.start()), t.start())
                   and t is not winner]
        if winner is None or len(seconds) != 1:
            continue
        second = seconds[0]
        apart = abs(_seconds(second) - _seconds(winner))
        written = won.group("n")
        stated = count_value(written)
        if abs(apart - stated) <= max(_step(winner), _step(second)):
            continue
        finding = pair_finding(claims, won.start(), second.start(), (
            f"'{won.group(0)}' vs '{winner.group(0)}' and '{second.group(0)}': the gap does not fit the times\n"
            f"the winner's {winner.group(0)} and the runner-up's {second.group(0)} are {apart:g} seconds apart, not {written}"))
        if finding is not None:
            yield finding


def _time_of(text: str, times: list[re.Match[str]], name: str, gap: re.Match[str]) -> re.Match[str] | None:
    """The one time told in a clause naming the competitor, outside the gap's own sentence."""
    found = []
    for time in times:
        if gap.start() <= time.start() < gap.end():
            continue
        start = _previous_break(text, time.start())
        if re.search(rf"\b{re.escape(name)}\b", text[start:time.start()]):
            found.append(time)
    return found[0] if len(found) == 1 else None


def _previous_break(text: str, at: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, at - 200), at)]
    return breaks[-1] if breaks else max(0, at - 200)


def _next_break(text: str, at: int) -> int:
    m = re.compile(r"[.;!?]\s|\n").search(text, at)
    return m.start() if m else len(text)


def _seconds(m: re.Match[str]) -> float:
    if m.group("m2"):
        return int(m.group("h2") or 0) * 3600 + int(m.group("m2")) * 60 + float(m.group("s2"))
    return int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + float(m.group("s"))


def _step(m: re.Match[str]) -> float:
    """Half a unit of the last digit either way, summed over both times: whole seconds give 1."""
    written = m.group("s") or m.group("s2")
    return 10 ** -len(written.split(".")[1]) if "." in written else 1.0


# "took 0.54 seconds off the Spanish record" ... "touched the wall in 2:08.87, improving on the mark of
# 2:09.31": a record lowered by the gap between the new time and the old one.
_TOOK_OFF = re.compile(r"\b(?:took|knocked|shaved|cut|lopped|clipped|trimmed|slashed)\s+(?P<n>\d{1,3}(?:\.\d{1,3})?|"
                       + NUMBER_WORD_ALTERNATION + r")\s+(?:of\s+a\s+)?seconds?\s+off\s+(?:the|her|his|their|its)\b[^.;]{0,40}?"
                       r"\brecord\b", re.IGNORECASE)
_OLD_MARK = re.compile(r"\b(?:improving\s+on|bettering|beating|breaking|eclipsing|lowering)\s+(?:the|her|his|its|a)\s+"
                       r"(?:[a-z]+\s+){0,2}?(?:mark|record|time|best)\s+of\s+", re.IGNORECASE)


def record_cut_against_the_two_times(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "took 0.54 seconds off the Spanish record" against "in 2:08.87, improving on the mark of 2:09.31":
    0.44 seconds. One record cut, one old mark and the new time told in the old mark's sentence."""
    cuts = list(_TOOK_OFF.finditer(text))
    marks = [m for m in _OLD_MARK.finditer(text) if _RACE_TIME.match(text, m.end())]
    if len(cuts) != 1 or len(marks) != 1:
        return
    mark = marks[0]
    old = _RACE_TIME.match(text, mark.end())
    sentence_start = max(text.rfind(". ", 0, mark.start()), text.rfind("\n", 0, mark.start())) + 1
    new_times = list(_RACE_TIME.finditer(text, sentence_start, mark.start()))
    if len(new_times) != 1 or old is None:
        return
    new = new_times[0]
    cut = cuts[0]
    gap = _seconds(old) - _seconds(new)
    said = count_value(cut.group("n"))
    if gap <= 0 or abs(gap - said) <= _step(old) + _step(new) + 1e-9:
        return
    finding = pair_finding(claims, cut.start(), mark.start(), (
        f"'{cut.group(0)}' vs '{new.group(0)}' and '{old.group(0)}': the cut does not fit the times\n"
        f"{old.group(0)} less {new.group(0)} is {gap:.2f} seconds, not {cut.group('n')}"))
    if finding is not None:
        yield finding
