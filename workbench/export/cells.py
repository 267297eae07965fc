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
    """``verbatim (100)``, ``close (93)``, ``not found``; unknown shapes as compact JSON."""
    outcome = check.get("outcome") or check.get("status") or check.get("result")
    score = check.get("score")
    if outcome is None:
        return json.dumps(check, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if isinstance(score, (int, float)) and not isinstance(score, bool):
        return f"{outcome} ({score:.0f})"
    return str(outcome)


def quote_checks_text(sources: list[SourceRef]) -> str:
    return LIST_SEPARATOR.join(
        f"{source_name(s)}: {quote_check_outcome(s.quote_check)}" for s in sources if s.quote_check
    )
