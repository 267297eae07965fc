"""Near-duplicate and numeric-conflict search across articles."""

from __future__ import annotations

import pytest

import random

from rapidfuzz import fuzz

from tests.conftest import read_shared_jsonl
from workbench.analysis.neardup import NearDuplicateIndex, normalised_text
from workbench.analysis.segment import split_sentences

BODIES = "Rescue teams recovered three bodies from the collapsed building in the city centre on Monday, police said."


def test_near_duplicate_in_another_article_is_found_but_not_in_the_same_one():
    index = NearDuplicateIndex()
    index.add("a1", BODIES, group="a")
    variant = BODIES.replace("Rescue teams", "Rescuers").replace("police said", "police told reporters")
    assert index.find_matches(variant, group="a") == []
    [match] = index.find_matches(variant, group="b")
    assert (match.other_id, match.kind) == ("a1", "duplicate")
    assert 85 <= match.score < 100


def test_same_claim_with_another_number_is_a_numeric_conflict():
    index = NearDuplicateIndex()
    index.add("a1", BODIES, group="a")
    [match] = index.find_matches(BODIES.replace("three", "five"), group="b")
    assert match.kind == "numeric_conflict"
    assert "five here vs three there" in match.explanation


def test_an_added_figure_or_another_year_is_not_a_conflict():
    index = NearDuplicateIndex()
    index.add("a1", "The market for music downloads was worth just $20 million in total, analysts said.", group="a")
    [added] = index.find_matches(
        "The market for music downloads was worth just $20 million (£10 million) in total, analysts said.", group="b")
    assert added.kind == "duplicate"
    index.add("a2", "Sales of music downloads rose sharply in 2004, the industry body said on Monday.", group="a")
    [year] = index.find_matches("Sales of music downloads rose sharply in 2005, the industry body said on Monday.",
                                group="b")
    assert year.kind == "duplicate" and "another year" in year.explanation


def test_unrelated_claims_and_short_fragments_do_not_match():
    index = NearDuplicateIndex()
    index.add("a1", BODIES, group="a")
    assert index.find_matches("The central bank raised interest rates by a quarter point on Thursday.", "b") == []
    assert index.add("a2", "he said", group="a") is False
    assert index.find_matches("he said", group="b") == []
    assert normalised_text("Three bodies were found, 1,200 people fled.") == "# bodies were found # people fled"


def test_pairs_lists_each_cross_article_pair_once():
    index = NearDuplicateIndex()
    index.add("a1", BODIES, group="a")
    index.add("a2", BODIES, group="a")
    index.add("b1", BODIES.replace("three", "four"), group="b")
    found = sorted(tuple(sorted((left, match.other_id))) + (match.kind,) for left, match in index.pairs())
    assert found == [("a1", "b1", "numeric_conflict"), ("a2", "b1", "numeric_conflict")]


def test_blocking_keeps_edited_copies_of_real_sentences():
    """One word replaced or dropped in real BBC sentences: the index finds >= 95% of the
    edited copies that rapidfuzz scores at or above the threshold."""
    sentences = []
    for article in read_shared_jsonl("bbc_news.jsonl"):
        sentences += [s.text for s in split_sentences(article["text"]) if len(s.text.split()) >= 12]
        if len(sentences) >= 400:
            break
    rng = random.Random(3)
    index = NearDuplicateIndex()
    for i, text in enumerate(sentences):
        index.add(i, text, group="original")
    expected = found = 0
    for i, text in enumerate(sentences):
        words = text.split()
        position = rng.randrange(len(words))
        words[position:position + 1] = [] if i % 2 else ["changed"]
        edited = " ".join(words)
        if fuzz.ratio(normalised_text(edited), normalised_text(text)) < index.threshold:
            continue
        expected += 1
        found += any(m.other_id == i for m in index.find_matches(edited, group="copy"))
    assert expected > 300
    assert found / expected >= 0.95


def test_truncate_forgets_a_rolled_back_batch():
    from workbench.analysis.neardup import NearDuplicateIndex

    text = "Divers recovered three bodies from the river near the old mill on Sunday."
    index = NearDuplicateIndex()
    index.add("kept", text, group=1)
    index.add("ghost-a", text, group=2)
    index.add("ghost-b", text.replace("Sunday", "Monday"), group=3)
    index.truncate(1)
    assert len(index) == 1
    assert [m.other_id for m in index.find_matches(text, group=9)] == ["kept"]
    index.add("again", text, group=4)
    assert sorted(m.other_id for m in index.find_matches(text, group=9)) == ["again", "kept"]


