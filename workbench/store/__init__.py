"""SQLAlchemy models, engine and sessions, migrations, and queries returning dataclasses."""

from __future__ import annotations

from workbench.store.engine import Database, DatabaseError, create_database_engine


def open_database(target: str, upgrade: bool = True) -> Database:
    """Open (and by default create or upgrade to head) the database at a path or URL."""
    from workbench.store.migrate import upgrade_to_head

    db = create_database_engine(target)
    if upgrade:
        upgrade_to_head(db)
    return db


__all__ = ["Database", "DatabaseError", "create_database_engine", "open_database"]
