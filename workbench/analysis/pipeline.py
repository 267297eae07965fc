"""One article in, one ArticleAnalysis out: a declared sequence of stages over one document.

Each stage says what it reads and what it writes on the ``Document`` (the way spaCy's
components declare ``assigns``), so a bench or a test can run the stages up to one of
them and look at the document there:

    document = run_stages(Document(body, published), until="times")

The order is segment -> claims (with their attribution) -> times -> publication window
-> claim times -> events -> conflicts -> suggestions. ``check_stages`` verifies that
every field a stage reads is written by an earlier stage or given at the start.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from workbench.analysis.claims import extract_claims
from workbench.analysis.consistency import find_conflicts
from workbench.analysis.events import ArticleEvents
from workbench.analysis.labels import suggest_label
from workbench.analysis.model import (
    ArticleAnalysis,
    Claim,
    Finding,
    PublishedWindow,
    Sentence,
    TimeExpression,
)
from workbench.analysis.neardup import NearDuplicateIndex
from workbench.analysis.segment import split_sentences
from workbench.analysis.temporal import find_time_expressions, infer_publication_window


@dataclass(slots=True)
class Document:
    """What the stages share: the input, then each stage's output."""

    body: str
    published: date | None = None
    sentences: list[Sentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    window: PublishedWindow | None = None
    events: ArticleEvents | None = None
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[Document], None]


def _segment(doc: Document) -> None:
    doc.sentences = split_sentences(doc.body)


def _claims(doc: Document) -> None:
    doc.claims = extract_claims(doc.body, doc.sentences)  # each claim with its attribution


def _times(doc: Document) -> None:
    doc.times = find_time_expressions(doc.body, doc.sentences, doc.published)


def _publication_window(doc: Document) -> None:
    if doc.published is not None:
        return
    doc.window = infer_publication_window(doc.body, doc.times)
    if doc.window is not None:  # relative expressions resolve against the window now
        doc.times = find_time_expressions(doc.body, doc.sentences, doc.window)


def _claim_times(doc: Document) -> None:
    """Each claim's time expressions; a binary search per claim, so a long article stays linear-ish."""
    ordered = sorted(doc.times, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    for claim in doc.claims:
        first = bisect_left(starts, claim.start)
        last = bisect_right(starts, claim.end)
        claim.times = [t for t in ordered[first:last] if t.end <= claim.end]


def _events(doc: Document) -> None:
    doc.events = ArticleEvents(doc.body, doc.claims)


def _conflicts(doc: Document) -> None:
    doc.findings = find_conflicts(doc.body, doc.claims, doc.window, doc.published, events=doc.events)


def _suggestions(doc: Document) -> None:
    for claim in doc.claims:
        claim.suggested_label, claim.suggestion_reason = suggest_label(claim, doc.findings)


STAGES: tuple[Stage, ...] = (
    Stage("segment", reads=("body",), writes=("sentences",), run=_segment),
    Stage("claims", reads=("body", "sentences"), writes=("claims",), run=_claims),
    Stage("times", reads=("body", "sentences", "published"), writes=("times",), run=_times),
    Stage("publication window", reads=("body", "sentences", "times", "published"), writes=("window", "times"),
          run=_publication_window),
    Stage("claim times", reads=("claims", "times"), writes=("claims",), run=_claim_times),
    Stage("events", reads=("body", "claims"), writes=("events",), run=_events),
    Stage("conflicts", reads=("body", "claims", "window", "published", "events"), writes=("findings",),
          run=_conflicts),
    Stage("suggestions", reads=("claims", "findings"), writes=("claims",), run=_suggestions),
)


def check_stages(stages: tuple[Stage, ...] = STAGES) -> list[str]:
    """Problems in a stage order: a field read before any stage wrote it."""
    available = {"body", "published"}
    problems = []
    for stage in stages:
        missing = [name for name in stage.reads if name not in available]
        if missing:
            problems.append(f"stage '{stage.name}' reads {', '.join(missing)} before any stage writes it")
        available.update(stage.writes)
    return problems


def run_stages(doc: Document, stages: tuple[Stage, ...] = STAGES, until: str | None = None) -> Document:
    """Run ``stages`` in order on ``doc``; with ``until``, stop after the stage of that name."""
    if until is not None and until not in {stage.name for stage in stages}:
        raise ValueError(f"no stage named {until!r}")
    for stage in stages:
        stage.run(doc)
        if stage.name == until:
            break
    return doc


def analyse_article(body: str, published: date | None = None) -> ArticleAnalysis:
    doc = run_stages(Document(body, published))
    return ArticleAnalysis(sentences=doc.sentences, claims=doc.claims, findings=doc.findings,
                           published_inferred=doc.window)


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
