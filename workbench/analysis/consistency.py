"""Findings inside one article: claims about one event whose dates cannot both be true."""

from __future__ import annotations

from workbench.analysis.model import Claim, Finding, PublishedWindow


def find_conflicts(text: str, claims: list[Claim], window: PublishedWindow | None) -> list[Finding]:
    return []
