"""The rows every export writes: one plain dataclass per claim, streamed in pages.

Claims come in reading order (article, then seq), paged by keyset on
``(article_id, seq)`` so memory stays flat whatever the corpus size. For each page,
findings and source links are fetched with one query each for the whole page, never
one query per claim. The whole export reads inside a single read transaction, so it
sees one consistent snapshot even while colleagues keep labelling.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Connection, Select, String, and_, func, or_, select, tuple_, type_coerce
from sqlalchemy.orm import Session

from workbench.analysis.model import LABELS, Attribution, TimeExpression
from workbench.store.models import Article, Claim, ClaimSource, Comment, FindingRow, Judgement, Source
from workbench.store.queries import FLAGGED, UNLABELED, live_finding_exists

PAGE_SIZE = 2000
LABEL_FILTERS = (*LABELS, UNLABELED, FLAGGED)


@dataclass(frozen=True, slots=True)
class ExportFilters:
    """Which claims an export carries; every field narrows, empty means everything.

    ``labels`` may hold labels, ``unlabeled`` and ``flagged`` (an open or confirmed finding), any of
    which qualifies. ``reviewed`` True keeps labelled claims, False unlabelled ones.
    ``since`` keeps claims labelled on or after that day or whose article was ingested
    on or after it: what is new or changed since the last export.
    """

    article_ids: tuple[int, ...] = ()
    labels: tuple[str, ...] = ()
    reviewed: bool | None = None
    since: date | None = None
    claim_ids: tuple[int, ...] = ()  # e.g. the review screen's search results

    def __post_init__(self) -> None:
        unknown = [label for label in self.labels if label not in LABEL_FILTERS]
        if unknown:
            raise ValueError(f"unknown label filter {unknown[0]!r}; use one of {', '.join(LABEL_FILTERS)}")

    def describe(self) -> str:
        """One line for report headers: ``articles 1, 4; label unlabeled; since 2021-08-01``."""
        parts = []
        if self.article_ids:
            parts.append("articles " + ", ".join(str(i) for i in self.article_ids))
        if self.labels:
            parts.append("label " + " or ".join(self.labels))
        if self.reviewed is not None:
            parts.append("reviewed" if self.reviewed else "unreviewed")
        if self.since:
            parts.append(f"labelled or ingested since {self.since.isoformat()}")
        if self.claim_ids:
            parts.append(f"{len(self.claim_ids)} chosen claims")
        return "; ".join(parts) or "all claims"


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    id: int
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    published_inferred: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class FindingRef:
    """A finding seen from one claim: ``with_claim_id`` is the claim on the other side."""

    id: int
    kind: str
    with_claim_id: int | None
    explanation: str
    status: str


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A linked source, or another stored article (then ``source_id`` is None)."""

    source_id: int | None
    article_id: int | None
    url: str | None
    title: str | None
    stance: str
    excerpt: str | None
    quote_check: dict[str, Any] | None


@dataclass(slots=True)
class ExportRow:
    article: ArticleInfo
    claim_id: int
    seq: int
    text: str
    start: int
    end: int
    suggested_label: str | None
    suggestion_reason: str | None
    label: str | None
    reviewer: str | None
    labeled_at: datetime | None
    note: str | None
    attribution: Attribution | None
    times: list[TimeExpression]
    findings: list[FindingRef] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    # The desk (issue 14): review status, who adjudicated the final label, and every
    # reviewer's labelled judgement as (reviewer, label, note), by reviewer name.
    status: str = "unreviewed"
    adjudicated_by: str | None = None
    judgements: list[tuple[str, str, str | None]] = field(default_factory=list)
    comments: list[tuple[str, datetime, str]] = field(default_factory=list)  # (author, at, text), oldest first


