"""Words and sentences glued by scraping (clean.glue): parted only where the story gives evidence,
the offsets still indexing the original."""

import datetime as dt

from newsweave.clean import clean, clean_article
from newsweave.model import Article


def test_glued_words_repaired_only_where_the_story_gives_evidence(cleaned_example, expected):
    for article_id, want in expected["articles"].items():
        text = cleaned_example[article_id].text
        for glued, repaired in want.get("glued", []):
            assert glued not in text and repaired in text
    # words that merely look like a name plus a word stay whole
    assert "Moreover" in clean([Article(id="m", original="Moreover, More ships came. The port said more.")])[0].text
    # a name whose ending is a word the story uses is a longer name, not a glued pair
    story = ("Crew member Jim Askew and deputy Mark Lund spoke first. It was my turn, and for us the"
             " day is long, a woman said. Later Jimmy Okafor and Congresswoman Marcus Vell said Askewsaid nothing.")
    text = clean([Article(id="n", original=story)])[0].text
    assert "Jimmy Okafor" in text and "Congresswoman Marcus" in text and "Askew said nothing" in text


def test_a_stamp_run_into_the_first_line_dates_the_article_and_glued_sentences_part():
    text = ("Ada Lunde mourned the loss of the ferry Skarn, which sank off Tolvik Point. Ivo Karas reports for "
            "Coast Radio at 5 p.m. (Published Saturday, Sept. 29, 2031)\n"
            "Two men were arrested last week.Police said both men were charged on Friday.\n"
            "Please enable Javascript to watch this video")
    article = clean_article(Article(id="d", original=text))
    assert article.published == dt.date(2031, 9, 29)
    assert "last week. Police said" in article.text and "Javascript" not in article.text
    # an address or a piece of code keeps its dots
    from newsweave.clean.glue import StoryWords, glue_splits
    assert glue_splits("See www.LowtonNews.com or page.aspx?Section=Port and util.Event.add", StoryWords({}, frozenset())) == []
    # the repaired text still maps back to the original, character for character
    for seg in article.segments:
        assert article.text[seg.clean_start:seg.clean_start + seg.length] == text[seg.original_start:seg.original_start + seg.length]
