"""A floor on TimeBank + AQUAINT DATE expressions (bench/temporal.py prints the figures).

Measured when written: 84.1% of gold DATE expressions found, 71.0% resolved to the
gold TIMEX3 value against the document creation time (dateparser: 72.2% / 37.0%).
"""

from __future__ import annotations

import re
from datetime import date

from tests.conftest import read_shared_jsonl
from workbench.analysis.temporal import find_time_expressions

FOUND_FLOOR = 0.82
VALUE_FLOOR = 0.68
_WEEK_PAD = re.compile(r"W0(\d)")


def test_tbaq_date_expressions_are_found_and_resolved():
    records = [r for r in read_shared_jsonl("temporal_tbaq.jsonl") if r["type"] == "DATE"]
    found = resolved = 0
    for record in records:
        overlapping = [
            t for t in find_time_expressions(record["text"], [], date.fromisoformat(record["dct"]))
            if t.start < record["end"] and record["start"] < t.end
        ]
        if overlapping:
            found += 1
            best = max(overlapping, key=lambda t: min(t.end, record["end"]) - max(t.start, record["start"]))
            resolved += best.value is not None and _WEEK_PAD.sub(r"W\1", best.value) == _WEEK_PAD.sub(
                r"W\1", record["value"])
    assert len(records) > 1000
    assert found / len(records) >= FOUND_FLOOR
    assert resolved / len(records) >= VALUE_FLOOR
