"""Cross-article findings on ingest: near-duplicate claims and the numbers they disagree on.

The stored corpus is loaded into the (pure, blocked) near-duplicate index once per ingest
run, then each new article's claims are matched and added. Index additions are staged
until the write transaction commits, so a rolled-back batch leaves no ghost claims.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.analysis.neardup import NearDuplicateIndex
from workbench.store.articles import utcnow
from workbench.store.engine import Database
from workbench.store.models import Claim, FindingRow

LOAD_BATCH = 10_000
# Templated copy ("... in district 5", "... in district 7") can match hundreds of claims;
# an editor needs the closest few, not a wall of links.
MATCHES_PER_CLAIM = 3


class CrossArticleMatcher:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._index: NearDuplicateIndex | None = None
        self._staged: list[tuple[int, int, str]] = []

    def _loaded_index(self, session: Session, exclude_article: int) -> NearDuplicateIndex:
        if self._index is None:
            self._index = NearDuplicateIndex()
            query = select(Claim.id, Claim.article_id, Claim.text).where(Claim.article_id != exclude_article)
            for claim_id, article_id, text in session.execute(query.execution_options(yield_per=LOAD_BATCH)):
                self._add(claim_id, article_id, text)
        return self._index

    def _add(self, claim_id: int, article_id: int, text: str) -> None:
        assert self._index is not None
        self._index.add(claim_id, text, group=article_id)

    def record_findings(self, session: Session, article_id: int) -> int:
        """Match one freshly stored article's claims against the corpus; returns findings added."""
        index = self._loaded_index(session, article_id)
        claims = session.execute(
            select(Claim.id, Claim.text).where(Claim.article_id == article_id).order_by(Claim.seq)
        ).all()
        now = utcnow()
        added = 0
        for claim_id, text in claims:
            for match in index.find_matches(text, group=article_id)[:MATCHES_PER_CLAIM]:
                session.add(
                    FindingRow(
                        kind=match.kind, claim_id=claim_id, other_claim_id=int(match.other_id),
                        explanation=match.explanation, status="open", created_at=now,
                    )
                )
                added += 1
            self._staged.append((claim_id, article_id, text))
        return added

    def committed(self) -> None:
        for staged in self._staged:
            self._add(*staged)
        self._staged.clear()

    def rolled_back(self) -> None:
        self._staged.clear()
