"""Writes leave the UI thread in the order the keys were pressed.

Each write runs in its own thread worker, but takes a ticket on the UI thread first and
waits its turn, so "label, then undo" can never land as "undo, then label". After a
conflict on a claim, later queued writes to that claim are held back (refused) until the
user has answered the conflict dialog: they were based on a value that is no longer there.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class WriteQueue:
    def __init__(self) -> None:
        self._turn = threading.Condition()
        self._issued = 0
        self._serving = 0
        self._conflicted: set[int] = set()

    def ticket(self) -> int:
        """Called on the UI thread, in key order."""
        with self._turn:
            ticket = self._issued
            self._issued += 1
            return ticket

    @contextmanager
    def turn(self, ticket: int) -> Iterator[None]:
        with self._turn:
            self._turn.wait_for(lambda: self._serving == ticket)
        try:
            yield
        finally:
            with self._turn:
                self._serving += 1
                self._turn.notify_all()

    def mark_conflicted(self, claim_id: int) -> None:
        with self._turn:
            self._conflicted.add(claim_id)

    def is_conflicted(self, claim_id: int) -> bool:
        with self._turn:
            return claim_id in self._conflicted

    def resolve(self, claim_id: int) -> None:
        with self._turn:
            self._conflicted.discard(claim_id)

    @property
    def idle(self) -> bool:
        with self._turn:
            return self._serving == self._issued
