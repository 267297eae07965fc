"""SQLAlchemy models, engine and sessions, migrations, and queries returning dataclasses.

SQLAlchemy is loaded with the first use of ``Database``, ``create_database_engine`` or
``open_database``, not by importing this package: a command that reads a SQLite file
through ``store.sqlite_reader`` never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.store.errors import DatabaseError

if TYPE_CHECKING:
    from workbench.store.engine import Database, create_database_engine


def open_database(target: str, upgrade: bool = True) -> Database:
    """Open (and by default create or upgrade to head) the database at a path or URL."""
    from workbench.store.engine import create_database_engine
    from workbench.store.migrate import upgrade_to_head

    db = create_database_engine(target)
    if upgrade:
        upgrade_to_head(db)
    return db


def __getattr__(name: str) -> Any:
    if name in ("Database", "create_database_engine"):
        from workbench.store import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Database", "DatabaseError", "create_database_engine", "open_database"]
