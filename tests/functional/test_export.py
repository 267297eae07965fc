"""Exports: the CSV columns and cells, the JSONL contract, ClaimReview, filters, reports, files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import event, update

from tests.conftest import SEED_ARTICLE
from workbench.cli import main
from workbench.export import COLUMNS, ExportError, ExportFilters, write_export
from workbench.export.rows import iter_rows
from workbench.ingest.runner import ingest
from workbench.store import Database, open_database
from workbench.store.models import Article, Claim, ClaimSource, FindingRow, Source

EXPECTED_COLUMNS = [
    "article_id", "article_title", "article_url", "outlet", "published", "claim_id", "seq", "claim_text",
    "suggested_label", "suggestion_reason", "label", "reviewer", "labeled_at", "attribution_source",
    "attribution_cue", "attribution_chain", "time_expressions", "findings", "sources", "quote_check", "note",
    # issue 14, appended
    "status", "judgements", "agreement", "adjudicated_by", "comments",
]
HYPERLINK = '=HYPERLINK("http://example.invalid","click")'
NON_ASCII_TITLE = "Überraschung in Kraków — 北京 talks ✓"
NON_ASCII_CLAIM = "Zoë said “the café in Łódź is closed” 🙂 — 你好."
WHEN = datetime(2021, 8, 20, 9, 30)

ATTRIBUTION = {
    "source": "Mohammad Naeem", "cue": "said", "kind": "according_to", "anonymous": False,
    "hedges": ["reportedly"], "chain": ["Sputnik", "Mohammad Naeem (tweet)"], "source_type": "person",
}
TIMES = [
    {"text": "last month", "start": 0, "end": 10, "value": "2021-07", "earliest": "2021-07-01",
     "latest": "2021-07-31", "granularity": "month", "relative": None},
    {"text": "on Wednesday", "start": 20, "end": 32, "value": "2021-08-18", "earliest": "2021-08-18",
     "latest": "2021-08-18", "granularity": "day", "relative": None},
]


def write_article(folder: Path, name: str, title: str, sentences: list[str]) -> Path:
    path = folder / name
    path.write_text(f"---\ntitle: {json.dumps(title)}\n---\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Database:
    """The sample article (A) and a short second one (B), with review work on A's first claims."""
    database = open_database(str(tmp_path / "t.db"))
    second = write_article(
        tmp_path, "second.md", NON_ASCII_TITLE,
        ["The ministry said the talks would resume in May.", "Officials expect a deal before the winter."],
    )
    summary = ingest(database, [str(SEED_ARTICLE), str(second)])
    assert summary.ok and summary.added == 2
    with database.write() as session:
        first = session.query(Article).filter(Article.title != NON_ASCII_TITLE).one()
        first.url, first.outlet, first.published = "https://news.example/kabul", "Bench News", date(2021, 8, 25)
        ids = [c.id for c in session.query(Claim).filter(Claim.article_id == first.id).order_by(Claim.seq)]
        # The review state is the test's own, whatever the analysis found or resolved.
        session.query(FindingRow).delete()
        session.execute(update(Claim).values(time_expressions=[]))
        session.execute(
            update(Claim).where(Claim.id == ids[0]).values(
                label="attributed", reviewer="maria", labeled_at=WHEN, attribution=ATTRIBUTION, time_expressions=TIMES,
                note="checked with the desk",
            )
        )
        session.execute(update(Claim).where(Claim.id == ids[1]).values(
            text=HYPERLINK, label="unverified", reviewer="li", labeled_at=WHEN, note="+44 20 7946 0000",
        ))
        session.execute(update(Claim).where(Claim.id == ids[2]).values(text=NON_ASCII_CLAIM, note="@everyone -1"))
        session.add(FindingRow(kind="temporal_conflict", claim_id=ids[0], other_claim_id=ids[4],
                               explanation="May comes before the takeover", status="open", created_at=WHEN))
        readout = Source(title="Readout", url="https://source.example/readout", text="...", sha256="a" * 64,
                         retrieved_at=WHEN)
        other = Source(title="Denial", url="https://source.example/denial", text="...", sha256="b" * 64,
                       retrieved_at=WHEN)
        session.add_all([readout, other])
        session.flush()
        session.add_all([
            ClaimSource(claim_id=ids[0], source_id=readout.id, stance="supports", excerpt="they discussed",
                        quote_check={"status": "verbatim", "score": 100.0}, created_at=WHEN),
            ClaimSource(claim_id=ids[0], source_id=other.id, stance="refutes", created_at=WHEN),
        ])
    return database


