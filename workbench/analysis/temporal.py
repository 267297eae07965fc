"""Time expressions and their resolution to intervals against the publication date.

News conventions (the issue's rules): a bare weekday in a past clause is the most
recent such day before publication, in a future clause the next one; "last month"
is the previous calendar month; a month without a year is the most recent one in
past clauses and the next one in future clauses; a clause without a tense cue takes
the nearest occurrence.

Three kinds of anchor:
- a publication ``date``: everything relative resolves to ISO intervals;
- a ``PublishedWindow``: each expression is resolved against every day of the window
  and the union is kept; when the window's year is not stated the intervals are
  month-day spans of an unknown year and are given in words (``relative``);
- ``None``: only expressions that carry their own year resolve, the rest are
  described relative to publication ("a Wednesday within the 7 days before publication").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from workbench.analysis.model import NOMINAL_YEAR, PublishedWindow, Sentence, TimeExpression
from workbench.analysis.lexicon import FUNCTION_WORDS, TIME_UNIT_WORDS
from workbench.analysis.timex_lexicon import (
    ANCHOR_TOKENS,
    ANCHOR_WORDS,
    CAPITALISED_ANCHORS,
    CLAUSE_BREAK,
    DAY_OF_MONTH_ANCHOR,
    LOOKBACK_CHARS,
    LOOKBACK_WORDS,
    OPENING,
    EXPRESSION,
    MONTH_NAMES,
    MONTHS,
    NUMBERS,
    ORDINALS,
    FUTURE_BEFORE_TO,
    FUTURE_CUES,
    PAST_CUES,
    SEASONS,
    TIME_PREPOSITIONS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)

Anchor = date | PublishedWindow | None
DAY = timedelta(days=1)
_WINDOW_DAYS_CAP = 62  # wider windows are resolved at their ends and middle only
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s-]*$")
_WORD_TOKEN = re.compile(r"[A-Za-z0-9]+")
_CUE_TOKEN = re.compile(r"[A-Za-z']+")
# Head words that never open an expression ("year" needs "this", "last", "early the" ...).
_NON_OPENING_HEADS = ("week", "month", "year", "quarter", "half", "ago", "Week", "Month", "Year", "Quarter", "Half")
_OPENING_PUNCTUATION = frozenset("-(\"'“")


@dataclass(frozen=True, slots=True)
class Resolution:
    """An expression's interval: inclusive dates, or words when it cannot be anchored.

    With ``year_known`` False the dates lie in the stand-in ``NOMINAL_YEAR`` (or next
    to it): their month and day are meaningful, their year is not.
    """

    earliest: date | None
    latest: date | None
    granularity: str | None
    value: str | None
    year_known: bool = True
    relative: str | None = None

    def overlaps(self, other: Resolution) -> bool | None:
        """None when the two cannot be compared (no interval, or one year unknown)."""
        if None in (self.earliest, self.latest, other.earliest, other.latest):
            return None
        if self.year_known != other.year_known:
            return None
        return not (self.latest < other.earliest or other.latest < self.earliest)

    def describe(self) -> str:
        """``2021-07-01..2021-07-31``, ``July (year not stated)``, or the relative words."""
        if self.earliest is None or self.latest is None:
            return self.relative or "unresolved"
        if self.year_known:
            a, b = self.earliest.isoformat(), self.latest.isoformat()
            return a if a == b else f"{a}..{b}"
        how = f"{self.relative}; " if self.relative else ""
        return f"{_month_day_span(self.earliest, self.latest)} ({how}year not stated)"


@dataclass(slots=True)
class _Expr:
    """A parsed expression; which fields matter depends on ``kind``."""

    kind: str  # date dom month year decade quarter ago relunit season weekday relday ref
    year: int | None = None
    month: int = 0
    day: int = 0
    number: int = 0  # weekday index, quarter/half ordinal, day offset
    unit: str = ""
    shift: str = ""  # this last next past coming
    part: str = ""  # early mid late earlier later
    low: int = 0  # "ago" spans, in days (day/week units) or months (month/year units)
    high: int = 0
    direction: int = -1
    ref: str = ""


@dataclass(frozen=True, slots=True)
class _Span:
    earliest: date
    latest: date
    granularity: str
    value: str | None


# ---------------------------------------------------------------------------- finding


def find_time_expressions(text: str, sentences: list[Sentence], published: Anchor) -> list[TimeExpression]:
    """Every time expression in ``text`` with its resolution against ``published``.

    ``sentences`` is accepted for the pipeline's signature; clause bounds for the tense
    are found in the text itself so other stages can re-resolve a single expression.
    """
    found: list[TimeExpression] = []
    for match in _matches(text):
        expr = _parse(match, text)
        if expr is None:
            continue
        tense = _tense(text, match.start(), match.end()) if _needs_tense(expr) else ""
        resolution = _resolve(expr, published, tense)
        found.append(_to_time_expression(match, resolution))
    return found


def _matches(text: str) -> list[re.Match[str]]:
    """The pattern's matches, tried only at the few word starts before each head word."""
    matches: list[re.Match[str]] = []
    covered = 0
    for anchor in _anchor_positions(text):
        if anchor < covered:
            continue
        for start in _word_starts_before(text, anchor):
            if start < covered:
                continue
            match = EXPRESSION.match(text, start)
            if match is not None and match.end() > anchor:
                matches.append(match)
                covered = match.end()
                break
    return matches


