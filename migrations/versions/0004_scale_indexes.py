"""scale indexes: a claim-level finding count kept by triggers, the persistent near-duplicate index

Revision ID: 0004_scale_indexes
Revises: 0003

- ``claims.live_findings``: how many open or confirmed findings name the claim on either
  side, kept by triggers on ``findings`` (insert, update, delete, cascades included), with
  partial indexes so the flagged view reads only flagged claims.
- ``neardup_claims`` / ``neardup_keys``: each claim's comparable form and its bucket keys,
  so ingest looks up the candidates of its new claims instead of loading the store. Filled
  here from the stored claims.
- Full-text indexes for search and suggestions: on SQLite the FTS5 tables ``claims_fts``
  (claim text) and ``articles_fts`` (title and body), external-content tables kept by
  triggers; on PostgreSQL GIN indexes on ``to_tsvector('simple', ...)``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_scale_indexes"
down_revision = "0003"
branch_labels = None
depends_on = None

LIVE = "('open', 'confirmed')"
FLAGGED = "live_findings > 0"

_SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER findings_live_insert AFTER INSERT ON findings WHEN NEW.status IN {LIVE} BEGIN
        UPDATE claims SET live_findings = live_findings + 1 WHERE id = NEW.claim_id;
        UPDATE claims SET live_findings = live_findings + 1 WHERE id = NEW.other_claim_id;
    END""",
    f"""CREATE TRIGGER findings_live_delete AFTER DELETE ON findings WHEN OLD.status IN {LIVE} BEGIN
        UPDATE claims SET live_findings = live_findings - 1 WHERE id = OLD.claim_id;
        UPDATE claims SET live_findings = live_findings - 1 WHERE id = OLD.other_claim_id;
    END""",
    f"""CREATE TRIGGER findings_live_update AFTER UPDATE OF status, claim_id, other_claim_id ON findings BEGIN
        UPDATE claims SET live_findings = live_findings - 1 WHERE OLD.status IN {LIVE} AND id = OLD.claim_id;
        UPDATE claims SET live_findings = live_findings - 1 WHERE OLD.status IN {LIVE} AND id = OLD.other_claim_id;
        UPDATE claims SET live_findings = live_findings + 1 WHERE NEW.status IN {LIVE} AND id = NEW.claim_id;
        UPDATE claims SET live_findings = live_findings + 1 WHERE NEW.status IN {LIVE} AND id = NEW.other_claim_id;
    END""",
]

_PG_FUNCTION = f"""CREATE OR REPLACE FUNCTION findings_live_count() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN {LIVE} THEN
        UPDATE claims SET live_findings = live_findings - 1 WHERE id = OLD.claim_id;
        UPDATE claims SET live_findings = live_findings - 1 WHERE id = OLD.other_claim_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN {LIVE} THEN
        UPDATE claims SET live_findings = live_findings + 1 WHERE id = NEW.claim_id;
        UPDATE claims SET live_findings = live_findings + 1 WHERE id = NEW.other_claim_id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql"""
_PG_TRIGGER = """CREATE TRIGGER findings_live_count AFTER INSERT OR DELETE OR UPDATE OF status, claim_id, other_claim_id
    ON findings FOR EACH ROW EXECUTE FUNCTION findings_live_count()"""

BACKFILL = f"""UPDATE claims SET live_findings =
      (SELECT count(*) FROM findings WHERE findings.claim_id = claims.id AND findings.status IN {LIVE})
    + (SELECT count(*) FROM findings WHERE findings.other_claim_id = claims.id AND findings.status IN {LIVE})
  WHERE id IN (SELECT claim_id FROM findings UNION SELECT other_claim_id FROM findings)"""

NEARDUP_BATCH = 5_000

_SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts (rowid, text) VALUES (NEW.id, NEW.text);
    END""",
    """CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    END""",
    """CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
        INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
        INSERT INTO claims_fts (rowid, text) VALUES (NEW.id, NEW.text);
    END""",
    "INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
        INSERT INTO articles_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
    END""",
    "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
]
_PG_SEARCH = [
    "CREATE INDEX ix_claims_text_search ON claims USING gin (to_tsvector('simple', text))",
    "CREATE INDEX ix_articles_text_search ON articles USING gin "
    "(to_tsvector('simple', coalesce(title, '') || ' ' || body))",
]


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("live_findings", sa.Integer(), server_default="0", nullable=False))
    op.create_index("ix_claims_flagged_id", "claims", ["id"], unique=False,
                    sqlite_where=sa.text(FLAGGED), postgresql_where=sa.text(FLAGGED))
    op.create_index("ix_claims_article_flagged_id", "claims", ["article_id", "id"], unique=False,
                    sqlite_where=sa.text(FLAGGED), postgresql_where=sa.text(FLAGGED))
    op.execute(BACKFILL)
    if op.get_bind().dialect.name == "postgresql":
        for statement in (_PG_FUNCTION, _PG_TRIGGER, *_PG_SEARCH):
            op.execute(statement)
    else:
        for statement in (*_SQLITE_TRIGGERS, *_SQLITE_SEARCH):
            op.execute(statement)

    op.create_table(
        "neardup_claims",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name=op.f("fk_neardup_claims_claim_id_claims"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_neardup_claims")),
    )
    op.create_table(
        "neardup_keys",
        sa.Column("kind", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("claim_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name=op.f("fk_neardup_keys_claim_id_claims"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("kind", "key", "claim_id", name=op.f("pk_neardup_keys")),
    )
    op.create_index("ix_neardup_keys_claim_id", "neardup_keys", ["claim_id"], unique=False)
    _index_stored_claims()


def _index_stored_claims() -> None:
    """Every stored claim into the near-duplicate index, a batch at a time."""
    from workbench.analysis.neardup import NearDuplicateIndex
    from workbench.analysis.neardup_rows import encode_prepared, prepared_keys

    bind = op.get_bind()
    sketcher = NearDuplicateIndex()
    claims_table = sa.table("claims", sa.column("id"), sa.column("article_id"), sa.column("text"))
    data_table = sa.table("neardup_claims", sa.column("claim_id"), sa.column("article_id"), sa.column("data"))
    keys_table = sa.table("neardup_keys", sa.column("kind"), sa.column("key"), sa.column("claim_id"))
    after = 0
    while True:
        rows = bind.execute(
            sa.select(claims_table.c.id, claims_table.c.article_id, claims_table.c.text)
            .where(claims_table.c.id > after).order_by(claims_table.c.id).limit(NEARDUP_BATCH)
        ).all()
        if not rows:
            return
        data, keys = [], []
        for claim_id, article_id, text in rows:
            prepared = sketcher.prepare(text)
            if prepared is None:
                continue
            data.append({"claim_id": claim_id, "article_id": article_id, "data": encode_prepared(prepared)})
            keys += [{"kind": kind, "key": key, "claim_id": claim_id} for kind, key in prepared_keys(prepared)]
        if data:
            bind.execute(sa.insert(data_table), data)
        if keys:
            bind.execute(sa.insert(keys_table), keys)
        after = rows[-1][0]


def downgrade() -> None:
    op.drop_index("ix_neardup_keys_claim_id", table_name="neardup_keys")
    op.drop_table("neardup_keys")
    op.drop_table("neardup_claims")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_text_search")
        op.execute("DROP INDEX IF EXISTS ix_claims_text_search")
        op.execute("DROP TRIGGER IF EXISTS findings_live_count ON findings")
        op.execute("DROP FUNCTION IF EXISTS findings_live_count()")
    else:
        for name in ("findings_live_insert", "findings_live_delete", "findings_live_update",
                     "claims_fts_insert", "claims_fts_delete", "claims_fts_update",
                     "articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS claims_fts")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    op.drop_index("ix_claims_article_flagged_id", table_name="claims")
    op.drop_index("ix_claims_flagged_id", table_name="claims")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("live_findings")
