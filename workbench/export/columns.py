"""The CSV column contract, one declaration per column.

Each ``CsvColumn`` says, once, what its cell holds: its name, how Python words it from an
``ExportRow`` (or the row's ``ArticleInfo``), how SQLite words the same cell over ``claims``
joined to ``articles`` (the fast path in ``csv_sqlite``), and whether it is text (cleaned of
control characters and given a formula apostrophe) or a bare value (ids, dates, the label).
``csv_export`` derives the header and the general writer's cells from this table, and
``csv_sqlite`` its SQL and the cells it neutralises, so the two paths cannot drift apart.

New columns go at the end (the column order is a contract scripts rely on).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from workbench.analysis.sanitize import strip_controls
from workbench.export.cells import CHAIN_SEPARATOR, findings_text, quote_checks_text, sources_text, times_text
from workbench.export.rows import ExportRow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST = frozenset(FORMULA_STARTS)
MARK = "\x01"  # in SQL wording: "this claim's cell must be worded in Python" (a control character)

# The shapes SQLAlchemy's Date and DateTime store on SQLite (YYYY-MM-DD, YYYY-MM-DD HH:MM:SS.ffffff),
# told apart by length and separators: cheaper than GLOB, and other forms are MARKed.
_STORED_DATE = "length({0}) = 10 AND substr({0}, 5, 1) = '-' AND substr({0}, 8, 1) = '-'"
_STORED_DATETIME = "length({0}) = 26 AND substr({0}, 11, 1) = ' ' AND substr({0}, 20, 1) = '.'"


def text_cell(value: str | None) -> str:
    """A text cell: empty for nothing, control characters removed, a formula start neutralised."""
    if not value:
        return ""
    if not value.isprintable():  # fast path: printable text holds no controls or escapes
        value = strip_controls(value)
    return "'" + value if value[:1] in FORMULA_FIRST else value


def iso_cell(value: date | datetime | None) -> str:
    return value.isoformat() if value else ""


@dataclass(frozen=True, slots=True)
class CsvColumn:
    """One CSV column: ``value`` words it in Python, ``sql`` in SQLite (NULL for an empty cell).

    ``value`` is an attribute name of the subject or a function of it. ``of`` is ``article``
    (the subject is the ``ArticleInfo``, worded once per article) or ``claim`` (the
    ``ExportRow``). A ``text`` column's value passes through ``text_cell``; any other column's
    value is written as it is (None as an empty cell).
    """

    name: str
    of: str
    value: str | Callable[[Any], str | int | None]
    sql: str
    text: bool = True
    when: str | None = None  # an attribute of the subject: the cell is empty unless it is truthy

    def cell(self, subject: Any) -> str | int:
        if self.when is not None and not getattr(subject, self.when):
            return ""
        value = getattr(subject, self.value) if isinstance(self.value, str) else self.value(subject)
        if self.text:
            return text_cell(value)  # type: ignore[arg-type]
        return "" if value is None else value


def cells_function(columns: tuple[CsvColumn, ...]) -> Callable[[Any], list[str | int]]:
    """One function wording all ``columns`` of a subject, as ``[column.cell(s) for column in columns]``
    would, compiled from the declarations: it runs once per claim on million-row exports, where
    a call per cell costs half the export. Empty text cells skip ``text_cell``."""
    names: dict[str, Any] = {"_text": text_cell}
    parts = []
    for i, column in enumerate(columns):
        if isinstance(column.value, str):
            if not column.value.isidentifier():
                raise ValueError(f"column {column.name}: {column.value!r} is not an attribute name")
            read = f"s.{column.value}"
        else:
            names[f"_f{i}"] = column.value
            read = f"_f{i}(s)"
        part = f"(_text(v) if (v := {read}) else '')" if column.text else f"('' if (v := {read}) is None else v)"
        if column.when is not None:  # most claims have no lists: skip the call
            if not column.when.isidentifier():
                raise ValueError(f"column {column.name}: {column.when!r} is not an attribute name")
            part = f"({part} if s.{column.when} else '')"
        parts.append(part)
    source = "def cells(s):\n    return [" + ", ".join(parts) + "]\n"
    exec(compile(source, f"<csv cells: {', '.join(c.name for c in columns)}>", "exec"), names)  # noqa: S102
    return names["cells"]  # type: ignore[no-any-return]


def _iso_datetime_sql(column: str) -> str:
    """``datetime.isoformat()`` of a stored timestamp: a T between date and time, no zero fraction."""
    return f"""CASE WHEN {column} IS NULL THEN NULL
      WHEN {_STORED_DATETIME.format(column)} THEN
        substr({column}, 1, 10) || 'T' || substr({column}, 12, 8)
        || CASE WHEN substr({column}, 20) = '.000000' THEN '' ELSE substr({column}, 20) END
      ELSE '{MARK}' END"""


def judgements_text(judgements: list[tuple[str, str, str | None]]) -> str:
    """``ana: attributed; ben: reported`` — each reviewer's label, by reviewer name."""
    return "; ".join(f"{reviewer}: {label}" for reviewer, label, _ in judgements)


