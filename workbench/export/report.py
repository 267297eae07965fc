"""The editor's report, in Markdown or as one self-contained HTML page (inline CSS and SVG, no scripts).

Per article: the verdicts (claims by label, with a bar chart in the HTML), the confirmed
findings with both claims side by side (whatever article the other claim is in), the
claims judged contradictory or unverified with the reviewer's notes and the sources they
checked (title, stance, excerpt, quote check), other checked claims, what is still open
(open findings, unlabelled claims, claims without sources) and the time line of dated
events. Dates read as words ("23–28 August, year not stated"). Rows arrive in reading
order, so only one article is held in memory at a time.

Every piece of article or reviewer text is escaped for the output format: a claim
reading ``<script>`` or ``[x](javascript:...)`` shows as those characters.
"""

from __future__ import annotations

import calendar
import html
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby
from typing import Any, TextIO

from workbench.analysis.model import LABELS
from workbench.analysis.sanitize import one_line
from workbench.export.cells import finding_derivation, finding_headline, quote_check_outcome, source_name
from workbench.export.rows import ArticleInfo, ExportRow, FindingRef, SourceRef
from workbench.store.queries import UNLABELED

SNIPPET_CHARS = 160
LIVE = ("open", "confirmed")

# Finding id -> the finding with both claims and the decision (``store.findings.FindingRecord``).
FindingsLookup = Callable[[list[int]], dict[int, Any]]


@dataclass(frozen=True, slots=True)
class ClaimLine:
    claim_id: int
    seq: int
    text: str


@dataclass(frozen=True, slots=True)
class Side:
    """One claim of a finding, as the reader sees it."""

    seq: int
    text: str
    label: str | None
    article_id: int
    article_title: str | None  # None when it is this article
    outlet: str | None
    note: str | None = None
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportFinding:
    id: int
    kind: str
    status: str
    headline: str
    explanation: str
    sides: tuple[Side, ...]
    phrases: tuple[str, ...]  # what conflicts, to highlight in the claims
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_note: str | None = None


@dataclass(frozen=True, slots=True)
class CheckedClaim:
    line: ClaimLine
    label: str | None
    note: str | None
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True, slots=True)
class DatedEvent:
    earliest: str
    latest: str
    expression: str
    claim: ClaimLine

    @property
    def span(self) -> str:
        return readable_span(self.earliest, self.latest)


@dataclass(slots=True)
class ArticleReport:
    article: ArticleInfo
    counts: dict[str, int] = field(default_factory=lambda: {label: 0 for label in (*LABELS, UNLABELED)})
    claims: int = 0
    confirmed_findings: list[ReportFinding] = field(default_factory=list)
    open_findings: list[ReportFinding] = field(default_factory=list)
    contradictory: list[CheckedClaim] = field(default_factory=list)
    unverified: list[CheckedClaim] = field(default_factory=list)
    other_checked: list[CheckedClaim] = field(default_factory=list)  # a note or a source, another label
    unlabeled: list[ClaimLine] = field(default_factory=list)
    unsourced: list[ClaimLine] = field(default_factory=list)
    timeline: list[DatedEvent] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ReportHeading:
    generated: datetime
    filters: str
    totals: dict[str | None, int]


# --- building ----------------------------------------------------------------------------------


def article_reports(rows: Iterable[ExportRow], lookup: FindingsLookup | None = None) -> Iterator[ArticleReport]:
    for _, article_rows in groupby(rows, key=lambda row: row.article.id):
        yield _article_report(list(article_rows), lookup)


