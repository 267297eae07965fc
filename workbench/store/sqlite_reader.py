"""A plain ``sqlite3`` connection for short read-only commands, without SQLAlchemy.

Importing SQLAlchemy costs a command more than the reads of ``workbench suggest`` do
(about 0.15 s idle, 0.4 s on a busy machine, against 0.03 s for the reads at 50k articles). A SQLite
file already at the schema head needs nothing SQLAlchemy gives (no upgrade, no ORM), so
such a command may read it through this connection; anything else (a URL, a missing file,
an older or unknown schema) gets ``None`` and the caller opens the database the usual way,
which creates, upgrades or refuses it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.store.migrate import HEAD_REVISION

BUSY_TIMEOUT_S = 15.0  # as store.engine.BUSY_TIMEOUT_MS


def sqlite_reader_at_head(target: str) -> sqlite3.Connection | None:
    """A ``sqlite3`` connection to the SQLite file ``target`` when its schema is at head, else None.

    ``target`` is what ``--db`` names: a plain path is SQLite, anything with ``://`` is a URL
    (None here). The connection only reads: each statement sees the last committed state
    (WAL readers do not wait for the writer).
    """
    if "://" in target:
        return None
    path = Path(target).expanduser()
    if not path.is_file():
        return None
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        connection.execute("PRAGMA query_only = ON")
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:  # not a workbench database (or not a database): the usual open says why
        connection.close()
        return None
    if rows != [(HEAD_REVISION,)]:
        connection.close()
        return None
    return connection
