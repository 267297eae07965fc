"""Pilot tests of the review app: every key, undo, dialogs, two editors, filters, search.

Most tests build a small store by hand (fixed labels and findings, so nothing here pins
what the analysis suggests); one test goes through the real ingest of the sample article.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from workbench.config import Settings
from workbench.store import Database, open_database
from workbench.store.models import Article, Claim, FindingRow, ReviewEvent
from workbench.store.review import set_label
from workbench.tui.app import ReviewApp
from workbench.tui.commands import ALL_COMMANDS
from workbench.tui.screens.conflict import ConflictModal
from workbench.tui.screens.help import HelpScreen

SIZE = (140, 40)
FIXED_TIME = datetime(2021, 8, 24, 12, 0)

MINISTER_CLAIMS = [
    ("The foreign minister met the ambassador in Kabul on Tuesday, officials said.", "attributed"),
    ("Talks covered embassy security, according to Reuters.", "reported"),
    ("The group now controls the capital.", "unverified"),
    ("The minister denied that any meeting took place.", "attributed"),
    ("Aid deliveries resumed last week.", "unverified"),
]
HARBOUR_CLAIMS = [
    ("The harbour reopened on Monday, the port authority said.", "attributed"),
    ("Shipping volumes doubled within days.", "unverified"),
    ("Local media reported long queues at the gates.", "reported"),
]


def add_article(db: Database, title: str, claims: list[tuple[str, str | None]], outlet: str = "Wire") -> list[int]:
    """An article whose body is its claims, one per line; returns the claim ids."""
    body = "\n".join(text for text, _ in claims)
    with db.write() as session:
        article = Article(
            title=title, outlet=outlet, published=date(2021, 8, 24), body=body,
            content_hash=hashlib.sha256((title + body).encode()).hexdigest(), ingested_at=FIXED_TIME,
        )
        session.add(article)
        session.flush()
        rows, offset = [], 0
        for seq, (text, suggested) in enumerate(claims, 1):
            rows.append(Claim(
                article_id=article.id, seq=seq, text=text, start=offset, end=offset + len(text),
                sentence_index=seq - 1, suggested_label=suggested,
                suggestion_reason=f"fixture reason {seq}" if suggested else None,
                attribution={"source": "officials", "cue": "said", "kind": "indirect"} if suggested == "attributed"
                else None,
                time_expressions=[],
            ))
            offset += len(text) + 1
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def add_finding(db: Database, claim_id: int, other_id: int, explanation: str = "they disagree") -> int:
    with db.write() as session:
        finding = FindingRow(kind="contradiction", claim_id=claim_id, other_claim_id=other_id,
                             explanation=explanation, status="open", created_at=FIXED_TIME)
        session.add(finding)
        session.flush()
        return finding.id


def review_database(path: Path) -> Database:
    """Two small articles, one finding: the database the TUI tests and snapshots share."""
    database = open_database(str(path))
    minister = add_article(database, "Minister visits Kabul", MINISTER_CLAIMS)
    add_article(database, "Harbour reopens", HARBOUR_CLAIMS, outlet="Port News")
    add_finding(database, minister[0], minister[3], "one says they met, the other denies it")
    return database


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = review_database(tmp_path / "t.db")
    yield database
    database.dispose()


def make_app(db: Database, **kwargs: Any) -> ReviewApp:
    kwargs.setdefault("reviewer", "me")
    kwargs.setdefault("refresh_seconds", 3600)  # tests poll by hand
    return ReviewApp(db, **kwargs)


async def settle(pilot: Any) -> None:
    """Wait until every worker (reads and queued writes) has finished and its message landed."""
    app = pilot.app
    for _ in range(200):
        await pilot.pause()
        if app.writes.idle and all(worker.is_finished for worker in app.workers):
            await pilot.pause()
            if app.writes.idle and all(worker.is_finished for worker in app.workers):
                return
    raise AssertionError("workers did not settle")


async def press(pilot: Any, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def claim_row(db: Database, claim_id: int) -> Claim:
    with db.session() as session:
        return session.get_one(Claim, claim_id)


def events(db: Database) -> list[ReviewEvent]:
    with db.session() as session:
        return list(session.scalars(select(ReviewEvent).order_by(ReviewEvent.id)))


def screen_text(app: ReviewApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def current_id(app: ReviewApp) -> int | None:
    row = app.queue.current
    return row.id if row else None


# --- opening ---------------------------------------------------------------------------------


async def test_opens_with_articles_claims_and_detail(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [row.title for row in app.article_list.rows] == ["All articles", "Minister visits Kabul",
                                                               "Harbour reopens"]
        assert len(app.queue.rows) == 8
        text = screen_text(app)
        assert "Talks covered embassy security" in text
        assert "0/5" in text and "0/3" in text  # progress per article
        assert "fixture reason 1" in text  # the suggestion's reason in the detail pane
        assert "one says they met, the other denies it" in text


async def test_article_option_scopes_the_queue(db: Database) -> None:
    app = make_app(db, article_id=2)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [row.article_id for row in app.queue.rows] == [2, 2, 2]
        assert app.article_list.current.id == 2


async def test_sample_article_through_ingest(tmp_path: Path) -> None:
    from workbench.ingest.runner import ingest
    from tests.conftest import SEED_ARTICLE

    database = open_database(str(tmp_path / "s.db"))
    ingest(database, [str(SEED_ARTICLE)])
    app = make_app(database, reviewer="me")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = current_id(app)
        assert first is not None and len(app.queue.rows) >= 5
        await press(pilot, "a")
        assert claim_row(database, first).label == "attributed"
        assert claim_row(database, first).reviewer == "me"
        assert current_id(app) != first
        await pilot.press("q")
    reopened = make_app(database)
    async with reopened.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert reopened.queue.rows[0].label == "attributed"
        assert f"1/{len(reopened.queue.rows)}" in screen_text(reopened)
    database.dispose()


# --- labelling -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "label"), [("a", "attributed"), ("r", "reported"), ("u", "unverified"), ("c", "contradictory")]
)
async def test_label_keys_write_label_reviewer_audit_and_advance(db: Database, key: str, label: str) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, key)
        stored = claim_row(db, 1)
        assert (stored.label, stored.reviewer, stored.version) == (label, "me", 2)
        [event] = events(db)
        assert (event.claim_id, event.reviewer, event.field, event.old, event.new) == (1, "me", "label", None, label)
        assert current_id(app) == 2  # advanced to the next unlabeled claim
        assert app.queue.rows[0].label == label


async def test_enter_accepts_the_suggestion(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "j", "enter")
        assert claim_row(db, 2).label == "reported"  # claim 2's suggestion
        assert current_id(app) == 3


async def test_x_clears_the_label_and_stays(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a", "k", "x")
        assert claim_row(db, 1).label is None
        assert claim_row(db, 1).reviewer is None
        assert current_id(app) == 1
        assert [e.new for e in events(db)] == ["attributed", None]


async def test_advance_skips_labelled_claims_and_can_be_turned_off(db: Database) -> None:
    set_label(db, 2, "reported", "someone")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        assert current_id(app) == 3  # 2 was already labelled
    still = make_app(db, settings=Settings(advance_after_label=False))
    async with still.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "j", "j", "j", "u")
        assert current_id(still) == 4
        assert claim_row(db, 4).label == "unverified"


async def test_label_twice_quickly_keeps_the_second(db: Database) -> None:
    app = make_app(db, settings=Settings(advance_after_label=False))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a", "r", "c")  # no waiting between keys
        await settle(pilot)
        assert claim_row(db, 1).label == "contradictory"
        assert claim_row(db, 1).version == 4
        assert not isinstance(app.screen, ConflictModal)


# --- moving ----------------------------------------------------------------------------------


async def test_j_k_and_arrows_move(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "j", "down")
        assert current_id(app) == 3
        await press(pilot, "k")
        assert current_id(app) == 2
        await press(pilot, "up", "up")
        assert current_id(app) == 1
        assert app.detail is not None and app.detail.id == 1
        assert "claim 1  (id 1, article 1)" in screen_text(app)


async def test_brackets_move_between_unlabeled(db: Database) -> None:
    set_label(db, 2, "reported", "someone")
    set_label(db, 3, "reported", "someone")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "right_square_bracket")
        assert current_id(app) == 4
        await press(pilot, "left_square_bracket")
        assert current_id(app) == 1


async def test_tab_moves_between_panes_and_articles_scope_the_queue(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.focused is app.queue
        await press(pilot, "tab")
        assert app.focused is app.detail_pane
        await press(pilot, "tab")
        assert app.focused is app.article_list
        await press(pilot, "j", "j")  # All -> Minister -> Harbour
        assert app.scope_article == 2
        assert [row.article_id for row in app.queue.rows] == [2, 2, 2]
        assert "Harbour reopens" in screen_text(app)


# --- undo ------------------------------------------------------------------------------------


async def test_undo_reverts_in_order_with_audit_rows(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a", "r")  # claim 1 attributed, claim 2 reported
        await press(pilot, "z")
        assert claim_row(db, 2).label is None
        assert current_id(app) == 2  # undo shows the claim it changed
        await press(pilot, "z")
        assert claim_row(db, 1).label is None
        assert [(e.claim_id, e.old, e.new) for e in events(db)] == [
            (1, None, "attributed"), (2, None, "reported"), (2, "reported", None), (1, "attributed", None)]
        await press(pilot, "z")  # empty stack: nothing changes
        assert len(events(db)) == 4


async def test_undo_after_label_and_note_on_one_claim(db: Database) -> None:
    app = make_app(db, settings=Settings(advance_after_label=False))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a", "n")
        await pilot.press(*"checked")
        await press(pilot, "ctrl+s")
        assert claim_row(db, 1).note == "checked"
        await press(pilot, "z", "z")
        assert (claim_row(db, 1).note, claim_row(db, 1).label) == (None, None)
        assert not isinstance(app.screen, ConflictModal)


# --- note, findings ----------------------------------------------------------------------------


async def test_note_modal_saves_and_escape_cancels(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "n")
        await pilot.press(*"call the ministry")
        await press(pilot, "ctrl+s")
        assert claim_row(db, 1).note == "call the ministry"
        assert "call the ministry" in screen_text(app)
        await press(pilot, "n")
        await pilot.press(*" again")
        await press(pilot, "escape")
        assert claim_row(db, 1).note == "call the ministry"
        assert events(db)[-1].field == "note"


async def test_finding_confirm_dismiss_and_jump(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.queue.rows[0].flagged and app.queue.rows[3].flagged
        await press(pilot, "f", "c")
        with db.session() as session:
            assert session.scalar(select(FindingRow.status)) == "confirmed"
        # A confirmed finding stays visible: flagged, with its own mark, and counted on the article.
        assert app.queue.rows[0].flagged and app.queue.rows[0].finding_status == "confirmed"
        assert app.queue.rows[3].finding_status == "confirmed"
        article = next(row for row in app.article_list.rows if row.id == 1)
        assert (article.open_findings, article.confirmed_findings) == (0, 1)
        assert "×" in screen_text(app)
        await press(pilot, "z")
        with db.session() as session:
            assert session.scalar(select(FindingRow.status)) == "open"
        await press(pilot, "f", "d")
        with db.session() as session:
            assert session.scalar(select(FindingRow.status)) == "dismissed"
        assert not app.queue.rows[0].flagged  # only a dismissal clears it
        await press(pilot, "g")  # jump to the other claim of the finding
        assert current_id(app) == 4
        await press(pilot, "f", "g")
        assert current_id(app) == 1


async def test_finding_key_without_findings_says_so(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "j", "f")
        assert app.screen is app.screen_stack[0]
        assert any("no findings" in n.message for n in app._notifications)


# --- two editors -------------------------------------------------------------------------------


async def test_conflict_dialog_between_two_apps(tmp_path: Path, db: Database) -> None:
    other_db = open_database(str(db.sqlite_path))
    mine, theirs = make_app(db, reviewer="me"), make_app(other_db, reviewer="ana")
    async with mine.run_test(size=SIZE) as my_pilot, theirs.run_test(size=SIZE) as their_pilot:
        await settle(my_pilot)
        await settle(their_pilot)
        await press(their_pilot, "r")  # ana labels claim 1 reported while I look at it
        assert claim_row(db, 1).label == "reported"
        await press(my_pilot, "a")
        assert isinstance(mine.screen, ConflictModal)
        shown = screen_text(mine)
        assert "theirs (ana): reported" in shown and "yours: attributed" in shown
        await press(my_pilot, "t")  # keep theirs
        assert claim_row(db, 1).label == "reported"
        assert mine.queue.rows[0].label == "reported"

        await press(their_pilot, "k", "u")  # ana changes it again
        await press(my_pilot, "k", "a")
        assert isinstance(mine.screen, ConflictModal)
        await press(my_pilot, "m")  # use mine, knowingly
        stored = claim_row(db, 1)
        assert (stored.label, stored.reviewer) == ("attributed", "me")
        assert [e.reviewer for e in events(db)] == ["ana", "ana", "me"]
    other_db.dispose()


async def test_refresh_shows_what_others_changed(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        set_label(db, 3, "contradictory", "ana")
        app.poll_changes()
        await settle(pilot)
        assert app.queue.rows[2].label == "contradictory"
        assert "1/5" in screen_text(app)  # article progress refreshed too


async def test_periodic_refresh_runs_without_keys(db: Database) -> None:
    app = make_app(db, refresh_seconds=0.1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        set_label(db, 5, "reported", "ana")
        await pilot.pause(0.4)
        await settle(pilot)
        assert app.queue.rows[4].label == "reported"


# --- views and search --------------------------------------------------------------------------


async def test_view_filters(db: Database) -> None:
    set_label(db, 2, "reported", "ana")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        assert app.label_filter == "unlabeled"
        assert 2 not in [row.id for row in app.queue.rows] and len(app.queue.rows) == 7
        await press(pilot, "v")
        assert app.label_filter == "priority"  # the unlabeled claims, most worth checking first
        assert sorted(row.id for row in app.queue.rows) == [1, 3, 4, 5, 6, 7, 8]
        scores = [row.priority for row in app.queue.rows]
        assert scores == sorted(scores, reverse=True) and None not in scores
        await press(pilot, "v")
        assert app.label_filter == "flagged"
        assert [row.id for row in app.queue.rows] == [1, 4]
        await press(pilot, "v")
        assert [row.id for row in app.queue.rows] == []  # attributed: none yet
        await press(pilot, "V")
        assert len(app.queue.rows) == 8
        await press(pilot, "ctrl+u")
        assert app.label_filter == "unlabeled"


async def test_label_option_opens_filtered(db: Database) -> None:
    set_label(db, 2, "reported", "ana")
    app = make_app(db, label_filter="reported")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [row.id for row in app.queue.rows] == [2]


async def test_slash_searches_and_escape_leaves_search(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        await pilot.press(*"minister")
        await press(pilot, "enter")
        assert app.search_query == "minister"
        assert {row.id for row in app.queue.rows} == {1, 4}
        assert "matching “minister”" in screen_text(app)
        await press(pilot, "slash")
        await pilot.press(*"ministr")  # a typo still finds them
        await press(pilot, "enter")
        assert {1, 4} <= {row.id for row in app.queue.rows}
        await press(pilot, "escape")
        assert app.search_query is None and len(app.queue.rows) == 8


async def test_search_option_opens_on_matching_claims(db: Database) -> None:
    app = make_app(db, search="harbour")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [row.id for row in app.queue.rows] == [6]


# --- keys, help, palette -----------------------------------------------------------------------


async def test_keymap_remaps_a_binding_and_help_shows_it(db: Database) -> None:
    app = make_app(db, settings=Settings(keymap={"label.attributed": "1"}))
    async with app.run_test(size=(140, 80)) as pilot:
        await settle(pilot)
        await press(pilot, "1")
        assert claim_row(db, 1).label == "attributed"
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for command in ALL_COMMANDS:
            assert command.id in text
        assert "1  " in text.split("label.attributed")[0].splitlines()[-1]
        assert "[keymap] in config.toml" in text
        await press(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_footer_and_palette_offer_the_commands(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        for title in ("Attrib.", "Undo", "Search", "Help", "Quit"):
            assert title in footer
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert any(t.startswith("Label the claim attributed (a)") for t in titles)
        assert any(t.startswith("Undo your last change") for t in titles)
        await press(pilot, "ctrl+p")
        await pilot.press(*"attributed")
        await press(pilot, "enter")
        assert claim_row(db, 1).label == "attributed"


async def test_q_quits(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit  # noqa: SLF001 - no public flag for "exit requested"


# --- hostile text ------------------------------------------------------------------------------

HOSTILE = [
    ("[bold red]x[/] said the [@click=app.quit]q[/] man.", "attributed"),
    ("Clear \x1b[2J the screen and copy \x1b]52;c;AAAA\x07 now.", "unverified"),
    ("Bidi \u202egnirts\u202c and =HYPERLINK(\"http://example.invalid\") and [link=https://example.invalid]x[/link].",
     "reported"),
]


async def test_hostile_text_is_shown_as_plain_text(db: Database) -> None:
    ids = add_article(db, "[bold]Title[/bold] \x1b[31mred\x1b[0m", HOSTILE, outlet="[/ \u202eoutlet")
    with db.write() as session:
        session.get_one(Claim, ids[0]).note = "note [i]x[/i] \x1b]52;c;AAAA\x07"
    app = make_app(db, article_id=3)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "[bold red]x[/] said the [@click=app.quit]q[/] man." in shown
        assert "[bold]Title[/bold] red" in shown
        assert "note [i]x[/i]" in shown
        await press(pilot, "j", "j")
        shown = screen_text(app)
        assert "[link=https://example.invalid]x[/link]" in shown
        assert "=HYPERLINK(" in shown
        segments = "".join(
            segment.text for strip in app.screen._compositor.render_strips() for segment in strip
        )
        for bad in ("\x1b", "\x07", "\u202e", "\u202c", "]52;"):
            assert bad not in segments
        assert app.is_running  # the [@click=app.quit] link did nothing


# --- export ------------------------------------------------------------------------------------


async def test_e_exports_the_current_view_to_csv(db: Database, tmp_path: Path) -> None:
    from textual.widgets import Input

    set_label(db, 6, "attributed", "ana")
    target = tmp_path / "view.csv"
    app = make_app(db, article_id=2)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        app.screen.query_one(Input).value = str(target)
        await press(pilot, "enter")
        lines = target.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1 + 3  # header and the harbour article's claims only
        assert "Shipping volumes doubled" in target.read_text(encoding="utf-8")
        assert any("Exported 3 claims" in n.message for n in app._notifications)
        await press(pilot, "e")
        app.screen.query_one(Input).value = str(tmp_path / "missing" / "x.csv")
        await press(pilot, "enter")
        assert any(n.severity == "error" for n in app._notifications)


async def test_e_exports_only_the_search_results_when_searching(db: Database, tmp_path: Path) -> None:
    from textual.widgets import Input

    target = tmp_path / "search.csv"
    app = make_app(db, search="shipping")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        app.screen.query_one(Input).value = str(target)
        await press(pilot, "enter")
        text = target.read_text(encoding="utf-8")
    assert "Shipping volumes doubled" in text
    assert len(text.splitlines()) < 1 + len(MINISTER_CLAIMS) + len(HARBOUR_CLAIMS)


# --- sources -----------------------------------------------------------------------------------


def links(db: Database) -> list[tuple[int, int | None, str, str | None]]:
    from workbench.store.models import ClaimSource

    with db.session() as session:
        return [(link.claim_id, link.source_id, link.stance, link.excerpt)
                for link in session.scalars(select(ClaimSource).order_by(ClaimSource.id))]


async def test_source_modal_searches_the_library_links_with_stance_and_undo_unlinks(db: Database) -> None:
    from textual.widgets import RadioButton

    from workbench.evidence import add_source
    from workbench.tui.screens.source import SourceModal

    statement = add_source(db, "The ministry confirmed that the meeting took place in Kabul.",
                           title="Ministry statement", url="https://example.org/statement", publisher="Ministry")
    add_source(db, "Ships waited at the harbour gates.", title="Harbour log")
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        assert isinstance(app.screen, SourceModal)
        await pilot.press(*"ministy")  # a typo: the fuzzy match still finds it
        await settle(pilot)
        assert app.screen.choices[0].source_id == statement.id
        app.screen.query_one("#stance-refutes", RadioButton).value = True
        await press(pilot, "enter")
        assert links(db) == [(1, statement.id, "refutes", None)]
        assert "Ministry statement" in screen_text(app)
        await press(pilot, "z")
        assert links(db) == []
        assert [(e.field, e.old, e.new) for e in events(db)] == [
            (f"link:source:{statement.id}", None, "refutes"), (f"link:source:{statement.id}", "refutes", None)]


async def test_source_modal_adds_a_new_source_inline(db: Database) -> None:
    from textual.widgets import Input

    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        modal = app.screen
        modal.query_one("#new-url", Input).value = "https://example.org/new"
        modal.query_one("#new-title", Input).value = "[b]New[/b] report"
        modal.query_one("#new-excerpt", Input).value = "Officials met on Tuesday."
        await press(pilot, "ctrl+s")
        [(claim_id, source_id, stance, excerpt)] = links(db)
        assert (claim_id, stance, excerpt) == (1, "supports", "Officials met on Tuesday.")
        assert "[b]New[/b] report" in screen_text(app)
        await press(pilot, "s", "escape")
        assert len(links(db)) == 1


# --- papercuts (issue 13) ----------------------------------------------------------------------


async def test_undo_names_the_claim_by_its_seq_and_restores_who_and_when(db: Database) -> None:
    from datetime import datetime

    from sqlalchemy import update

    from workbench.store.models import Claim as ClaimModel

    set_label(db, 6, "reported", "ana")
    with db.write() as session:  # ana labelled it long ago
        session.execute(update(ClaimModel).where(ClaimModel.id == 6).values(labeled_at=datetime(2021, 8, 20, 9, 30)))
    app = make_app(db, article_id=2, settings=Settings(advance_after_label=False))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current_id(app) == 6 and app.queue.current.seq == 1
        await press(pilot, "a")
        assert claim_row(db, 6).reviewer == "me"
        await press(pilot, "z")
        assert any(n.message == "Undone: label of claim 1 back to reported." for n in app._notifications)
        row = claim_row(db, 6)
        assert (row.label, row.reviewer, row.labeled_at) == ("reported", "ana", datetime(2021, 8, 20, 9, 30))


async def test_clearing_a_search_forgets_its_no_match_text(db: Database) -> None:
    app = make_app(db, search="zzzzqqq")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "no claims match" in screen_text(app)
        app.action_clear_search()
        await settle(pilot)
        await press(pilot, "ctrl+f")  # the flagged view of the whole store
        app.action_set_view("contradictory")  # a view with nothing in it
        await settle(pilot)
        assert "no claims match" not in screen_text(app)
        assert "no claims in this view" in screen_text(app)


async def test_saves_are_confirmed_and_a_colleague_change_under_the_cursor_is_announced(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "n")
        await pilot.press(*"ok")
        await press(pilot, "ctrl+s")
        assert any(n.message == "Note saved on claim 1 of article 1." for n in app._notifications)
        set_label(db, 1, "unverified", "ana")  # a colleague, from another screen
        app.poll_changes()
        await settle(pilot)
        assert app.queue.current.label == "unverified"
        assert any(n.title == "Changed by a colleague" for n in app._notifications)


async def test_detail_pane_shows_the_quote_check_of_a_link(db: Database) -> None:
    from datetime import datetime

    from workbench.store.models import ClaimSource

    with db.write() as session:
        session.add(ClaimSource(claim_id=1, source_id=None, article_id=2, stance="supports", excerpt="a passage",
                                quote_check={"status": "close", "score": 93,
                                             "diff": [{"kind": "changed", "source": "said", "quote": "stated"}]},
                                who="ana", created_at=datetime(2021, 8, 25, 12, 0)))
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert 'quote check: close (93): "said" -> "stated"' in screen_text(app)


async def test_export_format_follows_the_extension(db: Database, tmp_path: Path) -> None:
    from textual.widgets import Input

    target = tmp_path / "report.md"
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        app.screen.query_one(Input).value = str(target)
        await press(pilot, "enter")
    assert target.read_text(encoding="utf-8").startswith("# Review report")


async def test_a_key_pressed_during_start_up_is_kept(db: Database) -> None:
    app = make_app(db, settings=Settings(advance_after_label=False))
    async with app.run_test(size=SIZE) as pilot:
        assert not app.ready
        await pilot.press("a")  # before the first page has arrived
        await settle(pilot)
        assert claim_row(db, 1).label == "attributed"


# --- findings where they are; 80x24 (issue 13) --------------------------------------------------

LAPTOP = (80, 24)


async def test_findings_dialog_shows_both_claims_and_judges_several_without_leaving(db: Database) -> None:
    second = add_finding(db, 1, 2, "near-duplicate claim (similarity 91)")
    with db.write() as session:
        session.get_one(FindingRow, second).kind = "duplicate"
    app = make_app(db)
    async with app.run_test(size=LAPTOP) as pilot:
        await settle(pilot)
        await press(pilot, "f")
        text = screen_text(app)
        assert "The minister denied that any meeting" in text  # the other claim, without going there
        assert "Near-duplicate (91% alike)" in text
        assert all(len(row) <= 80 for row in text.splitlines())
        await press(pilot, "space", "space", "d")  # mark both, dismiss both at once
        with db.session() as session:
            assert set(session.scalars(select(FindingRow.status))) == {"dismissed"}
        assert current_id(app) == 1  # still on the claim judged
        assert not app.queue.rows[0].flagged


async def test_laptop_screen_gives_the_claim_text_room_and_the_key_bar_fits(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=LAPTOP) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        first = MINISTER_CLAIMS[0][0]
        assert any(first[:40] in row for row in lines), "the claim list shows 40 characters of text"
        keys = lines[-1]
        assert keys.rstrip().endswith(("Help", "Search", "View", "Export", "Quit", "Undo"))
        assert "a/r/u/c label" in keys


async def test_laptop_screen_adds_and_links_a_source_typed_into_visible_fields(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=LAPTOP) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        modal = app.screen
        modal.query_one("#new-url").focus()
        await settle(pilot)
        await pilot.press(*"https://example.org/x")
        await press(pilot, "tab")
        await pilot.press(*"Readout")
        await press(pilot, "tab")
        await pilot.press(*"They met on Tuesday.")
        await settle(pilot)
        assert "They met on Tuesday." in screen_text(app)  # the focused field is on screen
        await press(pilot, "ctrl+s")
        [(claim_id, _source_id, stance, excerpt)] = links(db)
        assert (claim_id, stance, excerpt) == (1, "supports", "They met on Tuesday.")


# --- where to start (issue 13) ------------------------------------------------------------------


async def test_o_orders_the_articles_by_open_findings_and_back(db: Database) -> None:
    harbour = add_article(db, "Harbour follow-up", [("Ships queued for days.", None), ("Queues grew.", None)])
    add_finding(db, harbour[0], harbour[1])
    add_finding(db, harbour[1], harbour[0])
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert [row.id for row in app.article_list.rows] == [0, 1, 2, 3]
        await press(pilot, "o")
        assert [row.id for row in app.article_list.rows] == [0, 3, 1, 2]  # most open findings first
        assert "most open findings" in screen_text(app)
        for _ in range(4):
            await press(pilot, "o")
        assert [row.id for row in app.article_list.rows] == [0, 1, 2, 3]


async def test_D_dismisses_an_articles_duplicate_findings_at_once_and_z_undoes(db: Database) -> None:
    ids = [add_finding(db, 2, 3, "near-duplicate claim (similarity 92)"),
           add_finding(db, 5, 6, "near-duplicate claim (similarity 95)")]
    with db.write() as session:
        for finding_id in ids:
            session.get_one(FindingRow, finding_id).kind = "duplicate"
    app = make_app(db, article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "D")
        with db.session() as session:
            statuses = dict(session.execute(select(FindingRow.id, FindingRow.status)).all())
        assert statuses[ids[0]] == statuses[ids[1]] == "dismissed"
        assert list(statuses.values()).count("open") == 1  # the contradiction is not a duplicate
        assert any("2 duplicate findings of article 1 dismissed" in n.message for n in app._notifications)
        await press(pilot, "z")
        with db.session() as session:
            assert session.get_one(FindingRow, ids[1]).status == "open"


async def test_detail_shows_the_review_status_once_a_claim_is_judged(db: Database) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "in review" not in screen_text(app)  # nobody has judged claim 1: nothing more is said
        await pilot.press("a")  # label it: one reviewer's judgement
        await settle(pilot)
        await pilot.press("k")  # back to it
        await settle(pilot)
        assert current_id(app) == 1
        assert "in review" in screen_text(app)
