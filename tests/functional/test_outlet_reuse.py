"""An outlet repeating its own sentence in a follow-up is `reuse`, apart from `duplicate`.

A follow-up story carries the background paragraph of the first one word for word; listed
as near-duplicates, a day of one outlet's follow-ups buries the findings an editor wants:
two outlets telling one fact. Numbers that disagree stay a conflict whoever wrote them."""

from __future__ import annotations

import json

from sqlalchemy import select

from workbench.store.browse import claims_after
from workbench.store.models import FindingRow

BACKGROUND = "The ferry operator has run the crossing between Carrow and Denby since the harbour reopened."


def _feed(tmp_path, *articles: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"title": title, "outlet": outlet, "text": text}) + "\n"
                            for title, outlet, text in articles))
    return path


def _kinds(db) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return sorted(tuple(row) for row in session.execute(select(FindingRow.kind, FindingRow.explanation)).all())


def test_an_outlets_own_background_sentence_is_reuse_and_another_outlets_is_duplicate(cli, db, tmp_path):
    feed = _feed(
        tmp_path,
        ("Ferry strike", "Harbour Times", f"Crews walked out on Monday. {BACKGROUND}"),
        ("Ferry strike ends", " harbour times", f"The crews went back on Thursday. {BACKGROUND}"),
        ("Crossing resumes", "Valley Post", f"Sailings resumed on Friday morning. {BACKGROUND}"),
    )
    assert cli("ingest", "--jobs", "1", str(feed)).exit_code == 0
    kinds = _kinds(db)
    assert [kind for kind, _ in kinds] == ["duplicate", "duplicate", "reuse"]
    assert kinds[2][1].startswith("harbour times re-used its own sentence: near-duplicate claim")
    table = cli("findings", "--kind", "reuse")
    assert table.exit_code == 0 and "Re-used by harbour times" in table.output
    (reused,) = json.loads(cli("findings", "--kind", "reuse", "--json").stdout)
    assert reused["headline"].startswith("Re-used by harbour times")
    assert {f["kind"] for f in json.loads(cli("findings", "--kind", "duplicate", "--json").stdout)} == {"duplicate"}
    with db.session() as session:  # linked, not questioned: no claim becomes contradictory
        marked = [(c.finding_kind, c.suggested_label) for c in claims_after(session, None, "flagged", 0, 100)]
    assert {kind for kind, _ in marked} == {"reuse", "duplicate"} and {label for _, label in marked} == {"unverified"}


def test_articles_without_an_outlet_are_never_reuse(cli, db, tmp_path):
    feed = _feed(tmp_path, ("First", "", f"Crews walked out on Monday. {BACKGROUND}"),
                 ("Second", "", f"The crews went back on Thursday. {BACKGROUND}"))
    assert cli("ingest", "--jobs", "1", str(feed)).exit_code == 0
    assert [kind for kind, _ in _kinds(db)] == ["duplicate"]


def test_one_outlet_disagreeing_with_itself_on_a_number_is_still_a_conflict(cli, db, tmp_path):
    sentence = "Divers recovered {} bodies from the river near the old mill on Sunday."
    feed = _feed(tmp_path, ("Search", "Harbour Times", sentence.format("three")),
                 ("Search update", "Harbour Times", sentence.format("five")))
    assert cli("ingest", "--jobs", "1", str(feed)).exit_code == 0
    assert [kind for kind, _ in _kinds(db)] == ["numeric_conflict"]
