"""Time expressions and their resolution to intervals against the publication date."""

from __future__ import annotations

from datetime import date

from workbench.analysis.model import PublishedWindow, Sentence, TimeExpression


def find_time_expressions(text: str, sentences: list[Sentence], published: date | None) -> list[TimeExpression]:
    return []


def infer_publication_window(text: str, times: list[TimeExpression]) -> PublishedWindow | None:
    return None
