"""Who says a claim: source, cue, kind, hedges and attribution chains.

One engine of named rules, tried in order (``CLAIM_RULES`` for the claim's own
attribution by its shape, ``ANCHORED_RULES`` for every cue word of the lexicon's one
cue inventory); each result records the rule that produced it, and explanations name it.
A claim whose content reports further speakers ("X told Y that Z said ...") carries them
as ``hops``, outermost first, each with its cue, kind and source type.

The claim's own attribution (``find_attribution``) is the first ``CLAIM_RULES`` shape that fits:
1. "according to SOURCE" anywhere;
2. trailing: "CONTENT, SOURCE said." / '"CONTENT," SOURCE reported, citing INNER.';
3. inverted: '"CONTENT," said SOURCE.';
4. leading: "SOURCE said (that) CONTENT" / "SOURCE told reporters CONTENT";
5. inside: "The strike, the union said, will go on."
A shape counts only when its source phrase looks like a noun phrase; participles and
clause-only cues ("states like Ohio") are left to the anchored rules. When no shape fits,
the first cue of the claim's own clause anchors it (a speech or belief verb, "called",
or an evidence verb whose subject is a document: "a study found").

``find_attributions`` returns every relation in a text, as PolNeAR annotates them: each cue
word is tried against ``ANCHORED_RULES`` in order -- "according to"; "not a cue" (a noun,
a name, a wish before "to", a byline, an amount); a non-restrictive relative pronoun
("X, who said"); a participle or coordinated verb taking its clause's subject ("..., saying"; "when
X thanked the crew and said");
a reduced relative ("a memo saying"); a passive agent ("asked by a reporter"); the noun
phrase on the cue's left (with appositions, relative clauses asking for anonymity,
parenthetical party labels, quantities of respondents); and, after a quotation, the name
on its right. A subject sheds a focus particle and a floating quantifier ("even some allies",
"Ann Lee and Tom Berg both") and keeps a serial list of names ("Lee, Berg and Voss said") and
an "including" apposition; an inverted source may open with describing words ("said retired
pilot Ann Lee") and ends before a request for anonymity. A verb of stance takes its
preposition into the cue ("warned against"). A capitalised name before a colon introduces a quotation. Relations inside a
quotation belong to the quoted speaker, and a relation inside another's content is a hop
of that one's chain, so neither is listed. An agentless question or expectation ("Asked whether
..., she shrugged", "she was asked about ...", "the bill is expected to pass") is listed with a
cue and no source span, as PolNeAR annotates it. Auxiliaries and adverbs between source and cue
belong to the cue ("has repeatedly said"). A source before its cue sheds asides ("Ms. Lee,
in an interview, said") and never ends in stray punctuation. Source types come from the
phrase's shape and the lexicon module; see its docstring.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from workbench.analysis import lexicon as lx
from workbench.analysis.model import Attribution
from workbench.analysis.patterns import word_alternation

_CUE = word_alternation(lx.CUE_VERBS)
# Tense and adverbs between source and cue; not "is"/"was", which make a passive hedge
# ("is believed to") rather than an attribution.
_AUX = r"(?:(?:has|have|had|also|further|later|earlier|previously|again|then)\s+)*"
_NP = r"[^,;\"“”]{1,90}?"
_END = r"[.!?]?[\"”’']?\s*$"

# Cheap prefilters: the cue and hedge words among a claim's lowercased words decide which
# regexes run. One scan finds just those words (a whole word: no letter either side).
_CUE_WORDS = frozenset(lx.CUE_VERBS) | {"according", "quoting", "citing"}
_STANCE_WORDS = (
    frozenset(lx.STANCE_CUES) | frozenset(lx.DOCUMENT_CUES) | frozenset(lx.EVIDENCE_CUES) | frozenset(lx.COMMUNICATION_CUES)
)
_SIGNAL_WORD = re.compile(r"(?<![a-z])" + word_alternation(_CUE_WORDS | lx.HEDGE_WORDS | _STANCE_WORDS) + r"(?![a-z])")
_HEDGE = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in lx.HEDGES) + r")\b", re.IGNORECASE)
# The source runs to a comma, a colon, a bracket or the end; a quoted title may sit inside it
# ('according to "Perfect Enough" by Ann Lee', "according to ''The Trumps,'' by Ann Lee").
_ACCORDING = re.compile(
    r"(?:^|(?<=[\s,(—-]))(?P<cue>[Aa]ccording to)\s+"
    r"(?P<source>(?:\"[^\"]{1,80}\"|“[^”]{1,80}”|''(?:(?!'').){1,80}''|[^,;:\"“”])+?)"
    r"(?=\s*(?:,|;|:|\)|—|[.!?]?[\"”’]?\s*$))"
)
_TRAILING = re.compile(
    # A closing quotation mark, but not the apostrophe of a plural possessive ("Sanders’ aides say").
    r"(?P<sep>,[\"”’']{0,2}\s+|(?:[\"”]|(?<![A-Za-z]s)[’'])[\"”’']?\s+|\s+[—–]\s+|\s+--\s+)"
    r"(?P<source>" + _NP + r"(?:,\s+(?:quoting|citing)\s+" + _NP + r",)?)"
    r"\s+" + _AUX + r"(?P<cue>" + _CUE + r")\b"
    r"(?P<tail>[^;\"“”!?]{0,120}?)"
    r"(?:,\s+(?P<relay>citing|quoting)\s+(?P<inner>" + _NP + r"))?" + _END
)
_INVERTED = re.compile(
    r"(?P<sep>,[\"”’']{0,2}\s+|[\"”’']{1,2}\s+)"
    r"(?P<cue>" + word_alternation(lx.INVERTING_CUES) + r")\s+"
    r"(?P<source>(?:[A-Z]|the\s|a\s|an\s|one\s)[^;\"“”]{0,110}?)" + _END
)
_LEADING = re.compile(
    r"^(?P<intro>[\"“]?(?:(?:But|And|However|Meanwhile|Separately|Still|Yet|Now|Instead|In a statement|In an interview"
    r"|On \w+(?: \w+)?|Last \w+|This \w+)(?:,\s+|\s+)|(?:Earlier|Later)(?: this \w+)?,\s+)?)"
    r"(?P<source>[^,;:\"“”]{1,90}?(?:,\s+[^;:\"“”]{1,90}?,)?)"
    r"\s+" + _AUX + r"(?P<cue>" + _CUE + r")\b(?P<rest>.*)",
    re.DOTALL,
)
_MIDDLE = re.compile(
    r"(?P<sep>,\s+|[\"”’]\s+)(?P<source>[^,;\"“”]{1,60}?)\s+" + _AUX + r"(?P<cue>" + _CUE + r")"
    r"(?P<tail>\s+(?:on|in|at|last|this)\s+[^,;\"“”]{1,30}?)?,\s+(?=[\"“]?\w)"
)
_FOLLOWING_CUE = re.compile(r"\s+" + _AUX + r"(" + _CUE + r")\b")  # "Earlier reports [said]"
_RELAY = re.compile(r"^(?P<outer>.+?),?\s+(?P<relay>quoting|citing)\s+(?P<inner>.+?),?$")
_COORDINATED = re.compile(r"\s(?:" + "|".join(sorted(lx.NP_COORDINATORS)) + r")\s")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_NEWS_ORGANISATION = re.compile(
    r"\bnews\s+(?:" + "|".join(sorted(lx.NEWS_ORGANISATION_HEADS)) + r")\b", re.IGNORECASE
)
_MEDIA_REPORTS = re.compile(r"\breports?\s+(?:in|by|from|on)\s+(?:the\s+)?(?P<outlet>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
_LEADING_DESCRIPTOR = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")

_QUOTES = "\"“”"
_SINGLE_WORD_SOURCES = lx.PRONOUNS | lx.ROLE_WORDS | lx.DOCUMENT_WORDS | lx.STRONG_OUTLET_WORDS | lx.BARE_SOURCE_NOUNS


@dataclass(slots=True)
class AttributionMatch:
    """An attribution with the offsets (into the claim text) the benchmark scores."""

    attribution: Attribution
    source_span: tuple[int, int] | None  # None: an agentless relation ("Asked about it, ...")
    cue_span: tuple[int, int]
    # The cue sits in a subordinate or relative clause ("after X said", "which Y says"):
    # a relation inside the claim, not the claim's own source.
    subordinate: bool = False
    rule: str = ""  # the name of the rule that found it


@dataclass(frozen=True, slots=True)
class Rule:
    """One linguistic shape of attribution, tried in order (the pySBD habit: rules as data).

    ``find`` returns a match, ``None`` when the shape does not fit, or ``NOT_A_CUE`` when
    the shape shows the cue word is no attribution here (the word is a noun, a name, a
    wish): then no later rule is tried for that word. ``name`` is what explanations say.
    """

    name: str
    shape: str
    find: Callable[..., AttributionMatch | None | object]


NOT_A_CUE = object()


def find_attribution(claim_text: str) -> Attribution | None:
    """The attribution of one claim, or None; hedges alone still yield an Attribution."""
    words = _signal_words(claim_text)
    match = _claim_match(claim_text, words)
    if match is not None:
        return match.attribution
    hedges = _hedges(claim_text, words)
    return Attribution(hedges=hedges) if hedges else None


def match_attribution(text: str) -> AttributionMatch | None:
    """The claim's attribution with the offsets of its source and cue in ``text``."""
    return _claim_match(text, _signal_words(text))


def _claim_match(text: str, words: set[str]) -> AttributionMatch | None:
    match = _match(text, words)
    if match is None and words & _CLAIM_CUES:
        # A cue the shapes miss ("Mr. Ryan has repeatedly said ...", "a study found ..."):
        # the first relation of the claim's own clause that states content, not a position.
        for start, end, word in _cue_positions(text, (words & _CLAIM_CUES) - _RELAY_CUES):
            relation = _anchored(text, word, start, end)
            if relation is None or relation.subordinate or relation.attribution.source.lower() in lx.FIRST_PERSON:
                continue
            if word in lx.EVIDENCE_CUES and relation.attribution.source_type not in ("document", "media"):
                continue  # "police found a body" is an event; "a study found" is evidence
            if word in lx.NAMING_CUES and text.startswith((" for ", " on "), end):
                continue  # "called for", "called on": a stance, not a claim's source
            relation.attribution.hedges = _hedges(text, words)
            match = relation
            break
    if match is None and ":" in text[:60]:
        speaker = _colon_relations(text, [])  # "Voss: The levy stays.": a speaker's label
        if speaker:
            match = speaker[0]
            match.attribution.hedges = _hedges(text, words)
    if match is not None and (len(words & _CLAIM_CUES) > 1 or match.attribution.chain or "citing" in words or "quoting" in words):
        _add_hops(text, match, words)
    return match


def _add_hops(text: str, match: AttributionMatch, words: set[str]) -> None:
    """The chain as hops, outermost first: "X told Y that Z said ..." -> X, then Z.

    The claim's own relation is the outer hop; every further relation reported inside
    its content (not in a relative clause, not the speaker's "I think") is an inner hop
    in text order; a relay ("citing", "quoting") is one too.
    """
    attribution = match.attribution
    hops = [_hop(attribution.source or "", attribution.cue, attribution.kind, attribution.source_type, attribution.anonymous)]
    if attribution.chain:  # a relay found by the shape: "X, citing Y, reported"
        inner = attribution.chain[1]
        relay = "quoting" if "quoting" in text[match.source_span[0] :].lower() else "citing"
        inner_type, inner_anonymous = classify_source(inner, relay)
        hops.append(_hop(inner, relay, "indirect", inner_type, inner_anonymous))
    elif (relayed := _RELAYED.search(text, match.cue_span[1])) is not None:  # "X said ..., citing Y."
        inner = _inner_link(relayed.group("inner"))
        inner_type, inner_anonymous = classify_source(inner, relayed.group("relay"))
        hops.append(_hop(inner, relayed.group("relay"), "indirect", inner_type, inner_anonymous))
    own = (min(match.source_span[0], match.cue_span[0]), max(match.source_span[1], match.cue_span[1]))
    for relation in _anchored_relations(text, words, [match]):
        if relation is match or relation.rule == "relative pronoun" or relation.subordinate and relation.rule != "subject before cue":
            continue
        if own[0] < relation.cue_span[1] and relation.cue_span[0] < own[1]:
            continue
        if relation.attribution.cue not in _CLAIM_CUES or relation.source_span == match.source_span:
            continue
        inner = relation.attribution
        hops.append(_hop(inner.source or "", inner.cue, inner.kind, inner.source_type, inner.anonymous))
    if len(hops) > 1:
        attribution.hops = hops
        attribution.chain = [_display_name(h["source"]) if i == 0 else h["source"] for i, h in enumerate(hops)]
        if attribution.source_type != "media" and any(h["source_type"] == "media" for h in hops):
            attribution.kind = "media_report"


def _hop(source: str, cue: str | None, kind: str | None, source_type: str | None, anonymous: bool) -> dict[str, object]:
    return {"source": source, "cue": cue, "kind": kind, "source_type": source_type, "anonymous": anonymous}


def _signal_words(text: str) -> set[str]:
    """The cue and hedge words of ``text``, lowercased."""
    return set(_SIGNAL_WORD.findall(text.lower()))


def _match(text: str, words: set[str]) -> AttributionMatch | None:
    cues = words & _CUE_WORDS
    if not cues:
        return None
    for rule in CLAIM_RULES:
        if rule.name == "according to" and "according" not in cues:
            continue
        found = rule.find(text)
        if found is not None and _shape_cue_is_anchored(text, found):
            continue  # "..., saying ...", "states like ...": the anchored rules read these
        if found is not None:
            found.rule = found.attribution.rule = rule.name
            found.attribution.hedges = _hedges(text, words)
            return found
    return None


def _shape_cue_is_anchored(text: str, found: AttributionMatch) -> bool:
    cue = text[found.cue_span[0] : found.cue_span[1]].lower()
    if cue.split()[0].endswith("ing") or _CREDIT_LINE.match(text, found.cue_span[1]):
        return True
    if cue in lx.CLAUSE_ONLY_CUES:
        following = _NEXT_WORD.match(text, found.cue_span[1])
        return (following is None or following.group(1).lower() != "that") and not _OPENS_QUOTATION.match(
            text, found.cue_span[1]
        )
    return False


def _according_to(text: str) -> AttributionMatch | None:
    match = _ACCORDING.search(text)
    if match is None or not _plausible_source(match.group("source"), allow_clause=True):
        return None
    found = _build(text, _according_source(text, match), match.span("cue"), "according to", quoted=False, relay=None)
    return _without_anonymity_request(found, text)  # "according to an aide who requested anonymity": the aide


