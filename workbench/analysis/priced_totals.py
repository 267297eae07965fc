"""A count bought or sold at a price each, against the sum told for the same thing elsewhere.

The shape: one sentence gives a count and a price a unit ("would deliver 2,400 units at an
average cost of ₦1.25 million each"; "swapped 1,800 ETH ... at an average price of about
$2,180"); another sentence gives a sum of money in the same currency for what the count is of,
named by a word the two sentences share ("₦3.6 billion for solar-powered streetlights" beside
"the streetlight programme"; "The DAI proceeds from that swap — some $4.9m" beside "swapped").
The count times the price is the sum.

What keeps it quiet:
- the product told anywhere in the article (the sum of the sentence itself, "12 blocks at ₦95
  million each ... ₦1.14 billion");
- a sum far from the product (more than double or less than half: a budget, a whole programme,
  another purchase), or one told of another period or plan ("last year", "a year earlier");
- the hedges of either figure ("about $2,180", "some $4.9m") widen the tolerance;
- a price per another unit ("$4 per litre" of "12 trucks"), or two sums sharing the word.

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.analysis.arithmetic import pair_finding, sentence_of
from workbench.analysis.events import word_lemmas
from workbench.analysis.lexicon import (
    CURRENCY_SIGN_ALTERNATION,
    FUNCTION_WORDS,
    NUMBER_HEDGE_ALTERNATION,
    SCALE_ALTERNATION,
    SIGN_PREFIX,
    amount_value,
    count_value,
    currency_code,
    last_digit_step,
)
from workbench.analysis.model import Claim, Finding
from workbench.analysis.parts_lists import sentence_spans

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _money(p: str) -> str:
    """A sum with its currency sign, scale word and hedge, its groups named with the prefix ``p``."""
    return (rf"(?P<{p}hedge>(?:{NUMBER_HEDGE_ALTERNATION}|an\s+estimated|approximately)\s+)?"
            rf"{SIGN_PREFIX}(?P<{p}cur>{CURRENCY_SIGN_ALTERNATION})\s?(?P<{p}num>{_NUMBER})(?:\s?(?P<{p}scale>{SCALE_ALTERNATION})\b)?")


# "2,400 units at an average cost of ₦1.25 million each", "1,800 ETH ... at an average price of about $2,180"
_PRICED = re.compile(
    rf"(?<![\d.,$€£¥₹₦])(?P<n>{_NUMBER})(?:\s+(?P<nscale>{SCALE_ALTERNATION})\b)?\s+(?:[A-Za-z-]+\s+){{0,2}}?"
    rf"(?P<noun>[A-Za-z]{{2,}})\b[^.;]{{0,100}}?\b(?:at|for)\s+(?:an?\s+(?:[a-z-]+\s+)?(?:average\s+)?(?:price|cost|rate)\s+"
    rf"of\s+|an\s+average\s+of\s+)?{_money('e')}(?P<per>\s+(?:each|apiece|a\s+piece|per\s+[a-z]+|an?\s+[a-z]+))?"
    # "paid an average of $2,950 a head for 1,800 yearling steers": the price first, then the count
    rf"|\ban\s+average\s+(?:price\s+|cost\s+)?of\s+{_money('f')}\s+(?P<per2>(?:a|an|per)\s+[a-z]+)\s+for\s+"
    rf"(?P<n2>{_NUMBER})(?:\s+(?P<nscale2>{SCALE_ALTERNATION})\b)?\s+(?:[A-Za-z-]+\s+){{0,3}}?(?P<noun2>[A-Za-z]{{2,}})\b")
_SUM = re.compile(rf"(?<![.,]){_money('t')}(?![\d,.]*\d)(?!\s*(?:each|apiece|a\s+piece|per|an?\s+[a-z]+\b))")
_ANOTHER_PERIOD = re.compile(r"\b(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|previous|in\s+(?:19|20)\d\d)\b",
                             re.IGNORECASE)
# Words of money and measure shared by any two sentences about prices: they link nothing.
_NOT_A_LINK = frozenset("""price prices cost costs average million billion thousand total sum amount value each unit
    said says told year years month months week weeks day days budget money per cent percent""".split())
_WINDOW = 80  # characters either side of a sum that name what it is for


@dataclass(frozen=True)
class _Priced:
    """A count at a price a unit, whichever comes first in the sentence."""
    start: int
    count: str
    count_scale: str | None
    noun: str
    price_text: str
    price: float
    currency: str
    per: str
    hedged: bool
    average: bool


def _read_priced(text: str, m: re.Match[str]) -> _Priced:
    first = bool(m.group("n"))  # "1,800 ETH ... at $2,180" rather than "an average of $2,950 a head for 1,800"
    p, n, noun, per = ("e", "n", "noun", "per") if first else ("f", "n2", "noun2", "per2")
    price_start = m.start(p + "hedge") if m.group(p + "hedge") else m.start(p + "cur")
    price_end = m.end(per) if m.group(per) else m.end(p + "num") if not m.group(p + "scale") else m.end(p + "scale")
    return _Priced(m.start(), m.group(n), m.group("nscale" if first else "nscale2"), m.group(noun),
                   text[price_start:price_end].strip(), amount_value(m.group(p + "num"), m.group(p + "scale")),
                   currency_code(m.group(p + "cur")), (m.group(per) or "").strip().lower(), bool(m.group(p + "hedge")),
                   "average" in m.group(0).lower())


def priced_counts_against_their_sum(text: str, claims: list[Claim]) -> Iterator[Finding]:
    priced = [p for p in (_read_priced(text, m) for m in _PRICED.finditer(text)) if _priced_per_the_count(p)]
    sums = [s for s in _SUM.finditer(text) if not _TOLD_OF_ANOTHER_PERIOD.match(text, s.end())]
    for p in priced:
        expected = amount_value(p.count, p.count_scale) * p.price
        if any(_fits(expected, s, p.hedged) for s in sums if currency_code(s.group("tcur")) == p.currency):
            continue  # the product is told somewhere
        start, end = sentence_of(text, p.start)
        words = _content_lemmas(text[start:end])
        candidates = [s for s in sums if not (start <= s.start() < end) and currency_code(s.group("tcur")) == p.currency
                      and 0.5 * expected <= amount_value(s.group("tnum"), s.group("tscale")) <= 2 * expected
                      and not _ANOTHER_PERIOD.search(text, *sentence_of(text, s.start()))]
        told = _best_linked(text, candidates, words)
        if told is None:
            continue
        amount = f"{p.count}{' ' + p.count_scale if p.count_scale else ''} {p.noun}"
        finding = pair_finding(claims, p.start, told.start(), (
            f"'{amount} at {p.price_text}' vs '{told.group(0).strip()}': the sum does not fit the price a unit\n"
            f"{amount} x {p.price_text} is {_shown(expected)}, not {_shown(amount_value(told.group('tnum'), told.group('tscale')))}"))
        if finding is not None:
            yield finding


# "compared with about $4 million last June": a sum told of another period right after it.
_TOLD_OF_ANOTHER_PERIOD = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:last\s+(?:year|month|week|season|[A-Z][a-z]+)|a\s+year\s+"
                                     r"(?:earlier|ago|before)|the\s+previous|in\s+(?:19|20)\d\d)\b")


def _best_linked(text: str, candidates: list[re.Match[str]], words: set[str]) -> re.Match[str] | None:
    """The sum named by the rarest words of the priced sentence ("swap" beats "attacker", which the
    article says of every sum); None when none shares a word or two share it equally."""
    if not candidates:
        return None
    frequency: dict[str, int] = {}
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        for lemma in _content_lemmas(sentence) & words:
            frequency[lemma] = frequency.get(lemma, 0) + 1
    scored = sorted(((sum(1 / frequency.get(w, 1) for w in _content_lemmas(_around(text, s)) & words), s)
                     for s in candidates), key=lambda pair: -pair[0])
    if scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _priced_per_the_count(p: _Priced) -> bool:
    """A price a unit of what was counted: "each", or "per ETH" of ETH; not "$4 per litre" of trucks."""
    if not p.per:
        return p.average  # "at an average price of $2,180": a unit's price
    if p.per in ("each", "apiece", "a piece"):
        return True
    unit = p.per.split()[-1]
    noun = p.noun.lower()
    return unit == noun or unit.rstrip("s") == noun.rstrip("s") or unit in ("unit", "item", "piece", "head")


def _fits(expected: float, told: re.Match[str], price_hedged: bool) -> bool:
    value = amount_value(told.group("tnum"), told.group("tscale"))
    hedged = bool(told.group("thedge")) or price_hedged
    step = last_digit_step(told.group("tnum"), told.group("tscale"))
    return abs(expected - value) <= (0.1 if hedged else 0.02) * max(expected, value) + step


def _content_lemmas(passage: str) -> set[str]:
    found = set()
    for word in re.findall(r"[A-Za-z][a-z]{2,}(?:-[a-z]+)?", passage):
        lower = word.lower()
        if lower in FUNCTION_WORDS or lower in _NOT_A_LINK or word[0].isupper() and not passage.startswith(word):
            continue  # names are left out: a company's name is beside all its sums
        if _agent_noun(lower):
            continue  # "the roaster", "the attacker": a participant, beside every sum of the story
        lemmas = word_lemmas(lower)
        if not lemmas:  # a word the lemmatiser does not know ("streetlights"): its plain singular
            found.add(lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower)
        for pos in ("NOUN", "VERB"):
            found.update(lemma for lemma in lemmas.get(pos, ()) if lemma not in _NOT_A_LINK)
    return found


def _agent_noun(word: str) -> bool:
    """A noun for who does a verb's act ("roaster", "attacker", "buyer"): it names a participant."""
    singular = word[:-1] if word.endswith("s") else word
    for suffix in ("er", "or"):
        if singular.endswith(suffix):
            stem = singular[: -len(suffix)]
            doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "shopper" -> shop
            if any("VERB" in word_lemmas(candidate) for candidate in (stem, stem + "e", doubled)):
                return True
    return False


