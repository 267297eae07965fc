"""Readable one-line forms of a claim's lists, shared by the CSV and the editor's report.

``last month = 2021-07-01..2021-07-31; on Wednesday = 2021-08-18``
``temporal_conflict with claim 9: ...`` (9 is a claim_id)
``Readout <https://...> (supports): “excerpt” — quote check: verbatim (100) | https://... (refutes)``
"""

from __future__ import annotations

import json
import re
from typing import Any

from workbench.analysis.model import TimeExpression
from workbench.export.rows import FindingRef, SourceRef

LIST_SEPARATOR = " | "
TIME_SEPARATOR = "; "
CHAIN_SEPARATOR = " > "


def times_text(times: list[TimeExpression]) -> str:
    return TIME_SEPARATOR.join(t.describe() for t in times)


def finding_text(finding: FindingRef) -> str:
    """``temporal_conflict with claim 9: why`` — the status shows when it is not open; the
    explanation's lines (headline, derivation) are joined with " — " so a cell stays one line."""
    head = finding.kind
    if finding.with_claim_id is not None:
        head += f" with claim {finding.with_claim_id}"
    if finding.status != "open":
        head += f" ({finding.status})"
    return f"{head}: {finding.explanation.replace(chr(10), ' — ')}"


def findings_text(findings: list[FindingRef]) -> str:
    return LIST_SEPARATOR.join(finding_text(f) for f in findings)


def source_name(source: SourceRef) -> str:
    """The URL where there is one, else the title, else the stored id."""
    if source.url:
        return source.url
    if source.title:
        return source.title
    return f"source {source.source_id}" if source.source_id is not None else f"article {source.article_id}"


def source_text(source: SourceRef) -> str:
    """``Readout <https://...> (supports): “they discussed” — quote check: verbatim (100)``."""
    if source.title and source.url:
        head = f"{source.title} <{source.url}>"
    else:
        head = source_name(source)
    text = f"{head} ({source.stance})"
    if source.excerpt:
        text += f": “{source.excerpt}”"
    if source.quote_check:
        text += f" — quote check: {quote_check_outcome(source.quote_check)}"
    return text


def sources_text(sources: list[SourceRef]) -> str:
    return LIST_SEPARATOR.join(source_text(s) for s in sources)