# ------------------------------------------------------------------ subjects and facts in other words


def _match(first: str, second: str):
    index = NearDuplicateIndex()
    index.add("a1", first, group="a")
    return index.find_matches(second, group="b")


def test_a_template_about_another_subject_is_no_conflict():
    assert _match("Shares in Harlow Homes were up 6% at 458.5p in early trading in London.",
                  "Shares in Corvin Sports were up 1.76% at 115.5p in early trading in London.") == []
    # the same subject with another figure still is
    [match] = _match("Shares in Harlow Homes were up 6% at 458.5p in early trading in London.",
                     "Shares in Harlow Homes were up 6% at 468.5p in early trading in London.")
    assert match.kind == "numeric_conflict"


def test_one_price_reported_in_other_words_by_two_outlets_disagrees():
    [match] = _match("State-owned Veltra bought the Kastor unit for $9.3bn in an auction forced by the courts.",
                     "Kastorneftegaz was sold at auction in December to Veltra in a deal worth $9.4bn.")
    assert match.kind == "numeric_conflict"
    assert match.explanation.splitlines()[0] == "'$9.4bn' here vs '$9.3bn' there: two values for one acquisition"


def test_a_rounded_price_agrees_with_the_precise_one():
    [match] = _match("On Monday, Orlin agreed to a buyout by Televa Communications in a deal valued at $6.75bn.",
                     "Televa has won the battle for phone firm Orlin with a bid worth $6.8bn, reports say.")
    assert match.kind == "duplicate"


def test_a_bill_or_damages_is_not_the_price():
    assert [m.kind for m in _match(
        "Veltra bought the Kastor unit for $9.3bn in an auction forced by the courts.",
        "Kastor's owner will sue Veltra and others involved in the sale of Kastor for $12bn in damages.",
    )] in ([], ["duplicate"])


def test_a_count_in_other_words_is_the_same_fact():
    [match] = _match("A landslide in Kelby buried 12 homes on Sunday, officials said.",
                     "In Kelby, 12 houses were buried by the landslide on Sunday.")
    assert match.kind == "duplicate" and "same fact in other words" in match.explanation


def test_repeatable_events_are_not_compared_as_facts():
    assert _match("Sprinter Ana Veld won three gold medals in Sydney in 2000.",
                  "Veld, who won five medals at the 2000 Olympics, denies the allegations.") == []


def test_a_rejected_deal_is_not_the_price_paid():
    # a deal turned down never happened: its amount is no second price for the sale that did
    assert [m.kind for m in _match(
        "Televa bought phone firm Orlin for $6.8bn after a long takeover battle.",
        "Arcon said on Wednesday that Orlin had rejected a deal worth $8bn.",
    )] in ([], ["duplicate"])
    # twin: the same amount reported as paid is a second price for one sale
    [match] = _match("Televa bought phone firm Orlin for $6.8bn after a long takeover battle.",
                     "Orlin was sold to Televa in a deal worth $8bn, Arcon said on Wednesday.")
    assert match.kind == "numeric_conflict"


def test_a_nationality_adjective_is_not_a_shared_subject():
    # "Swedish" describes both firms; it does not make two deals one
    assert [m.kind for m in _match(
        "The Swedish truck maker Korvel has agreed to sell its bus unit to Ostrava for 400 million euros.",
        "The Swedish ferry group Baltline agreed to sell its port unit to Danube Freight for 450 million euros.",
    )] in ([], ["duplicate"])
    # twin: one seller named in both is one subject, and two prices for its sale disagree
    [match] = _match(
        "The Swedish truck maker Korvel has agreed to sell its bus unit to Ostrava for 400 million euros.",
        "Korvel agreed to sell the bus unit to Ostrava for 450 million euros, the Swedish firm said.",
    )
    assert match.kind == "numeric_conflict"


def test_one_fact_named_by_two_events_is_the_same_fact():
    [match] = _match("Floods in the Orne valley forced 2,000 people from their homes.",
                     "About 2,000 residents of the Orne valley were evacuated because of the floods.")
    assert match.kind == "duplicate"
    # twin: through two events, values that differ are no conflict (the events may be two)
    assert [m.kind for m in _match("Floods in the Orne valley forced 2,000 people from their homes.",
                                   "Floods in the Orne valley killed 20 people, the regional governor said.")] in (
        [], ["duplicate"])


