"""Opening a database: engine, pragmas, sessions, and write transactions.

SQLite gets WAL (or DELETE where WAL is refused), foreign keys, a busy timeout and
``synchronous=NORMAL``; every write runs in ``BEGIN IMMEDIATE`` so two writers queue
on the lock instead of failing half-way through. Any other SQLAlchemy URL (PostgreSQL)
is used as it is.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from workbench.store.errors import DatabaseError

if TYPE_CHECKING:  # the ORM is loaded with the first session: a command reading through SQL never pays for it
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 65_536
T = TypeVar("T")


def database_url(target: str) -> str:
    """A plain path means SQLite; anything with ``://`` is a SQLAlchemy URL."""
    if "://" in target:
        try:
            make_url(target)
        except ArgumentError as exc:
            raise DatabaseError(f"--db: not a database URL: {target}") from exc
        return target
    return f"sqlite:///{Path(target).expanduser()}"


@dataclass
class Database:
    url: str
    engine: Engine
    writer: Engine
    warnings: list[str] = field(default_factory=list)
    write_attempts: int = 8
    _sessions: Any = None  # sessionmaker, made on first use
    _write_sessions: Any = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        name = self.engine.url.database
        return Path(name) if name and name != ":memory:" else None

    def session(self) -> Session:
        """A read session (deferred transaction). One per thread."""
        if self._sessions is None:
            self._sessions = _sessionmaker(self.engine)
        return self._sessions()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: ``BEGIN IMMEDIATE`` on SQLite, committed on success."""
        if self._write_sessions is None:
            self._write_sessions = _sessionmaker(self.writer)
        with self._write_sessions() as session, session.begin():
            yield session

    def write_with_retry(self, work: Callable[[Session], T], attempts: int | None = None) -> T:
        """Run ``work`` in a write transaction, retrying when the database stays busy."""
        attempts = attempts or self.write_attempts
        for attempt in range(attempts):
            try:
                with self.write() as session:
                    return work(session)
            except OperationalError as exc:
                if not _is_busy(exc) or attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (2**attempt) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def impatient(self, seconds: float) -> Database:
        """The same database, for writes that give up (``OperationalError``, busy) after
        ``seconds`` waiting for the lock instead of minutes: the review screen's, which must
        tell the editor at once that a decision is not saved yet. Shares the engine and pool."""
        if not self.is_sqlite:
            return replace(self, write_attempts=1)
        writer = self.writer.execution_options(busy_timeout_ms=max(1, int(seconds * 1000)))
        return replace(self, writer=writer, write_attempts=1, _write_sessions=_sessionmaker(writer))

    def dispose(self) -> None:
        self.engine.dispose()
        self.writer.dispose()


def is_busy(exc: BaseException) -> bool:
    """True for "database is locked" and its kin: a write that may succeed when retried."""
    return isinstance(exc, OperationalError) and _is_busy(exc)


def _is_busy(exc: OperationalError) -> bool:
    text = str(exc.orig).lower() if exc.orig else str(exc).lower()
    return "locked" in text or "busy" in text or "could not serialize" in text or "deadlock" in text


def create_database_engine(target: str) -> Database:
    url = database_url(target)
    if url.startswith("sqlite"):
        return _sqlite_database(url)
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            f"--db: the driver for {make_url(url).drivername} is not installed ({exc.name}); "
            "install the extra: pip install '.[postgres]'"
        ) from exc
    return Database(url=url, engine=engine, writer=engine)


def _sqlite_database(url: str) -> Database:
    path = make_url(url).database
    if path and path != ":memory:":
        parent = Path(path).expanduser().resolve().parent
        if not parent.is_dir():
            raise DatabaseError(f"--db: folder does not exist: {parent}")
    # The queue pool hands each session its own connection (one thread at a time) and keeps
    # it open, so the pragmas run once per connection rather than once per transaction.
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    warnings: list[str] = []
    _install_sqlite_hooks(engine, warnings)
    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    return Database(url=url, engine=engine, writer=writer, warnings=warnings)


def _sessionmaker(engine: Engine) -> Any:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


def _install_sqlite_hooks(engine: Engine, warnings: list[str]) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and str(mode[0]).lower() not in ("wal", "memory"):
            message = f"WAL journal refused by this file system; using journal_mode={mode[0]}"
            if message not in warnings:
                warnings.append(message)
                log.warning(message)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        options = connection.get_execution_options()
        mode = options.get("sqlite_begin", "DEFERRED")
        # A pooled connection keeps the pragma: every transaction sets its own patience.
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(options.get('busy_timeout_ms', BUSY_TIMEOUT_MS))}")
        connection.exec_driver_sql(f"BEGIN {mode}")
