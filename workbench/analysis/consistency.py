"""Findings inside one article: claims about one event whose dates or numbers cannot both be true.

The event model (``events.py``) gives each claim its event mentions, each dated by
the time expression attached to it; ``quantities.py`` gives its quantities. Then:

- ``temporal_conflict``: a mention links back to an earlier mention of the same event —
  a definite, demonstrative or possessive description ("the verdict", "this message",
  "its launch"), a pronoun ("It happened on Saturday"), or the same predicate with a
  shared participant ("Marsk resigned" ... "Helena Marsk resigned") — and the two dates
  cannot overlap. The antecedent is the nearest earlier mention of a compatible class
  that carries a date (undated mentions are skipped). Without a publication date the
  two expressions are compared under every possible publication day: "on Monday" and
  "two weeks ago" never meet, "on Monday" and "yesterday" may.
- ``numeric_conflict``: two counts of one kind of thing in one event ("arrested 34
  people" / "43 people had been arrested"), or two amounts paid in one deal, whose
  intervals under their modifiers ("at least 12", "about 1,200", "nearly 600") cannot
  overlap; values that change over time or count a subset are left alone. Also the
  arithmetic an article invites: parts that must add up to a stated total ("of the
  2,300 ... 1,900 ... the remaining 600"), a percentage change against the two levels
  it joins, an age against a birth year.

Every explanation starts with a one-line headline an editor reads at a glance, then
the derivation on the following lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from workbench.analysis import (
    arithmetic,
    breakdowns,
    changes,
    clocked_descriptions,
    date_offsets,
    durations,
    group_shares,
    ordinal_wins,
    parts_lists,
    premiums,
    priced_totals,
    race_margins,
    rates,
    referring_counts,
    restated_figures,
    results_restated,
)
from workbench.analysis.events import (
    ArticleEvents,
    EventMention,
    derived_verb,
    quick_event_classes,
    trigger_of,
    word_lemmas,
)
from workbench.analysis.lexicon import (
    ACTS_ON_THE_NOUN_BEFORE,
    BODY_PARTS,
    CURRENCY_WORDS,
    EVENT_ORDER,
    FALLING_CHANGE_WORDS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    JOURNEY_NOUNS,
    KINSHIP_WORDS,
    LASTING_EVENT_CLASSES,
    MEASURE_UNITS,
    NAMED_ANNIVERSARIES,
    NON_DATING_PREPOSITIONS,
    NOUN_PHRASE_ENDS,
    NUMBER_WORDS,
    NUMBER_WORD_ALTERNATION,
    ONCE_EVENT_CLASSES,
    PAIR_WORDS,
    PARTS_OF_DAY,
    PEOPLE_OF_AN_EVENT,
    PEOPLE_WORDS,
    PERCENT_WORDS,
    REDUCTION_VERBS,
    RELATIVE_PERSON_WORDS,
    ROLE_WORDS,
    SCALE_WORDS,
    SPAN_PARTICIPLES,
    SPAN_STATES,
    VICTIM_AT_LEAST,
)
from workbench.analysis.model import Claim, Finding, PublishedWindow, TimeExpression
from workbench.analysis.quantities import (
    COUNTABLE,
    Quantity,
    find_quantities,
    normalised_figures,
    noun_class,
    noun_classes,
    quantity_classes,
    same_counted_thing,
    singular,
)
from workbench.analysis.temporal import Resolution, resolve_time
from workbench.analysis.timex_lexicon import (
    MONTH_ALTERNATION,
    CLOCK,
    MONTH_NAMES,
    MONTHS,
    ORDINALS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    clock_minutes,
)

# Two values further apart than this factor are two quantities, not two reports of one; two named
# sources may disagree far more ("police said 2,000 joined the march, organisers said 20,000").
NUMERIC_MAGNITUDE = 2.5
SOURCES_MAGNITUDE = 20.0
# How many claims back a mention may look for the event it refers to; a definite description
# ("The landslide, which hit on Sunday night, ...") often closes a long story and looks further.
ANTECEDENT_REACH = 8
DESCRIPTION_REACH = 16
# Publication days tried when an article has no date: a leap year and the next.
_NOMINAL_DAYS = [date(2000, 1, 1) + timedelta(days=i) for i in range(0, 731, 1)]
_PREPOSITIONS = ("on", "in", "during", "at", "of", "last", "this")


@dataclass(slots=True)
class _Article:
    text: str
    events: ArticleEvents
    window: PublishedWindow | None
    published: date | None


def find_conflicts(
    text: str, claims: list[Claim], window: PublishedWindow | None, published: date | None = None,
    events: ArticleEvents | None = None,
) -> list[Finding]:
    # figures in one form ("48 000" as 48,000, "US$540" as $540); offsets are unchanged
    article = _Article(normalised_figures(text), events or ArticleEvents(text, claims), window, published)
    findings: dict[tuple[str, int, int], Finding] = {}
    for finding in [*_temporal_conflicts(article), *_clock_only_clashes(article), *_numeric_conflicts(article),
                    *_arithmetic_conflicts(article)]:
        key = (finding.kind, finding.claim_seq, finding.other_claim_seq or finding.claim_seq)
        findings.setdefault(key, finding)
    return list(findings.values())


# ----------------------------------------------------------------------------- temporal


def _temporal_conflicts(article: _Article) -> list[Finding]:
    findings = []
    claims = article.events.claims
    # Classes and lemmas ("=pass"): a repeated verb links through its theme ("passed the statute" / "The
    # statute, passed on ..."); the model decides, this only skips claims with no partner.
    kinds = {i: frozenset(quick_event_classes(c.text))
             for i, c in enumerate(claims) if c.times}
    for index, claim in enumerate(claims):
        if index not in kinds:
            continue  # only a dated claim can contradict another's date
        if "*" not in kinds[index] and not any(
            kinds[index] & kinds[back] for back in range(max(0, index - DESCRIPTION_REACH), index) if back in kinds
        ):
            continue  # no dated claim before it names an event of its kinds: no mention to build
        later = article.events[index]
        for mention in later.mentions:
            if mention.time is None or mention.distinct or mention.negated:
                continue
            if "*" in mention.classes and _object_of_a_verb(article, later, mention):
                continue  # "Price, who won the event last year": the event is the contest won, not a happening
            if _future(article, mention) and not (mention.anaphoric and not _RESCHEDULED.search(claim.text)):
                continue  # plans and forecasts move; only what happened has one date, or a plan named twice
            antecedent = _antecedent(article, index, mention)
            if antecedent is None:
                continue
            finding = _date_clash(article, antecedent, mention)
            if finding is not None:
                findings.append(finding)
                break
    return findings


def _object_of_a_verb(article: _Article, claim_events, mention: EventMention) -> bool:
    """Whether a general event noun ("the event", "it") stands right after a verb mention as its object."""
    return any(other.pos == "verb" and other.end <= mention.start
               and re.fullmatch(r"\s+(?:the|this|that|its|their)?\s*", article.text[other.end:mention.start])
               for other in claim_events.mentions)


# Words that say a plan moved: its two dates are then an update, not a contradiction.
_RESCHEDULED = re.compile(r"\b(?:postpone\w*|delay\w*|reschedul\w*|moved|brought forward|pushed back|put back|now|instead|"
                          r"originally|initially|was due|had been due|was scheduled|had been scheduled)\b", re.IGNORECASE)


def _clock_only_clashes(article: _Article) -> list[Finding]:
    """ "lifted off at 06:12 on Wednesday" ... "The launch, at 07:45, was delayed": a description
    timed only by a clock refers back to the dated event, and the two clocks must agree."""
    findings = []
    text = article.text
    for index, claim in enumerate(article.events.claims):
        if index == 0 or "at " not in claim.text:
            continue
        for mention in article.events[index].mentions:
            if mention.pos != "noun" or mention.determiner not in ("the", "this", "that") or mention.time is not None:
                continue
            own = _CLOCK_AFTER_NOUN.match(text, mention.end)
            if own is None:
                continue
            clock = next((c for c in CLOCK.finditer(text, own.start(), own.end())), None)
            read = clock_minutes(clock) if clock is not None else None
            antecedent = _antecedent(article, index, mention) if read is not None else None
            if antecedent is None or antecedent.time is None:
                continue
            theirs = _clock_near(text, antecedent.time)
            if theirs is None:
                continue
            (minutes_a, written_a, about_a), (minutes_b, about_b) = theirs, read
            if abs(minutes_a - minutes_b) <= (90 if about_a or about_b else 30):
                continue
            written_b = clock.group(0).strip()
            findings.append(Finding("temporal_conflict", antecedent.claim_seq, mention.claim_seq, (
                f"'{written_a}' vs '{written_b}': both time the {antecedent.named_class}\n"
                f"{minutes_a // 60:02d}:{minutes_a % 60:02d} and {minutes_b // 60:02d}:{minutes_b % 60:02d} are "
                f"{abs(minutes_a - minutes_b)} minutes apart\n{_link_words(text, antecedent, mention)} "
                f"(claims {antecedent.claim_seq} and {mention.claim_seq})")))
            break
    return findings


# "The launch, at 07:45, ...", "the landing at 9.30am": a clock right after a description.
_CLOCK_AFTER_NOUN = re.compile(r"\s*,?\s*(?:at|shortly after|just after|around|about)\s+[^,.;]{1,12}")


def _antecedent(article: _Article, index: int, mention: EventMention) -> EventMention | None:
    """The nearest earlier dated mention of the same event, or None."""
    claim = article.events[index].claim
    classes = mention.classes
    if mention.pos == "pronoun":
        classes = _pronoun_classes(article, index, mention)
        if not classes:
            return None
    elif "*" in classes:
        if mention.determiner not in ("the", "this", "that") or mention.restricted:
            return None  # "this year's event", "the event that took place on ...": not the story's event
        lead = _lead_event(article, index)
        if lead is None or not mention.complement <= lead.participants:
            return None  # "the World Junior Tennis event" names its own event, not the story's
        if mention.premodifiers and not mention.premodifiers <= _claim_words(lead):
            return None  # "a get-out-the-vote event Monday" is a rally, not the primary it came before
        return lead
    reach = DESCRIPTION_REACH if mention.pos == "noun" and mention.determiner in ("the", "this", "that") else ANTECEDENT_REACH
    for back in range(index - 1, max(-1, index - reach - 1), -1):
        if not article.events.claims[back].times:
            continue  # an undated claim cannot date the event
        earlier = article.events[back]
        if earlier.claim.end > claim.start:
            continue  # nested or overlapping claims are parts of one sentence
        for candidate in reversed(earlier.mentions):
            if not (candidate.classes & classes) or candidate.pos == "pronoun":
                continue
            if _future(article, candidate) != _future(article, mention) or candidate.negated:
                continue
            if candidate.time is None:
                continue  # undated: look further back for the mention that dates the event
            if candidate.determiner == "named by date":
                continue  # "the 2012 election", "the March survey": one of a series, named by its date
            if candidate.distinct and not mention.anaphoric:
                continue
            if mention.anaphoric and _another_named_instance(article, candidate, mention, classes):
                continue  # "the blaze" is the story's Cedar Flat Fire, not "the Miller Fire" told as a comparison
            if _same_event(candidate, mention, article):
                return candidate
    return None


# A named instance of an event: "the Cedar Flat Fire", "Storm Edda", "the Miller Fire".
_NAMED_INSTANCE = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?P<head>[A-Z][a-z]+)\b|\b(?P<head2>Storm|Hurricane|Typhoon|Cyclone)\s+[A-Z][a-z]+")


def _another_named_instance(article: _Article, candidate: EventMention, mention: EventMention,
                            classes: frozenset[str]) -> bool:
    """Whether the candidate's claim names an instance of the event ("the Miller Fire") other than the
    first one the article names ("The Cedar Flat Fire broke out ..."): an unnamed description refers
    to the story's own, and a second named one is told beside it as another."""
    named = [m for m in _NAMED_INSTANCE.finditer(article.text)
             if quick_event_classes((m.group("head") or m.group("head2")).lower()) & classes]
    names = list(dict.fromkeys(" ".join(m.group(0).split()[-3:]).lower() for m in named))
    if len(names) < 2 or any(set(name.split()) & mention.proper_names for name in names):
        return False  # the description names an instance itself
    claim = article.events.of_seq(candidate.claim_seq).claim
    in_claim = {" ".join(m.group(0).split()[-3:]).lower() for m in named if claim.start <= m.start() < claim.end}
    return bool(in_claim) and names[0] not in in_claim


def _future(article: _Article, mention: EventMention) -> bool:
    """Said to be yet to come, or dated after publication ("at the Grammys next month")."""
    return mention.future or (mention.time is not None and _after_publication(article, mention.time))


def _claim_nouns(article: _Article, mention: EventMention) -> set[str]:
    text = article.events.of_seq(mention.claim_seq).claim.text
    return {singular(word.lower()) for word in re.findall(r"[A-Za-z]{3,}", text)}


def _claim_words(mention: EventMention) -> set[str]:
    return set(mention.participants) | {mention.trigger.lower()} | set(mention.premodifiers)


def _lead_event(article: _Article, index: int) -> EventMention | None:
    """ "The incident" names the story's main event: the first dated event of the lead (one the
    event table names, else the lead's first dated verb: "The central bank raised its rate earlier
    this week ... The decision, announced on ...")."""
    fallback = None
    for position in range(min(2, index)):
        if not article.events.claims[position].times:
            continue
        lead = article.events[position]
        for candidate in lead.mentions:
            if candidate.time is None or candidate.pos == "pronoun" or "*" in candidate.classes:
                continue
            if _future(article, candidate) or candidate.negated:
                continue
            if any(not c.startswith("=") for c in candidate.classes):
                return candidate
            if fallback is None and candidate.pos == "verb" and position == 0:
                fallback = candidate
    return fallback


def _pronoun_classes(article: _Article, index: int, mention: EventMention) -> frozenset[str]:
    """ "It happened on Saturday": the classes of the nearest event named before the pronoun."""
    for earlier in reversed(article.events[max(0, index - 3):index]):
        named = [candidate for candidate in earlier.mentions if not candidate.negated  # "No one was hurt. It happened ..."
                 and candidate.pos != "pronoun" and any(not c.startswith("=") for c in candidate.classes)]
        # "A gas explosion destroyed ..., killing three. It happened ...": the event the sentence is
        # about is its dated noun (the explosion), not a participle added after it
        dated_nouns = [candidate for candidate in named if candidate.pos == "noun" and candidate.time is not None]
        chosen = dated_nouns[0] if dated_nouns else named[-1] if named else None
        if chosen is not None:
            return frozenset(c for c in chosen.classes if not c.startswith("="))
    return frozenset()


def _same_event(earlier: EventMention, later: EventMention, article: _Article | None = None) -> bool:
    """A referring phrase, or one event that happens once to the same named participants.

    "the announcement of its results" refers back only to an announcement about results;
    "Marsk resigned last month" is the resignation of "Helena Marsk resigned on Tuesday",
    but "BT announced ... in May" and "in December BT announced" are two announcements."""
    if article is not None and _other_numbered_thing(article, earlier, later):
        return False  # "opened its 100th store" / "Its 99th store, which opened in June": two stores
    kin = earlier.proper_names & later.proper_names
    if article is not None and kin and _other_person(article, earlier, later, kin):
        return False  # "She died on 11 January" / "until his death in 2020": Eleanor and Frank Voss
    shared_lasting = earlier.classes & later.classes & LASTING_EVENT_CLASSES
    if shared_lasting and not (earlier.starts and later.starts):
        return False  # a strike on its third day and a strike that began on Monday: both true
    if later.anaphoric:
        if later.premodifiers and not later.premodifiers <= _claim_words(earlier):
            return False  # "their home-town performance" is not "their Hyde Park performance"
        if not later.complement or later.complement & earlier.participants:
            return True
        if later.complement <= later.proper_names and not earlier.proper_names:
            return True  # "the March 3 crash at Mercy Ridge": a place the unnamed earlier crash never contradicts
        # "Talks ... collapsed" / "The breakdown of the talks": the complement is a word of the claim
        # that the participants leave out (an event noun opening the sentence)
        return article is not None and bool(later.complement & _claim_nouns(article, earlier))
    if earlier.object_names and later.object_names and not earlier.object_names & later.object_names:
        return False  # "bought GeCAD" and "bought Giant": one kind of event, two objects
    if later.pos == "verb" and later.theme and _same_theme(earlier.theme, later.theme) and later.theme_definite:
        return True  # "sent a letter last month" / "handed the letter on Tuesday": one letter, one handover
    if later.new_object:
        return False  # "In 2009 the party launched a counter-initiative": a new object, a new event
    if later.pos == "noun" and later.determiner in ("a", "an", "another"):
        return False  # "A Times poll in December found ...": an indefinite noun introduces another one
    once = earlier.classes & later.classes & ONCE_EVENT_CLASSES
    if not once:
        return False
    if "injury" in once and article is not None and (
            _other_body_parts(article, earlier, later) or _PLUPERFECT_BEFORE.search(article.text, 0, later.start)):
        # "broke her leg on Monday" / "broke her wrist last month", or "had been injured in a fall last
        # year": injuries recur, and a pluperfect one is the backstory of another
        return False
    if later.definite_subject and later.definite_subject in earlier.participants:
        return True  # "The outbreak was confirmed on June 14" after "confirmed on Monday an outbreak"
    if later.definite_subject in PAIR_WORDS and not later.proper_names and len(earlier.proper_names) >= 4:
        return True  # "Lars Moen married Ida Falk on Saturday" (two full names) / "The couple tied the knot on ..."
    if later.pronoun_subject and not later.proper_names and earlier.definite_subject and (
            earlier.definite_subject in ROLE_WORDS or earlier.definite_subject in PEOPLE_WORDS
            or noun_class(earlier.definite_subject) == "person"):
        return True  # "The driver died at the scene ..." / "He was pronounced dead ...": no name to share
    if earlier.described_subject and earlier.described_subject in later.participants and not earlier.proper_names and (
            later.proper_names):
        return True  # "A former judge was sentenced ..." / "Judge Aron Pell, who was sentenced ...": named later
    shared = earlier.proper_names & later.proper_names
    if not shared and article is not None:
        shared = _named_by_its_kind(article, earlier, later) or _named_by_its_kind(article, later, earlier)
    if shared and article is not None and _other_person(article, earlier, later, shared):
        return False  # "Jim Brady died in 2014" / "Sarah Brady died last year": one surname, two people
    if shared and article is not None and _someone_of(article, earlier) != _someone_of(article, later):
        return False  # "Otten resigned this week" / "Otten's deputy resigned last month": another person
    return bool(shared)  # "Lorn was arrested" / "Lorn was detained": one class, one person


def _named_by_its_kind(article: _Article, described: EventMention, named: EventMention) -> frozenset[str]:
    """ "The airline halted the route" / "Skyren suspended the service": a subject named by its
    kind ("the airline", "the bank") is the one organisation the article names with that word
    ("Skyren Regional Airlines"), when the other mention names it and no other such name is given."""
    kind = described.definite_subject
    if not kind or described.proper_names or not named.proper_names or len(kind) < 4:
        return frozenset()
    word = re.escape(kind.capitalize())
    full_names = {m.group(1) for m in re.finditer(rf"\b((?:[A-Z][\w'-]+\s+){{1,3}}){word}s?\b", article.text)}
    if len(full_names) != 1:
        return frozenset()
    words = frozenset(w.lower() for w in full_names.pop().split())
    return words & named.proper_names


