"""Storing an analysed article: one transaction, all or nothing.

Re-analysis (``ingest --force``) rewrites claims in place but keeps what reviewers did —
label, reviewer, note, links and audit rows — on every claim whose text is unchanged.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from workbench.analysis.model import ArticleAnalysis, PublishedWindow
from workbench.analysis.model import Claim as ClaimResult
from workbench.store.models import Article, Claim, ClaimSource, FindingRow, ReviewEvent


@dataclass(slots=True, frozen=True)
class ArticleRecord:
    """What a reader produced, cleaned: everything the articles row needs."""

    body: str
    origin: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    dateline: str | None = None


@dataclass(slots=True, frozen=True)
class SaveResult:
    article_id: int
    status: str  # "added", "skipped", "reanalysed"
    claims: int
    kept_reviews: int = 0
    claim_ids: tuple[int, ...] = ()  # by claim seq order, for whoever links findings next


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


# Built once: ingest runs these for every article, and a fresh statement costs more than the query.
ARTICLE_BY_HASH = select(Article.id).where(Article.content_hash == bindparam("digest"))
INSERT_ARTICLE = insert(Article).returning(Article.id)
INSERT_CLAIMS = insert(Claim).returning(Claim.id, Claim.seq, sort_by_parameter_order=True)
CLAIM_IDS_BY_SEQ = select(Claim.seq, Claim.id).where(Claim.article_id == bindparam("article_id"))
# Columns of a claim row after article_id, as encoded_claim_rows() gives them.
ENCODED_CLAIM_COLUMNS = (
    "seq", "text", "start", '"end"', "sentence_index", "attribution", "time_expressions",
    "suggested_label", "suggestion_reason",
)


def encoded_claim_rows(analysis: ArticleAnalysis) -> list[tuple[Any, ...]]:
    """Claim rows with their JSON already encoded.

    Pure and picklable: ingest builds these in its analysis workers, so the single
    writer only hands finished rows to the driver.
    """
    return [
        (
            claim.seq, claim.text, claim.start, claim.end, claim.sentence_index,
            json.dumps(claim.attribution.to_json()) if claim.attribution else None,
            json.dumps([t.to_json() for t in claim.times]),
            claim.suggested_label, claim.suggestion_reason,
        )
        for claim in analysis.claims
    ]


def find_article_by_hash(session: Session, digest: str) -> int | None:
    return session.scalar(ARTICLE_BY_HASH, {"digest": digest})


def save_article(
    session: Session,
    record: ArticleRecord,
    analysis: ArticleAnalysis,
    force: bool = False,
    encoded_rows: list[tuple[Any, ...]] | None = None,
    digest: str | None = None,
) -> SaveResult:
    """Insert (or with ``force`` re-analyse) one article inside the caller's transaction.

    ``encoded_rows`` (from ``encoded_claim_rows``) lets a new article's claims go straight
    to the driver in one executemany; ``digest`` saves hashing the body twice.
    """
    digest = digest or content_hash(record.body)
    existing_id = find_article_by_hash(session, digest)
    if existing_id is not None and not force:
        return SaveResult(existing_id, "skipped", 0)
    fields = _article_fields(record, analysis.published_inferred)
    if existing_id is None:
        article_id = session.scalar(INSERT_ARTICLE, [{"content_hash": digest, "ingested_at": utcnow(), **fields}])
        assert article_id is not None
        if encoded_rows is not None:
            ids = _insert_encoded_claims(session, article_id, analysis, encoded_rows)
        else:
            _, ids = _insert_claims(session, article_id, analysis, previous={})
        return SaveResult(article_id, "added", len(analysis.claims), claim_ids=ids)

    session.execute(update(Article).where(Article.id == existing_id).values(**fields))
    previous = _detach_old_claims(session, existing_id)
    kept, ids = _insert_claims(session, existing_id, analysis, previous)
    return SaveResult(existing_id, "reanalysed", len(analysis.claims), kept, ids)


def _article_fields(record: ArticleRecord, window: PublishedWindow | None) -> dict[str, Any]:
    return {
        "title": record.title,
        "outlet": record.outlet,
        "url": record.url,
        "author": record.author,
        "published": record.published,
        "published_inferred": window.to_json() if window else None,
        "dateline": record.dateline,
        "body": record.body,
        "origin": record.origin,
    }


def _detach_old_claims(session: Session, article_id: int) -> dict[str, Claim]:
    """Old claims by text. Findings are recomputed; seqs are moved out of the way."""
    old = list(session.scalars(select(Claim).where(Claim.article_id == article_id)))
    claim_ids = [c.id for c in old]
    if claim_ids:
        session.execute(
            delete(FindingRow).where(
                FindingRow.claim_id.in_(claim_ids) | FindingRow.other_claim_id.in_(claim_ids)
            )
        )
    for claim in old:
        claim.seq = -claim.id  # free the (article_id, seq) slots for the new analysis
    session.flush()
    return {claim.text: claim for claim in old}


def _claim_fields(article_id: int, item: ClaimResult) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "seq": item.seq,
        "text": item.text,
        "start": item.start,
        "end": item.end,
        "sentence_index": item.sentence_index,
        "attribution": item.attribution.to_json() if item.attribution else None,
        "time_expressions": [t.to_json() for t in item.times],
        "suggested_label": item.suggested_label,
        "suggestion_reason": item.suggestion_reason,
    }


def _insert_encoded_claims(
    session: Session, article_id: int, analysis: ArticleAnalysis, rows: list[tuple[Any, ...]]
) -> tuple[int, ...]:
    if not rows:
        return ()
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    columns = ("article_id", *ENCODED_CLAIM_COLUMNS)
    connection.exec_driver_sql(
        f"INSERT INTO claims ({', '.join(columns)}, version) VALUES ({', '.join([mark] * len(columns))}, 1)",
        [(article_id, *row) for row in rows],
    )
    by_seq = dict(connection.execute(CLAIM_IDS_BY_SEQ, {"article_id": article_id}).all())
    _insert_findings(session, analysis, by_seq)
    return tuple(by_seq[claim.seq] for claim in analysis.claims)


def _insert_findings(session: Session, analysis: ArticleAnalysis, by_seq: dict[int, int]) -> None:
    now = utcnow()
    findings = [
        {
            "kind": finding.kind,
            "claim_id": by_seq[finding.claim_seq],
            "other_claim_id": by_seq.get(finding.other_claim_seq) if finding.other_claim_seq else None,
            "explanation": finding.explanation,
            "status": "open",
            "created_at": now,
        }
        for finding in analysis.findings
    ]
    if findings:
        session.execute(insert(FindingRow), findings)


def _insert_claims(
    session: Session, article_id: int, analysis: ArticleAnalysis, previous: dict[str, Claim]
) -> tuple[int, tuple[int, ...]]:
    """New claims go in as one multi-row INSERT; claims whose text survived keep their row.

    Returns how many kept a reviewer's work, and the claim ids in the analysis's order.
    """
    kept = 0
    by_seq: dict[int, int] = {}
    fresh: list[dict[str, Any]] = []
    for item in analysis.claims:
        fields = _claim_fields(article_id, item)
        old = previous.pop(item.text, None)
        if old is None:
            fresh.append(fields)
            continue
        for key, value in fields.items():
            setattr(old, key, value)
        kept += int(old.label is not None or old.note is not None)
        by_seq[item.seq] = old.id
    for gone in previous.values():
        # The text changed: the audit trail stays (claim_id becomes NULL), links go with it.
        session.execute(delete(ClaimSource).where(ClaimSource.claim_id == gone.id))
        session.execute(update(ReviewEvent).where(ReviewEvent.claim_id == gone.id).values(claim_id=None))
        session.delete(gone)
    session.flush()
    if fresh:
        rows = session.execute(INSERT_CLAIMS, fresh)
        by_seq.update({seq: claim_id for claim_id, seq in rows})
    _insert_findings(session, analysis, by_seq)
    return kept, tuple(by_seq[claim.seq] for claim in analysis.claims)
