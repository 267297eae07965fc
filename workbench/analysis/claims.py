"""Atomic claims: the smallest spans an editor checks on their own.

A claim is usually a sentence. Headings and site furniture ("No comments:") are not
claims; a leading dateline ("Kabul:") is not part of the first claim. A sentence is
split where it joins independent clauses (", and", ", but", "; ") and the clause after the joint has its own subject and verb; never
inside a quotation. Attribution stays attached: a clause without its own source takes
the sentence's trailing or leading one, and every sentence of a multi-sentence
quotation takes the source named where the quotation opens or closes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.analysis.attribution import find_attribution
from workbench.analysis.lexicon import AUXILIARIES, NEGATED_AUXILIARIES
from workbench.analysis.model import Attribution, Claim, Sentence

# Only punctuated joints: "X and it now threatens Y" without a comma stays one claim.
_JOINT = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+(?:and\s+|but\s+)?")
_AUXILIARIES = " ".join(sorted(
    (AUXILIARIES - {"am", "being", "having", "shall"}) | NEGATED_AUXILIARIES | {"won't", "can't", "don't"}))
_COMMON_VERBS = (
    "expect expects say says think thinks believe believes want wants need needs see sees plan plans hope hopes "
    "remain remains continue continues rise rises fall falls lose loses win wins make makes take takes "
    "go goes come comes get gets give gives keep keeps hold holds show shows seem seems look looks face faces "
    "stand stands run runs lead leads pay pays spend spends own owns fear fears warn warns argue argues "
    "threaten threatens kept said told made took gave went came got held lost won saw ran led paid spent fell "
    "rose grew began become became left met found thought brought bought sold sent built cut put set hit struck "
    "sought fought stood knew drew threw flew wrote spoke broke chose drove"
)
# A clause opens with a subject (a pronoun, or up to four words after a determiner or a
# capitalised name) followed by a finite verb: an auxiliary, a common verb, or an -ed form.
_CLAUSE = re.compile(
    r"(?:it|he|she|they|we|i|you|there|this|that|these|those"
    r"|(?:(?:the|a|an|his|her|its|their|our|my|some|many|most|all|both|no|each|other)\s+)?(?:[\w'’%$.-]+\s+){0,4}?[\w'’%$.-]+)"
    r"\s+(?:(?:also|now|still|not|already|only|then|later|never|often|reportedly|allegedly)\s+)?"
    r"(?:" + "|".join(sorted((_AUXILIARIES + " " + _COMMON_VERBS).split(), key=len, reverse=True)) + r"|\w{3,}ed)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’-]*)(?:,?\s[A-Z0-9][\w.'’-]*){0,3}(?:\s\([\w .'-]{1,30}\))?\s*(?::|—|--)\s+(?=[A-Z\"“])"
)
_TERMINAL = tuple(".!?\"”’'…)")
_MIN_CLAUSE_WORDS = 4


def extract_claims(text: str, sentences: list[Sentence]) -> list[Claim]:
    """Claims in order, with their attribution set where one is found."""
    claims: list[Claim] = []
    # (claims of the open quotation, the attribution named where it opened)
    open_quote: tuple[list[Claim], Attribution | None] | None = None
    for sentence in sentences:
        if _is_heading(sentence.text):
            continue
        start = sentence.start
        if _may_open_with_dateline(text, sentence, claims):
            dateline = _DATELINE.match(text, start, sentence.end)
            if dateline and len(dateline.group(0)) <= 60:
                start = dateline.end()
        inside_quote = open_quote is not None
        balance = _quote_balance(text[start : sentence.end])
        parts = [(start, sentence.end)] if inside_quote or balance else _clauses(text, start, sentence.end)
        sentence_claims = [_claim(text, a, b, sentence.index, len(claims) + i + 1) for i, (a, b) in enumerate(parts)]
        _share_attribution(sentence_claims)
        claims.extend(sentence_claims)
        if open_quote is not None:
            open_quote[0].extend(sentence_claims)
            if balance:  # this sentence closes the quotation
                _attribute_quotation(*open_quote)
                open_quote = None
        elif balance:
            opener = sentence_claims[0].attribution
            open_quote = (list(sentence_claims), opener if opener and opener.source else None)
    if open_quote is not None:
        _attribute_quotation(*open_quote)
    _resolve_pronoun_sources(claims)
    return claims


_PRONOUN_GENDER = {"he": "male", "she": "female"}
_TITLE_GENDER = {"mr": "male", "sir": "male", "mrs": "female", "ms": "female", "miss": "female", "lady": "female"}
_RESOLVE_WITHIN = 8  # claims: further back, "he" may well be someone the article named in between


def _resolve_pronoun_sources(claims: list[Claim]) -> None:
    """ "he said" / "she told" take the nearest earlier named person who was a source.

    Only speakers count as antecedents: the nearest capitalised name in the text is as
    often a place or an organisation. A title that fixes a gender ("Mr.", "Ms.") must
    agree with the pronoun; with no named speaker close enough the pronoun stays.
    """
    last_named: tuple[int, str] | None = None
    for position, claim in enumerate(claims):
        attribution = claim.attribution
        if attribution is None or not attribution.source:
            continue
        pronoun = attribution.source.lower()
        if pronoun in _PRONOUN_GENDER:
            if last_named is not None and position - last_named[0] <= _RESOLVE_WITHIN:
                name = last_named[1]
                title = name.split()[0].lower().rstrip(".")
                if _TITLE_GENDER.get(title, _PRONOUN_GENDER[pronoun]) == _PRONOUN_GENDER[pronoun]:
                    claim.attribution = replace(attribution, source=name, hedges=list(attribution.hedges))
                    last_named = (position, name)
            continue
        if attribution.source_type == "person" and attribution.source[:1].isupper():
            last_named = (position, attribution.source)


def _may_open_with_dateline(text: str, sentence: Sentence, claims: list[Claim]) -> bool:
    """A dateline ("Kabul:", "PORTSMOUTH, U.K.:") opens the first paragraph of the body only.

    Later, "Name:" at a paragraph's start is a speaker ("Clinton: ...", a transcript's
    "TAPPER: ..."), and a first line without a full stop is a headline ("Lynch: No outside
    influence on the inquiry"): both keep the name, which the attribution reads as the source.
    So does a first line standing on its own, full stop or not, unless its label is in
    capitals ("PORTSMOUTH, U.K.: ...").
    """
    start = sentence.start
    if claims or not (sentence.index == 0 or text[start - 1 : start] == "\n"):
        return False
    label = sentence.text.split(":", 1)[0]
    if sentence.index == 0 and not label.isupper() and text[sentence.end : sentence.end + 1] in ("", "\n"):
        return False  # the first line, on its own, "Carson: Rival took the wrong approach.": a headline quoting its speaker
    return sentence.index > 0 or sentence.text.rstrip().endswith(_TERMINAL)


def _claim(text: str, start: int, end: int, sentence_index: int, seq: int) -> Claim:
    claim_text = text[start:end]
    return Claim(seq=seq, start=start, end=end, text=claim_text, sentence_index=sentence_index,
                 attribution=find_attribution(claim_text))


def _is_heading(sentence: str) -> bool:
    """A line without a final full stop that is short, ends in a colon (unless a speaker
    introduces a quotation there: "Dr. Ward stated:"), or is Title Case."""
    if sentence.endswith(_TERMINAL) or "\n" in sentence:
        return False
    if sentence.endswith(":"):
        # "No comments:" is furniture; "Dr. Ward stated:" introduces what a speaker says
        attribution = find_attribution(sentence)
        return attribution is None or not attribution.source
    words = sentence.split()
    if len(words) <= 3:
        return True
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised >= 0.7 * len(words)


def _quote_balance(span: str) -> bool:
    """True when the span opens or closes a quotation it does not finish itself."""
    if "\"" not in span and "“" not in span and "”" not in span:
        return False
    return span.count("\"") % 2 == 1 or span.count("“") != span.count("”")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    span = text[start:end]
    if "," not in span and ";" not in span and " and " not in span:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    part_start = start
    for joint in _JOINT.finditer(text, start, end):
        after = joint.end()
        if _quote_balance(text[start : joint.start()]):
            continue  # inside a quotation: keep it whole
        if len(text[part_start : joint.start()].split()) < _MIN_CLAUSE_WORDS:
            continue
        # The part before the joint opens the sentence (or follows a joint): only the
        # part after it has to show a subject and a verb of its own.
        if len(text[after:end].split()) < _MIN_CLAUSE_WORDS or not _CLAUSE.match(text, after, end):
            continue
        parts.append((part_start, joint.start()))
        part_start = after
    parts.append((part_start, end))
    return parts


def _share_attribution(claims: list[Claim]) -> None:
    """Clauses of one sentence without a source take the sentence's trailing or leading one."""
    if len(claims) < 2:
        return
    last, first = claims[-1].attribution, claims[0].attribution
    shared = last if last and last.source else first if first and first.source else None
    if shared is None:
        return
    for claim in claims:
        if claim.attribution is None or not claim.attribution.source:
            hedges = claim.attribution.hedges if claim.attribution else []
            claim.attribution = replace(shared, hedges=hedges)


def _attribute_quotation(claims: list[Claim], opener: Attribution | None) -> None:
    """Every sentence of one quotation carries the source named at its close or opening."""
    closing = claims[-1].attribution
    source = closing if closing and closing.source else opener
    if source is None:
        return
    for claim in claims:
        if claim.attribution is None or not claim.attribution.source:
            hedges = claim.attribution.hedges if claim.attribution else []
            claim.attribution = replace(source, kind="direct_quote", hedges=hedges)

