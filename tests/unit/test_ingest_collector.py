"""The garbage collector's pace during an ingest (workbench.ingest.collector)."""

from __future__ import annotations

import gc

from workbench.ingest import collector


def test_the_writer_pace_is_restored_after_the_ingest_even_when_it_fails():
    before = gc.get_threshold()
    try:
        with collector.relaxed():
            assert gc.get_threshold() == (collector.FIRST_GENERATION, *before[1:])
            raise RuntimeError("an ingest that stops half-way")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before


def test_an_ingest_leaves_the_callers_pace_as_it_was(tmp_path):
    from tests.conftest import SEED_ARTICLE
    from workbench.ingest.runner import ingest
    from workbench.store import open_database

    before = gc.get_threshold()
    assert ingest(open_database(str(tmp_path / "t.db")), [str(SEED_ARTICLE)], jobs=1).ok
    assert gc.get_threshold() == before
