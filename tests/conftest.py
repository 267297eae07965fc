"""Shared fixtures: the evaluation data beside the checkout, and throwaway databases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SEED_ARTICLE = REPO / "seeds" / "taliban-china-kabul.txt"


def read_shared_jsonl(name: str) -> Iterator[dict[str, Any]]:
    """Records of ``../shared/data/NAME``; skips the test where the folder is absent."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is not present on this machine")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


@pytest.fixture
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.db"


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    from workbench.store import open_database

    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def cli(db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """``cli("ingest", "seeds/")`` runs the command against this test's database."""
    from click.testing import CliRunner

    from workbench.cli import main

    monkeypatch.setenv("WORKBENCH_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(main, ["--db", str(db_path), *args], input=input, catch_exceptions=False)

    return run


PG_URL_VARIABLE = "WORKBENCH_TEST_PG_URL"
PG_SKIP_REASON = (
    f"PostgreSQL tests skipped: set {PG_URL_VARIABLE}=postgresql+psycopg://USER@127.0.0.1:PORT/DB "
    "(.ci/run starts a throwaway server and sets it)"
)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database on each backend: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "backend.db")
        return
    import os
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = os.environ.get(PG_URL_VARIABLE)
    if not base:
        pytest.skip(PG_SKIP_REASON)
    name = f"wb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def backend_cli(backend_target: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Like ``cli`` but on each backend in turn."""
    from click.testing import CliRunner

    from workbench.cli import main

    monkeypatch.setenv("WORKBENCH_CONFIG", str(tmp_path / "no-config.toml"))
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(main, ["--db", backend_target, *args], input=input, catch_exceptions=False)

    return run
