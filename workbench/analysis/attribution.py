"""Who says a claim: source, cue, kind, hedges and attribution chains.

A claim's attribution is found by shape, tried in this order:
1. "according to SOURCE" anywhere;
2. trailing: "CONTENT, SOURCE said." / '"CONTENT," SOURCE reported, citing INNER.';
3. inverted trailing: '"CONTENT," said SOURCE.';
4. leading: "SOURCE said (that) CONTENT" / "SOURCE told reporters CONTENT";
5. inside: "The strike, the union said, will go on."
A shape counts only when its source phrase looks like a noun phrase (short, no
auxiliary verbs, not a clause opener). Source types and media detection come from
the lexicon module; see its docstring for the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_HEDGE_WORDS = frozenset(
    {"reportedly", "allegedly", "purportedly", "apparently", "supposedly", "unconfirmed", "rumoured", "rumored",
     "believed", "understood"}
)
_PASSIVE_HEDGES = ("said to", "reported to", "thought to", "alleged to")
_SIGNAL_WORD = re.compile(r"(?<![a-z])" + word_alternation(_CUE_WORDS | _HEDGE_WORDS) + r"(?![a-z])")
_HEDGE = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in lx.HEDGES) + r")\b", re.IGNORECASE)
_ACCORDING = re.compile(r"(?:^|(?<=[\s,(—-]))(?P<cue>[Aa]ccording to)\s+(?P<source>[^,;\"“”]+?)(?=\s*(?:,|;|\)|—|[.!?]?[\"”’]?\s*$))")
_TRAILING = re.compile(
    r"(?P<sep>,[\"”’']{0,2}\s+|[\"”’']{1,2}\s+|\s+[—–]\s+|\s+--\s+)"
    r"(?P<source>" + _NP + r"(?:,\s+(?:quoting|citing)\s+" + _NP + r",)?)"
    r"\s+" + _AUX + r"(?P<cue>" + _CUE + r")\b"
    r"(?P<tail>[^;\"“”!?]{0,120}?)"
    r"(?:,\s+(?P<relay>citing|quoting)\s+(?P<inner>" + _NP + r"))?" + _END
)
_INVERTED = re.compile(
    r"(?P<sep>,[\"”’']{0,2}\s+|[\"”’']{1,2}\s+)"
    r"(?P<cue>said|says|added|adds|wrote|writes|asked|argued|explained|noted|replied|warned|insisted|recalled|declared|reported|told)\s+"
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
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_NEWS_ORGANISATION = re.compile(
    r"\bnews\s+(?:" + "|".join(sorted(lx.NEWS_ORGANISATION_HEADS)) + r")\b", re.IGNORECASE
)
_MEDIA_REPORTS = re.compile(r"\breports?\s+(?:in|by|from|on)\s+(?:the\s+)?(?P<outlet>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
_LEADING_DESCRIPTOR = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")

# Words that cannot be in (or open) a source phrase: they make it a clause.
_NOT_IN_SOURCE = frozenset(
    """is are was were be been being has have had will would could can should may might must do does did
    that which whether if because when while although though who whom""".split()
)
_NOT_FIRST = frozenset({"and", "but", "or", "so", "as", "where", "who", "what", "how", "why", "to", "not", "than", "for"})
# A source phrase ending in one of these is a clause cut short ("Democrats controlled the Senate and").
_NOT_LAST = frozenset({"and", "or", "but", "to", "of", "for", "with", "in", "on", "at", "by", "who", "which", "that", "widely", "not"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one", "two", "three", "some", "many", "several", "both", "all"})
_NOUN_CUES = frozenset({"reports", "claims", "estimates", "notes", "states", "forecasts", "forecast", "figures"})
_QUOTES = "\"“”"
_SINGLE_WORD_SOURCES = lx.PRONOUNS | lx.ROLE_WORDS | lx.DOCUMENT_WORDS | lx.STRONG_OUTLET_WORDS


@dataclass(slots=True)
class AttributionMatch:
    """An attribution with the offsets (into the claim text) the benchmark scores."""

    attribution: Attribution
    source_span: tuple[int, int]
    cue_span: tuple[int, int]


def find_attribution(claim_text: str) -> Attribution | None:
    """The attribution of one claim, or None; hedges alone still yield an Attribution."""
    words = _signal_words(claim_text)
    match = _match(claim_text, words)
    if match is not None:
        return match.attribution
    hedges = _hedges(claim_text, words)
    return Attribution(hedges=hedges) if hedges else None


def match_attribution(text: str) -> AttributionMatch | None:
    """The attribution with the offsets of its source and cue in ``text``."""
    return _match(text, _signal_words(text))


def _signal_words(text: str) -> set[str]:
    """The cue and hedge words of ``text``, lowercased."""
    return set(_SIGNAL_WORD.findall(text.lower()))


def _match(text: str, words: set[str]) -> AttributionMatch | None:
    cues = words & _CUE_WORDS
    if not cues:
        return None
    finders = (_according_to, _trailing, _inverted, _leading, _inside) if "according" in cues else (
        _trailing, _inverted, _leading, _inside
    )
    for finder in finders:
        found = finder(text)
        if found is not None:
            found.attribution.hedges = _hedges(text, words)
            return found
    return None


def _according_to(text: str) -> AttributionMatch | None:
    match = _ACCORDING.search(text)
    if match is None or not _plausible_source(match.group("source"), allow_clause=True):
        return None
    return _build(text, match.span("source"), match.span("cue"), "according to", quoted=False, relay=None)


def _trailing(text: str) -> AttributionMatch | None:
    tail_from = max(0, len(text) - 260)
    match = _TRAILING.search(text, tail_from)
    while match is not None and not _plausible_source(match.group("source")):
        match = _TRAILING.search(text, match.start("source"))
    if match is None:
        return None
    relay = match.span("inner") if match.group("inner") else None
    quoted = any(q in match.group("sep") for q in _QUOTES)
    return _build(text, match.span("source"), match.span("cue"), match.group("cue"), quoted=quoted, relay=relay)


def _inverted(text: str) -> AttributionMatch | None:
    match = _INVERTED.search(text, max(0, len(text) - 200))
    if match is None or not _plausible_source(match.group("source"), allow_apposition=True):
        return None
    quoted = any(q in match.group("sep") for q in _QUOTES)
    return _build(text, match.span("source"), match.span("cue"), match.group("cue"), quoted=quoted, relay=None)


def _leading(text: str) -> AttributionMatch | None:
    match = _LEADING.match(text)
    if match is None:
        return None
    source_span, cue_span = match.span("source"), match.span("cue")
    cue = match.group("cue")
    rest = match.group("rest")
    if cue.lower() in _NOUN_CUES:  # "Earlier reports said ...": the noun belongs to the source
        follower = _FOLLOWING_CUE.match(rest)
        if follower is None:
            return None
        source_span = (source_span[0], cue_span[1])
        cue_span = (cue_span[1] + follower.start(1), cue_span[1] + follower.end(1))
        cue = follower.group(1)
        rest = rest[follower.end() :]
    source = text[source_span[0] : source_span[1]]
    if not _plausible_source(source, allow_apposition=True) or not _opens_content(rest, cue):
        return None
    if cue.lower() in lx.OBJECT_CUES:
        obj = re.match(r"\s+((?:the\s+|a\s+)?(?:reporters|journalists|[A-Z][\w.]*|news conference|press conference)(?:\s+[A-Z][\w.]*)?)\b", rest)
        if obj:
            cue_span = (cue_span[0], cue_span[1] + obj.end(1))
    quoted = rest.lstrip(" ,:").startswith(("\"", "“"))
    return _build(text, source_span, cue_span, text[cue_span[0] : cue_span[1]], quoted=quoted, relay=None)


def _inside(text: str) -> AttributionMatch | None:
    match = _MIDDLE.search(text)
    if match is None or not _plausible_source(match.group("source")):
        return None
    quoted = any(q in match.group("sep") for q in _QUOTES)
    return _build(text, match.span("source"), match.span("cue"), match.group("cue"), quoted=quoted, relay=None)


def _opens_content(rest: str, cue: str) -> bool:
    """After a leading cue comes content: "that ...", a clause, a quotation, or an object."""
    stripped = rest.lstrip()
    if not stripped:
        return False
    first = stripped[0]
    return first.isalnum() or first in ",:\"“'‘$" and len(stripped) > 3


def _plausible_source(phrase: str, allow_apposition: bool = False, allow_clause: bool = False) -> bool:
    words = [w.lower() for w in _WORD.findall(phrase)]
    if not words or len(words) > (18 if allow_apposition or allow_clause else 10):
        return False
    if words[0] in _NOT_FIRST or words[-1] in _NOT_LAST or words[-1] in _DETERMINERS:
        return False
    if phrase[:1] in "\"“”'‘’" or (words[0].endswith("ing") and phrase[:1].islower()):
        return False  # a quotation or a participle clause, not a noun phrase
    head = phrase.split(",")[0] if allow_apposition else phrase
    head_words = [w.lower() for w in _WORD.findall(head)]
    if not allow_clause and any(w in _NOT_IN_SOURCE for w in head_words):
        return False
    if len(head_words) > 10:
        return False
    first_char = phrase.lstrip("\"“'‘(")[:1]
    if first_char.isupper() or first_char.isdigit() or len(words) > 1:
        return True
    return words[0] in _SINGLE_WORD_SOURCES


def _build(
    text: str,
    source_span: tuple[int, int],
    cue_span: tuple[int, int],
    cue: str,
    quoted: bool,
    relay: tuple[int, int] | None,
) -> AttributionMatch:
    phrase = text[source_span[0] : source_span[1]].strip()
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


def classify_source(phrase: str, cue: str, relayed: bool = False) -> tuple[str, bool]:
    """(source_type, anonymous) for a source phrase; see the lexicon module's rules."""
    raw_words = _WORD.findall(phrase)
    words = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in raw_words]
    vocabulary = set(words)
    lowered = phrase.lower()
    blocked = any(p in lowered for p in lx.NOT_OUTLET_PHRASES)
    organisation = vocabulary & lx.ORGANISATION_WORDS
    document = vocabulary & lx.DOCUMENT_WORDS
    if _is_media(phrase, raw_words, words, vocabulary, organisation, document, blocked, cue, relayed):
        return "media", False
    if len(words) == 1 and words[0] in lx.PRONOUNS:
        return ("organisation" if words[0] == "it" else "person"), False
    # The head noun decides first ("a report by the audit office" is a document, "the
    # regional audit office" an organisation); then any role, document or organisation word.
    head = _WORD.findall(phrase.split(",")[0])  # an apposition ("Dr. X, the lead researcher") describes
    head_words = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in head]
    head_noun = _head_noun(head_words)
    if head_noun in lx.DOCUMENT_WORDS:
        return "document", False
    if head_noun in lx.ORGANISATION_WORDS:
        return "organisation", False
    roles = [i for i, w in enumerate(head_words) if w in lx.ROLE_WORDS or w in lx.PERSON_TITLES]
    if roles:
        # A role or title names a person only when a name follows it: "spokesman Ali Reza".
        return ("person", False) if _named_after(head, roles[-1]) else ("anonymous", True)
    if document:
        return "document", False
    if organisation:
        return "organisation", False
    if raw_words and all(w.isupper() and len(w) > 1 for w in raw_words):
        return "organisation", False
    return "person", False


