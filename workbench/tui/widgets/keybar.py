"""The key bar under the review screen: every shown command when there is room, else a compact
form (the four label keys as one item) that drops the least needed items whole, never cutting
one in half. Keys follow the user's keymap.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from workbench.tui.commands import APP_COMMANDS, LABEL_COMMANDS, Command, keys_for

# Compact form, most needed first: what an editor needs to keep going at 80 columns.
COMPACT_ORDER = ("label.accept", "claim.finding", "claim.note", "claim.source", "undo", "help", "search",
                 "view.cycle", "export", "quit")
SEPARATOR = "  "


def _item(keys: str, title: str) -> Text:
    text = Text(keys, style="bold")
    text.append(" " + title, style="dim")
    return text


def key_items(keymap: dict[str, str], width: int) -> list[Text]:
    """The items that fit in ``width`` cells (with separators)."""
    full = [_item(keys_for(c, keymap), c.title) for c in APP_COMMANDS if c.show]
    if _width(full) <= width:
        return full
    by_id: dict[str, Command] = {c.id: c for c in APP_COMMANDS}
    labels = [c for c in LABEL_COMMANDS if c.id.startswith("label.") and c.id not in ("label.accept", "label.clear")]
    compact = [_item("/".join(keys_for(c, keymap) for c in labels), "label")]
    compact += [_item(keys_for(by_id[i], keymap), by_id[i].title) for i in COMPACT_ORDER if i in by_id]
    while compact and _width(compact) > width:
        compact.pop()
    return compact


def _width(items: list[Text]) -> int:
    return sum(item.cell_len for item in items) + len(SEPARATOR) * max(0, len(items) - 1)


class KeyBar(Widget):
    DEFAULT_CSS = """
    KeyBar { height: 1; background: $panel; padding: 0 1; }
    """

    def __init__(self, keymap: dict[str, str] | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keymap = keymap or {}

    def render(self) -> Text:
        width = max(0, self.size.width - 2)
        return Text(SEPARATOR).join(key_items(self.keymap, width))
