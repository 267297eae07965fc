"""Words and patterns for news time expressions, compiled once at import.

The patterns are case-sensitive on purpose: "May" and "March" the months are
capitalised, "may" and "march" are not. Relative words ("yesterday", "last
month") may open a sentence, so their alternatives are scoped ``(?i:...)``.
"""

from __future__ import annotations

import re

from workbench.analysis.patterns import word_alternation

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Every month name and abbreviation as one regex alternation, longest first ("march" before "mar").
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a couple of": 2, "a few": 3, "several": 3,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Meteorological seasons: (TIMEX3 code, first month); winter runs December..February.
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}

# Words that may stand before "May"/"March" or a bare season/year for it to be a time.
TIME_PREPOSITIONS = frozenset(
    "in on since by until till before after from to during through of last next this early late mid "
    "between and or the end beginning start middle fiscal year over around circa".split()
)

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:%.,]\d)(?!\d)"
_YEAR = r"(?:19|20)\d\d(?![\d%]|,\d|\.\d)"
_PART = r"(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
_NUM = r"(?i:a\s+couple\s+of|a\s+few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,3})"
_HEDGE = (r"(?i:more\s+than|just\s+over|a\s+little\s+over|over|nearly|almost|about|around|some|roughly|"
          r"less\s+than|just\s+under|under|at\s+least)")

# "on the 14th": the ordinal day is the head word to look before (digits anchor only years otherwise).
DAY_OF_MONTH_ANCHOR = re.compile(r"\b[Oo]n\s+the\s+(\d{1,2}(?:st|nd|rd|th))\b")

EXPRESSION = re.compile(
    rf"""(?<![\w-])(?<!\d[,.])(?:
      (?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)
    | (?:(?P<md_wd>{_WEEKDAY}),?\s+)?(?P<md_mon>{_MONTH})\s+(?P<md_day>{_DAY})(?:,?\s+(?P<md_year>{_YEAR}))?
    | (?:(?P<dm_wd>{_WEEKDAY}),?\s+)?(?P<dm_day>{_DAY})(?:\s+of)?\s+(?P<dm_mon>{_MONTH})(?:,?\s+(?P<dm_year>{_YEAR}))?
    | (?:(?P<q_shift>(?i:this|last|next))\s+)?(?P<q_ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?P<q_unit>(?i:quarter|half))
        (?:\s+of\s+(?:(?i:fiscal)\s+)?(?P<q_year>{_YEAR}))?
    | (?P<ago_hedge>{_HEDGE}\s+)?(?P<ago_n>{_NUM})\s+(?P<ago_unit>(?i:days?|weeks?|fortnights?|months?|years?))\s+(?P<ago_dir>(?i:ago|from\s+now))
    | (?P<we_prep>(?i:at|over|during))\s+(?i:the)\s+(?i:weekend)(?![\w-])
    | (?:(?P<ru_part>{_PART}|(?i:earlier|later))[\s-]+)?(?P<ru_shift>(?i:this|last|next|past|coming)|(?(ru_part)(?i:the)|(?!)))\s+(?P<ru_unit>(?i:week|weekend|month|year|quarter))(?![\w-])
    | (?:(?P<se_part>{_PART})[\s-]+)?(?:(?P<se_shift>(?i:this|last|next|coming|past))\s+)?(?P<se>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:of\s+)?(?P<se_year>{_YEAR}))?
    | (?:(?P<mm_part>{_PART})[\s-]+)?(?:(?P<mm_shift>(?i:last|next|this|coming))\s+)?(?P<mm_mon>{_MONTH})(?:,?\s+(?P<mm_year>{_YEAR})|\s+(?P<mm_rel>(?i:this|last|next))\s+(?i:year))?
    | (?:(?P<wd_shift>(?i:last|next|this|coming|past))\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?i:morning|afternoon|evening|night))?(?:\s+(?i:of)\s+(?P<wd_week>(?i:last|next|this))\s+(?i:week))?
    | (?:(?P<yr_part>{_PART})[\s-]+)?(?P<yr>{_YEAR})(?P<decade>s)?
    | (?<=[Oo]n\s)(?P<dom>(?i:the)\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?!\s+(?:of\s+)?(?!(?:after|before|and|at|in|on|when|while|as|but|with|to|for|from|until|by|amid|despite)\b)[A-Za-z]|[\w-])
    | (?P<relday>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tomorrow|tonight|last\s+night(?!\s+of\b)|this\s+(?:morning|afternoon|evening)))
    | (?P<ref>(?i:now|currently|recently|nowadays))
    )(?![\w])""",
    re.VERBOSE,
)

