"""Time expressions: what is found, and the interval each resolves to."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis.model import PublishedWindow, TimeExpression
from workbench.analysis.temporal import find_time_expressions, infer_publication_window, resolve_time

PUBLISHED = date(2021, 8, 25)  # a Wednesday


def times(text: str, published=PUBLISHED) -> list[TimeExpression]:
    return find_time_expressions(text, [], published)


def only(text: str, published=PUBLISHED) -> TimeExpression:
    found = times(text, published)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


def span(t: TimeExpression) -> tuple[str | None, str | None]:
    return t.earliest, t.latest


@pytest.mark.parametrize(
    ("text", "expression", "value", "earliest", "latest", "granularity"),
    [
        ("The talks ended on August 15.", "August 15", "2021-08-15", "2021-08-15", "2021-08-15", "day"),
        ("The deal closed Aug. 15.", "Aug. 15", "2021-08-15", "2021-08-15", "2021-08-15", "day"),
        ("It was signed on 15 August 2020.", "15 August 2020", "2020-08-15", "2020-08-15", "2020-08-15", "day"),
        ("Filed 2019-03-02 in Paris.", "2019-03-02", "2019-03-02", "2019-03-02", "2019-03-02", "day"),
        ("The vote came on Friday, Oct. 23, 1998.", "Friday, Oct. 23, 1998", "1998-10-23", "1998-10-23", "1998-10-23", "day"),
        ("The plant opened in 2016.", "2016", "2016", "2016-01-01", "2016-12-31", "year"),
        ("Prices rose last month.", "last month", "2021-07", "2021-07-01", "2021-07-31", "month"),
        ("Prices rose last year.", "last year", "2020", "2020-01-01", "2020-12-31", "year"),
        ("Prices will rise next year.", "next year", "2022", "2022-01-01", "2022-12-31", "year"),
        ("Sales grew this year.", "this year", "2021", "2021-01-01", "2021-12-31", "year"),
        ("The bill passed last week.", "last week", "2021-W33", "2021-08-16", "2021-08-22", "week"),
        ("He resigned yesterday.", "yesterday", "2021-08-24", "2021-08-24", "2021-08-24", "day"),
        ("He resigns today.", "today", "2021-08-25", "2021-08-25", "2021-08-25", "day"),
        ("Talks resume tomorrow.", "tomorrow", "2021-08-26", "2021-08-26", "2021-08-26", "day"),
        ("The rally was held three days ago.", "three days ago", "2021-08-22", "2021-08-22", "2021-08-22", "day"),
        ("It fell earlier this month.", "earlier this month", "2021-08", "2021-08-01", "2021-08-24", "month"),
        ("It happened late last year.", "late last year", "2020", "2020-09-01", "2020-12-31", "year"),
        ("Work will start in mid-September.", "mid-September", "2021-09", "2021-09-11", "2021-09-20", "month"),
        ("The strike ended in early February.", "early February", "2021-02", "2021-02-01", "2021-02-10", "month"),
        ("Crops failed this spring.", "this spring", "2021-SP", "2021-03-01", "2021-05-31", "season"),
        ("Profit fell in the third quarter of 2020.", "third quarter of 2020", "2020-Q3", "2020-07-01", "2020-09-30", "quarter"),
        ("It was founded in the 1990s.", "1990s", "199", "1990-01-01", "1999-12-31", "decade"),
        ("He arrived in June last year.", "June last year", "2020-06", "2020-06-01", "2020-06-30", "month"),
        # A weekday of a named calendar week: last week ran from Monday 16 to Sunday 22 August.
        ("It began on Wednesday of last week.", "Wednesday of last week", "2021-08-18", "2021-08-18", "2021-08-18", "day"),
        ("It began on Monday of this week.", "Monday of this week", "2021-08-23", "2021-08-23", "2021-08-23", "day"),
        ("It ends on Friday of next week.", "Friday of next week", "2021-09-03", "2021-09-03", "2021-09-03", "day"),
    ],
)
def test_expression_is_found_and_resolved(text, expression, value, earliest, latest, granularity):
    t = only(text)
    assert (t.text, t.value, t.earliest, t.latest, t.granularity) == (expression, value, earliest, latest, granularity)
    assert text[t.start:t.end] == t.text


def test_bare_weekday_in_a_past_clause_is_the_most_recent_one():
    assert span(only("The minister met him on Monday.")) == ("2021-08-23", "2021-08-23")
    # The publication's own weekday is the day itself (newswire convention, see TBAQ).
    assert span(only("The minister met him on Wednesday.")) == ("2021-08-25", "2021-08-25")


def test_bare_weekday_in_a_future_clause_is_the_next_one():
    assert span(only("Talks are scheduled to resume on Friday.")) == ("2021-08-27", "2021-08-27")
    assert span(only("The board will meet on Monday.")) == ("2021-08-30", "2021-08-30")


def test_last_and_next_weekday_skip_the_publication_day():
    assert only("They met last Wednesday.").earliest == "2021-08-18"
    assert only("They meet next Wednesday.").earliest == "2021-09-01"


def test_month_without_year_follows_the_clause_tense():
    assert only("The Taliban began its offensive in May.").value == "2021-05"
    assert only("Elections will be held in May.").value == "2022-05"
    assert only("The vote was held in October.").value == "2020-10"
    assert only("The summit will open in October.").value == "2021-10"


def test_month_day_without_year_follows_the_clause_tense():
    assert only("Rebels seized the city on August 30.").earliest == "2020-08-30"
    assert only("The court will rule on August 30.").earliest == "2021-08-30"


@pytest.mark.parametrize(
    "text",
    [
        "The minister may resign.",
        "May I ask a question?",
        "Protesters will march on the capital.",
        "Veterans march every year to the memorial.",
        "They sold 2000 tickets.",
        "The shares cost $1999 each.",
        "Prices fall when demand drops.",
        "I know the answer.",
    ],
)
def test_words_that_are_not_times_are_not_found(text):
    assert times(text) == []


def test_may_and_march_as_months_are_found():
    assert [t.text for t in times("The law passed in May and took effect in March.")] == ["May", "March"]
    assert only("The plan was approved on May 3.").earliest == "2021-05-03"


def test_hedged_elapsed_time_is_a_range():
    assert span(only("The Taliban took control more than a week ago.")) == ("2021-08-12", "2021-08-17")
    assert span(only("The ship sank nearly two weeks ago.")) == ("2021-08-12", "2021-08-14")


def test_a_fortnight_is_two_weeks():
    assert only("The pier reopened a fortnight ago.").value == "2021-08-11"
    assert span(only("The pier reopened more than a fortnight ago.")) == ("2021-07-29", "2021-08-10")


def test_without_publication_date_relative_expressions_are_described():
    weekday = only("Wang Yi delivered the message on Wednesday.", published=None)
    assert weekday.earliest is None and "Wednesday" in weekday.relative and "before" in weekday.relative
    month = only("China conveyed it last month.", published=None)
    assert month.earliest is None and month.relative == "the calendar month before publication"
    absolute = only("It was signed on 15 August 2020.", published=None)
    assert absolute.earliest == "2020-08-15"
    assert only("Rebels took the city on August 15.", published=None).value == "XXXX-08-15"


SEIZED = (
    "China kept its embassy open after the Taliban took control of the capital more than a week ago. "
    "The Taliban seized control of the country on August 15."
)


def test_publication_window_from_a_date_and_an_elapsed_time_of_the_same_event():
    window = infer_publication_window(SEIZED, times(SEIZED, published=None))
    assert window is not None and not window.year_known
    assert (window.earliest.month, window.earliest.day, window.latest.month, window.latest.day) == (8, 23, 8, 28)
    assert "August 15" in window.reason and "more than a week ago" in window.reason and "control" in window.reason


def test_publication_window_with_a_stated_year_is_a_real_date_range():
    text = SEIZED.replace("August 15.", "August 15, 2021.")
    window = infer_publication_window(text, times(text, published=None))
    assert (window.earliest, window.latest, window.year_known) == (date(2021, 8, 23), date(2021, 8, 28), True)


def test_no_window_when_the_elapsed_time_and_the_date_name_different_events():
    text = "The factory closed more than a week ago. Elections are due on August 15."
    assert infer_publication_window(text, times(text, published=None)) is None


def test_window_json_round_trip_keeps_an_unstated_year_unstated():
    window = infer_publication_window(SEIZED, times(SEIZED, published=None))
    data = window.to_json()
    assert data["earliest"] == "XXXX-08-23"
    assert PublishedWindow.from_json(data) == window


def test_resolving_against_a_window_unions_the_days_and_keeps_the_year_unstated():
    text = SEIZED + " China conveyed it last month. Wang Yi delivered it on Wednesday."
    window = infer_publication_window(text, times(text, published=None))
    resolved = {t.text: resolve_time(text, t, window) for t in times(text, published=None)}
    assert resolved["last month"].describe() == "July (the calendar month before publication; year not stated)"
    assert resolved["Wednesday"].describe().startswith("August 17..August 28 (the day of publication or a Wednesday")
    assert resolved["last month"].overlaps(resolved["Wednesday"]) is False


def test_offsets_point_into_the_text():
    text = "On Tuesday, a Taliban spokesperson said talks begun in May would resume next week."
    for t in times(text):
        assert text[t.start:t.end] == t.text
    assert [t.text for t in times(text)] == ["Tuesday", "May", "next week"]


@pytest.mark.parametrize("text, value", [
    ("The actor died last night after a short illness.", -1),
    ("The bridge reopened this morning.", 0),
    ("Talks resumed this afternoon in Geneva.", 0),
])
def test_last_night_and_this_morning_are_days_relative_to_publication(text, value):
    from datetime import timedelta

    found = only(text)
    assert found.value == (PUBLISHED + timedelta(days=value)).isoformat()


def test_the_last_night_of_something_is_no_time():
    assert times("The last night of the festival drew the biggest crowd.") == []


@pytest.mark.parametrize("text, earliest", [
    ("The boat capsized at the weekend.", "2021-08-21"),
    ("Talks will resume at the weekend.", "2021-08-28"),
    ("Crowds gathered over the weekend.", "2021-08-21"),
])
def test_at_the_weekend_follows_the_tense(text, earliest):
    assert only(text).earliest == earliest


def test_planning_as_a_noun_gives_no_future_tense():
    # "the coastal planning statute" is a noun phrase; "are planning to" looks ahead
    assert only("Lawmakers passed the coastal planning statute in early March.").earliest == "2021-03-01"
    assert only("They are planning to meet in early March.").earliest == "2022-03-01"


def test_an_ordinal_day_of_the_month():
    # "on the 14th" is that day of the publication month or one beside it, by tense
    assert only("The vote will be held on the 28th, the speaker said.").value == "2021-08-28"
    assert only("The bridge reopened on the 3rd after repairs.").value == "2021-08-03"
    assert only("The bridge reopened on the 30th.").value == "2021-07-30"
    assert times("He lives on the 14th floor.") == []
