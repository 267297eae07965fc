"""A count broken down into its parts in one sentence, against the count told as a whole.

The shape: one sentence lists two or more counts joined as one list ("St Brecan's contributes
238 pupils and Ballyowen 196"; "31 teaching jobs will go, along with 12 non-teaching
positions"; "52 of the pieces are oil paintings, alongside 19 drawings and 13 prints"; "Of the
1.18 crore units, 81.6 lakh are rural and 38.4 lakh urban"). The whole they break down is
either named in the sentence itself ("Of the 1.18 crore units", "of the pieces") or is the one
count of that kind of thing the article gives elsewhere ("will open with 412 pupils"; "86
works"). The parts then sum to the whole.

What keeps it quiet:
- a list marked as partial or approximate ("including", "among others", "about", "some");
- parts told on different days ("four on Monday and six on Tuesday"): a running count;
- ranges, changes and comparisons ("between 30 and 40", "up from 36", "than");
- parts of different kinds with no whole named in the sentence ("two teams and 14 referees");
- a whole that is not the one count of its kind (two different totals: which one?), a whole no
  bigger than a part, or a sum far from the whole (a few examples out of many, not its parts);
- the sum told anywhere in the article, or within the rounding of the figures as written.

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.analysis.arithmetic import pair_finding, sentence_of
from workbench.analysis.lexicon import (
    FUNCTION_WORDS,
    MEASURE_UNITS,
    NUMBER_HEDGE_ALTERNATION,
    NUMBER_WORD_ALTERNATION,
    SCALE_WORDS,
    count_value,
    AUXILIARIES,
    COMPLEMENTARY_KINDS,
)
from workbench.analysis.model import Claim, Finding
from workbench.analysis.parts_lists import sentence_spans
from workbench.analysis.quantities import noun_classes, singular
from workbench.analysis.timex_lexicon import MONTH_ALTERNATION, WEEKDAYS
from workbench.analysis.events import word_lemmas

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALES = "|".join(sorted((w for w in SCALE_WORDS if len(w) > 2), key=len, reverse=True))
# A count: a number (digits or words), a scale word, then the words that may name what it counts.
_COUNT = re.compile(
    rf"(?<![\w.,$€£¥₦₹#/-])(?P<hedge>(?:{NUMBER_HEDGE_ALTERNATION}|at\s+least|fewer\s+than|less\s+than|under)\s+)?"
    rf"(?P<num>{_NUMBER}|(?:{NUMBER_WORD_ALTERNATION})\b)(?:\s+(?P<scale>{_SCALES})\b)?"
    r"(?![\d,.]*\d)(?!\s*(?:%|per\s?cent|percent|[-–:/]|[ap]\.?m\b|years?\s+old|-year))"
    r"(?=(?P<after>(?:\s+(?:of\s+(?:the|its|their|these|those)\s+)?[a-z][a-z'-]*){0,4}))",
    re.IGNORECASE)
# Between two parts of one list: a joining word, and nothing that makes them a range, a change,
# a comparison or a sequence of days.
_JOINED = re.compile(r"(?:,|\band\b|\balong\s+with\b|\balongside\b|\bplus\b|\bas\s+well\s+as\b|\bwhile\b|\bwith\b)",
                     re.IGNORECASE)
_NOT_ONE_LIST = re.compile(
    rf"\b(?:from|to|than|compared|versus|vs|against|up|down|rose|fell|between|per|every|a\s+day|a\s+week|"
    rf"a\s+year|out\s+of|last|previous|earlier|ago|yesterday|today|tonight|on|by|after|before|{MONTH_ALTERNATION}|"
    rf"{'|'.join(WEEKDAYS)}|19\d\d|20\d\d)\b|[;:()]",
    re.IGNORECASE)
_PARTIAL = re.compile(
    r"\b(?:including|includes|included|among|such\s+as|like|others?|other|some\s+of|many\s+of|most\s+of|"
    r"of\s+whom|of\s+which|at\s+least|roughly|about|around|nearly|almost|approximately|more\s+than|"
    r"fewer\s+than|less\s+than|or|respectively|average|estimated|additional|further|another|more)\b",
    re.IGNORECASE)
# The whole named before the list in its own sentence: "Of the 1.18 crore units, 81.6 lakh ...".
_WHOLE_IN_SENTENCE = re.compile(
    rf"\b(?:[Oo]f|[Oo]ut\s+of)\s+(?:the|its|their|these|those|all)?\s*(?P<num>{_NUMBER}|(?:{NUMBER_WORD_ALTERNATION})\b)"
    rf"(?:\s+(?P<scale>{_SCALES})\b)?\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>[a-z]+)\s*,", re.IGNORECASE)
# Before a whole told elsewhere: a level it changed from or is compared with, not the whole.
_NOT_THE_WHOLE_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+with|compared\s+to|of\s+the|of|to|by|versus|vs|another|further|additional|extra|"
    r"more|a\s+combined|first|initially|originally)\s*$",
    re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d\s*(?:and|to|or|-|–)\s*$")  # "between 130 and 160 courses"
_ANOTHER_WHOLE = re.compile(r"\b(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|previous|in\s+(?:19|20)\d\d|"
                             r"since|by\s+(?:19|20)\d\d|plans?|planned|floated|proposed|target|"
                             r"goal|expects?|expected|will\s+rise|at\s+stake|up\s+for\s+grabs|on\s+offer|available|"
                             r"needed|required|to\s+win|to\s+clinch|capacity|room\s+for)\b", re.IGNORECASE)
# (what is at stake, needed or has room is not the sum of what is held: "691 delegates are up for
# grabs" ... "Cruz has 370 delegates, Kasich has 129 and Rubio 163")
_UNCOUNTED_MEMBER = re.compile(r"\s*,?\s*(?:and|plus|as\s+well\s+as|along\s+with)\s+(?:a|an|one|the|his|her|their|its)\b",
                               re.IGNORECASE)
# "six children, two of them under five": a part of the part before, not another part of the list.
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|which|those|these)\b", re.IGNORECASE)
_PARTITIVE_DETERMINERS = ("the", "its", "their", "these", "those")
_NOUN_STOP = FUNCTION_WORDS | {"said", "says", "told", "who", "which", "that"}
_DAY_OF_A_MONTH = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:{MONTH_ALTERNATION})\b")
# "June 13", "Sept. 13" (an abbreviation's dot, never a sentence's end: "until May. Forty of ...")
_MONTH_BEFORE = re.compile(r"\b(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
                           r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)[ \t]+$")
_NEAR = 0.2  # a sum this close to a whole is its breakdown; farther off, a few examples of it


@dataclass(frozen=True)
class _Count:
    start: int
    end: int
    written: str
    figure: str  # the number and its scale word: "81.6 lakh"
    value: float
    step: float  # half the last written digit: the rounding the figure allows
    noun: str | None
    partitive: str | None  # "52 of the pieces": the group it is a part of
    hedged: bool


def breakdowns_against_their_whole(text: str, claims: list[Claim]) -> Iterator[Finding]:
    sentences = sentence_spans(text)
    counts = [c for c in (_count(m) for m in _COUNT.finditer(text)) if c is not None]
    for start, end in sentences:
        in_sentence = [c for c in counts if start <= c.start < end]
        whole_here = _WHOLE_IN_SENTENCE.search(text, start, end)
        if whole_here is not None:
            in_sentence = [c for c in in_sentence if c.start >= whole_here.end()]
        for parts in _lists(text, in_sentence):
            finding = _checked(text, claims, (start, end), parts, counts)
            if finding is not None:
                yield finding
                break


def _count(m: re.Match[str]) -> _Count | None:
    written = m.group("num")
    digits = written.replace(",", "")
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", digits) and not m.group("scale"):
        return None  # a year
    if _DAY_OF_A_MONTH.match(m.string, m.end("num")) or _MONTH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "13 June", "June 13": a day, not a count
    try:
        value = count_value(written)
    except (KeyError, ValueError):
        return None
    scale = SCALE_WORDS.get((m.group("scale") or "").lower(), 1.0)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    step = 0.5 * 10 ** -decimals * scale if scale > 1 or decimals else 0.0
    end = m.end("scale") if m.group("scale") else m.end("num")
    words = list(re.finditer(r"[A-Za-z][\w'-]*", m.group("after")))
    partitive = None
    if len(words) >= 3 and words[0].group().lower() == "of" and words[1].group().lower() in _PARTITIVE_DETERMINERS:
        partitive = words[2].group().lower()
        end = m.start("after") + words[2].end()
        words = []
    noun = None
    for word in words:
        lower = word.group().lower()
        if lower in _NOUN_STOP or word.group() != lower:
            break  # a function word or a name: what follows is no longer the counted noun
        lemmas = word_lemmas(lower)
        if "NOUN" not in lemmas and lemmas:
            break  # a verb or an adjective alone: "196 joined", not a counted noun
        noun = lower
        end = m.start("after") + word.end()
    if noun is not None and noun in MEASURE_UNITS:
        return None  # a measure, not a count of things
    figure = m.group("num") + (" " + m.group("scale") if m.group("scale") else "")
    return _Count(m.start("num"), end, m.string[m.start():end].strip(), figure, value * scale, step, noun, partitive,
                  bool(m.group("hedge")))


def _lists(text: str, counts: list[_Count]) -> Iterator[list[_Count]]:
    """Runs of two or more counts joined as one list in a sentence."""
    run: list[_Count] = []
    for count in counts:
        if _OF_THEM.match(text, count.end):  # "six children, two of them under five": the list ends
            if len(run) >= 2:
                yield run
            run = []
            continue
        if run and _joins(text[run[-1].end:count.start]):
            run.append(count)
            continue
        if len(run) >= 2:
            yield run
        run = [count]
    if len(run) >= 2:
        yield run


def _joins(gap: str) -> bool:
    return len(gap) <= 60 and bool(_JOINED.search(gap)) and not _NOT_ONE_LIST.search(gap) and not _PARTIAL.search(gap)


def _shared_by(text: str, parts: list[_Count], i: int) -> int | None:
    """How many the part counts for: "Ceredigion and Powys three each" is three for each of two names;
    a part without "each" counts once. None for "each" whose names cannot be counted."""
    part = parts[i]
    if not re.match(r"\s+each\b", text[part.end:part.end + 8]):
        return 1
    start = parts[i - 1].end if i else max(text.rfind(". ", 0, part.start), text.rfind("\n", 0, part.start)) + 1
    names = re.findall(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*", text[start:part.start])
    return len(names) if len(names) >= 2 else None


def _names_every_kind(parts: list[_Count]) -> bool:
    """ "51 men, 14 women and six children": kinds that make up the whole group, so the list is all of it."""
    kinds = {singular(p.noun) for p in parts if p.noun}
    return len(kinds) == len(parts) and any(kinds == set(cover) for cover in COMPLEMENTARY_KINDS)


def _compatible(a: str, b: str) -> bool:
    if singular(a) == singular(b):
        return True
    return bool(noun_classes(a) & noun_classes(b))


def _checked(text: str, claims: list[Claim], sentence: tuple[int, int], parts: list[_Count],
             counts: list[_Count]) -> Finding | None:
    start, end = sentence
    last = parts[-1]
    listed = text[start:last.end + 40]
    every_kind = _names_every_kind(parts)
    if any(part.hedged for part in parts) or (_PARTIAL.search(text[start:parts[0].start]) and not every_kind) or (
            _PARTIAL.search(text[parts[0].start:last.end])) or re.match(r"[^.;]{0,25}\b(?:others?|more|other)\b",
                                                                      text[last.end:end]):
        return None
    if re.search(r"\bbetween\s*$", text[max(start, parts[0].start - 12):parts[0].start]):
        return None
    if _UNCOUNTED_MEMBER.match(text, last.end):
        return None  # "eight cars, three vans, two lorries and a motorcycle": a part with no number
    verbs = {verb for verb in (_verb_after(text, p) for p in parts) if verb}
    if len(verbs) > 1:
        return None  # "158 courses closed and just 14 opened": each part its own event
    nouns = [p.noun for p in parts if p.noun]
    group = parts[0].partitive
    whole_here = _WHOLE_IN_SENTENCE.search(text, start, parts[0].start)
    if whole_here is None and group is None:
        if not nouns or any(not _compatible(nouns[0], n) for n in nouns[1:]):
            return None  # "two teams and 14 referees": not parts of one whole
    shares = [_shared_by(text, parts, i) for i in range(len(parts))]
    if None in shares:
        return None  # "each" of names the list does not let us count
    total = sum(p.value * n for p, n in zip(parts, shares))  # type: ignore[operator]
    slack = sum(p.step for p in parts)
    if whole_here is not None:
        told = _COUNT.match(text, whole_here.start("num"))
        whole = _count(told) if told else None
        if whole is None:
            return None
        candidates = [whole]
    else:
        kind = group or nouns[0]
        candidates = [c for c in counts if not (start <= c.start < end) and (c.noun or c.partitive)
                      and _compatible(kind, c.noun or c.partitive or "") and _stands_as_a_whole(text, c)]
    if any(abs(c.value - total) <= slack + c.step for c in candidates):
        return None  # the whole as told, within its rounding
    if any(abs(c.value - total) <= slack + c.step for c in counts if c not in parts):
        return None  # the sum is told somewhere: the parts add up to something the article names
    near = [c for c in candidates if c.value > max(p.value for p in parts)
            and abs(total - c.value) <= _NEAR * c.value]
    exact = [c for c in near if not c.hedged]
    near = exact or near  # "about 70 people" first, "73 people" after: the exact count is the whole
    if len({c.value for c in near}) != 1:
        return None  # no whole near the sum, or two different ones: which one?
    whole = near[0]
    if whole.hedged and not _hedge_contradicted(text, whole, total):
        return None
    sum_text = " + ".join(_shown(p) if n == 1 else f"{n} x {_shown(p)}" for p, n in zip(parts, shares))
    listed = text[parts[0].start:last.end].strip()
    return pair_finding(claims, whole.start, parts[0].start, (
        f"'{whole.written}' vs '{listed}': the parts do not add up to the whole\n"
        f"{sum_text} = {_number(total)}, not {_number(whole.value)}"))


def _stands_as_a_whole(text: str, count: _Count) -> bool:
    """A count told as a whole, not a level it changed from or another period's figure."""
    before = text[max(0, count.start - 30):count.start]
    if count.hedged:
        hedge = re.search(rf"(?:{NUMBER_HEDGE_ALTERNATION}|at\s+least|fewer\s+than|less\s+than|under)\s*$", before)
        before = before[:hedge.start()] if hedge else before
    if _NOT_THE_WHOLE_BEFORE.search(before) or _RANGE_BEFORE.search(before):
        return False
    lo, hi = sentence_of(text, count.start)
    return not _ANOTHER_WHOLE.search(text[lo:hi])


def _verb_after(text: str, count: _Count) -> str | None:
    """The verb a part is the subject of, when it has its own ("14 opened", "39 have said")."""
    for word in re.finditer(r"[A-Za-z'-]+|[^\sA-Za-z]", text[count.end:count.end + 60]):
        lower = word.group().lower()
        if lower in AUXILIARIES or lower in ("not", "also", "just", "only") or lower.endswith("ly"):
            continue
        verbs = word_lemmas(lower).get("VERB", ())
        return verbs[0] if verbs and "NOUN" not in word_lemmas(lower) else None
    return None


def _hedge_contradicted(text: str, whole: _Count, total: float) -> bool:
    """A hedged whole only bounds: "more than 58,000" is contradicted by parts that make 48,300."""
    hedge = text[max(0, whole.start - 20):whole.start].lower()
    if re.search(r"(?:more\s+than|over|at\s+least|just\s+over)\s*$", hedge):
        return total < whole.value
    if re.search(r"(?:fewer\s+than|less\s+than|under|up\s+to|just\s+under)\s*$", hedge):
        return total > whole.value
    return False  # "about", "nearly": an approximation a breakdown may refine


def _shown(count: _Count) -> str:
    return count.figure if count.figure[0].isdigit() else _number(count.value)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
