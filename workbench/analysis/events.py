"""Event mentions: what happened, in what words, to whom, and when.

A mention is a trigger word that names an event — a verb ("resigned", "was arrested")
or a noun ("the resignation", "this message", "Saturday's crash") — with what a
finding needs to compare two of them:

- ``classes``: the kinds of event the trigger can name. Words of one class in
  ``data/event_classes.tsv`` share it (strike ~ walkout, fire ~ blaze); a verb and its
  nominalisation share their lemma (resigned ~ resignation, closed ~ closure) through
  lemminflect and the derivation suffixes in the lexicon; any other past-tense verb
  is its own class (``=confirm``), so a verb repeated about the same subject links.
- ``determiner`` and ``anaphoric``: a definite, demonstrative or possessive noun phrase
  ("the verdict", "this message", "its launch") refers back to an event named earlier;
  ``distinct`` marks words that name another one ("a second strike", "another fire",
  "the strike at a rival firm").
- ``future``/``negated``: "will meet on Friday" and "did not resign" are not the past
  event they resemble.
- ``participants``: the names in the trigger's sentence, so "Marsk resigned" links to
  "Helena Marsk resigned".
- ``time``: the one time expression that dates the trigger — of the claim's times,
  those each nearest to it (a time belongs to the nearest trigger in its clause), with
  no reporting verb or clause break between and no "since"/"until"/"by" before it.

Pronouns that stand for an event ("It happened on Saturday") are mentions of class
``*``: they take the class of the nearest event named before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from workbench.analysis.lexicon import (
    AUXILIARIES,
    BODY_INJURY_VERBS,
    BODY_PARTS,
    CAPTIVE_WORDS,
    CAUSED_TO_MARKERS,
    CUE_VERBS,
    DECIDED_THINGS,
    DEFINITE_DETERMINERS,
    DERIVATION_SUFFIXES,
    DISMISSING_VERBS,
    DISTINCT_EVENT_WORDS,
    EFFECT_EVENT_CLASSES,
    EVALUATIVE_ADJECTIVES,
    EVENT_CLASSES,
    EVENT_DETERMINERS,
    FINDING_VERBS,
    FUNCTION_WORDS,
    FUTURE_MARKERS,
    GENERAL_EVENT_NOUNS,
    HERALDING_VERBS,
    LIGHT_EVENT_VERBS,
    NAMED_EVENT_HEADS,
    NATIONALITY_ENDINGS,
    NEGATIONS,
    NON_DATING_PREPOSITIONS,
    NON_EVENT_NOUNS,
    NUMBER_WORDS,
    OCCURRENCE_VERBS,
    ONCE_EVENT_CLASSES,
    OPENING_HOURS_WORDS,
    OTHER_EVENT_WORDS,
    OTHER_STAGE_VERBS,
    PARTS_OF_DAY,
    PERSON_TITLES,
    PLURAL_EVENT_CLASSES,
    REJECTION_WORDS,
    ROLE_WORDS,
    START_PHRASES,
    START_VERBS,
    THING_CLASS_NOUNS,
    THING_NOUNS,
    TIME_UNIT_WORDS,
    all_lemmas,
)
from workbench.analysis.model import Claim, TimeExpression
from workbench.analysis.timex_lexicon import MONTHS, WEEKDAYS

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d,.:]*\d|\d|[;:,.!?()\"“”—–]")
# How far (characters) a time expression may sit from the trigger it dates.
TIME_REACH = 160
DEFINITE = DEFINITE_DETERMINERS | {"possessive"}
PRONOUN_EVENTS = frozenset({"it", "this", "that"})
_DETERMINERS = EVENT_DETERMINERS
_CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "(", ")"})
_EVENT_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
_CLASSES_OF: dict[str, set[str]] = {}
for _class, _words in EVENT_CLASSES.items():
    for _entry in _words:
        _first, *_rest = _entry.split()
        if _rest:
            _EVENT_PHRASES.setdefault(_first, []).append((tuple(_rest), _class))
        else:
            _CLASSES_OF.setdefault(_first, set()).add(_class)


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset[str]:
    """Lemmas of the cue verbs; computed on first use, since lemminflect loads its tables then."""
    return frozenset(lemma for cue in CUE_VERBS for lemma in word_lemmas(cue).get("VERB", ()))
_LISTED_WORDS = frozenset(word for words in EVENT_CLASSES.values() for word in words)


def _plural(lower: str) -> bool:
    nouns = word_lemmas(lower).get("NOUN", ())
    return bool(nouns) and lower not in nouns and lower.endswith("s")


_CUE_WORDS = frozenset(c for c in CUE_VERBS if " " not in c) | {"according"}
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | FUNCTION_WORDS


class Token(NamedTuple):  # a tuple: made for every word of every claim, and cheapest so
    text: str
    lower: str
    start: int
    end: int


@dataclass(slots=True)
class EventMention:
    """One trigger in one claim; ``start``/``end`` are body offsets of the trigger words."""

    classes: frozenset[str]
    lemma: str
    trigger: str
    start: int
    end: int
    claim_seq: int
    pos: str  # verb | noun | pronoun
    determiner: str = ""
    distinct: bool = False
    future: bool = False
    negated: bool = False
    participants: frozenset[str] = frozenset()
    proper_names: frozenset[str] = frozenset()
    complement: frozenset[str] = frozenset()
    premodifiers: frozenset[str] = frozenset()
    definite_subject: str = ""
    described_subject: str = ""  # "A former judge was sentenced": judge (named later, maybe)
    object_names: frozenset[str] = frozenset()
    new_object: bool = False
    restricted: bool = False
    starts: bool = False
    time: TimeExpression | None = None
    phrase_start: int = 0
    theme: str = ""  # the thing a verb acts on ("sent a letter" -> letter), as a noun lemma
    theme_definite: bool = False  # "the letter", "this message": a thing already introduced
    pronoun_subject: bool = False  # "She died on Tuesday": who did it is named in an earlier sentence
    told_by_clause: bool = False  # "The deal, announced in January": the time is the telling's, maybe before
    found_by_clause: bool = False  # "The break-in, discovered on Sunday": the time is the finding's, never before

    @property
    def anaphoric(self) -> bool:
        return self.pos == "pronoun" or (self.pos == "noun" and self.determiner in DEFINITE)

    @property
    def named_class(self) -> str:
        """The class to name in an explanation: "resignation", not "=resign"."""
        named = sorted(c for c in self.classes if not c.startswith("=") and c != "*")
        return named[0] if named else self.lemma


@dataclass(slots=True)
class ClaimEvents:
    claim: Claim
    tokens: list[Token]
    mentions: list[EventMention] = field(default_factory=list)


def tokenize(text: str, start: int, end: int) -> list[Token]:
    # tuple.__new__ itself, not Token(...): a named tuple's own __new__ is one more Python call a token
    new = tuple.__new__
    return [new(Token, (m.group(), m.group().lower(), m.start(), m.end())) for m in TOKEN.finditer(text, start, end)]


@lru_cache(maxsize=65536)
def word_lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas by part of speech ({"VERB": ("resign",), "ADJ": (...)})."""
    return all_lemmas(lower.replace("’", "'"))


@lru_cache(maxsize=65536)
def trigger_of(lower: str) -> tuple[frozenset[str], str, str] | None:
    """(classes, lemma, part of speech) when ``lower`` can name an event, else None."""
    if lower == "according" or (lower in _CUE_WORDS and not _in_table(lower)):
        return None  # "said", "according": the report, not the event reported
    if lower in GENERAL_EVENT_NOUNS:
        return frozenset({"*"}), lower, "noun"
    lemmas = word_lemmas(lower)
    if not lemmas:
        for stem in _regular_stems(lower):
            if stem in _CLASSES_OF:  # "capsized": a verb lemminflect does not know, inflected regularly
                return frozenset(_CLASSES_OF[stem] | {"=" + stem}), stem, "verb"
    verbs, nouns = lemmas.get("VERB", ()), lemmas.get("NOUN", ())
    if lower.endswith("ing") and lower in _CLASSES_OF and lower not in verbs:
        # a table noun that looks like a participle ("wedding", "bombing", "shelling"): a noun
        derived = derived_verb(lower) or (verbs[0] if verbs else lower)
        return frozenset(_CLASSES_OF[lower] | {"=" + derived}), derived, "noun"
    for lemma in (*verbs, *nouns, *lemmas.get("ADJ", ()), lower):
        if lemma in _CLASSES_OF:
            pos = "verb" if lemma in verbs and lower != lemma or not nouns else "noun"
            derived = derived_verb(lemma) or lemma
            return frozenset(_CLASSES_OF[lemma] | {"=" + derived}), derived, pos
    if nouns and not verbs and nouns[0] not in NON_EVENT_NOUNS:
        verb = derived_verb(nouns[0])
        if verb is not None:
            return frozenset(_CLASSES_OF.get(verb, set()) | {"=" + verb}), verb, "noun"
    if verbs and lower != verbs[0] and lower.endswith(("ed", "en", "t", "d", "k", "n", "g")) and not nouns:
        lemma = verbs[0]
        if lemma in _reporting_lemmas() or lemma in AUXILIARIES or lemma in LIGHT_EVENT_VERBS or lemma in ("be", "have"):
            return None
        return frozenset({"=" + lemma}), lemma, "verb"
    return None


