"""Contradictions written the way other newsrooms write them: one shape per test, each with a
consistent twin that differs only in the detail that makes the pair conflict.

Sentences invented for these tests (people, places and companies are made up).
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis.pipeline import analyse_article

CONFLICT_KINDS = ("temporal_conflict", "numeric_conflict")


def conflicts(text: str, published: date | None) -> list[str]:
    return [f.explanation.splitlines()[0] for f in analyse_article(text, published).findings if f.kind in CONFLICT_KINDS]


@pytest.mark.parametrize("restated, clash", [("16", True), ("14", False)])
def test_the_dead_counted_as_a_noun_are_people(restated, clash):
    # "the 16 dead": an adjective standing for people counts the victims of "14 people were killed".
    text = (
        "Fourteen people were killed when a coach left the road near Harrow Gap on Saturday. "
        f"Families of the {restated} dead gathered outside the county hospital on Sunday."
    )
    found = conflicts(text, date(2026, 9, 14))
    assert bool(found) is clash
    if clash:
        assert "'Fourteen' vs '16'" in found[0]


@pytest.mark.parametrize("when, clash", [("last month", True), ("this week", False)])
def test_a_departure_is_the_resignation_it_names(when, clash):
    text = (
        "The chair of the county rail board, Ines Morrow, stepped down on Monday after a row over delays. "
        f"Her departure {when} left the board leaderless, members said."
    )
    assert bool(conflicts(text, date(2026, 3, 12))) is clash


@pytest.mark.parametrize("second, clash", [("June 9", True), ("June 6", False)])
def test_a_truce_that_took_effect_dates_its_start(second, clash):
    # "took effect" dates the start of a lasting state, as "began" does.
    text = (
        "A truce between the rival clans took effect on June 6, the envoys said. "
        "Food trucks reached the valley for the first time in a month. "
        f"Since the ceasefire began on {second}, no gunfire has been heard, according to the envoys."
    )
    assert bool(conflicts(text, date(2026, 6, 20))) is clash


def test_a_truce_in_force_on_two_days_is_no_conflict():
    # Two dates of a lasting state that neither starts: both days fall inside it.
    text = ("The truce between the rival clans held on June 6, the envoys said. "
            "The ceasefire was still holding on June 9, according to the envoys.")
    assert conflicts(text, date(2026, 6, 20)) == []


@pytest.mark.parametrize("second, clash", [("Monday", True), ("Tuesday", False)])
def test_the_return_to_work_is_one_event_as_verb_and_noun(second, clash):
    # Published on a Wednesday: "yesterday" is Tuesday.
    text = (
        "Striking bus drivers returned to work yesterday after a pay offer. "
        f"The operator said the return to work on {second} had ended a month of disruption."
    )
    assert bool(conflicts(text, date(2026, 4, 15))) is clash


@pytest.mark.parametrize("restated, clash", [("$2.4 billion", True), ("$2.1 billion", False)])
def test_the_amount_that_names_the_deal_is_its_price(restated, clash):
    # "the $2.4 billion acquisition" refers back to the deal, even when the deal is still pending.
    text = (
        "Tarrow Energy agreed to buy the grid operator Pelm for $2.1 billion, the companies said on Tuesday. "
        f"Analysts said the {restated} acquisition would make Tarrow the largest supplier in the north."
    )
    found = conflicts(text, date(2026, 7, 1))
    assert bool(found) is clash


def test_a_priced_deal_of_other_companies_is_another_deal():
    text = (
        "Tarrow Energy agreed to buy the grid operator Pelm for $2.1 billion, the companies said on Tuesday. "
        "The $2.4 billion acquisition of Oska by Brenn last year had set the price for the sector."
    )
    assert conflicts(text, date(2026, 7, 1)) == []


@pytest.mark.parametrize("second, clash", [("31", True), ("23", False)])
def test_arrests_told_with_two_verbs_of_one_class(second, clash):
    text = (
        "Police detained 23 people during Saturday's march in Kell Square. "
        "A police spokesman later said nine of those arrested had been released. "
        f"Officers arrested {second} protesters at the march, the spokesman added."
    )
    assert bool(conflicts(text, date(2026, 3, 30))) is clash


@pytest.mark.parametrize("founded, clash", [("1990", True), ("2001", False)])
def test_an_anniversary_counts_the_years_since_the_founding(founded, clash):
    text = (f"The Ardle family bakery opened its doors in {founded}. "
            "This week the shop celebrates its 25th anniversary with free bread for regulars.")
    found = conflicts(text, date(2026, 6, 10))
    assert bool(found) is clash
    if clash:
        assert "the anniversary does not fit the year" in found[0]


@pytest.mark.parametrize("when, clash", [("next year", False), ("in 2019", True), ("in 2026", False)])
def test_an_anniversary_in_another_year_is_counted_to_that_year(when, clash):
    text = f"The Ardle ferry line was founded in 2001. The company will mark its 25th anniversary {when}."
    assert bool(conflicts(text, date(2025, 6, 10))) is clash


def test_an_anniversary_of_something_else_is_not_compared():
    # "since 1990" dates a state, and the anniversary is not the founding's.
    text = ("The bakery has been run by the Ardle family since 1990. "
            "The town marked its 25th anniversary of twinning with Lisle this week.")
    assert conflicts(text, date(2026, 6, 10)) == []


@pytest.mark.parametrize("restated, clash", [("150", True), ("240", False)])
def test_a_count_is_of_its_plural_noun_not_a_verb_after_it(restated, clash):
    # "The 150 cancelled flights left ...": the flights are counted; "left" is the verb.
    text = (
        "More than 200 flights were cancelled at Orrin airport on Saturday as snow closed both runways. "
        f"The {restated} cancelled flights left thousands of passengers stranded overnight."
    )
    assert bool(conflicts(text, date(2026, 12, 20))) is clash


@pytest.mark.parametrize("period, clash", [("in a year", True), ("a year", False)])
def test_in_a_year_is_a_period_and_a_year_a_rate(period, clash):
    # "the second mass detention in a year" does not make 40 a rate; "a year" after it does.
    text = (
        f"Police detained 40 fans after the cup tie on Saturday, the second mass detention at the ground {period}. "
        "A police spokesman said 55 fans were detained after the cup tie."
    )
    assert bool(conflicts(text, date(2026, 1, 29))) is clash


def test_a_weekday_owning_an_event_dates_it_after_a_preposition():
    from workbench.analysis.events import claim_events

    text = "After Sunday's win, the manager praised his defence."
    analysis = analyse_article(text, date(2026, 2, 16))
    mentions = claim_events(text, analysis.claims[0]).mentions
    win = next(m for m in mentions if m.trigger == "win")
    assert win.time is not None and win.time.text == "Sunday"


@pytest.mark.parametrize("told, restated, clash", [
    ("who is 81", "78", True), ("who is 81", "81", False),
    ("aged 81", "78", True), ("aged 81", "81", False),
])
def test_an_age_told_in_a_relative_clause_is_the_persons_age(told, restated, clash):
    text = (f"Ada Brennock, {told}, was carried from her flooded cottage by firefighters. "
            f"The {restated}-year-old grandmother said the water rose in minutes.")
    assert bool(conflicts(text, date(2026, 7, 7))) is clash


@pytest.mark.parametrize("restated, clash", [("78", True), ("81", False)])
def test_an_age_in_brackets_after_a_name(restated, clash):
    text = (f"Firefighters carried Ada Brennock (81) from her flooded cottage. "
            f"The {restated}-year-old said the water rose in minutes.")
    assert bool(conflicts(text, date(2026, 7, 7))) is clash


def test_who_is_with_a_span_of_years_is_no_age():
    text = ("Ada Brennock, who is 81 years older than the cottage's new owner, left in March. "
            "The 30-year-old owner said the water rose in minutes.")
    assert conflicts(text, date(2026, 7, 7)) == []


@pytest.mark.parametrize("when, clash", [("on Thursday evening", True), ("on Friday evening", False)])
def test_it_happened_skips_an_event_that_did_not_happen(when, clash):
    # Published on a Friday. "It" is the fire, not the injuries nobody suffered.
    text = ("A fire broke out in the kitchen of the Brook Inn at Dunmere late on Friday. No one was hurt. "
            f"It happened {when}, shortly after the last guests had left, the landlord said.")
    assert bool(conflicts(text, date(2026, 8, 21))) is clash


def test_an_event_noun_with_its_own_modifier_is_not_the_lead_event():
    # "a fundraising event Monday" is another event than the win the story leads with.
    text = ("Mara Tull defeated Oren Vask in the Lindell mayoral primary on Tuesday, her third win this spring. "
            "Vask held a rally on Saturday while Tull hosted a fundraising event on Monday.")
    assert conflicts(text, date(2026, 4, 29)) == []


@pytest.mark.parametrize("when, clash", [("on March 2", True), ("last week", False), ("on March 5", False)])
def test_named_to_a_post_is_an_appointment(when, clash):
    # Published on Tuesday 10 March 2026: "last week" runs from 2 to 8 March. Appointments recur,
    # so the second mention refers back through a possessive ("Varn's appointment").
    text = ("The trust named Lise Varn to the post of director on Thursday, March 5. "
            f"Varn's appointment {when} ended a long search, trustees said.")
    assert bool(conflicts(text, date(2026, 3, 10))) is clash


def test_an_appointment_told_in_a_relative_clause_is_the_predecessors():
    text = ("The council appointed Rhea Tomlin as chief planner on Monday. "
            "Tomlin replaces Ivo Grest, who was appointed to the post in 2019.")
    assert conflicts(text, date(2026, 5, 12)) == []


def test_the_appointee_appointing_someone_else_is_another_appointment():
    text = ("The trust appointed Lise Varn as its director on March 5. "
            "Varn appointed Oskar Brede as her deputy on March 9.")
    assert conflicts(text, date(2026, 3, 10)) == []


@pytest.mark.parametrize("term, clash", [("six-year", True), ("eight-year", False), ("8-year", False)])
def test_a_term_written_as_a_compound_is_the_sentence_length(term, clash):
    text = ("A former parish treasurer was sentenced to eight years in prison on Thursday for theft. "
            f"Judge Ida Farr said the {term} sentence reflected the scale of the betrayal.")
    found = conflicts(text, date(2026, 5, 8))
    assert bool(found) is clash
    if clash:
        assert "two lengths for one sentencing" in found[0]


def test_a_compound_age_of_a_thing_stays_no_quantity():
    # "a 90-year-old bridge" and "the 180-bed hospital" are descriptions, not terms.
    text = ("The 90-year-old bridge was closed on Monday. Engineers said the 60-year-old bridge "
            "upstream would carry the traffic, and the 180-bed hospital stayed open.")
    assert conflicts(text, date(2026, 5, 8)) == []


@pytest.mark.parametrize("part, clash", [("Two", False), ("Seven", True)])
def test_a_part_told_before_the_total_fits_inside_it(part, clash):
    # "In all, five" is the whole; two of them in one blast is a part of it, seven cannot be.
    text = (f"{part} people were injured in the first blast at the Corran depot. "
            "In all, five people were hurt in the explosions, the fire service said.")
    assert bool(conflicts(text, date(2026, 5, 26))) is clash


FILLER = (
    "Soldiers dug through the rubble with shovels. The road to the valley was cut in two places. "
    "Aid agencies set up tents at the school. Families waited at the edge of the cordon. "
    "The regional governor promised help for every family affected. Engineers had warned in 2021 that the slope was unstable. "
    "Volunteers arrived from neighbouring towns with food and blankets. Phone lines were restored late in the day. "
)


@pytest.mark.parametrize("restated, clash", [("on Sunday night", True), ("early on Monday", False)])
def test_a_closing_description_refers_back_to_the_lead_event_far_above(restated, clash):
    # "struck" says the earthquake occurred; "The earthquake, which hit ..." ten claims later is the same quake.
    text = ("Rescuers in the hill town of Vessa searched for survivors on Wednesday. "
            "The earthquake struck early on Monday, flattening dozens of houses, the civil protection agency said. "
            + FILLER + f"The earthquake, which hit {restated}, was the strongest in the region in a decade.")
    assert bool(conflicts(text, date(2026, 6, 4))) is clash


def test_struck_after_an_event_noun_is_no_industrial_strike():
    from workbench.analysis.events import claim_events

    text = "The landslide struck before dawn on Monday."
    analysis = analyse_article(text, date(2026, 6, 4))
    mentions = claim_events(text, analysis.claims[0]).mentions
    assert [m.trigger for m in mentions] == ["landslide"]
    assert mentions[0].time is not None and mentions[0].time.text == "Monday"


@pytest.mark.parametrize("sentence, clash", [
    ("The book fair ran for five days, from October 14 to October 22, and drew 80,000 visitors.", True),
    ("The book fair ran for five days, from October 18 to October 22, and drew 80,000 visitors.", False),
    ("The book fair ran for four days, from October 18 to October 22, and drew 80,000 visitors.", False),
    ("The three-week exhibition runs from 2 May to 30 May at the town hall.", True),
    ("The four-week exhibition runs from 2 May to 30 May at the town hall.", False),
    ("The 12-day tour, from December 28 to January 8, takes in six cities.", False),
])
def test_a_length_must_fit_the_dates_it_runs_between(sentence, clash):
    found = conflicts(sentence, date(2026, 11, 3))
    assert bool(found) is clash
    if clash:
        assert "the length does not fit the dates" in found[0]


def test_a_time_after_likely_to_dates_the_forecast_not_the_noun():
    # "the race is likely to wrap up in June": June is when it may end, not a date of the race.
    text = ("Ida Marsh was projected as the winner of the Corran primary on Tuesday, with broadcasters calling "
            "the race within an hour. Whatever the outcome in Lisk, the forecast remains the same: "
            "the race is likely to wrap up in June, when Orvan votes.")
    assert conflicts(text, date(2026, 4, 6)) == []


@pytest.mark.parametrize("owner, clash", [("the town's", False), ("the theatre's", True), ("Kestrel's", True)])
def test_an_anniversary_is_compared_only_for_the_subject_founded(owner, clash):
    text = ("The Kestrel Theatre, founded in 1952, reopened on Saturday after a refurbishment. "
            f"The reopening coincided with {owner} 50th anniversary celebrations.")
    assert bool(conflicts(text, date(2026, 5, 12))) is clash


@pytest.mark.parametrize("second, clash", [("and a woman", False), ("after a chase", True)])
def test_the_aged_noun_introduced_as_someone_else_is_another_person(second, clash):
    text = (f"Officers arrested Tom Ridley, 34, {second} on Sunday. "
            "The 29-year-old woman was later released without charge." if second == "and a woman" else
            f"Officers arrested Tom Ridley, 34, {second} on Sunday. The 29-year-old was later released without charge.")
    assert bool(conflicts(text, date(2026, 5, 12))) is clash


@pytest.mark.parametrize("restated, clash", [("19", True), ("17", False)])
def test_counts_written_as_words_from_sixteen_to_nineteen_are_read(restated, clash):
    text = ("Seventeen fans were detained after the derby in Kell on Saturday. "
            f"A police spokesman said {restated} fans were detained after the derby.")
    assert bool(conflicts(text, date(2026, 3, 30))) is clash


@pytest.mark.parametrize("day, clash", [("on Sunday", True), ("on Tuesday", False)])
def test_died_last_night_is_the_day_before_publication(day, clash):
    # Published on Wednesday 14 October 2026: last night was Tuesday.
    text = (f"Veteran actor Milo Brant died {day} at his home in Kells. "
            "Brant, who died last night after a short illness, was 84.")
    assert bool(conflicts(text, date(2026, 10, 14))) is clash


@pytest.mark.parametrize("when, clash", [("September 28", True), ("October 2", False)])
def test_the_fine_is_the_penalty_the_verb_imposed(when, clash):
    text = (f"The regulator fined the Corrin bank on {when} for failures in its fraud checks. "
            "The fine, imposed earlier this month, was the largest in its history.")
    assert bool(conflicts(text, date(2026, 10, 14))) is clash


@pytest.mark.parametrize("pct, clash", [("12%", True), ("40%", False)])
def test_a_percentage_change_with_a_period_between_its_levels(pct, clash):
    text = f"Sales at the Brandt chain rose {pct} to £56m in the year to June, from £40m a year earlier."
    assert bool(conflicts(text, date(2026, 10, 14))) is clash


@pytest.mark.parametrize("now, clash", [("9,000", True), ("6,000", False)])
def test_a_multiple_checked_against_a_count_told_after_it(now, clash):
    text = ("The number of cyclists crossing the Arn bridge has doubled since 2020, when 3,000 a day were counted. "
            f"Now about {now} cyclists cross each day.")
    found = conflicts(text, date(2026, 10, 14))
    assert bool(found) is clash
    if clash:
        assert "3,000 cyclists" in found[0]  # the headline names what is counted


@pytest.mark.parametrize("margin, clash", [("eight-vote", True), ("four-vote", False)])
def test_a_margin_written_in_words(margin, clash):
    text = (f"The motion was carried by 41 votes to 37. Its supporters said the {margin} margin "
            "showed the council had changed its mind.")
    assert bool(conflicts(text, date(2026, 10, 14))) is clash


@pytest.mark.parametrize("restated, clash", [("510 million crown", True), ("480 million crown", False)])
def test_an_amount_named_again_with_the_must_be_the_same(restated, clash):
    text = ("The city council approved a budget of 480 million crowns for next year on Tuesday. "
            "The plan cuts the roads budget by 14 million crowns. "
            f"Opposition members said the {restated} budget relied on optimistic tax forecasts.")
    found = conflicts(text, date(2025, 6, 12))
    assert bool(found) is clash
    if clash:
        assert "two amounts for the one budget" in found[0]


def test_an_amount_of_another_thing_or_a_rounded_one_is_no_second_amount():
    text = ("The regulator imposed a fine of £2.4 million on the bank on Monday. "
            "The £2 million loan it had taken last year was repaid, and the £2.43 million fine will be paid in May.")
    assert conflicts(text, date(2025, 6, 12)) == []


@pytest.mark.parametrize("day, clash", [("on Friday", True), ("", False)])
def test_found_a_named_person_guilty_is_the_verdict(day, clash):
    text = ("A jury on Monday found former harbour chief Ekko Varis guilty of taking bribes. "
            "Judge Helga Morn will pass sentence on December 3. "
            f"Varis, who denied the charges, was convicted {day} of all eight counts.".replace("  ", " "))
    assert bool(conflicts(text, date(2025, 11, 18))) is clash


@pytest.mark.parametrize("day, clash", [("Wednesday", True), ("Thursday", False)])
def test_ran_aground_and_the_grounding_are_one_event(day, clash):
    text = ("A passenger ferry ran aground off the island of Ostra early on Thursday, the coast guard said. "
            f"The grounding on {day} morning was the second incident for the operator this year.")
    assert bool(conflicts(text, date(2025, 3, 7))) is clash


def test_a_survey_named_by_its_month_is_another_survey():
    text = ("In the central bank's December survey, the balance of manufacturers reporting better conditions "
            "was 22, down from 26 in September. It is forecast to drop one point in the March survey.")
    assert conflicts(text, None) == []


@pytest.mark.parametrize("published, clash", [(None, False), (date(2005, 3, 1), False), (date(2010, 3, 1), True)])
def test_years_ago_against_a_year_is_decided_only_by_a_publication_date(published, clash):
    # Published in 2005, "five years ago" is 2000; in 2010 it is 2005; without a date nothing says otherwise.
    text = ("Kessel have not played Dunmore since that quarter-final tie five years ago. "
            '"Since that game in 2000, we have gained experience," the coach said.')
    assert bool(conflicts(text, published)) is clash


@pytest.mark.parametrize("named, clash", [("His three-year contract", True), ("His five-year contract", False),
                                          ("A three-year contract for his brother", False)])
def test_a_term_introduced_and_named_again_keeps_its_length(named, clash):
    text = ("Kessel United have signed midfielder Ruben Alto from Dunmore Rovers, the club said on Monday. "
            f"Alto, 24, has agreed a five-year contract. {named} includes a release clause.")
    assert bool(conflicts(text, date(2025, 8, 19))) is clash


@pytest.mark.parametrize("named, clash", [("The 48% turnout", True), ("The turnout", False), ("The 61% turnout", False)])
def test_a_share_introduced_and_named_again_keeps_its_value(named, clash):
    text = ("Voters in the Varna region elected Petra Lenz as governor on Sunday, with turnout of 61%. "
            f"Lenz won 52% of the vote against 44% for her rival. {named} was the lowest since 1999.")
    assert bool(conflicts(text, date(2025, 1, 10))) is clash


@pytest.mark.parametrize("second, clash", [
    ("The board said the closure on May 31 would save 3 million pounds a year.", True),
    ("The board said the closure on April 30 would save 3 million pounds a year.", False),
    ("The board said the closure, now postponed to May 31, would save 3 million pounds a year.", False),
])
def test_a_plan_named_again_keeps_its_date_unless_it_moved(second, clash):
    text = ("The Lisk maternity unit will close on April 30, the health board said on Thursday. "
            f"Campaigners have 40 days to challenge the decision. {second}")
    assert bool(conflicts(text, date(2025, 3, 21))) is clash


@pytest.mark.parametrize("second, clash", [("20,000", True), ("some 2,200", False)])
def test_two_sources_may_disagree_by_far_on_one_crowd(second, clash):
    # Police and organisers counting one march: a tenfold gap is a disagreement, not two counts.
    text = ("Police said about 2,000 people joined the march through Lenby on Saturday. "
            f"Organisers said {second} people took part in the march.")
    assert bool(conflicts(text, date(2026, 2, 10))) is clash


def test_one_source_giving_two_far_apart_counts_names_two_things():
    text = ("Police said about 2,000 people joined the march through Lenby on Saturday. "
            "Police said 20,000 people had watched the march on television.")
    assert conflicts(text, date(2026, 2, 10)) == []


@pytest.mark.parametrize("second, clash", [("1,500", True), ("1,200", False)])
def test_layoffs_count_the_people_laid_off(second, clash):
    text = ("The software maker Quillon laid off 1,200 employees this week. "
            f"Staff learned of the {second} layoffs in a short email.")
    assert bool(conflicts(text, date(2026, 1, 29))) is clash


def test_gaps_in_points_against_one_rating_are_not_counts_of_one_event():
    text = ("His support is six points below the president's disapproval rating, on average. "
            "He trails the president's disapproval mark by eight points in Lenby and by seven in Orrin.")
    assert conflicts(text, date(2016, 9, 7)) == []


@pytest.mark.parametrize("later, clash", [("Her resignation two weeks ago", True), ("Her resignation", False)])
def test_a_role_after_as_does_not_cut_the_verb_from_its_time(later, clash):
    # "resigned as head of the arts council on Friday": "as head" names the post, it opens no clause.
    text = f"Kira Doss resigned as head of the arts council on Friday. {later} came after a row over funding."
    assert bool(conflicts(text, None)) is clash


@pytest.mark.parametrize("day, clash", [("Sunday", True), ("Saturday", False)])
def test_a_weekday_against_a_full_date_is_checked_for_each_possible_publication_day(day, clash):
    # No publication date: "opened on Saturday, March 14, 2026" allows publication within the week
    # after, and on none of those days is "on Sunday" that Saturday.
    text = f"The new bridge over the Tarn opened on Saturday, March 14, 2026. Its opening on {day} drew thousands."
    found = conflicts(text, None)
    assert bool(found) is clash


def test_a_time_before_about_the_x_dates_the_telling_not_the_topic():
    # "issued a notice in mid-January about the layoffs": mid-January dates the notice.
    text = ("Bakewell is expected to cut 277 workers this week, the first wave of 600 layoffs. "
            "Bakewell issued a notice to affected employees in mid-January about the layoffs, a spokeswoman said.")
    assert conflicts(text, date(2016, 3, 24)) == []


def test_a_second_term_of_the_same_kind_is_another_contract():
    text = ("Alto signed a five-year contract in 2021. On Monday he agreed a new three-year contract with the club. "
            "The three-year contract runs to 2028.")
    assert conflicts(text, date(2025, 5, 20)) == []


@pytest.mark.parametrize("second, clash", [("Orr", True), ("Helena Orr", True), ("Mark Orr", False)])
def test_one_surname_with_two_first_names_is_two_people(second, clash):
    text = f"Helena Orr resigned from the board on Monday. {second} resigned from the board last month."
    assert bool(conflicts(text, date(2016, 3, 10))) is clash


@pytest.mark.parametrize("sentence", [
    "A Times poll conducted last week found voters gloomy. A Times poll in December found them cheerful.",
    "In the 2012 election, most front pages were written by men. This year, given the nature of the election, it may change.",
    "The climate agreement was negotiated in December in Paris. The agreement, officially signed by 175 countries last month, is a milestone.",
    "Drivers were surprised to see a sign on Friday night at an exit in Corona. Caltrans said the sign had been reprogrammed as of Sunday.",
])
def test_real_reporting_look_alikes_stay_quiet(sentence):
    # Shapes met in real political reporting: another poll, an election named by its year, a signing
    # that is not the negotiation, a road sign.
    assert conflicts(sentence, date(2016, 5, 20)) == []


def test_a_threshold_is_no_count_of_what_happened():
    text = ("Kell is now assured of winning at least 334 of the 865 delegates at stake on Tuesday. "
            "It takes 1,237 delegates to win the nomination.")
    assert conflicts(text, date(2016, 3, 2)) == []


def test_names_inside_a_noun_phrase_do_not_hide_its_article():
    # "A Times/CBS News poll in December": the indefinite article still opens another poll.
    text = ("A Times/CBS News poll conducted last week found voters gloomy about the economy. "
            "A Times/CBS News poll in December found them more cheerful.")
    assert conflicts(text, date(2016, 3, 24)) == []


@pytest.mark.parametrize("victims, clash", [("18", True), ("23", False), ("20", False)])
def test_the_victims_are_never_fewer_than_the_dead(victims, clash):
    # "at least 20 killed": 18 victims cannot be; 23 may include the injured.
    text = ("A gas explosion at a market in Tervo killed at least 20 people on Saturday, officials said. "
            f"Funerals for the {victims} victims were held on Sunday.")
    assert bool(conflicts(text, date(2026, 4, 20))) is clash


@pytest.mark.parametrize("count, clash", [("250", True), ("320", False)])
def test_from_the_n_is_an_origin_not_an_earlier_level(count, clash):
    text = ("The cyclone destroyed more than 300 homes along the Marra coast, the relief agency said. "
            f"Families from the {count} destroyed homes are sheltering in schools.")
    assert bool(conflicts(text, date(2026, 4, 20))) is clash


@pytest.mark.parametrize("restated, clash", [("£2.5 million", True), ("£2 million", False)])
def test_the_amount_raised_named_again(restated, clash):
    text = ("The appeal raised £2 million for flood victims in its first week, organisers said. "
            f"The {restated} raised will pay for temporary housing.")
    assert bool(conflicts(text, date(2026, 4, 20))) is clash


@pytest.mark.parametrize("ended, clash", [("Friday", True), ("Wednesday", False), ("Tuesday", True)])
def test_a_length_in_days_must_fit_the_weekdays_it_ran_between(ended, clash):
    text = f"The three-day strike by Orin bus drivers began on Monday and ended on {ended}."
    assert bool(conflicts(text, date(2026, 4, 20))) is clash


@pytest.mark.parametrize("years, clash", [("50", True), ("36", False), ("35", False)])
def test_years_ago_must_reach_the_year_written_beside_them(years, clash):
    text = f"The Hale observatory, founded {years} years ago in 1990, will close next month."
    assert bool(conflicts(text, date(2026, 4, 20))) is clash
    assert conflicts(text, None) == []  # without a publication year nothing counts back


@pytest.mark.parametrize("restated, clash", [("€54 million", True), ("€48 million", False)])
def test_the_transaction_and_the_deal_are_one_acquisition(restated, clash):
    text = ("Halvorsen Foods today announced the acquisition of Brightwell Dairy, a family-owned producer. "
            "The transaction, valued at €48 million, is expected to close in the third quarter. "
            f"Under the terms of the {restated} deal, Brightwell's 210 employees will join Halvorsen.")
    assert bool(conflicts(text, None)) is clash


def test_a_rate_named_again_may_be_another_periods_or_a_forecast():
    text = ("The economy expanded at an annual rate of 3.7% in the July to September period. "
            "The figure fell short of the 4.2% rate pencilled in by forecasters.")
    assert conflicts(text, None) == []


@pytest.mark.parametrize("count, clash", [("14", True), ("17", False)])
def test_all_the_detainees_are_the_people_arrested(count, clash):
    text = ("Police arrested 17 people after clashes in Lorne on Saturday night. "
            f"All {count} detainees were released on bail on Sunday.")
    assert bool(conflicts(text, date(2026, 2, 18))) is clash


def test_the_anniversary_of_an_event_is_not_its_date():
    text = "The Orrin bridge opened in 1976. This week the town marks the 50th anniversary of its opening."
    assert conflicts(text, date(2026, 2, 18)) == []


@pytest.mark.parametrize("day, clash", [("Tuesday", True), ("Sunday", False)])
def test_at_the_weekend_is_the_last_weekend_in_a_past_clause(day, clash):
    # Published on Wednesday 17 June 2026: the weekend before was 13-14 June. "capsize" is a verb
    # lemminflect does not know; its regular inflections still name the sinking.
    text = ("The Rask family's boat capsized off Ora at the weekend, coastguards said. "
            f"The capsizing on {day} left two children in hospital.")
    assert bool(conflicts(text, date(2026, 6, 17))) is clash


@pytest.mark.parametrize("day, clash", [("Monday", True), ("Tuesday", False)])
def test_which_struck_dates_the_quake_it_follows(day, clash):
    text = ("Tuesday's earthquake in the Varo valley destroyed 60 homes. "
            f"The quake, which struck on {day} evening, was felt 200 km away.")
    assert bool(conflicts(text, date(2026, 6, 17))) is clash


@pytest.mark.parametrize("rest, clash", [("three", True), ("five", False)])
def test_the_remaining_ones_make_up_the_group(rest, clash):
    text = ("Divers rescued nine of the 14 trapped miners on Monday. "
            f"The remaining {rest} were brought out on Tuesday, ending the rescue.")
    assert bool(conflicts(text, date(2026, 6, 17))) is clash


def test_the_other_ones_may_be_another_part():
    text = "Five of the 20 players were injured in the crash. The other three were suspended for a week."
    assert conflicts(text, date(2026, 6, 17)) == []


@pytest.mark.parametrize("age, clash", [("47", True), ("54", False), ("53", False)])
def test_an_age_ending_the_sentence_against_a_birth_year(age, clash):
    text = (f"Ruth Amsel, who was appointed interior minister on Monday, is {age}. "
            "Born in 1972, Amsel has led the party's youth wing.")
    assert bool(conflicts(text, date(2026, 9, 9))) is clash


@pytest.mark.parametrize("told", ["Ruth Amsel, 47, was appointed", "Ruth Amsel, who is 47, was appointed",
                                  "Ruth Amsel, who is 47 years old, was appointed"])
def test_an_age_told_beside_the_name_against_a_birth_year(told):
    text = f"{told} interior minister on Monday. Born in 1972, Amsel has led the party's youth wing."
    assert conflicts(text, date(2026, 9, 9))


@pytest.mark.parametrize("clock, clash", [("07:45", True), ("06:12", False), ("06:30", False)])
def test_a_description_timed_only_by_a_clock_keeps_the_events_time(clock, clash):
    text = ("The Helia-3 satellite lifted off at 06:12 local time on Wednesday, the space agency said. "
            f"The launch, at {clock}, came after two delays caused by high winds.")
    found = conflicts(text, date(2026, 9, 9))
    assert bool(found) is clash
    if clash:
        assert found[0].startswith("'06:12' vs '07:45': both time the launch")


@pytest.mark.parametrize("when, clash", [("a fortnight ago", True), ("on Monday", False)])
def test_a_fortnight_ago_dates_a_reopening(when, clash):
    # "a fortnight" is two weeks; "reopened" names one event of the thing that reopened.
    text = (f"The Kessel Road swimming baths reopened {when} after a year-long refit, the council said on Friday. "
            "Swimmers queued from dawn. The baths reopened on Monday, leisure manager Oona Pike said.")
    assert bool(conflicts(text, date(2027, 2, 19))) is clash


def test_a_word_that_is_also_a_verb_is_a_participant_after_the():
    # "the bridge" (also "to bridge") names the thing that reopened in both sentences; another
    # crossing reopening on Monday is another event.
    text = ("The Vell bridge reopened to traffic a fortnight ago after repairs, the county said on Friday. "
            "The Ambry footbridge reopened on Monday, engineers said.")
    assert conflicts(text, date(2027, 2, 19)) == []


@pytest.mark.parametrize("named, clash", [("2-0", True), ("4-1", False), ("1-4", False)])
def test_a_match_result_named_again_keeps_its_score(named, clash):
    text = ("Harbour City beat Lanark Athletic 4-1 at the Quay Ground on Sunday. "
            "Two goals came in the last ten minutes. "
            f"The {named} victory lifts Harbour City to second place.")
    found = conflicts(text, date(2027, 3, 2))
    assert bool(found) is clash
    if clash:
        assert found[0].startswith("'beat Lanark Athletic 4-1' vs 'The 2-0 victory'")


@pytest.mark.parametrize("text", [
    # a round-up: two results, the named one may be either
    "Harbour City beat Lanark 4-1 on Sunday, and Mossley drew 2-2 with Fenwick. The 2-2 draw keeps Mossley fifth.",
    # another match, another opponent or day
    "Harbour City beat Lanark 4-1 on Sunday. The 2-0 win over Fenwick in March was their last away success.",
    # a third score: the story tells of several matches
    "Harbour City's reserves beat Lanark 4-1 on Sunday. The first team, after the 2-0 defeat against Lanark, "
    "face Fenwick, who won 6-0 last week.",
])
def test_other_matches_in_one_article_keep_their_own_scores(text):
    assert conflicts(text, date(2027, 3, 2)) == []


@pytest.mark.parametrize("length, clash", [("six-day", True), ("three-day", False), ("two-day", False)])
def test_a_named_length_against_begin_and_end_dates(length, clash):
    # "began on May 4 and ended on May 6" is three days counting both ends (two without the last).
    text = ("The inquiry into the Tamsin Dock collapse began on May 4 and ended on May 6 with 11 witnesses heard. "
            f"Relatives called the {length} inquiry rushed.")
    assert bool(conflicts(text, date(2027, 6, 1))) is clash


def test_a_named_length_of_another_thing_is_not_checked():
    text = ("The inquiry into the Tamsin Dock collapse began on May 4 and ended on May 6. "
            "A six-day strike by dockers followed in June.")
    assert conflicts(text, date(2027, 6, 1)) == []


@pytest.mark.parametrize("part, clash", [("900,000", True), ("1.6 million", False)])
def test_a_share_of_a_whole_told_after_a_long_phrase(part, clash):
    # two-thirds of 2.4 million is 1.6 million, however many words stand between the part and the share
    text = (f"Some {part} ballots in the regional referendum had been counted by midnight, two-thirds of "
            "the 2.4 million cast, the electoral office said.")
    assert bool(conflicts(text, date(2027, 6, 1))) is clash


@pytest.mark.parametrize("when, clash", [("on Sunday night", True), ("on Tuesday", False)])
def test_it_stands_for_the_named_storm(when, clash):
    # "it came ashore" is the landfall of the storm the earlier sentence named
    text = ("Cyclone Maro made landfall near Port Edda on Tuesday with winds of 120 km/h. "
            "Some 8,000 people spent the night in shelters. Power lines were down across the district. "
            f"When it came ashore {when}, the cyclone had already lost strength, forecasters said.")
    assert bool(conflicts(text, date(2027, 1, 22))) is clash


@pytest.mark.parametrize("count, clash", [("12", True), ("15", False)])
def test_the_group_named_by_the_events_own_participle(count, clash):
    # "rescued 15 climbers" ... "all 12 rescued climbers": the whole group the rescue counted
    text = ("Mountain teams rescued 15 climbers from the Carrow ridge on Saturday after a sudden snowstorm. "
            f"All {count} rescued climbers were treated for cold in the valley clinic.")
    assert bool(conflicts(text, date(2027, 1, 22))) is clash


def test_a_part_of_the_group_named_by_another_participle_is_quiet():
    text = ("Mountain teams rescued 15 climbers from the Carrow ridge on Saturday after a sudden snowstorm. "
            "All 12 injured climbers were treated in the valley clinic.")
    assert conflicts(text, date(2027, 1, 22)) == []


@pytest.mark.parametrize("span, clash", [("more than 90 years", True), ("more than 50 years", False),
                                         ("nearly 60 years", False), ("nearly 70 years", True)])
def test_a_span_since_a_year_with_a_hedge(span, clash):
    # "since 1968" runs to publication (2027): 59 years, whatever the years were spent doing
    text = ("The Hollis ferry has crossed the estuary since 1968. "
            f"Its withdrawal next spring ends {span} of sailing, campaigners said.")
    assert bool(conflicts(text, date(2027, 4, 1))) is clash


@pytest.mark.parametrize("percent, clash", [("48%", True), ("64%", False), ("about 63%", False)])
def test_a_percentage_of_a_part_and_its_whole(percent, clash):
    # 5,120 of 8,000 is 64%
    text = (f"Of the 8,000 members balloted by the union, 5,120 voted, a turnout of {percent}, officials said. "
            "Most backed the offer.")
    assert bool(conflicts(text, date(2027, 4, 1))) is clash


@pytest.mark.parametrize("text", [
    "Of the 8,000 members balloted, 5,120 voted. Turnout at the last ballot was 48%.",  # another ballot's figure
    "Some 5,120 of the 8,000 members voted, and 48% of those backed the offer.",  # a share of the part
])
def test_a_percentage_of_something_else_is_quiet(text):
    assert conflicts(text, date(2027, 4, 1)) == []


def test_a_career_may_have_begun_before_the_current_job():
    # "since 2010" dates the job at the network; the 20-year career began before it
    text = ("Delgado, who has worked for the network since 2010, was dismissed on Tuesday. "
            "Delgado was one of the league's top pitchers over a 20-year career.")
    assert conflicts(text, date(2026, 4, 21)) == []


@pytest.mark.parametrize("clause, clash", [("carried out on Thursday", True), ("which was lifted on Thursday", False)])
def test_a_later_stage_in_a_describing_clause_has_its_own_day(clause, clash):
    # "lifted" ends the closure: its day is not the closure's day
    text = ("The coast road at Brenna was closed on Monday after a landslip. "
            f"The closure, {clause}, caused long diversions, the highways agency said.")
    assert bool(conflicts(text, date(2027, 5, 14))) is clash


@pytest.mark.parametrize("told, clash", [("in March", False), ("on May 20", True)])
def test_a_thing_may_be_announced_before_it_is_done_not_after_it_was_done(told, clash):
    text = ("Ostrava Freight completed its takeover of the rail yard operator Pell on May 3, the company said. "
            f"The takeover, announced {told}, doubles its fleet.")
    assert bool(conflicts(text, date(2027, 6, 1))) is clash


@pytest.mark.parametrize("named, clash", [("four-year", True), ("six-year", False)])
def test_a_term_told_by_its_verb_then_named(named, clash):
    # "jailed for six years" is a six-year sentence
    text = ("A former harbour master was jailed for six years on Tuesday for taking bribes from shipping agents. "
            f"The judge said the {named} prison sentence had to deter others.")
    assert bool(conflicts(text, date(2027, 5, 14))) is clash


def test_a_ban_and_a_sentence_are_two_terms():
    text = ("Kell was jailed for six years on Tuesday. He was also given a four-year ban from driving, "
            "and the four-year ban starts on his release.")
    assert conflicts(text, date(2027, 5, 14)) == []


@pytest.mark.parametrize("day, clash", [("Friday", True), ("Wednesday", False)])
def test_days_counted_from_an_event_the_article_dated(day, clash):
    # knocked down on Sunday; three days after it is a Wednesday. "has died" takes no past day.
    text = ("A pensioner who was knocked down by a van in Corley Street on Sunday has died, police said. "
            f"The 81-year-old woman died on {day}, three days after the collision.")
    found = conflicts(text, date(2027, 5, 14))
    assert bool(found) is clash
    if clash:
        assert found[0].startswith("'Sunday' vs 'Friday, three days after the collision'")


@pytest.mark.parametrize("everyone, clash", [("All 61 people on board", True), ("All 53 people on board", False)])
def test_the_people_aboard_add_up(everyone, clash):
    text = ("The coach was carrying 49 pupils and 4 teachers when it overturned near Dunmere on Monday. "
            f"{everyone} were taken to hospital as a precaution.")
    assert bool(conflicts(text, date(2027, 5, 14))) is clash


@pytest.mark.parametrize("part, clash", [("or 900 people", True), ("or 300 people", False), ("about 310 people", False)])
def test_one_in_n_of_a_whole_then_the_part(part, clash):
    # one in four of 1,200 is 300
    text = f"One in four of the 1,200 tenants questioned, {part}, said their rent had risen this year."
    assert bool(conflicts(text, date(2027, 5, 14))) is clash


@pytest.mark.parametrize("last_year, clash", [("5,900", True), ("3,600", False)])
def test_a_multiple_to_a_new_level_against_last_years_count(last_year, clash):
    text = ("Visits to the Harrow Hill observatory doubled this year to 7,200, the trust said. "
            f"Last year the observatory had {last_year} visits.")
    assert bool(conflicts(text, date(2027, 12, 1))) is clash


def test_a_multiple_of_something_else_is_quiet():
    text = ("Visits to the Harrow Hill observatory doubled this year to 7,200, the trust said. "
            "Last year the trust planted 5,900 trees.")
    assert conflicts(text, date(2027, 12, 1)) == []


@pytest.mark.parametrize("later, clash", [("Okafor's brace", False), ("Okafor's hat-trick", True)])
def test_one_players_goals_counted_twice(later, clash):
    text = ("Okafor scored twice before the interval as Wexley won 2-0 at Fenn Park on Saturday. "
            f"{later} takes him to 11 league goals this season.")
    assert bool(conflicts(text, date(2027, 2, 1))) is clash


@pytest.mark.parametrize("growing", [
    "Okafor scored twice before the interval and added another late on.",
    "Okafor scored twice before the interval, before completing his hat-trick with a header.",
])
def test_a_tally_that_grows_in_its_sentence_is_quiet(growing):
    assert conflicts(f"{growing} Okafor's hat-trick was his first for Wexley.", date(2027, 2, 1)) == []


@pytest.mark.parametrize("level, clash", [("1.3 million", True), ("1.2 million", False)])
def test_a_percent_change_with_its_period_before_the_new_level(level, clash):
    # 1.2 million to 1.5 million is +25%
    text = f"Visitors to the Orrin museums rose 25% last year to 1.5 million, up from {level} in 2025."
    assert bool(conflicts(text, date(2027, 2, 1))) is clash


@pytest.mark.parametrize("end, clash", [("Saturday", True), ("Thursday", False), ("Friday", False), ("Wednesday", True)])
def test_a_length_begun_on_one_weekday_and_ending_on_another(end, clash):
    text = ("Nurses at Calder General began a four-day strike on Monday over staffing. "
            f"The walkout, which ends on {end}, has postponed 300 operations.")
    assert bool(conflicts(text, date(2027, 2, 3))) is clash


@pytest.mark.parametrize("second, clash", [("who turned 58 in March", True), ("who turned 61 in March", False)])
def test_one_person_given_two_ages(second, clash):
    text = f"Transport minister Elsa Varga, 61, resigned on Monday. Varga, {second}, had led the ministry since 2022."
    assert bool(conflicts(text, date(2027, 6, 2))) is clash


def test_two_people_of_one_family_keep_their_ages():
    text = "Elsa Varga, 61, and her husband Tomas Varga, 64, ran the hotel for 30 years."
    assert conflicts(text, date(2027, 6, 2)) == []


@pytest.mark.parametrize("born, clash", [("1951", True), ("1943", False)])
def test_a_birth_year_after_a_birthplace(born, clash):
    text = f"The painter Odile Marsh has died at the age of 83. Marsh, who was born in Lyon in {born}, moved to London at 20."
    assert bool(conflicts(text, date(2027, 6, 2))) is clash


@pytest.mark.parametrize("day, clash", [("Sunday", True), ("Saturday", False)])
def test_a_wedding_is_the_marriage(day, clash):
    text = ("The singer Lila Oduya married on Saturday, June 12, in her home town of Kesh. "
            f"The wedding on {day} was attended by 200 guests, her publicist said.")
    assert bool(conflicts(text, date(2027, 6, 14))) is clash


@pytest.mark.parametrize("total, clash", [("61,000", True), ("58,000", False)])
def test_parts_written_with_thousands_separators_add_up(total, clash):
    # 31,000 + 12,000 + 15,000 is 58,000: the comma inside "31,000" separates no parts
    text = (f"Floods cut off {total} households across the region: 31,000 in Harl, 12,000 in Ness and 15,000 in Orm. "
            "Roads reopened on Sunday.")
    assert bool(conflicts(text, date(2027, 5, 21))) is clash


@pytest.mark.parametrize("when, clash", [("in early March", True), ("in late March", False)])
def test_a_law_passed_and_the_law_passed_on_a_date(when, clash):
    # "passed on March 28" is no "pass on" (a message); "The statute, passed ..." refers back to the statute
    text = (f"Lawmakers passed the new coastal planning statute {when}, officials said. "
            "The statute, passed on March 28 after a long debate, takes effect in January.")
    assert bool(conflicts(text, date(2027, 5, 21))) is clash


@pytest.mark.parametrize("when, clash", [("on Saturday", True), ("shortly after midnight", False)])
def test_it_happened_refers_to_the_dated_event_not_its_consequence(when, clash):
    # "It" is the fire the sentence is about, not the injuring added after it
    text = ("A fire gutted a furniture warehouse in Orsk on Friday evening, injuring four firefighters. "
            f"It happened {when}, according to the owners.")
    assert bool(conflicts(text, None)) is clash


@pytest.mark.parametrize("since, clash", [("since March 2", True), ("since March 6", False)])
def test_in_custody_since_dates_the_detention(since, clash):
    text = ("The activist Noor Haddad was detained at the border on March 6, her lawyer said. "
            f"Haddad has been in custody {since} and has not been charged.")
    assert bool(conflicts(text, date(2027, 3, 20))) is clash


def test_a_state_since_a_day_that_no_event_began_is_quiet():
    text = ("The activist Noor Haddad was detained at the border on March 6, her lawyer said. "
            "Haddad has campaigned for prisoners' rights since 2019.")
    assert conflicts(text, date(2027, 3, 20)) == []


@pytest.mark.parametrize("day, clash", [("Sunday", True), ("Tuesday", False)])
def test_a_town_that_fell_is_the_town_seized(day, clash):
    text = ("Government troops seized the river port of Aru three days ago, an army spokesman said on Friday. "
            f"The port fell to the army on {day} after a week of shelling.")
    assert bool(conflicts(text, date(2027, 3, 19))) is clash


@pytest.mark.parametrize("second, clash", [("The 4.9-magnitude tremor", True), ("The 5.8-magnitude quake", False)])
def test_one_quake_one_magnitude(second, clash):
    text = ("A magnitude 5.8 earthquake shook the Varo valley on Sunday night, seismologists said. "
            f"{second} cracked walls in two villages.")
    assert bool(conflicts(text, date(2027, 8, 12))) is clash


def test_aftershocks_have_their_own_magnitudes():
    text = ("A magnitude 5.8 earthquake shook the Varo valley on Sunday night, seismologists said. "
            "A 4.9-magnitude aftershock followed an hour later.")
    assert conflicts(text, date(2027, 8, 12)) == []


@pytest.mark.parametrize("total, clash", [("£2.7m", True), ("£2.4m", False), ("about £2.5m", False)])
def test_a_count_at_a_price_each_makes_the_total(total, clash):
    # 16 buses at £150,000 each is £2.4m
    text = f"The council will buy 16 electric buses at £150,000 each, a total of {total}, to replace its diesel fleet."
    assert bool(conflicts(text, date(2027, 8, 12))) is clash


@pytest.mark.parametrize("rest, clash", [("the remaining 50", True), ("the remaining 40", False)])
def test_a_fraction_of_a_group_and_the_rest(rest, clash):
    # three-quarters of 160 is 120, so 40 remain
    text = f"Three-quarters of the 160 delegates walked out of the congress on Friday, and {rest} stayed to vote."
    assert bool(conflicts(text, date(2027, 8, 12))) is clash


@pytest.mark.parametrize("when, clash", [("on June 12", True), ("on June 5", False)])
def test_sworn_in_is_taking_office(when, clash):
    text = ("Ayla Brandt was sworn in as governor on June 5 before a crowd of 3,000. "
            f"Brandt, who took office {when}, has promised to cut property taxes.")
    assert bool(conflicts(text, date(2027, 8, 12))) is clash


@pytest.mark.parametrize("when, clash", [("last month", True), ("on Monday", False)])
def test_fired_with_a_person_object_is_a_dismissal(when, clash):
    text = ("Orra Rovers sacked head coach Dag Moen on Monday after five straight defeats, the club said. "
            f"The board fired Moen {when}, according to a club statement.")
    assert bool(conflicts(text, date(2027, 8, 12))) is clash


def test_fired_shots_is_no_dismissal():
    text = ("Orra Rovers sacked head coach Dag Moen on Monday after five straight defeats. "
            "Police fired shots at a car near the stadium last month.")
    assert conflicts(text, date(2027, 8, 12)) == []


@pytest.mark.parametrize("count, clash", [("31", True), ("36", False)])
def test_a_count_in_words_and_the_whole_group_named_by_its_participle(count, clash):
    # "Three dozen" is 36; "all N stranded climbers" names the whole group "were stranded" counted
    text = ("Three dozen climbers were stranded on the Orle glacier when a storm closed the pass on Friday. "
            f"Helicopters lifted all {count} stranded climbers to safety by Sunday.")
    assert bool(conflicts(text, date(2027, 10, 8))) is clash


@pytest.mark.parametrize("second, clash", [("The 9 lifeboats", True), ("The 12 lifeboats", False)])
def test_the_group_named_again_at_the_head_of_a_sentence(second, clash):
    text = ("A dozen lifeboats were launched after the ferry Kalla ran aground off Rusk on Tuesday. "
            f"{second} returned to harbour before dark.")
    assert bool(conflicts(text, date(2027, 10, 8))) is clash


def test_a_part_named_with_a_participle_after_the_group_is_quiet():
    text = ("A dozen lifeboats were launched after the ferry Kalla ran aground off Rusk on Tuesday. "
            "The 9 lifeboats carrying survivors were escorted to harbour, where the others had waited.")
    assert conflicts(text, date(2027, 10, 8)) == []


@pytest.mark.parametrize("subject, clash", [("Prell's resignation", True), ("Prell's deputy resigned", False)])
def test_someone_of_a_named_person_is_another_person(subject, clash):
    text = f"Health minister Ivo Prell resigned this week over a hospital scandal. {subject} last month, aides said."
    assert bool(conflicts(text, date(2027, 10, 8))) is clash


@pytest.mark.parametrize("when, clash", [("on Friday night", True), ("on Sunday night", False)])
def test_a_theft_and_the_stealing_are_one_event(when, clash):
    text = ("Burglars stole a 17th-century clock from Harrow Hall last weekend, the trust said on Thursday. "
            f"The theft, which happened {when}, was discovered by a volunteer.")
    assert bool(conflicts(text, date(2027, 10, 8))) is clash


@pytest.mark.parametrize("when, clash", [("on Oct. 2", True), ("on Sept. 28", False)])
def test_a_bankruptcy_filing_is_the_filing_for_bankruptcy(when, clash):
    text = ("Orrin Ferries filed for bankruptcy protection on Sept. 28, court papers show. "
            f"Orrin's bankruptcy filing {when} listed debts of $310 million.")
    assert bool(conflicts(text, date(2027, 10, 8))) is clash


@pytest.mark.parametrize("when, clash", [("on Thursday afternoon", True), ("early on Friday", False)])
def test_the_arrests_name_the_arrest_of_several(when, clash):
    text = ("Three men were arrested early on Friday after a cash machine was ripped from a wall in Ostby, police said. "
            f"The arrests were made {when}, near the motorway.")
    assert bool(conflicts(text, date(2027, 10, 11))) is clash


def test_the_polls_are_a_set_of_surveys():
    text = ("A Ledger poll on Wednesday put the mayor at 41%. Her slide in the polls began in November 2019, "
            "strategists said.")
    assert conflicts(text, date(2027, 10, 8)) == []


@pytest.mark.parametrize("named, clash", [("the €3.1 million penalty", True), ("the €2.6 million penalty", False)])
def test_a_fine_told_by_its_verb_then_named_as_a_penalty(named, clash):
    text = (f"The competition authority fined Halvik Foods 2.6 million euros on Monday for price fixing. "
            f"Halvik said it would appeal {named}.")
    assert bool(conflicts(text, date(2027, 10, 8))) is clash


@pytest.mark.parametrize("named, clash", [("October 21", True), ("October 14", False)])
def test_a_plan_on_the_nth_set_for_a_date(named, clash):
    text = ("The council will vote on the new budget on the 14th, the mayor announced. "
            f"The vote, set for {named}, could decide her future.")
    assert bool(conflicts(text, date(2027, 10, 8))) is clash


@pytest.mark.parametrize("when, clash", [("on Thursday", True), ("on Tuesday", False)])
def test_the_move_is_the_leads_action_even_outside_the_event_table(when, clash):
    # "raised" names no event class; "The move" refers to the lead's dated action all the same
    text = ("The central bank of Orsk raised its main interest rate to 4.5% on Tuesday. "
            f"The move, which came {when}, surprised markets.")
    assert bool(conflicts(text, date(2027, 10, 8))) is clash


def test_a_move_to_somewhere_is_no_reference_to_the_lead():
    text = ("The central bank of Orsk raised its main interest rate to 4.5% on Tuesday. "
            "Its move to new offices in Lisk, completed on Thursday, cost 40 million crowns.")
    assert conflicts(text, date(2027, 10, 8)) == []


@pytest.mark.parametrize("points, clash", [("0.5 percentage point", True), ("0.3 percentage point", False)])
def test_a_change_in_points_between_two_rates(points, clash):
    # 7.1% to 7.4% is 0.3 points
    text = (f"Inflation rose to 7.4% in May from 7.1% in April, the central bank said. The {points} rise "
            "was smaller than forecast.")
    assert bool(conflicts(text, date(2027, 6, 14))) is clash


@pytest.mark.parametrize("second, clash", [("the 1,900-metre runway", True), ("the 2,400-metre runway", False)])
def test_one_things_size_told_twice(second, clash):
    text = ("The new runway at Kell airport is 2,400 metres long, long enough for wide-bodied jets. "
            f"Pilots praised {second} after the first landings on Monday.")
    assert bool(conflicts(text, date(2027, 6, 14))) is clash


def test_two_things_of_one_kind_keep_their_sizes():
    text = ("The new runway at Kell airport is 2,400 metres long. "
            "The old 1,900-metre runway at Orsk will close next year.")
    assert conflicts(text, date(2027, 6, 14)) == []


@pytest.mark.parametrize("total, clash", [("14 cases", True), ("17 cases", False)])
def test_parts_told_after_their_total(total, clash):
    text = f"Doctors have confirmed {total} of whooping cough at the school, eleven of them pupils and six staff."
    assert bool(conflicts(text, date(2027, 6, 14))) is clash


@pytest.mark.parametrize("second, clash", [("on Monday morning", True), ("on Sunday night", False)])
def test_a_death_at_the_scene_takes_the_crashs_day(second, clash):
    # "at the scene of the crash on Sunday night": the death is dated by the crash; "He" is the rider
    text = ("The rider died at the scene of the crash on the B41 on Sunday night, police said. "
            f"He was pronounced dead {second}.")
    assert bool(conflicts(text, date(2027, 6, 14))) is clash


@pytest.mark.parametrize("named, clash", [("Anton Vell, who was sentenced on March 2", True),
                                          ("Anton Vell, who was convicted on March 2", False)])
def test_a_described_person_named_in_the_next_sentence(named, clash):
    # "A former mayor" in the lead is "Anton Vell" of the next sentence: one sentencing, one day
    text = f"A former mayor was sentenced to six years in prison on Thursday for fraud. Mayor {named}, plans to appeal."
    assert bool(conflicts(text, date(2027, 3, 12))) is clash


@pytest.mark.parametrize("clause, clash", [("held in May", True), ("called in May", False)])
def test_an_election_called_before_it_is_held(clause, clash):
    text = ("Voters in Orland went to the polls on June 20 in the first election since the war. "
            f"The election, {clause}, was won by the opposition.")
    assert bool(conflicts(text, date(2027, 7, 1))) is clash


@pytest.mark.parametrize("earlier, clash", [("44", True), ("36", False)])
def test_a_toll_cannot_fall(earlier, clash):
    text = ("The death toll from the mudslide rose to 41 on Thursday, rescuers said. "
            f"By Wednesday night {earlier} people had been confirmed dead.")
    assert bool(conflicts(text, date(2027, 3, 12))) is clash


def test_a_revised_toll_may_fall():
    text = ("The death toll from the mudslide was revised to 41 on Thursday after some victims were counted twice. "
            "By Wednesday night 44 people had been confirmed dead.")
    assert conflicts(text, date(2027, 3, 12)) == []


@pytest.mark.parametrize("age, clash", [("seventy-one", True), ("ninety-one", False)])
def test_an_age_in_words_against_a_birth_year(age, clash):
    text = f"The sculptor Mira Dahl, who was born in 1935, died on Sunday aged {age}, her gallery said."
    assert bool(conflicts(text, date(2027, 3, 12))) is clash


@pytest.mark.parametrize("second, clash", [("left the country on March 9", True), ("left the capital on March 4", False)])
def test_fleeing_is_leaving_the_country(second, clash):
    text = (f"The former minister Oren Tal fled the country on March 5, a day after a warrant was issued. "
            f"Tal {second}, officials said.")
    assert bool(conflicts(text, date(2027, 3, 12))) is clash


@pytest.mark.parametrize("day, clash", [("Friday", True), ("Thursday", False)])
def test_the_nth_day_of_a_strike_named_beside_its_weekday(day, clash):
    # walked out on Tuesday: the third day is Thursday
    text = ("Porters at Calder station walked out on Tuesday over rosters. "
            f"On the third day of the strike, {day}, the rail company offered talks.")
    assert bool(conflicts(text, date(2028, 1, 14))) is clash


@pytest.mark.parametrize("when, clash", [("on Monday", True), ("two weeks ago", False)])
def test_removed_from_his_post_is_a_dismissal(when, clash):
    text = ("The sports ministry dismissed football federation chief Aldo Ruiz two weeks ago after a bribery inquiry. "
            f"Ruiz was removed from his post {when}, officials said.")
    assert bool(conflicts(text, date(2028, 1, 14))) is clash


@pytest.mark.parametrize("part, clash", [("or 2,000 households", True), ("or 1,500 households", False)])
def test_a_share_of_them_counts_from_the_number_before(part, clash):
    # "them" is the 5,000 homes: 30% of them is 1,500
    text = f"Some 5,000 homes in the valley were flooded, and 30% of them, {part}, had no insurance."
    assert bool(conflicts(text, date(2028, 1, 14))) is clash


@pytest.mark.parametrize("freed, clash", [("on March 7", True), ("on March 11", False)])
def test_hostages_are_freed_after_they_are_taken(freed, clash):
    text = ("Gunmen kidnapped the aid worker Ana Lind near Tor on March 9, her agency said. "
            f"Lind was freed unharmed {freed} after talks with local elders.")
    assert bool(conflicts(text, date(2028, 3, 20))) is clash


@pytest.mark.parametrize("verdict, clash", [("on June 2", True), ("on June 12", False)])
def test_a_verdict_follows_the_arrest_of_the_same_person(verdict, clash):
    text = ("Police arrested the banker Odo Marsh on June 5 at his home in Kell. "
            f"A jury found Marsh guilty of fraud {verdict}, prosecutors said.")
    assert bool(conflicts(text, date(2028, 7, 1))) is clash


def test_an_order_between_two_people_is_not_checked():
    text = ("Police arrested the banker Odo Marsh on June 5 at his home in Kell. "
            "A jury found his partner Ivo Brand guilty of fraud on June 2.")
    assert conflicts(text, date(2028, 7, 1)) == []


@pytest.mark.parametrize("day, clash", [("Saturday", True), ("Friday", False)])
def test_a_date_carrying_its_weekday_meets_that_weekday_without_a_publication_date(day, clash):
    text = ("The trade pact was signed on Friday, May 5, in Lisbon. "
            f"Officials said the signing, which took place on {day}, ended two years of talks.")
    assert bool(conflicts(text, None)) is clash


@pytest.mark.parametrize("took_place, clash", [("March 9", True), ("March 6", False)])
def test_a_date_originally_set_is_no_date_of_the_event(took_place, clash):
    text = ("The Orla-1 probe was launched on March 6 after three delays. "
            f"The launch, originally set for February 20, finally took place on {took_place}.")
    assert bool(conflicts(text, date(2028, 3, 20))) is clash


@pytest.mark.parametrize("change, clash", [("up 50%", True), ("up a third", False), ("up 33%", False)])
def test_a_change_told_after_the_new_level(change, clash):
    # 900,000 to 1.2 million is a third more
    text = f"The zoo welcomed 1.2 million visitors last year, {change} on the 900,000 who came in 2026."
    assert bool(conflicts(text, date(2028, 2, 10))) is clash


@pytest.mark.parametrize("everyone, clash", [("All 26 survivors", True), ("All 31 survivors", False)])
def test_all_of_the_group_a_once_only_event_counted(everyone, clash):
    text = ("Lifeboat crews rescued 31 people from a ferry that ran aground off Holm on Sunday, the coastguard said. "
            "Three were treated for cold in hospital. "
            f"{everyone} were taken by bus to Holm, where relatives were waiting.")
    assert bool(conflicts(text, date(2028, 4, 21))) is clash


@pytest.mark.parametrize("named, clash", [("the 3.1 billion crown price", True), ("the 2.6 billion crown price", False)])
def test_a_sale_priced_then_named_by_its_price(named, clash):
    text = ("Orrin Holdings agreed on Monday to sell its ferry arm to the Finnish group Saaro for 2.6 billion crowns. "
            f"Analysts said {named} was higher than expected.")
    assert bool(conflicts(text, date(2028, 4, 21))) is clash


@pytest.mark.parametrize("second, clash", [("who took 61% of the vote", True), ("who took 54% of the vote", False)])
def test_one_candidates_share_of_one_vote_told_twice(second, clash):
    text = ("Voters in Arnby re-elected their mayor, Tove Lind, on Sunday with 54% of the vote. "
            "Her challenger, Per Ask, won 38%. "
            f"Lind, {second}, said the result backed her housing plan.")
    assert bool(conflicts(text, date(2028, 4, 21))) is clash


def test_a_share_at_an_earlier_election_is_another_vote():
    text = ("Voters in Arnby re-elected their mayor, Tove Lind, on Sunday with 54% of the vote. "
            "Lind, who took 61% of the vote at the last election in 2024, saw her majority shrink.")
    assert conflicts(text, date(2028, 4, 21)) == []


@pytest.mark.parametrize("rate, clash", [("a rate of 20%", True), ("a rate of 15%", False)])
def test_a_percentage_of_those_counted_in_the_sentence_before(rate, clash):
    # 450 of 3,000 is 15%
    text = f"The trial enrolled 3,000 patients over five years. Of those, 450 relapsed, {rate}, the team reported."
    assert bool(conflicts(text, date(2028, 5, 12))) is clash


@pytest.mark.parametrize("named, clash", [("The £31m signing", True), ("The £25m signing", False)])
def test_a_fee_named_again_as_the_signing(named, clash):
    text = ("Midfielder Sol Berg joined Harrow City from Lanark on Friday for a fee of £25m, the club said. "
            f"{named} has agreed a five-year contract.")
    assert bool(conflicts(text, date(2028, 5, 12))) is clash


@pytest.mark.parametrize("cut, clash", [("by 15%", True), ("by 25%", False)])
def test_a_cut_by_a_percentage_between_two_levels(cut, clash):
    text = f"The county will cut its library budget {cut}, from £8m to £6m, over three years."
    assert bool(conflicts(text, date(2028, 5, 12))) is clash


@pytest.mark.parametrize("second, clash", [("The 23-year-old", True), ("The 22-year-old", False)])
def test_an_unnamed_person_described_by_age_then_named_by_age(second, clash):
    text = ("A 22-year-old woman has been charged with arson after a fire at a warehouse in Kell on Sunday. "
            f"{second} will appear before magistrates on Tuesday.")
    assert bool(conflicts(text, date(2028, 5, 12))) is clash


@pytest.mark.parametrize("times, clash", [("more than four times", True), ("more than three times", False),
                                          ("nearly four times", False)])
def test_a_value_said_to_be_a_multiple_of_another(times, clash):
    # 350mm is 3.9 times 90mm
    text = f"Harl recorded 350mm of rain in March, {times} the monthly average of 90mm, forecasters said."
    assert bool(conflicts(text, date(2028, 5, 12))) is clash


def test_a_time_of_the_next_hearing_is_no_date_of_the_case():
    text = ("Yukos filed for bankruptcy earlier this month in Texas, the bank contends. "
            "The next hearing in the bankruptcy is expected on 6 January.")
    assert conflicts(text, None) == []


@pytest.mark.parametrize("when, clash", [("on Thursday", True), ("on Wednesday", False)])
def test_the_breakdown_of_talks_is_their_collapse(when, clash):
    # "of the talks" is the complement: the time after it dates the breakdown
    text = ("Talks between the unions and the rail company collapsed on Wednesday after two days in Kell. "
            f"The breakdown of the talks {when} left the strikes on course.")
    assert bool(conflicts(text, date(2028, 6, 9))) is clash


@pytest.mark.parametrize("second, clash", [("The 120 slightly damaged homes", False), ("The 120 damaged homes", True)])
def test_a_count_restricted_by_an_adverb_names_a_part(second, clash):
    text = (f"Floods damaged 300 homes in Ness on Monday, the council said. "
            f"{second} will need new floors.")
    assert bool(conflicts(text, date(2028, 6, 9))) is clash


@pytest.mark.parametrize("share, clash", [("or 70% of annual output of 200 billion euros", True),
                                          ("or 60% of annual output of 200 billion euros", False)])
def test_a_share_of_a_whole_named_with_its_noun(share, clash):
    text = f"The state's debt stands at 120 billion euros, {share}, the ministry said."
    assert bool(conflicts(text, date(2028, 6, 9))) is clash


@pytest.mark.parametrize("inspected, clash", [("on April 30", True), ("on April 22", False)])
def test_weeks_after_a_dated_event(inspected, clash):
    text = ("The roof of the Orr sports hall collapsed on April 1. "
            f"Engineers inspected the site {inspected}, three weeks after the collapse, and blamed the snow load.")
    assert bool(conflicts(text, date(2028, 6, 9))) is clash


@pytest.mark.parametrize("buried, clash", [("was buried on March 3", True), ("will be buried on March 12", False)])
def test_a_burial_follows_the_death(buried, clash):
    text = f"The composer Ivo Renn died on March 5 at his home in Kell, his family said. Renn {buried} in his home village."
    assert bool(conflicts(text, date(2028, 3, 8))) is clash


@pytest.mark.parametrize("victims, clash", [("The two victims", True), ("The three victims", False)])
def test_victims_told_without_an_event_are_the_people_of_the_death(victims, clash):
    text = ("A gunman shot dead three people at a bus depot in Orle on Monday before fleeing. "
            f"{victims} were all drivers at the depot.")
    assert bool(conflicts(text, date(2028, 3, 8))) is clash


def test_two_numbered_things_of_one_kind_are_two_things():
    text = ("Pell Foods opened its 50th shop in the country earlier this month, the company said. "
            "Its 49th shop, which opened in February, employs 30 people.")
    assert conflicts(text, date(2028, 3, 20)) == []


@pytest.mark.parametrize("year, clash", [("1938", True), ("1928", False)])
def test_a_founding_year_opening_the_sentence_against_an_anniversary(year, clash):
    text = f"Founded in {year}, the Ostby Choir is marking its 100th anniversary this year with a concert."
    assert bool(conflicts(text, date(2028, 8, 18))) is clash


@pytest.mark.parametrize("named, clash", [("The 3-1 victory", True), ("The 2-1 victory", False)])
def test_a_half_time_score_is_no_second_result(named, clash):
    text = ("Orra Rovers led 1-0 at half-time and went on to win 2-1 at home to Kell on Saturday. "
            f"{named} took them top of the league.")
    assert bool(conflicts(text, date(2028, 8, 18))) is clash


@pytest.mark.parametrize("weeks, clash", [("six weeks", True), ("three weeks", False)])
def test_a_day_counted_from_another_day_in_one_sentence(weeks, clash):
    # Monday 14 August is three weeks after July 24
    text = f"The Marl Street tunnel reopened on Monday, {weeks} after it was closed for repairs on July 24."
    assert bool(conflicts(text, date(2028, 8, 18))) is clash


@pytest.mark.parametrize("undecided, clash", [("21%", True), ("13%", False)])
def test_the_answers_of_one_poll_add_up_to_at_most_a_hundred(undecided, clash):
    text = f"Of the residents surveyed, 48% backed the bypass, 39% opposed it and {undecided} were undecided."
    assert bool(conflicts(text, date(2028, 8, 18))) is clash


def test_shares_of_other_groups_in_one_sentence_are_quiet():
    text = ("The candidate leads among men, 49% to 41%, in the survey, but trails among women, "
            "34% to 54%, the poll found.")
    assert conflicts(text, date(2028, 8, 18)) == []


def test_an_event_brought_under_control_is_dated_by_its_outbreak():
    # "last Tuesday" dates the controlling; the fire broke out days before
    text = ("Firefighters brought a blaze at the Orr timber yard under control last Tuesday. "
            "The fire, which broke out on September 12, destroyed two warehouses.")
    assert conflicts(text, date(2028, 9, 22)) == []


@pytest.mark.parametrize("day, clash", [("Thursday", True), ("Tuesday", False)])
def test_the_day_after_an_event_then_its_weekday(day, clash):
    text = ("The governor announced her resignation on Monday. "
            f"The day after the announcement, on {day}, her party began the search for a successor.")
    assert bool(conflicts(text, date(2028, 9, 22))) is clash


@pytest.mark.parametrize("second, clash", [("were approved two weeks ago", True), ("were drafted two weeks ago", False)])
def test_a_plural_noun_in_s_is_no_verb(second, clash):
    # "the new housing rules this week": "rules" heads the noun phrase, it is no ruling
    text = ("The cabinet approved the new housing rules this week, the ministry said. "
            f"The rules {second} at a special session.")
    assert bool(conflicts(text, date(2028, 9, 22))) is clash


@pytest.mark.parametrize("others, clash", [("the other four", True), ("the other three", False)])
def test_a_part_of_them_and_the_others_are_no_more_than_the_group(others, clash):
    text = ("Five climbers went missing on the Orle ridge on Sunday, rescuers said. "
            f"Helicopter crews found two of them on Monday and are still searching for {others}.")
    assert bool(conflicts(text, date(2028, 10, 13))) is clash


@pytest.mark.parametrize("age, clash", [("at the age of 31", True), ("at the age of 38", False)])
def test_a_birth_date_with_its_year_against_an_age(age, clash):
    text = f"Liv Strand, born on March 3, 1990, became the country's youngest minister on Friday {age}."
    assert bool(conflicts(text, date(2028, 11, 10))) is clash


@pytest.mark.parametrize("second, clash", [("signed the treaty this week", True), ("ratified the treaty this week", False)])
def test_a_time_after_a_modified_object_dates_its_verb(second, clash):
    # "signed a border treaty on October 28": the date is the signing's
    text = f"The two countries signed a border treaty on October 28 in Geneva. Their ministers {second}, diplomats said."
    assert bool(conflicts(text, date(2028, 11, 10))) is clash


@pytest.mark.parametrize("day, clash", [("Sunday", True), ("Saturday", False)])
def test_released_from_prison_is_being_freed(day, clash):
    text = ("The blogger Ana Ferro was released from prison on Saturday, December 2, her lawyer said. "
            f"Ferro was freed on {day} after serving two years.")
    assert bool(conflicts(text, None)) is clash


def test_the_whole_a_part_is_taken_from_is_no_second_count():
    # "nine of 12 counts": 12 is the whole, nine the part the second sentence repeats
    text = ("A jury found the former mayor guilty on nine of 12 counts of bribery on Wednesday. "
            "He was convicted on nine counts and cleared of three, the court heard.")
    assert conflicts(text, date(2028, 12, 1)) == []


@pytest.mark.parametrize("level, clash", [("£1,350", True), ("£1,200", False)])
def test_a_change_by_a_fraction_between_two_levels(level, clash):
    # a fifth more than £1,000 is £1,200
    text = f"Rents in Harl rose by a fifth last year, from an average of £1,000 a month to {level}, the agency said."
    assert bool(conflicts(text, date(2028, 12, 1))) is clash


@pytest.mark.parametrize("second, clash", [("struck on Thursday evening", True), ("struck early on Friday", False)])
def test_hours_after_the_event_struck_on_a_day_dates_the_event(second, clash):
    text = ("A landslide buried a road near Tarn early on Friday, cutting off three villages. "
            f"Rescuers began clearing the debris hours after the landslide {second}.")
    assert bool(conflicts(text, date(2028, 12, 1))) is clash


@pytest.mark.parametrize("when, clash", [("took place on Wednesday", True), ("had been planned for Wednesday", False)])
def test_an_event_held_on_a_day_with_an_of_complement(when, clash):
    # "The summit of Baltic leaders was held ... on Thursday": the holding dates the summit
    text = (f"The summit of Nordic leaders was held in Tromsø on Thursday, officials said. "
            f"The summit, which {when}, focused on energy security.")
    assert bool(conflicts(text, date(2029, 1, 19))) is clash


@pytest.mark.parametrize("before, clash", [("1.9 billion crowns", True), ("2.5 billion crowns", False)])
def test_a_percent_change_with_levels_in_a_currency_word(before, clash):
    # 2.5 to 2.8 billion is +12%
    text = f"Kestrel Bank's profit rose 12% to 2.8 billion crowns last year from {before} in 2027, the bank said."
    assert bool(conflicts(text, date(2029, 1, 19))) is clash


@pytest.mark.parametrize("released, clash", [("51", True), ("31", False)])
def test_a_part_of_those_an_event_counted(released, clash):
    text = (f"Police arrested 46 people after clashes between rival fans in Kell on Sunday. "
            f"Of those arrested, {released} were later released without charge.")
    assert bool(conflicts(text, date(2029, 1, 19))) is clash


@pytest.mark.parametrize("rest, clash", [("the remaining 9", True), ("the remaining 14", False)])
def test_the_rest_of_a_carried_group(rest, clash):
    # 58 carried: 44 brought ashore and 14 missing
    text = ("A boat carrying 58 migrants capsized off Lampa on Tuesday. "
            f"Coastguards brought 44 people ashore, and {rest} are still missing, officials said.")
    assert bool(conflicts(text, date(2029, 1, 19))) is clash


@pytest.mark.parametrize("ago, clash", [("four days ago", True), ("three days ago", False)])
def test_a_repeated_verb_links_through_a_synonym_of_its_object(ago, clash):
    # "signed an armistice" / "The truce, which was signed ...": one agreement under two words;
    # published on a Friday, so Tuesday was three days before
    text = ("Army commanders and militia leaders signed an armistice on Tuesday in the hill town of Baro. "
            f"The truce, which was signed {ago}, has mostly held, observers said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("second, clash", [("€3.1m", True), ("€2.9m", False), ("€1.5m", False)])
def test_the_shares_of_a_sum_cannot_exceed_it(second, clash):
    # "Of that, ..." divides the sum just named; the shares may leave some over, never go past it
    text = ("The foundation raised €7.5m in its spring appeal, its director said on Friday. "
            f"Of that, €4.6m will fund new clinics and {second} will go to teacher training.")
    found = conflicts(text, date(2031, 5, 9))
    assert bool(found) is clash
    if clash:
        assert "the shares come to more than the sum" in found[0]


@pytest.mark.parametrize("against, clash", [("41%", True), ("36%", False)])
def test_shares_of_votes_cast_without_the(against, clash):
    # "of votes cast" names the vote as "of the vote" does: the two sides of one ballot make at most 100%
    text = ("Members of the Fenwick dockers' union backed the new pay deal in a ballot on Friday. "
            "In all, 64% of votes cast supported the offer, the union said. "
            f"Those opposed mustered {against} of the votes.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("found, clash", [("on Monday", True), ("on Thursday", False), ("on Wednesday", False)])
def test_an_event_is_found_out_after_it_happened(found, clash):
    # "The break-in, discovered ... on <day>": the day of finding out bounds the event from above.
    # Published on a Friday: Wednesday's raid cannot be discovered on Monday.
    text = ("Burglars broke into a jeweller's shop on Kell Street on Wednesday night and took rings and watches. "
            f"The break-in, discovered by the owner {found}, was the third on the street this year.")
    found_conflicts = conflicts(text, date(2031, 5, 9))
    assert bool(found_conflicts) is clash
    if clash:
        assert "found before it happened" in found_conflicts[0]


@pytest.mark.parametrize("later, clash", [("The 450 job cuts", True), ("The 600 job cuts", False),
                                          ("The 450 new jobs", False)])
def test_a_count_named_again_by_what_befalls_it(later, clash):
    # "shed 600 jobs" ... "The 450 job cuts": the cuts are the jobs shed, a plan told twice;
    # new jobs are another group
    text = ("The insurer Halvard Mutual will shed 600 jobs as it closes its call centres, it said on Monday. "
            f"{later} will take effect by the end of next year, a spokesman said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("later, clash", [("the 19 flight cancellations", True), ("the 23 flight cancellations", False)])
def test_flight_cancellations_count_the_flights_cancelled(later, clash):
    text = ("Snow forced Tarn airport to cancel 23 flights on Thursday morning. "
            f"Passengers hit by {later} were offered seats on Friday, the airport said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("began, clash", [("May 1", True), ("May 6", False)])
def test_a_trial_opened_with_an_of_phrase_dates_its_start(began, clash):
    # "The trial of X on Y charges opened on Tuesday": the start verb dates the trial's start, which
    # "the trial, which began on ..." dates again (published Friday 9 May: Tuesday is 6 May)
    text = ("The trial of two former prison guards on assault charges opened in Vesterby on Tuesday. "
            "Both men deny the charges. "
            f"On the second day of the trial, which began on {began}, jurors watched video from the prison yard.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("later, clash", [("all nine former captives", True), ("all seven former captives", False)])
def test_captives_released_are_freed_and_all_of_them_counted_again(later, clash):
    # "released seven captives": a freeing (not a report's release); "all nine former captives" is
    # the whole group again, "former" saying what they were
    text = ("Pirates released seven captives from a seized trawler on Monday, the navy said. "
            f"A doctor said {later} were dehydrated but unhurt.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


def test_a_report_released_is_no_freeing():
    # twin of the rule above: "released 14 reports" keeps the sense of publishing
    text = ("The agency released 14 reports on river quality on Monday. "
            "All 16 reports were published online, it said.")
    assert conflicts(text, date(2031, 5, 9)) == []


@pytest.mark.parametrize("restated, clash", [("$31,000", True), ("$13,000", False)])
def test_the_money_raised_named_again_in_apposition(restated, clash):
    # "raised $13,000" ... "The money raised, $31,000, ...": one sum, named by the verb that gave it
    text = ("A bake sale at Orchard Primary School raised $13,000 for a new playground on Saturday. "
            f"The money raised, {restated}, will pay for swings and a climbing frame, the head teacher said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("years, clash", [("60", True), ("78", False)])
def test_after_n_years_of_a_span_running_since_a_year(years, clash):
    # "has sold fish here since 1953" and, in 2031, "After 78 years, ...": the span runs to publication
    text = ("The Brask family has sold fish from the same harbour stall since 1953, but the stall will shut next month. "
            f"\"After {years} years, it is hard to say goodbye,\" said Ola Brask.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("total, clash", [("a total of 45 casualties", True), ("a total of 52 casualties", False),
                                          ("at least 40 casualties", False)])
def test_the_dead_and_the_injured_make_the_casualties(total, clash):
    # 9 killed and 43 injured are 52 casualties
    text = ("A gas explosion tore through a market in Dunmore on Thursday, killing nine people and injuring 43, "
            f"the regional governor said. Hospitals in the region reported {total} by Friday morning.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("named, clash", [("His 410,000 pound prize", True), ("His 140,000 pound prize", False)])
def test_a_prize_won_named_again_with_a_possessive(named, clash):
    # "won 140,000 pounds" ... "His 410,000 pound prize": the one prize, named by "his" as by "the"
    text = ("A retired postman from Keswick won 140,000 pounds on a television quiz show on Saturday. "
            f"{named} will go towards a new roof for the village hall, he said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("rate, clash", [("a pass rate of 91%", True), ("a pass rate of 84%", False)])
def test_a_rate_after_a_long_description_of_the_whole(rate, clash):
    # 420 of 500 is 84%; the whole is described by a relative clause of seven words
    text = (f"Of the 500 drivers who took the new test this spring, 420 passed, {rate}, the agency said. "
            "Last year 79% passed.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("total, clash", [("a total of 58 dogs", True), ("a total of 71 dogs", False),
                                          ("a total of 58 cats", False)])
def test_a_total_cannot_be_smaller_than_a_count_it_holds(total, clash):
    # "rehomed 64 dogs" ... "had rehomed a total of 58 dogs": the total holds the 64
    text = ("The Fenby animal shelter rehomed 64 dogs in the first week of its summer appeal, its manager said. "
            f"By the end of the month the shelter had rehomed {total}, she said later.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("length, clash", [("four-day", True), ("seven-day", False), ("eight-day", False)])
def test_a_length_between_two_dated_ends(length, clash):
    # "ending a walkout that began on May 1", on Thursday 8 May: 7 days, 8 counting both ends
    text = ("Refuse collectors in Brannock went back to work on Thursday, ending a walkout that began on May 1. "
            f"The {length} strike left rubbish piled high in the streets.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("lasted, clash", [("lasted three days", True), ("lasted six days", False)])
def test_a_journey_lasts_from_leaving_to_arriving(lasted, clash):
    text = ("The research ship Polaris left Tromsø on April 2 and reached Longyearbyen on April 8, the institute said. "
            f"The crossing, which {lasted}, was slowed by pack ice.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


def test_a_length_of_something_else_stays_quiet():
    # twin: "a 14-day quarantine" is not the length of the voyage
    text = ("The research ship Polaris left Tromsø on April 2 and reached Longyearbyen on April 8, the institute said. "
            "Its crew then began a 14-day quarantine.")
    assert conflicts(text, date(2031, 5, 9)) == []


@pytest.mark.parametrize("struck, clash", [("April 29", True), ("May 2", False)])
def test_a_described_event_counted_from_another_dated_event(struck, clash):
    # "toured the town on Monday" (5 May) ... "The tour came three days after the landslide, which struck
    # on May 2": three days after May 2 is Monday 5 May
    text = ("The regional governor toured the hillside town of Brenna on Monday, promising money for new roads. "
            f"The tour came three days after the landslide, which struck on {struck}, officials said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("ruling, clash", [("its ruling of May 2", True), ("its ruling of May 7", False)])
def test_a_law_struck_down_is_a_ruling(ruling, clash):
    # "struck down the law on Wednesday" (7 May) ... "In its ruling of May 2": one ruling, two days
    text = ("The supreme court struck down a ban on street protests on Wednesday, saying it breached free speech. "
            f"In {ruling}, the court said the ban was far too broad.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("when, clash", [("which took place last month", True), ("ordered last month", False)])
def test_an_expulsion_told_twice(when, clash):
    # "expelled ... on Tuesday" ... "The expulsion, which took place last month": one expulsion; an
    # expulsion ordered last month may be carried out now
    text = ("Vellmark expelled two Ostrian diplomats on Tuesday, accusing them of spying, the foreign ministry said. "
            f"The expulsion, {when}, was the first in a decade.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("aboard, clash", [("In all, 64 people were on board", True), ("In all, 61 people were on board", False)])
def test_two_groups_aboard_and_everyone_aboard(aboard, clash):
    # "All 58 passengers and three crew": 61 aboard; the 58 passengers alone are no recount of the 61 people
    text = ("A tour coach slid off an icy road near Rosk on Friday. All 58 passengers and three crew got out unhurt. "
            f"{aboard}, the operator said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("again, clash", [("At 1.8 kilometres", True), ("At 1.3 kilometres", False)])
def test_a_size_told_with_a_name_and_a_clause_then_fronted_with_at(again, clash):
    # "The new Harsk tunnel, which opened on Monday, is 1.3 kilometres long" ... "At 1.8 kilometres, the tunnel"
    text = ("The new Harsk tunnel, which opened on Monday, is 1.3 kilometres long and links two valleys. "
            f"{again}, the tunnel is the longest in the province, engineers said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("turnout, clash", [("Turnout was 58%", True), ("Turnout was 64%", False),
                                            ("Turnout was about 62%", False)])
def test_turnout_is_the_share_of_the_electorate_that_voted(turnout, clash):
    # 41,600 of 65,000 is 64%
    text = ("Of the 65,000 registered voters in Halden, 41,600 cast a ballot in Sunday's mayoral election. "
            f"{turnout}, the city's election office said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("before, clash", [("61,000", True), ("41,000", False)])
def test_a_difference_told_against_the_two_values(before, clash):
    # 52,000 less 41,000 is 11,000
    text = ("The Vellby folk festival sold 52,000 tickets this summer, its organisers said. "
            f"That was 11,000 more than in 2030, when {before} tickets were sold.")
    assert bool(conflicts(text, date(2031, 9, 9))) is clash


@pytest.mark.parametrize("before, clash", [("a profit of 300 million euros", True), ("a profit of 180 million euros", False)])
def test_a_fractional_change_against_a_sum_told_in_the_next_sentence(before, clash):
    # "rose by a third to 240 million euros": 180 million before
    text = ("Tessel Shipping said on Tuesday its profit rose by a third to 240 million euros, helped by higher freight rates. "
            f"A year earlier the group made {before}.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("occurred, clash", [("on Sunday", True), ("on Monday", False)])
def test_the_tragedy_refers_to_the_lead_event(occurred, clash):
    # "The tragedy, which occurred ...": a general word for the story's event, like "the incident"
    text = ("A bus plunged into a ravine near Tolva on Monday night, killing 12 passengers, police said. "
            f"The tragedy, which occurred {occurred}, is the worst on the mountain road in years.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("began, clash", [("May 1", True), ("May 8", False)])
def test_a_festival_opened_on_a_day_dates_its_start(began, clash):
    # "The folk festival opened on Thursday" (8 May): its start, which "the festival, which began on" dates again
    text = ("The Vellby folk festival opened on Thursday with a concert in the harbour. "
            f"The festival, which began on {began}, runs for ten days.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("named, clash", [("His two-year sentence", True), ("His 30-month sentence", False)])
def test_a_term_told_in_months_and_named_in_years(named, clash):
    # "jailed for 30 months" ... "His two-year sentence": 30 months is two and a half years
    text = ("A former harbour master was jailed for 30 months on Monday for taking bribes from shipping agents. "
            f"{named} will be served in an open prison, his lawyer said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("named, clash", [("the 41 cars towed", True), ("the 34 cars towed", False),
                                          ("the 6 cars towed on Friday", False)])
def test_the_group_named_by_its_participle_after_the_noun(named, clash):
    # "towed 34 cars" ... "the 41 cars towed were taken to a depot": the whole group again; the cars
    # towed on another day are a part
    text = ("Police towed 34 cars from the flooded car park on Thursday. "
            f"A spokesman said {named} were taken to a depot outside town.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("when, clash", [("on April 26", True), ("on Saturday", False)])
def test_the_couple_after_a_relative_clause_are_the_two_people_named(when, clash):
    # "Ana Rell married Tomas Vik on Saturday" ... "The couple, who met at university, tied the knot ..."
    text = ("The skier Ana Rell married the footballer Tomas Vik at a chapel in Voss on Saturday. "
            f"The couple, who met at university, tied the knot {when}, a friend said.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("named, clash", [("the 19,000 homes left without power", True),
                                          ("the 12,000 homes left without power", False)])
def test_homes_cut_off_counted_again_by_the_outage(named, clash):
    # "cut power to 12,000 homes": the homes that lost power, not a new level of supply
    text = ("Ice on the lines cut power to 12,000 homes in the valley on Sunday, the network operator said. "
            f"Engineers said {named} had all been reconnected.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("counted, clash", [("all 350 guests", True), ("all 380 guests", False)])
def test_about_allows_a_tenth_either_way(counted, clash):
    # "About 400 guests" is 360 to 440: 380 fits it, 350 does not
    text = ("About 400 guests were evacuated from the Strand Hotel on Saturday night after a fire alarm, police said. "
            f"The manager said {counted} had been accounted for within half an hour.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


@pytest.mark.parametrize("restated, clash", [("the 15-8 vote", True), ("the 14-9 vote", False)])
def test_a_definite_tally_restates_the_vote_told_before(restated, clash):
    # "the 15-8 vote" names the vote already told "by 14 votes to 9": its counts must be the same.
    text = ("Harlow district council approved the new parking charges by 14 votes to 9 on Tuesday evening. "
            f"Traders said {restated} ignored the shops on the high street.")
    assert bool(conflicts(text, date(2026, 5, 1))) is clash


def test_a_committee_tally_and_a_council_tally_are_two_votes():
    # The earlier tally is marked as another body's, so the definite one names a different vote.
    text = ("The planning committee backed the new parking charges by 5 votes to 2 last month. "
            "Traders said the 14-9 vote of the full council on Tuesday ignored the shops.")
    assert conflicts(text, date(2026, 5, 1)) == []


@pytest.mark.parametrize("began, clash", [("Wednesday of last week", True), ("Monday of this week", False)])
def test_walking_off_the_job_starts_the_strike_named_after_it(began, clash):
    # "walked off the job" is the strike's start; "Wednesday of last week" is one day of a calendar week.
    text = ("Dock workers at the port of Veltmar walked off the job on Monday, halting container traffic. "
            f"The strike, which began on {began}, has cost exporters millions, the port authority said.")
    assert bool(conflicts(text, date(2026, 3, 20))) is clash


@pytest.mark.parametrize("restated, clash", [("11", True), ("14", False)])
def test_houses_buried_by_a_landslide_are_counted_once(restated, clash):
    # "had been buried" with houses as its subject is the landslide covering them, not a burial.
    text = ("A landslide buried 14 houses in the hill village of Carrowen on Thursday night, officials said. "
            f"Rescuers said {restated} houses had been buried under mud and rock.")
    found = conflicts(text, date(2026, 4, 4))
    assert bool(found) is clash
    if clash:
        assert "houses in one burying" in found[0]


def test_houses_buried_by_a_second_slide_later_are_an_update():
    text = ("A landslide buried 14 houses in the hill village of Carrowen on Thursday night, officials said. "
            "By Saturday, rescuers said 20 houses had been buried.")
    assert conflicts(text, date(2026, 4, 4)) == []


def test_a_person_buried_is_still_a_burial():
    # The passive with a person as its subject keeps the burial: its date clashes with the funeral's.
    text = ("The former mayor, Tomas Grell, was buried in Carrowen on Friday. "
            "His burial last month drew hundreds of mourners, the family said.")
    assert conflicts(text, date(2026, 4, 4))


@pytest.mark.parametrize("named, clash", [("3.2 million euros taken", True), ("2.8 million euros taken", False)])
def test_the_sum_embezzled_named_again_by_its_participle(named, clash):
    # "embezzled 2.8 million euros" ... "the 3.2 million euros taken": one sum, named by the act that took it.
    text = ("A former treasurer of the Brandvik rowing club embezzled 2.8 million euros over six years, "
            f"prosecutors said on Monday. The {named} from the club's accounts were spent on cars and holidays, "
            "the court heard.")
    assert bool(conflicts(text, date(2026, 6, 10))) is clash


def test_a_part_of_the_sum_taken_in_one_year_is_no_conflict():
    text = ("A former treasurer of the Brandvik rowing club embezzled 2.8 million euros over six years, "
            "prosecutors said on Monday. The 400,000 euros taken in 2019 alone paid for a yacht, the court heard.")
    assert conflicts(text, date(2026, 6, 10)) == []


@pytest.mark.parametrize("named, clash", [("the 60,000 pounds stolen", True), ("the 45,000 pounds stolen", False)])
def test_the_sum_stolen_named_again(named, clash):
    text = ("Two men stole 45,000 pounds from a security van outside a bank in Lessing on Friday, police said. "
            f"Detectives said {named} had not been recovered.")
    assert bool(conflicts(text, date(2026, 6, 10))) is clash


def test_an_amount_raised_by_another_in_the_same_sentence_is_a_comparison():
    # "surpassing the $394,000 raised by Clinton": the participle has its own agent, another fund-raiser's sum.
    text = ("The senator raised more than $413,000 from teachers in March, surpassing the $394,000 raised "
            "by Halvorsen from about 4,500 donors during the same month.")
    assert conflicts(text, date(2026, 4, 6)) == []


@pytest.mark.parametrize("when, clash", [("on Saturday", True), ("on Monday", False)])
def test_a_broken_leg_is_the_injury_told_again(when, clash):
    # "broke her leg in a training crash on Monday": the break is an injury, dated by the crash it happened in.
    text = ("The slalom skier Frida Aalto broke her leg in a training crash in Kitzberg on Monday, her team said. "
            f"She had surgery the next day. Aalto, 24, was injured {when} when she lost control on an icy slope.")
    assert bool(conflicts(text, date(2033, 2, 17))) is clash


@pytest.mark.parametrize("later", [
    "Aalto, 24, broke her wrist last month in a fall in Norway.",  # another body part: another injury
    "Aalto, 24, had been injured in a fall last year but returned in the autumn.",  # a pluperfect backstory
])
def test_another_injury_of_the_same_athlete_is_no_conflict(later):
    text = ("The slalom skier Frida Aalto broke her leg in a training crash in Kitzberg on Monday, her team said. "
            f"She had surgery the next day. {later}")
    assert conflicts(text, date(2033, 2, 17)) == []


@pytest.mark.parametrize("owned, clash", [("9,800", True), ("12,400", False)])
def test_a_count_owned_by_a_thing_named_before_restates_its_count(owned, clash):
    # "The petition's 9,800 signatories": the petition's signatures, counted "12,400" before.
    text = ("A petition calling for a ban on fireworks in Tallow has gathered 12,400 signatures, its organisers "
            "said on Tuesday. The council must debate any petition backed by more than 10,000 people. "
            f"The petition's {owned} signatories include several local vets.")
    assert bool(conflicts(text, date(2032, 6, 10))) is clash


@pytest.mark.parametrize("owned", ["The petition's 9,800 signatories in Tallow", "The petition's 12,400 signatories"])
def test_an_owned_count_of_a_part_or_the_same_count_is_no_conflict(owned):
    # "in Tallow" picks out a part of the signatories; the same number restates the count.
    text = ("A petition calling for a ban on fireworks has gathered 12,400 signatures across the county, its "
            f"organisers said on Tuesday. {owned} include several local vets.")
    assert conflicts(text, date(2032, 6, 10)) == []


def test_an_owned_count_of_millions_is_not_a_counted_noun():
    text = ("About 200 million people use the service in the region, the firm said. "
            "The country's 360 million mobile users are a prize for any operator.")
    assert conflicts(text, date(2032, 6, 10)) == []


@pytest.mark.parametrize("when, clash", [("on November 28", True), ("on December 4", False)])
def test_the_airline_is_the_one_airline_the_article_names(when, clash):
    # "The airline" is "Norvik Coastal Airlines": its halt and "Norvik suspended" are one suspension.
    text = ("Norvik Coastal Airlines will resume flights to the island of Brask on Friday, the carrier said on "
            "Tuesday. The airline halted the route earlier this month after inspectors found cracks in a wing. "
            f"Norvik suspended the Brask service {when}, a spokesman for the aviation authority said.")
    assert bool(conflicts(text, date(2023, 12, 12))) is clash


def test_the_airline_is_no_one_in_particular_when_two_are_named():
    text = ("Norvik Coastal Airlines and Fjell Airlines both fly to the island of Brask. "
            "The airline halted the route earlier this month after inspectors found cracks in a wing. "
            "Fjell suspended its Brask service on November 28, a spokesman for the aviation authority said.")
    assert conflicts(text, date(2023, 12, 12)) == []


@pytest.mark.parametrize("levels, clash", [("to 84,000 from 44,000", True), ("to 94,000 from 44,000", False)])
def test_more_than_doubled_must_exceed_twice_the_old_level(levels, clash):
    # "more than doubled ... to 84,000 from 44,000": 84,000 is not more than twice 44,000.
    text = (f"Visitor numbers at the Tarrow Mill Museum more than doubled last year, {levels} in 2024, "
            "after the reopening of its restored waterwheel.")
    assert bool(conflicts(text, date(2026, 1, 29))) is clash


@pytest.mark.parametrize("multiple, clash", [("doubled", True), ("tripled", False)])
def test_a_multiple_told_apart_from_the_change_it_sums_up(multiple, clash):
    # "rose from 0.4mg to 1.2mg" ... "Nitrate has doubled": the subject shared, the ratio is three.
    text = ("Nitrate levels in the River Wenn rose from 0.4mg per litre to 1.2mg per litre in the week after "
            "a pump failure, volunteers found. Dead fish were reported along a two-mile stretch. "
            f"\"Nitrate has {multiple} in the space of a week,\" said the trust's science officer.")
    assert bool(conflicts(text, date(2026, 6, 18))) is clash


def test_a_multiple_of_another_measure_stays_apart_from_the_change():
    # "Profits rose from 2m to 3m" and "Its dividend doubled": two measures, no shared subject.
    text = ("Pre-tax profits at Harlan Tools rose from £2m to £3m last year, the company said. "
            "Its dividend doubled as the board returned cash to shareholders.")
    assert conflicts(text, date(2026, 6, 18)) == []


@pytest.mark.parametrize("multiple, clash", [("Attendance has halved", True), ("Attendance is down by a third", False)])
def test_attendance_is_the_visitor_count(multiple, clash):
    text = ("Visitor numbers at the Corbel Gallery fell from 210,000 to 140,000 last year, the annual report shows. "
            f"\"{multiple}, and nobody is pretending that is anything other than painful,\" the director said.")
    assert bool(conflicts(text, date(2026, 1, 22))) is clash


@pytest.mark.parametrize("counted, clash", [("all 11 of the dead", True), ("all 14 of the dead", False)])
def test_it_after_a_reporting_verb_is_the_speaker_not_the_place_before(counted, clash):
    # "The coroner's office said it had identified ...": "it" is the office, not the river named before.
    text = ("Flash flooding in the hill town of Askby killed 14 people on Sunday, officials said on Monday. "
            "The Tarn Beck burst its banks shortly after 3 p.m., sweeping away a footbridge. "
            f"The county coroner's office said it had identified {counted} by Monday afternoon.")
    assert bool(conflicts(text, date(2025, 9, 15))) is clash


@pytest.mark.parametrize("restated, clash", [("The 10-2 verdict", True), ("The 11-1 verdict", False)])
def test_a_jury_majority_is_a_tally(restated, clash):
    text = ("The jury at Wrexford Crown Court convicted Tobias Rann by a majority of 11 to 1 on Thursday "
            f"after nine hours of deliberation. {restated} came hours after the judge said she would accept "
            "a decision on which at least ten of them agreed.")
    assert bool(conflicts(text, date(2026, 11, 13))) is clash


@pytest.mark.parametrize("born, clash", [("1979", True), ("1973", False)])
def test_the_birth_told_of_a_name_pairs_with_that_names_age(born, clash):
    # Two ages in the story; "Marek Tull, 52" is the one whose birth is told ("Tull, who was born ...").
    text = ("A father of three was stabbed outside a takeaway in Glenmoor late on Saturday. The victim, named as "
            f"Marek Tull, 52, died at the scene. Tull, who was born in Glenmoor in {born}, ran a removals firm. "
            "A 23-year-old man has been arrested.")
    assert bool(conflicts(text, date(2026, 6, 22))) is clash


@pytest.mark.parametrize("now, clash", [("52", True), ("56", False)])
def test_an_age_in_a_named_year_fits_the_age_now(now, clash):
    # "appointed aged 31 in 2001": in 2026 she is 55 to 57.
    text = (f"Margit Ollen, {now}, who has led Fenwick Park Academy for more than two decades, is to step down "
            "at the end of the summer term, the school announced on Wednesday. Mrs Ollen, who became the "
            "youngest head teacher in the borough when she was appointed aged 31 in 2001, will remain a governor.")
    assert bool(conflicts(text, date(2026, 3, 5))) is clash


@pytest.mark.parametrize("last, clash", [("£900,000", True), ("£1.5m", False)])
def test_a_package_made_up_of_parts_adds_up(last, clash):
    # "a £4.5m package" ... "The package ... is made up of £1.8m, £1.2m and X": the parts make the sum.
    text = ("Tolbury District Council has approved a £4.5m package of cuts for the coming year. "
            "Opposition members tabled 14 amendments, all of which were defeated. "
            "The package, according to a report presented to members, is made up of £1.8m from closing four "
            f"libraries, £1.2m from reducing street cleaning and {last} from scrapping free parking.")
    assert bool(conflicts(text, date(2026, 2, 20))) is clash


@pytest.mark.parametrize("punitive, clash", [("$1.1 million", True), ("$800,000", False)])
def test_an_award_made_up_of_damages_adds_up_to_the_sum_awarded(punitive, clash):
    # "awarded $2.3 million" names the award by its verb.
    text = ("A jury on Wednesday awarded $2.3 million to a former warehouse worker who was hurt when a forklift "
            "tipped over. The award, his lawyers said, was made up of $1.5 million in compensatory damages and "
            f"{punitive} in punitive damages.")
    assert bool(conflicts(text, date(2026, 5, 22))) is clash


def test_parts_said_to_include_others_need_not_add_up():
    text = ("Tolbury District Council has approved a £4.5m package of cuts for the coming year. "
            "The package is made up of £1.8m from closing libraries, £1.2m from street cleaning and other savings.")
    assert conflicts(text, date(2026, 2, 20)) == []


@pytest.mark.parametrize("when, clash", [("shortly after the opening of the store on Oct. 3", True),
                                         ("shortly after opening on Oct. 3", False)])
def test_after_opening_is_the_days_hours_not_the_opening(when, clash):
    # "shortly after opening" is the time of day a shop opens; "the opening of the store" is its opening.
    text = (f"Three masked men robbed Marlow's Fine Jewelers {when} and escaped with about $48,000 in rings, "
            "police said. \"It was terrifying,\" said owner Rick Marlow, whose father opened the store in 1971.")
    assert bool(conflicts(text, date(2025, 10, 7))) is clash


@pytest.mark.parametrize("taken, clash", [("taken on March 12", True), ("taken on Thursday", False)])
def test_the_decision_names_the_vote_before_it(taken, clash):
    # "The decision" refers back to what was decided: here the councillors' vote.
    text = ("Ferring district councillors voted on Thursday to close two of the town's five public libraries. "
            f"The decision, {taken}, will see the Ormond Road branch shut by the end of June.")
    assert bool(conflicts(text, date(2026, 3, 20))) is clash


def test_a_courts_decision_on_another_day_is_another_decision():
    text = ("Ferring district councillors voted on Thursday to close two of the town's five public libraries. "
            "The High Court's decision on the Ormond Road lease, taken on March 12, was not appealed.")
    assert conflicts(text, date(2026, 3, 20)) == []


def test_a_decision_is_not_an_election():
    # "her decision" is no election: an election's date and a decision's reasons stay apart.
    text = ("The inquiry may not be finished by the time of the November 8 election, officials said. "
            "The county recorder said she made her decision based on numbers from the 2008 primary.")
    assert conflicts(text, date(2016, 4, 15)) == []


@pytest.mark.parametrize("other, clash", [("12", True), ("15", False)])
def test_a_group_split_with_the_other_names_every_part(other, clash):
    # "Of those, 22 ... and the other 12": two parts that make the 37 homes told before.
    text = ("The wildfire that swept across Ridley Moor over the weekend destroyed 37 homes, fire officials said. "
            f"Of those, 22 were in the village of Ashcombe and the other {other} stood along the lane to Fenwick.")
    assert bool(conflicts(text, date(2025, 8, 12))) is clash


def test_parts_without_the_other_may_leave_some_out():
    text = ("The wildfire that swept across Ridley Moor over the weekend destroyed 37 homes, fire officials said. "
            "Of those, 22 were in the village of Ashcombe and 12 stood along the lane to Fenwick.")
    assert conflicts(text, date(2025, 8, 12)) == []


@pytest.mark.parametrize("share, clash", [("about 12 per cent", True), ("about 15 per cent", False)])
def test_the_share_of_a_part_named_again_by_its_kind(share, clash):
    # "cut 450 jobs" ... "The redundancies amount to ... of its 3,000-strong workforce": 450 of 3,000.
    text = ("Veltro, the Leeds-based maker of industrial pumps, said on Wednesday it would cut 450 jobs as it "
            f"moves assembly work to Poland. The redundancies amount to {share} of its 3,000-strong workforce, "
            "the company said.")
    assert bool(conflicts(text, date(2026, 4, 8))) is clash


@pytest.mark.parametrize("added, clash", [("eight more bodies", True), ("six more bodies", False)])
def test_a_rise_put_down_to_an_addition(added, clash):
    # "rose to 23 ... from 17 ..., after rescuers pulled eight more bodies": 17 and eight make 25.
    text = ("The death toll from Monday's earthquake in the province of Varn rose to 23 on Wednesday from 17 on "
            f"Tuesday, after rescuers pulled {added} from a collapsed apartment block, the ministry said.")
    assert bool(conflicts(text, date(2026, 10, 15))) is clash


def test_more_than_is_a_comparison_not_an_addition():
    text = ("Ticket sales rose to 23,000 this year from 17,000 last year, 2,000 more than the organisers "
            "had hoped for.")
    assert conflicts(text, date(2026, 10, 15)) == []


@pytest.mark.parametrize("opened, clash", [("9 June", True), ("26 May", False)])
def test_a_trial_lasts_from_its_opening_to_its_verdict(opened, clash):
    # "convicted on Monday" (30 June) ends "the five-week trial, which opened on ...": a verdict follows a trial.
    text = ("A former care-home manager, Lorna Pettit, 49, was convicted on Monday of nine counts of fraud at "
            "Ashcombe Crown Court. The court heard that more than £86,000 had been withdrawn from residents' "
            f"accounts. The five-week trial, which opened on {opened}, heard evidence from 23 witnesses.")
    assert bool(conflicts(text, date(2025, 7, 2))) is clash


@pytest.mark.parametrize("when, clash", [("May 2", True), ("May 6", False)])
def test_days_after_the_raid_dated_later_as_the_robbery(when, clash):
    # "three days after the raid" counts from "The robbery, on ...", told after it: a raid on a shop is a robbery.
    text = ("Two men have been arrested over an armed robbery at a jeweller's on Elm Parade, Hensby. "
            "Officers detained the pair in Collier Street on Friday, three days after the raid. "
            f"The robbery, on {when}, was captured on CCTV.")
    assert bool(conflicts(text, date(2025, 5, 10))) is clash


@pytest.mark.parametrize("named, clash", [("The £15m deal", True), ("The £18m deal", False)])
def test_a_signing_for_a_fee_named_again_as_the_deal(named, clash):
    text = ("Kellford City have signed striker Aaron Brannock from Portavon for £18m, a club record. "
            "The 24-year-old has agreed a four-year contract. "
            f"{named} eclipses the £12m City paid for Luis Dorado in 2023.")
    assert bool(conflicts(text, date(2027, 1, 26))) is clash


@pytest.mark.parametrize("dated, clash", [("the March 3 crash", True), ("the March 5 crash", False)])
def test_a_bus_that_slid_off_the_road_crashed_and_the_dated_crash_names_it(dated, clash):
    # "slid off a road Thursday morning" is a crash; "the March 3 crash" refers back to it with its own date.
    text = ("A school bus carrying 26 students slid off a rain-slicked county road Thursday morning, sending 11 "
            f"children to hospital, state police said. The superintendent spent the afternoon after {dated} at "
            "Mercy Ridge Medical Center.")
    assert bool(conflicts(text, date(2026, 3, 10))) is clash


@pytest.mark.parametrize("when, clash", [("a fortnight ago", True), ("four weeks ago", False)])
def test_passing_a_bill_is_the_vote_named_after_it(when, clash):
    # "passed the bill ... on 3 March" is a decision; "that final vote" names it again.
    text = ("The assembly's Rented Homes Bill became law on Monday. Members passed the bill at its final stage on "
            "3 March by 34 votes to 26. The housing minister, who steered the legislation through that final vote "
            f"{when}, said tenants would have real security.")
    assert bool(conflicts(text, date(2026, 3, 31))) is clash


def test_passing_the_ball_is_no_decision():
    text = ("Members passed the bill at its final stage on 3 March by 34 votes to 26. "
            "In the charity match that followed a fortnight ago, the minister passed the ball to the speaker "
            "and the vote of thanks came after it.")
    assert conflicts(text, date(2026, 3, 31)) == []


@pytest.mark.parametrize("sheds, clash", [("nine", True), ("seven", False)])
def test_parts_of_those_cannot_exceed_the_group(sheds, clash):
    # "47 burglaries ... Of those, 19 ..., 21 ... and nine ...": 49 is more than 47 (parts may leave some out).
    text = ("Westby Township police logged 47 burglaries between January and March, a quarterly report shows. "
            f"Of those, 19 were break-ins at homes, 21 targeted businesses and {sheds} involved garages or sheds.")
    assert bool(conflicts(text, date(2026, 6, 22))) is clash


@pytest.mark.parametrize("parks, clash", [("£2.9m", True), ("£3.3m", False)])
def test_a_sum_split_three_ways_adds_up(parks, clash):
    text = ("Stonely Borough Council has approved a £14.2m capital programme for the coming year. "
            f"The programme is split three ways: £6.1m for roads, £4.8m for school buildings and {parks} for parks.")
    assert bool(conflicts(text, date(2026, 2, 26))) is clash


@pytest.mark.parametrize("multiple, clash", [("tripled", True), ("quadrupled", False)])
def test_a_change_told_across_an_abbreviated_date(multiple, clash):
    # "from 42 in the week ending Dec. 13 to 168": the full stop of "Dec." does not end the change.
    text = (f"Flu admissions in Carver County have {multiple} in a month, climbing from 42 in the week ending "
            "Dec. 13 to 168 in the week ending Jan. 10, according to county health data.")
    assert bool(conflicts(text, date(2026, 1, 21))) is clash


@pytest.mark.parametrize("share, clash", [("72 per cent", True), ("65 per cent", False)])
def test_a_percentage_restated_with_or_among_other_percentages(share, clash):
    # ", or 72 per cent" restates 1,560 of 2,400 even with another percentage in the sentence.
    text = ("Of the 2,400 people who attended A&E in August, 1,560 were admitted, transferred or discharged within "
            f"the target time, or {share}, against a national standard of 78 per cent.")
    assert bool(conflicts(text, date(2026, 9, 4))) is clash


@pytest.mark.parametrize("funeral, clash", [("on Saturday", True), ("on Tuesday", False)])
def test_his_funeral_is_the_funeral_of_the_man_named_before(funeral, clash):
    # "his funeral" belongs to Tresk, who "died there on Sunday": a funeral cannot come before the death.
    text = ("Dorian Tresk, 67, suffered serious burns in a blaze at his home on 1 May and was flown to the burns unit. "
            "His family said he died there on Sunday. "
            f"Hundreds of people attended his funeral at St Brannoc's Church {funeral}.")
    assert bool(conflicts(text, date(2025, 5, 14))) is clash


@pytest.mark.parametrize("restated, clash", [("12,410", True), ("14,210", False)])
def test_one_candidates_votes_told_twice(restated, clash):
    # "Delacorte received 14,210 votes" ... "Delacorte, whose 12,410 votes ...": one count, told twice.
    text = ("Marisa Delacorte will be Port Aldwin's next mayor after Tuesday's election. Delacorte received 14,210 "
            f"votes to Whitcombe's 9,870. Delacorte, whose {restated} votes were a record for a first-time mayoral "
            "candidate, said housing would be her first priority.")
    assert bool(conflicts(text, date(2026, 11, 5))) is clash


def test_a_candidates_votes_in_two_rounds_are_two_counts():
    text = ("Delacorte received 14,210 votes in the first round on Sunday. "
            "In the run-off a week later, Delacorte, whose 16,950 votes in the second round sealed the win, "
            "thanked her volunteers.")
    assert conflicts(text, date(2026, 11, 5)) == []


def test_a_count_is_compared_with_the_same_noun_before_its_class():
    # "312 passengers and 24 crew" ... "all 290 passengers": the passengers clash, not the crew.
    text = ("A ferry with 312 passengers and 24 crew on board ran aground off the Skerran Islands on Sunday evening, "
            "the coastguard said. A spokesman said all 290 passengers had been brought ashore safely.")
    found = conflicts(text, date(2026, 7, 27))
    assert found and found[0].startswith("'312' vs 'all 290'")


@pytest.mark.parametrize("restated, clash", [("Twenty-three", True), ("Thirty-eight", False)])
def test_a_number_word_opening_a_quotation_names_nobody(restated, clash):
    # "Twenty-three homes in this village ..." is about the village already named, not about "Twenty-three".
    text = ("The rivers authority said 38 homes in Little Brackwell were flooded when the river burst its banks "
            f"on Saturday. Parish council chairman Ian Fettle said: \"{restated} homes in this village were flooded "
            "on Saturday night, and some people have lost everything.\"")
    assert bool(conflicts(text, date(2025, 11, 17))) is clash


def test_counts_restricted_to_two_categories_are_two_groups():
    # "films competing in the documentary category" and "... in the dramatic category": two subsets.
    text = ("Twelve films competing in the new world cinema documentary category focus on countries under siege. "
            "The 16 films competing in the new world cinema dramatic category include works from six countries.")
    assert conflicts(text, date(2025, 1, 10)) == []


@pytest.mark.parametrize("lead, clash", [("seven-point", True), ("five-point", False)])
def test_a_lead_in_points_is_the_gap_between_the_shares(lead, clash):
    text = (f"The governing Centre Bloc has opened a {lead} lead over the Progress Party, according to a poll "
            "published on Monday. The survey put the Bloc on 34 per cent and Progress on 29 per cent, with the "
            "Greens on 14 per cent.")
    assert bool(conflicts(text, date(2026, 5, 25))) is clash


@pytest.mark.parametrize("end, clash", [("9:45 a.m.", True), ("8:15 a.m.", False)])
def test_a_stoppage_between_two_clock_times_has_their_length(end, clash):
    # "halted from 6:15 a.m. to 9:45 a.m." is three and a half hours; "The two-hour shutdown" is not it.
    text = (f"Service on the Crescent Vale line was halted from 6:15 a.m. to {end} Monday after a signal "
            "failure, transit officials said. The two-hour shutdown affected an estimated 18,000 riders.")
    assert bool(conflicts(text, date(2025, 8, 19))) is clash


def test_a_span_of_another_kind_has_its_own_length():
    # The span dates the meeting; the two-hour delay is another thing.
    text = ("The council met from 6 p.m. to 9:30 p.m. on Monday to debate the budget. "
            "Earlier, a two-hour delay on the Crescent Vale line had left commuters stranded.")
    assert conflicts(text, date(2025, 8, 19)) == []


@pytest.mark.parametrize("drop, clash", [("20 per cent", True), ("30 per cent", False)])
def test_a_change_told_after_both_levels(drop, clash):
    # "fell to 4,200 in April from 6,000 a year earlier, a drop of X": 6,000 to 4,200 is a 30% drop.
    text = ("The number of patients at Vale Hospitals waiting more than 18 weeks for surgery fell to 4,200 in April "
            f"from 6,000 a year earlier, a drop of {drop}, according to figures published on Thursday.")
    assert bool(conflicts(text, date(2026, 5, 14))) is clash


@pytest.mark.parametrize("place, clash", [("Pellby", True), ("Denholt", False)])
def test_minutes_counted_from_a_named_departure(place, clash):
    # "40 minutes after the coach set off from Pellby, at about 7:25" counts from the 6:10 departure
    # from Pellby; counted from Denholt (no clock told) it says nothing about 6:10.
    text = ("A coach carrying 46 pupils overturned near Denholt early on Friday, police said. The vehicle had left "
            "the Pellby depot at 6:10 a.m. and made a single pickup in Denholt before heading north. Investigators "
            f"said the crash happened roughly 40 minutes after the coach set off from {place}, at about 7:25 a.m.")
    assert bool(conflicts(text, date(2026, 2, 7))) is clash


@pytest.mark.parametrize("rise, clash", [("2.9 per cent", True), ("5.9 per cent", False)])
def test_a_rise_by_a_percentage_taking_a_level_from_one_to_another(rise, clash):
    # "by 2.9 per cent ..., taking the average bill from £1,850 to £1,960": that is a 5.9% rise.
    text = (f"Corby Vale Council will raise council tax by {rise} from April, taking the average Band D bill "
            "from £1,850 to £1,960, after councillors approved the budget on Tuesday night.")
    assert bool(conflicts(text, date(2027, 2, 24))) is clash


@pytest.mark.parametrize("ago, clash", [("10 days ago", True), ("two weeks ago", False)])
def test_a_storm_dated_by_its_premodifier(ago, clash):
    # "the Nov. 6 storm": the day is the storm's date, not a count of storms; a blizzard is a storm.
    text = ("Hundreds of households are still without power after the Nov. 6 storm, which dumped 22 inches of snow "
            f"across Garrison County. The blizzard struck {ago}, and schools have been closed since.")
    assert bool(conflicts(text, date(2025, 11, 20))) is clash


@pytest.mark.parametrize("lorries, clash", [("two lorries", True), ("three lorries", False)])
def test_kinds_of_vehicle_add_up_to_the_vehicles(lorries, clash):
    # "Fourteen vehicles" ... "eight cars, three vans and N lorries": cars, vans and lorries are vehicles.
    text = ("Fourteen vehicles were involved in a collision in thick fog on the Kelby bypass on Tuesday morning. "
            f"Police later confirmed that eight cars, three vans and {lorries} had been caught up in the crash.")
    assert bool(conflicts(text, date(2026, 1, 14))) is clash


def test_kinds_said_to_be_among_others_need_not_add_up():
    text = ("Fourteen vehicles were involved in a collision in thick fog on the Kelby bypass on Tuesday morning. "
            "Among them were eight cars and three vans, police said.")
    assert conflicts(text, date(2026, 1, 14)) == []


@pytest.mark.parametrize("members, clash", [("fifteen", True), ("thirteen", False)])
def test_a_tally_is_everyone_who_voted(members, clash):
    # "by nine votes to four" ... "All N members ... were present and voted": nine and four are 13 votes.
    text = ("Plans for 650 homes west of Bramley Cross were approved by nine votes to four at a meeting of the "
            f"planning committee. All {members} members of the committee were present and voted, the minutes show.")
    assert bool(conflicts(text, date(2026, 7, 16))) is clash


def test_abstentions_leave_the_tally_short_of_everyone():
    text = ("Plans for 650 homes west of Bramley Cross were approved by nine votes to four, with two abstentions. "
            "All fifteen members of the committee were present and voted, the minutes show.")
    assert conflicts(text, date(2026, 7, 16)) == []


@pytest.mark.parametrize("restated, clash", [("52", True), ("37", False)])
def test_the_count_confirmed_on_one_day_is_one_number(restated, clash):
    text = ("Health officials confirmed on Tuesday a total of 37 cases of norovirus at Holmwood Primary School. "
            f"\"Of the {restated} cases confirmed on Tuesday, most are in the infant classes,\" the head teacher said.")
    assert bool(conflicts(text, date(2026, 2, 5))) is clash


def test_new_cases_confirmed_on_a_day_add_to_the_total():
    text = ("Health officials confirmed on Tuesday a total of 37 cases of norovirus at Holmwood Primary School. "
            "Of those, 12 new cases were confirmed on Tuesday, the head teacher said.")
    assert conflicts(text, date(2026, 2, 5)) == []


@pytest.mark.parametrize("closes, clash", [("July 9", True), ("July 12", False)])
def test_a_festivals_days_run_from_its_opening_to_its_close(closes, clash):
    # "opens on July 3 and closes on July 9" is seven days, not "its ten days".
    text = (f"The Lanmere Folk Festival opens on July 3 and closes on {closes}, and more than 120 acts are booked "
            "to appear across its ten days, organisers said on Wednesday.")
    assert bool(conflicts(text, date(2025, 6, 18))) is clash


@pytest.mark.parametrize("launched, clash", [("March 2017", True), ("March 2015", False)])
def test_years_after_a_start_told_elsewhere(launched, clash):
    # "switched off on Monday after 11 years" ... "launched in March 2017": that is nine years.
    text = ("The Harwell-Kine space telescope was switched off on Monday after 11 years of observations. "
            f"The observatory, launched in {launched}, catalogued more than 40,000 exoplanet candidates.")
    assert bool(conflicts(text, date(2026, 7, 8))) is clash


def test_more_than_so_many_years_is_only_a_floor():
    text = ("The Harwell-Kine space telescope was switched off on Monday after more than 11 years of observations. "
            "The observatory, launched in March 2005, catalogued more than 40,000 exoplanet candidates.")
    assert conflicts(text, date(2026, 7, 8)) == []


@pytest.mark.parametrize("haul, clash", [("about £180,000", True), ("about £360,000", False)])
def test_what_one_theft_took_told_twice(haul, clash):
    # "escaped with ... worth an estimated £380,000" ... "got away with about £180,000": one haul, two sums.
    text = ("A four-man gang smashed their way into a jeweller's in Dunmere on Thursday and escaped with watches and "
            "rings worth an estimated £380,000. Detective Inspector Mark Ellery said: \"These men got away with "
            f"{haul} worth of stock, and they were prepared to use violence.\"")
    assert bool(conflicts(text, date(2025, 10, 3))) is clash


def test_two_raids_take_two_hauls():
    text = ("A gang escaped with watches worth an estimated £380,000 from a jeweller's in Dunmere on Thursday. "
            "In a separate raid last month, thieves got away with about £180,000 in cash.")
    assert conflicts(text, date(2025, 10, 3)) == []


@pytest.mark.parametrize("paid, clash", [("£6m", True), ("£8.5m", False)])
def test_the_fee_named_again_by_what_the_buyer_paid(paid, clash):
    # "a club-record fee of £8.5m" ... "We've paid £6m for a player": one fee, two sums.
    text = ("Castlebrook Athletic have completed the signing of striker Tomas Vargo from Kellerhof for a club-record "
            f"fee of £8.5m. Chairman Neil Fairley said: \"We've paid {paid} for a player who will be worth three "
            "times that in two years.\"")
    assert bool(conflicts(text, date(2026, 8, 14))) is clash


def test_what_was_paid_for_another_player_is_another_price():
    text = ("Castlebrook Athletic have completed the signing of striker Tomas Vargo from Kellerhof for a club-record "
            "fee of £8.5m. The club paid £6m for Dorado in 2023.")
    assert conflicts(text, date(2026, 8, 14)) == []


@pytest.mark.parametrize("when, clash", [("across the weekend", True), ("on Saturday alone", False)])
def test_one_festivals_crowd_told_twice(when, clash):
    # "drew a record 42,000 people over three days" ... "just over 24,000 people come through the gates":
    # across the weekend that is the same crowd; on Saturday alone it is one day of it.
    text = ("The Greymere Folk Festival drew a record 42,000 people over three days, organisers said. "
            f"Festival director Joan Pryor said: \"To see just over 24,000 people come through the gates {when} is "
            "beyond anything we hoped for.\"")
    assert bool(conflicts(text, date(2026, 7, 6))) is clash


def test_last_years_crowd_is_another_crowd():
    text = ("The Greymere Folk Festival drew a record 42,000 people over three days, organisers said, "
            "up from 24,000 people who came through the gates last year.")
    assert conflicts(text, date(2026, 7, 6)) == []


@pytest.mark.parametrize("offset, clash", [("four minutes", True), ("nine minutes", False)])
def test_a_clock_told_before_the_minutes_it_counts(offset, clash):
    # "arrived at 4:31 p.m., four minutes after the alarm": the clock first, its offset after a comma,
    # counted from the clock told before (4:22 p.m.).
    text = ("The alarm at Tolland Street depot sounded at 4:22 p.m. as the night shift was arriving. "
            f"The first ambulance arrived at 4:31 p.m., {offset} after the alarm, a spokesman said.")
    found = conflicts(text, date(2026, 2, 11))
    assert bool(found) is clash
    if clash:
        assert "'4:22 p.m.' and 'at 4:31 p.m., four minutes after" in found[0]


@pytest.mark.parametrize("back, clash", [("11.40am", True), ("9.40am", False)])
def test_what_was_cut_and_restored_lasts_between_the_two_clocks(back, clash):
    # "cut at 7.40am and restored at 11.40am" ... "the two-hour outage": four hours, not two.
    text = ("Water supplies to about 900 homes in Pelham Vale were cut at 7.40am on Tuesday after a main burst, "
            f"and were restored at {back}, the water company said. Residents were offered bottled water. "
            "The two-hour outage was the third this winter.")
    assert bool(conflicts(text, date(2026, 1, 14))) is clash


def test_a_cut_without_its_length_told_stays_quiet():
    text = ("Water supplies to about 900 homes in Pelham Vale were cut at 7.40am on Tuesday after a main burst, "
            "and were restored at 11.40am, the water company said. A two-hour meeting with residents followed.")
    assert conflicts(text, date(2026, 1, 14)) == []


@pytest.mark.parametrize("margin, clash", [("by 92 votes", True), ("by 129 votes", False)])
def test_a_candidates_margin_is_taken_from_the_race_not_the_referendum(margin, clash):
    # Two tallies in one story: the margin shares a name with the race ("Ostrander"), so it is checked
    # against 1,480 to 1,351, never against the levy's 2,010 to 1,630.
    text = (f"Councillor Ruth Amsel kept her seat on Tuesday, beating Paul Ostrander {margin}. "
            "Final results gave Amsel 1,480 votes to Ostrander's 1,351. "
            "A library levy on the same ballot passed 2,010 to 1,630.")
    found = conflicts(text, date(2026, 11, 5))
    assert bool(found) is clash
    if clash:
        assert "1,480 to 1,351" in found[0]


@pytest.mark.parametrize("day, clash", [("Friday", True), ("Thursday", False)])
def test_a_weekday_and_its_part_of_day_then_the_date(day, clash):
    # "on the Friday evening, 14 May": the part of the day stands between the weekday and its date.
    text = f"The choir will give its last concert of the season on the {day} evening, 14 May, in St Cuthbert's Hall."
    found = conflicts(text, date(2026, 4, 30))
    assert bool(found) is clash
    if clash:
        assert "14 May 2026 is a Thursday, not a Friday" in found[0]


@pytest.mark.parametrize("founded, clash", [("1994", True), ("1986", False)])
def test_years_being_marked_run_from_the_founding(founded, clash):
    # "founded in 1994" ... "We are celebrating 40 years": published in 2026 that is 32 years. The
    # refurbishment "completed in 2018" is not where the years start.
    text = (f"The Greyfield Singers, founded in {founded} by a group of retired teachers, gave their spring concert "
            "in a hall whose refurbishment was completed in 2018. \"We are celebrating 40 years this spring, and "
            "the voices are as good as ever,\" said the conductor, Ellen Marsh.")
    found = conflicts(text, date(2026, 4, 20))
    assert bool(found) is clash
    if clash:
        assert f"'founded in {founded}' vs 'celebrating 40 years'" in found[0]


@pytest.mark.parametrize("opened, clash", [("May 2011", True), ("May 2001", False)])
def test_the_years_we_have_been_running_since_it_opened(opened, clash):
    # "since it opened in May 2011" ... "In the 25 years we have been running": 15 years at publication.
    text = (f"Harwood Ferries has run the crossing to Skelly Island since it opened in {opened}, and its boats have been "
            "in dry dock since 2024. \"In the 25 years we have been running this service we have never cancelled a "
            "Christmas sailing,\" the operator's director said.")
    assert bool(conflicts(text, date(2026, 6, 2))) is clash


def test_years_since_another_event_are_not_the_subjects_age():
    text = ("The Greyfield Singers, founded in 1994, gave a concert marking 40 years since the flood that destroyed "
            "the old town hall.")
    assert conflicts(text, date(2026, 4, 20)) == []


@pytest.mark.parametrize("debut, clash", [("2012", True), ("2017", False)])
def test_an_age_at_a_dated_event_against_the_birth_year(debut, clash):
    # "born in 1998" ... "I was 19 when I first played for the county in 2012": 2012 - 1998 is 14.
    text = ("Ava Trelawney, born in Penzance in 1998, took six wickets at Helston on Saturday. "
            f"\"I was 19 when I first played for the county in {debut}, and I have waited a long time for this,\" "
            "she said.")
    found = conflicts(text, date(2026, 6, 1))
    assert bool(found) is clash
    if clash:
        assert "the age does not fit the years" in found[0]


def test_someone_elses_age_at_an_event_is_not_paired_with_a_generic_age():
    text = ("Personality is stable after the age of 30, psychologists say. The mayor would be the oldest to take the "
            "post, topping Ronald Reagan, who was 69 when he took office in 1981.")
    assert conflicts(text, date(2016, 6, 14)) == []


@pytest.mark.parametrize("told, clash", [("a 40 per cent profit rise", True), ("a 25 per cent profit rise", False)])
def test_a_percentage_told_later_against_the_levels_told_before(told, clash):
    # "operating profit of £7.5m, up from £6m" ... "a 40 per cent profit rise" (in a quotation): 25%.
    text = ("Harrowgate Dairies reported operating profit of £7.5m for the year, up from £6m. Sales rose to £88m from "
            f"£80m. \"To deliver {told} while milk prices climbed is a credit to our farmers,\" the chairman said.")
    found = conflicts(text, date(2026, 3, 12))
    assert bool(found) is clash
    if clash:
        assert "'£7.5m for the year, up from £6m' vs 'a 40 per cent profit rise'" in found[0]


@pytest.mark.parametrize("told, clash", [("A 10 per cent", True), ("A 30 per cent", False)])
def test_a_bare_percentage_points_back_to_the_one_change_before_it(told, clash):
    # "1,300 calls in March compared with 1,000": a bare "A 10 per cent increase" refers back to it;
    # the change told after it ("to 12 minutes from 9") is not its antecedent.
    text = ("The helpline answered 1,300 calls last month compared with 1,000 a year before. "
            f"\"{told} increase is more than our volunteers can carry,\" its director said. "
            "Average waits rose to 12 minutes from 9.")
    assert bool(conflicts(text, date(2026, 4, 2))) is clash


def test_another_periods_or_another_parts_change_is_not_the_levels_change():
    # "truck sales fell 9% in February", "In 2019, sales fell 8%": narrowed or dated, so another change.
    text = ("Overall sales across the industry fell to 1.25 million vehicles from 1.27 million a year earlier. "
            "The firm said truck sales fell 9% while car sales were flat. In 2019, sales fell 8%.")
    assert conflicts(text, date(2026, 3, 2)) == []


@pytest.mark.parametrize("ponies, clash", [("40 ponies", True), ("31 ponies", False)])
def test_kinds_of_livestock_make_the_animals_total(ponies, clash):
    # "215 animals" ... "96 horses, 88 cattle and 40 ponies": horses, cattle and ponies are animals;
    # "cancelled over welfare concerns" is a cause, not a hedge that makes the list partial.
    text = ("The spring show at Harrowby drew 215 animals, the most since 2010. Judges saw 96 horses, 88 cattle "
            f"and {ponies}, the only classes held after the sheep section was cancelled over welfare concerns.")
    found = conflicts(text, date(2026, 5, 4))
    assert bool(found) is clash
    if clash:
        assert "the kinds do not add up to the total" in found[0]


@pytest.mark.parametrize("now, clash", [("to 14 drivers", True), ("to 18 drivers", False)])
def test_a_multiple_to_a_level_against_an_old_count_in_words(now, clash):
    # "six drivers" in 2019 ... "has trebled since then, to 14 drivers": three times six is 18.
    text = ("When Omar Haddad started Lanterne Cabs in 2019 he had two cars and six drivers. "
            f"His workforce has trebled since then, {now}, and the firm now runs a night service.")
    found = conflicts(text, date(2026, 5, 20))
    assert bool(found) is clash
    if clash:
        assert "'six drivers': the multiple does not fit" in found[0]


@pytest.mark.parametrize("named, clash", [("the £650,000 from the lottery fund", True),
                                          ("the £560,000 from the lottery fund", False)])
def test_a_sum_named_again_by_its_giver(named, clash):
    # "The lottery fund has pledged £560,000" ... "the £650,000 from the lottery fund": one giver, one sum.
    text = ("Restoration of the Dunmere lido will start in spring after the lottery fund pledged £560,000 towards it. "
            "The town council will find the remaining £240,000. "
            f"\"Without {named} we would have had to fill it in,\" the mayor said.")
    found = conflicts(text, date(2026, 2, 9))
    assert bool(found) is clash
    if clash:
        assert "two sums from one giver" in found[0]


def test_another_givers_sum_is_another_sum():
    text = ("Restoration of the Dunmere lido will start in spring after the lottery fund pledged £560,000 towards it. "
            "\"Without the £240,000 from the council we would have had to fill it in,\" the mayor said.")
    assert conflicts(text, date(2026, 2, 9)) == []


def test_school_year_labels_are_not_counts():
    # "Twelve Year 9 pupils": twelve pupils of Year 9, so "all twelve pupils" is the same group.
    text = ("Twelve Year 9 pupils were taken to hospital after fumes leaked into a science room on Tuesday. "
            "All twelve pupils were home by the evening, the head teacher said.")
    assert conflicts(text, date(2026, 2, 12)) == []


@pytest.mark.parametrize("margin, clash", [("by three goals", True), ("by two goals", False)])
def test_a_results_margin_against_its_score(margin, clash):
    # "beat Pellham 4-2" ... "to win by three goals": 4-2 is a margin of two. "lost 3-0 in August" is
    # another match and stays out of it.
    text = ("Harwick United beat Pellham 4-2 on Saturday to move off the bottom of the table. "
            f"\"To win {margin} after losing 3-0 here in August shows how far we have come,\" the manager said.")
    found = conflicts(text, date(2026, 10, 5))
    assert bool(found) is clash
    if clash:
        assert "the margin does not fit the score" in found[0]


def test_a_round_up_of_several_results_has_no_one_margin():
    text = ("Harwick United beat Pellham 4-2 and Dunmore drew 1-1 with Castlebrook. "
            "Tarnby won by three goals at Ashcombe.")
    assert conflicts(text, date(2026, 10, 5)) == []


@pytest.mark.parametrize("text, closures", [
    ("On Wednesday close to 300 readers signed a petition to save the library.", 0),
    ("The library will close to readers on Wednesday.", 1),
])
def test_close_to_a_number_is_a_hedge_not_a_closure(text, closures):
    from workbench.analysis.events import claim_events

    analysis = analyse_article(text, date(2026, 3, 12))
    mentions = claim_events(text, analysis.claims[0]).mentions
    assert sum("closure" in m.classes for m in mentions) == closures


@pytest.mark.parametrize("text, layoffs", [
    ("Brennan Foods will cut 400 jobs at its Harwick plant.", 1),
    ("The job losses will fall mostly on night shifts.", 1),
    ("Brennan Foods will cut prices on 400 lines.", 0),
])
def test_job_cuts_with_a_count_inside_are_a_layoff(text, layoffs):
    from workbench.analysis.events import claim_events

    analysis = analyse_article(text, date(2026, 3, 12))
    mentions = claim_events(text, analysis.claims[0]).mentions
    assert sum("layoff" in m.classes for m in mentions) == layoffs


def test_a_runs_start_told_with_weekday_and_date_counts_from_the_date():
    # Published Wednesday 5 August: "walked out on Tuesday, July 28" is nine days back, so "its ninth
    # day" fits; the bare weekday alone would have named 4 August.
    text = ("The strike at the Harrow Vale depot entered its ninth day on Wednesday. About 900 drivers walked out "
            "on Tuesday, July 28, over a pay offer.")
    assert conflicts(text, date(2026, 8, 5)) == []


@pytest.mark.parametrize("last, clash", [("1,300 tonnes", True), ("1,100 tonnes", False)])
def test_parts_measured_in_one_unit_add_up_to_the_named_total(last, clash):
    # "a quota of 5,000 tonnes" ... "The quota is divided between three co-operatives: 2,100 tonnes,
    # 1,800 tonnes and 1,300 tonnes": 5,200, not 5,000. "three co-operatives" counts the parts.
    text = ("Scallop boats in Kerrow Bay will share a quota of 5,000 tonnes next year, down from 5,600 tonnes. "
            f"The quota is divided between three co-operatives: 2,100 tonnes, 1,800 tonnes and {last}.")
    found = conflicts(text, date(2026, 2, 18))
    assert bool(found) is clash
    if clash:
        assert "the parts do not add up to the quota" in found[0]


def test_whose_names_another_things_event():
    # "regulators approved it last Friday" ... "Tallis, whose first drug was approved in 2019": the
    # 2019 approval is the first drug's, not this one's.
    text = ("Regulators approved Corlane, a monthly cholesterol pill made by Tallis Pharma, last Friday. "
            "Tallis, whose first drug was approved in 2019, expects sales within weeks.")
    assert conflicts(text, date(2026, 5, 14)) == []


@pytest.mark.parametrize("margin, clash", [("3,912", True), ("4,812", False)])
def test_votes_against_the_rivals_and_the_winners_margin(margin, clash):
    # "polling 41,305 votes against 36,493" ... "his margin of 3,912 votes": 4,812. The margin "four
    # years ago" is another election's and stays out of it.
    text = ("Arun Mehta held the Kalpur seat on Thursday, polling 41,305 votes against 36,493 for his nearest rival. "
            f"Mehta said his margin of {margin} votes was a clear verdict. The seat had been won by more than "
            "11,000 votes four years ago.")
    found = conflicts(text, date(2025, 11, 20))
    assert bool(found) is clash
    if clash:
        assert "'41,305 to 36,493' vs 'margin of 3,912 votes'" in found[0]


@pytest.mark.parametrize("into, clash", [("40 minutes into", True), ("70 minutes into", False)])
def test_minutes_into_a_journey_count_from_its_start(into, clash):
    # "left at 9.10am ... broke down at 10.20am, 40 minutes into the trip": 70 minutes.
    text = (f"The coach left Harwick at 9.10am and broke down at 10.20am, {into} the trip, the operator said. "
            "Passengers waited two hours for a replacement.")
    assert bool(conflicts(text, date(2026, 4, 8))) is clash


@pytest.mark.parametrize("told, clash", [("A 9 per cent", True), ("A 5 per cent", False)])
def test_a_hyphenated_million_is_a_level(told, clash):
    # "a $63-million budget, up from $60 million" ... "A 9 per cent rise in the budget": 5%.
    text = ("Council approved a $63-million operating budget on Tuesday, up from $60 million last year. "
            f"\"{told} rise in the operating budget is more than families can carry,\" one councillor said.")
    assert bool(conflicts(text, date(2026, 3, 4))) is clash


@pytest.mark.parametrize("later, clash", [("nearly three hours later", True), ("nearly five hours later", False)])
def test_a_clock_then_a_hedged_number_of_hours_later(later, clash):
    # "logged in at 1:10 a.m." ... "cut off access at 5:55 a.m., nearly three hours later": 4 h 45 min.
    text = ("Intruders first logged in to the payroll server at 1:10 a.m. on March 3, the company said. "
            f"An engineer spotted them and cut off access at 5:55 a.m., {later}.")
    assert bool(conflicts(text, date(2026, 3, 10))) is clash


@pytest.mark.parametrize("share, clash", [("21 percent", True), ("15 percent", False)])
def test_among_a_group_a_part_and_its_percentage(share, clash):
    # "Among the 2,400 nurses who worked at least 12 shifts a month, 360, or 21 percent": 15 percent.
    text = (f"Among the 2,400 nurses who worked at least 12 shifts a month, 360, or {share}, reported burnout, "
            "the survey found.")
    assert bool(conflicts(text, date(2026, 3, 10))) is clash


@pytest.mark.parametrize("margin, clash", [("A three-goal", True), ("A two-goal", False)])
def test_a_result_told_as_a_noun_and_its_margin(margin, clash):
    # "a 3-1 hammering of Dunmore last night" ... "A three-goal defeat flatters us": the margin is two.
    text = ("Harwick ended their slump with a 3-1 hammering of Dunmore last night. "
            f"Dunmore's manager said: \"{margin} defeat flatters us.\"")
    assert bool(conflicts(text, date(2026, 11, 20))) is clash


@pytest.mark.parametrize("rest, clash", [("the remaining 310", True), ("the remaining 290", False)])
def test_of_those_and_the_remaining_make_the_group_bigger_than_its_parts(rest, clash):
    # "recruited 900 patients who had at least four attacks a month. Of those, 610 ... the remaining 310":
    # 920; "four" is no candidate for the group, being smaller than its parts.
    text = ("Doctors recruited 900 patients who had at least four attacks a month. "
            f"Of those, 610 took the new tablet and {rest} a dummy pill.")
    found = conflicts(text, date(2026, 6, 10))
    assert bool(found) is clash
    if clash:
        assert "'900' vs '610 ... the remaining 310'" in found[0]


@pytest.mark.parametrize("age, clash", [("52", True), ("25", False)])
def test_a_bare_age_no_named_person_has_belongs_to_the_one_just_named(age, clash):
    # "Lee Varney, 25," and "Ms Okafor, 31," ... "Varney admitted the theft. His solicitor said the
    # 52-year-old was sorry": 52 is nobody's age, and Varney was named just before.
    text = ("Lee Varney, 25, stole a handbag from Ruth Okafor, 31, at Harwick station in May. "
            "Varney admitted the theft at Kelby Crown Court. "
            f"His solicitor said the {age}-year-old was sorry.")
    found = conflicts(text, date(2026, 9, 24))
    assert bool(found) is clash
    if clash:
        assert "'Lee Varney, 25' vs 'the 52-year-old was'" in found[0]


def test_a_bare_age_of_someone_named_is_theirs():
    text = ("Lee Varney, 25, stole a handbag from Ruth Okafor, 31, at Harwick station in May. "
            "Varney admitted the theft. Afterwards the 31-year-old said she felt safe again.")
    assert conflicts(text, date(2026, 9, 24)) == []


@pytest.mark.parametrize("old, clash", [("R38 billion", True), ("R47 billion", False)])
def test_rand_levels_against_a_multiple(old, clash):
    # "has doubled in two years, rising to R94 billion from R38 billion": R38bn doubled is R76bn.
    text = (f"Debt owed to the utility has doubled in two years, rising to R94 billion in August from {old} "
            "in August 2024, the utility told Parliament on Tuesday.")
    assert bool(conflicts(text, date(2026, 9, 16))) is clash


@pytest.mark.parametrize("told, clash", [("A 30 per cent", True), ("A 20 per cent", False)])
def test_crore_is_a_scale_for_levels(told, clash):
    # "Rs 1,200 crore, up from Rs 1,000 crore" ... "A 30 per cent rise": 20 per cent.
    text = ("Kalpa Textiles reported revenue of Rs 1,200 crore for the year, up from Rs 1,000 crore. "
            f"\"{told} rise in revenue in a tough market is a good result,\" the chairman said.")
    assert bool(conflicts(text, date(2026, 5, 20))) is clash


@pytest.mark.parametrize("years, clash", [("after 31 years of production", True), ("after 36 years of production", False)])
def test_years_of_production_run_from_opening_to_closure(years, clash):
    text = f"The Harrow Fell quarry opened in 1962 and shut down in 1998, {years} that employed 300 people at its peak."
    assert bool(conflicts(text, date(2025, 10, 8))) is clash


@pytest.mark.parametrize("lost, clash", [("£52,000", True), ("£60,000", False)])
def test_a_rate_over_its_period_makes_the_total(lost, clash):
    # "at £12,000 a day ... over these five days ... we have lost £52,000": five days make £60,000.
    text = ("The bridge has been shut since Friday. \"Over these five days, at £12,000 a day in missed trade, we have "
            f"lost {lost},\" the harbour master said. A repair over three weeks is planned.")
    found = conflicts(text, date(2026, 4, 21))
    assert bool(found) is clash
    if clash:
        assert "the rate does not make the total" in found[0]


@pytest.mark.parametrize("total, clash", [("£4million", True), ("£4.8million", False)])
def test_a_rate_paid_for_a_period_told_in_another_paragraph(total, clash):
    # "£20,000 a month for the next 20 years" ... "£240,000 a year, £4million in total": £4.8m. The
    # "for 12 years" of another paragraph is someone else's period.
    text = ("A bus driver has won £20,000 a month for the next 20 years on a scratchcard.\n"
            f"The prize works out at £240,000 a year, {total} in total.\n"
            "She has bought a ticket every week for 12 years.")
    assert bool(conflicts(text, date(2026, 6, 10))) is clash


@pytest.mark.parametrize("year, clash", [("1999", True), ("1994", False)])
def test_a_birth_year_told_as_a_record(year, clash):
    # "Tom Reddle, 31," ... "his year of birth is given in court papers as 1999": 26 or 27 in 2026.
    text = (f"Tom Reddle, 31, denied burglary at Kelby Crown Court on Monday. His year of birth is given in court "
            f"papers as {year}. He was remanded in custody.")
    found = conflicts(text, date(2026, 6, 10))
    assert bool(found) is clash


def test_a_triumph_is_a_victory():
    from workbench.analysis.events import claim_events

    text = "The owners celebrated long into the night after the triumph."
    analysis = analyse_article(text, date(2026, 3, 12))
    assert any("victory" in m.classes for m in claim_events(text, analysis.claims[0]).mentions)


@pytest.mark.parametrize("named, clash", [("The Rs 1,540-crore issue", True), ("The Rs 1,450-crore issue", False)])
def test_an_amount_before_its_noun_named_again(named, clash):
    # "Kalpa Textiles' Rs 1,450-crore initial public offering" ... "The Rs 1,540-crore issue": an
    # offering and its issue are one sale of shares.
    text = ("Kalpa Textiles' Rs 1,450-crore initial public offering will open for subscription on Tuesday. "
            f"{named} is the largest by a textile firm this year, bankers said.")
    found = conflicts(text, date(2026, 5, 14))
    assert bool(found) is clash
    if clash:
        assert "two amounts for the one offering" in found[0]


@pytest.mark.parametrize("margin, clash", [("12-point", True), ("eight-point", False)])
def test_last_seasons_result_is_not_the_one_the_margin_fits(margin, clash):
    # "a hard-fought 27-19 win" is the result; "a 31-17 victory ... last season" is another match.
    text = ("Ystrad moved top on Saturday after a hard-fought 27-19 win over Pontcarreg. "
            f"The coach said the {margin} winning margin flattered his side. "
            "The sides met twice last season, including a 31-17 victory in the reverse fixture in April.")
    found = conflicts(text, date(2025, 10, 20))
    assert bool(found) is clash
    if clash:
        assert "'a hard-fought 27-19 win' vs '12-point winning margin'" in found[0]


def test_a_rate_in_a_quotation_opening_with_its_period_in_the_articles_scale():
    # The quotation opens with its period ("Over these nine days"); the derivation keeps the article's
    # scale (crore), and a finding inside one claim names that one claim.
    text = 'The strike is in its ninth day. "Over these nine days, at Rs 18 crore a day, we have lost Rs 142 crore," he said.'
    findings = [f for f in analyse_article(text, date(2026, 8, 5)).findings if f.kind == "numeric_conflict"]
    assert len(findings) == 1
    assert findings[0].explanation.endswith("18 crore a day for 9 days is 162 crore, not 142 crore (claim 2)")


@pytest.mark.parametrize("when, clash", [("on Monday evening", True), ("on Tuesday evening", False)])
def test_the_last_of_the_homes_is_dated_once(when, clash):
    # Published Wednesday 14 January: "The last of the houses were reconnected yesterday" (Tuesday) ...
    # "The final 25 homes ... had water again on Monday evening": homes and houses are one kind.
    text = ("A burst main left 3,000 homes in Pelham without water at the weekend. "
            "The last of the houses were reconnected yesterday, the water company said. "
            f"The final 25 homes, on Mill Street, had water again {when}, residents said.")
    found = conflicts(text, date(2026, 1, 14))
    assert bool(found) is clash
    if clash:
        assert "the last of them is dated twice" in found[0]


def test_the_last_of_two_kinds_of_thing_are_two_ends():
    text = ("The last of the houses were reconnected yesterday, the water company said. "
            "The final 40 passengers left the stranded train on Monday evening.")
    assert conflicts(text, date(2026, 1, 14)) == []


@pytest.mark.parametrize("margin, clash", [("three-vote majority", True), ("five-vote majority", False)])
def test_a_margin_is_of_the_main_vote_when_another_is_told_as_earlier(margin, clash):
    # 11 to 6 is a majority of five; the committee's 5-4 of last month is another vote
    text = ("The harbour board approved the dredging plan by 11 votes to 6 at its meeting on Thursday. "
            "Last month the finance committee backed the plan by five votes to four.\n\n"
            f"Board member Tove Hald, who opposed the plan, said the {margin} showed deep unease.")
    assert bool(conflicts(text, date(2031, 5, 9))) is clash


def test_a_margin_named_by_what_the_earlier_vote_was_about_is_that_votes():
    # twin of the above: "the one-vote margin on the levy" is the levy vote's (5-4), not the plan's
    text = ("The harbour board approved the dredging plan by 11 votes to 6 at its meeting on Thursday. "
            "Last month the finance committee backed a mooring levy by five votes to four.\n\n"
            "Board member Tove Hald said the one-vote margin on the levy still rankled.")
    assert conflicts(text, date(2031, 5, 9)) == []


@pytest.mark.parametrize("length, clash", [("a month-long closure", True), ("an 11-day closure", False),
                                           ("a ten-day closure", False)])
def test_a_closure_dated_at_both_ends_has_its_length(length, clash):
    # Monday 4 May to Thursday 14 May: ten days, eleven counting both ends; not a month
    text = ("The Kelby swing bridge will close from 8pm on Monday, 4 May, and is due to reopen at 5am on "
            "Thursday, 14 May, the county said.\n\n"
            f"\"Traders on the quay will feel {length} badly,\" said councillor Ruth Amsel.")
    assert bool(conflicts(text, date(2026, 4, 20))) is clash


@pytest.mark.parametrize("years, clash", [("four", True), ("six", False)])
def test_a_study_followed_from_one_month_to_another_has_its_years(years, clash):
    # June 2018 to June 2024 is six years
    text = ("A new study suggests that noise from night flights harms children's sleep.\n\n"
            "Researchers followed 800 children living near Ostend airport from June 2018 to June 2024.\n\n"
            f"Over the {years} years of the study, children under the flight path slept 20 minutes less a night.")
    assert bool(conflicts(text, date(2025, 3, 2))) is clash


@pytest.mark.parametrize("length, clash", [("the seven-day walkout", True), ("the 19-day walkout", False)])
def test_a_strike_begun_and_called_off_on_two_dates_has_its_length(length, clash):
    # Monday 2 March to Friday 20 March: 18 days, 19 counting both ends. The earlier two-day
    # strike in January is another strike, dated apart, and is never measured against them.
    text = ("Junior nurses downed tools on Monday, March 2, and called off the action on Friday, March 20, "
            "after the ministry paid part of the arrears.\n\n"
            f"Patients bore the brunt of {length}, with clinics running at half capacity.\n\n"
            "The union had earlier staged a two-day warning strike in January.")
    assert bool(conflicts(text, date(2026, 3, 23))) is clash


@pytest.mark.parametrize("ago, clash", [("twenty years ago", True), ("thirty years ago", False),
                                        ("nearly thirty years ago", False)])
def test_a_founding_year_told_again_as_years_ago(ago, clash):
    # founded in 1996, published in 2026: the founders met thirty years ago
    text = ("The Harwick credit union, founded in 1996 by 40 dock workers, now has 9,000 members.\n\n"
            f"\"When our founders first pooled their wages {ago}, nobody thought we would last,\" "
            "its chair, Ada Moss, said at the annual meeting on Saturday.")
    assert bool(conflicts(text, date(2026, 4, 15))) is clash


@pytest.mark.parametrize("fraction, clash", [("almost a quarter", True), ("almost a fifth", False),
                                             ("nearly a fifth", False)])
def test_a_change_told_as_a_fraction_against_its_levels(fraction, clash):
    # 52,000 to 61,100 is a rise of 17.5%: almost a fifth, not almost a quarter. "To see numbers
    # climb": the verb before the subject does not narrow what climbed.
    text = ("The island ferry carried 61,100 passengers in 2025, up from 52,000 the year before.\n\n"
            f"\"To see numbers climb by {fraction} in a single year is remarkable,\" its manager said.")
    assert bool(conflicts(text, date(2026, 2, 3))) is clash


@pytest.mark.parametrize("told, clash", [("the 40 per cent jump", True), ("the 30 per cent jump", False)])
def test_naira_levels_and_the_change_told_later(told, clash):
    # N318.4 billion to N412.6 billion is a rise of 29.6%
    text = ("Kestrel Bank reported a profit before tax of N412.6 billion for 2025, up from N318.4 billion "
            "in 2024.\n\n"
            f"Analysts said {told} in profit was ahead of forecasts.")
    assert bool(conflicts(text, date(2026, 3, 5))) is clash


@pytest.mark.parametrize("apart, clash", [("more than 300 votes apart", True), ("fewer than 200 votes apart", False),
                                          ("about 160 votes apart", False)])
def test_a_hedged_margin_told_as_votes_apart(apart, clash):
    # 4,812 - 4,655 = 157
    text = ("Orla Benning won the Ward 4 seat with 4,812 votes to Tomas Reyes's 4,655, unofficial results showed.\n\n"
            f"\"When two candidates are {apart}, a recount rarely changes anything,\" the county clerk said.")
    assert bool(conflicts(text, date(2026, 11, 5))) is clash


@pytest.mark.parametrize("age, clash", [("29", True), ("34", False)])
def test_an_age_against_a_date_of_birth_in_the_records(age, clash):
    # born 12 April 1991, published 6 March 2026: 34
    text = (f"Ivo Brandt, {age}, was charged on Thursday with four counts of burglary.\n\n"
            "Court records list Brandt's date of birth as April 12, 1991.")
    assert bool(conflicts(text, date(2026, 3, 6))) is clash


@pytest.mark.parametrize("told, clash", [("the 38 per cent jump in pre-tax earnings", True),
                                         ("the 30 per cent jump in pre-tax earnings", False)])
def test_a_change_in_pre_tax_earnings_is_of_the_profit_before_tax(told, clash):
    # profit before tax N318.4bn to N412.6bn is +29.6%; gross earnings N1.52tn to N1.94tn (+27.6%)
    # are other earnings, which "pre-tax" rules out
    text = ("Kestrel Bank reported a profit before tax of N412.6 billion for 2025, up from N318.4 billion in 2024. "
            "Gross earnings rose to N1.94 trillion from N1.52 trillion.\n\n"
            f"Analysts said {told} was ahead of forecasts.")
    assert bool(conflicts(text, date(2026, 3, 5))) is clash


@pytest.mark.parametrize("named, clash", [("the $3.1 million shipment", True), ("the $2.6 million shipment", False),
                                          ("the $3.1 million loan", False)])
def test_a_quantity_at_a_unit_price_against_the_purchase_named_later(named, clash):
    # 4 million kilograms at $0.65 per kilogram is $2.6 million; a loan is no total of the purchase
    text = ("The co-operative sold 4 million kilograms of green coffee to a Hamburg roaster at a farm-gate price "
            "of $0.65 per kilogram, its chair said on Monday.\n\n"
            f"Growers will be paid from {named} within 30 days, the roaster said.")
    assert bool(conflicts(text, date(2026, 6, 2))) is clash


@pytest.mark.parametrize("last, clash", [("212 had no damage at all", True), ("172 had no damage at all", False),
                                         ("212 had water damage", False)])
def test_a_group_split_in_its_own_sentence_with_the_rest_last(last, clash):
    # 310 + 158 + 172 = 640: with the rest named last ("no damage") the parts make the group;
    # a third kind of damage may overlap the others, so then nothing need add up
    text = (f"Of the 640 homes inspected after the storm, 310 had roof damage, 158 had broken windows and {last}, "
            "the council said.")
    assert bool(conflicts(text, date(2026, 1, 20))) is clash


@pytest.mark.parametrize("named, clash", [("the 27 councillors who backed the plan", True),
                                          ("the 23 councillors who backed the plan", False),
                                          ("the 27 councillors who backed last year's plan", False)])
def test_one_side_of_a_vote_counted_twice(named, clash):
    # 23 voted in favour; the same side named again as the people who backed it
    text = ("Of the 41 members of the council, 23 voted in favour of the ferry plan, 15 opposed it and three "
            "abstained.\n\n"
            f"The opposition leader, Ruth Calder, said {named} had ignored the islanders.")
    assert bool(conflicts(text, date(2026, 2, 11))) is clash


@pytest.mark.parametrize("announced, clash", [("on Monday evening", True), ("on Wednesday morning", False)])
def test_the_decision_of_a_dated_meeting_is_not_told_before_it(announced, clash):
    # the board met on Tuesday 10 February (published Thursday 12 February)
    text = ("The Harwick water board met on Tuesday, February 10, to set next year's charges.\n\n"
            f"The decision, announced {announced}, raises the average bill by £41.")
    assert bool(conflicts(text, date(2026, 2, 12))) is clash


def test_a_meeting_held_to_review_an_earlier_decision_comes_after_it():
    # twin: the meeting's own sentence names the decision, which came first
    text = ("The Harwick water board met on Tuesday, February 10, to review its decision on charges.\n\n"
            "The decision, announced on Monday evening, raises the average bill by £41.")
    assert conflicts(text, date(2026, 2, 12)) == []


@pytest.mark.parametrize("margin, clash", [("three-touchdown win", True), ("two-touchdown win", False)])
def test_a_win_told_in_touchdowns_against_the_score(margin, clash):
    # 31-17 is a margin of 14: two touchdowns (12 to 16 points), not three (18 to 24)
    text = ("Harlow High pulled away in the second half for a 31-17 win over Dunmore on Friday night.\n\n"
            f"\"The kids trusted each other,\" coach Ray Ostrowski said after the {margin}.")
    assert bool(conflicts(text, date(2025, 9, 13))) is clash


@pytest.mark.parametrize("named, clash", [("The $412-million issue", True), ("The $421-million issue", False)])
def test_an_offering_named_again_beside_the_parts_it_comprises(named, clash):
    # the offering's parts ("a fresh issue of $200 million") are listed after "comprises": not the whole
    text = ("Brellin Foods' $421-million initial public offering opens for subscription on Tuesday. "
            "The offering comprises a fresh issue of $200 million and a sale of $221 million of existing shares.\n\n"
            f"\"{named} is priced fairly against its peers,\" said analyst Ines Varga.")
    assert bool(conflicts(text, date(2026, 5, 14))) is clash


@pytest.mark.parametrize("later, clash", [("nearly five hours after the call", False),
                                          ("nearly three hours after the call", True)])
def test_an_offset_after_a_named_event_counts_from_that_events_clock(later, clash):
    # the call came at 11.40 pm; the second tender's 12.35 am is the last clock told, not the call's.
    # 11.40 pm to 4.30 am is four hours fifty: nearly five hours, not nearly three.
    text = ("A call was received at 11.40 pm from a security guard at the next warehouse, the fire brigade said.\n\n"
            "A second tender arrived at 12.35 am, and seven tenders were pressed into service in all. "
            f"The blaze was brought under control by 4.30 am, {later}.")
    assert bool(conflicts(text, date(2026, 1, 15))) is clash


@pytest.mark.parametrize("margin, clash", [("by a margin of 1,214 votes", True), ("by a margin of 1,414 votes", False)])
def test_two_candidates_counts_in_one_sentence_make_the_tally(margin, clash):
    # 8,342 - 6,928 = 1,414; the last election's margin of 2,460 is another vote's
    text = (f"Lakshmi Varma won the Ward 12 bypoll {margin}, the returning officer said on Tuesday.\n\n"
            "Varma polled 8,342 votes, while her rival Suma Rao, the late councillor's daughter, secured 6,928.\n\n"
            "In the last corporation election, Rao's father had held the ward by 2,460 votes.")
    assert bool(conflicts(text, date(2026, 1, 14))) is clash


@pytest.mark.parametrize("length, clash", [("The 12-day walkout", True), ("The four-week walkout", False)])
def test_a_strike_ended_when_work_ran_again(length, clash):
    # began Monday 8 September; lines running again Monday 6 October: 28 days, four weeks
    text = ("Lines at the Orrin box plant were running again Monday after workers accepted a new contract, "
            "ending a strike that began on Sept. 8.\n\n"
            f"\"{length} cost us two customers,\" the plant manager said.\n\n"
            "The last strike at the plant, in 2019, lasted 11 days.")
    assert bool(conflicts(text, date(2025, 10, 6))) is clash


@pytest.mark.parametrize("told, clash", [("almost 12pc", True), ("almost 7pc", False)])
def test_a_milk_price_change_told_in_pc(told, clash):
    # 45c/l to 48c/l is a rise of 6.7pc
    text = ("Glenmore Dairies has increased its base price for September milk to 48c/l, up from the 45c/l it paid "
            "for August.\n\n"
            f"\"An increase of {told} on the month is significant,\" chairman Liam Doyle said.")
    assert bool(conflicts(text, date(2025, 10, 10))) is clash


@pytest.mark.parametrize("total, clash", [("nearly 2.6 million visitors", True), ("nearly 1.9 million visitors", False)])
def test_a_count_per_day_over_a_period_against_its_total(total, clash):
    # about 210,000 a day for nine days is about 1.89 million; the rail operator's 2.6 million is
    # told without "in total" and is another count
    text = ("The harbour festival drew an average of about 210,000 visitors a day over its nine-day run, "
            "up from 195,000 a day last year.\n\n"
            f"\"In total, {total} came through the gates,\" a spokeswoman said. The rail operator said it "
            "carried 2.6 million passengers over the same nine days.")
    assert bool(conflicts(text, date(2026, 1, 6))) is clash


@pytest.mark.parametrize("total, clash", [("In all, Rs 188 crore", True), ("In all, Rs 288 crore", False)])
def test_an_amount_each_over_a_counted_group_against_its_total(total, clash):
    # 2.4 lakh farmers at Rs 12,000 each is Rs 288 crore
    text = ("The cabinet on Tuesday approved relief for 2.4 lakh farmers whose crops were flooded in July.\n\n"
            "The minister said each affected farmer would receive a uniform Rs 12,000. "
            f"\"{total} will be credited to their accounts before Dasara,\" he said.")
    assert bool(conflicts(text, date(2025, 9, 3))) is clash


@pytest.mark.parametrize("started, clash", [("started in 1986", True), ("started in 1976", False)])
def test_a_named_jubilee_against_the_start_told_after_it(started, clash):
    # a golden jubilee is 50 years: 1976 to 2026. "When this school started" names the school the
    # headline and the jubilee's sentence name.
    text = ("Village school celebrates golden jubilee\n\n"
            "Former pupils returned to the Kelby Road school on Monday as it marked its golden jubilee.\n\n"
            f"\"When this school {started} with 43 pupils in two rented rooms, people asked why girls needed "
            "to study,\" the headmistress said. The present campus came up in 1989.")
    assert bool(conflicts(text, date(2026, 1, 20))) is clash


def test_a_start_after_the_anniversary_of_another_thing_is_not_its_founding():
    # twin: "a new wing opened in 2010" names no thing the jubilee's sentence names
    text = ("The Kelby Road school marked its golden jubilee on Monday.\n\n"
            "A new wing opened in 2010 with six classrooms.")
    assert conflicts(text, date(2026, 1, 20)) == []


@pytest.mark.parametrize("rest, clash", [("the remaining 93,000", True), ("the remaining 83,000", False)])
def test_a_total_split_to_its_rest_after_a_quotation(rest, clash):
    # 198,000 + 131,000 + 83,000 = 412,000; the year before's 367,000 tonnes is no part of it
    text = ("Members of the Hollin Grain Co-operative delivered 412,000 tonnes this crop year, up from 367,000 "
            "tonnes the year before.\n\n"
            "\"We had growers done before Thanksgiving,\" the manager said.\n\n"
            f"Of that total, wheat made up 198,000 tonnes and canola 131,000 tonnes, with barley accounting for {rest}.")
    assert bool(conflicts(text, date(2025, 10, 21))) is clash


@pytest.mark.parametrize("how, total, clash", [("consecutively", "nine", True), ("consecutively", "11", False),
                                               ("concurrently", "seven", False), ("concurrently", "11", True)])
def test_two_terms_and_the_total_they_make(how, total, clash):
    # consecutive terms of seven and four years make 11; concurrent ones run to seven
    text = ("Ann Roper, 56, was sentenced on Wednesday to seven years for fraud and four years for money "
            f"laundering, the terms to run {how}.\n\n"
            f"The judge said a total of {total} years was needed to reflect a gross breach of trust.")
    assert bool(conflicts(text, date(2026, 3, 5))) is clash


@pytest.mark.parametrize("delay, clash", [("the delay of about three hours", True),
                                          ("the delay of more than seven hours", False)])
def test_a_delay_against_the_due_and_actual_times(delay, clash):
    # due at 9.15am, away at 4.40pm: seven hours 25 minutes late; the Bangkok flight's three hours is another's
    text = ("Flight KE618, scheduled to depart at 9.15am, finally took off at 4.40pm on a replacement aircraft.\n\n"
            f"The airline said it \"sincerely apologises for {delay}\". A separate flight to Bangkok was held "
            "for about three hours on Sunday: the delay of about three hours was caused by storms.")
    assert bool(conflicts(text, date(2025, 12, 29))) is clash


@pytest.mark.parametrize("sought, clash", [("still looking for five people", True),
                                           ("still looking for three people", False)])
def test_those_still_missing_counted_twice(sought, clash):
    # three still missing; the first count of nine missing was earlier in the search
    text = ("Rescuers pressed on with the search for three people still missing after a ferry capsized on Monday.\n\n"
            "The initial count on Tuesday had put the number of missing at nine, but six survivors were found "
            f"later that afternoon.\n\n\"We are {sought},\" a coast guard spokesman said.")
    assert bool(conflicts(text, date(2026, 6, 10))) is clash


@pytest.mark.parametrize("referred, clash", [("those 300-plus tenants", True), ("those 90-odd tenants", True),
                                             ("those 200-plus tenants", False), ("these 212 tenants", False)])
def test_a_demonstrative_count_repeats_a_count_told_before(referred, clash):
    # "those N tenants" points back: the landlord's list first held 180 tenants, then 212 (an update)
    text = ("A Brockhurst landlord has admitted overcharging 212 tenants on service fees over six years.\n\n"
            "The council's first complaint listed 180 tenants. Officers said the number rose to 212 once the "
            "housing association's ledgers were opened.\n\n"
            f"\"Every one of {referred} paid more than they owed,\" the council's housing lead said.")
    found = conflicts(text, date(2026, 2, 11))
    assert bool(found) is clash
    if clash:
        assert referred in found[0]


def test_a_demonstrative_count_of_another_group_is_not_a_restatement():
    # "these 40 volunteers" were never counted before: no earlier count of their kind to repeat
    text = ("Floods cut off 212 homes in the Arn valley on Sunday.\n\n"
            "These 40 volunteers from the rowing club ferried food to the stranded families, the parish said.")
    assert conflicts(text, date(2026, 2, 11)) == []


@pytest.mark.parametrize("written, low, high", [("300-plus", 300, None), ("200-odd", 200, 270), ("40+", 40, None),
                                               ("300", 300, 300)])
def test_a_hedge_written_after_the_number(written, low, high):
    from workbench.analysis.events import ClaimEvents
    from workbench.analysis.model import Claim
    from workbench.analysis.quantities import find_quantities

    text = f"The {written} tenants signed the letter."
    claim = Claim(seq=1, start=0, end=len(text), text=text, sentence_index=0)
    [quantity] = find_quantities(text, ClaimEvents(claim, []))
    assert quantity.noun == "tenants"
    assert quantity.low == pytest.approx(low)
    assert quantity.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize("her_death, clash", [("She died on 3 May", False), ("She died in 2019", False)])
def test_a_pronoun_resolved_to_another_of_one_surname_is_another_person(her_death, clash):
    # Ruth and Tom Adler share a surname: her death and his are two deaths, whatever their dates
    text = ("Ruth Adler, the potter who reopened the Kell Street kiln, has died aged 91. "
            f"{her_death} at her home in Tarrow, her family said.\n\n"
            "In 1958 she married the sculptor Tom Adler; they worked side by side until his death in 2011.")
    assert bool(conflicts(text, date(2026, 5, 9))) is clash


def test_one_persons_death_told_twice_still_clashes():
    # the consistent twin above must not hide a real clash: her own death dated twice
    text = ("Ruth Adler, the potter who reopened the Kell Street kiln, died on 3 May at her home in Tarrow, "
            "her family said.\n\nThe death of Ruth Adler last month was announced by her family.")
    assert conflicts(text, date(2026, 5, 9))


@pytest.mark.parametrize("winner, clash", [("Dell, who won the event last year", False),
                                           ("Ines Varga, who won the event last year", False),
                                           ("Dell, who won the race last year", False)])
def test_the_event_won_is_the_contest_not_the_victory(winner, clash):
    # "won the event last year": "the event" is the contest won (last year's edition), not Saturday's
    # victory told again; a general event noun right after a verb is that verb's object
    text = ("Ines Varga won the Holm Valley Marathon by 40 seconds on Saturday, holding off a late surge from "
            f"Petra Dell.\n\n{winner} by a minute, said the course had been harder this time.")
    assert bool(conflicts(text, date(2026, 4, 13))) is clash


@pytest.mark.parametrize("margin, clash", [("by a single vote", True), ("by three votes", False)])
def test_a_margin_in_words_of_the_main_vote_not_the_earlier_one(margin, clash):
    # the planning committee voted nine to six (three apart); the earlier refusal was by five votes to four
    text = ("The planning committee voted nine to six on Wednesday to approve 80 flats on the old bus depot.\n\n"
            "An earlier scheme for the site was refused in 2023 by five votes to four.\n\n"
            f"\"To lose {margin} is hard to take,\" said a resident who spoke against the plans.")
    found = conflicts(text, date(2026, 2, 13))
    assert bool(found) is clash
    if clash:
        assert "'nine to six'" in found[0]


@pytest.mark.parametrize("others, clash", [("the other six", True), ("the other eight", False)])
def test_a_described_group_split_into_a_part_and_the_others(others, clash):
    # 31 pupils sent home; 23 of them in Year 7 and the others make the rest: 23 + 8 = 31
    text = ("A stomach bug has spread through Danbury High, where 31 pupils were sent home ill on Monday, "
            "up from 12 on Friday.\n\n"
            f"Twenty-three of the pupils sent home are in Year 7; {others} are older students, the school said.")
    found = conflicts(text, date(2026, 3, 3))
    assert bool(found) is clash
    if clash:
        assert "'31 pupils'" in found[0]


@pytest.mark.parametrize("support, clash", [("nine", True), ("14", False)])
def test_a_kind_and_its_complement_make_the_whole(support, clash):
    # clinical and non-clinical posts are every post cut: 26 + 14 = 40
    text = ("Harlow Valley Hospital will cut 40 posts this year to close a £3m gap, the trust said on Tuesday; "
            "it had first proposed 55.\n\n"
            f"Some 26 clinical posts are affected, along with {support} non-clinical posts in catering and admin.")
    found = conflicts(text, date(2026, 3, 3))
    assert bool(found) is clash
    if clash:
        assert "'40 posts'" in found[0]


@pytest.mark.parametrize("told, clash", [("22% bigger than last year's 3,100 summer-school pupils", True),
                                         ("about 10% bigger than last year's 3,100 summer-school pupils", False)])
def test_a_percentage_than_the_old_level_against_the_new_told_elsewhere(told, clash):
    # 3,100 to 3,420 is a rise of 10.3%; the 12,800 pupils of the whole district are another count
    text = ("Ardlow's summer-school programme has enrolled 3,420 pupils this year, the district said on Monday. "
            "Across the district, 12,800 pupils are now enrolled in all programmes.\n\n"
            f"The programme director said the intake was {told}, helped by free bus passes.")
    found = conflicts(text, date(2026, 7, 7))
    assert bool(found) is clash
    if clash:
        assert "'3,420 pupils' vs" in found[0]


@pytest.mark.parametrize("margin, clash", [("a margin of roughly 1,000 votes", True),
                                           ("a margin of roughly 3,000 votes", False),
                                           ("a margin of 3,000 votes", False)])
def test_a_measures_yes_and_no_against_a_hedged_margin(margin, clash):
    # 9,840 yes to 6,910 no is 2,930 apart: "roughly 3,000" and a round "3,000" both fit
    text = ("Measure B had 9,840 yes votes to 6,910 no votes in Tuesday's count, clearing the two-thirds bar.\n\n"
            f"Opponents conceded that {margin} left no room for a recount.")
    assert bool(conflicts(text, date(2026, 11, 5))) is clash


@pytest.mark.parametrize("cost, clash", [("roughly $95 million", True), ("roughly $120 million", False)])
def test_shares_bought_at_an_average_price_against_what_the_buyback_cost(cost, clash):
    # 3.2 million shares at an average of $37.50 is $120 million
    text = ("Corvane Freight bought back 3.2 million shares in the second quarter at an average price of $37.50, "
            "the company said on Tuesday.\n\n"
            f"The repurchases, which cost {cost}, leave $400 million under the programme approved in May.")
    found = conflicts(text, date(2026, 8, 4))
    assert bool(found) is clash
    if clash:
        assert "3.2 million shares at $37.50 on average" in found[0]


@pytest.mark.parametrize("length, clash", [("The 18-month survey", True), ("The two-year survey", False),
                                           ("The 24-month survey", False)])
def test_a_length_in_months_against_the_months_it_ran_between(length, clash):
    # March 2024 through February 2026 is 24 months counting both; the six-month pilot is another length
    text = (f"{length} of river birds ran from March 2024 through February 2026, after a six-month pilot "
            "on the Tarn.\n\nVolunteers logged 41 species over the period.")
    assert bool(conflicts(text, date(2026, 5, 1))) is clash


@pytest.mark.parametrize("opened, clash", [("1979", True), ("1975", False)])
def test_a_half_century_marked_against_the_first_shop_opened(opened, clash):
    # marked its half-century last year (2025): opened in 1975; the son has run it "since 2012" (a state)
    text = (f"Nell Corrie opened the first Corrie's fish bar on Quay Street in {opened} with her husband.\n\n"
            "Their son, Alan, has run the business since 2012. The business marked its half-century last year "
            "with free suppers for the town.")
    assert bool(conflicts(text, date(2026, 6, 2))) is clash


@pytest.mark.parametrize("offset, clash", [("41 minutes", True), ("52 minutes", False)])
def test_an_offset_between_two_events_each_clocked_elsewhere(offset, clash):
    # took off at 14:05, touched down at 14:57: 52 minutes; the 18:30 departure is the replacement's
    text = ("The Skarn Air turboprop returned to Vellby on Friday after a cabin pressure warning.\n\n"
            f"The aircraft landed safely {offset} after departure, the airline said.\n\n"
            "It had taken off from runway 09 at 14:05, and it touched down on the same runway at 14:57.\n\n"
            "A replacement aircraft left for Oslo, departing at 18:30.")
    found = conflicts(text, date(2026, 8, 22))
    assert bool(found) is clash
    if clash:
        assert "'14:05' to '14:57'" in found[0]


@pytest.mark.parametrize("age, clash", [("24", True), ("20", False)])
def test_an_age_at_an_event_in_a_month_and_year_against_a_birth_in_a_season(age, clash):
    # born spring 1948, landed in November 1968: aged 20
    text = ("Born in Kingstown, St Vincent, in the summer of 1948, Clem Ashby trained as a tailor.\n\n"
            f"He was {age} when he walked down the gangway at Southampton in November 1968, with one trunk.")
    assert bool(conflicts(text, date(2026, 3, 3))) is clash


@pytest.mark.parametrize("rise, clash", [("a 12% rise", True), ("a 6% rise", False)])
def test_a_percentage_against_levels_told_in_two_sentences(rise, clash):
    # €840m a year earlier, €890m now: a rise of 6%; the €910m forecast is not a level told
    text = (f"Brandt Kessel on Tuesday reported {rise} in first-half revenue, helped by higher prices.\n\n"
            "Revenue for the six months to June 30 came in at €890 million.\n\n"
            "The year-earlier revenue figure of €840 million included a one-off sale.\n\n"
            "The company expects full-year revenue of €1.8 billion.")
    found = conflicts(text, date(2026, 7, 29))
    assert bool(found) is clash


@pytest.mark.parametrize("extra, clash", [("an extra 50p a day", True), ("an extra 70p a day", False)])
def test_an_extra_amount_per_unit_against_the_levels_of_that_unit(extra, clash):
    # the daily fare rises £3.10 to £3.80 (70p a day); the weekly pass's 50p rise is another price
    text = ("The daily bus fare in Corran will rise from £3.10 to £3.80 from 1 May, the transport board said.\n\n"
            "The price of a weekly pass goes up 50p, to £14.50 from £14.\n\n"
            f"A spokesman said {extra} was needed to keep rural routes running.")
    assert bool(conflicts(text, date(2026, 4, 2))) is clash


@pytest.mark.parametrize("final, clash", [("246 for seven", True), ("246 for five", False)])
def test_wickets_in_hand_against_the_chasing_total(final, clash):
    # a five-wicket win leaves five down; "120 for four" was on the way to the target of 245
    text = ("Harrowby completed a five-wicket win over Castlemere on Saturday, chasing down a target of 245 "
            "with an over to spare.\n\n"
            "Castlemere were bowled out for 244. Harrowby slipped to 120 for four before Lee Brand's 88 steadied them.\n\n"
            f"Harrowby finished on {final}.")
    assert bool(conflicts(text, date(2026, 7, 6))) is clash


@pytest.mark.parametrize("text, clash", [
    # the group first, "Of the ..., N are ... the other M"
    ("Ward officers confirmed 40 cases by Friday. Of the cases confirmed, 25 are children and the other 11 are adults.",
     True),
    ("Ward officers confirmed 40 cases by Friday. Of the cases confirmed, 25 are children and the other 15 are adults.",
     False),
    # the kind among several modifiers, the whole counted in a noun of its class ("jobs" / "posts")
    ("The club shed 60 jobs last week. It said 35 playing staff posts would go, as well as 20 non-playing posts.", True),
    ("The club shed 60 jobs last week. It said 35 playing staff posts would go, as well as 25 non-playing posts.", False),
    # a demonstrative count told as a running total still points back
    ("Kell Hospital treated 212 patients after the crash. Doctors said all those 180 patients had been discharged "
     "by Sunday.", True),
    ("Kell Hospital treated 212 patients after the crash. Doctors said all those 212 patients had been discharged "
     "by Sunday.", False),
    # a chase's total with "/", the first innings told as "bowling ... out for"
    ("The Rovers won by six wickets, reaching 201/5 in the 44th over after bowling Hale out for 200.", True),
    ("The Rovers won by six wickets, reaching 201/4 in the 44th over after bowling Hale out for 200.", False),
    # an extra amount in cents, written apart from its number
    ("Fares will rise from $2.50 to $3.25 per ride in July. Riders will pay an extra 50 cents per ride, the agency said.",
     True),
    ("Fares will rise from $2.50 to $3.25 per ride in July. Riders will pay an extra 75 cents per ride, the agency said.",
     False),
])
def test_parts_and_differences_in_other_wordings(text, clash):
    assert bool(conflicts(text, date(2026, 5, 5))) is clash


@pytest.mark.parametrize("started, clash", [("on Sept. 1", False), ("on Sept. 2", True)])
def test_the_blaze_is_the_storys_fire_not_another_named_one(started, clash):
    # "the blaze" is the Ridgeback Fire, which broke out on Tuesday 1 September; the Halden Fire's Aug. 20
    # start is another fire's, and never the one the blaze's day is checked against
    text = ("The Ridgeback Fire broke out Tuesday near Orrin Lake and has burned 2,000 acres.\n\n"
            "The largest fire in the county this year before this one, the Halden Fire, began Aug. 20 and burned "
            "800 acres.\n\n"
            f"Crews said Thursday was the first day since the blaze started {started} that winds had eased.")
    assert bool(conflicts(text, date(2026, 9, 5))) is clash


@pytest.mark.parametrize("place, clash", [("In Wales, where fewer sites are counted, the count fell by 38%.", False),
                                          ("Across the sites, the count fell by 38%.", True)])
def test_a_change_told_for_another_place_is_not_the_levels_change(place, clash):
    # 41,000 to 30,750 is a fall of 25%; Wales's 38% is another place's
    text = ("Volunteers counted 30,750 toads at 900 crossings this spring, compared with 41,000 at the same "
            f"crossings in 2019.\n\n{place}")
    assert bool(conflicts(text, date(2026, 6, 1))) is clash


@pytest.mark.parametrize("told, clash", [("almost a third", True), ("a quarter", False)])
def test_a_fraction_since_the_year_of_the_old_level(told, clash):
    # "since 2019" dates the change from the old level's own year: the same change, 25%
    text = ("Volunteers counted 30,750 toads at 900 crossings this spring, compared with 41,000 at the same "
            f"crossings in 2019.\n\n\"The fall of {told} we have seen since 2019 is not a blip,\" an ecologist said.")
    assert bool(conflicts(text, date(2026, 6, 1))) is clash


@pytest.mark.parametrize("born, clash", [("3 May 1990", True), ("3 May 1986", False)])
def test_the_accuseds_date_of_birth_against_the_lead_age(born, clash):
    # the lead's 39-year-old is the accused; the second man's 29 is another's age
    text = ("A 39-year-old man has appeared in court charged with stealing signal cable from the Arden line.\n\n"
            "A second man, aged 29, was arrested and released without charge.\n\n"
            f"The court heard that the accused, whose date of birth was given as {born}, has 12 previous convictions.")
    assert bool(conflicts(text, date(2026, 3, 6))) is clash


@pytest.mark.parametrize("lasted, clash", [("lasted four months", True), ("lasted seven months", False)])
def test_a_length_against_months_told_with_until_it_was(lasted, clash):
    text = (f"The previous closure {lasted}, from June 2023 until it was lifted in December 2023 after repairs.")
    assert bool(conflicts(text, date(2026, 3, 6))) is clash


@pytest.mark.parametrize("founded, clash", [("1992", True), ("1986", False)])
def test_years_marked_since_the_founding_against_a_timeline(founded, clash):
    # marking 40 years in 2026 since the founding; the 2006 opening of a new shop is not the founding
    text = ("This year the Orrell family is marking 40 years since Anne and Tom Orrell founded the dairy.\n\n"
            f"{founded} – Anne and Tom Orrell buy 20 hectares near Cressing and found the dairy.\n"
            "2006 – The new farm shop and cafe open.\n"
            "2015 – Their daughter Kate takes over.")
    found = conflicts(text, date(2026, 5, 20))
    assert bool(found) is clash
    if clash:
        assert f"'{founded} – … dairy'" in found[0] or f"'{founded} – … found'" in found[0]


@pytest.mark.parametrize("multiple, clash", [("more than tripled", True), ("more than doubled", False)])
def test_a_multiple_of_the_object_picks_its_change_among_two(multiple, clash):
    # revenue $3m to $7m is 2.3 times; staff tripling to 60 from 20 is the other change, told true
    text = ("Orrin Labs said revenue climbed to $7 million last year from $3 million a year earlier.\n\n"
            f"\"We {multiple} revenue without a sales team,\" the chief executive said.\n\n"
            "Its staff has tripled to 60 from 20 over the same period.")
    assert bool(conflicts(text, date(2026, 2, 2))) is clash


@pytest.mark.parametrize("share, clash", [("one in six", True), ("nearly one in four", False), ("24%", True),
                                          ("about 22%", False)])
def test_a_share_told_later_of_a_part_of_a_counted_whole(share, clash):
    # 66 of 300 staff is 22%; the 2024 cut of 10% of 250 workers is another whole, told in its own sentence
    text = ("Kestrel Freight is laying off 66 of its 300 employees, a memo seen by reporters said.\n\n"
            "In 2024 it cut about 25 people, or 10% of a workforce of 250.\n\n"
            f"A spokesperson confirmed the layoffs, which affect {share} of the company's staff.")
    assert bool(conflicts(text, date(2026, 2, 2))) is clash


@pytest.mark.parametrize("rest, clash", [("£300,000", True), ("£200,000", False)])
def test_amounts_shared_out_to_the_rest_against_the_whole(rest, clash):
    # £1.2m for the park scheme: £700,000 + £300,000 + the rest; last year's £900,000 grant is another sum
    text = ("Harlow council has approved a £1.2m plan to restore Cressing Park.\n\n"
            "Under the plan, the lake will get £700,000 for dredging. The bandstand will receive £300,000, while "
            f"the remaining {rest} goes to new paths.\n\n"
            "Last year the park won a separate £900,000 grant for its cafe.")
    assert bool(conflicts(text, date(2026, 4, 4))) is clash


@pytest.mark.parametrize("ago, clash", [("eight years ago", True), ("five years ago", False)])
def test_started_the_company_years_ago_against_its_founding(ago, clash):
    # founded in early 2021; in 2026 that is five years
    text = ("Tallyframe was founded in early 2021 by two former auditors. It raised a seed round in 2022.\n\n"
            f"\"When we started Tallyframe {ago}, reconciliation was still done by hand,\" its chief executive said.")
    assert bool(conflicts(text, date(2026, 2, 10))) is clash


@pytest.mark.parametrize("named, clash", [("the nine charges she had admitted", True),
                                          ("the 12 charges she had admitted", False)])
def test_the_charges_named_again_by_the_plea(named, clash):
    # she admitted 12 specimen charges; the 40 on the indictment are another count
    text = ("Ruth Dane (48) pleaded guilty at Harrow Crown Court to 12 specimen charges of fraud. The indictment "
            f"listed 40 charges in total.\n\nThe judge said {named} showed a gross breach of trust.")
    assert bool(conflicts(text, date(2026, 2, 10))) is clash


@pytest.mark.parametrize("arrived, clash", [("12.10am", True), ("11.55pm", False), ("11.58pm", False)])
def test_a_quarter_of_an_hour_after_a_hedged_clock(arrived, clash):
    # about 11.40pm and a quarter of an hour: about 11.55pm, a few minutes either way
    text = ("The crash happened at about 11.40pm, when the van left the road near the ring road junction.\n\n"
            f"Officers arrived at {arrived}, a quarter of an hour after the crash, the court heard.")
    assert bool(conflicts(text, date(2026, 2, 10))) is clash


@pytest.mark.parametrize("collapse, clash", [("in May", False), ("in March", True)])
def test_days_counted_from_an_event_dated_by_its_month(collapse, clash):
    # three weeks before June 2 is May 12: any day of May may be the collapse, none of March
    text = (f"The footbridge at Orrin Mill collapsed {collapse}, the council said.\n\n"
            "On June 2, three weeks after the collapse, engineers began removing the debris.")
    assert bool(conflicts(text, date(2026, 6, 20))) is clash


@pytest.mark.parametrize("voted, clash", [("went to the polls last month", True),
                                          ("went to the polls on Wednesday", False)])
def test_going_to_the_polls_is_the_by_election_of_the_same_seat(voted, clash):
    # a by-election happens once to a seat: "Wednesday's by-election in Orrin West" is the day its voters voted
    text = ("Greens win Orrin West\n\n"
            "Tamsin Holt of the Greens won Wednesday's by-election in Orrin West, the returning officer said on "
            "Thursday.\n\n"
            f"Voters in Orrin West {voted} in heavy rain.")
    assert bool(conflicts(text, date(2026, 12, 4))) is clash


@pytest.mark.parametrize("called, clash", [("The by-election was called on 20 November.", False),
                                           ("The by-election was called on 3 December.", True)])
def test_an_election_called_before_it_is_held(called, clash):
    # calling an election heralds it: called on or before polling day is consistent, after it is not
    text = ("Tamsin Holt of the Greens won Wednesday's by-election in Orrin West, the returning officer said.\n\n"
            f"The seat fell vacant when its councillor died in October. {called}")
    assert bool(conflicts(text, date(2026, 12, 4))) is clash


def test_the_first_election_since_a_year_is_not_dated_by_it():
    # "the first free election since 1990": 1990 dates an earlier election, not this one
    text = ("Voters in Tavora went to the polls on November 14 in the first free election since 1990. "
            "The election, called in October, was won by the opposition.")
    assert conflicts(text, date(2026, 12, 3)) == []


@pytest.mark.parametrize("advance, clash", [("1,940 people cast ballots at advance polls", False),
                                            ("10,580 people cast ballots", False),
                                            ("1,940 people cast ballots", True)])
def test_early_voters_are_a_part_of_the_turnout(advance, clash):
    # 31.4% of 33,700 is about 10,580 voters; the advance voters are only some of them
    text = ("Turnout was 31.4 per cent of the roughly 33,700 registered voters in Selkirk South. "
            f"Officials said {advance}.")
    assert bool(conflicts(text, date(2026, 3, 14))) is clash


@pytest.mark.parametrize("described, clash", [("The 23-year-old Latvian", True), ("The 20-year-old Latvian", True),
                                               ("The 19-year-old Latvian", False)])
def test_the_described_age_of_the_one_born_then_named(described, clash):
    # born on 3 November 2005, so 19 on 9 June 2025 (her birthday is still to come); Marsh's own age (31) is
    # another's, given with her name
    text = ("Qualifier Anna Berzina won the Kelby Open on Sunday, beating top seed Joanne Marsh in three sets.\n\n"
            f"{described} saved two match points before Berzina closed out the final.\n\n"
            "Marsh, 31, said Berzina had played the better tennis.\n\n"
            "Born in Riga on 3 November 2005, Berzina took up the game at six.")
    assert bool(conflicts(text, date(2025, 6, 9))) is clash


@pytest.mark.parametrize("born, clash", [("March 1861", True), ("March 1865", False)])
def test_an_age_told_after_the_year_against_a_birth_month(born, clash):
    # painted in the autumn of 1889 at 24: born 1864 or 1865; her death in 1932 and the 1890 Salon are other years
    text = ("The museum has bought a harbour scene by Ingrid Solberg, painted in the autumn of 1889, when she was 24.\n\n"
            f"Born in Trondheim in {born}, Solberg exhibited at the Paris Salon in 1890. She died in 1932.")
    assert bool(conflicts(text, date(2025, 4, 2))) is clash


@pytest.mark.parametrize("summed, clash", [("a 30% increase", True), ("a 16.5% increase", False)])
def test_a_change_summed_up_after_its_hourly_levels(summed, clash):
    # $18.20 an hour to $21.20 is a rise of 16.5%; the $500 bonus and the $14 starting rate are other sums
    text = ("Under the new contract, warehouse wages go from $18.20 an hour to $21.20 by 2028, "
            f"{summed}. New starters get $14 an hour and everyone receives a $500 bonus.")
    assert bool(conflicts(text, date(2025, 3, 1))) is clash


@pytest.mark.parametrize("summed, clash", [("a drop of 30%", True), ("a drop of 17%", False)])
def test_a_fall_told_after_a_dash(summed, clash):
    # 5,140 from 6,200 is a fall of 17.1%
    text = ("There were 5,140 patients waiting more than a year for surgery at the end of May, down from 6,200 at "
            f"the end of April — {summed} in a month, the health board said.")
    assert bool(conflicts(text, date(2025, 6, 20))) is clash


@pytest.mark.parametrize("opened, clash", [("opened in 2021", True), ("opened in 2017", False)])
def test_a_clause_after_an_event_dated_later(opened, clash):
    # surveys that began in 2019 "after" the lab opened: the lab opened in 2019 or before
    text = ("Counts began in the spring of 2019, after the college's Arden Lake research hut, a former boathouse, "
            f"{opened}, and they ran each year until 2023.")
    assert bool(conflicts(text, date(2024, 5, 1))) is clash


@pytest.mark.parametrize("sentence", [
    "The plant closed in 2019, before the owners sold the site in 2021.",
    "The firm was founded in 2010, after its founder quit banking, and it was listed in 2015.",
    "In March, after the council voted in February, the depot closed.",
])
def test_clauses_in_their_order_stay_quiet(sentence):
    assert conflicts(sentence, date(2024, 5, 1)) == []


@pytest.mark.parametrize("year, clash", [("1929", True), ("1924", False)])
def test_a_company_organized_on_a_night_against_its_centenary(year, clash):
    # the 100th anniversary in 2024: organized in 1924; the 1931 pumper is another year
    text = ("The Harlow Hose Company will celebrate its 100th anniversary on Saturday with a parade and the debut "
            "of a restored 1931 pumper.\n\n"
            f"The company was organized on a cold spring evening in {year}, when 18 men met above the feed store.")
    assert bool(conflicts(text, date(2024, 9, 16))) is clash


def test_a_plan_dated_after_the_vote_that_backed_it_is_not_out_of_order():
    # "will rise from 1st April": the coming April, after Tuesday's vote
    text = ("Parking charges in Orrin will rise from £1.80 to £2.40 from 1st April after the council's cabinet "
            "backed the increase on Tuesday night.")
    assert conflicts(text, date(2026, 1, 22)) == []


@pytest.mark.parametrize("described, clash", [("the 2.15am blaze call", False), ("the 3.15am call", True),
                                              ("the 2.15am call", False)])
def test_an_event_named_again_by_its_clock(described, clash):
    # one emergency call, at 2.15am; the crew's arrival at 2.40am is another time
    text = ("Fire control said it took an emergency call at 2.15am and sent two crews from Orrin station.\n\n"
            "The first engine arrived at 2.40am. A neighbour said the family had been asleep until minutes before "
            f"{described}.")
    assert bool(conflicts(text, date(2025, 1, 8))) is clash


@pytest.mark.parametrize("text", [
    # timetabled things: many a day
    "Passengers boarded a train at 6.45am in Orrin. Later, the 7.15am train was cancelled.",
    # two calls at two times: the description may be either
    "Police took a call at 1.10am and a second call at 1.30am. Officers responded to the 1.30am call first.",
])
def test_clocked_descriptions_that_may_be_another_event(text):
    assert conflicts(text, date(2025, 1, 8)) == []


@pytest.mark.parametrize("gap, clash", [("just two weeks earlier", True), ("just six weeks earlier", False)])
def test_a_date_then_how_long_before_the_story_it_was(gap, clash):
    # the race on Saturday 7 June 2025; 26 April is six weeks before it
    text = ("Kenyan miler Ruth Achola broke the meeting record in Oslo on Saturday, running 4:01.20.\n\n"
            f"She had set her previous best of 4:02.05 in Nairobi on 26 April, {gap}.")
    assert bool(conflicts(text, date(2025, 6, 9))) is clash


@pytest.mark.parametrize("gap, clash", [("starts 12 days after", True), ("starts 25 days after", False)])
def test_the_story_event_counted_from_a_dated_decision(gap, clash):
    # the closure from Monday, August 4; the board's July 10 vote is 25 days before
    text = ("Orrin Bridge to close for repairs from August 4\n\n"
            "The Orrin Bridge will close to traffic for three weeks beginning Monday, August 4, the county said.\n\n"
            f"The closure {gap} the county board approved the repair contract at its July 10 meeting.")
    assert bool(conflicts(text, date(2025, 7, 24))) is clash


@pytest.mark.parametrize("restated, clash", [("more than 900 patients", True), ("more than 600 patients", False)])
def test_a_trial_enrolment_restated_in_a_quote(restated, clash):
    # one trial enrolled 640 adults; an earlier trial's 150 patients are another enrolment
    text = ("The Phase 3 trial enrolled 640 adults with severe asthma at 80 clinics. An earlier Phase 2 trial, run in "
            "2021, enrolled 150 patients.\n\n"
            f"\"With {restated} enrolled, this is the biggest study of its kind,\" the lead investigator said.")
    assert bool(conflicts(text, date(2025, 3, 10))) is clash


def test_a_count_of_adults_is_a_count():
    # "1,214 adults": a word opening with "ad" after a number is no era ("AD 300")
    from workbench.analysis.pipeline import Document, run_stages
    from workbench.analysis.quantities import find_quantities
    text = "The study enrolled 1,214 adults. The wall was built in 300 AD."
    doc = run_stages(Document(body=text, published=date(2025, 3, 10)))
    values = [q.value for events in doc.events for q in find_quantities(text, events)]
    assert 1214 in values and 300 not in values


@pytest.mark.parametrize("length, clash", [("a 24-hour walkout", True), ("a 48-hour walkout", False)])
def test_a_strike_length_against_its_start_and_end_clocks(length, clash):
    # 05:00 on Monday to 05:00 on Wednesday is 48 hours; last year's 12-hour stoppage is another strike
    text = (f"Bus services in Orrin returned to normal on Wednesday after {length} by drivers.\n\n"
            "The strike began at 05:00 on Monday and ended at 05:00 on Wednesday, the operator said.\n\n"
            "Drivers held a previous 12-hour stoppage in March last year.")
    assert bool(conflicts(text, date(2025, 4, 10))) is clash


@pytest.mark.parametrize("lasted, clash", [("4 hours and 10 minutes", True), ("5 hours and 10 minutes", False)])
def test_an_operation_length_against_the_clocks_told_as_its_start_and_end(lasted, clash):
    # 9:05 a.m. to 2:15 p.m. is 5 h 10 min; the earlier repair's 3 hours is another instance
    text = ("The two engineers sealed the hull at 9:05 a.m., the official start of the repair dive.\n\n"
            "A previous dive in May lasted 3 hours.\n\n"
            "They surfaced at 2:15 p.m., the coastguard said, formally ending the dive. "
            f"The dive lasted {lasted}.")
    assert bool(conflicts(text, date(2025, 6, 3))) is clash


@pytest.mark.parametrize("last, clash", [("0.95 million tonnes", True), ("0.75 million tonnes", False)])
def test_one_amount_for_each_part_a_total_is_over(last, clash):
    # three depots: 2.10 + 1.65 + 0.75 = 4.50 million tonnes; last year's 5.2 million is another total
    text = ("Grain deliveries across the co-operative's three depots reached 4.50 million tonnes by Friday, "
            "against 5.2 million tonnes last season.\n\n"
            f"Northgate took in 2.10 million tonnes, Eastbrook 1.65 million tonnes and Southmere {last}.")
    assert bool(conflicts(text, date(2025, 1, 10))) is clash


@pytest.mark.parametrize("rest, clash", [("the remaining 96", True), ("the remaining 76", False)])
def test_parts_of_a_count_that_end_on_the_rest(rest, clash):
    # 1,020 = 700 + 244 + 76; March's 960 is another month
    text = ("Estate agents in Orrin completed 1,020 sales in April, up from 960 in March.\n\n"
            f"Houses accounted for 700 of the sales, flats for 244, and bungalows for {rest}.")
    assert bool(conflicts(text, date(2025, 5, 10))) is clash


def test_a_list_of_counts_not_over_the_parts_the_total_names_is_quiet():
    # three amounts, but the total is over "four regions": not a list of every part
    text = ("Sales across the firm's four regions reached 9,000 units.\n\n"
            "The north sold 3,000 units, the south 2,500 and the west 2,000.")
    assert conflicts(text, date(2025, 5, 10)) == []


@pytest.mark.parametrize("price, clash", [("$95", True), ("$80", False)])
def test_an_average_ticket_price_over_the_tickets_sold(price, clash):
    # 40,000 x $80 is $3.2 million; the 2021 average of $60 is another tour's
    text = ("The Kelby Arms' two shows at Orrin Park grossed $3.2 million from 40,000 tickets sold, the promoter said.\n\n"
            f"Tickets sold at an average price of {price}. In 2021, tickets averaged $60.")
    assert bool(conflicts(text, date(2025, 7, 1))) is clash


@pytest.mark.parametrize("rise, clash", [("2.1 cents", True), ("1.5 cents", False)])
def test_a_change_per_unit_over_a_household_use(rise, clash):
    # 600 units x 1.5 cents is $9.00; the $10 service charge is another part of the bill
    text = (f"The water rate rises by {rise} per gallon-unit under the order. The $10 service charge is unchanged.\n\n"
            "For a household using 600 gallon-units a month, the bill goes from $61.40 to $70.40, an increase of $9.00.")
    assert bool(conflicts(text, date(2025, 7, 1))) is clash


@pytest.mark.parametrize("named, clash", [("the Feb. 3 warning", True), ("the Feb. 4 warning", False)])
def test_an_event_named_again_by_its_day(named, clash):
    # the warning was issued Tuesday, Feb. 4 (published Thursday, Feb. 6); the Feb. 20 deadline is another day
    text = ("Orrin Water told 12,000 households to boil their tap water in a warning Tuesday, and set a Feb. 20 "
            f"deadline for repairs.\n\nResidents who drank the water before {named} should watch for symptoms, "
            "the company said.")
    assert bool(conflicts(text, date(2025, 2, 6))) is clash


@pytest.mark.parametrize("matched, clash", [("matched in 1958", True), ("matched in 2003", False)])
def test_a_record_matched_before_it_was_first_set(matched, clash):
    # first set in 1981: a match of it comes later; the 1905 start of records is another year
    text = ("Orrin's high of 31C broke the October record of 29C, first set on Oct. 2, 1981, and "
            f"{matched}. Records at the airport go back to 1905.")
    assert bool(conflicts(text, date(2025, 10, 8))) is clash


@pytest.mark.parametrize("gap, clash", [("nine seconds clear of", True), ("six seconds clear of", False)])
def test_a_gap_between_two_riders_against_their_times(gap, clash):
    # 41:10 and 41:16 are six seconds apart; the 20-second overall lead and last year's gap are other measures
    text = ("Lena Brandt won the time trial in Orrin, covering the course in 41 minutes 10 seconds. "
            "Defending champion Mia Sorel was second in 41:16.\n\n"
            f"That put Brandt {gap} Sorel on the stage, and gave her a 20-second lead in the general "
            "classification.\n\nBrandt finished 1 minute 5 seconds behind the winner last year.")
    assert bool(conflicts(text, date(2025, 6, 9))) is clash


def test_a_step_a_year_is_not_the_whole_change():
    # from 9 to 13 percent in steps of 0.5 points a year: eight steps, no conflict
    text = ("Under the reform, the contribution rate will rise from 9 percent to 13 percent, by 0.5 percentage "
            "point a year starting in 2026.")
    assert conflicts(text, date(2025, 5, 1)) == []


def test_a_day_before_a_noun_dates_that_noun_only():
    # "a Jan. 29 notice": the notice's day, not the bankruptcy's (filed Feb. 10)
    text = ("Orrin Foods filed for bankruptcy on Feb. 10, court papers show.\n\n"
            "The bankruptcy followed a Jan. 29 notice from its lender declaring the company in default.")
    assert conflicts(text, date(2025, 3, 12)) == []


def test_the_aged_description_is_the_person_the_article_names_most():
    # the winner is named most, sentence openings included; the one named age is another player's
    text = ("Ruth Okafor won the Orrin Open on Sunday.\n\n"
            "Okafor beat the top seed in the final, a loss to the teenager Sam Pell her only defeat.\n\n"
            "Okafor said she had been careful all week. \"I only needed a draw,\" the 34-year-old said.\n\n"
            "Okafor now leads the rankings. Pell, 15, finished third.")
    assert conflicts(text, date(2025, 9, 15)) == []


@pytest.mark.parametrize("meeting, clash", [("the 9 March meeting", True), ("the 11 March meeting", False)])
def test_a_vote_at_a_meeting_named_by_its_day(meeting, clash):
    # voted "yesterday" (11 March): the meeting it was taken at is that day
    text = ("Orrin councillors voted yesterday to scrap parking charges on Main Street.\n\n"
            f"Speaking after the vote at {meeting}, the councillor said the charges were never about revenue.")
    assert bool(conflicts(text, date(2026, 3, 12))) is clash


@pytest.mark.parametrize("told, clash", [("3.1 per cent", True), ("2.6 per cent", False)])
def test_a_percentage_told_to_a_tenth_claims_a_tenth(told, clash):
    # 118.4 from 115.4 is a rise of 2.60%: a tenth told is a tenth claimed, beyond the point a whole number may round
    text = ("The consumer price index rose to 118.4 from 115.4 in March last year, an annual increase of "
            f"{told}, the statistics office said.")
    assert bool(conflicts(text, date(2025, 4, 20))) is clash


@pytest.mark.parametrize("age, clash", [("9", True), ("12", False)])
def test_a_relative_named_with_her_age_and_her_birth(age, clash):
    # "Her mother, Tala, 12" ... "Tala was born at Orrin Zoo in May 2013": the mother's own birth, 12 in 2025
    text = (f"The calf stood within an hour of birth on Sunday. Her mother, Tala, {age}, is the herd's eldest cow.\n\n"
            "Tala was born at Orrin Zoo in May 2013.")
    assert bool(conflicts(text, date(2025, 8, 20))) is clash


@pytest.mark.parametrize("groom, clash", [("Owen Pryce, 30,", True), ("Owen Pryce, 27,", False)])
def test_two_births_each_paired_with_its_named_age(groom, clash):
    # born 2 November 1997: 27 in June 2025; the bride's age and birth agree
    text = (f"Footballer {groom} married designer Lucia Marchi, 31, on Saturday at a villa on Lake Garda.\n\n"
            "Pryce was born on 2 November 1997 in Cardiff. Marchi was born in Turin in March 1994.")
    assert bool(conflicts(text, date(2025, 6, 16))) is clash


@pytest.mark.parametrize("hours, clash", [("a 12-hour climb", True), ("a nine-hour climb", False)])
def test_two_clocks_and_the_hours_told_after_them(hours, clash):
    # 11pm on Friday to 8:10am on Saturday is 9 h 10 min
    text = (f"The pair left the high camp at 11pm on Friday and reached the summit at 8:10am on Saturday after {hours} "
            "through deep snow, the expedition company said.")
    assert bool(conflicts(text, date(2025, 5, 12))) is clash


@pytest.mark.parametrize("lasted, clash", [("3 hours and 5 minutes", True), ("2 hours and 5 minutes", False)])
def test_an_outage_restored_at_a_clock_against_its_length(lasted, clash):
    # began 09:40 on March 3, restored 11:45 the same day: 2 h 05 min
    text = ("The payments outage began at 09:40 UTC on March 3, the company said in its report.\n\n"
            f"Full service was restored at 11:45 UTC, meaning the outage lasted {lasted}.")
    assert bool(conflicts(text, date(2025, 3, 6))) is clash


@pytest.mark.parametrize("margin, clash", [("The 11-point win", True), ("The eight-point win", False)])
def test_a_basketball_score_of_three_digits_against_its_margin(margin, clash):
    # 104-96 is an eight-point game; the team's 20-31 record is no score
    text = ("Mara Ode scored 31 points as the Orrin Hawks beat the Kelby Suns 104-96 on Friday night.\n\n"
            f"{margin} lifted the Hawks to 20-31 for the season.")
    assert bool(conflicts(text, date(2025, 2, 8))) is clash


@pytest.mark.parametrize("reached, clash", [("all 12 of the trapped men", True), ("all 14 of the trapped men", False)])
def test_the_whole_group_named_by_the_act_that_made_it(reached, clash):
    # the flood trapped 14 miners; about 300 work the mine in three shifts
    text = ("A flood in the Orrin colliery on Tuesday trapped 14 miners about 300 metres underground. The mine "
            "employs about 300 labourers across three shifts.\n\n"
            f"\"We reached {reached} by Thursday morning,\" the chief inspector said.")
    assert bool(conflicts(text, date(2025, 5, 20))) is clash


@pytest.mark.parametrize("average, clash", [("250 euros", True), ("200 euros", False)])
def test_an_average_a_month_of_a_sum_paid_to_a_group_in_a_year(average, clash):
    # 7.2 billion euros over 3 million people and 12 months is 200 euros each a month
    text = ("The agency paid 7.2 billion euros in child benefit to 3 million families last year, an average of "
            f"{average} a month per family, it said on Monday.")
    assert bool(conflicts(text, date(2025, 3, 10))) is clash


@pytest.mark.parametrize("years, clash", [("exactly 50 years", True), ("exactly 66 years", False)])
def test_the_story_event_years_after_a_dated_one(years, clash):
    # the new bridge opened on Saturday 4 October 2025; the old one was dedicated on 4 October 1959
    text = ("New Orrin bridge opens\n\nHundreds walked across the new Orrin bridge on Saturday before it opened to cars.\n\n"
            f"The ceremony came {years} after the old bridge was dedicated on Oct. 4, 1959.")
    assert bool(conflicts(text, date(2025, 10, 6))) is clash


@pytest.mark.parametrize("headline, clash", [("Achieng wins Orrin Marathon by 20 seconds", True),
                                             ("Achieng wins Orrin Marathon by 31 seconds", False)])
def test_a_win_by_seconds_against_the_winner_and_runner_up(headline, clash):
    # 2:08:14 and 2:08:45 are 31 seconds apart; the third place and the women's race are other gaps
    text = (f"{headline}\n\nRuth Achieng won the Orrin Marathon on Sunday in 2 hours, 8 minutes and 14 seconds.\n\n"
            "Mara Tefera was second in 2:08:45, with Lea Kim third in 2:09:30. In the men's race, Tom Ode won in "
            "2:06:02, finishing 12 seconds ahead of Ian Roe.")
    assert bool(conflicts(text, date(2025, 4, 7))) is clash


@pytest.mark.parametrize("total, clash", [("£30m", True), ("£26m", False)])
def test_a_weekly_wage_over_a_contract_term_against_its_sum(total, clash):
    # £125,000 a week over four years is £26m; the £40m fee is another sum
    text = ("Orrin City have agreed a £40m fee for the striker, who will sign a four-year contract worth £125,000 a "
            f"week.\n\nOver the length of the deal, worth {total} in basic wages alone, he could earn more in bonuses.")
    assert bool(conflicts(text, date(2025, 7, 1))) is clash


@pytest.mark.parametrize("length, clash", [("the 24-hour closure", True), ("the 36-hour closure", False)])
def test_a_closure_from_one_day_to_another_counts_the_days(length, clash):
    # 18:00 on Monday to 06:00 on Wednesday is 36 hours, not the 12 the two clocks alone would give
    text = ("The harbour market in Orrin reopened on Wednesday after roof repairs, the council said.\n\n"
            "The market closed at 18:00 on Monday and reopened at 06:00 on Wednesday, the harbour master said.\n\n"
            f"Traders said {length} cost them a day of the busiest week of the season.")
    found = conflicts(text, date(2025, 6, 12))
    assert bool(found) is clash
    if clash:
        assert "'18:00 (Monday 09 June)' to '06:00 (Wednesday 11 June)'" in found[0]


@pytest.mark.parametrize("second, clash", [("301", True), ("271", False)])
def test_parts_given_by_their_sources_against_the_whole(second, clash):
    # a merger: the two old schools' pupils make the new school's roll (220 + 271 = 491)
    text = ("Orrin Academy will open on Monday with 491 pupils on the roll, the trust said.\n\n"
            f"Hill Street sends 220 pupils and Brook Lane {second}, according to the trust.\n\n"
            "The academy will employ 40 teachers, down from a combined 46 last year.")
    found = conflicts(text, date(2025, 9, 1))
    assert bool(found) is clash
    if clash:
        assert "'491 pupils' vs '220 pupils and Brook Lane 301'" in found[0]


@pytest.mark.parametrize("prints, clash", [("9", True), ("11", False)])
def test_kinds_listed_alongside_a_partitive_part_against_the_whole(prints, clash):
    # "40 of the pieces are paintings, alongside 14 drawings and 11 prints": the 65 works of the show
    text = ("The show gathers 65 works from nine collections and runs until May.\n\n"
            f"Forty of the pieces are paintings, alongside 14 drawings and {prints} prints. The artist made some "
            "300 paintings in her life.")
    assert bool(conflicts(text, date(2025, 2, 1))) is clash


@pytest.mark.parametrize("urban, clash", [("21.4 lakh", True), ("19.4 lakh", False)])
def test_a_whole_named_in_its_breakdown_in_south_asian_scales(urban, clash):
    # 0.62 crore is 62 lakh: 42.6 + 19.4
    text = ("The survey counted 0.62 crore households in the state.\n\n"
            f"Of the 0.62 crore households, 42.6 lakh are in villages and {urban} in towns, the report said.")
    assert bool(conflicts(text, date(2025, 2, 1))) is clash


@pytest.mark.parametrize("other, clash", [("10", True), ("14", False)])
def test_parts_joined_along_with_against_the_cut_they_make(other, clash):
    # "cut 40 posts" ... "26 teaching jobs will go, along with 14 support posts"
    text = ("The board voted on Tuesday to cut 40 posts next year.\n\n"
            f"Under the plan, 26 teaching jobs will go, along with {other} support posts, among them two deputy heads.")
    assert bool(conflicts(text, date(2025, 3, 5))) is clash


@pytest.mark.parametrize("text", [
    # what is at stake is not the sum of what is held
    "In all, 700 delegates are up for grabs on Tuesday. Smith has 380 delegates, Jones has 150 and Lee 120.",
    # each part its own event: closures and openings
    "Between 130 and 160 clubs close every year. In 2019, 158 clubs closed and just 14 opened.",
    # a part with no number ends the list
    "Fourteen vehicles were involved. Police said eight cars, three vans, two lorries and a bus were caught up.",
    # parts on different days are a running count
    "The toll reached 12 people. Four people died on Monday and six on Tuesday, officials said.",
    # a partial list
    "The fire destroyed 50 homes, including 31 homes on Elm Road and 12 on Mill Lane.",
])
def test_lists_that_are_not_the_breakdown_of_a_whole_stay_quiet(text):
    assert conflicts(text, date(2025, 3, 5)) == []


@pytest.mark.parametrize("at_the_scene, clash", [("Five", True), ("Three", False)])
def test_deaths_at_the_scene_are_part_of_the_toll(at_the_scene, clash):
    # "Three died at the scene" of four: a stage of the toll, so fewer; five at the scene cannot be
    text = ("Four people have died after a bus left the road near Orrin on Monday night.\n\n"
            f"{at_the_scene} passengers died at the scene, police said.")
    assert bool(conflicts(text, date(2025, 3, 5))) is clash


@pytest.mark.parametrize("main_room, clash", [("Fourteen", True), ("Seven", False)])
def test_a_partitive_part_is_not_the_whole_group(main_room, clash):
    # "Seven of the jars ... in the main room" is a part of "all 13 jars", not a second count of them;
    # fourteen of the 13 cannot be
    text = ("Archaeologists found a tomb containing 13 jars near Orrin, the ministry said on Sunday.\n\n"
            f"{main_room} of the jars were found in the main room, the ministry said.\n\n"
            "Tests on all 13 jars will begin next month.")
    assert bool(conflicts(text, date(2025, 3, 5))) is clash


@pytest.mark.parametrize("whose, clash", [("Peig", True), ("Her sister Maura", False)])
def test_an_age_told_of_a_relative_is_not_the_subjects(whose, clash):
    # born in 1931, Peig was 87 or 88 in 2019; her sister's age is her own
    text = ("Peig Walsh, the net mender, has died. Born on 3 August 1931 in Orrin, she left school at 14.\n\n"
            f"{whose} spoke at the festival in 2019 aged 92, a day the town still remembers.")
    assert bool(conflicts(text, date(2025, 2, 14))) is clash


@pytest.mark.parametrize("text", [
    "Today the cafe employs 21 people and seats 62 — 38 in the dining room and 24 on the terrace.",
])
def test_the_total_before_a_dash_is_the_number_nearest_it(text):
    assert conflicts(text, date(2025, 3, 5)) == []


@pytest.mark.parametrize("children, clash", [("six", True), ("eight", False)])
def test_men_women_and_children_are_the_whole_group_even_when_included(children, clash):
    # men, women and children are every kind of person: the list is the whole 73, "included" or not
    text = ("Orrin's coastguard rescued 73 people from a drifting boat on Monday; it had been reported carrying "
            "about 70 people.\n\n"
            f"Those rescued included 51 men, 14 women and {children} children, two of them under the age of five, "
            "the coastguard said.")
    assert bool(conflicts(text, date(2025, 3, 5))) is clash


@pytest.mark.parametrize("length, clash", [("almost four hours", True), ("almost six hours", False)])
def test_a_session_of_hours_against_a_meeting_that_did_not_finish_until(length, clash):
    # 10am to 3.40pm is 5 h 40 min; "session" names the meeting
    text = ("The council meeting, which began at 10am, did not finish until 3.40pm, with parents addressing members.\n\n"
            f"Councillor Ann Ross said after the marathon session of {length} that parents had been ignored.")
    found = conflicts(text, date(2025, 3, 5))
    assert bool(found) is clash
    if clash:
        assert "from start to end is 5 h 40 min" in "\n".join(
            f.explanation for f in analyse_article(text, date(2025, 3, 5)).findings)


@pytest.mark.parametrize("sum_told, clash", [("₦3.6 billion", True), ("₦3 billion", False)])
def test_a_count_at_a_price_each_against_the_sum_for_the_same_thing(sum_told, clash):
    # 2,400 lamps at ₦1.25 million each is ₦3 billion; the classroom blocks add up in their own sentence
    text = (f"The largest capital item is {sum_told} for solar streetlights on major roads.\n\n"
            "Education receives ₦1.14 billion for 12 classroom blocks at ₦95 million each.\n\n"
            "The chairman said the streetlight programme would deliver 2,400 units at an average cost of ₦1.25 million "
            "each.")
    assert bool(conflicts(text, date(2025, 12, 11))) is clash


@pytest.mark.parametrize("proceeds, clash", [("some $4.9m", True), ("some $3.9m", False)])
def test_an_average_price_over_a_count_against_the_proceeds_named_by_its_verb(proceeds, clash):
    # 1,800 tokens at about $2,180 is about $3.9m; the bounty cap names the attacker too, not the swap
    text = ("The attacker swapped 1,800 ETH into a stablecoin through several trades at an average price of about "
            "$2,180.\n\n"
            f"The proceeds from that swap — {proceeds} — were split across 40 addresses.\n\n"
            "The exchange offered the attacker a bounty capped at $4.6m.")
    assert bool(conflicts(text, date(2025, 3, 5))) is clash


@pytest.mark.parametrize("text", [
    # a sum more than double the product: the whole budget, not the purchase
    "The council's budget of ₦18.6 billion funds streetlights. It will buy 2,400 streetlights at ₦1.25 million each.",
    # a price per another unit than the count
    "The firm bought 12 trucks at $4 per litre of fuel saved. The truck deal was worth $480,000.",
])
def test_sums_that_are_not_the_price_times_the_count_stay_quiet(text):
    assert conflicts(text, date(2025, 3, 5)) == []


@pytest.mark.parametrize("gap, clash", [("three days", True), ("five days", False)])
def test_a_dated_day_counted_from_an_event_dated_elsewhere(gap, clash):
    # the hack was found on Friday 5 July; 10 July is five days on. The police case is another gap.
    text = ("The attack on Orrin General was detected early on Friday, July 5, when staff found a ransom note.\n\n"
            "The hospital reported it on Saturday, and police opened a case three days later, on Tuesday.\n\n"
            f"The records system came back online on Wednesday, July 10, {gap} after the breach was detected.")
    found = conflicts(text, date(2024, 7, 12))
    assert bool(found) is clash


@pytest.mark.parametrize("gap, clash", [("two weeks", True), ("three weeks", False)])
def test_a_deadline_counted_from_a_hearing_named_by_its_noun(gap, clash):
    # the hearing is on Monday 9 Sept; last year's hearing is another; "next month" is no day
    text = ("The manager presented the budget on Wednesday, setting up a public hearing next month.\n\n"
            "The council will hold its only public hearing on the plan on Monday, Sept. 9.\n\n"
            f"The council must adopt the budget no later than Sept. 30, {gap} after the hearing.\n\n"
            "Last year's budget hearing, held Sept. 11, 2023, drew 150 speakers.")
    assert bool(conflicts(text, date(2024, 8, 22))) is clash


@pytest.mark.parametrize("named, clash", [("The 134-run victory", True), ("The 143-run victory", False)])
def test_a_winning_margin_named_again_as_a_compound(named, clash):
    # one result: "by 143 runs"; the opener's 143 is another quantity sharing the number
    text = ("Orrin beat Dunmore by 143 runs at Newlands on Sunday. Opener Ruan Steyn made 143 in the first innings.\n\n"
            f"{named} was the coach's first win in charge.")
    assert bool(conflicts(text, date(2025, 1, 6))) is clash


@pytest.mark.parametrize("named, clash", [("Sunday's 3-2 victory", True), ("Sunday's 3-1 victory", False)])
def test_a_score_named_by_the_day_it_was_played(named, clash):
    # Sunday's final was 3-1; Saturday's semi-finals (2-0, 2-1) and the map scores are other results
    text = ("Vanta won the Nordlicht Masters after beating Kairos 3-1 in Sunday's best-of-five final.\n\n"
            "On Saturday Vanta beat Helix 2-0 and Kairos beat Oryx 2-1. The maps finished 13-9, 11-13, 16-14 and 13-7.\n\n"
            f"{named} was Vanta's first title.")
    assert bool(conflicts(text, date(2025, 1, 6))) is clash


@pytest.mark.parametrize("studied, clash", [("all 11 jars", True), ("all 13 jars", False)])
def test_all_of_a_group_named_in_a_plan_against_what_the_find_contained(studied, clash):
    # "containing 13 jars at Orrin" is the whole find, wherever it lies; the plan names all of them
    text = ("Archaeologists have uncovered a sealed tomb containing 13 jars at Orrin, the ministry said on Monday.\n\n"
            "Seven of the jars were found in the main chamber and six in the side chambers. Three of the jars held "
            "gold leaf.\n\n"
            f"Studies of {studied} will begin next month.")
    assert bool(conflicts(text, date(2025, 3, 5))) is clash


@pytest.mark.parametrize("headline, clash", [("Orrin clinch third league crown", True),
                                             ("Orrin clinch fourth league crown", False)])
def test_an_ordinal_win_against_the_earlier_wins_listed_by_year(headline, clash):
    # three earlier titles make this the fourth; "at the third attempt" counts the captain's finals
    text = (f"{headline}\n\nCaptain Rhys Pugh, who lost the 2022 and 2023 finals, lifted the trophy at the third "
            "attempt on Saturday.\n\nOrrin's previous league titles came in 2009, 2016 and 2019, the last of them also "
            "won against Dunmore.")
    assert bool(conflicts(text, date(2025, 5, 12))) is clash


@pytest.mark.parametrize("time, clash", [("for the third time", True), ("for the fourth time", False)])
def test_won_for_the_nth_time_against_a_first_win_and_its_repeats(time, clash):
    text = (f"Elena Varga won the Orrin Masters {time} on Sunday, a point clear of the third seed.\n\n"
            "Varga first won the event in 2016 and took the title again in 2019 and 2022.")
    assert bool(conflicts(text, date(2025, 9, 15))) is clash


@pytest.mark.parametrize("earn, clash", [("GH₵3,120", True), ("GH₵3,250", False)])
def test_a_percentage_rise_against_its_worked_example(earn, clash):
    # GH₵2,600 to GH₵3,250 is 25%; the allowance's 5% has its own levels in its sentence
    text = ("The unions called off their strike after the government agreed to raise teachers' base pay by 25 per cent.\n\n"
            f"A newly qualified teacher, currently paid GH₵2,600 a month, will earn {earn} from July.\n\n"
            "The rural allowance rises by 5 per cent, from GH₵400 to GH₵420 a month.")
    assert bool(conflicts(text, date(2025, 6, 20))) is clash


@pytest.mark.parametrize("premium, clash", [("a 32 per cent premium", True), ("a 25 per cent premium", False)])
def test_a_takeover_premium_against_the_offer_and_the_close_it_names(premium, clash):
    # €24.50 over Monday's €19.60 close is 25%; over the €17.75 average it is 38%
    text = ("Orrin Logistics has agreed to buy Dunmore Cold for €24.50 per share in cash, the firms said on Tuesday.\n\n"
            "Dunmore shares, which closed at €19.60 on Monday, jumped 23 per cent on Tuesday.\n\n"
            "The price represents a premium of 38 per cent to the three-month average share price of €17.75.\n\n"
            f"\"We are paying {premium} to Monday's close,\" the chief executive said.")
    found = conflicts(text, date(2025, 6, 17))
    assert bool(found) is clash
    if clash:
        assert "Monday's close (€19.60)" in found[0]


@pytest.mark.parametrize("age, clash", [("92", True), ("93", False)])
def test_an_obituary_age_beside_ages_of_other_years_and_relatives(age, clash):
    # born August 1931, died February 2025: 93. "In 1949, aged 17" and her sister's 92 are other ages.
    text = (f"Peig Walsh, the Orrin net mender, has died at the age of {age}. She passed away on Tuesday.\n\n"
            "Born on 3 August 1931, she left school at 14. By the spring of 1949, aged 17, she ran the loft.\n\n"
            "Her sister Maura, the last of her siblings, died in 2019 aged 92.")
    assert bool(conflicts(text, date(2025, 2, 13))) is clash


@pytest.mark.parametrize("length, clash", [("42-day crossing", True), ("38-day crossing", False)])
def test_a_journey_length_against_its_departure_and_arrival_days(length, clash):
    # 11 December to Saturday 18 January is 38 days; the winners' 29 days is their own crossing
    text = ("The Orrin Oars crew rowed into English Harbour shortly before 4am on Saturday after more than five weeks "
            "at sea.\n\nThe crew set out from La Gomera on 11 December as one of 38 boats.\n\n"
            "The fastest crew, a British four, reached Antigua on 9 January after 29 days.\n\n"
            f"Pictured: the crew on the dock at the end of their {length}.")
    assert bool(conflicts(text, date(2025, 1, 20))) is clash


@pytest.mark.parametrize("weekday, clash", [("Wednesday", True), ("Tuesday", False)])
def test_that_weekday_points_back_to_the_date_just_told(weekday, clash):
    # 30 January 2024 was a Tuesday; the report was tabled on Thursday, another day
    text = ("The committee tabled its report on Thursday.\n\n"
            "The utility's vice-president appeared before the committee on January 30, with two division heads.\n\n"
            f"During that {weekday} session, she said restoration times had been far too optimistic.")
    assert bool(conflicts(text, date(2024, 2, 16))) is clash


@pytest.mark.parametrize("named, clash", [("yesterday's 5.1 tremor", True), ("Monday night's 5.1 tremor", False)])
def test_an_event_named_by_its_figure_and_day(named, clash):
    # published Wednesday: "yesterday" is Tuesday, but the 5.1 tremor struck on Monday
    text = ("The strongest aftershock, a magnitude 5.1 tremor, struck at 9:40 p.m. on Monday near Orrin.\n\n"
            "The minister visited Orrin yesterday, handing out tents.\n\n"
            f"Residents said {named} had sent them running from their houses.")
    assert bool(conflicts(text, date(2024, 10, 23))) is clash


@pytest.mark.parametrize("wrapped, clash", [("March 11", True), ("February 25", False)])
def test_a_week_after_completing_a_campaign_dated_after_the_arrival(wrapped, clash):
    # arriving on March 4 "a week after completing vibration testing": the testing ended on February 25
    text = ("The satellite arrived in California on March 4, a week after completing vibration testing in Bremen.\n\n"
            f"The engineer said the vibration campaign, which wrapped up on {wrapped}, was the key moment.")
    assert bool(conflicts(text, date(2025, 4, 10))) is clash


@pytest.mark.parametrize("old, clash", [("8.50", True), ("8.75", False)])
def test_a_rate_cut_by_basis_points_against_the_level_it_left(old, clash):
    # down 50 basis points to 8.25% is from 8.75%; inflation's levels are another measure
    text = ("The Central Bank of Orrin on Tuesday cut its benchmark rate (OBR) by 50 basis points to 8.25 per cent.\n\n"
            "Inflation rose to 4.6 per cent in May from 4.3 per cent in April.\n\n"
            f"\"Taking the OBR down from {old} per cent in one go sends a signal,\" an analyst said.")
    assert bool(conflicts(text, date(2025, 6, 12))) is clash


@pytest.mark.parametrize("total, clash", [("R2.1 billion", True), ("R1.33 billion", False)])
def test_a_cost_for_every_production_day_over_the_days_against_its_sum(total, clash):
    # about R95 million for each of 14 production days is about R1.33 billion; the wage a day is another rate
    text = ("The strike at Orrin Motors entered its third week, as the carmaker warned it was losing about R95 million "
            "in lost revenue for every production day.\n\n"
            "Workers earn about R1,150 a day. By Thursday the strike had cost 14 production days, the company said.\n\n"
            f"A spokesperson said the stoppage had so far cost the company {total} in lost revenue.")
    assert bool(conflicts(text, date(2025, 6, 20))) is clash


@pytest.mark.parametrize("text", [
    # a rate a month and a count of months elsewhere: the count is not the rate's
    ("The rural allowance rises to GH₵420 a month. Talks lasted six months. A teacher will earn GH₵3,250 a month "
     "from July, the allowance included."),
])
def test_a_bare_rate_a_month_needs_its_count_beside_it(text):
    assert conflicts(text, date(2025, 6, 20)) == []


@pytest.mark.parametrize("gap, clash", [("five days before his death", True), ("eleven days before his death", False)])
def test_a_gap_before_a_death_takes_the_day_told_after_the_verb(gap, clash):
    # "returned on 2 March and died ... on 19 March": the death is the 19th, the 2nd is the return
    text = ("He returned by ambulance on 2 March and died in intensive care on 19 March.\n\n"
            f"He was placed on a ventilator on 8 March, {gap}, the consultant said.")
    assert bool(conflicts(text, date(2026, 5, 1))) is clash


@pytest.mark.parametrize("jump, clash", [("A $27 million jump", True), ("A $23 million jump", False)])
def test_a_change_told_as_money_against_the_levels_across_two_sentences(jump, clash):
    # $389.4m to $412.6m is $23.2m; the police budget's $6.6m rise is another pair
    text = ("The council on Tuesday adopted a $412.6 million operating budget for next year.\n\n"
            "The spending plan is up from $389.4 million this year. Police spending rises to $98.1 million from "
            "$91.5 million.\n\n"
            f"\"{jump} in spending in a single year is not sustainable,\" a council member said.")
    assert bool(conflicts(text, date(2025, 6, 12))) is clash


@pytest.mark.parametrize("started, clash", [("Aug. 10", True), ("Aug. 11", False)])
def test_a_fire_named_with_a_capital_is_an_event(started, clash):
    # "The Cedar Flat Fire broke out Monday afternoon" (Monday 11 August); "Fire Brigade" stays a body
    text = ("The Cedar Flat Fire broke out Monday afternoon near a highway pullout, the Orrin Fire Brigade said.\n\n"
            "By Wednesday evening it had burned 4,150 acres.\n\n"
            f"Wednesday was the first day since the blaze started on {started} that crews could cut line.")
    assert bool(conflicts(text, date(2025, 8, 14))) is clash


def test_a_gap_from_a_weekday_alone_is_not_counted():
    # published Wednesday: "on Thursday" is placed by a guess (last week's Thursday), too weak to count from
    text = ("Ann Lee won the Orrin primary, the wire service declared on Thursday, two days after voters went to the "
            "polls for what became a razor-thin race.\n\nLee won three other states on Tuesday.")
    assert conflicts(text, date(2016, 3, 16)) == []


@pytest.mark.parametrize("gross, clash", [("roughly $3.5 million", True), ("roughly $5.3 million", False)])
def test_an_average_a_head_for_a_count_against_the_gross(gross, clash):
    # $2,950 a head for 1,800 head is about $5.3 million; last June's sale is its own product
    text = ("Buyers paid an average of $2,950 a head for 1,800 yearling steers at the Orrin feeder sale on Monday.\n\n"
            f"Gross sales came to {gross}, the auctioneer said, compared with about $4 million last June, when 1,650 "
            "head sold at an average of $2,400.")
    assert bool(conflicts(text, date(2025, 6, 12))) is clash


@pytest.mark.parametrize("years, clash", [("For 71 years", True), ("For 74 years", False)])
def test_a_run_told_as_over_against_a_timelines_opening_and_closing(years, clash):
    # 1949 to 2023 is 74 years; "since 2015" dates the new owner, not the cafe
    text = (f"{years}, the marble-topped tables of Cafe Shirin served bun maska and chai. The new owner has run a "
            "bakery since 2015.\n\n"
            "1949 – Khodadad Yazdani opens Cafe Shirin on a corner plot.\n"
            "1978 – The cafe's first electric oven arrives.\n"
            "2023 – After a steep rise in rent, the family closes the cafe in March.")
    assert bool(conflicts(text, date(2025, 12, 3))) is clash


@pytest.mark.parametrize("named, clash", [("the 12 March sitting", True), ("the 13 March sitting", False)])
def test_a_sitting_named_by_its_day_in_a_plan_sentence(named, clash):
    # published Friday 14 March: "yesterday (Thursday)" is the 13th, whatever year a plan's wording suggests
    text = ("The mayor survived a motion of no confidence during a tense council sitting at the chambers yesterday "
            "(Thursday).\n\n"
            f"The opposition said it would study the minutes of {named} before deciding whether to go to court.")
    assert bool(conflicts(text, date(2025, 3, 14))) is clash


@pytest.mark.parametrize("named, clash", [("Thursday's 89.6 per cent vote", True), ("Thursday's 91.3 per cent vote", False)])
def test_a_vote_named_by_its_day_and_share_against_the_share_told(named, clash):
    # the 78% of holders and the 75% threshold are other shares of the same vote
    text = ("At Thursday's scheme meeting, 91.3 per cent of votes cast were in favour of the offer, above the 75 per "
            "cent threshold.\n\nThe scheme was also backed by 78 per cent of shareholders who voted.\n\n"
            f"{named} ends a pursuit that began with Lakeshore's first approach in 2023.")
    assert bool(conflicts(text, date(2025, 12, 5))) is clash


@pytest.mark.parametrize("named, clash", [("its $43.8 million debut", True), ("its $48.3 million debut", False)])
def test_a_films_debut_named_by_its_gross_against_the_opening_told(named, clash):
    # another film's debut and the previews are other figures
    text = ("\"Night Orchard\" opened at No. 1 this weekend with $48.3 million in ticket sales, above projections of "
            "$35 million to $40 million.\n\nThursday previews accounted for $7.1 million of the weekend opening.\n\n"
            "Last weekend's champion, \"Dust Kings\", fell to second after a $19.6 million debut a week earlier.\n\n"
            f"\"Night Orchard\" is the year's fourth-biggest opening so far, and {named} is the largest for an original "
            "horror film since 2023.")
    assert bool(conflicts(text, date(2025, 10, 13))) is clash


def test_two_deals_named_by_their_figures_in_one_sentence_are_two_deals():
    text = ("The firm is advising Orrin Breweries on its proposed $104 billion sale to Dunmore and is also advising "
            "Hale Gas on its $72 billion sale to Kestrel Oil.")
    assert conflicts(text, date(2016, 1, 7)) == []


@pytest.mark.parametrize("length, clash", [("28-day crossing", True), ("25-day crossing", False)])
def test_a_crossing_begun_in_a_relative_clause_and_ended_by_skiing_in(length, clash):
    # 2 May to Tuesday 27 May is 25 days; the storm's 36 hours are another length
    text = ("Three skiers reached Isortoq on Tuesday evening, completing an unsupported crossing of the ice sheet that "
            "they began near Kangerlussuaq on 2 May.\n\nThey skied into Isortoq at 19:40 on 27 May, after a storm "
            f"pinned them down for 36 hours.\n\nThe hardest part of the {length} was the first week, Solheim said.")
    assert bool(conflicts(text, date(2025, 5, 29))) is clash


@pytest.mark.parametrize("sum_told, clash", [("US$34,200", True), ("US$32,400", False)])
def test_a_lot_sold_for_a_price_a_case_against_what_the_lot_raised(sum_told, clash):
    # 60 cases at US$540 a case is US$32,400; the magnums are their own product
    text = ("The top lot – 60 cases of the 2023 vintage – sold for US$540 a case after a bidding contest.\n\n"
            "Another lot, 48 magnums, went for US$310 each, or US$14,880.\n\n"
            f"The top lot alone raised {sum_told}, about 8% of the night's total.")
    assert bool(conflicts(text, date(2025, 3, 10))) is clash


@pytest.mark.parametrize("edition, clash", [("20th edition", True), ("22nd edition", False)])
def test_a_yearly_festivals_edition_against_its_first_year(edition, clash):
    # held every August since 2004: 2025 is the 22nd; moving online in 2020 was still an edition
    text = (f"Orrin Book Days closed on Sunday after its {edition} drew about 18,500 visitors.\n\n"
            "The festival was started in 2004 by two librarians and has been held every August since. In 2020 it "
            "moved online rather than being cancelled.")
    assert bool(conflicts(text, date(2025, 8, 25))) is clash


@pytest.mark.parametrize("gap, clash", [("three weeks", True), ("two weeks", False)])
def test_a_wait_between_two_events_each_dated_elsewhere(gap, clash):
    # confirmed on 5 January, quarantine on 19 January: two weeks
    text = ("The disease was confirmed on 5 January at a dip tank in Orrin district.\n\n"
            "On 19 January, the department imposed a quarantine on the district.\n\n"
            f"Farmers criticised the department for waiting {gap} after the first confirmed case before imposing the "
            "quarantine.")
    assert bool(conflicts(text, date(2025, 2, 3))) is clash


@pytest.mark.parametrize("cut, clash", [("0.54 seconds", True), ("0.44 seconds", False)])
def test_a_record_cut_against_the_new_and_the_old_times(cut, clash):
    # 2:09.31 less 2:08.87 is 0.44 seconds
    text = (f"Lucia Ferrer took {cut} off the national record in the 200 metres backstroke on Saturday.\n\n"
            "The 21-year-old touched the wall in 2:08.87, improving on the mark of 2:09.31 set in 2019.")
    assert bool(conflicts(text, date(2026, 4, 12))) is clash


@pytest.mark.parametrize("relatives, clash", [("the 13 crew", True), ("the 12 crew", False)])
def test_everyone_on_board_against_the_crew_named_again(relatives, clash):
    # nine found and two bodies recovered are parts of the 12
    text = ("The longliner, with 12 crew on board, sent a distress call at about 10pm on Saturday.\n\n"
            "Nine crew members were found in a life raft on Sunday. The bodies of two members were recovered later.\n\n"
            f"Relatives of {relatives} have been gathering every day at the company's office.")
    assert bool(conflicts(text, date(2025, 6, 10))) is clash


@pytest.mark.parametrize("age, clash", [("34-year-old", True), ("33-year-old", False)])
def test_an_age_against_a_birthday_still_to_come_this_year(age, clash):
    # born 17 October 1992, on 3 February 2026 he is 33: the birthday is still to come
    text = (f"Police are tracing a {age} man who absconded from Orrin Prison on Sunday evening.\n\n"
            "Court records show that Doyle, who was born on 17 October 1992, was jailed in May 2023.")
    assert bool(conflicts(text, date(2026, 2, 3))) is clash


@pytest.mark.parametrize("share, clash", [("two-thirds", True), ("three-fifths", False)])
def test_a_fraction_of_a_group_against_the_part_counted_of_it(share, clash):
    # 54 of 90 districts is three-fifths
    text = ("Suspected cases have been reported in 54 of the region's 90 districts.\n\n"
            f"With the outbreak now affecting {share} of the region's districts, officials asked health workers to "
            "report every child with a fever.")
    assert bool(conflicts(text, date(2025, 3, 5))) is clash


@pytest.mark.parametrize("more, clash", [("about 40% more", True), ("about 65% more", False)])
def test_a_percentage_more_than_last_year_against_the_counts_told_after_it(more, clash):
    # 155 against 94 is 65% more
    text = (f"Orrin has recorded 155 heat-related deaths so far this season, {more} than at the same point last year.\n\n"
            "The weekly bulletin counted 155 deaths since monitoring began in mid-March, compared with 94 by the same "
            "week of 2025.")
    assert bool(conflicts(text, date(2026, 6, 5))) is clash


def test_a_share_told_of_another_years_vote_is_not_the_count():
    text = ("Mokoena won with 2,846 of the 4,120 valid votes cast, or 69%.\n\n"
            "In the 2021 local elections, the PCA won the ward with 54% of the vote.")
    assert conflicts(text, date(2025, 8, 8)) == []


@pytest.mark.parametrize("cup, clash", [("a third Emperor's Cup", True), ("a fourth Emperor's Cup", False)])
def test_an_ordinal_win_against_earlier_wins_counted_by_ordinals(cup, clash):
    # "his first ..., a second ..., a third ...": this is his fourth
    text = ("Kirinofuji wins fourth Emperor's Cup\n\nOzeki Kirinofuji won the Kyushu tournament on Sunday.\n\n"
            "The 27-year-old won his first top-division title in January 2024, added a second in September that year "
            f"and claimed a third in May this year.\n\nIt was {cup} for Kirinofuji and his first as an ozeki.")
    assert bool(conflicts(text, date(2025, 11, 24))) is clash


@pytest.mark.parametrize("headline, clash", [("Orrin Sensing closes 28% above IPO price", True),
                                             ("Orrin Sensing closes 25% above IPO price", False)])
def test_a_first_day_gain_against_the_offering_and_closing_prices(headline, clash):
    # NIS 18 to NIS 22.50 is 25%; the opening's 20% is another moment
    text = (f"{headline}\n\nOrrin Sensing ended its first day of trading yesterday at NIS 22.50 per share.\n\n"
            "The company sold 15 million new shares at NIS 18 each in the offering.\n\n"
            "The stock opened at NIS 21.60, 20% above the issue price.")
    assert bool(conflicts(text, date(2025, 5, 20))) is clash


@pytest.mark.parametrize("average, clash", [("about 64", True), ("about 80", False)])
def test_an_average_per_unit_against_the_total_and_the_units_counted(average, clash):
    # 3,200 colonies over 40 sites is 80 a site; "over 200 ... on a single transect" is a bound of one site
    text = ("Divers recorded 3,200 bleached coral colonies at 40 reef sites, 22 of them in the Gulf.\n\n"
            f"Across all the surveyed sites, the average was {average} bleached colonies per site. At some sites we "
            "counted well over 200 bleached colonies on a single transect, a researcher said.")
    assert bool(conflicts(text, date(2025, 5, 20))) is clash


@pytest.mark.parametrize("last, clash", [("Pembrokeshire one", True), ("Pembrokeshire two", False)])
def test_a_breakdown_with_a_part_shared_by_two_names(last, clash):
    # 4 + 2 x 3 + 2 + 2 = 14; "13 June" is a day, not the sum
    text = ("Orrin Bank is to close 14 of its branches in Wales, including those in Tregaron and Aberaeron.\n\n"
            "The closures will be phased in from Thursday, 13 June, and Orrin will have 22 branches left.\n\n"
            f"By county, Gwynedd loses four branches, Ceredigion and Powys three each, Carmarthenshire two and {last}.")
    assert bool(conflicts(text, date(2024, 5, 20))) is clash
