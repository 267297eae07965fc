"""Keeping stored suggestions true to the open findings.

A claim in an open or confirmed temporal or numeric conflict is suggested ``contradictory``;
when the conflict is found later (another article, on ingest) or a reviewer dismisses it,
the suggestion is worked out again from the claim's findings and attribution. Confirming a
conflict keeps the claims contradictory: only a dismissal clears it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workbench.analysis.labels import CONFLICT_KINDS, label_from_attribution
from workbench.analysis.model import Attribution
from workbench.store.models import Claim, FindingRow
from workbench.store.queries import LIVE_FINDING_STATUSES


def refresh_suggestions(session: Session, claim_ids: Iterable[int]) -> None:
    for claim in session.scalars(select(Claim).where(Claim.id.in_(set(claim_ids)))):
        claim.suggested_label, claim.suggestion_reason = _suggestion(session, claim)


def _suggestion(session: Session, claim: Claim) -> tuple[str, str]:
    conflict = session.execute(
        select(FindingRow.kind, FindingRow.claim_id, FindingRow.other_claim_id)
        .where(
            FindingRow.status.in_(LIVE_FINDING_STATUSES),
            FindingRow.kind.in_(CONFLICT_KINDS),
            or_(FindingRow.claim_id == claim.id, FindingRow.other_claim_id == claim.id),
        )
        .order_by(FindingRow.id)
        .limit(1)
    ).first()
    if conflict is None:
        return label_from_attribution(Attribution.from_json(claim.attribution))
    kind, left, right = conflict
    other_id = right if left == claim.id else left
    other = session.execute(select(Claim.seq, Claim.article_id).where(Claim.id == other_id)).first()
    if other is None:
        where = "another claim"
    elif other.article_id == claim.article_id:
        where = f"claim {other.seq}"
    else:
        where = f"claim {other.seq} of article {other.article_id}"
    return "contradictory", f"{kind.replace('_', ' ')} with {where}"
