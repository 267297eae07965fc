"""Findings as an editor works through them: listed with both claims, judged one or many at once.

A finding is open until a reviewer judges it: ``confirmed`` (a real problem: it stays
flagged, counted and reported, and a conflict keeps its claims suggested contradictory) or
``dismissed`` (not a problem: it is cleared). ``open`` again reopens it. Every change
writes a ``review_events`` row (``field`` = ``finding:ID``) with who and when; a note on
the decision is a second row (``field`` = ``finding_note:ID``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from workbench.store.articles import utcnow
from workbench.store.engine import Database
from workbench.store.models import FINDING_STATUSES, Article, Claim, FindingRow, ReviewEvent
from workbench.store.suggestions import refresh_suggestions

STATUS_ACTIONS = {"confirm": "confirmed", "dismiss": "dismissed", "reopen": "open"}


@dataclass(frozen=True, slots=True)
class FindingClaim:
    """One side of a finding: the claim and the article it is in."""

    id: int
    article_id: int
    seq: int
    text: str
    label: str | None
    suggested_label: str | None
    article_title: str | None
    article_outlet: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "claim_id": self.id, "article_id": self.article_id, "seq": self.seq, "text": self.text,
            "label": self.label, "suggested_label": self.suggested_label,
            "article_title": self.article_title, "outlet": self.article_outlet,
        }


@dataclass(frozen=True, slots=True)
class FindingRecord:
    id: int
    kind: str
    status: str
    explanation: str
    created_at: datetime | None
    claim: FindingClaim
    other: FindingClaim | None
    decided_by: str | None = None  # who set the current status, when a person did
    decided_at: datetime | None = None
    note: str | None = None  # the latest note on a decision

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "status": self.status, "explanation": self.explanation,
            "claim": self.claim.to_json(), "other_claim": self.other.to_json() if self.other else None,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at.isoformat(timespec="seconds") if self.decided_at else None,
            "note": self.note,
            "created_at": self.created_at.isoformat(timespec="seconds") if self.created_at else None,
        }


@dataclass(frozen=True, slots=True)
class FindingStatusChange:
    """A finding's status moved from ``old`` to ``new``; its inverse swaps them."""

    finding_id: int
    claim_id: int
    old: str
    new: str

    def inverse(self) -> FindingStatusChange:
        return FindingStatusChange(self.finding_id, self.claim_id, self.new, self.old)


def list_findings(
    session: Session,
    article_id: int | None = None,
    kinds: Sequence[str] = (),
    statuses: Sequence[str] = (),
    article_pair: tuple[int, int] | None = None,
    finding_ids: Sequence[int] = (),
    claim_id: int | None = None,
) -> list[FindingRecord]:
    """Findings in id order, with both claims; every argument narrows.

    ``article_id``: either claim is in that article. ``article_pair`` (A, B): one claim in
    A and the other in B (A == B: both inside one article).
    """
    mine, other = aliased(Claim), aliased(Claim)
    mine_article, other_article = aliased(Article), aliased(Article)
    query = (
        select(FindingRow, mine, mine_article.title, mine_article.outlet, other, other_article.title,
               other_article.outlet)
        .join(mine, mine.id == FindingRow.claim_id)
        .join(mine_article, mine_article.id == mine.article_id)
        .outerjoin(other, other.id == FindingRow.other_claim_id)
        .outerjoin(other_article, other_article.id == other.article_id)
        .order_by(FindingRow.id)
    )
    if article_id is not None:
        query = query.where(or_(mine.article_id == article_id, other.article_id == article_id))
    if kinds:
        query = query.where(FindingRow.kind.in_(list(kinds)))
    if statuses:
        query = query.where(FindingRow.status.in_(list(statuses)))
    if finding_ids:
        query = query.where(FindingRow.id.in_(list(finding_ids)))
    if claim_id is not None:
        query = query.where(or_(FindingRow.claim_id == claim_id, FindingRow.other_claim_id == claim_id))
    if article_pair is not None:
        a, b = article_pair
        query = query.where(
            or_(and_(mine.article_id == a, other.article_id == b), and_(mine.article_id == b, other.article_id == a))
        )
    rows = session.execute(query).all()
    decisions = _decisions(session, [row[0].id for row in rows])
    records = []
    for finding, claim, title, outlet, other_claim, other_title, other_outlet in rows:
        who, when, note = decisions.get(finding.id, (None, None, None))
        records.append(
            FindingRecord(
                id=finding.id, kind=finding.kind, status=finding.status, explanation=finding.explanation,
                created_at=finding.created_at, claim=_side(claim, title, outlet),
                other=_side(other_claim, other_title, other_outlet) if other_claim is not None else None,
                decided_by=who, decided_at=when, note=note,
            )
        )
    return records