def _regular_stems(lower: str) -> list[str]:
    """The lemmas a regular inflection may come from: capsized -> capsize, capsizing -> capsize."""
    stems = []
    for suffix in ("ing", "ed", "es", "d", "s"):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            stem = lower[: -len(suffix)]
            stems += [stem, stem + "e"]
            if len(stem) > 3 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "shredded" -> shred
    return stems


def _in_table(lower: str) -> bool:
    return any(lemma in _CLASSES_OF for lemmas in word_lemmas(lower).values() for lemma in lemmas)


@lru_cache(maxsize=65536)
def derived_verb(noun: str) -> str | None:
    """The verb a nominalisation comes from: resignation -> resign, closure -> close."""
    for suffix, endings in DERIVATION_SUFFIXES:
        if not noun.endswith(suffix) or len(noun) - len(suffix) < 3:
            continue
        stem = noun[: -len(suffix)]
        candidates = [stem + ending for ending in endings]
        if len(stem) > 3 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])  # cancellation -> cancel
        for verb in candidates:
            if verb in word_lemmas(verb).get("VERB", ()):
                return verb
    return None


_WORDS = re.compile(r"[a-z][a-z'’-]*")
_PRONOUN_EVENT = re.compile(
    r"\b(?:it|this|that)\s+(?:\w+\s+)?(?:happened|occurred|took|came|broke|began|started|ended|unfolded)\b",
    re.IGNORECASE,
)


def quick_event_classes(text: str) -> frozenset[str]:
    """The event classes a text's words may name, without building mentions: a cheap first look
    that tells which claims can refer to each other ("*" where a pronoun or a general noun may)."""
    classes: set[str] = set()
    for word in set(_WORDS.findall(text.lower())):
        if word in FUNCTION_WORDS:
            continue
        if word in GENERAL_EVENT_NOUNS:
            classes.add("*")
        found = trigger_of(word)
        if found is not None:
            classes |= found[0]
        for _, _, event_class in _phrases_starting(word):
            classes.add(event_class)
    if _PRONOUN_EVENT.search(text):
        classes.add("*")
    if "injury" not in classes and _BODY_INJURY.search(text):
        classes.add("injury")  # "broke her leg": a verb that is no trigger alone
    return frozenset(classes)


_BODY_INJURY = re.compile(r"\b(?:" + "|".join(sorted(BODY_INJURY_VERBS)) + r"|broke|broken|tore|torn)\w*\s+(?:\w+\s+){0,2}(?:"
                          + "|".join(sorted(BODY_PARTS)) + r")\b", re.IGNORECASE)


def claim_events(
    text: str, claim: Claim, known_names: frozenset[str] = frozenset(), *, bare: bool = False
) -> ClaimEvents:
    """The event mentions of one claim, each dated by the time expression nearest to it.

    ``bare``: each mention with its classes, part of speech, place and negation only (no
    participants, theme, determiner...): what the near-duplicate index's facts read, at half the cost."""
    tokens = tokenize(text, claim.start, claim.end)
    found = ClaimEvents(claim, tokens)
    names = None if bare else _names(tokens, known_names)
    index = 0
    while index < len(tokens):
        mention, width = _mention_at(tokens, index, claim.seq, names)
        if mention is not None:
            found.mentions.append(mention)
        index += width
    found.mentions = _without_occurrence_verbs(found.mentions, tokens)
    _date_mentions(text, found)
    found.mentions.extend(_announced_plans(text, found))
    return found


def _head_of_an_event_name(tokens: list[Token], i: int) -> bool:
    """ "The Cedar Flat Fire broke out": an event noun closing a capitalised name names that event
    ("Fire Brigade", "Strike Force", where a name word follows, are bodies, not events)."""
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return (tokens[i].lower in NAMED_EVENT_HEADS and tokens[i - 1].text[:1].isupper()
            and not following[:1].isupper())


