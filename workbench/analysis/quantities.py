"""Quantities in a claim: value, bounds, unit, what is counted, and what happened to it.

"At least 12 people were injured" is a count of people, 12 or more, bound to an
injury; "the 18 cancelled flights" a definite count of flights bound to a
cancellation; "4.2 million euros" an amount in EUR; "roughly a third of the nurses
surveyed" a share of a named group. Numbers in words and digits are read alike
("a dozen", "twelve", "1.2 billion", "900 million", "half of"). Years, dates,
clock times, ages and scores are not quantities of this kind (ages are read by the
age rule in consistency).

Each quantity records the words around it that make a different value elsewhere
compatible — an update ("three more bodies", "rose to seven from four"), a subset
("of whom 1,100"), a cumulative total ("since 2016") — so the comparison can stay
quiet on them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from workbench.analysis.events import TOKEN, ClaimEvents, EventMention, Token, word_lemmas
from workbench.analysis.lexicon import (
    ACTS_ON_THE_NOUN_BEFORE,
    CHANGE_VERBS,
    CURRENCY_WORDS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    MEASURE_UNITS,
    NOUN_CLASSES,
    NUMBER_WORDS,
    NUMBER_WORD_ALTERNATION,
    PARTS_OF_DAY,
    PERCENT_WORDS,
    PLACE_PREPOSITIONS,
    QUANTITY_MODIFIERS,
    SUFFIX_QUANTITY_MODIFIERS,
    SCALE_WORDS,
    SUPPLY_NOUNS,
    TERM_NOUNS,
    TIME_UNIT_WORDS,
    UPDATE_MARKERS,
)
from workbench.analysis.timex_lexicon import MONTH_ALTERNATION, MONTHS, WEEKDAYS

# A claim worth reading for quantities: a price, a count of something, or a share of a group
# ("$9.3bn", "34 people", "a dozen buildings", "half of those surveyed") — not a bare year or date.
_SHARE_WORD = "half|third|thirds|quarter|quarters|fifth|tenth"
# Where such a phrase can start: a currency sign, a digit, "%" or "per", or the first letter of a
# number or share word at a word's start. Only a lookahead, as in NUMBER below, so matches are
# unchanged; it spares the case-blind alternations at every other position (half the search).
_COUNTABLE_INITIALS = "".join(sorted({w[0].lower() for w in f"{NUMBER_WORD_ALTERNATION}|{_SHARE_WORD}".split("|")}))
COUNTABLE = re.compile(
    rf"(?=[$€£¥\d%]|per|\b[{_COUNTABLE_INITIALS}])"
    r"(?:[$€£¥]\s?\d|\d\s*(?:bn|m|million|billion)?\s*(?:euros?|pounds|dollars|pence|yen)\b"
    r"|(?<![\d,.])(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*\s+(?:[a-z-]+\s+)?[a-z]{3,}"
    r"|\b(?:" + NUMBER_WORD_ALTERNATION + r")"
    r"(?:-[a-z]+)?\s+(?:[a-z-]+\s+)?[a-z]{3,}"
    r"|\b(?:" + _SHARE_WORD + r")\s+of\b|(?:%|percent|per cent)\s+of\b)",
    re.IGNORECASE,
)

_NUMBER_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_UNIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
_FRACTION_WORD = "|".join(sorted((re.escape(w) for w in FRACTION_WORDS), key=len, reverse=True))
_SCALE = "|".join(sorted((re.escape(w) for w in SCALE_WORDS), key=len, reverse=True))
# Where a number can start: a currency sign, or (after one optional space) a digit or a number
# word's first three letters at a word's start, its first letter tested alone before them. Only a
# lookahead, so matches are unchanged; it spares the case-blind word alternation at every other
# position (half the time of the search), and by three letters "the", "said" and "of" too (with
# the first letter tested alone, most words fail at one test: two fifths of what was left).
_NUMBER_INITIALS = "".join(sorted({w[0].lower() for w in (*NUMBER_WORDS, *FRACTION_WORDS)}))
_NUMBER_OPENINGS = "|".join(sorted({re.escape(w[:3].lower()) for w in (*NUMBER_WORDS, *FRACTION_WORDS)}))
NUMBER = re.compile(
    rf"(?=[$€£¥]|\s?(?:\d|\b(?=[{_NUMBER_INITIALS}])(?:{_NUMBER_OPENINGS})))(?P<currency>[$€£¥])?\s?(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<fraction>\b(?:{_FRACTION_WORD})\b)|(?P<word>\b(?:{_NUMBER_WORD})(?:[- ](?:{_UNIT_WORD}))?\b))"
    rf"(?:\s?(?P<scale>(?:{_SCALE})\b))?",
    re.IGNORECASE,
)
_MODIFIER = re.compile(
    r"(?:^|\s)(?P<mod>" + "|".join(sorted((re.escape(m) for m in QUANTITY_MODIFIERS), key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(r"^\s*(?:-|–|to|and)\s*[$€£]?\d", re.IGNORECASE)
_NOUN_CLASS_OF: dict[str, set[str]] = {}
for _class, _words in NOUN_CLASSES.items():
    for _word in _words:
        _NOUN_CLASS_OF.setdefault(_word, set()).add(_class)
_GENERAL_PERSON_WORDS = frozenset({"people", "persons", "person"})


@dataclass(slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    unit: str  # count | share | a currency code | a measure unit
    noun: str | None  # the counted noun as written, lower case ("flights")
    group_words: frozenset[str]  # content words of a partitive group ("nurses", "surveyed")
    claim_seq: int
    event: EventMention | None = None
    definite: bool = False
    total: bool = False
    changing: bool = False
    nearby: list[EventMention] = field(default_factory=list)

    def interval(self) -> tuple[float, float]:
        low = self.low if self.low is not None else float("-inf")
        high = self.high if self.high is not None else float("inf")
        return low, high

    def describe(self) -> str:
        return self.text


def find_quantities(text: str, events: ClaimEvents) -> list[Quantity]:
    claim = events.claim
    found: list[Quantity] = []
    for m in NUMBER.finditer(text, claim.start, claim.end):
        quantity = _quantity(text, m, events)
        if quantity is not None:
            found.append(quantity)
    return found


def _quantity(text: str, m: re.Match[str], events: ClaimEvents) -> Quantity | None:
    value = _value(m)
    if value is None or _is_not_a_count(text, m):
        return None
    after = text[m.end():m.end() + 40]
    before = text[max(events.claim.start, m.start() - 40):m.start()]
    suffix = _SUFFIX_MODIFIER.match(text, m.end())
    unit, unit_end = _unit(text, m, suffix.end() if suffix else m.end())
    if unit == "count" and m.group("word") and m.group("word").lower() == "one" and not _noun_follows(after):
        return None  # "one of the", "one said": not a count
    low, high = value, value
    modifier = _MODIFIER.search(before)
    if modifier is not None:
        low_factor, high_factor = QUANTITY_MODIFIERS[modifier.group("mod").lower()]
        low = None if low_factor is None else value * low_factor
        high = None if high_factor is None else value * high_factor
    if suffix is not None and modifier is None:
        low_factor, high_factor = SUFFIX_QUANTITY_MODIFIERS[(suffix.group("mod") or suffix.group("mod2")).lower()]
        low, high = value * low_factor, None if high_factor is None else value * high_factor
    if unit == "share" and modifier is None:
        low, high = value - 0.02, value + 0.02
    if _RANGE_AFTER.match(text, m.end()) or _RANGE_OPENS.search(before):
        return None  # a range "between 10 and 15" or a change "from 1,200 to 840": handled as such elsewhere
    opened = _RANGE_SECOND_END.search(before)
    if opened is not None:  # "between 30 and 40 people", "30 to 40 people": the range is the value
        first = float((opened.group("a") or opened.group("b")).replace(",", ""))
        low, high = min(first, value if low is None else low), max(first, value if high is None else high)
    noun, group = _counted(_tokens_after(text, events, unit_end), unit)
    if unit == "percent" and group:  # "71 percent of respondents": a share of a named group
        unit, value = "share", value / 100
        low = None if low is None else low / 100
        high = None if high is None else high / 100
        if modifier is None:
            low, high = value - 0.005, value + 0.005
    start = modifier.start("mod") + max(events.claim.start, m.start() - 40) if modifier else m.start()
    if opened is not None:
        start = opened.start() + max(events.claim.start, m.start() - 40)
    quantity = Quantity(
        text=text[start:unit_end].strip(), start=start, end=unit_end, value=value, low=low, high=high, unit=unit,
        noun=noun, group_words=group, claim_seq=events.claim.seq,
    )
    words_before = _LETTERS.findall(before.lower())[-3:]
    quantity.definite = bool(words_before) and words_before[-1] == "the"
    quantity.total = bool(_TOTAL_BEFORE.search(before))
    quantity.changing = _changing(text, m, events, words_before) and not (
        quantity.total and _BY_A_LATER_TIME.search(text[events.claim.start:events.claim.end].lower())
        and not _PART_OF_A_WHOLE.search(text[events.claim.start:events.claim.end].lower()))  # "all 38 by Wednesday"
    quantity.event = _event_of(text, quantity, events)
    return quantity


def _value(m: re.Match[str]) -> float | None:
    if m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
    elif m.group("fraction"):
        value = FRACTION_WORDS[m.group("fraction").lower()]
    elif m.group("word"):
        parts = _WORD_PARTS.split(m.group("word").lower())
        if len(parts) == 2 and parts[0] in NUMBER_WORDS and NUMBER_WORDS[parts[0]] >= 20 and parts[1] in NUMBER_WORDS:
            value = float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])  # "thirty-four"
        else:
            value = float(NUMBER_WORDS.get(m.group("word").lower(), NUMBER_WORDS.get(parts[0], 0)))
    else:
        return None
    if m.group("scale"):
        scale = m.group("scale").lower()
        if scale == "m" and not m.group("currency"):
            return None  # "12 m" is metres, not millions
        value *= SCALE_WORDS[scale]
    return value


def _is_not_a_count(text: str, m: re.Match[str]) -> bool:
    """Years, dates, clock times, ages, scores, ordinal-like labels."""
    digits = m.group("digits")
    before = text[max(0, m.start() - 12):m.start()]
    after = text[m.end():m.end() + 12]
    previous = before.split()[-1].lower().strip(",.") if before.split() else ""  # "Nov. 6"
    if digits:
        if _YEAR.fullmatch(digits) and not m.group("currency") and not m.group("scale"):
            return True  # a year
        if previous in MONTHS or _MONTH_AFTER.match(after):
            return True  # May 9, 13 November
        if _CLOCK_OR_ORDINAL_AFTER.match(after) or _CLOCK_BEFORE.search(before):
            return True  # "3:15", "the 07:12 service" (the minutes of a clock time)
        if _SCORE_AFTER.match(after) or _SCORE_BEFORE.search(before):
            return True  # a score or vote: 5-2, 3-1

    wider = text[max(0, m.start() - 30):m.start()]
    if _DENOMINATOR_BEFORE.search(wider) and (
        _DIGIT.search(wider) or any(w in NUMBER_WORDS for w in wider.lower().split()[-4:])
    ):
        return True  # a denominator: "13 wins in 15 games", "six goals in nine games"
    if "/" in text[max(0, m.start() - 1):m.end() + 1]:
        return True  # odds and fractions written 4/9
    if previous in ("aged", "age", "magnitude", "no.", "number", "page", "route", "flight", "room", "article"):
        return True
    if _SCHOOL_YEAR_BEFORE.search(before):
        return True  # a school year's label: "Year 10 students", "Grade 5 pupils"
    if _AGE_OR_COMPOUND_AFTER.match(after) and not _TERM_COMPOUND.match(text, m.end()) and not (
            _SUFFIX_MODIFIER.match(text, m.end())):
        return True  # ages and compounds: "a 90-year-old bridge", "the 180-bed hospital" (not "a six-year sentence")
    return bool(_OF_OR_IN_BEFORE.search(before) and previous in ("of", "in") and _year_like(digits))


_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]$")


def _year_like(digits: str | None) -> bool:
    return bool(digits) and len(digits) == 4


_SCHOOL_YEAR_AFTER = re.compile(r"\s+(?:Year|Grade|Form|Standard)\s+\d{1,2}\b")
_SCHOOL_YEAR_BEFORE = re.compile(r"\b(?:Year|Grade|Form|Standard)\s?$")


def _unit(text: str, m: re.Match[str], at: int) -> tuple[str, int]:
    """The unit after the number (read from ``at``, past a suffix such as "-plus") and where it ends."""
    if m.group("currency"):
        return CURRENCY_WORDS[m.group("currency")], at
    if m.group("fraction"):
        return "share", at
    label = _SCHOOL_YEAR_AFTER.match(text, at)
    if label is not None:  # "Nine Year 10 students": nine students of a school year, not nine years
        return "count", label.end()
    term = _TERM_COMPOUND.match(text, at)
    if term is not None:  # "the six-year sentence": six years, the length of the sentence
        return term.group("unit").lower() + "s", term.end("unit")
    after = _UNIT_AFTER.match(text[at:at + 24])
    if after is not None:
        word = after.group("unit").lower().rstrip(".")
        end = at + after.end()
        if word in PERCENT_WORDS:
            return "percent", end
        if word in CURRENCY_WORDS:
            return CURRENCY_WORDS[word], end
        if word in MEASURE_UNITS:
            return word, end
    return "count", at


def _noun_follows(after: str) -> bool:
    word = _FIRST_WORD.match(after)
    return bool(word) and word.group(1).lower() not in FUNCTION_WORDS


# _counted reads at most three words, "of" and five more: the tokens it may need after a number.
_COUNTED_REACH = 10


def _tokens_after(text: str, events: ClaimEvents, at: int) -> Iterator[Token]:
    """The claim's first tokens starting at or after ``at``. A ClaimEvents built without tokens
    (a caller that wants only the quantities, not the events) has them read here, one at a time
    as ``_counted`` asks (it mostly stops after a word or two): tokens hold no space, so reading from
    the space before ``at`` meets the same tokens."""
    if events.tokens:
        first = bisect_left(events.tokens, at, key=lambda token: token.start)
        return iter(events.tokens[first:first + _COUNTED_REACH])
    begin = max(events.claim.start, text.rfind(" ", events.claim.start, at) + 1)
    return (Token(m.group(0), m.group(0).lower(), m.start(), m.end())
            for m in TOKEN.finditer(text, begin, events.claim.end) if m.start() >= at)


def _counted(tokens: Iterator[Token], unit: str) -> tuple[str | None, frozenset[str]]:
    """The counted noun after the number ("18 cancelled flights" -> flights) and a partitive group."""
    words: list[str] = []
    stop = next(tokens, None)  # the first token after the noun phrase
    while stop is not None and len(words) < 3:
        if not stop.text.isalpha() or stop.lower in FUNCTION_WORDS or stop.lower in PLACE_PREPOSITIONS:
            break
        words.append(stop.lower)
        stop = next(tokens, None)
    noun = None
    nouns = [w for w in words if w in _NOUN_CLASS_OF or ("NOUN" in word_lemmas(w) and w not in ("percent",))]
    # The last noun of the phrase, unless a plural or a known counted word stands before a bare
    # singular: "150 cancelled flights left": flights, not "left" (a noun only as in "the left").
    counted = [w for w in nouns if w in _NOUN_CLASS_OF or word_lemmas(w)["NOUN"][0] != w]
    if counted and nouns[-1] not in counted:
        noun = counted[-1]
    elif nouns:
        noun = nouns[-1]
    if noun is not None and len(nouns) >= 2 and noun == words[-1] == nouns[-1] and nouns[-2] == words[-2] and (
            singular(noun) in ACTS_ON_THE_NOUN_BEFORE and singular(nouns[-2]) == nouns[-2]):
        noun = nouns[-2]  # "900 job losses": the jobs are what is counted, the losses what befalls them
    group: frozenset[str] = frozenset()
    if stop is not None and stop.lower == "of":
        group_words = []
        for token in islice(tokens, 5):
            if not token.text[0].isalpha() or (token.lower in FUNCTION_WORDS and group_words):
                break
            if token.lower not in FUNCTION_WORDS:
                # a capitalised word names who the group is ("Republican voters"): marked with "^"
                word = token.lower.removesuffix("'s")
                group_words.append(("^" + word) if token.text[0].isupper() else word)
        group = frozenset(group_words)
        if noun is None and unit in ("count", "share"):
            plain = [w for w in group_words if not w.startswith("^")]
            noun = next((w for w in plain if w in _NOUN_CLASS_OF), plain[0] if plain else None)
    return noun, group


def _changing(text: str, m: re.Match[str], events: ClaimEvents, words_before: list[str]) -> bool:
    """Words that make this a value at one time or of one subset, not the whole story."""
    if _PART_OF_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return True  # "guilty on nine of 12 counts": the 12 is the whole a part was taken from
    if any(w in _THRESHOLD_VERBS for w in words_before[-2:]):
        return True  # "It takes 1,237 delegates to win", "needs 326 seats": a threshold, not what happened
    markers = words_before[-2:] if words_before[-1:] != ["the"] else words_before[-1:]  # "families from the 250 homes"
    if any(w in UPDATE_MARKERS for w in markers) and words_before[-2:] not in (["more", "than"], ["fewer", "than"]):
        return True  # "five more people" is an update; "more than 400" only bounds the value
    if words_before[-1:] in (["up"], ["down"]) and (
            _COMMA_UP_DOWN.search(text[max(0, m.start() - 12):m.start()])
            or words_before[-2:-1] in (["was"], ["were"], ["is"], ["are"], ["been"])):
        return True  # ", up eight points", "shares were down 3%": a change ("brought up five bodies" is not)
    if "to" in words_before[-2:] and not (words_before[-2:-1] and words_before[-2] in SUPPLY_NOUNS):
        # "raised its bid to £1.5bn" is a new level; "cut power to 85,000 homes" names who lost it
        clause = _CLAUSE_BREAK.split(text[max(events.claim.start, m.start() - 60):m.start()])[-1]
        if any(w in CHANGE_VERBS for w in _LOWER_LETTERS.findall(clause.lower())):
            return True  # "raised its bid to the £1.5bn mark": a new value replacing the old
    after = _LETTERS.findall(text[m.end():m.end() + 30].lower())[:3]
    if after[:1] in (["more"], ["left"], ["remaining"], ["fewer"], ["less"]) or after[:2] in (["of", "whom"], ["of", "them"]):
        return True
    clause = text[events.claim.start:events.claim.end].lower()
    if _BY_A_LATER_TIME.search(clause):
        return True  # "By Wednesday, 20 survivors had been found": a running total ("all 38" is the whole group)
    return bool(_PART_OF_A_WHOLE.search(clause))


def bind_events(text: str, quantities: list[Quantity], events: ClaimEvents) -> None:
    """Bind quantities found with a claim's tokens alone (a ClaimEvents without mentions) to the
    claim's events, as ``find_quantities`` with ``events`` would have: only ``event`` and
    ``nearby`` depend on the mentions (``_tokens_after`` reads the same tokens either way), so a
    caller that needs the events for a few of the quantities need not find them all again."""
    for quantity in quantities:
        quantity.nearby = []
        quantity.event = _event_of(text, quantity, events)


def _event_of(text: str, quantity: Quantity, events: ClaimEvents) -> EventMention | None:
    """The event the quantity takes part in: the nearest trigger in its clause, one from the
    event table before a bare verb ("causing a dozen buildings to collapse" -> collapse), the
    counted noun itself when it names one ("five arrests"). ``nearby`` keeps every trigger in reach."""
    scored = []
    for mention in events.mentions:
        if mention.pos == "pronoun" or "*" in mention.classes:
            continue
        if mention.trigger.lower() in quantity.group_words:
            continue  # "70% of all phones sold": the partitive group's verb says which phones, not what the 70% do
        gap = mention.start - quantity.end if mention.start >= quantity.end else quantity.start - mention.end
        gap = max(gap, 0)
        between = text[min(mention.end, quantity.end):max(mention.start, quantity.start)]
        if gap > 60 or ";" in between or (gap > 25 and "," in between):
            continue
        generic = all(c.startswith("=") for c in mention.classes)
        if 0 <= mention.start - quantity.end <= 2 and mention.trigger.lower().endswith("ed"):
            generic = False  # "the £2.5 million raised": the participle after the amount says what it is
        scored.append((gap + (40 if generic else 0), mention))
        if gap <= 25 and "," not in between:
            quantity.nearby.append(mention)
    scored.sort(key=lambda pair: pair[0])
    return scored[0][1] if scored else None


# "48 000 cattle", "1 250 000": thousands grouped by a space (or a no-break or thin space), as many
# newsrooms write them; only groups of three digits after a group of one to three.
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)")


def normalised_figures(text: str) -> str:
    """The text with digits grouped by spaces rewritten with commas, character for character, so every
    offset still points where it did: "48 000 cattle" reads as 48,000 cattle, not 48 and 000."""
    return _SPACE_GROUPED.sub(lambda m: re.sub(r"[ \u00a0\u202f]", ",", m.group(0)), text)


def same_counted_thing(a: Quantity, b: Quantity) -> bool:
    """Whether two counts count one kind of thing: same noun, nouns of one class, or a general word for people."""
    if a.unit != b.unit:
        return False
    if a.unit == "share":
        names_a = {w for w in a.group_words if w.startswith("^")}
        names_b = {w for w in b.group_words if w.startswith("^")}
        if names_a - names_b and names_b - names_a:
            return False  # "of likely Republican caucusgoers" / "of likely Democratic caucusgoers"
        return bool((a.group_words & b.group_words) - names_a)
    if a.unit != "count":
        return True
    if a.noun is None or b.noun is None:
        return False
    if singular(a.noun) == singular(b.noun):
        return True
    classes_a, classes_b = _NOUN_CLASS_OF.get(a.noun, set()), _NOUN_CLASS_OF.get(b.noun, set())
    if classes_a & classes_b:
        return True
    people = ("person" in classes_a and b.noun in _GENERAL_PERSON_WORDS) or (
        "person" in classes_b and a.noun in _GENERAL_PERSON_WORDS)
    return people


def noun_classes(noun: str) -> frozenset[str]:
    """Every class a counted noun belongs to ("houses": home and building)."""
    return frozenset(_NOUN_CLASS_OF.get(noun, set()) | _NOUN_CLASS_OF.get(singular(noun), set()))


def noun_class(noun: str | None) -> str | None:
    """What a count counts, for comparing across texts: its class ("home" for houses) or its lemma."""
    if noun is None:
        return None
    classes = sorted(_NOUN_CLASS_OF.get(noun, ()))
    if noun in _GENERAL_PERSON_WORDS:
        return "person"
    return classes[0] if classes else singular(noun)


def quantity_classes(q: Quantity) -> set[str]:
    """The noun classes of what a count counts ("residents" -> person; "people" is a person too)."""
    if q.noun is None:
        return set()
    classes = set(_NOUN_CLASS_OF.get(q.noun, ()))
    return classes | {"person"} if q.noun in _GENERAL_PERSON_WORDS else classes


def singular(noun: str) -> str:
    """A noun's lemma ("houses" -> house); the word itself when it is no noun."""
    lemmas = word_lemmas(noun).get("NOUN", ())
    return lemmas[0] if lemmas else noun