def _according_source(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The source after "according to", with an apposition that runs to the sentence's end
    ("..., according to Brian Wieser, an analyst at Pivotal Research.")."""
    apposition = _APPOSITION_TO_END.match(text, match.end("source"))
    if apposition is None or not text[: match.start("cue")].strip(" \"“'‘(—–-"):
        return match.span("source")  # "According to X, the main clause ...": no apposition
    phrase = apposition.group(0)
    head = _RELATIVE_CUT.split(phrase, maxsplit=1)[0]  # a relative clause may describe ("a pollster who ran the poll")
    if _SENTENCE_INSIDE.search(phrase) or any(w.lower() in lx.NOT_IN_SOURCE or _verb_only(w) for w in head.split()[1:]):
        return match.span("source")  # "..., according to the Times, the report is ...": a clause, not an apposition
    return (match.start("source"), apposition.end())


@lru_cache(maxsize=8192)
def _verb_only(word: str) -> bool:
    """A lowercase word that lemminflect knows only as a verb ("assembled", "is")."""
    if not word.isalpha() or not word.islower():
        return False
    lemmas = lx.all_lemmas(word)
    return bool(lemmas) and set(lemmas) == {"VERB"}


# The first names of a list whose last two are joined by "and": "(In X,) Ann Lee, Tom Berg and ...".
_SERIAL_BEFORE = re.compile(r"(?:^|[,;:.]\s+|\s(?:in|of|from)\s+)(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*$")


def _trailing(text: str) -> AttributionMatch | None:
    tail_from = max(0, len(text) - 260)
    match = _TRAILING.search(text, tail_from)
    while match is not None and (not _plausible_source(match.group("source")) or _SERIAL_BEFORE.search(
            text, 0, match.start()) and not _INTRO_WORD.match(text[max(0, match.start() - 30) : match.start()].split(
            ". ")[-1].split(", ")[-1] + " x") and " and " in match.group("source") and match.group("source")[:1].isupper()):
        match = _TRAILING.search(text, match.start("source"))  # "Ann Lee, Tom Berg and Ada Voss said": one list
    if match is None:
        return None
    following = _NEXT_WORD.match(text, match.end("cue"))
    if match.group("cue").lower() in lx.NOUN_CUES and following is not None and following.group(1).lower() in _ALL_CUES:
        return None  # "..., new harbour reports show.": the noun belongs to the source
    relay = match.span("inner") if match.group("inner") else None
    quoted = any(q in match.group("sep") for q in _QUOTES)
    return _build(text, match.span("source"), match.span("cue"), match.group("cue"), quoted=quoted, relay=relay)


def _inverted(text: str) -> AttributionMatch | None:
    match = _INVERTED.search(text, max(0, len(text) - 200))
    if match is None or not _plausible_source(match.group("source"), allow_apposition=True):
        return None
    quoted = any(q in match.group("sep") for q in _QUOTES)
    if not quoted and match.group("cue").lower() in lx.OBJECT_CUES:
        return None  # "X, a close adviser, told AFP": the comma closes an apposition; AFP is the hearer
    source_span = match.span("source")
    first = _NEXT_WORD.match(text, source_span[0])
    if first is not None and first.group(1).lower() in lx.TIME_WORDS:
        return None  # "..., said Sunday": a date, not a speaker
    end = _INVERTED_SOURCE_END.search(text, source_span[0], source_span[1])
    if end is not None and end.start() > source_span[0]:
        source_span = (source_span[0], end.start())  # "said X in a statement", "said X, told ... ": X
    return _without_anonymity_request(_build(text, source_span, match.span("cue"), match.group("cue"), quoted=quoted, relay=None), text)


def _leading(text: str) -> AttributionMatch | None:
    match = _LEADING.match(text)
    if match is None:
        return None
    source_span, cue_span = match.span("source"), match.span("cue")
    cue = match.group("cue")
    rest = match.group("rest")
    if cue.lower() in lx.NOUN_CUES and not rest.startswith(" that "):  # "Earlier reports said ...": the noun belongs to the source
        follower = _FOLLOWING_CUE.match(rest)
        if follower is None:
            return None
        source_span = (source_span[0], cue_span[1])
        cue_span = (cue_span[1] + follower.start(1), cue_span[1] + follower.end(1))
        cue = follower.group(1)
        rest = rest[follower.end() :]
    source = text[source_span[0] : source_span[1]]
    if "," not in source and _COORDINATED.search(source):
        # "The council met Ada Voss and aides said": a clause before the coordinator is no
        # part of the source; "Ada Voss and her lawyers said" stays whole.
        phrase, _ = _phrase_back(_tokens(text, *source_span))
        if phrase and phrase[0][0] > source_span[0]:
            if not _subject_phrase(phrase):
                return None  # "The ferries ran late and commuters said": the anchored rules read it
            source_span = (phrase[0][0], source_span[1])
            source = text[source_span[0] : source_span[1]]
    following = _NEXT_WORD.match(text, cue_span[1])
    if following is not None and ((cue.lower(), following.group(1).lower()) in _CUE_COMPOUNDS
                                  or _passive_participle(cue, following.group(1).lower())):
        return None  # "a think tank hosted ...", "the woman accused of ...": no cue
    if _believes_in(text, cue_span[1]) or _SUBORDINATE_OPENING.match(source) or _SUBORDINATE_INSIDE.search(source):
        return None  # "After the mayor said ...": the claim's own clause comes later
    if not _plausible_source(source, allow_apposition=True) or not _opens_content(rest, cue):
        return None
    obj = None
    if cue.lower() in lx.OBJECT_CUES:
        obj = re.match(r"\s+((?:the\s+|a\s+)?(?:reporters|journalists|[A-Z][\w.]*|news conference|press conference)(?:\s+[A-Z][\w.]*)?)\b", rest)
    cue_text = text[cue_span[0] : cue_span[1]] + (rest[: obj.end(1)] if obj else "")  # "told reporters"
    quoted = rest.lstrip(" ,:").startswith(("\"", "“"))
    return _build(text, source_span, cue_span, cue_text, quoted=quoted, relay=None)


def _inside(text: str) -> AttributionMatch | None:
    match = _MIDDLE.search(text)
    if match is None or not _plausible_source(match.group("source")):
        return None
    quoted = any(q in match.group("sep") for q in _QUOTES)
    return _build(text, match.span("source"), match.span("cue"), match.group("cue"), quoted=quoted, relay=None)


CLAIM_RULES: tuple[Rule, ...] = (
    Rule("according to", "CONTENT, according to SOURCE", _according_to),
    Rule("trailing", "CONTENT, SOURCE said. / CONTENT, SOURCE reported, citing INNER.", _trailing),
    Rule("inverted", '"CONTENT," said SOURCE.', _inverted),
    Rule("leading", "SOURCE said (that) CONTENT / SOURCE told reporters CONTENT", _leading),
    Rule("inside", "CONTENT, SOURCE said, CONTENT", _inside),
)


def _opens_content(rest: str, cue: str) -> bool:
    """After a leading cue comes content: "that ...", a clause, a quotation, or an object."""
    stripped = rest.lstrip()
    if not stripped:
        return False
    first = stripped[0]
    return first.isalnum() or first in ",:\"“'‘$" and len(stripped) > 3


@lru_cache(maxsize=4096)
def _plausible_source(phrase: str, allow_apposition: bool = False, allow_clause: bool = False) -> bool:
    relative = _RELATIVE_SOURCE.match(phrase)
    if relative is not None and not allow_clause:  # "A nurse who asked not to be named"
        return _plausible_source(relative.group("head")) and len(phrase.split()) <= 16
    words = [w.lower() for w in _WORD.findall(phrase)]
    if not words or len(words) > (30 if allow_clause else 18 if allow_apposition else 10):
        return False
    if phrase[:1].islower() and words[0] in _ALL_CUES and words[0] not in lx.NOUN_CUES:
        return False  # "said an inspector": a cue opens a clause, not a noun phrase
    if words[0] in lx.NOT_FIRST or words[-1] in lx.NOT_LAST or words[-1] in lx.DETERMINERS:
        return False
    if words[0] in lx.SUBORDINATORS or phrase.rstrip().endswith(("—", "–", "--")):
        return False  # "after a pause —": an aside between dashes, not a noun phrase
    if phrase[:1] in "\"“”'‘’" and not allow_clause or (words[0].endswith("ing") and phrase[:1].islower() and not allow_clause):
        return False  # a quotation or a participle clause, not a noun phrase ("according to polling" is one)
    head = phrase.split(",")[0] if allow_apposition else phrase
    raw_head = _WORD.findall(head)
    head_words = [w.lower() for w in raw_head]
    if not allow_clause and any(w in lx.NOT_IN_SOURCE and not _inside_a_name(raw_head, i) for i, w in enumerate(head_words)):
        return False
    if len(head_words) > (24 if allow_clause else 10):
        return False  # "according to early results of exit polls conducted for the networks" may run long
    first_char = phrase.lstrip("\"“'‘(")[:1]
    if first_char.isupper() or first_char.isdigit() or len(words) > 1:
        return True
    if allow_clause and (words[0] in lx.OBJECT_PRONOUNS or re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", phrase)):
        return True  # "according to him", "according to example.org"
    return words[0] in _SINGLE_WORD_SOURCES


def _inside_a_name(words: list[str], index: int) -> bool:
    """A capitalised word beside another is part of a name, whatever it means alone: "Will Doyle",
    "Sen. May Ellis"."""
    if not words[index][:1].isupper():
        return False
    return any(0 <= j < len(words) and words[j][:1].isupper() for j in (index - 1, index + 1))


def _build(
    text: str,
    source_span: tuple[int, int],
    cue_span: tuple[int, int],
    cue: str,
    quoted: bool,
    relay: tuple[int, int] | None,
) -> AttributionMatch:
    source_span, cue_span = _tidy_spans(text, source_span, cue_span)
    phrase = text[source_span[0] : source_span[1]]
    chain: list[str] = []
    outer = phrase
    nested = _RELAY.match(phrase)
    if nested is not None:
        outer = nested.group("outer").strip()
        chain = [_display_name(outer), _inner_link(nested.group("inner"))]
        source_span = (source_span[0], source_span[0] + len(nested.group("outer")))
    elif relay is not None:
        chain = [_display_name(outer), _inner_link(text[relay[0] : relay[1]])]
    cue_word = cue.lower()
    source_type, anonymous = classify_source(outer, cue_word, relayed=bool(chain))
    if cue_word == "according to":
        kind = "according_to"
    elif quoted or _is_quoted(text, source_span):
        kind = "direct_quote"
    elif source_type == "media":
        kind = "media_report"
    else:
        kind = "indirect"
    attribution = Attribution(
        source=outer,
        cue=cue_word,
        kind=kind,
        anonymous=anonymous,
        chain=chain,
        source_type=source_type,
    )
    return AttributionMatch(attribution, source_span, cue_span)


_SUBORDINATE_OPENING = re.compile(
    r"(?:[Aa]fter|[Ww]hen|[Ww]hile|[Ss]ince|[Bb]efore|[Bb]ecause|[Ii]f|[Tt]hough|[Aa]lthough|[Aa]s|[Uu]ntil|[Uu]nless"
    r"|[Oo]nce|[Ww]hether)\s"
)
# A clause opener inside a leading "source" ("The mayor repeated what she said"): the cue's
# subject is in a subordinate clause, which the anchored rules read.
_SUBORDINATE_INSIDE = re.compile(r"\s(?:what|if|whether|how|why|when|while|because|after|before|since|although|though"
                                 r"|until|unless)\s")
_INTRO_WORD = re.compile(
    r"(?:[Tt]hen|[Aa]fter|[Ww]hen|[Ww]hile|[Aa]s|[Aa]nd|[Bb]ut|[Ss]o|[Yy]et|[Nn]ow|[Ss]till|[Aa]lso|[Ss]ince|[Bb]efore"
    r"|[Bb]ecause|[Ii]f|[Tt]hough|[Aa]lthough|[Mm]eanwhile|[Hh]owever|[A-Z][a-z]+ly,)\s+(?=\S)"
)
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:who|whose)\s(?![^,]*(?:" + "|".join(re.escape(p) for p in lx.ANONYMITY_PHRASES) + r"))[^\"“”]*,?\s*$"
)
_SOURCE_ASIDE = re.compile(
    r",\s+(?:in|on|at|during|meanwhile|however|for example|for instance|in contrast|by contrast|of course|too|though"
    r"|likewise|instead|in turn|in a statement|in an interview|after|before|like|eager|clad|alarmed"
    r"|to (?:his|her|its|their) credit|for (?:his|her|its|their) part|when|while|with|(?!quoting|citing|including)\w+ing)"
    r"\b[^,]*,?\s*$"
)
# A time adverbial between a source and its cue: "The White House on Monday said".
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:on|last|this|late|early|earlier|later|in|next)\s+)+(?:\w+\s+)?(?:"
    + "|".join(sorted(lx.TIME_WORDS | lx.TIME_UNITS, key=len, reverse=True)) + r")\s*$",
    re.IGNORECASE,
)
_INTRO_PHRASE = re.compile(
    r"(?:In|On|At|During|After|Before|Speaking|Asked|Writing|Reached|[A-Z][a-z]+(?:ed|ing))\b[^,]{0,80},\s+(?=\S)"
)
_DATELINE_DASH = re.compile(r".*(?:[―—–]|\s-)\s+(?=\S)")
_STATEMENT_TAIL = re.compile(r"\s+(?:issued|put out|released)\s+(?:a|an)\s+(?:statement|release)$")


def _is_cue_modifier(word: str) -> bool:
    """An auxiliary or adverb that belongs to the cue: "has", "also", "privately", "wouldn't"."""
    lowered = word.lower()
    return word.islower() and (
        lowered in lx.CUE_AUXILIARIES
        or lowered.replace("’", "'") in lx.NEGATED_AUXILIARIES
        or (lowered.endswith("ly") and len(lowered) > 4 and lowered not in lx.NOT_ADVERBS)
    )


def _tidy_spans(
    text: str, source_span: tuple[int, int], cue_span: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Trim what is not the source from its span: an opening connective or dateline,
    a leading adverbial clause, and auxiliaries or adverbs before the cue, which move
    into the cue ("Mr. Rubio defiantly told" -> "Mr. Rubio" / "defiantly told")."""
    start, end = source_span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    source = text[start:end]
    patterns = (_DATELINE_DASH,) if "—" in source or "―" in source or "–" in source or " - " in source else ()
    if " " in source:  # one word has no opening to trim
        patterns += (_INTRO_PHRASE, _INTRO_WORD) if "," in source else (_INTRO_WORD,)
    for pattern in patterns:
        match = pattern.match(text, start, end)
        if match is not None and match.end() < end:
            start = match.end()
    cue_start = cue_span[0]
    between = text[end:cue_start]
    if between.strip() and all(_is_cue_modifier(w) for w in between.split()):
        cue_start = end + len(between) - len(between.lstrip())
    statement = _STATEMENT_TAIL.search(text, start, end)
    if statement is not None and cue_start >= end:
        end, cue_start = statement.start(), statement.start() + 1
    while True:
        last_space = text.rfind(" ", start, end)
        if last_space == -1 or not _is_cue_modifier(text[last_space + 1 : end]) or cue_start < end:
            break
        cue_start = last_space + 1
        end = last_space
        while end > start and text[end - 1].isspace():
            end -= 1
    apposition = _PARTICIPLE_APPOSITION.search(text, start, end)
    if apposition is not None and apposition.start() > start:  # "A senior official, speaking on condition of anonymity,"
        end = apposition.start()
    aside = _SOURCE_ASIDE.search(text, start, end)
    if aside is not None and aside.start() > start:
        end = aside.start()  # "Ms. Lee, in an interview, said" / "said Ms. Lee, echoing the mayor": Ms. Lee
    if end <= cue_start:  # the source before its cue
        start = _contact_clause_subject(text, start, end)
        aside = _RELATIVE_ASIDE.search(text, start, end)
        if aside is not None and aside.start() > start:
            end = aside.start()  # "Ms. Lee, who chairs the board, said": Ms. Lee
        time = _TRAILING_TIME.search(text, start, end)
        if time is not None and time.start() > start and not _after_participle(text, start, time.start()):
            end = time.start()  # "The White House on Monday said": The White House; "emails released this week" stay
        if text[end - 2 : end] in ("'s", "’s") and text[start : end - 2].lower() in lx.PRONOUNS:
            end -= 2  # "he's said": he
        contracted = _contracted_subject((start, end, text[start:end]))
        if contracted is not None:
            end = contracted[1]  # "they've said": they
        last = text.rfind(" ", start, end)
        if last > start and text[last + 1 : end].lower() in lx.SUBJECT_PRONOUNS and "," not in text[start:last]:
            start = last + 1  # "late Saturday he announced": he
    cue_end = cue_span[1]
    extension = _CUE_EXTENSION.match(text, cue_end)
    if extension is not None and cue_end > end:
        cue_end = extension.end()  # "said in a statement", "said Tuesday", "wrote on Facebook"; not "in an interview"
    manner = _MANNER_AFTER_CUE.match(text, cue_end)
    if manner is not None and _is_cue_modifier(manner.group(1)) and manner.group(1) not in lx.NOT_MANNER_ADVERBS:
        cue_end = manner.end(1)  # "said sarcastically", "noted repeatedly": the manner belongs to the cue
    following = _NEXT_WORD.match(text, cue_end)
    if following is not None and following.group(1) in lx.STANCE_PREPOSITIONS and following.start(1) == cue_end + 1:
        verb = text[cue_start:cue_end].split()[-1].lower()
        if verb not in lx.PREPOSITION_FREE_CUES and verb not in lx.STANCE_PREPOSITIONS | lx.CONTROL_CUES:
            cue_end = following.end(1)  # "warned against", "argued for": the stance takes its preposition
    return (start, _without_stray_punctuation(text, start, end)), (cue_start, cue_end)


def _after_participle(text: str, start: int, at: int) -> bool:
    """Whether a past participle ends ``text[start:at]`` ("disclosures filed", "emails
    released"): a time after it modifies the participle, inside the noun phrase."""
    words = text[start:at].split()
    if len(words) < 2:
        return False
    last = words[-1]
    return last.islower() and last.endswith("ed") and _verb_reading(last)


def _contact_clause_subject(text: str, start: int, end: int) -> int:
    """Where the subject starts in a clause that opens inside a noun phrase: "the day the
    Post reports", "a probe the agency says", "emails that Ms. Lee says", "after the police
    announced". A determiner right after a lowercase noun, or a subordinator, opens the
    clause, and the noun phrase after it (when it can speak) is the source."""
    if " " not in text[start:end] or "," in text[start:end]:
        return start
    tokens = _tokens(text, start, end)
    for i in range(len(tokens) - 1, 0, -1):
        word, before = tokens[i][2].lower(), tokens[i - 1][2]
        lowered_before = before.lower()
        opens = lowered_before in lx.CLAUSE_OPENERS or (
            word in lx.CONTACT_DETERMINERS and before.isalpha() and before.islower()
            and lowered_before not in lx.FUNCTION_WORDS and _nominal(lowered_before)
        )
        if opens and _subject_phrase(tokens[i:]):
            return tokens[i][0]
    return start


def _without_stray_punctuation(text: str, start: int, end: int) -> int:
    """Where a source ends without the commas and full stops around it ("stated the
    minister." -> "the minister"); an abbreviation keeps its point ("Acme Inc.", "U.S.")."""
    while end > start:
        char = text[end - 1]
        if char in ",;:!?" or char.isspace():
            end -= 1
            continue
        if char == ".":
            word = text[text.rfind(" ", start, end - 1) + 1 : end - 1]
            if "." in word or len(word) == 1 or word.lower() in lx.ABBREVIATIONS_BEFORE_POINT:
                break
            end -= 1
            continue
        break
    return end


def _is_quoted(text: str, source_span: tuple[int, int]) -> bool:
    before = text[: source_span[0]]
    return before.count("\"") >= 2 or ("“" in before and "”" in before)


def _inner_link(phrase: str) -> str:
    """"Mohammad Naeem tweet" -> "Mohammad Naeem (tweet)"; "a tweet by X" -> "X (tweet)"."""
    phrase = phrase.strip().rstrip(",")
    words = phrase.split()
    by = re.match(r"^(?:a|an|the)\s+(\w+)\s+(?:by|from)\s+(.+)$", phrase)
    if by and by.group(1).lower() in lx.MEDIUM_WORDS:
        return f"{by.group(2)} ({by.group(1).lower()})"
    if len(words) > 1 and words[-1].lower() in lx.MEDIUM_WORDS:
        name = " ".join(words[:-1])
        name = re.sub(r"['’]s$", "", name)
        return f"{name} ({words[-1].lower()})"
    return phrase


def _display_name(phrase: str) -> str:
    """"The broadcaster ERT" -> "ERT": the name, without its description."""
    return _LEADING_DESCRIPTOR.sub("", phrase.strip()) or phrase.strip()


@lru_cache(maxsize=4096)  # pure, and the same sources recur: "he", "officials", "the ministry"
def classify_source(phrase: str, cue: str, relayed: bool = False) -> tuple[str, bool]:
    """(source_type, anonymous) for a source phrase; see the lexicon module's rules.

    Only the phrase's core types it: a relative clause or a request for anonymity
    describes the source ("a worker who spoke to the media" is no outlet) and an
    apposition that is a name names it ("the bank's chief economist, Petra Lind").
    """
    if _QUANTITY_SUBJECT.match(phrase.lower()):
        return "anonymous", True  # "16%", "nine in 10 voters": respondents, unnamed
    unnamed_by_request = _ANONYMITY_ANYWHERE.search(phrase) is not None
    core = _RELATIVE_CUT.split(phrase, maxsplit=1)[0]
    raw_words = _WORD.findall(core)
    words = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in raw_words]
    vocabulary = set(words)
    lowered = core.lower()
    blocked = any(p in lowered for p in lx.NOT_OUTLET_PHRASES)
    organisation = vocabulary & lx.ORGANISATION_WORDS
    document = vocabulary & lx.DOCUMENT_WORDS
    if _own_channel(raw_words, words):
        return "document", False  # "its website", "the company's statement": the organisation speaking
    if _is_media(core, raw_words, words, vocabulary, organisation, document, blocked, cue, relayed):
        return "media", False
    if len(words) == 1 and words[0] in lx.PRONOUNS:
        return ("organisation" if words[0] == "it" else "person"), False
    # The head noun decides first ("a report by the audit office" is a document, "the
    # regional audit office" an organisation); then any role, document or organisation word.
    parts = core.split(",")
    head = _WORD.findall(parts[0])  # an apposition ("Dr. X, the lead researcher") describes
    head_words = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in head]
    head_noun = _head_noun(head_words)
    named_apposition = len(parts) > 1 and _is_name(parts[1])
    if head_noun in lx.DOCUMENT_WORDS:
        return "document", False
    if head_noun in lx.ORGANISATION_WORDS and not named_apposition:
        return "organisation", False
    roles = [i for i, w in enumerate(head_words) if (w in lx.ROLE_WORDS or w in lx.PERSON_TITLES or w in lx.PEOPLE_WORDS)
             and not _surname(head, i)]
    if roles:
        # A role or title names a person only when a name follows it ("spokesman Ali Reza")
        # or stands beside it ("the bank's chief economist, Petra Lind").
        if _named_after(head, roles[-1]) or named_apposition:
            return "person", False
        return "anonymous", True
    if named_apposition:
        return "person", False
    # Only the head's words type the source: "Jane Doe, a pollster for the campaign" is a person.
    head_vocabulary = set(head_words)
    if document & head_vocabulary:
        return "document", False
    if organisation & head_vocabulary:
        return "organisation", False
    if raw_words and all(w.isupper() and len(w) > 1 for w in raw_words) or "&" in core:
        return "organisation", False  # "NATO", "AT&T", "Johnson & Johnson"
    if unnamed_by_request or (head_words and head_words[0] in lx.DESCRIBED_OPENERS and not any(w[:1].isupper() for w in head[1:])):
        return "anonymous", True  # "a nurse who asked not to be named", "a senior figure"
    return "person", False


