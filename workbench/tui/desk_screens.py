"""The desk's screens (issue 14): agreement, the adjudication queue, a claim's history.

Each screen loads in a thread worker that posts a message back, and writes (a final label,
a comment) the same way; a failed worker shows its error in the screen, one line. Reviewer
names, notes, comments and claim text reach the screen as ``Text`` (never markup).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from workbench.analysis.agreement import Agreement
from workbench.analysis.sanitize import one_line
from workbench.store.agreement import Disagreement, disagreements, store_agreement
from workbench.store.engine import Database
from workbench.store.history import HistoryEntry, add_comment, claim_history
from workbench.store.judgements import (
    SecondReviewItem,
    assign_articles,
    assignments,
    second_review_queue,
    set_final_label,
)
from workbench.store.review import set_label
from workbench.tui.screens.ask import AskModal
from workbench.tui.text import line, plain

DESK_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{ width: 96%; max-width: 120; height: 90%; border: round $accent; background: $surface;
                    padding: 0 1; }}
{name} VerticalScroll {{ height: 1fr; }}
{name} OptionList {{ height: 1fr; min-height: 4; }}
{name} #desk-detail {{ height: auto; max-height: 50%; }}
"""


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def agreement_view(found: Agreement) -> Group:
    """The figures of ``workbench agreement`` as rich renderables (names as plain Text)."""
    parts: list[object] = [Text(
        f"claims labelled by two or more reviewers: {found.claims} · "
        f"Krippendorff's alpha (nominal): {_ratio(found.alpha)}", style="bold")]
    if not found.pairs:
        parts.append(Text("no claim has been labelled by two reviewers yet", style="dim"))
        return Group(*parts)  # type: ignore[arg-type]
    table = Table(box=None, header_style="bold", padding=(0, 2))
    for heading in ("reviewers", "shared", "agreed", "observed", "Cohen's kappa"):
        table.add_column(Text(heading))
    for pair in found.pairs:
        table.add_row(Text(f"{one_line(pair.first, 30)} / {one_line(pair.second, 30)}"), Text(str(pair.shared)),
                      Text(str(pair.agreed)), Text(_ratio(pair.observed)), Text(_ratio(pair.kappa)))
    parts.append(table)
    for pair in found.pairs:
        labels = [label for label in pair.confusion
                  if sum(pair.confusion[label].values()) or any(row.get(label) for row in pair.confusion.values())]
        confusion = Table(box=None, header_style="bold", padding=(0, 1),
                          title=Text(f"{one_line(pair.first, 30)} (rows) vs {one_line(pair.second, 30)} (columns)"),
                          title_justify="left")
        confusion.add_column(Text(""))
        for label in labels:
            confusion.add_column(Text(label[:5]), justify="right")
        for label in labels:
            confusion.add_row(Text(label), *(Text(str(pair.confusion[label].get(b, 0))) for b in labels))
        parts.append(Text(""))
        parts.append(confusion)
    return Group(*parts)  # type: ignore[arg-type]


@dataclass
class AgreementLoaded(Message):
    agreement: Agreement


@dataclass
class DisagreementsLoaded(Message):
    rows: list[Disagreement]
    said: str = ""


@dataclass
class HistoryLoaded(Message):
    claim_id: int
    entries: list[HistoryEntry]
    said: str = ""


class _DeskScreen(ModalScreen[None]):
    """Shared: a bordered box, escape closes, a failed worker shows its error in one line."""

    BINDINGS = [Binding("escape,q", "dismiss_screen", "Close", id="desk.close")]

    def action_dismiss_screen(self) -> None:
        self.dismiss(None)

    @on(Worker.StateChanged)
    def worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            self.show_error(one_line(str(error), 200) if error else "failed")

    def show_error(self, text: str) -> None:
        self.notify(text, severity="error", markup=False)


class AgreementScreen(_DeskScreen):
    """``A``: agreement between reviewers (of the article in view, or of all)."""

    DEFAULT_CSS = DESK_CSS.format(name="AgreementScreen")

    def __init__(self, db: Database, article_id: int | None = None) -> None:
        super().__init__()
        self.db = db
        self.article_id = article_id

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Agreement" + (f" · article {self.article_id}" if self.article_id else " · all articles")
            box.border_subtitle = "esc to close"
            with VerticalScroll():
                yield Static(Text("counting…", style="dim"), id="agreement-body")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="desk-agreement", exit_on_error=False)
    def load(self) -> None:
        with self.db.session() as session:
            found = store_agreement(session, self.article_id)
        self.post_message(AgreementLoaded(found))

    def on_agreement_loaded(self, message: AgreementLoaded) -> None:
        self.query_one("#agreement-body", Static).update(agreement_view(message.agreement))

    def show_error(self, text: str) -> None:
        self.query_one("#agreement-body", Static).update(Text(f"could not count: {text}", style="red"))


