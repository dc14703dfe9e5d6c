"""Events: distinct occasions of one story, never reported as contradictions (made-up texts and the bundled example)."""

import datetime as dt

import pytest

from newsweave import nlp
from newsweave.model import Article
from newsweave.story.entities import find
from newsweave.story.events import events as story_events, story_events_of_articles as occasions_of
from newsweave.story.timeline import date_mentions


def events(analysed):
    """The events of analysed articles, their dates, occasions and people found first (as the pipeline does)."""
    dates = date_mentions(analysed)
    return story_events(analysed, mentions=dates, occasions=occasions_of(analysed, mentions=dates),
                        people=find(analysed).mentions)


def story_events_of_articles(analysed):
    return occasions_of(analysed, mentions=date_mentions(analysed))


@pytest.fixture(scope="module")
def example(example_analysed):
    return events(example_analysed)


def test_two_occasions_on_two_days_stay_apart():
    a = Article(id="a", original="The mayor held a phone call with the governor on Monday. The mayor held a press conference on Thursday.",
                published=dt.date(2024, 5, 10))
    b = Article(id="b", original="The mayor spoke to the governor in a phone call on Monday.", published=dt.date(2024, 5, 8))
    evs = [e for e in events(nlp.analysed([a, b])) if e.kind == "event"]
    assert [(e.date, e.sources) for e in evs] == [("2024-05-06", ("a", "b")), ("2024-05-09", ("a",))]
    assert evs[1].label == "press conference"


def test_background_is_marked():
    a = Article(id="a", original="The bridge opened in 1997. The bridge closed on Monday.", published=dt.date(2024, 5, 8))
    assert [(e.date, e.kind) for e in events(nlp.analysed([a]))] == [("1997", "background"), ("2024-05-06", "event")]


def test_example_events(example, expected):
    keyword = {"collision": "collided", "inner harbour": "reopened", "inquiry": "inquiry", "police": "police"}
    for want in expected["story"]["events"]:
        word = next(v for k, v in keyword.items() if want["what"].startswith(k) or k in want["what"][:14])
        got = [e for e in example if e.date == want["date"] and e.kind == "event" and word in e.text]
        assert len(got) == 1, want["what"]
        # The island page has no date: it cannot be placed on a day, so it is not claimed for one.
        assert set(want["articles"]) - {"nessa-island-notes"} <= set(got[0].sources), want["what"]
    # The collision (Monday) and the inquiry (Tuesday) are two events, each with its own day.
    collision = next(e for e in example if e.date == "2031-03-10" and "collided" in e.text)
    inquiry = next(e for e in example if e.date == "2031-03-11")
    assert collision is not inquiry and "inquiry" in inquiry.label
    assert len([e for e in example if e.kind == "event" and e.date]) == 4
    for want in expected["story"]["background_events"]:
        assert any(e.date == want["date"] and e.kind == "background" and set(want["articles"]) <= set(e.sources) for e in example), want


def test_example_evidence_indexes_the_original(example, cleaned_example):
    for e in example:
        for ev in e.evidence:
            assert cleaned_example[ev.article].original[ev.start:ev.end] == ev.text


# Two look-alike occasions told in the same words: two earthquakes, told by three outlets each.
QUAKES = {
    "wire-1": "Quake kills 14 in Varosa\nA magnitude 6.1 earthquake struck Varosa province on 3 May 2029, killing 14 people, "
              "Governor Ilse Marnow said. Rescue teams searched collapsed houses in Tarnby through the night.",
    "daily-1": "Earthquake in Varosa: 14 dead\nAt least 14 people died when a 6.1 magnitude earthquake hit Varosa on 3 May 2029. "
               "Governor Ilse Marnow said rescue teams were still searching the rubble in Tarnby.",
    "blog-1": "Rescuers dig through rubble in Tarnby after a strong earthquake shook Varosa province, killing 14. "
              "Ilse Marnow, the governor, asked for blankets and water.",
    "wire-2": "Quake kills 230 on Orlent coast\nA magnitude 7.4 earthquake struck the coast of Orlent on 19 August 2031, killing 230 people, "
              "President Davo Renquist said. Rescue teams searched collapsed houses in Port Sella.",
    "daily-2": "Earthquake on Orlent coast: 230 dead\nAt least 230 people died when a 7.4 magnitude earthquake hit Orlent on 19 August 2031. "
               "President Davo Renquist said rescue teams were searching the rubble in Port Sella.",
    "blog-2": "Rescuers dig through rubble in Port Sella after a strong earthquake shook the Orlent coast, killing 230. "
              "Davo Renquist, the president, asked for blankets and water.",
}


def test_look_alike_occasions_are_kept_apart():
    articles = [Article(id=k, original=v) for k, v in QUAKES.items()]
    occasion = story_events_of_articles(nlp.analysed(articles))
    assert occasion == {"wire-1": 0, "daily-1": 0, "blog-1": 0, "wire-2": 1, "daily-2": 1, "blog-2": 1}


def test_occasion_numbers_follow_first_appearance():
    articles = [Article(id=k, original=QUAKES[k]) for k in ("wire-2", "wire-1", "daily-2")]
    assert story_events_of_articles(nlp.analysed(articles)) == {"wire-2": 0, "wire-1": 1, "daily-2": 0}


def test_small_inputs():
    assert story_events_of_articles([]) == {}
    assert story_events_of_articles(nlp.analysed([Article(id="only", original=QUAKES["wire-1"])])) == {"only": 0}


def test_one_story_of_several_outlets_is_one_occasion(cleaned_example):
    occasion = story_events_of_articles(nlp.analysed(list(cleaned_example.values())))
    assert set(occasion) == set(cleaned_example) and set(occasion.values()) == {0}


def test_an_event_is_told_in_a_line_without_holes():
    # the earlier outlet's line lost a link ("released , the council"): the other's whole line is shown
    a = Article(id="a", original="In a statement released , the Tolvik council said on Monday the ferry pier would close.",
                published=dt.date(2024, 5, 8))
    b = Article(id="b", original="In a statement, the Tolvik council said on Monday the ferry pier would close.",
                published=dt.date(2024, 5, 8))
    evs = events(nlp.analysed([a, b]))
    assert [(e.date, e.sources) for e in evs] == [("2024-05-06", ("a", "b"))]
    assert evs[0].text == "In a statement, the Tolvik council said on Monday the ferry pier would close."


def test_an_event_said_by_someone_named_first_is_labelled_with_what_they_said():
    a = Article(id="a", original="Ivo Karas, a harbour spokesman, said on Sunday that the ferries would sail again within a day.",
                published=dt.date(2024, 5, 8))
    [event] = events(nlp.analysed([a]))
    assert event.date == "2024-05-05"
    assert event.label.startswith("Ivo Karas, a harbour spokesman, said that the ferries would")


def test_a_dated_line_with_no_occasion_and_no_happening_is_no_event():
    a = Article(id="a", original="The Tolvik pier closed on Monday after a storm. The island was annexed by Lowton. 1997, as the ruling port of the island.",
                published=dt.date(2031, 3, 12))
    assert [(e.date, e.label) for e in events(nlp.analysed([a]))] == [("2031-03-10", "storm")]
