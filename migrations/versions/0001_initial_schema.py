"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 06:13:52.390225
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('published_inferred', sa.JSON(), nullable=True),
    sa.Column('dateline', sa.Text(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash'))
    )
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('retrieved_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources'))
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_sha256'), ['sha256'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('attribution', sa.JSON(), nullable=True),
    sa.Column('time_expressions', sa.JSON(), nullable=True),
    sa.Column('suggested_label', sa.String(length=20), nullable=True),
    sa.Column('suggestion_reason', sa.Text(), nullable=True),
    sa.Column('label', sa.String(length=20), nullable=True),
    sa.Column('reviewer', sa.Text(), nullable=True),
    sa.Column('labeled_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("label IS NULL OR label IN ('attributed', 'reported', 'unverified', 'contradictory')", name=op.f('ck_claims_label_known')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claims_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims')),
    sa.UniqueConstraint('article_id', 'seq', name='uq_claims_article_seq')
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_article_id'), ['article_id'], unique=False)
        batch_op.create_index('ix_claims_label_id', ['label', 'id'], unique=False)

    op.create_table('claim_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('article_id', sa.Integer(), nullable=True),
    sa.Column('stance', sa.String(length=10), nullable=False),
    sa.Column('excerpt', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('quote_check', sa.JSON(), nullable=True),
    sa.Column('who', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("stance IN ('supports', 'refutes', 'context')", name=op.f('ck_claim_sources_stance_known')),
    sa.CheckConstraint('(source_id IS NOT NULL) OR (article_id IS NOT NULL)', name=op.f('ck_claim_sources_has_target')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claim_sources_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_claim_sources_claim_id_claims'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_claim_sources_source_id_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_sources'))
    )
    with op.batch_alter_table('claim_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_sources_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_sources_source_id'), ['source_id'], unique=False)

    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('other_claim_id', sa.Integer(), nullable=True),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), server_default='open', nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'confirmed', 'dismissed')", name=op.f('ck_findings_status_known')),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_findings_claim_id_claims'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['other_claim_id'], ['claims.id'], name=op.f('fk_findings_other_claim_id_claims'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings'))
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_findings_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_findings_other_claim_id'), ['other_claim_id'], unique=False)

    op.create_table('review_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('reviewer', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('old', sa.Text(), nullable=True),
    sa.Column('new', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_review_events_claim_id_claims'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_events'))
    )
    with op.batch_alter_table('review_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_events_claim_id'), ['claim_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('review_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_events_claim_id'))

    op.drop_table('review_events')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_findings_other_claim_id'))
        batch_op.drop_index(batch_op.f('ix_findings_claim_id'))

    op.drop_table('findings')
    with op.batch_alter_table('claim_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_sources_source_id'))
        batch_op.drop_index(batch_op.f('ix_claim_sources_claim_id'))

    op.drop_table('claim_sources')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_label_id')
        batch_op.drop_index(batch_op.f('ix_claims_article_id'))

    op.drop_table('claims')
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sources_sha256'))

    op.drop_table('sources')
    op.drop_table('articles')
