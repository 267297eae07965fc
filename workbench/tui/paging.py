"""One keyset paging rule for both lists of the review screen (articles and claims).

``before(anchor, n)`` returns up to n rows just before ``anchor`` (ascending), ``after(anchor, n)``
up to n rows just after it. A page is ``size`` rows; a jump to ``cursor_id`` loads a page centred
on it. The answer says whether more rows lie after and before the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

RowT = TypeVar("RowT")
Fetch = Callable[[int, int], Sequence[RowT]]


@dataclass(frozen=True, slots=True)
class Page(Generic[RowT]):
    rows: list[RowT]
    more_after: bool
    more_before: bool = False


def keyset_page(
    before: Fetch[RowT], after: Fetch[RowT], placement: str, anchor_id: int, cursor_id: int | None, size: int
) -> Page[RowT]:
    if placement == "before":
        rows = list(before(anchor_id, size + 1))
        return Page(rows[-size:], len(rows) > size)
    if cursor_id is not None:  # a jump: a page around the target
        half = size // 2
        earlier = list(before(cursor_id, half + 1))
        more_before = len(earlier) > half
        earlier = earlier[-half:] if half else []
        room = size - len(earlier)
        later = list(after(cursor_id - 1, room + 1))
        return Page(earlier + later[:room], len(later) > room, more_before)
    rows = list(after(anchor_id, size + 1))
    return Page(rows[:size], len(rows) > size)