# Patterns of the checks above, compiled once (they run for every number of every claim).
_RANGE_OPENS = re.compile(r"\b(?:between|from)\s*$", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z]+")
_PART_OF_BEFORE = re.compile(rf"\b(?:\d[\d,]*|{NUMBER_WORD_ALTERNATION})\s+of\s*$", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:all|in\s+all\s*,|altogether\s*,|entire\s+\w+\s+of|whole\s+\w+\s+of|total\s+of)\s*$", re.I)
_WORD_PARTS = re.compile(r"[- ]")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_MONTH_AFTER = re.compile(r"\s*(?:" + MONTH_ALTERNATION + r")\b", re.IGNORECASE)
_CLOCK_OR_ORDINAL_AFTER = re.compile(r"\s*(?:[:.]\d|a\.?m\b|p\.?m\b|GMT|BST|UTC|B\.?C(?![a-z])|A\.?D(?![a-z])|st\b|nd\b|rd\b|th\b)", re.I)
_SCORE_AFTER = re.compile(r"[-–]\d")
_SCORE_BEFORE = re.compile(r"\d[-–]$")
_DENOMINATOR_BEFORE = re.compile(
    r"(?:\d[\d,.]*|\b[a-z]+)\s+(?:[a-z]+\s+)?(?:in|from|out of|of)\s+(?:the\s+|its\s+|their\s+)?(?:last\s+|past\s+)?$")
