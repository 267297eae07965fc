"""The same commands on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import json

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from tests.conftest import SEED_ARTICLE
from workbench.store import open_database
from workbench.store.migrate import current_revision, head_revision
from workbench.store.models import Base, Claim, ReviewEvent, not_a_search_table
from workbench.store.review import VersionConflict, set_label


def test_migrations_reach_head_and_match_the_models(backend_target):
    db = open_database(backend_target)
    try:
        assert current_revision(db) == head_revision(db)
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": not_a_search_table}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.dispose()


def test_ingest_label_force_and_list(backend_cli):
    assert backend_cli("ingest", str(SEED_ARTICLE)).exit_code == 0
    assert "1 skipped" in backend_cli("ingest", str(SEED_ARTICLE)).output
    claims = json.loads(backend_cli("claims", "--json").output)
    assert len(claims) >= 8
    first = claims[0]
    assert backend_cli("label", str(first["id"]), "attributed", "--reviewer", "ed").exit_code == 0
    assert backend_cli("ingest", "--force", str(SEED_ARTICLE)).exit_code == 0
    after = {c["text"]: c for c in json.loads(backend_cli("claims", "--json").output)}
    assert after[first["text"]]["label"] == "attributed"
    (article,) = json.loads(backend_cli("articles", "--json").output)
    assert article["reviewed"] == 1


def test_optimistic_locking_refuses_a_stale_write(backend_target):
    db = open_database(backend_target)
    try:
        from workbench.ingest.runner import ingest

        ingest(db, [str(SEED_ARTICLE)], jobs=1)
        with db.session() as session:
            claim_id, version = session.execute(select(Claim.id, Claim.version).limit(1)).one()
        set_label(db, claim_id, "reported", "ana", expected_version=version)
        try:
            set_label(db, claim_id, "unverified", "ben", expected_version=version)
        except VersionConflict as conflict:
            assert conflict.theirs == "reported" and conflict.yours == "unverified"
            assert conflict.their_reviewer == "ana"
        else:
            raise AssertionError("a stale write went through")
        with db.session() as session:
            assert session.scalar(select(Claim.label).where(Claim.id == claim_id)) == "reported"
            assert session.scalar(select(func.count(ReviewEvent.id))) == 1
    finally:
        db.dispose()
