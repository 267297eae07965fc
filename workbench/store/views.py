"""Plain dataclasses the store hands upward: the TUI, CLI and exports never see ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from workbench.analysis.model import Attribution, PublishedWindow, TimeExpression


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: int
    title: str | None
    outlet: str | None
    published: date | None
    published_inferred: PublishedWindow | None
    claims: int
    reviewed: int
    open_findings: int
    url: str | None = None
    dateline: str | None = None
    confirmed_findings: int = 0

    def published_text(self) -> str:
        """The date, the inferred window (``~...``), or ``date unknown``."""
        if self.published:
            return self.published.isoformat()
        if self.published_inferred:
            return self.published_inferred.describe()
        return "date unknown"


@dataclass(frozen=True, slots=True)
class ClaimSummary:
    id: int
    article_id: int
    seq: int
    text: str
    suggested_label: str | None
    label: str | None
    flagged: bool  # an open or confirmed finding involves this claim
    version: int
    finding_status: str | None = None  # "open" when any finding is open, else "confirmed"
    finding_kind: str | None = None  # the kind of that finding (temporal_conflict, duplicate, ...)
    priority: int | None = None  # check-worthiness 0..100, in the priority view
    priority_reasons: tuple[str, ...] = ()
    status: str = "unreviewed"  # unreviewed, in_review, needs_second_look, approved (issue 14)


@dataclass(frozen=True, slots=True)
class FindingView:
    id: int
    kind: str
    claim_id: int
    other_claim_id: int | None
    other_seq: int | None
    other_article_id: int | None
    explanation: str
    status: str
    other_text: str | None = None  # the other claim, so it can be judged without going there
    other_article_title: str | None = None
    other_outlet: str | None = None


@dataclass(frozen=True, slots=True)
class SourceLinkView:
    link_id: int
    source_id: int | None
    article_id: int | None
    title: str | None
    url: str | None
    stance: str
    excerpt: str | None
    note: str | None
    quote_check: dict[str, Any] | None
    who: str | None
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class ClaimDetail:
    id: int
    article_id: int
    seq: int
    text: str
    start: int
    end: int
    suggested_label: str | None
    suggestion_reason: str | None
    label: str | None
    reviewer: str | None
    labeled_at: datetime | None
    note: str | None
    version: int
    attribution: Attribution | None
    times: list[TimeExpression]
    context_before: str
    context_after: str
    findings: list[FindingView] = field(default_factory=list)
    sources: list[SourceLinkView] = field(default_factory=list)
    priority: int | None = None  # check-worthiness 0..100 (analysis.checkworthy)
    priority_reasons: list[str] = field(default_factory=list)
    status: str = "unreviewed"  # the desk's review status (unreviewed, in_review, needs_second_look, approved)
