"""CSV: one row per claim, RFC 4180 (CRLF, quotes doubled), UTF-8, columns fixed in order.

Spreadsheets evaluate a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some
treat a leading tab or carriage return the same way), so such cells get a leading
apostrophe: ``=HYPERLINK(...)`` arrives as text, never as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TextIO

from workbench.analysis.sanitize import strip_controls
from workbench.export.cells import CHAIN_SEPARATOR, findings_text, quote_checks_text, sources_text, times_text
from workbench.export.rows import ArticleInfo, ExportRow

COLUMNS = (
    "article_id", "article_title", "article_url", "outlet", "published",
    "claim_id", "seq", "claim_text", "suggested_label", "suggestion_reason",
    "label", "reviewer", "labeled_at",
    "attribution_source", "attribution_cue", "attribution_chain",
    "time_expressions", "findings", "sources", "quote_check", "note",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
BOM = "\ufeff"
WRITE_BATCH = 500


@dataclass(frozen=True, slots=True)
class CsvLines:
    """``count`` claims already written out as CSV lines (CRLF-terminated), by ``csv_sqlite``."""

    text: str
    count: int


def neutralise(cell: str) -> str:
    """Text a spreadsheet shows as typed: a leading apostrophe before formula starts."""
    return "'" + cell if cell[:1] in _FORMULA_FIRST else cell


def _text(value: str | None) -> str:
    if not value:
        return ""
    if not value.isprintable():  # fast path: printable text holds no controls or escapes
        value = strip_controls(value)
    return "'" + value if value[:1] in _FORMULA_FIRST else value


def _when(value: date | datetime | None) -> str:
    return value.isoformat() if value else ""


def article_cells(article: ArticleInfo) -> list[str | int]:
    return [article.id, _text(article.title), _text(article.url), _text(article.outlet), _when(article.published)]


def claim_cells(row: ExportRow) -> list[str | int]:
    # Called once per claim on million-row exports: empty cells skip the call to _text.
    attribution = row.attribution
    return [
        row.claim_id,
        row.seq,
        _text(row.text),
        _text(row.suggested_label) if row.suggested_label else "",
        _text(row.suggestion_reason) if row.suggestion_reason else "",
        row.label or "",  # the schema allows only the four label names
        _text(row.reviewer) if row.reviewer else "",
        row.labeled_at.isoformat() if row.labeled_at else "",
        _text(attribution.source) if attribution and attribution.source else "",
        _text(attribution.cue) if attribution and attribution.cue else "",
        _text(CHAIN_SEPARATOR.join(attribution.chain)) if attribution and attribution.chain else "",
        _text(times_text(row.times)) if row.times else "",
        _text(findings_text(row.findings)) if row.findings else "",
        _text(sources_text(row.sources)) if row.sources else "",
        _text(quote_checks_text(row.sources)) if row.sources else "",
        _text(row.note) if row.note else "",
    ]


def csv_cells(row: ExportRow) -> list[str | int]:
    return article_cells(row.article) + claim_cells(row)


def write_csv(rows: Iterable[ExportRow | CsvLines], out: TextIO, excel: bool = False) -> int:
    """Write the header and one line per row; ``out`` must be opened with ``newline=""``.

    ``rows`` may mix in runs of lines SQLite has already formatted; they are written as they are.
    """
    if excel:
        out.write(BOM)  # Excel reads UTF-8 without mangling only when the file starts with a BOM
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    written = 0
    article: ArticleInfo | None = None
    leading: list[str | int] = []
    batch: list[list[str | int]] = []
    for row in rows:
        if isinstance(row, CsvLines):
            writer.writerows(batch)
            written += len(batch) + row.count
            batch.clear()
            out.write(row.text)
            continue
        if row.article is not article:  # rows come article by article: its cells once
            article = row.article
            leading = article_cells(article)
        batch.append(leading + claim_cells(row))
        if len(batch) == WRITE_BATCH:
            writer.writerows(batch)
            written += len(batch)
            batch.clear()
    writer.writerows(batch)
    return written + len(batch)
