"""Event links and temporal conflicts inside one article."""

from __future__ import annotations

import re
from datetime import date

from workbench.analysis.consistency import find_conflicts
from workbench.analysis.model import Claim, Finding
from workbench.analysis.pipeline import analyse_article
from workbench.analysis.temporal import find_time_expressions, infer_publication_window

PUBLISHED = date(2021, 8, 25)  # a Wednesday
_SENTENCE = re.compile(r"[^.]+\.")


def claims_of(text: str, published: date | None) -> tuple[list[Claim], object]:
    """One claim per sentence, with its time expressions: independent of the claim extractor."""
    times = find_time_expressions(text, [], published)
    window = infer_publication_window(text, times) if published is None else None
    if window is not None:
        times = find_time_expressions(text, [], window)
    claims = []
    for seq, m in enumerate(_SENTENCE.finditer(text), start=1):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        claim = Claim(seq=seq, start=start, end=m.end(), text=text[start:m.end()], sentence_index=seq - 1)
        claim.times = [t for t in times if claim.start <= t.start and t.end <= claim.end]
        claims.append(claim)
    return claims, window


def conflicts(text: str, published: date | None = PUBLISHED) -> list[Finding]:
    claims, window = claims_of(text, published)
    return find_conflicts(text, claims, window)


def test_demonstrative_links_back_to_the_message_and_the_dates_clash():
    text = ("China conveyed to the delegation last month that the group was a threat. "
            "Wang Yi delivered this message on Monday in Tianjin.")
    [finding] = conflicts(text)
    assert (finding.kind, finding.claim_seq, finding.other_claim_seq) == ("temporal_conflict", 1, 2)
    assert finding.explanation.splitlines() == [
        "'last month' (July 2021) vs 'on Monday' (23 August 2021): both date the message",
        "'last month' -> 2021-07-01..2021-07-31; 'on Monday' -> 2021-08-23; the intervals do not overlap",
        "'this message' refers back to 'conveyed' (claims 1 and 2)",
    ]


def test_definite_phrase_with_a_shared_name_links_strike_and_walkout():
    text = "Workers at the Ford plant went on strike last month. The walkout at Ford began on Monday."
    [finding] = conflicts(text)
    assert "'the walkout'" not in finding.explanation and "'The walkout'" in finding.explanation
    assert "2021-07-01..2021-07-31" in finding.explanation and "2021-08-23" in finding.explanation


def test_definite_phrase_without_a_shared_name_is_not_linked():
    assert conflicts("Workers went on strike last month. The strike at a rival firm began on Monday.") == []


def test_reporting_date_is_not_the_event_date():
    assert conflicts("Inflation rose last month, the statistics office reported on Monday.") == []
    assert conflicts("Inflation rose last month. The statistics office reported the rise on Monday.") == []


def test_same_event_on_overlapping_dates_is_consistent():
    assert conflicts("China conveyed the message on Monday. Wang Yi delivered this message on Monday.") == []
    assert conflicts("The sides agreed a truce last month. The agreement was reached in July.") == []


def test_a_different_event_is_not_linked():
    assert conflicts("The factory burned down last month. This message was delivered on Monday.") == []
    assert conflicts("The sides agreed a truce last month. The agreement was announced on Monday.") == []


def test_without_any_anchor_nothing_relative_is_compared():
    text = "China conveyed the warning last month. Wang Yi delivered this message on Monday."
    assert conflicts(text, published=None) == []


def test_inferred_window_supports_relative_reasoning():
    text = ("The rebels took control of the capital more than a week ago. "
            "The rebels seized control of the country on August 15. "
            "China conveyed the warning last month. Wang Yi delivered this message on Monday.")
    [finding] = conflicts(text, published=None)
    assert (finding.claim_seq, finding.other_claim_seq) == (3, 4)
    assert "July (the calendar month before publication; year not stated)" in finding.explanation
    assert "August 23..August 28" in finding.explanation


def _seed_body(seed_text: str) -> str:
    lines = seed_text.strip().splitlines()[1:]  # the headline
    lines[0] = lines[0].removeprefix("Kabul: ")
    while lines and lines[-1].strip() in ("No comments:", "Post a Comment", ""):
        lines.pop()
    return "\n".join(lines)


def _seed_conflict(seed_text: str, published: date | None) -> tuple[Finding, dict[int, str]]:
    analysis = analyse_article(_seed_body(seed_text), published)
    texts = {c.seq: c.text for c in analysis.claims}
    [finding] = [f for f in analysis.findings if f.kind == "temporal_conflict"]
    return finding, texts


def test_sample_article_with_publication_date(seed_text):
    finding, texts = _seed_conflict(seed_text, date(2021, 8, 25))
    assert texts[finding.claim_seq].startswith("China had conveyed to the visiting Taliban delegation last month")
    assert "Wang Yi delivered this message" in texts[finding.other_claim_seq]
    assert "'last month' -> 2021-07-01..2021-07-31" in finding.explanation
    assert "'on Wednesday' -> 2021-08-25" in finding.explanation
    assert finding.explanation.splitlines()[0] == (
        "'last month' (July 2021) vs 'on Wednesday' (25 August 2021): both date the message")
    assert "'this message' refers back to 'conveyed'" in finding.explanation


def test_sample_article_without_publication_date(seed_text):
    analysis = analyse_article(_seed_body(seed_text), None)
    window = analysis.published_inferred
    assert window is not None and (window.earliest.month, window.earliest.day) == (8, 23)
    assert "August 15" in window.reason and "more than a week ago" in window.reason
    finding, texts = _seed_conflict(seed_text, None)
    assert texts[finding.claim_seq].startswith("China had conveyed to the visiting Taliban delegation last month")
    assert "Wang Yi delivered this message" in texts[finding.other_claim_seq]
    assert "'last month' -> July" in finding.explanation and "'on Wednesday' -> August 17..August 28" in finding.explanation


def test_phrases_that_name_another_event_are_not_links():
    # Each pair would clash if linked; none refers back to the earlier event.
    assert conflicts("India attends the G7 meeting on Friday. "
                     "In London on Monday ahead of the meeting, the minister spoke.") == []
    assert conflicts("The chiefs met on Friday. Seifert meets Furse on Monday, in the third meeting this year.") == []
    assert conflicts("Sales increased last year. Economists predict that an increase will come in December.") == []