_DIGIT = re.compile(r"\d")
_THRESHOLD_VERBS = frozenset("takes take took needs need needed requires require required".split())
_AGE_OR_COMPOUND_AFTER = re.compile(r"\s*-?\s*years?[- ]old|[-–]", re.IGNORECASE)
_SUFFIX_MODIFIER = re.compile(r"(?:[-–](?P<mod>plus|odd)|(?P<mod2>\+))(?=[\s,.;:!?)\"”’]|$)", re.IGNORECASE)
_OF_OR_IN_BEFORE = re.compile(r"\b(?:of|in)\s*$")
_TERM_COMPOUND = re.compile(
    r"[-–](?P<unit>year|month|week|day)\s+(?:(?:jail|prison|custodial|suspended|playing|fixed)\s+)?(?:"
    + "|".join(sorted(TERM_NOUNS)) + r")\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s*(?P<unit>%|per cent|percent|percentage points|[A-Za-z$€£]+\.?)")
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_COMMA_UP_DOWN = re.compile(r",\s*(?:up|down)\s*$")
_CLAUSE_BREAK = re.compile(r"[;,.]")
_LOWER_LETTERS = re.compile(r"[a-z]+")
# "a year" is a rate ("£50,000 a year"), "in a year" a period ("its second round of cuts in a year").
_PART_OF_A_WHOLE = re.compile(r"\b(?:since|so far|to date|in total|cumulative|(?<!\bin )a (?:year|night|week|day)|per|each)\b")
_BY_A_LATER_TIME = re.compile(
    r"\bby\s+(?:the\s+time\b|(?:the\s+(?:end|close|start|middle)\s+of\s+)?(?:(?:early|late|mid)[\s-]*)?"
    r"(?:(?:this|that|last|the)\s+)?(?:then|now|" + "|".join(sorted({*WEEKDAYS, *MONTHS, *PARTS_OF_DAY, *TIME_UNIT_WORDS,
                                                                   "today", "tonight"}))
    + r"|\d{1,2}(?::\d\d)?\s*(?:a\.?m|p\.?m)|\d{1,2}:\d\d)\b)"
)
_RANGE_SECOND_END = re.compile(
    r"(?:\bbetween\s+(?P<a>\d[\d,]*(?:\.\d+)?)\s+and|(?<!from )(?<![\d,.])(?P<b>\d[\d,]*(?:\.\d+)?)\s*(?:-|–|to))\s*$",
    re.IGNORECASE)
