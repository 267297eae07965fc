"""Agreement figures and the adjudication queue, read from the judgements table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.analysis.agreement import Agreement, agreement
from workbench.analysis.model import LABELS
from workbench.store.judgements import JudgementView, disagreeing_claim_ids, judgements_for
from workbench.store.models import Claim, Judgement


def labels_by_claim(session: Session, article_id: int | None = None) -> dict[int, dict[str, str]]:
    """``{claim_id: {reviewer: label}}`` for every labelled judgement (of one article)."""
    query = select(Judgement.claim_id, Judgement.reviewer, Judgement.label).where(Judgement.label.is_not(None))
    if article_id is not None:
        query = query.join(Claim, Claim.id == Judgement.claim_id).where(Claim.article_id == article_id)
    found: dict[int, dict[str, str]] = {}
    for claim_id, reviewer, label in session.execute(query.order_by(Judgement.claim_id, Judgement.id)):
        found.setdefault(claim_id, {})[reviewer] = label
    return found


def store_agreement(session: Session, article_id: int | None = None) -> Agreement:
    return agreement(labels_by_claim(session, article_id), LABELS)


@dataclass(frozen=True, slots=True)
class Disagreement:
    claim_id: int
    article_id: int
    seq: int
    text: str
    final_label: str | None
    status: str
    adjudicated_by: str | None
    judgements: list[JudgementView]

    def to_json(self) -> dict[str, object]:
        return {
            "claim_id": self.claim_id, "article_id": self.article_id, "seq": self.seq, "text": self.text,
            "final_label": self.final_label, "status": self.status, "adjudicated_by": self.adjudicated_by,
            "judgements": [j.to_json() for j in self.judgements],
        }


def disagreements(session: Session, article_id: int | None = None, include_settled: bool = False) -> list[Disagreement]:
    """Claims whose judgements differ, each with every judgement and its note; adjudicated ones
    only with ``include_settled``."""
    ids = disagreeing_claim_ids(session, article_id)
    by_claim = judgements_for(session, ids)
    rows = session.execute(
        select(Claim.id, Claim.article_id, Claim.seq, Claim.text, Claim.label, Claim.status, Claim.adjudicated_by)
        .where(Claim.id.in_(ids)).order_by(Claim.id)
    ).all() if ids else []
    return [
        Disagreement(*row, judgements=by_claim[row[0]])  # type: ignore[misc]
        for row in rows
        if include_settled or row[6] is None
    ]
