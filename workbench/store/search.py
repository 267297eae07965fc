"""Full-text candidate stages of search: SQLite FTS5 (``claims_fts``) or PostgreSQL
``to_tsvector('simple', ...)`` GIN indexes, both made by migration 0004_scale_indexes
(``store.passages`` holds the suggestions' stage).

Words are matched by prefix ("minist" finds "minister", "ministry"); rapidfuzz then ranks
only what these conditions let through. A misspelt word ("govrnment") is looked up in the
index's own vocabulary (an ``fts5vocab`` table over ``claims_fts``, made per connection in
``temp``): the stored words beginning with its letter that are closest to it stand in for it.

User text reaches ``MATCH`` only as double-quoted tokens (a quote inside is doubled), so
quotes, ``AND``/``OR``/``NEAR``, ``*``, ``^``, ``-`` and ``:`` in a query are words or
nothing, never syntax.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, literal_column, select, text
from sqlalchemy.orm import Session

from workbench.store.models import Claim
from workbench.store.passages import fts_token

_TERM = re.compile(r"\w+")


def search_terms(query: str) -> list[str]:
    """The words of a query as the full-text index splits them, lowercased, in order, once each."""
    return list(dict.fromkeys(word.lower() for word in _TERM.findall(query)))


def _fts_query(words: Sequence[str], any_word: bool) -> str:
    return (" OR " if any_word else " AND ").join(fts_token(word) for word in words)


def _ts_query(words: Sequence[str], any_word: bool) -> str:
    return (" | " if any_word else " & ").join(f"{word}:*" for word in words)


def claim_text_matches(session: Session, words: Sequence[str], any_word: bool = False) -> ColumnElement[bool]:
    """SQL: the claim's text holds every one of ``words`` (or any, with ``any_word``) as a word prefix."""
    words = [w for w in (search_terms(" ".join(words))) if w]
    if session.get_bind().dialect.name == "postgresql":
        return func.to_tsvector("simple", Claim.text).op("@@")(func.to_tsquery("simple", _ts_query(words, any_word)))
    matching = select(literal_column("rowid")).select_from(text("claims_fts")).where(
        text("claims_fts MATCH :claims_fts_query").bindparams(claims_fts_query=_fts_query(words, any_word))
    )
    return Claim.id.in_(matching)


def claim_text_matches_fts(query: str) -> ColumnElement[bool]:
    """SQL (SQLite): the claim is among those an FTS5 ``query`` (built here, from tokens) finds."""
    matching = select(literal_column("rowid")).select_from(text("claims_fts")).where(
        text("claims_fts MATCH :claims_fts_query").bindparams(claims_fts_query=query)
    )
    return Claim.id.in_(matching)


VOCABULARY_TABLE = "temp.claims_fts_vocab"
CLOSE_WORDS = 6  # stored words standing in for one misspelt word, at most
CLOSE_SCORE = 75.0  # rapidfuzz ratio a stored word needs to stand in for it


def close_words(session: Session, word: str) -> list[str]:
    """Stored words (claims' full-text vocabulary) close to a misspelt ``word``, closest first.

    Only words with its first letter are read (a range of the vocabulary, so the cost is that
    letter's share of the index); rapidfuzz picks the closest. SQLite only: [] elsewhere.
    """
    from rapidfuzz import fuzz, process

    if session.get_bind().dialect.name != "sqlite" or len(word) < 3:
        return []
    connection = session.connection()
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY_TABLE} USING fts5vocab(main, claims_fts, row)"
    )
    first = word[0]
    terms = list(connection.exec_driver_sql(
        f"SELECT term FROM {VOCABULARY_TABLE} WHERE term >= ? AND term < ?", (first, chr(ord(first) + 1))
    ).scalars())
    found = process.extract(word, terms, scorer=fuzz.ratio, score_cutoff=CLOSE_SCORE, limit=CLOSE_WORDS)
    return [term for term, _score, _index in found if term != word]