def _anchor_positions(text: str) -> list[int]:
    lowered = text.lower()
    positions: list[int] = []
    for word in ANCHOR_WORDS:
        find = lowered.find
        i = find(word)
        while i >= 0:
            if i == 0 or not lowered[i - 1].isalnum():
                if word[0].isdigit():
                    if lowered[i + 2:i + 4].isdigit() and not lowered[i + 4:i + 5].isdigit():
                        positions.append(i)
                else:
                    end = i + len(word)
                    while end < len(lowered) and lowered[end].isalpha():
                        end += 1
                    token = lowered[i:end]
                    if token in ANCHOR_TOKENS and (token not in CAPITALISED_ANCHORS or text[i].isupper()):
                        positions.append(i)
            i = find(word, i + 1)
    if "th" in lowered or "st" in lowered or "nd" in lowered or "rd" in lowered:
        positions += [m.start(1) for m in DAY_OF_MONTH_ANCHOR.finditer(text)]
    positions.sort()
    return positions


def _word_starts_before(text: str, anchor: int) -> list[int]:
    """Starts of words that may open an expression, up to LOOKBACK_CHARS before ``anchor``."""
    starts = [m.start() for m in OPENING.finditer(text, max(0, anchor - LOOKBACK_CHARS), anchor)]
    starts = starts[-LOOKBACK_WORDS:]
    if not text.startswith(_NON_OPENING_HEADS, anchor):
        starts.append(anchor)
    return starts


def resolve_time(text: str, time: TimeExpression, anchor: Anchor) -> Resolution | None:
    """Re-resolve one expression found earlier in ``text`` against another anchor."""
    match = EXPRESSION.match(text, time.start)
    if match is None or match.end() != time.end:
        return None
    expr = _parse(match, text)
    if expr is None:
        return None
    return _resolve(expr, anchor, _tense(text, time.start, time.end) if _needs_tense(expr) else "")


def _to_time_expression(match: re.Match[str], res: Resolution) -> TimeExpression:
    known = res.year_known and res.earliest is not None
    return TimeExpression(
        text=match.group(0),
        start=match.start(),
        end=match.end(),
        value=res.value,
        earliest=res.earliest.isoformat() if known else None,
        latest=res.latest.isoformat() if known else None,
        granularity=res.granularity,
        relative=None if known else res.describe() if res.earliest else res.relative,
    )


# ---------------------------------------------------------------------------- parsing


