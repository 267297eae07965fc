"""Two reviewers label the sample's ten claims: agreement, disagreements, adjudication, export (issue 14)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import SEED_ARTICLE
from workbench.analysis.agreement import agreement, cohen_kappa, krippendorff_alpha
from workbench.analysis.model import LABELS

A, R, U, C = "attributed", "reported", "unverified", "contradictory"
ANA = [A, A, R, R, U, U, C, A, R, U]
BEN = [A, R, R, R, U, A, C, A, U, U]
# By hand: 7 of 10 alike (claims 2, 6, 9 differ); ana and ben each used a, r, u three times and c once,
# so p_e = (9 + 9 + 9 + 1) / 100 = 0.28 and kappa = (0.7 - 0.28) / 0.72 = 7/12.
# Krippendorff (nominal, 20 values, n_a = n_r = n_u = 6, n_c = 2): D_o = 6/20, D_e = (400 - 112) / 380,
# alpha = 1 - D_o / D_e = 29/48.
KAPPA = 7 / 12
ALPHA = 29 / 48
DIFFERING = [2, 6, 9]


def test_cohen_kappa_by_hand():
    assert cohen_kappa(list(zip(ANA, BEN))) == pytest.approx(KAPPA)
    assert cohen_kappa([(A, A), (A, A)]) is None  # one label throughout: undefined
    assert cohen_kappa([]) is None
    assert cohen_kappa([(A, R), (R, A)]) == pytest.approx(-1.0)


def test_krippendorff_alpha_by_hand():
    judged = {i + 1: {"ana": a, "ben": b} for i, (a, b) in enumerate(zip(ANA, BEN))}
    assert krippendorff_alpha(judged, ["ana", "ben"], LABELS) == pytest.approx(ALPHA)
    # A third reviewer on one claim only: three values in that unit, 6 pairs in it.
    judged[1]["cy"] = R
    # n = 21; unit 1 (a, a, r): D_o adds 2 * (1 + 1) / 2 = 2 ordered disagreeing pairs weighted 1/2 -> 2.
    # D_o = (6 + 2) / 21; n_a = 6, n_r = 7, n_u = 6, n_c = 2: D_e = (441 - 36 - 49 - 36 - 4) / (21 * 20).
    expected = 1 - (8 / 21) / (316 / 420)
    assert krippendorff_alpha(judged, ["ana", "ben", "cy"], LABELS) == pytest.approx(expected)
    assert krippendorff_alpha({1: {"ana": A, "ben": A}}, ["ana", "ben"], LABELS) is None


def test_pairs_and_confusion():
    judged = {i + 1: {"ana": a, "ben": b} for i, (a, b) in enumerate(zip(ANA, BEN))}
    found = agreement(judged, LABELS)
    (pair,) = found.pairs
    assert (pair.first, pair.second, pair.shared, pair.agreed) == ("ana", "ben", 10, 7)
    assert pair.observed == pytest.approx(0.7)
    assert pair.confusion[A] == {A: 2, R: 1, U: 0, C: 0}
    assert pair.confusion[U] == {A: 1, R: 0, U: 2, C: 0}
    assert pair.confusion[R] == {A: 0, R: 2, U: 1, C: 0}
    assert sum(sum(row.values()) for row in pair.confusion.values()) == 10


@pytest.fixture
def two_reviewers(cli):
    assert cli("ingest", str(SEED_ARTICLE)).exit_code == 0
    ids = [c["id"] for c in json.loads(cli("claims", "--json").output)]
    assert len(ids) == 10
    for claim_id, a, b in zip(ids, ANA, BEN):
        first = cli("label", str(claim_id), a, "--reviewer", "ana", "--note", f"ana on {claim_id}")
        assert first.exit_code == 0, first.output
        second = cli("label", str(claim_id), b, "--reviewer", "ben")
        assert second.exit_code == 0, second.output
    return ids


def test_two_reviewers_from_the_cli(cli, two_reviewers):
    ids = two_reviewers
    figures = json.loads(cli("agreement", "--json").output)
    assert figures["claims_judged_twice"] == 10
    (pair,) = figures["pairs"]
    assert pair["reviewers"] == ["ana", "ben"] and pair["shared_claims"] == 10 and pair["agreed"] == 7
    assert pair["cohen_kappa"] == pytest.approx(KAPPA)
    assert figures["krippendorff_alpha"] == pytest.approx(ALPHA)
    assert json.loads(cli("agreement", "--article", "1", "--json").output)["pairs"][0]["cohen_kappa"] == pytest.approx(KAPPA)

    table = cli("agreement").output
    assert "ana / ben" in table and "0.583" in table and "0.604" in table

    queue = json.loads(cli("disagreements", "--json").output)
    assert [d["claim_id"] for d in queue] == [ids[i - 1] for i in DIFFERING]
    first = queue[0]
    assert [(j["reviewer"], j["label"], j["note"]) for j in first["judgements"]] == [
        ("ana", A, f"ana on {ids[1]}"), ("ben", R, None)
    ]
    assert first["final_label"] == R and first["status"] == "needs_second_look"  # the latest label, until settled

    settled = cli("label", str(ids[1]), A, "--final", "--reviewer", "ed")
    assert settled.exit_code == 0 and f"claim {ids[1]}: final label reported -> attributed (ed)" in settled.output
    assert [d["claim_id"] for d in json.loads(cli("disagreements", "--json").output)] == [ids[5], ids[8]]
    assert len(json.loads(cli("disagreements", "--all", "--json").output)) == 3
    assert "no claim has differing" not in cli("disagreements").output

    # A colleague changing their mind later does not move an adjudicated label.
    cli("label", str(ids[1]), U, "--reviewer", "ana")
    claims = {c["id"]: c for c in json.loads(cli("claims", "--json", "--limit", "50").output)}
    assert claims[ids[1]]["label"] == A

    out = cli("export", "--format", "csv").output
    rows = {int(r["claim_id"]): r for r in csv.DictReader(io.StringIO(out))}
    settled_row = rows[ids[1]]
    assert settled_row["label"] == A and settled_row["reviewer"] == "ed"
    assert settled_row["judgements"] == "ana: unverified; ben: reported"
    assert settled_row["status"] == "approved"
    assert rows[ids[0]]["judgements"] == "ana: attributed; ben: attributed" and rows[ids[0]]["agreement"] == "2/2"
    assert rows[ids[5]]["status"] == "needs_second_look" and rows[ids[5]]["agreement"] == "1/2"


def test_one_reviewer_judgement_is_final(cli):
    cli("ingest", str(SEED_ARTICLE))
    assert cli("label", "1", A, "--reviewer", "ana").exit_code == 0
    assert json.loads(cli("claims", "--json").output)[0]["label"] == A
    assert cli("label", "1", R, "--reviewer", "ana").exit_code == 0
    assert json.loads(cli("claims", "--json").output)[0]["label"] == R
    assert cli("label", "1", "none", "--reviewer", "ana").exit_code == 0
    assert json.loads(cli("claims", "--json").output)[0]["label"] is None
    assert json.loads(cli("agreement", "--json").output) == {
        "reviewers": [], "claims_judged_twice": 0, "krippendorff_alpha": None, "pairs": []
    }
    assert "no claim has been labelled by two reviewers" in cli("agreement").output
    assert cli("disagreements").output.strip() == "no claim has differing judgements"


def test_when_a_judgement_is_withdrawn_the_other_becomes_final(cli):
    cli("ingest", str(SEED_ARTICLE))
    cli("label", "1", A, "--reviewer", "ana")
    cli("label", "1", R, "--reviewer", "ben")
    assert json.loads(cli("claims", "--json").output)[0]["label"] == R  # the latest, until adjudicated
    cli("label", "1", "none", "--reviewer", "ben")
    assert json.loads(cli("claims", "--json").output)[0]["label"] == A  # ben withdrew: ana's stands
    cli("label", "1", R, "--reviewer", "ben")
    cli("label", "1", "none", "--reviewer", "ana")
    assert json.loads(cli("claims", "--json").output)[0]["label"] == R
    cli("label", "1", U, "--final", "--reviewer", "ed")
    assert json.loads(cli("claims", "--json").output)[0]["label"] == U
    cli("label", "1", "none", "--final", "--reviewer", "ed")  # hands it back to the judgements
    assert json.loads(cli("claims", "--json").output)[0]["label"] == R


def test_bad_input_is_one_line(cli):
    cli("ingest", str(SEED_ARTICLE))
    result = cli("label", "999", A, "--final", "--reviewer", "ed")
    assert result.exit_code == 1 and result.output.strip() == "Error: no claim with id 999"
    bad = cli("agreement", "--article", "x")
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_assign_status_and_filters(cli):
    cli("ingest", str(SEED_ARTICLE))
    assigned = cli("assign", "--article", "1", "--to", "ben", "--reviewer", "ed")
    assert assigned.exit_code == 0 and "assigned to ben: 1 new, 0 already theirs" in assigned.output
    again = json.loads(cli("assign", "--article", "1", "--to", "ben", "--json").output)
    assert [(a["article_id"], a["reviewer"], a["assigned_by"], a["new"]) for a in again] == [(1, "ben", "ed", False)]
    listed = json.loads(cli("assign", "--json").output)
    assert [(a["article_id"], a["reviewer"]) for a in listed] == [(1, "ben")]
    assert "ben" in cli("assign").output
    assert cli("assign", "--article", "7", "--to", "ben").output.strip() == "Error: no article with id 7"
    assert cli("assign", "--to", "ben").exit_code == 2

    assert len(json.loads(cli("claims", "--reviewer", "ben", "--json").output)) == 10
    assert json.loads(cli("claims", "--reviewer", "ana", "--json").output) == []
    assert {c["status"] for c in json.loads(cli("claims", "--json").output)} == {"unreviewed"}
    cli("label", "1", A, "--reviewer", "ana")
    cli("label", "2", A, "--reviewer", "ana")
    cli("label", "2", A, "--reviewer", "ben")
    cli("label", "3", A, "--reviewer", "ana")
    cli("label", "3", R, "--reviewer", "ben")
    statuses = {c["id"]: c["status"] for c in json.loads(cli("claims", "--json").output)}
    assert [statuses[i] for i in (1, 2, 3, 4)] == ["in_review", "approved", "needs_second_look", "unreviewed"]
    assert [c["id"] for c in json.loads(cli("claims", "--judged-by", "ben", "--json").output)] == [2, 3]
    assert [c["id"] for c in json.loads(cli("claims", "--status", "needs_second_look", "--json").output)] == [3]
    table = cli("claims", "--status", "approved").output
    assert "approved" in table and "needs second" not in table
    cli("label", "3", C, "--final", "--reviewer", "ed")
    assert [c["id"] for c in json.loads(cli("claims", "--status", "approved", "--json").output)] == [2, 3]
    assert cli("claims", "--status", "done").exit_code == 2
    assert cli("claims", "--judged-by", "ben", "--sort", "priority").exit_code == 1


def test_comments_and_history(cli):
    cli("ingest", str(SEED_ARTICLE))
    cli("label", "1", A, "--reviewer", "ana", "--note", "said so")
    cli("label", "1", R, "--reviewer", "ben")
    hostile = "[bold]x [@click=app.quit]q[/] \x1b[2J =HYPERLINK(\"http://example.invalid\")"
    said = cli("comment", "1", hostile, "--reviewer", "ben")
    assert said.exit_code == 0 and said.output.startswith("claim 1: comment 1 by ben")
    cli("label", "1", U, "--final", "--reviewer", "ed")
    timeline = json.loads(cli("history", "1", "--json").output)
    assert [(e["who"], e["what"], e["old"], e["new"]) for e in timeline] == [
        ("ana", "label", None, A), ("ana", "note", None, "said so"), ("ben", "label", None, R),
        ("ben", "comment", None, hostile), ("ed", "final_label", R, U),
    ]
    table = cli("history", "1").output
    assert "ana changed label (their judgement): - -> attributed" in table
    assert "ed changed final label: reported -> unverified" in table
    assert "\x1b" not in table and "ben commented" in table
    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv").output)))
    from workbench.analysis.sanitize import strip_controls

    cell = rows[0]["comments"]
    assert cell.startswith("ben (") and cell.endswith("): " + strip_controls(hostile)) and "\x1b" not in cell
    record = json.loads(cli("export", "--format", "jsonl").output.splitlines()[0])
    assert [(c["author"], c["text"]) for c in record["comments"]] == [("ben", hostile)]
    assert [(j["reviewer"], j["label"], j["note"]) for j in record["judgements"]] == [
        ("ana", A, "said so"), ("ben", R, None)
    ]
    assert record["status"] == "approved" and record["adjudicated_by"] == "ed" and record["agreement"] == "1/2"
    assert cli("history", "2").output.strip() == "claim 2 has no history yet"
    assert cli("history", "99").output.strip() == "Error: no claim with id 99"
    assert cli("comment", "1", "   ").output.strip() == "Error: a comment needs some text"
    assert cli("comment", "99", "hi").output.strip() == "Error: no claim with id 99"
