"""Random and hostile text through reading, analysis and storing: no crash, no lost article."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.analysis import analyse_article
from workbench.analysis.sanitize import strip_controls
from workbench.ingest.readers import ReadProblem, article_from_text, decode_text

HOSTILE = [
    "[bold]x", "[/", "[@click=app.quit]q[/]", "[link=https://example.invalid]x[/link]",
    "\x1b]52;c;AAAA\x07", "\x1b[2J", '=HYPERLINK("http://example.invalid")', "\u202eevil\u202c",
    "\x00", "\r\n", "U.S.", "Dr.", '."', "...", "$2.5 million", "last month", "on Wednesday", "said",
    "according to", "Mr. Smith said", "«", "“", "”", "\u2028", "\t", "—", "é", "中文", "🙂",
]
words = st.one_of(st.sampled_from(HOSTILE), st.text(min_size=1, max_size=12))
articles = st.lists(words, min_size=1, max_size=120).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles, st.sampled_from([None, "2021-08-25"]))
def test_analysis_never_crashes_and_offsets_hold(text, published):
    from datetime import date

    analysis = analyse_article(text, date.fromisoformat(published) if published else None)
    for claim in analysis.claims:
        assert text[claim.start:claim.end] == claim.text
        assert claim.suggested_label in ("attributed", "reported", "unverified", "contradictory")
        for time in claim.times:
            assert text[time.start:time.end] == time.text
    seqs = {c.seq for c in analysis.claims}
    for finding in analysis.findings:
        assert finding.claim_seq in seqs


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_in_one_line(raw):
    decoded = decode_text(raw, "fuzz.txt")
    if isinstance(decoded, ReadProblem):
        assert "\n" not in str(decoded) and str(decoded).startswith("fuzz.txt: ")
        return
    result = article_from_text(decoded, "fuzz.txt")
    if isinstance(result, ReadProblem):
        assert "\n" not in str(result)
    else:
        assert strip_controls(result.body) == result.body
        assert "\x1b" not in result.body and "\x00" not in result.body


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(articles, min_size=1, max_size=4))
def test_ingest_keeps_every_readable_article(tmp_path_factory, bodies):
    from sqlalchemy import func, select

    from workbench.ingest.runner import ingest
    from workbench.store import open_database
    from workbench.store.models import Article

    folder = tmp_path_factory.mktemp("fuzz")
    expected = set()
    for number, body in enumerate(bodies):
        path = folder / f"{number}.txt"
        path.write_text(f"Headline {number}\n{body}", encoding="utf-8", errors="surrogatepass")
        record = article_from_text(path.read_text(encoding="utf-8", errors="replace"), str(path))
        if not isinstance(record, ReadProblem):
            expected.add(record.body)
    db = open_database(str(folder / "fuzz.db"))
    try:
        summary = ingest(db, [str(folder)], jobs=1)
        with db.session() as session:
            stored = session.scalar(select(func.count(Article.id)))
        assert stored == len(expected)
        assert summary.added == len(expected)
    finally:
        db.dispose()
