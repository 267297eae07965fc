"""A share of a counted group told as a fraction or a percentage, against the count it was told with.

The shape: a part of a group is counted ("reported in 54 of the region's 90 woredas"), and later
the same part is told as a share of that group ("the outbreak now affecting two-thirds of the
region's woredas"; "60 per cent of the districts"). 54 of 90 is three-fifths, not two-thirds.

The group is the noun after "of the"/"of its"/"of the region's" in both places, the same noun. A
fraction in words is taken within three points, a hedged one ("about", "nearly", "more than")
within its hedge; a percentage to within a point and its rounding.

Quiet with two different counts of that group's part (the share may be of either), or a share
told in a sentence of another time ("last year", "In the 2021 elections, the PCA won with 54% of the
vote").

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding, sentence_of
from workbench.analysis.lexicon import FRACTION_WORDS, NUMBER_WORD_ALTERNATION, count_value
from workbench.analysis.model import Claim, Finding
from workbench.analysis.quantities import singular

_OWNER = r"(?:(?:the\s+)?[a-z]+['’]s|[A-Z][\w-]*['’]s|the|its|their|his|her)\s+"  # possessives first
_COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORD_ALTERNATION})"
# "54 of the region's 90 woredas", "nine of its 14 stores"
_PART_OF_COUNTED = re.compile(
    rf"\b(?P<part>{_COUNT})\s+of\s+{_OWNER}(?P<whole>{_COUNT})\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{{3,}})\b", re.IGNORECASE)
_FRACTION = "|".join(sorted((re.escape(w) for w in FRACTION_WORDS), key=len, reverse=True))
_HEDGE = r"(?P<hedge>about|around|roughly|nearly|almost|more\s+than|over|under|less\s+than|just\s+over|just\s+under)\s+"
# "two-thirds of the region's woredas", "60 per cent of its stores"
_SHARE_OF = re.compile(
    rf"\b(?:{_HEDGE})?(?:(?P<fraction>{_FRACTION})|(?P<pct>\d{{1,3}}(?:\.\d+)?)\s*(?:%|per\s?cent|percent))\s+of\s+{_OWNER}"
    r"(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})\b", re.IGNORECASE)
_ANOTHER_TIME = re.compile(r"\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|previous|(?:19|20)\d\d)\b", re.IGNORECASE)


def shares_against_the_counted_part(text: str, claims: list[Claim]) -> Iterator[Finding]:
    shares = list(_SHARE_OF.finditer(text))  # rarer than "N of the M", so read first
    parts = list(_PART_OF_COUNTED.finditer(text)) if shares else []
    if not parts:
        return
    for share in shares:
        noun = singular(share.group("noun").lower())
        counted = [p for p in parts if singular(p.group("noun").lower()) == noun and p.start() != share.start()]
        ratios = {_ratio(p) for p in counted}
        if len(ratios) != 1 or None in ratios or _ANOTHER_TIME.search(text, *sentence_of(text, share.start())):
            continue
        told = counted[0]
        actual = ratios.pop()
        stated = FRACTION_WORDS[share.group("fraction").lower()] if share.group("fraction") else float(share.group("pct")) / 100
        if _fits(actual, stated, (share.group("hedge") or "").lower(), bool(share.group("pct"))):
            continue
        finding = pair_finding(claims, told.start(), share.start(), (
            f"'{told.group(0)}' vs '{share.group(0)}': the share does not fit the count\n"
            f"{told.group('part')} of {told.group('whole')} is {actual:.0%}, not {stated:.0%}"))
        if finding is not None:
            yield finding


def _ratio(m: re.Match[str]) -> float | None:
    whole = count_value(m.group("whole"))
    return count_value(m.group("part")) / whole if whole else None


def _fits(actual: float, stated: float, hedge: str, percentage: bool) -> bool:
    slack = 0.01 if percentage else 0.03
    if hedge in ("more than", "over", "just over"):
        return actual >= stated - slack
    if hedge in ("less than", "under", "just under"):
        return actual <= stated + slack
    if hedge in ("nearly", "almost"):
        return stated - 0.08 <= actual <= stated + slack
    if hedge:
        return abs(actual - stated) <= 0.06
    return abs(actual - stated) <= slack