_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)


def _other_body_parts(article: _Article, earlier: EventMention, later: EventMention) -> bool:
    def parts(mention: EventMention) -> set[str]:
        words = re.findall(r"[a-z]+", article.events.of_seq(mention.claim_seq).claim.text.lower())
        return {singular(w) for w in words if w in BODY_PARTS}
    first, second = parts(earlier), parts(later)
    return bool(first) and bool(second) and not first & second


_SOMEONE_OF = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+)?(?P<who>[a-z]+)\s+(?:[a-z]+\s+){0,2}$")


_NUMBERED_THING = re.compile(r"\b(?P<n>\d+(?:st|nd|rd|th)|" + "|".join(w for w in ORDINALS if w.isalpha())
                             + r")\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})\b", re.IGNORECASE)


def _other_numbered_thing(article: _Article, earlier: EventMention, later: EventMention) -> bool:
    """Each claim numbers a thing of one kind, with two numbers: "its 100th store" and "Its 99th
    store" are two stores, so their openings are two events."""
    def numbered(mention: EventMention) -> dict[str, str]:
        text = article.events.of_seq(mention.claim_seq).claim.text
        return {singular(m.group("noun").lower()): m.group("n").lower() for m in _NUMBERED_THING.finditer(text)}
    first, second = numbered(earlier), numbered(later)
    return any(noun in second and second[noun] != number for noun, number in first.items())


_WHOSE_THING = re.compile(r"\bwhose\s+(?:[a-z-]+\s+){0,2}?(?P<thing>[a-z]+)\s+(?:was|were|is|are|had\s+been|has\s+been|"
                          r"have\s+been)\s+$")


def _someone_of(article: _Article, mention: EventMention) -> str:
    """ "Otten's deputy resigned", "the minister's wife died": the subject is someone of the named
    person (a role, a relative), not the person; "" when the named person is the subject."""
    claim = article.events.of_seq(mention.claim_seq).claim
    before = article.text[max(claim.start, mention.start - 60):mention.start]
    whose = _WHOSE_THING.search(before)
    if whose is not None:
        return whose.group("thing")  # "Tallis, whose first heart drug was approved in 2019": the drug's approval
    m = _SOMEONE_OF.search(before)
    if m is None or not any(m.group("who") in words for words in (ROLE_WORDS, KINSHIP_WORDS, PEOPLE_WORDS,
                                                                      RELATIVE_PERSON_WORDS)):
        return ""
    return m.group("who")


def _other_person(article: _Article, earlier: EventMention, later: EventMention, shared: frozenset[str]) -> bool:
    """Each claim gives the shared surname a first name the other does not ("Jim Brady" /
    "Sarah Brady"): two people of one family, not one person twice."""
    # the first names the article gives the surname: a mention whose pronoun was resolved to one of
    # them ("She died on 11 January" for Eleanor Voss, "his death in 2020" for Frank Voss) carries it
    article_given = {m.group(1).lower() for name in shared
                     for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name.capitalize())}\b", article.text)}

    def given(mention: EventMention) -> set[str]:
        text = article.events.of_seq(mention.claim_seq).claim.text
        return {m.group(1).lower() for name in shared
                for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name.capitalize())}\b", text)} | (
            article_given & mention.proper_names)
    first, second = given(earlier), given(later)
    return bool(first - second) and bool(second - first)


def _theme_key(theme: str) -> str:
    """ "closure" and "close" name one thing acted on: an announced closure, a closure announced."""
    return derived_verb(theme) or theme if theme else ""


def _same_theme(earlier: str, later: str) -> bool:
    """One thing acted on, named by one word or by two words of one event class: "signed a
    ceasefire" / "The truce, which was signed ...", "announced the closure" / "closing ... announced"."""
    if not earlier or not later:
        return False
    if _theme_key(earlier) == _theme_key(later):
        return True
    first, second = trigger_of(earlier), trigger_of(later)
    if first is None or second is None:
        return False
    return bool(_named_classes(first[0]) & _named_classes(second[0]))


def _named_classes(classes: frozenset[str]) -> frozenset[str]:
    """The table's classes of a word, without its own lemma ("=truce") or the general "*"."""
    return frozenset(c for c in classes if not c.startswith("=") and c != "*")


def _date_clash(article: _Article, first: EventMention, second: EventMention) -> Finding | None:
    assert first.time is not None and second.time is not None
    text = article.text
    span_a, span_b, how = _compare_times(article, first.time, second.time)
    if how is None:
        return _clock_clash(article, first, second)
    if second.told_by_clause and "*" not in second.classes and span_a is not None and span_b is not None and span_b.latest < span_a.earliest:
        return None  # "completed on February 2" / "The deal, announced in January": told before it was done
    if first.told_by_clause and "*" not in first.classes and span_a is not None and span_b is not None and span_a.latest < span_b.earliest:
        return None  # "The election was called in October" / "voters went to the polls on November 14"
    if second.found_by_clause and span_a is not None and span_b is not None and not span_b.latest < span_a.earliest:
        return None  # "broke in on Tuesday" / "The break-in, discovered on Wednesday": found after it happened
    if first.found_by_clause and span_a is not None and span_b is not None and not span_a.latest < span_b.earliest:
        return None
    event = first.named_class
    quoted_a, quoted_b = _quoted(text, first.time), _quoted(text, second.time)
    if how == "relative":
        headline = f"'{quoted_a}' vs '{quoted_b}': both date the {event}, and they cannot fall on one day"
        derivation = (f"whatever the publication date, '{quoted_a}' and '{quoted_b}' name different days "
                      f"(the article gives no date to anchor them)")
    elif how == "window":
        headline = f"'{quoted_a}' vs '{quoted_b}': both date the {event}, and they cannot fall on one day"
        derivation = (f"on every publication day the article allows, '{quoted_a}' and '{quoted_b}' name "
                      f"different days")
    else:
        headline = f"'{quoted_a}' ({_words(span_a)}) vs '{quoted_b}' ({_words(span_b)}): both date the {event}"
        derivation = f"'{quoted_a}' -> {span_a.describe()}; '{quoted_b}' -> {span_b.describe()}; the intervals do not overlap"
        if first.found_by_clause or second.found_by_clause:
            headline = (f"'{quoted_a}' ({_words(span_a)}) vs '{quoted_b}' ({_words(span_b)}): "
                        f"the {event} was found before it happened")
            derivation = (f"'{quoted_a}' -> {span_a.describe()}; '{quoted_b}' -> {span_b.describe()}; "
                          "what is found out has happened by then")
    link = _link_words(text, first, second)
    explanation = f"{headline}\n{derivation}\n{link} (claims {first.claim_seq} and {second.claim_seq})"
    if article.window is not None:
        explanation += f"\npublication inferred: {article.window.reason}"
    return Finding("temporal_conflict", first.claim_seq, second.claim_seq, explanation)


def _clock_clash(article: _Article, first: EventMention, second: EventMention) -> Finding | None:
    """One day, two clock times: "collided at 7.40am on Thursday" / "happened at about 9pm on
    Thursday". Only where both days agree (or are one expression) and both clocks sit by the date."""
    assert first.time is not None and second.time is not None
    clock_a, clock_b = _clock_near(article.text, first.time), _clock_near(article.text, second.time)
    if clock_a is None or clock_b is None:
        return None
    (minutes_a, written_a, about_a), (minutes_b, written_b, about_b) = clock_a, clock_b
    slack = 90 if about_a or about_b else 30
    if abs(minutes_a - minutes_b) <= slack:
        return None
    headline = (f"'{written_a}' vs '{written_b}' on one day: both time the {first.named_class}")
    derivation = (f"{minutes_a // 60:02d}:{minutes_a % 60:02d} and {minutes_b // 60:02d}:{minutes_b % 60:02d} are "
                  f"{abs(minutes_a - minutes_b)} minutes apart")
    link = _link_words(article.text, first, second)
    return Finding("temporal_conflict", first.claim_seq, second.claim_seq,
                   f"{headline}\n{derivation}\n{link} (claims {first.claim_seq} and {second.claim_seq})")


def _clock_near(text: str, time: TimeExpression) -> tuple[int, str, bool] | None:
    """The clock time written right by a day ("at 7.40am on Thursday", "on Thursday at 21:15")."""
    window_start = max(0, time.start - 30)
    for m in CLOCK.finditer(text, window_start, min(len(text), time.end + 25)):
        read = clock_minutes(m)
        if read is not None:
            return read[0], m.group(0).strip(), read[1]
    return None


def _compare_times(
    article: _Article, a: TimeExpression, b: TimeExpression
) -> tuple[Resolution | None, Resolution | None, str | None]:
    """(interval a, interval b, "anchored" | "relative") when they cannot overlap, else (.., .., None)."""
    span_a, span_b = _interval(article, a), _interval(article, b)
    if span_a is not None and span_b is not None:
        overlap = span_a.overlaps(span_b)
        if overlap is False:
            return span_a, span_b, "anchored"
        if overlap is True:
            # A window of publication days blurs "on Sunday" into a week; day by day it may still
            # never meet a Saturday ("opened on Saturday, March 14" / "its opening on Sunday").
            return span_a, span_b, ("window" if _never_meet_in_window(article, a, b) else None)
    if article.window is not None or article.published is not None:
        return span_a, span_b, None
    return span_a, span_b, ("relative" if _never_meet(article.text, a, b) else None)


def _never_meet_in_window(article: _Article, a: TimeExpression, b: TimeExpression) -> bool:
    """Whether, for every publication day the window allows, the two expressions name disjoint days."""
    window = article.window
    if article.published is not None or window is None or window.earliest is None or window.latest is None:
        return False
    if _weekday_of_a_date(a, b):
        return False
    days = (window.latest - window.earliest).days
    if days < 1 or days > 31:
        return False
    for offset in range(days + 1):
        day = window.earliest + timedelta(days=offset)
        span_a, span_b = resolve_time(article.text, a, day), resolve_time(article.text, b, day)
        if span_a is None or span_b is None or span_a.earliest is None or span_b.earliest is None:
            return False
        if span_a.overlaps(span_b) is not False:
            return False
    return True


def _interval(article: _Article, time: TimeExpression) -> Resolution | None:
    if time.earliest and time.latest:
        return Resolution(date.fromisoformat(time.earliest), date.fromisoformat(time.latest), time.granularity,
                          time.value)
    if article.window is None:
        return None
    return resolve_time(article.text, time, article.window)


def _never_meet(text: str, a: TimeExpression, b: TimeExpression) -> bool:
    """Whether two unanchored expressions name disjoint intervals under every publication day."""
    if _weekday_of_a_date(a, b):
        return False
    days = _NOMINAL_DAYS
    for absolute in (a, b):
        if absolute.earliest:  # one side carries its own year: try the days around it, then a month
            # apart for decades either side ("that game in 2000" / "five years ago" meet in 2005)
            day = date.fromisoformat(absolute.earliest)
            days = [day + timedelta(days=i) for i in range(-31, 400)]
            days += [day + timedelta(days=30 * k) for k in range(-12 * _YEARS_APART, 12 * _YEARS_APART) if abs(k) > 13]
    for day in days:
        span_a, span_b = resolve_time(text, a, day), resolve_time(text, b, day)
        if span_a is None or span_b is None or span_a.earliest is None or span_b.earliest is None:
            return False
        if span_a.overlaps(span_b) is not False:
            return False
    return True


def _weekday_of_a_date(a: TimeExpression, b: TimeExpression) -> bool:
    """ "on Thursday, June 6" and "on Thursday": the date carries the weekday, so the bare weekday
    may be that very day whenever the article was published."""
    return _one_weekday(a) is not None and _one_weekday(a) == _one_weekday(b) and bool(
        re.search(r"\d", a.text) or re.search(r"\d", b.text))


def _one_weekday(time: TimeExpression) -> int | None:
    words = [WEEKDAYS[w] for w in re.findall(r"[a-z]+", time.text.lower()) if w in WEEKDAYS]
    return words[0] if len(words) == 1 else None


# How many years apart a publication may be from a year the article names, for a relative time
# ("five years ago", "a decade ago") to be tried against it.
_YEARS_APART = 40


def _words(span: Resolution | None) -> str:
    if span is None or span.earliest is None or span.latest is None:
        return "unresolved"
    a, b = span.earliest, span.latest
    year = "" if not span.year_known else f" {a.year}"
    if a == b:
        return f"{a.day} {a:%B}{year}"
    if a.day == 1 and (b + timedelta(days=1)).day == 1 and a.month == b.month:
        return f"{a:%B}{year}"
    if a.month == 1 and a.day == 1 and b.month == 12 and b.day == 31 and a.year == b.year:
        return str(a.year) if span.year_known else "that year"
    if a.month == b.month and a.year == b.year:
        return f"{a.day}–{b.day} {a:%B}{year}"
    return f"{a.day} {a:%B} to {b.day} {b:%B}{'' if not span.year_known else f' {b.year}'}"


def _quoted(text: str, time: TimeExpression) -> str:
    """The expression with the preposition before it: 'on Wednesday'."""
    before = text[max(0, time.start - 8):time.start].split()
    if before and before[-1].lower() in _PREPOSITIONS:
        return f"{before[-1]} {time.text}"
    return time.text


def _link_words(text: str, first: EventMention, second: EventMention) -> str:
    later = text[second.phrase_start:second.end]
    earlier = text[first.phrase_start:first.end]
    if second.pos == "pronoun":
        return f"'{later}' refers to the {first.named_class} named as '{earlier}'"
    if second.anaphoric:
        return f"'{later}' refers back to '{earlier}'"
    shared = sorted(first.participants & second.participants)
    return f"'{earlier}' and '{later}' name one event of {', '.join(w.title() for w in shared) or 'one subject'}"


# ----------------------------------------------------------------------------- numeric



def _numeric_conflicts(article: _Article) -> list[Finding]:
    quantities = [
        (article.events[i], q) for i in _claims_counting_alike(article)
        for q in find_quantities(article.text, article.events[i])
    ]
    findings = []
    seen: set[tuple[int, int]] = set()
    for j, (later_events, later) in enumerate(quantities):
        if later.changing or (later.event is None and not _names_the_group(article.text, later)):
            continue
        # the same noun first ("312 passengers and 24 crew" ... "all 290 passengers"), then its class
        candidates = sorted(reversed(quantities[:j]), key=lambda pair: _another_noun(pair[1], later))
        for earlier_events, earlier in candidates:
            if earlier.claim_seq == later.claim_seq or earlier.changing:
                continue
            if earlier_events.claim.end > later_events.claim.start:
                continue
            if (earlier.claim_seq, later.claim_seq) in seen:
                continue
            if earlier.event is None or later.event is None:
                reason = _group_clash(article, earlier, later)  # no event to compare, only the group
            else:
                reason = _quantity_clash(article, earlier, later)
            if reason is not None:
                seen.add((earlier.claim_seq, later.claim_seq))
                findings.append(Finding("numeric_conflict", earlier.claim_seq, later.claim_seq, reason))
                break
    return findings


def _names_a_distance(q: Quantity) -> bool:
    """ "the men's 50 metres freestyle", "the 1,500 metres": a count of a measure's unit names a race or a
    length, never a group of things counted twice."""
    return q.unit == "count" and q.noun is not None and q.noun.lower() in MEASURE_UNITS


def _another_noun(earlier: Quantity, later: Quantity) -> bool:
    return not (earlier.noun and later.noun and singular(earlier.noun) == singular(later.noun))


def _claims_counting_alike(article: _Article) -> list[int]:
    """The claims holding a count, share or amount of a kind another claim holds too. What a number
    counts is read from the words after it, so the event model (the dear part) is built only for
    claims that have a partner to disagree with."""
    claims = article.events.claims
    countable = [i for i, claim in enumerate(claims) if COUNTABLE.search(claim.text)]
    shapes = {i: [q for q in find_quantities(article.text, article.events.tokens_only(i)) if not q.changing]
              for i in countable}
    wanted: set[int] = set()
    for position, i in enumerate(countable):
        for j in countable[:position]:
            if any(same_counted_thing(a, b) for a in shapes[i] for b in shapes[j]):
                wanted.update((i, j))
    return sorted(wanted)


