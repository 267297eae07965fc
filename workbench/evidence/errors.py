"""The one error type of the evidence layer."""

from __future__ import annotations

from workbench.store.errors import ReviewError


class EvidenceError(ReviewError):
    """A source or link operation that cannot be done; the message is for the user.

    A ``ReviewError`` so that callers already showing review errors (the CLI's
    one-line handler, the TUI's error modal) show these the same way.
    """