def _without_occurrence_verbs(mentions: list[EventMention], tokens: list[Token]) -> list[EventMention]:
    """ "The landslide struck on Monday": "struck" says the landslide occurred; it is no strike of its own."""
    kept: list[EventMention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (previous is not None and mention.pos == "verb" and previous.pos == "noun" and mention.lemma in OCCURRENCE_VERBS
                and any(not c.startswith("=") for c in previous.classes)
                and _words_between(tokens, previous.end, mention.start) <= 1):
            continue
        kept.append(mention)
    return kept


def _words_between(tokens: list[Token], start: int, end: int) -> int:
    """Tokens between two offsets ("The blaze quickly spread": one), not counting a relative
    pronoun and its comma ("The quake, which struck on Monday": none)."""
    return sum(1 for token in tokens if start <= token.start and token.end <= end
               and token.lower not in (",", "which", "that"))


# "said yesterday it would close its plant": the saying is the announcement of the closure.
_WOULD_DO = re.compile(
    r"\s*,?\s*(?:that\s+)?(?:it|they|he|she|the\s+[a-z]+|[A-Z][\w-]+)\s+(?:would|will|was\s+to|is\s+to|planned\s+to|"
    r"plans\s+to|intends\s+to|intended\s+to)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")


def _announced_plans(text: str, found: ClaimEvents) -> list[EventMention]:
    """A dated saying of a plan ("said yesterday it would close its Amberlyn plant") is an
    announcement of the planned event, kept as a mention of the announcement class whose
    theme is the planned verb: it meets "announced the closure on October 3"."""
    made = []
    for time in found.claim.times:
        if not _follows_a_cue(text, time.start):
            continue
        plan = _WOULD_DO.match(text, time.end)
        if plan is None or trigger_of(plan.group("verb")) is None:
            continue
        cues = [m for m in re.finditer(r"[A-Za-z]+", text[found.claim.start:time.start]) if m.group(0).lower() in _CUE_WORDS]
        if not cues:
            continue
        start, end = found.claim.start + cues[-1].start(), found.claim.start + cues[-1].end()
        verb = plan.group("verb")
        made.append(EventMention(frozenset({"announcement"}), "announce", text[start:end], start, end,
                                 found.claim.seq, "verb", time=time,
                                 theme=word_lemmas(verb).get("VERB", (verb,))[0]))
    return made


def _mention_at(tokens: list[Token], i: int, seq: int, names: frozenset[str] | None) -> tuple[EventMention | None, int]:
    token = tokens[i]
    if not token.text[0].isalpha():
        return None, 1
    if token.lower in FUNCTION_WORDS:
        pronoun = _pronoun_event(tokens, i, seq) if token.lower in PRONOUN_EVENTS else None
        if pronoun is not None:
            return _decorate(pronoun, tokens, i, i, names), 1
        return None, 1
    if token.lower in OPENING_HOURS_WORDS and i > 0 and tokens[i - 1].lower in ("after", "before", "until", "till", "at") and (
            i + 1 == len(tokens) or tokens[i + 1].lower not in DEFINITE_DETERMINERS | {"a", "an", "its", "of"}):
        return None, 1  # "shortly after opening on Oct. 3": the shop's hours that day, not its opening
    if token.lower == "close" and i + 2 < len(tokens) and tokens[i + 1].lower == "to" and (
            tokens[i + 2].text[0].isdigit() or tokens[i + 2].lower in NUMBER_WORDS):
        return None, 1  # "close to two thousand people": a hedge on a number, not a closure
    if token.text[0].isupper() and i > 0 and tokens[i - 1].text not in ".\"“" and not _head_of_an_event_name(tokens, i):
        return None, 1  # a name ("Fire Brigade", "Strike Force"), not an event word
    phrase = _phrase_at(tokens, i)
    if phrase is not None:
        classes, lemma, width = phrase
        pos = "noun" if _determined(tokens, i) else "verb"  # "the return to work", "the walk-out"
        mention = EventMention(classes, lemma, " ".join(t.text for t in tokens[i:i + width]), token.start,
                               tokens[i + width - 1].end, seq, pos)
        return _decorate(mention, tokens, i, i + width - 1, names), width
    found = trigger_of(token.lower) or _body_injury(tokens, i)
    if found is None:
        return None, 1
    classes, lemma, pos = found
    if pos == "verb" and token.lower.endswith("s") and _plural_head_of_a_phrase(tokens, i):
        return None, 1  # "the new migration rules this week": a plural noun, not "rules" the verb
    if pos == "verb" and lemma == "bury" and not _passive_of_a_person(tokens, i):
        # "A landslide buried 14 houses", "11 houses had been buried": covered, once each, not a
        # burial ("Renn was buried")
        classes = frozenset({"burying", "=bury"})
    classes = _body_injury(tokens, i, (classes, lemma, pos))[0]
    if lemma == "release" and any(t.lower in CAPTIVE_WORDS for t in tokens[max(0, i - 4):i + 5]):
        classes = frozenset({"freeing", "=" + lemma})  # "released 14 hostages", "the prisoners were released"
    if pos == "verb" and lemma in ("pass", "adopt") and any(t.lower in DECIDED_THINGS for t in tokens[i + 1:i + 4]):
        classes = frozenset({"decision", "=" + lemma})  # "passed the bill at its final stage on 3 March"
    if pos == "verb" and lemma in DISMISSING_VERBS and _person_follows(tokens, i):
        classes = frozenset({"dismissal", "=" + lemma})  # "fired Tait", "axed its coach"
    if i > 0 and (tokens[i - 1].text[0].isdigit() or tokens[i - 1].lower in NUMBER_WORDS) and (
        "NOUN" in word_lemmas(token.lower)
    ):
        pos = "noun"  # "two new domain names", "14 flights": what is counted, not a verb
    if pos == "noun" and _modifies_next_noun(tokens, i):
        return None, 1  # "fire inspection", "strike fund": a compound's modifier
    if token.lower in THING_NOUNS and (pos == "noun" or _determined(tokens, i)):
        return None, 1  # "a sign at the exit", "bare hands": a thing, not a signing or a handover
    if pos == "noun" and _plural(token.lower) and token.lower not in _LISTED_WORDS and not _the_plural_of_one_event(
            tokens, i, classes):
        return None, 1  # "the fixtures", "meetings": a set of events, not one ("talks" is listed as such)
    if pos == "verb" and _determined(tokens, i):
        if token.lower.endswith(("ing", "ed")) and _modifies_next_word(tokens, i):
            return None, 1  # "the visiting delegation", "a moored dredger": an adjective
        pos = "noun"  # "the attack", "a strike"
        if _plural(token.lower) and token.lower not in _LISTED_WORDS and not _the_plural_of_one_event(tokens, i, classes):
            return None, 1
    mention = EventMention(classes, lemma, token.text, token.start, token.end, seq, pos)
    return _decorate(mention, tokens, i, i, names), 1


def _the_plural_of_one_event(tokens: list[Token], i: int, classes: frozenset[str]) -> bool:
    """ "Two men were arrested ... The arrests were made on Saturday": a definite plural of an event
    that happens once to each person names the one event told before, done to several."""
    return i > 0 and tokens[i - 1].lower in ("the", "these") and bool(classes & PLURAL_EVENT_CLASSES)


def _plural_head_of_a_phrase(tokens: list[Token], i: int) -> bool:
    """ "the new migration rules", "on street protests": a word in -s after a determiner or a
    preposition and one or two modifiers, with a function word or a stop after it, heads a noun phrase."""
    if i < 2 or i + 1 >= len(tokens) or tokens[i - 1].lower in FUNCTION_WORDS:
        return False
    # "the new migration rules", "a ban on street protests": a determiner or a preposition opens the phrase
    opener = next((k for k in range(i - 1, max(-1, i - 4), -1)
                   if tokens[k].lower in ("the", "its", "their", "these", "on", "of", "against", "about", "over")), None)
    if opener is None or any(not t.text.isalpha() or t.lower in FUNCTION_WORDS for t in tokens[opener + 1:i]):
        return False
    after = tokens[i + 1]
    return not after.text[:1].isalpha() or after.lower in FUNCTION_WORDS


def _person_follows(tokens: list[Token], i: int) -> bool:
    """The verb's object is a person: a capitalised name, or a role ("its coach", "the chief executive")."""
    following = tokens[i + 1:i + 4]
    if following and following[0].text[:1].isupper():
        return True
    return len(following) >= 2 and following[0].lower in ("its", "their", "his", "her", "the") and (
        following[1].lower in ROLE_WORDS or following[1].lower in PERSON_TITLES)


def _phrase_at(tokens: list[Token], i: int) -> tuple[frozenset[str], str, int] | None:
    for first, rest, _ in _phrases_starting(tokens[i].lower):
        width = _phrase_width(tokens, i, rest)
        if width:  # a phrase listed in two classes ("go to the polls": a vote, an election) has both
            classes = frozenset(c for f, r, c in _phrases_starting(tokens[i].lower) if f == first and r == rest)
            return classes, first, width
    return None


@lru_cache(maxsize=65536)
def _phrases_starting(lower: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    lemmas = {lower, *(lemma for ls in word_lemmas(lower).values() for lemma in ls)}
    return tuple((first, rest, event_class) for first in lemmas for rest, event_class in _EVENT_PHRASES.get(first, ()))


def _phrase_width(tokens: list[Token], i: int, rest: tuple[str, ...]) -> int:
    """Tokens a phrase spans: its words in order, up to four words between the verb and the
    rest ("found the former harbour master guilty", "admitted its first patients")."""
    following = [t.lower for t in tokens[i + 1:i + 6 + len(rest)]]
    if following[:len(rest)] == list(rest):
        after = tokens[i + 1 + len(rest)] if i + 1 + len(rest) < len(tokens) else None
        if rest[-1] in ("on", "in", "at") and after is not None and (after.text[0].isdigit() or after.lower in _DATE_WORDS):
            return 0  # "The law, passed on April 29": "on" opens a date, it is no particle of "pass on"
        return 1 + len(rest)
    if len(rest) == 1:
        common = 0
        for offset, token in enumerate(tokens[i + 1:i + 9]):
            word = token.lower
            if word == rest[0]:
                after = tokens[i + 2 + offset] if i + 2 + offset < len(tokens) else None
                if offset and after is not None and (after.text[0].isdigit() or after.lower in _DATE_WORDS):
                    return 0  # "pass sentence on December 3": "on" opens a date, it is no particle
                return 2 + offset
            if word[0].isdigit() or word in NUMBER_WORDS:
                continue  # "cut 650 jobs": a count inside the object
            if not word.isalpha() or (word in FUNCTION_WORDS and word not in _DETERMINERS):
                break  # "admitting patients in the first week": a preposition ends the verb's object
            if not token.text[0].isupper():
                common += 1  # a name in the object is free: "found former chief Ekko Varis guilty"
                if common == 5:
                    break
    return 0


_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_A_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _pronoun_event(tokens: list[Token], i: int, seq: int) -> EventMention | None:
    """ "It happened on Saturday": a pronoun subject of a light verb stands for an event."""
    if tokens[i].lower not in PRONOUN_EVENTS or (i > 0 and tokens[i - 1].text not in ",.;\"“"):
        return None
    for next_token in tokens[i + 1:i + 3]:
        lemmas = word_lemmas(next_token.lower).get("VERB", ())
        if any(lemma in LIGHT_EVENT_VERBS for lemma in lemmas) and next_token.lower not in ("begins", "starts"):
            return EventMention(frozenset({"*"}), "*", tokens[i].text, next_token.start, next_token.end, seq,
                                "pronoun", phrase_start=tokens[i].start)
    return None


def _decorate(
    mention: EventMention, tokens: list[Token], first: int, last: int, names: frozenset[str] | None
) -> EventMention:
    if names is None:  # a bare mention (claim_events(bare=True)): whether it is negated, nothing more
        mention.negated = _negated(mention, _clause_before(tokens, first))
        return mention
    before = [t.lower for t in tokens[max(0, first - 4):first]]
    if mention.pos == "noun":
        mention.determiner, mention.phrase_start = _determiner(tokens, first)
        mention.complement = _complement(tokens, last) | _premodifier_names(tokens, first)
        mention.premodifiers = _premodifier_words(tokens, first)
        mention.restricted = last + 1 < len(tokens) and tokens[last + 1].lower in ("that", "which", "who")
        near = before[-2:]
        mention.distinct = mention.determiner in ("a", "an", "another") or any(
            w in DISTINCT_EVENT_WORDS and w not in ("a", "an") for w in near
        ) or _restricted_by_new_entity(tokens, last)
    else:
        mention.phrase_start = mention.phrase_start or mention.start
        mention.distinct = _subject_names_another_event(tokens, first)
        mention.definite_subject = _definite_subject(tokens, first)
        mention.described_subject = _described_subject(tokens, first)
    clause = _clause_before(tokens, first)
    mention.future = any(w in FUTURE_MARKERS for w in clause[-4:]) or (
        mention.pos == "verb" and (clause[-1:] == ["to"] or not _past_form(tokens[first].lower, mention.lemma))
    )
    if mention.future and clause[-1:] == ["to"] and any(w in CAUSED_TO_MARKERS for w in clause[-6:-1]) and not any(
            w in FUTURE_MARKERS for w in clause[-8:]):
        mention.future = False  # "Snow forced the airport to cancel 23 flights": it did cancel them
    if mention.pos == "noun":
        after = [t.lower for t in tokens[last + 1:last + 3]]
        mention.future = mention.future or any(w in ("will", "would", "is", "are") and w in FUTURE_MARKERS
                                                for w in after[:1]) or after[:2] in (
            ["is", "due"], ["are", "due"], ["is", "expected"], ["are", "expected"], ["is", "scheduled"],
            ["are", "scheduled"], ["is", "set"], ["are", "set"])  # "The next hearing ... is expected on 6 January"
    mention.negated = _negated(mention, clause)
    mention.starts = _dates_a_start(tokens, first, last, mention)
    if mention.pos == "verb":
        mention.theme, mention.theme_definite = _theme(tokens, first, last)
        mention.pronoun_subject = _pronoun_subject(tokens, first)
        mention.object_names = _object_names(tokens, last)
        following = [t.lower for t in tokens[last + 1:last + 3] if not t.lower.endswith("ly")]
        mention.new_object = bool(following) and following[0] in ("a", "an", "another")
    elif last + 1 < len(tokens):
        # "the takeover of Brisk", "agreed to buy Pelm" (read as a noun): what was taken over or bought
        mention.object_names = _object_names(tokens, last + 1 if tokens[last + 1].lower == "of" else last)
    mention.participants = names
    mention.proper_names = frozenset(name for name in names if name in _capitalised_words(tokens))
    return mention


def _negated(mention: EventMention, clause: list[str]) -> bool:
    # "did not resign"; "MCI rejected a deal", "the board blocked the sale": turned away, it did not happen
    return any(w in NEGATIONS for w in clause[-3:]) or (
        mention.pos == "noun" and any(w in REJECTION_WORDS for w in clause[-3:]))


def _capitalised_words(tokens: list[Token]) -> set[str]:
    """Capitalised words of a claim, computed once per token list (every mention of a claim asks)."""
    key = id(tokens)
    cached = _CAPITALISED_CACHE.get(key)
    if cached is None or cached[0] is not tokens:
        cached = (tokens, {t.lower.removesuffix("'s").removesuffix("’s") for t in tokens if t.text[0].isupper()})
        _CAPITALISED_CACHE.clear()
        _CAPITALISED_CACHE[key] = cached
    return cached[1]


_CAPITALISED_CACHE: dict[int, tuple[list[Token], set[str]]] = {}


def _subject_heads(tokens: list[Token], i: int) -> frozenset[str]:
    """Common nouns just before a trigger, its likely subject: "The hospital admitted" -> hospital."""
    heads = set()
    for token in reversed(tokens[max(0, i - 3):i]):
        if not token.text.isalpha() or token.lower in _DETERMINERS:
            break
        if token.lower in FUNCTION_WORDS:
            continue
        lemmas = word_lemmas(token.lower)
        if "NOUN" in lemmas and "VERB" not in lemmas:
            heads.add(lemmas["NOUN"][0])
    return frozenset(heads)


_TIME_UNITS = TIME_UNIT_WORDS | frozenset(WEEKDAYS)


def _subject_names_another_event(tokens: list[Token], i: int) -> bool:
    """ "The last deadly earthquake in the district, in 1998, killed 27": the verb tells of another event."""
    for j in range(i - 1, max(-1, i - 12), -1):
        token = tokens[j]
        if token.text in ".;:" or token.lower in _CUE_WORDS:
            return False
        if token.lower in OTHER_EVENT_WORDS:
            following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
            return following not in _TIME_UNITS
    return False


def _definite_subject(tokens: list[Token], i: int) -> str:
    """ "The hospital admitted", "The outbreak was confirmed", "The prince, who landed": the noun a
    definite subject names."""
    j = i - 1
    while j >= 0 and (tokens[j].lower in AUXILIARIES or tokens[j].lower.endswith("ly")):
        j -= 1
    if j >= 2 and tokens[j].lower in ("who", "which", "that") and tokens[j - 1].text == ",":
        j -= 2  # "The prince, who landed ...": the relative clause's subject is the noun before it
    elif j >= 4 and tokens[j].text == ",":
        # "The couple, who met in 2019, tied the knot": the subject stands before the clause set off by commas
        opening = next((k for k in range(j - 1, max(0, j - 12), -1) if tokens[k].text == ","), None)
        if opening is not None and opening + 1 < j and tokens[opening + 1].lower in ("who", "which"):
            j = opening - 1
    if j < 1 or not tokens[j].text.isalpha():
        return ""
    # "The hospital", "The 200-bed hospital", "The new concert hall": up to two modifiers after "the"
    determiner = next((k for k in range(j - 1, max(-1, j - 4), -1)
                       if tokens[k].lower in ("the", "this", "that", "its")), None)
    if determiner is None or any(not (t.text[:1].isalnum()) or t.lower in FUNCTION_WORDS
                                 for t in tokens[determiner + 1:j]):
        return ""
    nouns = word_lemmas(tokens[j].lower).get("NOUN", ())
    return nouns[0] if nouns else ""


def _described_subject(tokens: list[Token], i: int) -> str:
    """ "A former judge was sentenced": the head noun of an indefinite subject, who a later
    sentence may name ("Judge Aron Pell, who was sentenced ...")."""
    j = i - 1
    while j >= 0 and (tokens[j].lower in AUXILIARIES or tokens[j].lower.endswith("ly")):
        j -= 1
    if j < 1 or not tokens[j].text.isalpha() or not tokens[j].text.islower():
        return ""
    opener = next((k for k in range(j - 1, max(-1, j - 4), -1) if tokens[k].lower in ("a", "an")), None)
    if opener is None or any(not t.text.isalpha() or t.lower in FUNCTION_WORDS for t in tokens[opener + 1:j]):
        return ""
    nouns = word_lemmas(tokens[j].lower).get("NOUN", ())
    return nouns[0] if nouns else ""


_NOT_PARTICIPANTS = _NOT_NAMES | _TIME_UNITS


def _past_form(lower: str, lemma: str) -> bool:
    """Whether a verb form can be past ("resigned", "quit", "met"), not present ("holds", "meets"):
    only a third-person present form is sure to be present; a bare form may be past ("cut")."""
    return not (lower != lemma and lower.endswith("s") and lower.removesuffix("es").removesuffix("s") in (
        lemma, lemma.removesuffix("e"), lemma.removesuffix("y")))


def _clause_before(tokens: list[Token], i: int) -> list[str]:
    words: list[str] = []
    for token in reversed(tokens[max(0, i - 6):i]):
        if token.text in _CLAUSE_BREAKS or token.text in ",.":
            break
        words.append(token.lower)
    return list(reversed(words))


def _determiner(tokens: list[Token], i: int) -> tuple[str, int]:
    """The determiner of the noun at ``i``, skipping up to two modifiers ("the deadly blaze") and
    the names among them ("A Times/CBS News poll")."""
    common = 0
    for back in range(1, 7):
        if i - back < 0:
            break
        token = tokens[i - back]
        if token.text[0].isupper() and token.lower not in _DETERMINERS and back < 6:
            if (token.lower in _DATE_WORDS) or token.lower.endswith(("'s", "’s")):
                pass  # a weekday, a month or an owner: read below
            else:
                continue  # a name inside the noun phrase
        elif token.text[0].isalpha() and token.lower not in _DETERMINERS and not token.lower.endswith(("'s", "’s")):
            common += 1
            if common > 2:
                break
        if token.lower.rstrip(".") in MONTHS and tokens[i - back + 1].text.isdigit() and i - back > 0 and (
                tokens[i - back - 1].lower == "the"):
            return "the", tokens[i - back - 1].start  # "the March 3 crash": the crash told before, dated here
        if (token.lower in _DATE_WORDS and token.text[0].isupper()) or _A_YEAR.fullmatch(token.text):
            return "named by date", token.start  # "the March survey", "the 2012 election": one of a series
        if token.lower in _DETERMINERS:
            return token.lower, token.start
        if token.lower.endswith(("'s", "’s")) or token.lower.endswith("s'"):
            owner = token.lower[:-2].rstrip("'’")
            if owner in _TIME_UNITS or owner in MONTHS or owner in ("yesterday", "today", "tomorrow"):
                return "dated", token.start  # "Sunday's final": dated by its own phrase, not a reference
            return "possessive", token.start
        if token.text.isdigit() and i - back > 0 and tokens[i - back - 1].lower.rstrip(".") in MONTHS:
            continue  # the day of "the March 3 crash"
        if not token.text[0].isalpha() or token.lower in FUNCTION_WORDS:
            break
    return "", tokens[i].start


def _determined(tokens: list[Token], i: int) -> bool:
    """A verb form with a determiner right before it is a noun: "the attack", "a strike", "its launch"."""
    if i == 0:
        return False
    previous = tokens[i - 1].lower
    if previous == "that":
        return False  # "a collision that killed four": a relative pronoun, not a determiner
    return previous in _DETERMINERS or previous.endswith(("'s", "’s"))


def _modifies_next_noun(tokens: list[Token], i: int) -> bool:
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if not nxt.text.isalpha() or nxt.text[0].isupper() or nxt.lower in FUNCTION_WORDS or nxt.lower in _NOT_NAMES:
        return False
    if nxt.lower in NUMBER_WORDS:
        return False
    lemmas = word_lemmas(nxt.lower)
    if "ADJ" in word_lemmas(tokens[i].lower) and "NOUN" in lemmas:
        return True  # "the final stages": an adjective before a noun
    return "NOUN" in lemmas and "VERB" not in lemmas and "ADJ" not in lemmas and "ADV" not in lemmas


def _dates_a_start(tokens: list[Token], first: int, last: int, mention: EventMention) -> bool:
    """ "The strike began", "the walkout, which started", "the fire broke out", "launched"."""
    if mention.lemma in START_VERBS or (mention.pos == "verb" and mention.lemma == "walk"):
        return True  # "launched", "walked out"
    if [t.lower for t in tokens[max(0, first - 2):first]] in (["went", "on"], ["go", "on"], ["gone", "on"],
                                                               ["going", "on"], ["goes", "on"]):
        return True  # "went on strike last month"
    before = [t.lower for t in tokens[max(0, first - 3):first]]
    if mention.pos == "noun" and any(any(lemma in START_VERBS for lemma in word_lemmas(w).get("VERB", ()))
                                     for w in before[-3:-1] if w not in FUNCTION_WORDS):
        return True  # "began a strike on Monday", "launched an inquiry"
    for token in tokens[last + 1:last + 5]:
        lemmas = word_lemmas(token.lower).get("VERB", ())
        if any(lemma in START_VERBS for lemma in lemmas) or (token.lower == "broke"):
            return True
        if token.text in ".;":
            break
    return _takes_effect(tokens, last)


def _takes_effect(tokens: list[Token], last: int) -> bool:
    """ "A truce between the two sides took effect", "the ban came into force": a start phrase
    after the noun, in its clause (a noun phrase may stand between)."""
    for at in range(last + 1, min(len(tokens), last + 9)):
        if tokens[at].text in ",.;":
            return False
        lemmas = word_lemmas(tokens[at].lower).get("VERB", ())
        for phrase in START_PHRASES:
            if phrase[0] in lemmas and [t.lower for t in tokens[at + 1:at + len(phrase)]] == list(phrase[1:]):
                return True
    return False


def _pronoun_subject(tokens: list[Token], first: int) -> bool:
    j = first - 1
    while j >= 0 and (tokens[j].lower in AUXILIARIES or tokens[j].lower.endswith("ly")):
        j -= 1
    # "it" too: "When it came ashore on Sunday" is the storm the sentence before named
    if j < 0 or tokens[j].lower not in ("he", "she", "it"):
        return False
    if tokens[j].lower == "it":
        k = j - 1 if j > 0 and tokens[j - 1].lower != "that" else j - 2
        if k >= 0 and tokens[k].lower in _CUE_WORDS:
            return False  # "The coroner's office said it had identified ...": the speaker, named here
    return True


_PLACE_PREPOSITIONS = frozenset("in at on into onto near across off over via outside inside".split())
_PASSIVE_AUXILIARIES = frozenset("was were been be is are being".split())


def _body_injury(tokens: list[Token], i: int, found: tuple[frozenset[str], str, str] | None = None
                 ) -> tuple[frozenset[str], str, str] | None:
    """ "broke her leg", "fractured his wrist", "tore a knee ligament": an injury, whatever the
    verb names otherwise (a verb form only; "broke" is not a trigger on its own)."""
    verbs = word_lemmas(tokens[i].lower).get("VERB", ())
    lemma = next((v for v in verbs if v in BODY_INJURY_VERBS), None)
    if lemma is None or not any(t.lower in BODY_PARTS for t in tokens[i + 1:i + 4]):
        return found
    return frozenset({"injury", "=" + lemma}), lemma, "verb"


def _passive_of_a_person(tokens: list[Token], i: int) -> bool:
    """ "Renn was buried": a passive whose subject is not a thing ("11 houses had been buried"
    under mud is covered, not laid to rest)."""
    if i == 0 or tokens[i - 1].lower not in _PASSIVE_AUXILIARIES:
        return False
    before = i - 1
    while before > 0 and tokens[before - 1].lower in AUXILIARIES | _PASSIVE_AUXILIARIES:
        before -= 1
    return not (before > 0 and tokens[before - 1].lower in THING_CLASS_NOUNS)
_THEME_PRONOUNS = frozenset({"it", "this", "that"})


def _theme(tokens: list[Token], first: int, last: int) -> tuple[str, bool]:
    """What the verb acts on, and whether it was introduced before: "handed the letter to X" ->
    (letter, True); passive "The report was released" -> (report, True); "when it was released"
    takes the noun "it" stands for earlier in the sentence."""
    back = first - 1
    while back >= 0 and tokens[back].lower.endswith("ly"):
        back -= 1
    if back >= 0 and tokens[back].lower in _PASSIVE_AUXILIARIES:
        subject = back - 1
        if subject >= 0 and tokens[subject].lower in _THEME_PRONOUNS:
            for index in range(subject - 1, -1, -1):
                if _is_noun(tokens[index]):
                    return _noun_phrase(tokens, index)
            return "", False
        for index in range(subject, max(-1, subject - 4), -1):
            if _is_noun(tokens[index]):
                return _noun_phrase(tokens, index)
        return "", False
    if back >= 2 and tokens[back].text == "," and tokens[first].lower.endswith("ed") and _is_noun(tokens[back - 1]) and (
            tokens[back - 2].lower in _DETERMINERS):
        return _noun_phrase(tokens, back - 1)  # "The law, passed on April 29": a reduced relative, passive
    index = _after_time_phrase(tokens, last + 1)  # "confirmed on Monday an outbreak": the time sits between
    limit = index + 4  # "passed the new data protection law"
    while index < len(tokens) and index <= limit:
        token = tokens[index]
        if not token.text[0].isalpha() or (token.lower in FUNCTION_WORDS and token.lower not in _DETERMINERS):
            return "", False
        if _is_noun(token) and not (index + 1 < len(tokens) and _is_noun(tokens[index + 1])):
            return _noun_phrase(tokens, index)
        index += 1
    return "", False


def _after_time_phrase(tokens: list[Token], index: int) -> int:
    """The position after a time adverbial that starts at ``index`` ("on Monday", "on March 3",
    "last week", "earlier this month", "yesterday"), or ``index`` itself when none starts there."""
    words = [t.lower for t in tokens[index:index + 4]]
    if not words:
        return index
    if words[0] in _DEICTIC_DAYS:
        return index + 1
    if words[0] == "on" and len(words) > 1 and (words[1] in WEEKDAYS or words[1] in MONTHS or words[1].isdigit()):
        end = 2
        while end < len(words) and end < 4 and (words[end].isdigit() or words[end] in MONTHS):
            end += 1  # "on March 3", "on 3 March"
        return index + end
    end = 0
    while end < len(words) and words[end] in _TIME_SHIFTERS:
        end += 1  # "earlier this", "last"
    if end and end < len(words) and (words[end] in TIME_UNIT_WORDS or words[end] in WEEKDAYS or words[end] in MONTHS):
        return index + end + 1
    return index


_DEICTIC_DAYS = frozenset("yesterday today tonight overnight".split())
_TIME_SHIFTERS = frozenset("last this next earlier later early late".split())


def _is_noun(token: Token) -> bool:
    if not (token.text.isalpha() and token.text.islower() and token.lower not in FUNCTION_WORDS):
        return False
    lemmas = word_lemmas(token.lower)
    # "armistice": an event noun of the table that lemminflect does not know is still a noun
    return "NOUN" in lemmas or (not lemmas and token.lower in _CLASSES_OF)


def _noun_phrase(tokens: list[Token], head: int) -> tuple[str, bool]:
    """(the head noun's lemma, whether its determiner makes it a thing already introduced)."""
    lemma = word_lemmas(tokens[head].lower).get("NOUN", (tokens[head].lower,))[0]
    for index in range(head - 1, max(-1, head - 4), -1):
        word = tokens[index].lower
        if word in DEFINITE_DETERMINERS:
            return lemma, True
        if word in _DETERMINERS or not tokens[index].text.isalpha():
            break
    return lemma, False


def _object_names(tokens: list[Token], last: int) -> frozenset[str]:
    """Names right after a verb, its object: "bought GeCAD Software", "quashed the sentences of X"."""
    names = set()
    if last + 1 < len(tokens) and tokens[last + 1].lower in _PLACE_PREPOSITIONS:
        return frozenset()  # "arrived in Oslo", "landed at Gardermoen": where, not what
    for token in tokens[last + 1:last + 5]:
        if not token.text[0].isalpha():
            break
        if token.text[0].isupper() and token.lower not in _NOT_NAMES:
            names.add(token.lower.removesuffix("'s").removesuffix("’s"))
        elif names:
            break
    return frozenset(names)


def _premodifier_words(tokens: list[Token], i: int) -> frozenset[str]:
    """Common words between a determiner and an event noun: "their home-town performance" -> home-town."""
    words = set()
    for token in reversed(tokens[max(0, i - 3):i]):
        if token.lower in _DETERMINERS or not token.text[0].isalpha() or token.text[0].isupper():
            break
        if token.lower.endswith(("'s", "’s")):
            break
        if token.lower not in FUNCTION_WORDS and token.lower not in EVALUATIVE_ADJECTIVES:
            words.add(token.lower)
    return frozenset(words)




def _premodifier_names(tokens: list[Token], i: int) -> frozenset[str]:
    """Names inside a description: "the Champions League tie", "Fortuyn's death" -> they must match."""
    names = set()
    for token in reversed(tokens[max(0, i - 4):i]):
        if token.lower in _DETERMINERS or not token.text[0].isalpha():
            break
        if token.text[0].isupper() and token.lower not in _NOT_NAMES:
            names.add(token.lower.removesuffix("'s").removesuffix("’s"))
        if token.lower.endswith(("'s", "’s")):
            break
    return frozenset(names)


def _complement(tokens: list[Token], last: int) -> frozenset[str]:
    """Content words of an "of" phrase after an event noun: "the announcement of its results" -> results."""
    following = tokens[last + 1:last + 6]
    if not following or following[0].lower not in ("of", "on", "against", "with", "at", "by", "for"):
        return frozenset()
    words = set()
    for token in following[1:]:
        if not token.text.isalpha():
            break
        if token.lower in FUNCTION_WORDS:
            continue
        if token.lower in _NOT_PARTICIPANTS:
            break  # "the launch on March 5": a date, not a restricting phrase
        lemmas = word_lemmas(token.lower).get("NOUN", ())
        words.add(lemmas[0] if lemmas else token.lower)
    return frozenset(words)


def _modifies_next_word(tokens: list[Token], i: int) -> bool:
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.text.isalpha() and nxt.lower not in FUNCTION_WORDS and nxt.lower not in _NOT_NAMES


def _restricted_by_new_entity(tokens: list[Token], last: int) -> bool:
    """ "the strike at a rival firm": a modifier that brings in another entity names another event."""
    following = [t.lower for t in tokens[last + 1:last + 4]]
    return len(following) >= 2 and following[0] in ("at", "in", "of", "on", "by") and following[1] in ("a", "an",
                                                                                                       "another")


def nationality_adjective(word: str, following: str) -> bool:
    """A capitalised word with a nationality ending before a lower-case noun: "Japanese car maker",
    "Iraqi officials", "French rival" (but "Rosneft bought", "Nissan Motor")."""
    if not word[:1].isupper() or not word.lower().endswith(NATIONALITY_ENDINGS):
        return False
    if not following.isalpha() or not following.islower() or following in FUNCTION_WORDS:
        return False
    lemmas = word_lemmas(following)
    return "NOUN" in lemmas or "ADJ" in lemmas


def _names(tokens: list[Token], known_names: frozenset[str] = frozenset()) -> frozenset[str]:
    """Who and what the claim is about: its capitalised names and its common nouns (lemmas),
    so "Marsk resigned" meets "Helena Marsk resigned" and "The outbreak was confirmed"
    meets "confirmed an outbreak"."""
    names = set()
    for i, token in enumerate(tokens):
        if token.text.islower() and token.text.isalpha() and token.lower not in _NOT_PARTICIPANTS and len(token.text) > 3:
            lemmas = word_lemmas(token.lower)
            if "NOUN" in lemmas and (("VERB" not in lemmas and "ADJ" not in lemmas) or _noun_by_position(tokens, i)):
                names.add(lemmas["NOUN"][0])
            continue
        if token.text[0].isupper() and token.lower not in _NOT_NAMES and len(token.text) > 1:
            if all(part in NUMBER_WORDS for part in token.lower.split("-")):
                continue  # "Twenty-three homes ...": a number opening a sentence names nothing
            opens = i == 0 or tokens[i - 1].text in ".\"“"
            titled = i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()  # "Prince Aldo", "Judge Amy Cole"
            if opens and word_lemmas(token.lower) and token.lower not in known_names and not titled:
                continue  # "Roughly", "Investigators": a common word capitalised to open the sentence
            if nationality_adjective(token.text, tokens[i + 1].text if i + 1 < len(tokens) else ""):
                continue  # "Japanese car maker", "a French rival": describes, names nobody
            names.add(token.lower.removesuffix("'s").removesuffix("’s"))
    return frozenset(names)


def _noun_by_position(tokens: list[Token], i: int) -> bool:
    """A word that is also a verb ("bridge", "port") is a noun as the head of a phrase opened by
    a determiner ("the bridge"), a name ("the Marlow Street bridge") or a modifier ("swimming
    baths") when a verb, a function word or a stop follows."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    opened = before.lower in ("the", "a", "an", "this", "that", "its", "their") or (
        before.text[:1].isupper() and i > 1 and tokens[i - 2].text[:1].isupper()) or (
        before.text.isalpha() and before.text.islower() and before.lower not in FUNCTION_WORDS)  # "swimming baths"
    return opened and (not after.text[:1].isalpha() or after.lower in FUNCTION_WORDS
                       or bool(word_lemmas(after.lower).get("VERB")))  # "the port fell", "the port of Aru"


def _date_mentions(text: str, found: ClaimEvents) -> None:
    """Give each time expression to the nearest trigger in its clause; each trigger keeps its nearest."""
    if not found.claim.times or not found.mentions:
        return
    best: dict[int, tuple[int, TimeExpression]] = {}
    for time in found.claim.times:
        if re.match(r" [A-Z][a-z]", text[time.end:time.end + 3]) and time.text.istitle():
            continue  # "the Sunday Times": a weekday inside a name
        if _inside_quotation(text, found.claim.start, time.start) and not _self_anchored(time):
            continue  # "today" in a quotation is the day the speaker spoke, not the publication day
        before = text[max(0, time.start - 12):time.start].split()
        possessive = text[time.end:time.end + 2] in ("'s", "’s")
        since = bool(before) and before[-1].lower() == "since"
        if since:
            _date_a_state_since(text, found, time)  # "in custody since May 9": the detention began then
            continue
        scheduled = len(before) > 1 and before[-1].lower() == "for" and before[-2].lower() in (
            "set", "scheduled", "slated", "planned", "fixed", "timetabled", "penciled", "pencilled", "earmarked") and not (
            _SUPERSEDED_PLAN.search(text, max(0, time.start - 40), time.start))  # "originally set for January 20"
        if before and before[-1].lower().strip(",") in NON_DATING_PREPOSITIONS and not possessive and not scheduled:
            continue  # "after Sunday" dates nothing; "after Sunday's win" still dates the win ("set for" does)
        if _closes_a_range(text, found.claim.times, time):
            continue  # "between January 2004 and July 2009": a window, like its first end
        if _follows_a_cue(text, time.start):
            continue  # "said early Friday that 80 people were killed": Friday dates the saying
        noun_after = _NOUN_AFTER.match(text, time.end)
        if noun_after and not possessive and _A_DAY_OF_A_MONTH.search(time.text) and _ATTRIBUTIVE_TIME.search(
                text, max(0, time.start - 8), time.start):
            # "a Jan. 29 notice", "the March 3 crash": the day dates the noun it stands before, and nothing else
            candidates = [(0, i) for i, m in enumerate(found.mentions) if m.start == noun_after.start("noun")]
        elif possessive:
            target = _possessed_by_time(found, time)
            candidates = [(0, target)] if target is not None else []
        else:
            candidates = []
            for index, mention in enumerate(found.mentions):
                gap = _gap(mention, time)
                if gap is None or gap > TIME_REACH:
                    continue
                if index > 0 and found.mentions[index - 1].pos == "noun" and _OF_COMPLEMENT.fullmatch(
                        text[found.mentions[index - 1].end:mention.start]):
                    continue  # "The breakdown of the talks on Wednesday": the time dates the breakdown
                counted_from = _COUNTED_FROM_NOUN.search(text, max(0, mention.phrase_start - 30), mention.phrase_start)
                if mention.pos == "noun" and (
                        (counted_from and "," in text[mention.end:time.start]
                         and not _RELATIVE_DATING.fullmatch(text[mention.end:time.start]))
                        or _acted_on_by_a_stage(text, _tokens_before(found, mention))):
                    continue  # "The day after the announcement, on Tuesday"; "brought a blaze under control"
                following = found.mentions[index + 1] if index + 1 < len(found.mentions) else None
                if mention.pos == "noun" and following is not None and _OF_COMPLEMENT.fullmatch(
                        text[mention.end:following.start]):
                    gap = min(gap, _gap(following, time) or gap)  # the head is as near as its complement
                if mention.pos == "noun" and _COMMEMORATED.search(text, max(0, mention.start - 40), mention.start):
                    continue  # "marks the 50th anniversary of its opening this week": the opening is long past
                if mention.pos != "verb" and _describes(text, mention, time) and not _another_event_between(
                        found.mentions, mention, time):
                    gap = 0  # "The walkout, which started on Thursday": the clause dates the noun
                elif _separated(text, *_gap_span(mention, time)):
                    continue
                elif mention.pos == "verb" and time.end <= mention.start and _PERFECT_BETWEEN.fullmatch(
                        text[time.end:mention.start]):
                    continue  # "struck by a lorry on Saturday has died": a present perfect takes no past day
                elif time.end <= mention.start and "," in text[time.end:mention.start]:
                    gap += 60  # "an explosion on Friday morning, killing two": the time belongs before the comma
                elif time.end <= mention.start and mention.trigger.lower().endswith("ing") and not text[
                        time.end:mention.start].strip():
                    gap += 60  # "sent a letter last month warning of ...": a participle after the time
                elif time.end <= mention.start and mention.pos == "verb":
                    gap += 15  # "The sacking of X two weeks ago followed ...": a time before a verb ends its subject
                if mention.pos == "noun" and all(c.startswith("=") for c in mention.classes):
                    gap += 25  # a noun outside the event table ("the delegation") dates less readily than a verb
                candidates.append((gap, index))
        if not candidates:
            continue
        gap, index = min(candidates)
        if index not in best or gap < best[index][0]:
            best[index] = (gap, time)
    for index, (_, time) in best.items():
        if not _dates_a_stage(text, time):
            mention = found.mentions[index]
            mention.time = time
            mention.told_by_clause = mention.pos == "noun" and _describes(text, mention, time) and any(
                other.pos == "verb" and other.lemma in HERALDING_VERBS and mention.end <= other.start <= time.start
                for other in found.mentions)
    _verbs_take_their_objects_time(text, found.mentions)
    _subjects_take_their_verbs_time(text, found.mentions)


# A day written between a determiner and a noun: "a Jan. 29 notice", "the 16 June clash" (a year
# before a noun, "the 2023 election", names one of a series: read as such elsewhere).
_A_DAY_OF_A_MONTH = re.compile(r"\d{1,2}\b.*[A-Za-z]|[A-Za-z].*\b\d{1,2}(?:st|nd|rd|th)?$")
_ATTRIBUTIVE_TIME = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?P<noun>(?!(?:and|or|to|in|on|at|of|for|by|with|from|after|before|when|as|is|was|were|are|the|a|an)\b)[a-z][a-z-]{2,})\b")


def _verbs_take_their_objects_time(text: str, mentions: list[EventMention]) -> None:
    """ "announced the closure of its plant on Tuesday": a time after a verb's object dates the
    verb; the object, an event of another kind, happens when it happens (later, for a closure
    announced). An object of the verb's own kind or of no listed kind keeps the time too."""
    for verb, noun in zip(mentions, mentions[1:]):
        if verb.pos != "verb" or noun.pos != "noun" or verb.time is not None or noun.time is None:
            continue
        head = noun.trigger.lower()
        if noun.time.start < noun.end or verb.theme not in (head, *word_lemmas(head).get("NOUN", ())):
            continue
        words = text[verb.end:noun.start].split()
        # "signed a border treaty on October 28": a determiner, then at most two lowercase modifiers
        if len(words) > 3 or not words or words[0].lower() not in (*_DETERMINERS, "its", "their", "his", "her") or not all(
                w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in words[1:]):
            if words:
                continue
        verb.time, verb.future = noun.time, verb.future or noun.future
        named = {c for c in verb.classes if not c.startswith("=")}
        if named and not named & noun.classes:
            noun.time = None


def _closes_a_range(text: str, times: list[TimeExpression], time: TimeExpression) -> bool:
    """The second end of "between X and Y" / "from X to Y"."""
    for first in times:
        if first.end <= time.start and text[first.end:time.start].strip().lower() in ("and", "to", "until", "-", "–"):
            opener = text[max(0, first.start - 10):first.start].split()
            return bool(opener) and opener[-1].lower() in ("between", "from")
    return False


_STAGE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:straight\s+|consecutive\s+|successive\s+)?(?:day|night|week|month|year)\b",
    re.IGNORECASE,
)


