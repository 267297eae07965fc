"""Confirm, dismiss or reopen the findings of a claim, or jump to the other claim."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from workbench.analysis.sanitize import one_line
from workbench.store.views import FindingView
from workbench.tui.widgets.lists import FINDING_STATUS_STYLES


@dataclass(frozen=True)
class FindingChoice:
    finding: FindingView
    action: str  # "confirmed", "dismissed", "open" or "jump"


def finding_prompt(finding: FindingView) -> Text:
    text = Text()
    text.append(f"[{finding.status}] ", style=FINDING_STATUS_STYLES.get(finding.status, "dim"))
    text.append(f"{one_line(finding.kind)}: {one_line(finding.explanation)}")
    if finding.other_claim_id is not None:
        text.append(f"  → claim {finding.other_seq}", style="cyan")
    return text


class FindingsModal(ModalScreen[FindingChoice | None]):
    BINDINGS = [
        Binding("c", "choose('confirmed')", "Confirm", id="finding.confirm"),
        Binding("d", "choose('dismissed')", "Dismiss", id="finding.dismiss"),
        Binding("o", "choose('open')", "Reopen", id="finding.reopen"),
        Binding("g", "choose('jump')", "Go to other claim", id="finding.jump"),
        Binding("escape", "cancel", "Close", id="finding.close"),
    ]
    DEFAULT_CSS = """
    FindingsModal { align: center middle; }
    FindingsModal > Vertical { width: 90; height: auto; max-height: 80%; border: round $accent;
                               background: $surface; padding: 0 1; }
    FindingsModal OptionList { height: auto; max-height: 20; }
    """

    def __init__(self, findings: list[FindingView]) -> None:
        super().__init__()
        self.findings = findings

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Findings"
            box.border_subtitle = "c confirm · d dismiss · o reopen · g other claim · esc close"
            yield OptionList(*[Option(finding_prompt(f), id=str(f.id)) for f in self.findings])

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def action_choose(self, action: str) -> None:
        index = self.query_one(OptionList).highlighted
        if index is None:
            return
        self.dismiss(FindingChoice(self.findings[index], action))

    def action_cancel(self) -> None:
        self.dismiss(None)
