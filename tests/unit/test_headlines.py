"""A finding reads as its headline first, then how it was found, wherever it is shown."""

from __future__ import annotations

from workbench.export.cells import finding_derivation, finding_headline

NEW = ("'on Tuesday' (14 May 2024) vs 'in March' (March 2024): both date the verdict\n"
       "'on Tuesday' -> 2024-05-14; 'in March' -> 2024-03-01..2024-03-31; the intervals do not overlap\n"
       "'The verdict' refers back to 'found ... guilty' (claims 1 and 6)")
OLD = "'last month' -> 2021-07-01..2021-07-31; 'on Monday' -> 2021-08-23; both describe 'this message' (claims 1 and 2)"


def test_the_analysis_headline_is_shown_with_the_kind_and_not_repeated_below():
    assert finding_headline("temporal_conflict", NEW) == (
        "Dates disagree: 'on Tuesday' (14 May 2024) vs 'in March' (March 2024): both date the verdict")
    derivation = finding_derivation(NEW)
    assert "both date the verdict" not in derivation and derivation.startswith("'on Tuesday' -> 2024-05-14")


def test_an_older_one_line_explanation_is_still_worded():
    assert finding_headline("temporal_conflict", OLD).startswith("Dates disagree on 'this message'")
    assert finding_derivation(OLD) == OLD
