"""Near-duplicate claims over the whole BBC corpus: blocked index against brute force.

Every sentence of every article (workbench.analysis.segment.split_sentences) is a
claim. Ours: NearDuplicateIndex, fed as ingest feeds it: the claims are prepared
(tokens, masked numbers, MinHash sketch) in two worker processes, as ingest's analysis
workers do, and the single writer matches then adds them one article at a time. The
workers are started before the clock (an ingest's analysis workers run for the whole
ingest and load the same modules and tables for the analysis); their start is printed
apart, and the speed-up is also given counting it. Baseline:
rapidfuzz.process.cdist (on all cores, workers=-1) with the same scorer,
threshold and text normalisation on a sample of whole articles, its time
extrapolated quadratically to the full claim count. Recall: pairs (from different
articles) the brute force finds on the sample that our index also finds there.

    python bench/duplicates.py [sample_articles]
"""

from __future__ import annotations

import argparse
import json
import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data"

# Only what the workers need is imported here: they are spawned, so they import this module
# again, and the bench's own tools (numpy, the store's constants) are not part of their start.
from rapidfuzz import fuzz, process  # noqa: E402

from workbench.analysis.neardup import NearDuplicateIndex, normalised_text  # noqa: E402
from workbench.analysis.segment import split_sentences  # noqa: E402
from workbench.ingest import collector  # noqa: E402


def candidates_per_claim() -> int:
    from workbench.store.corpus import CANDIDATES_PER_CLAIM

    return CANDIDATES_PER_CLAIM


