"""What a reviewer changes from the review screen, as typed values, each with its inverse.

The app queues a ``Change`` (``LabelChange``, ``NoteChange``, ``FindingStatusChange``,
``LinkChange``); ``apply_change`` writes it in a worker thread and returns the store's
``ClaimChange`` (what was there before); ``Change.inverse(done)`` is the change that undoes it.
No ``"finding:ID"`` strings travel between the screen and the writer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workbench.store.engine import Database
from workbench.store.review import ClaimChange, set_finding_status, set_label, set_note


@dataclass(frozen=True, slots=True)
class LabelChange:
    claim_id: int
    label: str | None
    expected_version: int | None  # the version the reviewer saw; None: whatever is there
    restore: tuple[str | None, datetime | None] | None = None  # undo: who labelled it and when

    def apply(self, db: Database, reviewer: str) -> ClaimChange:
        return set_label(db, self.claim_id, self.label, reviewer, self.expected_version, restore=self.restore)

    def inverse(self, done: ClaimChange, version: int | None) -> LabelChange:
        return LabelChange(self.claim_id, done.old, version, (done.old_reviewer, done.old_labeled_at))

    def describe(self) -> str:
        return "label"


@dataclass(frozen=True, slots=True)
class NoteChange:
    claim_id: int
    note: str | None
    expected_version: int | None

    def apply(self, db: Database, reviewer: str) -> ClaimChange:
        return set_note(db, self.claim_id, self.note, reviewer, self.expected_version)

    def inverse(self, done: ClaimChange, version: int | None) -> NoteChange:
        return NoteChange(self.claim_id, done.old, version)

    def describe(self) -> str:
        return "note"


@dataclass(frozen=True, slots=True)
class FindingStatusChange:
    claim_id: int  # the claim the reviewer was on
    finding_id: int
    status: str

    def apply(self, db: Database, reviewer: str) -> ClaimChange:
        return set_finding_status(db, self.finding_id, self.status, reviewer)

    def inverse(self, done: ClaimChange, version: int | None = None) -> FindingStatusChange:
        return FindingStatusChange(self.claim_id, self.finding_id, done.old or "open")

    def describe(self) -> str:
        return f"finding {self.finding_id}"


@dataclass(frozen=True, slots=True)
class LinkChange:
    claim_id: int
    source_id: int
    stance: str | None  # None: unlink
    excerpt: str | None = None

    def apply(self, db: Database, reviewer: str) -> ClaimChange:
        from workbench.evidence import link_source, unlink

        if self.stance is None:
            done = unlink(db, self.claim_id, source_id=self.source_id, who=reviewer)
        else:
            done = link_source(db, self.claim_id, source_id=self.source_id, stance=self.stance,
                               excerpt=self.excerpt, who=reviewer)
        return ClaimChange(self.claim_id, f"link:{self.source_id}", done.old_stance, done.new_stance, 0)

    def inverse(self, done: ClaimChange, version: int | None = None) -> LinkChange:
        return LinkChange(self.claim_id, self.source_id, done.old)

    def describe(self) -> str:
        return f"link to source {self.source_id}"


Change = LabelChange | NoteChange | FindingStatusChange | LinkChange


def claim_field_change(claim_id: int, field: str, value: str | None, expected_version: int | None) -> Change:
    """A label or note change from a version conflict's ``field`` name."""
    if field == "label":
        return LabelChange(claim_id, value, expected_version)
    return NoteChange(claim_id, value, expected_version)
