"""The persistent near-duplicate index: bucket keys in ``neardup_keys``, comparable forms in
``neardup_claims`` (migration 0004_scale_indexes), the same on SQLite and PostgreSQL.

An article's claims are looked up bucket by bucket through the primary key ``(kind, key,
claim_id)``: from each bucket only its newest members, as many as the in-memory index would
judge (``NearDuplicateIndex.find_prepared``), are read, and the pure matcher judges each
claim's candidates (``analysis.neardup.judge_candidates``): the semantics are the in-memory
index's, the cost is the candidates', whatever the size of the store. Each bucket row carries
the length of its claim's masked text (migration 0007_neardup_key_sizes), so a member whose
length cannot reach the similarity threshold is never read; the others are read as their masked
text, all that scoring needs, and their numbers, names and facts are decoded only for a pair
above the threshold (or met through a fact key).

Ingest runs lookups in its analysis workers (read connections), which also encode the new
claims' rows (``encoded_index_rows``); the writer only inserts them beside the claims, a whole
batch at once in key order (``insert_index``), so each page of the big key index is visited once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence
from json.decoder import scanstring  # type: ignore[attr-defined]

from sqlalchemy import Connection, text

from workbench.analysis.neardup import FACT_CANDIDATES, Fact, NearDuplicate, Prepared, judge_candidates
from workbench.analysis.neardup_rows import FACT_KEY, SKETCH_KEY, decode_prepared, encode_prepared, prepared_keys

BUCKETS_PER_STATEMENT = 400  # SQLite allows 500 terms in a compound SELECT
FORMS_PER_STATEMENT = 2_000
DECODED_CACHE = 20_000  # comparable forms kept per process: templated copy asks for the same few again


class _StoredEntry:
    """A stored claim as a candidate: its masked text at once (all scoring needs), its numbers,
    names and facts decoded only when a pair gets as far as being judged."""

    __slots__ = ("claim_id", "group", "masked", "_data", "_decoded")

    def __init__(self, claim_id: int, article_id: int, data: str) -> None:
        self.claim_id = claim_id
        self.group = article_id
        self.masked = scanstring(data, 2)[0]  # the first member of the JSON list (``encode_prepared``)
        self._data = data
        self._decoded: Prepared | None = None

    def _prepared(self) -> Prepared:
        if self._decoded is None:
            self._decoded = decode_prepared(self._data)
        return self._decoded

    @property
    def numbers(self) -> tuple[str, ...]:
        return self._prepared()[1]

    @property
    def written(self) -> dict[str, str]:
        return self._prepared()[2]

    @property
    def names(self) -> frozenset[str]:
        return self._prepared()[4]

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self._prepared()[5]


class StoredNearDuplicates:
    """Lookups against the stored index, from one read connection's point of view.

    ``before`` is the newest claim id to consider (None: all of them, the run's own committed
    claims too; the writer drops a match it also found in memory).
    """

    def __init__(self, before: int | None = None) -> None:
        self.before = before if before is not None else 2**62
        self._entries: OrderedDict[int, _StoredEntry] = OrderedDict()

    def find(
        self, connection: Connection, sketches: Sequence[Prepared | None], group: Hashable | None,
        max_candidates: int, threshold: float = 85.0,
    ) -> tuple[list[list[NearDuplicate]], dict[int, int]]:
        """Matches of each prepared claim (in order) among the stored claims outside ``group``
        (an article id; ``None`` for a new article), best first; and the article of every
        candidate claim (claim id -> article id).

        Each claim is judged as ``NearDuplicateIndex.find_prepared`` judges it (the same
        ``judge_candidates``) against the newest members of its own buckets in the store."""
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
        buckets, sizes = self._bucket_members(connection, limits)
        own = group if group is not None else -1  # no stored article has id -1

        # Each claim's candidates: the newest members of its sketch buckets, as many as the
        # in-memory index judges, in the same order; of those, only the members whose length
        # allows a match are read and scored (the others could never reach ``threshold``).
        claims: list[tuple[Prepared, list[int]] | None] = []
        wanted: set[int] = set()
        for prepared in sketches:
            if prepared is None:
                claims.append(None)
                continue
            per_key = max(1, max_candidates // max(1, len(prepared[3])))
            ids: set[int] = set()
            for key in prepared[3]:
                ids.update(buckets.get((SKETCH_KEY, key), ())[:per_key])
            length = len(prepared[0])
            allowed = [i for i in ids if _lengths_can_match(length, sizes.get(i), threshold)]
            wanted.update(allowed)
            claims.append((prepared, allowed))
        for (kind, _key), members in buckets.items():
            if kind == FACT_KEY:  # fact matches are judged on other words: every member is read
                wanted.update(members)
        entries = self._forms(connection, wanted)

        def fact_bucket(key: int, newest: int) -> list[_StoredEntry]:
            members = [entries[i] for i in buckets.get((FACT_KEY, key), ())[:newest] if i in entries]
            return members[::-1]  # oldest first, as the in-memory index gives them

        found = []
        for claim in claims:
            if claim is None:
                found.append([])
                continue
            prepared, allowed = claim
            candidates = [entry for i in allowed if (entry := entries.get(i)) is not None and entry.group != own]
            found.append(judge_candidates(prepared, candidates, fact_bucket, own, threshold, max_candidates))
        return found, {claim_id: entry.group for claim_id, entry in entries.items()}

    def _bucket_members(
        self, connection: Connection, limits: dict[tuple[int, int], int]
    ) -> tuple[dict[tuple[int, int], list[int]], dict[int, int | None]]:
        """The newest members of each bucket (newest first), and each member's compared length:
        one statement per ``BUCKETS_PER_STATEMENT`` buckets, each bucket a LIMITed range of the
        primary key.

        An article's lookup reads thousands of rows: they are fetched whole from the driver's
        cursor (``fetchall``), not row by row through result objects, which cost twice the
        database's own work."""
        members: dict[tuple[int, int], list[int]] = {}
        sizes: dict[int, int | None] = {}
        items = list(limits.items())
        before = int(self.before)
        cursor = _driver_cursor(connection)
        try:
            for start in range(0, len(items), BUCKETS_PER_STATEMENT):
                # Integers we computed, written inline: no bound-parameter limits, one plan.
                union = " UNION ALL ".join(
                    f"SELECT kind, key, claim_id, size FROM (SELECT kind, key, claim_id, size FROM neardup_keys "
                    f"WHERE kind = {int(kind)} AND key = {int(key)} AND claim_id <= {before} "
                    f"ORDER BY claim_id DESC LIMIT {int(limit)}) AS b{number}"
                    for number, ((kind, key), limit) in enumerate(items[start:start + BUCKETS_PER_STATEMENT])
                )
                cursor.execute(union)
                for kind, key, claim_id, size in cursor.fetchall():
                    sizes[claim_id] = size
                    bucket = members.get((kind, key))
                    if bucket is None:
                        members[(kind, key)] = [claim_id]
                    else:
                        bucket.append(claim_id)
        finally:
            cursor.close()
        for bucket in members.values():
            bucket.sort(reverse=True)
        return members, sizes

    def _forms(self, connection: Connection, claim_ids: set[int]) -> dict[int, _StoredEntry]:
        """The comparable forms of these claims: those met before from the cache, the rest in
        statements of ``FORMS_PER_STATEMENT``; then the read snapshot ends."""
        cache = self._entries
        entries: dict[int, _StoredEntry] = {}
        missing = []
        for claim_id in claim_ids:
            entry = cache.get(claim_id)
            if entry is None:
                missing.append(claim_id)
            else:
                cache.move_to_end(claim_id)
                entries[claim_id] = entry
        missing.sort()
        cursor = _driver_cursor(connection)
        try:
            for start in range(0, len(missing), FORMS_PER_STATEMENT):
                listed = ", ".join(str(int(i)) for i in missing[start:start + FORMS_PER_STATEMENT])
                cursor.execute(f"SELECT claim_id, article_id, data FROM neardup_claims WHERE claim_id IN ({listed})")
                for claim_id, article_id, data in cursor.fetchall():
                    entries[claim_id] = cache[claim_id] = _StoredEntry(claim_id, article_id, data)
        finally:
            cursor.close()
        connection.rollback()  # end the read snapshot: the writer's WAL can be checkpointed
        while len(cache) > DECODED_CACHE:
            cache.popitem(last=False)
        return entries


