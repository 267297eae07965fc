"""`workbench findings`: list, confirm, dismiss and reopen, one or many; and CLI papercuts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import SEED_ARTICLE
from workbench.store import open_database
from workbench.store.models import Claim, FindingRow, ReviewEvent

HEADLINE = "Dates disagree: 'last month' (July) vs 'on Wednesday' (17–28 August): both date the message"


@pytest.fixture
def sample(cli):  # type: ignore[no-untyped-def]
    assert cli("ingest", str(SEED_ARTICLE)).exit_code == 0
    return cli


def findings_json(cli, *args: str) -> list[dict]:  # type: ignore[no-untyped-def]
    result = cli("findings", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_findings_json_lists_both_claims_with_a_headline(sample) -> None:  # type: ignore[no-untyped-def]
    (finding,) = findings_json(sample)
    assert finding["kind"] == "temporal_conflict" and finding["status"] == "open"
    assert finding["headline"] == HEADLINE
    assert finding["claim"]["seq"] == 8 and finding["other_claim"]["seq"] == 9
    assert finding["other_claim"]["text"].startswith("Chinese Foreign Minister Wang Yi")
    assert finding["other_claim"]["article_title"] == "Senior Taliban Leader Meets Chinese Ambassador In Kabul"


def test_findings_table_shows_the_id_status_and_headline_at_80_columns(sample, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "80")
    result = sample("findings")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split()[:4] == ["id", "┃", "status", "┃"]
    assert lines[2].startswith("1 ") and "open" in lines[2] and "1:8" in lines[2] and "1:9" in lines[2]
    assert "Dates disagree" in result.output
    assert all(len(line) <= 80 for line in lines)


def test_confirm_keeps_the_conflict_contradictory_and_dismiss_clears_it(sample, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = sample("findings", "confirm", "1", "--note", "readout says 28 July", "--reviewer", "ed")
    assert result.exit_code == 0 and result.output.strip() == "finding 1: open -> confirmed (ed)"
    (finding,) = findings_json(sample, "--status", "confirmed")
    assert (finding["decided_by"], finding["note"]) == ("ed", "readout says 28 July")
    assert {finding["claim"]["suggested_label"], finding["other_claim"]["suggested_label"]} == {"contradictory"}
    claims = json.loads(sample("claims", "--label", "flagged", "--json").stdout)
    assert {c["seq"] for c in claims} == {8, 9}
    assert {c["finding"]["status"] for c in claims} == {"confirmed"}
    articles = json.loads(sample("articles", "--json").stdout)
    assert (articles[0]["open_findings"], articles[0]["confirmed_findings"]) == (0, 1)

    assert sample("findings", "dismiss", "1", "--reviewer", "ed").exit_code == 0
    assert findings_json(sample, "--status", "open", "--status", "confirmed") == []
    assert json.loads(sample("claims", "--label", "flagged", "--json").stdout) == []
    assert sample("findings", "reopen", "1", "--reviewer", "ed").output.strip() == "finding 1: dismissed -> open (ed)"
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            fields = session.scalars(select(ReviewEvent.field).order_by(ReviewEvent.id)).all()
    finally:
        db.dispose()
    assert fields == ["finding:1", "finding_note:1", "finding:1", "finding:1"]


def test_bulk_dismiss_of_duplicates_between_two_articles(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for number, subject in enumerate(("The council", "The city council")):
        (tmp_path / f"{number}.txt").write_text(
            f"Bridge News {number}\n{subject} closed the old bridge for repairs after the spring floods.\n"
            f"{subject} said the bridge would reopen in the autumn after the work is finished.\n"
        )
    assert cli("ingest", str(tmp_path)).exit_code == 0
    before = findings_json(cli, "--kind", "duplicate")
    assert len(before) == 2
    result = cli("findings", "dismiss", "--article-pair", "2", "1", "--kind", "duplicate", "--reviewer", "ed")
    assert result.exit_code == 0, result.output
    assert result.output.count("open -> dismissed") == 2
    assert {f["status"] for f in findings_json(cli)} == {"dismissed"}
    assert cli("findings", "dismiss", "--article-pair", "1", "2").output.strip() == "no findings to change"


def test_findings_errors_are_one_line(sample) -> None:  # type: ignore[no-untyped-def]
    result = sample("findings", "confirm", "99")
    assert result.exit_code == 1 and "no finding with id 99" in result.output
    assert sample("findings", "confirm").exit_code == 2  # names nothing


def test_suggest_prints_its_table(sample, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "80")
    (tmp_path / "readout.txt").write_text("Readout\nWang Yi met Mullah Baradar in Tianjin on 28 July.\n")
    assert sample("source", "add", str(tmp_path / "readout.txt")).exit_code == 0
    result = sample("suggest", "9")
    assert result.exit_code == 0
    assert "score" in result.output and "source 1" in result.output and "Tianjin" in result.output


def test_source_list_keeps_the_id_at_80_columns(sample, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "80")
    (tmp_path / "s.txt").write_text("A source with a title long enough to squeeze every other column\nBody.\n")
    assert sample("source", "add", str(tmp_path / "s.txt"), "--url",
                  "https://example.invalid/a/rather/long/path/to/a/page.html", "--publisher", "Publisher Name").exit_code == 0
    lines = sample("source", "list").output.splitlines()
    assert lines[0].startswith("id ")
    assert lines[2].startswith("1 ")


def test_articles_sort_by_open_findings_and_filter_by_outlet(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Quiet Day\nNothing much happened in the town on Sunday afternoon at all.\n")
    assert cli("ingest", str(tmp_path / "a.txt"), "--outlet", "Town Crier").exit_code == 0
    assert cli("ingest", str(SEED_ARTICLE), "--outlet", "Wire").exit_code == 0
    ordered = json.loads(cli("articles", "--sort", "findings", "--json").stdout)
    assert [a["open_findings"] for a in ordered] == [1, 0]
    assert [a["outlet"] for a in json.loads(cli("articles", "--outlet", "crier", "--json").stdout)] == ["Town Crier"]
    assert cli("articles", "--sort", "unreviewed").exit_code == 0


def test_claims_sort_priority_lists_the_most_check_worthy_first_with_reasons(sample) -> None:  # type: ignore[no-untyped-def]
    ranked = json.loads(sample("claims", "--sort", "priority", "--limit", "5", "--json").stdout)
    assert len(ranked) == 5
    scores = [c["priority"] for c in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(c["label"] is None and c["priority_reasons"] for c in ranked)
    table = sample("claims", "--sort", "priority", "--limit", "3")
    assert table.exit_code == 0 and "score" in table.output


def test_priority_marks_exactly_the_claims_named_by_a_live_finding(sample, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The conflict signal is asked of each batch's flagged claims only (not read for the whole
    store): it must still reach both claims of the open finding, and no other."""
    import sqlite3

    ranked = json.loads(sample("claims", "--sort", "priority", "--limit", "500", "--json").stdout)
    marked = {c["id"] for c in ranked if any("a finding: another claim disagrees" in r for r in c["priority_reasons"])}
    with sqlite3.connect(db_path) as connection:
        named = {claim for row in connection.execute(
            "SELECT claim_id, other_claim_id FROM findings WHERE status IN ('open', 'confirmed')") for claim in row
            if claim is not None}
        unlabeled = {row[0] for row in connection.execute("SELECT id FROM claims WHERE label IS NULL")}
    assert named and marked == named & unlabeled
    (finding,) = findings_json(sample)
    assert sample("findings", "dismiss", str(finding["id"])).exit_code == 0
    ranked = json.loads(sample("claims", "--sort", "priority", "--limit", "500", "--json").stdout)
    assert not any("a finding: another claim disagrees" in r for c in ranked for r in c["priority_reasons"])