_RELATIVE_CUT = re.compile(r"\s+(?:who|whom|whose|that|which)\s+|,\s+(?:speaking|talking)\s")


def _surname(words: list[str], index: int) -> bool:
    """A role word that ends a capitalised run is a surname: "Dan Backer", "Ann Driver"
    (a plural is still a group: "Senior Officials")."""
    return (index == len(words) - 1 and index > 0 and words[index][:1].isupper() and not words[index].endswith("s")
            and words[index - 1][:1].isupper() and words[index - 1].lower().rstrip(".") not in lx.DETERMINERS)


def _is_name(phrase: str) -> bool:
    """ "Petra Lind", "Dr. Amara Okafor": capitalised words only, two or more."""
    words = phrase.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and len(words) <= 5


def _own_channel(raw_words: list[str], words: list[str]) -> bool:
    """ "its website", "the ministry's statement": a possessive before a channel or a document."""
    if len(words) < 2 or not (words[-1] in lx.OWN_CHANNEL_WORDS or words[-1] in lx.DOCUMENT_WORDS):
        return False
    owner = raw_words[-2]
    return words[-2] in lx.POSSESSIVE_DETERMINERS or (owner.endswith(("'s", "’s")) and not owner[:1].isupper())




def _head_noun(words: list[str]) -> str:
    """The last word before the first preposition: "report" in "a report by the office"."""
    for i, word in enumerate(words):
        if word in lx.HEAD_BREAKERS and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


def _is_media(
    phrase: str,
    raw_words: list[str],
    words: list[str],
    vocabulary: set[str],
    organisation: set[str],
    document: set[str],
    blocked: bool,
    cue: str,
    relayed: bool,
) -> bool:
    if blocked and not vocabulary & lx.STRONG_OUTLET_WORDS:
        return False
    if vocabulary & lx.STRONG_OUTLET_WORDS or _NEWS_ORGANISATION.search(phrase):
        return True
    if any(w in lx.KNOWN_OUTLETS for w in raw_words) or any(name in phrase for name in _MULTIWORD_OUTLETS):
        return True
    if "reports" in vocabulary or "report" in vocabulary:
        if vocabulary & lx.MEDIA_REPORT_MODIFIERS or words == ["reports"]:
            return True
        outlet = _MEDIA_REPORTS.search(phrase)
        if outlet and (_names_outlet(outlet.group("outlet")) or outlet.group(0).split()[1] == "in"):
            return True  # "a report in Kathimerini": published in it
    if _outlet_name(raw_words):
        return True  # "The Yorkshire Post", "Daily Herald": an outlet's name by its shape
    if organisation or document:
        return False
    if vocabulary & lx.WEAK_OUTLET_WORDS:
        return True
    if vocabulary & (lx.ROLE_WORDS | lx.PERSON_TITLES | lx.PRONOUNS):
        return False
    # Cue semantics: a named source that reports while quoting someone relays news.
    return relayed and cue in lx.REPORTING_CUES and any(w[:1].isupper() for w in raw_words)


_MULTIWORD_OUTLETS = tuple(name for name in lx.KNOWN_OUTLETS if " " in name)


def _outlet_name(raw_words: list[str]) -> bool:
    """A capitalised outlet word after a capitalised word ("Yorkshire Post"), or a leading
    one before a name ("Daily Courier")."""
    for previous, word in zip(raw_words, raw_words[1:]):
        if word in lx.OUTLET_NAME_WORDS and previous[:1].isupper():
            return True
    return len(raw_words) > 1 and raw_words[0] in lx.OUTLET_NAME_WORDS and raw_words[1][:1].isupper()


def _names_outlet(name: str) -> bool:
    parts = name.split()
    return any(p in lx.OUTLET_NAME_WORDS or p in lx.KNOWN_OUTLETS for p in parts)


def _named_after(raw_words: list[str], role_index: int) -> bool:
    """A capitalised name right after the role word: "spokesperson Zabihullah Mujahid"."""
    following = raw_words[role_index + 1 : role_index + 2]
    return bool(following) and following[0][:1].isupper()


def _hedges(text: str, words: set[str]) -> list[str]:
    if not words & lx.HEDGE_WORDS and not any(p in text for p in lx.PASSIVE_HEDGES):
        return []
    return [m.group(0).lower() for m in _HEDGE.finditer(text)]


# --- Every relation in a text, anchored on its cue -------------------------------------
# The shapes above find the one attribution a claim carries. A sentence often holds more
# ("After X said A, Y said B"; "..., which officials said will ..."), and a reviewer or a
# benchmark wants them all: each remaining cue word is an anchor, and its source is the
# subject on its left or, after a comma or a quotation, the name on its right.