# Tense cues near an expression: the nearest one wins. Future cues are checked
# first so "scheduled" and "expected" are not taken for past participles.
FUTURE_CUES = frozenset(
    "will won't shall scheduled planned planning expected expects due would upcoming next tomorrow "
    "payable expire expires until deadline effective".split()
)
FUTURE_BEFORE_TO = frozenset("going plan plans set is are due".split())
PAST_CUES = frozenset(
    "was were had did said told met began took made went came gave left held won lost rose fell saw got sent "
    "ago last yesterday".split()
)

# Head words: every expression contains one. Scanning the lowercased text for them
# with str.find and trying the full pattern only near a hit is far faster than
# running the pattern over the whole text.
ANCHOR_WORDS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "week", "month", "year", "quarter", "half", "spring", "summer", "autumn", "fall", "winter",
    "ago", "now", "yesterday", "today", "tomorrow", "tonight", "currently", "recently", "nowadays",
    "night", "morning", "afternoon", "evening",
    "19", "20",
)
ANCHOR_TOKENS = frozenset(
    list(MONTHS) + list(WEEKDAYS)
    + "week weekend month year quarter half spring summer autumn fall winter ago now yesterday today tomorrow "
      "tonight currently recently nowadays night morning afternoon evening".split()
)
CAPITALISED_ANCHORS = frozenset(list(MONTHS) + list(WEEKDAYS))
# Words an expression can open with, besides its head word; other starts are not tried.
_OPENING_WORDS = (
    "this last next past coming the early mid late end beginning start middle earlier later more just a an over "
    "nearly almost about around some roughly less under at several one two three four five six seven eight nine "
    "ten eleven twelve fifteen twenty thirty first second third fourth yesterday today tomorrow tonight at during"
).split()
OPENING = re.compile(
    r"(?<![^\s\-(\"'“])(?:\d|(?i:" + word_alternation(_OPENING_WORDS) + r")(?![a-z])"
    + "|" + word_alternation(n.capitalize() for n in [*MONTHS, *WEEKDAYS]) + ")"
)
# How far before its head word an expression may start ("a little over twenty weeks ago").
LOOKBACK_CHARS = 40
LOOKBACK_WORDS = 6

CLAUSE_BREAK = re.compile(r"[.!?;\n]")


# A clock time: "7.40am", "9 pm", "about 9pm", "21:15", "04:10".
CLOCK = re.compile(r"\b(?P<about>about |around |shortly after |just after |just before |approximately )?"
                   r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)(?![a-z])"
                   r"|\b(?P<about24>about |around )?(?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)\b", re.IGNORECASE)


def clock_minutes(m: re.Match[str]) -> tuple[int, bool] | None:
    """(minutes after midnight, whether hedged) of a ``CLOCK`` match; None for "13pm" or "9.75am"."""
    if m.group("h"):
        hour, minute = int(m.group("h")) % 12, int(m.group("m") or 0)
        hour += 12 if m.group("ampm").lower().startswith("p") else 0
        about = bool(m.group("about"))
    else:
        hour, minute, about = int(m.group("h24")), int(m.group("m24")), bool(m.group("about24"))
    return (hour * 60 + minute, about) if hour < 24 and minute < 60 else None
