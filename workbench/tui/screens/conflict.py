"""Shown when a claim changed after it was put on screen: both values, and a choice."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from workbench.analysis.sanitize import one_line, strip_controls
from workbench.store.review import VersionConflict


def conflict_text(conflict: VersionConflict, claim_text: str | None) -> Text:
    text = Text()
    text.append(f"Claim {conflict.claim_id} changed since you saw it.\n\n", style="bold")
    if claim_text:
        text.append(one_line(claim_text, 300) + "\n\n", style="dim")
    text.append(f"{conflict.field}, theirs ({one_line(conflict.their_reviewer) or 'someone else'}): ", style="bold")
    text.append(strip_controls(conflict.theirs or "(empty)") + "\n")
    text.append(f"{conflict.field}, yours: ", style="bold")
    text.append(strip_controls(conflict.yours or "(empty)") + "\n")
    return text


class ConflictModal(ModalScreen[bool]):
    """Dismisses with True to write yours over theirs, False to keep theirs."""

    BINDINGS = [
        Binding("t,escape", "keep_theirs", "Keep theirs", id="conflict.theirs"),
        Binding("m", "use_mine", "Use mine", id="conflict.mine"),
    ]
    DEFAULT_CSS = """
    ConflictModal { align: center middle; }
    ConflictModal > Vertical { width: 80; height: auto; border: thick $error; background: $surface; padding: 1 2; }
    ConflictModal Horizontal { height: auto; margin-top: 1; }
    ConflictModal Button { margin-right: 2; }
    """

    def __init__(self, conflict: VersionConflict, claim_text: str | None) -> None:
        super().__init__()
        self.conflict = conflict
        self.claim_text = claim_text

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Changed by someone else"
            yield Static(conflict_text(self.conflict, self.claim_text), id="conflict-values")
            with Horizontal():
                yield Button("Keep theirs (t)", id="theirs", variant="primary")
                yield Button("Use mine (m)", id="mine", variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "mine")

    def action_keep_theirs(self) -> None:
        self.dismiss(False)

    def action_use_mine(self) -> None:
        self.dismiss(True)