# A plural possessive keeps its apostrophe ("Sanders’ campaign manager", "voters' views").
_TOKEN = re.compile(r"\d[\d,.]*\d|[\w.&-]+(?:['’][\w.&-]+)*(?:(?<=s)['’](?=\s+[a-z]))?|''|[^\w\s]")
# Left of a cue these end the subject: punctuation, quotation marks and clause openers.
_BOUNDARY_TOKENS = frozenset(",;:()[]—–\"“”'‘’") | {"''", "--", "-"}  # a spaced hyphen is a dash
# Heads that make a lowercase phrase a possible source ("the candidate's friends").
_SOURCE_HEADS = (
    lx.ROLE_WORDS | lx.ORGANISATION_WORDS | lx.DOCUMENT_WORDS | lx.STRONG_OUTLET_WORDS | lx.WEAK_OUTLET_WORDS
    | lx.PRONOUNS | lx.PEOPLE_WORDS | lx.PERSON_TITLES
)

# Two to four capitalised words (a title may lead) before a colon and a quotation or a
# capitalised statement: the speaker of a colon-introduced quote. One capitalised word
# ("WASHINGTON:", "Update:") is a dateline or a label, not a speaker.
_NAME_COLON = re.compile(
    r"(?P<source>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?P<cue>:)\s+(?=[\"“‘']*[A-Z])"
)
_RELATIVE_SOURCE = re.compile(r"^(?P<head>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s[^,]{1,40}?)\s+(?:who|that)\s+(?P<clause>.+)$")
_APPOSITION_TO_END = re.compile(r",\s+(?:an?|the)\s[^;\"“”]*?(?=[.!?]?[\"”’]?\s*$)")
_CUE_EXTENSION = re.compile(
    r"\s+(?:in\s+an?\s+(?:statement|email|e-mail|letter|tweet|post)|on\s+(?:Twitter|Facebook|Instagram)"
    r"|(?:" + "|".join(sorted(w.capitalize() for w in lx.WEEKDAY_WORDS)) + r")(?:\s+(?:night|morning|afternoon|evening))?"
    r")(?![\w'’-])"
)
_MANNER_AFTER_CUE = re.compile(r"\s+([a-z]{4,}ly)\b(?![\w'’-])")
_AMOUNT_AFTER = re.compile(
    r"\s+(?:(?:" + "|".join(re.escape(m) for m in sorted(lx.QUANTITY_MODIFIERS, key=len, reverse=True))
    + r"|another|an?\s+extra)\s+)?[$£€¥]?\d"
)
_CREDIT_LINE = re.compile(r"\s+from\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}\s*\.?\s*$")
_OPENS_QUOTATION = re.compile(r"\s*[,:]?\s*[\"“‘']")
_NEXT_WORD = re.compile(r"[\s,]*([\w'’-]+)")
_CUE_COMPOUNDS = lx.NOT_CUE_COMPOUNDS
_QUANTITY_SUBJECT = re.compile(
    r"^(?:(?:about|nearly|almost|roughly|some|only|just|fewer than|more than|at least|over|under)\s+)?"
    r"(?:[\d,.]+|" + "|".join(lx.RESPONDENT_QUANTITY_WORDS) + r")\s*(?:%|percent|per cent|in [\d]+|in (?:"
    + "|".join(lx.RESPONDENT_QUANTITY_WORDS)
    + r")|out of \w+)?(?:\s+of\s+[\w' -]+|\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(lx.PEOPLE_WORDS | lx.ROLE_WORDS)) + r"))?$"
)
# "X sent a fundraising email to supporters Wednesday saying ...": the sender speaks through it.
_STATEMENT_BEFORE = re.compile(
    r"\s(?:" + word_alternation(lx.PUBLISHING_VERBS) + r")\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + word_alternation(lx.CHANNEL_NOUNS) + r")(?:\s+to\s+(?:\w+\s+){0,2}?\w+)?(?:\s+(?:"
    + word_alternation(lx.TIME_WORDS) + r"))?,?\s+$",
    re.IGNORECASE,
)
# A sentence that opens with a participle clause ("Noting the vote, ...", "In describing
# the plan, ..."): its subject is the main clause's, after the comma.
_OPENING_PARTICIPLE = re.compile(r"^[\"“]?(?:(?:In|While|After|Before|When|By)\s+)?[A-Z]?[a-z]+ing\b[^,;:\"“”]{0,120},\s+")
_ADVERB_BEFORE = re.compile(r"\s[a-z]{3,}ly\s+$")
_TIME_ENDS = lx.TIME_WORDS | lx.TIME_UNITS
# After "called": an object of a few words, then the end, a comma, "to", a time or "and":
# someone telephoned, nobody was named ("called the office on Monday", "called her to ask").
_PHONE_CALL = re.compile(
    r"(?P<object>(?:\s+(?:the|an?|both|his|her|their|its)\b)?(?:\s+(?!(?:an?|the|as)\b)[A-Za-z][\w'’.-]*){0,4}?)"
    r"\s*(?:[.,;!?]|$|\s+(?:to|and|on|at|only|shortly|back|"
    + "|".join(sorted(lx.TIME_WORDS | {"last", "this", "yesterday", "today", "later", "earlier"})) + r")\b)"
)
_PASSIVE_CUE_START = re.compile(r"\b(?:(?:has|have|had)\s+been|was|were|is|are|be|been|being)(?:\s+[a-z]+ly|\s+first|\s+also)*\s+$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$")
# A catenative verb and "to" before a cue belong to the cue: "continues to insist", "went on to say".
_CATENATIVE_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+)?(?:" + word_alternation(lx.CATENATIVE_VERBS) + r")(?:\s+on)?\s+to\s+$"
)
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z(]")
# Where a source after an inverted cue ends: the medium ("in a statement", "via email") or
# a clause of its own after a comma (", told POLITICO").
_INVERTED_SOURCE_END = re.compile(
    r"\s+in\s+(?:an?|his|her|their|its)\s+(?:\w+\s+){0,2}?(?:statement|interview|email|e-mail|letter|tweet|post"
    r"|speech|release|filing)\b|,?\s+via\s+\w+|,\s+(?:" + word_alternation(lx.CUE_VERBS) + r")\b"
)
_ADVERBIAL_BEFORE_PARTICIPLE = (" before ", " after ", " while ", " by ", " when ")
# Cues that can carry a claim's own attribution: speech and belief, "called", and evidence
# verbs whose subject is a document ("a study found", "the data shows").
_RELAY_CUES = frozenset(lx.RELAY_WORDS)
_CLAIM_CUES = _CUE_WORDS | frozenset(lx.NAMING_CUES) | frozenset(lx.EVIDENCE_CUES)
_ANONYMITY = re.compile(r"\w+\s+(?:\w+\s+)?(?:" + "|".join(re.escape(p.split(" ", 1)[1]) for p in lx.ANONYMITY_PHRASES) + ")")
_ANONYMOUS_RELATIVE = re.compile(
    r"\s+who\s+(?:\w+\s+){0,2}?(?:" + "|".join(re.escape(p) for p in lx.ANONYMITY_PHRASES) + r")(?=\s*,?\s*$)"
)
_RELAYED = re.compile(r",\s+(?P<relay>citing|quoting)\s+(?P<inner>[^,;\"“”]{2,80}?)\s*(?=[,.;]|$)")
_TRAILING_ANONYMITY = re.compile(
    r",?\s+(?:who\s+(?:\w+\s+){0,2}?|speaking\s+|talking\s+)(?:" + "|".join(re.escape(p) for p in lx.ANONYMITY_PHRASES)
    + r"|on\s+(?:the\s+)?condition)"
)
_ANONYMITY_ANYWHERE = re.compile("|".join(re.escape(p) for p in lx.ANONYMITY_PHRASES))
_PARTICIPLE_APPOSITION = re.compile(r",\s+(?:speaking|talking|writing)\b[^,]*,?\s*$")
_ALL_CUES = frozenset(lx.CUE_VERBS) | frozenset(lx.STANCE_CUES) | frozenset(lx.EVIDENCE_CUES) | frozenset(lx.COMMUNICATION_CUES)
_ENDS_SENTENCE = re.compile(r"\s*[.!?]?[\"”’']*\s*$")

Token = tuple[int, int, str]


def find_attributions(text: str) -> list[AttributionMatch]:
    """Every attribution relation in ``text`` with its offsets, in text order.

    The claim's own attribution (``match_attribution``) is one of them when found; the
    rest are anchored on the other cues. Relations whose cue sits in a subordinate or
    relative clause are marked ``subordinate``. A relation reported inside another's
    content ("X said that Y believes ...") is a hop of that one's chain, not listed here
    (PolNeAR's annotators read it as part of the outer content too).
    """
    words = _signal_words(text)
    if not words & _CUE_WORDS and not words & _STANCE_WORDS and ":" not in text:
        return _agentless_relations(text, [])
    main = _match(text, words)
    if main is not None and main.attribution.cue != ":" and _inside_quotation(text, main.cue_span[0]):
        main = None  # a shape inside someone's quoted words is theirs, as with the anchored rules
    found = _anchored_relations(text, words, [main] if main is not None else [])
    found.sort(key=lambda m: m.cue_span[0])
    kept = [m for m in found if not _nested(text, m, found) and not _in_unmarked_clause(text, m)]
    return sorted(kept + _agentless_relations(text, found), key=lambda m: m.cue_span[0])


# "Asked about the levy, the mayor said": an opening participle of asking (capitalised, or
# after "when", "if" or "after being"); "she was asked whether": a passive. A question follows.
_ASKING = word_alternation(lx.AGENTLESS_QUESTION_VERBS)
_AGENTLESS_QUESTION = re.compile(
    r"(?:(?:^|(?<=[\s\"“(]))(?P<opening>" + word_alternation(w.capitalize() for w in lx.AGENTLESS_QUESTION_VERBS) + r")"
    r"|\b(?:[Ww]hen|[Ii]f|[Aa]fter being)\s+(?P<adverbial>" + _ASKING + r")"
    r"|(?P<passive>\b(?:(?:has|have|had)\s+been|was|were|is|are|being)(?:\s+[a-z]+ly|\s+again)*\s+" + _ASKING + r"))"
    r"(?:\s+[a-z]+ly)?\s+(?P<next>[A-Za-z]+)"
)
_AGENTLESS_EXPECTATION = re.compile(
    r"\b(?:is|are|was|were)(?:\s+(?:not|[a-z]+ly))*\s+(?:" + word_alternation(lx.AGENTLESS_EXPECTATION_VERBS) + r")(?=\s+to\s+[a-z])"
)


def _agentless_relations(text: str, found: list[AttributionMatch]) -> list[AttributionMatch]:
    """Relations with a cue and no source, which PolNeAR annotates: the question in "Asked
    whether the pier is safe, ..." / "she was asked about the levy" (not "asked by X", which
    names the asker), and the expectation in "the vote is expected to pass". A cue another
    relation already covers, or one inside a quotation, gives none."""
    spans = []
    for match in _AGENTLESS_QUESTION.finditer(text):
        if match.group("next").lower() in lx.QUESTION_OPENERS:
            group = next(name for name in ("opening", "adverbial", "passive") if match.group(name))
            spans.append((*match.span(group), "agentless question"))
    spans += [(m.start(), m.end(), "agentless expectation") for m in _AGENTLESS_EXPECTATION.finditer(text)]
    relations = []
    for start, end, rule in spans:
        if any(start < m.cue_span[1] and m.cue_span[0] < end for m in found) or _inside_quotation(text, start):
            continue
        cue = text[start:end]
        attribution = Attribution(cue=cue.split()[-1].lower(), kind="indirect", rule=rule)
        relations.append(AttributionMatch(attribution, None, (start, end), rule=rule))
    return relations


def _in_unmarked_clause(text: str, relation: AttributionMatch) -> bool:
    """A cue in a free relative, a conditional or a complement clause ("what she said",
    "if they believe", "a fact that he noted", "whether he knew"): a thought inside
    another's statement, which PolNeAR's annotators rarely mark; still a hop of a chain."""
    if not relation.subordinate or relation.rule != "subject before cue":
        return False
    before = _tokens(text, max(0, relation.source_span[0] - 20), relation.source_span[0])
    return bool(before) and before[-1][2].lower() in lx.UNMARKED_SUBORDINATORS


def _nested(text: str, relation: AttributionMatch, found: list[AttributionMatch]) -> bool:
    """Whether ``relation`` is the complement of an earlier relation's cue: "said (that) Y believes"."""
    if relation.rule != "subject before cue":
        return False
    before = text[: relation.source_span[0]].split()
    previous = before[-1].lower().strip(",") if before else ""
    if previous != "that" and previous not in _ALL_CUES:
        return False
    return any(other is not relation and other.cue_span[1] <= relation.source_span[0] for other in found)


def _cue_positions(text: str, words: set[str]) -> list[tuple[int, int, str]]:
    """Where each of the cue ``words`` (lowercased, as ``_signal_words`` found them) stands.

    Plain substring search over the lowercased text, then a whole-word check: several
    times cheaper than scanning every position with the cue regex.
    """
    lowered = text.lower()
    positions = []
    for word in words:
        if word == "according":
            word = "according to"
        at = lowered.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not _is_word_char(lowered[at - 1])) and (end == len(lowered) or not _is_word_char(lowered[end])):
                positions.append((at, end, word))
            at = lowered.find(word, end)
    positions.sort()
    return positions


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


def _anchored_relations(text: str, words: set[str], found: list[AttributionMatch]) -> list[AttributionMatch]:
    """``found`` plus a relation for every cue it does not already cover, in text order."""
    quoted = any(q in text for q in _QUOTES) or "''" in text or "‘" in text
    for start, end, word in _cue_positions(text, words & (_CUE_WORDS | _STANCE_WORDS)):
        if any(start < m.cue_span[1] and m.cue_span[0] < end for m in found):
            continue
        if quoted and _inside_quotation(text, start):
            continue  # a relation in someone's quoted words is theirs: the quotation's own source covers it
        relation = _anchored(text, word, start, end, found)
        if relation is not None:
            found.append(relation)
            found.sort(key=lambda m: m.cue_span[0])
    found.extend(_colon_relations(text, found))
    found.extend(_clause_colon_relations(text, found))
    return [m for m in found if (m.attribution.source or "").lower() not in lx.FIRST_PERSON | lx.GENERIC_PRONOUNS]


