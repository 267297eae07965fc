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
