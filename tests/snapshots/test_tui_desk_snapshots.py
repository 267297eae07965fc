"""Snapshots of the desk's screens (issue 14) at 80x24 and 160x48: agreement, adjudication, history.

Update after an intended change with ``pytest tests/snapshots/test_tui_desk_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from tests.functional.test_tui import make_app, review_database
from tests.snapshots.test_tui_snapshots import pressing
from workbench.store import Database
from workbench.store.models import Comment, Judgement, ReviewEvent
from workbench.store.review import set_label, set_note

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
FIXED = datetime(2021, 8, 24, 12, 0)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = review_database(tmp_path / "snap.db")
    for claim_id, first, second in ((1, "attributed", "attributed"), (2, "reported", "unverified"),
                                    (3, "unverified", "unverified"), (4, "attributed", "contradictory")):
        set_label(database, claim_id, first, "ana")
        set_label(database, claim_id, second, "ben")
    set_note(database, 2, "only the wire has it", "ben")
    with database.write() as session:
        session.add(Comment(claim_id=1, author="ana", at=FIXED, text="which minister?"))
        session.execute(update(ReviewEvent).values(at=FIXED))  # fixed times: the snapshots stay still
        session.execute(update(Judgement).values(at=FIXED))
    yield database
    database.dispose()


class TestAgreementScreen:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("A"))


class TestDisagreementsScreen:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("J"))


class TestHistoryScreen:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("h"))


class TestSecondReviewScreen:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("b"))


class TestAssignScreen:
    @SIZES
    def test_sizes(self, snap_compare: Any, db: Database, size: tuple[int, int]) -> None:
        assert snap_compare(make_app(db), terminal_size=size, run_before=pressing("W"))