def _quantity_clash(article: _Article, a: Quantity, b: Quantity) -> str | None:
    if not same_counted_thing(a, b) or _names_a_distance(a) or _names_a_distance(b):
        return None
    assert a.event is not None and b.event is not None
    if a.event.negated or b.event.negated or _tells_of_another(a.event) or _tells_of_another(b.event):
        return None
    named_by_its_act = _counted_again_by_its_act(article.text, a, b)
    # "studies of all 11 mummies will begin": "all N" names the whole group, whatever is planned for it
    whole_group_named = any(q.text.lower().startswith("all ") and not q.event.future for q in (a, b)) or (
        any(q.text.lower().startswith("all ") for q in (a, b)) and not (a.event.future and b.event.future))
    if (a.event.future or b.event.future) and not (a.total and b.total) and not (_names_its_deal(a) or _names_its_deal(b)) and (
            not named_by_its_act) and not whole_group_named:
        # forecasts and plans ("will have", "will cut 300 jobs") are not facts to compare; a fleet's size
        # is, and so is the agreed price of a pending deal ("the $2.4bn takeover would create ...")
        return None
    shared_event = _classes(a) & _classes(b)
    # "all 11 miners" then "the 12 miners": the whole group counted twice ("the two men" and "the three
    # men" alone may be two groups: one side must say it counts all of them)
    # "all nine captives" names the whole group the event counted; "In all, five" may sum its parts
    all_of_its_group = _all_of_the_events_group(article.text, a, b) and b.text.lower().startswith("all ")
    one_group = (named_by_its_act or _one_group_twice(article.text, a, b) or _the_group_the_event_made(article.text, a, b)
                 or _the_group_named_again(article.text, a, b)
                 or _all_of_the_events_group(article.text, a, b))
    if not shared_event and not (a.total and b.total) and not one_group:
        return None
    if _a_part_of_the_group(article.text, a, b) or _a_part_of_the_group(article.text, b, a) or _restricted_to_a_place(
            article.text, a, b):
        return None  # "Seven of the mummies were in the main chamber" ... "all 13 mummies"
    if not all_of_its_group and (_a_part_within_its_total(a, b) or _a_part_within_its_total(b, a)):
        return None  # "Two were injured in the first blast ... In all, five were hurt": a part of the total
    # "the 12 miners", "all 11 miners", or both counting one event named with "the" ("joined the march")
    # "the 12 miners" refers back; "The 200 badly damaged homes" names a part (words restrict the noun)
    referring = (a.definite and not _restricted_count(article.text, a)) or (
        b.definite and not _restricted_count(article.text, b)) or (a.total and b.total) or _one_gathering(a, b)
    if not referring and not shared_event & ONCE_EVENT_CLASSES and not one_group:
        return None  # "won three medals" / "won four medals", "produced 110,000 cars": repeatable events
    if _counts_its_own_event(a) or _counts_its_own_event(b):
        return None  # "15 games", "three meetings": a count of events, for some period the text may not say
    if a.unit == "percent" or (a.unit in MEASURE_UNITS and not _one_term(a, b, shared_event)):
        return None  # rates and measures need their measured subject, which this model does not read
    if a.unit not in ("count", "share") and a.unit not in MEASURE_UNITS and not (_name_near_both(article, a, b) and (a.definite or b.definite)) and not (
            (shared_event & ONCE_EVENT_CLASSES or a.event.lemma == b.event.lemma) and (_names_its_deal(a) or _names_its_deal(b))):
        return None  # two sums of money: only "the 6 million euros paid for X" against a price for X
    place_a, place_b = _place_after(article.text, a), _place_after(article.text, b)
    if place_a and place_b and place_a != place_b:
        return None  # "all 66 delegates in the Ohio primary" / "all 99 delegates in Florida": two places
    if _restrictions_differ(article.text, a, b):
        return None  # "films competing in the documentary category" / "... in the dramatic category"
    names_a, names_b = _subject_names(article, a), _subject_names(article, b)
    if names_a and names_b and not names_a & names_b:
        return None  # "Mitch killed 10,000" and "23,000 killed in Sri Lanka": other subjects, other events
    time_a, time_b = _quantity_time(article, a), _quantity_time(article, b)
    if _victims_of_another_event(a) or _victims_of_another_event(b) or named_by_its_act:
        time_a = time_b = None  # "Funerals for the 18 victims were held on Sunday": the funerals' day, not the deaths'
    if time_a is not None and time_b is not None and _times_differ(article, time_a, time_b):
        return None  # values at two times: an update, not a contradiction
    low_a, high_a = a.interval()
    low_b, high_b = b.interval()
    # Victims are never fewer than the dead, but may be more ("the 25 victims" of 20 deaths and 5 injuries)
    if a.noun in VICTIM_AT_LEAST and b.noun not in VICTIM_AT_LEAST:
        high_b = float("inf")
    if b.noun in VICTIM_AT_LEAST and a.noun not in VICTIM_AT_LEAST:
        high_a = float("inf")
    if not (high_a < low_b or high_b < low_a):
        return None
    magnitude = SOURCES_MAGNITUDE if _two_sources(article, a, b) else NUMERIC_MAGNITUDE
    if max(a.value, b.value) > magnitude * min(a.value, b.value):
        return None  # two reports of one count are of one magnitude; 60 copies and 235,000 are two counts
    if _parts_add_up(article, a, b) or _parts_add_up(article, b, a):
        return None  # "two emails sent to X and 10 to Y" ... "the dozen emails": a sum, not a contradiction
    thing = a.noun or ("share" if a.unit == "share" else a.unit)
    event = (a.event if not a.event.lemma.startswith("=") else b.event).named_class
    headline = f"'{a.text}' vs '{b.text}': two counts of the {thing} in one {event}"
    if one_group and not shared_event:
        headline = f"'{a.text}' vs '{b.text}': two counts of one group of {thing}"
    if a.unit in _TERM_UNITS:
        headline = f"'{a.text}' vs '{b.text}': two lengths for one {event}"
    elif a.unit not in ("count", "share"):
        headline = f"'{a.text}' vs '{b.text}': two amounts for one {event}"
    derivation = f"{_bounds(a)} and {_bounds(b)} cannot both hold"
    return f"{headline}\n{derivation} (claims {a.claim_seq} and {b.claim_seq})"


def _group_clash(article: _Article, a: Quantity, b: Quantity) -> str | None:
    """ "carrying 42 passengers" / "All 38 passengers were taken to hospital": the whole group
    counted twice, whatever happens to it in each claim."""
    if _one_of_two_groups(article.text, a, b) or _one_of_two_groups(article.text, b, a) or (
            _names_a_distance(a) or _names_a_distance(b)):
        return None  # "All 143 passengers and six crew" ... "In all, 149 people were on board"
    people_of_its_event = _the_people_of_its_event(a, b)
    named_by_its_act = _counted_again_by_its_act(article.text, a, b)
    if not same_counted_thing(a, b) or not (_one_group_twice(article.text, a, b) or people_of_its_event
                                             or _all_of_the_events_group(article.text, a, b) or named_by_its_act):
        return None
    if any(q.event is not None and (q.event.negated or (q.event.future and not named_by_its_act)) for q in (a, b)):
        return None  # a plan counted twice ("will shed 600 jobs" / "the 450 job cuts") is one plan
    place_a, place_b = _place_after(article.text, a), _place_after(article.text, b)
    if place_a and place_b and place_a != place_b:
        return None
    if _a_part_of_the_group(article.text, a, b) or _a_part_of_the_group(article.text, b, a):
        return None
    low_a, high_a = a.interval()
    low_b, high_b = b.interval()
    if b.noun in VICTIM_AT_LEAST and a.noun not in VICTIM_AT_LEAST:
        high_a = float("inf")  # "shot dead four people" ... "the five victims": victims may be more, not fewer
    if not (high_a < low_b or high_b < low_a) or max(a.value, b.value) > NUMERIC_MAGNITUDE * min(a.value, b.value):
        return None
    return (f"'{a.text}' vs '{b.text}': two counts of one group of {a.noun}\n"
            f"{_bounds(a)} and {_bounds(b)} cannot both hold (claims {a.claim_seq} and {b.claim_seq})")


def _the_people_of_its_event(a: Quantity, b: Quantity) -> bool:
    """ "shot dead four people" ... "The three victims were all employees": "the victims" are the
    people of the death the earlier count told, though their own sentence names no event."""
    if b.event is not None or not (b.definite or b.total) or b.noun not in PEOPLE_OF_AN_EVENT:
        return False
    return a.event is not None and PEOPLE_OF_AN_EVENT[b.noun] in a.event.classes and not a.changing


def _place_after(text: str, q: Quantity) -> str:
    """The named place a count is located in, right after it: "12 homes in Kelby" -> kelby."""
    m = _PLACE_AFTER.match(text, q.end, min(len(text), q.end + 50))
    return m.group(1).lower() if m else ""


_PLACE_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+(?:in|at)\s+(?:the\s+)?([A-Z][a-z]+)")


_RESTRICTION_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:[a-z]{3,}ing|in|at|from|on)\s+(?P<words>[^,.;:!?\"”]{1,60})")
_ANAPHORIC_PLACE = re.compile(r"(?:this|that|the|our|their)\s+[a-z]+", re.IGNORECASE)



def _restrictions_differ(text: str, a: Quantity, b: Quantity) -> bool:
    """Each count is restricted by a phrase after its noun ("competing in the world cinema
    documentary category" / "... dramatic category"), and each phrase has a word the other lacks:
    two subsets, not one group. A phrase pointing back ("in this village") restricts nothing new."""
    def words(q: Quantity) -> set[str] | None:
        m = _RESTRICTION_AFTER.match(text, q.end, min(len(text), q.end + 90))
        if m is None:
            return None
        phrase = []
        for word in m.group("words").split()[:6]:
            if word.lower() in NOUN_PHRASE_ENDS:
                break  # "in Little Brackwell were flooded": the phrase ends at the verb
            phrase.append(word)
        if _ANAPHORIC_PLACE.fullmatch(" ".join(phrase)):
            return None
        return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", " ".join(phrase))} - FUNCTION_WORDS
    first, second = words(a), words(b)
    return bool(first) and bool(second) and bool(first - second) and bool(second - first)


def _one_group_twice(text: str, a: Quantity, b: Quantity) -> bool:
    """Two counts of the whole group: "all 11" and "the 12 miners" (more than all of them), "all 38"
    and "carrying 42"; but "the two candidates" after "all five" is some of them."""
    if not (_names_the_group(text, a) and _names_the_group(text, b)):
        return False
    if not (a.total or b.total):
        # "with 12 crew on board" ... "the 13 crew": everyone aboard, then the group named with "the"
        return (_everyone_aboard(text, a) and b.definite) or (_everyone_aboard(text, b) and a.definite)
    if a.total and b.total:
        return True
    total, other = (a, b) if a.total else (b, a)
    return other.value > total.value or not other.definite


_FINITE_LATER = re.compile(r"\b(?:was|were|is|are|had|have|has|will|would)\b")


_NOUN_THEN_ACT = re.compile(r"\s+(?P<noun>[a-z]+)\s+(?P<act>[a-z]+)\b")


def _counted_again_by_its_act(text: str, a: Quantity, b: Quantity) -> bool:
    """ "will cut 1,300 jobs" ... "The 900 job losses will be phased in": a definite count named by
    what befalls the things ("job losses", "flight cancellations") refers to the earlier count of the
    things that verb acts on ("cut ... jobs", "cancelled ... flights"), a plan as much as a fact."""
    if not b.definite or a.definite or a.noun is None or b.noun is None or singular(a.noun) != singular(b.noun):
        return False
    compound = _NOUN_THEN_ACT.match(text, b.end)
    if compound is None or singular(compound.group("noun")) != singular(b.noun):
        return False
    act = ACTS_ON_THE_NOUN_BEFORE.get(singular(compound.group("act")))
    before = re.findall(r"[a-z]+", text[max(0, a.start - 30):a.start].lower())
    if act is None or not before:
        return False
    verbs = word_lemmas(before[-1]).get("VERB", ())
    return act in verbs or (act in REDUCTION_VERBS and any(v in REDUCTION_VERBS for v in verbs))


def _restricted_count(text: str, q: Quantity) -> bool:
    """ "the 200 badly damaged homes": an adverb stands between the number and its noun, so the
    count is of a part picked out by its modifier."""
    if q.noun is None:
        return False
    noun_at = text.lower().find(q.noun, q.end, q.end + 40)
    between = text[q.end:noun_at].split() if noun_at > 0 else []
    return any(word.lower().endswith("ly") for word in between)


def _all_of_the_events_group(text: str, a: Quantity, b: Quantity) -> bool:
    """ "Coastguards rescued 17 people" ... "All 15 survivors were reunited": the count a once-only
    event told (the rescue's people), then "all N" of that kind of thing: the whole group again
    ("all 12 injured climbers" is a part: a word between the number and its noun restricts it)."""
    if not b.total or a.total or a.definite or a.event is None or a.changing or b.changing or b.noun is None:
        return False
    if not re.match(rf"\s+(?:former\s+)?{re.escape(b.noun)}\b", text[b.end:b.end + len(b.noun) + 10], re.IGNORECASE):
        return False  # "all 16 former hostages": what they were, all of them
    return bool(a.event.classes & ONCE_EVENT_CLASSES) and not a.event.future and same_counted_thing(a, b)


def _the_group_named_again(text: str, a: Quantity, b: Quantity) -> bool:
    """ "Two dozen fire engines were sent ..." ... "The 18 fire engines stayed overnight": a sentence
    that opens on "The N <noun>" and goes straight on to its verb names the group counted before;
    "The 18 people injured in the blast were ..." names a part of it (the participle restricts)."""
    if a.definite or not b.definite or a.noun is None or a.noun != b.noun or a.unit != "count":
        return False
    opening = text[max(0, b.start - 8):b.start]
    if not re.search(r"(?:^|[.!?]\s+)[Tt]he\s*$", opening) and b.start > 5:
        return False
    noun_at = text.lower().find(b.noun, b.end, b.end + 30)
    sentence_end = text.find(".", noun_at)
    rest = text[noun_at + len(b.noun):sentence_end if sentence_end > 0 else len(text)]
    verb = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)", rest)
    if verb is None or verb.group(1) in ("who", "that", "which", "of", "in", "at", "on", "from", "with", "and") or (
            verb.group(1).endswith("ing")):
        return False  # "The two candidates leading in the polls": some of them
    return not _FINITE_LATER.search(rest[verb.end():]) or verb.group(1) in ("were", "was", "had", "have", "are")


def _the_group_the_event_made(text: str, a: Quantity, b: Quantity) -> bool:
    """ "freed 23 hostages" ... "all 19 freed hostages", "rescued 12 miners" ... "the 14 rescued
    miners": the later count names, by the earlier event's own participle, the whole group that
    event counted."""
    if a.event is None or b.event is None or not (b.total or b.definite) or b.noun is None:
        return False
    participle = b.event
    between = text[b.end:participle.start]
    after_noun = re.match(rf"\s+{re.escape(b.noun)}\s+{re.escape(participle.trigger)}\s+(?:had|have|has|were|was|are|is)\b",
                          text[b.end:b.end + 80])
    one_kind = a.event.lemma == participle.lemma or bool(_named_classes(a.event.classes) & _named_classes(participle.classes))
    if after_noun is not None and participle.pos == "verb" and one_kind and a.noun == b.noun:
        return True  # "recovered 19 bodies" ... "the 23 bodies recovered had been taken to hospital"
    if participle.pos != "verb" or between.strip():
        return False  # the participle must stand right between the number and the noun
    passive = re.match(rf"\s+{re.escape(a.noun or '')}\s+(?:were|was|had\s+been|have\s+been)\s+{re.escape(participle.trigger)}\b",
                       text[a.end:a.end + 60], re.IGNORECASE) if a.noun else None
    if a.event.lemma != participle.lemma and passive is None:
        return False  # "freed 23 hostages" / "Forty-two miners were trapped": the earlier count's own event
    return text.lower().startswith(b.noun, participle.end + 1) and a.noun == b.noun


def _names_the_group(text: str, q: Quantity) -> bool:
    """ "all 11 miners", "the 12 miners were treated": a count that names the story's whole group,
    whatever happens to it in each claim — unlike "the 3 miners who were hurt", a part of it."""
    if q.unit != "count" or q.noun is None:
        return False
    aboard = _everyone_aboard(text, q)
    if not (q.total or q.definite or aboard or _CARRYING.search(text[max(0, q.start - 13):q.start].rstrip() + " ")):
        return False  # "the bus was carrying 42 passengers", "with 12 crew on board": everyone aboard, the whole group
    if aboard:
        return True
    noun_at = text.lower().find(q.noun, q.end, q.end + 40)
    if noun_at < 0:
        return False
    following = re.match(r"\s+([a-z]+)(?:\s+(?:the\s+)?([A-Z]))?", text[noun_at + len(q.noun):noun_at + len(q.noun) + 24])
    if following is not None and following.group(1) in ("at", "in") and following.group(2):
        return True  # "13 mummies at Al-Bahnasa": where the whole group is, not a part of it
    return following is None or following.group(1) not in _RESTRICTING_WORDS


def _everyone_aboard(text: str, q: Quantity) -> bool:
    """ "with 12 crew on board": the whole group aboard, as "carrying 12 crew" is."""
    if q.noun is None:
        return False
    after_noun = text.lower().find(q.noun, q.end, q.end + 40)
    return after_noun >= 0 and bool(re.match(r"\s+(?:on\s+board|aboard)\b", text[after_noun + len(q.noun):after_noun + len(q.noun) + 20])) and bool(
        re.search(r"\b(?:with|had|has|have)\s*$", text[max(0, q.start - 8):q.start]))


_CARRYING = re.compile(r"\b(?:carrying|carried|carries|carry|containing|contained|contains)\s+$")  # everyone aboard or inside
_RESTRICTING_WORDS = frozenset("who whom that which with from in at of among on aboard inside still left".split())


_AND_ANOTHER_COUNT = re.compile(rf"\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+(?:{NUMBER_WORD_ALTERNATION}|\d[\d,]*)\s+[a-z]+",
                                re.IGNORECASE)


def _one_of_two_groups(text: str, part: Quantity, other: Quantity) -> bool:
    """ "All 143 passengers and six crew" against "149 people": the count is one group of two the
    sentence adds, so a count of another, wider noun is no recount of it."""
    return (part.noun is not None and other.noun is not None and singular(part.noun) != singular(other.noun)
            and _AND_ANOTHER_COUNT.match(text, part.end) is not None)


def _parts_add_up(article: _Article, parts: Quantity, total: Quantity) -> bool:
    """Whether counts of one thing in ``parts``'s claim sum to ``total``'s value."""
    claim = article.events.of_seq(parts.claim_seq)
    same = [q for q in find_quantities(article.text, claim) if same_counted_thing(q, parts)]
    return len(same) > 1 and abs(sum(q.value for q in same) - total.value) < 1e-9


def _victims_of_another_event(q: Quantity) -> bool:
    """A definite count of the harmed ("the 18 victims") told within another event (funerals held)."""
    assert q.event is not None
    return (q.definite or q.total) and q.noun in PEOPLE_OF_AN_EVENT and PEOPLE_OF_AN_EVENT[q.noun] not in q.event.classes


def _one_gathering(a: Quantity, b: Quantity) -> bool:
    """Both count the people at one event named with "the" ("2,000 people joined the march" /
    "20,000 people took part in the march"): one crowd, whatever the event's kind."""
    assert a.event is not None and b.event is not None
    return (a.event.determiner == "the" and b.event.determiner == "the" and a.unit == "count"
            and "person" in quantity_classes(a) and "person" in quantity_classes(b))


def _two_sources(article: _Article, a: Quantity, b: Quantity) -> bool:
    """Each count said by a source of its own: "Police said ...", "Organisers said ..."."""
    sources = []
    for q in (a, b):
        claim = article.events.of_seq(q.claim_seq).claim
        source = claim.attribution.source if claim.attribution else None
        if not source:
            return False
        sources.append(source.lower())
    return sources[0] != sources[1]


def _a_part_of_the_group(text: str, part: Quantity, whole: Quantity) -> bool:
    """"Seven of the mummies" is a part of the mummies, so no more than "all 13 mummies" ("all 11 of
    the dead" is the whole group)."""
    return (part.unit == "count" and bool(part.group_words) and not whole.group_words and part.value < whole.value
            and not part.total and not part.text.lower().startswith("all") and not re.search(r"\ball\s+$", text[max(0, part.start - 5):part.start], re.IGNORECASE))


def _restricted_to_a_place(text: str, a: Quantity, b: Quantity) -> bool:
    """"Three passengers died at the scene" of "Four people have died": a count held to one place or
    stage of the event ("at the scene", "in hospital") is a part of the count that is not."""
    stage_a, stage_b = (bool(_STAGE_AFTER.match(text, q.end, min(len(text), q.end + 50))) for q in (a, b))
    if stage_a == stage_b:
        return False
    part, whole = (a, b) if stage_a else (b, a)
    return part.value < whole.value and not part.definite  # "The 18 fire engines stayed at the scene": all of them


_STAGE_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+(?:at\s+the\s+(?:scene|site)|on\s+the\s+spot|on\s+arrival|"
                          r"in\s+(?:the\s+)?hospital|on\s+the\s+way\b|instantly|immediately)")


def _a_part_within_its_total(part: Quantity, total: Quantity) -> bool:
    """A count said to be the whole ("in all, five", "a total of 40") and a smaller count that
    does not say it is the whole group ("two people", not "the two people", "all two")."""
    return total.total and not part.total and not part.definite and part.value < total.value


def _one_term(a: Quantity, b: Quantity, shared_event: frozenset[str]) -> bool:
    """ "sentenced to eight years" and "the six-year sentence": one length of time, the term of one
    event that happens once (a sentencing), one side naming it with "the"."""
    return a.unit in _TERM_UNITS and bool(shared_event & ONCE_EVENT_CLASSES) and (a.definite or b.definite)


