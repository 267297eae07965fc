"""review queue indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 06:16:53.295782
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_article_label_id', ['article_id', 'label', 'id'], unique=False)

    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index('ix_findings_status_claim', ['status', 'claim_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index('ix_findings_status_claim')

    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_article_label_id')