def claim_ids(db: Database) -> list[int]:
    with db.session() as session:
        return [c.id for c in session.query(Claim).order_by(Claim.article_id, Claim.seq)]


def claim_text(db: Database, claim_id: int) -> str:
    with db.session() as session:
        return session.get_one(Claim, claim_id).text


def export_text(db: Database, fmt: str, filters: ExportFilters | None = None, excel: bool = False) -> str:
    out = io.StringIO(newline="")
    write_export(db, fmt, out, filters, excel=excel)
    return out.getvalue()


def csv_rows(db: Database, filters: ExportFilters | None = None) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export_text(db, "csv", filters), newline="")))


def test_csv_header_is_pinned_in_order(db):
    text = export_text(db, "csv")
    assert list(COLUMNS) == EXPECTED_COLUMNS
    assert text.split("\r\n", 1)[0] == ",".join(EXPECTED_COLUMNS)


def test_csv_has_one_row_per_claim_with_readable_list_cells(db):
    rows = csv_rows(db)
    ids = claim_ids(db)
    assert [int(r["claim_id"]) for r in rows] == ids
    first = rows[0]
    assert first["article_url"] == "https://news.example/kabul"
    assert first["published"] == "2021-08-25"
    assert first["label"] == "attributed" and first["reviewer"] == "maria"
    assert first["labeled_at"] == "2021-08-20T09:30:00"
    assert first["attribution_source"] == "Mohammad Naeem" and first["attribution_cue"] == "said"
    assert first["attribution_chain"] == "Sputnik > Mohammad Naeem (tweet)"
    assert first["time_expressions"] == "last month = 2021-07-01..2021-07-31; on Wednesday = 2021-08-18"
    assert first["findings"] == f"temporal_conflict with claim {ids[4]}: May comes before the takeover"
    assert first["sources"] == (
        "Readout <https://source.example/readout> (supports): “they discussed” — quote check: verbatim (100)"
        " | Denial <https://source.example/denial> (refutes)"
    )
    assert first["quote_check"] == "https://source.example/readout: verbatim (100)"
    # The finding shows from the other side too.
    assert rows[4]["findings"] == f"temporal_conflict with claim {ids[0]}: May comes before the takeover"


def test_formula_cells_are_neutralised(db):
    rows = csv_rows(db)
    assert rows[1]["claim_text"] == "'" + HYPERLINK
    assert rows[1]["note"] == "'+44 20 7946 0000"
    assert rows[2]["note"] == "'@everyone -1"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_non_ascii_text_round_trips_through_csv_jsonl_and_excel_csv(db):
    rows = csv_rows(db)
    assert rows[2]["claim_text"] == NON_ASCII_CLAIM
    assert NON_ASCII_TITLE in {r["article_title"] for r in rows}
    records = [json.loads(line) for line in export_text(db, "jsonl").splitlines()]
    assert records[2]["text"] == NON_ASCII_CLAIM
    assert NON_ASCII_TITLE in {r["article"]["title"] for r in records}
    excel = export_text(db, "csv", excel=True)
    assert excel.startswith("\ufeff")
    decoded = excel.encode("utf-8").decode("utf-8-sig")
    assert list(csv.DictReader(io.StringIO(decoded, newline="")))[2]["claim_text"] == NON_ASCII_CLAIM