def test_a_counted_noun_ends_before_a_preposition():
    [match] = _match("Police in Arland detained 48 protesters outside the assembly.",
                     "Forty-eight demonstrators were arrested by Arland police outside the assembly.")
    assert match.kind == "duplicate"


def test_a_prison_term_is_the_fact_of_a_sentencing():
    [match] = _match("Judge Ruth Kell sentenced Oren Vas to nine years in prison.",
                     "Oren Vas was sentenced to 11 years in jail by Judge Ruth Kell.")
    assert match.kind == "numeric_conflict"
    # twin: a ban is a term, not a sentence
    assert [m.kind for m in _match("The league banned Oren Vas for nine years after the inquiry.",
                                   "Oren Vas was banned from the league for 11 years.")] in ([], ["duplicate"])


@pytest.mark.parametrize("other, kind", [("nine", "duplicate"), ("11", "numeric_conflict")])
def test_jailed_for_a_term_is_a_sentencing(other, kind):
    [match] = _match("Judge Ruth Kell sentenced Oren Vas to nine years in prison.",
                     f"Oren Vas was jailed for {other} years by Judge Ruth Kell.")
    assert match.kind == kind


def test_a_place_in_jail_is_no_sentencing():
    # "died in jail" names where, not a sentence passed: no fact to compare
    assert _match("Judge Ruth Kell sentenced Oren Vas to nine years in prison.",
                  "Oren Vas, who spent 11 years in jail, died on Monday in Harwell.") == []


def test_an_amount_that_names_its_deal_is_a_price():
    [match] = _match("Portwell Rovers signed winger Ede Sarn for a fee of eight million euros.",
                     "Winger Ede Sarn joined Portwell Rovers in an 8 million euro deal.")
    assert match.kind == "duplicate"


def test_paying_an_amount_for_something_is_a_purchase():
    [match] = _match("Morlan Group paid 3.4 billion dollars for the Dessa cinema chain.",
                     "The Dessa cinema chain was acquired by Morlan Group for $3.8bn.")
    assert match.kind == "numeric_conflict"
    # twin: paying a bill is no purchase price
    assert [m.kind for m in _match("Morlan Group paid 3.4 billion dollars in tax for the Dessa cinema chain.",
                                   "The Dessa cinema chain was acquired by Morlan Group for $3.8bn.")] in (
        [], ["duplicate"])


def test_numbers_inside_names_and_codes_are_not_facts():
    # "the Six Nations" is a tournament, "A320" an aircraft model: no count to agree on
    assert _match("Wales captain Oren Vell has been ruled out of the rest of the Six Nations with a broken thumb.",
                  "England prop Tam Rusk has been ruled out of the rest of the RBS Six Nations with a broken arm.") == []
    assert _match("Tessair has ordered 30 Airbus A320 planes in a $1.8bn deal as it expands.",
                  "Kelair is to buy 10 A320 aircraft from Airbus and has the option to buy 20 more.") == []


@pytest.mark.parametrize("first, second", [
    ("Storm Orla cut power to 40,000 homes across the north-east on Friday.",
     "About 40,000 households in the north-east lost electricity when Storm Orla hit."),
    ("Dunmore Airways will cut 1,100 jobs as part of a restructuring plan.",
     "A restructuring at Dunmore Airways will see 1,100 posts axed."),
    ("Police seized 2.3 tonnes of cocaine at the port of Varrick.",
     "Officers at Varrick port confiscated 2.3 tonnes of cocaine."),
])
def test_one_figure_and_one_name_in_other_words_are_the_same_fact(first, second):
    # No shared event word ("cut power" / "lost electricity"): the figure and the name carry the link.
    [match] = _match(first, second)
    assert match.kind == "duplicate"


def test_a_figure_and_a_name_in_unrelated_sentences_are_not_linked():
    # The same figure and name, but nothing else in common: two facts.
    assert _match("Dunmore Airways carried 40,000 passengers over the Easter weekend.",
                  "The mayor of Dunmore promised 40,000 new trees along the ring road by 2030.") == []


@pytest.mark.parametrize("written", ["Twenty-seven", "27"])
def test_a_number_written_with_a_hyphen_is_one_number(written):
    [match] = _match("A magnitude 6.1 earthquake killed 27 people in the province of Sarrow.",
                     f"{written} people died when a 6.1-magnitude quake struck Sarrow province.")
    assert match.kind == "duplicate"


