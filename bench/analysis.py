"""Speed of the whole article analysis against sentence segmentation alone in pySBD and spaCy.

Runs over ../shared/data/bbc_news.jsonl article by article (the way ingest works) and
prints MB/s for: our full analyse_article, our segmenter alone, pySBD (clean=False) and
spaCy blank('en') + sentencizer, all measured in this run. Goal: full analysis at least
as fast as spaCy's sentencizer alone (ratio >= 1.0).

    python bench/analysis.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.analysis import analyse_article  # noqa: E402
from workbench.analysis.segment import split_sentences  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "bbc_news.jsonl"
NOMINAL_PUBLISHED = date(2005, 6, 1)  # the corpus has no dates; a fixed one keeps runs comparable


def load_articles(limit: int | None) -> list[str]:
    with DATA.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    return texts[:limit] if limit else texts


def throughput(texts: list[str], run: Callable[[str], object], repeat: int) -> float:
    """Best MB/s over ``repeat`` passes (the best pass is the least disturbed by other load)."""
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - started)
    return megabytes / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=2, help="passes per system (best is kept)")
    args = parser.parse_args()
    texts = load_articles(args.limit)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} articles, {megabytes:.2f} MB")

    ours = throughput(texts, lambda t: analyse_article(t, NOMINAL_PUBLISHED), args.repeat)
    print(f"workbench analyse_article (full):   {ours:6.2f} MB/s")
    segment_only = throughput(texts, split_sentences, args.repeat)
    print(f"workbench split_sentences alone:    {segment_only:6.2f} MB/s")

    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    spacy_rate = throughput(texts, lambda t: list(nlp(t).sents), args.repeat)
    print(f"spaCy blank('en') + sentencizer:    {spacy_rate:6.2f} MB/s")

    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    pysbd_texts = texts if len(texts) <= 400 else texts[::5]  # pySBD is slow; a fifth is enough
    pysbd_rate = throughput(pysbd_texts, segmenter.segment, 1)
    print(f"pySBD 0.3 segment (clean=False):    {pysbd_rate:6.2f} MB/s  ({len(pysbd_texts)} articles)")

    print(f"ratio full analysis / spaCy sentencizer: {ours / spacy_rate:.2f}  (goal >= 1.0)")
    print(f"ratio full analysis / pySBD:             {ours / pysbd_rate:.2f}")


if __name__ == "__main__":
    main()
