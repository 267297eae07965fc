"""Snapshot tests of the review screen (pytest-textual-snapshot), one class per screen.

Update after an intended change with ``pytest tests/snapshots/test_tui_snapshots.py --snapshot-update``
and look at the report before committing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.functional.test_tui import make_app, review_database, settle
from workbench.store import Database

SIZE = (140, 40)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = review_database(tmp_path / "snap.db")
    yield database
    database.dispose()


async def _settled(pilot: Any) -> None:
    await settle(pilot)


class TestMainScreen:
    def test_opening_view(self, snap_compare: Any, db: Database) -> None:
        assert snap_compare(make_app(db), terminal_size=SIZE, run_before=_settled)

    def test_after_moving_to_a_flagged_claim(self, snap_compare: Any, db: Database) -> None:
        async def run_before(pilot: Any) -> None:
            await settle(pilot)
            for key in ("j", "j", "j"):
                await pilot.press(key)
            await settle(pilot)

        assert snap_compare(make_app(db), terminal_size=SIZE, run_before=run_before)


class TestHelpScreen:
    def test_help_lists_every_key(self, snap_compare: Any, db: Database) -> None:
        async def run_before(pilot: Any) -> None:
            await settle(pilot)
            await pilot.press("question_mark")
            await settle(pilot)

        assert snap_compare(make_app(db), terminal_size=(140, 60), run_before=run_before)