def disagreement_prompt(row: Disagreement) -> Text:
    text = Text()
    text.append(f"{row.article_id}:{row.seq:<3} ", style="dim")
    text.append(", ".join(f"{one_line(j.reviewer, 20)} {j.label or '-'}" for j in row.judgements), style="yellow")
    text.append("  ")
    text.append(one_line(row.text, 200))
    return text


def disagreement_detail(row: Disagreement) -> Text:
    text = Text()
    text.append(f"claim {row.claim_id} (article {row.article_id}, seq {row.seq}) · final label ", style="bold")
    text.append(row.final_label or "none", style="bold cyan")
    text.append("\n")
    text.append_text(plain(row.text))
    for judgement in row.judgements:
        text.append("\n• ")
        text.append(one_line(judgement.reviewer, 40), style="bold")
        text.append(f": {judgement.label or '-'}", style="cyan")
        if judgement.note:
            text.append(" — ")
            text.append_text(line(judgement.note, 300))
    return text


ADJUDICATE_KEYS = {"a": "attributed", "r": "reported", "u": "unverified", "c": "contradictory"}


class DisagreementsScreen(_DeskScreen):
    """``J``: the adjudication queue. The highlighted claim's judgements and notes below;
    ``a``/``r``/``u``/``c`` set its final label (recorded in review_events)."""

    DEFAULT_CSS = DESK_CSS.format(name="DisagreementsScreen")
    BINDINGS = [
        *_DeskScreen.BINDINGS,
        *(Binding(key, f"adjudicate('{label}')", f"Final {label[:5]}.", id=f"adjudicate.{label}")
          for key, label in ADJUDICATE_KEYS.items()),
    ]

    def __init__(self, db: Database, reviewer: str, article_id: int | None = None) -> None:
        super().__init__()
        self.db = db
        self.reviewer = reviewer
        self.article_id = article_id
        self.rows: list[Disagreement] = []

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Disagreements: judgements that differ"
            box.border_subtitle = "a r u c set the final label · esc to close"
            yield OptionList(id="desk-queue")
            yield Static(Text("loading…", style="dim"), id="desk-detail")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="desk-disagreements", exit_on_error=False)
    def load(self, said: str = "") -> None:
        with self.db.session() as session:
            rows = disagreements(session, self.article_id)
        self.post_message(DisagreementsLoaded(rows, said))

    def on_disagreements_loaded(self, message: DisagreementsLoaded) -> None:
        self.rows = message.rows
        queue = self.query_one("#desk-queue", OptionList)
        queue.clear_options()
        queue.add_options([Option(disagreement_prompt(row), id=str(row.claim_id)) for row in self.rows])
        detail = self.query_one("#desk-detail", Static)
        if self.rows:
            queue.highlighted = 0
            detail.update(disagreement_detail(self.rows[0]))
        else:
            detail.update(Text("no claim has differing judgements waiting", style="dim"))
        queue.focus()
        if message.said:
            self.notify(message.said, markup=False)

    @on(OptionList.OptionHighlighted, "#desk-queue")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index is not None and event.option_index < len(self.rows):
            self.query_one("#desk-detail", Static).update(disagreement_detail(self.rows[event.option_index]))

    def action_adjudicate(self, label: str) -> None:
        index = self.query_one("#desk-queue", OptionList).highlighted
        if index is None or index >= len(self.rows):
            return
        self.settle(self.rows[index].claim_id, label)

    @work(thread=True, exclusive=True, group="desk-adjudicate", exit_on_error=False)
    def settle(self, claim_id: int, label: str) -> None:
        old, new = set_final_label(self.db, claim_id, label, self.reviewer)
        self.load(f"claim {claim_id}: final label {old or '-'} -> {new or '-'}")


