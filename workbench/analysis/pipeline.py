"""One article in, one ArticleAnalysis out: the stages in order."""

from __future__ import annotations

from datetime import date

from workbench.analysis.claims import extract_claims
from workbench.analysis.consistency import find_conflicts
from workbench.analysis.labels import suggest_label
from workbench.analysis.model import ArticleAnalysis
from workbench.analysis.neardup import NearDuplicateIndex
from workbench.analysis.segment import split_sentences
from workbench.analysis.temporal import find_time_expressions, infer_publication_window


def analyse_article(body: str, published: date | None = None) -> ArticleAnalysis:
    sentences = split_sentences(body)
    claims = extract_claims(body, sentences)  # sets each claim's attribution (find_attribution)
    times = find_time_expressions(body, sentences, published)
    window = infer_publication_window(body, times) if published is None else None
    if window is not None:
        times = find_time_expressions(body, sentences, window)
    for claim in claims:
        claim.times = [t for t in times if claim.start <= t.start and t.end <= claim.end]
    findings = find_conflicts(body, claims, window, published)
    for claim in claims:
        claim.suggested_label, claim.suggestion_reason = suggest_label(claim, findings)
    return ArticleAnalysis(sentences=sentences, claims=claims, findings=findings, published_inferred=window)


def analyse_or_explain(body: str, published: date | None = None, sketch_claims: bool = False) -> ArticleAnalysis | str:
    """``analyse_article``, with a failure returned as one line instead of raised.

    Ingest runs this in worker processes: one article that trips a bug must not stop a
    feed of thousands, and the user is told which one failed and why. With
    ``sketch_claims`` it also prepares each claim for the cross-article near-duplicate
    index, so that work runs in the workers too, not in the single writer.
    """
    try:
        analysis = analyse_article(body, published)
        if sketch_claims:
            analysis.claim_sketches = [_SKETCHER.prepare(claim.text) for claim in analysis.claims]
        return analysis
    except Exception as exc:  # noqa: BLE001
        return f"analysis failed: {type(exc).__name__}: {exc}"


_SKETCHER = NearDuplicateIndex()
