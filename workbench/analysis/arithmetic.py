"""Sums an article invites its reader to check: each rule names a sentence shape whose
numbers must agree with numbers the article states elsewhere.

- running totals: "120 flights on Saturday ... a further 45, taking the total to 185"
  (120 + 45 is 165);
- vote margins: "the vote was 27 to 12 ... the 13-vote margin" (27 - 12 is 15);
- shares of one vote: "won with 54% of the vote ... her challenger took 49%" (over 100%);
- multiples: "drew 30,000 visitors ... attendance has doubled since 2019, when 20,000
  people came" (double 20,000 is 40,000);
- a multiple to a new level: "doubled this year to 4,800" ... "Last year ... 3,100 applications";
- days counted between weekdays: "seized on Saturday ... boarded two days earlier, on
  Wednesday" (two days before Saturday is Thursday);
- parts of a total: "1,200 people at three plants: 500 in Radby, 400 in Corton and 200
  in Lisk" (500 + 400 + 200 is 1,100);
- a share of a whole: "raised £50,000, half of its £120,000 target" (half is 60,000);
- one person's age: "Rheel, 26, ..." and "the 24-year-old" where the article names one
  person's age and then refers to "the N-year-old";
- one person given two ages: "Tomas Grell, 52," ... "Grell, who turned 49 last month";
- a length and the dates it runs between: "ran for five days, from October 14 to October 22"
  (14 to 22 October is nine days), or the weekdays: "the three-day strike began on Monday and
  ended on Friday" (five days);
- a length begun on one weekday and ended on another: "began a five-day strike on Monday" ...
  "which ends on Sunday" (seven days);
- the rest of a group: "nine of the 14 miners" ... "the remaining three" (nine and three are 12);
  "Five prisoners escaped ... two of them ... the other four" (more than five);
  "arrested 46 people" ... "Of those arrested, 51 were released" (more than were arrested);
  "carrying 86 passengers" ... "pulled 70 people from the water, and the remaining 12" (82);
- one amount told twice: "a budget of 480 million crowns" ... "the 510 million crown budget",
  "turnout of 61%" ... "the 48% turnout"; one term told twice: "a five-year contract" ... "his
  three-year contract";
- a percentage of two counts: "Of the 52,000 voters, 39,000 cast a ballot, a turnout of 61%" (75%);
- the people aboard: "carrying 212 passengers and 18 crew" ... "All 250 people on board" (230);
- one player's goals: "Arnesen scored twice" ... "Arnesen's hat-trick";
- one quake's magnitude: "magnitude 6.1" ... "the 5.4-magnitude quake";
- a count at a price each and the total: "40 trains at 12 million euros each, a total of 520 million";
- a change in points between two rates: "fell to 5.2% from 5.6%" ... "the 0.2 percentage point drop";
- parts told after their total: "19 cases, twelve of them children and nine adults" (21);
- one thing's size told twice: "The tunnel ... is 14 kilometres long" ... "the 11-kilometre tunnel";
- one candidate's share told twice: "Cord ... with 58% of the vote" ... "Cord, who took 64% of the vote";
- a value and its multiple of another: "210mm of rain, more than three times the average of 90mm";
- the answers of one poll: "48% backed the plan, 39% opposed it and 21% were undecided" (108%);
- one match told twice: "beat Dunmore 3-1" ... "the 2-1 win" (the only result the article gives).

Pure: text and claims in, ``Finding`` out; ``consistency.find_conflicts`` calls ``find``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from workbench.analysis.events import derived_verb, quick_event_classes, trigger_of, word_lemmas
from workbench.analysis.quantities import noun_class, noun_classes, singular
from workbench.analysis.lexicon import (
    AMOUNT_NOUN_SYNONYMS,
    AMOUNT_PARTICIPLES,
    AMOUNT_VERBS,
    AUXILIARIES,
    CHANGING_MEASURE_NOUNS,
    CURRENCY_SIGN_ALTERNATION,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    GIVING_VERBS,
    GOAL_COUNT_WORDS,
    KINSHIP_WORDS,
    LENGTH_UNITS,
    MEASURE_UNITS,
    NOT_SUBJECT_WORDS,
    NUMBER_HEDGE_ALTERNATION,
    NUMBER_WORDS,
    number_word_value,
    COMPOUND_NUMBER_WORD,
    NUMBER_WORD_ALTERNATION,
    PEOPLE_WORDS,
    PERCENT_WORDS,
    PURCHASE_NOUNS,
    RESULT_NOUNS,
    RESULT_VERBS,
    ROLE_WORDS,
    SALE_VERBS,
    SCALE_ALTERNATION,
    SCALE_WORDS,
    currency_code,
    INTERRUPTION_VERBS,
    RESUMPTION_VERBS,
    STOPPAGE_CLASSES,
    SUM_NOUNS,
    TERM_NOUNS,
    TERM_VERBS,
    VOTE_SHARE_VERBS,
    VOTING_MODES,
)
from workbench.analysis.model import Claim, Finding
from workbench.analysis.timex_lexicon import CLOCK, MONTH_ALTERNATION, MONTHS, clock_minutes

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"


def find(text: str, claims: list[Claim]) -> list[Finding]:
    ordered = sorted(claims, key=lambda c: (c.start, -c.end))
    lower = text.lower()
    found: list[Finding] = []
    # Each rule runs only where its words are (a plain substring test is far cheaper than its regex).
    for words, rule in _RULES:
        if any(word in lower for word in words[0]) and all(any(w in lower for w in more) for more in words[1:]):
            found.extend(rule(text, ordered))
    return found


def claim_at(claims: list[Claim], offset: int) -> Claim | None:
    """The innermost claim holding ``offset`` (claims ordered by start)."""
    found = None
    for claim in claims:
        if claim.start <= offset < claim.end:
            found = claim  # the innermost of nested claims comes last
    return found


def pair_finding(
    claims: list[Claim], first: int, second: int, explanation: str, kind: str = "numeric_conflict"
) -> Finding | None:
    """A finding between the claims holding two offsets (one claim when both are in it); the
    explanation ends by naming them. None when an offset lies outside every claim."""
    a, b = claim_at(claims, first), claim_at(claims, second)
    if a is None or b is None:
        return None
    which = f"claims {a.seq} and {b.seq}" if b.seq != a.seq else f"claim {a.seq}"
    return Finding(kind, a.seq, b.seq if b.seq != a.seq else None, f"{explanation} ({which})")


def _value(written: str) -> int:
    return int(written.replace(",", "")) if written[0].isdigit() else number_word_value(written)



# A number and the one or two words after it, either of which may be what it counts.
_COUNT = re.compile(rf"\b({_NUMBER})\s+([a-z]{{3,}})(?:\s+([a-z]{{3,}}))?\b")


# ------------------------------------------------------------------------ running totals

_FURTHER = re.compile(
    rf"\b(?:a further|another|an additional|an extra|(?P<more>{_NUMBER}) more)\s+(?P<added>{_NUMBER})?\s*"
    rf"(?:[a-z]+\s+)?(?P<noun>[a-z]{{3,}})\b[^.;]{{0,60}}?\b(?:taking|bringing|raising|pushing|lifting)\s+"
    rf"(?:the|its|their)\s+(?:[a-z]+\s+)?(?:total|tally|number|toll|count)(?:\s+[a-z]+){{0,3}}\s+to\s+"
    rf"(?P<total>{_NUMBER})\b",
    re.IGNORECASE,
)


def _running_totals(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "a further 45 flights, taking the total to 185" after "cancel 120 flights": the earlier
    count plus the addition must make the new total (the nearest earlier count of the same noun)."""
    for m in _FURTHER.finditer(text):
        added = m.group("added") or m.group("more")
        if added is None:
            continue
        noun = singular(m.group("noun").lower())
        earlier = None
        for count in _COUNT.finditer(text, 0, m.start()):
            if noun in {singular(w.lower()) for w in (count.group(2), count.group(3)) if w}:
                earlier = count
        if earlier is None:
            continue
        before, plus, total = _value(earlier.group(1)), _value(added), _value(m.group("total"))
        if before + plus == total or total < plus:
            continue
        finding = pair_finding(claims, earlier.start(), m.start("total"), (
            f"'{earlier.group(0)}' plus '{added}' vs 'total to {m.group('total')}': the running total does not add up\n"
            f"{before:,} + {plus:,} = {before + plus:,}, not {total:,}"))
        if finding is not None:
            yield finding


# "rose to 23 on Wednesday from 17 on Tuesday, after rescuers pulled eight more bodies": the rise and
# the addition it is put down to, in one sentence.
_RISE_VERB = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|grew|went\s+up|has\s+reached|reached)\b", re.IGNORECASE)
_ADDED = re.compile(rf"\b(?:(?P<n>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+more\b(?!\s+than)|(?:a\s+further|another|an\s+additional|"
                    rf"an\s+extra)\s+(?P<n2>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\b)", re.IGNORECASE)


