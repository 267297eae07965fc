"""A change told as a percentage, against the two levels the article gives for it elsewhere.

Reports often give a change twice: once with its levels ("pre-tax profit of £5.1m, up from £4.2m";
"3,000 patients over the month compared with 2,400"; "Going from $3.2 billion to $4.1 billion")
and once as a percentage, in another sentence or a quotation ("A profit rise of 31 per cent";
"A 20 per cent jump in a single year"). £4.2m to £5.1m is a rise of 21%, not 31%.

Pairing is by what changed: the percentage's noun ("profit rise", "a rise in revenue", "Revenue
grew 8%") must be a noun of the levels' sentence next to them. A percentage with no noun of its own
("A 20 per cent jump") points back: it is paired only when the article gives exactly one change with
two levels before it.
Changes told with both levels and the percentage in one clause are the other rules' (consistency).

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from workbench.analysis.arithmetic import pair_finding, sentence_of
from workbench.analysis.lexicon import (
    CURRENCY_SIGN_ALTERNATION,
    CHANGE_FALL_NOUNS,
    CHANGE_FALL_VERBS,
    CHANGE_RISE_NOUNS,
    CHANGE_RISE_VERBS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    GENERIC_COUNT_NOUNS,
    NUMBER_HEDGE_ALTERNATION,
    SAME_MEASURE_NOUNS,
    SCALE_ALTERNATION,
    SCALE_WORDS,
    SIGN_PREFIX,
    TIME_UNIT_WORDS,
    all_lemmas,
)
from workbench.analysis.model import Claim, Finding
from workbench.analysis.quantities import singular
from workbench.analysis.timex_lexicon import MONTH_ALTERNATION

# A level: money or a count, never a percentage or a bare year.
_LEVEL = (rf"(?P<cur{{p}}>{CURRENCY_SIGN_ALTERNATION})?\s?(?<![\d.,])(?P<num{{p}}>\d{{{{1,3}}}}(?:,\d{{{{3}}}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
          rf"(?!\d|[.,]\d)(?:(?:\s*|-)(?P<scale{{p}}>{SCALE_ALTERNATION})\b)?(?!\s*(?:%|per\s?cent|percent|pc\b|-\d))")
_GAP = r"[^.;!?%]{0,60}?"
# Two levels of one change, in the shapes reports use.
_PAIRS = re.compile(
    # "from $22.40 an hour to $26.10": a rate's unit may follow the first level
    rf"\bfrom\s+(?:an?\s+average\s+of\s+)?{_LEVEL.format(p='a')}\s+(?:(?:a|an|per)\s+(?:year|month|week|day|hour)\s+)?"
    rf"to\s+{_LEVEL.format(p='b')}"
    rf"|\bto\s+{_LEVEL.format(p='c')}{_GAP}\bfrom\s+{_LEVEL.format(p='d')}"
    # a longer phrase between the level and "down from" only when it holds no other number
    rf"|{_LEVEL.format(p='e')}(?:{_GAP}|[^.;!?%\d]{{61,90}}?),?\s*(?:up|down)\s+from\s+(?:the\s+)?{_LEVEL.format(p='f')}"
    rf"|{_LEVEL.format(p='g')}{_GAP}\b(?:compared\s+with|compared\s+to|against|versus)\s+{_LEVEL.format(p='h')}",
    re.IGNORECASE)
_PAIR_ENDS = (("a", "b"), ("d", "c"), ("f", "e"), ("h", "g"))  # (old, new)

_HEDGE = r"(?P<hedge{p}>" + NUMBER_HEDGE_ALTERNATION + r")\s+"
# A percentage, or a fraction told as one ("climb by almost a quarter", "a third higher").
_FRACTION = "|".join(sorted((re.escape(w) for w in FRACTION_WORDS if w != "half"), key=len, reverse=True))
_PCT = (r"(?:(?P<pct{p}>\d{{1,3}}(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pc\b)|(?P<frac{p}>" + _FRACTION + r"))"
        r"(?!\s+(?:of|points?|percentage)\b)")
_RISE_NOUN = "|".join(sorted(CHANGE_RISE_NOUNS | CHANGE_FALL_NOUNS))
_RISE_VERB = "|".join(sorted(CHANGE_RISE_VERBS | CHANGE_FALL_VERBS))
# A percentage change told without its levels: "a 31 per cent profit rise", "a rise of 20%",
# "Revenue grew 8 per cent" (not "grew 8 per cent to £61m": that one gives a level itself).
_TOLD = re.compile(
    rf"\b(?:an?|the|this|that)\s+(?:{_HEDGE.format(p=1)})?{_PCT.format(p=1)}\s+(?:(?P<noun1>[a-z-]{{3,}})\s+)?(?P<word1>{_RISE_NOUN})\b"
    rf"|\b(?:an?|the|this|that)\s+(?:(?P<noun2>[a-z-]{{3,}})\s+)?(?P<word2>{_RISE_NOUN})\s+of\s+(?:{_HEDGE.format(p=2)})?{_PCT.format(p=2)}"
    rf"|\b(?P<noun3>[A-Za-z-]{{3,}})\s+(?:have\s+|has\s+)?(?P<word3>{_RISE_VERB})\s+(?:by\s+)?(?:{_HEDGE.format(p=3)})?{_PCT.format(p=3)}"
    r"(?!\s*,?\s+(?:to|from)\s+[$€£¥]?\d)"
    # "155 heat-related deaths so far, about 40% more than at the same point last year": a comparison with
    # no level after "than" (one with a level is _PERCENT_THAN_A_LEVEL's shape)
    r"|(?<![\d.])(?P<pct4>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pc\b)\s+"
    r"(?P<word4>more|higher|larger|greater|fewer|lower|less|smaller)\s+than\b(?![^.;]{0,30}?\d)",
    re.IGNORECASE)
_IN_NOUN = re.compile(r"\s+in\s+(?:(?:the|its|their|a|an)\s+)?(?:(?P<modifier>[a-z-]+)\s+)?(?P<noun>[a-z]{3,})\b")


@dataclass(frozen=True)
class _Pair:
    match: re.Match[str]
    old: float
    new: float
    nouns: frozenset[str]


_COMPARED_REACH = 400  # characters after "N% more than ..." in which the two counts compared are told


def percent_against_levels(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "pre-tax profit of £5.1m ..., up from £4.2m" ... "A profit rise of 31 per cent": 21%, not 31%."""
    pairs = _pairs_in(text)
    if not pairs:
        return
    for told in _TOLD.finditer(text):
        # "40% more than at the same point last year": the year is the comparison's base, not a narrowing
        narrowed = _dated_or_narrowed(text, told) and not told.group("word4")
        if narrowed and not _period_words(text, told):
            continue  # narrowed by the word before its subject ("truck sales"), not by a time
        noun = _told_noun(text, told)
        before = [p for p in pairs if p.match.end() <= told.start()]  # the percentage refers back
        if told.group("word4"):  # "40% more than last year", then the two counts it compares
            before += [p for p in pairs if told.end() <= p.match.start() <= told.end() + _COMPARED_REACH]
        candidates = before if noun is None else [p for p in before if noun in p.nouns and _modifier_told(text, told, p)]
        if noun is not None and not candidates:  # "pre-tax earnings" for "profit before tax"
            same = next((group for group in SAME_MEASURE_NOUNS if noun in group), frozenset())
            candidates = [p for p in before if same & p.nouns and _modifier_told(text, told, p)]
        if len({(p.old, p.new) for p in candidates}) != 1:
            continue
        pair = candidates[0]
        if sentence_of(text, pair.match.start()) == sentence_of(text, told.start()):
            continue  # one clause with both: the older rules read it in its own shape
        if _placed_elsewhere(text, told, pair):
            continue  # "In Scotland, ... the count fell by 38%": another place's change
        if narrowed and not _period_words(text, told) <= _period_words_in(text[slice(*sentence_of(text, pair.match.start()))]):
            continue  # "In 1998/99, contributions rose by 4.7%": another period's; "since 2019" of levels from 2019 is this one
        finding = _checked(text, claims, told, pair)
        if finding is not None:
            yield finding


