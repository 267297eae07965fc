"""Check-worthiness: how much a claim is worth an editor's time, with the reasons.

A small table of named rules, each a pattern with a weight; the score is their sum,
squashed to 0..100, and every rule that fired is a reason the editor can read. What makes
a claim worth checking: numbers and statistics, comparisons and changes, named and unnamed
sources, dates, hedges, and above all a finding (two claims that cannot both be true).
What makes it less so: opinions, predictions and promises, questions, very short sentences.

Pure: text and what the analysis already knows in, (score, reasons) out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Rule:
    """Fires when the claim has one of ``words`` (whole words, any case), one of ``phrases``
    (inside the lowercased text) or matches ``pattern``; ``name`` is the reason shown."""

    name: str
    weight: float
    words: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None

    def fires(self, text: str, lowered: str, words: set[str]) -> bool:
        return (
            not self.words.isdisjoint(words)
            or any(phrase in lowered for phrase in self.phrases)
            or (self.pattern is not None and self.pattern.search(text) is not None)
        )


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


RULES: tuple[Rule, ...] = (
    Rule("a figure", 1.4, pattern=re.compile(r"\d")),
    Rule("a number in words", 0.8, _set(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
        "hundreds thousand thousands million millions billion billions trillion dozen half quarter third twice "
        "double triple")),
    Rule("a percentage or rate", 1.0, _set("percent percentage rate rates"), ("%", "per cent")),
    Rule("money", 0.8, _set("dollar dollars pound pounds euro euros budget deficit debt tax taxes spending"),
         ("$", "£", "€", "¥")),
    Rule("a comparison or change", 0.9, _set(
        "fewer higher lower highest lowest largest biggest smallest record doubled tripled halved increase "
        "increased decrease decreased rose risen fell fallen cut grew grown compared since most least only every "
        "never first last"), ("more than", "less than", "times as", "up from", "down from")),
    Rule("a date or period", 0.6, _set(
        "january february march april june july august september october november december monday tuesday "
        "wednesday thursday friday saturday sunday"),
        ("last year", "this year", "next year", "last month", "last week", "decade", "years ago", "months ago"),
        re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")),
    Rule("a hedge (reportedly, allegedly)", 0.6, _set("reportedly allegedly apparently supposedly claim claimed"),
         ("is said to", "are said to", "according to")),
    Rule("an official body or law", 0.5, _set(
        "government administration congress senate parliament ministry minister president law bill act court "
        "police army military company firm report study survey data figures statistics")),
    Rule("an opinion", -1.1, _set(
        "should ought must great wonderful terrible wrong important proud hope wish best worst believe deserve "
        "fair unfair"), ("i think", "i feel", "in my view", "in my opinion", "need to", "right thing")),
    Rule("a prediction or promise", -0.9, _set(
        "will would gonna plan intend promise could might may expect expects expected forecast"), ("going to",)),
    Rule("a question", -1.2, pattern=re.compile(r"\?\s*$")),
    Rule("first-person rhetoric", -0.6, pattern=re.compile(r"^\s*(?:I|We|Let me|Let's|Let us)\b")),
    Rule("addresses the listener", -0.5, _set("you your")),
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
BIAS = -0.9
FINDING_WEIGHT = 2.5
NAMED_SOURCE_WEIGHT = 0.5
UNNAMED_SOURCE_WEIGHT = 0.7
SHORT_WORDS = 7
SHORT_WEIGHT = -1.0


def check_worthiness(
    text: str, attribution: dict[str, Any] | None = None, has_finding: bool = False
) -> tuple[int, list[str]]:
    """(score 0..100, reasons best first): how much checking ``text`` is worth."""
    lowered = text.lower()
    words = set(_WORD.findall(lowered))
    fired = [(rule.weight, rule.name) for rule in RULES if rule.fires(text, lowered, words)]
    if attribution and attribution.get("source"):
        if attribution.get("anonymous") or attribution.get("source_type") == "anonymous":
            fired.append((UNNAMED_SOURCE_WEIGHT, "an unnamed source"))
        else:
            fired.append((NAMED_SOURCE_WEIGHT, "a named source"))
    if has_finding:
        fired.append((FINDING_WEIGHT, "a finding: another claim disagrees"))
    if len(text.split()) < SHORT_WORDS:
        fired.append((SHORT_WEIGHT, "very short"))
    total = BIAS + sum(weight for weight, _ in fired)
    score = round(100 / (1 + math.exp(-total)))
    reasons = [("+ " if weight > 0 else "- ") + name for weight, name in sorted(fired, key=lambda f: -abs(f[0]))]
    return score, reasons
