"""A prepared claim (``neardup.Prepared``) as rows a database can index, and back.

The persistent near-duplicate index keeps, per claim, its comparable form as JSON text
(no pickle: a database file may come from anyone) and one row per bucket key. Pure: the
store decides where the rows go.
"""

from __future__ import annotations

import json
from typing import Any

from workbench.analysis.neardup import Fact, Prepared

SKETCH_KEY = 0
FACT_KEY = 1


def prepared_keys(prepared: Prepared) -> list[tuple[int, int]]:
    """(kind, key) of every bucket the claim sits in: its sketch keys and its facts' keys."""
    _masked, _numbers, _written, keys, _names, facts = prepared
    rows = [(SKETCH_KEY, int(key)) for key in dict.fromkeys(keys)]
    rows += [(FACT_KEY, int(key)) for key in dict.fromkeys(k for fact in facts for k in fact.keys)]
    return rows


def encode_prepared(prepared: Prepared) -> str:
    masked, numbers, written, keys, names, facts = prepared
    return json.dumps(
        [masked, list(numbers), written, list(keys), sorted(names),
         [[list(f.keys), f.value, f.low, f.high, f.text, f.event, f.step] for f in facts]],
        separators=(",", ":"),
    )


def decode_prepared(data: str) -> Prepared:
    masked, numbers, written, keys, names, facts = json.loads(data)
    return (
        masked, tuple(numbers), dict(written), list(keys), frozenset(names),
        tuple(_fact(f) for f in facts),
    )


def _fact(row: list[Any]) -> Fact:
    keys, value, low, high, text, event, step = row
    return Fact(tuple(keys), float(value), float(low), float(high), text, event, float(step))