def _dates_a_stage(text: str, time: TimeExpression) -> bool:
    """ "on strike for a third day on Wednesday": the time dates a day of a lasting event, not its start;
    "the second day of the trial, which began on May 1" dates the start again."""
    before = text[max(0, time.start - 40):time.start]
    stage = None
    for stage in _STAGE.finditer(before):
        pass
    if stage is not None and not _BEGAN_CLAUSE.search(before, stage.end()):
        return True
    return _STAGE.match(text[time.end:time.end + 40].lstrip(", ")) is not None


_BEGAN_CLAUSE = re.compile(r",\s*(?:which|that)\s+(?:began|started|opened|got\s+under\s+way)\s+(?:on|in)?\s*$")


# "three days after the floods, which struck on May 30": a relative clause dates the noun counted from.
_RELATIVE_DATING = re.compile(r",\s*(?:which|that)\s+(?:[a-z]+\s+){1,3}(?:on|in)?\s*")
_COUNTED_FROM_NOUN = re.compile(r"\b(?:day|days|week|weeks|hours?|months?|years?)\s+(?:after|before|since)\s+$",
                                re.IGNORECASE)
# Verbs that act on an event under way ("brought a blaze under control", "fought the fire"): the
# time of the clause dates that action, not the event's start.
_STAGE_ACTIONS = frozenset({"extinguish", "contain", "tackle", "fight", "battle", "douse", "control", "bring", "put"})


