"""Tables on the terminal for the CLI: user text as plain ``Text``, never markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from workbench.analysis.sanitize import one_line

FIXED_COLUMN_CAP = 24
FLEX_MINIMUM = 12
COLUMN_FLOOR = 6


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], empty: str, flex: int = 1, wrap_flex: bool = False
) -> None:
    """Every column keeps its width (up to a cap) except ``flex``, which gets what is left.

    Widths are set here rather than left to rich, whose shrinking can squeeze a narrow
    id column to nothing on an 80-column terminal.
    """
    console = Console(highlight=False)
    if not rows:
        console.print(Text(empty))
        return
    cells = [[one_line(str(cell)) for cell in row] for row in rows]
    natural = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    widths = [min(width, FIXED_COLUMN_CAP) for width in natural]
    room = console.width - 3 * (len(headers) - 1) - sum(w for i, w in enumerate(widths) if i != flex)
    widths[flex] = max(FLEX_MINIMUM, min(natural[flex], room))
    # Still too wide (many columns on 80 columns): narrow the widest columns one cell at a
    # time, so the short ones (ids, counts) keep all their characters.
    available = console.width - 3 * (len(headers) - 1)
    while sum(widths) > available:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= COLUMN_FLOOR:
            break
        widths[widest] -= 1
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for index, header in enumerate(headers):
        wrap = wrap_flex and index == flex
        table.add_column(header, width=widths[index], no_wrap=not wrap, overflow="fold" if wrap else "ellipsis")
    for row in cells:
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)
