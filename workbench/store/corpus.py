"""Cross-article findings on ingest: near-duplicate claims and the numbers they disagree on.

The stored corpus is loaded into the (pure, blocked) near-duplicate index once per ingest
run, then each new article's claims are matched and added. Index additions are staged
until the write transaction commits, so a rolled-back batch leaves no ghost claims.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from workbench.analysis.labels import CONFLICT_KINDS
from workbench.analysis.model import ArticleAnalysis
from workbench.analysis.neardup import NearDuplicateIndex, Prepared
from workbench.store.articles import utcnow
from workbench.store.engine import Database
from workbench.store.models import Claim, FindingRow
from workbench.store.suggestions import refresh_suggestions

LOAD_BATCH = 10_000
# Templated copy ("... in district 5", "... in district 7") can match hundreds of claims;
# an editor needs the closest few, not a wall of links.
MATCHES_PER_CLAIM = 3


class CrossArticleMatcher:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._index: NearDuplicateIndex | None = None
        # Claims written in the open transaction: matched against at once (two copies in one
        # batch are still found), moved into the corpus index only when the batch commits.
        self._pending = NearDuplicateIndex()
        self._staged: list[tuple[int, int, Prepared | None]] = []

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
            matches = index.find_prepared(prepared, group=article_id)
            matches += self._pending.find_prepared(prepared, group=article_id)
            matches.sort(key=lambda m: -m.score)
            for match in matches[:MATCHES_PER_CLAIM]:
                findings.append(
                    {"kind": match.kind, "claim_id": claim_id, "other_claim_id": int(match.other_id),
                     "explanation": match.explanation, "status": "open", "created_at": now}
                )
            self._pending.add_prepared(claim_id, prepared, group=article_id)
            self._staged.append((claim_id, article_id, prepared))
        if findings:
            session.execute(insert(FindingRow), findings)
            conflicted = [f for f in findings if f["kind"] in CONFLICT_KINDS]
            if conflicted:
                session.flush()
                refresh_suggestions(session, {f["claim_id"] for f in conflicted} | {f["other_claim_id"] for f in conflicted})
        return len(findings)

    def committed(self) -> None:
        if self._index is None:  # nothing was matched in this run yet
            self.rolled_back()
            return
        for claim_id, article_id, prepared in self._staged:
            self._index.add_prepared(claim_id, prepared, group=article_id)
        self.rolled_back()

    def rolled_back(self) -> None:
        self._staged.clear()
        self._pending = NearDuplicateIndex()