def test_jsonl_keys_follow_the_contract(db):
    records = [json.loads(line) for line in export_text(db, "jsonl").splitlines()]
    assert len(records) == len(claim_ids(db))
    for record in records:
        assert list(record) == [
            "article", "claim_id", "seq", "text", "start", "end", "suggested_label", "suggestion_reason",
            "label", "reviewer", "labeled_at", "note", "attribution", "times", "findings", "sources",
            "status", "judgements", "agreement", "adjudicated_by", "comments",  # added by issue 14
        ]
        assert list(record["article"]) == ["id", "title", "url", "outlet", "published", "published_inferred"]
    first = records[0]
    assert first["article"]["published"] == "2021-08-25" and first["labeled_at"] == "2021-08-20T09:30:00"
    assert list(first["attribution"]) == ["source", "cue", "kind", "anonymous", "hedges", "chain", "hops", "rule"]
    assert first["attribution"]["chain"] == ["Sputnik", "Mohammad Naeem (tweet)"]
    assert [list(t) for t in first["times"]] == [
        ["text", "start", "end", "value", "earliest", "latest", "granularity"]] * 2
    assert first["findings"] == [{"kind": "temporal_conflict", "with_claim_id": records[4]["claim_id"],
                                  "explanation": "May comes before the takeover", "status": "open"}]
    assert [list(s) for s in first["sources"]] == [["id", "url", "title", "stance", "excerpt", "quote_check"]] * 2
    assert first["sources"][0]["quote_check"] == {"status": "verbatim", "score": 100.0}
    unreviewed = records[3]
    assert unreviewed["label"] is None and unreviewed["labeled_at"] is None and unreviewed["reviewer"] is None


def test_claimreview_has_one_review_per_labelled_claim(db):
    reviews = json.loads(export_text(db, "claimreview"))
    assert len(reviews) == 2  # two claims are labelled
    review = reviews[0]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim_text(db, claim_ids(db)[0])
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "attributed"}
    assert review["reviewBody"] == "checked with the desk"  # the reviewer's note
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["appearance"]["url"] == "https://news.example/kabul"
    assert item["author"] == {"@type": "Person", "name": "Mohammad Naeem"}
    assert review["author"] == {"@type": "Person", "name": "maria"}
    assert review["datePublished"] == "2021-08-20"
    properties = {p["name"]: p for p in review["additionalProperty"]}
    assert properties["attributionChain"]["value"] == ["Sputnik", "Mohammad Naeem (tweet)"]
    assert properties["finding"]["propertyID"] == "temporal_conflict"
    assert reviews[1]["claimReviewed"] == HYPERLINK  # JSON is data: no neutralising there


def test_claimreview_with_nothing_labelled_is_an_empty_array(db):
    assert json.loads(export_text(db, "claimreview", ExportFilters(reviewed=False))) == []


def test_filters_narrow_the_claims(db):
    ids = claim_ids(db)
    with db.session() as session:
        second = session.query(Article.id).filter(Article.title == NON_ASCII_TITLE).scalar()
        seconds = [c.id for c in session.query(Claim).filter(Claim.article_id == second)]

    def exported(**kwargs) -> list[int]:
        return [int(r["claim_id"]) for r in csv_rows(db, ExportFilters(**kwargs))]

    assert exported(article_ids=(second,)) == seconds
    assert exported(labels=("attributed",)) == [ids[0]]
    assert exported(labels=("attributed", "unverified")) == ids[:2]
    assert exported(labels=("unlabeled",)) == [i for i in ids if i not in ids[:2]]
    assert exported(labels=("flagged",)) == [ids[0], ids[4]]
    assert exported(reviewed=True) == ids[:2]
    assert exported(reviewed=False) == ids[2:]
    assert exported(article_ids=(second,), reviewed=True) == []
    # since: labelled on or after the day, or the article ingested on or after it.
    assert exported(since=date(2021, 8, 20)) == ids  # everything was ingested today
    with db.write() as session:
        session.execute(update(Article).values(ingested_at=datetime(2021, 1, 1)))
    assert exported(since=date(2021, 8, 20)) == ids[:2]
    assert exported(since=date(2021, 8, 21)) == []


def test_paging_gives_the_same_rows_and_lists_across_page_edges(db):
    with db.session() as session:
        whole = list(iter_rows(session, ExportFilters(), page_size=1000))
        paged = list(iter_rows(session, ExportFilters(), page_size=3))
    assert [r.claim_id for r in paged] == [r.claim_id for r in whole]
    assert [(r.findings, r.sources) for r in paged] == [(r.findings, r.sources) for r in whole]
    assert paged[4].findings and paged[0].sources  # the finding joins claims on different pages