def percent_beside_its_levels(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "wages rise from $22.40 an hour to $26.10 by the final year, a 21% increase"; "8,412 ..., down from
    10,127 in December — a fall of 21%": the change summed up in an apposition right after its two
    levels, in their sentence. $22.40 to $26.10 is a rise of 16.5%."""
    appositions = [told for told in _TOLD.finditer(text) if told.group("word1") or told.group("word2")]
    if not appositions:
        return  # "Revenue grew 8%" is a clause of its own, not an apposition
    pairs = _pairs_in(text)
    for told in appositions:
        sentence = sentence_of(text, told.start())
        before = [p for p in pairs if p.match.end() <= told.start() and sentence_of(text, p.match.start()) == sentence]
        if not before:
            continue
        pair = before[-1]
        if not _APPOSITION.fullmatch(text, pair.match.end(), told.start()):
            continue
        finding = _checked(text, claims, told, pair)
        if finding is not None:
            yield finding


# What stands between the levels and their summing up: a short phrase, then a comma or a dash.
_APPOSITION = re.compile(r"(?:[^.;!?%\d]|\b(?:19|20)\d\d\b){0,50}(?:[,—–]\s*|\s-\s+)")  # "by 2028, a 30% rise"


# What makes a percentage another period's or another part's change: "In 1998/99, contributions rose
# by 4.7%", "truck sales fell 9% in February", "Ford sales dropped 3%".
_OTHER_PERIOD = re.compile(rf"\b(?:(?:19|20)\d\d|{MONTH_ALTERNATION}|last|previous|earlier|ago|(?<!a )(?<!one )quarter|half)\b",
                           re.IGNORECASE)  # "almost a quarter" is a fraction, "the third quarter" a period


def _told_clause(text: str, told: re.Match[str]) -> str:
    start = sentence_of(text, told.start())[0]
    clause_end = min((i for i in (text.find(",", told.end()), text.find(".", told.end())) if i >= 0), default=len(text))
    return text[start:clause_end]


def _period_words(text: str, told: re.Match[str]) -> set[str]:
    """The words naming a time in the percentage's clause ("2019", "last", "February")."""
    return _period_words_in(_told_clause(text, told))


def _period_words_in(sentence: str) -> set[str]:
    return {m.group(0).lower() for m in _OTHER_PERIOD.finditer(sentence)}


def _dated_or_narrowed(text: str, told: re.Match[str]) -> bool:
    start = sentence_of(text, told.start())[0]
    clause_end = min((i for i in (text.find(",", told.end()), text.find(".", told.end())) if i >= 0), default=len(text))
    if _OTHER_PERIOD.search(text, start, clause_end):
        return True
    if told.group("noun3"):  # the word before the subject narrows it: "truck sales", "Ford sales"
        modifier = re.search(r"([A-Za-z-]+)\s+$", text[start:told.start("noun3")])
        # a verb before the subject governs it, it does not narrow it: "To see numbers climb"
        return modifier is not None and modifier.group(1).lower() not in FUNCTION_WORDS and (
            set(all_lemmas(modifier.group(1).lower())) != {"VERB"})
    return False


_PLACE_OPENING = re.compile(r"\s*[\"“]?(?:In|Across|Throughout|Elsewhere\s+in|Outside)\s+(?P<place>(?:[A-Z][\w'’-]+\s*){1,3})[,\s]")


def _placed_elsewhere(text: str, told: re.Match[str], pair: _Pair) -> bool:
    """Whether the percentage's sentence opens on a place ("In Scotland, where ...") that the levels'
    sentence does not name: a change told for a part of the whole, not the whole's."""
    start, _ = sentence_of(text, told.start())
    opening = _PLACE_OPENING.match(text, start)
    if opening is None:
        return False
    levels = text[slice(*sentence_of(text, pair.match.start()))]
    return not any(word in levels for word in opening.group("place").split())


def _checked(text: str, claims: list[Claim], told: re.Match[str], pair: _Pair) -> Finding | None:
    word = (told.group("word1") or told.group("word2") or told.group("word3") or told.group("word4")).lower()
    falls = word in CHANGE_FALL_NOUNS or word in CHANGE_FALL_VERBS or word in _SMALLER
    if falls != (pair.new < pair.old) or pair.old <= 0:
        return None  # the other direction: another change, not a wrong size of this one
    which = next(k for k in "1234" if told.group("pct" + k) or (k != "4" and told.group("frac" + k)))
    actual = abs(pair.new - pair.old) / pair.old * 100
    fraction = told.group("frac" + which) if which != "4" else None
    stated = round(FRACTION_WORDS[fraction.lower()] * 100, 1) if fraction else float(told.group("pct" + which))
    hedge = re.sub(r"\s+", " ", (told.group("hedge" + which) if which != "4" else _hedge_before(text, told.start())) or "").lower()
    if _percent_fits(actual, stated, hedge):
        if hedge or fraction or "." not in told.group("pct" + which) or _within_the_rounding(pair, stated, told.group(
                "pct" + which)):
            return None  # a percentage told to a tenth claims a tenth: it must fit the levels' own rounding
    return pair_finding(claims, pair.match.start(), told.start(), (
        f"'{pair.match.group(0).strip()}' vs '{told.group(0).strip()}': the change does not match the levels\n"
        f"{pair.old:,.6g} to {pair.new:,.6g} is a {'fall' if falls else 'rise'} of {actual:.1f}%, not {hedge + ' ' if hedge else ''}"
        f"{stated:g}%"))


def _hedge_before(text: str, at: int) -> str:
    """ "about 40% more than": the hedge written before a comparison's percentage."""
    m = re.search(rf"\b({NUMBER_HEDGE_ALTERNATION})\s+$", text[max(0, at - 16):at], re.IGNORECASE)
    return m.group(1) if m else ""


@lru_cache(maxsize=4)
def _pairs_in(text: str) -> list[_Pair]:
    """Every change told with its two levels, read once per article for the rules that need them."""
    return [pair for m in _PAIRS.finditer(text) if (pair := _pair(text, m)) is not None]


def _pair(text: str, m: re.Match[str]) -> _Pair | None:
    old_key, new_key = next((o, n) for o, n in _PAIR_ENDS if m.group("num" + o))
    old, new = _level(m, old_key), _level(m, new_key)
    if old is None or new is None or old == new:
        return None
    return _Pair(m, old, new, _nouns_near(text, m))


def _level(m: re.Match[str], key: str) -> float | None:
    number, scale, currency = m.group("num" + key), m.group("scale" + key), m.group("cur" + key)
    value = float(number.replace(",", ""))
    if not scale and not currency and re.fullmatch(r"(?:19|20)\d\d", number):
        return None  # "from 2019 to 2024": a period, not two levels
    return value * SCALE_WORDS.get((scale or "").lower(), 1.0)


def _nouns_near(text: str, m: re.Match[str]) -> frozenset[str]:
    """The nouns that say what the two levels measure: the last nouns before them in their sentence
    ("pre-tax profit of £5.1m", "Revenue climbed to") and the noun right after the first level
    ("3,000 patients")."""
    start = sentence_of(text, m.start())[0]
    before = [w.lower() for w in re.findall(r"[A-Za-z][a-z-]{2,}", text[start:m.start()])]
    nouns = [w for w in before if w not in FUNCTION_WORDS][-4:]
    first = min((k for k in "abcdefgh" if m.group("num" + k)), key=lambda k: m.start("num" + k))
    level_end = m.end("scale" + first) if m.group("scale" + first) else m.end("num" + first)
    after = re.match(r"\s*([a-z]{3,})(?:\s+([a-z]{3,}))?", text[level_end:])  # "$84.6-million operating budget"
    words = nouns + [w for w in (after.groups() if after else ()) if w and w not in FUNCTION_WORDS]
    return frozenset(singular(w) for w in words)


def _modifier_told(text: str, told: re.Match[str], pair: _Pair) -> bool:
    """Whether the word narrowing the percentage's noun ("a jump in pre-tax earnings") is in the
    levels' sentence too: "Gross earnings rose to N1.94 trillion" are other earnings."""
    in_noun = _IN_NOUN.match(text, told.end())
    modifier = in_noun.group("modifier") if in_noun and not (told.group("noun1") or told.group("noun2") or told.group("noun3")) else None
    if not modifier or modifier in FUNCTION_WORDS:
        return True
    sentence = text[slice(*sentence_of(text, pair.match.start()))].lower()
    return any(part in sentence for part in modifier.split("-") if len(part) >= 3)


def _told_noun(text: str, told: re.Match[str]) -> str | None:
    """What the percentage says changed: "profit rise", "a rise in revenue", "Revenue grew"."""
    noun = told.group("noun1") or told.group("noun2") or told.group("noun3")
    if noun is None or noun.lower() in FUNCTION_WORDS:
        in_noun = _IN_NOUN.match(text, told.end())
        noun = in_noun.group("noun") if in_noun else None
    if noun is None or noun.lower() in FUNCTION_WORDS or noun.lower() in TIME_UNIT_WORDS or noun.lower() in GENERIC_COUNT_NOUNS:
        return None  # "A 20 per cent jump in a single year": when, not what; "numbers climb": what the levels count
    return singular(noun.lower())


# "The incoming class is 14% larger than last fall's 4,960 first-year students": a percentage
# against the old level in one clause; the new level is told elsewhere ("with 5,412 new freshmen").
_PERCENT_THAN_A_LEVEL = re.compile(
    rf"(?:{_HEDGE.format(p=1)})?(?P<pct>\d{{1,3}}(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pc\b)\s+"
    rf"(?P<dir>larger|bigger|higher|greater|more|smaller|lower|fewer|less)\s+than\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_LEVEL.format(p='o')}\s+(?P<words>(?:[a-z-]+\s+){{0,2}}[a-z-]+)", re.IGNORECASE)
_ANY_LEVEL = re.compile(_LEVEL.format(p="n"), re.IGNORECASE)
_SMALLER = frozenset("smaller lower fewer less".split())


def percent_than_a_level_told_elsewhere(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "with 5,412 new freshmen" ... "14% larger than last fall's 4,960 first-year students": 5,412 is
    9.1% more than 4,960. The new level is the one elsewhere in the article of the old one's kind (its
    sentence holds one of the old level's words), on the side the comparison says, within a factor of
    two; only when one such value is told, and quiet when any of them fits."""
    for m in _PERCENT_THAN_A_LEVEL.finditer(text):
        old = _level(m, "o")
        if old is None or old <= 0:
            continue
        kind = {w for w in re.findall(r"[a-z-]+", m.group("words").lower())
                if (len(w) >= 5 or "-" in w) and w not in FUNCTION_WORDS and w not in GENERIC_COUNT_NOUNS}
        smaller = m.group("dir").lower() in _SMALLER
        own_sentence = sentence_of(text, m.start())
        candidates = []
        for level in _ANY_LEVEL.finditer(text):
            value = _level(level, "n")
            if value is None or own_sentence[0] <= level.start() < own_sentence[1]:
                continue
            if bool(level.group("curn")) != bool(m.group("curo")) or not old / 2 <= value <= old * 2 or (value < old) != smaller:
                continue
            sentence = text[slice(*sentence_of(text, level.start()))].lower()
            if any(word in sentence for word in kind):
                candidates.append((level, value))
        if not candidates or any(_fits(m, old, value) for _, value in candidates) or len({v for _, v in candidates}) != 1:
            continue
        level, value = candidates[0]
        actual = abs(value - old) / old * 100
        hedge = (m.group("hedge1") or "").lower()
        finding = pair_finding(claims, level.start(), m.start(), (
            f"'{_level_with_its_words(text, level)}' vs '{m.group(0).strip()}': the change does not match the levels\n"
            f"{old:,.6g} to {value:,.6g} is a {'fall' if smaller else 'rise'} of {actual:.1f}%, not "
            f"{hedge + ' ' if hedge else ''}{m.group('pct')}%"))
        if finding is not None:
            yield finding


def _level_with_its_words(text: str, level: re.Match[str]) -> str:
    """ "5,412 new freshmen": the level and the words after it that say what it counts."""
    words = []
    clause = re.match(r"[^,.;:!?()]*", text[level.end():level.end() + 40]).group(0)
    for word in re.findall(r"[A-Za-z-]+", clause)[:3]:
        if word.lower() in FUNCTION_WORDS:
            break
        words.append(word)
    return " ".join([level.group(0).strip(), *words])


def _fits(m: re.Match[str], old: float, new: float) -> bool:
    actual, stated = abs(new - old) / old * 100, float(m.group("pct"))
    return _percent_fits(actual, stated, re.sub(r"\s+", " ", (m.group("hedge1") or "").lower()))


def _within_the_rounding(pair: _Pair, stated: float, written: str) -> bool:
    """Whether a percentage told to a tenth ("2.9 per cent") fits the change between the two levels
    anywhere within their written rounding ("124.6 from 121.8": each to a twentieth either way)."""
    if pair.match.re is not _PAIRS:
        return True  # levels read in two sentences: their rounding is not read here
    old_key, new_key = next((o, n) for o, n in _PAIR_ENDS if pair.match.group("num" + o))
    half_old, half_new = _half_step(pair.match, old_key), _half_step(pair.match, new_key)
    changes = [abs(new - old) / old * 100 for old in (pair.old - half_old, pair.old + half_old)
               for new in (pair.new - half_new, pair.new + half_new) if old > 0]
    half_told = 10 ** -len(written.split(".")[1]) / 2
    return min(changes) - half_told - 0.05 <= stated <= max(changes) + half_told + 0.05


def _half_step(m: re.Match[str], key: str) -> float:
    """Half the step of a level's last written digit, in the level's scale ("4.2m": 50,000)."""
    number = m.group("num" + key).replace(",", "")
    step = 10 ** -len(number.split(".")[1]) if "." in number else 1
    return step / 2 * SCALE_WORDS.get((m.group("scale" + key) or "").lower(), 1.0)


def _percent_fits(actual: float, stated: float, hedge: str) -> bool:
    """Whether a change of ``actual`` per cent may be told as ``stated`` with its hedge (a told
    percentage rounds: within a point, or 5% of itself)."""
    if hedge in ("more than", "over", "just over"):
        return actual >= stated - 1
    if hedge in ("nearly", "almost", "just under"):
        return stated * 0.85 - 1 <= actual <= stated + 1
    if hedge:
        return abs(actual - stated) <= max(2.0, 0.15 * stated)
    return abs(actual - stated) <= max(1.0, 0.05 * stated)


# The two levels of an earnings report, told in two sentences: "Revenue for the three months to
# Sept. 30 came in at $2.31 billion" ... "The year-earlier revenue figure of $2.09 billion".
_YEAR_EARLIER = r"(?:year-earlier|year-ago|a\s+year\s+earlier|a\s+year\s+ago|prior-year|last\s+year['’]s|previous\s+year['’]s)"
_OLD_LEVEL = re.compile(
    rf"\b{_YEAR_EARLIER}\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>[a-z]{{4,}})\s+(?:[a-z]+\s+){{0,2}}?(?:of|was|were|at|stood\s+at)\s+"
    rf"{_LEVEL.format(p='o')}"
    rf"|\b(?P<noun2>[a-z]{{4,}})\s+(?:of|was|were)\s+{_LEVEL.format(p='p')}\s+(?:{_YEAR_EARLIER}|in\s+the\s+same\s+period\s+last\s+year)",
    re.IGNORECASE)
_NEW_LEVEL = re.compile(
    rf"\b(?P<noun>[A-Za-z]{{4,}})\b(?:[^.;%]|\.(?!\s+[A-Z]))(?:[^.;%]|\.(?!\s+[A-Z])){{0,59}}?\b(?:came\s+in\s+at|totall?ed|reached|amounted\s+to|stood\s+at|was|were)\s+"
    rf"{_LEVEL.format(p='n')}", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:expect\w*|outlook|forecast\w*|target\w*|guidance|estimat\w*|projected|predict\w*|"
                       r"plan\w*|will|would|could)\b", re.IGNORECASE)


def percent_against_levels_in_two_sentences(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "reported a 8.9% rise in third-quarter revenue" ... "Revenue ... came in at $2.31 billion" ...
    "The year-earlier revenue figure of $2.09 billion": $2.09bn to $2.31bn is a rise of 10.5%. Only
    when the article tells the measure's one percentage, one level marked as a year earlier and one
    level of its own (not a forecast), each of them once, and no sentence gives both levels."""
    if not re.search(_YEAR_EARLIER, text, re.IGNORECASE):
        return
    paired = {noun for pair in _pairs_in(text) for noun in pair.nouns}
    told_by_noun: dict[str, list[re.Match[str]]] = {}
    for told in _TOLD.finditer(text):
        noun = _told_noun(text, told)
        if noun is not None:
            told_by_noun.setdefault(noun, []).append(told)
    for noun, told in told_by_noun.items():
        if len(told) != 1 or noun in paired:
            continue
        old = [(m, key) for m in _OLD_LEVEL.finditer(text) for key in ("o", "p")
               if m.group("num" + key) and singular((m.group("noun") or m.group("noun2")).lower()) == noun]
        new = [(m, "n") for m in _NEW_LEVEL.finditer(text) if singular(m.group("noun").lower()) == noun
               and not re.search(_YEAR_EARLIER, text[slice(*sentence_of(text, m.start()))], re.IGNORECASE)
               and not _FORECAST.search(text[slice(*sentence_of(text, m.start()))])]
        if len(old) != 1 or len(new) != 1:
            continue
        (old_match, old_key), (new_match, _) = old[0], new[0]
        before, after = _level(old_match, old_key), _level(new_match, "n")
        if before is None or after is None or bool(old_match.group("cur" + old_key)) != bool(new_match.group("curn")):
            continue
        finding = _checked(text, claims, told[0], _Pair(new_match, before, after, frozenset({noun})))
        if finding is not None:
            yield finding


# "an extra 40p an hour", "an additional $3 a day": a change told per unit of time or use.
_EXTRA_PER_UNIT = re.compile(
    r"\b(?:an?\s+)?(?:extra|additional|further)\s+(?P<cur>[$€£¥₹₦]|Rs\.?\s?)?(?P<num>\d+(?:\.\d+)?)(?:\s?(?P<pence>p|c|cents?|pence)\b)?\s+"
    r"(?:an?|per|each)\s+(?P<unit>hour|day|week|month|night|trip|journey|ride|ticket|litre|liter|gallon|kilo|kilogram)\b",
    re.IGNORECASE)
_UNIT_ADVERBS = {"hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly", "night": "nightly"}


def extra_per_unit_against_its_levels(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Hourly parking charges ... will rise from £1.80 to £2.40" ... "an extra 40p an hour": the rise
    is 60p an hour. The levels are the one change whose sentence names the same unit ("hourly", "an
    hour", "per hour"); a flat evening rate's "up 40p" in another sentence is another price."""
    for m in _EXTRA_PER_UNIT.finditer(text):
        unit = m.group("unit").lower()
        named = re.compile(rf"\b(?:{_UNIT_ADVERBS.get(unit, unit)}|(?:an?|per|each)\s+{unit})\b", re.IGNORECASE)
        changes = []
        for pair_match in _PAIRS.finditer(text):
            sentence = sentence_of(text, pair_match.start())
            if sentence == sentence_of(text, m.start()) or not named.search(text, *sentence):
                continue
            pair = _pair(text, pair_match)
            old_key, new_key = next((o, n) for o, n in _PAIR_ENDS if pair_match.group("num" + o))
            if pair is not None and pair_match.group("cur" + old_key) and pair_match.group("cur" + new_key):
                changes.append(pair)
        if len(changes) != 1:
            continue
        pair = changes[0]
        extra = float(m.group("num")) / (100 if m.group("pence") else 1)
        if abs(abs(pair.new - pair.old) - extra) < 0.005 * max(1.0, extra):
            continue
        finding = pair_finding(claims, pair.match.start(), m.start(), (
            f"'{pair.match.group(0).strip()}' vs '{m.group(0).strip()}': the change does not match the levels\n"
            f"{pair.old:,.2f} to {pair.new:,.2f} is {abs(pair.new - pair.old):,.2f} a {unit}, not {extra:,.2f}"))
        if finding is not None:
            yield finding


# A worked example of a change, its two levels told as now and after: "a teacher ... currently paid
# GH₵2,600 a month, will earn GH₵3,120 from July".
_WORKED_EXAMPLE = re.compile(
    rf"\b(?:currently|now|today)\s+(?:paid|earns?|earning|costs?|charged|pays?|receives?|gets?|on)\s+{SIGN_PREFIX}{_LEVEL.format(p='a')}"
    rf"{_GAP}\bwill\s+(?:earn|cost|pay|receive|get|be\s+paid|be\s+charged|rise\s+to|go\s+up\s+to|fall\s+to|drop\s+to)\s+"
    rf"{SIGN_PREFIX}{_LEVEL.format(p='b')}", re.IGNORECASE)
# "agreed to raise teachers' base pay by 25 per cent": the change the example works out.
_CHANGE_BY = re.compile(
    rf"\b(?P<verb>raise[sd]?|raising|increase[sd]?|increasing|rise[sn]?|rose|lift(?:s|ed)?|boost(?:s|ed)?|cut(?:s|ting)?|"
    rf"reduce[sd]?|reducing|lower(?:s|ed)?)\b[^.;%]{{0,40}}?\bby\s+(?:{_HEDGE.format(p=9)})?"
    rf"(?P<pct>\d{{1,3}}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)", re.IGNORECASE)
_FALLING_VERBS = ("cut", "reduc", "lower")


def percent_against_a_worked_example(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "raise teachers' base pay by 25 per cent" ... "currently paid GH₵2,600 a month, will earn GH₵3,120":
    20%, not 25%. The percentage is the one change told by a verb whose sentence shares a word with
    the example and gives no levels of its own ("by 5 per cent, from GH₵400 to GH₵420" is another)."""
    for example in _WORKED_EXAMPLE.finditer(text):
        old, new = _level(example, "a"), _level(example, "b")
        if not old or new is None or old == new:
            continue
        start, end = sentence_of(text, example.start())
        words = _content_words(text[start:end])
        told = []
        for change in _CHANGE_BY.finditer(text):
            lo, hi = sentence_of(text, change.start())
            if lo == start or _PAIRS.search(text, lo, hi) or not _content_words(text[lo:hi]) & words:
                continue
            falling = change.group("verb").lower().startswith(_FALLING_VERBS)
            if falling != (new < old):
                continue
            told.append(change)
        if len(told) != 1:
            continue
        change = told[0]
        actual = (new - old) / old * 100
        stated = float(change.group("pct"))
        if _percent_fits(abs(actual), stated, (change.group("hedge9") or "").lower()):
            continue
        finding = pair_finding(claims, change.start(), example.start(), (
            f"'{change.group(0)}' vs '{example.group(0)}': the percentage does not fit the example\n"
            f"{example.group('cura') or ''}{example.group('numa')} to {example.group('curb') or ''}{example.group('numb')} "
            f"is {actual:+.1f}%, not {stated:g}%"))
        if finding is not None:
            yield finding


def _content_words(sentence: str) -> set[str]:
    return {singular(w) for w in re.findall(r"[a-z]{4,}", sentence.lower()) if w not in FUNCTION_WORDS} - {
        "said", "says", "will", "from", "month", "year", "week", "currently"}


# A rate moved by a step to a new level ("cut its benchmark rate by 50 basis points to 8.25 per cent")
# and the level it moved from, told elsewhere ("Taking the CBR down from 8.50 per cent").
_STEP_TO_LEVEL = re.compile(
    r"\b(?P<verb>cut|cuts|raised|raises|lowered|lowers|increased|reduced|hiked|lifted|trimmed|slashed|rose|fell|"
    r"dropped|climbed|eased|tightened)\b[^.;%]{0,60}?\bby\s+(?P<step>\d{1,3}(?:\.\d+)?)\s*(?P<unit>basis\s+points?|bps?\b|"
    r"percentage\s+points?)\s+to\s+(?P<new>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)", re.IGNORECASE)
_FROM_LEVEL = re.compile(r"\bfrom\s+(?P<old>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)", re.IGNORECASE)
_PERCENT_ANYWHERE = re.compile(r"\d(?:\.\d+)?\s*(?:%|per\s?cent|percent)", re.IGNORECASE)
_UPWARD = ("raise", "increase", "hike", "lift", "rose", "climb", "tighten")


def step_against_the_level_it_left(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "cut ... by 50 basis points to 8.25 per cent" ... "down from 8.50 per cent": 8.50 less 0.25. Only
    with one such move, and one level told "from" in a sentence of its own that gives no other
    percentage and names a word of the move's sentence (the rate, "CBR")."""
    moves = list(_STEP_TO_LEVEL.finditer(text))
    if len(moves) != 1:
        return
    move = moves[0]
    start, end = sentence_of(text, move.start())
    words = {w.lower() for w in re.findall(r"\b[A-Za-z]{3,}\b", text[start:end]) if w.lower() not in FUNCTION_WORDS}
    olds = []
    for told in _FROM_LEVEL.finditer(text):
        lo, hi = sentence_of(text, told.start())
        if lo == start or len(_PERCENT_ANYWHERE.findall(text, lo, hi)) != 1:
            continue
        if not words & {w.lower() for w in re.findall(r"\b[A-Za-z]{3,}\b", text[lo:hi]) if w.lower() not in FUNCTION_WORDS
                        and w.lower() not in ("from", "per", "cent", "percent")}:
            continue
        olds.append(told)
    if len({m.group("old") for m in olds}) != 1:
        return
    old_told = olds[0]
    step = float(move.group("step")) / (100 if move.group("unit").lower().startswith("b") else 1)
    upward = move.group("verb").lower().startswith(_UPWARD)
    new = float(move.group("new"))
    expected = new - step if upward else new + step
    old = float(old_told.group("old"))
    if abs(old - expected) < 0.001:
        return
    finding = pair_finding(claims, move.start(), old_told.start(), (
        f"'{move.group(0)}' vs '{old_told.group(0)}': the step does not fit the two levels\n"
        f"{'up' if upward else 'down'} {move.group('step')} {move.group('unit')} to {move.group('new')}% leaves "
        f"{expected:g}%, not {old:g}%"))
    if finding is not None:
        yield finding


# A change told as a sum of money: "A $27 million jump in spending", "an increase of £4.2m".
_DIFFERENCE = (rf"(?P<dcur>{CURRENCY_SIGN_ALTERNATION})\s?(?P<dnum>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
               rf"(?:\s?(?P<dscale>{SCALE_ALTERNATION})\b)?")
_DIFFERENCE_TOLD = re.compile(
    rf"\b(?:an?|the|this|that)\s+{_DIFFERENCE}\s+(?P<word>{_RISE_NOUN})\b"
    rf"|\b(?:an?|the)\s+(?P<word2>{_RISE_NOUN})\s+of\s+(?P<ecur>{CURRENCY_SIGN_ALTERNATION})\s?(?P<enum>\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<escale>{SCALE_ALTERNATION})\b)?", re.IGNORECASE)
# "The spending plan is up from $389.4 million": the level it rose from, the new one being the last
# amount the sentence before told.
_UP_FROM_ALONE = re.compile(rf"\b(?:is|was|are|were)\s+(?:up|down)\s+from\s+{_LEVEL.format(p='x')}", re.IGNORECASE)
_AMOUNT = re.compile(_LEVEL.format(p="y"))


def difference_against_its_levels(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "adopted a $412.6 million operating budget" ... "up from $389.4 million" ... "A $27 million jump
    in spending": $23.2 million. Only money, one pair of levels whose change is of the difference's
    size (half to twice it), and no pair whose change is the one told."""
    pairs = [(p.old, p.new, p.match.start()) for p in _pairs_in(text)] + list(_levels_across_sentences(text))
    for told in _DIFFERENCE_TOLD.finditer(text):
        key = "d" if told.group("dnum") else "e"
        said = float(told.group(key + "num").replace(",", "")) * SCALE_WORDS.get((told.group(key + "scale") or "").lower(), 1.0)
        step = 10 ** -(len(told.group(key + "num").split(".")[1]) if "." in told.group(key + "num") else 0) * (
            SCALE_WORDS.get((told.group(key + "scale") or "").lower(), 1.0))
        near = [(old, new, at) for old, new, at in pairs if 0.5 * said <= abs(new - old) <= 2 * said]
        if any(abs(abs(new - old) - said) <= max(step, 0.02 * said) for old, new, _ in near) or len(near) != 1:
            continue
        old, new, at = near[0]
        finding = pair_finding(claims, at, told.start(), (
            f"'{told.group(0)}' vs {old:,.6g} to {new:,.6g}: the change does not fit the levels\n"
            f"{old:,.6g} to {new:,.6g} is a change of {abs(new - old):,.6g}, not {said:,.6g}"))
        if finding is not None:
            yield finding


def _levels_across_sentences(text: str) -> Iterator[tuple[float, float, int]]:
    for m in _UP_FROM_ALONE.finditer(text):
        start, _ = sentence_of(text, m.start())
        if _AMOUNT.search(text, start, m.start()):
            continue  # the new level is in its own sentence: a pair the other shapes read
        before_start, _ = sentence_of(text, max(0, start - 2))
        amounts = [a for a in _AMOUNT.finditer(text, before_start, start) if a.group("cury")]
        old = _level(m, "x")
        if not amounts or old is None or not m.group("curx"):
            continue
        new = _level(amounts[-1], "y")
        if new is not None and new != old:
            yield old, new, amounts[-1].start()
