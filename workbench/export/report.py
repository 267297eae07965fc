"""The editor's report, in Markdown or as one self-contained HTML page (inline CSS, no scripts).

Per article: counts by label, open findings with their explanations, unlabelled
claims, claims without sources, and the time line of dated events. Rows arrive in
reading order, so only one article is held in memory at a time.

Every piece of article or reviewer text is escaped for the output format: a claim
reading ``<script>`` or ``[x](javascript:...)`` shows as those characters.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby
from typing import TextIO

from workbench.analysis.model import LABELS
from workbench.analysis.sanitize import one_line
from workbench.export.rows import ArticleInfo, ExportRow, FindingRef
from workbench.store.queries import UNLABELED

SNIPPET_CHARS = 160
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!&])")


@dataclass(frozen=True, slots=True)
class ClaimLine:
    claim_id: int
    seq: int
    text: str


@dataclass(frozen=True, slots=True)
class OpenFinding:
    claim: ClaimLine
    finding: FindingRef
    other_seq: int | None  # the other claim's seq when it is in this article's rows


@dataclass(frozen=True, slots=True)
class DatedEvent:
    earliest: str
    latest: str
    expression: str
    claim: ClaimLine

    @property
    def span(self) -> str:
        return self.earliest if self.earliest == self.latest else f"{self.earliest}..{self.latest}"


@dataclass(slots=True)
class ArticleReport:
    article: ArticleInfo
    counts: dict[str, int] = field(default_factory=lambda: {label: 0 for label in (*LABELS, UNLABELED)})
    claims: int = 0
    open_findings: list[OpenFinding] = field(default_factory=list)
    confirmed_findings: list[OpenFinding] = field(default_factory=list)
    unlabeled: list[ClaimLine] = field(default_factory=list)
    unsourced: list[ClaimLine] = field(default_factory=list)
    timeline: list[DatedEvent] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ReportHeading:
    generated: datetime
    filters: str
    totals: dict[str | None, int]


def article_reports(rows: Iterable[ExportRow]) -> Iterator[ArticleReport]:
    for _, article_rows in groupby(rows, key=lambda row: row.article.id):
        yield _article_report(list(article_rows))


def _article_report(rows: list[ExportRow]) -> ArticleReport:
    report = ArticleReport(rows[0].article)
    seqs = {row.claim_id: row.seq for row in rows}
    seen_findings: set[int] = set()
    for row in rows:
        line = ClaimLine(row.claim_id, row.seq, row.text)
        report.claims += 1
        report.counts[row.label or UNLABELED] = report.counts.get(row.label or UNLABELED, 0) + 1
        if row.label is None:
            report.unlabeled.append(line)
        if not row.sources:
            report.unsourced.append(line)
        for finding in row.findings:
            if finding.status in ("open", "confirmed") and finding.id not in seen_findings:
                seen_findings.add(finding.id)
                found = report.open_findings if finding.status == "open" else report.confirmed_findings
                found.append(OpenFinding(line, finding, seqs.get(finding.with_claim_id)))
        for time in row.times:
            if time.earliest and time.latest:
                report.timeline.append(DatedEvent(time.earliest, time.latest, time.text, line))
    report.timeline.sort(key=lambda event: (event.earliest, event.latest, event.claim.seq))
    return report


def _snippet(text: str | None) -> str:
    return one_line(text, SNIPPET_CHARS)


def _finding_words(item: OpenFinding) -> tuple[str, str]:
    """("claims 3 and 9", "temporal_conflict") — seqs inside the article, ids across articles."""
    other = item.finding.with_claim_id
    if other is None:
        who = f"claim {item.claim.seq}"
    elif item.other_seq is not None:
        who = f"claims {item.claim.seq} and {item.other_seq}"
    else:
        who = f"claim {item.claim.seq} and claim id {other} (another article)"
    return who, item.finding.kind


def _published(article: ArticleInfo) -> str:
    if article.published:
        return article.published.isoformat()
    inferred = article.published_inferred
    if inferred and inferred.get("earliest") and inferred.get("latest"):
        return f"about {inferred['earliest']}..{inferred['latest']}"
    return "unknown"


def _total_line(totals: dict[str | None, int]) -> list[tuple[str, int]]:
    return [(label, totals.get(label, 0)) for label in LABELS] + [(UNLABELED, totals.get(None, 0))]


# --- Markdown ------------------------------------------------------------------------------


def md(text: str | None) -> str:
    """Inline Markdown text: one line, controls stripped, every active character escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))


def _md_claim(line: ClaimLine) -> str:
    return f"[{line.seq}] {md(_snippet(line.text))}"


def write_markdown(rows: Iterable[ExportRow], out: TextIO, heading: ReportHeading) -> int:
    total = sum(heading.totals.values())
    out.write("# Review report\n\n")
    out.write(f"Generated {heading.generated:%Y-%m-%d %H:%M} UTC · {md(heading.filters)} · {total} claims\n\n")
    out.write("| label | claims |\n|---|---:|\n")
    for label, count in _total_line(heading.totals):
        out.write(f"| {label} | {count} |\n")
    written = 0
    for report in article_reports(rows):
        _markdown_article(report, out)
        written += report.claims
    if not written:
        out.write("\nNo claims match.\n")
    return written


