"""The one table of review commands: it feeds the key bindings, the footer, the `?` help
screen and the command palette, so they can never disagree.

Every binding has an id; users remap keys in ``[keymap]`` of their settings file
(``"label.attributed" = "1"``) and ``App.set_keymap`` applies it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Command:
    id: str
    key: str
    action: str
    title: str
    help: str
    show: bool = True
    key_display: str | None = None

    def binding(self) -> Binding:
        return Binding(self.key, self.action, self.title, show=self.show, id=self.id, key_display=self.key_display)


LABEL_COMMANDS = (
    Command("label.attributed", "a", "label('attributed')", "Attrib.", "Label the claim attributed"),
    Command("label.reported", "r", "label('reported')", "Report.", "Label the claim reported"),
    Command("label.unverified", "u", "label('unverified')", "Unverif.", "Label the claim unverified"),
    Command("label.contradictory", "c", "label('contradictory')", "Contrad.", "Label the claim contradictory"),
    Command("label.accept", "enter", "accept", "Accept", "Accept the suggested label", key_display="⏎"),
    Command("label.clear", "x", "clear_label", "Clear", "Clear the claim's label", show=False),
)

CLAIM_COMMANDS = (
    Command("claim.note", "n", "edit_note", "Note", "Edit the claim's note"),
    Command("claim.source", "s", "link_source", "Source", "Link a source to the claim, with a stance"),
    Command("claim.finding", "f", "review_finding", "Finding", "Confirm or dismiss the claim's findings"),
    Command("claim.other", "g", "jump_to_other", "Other claim", "Jump to the other claim of the first finding",
            show=False),
    Command("undo", "z", "undo", "Undo", "Undo your last change (a stack for this session)"),
    Command("findings.dismiss_duplicates", "D", "dismiss_duplicates", "Dismiss dups",
            "Dismiss every open duplicate finding of this article", show=False),
)

NAVIGATION_COMMANDS = (
    Command("move.next_unlabeled", "right_square_bracket", "next_unlabeled(True)", "Next unlabeled",
            "Move to the next unlabeled claim", show=False, key_display="]"),
    Command("move.previous_unlabeled", "left_square_bracket", "next_unlabeled(False)", "Previous unlabeled",
            "Move to the previous unlabeled claim", show=False, key_display="["),
    Command("search", "slash", "search", "Search", "Fuzzy search across claims", key_display="/"),
    Command("search.clear", "escape", "clear_search", "Clear search", "Leave search results", show=False),
    Command("view.cycle", "v", "cycle_view", "View",
            "Cycle the view: all, unlabeled, priority (most worth checking), flagged, each label"),
    Command("articles.order", "o", "cycle_article_order", "Order",
            "Order the articles: as ingested, most open findings, least reviewed, newest, by outlet", show=False),
    Command("view.all", "V", "set_view('')", "All claims", "Show every claim (no label filter)", show=False),
    Command("view.unlabeled", "ctrl+u", "set_view('unlabeled')", "Unlabeled only",
            "Show only unlabeled claims", show=False),
    Command("view.flagged", "ctrl+f", "set_view('flagged')", "Flagged only",
            "Show only flagged claims: open or confirmed findings", show=False),
    Command("export", "e", "export", "Export", "Export the current view (CSV, JSONL, Markdown, HTML by extension)"),
    Command("help", "question_mark", "help", "Help", "Show every key", key_display="?"),
    Command("quit", "q", "quit", "Quit", "Quit (every change is already saved)"),
)

# The desk (issue 14): several reviewers per claim (workbench/tui/desk_screens.py).
DESK_COMMANDS = (
    Command("desk.agreement", "A", "agreement", "Agreement",
            "Agreement between reviewers: Cohen's kappa per pair, Krippendorff's alpha, confusion tables",
            show=False),
    Command("desk.disagreements", "J", "disagreements", "Disagreements",
            "The adjudication queue: claims whose judgements differ; set the final label there", show=False),
    Command("desk.second", "b", "second_review", "Second review",
            "Blind second review: claims colleagues labelled, their labels hidden until you give yours", show=False),
    Command("desk.assign", "W", "assign", "Assign",
            "Assign the article in view (or the claim's article) to a reviewer: their queue", show=False),
    Command("claim.history", "h", "history", "History",
            "The claim's history: who changed what, when, and its comments (m to comment)", show=False),
)

# Keys handled by the list widgets themselves; listed here for the help screen.
LIST_COMMANDS = (
    Command("move.down", "j,down", "cursor(1)", "Down", "Move down", show=False),
    Command("move.up", "k,up", "cursor(-1)", "Up", "Move up", show=False),
    Command("move.page_down", "pagedown", "cursor_page(1)", "Page down", "Move a page down", show=False),
    Command("move.page_up", "pageup", "cursor_page(-1)", "Page up", "Move a page up", show=False),
    Command("move.first", "home", "cursor_end(False)", "First", "Move to the first row", show=False),
    Command("move.last", "end", "cursor_end(True)", "Last", "Move to the last loaded row", show=False),
)

PANE_COMMANDS = (
    Command("pane.next", "tab", "focus_next", "Next pane", "Move between articles, claims and detail", show=False),
    Command("palette", "ctrl+p", "command_palette", "Commands", "Open the command palette", show=False),
)

APP_COMMANDS = LABEL_COMMANDS + CLAIM_COMMANDS + NAVIGATION_COMMANDS + DESK_COMMANDS
ALL_COMMANDS = APP_COMMANDS + LIST_COMMANDS + PANE_COMMANDS

# Actions that change or move within the claim queue: off while a dialog is open.
REVIEW_ACTIONS = frozenset(c.action.split("(")[0] for c in APP_COMMANDS) - {"help", "quit"}


def keys_for(command: Command, keymap: dict[str, str]) -> str:
    """The keys a command is bound to once the user's keymap is applied, for display."""
    if command.id not in keymap and command.key_display:
        return command.key_display
    return ", ".join(key.strip() for key in keymap.get(command.id, command.key).split(","))
