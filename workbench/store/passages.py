"""What ``workbench suggest`` reads: the claim, the sources and the stored claims of other
articles that the full-text indexes find holding the claim's key words.

Plain SQL (no ORM, no models): a suggestion is one short command, and its start-up is
most of its cost. Each function takes the ``Database`` or, for a SQLite file at head, a
plain ``sqlite3`` connection (``store.sqlite_reader``), which spares the command the
import of SQLAlchemy; the SQL is the same (named ``:parameters`` suit both). Other articles' claims come from the full-text index
(SQLite ``claims_fts``, PostgreSQL's GIN index on ``to_tsvector('simple', text)``), best
(BM25 / ``ts_rank``) first, among the newest ``WINDOW_CLAIMS`` claims only: what one call
reads does not grow with the store. Sources come from their own index (SQLite ``sources_fts``,
PostgreSQL's GIN index on their title and text; migration 0006_sources_search): the
``SOURCE_CANDIDATES`` best holding the claim's rarest key words, not every stored source.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.store.engine import Database

Rows = Callable[..., Any]  # (sql, params) -> a cursor: fetchone(), fetchall(), iteration

# The newest claims searched for passages of other articles: about 3,000 articles' worth.
WINDOW_CLAIMS = 60_000
OWN_ROOM = 100
RAREST_WORDS = 8  # the claim's words searched for, rarest first
RARITY_CAP = 2_000  # a word's count in the window stops here (it is common enough)
SOURCE_CANDIDATES = 200  # sources ranked per suggestion, the full-text index's best


@dataclass(frozen=True, slots=True)
class StoredPassage:
    """A stored claim of another article, with that article's title."""

    claim_id: int
    article_id: int
    seq: int
    text: str
    title: str | None


@dataclass(frozen=True, slots=True)
class SuggestionInputs:
    claim_text: str
    article_id: int
    linked: dict[tuple[str, int], str]  # ("source"|"article", id) -> stance


def fts_token(word: str, prefix: bool = True) -> str:
    """One word as an FTS5 string (quotes doubled), a prefix query unless ``prefix`` is False."""
    return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")


@contextmanager
def _reading(db: Database | sqlite3.Connection) -> Iterator[tuple[str, Rows]]:
    """(dialect name, run) where ``run(sql, params)`` executes one statement of plain SQL."""
    if isinstance(db, sqlite3.Connection):
        yield "sqlite", lambda sql, params=(): db.execute(sql, params)
        return
    from sqlalchemy import text

    with db.engine.connect() as connection:
        yield connection.dialect.name, lambda sql, params=None: connection.execute(text(sql), params or {})


def suggestion_inputs(db: Database | sqlite3.Connection, claim_id: int) -> SuggestionInputs | None:
    """The claim (None when there is no such claim) and its links."""
    with _reading(db) as (_, run):
        row = run("SELECT text, article_id FROM claims WHERE id = :id", {"id": claim_id}).fetchone()
        if row is None:
            return None
        linked = {
            (("source", sid) if sid is not None else ("article", aid)): stance
            for sid, aid, stance in run(
                "SELECT source_id, article_id, stance FROM claim_sources WHERE claim_id = :id", {"id": claim_id}
            )
        }
    return SuggestionInputs(row[0], row[1], linked)  # type: ignore[arg-type]


def sources_matching(
    db: Database | sqlite3.Connection, words: Sequence[str], limit: int = SOURCE_CANDIDATES
) -> list[tuple[int, str | None, str]]:
    """(id, title, text) of the stored sources holding any of the ``RAREST_WORDS`` rarest of
    ``words`` (whole words, in title or text), the index's best ``limit`` (BM25 on SQLite,
    ``ts_rank`` on PostgreSQL), by id. Another backend reads every source."""
    words = [w for w in dict.fromkeys(_index_word(w) for w in words) if w]
    if not words:
        return []
    with _reading(db) as (dialect, run):
        if dialect == "postgresql":
            chosen = sorted(words, key=lambda w: (-len(w), w))[:RAREST_WORDS]  # longer words are rarer
            query = " | ".join(t for t in (_ts_word(w) for w in chosen) if t)
            if not query:
                return []
            document = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"
            rows = run(
                f"SELECT id, title, text FROM sources WHERE {document} @@ to_tsquery('simple', :q) "
                f"ORDER BY ts_rank({document}, to_tsquery('simple', :q)) DESC, id LIMIT :n",
                {"q": query, "n": limit},
            ).fetchall()
        elif dialect == "sqlite":
            counted = []
            for word in words:
                holding = run(
                    "SELECT count(*) FROM (SELECT rowid FROM sources_fts WHERE sources_fts MATCH :q LIMIT :cap)",
                    {"q": fts_token(word, prefix=False), "cap": RARITY_CAP},
                ).fetchone()[0]
                if holding:
                    counted.append((holding, -len(word), word))
            chosen = [word for _, _, word in sorted(counted)[:RAREST_WORDS]]
            if not chosen:
                return []
            rows = run(
                "SELECT s.id, s.title, s.text FROM (SELECT rowid AS id, rank FROM sources_fts "
                "WHERE sources_fts MATCH :q ORDER BY rank LIMIT :n) AS m JOIN sources s ON s.id = m.id",
                {"q": " OR ".join(fts_token(w, prefix=False) for w in chosen), "n": limit},
            ).fetchall()
        else:
            rows = run("SELECT id, title, text FROM sources").fetchall()
    return sorted((tuple(row) for row in rows), key=lambda row: row[0])  # type: ignore[misc, return-value]


