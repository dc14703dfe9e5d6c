"""The cleaner's line decisions (clean/__init__): on the bundled example every debris line removed
with its reason, every content line kept, and the metadata an editor would read off the page; on
made-up pages, the layouts scraped news sites repeat."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.clean import clean, clean_article, split_lines
from newsweave.clean.debris import debris_reason, posts_in
from newsweave.model import Article

IDS = ["northline-wire", "tidemark-courier", "brackwater-herald", "saltmere-gazette", "nessa-island-notes"]


@pytest.mark.parametrize("article_id", IDS)
def test_metadata(cleaned_example, expected, article_id):
    article, want = cleaned_example[article_id], expected["articles"][article_id]
    assert article.title == want["title"]
    assert (article.published.isoformat() if article.published else None) == want["published"]
    assert article.source == want["source"]


@pytest.mark.parametrize("article_id", IDS)
def test_every_debris_line_removed_with_its_reason(cleaned_example, expected, article_id):
    article, want = cleaned_example[article_id], expected["articles"][article_id]
    assert sorted((r.text, r.reason) for r in article.removed) == sorted((r["text"], r["reason"]) for r in want["removed"])


@pytest.mark.parametrize("article_id", IDS)
def test_every_content_line_kept_in_order(cleaned_example, expected, article_id):
    article, want = cleaned_example[article_id], expected["articles"][article_id]
    kept = []
    for paragraph_start, paragraph in _paragraphs(article.text):
        start, end = article.original_span(paragraph_start, paragraph_start + len(paragraph))
        kept.append(article.original[start:end])
    assert kept == want["kept_lines"]


def _paragraphs(text):
    at = 0
    for paragraph in text.split("\n\n"):
        yield at, paragraph
        at += len(paragraph) + 2


def test_segments_index_the_original(cleaned_example):
    for article in cleaned_example.values():
        for seg in article.segments:
            assert article.text[seg.clean_start: seg.clean_start + seg.length] == article.original[seg.original_start: seg.original_start + seg.length]
        for line in article.removed:
            assert article.original[line.start: line.end] == line.text


def test_title_span_points_at_the_title_line(cleaned_example, expected):
    for article_id, article in cleaned_example.items():
        start, end = article.title_span
        assert article.original[start:end] == expected["articles"][article_id]["title_line"]


def test_related_list_ends_the_article():
    text = ("Port reopens\n\nThe port reopened on Tuesday after a two-day closure, officials said.\n\n"
            "Ships queued outside the harbour for much of the morning before the pilots returned.\n\n"
            "Related Topics\n\nPort Ships Weather\n\nCity council approves new budget, and more\n\n© 2030 Example News")
    article = clean_article(Article(id="r", original=text))
    assert article.text.count("\n\n") == 1
    assert [r.reason for r in article.removed] == ["related-list", "related-list", "related-list", "footer"]


def test_date_token_and_text_on_the_same_line():
    article = clean_article(Article(id="d", original=" date 2030-05-02 The port reopened on Tuesday after the storm passed, officials said."))
    assert article.text.startswith("The port reopened")
    assert article.original_span(0, 3) == (17, 20)


line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=80)


@settings(max_examples=150, deadline=None)
@given(st.lists(line, min_size=1, max_size=12))
def test_every_line_is_kept_removed_or_the_title(lines):
    text = "\n".join(lines)
    article = clean_article(Article(id="p", original=text))
    covered = set()
    for seg in article.segments:
        assert article.text[seg.clean_start: seg.clean_start + seg.length] == text[seg.original_start: seg.original_start + seg.length]
        covered.update(range(seg.original_start, seg.original_start + seg.length))
    for removed in article.removed:
        assert text[removed.start: removed.end] == removed.text
        covered.update(range(removed.start, removed.end))
    if article.title_span:
        covered.update(range(*article.title_span))
    for piece in split_lines(text):
        for start, end in piece.parts or ((piece.start, piece.end),):
            assert set(range(start, end)) <= covered, piece


# ---- page layouts seen on scraped news sites (all text invented)

STORY = [
    "The harbour at Saltmere reopened on Tuesday after the collision, the harbour authority said.",
    "Pilots guided the first ferries through the channel in the early morning, watched by the coast guard.",
    "Inspectors will report on the damage to the pier by the end of the month, according to the council.",
]


def test_comment_thread_removed_article_kept():
    posts = []
    for n, (name, words) in enumerate([("Kim", "I take that ferry every day and the delays have been awful since the storm."),
                                       ("Lee", "The pilots deserve a medal for getting the boats through that fog, I think."),
                                       ("Ana", "When will the council publish the report on the pier, and who will pay for it?"),
                                       ("Bo", "My cousin was on the ferry and said the crew kept everyone calm and safe.")]):
        posts += [f"Posted by: {name} | Mar 1{n}, 2031 4:4{n} PM", words]
    text = "\n".join(["Harbour reopens after collision", *STORY, *posts])
    article = clean_article(Article(id="c", original=text))
    assert article.text == "\n\n".join(STORY)
    assert {r.reason for r in article.removed if r.text in posts[1::2]} == {"comments"}


def test_byline_with_a_time_is_not_a_comment_thread():
    text = "\n".join(["Harbour reopens after collision", "By Kim Lee | Mar 10, 2031 4:40 PM", *STORY,
                      "Posted by: Ana | Mar 11, 2031 9:00 AM", "The pilots did a fine job in that fog, I think, and they deserve thanks."])
    article = clean_article(Article(id="b", original=text))
    assert all(paragraph in article.text for paragraph in STORY)


def test_related_box_inside_the_story_removed_story_goes_on():
    box = ["Related Stories", "Ferry timetable cut for winter", "Council approves harbour budget", "Fog warning for the coast"]
    text = "\n".join(["Harbour reopens after collision", "By Kim Lee", STORY[0], *box, *STORY[1:], "Related Topics", "Ferries Harbours"])
    article = clean_article(Article(id="r", original=text))
    assert article.text == "\n\n".join(STORY)
    assert [r.reason for r in article.removed if r.text in box] == ["related-list"] * len(box)


def test_teaser_list_after_the_story_removed():
    teasers = []
    for title in ("Ferry timetable cut for winter", "Council approves harbour budget", "Fog warning for the coast"):
        teasers += [title, f"A short summary of the story called {title.lower()}, as the site lists it, cut off after a few ..."]
    text = "\n".join(["Harbour reopens after collision", *STORY, "Latest from the coast", *teasers])
    article = clean_article(Article(id="t", original=text))
    assert article.text == "\n\n".join(STORY)


def test_headline_near_the_body_is_the_one_the_story_is_about():
    text = "\n".join(["Menu", "Search", "Home", "Harbour reopens after collision", "Sign up for our daily alerts", *STORY])
    assert clean_article(Article(id="h", original=text)).title == "Harbour reopens after collision"


def test_hard_wrapped_wire_text_keeps_whole_sentences():
    text = ("HARBOUR REOPENS AFTER COLLISION<\n"
            "\x19The harbour at Saltmere reopened on Tuesday after the collision between a\n"
            "Skerry Line ferry and a tanker, the harbour authority said this afternoon.<\n"
            "\x19Pilots guided the first ferries through the channel in the early morning,\n"
            "watched by the coast guard and by Harbour Master Maren Tolvik from the pier.<\n"
            "\x19Inspectors will report on the damage to the pier by the end of the month,\n"
            "Councillor Ivo Marsh told reporters outside the town hall on Tuesday.<\n"
            "\x19``We were lucky,'' he said.<\n")
    article = clean_article(Article(id="w", original=text))
    assert article.text.count("\n\n") == 3
    assert "Skerry Line ferry and a tanker" in article.text and "Councillor Ivo Marsh told reporters" in article.text


def test_a_text_of_one_line_is_its_body_not_a_headline_over_nothing():
    line = "The council closed the old Kessel bridge on Monday after engineers found cracks in two pillars."
    article = clean([Article(id="one", original=line)])[0]
    assert article.text == line and article.title is None


def test_a_media_players_caption_is_neither_title_nor_body():
    caption = "Image copyright Lowton Photo Desk Image caption The Skarn ferry at the quay in Tolvik (left) before the storm"
    lede = "The ferry Skarn ran aground off Tolvik Point on Tuesday, the coast guard said."
    a = clean_article(Article(id="a", original=f"{caption}\n\n{lede}\n\nNobody was hurt, the coast guard added."))
    assert a.title is None and caption not in a.body and lede in a.body
    assert [r.reason for r in a.removed] == ["image-credit"]
    assert debris_reason("The image caption contest was won by a pupil from Tolvik.") is None


TWEET = "The first ferry is back at the quay! pic.twitter.com/Qx7ferry — Ilse Varga (@ilsevarga) March 11, 2031"
SHARED = "Welcome home, Skarn. A post shared by Lowton Port (@lowtonport) on Mar 11, 2031 at 9:05am PDT"
TWO_POSTS = ("Proud of our pilots. — Pavel Roth (@pavelroth) March 11, 2031     "
             "Fog or no fog, they got her in. — (@tolvikpilots) March 11, 2031")


def test_embedded_posts_are_taken_out_with_their_posters():
    text = "\n".join(["Harbour reopens after collision", STORY[0], TWEET, SHARED, STORY[1], TWO_POSTS, STORY[2]])
    article = clean_article(Article(id="p", original=text))
    assert article.text == "\n\n".join(STORY)
    assert [(r.text, r.reason) for r in article.removed] == [(TWEET, "embedded-post"), (SHARED, "embedded-post"),
                                                             (TWO_POSTS, "embedded-post")]
    posts = [(line[p.start:p.end], p.poster, line[p.poster_start:p.poster_end])
             for line in (TWEET, SHARED, TWO_POSTS) for p in posts_in(line)]
    assert posts == [("The first ferry is back at the quay!", "Ilse Varga", "Ilse Varga"),
                     ("Welcome home, Skarn.", "Lowton Port", "Lowton Port"),
                     ("Proud of our pilots.", "Pavel Roth", "Pavel Roth"),
                     ("Fog or no fog, they got her in.", "@tolvikpilots", "@tolvikpilots")]
    # a sentence that names an account and a date, and goes on, is the article's own
    assert posts_in("Varga (@ilsevarga) wrote on March 11, 2031 that the ferry was back.") == []
    assert posts_in(TWEET + " The council met later.") == []


def test_a_published_line_in_brackets_dates_the_article():
    text = ("Ferry sinks off Tolvik\n(Published Saturday, Sept. 29, 2031)\n"
            "The ferry Skarn sank off Tolvik Point on Saturday morning, the coast guard said in a statement.\n"
            "All 40 passengers were rescued by two fishing boats and a lifeboat from the harbour.")
    article = clean_article(Article(id="d", original=text))
    assert article.published == dt.date(2031, 9, 29) and "(Published" not in article.text


def test_a_short_label_at_the_top_that_the_story_never_uses_is_no_headline():
    text = ("Lowton Ferries\n\n\nThe storm closed the harbour at Saltmere on Monday, and every crossing to the island "
            "was cancelled until the wind dropped.\n\nThe coast guard said the fog would lift by Tuesday morning.")
    assert clean_article(Article(id="d", original=text)).title is None
    titled = "Storm shuts Saltmere harbour\n\n" + text.split("\n\n\n", 1)[1]
    assert clean_article(Article(id="e", original=titled)).title == "Storm shuts Saltmere harbour"
