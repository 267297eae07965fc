"""A count or an amount told per day or per head, against the total the article gives for it.

Reports often give a rate with what it runs over and, elsewhere (often in a quotation), the
total it makes:

- a count per day over a period: "about 210,000 passengers a day over the nine-day peak" ...
  "In total, nearly 2.6 million travellers passed through" (9 x 210,000 is 1.89 million);
- an amount per head over a group: "2.4 lakh farmers ... each affected farmer would receive a
  uniform Rs 12,000" ... "In all, Rs 188 crore will be credited" (2.4 lakh x 12,000 is Rs 288 crore).

Pairing is by what is counted (the total's noun must be of the rate's kind: passengers and
travellers are both people) and by the total being told as one ("in total", "in all",
"altogether", "a total of"). Only one such rate and one such total per article, so two periods or
two groups are never mixed; hedges ("about", "nearly") widen the tolerance.

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding, sentence_of
from workbench.analysis.lexicon import (
    CURRENCY_SIGN_ALTERNATION,
    NUMBER_HEDGE_ALTERNATION,
    NUMBER_WORD_ALTERNATION,
    NUMBER_WORDS,
    SCALE_ALTERNATION,
    SCALE_WORDS,
    currency_code,
)
from workbench.analysis.model import Claim, Finding
from workbench.analysis.quantities import noun_classes, singular

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _amount(p: str) -> str:
    """A count, hedged or not, with its scale word: "about 210,000", "nearly 2.6 million"."""
    return rf"(?:(?P<hedge{p}>{NUMBER_HEDGE_ALTERNATION})\s+)?(?P<num{p}>{_NUMBER})(?:[\s-]*(?P<scale{p}>{SCALE_ALTERNATION})\b)?"


def _money(p: str) -> str:
    """An amount with its currency sign: "Rs 12,000", "Rs 188 crore", "£4.2m"."""
    return (rf"(?:(?P<hedge{p}>{NUMBER_HEDGE_ALTERNATION})\s+)?(?P<cur{p}>{CURRENCY_SIGN_ALTERNATION})\s?(?P<num{p}>{_NUMBER})"
            rf"(?:[\s-]*(?P<scale{p}>{SCALE_ALTERNATION})\b)?")


# "an average of about 210,000 passengers a day", "1,200 visitors per day"
_COUNT_RATE = re.compile(
    _amount("r") + r"\s+(?P<noun>[a-z]{3,})\s+(?:a|per|each)\s+(?P<unit>day|week|month)\b", re.IGNORECASE)
# "over the nine-day year-end peak", "for nine days", "across the 12 days of the festival"
_PERIOD = re.compile(
    rf"\b(?:(?:for|over|across|during)\s+(?:the\s+|these\s+|those\s+)?(?:(?:\w+-)?\w+\s+)?(?P<n>\d{{1,3}}|{NUMBER_WORD_ALTERNATION})"
    rf"\s+(?P<unit>day|week|month)s\b|(?P<n2>\d{{1,3}}|{NUMBER_WORD_ALTERNATION})-(?P<unit2>day|week|month)\b)", re.IGNORECASE)
# A total told as one: "In total, nearly 2.6 million travellers", "a total of 1.9 million visitors".
_COUNT_TOTAL = re.compile(
    r"\b(?:in\s+total|in\s+all|altogether|all\s+told|a\s+total\s+of|total\s+of)\b,?\s+(?:[a-z]+\s+){0,2}?"
    + _amount("t") + r"\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)
# "2.4 lakh farmers": a group counted, with the scale words of the article.
_GROUP = re.compile(rf"(?<![\w.,$€£₹])(?P<num>{_NUMBER})(?:\s+(?P<scale>{SCALE_ALTERNATION}))?\s+(?P<noun>[a-z]{{3,}})\b")
# "each affected farmer would receive a uniform Rs 12,000", "every household will get £150"
_EACH_RECEIVES = re.compile(
    r"\b(?:each|every)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})\s+(?:would|will|is\s+to|was\s+to|is\s+set\s+to)?\s*"
    r"(?:receive|get|be\s+paid|be\s+given|receives|gets)\s+(?:a\s+(?:uniform|flat|one-off|one-time)\s+)?"
    + _money("e"), re.IGNORECASE)
# "In all, Rs 188 crore will be credited", "a total of £4.2m"
_MONEY_TOTAL = re.compile(
    r"\b(?:in\s+total|in\s+all|altogether|all\s+told|a\s+total\s+of)\b,?\s+" + _money("t"), re.IGNORECASE)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44}


def counts_against_their_totals(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """Both shapes of the module docstring; only where a total is told as one (a cheap test first)."""
    if not _TOLD_AS_A_TOTAL.search(text):
        return
    yield from _count_rate_over_a_period(text, claims)
    yield from _amount_each_over_a_group(text, claims)


_TOLD_AS_A_TOTAL = re.compile(r"\b(?:in\s+total|in\s+all|altogether|all\s+told|total\s+of)\b", re.IGNORECASE)


def _count_rate_over_a_period(text: str, claims: list[Claim]) -> Iterator[Finding]:
    rates = list(_COUNT_RATE.finditer(text))
    totals = list(_COUNT_TOTAL.finditer(text))
    if len({_number(r, "r") for r in rates}) != 1 or not totals:
        return  # one rate, perhaps told twice (a headline and its first sentence)
    spans = []
    for rate in rates:
        start, end = sentence_of(text, rate.start())
        periods = [p for p in _PERIOD.finditer(text, start, end) if not (p.start() < rate.end() and rate.start() < p.end())]
        if len({_length(p) for p in periods}) == 1:
            spans.append((rate, periods[0]))
    if not spans:
        return
    rate, period = spans[-1]
    kinds = _kinds(rate.group("noun"))
    told = [t for t in totals if _kinds(t.group("noun")) & kinds and t.start() > rate.start()]
    if len(told) != 1:
        return
    total = told[0]
    per_day = _number(rate, "r") / _UNIT_DAYS[rate.group("unit").lower()]
    days = _length(period)
    expected, said = per_day * days, _number(total, "t")
    if _fits(expected, said, rate.group("hedger") or total.group("hedget")):
        return
    finding = pair_finding(claims, rate.start(), total.start(), (
        f"'{rate.group(0)}' over '{period.group(0)}' vs '{total.group(0)}': the rate does not make the total\n"
        f"{_number(rate, 'r'):,.10g} a {rate.group('unit').lower()} for {days:g} days is about {expected:,.10g}, "
        f"not {said:,.10g}"))
    if finding is not None:
        yield finding


def _amount_each_over_a_group(text: str, claims: list[Claim]) -> Iterator[Finding]:
    each = list(_EACH_RECEIVES.finditer(text))
    totals = list(_MONEY_TOTAL.finditer(text))
    if len(each) != 1 or len(totals) != 1:
        return
    share, total = each[0], totals[0]
    if currency_code(share.group("cure")) != currency_code(total.group("curt")):
        return
    noun = singular(share.group("noun").lower())
    groups = {(m.group("num"), m.group("scale")): m for m in _GROUP.finditer(text, 0, share.start())
              if singular(m.group("noun").lower()) == noun}
    if len(groups) != 1:
        return
    group = next(iter(groups.values()))
    heads = _number(group, "")
    expected, said = heads * _number(share, "e"), _number(total, "t")
    if _fits(expected, said, share.group("hedgee") or total.group("hedget")):
        return
    scale = (total.group("scalet") or "").lower()
    unit = SCALE_WORDS.get(scale, 1.0)
    in_scale = f" {scale}" if scale else ""
    finding = pair_finding(claims, group.start(), total.start(), (
        f"'{group.group(0)}' at '{share.group(0)}' vs '{total.group(0)}': the shares do not make the total\n"
        f"{heads:,.10g} x {_number(share, 'e'):,.10g} is {expected / unit:,.10g}{in_scale}, not {said / unit:,.10g}{in_scale}"))
    if finding is not None:
        yield finding


def _number(m: re.Match[str], p: str) -> float:
    scale = (m.group("scale" + p) or "").lower()
    return float(m.group("num" + p).replace(",", "")) * SCALE_WORDS.get(scale, 1.0)


def _length(period: re.Match[str]) -> float:
    written = (period.group("n") or period.group("n2")).lower()
    count = int(written) if written.isdigit() else NUMBER_WORDS[written]
    return count * _UNIT_DAYS[(period.group("unit") or period.group("unit2")).lower()]


def _kinds(noun: str) -> set[str]:
    lemma = singular(noun.lower())
    return {lemma, *noun_classes(lemma)}


def _fits(expected: float, said: float, hedge: str | None) -> bool:
    """To 2%, or to 12% when either figure is hedged ("about 210,000 a day", "nearly 2.6 million")."""
    return abs(expected - said) <= (0.12 if hedge else 0.02) * max(expected, said)


