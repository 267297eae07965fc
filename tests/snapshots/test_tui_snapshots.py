"""Snapshot tests of the review screen (pytest-textual-snapshot), one class per screen.

Update after an intended change with ``pytest tests/snapshots/test_tui_snapshots.py --snapshot-update``
and look at the report before committing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.functional.test_tui import HARBOUR_CLAIMS, MINISTER_CLAIMS, add_article, add_finding, make_app, settle
from workbench.store import Database, open_database

SIZE = (140, 40)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(str(tmp_path / "snap.db"))
    minister = add_article(database, "Minister visits Kabul", MINISTER_CLAIMS)
    add_article(database, "Harbour reopens", HARBOUR_CLAIMS, outlet="Port News")
    add_finding(database, minister[0], minister[3], "one says they met, the other denies it")
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
