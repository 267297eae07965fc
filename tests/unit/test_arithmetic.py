"""Sums an article invites the reader to check (workbench.analysis.arithmetic), each with a twin
whose numbers add up. Sentences written for these tests, with invented names."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis.pipeline import analyse_article


def numeric(text: str) -> list[str]:
    return [f.explanation.splitlines()[0] for f in analyse_article(text, date(2025, 9, 20)).findings
            if f.kind == "numeric_conflict"]


@pytest.mark.parametrize("total, clash", [("185", True), ("165", False)])
def test_a_running_total_is_the_earlier_count_plus_the_addition(total, clash):
    text = ("Ferries\n\nGales forced Skerry Lines to cancel 120 sailings on Saturday. By Sunday evening the company "
            f"had cancelled a further 45 sailings, taking the total to {total}.")
    assert bool(numeric(text)) is clash


@pytest.mark.parametrize("margin, clash", [("13-vote margin", True), ("15-vote margin", False),
                                           ("majority of 11", True)])
def test_a_vote_margin_is_the_difference_of_the_tally(margin, clash):
    text = ("Budget\n\nThe Harwell assembly passed the budget on Thursday. The vote was 27 to 12.\n\n"
            f"Member Ada Finch, who voted against, said the {margin} hid deep unease.")
    assert bool(numeric(text)) is clash


@pytest.mark.parametrize("tally, margin, clash", [
    # the tally written with its counts first
    ("The plan was approved by 5,200 votes to 4,100.", "The margin of 900 votes surprised the council.", True),
    ("The plan was approved by 5,200 votes to 4,100.", "The margin of 1,100 votes surprised the council.", False),
    ("The plan won 5,200 votes in favour and 4,100 against.", "Its majority of 900 surprised the council.", True),
    ("The plan won 5,200 votes in favour and 4,100 against.", "Its majority of 1,100 surprised the council.", False),
    ("Councillors voted 31 for and 17 against the plan.", "The 12-vote majority ended the dispute.", True),
    ("Councillors voted 31 for and 17 against the plan.", "The 14-vote majority ended the dispute.", False),
])
def test_a_margin_against_a_tally_written_counts_first(tally, margin, clash):
    assert bool(numeric(f"Depot plan\n\n{tally} {margin}")) is clash


def test_two_tallies_are_two_votes_and_no_margin_is_checked():
    text = ("Budget\n\nThe vote on the budget was 27 to 12. A second vote, on parking fees, was 20 to 19.\n\n"
            "Member Ada Finch said the one-vote margin on fees showed the split.")
    assert numeric(text) == []


@pytest.mark.parametrize("second, clash", [("49%", True), ("44%", False)])
def test_shares_of_one_vote_cannot_exceed_the_whole(second, clash):
    text = (f"Election\n\nMayor Lina Ostrow won a second term on Sunday with 54% of the vote. Her rival, "
            f"Jon Petersen, took {second}, according to official results.")
    assert bool(numeric(text)) is clash


def test_a_share_of_something_else_is_not_a_vote_share():
    text = ("Election\n\nMayor Lina Ostrow won a second term on Sunday with 54% of the vote. Turnout fell, and "
            "her party took 61% of the council seats.")
    assert numeric(text) == []


@pytest.mark.parametrize("age, clash", [("23", True), ("26", False)])
def test_the_person_aged_and_the_n_year_old(age, clash):
    text = ("Transfer\n\nMidfielder Arno Vint has signed for Hallam Town, the club said on Monday.\n\n"
            f"The {age}-year-old joined from Kessel Rovers for an undisclosed fee.\n\n"
            "Vint, 26, said he was delighted.")
    assert bool(numeric(text)) is clash


def test_two_people_aged_leave_the_n_year_old_unresolved():
    text = ("Transfer\n\nMidfielder Arno Vint, 26, and defender Ole Brandt, 23, have signed for Hallam Town.\n\n"
            "The 23-year-old joined from Kessel Rovers.")
    assert numeric(text) == []


def test_an_n_year_old_thing_is_not_the_person():
    text = ("Profile\n\nVint, 26, declined to comment. Vint joined the 60-year-old club in May, and Vint "
            "has played every game since.")
    assert numeric(text) == []


@pytest.mark.parametrize("offset, clash", [("two days earlier, on Wednesday", True),
                                           ("three days earlier, on Wednesday", False),
                                           ("a day later, on Sunday", False)])
def test_days_counted_from_the_weekday_before(offset, clash):
    text = ("Ship seized\n\nCoastguards seized the cargo ship Meridian off Vessa on Saturday, the navy said.\n\n"
            f"The vessel was first approached by a patrol boat {offset}, after a tip-off.")
    found = [f for f in analyse_article(text, date(2025, 10, 10)).findings if f.kind == "temporal_conflict"]
    assert bool(found) is clash


@pytest.mark.parametrize("drew, clash", [("30,000", True), ("41,000", False)])
def test_a_doubled_count_is_twice_the_base(drew, clash):
    text = (f"Festival\n\nThe Harrow Folk Festival, which drew {drew} visitors over three days last weekend, will "
            "return next August. Organisers said attendance had doubled since 2019, when 20,000 people came.")
    assert bool(numeric(text)) is clash


@pytest.mark.parametrize("sentence, clash", [
    # a total, then after a colon the whole list of its parts
    ("The firm employs 1,200 people at three plants: 500 in Radby, 400 in Corton and 200 in Lisk.", True),
    ("The firm employs 1,100 people at three plants: 500 in Radby, 400 in Corton and 200 in Lisk.", False),
    ("The gale damaged 90 buildings: 40 homes, 30 shops and 10 schools, the council said.", True),
    ("The gale damaged 80 buildings: 40 homes, 30 shops and 10 schools, the council said.", False),
    ("The squad won 14 medals: five gold, four silver and three bronze.", True),
    ("The squad won twelve medals: five gold, four silver and three bronze.", False),
    # a list that need not be whole, or numbers that are not exact
    ("The gale damaged 90 buildings, including 40 homes, 30 shops and 10 schools.", False),
    ("The gale damaged 90 buildings: about 40 homes, 30 shops and 10 schools.", False),
    ("Turnout was 62 per cent: 30 per cent in the north and 25 per cent in the south.", False),
])
def test_parts_listed_after_a_total_add_up_to_it(sentence, clash):
    assert bool(numeric(f"Storm\n\n{sentence}")) is clash


@pytest.mark.parametrize("sentence, clash", [
    # an amount, then what share of a stated whole it is
    ("The appeal raised £50,000, half of its £120,000 target, by the deadline.", True),
    ("The appeal raised £60,000, half of its £120,000 target, by the deadline.", False),
    ("The council will cut 300 jobs, a quarter of its 1,500 staff.", True),
    ("The council will cut 300 jobs, a quarter of its 1,200 staff.", False),
    ("The paper sold 4.5m copies, or 40% of the 15m printed.", True),
    ("The paper sold 4.5m copies, or 30% of the 15m printed.", False),
    ("About 380 people, a third of the town's 1,200 residents, left.", False),  # approximate
    ("The appeal raised £50,000, half of its 120,000 members said.", False),  # money against a count
])
def test_a_share_of_a_whole_fits_the_amount(sentence, clash):
    assert bool(numeric(f"Appeal\n\n{sentence}")) is clash


@pytest.mark.parametrize("sentence, clash", [
    # "on <day>, N days after <event> on <day>": the first day is counted from the second
    ("Finance chief Ola Brun resigned on Monday, a day after the vote on Tuesday.", True),
    ("Finance chief Ola Brun resigned on Wednesday, a day after the vote on Tuesday.", False),
    ("Finance chief Ola Brun resigned on Friday, two days before the party conference on Monday.", True),
    ("Finance chief Ola Brun resigned on Friday, two days before the party conference on Sunday.", False),
    # a weekday that is not the one counted from
    ("Ola Brun, who met donors on Friday, resigned a day after the vote on Tuesday.", False),
])
def test_a_weekday_counted_from_another_event(sentence, clash):
    assert bool([f for f in analyse_article(f"Resignation\n\n{sentence}").findings
                 if f.kind == "temporal_conflict"]) is clash


@pytest.mark.parametrize("text, clash", [
    # a clock time counted from the one before it
    ("The rocket lifted off at 03:14. Forty minutes after liftoff, at 04:10, the capsule separated.", True),
    ("The rocket lifted off at 03:14. Forty minutes after liftoff, at 03:54, the capsule separated.", False),
    ("The train left Dunmore at 08:15 and reached Kelby two hours later, at 11:40.", True),
    ("The train left Dunmore at 08:15 and reached Kelby two hours later, at 10:15.", False),
    ("The alarm sounded at 9.40pm. Crews arrived 20 minutes later, at about 10pm.", False),
    ("The alarm sounded at 11.50pm. Crews arrived 20 minutes later, at 12.10am.", False),  # past midnight
])
def test_a_clock_time_counted_from_the_one_before(text, clash):
    assert bool([f for f in analyse_article(f"Timeline\n\n{text}").findings if f.kind == "temporal_conflict"]) is clash