def _article_report(rows: list[ExportRow], lookup: FindingsLookup | None) -> ArticleReport:
    report = ArticleReport(rows[0].article)
    by_id = {row.claim_id: row for row in rows}
    live: dict[int, tuple[ExportRow, FindingRef]] = {}
    for row in rows:
        line = ClaimLine(row.claim_id, row.seq, row.text)
        report.claims += 1
        report.counts[row.label or UNLABELED] = report.counts.get(row.label or UNLABELED, 0) + 1
        if row.label is None:
            report.unlabeled.append(line)
        if not row.sources:
            report.unsourced.append(line)
        checked = CheckedClaim(line, row.label, row.note, tuple(row.sources))
        if row.label == "contradictory":
            report.contradictory.append(checked)
        elif row.label == "unverified":
            report.unverified.append(checked)
        elif row.note or row.sources:
            report.other_checked.append(checked)
        for finding in row.findings:
            if finding.status in LIVE and finding.id not in live:
                live[finding.id] = (row, finding)
        for time in row.times:
            if time.earliest and time.latest:
                report.timeline.append(DatedEvent(time.earliest, time.latest, time.text, line))
    records = lookup(sorted(live)) if lookup and live else {}
    for finding_id, (row, finding) in live.items():
        built = _report_finding(row, finding, records.get(finding_id), by_id)
        (report.open_findings if finding.status == "open" else report.confirmed_findings).append(built)
    report.timeline.sort(key=lambda event: (event.earliest, event.latest, event.claim.seq))
    return report


def _report_finding(row: ExportRow, finding: FindingRef, record: Any, by_id: dict[int, ExportRow]) -> ReportFinding:
    sides = [_side(row, row.article.id)]
    if finding.with_claim_id is not None:
        other_row = by_id.get(finding.with_claim_id)
        if other_row is not None:
            sides.append(_side(other_row, row.article.id))
        elif record is not None:
            other = record.other if record.claim.id == row.claim_id else record.claim
            if other is not None:
                sides.append(Side(other.seq, other.text, other.label, other.article_id,
                                  other.article_title or "(untitled)" if other.article_id != row.article.id else None,
                                  other.article_outlet))
        else:
            sides.append(Side(0, f"claim id {finding.with_claim_id}", None, 0, "another article", None))
    sides.sort(key=lambda side: (side.article_title is not None, side.seq))
    return ReportFinding(
        id=finding.id, kind=finding.kind, status=finding.status,
        headline=finding_headline(finding.kind, finding.explanation), explanation=finding.explanation,
        sides=tuple(sides), phrases=conflict_phrases(finding.kind, finding.explanation),
        decided_by=getattr(record, "decided_by", None), decided_at=getattr(record, "decided_at", None),
        decision_note=getattr(record, "note", None),
    )


def _side(row: ExportRow, article_id: int) -> Side:
    other_article = row.article.id != article_id
    return Side(row.seq, row.text, row.label, row.article.id,
                (row.article.title or "(untitled)") if other_article else None,
                row.article.outlet if other_article else None, row.note, tuple(row.sources))


_QUOTED = re.compile(r"'([^']{2,80})' ->")
_NUMBERS = re.compile(r"different numbers: (.+?) here vs (.+?) there")


def conflict_phrases(kind: str, explanation: str) -> tuple[str, ...]:
    """The words that conflict: the two time expressions, or the two sets of numbers."""
    if kind == "temporal_conflict":
        return tuple(_QUOTED.findall(explanation))
    found = _NUMBERS.search(explanation)
    if kind == "numeric_conflict" and found:
        return tuple(part.strip() for group in found.groups() for part in group.split(",") if part.strip())
    return ()