def _lengths_can_match(length: int, other: int | None, threshold: float) -> bool:
    """False when two masked texts of these lengths cannot reach ``threshold`` with ``fuzz.ratio``:
    it is at most ``200 * shorter / (both lengths)`` (their Indel distance is at least the
    difference of the lengths). A length not known (None) may match. A hair of slack keeps a
    pair exactly at the threshold."""
    if other is None:
        return True
    return 200.0 * min(length, other) >= threshold * (length + other) - 1e-6


def _driver_cursor(connection: Connection):  # type: ignore[no-untyped-def]
    """A cursor of the driver's own inside ``connection``'s transaction (begun here if none is)."""
    if not connection.in_transaction():
        connection.begin()
    return connection.connection.cursor()


def newest_claim_id(connection: Connection) -> int:
    value = connection.execute(text("SELECT max(id) FROM claims")).scalar()
    connection.rollback()
    return int(value or 0)


# A claim's comparable form (JSON), its (kind, key)s and the length of its masked text.
EncodedIndexRows = tuple[str, list[tuple[int, int]], int]


def encoded_index_rows(sketches: Sequence[Prepared | None]) -> list[EncodedIndexRows | None]:
    """Each claim's index rows without its id (``None`` for a claim too short to compare):
    built in the analysis workers, so the writer only adds the ids."""
    return [
        None if prepared is None else (encode_prepared(prepared), prepared_keys(prepared), len(prepared[0]))
        for prepared in sketches
    ]


def index_rows(
    article_id: int, claim_ids: Sequence[int], encoded: Sequence[EncodedIndexRows | None]
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, int, int]]]:
    """Rows of ``neardup_claims`` (claim_id, article_id, data) and ``neardup_keys`` (kind, key,
    claim_id, size) for freshly stored claims."""
    forms: list[tuple[int, int, str]] = []
    keys: list[tuple[int, int, int, int]] = []
    for claim_id, rows in zip(claim_ids, encoded):
        if rows is None:
            continue
        data, claim_keys, size = rows
        forms.append((claim_id, article_id, data))
        keys += [(kind, key, claim_id, size) for kind, key in claim_keys]
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
    connection: Connection, forms: Iterable[tuple[int, int, str]], keys: Iterable[tuple[int, int, int, int]]
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
        connection.exec_driver_sql(
            f'INSERT INTO neardup_keys (kind, "key", claim_id, size) VALUES ({mark}, {mark}, {mark}, {mark})', keys
        )
