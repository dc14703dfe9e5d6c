"""Merging one utterance across outlets, with word-level changes."""

import pytest

from newsweave.model import Evidence, Quote
from newsweave.story.quote_merge import changes, conflicting_speakers, merge_quotes, same_utterance
from newsweave.story.quotes import quotes


def q(article, text, speaker="Ada Lunde", direct=True, start=0):
    return Quote(article, text, start, start + len(text), speaker, None, None, "said", direct)


def test_substitutions_are_shown_word_by_word():
    a = q("a", "The replies to our letters ignored our main demands on the harbour")
    b = q("b", "The responses to our letters ignored our principal demands on the harbour")
    [group] = merge_quotes([a, b])
    assert [v.article for v in group.variants] == ["a", "b"]
    assert group.variants[1].changes == ("replies → responses", "main → principal")


def test_spelling_and_punctuation_differences_merge():
    a = q("a", "NATO is a purely defensive organisation, a defensive alliance")
    b = q("b", "NATO is a purely defensive organization a defensive alliance")
    [group] = merge_quotes([a, b])
    assert group.variants[1].changes == ("organisation, → organization (spelling)",)


def test_truncation_is_reported():
    full = "We will find out what went wrong and we will not rest until we do"
    assert changes(full, "will find out what went wrong") == [
        "truncated: We …", "truncated: … and we will not rest until we do"]
    [group] = merge_quotes([q("a", full), q("b", "will find out what went wrong")])
    assert group.sources == ("a", "b") and group.text == full


def test_different_statements_sharing_words_stay_apart():
    a = q("a", "The United States and NATO ignored our concerns about security")
    b = q("b", "The United States and NATO sent more troops to the east this week")
    assert not same_utterance(a.text, b.text)
    assert len(merge_quotes([a, b])) == 2


def test_short_quotes_merge_only_when_identical():
    assert same_utterance("not too many", "not too many.")
    assert not same_utterance("not too many", "not many")


def test_different_speakers_are_kept_and_flagged():
    a = q("a", "The inquiry will report within six months and publish everything", speaker="Mikhail Orlenko")
    b = q("b", "The inquiry will report within six months and publish everything", speaker="Maren Tolvik")
    [group] = merge_quotes([a, b])
    assert [v.speaker for v in group.variants] == ["Mikhail Orlenko", "Maren Tolvik"]
    assert conflicting_speakers(group) == ("Mikhail Orlenko", "Maren Tolvik")


def test_direct_and_indirect_stay_apart():
    assert len(merge_quotes([q("a", "the pier will reopen on Friday", direct=False),
                             q("b", "the pier will reopen on Friday")])) == 2


def test_example_tolvik_quote_variants(cleaned_example, expected):
    articles = list(cleaned_example.values())
    groups = merge_quotes(quotes(articles), articles)
    want = expected["story"]["quote_variants"][0]
    [group] = [g for g in groups if g.direct and g.speaker == want["speaker"] and len(g.variants) > 1]
    assert {v.article: v.text for v in group.variants} == want["variants"]
    by_article = {v.article: v.changes for v in group.variants}
    assert by_article["saltmere-gazette"] == ("exactly → precisely", "wrong, and → wrong and", "will not → won’t")
    assert by_article["brackwater-herald"] == ("truncated: We …", "truncated: …, and we will not rest until we do")
    assert by_article["northline-wire"] == by_article["tidemark-courier"] == ()
    assert conflicting_speakers(group) == ()


def test_example_orlenko_quotes_merge(cleaned_example, expected):
    articles = list(cleaned_example.values())
    groups = merge_quotes(quotes(articles), articles)
    want = expected["story"]["quote_variants"][1]
    [group] = [g for g in groups if g.direct and g.text == want["variants"]["northline-wire"]]
    assert {v.article for v in group.variants} == set(want["variants"])
    assert group.speaker == want["speaker"]


def test_only_outlets_naming_different_people_contradict_each_other():
    words = "The inquiry will report within six months and publish everything"
    # a description or a credited agency is no second speaker
    for other in ("a spokesperson", "the statement", "Associated Press", "AP"):
        [group] = [g for g in merge_quotes([q("a", words, speaker="Mikhail Orlenko"), q("b", words, speaker=other)]) if g.direct]
        assert conflicting_speakers(group) == (), other
    # an article that gives the words to two people contradicts no outlet that names one of them
    [group] = merge_quotes([q("a", words, speaker="Mikhail Orlenko"), q("b", words, speaker="Maren Tolvik"),
                            q("b", words, speaker="Mikhail Orlenko", start=200)])
    assert len(group.variants) == 3 and conflicting_speakers(group) == ()


