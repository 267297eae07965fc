"""`s`: link a source to the claim. Fuzzy-search the library (or ask for suggestions), or add a
URL, title and excerpt inline; choose the stance. The link itself is written by the app's
ordered write queue (so `z` can undo it); adding a new source to the library happens here.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option

from workbench.analysis.sanitize import one_line
from workbench.evidence import EvidenceError, add_source, list_sources, search_sources, suggest_sources
from workbench.store.engine import Database
from workbench.store.models import STANCES
from workbench.store.views import ClaimDetail
from workbench.tui.text import line

RESULTS = 50


@dataclass(frozen=True, slots=True)
class LinkRequest:
    source_id: int
    stance: str
    excerpt: str | None = None


@dataclass(frozen=True, slots=True)
class SourceChoice:
    source_id: int
    title: str | None
    detail: str  # publisher · url, or the suggested passage


@dataclass
class SourcesFound(Message):
    query: str
    choices: list[SourceChoice]


@dataclass
class SourceAdded(Message):
    source_id: int
    excerpt: str | None


@dataclass
class SourceFailed(Message):
    reason: str


def rank_sources(db: Database, query: str) -> list[SourceChoice]:
    """Substring hits in title, publisher, URL or text first, then fuzzy matches on the names."""
    hits = search_sources(db, query, RESULTS)
    choices = {view.id: SourceChoice(view.id, view.title, _where(view.publisher, view.url)) for view in hits}
    processed = utils.default_process(query)
    if processed and len(choices) < RESULTS:
        views = {view.id: view for view in list_sources(db)}
        names = {sid: " ".join(filter(None, (v.title, v.publisher, v.url))) for sid, v in views.items()}
        for _name, _score, sid in process.extract(
            processed, names, scorer=fuzz.partial_ratio, processor=utils.default_process, limit=RESULTS,
            score_cutoff=75,
        ):
            view = views[sid]
            choices.setdefault(sid, SourceChoice(sid, view.title, _where(view.publisher, view.url)))
    return list(choices.values())[:RESULTS]


def _where(publisher: str | None, url: str | None) -> str:
    return " · ".join(part for part in (one_line(publisher), one_line(url)) if part)


def choice_prompt(choice: SourceChoice) -> Text:
    text = Text(one_line(choice.title) or "(untitled)", style="bold")
    if choice.detail:
        text.append("  " + one_line(choice.detail, 120), style="dim")
    return text


class SourceModal(ModalScreen[LinkRequest | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="source.cancel"),
        Binding("ctrl+g", "suggest", "Suggest sources", id="source.suggest"),
        Binding("ctrl+s", "add_and_link", "Add and link", id="source.add"),
    ]
    DEFAULT_CSS = """
    SourceModal { align: center middle; }
    SourceModal > VerticalScroll { width: 96%; max-width: 100; height: auto; max-height: 96%;
                                   border: round $accent; background: $surface; padding: 0 1; }
    SourceModal OptionList { height: auto; min-height: 3; max-height: 8; }
    SourceModal RadioSet { layout: horizontal; height: auto; }
    SourceModal Horizontal { height: auto; }
    SourceModal Button { margin-right: 1; }
    SourceModal .heading { margin-top: 1; text-style: bold; }
    """

    def __init__(self, db: Database, detail: ClaimDetail, reviewer: str) -> None:
        super().__init__()
        self.db = db
        self.detail = detail
        self.reviewer = reviewer
        self.choices: list[SourceChoice] = []

    def compose(self) -> ComposeResult:
        # Scrolls: on 80x24 the "add a new source" fields are below the fold, and the focused
        # field is scrolled into view as tab reaches it.
        with VerticalScroll() as box:
            box.border_title = "Link a source"
            box.border_subtitle = "enter link · ctrl+g suggest · ctrl+s add and link · esc cancel"
            yield Static(line(self.detail.text, 180, style="dim"))
            yield Input(placeholder="search the source library (fuzzy)", id="source-query")
            yield OptionList(id="source-results")
            yield Static("Stance", classes="heading")
            with RadioSet(id="stance"):
                for index, stance in enumerate(STANCES):
                    yield RadioButton(stance, value=index == 0, id=f"stance-{stance}")
            yield Static("Or add a new source", classes="heading")
            yield Input(placeholder="URL", id="new-url")
            yield Input(placeholder="title", id="new-title")
            yield Input(placeholder="excerpt: the passage that bears on the claim", id="new-excerpt")
            with Horizontal():
                yield Button("Link selected (enter)", id="link", variant="primary")
                yield Button("Add and link (ctrl+s)", id="add")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#source-query", Input).focus()
        self.find_sources("")

    @property
    def stance(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return str(pressed.label) if pressed is not None else STANCES[0]

    # --- workers ----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="source-search", exit_on_error=False)
    def find_sources(self, query: str) -> None:
        self.post_message(SourcesFound(query, rank_sources(self.db, query.strip())))

    @work(thread=True, exclusive=True, group="source-search", exit_on_error=False)
    def find_suggestions(self) -> None:
        try:
            found = suggest_sources(self.db, self.detail.id, limit=10)
        except EvidenceError as exc:
            self.post_message(SourceFailed(str(exc)))
            return
        choices = [SourceChoice(s.source_id, s.title, "suggested: " + one_line(s.passage, 100))
                   for s in found if s.source_id is not None]
        self.post_message(SourcesFound("suggestions", choices))

    @work(thread=True, exclusive=True, group="source-add", exit_on_error=False)
    def store_source(self, url: str, title: str, excerpt: str) -> None:
        try:
            added = add_source(self.db, excerpt or title or url, title=title or None, url=url or None,
                               origin=url or "typed in the review screen")
        except EvidenceError as exc:
            self.post_message(SourceFailed(str(exc)))
            return
        self.post_message(SourceAdded(added.id, excerpt or None))

    # --- events -----------------------------------------------------------------------------

    @on(Input.Changed, "#source-query")
    def query_changed(self, event: Input.Changed) -> None:
        self.find_sources(event.value)

    @on(Input.Submitted, "#source-query")
    def query_submitted(self) -> None:
        self.action_link_selected()

    @on(Input.Submitted, "#new-url, #new-title, #new-excerpt")
    def new_submitted(self) -> None:
        self.action_add_and_link()

    def on_sources_found(self, message: SourcesFound) -> None:
        self.choices = message.choices
        results = self.query_one("#source-results", OptionList)
        results.clear_options()
        results.add_options([Option(choice_prompt(c), id=str(c.source_id)) for c in message.choices])
        if message.choices:
            results.highlighted = 0
        elif message.query:
            results.add_option(Option(Text("no source matches; add it below", style="dim italic"), disabled=True))

    def on_source_added(self, message: SourceAdded) -> None:
        self.dismiss(LinkRequest(message.source_id, self.stance, message.excerpt))

    def on_source_failed(self, message: SourceFailed) -> None:
        self.notify(one_line(message.reason, 300), severity="error", markup=False)

    @on(OptionList.OptionSelected, "#source-results")
    def option_selected(self) -> None:
        self.action_link_selected()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "link":
            self.action_link_selected()
        elif event.button.id == "add":
            self.action_add_and_link()
        else:
            self.action_cancel()

    # --- actions ----------------------------------------------------------------------------

    def action_link_selected(self) -> None:
        index = self.query_one("#source-results", OptionList).highlighted
        if index is None or index >= len(self.choices):
            self.notify("Choose a source first, or add a new one below.", markup=False)
            return
        self.dismiss(LinkRequest(self.choices[index].source_id, self.stance))

    def action_add_and_link(self) -> None:
        url = self.query_one("#new-url", Input).value.strip()
        title = self.query_one("#new-title", Input).value.strip()
        excerpt = self.query_one("#new-excerpt", Input).value.strip()
        if not (url or title) or not excerpt:
            self.notify("A new source needs a URL or title, and an excerpt.", markup=False)
            return
        self.store_source(url, title, excerpt)

    def action_suggest(self) -> None:
        self.find_suggestions()

    def action_cancel(self) -> None:
        self.dismiss(None)
