"""Cross-article findings on ingest: near-duplicate claims and the numbers they disagree on.

Two halves. The stored claims are looked up in the persistent index (``store.neardup_index``)
by the analysis workers, a few candidates per claim: nothing is loaded up front and memory
does not grow with the store. The run's newest claims, which a worker may not have seen
stored yet, are matched here, in a (pure, blocked) in-memory index that holds only the last
``keep_articles`` articles of the run (what the writer's window can hold): each new claim
joins it under a ``ClaimRef`` whose id is filled in when its article is stored (two copies in
one batch still find each other). A rolled-back batch is cut off the index again, so it
never points at claims that were not stored. Matching happens before the write transaction
(a duplicate from the article's own outlet is told apart as re-use there too: by the workers
for stored claims, here for the run's), so the write lock is held only to store what was found.

The work per claim is bounded (``CANDIDATES_PER_CLAIM``): templated copy, where every
claim shares its bigrams with thousands of others, stays linear in the input.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from workbench.analysis.labels import CONFLICT_KINDS
from workbench.analysis.model import ArticleAnalysis
from workbench.analysis.neardup import NearDuplicate, NearDuplicateIndex
from workbench.store.articles import utcnow
from workbench.store.engine import Database
from workbench.store.models import Article, Claim, FindingRow
from workbench.store.suggestions import refresh_suggestions

# Templated copy ("... in district 5", "... in district 7") can match hundreds of claims;
# an editor needs the closest few, not a wall of links.
MATCHES_PER_CLAIM = 3
# Candidates judged per claim, at most: bounds the work however full a bucket gets.
CANDIDATES_PER_CLAIM = 240


class ClaimRef:
    """A claim in the index whose id is known once its article is stored, and its article's
    outlet (stripped, "" when none is known)."""

    __slots__ = ("id", "outlet")

    def __init__(self, outlet: str = "") -> None:
        self.id: int | None = None
        self.outlet = outlet


@dataclass(slots=True)
class ArticleMatches:
    """One article's near-duplicates, found before it is stored."""

    refs: list[ClaimRef]  # one per claim, in the analysis's order
    outlet: str = ""  # the article's outlet, stripped
    matches: list[tuple[int, NearDuplicate]] = field(default_factory=list)  # (claim position, match)


def article_outlets(connection: Connection, article_ids: Iterable[int]) -> dict[int, str]:
    """The outlet of each stored article, stripped ("" when none is known)."""
    ids = sorted(set(article_ids))
    outlets: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        rows = connection.execute(select(Article.id, Article.outlet).where(Article.id.in_(ids[start:start + 500])))
        outlets.update((article_id, (outlet or "").strip()) for article_id, outlet in rows)
    return outlets


def as_reuse(match: NearDuplicate, outlet: str, other_outlet: str) -> NearDuplicate:
    """A duplicate of a claim from the same outlet is the outlet re-using its own sentence."""
    if match.kind != "duplicate" or not outlet or outlet.casefold() != other_outlet.casefold():
        return match
    return replace(match, kind="reuse", explanation=f"{outlet} re-used its own sentence: {match.explanation}")


def _existing_claims(session: Session, claim_ids: set[int]) -> set[int]:
    """Those of the claims still stored: one matched before the write may be gone since
    (re-analysed by --force). A primary-key probe of rows the finding's trigger reads next."""
    ids = sorted(claim_ids)
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        found.update(session.scalars(select(Claim.id).where(Claim.id.in_(ids[start:start + 500]))))
    return found


def _bound_now(session: Session) -> object:
    """Now, as the driver takes it for ``findings.created_at`` (rows go in without the ORM)."""
    now = utcnow()
    processor = FindingRow.__table__.c.created_at.type.bind_processor(session.get_bind().dialect)
    return processor(now) if processor else now


def _claim_id(other: Hashable) -> int | None:
    return other.id if isinstance(other, ClaimRef) else int(other)  # type: ignore[call-overload]


def _best(run: list[NearDuplicate], stored: Sequence[NearDuplicate]) -> list[NearDuplicate]:
    """Both lists' matches, best first, each other claim once."""
    seen: set[int] = set()
    merged = []
    for match in sorted([*run, *stored], key=lambda m: -m.score):
        other = match.other_id
        key = (other.id if other.id is not None else -id(other)) if isinstance(other, ClaimRef) else int(other)  # type: ignore[call-overload]
        if key not in seen:
            seen.add(key)
            merged.append(match)
    return merged