def quote_check_outcome(check: dict[str, Any]) -> str:
    """``verbatim (100)``, ``close (93): "said" -> "stated"``, ``not found (41)``.

    Reads the stored form of ``workbench.evidence.quotecheck.QuoteCheck`` (status, score,
    diff) and words it as its ``describe()`` does; exports may not import evidence.
    An unknown shape is shown as compact JSON rather than dropped.
    """
    status = check.get("status")
    if status is None:
        return json.dumps(check, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    score = check.get("score")
    text = f"{status} ({score:g})" if isinstance(score, (int, float)) and not isinstance(score, bool) else str(status)
    changes = [_word_change(change) for change in check.get("diff") or [] if isinstance(change, dict)]
    return text + (": " + "; ".join(changes) if changes else "")


def _word_change(change: dict[str, Any]) -> str:
    if change.get("kind") == "changed":
        return f'"{change.get("source", "")}" -> "{change.get("quote", "")}"'
    if change.get("kind") == "added":
        return f'added "{change.get("quote", "")}"'
    return f'omitted "{change.get("source", "")}"'


def quote_checks_text(sources: list[SourceRef]) -> str:
    return LIST_SEPARATOR.join(
        f"{source_name(s)}: {quote_check_outcome(s.quote_check)}" for s in sources if s.quote_check
    )


# --- a finding as a headline ------------------------------------------------------------------
# The stored explanation is the derivation ("'last month' -> July (the calendar month before
# publication; ...); ..."); the headline says in words what conflicts, with both values.
# The same headline is shown by the CLI, the review screen, the CSV and the reports.

_TEMPORAL = re.compile(
    r"^'(?P<a>[^']*)' -> (?P<va>.+?); '(?P<b>[^']*)' -> (?P<vb>.+?); both describe '(?P<what>[^']*)'"
)
_NUMBERS = re.compile(r"^same claim with different numbers: (?P<a>.+?) here vs (?P<b>.+?) there")
_SIMILARITY = re.compile(r"\s*\((?:similarity|with numbers masked)[^)]*\)")
KIND_WORDS = {
    "temporal_conflict": "dates disagree",
    "numeric_conflict": "numbers disagree",
    "duplicate": "near-duplicate",
    "reuse": "re-used by its outlet",
}


def kind_words(kind: str) -> str:
    """``temporal_conflict`` -> ``dates disagree``; an unknown kind with its underscores as spaces."""
    return KIND_WORDS.get(kind, kind.replace("_", " "))


_MONTH_DAY = re.compile(r"^([A-Z][a-z]+) (\d{1,2})$")


def _value_only(described: str) -> str:
    """``August 17..August 28 (the day of publication or ...)`` -> ``17–28 August``."""
    cut = described.find(" (")
    value = described[:cut] if cut > 0 else described
    first, _, last = value.partition("..")
    a, b = _MONTH_DAY.match(first.strip()), _MONTH_DAY.match(last.strip())
    if a and not last:
        return f"{a[2]} {a[1]}"
    if a and b:
        return f"{a[2]}–{b[2]} {a[1]}" if a[1] == b[1] else f"{a[2]} {a[1]} – {b[2]} {b[1]}"
    return value.replace("..", "–")


def finding_derivation(explanation: str) -> str:
    """How a finding was worked out: the explanation after its headline line (all of an older one)."""
    lines = [line.strip() for line in explanation.strip().splitlines() if line.strip()]
    return "; ".join(lines[1:]) if len(lines) > 1 else " ".join(explanation.split())


def finding_headline(kind: str, explanation: str) -> str:
    """One line in words: what conflicts, with both dates or numbers.

    ``Dates disagree: 'last month' (July) vs 'on Wednesday' (25 August 2021): both date the message``
    — the analysis's own first line — or, for an older one-line explanation, worded from it:

    ``Dates disagree on 'this message': 'last month' (July) vs 'on Wednesday' (August 17–August 28)``
    ``Numbers disagree: three here vs five in the other claim``
    """
    lines = [line.strip() for line in explanation.strip().splitlines() if line.strip()]
    if len(lines) > 1:  # the analysis writes its own headline on the first line, the derivation after it
        words = kind_words(kind)
        return f"{words[:1].upper()}{words[1:]}: {lines[0]}"
    # One-line explanations come from databases analysed before headlines were written.
    text = " ".join(explanation.split())
    if kind == "temporal_conflict":
        found = _TEMPORAL.match(text)
        if found:
            return (
                f"Dates disagree on '{found['what']}': '{found['a']}' ({_value_only(found['va'])}) "
                f"vs '{found['b']}' ({_value_only(found['vb'])})"
            )
    if kind == "numeric_conflict":
        found = _NUMBERS.match(text)
        if found:
            return f"Numbers disagree: {found['a']} here vs {found['b']} in the other claim"
    if kind == "reuse":
        outlet, _, text = text.partition(" re-used its own sentence: ")
        similarity = re.search(r"similarity (\d+)", text)
        return f"Re-used by {outlet}" + (f" ({similarity[1]}% alike)" if similarity else "")
    if kind == "duplicate":
        similarity = re.search(r"similarity (\d+)", text)
        rest = _SIMILARITY.sub("", text).removeprefix("near-duplicate claim").strip(" ,:")
        head = "Near-duplicate" + (f" ({similarity[1]}% alike)" if similarity else "")
        return head + (f": {rest}" if rest else "")
    first = text.split("; ", 1)[0]
    words = kind_words(kind)
    return words[:1].upper() + words[1:] + (f": {first}" if first else "")
