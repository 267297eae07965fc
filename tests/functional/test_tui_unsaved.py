"""A decision shown is a decision saved (issue 15, item 4): under a write lock held by another
program the review screen keeps the editor's label, marks it unsaved with a notice that stays,
never reverts it, and saves it once the lock is released."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.functional.test_tui import SIZE, claim_row, events, make_app, review_database, screen_text, settle
from workbench.tui import app as app_module


async def wait_for(pilot, condition, tries: int = 200) -> None:  # type: ignore[no-untyped-def]
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition never held")


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "WRITE_PATIENCE_SECONDS", 0.2)
    monkeypatch.setattr(app_module, "WRITE_RETRY_SECONDS", 0.2)


async def test_a_label_under_a_held_lock_stays_unsaved_then_is_saved(tmp_path: Path, quick_retries: None) -> None:
    path = tmp_path / "t.db"
    db = review_database(path)
    try:
        app = make_app(db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            holder = sqlite3.connect(path, isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")  # another program is writing
            try:
                await pilot.press("a")
                await wait_for(pilot, lambda: 1 in app.unsaved)
                assert app.queue.rows[0].label == "attributed" and 1 in app.queue.unsaved
                assert "attributed *" in screen_text(app)
                notices = [n for n in app._notifications if n.title == "Not saved yet"]
                assert len(notices) == 1 and notices[0].timeout >= 600  # stays up, not a brief toast
                # several retries and a refresh from the database later, it still shows, unsaved
                app.poll_changes()
                await pilot.pause(0.8)
                assert app.queue.rows[0].label == "attributed" and 1 in app.queue.unsaved
                assert claim_row(db, 1).label is None and events(db) == []
                assert len([n for n in app._notifications if n.title == "Not saved yet"]) == 1
            finally:
                holder.execute("ROLLBACK")
                holder.close()
            await wait_for(pilot, lambda: not app.unsaved)
            await settle(pilot)
            stored = claim_row(db, 1)
            assert (stored.label, stored.reviewer, stored.version) == ("attributed", "me", 2)
            assert [(e.claim_id, e.field, e.new) for e in events(db)] == [(1, "label", "attributed")]
            assert 1 not in app.queue.unsaved and "attributed *" not in screen_text(app)
            assert any(n.title == "Saved" for n in app._notifications)
    finally:
        db.dispose()


async def test_a_newer_label_replaces_the_one_waiting(tmp_path: Path, quick_retries: None) -> None:
    path = tmp_path / "t.db"
    db = review_database(path)
    try:
        app = make_app(db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            holder = sqlite3.connect(path, isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")
            try:
                await pilot.press("a")
                await wait_for(pilot, lambda: 1 in app.unsaved)
                await pilot.press("k")  # back to claim 1 (labelling advanced to claim 2)
                await pilot.press("r")
                await pilot.pause(0.3)
            finally:
                holder.execute("ROLLBACK")
                holder.close()
            await wait_for(pilot, lambda: not app.unsaved)
            await settle(pilot)
            assert claim_row(db, 1).label == "reported"
            assert [e.new for e in events(db)] == ["reported"]
    finally:
        db.dispose()