def _markdown_article(report: ArticleReport, out: TextIO) -> None:
    article = report.article
    out.write(f"\n## {article.id}. {md(article.title or '(untitled)')}\n\n")
    facts = [md(article.outlet) if article.outlet else None, f"published {md(_published(article))}",
             md(article.url) if article.url else None, f"{report.claims} claims"]
    out.write(" · ".join(fact for fact in facts if fact) + "\n\n")
    out.write(", ".join(f"{label} {count}" for label, count in report.counts.items()) + "\n")
    for title, found in (("Confirmed findings", report.confirmed_findings), ("Open findings", report.open_findings)):
        items = []
        for item in found:
            who, kind = _finding_words(item)
            items.append(f"**{md(kind)}**, {who}: {md(item.finding.explanation)}")
        _markdown_list(f"{title} ({len(found)})", items, out)
    _markdown_list(f"Unlabelled claims ({len(report.unlabeled)})", [_md_claim(c) for c in report.unlabeled], out)
    _markdown_list(
        f"Claims without sources ({len(report.unsourced)})", [_md_claim(c) for c in report.unsourced], out
    )
    _markdown_list(
        f"Time line ({len(report.timeline)})",
        [f"{md(e.span)} · {md(e.expression)} · {_md_claim(e.claim)}" for e in report.timeline],
        out,
    )


def _markdown_list(title: str, items: list[str], out: TextIO) -> None:
    out.write(f"\n### {title}\n\n")
    if not items:
        out.write("_none_\n")
    for item in items:
        out.write(f"- {item}\n")


# --- HTML ----------------------------------------------------------------------------------

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-top:1px solid #ccc;padding-top:1rem;margin-top:2rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}ul{margin:.2rem 0;padding-left:1.3rem}.meta{color:#555}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.15rem .6rem;text-align:left}
td.n{text-align:right}.seq{color:#555;font-variant-numeric:tabular-nums}.kind{font-weight:600}
.none{color:#777;font-style:italic}
"""


def h(text: str | None) -> str:
    """Text for HTML element content or attribute values: one line, controls stripped, escaped."""
    return html.escape(one_line(text), quote=True)


def _html_link(url: str | None) -> str:
    if not url:
        return ""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{h(url)}" rel="noopener noreferrer">{h(url)}</a>'
    return h(url)  # other schemes (javascript:, data:) never become links


def _html_claim(line: ClaimLine) -> str:
    return f'<span class="seq">[{line.seq}]</span> {h(_snippet(line.text))}'


def write_html(rows: Iterable[ExportRow], out: TextIO, heading: ReportHeading) -> int:
    total = sum(heading.totals.values())
    out.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    out.write('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    out.write(f"<title>Review report</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n")
    out.write("<h1>Review report</h1>\n")
    out.write(
        f'<p class="meta">Generated {heading.generated:%Y-%m-%d %H:%M} UTC · {h(heading.filters)} · '
        f"{total} claims</p>\n<table><tr><th>label</th><th>claims</th></tr>\n"
    )
    for label, count in _total_line(heading.totals):
        out.write(f'<tr><td>{label}</td><td class="n">{count}</td></tr>\n')
    out.write("</table>\n")
    written = 0
    for report in article_reports(rows):
        _html_article(report, out)
        written += report.claims
    if not written:
        out.write('<p class="none">No claims match.</p>\n')
    out.write("</body>\n</html>\n")
    return written


def _html_article(report: ArticleReport, out: TextIO) -> None:
    article = report.article
    out.write(f'<section>\n<h2>{article.id}. {h(article.title or "(untitled)")}</h2>\n')
    facts = [h(article.outlet) if article.outlet else None, f"published {h(_published(article))}",
             _html_link(article.url) or None, f"{report.claims} claims"]
    out.write('<p class="meta">' + " · ".join(fact for fact in facts if fact) + "</p>\n<p>")
    out.write(", ".join(f"{label} {count}" for label, count in report.counts.items()) + "</p>\n")
    for title, found in (("Confirmed findings", report.confirmed_findings), ("Open findings", report.open_findings)):
        items = []
        for item in found:
            who, kind = _finding_words(item)
            items.append(f'<span class="kind">{h(kind)}</span>, {who}: {h(item.finding.explanation)}')
        _html_list(f"{title} ({len(found)})", items, out)
    _html_list(f"Unlabelled claims ({len(report.unlabeled)})", [_html_claim(c) for c in report.unlabeled], out)
    _html_list(f"Claims without sources ({len(report.unsourced)})", [_html_claim(c) for c in report.unsourced], out)
    _html_list(
        f"Time line ({len(report.timeline)})",
        [f"{h(e.span)} · {h(e.expression)} · {_html_claim(e.claim)}" for e in report.timeline],
        out,
    )
    out.write("</section>\n")


def _html_list(title: str, items: list[str], out: TextIO) -> None:
    out.write(f"<h3>{title}</h3>\n")
    if not items:
        out.write('<p class="none">none</p>\n')
        return
    out.write("<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>\n")
