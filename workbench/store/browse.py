"""Queries for browsing large stores a page at a time: the review screen's lists.

Every list is keyset-paged by id (never OFFSET) so the millionth row costs what the first
does. Article summaries come from the one query in ``store.queries`` (``article_summary_query``),
which counts only the claims of the page's articles, so a page never aggregates the whole
claims table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process, utils
from sqlalchemy import Float, and_, case, cast, func, select
from sqlalchemy.orm import Session

from workbench.store.models import QUIET_KINDS, Article, Claim, FindingRow, ReviewEvent
from workbench.store.queries import (
    FLAGGED,
    ArticleCounts,
    article_summary,
    article_summary_query,
    list_articles,
    UNLABELED,
    claim_filter,
    claim_summary,
    claim_summary_columns,
    list_claims,
    live_finding_exists,
)
from workbench.store.search import claim_text_matches, claim_text_matches_fts, close_words, fts_token, search_terms
from workbench.store.views import ArticleSummary, ClaimSummary

SEARCH_CANDIDATES = 20_000
SEARCH_SCAN_BATCH = 50_000
SEARCH_SCAN_LIMIT = 400_000


@dataclass(frozen=True, slots=True)
class StoreTotals:
    """The "all articles" row: sizes of the whole store."""

    articles: int
    claims: int
    reviewed: int
    open_findings: int
    confirmed_findings: int = 0


def _claim_columns():  # type: ignore[no-untyped-def]
    return claim_summary_columns()


def _summary(row: Sequence[object]) -> ClaimSummary:
    return claim_summary(row)


def claims_after(
    session: Session, article_id: int | None, label: str | None, after_id: int, limit: int
) -> list[ClaimSummary]:
    """The next page of a claim list, ascending by id."""
    return list_claims(session, article_id=article_id, label=label, after_id=after_id, limit=limit)


def claims_before(
    session: Session, article_id: int | None, label: str | None, before_id: int, limit: int
) -> list[ClaimSummary]:
    """The page that ends just before ``before_id``, still ascending by id."""
    query = select(*_claim_columns()).where(Claim.id < before_id)
    where = claim_filter(article_id, label)
    if where is not None:
        query = query.where(where)
    rows = session.execute(query.order_by(Claim.id.desc()).limit(limit)).all()
    return [_summary(row) for row in reversed(rows)]


def claims_around(
    session: Session, article_id: int | None, label: str | None, claim_id: int, limit: int
) -> list[ClaimSummary]:
    """A page centred on ``claim_id`` (which need not match the filter): for jumps."""
    half = limit // 2
    before = claims_before(session, article_id, label, claim_id, half)
    after = claims_after(session, article_id, label, claim_id - 1, limit - len(before))
    return before + after


def claims_by_ids(session: Session, claim_ids: Sequence[int]) -> list[ClaimSummary]:
    """Fresh copies of the claims a screen is showing, in id order."""
    if not claim_ids:
        return []
    rows = session.execute(select(*_claim_columns()).where(Claim.id.in_(list(claim_ids))).order_by(Claim.id))
    return [_summary(row) for row in rows]


def count_claims(session: Session, article_id: int | None, label: str | None) -> int:
    query = select(func.count(Claim.id))
    where = claim_filter(article_id, label)
    if where is not None:
        query = query.where(where)
    return int(session.scalar(query) or 0)


def next_unlabeled(
    session: Session, article_id: int | None, label: str | None, from_id: int, forward: bool = True
) -> ClaimSummary | None:
    """The nearest unlabeled claim after (or before) ``from_id`` in the current view.

    A view filtered to one label has no unlabeled claims, so that filter answers None.
    """
    if label not in (None, UNLABELED, FLAGGED):
        return None
    conditions = [Claim.label.is_(None), Claim.id > from_id if forward else Claim.id < from_id]
    if article_id is not None:
        conditions.append(Claim.article_id == article_id)
    if label == FLAGGED:
        conditions.append(live_finding_exists(Claim.id))
    order = Claim.id.asc() if forward else Claim.id.desc()
    row = session.execute(select(*_claim_columns()).where(and_(*conditions)).order_by(order).limit(1)).first()
    return _summary(row) if row else None


def articles_after(session: Session, after_id: int, limit: int) -> list[ArticleSummary]:
    query = article_summary_query([Article.id > after_id], limit=limit)
    return [article_summary(row) for row in session.execute(query)]


def articles_before(session: Session, before_id: int, limit: int) -> list[ArticleSummary]:
    query = article_summary_query([Article.id < before_id], descending=True, limit=limit)
    return [article_summary(row) for row in reversed(session.execute(query).all())]


def articles_around(session: Session, article_id: int, limit: int) -> list[ArticleSummary]:
    before = articles_before(session, article_id, limit // 2)
    return before + articles_after(session, article_id - 1, limit - len(before))


def articles_by_ids(session: Session, article_ids: Sequence[int]) -> list[ArticleSummary]:
    if not article_ids:
        return []
    return list_articles(session, list(article_ids))


def store_totals(session: Session) -> StoreTotals:
    """Each count is an index range (``count(label)`` over the table would read every claim row)."""
    claims = session.scalar(select(func.count()).select_from(Claim))
    reviewed = session.scalar(select(func.count()).select_from(Claim).where(Claim.label.is_not(None)))
    return StoreTotals(
        articles=int(session.scalar(select(func.count(Article.id))) or 0),
        claims=int(claims or 0),
        reviewed=int(reviewed or 0),
        open_findings=int(session.scalar(select(func.count(FindingRow.id)).where(FindingRow.status == "open")) or 0),
        confirmed_findings=int(
            session.scalar(select(func.count(FindingRow.id)).where(FindingRow.status == "confirmed")) or 0
        ),
    )


def latest_change_id(session: Session) -> int:
    """The newest audit row's id: when it moves, someone changed something."""
    return int(session.scalar(select(func.max(ReviewEvent.id))) or 0)