def _side(claim: Claim, title: str | None, outlet: str | None) -> FindingClaim:
    return FindingClaim(claim.id, claim.article_id, claim.seq, claim.text, claim.label, claim.suggested_label,
                        title, outlet)


def _decisions(
    session: Session, finding_ids: list[int]
) -> dict[int, tuple[str | None, datetime | None, str | None]]:
    """Finding id -> (who, when) of the latest status change and the latest note, from the audit rows."""
    if not finding_ids:
        return {}
    found: dict[int, tuple[str | None, datetime | None, str | None]] = {}
    for chunk_start in range(0, len(finding_ids), 500):
        chunk = finding_ids[chunk_start:chunk_start + 500]
        fields = [f"finding:{i}" for i in chunk] + [f"finding_note:{i}" for i in chunk]
        latest = (
            select(func.max(ReviewEvent.id)).where(ReviewEvent.field.in_(fields)).group_by(ReviewEvent.field)
        )
        for event in session.scalars(select(ReviewEvent).where(ReviewEvent.id.in_(latest))):
            kind, _, number = event.field.partition(":")
            who, when, note = found.get(int(number), (None, None, None))
            if kind == "finding":
                who, when = event.reviewer, event.at
            else:
                note = event.new
            found[int(number)] = (who, when, note)
    return found


def set_findings_status(
    db: Database, finding_ids: Iterable[int], status: str, reviewer: str, note: str | None = None
) -> list[FindingStatusChange]:
    """Set several findings' status in one transaction; unknown ids fail the whole change."""
    ids = list(dict.fromkeys(finding_ids))
    return db.write_with_retry(lambda session: change_findings_status(session, ids, status, reviewer, note))


def change_findings_status(
    session: Session, ids: list[int], status: str, reviewer: str, note: str | None = None
) -> list[FindingStatusChange]:
    """The change itself, inside the caller's write transaction: statuses, audit rows, suggestions."""
    from workbench.store.review import ReviewError

    if status not in FINDING_STATUSES:
        raise ReviewError(f"finding status must be one of {', '.join(FINDING_STATUSES)}; got {status!r}")
    note = note.strip() if note and note.strip() else None
    findings = {f.id: f for f in session.scalars(select(FindingRow).where(FindingRow.id.in_(ids)))}
    missing = [i for i in ids if i not in findings]
    if missing:
        raise ReviewError(f"no finding with id {missing[0]}")
    now = utcnow()
    changes, touched = [], set()
    for finding_id in ids:
        finding = findings[finding_id]
        old = finding.status
        if old != status:
            finding.status = status
            session.add(ReviewEvent(claim_id=finding.claim_id, reviewer=reviewer, at=now,
                                    field=f"finding:{finding_id}", old=old, new=status))
            touched.update(c for c in (finding.claim_id, finding.other_claim_id) if c is not None)
        if note:
            session.add(ReviewEvent(claim_id=finding.claim_id, reviewer=reviewer, at=now,
                                    field=f"finding_note:{finding_id}", old=None, new=note))
        changes.append(FindingStatusChange(finding_id, finding.claim_id, old, status))
    session.flush()
    # A dismissed conflict no longer makes its claims "contradictory"; reopened or confirmed, it does.
    refresh_suggestions(session, touched)
    return changes