_TERM_UNITS = frozenset({"years", "months", "weeks", "days"})


def _counts_its_own_event(q: Quantity) -> bool:
    assert q.event is not None
    own = q.noun is not None and q.event.trigger.lower() == q.noun
    return own and not q.event.classes & ONCE_EVENT_CLASSES


def _names_its_deal(q: Quantity) -> bool:
    """ "the $2.4bn acquisition", "the 8 million euro deal": a definite amount that premodifies the
    noun of its event refers to the story's deal, as "the acquisition" alone would."""
    assert q.event is not None
    # also "the £2.5 million raised": the participle right after the amount names what it was
    return q.definite and 0 <= q.event.start - q.end <= 8 and (q.event.pos == "noun" or q.event.trigger.endswith("ed"))


def _name_near_both(article: _Article, a: Quantity, b: Quantity) -> bool:
    """A proper name within a few words of each amount: "Marta's for 4.2 million euros" / "paid for Marta's"."""
    def near(q: Quantity) -> set[str]:
        window = article.text[max(0, q.start - 50):q.end + 50]
        words = {m.group(1).lower().removesuffix("'s").removesuffix("’s")
                 for m in re.finditer(r"(?<!\bin )(?<!\bin the )(?<!\bat )\b([A-Z][A-Za-z'’-]+)", window)}
        return words - FUNCTION_WORDS  # places ("in the UK") are where, not what was paid for
    return bool(near(a) & near(b))


def _subject_names(article: _Article, q: Quantity) -> set[str]:
    """The claim's proper names, less those of whoever is cited for it (the source is not the subject)."""
    assert q.event is not None
    events = article.events.of_seq(q.claim_seq)
    source = events.claim.attribution.source if events.claim.attribution else None
    source_words = {w.lower().removesuffix("'s") for w in (source or "").split()}
    return {name for name in q.event.proper_names if name not in source_words}


def _quantity_time(article: _Article, q: Quantity) -> TimeExpression | None:
    """The time of the quantity's event, or the claim's one time expression when it has just one."""
    assert q.event is not None
    if q.event.time is not None:
        return q.event.time
    events = article.events.of_seq(q.claim_seq)
    attached = {id(m.time) for m in events.mentions if m.time is not None}
    orphans = [t for t in events.claim.times if id(t) not in attached and not _after_publication(article, t)
               and not _bounds_only(article.text, t)]
    return orphans[0] if len(orphans) == 1 else None


def _after_publication(article: _Article, time: TimeExpression) -> bool:
    """Dated after publication, or, with no date to anchor it, said to lie after it ("next July",
    "tomorrow"): what is to come is a plan, not a second date for what happened."""
    span = _interval(article, time)
    anchor = article.published or (article.window.latest if article.window else None)
    if anchor is None or span is None or span.earliest is None:
        return bool(time.relative) and time.relative.endswith("after publication")
    return span.earliest > anchor


def _bounds_only(text: str, time: TimeExpression) -> bool:
    """ "built before 1970", "since 2016": the time bounds the event, it does not date it."""
    before = text[max(0, time.start - 12):time.start].split()
    return bool(before) and before[-1].lower() in NON_DATING_PREPOSITIONS


def _tells_of_another(event: EventMention) -> bool:
    """A verb whose subject names another event ("the last earthquake ... killed 27"); an
    indefinite noun ("a wildfire that destroyed 14 homes") is only a first mention."""
    return event.distinct and event.pos == "verb"


def _shared_names(a: EventMention, b: EventMention) -> bool:
    return bool(a.proper_names & b.proper_names)


def _classes(q: Quantity) -> set[str]:
    """The event classes a quantity may belong to: every trigger near it that names an event kind."""
    assert q.event is not None
    classes = set(q.event.classes)
    for mention in q.nearby:
        classes |= mention.classes
    if (q.definite or q.total) and q.noun in PEOPLE_OF_AN_EVENT:
        classes.add(PEOPLE_OF_AN_EVENT[q.noun])  # "Funerals for the 18 victims were held": the victims of the deaths
    return classes


def _times_differ(article: _Article, a: TimeExpression, b: TimeExpression) -> bool:
    if a.start == b.start:
        return False
    span_a, span_b = _interval(article, a), _interval(article, b)
    if span_a is None or span_b is None:
        return a.text.lower() != b.text.lower()
    return span_a.overlaps(span_b) is False


def _bounds(q: Quantity) -> str:
    value = _number(q.value, q.unit)
    if q.low is not None and q.high is not None and q.low == q.high:
        return f"'{q.text}' = {value}"
    if q.high is None:
        return f"'{q.text}' >= {_number(q.low, q.unit)}"
    if q.low is None:
        return f"'{q.text}' <= {_number(q.high, q.unit)}"
    return f"'{q.text}' = {_number(q.low, q.unit)}..{_number(q.high, q.unit)}"


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "?"
    if unit == "share":
        return f"{value * 100:.0f}%"
    return f"{value:,.0f}" if abs(value - round(value)) < 1e-9 else f"{value:,.2f}"


# ----------------------------------------------------------------------------- arithmetic

_REMAINDER = re.compile(
    r"\b[Oo]f\s+(?:the|these|those|its|their)\s+(?P<total>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>[a-z]+)"
    r"(?P<middle>.{0,160}?)\b(?:the\s+)?(?:remaining|rest|other)\s+(?P<rest>\d{1,3}(?:,\d{3})+|\d+)\b",
    re.DOTALL,
)
_PART = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]*\s*(?:%|percent|per cent))")
_PERCENT_CHANGE = re.compile(
    r"\b(?P<verb>rose|increased|grew|climbed|jumped|was up|were up|fell|dropped|declined|decreased|was down|"
    r"were down|slumped)\s+(?:by\s+)?(?:(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)|(?P<fraction>"
    + "|".join(sorted((re.escape(w) for w in FRACTION_WORDS), key=len, reverse=True)) + r"))"  # "fell by half"
    r"(?P<middle>[^.;]{0,60}?)\bto\s+(?:a\s+(?:record\s+)?)?(?P<to>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"\s*(?P<scale>million|billion|thousand|m|bn)?(?:\s+(?P<currency>crowns|euros|dollars|pounds|kronor|francs|yen))?",
)
_LEVEL = r"(?P<level>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>million|billion|thousand|m|bn)?"
# "aged 81", "the 81-year-old", "is 47 years old", "Amsel, who was appointed on Monday, is 47." (a
# clause closed by a comma, then the age ends the sentence); ages beside a name ("Amsel, 47,",
# "who is 47", "(47)") are arithmetic.NAMED_AGE's.
_AGE_WORDS = rf"(?:{NUMBER_WORD_ALTERNATION})(?:-(?:{NUMBER_WORD_ALTERNATION}))?"
_AGE = re.compile(rf"\b(?:aged|age of)\s+(?P<age>\d{{1,3}}|{_AGE_WORDS})\b|\b(?P<age2>\d{{1,3}})-year-old\b"
                  r"|\b(?:is|was)\s+(?P<age5>\d{1,2})\s+years\s+old\b|,\s+is\s+(?P<age6>\d{1,2})\s*\.")
_BORN = re.compile(r"\b(?:[Bb]orn\s+(?:(?:in|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,?\s+(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+)?)?"
                   # "born in San Fernando, Trinidad, in the spring of 1942"
                   r"(?:in\s+(?:the\s+(?:spring|summer|autumn|fall|winter|early|late)\s+(?:months\s+)?of\s+)?"
                   rf"(?:(?i:{MONTH_ALTERNATION})\.?\s+)?|on\s+[^.;]{{0,20}}?)?"  # "born in Bergen in March 1861"
                   r"|(?:[Bb]irth\s+year|[Yy]ear\s+of\s+birth)\b[^.;\d]{0,40}?"  # "whose birth year is listed ... as 1995"
                   # "Court records list his date of birth as April 12, 1991"
                   rf"|(?:[Dd]ate\s+of\s+birth|[Bb]irth\s*date|DOB)\b[^.;\d]{{0,40}}?(?:(?i:{MONTH_ALTERNATION})\.?\s+\d{{1,2}},?\s+"
                   rf"|\d{{1,2}}\s+(?i:{MONTH_ALTERNATION})\s+)?)"
                   r"(?P<year>1[89]\d\d|20\d\d)\b")  # "born in 1942", "born in Krakow in 1942"
_SCALES = {**SCALE_WORDS, None: 1.0, "": 1.0}


def _arithmetic_conflicts(article: _Article) -> list[Finding]:
    return [*_remainders(article), *_percent_changes(article), *_percent_from_to(article), *_levels_then_percent(article),
            *_percent_then_its_levels(article), *_ages(article), *_age_then_and_now(article), *_age_then_and_birth(article),
            *_length_from_start_to_outcome(article),
            *_spans(article), *_anniversaries(article), *_years_ago_in_a_year(article), *_running_lengths(article),
            *_weekday_dates(article), *_days_after_a_dated_event(article), *_falling_tolls(article),
            *_events_out_of_order(article), *_clauses_out_of_order(article), *_repeats_before_the_first(article), *_decision_before_its_meeting(article), *_dates_after_a_dated_event(article),
            *_days_counted_between_two_dates(article), *_totals_below_a_part(article),
            *_lengths_between_two_ends(article), *_described_event_counted_from_another(article),
            *_the_last_of_them_dated_twice(article),
            *changes.percent_against_levels(article.text, article.events.claims),
            *changes.percent_beside_its_levels(article.text, article.events.claims),
            *changes.percent_against_a_worked_example(article.text, article.events.claims),
            *changes.step_against_the_level_it_left(article.text, article.events.claims),
            *changes.difference_against_its_levels(article.text, article.events.claims),
            *changes.percent_than_a_level_told_elsewhere(article.text, article.events.claims),
            *changes.percent_against_levels_in_two_sentences(article.text, article.events.claims),
            *changes.extra_per_unit_against_its_levels(article.text, article.events.claims),
            *rates.counts_against_their_totals(article.text, article.events.claims),
            *referring_counts.demonstrative_counts_against_earlier(article.text, article.events.claims),
            *referring_counts.whole_group_named_by_its_act(article.text, article.events.claims),
            *clocked_descriptions.clocked_descriptions_against_earlier(article.text, article.events.claims),
            *clocked_descriptions.dated_descriptions_against_earlier(article.text, article.events.claims),
            *clocked_descriptions.figured_descriptions_against_earlier(article.text, article.events.claims),
            *date_offsets.gaps_against_the_story_day(article.text, article.events.claims),
            *date_offsets.gaps_from_a_dated_event(article.text, article.events.claims),
            *date_offsets.gaps_between_two_dated_events(article.text, article.events.claims),
            *date_offsets.journey_length_against_its_dates(article.text, article.events.claims),
            *date_offsets.that_weekday_against_the_day_before(article.text, article.events.claims),
            *durations.lengths_against_their_clocks(article.text, article.events.claims),
            *durations.hours_between_two_clocks(article.text, article.events.claims),
            *arithmetic.find(article.text, article.events.claims),
            *parts_lists.parts_against_their_total(article.text, article.events.claims),
            *breakdowns.breakdowns_against_their_whole(article.text, article.events.claims),
            *priced_totals.priced_counts_against_their_sum(article.text, article.events.claims),
            *priced_totals.rates_over_a_count_against_their_sum(article.text, article.events.claims),
            *premiums.premium_against_its_prices(article.text, article.events.claims),
            *premiums.first_day_gain_against_the_prices(article.text, article.events.claims),
            *results_restated.margin_named_again(article.text, article.events.claims),
            *ordinal_wins.ordinal_against_the_listed_wins(article.text, article.events.claims,
                                                          article.published.year if article.published else None),
            *ordinal_wins.edition_against_its_first_year(article.text, article.events.claims,
                                                         article.published.year if article.published else None),
            *results_restated.score_named_by_its_day(article.text, article.events.claims),
            *restated_figures.figures_named_again(article.text, article.events.claims),
            *group_shares.shares_against_the_counted_part(article.text, article.events.claims),
            *race_margins.gaps_against_their_times(article.text, article.events.claims),
            *race_margins.wins_by_a_gap_against_the_times(article.text, article.events.claims),
            *race_margins.record_cut_against_the_two_times(article.text, article.events.claims)]


# "The last of the homes were reconnected yesterday" ... "The final 40 properties came back online on
# Tuesday afternoon": the end of one process over many things happens once, so its two days must meet.
_THE_LAST_OF = re.compile(r"\b[Tt]he\s+(?:very\s+)?(?:last|final)\s+(?:of\s+the\s+|few\s+)?(?:[\d,]+\s+|"
                          rf"(?:{NUMBER_WORD_ALTERNATION})\s+)?(?P<noun>[a-z]{{4,}})\b")
# Things a single process works through (homes reconnected, shops reopened, cars towed); people and
# flights are left out: "the last survivor was found" and "the last victims were buried" are two processes.
_PROCESSED_THINGS = frozenset({"home", "building", "vehicle", "store"})


def _the_last_of_them_dated_twice(article: _Article) -> list[Finding]:
    """Two claims dating "the last/final" of one kind of thing (homes and properties are one kind)
    to days that cannot meet. Only things a process works through (homes reconnected, shops
    reopened), and only two such claims in the article."""
    told = []
    for claim in article.events.claims:
        for m in _THE_LAST_OF.finditer(article.text, claim.start, claim.end):
            kinds = set(noun_classes(singular(m.group("noun")))) & _PROCESSED_THINGS
            times = [t for t in claim.times if t.start > m.end()]
            if kinds and len(times) >= 1:
                told.append((claim, m, kinds, times[0]))
    if len(told) != 2 or told[0][0] is told[1][0] or not told[0][2] & told[1][2]:
        return []
    (first, m1, _, t1), (second, m2, _, t2) = told
    a, b = _interval(article, t1), _interval(article, t2)
    if a is None or b is None or a.earliest is None or b.earliest is None or a.overlaps(b) is not False:
        return []
    return [Finding("temporal_conflict", first.seq, second.seq, (
        f"'{m1.group(0)} … {t1.text}' vs '{m2.group(0)} … {t2.text}': the last of them is dated twice\n"
        f"{_words(a)} and {_words(b)} cannot both be when the last of the {m1.group('noun')} were done "
        f"(claims {first.seq} and {second.seq})"))]


def _totals_below_a_part(article: _Article) -> list[Finding]:
    """ "treated 37 people" ... "it had treated a total of 29 people": a total holds every count of its
    kind, so it cannot be smaller than one of them. Same verb, same counted noun, another claim;
    quiet where the article says a count was revised, or the counts sit in two places."""
    if "total" not in article.text and "in all" not in article.text.lower() or _TOLL_REVISED.search(article.text):
        return []
    claims = article.events.claims
    counted = [q for i, claim in enumerate(claims) if COUNTABLE.search(claim.text)
               for q in find_quantities(article.text, article.events.tokens_only(i))
               if q.unit == "count" and q.noun is not None]
    for total in counted:
        verb = _verb_before(article.text, total)
        if not total.total or verb is None:
            continue
        for part in counted:
            if part.claim_seq == total.claim_seq or part.total or part.changing or singular(part.noun) != singular(total.noun):
                continue
            if _verb_before(article.text, part) != verb or part.low is None or total.high is None or part.low <= total.high:
                continue
            if any(_negated_or_planned(article, q) for q in (part, total)):
                continue
            place_a, place_b = _place_after(article.text, part), _place_after(article.text, total)
            if place_a and place_b and place_a != place_b:
                continue
            seqs = sorted((part.claim_seq, total.claim_seq))
            return [Finding("numeric_conflict", seqs[0], seqs[1], (
                f"'{part.text}' vs '{total.text}': the total is smaller than a count it holds\n"
                f"{verb} {part.value:,.0f} {part.noun}, so a total of {total.value:,.0f} cannot hold them "
                f"(claims {seqs[0]} and {seqs[1]})"))]
    return []


# "returned to work on Wednesday, ending a strike that began on May 30"; "left Arhus on October 10 and
# docked in Reykjavik on October 15": one clause dates both ends of a lasting event or a journey.
# What opens and what closes a span a sentence dates at both ends ("The doctors downed tools on Monday,
# January 12, and called off the action on Friday, January 30"; "from March 2019 ... to March 2025";
# "will shut ... on Monday, 9 March, and is due to reopen ... on Friday, 20 March"). The word must stand
# close before its date, with no clause break between.
_SPAN_OPENS = re.compile(r"\b(?:began|begun|started|opened|left|departed|set\s+off|set\s+sail|sailed\s+from|took\s+off|"
                         r"from|since|downed\s+tools|walked\s+out|went\s+on\s+strike|shut|closed|issued|imposed|"
                         r"introduced|suspended)\b[^.;,]{0,30}$", re.IGNORECASE)
_SPAN_CLOSES = re.compile(r"\b(?:ended|ending|finished|returned|returning|arrived|arriving|docked|landed|reached|"
                          r"called\s+off|went\s+back|came\s+back|resumed|reopen|reopened|reopening|lifted|restored|"
                          r"to|until|till|through|again|back)\b[^.;,]{0,30}$", re.IGNORECASE)  # "were running again Monday"
_DAY_COUNT = rf"\d{{1,2}}|{'|'.join(w for w in NUMBER_WORDS if ' ' not in w and NUMBER_WORDS[w] <= 40)}"
_LENGTH_UNIT = r"(?P<unit>day|week|month|year)"
# A length and what it is of: "Their six-day stoppage", "a month-long closure", "the crossing, which
# lasted eight days", "Over the four years of the study".
_DAYS_LONG = re.compile(
    rf"\b(?P<n>{_DAY_COUNT}|a|one)[- ]{_LENGTH_UNIT}(?:-long)?\s+(?P<noun>[a-z]{{4,}})\b(?:\s+(?P<noun3>[a-z]{{4,}})\b)?"
    rf"|\b(?P<noun2>[a-z]{{4,}})(?:,\s*which|\s+that)?\s+lasted\s+(?P<n2>{_DAY_COUNT})\s+(?P<unit2>day|week|month|year)s\b"
    rf"|\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Aa]cross|[Ff]or)\s+the\s+(?P<n3>{_DAY_COUNT})\s+(?P<unit3>day|week|month|year)s\s+"
    rf"of\s+(?:the|its|their|this)\s+(?P<noun4>[a-z]{{4,}})\b")
_UNIT_MONTHS = {"day": 12 / 365.25, "week": 7 * 12 / 365.25, "month": 1, "year": 12}


def _span_ends(article: _Article, claim: Claim) -> list[tuple[TimeExpression, date, TimeExpression, date, bool]]:
    """The spans one sentence dates at both ends: (opening, its first day, closing, its last day,
    whether both are days). Days, or months ("from March 2019 to March 2025") counted by month."""
    ends = []
    for time in claim.times:
        span = _interval(article, time)
        if span is None or span.earliest is None:
            continue
        if span.earliest == span.latest:
            ends.append((time, span.earliest, span.latest, True))
        elif span.earliest.day == 1 and (span.latest - span.earliest).days < 31 and span.earliest.month == span.latest.month:
            ends.append((time, span.earliest, span.latest, False))  # a month
    spans = []
    for opening, start, _, opening_day in ends:
        for closing, _, end, closing_day in ends:
            if opening is closing or not start < end or not _SPAN_OPENS.search(article.text, claim.start, opening.start):
                continue
            if _SPAN_CLOSES.search(article.text, claim.start, closing.start):
                spans.append((opening, start, closing, end, opening_day and closing_day))
    return spans


