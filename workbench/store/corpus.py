"""Cross-article findings on ingest: near-duplicate claims and the numbers they disagree on.

The stored corpus is loaded into the (pure, blocked) near-duplicate index once per ingest
run, then each new article's claims are matched and added. A rolled-back batch is cut off
the index again, so it never points at claims that were not stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from workbench.analysis.labels import CONFLICT_KINDS
from workbench.analysis.model import ArticleAnalysis
from workbench.analysis.neardup import NearDuplicateIndex
from workbench.store.articles import utcnow
from workbench.store.engine import Database
from workbench.store.models import Claim, FindingRow
from workbench.store.suggestions import refresh_suggestions

LOAD_BATCH = 10_000
# Templated copy ("... in district 5", "... in district 7") can match hundreds of claims;
# an editor needs the closest few, not a wall of links.
MATCHES_PER_CLAIM = 3


class CrossArticleMatcher:
    """The corpus index for one ingest run, kept in step with what the writer commits.

    New claims join the index as soon as they are matched (two copies in one batch still
    find each other); a rolled-back batch is cut off again.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._index: NearDuplicateIndex | None = None
        self._committed = 0  # entries of the index that are in the database for good

    def _loaded_index(self, session: Session, exclude_article: int) -> NearDuplicateIndex:
        if self._index is None:
            self._index = NearDuplicateIndex()
            query = select(Claim.id, Claim.article_id, Claim.text).where(Claim.article_id != exclude_article)
            for claim_id, article_id, text in session.execute(query.execution_options(yield_per=LOAD_BATCH)):
                self._index.add(claim_id, text, group=article_id)
            self._committed = len(self._index)
        return self._index

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
        for claim_id, prepared in zip(claim_ids, sketches):
            index.add_prepared(claim_id, prepared, group=article_id)
        if findings:
            session.execute(insert(FindingRow), findings)
            conflicted = [f for f in findings if f["kind"] in CONFLICT_KINDS]
            if conflicted:
                session.flush()
                refresh_suggestions(session, {f["claim_id"] for f in conflicted} | {f["other_claim_id"] for f in conflicted})
        return len(findings)

    def committed(self) -> None:
        if self._index is not None:
            self._committed = len(self._index)

    def rolled_back(self) -> None:
        if self._index is not None:
            self._index.truncate(self._committed)
