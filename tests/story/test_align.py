"""Fact alignment on made-up leads: leads about the same people reporting different news are never
one fact (a phone call and a meeting are two events, a contract and a protest two facts)."""

import pytest

import newsweave
from newsweave.model import Article

REST = {
    "a": "The company runs twelve freight trains through the town every night.",
    "b": "A public meeting will be held in the school hall on Friday.",
    "c": "Residents have collected more than two thousand signatures.",
}


ACCUSED = "Mayor Ilse Varga of Dunmore accused Kessel Rail of ignoring the town's complaints about noisy night trains."
MEETING = "Ilse Varga will meet Kessel Rail executives in the capital to discuss a ticket price rise."


def _articles(leads):
    return [Article(id=k, original=f"Night trains\n\n{lead}\n\n{REST[k]}", source=f"Outlet {k}") for k, lead in leads.items()]


def test_leads_about_the_same_people_doing_different_things_stay_apart():
    leads = {"a": ACCUSED, "c": "Dunmore's mayor " + MEETING,
             "b": "Ilse Varga, the mayor of Dunmore, signed a contract with Kessel Rail to build a new station by the river next year."}
    brief = newsweave.brief(_articles(leads))
    assert all(len(f.sources) == 1 for f in brief.facts)
    assert brief.story.independent_sources == 3


def test_one_news_told_in_nearly_the_same_words_is_one_fact():
    leads = {"a": ACCUSED, "c": MEETING,
             "b": "Dunmore mayor Ilse Varga accused Kessel Rail on Monday of ignoring complaints about the noise of its night trains."}
    brief = newsweave.brief(_articles(leads))
    assert sorted(brief.facts[0].sources) == ["a", "b"] and brief.facts[0].independent_sources == 2


def test_the_summary_tells_one_news_once_though_the_facts_keep_its_tellings_apart():
    leads = {
        "a": "Mayor Ilse Varga of Dunmore accused Kessel Rail and the Transport Ministry on Monday of ignoring months of "
             "complaints, as engineers began resurfacing the old coast road near the harbour and the school.",
        "b": "Kessel Rail and the Transport Ministry have brushed aside the complaints of families kept awake by freight "
             "trains rumbling past the cathedral, the hospital and the new stadium, Ilse Varga, the mayor of Dunmore, "
             "told the council.",
        "c": "A new library opened in the old market hall of Dunmore on Saturday with a reading for children.",
    }
    brief = newsweave.brief(_articles(leads), max_words=300)
    assert all(len(f.sources) == 1 for f in brief.facts)  # the facts do not claim they agree
    assert sum(1 for s in brief.summary if "Varga" in s.text) == 1  # the summary does not say it twice
    assert any("library" in s.text for s in brief.summary)


HEADLINED = {
    "a": ("Mayor Varga Says Kessel Rail Ignored Town's Noise Complaints",
          "Mayor Ilse Varga of Dunmore accused Kessel Rail on Monday of ignoring the town's complaints, as the "
          "company announced two more freight routes."),
    "b": ("Kessel Rail ignored our noise complaints, Dunmore mayor says",
          "Dunmore's mayor said Kessel Rail had not answered a single letter from families kept awake by its night trains."),
    "c": ("Dunmore Mayor: Kessel Rail Has Ignored Town's Noise Complaints",
          "Ilse Varga, the mayor of Dunmore, has blamed Kessel Rail for neglecting residents' grievances about the noise, ahead of a council "
          "vote on Thursday."),
}


def test_ledes_told_in_other_words_under_headlines_that_agree_are_one_fact():
    # "accused ... of ignoring", "had not answered", "blamed ... for neglecting": the same news, which
    # each outlet's headline states in the same plain words
    articles = [Article(id=k, original=f"{title}\n\n{lede}\n\n{REST[k]}", source=f"Outlet {k}") for k, (title, lede) in HEADLINED.items()]
    brief = newsweave.brief(articles)
    assert sorted(brief.facts[0].sources) == ["a", "b", "c"] and brief.facts[0].independent_sources == 3
    assert [e.text for e in brief.facts[0].evidence if e.article == "b"] == [HEADLINED["b"][1]]  # a lede, not a headline


def test_ledes_without_their_headlines_stay_apart():
    articles = [Article(id=k, original=f"Night trains\n\n{lede}\n\n{REST[k]}", source=f"Outlet {k}") for k, (_, lede) in HEADLINED.items()]
    assert all(len(f.sources) < 3 for f in newsweave.brief(articles).facts)


@pytest.mark.parametrize("text, fragment", [
    ("Assuming Tolvik is a port and starting ferry operations.", True),
    ("Adding that the pier would reopen in May.", True),
    ("Looking ahead, the council will vote on the repairs next week.", False),
    ("Ferries are running again between Lowton and Tolvik.", False),
    # rooted on a noun by the parser: the highest verb decides
    ("BRACKWATER — A coast guard crew found and rescued a diver from the water Tuesday off Tolvik Point.", False),
    ("Divers seen near the pier that the ferry had left.", True),
    ("A sketch released of an unidentified diver who was found near Tolvik in 2029.", True),
    ("Map showing where the ferry sank.", True),
    # a participle with its subject but no auxiliary, unless the finite verb hangs under it
    ("Pilots Ivo Karas and Mara Holm heading a list that would lead to a new crew.", True),
    ("Divers answering a call found a body in the harbour on Monday.", False),
    ("The ferry carrying 40 passengers hit a tanker.", False),
])
def test_a_line_without_a_finite_main_verb_is_a_fragment(text, fragment):
    from newsweave import nlp
    from newsweave.story.align import _fragment

    article = Article(id="f", original=text)
    assert _fragment(list(nlp.analyse([article])[0])) is fragment


def test_a_line_of_a_quote_without_a_subject_of_its_own_is_a_fragment():
    # the parser roots the line on "is", with the participle clause as its subject: speech, clipped
    from newsweave import nlp

    text = ("Mayor Ilse Varga described how the dispute could grow.\n\n"
            "“Assuming Tolvik is a league port and running armed patrols. Then what? "
            "Are we to patrol the whole coast?” Varga said.")
    line = next(u for u in _units(nlp.analysed([Article(id="q", original=text)])) if "Assuming" in u.sentence.text)
    assert line.quoted is not None and line.quoted.speaker == "Ilse Varga"
    assert line.fragment


def test_a_pronoun_subject_after_an_opening_phrase_leans_on_the_sentence_before():
    from newsweave import nlp

    text = ("Marta Holm had her first operation in 2029. Two years after her surgery, she returned to the pier. "
            "In May, Holm said she would sail again. After the storm, they rebuilt the quay.")
    leaning = {u.sentence.text: u.pronoun_start for u in _units(nlp.analysed([Article(id="p", original=text)]))}
    assert leaning == {
        "Marta Holm had her first operation in 2029.": False,
        "Two years after her surgery, she returned to the pier.": True,
        "In May, Holm said she would sail again.": False,
        "After the storm, they rebuilt the quay.": True,
    }


def _units(analysed):
    from newsweave.story.align import units
    from newsweave.story.quotes import find_quotes

    return units(analysed, quotes=[q for article, doc, _ in analysed for q in find_quotes(article, doc)])
