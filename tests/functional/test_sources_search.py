"""The full-text index over sources (migration 0006_sources_search): ``suggest`` ranks only the
sources it finds holding the claim's rarest key words, on SQLite and PostgreSQL, and a database
holding sources at the revision before is upgraded with them indexed."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from workbench.store import open_database
from workbench.store.engine import create_database_engine
from workbench.store.migrate import alembic_config, current_revision, head_revision

REVISION = "0006_sources_search"
READOUT = ("Wang Yi met Mullah Baradar in Tianjin. We hope the Afghan Taliban will make a clean break with all "
           "terrorist organizations including the ETIM, Wang Yi said.")
FILLER = "Forecasters said heavy rain and strong winds would hit the coast on Tuesday, number {n}."


def _previous_revision(db) -> str:  # type: ignore[no-untyped-def]
    previous = ScriptDirectory.from_config(alembic_config(db)).get_revision(REVISION).down_revision
    assert isinstance(previous, str)
    return previous


def _source_row(source_id: int, title: str, body: str) -> dict[str, object]:
    return {"id": source_id, "title": title, "text": body, "sha256": f"{source_id:064x}",
            "retrieved_at": "2021-08-25 10:00:00"}


INSERT_SOURCE = ("insert into sources (id, title, text, sha256, retrieved_at) "
                 "values (:id, :title, :text, :sha256, :retrieved_at)")


def test_sources_stored_before_the_revision_are_found_through_the_index(backend_target):
    from workbench.store.passages import sources_matching

    old = create_database_engine(backend_target)
    command.upgrade(alembic_config(old), _previous_revision(old))
    with old.engine.begin() as connection:
        connection.execute(text(INSERT_SOURCE), [_source_row(1, "Readout", READOUT),
                                                 *(_source_row(n, f"Storm {n}", FILLER.format(n=n)) for n in range(2, 6))])
    old.dispose()

    db = open_database(backend_target)
    try:
        assert current_revision(db) == head_revision(db)
        assert [row[0] for row in sources_matching(db, ["taliban", "etim"])] == [1]
        assert [row[0] for row in sources_matching(db, ["forecasters"])] == [2, 3, 4, 5]
        with db.engine.begin() as connection:  # the index follows inserts, edits and deletes
            connection.execute(text(INSERT_SOURCE), [_source_row(6, "Second readout", "Baradar thanked China.")])
            connection.execute(text("update sources set text = 'Nothing here.' where id = 1"))
            connection.execute(text("delete from sources where id = 2"))
        assert [row[0] for row in sources_matching(db, ["baradar"])] == [6]
        assert sources_matching(db, ["taliban"]) == []
        assert [row[0] for row in sources_matching(db, ["forecasters"])] == [3, 4, 5]
        assert sources_matching(db, ["storm"])[0][1] == "Storm 3"  # titles are indexed too
    finally:
        db.dispose()


def test_downgrade_to_the_previous_revision_drops_the_index(tmp_path):
    db = open_database(str(tmp_path / "down.db"))
    config = alembic_config(db)
    command.downgrade(config, _previous_revision(db))
    with db.engine.connect() as connection:
        names = set(connection.exec_driver_sql("select name from sqlite_master").scalars())
    assert not {name for name in names if name.startswith("sources_fts")}
    command.upgrade(config, "head")
    db.dispose()


def test_suggest_ranks_only_the_sources_the_index_finds(cli, db_path: Path, tmp_path: Path, monkeypatch):
    """Fifty stored sources, one about the claim: rapidfuzz sees only the sources holding the
    claim's words, and the command (plain sqlite3) ranks as the Database path does."""
    from tests.conftest import SEED_ARTICLE
    from workbench.evidence import suggest as suggest_module
    from workbench.evidence import suggest_sources
    from workbench.store.sqlite_reader import sqlite_reader_at_head

    assert cli("ingest", str(SEED_ARTICLE)).exit_code == 0
    for number in range(50):
        (tmp_path / f"storm{number}.txt").write_text(f"Storm {number}\n{FILLER.format(n=number)}\n", encoding="utf-8")
        assert cli("source", "add", str(tmp_path / f"storm{number}.txt")).exit_code == 0
    (tmp_path / "readout.txt").write_text(f"Readout\n{READOUT}\n", encoding="utf-8")
    assert cli("source", "add", str(tmp_path / "readout.txt")).exit_code == 0
    claims = json.loads(cli("claims", "--json").stdout)
    claim_id = next(c["id"] for c in claims if c["text"].lstrip('"“').startswith("We hope the Afghan Taliban"))

    ranked: list[list[tuple[str, int]]] = []
    real_rank = suggest_module.rank_candidates

    def rank(claim_text, candidates, *args, **kwargs):  # type: ignore[no-untyped-def]
        candidates = list(candidates)
        ranked.append([(c.kind, c.id) for c in candidates])
        return real_rank(claim_text, candidates, *args, **kwargs)

    monkeypatch.setattr(suggest_module, "rank_candidates", rank)
    db = open_database(str(db_path))
    connection = sqlite_reader_at_head(str(db_path))
    assert connection is not None
    try:
        through_database = suggest_sources(db, claim_id, limit=10)
        through_sqlite3 = suggest_sources(connection, claim_id, limit=10)
    finally:
        connection.close()
        db.dispose()
    assert [kind_id for kind_id in ranked[0] if kind_id[0] == "source"] == [("source", 51)]
    assert ranked[0] == ranked[1]
    assert through_sqlite3 == through_database
    assert through_database[0].source_id == 51
    command_output = json.loads(cli("suggest", str(claim_id), "--json", "--limit", "10").stdout)
    assert command_output == [s.to_json() for s in through_database]
