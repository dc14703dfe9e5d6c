"""Who copied whom on the bundled example, and the relation rules on made-up pairs."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.model import Article
from newsweave.story.copies import LSH_ABOVE, copies, fingerprint, origin_groups, supported_share

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
# three sentences of a paper's own reporting, found in no other text
OWN = ("Shops on the high street stayed shut on Monday and traders counted the cost. "
       "A local baker said his cellar had filled with water to the ceiling. "
       "Volunteers from the football club handed out sandbags and hot soup at the station. ")
# two of BASE's sentences copied, three of its own
TWO_COPIED = "".join(s + ". " for s in BASE.split(". ")[:2]) + OWN
# two of BASE's sentences loosely reworded (almost no shared trigram), three of its own
TWO_REWORDED = ("According to the mayor, Sunday night saw the river overflow and floodwater reach the lower town. "
                "Traffic was stopped on two bridges, and some 300 homes had to be evacuated. " + OWN)
# two independent outlets on one council meeting: the same people and places, their own words
COUNCIL_A = ("Mayor Ilse Varga told the Dunmore council on Thursday that the Kessel bridge would reopen in May. "
             "Councillor Pavel Roth asked why the repairs had taken two years. "
             "Varga blamed a shortage of steel and said the contractor had been fined. ")
COUNCIL_B = ("Pavel Roth, the opposition councillor, accused the town hall of wasting money on the Kessel bridge. "
             "In a heated session in Dunmore, Ilse Varga promised drivers they could cross again by spring. "
             "The builder, she added, now owed the town a penalty for the delays. ")
# an agency's second text on the flood (an update), and a paper drawing on both of its texts
UPDATE = ("Emergency crews pumped water out of the hospital basement on Monday. "
          "The army sent two lorries of drinking water to the lower town. "
          "Insurers said claims could pass ten million euros. ")
FROM_BOTH = ("According to the mayor, Sunday night saw the river overflow and floodwater reach the lower town. "
             "Traffic was stopped on two bridges, and some 300 homes had to be evacuated. "
             "On Monday emergency crews were pumping water from the basement of the hospital. "
             "Insurers say the claims could top ten million euros. ")


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
        (TWO_COPIED, "partial"),
        (REWORDED, "rewrite"),
        (SAME_NAMES, None),
        (OTHER, None),
        # rewording alone is no evidence between two outlets: independent reports of one event reword it too
        (TWO_REWORDED, None),
    ],
)
def test_relations(second, relation):
    found = copies([Article(id="a", original=BASE), Article(id="b", original=second)])
    assert (found[0].relation if found else None) == relation


def test_independent_outlets_naming_the_same_people_are_unrelated():
    assert copies([Article(id="a", original=COUNCIL_A, source="Dunmore Post"),
                   Article(id="b", original=COUNCIL_B, source="Valley Gazette")]) == []


@pytest.mark.parametrize("source, relation", [("Press Association", "partial"), ("Valley Gazette", None)])
def test_rewording_of_agency_copy_is_reuse(source, relation):
    # a paper rewording two sentences of the wire and adding its own: partial reuse of agency copy;
    # the same text from an ordinary outlet shows no copied wording, so no relation
    found = copies([Article(id="wire", original=BASE, source=source), Article(id="paper", original=TWO_REWORDED)])
    assert (found[0].relation if found else None) == relation
    if found:
        assert found[0].origin == "wire"


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


@pytest.mark.parametrize(
    "source, credit, rewrite",
    [
        ("Press Association", "", True),  # an agency's texts are read together
        ("Valley Gazette", " The Valley Gazette reported the figures.", True),  # so are those of a credited source
        ("Valley Gazette", "", False),  # never an uncredited outlet's: that would merge independent sources
    ],
)
def test_texts_of_one_agency_are_read_together(source, credit, rewrite):
    articles = [Article(id="first", original=BASE, source=source), Article(id="update", original=UPDATE, source=source),
                Article(id="paper", original=FROM_BOTH + credit)]
    found = copies(articles)
    rewrites = [r for r in found if r.relation == "rewrite"]
    assert bool(rewrites) == rewrite
    if rewrite:
        [relation] = rewrites
        assert relation.origin in ("first", "update") and "paper" in (relation.a, relation.b)
        assert "together" in relation.reason
        groups = origin_groups(articles, found)
        assert groups["paper"] == groups[relation.origin]
    # each text alone shows no more than partial reuse
    for text in articles[:2]:
        assert all(r.relation != "rewrite" for r in copies([text, articles[2]]))


def test_many_articles_go_through_lsh():
    rng = random.Random(7)
    vocabulary = [f"{a}{b}" for a in ("tal", "mer", "dos", "vin", "kor", "lum", "sep", "ral") for b in ("ek", "ino", "ast", "ure", "ol")]
    fillers = [Article(id=f"f{i}", original=" ".join(rng.choice(vocabulary) for _ in range(60)) + ".") for i in range(LSH_ABOVE)]
    articles = fillers + [Article(id="a", original=BASE), Article(id="b", original=BASE.replace("Sunday", "Sunday evening"))]
    found = {frozenset((r.a, r.b)): r.relation for r in copies(articles)}
    assert found[frozenset(("a", "b"))] == "duplicate"


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(BASE.split(". ") + OTHER.split(". ") + OWN.split(". ")), min_size=1, max_size=6))
def test_supported_share_is_a_share(sentences):
    text = ". ".join(sentences)
    derived, origin = fingerprint(Article(id="d", original=text)), fingerprint(Article(id="o", original=BASE))
    assert 0.0 <= supported_share(derived, origin) <= 1.0
    assert supported_share(derived, origin, ordinary=True) <= 1.0
    # a text is its own counterpart, sentence by sentence
    assert supported_share(derived, derived) == (1.0 if derived.sentence_words else 0.0)


@pytest.mark.parametrize("wire, paper", [
    ("Fishermen rescued the stranded swimmers off Saltmere's lighthouse.",
     "A fisherman's rescue of stranded swimming tourists off the Saltmere lighthouse."),
    ("The harbourmaster ordered the evacuation of the quayside warehouses.",
     "Harbour master orders evacuation of quay-side warehouses."),
])
def test_a_sentence_reworded_in_other_forms_of_its_words_has_a_counterpart(wire, paper):
    derived, origin = fingerprint(Article(id="p", original=paper)), fingerprint(Article(id="w", original=wire))
    # against agency copy the letters of the words meet; the stemmed words alone do not, as between two outlets
    assert supported_share(derived, origin, letters=True) == 1.0
    assert supported_share(derived, origin) == 0.0
    # and an unrelated sentence is no counterpart
    other = fingerprint(Article(id="o", original=OTHER))
    assert supported_share(derived, other, letters=True) == 0.0


def test_a_mostly_copied_text_is_not_an_independent_source():
    from newsweave.model import CopyRelation

    arts = [Article(id=i, original="x") for i in ("wire", "paper", "own")]
    # the wire story with a few lines of the paper's own: most of its text is the wire's
    mostly = origin_groups(arts, [CopyRelation("paper", "wire", "partial", 0.8, "wire")])
    assert mostly["wire"] == mostly["paper"] != mostly["own"]
    # a paper that takes a quote or two from the wire and reports the rest itself stays independent
    some = origin_groups(arts, [CopyRelation("paper", "wire", "partial", 0.4, "wire")])
    assert len(set(some.values())) == 3


def test_texts_of_one_outlet_are_one_source():
    arts = [Article(id="a", original=BASE, source="Dunmore Post"), Article(id="b", original=OTHER, source="dunmore post"),
            Article(id="c", original=SAME_NAMES, source="Valley Times")]
    groups = origin_groups(arts, copies(arts))
    assert groups["a"] == groups["b"] != groups["c"]