def passages_matching(
    db: Database | sqlite3.Connection, words: Sequence[str], limit: int, exclude_article: int, claim_id: int | None = None
) -> list[StoredPassage]:
    """Claims of other articles holding any of the ``RAREST_WORDS`` rarest of ``words`` (whole
    words, as the index splits them), best first, among the newest ``WINDOW_CLAIMS`` claims;
    at most ``limit``.

    Rarity is counted in the window, each word's count stopping at ``RARITY_CAP``: a whole-word
    lookup reads its postings lazily from the window's start, so neither the count nor the
    query grows with the store (a prefix query would merge the postings of every word it
    expands to, over the whole index). ``claim_id`` is the claim the words come from: its own
    occurrence does not count (a word only it holds finds nothing else).
    """
    words = [w for w in dict.fromkeys(_index_word(w) for w in words) if w]
    if not words:
        return []
    with _reading(db) as (dialect, run):
        newest = run("SELECT max(id) FROM claims").fetchone()[0] or 0
        floor = newest - WINDOW_CLAIMS
        # The article's own claims are dropped after the index's best are taken: room for them.
        params = {"floor": floor, "own": exclude_article, "n": limit, "inner": limit + OWN_ROOM}
        if dialect == "postgresql":
            chosen = sorted(words, key=lambda w: (-len(w), w))[:RAREST_WORDS]  # longer words are rarer
            params["q"] = " | ".join(_ts_word(w) for w in chosen if _ts_word(w))
            if not params["q"]:
                return []
            rows = run(
                "SELECT c.id, c.article_id, c.seq, c.text, a.title FROM claims c JOIN articles a ON a.id = c.article_id "
                "WHERE to_tsvector('simple', c.text) @@ to_tsquery('simple', :q) AND c.id > :floor "
                "AND c.article_id <> :own "
                "ORDER BY ts_rank(to_tsvector('simple', c.text), to_tsquery('simple', :q)) DESC, c.id LIMIT :n",
                params,
            ).fetchall()
        else:
            counted = []
            for word in words:
                holding = run(
                    "SELECT count(*) FROM (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :q AND rowid > :floor "
                    "LIMIT :cap)", {"q": fts_token(word, prefix=False), "floor": floor, "cap": RARITY_CAP}).fetchone()[0]
                if claim_id is not None and claim_id > floor:
                    holding -= 1
                if holding > 0:
                    counted.append((holding, -len(word), word))
            chosen = [word for _, _, word in sorted(counted)[:RAREST_WORDS]]
            if not chosen:
                return []
            params["q"] = " OR ".join(fts_token(w, prefix=False) for w in chosen)
            rows = run(
                "SELECT c.id, c.article_id, c.seq, c.text, a.title FROM "
                "(SELECT rowid AS id, rank FROM claims_fts WHERE claims_fts MATCH :q AND rowid > :floor "
                " ORDER BY rank LIMIT :inner) AS m "
                "JOIN claims c ON c.id = m.id JOIN articles a ON a.id = c.article_id "
                "WHERE c.article_id <> :own ORDER BY m.rank, c.id LIMIT :n",
                params,
            ).fetchall()
        return [StoredPassage(*row) for row in rows]


def _index_word(word: str) -> str:
    """A word as the full-text index holds it: lowercase, accents dropped (``remove_diacritics``)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _ts_word(word: str) -> str:
    """A word safe inside ``to_tsquery``: letters and digits only."""
    return "".join(ch for ch in word if ch.isalnum())