def _parse(m: re.Match[str], text: str) -> _Expr | None:
    g = m.groupdict()
    if g["iso"]:
        y, mo, d = (int(x) for x in g["iso"].split("-"))
        return _Expr("date", year=y, month=mo, day=d) if _valid(y, mo, d) else None
    for prefix in ("md", "dm"):
        if g[f"{prefix}_mon"] and g[f"{prefix}_day"]:
            month = MONTHS[g[f"{prefix}_mon"].rstrip(".").lower()]
            day = int(g[f"{prefix}_day"].rstrip("stndrh"))
            year = int(g[f"{prefix}_year"]) if g[f"{prefix}_year"] else None
            if not _valid(year or 2000, month, day):
                return None
            return _Expr("date", year=year, month=month, day=day)
    if g["dom"]:  # "on the 14th": a day of the publication month or one beside it, by tense
        return _Expr("dom", day=int(re.sub(r"\D", "", g["dom"])))
    if g["q_ord"]:
        year = int(g["q_year"]) if g["q_year"] else None
        return _Expr("quarter", year=year, number=ORDINALS[g["q_ord"].lower()], unit=g["q_unit"].lower(),
                     shift=(g["q_shift"] or "").lower())
    if g["ago_unit"]:
        return _parse_ago(g)
    if g["we_prep"]:  # "capsized at the weekend": the last one in a past clause, else the coming one
        tense = _tense(text, m.start(), m.end())
        return _Expr("relunit", unit="weekend", shift="last" if tense == "past" else "this")
    if g["ru_unit"]:
        shift = g["ru_shift"].lower()
        return _Expr("relunit", unit=g["ru_unit"].lower(), shift="this" if shift == "the" else shift,
                     part=_part(g["ru_part"]))
    if g["se"]:
        season = g["se"].lower()
        if not (g["se_shift"] or g["se_year"] or g["se_part"]):
            previous = _previous_word(text, m.start())
            if previous not in TIME_PREPOSITIONS or (season == "fall" and previous not in ("the", "this")):
                return None
        year = int(g["se_year"]) if g["se_year"] else None
        return _Expr("season", year=year, unit=season, shift=(g["se_shift"] or "").lower(), part=_part(g["se_part"]))
    if g["mm_mon"]:
        name = g["mm_mon"]
        year = int(g["mm_year"]) if g["mm_year"] else None
        if g["mm_rel"]:  # "June last year": a month of the year named relative to publication
            return _Expr("month", month=MONTHS[name.rstrip(".").lower()], part=_part(g["mm_part"]),
                         shift=g["mm_rel"].lower() + "-year")
        if year is None and not g["mm_shift"] and not g["mm_part"]:
            if name.endswith(".") or name not in MONTH_NAMES:
                return None  # "Jan" or "Aug." alone is a name or an abbreviation, not a date
            if name in ("May", "March") and _previous_word(text, m.start()) not in TIME_PREPOSITIONS:
                return None  # "May I ..." / "March on Washington"
        return _Expr("month", year=year, month=MONTHS[name.rstrip(".").lower()],
                     shift=(g["mm_shift"] or "").lower(), part=_part(g["mm_part"]))
    if g["wd"]:
        if g["wd_week"]:  # "Wednesday of last week": that weekday of the named calendar week
            return _Expr("weekday", number=WEEKDAYS[g["wd"].lower()], shift=g["wd_week"].lower() + "-week")
        return _Expr("weekday", number=WEEKDAYS[g["wd"].lower()], shift=(g["wd_shift"] or "").lower())
    if g["yr"]:
        year = int(g["yr"])
        if g["decade"]:
            return _Expr("decade", year=year - year % 10) if year % 10 == 0 else None
        if not g["yr_part"] and not _looks_like_year(text, m.start(), m.end()):
            return None
        return _Expr("year", year=year, part=_part(g["yr_part"]))
    if g["relday"]:
        word = " ".join(g["relday"].lower().split())
        if word.startswith("this "):
            word = "today"  # "this morning": the day of publication
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1}.get(word, -2)
        return _Expr("relday", number=offset)
    if g["ref"]:
        return _Expr("ref", ref="PAST_REF" if g["ref"].lower() == "recently" else "PRESENT_REF")
    return None


