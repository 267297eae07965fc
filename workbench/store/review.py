"""What a person changes: labels, notes, finding statuses — each with an audit row.

Optimistic locking: a caller that saw a claim at ``version`` N passes ``expected_version=N``;
if someone else changed it since, ``VersionConflict`` carries both values and nothing is
written. ``expected_version=None`` means "whatever is there now" (command-line use).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from workbench.analysis.model import LABELS
from workbench.store.articles import utcnow
from workbench.store.engine import Database
from workbench.store.errors import ReviewError, VersionConflict
from workbench.store.judgements import final_label, record_judgement
from workbench.store.models import Claim, ReviewEvent


@dataclass(frozen=True, slots=True)
class ClaimChange:
    claim_id: int
    field: str
    old: str | None
    new: str | None
    version: int
    # For a label: who set the old one and when, so undoing restores them as they were.
    old_reviewer: str | None = None
    old_labeled_at: datetime | None = None


def set_label(
    db: Database, claim_id: int, label: str | None, reviewer: str, expected_version: int | None = None,
    restore: tuple[str | None, datetime | None] | None = None,
) -> ClaimChange:
    """``restore`` (undo): keep this (labelled by, labelled at) instead of (reviewer, now)."""
    if label is not None and label not in LABELS:
        raise ReviewError(f"label must be one of {', '.join(LABELS)}; got {label!r}")
    return db.write_with_retry(
        lambda session: _change_claim(session, claim_id, "label", label, reviewer, expected_version, restore)
    )


def set_note(
    db: Database, claim_id: int, note: str | None, reviewer: str, expected_version: int | None = None
) -> ClaimChange:
    note = note if note and note.strip() else None
    return db.write_with_retry(
        lambda session: _change_claim(session, claim_id, "note", note, reviewer, expected_version)
    )


def _change_claim(
    session: Session, claim_id: int, field: str, value: str | None, reviewer: str, expected: int | None,
    restore: tuple[str | None, datetime | None] | None = None,
) -> ClaimChange:
    # The claim's row is locked first (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises):
    # two reviewers judging one claim at once queue here, and the second sees the first's judgement.
    claim = session.get(Claim, claim_id, with_for_update=True, populate_existing=True)
    if claim is None:
        raise ReviewError(f"no claim with id {claim_id}")
    old = getattr(claim, field)
    if expected is not None and claim.version != expected:
        raise VersionConflict(claim_id, field, value, old, claim.reviewer, claim.version)
    now = utcnow()
    new_version = claim.version + 1
    values: dict[str, object] = {field: value, "version": new_version}
    old_reviewer, old_labeled_at = claim.reviewer, claim.labeled_at
    # The reviewer's own judgement (store.judgements) takes the label or note; the claim's
    # label is then the final one, worked out from every judgement (or an adjudication).
    # The change (and its audit row) is the reviewer's own: from their previous judgement.
    when = restore[1] if restore is not None and restore[1] is not None else now
    if field == "label":
        own = value
        if restore is not None and restore[0] not in (None, reviewer):
            # Undoing over a colleague's label: theirs is still their judgement; this reviewer's goes.
            own = None
        own_old = record_judgement(session, claim_id, reviewer, when, label=own)
        final = final_label(session, claim)
        at = final.at
        if restore is not None and restore[1] is not None and (final.label, final.reviewer) == (value, restore[0]):
            at = restore[1]  # undo gives back who labelled it and when, as it was
        values = {"label": final.label, "reviewer": final.reviewer, "labeled_at": at,
                  "status": final.status, "version": new_version}
    else:
        record_judgement(session, claim_id, reviewer, now, note=value, field="note")
        own_old, own = old, value
    # Compare-and-set on the version: a concurrent writer on PostgreSQL cannot slip in between.
    result = session.execute(
        update(Claim)
        .where(Claim.id == claim_id, Claim.version == claim.version)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.refresh(claim)
        raise VersionConflict(claim_id, field, value, getattr(claim, field), claim.reviewer, claim.version)
    session.add(ReviewEvent(claim_id=claim_id, reviewer=reviewer, at=now, field=field, old=own_old, new=own))
    if field == "label" and values["label"] != old and values["label"] != value:
        # The final label moved to something other than what this reviewer set (e.g. their
        # label was cleared and a colleague's takes over): that is audited too.
        session.add(ReviewEvent(claim_id=claim_id, reviewer=reviewer, at=now, field="final_label", old=old,
                                new=values["label"]))  # type: ignore[arg-type]
    if field == "label":  # old: the claim's label before (undo restores it, with who and when)
        return ClaimChange(claim_id, field, old, value, new_version, old_reviewer, old_labeled_at)
    return ClaimChange(claim_id, field, old, value, new_version)


def set_finding_status(db: Database, finding_id: int, status: str, reviewer: str) -> ClaimChange:
    """One finding's status (``store.findings.change_findings_status`` does the work), as a ClaimChange."""
    from workbench.store.findings import change_findings_status

    def work(session: Session) -> ClaimChange:
        (change,) = change_findings_status(session, [finding_id], status, reviewer)
        version = session.get_one(Claim, change.claim_id).version
        return ClaimChange(change.claim_id, f"finding:{finding_id}", change.old, status, version)

    return db.write_with_retry(work)