def _lengths_between_two_ends(article: _Article) -> list[Finding]:
    """ "ending a strike that began on May 30" on Wednesday 9 June, and "their six-day stoppage": from
    the first day to the last is 10 days (11 counting both), not 6. "from 9 March ... due to reopen
    ... 20 March" is no "month-long closure"; "from March 2019 ... to March 2025" no "four years of
    the study". Only an article whose sentences date the two ends of one span, and lengths of that
    event's kind, of a journey, or of a thing the span's paragraph names."""
    spans = [(claim, *ends) for claim in article.events.claims for ends in _span_ends(article, claim)]
    if len(spans) != 1:
        return []
    claim, opening, start, closing, end, by_day = spans[0]
    kinds = quick_event_classes(article.text[claim.start:claim.end]) - {"*"}
    paragraph_start = article.text.rfind("\n\n", 0, claim.start)
    named_before = {singular(w.lower()) for w in re.findall(r"[A-Za-z]{4,}", article.text[max(0, paragraph_start - 400):claim.end])}
    elapsed = (end - start).days
    months = (end.year - start.year) * 12 + end.month - start.month
    for m in _DAYS_LONG.finditer(article.text):
        if claim.start <= m.start() < claim.end:
            continue
        nouns = [w.lower() for w in (m.group("noun"), m.group("noun2"), m.group("noun3"), m.group("noun4")) if w]
        if not any(singular(noun) in JOURNEY_NOUNS or _named_classes(quick_event_classes(noun)) & kinds
                   or m.group("noun4") and singular(noun) in named_before for noun in nouns):
            continue  # "a 14-day quarantine": a length of something else
        written = (m.group("n") or m.group("n2") or m.group("n3")).lower()
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
        length = 1 if written in ("a", "one") else int(written) if written.isdigit() else NUMBER_WORDS[written]
        if unit == "day" and by_day:
            if length in (elapsed, elapsed + 1):
                continue
            measured = f"{elapsed} days ({elapsed + 1} counting both ends)"
        else:
            told = length * _UNIT_MONTHS[unit]
            counted = elapsed * 12 / 365.25 if by_day else months
            if abs(counted - told) <= max(0.25, 0.25 * told) or not by_day and unit in ("day", "week"):
                continue  # a length in whole months or years is told loosely; months cannot count days
            measured = f"{elapsed} days" if by_day else f"{months} months"
        other = _claim_at(article, m.start())
        if other is None or any((r := _interval(article, t)) is not None and r.earliest is not None
                                and (r.latest < start or r.earliest > end) for t in other.times):
            continue  # "had earlier staged a five-day warning strike in November": another one, dated apart
        seqs = sorted((claim.seq, other.seq))
        return [Finding("temporal_conflict", seqs[0], seqs[1], (
            f"'{opening.text}' to '{closing.text}' vs '{m.group(0)}': the length does not fit the dates\n"
            f"{start.isoformat()} to {end.isoformat()} is {measured}, not {length} {unit}{'s' if length != 1 else ''} "
            f"(claims {seqs[0]} and {seqs[1]})"))]
    return []


# "The five-week trial, which opened on 9 June": a length in days, weeks or months of a lasting event.
_LASTING_LENGTH = re.compile(
    rf"\b(?P<n>{_DAY_COUNT})[- ](?P<unit>day|week|month)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{{4,}})\b", re.IGNORECASE)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.4}


def _length_from_start_to_outcome(article: _Article) -> list[Finding]:
    """ "convicted on Monday" ... "The five-week trial, which opened on 9 June": from its start to
    the outcome that ends it (a verdict ends a trial, in the event-order table) the trial lasted
    three weeks, not five. The start is the day the length's own sentence dates it from, the
    outcome the one dated mention of a class that follows the event's."""
    findings = []
    for m in _LASTING_LENGTH.finditer(article.text):
        trigger = trigger_of(m.group("noun").lower())
        lasting = (trigger[0] if trigger else frozenset()) & LASTING_EVENT_CLASSES
        index = next((i for i, c in enumerate(article.events.claims) if c.start <= m.start() < c.end), None)
        if not lasting or index is None:
            continue
        start = next((t for t in article.events.claims[index].times if t.start > m.end()
                      and _SPAN_OPENS.search(article.text, m.end(), t.start)), None)
        span = _interval(article, start) if start is not None else None
        if span is None or span.earliest is None or span.earliest != span.latest:
            continue
        outcomes = {b for a, b in EVENT_ORDER if a in lasting}
        ends = []
        for i, claim in enumerate(article.events.claims):
            if i == index or not claim.times or not quick_event_classes(claim.text) & outcomes:
                continue
            for mention in article.events[i].mentions:
                if mention.classes & outcomes and mention.time is not None and not mention.future:
                    end = _interval(article, mention.time)
                    if end is not None and end.earliest is not None and end.earliest == end.latest:
                        ends.append((claim, mention, end.earliest))
        if len({day for _, _, day in ends}) != 1:
            continue
        claim, mention, end_day = ends[0]
        elapsed = (end_day - span.earliest).days + 1
        stated = _UNIT_DAYS[m.group("unit").lower()] * (int(m.group("n")) if m.group("n").isdigit()
                                                          else NUMBER_WORDS[m.group("n").lower()])
        unit_days = _UNIT_DAYS[m.group("unit").lower()]
        if stated - unit_days < elapsed < stated + unit_days or elapsed <= 0:
            continue
        seqs = sorted((article.events.claims[index].seq, claim.seq))
        findings.append(Finding("temporal_conflict", seqs[0], seqs[1], (
            f"'{m.group(0)}' from '{start.text}' vs '{mention.time.text}': the length does not fit the dates\n"
            f"{span.earliest.isoformat()} to the {mention.named_class} on {end_day.isoformat()} is {elapsed} days "
            f"counting both ends, not {m.group('n')} {m.group('unit')}s (claims {seqs[0]} and {seqs[1]})")))
    return findings


def _negated_or_planned(article: _Article, q: Quantity) -> bool:
    """Whether the event a count takes part in did not happen or is yet to ("will treat 40")."""
    index = next(i for i, claim in enumerate(article.events.claims) if claim.seq == q.claim_seq)
    full = next((f for f in find_quantities(article.text, article.events[index]) if f.start == q.start), None)
    return full is not None and full.event is not None and (full.event.negated or full.event.future)


def _verb_before(text: str, q: Quantity) -> str | None:
    """The verb right before a count, as a lemma: "had treated a total of 29" -> treat."""
    words = re.findall(r"[A-Za-z]+", text[max(0, q.start - 25):q.start])
    if not words or words[-1][0].isupper():
        return None
    word = words[-1].lower()
    lemmas = word_lemmas(word)
    if not lemmas and word.endswith("ed"):
        return word  # "rehomed": a regular past the lemma table does not know
    verbs = lemmas.get("VERB", ())
    return verbs[0] if verbs and (word != verbs[0] or word in ("cut", "put", "hit", "set")) else None


# "died on Thursday, three days after the collision": a weekday counted from an event the article
# dated before ("struck by a lorry on Saturday").
_DAYS_AFTER_THE_EVENT = re.compile(
    rf"\b(?P<day>{'|'.join(WEEKDAY_NAMES)})\s*,\s*(?:just\s+|only\s+|exactly\s+)?(?P<n>a|one|two|three|four|five|six|\d)"
    r"\s+days?\s+(?P<dir>after|before)\s+(?:the|his|her|its|their)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{4,})\b"
    rf"(?!\s+(?:on|of|last|this)\b)")


# "The day after the announcement, on Thursday, ...": the count first, the weekday after it.
_THE_DAY_AFTER_THE_EVENT = re.compile(
    rf"\b(?:[Tt]he|[Aa])\s+(?:(?P<n>two|three|four|five|six|\d)\s+days|day)\s+(?P<dir>after|before)\s+"
    rf"(?:the|his|her|its|their)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{{4,}})\s*,\s*on\s+(?P<day>{'|'.join(WEEKDAY_NAMES)})\b")


def _days_after_a_dated_event(article: _Article) -> list[Finding]:
    """ "struck by a lorry on Saturday" ... "died on Thursday, three days after the collision": three
    days after Saturday is Tuesday. The event is the nearest earlier mention of the noun's class
    dated by a weekday or a day of a known date."""
    findings = []
    for m in [*_DAYS_AFTER_THE_EVENT.finditer(article.text), *_THE_DAY_AFTER_THE_EVENT.finditer(article.text)]:
        trigger = trigger_of(m.group("noun"))
        classes = _named_classes(trigger[0]) if trigger else frozenset()
        if not classes:
            continue
        # the event dated before, or (one told undated before and dated later) the one dated after:
        # "three days after the raid ... The robbery, on May 2, was captured on CCTV"
        event = _dated_mention_before(article, m.start(), classes) or _dated_mention_after(article, m.end(), classes)
        if event is None or event.time is None:
            continue
        weekday = _weekday_of(event.time)
        if weekday is None:
            continue
        days = _count_word(m.group("n") or "a")
        step = days if m.group("dir").lower() == "after" else -days
        expected = WEEKDAY_NAMES[(weekday + step) % 7]
        if expected == m.group("day"):
            continue
        finding = arithmetic.pair_finding(article.events.claims, event.time.start, m.start(), (
            f"'{event.time.text}' vs '{m.group(0)}': the days do not count\n"
            f"{m.group('n') or 'one'} day{'s' if days != 1 else ''} {m.group('dir').lower()} {WEEKDAY_NAMES[weekday]} is a "
            f"{expected}, not {m.group('day')}"), "temporal_conflict")
        if finding is not None:
            findings.append(finding)
    return findings


# "inspected the remains on May 30, three weeks after the collapse": a dated day counted from an event.
_DATE_AFTER_THE_EVENT = re.compile(
    rf"\b(?P<when>(?:{MONTH_ALTERNATION})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALTERNATION}))\s*,\s*"
    rf"(?:just\s+|only\s+|exactly\s+)?(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+(?:the|his|her|its|their)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{4,})\b",
    re.IGNORECASE)


def _dates_after_a_dated_event(article: _Article) -> list[Finding]:
    """ "The bridge collapsed on May 2 ... on May 30, three weeks after the collapse": three weeks
    after May 2 is May 23 (weeks give or take three days)."""
    findings = []
    for m in _DATE_AFTER_THE_EVENT.finditer(article.text):
        trigger = trigger_of(m.group("noun").lower())
        classes = _named_classes(trigger[0]) if trigger else frozenset()
        claim = _claim_at(article, m.start())
        told = next((t for t in (claim.times if claim else []) if t.start <= m.start() < t.end + 1 and t.earliest), None)
        event = _dated_mention_before(article, m.start(), classes) if classes else None
        if told is None or event is None or event.time is None or not event.time.earliest or event.time is told:
            continue
        derivation = _miscounted(m, event.time, told)
        if derivation is None:
            continue
        finding = arithmetic.pair_finding(article.events.claims, event.time.start, m.start(), (
            f"'{event.time.text}' vs '{m.group(0)}': the days do not count\n{derivation}"), "temporal_conflict")
        if finding is not None:
            findings.append(finding)
    return findings


_COUNTED_FROM = re.compile(
    r",\s*(?:just\s+|only\s+|exactly\s+)?(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+", re.IGNORECASE)


def _days_counted_between_two_dates(article: _Article) -> list[Finding]:
    """ "reopened on Monday, six weeks after it was closed for repairs on July 24": the day told first
    is the count after the day told last (weeks give or take three days)."""
    findings = []
    for claim in article.events.claims:
        window = article.text[claim.start:claim.end]
        for m in _COUNTED_FROM.finditer(window):
            start, end = claim.start + m.start(), claim.start + m.end()
            anchor = next((t for t in claim.times if 0 <= start - t.end <= 2 and t.earliest and t.granularity == "day"), None)
            ref = next((t for t in claim.times if end <= t.start <= end + 80 and t.earliest and t.granularity == "day"
                        and article.text[max(0, t.start - 3):t.start].lower() == "on "), None)
            if anchor is None or ref is None:
                continue
            derivation = _miscounted(m, ref, anchor)
            if derivation is None:
                continue
            findings.append(Finding("temporal_conflict", claim.seq, None, (
                f"'{anchor.text}' vs '{m.group(0).strip(', ')}... on {ref.text}': the days do not count\n"
                f"{derivation} (claim {claim.seq})")))
    return findings


def _miscounted(m: re.Match[str], counted_from: TimeExpression, told: TimeExpression) -> str | None:
    """The derivation when the day told is not the count ("three weeks after") from the other day,
    else None (a count in weeks allows three days either way)."""
    step, slack = _counted_step(m)
    expected = date.fromisoformat(counted_from.earliest) + step
    actual = date.fromisoformat(told.earliest)
    # counted from a month ("a hearing next month"), any of its days may be the one
    latest = date.fromisoformat(counted_from.latest) + step if counted_from.latest else expected
    if expected - timedelta(days=slack) <= actual <= latest + timedelta(days=slack):
        return None
    return (f"{m.group('n')} {m.group('unit').lower()} {m.group('dir').lower()} {counted_from.earliest} is {expected}, "
            f"not {actual}")


def _count_word(word: str) -> int:
    """ "a" or "the" (day) -> 1, "three" -> 3, "12" -> 12."""
    lower = word.lower()
    return 1 if lower in ("a", "the") else int(lower) if lower.isdigit() else int(NUMBER_WORDS[lower])


def _counted_step(m: re.Match[str]) -> tuple[timedelta, int]:
    """The signed span a match counts ("three weeks after": +21 days) and the days either way it allows
    (a count in weeks is loose by three days)."""
    weeks = m.group("unit").lower().startswith("week")
    step = timedelta(days=_count_word(m.group("n")) * (7 if weeks else 1))
    return (step if m.group("dir").lower() == "after" else -step), (3 if weeks else 0)


# "The visit ... came three days after the floods, which struck on May 30": the description's own event is
# dated by a count from another dated event, and the story dated it already ("visited ... on Saturday").
_CAME_AFTER = re.compile(
    r"\b(?:came|happened|took\s+place|was\s+held|were\s+held|began|started)\s+(?:just\s+|only\s+|exactly\s+)?"
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>after|before)\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{4,})\b", re.IGNORECASE)


def _described_event_counted_from_another(article: _Article) -> list[Finding]:
    """ "visited Orsk on Saturday" ... "The visit ... came three days after the floods, which struck on
    May 30": three days after May 30 is June 2, not Saturday 5 June."""
    for index, claim in enumerate(article.events.claims):
        m = _CAME_AFTER.search(claim.text)
        if m is None:
            continue
        offset = claim.start + m.start()
        described = [mention for mention in article.events[index].mentions
                     if mention.pos == "noun" and mention.determiner in ("the", "this", "that") and mention.end <= offset
                     and mention.time is None and _named_classes(mention.classes)]
        trigger = trigger_of(m.group("noun").lower())
        classes = _named_classes(trigger[0]) if trigger else frozenset()
        if not described or not classes or classes & described[0].classes:
            continue
        counted_from = _dated_mention_before(article, claim.end, classes)
        antecedent = _dated_mention_before(article, claim.start, _named_classes(described[0].classes))
        if counted_from is None or antecedent is None or antecedent.time is None:
            continue
        span, origin = _interval(article, antecedent.time), _interval(article, counted_from.time)
        if span is None or origin is None or span.earliest is None or origin.earliest is None or (
                span.earliest != span.latest or origin.earliest != origin.latest):
            continue
        step, slack = _counted_step(m)
        expected = origin.earliest + step
        if abs((span.earliest - expected).days) <= slack:
            continue
        seqs = sorted((antecedent.claim_seq, claim.seq))
        return [Finding("temporal_conflict", seqs[0], seqs[1], (
            f"'{antecedent.time.text}' ({span.earliest.isoformat()}) vs '{m.group(0)}': the days do not count\n"
            f"{m.group('n')} {m.group('unit').lower()} {m.group('dir').lower()} {origin.earliest.isoformat()} "
            f"('{counted_from.time.text}') is {expected.isoformat()}, not {span.earliest.isoformat()} "
            f"(claims {seqs[0]} and {seqs[1]})"))]
    return []


def _dated_mention_before(article: _Article, offset: int, classes: frozenset[str]) -> EventMention | None:
    for index in range(len(article.events) - 1, -1, -1):
        claim = article.events.claims[index]
        if claim.start >= offset or not claim.times:
            continue
        for mention in reversed(article.events[index].mentions):
            if mention.classes & classes and mention.time is not None and mention.end <= offset and not mention.future:
                return mention
    return None


def _dated_mention_after(article: _Article, offset: int, classes: frozenset[str]) -> EventMention | None:
    """The one later mention of the classes with a time, when it refers back ("The robbery, on May 2")."""
    found = []
    for index, claim in enumerate(article.events.claims):
        if claim.start < offset or not claim.times:
            continue
        found += [m for m in article.events[index].mentions
                  if m.classes & classes and m.time is not None and m.anaphoric and not m.future]
    return found[0] if len(found) == 1 else None


def _weekday_of(time: TimeExpression) -> int | None:
    """The weekday a time names: its own weekday word, or the day of a one-day date."""
    word = time.text.split()[-1].lower() if time.text.split() else ""
    for token in time.text.lower().replace(",", " ").split():
        if token in WEEKDAYS:
            return WEEKDAYS[token]
    if time.granularity == "day" and time.value and re.fullmatch(r"\d{4}-\d\d-\d\d", time.value):
        return date.fromisoformat(time.value).weekday()
    return None if word else None


# A death toll as of a time: "The death toll rose to 27 on Wednesday", "By Tuesday evening 31 people
# had been confirmed dead". A toll counts up: told at two times, the later cannot be the smaller.
_TOLL_AS_OF = re.compile(
    rf"\b(?:death\s+)?toll\b[^.;]{{0,40}}?\b(?:rose|climbed|jumped|reached|stood\s+at|stands\s+at|was|had\s+risen|"
    rf"has\s+risen|increased)\s+(?:to\s+)?(?:at\s+least\s+)?(?P<n>\d[\d,]*|{NUMBER_WORD_ALTERNATION})\b"
    rf"|\b[Bb]y\s+[^,.;]{{3,30}}?,?\s+(?:at\s+least\s+)?(?P<n2>\d[\d,]*|{NUMBER_WORD_ALTERNATION})\s+(?:people\s+)?"
    r"(?:had|have)\s+(?:been\s+)?(?:confirmed\s+dead|died|killed|been\s+killed|confirmed\s+killed)", re.IGNORECASE)
_TOLL_REVISED = re.compile(r"\b(?:revised|lowered|downgraded|corrected|double[- ]counted|overstated|cut)\b", re.IGNORECASE)


