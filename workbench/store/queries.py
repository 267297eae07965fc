"""Read queries that return plain dataclasses."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, and_, case, func, literal_column, or_, select, true
from sqlalchemy.orm import Session, aliased

from workbench.analysis.checkworthy import check_worthiness
from workbench.analysis.model import Attribution, PublishedWindow, TimeExpression
from workbench.store.models import QUIET_KINDS, Article, Claim, ClaimSource, FindingRow, Source
from workbench.store.views import (
    ArticleSummary,
    ClaimDetail,
    ClaimSummary,
    FindingView,
    SourceLinkView,
)

CONTEXT_CHARS = 400
from workbench.store.vocabulary import FLAGGED, PRIORITY, UNLABELED  # noqa: E402,F401 - re-exported
# A finding stays on the screen, in the counts and in the reports until it is dismissed:
# confirming it records the reviewer's agreement, it does not make the problem go away.
LIVE_FINDING_STATUSES = ("open", "confirmed")


def live_finding_exists(claim_id_column, statuses: Sequence[str] = LIVE_FINDING_STATUSES):  # type: ignore[no-untyped-def]
    """SQL: a finding in one of ``statuses`` (open or confirmed) names this claim on either side.

    For the claims table itself and the live statuses this is the claim's own count
    (``claims.live_findings``, kept by triggers on ``findings``), which the partial indexes
    ``ix_claims_flagged_id`` and ``ix_claims_article_flagged_id`` serve: the flagged view reads
    only flagged claims. Otherwise two EXISTS, one per side, so each uses its index (an OR
    inside one subquery scans the findings).
    """
    if claim_id_column is Claim.id and tuple(statuses) == LIVE_FINDING_STATUSES:
        return flagged_claim()
    return or_(
        select(FindingRow.id)
        .where(FindingRow.claim_id == claim_id_column, FindingRow.status.in_(statuses))
        .exists(),
        select(FindingRow.id)
        .where(FindingRow.other_claim_id == claim_id_column, FindingRow.status.in_(statuses))
        .exists(),
    )


def flagged_claim():  # type: ignore[no-untyped-def]
    """SQL: an open or confirmed finding names this claim (worded as the partial indexes' condition)."""
    # A literal, not a bound parameter: SQLite uses a partial index only for a term it can
    # match against the index's own WHERE.
    return Claim.live_findings > literal_column("0")


def open_finding_exists(claim_id_column):  # type: ignore[no-untyped-def]
    """SQL: an open (not yet judged) finding names this claim."""
    return live_finding_exists(claim_id_column, ("open",))


def finding_mark(claim_id_column):  # type: ignore[no-untyped-def]
    """SQL: ``status:kind`` of the claim's most pressing live finding (open before confirmed), or NULL.

    One indexed lookup per side and status, first found wins (COALESCE stops at the first value).
    """

    def side(column, status: str):  # type: ignore[no-untyped-def]
        return (
            select(FindingRow.status + ":" + FindingRow.kind)
            .where(column == claim_id_column, FindingRow.status == status)
            .order_by(FindingRow.id)
            .limit(1)
            .scalar_subquery()
        )

    return func.coalesce(
        side(FindingRow.claim_id, "open"), side(FindingRow.other_claim_id, "open"),
        side(FindingRow.claim_id, "confirmed"), side(FindingRow.other_claim_id, "confirmed"),
    )


def claim_summary_columns():  # type: ignore[no-untyped-def]
    """The columns of a ``ClaimSummary`` row, in order (``claim_summary`` reads them)."""
    return (
        Claim.id, Claim.article_id, Claim.seq, Claim.text, Claim.suggested_label, Claim.label,
        finding_mark(Claim.id), Claim.version, Claim.status,
    )


def claim_summary(row: Sequence[object]) -> ClaimSummary:
    mark = row[6]
    status, _, kind = (mark or "").partition(":")  # type: ignore[attr-defined]
    return ClaimSummary(
        *row[:6], mark is not None, row[7], finding_status=status or None, finding_kind=kind or None,  # type: ignore[arg-type]
        status=row[8] if len(row) > 8 else "unreviewed",  # type: ignore[arg-type]
    )


@dataclass(frozen=True, slots=True)
class ArticleCounts:
    """The counted columns of an article summary, for callers that sort by them."""

    claims: Any
    reviewed: Any
    open_findings: Any
    confirmed_findings: Any


def article_summary_query(
    where: Sequence[Any] = (),
    order_by: Callable[[ArticleCounts], Sequence[Any]] | None = None,
    descending: bool = False,
    limit: int | None = None,
) -> Select[Any]:
    """The one query behind every article summary (CLI lists, the review screen's pages and sorts).

    Articles matching ``where``, each with its claim, reviewed, open- and confirmed-finding
    counts, ordered by ``order_by(counts)`` then id (``descending`` for the id: pages before an
    anchor). The counts are grouped once over the claims of the chosen articles only: a page of
    articles ordered by id (no ``order_by``) with a ``limit`` counts only that page's claims,
    a sort by counts counts every matching article's. Findings are reached from the claims (an
    article's claims, then each claim's findings by index), never by scanning all findings of a status.
    """
    id_order = Article.id.desc() if descending else Article.id.asc()
    scope = select(Article.id).where(*where)
    if order_by is None and limit is not None:
        scope = scope.order_by(id_order).limit(limit)
    # Every article (no filter, no page): count without the IN, one grouped pass over the claims.
    restricted = bool(where) or (order_by is None and limit is not None)

    def in_scope(column: Any) -> Any:
        return column.in_(scope) if restricted else true()
    claim_counts = (
        select(
            Claim.article_id.label("article_id"),
            func.count(Claim.id).label("claims"),
            func.count(Claim.label).label("reviewed"),
        )
        .where(in_scope(Claim.article_id))
        .group_by(Claim.article_id)
        .subquery()
    )
    if restricted:
        # The chosen articles' flagged claims (partial index), each claim's findings by index:
        # a page costs its own findings, not a pass over every live finding of the store.
        def per_claim(status: str) -> Any:
            return (select(func.count(FindingRow.id))
                    .where(FindingRow.claim_id == Claim.id, FindingRow.status == status).scalar_subquery())

        finding_counts = (
            select(
                Claim.article_id.label("article_id"),
                func.sum(per_claim("open")).label("open_findings"),
                func.sum(per_claim("confirmed")).label("confirmed_findings"),
            )
            .where(in_scope(Claim.article_id), flagged_claim())
            .group_by(Claim.article_id)
            .subquery()
        )
    else:
        finding_counts = (
            select(
                Claim.article_id.label("article_id"),
                func.count(case((FindingRow.status == "open", FindingRow.id))).label("open_findings"),
                func.count(case((FindingRow.status == "confirmed", FindingRow.id))).label("confirmed_findings"),
            )
            .join(FindingRow, FindingRow.claim_id == Claim.id)
            .where(FindingRow.status.in_(LIVE_FINDING_STATUSES))
            .group_by(Claim.article_id)
            .subquery()
        )
    counts = ArticleCounts(
        func.coalesce(claim_counts.c.claims, 0),
        func.coalesce(claim_counts.c.reviewed, 0),
        func.coalesce(finding_counts.c.open_findings, 0),
        func.coalesce(finding_counts.c.confirmed_findings, 0),
    )
    query = (
        select(
            Article.id, Article.title, Article.outlet, Article.published, Article.published_inferred,
            counts.claims, counts.reviewed, counts.open_findings, Article.url, Article.dateline,
            counts.confirmed_findings,
        )
        .outerjoin(claim_counts, claim_counts.c.article_id == Article.id)
        .outerjoin(finding_counts, finding_counts.c.article_id == Article.id)
        .where(in_scope(Article.id))
        .order_by(*(order_by(counts) if order_by else ()), id_order)
    )
    return query.limit(limit) if limit is not None else query


def article_summary(row: Sequence[Any]) -> ArticleSummary:
    """A row of ``article_summary_query`` as the dataclass."""
    return ArticleSummary(
        id=row[0],
        title=row[1],
        outlet=row[2],
        published=row[3],
        published_inferred=PublishedWindow.from_json(row[4]),
        claims=int(row[5] or 0),
        reviewed=int(row[6] or 0),
        open_findings=int(row[7] or 0),
        url=row[8],
        dateline=row[9],
        confirmed_findings=int(row[10] or 0),
    )


def list_articles(session: Session, article_ids: Sequence[int] | None = None) -> list[ArticleSummary]:
    where = [Article.id.in_(article_ids)] if article_ids else []
    return [article_summary(row) for row in session.execute(article_summary_query(where))]


def get_article(session: Session, article_id: int) -> ArticleSummary | None:
    found = list_articles(session, [article_id])
    return found[0] if found else None


def claim_filter(article_id: int | None = None, label: str | None = None):  # type: ignore[no-untyped-def]
    """The WHERE clause for a claim list: article, and a label, ``unlabeled`` or ``flagged``.

    ``flagged``: an open or confirmed finding names the claim (a dismissal unflags it).
    """
    conditions = []
    if article_id is not None:
        conditions.append(Claim.article_id == article_id)
    if label in (UNLABELED, PRIORITY):
        conditions.append(Claim.label.is_(None))
    elif label == FLAGGED:
        conditions.append(live_finding_exists(Claim.id))
    elif label:
        conditions.append(Claim.label == label)
    return and_(*conditions) if conditions else None


def list_claims(
    session: Session,
    article_id: int | None = None,
    label: str | None = None,
    after_id: int = 0,
    limit: int | None = None,
    assigned_to: str | None = None,
    judged_by: str | None = None,
    status: str | None = None,
) -> list[ClaimSummary]:
    """Claims in id order (article, then seq), keyset-paged after ``after_id``.

    ``assigned_to``: of articles assigned to that reviewer; ``judged_by``: labelled by them;
    ``status``: in that review status.
    """
    from workbench.store.judgements import assigned_to_exists, judged_by_exists

    query = select(*claim_summary_columns()).where(Claim.id > after_id)
    where = claim_filter(article_id, label)
    if where is not None:
        query = query.where(where)
    if assigned_to:
        query = query.where(assigned_to_exists(assigned_to))
    if judged_by:
        query = query.where(judged_by_exists(judged_by))
    if status:
        query = query.where(Claim.status == status)
    query = query.order_by(Claim.id)
    if limit:
        query = query.limit(limit)
    return [claim_summary(row) for row in session.execute(query)]


def get_claim_detail(session: Session, claim_id: int) -> ClaimDetail | None:
    claim = session.get(Claim, claim_id)
    if claim is None:
        return None
    body = session.scalar(select(Article.body).where(Article.id == claim.article_id)) or ""
    detail = ClaimDetail(
        id=claim.id,
        article_id=claim.article_id,
        seq=claim.seq,
        text=claim.text,
        start=claim.start,
        end=claim.end,
        suggested_label=claim.suggested_label,
        suggestion_reason=claim.suggestion_reason,
        label=claim.label,
        reviewer=claim.reviewer,
        labeled_at=claim.labeled_at,
        note=claim.note,
        version=claim.version,
        attribution=Attribution.from_json(claim.attribution),
        times=[TimeExpression.from_json(t) for t in claim.time_expressions or []],
        context_before=_context_before(body, claim.start),
        context_after=_context_after(body, claim.end),
        findings=findings_for_claim(session, claim.id),
        sources=links_for_claim(session, claim.id),
        status=claim.status,
    )
    live = any(f.status in LIVE_FINDING_STATUSES and f.kind not in QUIET_KINDS for f in detail.findings)
    priority, reasons = check_worthiness(claim.text, claim.attribution, live)
    return replace(detail, priority=priority, priority_reasons=reasons)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def _context_before(body: str, start: int) -> str:
    """The paragraph before the claim, from a sentence start (else a word start): never mid-word."""
    lo = max(0, start - CONTEXT_CHARS)
    cut = body.rfind("\n", lo, start)
    if cut != -1:
        return body[cut + 1:start]
    if lo == 0:
        return body[:start]
    ends = list(_SENTENCE_END.finditer(body, lo, start))
    if ends:
        return body[ends[0].end():start]
    space = body.find(" ", lo, start)
    return body[space + 1:start] if space != -1 else ""


def _context_after(body: str, end: int) -> str:
    """The rest of the claim's paragraph, to a sentence end (else a word end): never mid-word."""
    hi = min(len(body), end + CONTEXT_CHARS)
    cut = body.find("\n", end + 1, hi)
    if cut != -1:
        return body[end:cut]
    if hi == len(body):
        return body[end:]
    ends = list(_SENTENCE_END.finditer(body, end, hi))
    if ends:
        return body[end:ends[-1].start() + 1].rstrip() if ends[-1].start() > end else body[end:ends[-1].end()]
    space = body.rfind(" ", end, hi)
    return body[end:space] if space != -1 else ""


def findings_for_claim(session: Session, claim_id: int) -> list[FindingView]:
    other = aliased(Claim)
    other_article = aliased(Article)
    rows = session.execute(
        select(FindingRow, other.id, other.seq, other.article_id, other.text, other_article.title,
               other_article.outlet)
        .outerjoin(
            other,
            other.id == case((FindingRow.claim_id == claim_id, FindingRow.other_claim_id), else_=FindingRow.claim_id),
        )
        .outerjoin(other_article, other_article.id == other.article_id)
        .where(or_(FindingRow.claim_id == claim_id, FindingRow.other_claim_id == claim_id))
        .order_by(FindingRow.id)
    )
    return [
        FindingView(
            id=f.id,
            kind=f.kind,
            claim_id=claim_id,
            other_claim_id=other_id,
            other_seq=other_seq,
            other_article_id=other_article,
            explanation=f.explanation,
            status=f.status,
            other_text=other_text,
            other_article_title=other_title,
            other_outlet=other_outlet,
        )
        for f, other_id, other_seq, other_article, other_text, other_title, other_outlet in rows
    ]


def links_for_claim(session: Session, claim_id: int) -> list[SourceLinkView]:
    rows = session.execute(
        select(ClaimSource, Source.title, Source.url, Article.title, Article.url)
        .outerjoin(Source, Source.id == ClaimSource.source_id)
        .outerjoin(Article, Article.id == ClaimSource.article_id)
        .where(ClaimSource.claim_id == claim_id)
        .order_by(ClaimSource.id)
    )
    return [
        SourceLinkView(
            link_id=link.id,
            source_id=link.source_id,
            article_id=link.article_id,
            title=source_title if link.source_id else article_title,
            url=source_url if link.source_id else article_url,
            stance=link.stance,
            excerpt=link.excerpt,
            note=link.note,
            quote_check=link.quote_check,
            who=link.who,
            created_at=link.created_at,
        )
        for link, source_title, source_url, article_title, article_url in rows
    ]
