"""Timeline: dates found, resolved against the publication date, merged across outlets (made-up texts and the bundled example)."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave import nlp
from newsweave.model import Article
from newsweave.story.timeline import date_mentions, dates_in, timeline as story_timeline


def timeline(analysed, mentions=None):
    """The timeline of analysed articles, their dates found first unless given (as the pipeline does)."""
    return story_timeline(analysed, mentions=date_mentions(analysed) if mentions is None else mentions)

TUESDAY = dt.date(2022, 2, 8)


def mentions(text, published=TUESDAY):
    article = Article(id="t", original=text, published=published)
    return [(m.text, m.date, m.precision, m.resolved) for m in dates_in(article, nlp.analyse([article])[0])]


@pytest.fixture(scope="module")
def example(example_analysed):
    return example_analysed


def test_weekday_in_past_tense_is_the_latest_such_day():
    assert mentions("The leaders met on Monday.") == [("on Monday", "2022-02-07", "day", True)]


def test_same_weekday_as_publication_is_that_day():
    assert mentions("The minister spoke on Tuesday.") == [("on Tuesday", "2022-02-08", "day", True)]


def test_weekday_with_future_verb_looks_ahead():
    assert mentions("On Wednesday, the mayor is due to visit the pier.") == [("On Wednesday", "2022-02-09", "day", True)]
    assert mentions("The council will meet on Friday.") == [("on Friday", "2022-02-11", "day", True)]


def test_yearless_date_takes_the_year_near_publication():
    assert mentions("The replies came on January 26.") == [("on January 26", "2022-01-26", "day", True)]
    # "December. 23" (sic): a month, a stray full stop and a day, in the previous year.
    assert mentions("He has not spoken since December. 23, the paper said.")[0][:3] == ("since December. 23", "2021-12-23", "day")


def test_weeks_months_and_years():
    assert mentions("The lane was narrowed last week.") == [("last week", "2022-01-31/2022-02-06", "week", True)]
    assert mentions("Notably, earlier last month, the envoy spoke.") == [("earlier last month", "2022-01", "month", True)]
    assert mentions("The act was signed in 1997.") == [("in 1997", "1997", "year", True)]
    assert mentions("It was annexed in 2014 by force.")[0] == ("in 2014", "2014", "year", True)


def test_absolute_dates_need_no_publication_date():
    assert mentions("The ferry sank on 10 March 2031.", published=None) == [("on 10 March 2031", "2031-03-10", "day", True)]


def test_a_weekday_beside_a_date_names_that_date():
    assert mentions("The awards were held on Sunday, Feb. 6, 2022, at the Forum.", published=None) == [
        ("Feb. 6, 2022", "2022-02-06", "day", True)]
    assert mentions("The pier opened on Monday, 7 February, and closed last Friday.") == [
        ("7 February", "2022-02-07", "day", True), ("last Friday", "2022-02-04", "day", True)]


def test_a_weekday_in_a_name_is_no_day():
    assert mentions('Appearing on "Harbour News Sunday," Varga said the pier reopened on Friday.') == [
        ("on Friday", "2022-02-04", "day", True)]
    assert mentions("She told the Sunday Herald that the crew was rescued on Monday.") == [("on Monday", "2022-02-07", "day", True)]


def test_relative_dates_without_publication_date_stay_unresolved():
    assert mentions("The port closed on Monday and reopened yesterday.", published=None) == [
        ("on Monday", None, None, False), ("yesterday", None, None, False)]


def test_durations_and_numbers_are_not_dates():
    assert mentions("The inquiry will report within six months; 6,500 tonnes and 2019 passengers were aboard.") == []


@settings(max_examples=25, deadline=None)
@given(prefix=st.text(alphabet="abc XYZ.,\n", max_size=20), day=st.integers(1, 28))
def test_spans_index_the_original(prefix, day):
    text = f"{prefix} It happened on March {day} and on Friday."
    article = Article(id="h", original=text, published=TUESDAY)
    for m in dates_in(article, nlp.analyse([article])[0]):
        assert article.original[m.start:m.end] == m.text


def test_example_dates_resolve_to_the_designed_days(example, expected):
    found = {}
    for article, doc, _ in example:
        for m in dates_in(article, doc):
            found[(article.id, m.text)] = m.date
    for item in expected["story"]["dates"]:
        assert found[(item["article"], item["phrase"])] == item["resolves_to"], item


def test_example_timeline_merges_outlets_and_orders_oldest_first(example):
    items = timeline(example)
    resolved = [i for i in items if i.resolved]
    keys = [i.date.split("/")[0] for i in resolved]
    assert keys == sorted(keys)
    assert [i.resolved for i in items] == sorted((i.resolved for i in items), reverse=True)
    collision = [i for i in items if i.date == "2031-03-10" and "collided" in i.text]
    assert len(collision) == 1
    assert set(collision[0].sources) == {"northline-wire", "tidemark-courier", "brackwater-herald", "saltmere-gazette"}
    inquiry = [i for i in items if i.date == "2031-03-11"]
    assert len(inquiry) == 1 and set(inquiry[0].sources) == {"northline-wire", "tidemark-courier", "brackwater-herald", "saltmere-gazette"}
    assert any(i.date == "2019" and len(i.sources) == 4 for i in items)
    # The island page has no date: its items are kept, unresolved, never guessed.
    island = [i for i in items if "nessa-island-notes" in i.sources]
    assert island and all(not i.resolved and i.date is None for i in island)
    # The dateline "SALTMERE, March 12" dates the report, not an event.
    assert not any(i.date == "2031-03-12" and "brackwater-herald" in i.sources for i in items)


def test_example_evidence_indexes_the_original(example):
    originals = {a.id: a.original for a, _, _ in example}
    for item in timeline(example):
        for ev in item.evidence:
            assert originals[ev.article][ev.start:ev.end] == ev.text


def test_the_timeline_is_built_from_the_mentions_it_is_given(example):
    found = date_mentions(example)
    assert found == {article.id: dates_in(article, doc) for article, doc, _ in example}
    items = timeline(example)
    assert timeline(example, mentions=found) == items
    # the dates are not looked for again: an article given no mentions tells no item
    assert any("saltmere-gazette" in i.sources for i in items)
    assert not any("saltmere-gazette" in i.sources for i in timeline(example, mentions={**found, "saltmere-gazette": []}))


def test_an_item_carries_its_date_as_written(example):
    items = timeline(example)
    assert items and all(i.phrase and i.phrase in i.text for i in items)


def test_undated_items_say_when_in_the_article_s_words():
    from newsweave.render.view import when

    article = Article(id="u", original="The pier closed in late March. The ferry sank on Monday and was raised in late March.")
    items = timeline(nlp.analysed([article]))
    assert {when(i) for i in items} == {"in late March (date unresolved)", "on Monday (date unresolved)"}


def test_an_item_is_told_in_a_line_without_holes():
    a = Article(id="a", original="The pier closed on Monday after the storm , the council said.", published=dt.date(2024, 5, 8))
    b = Article(id="b", original="The pier closed on Monday after the storm, the island council said.", published=dt.date(2024, 5, 8))
    items = {i.date: i for i in timeline(nlp.analysed([a, b]))}
    assert items["2024-05-06"].sources == ("a", "b")
    assert items["2024-05-06"].text == "The pier closed on Monday after the storm, the island council said."


def test_a_bare_date_is_no_item_and_an_open_bracket_is_left_out():
    a = Article(id="a", original="Who was born when? Mara Holm? December 19. (Her new ferry guide came out this week, to wide praise.",
                published=dt.date(2024, 5, 8))
    items = timeline(nlp.analysed([a]))
    assert [i.text for i in items] == ["Her new ferry guide came out this week, to wide praise."]


@pytest.mark.parametrize("phrase, date", [("eleven days ago", "2031-03-01"), ("twenty days ago", "2031-02-20"),
                                          ("thirty days ago", "2031-02-10"), ("forty years ago", "1991")])
def test_relative_dates_count_back_from_the_article_never_from_today(phrase, date):
    text = f"The storm that closed the Tolvik pier began {phrase}."
    dated = Article(id="a", original=text, published=dt.date(2031, 3, 12))
    undated = Article(id="b", original=text)
    assert [m.date for m in dates_in(dated, nlp.analyse([dated])[0]) if "ago" in m.text] == [date]
    assert [m.date for m in dates_in(undated, nlp.analyse([undated])[0]) if "ago" in m.text] == [None]


def test_a_line_with_no_verb_is_no_item():
    a = Article(id="a", original="Saturday, March 8, 2031\n\nThe Tolvik pier reopened on Friday. 1997, as the port of the island.",
                published=dt.date(2031, 3, 8))
    assert [(i.date, i.text) for i in timeline(nlp.analysed([a]))] == [("2031-03-07", "The Tolvik pier reopened on Friday.")]


def test_a_pages_own_stamp_is_no_item_and_a_title_abbreviation_ends_no_sentence():
    a = Article(id="a", original="Ada Lunde spoke at the pier on Friday, said harbour Det. Ivo Karas. "
                                 "Karas reports for Coast Radio. (Published Saturday, March 8, 2031)",
                published=dt.date(2031, 3, 8))
    assert [(i.date, i.text) for i in timeline(nlp.analysed([a]))] == [
        ("2031-03-07", "Ada Lunde spoke at the pier on Friday, said harbour Det. Ivo Karas.")]
