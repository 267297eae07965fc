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

The same holds for a whole group named by the act that made it: "all 13 of the trapped men" after
"the explosion trapped 15 workers" (or "15 workers were trapped"): the participle names the group
the earlier count counted. Quiet when the article adds to the group in between ("two more",
"another", "a further", "rose to").

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding
from workbench.analysis.events import ClaimEvents
from workbench.analysis.lexicon import NUMBER_WORD_ALTERNATION, count_value
from workbench.analysis.model import Claim, Finding
from workbench.analysis.quantities import Quantity, find_quantities, noun_classes, same_counted_thing, singular

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


_ALL_OF_THE_MADE = re.compile(
    rf"\b[Aa]ll\s+(?P<n>\d{{1,4}}|{NUMBER_WORD_ALTERNATION})\s+(?:of\s+)?the\s+(?P<act>[a-z]+ed)\s+(?P<noun>[a-z]{{3,}})\b")
_ADDED_TO = re.compile(r"\b(?:more|another|further|additional|rose\s+to|risen\s+to|climbed\s+to|increased\s+to)\b",
                       re.IGNORECASE)


def whole_group_named_by_its_act(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "trapped 15 workers" ... "we reached all 13 of the trapped men": 15, not 13."""
    for whole in _ALL_OF_THE_MADE.finditer(text):
        act = re.escape(whole.group("act"))
        earlier = [m for m in re.finditer(
            rf"\b{act}\s+(?:(?:about|some|at\s+least|nearly|almost)\s+)?(?P<n>\d{{1,4}}|{NUMBER_WORD_ALTERNATION})\s+"
            rf"(?P<noun>[a-z]{{3,}})\b|\b(?P<n2>\d{{1,4}}|{NUMBER_WORD_ALTERNATION})\s+(?P<noun2>[a-z]{{3,}})\s+"
            rf"(?:were|was|had\s+been|have\s+been)\s+{act}\b", text[:whole.start()], re.IGNORECASE)]
        if not earlier or any(re.search(r"\b(?:about|some|at\s+least|nearly|almost)\s+$", text[max(0, m.start("n") - 12):m.start("n")])
                              for m in earlier if m.group("n")):
            continue  # no count made by that act, or one told loosely
        values = {_number(m.group("n") or m.group("n2")) for m in earlier}
        said = _number(whole.group("n"))
        if said in values or len(values) != 1 or _ADDED_TO.search(text, earlier[-1].end(), whole.start()):
            continue
        if not all(_people_or_alike(m.group("noun") or m.group("noun2"), whole.group("noun")) for m in earlier):
            continue
        first = earlier[-1]
        finding = pair_finding(claims, first.start(), whole.start(), (
            f"'{first.group(0)}' vs '{whole.group(0)}': the group its act made was counted otherwise\n"
            f"'the {whole.group('act')} {whole.group('noun')}' are those '{whole.group('act')}' counted before: "
            f"{values.pop():,}, not {said:,}"))
        if finding is not None:
            yield finding


def _number(written: str) -> int:
    return int(count_value(written))


def _people_or_alike(first: str, second: str) -> bool:
    """ "workers" and "men" both count people; "homes" and "men" do not."""
    a, b = singular(first.lower()), singular(second.lower())
    people = {"man", "woman", "people", "person"}
    return a == b or bool(noun_classes(a) & noun_classes(b)) or (
        (a in people or "person" in noun_classes(a)) and (b in people or "person" in noun_classes(b)))
