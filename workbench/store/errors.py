"""Errors worded for the user: opening a database (``DatabaseError``) and review changes
(``store.review`` raises them).

Kept apart from ``store.engine`` and ``store.review`` so the command line can catch them
without loading SQLAlchemy or the models.
"""

from __future__ import annotations

from dataclasses import dataclass


class DatabaseError(Exception):
    """A database problem worth one clear line to the user."""


class ReviewError(ValueError):
    """A change that cannot be made; the message is for the user."""


@dataclass
class VersionConflict(Exception):
    claim_id: int
    field: str
    yours: str | None
    theirs: str | None
    their_reviewer: str | None
    current_version: int

    def __str__(self) -> str:
        return (
            f"claim {self.claim_id} was changed by {self.their_reviewer or 'someone else'} "
            f"since you saw it: {self.field} is now {self.theirs!r}, you set {self.yours!r}"
        )
