"""The judgements revision upgrades a database holding labels from the revision before it.

"The revision before" is read from the revision's own ``down_revision`` (Alembic's script
directory), so the test keeps working when the revision is re-chained after another one.
"""

from __future__ import annotations

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from workbench.store import open_database
from workbench.store.engine import create_database_engine
from workbench.store.migrate import alembic_config, current_revision, head_revision

REVISION = "0005_reviewer_judgements"


def _previous_revision(db) -> str:  # type: ignore[no-untyped-def]
    previous = ScriptDirectory.from_config(alembic_config(db)).get_revision(REVISION).down_revision
    assert isinstance(previous, str)
    return previous


def test_previous_revision_is_read_from_the_script_directory(tmp_path):
    db = create_database_engine(str(tmp_path / "probe.db"))
    previous = _previous_revision(db)
    assert previous != REVISION and ScriptDirectory.from_config(alembic_config(db)).get_revision(previous)
    db.dispose()


def test_labels_become_judgements_of_who_set_them(backend_target):
    old = create_database_engine(backend_target)
    command.upgrade(alembic_config(old), _previous_revision(old))
    with old.engine.begin() as connection:
        connection.execute(text(
            "insert into articles (id, title, body, content_hash, ingested_at) "
            "values (1, 'T', 'The mayor resigned. Taxes rose.', 'h1', '2021-08-25 10:00:00')"
        ))
        connection.execute(text(
            'insert into claims (id, article_id, seq, text, start, "end", sentence_index, label, reviewer, '
            "labeled_at, note, version) values "
            "(1, 1, 1, 'The mayor resigned.', 0, 19, 0, 'unverified', 'ed', '2021-08-26 09:00:00', 'why', 3), "
            "(2, 1, 2, 'Taxes rose.', 20, 31, 1, NULL, NULL, NULL, NULL, 1), "
            "(3, 1, 3, 'Taxes fell.', 20, 31, 1, 'reported', NULL, NULL, NULL, 2)"
        ))
    old.dispose()

    db = open_database(backend_target)
    try:
        assert current_revision(db) == head_revision(db)
        with db.engine.connect() as connection:
            judgements = connection.execute(
                text("select claim_id, reviewer, label, note from judgements order by claim_id")
            ).all()
            statuses = connection.execute(text("select id, status, label, version from claims order by id")).all()
        assert [tuple(j) for j in judgements] == [(1, "ed", "unverified", "why"), (3, "unknown", "reported", None)]
        assert [tuple(s) for s in statuses] == [
            (1, "in_review", "unverified", 3), (2, "unreviewed", None, 1), (3, "in_review", "reported", 2)
        ]
    finally:
        db.dispose()


def test_downgrade_to_the_previous_revision_keeps_labels(tmp_path):
    db = open_database(str(tmp_path / "down.db"))
    previous = _previous_revision(db)
    config = alembic_config(db)
    command.downgrade(config, previous)
    assert current_revision(db) == previous
    with db.engine.connect() as connection:
        tables = set(connection.exec_driver_sql("select name from sqlite_master where type='table'").scalars())
    assert "judgements" not in tables and "claims" in tables
    command.upgrade(config, "head")
    db.dispose()


@pytest.mark.parametrize("status", ["done", ""])
def test_the_status_column_refuses_unknown_values(tmp_path, status):
    db = open_database(str(tmp_path / "check.db"))
    from sqlalchemy.exc import IntegrityError

    with db.engine.begin() as connection:
        connection.execute(text(
            "insert into articles (id, title, body, content_hash, ingested_at) "
            "values (1, 'T', 'x', 'h1', '2021-08-25 10:00:00')"
        ))
        connection.execute(text(
            'insert into claims (id, article_id, seq, text, start, "end", sentence_index) values (1, 1, 1, \'x\', 0, 1, 0)'
        ))
    with pytest.raises(IntegrityError), db.engine.begin() as connection:
        connection.execute(text("update claims set status = :s"), {"s": status})
    db.dispose()
