"""Who copied whom on the bundled example, and the relation thresholds on made-up pairs."""

import pytest

from newsweave.model import Article
from newsweave.story.copies import copies, origin_groups

BASE = ("The river burst its banks on Sunday night and flooded the lower town, the mayor said. "
        "About 300 homes were evacuated and two bridges were closed to traffic. "
        "Rescue teams used boats to reach families trapped on upper floors. "
        "The weather office said more rain was expected on Tuesday. ")
OTHER = ("A new library opened in the old market hall on Saturday with a reading for children. "
         "The building had stood empty for ten years before the council bought it. ")

# BASE reworded sentence by sentence: the vocabulary stays, the word order and the trigrams do not
REWORDED = ("On Sunday night the river burst its banks, flooding the lower town, said the mayor. "
            "Two bridges were closed to traffic and about 300 homes evacuated. "
            "Families trapped on upper floors were reached by rescue teams in boats. "
            "More rain is expected on Tuesday, according to the weather office. ")
# an independent report of the same flood: shares the names of the river, town and mayor, not the wording
SAME_NAMES = ("Water poured into the lower town late on Sunday when the river rose over its banks. "
              "Shopkeepers on the high street piled sandbags against their doors while the mayor toured the area. "
              "Volunteers handed out blankets at the school, which opened as a shelter overnight. ")


def test_designed_copy_pairs(cleaned_example, expected):
    relations = {frozenset((r.a, r.b)): r for r in copies(list(cleaned_example.values()))}
    for pair in expected["story"]["copy_pairs"]:
        found = relations[frozenset((pair["a"], pair["b"]))]
        assert (found.relation, found.origin) == (pair["relation"], pair["origin"])
    for a, b in expected["story"]["unrelated_pairs"]:
        assert frozenset((a, b)) not in relations


def test_origin_groups_give_the_independent_sources(cleaned_example, expected):
    articles = list(cleaned_example.values())
    groups = origin_groups(articles, copies(articles))
    found = sorted(sorted(i for i in groups if groups[i] == g) for g in set(groups.values()))
    assert found == sorted(sorted(g) for g in expected["story"]["independent_groups"])


@pytest.mark.parametrize(
    "second, relation",
    [
        (BASE.replace("Sunday", "Sunday evening"), "duplicate"),
        (BASE.split(". ")[0] + ". " + BASE.split(". ")[1] + ". " + OTHER + OTHER.replace("library", "museum"), "partial"),
        (REWORDED, "rewrite"),
        (SAME_NAMES, None),
        (OTHER, None),
    ],
)
def test_relations(second, relation):
    found = copies([Article(id="a", original=BASE), Article(id="b", original=second)])
    assert (found[0].relation if found else None) == relation


def test_credited_agency_is_the_origin():
    wire = Article(id="wire", original=BASE, source="Riverside Press Agency")
    paper = Article(id="paper", original="LOWTON (Riverside Press Agency) - " + BASE)
    [relation] = copies([paper, wire])
    assert relation.origin == "wire" and "credits" in relation.reason


def test_news_agency_is_the_origin_and_direction_decides():
    # only the paper's text found in the wire copy counts: a short paper wholly built from a long wire text
    wire = Article(id="wire", original=BASE + OTHER, source="Press Association")
    paper = Article(id="paper", original=BASE.replace("Sunday night", "Sunday"))
    [relation] = copies([paper, wire])
    assert (relation.origin, relation.relation) == ("wire", "duplicate") and "agency" in relation.reason
