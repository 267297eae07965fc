"""A win numbered with an ordinal against the earlier wins the article lists by year.

The shape: the story's win is counted ("won the Baltic Masters for the third time on Sunday";
"Cwm Taf clinch third Premiership crown") and another sentence lists the earlier ones by year
("first won the event in 2016 ... and took the title again in 2019 and 2022"; "Cwm Taf's previous
Premiership titles came in 2009, 2016 and 2019"). Three earlier wins make this one the fourth.

What keeps it quiet:
- ordinals of other things ("the tournament's third seed", "a third-round loss", "at the third
  attempt", "third prize");
- a history that does not name the winner the ordinal is told of (no capitalised name shared);
- a history sentence that is not about earlier wins (no "previous", "first won", "again", "also
  won", "earlier"), or years not before the story's year.

Pure: text and claims in, ``Finding`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.analysis.arithmetic import pair_finding, sentence_of
from workbench.analysis.lexicon import names_in
from workbench.analysis.model import Claim, Finding
from workbench.analysis.timex_lexicon import ORDINALS

_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
_WIN_NOUNS = r"titles?|crowns?|championships?|trophy|trophies|cups?|wins?|victory|victories|triumphs?|golds?"
# "won the Baltic Masters for the third time", "clinch third Premiership crown", "her fourth title"
_COUNTED_WIN = re.compile(
    rf"\b(?:won|wins|win|winning|took|takes|claimed|claims|clinched|clinch|clinches|lifted|secured|captured)\b"
    rf"[^.;]{{0,60}}?\bfor\s+the\s+(?P<ord>{_ORDINAL})\s+time\b"
    rf"|\b(?:clinch|clinches|clinched|claim|claims|claimed|win|wins|won|take|takes|took|secure|secures|secured|"
    rf"lift|lifts|lifted|their|his|her|its|a)\s+(?:the\s+)?(?P<ord2>{_ORDINAL})\s+(?:[A-Z][\w'-]*\s+){{0,3}}"
    rf"(?P<noun>{_WIN_NOUNS})\b", re.IGNORECASE)
_HISTORY_CUE = re.compile(r"\b(?:previous|earlier|prior|first\s+won|again|also\s+won|before\s+that|other)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d\d(?![\d-])")
# A history told of the story's subject without its name: "The 27-year-old ...", "He first won ...".
_THE_SUBJECT = re.compile(r"\s*(?:The\s+\d{1,2}-year-old|He|She|They)\b")
# "won his first ... title in January 2024, added a second ... and claimed a third": wins counted by ordinals.
_WIN_ORDINAL = re.compile(r"\b(?:won|took|claimed|added|lifted|secured|clinched|collected|captured)\s+(?:his|her|their|its|a|the)\s+"
                          rf"(?P<ord>{_ORDINAL})\b", re.IGNORECASE)


def ordinal_against_the_listed_wins(text: str, claims: list[Claim], story_year: int | None) -> Iterator[Finding]:
    if story_year is None or not _YEAR.search(text):
        return
    for counted in _COUNTED_WIN.finditer(text):
        ordinal = ORDINALS[(counted.group("ord") or counted.group("ord2")).lower()]
        start, end = sentence_of(text, counted.start())
        if _earlier_by_ordinals(text[start:end]):
            continue  # "won his first title ..., added a second ...": the history itself, not the story's win
        names = names_in(text[start:end])
        for history in _history_sentences(text, (start, end)):
            lo, hi = history
            sentence = text[lo:hi]
            if not re.search(r"\b(?:won|win|wins|titles?|crowns?|champions?|trophy|victory|victories)\b", sentence,
                             re.IGNORECASE) or not (names & names_in(sentence) or _THE_SUBJECT.match(sentence)):
                continue
            earlier = _earlier_by_ordinals(sentence)
            if earlier:
                years = []  # "won his first ... in January 2024, added a second ... and claimed a third": three
            else:
                if not _HISTORY_CUE.search(sentence):
                    continue
                years = sorted({int(y) for y in _YEAR.findall(sentence)})
                if len(years) < 2 or any(y >= story_year for y in years):
                    continue
                earlier = len(years)
            if ordinal == earlier + 1:
                break  # the count fits this history
            listed = f" ({', '.join(map(str, years))})" if years else ""
            finding = pair_finding(claims, counted.start(), lo, (
                f"'{counted.group(0)}' vs '{sentence.strip()[:90]}': the count does not fit the earlier wins\n"
                f"{earlier} earlier wins{listed} make this the {_ordinal_word(earlier + 1)}, not the {_ordinal_word(ordinal)}"))
            if finding is not None:
                yield finding
            return


def _earlier_by_ordinals(sentence: str) -> int:
    """How many earlier wins a sentence counts by ordinals ("his first ..., a second ..., a third"), or 0
    unless it counts at least two starting from the first."""
    ordinals = sorted({ORDINALS[m.group("ord").lower()] for m in _WIN_ORDINAL.finditer(sentence)})
    return ordinals[-1] if len(ordinals) >= 2 and ordinals == list(range(1, len(ordinals) + 1)) else 0


def _history_sentences(text: str, own: tuple[int, int]) -> Iterator[tuple[int, int]]:
    at = 0
    while at < len(text):
        start, end = sentence_of(text, at)
        if (start, end) != own and _YEAR.search(text, start, end):
            yield start, end
        at = max(end + 1, at + 1)


def _ordinal_word(n: int) -> str:
    word = next((word for word, value in ORDINALS.items() if value == n and word.isalpha()), None)
    if word is not None:
        return word
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# "closed on Sunday after its 20th edition" ... "was started in 2004 ... and has been held every August
# since": a yearly event's edition counts the years from its first.
_EDITION = re.compile(rf"\b(?P<ord>{_ORDINAL}|\d{{1,3}}(?:st|nd|rd|th))\s+(?:annual\s+)?(?:edition|staging|instalment|installment)\b",
                      re.IGNORECASE)
_FIRST_YEAR = re.compile(r"\b(?:started|founded|launched|first\s+held|established|began|inaugurated|created)\b[^.;]{0,60}?"
                         r"\bin\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_EVERY_YEAR = re.compile(r"\b(?:every|each)\s+(?:year|summer|winter|spring|autumn|January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\b|\bannually\b|\byearly\b", re.IGNORECASE)
_SKIPPED = re.compile(r"\b(?:cancelled|canceled|skipped|not\s+held|called\s+off|suspended|paused|no\s+edition)\b", re.IGNORECASE)


def edition_against_its_first_year(text: str, claims: list[Claim], story_year: int | None) -> Iterator[Finding]:
    """ "its 20th edition" (2025) against "started in 2004 ... held every August since": the 22nd. Only
    when the first year's sentence says the event is held every year, and no year is said to be
    missed ("cancelled", "skipped"; moving online is still an edition)."""
    if story_year is None:
        return
    firsts = [m for m in _FIRST_YEAR.finditer(text) if _EVERY_YEAR.search(text, *sentence_of(text, m.start()))]
    editions = {_edition_number(m.group("ord")) for m in _EDITION.finditer(text)}
    if len(firsts) != 1 or len(editions) != 1 or _SKIPPED.search(re.sub(r"rather\s+than\s+being\s+\w+", "", text)):
        return
    first, = firsts
    edition = editions.pop()
    expected = story_year - int(first.group("year")) + 1
    if edition == expected:
        return
    told = next(_EDITION.finditer(text))
    finding = pair_finding(claims, first.start(), told.start(), (
        f"'{first.group(0)}' vs '{told.group(0)}': the edition does not fit the years\n"
        f"held every year from {first.group('year')}, the {story_year} edition is the {_ordinal_word(expected)}, "
        f"not the {_ordinal_word(edition)}"))
    if finding is not None:
        yield finding


def _edition_number(written: str) -> int:
    lower = written.lower()
    return int(lower[:-2]) if lower[:1].isdigit() else ORDINALS[lower]