def _tokens_before(found: ClaimEvents, mention: EventMention) -> list[Token]:
    return [t for t in found.tokens if t.end <= mention.phrase_start][-3:]


def _acted_on_by_a_stage(text: str, before: list[Token]) -> bool:
    for token in before:
        lemmas = word_lemmas(token.lower).get("VERB", ())
        if any(lemma in _STAGE_ACTIONS or lemma in OTHER_STAGE_VERBS for lemma in lemmas):
            return True
    return False


_OF_COMPLEMENT = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?", re.IGNORECASE)
_SUPERSEDED_PLAN = re.compile(r"\b(?:originally|initially|first|previously|had\s+been|once)\b", re.IGNORECASE)
_PERFECT_BETWEEN = re.compile(r"\s*,?\s*(?:has|have)\s+(?:now\s+|since\s+|also\s+)?", re.IGNORECASE)


def _date_a_state_since(text: str, found: ClaimEvents, time: TimeExpression) -> None:
    """ "has been in custody since May 9", "has been closed since Monday": the state an event of one
    time began ("detained", "closed") runs since that day, so the day dates the event. Only the
    nearest mention right before "since" in its clause, and only once-only events."""
    before = [m for m in found.mentions if m.end <= time.start and m.time is None and m.classes & ONCE_EVENT_CLASSES]
    if not before:
        return
    mention = before[-1]
    between = text[mention.end:time.start]
    if len(between.split()) > 3 or any(mark in between for mark in ",;"):
        return
    if _FIRST_OF_ITS_KIND.search(text, max(0, mention.start - 40), mention.start):
        return  # "the first free election since 1990", "the worst flood since 1953": the year dates an earlier one
    mention.time = time


