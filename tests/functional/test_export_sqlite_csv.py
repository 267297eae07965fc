"""The SQLite fast CSV path writes the same bytes as the general path, on hostile data."""

from __future__ import annotations

import io
import random
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import SEED_ARTICLE
from workbench.export import ExportFilters, csv_sqlite, write_export
from workbench.export.csv_export import write_csv
from workbench.export.rows import iter_rows
from workbench.ingest.runner import ingest
from workbench.store import Database, open_database
from workbench.store.models import Article, Claim, ClaimSource, Comment, FindingRow, Judgement, Source

NASTY = ["=SUM(A1)", "+44 1", "-1", "@x", "\tlead tab", "\rlead cr", "a,b", 'say "hi"', "two\nlines", "cr\r\nlf",
         "\x1b[2Jesc", "bidi\u202eevil", "\ufeffbom", "unit\x1fsep", "mark\x01", "nul\x00byte", "café ✓ 🙂",
         "nbsp\xa0here", "", "  spaced", "'already", "c1\x85ctl", "=\x1b[0m=x", "\x1b[0m=after-strip", "ok"]
WHEN = datetime(2021, 8, 20, 9, 30)
FILTERS = [ExportFilters(), ExportFilters(labels=("unlabeled",)), ExportFilters(labels=("flagged", "reported")),
           ExportFilters(reviewed=True), ExportFilters(since=date(2021, 1, 1)), ExportFilters(article_ids=(2,))]


def hostile_database(folder: Path, seed: int, mode: str) -> Database:
    second = folder / "second.md"
    second.write_text('---\ntitle: "Zoë, \\"quoted\\" — 北京"\n---\n\n'
                      'The ministry said, firmly, the talks would resume. "We agree," he said.\n', encoding="utf-8")
    db = open_database(str(folder / "t.db"))
    assert ingest(db, [str(SEED_ARTICLE), str(second)], jobs=1).ok
    rng = random.Random(seed)
    values = {
        "nul": NASTY,
        "hostile": [v for v in NASTY if "\x00" not in v],
        # printable text only: most lines can take the fast path
        "mild": [v for v in NASTY if v.replace("\t", "").replace("\n", "").isprintable() or "\xa0" in v],
    }[mode]

    def nasty() -> str | None:
        return rng.choice(values) if rng.random() < 0.6 else None

    with db.write() as session:
        articles = session.query(Article).all()
        for article in articles:
            article.title, article.url, article.outlet = nasty() or "T", nasty(), nasty()
        articles[0].published = date(2021, 8, 25)
        claims = session.query(Claim).order_by(Claim.article_id, Claim.seq).all()
        sources = [Source(title=nasty(), url=rng.choice([None, "", "https://s.example/a,b", "https://s.example/x"]),
                          text=".", sha256=f"{i:064x}", retrieved_at=WHEN) for i in range(6)]
        session.add_all(sources)
        session.flush()
        for claim in claims:
            claim.text = (nasty() or "") + claim.text
            claim.suggestion_reason, claim.reviewer, claim.note = nasty(), nasty(), nasty()
            claim.label = rng.choice([None, "attributed", "reported"])
            claim.labeled_at = rng.choice([None, WHEN, datetime(2021, 8, 1, 1, 2, 3, 450000)])
            claim.attribution = rng.choice([
                None, {}, {"source": nasty(), "cue": nasty(), "kind": "indirect",
                           "chain": [x for x in (nasty(), nasty()) if x is not None]},
                {"source": "X", "chain": ["a", "b > c"], "extra": 1}])
            claim.time_expressions = rng.choice([[], None, [
                {"text": nasty() or "last month", "start": 0, "end": 1, "earliest": "2021-07-01", "latest": "2021-07-31"},
                {"text": "Wednesday", "start": 0, "end": 1, "earliest": "2021-08-18", "latest": "2021-08-18"},
                {"text": "a week ago", "start": 0, "end": 1, "relative": "a week before publication"},
                {"text": "someday", "start": 0, "end": 1, "earliest": "", "latest": None, "relative": ""}]])
        session.flush()
        for _ in range(40):
            a, b = rng.choice(claims), rng.choice(claims)
            session.add(FindingRow(kind=rng.choice(["temporal_conflict", "duplicate"]), claim_id=a.id,
                                   other_claim_id=rng.choice([b.id, None, a.id]), explanation=nasty() or "why",
                                   status=rng.choice(["open", "confirmed", "dismissed"]), created_at=WHEN))
        for _ in range(60):
            claim = rng.choice(claims[: len(claims) // 2])  # the other half has no link: the fast path
            if rng.random() < 0.5:
                session.add(ClaimSource(
                    claim_id=claim.id, source_id=rng.choice(sources).id,
                    stance=rng.choice(["supports", "refutes", "context"]),
                    quote_check=rng.choice([None, None, {"status": "close", "score": 93.5,
                                                         "diff": [{"kind": "changed", "quote": "a", "source": "b"}]}, {}]),
                    created_at=WHEN))
            else:
                session.add(ClaimSource(claim_id=claim.id, article_id=rng.choice(articles).id, stance="context",
                                        created_at=WHEN))
        # Judgements (issue 14): hostile reviewer names, agreeing and differing labels, a status.
        for claim in claims:
            names = {nasty() or "ana", nasty() or "ben", "cy"} if rng.random() < 0.7 else set()
            for name in sorted(names):
                session.add(Judgement(claim_id=claim.id, reviewer=name, at=WHEN,
                                      label=rng.choice([None, "attributed", "reported"]), note=nasty()))
            claim.status = rng.choice(["unreviewed", "in_review", "needs_second_look", "approved"])
            claim.adjudicated_by = nasty()
            for _ in range(rng.choice([0, 0, 1, 2])):
                session.add(Comment(claim_id=claim.id, author=nasty() or "ben", text=nasty() or "which source?",
                                    at=rng.choice([WHEN, datetime(2021, 8, 1, 1, 2, 3, 450000)])))
    return db


@pytest.mark.parametrize("seed,mode", [(1, "hostile"), (2, "mild"), (3, "mild"), (4, "nul")])
def test_fast_path_matches_the_general_path(tmp_path, monkeypatch, seed, mode):
    db = hostile_database(tmp_path, seed, mode)
    fell_back: list[int] = []
    general_rows = csv_sqlite.rows_for_claims

    def counting(connection, ids):  # type: ignore[no-untyped-def]
        fell_back.extend(ids)
        return general_rows(connection, ids)

    monkeypatch.setattr(csv_sqlite, "rows_for_claims", counting)
    try:
        for filters in FILTERS:
            for excel in (False, True):
                general = io.StringIO(newline="")
                with db.session() as session, session.begin():
                    write_csv(iter_rows(session, filters), general, excel=excel)
                for page in (1, 7, 5000):
                    monkeypatch.setattr(csv_sqlite, "PAGE_SIZE", page)
                    fast = io.StringIO(newline="")
                    write_export(db, "csv", fast, filters, excel=excel)
                    assert fast.getvalue() == general.getvalue(), (filters, excel, page)
        with db.session() as session:
            total = session.query(Claim).count()
        if mode == "mild":
            assert len(set(fell_back)) < total, "the fast path was never taken"
    finally:
        db.dispose()
