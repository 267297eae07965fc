"""A total, and its parts listed one by one, that do not add up.

Two shapes say that a list names every part of a total told just before it:
- the list counts as many parts as the total's sentence says there are: "receivals across the
  state's four port zones reached 9.14 million tonnes" ... "Kwinana had taken in 3.86 million
  tonnes, followed by Geraldton on 2.41 million tonnes, Albany on 1.92 million tonnes and
  Esperance on 1.15 million tonnes" (four amounts: 9.34);
- the list ends on the rest: "Agents closed 1,846 sales" ... "Single-family houses accounted for
  1,212 of the transactions, condominiums for 498, and manufactured homes for the remaining 156"
  (1,866).

The parts are amounts of one unit (a count, or one measure or currency with one scale word) in
one sentence; the total is of that unit too, bigger than each part, told in the sentence before
the list or the one before that. Quiet when any other amount of that unit there is the sum, or
when the parts match within the rounding of their last digit.

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding
from workbench.analysis.lexicon import NUMBER_WORDS, SCALE_ALTERNATION, SCALE_WORDS
from workbench.analysis.model import Claim, Finding

# An amount: a number, an optional scale word, and the unit word after it ("2.41 million tonnes").
_AMOUNT = re.compile(
    r"(?<![\w.,$€£-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]*\d)(?!\s*(?:%|per\s?cent|percent|-))"
    rf"(?:\s+(?P<scale>{SCALE_ALTERNATION})\b)?(?:\s+(?P<unit>[a-z]+))?")
# "across the state's four port zones", "in its 12 stores": how many parts the total is over.
_OVER_PARTS = re.compile(
    r"\b(?:across|in|at|from|over|among|between)\s+(?:the|its|their|all|[A-Z][\w-]*['’]s|the\s+[a-z-]+['’]s)\s+"
    r"(?:(?P<word>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?P<digits>\d{1,2}))\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+s)\b")
_THE_REST = re.compile(r"\bthe\s+(?:remaining|rest|remainder|balance\s+of|other)\s*$", re.IGNORECASE)
_UNITS_OF_MEASURE = frozenset("tonnes tons kilograms kg litres liters gallons barrels hectares acres miles kilometres "
                              "kilometers megawatts gigawatts votes".split())
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bSt)[.!?](?=\s+[A-Z\"“]|\s*\n|\s*$)|\n")


def parts_against_their_total(text: str, claims: list[Claim]) -> Iterator[Finding]:
    sentences = sentence_spans(text)
    for index, (start, end) in enumerate(sentences):
        parts = [m for m in _AMOUNT.finditer(text, start, end) if _kind(m) is not None]
        if len(parts) < 3 and not (len(parts) >= 2 and _THE_REST.search(text, max(start, parts[-1].start() - 25),
                                                                          parts[-1].start())):
            continue
        kind = _kind(parts[-1])
        listed = [m for m in parts if _kind(m) == kind]
        if len(listed) < 2:
            continue
        ends_on_rest = bool(_THE_REST.search(text, max(start, listed[-1].start() - 25), listed[-1].start()))
        for back in (index - 1, index - 2):
            if back < 0:
                break
            whole = _whole(text, sentences[back], kind, listed, ends_on_rest)
            if whole is None:
                continue
            finding = _checked(text, claims, whole, listed, ends_on_rest)
            if finding is not None:
                yield finding
            break


def _whole(text: str, sentence: tuple[int, int], kind: tuple[str, str], listed: list[re.Match[str]],
           ends_on_rest: bool) -> re.Match[str] | None:
    start, end = sentence
    amounts = [m for m in _AMOUNT.finditer(text, start, end) if _kind(m) == kind]
    biggest_part = max(_value(m) for m in listed)
    bigger = [m for m in amounts if _value(m) > biggest_part]
    if not bigger:
        return None
    if ends_on_rest:
        return bigger[0]  # the first told: "closed 1,846 sales, up 9.1% from 1,692"
    over = _OVER_PARTS.search(text, start, end)
    if over is None:
        return None
    count = int(over.group("digits")) if over.group("digits") else NUMBER_WORDS[over.group("word")]
    if count != len(listed):
        return None
    return min(bigger, key=lambda m: abs(m.start() - over.end()))


def _checked(text: str, claims: list[Claim], whole: re.Match[str], listed: list[re.Match[str]],
             ends_on_rest: bool) -> Finding | None:
    values = [_value(m) for m in listed]
    total, stated = sum(values), _value(whole)
    step = max(_rounding(m) for m in [*listed, whole])
    if abs(total - stated) <= step * (len(listed) + 1) / 2:
        return None
    told = " + ".join(_written(m) for m in listed)
    return pair_finding(claims, whole.start(), listed[0].start(), (
        f"'{_written(whole)}' vs '{told}': the parts do not make the total\n"
        f"{' + '.join(f'{v:,.10g}' for v in values)} = {total:,.10g}, not {stated:,.10g}"
        f" ({'the last part is the rest' if ends_on_rest else 'one amount for each part the total is over'})"))


def _written(m: re.Match[str]) -> str:
    """The amount as written, with its unit when it has one ("2.41 million tonnes", "498")."""
    if _kind(m) == ("", "count"):
        return m.group("num")
    return m.group(0).strip()


def _kind(m: re.Match[str]) -> tuple[str, str] | None:
    """(scale, unit) of an amount that may be a part: a count, or a measure told with its unit."""
    scale = (m.group("scale") or "").lower()
    unit = (m.group("unit") or "").lower()
    if unit in _UNITS_OF_MEASURE:
        return scale, unit  # "1900 tonnes" is an amount, whatever its digits
    if re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
        return None  # a year
    if scale:
        return None  # "1.2 million people": a count in a scale, read with its noun elsewhere
    return "", "count"


def _value(m: re.Match[str]) -> float:
    return float(m.group("num").replace(",", "")) * SCALE_WORDS.get((m.group("scale") or "").lower(), 1.0)


def _rounding(m: re.Match[str]) -> float:
    """The step of the amount's last written digit: 2.41 million -> 10,000."""
    number = m.group("num").replace(",", "")
    decimals = len(number.split(".")[1]) if "." in number else 0
    return 10 ** -decimals * SCALE_WORDS.get((m.group("scale") or "").lower(), 1.0)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