def search_claims(
    session: Session, query: str, article_id: int | None = None, label: str | None = None, limit: int = 200
) -> list[ClaimSummary]:
    """Claims whose text fuzzily matches ``query``, best first (rapidfuzz).

    Candidates come from the full-text index (``store.search``): claims holding every word
    of the query (as word prefixes), else its longest word; rapidfuzz ranks only those. When
    none match (a typo), each word may be one of the stored words closest to it (the index's
    vocabulary, ``close_words``). Where there is no vocabulary to ask (PostgreSQL), the view
    is scanned in batches up to ``SEARCH_SCAN_LIMIT`` claims instead.
    """
    processed = utils.default_process(query)
    if not processed:
        return []
    where = claim_filter(article_id, label)
    base = select(Claim.id, Claim.text)
    if where is not None:
        base = base.where(where)
    words = search_terms(processed)

    def ranked_by(condition) -> list[tuple[int, float]]:  # type: ignore[no-untyped-def]
        candidates = dict(session.execute(base.where(condition).order_by(Claim.id).limit(SEARCH_CANDIDATES)).all())
        return _rank(processed, candidates, limit)

    ranked: list[tuple[int, float]] = []
    for chosen in dict.fromkeys((tuple(words), (max(words, key=len),))) if words else ():
        ranked = ranked_by(claim_text_matches(session, chosen))
        if ranked:
            break
    if not ranked and words and session.get_bind().dialect.name == "sqlite":
        alternatives = tuple((fts_token(word), *(fts_token(t, prefix=False) for t in close_words(session, word)))
                             for word in words)
        longest = max(zip(words, alternatives), key=lambda pair: len(pair[0]))[1]
        for groups in dict.fromkeys((alternatives, (longest,))):
            if any(len(group) > 1 for group in groups):
                ranked = ranked_by(claim_text_matches_fts(" AND ".join(f"({' OR '.join(g)})" for g in groups)))
            if ranked:
                break
    elif not ranked:
        after, scanned = 0, 0
        while scanned < SEARCH_SCAN_LIMIT and len(ranked) < limit:
            batch = dict(session.execute(base.where(Claim.id > after).order_by(Claim.id).limit(SEARCH_SCAN_BATCH)).all())
            if not batch:
                break
            ranked += _rank(processed, batch, limit - len(ranked))
            after, scanned = max(batch), scanned + len(batch)
        ranked.sort(key=lambda pair: -pair[1])
    by_id = {c.id: c for c in claims_by_ids(session, [claim_id for claim_id, _ in ranked])}
    return [by_id[claim_id] for claim_id, _ in ranked if claim_id in by_id]


