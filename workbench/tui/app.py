"""The review app: articles, the claim queue and the claim's detail; one key per decision.

Every database call runs in a thread worker that posts a message back (``messages.py``);
no keypress waits on the database. Writes are applied to the screen at once (optimistic),
land in key order (``WriteQueue``), and a version conflict opens a dialog with both values.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from workbench.analysis.model import LABELS
from workbench.config import Settings
from workbench.store.browse import (
    ARTICLE_ORDER_WORDS,
    ARTICLE_ORDERS,
    StoreTotals,
    articles_after,
    articles_before,
    articles_sorted,
    articles_by_ids,
    claims_after,
    claims_before,
    claims_by_ids,
    count_claims,
    latest_change_id,
    next_unlabeled,
    priority_claims,
    search_claims,
    store_totals,
)
from workbench.store.engine import Database, is_busy
from workbench.store.queries import FLAGGED, LIVE_FINDING_STATUSES, PRIORITY, UNLABELED, get_claim_detail
from workbench.store.review import ClaimChange, ReviewError, VersionConflict
from workbench.store.views import ArticleSummary, ClaimDetail, ClaimSummary
from workbench.tui.changes import (
    Change,
    FindingStatusChange,
    LabelChange,
    LinkChange,
    NoteChange,
    claim_field_change,
)
from workbench.tui.commands import ALL_COMMANDS, APP_COMMANDS, REVIEW_ACTIONS, keys_for
from workbench.tui.paging import keyset_page
from workbench.tui.messages import (
    ArticlesLoaded,
    ChangeConflicted,
    ChangeDeferred,
    ChangeRefused,
    ClaimChanged,
    ClaimsLoaded,
    DetailLoaded,
    ExportFailed,
    ExportWritten,
    FindingsJudged,
    PriorityRanked,
    OthersChanged,
    SearchFinished,
    TotalsLoaded,
    UnlabeledFound,
    ViewCounted,
)
from workbench.tui.screens.ask import AskModal
from workbench.tui.screens.conflict import ConflictModal
from workbench.tui.screens.findings import FindingChoice, FindingsModal
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.note import NoteModal
from workbench.tui.text import line, safe
from workbench.tui.widgets.detail import DetailPane
from workbench.tui.widgets.keybar import KeyBar
from workbench.tui.widgets.lists import ALL_ARTICLES_ID, ArticleList, ClaimQueue, all_articles_row
from workbench.tui.widgets.paged_list import PagedList
from workbench.tui.writes import WriteQueue

VIEWS: tuple[str | None, ...] = (None, UNLABELED, PRIORITY, FLAGGED, *LABELS)
PRIORITY_ROWS = 500
PAGE = ClaimQueue.PAGE
WRITE_PATIENCE_SECONDS = 2.0  # how long a save waits for another writer before the row is marked unsaved
WRITE_RETRY_SECONDS = 2.0
NOT_SAVED_NOTICE_SECONDS = 3600.0  # stays until the save goes through (then "Saved" replaces it)


EXPORT_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".json": "claimreview", ".md": "markdown",
                  ".markdown": "markdown", ".html": "html", ".htm": "html"}


def export_format(path: str) -> str:
    """The export format a file name asks for; CSV when the extension says nothing known."""
    return EXPORT_FORMATS.get(os.path.splitext(path)[1].lower(), "csv")


@dataclass(frozen=True, slots=True)
class UndoEntry:
    request: Change  # what the reviewer asked for
    change: ClaimChange  # what the store did (the old value)
    where: str = ""  # the claim as the screen names it: "claim 4" or "claim 4 of article 2"

    @property
    def claim_id(self) -> int:
        """The claim the change was made from."""
        return self.request.claim_id

    def describe(self) -> str:
        where = self.where or f"claim id {self.claim_id}"
        return f"{self.request.describe()} of {where} back to {self.change.old or 'none'}"


class ReviewApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "workbench review"
    # Panes size from the terminal: the article list shrinks on a laptop, widens on a big screen.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-medium"), (150, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (40, "-tall")]
    BINDINGS = [command.binding() for command in APP_COMMANDS]

    def __init__(
        self,
        db: Database,
        reviewer: str,
        settings: Settings | None = None,
        article_id: int | None = None,
        label_filter: str | None = None,
        search: str | None = None,
        refresh_seconds: float = 2.0,
        second_review: bool = False,
    ) -> None:
        super().__init__()
        self.db = db
        self.second_review = second_review  # open on the blind second review (issue 14)
        # The editor hears within seconds that a decision is not saved yet, not after minutes.
        self.write_db = db.impatient(WRITE_PATIENCE_SECONDS)
        self.unsaved: dict[int, ChangeDeferred] = {}  # claim id -> the write waiting for the lock
        self.reviewer = reviewer
        self.settings = settings or Settings()
        self.scope_article = article_id
        self.label_filter = label_filter or None
        self.search_query = (search or "").strip() or None
        self.refresh_seconds = refresh_seconds
        self.generation = 0
        self.shown_generation = -1  # the view whose first rows are on screen
        self.view_count: int | None = None
        self.detail: ClaimDetail | None = None
        self.totals: StoreTotals | None = None
        self.undo_stack: list[UndoEntry] = []
        self.writes = WriteQueue()
        self.pending: Counter[int] = Counter()
        self.my_versions: dict[int, int] = {}  # claim id -> version after my last write
        self.last_change_id: int | None = None
        # Keys pressed before the first claim and its detail are on screen run once they are.
        self.ready = False
        self.article_order = "id"
        self.deferred: list[Callable[[], None]] = []

    # --- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="status", markup=False)
        with Horizontal(id="panes"):
            yield ArticleList(id="articles")
            with Vertical(id="right"):
                yield ClaimQueue(id="claims")
                yield DetailPane(id="detail")
        yield KeyBar(self.settings.keymap, id="keys")

    @property
    def queue(self) -> ClaimQueue:
        return self.query_one("#claims", ClaimQueue)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def detail_pane(self) -> DetailPane:
        return self.query_one("#detail", DetailPane)

    def on_mount(self) -> None:
        self.set_keymap(self.settings.keymap)
        self.article_list.border_title = "Articles"
        self.article_list.empty_text = "no articles: workbench ingest FILE"
        self.detail_pane.border_title = "Claim"
        self.queue.focus()
        self.fetch_articles("replace", 0, self.scope_article)
        self.fetch_totals()
        self.reload_claims()
        self.set_interval(self.refresh_seconds, self.poll_changes)
        if self.second_review:  # workbench review --second
            self.action_second_review()

    def key_for(self, command_id: str) -> str:
        command = next(c for c in ALL_COMMANDS if c.id == command_id)
        return keys_for(command, self.settings.keymap)

    def update_status(self) -> None:
        scope = "all articles" if self.scope_article is None else f"article {self.scope_article}"
        if self.scope_article is not None:
            index = self.article_list.index_of(self.scope_article)
            if index is not None:
                scope += ": " + safe(self.article_list.rows[index].title, 60)
        view = self.label_filter or "all claims"
        parts = [f"reviewer {safe(self.reviewer, 30)}", scope, f"view: {view}"]
        if self.article_order != "id":
            parts.append(f"articles: {ARTICLE_ORDER_WORDS[self.article_order]}")
        if self.search_query:
            parts.append(f"search: “{safe(self.search_query, 40)}”")
        queue = self.queue
        if self.view_count is not None:
            position = f"{queue.cursor + 1}" if queue.current is not None and not queue.more_before else "…"
            parts.append(f"{position}/{self.view_count:,} claims")
        if self.undo_stack:
            parts.append(f"undo {len(self.undo_stack)}")
        self.query_one("#status", Static).update(line(" · ".join(parts)))
        queue.border_title = "Claims" + (f" matching “{safe(self.search_query, 40)}”" if self.search_query else "")
        queue.border_subtitle = "seq · suggested · label · ! open × confirmed finding · text"

    # --- loading the view ----------------------------------------------------------------------

    def reload_claims(self, cursor_id: int | None = None) -> None:
        """Start a new view (scope, filter or search changed): older pages are ignored."""
        self.generation += 1
        self.view_count = None
        self.queue.show_article = self.scope_article is None
        if not self.search_query:
            self.queue.empty_text = "no claims in this view"  # not a stale "no claims match ..."
        if self.search_query:
            self.run_search(self.generation, self.search_query, self.scope_article, self.label_filter)
        elif self.label_filter == PRIORITY:
            self.queue.empty_text = "no unlabeled claims in this view"
            self.rank_priority(self.generation, self.scope_article)
        else:
            self.fetch_claims(self.generation, "replace", self.scope_article, self.label_filter, 0, cursor_id)
        self.update_status()

    @work(thread=True, exclusive=True, group="claims-view", exit_on_error=False)
    def run_search(self, generation: int, query: str, article_id: int | None, label: str | None) -> None:
        with self.db.session() as session:
            rows = search_claims(session, query, article_id, label)
        self.post_message(SearchFinished(generation, query, rows))

    @work(thread=True, exclusive=True, group="claims-view", exit_on_error=False)
    def rank_priority(self, generation: int, article_id: int | None) -> None:
        with self.db.session() as session:
            rows = priority_claims(session, article_id, PRIORITY, limit=PRIORITY_ROWS)
        self.post_message(PriorityRanked(generation, rows))

    def on_priority_ranked(self, message: PriorityRanked) -> None:
        if message.generation != self.generation:
            return
        self.view_count = len(message.rows)
        self.queue.show_rows(message.rows, more_after=False)
        self.shown_generation = message.generation
        if not message.rows:
            self.become_ready()
        self.update_status()

    @work(thread=True, group="claims-page", exit_on_error=False)
    def fetch_claims(
        self, generation: int, placement: str, article_id: int | None, label: str | None,
        anchor_id: int, cursor_id: int | None = None,
    ) -> None:
        with self.db.session() as session:
            page = keyset_page(
                lambda anchor, n: claims_before(session, article_id, label, anchor, n),
                lambda anchor, n: claims_after(session, article_id, label, anchor, n),
                placement, anchor_id, cursor_id, PAGE,
            )
        rows, more, more_before = page.rows, page.more_after, page.more_before
        self.post_message(ClaimsLoaded(generation, placement, rows, more, more_before, cursor_id))

    @work(thread=True, exclusive=True, group="count", exit_on_error=False)
    def count_view(self, generation: int, article_id: int | None, label: str | None) -> None:
        with self.db.session() as session:
            count = count_claims(session, article_id, label)
        self.post_message(ViewCounted(generation, count))

    @work(thread=True, group="articles-page", exit_on_error=False)
    def fetch_articles(
        self, placement: str, anchor_id: int, cursor_id: int | None = None, order: str = "id"
    ) -> None:
        with self.db.session() as session:
            more_before = False
            if order != "id":  # an editor's order: the whole (bounded) list at once, no paging
                if placement != "replace":
                    return
                rows, more = articles_sorted(session, order), False
            else:
                page = keyset_page(
                    lambda anchor, n: articles_before(session, anchor, n),
                    lambda anchor, n: articles_after(session, anchor, n),
                    placement, anchor_id, cursor_id, PAGE,
                )
                rows, more, more_before = page.rows, page.more_after, page.more_before
        self.post_message(ArticlesLoaded(placement, rows, more, more_before, cursor_id))

    @work(thread=True, exclusive=True, group="totals", exit_on_error=False)
    def fetch_totals(self) -> None:
        with self.db.session() as session:
            totals = store_totals(session)
        self.post_message(TotalsLoaded(totals))

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def fetch_detail(self, claim_id: int) -> None:
        with self.db.session() as session:
            detail = get_claim_detail(session, claim_id)
        self.post_message(DetailLoaded(claim_id, detail))

    @work(thread=True, group="unlabeled", exit_on_error=False)
    def find_unlabeled(
        self, generation: int, article_id: int | None, label: str | None, from_id: int, forward: bool
    ) -> None:
        with self.db.session() as session:
            found = next_unlabeled(session, article_id, label, from_id, forward)
        self.post_message(UnlabeledFound(generation, found, forward))

    def poll_changes(self) -> None:
        try:
            claim_ids = [row.id for row in self.queue.rows]
            article_ids = [row.id for row in self.article_list.rows if row.id != ALL_ARTICLES_ID]
        except NoMatches:
            return  # the timer fired while the screen is closing
        self.check_changes(self.last_change_id, claim_ids, article_ids)

    @work(thread=True, exclusive=True, group="poll", exit_on_error=False)
    def check_changes(self, last_seen: int | None, claim_ids: list[int], article_ids: list[int]) -> None:
        with self.db.session() as session:
            latest = latest_change_id(session)
            if latest == last_seen:
                return
            claims = claims_by_ids(session, claim_ids)
            articles = articles_by_ids(session, article_ids)
        self.post_message(OthersChanged(latest, claims, articles))

    # --- messages from the workers -------------------------------------------------------------

    def on_claims_loaded(self, message: ClaimsLoaded) -> None:
        if message.generation != self.generation:
            return
        if message.placement == "replace":
            self.queue.show_rows(message.rows, message.more_after, message.more_before, message.cursor_id)
            self.shown_generation = message.generation
            if not message.rows:
                self.become_ready()
            # Counted after the first page is up: a count over a million rows must not delay it.
            if message.more_after or message.more_before:
                self.count_view(message.generation, self.scope_article, self.label_filter)
            else:
                self.view_count = len(message.rows)
        else:
            self.queue.add_page(message.placement, message.rows, message.more_after)
        self.update_status()

    def on_search_finished(self, message: SearchFinished) -> None:
        if message.generation != self.generation:
            return
        self.view_count = len(message.rows)
        self.queue.empty_text = f"no claims match “{safe(message.query, 60)}”"
        self.queue.show_rows(message.rows, more_after=False)
        self.shown_generation = message.generation
        if not message.rows:
            self.become_ready()
        self.update_status()

    def on_view_counted(self, message: ViewCounted) -> None:
        if message.generation == self.generation:
            self.view_count = message.count
            self.update_status()

    def on_articles_loaded(self, message: ArticlesLoaded) -> None:
        articles = self.article_list
        if message.placement == "replace":
            rows: list[ArticleSummary] = list(message.rows)
            if not message.more_before:
                rows.insert(0, self._all_row())
            cursor = message.cursor_id if message.cursor_id is not None else ALL_ARTICLES_ID
            if self.scope_article is None:
                cursor = ALL_ARTICLES_ID
            articles.show_rows(rows, message.more_after, message.more_before, cursor)
        else:
            articles.add_page(message.placement, message.rows, message.more_after)
        self.update_status()

    def on_totals_loaded(self, message: TotalsLoaded) -> None:
        self.totals = message.totals
        if message.totals.articles == 0 and not self.search_query:
            # A new user's first screen: say how to fill it.
            self.queue.empty_text = "no articles yet: quit (q), then  workbench ingest FILE_OR_FOLDER"
            self.queue.refresh()
        articles = self.article_list
        if articles.rows and articles.rows[0].id == ALL_ARTICLES_ID:
            articles.rows[0] = self._all_row()
            articles.refresh_row(0)

    def _all_row(self) -> ArticleSummary:
        t = self.totals
        if t is None:
            return all_articles_row()
        return all_articles_row(t.articles, t.claims, t.reviewed, t.open_findings, t.confirmed_findings)

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        current = self.queue.current
        if current is None or current.id != message.claim_id:
            return
        self.detail = message.detail
        self.detail_pane.show(message.detail, self.key_for("claim.other"), self.key_for("claim.finding"))
        self.become_ready()

    def become_ready(self) -> None:
        """The first claim is up: run the keys that arrived during start-up, in order."""
        if self.ready:
            return
        self.ready = True
        deferred, self.deferred = self.deferred, []
        for action in deferred:
            action()

    def when_ready(self, action: Callable[[], None]) -> bool:
        """True when the screen can act now; else keep ``action`` for ``become_ready``."""
        if self.ready:
            return True
        self.deferred.append(action)
        return False

    @on(PagedList.Highlighted, "#claims")
    def claim_highlighted(self, message: PagedList.Highlighted) -> None:
        row: ClaimSummary | None = message.row
        if row is None:
            self.detail = None
            self.detail_pane.show(None)
        elif self.detail is None or self.detail.id != row.id or self.detail.version != row.version:
            self.fetch_detail(row.id)
        self.update_status()

    @on(PagedList.Highlighted, "#articles")
    def article_highlighted(self, message: PagedList.Highlighted) -> None:
        row: ArticleSummary | None = message.row
        if row is None:
            return
        scope = None if row.id == ALL_ARTICLES_ID else row.id
        if scope != self.scope_article:
            self.scope_article = scope
            self.reload_claims()

    @on(PagedList.PageWanted, "#claims")
    def claims_wanted(self, message: PagedList.PageWanted) -> None:
        if not self.search_query:
            self.fetch_claims(
                self.generation, message.placement, self.scope_article, self.label_filter, message.anchor_id
            )

    @on(PagedList.PageWanted, "#articles")
    def articles_wanted(self, message: PagedList.PageWanted) -> None:
        self.fetch_articles(message.placement, message.anchor_id, order=self.article_order)

    def action_cycle_article_order(self) -> None:
        """``o``: as ingested → most open findings → least reviewed → newest → by outlet."""
        self.article_order = ARTICLE_ORDERS[(ARTICLE_ORDERS.index(self.article_order) + 1) % len(ARTICLE_ORDERS)]
        self.fetch_articles("replace", 0, self.scope_article, order=self.article_order)
        self.update_status()

    def action_dismiss_duplicates(self) -> None:
        """Dismiss every open duplicate finding of the current article at once (z undoes them one by one)."""
        article_id = self.scope_article
        if article_id is None and self.detail is not None:
            article_id = self.detail.article_id
        if article_id is None:
            self.notify("Choose an article first.", markup=False)
            return
        self.pending[0] += 1
        self.judge_findings(self.writes.ticket(), article_id, "duplicate", "dismissed")

    @work(thread=True, group="writes", exit_on_error=False)
    def judge_findings(self, ticket: int, article_id: int, kind: str, status: str) -> None:
        from workbench.store.findings import list_findings, set_findings_status

        with self.writes.turn(ticket):
            try:
                with self.db.session() as session:
                    ids = [f.id for f in list_findings(session, article_id=article_id, kinds=(kind,),
                                                       statuses=("open",))]
                changes = set_findings_status(self.db, ids, status, self.reviewer) if ids else []
            except Exception as exc:  # noqa: BLE001 - the user must hear that nothing was saved
                self.post_message(ChangeRefused(0, f"not saved ({type(exc).__name__}: {exc})"))
                return
            self.post_message(FindingsJudged(status, [(c.finding_id, c.claim_id, c.old) for c in changes],
                                             article_id))

    def on_findings_judged(self, message: FindingsJudged) -> None:
        self.pending[0] -= 1
        for finding_id, claim_id, old in message.changes:
            done = ClaimChange(claim_id, f"finding:{finding_id}", old, message.status, 0)
            request = FindingStatusChange(claim_id, finding_id, message.status)
            self.undo_stack.append(UndoEntry(request, done, self._claim_words(claim_id)))
        count = len(message.changes)
        if count:
            self.notify(f"{count} duplicate finding{'s' if count != 1 else ''} of article {message.article_id} "
                        f"{message.status} (z undoes them one by one).", markup=False)
        else:
            self.notify(f"Article {message.article_id} has no open duplicate findings.", markup=False)
        self.last_change_id = None
        self.poll_changes()
        current = self.queue.current
        if current is not None:
            self.fetch_detail(current.id)
        self.update_status()

    def on_unlabeled_found(self, message: UnlabeledFound) -> None:
        if message.generation != self.generation:
            return
        if message.claim is None:
            where = "after" if message.forward else "before"
            self.notify(f"No unlabeled claim {where} this one in this view.", markup=False)
            return
        self.show_claim(message.claim.id, message.claim.article_id)

    def on_others_changed(self, message: OthersChanged) -> None:
        if self.last_change_id is not None and message.change_id < self.last_change_id:
            return  # an older poll that finished late: what it read is already out of date
        self.last_change_id = message.change_id
        queue = self.queue
        current = queue.current
        for fresh in message.claims:
            index = queue.index_of(fresh.id)
            if index is None or self.pending[fresh.id]:
                continue
            seen = queue.rows[index]
            if seen.priority is not None:
                fresh = replace(fresh, priority=seen.priority)
            if seen != fresh:
                queue.replace_row(fresh)
                mine = self.my_versions.get(fresh.id)
                if (current is not None and fresh.id == current.id and fresh.version != seen.version
                        and fresh.version != mine):
                    # Someone else just changed the claim under the cursor: say so before the next key.
                    self.notify(
                        f"Claim {fresh.seq} was just changed by someone else: label {fresh.label or 'none'}.",
                        title="Changed by a colleague", severity="warning", markup=False,
                    )
        for article in message.articles:
            self.article_list.replace_row(article)
        current = queue.current
        if current is not None and self.detail is not None and self.detail.id == current.id:
            if self.detail.version != current.version or current.flagged != any(
                f.status in LIVE_FINDING_STATUSES for f in self.detail.findings
            ):
                self.fetch_detail(current.id)
        self.fetch_totals()

    # --- labelling and writes ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in REVIEW_ACTIONS and len(self.screen_stack) > 1:
            return False
        if action == "clear_search":
            return bool(self.search_query)
        return True

    def action_label(self, label: str) -> None:
        if self.when_ready(partial(self.action_label, label)):
            self.label_current(label, advance=True)

    def action_accept(self) -> None:
        if not self.when_ready(self.action_accept):
            return
        row = self.queue.current
        if row is None:
            return
        if not row.suggested_label:
            self.notify("This claim has no suggested label.", markup=False)
            return
        self.label_current(row.suggested_label, advance=True)

    def action_clear_label(self) -> None:
        if self.when_ready(self.action_clear_label):
            self.label_current(None, advance=False)

    def label_current(self, label: str | None, advance: bool) -> None:
        queue = self.queue
        row = queue.current
        if row is None:
            return
        if row.label != label:
            self.submit(LabelChange(row.id, label, row.version), undoing=False)
            queue.replace_row(replace(row, label=label, version=row.version + 1))
        if advance and self.settings.advance_after_label:
            self.advance(forward=True)

    def submit(self, change: Change, undoing: bool) -> None:
        """Queue one write; the screen has already been updated optimistically.

        A newer label or note for a claim whose previous one is still waiting for the lock
        replaces the waiting one (its pending count carries over)."""
        superseded = self.unsaved.get(change.claim_id)
        if superseded is not None and type(superseded.change) is type(change):
            del self.unsaved[change.claim_id]
            self.queue.unsaved.discard(change.claim_id)
            expected = getattr(superseded.change, "expected_version", None)
            if getattr(change, "expected_version", None) is not None and expected is not None:
                change = replace(change, expected_version=expected)
        else:
            self.pending[change.claim_id] += 1
        self.write_change(self.writes.ticket(), change, undoing)

    @work(thread=True, group="writes", exit_on_error=False)
    def write_change(self, ticket: int, change: Change, undoing: bool) -> None:
        claim_id = change.claim_id
        with self.writes.turn(ticket):
            if self.writes.is_conflicted(claim_id):
                self.post_message(ChangeRefused(claim_id, f"claim {claim_id}: not saved, answer the conflict first"))
                return
            try:
                # Labels and notes wait only briefly for the lock: the editor hears at once.
                impatient = isinstance(change, (LabelChange, NoteChange))
                done = change.apply(self.write_db if impatient else self.db, self.reviewer)
            except VersionConflict as conflict:
                self.writes.mark_conflicted(claim_id)
                self.post_message(ChangeConflicted(claim_id, conflict, undoing))
            except ReviewError as exc:
                self.post_message(ChangeRefused(claim_id, str(exc)))
            except Exception as exc:  # noqa: BLE001 - a locked database: kept, shown unsaved, retried
                if isinstance(change, (LabelChange, NoteChange)) and is_busy(exc):
                    self.post_message(ChangeDeferred(claim_id, change, undoing,
                                                     "the database is busy (another program is writing)"))
                    return
                # the user must hear that a decision was not saved
                self.post_message(ChangeRefused(claim_id, f"claim {claim_id}: not saved ({type(exc).__name__}: {exc})"))
            else:
                self.post_message(ClaimChanged(claim_id, done, undoing, change))

    def on_change_deferred(self, message: ChangeDeferred) -> None:
        """Not saved yet: the row keeps the editor's value, marked, and the write is retried.

        The claim stays pending, so no refresh from the database reverts what is shown.
        """
        first = message.claim_id not in self.unsaved
        self.unsaved[message.claim_id] = message
        self.queue.unsaved.add(message.claim_id)
        self.queue.refresh()
        if first:
            self.notify(
                f"Claim {message.claim_id}: {message.change.describe()} not saved yet: {message.reason}. It stays "
                f"marked * and is "
                f"retried every {WRITE_RETRY_SECONDS:g} s; change it again to replace it.",
                title="Not saved yet", severity="warning", timeout=NOT_SAVED_NOTICE_SECONDS, markup=False,
            )
        self.set_timer(WRITE_RETRY_SECONDS, partial(self._retry_deferred, message))

    def _retry_deferred(self, message: ChangeDeferred) -> None:
        if self.unsaved.get(message.claim_id) is not message:
            return  # saved meanwhile, or replaced by a newer change
        self.write_change(self.writes.ticket(), message.change, message.undoing)

    def on_claim_changed(self, message: ClaimChanged) -> None:
        change = message.change
        if self.unsaved.pop(message.claim_id, None) is not None:
            self.queue.unsaved.discard(message.claim_id)
            self.queue.refresh()
            self.notify(f"Claim {message.claim_id}: {change.field} saved.", title="Saved", markup=False)
        self.pending[message.claim_id] -= 1
        if change.field in ("label", "note"):
            self.my_versions[change.claim_id] = change.version
        if not message.undoing and message.request is not None:
            self.undo_stack.append(UndoEntry(message.request, change, self._claim_words(message.claim_id)))
            saved = self._saved_words(change)
            if saved:
                self.notify(saved, markup=False, timeout=3)
        queue = self.queue
        index = queue.index_of(change.claim_id)
        if index is not None and not self.pending[change.claim_id] and change.field in ("label", "note"):
            row = queue.rows[index]
            updated = replace(row, version=change.version)
            if change.field == "label":
                updated = replace(updated, label=change.new)
            queue.replace_row(updated)
        current = queue.current
        if current is not None and current.id in (message.claim_id, change.claim_id):
            self.fetch_detail(current.id)
        self.poll_changes()  # progress counts, finding markers
        self.update_status()

    def _saved_words(self, change: ClaimChange) -> str | None:
        """A short confirmation for saves the claim list does not show (labels show themselves)."""
        where = self._claim_words(change.claim_id)
        if change.field == "note":
            return f"Note saved on {where}." if change.new else f"Note removed from {where}."
        if change.field.startswith("finding:"):
            return f"Finding {change.field.split(':', 1)[1]} {change.new} (z to undo)."
        if change.field.startswith("link:"):
            if change.new is None:
                return f"Source {change.field.split(':', 1)[1]} unlinked from {where}."
            return f"Source {change.field.split(':', 1)[1]} linked to {where} ({change.new})."
        return None

    def _claim_words(self, claim_id: int) -> str:
        """A claim as the screen names it: by its seq, with the article when several are listed."""
        index = self.queue.index_of(claim_id)
        if index is not None:
            row = self.queue.rows[index]
            return f"claim {row.seq}" + (f" of article {row.article_id}" if self.queue.show_article else "")
        if self.detail is not None and self.detail.id == claim_id:
            return f"claim {self.detail.seq} of article {self.detail.article_id}"
        return f"claim id {claim_id}"

    def on_change_conflicted(self, message: ChangeConflicted) -> None:
        self.pending[message.claim_id] -= 1
        if self.unsaved.pop(message.claim_id, None) is not None:
            self.queue.unsaved.discard(message.claim_id)
        conflict = message.conflict
        index = self.queue.index_of(conflict.claim_id)
        claim_text = self.queue.rows[index].text if index is not None else None

        def decided(use_mine: bool | None) -> None:
            self.writes.resolve(conflict.claim_id)
            if use_mine:
                self.submit(claim_field_change(conflict.claim_id, conflict.field, conflict.yours,
                                               conflict.current_version), message.undoing)
                self._show_value(conflict.claim_id, conflict.field, conflict.yours, conflict.current_version + 1)
            else:
                self._show_value(conflict.claim_id, conflict.field, conflict.theirs, conflict.current_version)
                self.my_versions.pop(conflict.claim_id, None)

        self.push_screen(ConflictModal(conflict, claim_text), decided)

    def _show_value(self, claim_id: int, field: str, value: str | None, version: int) -> None:
        index = self.queue.index_of(claim_id)
        if index is None:
            return
        row = replace(self.queue.rows[index], version=version)
        if field == "label":
            row = replace(row, label=value)
        self.queue.replace_row(row)
        if self.queue.current is not None and self.queue.current.id == claim_id:
            self.fetch_detail(claim_id)

    def on_change_refused(self, message: ChangeRefused) -> None:
        self.pending[message.claim_id] -= 1
        if self.unsaved.pop(message.claim_id, None) is not None:
            self.queue.unsaved.discard(message.claim_id)
        self.notify(safe(message.reason), title="Not saved", severity="error", markup=False)
        self.last_change_id = None  # reload what is on screen from the database
        self.poll_changes()

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("Nothing to undo.", markup=False)
            return
        entry = self.undo_stack.pop()
        request, change = entry.request, entry.change
        if isinstance(request, (LabelChange, NoteChange)):
            expected = self.my_versions.get(change.claim_id, change.version)
            self.submit(request.inverse(change, expected), undoing=True)
            self._show_value(change.claim_id, change.field, change.old, expected + 1)
        else:
            self.submit(request.inverse(change), undoing=True)
        self.show_claim(entry.claim_id, None)
        self.notify(f"Undone: {entry.describe()}.", markup=False)
        self.update_status()

    # --- moving --------------------------------------------------------------------------------

    def advance(self, forward: bool) -> None:
        """Move to the nearest unlabeled claim: in the loaded window if there, else ask the database."""
        queue = self.queue
        if not queue.rows:
            return
        if self.label_filter in LABELS:  # a view of one label has nothing unlabeled: just step
            queue.move_cursor(queue.cursor + (1 if forward else -1))
            return
        step = 1 if forward else -1
        index = queue.cursor + step
        while 0 <= index < len(queue.rows):
            if queue.rows[index].label is None:
                queue.move_cursor(index)
                return
            index += step
        more = queue.more_after if forward else queue.more_before
        if self.search_query or not more:
            where = "after" if forward else "before"
            self.notify(f"No unlabeled claim {where} this one in this view.", markup=False)
            return
        edge = queue.rows[-1].id if forward else queue.rows[0].id
        self.find_unlabeled(self.generation, self.scope_article, self.label_filter, edge, forward)

    def action_next_unlabeled(self, forward: bool) -> None:
        if self.when_ready(partial(self.action_next_unlabeled, forward)):
            self.advance(forward)

    def show_claim(self, claim_id: int, article_id: int | None) -> None:
        """Put the cursor on a claim: in the window if loaded, else load a page around it."""
        index = self.queue.index_of(claim_id)
        if index is not None:
            self.queue.move_cursor(index)
            return
        if article_id is not None and self.scope_article not in (None, article_id):
            self.scope_article = article_id
            index = self.article_list.index_of(article_id)
            if index is not None:
                self.article_list.move_cursor(index)
            else:
                self.fetch_articles("replace", 0, article_id, order=self.article_order)
        # The target may be outside the search or the filter: show it in its plain article view.
        self.search_query = None
        self.label_filter = None
        self.reload_claims(cursor_id=claim_id)

    def action_jump_to_other(self) -> None:
        detail = self.detail
        if detail is None:
            return
        for finding in detail.findings:
            if finding.other_claim_id is not None:
                self.show_claim(finding.other_claim_id, finding.other_article_id)
                return
        self.notify("No finding of this claim names another claim.", markup=False)

    def action_cycle_view(self) -> None:
        index = VIEWS.index(self.label_filter) if self.label_filter in VIEWS else 0
        self.action_set_view(VIEWS[(index + 1) % len(VIEWS)] or "")

    def action_set_view(self, label: str) -> None:
        self.label_filter = label or None
        self.reload_claims()

    def action_search(self) -> None:
        def searched(text: str | None) -> None:
            if text is None:
                return
            self.search_query = text.strip() or None
            self.reload_claims()

        self.push_screen(
            AskModal("Search claims", self.search_query or "", "words to find (fuzzy); empty to clear",
                     hint="Searches the current article and view."),
            searched,
        )

    def action_clear_search(self) -> None:
        if self.search_query:
            self.search_query = None
            self.reload_claims()

    # --- dialogs -------------------------------------------------------------------------------

    def _current_detail(self) -> ClaimDetail | None:
        row = self.queue.current
        if row is None:
            return None
        if self.detail is None or self.detail.id != row.id:
            self.notify("The claim is still loading; try again.", markup=False)
            return None
        return self.detail

    def action_edit_note(self) -> None:
        if not self.when_ready(self.action_edit_note):
            return
        detail = self._current_detail()
        row = self.queue.current
        if detail is None or row is None:
            return

        def edited(text: str | None) -> None:
            if text is None or (text.strip() or None) == (detail.note or None):
                return
            index = self.queue.index_of(row.id)
            version = self.queue.rows[index].version if index is not None else row.version
            self.submit(NoteChange(row.id, text, version), undoing=False)
            self._show_value(row.id, "note", text, version + 1)

        self.push_screen(NoteModal(detail.text, detail.note), edited)

    def action_review_finding(self) -> None:
        if not self.when_ready(self.action_review_finding):
            return
        detail = self._current_detail()
        if detail is None:
            return
        if not detail.findings:
            self.notify("This claim has no findings.", markup=False)
            return

        def chosen(choice: FindingChoice | None) -> None:
            if choice is None:
                return
            finding = choice.finding
            if choice.action == "jump":
                if finding.other_claim_id is None:
                    self.notify("This finding names no other claim.", markup=False)
                else:
                    self.show_claim(finding.other_claim_id, finding.other_article_id)
                return
            for finding in choice.findings:  # several when marked: one write (and one undo) each
                if choice.action != finding.status:
                    self.submit(FindingStatusChange(detail.id, finding.id, choice.action), undoing=False)

        self.push_screen(FindingsModal(detail.findings, detail), chosen)

    def action_link_source(self) -> None:
        if not self.when_ready(self.action_link_source):
            return
        detail = self._current_detail()
        if detail is None:
            return
        from workbench.tui.screens.source import LinkRequest, SourceModal

        def chosen(request: LinkRequest | None) -> None:
            if request is not None:
                self.submit(LinkChange(detail.id, request.source_id, request.stance, request.excerpt),
                            undoing=False)

        self.push_screen(SourceModal(self.db, detail, self.reviewer), chosen)

    def action_export(self) -> None:
        scope = "all articles" if self.scope_article is None else f"article {self.scope_article}"
        hint = f"{scope}, view: {self.label_filter or 'all claims'}"
        if self.search_query:
            hint += f", claims matching “{safe(self.search_query, 40)}”"
        hint += ". The extension picks the format: .csv .jsonl .md .html, .json (ClaimReview)."

        def chosen(path: str | None) -> None:
            if path and path.strip():
                self.export_view(path.strip(), self.scope_article, self.label_filter, self.search_query)

        self.push_screen(AskModal("Export", "workbench-export.csv", "file path (~ and folders allowed)", hint=hint),
                         chosen)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export_view(self, path: str, article_id: int | None, label: str | None, query: str | None = None) -> None:
        from workbench.export import ExportError, ExportFilters, write_export

        path = os.path.abspath(os.path.expanduser(path))
        fmt = export_format(path)

        matching: tuple[int, ...] = ()
        if query:
            with self.db.session() as session:
                matching = tuple(row.id for row in search_claims(session, query, article_id, label))
            if not matching:
                self.post_message(ExportFailed(f"no claims match “{query}”; nothing exported"))
                return
        if label == PRIORITY:
            label = UNLABELED
        filters = ExportFilters(article_ids=(article_id,) if article_id is not None else (),
                                labels=(label,) if label else (), claim_ids=matching)
        try:
            count = write_export(self.db, fmt, path, filters)
        except (ExportError, OSError) as exc:
            self.post_message(ExportFailed(str(exc)))
        else:
            self.post_message(ExportWritten(path, count))

    def on_export_written(self, message: ExportWritten) -> None:
        self.notify(f"Exported {message.rows} claims to {safe(message.path)}", markup=False)

    def on_export_failed(self, message: ExportFailed) -> None:
        self.notify(safe(message.reason, 300), title="Export failed", severity="error", markup=False)

    # --- the desk (issue 14): screens in workbench/tui/desk_screens.py --------------------------

    def action_agreement(self) -> None:
        from workbench.tui.desk_screens import AgreementScreen

        self.push_screen(AgreementScreen(self.db, self.scope_article))

    def action_disagreements(self) -> None:
        from workbench.tui.desk_screens import DisagreementsScreen

        self.push_screen(DisagreementsScreen(self.db, self.reviewer, self.scope_article))

    def action_second_review(self) -> None:
        from workbench.tui.desk_screens import SecondReviewScreen

        self.push_screen(SecondReviewScreen(self.db, self.reviewer, self.scope_article))

    def action_assign(self) -> None:
        from workbench.tui.desk_screens import AssignScreen

        row = self.queue.current
        article_id = self.scope_article if self.scope_article is not None else (row.article_id if row else None)
        if article_id is None:
            self.notify("No article to assign.", markup=False)
            return
        self.push_screen(AssignScreen(self.db, self.reviewer, article_id))

    def action_history(self) -> None:
        from workbench.tui.desk_screens import HistoryScreen

        row = self.queue.current
        if row is None:
            self.notify("No claim selected.", markup=False)
            return
        self.push_screen(HistoryScreen(self.db, self.reviewer, row.id))

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.settings.keymap))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for command in APP_COMMANDS:
            if command.action.split("(")[0] in ("quit", "clear_search"):
                continue
            yield SystemCommand(
                f"{command.help} ({keys_for(command, self.settings.keymap)})",
                f"binding id {command.id}",
                partial(self.run_action, command.action),
            )

    # --- errors --------------------------------------------------------------------------------

    @on(Worker.StateChanged)
    def worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            error = event.worker.error
            self.notify(safe(f"{type(error).__name__}: {error}", 300), title="Database error",
                        severity="error", markup=False, timeout=10)
