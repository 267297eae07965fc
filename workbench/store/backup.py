"""Online backups: SQLite's backup API copies a consistent snapshot while others write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.store.engine import Database, DatabaseError


def backup_database(db: Database, target: str) -> str:
    if not db.is_sqlite:
        raise DatabaseError(
            "db backup copies SQLite files; for PostgreSQL use: pg_dump --format=custom --file=FILE DBNAME"
        )
    path = Path(target)
    if path.exists():
        raise DatabaseError(f"{target}: already exists; choose a new file name")
    if not path.parent.exists():
        raise DatabaseError(f"{target}: folder does not exist")
    copy_sqlite(db, path)
    return f"backed up to {path} ({path.stat().st_size} bytes)"


def copy_sqlite(db: Database, target: Path) -> None:
    """A consistent copy through the backup API, even while WAL holds uncheckpointed pages."""
    raw = db.engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        raw.close()
