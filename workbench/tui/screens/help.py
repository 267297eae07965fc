"""The `?` screen: every command with the key it is bound to now (after the user's keymap)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from workbench.tui.commands import (
    CLAIM_COMMANDS,
    DESK_COMMANDS,
    LABEL_COMMANDS,
    LIST_COMMANDS,
    NAVIGATION_COMMANDS,
    PANE_COMMANDS,
    Command,
    keys_for,
)

SECTIONS: tuple[tuple[str, tuple[Command, ...]], ...] = (
    ("Label", LABEL_COMMANDS),
    ("Claim", CLAIM_COMMANDS),
    ("Move and view", LIST_COMMANDS + NAVIGATION_COMMANDS),
    ("Panes", PANE_COMMANDS),
    ("Desk: several reviewers", DESK_COMMANDS),
)


def help_table(keymap: dict[str, str]) -> Table:
    table = Table(box=None, show_header=True, header_style="bold", expand=True, padding=(0, 2),
                  title=Text("To remap a key, put its binding id under [keymap] in config.toml"),
                  title_style="dim", title_justify="left")
    table.add_column(Text("key"), style="bold cyan", no_wrap=True)
    table.add_column(Text("what it does"), min_width=28, ratio=1)
    table.add_column(Text("binding id"), style="dim", overflow="fold", max_width=28)
    for heading, commands in SECTIONS:
        table.add_row(Text(heading, style="bold underline"), "", "")
        for command in commands:
            table.add_row(Text(keys_for(command, keymap)), Text(command.help), Text(command.id))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 96%; max-width: 110; height: 90%; border: round $accent; background: $surface; padding: 0 1; }
    """

    def __init__(self, keymap: dict[str, str]) -> None:
        super().__init__()
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "esc to close · every change is saved as you make it"
            yield Static(help_table(self.keymap))