# JSON and timestamps arrive as stored text on SQLite and are decoded here, only when
# there is something to decode: most claims have no times and no attribution, and
# SQLAlchemy's per-value processors were a third of the export time.
_CLAIM_COLUMNS = (
    Claim.article_id, Claim.seq, Claim.id, Claim.text, Claim.start, Claim.end,
    Claim.suggested_label, Claim.suggestion_reason, Claim.label, Claim.reviewer,
    type_coerce(Claim.labeled_at, String), Claim.note,
    type_coerce(Claim.attribution, String), type_coerce(Claim.time_expressions, String),
    Claim.status, Claim.adjudicated_by,
)
_EMPTY_JSON = frozenset({None, "", "null", "[]", "{}"})
# The C scanner behind json.loads, without its per-call Python wrapper (a third of the cost).
_scan_json = json.scanner.make_scanner(json.JSONDecoder())


def _json(value: Any) -> Any:
    """Stored JSON text (SQLite) or an already decoded value (PostgreSQL drivers)."""
    if not isinstance(value, str):
        return value or None
    if value in _EMPTY_JSON:
        return None
    try:
        return _scan_json(value, 0)[0]
    except StopIteration:  # leading whitespace, or not JSON: let json.loads say which
        return json.loads(value)


def _timestamp(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def claim_conditions(filters: ExportFilters, labelled_only: bool = False) -> list[Any]:
    """WHERE terms over ``claims`` joined to ``articles``."""
    conditions: list[Any] = []
    if filters.article_ids:
        conditions.append(Claim.article_id.in_(filters.article_ids))
    if filters.claim_ids:
        conditions.append(Claim.id.in_(filters.claim_ids))
    if filters.labels:
        wanted = [label for label in filters.labels if label in LABELS]
        either = [Claim.label.in_(wanted)] if wanted else []
        if UNLABELED in filters.labels:
            either.append(Claim.label.is_(None))
        if FLAGGED in filters.labels:
            either.append(live_finding_exists(Claim.id))
        conditions.append(or_(*either))
    if filters.reviewed is True or labelled_only:
        conditions.append(Claim.label.is_not(None))
    if filters.reviewed is False:
        conditions.append(Claim.label.is_(None))
    if filters.since is not None:
        moment = datetime.combine(filters.since, time.min)
        conditions.append(or_(Claim.labeled_at >= moment, Article.ingested_at >= moment))
    return conditions


def count_claims(session: Session, filters: ExportFilters, labelled_only: bool = False) -> int:
    query = select(func.count()).select_from(Claim)
    if filters.since is not None:
        query = query.join(Article, Article.id == Claim.article_id)
    return session.scalar(query.where(*claim_conditions(filters, labelled_only))) or 0


def iter_rows(
    session: Session, filters: ExportFilters, labelled_only: bool = False, page_size: int = PAGE_SIZE
) -> Iterator[ExportRow]:
    """Every matching claim in reading order, one page of ``page_size`` in memory at a time.

    (Reading the next page in a thread while this one is formatted was tried: the GIL
    hand-offs made a million-claim export 40% slower, not faster.)
    """
    pages = _raw_pages(session.connection(), filters, labelled_only, page_size)
    articles: dict[int, ArticleInfo] = {}
    for page in pages:
        articles.update((raw[0], _article_info(raw)) for raw in page.articles)
        rows = [_row(raw, articles[raw[0]]) for raw in page.claims]
        _attach_findings(rows, page.findings)
        _attach_sources(rows, page.sources)
        _attach_judgements(rows, page.judgements)
        _attach_comments(rows, page.comments)
        yield from rows
        # Keep only the article the next page may continue; the rest are done.
        last = page.claims[-1][0]
        articles = {last: articles[last]}


def rows_for_claims(connection: Connection, claim_ids: Sequence[int]) -> list[ExportRow]:
    """These claims as full rows, in reading order (for the few the SQLite CSV path cannot word)."""
    claims = connection.execute(
        select(*_CLAIM_COLUMNS).where(Claim.id.in_(claim_ids)).order_by(Claim.article_id, Claim.seq)
    ).all()
    articles = {raw[0]: _article_info(raw) for raw in _articles(connection, {raw[0] for raw in claims})}
    rows = [_row(raw, articles[raw[0]]) for raw in claims]
    _attach_findings(rows, _findings(connection, claim_ids))
    _attach_sources(rows, _sources(connection, claim_ids))
    _attach_judgements(rows, _judgements(connection, claim_ids))
    _attach_comments(rows, _comments(connection, claim_ids))
    return rows


def _article_info(raw: Sequence[Any]) -> ArticleInfo:
    article_id, title, url, outlet, published, inferred = raw
    return ArticleInfo(article_id, title, url, outlet, published, inferred or None)


@dataclass(frozen=True, slots=True)
class _RawPage:
    claims: list[Any]
    articles: list[Any]  # the articles first seen on this page
    findings: list[Any]
    sources: list[Any]
    judgements: list[Any]
    comments: list[Any]


def _raw_pages(
    connection: Connection, filters: ExportFilters, labelled_only: bool, page_size: int
) -> Iterator[_RawPage]:
    conditions = claim_conditions(filters, labelled_only)
    key = tuple_(Claim.article_id, Claim.seq)
    after: tuple[int, int] | None = None
    while True:
        bounds = [] if after is None else [key > tuple_(*after)]
        claims = connection.execute(
            _claims_query(select(*_CLAIM_COLUMNS), filters)
            .where(*conditions, *bounds)
            .order_by(Claim.article_id, Claim.seq)
            .limit(page_size)
        ).all()
        if not claims:
            return
        last = (claims[-1][0], claims[-1][1])
        # The page again, as a subquery, so findings and sources come in one query each.
        page_ids = _claims_query(select(Claim.id), filters).where(*conditions, *bounds, key <= tuple_(*last))
        new_articles = {raw[0] for raw in claims} - ({after[0]} if after else set())
        yield _RawPage(
            claims,
            _articles(connection, new_articles),
            _findings(connection, page_ids),
            _sources(connection, page_ids),
            _judgements(connection, page_ids),
            _comments(connection, page_ids),
        )
        if len(claims) < page_size:
            return
        after = last


def _claims_query(query: Select[Any], filters: ExportFilters) -> Select[Any]:
    """``since`` looks at when the article was ingested, so it needs the articles table."""
    return query.join(Article, Article.id == Claim.article_id) if filters.since is not None else query


def _articles(connection: Connection, wanted: set[int]) -> list[Any]:
    if not wanted:
        return []
    return connection.execute(
        select(Article.id, Article.title, Article.url, Article.outlet, Article.published, Article.published_inferred)
        .where(Article.id.in_(sorted(wanted)))
    ).all()


def _findings(connection: Connection, page_ids: Select[Any] | Sequence[int]) -> list[Any]:
    return connection.execute(
        select(FindingRow.id, FindingRow.kind, FindingRow.claim_id, FindingRow.other_claim_id,
               FindingRow.explanation, FindingRow.status)
        .where(or_(FindingRow.claim_id.in_(page_ids), FindingRow.other_claim_id.in_(page_ids)))
        .order_by(FindingRow.id)
    ).all()


def _sources(connection: Connection, page_ids: Select[Any] | Sequence[int]) -> list[Any]:
    linked = Article.__table__.alias("linked_article")
    return connection.execute(
        select(ClaimSource.claim_id, ClaimSource.source_id, ClaimSource.article_id, ClaimSource.stance,
               ClaimSource.excerpt, ClaimSource.quote_check, Source.url, Source.title,
               linked.c.url, linked.c.title)
        .outerjoin(Source, Source.id == ClaimSource.source_id)
        .outerjoin(linked, and_(ClaimSource.source_id.is_(None), linked.c.id == ClaimSource.article_id))
        .where(ClaimSource.claim_id.in_(page_ids))
        .order_by(ClaimSource.id)
    ).all()


def _judgements(connection: Connection, page_ids: Select[Any] | Sequence[int]) -> list[Any]:
    return connection.execute(
        select(Judgement.claim_id, Judgement.reviewer, Judgement.label, Judgement.note)
        .where(Judgement.claim_id.in_(page_ids), Judgement.label.is_not(None))
        .order_by(Judgement.claim_id, Judgement.reviewer)
    ).all()


def _attach_judgements(rows: list[ExportRow], found: list[Any]) -> None:
    by_id = {row.claim_id: row for row in rows}
    for claim_id, reviewer, label, note in found:
        by_id[claim_id].judgements.append((reviewer, label, note))


def _comments(connection: Connection, page_ids: Select[Any] | Sequence[int]) -> list[Any]:
    return connection.execute(
        select(Comment.claim_id, Comment.author, type_coerce(Comment.at, String), Comment.text)
        .where(Comment.claim_id.in_(page_ids))
        .order_by(Comment.claim_id, Comment.id)
    ).all()


def _attach_comments(rows: list[ExportRow], found: list[Any]) -> None:
    by_id = {row.claim_id: row for row in rows}
    for claim_id, author, at, text in found:
        by_id[claim_id].comments.append((author, _timestamp(at), text))  # type: ignore[arg-type]


def _row(raw: Sequence[Any], article: ArticleInfo) -> ExportRow:
    (_, seq, claim_id, text, start, end, suggested, reason, label, reviewer, labeled_at,
     note, attribution, times, status, adjudicated_by) = raw
    time_list = _json(times)
    return ExportRow(
        article, claim_id, seq, text, start, end, suggested, reason, label, reviewer,
        _timestamp(labeled_at), note, _attribution(_json(attribution)),
        [_time(t) for t in time_list] if time_list else [], [], [], status, adjudicated_by, [],
    )


def _attribution(data: dict[str, Any] | None) -> Attribution | None:
    if not data:
        return None
    try:
        return Attribution(**data)  # the stored keys are the dataclass's own: no filtering needed
    except TypeError:
        return Attribution.from_json(data)  # written by another version: drop unknown keys


def _time(data: dict[str, Any]) -> TimeExpression:
    try:
        return TimeExpression(**data)
    except TypeError:
        return TimeExpression.from_json(data)


def _attach_findings(rows: list[ExportRow], found: list[Any]) -> None:
    by_id = {row.claim_id: row for row in rows}
    for finding_id, kind, claim_id, other_id, explanation, status in found:
        if claim_id in by_id:
            by_id[claim_id].findings.append(FindingRef(finding_id, kind, other_id, explanation, status))
        if other_id in by_id and other_id != claim_id:
            by_id[other_id].findings.append(FindingRef(finding_id, kind, claim_id, explanation, status))


def _attach_sources(rows: list[ExportRow], found: list[Any]) -> None:
    by_id = {row.claim_id: row for row in rows}
    for claim_id, source_id, article_id, stance, excerpt, check, s_url, s_title, a_url, a_title in found:
        is_source = source_id is not None
        by_id[claim_id].sources.append(
            SourceRef(
                source_id=source_id,
                article_id=None if is_source else article_id,
                url=s_url if is_source else a_url,
                title=s_title if is_source else a_title,
                stance=stance,
                excerpt=excerpt,
                quote_check=check or None,
            )
        )


def label_totals(session: Session, filters: ExportFilters) -> dict[str | None, int]:
    """Matching claims counted by label (``None`` for unlabelled), for report headers."""
    query = select(Claim.label, func.count()).select_from(Claim)
    if filters.since is not None:
        query = query.join(Article, Article.id == Claim.article_id)
    query = query.where(*claim_conditions(filters)).group_by(Claim.label)
    return {label: count for label, count in session.execute(query)}
