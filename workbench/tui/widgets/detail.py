"""The detail pane: the claim inside its article context and everything known about it."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from workbench.analysis.sanitize import one_line, strip_controls
from workbench.export.cells import finding_headline, quote_check_outcome
from workbench.store.views import ClaimDetail, FindingView
from workbench.tui.widgets.lists import FINDING_STATUS_STYLES, LABEL_STYLES

HEADING_WIDTH = 13


def detail_text(detail: ClaimDetail, other_key: str = "g", finding_key: str = "f") -> Group:
    """Every piece of user text goes in as plain ``Text`` after ``strip_controls``."""
    text = Text()
    text.append(f"claim {detail.seq}", style="bold")
    text.append(f"  (id {detail.id}, article {detail.article_id})   ", style="dim")
    text.append("label ", style="dim")
    text.append(detail.label or "none", style=LABEL_STYLES.get(detail.label or "", "dim"))
    if detail.label and detail.reviewer:
        when = detail.labeled_at.strftime("%Y-%m-%d %H:%M") if detail.labeled_at else ""
        text.append(f" by {one_line(detail.reviewer)} {when}", style="dim")
    if detail.status != "unreviewed":  # the desk's stage; a claim nobody judged says nothing more
        text.append(f" · {detail.status.replace('_', ' ')}", style="bold" if detail.status == "needs_second_look" else "dim")
    text.append("\n\n")
    text.append(strip_controls(detail.context_before).lstrip(), style="dim")
    text.append(strip_controls(detail.text), style="bold reverse")
    text.append(strip_controls(detail.context_after).rstrip(), style="dim")
    head = text
    sections = _Sections()

    text = sections.section("Suggested")
    text.append(detail.suggested_label or "none", style=LABEL_STYLES.get(detail.suggested_label or "", ""))
    if detail.suggestion_reason:
        text.append(" — " + strip_controls(detail.suggestion_reason))

    if detail.priority is not None:
        text = sections.section("Priority")
        text.append(f"{detail.priority}", style="bold" if detail.priority >= 80 else "")
        text.append(" check-worthiness", style="dim")
        if detail.priority_reasons:
            text.append(" — " + " · ".join(detail.priority_reasons), style="dim")

    text = sections.section("Attribution")
    attribution = detail.attribution
    if attribution is None or not (attribution.source or attribution.cue or attribution.chain):
        text.append("none found", style="dim")
    else:
        parts = []
        if attribution.source:
            kind = f" ({attribution.source_type})" if attribution.source_type else ""
            parts.append(f"source: {one_line(attribution.source)}{kind}")
        if attribution.anonymous:
            parts.append("anonymous")
        if attribution.cue:
            parts.append(f"cue: {one_line(attribution.cue)}")
        if attribution.kind:
            parts.append(f"kind: {attribution.kind}")
        text.append(" · ".join(parts))
        if attribution.chain:
            text.append("\n")
            text.append("chain: " + " → ".join(one_line(link) for link in attribution.chain))
        if attribution.hedges:
            text.append("\n")
            text.append("hedges: " + ", ".join(one_line(h) for h in attribution.hedges), style="yellow")

    text = sections.section("Times")
    if not detail.times:
        text.append("none", style="dim")
    for index, expression in enumerate(detail.times):
        if index:
            text.append("\n")
        text.append(one_line(expression.describe()))

    text = sections.section("Findings")
    if not detail.findings:
        text.append("none", style="dim")
    for index, finding in enumerate(detail.findings):
        if index:
            text.append("\n")
        text.append(f"[{finding.status}] ", style=FINDING_STATUS_STYLES.get(finding.status, "dim"))
        text.append(finding_headline(finding.kind, strip_controls(finding.explanation)), style="bold")
        if finding.other_claim_id is not None:
            text.append("\n")
            text.append("↔ " + other_claim_words(finding, detail.article_id) + ": ", style="cyan")
            text.append("“" + one_line(finding.other_text, 300) + "”")
    if detail.findings:
        text.append("\n")
        text.append(f"{finding_key}: judge (both claims, how it was found) · {other_key}: go to the other claim",
                    style="dim italic")

    text = sections.section("Sources")
    if not detail.sources:
        text.append("none linked", style="dim")
    for index, link in enumerate(detail.sources):
        if index:
            text.append("\n")
        text.append(f"{link.stance:<9}", style={"supports": "green", "refutes": "red"}.get(link.stance, "cyan"))
        text.append(one_line(link.title) or "(untitled)")
        if link.url:
            text.append("  " + one_line(link.url), style="dim")
        if link.excerpt:
            text.append("\n")
            text.append("“" + one_line(link.excerpt, 200) + "”", style="italic")
        if link.quote_check:
            text.append("\n")
            outcome = quote_check_outcome(link.quote_check)
            style = "green" if outcome.startswith("verbatim") else "yellow" if outcome.startswith("close") else "red"
            text.append("quote check: ", style="dim")
            text.append(one_line(outcome, 200), style=style)

    text = sections.section("Note")
    if detail.note:
        text.append(strip_controls(detail.note))
    else:
        text.append("none (n to write one)", style="dim")
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(width=HEADING_WIDTH - 1, no_wrap=True)
    grid.add_column(ratio=1)
    for heading, content in sections.rows:
        grid.add_row(Text(heading, style="bold"), content)
    return Group(head, Text(), grid)


class _Sections:
    """Headed sections; each wraps inside its own column, under its own start."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, Text]] = []

    def section(self, heading: str) -> Text:
        text = Text()
        self.rows.append((heading, text))
        return text


def other_claim_words(finding: FindingView, article_id: int) -> str:
    """``claim 9``, or ``claim 3 of “Title” (Outlet, article 7)`` when it is in another article."""
    if finding.other_article_id == article_id:
        return f"claim {finding.other_seq}"
    title = one_line(finding.other_article_title, 60) or "(untitled)"
    outlet = f"{one_line(finding.other_outlet, 30)}, " if finding.other_outlet else ""
    return f"claim {finding.other_seq} of “{title}” ({outlet}article {finding.other_article_id})"


class DetailPane(VerticalScroll):
    """Scrollable; focusable so ``tab`` reaches it and arrows scroll long contexts."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(Text("select a claim", style="dim italic"), id="detail-body")

    def show(self, detail: ClaimDetail | None, other_key: str = "g", finding_key: str = "f") -> None:
        body = self.query_one("#detail-body", Static)
        if detail is None:
            body.update(Text("no claim selected", style="dim italic"))
        else:
            body.update(detail_text(detail, other_key, finding_key))