def test_queries_per_export_do_not_grow_with_the_number_of_claims(db, tmp_path):
    def statements(database: Database) -> int:
        seen = []
        listener = lambda *args: seen.append(1)  # noqa: E731
        event.listen(database.engine, "before_cursor_execute", listener)
        try:
            export_text(database, "jsonl")
        finally:
            event.remove(database.engine, "before_cursor_execute", listener)
        return len(seen)

    small = open_database(str(tmp_path / "small.db"))
    ingest(small, [str(write_article(tmp_path, "one.md", "One", ["The minister said so."]))])
    assert statements(db) == statements(small)


def test_output_file_is_replaced_only_when_the_export_completes(db, tmp_path, monkeypatch):
    target = tmp_path / "review.csv"
    assert write_export(db, "csv", target) == len(claim_ids(db))
    complete = target.read_bytes()
    assert complete.startswith(b"article_id,") and complete.count(b"\r\n") >= len(claim_ids(db)) + 1

    def broken(rows, out, excel=False):
        out.write("article_id,half a file")
        raise RuntimeError("disk full")

    monkeypatch.setattr("workbench.export.write_csv", broken)
    with pytest.raises(RuntimeError):
        write_export(db, "csv", target)
    assert target.read_bytes() == complete
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_reports_escape_article_text(db):
    ids = claim_ids(db)
    with db.write() as session:
        session.execute(update(Claim).where(Claim.id == ids[3]).values(
            text="<script>alert(1)</script> [x](javascript:alert(1)) \x1b[2J **bold**"))
        session.execute(update(Article).where(Article.title == NON_ASCII_TITLE).values(
            url="javascript:alert(1)", title="<img src=x onerror=alert(1)>"))
    page = export_text(db, "html")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and 'href="javascript' not in page
    assert "\x1b" not in page and "<style>" in page
    assert "Open findings (1)" in page and "May comes before the takeover" in page
    markdown = export_text(db, "markdown")
    assert "\\<script>" in markdown and "\\[x\\](javascript:alert(1))" in markdown
    assert "<script" not in markdown.replace("\\<script", "")
    assert "\\*\\*bold\\*\\*" in markdown and "\x1b" not in markdown
    assert "| attributed | 1 |" in markdown and "| unlabeled |" in markdown
    assert "### Time line (2)" in markdown
    assert "- July 2021 · last month · [1] " + claim_text(db, ids[0])[:40] in markdown
    assert "- 18 August 2021 · on Wednesday · [1] " in markdown
    assert "how it was found: May comes before the takeover" in markdown
    assert markdown.count("#### Claims without sources") == 2


def test_unknown_format_is_one_clear_error(db):
    with pytest.raises(ExportError, match="unknown export format"):
        write_export(db, "xlsx", io.StringIO())


def test_cli_exports_to_stdout_and_to_a_file(db, tmp_path):
    runner = CliRunner()
    db_path = str(db.sqlite_path)
    result = runner.invoke(main, ["--db", db_path, "export", "--format", "jsonl", "--label", "attributed"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["label"] for line in result.stdout.splitlines()] == ["attributed"]
    target = tmp_path / "out.csv"
    result = runner.invoke(main, ["--db", db_path, "export", "-o", str(target), "--excel", "--unreviewed"])
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"\xef\xbb\xbfarticle_id,")
    assert f"{len(claim_ids(db)) - 2} claims written" in result.stderr
    missing = runner.invoke(main, ["--db", db_path, "export", "-o", str(tmp_path / "nope" / "x.csv")])
    assert missing.exit_code == 1 and "folder does not exist" in missing.output
    assert "Traceback" not in missing.output


def test_quote_check_cell_words_the_stored_check_like_the_detail_pane():
    from workbench.export.cells import quote_check_outcome

    close = {"status": "close", "score": 93.5, "quotation": "q", "passage": "p",
             "diff": [{"kind": "changed", "quote": "stated", "source": "said"},
                      {"kind": "omitted", "quote": "", "source": "very"}]}
    assert quote_check_outcome(close) == 'close (93.5): "said" -> "stated"; omitted "very"'
    assert quote_check_outcome({"status": "not found", "score": 41.0, "diff": []}) == "not found (41)"


