"""Divergences on the bundled example: its designed contradictions are reported with their sources,
and what only looks like one (two events on two days, 212 passengers and "more than 200 people",
two spellings of one name) is not."""

import pytest

from newsweave import nlp
from newsweave.model import Article
from newsweave.story.divergences import _roles_differ, date_divergences, number_divergences


@pytest.fixture(scope="module")
def by_kind(example_brief):
    out = {}
    for d in example_brief.divergences:
        out.setdefault(d.kind, []).append(d)
    return out


def test_designed_number_contradiction(by_kind, expected):
    [injured] = by_kind["number"]
    want = expected["story"]["contradictions"][0]
    assert {v.value: sorted(v.sources) for v in injured.versions} == {k: sorted(v) for k, v in want["values"].items()}
    for version in injured.versions:
        for e in version.evidence:
            assert want["evidence"][e.article] in e.text


def test_designed_role_contradiction(by_kind, expected):
    [role] = by_kind["role"]
    want = expected["story"]["contradictions"][1]
    assert {v.value.lower(): sorted(v.sources) for v in role.versions} == {k: sorted(v) for k, v in want["values"].items()}
    assert all(e.text.lower() in want["evidence"][e.article].lower() for v in role.versions for e in v.evidence)


def test_quote_wording_differences(by_kind, expected):
    tolvik = [d for d in by_kind["wording"] if d.text.startswith("Maren Tolvik")]
    assert len(tolvik) == 1
    variants = expected["story"]["quote_variants"][0]["variants"]
    shown = {source: v.value for v in tolvik[0].versions for source in v.sources}
    assert sorted(shown) == sorted(variants)
    assert "exactly → precisely" in shown["saltmere-gazette"]
    assert not by_kind.get("speaker")


def test_distinct_events_are_not_contradictions(by_kind):
    [events] = by_kind["events"]
    days = [v.value.split(":")[0] for v in events.versions]
    assert "2031-03-10" in days and "2031-03-11" in days
    assert "date" not in by_kind


def test_only_some_lists_facts_missing_from_some_sources(by_kind, example_brief):
    total = example_brief.story.independent_sources
    assert by_kind["only-some"]
    for d in by_kind["only-some"]:
        assert f"of {total} independent sources" in d.text


@pytest.mark.parametrize(
    "a, b, differ",
    [("harbour master", "deputy harbour master", True), ("president", "french president", False),
     ("foreign minister", "defence secretary", False), ("maritime minister", "minister", False),
     ("mr", "harbour master", False), ("lawyer", "attorney", False), ("acting mayor", "mayor", True)],
)
def test_roles_differ(a, b, differ):
    assert _roles_differ(a, b) is differ


def test_approximate_and_different_counts_are_not_contradictions():
    texts = ["The ferry carried 212 passengers when it hit the pier.", "The ferry carried more than 200 passengers when it hit the pier.",
             "Two crew members were injured and 5 passengers were injured.",
             # people voting, not a count of "voting": nine and three of one jury, no contradiction
             "After three days the Tolvik jurors stood at 9-3, nine in favor of the longer sentence and three voting for release on licence.",
             "The two jurors, who said they were among the nine voting to keep Karas in prison, spoke to reporters on Monday."]
    found = number_divergences(nlp.analysed([Article(id=str(i), original=t) for i, t in enumerate(texts)]))
    assert found == []


def test_summary_does_not_state_a_contradicted_minority_number(example_brief):
    assert not any("17 people" in s.text for s in example_brief.summary)


def test_only_some_needs_outlets_that_share_a_fact():
    from newsweave.model import Evidence, Fact
    from newsweave.story.divergences import only_some

    single = [Fact("A ship sank.", ("a",), 1, (Evidence("a", 0, 12, "A ship sank."),))]
    assert only_some(single, independent=3) == []
    shared = single + [Fact("The port closed.", ("a", "b"), 2, ()), Fact("A crane fell.", ("b",), 1, ()),
                       Fact("and then the pier", ("c",), 1, (), stands_alone=False)]
    assert [(d.text, [v.value for v in d.versions]) for d in only_some(shared, independent=3)] == [
        ("reported by 2 of 3 independent sources", ["The port closed."]),
        ("reported by 1 of 3 independent sources", ["A ship sank.", "A crane fell."]),
    ]


def _bridge(id_, when, published, extra):
    import datetime as dt

    return Article(id=id_, original=f"Bridge shut\n\nThe council of Dunmore closed the old Kessel bridge {when} after engineers "
                                    f"found deep cracks in two of its pillars.\n\n{extra}",
                   published=dt.date(*published), source=f"Outlet {id_}")


