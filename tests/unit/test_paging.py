"""The one keyset paging rule both review lists use."""

from __future__ import annotations

from workbench.tui.paging import keyset_page

IDS = list(range(1, 101))


def before(anchor: int, n: int) -> list[int]:
    return [i for i in IDS if i < anchor][-n:]


def after(anchor: int, n: int) -> list[int]:
    return [i for i in IDS if i > anchor][:n]


def test_pages_after_before_and_around_a_jump() -> None:
    first = keyset_page(before, after, "replace", 0, None, 10)
    assert first.rows == list(range(1, 11)) and first.more_after and not first.more_before
    later = keyset_page(before, after, "before", 50, None, 10)
    assert later.rows == list(range(40, 50)) and later.more_after
    jump = keyset_page(before, after, "replace", 0, 50, 10)
    assert jump.rows == list(range(45, 55)) and jump.more_after and jump.more_before
    end = keyset_page(before, after, "replace", 0, 99, 10)
    assert end.rows == list(range(94, 101)) and not end.more_after and end.more_before
