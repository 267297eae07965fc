"""A keyboard list that holds one window of rows fed by keyset pages, and draws only what is
on screen (line API). A million claims cost what a thousand do: the widget keeps at most
``KEEP`` rows and asks for the next page when the cursor nears either end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from workbench.tui.commands import LIST_COMMANDS

RowT = TypeVar("RowT")


class PagedList(Widget, Generic[RowT], can_focus=True):
    """Rows with an ``id`` attribute, in id order; subclasses say how a row looks."""

    BINDINGS: ClassVar[list[Binding]] = [command.binding() for command in LIST_COMMANDS]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"paged-list--cursor", "paged-list--cursor-blurred"}
    DEFAULT_CSS = """
    PagedList { height: 1fr; }
    PagedList > .paged-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    PagedList > .paged-list--cursor-blurred { background: $block-cursor-blurred-background; }
    """

    ROW_HEIGHT: ClassVar[int] = 1
    PAGE: ClassVar[int] = 200
    MARGIN: ClassVar[int] = 60
    KEEP: ClassVar[int] = 1000

    @dataclass
    class Highlighted(Message):
        paged_list: PagedList[Any]
        row: Any

        @property
        def control(self) -> PagedList[Any]:
            return self.paged_list

    @dataclass
    class PageWanted(Message):
        paged_list: PagedList[Any]
        placement: str  # "after" or "before"
        anchor_id: int

        @property
        def control(self) -> PagedList[Any]:
            return self.paged_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: list[RowT] = []
        self.cursor = 0
        self.top = 0
        self.more_after = False
        self.more_before = False
        self.empty_text = "nothing here"
        self._wanted: set[str] = set()
        self._lines: LRUCache[tuple[Any, ...], Strip] = LRUCache(2048)

    # --- what subclasses provide -------------------------------------------------------------

    def render_row(self, row: RowT, line: int, width: int) -> Text:
        raise NotImplementedError

    def row_key(self, row: RowT) -> Any:
        """What a row's drawing depends on (a cache key); rows are immutable by default."""
        return row

    def anchor_id(self, row: RowT) -> int | None:
        """The id to page from; None for synthetic rows that are not in the database."""
        return getattr(row, "id", None)

    # --- state ---------------------------------------------------------------------------------

    @property
    def current(self) -> RowT | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def index_of(self, row_id: int) -> int | None:
        for index, row in enumerate(self.rows):
            if getattr(row, "id", None) == row_id:
                return index
        return None

    def show_rows(
        self, rows: list[RowT], more_after: bool, more_before: bool = False, cursor_id: int | None = None
    ) -> None:
        """Replace the window (a new view, a jump, search results)."""
        self.rows = list(rows)
        self.more_after, self.more_before = more_after, more_before
        self._wanted.clear()
        self._lines.clear()
        found = self.index_of(cursor_id) if cursor_id is not None else None
        self.cursor = found if found is not None else 0
        self.top = max(0, self.cursor - self._visible_rows() // 3)
        self._scroll_to_cursor()
        self.refresh()
        self._post_highlight()
        self._want_pages()

    def add_page(self, placement: str, rows: list[RowT], more: bool) -> None:
        """Extend the window after or before; trim the far end so it stays at most KEEP rows."""
        self._wanted.discard(placement)
        if placement == "after":
            last = self._last_anchor()
            self.rows.extend(r for r in rows if last is None or (self.anchor_id(r) or 0) > last)
            self.more_after = more
            overflow = len(self.rows) - self.KEEP
            if overflow > 0 and self.cursor - overflow > self.MARGIN:
                del self.rows[:overflow]
                self.cursor -= overflow
                self.top = max(0, self.top - overflow)
                self.more_before = True
        else:
            first = self._first_anchor()
            fresh = [r for r in rows if first is None or (self.anchor_id(r) or 0) < first]
            self.rows[self._synthetic_head():self._synthetic_head()] = fresh
            self.cursor += len(fresh)
            self.top += len(fresh)
            self.more_before = more
            overflow = len(self.rows) - self.KEEP
            if overflow > 0 and len(self.rows) - overflow - self.cursor > self.MARGIN:
                del self.rows[-overflow:]
                self.more_after = True
        self.refresh()

    def replace_row(self, row: RowT) -> None:
        index = self.index_of(getattr(row, "id"))
        if index is not None:
            self.rows[index] = row
            self.refresh_row(index)

    def refresh_row(self, index: int) -> None:
        y = (index - self.top) * self.ROW_HEIGHT
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, self.ROW_HEIGHT))

    def move_cursor(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(len(self.rows) - 1, index))
        if index != self.cursor:
            old = self.cursor
            self.cursor = index
            if self._scroll_to_cursor():
                self.refresh()
            else:
                self.refresh_row(old)
                self.refresh_row(index)
            self._post_highlight()
        self._want_pages()

    # --- actions -------------------------------------------------------------------------------

    def action_cursor(self, delta: int) -> None:
        self.move_cursor(self.cursor + delta)

    def action_cursor_page(self, direction: int) -> None:
        self.move_cursor(self.cursor + direction * max(1, self._visible_rows() - 1))

    def action_cursor_end(self, last: bool) -> None:
        self.move_cursor(len(self.rows) - 1 if last else 0)

    def on_click(self, event: events.Click) -> None:
        self.move_cursor(self.top + event.y // self.ROW_HEIGHT)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.move_cursor(self.cursor + 3)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.move_cursor(self.cursor - 3)

    def on_resize(self, _event: events.Resize) -> None:
        self._lines.clear()
        self._scroll_to_cursor()
        self.refresh()

    def on_focus(self, _event: events.Focus) -> None:
        self.refresh()

    def on_blur(self, _event: events.Blur) -> None:
        self.refresh()

    # --- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if not self.rows:
            if y == 0:
                text = Text(self.empty_text, style="italic dim")
                return Strip(text.render(self.app.console), text.cell_len).crop_extend(0, width, base)
            return Strip.blank(width, base)
        index, line = divmod(y, self.ROW_HEIGHT)
        index += self.top
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        selected = index == self.cursor
        key = (self.row_key(row), line, selected, selected and self.has_focus, width, base)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._draw(row, line, width, base, selected)
            self._lines[key] = strip
        return strip

    def _draw(self, row: RowT, line: int, width: int, base: Style, selected: bool) -> Strip:
        text = self.render_row(row, line, width)
        text.truncate(width, overflow="ellipsis", pad=True)
        if selected:
            name = "paged-list--cursor" if self.has_focus else "paged-list--cursor-blurred"
            text.stylize_before(self.get_component_rich_style(name), 0, len(text))
        return Strip(text.render(self.app.console), text.cell_len).crop_extend(0, width, base)

    # --- helpers -------------------------------------------------------------------------------

    def _visible_rows(self) -> int:
        return max(1, self.size.height // self.ROW_HEIGHT)

    def _scroll_to_cursor(self) -> bool:
        """Keep the cursor on screen; True when the window moved (a full redraw)."""
        visible = self._visible_rows()
        top = self.top
        if self.cursor < top:
            top = self.cursor
        elif self.cursor >= top + visible:
            top = self.cursor - visible + 1
        top = max(0, min(top, max(0, len(self.rows) - visible)))
        moved = top != self.top
        self.top = top
        return moved

    def _post_highlight(self) -> None:
        self.post_message(self.Highlighted(self, self.current))

    def _first_anchor(self) -> int | None:
        for row in self.rows:
            anchor = self.anchor_id(row)
            if anchor is not None:
                return anchor
        return None

    def _last_anchor(self) -> int | None:
        for row in reversed(self.rows):
            anchor = self.anchor_id(row)
            if anchor is not None:
                return anchor
        return None

    def _synthetic_head(self) -> int:
        """How many leading rows are synthetic (not paged): new "before" pages go after them."""
        count = 0
        for row in self.rows:
            if self.anchor_id(row) is not None:
                break
            count += 1
        return count

    def _want_pages(self) -> None:
        if self.more_after and len(self.rows) - self.cursor < self.MARGIN and "after" not in self._wanted:
            anchor = self._last_anchor()
            if anchor is not None:
                self._wanted.add("after")
                self.post_message(self.PageWanted(self, "after", anchor))
        if self.more_before and self.cursor < self.MARGIN and "before" not in self._wanted:
            anchor = self._first_anchor()
            if anchor is not None:
                self._wanted.add("before")
                self.post_message(self.PageWanted(self, "before", anchor))
