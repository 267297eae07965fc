"""Event words, and the phrases that refer back to an event named earlier.

An event group gathers the nouns and verbs that name one kind of event
(conveyed/delivered a message, "this message"). A definite or demonstrative
phrase on a group's noun ("this message", "the walkout") refers back to the
nearest earlier claim that names an event of that group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.analysis.patterns import word_alternation

# group: (nouns, verbs). A word may belong to several groups ("struck").
EVENT_GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "message": (("message", "messages", "warning"), ("conveyed", "convey", "conveys", "delivered", "deliver",
                                                      "delivers", "relayed", "sent", "passed")),
    "agreement": (("agreement", "deal", "accord", "pact", "treaty"), ("agreed", "agree", "agrees", "reached",
                                                                      "struck", "clinched")),
    "announcement": (("announcement", "statement", "declaration"), ("announced", "announce", "announces",
                                                                   "declared")),
    "strike": (("strike", "walkout", "stoppage"), ("walked", "struck", "striking")),
    "fire": (("fire", "blaze"), ("burned", "burnt", "broke")),
    "meeting": (("meeting", "talks", "summit"), ("met", "meet", "meets")),
    "attack": (("attack", "bombing", "blast", "explosion", "raid", "assault"), ("attacked", "bombed", "exploded",
                                                                               "raided", "struck")),
    "start": (("offensive", "campaign", "launch"), ("began", "begun", "started", "launched")),
    "visit": (("visit", "trip"), ("visited",)),
    "vote": (("vote", "election", "referendum", "ballot"), ("voted",)),
    "arrest": (("arrest", "arrests", "detention"), ("arrested", "detained")),
    "resignation": (("resignation",), ("resigned", "quit")),
    "rise": (("rise", "increase", "jump"), ("rose", "risen", "increased", "jumped")),
    "fall": (("fall", "drop", "decline"), ("fell", "fallen", "dropped", "declined")),
    "crash": (("crash", "collision"), ("crashed", "collided")),
    "ruling": (("ruling", "verdict", "decision"), ("ruled", "decided")),
}

NOUN_GROUPS: dict[str, set[str]] = {}
VERB_GROUPS: dict[str, set[str]] = {}
for _group, (_nouns, _verbs) in EVENT_GROUPS.items():
    for _noun in _nouns:
        NOUN_GROUPS.setdefault(_noun, set()).add(_group)
    for _verb in _verbs:
        VERB_GROUPS.setdefault(_verb, set()).add(_group)

# Verbs that place an event in time without being another event ("the fire broke out on Monday").
LIGHT_VERBS = frozenset(
    "happened occurred took came held began started ended broke made issued reached delivered was were".split()
)
# Verbs that introduce a second event: a time next to them dates the reporting, not the event.
REPORTING_VERBS = frozenset(
    "said says told reported announced confirmed denied according added stated disclosed revealed".split()
)
_IRREGULAR_VERBS = frozenset(
    "said told met began took made went came gave left held won lost rose fell saw got sent put struck broke "
    "signed denied confirmed".split()
)
_AUXILIARIES = frozenset("was were is are be been being has have had will would did does".split())

# "the third meeting", "the next strike" name another event; "that an increase" is a clause.
_NOT_REFERRING_ADJECTIVES = frozenset(
    "a an the its his her their our my your any no some first second third fourth fifth next last previous new "
    "another latest final earlier later other same".split()
) | _AUXILIARIES
# "ahead of the meeting", "after the strike": the clause dates another event relative to it.
_RELATIVE_TO = re.compile(r"(?:ahead\s+of|before|after|since|until|following|prior\s+to|during)\s*$", re.IGNORECASE)
# Verbs after which "that" opens a clause rather than pointing back.
_CLAUSE_VERBS = frozenset(
    "said says say told predict predicts predicted warned warn warns believe believes believed think thinks "
    "thought expect expects expected hope hopes hoped claimed claims argued argue noted added suggest suggests "
    "suggested show shows showed found feared fear fears insisted insist stressed ensure ensured means meant "
    "so such now".split()
)


def _opens_another_event(text: str, start: int, lower_bound: int) -> bool:
    before = text[max(lower_bound, start - 20):start]
    if _RELATIVE_TO.search(before):
        return True
    if text[start:start + 4].lower() == "that":
        words = before.split()
        return bool(words) and words[-1].lower().strip(",") in _CLAUSE_VERBS
    return False


ANAPHOR = re.compile(
    r"\b(?P<det>[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]he)\s+(?:(?P<adjective>[a-z]+)\s+)?(?P<noun>"
    + word_alternation(NOUN_GROUPS)
    + r")\b"
)
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# The groups of every event word, and one pattern that finds just those words: faster
# than looking up every WORD token of a claim. The lookarounds give a WORD token's ends,
# except that a quote or hyphen before the word may belong to it ("x'fire"): _starts_word.
EVENT_WORD_GROUPS: dict[str, tuple[str, ...]] = {
    word: tuple(NOUN_GROUPS.get(word, set()) | VERB_GROUPS.get(word, set())) for word in {*NOUN_GROUPS, *VERB_GROUPS}
}
_EVENT_WORD = re.compile(
    r"(?<![A-Za-z])" + word_alternation(EVENT_WORD_GROUPS) + r"(?![A-Za-z'-])", re.IGNORECASE | re.ASCII
)


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event word in the body: ``start`` is a body offset; ``phrase`` the words as written."""

    group: str
    start: int
    end: int
    phrase: str
    anaphoric: bool
    determiner: str = ""


