"""store.sqlite_reader: a plain sqlite3 connection only for a SQLite file at the schema head."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.store import open_database
from workbench.store.sqlite_reader import sqlite_reader_at_head


def test_a_file_at_head_gets_a_read_only_connection(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    open_database(str(path)).dispose()
    connection = sqlite_reader_at_head(str(path))
    assert connection is not None
    try:
        assert connection.execute("SELECT count(*) FROM claims").fetchone() == (0,)
        with pytest.raises(sqlite3.OperationalError):
            connection.execute("DELETE FROM claims")
    finally:
        connection.close()


def test_anything_else_gets_none_and_is_left_as_it_was(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    assert sqlite_reader_at_head(str(missing)) is None
    assert not missing.exists()  # the usual open creates it, not this
    assert sqlite_reader_at_head("postgresql+psycopg://u@127.0.0.1/x") is None
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("not a database\n" * 100, encoding="utf-8")
    assert sqlite_reader_at_head(str(not_a_database)) is None
    older = tmp_path / "older.db"
    open_database(str(older)).dispose()
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004_previous'")
    assert sqlite_reader_at_head(str(older)) is None  # the usual open upgrades it
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert sqlite_reader_at_head(str(foreign)) is None