def history_view(claim_id: int, entries: list[HistoryEntry]) -> Text:
    if not entries:
        return Text(f"claim {claim_id} has no history yet", style="dim")
    text = Text()
    for i, entry in enumerate(entries):
        if i:
            text.append("\n")
        text.append(entry.at.isoformat(sep=" ", timespec="seconds"), style="dim")
        text.append("  ")
        text.append_text(line(entry.describe(), 400, style="yellow" if entry.what == "comment" else ""))
    return text


class HistoryScreen(_DeskScreen):
    """``h``: the claim's audit trail and comments, oldest first; ``m`` adds a comment."""

    DEFAULT_CSS = DESK_CSS.format(name="HistoryScreen")
    BINDINGS = [*_DeskScreen.BINDINGS, Binding("m", "comment", "Comment", id="history.comment")]

    def __init__(self, db: Database, reviewer: str, claim_id: int) -> None:
        super().__init__()
        self.db = db
        self.reviewer = reviewer
        self.claim_id = claim_id

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"History of claim {self.claim_id}"
            box.border_subtitle = "m to comment · esc to close"
            with VerticalScroll():
                yield Static(Text("loading…", style="dim"), id="history-body")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="desk-history", exit_on_error=False)
    def load(self, said: str = "") -> None:
        with self.db.session() as session:
            entries = claim_history(session, self.claim_id)
        self.post_message(HistoryLoaded(self.claim_id, entries, said))

    def on_history_loaded(self, message: HistoryLoaded) -> None:
        self.query_one("#history-body", Static).update(history_view(message.claim_id, message.entries))
        if message.said:
            self.notify(message.said, markup=False)

    def action_comment(self) -> None:
        def written(text: str | None) -> None:
            if text and text.strip():
                self.write_comment(text)

        self.app.push_screen(AskModal(f"Comment on claim {self.claim_id}", placeholder="your comment"), written)

    @work(thread=True, exclusive=True, group="desk-comment", exit_on_error=False)
    def write_comment(self, text: str) -> None:
        add_comment(self.db, self.claim_id, self.reviewer, text)
        self.load("Comment saved")

    def show_error(self, text: str) -> None:
        self.notify(f"not saved: {text}", severity="error", markup=False)


@dataclass
class SecondReviewLoaded(Message):
    items: list[SecondReviewItem]
    focus_id: int | None = None
    said: str = ""


def second_prompt(item: SecondReviewItem) -> Text:
    text = Text()
    text.append(f"{item.article_id}:{item.seq:<3} ", style="dim")
    if item.mine is None:
        text.append(f"{'?':<13}", style="bold magenta")
    else:
        agreed = all(j.label == item.mine for j in item.others)
        text.append(f"{item.mine:<13}", style="green" if agreed else "yellow")
    text.append(one_line(item.text, 200))
    return text


def second_detail(item: SecondReviewItem) -> Text:
    text = Text()
    text.append(f"claim {item.claim_id} (article {item.article_id}, seq {item.seq})\n", style="bold")
    text.append_text(plain(item.text))
    if item.mine is None:
        text.append(f"\n\nlabelled by {item.others_count} colleague{'s' * (item.others_count != 1)}: "
                    "their labels and notes show once you give yours (a r u c)", style="dim")
        return text
    text.append("\n\nyours: ", style="bold")
    text.append(item.mine, style="cyan")
    for judgement in item.others:
        text.append("\n• ")
        text.append(one_line(judgement.reviewer, 40), style="bold")
        text.append(f": {judgement.label}", style="green" if judgement.label == item.mine else "yellow")
        if judgement.note:
            text.append(" — ")
            text.append_text(line(judgement.note, 300))
    return text