def _parse_ago(g: dict[str, str | None]) -> _Expr:
    unit = g["ago_unit"].lower().rstrip("s")
    number_word = re.sub(r"\s+", " ", g["ago_n"].lower())
    n = int(number_word) if number_word.isdigit() else NUMBERS[number_word]
    hedge = re.sub(r"\s+", " ", (g["ago_hedge"] or "").strip().lower())
    direction = -1 if g["ago_dir"].lower() == "ago" else 1
    size = {"day": 1, "week": 7, "fortnight": 14}.get(unit, 1)  # month/year spans are counted in months
    if unit == "year":
        size = 12
    base = n * size
    if number_word in ("a few", "several", "a couple of"):
        low, high = 2 * size, (3 if number_word == "a couple of" else 6) * size
    elif hedge in ("more than", "over", "just over", "a little over", "at least"):
        low, high = base + 1, base + max(size - 1, (base + 1) // 2)
    elif hedge in ("nearly", "almost", "just under"):
        low, high = base - max(size // 2, 1), base - 1
    elif hedge in ("about", "around", "some", "roughly"):
        low, high = base - max(size // 2, 1), base + max(size // 2, 1)
    elif hedge in ("less than", "under"):
        low, high = 1, base - 1
    else:
        low = high = base
    calendar_unit = "day" if unit in ("day", "week", "fortnight") else "month"
    return _Expr("ago", unit=calendar_unit, low=max(low, 0), high=max(high, low, 0), direction=direction,
                 number=n if not hedge and number_word not in ("a few", "several") else 0,
                 shift=unit)


def _part(word: str | None) -> str:
    if not word:
        return ""
    word = word.lower()
    for key, part in (("early", "early"), ("beginning", "early"), ("start", "early"), ("mid", "mid"),
                      ("middle", "mid"), ("late", "late"), ("end", "late")):
        if key in word:
            return "earlier" if word == "earlier" else "later" if word == "later" else part
    return word


def _previous_word(text: str, start: int) -> str:
    m = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m else ""


def _looks_like_year(text: str, start: int, end: int) -> bool:
    """A bare 4-digit number is a year after a time preposition or before punctuation."""
    if start and text[start - 1] in "$£€#.,":
        return False
    if _previous_word(text, start) in TIME_PREPOSITIONS:
        return True
    following = text[end:end + 2]
    return not following or following[0] in ".,;:)'\"" or following == "\n"


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


# ---------------------------------------------------------------------------- tense


def _needs_tense(expr: _Expr) -> bool:
    return expr.year is None and expr.kind in ("date", "dom", "month", "weekday", "season", "quarter")


def _tense(text: str, start: int, end: int) -> str:
    """'past', 'future' or '' from the cue word nearest to the expression in its clause."""
    lo = max(0, start - 100)
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    after = CLAUSE_BREAK.search(text, end, end + 60)
    hi = after.start() if after else min(len(text), end + 60)
    best, best_distance = "", 1 << 30
    previous = ""
    for token in _CUE_TOKEN.finditer(text, lo, hi):
        word = token.group(0).lower()
        tense = _cue_tense(word, previous)
        previous = word
        if not tense or (token.end() > start and token.start() < end):
            continue  # "last" in "last Friday" is part of the expression
        if token.start() >= end and "," in text[end:token.start()]:
            continue  # "who was convicted on Thursday, will be sentenced": the comma ends the time's clause
        distance = start - token.end() if token.end() <= start else token.start() - end
        if distance < best_distance:
            best, best_distance = tense, distance
    return best


def _cue_tense(word: str, previous: str) -> str:
    if word == "planning" and (previous in ("the", "a", "an", "its", "their", "his", "her", "our", "town", "city", "urban")
                               or previous.endswith("al")):
        return ""  # "the coastal planning statute", "town planning": a noun, not "are planning to"
    if word in FUTURE_CUES or (word == "to" and previous in FUTURE_BEFORE_TO) or word.endswith("'ll"):
        return "future"
    if previous in ("be", "been", "being"):
        return ""  # a passive participle ("will be held") carries no tense of its own
    if word in PAST_CUES or (len(word) > 4 and word.endswith("ed")):
        return "past"
    return ""


# ---------------------------------------------------------------------------- resolution


def _resolve(expr: _Expr, anchor: Anchor, tense: str) -> Resolution:
    absolute = _absolute_span(expr)
    if absolute is not None:
        return Resolution(absolute.earliest, absolute.latest, absolute.granularity, absolute.value)
    if anchor is None:
        return Resolution(None, None, _granularity(expr), _unanchored_value(expr), relative=_relative_words(expr, tense))
    if isinstance(anchor, date):
        span = _span_at_safely(expr, anchor, tense)
        if span is None:
            return Resolution(None, None, None, expr.ref or None, relative=_relative_words(expr, tense))
        return Resolution(span.earliest, span.latest, span.granularity, span.value)
    return _resolve_in_window(expr, anchor, tense)


def _resolve_in_window(expr: _Expr, window: PublishedWindow, tense: str) -> Resolution:
    days = (window.latest - window.earliest).days
    if days <= _WINDOW_DAYS_CAP:
        anchors = [window.earliest + i * DAY for i in range(days + 1)]
    else:
        anchors = [window.earliest, window.earliest + (days // 2) * DAY, window.latest]
    # Without the year the weekday of each day is unknown: try all seven alignments.
    weekly = expr.kind == "weekday" or (expr.kind == "relunit" and expr.unit in ("week", "weekend"))
    shifts = range(7) if not window.year_known and weekly else (0,)
    spans = []
    for day in anchors:
        for shift in shifts:
            span = _span_at_safely(expr, day + shift * DAY, tense)
            if span is None:
                return Resolution(None, None, None, expr.ref or None, relative=_relative_words(expr, tense))
            spans.append(_Span(span.earliest - shift * DAY, span.latest - shift * DAY, span.granularity, span.value))
    values = {s.value for s in spans}
    value = values.pop() if len(values) == 1 else None
    if value and not window.year_known:
        value = "XXXX" + value[4:] if value[:4].isdigit() else value
    if not window.year_known and shifts != (0,):
        value = None
    earliest = min(s.earliest for s in spans)
    latest = max(s.latest for s in spans)
    return Resolution(earliest, latest, spans[0].granularity, value, window.year_known,
                      relative=_relative_words(expr, tense))


def _absolute_span(expr: _Expr) -> _Span | None:
    """Expressions that carry their own year need no anchor."""
    if expr.year is None or expr.kind == "ago":
        return None
    y = expr.year
    if expr.kind == "date":
        d = date(y, expr.month, expr.day)
        return _Span(d, d, "day", d.isoformat())
    if expr.kind == "month":
        return _with_part(_month_span(y, expr.month), expr.part)
    if expr.kind == "year":
        return _with_part(_Span(date(y, 1, 1), date(y, 12, 31), "year", str(y)), expr.part)
    if expr.kind == "decade":
        return _Span(date(y, 1, 1), date(y + 9, 12, 31), "decade", str(y // 10))
    if expr.kind == "season":
        return _with_part(_season_span(y, expr.unit), expr.part)
    if expr.kind == "quarter":
        return _quarter_span(y, expr.number, expr.unit)
    return None


def _span_at_safely(expr: _Expr, p: date, tense: str) -> _Span | None:
    try:
        return _span_at(expr, p, tense)
    except (ValueError, OverflowError):  # "3,000 years ago" falls off the calendar
        return None


def _span_at(expr: _Expr, p: date, tense: str) -> _Span | None:
    """The expression's interval when published on day ``p``."""
    kind = expr.kind
    if kind == "date":
        return _day_span(_nearest_date(p, expr.month, expr.day, tense))
    if kind == "month":
        return _with_part(_month_by_tense(p, expr.month, expr.shift, tense), expr.part)
    if kind == "dom":
        return _day_span(_nearest_day_of_month(p, expr.day, tense))
    if kind == "weekday":
        return _day_span(_weekday_by_tense(p, expr.number, expr.shift, tense))
    if kind == "relday":
        return _day_span(p + expr.number * DAY)
    if kind == "relunit":
        return _relative_unit(p, expr)
    if kind == "ago":
        return _ago(p, expr)
    if kind == "season":
        return _with_part(_season_by_tense(p, expr.unit, expr.shift, tense), expr.part)
    if kind == "quarter":
        return _quarter_by_tense(p, expr.number, expr.unit, tense)
    return None


def _day_span(d: date) -> _Span:
    return _Span(d, d, "day", d.isoformat())


def _nearest_date(p: date, month: int, day: int, tense: str) -> date:
    return _by_tense(p, [date(y, month, day) for y in (p.year - 1, p.year, p.year + 1) if _valid(y, month, day)], tense)


def _nearest_day_of_month(p: date, day: int, tense: str) -> date:
    """ "on the 14th": that day of the publication month, or of the month before (past) or after
    (future) when the day has not come or has gone."""
    indexes = [p.year * 12 + p.month - 1 + step for step in (-1, 0, 1)]
    return _by_tense(p, [date(i // 12, i % 12 + 1, day) for i in indexes if _valid(i // 12, i % 12 + 1, day)], tense)


def _by_tense(p: date, candidates: list[date], tense: str) -> date:
    """Of the candidate days (in order), the last before publication in a past clause, the first
    after it in a future one, else the nearest."""
    past = [c for c in candidates if c <= p]
    future = [c for c in candidates if c >= p]
    if tense == "past" and past:
        return past[-1]
    if tense == "future" and future:
        return future[0]
    return min(candidates, key=lambda c: (abs((c - p).days), c > p))


def _month_by_tense(p: date, month: int, shift: str, tense: str) -> _Span:
    here = p.year * 12 + p.month - 1
    candidates = [(y * 12 + month - 1) for y in (p.year - 1, p.year, p.year + 1)]
    if shift.endswith("-year"):
        index = (p.year + {"last-year": -1, "next-year": 1}.get(shift, 0)) * 12 + month - 1
    elif shift == "last":
        index = max(c for c in candidates if c < here)
    elif shift in ("next", "coming"):
        index = min(c for c in candidates if c > here)
    elif shift == "this":
        index = p.year * 12 + month - 1
    elif tense == "future":
        index = min(c for c in candidates if c >= here)
    else:  # past, or no cue: news mostly reports what happened
        index = max(c for c in candidates if c <= here)
    return _month_span(index // 12, index % 12 + 1)


def _weekday_by_tense(p: date, weekday: int, shift: str, tense: str) -> date:
    """A bare weekday naming the publication's own weekday is that day: on TBAQ newswire
    142 such weekdays are the publication day and none the week before."""
    if shift.endswith("-week"):
        week = {"last-week": -1, "this-week": 0, "next-week": 1}[shift]
        return p + (weekday - p.weekday() + 7 * week) * DAY
    back = (p.weekday() - weekday) % 7
    forward = (weekday - p.weekday()) % 7
    if shift == "last":
        return p - (back or 7) * DAY
    if shift in ("next", "coming"):
        return p + (forward or 7) * DAY
    return p + forward * DAY if tense == "future" else p - back * DAY


def _relative_unit(p: date, expr: _Expr) -> _Span | None:
    unit, shift = expr.unit, expr.shift
    step = {"last": -1, "next": 1}.get(shift, 0)
    if shift == "past":
        length = {"week": 7, "weekend": 7, "month": 30, "quarter": 91, "year": 365}[unit]
        return _Span(p - length * DAY, p - DAY, unit, None)
    if shift == "coming":
        step = 0 if unit == "weekend" else 1
    if unit in ("week", "weekend"):
        monday = p - p.weekday() * DAY + step * 7 * DAY
        iso_year, iso_week, _ = monday.isocalendar()
        value = f"{iso_year}-W{iso_week:02d}"
        if unit == "weekend":
            span = _Span(monday + 5 * DAY, monday + 6 * DAY, "weekend", value + "-WE")
        else:
            span = _Span(monday, monday + 6 * DAY, "week", value)
    elif unit == "month":
        index = p.year * 12 + p.month - 1 + step
        span = _month_span(index // 12, index % 12 + 1)
    elif unit == "quarter":
        index = p.year * 4 + (p.month - 1) // 3 + step
        span = _quarter_span(index // 4, index % 4 + 1, "quarter")
    else:
        span = _Span(date(p.year + step, 1, 1), date(p.year + step, 12, 31), "year", str(p.year + step))
    if expr.part == "earlier":
        return _Span(span.earliest, max(span.earliest, p - DAY), span.granularity, span.value)
    if expr.part == "later":
        return _Span(min(span.latest, p + DAY), span.latest, span.granularity, span.value)
    return _with_part(span, expr.part)


def _ago(p: date, expr: _Expr) -> _Span:
    sign = expr.direction
    if expr.unit == "day":
        a, b = p + sign * expr.low * DAY, p + sign * expr.high * DAY
        earliest, latest = min(a, b), max(a, b)
        value = earliest.isoformat() if earliest == latest else None
        return _Span(earliest, latest, "day", value)
    # Month and year spans: exact counts name a calendar month or year, hedged ones a range of days.
    if expr.low == expr.high:
        index = p.year * 12 + p.month - 1 + sign * expr.low
        if expr.shift == "year" and expr.low % 12 == 0:
            y = index // 12
            return _Span(date(y, 1, 1), date(y, 12, 31), "year", str(y))
        return _month_span(index // 12, index % 12 + 1)
    a, b = _add_months(p, sign * expr.low), _add_months(p, sign * expr.high)
    return _Span(min(a, b), max(a, b), "month", None)


def _season_by_tense(p: date, season: str, shift: str, tense: str) -> _Span:
    candidates = [_season_span(y, season) for y in (p.year - 2, p.year - 1, p.year, p.year + 1)]
    current = next((s for s in candidates if s.earliest <= p <= s.latest), None)
    if shift == "last":
        return [s for s in candidates if s.latest < p][-1]
    if shift in ("next", "coming"):
        return next(s for s in candidates if s.earliest > p)
    if current is not None:
        return current
    if shift == "this":
        return next(s for s in candidates if s.earliest.year == p.year or (s.latest.year == p.year and p.month <= 2))
    if tense == "past":
        return [s for s in candidates if s.latest < p][-1]
    return next(s for s in candidates if s.earliest > p)


def _quarter_by_tense(p: date, number: int, unit: str, tense: str) -> _Span:
    candidates = [_quarter_span(y, number, unit) for y in (p.year - 1, p.year, p.year + 1)]
    started = [s for s in candidates if s.earliest <= p]
    if tense == "future":
        return next(s for s in candidates if s.latest >= p)
    return started[-1]


def _month_span(y: int, m: int) -> _Span:
    return _Span(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month", f"{y:04d}-{m:02d}")


def _season_span(y: int, season: str) -> _Span:
    code, first = SEASONS[season]
    start = date(y, first, 1)
    last_index = y * 12 + first - 1 + 2
    end = date(last_index // 12, last_index % 12 + 1, calendar.monthrange(last_index // 12, last_index % 12 + 1)[1])
    return _Span(start, end, "season", f"{y:04d}-{code}")


def _quarter_span(y: int, number: int, unit: str) -> _Span:
    months = 3 if unit == "quarter" else 6
    first = (number - 1) * months + 1
    if first > 12:
        first = 12 - months + 1
    last = first + months - 1
    code = f"Q{number}" if unit == "quarter" else f"H{min(number, 2)}"
    return _Span(date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1]), unit, f"{y:04d}-{code}")


def _with_part(span: _Span, part: str) -> _Span:
    """early/mid/late take the first, middle or last third of the interval."""
    if part not in ("early", "mid", "late"):
        return span
    if span.granularity == "month":
        start = {"early": 1, "mid": 11, "late": 21}[part]
        end = {"early": 10, "mid": 20, "late": span.latest.day}[part]
        return _Span(span.earliest.replace(day=start), span.earliest.replace(day=end), span.granularity, span.value)
    if span.granularity == "year":
        first = {"early": 1, "mid": 5, "late": 9}[part]
        return _Span(date(span.earliest.year, first, 1), _add_months(date(span.earliest.year, first, 1), 4) - DAY,
                     span.granularity, span.value)
    third = ((span.latest - span.earliest).days + 1) // 3
    index = {"early": 0, "mid": 1, "late": 2}[part]
    earliest = span.earliest + index * third * DAY
    latest = span.latest if part == "late" else earliest + (third - 1) * DAY
    return _Span(earliest, latest, span.granularity, span.value)


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    y, m = index // 12, index % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# ---------------------------------------------------------------------------- words


def _granularity(expr: _Expr) -> str | None:
    if expr.kind in ("date", "dom", "weekday", "relday"):
        return "day"
    if expr.kind == "relunit":
        return expr.unit
    if expr.kind == "ago":
        return "day" if expr.unit == "day" else "month"
    return {"month": "month", "season": "season", "quarter": "quarter"}.get(expr.kind)


def _unanchored_value(expr: _Expr) -> str | None:
    if expr.kind == "date":
        return f"XXXX-{expr.month:02d}-{expr.day:02d}"
    if expr.kind == "month":
        return f"XXXX-{expr.month:02d}"
    if expr.kind == "weekday":
        return f"XXXX-WXX-{expr.number + 1}"
    if expr.kind == "season":
        return f"XXXX-{SEASONS[expr.unit][0]}"
    if expr.kind == "ref":
        return expr.ref
    return None


def _relative_words(expr: _Expr, tense: str) -> str | None:
    """What is known without a publication date, in words an editor can check."""
    kind = expr.kind
    if kind == "weekday":
        ahead = expr.shift in ("next", "coming") or (expr.shift != "last" and tense == "future")
        name = WEEKDAY_NAMES[expr.number]
        if expr.shift.endswith("-week"):
            return f"the {name} of {expr.shift.replace('-', ' ')} (the calendar week of publication counted from)"
        if expr.shift in ("last", "next", "coming"):
            return f"a {name} within the 7 days {'after' if ahead else 'before'} publication"
        return f"the day of publication or a {name} within the 6 days {'after' if ahead else 'before'} it"
    if kind == "date":
        return f"{MONTH_NAMES[expr.month]} {expr.day}, year not stated"
    if kind == "dom":
        return f"the {expr.day}th of the month of publication or one beside it"
    if kind == "month":
        if expr.shift == "last" or (not expr.shift and tense == "past"):
            return f"the most recent {MONTH_NAMES[expr.month]} before publication"
        if expr.shift in ("next", "coming") or (not expr.shift and tense == "future"):
            return f"the next {MONTH_NAMES[expr.month]} after publication"
        return f"{MONTH_NAMES[expr.month]}, year not stated"
    if kind == "relday":
        return {-1: "the day before publication", 0: "the day of publication", 1: "the day after publication"}.get(
            expr.number, "two days before publication")
    if kind == "relunit":
        where = {"last": "before", "next": "after", "coming": "after", "past": "up to"}.get(expr.shift, "of")
        lead = {"earlier": "earlier in ", "later": "later in "}.get(expr.part, f"{expr.part} in " if expr.part else "")
        if expr.shift == "past":
            return f"the {expr.unit} up to publication"
        return f"{lead}the calendar {expr.unit} {where} publication".replace(" of publication", " of publication")
    if kind == "ago":
        unit = "days" if expr.unit == "day" else "months"
        side = "before" if expr.direction < 0 else "after"
        span = str(expr.low) if expr.low == expr.high else f"{expr.low}..{expr.high}"
        return f"{span} {unit} {side} publication"
    if kind == "season":
        return f"{expr.shift or 'the'} {expr.unit} relative to publication"
    if kind == "ref":
        return "at publication" if expr.ref == "PRESENT_REF" else "before publication"
    return None


def _month_day_span(a: date, b: date) -> str:
    """Month-day wording for a year-less interval: 'July', 'August 16..August 27'."""
    if a.day == 1 and b == date(b.year, b.month, calendar.monthrange(b.year, b.month)[1]) and a.month == b.month:
        return MONTH_NAMES[a.month] + _year_note(a)
    if a == b:
        return f"{MONTH_NAMES[a.month]} {a.day}{_year_note(a)}"
    return f"{MONTH_NAMES[a.month]} {a.day}{_year_note(a)}..{MONTH_NAMES[b.month]} {b.day}{_year_note(b)}"


def _year_note(d: date) -> str:
    offset = d.year - NOMINAL_YEAR
    return "" if offset == 0 else " of the year before" if offset == -1 else " of the year after"


# ---------------------------------------------------------------------------- publication window

# Words two sentences share without being about one event.
_STOPWORDS = (FUNCTION_WORDS | TIME_UNIT_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)
              | frozenset("ago said says also into nearly almost".split()))
_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")


_MONTH_WORD = "|".join(MONTH_NAMES[1:])
# "OLDMERE, June 5 —": a wire story's dateline gives the day it was filed.
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Z .'’-]{{1,40}},\s*(?:(?P<md_mon>{_MONTH_WORD})\.?\s+(?P<md_day>\d{{1,2}})"
    rf"|(?P<dm_day>\d{{1,2}})\s+(?P<dm_mon>{_MONTH_WORD}))(?:,?\s+(?P<year>\d{{4}}))?\s*(?:—|–|-|\(|:)"
)
# "on Thursday, November 14": a weekday is named only for a day within the week before publication.
_WEEKDAY_DATE = re.compile(
    rf"\b(?:on\s+)?(?P<weekday>{'|'.join(WEEKDAY_NAMES)}),?\s+(?:(?P<md_mon>{_MONTH_WORD})\s+(?P<md_day>\d{{1,2}})"
    rf"|(?P<dm_day>\d{{1,2}})\s+(?P<dm_mon>{_MONTH_WORD}))(?:,?\s+(?P<year>\d{{4}}))?\b"
)
_WEEKDAY_REACH = 6  # days after a weekday-named date that publication may follow it


def _dateline_window(text: str) -> PublishedWindow | None:
    m = _DATELINE.match(text)
    if m is None:
        return None
    day = _month_day(m)
    if day is None:
        return None
    year_known = m.group("year") is not None
    words = _date_words(day, year_known)
    return PublishedWindow(day, day, f"the dateline gives {words}", year_known=year_known)


def _weekday_date_window(text: str) -> PublishedWindow | None:
    """ "closed on Thursday, November 14": published that day or within the six days after it."""
    for m in _WEEKDAY_DATE.finditer(text):
        if _tense(text, m.start(), m.end()) == "future":
            continue
        day = _month_day(m)
        if day is None:
            continue
        year_known = m.group("year") is not None
        latest = day + _WEEKDAY_REACH * DAY
        reason = (f"'{m.group(0).strip()}' names a past weekday, so published {_date_words(day, year_known)}"
                  f"..{_date_words(latest, year_known)}")
        return PublishedWindow(day, latest, reason, year_known=year_known)
    return None


def _month_day(m: re.Match[str]) -> date | None:
    month_name = m.group("md_mon") or m.group("dm_mon")
    day_number = int(m.group("md_day") or m.group("dm_day"))
    year = int(m.group("year")) if m.group("year") else NOMINAL_YEAR
    if not _valid(year, MONTHS[month_name.lower()], day_number):
        return None
    return date(year, MONTHS[month_name.lower()], day_number)


def infer_publication_window(text: str, times: list[TimeExpression]) -> PublishedWindow | None:
    """The publication window of an undated article: its dateline, else the narrowest of a
    weekday named with its date and an "... ago" paired with the date of the same event."""
    dateline = _dateline_window(text)
    if dateline is not None:
        return dateline
    by_weekday = _weekday_date_window(text)
    by_ago = _ago_window(text, times)
    if by_weekday is None or by_ago is None:
        return by_weekday or by_ago
    if by_weekday.year_known == by_ago.year_known:
        earliest, latest = max(by_weekday.earliest, by_ago.earliest), min(by_weekday.latest, by_ago.latest)
        if earliest <= latest:
            return PublishedWindow(earliest, latest, f"{by_weekday.reason}; {by_ago.reason}", by_weekday.year_known)
    return by_ago


def _ago_window(text: str, times: list[TimeExpression]) -> PublishedWindow | None:
    """Bound the publication by an absolute date and an "... ago" that date the same event.

    "seized control ... on August 15" and "took control ... more than a week ago" share
    the event's words (control, Taliban), so publication is August 15 + 8..13 days.
    Every such pair narrows the window; pairs that would empty it are ignored.
    """
    dated: list[tuple[TimeExpression, _Expr]] = []
    elapsed: list[tuple[TimeExpression, _Expr]] = []
    for time in times:
        match = EXPRESSION.match(text, time.start)
        expr = _parse(match, text) if match and match.end() == time.end else None
        if expr is None:
            continue
        if expr.kind == "date":
            dated.append((time, expr))
        elif expr.kind == "ago" and expr.unit == "day" and expr.direction < 0:
            elapsed.append((time, expr))
    window: tuple[date, date, bool] | None = None
    reasons: list[str] = []
    for ago_time, ago in elapsed:
        ago_words = _sentence_words(text, ago_time.start)
        best = None
        for date_time, when in dated:
            shared = ago_words & _sentence_words(text, date_time.start)
            if len(shared) >= 2 and (best is None or len(shared) > len(best[2])):
                best = (date_time, when, shared)
        if best is None:
            continue
        date_time, when, shared = best
        year_known = when.year is not None
        day = date(when.year or NOMINAL_YEAR, when.month, when.day)
        earliest, latest = day + ago.low * DAY, day + ago.high * DAY
        if window is not None:
            if window[2] != year_known:
                continue
            earliest, latest = max(earliest, window[0]), min(latest, window[1])
            if earliest > latest:
                continue
        window = (earliest, latest, year_known)
        reasons.append(
            f"'{date_time.text}' and '{ago_time.text}' date the same event (shared words: "
            f"{', '.join(sorted(shared))}): {_date_words(day, year_known)} + {ago.low}..{ago.high} days"
        )
    if window is None:
        return None
    earliest, latest, year_known = window
    span = f"{_date_words(earliest, year_known)}..{_date_words(latest, year_known)}"
    reason = "; ".join(reasons) + f" -> published {span}" + ("" if year_known else " (year not stated)")
    return PublishedWindow(earliest, latest, reason, year_known=year_known)


def _date_words(d: date, year_known: bool) -> str:
    return d.isoformat() if year_known else f"{MONTH_NAMES[d.month]} {d.day}"


def _sentence_words(text: str, offset: int) -> set[str]:
    start = max(text.rfind(".", 0, offset), text.rfind("\n", 0, offset)) + 1
    ends = [i for i in (text.find(". ", offset), text.find("\n", offset)) if i >= 0]
    end = min(ends) if ends else len(text)
    return {w.lower() for w in _WORD.findall(text, start, end)} - _STOPWORDS