def test_report_carries_the_reviewers_work(db):
    """Confirmed findings with both claims, notes, sources with excerpt and quote check; no escapes."""
    ids = claim_ids(db)
    with db.write() as session:
        session.execute(update(FindingRow).values(status="confirmed"))
        session.execute(update(Claim).where(Claim.id == ids[4]).values(label="contradictory", note="desk agrees"))
        session.execute(update(Claim).where(Claim.id == ids[0]).values(label="contradictory"))
    markdown = export_text(db, "markdown")
    assert "### Confirmed findings (1)" in markdown and "#### Open findings (0)" in markdown
    assert f"  - claim 1 — labelled contradictory: “{claim_text(db, ids[0])[:30]}" in markdown
    assert "  - claim 5 — labelled contradictory: “" in markdown
    assert "    - note: desk agrees" in markdown
    # the sources checked for a claim show beside it in the finding too
    assert ("    - supports: Readout (https://source.example/readout) — “they discussed” — quote check: verbatim (100)"
            in markdown)
    assert "### Contradictory claims (2)" in markdown
    assert "  - note: checked with the desk" in markdown
    assert ("  - supports: Readout (https://source.example/readout) — “they discussed” — quote check: verbatim (100)"
            in markdown)
    assert "  - refutes: Denial (https://source.example/denial)" in markdown
    assert "published 25 August 2021" in markdown
    for escaped in ("\\_", "\\>", "XXXX"):
        assert escaped not in markdown
    page = export_text(db, "html")
    assert '<div class="finding confirmed">' in page and "<svg" in page and "<details>" in page
    assert "quote check: verbatim (100)" in page and "desk agrees" in page


def test_cross_article_findings_name_the_other_article_and_quote_its_claim(db):
    ids = claim_ids(db)
    with db.write() as session:
        session.query(FindingRow).delete()
        session.add(FindingRow(kind="numeric_conflict", claim_id=ids[0], other_claim_id=ids[-1],
                               explanation="same claim with different numbers: three here vs five there "
                                           "(similarity 95 with numbers masked)",
                               status="confirmed", created_at=WHEN))
    markdown = export_text(db, "markdown", ExportFilters(article_ids=(1,)))
    assert "**Numbers disagree: three here vs five in the other claim**" in markdown
    assert f"claim 2 of “{NON_ASCII_TITLE}” (article 2): “Officials expect a deal before the winter.”" in markdown
    assert "claim id" not in markdown and "another article" not in markdown
    page = export_text(db, "html", ExportFilters(article_ids=(1,)))
    assert "Officials expect a deal before the winter." in page


def test_readable_spans():
    from workbench.export.report import readable_span

    assert readable_span("2021-08-23", "2021-08-28") == "23–28 August 2021"
    assert readable_span("XXXX-08-23", "XXXX-08-28") == "23–28 August, year not stated"
    assert readable_span("2021-07-01", "2021-07-31") == "July 2021"
    assert readable_span("2021-07-30", "2021-08-02") == "30 July – 2 August 2021"
    assert readable_span("2020-12-30", "2021-01-02") == "30 December 2020 – 2 January 2021"
    assert readable_span("XXXX-08-23", "XXXX-08-23") == "23 August, year not stated"
    assert readable_span("someday", "someday") == "someday"


def test_a_headline_and_its_derivation_stay_on_one_csv_line(db):
    ids = claim_ids(db)
    with db.write() as session:
        finding = session.query(FindingRow).filter_by(claim_id=ids[0]).one()
        finding.explanation = "'May' vs 'June': both date the takeover\n'May' -> 2021-05; 'June' -> 2021-06"
    rows = csv_rows(db)
    assert rows[0]["findings"] == (f"temporal_conflict with claim {ids[4]}: 'May' vs 'June': both date the takeover"
                                   " — 'May' -> 2021-05; 'June' -> 2021-06")
