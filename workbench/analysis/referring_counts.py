"""A count named with a demonstrative refers back to a count the article told.

"those 300-plus victims", "these 40 families", "all those 1,200 workers": a demonstrative before
a number points at a group the reader already knows, so its number repeats one the article gave
for that kind of thing ("admitting he stole $4.8 million from 212 clients" ... "Every one of those
300-plus victims trusted him"). When none of the earlier counts of that kind can be it, under
their hedges, the two tell one group two ways.

Quiet where the reference may be to something else:
- small numbers ("these two men" is often a part just told of: "Three were arrested; one was
  released. These two men ...");
- no earlier count of that kind, or one of a magnitude far apart (another group altogether);
- a count told as a change ("rose to 212") counts as a value the group has had, so an update
  ("listed 180 victims" ... "the number rose to 212" ... "those 212 victims") stays quiet;
- a demonstrative that points forward to a list ("these 12 measures:").

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding
from workbench.analysis.events import ClaimEvents
from workbench.analysis.lexicon import NUMBER_WORD_ALTERNATION
from workbench.analysis.model import Claim, Finding
from workbench.analysis.quantities import Quantity, find_quantities, same_counted_thing

# Below this a demonstrative count is as often a part just described as the whole group.
_SMALLEST_REFERRING_COUNT = 10
# Two counts of one group told apart by more than this factor are two groups, not one misstated.
_ONE_MAGNITUDE = 2.5
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:those|these)\s*$", re.IGNORECASE)
# The cheap test before reading any quantity: most articles hold no demonstrative before a number.
_ANY_DEMONSTRATIVE_COUNT = re.compile(rf"\b(?:those|these)\s+(?:\d|(?:{NUMBER_WORD_ALTERNATION})\b)", re.IGNORECASE)
_POINTS_FORWARD = re.compile(r"[^.;]{0,40}?:")


def demonstrative_counts_against_earlier(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """Each "those/these N <noun>" whose number none of the earlier counts of its kind can be."""
    if not _ANY_DEMONSTRATIVE_COUNT.search(text):
        return
    counted = [(claim, find_quantities(text, ClaimEvents(claim, []))) for claim in claims]
    for index, (claim, quantities) in enumerate(counted):
        for later in quantities:
            if not _refers_back(text, later):
                continue
            earlier = [q for _, qs in counted[:index] for q in qs if q.unit == "count" and _one_kind(q, later)]
            if not earlier or any(_may_be(q, later) for q in earlier):
                continue
            nearest = next((q for q in reversed(earlier) if q.noun), earlier[-1])
            if max(nearest.value, later.value) > _ONE_MAGNITUDE * min(nearest.value, later.value):
                continue
            told = ", ".join(dict.fromkeys(_with_noun(q) for q in earlier))
            finding = pair_finding(claims, nearest.start, later.start, (
                f"'{_with_noun(nearest)}' vs '{_demonstrative(text, later)}': the group referred back to was counted otherwise\n"
                f"'{_demonstrative(text, later)}' points back to a count the article told ({told}), "
                f"and none of them is {_bounds(later)}"))
            if finding is not None:
                yield finding


def _refers_back(text: str, q: Quantity) -> bool:
    # told as a running total or not ("all those 180 patients had been discharged by Sunday"), the
    # demonstrative points back all the same
    return (q.unit == "count" and q.noun is not None and q.value >= _SMALLEST_REFERRING_COUNT
            and _DEMONSTRATIVE_BEFORE.search(text, max(0, q.start - 12), q.start) is not None
            and not _POINTS_FORWARD.match(text, q.end))


def _one_kind(earlier: Quantity, later: Quantity) -> bool:
    """A count of the later's kind, or an update of a count ("the number rose to 212") whose noun is left unsaid."""
    return same_counted_thing(earlier, later) or earlier.noun is None and earlier.changing


def _may_be(earlier: Quantity, later: Quantity) -> bool:
    low_a, high_a = earlier.interval()
    low_b, high_b = later.interval()
    return not (high_a < low_b or high_b < low_a)


def _with_noun(q: Quantity) -> str:
    """ "212 patients": the count with what it counts, where its own text is the number alone."""
    return f"{q.text} {q.noun}" if q.noun and q.noun not in q.text else q.text


def _demonstrative(text: str, q: Quantity) -> str:
    start = _DEMONSTRATIVE_BEFORE.search(text, max(0, q.start - 12), q.start)
    noun_end = text.find(q.noun or "", q.end, q.end + 40) if q.noun else -1
    end = noun_end + len(q.noun or "") if noun_end >= 0 else q.end
    return text[start.start() if start else q.start:end]


def _bounds(q: Quantity) -> str:
    low, high = q.interval()
    if high == float("inf"):
        return f"at least {low:,.0f}"
    if low == high:
        return f"{low:,.0f}"
    return f"between {low:,.0f} and {high:,.0f}"
