"""Online backups: SQLite's backup API copies a consistent snapshot while others write.

The copy goes to a temporary file beside the target, is flushed to disk and only then
renamed into place, so a full disk or a crash never leaves a partial (or 0-byte) backup
where one is expected.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from workbench.store.engine import Database, DatabaseError


def backup_database(db: Database, target: str) -> str:
    if not db.is_sqlite:
        raise DatabaseError(
            "db backup copies SQLite files; for PostgreSQL use: pg_dump --format=custom --file=FILE DBNAME"
        )
    path = Path(target)
    if path.exists() or path.is_symlink():
        raise DatabaseError(f"{target}: already exists; choose a new file name")
    if not path.parent.exists():
        raise DatabaseError(f"{target}: folder does not exist")
    copy_sqlite(db, path)
    return f"backed up to {path} ({path.stat().st_size} bytes)"


def copy_sqlite(db: Database, target: Path) -> None:
    """A consistent copy through the backup API, even while WAL holds uncheckpointed pages.

    Complete or not at all: ``DatabaseError`` (one line) when it cannot be written.
    """
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise DatabaseError(f"{target}: cannot write in {folder}: {_reason(exc)}") from exc
    temp = Path(name)
    try:
        _backup_into(db, temp)
        fsync_path(temp)
        os.replace(temp, target)
        fsync_path(folder)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"{target}: backup failed: {_reason(exc)}; nothing was written") from exc
    finally:
        if temp.exists():
            temp.unlink()


def _backup_into(db: Database, path: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        destination = sqlite3.connect(path)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        raw.close()


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk; folders that refuse it are let be."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if not path.is_dir() or exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk full"
    text = str(exc).strip()
    if isinstance(exc, sqlite3.Error) and "disk is full" in text:
        return "disk full"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return text.splitlines()[0] if text else type(exc).__name__
