"""A count or an amount told per day or per head, against the total the article gives for it.

Reports often give a rate with what it runs over and, elsewhere (often in a quotation), the
total it makes:

- a count per day over a period: "about 210,000 passengers a day over the nine-day peak" ...
  "In total, nearly 2.6 million travellers passed through" (9 x 210,000 is 1.89 million);
- an amount per head over a group: "2.4 lakh farmers ... each affected farmer would receive a
  uniform Rs 12,000" ... "In all, Rs 188 crore will be credited" (2.4 lakh x 12,000 is Rs 288 crore).

and two more where the total is a sum of money:

- an average price over a count sold: "grossed $22.6 million from 156,000 tickets sold" ...
  "Tickets sold at an average price of $165" (156,000 x $165 is $25.7 million);
- a change in a price per unit used, over a use: "the energy charge rises by 1.6 cents per
  kilowatt-hour" ... "For a household using 900 kilowatt-hours a month ... an increase of $12.60"
  (900 x 1.6 cents is $14.40).

Two more: an average a month of a sum paid to a counted group in a year ("paid 46.8 trillion won ... to
6.5 million recipients last year, an average of 650,000 won a month"), and a pay rate over a contract's
term ("a five-year contract worth £150,000 a week" ... "worth £42m in basic wages": £39m).

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
    FUNCTION_WORDS,
    NUMBER_HEDGE_ALTERNATION,
    NUMBER_WORD_ALTERNATION,
    NUMBER_WORDS,
    SCALE_ALTERNATION,
    SCALE_WORDS,
    count_value,
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
    """The shapes of the module docstring; the first two only where a total is told as one (a cheap test first)."""
    if "average" in text:
        yield from _average_price_over_a_count(text, claims)
    yield from _per_unit_change_over_a_use(text, claims)
    if "average of" in text:
        yield from _average_of_a_sum_paid_to_a_group(text, claims)
    if "average" in text and (" per " in text or " a " in text):
        yield from _average_per_unit_against_the_counts(text, claims)
    if "-year" in text and "worth" in text:
        yield from _pay_rate_over_a_term(text, claims)
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


# "Tickets sold at an average price of $165", "an average fare of £4.20": a price per thing sold.
_AVERAGE_PRICE = re.compile(
    r"\b(?:at\s+)?an\s+average\s+(?:[a-z]+\s+)?(?:price|fare|cost|rate)\s+of\s+" + _money("p")
    + r"|\baverag(?:ed|ing)\s+" + _money("q"), re.IGNORECASE)
# "grossed $22.6 million from 156,000 tickets sold", "took in £3.1m from 48,000 tickets"
_GROSS_FROM_COUNT = re.compile(
    r"\b(?:grossed|grosses|took\s+in|takes\s+in|earned|raised|brought\s+in|generated)\s+" + _money("t")
    + r"\s+(?:from|on|with)\s+" + _amount("n") + r"\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)


def _average_price_over_a_count(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "grossed $22.6 million from 156,000 tickets sold" ... "Tickets sold at an average price of $165":
    156,000 x $165 is $25.7 million. One gross told with its count and one average price, in one currency."""
    grosses = list(_GROSS_FROM_COUNT.finditer(text))
    prices = [m for m in _AVERAGE_PRICE.finditer(text) if not _ANOTHER_PERIOD.search(text, *sentence_of(text, m.start()))]
    if len(grosses) != 1 or len(prices) != 1:
        return
    gross, price = grosses[0], prices[0]
    key = "p" if price.group("nump") else "q"
    if currency_code(gross.group("curt")) != currency_code(price.group("cur" + key)):
        return
    count, each, said = _number(gross, "n"), _number(price, key), _number(gross, "t")
    expected = count * each
    # an average price is told rounded: to half its last digit on each thing sold, and the gross to its own
    slack = count * _half_step(price.group("num" + key)) + _half_step(gross.group("numt")) * SCALE_WORDS.get(
        (gross.group("scalet") or "").lower(), 1.0)
    hedge = gross.group("hedget") or gross.group("hedgen") or price.group("hedge" + key)
    if abs(expected - said) <= slack + (0.1 if hedge else 0.01) * said:
        return
    scale = (gross.group("scalet") or "").lower()
    unit = SCALE_WORDS.get(scale, 1.0)
    in_scale = f" {scale}" if scale else ""
    finding = pair_finding(claims, gross.start(), price.start(), (
        f"'{gross.group(0).strip()}' vs '{price.group(0).strip()}': the average price does not make the gross\n"
        f"{count:,.10g} x {each:,.10g} is {expected / unit:,.3g}{in_scale}, not {said / unit:,.10g}{in_scale}"))
    if finding is not None:
        yield finding


