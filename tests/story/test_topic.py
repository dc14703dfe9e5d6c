"""Which inputs belong to the story: a stray page (a horoscope saved next to a ferry story) is flagged
with its reason, the reports of the story are not, and the brief says so in every format.

Every text here is invented for these tests."""

import html

import numpy as np
import pytest

import newsweave
from newsweave import nlp
from newsweave.model import Article, ArticleInfo, Brief, Fact, StoryInfo
from newsweave.render import render
from newsweave.render.view import off_topic_lines, shown_facts
from newsweave.story.align import align_story
from newsweave.story.topic import ALONE, OUTSIDE, off_topic, on_topic, strays

FERRY = {
    "harbour-daily": (
        "Ferry Skarn runs aground off Tolvik",
        "The harbour ferry Skarn ran aground on a sandbank off Tolvik Point on Tuesday morning with 86 passengers on board. "
        "Coastguard boats took every passenger back to Brennick harbour by noon, the port authority said. "
        "Four passengers were treated for minor injuries at Brennick General Hospital. "
        "Captain Orla Maddock told reporters that fog had hidden the channel markers. "
        "The Skarn has sailed the Tolvik crossing since 2019 and carries about 300 passengers a day.",
    ),
    "coast-courier": (
        "86 rescued after Tolvik ferry grounding",
        "Eighty-six passengers were rescued after the ferry Skarn ran aground off Tolvik Point on Tuesday. "
        "Coastguard crews ferried the passengers back to Brennick harbour before noon. "
        "Four people suffered minor injuries and were taken to Brennick General Hospital. "
        "The operator, Brennick Sound Lines, has suspended the Tolvik crossing until divers inspect the hull.",
    ),
    "bay-wire": (
        "Fog blamed as Skarn grounds off Tolvik",
        "Fog hid the channel markers when the ferry Skarn ran aground off Tolvik Point on Tuesday, Captain Orla Maddock said. "
        "All 86 passengers were brought back to Brennick harbour by coastguard boats. "
        "Four passengers were treated for minor injuries, the hospital said. "
        "Brennick Sound Lines said divers would inspect the hull on Wednesday.",
    ),
}
HOROSCOPE = (
    "You can expect a surprise from an old friend before the weekend. "
    "Trust your instincts when money is on the table and wear something green on Thursday. "
    "Your lucky numbers are 4 and 19."
)
GARDEN_SHOW = (
    "The Wexmoor garden show opened on Saturday with a record 412 exhibitors from across the county. "
    "Judges awarded the gold medal to a walled herb garden planted by pupils of Ashcombe primary school. "
    "Organisers said ticket sales had doubled since last summer, when rain closed the grounds for two days. "
    "The show runs until Sunday evening and a shuttle bus leaves the railway station every twenty minutes."
)


def ferry_story() -> list[Article]:
    return [Article(id=i, original=f"{title}\n\n{body}", source=i.replace("-", " ").title()) for i, (title, body) in FERRY.items()]


def horoscope() -> Article:
    return Article(id="stars", original=HOROSCOPE, source="Star Signs Weekly")


def _quotes(analysed):
    from newsweave.story.quotes import find_quotes

    return [q for article, doc, _ in analysed for q in find_quotes(article, doc)]


def _flags(articles):
    analysed = nlp.analysed(articles)
    return off_topic(analysed, align_story(analysed, {a.id: k for k, a in enumerate(articles)}, quotes=_quotes(analysed)))


@pytest.fixture(scope="module")
def stray_brief():
    return newsweave.brief(ferry_story() + [horoscope()])


def test_a_page_about_something_else_is_flagged_with_its_reason():
    assert _flags(ferry_story() + [horoscope()]) == {"stars": OUTSIDE}


def test_the_reports_of_one_story_are_not_flagged():
    assert _flags(ferry_story()) == {}


def test_with_two_inputs_the_fuller_report_is_the_story():
    # no majority to side with: a report that says many things outweighs a page that says none on its own
    assert _flags([ferry_story()[0], horoscope()]) == {"stars": OUTSIDE}


def test_two_full_reports_of_two_things_are_both_flagged():
    garden = Article(id="garden", original=GARDEN_SHOW)
    assert _flags([ferry_story()[0], garden]) == {"harbour-daily": ALONE, "garden": ALONE}


def test_copies_of_a_widget_do_not_outvote_the_one_report():
    # two identical share boxes "agree" with each other; the one report is still the story
    related = np.array([[1, 0, 0], [0, 1, 1], [0, 1, 1]], dtype=bool)
    assert strays(["report", "box-1", "box-2"], related, [7, 0, 0]) == {"box-1": OUTSIDE, "box-2": OUTSIDE}


def test_one_input_is_never_flagged():
    assert _flags([horoscope()]) == {}


def test_a_short_page_naming_the_story_s_person_belongs():
    # no fact in common and few words, but it names the captain the reports name
    note = Article(id="note", original="Orla Maddock has skippered island ferries for twenty years.")
    assert "note" not in _flags(ferry_story() + [note])


def test_the_summary_leaves_the_stray_out(stray_brief):
    assert stray_brief.summary
    assert all("stars" not in s.sources for s in stray_brief.summary)


def test_the_timeline_and_the_entities_leave_the_stray_out():
    # the garden show's days and places are not the ferry story's
    brief = newsweave.brief(ferry_story() + [Article(id="garden", original=GARDEN_SHOW, source="Wexmoor Gazette")])
    assert {a.id: a.off_topic for a in brief.articles}["garden"] == OUTSIDE
    assert brief.timeline and all("garden" not in item.sources for item in brief.timeline)
    assert brief.entities and all("garden" not in e.sources for e in brief.entities)
    assert "Wexmoor" not in {e.name for e in brief.entities}