def read_claims() -> list[tuple[str, str, str]]:
    """(claim_id, article_id, text) for every sentence of every article."""
    claims = []
    with (DATA / "bbc_news.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            for sentence in split_sentences(article["text"]):
                claims.append((f"{article['id']}#{sentence.index}", article["id"], sentence.text))
    return claims


CHUNK = 500  # claims per task: small enough that matching starts early


# One per worker, for the worker's whole life, as ingest's workers prepare claims (pipeline._SKETCHER):
# its cache of prepared texts meets the sentences outlets repeat across articles.
_SKETCHER = NearDuplicateIndex()


def prepare_chunk(texts: list[str]) -> list[object]:
    return [_SKETCHER.prepare(text) for text in texts]


# A claim with a number, a name and a once-only event: preparing it loads every table a worker uses.
WARM_UP_TEXT = "Police in Kelby arrested 34 people on Sunday after the march, Mr Dain said."


def _warm_worker() -> None:
    collector.relax()  # as ingest's workers do (runner._start_worker)
    NearDuplicateIndex().prepare(WARM_UP_TEXT)


def _ready(_: int) -> int:
    time.sleep(0.3)  # long enough that each worker takes one: all are up when these return
    return os.getpid()


def index_as_ingest(claims: list[tuple[str, str, str]], jobs: int = 2) -> tuple[float, float, int, int]:
    """(worker start seconds, index seconds, duplicates, conflicts).

    The workers are started (spawned, tables loaded) before the clock: an ingest's analysis
    workers are up for the whole run and need those modules and tables for the analysis
    anyway, so their start is ingest's cost, not the index's. It is timed and printed apart."""
    max_candidates = candidates_per_claim()
    index = NearDuplicateIndex()
    texts = [text for _, _, text in claims]
    chunks = [texts[i:i + CHUNK] for i in range(0, len(texts), CHUNK)]
    duplicates = conflicts = 0
    starting = time.perf_counter()
    # The writer's collector paced as in ingest (runner.ingest): restored when the index is built.
    with collector.relaxed(), ProcessPoolExecutor(
        max_workers=jobs, mp_context=get_context("spawn"), initializer=_warm_worker
    ) as pool:
        assert len(set(pool.map(_ready, range(jobs)))) == jobs, "a worker took two start-up tasks"
        start_seconds = time.perf_counter() - starting - 0.3
        started = time.perf_counter()
        # As in ingest, the writer matches what the workers have prepared while they prepare the rest.
        prepared = (item for chunk in pool.map(prepare_chunk, chunks) for item in chunk)
        for (claim_id, article_id, _), sketch in zip(claims, prepared):
            for match in index.find_prepared(sketch, group=article_id, max_candidates=max_candidates):
                duplicates += match.kind == "duplicate"
                conflicts += match.kind == "numeric_conflict"
            index.add_prepared(claim_id, sketch, group=article_id)
        elapsed = time.perf_counter() - started
    return start_seconds, elapsed, duplicates, conflicts


# Same-fact pairs in other words, written for this bench (invented names): word order,
# synonyms ("homes"/"houses"), active/passive, numbers in words and digits. The second
# list holds pairs that look alike but are about other subjects and must not be linked.
PARAPHRASES = [
    ("A landslide in Kelby buried 12 homes on Sunday, officials said.",
     "In Kelby, 12 houses were buried by the landslide on Sunday."),
    ("Police in Vetra arrested 34 people during a march against fare rises.",
     "Thirty-four people were arrested by Vetra police at the fare protest."),
    ("Veltra bought the Kastor oil unit for $9.3bn at a state auction.",
     "The Kastor unit was sold to Veltra for $9.3bn after the auction."),
    ("The Orsa factory fire killed five workers early on Tuesday, the fire brigade said.",
     "Five workers died in the blaze at the Orsa factory, according to firefighters."),
    ("About 1,200 residents of Halden were evacuated as floodwater rose.",
     "Halden officials evacuated about 1,200 residents from the flooded streets."),
    ("Marren Foods agreed to buy the bakery chain Tolly's for 4.2 million euros.",
     "Tolly's, a bakery chain, is being bought by Marren Foods for 4.2 million euros."),
    ("The quake in Vessary caused nine buildings to collapse, the disaster agency said.",
     "Nine buildings collapsed in the Vessary earthquake, according to the agency."),
    ("Coast guard divers recovered three bodies from the trawler Brannock on Saturday.",
     "Three bodies were recovered from the Brannock by coast guard divers."),
    ("Aerovia grounded its entire fleet of 42 aircraft after a software fault.",
     "A software fault forced Aerovia to ground all 42 of its aircraft."),
    ("At least 31 passengers were injured when the Morrow ferry struck a dredger.",
     "The Morrow ferry hit a dredger, injuring 31 passengers."),
]
# A second set, written later in other words and other subjects (the first set had been tuned
# on): events named differently by the two outlets, numbers in words, prison terms.
PARAPHRASES += [
    ("A fire at a chemical plant in Orvik killed 14 workers on Thursday.",
     "Fourteen workers died when fire swept through the Orvik chemical plant."),
    ("Brannel Group paid 2.1 billion dollars for the Castell hotel chain.",
     "The Castell hotel chain was acquired by Brannel Group for $2.1bn."),
    ("The Meroe dam collapse left 23 people dead, officials said.",
     "Twenty-three people were killed when the Meroe dam gave way."),
    ("Police in Hadley detained 61 protesters outside parliament.",
     "Sixty-one demonstrators were arrested by Hadley police outside parliament."),
    ("Floods in the Tarn valley forced 3,000 people from their homes.",
     "Some 3,000 residents of the Tarn valley were evacuated because of flooding."),
    ("Ostrava Air has cancelled 230 flights because of the pilots' strike.",
     "The strike by Ostrava Air pilots has led to the cancellation of 230 flights."),
    ("Kessel United signed striker Ivo Marn for a fee of 12 million euros.",
     "Striker Ivo Marn joined Kessel United in a 12 million euro deal."),
    ("The earthquake near Dalva destroyed more than 400 homes.",
     "More than 400 houses were flattened by the quake close to Dalva."),
    ("Rescuers pulled 9 survivors from the rubble of the Tessel hotel.",
     "Nine people were rescued alive from the ruins of the Tessel hotel."),
    ("The Varn ferry sank with 112 people on board.",
     "112 passengers were aboard the Varn ferry when it went down."),
    ("Helm Motors will close its Radby plant, cutting 850 jobs.",
     "The closure of the Helm Motors factory in Radby will cost 850 jobs."),
    ("Judge Ana Pell sentenced Marco Dain to 12 years in prison.",
     "Marco Dain was jailed for 12 years by Judge Ana Pell."),
]
# A third set, written in a later session before the figure keys existed (10 of 12 linked
# since; before them, 4): one outlet names no event the other names ("cut power to 40,000
# homes" / "40,000 households lost electricity"), numbers hyphenated in words, no number at all.
PARAPHRASES += [
    ("Storm Edda cut power to 40,000 homes across the north-east on Friday.",
     "About 40,000 households in the north-east lost electricity when Storm Edda hit."),
    ("The jury found former mayor Piet Laan guilty of bribery after a six-week trial.",
     "Piet Laan, the former mayor, was convicted of bribery by a jury."),
    ("Kelm Airways will cut 1,100 jobs as part of a restructuring plan.",
     "A restructuring at Kelm Airways will see 1,100 posts axed."),
    ("Twelve miners were trapped underground after a tunnel collapsed at the Ruda mine.",
     "A tunnel collapse at the Ruda mine left 12 miners trapped."),
    ("The central bank raised its key interest rate to 4.5% on Thursday.",
     "On Thursday the central bank lifted its benchmark rate to 4.5 per cent."),
    ("Firefighters rescued 15 people from the burning Astor hotel in Vennick.",
     "Fifteen guests were rescued by firefighters from the Astor hotel blaze in Vennick."),
    ("Orsted Pharma paid $640m for the biotech firm Lyra Labs.",
     "Lyra Labs was acquired by Orsted Pharma in a $640m deal."),
    ("The Tallin court jailed smuggler Ari Mesk for nine years.",
     "Ari Mesk, a smuggler, was sentenced to nine years in jail by the Tallin court."),
    ("Police seized 2.3 tonnes of cocaine at the port of Valtra.",
     "Officers at Valtra port confiscated 2.3 tonnes of cocaine."),
    ("The Brenner tunnel will close for 18 days for repairs.",
     "Repairs will shut the Brenner tunnel for 18 days."),
    ("A magnitude 6.1 earthquake killed 27 people in the province of Sarn.",
     "Twenty-seven people died when a 6.1-magnitude quake struck Sarn province."),
    ("Voters in Leland rejected the stadium plan by 5,400 votes to 3,900.",
     "The stadium plan was voted down in Leland, 5,400 to 3,900."),
]
NOT_PARAPHRASES = [
    ("Shares in Harlow Homes were up 6% at 458.5p in early trading.",
     "Shares in Corvin Sports were up 1.76% at 115.5p in early trading."),
    ("Police in Vetra arrested 34 people during a march against fare rises.",
     "Police in Dunmore arrested 12 people after a football match."),
    ("Veltra bought the Kastor oil unit for $9.3bn at a state auction.",
     "Norsa bought the Pellin gas field for $2.1bn last year."),
    ("Floods in the Tarn valley forced 3,000 people from their homes.",
     "Floods in the Tarn valley killed 30 people, officials said."),
    ("Police in Hadley detained 61 protesters outside parliament.",
     "Police in Hadley said 16 officers were injured outside parliament."),
    ("Orsted Pharma paid $640m for the biotech firm Lyra Labs.",
     "Orsted Pharma spent $410m on research at Lyra Labs last year."),
    ("Kelm Airways will cut 1,100 jobs as part of a restructuring plan.",
     "Kelm Airways carried 1,400 passengers a day on the Ruda route."),
]


def paraphrase_recall() -> tuple[int, int, int]:
    """(pairs linked, pairs, look-alikes wrongly linked) over the written paraphrase pairs."""
    linked = wrong = 0
    for first, second in PARAPHRASES:
        index = NearDuplicateIndex()
        index.add("first", first, group="a")
        linked += bool(index.find_matches(second, group="b"))
    for first, second in NOT_PARAPHRASES:
        index = NearDuplicateIndex()
        index.add("first", first, group="a")
        wrong += any(m.kind == "numeric_conflict" for m in index.find_matches(second, group="b"))
    return linked, len(PARAPHRASES), wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sample_articles", nargs="?", type=int, default=400,
                        help="articles whose claims brute force compares (default 400)")
    options = parser.parse_args()
    import numpy as np

    linked, pairs, wrong = paraphrase_recall()
    print(f"paraphrase recall on written same-fact pairs: {linked}/{pairs} linked; "
          f"{wrong}/{len(NOT_PARAPHRASES)} look-alikes about other subjects flagged as conflicts")
    claims = read_claims()
    comparable = [c for c in claims if normalised_text(c[2]) is not None]
    print(f"BBC: {len(claims)} claims, {len(comparable)} long enough to compare")

    start_seconds, elapsed, duplicates, conflicts = index_as_ingest(claims)
    print(f"ours (ingest order, all claims, sketches on 2 processes): {elapsed:.1f} s, and {start_seconds:.1f} s "
          f"before it to start the 2 workers; {duplicates} duplicate and {conflicts} numeric_conflict matches")

    sample_articles = options.sample_articles
    articles = sorted({c[1] for c in claims})
    chosen = set(random.Random(7).sample(articles, sample_articles))
    sample = [c for c in comparable if c[1] in chosen]
    texts = [normalised_text(c[2]) for c in sample]
    threshold = NearDuplicateIndex().threshold
    started = time.perf_counter()
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.uint8, workers=-1)
    brute_time = time.perf_counter() - started
    rows, cols = np.nonzero(np.triu(scores, k=1))
    truth, inexact = set(), set()
    for i, j in zip(rows.tolist(), cols.tolist()):
        if sample[i][1] != sample[j][1]:
            pair = tuple(sorted((sample[i][0], sample[j][0])))
            truth.add(pair)
            if texts[i] != texts[j]:
                inexact.add(pair)
    extrapolated = brute_time * (len(comparable) / len(sample)) ** 2

    index = NearDuplicateIndex()
    found = set()
    for claim_id, article_id, text in sample:  # the ingest path: look up with ingest's bound, then add
        prepared = index.prepare(text)
        found.update(tuple(sorted((claim_id, match.other_id)))
                     for match in index.find_prepared(prepared, group=article_id, max_candidates=candidates_per_claim()))
        index.add_prepared(claim_id, prepared, group=article_id)
    recall = len(truth & found) / len(truth) if truth else float("nan")
    inexact_recall = len(inexact & found) / len(inexact) if inexact else float("nan")
    print(f"brute force cdist: {brute_time:.1f} s on {len(sample)} claims ({sample_articles} articles), "
          f"extrapolated to {len(comparable)} claims: {extrapolated:.0f} s")
    print(f"speed-up: {extrapolated / elapsed:.0f}x ({extrapolated / (elapsed + start_seconds):.0f}x counting the "
          f"workers' start)   recall on the sample: {recall:.1%} "
          f"({len(truth & found)}/{len(truth)} brute-force pairs; {len(found - truth)} extra); "
          f"on pairs that are not identical after normalising: {inexact_recall:.1%} "
          f"({len(inexact & found)}/{len(inexact)})")


if __name__ == "__main__":
    main()
