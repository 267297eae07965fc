"""The persistent near-duplicate index: bucket keys in ``neardup_keys``, comparable forms in
``neardup_claims`` (migration 0004_scale_indexes), the same on SQLite and PostgreSQL.

An article's claims are looked up bucket by bucket through the primary key ``(kind, key,
claim_id)``: from each bucket only its newest members, as many as the in-memory index would
judge (``NearDuplicateIndex.find_prepared``), are read. Those few candidates make a small
in-memory index, and the pure matcher (``analysis.neardup``) judges them: the semantics are
the in-memory index's, the cost is the candidates', whatever the size of the store.

Ingest runs lookups in its analysis workers (read connections), which also encode the new
claims' rows (``encoded_index_rows``); the writer only inserts them beside the claims, a whole
batch at once in key order (``insert_index``), so each page of the big key index is visited once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence

from sqlalchemy import Connection, text

from workbench.analysis.neardup import FACT_CANDIDATES, NearDuplicate, NearDuplicateIndex, Prepared
from workbench.analysis.neardup_rows import SKETCH_KEY, decode_prepared, encode_prepared, prepared_keys

BUCKETS_PER_STATEMENT = 400  # SQLite allows 500 terms in a compound SELECT
DECODED_CACHE = 20_000  # comparable forms kept per process: templated copy asks for the same few again


class StoredNearDuplicates:
    """Lookups against the stored index, from one read connection's point of view.

    ``before`` is the newest claim id to consider (None: all of them, the run's own committed
    claims too; the writer drops a match it also found in memory).
    """

    def __init__(self, before: int | None = None) -> None:
        self.before = before if before is not None else 2**62
        self._decoded: OrderedDict[int, tuple[int, Prepared]] = OrderedDict()

    def find(
        self, connection: Connection, sketches: Sequence[Prepared | None], group: Hashable | None,
        max_candidates: int, threshold: float = 85.0,
    ) -> tuple[list[list[NearDuplicate]], dict[int, int]]:
        """Matches of each prepared claim (in order) among the stored claims outside ``group``
        (an article id; ``None`` for a new article), best first; and the article of every
        candidate claim (claim id -> article id)."""
        limits: dict[tuple[int, int], int] = {}
        for prepared in sketches:
            if prepared is None:
                continue
            keys = prepared[3]
            per_key = max(1, max_candidates // max(1, len(keys)))
            for kind, key in prepared_keys(prepared):
                limit = per_key if kind == SKETCH_KEY else min(FACT_CANDIDATES, max_candidates)
                limits[(kind, key)] = max(limit, limits.get((kind, key), 0))
        if not limits or self.before <= 0:
            return [[] for _ in sketches], {}
        index = NearDuplicateIndex(threshold)
        forms = self._candidates(connection, limits)
        for claim_id, (article_id, prepared) in sorted(forms.items()):
            index.add_prepared(claim_id, prepared, group=article_id)
        own = group if group is not None else -1  # no stored article has id -1
        found = [index.find_prepared(prepared, group=own, max_candidates=max_candidates) for prepared in sketches]
        return found, {claim_id: article_id for claim_id, (article_id, _) in forms.items()}

    def _candidates(self, connection: Connection, limits: dict[tuple[int, int], int]) -> dict[int, tuple[int, Prepared]]:
        """The newest members of each bucket with their comparable forms: one statement per
        ``BUCKETS_PER_STATEMENT`` buckets (each bucket a LIMITed range of the primary key)."""
        found: dict[int, tuple[int, Prepared]] = {}
        buckets = list(limits.items())
        before = int(self.before)
        for start in range(0, len(buckets), BUCKETS_PER_STATEMENT):
            # Integers we computed, written inline: no bound-parameter limits, one plan.
            union = " UNION ALL ".join(
                f"SELECT claim_id FROM (SELECT claim_id FROM neardup_keys WHERE kind = {int(kind)} AND key = {int(key)} "
                f"AND claim_id <= {before} ORDER BY claim_id DESC LIMIT {int(limit)}) AS b{number}"
                for number, ((kind, key), limit) in enumerate(buckets[start:start + BUCKETS_PER_STATEMENT])
            )
            rows = connection.exec_driver_sql(
                f"SELECT claim_id, article_id, data FROM neardup_claims WHERE claim_id IN ({union})"
            ).all()
            for claim_id, article_id, data in rows:
                cached = self._decoded.get(claim_id)
                if cached is None:
                    cached = self._decoded[claim_id] = (article_id, decode_prepared(data))
                else:
                    self._decoded.move_to_end(claim_id)
                found[claim_id] = cached
        connection.rollback()  # end the read snapshot: the writer's WAL can be checkpointed
        while len(self._decoded) > DECODED_CACHE:
            self._decoded.popitem(last=False)
        return found


def newest_claim_id(connection: Connection) -> int:
    value = connection.execute(text("SELECT max(id) FROM claims")).scalar()
    connection.rollback()
    return int(value or 0)


EncodedIndexRows = tuple[str, list[tuple[int, int]]]  # a claim's comparable form (JSON) and its (kind, key)s


def encoded_index_rows(sketches: Sequence[Prepared | None]) -> list[EncodedIndexRows | None]:
    """Each claim's index rows without its id (``None`` for a claim too short to compare):
    built in the analysis workers, so the writer only adds the ids."""
    return [None if prepared is None else (encode_prepared(prepared), prepared_keys(prepared)) for prepared in sketches]


def index_rows(
    article_id: int, claim_ids: Sequence[int], encoded: Sequence[EncodedIndexRows | None]
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, int]]]:
    """Rows of ``neardup_claims`` (claim_id, article_id, data) and ``neardup_keys`` (kind, key,
    claim_id) for freshly stored claims."""
    forms: list[tuple[int, int, str]] = []
    keys: list[tuple[int, int, int]] = []
    for claim_id, rows in zip(claim_ids, encoded):
        if rows is None:
            continue
        data, claim_keys = rows
        forms.append((claim_id, article_id, data))
        keys += [(kind, key, claim_id) for kind, key in claim_keys]
    return forms, keys


def delete_index(connection: Connection, claim_ids: Sequence[int]) -> None:
    """Take claims out of the index (a re-analysed article's kept claims get new rows)."""
    for start in range(0, len(claim_ids), 500):
        chunk = list(claim_ids[start:start + 500])
        marks = ", ".join(f":c{i}" for i in range(len(chunk)))
        params = {f"c{i}": claim_id for i, claim_id in enumerate(chunk)}
        connection.execute(text(f"DELETE FROM neardup_keys WHERE claim_id IN ({marks})"), params)
        connection.execute(text(f"DELETE FROM neardup_claims WHERE claim_id IN ({marks})"), params)


def insert_index(
    connection: Connection, forms: Iterable[tuple[int, int, str]], keys: Iterable[tuple[int, int, int]]
) -> None:
    """Insert index rows inside the caller's transaction, keys in the order of their primary key:
    a batch's keys land all over the big key index, and in order each of its pages is read and
    dirtied once, not once per key."""
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    forms = sorted(forms)
    keys = sorted(keys)
    if forms:
        connection.exec_driver_sql(
            f"INSERT INTO neardup_claims (claim_id, article_id, data) VALUES ({mark}, {mark}, {mark})", forms
        )
    if keys:
        connection.exec_driver_sql(f'INSERT INTO neardup_keys (kind, "key", claim_id) VALUES ({mark}, {mark}, {mark})', keys)