def _colon_relations(text: str, found: list[AttributionMatch]) -> list[AttributionMatch]:
    """ 'Roger Stone: "The machines are rigged."' -- a name and a colon open a quotation."""
    match = _NAME_COLON.match(text)
    if match is None or any(m.cue_span[0] < match.end("cue") for m in found):
        return []
    source = match.group("source")
    if " " not in source and (len(source) < 3 or source.isupper() and len(source) < 4 or source.lower() in lx.COLON_LABELS):
        return []  # one capitalised word is a speaker ("Sanders: ", a transcript's "TAPPER: "), not a label ("Update:")
    if not _subject_phrase(_tokens(text, *match.span("source"))):
        return []
    words = source.lower().split()
    if words[-1] in lx.COLON_LABELS or any(w in lx.FUNCTION_WORDS for w in words[1:]) or _NAME_LIST.match(text, match.end()):
        return []  # "The Latest:", "Big Win For Bernie:", "Iowa: Ann Lee, Tom Berg, ...": a label, a headline, a list
    found = _build(text, match.span("source"), match.span("cue"), ":", quoted=True, relay=None)
    found.rule = found.attribution.rule = "name and colon"
    return [found]




_NAME_LIST = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*,\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*,")
_COLON_QUOTATION = re.compile(r":\s*[\"“‘]")


def _clause_colon_relations(text: str, found: list[AttributionMatch]) -> list[AttributionMatch]:
    """ 'Trump leaned in and boomed: "Let's win."', 'She addressed the crowd again: "..."': a
    clause whose verb phrase ends in a colon before a quotation introduces what its subject
    says; the whole verb phrase is the cue (no cue word needed)."""
    colon = _COLON_QUOTATION.search(text)
    if colon is None or any(m.cue_span[1] >= colon.start() - 12 and m.cue_span[0] < colon.start() for m in found):
        return []
    if _inside_quotation(text, colon.start()):
        return []
    tokens = _tokens(text, 0, colon.start())
    opening = 0
    for i, token in enumerate(tokens):
        if token[2] in (".", "!", "?", ";", "“", "”", "\"", "—", "–") and i + 1 < len(tokens):
            opening = i + 1
    clause = tokens[opening:]
    while clause and (clause[0][2].lower() in lx.COORDINATORS or clause[0][2].lower() in ("however", "meanwhile", "still")):
        clause = clause[1:]
    subject = _opening_subject(clause) if len(clause) > 1 else None
    if subject is None:
        return []
    verb_phrase = [t for t in clause if t[0] >= subject[1]]
    if not 1 <= len(verb_phrase) <= 14 or any(t[2] in _BOUNDARY_TOKENS for t in verb_phrase):
        return []
    first = verb_phrase[0][2]
    lead = [t[2].lower() for t in verb_phrase[:3]]
    if not first.islower() or not any(_verb_reading(w) or w in lx.CUE_AUXILIARIES for w in lead):
        return []
    relation = _build(text, subject, (verb_phrase[0][0], colon.start() + 1), text[verb_phrase[0][0] : colon.start()],
                      quoted=True, relay=None)
    relation.rule = relation.attribution.rule = "clause and colon"
    return [relation] if relation.attribution.source.lower() not in lx.FIRST_PERSON else []


class Anchor(NamedTuple):
    """A cue word in a text: the context every anchored rule reads."""

    text: str
    cue: str
    start: int
    end: int
    found: list[AttributionMatch]  # the relations already found left of it


def _anchored(text: str, cue: str, start: int, end: int, found: list[AttributionMatch] | None = None) -> AttributionMatch | None:
    anchor = Anchor(text, cue, start, end, found or [])
    for rule in ANCHORED_RULES:
        result = rule.find(anchor)
        if result is NOT_A_CUE:
            return None
        if result is not None:
            result.rule = rule.name  # type: ignore[union-attr]
            result.attribution.rule = rule.name  # type: ignore[union-attr]
            return result  # type: ignore[return-value]
    return None


def _according_to_anchor(a: Anchor) -> AttributionMatch | None:
    if a.cue != "according to":
        return None
    match = _ACCORDING.match(a.text, a.start)
    if match is None or not _plausible_source(match.group("source"), allow_clause=True):
        return NOT_A_CUE  # type: ignore[return-value]
    found = _build(a.text, _according_source(a.text, match), match.span("cue"), a.cue, quoted=False, relay=None)
    return _without_anonymity_request(found, a.text)


def _not_a_cue(a: Anchor) -> object | None:
    """The cue word used as something else: a noun ("the Late Show", "his show has"), a
    name ("the United States"), a wish ("wants to win"), faith ("believes in"), a
    document verb mid-sentence ("she read the letter"), a compound ("think tank")."""
    text, cue, start, end = a.text, a.cue, a.start, a.end
    if (cue in lx.NOUN_CUES or cue in lx.NOUN_STANCES) and not _verb_after_subject(text, start, end):
        return NOT_A_CUE
    if cue in lx.DOCUMENT_CUES and not _ENDS_SENTENCE.match(text, end) or _believes_in(text, end):
        return NOT_A_CUE
    if text[start].isupper() and start > 0 and text[start - 1] == " " and text[start - 2 : start - 1] not in ".!?\"“”":
        if cue in lx.NOUN_LIKE_CUES or cue in lx.CLAUSE_ONLY_CUES or cue in lx.NOUN_CUES or not _title_case(text):
            return NOT_A_CUE  # "United States", "Daily Show": capitalised mid-sentence, part of a name
    following = _NEXT_WORD.match(text, end)
    next_word = following.group(1).lower() if following else ""
    if (cue, next_word) in _CUE_COMPOUNDS:
        return NOT_A_CUE
    if cue in lx.EVIDENCE_CUES and next_word == "up":
        return NOT_A_CUE  # "Sanders showed up", "she found up to": no evidence
    if _passive_participle(cue, next_word):
        return NOT_A_CUE  # "the woman accused of ...", "later identified as": a passive participle, nobody speaks
    if cue in lx.NOUN_LIKE_CUES and _broadcast_compound(text, start):
        return NOT_A_CUE  # "TV shows", "an NBC show", "her talk show": a programme, not evidence
    if cue in lx.NOUN_LIKE_CUES:
        previous = text[max(0, start - 3) : start]
        if next_word in lx.NOUN_FOLLOWERS and not text.startswith(",", end) or previous.endswith(("'s ", "’s ")):
            return NOT_A_CUE
    if cue in lx.NAMING_CUES and not _names_something(text, start, end, next_word):
        return NOT_A_CUE
    if cue in lx.CONTROL_CUES and next_word == "to" and not cue.endswith("ing"):
        return NOT_A_CUE
    if _CREDIT_LINE.match(text, end):
        return NOT_A_CUE  # "Lee reported from Kabul.": a byline credit
    if _AMOUNT_AFTER.match(text, end):
        return NOT_A_CUE  # "the index rose, adding 2%": an amount, not words
    if cue in lx.CLAUSE_ONLY_CUES and next_word != "that" and not _OPENS_QUOTATION.match(text, end):
        if cue in lx.EVIDENCE_CUES and (_document_before(text, start) or _document_subject(a) is not None):
            return None  # "The survey (published Friday) found no record"
        if cue not in lx.NOUN_CUES and (_ENDS_SENTENCE.match(text, end) or text.startswith(",", end)) and re.search(
                r"[,\"”]\s+[^,\"”]{1,60}$", text[:start]):
            return None  # '"...," Ada Voss maintains.', 'The pier, Ada Voss maintained, is safe': content around it
        return NOT_A_CUE  # "swing states like Ohio", "France maintains close ties"
    return None


def _broadcast_compound(text: str, start: int) -> bool:
    """A noun-like cue after a broadcast modifier ("TV", "reality", "talk") or after an
    outlet's name with a determiner ("an NBC show"): the noun of a compound."""
    before = _tokens(text, max(0, start - 30), start)
    if not before:
        return False
    modifier = before[-1][2]
    if modifier.lower() in lx.PROGRAMME_MODIFIERS:
        return True
    opener = before[-2][2].lower() if len(before) > 1 else ""
    return modifier in lx.KNOWN_OUTLETS and (opener in lx.DETERMINERS or opener in lx.POSSESSIVE_DETERMINERS)


def _passive_participle(cue: str, next_word: str) -> bool:
    """ "accused of", "identified as": the cue word is a passive participle, nobody speaks."""
    return next_word in lx.PASSIVE_PARTICLES.get(cue.lower(), ())


def _document_before(text: str, cue_start: int) -> bool:
    """A document heads the subject on the cue's left ("The survey (last month) found"):
    an evidence verb then reports its content with or without "that"."""
    subject = _subject_before(text, cue_start)
    if subject is None:
        return False
    head = text[subject[0][0] : subject[0][1]].split(",")[0].split()[-1].lower()
    return head in lx.DOCUMENT_WORDS or head.endswith("s") and head[:-1] in lx.DOCUMENT_WORDS


def _names_something(text: str, start: int, end: int, next_word: str) -> bool:
    """Whether a naming verb ("called", "described") judges something here. Not in an object
    relative ("what he called X", "whom she called Y": annotators leave the content to the
    clause's owner), not as a name given ("a company called Acme"), not a telephone call
    ("Ms. Lee called the office on Monday", "she called."), not "called off"."""
    previous = _tokens(text, max(0, start - 40), start)
    if len(previous) >= 2 and previous[-2][2].lower() in lx.OBJECT_RELATIVES:
        return False  # "what he called homegrown terrorism"
    if next_word in lx.PHRASAL_PARTICLES:
        return False  # "called off the deal", "called up reserves"
    if text[end:end + 1] == " " and text[end + 1 : end + 2].isupper() and previous:
        head = previous[-1][2]
        if head.isalpha() and head.islower() and head not in lx.PRONOUNS and not _source_head(head):
            return False  # "the film called Acme", "a campaign called Black Votes Matter"
        for back in range(2, min(5, len(previous)) + 1 if head.isalpha() else 0):  # "a company called Acme"
            word = previous[-back][2]
            if word.lower() in lx.INDEFINITE_DETERMINERS:
                return False
            if not word.isalpha() or word.lower() in lx.FUNCTION_WORDS:
                break
    call = _PHONE_CALL.match(text, end)
    if call is None:
        return True
    last = call.group("object").split()[-1:] or [""]
    word = last[0].lower()
    # The object is someone or something called up: a name, a pronoun, a noun ("the office").
    return not (not word or last[0][:1].isupper() or word in lx.OBJECT_PRONOUNS or _noun_only(word) or _source_head(word))


def _verb_after_subject(text: str, start: int, end: int) -> bool:
    """ "The Post reports that ...", "Pew notes the surveys ...", "the government claims X":
    a noun-like cue ("reports", "claims", "notes", "states") is the verb when a name, a
    pronoun or a speaking head stands right before it and no noun's follower comes after;
    "media reports", "his claims", "the reports of" keep it a noun."""
    before = _tokens(text, max(0, start - 40), start)
    if not before or start > 0 and text[start - 1] != " ":
        return False
    while len(before) > 1 and before[-1][2].islower() and _is_cue_modifier(before[-1][2]):
        before = before[:-1]  # "Sanders often questions": the adverb goes with the verb
    previous = before[-1][2]
    lowered = previous.lower()
    if lowered in lx.DETERMINERS or lowered in lx.POSSESSIVE_DETERMINERS or previous.endswith(("'s", "’s")):
        return False
    if lowered in lx.SUBJECT_PRONOUNS and previous.islower() or lowered in lx.SUBJECT_PRONOUNS and before[-1][0] == 0:
        return True  # "which he estimates will", "he claims has": no noun follows a subject pronoun
    content_follows = _OPENS_QUOTATION.match(text, end) is not None or text.startswith(" that ", end)
    if not (previous[:1].isupper() and previous.lower() not in lx.CAPITALISED_NOT_SOURCE
            or lowered in lx.SUBJECT_PRONOUNS or lowered == "it" or _source_head(lowered)
            or content_follows and _noun_only(lowered) and len(before) > 1 and before[-2][2].lower() in lx.NP_OPENERS):
        return False  # "The ad claims “...”": a described noun before a quotation or "that" speaks too
    if lowered in lx.MEDIA_REPORT_MODIFIERS or len(before) == 1 and before[0][0] == 0 and not previous[:1].isupper():
        return False
    if content_follows:
        return True
    following = _NEXT_WORD.match(text, end)
    if following is None or following.group(1).lower() in _ALL_CUES:
        return False  # "FEC reports show": the noun belongs to the subject of the next cue
    return following.group(1).lower() not in lx.NOUN_FOLLOWERS


