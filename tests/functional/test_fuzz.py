"""Random and hostile text through reading, analysis and storing: no crash, no lost article."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.analysis import analyse_article
from workbench.analysis.sanitize import one_line, strip_controls
from workbench.ingest.readers import ReadProblem, article_from_text, decode_text, read_file

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
        for record in read_file(path):
            if not isinstance(record, ReadProblem):
                expected.add(record.body)
    db = open_database(str(folder / "fuzz.db"))
    try:
        summary = ingest(db, [str(folder)], jobs=1)
        with db.session() as session:
            stored = session.scalar(select(func.count(Article.id)))
        assert stored == len(expected)
        # every file is either stored or reported: none vanishes silently
        assert summary.added + summary.skipped + summary.failed == len(bodies)
    finally:
        db.dispose()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(articles, min_size=1, max_size=2))
def test_exports_stay_whole_and_safe_on_hostile_text(tmp_path_factory, bodies):
    import csv
    import io
    import json

    from sqlalchemy import func, select

    from workbench.export import write_export
    from workbench.ingest.runner import ingest
    from workbench.store import open_database
    from workbench.store.models import Claim

    folder = tmp_path_factory.mktemp("fuzz-export")
    for number, body in enumerate(bodies):
        (folder / f"{number}.txt").write_text(f"Headline {number}\n{body}", encoding="utf-8")
    db = open_database(str(folder / "fuzz.db"))
    try:
        ingest(db, [str(folder)], jobs=1)
        with db.session() as session:
            claims = session.scalar(select(func.count(Claim.id)))
        out = io.StringIO()
        write_export(db, "csv", out)
        table = list(csv.reader(io.StringIO(out.getvalue())))
        assert len(table) == claims + 1
        for row in table[1:]:
            for cell in row:
                assert not cell or cell[0] not in "=+-@\t\r", cell
                assert "\x1b" not in cell
        out = io.StringIO()
        write_export(db, "jsonl", out)
        lines = [json.loads(line) for line in out.getvalue().splitlines()]  # splitlines: the strictest reader
        assert len(lines) == claims
        out = io.StringIO()
        write_export(db, "html", out)
        assert "<script" not in out.getvalue().lower()
    finally:
        db.dispose()


claim_texts = st.lists(st.sampled_from(HOSTILE) | st.text(max_size=8), min_size=1, max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(claim_texts, claim_texts, claim_texts)
def test_tui_rendering_never_passes_markup_or_escapes(text, note, source):
    from rich.console import Console

    from workbench.analysis.model import Attribution, TimeExpression
    from workbench.store.views import ClaimDetail, ClaimSummary, FindingView, SourceLinkView
    from workbench.tui.widgets.detail import detail_text
    from workbench.tui.widgets.lists import ClaimQueue

    detail = ClaimDetail(
        id=1, article_id=1, seq=1, text=text, start=0, end=len(text), suggested_label="attributed",
        suggestion_reason=source, label=None, reviewer=note, labeled_at=None, note=note, version=1,
        attribution=Attribution(source=source, cue="said", kind="indirect", chain=[source, note], hedges=[note]),
        times=[TimeExpression(text=text[:10], start=0, end=min(10, len(text)), relative=note)],
        context_before=note, context_after=source,
        findings=[FindingView(1, "temporal_conflict", 1, 2, 2, 1, text, "open")],
        sources=[SourceLinkView(1, 1, None, source, note, "supports", text, note, None, source, None)],
    )
    row = ClaimSummary(1, 1, 1, text, "reported", None, True, 1)
    console = Console(record=True, width=100, color_system="truecolor", force_terminal=True)
    console.print(detail_text(detail))
    rendered = console.export_text(styles=False)
    for forbidden in ("\x1b", "\x07", "\x00", "\u202e", "\u202a", "\u2066"):
        assert forbidden not in rendered
    wide = Console(record=True, width=4000, force_terminal=True)
    wide.print(ClaimQueue().render_row(row, 0, 4000))
    shown = wide.export_text(styles=False)
    assert "\x1b" not in shown
    assert one_line(text) in shown  # markup shows as the characters typed, never parsed
