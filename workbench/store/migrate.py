"""Alembic driven from code: no alembic.ini, the revisions ship inside the package.

Opening an older database upgrades it to head; a SQLite file is first copied to
``NAME.bak-REV`` so an editor's work survives a failed upgrade. A database written by a
newer workbench (a revision this one does not know) is refused in one line, untouched.

A database already at head (every command's case) is recognised by reading its
``alembic_version`` row against ``HEAD_REVISION``: Alembic itself (a third of a second to
import and read the scripts) is loaded only to upgrade or to answer ``db current``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

    from workbench.store.engine import Database

# The newest revision in migrations/versions; tests/functional/test_migrations.py checks it
# against Alembic's own answer, so a new revision cannot forget it.
HEAD_REVISION = "0007_neardup_key_sizes"


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    import migrations

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    config.attributes["database"] = db
    return config


def head_revision(db: Database) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(db)).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(db: Database) -> str | None:
    """Bring the schema to head. Returns the backup path made, if any."""
    if is_at_head(db):
        return None
    from alembic import command

    from workbench.store.backup import copy_sqlite

    current = current_revision(db)
    head = head_revision(db)
    if current == head:
        return None
    if current is not None and not _is_known(db, current):
        from workbench.store.engine import DatabaseError

        raise DatabaseError(
            f"{db.sqlite_path or 'the database'}: this database was written by a newer workbench "
            f"(revision {current}); upgrade the workbench"
        )
    backup = None
    path = db.sqlite_path
    if current is not None and path is not None and path.exists():
        backup = path.with_name(f"{path.name}.bak-{current}")
        copy_sqlite(db, backup)
    elif current is None and _has_foreign_tables(db):
        raise_unknown_database(db)
    command.upgrade(alembic_config(db), "head")
    return str(backup) if backup else None


def is_at_head(db: Database) -> bool:
    """True when the database's one ``alembic_version`` row names ``HEAD_REVISION``: one small
    read, no Alembic. Anything else (no such table, an older or unknown revision) says False
    and the caller asks Alembic."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with db.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except SQLAlchemyError:
        return False
    return [tuple(row) for row in rows] == [(HEAD_REVISION,)]


def _is_known(db: Database, revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config(db)).get_revision(revision) is not None
    except (CommandError, RevisionError):  # ResolutionError: a revision this workbench never had
        return False


def _has_foreign_tables(db: Database) -> bool:
    from sqlalchemy import inspect

    with db.engine.connect() as connection:
        names = set(inspect(connection).get_table_names())
    return bool(names - {"alembic_version"})


def raise_unknown_database(db: Database) -> None:
    from workbench.store.engine import DatabaseError

    raise DatabaseError(
        f"{db.sqlite_path or db.url}: holds tables but no workbench schema version; refusing to touch it"
    )
