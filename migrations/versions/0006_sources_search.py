"""a full-text index over sources, for the candidates of ``suggest`` (issue 16, item 4)

Revision ID: 0006_sources_search
Revises: 0005_reviewer_judgements

``suggest`` read every stored source and ranked them all; with this index it reads only the
sources holding the claim's rarest key words. On SQLite an FTS5 table ``sources_fts`` (title
and text) with external content, kept by triggers as ``claims_fts`` is (0004_scale_indexes),
and filled here from the stored sources; on PostgreSQL a GIN index on
``to_tsvector('simple', ...)``.
"""

from __future__ import annotations

from alembic import op

revision = "0006_sources_search"
down_revision = "0005_reviewer_judgements"
branch_labels = None
depends_on = None

_SQLITE = [
    "CREATE VIRTUAL TABLE sources_fts USING fts5(title, text, content='sources', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
        INSERT INTO sources_fts (rowid, title, text) VALUES (NEW.id, NEW.title, NEW.text);
    END""",
    """CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
        INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', OLD.id, OLD.title, OLD.text);
    END""",
    """CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, text ON sources BEGIN
        INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', OLD.id, OLD.title, OLD.text);
        INSERT INTO sources_fts (rowid, title, text) VALUES (NEW.id, NEW.title, NEW.text);
    END""",
    "INSERT INTO sources_fts (sources_fts) VALUES ('rebuild')",
]
_PG = [
    "CREATE INDEX ix_sources_text_search ON sources USING gin "
    "(to_tsvector('simple', coalesce(title, '') || ' ' || text))",
]


def upgrade() -> None:
    for statement in _PG if op.get_bind().dialect.name == "postgresql" else _SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_sources_text_search")
        return
    for name in ("sources_fts_insert", "sources_fts_delete", "sources_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS sources_fts")
