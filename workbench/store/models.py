"""SQLAlchemy 2 typed models. The table names are a public contract: reports and scripts read them.

The schema changes only through Alembic revisions in ``migrations/``; a test checks that
these models and the migrations agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints so SQLite batch migrations can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

from workbench.store.vocabulary import (  # noqa: E402 - re-exported: the models' own words
    CLAIM_STATUSES,
    FINDING_KINDS,
    FINDING_STATUSES,
    LABEL_VALUES,
    QUIET_KINDS,
    STANCES,
)


# Full-text search tables (SQLite FTS5, migrations 0004_scale_indexes and 0006_sources_search): kept by triggers, not
# models; schema comparisons leave them (and FTS5's shadow tables) out.
# On PostgreSQL, GIN expression indexes instead (not expressible on the models either).
SEARCH_TABLES = ("claims_fts", "articles_fts", "sources_fts")
SEARCH_INDEXES = ("ix_claims_text_search", "ix_articles_text_search", "ix_sources_text_search")


def not_a_search_table(name: str | None, type_: str, _parent: object = None) -> bool:
    """For Alembic's ``include_name``: False for the full-text tables and indexes, True for the rest."""
    if name is None:
        return True
    return not ((type_ == "table" and name.startswith(SEARCH_TABLES)) or (type_ == "index" and name in SEARCH_INDEXES))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    published_inferred: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    dateline: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)

    claims: Mapped[list[Claim]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Claim.seq"
    )


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("article_id", "seq", name="uq_claims_article_seq"),
        CheckConstraint(
            "label IS NULL OR label IN ('attributed', 'reported', 'unverified', 'contradictory')",
            name="label_known",
        ),
        Index("ix_claims_label_id", "label", "id"),
        # Review queues: one article's unlabeled claims in order, without a scan.
        Index("ix_claims_article_label_id", "article_id", "label", "id"),
        # The flagged view, all articles or one: only flagged claims are in these (partial) indexes.
        Index("ix_claims_flagged_id", "id", sqlite_where=text("live_findings > 0"),
              postgresql_where=text("live_findings > 0")),
        Index("ix_claims_article_flagged_id", "article_id", "id", sqlite_where=text("live_findings > 0"),
              postgresql_where=text("live_findings > 0")),
        CheckConstraint(
            "status IN ('unreviewed', 'in_review', 'needs_second_look', 'approved')", name="status_known"
        ),
        Index("ix_claims_status_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: (article_id, seq) and (article_id, label, id) both lead with it.
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence_index: Mapped[int] = mapped_column(Integer)
    attribution: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    time_expressions: Mapped[list[Any] | None] = mapped_column(JSON)
    suggested_label: Mapped[str | None] = mapped_column(String(20))
    suggestion_reason: Mapped[str | None] = mapped_column(Text)
    label: Mapped[str | None] = mapped_column(String(20))
    reviewer: Mapped[str | None] = mapped_column(Text)
    labeled_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # How many open or confirmed findings name this claim (either side). Kept by triggers on
    # ``findings`` (migration 0004): the app never writes it.
    live_findings: Mapped[int] = mapped_column(Integer, server_default="0")
    # The desk (issue 14): the review status, and who set the final label by adjudication
    # (``label --final``); NULL while the final label follows the judgements.
    status: Mapped[str] = mapped_column(String(20), default="unreviewed", server_default="unreviewed")
    adjudicated_by: Mapped[str | None] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="claims")


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    origin: Mapped[str | None] = mapped_column(Text)
    retrieved_at: Mapped[datetime] = mapped_column(DateTime)


class ClaimSource(Base):
    """A claim linked to a source (or to another stored article) with a stance."""

    __tablename__ = "claim_sources"
    __table_args__ = (
        CheckConstraint("stance IN ('supports', 'refutes', 'context')", name="stance_known"),
        CheckConstraint(
            "(source_id IS NOT NULL) OR (article_id IS NOT NULL)", name="has_target"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    stance: Mapped[str] = mapped_column(String(10))
    excerpt: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    quote_check: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    who: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FindingRow(Base):
    __tablename__ = "findings"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'confirmed', 'dismissed')", name="status_known"),
        Index("ix_findings_status_claim", "status", "claim_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    other_claim_id: Mapped[int | None] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    explanation: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="open", server_default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReviewEvent(Base):
    """Append-only audit trail: one row for every change a person makes."""

    __tablename__ = "review_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"), index=True)
    reviewer: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)
    field: Mapped[str] = mapped_column(String(40))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class NearDupClaim(Base):
    """A claim's comparable form for the persistent near-duplicate index (``analysis.neardup_rows``).

    Written by ingest beside the claim; claims too short to compare have no row.
    """

    __tablename__ = "neardup_claims"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class NearDupKey(Base):
    """One bucket membership: a claim's sketch key (kind 0) or fact key (kind 1).

    A lookup reads the newest few members of a bucket through the primary key.
    """

    __tablename__ = "neardup_keys"
    # On SQLite the primary key is the table (WITHOUT ROWID, migration 0007_neardup_key_sizes).
    __table_args__ = (Index("ix_neardup_keys_claim_id", "claim_id"), {"sqlite_with_rowid": False})

    kind: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    # The length of the claim's masked text (migration 0007_neardup_key_sizes): a lookup reads
    # the form of a member only when the lengths allow a match. NULL: not known, always read.
    size: Mapped[int | None] = mapped_column(Integer)


class Judgement(Base):
    """One reviewer's label (and rationale) on one claim; the claim's ``label`` is the final one."""

    __tablename__ = "judgements"
    __table_args__ = (
        UniqueConstraint("claim_id", "reviewer", name="uq_judgements_claim_reviewer"),
        CheckConstraint(
            "label IS NULL OR label IN ('attributed', 'reported', 'unverified', 'contradictory')",
            name="label_known",
        ),
        Index("ix_judgements_reviewer_claim", "reviewer", "claim_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    reviewer: Mapped[str] = mapped_column(Text)
    label: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


class Assignment(Base):
    """An article given to a reviewer: their default queue."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("article_id", "reviewer", name="uq_assignments_article_reviewer"),
                      Index("ix_assignments_reviewer_article", "reviewer", "article_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    reviewer: Mapped[str] = mapped_column(Text)
    assigned_by: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


class Comment(Base):
    """A claim's conversation: one row per message (the note stays the reviewer's rationale)."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)
