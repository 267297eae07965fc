"""Two editor processes labelling one database at once: every label and audit row lands."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from tests.conftest import REPO
from workbench.ingest.runner import ingest
from workbench.store import open_database
from workbench.store.models import Claim, ReviewEvent

LABELS_EACH = 150

WORKER = textwrap.dedent(
    """
    import sys
    from workbench.store import open_database
    from workbench.store.review import set_label
    target, reviewer, first, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    db = open_database(target)
    failures = 0
    for claim_id in range(first, first + count):
        try:
            set_label(db, claim_id, "attributed" if claim_id % 2 else "unverified", reviewer)
        except Exception as exc:
            failures += 1
            print(f"{claim_id}: {exc}", file=sys.stderr)
    print(failures)
    """
)


def test_two_writer_processes_lose_nothing(backend_target, tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(
        "Council Budget Hearing\n"
        + " ".join(f"Councillor number {i} said the budget line {i} rose by {i} percent." for i in range(2 * LABELS_EACH)),
        encoding="utf-8",
    )
    db = open_database(backend_target)
    try:
        ingest(db, [str(article)], jobs=1, cross_article=False)
        with db.session() as session:
            ids = sorted(session.scalars(select(Claim.id)))
        assert len(ids) >= 2 * LABELS_EACH
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, backend_target, name, str(ids[0] + offset), str(LABELS_EACH)],
                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
            for name, offset in (("ana", 0), ("ben", LABELS_EACH))
        ]
        outputs = [w.communicate(timeout=300) for w in workers]
        for (out, err), worker in zip(outputs, workers):
            assert worker.returncode == 0, err
            assert out.strip() == "0", err
            assert "locked" not in err
        with db.session() as session:
            labelled = session.scalar(select(func.count(Claim.id)).where(Claim.label.is_not(None)))
            events = session.scalar(select(func.count(ReviewEvent.id)).where(ReviewEvent.field == "label"))
            by_reviewer = dict(
                session.execute(select(Claim.reviewer, func.count(Claim.id)).group_by(Claim.reviewer)).all()
            )
        assert labelled == 2 * LABELS_EACH
        assert events >= 2 * LABELS_EACH
        assert by_reviewer.get("ana") == LABELS_EACH and by_reviewer.get("ben") == LABELS_EACH
    finally:
        db.dispose()