def test_one_fact_told_with_different_days_is_a_date_divergence():
    import newsweave

    # published Tuesday 2031-05-06: "on Monday" is 05-05, "on Sunday" 05-04; a day later "the day before
    # yesterday" is 05-05 again, and "on May 5" is 05-05 whenever it is written
    arts = [_bridge("a", "on Monday", (2031, 5, 6), "Drivers face a detour of twenty kilometres."),
            _bridge("b", "on Sunday", (2031, 5, 6), "The ferry will run extra crossings all week."),
            _bridge("c", "the day before yesterday", (2031, 5, 7), "Shops on the quay fear fewer customers."),
            _bridge("d", "on May 5", (2031, 5, 8), "The repair will take at least a year.")]
    brief = newsweave.brief(arts)
    [date] = [d for d in brief.divergences if d.kind == "date"]
    assert [(v.value, sorted(v.sources)) for v in date.versions] == [("2031-05-05", ["a", "c", "d"]), ("2031-05-04", ["b"])]
    assert all(arts[ord(e.article) - ord("a")].original[e.start:e.end] == e.text for v in date.versions for e in v.evidence)
    # the fact and the summary tell it as most sources do, not with the day one outlet gives
    fact = next(f for f in brief.facts if len(f.sources) == 4)
    assert "on Sunday" not in fact.text
    assert not any("on Sunday" in s.text for s in brief.summary)


def test_the_date_check_reads_the_dates_it_is_given():
    from newsweave.story.align import align_story
    from newsweave.story.timeline import date_mentions

    analysed = nlp.analysed([_bridge("a", "on Monday", (2031, 5, 6), "Drivers face a detour."),
                             _bridge("b", "on Sunday", (2031, 5, 6), "The ferry will run extra crossings.")])
    groups = {"a": 0, "b": 1}
    from newsweave.story.quotes import find_quotes

    facts = align_story(analysed, groups, quotes=[q for article, doc, _ in analysed for q in find_quotes(article, doc)]).facts
    found = date_mentions(analysed)
    [date] = date_divergences(analysed, facts, groups, mentions=found)
    assert sorted(v.value for v in date.versions) == ["2031-05-04", "2031-05-05"]
    # the dates are not looked for again: without b's, there is one day only
    assert date_divergences(analysed, facts, groups, mentions={**found, "b": []}) == []


def test_the_same_day_in_other_words_is_no_date_divergence(by_kind):
    # the example's "on Tuesday" and, a day later, "yesterday" name one day; the collision and the
    # inquiry are two events on two days
    assert "date" not in by_kind


def _numbers(texts):
    found = number_divergences(nlp.analysed([Article(id=str(i), original=t) for i, t in enumerate(texts)]))
    return [(d.text, sorted(v.value for v in d.versions)) for d in found]


def test_a_count_belongs_to_its_own_verb_and_spelled_numbers_are_read_whole():
    agree = ["Forty-three passengers were hurt when the ferry struck the pier, and about 90 were rescued.",
             "43 passengers were hurt and dozens more rescued after the ferry hit the pier."]
    assert _numbers(agree) == []
    differ = ["Forty-three passengers were hurt when the ferry struck the pier, and about 90 were rescued.",
              "38 passengers were hurt when the ferry hit the pier."]
    assert _numbers(differ) == [("number of passengers injured", ["38", "43"])]


def test_a_date_that_belongs_to_another_clause_is_no_date_divergence():
    import datetime as dt

    import newsweave

    arts = [Article(id="a", original="Flood\n\nAbout 300 homes in the lower town were evacuated on May 4 when the river "
                                     "burst its banks.\n\nThe water rose by two metres.", published=dt.date(2031, 5, 5)),
            Article(id="b", original="The day after\n\nToday is the first day of the clean-up after the flood, when 300 homes "
                                     "in the lower town were evacuated.\n\nVolunteers came from the city.", published=dt.date(2031, 5, 5))]
    brief = newsweave.brief(arts)
    assert any(set(f.sources) == {"a", "b"} for f in brief.facts)  # one fact told by both
    assert not [d for d in brief.divergences if d.kind == "date"]


def _dated(id_, text, published=(2031, 5, 6)):
    import datetime as dt

    return Article(id=id_, original=f"Bridge\n\n{text}", published=dt.date(*published), source=f"Outlet {id_}")


WIRE = ("The council of Dunmore closed the old Kessel bridge on Sunday after engineers found deep cracks in two of its "
        "pillars. Drivers face a long detour through the hills. The ferry will run extra crossings all week.")