def _title_case(text: str) -> bool:
    """A headline in Title Case ("Mayor Says Bridge Is Safe"), where verbs are capitalised too."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _relative_pronoun(a: Anchor) -> AttributionMatch | None:
    """ "X, who has said ...": in a non-restrictive relative clause the pronoun is the source
    (PolNeAR marks it), the relation is subordinate, and its named source is the antecedent.
    A restrictive one ("voters who said ...") defines a group rather than quoting a speaker."""
    tokens = _tokens(a.text, max(0, a.start - 60), a.start)
    cue_from = a.start
    while tokens and tokens[-1][2].lower() in lx.CUE_AUXILIARIES:
        cue_from = tokens.pop()[0]
    if not tokens or tokens[-1][2].lower() not in lx.RELATIVE_PRONOUNS:
        return None
    if len(tokens) < 2 or tokens[-2][2] not in (",", "—", "–"):
        share = tokens[-2][2].lower() if len(tokens) > 1 else ""
        if not (share in lx.PERCENT_WORDS and len(tokens) > 2 and tokens[-3][2][:1].isdigit() or share[:1].isdigit()):
            return NOT_A_CUE  # type: ignore[return-value]  # restrictive ("those who said"): it defines a group
        # "23 percent who said": a share of respondents answering, which the pronoun stands for
    if _ANONYMITY.match(a.text, a.start):
        return NOT_A_CUE  # type: ignore[return-value]  # "who asked not to be named": part of the source
    pronoun = tokens[-1]
    found = _build(a.text, (pronoun[0], pronoun[1]), (cue_from, a.end), a.cue, quoted=False, relay=None)
    antecedent = _phrase_back(tokens[:-2] if len(tokens) > 1 and tokens[-2][2] == "," else tokens[:-1])[0]
    if antecedent and _subject_phrase(antecedent):
        phrase = a.text[antecedent[0][0] : antecedent[-1][1]]
        found.attribution.source = phrase
        found.attribution.source_type, found.attribution.anonymous = classify_source(phrase, a.cue)
    found.subordinate = True
    return found


def _participle_adjunct(a: Anchor) -> AttributionMatch | None:
    """ "The senator defended the plan, saying it would pay for itself": a participle after
    a comma (or a coordinated verb, "... and said") takes the subject of its clause."""
    start = a.start
    adverb = _ADVERB_BEFORE.search(a.text, max(0, start - 20), start)
    if adverb is not None:
        start = adverb.start()  # "... and boldly claiming": the adverb goes with the participle
    before = a.text[max(0, start - 8) : start]
    gerund = a.cue.split()[0].endswith("ing")  # "saying", "referring to"
    # A comma may close a quotation first: '... on "Morning Joe," adding ...'
    after_comma = before.rstrip().rstrip("\"”’'").endswith((",", "—", "–"))
    participle = gerund and (after_comma or before.endswith(_ADVERBIAL_BEFORE_PARTICIPLE))
    coordinated = before.endswith((" and ", " but ", ", and ", "and also "))
    if gerund and not participle and not coordinated:
        opening = _OPENING_PARTICIPLE.match(a.text)
        if opening is not None and opening.end() > a.end:
            # "Noting the vote, the mayor said ...": an opening participle takes the main clause's subject
            main = _opening_subject(_tokens(a.text, opening.end(), min(len(a.text), opening.end() + 120)))
            if main is not None:
                return _build(a.text, main, (a.start, a.end), a.cue, quoted=False, relay=None)
    if not participle and not coordinated:
        return None
    for earlier in reversed(a.found):
        if earlier.cue_span[1] <= a.start and not earlier.subordinate and earlier.attribution.source:
            return _build(a.text, earlier.source_span, (a.start, a.end), a.cue, quoted=False, relay=None)
    subject = _first_verb_subject(a.text, a.start) or _clause_subject(a.text, a.start)
    if subject is None and coordinated:
        subject = _adverbial_clause_subject(a.text, a.start)
    if subject is None:
        return NOT_A_CUE  # type: ignore[return-value]
    return _build(a.text, subject, (a.start, a.end), a.cue, quoted=False, relay=None)


def _adverbial_clause_subject(text: str, before: int) -> tuple[int, int] | None:
    """The subject of an adverbial clause that a coordinated cue continues: "when Ada Voss
    thanked the crew and said ...", "though she praised the plan and said ...". The nearest
    adverbial subordinator before the cue opens the clause; its subject must be followed by
    a verb, and no boundary may stand between the clause and the cue."""
    tokens = _tokens(text, max(0, before - 200), before)
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i][2]
        if word in _BOUNDARY_TOKENS or word in ".!?":
            return None
        if word.lower() in lx.ADVERBIAL_SUBORDINATORS:
            clause = tokens[i + 1 :]
            subject = _opening_subject(clause)
            if subject is None:
                return None
            rest = [t for t in clause if t[0] >= subject[1]]
            verb = next((t[2] for t in rest if not _is_cue_modifier(t[2])), "")
            return subject if verb.islower() and _verb_reading(verb.lower()) else None
    return None


def _first_verb_subject(text: str, before: int) -> tuple[int, int] | None:
    """The subject of the sentence's first finite verb, read as a cue's subject is: "Sen. Ann
    Lee (D-Va.) defended the plan, saying ...", "Ines Morel, a planner, joined the board and
    said ...". Names with titles, parentheses and appositions are what the plain opening
    subject misses; the subject must open the sentence (after a dateline dash)."""
    tokens = _tokens(text, 0, before)
    opening = 0
    for i, token in enumerate(tokens):
        if token[2] in (".", "!", "?", ";", "—", "–", "-", "--") and i + 1 < len(tokens):
            opening = i + 1  # a dateline's dash too: "ORLANDO (Reuters) - The mayor met ... and said"
    tried = 0
    for token in tokens[opening + 1 :]:
        word = token[2]
        if not (word.isalpha() and word.islower()):
            continue
        if not (word.endswith(("ed", "s")) or word in lx.VERBISH or _verb_only(word)) or not _verb_reading(word) or word in lx.NOT_IN_SOURCE:
            continue
        tried += 1
        found = _subject_before(text, token[0])
        if found is not None and found[0][0] <= tokens[opening][0] + 2 and not found[2]:
            return found[0]
        if tried >= 2:
            break
    return None


def _reduced_relative(a: Anchor) -> AttributionMatch | None:
    """ "a sign saying ...", "a memo stating ...": the noun the participle modifies says it;
    "X issued a statement saying ...": X says it, through the statement."""
    if not a.cue.split()[0].endswith("ing"):
        return None
    statement = _STATEMENT_BEFORE.search(a.text, max(0, a.start - 90), a.start)
    if statement is not None:
        subject = _subject_before(a.text, statement.start() + 1)
        if subject is not None:
            return _build(a.text, subject[0], (statement.start() + 1, a.end), a.cue, quoted=False, relay=None)
    tokens = _tokens(a.text, max(0, a.start - 60), a.start)
    while tokens and _is_cue_modifier(tokens[-1][2]):
        tokens = tokens[:-1]  # "Cruz repeatedly calling"
    if tokens and (tokens[-1][2].lower() in lx.PROGRESSIVE_AUXILIARIES or _contracted_subject(tokens[-1]) is not None):
        return None  # "polls are showing", "she's hoping": a finite verb, read by the subject rule
    for back in range(2, min(10, len(tokens)) + 1):
        word = tokens[-back][2]
        if word in _BOUNDARY_TOKENS:
            break
        if word.lower() == "with":
            phrase = tokens[-back + 1 :]  # "with Senator Ann Lee telling reporters", "with the union saying"
            if _subject_phrase(phrase):
                return _build(a.text, (phrase[0][0], phrase[-1][1]), (a.start, a.end), a.cue, quoted=False, relay=None)
            break
    for back in range(1, min(5, len(tokens)) + 1):
        word = tokens[-back][2]
        if word in _BOUNDARY_TOKENS or word.lower() in lx.SUBORDINATORS or word.lower() in lx.COORDINATORS:
            break
        if word.lower() in lx.NP_OPENERS or word.endswith(("'s", "’s")):
            phrase = tokens[-back:]
            if phrase[-1][2].lower() in lx.DOCUMENT_WORDS or phrase[-1][2].lower() in lx.OWN_CHANNEL_WORDS:
                return _build(a.text, (phrase[0][0], phrase[-1][1]), (a.start, a.end), a.cue, quoted=False, relay=None)
            break
    return NOT_A_CUE  # type: ignore[return-value]


def _passive_agent(a: Anchor) -> AttributionMatch | None:
    """ "when asked by a reporter", "a fact first reported by the Herald": the agent after "by"."""
    if not a.text.startswith(" by ", a.end):
        return None
    if a.cue not in _CUE_WORDS and not _PASSIVE_BEFORE.search(a.text, max(0, a.start - 30), a.start):
        return None  # "a bill endorsed by", "backed by": an act, not speech; "was attacked by X" is a passive stance
    tokens = _tokens(a.text, a.end + 4, min(len(a.text), a.end + 120))
    name: list[Token] = []
    for i, token in enumerate(tokens):
        if token[2] == "of" and name and i + 1 < len(tokens) and (
                tokens[i + 1][2][:1].isupper() or tokens[i + 1][2].lower() in lx.NP_OPENERS or _nominal(tokens[i + 1][2].lower())):
            name.append(token)  # "64 percent of the electorate", "some of his rivals": the group goes on
            continue
        if token[2] in _BOUNDARY_TOKENS or token[2] in ".!?" or token[2].lower() in lx.INVERTED_STOP | lx.SUBORDINATORS:
            break
        name.append(token)
    if not name or len(name) > 10 or not _subject_phrase(name):
        return None
    # The passive's auxiliary and adverbs belong to the cue: "was first reported (by)", "were quickly derided (by)".
    auxiliary = _PASSIVE_CUE_START.search(a.text, max(0, a.start - 40), a.start)
    found = _build(a.text, (name[0][0], name[-1][1]), (a.start, a.end), a.cue, quoted=False, relay=None)
    if auxiliary is not None:
        found.cue_span = (auxiliary.start(), found.cue_span[1])
    return found


def _subject_left(a: Anchor) -> AttributionMatch | None:
    """ "SOURCE (has long) said": the noun phrase on the cue's left, with its apposition,
    or with a relative clause asking for anonymity ("a nurse who asked not to be named")."""
    unnamed = _ANONYMOUS_RELATIVE.search(a.text, max(0, a.start - 80), a.start)
    if unnamed is not None:
        head, _ = _phrase_back(_tokens(a.text, max(0, unnamed.start() - 60), unnamed.start()))
        if head and _subject_phrase(head):
            return _build(a.text, (head[0][0], unnamed.end()), (a.start, a.end), a.cue, quoted=False, relay=None)
    subject = _subject_before(a.text, a.start, speech=a.cue in lx.SPEECH_VERBS)
    if subject is None:
        return None
    source_span, cue_start, subordinate = subject
    found = _build(a.text, source_span, (cue_start, a.end), a.cue, quoted=False, relay=None)
    if subordinate and a.cue in lx.BELIEF_CUES and found.attribution.source.lower() in lx.PRONOUNS:
        return NOT_A_CUE  # type: ignore[return-value]  # "because they believe", "if you think": a generic thought
    found.subordinate = subordinate
    return found


def _opening_noun_phrase(a: Anchor) -> AttributionMatch | None:
    """ "Supporters who have heard from the campaign say", "Some 20 percent of people in a
    recent poll said", "Research conducted for the center showed": a long noun phrase that
    opens its clause and runs up to the cue, with prepositional phrases, participles and a
    restrictive relative clause ("who ..."), is the cue's subject. Without a relative clause
    no finite verb may stand inside (a clause of its own ends there)."""
    if a.cue in lx.NOUN_LIKE_CUES or a.cue in lx.NAMING_CUES or a.cue in lx.CLAUSE_ONLY_CUES or " " in a.cue:
        return None  # "the reality show", "a group called X": as often a noun or a name
    tokens = _tokens(a.text, max(0, a.start - 200), a.start)
    cue_from = a.start
    while tokens and (tokens[-1][2].lower() in lx.CUE_AUXILIARIES or _is_cue_modifier(tokens[-1][2])):
        cue_from = tokens.pop()[0]
    if not tokens or tokens[-1][2].lower() in lx.FUNCTION_WORDS and tokens[-1][2].lower() not in ("who", "that"):
        return None  # "all the skepticism you'd expect", "ready to say", "its proposed cutoff"
    run: list[Token] = []
    for token in reversed(tokens):
        if token[2] in _BOUNDARY_TOKENS or token[2] in ".!?" or token[2].lower() in lx.COORDINATORS - lx.NP_COORDINATORS:
            break
        run.append(token)
    run.reverse()
    subordinate = False
    if run and run[0][2].lower() in lx.SUBORDINATORS - lx.RELATIVE_PRONOUNS - {"that", "whose", "whom", "what", "how", "why"}:
        run, subordinate = run[1:], True  # "Though executives who ... say": a relation all the same
    if len(run) < 3 or len(run) > 24:
        return None
    first = run[0][2]
    if not (first.lower() in lx.NP_OPENERS or first.lower() in lx.RESPONDENT_QUANTITY_WORDS
            or first[:1].isupper() and first.lower() not in lx.CAPITALISED_NOT_SOURCE | lx.PRONOUNS
            or first.islower() and (first.endswith("s") and _source_head(first) or first in lx.PEOPLE_WORDS)):
        # "insiders in the two states said", "people who have fought fraud say"
        return None
    if first.lower() in lx.SUBORDINATORS or first.lower() in lx.FUNCTION_WORDS - lx.NP_OPENERS or _title_case(a.text):
        return None  # a headline capitalises its verbs ("Tim Allen Just Got Asked")
    if first.lower().replace("’", "'") in lx.CAPITALISED_NOT_SOURCE or run[0][0] > 0 and a.text[
            run[0][0] - 2 : run[0][0]] == ", " and not _after_opening_clause(a.text, run[0][0] - 2):
        return None  # "It's kind of ...", "Jupiter, Florida who ...": no clause opens there
    if first[:1].isupper() and _verb_only(first.lower()):
        return None  # "Take a look at ...": an imperative
    if any(t[2].lower() in lx.TIME_WORDS | lx.TIME_UNITS or t[2].lower() in ("to", "ago") for t in run):
        return None  # "This year X said", "inclined to believe": a time or a verb's complement inside
    relative = next((i for i, t in enumerate(run) if t[2].lower() in ("who", "that") and i > 0), None)
    head = run[:relative] if relative is not None else run
    if relative is not None and len(run) - relative < 2:
        return None
    for i, (_, _, word) in enumerate(head):
        lowered = word.lower()
        if lowered in lx.AUXILIARIES or lowered in lx.NOT_IN_SOURCE or lowered in lx.SUBORDINATORS or lowered in _ALL_CUES:
            return None
        if i > 0 and word.islower() and word.isalpha() and _verb_reading(lowered) and not _nominal(lowered):
            following = head[i + 1][2].lower() if i + 1 < len(head) else ""
            if not (lowered.endswith(("ed", "en")) and following in lx.HEAD_BREAKERS):
                return None  # "Clinton avoided all ...": a finite verb; "a letter obtained by X" stays
    if relative is not None and not (_subject_phrase(head) or _noun_headed(head) or _nominal(head[-1][2].lower())):
        return None
    if relative is None and not (_source_head(head[-1][2].lower()) or head[-1][2][:1].isupper()
                                 or _noun_only(head[-1][2].lower()) or any(_source_head(t[2].lower()) for t in head[:3])):
        return None
    found = _build(a.text, (run[0][0], run[-1][1]), (cue_from, a.end), a.cue, quoted=False, relay=None)
    found.subordinate = subordinate
    return found


def _after_opening_clause(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` closes a clause or adverbial opening the sentence ("Even
    if the vote fails, ...", "Still, while the port is shut, ..."): a new clause starts after it."""
    start = max(text.rfind(". ", 0, comma) + 2, 0)
    opening = text[start:comma].split()
    words = [w.strip(",").lower() for w in opening[:3]]
    return any(w in lx.SUBORDINATORS - lx.RELATIVE_PRONOUNS - {"that"} for w in words)


