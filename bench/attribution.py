"""Attribution quality on PolNeAR: source and cue spans, precision and recall, exact and overlap.

Reads ../shared/data/attribution_polnear_sample_articles.jsonl (42 political news
articles with every annotated attribution as document offsets), runs our segmenter,
claim splitter and attribution finder over each article, and compares the source and
cue spans we find with the annotated ones. "workbench" scores every relation
``find_attributions`` reports in each claim (PolNeAR annotates them all); "one per
claim" scores only the attribution each stored claim carries. Matching:
- exact: same span after trimming spaces and punctuation at the ends;
- overlap: the spans share at least one character.
Precision counts our spans that match an annotated one; recall counts annotated spans
(with a source, resp. a cue) that one of ours matches. PolNeAR's cue set is broader than
ours (it includes ':' and verbs of belief), and annotators agreed at alpha 0.75, so
recall is bounded well below 1. The baseline printed beside it is a naive
"NP said" regex measured in the same run.

    python bench/attribution.py
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.analysis.attribution import find_attributions, match_attribution  # noqa: E402
from workbench.analysis.claims import extract_claims  # noqa: E402
from workbench.analysis.segment import split_sentences  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "attribution_polnear_sample_articles.jsonl"
_TRIM = " \t\n,.;:\"'“”‘’()"
_NAIVE = re.compile(r"(?P<source>(?:[A-Z][\w.'’-]*\s){1,3}|(?:the|a|an)\s\w+\s)(?P<cue>said|says)\b")

Span = tuple[int, int]


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    hits: dict[str, list[int]] = field(default_factory=lambda: {"exact": [0, 0], "overlap": [0, 0]})

    def add(self, predicted: list[Span], gold: list[Span], text: str) -> None:
        predicted = sorted(set(predicted))
        self.predicted += len(predicted)
        self.gold += len(gold)
        for mode, same in (("exact", _exact), ("overlap", _overlap)):
            self.hits[mode][0] += sum(any(same(p, g, text) for g in gold) for p in predicted)
            self.hits[mode][1] += sum(any(same(p, g, text) for p in predicted) for g in gold)

    def line(self, name: str) -> str:
        parts = [f"{name:<22} predicted {self.predicted:4d} gold {self.gold:4d}"]
        for mode in ("exact", "overlap"):
            matched_predicted, matched_gold = self.hits[mode]
            precision = matched_predicted / self.predicted if self.predicted else 0.0
            recall = matched_gold / self.gold if self.gold else 0.0
            parts.append(f"{mode}: P {precision:5.1%} R {recall:5.1%}")
        return "  ".join(parts)


def _trimmed(span: Span, text: str) -> Span:
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _exact(a: Span, b: Span, text: str) -> bool:
    return _trimmed(a, text) == _trimmed(b, text)


def _overlap(a: Span, b: Span, _text: str) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _extent(spans: list[list[int]]) -> Span | None:
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


def ours(text: str) -> tuple[list[Span], list[Span]]:
    """Every relation our finder reports in each claim (PolNeAR annotates them all)."""
    sources: list[Span] = []
    cues: list[Span] = []
    for claim in extract_claims(text, split_sentences(text)):
        for found in find_attributions(claim.text):
            sources.append((claim.start + found.source_span[0], claim.start + found.source_span[1]))
            cues.append((claim.start + found.cue_span[0], claim.start + found.cue_span[1]))
    return sources, cues


def ours_one_per_claim(text: str) -> tuple[list[Span], list[Span]]:
    """The claim's own attribution only: what each stored claim carries."""
    sources: list[Span] = []
    cues: list[Span] = []
    for claim in extract_claims(text, split_sentences(text)):
        found = match_attribution(claim.text)
        if found is not None:
            sources.append((claim.start + found.source_span[0], claim.start + found.source_span[1]))
            cues.append((claim.start + found.cue_span[0], claim.start + found.cue_span[1]))
    return sources, cues


def naive(text: str) -> tuple[list[Span], list[Span]]:
    matches = list(_NAIVE.finditer(text))
    return [m.span("source") for m in matches], [m.span("cue") for m in matches]


def main() -> None:
    articles = [json.loads(line) for line in DATA.open(encoding="utf-8") if line.strip()]
    systems = {"workbench": ours, "one per claim": ours_one_per_claim, "naive 'NP said'": naive}
    scores = {name: (Score(), Score()) for name in systems}
    for article in articles:
        text = article["text"]
        gold_sources = [s for a in article["attributions"] if (s := _extent(a.get("source_spans") or []))]
        gold_cues = [s for a in article["attributions"] if (s := _extent(a.get("cue_spans") or []))]
        for name, system in systems.items():
            sources, cues = system(text)
            scores[name][0].add(sources, gold_sources, text)
            scores[name][1].add(cues, gold_cues, text)
    total = sum(len(a["attributions"]) for a in articles)
    print(f"{len(articles)} articles, {total} annotated attributions")
    for name, (source_score, cue_score) in scores.items():
        print(source_score.line(f"{name} source"))
        print(cue_score.line(f"{name} cue"))


if __name__ == "__main__":
    main()
