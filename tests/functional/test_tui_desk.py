"""The desk's screens in the review app (issue 14): agreement, adjudication, history and comments."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.functional.test_tui import make_app, press, review_database, screen_text, settle
from workbench.store.models import Claim, Comment, ReviewEvent
from workbench.store.review import set_label, set_note
from workbench.tui.desk_screens import AgreementScreen, DisagreementsScreen, HistoryScreen

SIZE = (140, 40)
HOSTILE_NAME = "[bold]eve[/] \x1b[2J"


def judged_database(path: Path):  # type: ignore[no-untyped-def]
    db = review_database(path)
    # Minister claims 1-5: ana and the hostile reviewer agree on 1, 3, 5 and differ on 2, 4.
    for claim_id, first, second in ((1, "attributed", "attributed"), (2, "reported", "unverified"),
                                    (3, "unverified", "unverified"), (4, "attributed", "contradictory"),
                                    (5, "unverified", "unverified")):
        set_label(db, claim_id, first, "ana")
        set_label(db, claim_id, second, HOSTILE_NAME)
    set_note(db, 2, "wire copy [i]only[/i]", HOSTILE_NAME)
    return db


async def test_A_shows_agreement_between_reviewers(tmp_path: Path) -> None:
    db = judged_database(tmp_path / "t.db")
    app = make_app(db)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await press(pilot, "A")
            assert isinstance(app.screen, AgreementScreen)
            await settle(pilot)
            text = screen_text(app)
            # 3 of 5 alike; ana: a2 r1 u2, eve: a1 u3 c1 -> p_e = (2*1 + 2*3) / 25 = 0.32, kappa = 0.28 / 0.68
            assert "claims labelled by two or more reviewers: 5" in text
            assert f"{(0.6 - 0.32) / 0.68:.3f}" in text and "0.600" in text
            assert "[bold]eve[/]" in text and "(rows) vs" in text
            await press(pilot, "escape")
            assert not isinstance(app.screen, AgreementScreen)
    finally:
        db.dispose()


async def test_J_adjudicates_a_disagreement(tmp_path: Path) -> None:
    db = judged_database(tmp_path / "t.db")
    app = make_app(db, reviewer="ed")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await press(pilot, "J")
            assert isinstance(app.screen, DisagreementsScreen)
            await settle(pilot)
            screen = app.screen
            assert [row.claim_id for row in screen.rows] == [2, 4]
            text = screen_text(app)
            assert "wire copy [i]only[/i]" in text and "Talks covered embassy security" in text
            await press(pilot, "c")  # the highlighted claim (2) settles as contradictory
            await settle(pilot)
            assert [row.claim_id for row in screen.rows] == [4]
            with db.session() as session:
                claim = session.get_one(Claim, 2)
                assert (claim.label, claim.adjudicated_by, claim.status) == ("contradictory", "ed", "approved")
                final = session.scalars(select(ReviewEvent).where(ReviewEvent.field == "final_label")).all()
                assert [(e.claim_id, e.reviewer, e.old, e.new) for e in final] == [(2, "ed", "unverified", "contradictory")]
            await press(pilot, "escape")
            assert not isinstance(app.screen, DisagreementsScreen)
    finally:
        db.dispose()


async def test_h_shows_the_claims_history_and_m_comments(tmp_path: Path) -> None:
    db = judged_database(tmp_path / "t.db")
    app = make_app(db, reviewer="ed")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await press(pilot, "j", "h")  # claim 2
            assert isinstance(app.screen, HistoryScreen) and app.screen.claim_id == 2
            await settle(pilot)
            text = screen_text(app)
            assert "ana changed label (their judgement): - -> reported" in text
            assert "[bold]eve[/] changed label (their judgement): - -> unverified" in text
            await press(pilot, "m")
            for key in "[b]which source?":
                await pilot.press(key)
            await press(pilot, "enter")
            await settle(pilot)
            assert "ed commented: [b]which source?" in screen_text(app)
            with db.session() as session:
                assert [(c.claim_id, c.author, c.text) for c in session.scalars(select(Comment))] == [
                    (2, "ed", "[b]which source?")
                ]
            segments = "".join(s.text for strip in app.screen._compositor.render_strips() for s in strip)
            assert "\x1b" not in segments
            await press(pilot, "escape")
            assert not isinstance(app.screen, HistoryScreen)
    finally:
        db.dispose()


def test_the_desk_keys_are_in_help_and_remappable() -> None:
    from rich.console import Console

    from workbench.tui.commands import ALL_COMMANDS
    from workbench.tui.screens.help import help_table

    console = Console(width=140, record=True)
    console.print(help_table({"desk.agreement": "ctrl+k"}))
    text = console.export_text()
    assert "desk.agreement" in text and "desk.disagreements" in text and "claim.history" in text
    assert "ctrl+k" in text
    ids = [command.id for command in ALL_COMMANDS]
    assert len(ids) == len(set(ids))
    keys = [command.key for command in ALL_COMMANDS]
    assert len(keys) == len(set(keys))  # no desk key shadows another command


async def test_b_second_review_is_blind_until_you_give_your_label(tmp_path: Path) -> None:
    from workbench.tui.desk_screens import SecondReviewScreen

    db = review_database(tmp_path / "t.db")
    set_label(db, 2, "reported", "ana")
    set_note(db, 2, "ana's secret reason", "ana")
    set_label(db, 4, "attributed", "ana")
    set_label(db, 7, "unverified", "me")  # my own: not in my second review
    app = make_app(db)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await press(pilot, "b")
            screen = app.screen
            assert isinstance(screen, SecondReviewScreen)
            await settle(pilot)
            assert [item.claim_id for item in screen.items] == [2, 4]
            text = screen_text(app)
            assert "labelled by 1 colleague" in text
            assert "reported" not in text and "ana's secret reason" not in text and "attributed" not in text
            await press(pilot, "u")  # my label on claim 2: now ana's shows, and we differ
            await settle(pilot)
            text = screen_text(app)
            assert "yours: unverified" in text and "ana: reported" in text and "ana's secret reason" in text
            await press(pilot, "j")
            assert "attributed" not in screen_text(app)  # claim 4 is still blind
            with db.session() as session:
                claim = session.get_one(Claim, 2)
                assert (claim.label, claim.reviewer, claim.status) == ("unverified", "me", "needs_second_look")
    finally:
        db.dispose()


async def test_review_second_opens_on_the_second_review(tmp_path: Path) -> None:
    from workbench.tui.desk_screens import SecondReviewScreen

    db = review_database(tmp_path / "t.db")
    app = make_app(db, second_review=True)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, SecondReviewScreen)
            assert "nothing labelled by a colleague to review" in screen_text(app)
    finally:
        db.dispose()


def test_review_command_passes_second_and_opens_on_the_assigned_article(cli, monkeypatch) -> None:
    from tests.conftest import SEED_ARTICLE
    from workbench.tui.app import ReviewApp

    opened: list[ReviewApp] = []
    monkeypatch.setattr(ReviewApp, "run", lambda self: opened.append(self))
    cli("ingest", str(SEED_ARTICLE))
    assert cli("review", "--second", "--reviewer", "ben").exit_code == 0
    assert opened[-1].second_review is True and opened[-1].scope_article is None
    cli("assign", "--article", "1", "--to", "ben")
    assert cli("review", "--reviewer", "ben").exit_code == 0
    assert opened[-1].scope_article == 1 and opened[-1].second_review is False
    assert cli("review", "--reviewer", "ana").exit_code == 0
    assert opened[-1].scope_article is None  # nothing assigned to ana: every article


async def test_W_assigns_the_article_in_view(tmp_path: Path) -> None:
    from workbench.store.judgements import assignments
    from workbench.tui.desk_screens import AssignScreen

    db = review_database(tmp_path / "t.db")
    app = make_app(db, reviewer="ed", article_id=2)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await press(pilot, "W")
            assert isinstance(app.screen, AssignScreen) and app.screen.article_id == 2
            await settle(pilot)
            assert "assigned to nobody yet" in screen_text(app)
            for key in "[b]ben q":
                await pilot.press(key)
            await press(pilot, "enter")
            await settle(pilot)
            assert "assigned to: [b]ben q (by ed)" in screen_text(app)
            with db.session() as session:
                assert [(a, r, by) for a, r, by, _ in assignments(session)] == [(2, "[b]ben q", "ed")]
            await press(pilot, "escape")
            assert not isinstance(app.screen, AssignScreen)
    finally:
        db.dispose()
