"""Full-text candidate stages: SQLite FTS5 (``claims_fts``, ``articles_fts``) or PostgreSQL
``to_tsvector('simple', ...)`` GIN indexes, both made by migration 0004_scale_indexes.

Words are matched by prefix ("minist" finds "minister", "ministry"); rapidfuzz then ranks
only what these conditions let through.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, literal_column, select, text
from sqlalchemy.orm import Session

from workbench.store.models import Article, Claim

_TERM = re.compile(r"\w+")


def search_terms(query: str) -> list[str]:
    """The words of a query as the full-text index splits them, lowercased, in order, once each."""
    return list(dict.fromkeys(word.lower() for word in _TERM.findall(query)))


def _fts_query(words: Sequence[str], any_word: bool) -> str:
    return (" OR " if any_word else " AND ").join(f'"{word}"*' for word in words)


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


def articles_matching(
    session: Session, words: Sequence[str], limit: int, exclude: int | None = None
) -> list[int]:
    """Ids of the articles (title and body) holding most of ``words``, best first (BM25 / ts_rank)."""
    words = search_terms(" ".join(words))
    if not words:
        return []
    if session.get_bind().dialect.name == "postgresql":
        document = func.to_tsvector("simple", func.coalesce(Article.title, "") + " " + Article.body)
        query = func.to_tsquery("simple", _ts_query(words, True))
        statement = (select(Article.id).where(document.op("@@")(query))
                     .order_by(func.ts_rank(document, query).desc(), Article.id).limit(limit + 1))
        ids = list(session.scalars(statement))
    else:
        ids = list(session.scalars(
            text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q ORDER BY rank LIMIT :n"),
            {"q": _fts_query(words, True), "n": limit + 1},
        ))
    return [i for i in ids if i != exclude][:limit]