def _split_marked(text: str, phrases: Sequence[str]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, highlighted) runs around the phrases (whole words, case-insensitive)."""
    words = [p for p in phrases if p]
    if not words:
        return [(text, False)]
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)",
                         re.IGNORECASE)
    pieces: list[tuple[str, bool]] = []
    last = 0
    for found in pattern.finditer(text):
        if found.start() > last:
            pieces.append((text[last:found.start()], False))
        pieces.append((found.group(0), True))
        last = found.end()
    if last < len(text):
        pieces.append((text[last:], False))
    return pieces


# --- readable dates ------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?$")


def _parts(value: str) -> tuple[int | None, int, int | None] | None:
    found = _ISO.match(value.strip())
    if not found:
        return None
    year = None if found[1] == "XXXX" else int(found[1])
    return year, int(found[2]), int(found[3]) if found[3] else None


def readable_span(earliest: str, latest: str) -> str:
    """``2021-08-23``..``2021-08-28`` -> ``23–28 August 2021``; ``XXXX-08-23`` -> ``23 August, year not stated``.

    A whole month reads as the month (``July 2021``); values in another form are shown as they are.
    """
    first, last = _parts(earliest), _parts(latest)
    if first is None or last is None:
        return earliest if earliest == latest else f"{earliest} to {latest}"
    (y1, m1, d1), (y2, m2, d2) = first, last
    unknown = y1 is None or y2 is None
    tail = ", year not stated" if unknown else ""

    def year(y: int | None) -> str:
        return "" if y is None else f" {y}"

    month1, month2 = calendar.month_name[m1], calendar.month_name[m2]
    if d1 is None or d2 is None:
        if (y1, m1) == (y2, m2):
            return f"{month1}{year(y1)}{tail}"
        return f"{month1}{year(y1) if y1 != y2 else ''} – {month2}{year(y2)}{tail}"
    whole_month = d1 == 1 and m1 == m2 and y1 == y2 and d2 == calendar.monthrange(y1 or 2001, m1)[1]
    if whole_month:
        return f"{month1}{year(y1)}{tail}"
    if (y1, m1, d1) == (y2, m2, d2):
        return f"{d1} {month1}{year(y1)}{tail}"
    if (y1, m1) == (y2, m2):
        return f"{d1}–{d2} {month1}{year(y1)}{tail}"
    if y1 == y2:
        return f"{d1} {month1} – {d2} {month2}{year(y2)}{tail}"
    return f"{d1} {month1}{year(y1)} – {d2} {month2}{year(y2)}{tail}"


def _published(article: ArticleInfo) -> str:
    if article.published:
        return readable_span(article.published.isoformat(), article.published.isoformat())
    inferred = article.published_inferred
    if inferred and inferred.get("earliest") and inferred.get("latest"):
        return "about " + readable_span(inferred["earliest"], inferred["latest"])
    return "date unknown"


def _total_line(totals: dict[str | None, int]) -> list[tuple[str, int]]:
    return [(label, totals.get(label, 0)) for label in LABELS] + [(UNLABELED, totals.get(None, 0))]


def _where(side: Side) -> str:
    """``claim 8`` here; ``claim 3 of “Other title” (Outlet, article 7)`` elsewhere."""
    if side.article_title is None:
        return f"claim {side.seq}"
    outlet = f"{side.outlet}, " if side.outlet else ""
    return f"claim {side.seq} of “{side.article_title}” ({outlet}article {side.article_id})"


def _decision(finding: ReportFinding) -> str:
    parts = [finding.status]
    if finding.decided_by:
        parts.append(f"by {finding.decided_by}")
    if finding.decided_at:
        parts.append(f"on {finding.decided_at:%Y-%m-%d}")
    return " ".join(parts)


def _source_words(source: SourceRef) -> tuple[str, str | None, str | None, str | None]:
    """(name, url, excerpt, quote check outcome) for a linked source."""
    name = source.title or source_name(source)
    check = quote_check_outcome(source.quote_check) if source.quote_check else None
    return name, source.url, source.excerpt, check


# --- Markdown ------------------------------------------------------------------------------

# Escaped only where Markdown would act on them: `\` `` ` `` `*` `[` `]` `<` `|` always; `_` at a
# word edge and `~~`; `&` before an entity. The text never starts a line (it follows "- ", "## 1. ",
# "note: "...), so `#`, `>`, `-` and `+` are left alone: "->" and "temporal_conflict" read as written.
_MD_ALWAYS = re.compile(r"([\\`*\[\]<|])")
_MD_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)|~(?=~)|(?<=~)~")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def md(text: str | None) -> str:
    """Inline Markdown text: one line, controls stripped, every character Markdown would act on escaped."""
    return _md_escape(one_line(text))


def _md_escape(value: str) -> str:
    value = _MD_ALWAYS.sub(r"\\\1", value)
    value = _MD_UNDERSCORE.sub(lambda found: "\\" + found.group(0), value)
    return _MD_ENTITY.sub(r"\\&", value)


def _md_claim(line: ClaimLine) -> str:
    return f"[{line.seq}] {md(one_line(line.text, SNIPPET_CHARS))}"


def _md_marked(text: str, phrases: Sequence[str]) -> str:
    return "".join(f"**{_md_escape(piece)}**" if marked else _md_escape(piece)
                   for piece, marked in _split_marked(one_line(text), phrases))


def write_markdown(
    rows: Iterable[ExportRow], out: TextIO, heading: ReportHeading, lookup: FindingsLookup | None = None
) -> int:
    total = sum(heading.totals.values())
    out.write("# Review report\n\n")
    out.write(f"Generated {heading.generated:%Y-%m-%d %H:%M} UTC · {md(heading.filters)} · {total} claims\n\n")
    out.write("| verdict | claims |\n|---|---:|\n")
    for label, count in _total_line(heading.totals):
        out.write(f"| {label} | {count} |\n")
    written = 0
    for report in article_reports(rows, lookup):
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
    out.write("Verdicts: " + ", ".join(f"{label} {count}" for label, count in report.counts.items()) + "\n")
    _markdown_findings(f"Confirmed findings ({len(report.confirmed_findings)})", report.confirmed_findings, out)
    for title, claims in (("Contradictory claims", report.contradictory), ("Unverified claims", report.unverified),
                          ("Other checked claims", report.other_checked)):
        if claims or title != "Other checked claims":
            _markdown_checked(f"{title} ({len(claims)})", claims, out)
    out.write("\n### Still open\n")
    _markdown_findings(f"Open findings ({len(report.open_findings)})", report.open_findings, out, level=4)
    _markdown_list(f"Unlabelled claims ({len(report.unlabeled)})", [_md_claim(c) for c in report.unlabeled], out)
    _markdown_list(
        f"Claims without sources ({len(report.unsourced)})", [_md_claim(c) for c in report.unsourced], out
    )
    _markdown_list(
        f"Time line ({len(report.timeline)})",
        [f"{md(e.span)} · {md(e.expression)} · {_md_claim(e.claim)}" for e in report.timeline],
        out,
    )


def _markdown_findings(title: str, findings: list[ReportFinding], out: TextIO, level: int = 3) -> None:
    out.write(f"\n{'#' * level} {title}\n\n")
    if not findings:
        out.write("_none_\n")
    for finding in findings:
        out.write(f"- **{md(finding.headline)}** ({md(_decision(finding))})\n")
        for side in finding.sides:
            label = f" — labelled {side.label}" if side.label else ""
            out.write(f"  - {md(_where(side))}{label}: “{_md_marked(side.text, finding.phrases)}”\n")
            if side.note:
                out.write(f"    - note: {md(side.note)}\n")
            for source in side.sources:
                out.write(f"    - {_md_source(source)}\n")
        if finding.decision_note:
            out.write(f"  - editor's note: {md(finding.decision_note)}\n")
        out.write(f"  - how it was found: {md(finding_derivation(finding.explanation))}\n")


def _markdown_checked(title: str, claims: list[CheckedClaim], out: TextIO) -> None:
    out.write(f"\n### {title}\n\n")
    if not claims:
        out.write("_none_\n")
    for claim in claims:
        label = f" ({claim.label})" if claim.label and title.startswith("Other") else ""
        out.write(f"- [{claim.line.seq}] {md(one_line(claim.line.text))}{label}\n")
        if claim.note:
            out.write(f"  - note: {md(claim.note)}\n")
        for source in claim.sources:
            out.write(f"  - {_md_source(source)}\n")


def _md_source(source: SourceRef) -> str:
    name, url, excerpt, check = _source_words(source)
    text = f"{source.stance}: {md(name)}"
    if url and url != name:
        text += f" ({md(url)})"
    if excerpt:
        text += f" — “{md(excerpt)}”"
    if check:
        text += f" — quote check: {md(check)}"
    return text


def _markdown_list(title: str, items: list[str], out: TextIO) -> None:
    out.write(f"\n#### {title}\n\n" if not title.startswith("Time line") else f"\n### {title}\n\n")
    if not items:
        out.write("_none_\n")
    for item in items:
        out.write(f"- {item}\n")


# --- HTML ----------------------------------------------------------------------------------

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-top:1px solid #ccc;padding-top:1rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}h4{font-size:.95rem;margin:.9rem 0 .2rem;color:#444}
ul{margin:.2rem 0;padding-left:1.3rem}.meta{color:#555}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.15rem .6rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.seq{color:#555;font-variant-numeric:tabular-nums}
.none{color:#777;font-style:italic}.verdicts{display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
.finding{border:1px solid #ddd;border-left:4px solid #b00020;border-radius:4px;padding:.5rem .8rem;margin:.6rem 0}
.finding.open{border-left-color:#d98200}.headline{font-weight:600;margin:0 0 .4rem}
.badge{font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em;padding:.05rem .35rem;
border-radius:3px;background:#b00020;color:#fff;margin-right:.4rem}.open .badge{background:#d98200}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.pair blockquote{margin:0;padding:.3rem .6rem;background:#f6f6f8;border-radius:3px}
.pair ul{font-size:.9rem;padding-left:1.1rem}
.pair cite{display:block;font-style:normal;font-size:.85rem;color:#555;margin-bottom:.2rem}
mark{background:#ffe08a;padding:0 .1rem}.note{color:#333}.note b{font-weight:600}
details{font-size:.85rem;color:#555;margin-top:.3rem}
.stance{font-weight:600}.supports{color:#1a7f37}.refutes{color:#b00020}.context{color:#0969da}
.check{font-size:.85rem;color:#444}
@media (max-width:40rem){.pair{grid-template-columns:1fr}}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}
h2{break-before:auto;break-after:avoid}h3,h4{break-after:avoid}.finding,li{break-inside:avoid}
details{display:none}}
"""
_BAR_COLOURS = {"attributed": "#1a7f37", "reported": "#0969da", "unverified": "#d98200",
                "contradictory": "#b00020", UNLABELED: "#aaaaaa"}


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
    return f'<span class="seq">[{line.seq}]</span> {h(one_line(line.text, SNIPPET_CHARS))}'


