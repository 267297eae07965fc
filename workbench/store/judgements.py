"""Judgements per reviewer, the final label and the claim's review status (issue 14).

Each reviewer's label and note on a claim is their own ``Judgement`` row. The claim's
``label`` (with ``reviewer`` and ``labeled_at``) is the **final** label:

- adjudicated (``label ID L --final``, ``claims.adjudicated_by`` set): the adjudicator's label,
  whatever the judgements say, until the adjudication is cleared (``none --final``);
- else the latest labelled judgement (a one-person desk: the reviewer's own label, as
  always; two reviewers who differ: the last one to label, as before judgements were kept,
  while the claim waits in the adjudication queue).

The status follows: ``unreviewed`` (no labelled judgement), ``in_review`` (one), ``needs_second_look``
(labels differ, not adjudicated), ``approved`` (two or more agree, or adjudicated).
Every function here runs inside the caller's write transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workbench.analysis.model import LABELS
from workbench.store.articles import utcnow
from workbench.store.engine import Database
from workbench.store.models import CLAIM_STATUSES, Assignment, Claim, Judgement, ReviewEvent

UNREVIEWED, IN_REVIEW, NEEDS_SECOND_LOOK, APPROVED = CLAIM_STATUSES


@dataclass(frozen=True, slots=True)
class JudgementView:
    claim_id: int
    reviewer: str
    label: str | None
    note: str | None
    at: datetime

    def to_json(self) -> dict[str, object]:
        return {"reviewer": self.reviewer, "label": self.label, "note": self.note, "at": self.at.isoformat()}


@dataclass(frozen=True, slots=True)
class FinalLabel:
    label: str | None
    reviewer: str | None
    at: datetime | None
    status: str


def record_judgement(
    session: Session, claim_id: int, reviewer: str, now: datetime, *, label: str | None = None,
    note: str | None = None, field: str = "label",
) -> str | None:
    """Set ``field`` (label or note) of ``reviewer``'s judgement on the claim; returns its old value.

    A judgement left with neither label nor note is deleted (a cleared label is no judgement).
    """
    judgement = session.scalar(
        select(Judgement).where(Judgement.claim_id == claim_id, Judgement.reviewer == reviewer)
    )
    value = label if field == "label" else note
    if judgement is None:
        if value is None:
            return None
        session.add(Judgement(claim_id=claim_id, reviewer=reviewer, at=now, **{field: value}))
        session.flush()
        return None
    old = getattr(judgement, field)
    setattr(judgement, field, value)
    if field == "label":
        judgement.at = now
    if judgement.label is None and judgement.note is None:
        session.delete(judgement)
    session.flush()
    return old


def final_label(session: Session, claim: Claim) -> FinalLabel:
    """What the claim's final label and status are, from its judgements and any adjudication."""
    if claim.adjudicated_by is not None:
        return FinalLabel(claim.label, claim.reviewer, claim.labeled_at, APPROVED)
    labelled = session.execute(
        select(Judgement.reviewer, Judgement.label, Judgement.at)
        .where(Judgement.claim_id == claim.id, Judgement.label.is_not(None))
        .order_by(Judgement.at, Judgement.id)
    ).all()
    if not labelled:
        return FinalLabel(None, None, None, UNREVIEWED)
    last_reviewer, last_label, last_at = labelled[-1]
    if len({label for _, label, _ in labelled}) > 1:
        status = NEEDS_SECOND_LOOK
    else:
        status = APPROVED if len(labelled) > 1 else IN_REVIEW
    return FinalLabel(last_label, last_reviewer, last_at, status)


def set_final_label(db: Database, claim_id: int, label: str | None, adjudicator: str) -> tuple[str | None, str | None]:
    """Adjudicate: ``label`` becomes the claim's final label (``None`` clears the adjudication,
    handing the final label back to the judgements). Returns (old final, new final); audited
    as ``final_label`` in ``review_events``."""
    from workbench.store.review import ReviewError

    if label is not None and label not in LABELS:
        raise ReviewError(f"label must be one of {', '.join(LABELS)}; got {label!r}")

    def work(session: Session) -> tuple[str | None, str | None]:
        claim = session.get(Claim, claim_id, with_for_update=True, populate_existing=True)
        if claim is None:
            raise ReviewError(f"no claim with id {claim_id}")
        old = claim.label
        now = utcnow()
        if label is None:
            claim.adjudicated_by = None
            final = final_label(session, claim)
            values = {"label": final.label, "reviewer": final.reviewer, "labeled_at": final.at,
                      "status": final.status, "adjudicated_by": None}
        else:
            values = {"label": label, "reviewer": adjudicator, "labeled_at": now, "status": APPROVED,
                      "adjudicated_by": adjudicator}
        session.execute(
            update(Claim).where(Claim.id == claim_id).values(version=Claim.version + 1, **values)
            .execution_options(synchronize_session=False)
        )
        session.add(ReviewEvent(claim_id=claim_id, reviewer=adjudicator, at=now, field="final_label",
                                old=old, new=values["label"]))
        return old, values["label"]  # type: ignore[return-value]

    return db.write_with_retry(work)


def judgements_for(session: Session, claim_ids: list[int]) -> dict[int, list[JudgementView]]:
    """Each claim's judgements, oldest first."""
    found: dict[int, list[JudgementView]] = {claim_id: [] for claim_id in claim_ids}
    if not claim_ids:
        return found
    for row in session.execute(
        select(Judgement.claim_id, Judgement.reviewer, Judgement.label, Judgement.note, Judgement.at)
        .where(Judgement.claim_id.in_(claim_ids))
        .order_by(Judgement.claim_id, Judgement.at, Judgement.id)
    ):
        found[row[0]].append(JudgementView(*row))
    return found


