"""The source library: documents kept as full-text snapshots to check claims against.

Reading files and fetching URLs is the ingest layer's job (it yields an
``ArticleRecord``); this module stores what was read, with its sha256 and retrieval
time, so a check can be repeated later against exactly the text that was seen.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from workbench.evidence.errors import EvidenceError
from workbench.store.articles import ArticleRecord, utcnow
from workbench.store.engine import Database
from workbench.store.models import Source


@dataclass(frozen=True, slots=True)
class SourceView:
    id: int
    title: str | None
    url: str | None
    publisher: str | None
    published: date | None
    retrieved_at: datetime
    sha256: str
    origin: str | None
    chars: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            "retrieved_at": self.retrieved_at.isoformat(timespec="seconds"),
            "sha256": self.sha256,
        }


@dataclass(frozen=True, slots=True)
class AddedSource:
    id: int
    created: bool  # False: the same text was already stored under this id
    title: str | None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_source(
    db: Database,
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: date | None = None,
    origin: str | None = None,
) -> AddedSource:
    """Store a snapshot; the same text twice is stored once (its first id is returned)."""
    if not text.strip():
        raise EvidenceError(f"{origin or 'source'}: no text to store")
    digest = text_sha256(text)

    def work(session: Session) -> AddedSource:
        existing = session.execute(select(Source.id, Source.title).where(Source.sha256 == digest)).first()
        if existing is not None:
            return AddedSource(existing.id, False, existing.title)
        source = Source(
            title=title, url=url, publisher=publisher, published=published,
            text=text, sha256=digest, origin=origin, retrieved_at=utcnow(),
        )
        session.add(source)
        session.flush()
        return AddedSource(source.id, True, title)

    return db.write_with_retry(work)


def add_source_record(db: Database, record: ArticleRecord) -> AddedSource:
    """Store what an ingest reader produced; its outlet is the source's publisher."""
    return add_source(
        db, record.body, title=record.title, url=record.url, publisher=record.outlet,
        published=record.published, origin=record.origin,
    )


_VIEW_COLUMNS = (
    Source.id, Source.title, Source.url, Source.publisher, Source.published,
    Source.retrieved_at, Source.sha256, Source.origin, func.length(Source.text),
)


def list_sources(db: Database) -> list[SourceView]:
    with db.session() as session:
        return [SourceView(*row) for row in session.execute(select(*_VIEW_COLUMNS).order_by(Source.id))]


def get_source(db: Database, source_id: int) -> SourceView | None:
    with db.session() as session:
        row = session.execute(select(*_VIEW_COLUMNS).where(Source.id == source_id)).first()
    return SourceView(*row) if row else None


def source_text(db: Database, source_id: int) -> str:
    with db.session() as session:
        text = session.scalar(select(Source.text).where(Source.id == source_id))
    if text is None:
        raise EvidenceError(f"no source with id {source_id}")
    return text


def search_sources(db: Database, text: str, limit: int = 50) -> list[SourceView]:
    """Sources whose title, publisher, URL or text contain ``text`` (any case), newest first."""
    needle = text.strip()
    if not needle:
        return list(reversed(list_sources(db)))[:limit]
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    columns = (Source.title, Source.publisher, Source.url, Source.text)
    query = (
        select(*_VIEW_COLUMNS)
        .where(or_(*(column.ilike(pattern, escape="\\") for column in columns)))
        .order_by(Source.id.desc())
        .limit(limit)
    )
    with db.session() as session:
        return [SourceView(*row) for row in session.execute(query)]
