"""Suggestions follow the open findings: cross-article conflicts and reviewers' decisions."""

from __future__ import annotations

from sqlalchemy import select

from tests.conftest import SEED_ARTICLE
from workbench.ingest.runner import ingest
from workbench.store.models import Claim, FindingRow
from workbench.store.review import set_finding_status


def suggestion(db, text_start: str) -> tuple[str, str]:
    with db.session() as session:
        return session.execute(
            select(Claim.suggested_label, Claim.suggestion_reason).where(Claim.text.startswith(text_start))
        ).one()


def test_a_numeric_conflict_across_articles_makes_both_claims_contradictory(db, tmp_path):
    first = tmp_path / "first.txt"
    first.write_text("Rescue Update\nDivers recovered three bodies from the river near the old mill on Sunday.\n")
    second = tmp_path / "second.txt"
    second.write_text("River Search\nDivers recovered five bodies from the river near the old mill on Sunday.\n")
    ingest(db, [str(first)], jobs=1)
    assert suggestion(db, "Divers recovered three")[0] == "unverified"
    summary = ingest(db, [str(second)], jobs=1)
    assert summary.findings == 1
    with db.session() as session:
        (kind,) = session.execute(select(FindingRow.kind)).one()
    assert kind == "numeric_conflict"
    for start in ("Divers recovered three", "Divers recovered five"):
        label, reason = suggestion(db, start)
        assert label == "contradictory"
        assert reason.startswith("numeric conflict with claim 1 of article")


def test_a_duplicate_does_not_change_the_suggestion(db, tmp_path):
    for number, subject in enumerate(("The council", "The city council")):
        path = tmp_path / f"{number}.txt"
        path.write_text(f"Bridge News\n{subject} closed the old bridge for repairs after the spring floods.\n")
    ingest(db, [str(tmp_path)], jobs=1)
    with db.session() as session:
        assert session.scalars(select(FindingRow.kind)).all() == ["duplicate"]
    assert suggestion(db, "The council closed")[0] == "unverified"
    assert suggestion(db, "The city council closed")[0] == "unverified"


def test_dismissing_a_conflict_restores_the_suggestion_and_reopening_brings_it_back(db):
    ingest(db, [str(SEED_ARTICLE)], jobs=1)
    assert suggestion(db, "China had conveyed")[0] == "contradictory"
    with db.session() as session:
        finding_id = session.scalar(select(FindingRow.id).where(FindingRow.kind == "temporal_conflict"))
    set_finding_status(db, finding_id, "dismissed", "ed")
    assert suggestion(db, "China had conveyed") == (
        "attributed", "document 'a Chinese foreign ministry readout' ('said'; rule: trailing)"
    )
    assert suggestion(db, "Chinese Foreign Minister Wang Yi")[0] == "unverified"
    set_finding_status(db, finding_id, "open", "ed")
    label, reason = suggestion(db, "China had conveyed")
    assert (label, reason) == ("contradictory", "temporal conflict with claim 9")


def _temporal_finding_id(db) -> int:
    with db.session() as session:
        return session.scalar(select(FindingRow.id).where(FindingRow.kind == "temporal_conflict"))


def test_confirming_a_conflict_keeps_it_visible_everywhere(db):
    from workbench.export import ExportFilters, write_export
    from workbench.store.browse import store_totals
    from workbench.store.queries import FLAGGED, list_articles, list_claims

    ingest(db, [str(SEED_ARTICLE)], jobs=1)
    finding_id = _temporal_finding_id(db)
    set_finding_status(db, finding_id, "confirmed", "ed")
    # Suggestions stay contradictory: `enter` must not label a confirmed contradiction "unverified".
    assert suggestion(db, "China had conveyed") == ("contradictory", "temporal conflict with claim 9")
    assert suggestion(db, "Chinese Foreign Minister Wang Yi")[0] == "contradictory"
    with db.session() as session:
        flagged = list_claims(session, label=FLAGGED)
        (article,) = list_articles(session)
        totals = store_totals(session)
    conflicted = [c for c in flagged if c.finding_kind == "temporal_conflict"]
    assert len(conflicted) == 2 and {c.finding_status for c in conflicted} == {"confirmed"}
    assert article.confirmed_findings == 1 and totals.confirmed_findings == 1
    import io

    for fmt in ("markdown", "html"):
        out = io.StringIO()
        write_export(db, fmt, out, ExportFilters())
        assert "Confirmed findings (1)" in out.getvalue()
    # Only a dismissal clears it.
    set_finding_status(db, finding_id, "dismissed", "ed")
    with db.session() as session:
        assert not any(c.finding_kind == "temporal_conflict" for c in list_claims(session, label=FLAGGED))
        (article,) = list_articles(session)
    assert article.confirmed_findings == 0
    assert suggestion(db, "China had conveyed")[0] == "attributed"
