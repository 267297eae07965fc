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
        from workbench.store.models import not_a_search_table

        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": not_a_search_table}
        )
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()


def _script():  # type: ignore[no-untyped-def]
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import migrations

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    return ScriptDirectory.from_config(config)


def _revisions() -> list[str]:
    """Every revision before head, oldest first (read from the scripts, not written here)."""
    return [rev.revision for rev in reversed(list(_script().walk_revisions()))][:-1]


def _head() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


PREVIOUS_REVISIONS = _revisions()


@pytest.mark.parametrize("previous", PREVIOUS_REVISIONS)
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


def test_scale_indexes_upgrade_counts_findings_and_indexes_claims(tmp_path):
    """0004_scale_indexes on a store of the revision before it: finding counts and the
    near-duplicate index are filled in, and the triggers keep the counts after."""
    previous = _script().get_revision("0004_scale_indexes").down_revision
    path = tmp_path / "old.db"
    old = create_database_engine(str(path))
    command.upgrade(alembic_config(old), previous)
    text = "The council approved a budget of 40 million pounds for new schools on Tuesday."
    with sqlite3.connect(path) as connection:
        connection.execute(
            "insert into articles (id, title, body, content_hash, ingested_at) "
            "values (1, 'T', 'x', 'h1', '2021-08-25 10:00:00'), (2, 'U', 'y', 'h2', '2021-08-25 10:00:00')"
        )
        for claim_id, article_id, claim_text in ((1, 1, text), (2, 2, text), (3, 2, "Short one.")):
            connection.execute(
                'insert into claims (id, article_id, seq, text, start, "end", sentence_index) '
                "values (?, ?, ?, ?, 0, 10, 0)", (claim_id, article_id, claim_id, claim_text)
            )
        connection.execute(
            "insert into findings (id, kind, claim_id, other_claim_id, explanation, status, created_at) values "
            "(1, 'duplicate', 2, 1, 'e', 'open', '2021-08-25'), (2, 'numeric_conflict', 2, 1, 'e', 'dismissed', "
            "'2021-08-25'), (3, 'temporal_conflict', 3, NULL, 'e', 'confirmed', '2021-08-25')"
        )
    old.dispose()

    db = open_database(str(path))
    assert current_revision(db) == head_revision(db)

    def counts() -> list[tuple[int, int]]:
        with db.engine.connect() as connection:
            return connection.exec_driver_sql("select id, live_findings from claims order by id").all()

    assert counts() == [(1, 1), (2, 1), (3, 1)]
    with db.engine.connect() as connection:
        indexed = connection.exec_driver_sql("select claim_id, article_id from neardup_claims order by claim_id").all()
        keys = connection.exec_driver_sql("select count(*) from neardup_keys where claim_id = 1").scalar()
    assert indexed == [(1, 1), (2, 2)]  # the short claim is not compared
    with db.engine.connect() as connection:  # the full-text indexes hold what was stored before
        found = connection.exec_driver_sql("select rowid from claims_fts where claims_fts match 'counc*'").scalars()
        assert sorted(found) == [1, 2]
        assert connection.exec_driver_sql("select rowid from articles_fts where articles_fts match 'u'").all() == [(2,)]
    assert keys and keys >= 6
    with db.engine.begin() as connection:
        connection.exec_driver_sql("update findings set status = 'dismissed' where id = 1")
        connection.exec_driver_sql("update findings set status = 'open' where id = 2")
        connection.exec_driver_sql("update findings set status = 'confirmed' where id = 2")
    assert counts() == [(1, 1), (2, 1), (3, 1)]
    with db.engine.begin() as connection:
        connection.exec_driver_sql("delete from claims where id = 1")  # cascades to findings 1 and 2
        assert connection.exec_driver_sql("select count(*) from neardup_keys where claim_id = 1").scalar() == 0
        found = connection.exec_driver_sql("select rowid from claims_fts where claims_fts match 'council'").scalars()
        assert list(found) == [2]
    assert counts() == [(2, 0), (3, 1)]
    db.dispose()


def test_head_revision_constant_is_alembics_head():
    from workbench.store.migrate import HEAD_REVISION

    assert HEAD_REVISION == _head()  # a new revision must move HEAD_REVISION too


def test_a_database_at_head_opens_without_loading_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "head.db"
    open_database(str(path)).dispose()
    probe = (
        "import sys; from workbench.store import open_database; "
        f"db = open_database({str(path)!r}); db.dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_an_older_database_is_still_upgraded_by_the_quick_path(tmp_path):
    path = tmp_path / "older.db"
    old = create_database_engine(str(path))
    command.upgrade(alembic_config(old), PREVIOUS_REVISIONS[-1])
    old.dispose()
    db = open_database(str(path))
    assert current_revision(db) == _head()
    db.dispose()
