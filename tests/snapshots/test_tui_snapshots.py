"""Snapshot tests of the review screen (pytest-textual-snapshot), one class per screen, each at a
laptop's 80x24 and a big screen's 160x48.

Update after an intended change with ``pytest tests/snapshots/test_tui_snapshots.py --snapshot-update``
and look at the report before committing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.functional.test_tui import make_app, review_database, settle
from workbench.store import Database
from workbench.store.review import VersionConflict

SIZE = (140, 40)
SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = review_database(tmp_path / "snap.db")
    yield database
    database.dispose()


async def _settled(pilot: Any) -> None:
    await settle(pilot)


def pressing(*keys: str):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


class TestMainScreen:
    def test_opening_view(self, snap_compare: Any, db: Database) -> None:
        assert snap_compare(make_app(db), terminal_size=SIZE, run_before=_settled)

    def test_after_moving_to_a_flagged_claim(self, snap_compare: Any, db: Database) -> None:
        assert snap_compare(make_app(db), terminal_size=SIZE, run_before=pressing("j", "j", "j"))

    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=_settled)


class TestHelpScreen:
    def test_help_lists_every_key(self, snap_compare: Any, db: Database) -> None:
        assert snap_compare(make_app(db), terminal_size=(140, 60), run_before=pressing("question_mark"))

    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("question_mark"))


class TestFindingsModal:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("f"))


class TestSourceModal:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("s"))

    def test_add_fields_scroll_into_view_at_80x24(self, snap_compare: Any, db: Database) -> None:
        async def run_before(pilot: Any) -> None:
            await settle(pilot)
            await pilot.press("s")
            await settle(pilot)
            pilot.app.screen.query_one("#new-excerpt").focus()
            await settle(pilot)
            await pilot.press(*"typed here")
            await settle(pilot)

        assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=run_before)


class TestNoteModal:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("n"))


class TestSearchModal:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("slash"))


class TestExportModal:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("e"))


class TestConflictModal:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        from workbench.tui.screens.conflict import ConflictModal

        async def run_before(pilot: Any) -> None:
            await settle(pilot)
            conflict = VersionConflict(1, "label", "attributed", "unverified", "ana", 3)
            pilot.app.push_screen(ConflictModal(conflict, "The foreign minister met the ambassador in Kabul."))
            await settle(pilot)

        assert snap_compare(make_app(db), terminal_size=size, run_before=run_before)
