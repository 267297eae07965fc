"""word_alternation must behave exactly like a plain alternation sorted longest first."""

from __future__ import annotations

import re

import pytest

from workbench.analysis import lexicon as lx
from workbench.analysis.patterns import word_alternation

WORD_LISTS = [
    ("say", "says", "said", "saying"),
    ("a", "an", "and", "b", "a.b"),
    lx.CUE_VERBS,
]
# Contexts after the words: none, a word end, and a tail that forces backtracking
# to a shorter word ("says" then "s\b" must fall back to "say").
TAILS = ["", r"\b", r"s\b", r"[a-z]*"]
TEXT = "he says, she said; they're saying an and a.b sayss; noted notes annoyed band"


@pytest.mark.parametrize("words", WORD_LISTS)
@pytest.mark.parametrize("tail", TAILS)
def test_matches_like_longest_first_alternation(words: tuple[str, ...], tail: str) -> None:
    plain = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")" + tail)
    factored = re.compile(word_alternation(words) + tail)
    assert [m.span() for m in factored.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


@pytest.mark.parametrize("words", WORD_LISTS)
def test_matches_every_word(words: tuple[str, ...]) -> None:
    pattern = re.compile(word_alternation(words))
    assert all(pattern.fullmatch(word) for word in words)


def test_rejects_prefixes_and_extensions() -> None:
    pattern = re.compile(word_alternation(("said", "says")))
    assert pattern.fullmatch("sa") is None
    assert pattern.fullmatch("saidx") is None
