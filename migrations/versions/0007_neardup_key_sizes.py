"""near-duplicate bucket rows carry their claim's compared length (issue 16: ingest into a full store)

Revision ID: 0007_neardup_key_sizes
Revises: 0006_sources_search

In a full store every bucket a new claim looks in holds its limit of members, and each was
read from ``neardup_claims`` to be scored, though a pair whose masked texts differ enough in
length can never reach the similarity threshold (``fuzz.ratio`` is at most
``200 * shorter / (both lengths)``). With the length of the member's masked text beside its
bucket key (``neardup_keys.size``), a lookup reads and scores only the members that can match:
the same matches, about half the reads. Filled here from ``neardup_claims``; a row without a
size (NULL) is read as before. On SQLite the table becomes WITHOUT ROWID (its primary key is the
table), so the sizes are read from the very b-tree the bucket's range is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_neardup_key_sizes"
down_revision = "0006_sources_search"
branch_labels = None
depends_on = None

BATCH = 20_000  # claims per read

_KEYS = """CREATE TABLE neardup_keys_sized (
    kind INTEGER NOT NULL,
    "key" BIGINT NOT NULL,
    claim_id INTEGER NOT NULL,
    size INTEGER,
    CONSTRAINT pk_neardup_keys PRIMARY KEY (kind, "key", claim_id),
    CONSTRAINT fk_neardup_keys_claim_id_claims FOREIGN KEY(claim_id) REFERENCES claims (id) ON DELETE CASCADE
){}"""


def upgrade() -> None:
    bind = op.get_bind()
    op.execute("CREATE TEMPORARY TABLE neardup_sizes (claim_id INTEGER PRIMARY KEY, size INTEGER NOT NULL)")
    _fill_sizes()
    if bind.dialect.name != "sqlite":
        # PostgreSQL: a new column filled in place (a rebuilt table could not reuse the primary key's
        # name while the old table holds it, and its heap gains nothing from being rebuilt)
        op.add_column("neardup_keys", sa.Column("size", sa.Integer(), nullable=True))
        op.execute("UPDATE neardup_keys SET size = s.size FROM neardup_sizes AS s WHERE s.claim_id = neardup_keys.claim_id")
        op.execute("DROP TABLE neardup_sizes")
        return
    # On SQLite the rows are the primary key itself (WITHOUT ROWID): a bucket's members and their
    # sizes are read from one b-tree, in order, and an insert writes one b-tree, not two.
    op.execute(_KEYS.format(" WITHOUT ROWID"))
    op.execute(
        'INSERT INTO neardup_keys_sized (kind, "key", claim_id, size) '
        'SELECT k.kind, k."key", k.claim_id, s.size FROM neardup_keys AS k '
        "LEFT JOIN neardup_sizes AS s ON s.claim_id = k.claim_id ORDER BY k.kind, k.\"key\", k.claim_id"
    )
    op.execute("DROP TABLE neardup_sizes")
    op.drop_index("ix_neardup_keys_claim_id", table_name="neardup_keys")
    op.drop_table("neardup_keys")
    op.rename_table("neardup_keys_sized", "neardup_keys")
    op.create_index("ix_neardup_keys_claim_id", "neardup_keys", ["claim_id"], unique=False)


def _fill_sizes() -> None:
    """Each indexed claim's masked-text length, a batch of claims at a time, into the temporary
    ``neardup_sizes``. Read as the lookups read it (the first member of the JSON list
    ``encode_prepared`` wrote; Python's reader, which takes the NaN and Infinity a fact may
    hold, where SQL's JSON functions would not)."""
    from json.decoder import scanstring  # type: ignore[attr-defined]

    bind = op.get_bind()
    forms = sa.table("neardup_claims", sa.column("claim_id"), sa.column("data"))
    insert = sa.text("INSERT INTO neardup_sizes (claim_id, size) VALUES (:claim_id, :size)")
    after = -1
    while True:
        rows = bind.execute(
            sa.select(forms.c.claim_id, forms.c.data).where(forms.c.claim_id > after)
            .order_by(forms.c.claim_id).limit(BATCH)
        ).all()
        if not rows:
            return
        bind.execute(insert, [{"claim_id": claim_id, "size": len(scanstring(data, 2)[0])} for claim_id, data in rows])
        after = rows[-1][0]


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_column("neardup_keys", "size")
        return
    op.drop_index("ix_neardup_keys_claim_id", table_name="neardup_keys")
    op.execute(
        'CREATE TABLE neardup_keys_plain (kind INTEGER NOT NULL, "key" BIGINT NOT NULL, claim_id INTEGER NOT NULL, '
        'CONSTRAINT pk_neardup_keys PRIMARY KEY (kind, "key", claim_id), '
        "CONSTRAINT fk_neardup_keys_claim_id_claims FOREIGN KEY(claim_id) REFERENCES claims (id) ON DELETE CASCADE)"
    )
    op.execute('INSERT INTO neardup_keys_plain (kind, "key", claim_id) SELECT kind, "key", claim_id FROM neardup_keys')
    op.drop_table("neardup_keys")
    op.rename_table("neardup_keys_plain", "neardup_keys")
    op.create_index("ix_neardup_keys_claim_id", "neardup_keys", ["claim_id"], unique=False)
