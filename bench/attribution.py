"""Attribution quality on PolNeAR: source and cue spans, precision and recall, exact and overlap.

Reads ../shared/data/attribution_polnear_train_articles.jsonl (840 political news
articles, every annotated attribution as document offsets), runs our segmenter, claim
splitter and attribution finder over each article, and compares the source and cue
spans we find with the annotated ones. The articles are split once, by a hash of their
id, into a development part (three quarters: look at its errors, tune rules on it) and
a held-out part (one quarter: only its totals are printed, never its records).

"workbench" scores every relation ``find_attributions`` reports in each claim (PolNeAR
annotates them all); "one per claim" scores only the attribution each stored claim
carries. A relation without a source (an agentless "Asked whether ...", "is expected to")
counts among the cues only. Matching:
- exact: same span after trimming spaces and punctuation at the ends;
- overlap: the spans share at least one character.
Precision counts our spans that match an annotated one; recall counts annotated spans
(with a source, resp. a cue) that one of ours matches. PolNeAR's annotators agreed at
alpha 0.75, so recall is bounded well below 1.

Beside each figure stands the previous version's (``--previous REV``, default 52cd55f, main
before issue 12's third pass: held-out source exact R 51.7% at P 85.5%, cue R 45.0%; dev
55.3% / 86.6% / 48.2%): its ``workbench`` package is taken from git into a temporary folder
and scored in a child process on the same articles in the same run.
Goal (held-out): source exact recall >= 65% at precision >= 85%, cue exact recall >= 60%.

    python bench/attribution.py [--previous REV | --no-previous] [--errors N] [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "attribution_polnear_train_articles.jsonl"
PREVIOUS = "52cd55f"  # main before issue 12's third pass (held-out source R 51.7 / P 85.5, cue R 45.0)
_TRIM = " \t\n,.;:\"'“”‘’()"
HELD_OUT_SHARE = 4  # one article in four, by hash of its id

Span = tuple[int, int]


def part_of(doc_id: str) -> str:
    """ "held-out" or "dev": fixed by the article id, never by its content."""
    digest = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16)
    return "held-out" if digest % HELD_OUT_SHARE == 0 else "dev"


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

    def figures(self) -> dict[str, float]:
        out = {}
        for mode in ("exact", "overlap"):
            matched_predicted, matched_gold = self.hits[mode]
            out[f"{mode} P"] = matched_predicted / self.predicted if self.predicted else 0.0
            out[f"{mode} R"] = matched_gold / self.gold if self.gold else 0.0
        return out


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


def load_articles(limit: int | None = None) -> list[dict]:
    with DATA.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()]
    return articles[:limit] if limit else articles


def score_here(articles: list[dict], errors: int = 0) -> dict[str, dict[str, dict[str, float]]]:
    """{part: {system: figures}} for the ``workbench`` package importable from sys.path."""
    from workbench.analysis.attribution import find_attributions, match_attribution
    from workbench.analysis.claims import extract_claims
    from workbench.analysis.segment import split_sentences

    def spans(text: str, every: bool) -> tuple[list[Span], list[Span]]:
        sources: list[Span] = []
        cues: list[Span] = []
        for claim in extract_claims(text, split_sentences(text)):
            found = find_attributions(claim.text) if every else [m for m in [match_attribution(claim.text)] if m]
            for match in found:
                if match.source_span is not None:  # an agentless relation has a cue only
                    sources.append((claim.start + match.source_span[0], claim.start + match.source_span[1]))
                cues.append((claim.start + match.cue_span[0], claim.start + match.cue_span[1]))
        return sources, cues

    scores: dict[str, dict[str, Score]] = {}
    shown = 0
    for article in articles:
        text = article["text"]
        part = part_of(article["doc"])
        gold_sources = [s for a in article["attributions"] if (s := _extent(a.get("source_spans") or []))]
        gold_cues = [s for a in article["attributions"] if (s := _extent(a.get("cue_spans") or []))]
        for system, every in (("workbench", True), ("one per claim", False)):
            sources, cues = spans(text, every)
            by_part = scores.setdefault(part, {})
            by_part.setdefault(f"{system} source", Score()).add(sources, gold_sources, text)
            by_part.setdefault(f"{system} cue", Score()).add(cues, gold_cues, text)
            if every and part == "dev" and shown < errors:
                shown += _print_errors(text, sources, gold_sources, errors - shown)
    result = {part: {name: s.figures() | {"n": s.gold} for name, s in systems.items()} for part, systems in scores.items()}
    for part in result:
        result[part]["ceiling"] = _inventory_share([a for a in articles if part_of(a["doc"]) == part])
    return result


def _inventory_share(articles: list[dict]) -> float:
    """The share of annotated relations whose cue holds a word of our cue inventory: what a
    perfect finder over the lexicon could recall at most (PolNeAR's cues are far broader)."""
    try:
        from workbench.analysis import lexicon as lx
    except ImportError:
        return 0.0
    names = ("CUE_VERBS", "STANCE_CUES", "EVIDENCE_CUES", "NAMING_CUES", "COMMUNICATION_CUES")
    inventory = {w for name in names for w in getattr(lx, name, ())} | {":", "according to"}
    total = covered = 0
    for article in articles:
        text = article["text"]
        for relation in article["attributions"]:
            cue, source = _extent(relation.get("cue_spans") or []), _extent(relation.get("source_spans") or [])
            if cue is None or source is None:
                continue
            total += 1
            phrase = text[cue[0] : cue[1]].lower()
            covered += any(c in inventory for c in phrase.replace(":", " : ").split()) or any(
                " " in c and c in phrase for c in inventory
            )
    return covered / total if total else 0.0


def _print_errors(text: str, predicted: list[Span], gold: list[Span], most: int) -> int:
    """Development errors only: missed and spurious source spans with their sentence."""
    shown = 0
    for label, these, those in (("MISS", gold, predicted), ("FALSE", predicted, gold)):
        for span in these:
            if shown >= most or any(_exact(span, other, text) for other in those):
                continue
            start = max(text.rfind("\n", 0, span[0]), text.rfind(". ", 0, span[0] - 1), span[0] - 160)
            context = text[start + 1 : min(len(text), span[1] + 120)].replace("\n", " ")
            print(f"{label}: {text[slice(*span)]!r:45}  | {context}")
            shown += 1
    return shown


def score_previous(revision: str, limit: int | None) -> dict | None:
    """The same figures for the ``workbench`` package at ``revision``, scored in a child process."""
    try:
        archive = subprocess.run(["git", "archive", revision, "workbench"], cwd=REPO, capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"previous version {revision} not available: {exc}", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as folder:
        tarfile.open(fileobj=BytesIO(archive.stdout)).extractall(folder, filter="data")
        command = [sys.executable, __file__, "--json", "--code", folder, "--no-previous"]
        if limit:
            command += ["--limit", str(limit)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"previous version {revision} failed: {done.stderr[-400:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default=PREVIOUS, help="git revision to score beside this one")
    parser.add_argument("--no-previous", action="store_true", help="score this version only")
    parser.add_argument("--errors", type=int, default=0, help="print N development errors (never held-out ones)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--code", default=str(REPO), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, args.code)
    articles = load_articles(args.limit)
    started = time.perf_counter()
    current = score_here(articles, args.errors)
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps(current))
        return
    previous = None if args.no_previous else score_previous(args.previous, args.limit)
    relations = {part: sum(len(a["attributions"]) for a in articles if part_of(a["doc"]) == part) for part in current}
    print(f"{len(articles)} articles ({elapsed:.1f} s); this version, and in brackets {args.previous}")
    for part in ("dev", "held-out"):
        if part not in current:
            continue
        count = sum(part_of(a["doc"]) == part for a in articles)
        print(f"\n{part}: {count} articles, {relations[part]} annotated relations")
        for name, figures in current[part].items():
            if name == "ceiling":
                continue
            old = (previous or {}).get(part, {}).get(name, {})
            cells = [f"{name:<22} gold {figures['n']:5d}"]
            for key in ("exact P", "exact R", "overlap P", "overlap R"):
                was = f" ({old[key]:5.1%})" if key in old else ""
                cells.append(f"{key} {figures[key]:5.1%}{was}")
            print("  ".join(cells))
        print(f"annotated relations whose cue is in our inventory (a recall ceiling): {current[part]['ceiling']:5.1%}")


if __name__ == "__main__":
    main()
