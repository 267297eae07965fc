"""Tables on the terminal for the CLI: user text as plain ``Text``, never markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from workbench.analysis.sanitize import one_line


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], empty: str, wrap_last: bool = False) -> None:
    console = Console(highlight=False)
    if not rows:
        console.print(Text(empty))
        return
    table = Table(*headers, show_edge=False, pad_edge=False, header_style="bold")
    for index, column in enumerate(table.columns):
        column.no_wrap = not (wrap_last and index == len(headers) - 1)
        column.overflow = "fold" if not column.no_wrap else "ellipsis"
    for row in rows:
        table.add_row(*(Text(one_line(str(cell))) for cell in row))
    console.print(table)