def event_mentions(text: str, start: int, end: int) -> list[EventMention]:
    """Event words in ``text[start:end]``: anaphoric noun phrases first found, then plain words."""
    mentions: list[EventMention] = []
    taken: list[tuple[int, int]] = []
    for m in ANAPHOR.finditer(text, start, end):
        if m.group("adjective") in _NOT_REFERRING_ADJECTIVES or _opens_another_event(text, m.start(), start):
            continue
        for group in NOUN_GROUPS[m.group("noun")]:
            mentions.append(EventMention(group, m.start(), m.end(), m.group(0), True, m.group("det").lower()))
        taken.append((m.start("noun"), m.end("noun")))
    span = text[start:end]  # a copy, so that the lookbehind cannot see a word cut at ``start``
    for w in _EVENT_WORD.finditer(span):
        position = start + w.start()
        if not _starts_word(span, w.start()) or any(a <= position < b for a, b in taken):
            continue
        for group in EVENT_WORD_GROUPS[w.group(0).lower()]:
            mentions.append(EventMention(group, position, start + w.end(), w.group(0), False))
    return mentions


def _starts_word(span: str, position: int) -> bool:
    """Whether a WORD token starts at ``position``: quotes and hyphens join one only after a letter."""
    before = position - 1
    while before >= 0 and span[before] in "'-":
        before -= 1
    return before < 0 or not span[before].isascii() or not span[before].isalpha()


def governing_verb(text: str, mention: EventMention, lower_bound: int, upper_bound: int) -> str | None:
    """The verb an anaphoric phrase is object of (just before it) or subject of (just after)."""
    before = [w.group(0).lower() for w in WORD.finditer(text, max(lower_bound, mention.start - 40), mention.start)]
    for word in reversed(before[-3:]):
        if _looks_like_verb(word):
            return word
    after = [w.group(0).lower() for w in WORD.finditer(text, mention.end, min(upper_bound, mention.end + 50))]
    for word in after[:4]:
        if word in _AUXILIARIES:
            continue
        if _looks_like_verb(word):
            return word
        break
    return None


def _looks_like_verb(word: str) -> bool:
    return word in _IRREGULAR_VERBS or word in VERB_GROUPS or word in LIGHT_VERBS or (
        len(word) > 4 and word.endswith("ed")
    )
