"""Flat costs as the store grows: the persistent near-duplicate index and the claim-level finding count."""

from __future__ import annotations

import json

from sqlalchemy import func, or_, select

SENTENCE = "Police said that three people were hurt when the old bridge over the river collapsed on Sunday."
OTHER = "Police said that five people were hurt when the old bridge over the river collapsed on Sunday."


def _feed(path, bodies):  # type: ignore[no-untyped-def]
    path.write_text("".join(json.dumps({"text": body}) + "\n" for body in bodies), encoding="utf-8")
    return str(path)


def _findings(db):  # type: ignore[no-untyped-def]
    from workbench.store.models import FindingRow

    with db.session() as session:
        return session.execute(select(FindingRow.kind, FindingRow.claim_id, FindingRow.other_claim_id)).all()


def test_a_later_run_finds_stored_near_duplicates_through_the_index(db, tmp_path):
    from workbench.ingest.runner import ingest
    from workbench.store.models import NearDupClaim, NearDupKey

    first = ingest(db, [_feed(tmp_path / "a.jsonl", [f"Bridge story.\n\n{SENTENCE}\n", "Weather.\n\nIt rained."])],
                   jobs=1)
    assert first.added == 2 and first.findings == 0
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(NearDupClaim)) >= 1
        assert session.scalar(select(func.count()).select_from(NearDupKey)) >= 6
    second = ingest(db, [_feed(tmp_path / "b.jsonl", [f"Another outlet.\n\n{OTHER}\n"])], jobs=1)
    assert second.added == 1 and second.findings == 1
    assert [kind for kind, _, _ in _findings(db)] == ["numeric_conflict"]


def test_workers_look_the_store_up_and_batch_mates_still_meet(db, tmp_path):
    from workbench.ingest.runner import ingest

    ingest(db, [_feed(tmp_path / "a.jsonl", [f"Bridge story.\n\n{SENTENCE}\n"])], jobs=1)
    bodies = [f"Outlet {n} reports.\n\n{SENTENCE}\n\nMore on story {n} later." for n in range(3)]
    summary = ingest(db, [_feed(tmp_path / "b.jsonl", bodies)], jobs=2)
    assert summary.added == 3 and summary.ok
    pairs = {frozenset((left, right)) for _, left, right in _findings(db)}
    assert len(pairs) == summary.findings == 6  # each of the 3 with the stored one and with each other


def test_a_reanalysed_article_is_no_duplicate_of_itself(db, tmp_path):
    from workbench.ingest.runner import ingest

    feed = _feed(tmp_path / "a.jsonl", [f"Bridge story.\n\n{SENTENCE}\n"])
    ingest(db, [feed], jobs=1)
    again = ingest(db, [feed], jobs=1, force=True)
    assert again.reanalysed == 1 and again.findings == 0
    copy = ingest(db, [_feed(tmp_path / "b.jsonl", [f"Copy.\n\n{SENTENCE}\n"])], jobs=1)
    assert copy.findings == 1


def test_the_flag_count_follows_every_change_to_findings(db, tmp_path):
    from workbench.ingest.runner import ingest
    from workbench.store.findings import set_findings_status
    from workbench.store.models import Claim, FindingRow
    from workbench.store.queries import FLAGGED, list_claims

    ingest(db, [_feed(tmp_path / "a.jsonl", [f"A.\n\n{SENTENCE}\n", f"B.\n\n{OTHER}\n", f"C.\n\n{SENTENCE}\n"])],
           jobs=1)

    def by_exists(session):  # type: ignore[no-untyped-def]
        live = FindingRow.status.in_(("open", "confirmed"))
        return sorted(session.scalars(select(Claim.id).where(or_(
            select(FindingRow.id).where(FindingRow.claim_id == Claim.id, live).exists(),
            select(FindingRow.id).where(FindingRow.other_claim_id == Claim.id, live).exists()))))

    def check() -> list[int]:
        with db.session() as session:
            flagged = [c.id for c in list_claims(session, label=FLAGGED)]
            assert flagged == by_exists(session)
            return flagged

    assert len(check()) == 3
    finding_ids = [row[0] for row in db.session().execute(select(FindingRow.id))]
    set_findings_status(db, finding_ids, "dismissed", reviewer="ed")
    assert check() == []
    set_findings_status(db, finding_ids[:1], "open", reviewer="ed")
    assert len(check()) == 2