def test_on_topic_keeps_articles_flagged_alone():
    articles = [ferry_story()[0], Article(id="garden", original=GARDEN_SHOW)]
    analysed = nlp.analysed(articles)
    alignment = align_story(analysed, {"harbour-daily": 0, "garden": 1}, quotes=_quotes(analysed))
    assert on_topic(alignment, {"harbour-daily": ALONE, "garden": ALONE}) is alignment


def test_the_brief_records_the_reason(stray_brief):
    reasons = {a.id: a.off_topic for a in stray_brief.articles}
    assert reasons == {"harbour-daily": None, "coast-courier": None, "bay-wire": None, "stars": OUTSIDE}
    assert {a["id"]: a["off_topic"] for a in stray_brief.to_dict()["articles"]}["stars"] == OUTSIDE


def test_strays_neither_title_the_story_nor_count_as_its_sources(stray_brief):
    assert stray_brief.story.independent_sources == 3 and stray_brief.story.articles == 4
    # "reported by N of M independent sources" counts as the header does
    only = [d for d in stray_brief.divergences if d.kind == "only-some"]
    assert only and all(d.text.endswith(" of 3 independent sources") for d in only)
    # nor is a stray's line something "only some" of the story's sources report
    assert all("stars" not in v.sources for d in stray_brief.divergences for v in d.versions)
    # two copies of a sharing box are the largest origin group, yet the report titles the story
    box = "Press the button below to send this page to a friend by email or text message."
    widgets = [Article(id=f"box-{n}", original=box, title="Send this page to a friend") for n in (1, 2)]
    b = newsweave.brief([ferry_story()[0]] + widgets)
    assert {a.id for a in b.articles if a.off_topic} == {"box-1", "box-2"}
    assert len({a.origin_group for a in b.articles if a.off_topic}) == 1
    assert b.story.title == FERRY["harbour-daily"][0] and b.story.independent_sources == 1


@pytest.mark.parametrize("fmt", ["md", "text", "html"])
def test_every_renderer_says_which_input_is_about_something_else(stray_brief, fmt):
    out = " ".join(html.unescape(render(stray_brief, fmt)).replace("\\", "").split())
    assert "1 input seems to be about something else: Star Signs Weekly (shares no fact and few words" in out
    # under the story's header, before the summary
    assert out.index("about something else") < out.index("What happened")


def test_the_bundled_example_flags_nothing(example_brief):
    assert [a.off_topic for a in example_brief.articles] == [None] * len(example_brief.articles)
    for fmt in ("md", "text", "html"):
        assert "about something else" not in render(example_brief, fmt)


# --- the facts section shows only facts that read on their own -------------------------------------


def test_facts_said_to_the_reader_are_marked(stray_brief):
    said = [f for f in stray_brief.facts if f.sources == ("stars",)]
    assert len(said) == 3 and not any(f.stands_alone for f in said)
    told = [f for f in stray_brief.facts if f.independent_sources >= 2]
    assert told and all(f.stands_alone for f in told)


def test_the_fallback_lists_no_line_said_to_the_reader():
    # nothing is corroborated: one report and a horoscope
    b = newsweave.brief([ferry_story()[0], horoscope()])
    assert not any(f.independent_sources >= 2 for f in b.facts)
    shown, left = shown_facts(b)
    assert shown and not any(f.sources == ("stars",) for f in shown)
    assert all(f.stands_alone for f in shown)
    assert left and "from a single origin" in left


def _brief(facts, articles=()):
    story = StoryInfo(title="t", articles=len(articles), outlets=(), independent_sources=1, first_published=None, last_published=None)
    return Brief(story=story, articles=tuple(articles), summary=(), facts=tuple(facts))


def _info(i, off=None):
    return ArticleInfo(id=i, title=None, source=None, published=None, url=None, input=i, origin_group=0, off_topic=off)


def test_a_corroborated_fragment_is_not_listed_but_counted():
    headline = Fact("Ferry Skarn Runs Aground Off Tolvik Point", ("a", "b"), 2, (), stands_alone=False)
    told = Fact("The ferry Skarn ran aground off Tolvik Point on Tuesday.", ("a", "b"), 2, ())
    shown, left = shown_facts(_brief([headline, told]))
    assert shown == [told]
    assert left == "1 fact that two or more report but that does not read on its own (a quote without its speaker, a fragment): all in --format json and --format html."


def test_facts_only_from_a_stray_are_not_listed():
    stray = Fact("The archive has stored pages since 1998.", ("notice",), 1, ())
    told = Fact("The ferry Skarn ran aground off Tolvik Point on Tuesday.", ("a",), 1, ())
    shown, _ = shown_facts(_brief([stray, told], [_info("a"), _info("notice", OUTSIDE)]))
    assert shown == [told]


def test_when_every_input_is_flagged_their_facts_are_still_listed():
    told = Fact("The ferry Skarn ran aground off Tolvik Point on Tuesday.", ("a",), 1, ())
    shown, _ = shown_facts(_brief([told], [_info("a", ALONE), _info("b", ALONE)]))
    assert shown == [told]


def test_off_topic_lines_group_inputs_by_reason():
    b = _brief([], [_info("a", ALONE), _info("b", ALONE), _info("c")])
    assert off_topic_lines(b) == [f"2 inputs seem to be about something else: a, b (each {ALONE})."]


def test_when_every_input_is_flagged_the_line_says_they_tell_different_stories():
    b = _brief([], [_info("a", ALONE), _info("b", ALONE)])
    assert off_topic_lines(b) == [f"The 2 inputs seem to tell different stories: a, b (each {ALONE})."]