_PREPOSITIONS = frozenset({"of", "for", "at", "in", "on", "from", "with", "to", "by", "familiar", "close", "who", "which"})


def _head_noun(words: list[str]) -> str:
    """The last word before the first preposition: "report" in "a report by the office"."""
    for i, word in enumerate(words):
        if word in _PREPOSITIONS and i > 0:
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
        if outlet and _names_outlet(outlet.group("outlet")):
            return True
    if organisation or document:
        return False
    if vocabulary & lx.WEAK_OUTLET_WORDS:
        return True
    if any(w in lx.OUTLET_NAME_WORDS for w in raw_words[1:]) or (
        len(raw_words) > 1 and raw_words[0] in lx.OUTLET_NAME_WORDS and raw_words[1][:1].isupper()
    ):
        return True
    if vocabulary & (lx.ROLE_WORDS | lx.PERSON_TITLES | lx.PRONOUNS):
        return False
    # Cue semantics: a named source that reports while quoting someone relays news.
    return relayed and cue in lx.REPORTING_CUES and any(w[:1].isupper() for w in raw_words)


_MULTIWORD_OUTLETS = tuple(name for name in lx.KNOWN_OUTLETS if " " in name)


def _names_outlet(name: str) -> bool:
    parts = name.split()
    return any(p in lx.OUTLET_NAME_WORDS or p in lx.KNOWN_OUTLETS for p in parts)


def _named_after(raw_words: list[str], role_index: int) -> bool:
    """A capitalised name right after the role word: "spokesperson Zabihullah Mujahid"."""
    following = raw_words[role_index + 1 : role_index + 2]
    return bool(following) and following[0][:1].isupper()


def _hedges(text: str, words: set[str]) -> list[str]:
    if not words & _HEDGE_WORDS and not any(p in text for p in _PASSIVE_HEDGES):
        return []
    return [m.group(0).lower() for m in _HEDGE.finditer(text)]
