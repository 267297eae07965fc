"""The evidence commands end to end: source add/list, suggest, link, unlink."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED_ARTICLE
from workbench.cli import main
from workbench.store import open_database
from workbench.store.models import ReviewEvent
from workbench.store.queries import links_for_claim

READOUT_TEXT = """Wang Yi Meets with Head of the Afghan Taliban Political Commission Mullah Abdul Ghani Baradar
On July 28, 2021, State Councilor and Foreign Minister Wang Yi met in Tianjin with the Head of the Afghan Taliban Political Commission Mullah Abdul Ghani Baradar.
Wang Yi said that the East Turkestan Islamic Movement (ETIM) poses a direct threat to China's national security and territorial integrity.
We hope the Afghan Taliban will make a clean break with all terrorist organizations including the ETIM and resolutely and effectively combat them to remove obstacles, play a positive role and create enabling conditions for security, stability, development and cooperation in the region.
Baradar thanked China for its long-term support and assistance.
"""
UNRELATED_TEXT = """Storm warning issued for the coast
Forecasters said heavy rain and strong winds would hit the region on Tuesday, with close cooperation between emergency services planned.
The security of residents and the stability of sea walls are the priority, officials said.
"""


@pytest.fixture
def seeded(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The sample article ingested, plus a stored copy of the readout and an unrelated source."""
    assert cli("ingest", str(SEED_ARTICLE)).exit_code == 0
    (tmp_path / "storm.txt").write_text(UNRELATED_TEXT, encoding="utf-8")
    (tmp_path / "readout.md").write_text(READOUT_TEXT, encoding="utf-8")
    assert cli("source", "add", str(tmp_path / "storm.txt")).exit_code == 0
    added = cli("source", "add", str(tmp_path / "readout.md"), "--publisher", "Chinese foreign ministry",
                "--published", "2021-07-28", "--url", "https://mfa.example.invalid/readout")
    assert added.exit_code == 0, added.output
    return cli


def _closing_quote_claim(cli) -> int:  # type: ignore[no-untyped-def]
    claims = json.loads(cli("claims", "--json").stdout)
    return next(c["id"] for c in claims if c["text"].lstrip('"“').startswith("We hope the Afghan Taliban"))


def _sources(cli) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {s["title"]: s for s in json.loads(cli("source", "list", "--json").stdout)}


def test_source_add_stores_snapshot_and_metadata(seeded) -> None:  # type: ignore[no-untyped-def]
    sources = _sources(seeded)
    readout = sources["Wang Yi Meets with Head of the Afghan Taliban Political Commission Mullah Abdul Ghani Baradar"]
    assert set(readout) == {"id", "title", "url", "publisher", "published", "retrieved_at", "sha256"}
    assert readout["publisher"] == "Chinese foreign ministry"
    assert readout["published"] == "2021-07-28"
    assert readout["url"] == "https://mfa.example.invalid/readout"
    assert len(readout["sha256"]) == 64 and readout["retrieved_at"]