# An ordinal or superlative before an event noun: with "since" it compares with an earlier event.
_FIRST_OF_ITS_KIND = re.compile(r"\b(?:first|only|last|[a-z]{2,}est)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def _describes(text: str, mention: EventMention, time: TimeExpression) -> bool:
    """A relative or participle clause right after an event noun that holds the time:
    "the blaze, which started on Friday night", "The arrest, carried out on October 16",
    "The collapse, which happened shortly after 10pm on Wednesday"."""
    if time.start < mention.end:
        return False
    gap = text[mention.end:time.start]
    return _DESCRIBING_CLAUSE.match(gap) is not None


_COMMEMORATED = re.compile(r"\b(?:anniversary|anniversaries|centenary|centennial|jubilee|commemoration|memory|"
                           r"memorial)\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?$", re.IGNORECASE)


def _another_event_between(mentions: list[EventMention], noun: EventMention, time: TimeExpression) -> bool:
    """ "The agreement, officially signed by 175 countries last month": the clause's own event (a
    signing) takes the time; the agreement was made at another."""
    return any(
        other.pos == "verb" and noun.end <= other.start and other.end <= time.start
        and (other.classes & ONCE_EVENT_CLASSES or other.lemma in OTHER_STAGE_VERBS) and not other.classes & noun.classes
        for other in mentions)  # "The verdict, delivered in March": delivering is how a verdict happens


_DESCRIBING_CLAUSE = re.compile(
    r"^(?:\s+of\s+(?:the\s+)?[A-Za-z-]+(?:\s+[A-Z][\w-]+){0,2})?,\s*(?:which|that|who)?\s*(?:(?:[a-z]+|\d[\d:.]*\s?(?:[ap]\.?m\.?)?)\s+){0,6}(?:on|in|at|during|of)?\s*$"
)


def _subjects_take_their_verbs_time(text: str, mentions: list[EventMention]) -> None:
    """Share a date along a clause: "this message reached 40,000 numbers on Thursday" (subject),
    "delivered this message" (object), "delivered ... during a meeting on Wednesday" (the
    occasion dates what happened during it)."""
    for index, noun in enumerate(mentions):
        if noun.pos != "noun" or noun.time is not None or all(c.startswith("=") for c in noun.classes):
            continue
        verb = next((m for m in mentions[index + 1:] if m.pos == "verb"), None)
        between = text[noun.end:verb.start] if verb is not None else ""
        if verb is not None and verb.time is not None and verb.lemma in START_VERBS and (
                not between.strip() or _PHRASE_AFTER_A_NOUN.fullmatch(between)):
            # "The trial of X on assault charges opened on Tuesday", "The jazz festival opened on Friday"
            noun.time, noun.starts = verb.time, True
    for first, second in zip(mentions, mentions[1:]):
        between = text[first.end:second.start]
        if first.time is None and second.time is not None and _DURING.fullmatch(between):
            first.time = second.time
    for _ in range(2):
        for first, second in zip(mentions, mentions[1:]):
            pair = [first, second]
            nouns = [m for m in pair if m.pos == "noun"]
            verbs = [m for m in pair if m.pos == "verb"]
            if len(nouns) != 1 or len(verbs) != 1:
                continue
            noun, verb = nouns[0], verbs[0]
            if noun.time is not None or verb.time is None:
                continue
            if verb.lemma in FINDING_VERBS and first is noun and _DESCRIBING_CLAUSE.match(text[noun.end:verb.start] + " "):
                # "The break-in, discovered by a cleaner on Sunday": it happened on that day or before
                noun.time, noun.found_by_clause = verb.time, True
                continue
            if verb.lemma in HERALDING_VERBS and first is noun and all(
                    w.lower() in AUXILIARIES for w in text[noun.end:verb.start].split()):
                # "The byelection was called Feb. 5": the calling's day, on or before the vote's
                noun.time, noun.told_by_clause = verb.time, True
                continue
            if verb.lemma in _STAGE_ACTIONS or verb.lemma in OTHER_STAGE_VERBS:
                continue  # "brought a blaze under control last Tuesday": the time is the controlling's
            between = text[first.end:second.start]
            if first is noun and _OF_COMPLEMENT_THEN_AUXILIARY.fullmatch(between):
                between = between[between.rfind(" ", 0, len(between.rstrip())) + 1:]  # "The summit of X leaders was held"
            words = between.split()
            allowed = AUXILIARIES if first is noun else _DETERMINERS
            if first is noun and _PARTICLE.match(text, verb.end):
                continue  # "that decision was thrown out last April": another act upon the decision
            if len(words) <= 2 and all(w.lower() in allowed or w.endswith("ly") for w in words) and (
                noun.classes & verb.classes or all(c.startswith("=") or c in EFFECT_EVENT_CLASSES for c in verb.classes)
            ):  # "The agreement was announced on Monday" dates the announcement, not the agreement
                noun.time = verb.time
                noun.future = noun.future or verb.future


_PHRASE_AFTER_A_NOUN = re.compile(r"\s+(?:of|on|against|into|over|for)\s+[^,;.!?()]{1,60}?\s+(?:(?:has|have|had)\s+)?")
_OF_COMPLEMENT_THEN_AUXILIARY = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Za-z-]+\s+){1,3}(?:was|were|is|are)\s+", re.IGNORECASE)
_PARTICLE = re.compile(r"\s+(?:out|off|up|down|back|over|aside|away)\b")
_DURING = re.compile(r"\s+(?:\w+\s+){0,5}?(?:during|at the scene of|at|in the course of|on the sidelines of|in(?=\s+(?:a|an|the)\s))"
                     r"\s+(?:\w+\s+){0,2}(?:(?:\d{1,2}\s+\w+|\w+\.?\s+\d{1,2})\s+)?",  # "at the 10 March meeting"
                     re.IGNORECASE)


