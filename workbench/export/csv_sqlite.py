"""CSV lines worded by SQLite itself: the fast path for CSV exports from a SQLite database.

The general path builds an ``ExportRow`` per claim and hands its cells to ``csv.writer``,
which alone costs more than the whole ``sqlite3 -csv`` shell. Here one query a page has
SQLite word every cell (JSON lists, findings, source names, ISO timestamps) and join the
cells of a claim (declared in ``export.columns``) with ``printf`` into one string, ``UNIT``-separated. Python then looks
at the page as one string: when no cell needs quoting, a formula apostrophe or cleaning
(the usual case) a few scans of that string and two ``str.replace`` calls make it CSV. Otherwise each line
is finished cell by cell, and a claim whose line holds a control character (which
``strip_controls`` would remove) or SQLite's ``MARK`` for what it cannot word exactly
(a quote check, a timestamp in an unexpected form) is exported as an ``ExportRow``
through the general path. Either way the bytes are the general path's.

Assumes JSON in the shapes ``Attribution.to_json`` and ``TimeExpression.to_json`` write
(strings or null). printf stops at a NUL character, so a database holding one in any text
a cell shows is exported the general way (``sqlite_can_word``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, String, func, literal, literal_column, select, tuple_

from workbench.analysis.sanitize import strip_controls
from workbench.export.columns import COLUMNS, CSV_COLUMNS
from workbench.export.csv_export import _FORMULA_FIRST, CsvLines
from workbench.export.rows import ExportFilters, ExportRow, claim_conditions, rows_for_claims
from workbench.store.models import Article, Claim

PAGE_SIZE = 5000
UNIT = "\x1f"  # between the cells of a line: a control character, so never left in clean text
SEPARATORS = len(COLUMNS) - 1
_LINE_FORMAT = UNIT.join(["%s"] * len(COLUMNS))

# One SQL expression per column, over ``claims`` joined to ``articles``, from the column's own
# declaration (``export.columns``); each words its cell as the general path does, before
# neutralising and quoting.
_CELL_SQL = tuple(column.sql for column in CSV_COLUMNS)
# Cells the general path passes through text_cell (neutralised, cleaned); ids, dates and the label are not.
_TEXT_CELLS = tuple(i for i, column in enumerate(CSV_COLUMNS) if column.text)
_FORMULA_AFTER_UNIT = re.compile(f"{UNIT}[{re.escape(''.join(sorted(_FORMULA_FIRST)))}]")
# Printable ASCII, tab and newline: an ASCII line made only of these holds nothing strip_controls removes.
_PLAIN_ASCII = bytes([9, 10, *range(0x20, 0x7F)])


# Where a NUL could reach a cell: as a character in text, as the escape \u0000 in JSON.
_HOLDS_NUL = {
    "claims": ("text", "suggested_label", "suggestion_reason", "reviewer", "labeled_at", "note",
               "attribution", "time_expressions", "adjudicated_by"),
    "articles": ("title", "url", "outlet", "published"),
    "sources": ("title", "url"),
    "findings": ("kind", "explanation"),
    "judgements": ("reviewer", "label"),
    "comments": ("author", "at", "text"),
}
_JSON_COLUMNS = frozenset({"attribution", "time_expressions"})


def sqlite_can_word(connection: Connection) -> bool:
    """True on SQLite when no text a cell shows holds a NUL (a scan costing ~8% of the export)."""
    if connection.dialect.name != "sqlite":
        return False
    tests = []
    for table, columns in _HOLDS_NUL.items():
        found = " OR ".join(
            f"instr({column}, '\\u0000')" if column in _JSON_COLUMNS else f"instr({column}, char(0))"
            for column in columns
        )
        tests.append(f"EXISTS (SELECT 1 FROM {table} WHERE {found})")
    return not connection.exec_driver_sql("SELECT " + " OR ".join(tests)).scalar()


def iter_csv_pages(
    connection: Connection,
    filters: ExportFilters,
    progress: Callable[[int], None] | None = None,
    page_size: int = PAGE_SIZE,
) -> Iterator[CsvLines | ExportRow]:
    """Every matching claim in reading order, as runs of CSV lines and the odd ``ExportRow``.

    ``progress(done)`` is called after each page.
    """
    line = func.printf(literal(_LINE_FORMAT, String), *(literal_column(sql) for sql in _CELL_SQL))
    query = (
        select(line, Claim.article_id, Claim.seq, Claim.id)
        .join(Article, Article.id == Claim.article_id)
        .where(*claim_conditions(filters))
        .order_by(Claim.article_id, Claim.seq)
        .limit(page_size)
    )
    key = tuple_(Claim.article_id, Claim.seq)
    after: tuple[int, int] | None = None
    done = 0
    while True:
        page = connection.execute(query if after is None else query.where(key > tuple_(*after))).all()
        if not page:
            return
        yield from _page_output(connection, page)
        done += len(page)
        if progress is not None:
            progress(done)
        if len(page) < page_size:
            return
        after = (page[-1][1], page[-1][2])


def _page_output(connection: Connection, page: Sequence[Any]) -> Iterator[CsvLines | ExportRow]:
    lines = [raw[0] for raw in page]
    text = "\n".join(lines)
    csv_text = text.replace(UNIT, ",")
    clean = _is_clean(csv_text)  # a UNIT inside a cell is caught by the counts below
    formulas = _FORMULA_AFTER_UNIT.search(text) is not None
    if clean and not formulas and _needs_no_quotes(text, len(lines)):
        yield CsvLines(csv_text.replace("\n", "\r\n") + "\r\n", len(lines))  # the usual page
        return
    finished = [_finished_line(line, clean, formulas) for line in lines]
    unworded = [raw[3] for raw, done in zip(page, finished) if done is None]
    fallback = iter(rows_for_claims(connection, unworded) if unworded else ())
    run: list[str] = []
    for done in finished:
        if done is not None:
            run.append(done)
            continue
        if run:
            yield CsvLines("\r\n".join(run) + "\r\n", len(run))
            run = []
        yield next(fallback)
    if run:
        yield CsvLines("\r\n".join(run) + "\r\n", len(run))


def _needs_no_quotes(text: str, count: int) -> bool:
    """No cell of these ``count`` newline-joined lines holds a UNIT, newline, comma or quote."""
    return (
        text.count(UNIT) == SEPARATORS * count
        and text.count("\n") == count - 1
        and '"' not in text
        and "," not in text
    )


def _finished_line(line: str, page_is_clean: bool, page_has_formulas: bool) -> str | None:
    """One line neutralised and quoted as csv.writer would; None when Python must word it."""
    cells = line.split(UNIT)
    if len(cells) != len(COLUMNS) or not (page_is_clean or _is_clean("".join(cells))):
        return None  # a UNIT inside a cell, a control character, or the MARK
    if page_has_formulas:
        for i in _TEXT_CELLS:
            if cells[i][:1] in _FORMULA_FIRST:
                cells[i] = "'" + cells[i]
    if '"' in line or "," in line or "\n" in line:
        # csv.writer's minimal quoting (a carriage return is a control character: never here)
        cells = ['"' + c.replace('"', '""') + '"' if '"' in c or "," in c or "\n" in c else c for c in cells]
    return ",".join(cells)


def _is_clean(text: str) -> bool:
    """True when strip_controls would leave ``text`` as it is."""
    if text.isascii():  # the quick test: only printable ASCII, tab and newline
        return not text.encode("ascii").translate(None, _PLAIN_ASCII)
    return strip_controls(text) == text
