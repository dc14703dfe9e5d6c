"""Cited sources: agencies, outlets, governments, officials, with the citing phrases."""

import pytest

from newsweave.model import Article
from newsweave.story.provenance import citations


def cited(*texts):
    articles = [Article(id=f"a{i}", original=t) for i, t in enumerate(texts)]
    return {c.cited: c for c in citations(articles)}


def test_according_to_an_agency():
    c = cited("The port will reopen on Friday, according to Reuters.")["Reuters"]
    assert c.kind == "agency" and c.articles == ("a0",)
    [ev] = c.evidence
    assert ev.text == "according to Reuters"


def test_outlet_reported_and_official_said():
    got = cited("Harbour Radio reported that the captain was questioned on Wednesday. "
                "The ferry was not speeding, a coast guard official said.")
    assert got["Harbour Radio"].kind == "outlet"
    assert got["coast guard"].kind == "official"
    assert got["coast guard"].evidence[0].text == "a coast guard official said"


def test_wire_credit_in_dateline_is_cited_but_not_own_outlet():
    text = "VESSA (Brackwater Herald / Northline Wire) - The ferry hit the pier on Monday morning."
    article = Article(id="c", original=text, source="Brackwater Herald")
    [c] = citations([article])
    assert (c.cited, c.kind) == ("Northline Wire", "agency")
    assert c.evidence[0].text.startswith("VESSA (Brackwater Herald / Northline Wire)")


def test_short_mentions_join_the_full_name_across_articles():
    got = cited("The Ministry of Fisheries said quotas would rise next year.",
                "Quotas will rise, the ministry said on Tuesday.")
    assert set(got) == {"Ministry of Fisheries"}
    assert got["Ministry of Fisheries"].articles == ("a0", "a1")
    assert got["Ministry of Fisheries"].kind == "government"


def test_named_people_are_speakers_not_cited_sources():
    assert cited("Mayor Ada Lunde said the pier would reopen on Friday.") == {}


def test_example_cited_sources(cleaned_example, expected):
    articles = list(cleaned_example.values())
    got = {c.cited: c for c in citations(articles)}
    assert set(got) == set(expected["story"]["cited_sources"])
    for item in expected["story"]["citations"]:
        c = got[item["source"]]
        assert item["article"] in c.articles
        assert any(ev.article == item["article"] and item["phrase"] in ev.text for ev in c.evidence), item
    assert got["Northline Wire"].kind == "agency"
    assert got["Saltmere Radio"].kind == "outlet"


def test_example_evidence_indexes_original(cleaned_example):
    for c in citations(list(cleaned_example.values())):
        for ev in c.evidence:
            assert cleaned_example[ev.article].original[ev.start:ev.end] == ev.text


# An agency named anywhere in AGENCIES, not only in its first line (Kyodo had been filed as `other`,
# Yonhap and Bloomberg as `outlet` or `other`), in each form the module reads a citation in.
@pytest.mark.parametrize("text, agency", [
    ("According to Kyodo, the ferry Marrow Star left Tarnby port two hours late on Sunday.", "Kyodo"),
    ("Yonhap reported that the Vellin city council had closed the Osk bridge after the storm.", "Yonhap"),
    ("The Halvik shipyard will cut 300 jobs by the end of the year, Bloomberg said on Friday.", "Bloomberg"),
    ("Yonhap quoted harbour master Ilse Varn as saying that the pier at Tarnby was safe.", "Yonhap"),
])
def test_agency_anywhere_in_the_list_is_an_agency(text, agency):
    assert cited(text)[agency].kind == "agency"


def test_agency_credited_in_a_dateline():
    [c] = citations([Article(id="d", original="TARNBY (Yonhap) - The ferry Marrow Star ran aground off Osk Point on Monday.")])
    assert (c.cited, c.kind) == ("Yonhap", "agency")