def _follows_a_cue(text: str, start: int) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, start - 25):start])][-3:]
    while words and words[-1] in ("on", "early", "late", "last", "this"):
        words.pop()
    return bool(words) and words[-1] in _CUE_WORDS and not _in_table(words[-1])  # "announced on Monday" is an event


def _inside_quotation(text: str, start: int, offset: int) -> bool:
    before = text[start:offset]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def _self_anchored(time: TimeExpression) -> bool:
    """ "on 3 May 2019", "in 2003": a date that names its own year means the same in any mouth."""
    return bool(re.search(r"\b\d{4}\b", time.text))


def _possessed_by_time(found: ClaimEvents, time: TimeExpression) -> int | None:
    """ "Saturday's crash": the event noun right after a possessive time."""
    for index, mention in enumerate(found.mentions):
        if 0 <= mention.start - time.end <= 30:
            return index
    return None


def _gap(mention: EventMention, time: TimeExpression) -> int | None:
    if time.end <= mention.start:
        return mention.start - time.end
    if time.start >= mention.end:
        return time.start - mention.end
    return None


def _gap_span(mention: EventMention, time: TimeExpression) -> tuple[int, int]:
    return (time.end, mention.start) if time.end <= mention.start else (mention.end, time.start)


_REPORTING_WORD = re.compile(
    r"\b(?:" + "|".join(sorted({re.escape(c) for c in CUE_VERBS if " " not in c}, key=len, reverse=True))
    + r"|according)\b",
    re.IGNORECASE,
)


