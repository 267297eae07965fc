"""Schema changes go through Alembic: empty -> head, previous revision with data -> head, models == migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from workbench.store import open_database
from workbench.store.engine import create_database_engine
from workbench.store.migrate import alembic_config, current_revision, head_revision
from workbench.store.models import Base


def test_empty_database_goes_to_head(tmp_path):
    db = open_database(str(tmp_path / "new.db"))
    assert current_revision(db) == head_revision(db)
    with db.engine.connect() as connection:
        tables = set(connection.exec_driver_sql("select name from sqlite_master where type='table'").scalars())
    assert {"articles", "claims", "sources", "claim_sources", "findings", "review_events"} <= tables
    db.dispose()


def test_models_and_migrations_agree(tmp_path):
    db = open_database(str(tmp_path / "agree.db"))
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()


@pytest.mark.parametrize("previous", ["0001", "0002"])
def test_previous_revision_with_data_upgrades_keeping_it_and_backs_up(tmp_path, previous):
    path = tmp_path / "old.db"
    old = create_database_engine(str(path))
    command.upgrade(alembic_config(old), previous)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "insert into articles (id, title, body, content_hash, ingested_at) "
            "values (1, 'T', 'The mayor resigned.', 'h1', '2021-08-25 10:00:00')"
        )
        connection.execute(
            'insert into claims (id, article_id, seq, text, start, "end", sentence_index, label, reviewer, version) '
            "values (1, 1, 1, 'The mayor resigned.', 0, 19, 0, 'unverified', 'ed', 3)"
        )
    old.dispose()

    db = open_database(str(path))
    assert current_revision(db) == head_revision(db)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("select label, reviewer, version from claims").all() == [("unverified", "ed", 3)]
        indexes = set(connection.exec_driver_sql("select name from sqlite_master where type='index'").scalars())
    assert "ix_claims_article_label_id" in indexes
    assert "ix_claims_article_id" not in indexes  # 0003 dropped the redundant one
    backup = path.with_name(f"old.db.bak-{previous}")
    assert backup.exists()
    with sqlite3.connect(backup) as connection:
        assert connection.execute("select version_num from alembic_version").fetchall() == [(previous,)]
        assert connection.execute("select count(*) from claims").fetchall() == [(1,)]
    db.dispose()


def test_downgrade_and_upgrade_round_trip(tmp_path):
    db = open_database(str(tmp_path / "round.db"))
    config = alembic_config(db)
    command.downgrade(config, "base")
    assert current_revision(db) is None
    command.upgrade(config, "head")
    assert current_revision(db) == head_revision(db)
    db.dispose()


def test_db_commands(cli, db_path: Path, tmp_path):
    head = head_revision(create_database_engine(str(tmp_path / "head-probe.db")))
    assert "none (empty database)" in cli("db", "current").output
    upgraded = cli("db", "upgrade")
    assert upgraded.exit_code == 0 and f"-> {head}" in upgraded.output
    assert cli("db", "current").output.strip() == f"{head} (head)"
    assert "already at head" in cli("db", "upgrade").output


def test_a_foreign_sqlite_file_is_refused(tmp_path, cli):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("create table customers (id integer)")
    from click.testing import CliRunner

    from workbench.cli import main

    result = CliRunner().invoke(main, ["--db", str(path), "articles"])
    assert result.exit_code == 1
    assert "no workbench schema version" in result.output


def test_backup_copies_a_live_database(cli, db_path, tmp_path):
    from tests.conftest import SEED_ARTICLE

    cli("ingest", str(SEED_ARTICLE))
    target = tmp_path / "copy.db"
    result = cli("db", "backup", str(target))
    assert result.exit_code == 0, result.output
    with sqlite3.connect(target) as connection:
        assert connection.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert connection.execute("select count(*) from articles").fetchall() == [(1,)]
    again = cli("db", "backup", str(target))
    assert again.exit_code == 1 and "already exists" in again.output