def _falling_tolls(article: _Article) -> list[Finding]:
    """ "The death toll rose to 27 on Wednesday" ... "By Tuesday evening 31 people had been confirmed
    dead": a toll counts up, so the one told for the earlier day cannot be the larger. Quiet where
    the article says a count was revised."""
    if _TOLL_REVISED.search(article.text):
        return []
    told = []
    for m in _TOLL_AS_OF.finditer(article.text):
        claim = _claim_at(article, m.start())
        if claim is None:
            continue
        times = [t for t in claim.times if t.start >= m.start() - 30 and t.end <= m.end() + 25]
        spans = [(t, _interval(article, t)) for t in times]
        spans = [(t, span) for t, span in spans if span is not None and span.earliest is not None]
        if len(spans) != 1:
            continue
        written = m.group("n") or m.group("n2")
        value = int(written.replace(",", "")) if written[0].isdigit() else int(NUMBER_WORDS[written.lower()])
        told.append((m, claim, spans[0][0], spans[0][1], value))
    findings = []
    for first in told:
        for second in told:
            (m1, c1, t1, s1, v1), (m2, c2, t2, s2, v2) = first, second
            if c1.seq == c2.seq or not s1.latest < s2.earliest or v1 <= v2:
                continue
            findings.append(Finding("numeric_conflict", min(c1.seq, c2.seq), max(c1.seq, c2.seq), (
                f"'{m1.group(0)}' ({t1.text}) vs '{m2.group(0)}' ({t2.text}): a toll cannot fall\n"
                f"{v1:,} by {s1.describe()} but {v2:,} by the later {s2.describe()} "
                f"(claims {c1.seq} and {c2.seq})")))
    return findings[:1]


def _events_out_of_order(article: _Article) -> list[Finding]:
    """ "Gunmen kidnapped Ana Lind on March 9" ... "Lind was freed on March 7": events that come in
    one order (event_order.tsv) for the same named participants, dated the other way round."""
    dated = []
    for index in range(len(article.events)):
        if not article.events.claims[index].times:
            continue
        for mention in article.events[index].mentions:
            named = {c for c in mention.classes if not c.startswith("=")}
            if not named or mention.time is None or mention.negated or _future(article, mention) or not mention.proper_names:
                continue
            span = _interval(article, mention.time)
            if span is not None and span.earliest is not None:
                dated.append((mention, named, span))
    for first, first_classes, first_span in dated:
        for second, second_classes, second_span in dated:
            if first.claim_seq == second.claim_seq or not second_span.latest < first_span.earliest:
                continue
            order = next(((a, b) for a in first_classes for b in second_classes if (a, b) in EVENT_ORDER), None)
            shared = first.proper_names & second.proper_names
            if order is None or not shared or _other_person(article, first, second, shared):
                continue
            if _someone_of(article, first) != _someone_of(article, second):
                continue
            seqs = sorted((first.claim_seq, second.claim_seq))
            return [Finding("temporal_conflict", seqs[0], seqs[1], (
                f"'{second.time.text}' ({second_span.describe()}) vs '{first.time.text}' ({first_span.describe()}): "
                f"the {order[1]} is dated before the {order[0]}\n"
                f"a {order[1]} follows the {order[0]} of the same person, so '{second.trigger}' cannot come before "
                f"'{first.trigger}' ({', '.join(sorted(shared)).title()}; claims {seqs[0]} and {seqs[1]})"))]
    return []


# "in the summer of 2019, after the field station ... opened in 2021": a time, then a clause joined by
# "after" or "before" that carries its own time.
_TIME_THEN_ORDERING = re.compile(r"\s*,?\s*(?P<word>after|before)\s+", re.IGNORECASE)


def _clauses_out_of_order(article: _Article) -> list[Finding]:
    """ "Sampling began in the summer of 2019, after the field station opened in 2021": a clause dated,
    then joined by "after" to a clause dated later (or by "before" to one dated earlier). The joining
    word follows the first time at once, so it orders that time's clause; the second time is the one
    the joined clause's own verb takes."""
    findings = []
    text = article.text
    for index, claim in enumerate(article.events.claims):
        for time in claim.times:
            joined = _TIME_THEN_ORDERING.match(text, time.end)
            if joined is None or joined.end() >= claim.end:
                continue
            verb = next((m for m in article.events[index].mentions if m.pos == "verb" and m.start >= joined.end()), None)
            if verb is None or verb.time is None or verb.time.start < verb.start or verb.negated or _future(article, verb):
                continue
            if _SENTENCE_BREAK.search(text, joined.end(), verb.start) or re.search(r",\s+(?:and|but)\s", text[joined.end():verb.start]):
                continue  # "founded in 2010, after its founder left the bank, and went public in 2015": another clause
            if any(m.time is time and _future(article, m) for m in article.events[index].mentions) or _PLANNED.search(
                    text, claim.start, time.start):
                continue  # "will rise from 1st April after the cabinet backed it on Tuesday": a plan's day
            first, second = _interval(article, time), _interval(article, verb.time)
            if first is None or second is None or first.earliest is None or second.earliest is None:
                continue
            after = joined.group("word").lower() == "after"
            if (first.latest >= second.earliest) if after else (first.earliest <= second.latest):
                continue
            findings.append(Finding("temporal_conflict", claim.seq, None, (
                f"'{time.text}' ({first.describe()}) {joined.group('word').lower()} '{verb.trigger} ... {verb.time.text}' "
                f"({second.describe()}): the order does not fit the dates\n"
                f"what happened {time.text} is told as coming {joined.group('word').lower()} what happened "
                f"{verb.time.text}, which is {'later' if after else 'earlier'} (claim {claim.seq})")))
            break
    return findings


# "first set on Nov. 5, 1978, and matched in 1961": a first time, then a repeat of it dated in the same clause.
_FIRST_THEN_REPEATED = re.compile(
    r"\bfirst\s+(?:set|recorded|reached|achieved|hit|won|done|held|climbed|run|seen|used|awarded|sighted|observed)\b"
    r"(?P<first>(?:[^.;]|\.(?=\s*\d)){1,40}?)(?:,\s*|\s+)(?:and\s+)?(?:then\s+)?(?:again\s+)?"
    r"(?P<again>matched|equalled|equaled|tied|repeated|broken|bettered|beaten|won\s+again|held\s+again|reached\s+again)\b"
    r"(?P<second>(?:[^.;]|\.(?=\s*\d)){1,30})", re.IGNORECASE)  # "Oct. 2, 1981": a month's point


def _repeats_before_the_first(article: _Article) -> list[Finding]:
    """ "the monthly record of 82 degrees, first set on Nov. 5, 1978, and matched in 1961": a repeat
    of a first cannot come before it."""
    findings = []
    for m in _FIRST_THEN_REPEATED.finditer(article.text):
        claim = _claim_at(article, m.start())
        if claim is None:
            continue
        firsts = [t for t in claim.times if m.start("first") <= t.start < m.end("first")]
        seconds = [t for t in claim.times if m.start("second") <= t.start < m.end("second")]
        if len(firsts) != 1 or len(seconds) != 1:
            continue
        first, second = _interval(article, firsts[0]), _interval(article, seconds[0])
        if first is None or second is None or first.earliest is None or second.earliest is None:
            continue
        if not second.latest < first.earliest:
            continue
        findings.append(Finding("temporal_conflict", claim.seq, None, (
            f"'first … {firsts[0].text}' vs '{m.group('again')} … {seconds[0].text}': the repeat is dated before the first\n"
            f"what was first done {firsts[0].text} cannot be {m.group('again').lower()} {seconds[0].text}, earlier "
            f"(claim {claim.seq})")))
    return findings


_SENTENCE_BREAK = re.compile(r"[.;:!?]\s")
_PLANNED = re.compile(r"\b(?:will|would|shall|is\s+due|are\s+due|is\s+set|are\s+set|plans?|planned|expected)\b",
                      re.IGNORECASE)


# What a meeting decides, named back as "the decision" (not "a decision", which may be another).
_MEETING_OUTCOME_CLASSES = frozenset({"decision"})


def _decision_before_its_meeting(article: _Article) -> list[Finding]:
    """ "The Monetary Policy Committee met on Tuesday, February 10" ... "The decision, announced on
    Monday evening, ...": the decision of the article's one dated meeting cannot be made public the
    day before the meeting. Only "the decision" in a later sentence than the meeting's, the meeting's
    own sentence naming no decision (a meeting "to review the decision" comes after it)."""
    meetings, outcomes = [], []
    if "decision" not in article.text.lower():
        return []
    for index in range(len(article.events)):
        claim = article.events.claims[index]
        if not claim.times or not quick_event_classes(claim.text) & (_MEETING_OUTCOME_CLASSES | {"meeting"}):
            continue  # reading a claim's events is the dear part: only claims that may hold one
        for mention in article.events[index].mentions:
            if mention.time is None or mention.negated or _future(article, mention):
                continue
            span = _interval(article, mention.time)
            if span is None or span.earliest is None or span.earliest != span.latest:
                continue
            if "meeting" in mention.classes and mention.pos == "verb":
                meetings.append((claim, mention, span))
            elif mention.classes & _MEETING_OUTCOME_CLASSES and mention.pos == "noun" and mention.determiner == "the":
                outcomes.append((claim, mention, span))
    if len(meetings) != 1 or not outcomes:
        return []
    meeting_claim, meeting, met = meetings[0]
    if quick_event_classes(meeting_claim.text) & _MEETING_OUTCOME_CLASSES:
        return []
    for claim, outcome, told in outcomes:
        if claim.start <= meeting_claim.start or not told.latest < met.earliest:
            continue
        seqs = sorted((meeting_claim.seq, claim.seq))
        return [Finding("temporal_conflict", seqs[0], seqs[1], (
            f"'{outcome.time.text}' ({told.describe()}) vs '{meeting.time.text}' ({met.describe()}): the decision "
            f"is dated before the meeting that made it\n'{meeting.trigger}' on {met.describe()}, so 'the "
            f"{outcome.trigger}' cannot be {told.describe()} (claims {seqs[0]} and {seqs[1]})"))]
    return []


def _claim_at(article: _Article, offset: int) -> Claim | None:
    return arithmetic.claim_at(article.events.claims, offset)


def _remainders(article: _Article) -> list[Finding]:
    """ "Of the 2,300 passengers, 1,900 were rebooked and the remaining 600 refunded": 1,900 + 600 = 2,300."""
    findings = []
    for m in _REMAINDER.finditer(article.text):
        parts = [int(p.replace(",", "")) for p in _PART.findall(m.group("middle"))]
        if len(parts) != 1:
            continue
        total, part, rest = int(m.group("total").replace(",", "")), parts[0], int(m.group("rest").replace(",", ""))
        if part + rest == total or part > total:
            continue
        first, second = _claim_at(article, m.start("total")), _claim_at(article, m.start("rest"))
        if first is None or second is None:
            continue
        explanation = (
            f"'{m.group('total')} {m.group('noun')}' vs '{m.group('rest')}' remaining: the parts do not add up\n"
            f"{total:,} - {part:,} = {total - part:,} remaining, not {rest:,} ({part:,} + {rest:,} = {part + rest:,})"
            f" (claims {first.seq} and {second.seq})"
        )
        other = second.seq if second.seq != first.seq else None
        findings.append(Finding("numeric_conflict", first.seq, other, explanation))
    return findings


def _percent_changes(article: _Article) -> list[Finding]:
    """ "rose 20 percent to 1.8 million" against the earlier level the article states elsewhere."""
    findings = []
    text = article.text
    for m in _PERCENT_CHANGE.finditer(text):
        written_fraction = m.groupdict().get("fraction")
        pct = FRACTION_WORDS[written_fraction.lower()] * 100 if written_fraction else float(m.group("pct") or m.group("pct3"))
        sign = -1 if m.group("verb").split()[-1] in ("fell", "dropped", "declined", "decreased", "down",
                                                      "slumped") else 1
        scale = _SCALES[m.group("scale")]
        new = float(m.group("to").replace(",", "")) * scale
        claim = _claim_at(article, m.start())
        if claim is None:
            continue
        for level in re.finditer(_LEVEL, text):
            if claim.start <= level.start() < claim.end or level.group("scale") != m.group("scale"):
                continue
            if not m.group("scale") and "," not in level.group("level"):
                continue  # small bare numbers are too common to be the base of this change
            old = float(level.group("level").replace(",", "")) * scale
            named_sum = _same_sum(text, claim, level, m)  # the sum before, named: its direction must fit too
            if old <= 0 or old == new or ((sign > 0) != (new > old) and not named_sum):
                continue
            if not _counts_same_thing(text, claim, level.end()) and not named_sum:
                continue
            actual = (new - old) / old * 100
            if abs(abs(actual) - pct) <= max(1.0, pct * 0.1):
                break  # this level fits: the article is consistent
            other = _claim_at(article, level.start())
            if other is None:
                continue
            explanation = (
                f"'{m.group(0).strip()}' vs '{level.group(0).strip()}': the change does not match the levels\n"
                f"{old:,.0f} -> {new:,.0f} is {actual:+.0f}%, not {sign * pct:+.0f}%; a {sign * pct:+.0f}% change "
                f"to {new:,.0f} implies {new / (1 + sign * pct / 100):,.0f} before (claims {claim.seq} and {other.seq})"
            )
            findings.append(Finding("numeric_conflict", claim.seq, other.seq, explanation))
            break
    return findings


_FRACTION_WORDS = "|".join(sorted((re.escape(w) for w in FRACTION_WORDS), key=len, reverse=True))
_CHANGE_VERB = (r"rose|increased|grew|climbed|jumped|was up|were up|fell|dropped|declined|decreased|was down|"
                r"were down|slumped|rising|falling|cut|cuts|reduced|reduce|raised|raise|boosted")
_MONEY_LEVEL = (r"[$€£¥]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:million|billion|thousand|bn|m|k)?\b"
                r"(?:\s+(?:crowns|euros|dollars|pounds|kronor|francs|yen|rupees|passengers|visitors|people))?")
# "rose 20% to £120m from £90m", "fell 10 per cent from 1,500 to 1,350": both levels in the clause.
_PERCENT_FROM_TO = re.compile(
    rf"\b(?P<verb>{_CHANGE_VERB})\s+(?:(?:its|their|the|his|her)\s+(?:[a-z]+\s+){{0,3}})?(?:by\s+)?"
    rf"(?:(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)|(?P<fraction>{_FRACTION_WORDS}))\s*,?\s+"
    # "rose by a fifth last year, from an average of £1,000 a month to £1,350"
    r"(?:(?:last|this)\s+(?:year|month|week|quarter|season)\s*,?\s+)?"
    # "rose 25% last year to 1.5 million": the period may come before the new level
    r"(?:(?:last|this)\s+(?:year|month|week|quarter|season)\s+|in\s+(?:19|20)\d\d\s+)?"
    # "to £56m in the year to June, from £40m": a period may stand between the two levels
    rf"(?:to\s+(?P<to>{_MONEY_LEVEL})(?:\s+(?:(?:in|for|over|during)\s[^.;\d$£€%]{{0,30}}?|last\s+year|this\s+year))?"
    rf"\s*,?\s+(?:up\s+|down\s+)?from\s+"
    rf"(?P<from>{_MONEY_LEVEL})"
    rf"|from\s+(?:an?\s+average\s+of\s+)?(?P<from2>{_MONEY_LEVEL})\s+(?:a\s+(?:month|year|week)\s+)?to\s+(?P<to2>{_MONEY_LEVEL}))"
    # "welcomed 1.2 million visitors last year, up 50% on the 900,000 who came in 2026"
    rf"|(?P<to3>{_MONEY_LEVEL})\s+(?:[a-z]+\s+){{0,4}}?(?:[a-z]+)\s*,\s*(?P<verb3>up|down)\s+(?P<pct3>\d+(?:\.\d+)?)\s*"
    rf"(?:%|percent|per cent)\s+(?:on|from)\s+(?:the\s+)?(?P<from3>{_MONEY_LEVEL})")


def _level(written: str) -> float:
    number = re.search(r"\d[\d,]*(?:\.\d+)?", written)[0]
    scale = re.search(r"\d\s*(million|billion|thousand|bn|m|k)\b", written.strip())  # "2.8 billion crowns"
    return float(number.replace(",", "")) * (SCALE_WORDS[scale[1]] if scale else 1)


# "fell to 4,200 in April from 6,000 a year earlier, a drop of 20 per cent": both levels, then the change.
_LEVELS_THEN_PERCENT = re.compile(
    rf"\b(?P<verb>{_CHANGE_VERB})\s+(?:to\s+(?P<to>{_MONEY_LEVEL})[^.;%]{{0,40}}?\bfrom\s+(?P<from>{_MONEY_LEVEL})"
    rf"|from\s+(?P<from2>{_MONEY_LEVEL})[^.;%]{{0,40}}?\bto\s+(?P<to2>{_MONEY_LEVEL}))"
    r"[^.;%]{0,40}?,\s*(?:an?\s+(?P<noun>drop|fall|decline|decrease|cut|reduction|rise|increase|jump|gain)\s+of|"
    r"(?P<dir>up|down))\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)")


# "will raise council tax by 2.9 per cent from April, taking the average bill from £1,850 to £1,960"
_PERCENT_THEN_TAKING = re.compile(
    r"\b(?P<verb>raise[sd]?|raising|rise[sn]?|rose|increase[sd]?|increasing|cut(?:s|ting)?|reduce[sd]?|reducing|"
    r"lower(?:s|ed|ing)?|put(?:s|ting)?\s+up)\b[^.;%]{0,40}?\bby\s+(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)"
    r"[^.;%]{0,30}?,\s*(?:taking|bringing|pushing|lifting|raising|cutting|reducing)\s+[^.;%]{0,60}?\bfrom\s+"
    rf"(?P<from>{_MONEY_LEVEL})\s+to\s+(?P<to>{_MONEY_LEVEL})")


def _percent_then_its_levels(article: _Article) -> list[Finding]:
    """ "will raise council tax by 2.9 per cent from April, taking the average Band D bill from £1,850
    to £1,960": £1,850 to £1,960 is a rise of 5.9%."""
    findings = []
    for m in _PERCENT_THEN_TAKING.finditer(article.text):
        new, old = _level(m.group("to")), _level(m.group("from"))
        if old <= 0:
            continue
        falling = m.group("verb").lower().startswith(("cut", "reduc", "lower"))
        finding = _change_against_its_levels(article, m, old, new, float(m.group("pct")), falling)
        if finding is not None:
            findings.append(finding)
    return findings


def _levels_then_percent(article: _Article) -> list[Finding]:
    """ "fell to 4,200 in April from 6,000 a year earlier, a drop of 20 per cent": 6,000 to 4,200 is
    a 30% drop. The two levels and the percentage told after them, in one sentence."""
    findings = []
    for m in _LEVELS_THEN_PERCENT.finditer(article.text):
        written = (m.group("to") or m.group("to2"), m.group("from") or m.group("from2"))
        if any(re.fullmatch(r"\s*(?:1[89]\d\d|20\d\d)\s*", w) for w in written):
            continue
        new, old = _level(written[0]), _level(written[1])
        if old <= 0:
            continue
        falling = (m.group("noun") or m.group("dir")).lower() in FALLING_CHANGE_WORDS
        finding = _change_against_its_levels(article, m, old, new, float(m.group("pct")), falling)
        if finding is not None:
            findings.append(finding)
    return findings


