"""Regex building blocks shared by the analysis stages."""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_alternation(words: Iterable[str]) -> str:
    """A regex group matching any of ``words``, with shared prefixes factored out.

    ``said|says|say`` becomes ``sa(?:id|y(?:s)?)``. Python's ``re`` tries the branches
    of a plain alternation one by one at every position; the factored form rejects a
    position after a character or two, which is several times faster for word lists.
    It behaves exactly like the plain alternation sorted longest first: the words that
    fit at one position are prefixes of each other, and the greedy optional tails try
    them longest first, backtracking to the shorter ones in the same order.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return "(?:" + _render(trie) + ")"


def _render(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a shorter word ends here: the rest is optional (greedy, so longer words win)
        return body + "?" if len(branches) > 1 else "(?:" + body + ")?"
    return body
