"""CSV: one row per claim, RFC 4180 (CRLF, quotes doubled), UTF-8, columns fixed in order.

Spreadsheets evaluate a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some
treat a leading tab or carriage return the same way), so such cells get a leading
apostrophe: ``=HYPERLINK(...)`` arrives as text, never as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from workbench.export.columns import (
    COLUMNS,
    FORMULA_FIRST,
    FORMULA_STARTS,
    article_cells,
    claim_cells,
    text_cell,
)
from workbench.export.rows import ArticleInfo, ExportRow

# The columns, their order and their wording are declared once in ``export.columns``.
_FORMULA_FIRST = FORMULA_FIRST
BOM = "\ufeff"
WRITE_BATCH = 500

__all__ = ["COLUMNS", "FORMULA_STARTS", "CsvLines", "article_cells", "claim_cells", "csv_cells", "neutralise",
           "write_csv"]


@dataclass(frozen=True, slots=True)
class CsvLines:
    """``count`` claims already written out as CSV lines (CRLF-terminated), by ``csv_sqlite``."""

    text: str
    count: int


def neutralise(cell: str) -> str:
    """Text a spreadsheet shows as typed: a leading apostrophe before formula starts."""
    return "'" + cell if cell[:1] in _FORMULA_FIRST else cell


_text = text_cell


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
