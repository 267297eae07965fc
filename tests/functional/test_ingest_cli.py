"""Ingest from the command line: formats, idempotency, --force, and every kind of bad input."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from tests.conftest import SEED_ARTICLE



def rows(db_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql).fetchall()


def test_sample_article_is_stored_with_claims_once(cli, db_path):
    first = cli("ingest", str(SEED_ARTICLE.parent))
    assert first.exit_code == 0, first.output
    assert "1 added" in first.output
    (title, dateline, body, published), = rows(db_path, "select title, dateline, body, published from articles")
    assert title == "Senior Taliban Leader Meets Chinese Ambassador In Kabul"
    assert dateline == "Kabul"
    assert published is None  # the sample has no date and none is invented
    assert "No comments" not in body and "Post a Comment" not in body
    claims = rows(db_path, 'select text, start, "end" from claims order by seq')
    assert len(claims) >= 8
    for text, start, end in claims:
        assert body[start:end] == text

    again = cli("ingest", str(SEED_ARTICLE.parent))
    assert again.exit_code == 0
    assert "0 added, 1 skipped" in again.output
    assert rows(db_path, "select count(*) from articles") == [(1,)]
    assert rows(db_path, "pragma journal_mode") == [("wal",)]
    from workbench.store.engine import create_database_engine
    from workbench.store.migrate import head_revision

    head = head_revision(create_database_engine(str(db_path)))  # the newest revision in migrations/versions
    assert rows(db_path, "select version_num from alembic_version") == [(head,)]


def test_bad_inputs_are_one_line_each_and_good_ones_still_go_in(cli, db_path, tmp_path):
    random_bytes = tmp_path / "noise.txt"
    random_bytes.write_bytes(os.urandom(4096) + b"\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 owners say prices rose.\n".encode("latin-1"))
    result = cli("ingest", str(random_bytes), str(empty), str(latin1), str(SEED_ARTICLE))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("noise.txt" in e and "binary" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("latin1.txt" in e and "UTF-8" in e for e in errors)
    assert "Traceback" not in result.output
    assert rows(db_path, "select count(*) from articles") == [(1,)]


def test_front_matter_supplies_metadata(cli, db_path, tmp_path):
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Port strike ends\npublished: 2021-08-25\nurl: https://example.org/strike\n"
        "outlet: Harbour Herald\nauthor: J. Doe\n---\n"
        "Dock workers returned on Monday, the union said.\n\nThe port reopened on Tuesday.\n",
        encoding="utf-8",
    )
    assert cli("ingest", str(article)).exit_code == 0
    assert rows(db_path, "select title, published, url, outlet, author from articles") == [
        ("Port strike ends", "2021-08-25", "https://example.org/strike", "Harbour Herald", "J. Doe")
    ]


def test_front_matter_with_a_bad_date_names_the_field(cli, db_path, tmp_path):
    article = tmp_path / "bad-date.md"
    article.write_text("---\ntitle: X\npublished: last Tuesday\n---\nThe mayor resigned.\n")
    result = cli("ingest", str(article))
    assert result.exit_code == 1
    assert "bad-date.md" in result.output and "'published'" in result.output
    assert rows(db_path, "select count(*) from articles") == [(0,)]


def test_command_line_metadata_overrides_the_file(cli, db_path):
    result = cli("ingest", "--published", "2021-08-25", "--outlet", "Wire", "--title", "T", str(SEED_ARTICLE))
    assert result.exit_code == 0
    assert rows(db_path, "select title, outlet, published from articles") == [("T", "Wire", "2021-08-25")]


def test_jsonl_feed_reports_malformed_lines_and_keeps_the_rest(cli, db_path, tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = {"title": "Mayor resigns", "text": "The mayor resigned on Friday, officials said.", "published": "2021-05-03"}
    other = {"title": "Bridge closes", "body": "The bridge closed for repairs.", "outlet": "City Post"}
    feed.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({"title": "no body"}) + "\n"
        + json.dumps({"text": "x", "published": "soon"}) + "\n" + json.dumps(other) + "\n",
        encoding="utf-8",
    )
    result = cli("ingest", str(feed))
    assert result.exit_code == 1
    assert "feed.jsonl:2: malformed JSON" in result.output
    assert "feed.jsonl:3: field 'text'" in result.output
    assert "feed.jsonl:4: field 'published'" in result.output
    assert rows(db_path, "select title, published, outlet from articles order by id") == [
        ("Mayor resigns", "2021-05-03", None),
        ("Bridge closes", None, "City Post"),
    ]


def test_stdin_and_folders(cli, db_path, tmp_path):
    folder = tmp_path / "desk" / "monday"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Ferry Service Resumes\nThe ferry resumed service on Monday.\n")
    (folder / "notes.bin").write_bytes(b"\x00\x01")  # not an article suffix: ignored
    assert cli("ingest", str(tmp_path / "desk")).exit_code == 0
    result = cli("ingest", "-", input="Storm Warning Issued\nForecasters warned of a storm.\n")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "select title from articles order by id") == [("Ferry Service Resumes",), ("Storm Warning Issued",)]


def test_control_characters_and_escapes_are_cleaned(cli, db_path, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text("Headline Here\nThe council \x1b[2Jvoted\x07 \u202eyes\u202c on the plan \x1b]52;c;AAAA\x07today.\n")
    assert cli("ingest", str(article)).exit_code == 0
    (body,), = rows(db_path, "select body from articles")
    assert body == "The council voted yes on the plan today."


def test_force_reanalyses_and_keeps_labels_and_notes(cli, db_path):
    assert cli("ingest", str(SEED_ARTICLE)).exit_code == 0
    (claim_id, text), = rows(db_path, "select id, text from claims where seq = 1")
    assert cli("label", str(claim_id), "attributed", "--note", "checked with the desk", "--reviewer", "ed").exit_code == 0
    result = cli("ingest", "--force", str(SEED_ARTICLE))
    assert result.exit_code == 0
    assert "1 re-analysed" in result.output
    assert rows(db_path, f"select label, reviewer, note from claims where text = {sqlite_quote(text)}") == [
        ("attributed", "ed", "checked with the desk")
    ]
    assert rows(db_path, "select count(*) from articles") == [(1,)]
    events = rows(db_path, "select field, old, new, reviewer from review_events order by id")
    assert events == [("label", None, "attributed", "ed"), ("note", None, "checked with the desk", "ed")]


def sqlite_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def test_html_and_urls_do_not_traceback(cli, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>x</title></head><body><p>The mayor resigned.</p></body></html>")
    result = cli("ingest", str(page))
    assert "Traceback" not in result.output


def test_label_command_validates_and_audits(cli, db_path):
    cli("ingest", str(SEED_ARTICLE))
    missing = cli("label", "99999", "reported")
    assert missing.exit_code == 1 and "no claim with id 99999" in missing.output
    ok = cli("label", "1", "reported", "--reviewer", "maria")
    assert ok.exit_code == 0
    assert rows(db_path, "select label, reviewer, version from claims where id = 1") == [("reported", "maria", 2)]
    cleared = cli("label", "1", "none", "--reviewer", "maria")
    assert cleared.exit_code == 0
    assert rows(db_path, "select label, reviewer from claims where id = 1") == [(None, None)]
    assert rows(db_path, "select count(*) from review_events where claim_id = 1") == [(2,)]


def test_articles_and_claims_listings(cli):
    cli("ingest", str(SEED_ARTICLE))
    listing = cli("articles", "--json")
    (article,) = json.loads(listing.output)
    assert article["claims"] >= 8 and article["reviewed"] == 0
    claims = json.loads(cli("claims", "--json", "--label", "unlabeled").output)
    assert len(claims) == article["claims"]
    assert all(c["label"] is None for c in claims)
