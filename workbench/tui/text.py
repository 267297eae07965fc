"""User text made safe for the screen: rich ``Text`` (never markup) with controls stripped.

Article text, titles, notes and source names are data. Every widget gets them through
these helpers, so ``[bold]x`` shows its brackets and escape sequences never reach the
terminal.
"""

from __future__ import annotations

from rich.text import Text

from workbench.analysis.sanitize import one_line, strip_controls


def plain(text: str | None, style: str = "") -> Text:
    """Multi-line safe text (tabs and newlines kept)."""
    return Text(strip_controls(text or ""), style=style, no_wrap=False)


def line(text: str | None, limit: int | None = None, style: str = "") -> Text:
    """Single-line safe text, optionally cut to ``limit`` characters."""
    return Text(one_line(text, limit), style=style)


def safe(text: str | None, limit: int | None = None) -> str:
    """A safe plain string, for APIs that take ``str`` with ``markup=False``."""
    return one_line(text, limit)