def _rank(processed_query: str, texts: dict[int, str], limit: int) -> list[tuple[int, float]]:
    if not texts or limit <= 0:
        return []
    matches = process.extract(
        processed_query, texts, scorer=fuzz.partial_ratio, processor=utils.default_process,
        limit=limit, score_cutoff=70,
    )
    return [(claim_id, score) for _text, score, claim_id in matches]


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


ARTICLE_ORDERS = ("id", "findings", "unreviewed", "newest", "outlet")
ARTICLE_ORDER_WORDS = {
    "id": "as ingested",
    "findings": "most open findings",
    "unreviewed": "least reviewed",
    "newest": "newest first",
    "outlet": "by outlet",
}
SORTED_ARTICLES_LIMIT = 5000


def articles_sorted(
    session: Session, order: str = "id", outlet: str | None = None, limit: int = SORTED_ARTICLES_LIMIT
) -> list[ArticleSummary]:
    """Articles in an editor's order: where to start. Ties (and ``id``) go by id.

    ``findings``: most open findings, then most confirmed; ``unreviewed``: the smallest share of
    claims labelled first (articles without claims last); ``newest``: by publication date, undated
    last; ``outlet``: by outlet name. ``outlet`` filters on the outlet (case-insensitive substring).
    """
    if order not in ARTICLE_ORDERS:
        raise ValueError(f"article order must be one of {', '.join(ARTICLE_ORDERS)}; got {order!r}")

    def keys(counts: ArticleCounts) -> list[Any]:
        claims, reviewed = counts.claims, counts.reviewed
        return {
            "id": [],
            "findings": [counts.open_findings.desc(), counts.confirmed_findings.desc()],
            "unreviewed": [
                case((claims == 0, 2.0), else_=cast(reviewed, Float) / cast(claims, Float)).asc(),
                (claims - reviewed).desc(),
            ],
            "newest": [Article.published.is_(None), Article.published.desc()],
            "outlet": [Article.outlet.is_(None), func.lower(Article.outlet)],
        }[order]

    where = [Article.outlet.ilike(f"%{_like_escape(outlet)}%", escape="\\")] if outlet else []
    # A sort by counts: the grouped counts are joined once for all articles (milliseconds).
    query = article_summary_query(where, order_by=keys).limit(limit)
    return [article_summary(row) for row in session.execute(query)]


PRIORITY_SCAN_LIMIT = 400_000


def priority_claims(
    session: Session, article_id: int | None = None, label: str | None = None, limit: int = 500
) -> list[ClaimSummary]:
    """The view's claims most worth checking first (``analysis.checkworthy``), best first.

    Scored in Python a batch at a time, up to ``PRIORITY_SCAN_LIMIT`` claims; ties go by id.
    ``label`` ``priority`` (or ``None``) means the unlabeled claims.
    """
    from dataclasses import replace as with_fields

    from workbench.analysis.checkworthy import check_worthiness
    from workbench.store.queries import LIVE_FINDING_STATUSES, PRIORITY

    where = claim_filter(article_id, PRIORITY if label in (None, PRIORITY) else label)
    conflicted: set[int] = set()
    for left, right in session.execute(
        select(FindingRow.claim_id, FindingRow.other_claim_id)
        .where(FindingRow.status.in_(LIVE_FINDING_STATUSES), FindingRow.kind.notin_(QUIET_KINDS))
    ):
        conflicted.update(c for c in (left, right) if c is not None)
    best: list[tuple[int, int, tuple[str, ...]]] = []
    after, scanned = 0, 0
    while scanned < PRIORITY_SCAN_LIMIT:
        query = select(Claim.id, Claim.text, Claim.attribution).where(Claim.id > after)
        if where is not None:
            query = query.where(where)
        batch = session.execute(query.order_by(Claim.id).limit(20_000)).all()
        if not batch:
            break
        for claim_id, text, attribution in batch:
            score, reasons = check_worthiness(text, attribution, claim_id in conflicted)
            best.append((-score, claim_id, tuple(reasons)))
        best.sort()
        del best[limit:]
        after, scanned = batch[-1][0], scanned + len(batch)
    by_id = {c.id: c for c in claims_by_ids(session, [claim_id for _, claim_id, _ in best])}
    return [with_fields(by_id[claim_id], priority=-score, priority_reasons=reasons)
            for score, claim_id, reasons in best if claim_id in by_id]
