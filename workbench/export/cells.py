"""Readable one-line forms of a claim's lists, shared by the CSV and the editor's report.

``last month = 2021-07-01..2021-07-31; on Wednesday = 2021-08-18``
``temporal_conflict with claim 9: ...`` (9 is a claim_id)
``https://... (supports) | https://... (refutes)``
"""

from __future__ import annotations

import json
from typing import Any

from workbench.analysis.model import TimeExpression
from workbench.export.rows import FindingRef, SourceRef

LIST_SEPARATOR = " | "
TIME_SEPARATOR = "; "
CHAIN_SEPARATOR = " > "


def times_text(times: list[TimeExpression]) -> str:
    return TIME_SEPARATOR.join(t.describe() for t in times)


def finding_text(finding: FindingRef) -> str:
    """``temporal_conflict with claim 9: why`` — the status shows when it is not open."""
    head = finding.kind
    if finding.with_claim_id is not None:
        head += f" with claim {finding.with_claim_id}"
    if finding.status != "open":
        head += f" ({finding.status})"
    return f"{head}: {finding.explanation}"


def findings_text(findings: list[FindingRef]) -> str:
    return LIST_SEPARATOR.join(finding_text(f) for f in findings)


def source_name(source: SourceRef) -> str:
    """The URL where there is one, else the title, else the stored id."""
    if source.url:
        return source.url
    if source.title:
        return source.title
    return f"source {source.source_id}" if source.source_id is not None else f"article {source.article_id}"


def sources_text(sources: list[SourceRef]) -> str:
    return LIST_SEPARATOR.join(f"{source_name(s)} ({s.stance})" for s in sources)


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
