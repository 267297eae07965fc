"""Evidence: the source library, claim-to-source links, suggestions and quote checks.

Public API (every function takes an open ``Database``; results are plain dataclasses;
user-facing failures raise ``EvidenceError``, a ``store.review.ReviewError``):

- ``library``: ``add_source(db, text, *, title, url, publisher, published, origin) -> AddedSource``,
  ``add_source_record(db, ArticleRecord) -> AddedSource``, ``list_sources(db)``,
  ``search_sources(db, text, limit=50)`` and ``get_source(db, id)`` -> ``SourceView``,
  ``source_text(db, id) -> str``. Reading files and URLs is ``workbench.ingest``'s
  (``readers.read_inputs``, ``web.article_from_url``); pass what it yields to ``add_source_record``.
- ``links``: ``link_source(db, claim_id, *, source_id=None, article_id=None, stance, excerpt=None,
  note=None, who) -> LinkChange`` (computes and stores the quote check),
  ``unlink(db, claim_id, *, source_id=None, article_id=None, who) -> LinkChange``,
  ``recheck_quotes(db, claim_id=None) -> int``. Both write ``review_events`` audit rows.
- ``suggest``: ``suggest_sources(db, claim_id, limit=5) -> list[Suggestion]`` (sources and
  other stored articles, best first, with score and passage); ``rank_candidates`` is the pure part.
- ``quotecheck`` (pure): ``claim_quotation(text)``, ``check_quote(quotation, source_text) ->
  QuoteCheck`` (status ``verbatim``/``close``/``not found``, score, passage, word diff;
  ``QuoteCheck.from_json(link.quote_check)`` reads a stored one, ``.describe()`` is one line).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.evidence.errors import EvidenceError
    from workbench.evidence.library import (
        AddedSource,
        SourceView,
        add_source,
        add_source_record,
        get_source,
        list_sources,
        search_sources,
        source_text,
    )
    from workbench.evidence.links import LinkChange, link_source, recheck_quotes, unlink
    from workbench.evidence.quotecheck import QuoteCheck, WordChange, check_quote, claim_quotation
    from workbench.evidence.suggest import Suggestion, suggest_sources

# Imported on first use (PEP 562): ``workbench suggest`` loads the suggester, not the
# library and the links (and the models they map).
_HOME = {
    "EvidenceError": "errors",
    **dict.fromkeys(("AddedSource", "SourceView", "add_source", "add_source_record", "get_source", "list_sources",
                     "search_sources", "source_text"), "library"),
    **dict.fromkeys(("LinkChange", "link_source", "recheck_quotes", "unlink"), "links"),
    **dict.fromkeys(("QuoteCheck", "WordChange", "check_quote", "claim_quotation"), "quotecheck"),
    **dict.fromkeys(("Suggestion", "suggest_sources"), "suggest"),
}


def __getattr__(name: str) -> object:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"workbench.evidence.{_HOME[name]}"), name)


__all__ = [
    "AddedSource",
    "EvidenceError",
    "LinkChange",
    "QuoteCheck",
    "SourceView",
    "Suggestion",
    "WordChange",
    "add_source",
    "add_source_record",
    "check_quote",
    "claim_quotation",
    "get_source",
    "link_source",
    "list_sources",
    "recheck_quotes",
    "search_sources",
    "source_text",
    "suggest_sources",
    "unlink",
]
