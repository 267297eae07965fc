"""Keeping stored suggestions true to the open findings.

A claim in an open or confirmed temporal or numeric conflict is suggested ``contradictory``;
when the conflict is found later (another article, on ingest) or a reviewer dismisses it,
the suggestion is worked out again from the claim's findings and attribution. Confirming a
conflict keeps the claims contradictory: only a dismissal clears it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.analysis.labels import CONFLICT_KINDS, label_from_attribution
from workbench.analysis.model import Attribution
from workbench.store.models import Claim, FindingRow
from workbench.store.queries import LIVE_FINDING_STATUSES


def refresh_suggestions(session: Session, claim_ids: Iterable[int]) -> None:
    """Work the suggestions of these claims out again: a handful of queries for the lot.

    Ingest calls this inside its write transaction for every article with a conflict, so
    it must cost the same on the millionth article as on the first: each side of a
    finding is looked up through its own index (``claim_id = X OR other_claim_id = X``
    makes SQLite scan every open finding).
    """
    ids = set(claim_ids)
    if not ids:
        return
    claims = list(session.scalars(select(Claim).where(Claim.id.in_(ids))))
    first: dict[int, tuple[int, str, int, int | None]] = {}
    # Only the side's own index in SQL; status and kind are sifted here. With them in the
    # WHERE clause SQLite chose the (status, claim_id) index for the other side and read every
    # open finding of the store (160 ms a batch at 20k articles, growing with the store).
    base = select(FindingRow.id, FindingRow.kind, FindingRow.claim_id, FindingRow.other_claim_id, FindingRow.status)
    for side in (FindingRow.claim_id, FindingRow.other_claim_id):
        for row in session.execute(base.where(side.in_(ids))):
            if row.status not in LIVE_FINDING_STATUSES or row.kind not in CONFLICT_KINDS:
                continue
            for named in {row.claim_id, row.other_claim_id} & ids:
                if named not in first or row.id < first[named][0]:
                    first[named] = tuple(row)[:4]  # type: ignore[assignment]
    others = {(left if right == claim_id else right) for claim_id, (_, _, left, right) in first.items()}
    places = {row.id: (row.seq, row.article_id) for row in session.execute(
        select(Claim.id, Claim.seq, Claim.article_id).where(Claim.id.in_(others - {None})))}
    for claim in claims:
        conflict = first.get(claim.id)
        if conflict is None:
            claim.suggested_label, claim.suggestion_reason = label_from_attribution(
                Attribution.from_json(claim.attribution))
            continue
        _, kind, left, right = conflict
        claim.suggested_label, claim.suggestion_reason = "contradictory", _conflict_reason(
            kind, claim, places.get(right if left == claim.id else left))


def _conflict_reason(kind: str, claim: Claim, other: tuple[int, int] | None) -> str:
    if other is None:
        where = "another claim"
    elif other[1] == claim.article_id:
        where = f"claim {other[0]}"
    else:
        where = f"claim {other[0]} of article {other[1]}"
    return f"{kind.replace('_', ' ')} with {where}"