def _html_marked(text: str, phrases: Sequence[str]) -> str:
    return "".join(f"<mark>{html.escape(piece)}</mark>" if marked else html.escape(piece)
                   for piece, marked in _split_marked(one_line(text), phrases))


def verdict_chart(counts: dict[str, int]) -> str:
    """A small horizontal bar chart of claims by label, as inline SVG (no script, no external file)."""
    most = max(counts.values(), default=0) or 1
    bar_width, row = 160, 18
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{bar_width + 150}" height="{row * len(counts)}" '
             f'role="img" aria-label="claims by verdict">']
    for index, (label, count) in enumerate(counts.items()):
        y = index * row
        width = round(bar_width * count / most)
        parts.append(f'<text x="0" y="{y + 13}" font-size="12" fill="#333">{h(label)}</text>')
        parts.append(f'<rect x="100" y="{y + 3}" width="{max(width, 1) if count else 0}" height="12" '
                     f'fill="{_BAR_COLOURS.get(label, "#888")}"/>')
        parts.append(f'<text x="{104 + width}" y="{y + 13}" font-size="12" fill="#333">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def write_html(
    rows: Iterable[ExportRow], out: TextIO, heading: ReportHeading, lookup: FindingsLookup | None = None
) -> int:
    total = sum(heading.totals.values())
    out.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    out.write('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    out.write(f"<title>Review report</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n")
    out.write("<h1>Review report</h1>\n")
    out.write(
        f'<p class="meta">Generated {heading.generated:%Y-%m-%d %H:%M} UTC · {h(heading.filters)} · '
        f"{total} claims</p>\n"
    )
    totals = dict(_total_line(heading.totals))
    out.write('<div class="verdicts"><table><tr><th>verdict</th><th>claims</th></tr>\n')
    for label, count in totals.items():
        out.write(f'<tr><td>{label}</td><td class="n">{count}</td></tr>\n')
    out.write(f"</table>{verdict_chart(totals)}</div>\n")
    written = 0
    for report in article_reports(rows, lookup):
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
    out.write('<p class="meta">' + " · ".join(fact for fact in facts if fact) + "</p>\n")
    out.write(f'<div class="verdicts">{verdict_chart(report.counts)}</div>\n')
    _html_findings(f"Confirmed findings ({len(report.confirmed_findings)})", report.confirmed_findings, out)
    for title, claims in (("Contradictory claims", report.contradictory), ("Unverified claims", report.unverified),
                          ("Other checked claims", report.other_checked)):
        if claims or title != "Other checked claims":
            _html_checked(f"{title} ({len(claims)})", claims, out)
    out.write("<h3>Still open</h3>\n")
    _html_findings(f"Open findings ({len(report.open_findings)})", report.open_findings, out, tag="h4")
    _html_list(f"Unlabelled claims ({len(report.unlabeled)})", [_html_claim(c) for c in report.unlabeled], out)
    _html_list(f"Claims without sources ({len(report.unsourced)})", [_html_claim(c) for c in report.unsourced], out)
    _html_list(
        f"Time line ({len(report.timeline)})",
        [f"{h(e.span)} · {h(e.expression)} · {_html_claim(e.claim)}" for e in report.timeline],
        out, tag="h3",
    )
    out.write("</section>\n")


def _html_findings(title: str, findings: list[ReportFinding], out: TextIO, tag: str = "h3") -> None:
    out.write(f"<{tag}>{title}</{tag}>\n")
    if not findings:
        out.write('<p class="none">none</p>\n')
        return
    for finding in findings:
        out.write(f'<div class="finding {h(finding.status)}">\n')
        out.write(f'<p class="headline"><span class="badge">{h(finding.status)}</span>{h(finding.headline)}</p>\n')
        out.write('<div class="pair">\n')
        for side in finding.sides:
            label = f" · labelled {h(side.label)}" if side.label else ""
            out.write(f"<blockquote><cite>{h(_where(side))}{label}</cite>{_html_marked(side.text, finding.phrases)}")
            if side.note:
                out.write(f'<p class="note"><b>Note:</b> {h(side.note)}</p>')
            if side.sources:
                out.write("<ul>" + "".join(f"<li>{_html_source(source)}</li>" for source in side.sources) + "</ul>")
            out.write("</blockquote>\n")
        out.write("</div>\n")
        out.write(f'<p class="meta">{h(_decision(finding))}')
        if finding.decision_note:
            out.write(f" — {h(finding.decision_note)}")
        out.write("</p>\n")
        out.write(f"<details><summary>How it was found</summary>{h(finding_derivation(finding.explanation))}"
                  "</details>\n</div>\n")


def _html_checked(title: str, claims: list[CheckedClaim], out: TextIO) -> None:
    out.write(f"<h3>{title}</h3>\n")
    if not claims:
        out.write('<p class="none">none</p>\n')
        return
    out.write("<ul>\n")
    for claim in claims:
        label = f" ({h(claim.label)})" if claim.label and title.startswith("Other") else ""
        out.write(f'<li><span class="seq">[{claim.line.seq}]</span> {h(claim.line.text)}{label}')
        if claim.note:
            out.write(f'<br><span class="note"><b>Note:</b> {h(claim.note)}</span>')
        if claim.sources:
            out.write("<ul>" + "".join(f"<li>{_html_source(source)}</li>" for source in claim.sources) + "</ul>")
        out.write("</li>\n")
    out.write("</ul>\n")


def _html_source(source: SourceRef) -> str:
    name, url, excerpt, check = _source_words(source)
    text = f'<span class="stance {h(source.stance)}">{h(source.stance)}</span> {h(name)}'
    if url and url != name:
        text += f" · {_html_link(url)}"
    if excerpt:
        text += f"<br>“{h(excerpt)}”"
    if check:
        text += f'<br><span class="check">quote check: {h(check)}</span>'
    return text


def _html_list(title: str, items: list[str], out: TextIO, tag: str = "h4") -> None:
    out.write(f"<{tag}>{title}</{tag}>\n")
    if not items:
        out.write('<p class="none">none</p>\n')
        return
    out.write("<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>\n")
