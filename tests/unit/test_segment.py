"""Sentence segmentation: constructions news copy uses, and the shared boundary suites."""

from __future__ import annotations

import pytest

from tests.conftest import read_shared_jsonl
from workbench.analysis.segment import split_sentences

# Floors measured when the segmenter landed: 47/48 golden rules (the one failure is
# "6 P.M. Mr. Smith", which contradicts "5 a.m. Mr. Smith" in the same case and
# pySBD fails too), 139/177 Pragmatic Segmenter cases.
GOLDEN_FLOOR = 47
PRAGMATIC_FLOOR = 139


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def _normalised(sentences: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Amara Okafor of St. Mary's hospital arrived at 9 a.m. on Jan. 4. She left at noon.",
            ["Dr. Amara Okafor of St. Mary's hospital arrived at 9 a.m. on Jan. 4.", "She left at noon."],
        ),
        (
            "The U.S. Treasury sold $2.5 million in bonds. Yields rose 1.2 percent.",
            ["The U.S. Treasury sold $2.5 million in bonds.", "Yields rose 1.2 percent."],
        ),
        ("The deal closed in the U.K. It was signed by Gen. Harris.", ["The deal closed in the U.K.", "It was signed by Gen. Harris."]),
        ("Output fell to 1.2 billion tonnes, No. 3 in the world.", ["Output fell to 1.2 billion tonnes, No. 3 in the world."]),
        (
            '"The vote is over." The speaker left.',
            ['"The vote is over."', "The speaker left."],
        ),
        ('"The vote is over." she said.', ['"The vote is over." she said.']),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("He paused ... and then spoke.", ["He paused ... and then spoke."]),
        ("Was it J. R. Smith? Nobody knew.", ["Was it J. R. Smith?", "Nobody knew."]),
    ],
)
def test_inline_constructions(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_heading_and_list_lines_are_sentences_of_their_own() -> None:
    body = "Budget Talks Stall\nThe council met on Monday.\n\nKey points:\n1. Rates rise\n2. Services are cut\n"
    assert texts(body) == [
        "Budget Talks Stall",
        "The council met on Monday.",
        "Key points:",
        "1. Rates rise",
        "2. Services are cut",
    ]


def test_wrapped_line_continues_the_sentence() -> None:
    assert texts("The report was\npublished late. It ran long.") == ["The report was\npublished late.", "It ran long."]


def test_dateline_abbreviation_does_not_split() -> None:
    assert texts("OXFORD, U.K.: The college reopened on Monday.") == ["OXFORD, U.K.: The college reopened on Monday."]


def test_offsets_reproduce_the_text() -> None:
    body = "  First one.  Second one!\n\nThird (with a note.) here? Yes."
    sentences = split_sentences(body)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert all(body[s.start : s.end] == s.text for s in sentences)
    assert texts(body) == ["First one.", "Second one!", "Third (with a note.) here?", "Yes."]


def test_punctuation_only_segments_are_dropped() -> None:
    assert texts('. \n "') == []


def test_golden_rules_floor() -> None:
    records = list(read_shared_jsonl("sbd_golden_rules_pysbd_en.jsonl"))
    passed = sum(_normalised(texts(r["text"])) == _normalised(r["sentences"]) for r in records)
    assert len(records) == 48
    assert passed >= GOLDEN_FLOOR


def test_pragmatic_segmenter_floor() -> None:
    records = list(read_shared_jsonl("sbd_pragmatic_segmenter_en.jsonl"))
    passed = sum(_normalised(texts(r["text"])) == _normalised(r["sentences"]) for r in records)
    assert passed >= PRAGMATIC_FLOOR
