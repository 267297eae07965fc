"""Cross-article findings on ingest: near-duplicate claims and the numbers they disagree on.

The stored corpus is loaded into the (pure, blocked) near-duplicate index once per ingest
run, then each new article's claims are matched and added. Index additions are staged
until the write transaction commits, so a rolled-back batch leaves no ghost claims.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from workbench.analysis.model import ArticleAnalysis
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

    def record_findings(
        self, session: Session, article_id: int, claim_ids: Sequence[int], analysis: ArticleAnalysis
    ) -> int:
        """Match one freshly stored article's claims (``claim_ids`` in the analysis's order)
        against the corpus; returns findings added. Uses the sketches the analysis workers
        prepared when there are any.
        """
        index = self._loaded_index(session, article_id)
        sketches = analysis.claim_sketches or [index.prepare(claim.text) for claim in analysis.claims]
        now = utcnow()
        findings = []
        for claim_id, prepared in zip(claim_ids, sketches):
            for match in index.find_prepared(prepared, group=article_id)[:MATCHES_PER_CLAIM]:
                findings.append(
                    {"kind": match.kind, "claim_id": claim_id, "other_claim_id": int(match.other_id),
                     "explanation": match.explanation, "status": "open", "created_at": now}
                )
            self._staged.append((claim_id, article_id, prepared))
        if findings:
            session.execute(insert(FindingRow), findings)
        return len(findings)

    def committed(self) -> None:
        assert self._index is not None
        for claim_id, article_id, prepared in self._staged:
            self._index.add_prepared(claim_id, prepared, group=article_id)
        self._staged.clear()

    def rolled_back(self) -> None:
        self._staged.clear()