@pytest.mark.parametrize("count, kind", [("Fifteen", "duplicate"), ("Eighteen", "numeric_conflict")])
def test_counts_in_words_above_fifteen_are_facts(count, kind):
    [match] = _match("Firefighters rescued 15 people from the burning Astley hotel in Venn.",
                     f"{count} guests were rescued by firefighters from the Astley hotel blaze in Venn.")
    assert match.kind == kind


@pytest.mark.parametrize("first, second", [
    ("Sophos said two hoax messages about the flood reached its top 10 list in January.",
     "Sophos said 10% of all e-mail sent in January carried the Zafi virus."),
    ("The Varn virus can infect machines running Windows 95, 98 and XP, Sophos said.",
     "Sophos said 95 new viruses were found last month, most aimed at Windows users."),
    ("France play Wales at the Stade de France on 26 February, Varn said.",
     "Varn said Wales had beaten France 26-20 in Paris last year."),
])
def test_labels_dates_scores_and_rankings_are_no_shared_figure(first, second):
    assert [m for m in _match(first, second) if "figure" in m.explanation] == []


def test_a_difference_is_no_shared_figure():
    # "86,000 fewer cars" is a change; "recalled 86,000 cars" a count: two facts.
    assert [m for m in _match("Torrin Motors recalled 86,000 cars over a braking fault.",
                              "Torrin Motors sold 86,000 fewer cars in Asia than a year earlier, its report showed.")
            if "figure" in m.explanation] == []


@pytest.mark.parametrize("first, second", [
    ("A fire at a warehouse in Dunley destroyed goods worth £3.2m.",
     "Goods valued at £3.2m were lost when fire swept through a Dunley warehouse."),
    ("Torrin Motors recalled 86,000 cars over a braking fault.",
     "A braking problem has led Torrin Motors to call back 86,000 vehicles."),
])
def test_written_later_same_facts_link_through_a_figure_and_a_name(first, second):
    assert [m.kind for m in _match(first, second)] == ["duplicate"]


def test_a_long_lived_index_prepares_as_a_fresh_one_and_its_cache_drops_the_oldest_text_first(monkeypatch):
    # Ingest's workers keep one index for their whole life (pipeline._SKETCHER): past the cache's
    # bound, a text prepared again comes out as from a fresh index, and what goes to the writer
    # comes back from pickle the same.
    import pickle

    from workbench.analysis import neardup

    monkeypatch.setattr(neardup, "PREPARED_CACHE", 3)
    texts = [BODIES.replace("three", word) for word in ("two", "four", "five", "six", "seven")] + [
        "Shares in Harlow Homes were up 6% at 458.5p in early trading, Mr Dain said on Monday.",
        "Police in Kelby arrested 34 people on Sunday after the march, Mr Dain said.",
        "Veltra bought the Kastor oil unit for $9.3bn at a state auction in Moscow.",
        "too short",
    ]
    index = NearDuplicateIndex()
    for text in texts + texts[::-1] + texts:
        prepared = index.prepare(text)
        assert prepared == NearDuplicateIndex().prepare(text)
        assert pickle.loads(pickle.dumps(prepared)) == prepared
        assert len(index._prepared_texts) <= 3
    assert list(index._prepared_texts) == texts[-3:]  # the newest three, oldest first


@pytest.mark.parametrize("text", [
    "Police in Kelby arrested 34 people on Sunday after the march, Mr Dain said.",
    "The board rejected the takeover of Brisk for $9.3bn, and the firm did not resign its listing.",
    "Twelve miners were trapped underground after a tunnel collapsed at the Ruda mine.",
    "It happened after the landslide struck on Monday and buried 14 houses in Halden.",
    "The closure of the Helm Motors factory in Radby will cost 850 jobs, the union said.",
])
def test_bare_event_mentions_hold_what_facts_read_as_full_ones_do(text):
    # claim_facts binds quantities to bare mentions: their classes, part of speech, trigger, place
    # and negation must be those of the full event model's mentions.
    from workbench.analysis.events import claim_events
    from workbench.analysis.model import Claim

    claim = Claim(seq=1, start=0, end=len(text), text=text, sentence_index=0)

    def read(mentions):
        return [(m.classes, m.pos, m.lemma, m.trigger, m.start, m.end, m.negated) for m in mentions]

    full, bare = claim_events(text, claim), claim_events(text, claim, bare=True)
    assert read(bare.mentions) == read(full.mentions) and full.mentions
