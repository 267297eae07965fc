"""Judge a claim's findings where they are: both claims on screen, the derivation below.

Each finding reads as a headline (what conflicts, with both values); the highlighted one
shows this claim and the other claim (whatever article it is in) with the conflicting
words marked, then how it was found. ``space`` marks several; ``c``/``d``/``o`` act on the
marked ones (or the highlighted one) at once, without leaving the claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from workbench.analysis.sanitize import one_line, strip_controls
from workbench.export.cells import finding_derivation, finding_headline, kind_words
from workbench.export.report import conflict_phrases
from workbench.store.views import ClaimDetail, FindingView
from workbench.tui.widgets.detail import other_claim_words
from workbench.tui.widgets.lists import FINDING_STATUS_STYLES


@dataclass(frozen=True)
class FindingChoice:
    findings: tuple[FindingView, ...]
    action: str  # "confirmed", "dismissed", "open" or "jump"

    @property
    def finding(self) -> FindingView:
        return self.findings[0]


def finding_prompt(finding: FindingView, marked: bool = False) -> Text:
    text = Text()
    text.append("● " if marked else "  ", style="bold yellow")
    text.append(f"[{finding.status}] ", style=FINDING_STATUS_STYLES.get(finding.status, "dim"))
    text.append(finding_headline(finding.kind, strip_controls(finding.explanation)))
    return text


def marked_claim(claim_text: str, phrases: tuple[str, ...]) -> Text:
    """The claim with the conflicting words highlighted (plain ``Text``: never markup)."""
    text = Text(one_line(claim_text))
    for phrase in phrases:
        if phrase:
            text.highlight_words([phrase], style="bold black on yellow", case_sensitive=False)
    return text


def finding_body(finding: FindingView, detail: ClaimDetail) -> Text:
    phrases = conflict_phrases(finding.kind, finding.explanation)
    text = Text()
    text.append(f"this claim ({detail.seq}): ", style="cyan")
    text.append_text(marked_claim(detail.text, phrases))
    if finding.other_claim_id is not None:
        text.append("\n\n" + other_claim_words(finding, detail.article_id) + ": ", style="cyan")
        text.append_text(marked_claim(finding.other_text or "", phrases))
    text.append(f"\n\nhow it was found ({kind_words(finding.kind)}): ", style="dim")
    text.append(one_line(finding_derivation(finding.explanation)), style="dim")
    return text


class FindingsModal(ModalScreen[FindingChoice | None]):
    BINDINGS = [
        Binding("c", "choose('confirmed')", "Confirm", id="finding.confirm"),
        Binding("d", "choose('dismissed')", "Dismiss", id="finding.dismiss"),
        Binding("o", "choose('open')", "Reopen", id="finding.reopen"),
        Binding("space", "mark", "Mark", id="finding.mark"),
        Binding("g", "choose('jump')", "Go to other claim", id="finding.jump"),
        Binding("escape", "cancel", "Close", id="finding.close"),
    ]
    DEFAULT_CSS = """
    FindingsModal { align: center middle; }
    FindingsModal > Vertical { width: 96%; max-width: 120; height: auto; max-height: 96%;
                               border: round $accent; background: $surface; padding: 0 1; }
    FindingsModal OptionList, FindingsModal OptionList:focus { height: auto; max-height: 8; border: none;
                                                              padding: 0; background: $surface; }
    FindingsModal #finding-body { height: auto; max-height: 16; border-top: solid $panel-lighten-2; }
    """

    def __init__(self, findings: list[FindingView], detail: ClaimDetail | None = None) -> None:
        super().__init__()
        self.findings = findings
        self.detail = detail
        self.marked: set[int] = set()

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"Findings of claim {self.detail.seq}" if self.detail else "Findings"
            box.border_subtitle = "c confirm · d dismiss · o reopen · space mark · g go · esc"
            yield OptionList(*[Option(finding_prompt(f), id=str(f.id)) for f in self.findings])
            with VerticalScroll(id="finding-body"):
                yield Static(id="finding-text", markup=False)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()
        self._show(0)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(event.option_index)

    def _show(self, index: int | None) -> None:
        if index is None or self.detail is None or not 0 <= index < len(self.findings):
            return
        self.query_one("#finding-text", Static).update(finding_body(self.findings[index], self.detail))

    def action_mark(self) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None:
            return
        self.marked ^= {index}
        options.replace_option_prompt_at_index(index, finding_prompt(self.findings[index], index in self.marked))
        if index + 1 < len(self.findings):
            options.highlighted = index + 1

    def action_choose(self, action: str) -> None:
        index = self.query_one(OptionList).highlighted
        if index is None:
            return
        if action != "jump" and self.marked:
            chosen = tuple(self.findings[i] for i in sorted(self.marked))
        else:
            chosen = (self.findings[index],)
        self.dismiss(FindingChoice(chosen, action))

    def action_cancel(self) -> None:
        self.dismiss(None)
