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
