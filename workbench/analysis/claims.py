"""Atomic claims: the smallest spans an editor checks on their own."""

from __future__ import annotations

from workbench.analysis.model import Claim, Sentence


def extract_claims(text: str, sentences: list[Sentence]) -> list[Claim]:
    return [
        Claim(seq=i + 1, start=s.start, end=s.end, text=s.text, sentence_index=s.index)
        for i, s in enumerate(sentences)
    ]