def judged_by_exists(reviewer: str):  # type: ignore[no-untyped-def]
    """SQL: the claim carries a labelled judgement by ``reviewer``."""
    return (
        select(Judgement.id)
        .where(Judgement.claim_id == Claim.id, Judgement.reviewer == reviewer, Judgement.label.is_not(None))
        .exists()
    )


def assigned_to_exists(reviewer: str):  # type: ignore[no-untyped-def]
    """SQL: the claim's article is assigned to ``reviewer`` (their queue)."""
    return (
        select(Assignment.id)
        .where(Assignment.article_id == Claim.article_id, Assignment.reviewer == reviewer)
        .exists()
    )


def assign_articles(db: Database, article_ids: list[int], reviewer: str, by: str) -> list[int]:
    """Give these articles to ``reviewer`` (their default queue); returns the newly assigned ids.

    Audited in ``review_events`` (``assigned``, new ``article ID -> NAME``). Unknown ids are refused
    before anything is written.
    """
    from workbench.store.models import Article
    from workbench.store.review import ReviewError

    reviewer = reviewer.strip()
    if not reviewer:
        raise ReviewError("--to needs a reviewer name")

    def work(session: Session) -> list[int]:
        known = set(session.scalars(select(Article.id).where(Article.id.in_(article_ids))))
        missing = [i for i in article_ids if i not in known]
        if missing:
            raise ReviewError(f"no article with id {missing[0]}")
        already = set(session.scalars(
            select(Assignment.article_id).where(Assignment.article_id.in_(article_ids), Assignment.reviewer == reviewer)
        ))
        now = utcnow()
        added = [i for i in dict.fromkeys(article_ids) if i not in already]
        for article_id in added:
            session.add(Assignment(article_id=article_id, reviewer=reviewer, assigned_by=by, at=now))
            session.add(ReviewEvent(claim_id=None, reviewer=by, at=now, field="assigned", old=None,
                                    new=f"article {article_id} -> {reviewer}"))
        return added

    return db.write_with_retry(work)


def assignments(session: Session, reviewer: str | None = None) -> list[tuple[int, str, str, datetime]]:
    """(article id, reviewer, assigned by, when), by article then reviewer."""
    query = select(Assignment.article_id, Assignment.reviewer, Assignment.assigned_by, Assignment.at)
    if reviewer:
        query = query.where(Assignment.reviewer == reviewer)
    return [tuple(row) for row in session.execute(query.order_by(Assignment.article_id, Assignment.reviewer))]  # type: ignore[misc]


def first_assigned_article(session: Session, reviewer: str) -> int | None:
    """The reviewer's default queue: the first article assigned to them that has a claim they
    have not labelled (else the first assigned at all); None without assignments."""
    assigned = list(session.scalars(
        select(Assignment.article_id).where(Assignment.reviewer == reviewer).order_by(Assignment.article_id)
    ))
    if not assigned:
        return None
    waiting = session.scalar(
        select(Claim.article_id)
        .where(Claim.article_id.in_(assigned), ~judged_by_exists(reviewer))
        .order_by(Claim.article_id)
        .limit(1)
    )
    return waiting if waiting is not None else assigned[0]


def judged_by_others_exists(reviewer: str):  # type: ignore[no-untyped-def]
    """SQL: someone other than ``reviewer`` has labelled the claim (the second-review queue)."""
    return (
        select(Judgement.id)
        .where(Judgement.claim_id == Claim.id, Judgement.reviewer != reviewer, Judgement.label.is_not(None))
        .exists()
    )


def disagreeing_claim_ids(session: Session, article_id: int | None = None) -> list[int]:
    """Claims whose labelled judgements hold more than one label, in id order (adjudicated or not)."""
    query = (
        select(Judgement.claim_id)
        .where(Judgement.label.is_not(None))
        .group_by(Judgement.claim_id)
        .having(func.count(func.distinct(Judgement.label)) > 1)
        .order_by(Judgement.claim_id)
    )
    if article_id is not None:
        query = query.where(Judgement.claim_id.in_(select(Claim.id).where(Claim.article_id == article_id)))
    return list(session.scalars(query))


@dataclass(frozen=True, slots=True)
class SecondReviewItem:
    """A claim someone else has labelled, as the second reviewer may see it: blind until judged.

    ``others`` (the colleagues' judgements, labels and notes) is empty until ``mine`` is set;
    ``others_count`` says how many there are.
    """

    claim_id: int
    article_id: int
    seq: int
    text: str
    mine: str | None
    others_count: int
    others: list[JudgementView]


SECOND_REVIEW_LIMIT = 1000


def second_review_queue(
    session: Session, reviewer: str, article_id: int | None = None, limit: int = SECOND_REVIEW_LIMIT
) -> list[SecondReviewItem]:
    """Claims labelled by someone other than ``reviewer``, in id order: the blind second review.

    Colleagues' labels and notes are left out (not merely hidden) of every claim the reviewer
    has not labelled yet.
    """
    query = select(Claim.id, Claim.article_id, Claim.seq, Claim.text).where(judged_by_others_exists(reviewer))
    if article_id is not None:
        query = query.where(Claim.article_id == article_id)
    claims = session.execute(query.order_by(Claim.id).limit(limit)).all()
    judged = judgements_for(session, [row[0] for row in claims])
    items = []
    for claim_id, claim_article, seq, text in claims:
        mine = next((j.label for j in judged[claim_id] if j.reviewer == reviewer), None)
        others = [j for j in judged[claim_id] if j.reviewer != reviewer and j.label is not None]
        items.append(SecondReviewItem(claim_id, claim_article, seq, text, mine, len(others),
                                      others if mine is not None else []))
    return items