def _rise_by_its_addition(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The death toll rose to 23 on Wednesday from 17 on Tuesday, after rescuers pulled eight more
    bodies from the rubble": 17 and eight more make 25. One rise with both levels and one addition
    in the sentence; the addition is what the rise is put down to."""
    for claim in claims:
        window = text[claim.start:claim.end]
        changes = [m for m in _FROM_TO.finditer(window) if _RISE_VERB.search(window, max(0, m.start() - 60), m.start())]
        added = list(_ADDED.finditer(window))
        if len(changes) != 1 or len(added) != 1 or any(
                _YEAR_LIKE.fullmatch(changes[0].group(p) or "") for p in ("old", "new", "old2", "new2")):
            continue
        change, addition = changes[0], added[0]
        shape = "" if change.group("old") else "2"
        old, new = _level(change, "old" + shape), _level(change, "new" + shape)
        plus = _value(addition.group("n") or addition.group("n2"))
        if new <= old or old + plus == new:
            continue
        finding = pair_finding(claims, claim.start + change.start(), claim.start + addition.start(), (
            f"'{change.group(0)}' vs '{addition.group(0)}': the rise is not the addition\n"
            f"{old:,.10g} + {plus:,} = {old + plus:,.10g}, not {new:,.10g}"))
        if finding is not None:
            yield finding


# ------------------------------------------------------------------------------- votes

# A tally, in the ways reports write one: "the vote was 27 to 12", "by 5,200 votes to 4,100",
# "5,200 votes in favour and 4,100 against" (also "for ... against"), "a 15-8 vote".
_TALLY = re.compile(
    rf"\b(?:vote[sd]?|voting|ballot|tally|majority\s+of)\b[^.;]{{0,40}}?\b(?P<yes>{_NUMBER})\s*(?:to|-|–)\s*(?P<no>{_NUMBER})\b"
    rf"|\b(?P<yes2>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+votes\s+to\s+(?P<no2>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\b"
    rf"|\b(?P<yes3>{_NUMBER})\s+(?:votes\s+)?(?:in\s+favou?r|for)\b[^.;]{{0,12}}?\b(?:and|to|with|,)\s+"
    rf"(?P<no3>{_NUMBER})\s+(?:votes\s+)?against\b"
    rf"|\b(?P<yes4>{_NUMBER})\s*(?:-|–|to)\s*(?P<no4>{_NUMBER})\s+(?:vote|ballot|decision|verdict|majority)\b"
    # a race between two candidates: "with 2,318 votes to Brenner's 2,047", "8,917 votes to the 8,605 cast for"
    rf"|\b(?P<yes5>{_NUMBER})\s+votes\s+(?:to\s+(?:the\s+|(?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]+['’]s?\s+)|against\s+(?:the\s+)?)"
    rf"(?P<no5>{_NUMBER})\b"  # "with 4,812 votes to Tomas Reyes's 4,655"
    # two candidates' counts in one sentence: "Devaraj polled 8,342 votes, while BJP nominee Sumanth
    # Ravishankar, the late corporator's son, secured 6,928"
    rf"|\b(?P<yes6>{_NUMBER})\s+votes\s*,?\s+(?:while|whereas|and|against)\s+(?:[\w().'’-]+,?\s+){{1,12}}?"
    rf"(?:polled|secured|received|got|bagged|garnered|took|managed|won)\s+(?P<no6>{_NUMBER})\b"
    # in words right after the verb: "voted eight to five in favour"
    rf"|\bvoted\s+(?:by\s+)?(?P<yes7>{NUMBER_WORD_ALTERNATION})\s+to\s+(?P<no7>{NUMBER_WORD_ALTERNATION})\b"
    # a measure's yes and no: "14,312 yes votes to 10,296 no votes", "5,100 Yes to 4,700 No"
    rf"|\b(?P<yes8>{_NUMBER})\s+[\"“]?yes[\"”]?\s+(?:votes\s+)?(?:to|and|against|with|,)\s+(?P<no8>{_NUMBER})\s+[\"“]?no\b",
    re.IGNORECASE)
_TALLY_SHAPES = ("", "2", "3", "4", "5", "6", "7", "8")
# Margin in digits or words: "the 13-vote margin", "the eight-vote majority", "a majority of 13".
_MARGIN_NUMBER = rf"{_NUMBER}|{NUMBER_WORD_ALTERNATION}"
# "more than 300 votes apart", "separated by fewer than 50 votes": a hedged margin.
_MARGIN_HEDGE = r"(?:(?P<hedge>more\s+than|over|fewer\s+than|less\s+than|under|nearly|almost|about|around|roughly|just)\s+)?"
_MARGIN = re.compile(rf"\b(?:(?P<a>{_MARGIN_NUMBER})[- ]vote\s+(?:margin|majority|lead)|(?:majority|margin) of\s+"
                     rf"{_MARGIN_HEDGE.replace('hedge', 'hedge2')}(?P<b>{_MARGIN_NUMBER})(?:\s+votes)?|by\s+(?P<c>{_MARGIN_NUMBER})\s+votes|by\s+(?P<single>a\s+single|one\s+single)\s+vote"
                     rf"|{_MARGIN_HEDGE}(?P<d>{_MARGIN_NUMBER})\s+votes\s+apart)\b", re.IGNORECASE)
# What marks a tally as another vote than the one before: an earlier round, another body or stage.
_ANOTHER_VOTE = re.compile(  # not inside a compound: "a first-time candidate"
    r"(?<![\w-])(?:earlier|previous|prior|first|second|third|final|initial|preliminary|committee|panel|"
    r"re-?run|repeat|another|subsequent|rounds?|readings?|stages?|amendments?)(?![\w-])",
    re.IGNORECASE)
# "The 15-8 vote", "Tuesday's 15-8 vote", "that 15-8 decision": a tally told as the vote already named.
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:the|that|this)|'s)\s+$", re.IGNORECASE)


def _tallies(text: str) -> list[tuple[re.Match[str], str, int, int]]:
    """Each tally with its shape and its two counts, a tally written twice in two shapes once."""
    found = []
    for m in _TALLY.finditer(text):
        shape = next(n for n in _TALLY_SHAPES if m.group("yes" + n))
        found.append((m, shape, _value(m.group("yes" + shape)), _value(m.group("no" + shape))))
    return found


def _vote_margins(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The vote was 27 to 12" and "the 13-vote margin": a margin is the difference of the tally.
    Only when the article gives exactly one tally, so two votes are never mixed."""
    tallies = _tallies(text)
    if not tallies:
        return
    for m in _MARGIN.finditer(text):
        if any(m.start() < t.end() and t.start() < m.end() for t, _, _, _ in tallies):
            continue  # "by 5,200 votes to 4,100": the tally's own first count, not a margin
        picked = _the_tally_of(text, m, tallies)
        if picked is None:
            continue
        tally, shape, yes, no = picked
        yes_text, no_text = tally.group("yes" + shape), tally.group("no" + shape)
        if _ANOTHER_SEASON.search(re.split(r"[,.;]", text[m.end():m.end() + 30])[0]) or _EARLIER_VOTE_TIME.search(
                text[slice(*sentence_of(text, m.start()))]):
            continue  # "won by more than 11,000 votes four years ago", "In the last election ... by 2,460 votes"
        margin = 1 if m.group("single") else _value(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
        if _margin_fits(abs(yes - no), margin, (m.group("hedge") or m.group("hedge2") or "").lower()) or margin > 10 * max(yes, no):
            continue
        finding = pair_finding(claims, tally.start("yes" + shape), m.start(), (
            f"'{yes_text} to {no_text}' vs '{m.group(0)}': the margin is not the difference\n"
            f"{yes:,} - {no:,} = {abs(yes - no):,}, not {margin:,}"))
        if finding is not None:
            yield finding


def _margin_fits(actual: int, told: int, hedge: str) -> bool:
    """Whether the difference of the tally may be told as ``told`` with its hedge."""
    hedge = " ".join(hedge.split())
    if hedge in ("more than", "over"):
        return actual > told
    if hedge in ("fewer than", "less than", "under"):
        return actual < told
    if hedge in ("nearly", "almost", "just"):
        return 0.8 * told <= actual <= told
    if hedge:
        return abs(actual - told) <= max(2, 0.1 * told)
    if told >= 1000 and told % 100 == 0:
        return abs(actual - told) <= 0.05 * told  # "a margin of 4,000 votes": a round figure for 4,016
    return actual == told


# One side of a vote, counted: "61 voted in favour of the motion", "19 opposed it", "with 40 against".
_SIDE_COUNTED = re.compile(
    rf"\b(?P<n>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+(?:(?:members|councillors|MPs|MCAs|senators|delegates|shareholders)\s+)?"
    r"(?:(?P<for>voted\s+(?:in\s+favou?r|for|yes)|backed|supported)|(?P<against>voted\s+(?:against|no)|opposed|rejected))\b")
# The side named again as people: "the 67 ward representatives who backed the motion".
_SIDE_NAMED = re.compile(
    rf"\b[Tt]he\s+(?P<n>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+(?:[A-Za-z-]+\s+){{0,3}}?(?:who|that)\s+(?:had\s+)?"
    r"(?:(?P<for>voted\s+(?:in\s+favou?r|for|yes)|backed|supported)|(?P<against>voted\s+(?:against|no)|opposed|rejected))\b")


def _one_side_of_a_vote_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "61 voted in favour of the motion, 19 opposed it" ... "the 67 ward representatives who backed
    the motion": one side of one vote counted twice. Only with one count of that side before."""
    counted = list(_SIDE_COUNTED.finditer(text))
    for named in _SIDE_NAMED.finditer(text):
        side = "for" if named.group("for") else "against"
        before = [m for m in counted if m.group(side) and m.end() <= named.start() and m.start() != named.start("n")]
        if len({_value(m.group("n")) for m in before}) != 1:
            continue
        first = before[0]
        if _value(first.group("n")) == _value(named.group("n")) or claim_at(claims, first.start()) is claim_at(claims, named.start()):
            continue
        if _another_vote_told(text, first.start()) or _another_vote_told(text, named.start()):
            continue  # "the 38 who backed last year's bill": another vote
        finding = pair_finding(claims, first.start(), named.start(), (
            f"'{first.group(0)}' vs '{named.group(0)}': two counts of one side of the vote\n"
            f"{_value(first.group('n')):,} {'for' if side == 'for' else 'against'}, then {_value(named.group('n')):,}"))
        if finding is not None:
            yield finding


def _the_tally_of(text: str, margin: re.Match[str], tallies: list[tuple[re.Match[str], str, int, int]]
                  ) -> tuple[re.Match[str], str, int, int] | None:
    """The tally a margin is the difference of: the article's only one, or (with several votes, "a
    levy passed 2,690 to 1,912") the only one whose sentence shares a name with the margin's
    ("defeating challenger Mark Brenner by 217 votes" / "Hollis with 2,318 votes to Brenner's 2,047")."""
    if len({(yes, no) for _, _, yes, no in tallies}) == 1:
        return tallies[0]
    names = _capitalised_names(text[slice(*sentence_of(text, margin.start()))])
    sharing = {(yes, no): t for t in tallies for _, _, yes, no in [t]
               if names & _capitalised_names(text[slice(*sentence_of(text, t[0].start()))])}
    if len(sharing) == 1:
        return next(iter(sharing.values()))
    clause = re.split(r"[,;:.]", text[max(0, margin.start() - 60):margin.start()])[-1] + margin.group(0)
    if sharing or _ANOTHER_VOTE.search(clause) or _EARLIER_VOTE_TIME.search(clause):
        return None  # "the committee's one-vote margin": the margin of another vote
    # "carried by 19 votes to 14" ... "Last month the committee backed it eight votes to seven" ...
    # "the seven-vote majority": the other tallies are told as another body's or an earlier vote.
    main = {(yes, no): t for t in tallies for _, _, yes, no in [t] if not _another_vote_told(text, t[0].start())}
    if not main:
        # every tally names a body ("the planning committee voted eight to five" ... "the earlier bid
        # was refused by seven votes to six"): the main vote is the one not told as an earlier one
        main = {(yes, no): t for t in tallies for _, _, yes, no in [t] if not _told_as_earlier(text, t[0].start())}
    told_with = _content_words(text[slice(*sentence_of(text, margin.start()))])
    told_with -= {w for t in main.values() for w in _content_words(text[slice(*sentence_of(text, t[0].start()))])}
    if any(told_with & _content_words(text[slice(*sentence_of(text, t[0].start()))])
           for t in tallies for _, _, yes, no in [t] if (yes, no) not in main):
        return None  # "A second vote, on parking fees, was 20 to 19" ... "the one-vote margin on fees"
    return next(iter(main.values())) if len(main) == 1 else None


def _content_words(sentence: str) -> set[str]:
    """What a sentence is about, for telling two votes apart: its words of four letters or more,
    without function words, numbers and the words of voting itself."""
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", sentence)} - FUNCTION_WORDS - _VOTING_WORDS - NUMBER_WORDS.keys()


_VOTING_WORDS = frozenset("vote votes voted voting margin majority said says tally ballot".split())


# An earlier vote, told by its time: "Last month the committee ...", "two years ago".
_EARLIER_VOTE_TIME = re.compile(
    r"\b(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter|term|session|time)|ago|earlier|previous(?:ly)?"
    r"|last\s+(?:[a-z-]+\s+){0,2}(?:elections?|polls?|votes?|contests?|races?|by-?elections?))\b",
    re.IGNORECASE)


def _another_vote_told(text: str, at: int) -> bool:
    """Whether the sentence at ``at`` tells of another vote than the main one: another body or
    round ("the committee", "the first reading") or an earlier time ("last month")."""
    sentence = text[slice(*sentence_of(text, at))]
    return bool(_ANOTHER_VOTE.search(sentence) or _EARLIER_VOTE_TIME.search(sentence))


_EARLIER_ROUND = re.compile(r"(?<![\w-])(?:earlier|previous|prior|first|initial|preliminary)(?![\w-])", re.IGNORECASE)


def _told_as_earlier(text: str, at: int) -> bool:
    """Whether the sentence at ``at`` tells of an earlier vote ("the earlier bid", "last month")."""
    sentence = text[slice(*sentence_of(text, at))]
    return bool(_EARLIER_ROUND.search(sentence) or _EARLIER_VOTE_TIME.search(sentence))


def _capitalised_names(sentence: str) -> set[str]:
    """Capitalised words not at the sentence's start and not function words: the names in it."""
    return {w for w in re.findall(r"(?<=\s)[A-Z][a-z]{2,}", sentence) if w.lower() not in FUNCTION_WORDS}


# "All fifteen members of the committee were present and voted": every vote of the tally.
_ALL_VOTED = re.compile(rf"\b[Aa]ll\s+(?P<n>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+(?:[a-z]+\s+){{0,6}}?(?:were\s+present\s+and\s+)?"
                        r"(?:voted|cast\s+(?:a\s+)?(?:votes?|ballots?))\b")


def _tally_of_all_who_voted(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "approved by nine votes to four" ... "All fifteen members of the committee were present and
    voted": 9 + 4 is 13 votes, not 15. One tally in the article and no abstentions."""
    tallies = {(yes, no): m for m, _, yes, no in _tallies(text)}
    everyone = list(_ALL_VOTED.finditer(text))
    if len(tallies) != 1 or len(everyone) != 1 or re.search(r"\babstain|\babstention|\bspoilt|\bblank", text, re.IGNORECASE):
        return
    (yes, no), tally = next(iter(tallies.items()))
    voters = _value(everyone[0].group("n"))
    if yes + no == voters:
        return
    finding = pair_finding(claims, tally.start(), everyone[0].start(), (
        f"'{tally.group(0)}' vs '{everyone[0].group(0)}': the tally is not everyone who voted\n"
        f"{yes:,} + {no:,} = {yes + no:,} votes, not {voters:,}"))
    if finding is not None:
        yield finding


def _one_vote_tallied_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Approved by 14 votes to 9" ... "the 15-8 vote": a tally told with a definite article
    ("the", "that", "Tuesday's") names the vote told before it, so its counts must be the same.
    Only with exactly two tallies in the article, the second definite, and neither claim marking
    another round, body or stage ("the committee's 5-2 vote", "the second reading"), so two votes
    are never read as one."""
    tallies = _tallies(text)
    if len(tallies) != 2:
        return
    (first, first_shape, yes, no), (second, second_shape, yes2, no2) = tallies
    if (yes, no) == (yes2, no2) or (yes, no) == (no2, yes2):
        return
    if not _DEFINITE_BEFORE.search(text[max(0, second.start() - 30):second.start()]):
        return
    for tally in (first, second):
        claim = claim_at(claims, tally.start())
        if claim is None or _ANOTHER_VOTE.search(text[claim.start:claim.end]):
            return
    first_text = f"{first.group('yes' + first_shape)} to {first.group('no' + first_shape)}"
    second_text = second.group(0)
    finding = pair_finding(claims, first.start("yes" + first_shape), second.start(), (
        f"'{first_text}' vs '{second_text}': two tallies of one vote\n"
        f"the later tally names the vote already told ({yes:,} to {no:,}) with other counts ({yes2:,} to {no2:,})"))
    if finding is not None:
        yield finding


# "a seven-point lead" ... "put the Alliance on 34 per cent and Progress on 29 per cent": a lead in points
# is the difference of the two parties' shares.
_POINT_LEAD = re.compile(rf"\b(?P<n>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})[- ](?:percentage[- ])?points?\s+(?:lead|advantage|gap)\b",
                         re.IGNORECASE)
_TWO_SHARES = re.compile(r"\bon\s+(?P<a>\d{1,2}(?:\.\d)?)\s*(?:%|per\s?cent|percent)\s*,?\s+(?:and|with|to)\s+"
                         r"(?:[A-Za-z'-]+\s+){1,4}?on\s+(?P<b>\d{1,2}(?:\.\d)?)\s*(?:%|per\s?cent|percent)", re.IGNORECASE)


def _lead_of_two_shares(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "opened a seven-point lead over the Progress Party" ... "put the Alliance on 34 per cent and
    Progress on 29 per cent": 34 - 29 is five points. One lead and one pair of shares in the article."""
    leads, pairs = list(_POINT_LEAD.finditer(text)), list(_TWO_SHARES.finditer(text))
    if len(leads) != 1 or len(pairs) != 1:
        return
    lead, pair = leads[0], pairs[0]
    written = lead.group("n")
    stated = int(written) if written.isdigit() else NUMBER_WORDS[written.lower()]
    gap = abs(float(pair.group("a")) - float(pair.group("b")))
    if abs(gap - stated) <= 1:
        return
    finding = pair_finding(claims, lead.start(), pair.start(), (
        f"'{lead.group(0)}' vs '{pair.group(0)}': the lead is not the gap between the shares\n"
        f"{pair.group('a')} - {pair.group('b')} = {gap:g} points, not {stated}"))
    if finding is not None:
        yield finding


# "Delacroix received 14,210 votes" ... "Delacroix, whose 12,410 votes were a record": one candidate's votes.
_CANDIDATE_VOTES = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+)\s+(?:received|won|took|got|polled|secured|collected|gained|garnered)\s+(?P<n>{_NUMBER})\s+votes\b"
    rf"|\b(?P<name2>[A-Z][a-z]+)(?:['’]s|,\s+whose)\s+(?P<n2>{_NUMBER})\s+votes\b"
    rf"|\b(?P<n3>{_NUMBER})\s+votes\s+(?:for|to)\s+(?P<name3>[A-Z][a-z]+)\b")


def _one_candidates_votes_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Delacroix received 14,210 votes to Whitlock's 9,870" ... "Delacroix, whose 12,410 votes
    were a record": one candidate's votes in one election, told twice. Not when either claim names
    another round or count ("the first round", "a recount")."""
    told: dict[str, list[re.Match[str]]] = {}
    for m in _CANDIDATE_VOTES.finditer(text):
        name = m.group("name") or m.group("name2") or m.group("name3")
        told.setdefault(name, []).append(m)
    for name, matches in told.items():
        values = {_value(m.group("n") or m.group("n2") or m.group("n3")) for m in matches}
        if len(values) != 2 or len(matches) != 2:
            continue
        first, second = matches
        near = [text[max(0, m.start() - 50):m.end() + 50] for m in matches]
        if any(_ANOTHER_VOTE.search(words) or re.search(r"\brecount\b", words, re.IGNORECASE) for words in near):
            continue
        finding = pair_finding(claims, first.start(), second.start(), (
            f"'{first.group(0)}' vs '{second.group(0)}': two counts of {name}'s votes in one vote\n"
            f"{name} cannot have both {' and '.join(f'{v:,}' for v in sorted(values))} votes"))
        if finding is not None:
            yield finding


_SHARE = re.compile(r"(?P<verb>\b[a-z]+\s+)?(?:with\s+|only\s+|just\s+)?(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|per ?cent|percent)"
                    r"(?P<of>\s+of\s+(?:the\s+)?(?:votes?|ballots?|poll)\b(?:\s+cast)?)?", re.IGNORECASE)  # "of votes cast"


def _vote_shares(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "won with 54% of the vote ... her challenger took 49%": shares of one vote, given by
    candidates in neighbouring claims, cannot add up to more than 100%."""
    shares = []
    for m in _SHARE.finditer(text):
        verb = (m.group("verb") or "").strip().lower()
        after = text[m.end():m.end() + 4].lstrip()
        if m.group("of") or (verb in VOTE_SHARE_VERBS and not after.lower().startswith("of")):
            shares.append(m)
    for first, second in zip(shares, shares[1:]):
        a, b = claim_at(claims, first.start("pct")), claim_at(claims, second.start("pct"))
        if a is None or b is None or a.seq == b.seq or abs(b.seq - a.seq) > 2:
            continue  # one sentence ("54% of the vote, up from 49%") or claims far apart: other votes
        if _EARLIER_VOTE.search(text[b.start:b.end]) or _EARLIER_VOTE.search(text[a.start:a.end]):
            continue  # "61% of the vote at the last election in 2024": another vote
        if not (first.group("of") or second.group("of")):
            continue  # at least one names the vote itself
        total = float(first.group("pct")) + float(second.group("pct"))
        if total <= 100.5:
            continue
        finding = pair_finding(claims, first.start("pct"), second.start("pct"), (
            f"'{first.group('pct')}%' and '{second.group('pct')}%': two shares of one vote add up to {total:g}%\n"
            "the candidates' shares of one vote cannot add up to more than 100%"))
        if finding is not None:
            yield finding


_EARLIER_VOTE = re.compile(r"\b(?:last|previous|earlier|first|ago|in\s+(?:19|20)\d\d|since|up\s+from|down\s+from|"
                           r"compared\s+with|polls?|survey)\b", re.IGNORECASE)


def _one_candidates_share_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "re-elected their mayor, Lena Cord, on Sunday with 58% of the vote" ... "Cord, who took 64% of
    the vote": one candidate's share of one vote told twice. The candidate is the last name before
    the share in its sentence; sentences about another vote or a poll stay out."""
    by_name: dict[str, list[re.Match[str]]] = {}
    for m in _SHARE.finditer(text):
        if not m.group("of") or not m.group("of").strip().lower().endswith(("vote", "votes", "ballots")):
            continue
        sentence_start = max(text.rfind(". ", 0, m.start()) + 1, 0)
        before = text[sentence_start:m.start()]
        end = text.find(". ", m.end())
        if _EARLIER_VOTE.search(text[sentence_start:end if end > 0 else len(text)]):
            continue
        names = [n for n in re.findall(r"\b[A-Z][a-z]{2,}\b", before)
                 if n.lower() not in _WEEKDAY_NAMES and n.lower() not in MONTHS and n not in ("The", "Voters", "She", "He")]
        if names:
            by_name.setdefault(names[-1], []).append(m)
    for name, shares in by_name.items():
        values = {float(m.group("pct")) for m in shares}
        if len(values) < 2:
            continue
        first = shares[0]
        second = next(m for m in shares if float(m.group("pct")) != float(first.group("pct")))
        finding = pair_finding(claims, first.start("pct"), second.start("pct"), (
            f"'{first.group('pct')}% of the vote' vs '{second.group('pct')}% of the vote': two shares for {name}\n"
            f"{name}'s share of one vote cannot be both {first.group('pct')}% and {second.group('pct')}%"))
        if finding is not None:
            yield finding


_POLL_WORDS = re.compile(r"\b(?:poll|survey|questioned|surveyed|polled|respondents|asked)\b", re.IGNORECASE)
_PERCENT_ANSWER = re.compile(r"(?<![\d.])(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)(?!\s+of\b)")
_ANSWER_GAP = re.compile(r"\s+[a-z' -]{2,40},?\s+(?:and\s+)?")
_OTHER_GROUPS = re.compile(r"\b(?:among|points?|while|whereas|though|compared)\b|\(", re.IGNORECASE)
_NOT_AN_ANSWER = re.compile(r"\b(?:up|down|from|to|rose|fell|compared|than|margin|points?)\s*$", re.IGNORECASE)


def _poll_answers_over_a_hundred(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Of the voters questioned, 48% backed the plan, 39% opposed it and 21% were undecided": the
    answers of one poll, listed in one sentence, cannot add up to more than 100%."""
    for claim in claims:
        window = text[claim.start:claim.end]
        if not _POLL_WORDS.search(window):
            continue
        if _OTHER_GROUPS.search(window):
            continue  # "among men ... among women", "by 8 points": shares of other groups, or gaps
        answers = [m for m in _PERCENT_ANSWER.finditer(window) if not _NOT_AN_ANSWER.search(window[:m.start()])]
        # one list: each answer a few words after the last, joined by commas and a final "and"
        gaps = [window[a.end():b.start()] for a, b in zip(answers, answers[1:])]
        if len(answers) < 3 or not all(_ANSWER_GAP.fullmatch(gap) for gap in gaps) or " and " not in gaps[-1]:
            continue
        total = sum(float(m.group("pct")) for m in answers)
        if total <= 101.5:
            continue
        listed = " + ".join(f"{m.group('pct')}%" for m in answers)
        yield Finding("numeric_conflict", claim.seq, None, (
            f"'{listed}': the answers of one poll add up to {total:g}%\n"
            f"shares of one group of respondents cannot add up to more than 100% (claim {claim.seq})"))


# -------------------------------------------------------------------------------- ages
# -------------------------------------------------------------------------------- ages

def _the_article_is_about(text: str, surname: str) -> bool:
    """The surname is named at least as often as any other capitalised word: a sentence's first word
    counts unless it is a function word ("The", "After"), since a story's subject often opens one."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"\b[A-Z][a-z]{2,}\b", text):
        if m.group(0).lower() in FUNCTION_WORDS:
            continue
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    return counts.get(surname, 0) >= max(counts.values(), default=0)


# "Rheel, 26, said", "Edna Doyle, who is 81,", "Doyle, aged 81,", "Edna Doyle (81)".
NAMED_AGE = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)(?:,\s+(?P<age>\d{1,2}),\s"
                        r"|,\s+(?:who\s+is|aged)\s+(?P<age2>\d{1,2})\b(?!-|\s+(?:years?|months?)\s+(?!old\b))"
                        r"|\s+\((?P<age3>\d{1,2})\)"
                        r"|,\s+who\s+(?:turned|turns)\s+(?P<age4>\d{1,2})\b(?!\s+(?:in|on)\s+(?:19|20)\d\d|[^.;,]{0,30}\bago\b))")
_AN_AGED = re.compile(r"\b[Aa]n?\s+(?P<age>\d{1,2})-year-old\b(?:\s+(?P<next>[a-z]+))?")
_THE_AGED = re.compile(r"\b[Tt]he\s+(?P<age>\d{1,2})-year-old\b(?:\s+(?P<next>[a-z]+))?")


def _names_a_person(m: re.Match[str]) -> bool:
    """ "the 24-year-old joined", "the 24-year-old striker" — not "the 60-year-old firm"."""
    following = m.group("next")
    if following is None or following in PEOPLE_WORDS or following in ROLE_WORDS or following in KINSHIP_WORDS:
        return True
    if following in AUXILIARIES:
        return True  # "The 21-year-old will appear", "the 24-year-old was": the age stands for a person
    return "NOUN" not in word_lemmas(following) and "ADJ" not in word_lemmas(following)


def _an_age_no_named_person_has(text: str, claims: list[Claim], named: list[re.Match[str]]) -> Iterator[Finding]:
    """ "Gary Pellow, 34, ..." and "Mr Hollis, 29, ..." ... "Pellow ... admitted wounding. His barrister
    said the 43-year-old was ashamed": a bare "the N-year-old" whose age no named person has, right
    after a sentence naming one of them, gives that person a second age."""
    ages = {m.group("name").split()[-1]: named_age(m) for m in named}
    if len(ages) != len(named):
        return  # one surname aged twice is the other rule's; two people of one name are unclear
    for m in _THE_AGED.finditer(text):
        other = int(m.group("age"))
        if other in ages.values() or not (m.group("next") is None or m.group("next") in AUXILIARIES):
            continue  # someone's age, or "the 43-year-old lawyer": perhaps a person not yet aged
        start, _ = sentence_of(text, m.start())
        previous_start, _ = sentence_of(text, max(0, start - 2))
        mentions = [(n.start(), surname) for surname in ages
                    for n in re.finditer(rf"\b{re.escape(surname)}\b", text[previous_start:m.start()])]
        if not mentions:
            continue
        surname = max(mentions)[1]
        told = next(n for n in named if n.group("name").split()[-1] == surname)
        finding = pair_finding(claims, told.start(), m.start(), (
            f"'{told.group(0).strip().rstrip(',')}' vs '{m.group(0)}': two ages for one person\n"
            f"{surname} is {ages[surname]}, and no one the article names is {other}"))
        if finding is not None:
            yield finding


def named_age(m: re.Match[str]) -> int:
    """The age a ``NAMED_AGE`` match gives."""
    return int(m.group("age") or m.group("age2") or m.group("age3") or m.group("age4"))


def _one_name_two_ages(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Tomas Grell, 52, ..." and "Grell, who turned 49 last month, ...": one person (one surname
    and no other first name) given two ages in one article."""
    by_surname: dict[str, list[re.Match[str]]] = {}
    for m in NAMED_AGE.finditer(text):
        by_surname.setdefault(m.group("name").split()[-1], []).append(m)
    for surname, told in by_surname.items():
        ages = {named_age(m) for m in told}
        given_names = set(re.findall(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", text)) - {"The", "A", "An"}
        if len(ages) < 2 or len(given_names) > 1:
            continue  # one age, or two people of one family ("Jim Brady, 60" / "Sarah Brady, 58")
        first, second = told[0], next(m for m in told[1:] if named_age(m) != named_age(told[0]))
        finding = pair_finding(claims, first.start(), second.start(), (
            f"'{first.group(0).strip().rstrip(',')}' vs '{second.group(0).strip().rstrip(',')}': two ages for one person\n"
            f"{surname} cannot be both {named_age(first)} and {named_age(second)}"))
        if finding is not None:
            yield finding


def _two_ages(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Rheel, 26, said ..." and "The 24-year-old joined ...": an article that gives one person's
    age refers to that person as "the N-year-old"; with one named age only, the two must agree."""
    named = list(NAMED_AGE.finditer(text))
    described = [m for m in _AN_AGED.finditer(text) if _names_a_person(m)]
    if len(named) == 1 and _the_article_is_about(text, named[0].group("name").split()[-1]):
        person, age, who = named[0], named_age(named[0]), named[0].group("name")
    elif not named and len(described) == 1:
        # "A 19-year-old man has been charged ... The 21-year-old will appear": the one person described
        person, age, who = described[0], int(described[0].group("age")), f"the {described[0].group('next') or 'person'}"
    elif len(named) >= 2:
        yield from _an_age_no_named_person_has(text, claims, named)
        return
    else:
        return  # two people's ages, or the aged one is not the story's main person
    for m in _THE_AGED.finditer(text):
        other = int(m.group("age"))
        if other == age or not _names_a_person(m):
            continue
        if person.re is _AN_AGED and m.start() < person.end():
            continue
        if person.re is not _AN_AGED and m.group("next") and re.search(
                rf"\b(?:a|an|another)\s+(?:[a-z]+\s+)?{m.group('next')}\b", text[:m.start()]):
            continue  # "arrested Tom Ridley, 34, and a woman ... The 29-year-old woman": the woman
        finding = pair_finding(claims, min(person.start(), m.start()), max(person.start(), m.start()), (
            f"'{person.group(0).strip().rstrip(',')}' vs '{m.group(0)}': two ages for the one person the article ages\n"
            f"{who} is {age}, so 'the {other}-year-old' must be someone else or a mistake"))
        if finding is not None:
            yield finding


# ------------------------------------------------------------------------ weekday offsets

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\b", re.IGNORECASE)
_OFFSET = re.compile(r"\b(?P<n>\w+|\d+)\s+days?\s+(?P<dir>earlier|later|before|after)\s*,?\s*on\s+(?P<day>"
                     + "|".join(_WEEKDAY_NAMES) + r")\b", re.IGNORECASE)


def _weekday_offsets(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "on Saturday ... two days earlier, on Wednesday": counting back from the weekday the
    sentence before named must land on the weekday given."""
    for m in _OFFSET.finditer(text):
        word = m.group("n").lower()
        days = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if not days or days >= 7:
            continue
        anchors = [w for w in _WEEKDAY.finditer(text, max(0, m.start() - 300), m.start())]
        if not anchors:
            continue
        anchor = anchors[-1]
        step = -int(days) if m.group("dir").lower() in ("earlier", "before") else int(days)
        expected = _WEEKDAY_NAMES[(_WEEKDAY_NAMES.index(anchor.group(1).lower()) + step) % 7]
        if expected == m.group("day").lower():
            continue
        a, b = claim_at(claims, anchor.start()), claim_at(claims, m.start("day"))
        if a is None or b is None:
            continue
        yield Finding("temporal_conflict", a.seq, b.seq if b.seq != a.seq else None, (
            f"'{anchor.group(0)}' and '{m.group(0)}': the days do not count\n"
            f"{days} day{'s' if days != 1 else ''} {m.group('dir').lower()} than {anchor.group(0)} is a "
            f"{expected.capitalize()}, not {m.group('day')} (claims {a.seq} and {b.seq})"))


# "resigned on Monday, a day after the vote on Tuesday": the day named first is the later event.
_AFTER_EVENT = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>after|before)\s+"
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?on\s+(?P<day>" + "|".join(_WEEKDAY_NAMES) + r")\b",
    re.IGNORECASE)


def _weekdays_around_an_event(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "on Monday, a day after the vote on Tuesday": a day after Tuesday is a Wednesday. Only
    where the weekday stands right before the phrase that counts from another."""
    for m in _AFTER_EVENT.finditer(text):
        word = m.group("n").lower()
        days = 1 if word in ("a", "an") else int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        sentence_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        anchors = list(_WEEKDAY.finditer(text, sentence_start, m.start()))
        if not days or not anchors:
            continue
        anchor = anchors[-1]
        if not re.fullmatch(r"\s*,?\s*(?:just\s+|only\s+|exactly\s+)?", text[anchor.end():m.start()]):
            continue  # the weekday must be the one this phrase counts from: "on Monday, a day after ..."
        step = int(days) if m.group("dir").lower() == "after" else -int(days)
        expected = _WEEKDAY_NAMES[(_WEEKDAY_NAMES.index(m.group("day").lower()) + step) % 7]
        if expected == anchor.group(1).lower():
            continue
        claim = claim_at(claims, anchor.start())
        if claim is None:
            continue
        yield Finding("temporal_conflict", claim.seq, None, (
            f"'{anchor.group(0)}' and '{m.group(0)}': the days do not count\n"
            f"{m.group('n')} day{'s' if days != 1 else ''} {m.group('dir').lower()} {m.group('day')} is a "
            f"{expected.capitalize()}, not {anchor.group(0)} (claim {claim.seq})"))


# "lifted off at 03:14 ... forty minutes after liftoff, at 04:10": a clock time counted from the
# last one before it.
_CLOCK_OFFSET = re.compile(
    r"\b(?P<n>\d{1,3}|" + NUMBER_WORD_ALTERNATION + r"|an?)"
    r"\s+(?P<unit>minutes?|hours?)\s+(?:later|afterwards|after\s+(?:[\w-]+[\s,]+){0,6}?)\s*,?\s*(?:at|by)\s+",
    re.IGNORECASE)


def _clock_offsets(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "left at 08:15 and arrived two hours later, at 11:40": two hours after 08:15 is 10:15. The
    clock may also come first: "reached the scene at 2:19 a.m., six minutes after the call came in"."""
    for m in _CLOCK_OFFSET.finditer(text):
        stated = CLOCK.match(text, m.end())
        if stated is not None:
            yield from _clock_offset_checked(text, claims, m, stated, m.start())
    for m in _CLOCK_THEN_OFFSET.finditer(text):
        stated = CLOCK.match(text, m.start("clock"))
        if stated is not None:
            yield from _clock_offset_checked(text, claims, m, stated, m.start("clock"))


# "at 2:19 a.m., six minutes after the call came in": the clock told first, its offset after a comma.
_CLOCK_WRITTEN = r"(?:about |around |approximately )?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|[01]?\d[:.][0-5]\d|2[0-3][:.][0-5]\d"
_CLOCK_THEN_OFFSET = re.compile(
    rf"\b(?:at|by)\s+(?P<clock>{_CLOCK_WRITTEN})"
    r"\s*,\s*(?:just\s+|only\s+|some\s+|(?P<hedge>about|nearly|almost|around|roughly)\s+)?(?P<n>\d{1,3}|"
    + NUMBER_WORD_ALTERNATION + r"|a\s+quarter\s+of\s+an|half\s+an|three\s+quarters\s+of\s+an|an?)"
    r"\s+(?P<unit>minutes?|hours?)\s+(?:(?:after|into)\s+(?:[\w-]+[\s,]+){0,6}?|later\b)", re.IGNORECASE)


# "landed safely 27 minutes after departure": an offset between two events, with no clock of its own.
_OFFSET_WITHOUT_CLOCK = re.compile(
    r"\b(?:(?P<hedge>about|nearly|almost|around|roughly|some|just|only)\s+)?(?P<n>\d{1,3}|" + NUMBER_WORD_ALTERNATION
    + r"|an?)\s+(?P<unit>minutes?|hours?)\s+after\s+(?:the\s+|its\s+|their\s+|her\s+|his\s+)?(?P<from>[a-z-]+(?:\s+[a-z-]+)?)",
    re.IGNORECASE)


def _offset_between_two_clocked_events(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "took off ... at 07:42 local" ... "landed safely 27 minutes after departure" ... "touched down
    ... at 08:19 local": the offset's two events each have their clock elsewhere (37 minutes apart).
    The later event is what the offset's clause tells of before it, the earlier one what follows
    "after"; each must be told with a clock in exactly one other sentence (by event class), the
    earlier one's before the later one's. Quiet when any pair of their clocks fits."""
    for m in _OFFSET_WITHOUT_CLOCK.finditer(text):
        start, end = sentence_of(text, m.start())
        if CLOCK.search(text, start, end):
            continue  # a clock of its own: the other offset rules read it
        later_classes = _event_classes_in(text[start:m.start()])
        earlier_classes = _event_classes_in(m.group("from"))
        if not later_classes or not earlier_classes or later_classes & earlier_classes:
            continue
        later = _clocked_sentences(text, claims, m.start(), later_classes, earlier_classes)
        earlier = _clocked_sentences(text, claims, m.start(), earlier_classes, later_classes)
        if len(later) != 1:
            continue
        # the earlier event's clock comes before the later one's: "departing at 13:05" is another departure
        latest = max((minutes[0] for clock in later[0] if (minutes := clock_minutes(clock))), default=None)
        if latest is None:
            continue
        earlier = [clocks for clocks in earlier if any((minutes := clock_minutes(c)) and minutes[0] < latest for c in clocks)]
        if len(earlier) != 1:
            continue
        word = m.group("n").lower()
        step = (1 if word in ("a", "an") else int(word) if word.isdigit() else NUMBER_WORDS[word]) * (
            60 if m.group("unit").lower().startswith("hour") else 1)
        slack = max(20, step // 6) if m.group("hedge") and m.group("hedge").lower() not in ("just", "only") else min(5, max(2, step // 4))
        ends = [(a, b) for a in earlier[0] for b in later[0]
                if (minutes_a := clock_minutes(a)) and (minutes_b := clock_minutes(b)) and minutes_a[0] < minutes_b[0]]
        if not ends or any(abs(clock_minutes(b)[0] - clock_minutes(a)[0] - step) <= slack for a, b in ends):  # type: ignore[index]
            continue
        first, last = ends[-1]
        gap = clock_minutes(last)[0] - clock_minutes(first)[0]  # type: ignore[index]
        finding = pair_finding(claims, last.start(), m.start(), (
            f"'{first.group(0).strip()}' to '{last.group(0).strip()}' vs '{m.group(0)}': the offset does not fit the clocks\n"
            f"from {first.group(0).strip()} to {last.group(0).strip()} is {gap} minutes, not {step}"), "temporal_conflict")
        if finding is not None:
            yield finding


def _clocked_sentences(text: str, claims: list[Claim], skip: int, classes: frozenset[str], not_classes: frozenset[str]
                       ) -> list[list[re.Match[str]]]:
    """The clocks of each claim (but the one at ``skip``) that tells of an event of ``classes`` and
    none of ``not_classes`` (a claim with both events' clocks cannot say which is which)."""
    found = []
    for claim in claims:
        if claim.start <= skip < claim.end:
            continue
        clocks = list(CLOCK.finditer(text, claim.start, claim.end))
        if not clocks:
            continue
        told = _event_classes_in(text[claim.start:claim.end])
        if told & classes and not told & not_classes:
            found.append(clocks)
    return found


# ---------------------------------------------------------------------------- pleas

_CHARGE_NOUN = r"(?:counts?|charges?|offences?|offenses?|crimes?)"
# "pleaded guilty at Dublin Circuit Criminal Court to 14 sample counts", "admitted 14 charges"
_PLEA = re.compile(
    rf"\b(?:pleaded\s+guilty|pled\s+guilty|admitted)\b[^.;]{{0,80}}?\b(?:to\s+)?(?P<n>\d{{1,3}}|{NUMBER_WORD_ALTERNATION})\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?{_CHARGE_NOUN}\b", re.IGNORECASE)
# "the 11 offences to which Keating had pleaded guilty", "the 14 charges she admitted"
_THE_PLEADED = re.compile(
    rf"\b[Tt]he\s+(?P<n>\d{{1,3}}|{NUMBER_WORD_ALTERNATION})\s+(?:[a-z-]+\s+)?{_CHARGE_NOUN}\s+(?:to\s+which|that|which)?\s*"
    r"(?:[A-Z][\w'’-]+|he|she|they)\s+(?:had\s+|has\s+|have\s+)?(?:pleaded\s+guilty|pled\s+guilty|admitted)\b")


def _charges_pleaded_to_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "pleaded guilty ... to 14 sample counts of theft" ... "the 11 offences to which Keating had
    pleaded guilty": the charges named again by the plea are the ones counted with it. Only with
    one plea counted in the article."""
    pleas = [m for m in _PLEA.finditer(text) if not _THE_PLEADED.match(text, max(0, m.start() - 30))]
    named = list(_THE_PLEADED.finditer(text))
    pleas = [m for m in pleas if not any(n.start() <= m.start() < n.end() for n in named)]
    if len(pleas) != 1:
        return
    plea = pleas[0]
    for m in named:
        if m.start() < plea.end() or _value(m.group("n")) == _value(plea.group("n")):
            continue
        finding = pair_finding(claims, plea.start(), m.start(), (
            f"'{plea.group(0)}' vs '{m.group(0)}': two counts of the charges admitted\n"
            f"{_value(plea.group('n'))} and {_value(m.group('n'))} cannot both be the charges pleaded to"))
        if finding is not None:
            yield finding


# ---------------------------------------------------------------------------- cricket

# "a four-wicket win", "won by four wickets": the side batting second won with that many wickets standing.
_WICKET_WIN = re.compile(rf"\b(?P<n>\d|{NUMBER_WORD_ALTERNATION})[- ]wicket\s+(?:win|victory|triumph|success)\b"
                         rf"|\bby\s+(?P<n2>\d|{NUMBER_WORD_ALTERNATION})\s+wickets\b", re.IGNORECASE)
# "288 for seven", "288 for 7", "288/7": runs for wickets down.
_RUNS_FOR_WICKETS = re.compile(rf"\b(?P<runs>\d{{2,3}})\s*(?:for\s+(?P<w>\d|{NUMBER_WORD_ALTERNATION})|/(?P<w2>\d))\b",
                               re.IGNORECASE)
# What the chase had to reach: "a target of 288", or the first innings' total, "bowled out for 287".
_CHASE_TARGET = re.compile(r"\btarget\s+of\s+(?P<target>\d{2,3})\b|\b(?:(?:bowled|bowling)\s+(?:[A-Z][\w'-]+\s+)?out|all\s+out|"
                           r"dismissed)\s+for\s+(?P<first>\d{2,3})\b", re.IGNORECASE)


def _wickets_in_hand_against_the_chase(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "a four-wicket win ... past a target of 288" ... "The hosts finished on 288 for seven": a
    side that wins by four wickets has lost six. The chase's total is the one score of runs for
    wickets at or past the target (the scores on the way, "143 for five", are below it)."""
    wins, targets = list(_WICKET_WIN.finditer(text)), list(_CHASE_TARGET.finditer(text))
    if len(wins) != 1 or not targets:
        return
    needed = {int(t.group("target")) if t.group("target") else int(t.group("first")) + 1 for t in targets}
    if len(needed) != 1:
        return
    target = needed.pop()
    finals = [m for m in _RUNS_FOR_WICKETS.finditer(text) if int(m.group("runs")) >= target]
    if len(finals) != 1:
        return
    win, final = wins[0], finals[0]
    in_hand = _value(win.group("n") or win.group("n2"))
    lost = _value(final.group("w") or final.group("w2"))
    if in_hand + lost == 10 or not 0 < in_hand < 10:
        return
    finding = pair_finding(claims, win.start(), final.start(), (
        f"'{win.group(0)}' vs '{final.group(0)}': the wickets do not add up\n"
        f"winning by {in_hand} wicket{'s' if in_hand != 1 else ''} leaves {10 - in_hand} down, not {lost}"))
    if finding is not None:
        yield finding


def _tells_of(sentence: str, words: list[str], phrase: str) -> bool:
    """Whether a sentence tells of what an offset counts from ("after the call" / "a call was received
    at 11.40 pm"; "after liftoff" / "lifted off at 03:14"; "after the coach set off" / "had left the
    depot at 6:10"): one of its words, or an event of the phrase's class."""
    said = {singular(w.lower()) for w in re.findall(r"[A-Za-z]{3,}", sentence)}
    return any(singular(w) in said for w in words) or bool(_event_classes_in(phrase) & _event_classes_in(sentence))


# "a quarter of an hour after the crash", "half an hour later": parts of an hour told in words.
_PARTS_OF_AN_HOUR = {"a quarter of an": 0.25, "half an": 0.5, "three quarters of an": 0.75}


def _clock_offset_checked(text: str, claims: list[Claim], m: re.Match[str], stated: re.Match[str],
                          before: int) -> Iterator[Finding]:
    """The offset ``m`` counted from the last clock before ``before`` must reach the ``stated`` clock."""
    anchors = list(CLOCK.finditer(text, max(0, before - 600), before))
    at = m.group(0).lower().find("after")
    after = re.split(r"[.;,]", text[m.start() + at:m.start() + at + 60])[0] if at >= 0 else ""
    counted_from = set(re.findall(r"\b[A-Z][a-z]+", after))
    events = [w for w in re.findall(r"\b[a-z]{3,}\b", after)[:4] if w not in FUNCTION_WORDS and w != "after"]
    if events:  # "25 minutes after the call": the clock of the call where one is told, not the last clock
        anchors = [a for a in CLOCK.finditer(text, max(0, before - 2000), before)
                   if _tells_of(text[slice(*sentence_of(text, a.start()))], events, after)
                   or any(name in text[slice(*sentence_of(text, a.start()))] for name in counted_from)] or anchors
    if not anchors or clock_minutes(stated) is None or clock_minutes(anchors[-1]) is None:
        return
    anchor_start, anchor_end = sentence_of(text, anchors[-1].start())
    if counted_from and not any(name in text[anchor_start:anchor_end] for name in counted_from):
        return  # "40 minutes after it set off from Denholt": not the clock told for Pellham
    word = " ".join(m.group("n").lower().split())
    count = _PARTS_OF_AN_HOUR.get(word) or (1 if word in ("a", "an") else int(word) if word.isdigit() else NUMBER_WORDS[word])
    step = int(count * (60 if m.group("unit").lower().startswith("hour") else 1))
    (start, about_a), (end, about_b) = clock_minutes(anchors[-1]), clock_minutes(stated)  # type: ignore[misc]
    expected = (start + step) % (24 * 60)
    gap = min(abs(expected - end), 24 * 60 - abs(expected - end))
    # "six minutes after": a short offset is told to the minute; "two hours later" only to a few
    hedged = about_a or about_b or bool(m.groupdict().get("hedge"))  # "nearly three hours later"
    # "about 11.40pm ... a quarter of an hour after": a hedge loosens a short offset by minutes, not by its whole length
    loose = (max(20, step // 6) if step >= 40 else max(5, step // 2))
    if gap <= (loose if hedged else min(5, max(2, step // 4))):
        return
    told = text[min(m.start(), stated.start()):max(m.end(), stated.end())].strip()
    finding = pair_finding(claims, anchors[-1].start(), m.start(), (
        f"'{anchors[-1].group(0).strip()}' and '{told}': the clock does not count\n"
        f"{m.group('n')} {m.group('unit').lower()} after {start // 60:02d}:{start % 60:02d} is "
        f"{expected // 60:02d}:{expected % 60:02d}, not {end // 60:02d}:{end % 60:02d}"), "temporal_conflict")
    if finding is not None:
        yield finding


# "scheduled to depart at 9.15am, finally took off at 4.40pm": the time a thing was due and the time it happened.
_DUE_AND_DONE = re.compile(
    rf"\b(?:scheduled|due|timetabled|set|expected)\s+to\s+(?:depart|leave|take\s+off|arrive|land|start|begin|open|sail)"
    rf"\s+at\s+(?P<a>{_CLOCK_WRITTEN})[^.;]{{0,80}}?\b(?:took\s+off|departed|left|arrived|landed|started|began|"
    rf"opened|sailed|got\s+under\s?way)\s+(?:at\s+)?(?P<b>{_CLOCK_WRITTEN})", re.IGNORECASE)
# "the delay of about three hours", "a seven-hour delay", "was delayed by about three hours"
_DELAY_TOLD = re.compile(
    rf"\b(?:the|its|a|this)\s+(?:delay|wait|hold-?up)\s+of\s+(?:(?P<hedge>about|around|nearly|almost|roughly|more\s+than|over|some)\s+)?"
    rf"(?P<n>\d{{1,2}}|{NUMBER_WORD_ALTERNATION}|an?)\s+(?P<unit>hours?|minutes?)\b"
    rf"|\b(?P<n2>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})-(?P<unit2>hour|minute)\s+(?:delay|wait)\b", re.IGNORECASE)


def _delay_of_a_due_time(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "scheduled to depart at 9.15am, finally took off at 4.40pm" ... "apologises for the delay of
    about three hours": seven hours and 25 minutes late, not three. One due-and-done pair in the
    article; a delay in a sentence about another ("A separate flight ...") is that one's."""
    pairs = list(_DUE_AND_DONE.finditer(text))
    if len(pairs) != 1:
        return
    pair = pairs[0]
    a, b = CLOCK.match(text, pair.start("a")), CLOCK.match(text, pair.start("b"))
    if a is None or b is None or clock_minutes(a) is None or clock_minutes(b) is None:
        return
    late = (clock_minutes(b)[0] - clock_minutes(a)[0]) % (24 * 60)  # type: ignore[index]
    for m in _DELAY_TOLD.finditer(text):
        sentence = text[slice(*sentence_of(text, m.start()))]
        if re.search(r"\b(?:separate|another|other|earlier|previous|last\s+(?:week|month|year))\b", sentence, re.IGNORECASE):
            continue
        word = (m.group("n") or m.group("n2")).lower()
        count = 1 if word in ("a", "an") else int(word) if word.isdigit() else NUMBER_WORDS[word]
        told = count * (60 if (m.group("unit") or m.group("unit2")).lower().startswith("hour") else 1)
        hedge = (m.group("hedge") or "").lower()
        if hedge in ("more than", "over"):
            fits = late > told
        else:
            fits = abs(late - told) <= (max(30, told // 5) if hedge else max(10, told // 10))
        if fits:
            continue
        finding = pair_finding(claims, pair.start(), m.start(), (
            f"'{pair.group('a')}' to '{pair.group('b')}' vs '{m.group(0)}': the delay does not fit the times\n"
            f"due at {pair.group('a')} and away at {pair.group('b')} is {late // 60} h {late % 60:02d} min late, "
            f"not {hedge + ' ' if hedge else ''}{told // 60} h {told % 60:02d} min"), "temporal_conflict")
        if finding is not None:
            yield finding
        return


# Those still missing, told as missing or as those still sought: "the search for three people still
# missing", "five people remain unaccounted for" ... "We are still looking for five people". Only
# what is said to hold now ("still", "remain"): "had put the number of missing at nine" was earlier.
_MISSING_WORD = rf"{_NUMBER}|{NUMBER_WORD_ALTERNATION}"
_SOUGHT_PEOPLE = r"(?:people|persons|passengers|crew(?:\s+members)?|fishermen|climbers|miners|children|residents|others)"
_STILL_MISSING = re.compile(
    rf"\b(?P<n>{_MISSING_WORD})\s+(?:{_SOUGHT_PEOPLE}\s+)?(?:(?:who\s+)?(?:are|were)\s+)?(?:still|remain|remained|remaining)\s+"
    r"(?:missing|unaccounted\s+for)\b", re.IGNORECASE)
_STILL_SOUGHT = re.compile(
    rf"\bstill\s+(?:looking|searching|hunting)\s+for\s+(?P<n>{_MISSING_WORD})\s+{_SOUGHT_PEOPLE}\b", re.IGNORECASE)


def _still_missing_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "the search for three people still missing" ... "We are still looking for five people": the
    ones still missing now, counted twice. Only with one count of each shape."""
    missing, sought = list(_STILL_MISSING.finditer(text)), list(_STILL_SOUGHT.finditer(text))
    if len(missing) != 1 or len(sought) != 1:
        return
    a, b = missing[0], sought[0]
    if _value(a.group("n")) == _value(b.group("n")):
        return
    first, second = sorted((a, b), key=lambda m: m.start())
    finding = pair_finding(claims, first.start(), second.start(), (
        f"'{first.group(0)}' vs '{second.group(0)}': two counts of those still missing\n"
        f"{_value(a.group('n')):,} still missing, {_value(b.group('n')):,} still sought"))
    if finding is not None:
        yield finding


# ------------------------------------------------------------------------------ multiples

_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_MULTIPLE = re.compile(r"\b(?P<verb>" + "|".join(_FACTORS) + r")\b[^.;]{0,40}?\b(?:when|from)\s+(?:about\s+|some\s+)?"
                       rf"(?P<base>{_NUMBER})(?:\s+(?P<noun>[a-z]{{3,}})(?:\s+(?P<noun2>[a-z]{{3,}}))?)?\b", re.IGNORECASE)
# "The number of cyclists crossing the bridge has doubled since 2020, when 3,000 a day ...": what is counted.
_NUMBER_OF = re.compile(r"\b(?:number|count|total)\s+of\s+(?P<noun>[a-z]{3,})\b[^.;]{0,60}$", re.IGNORECASE)


def _multiples(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "has doubled since 2019, when 20,000 people came" against the article's current count of
    the same kind of thing ("drew 30,000 visitors"): double 20,000 is 40,000, give or take 15%."""
    for m in _MULTIPLE.finditer(text):
        factor, base = _FACTORS[m.group("verb").lower()], _value(m.group("base"))
        counted = [m.group("noun"), m.group("noun2")]
        subject = _NUMBER_OF.search(text, max(0, m.start() - 80), m.start())
        if subject is not None:
            counted.append(subject.group("noun"))  # "the number of cyclists ... has doubled"
        kinds = {noun_class(w.lower()) for w in counted if w}
        # the current count: the last one before the multiple, else the first after it ("Now 9,000 cross")
        before = [c for c in _COUNT.finditer(text, 0, m.start()) if _counts_kind(c, kinds, base)]
        current = before[-1] if before else next((c for c in _COUNT.finditer(text, m.end()) if _counts_kind(c, kinds, base)), None)
        if current is None:
            continue
        now, expected = _value(current.group(1)), factor * base
        if abs(now - expected) <= 0.15 * expected:
            continue
        finding = pair_finding(claims, current.start(), m.start(), (
            f"'{current.group(0)}' vs '{m.group('verb')} ... {m.group('base')} {next(w for w in counted if w)}': "
            f"the multiple does not fit\n"
            f"{m.group('verb')} from {base:,} is about {expected:,.0f}, not {now:,}"))
        if finding is not None:
            yield finding


# "Applications doubled this year to 4,800" ... "Last year the scheme received 3,100 applications":
# the new level told with the multiple, the old one in a sentence about the earlier period.
_MULTIPLE_TO = re.compile(r"\b(?P<verb>" + "|".join(_FACTORS) + r")\b[^.;]{0,40}?\bto\s+(?:about\s+|some\s+)?"
                          rf"(?P<now>{_NUMBER})\b(?!\s*%)", re.IGNORECASE)
_EARLIER_PERIOD = re.compile(r"\b(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year|"
                             r"the\s+year\s+before|previously|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
# "she had one oven and five employees": the old level may be written in words.
_COUNT_IN_WORDS_TOO = re.compile(rf"(?<![\w.,-])({_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+([a-z]{{3,}})(?:\s+([a-z]{{3,}}))?\b",
                                 re.IGNORECASE)


def _multiples_to_a_level(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Applications doubled this year to 4,800" ... "Last year the scheme received 3,100
    applications": double 3,100 is about 6,200. The old level is the one count of the same kind in
    a sentence about the earlier period."""
    for m in _MULTIPLE_TO.finditer(text):
        sentence_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        subject_words = re.findall(r"[A-Za-z]{3,}", text[sentence_start:m.start()])
        kinds = {noun_class(w.lower()) for w in subject_words} - {None}
        if not kinds:
            continue
        factor, now = _FACTORS[m.group("verb").lower()], _value(m.group("now"))
        earlier = []
        for claim in claims:
            window = text[claim.start:claim.end]
            if claim.start <= m.start() < claim.end or not _EARLIER_PERIOD.search(window):
                continue
            earlier += [(claim.start, c) for c in _COUNT_IN_WORDS_TOO.finditer(window) if _counts_kind(c, kinds, now)]
        if len(earlier) != 1:
            continue
        offset, base_match = earlier[0]
        base = _value(base_match.group(1))
        expected = factor * base
        if abs(now - expected) <= 0.15 * expected:
            continue
        finding = pair_finding(claims, m.start(), offset + base_match.start(), (
            f"'{m.group(0)}' vs '{base_match.group(0)}': the multiple does not fit\n"
            f"{m.group('verb')} from {base:,} is about {expected:,.0f}, not {now:,}"))
        if finding is not None:
            yield finding


# A change told with both its levels: "rose from 0.4mg to 1.2mg", "to 84,000 from 44,000".
_LEVEL = (rf"(?:{CURRENCY_SIGN_ALTERNATION})?\s?(?P<{{p}}>\d{{{{1,3}}}}(?:,\d{{{{3}}}})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # "R94 billion"
          rf"(?:[\s-]*(?P<{{p}}scale>{SCALE_ALTERNATION})\b)?")
_BETWEEN_LEVELS = r"(?:[^.;]|\.(?=\s\d))"  # "from 42 in the week ending Dec. 13 to 168"
_FROM_TO = re.compile(r"\bfrom\s+" + _LEVEL.format(p="old") + rf"{_BETWEEN_LEVELS}{{0,40}}?\bto\s+" + _LEVEL.format(p="new")
                      + r"|\bto\s+" + _LEVEL.format(p="new2") + rf"{_BETWEEN_LEVELS}{{0,40}}?\bfrom\s+"
                      + _LEVEL.format(p="old2"),
                      re.IGNORECASE)
_HEDGED_MULTIPLE = re.compile(r"\b(?P<hedge>more\s+than|over|nearly|almost|roughly|about|just\s+under|just\s+over)?\s*"
                              r"(?P<verb>" + "|".join(_FACTORS) + r")\b", re.IGNORECASE)


def _level(m: re.Match[str], p: str) -> float:
    scale = (m.group(p + "scale") or "").lower()
    factor = {"bn": 1e9, "billion": 1e9, "million": 1e6, "m": 1e6, "k": 1e3, "thousand": 1e3}.get(scale, 1)
    return float(m.group(p).replace(",", "")) * factor


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """The sentence around ``at``: from the last ". " or line break before it to the next one."""
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    ends = [i for i in (text.find(". ", at), text.find(".\n", at), text.find("\n", at)) if i >= 0]
    return start, min(ends) if ends else len(text)  # a paragraph break ends a sentence too


def _multiple_against_its_change(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "more than doubled last year, to 84,000 from 44,000", or "rose from 0.4mg to 1.2mg" ...
    "Ammonia has doubled": a multiple told of a change whose two levels the article gives must be
    their ratio (within 15%; "more than" above it, "nearly" below it). The multiple is in the
    change's sentence, or in a sentence without numbers whose subject or object ("We more than
    tripled revenue") shares a word or a noun class with one change's subject, the only one that does."""
    changes = [m for m in _FROM_TO.finditer(text) if not any(
        _YEAR_LIKE.fullmatch(m.group(p) or "") for p in ("old", "new", "old2", "new2"))]
    if not changes:
        return
    for m in _HEDGED_MULTIPLE.finditer(text):
        s_start, s_end = sentence_of(text, m.start())
        own = [c for c in changes if sentence_of(text, c.start())[0] == s_start]
        if own:
            if len(own) != 1:
                continue
        elif re.search(r"\d", text[s_start:s_end]):
            continue  # a multiple with numbers of its own is another rule's
        else:
            told_of = _subject_words(text[s_start:m.start()]) | _subject_words(
                " ".join(re.findall(r"[A-Za-z-]+", text[m.end():s_end])[:3]))
            own = [c for c in changes if _subject_words(text[sentence_of(text, c.start())[0]:c.start()]) & told_of]
            if len(own) != 1 or (len(changes) > 1 and not told_of):
                continue
        change = own[0]
        shape = "" if change.group("old") else "2"
        old, new = _level(change, "old" + shape), _level(change, "new" + shape)
        if old <= 0 or new <= 0:
            continue
        factor = _FACTORS[m.group("verb").lower()]
        hedge = " ".join((m.group("hedge") or "").lower().split())
        ratio = new / old
        if factor < 1:  # halved: compare the falls the other way round
            ratio, factor = old / new, 1 / factor
        if hedge in ("more than", "over", "just over"):
            fits = ratio > factor * 0.99 and ratio <= factor * 1.6
        elif hedge in ("nearly", "almost", "just under"):
            fits = factor * 0.8 <= ratio < factor * 1.01
        else:
            fits = abs(ratio - factor) <= 0.15 * factor
        if fits:
            continue
        told = f"{old:,.10g} to {new:,.10g}"
        finding = pair_finding(claims, change.start(), m.start(), (
            f"'{m.group(0).strip()}' vs '{change.group(0)}': the multiple does not fit the change\n"
            f"{told} is {new / old:.2f} times, not {m.group(0).strip()}"))
        if finding is not None:
            yield finding


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def _subject_words(text: str) -> set[str]:
    """The content words of a clause's start, and the noun classes they belong to."""
    words = {singular(w.lower()) for w in re.findall(r"[A-Za-z]{4,}", text)} - NOT_SUBJECT_WORDS
    return words | {c for w in words for c in noun_classes(w)}




def _counts_kind(count: re.Match[str], kinds: set[str | None], base: int) -> bool:
    nouns = {noun_class(w.lower()) for w in (count.group(2), count.group(3)) if w}
    return bool(kinds & nouns) and _value(count.group(1)) != base


# ------------------------------------------------------------------------------- parts of a total

# "employs 1,200 people at three plants: 500 in Radby, 400 in Corton and 200 in Lisk": a total,
# then after a colon or a dash the whole list of its parts, to the end of the sentence. The total
# is the last number before the colon ("employs 21 people and seats 62 — 38 inside and 24 outside").
_COUNT_WORD = NUMBER_WORD_ALTERNATION
_BREAKDOWN = re.compile(
    rf"\b(?P<total>{_NUMBER}|{_COUNT_WORD})\s+(?P<noun>[a-z]+)\b(?P<middle>[^.;:!?\d]{{0,80}}?)\s*[:—–]\s*"
    r"(?P<parts>[^.;:!?]*?\band\b[^.;:!?]*?)(?=[.;!?]|$)")
_PART_NUMBER = re.compile(rf"(?<![\w.,$€£%-])({_NUMBER}|\b(?:{_COUNT_WORD})\b)(?![\w%-]|[.,]\d)", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:said|says|say|according|told|reported|figures show)\b")
_PART_SEPARATOR = re.compile(r",(?!\d{3}\b)\s*(?:and\s+)?|\s+and\s+")  # not the comma inside "22,000"
# Words that make a list partial or its numbers approximate: then nothing need add up.
_NOT_A_PARTITION = re.compile(
    r"\b(?:including|includes|among|such as|of whom|of which|about|around|nearly|almost|some|roughly|more than|"
    # "over"/"under" hedge a number ("over 300"), not a cause ("cancelled in 2023 over disease concerns")
    rf"(?:over|under)(?=\s+(?:[\d$£€]|(?:{NUMBER_WORD_ALTERNATION}|a|an|half)\b))|at least|up to|fewer than|less than|per|"
    r"each|a day|a year|a week)\b|%|percent|per cent",
    re.IGNORECASE)


def _measured(number: str, segment: str) -> bool:
    """The part is a measure, not a count of the total's things: "1900 tonnes", "£4m", "40%"."""
    after = re.search(rf"{re.escape(number)}\s*(%|[a-z]+)", segment)
    return bool(re.search(rf"[$€£¥]\s?{re.escape(number)}", segment)) or (
        after is not None and (after.group(1) in MEASURE_UNITS or after.group(1) in SCALE_WORDS or after.group(1) in PERCENT_WORDS))


def _parts_of_a_total(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """A total and the list of its parts must agree: 500 + 400 + 200 is 1,100, not 1,200."""
    for m in _BREAKDOWN.finditer(text):
        if _NOT_A_PARTITION.search(m.group("middle")) or _NOT_A_PARTITION.search(m.group("parts")):
            continue
        segments = [s for s in _PART_SEPARATOR.split(m.group("parts")) if s.strip()]
        while segments and not _PART_NUMBER.search(segments[-1]) and _REPORTING.search(segments[-1]):
            segments.pop()  # "..., the council said": who says so, not a part
        numbers = [_PART_NUMBER.findall(segment) for segment in segments]
        if len(segments) < 2 or any(len(found) != 1 for found in numbers):
            continue  # every part one number, or it is no plain list of parts
        parts = [_value(found[0]) for found in numbers]
        total = _value(m.group("total"))
        if sum(parts) == total or total < 2 or re.fullmatch(r"1[89]\d\d|20\d\d", m.group("total")):
            continue  # agreeing, or a year ("the 2019 report: ...")
        if total == len(parts) and any(_measured(found[0], segment) for found, segment in zip(numbers, segments)):
            continue  # "split between three fleets: ... 1900 tonnes, ... 1400 tonnes and ... 900 tonnes": how many parts
        listed = m.group("parts")
        listed = listed[:listed.rfind(segments[-1]) + len(segments[-1])].strip()
        sum_text = " + ".join(f"{part:,}" for part in parts)
        finding = pair_finding(claims, m.start(), m.start("parts"), (
            f"'{m.group('total')} {m.group('noun')}' vs '{listed}': the parts do not add up to the total\n"
            f"{sum_text} = {sum(parts):,}, not {total:,}"))
        if finding is not None:
            yield finding



# "The petition's 9,800 signatories", "the airline's 42 planes": a count owned by a thing the
# article named, right before its counted noun (no word between that could pick out a part).
_OWNED_COUNT = re.compile(rf"\b[Tt]he\s+(?P<owner>[a-z]{{3,}})['’]s\s+(?P<n>{_NUMBER})\s+(?P<noun>[a-z]{{3,}})\b")
_EARLIER_COUNT = re.compile(rf"(?<![\w.,$€£-])(?P<hedge>about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|"
                            rf"over\s+|at\s+least\s+)?(?P<n>{_NUMBER})\s+(?P<noun>[a-z]{{3,}})\b")
# After the counted noun, words that pick out a part of the owner's things: "in Norway", "who ...".
_PART_AFTER = re.compile(r"\s+(?:in|at|from|outside|who|which|that|based|living|working|under|over|aged)\b")


def _owned_count_restated(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "A petition ... has gathered 12,400 signatures" ... "The petition's 9,800 signatories": a
    count owned by a thing the article counted before names that count again, whatever the noun
    of one class ("signatures", "signatories"). Only when one earlier claim naming the owner
    counts things of that class, neither side says which part, and the words are the same kind
    of thing (one noun, or a noun class other than the general one for people)."""
    for m in _OWNED_COUNT.finditer(text):
        if _PART_AFTER.match(text, m.end()):
            continue
        owner, noun = m.group("owner").lower(), singular(m.group("noun").lower())
        later = claim_at(claims, m.start())
        if later is None or m.group("noun").lower() in SCALE_WORDS or m.group("noun").lower() in MEASURE_UNITS:
            continue  # "the country's 360 million" counts what follows the scale; "the men's 50 metres" is a race
        candidates = []
        for claim in claims:
            if claim.end > m.start() or not re.search(rf"\b{owner}\b", claim.text, re.IGNORECASE):
                continue
            for count in _EARLIER_COUNT.finditer(text, claim.start, claim.end):
                if _one_kind(noun, singular(count.group("noun").lower())):
                    candidates.append(count)
        if len(candidates) != 1:
            continue
        count = candidates[0]
        if _PART_AFTER.match(text, count.end()) or _CHANGE_BEFORE.search(text, max(0, count.start() - 20), count.start()):
            continue
        low, high = _bounds_of(count.group("n"), count.group("hedge"))
        value = _value(m.group("n"))
        if low <= value <= high:
            continue
        finding = pair_finding(claims, count.start(), m.start(), (
            f"'{count.group(0).strip()}' vs '{m.group(0)}': two counts of the {owner}'s {m.group('noun')}\n"
            f"the {owner}'s {m.group('noun')} name the {count.group('noun')} counted before"))
        if finding is not None:
            yield finding


_CHANGE_BEFORE = re.compile(r"\b(?:to|from|by|another|more|further|extra|additional)\s+$", re.IGNORECASE)


def _one_kind(noun: str, other: str) -> bool:
    if noun == other:
        return True
    shared = (noun_classes(noun) & noun_classes(other)) - {"person"}
    return bool(shared)


# "killing 23 people and injuring 140" ... "150 people dead or injured": the dead and the injured of
# one event make its casualties.
_HEDGE = r"(?P<{p}hedge>at\s+least\s+|more\s+than\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?"
_CASUALTY_NUMBER = rf"(?:{_NUMBER}|\b(?:{_COUNT_WORD}))"
_DEAD_AND_INJURED = re.compile(
    r"\b(?:killing|killed|kills|left)\s+" + _HEDGE.format(p="d") + rf"(?P<dead>{_CASUALTY_NUMBER})\s+(?:people\s+|persons\s+)?"
    r"(?:dead\s+)?(?:and|,)\s+(?:injuring|injured|wounding|wounded|hurting|hurt|injures|wounds)\s+"
    + _HEDGE.format(p="i") + rf"(?P<injured>{_CASUALTY_NUMBER})\b(?!\s*%)"
    r"|(?<![\w,.])" + _HEDGE.format(p="D") + rf"(?P<dead2>{_CASUALTY_NUMBER})\s+(?:people\s+|persons\s+)?(?:were|have\s+been|had\s+been)\s+"
    r"killed\s+(?:and|,)\s+" + _HEDGE.format(p="I") + rf"(?P<injured2>{_CASUALTY_NUMBER})\s+(?:were\s+|others\s+)?"
    r"(?:injured|wounded|hurt)\b", re.IGNORECASE)
_CASUALTIES = re.compile(
    _HEDGE.format(p="t") + rf"(?P<total>{_CASUALTY_NUMBER})\s+(?:people\s+|persons\s+)?(?:(?:dead|killed)\s+or\s+"
    r"(?:injured|wounded|hurt)|casualties)\b", re.IGNORECASE)


def _bounds_of(written: str, hedge: str | None) -> tuple[float, float]:
    """The values a count may stand for under its hedge: "at least 23" is 23 or more."""
    return _hedged_bounds(_value(written), hedge)


def _hedged_bounds(value: float, hedge: str | None) -> tuple[float, float]:
    """The values a number may stand for under its hedge: "more than" has no top, "nearly" no more
    than the number, "just over" a tenth above it, "about" 15% either way; "a record" is exact."""
    hedge = " ".join((hedge or "").lower().split())
    if hedge in ("at least", "more than", "over"):
        return value, float("inf")
    if hedge == "just over":
        return value, 1.1 * value
    if hedge in ("nearly", "almost", "just under"):
        return 0.9 * value, value
    if hedge and hedge != "a record":
        return 0.85 * value, 1.15 * value
    return value, value


def _dead_and_injured_make_the_casualties(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "killing 23 people and injuring 140" ... "In total, 150 people were dead or injured": 23 + 140
    is 163. Only an article with one such pair and one such total, so two events are never mixed."""
    pairs, totals = list(_DEAD_AND_INJURED.finditer(text)), list(_CASUALTIES.finditer(text))
    if len(pairs) != 1 or len(totals) != 1:
        return
    pair, total = pairs[0], totals[0]
    if pair.start() <= total.start() < pair.end():
        return
    shape = "" if pair.group("dead") else "2"
    dead_hedge = pair.group("dhedge" if not shape else "Dhedge")
    injured_hedge = pair.group("ihedge" if not shape else "Ihedge")
    dead_low, dead_high = _bounds_of(pair.group("dead" + shape), dead_hedge)
    injured_low, injured_high = _bounds_of(pair.group("injured" + shape), injured_hedge)
    total_low, total_high = _bounds_of(total.group("total"), total.group("thedge"))
    low, high = dead_low + injured_low, dead_high + injured_high
    if not (high < total_low or total_high < low):
        return
    dead, injured = _value(pair.group("dead" + shape)), _value(pair.group("injured" + shape))
    finding = pair_finding(claims, pair.start(), total.start(), (
        f"'{pair.group(0).strip()}' vs '{total.group(0).strip()}': the dead and the injured do not make the casualties\n"
        f"{dead:,} dead and {injured:,} injured are {dead + injured:,}, not {_value(total.group('total')):,}"))
    if finding is not None:
        yield finding



# "Of the 2.4 million people entitled to vote, 1.5 million cast a ballot" ... "Turnout, at 71%, ...": the
# turnout is the share of the electorate that voted.
_SCALED = r"(?P<{p}>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s*(?P<{p}scale>million|m|thousand|k)\b)?"
_ELECTORATE = re.compile(
    _SCALED.format(p="whole") + r"\s+(?:registered\s+|eligible\s+)?(?:voters|electors|people\s+(?:entitled|eligible|"
    r"registered)\s+to\s+vote)\b", re.IGNORECASE)
_VOTED = re.compile(
    r"(?<![\d.,])" + _SCALED.format(p="part") + r"\s+(?:people\s+|voters\s+)?(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|"
    r"voted|turned\s+out)\b(?!\s+(?:at|in|by|through|via|on)\s+(?:the\s+|an?\s+)?(?:"
    + "|".join(sorted(VOTING_MODES)) + r")\b)(?!\s+(?:early|in\s+advance|in\s+person)\b)", re.IGNORECASE)
_TURNOUT = re.compile(
    r"\bturnout\b[^.;%]{0,30}?(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)"
    r"|(?P<pct2>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+turnout\b", re.IGNORECASE)


def _turnout_of_the_counts(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Of the 2.4 million people entitled to vote, 1.5 million cast a ballot" and "Turnout, at 71%":
    1.5 of 2.4 million is 62.5%. One electorate, one count of voters and one turnout in the article."""
    wholes, parts, turnouts = list(_ELECTORATE.finditer(text)), list(_VOTED.finditer(text)), list(_TURNOUT.finditer(text))
    if len(wholes) != 1 or len(parts) != 1 or len(turnouts) != 1:
        return
    whole_m, part_m, turnout = wholes[0], parts[0], turnouts[0]
    whole = float(whole_m.group("whole").replace(",", "")) * SCALE_WORDS.get((whole_m.group("wholescale") or "").lower(), 1)
    part = float(part_m.group("part").replace(",", "")) * SCALE_WORDS.get(
        (part_m.group("partscale") or whole_m.group("wholescale") or "").lower(), 1)
    if whole <= 0 or part > whole:
        return
    stated = float(turnout.group("pct") or turnout.group("pct2"))
    actual = 100 * part / whole
    hedged = _HEDGED.search(text[max(0, turnout.start() - 14):turnout.start()]) or re.search(
        r"\b(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under)\s+\d", turnout.group(0))
    if abs(actual - stated) <= (3 if hedged else 1):
        return
    finding = pair_finding(claims, whole_m.start(), turnout.start(), (
        f"'{part_m.group(0)}' of '{whole_m.group(0)}' vs '{turnout.group(0)}': the turnout does not fit the counts\n"
        f"{part:,.0f} of {whole:,.0f} is {actual:.1f}%, not {stated:g}%"))
    if finding is not None:
        yield finding



# "welcomed 1.4 million visitors last year ... That was 200,000 more than in 2031, when 900,000 people
# visited": the difference told must be the difference of the two values.
_DIFFERENCE_WHEN = re.compile(
    r"\b(?:That|This|It)\s+(?:was|is|were|marks|marked)\s+(?:some\s+)?" + _SCALED.format(p="d")
    + r"\s+(?P<dir>more|fewer|less|higher|lower|up|down)\s+(?:than|on|from)\s+(?:in\s+\d{4}|a\s+year\s+(?:earlier|before)|"
    r"the\s+(?:previous|year\s+before)\s*(?:year)?|last\s+year)\s*,\s*when\s+(?:only\s+|just\s+)?" + _SCALED.format(p="v"),
    re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"(?<![\d.,])" + _SCALED.format(p="x") + r"(?!\s*%)(?![\d,.]\d)")


def _scaled(m: re.Match[str], p: str, fallback_scale: str | None = None) -> tuple[float, float]:
    """(value, half the step of its last written digit) of "1.4 million", "200,000"."""
    written = m.group(p).replace(",", "")
    scale = SCALE_WORDS.get((m.group(p + "scale") or fallback_scale or "").lower(), 1)
    decimals = len(written.split(".")[1]) if "." in written else 0
    step = 10 ** -decimals if decimals or not written.endswith("000") else 10 ** (len(written) - len(written.rstrip("0")))
    return float(written) * scale, step * scale / 2


def _differences_told(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "1.4 million visitors last year ... That was 200,000 more than in 2031, when 900,000 people
    visited": 1.4 million less 900,000 is 500,000. The level is the last amount before "That"."""
    for m in _DIFFERENCE_WHEN.finditer(text):
        sentence_start = text.rfind(". ", 0, m.start())
        levels = [x for x in _LEVEL_BEFORE.finditer(text, max(0, text.rfind(". ", 0, max(0, sentence_start)) + 1), m.start())
                  if not re.fullmatch(r"1[89]\d\d|20\d\d", x.group("x"))]
        if not levels:
            continue
        level, level_slack = _scaled(levels[-1], "x")
        before, before_slack = _scaled(m, "v", levels[-1].group("xscale"))
        told, told_slack = _scaled(m, "d")
        sign = 1 if m.group("dir").lower() in ("more", "higher", "up") else -1
        difference = sign * (level - before)
        if abs(difference - told) <= level_slack + before_slack + told_slack:
            continue
        finding = pair_finding(claims, levels[-1].start(), m.start(), (
            f"'{levels[-1].group(0)}' vs '{m.group(0)}': the difference does not fit the two values\n"
            f"{level:,.0f} and {before:,.0f} differ by {abs(level - before):,.0f}, not {told:,.0f}"))
        if finding is not None:
            yield finding


# ------------------------------------------------------------------------------- a fraction of a whole

_AMOUNT = r"[$€£¥]?\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$€£¥]?\s?\d+(?:\.\d+)?"
_SCALE_WORD = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
_FRACTION_WORD = "|".join(sorted((re.escape(w) for w in FRACTION_WORDS), key=len, reverse=True))
# "raised £50,000, half of its £120,000 target", "cut 300 jobs, a quarter of its 1,200 staff",
# "4.5m copies, or 30% of the 15m printed": an amount, then after a comma or dash what share of
# a stated whole it is.
_SHARE_OF_WHOLE = re.compile(
    rf"(?<![\d.,])(?P<part>{_AMOUNT})(?:\s*(?P<pscale>{_SCALE_WORD})\b)?(?:\s+[A-Za-z'-]+){{0,12}}?\s*[,—–-]\s*(?:or\s+|just\s+|exactly\s+)?"
    rf"(?P<share>{_FRACTION_WORD}|\d{{1,2}}(?:\.\d+)?\s*(?:%|per\s?cent|percent))\s+of\s+"
    rf"(?:(?:its|the|their|his|her|a|an|this|that)\s+)?(?:[a-z]+\s+){{0,3}}?(?:of\s+)?(?P<whole>{_AMOUNT})"
    rf"(?:\s*(?P<wscale>{_SCALE_WORD})\b)?",  # "60% of economic output of 150 billion euros"
    re.IGNORECASE)


# "One in five of the 2,000 workers surveyed, or 400 people": the share first, the part after it.
_ONE_IN = rf"(?:{NUMBER_WORD_ALTERNATION}|\d{{1,2}})\s+in\s+(?:{NUMBER_WORD_ALTERNATION}|\d{{1,3}})"
_SHARE_THEN_PART = re.compile(
    rf"\b(?P<share>{_FRACTION_WORD}|{_ONE_IN}|\d{{1,2}}(?:\.\d+)?\s*(?:%|per\s?cent|percent))\s+of\s+"
    rf"(?:(?:its|the|their|his|her|all|this|that)\s+)?(?P<whole>{_AMOUNT})(?:\s*(?P<wscale>{_SCALE_WORD})\b)?"
    rf"(?:\s+[A-Za-z'-]+){{0,4}}\s*,\s*(?:or|some|about|roughly|around|nearly|almost)\s+"
    rf"(?P<part>{_AMOUNT})(?:\s*(?P<pscale>{_SCALE_WORD})\b)?(?!\s*%)",
    re.IGNORECASE)
# "About 3,000 people live on Skarra, and 60% of them, or 1,200 residents, ...": "them" is the count
# the sentence gave just before.
_SHARE_OF_THEM = re.compile(
    rf"(?P<share>{_FRACTION_WORD}|{_ONE_IN}|\d{{1,2}}(?:\.\d+)?\s*(?:%|per\s?cent|percent))\s+of\s+(?:them|those|whom)\s*,\s*"
    rf"(?:or|some|about|roughly|around|nearly|almost)\s+(?P<part>{_AMOUNT})(?:\s*(?P<pscale>{_SCALE_WORD})\b)?(?!\s*%)",
    re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(rf"(?<![\d.,])(?P<whole>{_AMOUNT})(?:\s*(?P<wscale>{_SCALE_WORD})\b)?(?!\s*%)(?![\d,.]\d)")
_SHARE_WORD_OF = re.compile(
    rf"\b(?:{_FRACTION_WORD}|{_ONE_IN}|\d{{1,2}}(?:\.\d+)?\s*(?:%|per\s?cent|percent))\s+of\s+", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:about|around|nearly|almost|some|roughly|approximately|over|under|more than|less than)\s*$",
                     re.IGNORECASE)


def _amount(written: str, scale: str | None) -> tuple[float, bool]:
    """(value, whether money) of "£120,000", "4.5" with scale "m"."""
    money = written.lstrip()[:1] in "$€£¥"
    value = float(written.strip().lstrip("$€£¥").strip().replace(",", ""))
    return value * (SCALE_WORDS[scale.lower()] if scale else 1), money


def _share_value(written: str) -> float:
    """ "two-thirds" -> 0.667, "one in five" -> 0.2, "30%" -> 0.3."""
    if written in FRACTION_WORDS:
        return FRACTION_WORDS[written]
    one_in = re.fullmatch(r"(\S+)\s+in\s+(\S+)", written)
    if one_in:
        return _value(one_in.group(1)) / _value(one_in.group(2))
    return float(re.match(r"[\d.]+", written)[0]) / 100


def _share_matches(text: str) -> list[re.Match[str]]:
    """Both shapes, tried only around each "<share> of" (a scan of every number is dear)."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for share in _SHARE_WORD_OF.finditer(text):
        sentence_start = max(text.rfind(". ", 0, share.start() - 1) + 1, 0)
        sentence_start = max(sentence_start, share.start() - 160)
        for m in _SHARE_OF_WHOLE.finditer(text, sentence_start, min(len(text), share.end() + 60)):
            if m.start("share") == share.start():
                found.setdefault(m.span(), m)
        then = _SHARE_THEN_PART.match(text, share.start(), min(len(text), share.end() + 120))
        if then is not None:
            found.setdefault(then.span(), then)
        of_them = _SHARE_OF_THEM.match(text, share.start(), min(len(text), share.end() + 80))
        if of_them is not None:
            found.setdefault(of_them.span(), of_them)
    return [found[span] for span in sorted(found)]


def _shares_of_a_whole(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "£50,000, half of its £120,000 target": half of 120,000 is 60,000."""
    for m in _share_matches(text):
        part, part_money = _amount(m.group("part"), m.group("pscale"))
        if m.re is _SHARE_OF_THEM:
            counts = list(_AMOUNT_BEFORE.finditer(text, max(text.rfind(". ", 0, m.start()) + 1, m.start() - 150), m.start()))
            if not counts:
                continue
            whole, whole_money = _amount(counts[-1].group("whole"), counts[-1].group("wscale"))
            whole_text = counts[-1].group(0).strip()
        else:
            whole, whole_money = _amount(m.group("whole"), m.group("wscale"))
            whole_text = f"{m.group('whole').strip()}{m.group('wscale') or ''}"
        if part_money != whole_money or whole <= 0 or part > whole:
            continue
        written = m.group("share").lower()
        share = _share_value(written)
        expected = share * whole
        # the share as written rounds: "a third" of 1,200 is 400; 30% may stand for 29.5-30.5%
        slack = 0.005 * whole if written[0].isdigit() else 0.02 * expected
        if _HEDGED.search(text[max(0, m.start() - 14):m.start()]) or _HEDGED.search(text[m.start():m.start("part")]):
            slack = max(slack, 0.1 * expected)  # "about 380 people, a third of ..."
        if abs(part - expected) <= max(slack, 0.5):
            continue
        finding = pair_finding(claims, m.start(), m.start("share"), (
            f"'{m.group('part').strip()}{m.group('pscale') or ''}' vs "
            f"'{m.group('share')} of {whole_text}': the share does not fit\n"
            f"{m.group('share')} of {whole:,.0f} is {expected:,.0f}, not {part:,.0f}"))
        if finding is not None:
            yield finding


# "is laying off 120 of its 400 employees" ... "the layoffs, which affect one in four of the company's
# staff": a part of a counted whole, and later its share told without numbers.
_PART_OF_ITS_WHOLE = re.compile(
    rf"(?<![\w.,-])(?P<part>{_NUMBER})\s+of\s+(?:its|their|the|his|her)\s+(?P<whole>{_NUMBER})\s+(?P<noun>[a-z]{{3,}})\b")
_SHARE_OF_THE_GROUP = re.compile(
    rf"(?:\b(?P<hedge>about|around|nearly|almost|roughly|some|more\s+than|over|just\s+under|just\s+over)\s+)?"
    rf"(?P<share>\b(?:{NUMBER_WORD_ALTERNATION}|\d+)\s+in\s+(?:{NUMBER_WORD_ALTERNATION}|\d+)\b|\d{{1,2}}(?:\.\d+)?\s*(?:%|per\s?cent|percent))"
    r"\s+of\s+(?:the\s+[\w'’-]+['’]s|its|their|the|all)\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)


def _share_of_a_part_told_before(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "laying off 120 of its 400 employees" ... "which affect one in four of the company's staff":
    120 of 400 is 30%, not 25%. The share is told later, of a noun of the whole's kind (staff and
    employees are both people in jobs), with the article's one such part and whole."""
    parts = list(_PART_OF_ITS_WHOLE.finditer(text))
    if len(parts) != 1:
        return
    part_match = parts[0]
    part, whole = _value(part_match.group("part")), _value(part_match.group("whole"))
    if not 0 < part < whole:
        return
    kinds = noun_classes(part_match.group("noun").lower()) - {"person"} or noun_classes(part_match.group("noun").lower())
    for m in _SHARE_OF_THE_GROUP.finditer(text, part_match.end()):
        if sentence_of(text, m.start()) == sentence_of(text, part_match.start()) or not (
                noun_classes(m.group("noun").lower()) & kinds):
            continue
        share, actual = _share_value(" ".join(m.group("share").lower().split())), part / whole
        hedge = " ".join((m.group("hedge") or "").lower().split())
        if hedge in ("nearly", "almost", "just under"):
            fits = 0.85 * share <= actual <= share + 0.005
        elif hedge in ("more than", "over", "just over"):
            fits = share - 0.005 <= actual <= 1.25 * share
        elif hedge:
            fits = abs(actual - share) <= 0.1 * share
        else:
            fits = abs(actual - share) <= (0.005 if m.group("share")[0].isdigit() else 0.02)
        if fits:
            continue
        finding = pair_finding(claims, part_match.start(), m.start(), (
            f"'{part_match.group(0)}' vs '{m.group(0).strip()}': the share does not fit\n"
            f"{part:,} of {whole:,} is {actual:.0%}, not {hedge + ' ' if hedge else ''}{m.group('share')}"))
        if finding is not None:
            yield finding


# "cut 450 jobs ... The redundancies amount to about 12 per cent of its 3,000-strong workforce": the
# part named again by its noun, its share and the whole.
_NAMED_PART_SHARE = re.compile(
    r"\b[Tt]he\s+(?P<noun>[a-z]{4,})\s+(?:would\s+|will\s+)?(?:amount(?:s|ed)?\s+to|represent(?:s|ed)?|make(?:s)?\s+up|made\s+up|"
    r"account(?:s|ed)?\s+for|are|were|equal(?:s|led)?|constitute(?:s|d)?)\s+"
    r"(?P<hedge>about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|approximately\s+)?"
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+of\s+(?:its|the|their|his|her)\s+"
    rf"(?P<whole>{_NUMBER})(?:-strong)?\s+(?P<wnoun>[a-z]{{3,}})")


def _share_of_a_part_named_again(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "said it would cut 450 jobs" ... "The redundancies amount to about 12 per cent of its
    3,000-strong workforce": the part is the one count of the noun's kind told before (jobs,
    redundancies and layoffs are one kind), so 450 of 3,000 is 15%, not about 12%."""
    for m in _NAMED_PART_SHARE.finditer(text):
        noun = singular(m.group("noun").lower())
        kinds = noun_classes(noun) - {"person"} or {noun}
        counts = [c for c in _COUNT.finditer(text, 0, m.start())
                  if (noun_classes(c.group(2).lower()) | {singular(c.group(2).lower())}) & kinds]
        if len({_value(c.group(1)) for c in counts}) != 1:
            continue
        part, whole = _value(counts[0].group(1)), _value(m.group("whole"))
        if whole <= 0 or part >= whole:
            continue
        stated, actual = float(m.group("pct")), 100 * part / whole
        slack = 0.5 + (0.1 * stated if m.group("hedge") else 0.5)
        if abs(actual - stated) <= slack:
            continue
        finding = pair_finding(claims, counts[0].start(), m.start(), (
            f"'{counts[0].group(0)}' vs '{m.group(0)}': the share does not fit the counts\n"
            f"{part:,} of {whole:,} is {actual:.1f}%, not {m.group('hedge') or ''}{m.group('pct')}%"))
        if finding is not None:
            yield finding


# "Of the 52,000 registered voters, 39,000 cast a ballot, a turnout of 61%"; "39,000 of the 52,000
# voters voted (61%)": a part, its whole and the percentage the sentence says it is.
_OF_THE_WHOLE_FIRST = re.compile(
    rf"\b(?:[Oo]f|[Oo]ut\s+of|[Aa]mong)\s+(?:the|its|their|some|about|around)?\s*(?P<whole>{_NUMBER})(?:\s+(?:[A-Za-z&'-]+|[\d,]+(?=\s)))"
    rf"{{1,12}}\s*,"
    rf"\s*(?:about\s+|some\s+|just\s+)?(?P<part>{_NUMBER})\b(?!\s*%)")
_PART_OF_THE_WHOLE = re.compile(
    rf"\b(?P<part>{_NUMBER})\s+(?:out\s+)?of\s+(?:the|its|their|all)?\s*(?P<whole>{_NUMBER})\b(?!\s*%)")
_OF_THOSE_FIRST = re.compile(rf"\b(?:[Oo]f|[Oo]ut\s+of)\s+(?:those|them|these)\s*,\s*(?P<part>{_NUMBER})\b(?!\s*%)")
_PERCENT_AFTER = re.compile(
    r"[^.;%]{0,90}?(?:,|\(|—|–)\s*(?:or\s+|just\s+|about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+|"
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:of|at)\s+)?(?P<pct>\d{1,2}(?:\.\d)?)\s*(?:%|per\s?cent|percent)")


def _percent_of_a_stated_whole(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Of the 52,000 registered voters, 39,000 cast a ballot, a turnout of 61%": 39,000 of 52,000 is
    75%. One part and one whole in one sentence, and the percentage told right after them."""
    for claim in claims:
        window = text[claim.start:claim.end]
        pairs = [*_OF_THE_WHOLE_FIRST.finditer(window), *_PART_OF_THE_WHOLE.finditer(window),
                 *_OF_THOSE_FIRST.finditer(window)]
        if len(pairs) != 1:
            continue
        pair = pairs[0]
        whole_written = pair.groupdict().get("whole")
        if whole_written is None:  # "Of those, 600 ...": the count the sentence before gave
            before = list(re.finditer(rf"(?<![\d.,])({_NUMBER})\b(?!\s*%)", text[max(0, claim.start - 200):claim.start]))
            if not before:
                continue
            whole_written = before[-1].group(1)
        percent = _PERCENT_AFTER.match(window, pair.end())
        if percent is None:
            continue
        restated = re.search(r",\s*or\s+$", window[pair.end():percent.start("pct")])  # "1,560 ..., or 72 per cent"
        if window.count("%") + window.count("per cent") + window.count("percent") != 1 and not restated:
            continue
        part, whole = _value(pair.group("part")), _value(whole_written)
        if whole <= 0 or part > whole:
            continue
        actual, stated = 100 * part / whole, float(percent.group("pct"))
        hedged = re.search(r"\b(?:about|some|roughly|around|nearly|almost)\s+$", window[:percent.start("pct")])
        if abs(actual - stated) <= (3 if hedged else 1):
            continue
        finding = pair_finding(claims, claim.start + pair.start(), claim.start + percent.start("pct"), (
            f"'{pair.group(0)}' vs '{percent.group('pct')}%': the percentage does not fit the counts\n"
            f"{part:,} of {whole:,} is {actual:.0f}%, not {percent.group('pct')}%"))
        if finding is not None:
            yield finding


# "carrying 212 passengers and 18 crew" ... "All 250 people on board": the two groups aboard make
# everyone aboard.
_ABOARD_PARTS = re.compile(
    rf"\b(?:carrying|carried|with|had|[Aa]ll)\s+(?P<a>{_NUMBER}|\b(?:{_COUNT_WORD}))\s+(?P<first>passengers|people|pupils|students|children|"
    rf"tourists|pilgrims|migrants|fans|workers)\s+and\s+(?P<b>{_NUMBER}|\b(?:{_COUNT_WORD}))\s+(?P<second>crew|crew\s+members|staff|teachers|"
    r"adults|guides|officers)\b", re.IGNORECASE)
_EVERYONE_ABOARD = re.compile(
    rf"\b(?:[Aa]ll|[Tt]he|[Ii]n\s+all,|[Aa]\s+total\s+of)\s+(?P<n>{_NUMBER})\s+(?:people|persons|occupants|souls|"
    r"passengers\s+and\s+crew)\s+(?:were\s+)?(?:on\s+board|aboard)\b")  # "In all, 149 people were on board"


def _everyone_aboard(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "carrying 212 passengers and 18 crew" ... "All 250 people on board were rescued": 212 + 18 is 230."""
    parts, wholes = list(_ABOARD_PARTS.finditer(text)), list(_EVERYONE_ABOARD.finditer(text))
    if len(parts) != 1 or len(wholes) != 1:
        return
    part, whole = parts[0], wholes[0]
    total, said = _value(part.group("a")) + _value(part.group("b")), _value(whole.group("n"))
    if total == said:
        return
    finding = pair_finding(claims, part.start(), whole.start(), (
        f"'{part.group(0)}' vs '{whole.group(0)}': the people aboard do not add up\n"
        f"{part.group('a')} {part.group('first')} and {part.group('b')} {part.group('second')} are {total:,}, not {said:,}"))
    if finding is not None:
        yield finding


# "An earthquake of magnitude 6.1" ... "The 5.4-magnitude quake": one quake, one magnitude.
_MAGNITUDE = re.compile(r"\b(?:magnitude[\s-]+(?:of\s+)?(?P<a>\d(?:\.\d)?)|(?P<b>\d(?:\.\d)?)[\s-]+magnitude)\b",
                        re.IGNORECASE)
_OTHER_QUAKES = re.compile(r"\b(?:aftershocks?|foreshocks?|tremors|second|another|earlier|previous|largest|strongest|"
                           r"biggest|since|upgraded|downgraded|revised|initially|first\s+put)\b", re.IGNORECASE)


def _one_quake_two_magnitudes(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "An earthquake of magnitude 6.1 struck ..." ... "The 5.4-magnitude quake was felt ...": an
    article about one quake gives it one magnitude. Quiet where it tells of other shocks or of a
    revised reading."""
    told = list(_MAGNITUDE.finditer(text))
    values = {float(m.group("a") or m.group("b")) for m in told}
    if len(values) != 2 or len(told) > 3 or _OTHER_QUAKES.search(text):
        return
    first = told[0]
    second = next(m for m in told if float(m.group("a") or m.group("b")) != float(first.group("a") or first.group("b")))
    finding = pair_finding(claims, first.start(), second.start(), (
        f"'{first.group(0)}' vs '{second.group(0)}': two magnitudes for the one quake the article reports\n"
        f"{first.group('a') or first.group('b')} and {second.group('a') or second.group('b')} cannot both be its magnitude"))
    if finding is not None:
        yield finding


# "fell to 5.2% in October from 5.6% in September" ... "The 0.2 percentage point drop": the change in
# points between two rates the article gives.
_RATE_FROM_TO = re.compile(
    r"\b(?:rose|fell|dropped|climbed|increased|decreased|declined|jumped|slipped|edged\s+(?:up|down))\s+"
    r"to\s+(?P<to>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)[^.;%]{0,40}?\bfrom\s+(?P<from>\d{1,2}(?:\.\d+)?)\s*"
    r"(?:%|per\s?cent|percent)"
    r"|\bfrom\s+(?P<from2>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)[^.;%]{0,40}?\bto\s+(?P<to2>\d{1,2}(?:\.\d+)?)\s*"
    r"(?:%|per\s?cent|percent)", re.IGNORECASE)
_POINTS_CHANGE = re.compile(
    r"\b(?P<points>\d{1,2}(?:\.\d+)?|" + NUMBER_WORD_ALTERNATION + r")[\s-]+(?:percentage|per\s?cent(?:age)?)[\s-]+points?\b"
    # "by 0.5 percentage point a year": a step of the change, not the change
    r"(?!\s+(?:a|per|each|every)\s+(?:year|month|quarter|week)\b|\s+(?:annually|yearly))",
    re.IGNORECASE)


def _percentage_points(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "fell to 5.2% from 5.6%" and "the 0.2 percentage point drop": 5.6 to 5.2 is 0.4 points.
    One pair of rates and one change in points in the article."""
    rates, changes = list(_RATE_FROM_TO.finditer(text)), list(_POINTS_CHANGE.finditer(text))
    if len(rates) != 1 or len(changes) != 1:
        return
    rate, change = rates[0], changes[0]
    new, old = float(rate.group("to") or rate.group("to2")), float(rate.group("from") or rate.group("from2"))
    written = change.group("points")
    points = float(written) if written[0].isdigit() else float(NUMBER_WORDS[written.lower()])
    if abs(abs(new - old) - points) < 0.05:
        return
    finding = pair_finding(claims, rate.start(), change.start(), (
        f"'{rate.group(0)}' vs '{change.group(0)}': the change does not fit the two rates\n"
        f"{old:g}% to {new:g}% is {abs(new - old):.1f} points, not {points:g}"))
    if finding is not None:
        yield finding


# "Health officials confirmed 19 cases, twelve of them children and nine adults": the parts told
# right after the total.
_TOTAL_THEN_OF_THEM = re.compile(
    rf"\b(?P<total>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+(?:[a-z]+\s+){{0,2}}?(?P<noun>[a-z]{{3,}})\b[^.;:]{{0,40}}?,\s*"
    rf"(?P<a>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+of\s+(?:them|whom)\s+(?P<first>[a-z]+)\s+and\s+"
    rf"(?:the\s+(?:other|remaining)\s+)?(?P<b>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+(?P<second>[a-z]+)", re.IGNORECASE)


def _parts_of_them(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "19 cases of measles, twelve of them children and nine adults": twelve and nine are 21."""
    for m in _TOTAL_THEN_OF_THEM.finditer(text):
        if m.group("total").lower() in ("one",):
            continue
        total, a, b = _value(m.group("total")), _value(m.group("a")), _value(m.group("b"))
        if a + b == total or a + b < total and m.group("second") in ("others", "more"):
            continue
        if a + b < total:
            continue  # "twelve of them children and five over 60": two kinds that need not cover the whole
        finding = pair_finding(claims, m.start(), m.start("a"), (
            f"'{m.group('total')} {m.group('noun')}' vs '{m.group('a')} ... and {m.group('b')} {m.group('second')}': "
            f"the parts are more than the whole\n{a} and {b} make {a + b}, not {total}"))
        if finding is not None:
            yield finding


_LENGTH_UNIT = "|".join(sorted(LENGTH_UNITS, key=len, reverse=True))
_SIZE_NUMBER = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
# "The new tunnel under the Ness estuary is 14 kilometres long"; "a 14-kilometre tunnel".
_SIZE_TOLD = re.compile(
    rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?:[A-Z][a-z]+\s+)?(?P<noun>[a-z]{{4,}})(?:\s*,[^,.;]{{1,60}},)?\s+(?:[\w'’-]+\s+){{0,6}}?"
    rf"(?:is|was|will\s+be|would\s+be|measures|"
    rf"stretches|runs)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?(?P<n>{_SIZE_NUMBER})\s*(?P<unit>{_LENGTH_UNIT})\s+"
    rf"(?:long|high|tall|deep|wide)\b"
    rf"|\b(?:a|an)\s+(?P<n2>{_SIZE_NUMBER})[\s-]?(?P<unit2>{_LENGTH_UNIT})(?:[\s-]long)?\s+(?:[a-z]+\s+)?(?P<noun2>[a-z]{{4,}})\b")
_SIZE_NAMED = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?P<n>{_SIZE_NUMBER})[\s-]?(?P<unit>{_LENGTH_UNIT})(?:[\s-](?:long|high|tall|deep|wide))?"
    rf"\s+(?P<noun>[a-z]{{4,}})(?:\s+(?P<noun2>[a-z]{{4,}}))?\b"
    # "At 3.2 kilometres, the bridge is the longest in the country"
    rf"|\b[Aa]t\s+(?P<n3>{_SIZE_NUMBER})\s*(?P<unit3>{_LENGTH_UNIT})(?:\s+(?:long|high|tall|deep|wide))?\s*,\s*"
    rf"(?:the|its)\s+(?:[a-z]+\s+)?(?P<noun3>[a-z]{{4,}})\b")


def _one_size_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The new tunnel ... is 14 kilometres long" ... "the 11-kilometre tunnel": one thing, one length.
    One size told and one named for the noun, in one unit."""
    told: dict[str, list[re.Match[str]]] = {}
    for m in _SIZE_TOLD.finditer(text):
        told.setdefault(singular((m.group("noun") or m.group("noun2")).lower()), []).append(m)
    for second in _SIZE_NAMED.finditer(text):
        nouns = [singular(w.lower()) for w in (second.group("noun"), second.group("noun2"), second.group("noun3")) if w]
        noun = next((n for n in nouns if n in told), nouns[0])  # "the 11-km tunnel", "the 11-km road tunnel"
        firsts = [m for m in told.get(noun, []) if m.end() <= second.start()]
        if len(told.get(noun, [])) != 1 or len(firsts) != 1:
            continue
        first = firsts[0]
        unit_a = LENGTH_UNITS[(first.group("unit") or first.group("unit2")).lower()]
        unit_b = LENGTH_UNITS[(second.group("unit") or second.group("unit3")).lower()]
        a = float((first.group("n") or first.group("n2")).replace(",", ""))
        b = float((second.group("n") or second.group("n3")).replace(",", ""))
        written = [(first.group("n") or first.group("n2")), (second.group("n") or second.group("n3"))]
        rounding = max(10 ** -len(w.split(".")[1]) if "." in w else 1 for w in written) / 2
        if unit_a != unit_b or abs(a - b) <= rounding + 1e-9:
            continue  # "14 kilometres" and "the 14.4-kilometre tunnel": one length rounded
        finding = pair_finding(claims, first.start(), second.start(), (
            f"'{first.group(0)}' vs '{second.group(0)}': two sizes for the one {noun} the article names\n"
            f"{a:g} and {b:g} {unit_a} cannot both be its size"))
        if finding is not None:
            yield finding


# "recorded 210mm of rain in April, more than three times the monthly average of 90mm": a value and
# the multiple of another it is said to be, in one sentence and one unit.
_TIMES_THE = re.compile(
    r"(?<![\d.,])(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>[a-z%]{1,12})\b[^.;]{0,60}?,\s*"
    r"(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|over\s+|just\s+over\s+|less\s+than\s+)?"
    rf"(?P<times>twice|double|triple|three\s+times|four\s+times|five\s+times|ten\s+times|half|(?:{NUMBER_WORD_ALTERNATION}|\d+)\s+times)\s+"
    r"the\s+(?:[a-z-]+\s+){0,3}?(?:of\s+)?(?P<b>\d[\d,]*(?:\.\d+)?)\s*(?P<unit2>[a-z%]{1,12})\b", re.IGNORECASE)
_TIMES_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "half": 0.5}


def _times_another(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "210mm of rain, more than three times the monthly average of 90mm": three times 90 is 270."""
    for m in _TIMES_THE.finditer(text):
        if m.group("unit").lower() != m.group("unit2").lower():
            continue
        written = re.sub(r"\s+", " ", m.group("times").lower())
        factor = _TIMES_WORDS.get(written) or float(_value(written.split()[0]))
        a, b = float(m.group("a").replace(",", "")), float(m.group("b").replace(",", ""))
        hedge = re.sub(r"\s+", " ", (m.group("hedge") or "").strip().lower())
        ratio = a / b if b else 0
        if hedge in ("more than", "over", "just over"):
            fits = ratio > factor * 0.98
        elif hedge == "less than":
            fits = ratio < factor * 1.02
        elif hedge in ("nearly", "almost"):
            fits = factor * 0.8 <= ratio <= factor * 1.02
        else:
            fits = abs(ratio - factor) <= factor * 0.1
        if fits:
            continue
        finding = pair_finding(claims, m.start(), m.start("times"), (
            f"'{m.group('a')}{m.group('unit')}' vs '{(m.group('hedge') or '')}{m.group('times')} the ... {m.group('b')}"
            f"{m.group('unit2')}': the multiple does not fit\n{a:g} is {ratio:.2f} times {b:g}, not {hedge + ' ' if hedge else ''}"
            f"{m.group('times').lower()}"))
        if finding is not None:
            yield finding


# ------------------------------------------------------------------------ the rest of a group

# "rescued nine of the 14 trapped miners" ... "The remaining three were brought out": nine and three make 12.
_PART_OF_GROUP = re.compile(
    rf"\b(?P<part>{_NUMBER}|{NUMBER_WORD_ALTERNATION}|{_FRACTION_WORD})\s+of\s+the\s+(?P<whole>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<noun>[a-z]{{3,}})\b", re.IGNORECASE)
# "the remaining three" (not "the other three" or "the last three": they may be another part)
_THE_REST = re.compile(rf"\b[Tt]he\s+remaining\s+(?P<rest>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\b")


# "A ferry carrying 86 passengers sank ... Rescuers pulled 70 people from the water, and the remaining
# 12 are missing": the group a vehicle carried, a part of it, and the rest.
_CARRIED_GROUP = re.compile(rf"\b(?:carrying|carried|with)\s+(?P<whole>{_NUMBER})\s+(?:passengers|people|pupils|migrants|"
                            r"crew|workers|miners|climbers|tourists|fishermen|sailors)\b", re.IGNORECASE)
_PART_THEN_REST = re.compile(rf"\b(?P<part>{_NUMBER})\s+(?:[a-z]+,?\s+){{0,6}}?(?:and|while|but)\s+[Tt]he\s+remaining\s+"
                             rf"(?P<rest>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\b")


def _rest_of_a_carried_group(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "A ferry carrying 86 passengers" ... "pulled 70 people from the water, and the remaining 12
    are missing": 70 and 12 are 82. One carried group in the article, the part and the rest in one
    sentence after it."""
    groups = list(_CARRIED_GROUP.finditer(text))
    if len(groups) != 1:
        return
    for m in _PART_THEN_REST.finditer(text, groups[0].end()):
        whole, part, rest = _value(groups[0].group("whole")), _value(m.group("part")), _value(m.group("rest"))
        if part + rest == whole or part >= whole:
            continue
        finding = pair_finding(claims, groups[0].start(), m.start(), (
            f"'{groups[0].group(0)}' vs '{m.group(0)}': the rest does not make up the group\n"
            f"{part} and {rest} make {part + rest}, not {whole}"))
        if finding is not None:
            yield finding
        return


def _rest_of_a_group(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "nine of the 14 miners" then "the remaining three": the part and the rest must make the whole.
    Only the first mention of the rest after the part, within the next two sentences."""
    for m in _PART_OF_GROUP.finditer(text):
        window_end = m.end()
        for _ in range(2):
            stop = text.find(". ", window_end + 1)
            window_end = len(text) if stop < 0 else stop + 1
        rest = _THE_REST.search(text, m.end(), window_end)
        if rest is None:
            continue
        whole, remaining = _value(m.group("whole")), _value(rest.group("rest"))
        written = m.group("part").lower()
        part = FRACTION_WORDS[written] * whole if written in FRACTION_WORDS else _value(written)  # "half of the 300"
        if abs(part + remaining - whole) < 1 or part >= whole or part != int(part):
            continue
        finding = pair_finding(claims, m.start(), rest.start(), (
            f"'{m.group(0)}' vs '{rest.group(0)}': the rest does not make up the group\n"
            f"{part:,.0f} and {remaining:,} make {part + remaining:,.0f}, not {whole:,}"))
        if finding is not None:
            yield finding


# "Five prisoners escaped ... recaptured two of them and are searching for the other four": a part
# "of them" and the others cannot be more than the group.
_PART_OF_THEM = re.compile(rf"\b(?P<part>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+of\s+them\b", re.IGNORECASE)
_THE_OTHERS = re.compile(rf"\b[Tt]he\s+(?:other|remaining)\s+(?P<rest>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\b")
_GROUP_COUNT = re.compile(rf"(?<![\d.,])\b(?P<whole>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{{3,}})\b",
                          re.IGNORECASE)


def _others_of_them(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Five prisoners escaped ... Police recaptured two of them and are searching for the other four":
    two and four are six, more than the five. "Them" is the last count in the sentence before or
    the same sentence; the others may be fewer than the rest (another part), never more."""
    for m in _PART_OF_THEM.finditer(text):
        sentence_end = text.find(". ", m.end())
        others = _THE_OTHERS.search(text, m.end(), sentence_end if sentence_end > 0 else len(text))
        if others is None:
            continue
        previous_start = max(text.rfind(". ", 0, max(0, text.rfind(". ", 0, m.start()))) + 1, 0)
        counts = [c for c in _GROUP_COUNT.finditer(text, previous_start, m.start())
                  if not c.group("noun").lower() in ("of", "them")]
        if not counts:
            continue
        whole, part, rest = _value(counts[-1].group("whole")), _value(m.group("part")), _value(others.group("rest"))
        if part + rest <= whole or part >= whole:
            continue
        finding = pair_finding(claims, counts[-1].start(), others.start(), (
            f"'{counts[-1].group(0)}' vs '{m.group(0)} ... {others.group(0)}': the parts are more than the group\n"
            f"{part} and {rest} make {part + rest}, more than {whole}"))
        if finding is not None:
            yield finding


# "reached 23 confirmed cases" ... "Seventeen of the people confirmed so far are children; the other
# four are adults": a group described, not counted, in the sentence that splits it in two.
_PART_AND_THE_OTHERS = re.compile(
    rf"(?:(?<![\w-])(?P<part>{_NUMBER}|{COMPOUND_NUMBER_WORD}|{NUMBER_WORD_ALTERNATION})\s+of\s+the\s+(?P<group>(?:[a-z-]+\s+){{1,4}}?)"
    rf"(?:so\s+far\s+|to\s+date\s+)?"
    # or the group first: "Of the cases confirmed, 25 are children"
    rf"|\b[Oo]f\s+the\s+(?P<group2>(?:[a-z-]+\s+){{0,3}}[a-z-]+),\s+(?P<part2>{_NUMBER}|{COMPOUND_NUMBER_WORD}|{NUMBER_WORD_ALTERNATION})\s+)"
    rf"(?:are|were|is|was|have|had|remain)\b[^.;]{{0,80}}?(?:[;,]\s+|\s+)(?:and\s+|while\s+|but\s+)?the\s+(?P<which>other|remaining)\s+"
    rf"(?P<rest>{_NUMBER}|{COMPOUND_NUMBER_WORD}|{NUMBER_WORD_ALTERNATION})\s+(?:are|were|is|was|have|had|remain)\b", re.IGNORECASE)
_GROUP_WORDS_COUNTED = re.compile(rf"(?<![\w.,$€£-])(?P<whole>{_NUMBER}|{COMPOUND_NUMBER_WORD}|{NUMBER_WORD_ALTERNATION})\s+(?P<words>(?:[a-z-]+\s+){{0,2}}[a-z-]+)",
                                  re.IGNORECASE)


def _part_and_the_others_of_a_described_group(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "has now reached 23 confirmed cases" ... "Seventeen of the people confirmed so far are children,
    most of them under 12; the other four are adults": a group split into a part and the others is
    the whole group, so 17 and four must make the 23 counted before. The group is described by its
    words ("the people confirmed"); its count is one elsewhere whose words share one."""
    for m in _PART_AND_THE_OTHERS.finditer(text):
        group, written = m.group("group") or m.group("group2"), m.group("part") or m.group("part2")
        described = {w for w in re.findall(r"[a-z]{5,}", group.lower()) if w not in FUNCTION_WORDS}
        part, rest = _value(written), _value(m.group("rest"))
        whole = _whole_counted_elsewhere(text, m, described, part + rest, max(part, rest))
        if whole is None:
            continue
        finding = pair_finding(claims, whole.start(), m.start(), (
            f"'{_count_as_told(whole)}' vs '{written} of the {group.strip()} ... the {m.group('which').lower()} {m.group('rest')}': "
            f"the parts do not make the group\n{part:,} and {rest:,} make {part + rest:,}, not {_value(whole.group('whole')):,}"))
        if finding is not None:
            yield finding


# "31 classroom teaching jobs will go, along with 12 non-teaching positions": a kind and its
# complement ("non-teaching") leave nothing out, so together they are the whole.
_KIND_AND_ITS_COMPLEMENT = re.compile(
    rf"(?<![\w-])(?P<a>{_NUMBER}|{COMPOUND_NUMBER_WORD}|{NUMBER_WORD_ALTERNATION})\s+(?P<modifiers>(?:[a-z-]+\s+){{1,3}}?)"
    rf"(?P<noun>[a-z]{{3,}})\b[^.;]{{0,80}}?(?<![\w-])(?P<b>{_NUMBER}|{COMPOUND_NUMBER_WORD}|{NUMBER_WORD_ALTERNATION})\s+"
    rf"non-?(?P<kind>[a-z]{{4,}})\s+(?:[a-z-]+\s+)?(?P<noun2>[a-z]{{3,}})\b", re.IGNORECASE)


def _kind_and_its_complement(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "voted to eliminate 48 positions" ... "31 classroom teaching jobs will go, along with 12
    non-teaching positions": teaching and non-teaching are every position, so 43, not 48."""
    for m in _KIND_AND_ITS_COMPLEMENT.finditer(text):
        if m.group("kind").lower() not in m.group("modifiers").lower().split():
            continue  # "12 non-teaching posts" complements "31 teaching jobs", not "31 new jobs"
        nouns = {singular(m.group("noun").lower()), singular(m.group("noun2").lower())}
        a, b = _value(m.group("a")), _value(m.group("b"))
        whole = _whole_counted_elsewhere(text, m, nouns, a + b, max(a, b), by_noun=True)
        if whole is None:
            continue
        finding = pair_finding(claims, whole.start(), m.start(), (
            f"'{_count_as_told(whole)}' vs '{m.group('a')} {m.group('kind')} ... {m.group('b')} non-{m.group('kind')}': "
            f"the parts do not make the whole\n{a:,} and {b:,} make {a + b:,}, not {_value(whole.group('whole')):,}"))
        if finding is not None:
            yield finding


def _noun_classes_of(words: set[str]) -> frozenset[str]:
    return frozenset(c for word in words for c in noun_classes(word))


def _count_as_told(count: re.Match[str]) -> str:
    """ "48 job cuts", not "48 job cuts to", "31 pupils", not "31 pupils were sent": up to a function word."""
    number, *words = count.group(0).split()
    told = next((i for i, word in enumerate(words) if word.lower() in FUNCTION_WORDS), len(words))
    return " ".join([number, *words[:max(told, 1)]])


def _whole_counted_elsewhere(text: str, parts: re.Match[str], words: set[str], total: float, biggest: float,
                             by_noun: bool = False) -> re.Match[str] | None:
    """The count outside ``parts`` that the parts split: its words share one of ``words`` (its noun is
    one of them, ``by_noun``) and it is bigger than every part. None when one such count equals the
    parts' total, or none is found; with several values, the first told."""
    if not words:
        return None
    counts = []
    for c in _GROUP_WORDS_COUNTED.finditer(text):
        if parts.start() <= c.start() < parts.end() or _YEAR_LIKE.fullmatch(c.group("whole")):
            continue
        if _value(c.group("whole")) <= biggest:
            continue
        after = [w.lower() for w in re.findall(r"[A-Za-z-]+", c.group("words"))]
        told = {singular(w) for w in after} if by_noun else {w for w in after if len(w) >= 5}
        if told & words or by_noun and _noun_classes_of(told) & _noun_classes_of(words):  # "60 jobs" / "posts"
            counts.append(c)
    values = {_value(c.group("whole")) for c in counts}
    if not values or total in values:
        return None
    return counts[0]  # the first told: the story's own figure ("to eliminate 48 positions"), before any earlier one


# "Police arrested 46 people ... Of those arrested, 51 were later released": a part of the people an
# event counted cannot be more than they were.
_OF_THOSE_WHO = re.compile(rf"\b[Oo]f\s+(?:those|the\s+people|the\s+ones)\s+(?P<verb>[a-z]+ed)\s*,\s*"
                           rf"(?P<part>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\b(?!\s*%)")


def _of_those_who(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "arrested 46 people" ... "Of those arrested, 51 were released": 51 of 46 cannot be."""
    for m in _OF_THOSE_WHO.finditer(text):
        verb = m.group("verb").lower()
        counted = list(re.finditer(rf"\b{verb}\s+(?:about\s+|some\s+|at\s+least\s+)?(?P<whole>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\b",
                                   text[:m.start()], re.IGNORECASE))
        if len(counted) != 1:
            continue
        whole, part = _value(counted[0].group("whole")), _value(m.group("part"))
        if part <= whole:
            continue
        finding = pair_finding(claims, counted[0].start(), m.start(), (
            f"'{counted[0].group(0)}' vs '{m.group(0)}': a part is more than the whole\n"
            f"{part} of the {whole} {verb} cannot be"))
        if finding is not None:
            yield finding


# ------------------------------------------------------------------------ one amount told twice

_MONEY = (rf"(?P<{{p}}cur>{CURRENCY_SIGN_ALTERNATION})?\s?(?P<{{p}}num>\d[\d,]*(?:\.\d+)?)"
          rf"(?:[\s-]*(?P<{{p}}scale>{SCALE_ALTERNATION})\b)?"
          r"(?:\s*(?P<{p}word>euros?|pounds?|dollars?|crowns?|kronor|francs?|yen|rupees|%|per\s?cent|percent))?")
# The currency sign of _MONEY, to make it required: "£10,000 a month" is money, "10,000 a month" need not be.
_CURRENCY_SIGN = rf"(?P<acur>{CURRENCY_SIGN_ALTERNATION})"
# "a budget of 480 million crowns", "a fine worth £2m": an amount introduced with its noun ...
_AMOUNT_INTRODUCED = re.compile(
    r"\b(?:(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?|with\s+)(?P<noun>[a-z]{3,})\s+(?:of|worth|valued\s+at)\s+"
    + _MONEY.format(p="a"), re.IGNORECASE)
# "a Rs 2,450-crore initial public offering", "a $2.4 billion takeover": an amount before its noun.
_AMOUNT_BEFORE_ITS_NOUN = re.compile(r"(?:\b[Aa]n?|\b[Ii]ts|\b[Tt]heir|\b[A-Z][\w-]*['’]s?)\s+" + _MONEY.format(p="a") + r"[\s-]+(?:[a-z]+\s+){0,2}?"
                                     rf"(?P<noun>{'|'.join(sorted(AMOUNT_NOUN_SYNONYMS, key=len, reverse=True))})\b")
# "fined Norvik Bank 4.2 million euros": an amount its verb names (a fine).
_AMOUNT_BY_VERB = re.compile(
    rf"\b(?P<verb>{'|'.join(AMOUNT_VERBS)})\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w&-]*\s+|[a-z]+\s+){{0,4}}?"
    + _MONEY.format(p="a"))
# "agreed to sell its shipping arm to the Danish firm Nordlys for 1.4 billion euros": a sale's price.
_SALE_PRICE = re.compile(rf"\b(?P<verb>{'|'.join(sorted(SALE_VERBS))})\s+(?:[\w'’-]+\s+){{1,10}}?for\s+"
                         + _MONEY.format(p="a"))
# ... and named again by a definite description that carries an amount: "the 510 million crown budget".
_AMOUNT_NAMING = re.compile(r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+" + _MONEY.format(p="b")
                            + r"[\s-]+(?P<noun>[a-z]{4,})\b")  # "Their 2.3 million euro prize"
# ... or by the verb that gave it, with the amount in apposition: "The money raised, 48,000 pounds, will ...".
_AMOUNT_NAMED_BY_ITS_VERB = re.compile(
    rf"\b[Tt]he\s+(?:{'|'.join(sorted(SUM_NOUNS))})\s+(?P<verb>{'|'.join(AMOUNT_PARTICIPLES)})\s*[,—–]\s*(?:some\s+)?"
    + _MONEY.format(p="b"))
# ... or by the buyer's "paid £6m for": the price of the thing bought, told again.
_PAID_FOR = re.compile(r"\bpaid\s+" + _MONEY.format(p="b") + r"(?=\s*for\b)")
# ... or by the amount with the participle of its verb after it: "the 3.2 million euros taken from the club".
_AMOUNT_THEN_ITS_PARTICIPLE = re.compile(
    r"\b[Tt]he\s+" + _MONEY.format(p="b") + rf"\s+(?P<verb>{'|'.join(AMOUNT_PARTICIPLES)})\b")


_AGENT_AFTER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")


_ATTACHED = re.compile(r"(?:,?\s+(?:of|by|for|from|to|with|in|on|at|last|earlier|previous|this|ago)\b"
                       r"(?:\s+(?:the|a|an|its|their)\b)?(?:\s+[\w'-]+){1,3}?(?=[\s,.;]|$))*")


def _names_another(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """The phrase naming the amount again goes on to other names or another time than the
    sentence that introduced it: "the $2.4 billion acquisition of Oska by Brenn last year"."""
    start = max(text.rfind(". ", 0, first.start()) + 1, 0)
    end = text.find(". ", first.end())
    introducing = text[start:end if end > 0 else len(text)]
    # only what is attached to the noun: its prepositional phrases and a time right after them
    # ("the $2.4 billion acquisition of Oska by Brenn last year"), not a clause that compares it
    # with another ("The £15m deal eclipses the £12m City paid for Dorado in 2023")
    after = _ATTACHED.match(text, second.end()).group(0)
    names = re.findall(r"\b(?:of|by|for|from|to|with)\s+(?:the\s+)?([A-Z][\w'-]+)", after)
    dating = re.sub(r"\b(?:since|before|than)\s+\S+", "", after)  # "the lowest since 1999" dates no other deal
    return any(name not in introducing for name in names) or bool(_ANOTHER_DAY.search(dating))


def _amount_noun(noun: str) -> str:
    """What an amount is of, one name per thing ("penalty" and "fine" are one)."""
    lower = noun.lower()
    return AMOUNT_NOUN_SYNONYMS.get(lower, singular(lower))


# What lists the parts of a whole before them: "The issue comprises a fresh issue of ... and an offer ...".
_PART_LISTED_BEFORE = re.compile(r"\b(?:comprises|comprising|comprised|consists?\s+of|consisting\s+of|made\s+up\s+of|"
                                 r"includes|including|split\s+into|divided\s+into)\b[^.;]*$", re.IGNORECASE)


def _one_amount_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "approved a budget of 480 million crowns" ... "the 510 million crown budget": "the" refers
    back to the one budget the article introduced, so its amount must be the same (to the last
    digit written). Only a noun introduced once with an amount, and named once with "the"."""
    introduced: dict[str, list[re.Match[str]]] = {}
    for m in [*_AMOUNT_INTRODUCED.finditer(text), *_AMOUNT_BEFORE_ITS_NOUN.finditer(text)]:
        if m.group("acur") or m.group("aword"):
            introduced.setdefault(_amount_noun(m.group("noun")), []).append(m)
    for m in [*_AMOUNT_BY_VERB.finditer(text), *_SALE_PRICE.finditer(text)]:
        if m.group("acur") or m.group("aword"):
            introduced.setdefault(AMOUNT_VERBS.get(m.group("verb"), "price"), []).append(m)
    if not introduced:
        return
    named: dict[str, list[re.Match[str]]] = {}
    for m in _AMOUNT_NAMING.finditer(text):
        if m.group("bcur") or m.group("bword"):
            named.setdefault(_amount_noun(m.group("noun")), []).append(m)
    for m in [*_AMOUNT_NAMED_BY_ITS_VERB.finditer(text), *_AMOUNT_THEN_ITS_PARTICIPLE.finditer(text)]:
        if m.group("bcur") or m.group("bword"):
            named.setdefault(AMOUNT_PARTICIPLES[m.group("verb")], []).append(m)
    for m in _PAID_FOR.finditer(text):
        if m.group("bcur") or m.group("bword"):
            named.setdefault("price", []).append(m)
    for noun, firsts in introduced.items():
        if noun in CHANGING_MEASURE_NOUNS:
            continue  # "an annual rate of 3.7%" ... "the 4.2% rate pencilled in by forecasters"
        if len(firsts) > 1:  # "The issue comprises a fresh issue of Rs 1,200 crore and ...": a part, not the whole
            firsts = [m for m in firsts if not _PART_LISTED_BEFORE.search(text, sentence_of(text, m.start())[0], m.start())]
        seconds = named.get(noun, [])
        if len(firsts) != 1 or len(seconds) != 1 or seconds[0].start() < firsts[0].end():
            continue
        first, second = firsts[0], seconds[0]
        if _currency(first, "a") != _currency(second, "b"):
            continue
        if _names_another(text, first, second):
            continue  # "The $2.4 billion acquisition of Oska by Brenn last year": another deal
        if claim_at(claims, first.start()) is claim_at(claims, second.start()) and _AGENT_AFTER.match(text, second.end()):
            continue  # "raised $413,000, surpassing the $394,000 raised by Clinton": another's, compared
        a, b = _money_value(first, "a"), _money_value(second, "b")
        step = max(_money_step(first, "a"), _money_step(second, "b"))
        if abs(a - b) < step * 0.999:
            continue
        finding = pair_finding(claims, first.start(), second.start(), (
            f"'{first.group(0)}' vs '{second.group(0)}': two amounts for the one {noun} the article names\n"
            f"{a:,.10g} and {b:,.10g} cannot both be the {noun}"))
        if finding is not None:
            yield finding


# "the state government committed $4.2 million to the project" ... "Without the $2.4 million from the
# state": a sum put up by a giver, named again by its giver.
_GIVEN = re.compile(rf"\b(?P<giver>(?:[A-Za-z][\w-]*\s+){{1,4}}?)(?:has\s+|had\s+|have\s+|will\s+)?"
                    rf"(?P<verb>{'|'.join(GIVING_VERBS)})\s+(?:a\s+further\s+|an?\s+extra\s+|another\s+)?"
                    + _MONEY.format(p="a"))
_FROM_ITS_GIVER = re.compile(r"\b[Tt]he\s+" + _MONEY.format(p="b") + r"\s+(?:(?:that\s+|which\s+)?(?:was\s+)?"
                             rf"(?:{'|'.join(GIVING_VERBS)})\s+by|from)\s+(?:the\s+)?(?P<who>[A-Za-z][\w-]+)")


def _amount_from_its_giver(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "the state government committed $4.2 million" ... "the $2.4 million from the state": one giver's
    sum told twice. Only when the giver named again put up exactly one sum in the article."""
    given = [m for m in _GIVEN.finditer(text) if m.group("acur") or m.group("aword")]
    for second in _FROM_ITS_GIVER.finditer(text):
        if not (second.group("bcur") or second.group("bword")):
            continue
        who = second.group("who").lower()
        firsts = [m for m in given if m.end() <= second.start() and who in m.group("giver").lower().split()]
        if len(firsts) != 1 or any(who in m.group("giver").lower().split() for m in given if m not in firsts):
            continue
        first = firsts[0]
        if _currency(first, "a") != _currency(second, "b"):
            continue
        a, b = _money_value(first, "a"), _money_value(second, "b")
        if abs(a - b) < max(_money_step(first, "a"), _money_step(second, "b")) * 0.999:
            continue
        finding = pair_finding(claims, first.start("verb"), second.start(), (
            f"'{first.group('verb')} {first.group(0)[first.end('verb') - first.start():].strip()}' vs '{second.group(0)}': "
            f"two sums from one giver\n{a:,.10g} and {b:,.10g} cannot both be what the {who} put up"))
        if finding is not None:
            yield finding


# "ordered 40 new trains at a cost of 12 million euros each, a total of 480 million euros": a count,
# a price each and the total they make.
_UNIT_PRICE = re.compile(
    rf"\b(?P<n>{_NUMBER})\s+(?:[a-z-]+\s+){{0,3}}?(?P<noun>[a-z]{{3,}})\s+(?:at|for|costing|worth)\s+"
    rf"(?:a\s+(?:cost|price)\s+of\s+|about\s+|around\s+|roughly\s+)?(?P<each>{_MONEY.format(p='e')})\s+"
    r"(?:each|apiece|a\s+piece|per\s+[a-z]+)\b[^.;]{0,20}?,?\s*(?:a\s+total\s+of|totalling|totaling|in\s+all|"
    rf"or|worth|for\s+a\s+total\s+of)\s+(?P<total>{_MONEY.format(p='t')})", re.IGNORECASE)


# "at Rs 18 crore a day ... over these nine days ... we have lost Rs 142 crore"; "£10,000 a month for the
# next 30 years ... a cool £3million in total": a rate, the period it runs for and the total it makes.
_RATE = re.compile(_MONEY.format(p="r").replace(_CURRENCY_SIGN.replace("acur", "rcur") + "?", _CURRENCY_SIGN.replace("acur", "rcur"))
                   + r"\s+(?:a|per|each)\s+(?P<unit>day|week|month|year)\b", re.IGNORECASE)
_PERIOD = re.compile(rf"\b(?:for|over)\s+(?:the\s+next\s+|the\s+past\s+|the\s+last\s+|these\s+|those\s+|the\s+)?"
                     rf"(?P<n>\d{{1,3}}|{NUMBER_WORD_ALTERNATION})\s+(?P<unit>day|week|month|year)s?\b", re.IGNORECASE)
_TOTAL_AMOUNT = re.compile(_MONEY.format(p="t").replace(_CURRENCY_SIGN.replace("acur", "tcur") + "?",
                                                          _CURRENCY_SIGN.replace("acur", "tcur")), re.IGNORECASE)
_MONTHS_IN = {"day": 12 / 365.25, "week": 84 / 365.25, "month": 1.0, "year": 12.0}


def _rate_over_a_period(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """A rate ("£120,000 a year"), the one period of its kind the article gives ("for the next 30 years")
    and the total told beside the rate ("a cool £3million in total"): 30 x £120,000 is £3.6m. The total
    is an amount in the rate's sentence not itself a rate, told as a total or as what was lost or won."""
    periods = list(_PERIOD.finditer(text))
    rates = list(_RATE.finditer(text))
    # the period a rate runs for: one told right after a rate ("£10,000 a month for the next 30 years")
    paid_over = [p for p in periods if any(0 <= p.start() - r.end() <= 3 for r in rates)]
    for rate in rates:
        start, end = sentence_of(text, rate.start())
        beside = [p for p in periods if start <= p.start() < end] or paid_over
        if len({(p.group("n").lower(), p.group("unit").lower()) for p in beside}) != 1:
            continue  # no period, or several: which one the rate runs for is not clear
        period = beside[0]
        written = period.group("n").lower()
        count = int(written) if written.isdigit() else NUMBER_WORDS[written]
        totals = [t for t in _TOTAL_AMOUNT.finditer(text, start, end)
                  if not (t.start() < rate.end() and rate.start() < t.end()) and not _RATE.match(text, t.start())
                  and re.search(r"\b(?:in\s+total|in\s+all|altogether|overall|total\s+of|lost|won|cost|paid)\b",
                                text[max(start, t.start() - 25):min(end, t.end() + 15)], re.IGNORECASE)]
        if len(totals) != 1 or _currency(totals[0], "t") != _currency(rate, "r"):
            continue
        total = totals[0]
        per = _money_value(rate, "r")
        expected = per * count * _MONTHS_IN[period.group("unit").lower()] / _MONTHS_IN[rate.group("unit").lower()]
        said, step = _money_value(total, "t"), _money_step(total, "t")
        hedged = re.search(rf"\b(?:{NUMBER_HEDGE_ALTERNATION})\s+$",
                           text[max(0, total.start() - 14):total.start()], re.IGNORECASE)
        if abs(expected - said) <= max(step / 2, 0.1 * said if hedged else 0.005 * said):
            continue
        scale = (rate.group("rscale") or "").lower()
        unit = SCALE_WORDS[scale] if scale and scale == (total.group("tscale") or "").lower() else 1.0
        written = f" {scale}" if unit != 1.0 else ""  # "18 crore a day ... is 162 crore", in the article's own scale
        finding = pair_finding(claims, rate.start(), total.start(), (
            f"'{rate.group(0)}' for '{period.group(0)}' vs '{total.group(0)}': the rate does not make the total\n"
            f"{per / unit:,.10g}{written} a {rate.group('unit').lower()} for {count} {period.group('unit').lower()}s is "
            f"{expected / unit:,.10g}{written}, not {said / unit:,.10g}{written}"))
        if finding is not None:
            yield finding


def _total_fits(expected: float, told: float, before: str, step: float) -> bool:
    """Whether a total told (after ``before``) is the count times the unit price: to 2% and its last
    digit, or to 10% when hedged ("about £2m")."""
    hedged = re.search(rf"\b(?:{NUMBER_HEDGE_ALTERNATION})\s*$", before)
    return abs(expected - told) <= (0.1 if hedged else 0.02) * max(expected, told) + step


def _unit_prices(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "40 new trains at 12 million euros each, a total of 520 million euros": 40 x 12 is 480."""
    for m in _UNIT_PRICE.finditer(text):
        if _currency(m, "e") != _currency(m, "t"):
            continue
        count, each, total = _value(m.group("n")), _money_value(m, "e"), _money_value(m, "t")
        expected = count * each
        if _total_fits(expected, total, text[:m.start("total")], _money_step(m, "t")):
            continue
        finding = pair_finding(claims, m.start(), m.start("total"), (
            f"'{m.group('n')} {m.group('noun')} at {m.group('each')} each' vs '{m.group('total')}': the total does not fit\n"
            f"{count:,} x {each:,.10g} is {expected:,.10g}, not {total:,.10g}"))
        if finding is not None:
            yield finding


# "Road works get Rs 610 crore, stormwater drains Rs 380 crore and the balance of Rs 350 crore goes to
# ...": amounts shared out, the last one the rest, so together they are a whole told elsewhere.
_SIGNED_AMOUNT = re.compile(_MONEY.format(p="m"))
_THE_REST_OF_THE_MONEY = re.compile(r"\b(?:the\s+(?:remaining|balance\s+of|rest,?|remainder,?|remainder\s+of)|the\s+other)\s*$",
                                    re.IGNORECASE)


def _amounts_shared_to_the_rest(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "capital works accounting for Rs 1,240 crore" ... "Explaining the capital spending, ... "Road
    works get Rs 610 crore, stormwater drains Rs 380 crore and the balance of Rs 350 crore goes to
    ..."": 610 + 380 + 350 is 1,340. The parts: amounts with one currency sign in the sentence whose
    last is told as the rest (with the sentence before in its paragraph when that one shares out
    the same money: "Under the plan, X will get KSh1.1 billion. Y will receive KSh700 million, while
    the remaining KSh500 million ..."). The whole: an amount elsewhere in that currency, bigger than
    every part, whose words (five before it, two after) share one with the parts' sentences; the
    first told of them, and quiet when any of them is the sum."""
    for rest in _SIGNED_AMOUNT.finditer(text):
        if not rest.group("mcur") or not _THE_REST_OF_THE_MONEY.search(text, max(0, rest.start() - 20), rest.start()):
            continue
        start, end = sentence_of(text, rest.start())
        amounts = [m for m in _SIGNED_AMOUNT.finditer(text, start, rest.end()) if m.group("mcur")]
        before_start, _ = sentence_of(text, max(0, start - 2))
        if len(amounts) < 3 and before_start < start and "\n" not in text[before_start:start].strip():
            earlier = [m for m in _SIGNED_AMOUNT.finditer(text, before_start, start) if m.group("mcur")]
            if earlier and not _THE_REST_OF_THE_MONEY.search(text[before_start:start]):
                amounts, start = earlier + amounts, before_start
        currency = {_currency(m, "m") for m in amounts}
        if len(amounts) < 2 or len(currency) != 1:
            continue
        parts = [_money_value(m, "m") for m in amounts]
        total = sum(parts)
        sentence_words = _content_words(text[start:end]) - _MONEY_WORDS
        wholes = []
        for m in _SIGNED_AMOUNT.finditer(text):
            if not m.group("mcur") or start <= m.start() < end or _currency(m, "m") not in currency:
                continue
            value = _money_value(m, "m")
            around = re.findall(r"[A-Za-z-]+", text[max(0, m.start() - 60):m.start()])[-5:] + re.findall(
                r"[A-Za-z-]+", text[m.end():m.end() + 30])[:2]
            if value > max(parts) and (_content_words(" ".join(around)) - _MONEY_WORDS) & sentence_words:
                wholes.append((m, value))
        if not wholes or any(abs(value - total) <= max(0.5 * _money_step(m, "m"), 0.005 * total) for m, value in wholes):
            continue
        whole, value = wholes[0]
        listed = " + ".join(m.group(0).strip() for m in amounts)
        finding = pair_finding(claims, whole.start(), amounts[0].start(), (
            f"'{whole.group(0).strip()}' vs '{listed}': the parts do not make the total\n"
            f"{' + '.join(f'{v:,.10g}' for v in parts)} = {total:,.10g}, not {value:,.10g} (the last part is the rest)"))
        if finding is not None:
            yield finding


# Words of money itself, which say nothing of what an amount is for.
_MONEY_WORDS = frozenset(SCALE_WORDS) | {"crore", "crores", "lakh", "lakhs", "million", "billion", "euros", "pounds",
                                         "dollars", "rupees", "shillings", "naira", "rand", "cedis"}


# "lifted 25 million litres of petrol ... at an ex-depot price of N820 per litre": a quantity at a unit price.
_PRICED_QUANTITY = re.compile(
    rf"(?<![\d.,])(?P<n>{_NUMBER}(?:\.\d+)?)(?:\s+(?P<nscale>{SCALE_ALTERNATION}))?\s+(?:[a-z-]+\s+){{0,3}}?(?P<noun>[a-z]{{3,}})\b"
    rf"[^.;]{{0,120}}?\bat\s+(?:an?\s+(?:[a-z-]+\s+)?(?:(?P<average>average\s+)?(?:price|cost)|rate)\s+of\s+)?"
    rf"(?P<each>{_MONEY.format(p='e')})"
    # "at N820 per litre", "at $4 each"; "at an average price of $38.20" is a price a unit by itself
    r"(?:\s+(?:each|apiece|a\s+piece|per\s+(?P<per>[a-z]+))\b|(?(average)(?![\d,.]*\s*(?:per|a|an)\b)|(?!)))",
    re.IGNORECASE)
_PURCHASE = "|".join(sorted(PURCHASE_NOUNS))
# The total of that purchase named again: "the N25.5 billion consignment", "The transaction, valued at N20.5 billion".
_PURCHASE_TOTAL = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<t>{_MONEY.format(p='t')})\s+(?:[a-z-]+\s+)?(?P<noun>{_PURCHASE})\b"
    rf"|\b(?P<noun2>{_PURCHASE})\b,?\s+(?:was\s+|is\s+)?(?:valued\s+at|worth|totalling|totaling)\s+"
    rf"(?P<t2>{_MONEY.format(p='u')})"
    # "The fourth-quarter repurchases, which cost roughly $152 million"
    rf"|\b(?P<noun3>{_PURCHASE})s?\b,?\s+(?:which|that)\s+(?:cost|came\s+to|totalled|totaled)\s+"
    rf"(?:(?:{NUMBER_HEDGE_ALTERNATION})\s+)?(?P<t3>{_MONEY.format(p='v')})", re.IGNORECASE)


def _priced_quantity_against_its_named_total(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "25 million litres ... at N820 per litre" ... "the N25.5 billion consignment": 25 million x 820
    is N20.5 billion. Only with one quantity at a unit price in the article, and totals named as the
    purchase ("the consignment", "the deal, valued at") in the same currency."""
    priced = [m for m in _PRICED_QUANTITY.finditer(text)
              if not m.group("per") or singular(m.group("per").lower()) == singular(m.group("noun").lower())]
    if len(priced) != 1:
        return
    m = priced[0]
    expected = float(m.group("n").replace(",", "")) * SCALE_WORDS.get((m.group("nscale") or "").lower(), 1.0) * _money_value(m, "e")
    for total in _PURCHASE_TOTAL.finditer(text):
        key = "t" if total.group("t") else "u" if total.group("t2") else "v"
        if _currency(total, key) != _currency(m, "e") or not total.group(key + "cur"):
            continue  # a currency sign on both, and the same
        told = _money_value(total, key)
        if _total_fits(expected, told, text[:total.start(key + "num")], _money_step(total, key)):
            continue
        amount = f"{m.group('n')}{' ' + m.group('nscale') if m.group('nscale') else ''} {m.group('noun')}"
        price = f"{m.group('each')} {'per ' + m.group('per') if m.group('per') else 'on average' if m.group('average') else 'each'}"
        finding = pair_finding(claims, m.start(), total.start(), (
            f"'{amount} at {price}' vs '{total.group(0)}': the total does not fit the unit price\n"
            f"{amount} x {m.group('each')} is {expected:,.10g}, not {told:,.10g}"))
        if finding is not None:
            yield finding


_SCORE = r"(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\d%-])"  # "3-1", "35-21", "118-111"
_RESULT_TOLD = re.compile(rf"\b(?:{'|'.join(RESULT_VERBS)})\b(?:\s+(?:[A-Z][\w'-]*|the|by|with|to)){{0,4}}\s+{_SCORE}")
_RESULT_NAMED = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+{_SCORE}\s+(?P<noun>{'|'.join(RESULT_NOUNS)})\b"
                           rf"(?P<after>[^.;]{{0,40}})")
_HALF_TIME = re.compile(r"\s+(?:at\s+half-?\s?time|at\s+the\s+(?:break|interval)|after\s+\d+\s+minutes)", re.IGNORECASE)
_ANOTHER_DAY = re.compile(rf"\b(?:last|earlier|previous|ago|(?:{'|'.join(_WEEKDAY_NAMES)})|(?:{MONTH_ALTERNATION})|"
                          r"(?:19|20)\d\d)\b", re.IGNORECASE)
_ANOTHER_MATCH = re.compile(r"\b(?:over|against|at|by|to)\s+(?:the\s+)?(?P<name>[A-Z][\w'-]+)")


def _one_score_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Rovers beat Dunmore 3-1" ... "The 2-1 win was their fifth in a row": "the" refers back to the
    one result the article told, so the scores must be the same (either order: "the 1-3 defeat").
    Quiet when the article tells two results (a round-up) or the named one is pinned to another
    opponent or another day ("the 2-1 win over Hale last week")."""
    told = list(_RESULT_TOLD.finditer(text))
    scores = [m for m in re.finditer(_SCORE, text) if not _HALF_TIME.match(text, m.end())]
    if len(told) != 1 or len(scores) != 2:
        return  # a round-up or a season's story: more results than the one told and the one named
    first = told[0]
    result_claim = claim_at(claims, first.start())
    sentence = text[result_claim.start:result_claim.end] if result_claim else text[first.start():first.end()]
    for second in _RESULT_NAMED.finditer(text, first.end()):
        after = second.group("after")
        other = _ANOTHER_MATCH.search(after)
        if other and other.group("name") not in sentence:
            continue  # "the 2-1 win over Hale": another match, another opponent
        if _ANOTHER_DAY.search(after):
            continue  # "the 2-1 win last month", "the 0-0 draw in March": another match, another day
        a = sorted((int(first.group("a")), int(first.group("b"))))
        b = sorted((int(second.group("a")), int(second.group("b"))))
        if a == b:
            continue
        finding = pair_finding(claims, first.start(), second.start(), (
            f"'{first.group(0)}' vs '{second.group(0)[:second.start('after') - second.start()]}': "
            f"two scores for the one match the article reports\n"
            f"{first.group('a')}-{first.group('b')} and {second.group('a')}-{second.group('b')} cannot both be "
            f"its result"))
        if finding is not None:
            yield finding
        return


# "to come back and win by three goals", "a two-goal victory", "lost by 12 points": the result's margin.
_RESULT_MARGIN = re.compile(
    rf"\b(?:{'|'.join(RESULT_VERBS)}|beaten)\b[^.;,]{{0,30}}?\bby\s+(?:a\s+)?(?P<n>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})"
    r"\s+(?P<unit>goals?|points?|tries|touchdowns?)\b"
    rf"|\b(?:an?\s+)?(?P<n2>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})-(?P<unit2>goal|point|touchdown)\s+"
    rf"(?:{'|'.join(RESULT_NOUNS)}|margin|winning\s+margin)\b", re.IGNORECASE)


# "a 4-1 thrashing of Millford": the result told as a noun.
_RESULT_AS_NOUN = re.compile(rf"\b(?:[Aa]n?|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[a-z]+-[a-z]+\s+|[a-z]+\s+)?{_SCORE}\s+(?:{'|'.join(RESULT_NOUNS)}|thrashing|hammering)\b")
# A result pinned to another month or year is another match ("beaten 3-0 in October"); a weekday
# after the result ("beat Pellham 4-2 on Saturday") dates the match reported.
_ANOTHER_SEASON = re.compile(rf"\b(?:last(?!\s+night)|earlier|previous|ago|(?:{MONTH_ALTERNATION})|(?:19|20)\d\d)\b", re.IGNORECASE)


def _margin_of_the_one_result(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Rovers beat Kelsham Town 3-1" ... "to come back and win by three goals": 3-1 is a margin of
    two. Only with one result told and no other result of the same day ("beaten 3-0 in October" is
    another match)."""
    # a result in a sentence about another season or month is another match ("The sides met twice last
    # season, ... including a 31-17 victory in the reverse fixture in April")
    told = [m for m in [*_RESULT_TOLD.finditer(text), *_RESULT_AS_NOUN.finditer(text)]
            if not _ANOTHER_SEASON.search(text[slice(*sentence_of(text, m.start()))]) and not _HALF_TIME.match(text, m.end())]
    if len({(m.group("a"), m.group("b")) for m in told}) != 1:
        return
    result = told[0]
    for m in _RESULT_MARGIN.finditer(text):
        if m.start() <= result.start() < m.end() or _ANOTHER_SEASON.search(text[m.end():m.end() + 25].split(",")[0]):
            continue
        written = (m.group("n") or m.group("n2")).lower()
        margin = int(written) if written.isdigit() else int(NUMBER_WORDS[written])
        actual = abs(int(result.group("a")) - int(result.group("b")))
        unit = (m.group("unit") or m.group("unit2")).lower()
        # a touchdown is worth six points, seven or eight with the conversion: "a three-touchdown win" is 18 to 24
        low, high = (6 * margin, 8 * margin) if unit.startswith("touchdown") else (margin, margin)
        if low <= actual <= high:
            continue
        told_as = f"{low} to {high} points" if unit.startswith("touchdown") else f"{margin}"
        finding = pair_finding(claims, result.start(), m.start(), (
            f"'{result.group(0)}' vs '{m.group(0)}': the margin does not fit the score\n"
            f"{result.group('a')}-{result.group('b')} is a margin of {actual}, not {told_as}"))
        if finding is not None:
            yield finding


_GOAL_WORDS = "|".join(sorted((re.escape(w) for w in GOAL_COUNT_WORDS), key=len, reverse=True))
_PLAYER_SCORED = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+)\s+(?:scored|netted|struck|hit)\s+(?:(?P<words>{_GOAL_WORDS})\b|"
    rf"(?P<n>{NUMBER_WORD_ALTERNATION}|\d)\s+goals\b|(?P<both>both)\s+goals\b)"
    rf"|\b(?P<name2>[A-Z][a-z]+)['’]s\s+(?:first-half\s+|second-half\s+)?(?P<words2>hat-trick|hat trick|brace)\b"
    rf"|\b(?P<words3>hat-trick|hat trick|brace)\s+(?:from|by)\s+(?:[A-Z][a-z]+\s+)?(?P<name3>[A-Z][a-z]+)\b")
_COMPLETED = re.compile(r"\b(?:completed|completing|complete|added|adding|another|third|fourth)\b", re.IGNORECASE)


def _the_tally_grows(text: str, name: str, told: re.Match[str]) -> bool:
    """After a count, in its sentence, the same player goes on scoring: "... and added another",
    "before completing his hat-trick" (no other player named before the verb)."""
    end = text.find(".", told.end())
    rest = text[told.end():end if end >= 0 else len(text)]
    for m in _COMPLETED.finditer(rest):
        before = rest[:m.start()]
        if not re.search(r"\b[A-Z][a-z]+\b", before.split(",")[-1]):
            return True
    return False


def _one_players_goals(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Arnesen scored twice" ... "Arnesen's hat-trick": one player's goals in one match counted
    twice. Quiet where the article tells the tally growing ("completed his hat-trick", "added a third")."""
    told: dict[str, list[tuple[re.Match[str], int]]] = {}
    for m in _PLAYER_SCORED.finditer(text):
        name = m.group("name") or m.group("name2") or m.group("name3")
        words = (m.group("words") or m.group("words2") or m.group("words3") or "").lower()
        goals = GOAL_COUNT_WORDS[words] if words else 2 if m.group("both") else _value(m.group("n"))
        told.setdefault(name, []).append((m, goals))
    for name, counts in told.items():
        if len({goals for _, goals in counts}) < 2:
            continue
        if any(_the_tally_grows(text, name, m) for m, _ in counts):
            continue  # "Arnesen scored twice ... and completed his hat-trick": the tally grew
        (first, a), (second, b) = counts[0], next((m, g) for m, g in counts[1:] if g != counts[0][1])
        finding = pair_finding(claims, first.start(), second.start(), (
            f"'{first.group(0)}' vs '{second.group(0)}': two goal counts for one player\n"
            f"{name} cannot have scored both {a} and {b} in the match"))
        if finding is not None:
            yield finding


_TERM = (rf"(?P<n>\d{{1,3}}|{NUMBER_WORD_ALTERNATION})-(?P<unit>year|month|week|day)\s+(?:(?:prison|jail|custodial)\s+)?"
         rf"(?P<noun>{'|'.join(sorted(TERM_NOUNS))})\b")
# "was jailed for seven years", "sentenced to seven years": a term told by its verb.
_TERM_BY_VERB = re.compile(
    rf"\b(?P<verb>{'|'.join(TERM_VERBS)})\s+(?:[a-z]+\s+){{0,3}}?(?:for|to)\s+(?P<n>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})\s+"
    r"(?P<unit>year|month|week|day)s?\b(?!\s+(?:ago|earlier|later|before|after))", re.IGNORECASE)
# "has agreed a five-year contract" ... "His three-year contract": one contract, two lengths.
_TERM_INTRODUCED = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+){0,2}?" + _TERM, re.IGNORECASE)  # "a new three-year contract"
_TERM_NAMED = re.compile(r"\b(?:the|his|her|its|their)\s+" + _TERM, re.IGNORECASE)


_DAYS_IN = {"year": 365.25, "month": 30.44, "week": 7.0, "day": 1.0}


# "sentenced ... to seven years for fraud ... and four years for money laundering, the terms to run
# consecutively": two terms and how they run; "a total of nine years" is what they make.
_TERM_WORD = rf"\d{{1,2}}|{NUMBER_WORD_ALTERNATION}"
_TWO_TERMS = re.compile(
    rf"\b(?P<a>{_TERM_WORD})\s+years\s+for\s+[^.;]{{3,80}}?\s+and\s+(?:to\s+)?(?P<b>{_TERM_WORD})\s+years\s+for\s+"
    r"[^.;]{3,80}?(?P<how>consecutive(?:ly)?|concurrent(?:ly)?)\b", re.IGNORECASE)
_TOTAL_TERM = re.compile(rf"\b(?:a\s+total\s+of|in\s+total|total\s+(?:sentence|term)\s+of)\s+(?P<n>{_TERM_WORD})\s+years\b"
                         rf"|\b(?P<n2>{_TERM_WORD})\s+years\s+in\s+(?:total|all)\b", re.IGNORECASE)


def _terms_and_their_total(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "seven years for fraud ... and four years for money laundering, the terms to run consecutively"
    ... "a total of nine years was needed": consecutive terms add up to 11 years; concurrent ones run
    to the longer, seven. One such pair of terms and one total in the article."""
    pairs, totals = list(_TWO_TERMS.finditer(text)), list(_TOTAL_TERM.finditer(text))
    if len(pairs) != 1 or len(totals) != 1:
        return
    pair, total = pairs[0], totals[0]
    a, b = _value(pair.group("a")), _value(pair.group("b"))
    made = a + b if pair.group("how").lower().startswith("consecutive") else max(a, b)
    told = _value(total.group("n") or total.group("n2"))
    if made == told:
        return
    finding = pair_finding(claims, pair.start(), total.start(), (
        f"'{pair.group('a')} years ... and {pair.group('b')} years ..., {pair.group('how')}' vs '{total.group(0)}': "
        f"the terms do not make the total\n{pair.group('how').lower().removesuffix('ly')} terms of {a} and {b} years make "
        f"{made}, not {told}"))
    if finding is not None:
        yield finding


def _one_term_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "agreed a five-year contract" ... "his three-year contract": the term the article introduced,
    named again with a definite or possessive word, must be as long. One of each per kind of term."""
    firsts, seconds = [*_TERM_INTRODUCED.finditer(text), *_TERM_BY_VERB.finditer(text)], list(_TERM_NAMED.finditer(text))
    for first in firsts:
        noun = _term_noun(first)
        same = [m for m in seconds if _term_noun(m) == noun and m.start() > first.end()]
        if sum(1 for f in firsts if _term_noun(f) == noun) != 1 or len(same) != 1:
            continue
        second = same[0]
        a, b = _value(first.group("n")), _value(second.group("n"))
        unit_a, unit_b = first.group("unit").lower(), second.group("unit").lower()
        days_a, days_b = a * _DAYS_IN[unit_a], b * _DAYS_IN[unit_b]
        if abs(days_a - days_b) <= 0.05 * max(days_a, days_b):
            continue  # "18 months" and "an 18-month sentence", "one year" and "12 months"
        finding = pair_finding(claims, first.start(), second.start(), (
            f"'{first.group(0)}' vs '{second.group(0)}': two lengths for the one {noun} the article names\n"
            f"{a} {unit_a}{'s' if a != 1 else ''} and {b} {unit_b}{'s' if b != 1 else ''} cannot both be its length"))
        if finding is not None:
            yield finding


def _term_noun(m: re.Match[str]) -> str:
    """What a term is of: its noun, or the noun its verb implies ("jailed for" -> sentence); a
    prison "term" is a sentence."""
    noun = TERM_VERBS[m.group("verb").lower()] if "verb" in m.re.groupindex else m.group("noun").lower()
    return "sentence" if noun == "term" and re.search(r"(?:prison|jail)\s+term", m.group(0), re.IGNORECASE) else noun


def _currency(m: re.Match[str], p: str) -> str:
    word = (m.group(p + "word") or "").lower()
    if word in ("%", "percent", "per cent", "percent"):
        return "%"  # "turnout of 61%" ... "the 48% turnout": a share, told twice
    return currency_code(m.group(p + "cur") or word.replace(" ", ""))  # "Rs. " and "rs", "€" and "euros"


def _money_value(m: re.Match[str], p: str) -> float:
    scale = (m.group(p + "scale") or "").lower()
    return float(m.group(p + "num").replace(",", "")) * (SCALE_WORDS[scale] if scale else 1)


def _money_step(m: re.Match[str], p: str) -> float:
    """One unit of the last digit written ("2.4 million" -> 100,000): values closer are one rounded value."""
    number = m.group(p + "num").replace(",", "")
    decimals = len(number.split(".")[1]) if "." in number else 0
    return _money_value(m, p) / float(number) * 10 ** -decimals if float(number) else 1.0



# "The package ... is made up of £1.8m from libraries, £1.2m from street cleaning and £900,000 from
# parking": the parts a named sum is told to be made of.
_MADE_OF = re.compile(r"\b(?:made\s+up\s+of|consist(?:s|ed|ing)?\s+of|compris(?:es|ed|ing)|broken\s+down\s+into|"
                      r"split\s+(?:between|into)|divided\s+(?:between|into)|(?:split|divided)\s+[a-z]+\s+ways\s*:)"
                      r"\s+(?P<parts>(?:[^.;!?]|\.(?=\d))*)",
                      re.IGNORECASE)
_THE_NOUN_AT_START = re.compile(r"\W*[Tt]he\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,})\b")
_PART_AMOUNT = re.compile(_MONEY.format(p="a").replace(_CURRENCY_SIGN + "?", _CURRENCY_SIGN))  # the sign required
_PARTS_HEDGED = re.compile(r"\b(?:about|around|nearly|almost|some|roughly|more than|over|under|at least|up to|"
                           r"including|among|such as|rest|remainder|other)\b", re.IGNORECASE)


def _sum_made_of_parts(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "approved a £4.5m package of cuts" ... "The package ... is made up of £1.8m, £1.2m and
    £900,000": the named sum and the sum of the parts it is said to be made of must agree (to the
    last digit written). The sum is the one amount told before with the noun ("a £4.5m package",
    "a package of £4.5m") or its verb ("awarded $2.3 million" for "The award")."""
    for m in _MADE_OF.finditer(text):
        start, _ = sentence_of(text, m.start())
        subject = _THE_NOUN_AT_START.match(text, start)
        parts = list(_PART_AMOUNT.finditer(m.group("parts")))
        if subject is not None and len(parts) < 2 and not _PARTS_HEDGED.search(m.group("parts")):
            yield from _measure_made_of_parts(text, claims, m, subject.group("noun").lower(), start)
            continue
        if subject is None or len(parts) < 2 or _PARTS_HEDGED.search(m.group("parts")):
            continue
        noun = subject.group("noun").lower()
        verb = derived_verb(noun) or noun
        totals = []
        for total in _PART_AMOUNT.finditer(text, 0, start):
            near = text[max(0, total.start() - 40):total.end() + 30].lower()
            if re.search(rf"\b(?:{noun}|{verb}e?d)\b", near):
                totals.append(total)
        if len(totals) != 1 or any(_currency(p, "a") != _currency(totals[0], "a") for p in parts):
            continue
        total = totals[0]
        summed = sum(_money_value(p, "a") for p in parts)
        whole = _money_value(total, "a")
        step = max(_money_step(total, "a"), *(_money_step(p, "a") for p in parts))
        if abs(summed - whole) < step * 0.999:
            continue
        listed = " + ".join(p.group(0).strip() for p in parts)
        finding = pair_finding(claims, total.start(), m.start(), (
            f"'{total.group(0).strip()}' vs '{listed}': the parts do not add up to the {noun}\n"
            f"{' + '.join(f'{_money_value(p, chr(97)):,.10g}' for p in parts)} = {summed:,.10g}, not {whole:,.10g}"))
        if finding is not None:
            yield finding


_MEASURE_PART = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER}(?:\.\d+)?)\s*(?P<unit>[a-z]+)\b")


def _measure_made_of_parts(text: str, claims: list[Claim], m: re.Match[str], noun: str, start: int) -> Iterator[Finding]:
    """ "a catch limit of 4200 tonnes" ... "The limit is split between three fleets: ... 1900 tonnes,
    ... 1400 tonnes and ... 1100 tonnes": parts in one unit of measure against the total told with
    the noun; 4,400 is not 4,200."""
    parts = [p for p in _MEASURE_PART.finditer(m.group("parts")) if p.group("unit") in MEASURE_UNITS]
    if len(parts) < 2 or len({p.group("unit") for p in parts}) != 1:
        return
    unit = parts[0].group("unit")
    totals = [t for t in _MEASURE_PART.finditer(text, 0, start) if t.group("unit") == unit
              and re.search(rf"\b{noun}\b", text[max(0, t.start() - 40):t.end() + 30].lower())
              and not re.search(r"\b(?:from|down|up|last|previous)\s+$", text[max(0, t.start() - 12):t.start()])]
    if len(totals) != 1:
        return
    values = [float(p.group("n").replace(",", "")) for p in parts]
    whole = float(totals[0].group("n").replace(",", ""))
    if abs(sum(values) - whole) < 0.5 or any(v >= whole for v in values):
        return
    finding = pair_finding(claims, totals[0].start(), m.start(), (
        f"'{totals[0].group(0)}' vs '{' + '.join(p.group(0) for p in parts)}': the parts do not add up to the {noun}\n"
        f"{' + '.join(f'{v:,.10g}' for v in values)} = {sum(values):,.10g} {unit}, not {whole:,.10g}"))
    if finding is not None:
        yield finding


# "approved a budget of 420 million crowns. Of that, 250 million will go to schools and 210 million to
# roads": the shares a sum is divided into cannot come to more than the sum.
_OF_THAT_SUM = re.compile(r"\b[Oo]f\s+(?:that|this|it|the\s+(?:total|money|sum|amount))\s*,\s*(?P<parts>(?:[^.;!?]|\.(?=\d))*)")
_AMOUNT_IN_TEXT = re.compile(r"(?<![\w.,])" + _MONEY.format(p="m") + r"(?![\w.,]\d)", re.IGNORECASE)


def _shares_of_a_sum(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "a budget of 420 million crowns ... Of that, 250 million ... and 210 million ...": the parts
    (money goes one way only) come to 460 million, more than the 420 million there is."""
    for m in _OF_THAT_SUM.finditer(text):
        parts_text = m.group("parts")
        if _NOT_A_PARTITION.search(parts_text):
            continue
        parts = [p for p in _AMOUNT_IN_TEXT.finditer(parts_text) if p.group("mnum")]
        sums = [p for p in _AMOUNT_IN_TEXT.finditer(text, max(0, m.start() - 200), m.start())
                if p.group("mnum") and _currency(p, "m") not in ("", "%")]
        if len(parts) < 2 or not sums or any(_currency(p, "m") == "%" for p in parts):
            continue
        whole = sums[-1]
        total = _money_value(whole, "m")
        unit = _currency(whole, "m")
        if any(_currency(p, "m") not in ("", unit) for p in parts) or re.fullmatch(r"1[89]\d\d|20\d\d", whole.group("mnum")):
            continue
        values = [_money_value(p, "m") for p in parts]
        if sum(values) <= total * 1.001 or any(v >= total for v in values):
            continue  # within the sum, or a number that is no share of it ("of that, 2024's ...")
        listed = " + ".join(p.group(0).strip() for p in parts)
        finding = pair_finding(claims, whole.start(), m.start(), (
            f"'{whole.group(0).strip()}' vs '{listed}': the shares come to more than the sum\n"
            f"{sum(values):,.0f} is more than {total:,.0f}"))
        if finding is not None:
            yield finding



# "destroyed 37 homes. Of those, 22 were in Ashcombe and the other 12 along the lane": a group split
# into parts with "the other" or "the remaining" names every part, so they add up to the group.
_OF_THOSE_SPLIT = re.compile(
    rf"\b[Oo]f\s+(?:those|them|these|which|whom)\s*,\s*(?P<first>{_NUMBER}|\b(?:{_COUNT_WORD})\b)\b"
    rf"(?P<middle>[^.;!?]{{1,120}}?)\b(?:the\s+)?(?P<which>other|remaining|rest\s+of\s+the)\s+"
    rf"(?P<second>{_NUMBER}|\b(?:{_COUNT_WORD})\b)\b", re.IGNORECASE)


def _group_split_into_all_its_parts(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The wildfire destroyed 37 homes ... Of those, 22 were in Ashcombe and the other 12 stood
    along the lane": the two parts make the whole group told in the sentence before (its one count)."""
    for m in _OF_THOSE_SPLIT.finditer(text):
        if _NOT_A_PARTITION.search(m.group("middle")) or _PART_NUMBER.search(m.group("middle")):
            continue  # a third number, or approximate parts
        start, _ = sentence_of(text, m.start())
        before_start, _ = sentence_of(text, max(0, start - 2))
        first, second = _value(m.group("first")), _value(m.group("second"))
        # the group is bigger than either part: "enrolled 1,240 adults who averaged at least eight ..."
        counts = [c for c in _PART_NUMBER.finditer(text, before_start, start)
                  if not re.fullmatch(r"1[89]\d\d|20\d\d", c.group(1)) and _value(c.group(1)) > max(first, second)]
        if len(counts) != 1 or before_start >= start:
            continue
        whole = counts[0]
        total = _value(whole.group(1))
        if first + second == total or max(first, second) >= total:
            continue
        finding = pair_finding(claims, whole.start(), m.start(), (
            f"'{whole.group(0)}' vs '{m.group('first')} ... the {m.group('which')} {m.group('second')}': the parts do not "
            f"make the group\n{first:,} + {second:,} = {first + second:,}, not {total:,}"))
        if finding is not None:
            yield finding


# "Of the 1,080 reefs assessed, 412 showed severe bleaching, 389 were moderately affected and 319
# showed little or no bleaching": a group and all its parts in one sentence, the last part the rest.
_OF_THE_GROUP_PARTS = re.compile(
    rf"\b(?:[Oo]f|[Oo]ut\s+of)\s+(?:the|all|its|their)\s+(?:(?:roughly|about|some|around)\s+)?(?P<total>{_NUMBER})\s+"
    r"(?P<noun>[a-z]{3,})\b(?P<described>[^,;:.!?]{0,80}),\s*(?P<parts>[^.;!?]*)")
# What makes the last part the rest of the group, so the parts must add up exactly.
_REST_OF_THE_GROUP = re.compile(r"\b(?:no|none|not|neither|never|rest|remaining|remainder|others?|little\s+or\s+no)\b", re.IGNORECASE)


def _group_split_in_its_sentence(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Of the 1,080 reefs assessed, 412 showed severe bleaching, 389 were moderately affected and
    319 showed little or no bleaching": the last part is the rest, so the three make the group
    (1,120, not 1,080). Without a rest ("300 had diabetes and 250 had asthma") parts may overlap."""
    for m in _OF_THE_GROUP_PARTS.finditer(text):
        parts_text = m.group("parts")
        if _NOT_A_PARTITION.search(parts_text) or _NOT_A_PARTITION.search(m.group("described")):
            continue
        segments = [seg for seg in _PART_SEPARATOR.split(parts_text) if seg.strip()]
        while segments and not _PART_NUMBER.search(segments[-1]) and _REPORTING.search(segments[-1]):
            segments.pop()  # "..., the council said": who says so, not a part
        numbers = [_PART_NUMBER.findall(seg) for seg in segments]
        if len(segments) < 2 or any(len(found) != 1 for found in numbers) or not _REST_OF_THE_GROUP.search(segments[-1]):
            continue
        values, total = [_value(found[0]) for found in numbers], _value(m.group("total"))
        if sum(values) == total or max(values) >= total or re.fullmatch(r"1[89]\d\d|20\d\d", m.group("total")):
            continue
        listed = " + ".join(found[0] for found in numbers)
        finding = pair_finding(claims, m.start(), m.start("parts"), (
            f"'{m.group('total')} {m.group('noun')}' vs '{listed}': the parts do not make the group\n"
            f"{' + '.join(f'{v:,}' for v in values)} = {sum(values):,}, not {total:,} (the last part is the rest)"))
        if finding is not None:
            yield finding


# "Of that total, spring wheat made up 198,000 tonnes and canola 131,000 tonnes, with malt barley
# accounting for the remaining 93,000": every part of the total told before, the last the rest.
_OF_THE_TOTAL_TO_THE_REST = re.compile(
    r"\b[Oo]f\s+(?:that|the|this)\s+(?:total|figure|number|amount)\s*,\s*(?P<parts>[^.;!?]*?\b(?:the\s+)?"
    rf"(?:remaining|other|rest\s+of\s+the)\s+(?P<rest>{_NUMBER}))\b")


def _total_split_to_its_rest(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "delivered 412,000 tonnes ... Of that total, wheat made up 198,000 tonnes and canola 131,000
    tonnes, with barley accounting for the remaining 93,000": 422,000, not 412,000. The total is the
    one count in the sentence before that is bigger than every part."""
    for m in _OF_THE_TOTAL_TO_THE_REST.finditer(text):
        if _NOT_A_PARTITION.search(m.group("parts")):
            continue
        parts = [p for p in _PART_NUMBER.finditer(m.group("parts")) if not re.fullmatch(r"1[89]\d\d|20\d\d", p.group(1))]
        values = [_value(p.group(1)) for p in parts]
        if len(values) < 2:
            continue
        # the total: the first count before of the parts' unit ("412,000 tonnes ..., up from 367,000 tonnes"),
        # else the one count of the sentence before
        unit = re.match(r"\s*([a-z]{3,})", m.group("parts")[parts[0].end():])
        if unit is not None:
            counts = [c for c in re.finditer(rf"(?<![\w.,$€£-])({_NUMBER})\s+{unit.group(1)}\b", text[:m.start()])
                      if _value(c.group(1)) > max(values)]
        else:
            start, _ = sentence_of(text, m.start())
            before_start, _ = sentence_of(text, max(0, start - 2))
            counts = [c for c in _PART_NUMBER.finditer(text, before_start, start)
                      if not re.fullmatch(r"1[89]\d\d|20\d\d", c.group(1)) and _value(c.group(1)) > max(values)][-1:]
        if not counts:
            continue
        whole = counts[0]
        total = _value(whole.group(1))
        if sum(values) == total:
            continue
        finding = pair_finding(claims, whole.start(), m.start(), (
            f"'{whole.group(0)}' vs '{' + '.join(p.group(1) for p in parts)}': the parts do not make the total\n"
            f"{' + '.join(f'{v:,}' for v in values)} = {sum(values):,}, not {total:,} (the last part is the rest)"))
        if finding is not None:
            yield finding


_OF_THOSE_PARTS = re.compile(r"\b[Oo]f\s+(?:those|them|these|which|whom)\s*,\s*(?P<parts>[^.;!?]*)")


def _parts_of_those_exceed_the_group(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "logged 47 burglaries ... Of those, 19 were at homes, 21 targeted businesses and nine
    involved sheds": parts of one group come to 49, more than the 47 there are. Parts may leave
    some out, so only a sum above the group is a conflict."""
    for m in _OF_THOSE_PARTS.finditer(text):
        parts_text = m.group("parts")
        if _NOT_A_PARTITION.search(parts_text) or re.search(r"%|per\s?cent|percent", parts_text):
            continue
        parts = [p for p in _PART_NUMBER.finditer(parts_text) if not re.fullmatch(r"1[89]\d\d|20\d\d", p.group(1))]
        start, _ = sentence_of(text, m.start())
        before_start, _ = sentence_of(text, max(0, start - 2))
        counts = [c for c in _PART_NUMBER.finditer(text, before_start, start)
                  if not re.fullmatch(r"1[89]\d\d|20\d\d", c.group(1))]
        if len(parts) < 2 or len(counts) != 1 or before_start >= start:
            continue
        values, total = [_value(p.group(1)) for p in parts], _value(counts[0].group(1))
        if sum(values) <= total or max(values) >= total:
            continue
        listed = " + ".join(p.group(1) for p in parts)
        finding = pair_finding(claims, counts[0].start(), m.start(), (
            f"'{counts[0].group(0)}' vs '{listed}': the parts come to more than the group\n"
            f"{' + '.join(f'{v:,}' for v in values)} = {sum(values):,}, more than {total:,}"))
        if finding is not None:
            yield finding


# "halted from 6:15 a.m. to 9:45 a.m." ... "The two-hour shutdown": a clock span and its length.
_CLOCK_SPAN = re.compile(r"\b(?:from|between)\s+(?P<a>[^,;.]{1,12}?[ap]\.?m\.?|\d{1,2}[:.]\d{2})\s+(?:to|until|till|and)\s+"
                         r"(?P<b>[^,;]{1,12}?[ap]\.?m\.?|\d{1,2}[:.]\d{2})", re.IGNORECASE)
# "supply was cut at 6.15am and fully restored at 1.15pm": what stopped at one clock and came back at
# another, in one sentence.
_CLOCK_CUT_AND_RESTORED = re.compile(
    rf"\b(?P<cut>{'|'.join(INTERRUPTION_VERBS)})\s+(?:[a-z]+\s+){{0,3}}?at\s+(?P<a>{_CLOCK_WRITTEN})"
    rf"[^.;]{{0,60}}?\b(?:{'|'.join(RESUMPTION_VERBS)})\s+(?:[a-z]+\s+){{0,3}}?(?:at|by)\s+(?P<b>{_CLOCK_WRITTEN})",
    re.IGNORECASE)
_HOURS_LONG = re.compile(rf"\b(?P<n>\d{{1,2}}|{NUMBER_WORD_ALTERNATION}|an?|half-an|half\s+an)[- ](?P<unit>hour|minute)(?:-long)?\s+"
                         r"(?P<noun>[a-z]{4,})\b", re.IGNORECASE)


_DAY_AFTER_CLOCK = re.compile(rf"\s*(?:[A-Z]{{3,4}}\s+)?(?:on\s+|,\s*)?(?:{'|'.join(_WEEKDAY_NAMES)}|{MONTH_ALTERNATION})\b",
                              re.IGNORECASE)


def _clock_span_and_its_length(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Service was halted from 6:15 a.m. to 9:45 a.m." ... "The two-hour shutdown affected 18,000
    riders": three and a half hours is not two. One clock span and one length in hours or minutes
    in another sentence, the length's noun naming an event of the span's sentence's kind."""
    spans = list(_CLOCK_SPAN.finditer(text)) + list(_CLOCK_CUT_AND_RESTORED.finditer(text))
    lengths = list(_HOURS_LONG.finditer(text))
    if len(spans) != 1 or len(lengths) != 1:
        return
    span, length = spans[0], lengths[0]
    if sentence_of(text, span.start()) == sentence_of(text, length.start()):
        return
    days = [_DAY_AFTER_CLOCK.match(text, span.end(k)) for k in ("a", "b")]
    if all(days) and days[0].group(0).split()[-1].lower() != days[1].group(0).split()[-1].lower():  # type: ignore[union-attr]
        return  # "closed at 18:00 on Monday and reopened at 06:00 on Wednesday": days apart, read by durations
    clocks = [CLOCK.search(span.group(k)) for k in ("a", "b")]
    if any(c is None or clock_minutes(c) is None for c in clocks):
        return
    (start, about_a), (end, about_b) = clock_minutes(clocks[0]), clock_minutes(clocks[1])  # type: ignore[misc]
    minutes = (end - start) % (24 * 60)
    noun_classes_of = _event_classes_of(length.group("noun"))
    span_sentence = text[slice(*sentence_of(text, span.start()))]
    span_classes = _event_classes_in(span_sentence)
    if "cut" in span.groupdict() and span.group("cut"):
        span_classes |= STOPPAGE_CLASSES  # "cut at 6.15am and restored at 1.15pm": an interruption
    if not noun_classes_of & span_classes and not (noun_classes_of & STOPPAGE_CLASSES and span_classes & STOPPAGE_CLASSES):
        return
    written = length.group("n").lower().replace("-", " ")
    count = 0.5 if written.startswith("half") else 1 if written in ("a", "an") else (
        int(written) if written.isdigit() else NUMBER_WORDS[written])
    stated = count * (60 if length.group("unit").lower() == "hour" else 1)
    slack = 30 if length.group("unit").lower() == "hour" else max(5, 0.1 * stated)
    if about_a or about_b:
        slack += 15
    if abs(minutes - stated) <= slack:
        return
    finding = pair_finding(claims, span.start(), length.start(), (
        f"'{span.group(0)}' vs '{length.group(0)}': the length does not fit the times\n"
        f"{span.group('a')} to {span.group('b')} is {minutes // 60} h {minutes % 60:02d} min, not {length.group('n')} "
        f"{length.group('unit')}{'s' if count != 1 else ''}"), "temporal_conflict")
    if finding is not None:
        yield finding


def _event_classes_of(word: str) -> frozenset[str]:
    found = trigger_of(word.lower())
    return frozenset(c for c in found[0] if not c.startswith("=") and c != "*") if found else frozenset()


def _event_classes_in(sentence: str) -> frozenset[str]:
    return frozenset(c for c in quick_event_classes(sentence) if not c.startswith("=") and c != "*")


# "eight cars, three vans and two lorries": a list of counts of kinds of one thing.
_KINDS_LIST = re.compile(
    rf"(?<![\w.,$€£-])(?P<list>(?:(?:{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+[a-z]{{3,}}\s*,\s*)*"
    rf"(?:{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+[a-z]{{3,}}\s+and\s+(?:{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+[a-z]{{3,}})\b",
    re.IGNORECASE)
# "52 are oil paintings, alongside 19 drawings and 13 prints": the kinds go on a list begun before them.
_LIST_GOES_ON = re.compile(r"(?:,|\balongside|\balong\s+with|\bas\s+well\s+as|\bplus|\bbesides)\s*$", re.IGNORECASE)
_KIND_COUNT = re.compile(rf"(?P<n>{_NUMBER}|{NUMBER_WORD_ALTERNATION})\s+(?P<noun>[a-z]{{3,}})", re.IGNORECASE)


def _kinds_against_their_total(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Fourteen vehicles were involved" ... "eight cars, three vans and two lorries had been caught
    up in the crash": the kinds of one class (cars, vans and lorries are vehicles) make the total
    told with the class's general word, 13 not 14. Only with one such total in the article."""
    for m in _KINDS_LIST.finditer(text):
        parts = list(_KIND_COUNT.finditer(m.group("list")))
        nouns = [singular(p.group("noun").lower()) for p in parts]
        shared = set.intersection(*(set(noun_classes(n)) for n in nouns)) - {"person"} if nouns else set()
        if len(parts) < 2 or len(set(nouns)) != len(nouns) or not shared:
            continue
        start, end = sentence_of(text, m.start())
        if _NOT_A_PARTITION.search(text[start:end]) or _LIST_GOES_ON.search(text, start, m.start()):
            continue
        totals = [c for c in _KIND_COUNT.finditer(text) if not (m.start() <= c.start() < m.end())
                  and singular(c.group("noun").lower()) not in nouns
                  and set(noun_classes(singular(c.group("noun").lower()))) & shared]
        if len({_value(c.group("n")) for c in totals}) != 1:
            continue
        total = totals[0]
        values = [_value(p.group("n")) for p in parts]
        said = _value(total.group("n"))
        if sum(values) == said or max(values) >= said:
            continue
        if _NOT_A_PARTITION.search(text[slice(*sentence_of(text, total.start()))]):
            continue
        finding = pair_finding(claims, total.start(), m.start(), (
            f"'{total.group(0)}' vs '{m.group('list')}': the kinds do not add up to the total\n"
            f"{' + '.join(f'{v:,}' for v in values)} = {sum(values):,}, not {said:,}"))
        if finding is not None:
            yield finding


# "confirmed on Tuesday a total of 37 cases" ... "Of the 52 cases confirmed on Tuesday": one day's count.
_DAY_WORD = rf"(?:{'|'.join(_WEEKDAY_NAMES)}|(?:{MONTH_ALTERNATION})\.?\s+\d{{1,2}})"
_COUNT_VERB = r"(?:confirmed|reported|recorded|registered|logged|counted|identified)"
_DAY_THEN_COUNT = re.compile(
    rf"\b(?P<verb>{_COUNT_VERB})\s+on\s+(?P<day>{_DAY_WORD})\s+(?:a\s+total\s+of\s+)?"
    rf"(?P<n>{_NUMBER})\s+(?P<noun>[a-z]{{3,}})", re.IGNORECASE)
_COUNT_THEN_DAY = re.compile(
    rf"(?<![\w.,])(?P<n>{_NUMBER})\s+(?P<noun>[a-z]{{3,}})\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    rf"(?P<verb>{_COUNT_VERB})\s+on\s+(?P<day>{_DAY_WORD})\b", re.IGNORECASE)
_INCREMENT_BEFORE = re.compile(r"\b(?:new|more|additional|further|another|extra|latest)\s+$", re.IGNORECASE)


def _one_days_count_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "Officials confirmed on Tuesday a total of 37 cases" ... "Of the 52 cases confirmed on
    Tuesday": the count confirmed on one day is one number. Not for increments ("12 new cases")."""
    told: dict[tuple[str, str, str], list[re.Match[str]]] = {}
    for m in [*_DAY_THEN_COUNT.finditer(text), *_COUNT_THEN_DAY.finditer(text)]:
        if _INCREMENT_BEFORE.search(text, max(0, m.start("n") - 20), m.start("n")) or (
                m.group("noun").lower() in ("new", "more", "additional", "further", "extra")):
            continue
        key = (m.group("verb").lower(), " ".join(m.group("day").lower().split()), singular(m.group("noun").lower()))
        told.setdefault(key, []).append(m)
    for (verb, day, noun), matches in told.items():
        values = {_value(m.group("n")) for m in matches}
        if len(matches) != 2 or len(values) != 2:
            continue
        first, second = sorted(matches, key=lambda m: m.start())
        finding = pair_finding(claims, first.start(), second.start(), (
            f"'{first.group(0)}' vs '{second.group(0)}': two counts of the {noun}s {verb} on {day.title()}\n"
            f"the {noun}s {verb} on one day are one number, not {' and '.join(f'{v:,}' for v in sorted(values))}"))
        if finding is not None:
            yield finding


# "escaped with watches worth an estimated £380,000" ... "got away with about £180,000 worth of stock".
_HAUL = re.compile(
    r"\b(?:escaped|got\s+away|made\s+off|fled|left)\s+with\s+(?:[^.;£$€]{0,50}?\b(?:worth|valued\s+at)\s+)?"
    r"(?P<hedge>an\s+estimated\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    + _MONEY.format(p="a"), re.IGNORECASE)


def _one_haul_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "escaped with watches and rings worth an estimated £380,000" ... "These men got away with about
    £180,000 worth of stock": what one theft took, told twice, must agree within its hedges. Only
    with exactly two such hauls in the article and no other raid told."""
    hauls = [m for m in _HAUL.finditer(text) if m.group("acur") or m.group("aword")]
    if len(hauls) != 2 or _currency(hauls[0], "a") != _currency(hauls[1], "a") or re.search(
            r"\b(?:another|second|earlier|previous|separate|similar)\s+(?:raid|robbery|theft|burglary|heist|break-in)",
            text, re.IGNORECASE):
        return
    (low_a, high_a), (low_b, high_b) = (_hedged_bounds(_money_value(m, "a"), m.group("hedge")) for m in hauls)
    if not (high_a < low_b or high_b < low_a):
        return
    first, second = hauls
    finding = pair_finding(claims, first.start(), second.start(), (
        f"'{first.group(0).strip()}' vs '{second.group(0).strip()}': two amounts for what one theft took\n"
        f"{_money_value(first, 'a'):,.10g} and {_money_value(second, 'a'):,.10g} cannot both be the haul"))
    if finding is not None:
        yield finding


# "drew a record 42,000 people over three days" ... "just over 24,000 people come through the gates".
_CROWD_HEDGE = (r"(?P<{p}hedge>a\s+record\s+|an\s+estimated\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|"
                r"more\s+than\s+|over\s+|just\s+over\s+|just\s+under\s+)?")
_CROWD_NOUN = r"(?:people|visitors|fans|spectators|festival-goers|festivalgoers|revellers|racegoers|concertgoers)"
_ATTENDANCE = re.compile(
    r"\b(?:drew|attracted|welcomed|pulled\s+in)\s+" + _CROWD_HEDGE.format(p="a") + rf"(?P<a>{_NUMBER})\s+{_CROWD_NOUN}\b"
    r"|(?<![\w,.])" + _CROWD_HEDGE.format(p="b") + rf"(?P<b>{_NUMBER})\s+{_CROWD_NOUN}\s+(?:\w+\s+){{0,2}}?"
    r"(?:come|came|coming|pass|passed|passing|walk|walked)\s+through\s+the\s+(?:gates|turnstiles|doors)\b",
    re.IGNORECASE)
_ONE_DAY_OF_IT = re.compile(rf"\b(?:alone|a\s+day|each\s+day|per\s+day|daily|on\s+(?:{'|'.join(_WEEKDAY_NAMES)})|"
                            r"on\s+(?:the|its)\s+(?:first|opening|final|last|second)\s+day)\b", re.IGNORECASE)
_OTHER_EDITION = re.compile(r"\b(?:last\s+year|previous|in\s+(?:19|20)\d\d|a\s+year\s+(?:ago|earlier)|since)\b", re.IGNORECASE)


def _one_crowd_twice(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The festival drew a record 42,000 people over three days" ... "To see just over 24,000
    people come through the gates across the weekend": one event's attendance, told twice, must
    agree within its hedges. Only two such counts, neither of another year or edition."""
    crowds = list(_ATTENDANCE.finditer(text))
    if len(crowds) != 2:
        return
    bounds = []
    for m in crowds:
        p = "a" if m.group("a") else "b"
        if _OTHER_EDITION.search(text, max(0, m.start() - 30), min(len(text), m.end() + 30)):
            return  # "drew 38,000 last year": another edition's crowd
        if _ONE_DAY_OF_IT.search(text, m.end(), min(len(text), m.end() + 40)):
            return  # "24,000 people ... on Saturday alone": one day's crowd, a part of the whole
        bounds.append(_hedged_bounds(_value(m.group(p)), m.group(p + "hedge")))
    (low_a, high_a), (low_b, high_b) = bounds
    if not (high_a < low_b or high_b < low_a):
        return
    first, second = crowds
    finding = pair_finding(claims, first.start(), second.start(), (
        f"'{first.group(0).strip()}' vs '{second.group(0).strip()}': two counts of one crowd\n"
        f"the people at one event cannot be both {first.group('a') or first.group('b')} and "
        f"{second.group('a') or second.group('b')}"))
    if finding is not None:
        yield finding


# ------------------------------------------------------------------------ a length between two dates

_DAY_OF_MONTH = (rf"(?:(?P<{{m}}>{MONTH_ALTERNATION})\.?\s+(?P<{{d}}>\d{{{{1,2}}}})(?:st|nd|rd|th)?"
                 rf"|(?P<{{d}}b>\d{{{{1,2}}}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{{m}}b>{MONTH_ALTERNATION})\b)")
_DATE_RANGE = re.compile(
    r"\bfrom\s+" + _DAY_OF_MONTH.format(m="m1", d="d1") + r"\s+(?:to|until|till|through|and)\s+"
    r"(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?!\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + MONTH_ALTERNATION + r")\b)(?!\d)|"
    + _DAY_OF_MONTH.format(m="m3", d="d3") + r")",
    re.IGNORECASE)
# "opened on March 3 and closed on March 7": a start and an end told with their dates.
_BEGAN_AND_ENDED = re.compile(
    r"\b(?:began|started|opened|kicked\s+off|got\s+under\s?way)\s+(?:on\s+)?" + _DAY_OF_MONTH.format(m="m1", d="d1")
    + r"\b[^.;]{0,60}?\b(?:ended|finished|closed|concluded|wrapped\s+up|adjourned)\s+(?:on\s+)?"
    + _DAY_OF_MONTH.format(m="m3", d="d3"),
    re.IGNORECASE)
_END_WORDS = ("ended", "finished", "closed", "concluded", "wrapped", "adjourned")
# "the nine-day trial": a length named with the thing it measures, anywhere in the article.
_NAMED_LENGTH = re.compile(
    rf"\b[Tt]he\s+(?P<n2>\d{{1,2}}|{'|'.join(w for w in NUMBER_WORDS if ' ' not in w)})-(?P<unit2>day|week)\s+"
    r"(?P<noun>[a-z]{4,})(?:\s+(?P<noun2>[a-z]{4,}))?\b")
_LENGTH_IN_DAYS = re.compile(
    rf"\b(?:for|lasting|lasted|over)\s+(?P<n>{_NUMBER}|{'|'.join(w for w in NUMBER_WORDS if ' ' not in w)})\s+"
    rf"(?P<unit>days|weeks)\b|\b(?P<n2>\d{{1,2}}|{'|'.join(w for w in NUMBER_WORDS if ' ' not in w)})-(?P<unit2>day|week)\b",
    re.IGNORECASE)


def _date_range_lengths(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The festival ran for five days, from October 14 to October 22": in one sentence, a length in
    days or weeks and the two dates the thing ran between must agree (counted with or without the
    last day; weeks to within a few days)."""
    named_lengths = list(_NAMED_LENGTH.finditer(text))
    for claim in claims:
        window = text[claim.start:claim.end]
        ranges = list(_DATE_RANGE.finditer(window)) if "from" in window else []
        if not ranges and any(word in window for word in _END_WORDS):
            ranges = list(_BEGAN_AND_ENDED.finditer(window))
        lengths = [(claim.start, m) for m in _LENGTH_IN_DAYS.finditer(window)]
        if not lengths and len(named_lengths) == 1:
            # "The trial opened on March 3 and closed on March 7 ... the nine-day trial": the length
            # names what the sentence with the dates is about
            named = named_lengths[0]
            nouns = [word for word in (named.group("noun"), named.group("noun2")) if word]
            if any(re.search(rf"\b{noun}\b", window, re.IGNORECASE) for noun in nouns) and not (
                    claim.start <= named.start() < claim.end):
                lengths = [(0, named)]
        if len(ranges) != 1 or len(lengths) != 1:
            continue
        days = _days_between(ranges[0])
        offset, length = lengths[0]
        written = length.groupdict().get("n") or length.group("n2")
        unit = (length.groupdict().get("unit") or length.group("unit2")).lower()
        stated = _value(written) * (7 if unit.startswith("week") else 1)
        if days is None or days <= 0:
            continue
        slack = 3 if unit.startswith("week") else 0
        if days - 1 - slack <= stated <= days + slack:
            continue  # "from the 14th to the 18th" is four days, or five counting both ends
        finding = pair_finding(claims, offset + length.start(), claim.start + ranges[0].start(), (
            f"'{length.group(0)}' vs '{ranges[0].group(0)}': the length does not fit the dates\n"
            f"the dates span {days} days counting both ends, not {stated}"), "temporal_conflict")
        if finding is not None:
            yield finding


# "ran from January 2023 through December 2024": two months of two years a thing ran between.
_MONTH_YEAR_RANGE = re.compile(
    rf"\bfrom\s+(?:(?:early|mid|late)[- ])?(?P<m1>{MONTH_ALTERNATION})\.?\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|until|till|through|and)\s+"
    # "until it was lifted in May 2023"
    rf"(?:(?:it|they|the\s+\w+)\s+(?:was|were)\s+[a-z]+\s+in\s+)?(?:(?:early|mid|late)[- ])?(?P<m2>{MONTH_ALTERNATION})\.?\s+(?P<y2>(?:19|20)\d\d)\b", re.IGNORECASE)
# "The 18-month study", "a two-year project", "lasted 18 months"
_LENGTH_IN_MONTHS = re.compile(
    rf"(?<![\w-])(?P<n>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})[- ](?P<unit>month|year)(?:-long)?\s+(?P<noun>[a-z]{{4,}})\b"
    rf"|\b(?:for|lasting|lasted|over|took)\s+(?P<n2>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})\s+(?P<unit2>month|year)s?\b",
    re.IGNORECASE)


def _month_range_lengths(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The 18-month study ran from January 2023 through December 2024": in one sentence, a length in
    months or years told before the two months the thing ran between (24 months counting both, 23
    without)."""
    for claim in claims:
        window = text[claim.start:claim.end]
        ranges = list(_MONTH_YEAR_RANGE.finditer(window))
        if len(ranges) != 1:
            continue
        span = ranges[0]
        # the length of what ran: the one told before the dates ("The 18-month study ran from"),
        # not another after them ("..., after a six-month pilot")
        lengths = [m for m in _LENGTH_IN_MONTHS.finditer(window, 0, span.start())]
        if not lengths:
            continue
        length = lengths[-1]
        months = ((int(span.group("y2")) - int(span.group("y1"))) * 12 + MONTHS[span.group("m2").lower()]
                  - MONTHS[span.group("m1").lower()] + 1)  # counting both months
        unit = (length.group("unit") or length.group("unit2")).lower()
        stated = _value(length.group("n") or length.group("n2")) * (12 if unit == "year" else 1)
        slack = 6 if unit == "year" else 1
        if months <= 1 or months - 1 - slack <= stated <= months + slack:
            continue
        finding = pair_finding(claims, claim.start + length.start(), claim.start + span.start(), (
            f"'{length.group(0)}' vs '{span.group(0)}': the length does not fit the dates\n"
            f"the dates span {months} months counting both, not {stated}"), "temporal_conflict")
        if finding is not None:
            yield finding


# "began on Monday and ended on Friday", "from Monday to Wednesday": two weekdays a thing ran between.
_WEEKDAY_RANGE = re.compile(
    r"\b(?:(?:began|started|opened|kicked off)\s+on\s+(?P<a>" + "|".join(_WEEKDAY_NAMES) + r")\b[^.;]{0,40}?\b"
    r"(?:ended|finished|closed|wrapped up|concluded)\s+on\s+(?P<b>" + "|".join(_WEEKDAY_NAMES) + r")"
    r"|from\s+(?P<a2>" + "|".join(_WEEKDAY_NAMES) + r")\s+(?:to|until|through)\s+(?P<b2>" + "|".join(_WEEKDAY_NAMES) + r"))\b",
    re.IGNORECASE)


def _weekday_range_lengths(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The three-day strike began on Monday and ended on Friday": Monday to Friday is five days
    (four without the last). One length and one pair of weekdays in one sentence."""
    for claim in claims:
        window = text[claim.start:claim.end]
        ranges, lengths = list(_WEEKDAY_RANGE.finditer(window)), list(_LENGTH_IN_DAYS.finditer(window))
        if len(ranges) != 1 or len(lengths) != 1:
            continue
        length, weekdays = lengths[0], ranges[0]
        if (length.group("unit") or length.group("unit2")).lower().startswith("week"):
            continue
        first = (weekdays.group("a") or weekdays.group("a2")).lower()
        last = (weekdays.group("b") or weekdays.group("b2")).lower()
        days = (_WEEKDAY_NAMES.index(last) - _WEEKDAY_NAMES.index(first)) % 7 + 1
        stated = _value(length.group("n") or length.group("n2"))
        if stated in (days, days - 1) or stated > 7:
            continue  # both ends counted or not; more than a week wraps weekdays around
        finding = pair_finding(claims, claim.start + length.start(), claim.start + weekdays.start(), (
            f"'{length.group(0)}' vs '{weekdays.group(0)}': the length does not fit the days\n"
            f"{first.capitalize()} to {last.capitalize()} is {days} days counting both ends, not {stated}"),
            "temporal_conflict")
        if finding is not None:
            yield finding


# "began a five-day strike on Monday" ... "The walkout, which ends on Sunday": the length, its first
# weekday and, in another sentence, its last.
_LENGTH_BEGUN_ON = re.compile(
    rf"\b(?:began|begins|started|starts|launched|launches|opened|opens)\s+(?:a|an|their|its|his|her)\s+"
    rf"(?P<n>\d|{'|'.join(w for w in NUMBER_WORDS if ' ' not in w and NUMBER_WORDS[w] <= 7)})-day\s+(?:[a-z]+\s+)?"
    rf"(?P<noun>[a-z]{{4,}})\s+(?:[^.;]{{0,30}}?\s)?on\s+(?P<day>{'|'.join(_WEEKDAY_NAMES)})\b", re.IGNORECASE)
_ENDS_ON = re.compile(
    rf"\b(?:ends|ended|will\s+end|is\s+due\s+to\s+end|finishes|finished|will\s+finish|runs\s+until|run\s+until)\s+"
    rf"(?:on\s+)?(?P<day>{'|'.join(_WEEKDAY_NAMES)})\b", re.IGNORECASE)


def _length_begun_and_ended(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "began a five-day strike on Monday" ... "The walkout, which ends on Sunday": Monday to Sunday
    is seven days. One such length and one end in the article."""
    begun, ends = list(_LENGTH_BEGUN_ON.finditer(text)), list(_ENDS_ON.finditer(text))
    if len(begun) != 1 or len(ends) != 1 or ends[0].start() < begun[0].end():
        return
    first, last = begun[0], ends[0]
    start_day, end_day = _WEEKDAY_NAMES.index(first.group("day").lower()), _WEEKDAY_NAMES.index(last.group("day").lower())
    days = (end_day - start_day) % 7 + 1
    stated = _value(first.group("n"))
    if stated in (days, days - 1):
        return
    finding = pair_finding(claims, first.start(), last.start(), (
        f"'{first.group(0)}' vs '{last.group(0)}': the length does not fit the days\n"
        f"{first.group('day').capitalize()} to {last.group('day').capitalize()} is {days} days counting both ends, "
        f"not {stated}"), "temporal_conflict")
    if finding is not None:
        yield finding


# "The festival opens on July 3 and closes on July 9 ... across its ten days": two dated ends and a length.
_OPENS_AND_CLOSES = re.compile(
    rf"\b(?:opens|opened|begins|began|starts|started|runs\s+from|ran\s+from)\s+(?:on\s+)?(?P<m1>{MONTH_ALTERNATION})\.?\s+"
    rf"(?P<d1>\d{{1,2}})\b[^.;]{{0,20}}?\b(?:and\s+)?(?:closes|closed|ends|ended|finishes|finished|runs\s+until|ran\s+until|"
    rf"until|to)\s+(?:on\s+)?(?P<m2>{MONTH_ALTERNATION})\.?\s+(?P<d2>\d{{1,2}})\b", re.IGNORECASE)
_ITS_DAYS = re.compile(rf"\b(?:its|their|the)\s+(?P<n>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})\s+days\b"
                       rf"|\b(?P<n2>\d{{1,2}}|{NUMBER_WORD_ALTERNATION})-day\s+(?:festival|event|run|show|fair|conference|"
                       r"tournament|championships?|games|exhibition|season|series|strike|walkout|trial|visit|tour)\b",
                       re.IGNORECASE)


def _dated_ends_and_their_days(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The festival opens on July 3 and closes on July 9" ... "across its ten days": July 3 to 9 is
    seven days counting both ends. One pair of ends and one length in days in the article."""
    spans, lengths = list(_OPENS_AND_CLOSES.finditer(text)), list(_ITS_DAYS.finditer(text))
    if len(spans) != 1 or len(lengths) != 1:
        return
    span, length = spans[0], lengths[0]
    span_sentence = sentence_of(text, span.start())
    if length.group("n") and sentence_of(text, length.start()) != span_sentence:
        return  # "its ten days" is the span's own event only in the span's sentence
    if length.group("n2"):
        noun = length.group(0).split()[-1].lower()
        if noun not in text[slice(*span_sentence)].lower() and not (
                _event_classes_of(noun) & _event_classes_in(text[slice(*span_sentence)])):
            return  # "The inquiry began on May 4 and ended on May 6. A six-day strike followed": another event
    try:
        first = date(2000, MONTHS[span.group("m1").lower().rstrip(".")], int(span.group("d1")))
        last = date(2000, MONTHS[span.group("m2").lower().rstrip(".")], int(span.group("d2")))
    except (KeyError, ValueError):
        return
    if last < first:
        return
    days = (last - first).days + 1
    stated = _value(length.group("n") or length.group("n2"))
    if stated in (days, days - 1):
        return
    finding = pair_finding(claims, span.start(), length.start(), (
        f"'{span.group(0)}' vs '{length.group(0)}': the length does not fit the dates\n"
        f"{span.group('m1')} {span.group('d1')} to {span.group('m2')} {span.group('d2')} is {days} days counting "
        f"both ends, not {stated}"), "temporal_conflict")
    if finding is not None:
        yield finding


# "was switched off on Monday after 11 years" ... "The observatory, launched in March 2017": the years
# between the start and the dated end.
_AFTER_YEARS = re.compile(rf"\bafter\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+)?(?P<n>\d{{1,2}}|"
                          rf"{NUMBER_WORD_ALTERNATION})\s+years\b", re.IGNORECASE)
_STARTED_IN = re.compile(
    rf"\b(?:launched|opened|founded|established|built|commissioned|inaugurated|began\s+operating|entered\s+service)\s+"
    rf"(?:on\s+\d{{1,2}}\s+)?in\s+(?:(?P<month>{MONTH_ALTERNATION})\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _years_after_a_start(text: str, claims: list[Claim]) -> Iterator[Finding]:
    """ "The telescope was switched off on Monday after 11 years of observations" ... "The
    observatory, launched in March 2017, ...": March 2017 to July 2026 is about nine years. One
    such length, dated by its own sentence, and one start in the article; hedged lengths pass."""
    lengths, starts = list(_AFTER_YEARS.finditer(text)), list(_STARTED_IN.finditer(text))
    if len(lengths) != 1 or len(starts) != 1 or "more than" in lengths[0].group(0).lower():
        return
    length, start = lengths[0], starts[0]
    claim = claim_at(claims, length.start())
    ends = [t for t in (claim.times if claim else []) if t.earliest and t.latest and t.earliest[:7] == t.latest[:7]]
    if claim is None or len(ends) != 1 or claim_at(claims, start.start()) is claim:
        return
    end = date.fromisoformat(ends[0].earliest)
    month = MONTHS[start.group("month").lower().rstrip(".")] if start.group("month") else 7
    elapsed = (end.year - int(start.group("year"))) + (end.month - month) / 12
    stated = _value(length.group("n"))
    if abs(elapsed - stated) <= (1.0 if start.group("month") else 1.5):
        return
    finding = pair_finding(claims, start.start(), length.start(), (
        f"'{start.group(0)}' vs '{length.group(0)}' ({ends[0].text}): the years do not fit\n"
        f"{start.group('month') or ''} {start.group('year')} to {end.isoformat()} is about {elapsed:.0f} years, "
        f"not {stated}").replace("  ", " ").replace("' ( ", "' ("), "temporal_conflict")
    if finding is not None:
        yield finding


def _days_between(m: re.Match[str]) -> int | None:
    """Days from the first date to the second, both ends counted, in a leap year (the year is not read)."""
    first_month = MONTHS[(m.group("m1") or m.group("m1b")).lower()]
    first_day = int(m.group("d1") or m.group("d1b"))
    if m.groupdict().get("d2"):
        last_month, last_day = first_month, int(m.group("d2"))
    else:
        last_month, last_day = MONTHS[(m.group("m3") or m.group("m3b")).lower()], int(m.group("d3") or m.group("d3b"))
    try:
        start, end = date(2000, first_month, first_day), date(2000, last_month, last_day)
    except ValueError:
        return None
    if end < start:
        end = date(2001, last_month, min(last_day, 28 if last_month == 2 else last_day))  # "from December 28 to January 3"
    return (end - start).days + 1


_RULES = (
    (((" a day", " a week", " a month", " a year", " per day", " per month", " per year"), ("for ", "over ")),
     _rate_over_a_period),
    (((*RESULT_VERBS, *RESULT_NOUNS), (" goal", " point", " tries", "-goal", "-point", "touchdown")), _margin_of_the_one_result),
    ((GIVING_VERBS, (" from ", " by ")), _amount_from_its_giver),
    ((("further", "another", "additional", "extra", "more"), ("total", "tally", "number", "toll", "count")),
     _running_totals),
    ((("vote", "voting", "ballot", "tally", "against"), ("margin", "majority", " by ", "apart")), _vote_margins),
    ((("vote", "ballot", "tally", "against", "decision", "verdict"),), _one_vote_tallied_twice),
    ((("votes",),), _one_candidates_votes_twice),
    ((("voted", "cast"), ("all ",)), _tally_of_all_who_voted),
    ((("drew", "attracted", "welcomed", "pulled in", "through the gates", "through the turnstiles"),), _one_crowd_twice),
    ((("escaped with", "got away with", "made off with", "fled with", "left with"),), _one_haul_twice),
    ((("after ",), (" years",), ("launched", "opened", "founded", "established", "built", "commissioned", "inaugurated",
                                "began operating", "entered service")), _years_after_a_start),
    ((("days", "-day"), ("open", "begin", "began", "start", "runs from", "ran from")), _dated_ends_and_their_days),
    ((("confirmed on", "reported on", "recorded on", "registered on", "logged on", "counted on", "identified on"),),
     _one_days_count_twice),
    ((("point lead", "points lead", "point advantage", "point gap", "-point"),), _lead_of_two_shares),
    ((("hour", "minute"), (" from ", " between ", *RESUMPTION_VERBS), ("am", "pm", "a.m", "p.m", ":")),
     _clock_span_and_its_length),
    ((("%", "per cent", "percent"), ("vote", "ballot", "poll")), _vote_shares),
    ((("%", "per cent", "percent"), (" of the vote",)), _one_candidates_share_twice),
    ((("%", "per cent", "percent"), ("poll", "survey", "questioned", "surveyed", "respondents", "asked")),
     _poll_answers_over_a_hundred),
    ((("-year-old",),), _two_ages),
    (((", ", " ("),), _one_name_two_ages),
    ((("days earlier", "days later", "days before", "days after", "day earlier", "day later"),), _weekday_offsets),
    ((("day after", "day before", "days after", "days before"),), _weekdays_around_an_event),
    ((("minutes later", "minute later", "hours later", "hour later", "minutes after", "hours after", "hour after",
       "minutes afterwards", "hours afterwards", "minutes into", "hours into"),), _clock_offsets),
    ((("minutes after", "minute after", "hours after", "hour after"),), _offset_between_two_clocked_events),
    ((tuple(_FACTORS),), _multiples),
    ((tuple(_FACTORS), (" to ",)), _multiples_to_a_level),
    ((tuple(_FACTORS), (" from ",), (" to ",)), _multiple_against_its_change),
    (((" more ", "further", "another", "additional", "an extra"), (" from ",), (" to ",)), _rise_by_its_addition),
    ((("%", "per cent", "percent"), ("the ",)), _share_of_a_part_named_again),
    ((("of those", "of them", "of these", "of which", "of whom"), ("other", "remaining", "rest of")),
     _group_split_into_all_its_parts),
    ((("of those", "of them", "of these", "of which", "of whom"),), _parts_of_those_exceed_the_group),
    (((" and ",),), _kinds_against_their_total),
    ((("made up of", "consist", "compris", "broken down into", "split between", "split into", "divided between",
       "divided into", " ways:"),), _sum_made_of_parts),
    (((":", "—", "–"), (" and ",)), _parts_of_a_total),
    (((" more than ", " fewer than ", " less than ", " higher than ", " lower than ", " up on ", " down on "), (", when ",)),
     _differences_told),
    ((("turnout",), (" vote", " voted", " ballot", "turned out")), _turnout_of_the_counts),
    (((" or injured", " or wounded", " or hurt", "casualties"), ("kill",)), _dead_and_injured_make_the_casualties),
    ((("'s ", "’s "),), _owned_count_restated),
    ((("of that,", "of this,", "of it,", "of the total,", "of the money,", "of the sum,", "of the amount,"),),
     _shares_of_a_sum),
    ((tuple({*FRACTION_WORDS, "%", "per cent", "percent", "one in ", "two in ", "three in ", "four in ", "1 in "}),
      (" of ",)), _shares_of_a_whole),
    (((" from ", " ended ", " closed ", " finished ", " concluded ", " adjourned "), ("day", "week")),
     _date_range_lengths),
    ((("-day", " days"), ("began on", "started on", "opened on", "kicked off on", "from ")), _weekday_range_lengths),
    ((("-month", " months", "-year", " years"), ("from ",)), _month_range_lengths),
    (((" of ", " worth ", " valued at ", " for ", *(f"{verb} " for verb in AMOUNT_VERBS)),
      ("the ", "their ", "his ", "her ", "its ")), _one_amount_twice),
    ((("-year ", "-month ", "-week ", "-day "),), _one_term_twice),
    (((" of the ",), ("remaining",)), _rest_of_a_group),
    ((("of them",), ("the other ", "the remaining ")), _others_of_them),
    (((" of the ",), ("the other ", "the remaining ")), _part_and_the_others_of_a_described_group),
    ((("non-", "non "),), _kind_and_its_complement),
    ((("carrying ", "carried ", " with "), ("remaining",)), _rest_of_a_carried_group),
    ((("of those ", "of the people ", "of the ones "),), _of_those_who),
    ((tuple(f" {noun}" for noun in RESULT_NOUNS), ("-", "–")), _one_score_twice),
    ((("%", "per cent", "percent"), (" of ", "among ")), _percent_of_a_stated_whole),
    (((" on board", " aboard"), (" and ",)), _everyone_aboard),
    ((("magnitude",),), _one_quake_two_magnitudes),
    (((" times the ", "twice the ", "double the ", "triple the ", "half the "),), _times_another),
    ((tuple(f"-{unit} " for unit in LENGTH_UNITS) + tuple(f" {unit} " for unit in LENGTH_UNITS),
      (" long", " high", " tall", " deep", " wide", "-")), _one_size_twice),
    ((("percentage point", "per cent point", "percent point", "percentage-point"),), _percentage_points),
    ((("of them", "of whom"),), _parts_of_them),
    ((("remaining", "balance of", "the rest", "remainder"),), _amounts_shared_to_the_rest),
    ((("of its ", "of their ", "of the "), (" in ", "%", "per cent", "percent")), _share_of_a_part_told_before),
    ((("still looking", "still searching", "still hunting"), ("missing", "unaccounted")), _still_missing_twice),
    ((("scheduled to", "due to", "timetabled to", "set to", "expected to"), ("delay", "wait", "hold-up", "holdup")),
     _delay_of_a_due_time),
    ((("consecutive", "concurrent"), ("total", " in all")), _terms_and_their_total),
    ((("remaining", "the other", "rest of the"), ("total", "figure", "number", "amount")), _total_split_to_its_rest),
    (((" who ", " that "), ("voted", "backed", "supported", "opposed", "rejected")), _one_side_of_a_vote_twice),
    ((("of the ", "out of the ", "of all ", "of its ", "of their "),), _group_split_in_its_sentence),
    (((" each", " apiece", " per "), ("total", " in all", " or ", "worth")), _unit_prices),
    ((("each", "apiece", " per ", "price of", "cost of"), tuple(sorted(PURCHASE_NOUNS))),
     _priced_quantity_against_its_named_total),
    ((("hat-trick", "hat trick", "brace", "scored", "netted"),), _one_players_goals),
    ((("pleaded guilty", "pled guilty", "admitted"), ("which", "that", " the ")), _charges_pleaded_to_twice),
    ((("-wicket", " wickets"), (" for ", "/")), _wickets_in_hand_against_the_chase),
    ((("-day ",), ("end", "finish", "run until")), _length_begun_and_ended),
)
