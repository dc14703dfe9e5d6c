"""Fact alignment on made-up leads: one piece of news told by three outlets in their own words is one
fact; two pieces of news about the same person are two."""

import newsweave
from newsweave.model import Article

LEADS = {
    "a": "Mayor Ilse Varga of Dunmore accused Kessel Rail and the Transport Ministry of ignoring the town's complaints "
         "about noisy night trains.",
    "b": "Dunmore's mayor Ilse Varga said Kessel Rail and the Transport Ministry had not answered residents' demands to "
         "stop freight trains at night.",
    "c": "Ilse Varga, the mayor of Dunmore, has blamed Kessel Rail and the Transport Ministry for neglecting the grievances "
         "of people living beside the line.",
}
REST = {
    "a": "The company runs twelve freight trains through the town every night.",
    "b": "A public meeting will be held in the school hall on Friday.",
    "c": "Residents have collected more than two thousand signatures.",
}


def _articles(leads):
    return [Article(id=k, original=f"Night trains\n\n{lead}\n\n{REST[k]}", source=f"Outlet {k}") for k, lead in leads.items()]


def test_leads_telling_one_news_in_their_own_words_are_one_fact():
    brief = newsweave.brief(_articles(LEADS))
    top = brief.facts[0]
    assert sorted(top.sources) == ["a", "b", "c"] and top.independent_sources == 3
    # the summary states it once
    assert sum(1 for s in brief.summary if "Varga" in s.text) == 1


def test_leads_about_the_same_person_doing_different_things_stay_apart():
    other = dict(LEADS, c="Ilse Varga, the mayor of Dunmore, opened a new children's library in the old market hall "
                          "on Saturday morning.")
    brief = newsweave.brief(_articles(other))
    [library] = [f for f in brief.facts if "library" in f.text]
    assert library.sources == ("c",)
