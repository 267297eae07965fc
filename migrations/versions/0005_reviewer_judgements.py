"""reviewer judgements, assignments, comments, claim status (issue 14)

Revision ID: 0005_reviewer_judgements
Revises: 0004_scale_indexes
Create Date: 2026-12-02 15:40:00

Every existing label (and note) becomes the judgement of the reviewer who set it; a claim
with a label is "in review" (one judgement), the others "unreviewed".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005_reviewer_judgements'
down_revision = '0004_scale_indexes'
branch_labels = None
depends_on = None

STATUS_CHECK = "status IN ('unreviewed', 'in_review', 'needs_second_look', 'approved')"


def upgrade() -> None:
    op.create_table(
        'judgements',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('reviewer', sa.Text(), nullable=False),
        sa.Column('label', sa.String(length=20), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "label IS NULL OR label IN ('attributed', 'reported', 'unverified', 'contradictory')",
            name=op.f('ck_judgements_label_known'),
        ),
        sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_judgements_claim_id_claims'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_judgements')),
        sa.UniqueConstraint('claim_id', 'reviewer', name='uq_judgements_claim_reviewer'),
    )
    op.create_index('ix_judgements_reviewer_claim', 'judgements', ['reviewer', 'claim_id'], unique=False)
    op.create_table(
        'assignments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=False),
        sa.Column('reviewer', sa.Text(), nullable=False),
        sa.Column('assigned_by', sa.Text(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_assignments_article_id_articles'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments')),
        sa.UniqueConstraint('article_id', 'reviewer', name='uq_assignments_article_reviewer'),
    )
    op.create_index('ix_assignments_reviewer_article', 'assignments', ['reviewer', 'article_id'], unique=False)
    op.create_table(
        'comments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('author', sa.Text(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_comments_claim_id_claims'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_comments')),
    )
    op.create_index(op.f('ix_comments_claim_id'), 'comments', ['claim_id'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        # Columns added in place: a batch "move and copy" of claims would drop the triggers and
        # partial indexes revision 0004 put on it (full-text sync). SQLite takes a CHECK here.
        op.execute(
            "ALTER TABLE claims ADD COLUMN status VARCHAR(20) DEFAULT 'unreviewed' NOT NULL "
            f"CONSTRAINT ck_claims_status_known CHECK ({STATUS_CHECK})"
        )
        op.add_column('claims', sa.Column('adjudicated_by', sa.Text(), nullable=True))
        op.create_index('ix_claims_status_id', 'claims', ['status', 'id'], unique=False)
    else:
        with op.batch_alter_table('claims', schema=None) as batch_op:
            batch_op.add_column(sa.Column('status', sa.String(length=20), server_default='unreviewed',
                                          nullable=False))
            batch_op.add_column(sa.Column('adjudicated_by', sa.Text(), nullable=True))
            batch_op.create_check_constraint('status_known', STATUS_CHECK)
            batch_op.create_index('ix_claims_status_id', ['status', 'id'], unique=False)

    # Existing labels and notes: the judgement of the reviewer who set them.
    op.execute(
        "INSERT INTO judgements (claim_id, reviewer, label, note, at) "
        "SELECT id, coalesce(reviewer, 'unknown'), label, note, coalesce(labeled_at, CURRENT_TIMESTAMP) "
        "FROM claims WHERE label IS NOT NULL OR note IS NOT NULL"
    )
    op.execute("UPDATE claims SET status = 'in_review' WHERE label IS NOT NULL")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    if sqlite:
        for name in _REVISION_0004_TRIGGERS:  # they name claims, which the batch below rebuilds
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_status_id')
        batch_op.drop_constraint('status_known', type_='check')
        batch_op.drop_column('adjudicated_by')
        batch_op.drop_column('status')
    if sqlite:
        _restore_revision_0004_on_claims()
    op.drop_index(op.f('ix_comments_claim_id'), table_name='comments')
    op.drop_table('comments')
    op.drop_index('ix_assignments_reviewer_article', table_name='assignments')
    op.drop_table('assignments')
    op.drop_index('ix_judgements_reviewer_claim', table_name='judgements')
    op.drop_table('judgements')


_REVISION_0004_TRIGGERS = ("findings_live_insert", "findings_live_delete", "findings_live_update",
                           "claims_fts_insert", "claims_fts_delete", "claims_fts_update")


def _restore_revision_0004_on_claims() -> None:
    """SQLite rebuilt claims to drop the CHECK: put back what revision 0004 had on and around it
    (the finding-count and full-text triggers, the partial indexes), from that revision's own
    statements."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("_rev0004", Path(__file__).with_name("0004_scale_indexes.py"))
    rev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rev)  # type: ignore[union-attr]
    for statement in (*rev._SQLITE_TRIGGERS, *rev._SQLITE_SEARCH[1:4]):  # finding counts, claims_fts sync
        op.execute(statement)
    for name, columns in (("ix_claims_flagged_id", ["id"]), ("ix_claims_article_flagged_id", ["article_id", "id"])):
        op.execute(f"DROP INDEX IF EXISTS {name}")  # a rebuild may keep them, but without their WHERE
        op.create_index(name, "claims", columns, sqlite_where=sa.text(rev.FLAGGED))