_NEW_CLAUSE = re.compile(
    r",\s*(?:[a-z]+\s+){0,2}(?:who|whom|which|where|when|while|but|after|before|although|though|as|and)\b"
    r"|^\s+(?:as(?!\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z-]+\s+){0,2}?(?:head|chief|chair|" + "|".join(sorted(ROLE_WORDS))
    + r")\b)|while|because|although|though)\s"  # "evacuated on August 2 as the wildfire spread" (not "resigned as head of")
    r"|\band\s+(?:has|have|had|was|were|is|are|then|later)\b"
    r"|\b(?:will|would|could|should|can|may|might|must)\b"
    r"|\b(?:likely|unlikely|expected|due|set|poised|going|about)\s+to\b"  # "The race is likely to end in June"
)
_INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b(?:\s+([a-z]+))?")


def _only_a_verb(word: str, following: str = "") -> bool:
    """A base-form verb after "to": "to discuss", or "to call a debate" (a verb that is also a noun,
    known as a verb by the determiner after it)."""
    lemmas = word_lemmas(word)
    if "VERB" not in lemmas or word not in lemmas["VERB"]:
        return False
    return "NOUN" not in lemmas or following in EVENT_DETERMINERS
# Between a time and a trigger after it: the trigger sits in another phrase ("on Monday after talks").
# "struck shortly before dawn on Monday": a part of the day after "before" is the event's own time.
_LEADS_ELSEWHERE = re.compile(
    r"\b(?:after|before|following|amid|despite|over|because|than|ahead|prior|until|since|till)\b"
    r"(?!\s+(?:" + "|".join(sorted(PARTS_OF_DAY)) + r")\b)"
    # "issued a notice in mid-January about the layoffs": the layoffs are the notice's topic
    r"|\b(?:about|regarding|concerning)\s+(?:the|its|their|his|her|a|an|any|those|these)\b")


def _separated(text: str, start: int, end: int) -> bool:
    """A clause break, a new clause or a reporting verb between an event and a time: the time dates
    something else ("arrested at the protest, all of whom would appear in court on Monday")."""
    gap = text[start:end]
    if any(mark in gap for mark in (";", ". ", "—", "–", "(", ")", ": ", " - ")):
        return True
    if _NEW_CLAUSE.search(gap):
        return True
    if _LEADS_ELSEWHERE.search(gap):
        return True
    if any(_only_a_verb(m.group(1), m.group(2) or "") for m in _INFINITIVE.finditer(gap)):
        return True  # "a meeting on Monday to discuss the pact": the pact is not dated by the meeting
    return _REPORTING_WORD.search(gap) is not None


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)\b(?!['’]s\b)")


def _owned_by_a_pronoun(mention: EventMention) -> bool:
    return mention.pos == "noun" and mention.determiner in ("his", "her")


class ArticleEvents:
    """Each claim's event mentions, found the first time a rule asks: most claims have no
    time and no number, and only the few near a referring phrase are read without one."""

    def __init__(self, text: str, claims: list[Claim]) -> None:
        self._text = text
        self.claims = sorted(claims, key=lambda c: (c.start, c.seq))
        self._found: dict[int, ClaimEvents] = {}
        # Words the article capitalises inside a sentence ("Edda Lorn") are names when they open one too.
        self._known_names = frozenset(m.group(1).lower() for m in _MID_SENTENCE_CAPITAL.finditer(text))

    def __len__(self) -> int:
        return len(self.claims)

    def __getitem__(self, index: int | slice):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.claims)))]
        if index not in self._found:
            found = claim_events(self._text, self.claims[index], self._known_names)
            # "He died on Sunday", "his funeral on Saturday": who is named in an earlier sentence
            if any(m.pronoun_subject or _owned_by_a_pronoun(m) for m in found.mentions):
                person = self._last_person_named(index)
                for mention in found.mentions:
                    if mention.pronoun_subject or _owned_by_a_pronoun(mention):
                        mention.proper_names = mention.proper_names | person
            self._found[index] = found
        return self._found[index]

    def _last_person_named(self, index: int) -> frozenset[str]:
        """The names of the nearest earlier claim (of the three before) that names someone or
        something: who "he" or "she" is, what "it" is."""
        for back in range(index - 1, max(-1, index - 4), -1):
            claim = self.claims[back]
            tokens = tokenize(self._text, claim.start, claim.end)
            names = _names(tokens, self._known_names) & _capitalised_words(tokens)
            if names:
                return frozenset(names)
        return frozenset()

    def tokens_only(self, index: int) -> ClaimEvents:
        """The claim's tokens without its mentions, for rules that look at words before events
        (what a number counts); the mentions themselves are built when ``self[index]`` asks."""
        if index in self._found:
            return self._found[index]
        claim = self.claims[index]
        return ClaimEvents(claim, tokenize(self._text, claim.start, claim.end))

    def __iter__(self):
        return (self[i] for i in range(len(self.claims)))

    def of_seq(self, seq: int) -> ClaimEvents:
        return next(self[i] for i, claim in enumerate(self.claims) if claim.seq == seq)