def test_names_with_lower_case_particles_are_names():
    words = "The inquiry will report within six months and publish everything"
    [group] = merge_quotes([q("a", words, speaker="Mikhail Orlenko"), q("b", words, speaker="Ilse van der Berg")])
    assert conflicting_speakers(group) == ("Mikhail Orlenko", "Ilse van der Berg")


WHOLE = ("The pier will close for a month from Monday. Ferries will use the north quay until the repairs are "
         "done, and the timetable will not change")


def in_parts(article, *pieces):
    """A direct quote given in parts, as the quotes stage writes it: (text, start) for each part."""
    parts = tuple(Evidence(article, at, at + len(text), text) for text, at in pieces)
    return Quote(article, " … ".join(p.text for p in parts), parts[0].start, parts[-1].end, "Ada Lunde", None, None,
                 "said", True, parts=parts)


def test_quote_given_in_parts_is_one_variant_of_its_outlet():
    # outlet "a" gives the statement whole; outlet "b" breaks it with its attribution:
    # "The pier will close for a month from Monday," Lunde said. "Ferries will use ..."
    part1 = "The pier will close for a month from Monday"
    part2 = "Ferries will use the north quay until the repairs are done, and the timetable will not change"
    [group] = merge_quotes([q("a", WHOLE, start=10), in_parts("b", (part1, 1), (part2, len(part1) + 20))])
    assert group.text == WHOLE and group.sources == ("a", "b")
    [joined] = [v for v in group.variants if v.article == "b"]
    assert joined.changes == ()
    assert joined.text == f"{part1} … {part2}"
    # the span runs from the first part's start to the last part's end (the attribution between included);
    # each part keeps its own span, so a reader can highlight exactly the quoted words
    assert (joined.start, joined.end) == (1, len(part1) + 20 + len(part2))
    assert [(e.start, e.end, e.text) for e in joined.evidence()] == [(1, 1 + len(part1), part1),
                                                                     (len(part1) + 20, len(part1) + 20 + len(part2), part2)]
    [whole] = [v for v in group.variants if v.article == "a"]
    assert whole.parts == () and [(e.start, e.text) for e in whole.evidence()] == [(10, WHOLE)]


@pytest.mark.parametrize("part2, change", [
    # a real change between the parts and the whole is kept
    ("Ferries will use the north quay until the repairs are finished, and the timetable will not change", "done → finished"),
    # parts that leave words out are still truncated
    ("Ferries will use the north quay until the repairs are done", "truncated: …, and the timetable will not change"),
])
def test_parts_keep_their_changes(part2, change):
    part1 = "The pier will close for a month from Monday"
    [group] = merge_quotes([q("a", WHOLE), in_parts("b", (part1, 300), (part2, 360))])
    [joined] = [v for v in group.variants if v.article == "b"]
    assert joined.changes == (change,)


def test_an_according_to_that_relays_another_speaker_is_not_shown():
    from newsweave.model import Article

    text = ("According to the news agency, Bay Wire, the regional ferry council insisted that its "
            "winter timetable would start on the first of November.")
    found = quotes([Article(id="a", original=text)])
    assert {q.speaker for q in found} == {"Bay Wire", "regional ferry council"}
    [group] = merge_quotes(found)
    assert (group.speaker, group.text) == ("regional ferry council", "its winter timetable would start on the first of November")
    # with nobody else speaking, the credited source keeps its words
    [alone] = merge_quotes(quotes([Article(id="b", original="According to Bay Wire, the ferries will run again on Monday.")]))
    assert alone.speaker == "Bay Wire"


def test_a_sentence_broken_by_its_attribution_is_one_quote():
    from newsweave.model import Article

    text = '"Both crews reacted quickly," Tolvik said, "and that is why nobody was hurt."'
    first, rest = "Both crews reacted quickly", "and that is why nobody was hurt"
    [group] = merge_quotes(quotes([Article(id="a", original=text)]))
    [variant] = group.variants
    assert group.text == f"{first} … {rest}" and variant.changes == ()
    assert [text[e.start:e.end] for e in variant.evidence()] == [first, rest]
    # the same words given whole by another outlet are the same quote, with no change of wording
    [group] = merge_quotes(quotes([Article(id="a", original=text), Article(id="b", original=f'Tolvik said: "{first}, {rest}."')]))
    assert [v.changes for v in group.variants] == [(), ()]


def test_reported_speech_holding_quoted_words_is_one_mixed_group():
    from newsweave.model import Article

    text = "Ada Lunde told the council on Monday that the ferry plan was “a fantasy that nobody will pay for”."
    [group] = merge_quotes(quotes([Article(id="a", original=text)]))
    assert (group.speaker, group.direct, group.mixed) == ("Ada Lunde", False, True)
    [variant] = group.variants
    assert text[variant.start:variant.end] == variant.text and "“a fantasy that nobody will pay for”" in variant.text