def _document_subject(a: Anchor) -> AttributionMatch | None:
    """ "A Monmouth poll out Monday showed", "The survey by the state university found",
    "campaign and corporate records show": an evidence verb whose clause opens with a noun
    phrase headed by a document takes all of it, modifiers after the head included."""
    if a.cue not in lx.EVIDENCE_CUES:
        return None
    tokens = _tokens(a.text, max(0, a.start - 160), a.start)
    cue_from = a.start
    while tokens and (tokens[-1][2].lower() in lx.CUE_AUXILIARIES or _is_cue_modifier(tokens[-1][2])
                      or tokens[-1][2].lower() in lx.PROGRESSIVE_AUXILIARIES):
        cue_from = tokens.pop()[0]
    run: list[Token] = []
    for token in reversed(tokens):
        word = token[2]
        if word in _BOUNDARY_TOKENS or word in ".!?" or word.lower() in lx.SUBORDINATORS:
            break
        run.append(token)
    run.reverse()
    while run and run[0][2].lower() in lx.COORDINATORS:
        run = run[1:]
    if not run or len(run) > 16 or any(t[2].lower() in lx.NOT_IN_SOURCE for t in run):
        return None
    for i, (_, _, word) in enumerate(run):
        lowered = word.lower()
        if lowered in lx.DOCUMENT_WORDS or lowered.endswith("s") and lowered[:-1] in lx.DOCUMENT_WORDS:
            opening = run[:i]
            if all(t[2][:1].isupper() or t[2].lower() in lx.NP_OPENERS or t[2].lower() in ("and", "of", "/")
                   or _nominal(t[2].lower()) and not _verb_only(t[2].lower()) for t in opening):
                if i + 1 == len(run) or any(t[2].lower() in lx.HEAD_BREAKERS or _verb_reading(t[2].lower())
                                            or t[2].lower() in lx.TIME_WORDS | {"out"} for t in run[i + 1 : i + 2]):
                    return _build(a.text, (run[0][0], run[-1][1]), (cue_from, a.end), a.cue, quoted=False, relay=None)
            return None
    return None


def _subject_right(a: Anchor) -> AttributionMatch | None:
    """ '"...," said X, the lead researcher.': after a quotation the source follows the cue."""
    if a.cue not in lx.INVERTING_CUES:
        return None
    source_span = _subject_after(a.text, a.start, a.end)
    if source_span is None:
        return None
    return _without_anonymity_request(_build(a.text, source_span, (a.start, a.end), a.cue, quoted=False, relay=None), a.text)


def _without_anonymity_request(found: AttributionMatch, text: str) -> AttributionMatch:
    """ '"...," said one aide, who spoke on condition of anonymity.': the span ends before the
    request for anonymity, which still makes the source anonymous (the source text keeps it)."""
    start, end = found.source_span
    request = _TRAILING_ANONYMITY.search(text, start, end)
    if request is not None and request.start() > start:
        found.source_span = (start, request.start())
    return found


def _clause_subject(text: str, before: int) -> tuple[int, int] | None:
    """The subject opening the clause that ends at ``before``: "The senator" in "The
    senator defended the plan, saying ..."; None when the clause opens otherwise."""
    tokens = _tokens(text, 0, before)
    opening = 0
    for i, token in enumerate(tokens):  # the last sentence start or clause opener
        if token[2] in (".", "!", "?", ";", "“", "\"") and i + 1 < len(tokens):
            opening = i + 1
    tokens = tokens[opening:]
    # "Although X did A, he did B, saying ...": the clause nearest the participle first
    clause_starts = [i + 1 for i, t in enumerate(tokens[:-1]) if t[2] in (",", "—", "–")][::-1] + [0]
    for start in clause_starts:
        subject = _opening_subject(tokens[start:])
        if subject is not None:
            return subject
    return None


@lru_cache(maxsize=8192)
def _verb_reading(word: str) -> bool:
    """Whether lemminflect knows ``word`` as a verb at all ("keeps", "suspended")."""
    return word not in lx.ADJECTIVE_PARTICIPLES and "VERB" in lx.all_lemmas(word)


@lru_cache(maxsize=8192)
def _noun_only(word: str) -> bool:
    """A lowercase word that lemminflect knows only as a noun ("nominee", "governor")."""
    lemmas = lx.all_lemmas(word)
    return bool(lemmas) and set(lemmas) == {"NOUN"}


def _described_noun(tokens: list[Token]) -> bool:
    """ "The Stanford graduate", "the GOP nominee": a determiner or a name, then a noun head."""
    words = [t[2] for t in tokens]
    if len(words) < 2 or not (words[0].lower() in lx.NP_OPENERS or words[0][:1].isupper()):
        return False
    if words[0].lower() in (lx.CAPITALISED_NOT_SOURCE - lx.NP_OPENERS) | lx.PRONOUNS or any(w.lower() in lx.NOT_IN_SOURCE for w in words):
        return False
    middle_nominal = all(
        w[:1].isupper() or _nominal(w.lower().removesuffix("'s").removesuffix("’s")) and not _verb_reading(w.lower())
        for w in words[1:-1]
    )
    return middle_nominal and _noun_only(words[-1].lower())


def _opening_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The subject at the start of ``tokens``: up to its first finite-looking verb."""
    while tokens and (tokens[0][2].lower() in lx.COORDINATORS or tokens[0][2].lower() in ("however", "meanwhile", "still")):
        tokens = tokens[1:]
    found = None
    for size in range(1, min(9, len(tokens))):
        following = tokens[size][2]
        last = tokens[size - 1][2]
        if last in _BOUNDARY_TOKENS or last[:1].islower() and (last in lx.CUE_AUXILIARIES or _is_cue_modifier(last)):
            break  # "Brent crude also rose": the subject ends before "also"
        if size > 1 and _verb_only(last) and last not in lx.ADJECTIVE_PARTICIPLES:
            break  # "Ann Lee sent a text message to ..., asking": the subject ends before its verb
        if not following[:1].islower() or following in lx.NP_CONTINUATIONS or _noun_only(following):
            continue  # "the Democratic nominee", "New Jersey's governor": the noun phrase goes on
        if _subject_phrase(tokens[:size]) or _described_noun(tokens[:size]):
            found = (tokens[0][0], tokens[size - 1][1])  # the longest noun phrase before a lowercase word
    return found


ANCHORED_RULES: tuple[Rule, ...] = (
    Rule("according to", "according to SOURCE", _according_to_anchor),
    Rule("not a cue", "a cue word used as a noun, a name, a wish or a compound", _not_a_cue),
    Rule("relative pronoun", "X, who said ...", _relative_pronoun),
    Rule("participle adjunct", "SOURCE did X, saying ... / SOURCE did X and said ...", _participle_adjunct),
    Rule("reduced relative", "a memo saying ... / SOURCE issued a statement saying ...", _reduced_relative),
    Rule("passive agent", "asked by SOURCE", _passive_agent),
    Rule("document subject", "A POLL (released Monday by X) showed / records show", _document_subject),
    Rule("subject before cue", "SOURCE (has) said", _subject_left),
    Rule("opening noun phrase", "A LONG NOUN PHRASE (of X, who did Y) said", _opening_noun_phrase),
    Rule("inverted after quotation", '"...," said SOURCE', _subject_right),
)


def _inside_quotation(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation that opens before it in ``text``.

    The last quotation mark before ``at`` decides: an opening one ("“", or a straight
    mark after a space or at the start) leaves it inside, a closing one ("”", or a
    straight mark after a word or punctuation) outside. A claim that continues a
    quotation from the sentence before starts inside it and shows only the closing
    mark: '... flat-out plagiarism," David Axelrod said.' is outside at "said"."""
    for index in range(at - 1, -1, -1):
        char = text[index]
        if char == "“":
            return True
        if char == "”":
            return False
        if char == "\"":
            return _opens(text, index)
        if char == "‘":
            return True  # a single curly mark opens a quotation in the British style: ‘The pier is safe,’ she said.
        if char == "’" and "‘" in text[:index] and not text[index + 1 : index + 2].isalpha():
            return False  # its closing mark; an apostrophe ("don’t", "Jones’ report") has no opening one before it
        if char == "'" and index > 0 and text[index - 1] == "'":
            return _opens_double_single(text, index - 1)  # two single marks for a double: ''It was awful,'' she said.
    # No mark before: inside when the first mark after closes a quotation that opened
    # in an earlier sentence ('It was awful. He kept calling her a liar," she said.').
    for index in range(at, len(text)):
        char = text[index]
        if char in "“”\"":
            return char == "”" or char == "\"" and not _opens(text, index)
        if text.startswith("''", index):
            return not _opens_double_single(text, index)
    return False


def _opens_double_single(text: str, index: int) -> bool:
    """Whether the two single marks at ``index`` open a quotation: after a space or at the start,
    and before a word (a closing pair may follow a space after a nested quote: "'Primates,' ''")."""
    after = text[index + 2 : index + 3]
    return _opens(text, index) and bool(after) and not after.isspace()


def _opens(text: str, index: int) -> bool:
    """Whether the straight quotation mark at ``index`` opens a quotation (after a space,
    a bracket or a dash, or at the start) rather than closes one."""
    return index == 0 or text[index - 1].isspace() or text[index - 1] in "([{—–-"


def _believes_in(text: str, cue_end: int) -> bool:
    """ "believes in the convention": faith in a thing, not a proposition held."""
    return text.startswith(" in ", cue_end) and text[max(0, cue_end - 8) : cue_end].lower().rstrip("sd").endswith("believe")


