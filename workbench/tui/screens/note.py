"""Edit a claim's note: multi-line, saved with ctrl+s."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from workbench.analysis.sanitize import strip_controls
from workbench.tui.text import line


class NoteModal(ModalScreen[str | None]):
    """Dismisses with the new note text, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]
    DEFAULT_CSS = """
    NoteModal { align: center middle; }
    NoteModal > Vertical { width: 96%; max-width: 90; height: 16; max-height: 96%; border: round $accent; background: $surface; padding: 0 1; }
    NoteModal TextArea { height: 1fr; }
    """

    def __init__(self, claim_text: str, note: str | None) -> None:
        super().__init__()
        self.claim_text = claim_text
        self.note = note or ""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Note"
            box.border_subtitle = "ctrl+s save · esc cancel"
            yield Static(line(self.claim_text, 150, style="dim"))
            yield TextArea(strip_controls(self.note), id="note-text", soft_wrap=True)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
