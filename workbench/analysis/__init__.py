"""Pure text analysis: sentences, claims, attribution, time expressions, findings.

Nothing in this package may import SQLAlchemy or Textual (an import-linter
contract in the tests says so).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.analysis.model import (
        LABELS,
        ArticleAnalysis,
        Attribution,
        Claim,
        Finding,
        PublishedWindow,
        Sentence,
        TimeExpression,
    )
    from workbench.analysis.pipeline import analyse_article

# Imported on first use (PEP 562): a process that needs one module (an ingest worker's
# near-duplicate sketches, a CLI command's sanitiser) does not compile every rule of the
# pipeline, a third of a second at each start.
_HOME = {name: "workbench.analysis.model" for name in (
    "LABELS", "ArticleAnalysis", "Attribution", "Claim", "Finding", "PublishedWindow", "Sentence", "TimeExpression")}
_HOME["analyse_article"] = "workbench.analysis.pipeline"


def __getattr__(name: str) -> object:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_HOME[name]), name)


__all__ = [
    "LABELS",
    "ArticleAnalysis",
    "Attribution",
    "Claim",
    "Finding",
    "PublishedWindow",
    "Sentence",
    "TimeExpression",
    "analyse_article",
]
