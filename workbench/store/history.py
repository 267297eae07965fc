"""A claim's audit trail as a timeline, and its comment thread (issue 14)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.store.articles import utcnow
from workbench.store.engine import Database
from workbench.store.models import Claim, Comment, ReviewEvent

FIELD_WORDS = {
    "label": "label (their judgement)",
    "final_label": "final label",
    "note": "note",
}
MAX_COMMENT = 10_000


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    who: str
    what: str  # label, final_label, note, finding:ID, comment, ...
    old: str | None
    new: str | None

    def describe(self) -> str:
        """``maria changed label (their judgement): - -> attributed``; a comment is quoted."""
        if self.what == "comment":
            return f"{self.who} commented: {self.new}"
        words = FIELD_WORDS.get(self.what, self.what.replace("_", " "))
        return f"{self.who} changed {words}: {self.old or '-'} -> {self.new or '-'}"

    def to_json(self) -> dict[str, object]:
        return {"at": self.at.isoformat(), "who": self.who, "what": self.what, "old": self.old, "new": self.new}


def add_comment(db: Database, claim_id: int, author: str, text: str) -> int:
    """Append a comment to the claim's thread; returns its id."""
    from workbench.store.review import ReviewError

    text = text.strip()
    if not text:
        raise ReviewError("a comment needs some text")
    if len(text) > MAX_COMMENT:
        raise ReviewError(f"a comment is at most {MAX_COMMENT} characters")

    def work(session: Session) -> int:
        if session.get(Claim, claim_id) is None:
            raise ReviewError(f"no claim with id {claim_id}")
        comment = Comment(claim_id=claim_id, author=author, at=utcnow(), text=text)
        session.add(comment)
        session.flush()
        return comment.id

    return db.write_with_retry(work)


def claim_history(session: Session, claim_id: int) -> list[HistoryEntry]:
    """Every audited change of the claim and every comment on it, oldest first."""
    from workbench.store.review import ReviewError

    if session.get(Claim, claim_id) is None:
        raise ReviewError(f"no claim with id {claim_id}")
    entries = [
        HistoryEntry(at, who, field, old, new)
        for _, at, who, field, old, new in session.execute(
            select(ReviewEvent.id, ReviewEvent.at, ReviewEvent.reviewer, ReviewEvent.field, ReviewEvent.old,
                   ReviewEvent.new).where(ReviewEvent.claim_id == claim_id).order_by(ReviewEvent.id)
        )
    ]
    entries += [
        HistoryEntry(at, author, "comment", None, text)
        for at, author, text in session.execute(
            select(Comment.at, Comment.author, Comment.text).where(Comment.claim_id == claim_id).order_by(Comment.id)
        )
    ]
    return sorted(entries, key=lambda entry: entry.at)  # stable: same-moment rows keep their order