def test_copies_of_one_text_do_not_outvote_independent_sources():
    import newsweave

    arts = [_dated(f"w{i}", WIRE) for i in range(3)]
    arts += [_dated("x", "Dunmore council shut the old Kessel bridge on Monday when cracks were found in its pillars by "
                         "engineers.\n\nThe repair will take at least a year, the mayor told reporters."),
             _dated("y", "The old Kessel bridge was closed by Dunmore council on Monday because engineers had found cracks "
                         "in its pillars.\n\nA local architect said the cracks had been reported in March.")]
    brief = newsweave.brief(arts)
    [date] = [d for d in brief.divergences if d.kind == "date"]
    # three copies of one wire text are one source; two independent outlets are two
    assert [(v.value, sorted(v.sources)) for v in date.versions] == [("2031-05-05", ["x", "y"]), ("2031-05-04", ["w0", "w1", "w2"])]
    fact = next(f for f in brief.facts if len(f.sources) == 5)
    assert "on Sunday" not in fact.text
    assert any("Kessel bridge" in s.text and "on Monday" in s.text for s in brief.summary)
    assert not any("on Sunday" in s.text for s in brief.summary)


def test_a_date_that_goes_with_another_verb_is_no_date_divergence():
    import newsweave

    arts = [_dated("a", "The council of Dunmore closed the old Kessel bridge on Monday after engineers found deep "
                        "cracks in two of its pillars.\n\nDrivers face a detour."),
            _dated("b", "Engineers found deep cracks in two pillars of the old Kessel bridge on Sunday, and the council "
                        "of Dunmore closed it.\n\nThe ferry will run extra crossings.")]
    assert not [d for d in newsweave.brief(arts).divergences if d.kind == "date"]


def test_one_text_republished_a_week_later_is_no_date_divergence():
    import newsweave

    text = "The council of Dunmore closed the old Kessel bridge on Monday after engineers found cracks.\n\nDrivers face a detour."
    arts = [_dated("a", text, (2031, 5, 6)), _dated("b", text, (2031, 5, 9))]
    assert not [d for d in newsweave.brief(arts).divergences if d.kind == "date"]


def test_a_count_is_keyed_on_its_own_verb_and_a_year_is_a_date():
    # 300 passengers were carried, not injured; "1950 homes" is a count, not a year
    assert _numbers(["The ferry carried 300 passengers and 12 were injured.",
                     "The ferry carried 250 passengers and 12 were injured."]) == [("number of passengers carried", ["250", "300"])]
    assert _numbers(["1950 homes were evacuated in the lower town.", "1200 homes were evacuated in the lower town."]) \
        == [("number of homes evacuated", ["1200", "1950"])]


def test_counts_of_two_occasions_are_not_a_contradiction():
    # two blasts in two towns: 7 and 22 killed are two counts, not one count told two ways
    texts = {"a": "Police said 7 people were killed in the blast at the Lowton market on Monday.",
             "b": "Police said 22 people were killed in the blast at the Dunmore station on Friday."}
    analysed = nlp.analysed([Article(id=k, original=t) for k, t in texts.items()])
    assert [d.text for d in number_divergences(analysed)] == ["number of people killed"]
    assert number_divergences(analysed, occasions={"a": 0, "b": 1}) == []
    assert len(number_divergences(analysed, occasions={"a": 0, "b": 0})) == 1


def test_one_quote_framed_by_one_outlet_as_an_admission_is_a_framing_divergence():
    import newsweave

    said = Article(id="a", original="Harbour master Maren Tolvik said the radar had been switched off for repairs on Monday.", source="Bay Wire")
    admitted = Article(id="b", original="Harbour master Maren Tolvik admitted the radar had been switched off for repairs on Monday.",
                       source="Coast Courier")
    plain = Article(id="c", original="Harbour master Maren Tolvik said the radar had been switched off for repairs on Monday.", source="Isle Post")
    framing = [d for d in newsweave.brief([said, admitted, plain]).divergences if d.kind == "framing"]
    assert [[(v.value, v.sources) for v in d.versions] for d in framing] == [[("said", ("a", "c")), ("admitted", ("b",))]]
    same = [d for d in newsweave.brief([said, plain]).divergences if d.kind == "framing"]
    assert same == []


def test_a_number_inside_a_name_counts_nothing():
    seized = "Coastguard officers seized 14 rifles from the trawler Corvina at Saltmere on Monday."
    assert _numbers([seized, "Coastguard officers seized a KR - 47 rifle from the trawler Corvina at Saltmere on Monday."]) == []
    assert _numbers([seized, "Coastguard officers seized 12 rifles from the trawler Corvina at Saltmere on Monday."]) == [
        ("number of rifles seized", ["12", "14"])]
