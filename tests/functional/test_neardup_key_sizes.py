"""Bucket rows that carry their claim's compared length (migration 0007_neardup_key_sizes): a
lookup reads and scores only the members whose length allows a match, and finds the same
matches; a store indexed at the revision before is upgraded with every row's length."""

from __future__ import annotations

import random
import sqlite3
import string

from alembic import command
from alembic.script import ScriptDirectory
from rapidfuzz import fuzz

from workbench.analysis.neardup import NearDuplicateIndex
from workbench.analysis.neardup_rows import encode_prepared, prepared_keys
from workbench.store import open_database
from workbench.store.engine import create_database_engine
from workbench.store.migrate import alembic_config, current_revision, head_revision
from workbench.store.neardup_index import StoredNearDuplicates, _lengths_can_match

REVISION = "0007_neardup_key_sizes"
TEXTS = [
    "The council approved a budget of 40 million pounds for new schools on Tuesday.",  # article 1
    "The council approved a budget of 40 million pounds for new schools on Tuesday evening.",  # 2
    "Officials said the council approved a much larger budget of 40 million pounds for new schools, "
    "hospitals, roads and bridges across the whole county on Tuesday after a long debate.",  # 3
]


def test_a_length_the_bound_rules_out_never_reaches_the_threshold():
    rng = random.Random(7)
    for _ in range(3000):
        a = "".join(rng.choice("ab #") for _ in range(rng.randint(1, 60)))
        b = a[: rng.randint(0, len(a))] + "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(0, 40)))
        threshold = rng.choice((85.0, 60.0, 92.0))
        if not _lengths_can_match(len(a), len(b), threshold):
            assert fuzz.ratio(a, b) < threshold
    assert _lengths_can_match(100, 135, 85.0) and not _lengths_can_match(100, 136, 85.0)
    assert _lengths_can_match(100, None, 85.0)  # a row of unknown length is always read


def test_keys_stored_before_the_revision_get_their_lengths_and_lookups_find_the_same(tmp_path):
    path = tmp_path / "old.db"
    old = create_database_engine(str(path))
    previous = ScriptDirectory.from_config(alembic_config(old)).get_revision(REVISION).down_revision
    command.upgrade(alembic_config(old), previous)
    old.dispose()
    index = NearDuplicateIndex()
    prepared = [index.prepare(text) for text in TEXTS]
    with sqlite3.connect(path) as connection:
        for number, (text, form) in enumerate(zip(TEXTS, prepared), start=1):
            connection.execute("insert into articles (id, body, content_hash, ingested_at) values (?, ?, ?, "
                               "'2021-08-25 10:00:00')", (number, text, f"h{number}"))
            connection.execute('insert into claims (id, article_id, seq, text, start, "end", sentence_index) '
                               "values (?, ?, 0, ?, 0, 10, 0)", (number, number, text))
            connection.execute("insert into neardup_claims (claim_id, article_id, data) values (?, ?, ?)",
                               (number, number, encode_prepared(form)))
            connection.executemany('insert into neardup_keys (kind, "key", claim_id) values (?, ?, ?)',
                                   [(kind, key, number) for kind, key in prepared_keys(form)])

    db = open_database(str(path))
    try:
        assert current_revision(db) == head_revision(db)
        with db.engine.connect() as connection:
            rows = connection.exec_driver_sql("select claim_id, size, count(*) from neardup_keys group by 1, 2").all()
            table = connection.exec_driver_sql("select sql from sqlite_master where name = 'neardup_keys'").scalar()
        assert [(claim_id, size) for claim_id, size, _ in rows] == [(n, len(f[0])) for n, f in enumerate(prepared, 1)]
        assert all(count == len(prepared_keys(f)) for (_, _, count), f in zip(rows, prepared))
        assert "WITHOUT ROWID" in table

        probe = index.prepare("The council approved a budget of 40 million pounds for new schools on Tuesday night.")
        with db.engine.connect() as connection:
            found, article_of = StoredNearDuplicates().find(connection, [probe], None, 240)
        # The same matches an in-memory index of the three claims gives (article 3 is too long to match).
        memory = NearDuplicateIndex()
        for number, text in enumerate(TEXTS, start=1):
            memory.add(number, text, group=number)
        expected = [(m.other_id, m.kind) for m in memory.find_prepared(probe, max_candidates=240)]
        assert [(m.other_id, m.kind) for m in found[0]] == expected
        assert {m.other_id for m in found[0]} == {1, 2}
        assert 3 not in article_of  # its form was never read

        with db.engine.begin() as connection:  # the cascade still takes a claim's keys with it
            connection.exec_driver_sql("delete from claims where id = 1")
            assert connection.exec_driver_sql("select count(*) from neardup_keys where claim_id = 1").scalar() == 0
    finally:
        db.dispose()


def test_downgrade_to_the_previous_revision_keeps_the_keys(tmp_path):
    path = tmp_path / "store.db"
    db = open_database(str(path))
    with db.engine.begin() as connection:
        connection.exec_driver_sql("insert into articles (id, body, content_hash, ingested_at) "
                                   "values (1, 'x', 'h1', '2021-08-25 10:00:00')")
        connection.exec_driver_sql('insert into claims (id, article_id, seq, text, start, "end", sentence_index) '
                                   "values (1, 1, 0, 'x', 0, 1, 0)")
        connection.exec_driver_sql('insert into neardup_keys (kind, "key", claim_id, size) values (0, 5, 1, 70)')
    config = alembic_config(db)
    previous = ScriptDirectory.from_config(config).get_revision(REVISION).down_revision
    command.downgrade(config, previous)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql('select kind, "key", claim_id from neardup_keys').all() == [(0, 5, 1)]
    command.upgrade(config, "head")  # and back: the rows come through (their length unknown: no form)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql('select kind, "key", claim_id, size from neardup_keys').all() == [(0, 5, 1, None)]
    db.dispose()