# An average of another time: "In 2019, tickets averaged $98".
_ANOTHER_PERIOD = re.compile(r"\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|tour|season|time)|previous|earlier|ago)\b", re.IGNORECASE)
# "the energy charge rises by 1.6 cents per kilowatt-hour": a change in a price per unit used.
_PER_UNIT_CHANGE = re.compile(
    r"\b(?:rises?|rose|increases?|increased|goes\s+up|went\s+up|falls?|fell|drops?|dropped|is\s+cut|was\s+cut)\s+(?:by\s+)?"
    r"(?P<cur>[$€£])?(?P<num>\d+(?:\.\d+)?)\s*(?P<cents>cents?|c|p|pence)?\s+(?:per|a|an|each)\s+(?P<unit>[a-z][a-z-]{2,})\b",
    re.IGNORECASE)
# "from $148.30 to $160.90", "an increase of $12.60": what the bill does.
_BILL_CHANGE = re.compile(
    r"\bfrom\s+(?P<curo>[$€£])(?P<old>\d[\d,]*(?:\.\d+)?)\s+to\s+(?P<curn>[$€£])(?P<new>\d[\d,]*(?:\.\d+)?)"
    r"|\ban?\s+(?:increase|rise|cut|reduction|drop|fall)\s+of\s+(?P<curd>[$€£])(?P<diff>\d[\d,]*(?:\.\d+)?)",
    re.IGNORECASE)