def test_a_feed_larger_than_max_size_streams_record_by_record(cli, db_path, tmp_path):
    import sqlite3

    feed = tmp_path / "big.jsonl"
    pad = "x" * 700_000
    with feed.open("w", encoding="utf-8") as handle:
        for number in range(3):
            handle.write(json.dumps({"text": f"Story {number}.\n\nThe council said {number + 2} roads shut.",
                                     "pad": pad}) + "\n")
        handle.write(json.dumps({"text": "Too long. " + "y" * 1_000_000}) + "\n")
    result = cli("ingest", "--max-size", "1", "--max-article-size", "0.9", str(feed))
    assert result.exit_code == 1  # the one line over the per-record cap
    assert "big.jsonl:4" in result.output and "--max-article-size" in result.output
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("select count(*) from articles").fetchone() == (3,)


def test_ctrl_c_stops_an_ingest_at_once_committing_what_is_complete(tmp_path):
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    feed = tmp_path / "feed.jsonl"
    _feed(feed, [f"Story {n}.\n\nThe council of town {n} said {n % 50 + 2} roads were shut on Monday after "
                 f"the storm.\n\nMr Smith{n} said the repairs would take weeks." for n in range(3000)])
    db_path = tmp_path / "ctrl-c.db"
    env = {**os.environ, "WORKBENCH_CONFIG": str(tmp_path / "none.toml")}
    process = subprocess.Popen(
        [sys.executable, "-c", "from workbench.cli import main; main()", "--db", str(db_path), "ingest",
         "--jobs", "2", str(feed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait for the first committed batch
        time.sleep(0.5)
        if db_path.exists():
            try:
                with sqlite3.connect(db_path, timeout=1) as connection:
                    if connection.execute("select count(*) from articles").fetchone()[0] > 0:
                        break
            except sqlite3.OperationalError:
                pass
    os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    sent = time.monotonic()
    out, err = process.communicate(timeout=30)
    took = time.monotonic() - sent
    assert process.returncode == 130, err
    assert "interrupted" in out
    added = int(out.split("interrupted: ")[1].split(" added")[0])
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("select count(*) from articles").fetchone() == (added,)
    assert 0 < added < 3000
    assert took < 3.0, f"took {took:.1f} s to stop"
    leftover: list[str] = []
    for _ in range(20):  # the workers (and multiprocessing's resource tracker) go within a second or two
        leftover = subprocess.run(["pgrep", "-s", str(process.pid)], capture_output=True, text=True).stdout.split()
        if not leftover:
            break
        time.sleep(0.25)
    assert leftover == [], "worker processes outlived the ingest"


def test_search_and_suggest_take_their_candidates_from_the_full_text_index(db, tmp_path):
    from workbench.evidence import suggest_sources
    from workbench.ingest.runner import ingest
    from workbench.store.browse import search_claims
    from workbench.store.models import Claim

    bodies = [f"Bridge story.\n\n{SENTENCE}\n", "Markets.\n\nThe Prime Minister said interest rates would stay "
              "at four percent this year.", f"Follow-up.\n\nEngineers said the old bridge over the river had "
              "cracked for years before it collapsed."]
    ingest(db, [_feed(tmp_path / "a.jsonl", bodies)], jobs=1)
    with db.session() as session:
        assert [c.text for c in search_claims(session, "prime minist")][0].startswith("The Prime Minister")
        assert search_claims(session, "brdge collapsed")  # a typo: the bounded scan still finds it
        assert search_claims(session, "zebra crossing") == []
        first = session.scalar(select(Claim.id).where(Claim.article_id == 1).order_by(Claim.id))
    suggestions = suggest_sources(db, first)
    assert [s.article_id for s in suggestions] == [3]


def test_the_scale_indexes_work_on_both_backends(backend_target, tmp_path):
    """Triggers, the near-duplicate index and full-text search, on SQLite and PostgreSQL."""
    from workbench.evidence import suggest_sources
    from workbench.ingest.runner import ingest
    from workbench.store import open_database
    from workbench.store.browse import count_claims, search_claims
    from workbench.store.findings import set_findings_status
    from workbench.store.models import FindingRow
    from workbench.store.queries import FLAGGED

    db = open_database(backend_target)
    try:
        ingest(db, [_feed(tmp_path / "a.jsonl", [f"Bridge story.\n\n{SENTENCE}\n"])], jobs=1)
        second = ingest(db, [_feed(tmp_path / "b.jsonl", [f"Other outlet.\n\n{OTHER}\n"])], jobs=2)
        assert second.findings == 1
        again = ingest(db, [str(tmp_path / "b.jsonl")], jobs=1, force=True)
        assert again.reanalysed == 1
        with db.session() as session:
            assert count_claims(session, None, FLAGGED) == 2
            assert [c.text for c in search_claims(session, "bridge collapsed")]
            finding_ids = list(session.scalars(select(FindingRow.id)))
            claim_id = search_claims(session, "five people")[0].id
        assert len(finding_ids) == 1
        assert [s.article_id for s in suggest_sources(db, claim_id)] == [1]
        set_findings_status(db, finding_ids, "dismissed", reviewer="ed")
        with db.session() as session:
            assert count_claims(session, None, FLAGGED) == 0
    finally:
        db.dispose()


def test_a_long_run_keeps_only_its_newest_articles_in_memory_and_still_finds_old_copies(db, tmp_path, monkeypatch):
    from workbench.ingest import runner
    from workbench.store import corpus

    monkeypatch.setattr(runner, "BATCH_ARTICLES", 2)
    monkeypatch.setattr(runner, "WINDOW_PER_JOB", 1)
    sizes: list[int] = []
    real_committed = corpus.CrossArticleMatcher.committed

    def committed(self):  # type: ignore[no-untyped-def]
        real_committed(self)
        sizes.append(len(self._recent))

    monkeypatch.setattr(corpus.CrossArticleMatcher, "committed", committed)
    filler = [f"Story {n}.\n\nThe {w} committee in district {n} met on Friday to discuss the {w} plans for "
              f"next spring." for n, w in zip(range(30), ["harbour", "railway", "library"] * 10)]
    bodies = [f"First.\n\n{SENTENCE}\n", *filler, f"Much later.\n\n{OTHER}\n"]
    summary = runner.ingest(db, [_feed(tmp_path / "long.jsonl", bodies)], jobs=1)
    assert summary.added == 32 and summary.ok
    assert max(sizes) <= 2 * (1 * 1 + 2 * 2) + 2  # keep_articles is 5: bounded, whatever the run
    kinds = {(kind, left, right) for kind, left, right in _findings(db)}
    assert any(kind == "numeric_conflict" for kind, _, _ in kinds)  # found in the store, not in memory


HOSTILE_QUERIES = ['he said "bridge', 'bridge" OR "river', "NEAR(bridge collapsed)", "bridge*", "-bridge", "^bridge",
                   "text:bridge", '"', "AND OR NOT", "brid'ge", "(bridge", "bridge)", "[bold]x", "\x1b[2J bridge"]


def test_search_text_with_quotes_and_operators_never_breaks_the_full_text_query(db, tmp_path):
    from workbench.ingest.runner import ingest
    from workbench.store.browse import search_claims

    ingest(db, [_feed(tmp_path / "a.jsonl", [f"Bridge story.\n\n{SENTENCE}\n"])], jobs=1)
    with db.session() as session:
        for query in HOSTILE_QUERIES:
            search_claims(session, query)  # no FTS5 syntax error, whatever the user typed
        assert search_claims(session, '"old bridge" -river')


def test_a_misspelt_word_is_found_through_the_index_vocabulary_not_a_scan(db, tmp_path, monkeypatch):
    from workbench.ingest.runner import ingest
    from workbench.store import browse
    from workbench.store.search import close_words

    ingest(db, [_feed(tmp_path / "a.jsonl", [f"Bridge story.\n\n{SENTENCE}\n", "Markets.\n\nThe Prime Minister "
                                             "said the government would keep interest rates at four percent."])], jobs=1)
    monkeypatch.setattr(browse, "SEARCH_SCAN_LIMIT", 0)  # no scan to fall back on
    with db.session() as session:
        assert "government" in close_words(session, "govrnment")
        found = browse.search_claims(session, "govrnment")
        assert found and "government" in found[0].text
        assert browse.search_claims(session, "prme ministr")[0].text.startswith("The Prime Minister")
        assert browse.search_claims(session, "zebra crossing") == []


def test_suggest_reads_other_articles_claims_from_the_newest_window_only(cli, db_path, tmp_path, monkeypatch):
    """Other articles' passages are their stored claims found by the full-text index among the
    newest claims: an old article past the window is not read, table or JSON."""
    import json as json_module

    from workbench.store import passages

    bodies = ["Old story.\n\nEngineers said the old bridge over the river had cracked for years before it collapsed.",
              "Filler.\n\nThe council met on Monday to discuss the budget for schools and parks.",
              f"Bridge story.\n\n{SENTENCE}\n",
              "Follow-up.\n\nEngineers said the old bridge over the river had cracked for years before it fell."]
    assert cli("ingest", "--jobs", "1", str(_feed(tmp_path / "a.jsonl", bodies))).exit_code == 0
    claim = json_module.loads(cli("claims", "--article", "3", "--json").output)[0]["id"]
    both = json_module.loads(cli("suggest", str(claim), "--json").output)
    assert {s["article_id"] for s in both} >= {1, 4}
    monkeypatch.setattr(passages, "WINDOW_CLAIMS", 2)  # only the newest claims: article 4's, article 3's own
    newest = json_module.loads(cli("suggest", str(claim), "--json").output)
    assert [s["article_id"] for s in newest] == [4]
    table = cli("suggest", str(claim)).output
    assert "article 4" in table and "article 1" not in table


def test_an_article_page_counts_its_own_findings_as_the_whole_list_does(cli, db_path, tmp_path):
    """A page of articles (or one article) counts its claims' findings through the claims'
    indexes; the counts match those of the list of every article, in the table and in JSON."""
    records = [{"text": f"Story {n}.\n\n{body}\n", "outlet": f"Outlet {n}"}
               for n, body in enumerate([SENTENCE, OTHER, SENTENCE, "The council met on Monday about parks."])]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert cli("ingest", "--jobs", "1", str(feed)).exit_code == 0
    finding = json.loads(cli("findings", "--json").output)[0]["id"]
    assert cli("findings", "confirm", str(finding)).exit_code == 0
    everything = {a["id"]: (a["open_findings"], a["confirmed_findings"])
                  for a in json.loads(cli("articles", "--json").output)}
    assert sum(o + c for o, c in everything.values()) >= 2 and any(c for _, c in everything.values())
    for article_id, counts in everything.items():
        one = json.loads(cli("articles", "--outlet", f"Outlet {article_id - 1}", "--json").output)
        assert [(a["id"], a["open_findings"], a["confirmed_findings"]) for a in one] == [(article_id, *counts)]
    row = cli("articles", "--outlet", "Outlet 1").output.splitlines()[-1]
    assert [cell.strip() for cell in row.split("│")][-2:] == [str(n) for n in everything[2]]
