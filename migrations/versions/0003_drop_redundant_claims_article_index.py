"""drop redundant claims article index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 07:48:43.398374
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (article_id, seq) and (article_id, label, id) both lead with article_id; a third index
    # on it alone only slows every claim insert.
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_article_id'))


def downgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_article_id'), ['article_id'], unique=False)

