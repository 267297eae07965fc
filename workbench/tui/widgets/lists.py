"""The two lists of the review screen: articles (two lines each) and the claim queue."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from workbench.analysis.sanitize import one_line
from workbench.store.views import ArticleSummary, ClaimSummary
from workbench.tui.widgets.paged_list import PagedList

LABEL_STYLES = {
    "attributed": "green",
    "reported": "cyan",
    "unverified": "yellow",
    "contradictory": "bold red",
}
SHORT_LABELS = {"attributed": "att", "reported": "rep", "unverified": "unv", "contradictory": "con"}
# A live finding's mark: "!" open (to judge), "×" confirmed (a real problem); then its kind.
FINDING_STATUS_STYLES = {"open": "bold red", "confirmed": "bold magenta", "dismissed": "dim"}
FINDING_MARKS = {"open": ("!", "bold red"), "confirmed": ("×", "bold magenta")}
KIND_LETTERS = {"temporal_conflict": "t", "numeric_conflict": "n", "duplicate": "d", "reuse": "r"}


def finding_mark(status: str | None, kind: str | None) -> Text:
    """Two cells: ``!t`` an open time conflict, ``×n`` a confirmed numbers conflict, blank for none."""
    if status not in FINDING_MARKS:
        return Text("  ")
    mark, style = FINDING_MARKS[status]
    letter = KIND_LETTERS.get(kind or "", (kind or "?")[:1])
    return Text(mark, style=style) + Text(letter, style=style.replace("bold ", ""))

ALL_ARTICLES_ID = 0


def all_articles_row(
    articles: int = 0, claims: int = 0, reviewed: int = 0, open_findings: int = 0, confirmed_findings: int = 0
) -> ArticleSummary:
    """The synthetic first row: every article at once."""
    return ArticleSummary(
        id=ALL_ARTICLES_ID, title="All articles", outlet=f"{articles:,} articles", published=None,
        published_inferred=None, claims=claims, reviewed=reviewed, open_findings=open_findings,
        confirmed_findings=confirmed_findings,
    )


class ArticleList(PagedList[ArticleSummary]):
    ROW_HEIGHT = 2

    def row_key(self, row: ArticleSummary) -> Any:
        return (row.id, row.title, row.outlet, row.published, row.claims, row.reviewed, row.open_findings,
                row.confirmed_findings, row.published_text())

    def anchor_id(self, row: ArticleSummary) -> int | None:
        return None if row.id == ALL_ARTICLES_ID else row.id

    def render_row(self, row: ArticleSummary, line: int, width: int) -> Text:
        if line == 0:
            title = one_line(row.title) or "(untitled)"
            return Text(title, style="bold")
        if row.id == ALL_ARTICLES_ID:
            where = one_line(row.outlet)
        else:
            where = " · ".join(part for part in (one_line(row.outlet), row.published_text()) if part)
        progress = Text(f" {row.reviewed}/{row.claims}", style="green" if row.claims and
                        row.reviewed == row.claims else "")
        if row.open_findings:
            progress.append(f" !{row.open_findings}", style="bold red")
        if row.confirmed_findings:
            progress.append(f" ×{row.confirmed_findings}", style="bold magenta")
        text = Text("  " + where, style="dim")
        room = width - progress.cell_len
        text.truncate(max(0, room), overflow="ellipsis", pad=True)
        return text + progress


class ClaimQueue(PagedList[ClaimSummary]):
    """One line a claim: [article] seq, suggested label, label, finding marker, text."""

    COMPACT_BELOW = 90  # narrower than this, the label is shown short (UNV) so the text gets the room

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.show_article = False
        self.empty_text = "no claims in this view"
        self.unsaved: set[int] = set()  # claims showing a label the database has not taken yet
        self.article_digits = 1
        self.seq_digits = 2

    def show_rows(self, rows: list[ClaimSummary], more_after: bool, more_before: bool = False,
                  cursor_id: int | None = None) -> None:
        self._measure(rows)
        super().show_rows(rows, more_after, more_before, cursor_id)

    def add_page(self, placement: str, rows: list[ClaimSummary], more: bool) -> None:
        self._measure(rows)
        super().add_page(placement, rows, more)

    def _measure(self, rows: list[ClaimSummary]) -> None:
        """Column widths from the ids and seqs loaded: no six-character article column for article 1."""
        if rows:
            self.article_digits = max(self.article_digits, *(len(str(r.article_id)) for r in rows))
            self.seq_digits = max(self.seq_digits, *(len(str(r.seq)) for r in rows))

    def row_key(self, row: ClaimSummary) -> Any:
        return (row, self.show_article, self.article_digits, self.seq_digits, row.id in self.unsaved)

    def render_row(self, row: ClaimSummary, line: int, width: int) -> Text:
        text = Text()
        if self.show_article:
            text.append(f"{row.article_id:>{self.article_digits}}:", style="dim")
        text.append(f"{row.seq:>{self.seq_digits}} ", style="dim")
        suggested = SHORT_LABELS.get(row.suggested_label or "", "·")
        text.append(f"{suggested:<4}", style="dim " + LABEL_STYLES.get(row.suggested_label or "", ""))
        if row.id in self.unsaved:  # shown, not saved yet: never passed off as saved
            shown = (SHORT_LABELS[row.label].upper() if row.label in SHORT_LABELS else "—") \
                if width < self.COMPACT_BELOW else (row.label or "—")
            text.append(f"{shown + ' *':<{6 if width < self.COMPACT_BELOW else 14}}", style="bold reverse yellow")
        elif width < self.COMPACT_BELOW:
            label = SHORT_LABELS[row.label].upper() if row.label in SHORT_LABELS else "—"
            text.append(f"{label:<4}", style=LABEL_STYLES.get(row.label or "", "dim"))
        else:
            text.append(f"{row.label or '—':<14}", style=LABEL_STYLES.get(row.label or "", "dim"))
        text.append_text(finding_mark(row.finding_status, row.finding_kind))
        text.append(" ")
        if row.priority is not None:
            text.append(f"{row.priority:>3} ", style="bold" if row.priority >= 80 else "dim")
        text.append(one_line(row.text))
        return text