def _change_against_its_levels(article: _Article, m: re.Match[str], old: float, new: float, pct: float,
                               falling: bool) -> Finding | None:
    """The finding when a percentage change told with its two levels does not match them (within a
    point, or a tenth of the change), or goes the other way."""
    actual = (new - old) / old * 100
    if abs(abs(actual) - pct) <= max(1.0, pct * 0.1) and (actual < 0) == falling:
        return None
    claim = _claim_at(article, m.start())
    if claim is None:
        return None
    return Finding("numeric_conflict", claim.seq, None, (
        f"'{m.group(0).strip()}': the change does not match the levels\n"
        f"{old:,.0f} -> {new:,.0f} is {actual:+.0f}%, not {-pct if falling else pct:+.0f}% (claim {claim.seq})"))


def _percent_from_to(article: _Article) -> list[Finding]:
    """ "rose 20% to £120m from £90m": £90m to £120m is a third more, not a fifth."""
    findings = []
    for m in _PERCENT_FROM_TO.finditer(article.text):
        levels = (m.group("to") or m.group("to2") or m.group("to3"), m.group("from") or m.group("from2") or m.group("from3"))
        if any(re.fullmatch(r"\s*(?:1[89]\d\d|20\d\d)\s*", written) for written in levels):
            continue  # "grew 27 percent from 2009 to 2014": a period, not two levels
        new, old = _level(levels[0]), _level(levels[1])
        written_fraction = m.groupdict().get("fraction")
        pct = FRACTION_WORDS[written_fraction.lower()] * 100 if written_fraction else float(m.group("pct") or m.group("pct3"))
        if old <= 0:
            continue
        falling = (m.group("verb") or m.group("verb3")).split()[-1] in (
            "fell", "dropped", "declined", "decreased", "down", "slumped", "falling", "cut", "cuts", "reduced", "reduce")
        finding = _change_against_its_levels(article, m, old, new, pct, falling)
        if finding is not None:
            findings.append(finding)
    return findings


def _same_sum(text: str, claim: Claim, level: re.Match[str], change: re.Match[str]) -> bool:
    """ "profit fell by half to 320 million crowns" ... "a profit of 810 million crowns": a level in the
    change's currency, named by a noun of the change's claim ("profit of"), is the sum before."""
    currency = change.group("currency")
    if not currency or not text[level.end():level.end() + 20].lstrip().lower().startswith(currency.lower()):
        return False
    noun = re.search(r"\b([a-z]{4,})\s+of\s+$", text[max(0, level.start() - 30):level.start()])
    return noun is not None and noun.group(1) in claim.text.lower()


def _counts_same_thing(text: str, claim: Claim, level_end: int) -> bool:
    """The level counts what the change is about: "1.2 million arrivals" for "arrivals rose 20 percent"."""
    noun = re.match(r"\s+([a-z]{4,})", text[level_end:level_end + 30])
    if noun is None:
        return False
    word = noun.group(1)
    if word in CURRENCY_WORDS or word in MEASURE_UNITS or word in PERCENT_WORDS or word in FUNCTION_WORDS:
        return False
    lemma = singular(word)
    return any(singular(w.lower()) == lemma for w in re.findall(r"[A-Za-z]{4,}", claim.text))



# A span the article dates at both ends: a start year ("since 1926", "opened in 1932"), a
# length in years ("85 years of service", "has carried traffic for 85 years"), and an end: a
# stated one ("ended last year", "closed in 2011") or, for a span still running, publication.
_SPAN_START = re.compile(
    r"\b(?:[Ss]ince|(?:[Oo]pened|[Ff]ounded|[Ee]stablished|[Bb]uilt|[Ll]aunched|began|started|introduced|inaugurated|set up|"
    r"created|formed|[Oo]rgani[sz]ed|[Ii]ncorporated|[Cc]hartered|completed|elected|appointed|took office|took over)"
    r"(?:\s+(?:as\s+)?[a-z]+){0,2}?"
    r"(?:\s+on\s+an?\s+(?:[a-z]+\s+){0,2}(?:night|day|morning|afternoon|evening))?"  # "organized on a winter night in 1929"
    # the thing opened, named ("opened the first Ricci's bakery on Mill Street in 1977")
    r"(?:\s+the\s+(?:first|original)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}?)?\s+in)\s+"
    rf"(?:(?:early|mid|late)[- ]?)?(?:(?i:{MONTH_ALTERNATION})\.?\s+)?(?P<year>1[6-9]\d\d|20\d\d)\b")  # "Founded in 1928, the club ..." opens a sentence too
# Of several starts, the one that brings the subject into being ("founded in 1987") rather than
# what happened to it since ("a refurbishment completed in 2019", "in storage since 2020").
_FOUNDING = re.compile(r"(?i:founded|founds?|established|establishes|set up|sets up|formed|created|organi[sz]ed|incorporated|chartered|opened|opens?|launched|launches|began|started|inaugurated)\b")
_SPAN_WORD = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w and NUMBER_WORDS[w] >= 2), key=len, reverse=True))
_SPAN_LENGTH = re.compile(
    rf"\b(?P<running>ha[sd]|have)\s+(?:been\s+(?:{'|'.join(sorted(SPAN_STATES))}|in\s+(?:service|operation|use|business))"
    rf"|{'|'.join(sorted(SPAN_PARTICIPLES))})\b[^.;]{{0,40}}?\bfor\s+(?P<n>\d{{1,3}}|{_SPAN_WORD})\s+years\b"
    rf"|\b(?:(?P<hedge>more\s+than|over|nearly|almost|about|around|some)\s+)?(?P<n2>\d{{1,3}}|{_SPAN_WORD})"
    rf"(?:\s+years\s+of\s+(?:service|operation|operations|operating|production|history|existence|trading|business|"
    rf"work|use|[a-z]{{3,}}ing)\b"
    rf"|-year\s+(?:history|run|career))"
    rf"|\b[Aa]fter\s+(?P<n3>\d{{1,3}}|{_SPAN_WORD})\s+years\s*,"  # "After 85 years, it would be a tragedy to lose it"
    # running at publication: "We are marking 35 years this season" (not "35 years since the flood"),
    # "In the 25 years we have been running trams"
    rf"|\b(?:marking|marks|mark|celebrating|celebrates|celebrate)\s+(?P<n4>\d{{1,3}}|{_SPAN_WORD})\s+years\b"
    r"(?!\s+(?:after|of|from|ago)\b)(?!\s+since\b(?![^.;]{0,50}?\b(?:founded|established|opened|set\s+up|started)\b))"
    rf"|\b[Tt]he\s+(?P<n5>\d{{1,3}}|{_SPAN_WORD})\s+years\s+(?:that\s+)?(?:we|it|they|he|she|I)\s+(?:ha(?:ve|s)|'ve)\s+been\b"
    # the founding told as a count back from publication: "When our founders pooled their savings
    # twenty-five years ago", "the two brothers who set it up 40 years ago"
    rf"|\b(?:founders?|founding|founded|set\s+(?:it\s+)?up|established|(?:started|launched)\s+(?=(?-i:[A-Z])|the\s+(?:company|firm|business)))"
    rf"\b[^.;\"“”]{{0,60}}?\b(?P<n6>\d{{1,3}}|{_SPAN_WORD})\s+years\s+ago\b"  # "When we started Ledgerline seven years ago"
    # "For 71 years, the marble-topped tables ... served bun maska": a run told as over, opening its sentence
    rf"|\b(?-i:For)\s+(?P<n7>\d{{1,3}}|{_SPAN_WORD})\s+years\s*,",
    re.IGNORECASE)
# A timeline's line that closes the subject: "2023 – ... the family closes the café in March."
_TIMELINE_END = re.compile(r"(?m)^(?P<year>1[6-9]\d\d|20\d\d)\s*[–—-]\s*[^\n]{0,160}?\b(?:closes|closed|shuts|shut|"
                           r"folds|folded|ends|ended)\b")
_SPAN_END = re.compile(
    r"\b(?:ended|closed|shut|stopped|retired|scrapped|folded|ceased|withdrawn|demolished|abolished|dissolved)\b"
    r"[^.;]{0,30}?\b(?:in\s+(?P<year>1[6-9]\d\d|20\d\d)\b|(?P<which>last|this)\s+year\b)")


# A timeline's line that founds or opens the subject: "1988 – John and Margaret Kellerman buy 32
# hectares ... and found the winery."
_TIMELINE_START = re.compile(r"(?m)^(?P<year>1[6-9]\d\d|20\d\d)\s*[–—-]\s*[^\n]{0,160}?\b(?:founds?|founded|opens?|opened|"
                             r"establish(?:es|ed)|launch(?:es|ed)|sets?\s+up)\b")


_FOUNDED = re.compile(r"\b(?:found|founds|founded|establish|establishes|established)\b", re.IGNORECASE)


def _starts_of_spans(text: str) -> list[re.Match[str]]:
    """Each start told of a thing that runs on ("founded in 1928", "since 1990") or a timeline's founding line."""
    return sorted([*_SPAN_START.finditer(text), *_TIMELINE_START.finditer(text)], key=lambda m: m.start())


def _told_start(start: re.Match[str]) -> str:
    """How a start is quoted: a timeline's line by its year and verb ("1988 – … found")."""
    if start.re is _TIMELINE_START:
        return f"{start.group('year')} – … {start.group(0).split()[-1]}"
    return start.group(0)


def _spans(article: _Article) -> list[Finding]:
    """ "had run since 1926", "ended last year", "85 years of service": 1926 to 2023 is 97 years.
    Only an article with one start, one length and at most one end: two spans are never mixed."""
    published = article.published.year if article.published else (
        article.window.latest.year if article.window is not None and article.window.year_known else None)
    starts, lengths = _starts_of_spans(article.text), list(_SPAN_LENGTH.finditer(article.text))
    ends = [*_SPAN_END.finditer(article.text), *_TIMELINE_END.finditer(article.text)]
    if len(starts) > 1 and (lengths and (lengths[0].group("n4") or lengths[0].group("n5") or lengths[0].group("n6")
                                         or lengths[0].group("n7"))):
        starts = [m for m in starts if _FOUNDING.search(m.group(0)) and not m.group(0).lower().startswith("since")]
        founded = [m for m in starts if _FOUNDED.search(m.group(0))]
        if len(founded) == 1:
            starts = founded  # "found the winery" (1988) before "The new winery and cellar door open" (2004)
    if len(starts) != 1 or len(lengths) != 1 or len(ends) > 1:
        return []
    start, length = starts[0], lengths[0]
    if ends:
        end_match = ends[0]
        if end_match.group("year"):
            end = int(end_match.group("year"))
        elif published is None:
            return []
        else:
            end = published - (end_match.group("which") == "last")
        until = f"ended {end}"
    elif published is not None and ((length.group("running") or "").lower() in ("has", "have") or length.group("n4")
                                    or length.group("n5") or length.group("n6") or (
            start.group(0).lower().startswith("since") and (" of " in length.group(0) or length.group("n3")))):
        # "has carried traffic for 85 years"; "has made bottles since 1962" ... "80 years of glassmaking":
        # running at publication (a "20-year career" may have begun long before "since 2010")
        end, until = published, f"still running at publication ({published})"
    else:
        return []
    first_year = int(start.group("year"))
    written = (length.group("n") or length.group("n2") or length.group("n3") or length.group("n4") or length.group("n5")
               or length.group("n6") or length.group("n7"))
    years = int(written) if written.isdigit() else int(NUMBER_WORDS[written.lower()])
    if end < first_year or _span_fits(end - first_year, years, (length.group("hedge") or "").lower()):
        return []
    quoted = "for " + length.group(0).split(" for ")[-1] if length.group("running") else length.group(0)
    finding = arithmetic.pair_finding(article.events.claims, start.start(), length.start(), (
        f"'{_told_start(start)}' vs '{quoted}': the length does not fit the dates\n"
        f"from {first_year}, {until}: {end - first_year} years, not {years}"), "temporal_conflict")
    return [finding] if finding is not None else []


def _span_fits(elapsed: int, years: int, hedge: str) -> bool:
    """Whether a span of ``elapsed`` calendar years may be told as ``years`` with its hedge (a year
    either way for the part-years at both ends)."""
    if hedge in ("more than", "over"):
        return elapsed >= years - 1
    if hedge in ("nearly", "almost"):
        return years - 3 <= elapsed <= years + 1
    if hedge:
        return abs(elapsed - years) <= max(2, years // 10)
    return abs(elapsed - years) <= 1


# "its 25th anniversary", "the bakery's tenth anniversary", and the year it falls in, where the clause says one.
_ANNIVERSARY = re.compile(
    r"\b(?P<owner>[Ii]ts|[Tt]heir|[Tt]he\s+[a-z]+['’]s|[A-Z][\w-]*['’]s)\s+(?:(?P<n>\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(word for word in ORDINALS if word.isalpha()) + r")\s+anniversary\b|(?P<named>"
    + "|".join(sorted(NAMED_ANNIVERSARIES, key=len, reverse=True)) + r")\b)"
    r"(?:[^.;]{0,40}?\b(?:in\s+(?P<year>1[6-9]\d\d|20\d\d)\b|(?P<which>next|last)\s+year\b))?")


def _start_of_the_one_celebrating(text: str, start: re.Match[str], anniversary: re.Match[str]) -> bool:
    """A start told after the anniversary is its subject's own when its clause names it as "this" or
    "the" thing the anniversary's sentence (or the headline) names: "the institution marked its golden
    jubilee" ... "When this school started in 1986" (the headline: "Girls' school ... celebrates ...")."""
    subject = re.search(r"\b(?:this|the|our)\s+(?P<noun>[a-z]{3,})\s+(?:[a-z]+\s+){0,2}$",
                        text[max(0, start.start() - 50):start.start()], re.IGNORECASE)
    if subject is None:
        return False
    named = text[slice(*arithmetic.sentence_of(text, anniversary.start()))] + " " + text.split("\n", 1)[0]
    return re.search(rf"\b{subject.group('noun')}s?\b", named, re.IGNORECASE) is not None


def _anniversaries(article: _Article) -> list[Finding]:
    """ "opened its doors in 1990" ... "celebrates its 25th anniversary this week": 1990 and 25
    years make 2015, not the publication's 2026. Only an article with one start and one
    anniversary of its subject (a possessive: "its", "the bakery's"), as for spans."""
    starts, anniversaries = _starts_of_spans(article.text), list(_ANNIVERSARY.finditer(article.text))
    if len(starts) > 1:  # "opened the first bakery in 1977" ... "has run the business since 2015": the founding
        starts = [m for m in starts if _FOUNDING.search(m.group(0)) and not m.group(0).lower().startswith("since")]
    if len(starts) != 1 or len(anniversaries) != 1:
        return []
    start, anniversary = starts[0], anniversaries[0]
    if start.group(0).lower().startswith("since") or (start.start() > anniversary.start()
                                                      and not _start_of_the_one_celebrating(article.text, start, anniversary)):
        return []  # "since 1990" dates a state, not a founding; the founding is told before its anniversary
    owner = anniversary.group("owner").split()[-1]
    if owner.lower() not in ("its", "their") and not _owner_was_founded(article, start, owner):
        return []  # "the town's 800th anniversary" after "The theatre, founded in 1952": another subject
    if anniversary.group("named"):
        years = NAMED_ANNIVERSARIES[" ".join(anniversary.group("named").lower().split())]
    else:
        written = anniversary.group("n").lower()
        years = int(written[:-2]) if written[0].isdigit() else ORDINALS[written]
    if anniversary.group("year"):
        year, when = int(anniversary.group("year")), anniversary.group("year")
    elif article.published is not None:
        shift = {"next": 1, "last": -1}.get((anniversary.group("which") or "").lower(), 0)
        year, when = article.published.year + shift, f"{article.published.year + shift}, from the publication date"
    else:
        return []
    first_year = int(start.group("year"))
    if abs(year - first_year - years) <= 1:
        return []  # a celebration may fall a little before or after the day
    finding = arithmetic.pair_finding(article.events.claims, start.start(), anniversary.start(), (
        f"'{_told_start(start)}' vs '{anniversary.group(0)}': the anniversary does not fit the year\n"
        f"from {first_year} to {when}: {year - first_year} years, not {years}"), "temporal_conflict")
    return [finding] if finding is not None else []


# "founded 50 years ago in 1990", "in 1990, 50 years ago": a count back from publication and the year it reaches.
_YEARS_AGO_IN = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{NUMBER_WORD_ALTERNATION})\s+years\s+ago,?\s+in\s+(?P<year>1[6-9]\d\d|20\d\d)\b"
    rf"|\bin\s+(?P<year2>1[6-9]\d\d|20\d\d),?\s+(?:some\s+)?(?P<n2>\d{{1,3}}|{NUMBER_WORD_ALTERNATION})\s+years\s+ago\b",
    re.IGNORECASE)


def _years_ago_in_a_year(article: _Article) -> list[Finding]:
    """ "founded 50 years ago in 1990": published in 2026, 1990 was 36 years ago."""
    if article.published is None:
        return []
    findings = []
    for m in _YEARS_AGO_IN.finditer(article.text):
        written = (m.group("n") or m.group("n2")).lower()
        years = int(written) if written.isdigit() else int(NUMBER_WORDS[written])
        year = int(m.group("year") or m.group("year2"))
        if abs(article.published.year - year - years) <= 1:
            continue  # "50 years ago" a few months either side of the anniversary
        finding = arithmetic.pair_finding(article.events.claims, m.start(), m.start(), (
            f"'{m.group(0)}': the years do not count back to the year\n"
            f"published in {article.published.year}, {year} was {article.published.year - year} years ago, not {years}"),
            "temporal_conflict")
        if finding is not None:
            findings.append(finding)
    return findings


def _owner_was_founded(article: _Article, start: re.Match[str], owner: str) -> bool:
    """Whether the anniversary's owner ("the bakery's", "Corbel's") is named in the sentence of the founding."""
    name = owner.lower().removesuffix("'s").removesuffix("’s")
    claim = arithmetic.claim_at(article.events.claims, start.start())
    return claim is not None and name in claim.text.lower()


_DAY_AND_DATE = re.compile(
    # "on the Saturday night, 26 July": a part of the day may stand between the weekday and its date
    rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})(?:\s+(?:{'|'.join(sorted(PARTS_OF_DAY))}))?\s*,?\s+(?:the\s+)?(?:(?P<month>{MONTH_ALTERNATION})\.?\s+(?P<day>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{MONTH_ALTERNATION})\b\.?)"
    r"(?:,?\s+(?P<year>1[89]\d\d|20\d\d)\b)?",
    re.IGNORECASE)


def _weekday_dates(article: _Article) -> list[Finding]:
    """ "on Wednesday, May 14" when 14 May of that year is a Tuesday: the weekday and the date
    written side by side name two days. The year is the date's own, or the publication's
    (the one of the three around it that puts the date nearest publication)."""
    published = article.published or (
        article.window.latest if article.window is not None and article.window.year_known else None)
    findings = []
    for m in _DAY_AND_DATE.finditer(article.text):
        if not m.group("year") and published is None:
            continue
        when = _day_and_date(m, published)
        stated = WEEKDAYS[m.group("weekday").lower()]
        claim = _claim_at(article, m.start())
        if when is None or when.weekday() == stated or claim is None:
            continue
        explanation = (
            f"'{m.group(0)}': {when.day} {MONTH_NAMES[when.month]} {when.year} is a "
            f"{WEEKDAY_NAMES[when.weekday()]}, not a {WEEKDAY_NAMES[stated]}\n"
            f"the weekday and the date written together name two different days (claim {claim.seq})")
        findings.append(Finding("temporal_conflict", claim.seq, None, explanation))
    return findings