def _per_unit_change_over_a_use(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "rises by 1.6 cents per kilowatt-hour" ... "For a household using 900 kilowatt-hours a month ...
    the bill will go from $148.30 to $160.90, an increase of $12.60": 900 x 1.6 cents is $14.40. The
    use is the one count of the unit in the sentence that gives the bill's change."""
    changes = list(_PER_UNIT_CHANGE.finditer(text))
    if len(changes) != 1:
        return
    change = changes[0]
    unit = singular(change.group("unit").lower())
    per = float(change.group("num")) / (100 if change.group("cents") else 1)
    for bill in _BILL_CHANGE.finditer(text):
        start, end = sentence_of(text, bill.start())
        before = max(start, sentence_of(text, max(0, start - 2))[0])  # the use may be told in the sentence before
        uses = [m for m in re.finditer(rf"(?P<n>\d[\d,]*)\s+{re.escape(unit)}s?\b", text[before:end], re.IGNORECASE)]
        if len(uses) != 1:
            continue
        used = float(uses[0].group("n").replace(",", ""))
        said = (float(bill.group("new").replace(",", "")) - float(bill.group("old").replace(",", ""))
                if bill.group("old") else float(bill.group("diff").replace(",", "")))
        expected = used * per
        step = 10 ** -len(change.group("num").split(".")[1]) if "." in change.group("num") else 1
        slack = used * step / 2 / (100 if change.group("cents") else 1)
        if abs(abs(said) - expected) <= slack + 0.01:
            return
        finding = pair_finding(claims, change.start(), bill.start(), (
            f"'{change.group(0).strip()}' vs '{bill.group(0).strip()}': the change per unit does not make the bill's\n"
            f"{used:,.10g} {unit}s x {per:,.4g} is {expected:,.2f}, not {abs(said):,.2f}"))
        if finding is not None:
            yield finding
        return


# "paid 46.8 trillion won in old-age pensions to 6.5 million recipients last year, an average of 650,000
# won a month": a sum paid to a counted group over a period, and what each got on average in it.
_PAID_TO_A_GROUP = re.compile(
    r"\b(?:paid|paid\s+out|distributed|handed\s+out|spent)\s+(?P<curt>[$€£¥₹₦])?(?P<numt>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scalet>"
    + SCALE_ALTERNATION + r"))?\b(?:\s+(?P<wordt>[a-z]+))?[^.;]{0,40}?\bto\s+(?P<numn>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scalen>"
    + SCALE_ALTERNATION + r"))?\s+(?P<noun>[a-z]{4,})\b(?P<middle>[^.;]{0,40}?),\s+an\s+average\s+of\s+(?P<cura>[$€£¥₹₦])?"
    r"(?P<numa>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scalea>" + SCALE_ALTERNATION + r"))?\b(?:\s+[a-z]+)?\s+(?:a|per|each)\s+"
    r"(?P<per>month|year|week)\b", re.IGNORECASE)
_PERIOD_OF_THE_SUM = re.compile(r"\b(?:last\s+year|this\s+year|in\s+(?:19|20)\d\d|a\s+year|annually|per\s+year)\b",
                                re.IGNORECASE)
_PER_YEAR = {"month": 12, "week": 52, "year": 1}


def _average_of_a_sum_paid_to_a_group(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "paid 46.8 trillion won ... to 6.5 million recipients last year, an average of 650,000 won a
    month": 46.8 trillion over 6.5 million and 12 months is 600,000. The sum's year must be said."""
    for m in _PAID_TO_A_GROUP.finditer(text):
        if not _PERIOD_OF_THE_SUM.search(m.group("middle") or "") and not _PERIOD_OF_THE_SUM.search(
                text, max(0, m.start() - 40), m.start()):
            continue  # a sum with no year told: the period each average is over is unknown
        total, count = _scaled(m, "t"), _scaled(m, "n")
        average = _scaled(m, "a")
        if count <= 0:
            continue
        expected = total / count / _PER_YEAR[m.group("per").lower()]
        spread = expected * (_relative_step(m, "t") + _relative_step(m, "n")) + average * _relative_step(m, "a")
        if abs(expected - average) <= spread + 0.01 * average:
            continue
        finding = pair_finding(claims, m.start(), m.start("numa"), (
            f"'{m.group(0).strip()}': the average does not fit the sum and the count\n"
            f"{m.group('numt')} {m.group('scalet') or ''} over {m.group('numn')} {m.group('scalen') or ''} {m.group('noun')} "
            f"and {_PER_YEAR[m.group('per').lower()]} {m.group('per')}s is {expected:,.0f} each, not {average:,.0f}"))
        if finding is not None:
            yield finding


# "a five-year contract worth £150,000 a week" ... "worth £42m in basic wages": a pay rate over a term.
_PAY_OVER_A_TERM = re.compile(
    rf"\b(?:an?\s+)?(?P<n>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})-year\s+(?:contract|deal)\s+worth\s+" + _money("r")
    + r"\s+(?:a|per)\s+(?P<per>week|month|year)\b", re.IGNORECASE)
_WORTH_IN_WAGES = re.compile(r"\bworth\s+" + _money("w") + r"\s+in\s+(?:basic\s+)?(?:wages|salary|pay|earnings)\b",
                             re.IGNORECASE)
_PER_YEAR_COUNT = {"week": 52, "month": 12, "year": 1}


def _pay_rate_over_a_term(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "a five-year contract worth £150,000 a week" ... "worth £42m in basic wages": 150,000 x 52 x 5
    is £39m. One such contract and one sum of its wages in the article."""
    rates, sums = list(_PAY_OVER_A_TERM.finditer(text)), list(_WORTH_IN_WAGES.finditer(text))
    if len(rates) != 1 or len(sums) != 1 or currency_code(rates[0].group("curr")) != currency_code(sums[0].group("curw")):
        return
    rate, total = rates[0], sums[0]
    written = rate.group("n").lower()
    years = count_value(written)
    expected = _number(rate, "r") * _PER_YEAR_COUNT[rate.group("per").lower()] * years
    said = _number(total, "w")
    # a weekly wage over years is told rounded both ways: a 52-week year or 52.14 weeks, "£42m" to the million
    slack = 0.01 * expected + _half_step(total.group("numw")) * SCALE_WORDS.get((total.group("scalew") or "").lower(), 1.0)
    if abs(expected - said) <= slack or rate.group("hedger") or total.group("hedgew"):
        return
    scale = (total.group("scalew") or "").lower()
    unit = SCALE_WORDS.get(scale, 1.0)
    finding = pair_finding(claims, rate.start(), total.start(), (
        f"'{rate.group(0).strip()}' vs '{total.group(0).strip()}': the pay over the term does not make the sum\n"
        f"{_number(rate, 'r'):,.10g} x {_PER_YEAR_COUNT[rate.group('per').lower()]} x {years} is "
        f"{expected / unit:,.3g}{' ' + scale if scale else ''}, not {said / unit:,.10g}{' ' + scale if scale else ''}"))
    if finding is not None:
        yield finding


# "the average was about 64 bleached colonies per site" against "recorded 3,200 bleached coral colonies ...
# at 40 reef sites": 80 a site.
_AVERAGE_PER = re.compile(
    r"\baverage\s+(?:was|is|of|stood\s+at|came\s+to)\s+(?P<hedge>(?:about|around|roughly|some|nearly|almost|"
    r"approximately)\s+)?(?P<avg>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,})\s+"
    r"(?:per|a|each)\s+(?P<unit>[a-z]{3,})\b", re.IGNORECASE)
_COUNTED = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})*)(?![\d.,]\d)(?P<words>(?:\s+[a-z-]+){1,3})")


def _average_per_unit_against_the_counts(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "3,200 bleached coral colonies ... at 40 reef sites" against "the average was about 64 bleached colonies
    per site": 80. One count of the things, one count of the units, none of them told of a part."""
    for average in _AVERAGE_PER.finditer(text):
        things = _counts_of(text, average.group("noun"), average)
        units = _counts_of(text, average.group("unit"), average)
        if len(things) != 1 or len(units) != 1:
            continue
        total, count = float(things[0].group("n").replace(",", "")), float(units[0].group("n").replace(",", ""))
        if not count:
            continue
        said = float(average.group("avg").replace(",", ""))
        if _fits(total / count, said, average.group("hedge")):
            continue
        finding = pair_finding(claims, things[0].start(), average.start(), (
            f"'{things[0].group(0)}' over '{units[0].group(0)}' vs '{average.group(0)}': the average does not fit the counts\n"
            f"{things[0].group('n')} over {units[0].group('n')} is {total / count:,.1f} a {average.group('unit')}, not {said:g}"))
        if finding is not None:
            yield finding


def _counts_of(text: str, noun: str, average: re.Match[str]) -> list[re.Match[str]]:
    """The distinct counts of a noun (its plural or singular) outside the average, with only modifiers
    between ("40 reef sites"), not parts ("12 of the sites", "22 of them")."""
    lemma = singular(noun.lower())
    found = {}
    for m in _COUNTED.finditer(text):
        if average.start() <= m.start() < average.end():
            continue
        words = m.group("words").split()
        at = next((i for i, word in enumerate(words) if singular(word.lower()) == lemma), None)
        if at is None or any(word.lower() in FUNCTION_WORDS for word in words[:at]):
            continue
        if re.search(rf"\b(?:{NUMBER_HEDGE_ALTERNATION}|under|at\s+least)\s+$", text[max(0, m.start() - 14):m.start()], re.IGNORECASE):
            continue  # "well over 200 bleached colonies on a single transect": a bound, not the count
        found.setdefault(m.group("n"), m)
    return list(found.values())


def _scaled(m: re.Match[str], p: str) -> float:
    return float(m.group("num" + p).replace(",", "")) * SCALE_WORDS.get((m.group("scale" + p) or "").lower(), 1.0)


def _relative_step(m: re.Match[str], p: str) -> float:
    """Half the last written digit, as a share of the number ("6.5 million": 0.05 of 6.5)."""
    written = m.group("num" + p).replace(",", "")
    value = float(written)
    return _half_step(written) / value if value else 0.0


def _half_step(written: str) -> float:
    digits = written.replace(",", "")
    return (10 ** -len(digits.split(".")[1]) if "." in digits else 1) / 2


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