def _tokens(text: str, start: int, end: int) -> list[Token]:
    return [(*m.span(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _subject_before(text: str, cue_start: int, speech: bool = False) -> tuple[tuple[int, int], int, bool] | None:
    """(source span, where the cue starts with its auxiliaries, subordinate) left of a cue.

    Before a verb of saying (``speech``) any noun may head the subject ("forecasters say",
    "the Republican nominee told"), not only the lexicon's speaking heads."""
    catenative = _CATENATIVE_BEFORE.search(text, max(0, cue_start - 40), cue_start)
    if catenative is not None:
        cue_start = catenative.start()  # "He continues to insist": he
    tokens = _tokens(text, max(0, cue_start - 100), cue_start)
    cue_from = cue_start
    progressive = text[cue_start:cue_start + 30].split(" ", 1)[0].lower().endswith("ing")
    while tokens and (tokens[-1][2].lower() in lx.CUE_AUXILIARIES or _is_cue_modifier(tokens[-1][2])
                      or progressive and tokens[-1][2].lower() in lx.PROGRESSIVE_AUXILIARIES
                      or tokens[-1][2].lower() == "since" and len(tokens) > 1 and tokens[-2][2].lower() in ("has", "have", "had")):
        cue_from = tokens.pop()[0]  # "has long said", "is telling", "are showing"
    if tokens and tokens[-1][2].lower() in _TIME_ENDS:
        time = _TRAILING_TIME.search(text, tokens[0][0], tokens[-1][1])
        if time is not None:  # "A poll last month showed": the time is neither source nor cue
            tokens = [t for t in tokens if t[1] <= time.start()]
    if not tokens:
        return None
    contracted = _contracted_subject(tokens[-1])
    if contracted is not None:  # "she's hoping", "they're not saying": the pronoun, and the auxiliary joins the cue
        return contracted, contracted[1], False
    if tokens[-1][2] == ",":  # "X, a former adviser, said" / "X, who ..., said": an apposition may run long
        return _subject_with_apposition(_tokens(text, max(0, cue_start - 240), cue_from), cue_from, speech)
    if tokens[-1][2] in ("—", "–", "--", "-"):  # "Ada Voss — after a pause — told": the aside is neither
        opening = next((i for i in range(len(tokens) - 2, max(-1, len(tokens) - 30), -1) if tokens[i][2] == tokens[-1][2]), -1)
        if opening > 0:
            phrase, subordinate = _phrase_back(tokens[:opening])
            if phrase and _subject_phrase(phrase):
                return (phrase[0][0], phrase[-1][1]), cue_from, subordinate
        return None
    phrase, subordinate = _phrase_back(tokens)
    while len(phrase) > 1 and phrase[0][2].lower() in lx.FOCUS_PARTICLES:
        phrase = phrase[1:]  # "even some allies said": the particle focuses the subject, it is no part of it
    if len(phrase) > 1 and phrase[-1][2].lower() in lx.FLOATING_QUANTIFIERS:
        phrase = phrase[:-1]  # "Ann Lee and Tom Berg both said": the quantifier floats after the subject
    if len(phrase) > 1 and phrase[-1][2].lower() in lx.SUBJECT_PRONOUNS:
        # "at the town hall this week she said": a personal pronoun is the whole subject
        return (phrase[-1][0], phrase[-1][1]), cue_from, subordinate
    if not phrase or not (_subject_phrase(phrase) or speech and _noun_headed(phrase)):
        return None
    return (_with_serial_names(tokens, phrase)[0][0], phrase[-1][1]), cue_from, subordinate


def _with_serial_names(tokens: list[Token], phrase: list[Token]) -> list[Token]:
    """ "Ann Lee, Tom Berg and Ada Voss said": names listed before the last two conjuncts
    belong to the one source."""
    words = [t[2] for t in phrase]
    if "and" not in words or not phrase[0][2][:1].isupper():
        return phrase
    at = len(tokens) - len(phrase)
    while at >= 2 and tokens[at - 1][2] == ",":
        segment_start = at - 1
        while segment_start > 0 and tokens[segment_start - 1][2][:1].isupper() and at - 1 - segment_start < 4:
            segment_start -= 1
        segment = tokens[segment_start : at - 1]
        before = tokens[segment_start - 1][2] if segment_start > 0 else ""
        if segment and before in ("in", "of", "from"):  # "Voters in Iowa, Ohio and Texas said"
            head, _ = _phrase_back(tokens[: segment_start - 1])
            if head and (_subject_phrase(head) or _noun_headed(head)):
                return head + [tokens[segment_start - 1]] + segment + [tokens[at - 1]] + phrase
            break
        if not segment or not (before in _BOUNDARY_TOKENS or before.lower() in lx.COORDINATORS | lx.SUBORDINATORS
                               or segment_start == 0):
            break
        phrase = segment + [tokens[at - 1]] + phrase
        at = segment_start
    return phrase


def _noun_headed(tokens: list[Token]) -> bool:
    """A lowercase noun phrase headed by a noun: "forecasters", "the Republican nominee",
    "many economists"; bare only when plural. Verbs, adverbs and function words are not heads."""
    words = [t[2] for t in tokens]
    head = words[-1].lower()
    if len(words) > 6 or not head.isalpha() or not words[-1].islower() or not _noun_only(head):
        return False
    if len(words) == 1:
        return head.endswith("s")
    return _described_noun(tokens) or head.endswith("s") and all(
        _nominal(w.lower()) and not _verb_reading(w.lower()) or w.endswith("ing") and w.lower() not in _ALL_CUES
        for w in words[:-1] if not w[:1].isupper()
    )  # "hacking specialists", "cement makers"


def _contracted_subject(token: Token) -> tuple[int, int] | None:
    """The pronoun of "she's", "they’re", "he'd": a subject with its auxiliary attached."""
    word = token[2].replace("’", "'")
    stem, apostrophe, ending = word.partition("'")
    if not apostrophe or ending.lower() not in lx.CONTRACTED_AUXILIARIES or stem.lower() not in lx.SUBJECT_PRONOUNS:
        return None
    return token[0], token[0] + len(stem)


def _phrase_back(tokens: list[Token]) -> tuple[list[Token], bool]:
    """The tokens back to the nearest boundary, and whether that boundary subordinates."""
    phrase: list[Token] = []
    skip_to = -1
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if index > skip_to >= 0:
            phrase.append(token)  # inside a parenthesis after a name: "Sen. Ann Lee (D-Va.)"
            continue
        lowered = token[2].lower()
        if token[2] == ")" and phrase == [] and index > 1:
            opening = next((i for i in range(index - 1, max(-1, index - 12), -1) if tokens[i][2] == "("), -1)
            if opening > 0 and tokens[opening - 1][2][:1].isupper():
                phrase.append(token)
                skip_to = opening - 1
                continue
        if lowered in lx.NP_COORDINATORS and phrase and _coordinated(tokens, index, phrase[-1]):
            phrase.append(token)  # "Ada Voss and her lawyers said": one source of two conjuncts
            continue
        if token[2] in _BOUNDARY_TOKENS or lowered in lx.COORDINATORS:
            return phrase[::-1], False
        if lowered in lx.SUBORDINATORS or (lowered in _ALL_CUES and token[2][:1].islower() and phrase):
            return phrase[::-1], True  # "said [an inspector] had told": a complement clause opens
        phrase.append(token)
        if len(phrase) > 12:
            return [], False
    return phrase[::-1], False


def _coordinated(tokens: list[Token], index: int, right_first: Token) -> bool:
    """Whether the "and" at ``index`` joins two noun phrases into one source: the run on its
    left, back to a boundary, is a short name or described noun ("Her directors and
    advisers", "Ada Voss and her lawyers"), or capitals stand either side ("Ways and Means").
    A clause on the left ("The council met Ada Voss and aides said") keeps them apart."""
    left: list[Token] = []
    for back in range(index - 1, max(-1, index - 7), -1):
        word = tokens[back][2]
        lowered = word.lower()
        if word in _BOUNDARY_TOKENS or lowered in lx.COORDINATORS or lowered in lx.SUBORDINATORS:
            break
        left.append(tokens[back])
    else:
        if index - 7 >= 0:
            return False  # a long run: a clause, not a conjunct
    if not left:
        return False
    left.reverse()
    if left[-1][2][:1].isupper() and right_first[2][:1].isupper():
        return True  # "Clinton and Sanders", "Disease Control and Prevention"
    for position, (_, _, word) in enumerate(left):
        lowered = word.lower().removesuffix("'s").removesuffix("’s")
        if word[:1].isupper() or word[:1].isdigit():
            continue
        if lowered in lx.NP_OPENERS and position < len(left) - 1:
            continue
        if lowered in _SOURCE_HEADS or lowered in lx.BARE_SOURCE_NOUNS or _nominal(lowered):
            continue
        return False
    last = left[-1][2]
    return last[:1].isupper() or last.lower() in _SOURCE_HEADS or _nominal(last.lower())


@lru_cache(maxsize=8192)
def _nominal(word: str) -> bool:
    """A lowercase word that can sit in a noun phrase: lemminflect knows it as a noun or an
    adjective ("presidential", "records"), or not at all and it is no function word
    ("chinese"); a verb only ("met", "passed", "leading") cannot."""
    if word in lx.FUNCTION_WORDS or word in lx.NOT_IN_SOURCE:
        return False
    lemmas = lx.all_lemmas(word)
    if not lemmas:
        return word.isalpha()
    return "NOUN" in lemmas or "ADJ" in lemmas and not word.endswith(("ly", "ing"))


_PARTY_LABEL = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,5}")


def _subject_with_apposition(
    tokens: list[Token], cue_from: int, speech: bool = False
) -> tuple[tuple[int, int], int, bool] | None:
    """ "HEAD, APPOSITION, said": the head names the source, the apposition describes it."""
    end = len(tokens) - 1  # the comma before the cue
    for _ in range(5):  # up to five describing segments: "X, 67, a retired nurse in Kalmar, Sweden, said"
        comma = end - 1
        while comma >= 0 and tokens[comma][2] != ",":
            if tokens[comma][2] in _BOUNDARY_TOKENS:
                return None  # a quotation or a clause break inside: not an apposition
            comma -= 1
        apposition = tokens[comma + 1 : end]
        if comma < 1 or not apposition:
            return None
        head, subordinate = _phrase_back(tokens[:comma])
        if head and _apposition_of(apposition, head) and len(head) <= 9 and (
                _subject_phrase(head) or speech and _noun_headed(head)) and not (
                len(head) == 1 and (head[0][2][:1].isdigit() or _PARTY_LABEL.fullmatch(head[0][2]))):
            # "X, 33, of Baldwin,", "Sen. Ann Lee, D-Vt., who ...,": an age or a party label is no head
            return (_name_before_description(tokens, head)[0][0], tokens[-2][1]), cue_from, subordinate
        place = len(apposition) <= 3 and all(t[2][:1].isupper() for t in apposition) and tokens[comma - 1][2][:1].isupper()
        if not _apposition_of(apposition, None) and not place:  # "in Carthage, Ill.,": a place goes on
            return None
        end = comma
    return None


def _name_before_description(tokens: list[Token], head: list[Token]) -> list[Token]:
    """A described head named just before it is the name's apposition: "Dan Backer, the
    fund's lawyer, treasurer and strategist, has rejected": Dan Backer and the description."""
    if not head[0][2][:1].islower():
        return head
    at = tokens.index(head[0])
    if at < 2 or tokens[at - 1][2] != ",":
        return head
    name, _ = _phrase_back(tokens[: at - 1])
    opener = name[0][2].lower() if name else ""
    if name and _is_name(" ".join(t[2] for t in name)) and opener not in lx.HEAD_BREAKERS | lx.SUBORDINATORS:
        return name + head  # not "In Paris, the minister, a veteran,"
    return head


def _apposition_of(apposition: list[Token], head: list[Token] | None) -> bool:
    """Whether ``apposition`` describes (or, after a described head, names) a source: "a
    former adviser", "who chairs the board", "67", "Republican of Ohio", "Josh Earnest"
    after "the press secretary". ``head`` None asks whether it may stand among several."""
    first = apposition[0][2]
    lowered = first.lower()
    if (lowered in lx.NP_OPENERS or lowered in ("who", "whose", "which") or first[:1].islower() or first[:1].isdigit()
            or lowered in lx.PERSON_TITLES or lowered in lx.ROLE_WORDS):
        return True
    if not first[:1].isupper() or len(apposition) > 6:
        return False
    if len(apposition) > 1 and apposition[1][2] in ("of", "from"):
        return True  # "Republican of New York", "Democrat from Ohio"
    if len(apposition) == 1 and _PARTY_LABEL.fullmatch(first):
        return True  # "Sen. Ann Lee, D-Vt., said": a party label
    if len(apposition) > 1 and apposition[-1][2].islower() and _source_head(apposition[-1][2]):
        return True  # "Sanders’ campaign manager", "Acme's chief executive"
    # A name after a described head: "the White House press secretary, Josh Earnest,"
    return head is not None and head[-1][2][:1].islower() and all(t[2][:1].isupper() for t in apposition)


def _describes(word: str) -> bool:
    """An apposition's first word: "a", "the", "former", "chairman", "Republican", "33"."""
    lowered = word.lower()
    if lowered in ("who", "whose"):
        return True  # a non-restrictive relative clause describes the source too
    if lowered in lx.NOT_IN_SOURCE or lowered in lx.CUE_AUXILIARIES or lowered.endswith("ing"):
        return False
    return (lowered in lx.NP_OPENERS or word[:1].isupper() or word[:1].isdigit() or lowered in lx.ROLE_WORDS
            or lowered in lx.PERSON_TITLES or lowered in ("who", "whose") or _noun_only(lowered)
            or "-" in lowered and all(_nominal(part) for part in lowered.split("-") if part))  # "author of", "co-director"


def _subject_phrase(tokens: list[Token]) -> bool:
    """A noun phrase that can say something: a pronoun, a name, or a described noun.
    A parenthesis after a name ("Gov. Ann Lee (D-Vt.)", "Ann Lee (@annlee)") labels it."""
    if len(tokens) > 3 and tokens[-1][2] == ")" and "(" in [t[2] for t in tokens[:-1]]:
        opening = max(i for i, t in enumerate(tokens) if t[2] == "(")
        if opening > 0 and tokens[opening - 1][2][:1].isupper():
            tokens = tokens[:opening]
    words = [t[2] for t in tokens]
    lowered = [w.lower() for w in words]
    if len(words) > 8 and not all(w[:1].isupper() or w in ("of", "the", "and") for w in words):
        return False
    if _QUANTITY_SUBJECT.match(" ".join(lowered)) and not any(w in lx.NOT_IN_SOURCE for w in lowered):
        return True  # "nine in 10", "some 20 percent of voters", "most of those polled": respondents
    if lowered[0] in lx.NOT_FIRST or lowered[-1] in lx.NOT_LAST or lowered[-1] in lx.DETERMINERS:
        return False
    if any(w in lx.NOT_IN_SOURCE or w in lx.TIME_WORDS or w in lx.VERBISH for w in lowered):
        return False
    if lowered[0] in lx.CAPITALISED_NOT_SOURCE and (len(words) == 1 or lowered[0] not in lx.NP_OPENERS) or not words[0][:1].isalnum():
        return False  # "There said", "This said"; "these supporters" is a noun phrase
    head = lowered[-1].removesuffix("'s").removesuffix("’s")
    if len(words) == 1:
        if lowered[0].endswith("ing"):  # "Having said that"
            return False
        return head in lx.PRONOUNS or words[0][:1].isupper() or head in _SINGLE_WORD_SOURCES or head in lx.PEOPLE_WORDS
    for previous, word, low in zip(lowered, words[1:], lowered[1:]):
        if word[:1].isupper() or not word[:1].isalpha():
            continue
        if low.endswith("ed") and low not in lx.ADJECTIVE_PARTICIPLES and previous not in lx.NP_OPENERS:
            return False
        if low.endswith("ly") or (low.endswith("ing") and previous not in lx.NP_OPENERS and not _source_head(low)):
            return False
    if words[-1][:1].isupper():
        return True
    if not _source_head(head):
        return False
    if lowered[0] in lx.NP_OPENERS or words[0][:1].isupper():
        return True
    # A bare plural described by adjectives or nouns: "recent polls", "new fundraising reports".
    return head.endswith("s") and all(_nominal(w) and not _verb_only(w) for w in lowered[:-1])


def _source_head(word: str) -> bool:
    """A head noun that can speak, singular or plural: "department" and "departments"."""
    return word in _SOURCE_HEADS or word.endswith("s") and (
        word[:-1] in _SOURCE_HEADS or word.endswith("ies") and word[:-3] + "y" in _SOURCE_HEADS
    )


def _premodified_name(name: list[Token]) -> bool:
    """ "retired neurosurgeon Ben Carson", "undecided Republican voter Ann Lee": lowercase
    describing words (adjectives and nouns, no verb only) run into a capitalised name."""
    for position, (_, _, word) in enumerate(name[:4]):
        if word[:1].isupper():
            return position > 0
        if not word.isalpha() or word in lx.FUNCTION_WORDS or not _nominal(word) or _verb_only(word):
            return False
    return False


_PLACE_TO_END = re.compile(r"\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,2}\s*[.!?]?[\"”’]?\s*$")


def _subject_after(text: str, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """The source after an inverted cue: '"...," said X, the lead researcher.'"""
    before = text[max(0, cue_start - 4) : cue_start].rstrip()
    if not before or before[-1] not in ",\"”'’":
        return None
    tokens = _tokens(text, cue_end, min(len(text), cue_end + 300))
    name: list[Token] = []
    for i, token in enumerate(tokens):
        word = token[2]
        if word in _BOUNDARY_TOKENS or word in ".!?":
            break
        if word == "who" and name and _TRAILING_ANONYMITY.match(text, name[-1][1]):
            break  # 'said an aide who spoke on condition of anonymity': the request is no part of the name
        if word in lx.INVERTED_STOP and name:
            following = tokens[i + 1][2] if i + 1 < len(tokens) else ""
            # "Gov. Phil Bryant of Mississippi", "one owner of a shop": a modifier of the name
            if not (word in ("of", "with") and (following[:1].isupper() or following.lower() in lx.NP_OPENERS)
                    or word == "in" and _PLACE_TO_END.match(text, token[1])):
                break  # "said Ann Lee in Kalmar.": where the speaker is belongs to the source
        name.append(token)
    if not name or len(name) > 12:
        return None
    first = name[0][2].lower()
    if not (name[0][2][:1].isupper() or first in lx.NP_OPENERS or first in lx.ROLE_WORDS or _premodified_name(name)):
        return None
    if any(t[2].lower().rstrip(".") in lx.TIME_WORDS or t[2].lower() in lx.NOT_IN_SOURCE for t in name):
        return None
    end = name[-1][1]
    rest = tokens[len(name) :]
    if rest and rest[0][2] == "(" and name[-1][2][:1].isupper():  # "said Rep. Ann Lee (D-Va.)": the label is the name's
        closing = next((i for i, t in enumerate(rest[:8]) if t[2] == ")"), None)
        if closing is not None:
            end, rest = rest[closing][1], rest[closing + 1 :]
    if len(rest) > 1 and rest[0][2] == "," and _describes(rest[1][2]):
        # An apposition runs to the end of the sentence, a quotation, or a participle
        # clause (", noting that ...").
        for i, token in enumerate(rest[1:], start=1):
            word = token[2]
            if word in ".!?;\"“”(" or word == "''" or (word == "," and i + 1 < len(rest) and rest[i + 1][2].endswith("ing")):
                break
            if word.lower() == "via" or word == "," and i + 1 < len(rest) and rest[i + 1][2].lower() == "via":
                break  # "..., via email": the medium, not the source
            if word == "," and i + 1 < len(rest) and rest[i + 1][2] in lx.INVERTED_STOP:
                break  # "said Ann Lee of Derry, N.H., before the debate": the circumstance, not the source
            end = token[1]
    return name[0][0], end