def _written_date_after_weekday(article: _Article, at: int) -> date | None:
    """The date written beside the weekday at ``at`` ("Tuesday, July 28"), in the year that puts it
    nearest publication; None without one or without a publication date."""
    m = _DAY_AND_DATE.match(article.text, at)
    return _day_and_date(m, article.published) if m is not None and article.published is not None else None


def _day_and_date(m: re.Match[str], published: date | None) -> date | None:
    """The date of a ``_DAY_AND_DATE`` match: its own year, or the one of the three around
    publication that puts it nearest publication."""
    month, day = MONTHS[(m.group("month") or m.group("month2")).lower()], int(m.group("day") or m.group("day2"))
    if m.group("year"):
        return _safe_date(int(m.group("year")), month, day)
    if published is None:
        return None
    near = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _safe_date(y, month, day)) is not None]
    return min(near, key=lambda d: abs(d - published)) if near else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# How long something has run, against the day it began: "issued on May 2, has been in force for
# nine days" (published 16 May: fourteen), "began on Monday ... entered its fifth day on Thursday"
# (the fourth).
_ONE_DAY = rf"(?:{'|'.join(WEEKDAYS)}|(?:{MONTH_ALTERNATION})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_ALTERNATION}))"
_BEGAN_ON = re.compile(
    r"\b(?:began|begun|started|issued|imposed|declared|introduced|went missing|disappeared|broke out|erupted|"
    rf"walked out|was launched|were launched)\s+(?:[\w'’-]+\s+){{0,3}}?on\s+(?P<when>{_ONE_DAY})\b",
    re.IGNORECASE)
_RUNNING_FOR = re.compile(
    rf"\b(?:has|have)\s+been\s+(?:[\w-]+\s+){{0,3}}?for\s+(?P<n>\d{{1,2}}|{_SPAN_WORD})\s+(?P<unit>days|weeks)\b",
    re.IGNORECASE)
_NTH_DAY = re.compile(
    rf"\bits\s+(?P<ord>{'|'.join(sorted(ORDINALS, key=len, reverse=True))})\s+(?P<unit>day|week)\b"
    rf"(?:[^.;]{{0,20}}?\bon\s+(?P<when>{_ONE_DAY})\b)?"
    # "On the third day of the strike, Thursday, ...": the day named beside its count
    rf"|\bthe\s+(?P<ord2>{'|'.join(sorted(ORDINALS, key=len, reverse=True))})\s+(?P<unit2>day)\s+of\s+the\s+"
    rf"(?:[a-z-]+\s+)?[a-z-]+\s*,\s*(?P<when2>{_ONE_DAY})\b",
    re.IGNORECASE)


def _day_of(written: str, published: date | None, not_after: date | None) -> date | None:
    """The date of "Monday" (the last one on or before ``not_after``) or "May 2" (nearest publication)."""
    words = written.lower().replace(".", "").split()
    if words[0] in WEEKDAYS:
        if not_after is None:
            return None
        return not_after - timedelta(days=(not_after.weekday() - WEEKDAYS[words[0]]) % 7)
    if published is None:
        return None
    month = MONTHS[words[0]] if words[0] in MONTHS else MONTHS[words[-1]]
    day = int(re.match(r"\d+", words[-1] if words[0] in MONTHS else words[0])[0])
    near = [d for y in (published.year - 1, published.year) if (d := _safe_date(y, month, day)) and d <= published]
    return max(near) if near else None


_ANY_SUNDAY = date(2000, 1, 2)


def _day_name(day: date, published: date | None) -> str:
    """ "Monday 13 May"; only "Monday" when no publication date placed the weekdays in a year."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month]}" if published else WEEKDAY_NAMES[day.weekday()]


def _running_lengths(article: _Article) -> list[Finding]:
    """One thing that began on a day and has run since: its length in days or its "Nth day"
    must count from that day. Only an article with one beginning, so two runs are never mixed."""
    began = list(_BEGAN_ON.finditer(article.text))
    if len(began) != 1:
        return []
    published = article.published
    findings = []
    for m in [*_RUNNING_FOR.finditer(article.text), *_NTH_DAY.finditer(article.text)]:
        until = published
        groups = m.groupdict()
        when = groups.get("when") or groups.get("when2")
        if m.re is _NTH_DAY and when:
            # with no publication date two weekdays still count from each other: any week will do
            until = _day_of(when, published, published or _ANY_SUNDAY)
        elif m.re is _NTH_DAY and groups.get("ord2"):
            continue
        if until is None:
            continue
        start = _written_date_after_weekday(article, began[0].start("when")) or _day_of(
            began[0].group("when"), published, until)  # "walked out on Tuesday, July 28": the date says which Tuesday
        if start is None or start > until:
            continue
        elapsed = (until - start).days
        unit = 7 if (groups.get("unit") or groups.get("unit2")).lower().startswith("week") else 1
        if m.re is _RUNNING_FOR:
            written = m.group("n")
            length = (int(written) if written.isdigit() else NUMBER_WORDS[written.lower()]) * unit
            fits = abs(elapsed - length) <= unit
            said = f"{m.group('n')} {m.group('unit')}"
        else:
            ordinal = groups.get("ord") or groups["ord2"]
            nth = ORDINALS[ordinal.lower()]
            fits = (nth - 1) * unit <= elapsed < nth * unit
            said = f"its {ordinal} {groups.get('unit') or groups.get('unit2')}"
        if fits:
            continue
        finding = arithmetic.pair_finding(article.events.claims, began[0].start(), m.start(), (
            f"'{began[0].group(0)}' vs '{m.group(0)}': the length does not fit the dates\n"
            f"from {_day_name(start, published)} to {_day_name(until, published)} is {elapsed} "
            f"day{'s' if elapsed != 1 else ''} ({'day' if unit == 1 else 'week'} {elapsed // unit + 1}), not {said}"),
            "temporal_conflict")
        if finding is not None:
            findings.append(finding)
    return findings


def _age_value(written: str) -> int:
    """ "81" -> 81, "eighty-five" -> 85."""
    if written.isdigit():
        return int(written)
    return int(sum(NUMBER_WORDS[part] for part in written.lower().split("-")))


def _age_mentions(text: str) -> list[tuple[re.Match[str], int]]:
    """Each age the text gives, once: "Doyle, aged 81," is read by both patterns."""
    found: dict[int, tuple[re.Match[str], int]] = {}
    for m in _AGE.finditer(text):
        group = next(g for g in ("age", "age2", "age5", "age6") if m.group(g))
        found.setdefault(m.start(group), (m, _age_value(m.group(group))))
    for m in arithmetic.NAMED_AGE.finditer(text):
        group = next(g for g in ("age", "age2", "age3", "age4") if m.group(g))
        found.setdefault(m.start(group), (m, arithmetic.named_age(m)))
    return [found[start] for start in sorted(found)]


_NAMED_BEFORE_BIRTH = re.compile(r"\b(?P<name>[A-Z][a-z]{2,})(?:,\s+who\s+(?:was\s+)?|\s+was\s+)$")


_THE_SUBJECT_BEFORE_BIRTH = re.compile(r"\b[Tt]he\s+(?:accused|defendant|man|woman|suspect|deceased|victim)\b[^.;]{0,30}$")
_LEAD_REACH = 400  # characters: the headline and the lead sentence


def _ages_of_the_one_born(text: str, ages: list, born: re.Match[str]) -> list:
    """ "Tomasz Reilly, 52, ... A 23-year-old man was arrested ... Reilly, who was born in 1979":
    the age given with the name the birth is told of."""
    named = _NAMED_BEFORE_BIRTH.search(text[max(0, born.start() - 40):born.start()])
    if named is None:
        if _THE_SUBJECT_BEFORE_BIRTH.search(text[max(0, born.start() - 60):born.start()]):
            # "the accused, whose date of birth was given as ...": the story's subject, the one the
            # lead gives an age ("A 34-year-old man has appeared ...")
            lead = [(m, age) for m, age in ages if m.start() < _LEAD_REACH]
            return lead[:1] if lead and lead[0][0] is min((m for m, _ in ages), key=lambda m: m.start()) else ages
        return ages
    name = named.group("name")
    return [(m, age) for m, age in ages if "name" in m.re.groupindex and m.group("name") and name in m.group("name")]


def _ages_of_the_one_born_then_named(text: str, ages: list, born: re.Match[str]) -> list:
    """ "Born in Tallinn on 3 November 2005, Kask took up the game ...": the name after the birth. Her
    age is the one given with her name, else "The 21-year-old Estonian" when she is the person the
    article names most and every age given with a name is another's."""
    after = _NAMED_AFTER_BIRTH.match(text, born.end())
    if after is None:
        return []
    name = after.group("name")
    with_name = [(m, age) for m, age in ages if "name" in m.re.groupindex and m.group("name")]
    own = [(m, age) for m, age in with_name if name in m.group("name")]
    if own:
        return own
    described = [(m, age) for m, age in ages if (m, age) not in with_name and _THE_DESCRIBED_AGE.search(
        text, max(0, m.start() - 4), m.end())]
    surnames = Counter(w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", text) if w.lower() not in FUNCTION_WORDS)
    if len(described) != 1 or surnames.most_common(1)[0][0] != name:
        return []
    return described


# "Born in Tallinn on 3 November 2005, Kask took up": the participle clause opens the sentence.
_NAMED_AFTER_BIRTH = re.compile(r",\s+(?P<name>[A-Z][a-z]{2,})\s+[a-z]")
# "The 21-year-old Estonian": an age that describes someone named elsewhere.
_THE_DESCRIBED_AGE = re.compile(r"\b[Tt]he\s+\d{1,2}-year-old\b")


_AGED_IN_YEAR = re.compile(r"\b(?:aged|at\s+the\s+age\s+of)\s+(?P<age>\d{1,2})\s+in\s+(?P<year>1[89]\d\d|20\d\d)\b"
                           r"|\bin\s+(?P<year2>1[89]\d\d|20\d\d),?\s+(?:aged|at\s+the\s+age\s+of)\s+(?P<age2>\d{1,2})\b"
                           # "I was 19 when I made my debut in 2013": the age at a dated event
                           r"|\b(?:was|were)\s+(?:just\s+|only\s+)?(?P<age3>\d{1,2})\s+when\b[^.;]{0,80}?\bin\s+"
                           rf"(?:(?i:{MONTH_ALTERNATION})\.?\s+)?(?P<year3>1[89]\d\d|20\d\d)\b"  # "... in October 1961"
                           # "painted it in the autumn of 1889, when she was 24": the year, then the age
                           r"|\bin\s+(?:the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+)?"
                           rf"(?:(?i:{MONTH_ALTERNATION})\.?\s+)?(?P<year4>1[89]\d\d|20\d\d),?\s+when\s+(?:he|she|they|"
                           r"[A-Z][a-z]+)\s+(?:was|were)\s+(?:just\s+|only\s+)?(?P<age4>\d{1,2})\b(?![-\d])")


def _age_in_year(m: re.Match[str]) -> tuple[int, int]:
    """(age, year) of an ``_AGED_IN_YEAR`` match."""
    return (int(m.group("age") or m.group("age2") or m.group("age3") or m.group("age4")),
            int(m.group("year") or m.group("year2") or m.group("year3") or m.group("year4")))


def _age_then_and_birth(article: _Article) -> list[Finding]:
    """ "born in Truro in 1996" ... "I was 19 when I made my debut in 2013": 2013 - 1996 is 16 or
    17. Only with one birth and one age at a dated event in the article, so two people never mix."""
    births, then = list(_BORN.finditer(article.text)), list(_AGED_IN_YEAR.finditer(article.text))
    if len(births) != 1 or len(then) != 1:
        return []
    (age, year), born = _age_in_year(then[0]), int(births[0].group("year"))
    if year - born - 1 <= age <= year - born or _told_of_a_relative(article.text, then[0].start()):
        return []
    finding = arithmetic.pair_finding(article.events.claims, births[0].start(), then[0].start(), (
        f"'{births[0].group(0)}' vs '{then[0].group(0)}': the age does not fit the years\n"
        f"born in {born}, so in {year} aged {max(0, year - born - 1)} or {year - born}, not {age}"))
    return [finding] if finding is not None else []


_YEAR_JUST_BEFORE = re.compile(r"\b(?:19|20)\d\d\b[^.;]{0,25}$")


def _told_of_a_relative(text: str, at: int) -> bool:
    """"Her sister Maura ... died in 2019 aged 92": the clause before an age names a relative, whose
    age it is, not the subject's."""
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    return any(word.lower().rstrip("s") in KINSHIP_WORDS or word.lower() in KINSHIP_WORDS
               for word in re.findall(r"[A-Za-z]+", text[start:at]))


def _age_then_and_now(article: _Article) -> list[Finding]:
    """ "Margaret Oyel, 52, ..." and "appointed aged 31 in 2001": in an article of 2026 she is 55
    to 57. Only with one age told for the year of publication besides it, or one of its name."""
    year = article.published.year if article.published else None
    # "who was 69 when he took office in 1981" may be anyone's: only a birth told with it is paired with it
    then = [m for m in _AGED_IN_YEAR.finditer(article.text) if not (m.group("age3") or m.group("age4"))]
    if year is None or len(then) != 1:
        return []
    m = then[0]
    age_then, year_then = _age_in_year(m)
    ages = [(a, age) for a, age in _age_mentions(article.text) if not (a.start() < m.end() and m.start() < a.end())]
    if len(ages) > 1:
        named = _NAMED_BEFORE_BIRTH.search(article.text[max(0, m.start() - 80):m.start()].split(" when ")[0] + " was ")
        ages = [(a, age) for a, age in ages if named and "name" in a.re.groupindex and a.group("name")
                and named.group("name") in a.group("name")]
    if len(ages) != 1 or year_then >= year:
        return []
    (now_match, age_now), low = ages[0], age_then + (year - year_then) - 1
    if low <= age_now <= low + 2:
        return []
    finding = arithmetic.pair_finding(article.events.claims, now_match.start(), m.start(), (
        f"'{now_match.group(0).strip()}' vs '{m.group(0)}': the ages do not fit the years between\n"
        f"aged {age_then} in {year_then}, so in {year} aged {low} to {low + 2}, not {age_now}"))
    return [finding] if finding is not None else []


def _ages_by_name(article: _Article, year: int, ages: list, births: list[re.Match[str]]) -> list[Finding]:
    """Several births and ages: each birth told after a name ("Zuri was born at Cedar Ridge in June
    2011") against the one age given with that name ("Her mother, Zuri, 11,"); the others unpaired."""
    findings = []
    for born in births:
        named = _NAMED_BEFORE_BIRTH.search(article.text[max(0, born.start() - 40):born.start()])
        if named is None:
            continue
        own = [(m, age) for m, age in ages if "name" in m.re.groupindex and m.group("name")
               and named.group("name") in m.group("name").split()]
        if len(own) != 1:
            continue
        (age_match, age), birth = own[0], int(born.group("year"))
        if year - birth - 1 <= age <= year - birth:
            continue
        finding = arithmetic.pair_finding(article.events.claims, age_match.start(), born.start(), (
            f"'{age_match.group(0).strip().rstrip(',')}' vs '{born.group(0)}': the age does not fit the birth year\n"
            f"born {birth}, so in {year} aged {year - birth - 1} or {year - birth}, not {age}"))
        if finding is not None:
            findings.append(finding)
    return findings


def _ages(article: _Article) -> list[Finding]:
    """ "died aged 81" and "born in 1951" in an article of 2024: 72 or 73, not 81."""
    year = article.published.year if article.published else (
        article.window.latest.year if article.window is not None and article.window.year_known else None)
    if year is None:
        return []
    ages = _age_mentions(article.text)
    births = list(_BORN.finditer(article.text))
    if len(births) > 1:
        return _ages_by_name(article, year, ages, births)
    if len(births) == 1 and len(ages) > 1:
        # "By the spring of 1949, aged 17", "Her sister ... died in 2019 aged 92": ages of another year or
        # another person; what is left may be the one age of now
        now = [(m, age) for m, age in ages if not _YEAR_JUST_BEFORE.search(article.text, max(0, m.start() - 40), m.start())
               and not _told_of_a_relative(article.text, m.start())]
        ages = now if len(now) == 1 else ages
    if len(births) == 1 and len(ages) > 1:
        ages = (_ages_of_the_one_born_then_named(article.text, ages, births[0])
                or _ages_of_the_one_born(article.text, ages, births[0]))
    if len(ages) != 1 or len(births) != 1:
        return []  # more than one person's age or birth: no way to pair them from the text alone
    (age_match, age), born = ages[0], births[0]
    before_age = re.findall(r"[a-z]+", article.text[max(0, age_match.start() - 40):age_match.start()].lower())
    born_name = _NAMED_BEFORE_BIRTH.search(article.text[max(0, born.start() - 40):born.start()])
    named_alike = born_name is not None and "name" in age_match.re.groupindex and age_match.group("name") and (
        born_name.group("name") in age_match.group("name"))
    if (any(word in KINSHIP_WORDS for word in before_age[-5:]) or _told_of_a_relative(article.text, age_match.start())) and (
            not named_alike):
        return []  # "his wife Audrey died aged 91": someone else's age ("Her mother, Zuri, 11" ... "Zuri was born": hers)
    birth = int(born.group("year"))
    exact = _exact_age(born.group(0), article.published)
    if exact is not None and age in exact:
        return []
    if exact is None and year - birth - 1 <= age <= year - birth:
        return []
    ages_then = f"aged {' or '.join(map(str, sorted(exact)))} on {article.published:%d %B %Y}" if exact and article.published else (
        f"in {year} aged {year - birth - 1} or {year - birth}")
    finding = arithmetic.pair_finding(article.events.claims, age_match.start(), born.start(), (
        f"'{age_match.group(0)}' vs '{born.group(0)}': the age does not fit the birth year\n"
        f"born {birth}, so {ages_then}, not {age}"))
    return [finding] if finding is not None else []


_BIRTH_DAY = re.compile(rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>(?i:{MONTH_ALTERNATION}))\.?|(?P<m2>(?i:{MONTH_ALTERNATION}))\.?"
                        rf"\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?),?\s+(?P<y>(?:19|20)\d\d)")


def _exact_age(born: str, published: date | None) -> set[int] | None:
    """ "born on 17 October 1992", published 3 February 2026: 33 (the birthday is still to come). The
    age of a few days before publication is allowed too, for an event the story tells of then."""
    m = _BIRTH_DAY.search(born)
    if m is None or published is None:
        return None
    month = MONTHS.get((m.group("m") or m.group("m2")).lower().rstrip("."))
    if month is None:
        return None
    day, year = int(m.group("d") or m.group("d2")), int(m.group("y"))
    ages = set()
    for when in (published, published - timedelta(days=7)):
        ages.add(when.year - year - ((when.month, when.day) < (month, day)))
    return ages