class SecondReviewScreen(_DeskScreen):
    """``b`` (or ``workbench review --second``): blind second review of claims colleagues have
    labelled. Their labels and notes stay out of sight until you give yours with a r u c."""

    DEFAULT_CSS = DESK_CSS.format(name="SecondReviewScreen")
    BINDINGS = [
        *_DeskScreen.BINDINGS,
        *(Binding(key, f"judge('{label}')", label[:7].capitalize(), id=f"second.{label}")
          for key, label in ADJUDICATE_KEYS.items()),
    ]

    def __init__(self, db: Database, reviewer: str, article_id: int | None = None) -> None:
        super().__init__()
        self.db = db
        self.reviewer = reviewer
        self.article_id = article_id
        self.items: list[SecondReviewItem] = []

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"Second review (blind) · {one_line(self.reviewer, 30)}"
            box.border_subtitle = "a r u c your label · esc to close"
            yield OptionList(id="desk-queue")
            yield Static(Text("loading…", style="dim"), id="desk-detail")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="desk-second", exit_on_error=False)
    def load(self, focus_id: int | None = None, said: str = "") -> None:
        with self.db.session() as session:
            items = second_review_queue(session, self.reviewer, self.article_id)
        self.post_message(SecondReviewLoaded(items, focus_id, said))

    def on_second_review_loaded(self, message: SecondReviewLoaded) -> None:
        self.items = message.items
        queue = self.query_one("#desk-queue", OptionList)
        queue.clear_options()
        queue.add_options([Option(second_prompt(item), id=str(item.claim_id)) for item in self.items])
        detail = self.query_one("#desk-detail", Static)
        if not self.items:
            detail.update(Text("nothing labelled by a colleague to review", style="dim"))
        else:
            ids = [item.claim_id for item in self.items]
            if message.focus_id in ids:
                index = ids.index(message.focus_id)
            else:  # the first claim still waiting for your label
                index = next((i for i, item in enumerate(self.items) if item.mine is None), 0)
            queue.highlighted = index
            detail.update(second_detail(self.items[index]))
        queue.focus()
        if message.said:
            self.notify(message.said, markup=False)

    @on(OptionList.OptionHighlighted, "#desk-queue")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index is not None and event.option_index < len(self.items):
            self.query_one("#desk-detail", Static).update(second_detail(self.items[event.option_index]))

    def action_judge(self, label: str) -> None:
        index = self.query_one("#desk-queue", OptionList).highlighted
        if index is None or index >= len(self.items):
            return
        self.give(self.items[index].claim_id, label)

    @work(thread=True, exclusive=True, group="desk-second-write", exit_on_error=False)
    def give(self, claim_id: int, label: str) -> None:
        set_label(self.db, claim_id, label, self.reviewer)
        self.load(claim_id, f"claim {claim_id}: your label {label}")


@dataclass
class AssignmentsLoaded(Message):
    rows: list[tuple[int, str, str, object]]
    said: str = ""


class AssignScreen(_DeskScreen):
    """``W``: give the article to a reviewer (their queue); lists who has it already."""

    DEFAULT_CSS = DESK_CSS.format(name="AssignScreen") + """
    AssignScreen > Vertical { height: auto; max-height: 90%; }
    AssignScreen VerticalScroll { height: auto; max-height: 12; }
    """
    BINDINGS = [Binding("escape", "dismiss_screen", "Close", id="assign.close")]

    def __init__(self, db: Database, reviewer: str, article_id: int) -> None:
        super().__init__()
        self.db = db
        self.reviewer = reviewer
        self.article_id = article_id

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"Assign article {self.article_id}"
            box.border_subtitle = "enter to assign · esc to close"
            with VerticalScroll():
                yield Static(Text("loading…", style="dim"), id="assign-body")
            yield Input(placeholder="reviewer name", id="assign-name")

    def on_mount(self) -> None:
        self.query_one("#assign-name", Input).focus()
        self.load()

    @work(thread=True, exclusive=True, group="desk-assignments", exit_on_error=False)
    def load(self, said: str = "") -> None:
        with self.db.session() as session:
            rows = [row for row in assignments(session) if row[0] == self.article_id]
        self.post_message(AssignmentsLoaded(rows, said))  # type: ignore[arg-type]

    def on_assignments_loaded(self, message: AssignmentsLoaded) -> None:
        body = self.query_one("#assign-body", Static)
        if not message.rows:
            body.update(Text("assigned to nobody yet", style="dim"))
        else:
            text = Text("assigned to: ", style="bold")
            text.append_text(line(", ".join(f"{name} (by {by})" for _, name, by, _ in message.rows), 400))
            body.update(text)
        if message.said:
            self.notify(message.said, markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = one_line(event.value).strip()
        if name:
            event.input.value = ""
            self.give(name)

    @work(thread=True, exclusive=True, group="desk-assign", exit_on_error=False)
    def give(self, name: str) -> None:
        added = assign_articles(self.db, [self.article_id], name, self.reviewer)
        self.load(f"article {self.article_id}: " + ("assigned to " if added else "already assigned to ") + name)
