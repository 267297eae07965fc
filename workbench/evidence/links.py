"""Linking claims to sources (or to other stored articles) with a stance.

Each link or unlink writes an audit row in ``review_events``: the field names the
target (``link:source:3``, ``link:article:7``), old and new are the stances (None
where there was no link). Linking computes the quote check for a claim with a direct
quotation and stores it with the link; linking the same target again updates it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.evidence.errors import EvidenceError
from workbench.evidence.quotecheck import QuoteCheck, check_quote, claim_quotation
from workbench.store.articles import utcnow
from workbench.store.engine import Database
from workbench.store.models import STANCES, Article, Claim, ClaimSource, ReviewEvent, Source


@dataclass(frozen=True, slots=True)
class LinkChange:
    link_id: int
    claim_id: int
    source_id: int | None
    article_id: int | None
    old_stance: str | None  # None: there was no link before
    new_stance: str | None  # None: the link was removed
    quote_check: QuoteCheck | None

    @property
    def target(self) -> str:
        return f"source {self.source_id}" if self.source_id is not None else f"article {self.article_id}"


def link_source(
    db: Database,
    claim_id: int,
    *,
    source_id: int | None = None,
    article_id: int | None = None,
    stance: str,
    excerpt: str | None = None,
    note: str | None = None,
    who: str,
) -> LinkChange:
    """Link a claim to a source or article; an existing link to the same target is updated.

    ``excerpt`` and ``note`` left as None keep what an existing link has.
    """
    if stance not in STANCES:
        raise EvidenceError(f"stance must be one of {', '.join(STANCES)}; got {stance!r}")
    _check_one_target(source_id, article_id)

    def work(session: Session) -> LinkChange:
        claim = _claim(session, claim_id)
        target_text = _target_text(session, claim, source_id, article_id)
        link = _existing_link(session, claim_id, source_id, article_id)
        old = link.stance if link else None
        if link is None:
            link = ClaimSource(claim_id=claim_id, source_id=source_id, article_id=article_id, created_at=utcnow())
            session.add(link)
        link.stance = stance
        link.who = who
        if excerpt is not None:
            link.excerpt = excerpt.strip() or None
        if note is not None:
            link.note = note.strip() or None
        check = quote_check_for(claim.text, target_text)
        link.quote_check = check.to_json() if check else None
        session.add(ReviewEvent(
            claim_id=claim_id, reviewer=who, at=utcnow(), field=_audit_field(source_id, article_id),
            old=old, new=stance,
        ))
        session.flush()
        return LinkChange(link.id, claim_id, source_id, article_id, old, stance, check)

    return db.write_with_retry(work)


def unlink(
    db: Database, claim_id: int, *, source_id: int | None = None, article_id: int | None = None, who: str
) -> LinkChange:
    """Remove the link between a claim and a source or article."""
    _check_one_target(source_id, article_id)

    def work(session: Session) -> LinkChange:
        _claim(session, claim_id)
        link = _existing_link(session, claim_id, source_id, article_id)
        if link is None:
            target = f"source {source_id}" if source_id is not None else f"article {article_id}"
            raise EvidenceError(f"claim {claim_id} is not linked to {target}")
        change = LinkChange(
            link.id, claim_id, source_id, article_id, link.stance, None, QuoteCheck.from_json(link.quote_check)
        )
        session.add(ReviewEvent(
            claim_id=claim_id, reviewer=who, at=utcnow(), field=_audit_field(source_id, article_id),
            old=link.stance, new=None,
        ))
        session.delete(link)
        return change

    return db.write_with_retry(work)


def quote_check_for(claim_text: str, target_text: str) -> QuoteCheck | None:
    """The quote check of a claim against a text, or None when the claim quotes nobody."""
    quotation = claim_quotation(claim_text)
    return check_quote(quotation, target_text) if quotation else None


def recheck_quotes(db: Database, claim_id: int | None = None) -> int:
    """Recompute stored quote checks (of one claim's links, or all); returns how many changed.

    Useful after a claim's text was re-analysed or the checker improved.
    """

    def work(session: Session) -> int:
        query = select(ClaimSource, Claim.text, Source.text, Article.body).join(
            Claim, Claim.id == ClaimSource.claim_id
        ).outerjoin(Source, Source.id == ClaimSource.source_id).outerjoin(
            Article, Article.id == ClaimSource.article_id
        )
        if claim_id is not None:
            query = query.where(ClaimSource.claim_id == claim_id)
        changed = 0
        for link, claim_text, text, body in session.execute(query):
            check = quote_check_for(claim_text, text if link.source_id is not None else body or "")
            stored = check.to_json() if check else None
            if stored != link.quote_check:
                link.quote_check = stored
                changed += 1
        return changed

    return db.write_with_retry(work)


def _check_one_target(source_id: int | None, article_id: int | None) -> None:
    if (source_id is None) == (article_id is None):
        raise EvidenceError("name exactly one target: a source id or an article id")


def _claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise EvidenceError(f"no claim with id {claim_id}")
    return claim


def _target_text(session: Session, claim: Claim, source_id: int | None, article_id: int | None) -> str:
    if source_id is not None:
        text = session.scalar(select(Source.text).where(Source.id == source_id))
        if text is None:
            raise EvidenceError(f"no source with id {source_id}")
        return text
    if article_id == claim.article_id:
        raise EvidenceError(f"claim {claim.id} comes from article {article_id}; link it to other evidence")
    body = session.scalar(select(Article.body).where(Article.id == article_id))
    if body is None:
        raise EvidenceError(f"no article with id {article_id}")
    return body


def _existing_link(
    session: Session, claim_id: int, source_id: int | None, article_id: int | None
) -> ClaimSource | None:
    query = select(ClaimSource).where(ClaimSource.claim_id == claim_id)
    if source_id is not None:
        query = query.where(ClaimSource.source_id == source_id)
    else:
        query = query.where(ClaimSource.article_id == article_id, ClaimSource.source_id.is_(None))
    return session.scalars(query.order_by(ClaimSource.id)).first()


def _audit_field(source_id: int | None, article_id: int | None) -> str:
    return f"link:source:{source_id}" if source_id is not None else f"link:article:{article_id}"
