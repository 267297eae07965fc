"""Pure text analysis: sentences, claims, attribution, time expressions, findings.

Nothing in this package may import SQLAlchemy or Textual (an import-linter
contract in the tests says so).
"""

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
