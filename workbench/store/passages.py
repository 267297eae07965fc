"""What ``workbench suggest`` reads: the claim, the sources, and the stored claims of other
articles that the full-text index finds holding the claim's key words.

Plain SQL through the engine (no ORM, no models): a suggestion is one short command, and
its start-up is most of its cost. Other articles' claims come from the full-text index
(SQLite ``claims_fts``, PostgreSQL's GIN index on ``to_tsvector('simple', text)``), best
(BM25 / ``ts_rank``) first, among the newest ``WINDOW_CLAIMS`` claims only: what one call
reads does not grow with the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text

from workbench.store.engine import Database

# The newest claims searched for passages of other articles: about 3,000 articles' worth.
WINDOW_CLAIMS = 60_000
OWN_ROOM = 100


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
    sources: list[tuple[int, str | None, str]]  # (id, title, text)
    linked: dict[tuple[str, int], str]  # ("source"|"article", id) -> stance


def fts_token(word: str, prefix: bool = True) -> str:
    """One word as an FTS5 string (quotes doubled), a prefix query unless ``prefix`` is False."""
    return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")


def suggestion_inputs(db: Database, claim_id: int) -> SuggestionInputs | None:
    """The claim (None when there is no such claim), every stored source, and the claim's links."""
    with db.engine.connect() as connection:
        row = connection.execute(text("SELECT text, article_id FROM claims WHERE id = :id"), {"id": claim_id}).first()
        if row is None:
            return None
        sources = [tuple(r) for r in connection.execute(text("SELECT id, title, text FROM sources ORDER BY id"))]
        linked = {
            (("source", sid) if sid is not None else ("article", aid)): stance
            for sid, aid, stance in connection.execute(
                text("SELECT source_id, article_id, stance FROM claim_sources WHERE claim_id = :id"), {"id": claim_id}
            )
        }
    return SuggestionInputs(row[0], row[1], sources, linked)  # type: ignore[arg-type]


def passages_matching(db: Database, words: Sequence[str], limit: int, exclude_article: int) -> list[StoredPassage]:
    """Claims of other articles holding any of ``words`` (as word prefixes), best first, among
    the newest ``WINDOW_CLAIMS`` claims; at most ``limit``."""
    words = [w for w in dict.fromkeys(w.lower() for w in words) if w]
    if not words:
        return []
    with db.engine.connect() as connection:
        newest = connection.execute(text("SELECT max(id) FROM claims")).scalar() or 0
        # The article's own claims are dropped after the index's best are taken: room for them.
        params = {"floor": newest - WINDOW_CLAIMS, "own": exclude_article, "n": limit, "inner": limit + OWN_ROOM}
        if connection.dialect.name == "postgresql":
            params["q"] = " | ".join(f"{_ts_word(w)}:*" for w in words if _ts_word(w))
            if not params["q"]:
                return []
            rows = connection.execute(text(
                "SELECT c.id, c.article_id, c.seq, c.text, a.title FROM claims c JOIN articles a ON a.id = c.article_id "
                "WHERE to_tsvector('simple', c.text) @@ to_tsquery('simple', :q) AND c.id > :floor "
                "AND c.article_id <> :own "
                "ORDER BY ts_rank(to_tsvector('simple', c.text), to_tsquery('simple', :q)) DESC, c.id LIMIT :n"
            ), params)
        else:
            params["q"] = " OR ".join(fts_token(w) for w in words)
            rows = connection.execute(text(
                "SELECT c.id, c.article_id, c.seq, c.text, a.title FROM "
                "(SELECT rowid AS id, rank FROM claims_fts WHERE claims_fts MATCH :q AND rowid > :floor "
                " ORDER BY rank LIMIT :inner) AS m "
                "JOIN claims c ON c.id = m.id JOIN articles a ON a.id = c.article_id "
                "WHERE c.article_id <> :own ORDER BY m.rank, c.id LIMIT :n"
            ), params)
        return [StoredPassage(*row) for row in rows]


def _ts_word(word: str) -> str:
    """A word safe inside ``to_tsquery``: letters and digits only."""
    return "".join(ch for ch in word if ch.isalnum())
