"""The garbage collector's pace in ingest's processes: the writer and the analysis workers.

Both allocate many objects that die young and make few cycles: a worker an analysis and the
prepared claims of each article, the writer the prepared claims it unpickles from the workers and
an entry per claim in its near-duplicate index. At Python's default pace (a pass every 700 new
objects) the collector ran every few hundred claims and, each time its older generations filled,
walked the whole index: a fifth of the writer's time, most of it while unpickling the workers'
results. A larger first generation lets short-lived objects die before a pass looks at them, and
so the older generations fill (and the index is walked) a hundred times less often; as in an
export (``workbench.export.progress``). Cycles are still collected, only later.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

FIRST_GENERATION = 50_000


def relax() -> None:
    """For a process of ingest's own (an analysis worker): for its whole life."""
    gc.set_threshold(FIRST_GENERATION, *gc.get_threshold()[1:])


@contextlib.contextmanager
def relaxed() -> Iterator[None]:
    """For the writer, which may be someone else's process (a test, a server): for one ingest."""
    before = gc.get_threshold()
    relax()
    try:
        yield
    finally:
        gc.set_threshold(*before)
