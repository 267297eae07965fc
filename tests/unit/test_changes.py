"""The review screen's typed changes: each one's inverse restores what the store reported."""

from __future__ import annotations

from datetime import datetime

from workbench.store.review import ClaimChange
from workbench.tui.changes import FindingStatusChange, LabelChange, LinkChange, NoteChange, claim_field_change

WHEN = datetime(2021, 8, 20, 9, 30)


def test_each_change_has_an_inverse_built_from_what_was_there() -> None:
    label = LabelChange(4, "attributed", 2)
    done = ClaimChange(4, "label", "reported", "attributed", 3, "ana", WHEN)
    assert label.inverse(done, 3) == LabelChange(4, "reported", 3, ("ana", WHEN))
    assert NoteChange(4, "new", 1).inverse(ClaimChange(4, "note", "old", "new", 2), 2) == NoteChange(4, "old", 2)
    finding = FindingStatusChange(4, 9, "confirmed")
    assert finding.inverse(ClaimChange(4, "finding:9", "open", "confirmed", 0)) == FindingStatusChange(4, 9, "open")
    link = LinkChange(4, 2, "supports", "a passage")
    assert link.inverse(ClaimChange(4, "link:2", None, "supports", 0)) == LinkChange(4, 2, None)
    assert [c.describe() for c in (label, finding, link)] == ["label", "finding 9", "link to source 2"]


def test_a_conflicts_field_names_the_change_to_resubmit() -> None:
    assert claim_field_change(4, "label", "unverified", 7) == LabelChange(4, "unverified", 7)
    assert claim_field_change(4, "note", "x", 7) == NoteChange(4, "x", 7)
