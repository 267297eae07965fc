"""A takeover premium against the offer price and the price it is measured from.

A bid is told with its price a share ("agreed to buy Noordhaven for €24.50 per share") and its
premium to a reference price: one given in the same phrase ("a premium of 38 per cent to the
three-month average share price of €17.75") or a day's close told elsewhere ("a 32 per cent
premium to Monday's close" ... "Noordhaven shares, which closed at €19.60 on Monday"). The premium
is the offer over the reference, less one: €24.50 over €19.60 is 25%, not 32%.

Quiet with more than one offer price (a raised bid), a reference price the article does not give,
a close on another day than the one named, or a hedged premium ("about 30%") within its hedge.

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding, sentence_of
from workbench.analysis.lexicon import CURRENCY_SIGN_ALTERNATION, NUMBER_HEDGE_ALTERNATION, currency_code
from workbench.analysis.model import Claim, Finding
from workbench.analysis.timex_lexicon import WEEKDAYS

_PRICE = rf"(?P<{{p}}cur>{CURRENCY_SIGN_ALTERNATION})\s?(?P<{{p}}num>\d+(?:\.\d+)?)(?:\s?(?P<{{p}}pence>p|pence|cents?)\b)?"
_DAYS = "|".join(WEEKDAYS)
_PREMIUM = re.compile(
    rf"\b(?:an?\s+)?(?P<hedge>(?:{NUMBER_HEDGE_ALTERNATION})\s+)?(?P<pct>\d{{1,3}}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+"
    rf"premium\s+(?:to|over|on)\s+(?P<ref>(?:[^.;\"”]|\.(?=\d)){{3,90}})"
    rf"|\bpremium\s+of\s+(?P<hedge2>(?:{NUMBER_HEDGE_ALTERNATION})\s+)?(?P<pct2>\d{{1,3}}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+"
    rf"(?:to|over|on)\s+(?P<ref2>(?:[^.;\"”]|\.(?=\d)){{3,90}})", re.IGNORECASE)
_OFFER = re.compile(
    r"\b(?:for|at|offer(?:\s+price)?\s+of|offered|bid|paying|pay)\s+" + _PRICE.format(p="o")
    + r"\s+(?:per|a|for\s+each)\s+share\b"
    + r"|" + _PRICE.format(p="q") + r"[- ]a[- ]share\s+(?:offer|bid|deal|cash\s+offer)", re.IGNORECASE)
_REF_PRICE = re.compile(_PRICE.format(p="r"))
_DAY_CLOSE = re.compile(rf"\b(?P<day>{_DAYS})['’]s\s+clos(?:e|ing(?:\s+price)?)\b", re.IGNORECASE)
_CLOSED_AT = re.compile(r"\bclosed\s+(?:at|on)\s+" + _PRICE.format(p="c") + rf"(?:[^.;]{{0,40}}?\bon\s+(?P<day>{_DAYS}))?",
                        re.IGNORECASE)


def premium_against_its_prices(text: str, claims: list[Claim]) -> Iterator[Finding]:
    if "premium" not in text.lower():
        return
    offers = {(_price(m, "o") if m.group("onum") else _price(m, "q")) for m in _OFFER.finditer(text)}
    if len(offers) != 1:
        return  # no offer price, or a raised bid: which one?
    (offer, offer_currency), = offers
    for premium in _PREMIUM.finditer(text):
        stated = float(premium.group("pct") or premium.group("pct2"))
        hedge = (premium.group("hedge") or premium.group("hedge2") or "").strip().lower()
        reference = _reference(text, premium.group("ref") or premium.group("ref2"))
        if reference is None:
            continue
        (base, base_currency), told_at, label = reference
        if base_currency != offer_currency or base <= 0:
            continue
        actual = (offer / base - 1) * 100
        if abs(actual - stated) <= (3.0 if hedge else 1.0):
            continue
        finding = pair_finding(claims, premium.start(), told_at if told_at >= 0 else premium.start(), (
            f"'{stated:g}% premium to {label}' vs the offer of {offer:g} a share: the premium does not fit the prices\n"
            f"{offer:g} over {base:g} is a premium of {actual:.1f}%, not {stated:g}%"))
        if finding is not None:
            yield finding


def _reference(text: str, ref: str) -> tuple[tuple[float, str], int, str] | None:
    """The price a premium is measured from: one in its own phrase, or the close of the day it names."""
    inline = _REF_PRICE.search(ref)
    if inline is not None:
        return _price(inline, "r"), -1, inline.group(0)
    day = _DAY_CLOSE.search(ref)
    if day is None:
        return None
    closes = [m for m in _CLOSED_AT.finditer(text)
              if (m.group("day") or _day_in_sentence(text, m) or "").lower() == day.group("day").lower()]
    values = {_price(m, "c") for m in closes}
    if len(values) != 1:
        return None
    return _price(closes[0], "c"), closes[0].start(), f"{day.group(0)} ({closes[0].group('ccur')}{closes[0].group('cnum')})"


def _day_in_sentence(text: str, m: re.Match[str]) -> str | None:
    start, end = sentence_of(text, m.start())
    days = {d.lower() for d in re.findall(rf"\b(?:{_DAYS})\b", text[start:end], re.IGNORECASE)}
    return days.pop() if len(days) == 1 else None


def _price(m: re.Match[str], p: str) -> tuple[float, str]:
    value = float(m.group(p + "num"))
    return (value / 100 if m.group(p + "pence") else value), currency_code(m.group(p + "cur"))


# "closes 28% above IPO price": a first day's gain over the offering price.
_ABOVE_THE_OFFER = re.compile(
    rf"\b(?P<hedge>(?:{NUMBER_HEDGE_ALTERNATION})\s+)?(?P<pct>\d{{1,3}}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+"
    r"(?P<dir>above|below|over|under)\s+(?:its\s+|the\s+)?(?:IPO|issue|offer|offering|listing|float)\s+price\b", re.IGNORECASE)
_DURING_THE_DAY = re.compile(r"\b(?:opened|opening|intraday|as\s+much\s+as|at\s+one\s+point|peaked|early\s+trading)\b",
                             re.IGNORECASE)
_NIS = r"(?P<{p}cur>NIS|₪|[$€£¥₹₦])\s?(?P<{p}num>\d+(?:\.\d+)?)"
# "sold 15 million new shares at NIS 18 each in the offering"; "priced at $21 a share"
_OFFER_PRICE = re.compile(r"\b(?:at|priced\s+at)\s+" + _NIS.format(p="i") + r"\s+(?:each|a\s+share|per\s+share|apiece)\b",
                          re.IGNORECASE)
_FIRST_CLOSE = re.compile(r"\b(?:closed|ended|finished|settled)\b[^.;]{0,80}?\bat\s+" + _NIS.format(p="c")
                          + r"(?:\s+(?:a|per)\s+share)?", re.IGNORECASE)


def first_day_gain_against_the_prices(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "closes 28% above IPO price" against "ended ... at NIS 22.50 per share" and "shares at NIS 18 each"
    in the offering: 25%. One gain, one offering price and one close, in one currency."""
    gains = [m for m in _ABOVE_THE_OFFER.finditer(text)  # "opened at NIS 21.60, 20% above": the opening, not the close
             if not _DURING_THE_DAY.search(text[slice(*sentence_of(text, m.start()))])]
    closes = {(float(m.group("cnum")), m.group("ccur").upper()) for m in _FIRST_CLOSE.finditer(text)}
    offers = {(float(m.group("inum")), m.group("icur").upper()) for m in _OFFER_PRICE.finditer(text)
              if re.search(r"\b(?:offering|IPO|listing|float|flotation|shares)\b", text[slice(*sentence_of(text, m.start()))],
                           re.IGNORECASE)} - closes
    if len(gains) != 1 or len(offers) != 1 or len(closes) != 1:
        return
    (offer, offer_currency), = offers
    (close, close_currency), = closes
    if offer_currency != close_currency or offer <= 0:
        return
    gain = gains[0]
    actual = (close / offer - 1) * 100
    stated = float(gain.group("pct")) * (1 if gain.group("dir").lower() in ("above", "over") else -1)
    if abs(actual - stated) <= (3.0 if gain.group("hedge") else 1.0):
        return
    finding = pair_finding(claims, gain.start(), gain.start(), (
        f"'{gain.group(0)}' vs the prices: the gain does not fit\n"
        f"a close of {close:g} over an offering price of {offer:g} is {actual:+.1f}%, not {stated:+g}%"))
    if finding is not None:
        yield finding