def comments_text(comments: list[tuple[str, datetime, str]]) -> str:
    """``ben (2021-08-20T09:30:00): which source? | ana (...): the ministry's`` — oldest first."""
    return " | ".join(f"{author} ({at.isoformat()}): {text}" for author, at, text in comments)


def agreement_text(judgements: list[tuple[str, str, str | None]]) -> str | None:
    """``2/3``: reviewers giving the most common label / reviewers who labelled; none below two."""
    if len(judgements) < 2:
        return None
    labels = [label for _, label, _ in judgements]
    return f"{max(labels.count(label) for label in set(labels))}/{len(labels)}"


def _attribution(row: ExportRow, name: str) -> str | None:
    return getattr(row.attribution, name) if row.attribution else None


CSV_COLUMNS: tuple[CsvColumn, ...] = (
    CsvColumn("article_id", "article", "id", "articles.id", text=False),
    CsvColumn("article_title", "article", "title", "articles.title"),
    CsvColumn("article_url", "article", "url", "articles.url"),
    CsvColumn("outlet", "article", "outlet", "articles.outlet"),
    CsvColumn(
        "published", "article", lambda a: iso_cell(a.published),
        f"""CASE WHEN articles.published IS NULL OR {_STORED_DATE.format("articles.published")}
      THEN articles.published ELSE '{MARK}' END""",
        text=False,
    ),
    CsvColumn("claim_id", "claim", "claim_id", "claims.id", text=False),
    CsvColumn("seq", "claim", "seq", "claims.seq", text=False),
    CsvColumn("claim_text", "claim", "text", "claims.text"),
    CsvColumn("suggested_label", "claim", "suggested_label", "claims.suggested_label"),
    CsvColumn("suggestion_reason", "claim", "suggestion_reason", "claims.suggestion_reason"),
    # The schema allows only the four label names: no cleaning needed.
    CsvColumn("label", "claim", "label", "claims.label", text=False),
    CsvColumn("reviewer", "claim", "reviewer", "claims.reviewer"),
    CsvColumn("labeled_at", "claim", lambda r: iso_cell(r.labeled_at), _iso_datetime_sql("claims.labeled_at"),
              text=False, when="labeled_at"),
    CsvColumn("attribution_source", "claim", lambda r: _attribution(r, "source"),
              "json_extract(nullif(claims.attribution, ''), '$.source')", when="attribution"),
    CsvColumn("attribution_cue", "claim", lambda r: _attribution(r, "cue"),
              "json_extract(nullif(claims.attribution, ''), '$.cue')", when="attribution"),
    CsvColumn(
        "attribution_chain", "claim",
        lambda r: CHAIN_SEPARATOR.join(r.attribution.chain) if r.attribution and r.attribution.chain else None,
        """CASE WHEN json_array_length(nullif(claims.attribution, ''), '$.chain') > 0 THEN
      (SELECT group_concat(value, ' > ') FROM json_each(claims.attribution, '$.chain')) END""",
        when="attribution",
    ),
    CsvColumn(
        "time_expressions", "claim", lambda r: times_text(r.times) if r.times else None,
        # TimeExpression.describe()
        """CASE WHEN json_array_length(nullif(claims.time_expressions, '')) > 0 THEN
      (SELECT group_concat(value ->> '$.text' || ' = ' || CASE
          WHEN coalesce(value ->> '$.earliest', '') <> '' AND coalesce(value ->> '$.latest', '') <> '' THEN
            CASE WHEN value ->> '$.earliest' = value ->> '$.latest' THEN value ->> '$.earliest'
                 ELSE value ->> '$.earliest' || '..' || (value ->> '$.latest') END
          WHEN coalesce(value ->> '$.relative', '') <> '' THEN value ->> '$.relative'
          ELSE 'unresolved' END, '; ')
        FROM json_each(claims.time_expressions)) END""",
        when="times",
    ),
    CsvColumn(
        "findings", "claim", lambda r: findings_text(r.findings) if r.findings else None,
        # cells.finding_text(), seen from this claim, in finding order
        """CASE WHEN EXISTS (SELECT 1 FROM findings WHERE findings.claim_id = claims.id)
      OR EXISTS (SELECT 1 FROM findings WHERE findings.other_claim_id = claims.id) THEN
      (SELECT group_concat(entry, ' | ') FROM (
        SELECT findings.kind
          || CASE WHEN findings.claim_id = claims.id THEN coalesce(' with claim ' || findings.other_claim_id, '')
                  ELSE ' with claim ' || findings.claim_id END
          || CASE WHEN findings.status = 'open' THEN '' ELSE ' (' || findings.status || ')' END
          || ': ' || replace(findings.explanation, char(10), ' — ') AS entry
        FROM findings WHERE findings.claim_id = claims.id OR findings.other_claim_id = claims.id
        ORDER BY findings.id)) END""",
        when="findings",
    ),
    CsvColumn(
        "sources", "claim", lambda r: sources_text(r.sources) if r.sources else None,
        # Linked sources (title, URL, stance, excerpt, quote check) are worded in Python only
        # (cells.sources_text): a claim with a link is MARKed. Few claims have links.
        f"""CASE WHEN EXISTS (SELECT 1 FROM claim_sources WHERE claim_sources.claim_id = claims.id)
      THEN '{MARK}' END""",
        when="sources",
    ),
    CsvColumn(
        "quote_check", "claim", lambda r: quote_checks_text(r.sources) if r.sources else None,
        "NULL",  # a claim with any link is MARKed in its sources cell
        when="sources",
    ),
    CsvColumn("note", "claim", "note", "claims.note"),
    # --- the desk (issue 14): appended, the columns above keep their places ---
    CsvColumn("status", "claim", "status", "claims.status", text=False),  # one of CLAIM_STATUSES
    CsvColumn(
        "judgements", "claim", lambda r: judgements_text(r.judgements) if r.judgements else None,
        """(SELECT group_concat(entry, '; ') FROM (
        SELECT judgements.reviewer || ': ' || judgements.label AS entry FROM judgements
        WHERE judgements.claim_id = claims.id AND judgements.label IS NOT NULL
        ORDER BY judgements.reviewer))""",
        when="judgements",
    ),
    CsvColumn(
        "agreement", "claim", lambda r: agreement_text(r.judgements),
        """(SELECT CASE WHEN sum(n) >= 2 THEN max(n) || '/' || sum(n) END FROM (
        SELECT count(*) AS n FROM judgements
        WHERE judgements.claim_id = claims.id AND judgements.label IS NOT NULL GROUP BY judgements.label))""",
        text=False, when="judgements",
    ),
    CsvColumn("adjudicated_by", "claim", "adjudicated_by", "claims.adjudicated_by"),
    CsvColumn(
        "comments", "claim", lambda r: comments_text(r.comments) if r.comments else None,
        f"""CASE WHEN EXISTS (SELECT 1 FROM comments WHERE comments.claim_id = claims.id) THEN
      (SELECT group_concat(entry, ' | ') FROM (
        SELECT comments.author || ' (' || {_iso_datetime_sql("comments.at")} || '): ' || comments.text AS entry
        FROM comments WHERE comments.claim_id = claims.id ORDER BY comments.id)) END""",
        when="comments",
    ),
)

COLUMNS: tuple[str, ...] = tuple(column.name for column in CSV_COLUMNS)
ARTICLE_COLUMNS = tuple(column for column in CSV_COLUMNS if column.of == "article")
CLAIM_COLUMNS = tuple(column for column in CSV_COLUMNS if column.of == "claim")
# The article's cells come first, then the claim's: write_csv words an article's cells once.
assert CSV_COLUMNS == ARTICLE_COLUMNS + CLAIM_COLUMNS


article_cells = cells_function(ARTICLE_COLUMNS)
claim_cells = cells_function(CLAIM_COLUMNS)
