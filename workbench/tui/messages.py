"""Messages the database workers post back to the UI thread (past tense: they report facts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

from workbench.store.browse import StoreTotals
from workbench.store.review import ClaimChange, VersionConflict
from workbench.store.views import ArticleSummary, ClaimDetail, ClaimSummary


@dataclass
class ClaimsLoaded(Message):
    """A page of the claim queue. ``placement`` is replace, after or before."""

    generation: int
    placement: str
    rows: list[ClaimSummary]
    more_after: bool
    more_before: bool = False
    cursor_id: int | None = None


@dataclass
class ArticlesLoaded(Message):
    placement: str
    rows: list[ArticleSummary]
    more_after: bool
    more_before: bool = False
    cursor_id: int | None = None


@dataclass
class TotalsLoaded(Message):
    totals: StoreTotals


@dataclass
class ViewCounted(Message):
    generation: int
    count: int


@dataclass
class DetailLoaded(Message):
    claim_id: int
    detail: ClaimDetail | None


@dataclass
class ClaimChanged(Message):
    """A write landed. ``claim_id`` is the claim the write was made from (a finding's change
    may report its other claim); ``undoing`` marks a change that reverted an earlier one."""

    claim_id: int
    change: ClaimChange
    undoing: bool
    request: Any = None  # the tui.changes.Change that was written (kept for undo)


@dataclass
class ChangeConflicted(Message):
    claim_id: int
    conflict: VersionConflict
    undoing: bool


@dataclass
class ChangeRefused(Message):
    claim_id: int
    reason: str


@dataclass
class ChangeDeferred(Message):
    """A write the database could not take yet (locked by another writer): kept and retried."""

    claim_id: int
    change: Any  # the tui.changes.Change waiting to be written
    undoing: bool
    reason: str


@dataclass
class UnlabeledFound(Message):
    generation: int
    claim: ClaimSummary | None
    forward: bool


@dataclass
class OthersChanged(Message):
    """Fresh copies of what is on screen after someone (maybe us) wrote."""

    change_id: int
    claims: list[ClaimSummary]
    articles: list[ArticleSummary]


@dataclass
class SearchFinished(Message):
    generation: int
    query: str
    rows: list[ClaimSummary]


@dataclass
class ExportWritten(Message):
    path: str
    rows: int


@dataclass
class ExportFailed(Message):
    reason: str


@dataclass
class FindingsJudged(Message):
    """A bulk change of findings landed: each (finding id, claim id, old status) can be undone."""

    status: str
    changes: list[tuple[int, int, str]]
    article_id: int


@dataclass
class PriorityRanked(Message):
    """The priority view: the view's unlabeled claims most worth checking, best first."""

    generation: int
    rows: list[ClaimSummary]