def test_source_add_prints_the_id_and_stores_the_same_text_once(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    again = seeded("source", "add", str(tmp_path / "storm.txt"))
    storm_id = _sources(seeded)["Storm warning issued for the coast"]["id"]
    assert again.exit_code == 0
    assert again.stdout.startswith(f"source {storm_id} already stored")
    assert len(_sources(seeded)) == 2


def test_suggest_json_ranks_the_readout_first(seeded) -> None:  # type: ignore[no-untyped-def]
    claim_id = _closing_quote_claim(seeded)
    result = seeded("suggest", str(claim_id), "--json")
    assert result.exit_code == 0, result.output
    ranking = json.loads(result.stdout)
    sources = _sources(seeded)
    readout_id = sources["Wang Yi Meets with Head of the Afghan Taliban Political Commission Mullah Abdul Ghani Baradar"]["id"]
    storm_id = sources["Storm warning issued for the coast"]["id"]
    assert ranking[0]["source_id"] == readout_id
    assert ranking[0]["passage"].startswith("We hope the Afghan Taliban will make a clean break")
    assert {"source_id", "article_id", "score", "passage"} <= set(ranking[0])
    scores = [r["score"] for r in ranking]
    assert scores == sorted(scores, reverse=True)
    storm = [r for r in ranking if r["source_id"] == storm_id]
    assert not storm or storm[0]["score"] < ranking[0]["score"] - 30


def test_suggest_reads_the_same_through_sqlite3_as_through_the_database(seeded, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The command reads a file at head through plain sqlite3 (store.sqlite_reader); the
    TUI through the Database: both rank alike, sources and other articles."""
    from workbench.evidence import suggest_sources
    from workbench.store.sqlite_reader import sqlite_reader_at_head

    other = tmp_path / "other.txt"
    other.write_text(
        "Chinese readout on Taliban talks\nChina told the Taliban to make a clean break with all terrorist "
        "organizations including the ETIM, a readout said on Wednesday.\n", encoding="utf-8")
    assert seeded("ingest", str(other)).exit_code == 0
    claim_id = _closing_quote_claim(seeded)
    db = open_database(str(db_path))
    connection = sqlite_reader_at_head(str(db_path))
    assert connection is not None
    try:
        through_database = suggest_sources(db, claim_id, limit=10)
        through_sqlite3 = suggest_sources(connection, claim_id, limit=10)
    finally:
        connection.close()
        db.dispose()
    assert {s.kind for s in through_database} == {"source", "article"}
    assert through_sqlite3 == through_database
    command = json.loads(seeded("suggest", str(claim_id), "--json", "--limit", "10").stdout)
    assert command == [s.to_json() for s in through_database]


def test_link_supports_stores_a_verbatim_quote_check_and_an_audit_row(seeded, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    claim_id = _closing_quote_claim(seeded)
    readout_id = _sources(seeded)[
        "Wang Yi Meets with Head of the Afghan Taliban Political Commission Mullah Abdul Ghani Baradar"]["id"]
    result = seeded("link", str(claim_id), str(readout_id), "--stance", "supports",
                    "--excerpt", "We hope the Afghan Taliban", "--note", "official readout", "--reviewer", "maria")
    assert result.exit_code == 0, result.output
    assert "quote check: verbatim" in result.stdout

    db = open_database(str(db_path))
    try:
        with db.session() as session:
            (link,) = links_for_claim(session, claim_id)
            events = session.query(ReviewEvent).filter(ReviewEvent.claim_id == claim_id).all()
    finally:
        db.dispose()
    assert (link.source_id, link.stance, link.excerpt, link.note, link.who) == (
        readout_id, "supports", "We hope the Afghan Taliban", "official readout", "maria")
    assert link.quote_check is not None and link.quote_check["status"] == "verbatim"
    assert link.quote_check["passage"].startswith("We hope the Afghan Taliban")
    assert [(e.field, e.old, e.new, e.reviewer) for e in events] == [
        (f"link:source:{readout_id}", None, "supports", "maria")]


def test_relink_changes_the_stance_and_unlink_removes_it(seeded, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    claim_id = _closing_quote_claim(seeded)
    storm_id = _sources(seeded)["Storm warning issued for the coast"]["id"]
    first = seeded("link", str(claim_id), str(storm_id), "--stance", "context", "--reviewer", "ana")
    assert "quote check: not found" in first.stdout
    changed = seeded("link", str(claim_id), str(storm_id), "--stance", "refutes", "--reviewer", "ana")
    assert "refutes (was context)" in changed.stdout
    removed = seeded("unlink", str(claim_id), str(storm_id), "--reviewer", "ana")
    assert removed.exit_code == 0 and "link removed (was refutes)" in removed.stdout

    db = open_database(str(db_path))
    try:
        with db.session() as session:
            assert links_for_claim(session, claim_id) == []
            events = session.query(ReviewEvent).filter(ReviewEvent.claim_id == claim_id).order_by(ReviewEvent.id).all()
    finally:
        db.dispose()
    assert [(e.old, e.new) for e in events] == [(None, "context"), ("context", "refutes"), ("refutes", None)]


def test_link_to_another_stored_article(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.txt"
    other.write_text(
        "Chinese readout on Taliban talks\nChina told the Taliban to make a clean break with all terrorist "
        "organizations including the ETIM, a readout said on Wednesday.\n", encoding="utf-8")
    assert seeded("ingest", str(other)).exit_code == 0
    articles = json.loads(seeded("articles", "--json").stdout)
    other_id = next(a["id"] for a in articles if a["title"] == "Chinese readout on Taliban talks")
    claim_id = _closing_quote_claim(seeded)
    ranking = json.loads(seeded("suggest", str(claim_id), "--json").stdout)
    assert any(r["article_id"] == other_id for r in ranking)
    result = seeded("link", str(claim_id), "--article", str(other_id), "--stance", "context")
    assert result.exit_code == 0 and f"article {other_id}: context" in result.stdout
    linked = json.loads(seeded("suggest", str(claim_id), "--json").stdout)
    assert next(r for r in linked if r["article_id"] == other_id)["linked_stance"] == "context"


@pytest.mark.parametrize(
    "args, message",
    [
        (["link", "999", "1", "--stance", "supports"], "no claim with id 999"),
        (["link", "{claim}", "999", "--stance", "supports"], "no source with id 999"),
        (["link", "{claim}", "--article", "1", "--stance", "supports"], "comes from article 1"),
        (["unlink", "{claim}", "1"], "is not linked to source 1"),
        (["suggest", "999"], "no claim with id 999"),
    ],
)
def test_errors_are_one_line_with_exit_status_1(seeded, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    claim_id = _closing_quote_claim(seeded)
    result = seeded(*[a.replace("{claim}", str(claim_id)) for a in args])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_link_needs_exactly_one_target(seeded) -> None:  # type: ignore[no-untyped-def]
    neither = seeded("link", "1", "--stance", "supports")
    both = seeded("link", "1", "2", "--article", "1", "--stance", "supports")
    assert neither.exit_code == both.exit_code == 2
    assert "SOURCE_ID or --article" in neither.stderr


def test_source_add_of_a_missing_file_fails_and_stores_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("source", "add", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"error: {tmp_path / 'missing.txt'}: no such file or folder"]
    assert json.loads(cli("source", "list", "--json").stdout) == []


def test_hostile_titles_never_reach_the_terminal_raw(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "evil.txt"
    path.write_text("Some headline\nA source text long enough to be stored as a snapshot.\n", encoding="utf-8")
    result = cli("source", "add", str(path), "--title", "[bold]x\x1b]52;c;AAAA\x07\x1b[2J")
    assert result.exit_code == 0
    listing = cli("source", "list")
    assert "\x1b" not in result.stdout + listing.stdout and "\x07" not in listing.stdout


@pytest.mark.parametrize(
    "command", [["source"], ["source", "add"], ["source", "list"], ["link"], ["unlink"], ["suggest"]]
)
def test_every_evidence_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    body = result.output.split("Options:")[0]
    assert len(body.split("\n\n", 1)[-1].strip()) > 20  # a sentence of help, not just the usage line


def test_recheck_quotes_repairs_a_stale_stored_check(seeded, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workbench.evidence import recheck_quotes
    from workbench.store.models import ClaimSource

    claim_id = _closing_quote_claim(seeded)
    readout_id = _sources(seeded)[
        "Wang Yi Meets with Head of the Afghan Taliban Political Commission Mullah Abdul Ghani Baradar"]["id"]
    assert seeded("link", str(claim_id), str(readout_id), "--stance", "supports").exit_code == 0
    db = open_database(str(db_path))
    try:
        with db.write() as session:
            session.query(ClaimSource).update({ClaimSource.quote_check: {"status": "not found", "score": 0.0}})
        assert recheck_quotes(db, claim_id) == 1
        assert recheck_quotes(db) == 0  # nothing stale any more
        with db.session() as session:
            (link,) = links_for_claim(session, claim_id)
    finally:
        db.dispose()
    assert link.quote_check is not None and link.quote_check["status"] == "verbatim"


def test_jsonl_export_carries_the_link_with_stance_and_quote_check(seeded) -> None:  # type: ignore[no-untyped-def]
    claim_id = _closing_quote_claim(seeded)
    readout_id = _sources(seeded)[
        "Wang Yi Meets with Head of the Afghan Taliban Political Commission Mullah Abdul Ghani Baradar"]["id"]
    assert seeded("link", str(claim_id), str(readout_id), "--stance", "supports").exit_code == 0
    exported = seeded("export", "--format", "jsonl")
    assert exported.exit_code == 0, exported.output
    records = [json.loads(line) for line in exported.stdout.splitlines() if line.strip()]
    (record,) = [r for r in records if r["claim_id"] == claim_id]
    (source,) = record["sources"]
    assert (source["id"], source["stance"]) == (readout_id, "supports")
    assert source["quote_check"]["status"] == "verbatim"