class CrossArticleMatcher:
    """The corpus index for one ingest run, kept in step with what the writer commits.

    ``match`` runs outside any write transaction (the store's half of the matching ran in a
    worker before it); ``record`` stores its findings inside
    one, and ``refresh_suggestions`` ends that transaction's work. After the transaction
    the writer calls ``committed`` or ``rolled_back``.
    """

    def __init__(
        self, db: Database, candidates_per_claim: int | None = None, keep_articles: int | None = None
    ) -> None:
        self.db = db
        self.candidates_per_claim = candidates_per_claim
        # The run's articles the workers may not have seen stored yet: only these are matched
        # here, so memory does not grow with the run either (None: the whole run).
        self.keep_articles = keep_articles
        self._index: NearDuplicateIndex | None = None
        self._committed = 0  # entries of the index that are in the database for good
        self._recent: deque[tuple[list[ClaimRef], list, Hashable | None]] = deque()
        self._recent_committed = 0  # articles of _recent in the database for good
        self._conflicted: set[int] = set()  # claims whose suggestion record() made stale

    def _loaded_index(self) -> NearDuplicateIndex:
        if self._index is None:
            self._index = NearDuplicateIndex()  # this run's claims only: the store is looked up in place
            self._committed = 0
        return self._index

    def match(
        self, analysis: ArticleAnalysis, group: Hashable | None = None,
        stored: Sequence[Sequence[NearDuplicate]] | None = None, outlet: str | None = None,
    ) -> ArticleMatches:
        """Match one analysed article's claims against this run's claims, then add them to it.

        ``stored`` holds each claim's matches among the stored claims (found, and told apart as
        duplicates or re-use, by an analysis worker in the persistent index); the best
        ``MATCHES_PER_CLAIM`` of both are kept, each other claim once. ``group`` is the article's
        id when it is already stored (``ingest --force``), so its own old claims are not matched;
        a new article gets a group of its own. ``outlet`` is the article's outlet.
        """
        index = self._loaded_index()
        outlet = (outlet or "").strip()
        result = ArticleMatches([ClaimRef(outlet) for _ in analysis.claims], outlet)
        group = group if group is not None else result.refs[0] if result.refs else None
        sketches = analysis.claim_sketches or [index.prepare(claim.text) for claim in analysis.claims]
        cap = self.candidates_per_claim or CANDIDATES_PER_CLAIM  # None in both: unbounded (bench baseline)
        for position, prepared in enumerate(sketches):
            found = index.find_prepared(prepared, group=group, max_candidates=cap) if len(index) else []
            found = [as_reuse(match, outlet, match.other_id.outlet) for match in found]
            if stored and position < len(stored) and stored[position]:
                found = _best(found, stored[position])
            result.matches.extend((position, match) for match in found[:MATCHES_PER_CLAIM])
        for ref, prepared in zip(result.refs, sketches):
            index.add_prepared(ref, prepared, group=group)
        if self.keep_articles is not None:
            self._recent.append((result.refs, list(sketches), group))
        return result

    def record(self, session: Session, found: ArticleMatches, claim_ids: Sequence[int]) -> int:
        """Store the findings of a freshly stored article (``claim_ids`` in the analysis's
        order) inside the caller's transaction; returns how many were added. Everything was
        worked out before the transaction: here the rows are only written."""
        for ref, claim_id in zip(found.refs, claim_ids):
            ref.id = claim_id
        pairs = [(claim_ids[position], _claim_id(match.other_id), match) for position, match in found.matches]
        pairs = [(mine, other, match) for mine, other, match in pairs if other is not None]
        if not pairs:
            return 0
        stored = _existing_claims(session, {other for _, other, _ in pairs})
        now = _bound_now(session)
        findings = [(match.kind, mine, other, match.explanation, "open", now)
                    for mine, other, match in pairs if other in stored]
        if findings:
            connection = session.connection()
            mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
            connection.exec_driver_sql(
                "INSERT INTO findings (kind, claim_id, other_claim_id, explanation, status, created_at) "
                f"VALUES ({', '.join([mark] * 6)})", findings,
            )
            for kind, mine, other, *_ in findings:
                if kind in CONFLICT_KINDS:
                    self._conflicted.update((mine, other))
        return len(findings)

    def refresh_suggestions(self, session: Session) -> None:
        """Once per transaction, after its articles: both claims of a conflict become contradictory."""
        if self._conflicted:
            session.flush()
            refresh_suggestions(session, self._conflicted)
        self._conflicted = set()

    def committed(self) -> None:
        if self._index is not None:
            self._committed = len(self._index)
            self._recent_committed = len(self._recent)
            if self.keep_articles is not None and len(self._recent) > 2 * self.keep_articles:
                self._keep_recent()

    def _keep_recent(self) -> None:
        """Start the index again from the newest ``keep_articles`` articles (all committed):
        older ones are in the store, where the workers find them."""
        assert self.keep_articles is not None
        while len(self._recent) > self.keep_articles:
            self._recent.popleft()
        index = NearDuplicateIndex()
        for refs, sketches, group in self._recent:
            for ref, prepared in zip(refs, sketches):
                index.add_prepared(ref, prepared, group=group)
        self._index = index
        self._committed = len(index)
        self._recent_committed = len(self._recent)

    def rolled_back(self) -> None:
        self._conflicted = set()
        if self._index is not None:
            self._index.truncate(self._committed)
        while len(self._recent) > self._recent_committed:
            self._recent.pop()
