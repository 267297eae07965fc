"""Three reviewers at once, in three processes, judging the same claims: no judgement is lost.

Two write through ``store.review.set_label`` (what the review screen's workers call), the third
through the ``workbench label`` command; on one SQLite file and on PostgreSQL.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from tests.conftest import REPO
from workbench.ingest.runner import ingest
from workbench.store import open_database
from workbench.store.judgements import final_label
from workbench.store.models import Claim, Judgement, ReviewEvent

CLAIMS = 60
LABELS = ("attributed", "reported", "unverified", "contradictory")

WORKER = textwrap.dedent(
    """
    import sys
    target, reviewer, shift, ids = sys.argv[1], sys.argv[2], int(sys.argv[3]), [int(i) for i in sys.argv[4].split(",")]
    labels = ("attributed", "reported", "unverified", "contradictory")
    failures = 0
    if reviewer == "cli":
        from workbench.cli import main
        for claim_id in ids:
            try:
                main(["--db", target, "label", str(claim_id), labels[(claim_id + shift) % 4], "--reviewer", reviewer],
                     standalone_mode=False)
            except Exception as exc:
                failures += 1
                print(f"{claim_id}: {exc!r}", file=sys.stderr)
    else:
        from workbench.store import open_database
        from workbench.store.review import set_label
        db = open_database(target)
        for claim_id in ids:
            try:
                set_label(db, claim_id, labels[(claim_id + shift) % 4], reviewer)
            except Exception as exc:
                failures += 1
                print(f"{claim_id}: {exc!r}", file=sys.stderr)
    print(failures)
    """
)
# Shifts: ana and ben agree on every other claim, the CLI reviewer agrees with ana throughout.
REVIEWERS = (("ana", 0), ("ben", 1), ("cli", 0))


def test_three_reviewers_in_parallel_lose_no_judgement(backend_target, tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(
        "Council Budget Hearing\n"
        + " ".join(f"Councillor number {i} said the budget line {i} rose by {i} percent." for i in range(CLAIMS)),
        encoding="utf-8",
    )
    db = open_database(backend_target)
    try:
        ingest(db, [str(article)], jobs=1, cross_article=False)
        with db.session() as session:
            ids = sorted(session.scalars(select(Claim.id)))[:CLAIMS]
        assert len(ids) == CLAIMS
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, backend_target, name, str(shift),
                 ",".join(map(str, ids if i % 2 == 0 else reversed(ids)))],
                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
            for i, (name, shift) in enumerate(REVIEWERS)
        ]
        for worker in workers:
            out, err = worker.communicate(timeout=600)
            assert worker.returncode == 0, err
            assert out.strip().splitlines()[-1] == "0", err
            assert "locked" not in err
        with db.session() as session:
            judged = {(c, r): label for c, r, label in session.execute(
                select(Judgement.claim_id, Judgement.reviewer, Judgement.label))}
            events = session.scalar(select(func.count(ReviewEvent.id)).where(ReviewEvent.field == "label"))
            claims = session.scalars(select(Claim).where(Claim.id.in_(ids))).all()
            for claim in claims:  # the stored final label and status are what the judgements say
                final = final_label(session, claim)
                assert (claim.label, claim.status) == (final.label, final.status), claim.id
        assert len(judged) == 3 * CLAIMS
        for name, shift in REVIEWERS:
            assert all(judged[(c, name)] == LABELS[(c + shift) % 4] for c in ids), name
        assert events == 3 * CLAIMS
        assert {claim.status for claim in claims} == {"needs_second_look"}  # ben differs from ana on every claim
    finally:
        db.dispose()
