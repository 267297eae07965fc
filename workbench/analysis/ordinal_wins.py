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
from workbench.analysis.lexicon import FUNCTION_WORDS
from workbench.analysis.model import Claim, Finding
from workbench.analysis.timex_lexicon import MONTHS, ORDINALS, WEEKDAYS

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
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")


def ordinal_against_the_listed_wins(text: str, claims: list[Claim], story_year: int | None) -> Iterator[Finding]:
    if story_year is None or not _YEAR.search(text):
        return
    for counted in _COUNTED_WIN.finditer(text):
        ordinal = ORDINALS[(counted.group("ord") or counted.group("ord2")).lower()]
        start, end = sentence_of(text, counted.start())
        names = _names(text[start:end])
        for history in _history_sentences(text, (start, end)):
            lo, hi = history
            sentence = text[lo:hi]
            if not _HISTORY_CUE.search(sentence) or not names & _names(sentence) or not re.search(
                    r"\b(?:won|win|wins|titles?|crowns?|champions?|trophy|victory|victories)\b", sentence, re.IGNORECASE):
                continue
            years = sorted({int(y) for y in _YEAR.findall(sentence)})
            if len(years) < 2 or any(y >= story_year for y in years):
                continue
            if ordinal == len(years) + 1:
                break  # the count fits this history
            finding = pair_finding(claims, counted.start(), lo, (
                f"'{counted.group(0)}' vs '{sentence.strip()[:90]}': the count does not fit the earlier wins\n"
                f"{len(years)} earlier wins ({', '.join(map(str, years))}) make this the "
                f"{_ordinal_word(len(years) + 1)}, not the {_ordinal_word(ordinal)}"))
            if finding is not None:
                yield finding
            return


def _history_sentences(text: str, own: tuple[int, int]) -> Iterator[tuple[int, int]]:
    at = 0
    while at < len(text):
        start, end = sentence_of(text, at)
        if (start, end) != own and _YEAR.search(text, start, end):
            yield start, end
        at = max(end + 1, at + 1)


def _names(sentence: str) -> set[str]:
    return {n for n in _NAME.findall(sentence)
            if n.lower() not in FUNCTION_WORDS and n.lower() not in WEEKDAYS and n.lower() not in MONTHS}


def _ordinal_word(n: int) -> str:
    return next((word for word, value in ORDINALS.items() if value == n and word.isalpha()), f"{n}th")