def _around(text: str, m: re.Match[str]) -> str:
    start, end = sentence_of(text, m.start())
    return text[max(start, m.start() - _WINDOW):min(end, m.end() + _WINDOW)]


def _shown(value: float) -> str:
    for scale, name in ((1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:,.2f} {name}"
    return f"{value:,.0f}"


# "about R95 million in lost revenue for every production day" ... "the strike had cost 14 production
# days" ... "had so far cost Kestrel R2.1 billion in lost revenue".
_RATE = re.compile(
    _money("r") + r"(?:\s+(?:[a-z-]+\s+){0,4}?)?\s*(?:for\s+every|per|a|an|each)\s+(?P<modifier>[a-z-]+\s+)?"
    r"(?P<unit>day|week|month|hour|shift|night)\b", re.IGNORECASE)
_UNITS_COUNTED = (r"(?<![\d.,])(?P<n>\d{1,3}|" + "|".join(("two three four five six seven eight nine ten eleven twelve "
                                                            "thirteen fourteen fifteen twenty thirty").split())
                  + r")\s+(?:(?P<modifier>[a-z-]+)\s+)?(?P<unit>days|weeks|months|hours|shifts|nights)\b")
_UNIT_COUNT = re.compile(_UNITS_COUNTED, re.IGNORECASE)


def rates_over_a_count_against_their_sum(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "R95 million ... for every production day" over "14 production days" against "R2.1 billion" told
    for the same thing: R1.33 billion. One rate, one count of its unit (with the rate's own word,
    "production", when it has one), and one sum named by the rate's rarest words."""
    if not _UNIT_COUNT.search(text):
        return  # no count of days, weeks or shifts: nothing for a rate to run over
    for rate in _RATE.finditer(text):
        finding = _rate_checked(text, claims, rate)
        if finding is not None:
            yield finding


def _rate_checked(text: str, claims: list[Claim], rate: re.Match[str]) -> Finding | None:
    unit, modifier = rate.group("unit").lower(), (rate.group("modifier") or "").strip().lower()
    counts = [m for m in _UNIT_COUNT.finditer(text) if m.group("unit").lower().rstrip("s") == unit
              and (not modifier or (m.group("modifier") or "").lower() == modifier)]
    if len({m.group("n").lower() for m in counts}) != 1:
        return None
    count = counts[0]
    number = count.group("n").lower()
    times = float(number) if number.isdigit() else float(count_value(number))
    expected = amount_value(rate.group("rnum"), rate.group("rscale")) * times
    currency = currency_code(rate.group("rcur"))
    sums = [s for s in _SUM.finditer(text) if currency_code(s.group("tcur")) == currency
            and not (rate.start() <= s.start() < rate.end())]
    hedged = bool(rate.group("rhedge"))
    if any(abs(amount_value(s.group("tnum"), s.group("tscale")) - expected) <= (0.1 if hedged or s.group("thedge") else 0.02)
           * expected + last_digit_step(s.group("tnum"), s.group("tscale")) for s in sums):
        return None
    start, end = sentence_of(text, rate.start())
    candidates = [s for s in sums if 0.5 * expected <= amount_value(s.group("tnum"), s.group("tscale")) <= 2 * expected
                  and not _ANOTHER_PERIOD.search(text, *sentence_of(text, s.start()))]
    told = _best_linked(text, candidates, _content_lemmas(text[start:end]))
    if told is None:
        return None
    if not modifier and sentence_of(text, count.start()) not in ((start, end), sentence_of(text, told.start())):
        return None  # "six months" elsewhere counts something else; a bare "a month" needs its count beside it
    said = text[rate.start("rhedge") if rate.group("rhedge") else rate.start("rcur"):rate.end()]
    finding = pair_finding(claims, rate.start(), told.start(), (
        f"'{said}' over '{count.group(0)}' vs '{told.group(0).strip()}': the sum does not fit the rate\n"
        f"{count.group('n')} x {rate.group('rcur')}{rate.group('rnum')}{' ' + rate.group('rscale') if rate.group('rscale') else ''}"
        f" is {_shown(expected)}, not {_shown(amount_value(told.group('tnum'), told.group('tscale')))}"))
    return finding
