"""Quotes and speakers: invented mini-texts, the bundled example, and offsets as properties."""

import pytest
from hypothesis import given, settings, strategies as st

from newsweave.model import Article
from newsweave.nlp import analyse
from newsweave.story.quotes import find_quotes, quotes


def found(text: str, **options):
    article = Article(id="t", original=text)
    return find_quotes(article, analyse([article])[0], **options)


def direct(text: str):
    return [(q.text, q.speaker) for q in found(text) if q.direct]


def test_straight_marks_and_inverted_cue():
    [q] = found('"We will rebuild the pier by May," said mayor Ada Lunde.')
    assert (q.text, q.speaker, q.cue, q.direct) == ("We will rebuild the pier by May", "Ada Lunde", "said", True)
    assert q.start == 1 and q.text == '"We will rebuild the pier by May," said mayor Ada Lunde.'[q.start:q.end]


def test_typographic_marks_colon_cue():
    assert direct("Harbour chief Tomas Brekke said: “The channel stays shut until the fog lifts.”") == [
        ("The channel stays shut until the fog lifts", "Tomas Brekke")]


def test_split_quote_both_parts_one_speaker():
    text = "Pilot Ines Varga described the landing. “The wind turned,” Varga said, “and we had to abort twice.”"
    assert direct(text) == [("The wind turned", "Ines Varga"), ("and we had to abort twice", "Ines Varga")]


def test_pronoun_speaker_resolves_to_named_person():
    text = "Ines Varga flew the last plane out. “It was the hardest landing of my career,” she said."
    [q] = [q for q in found(text) if q.direct]
    assert q.speaker == "Ines Varga"
    assert text[q.speaker_start:q.speaker_end] == "she"


def test_follow_on_quote_in_next_paragraph_keeps_speaker():
    text = ('"The airport will reopen on Friday," Transport Minister Oskar Lind told reporters.\n\n'
            '"Every runway light will be checked before the first flight lands."')
    assert [s for _, s in direct(text)] == ["Oskar Lind", "Oskar Lind"]


def test_multi_paragraph_quote_without_closing_mark():
    text = ('Rector Hanna Moe wrote to the students. "The library stays open all night during exams.\n\n'
            '"The cafeteria will serve breakfast from six," she wrote.')
    quoted = direct(text)
    assert [t for t, _ in quoted] == ["The library stays open all night during exams",
                                      "The cafeteria will serve breakfast from six"]
    assert {s for _, s in quoted} == {"Hanna Moe"}


def test_unclosed_stray_mark_does_not_hide_later_quote():
    text = 'The report was "late. "We need the figures this week," councillor Rasmus Holt said.'
    assert direct(text) == [("We need the figures this week", "Rasmus Holt")]


def test_nested_quote_is_part_of_outer_quote():
    text = "“He told me ‘do not sail tonight’ and I listened,” fisherman Erik Sand said."
    assert direct(text) == [("He told me ‘do not sail tonight’ and I listened", "Erik Sand")]


def test_scare_quotes_and_titles_are_not_speech():
    text = 'The so-called "quiet season" ended early. Viewers watched "Harbour Nights" on Sunday.'
    assert direct(text) == []


def test_description_resolves_to_named_person():
    text = ("Prime Minister Vera Koss met the unions on Monday. Later the prime minister said: "
            "“Nobody will lose their job this year.”")
    assert direct(text) == [("Nobody will lose their job this year", "Vera Koss")]


def test_institution_as_speaker():
    [q] = [q for q in found("“The border remains open,” the Interior Ministry said.") if q.direct]
    assert q.speaker == "Interior Ministry"


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The mayor Ada Lunde said that the bridge would close for repairs.", "the bridge would close for repairs", "Ada Lunde", "said"),
    ("Ada Lunde told reporters the ferries would run again on Monday.", "the ferries would run again on Monday", "Ada Lunde", "told"),
    ("The ferries will run again on Monday, according to the port authority.", "The ferries will run again on Monday", "port authority", "according to"),
    ("Ada Lunde warned that the storm could cut power for days.", "the storm could cut power for days", "Ada Lunde", "warned"),
    ("Ada Lunde accused the contractor of hiding the cracks in the bridge.", "the contractor of hiding the cracks in the bridge", "Ada Lunde", "accused"),
])
def test_indirect_speech(text, content, speaker, cue):
    reported = [(q.text, q.speaker, q.cue) for q in found(text) if not q.direct]
    assert reported == [(content, speaker, cue)]


def test_indirect_can_be_turned_off():
    assert found("Ada Lunde said that the bridge would close.", indirect=False) == []


def test_quotes_runs_the_nlp_pass():
    [q] = quotes([Article(id="x", original='"All boats are back," coastguard Liv Aune said.')])
    assert (q.article, q.speaker) == ("x", "Liv Aune")


# --- the bundled example ------------------------------------------------------------------

@pytest.fixture(scope="module")
def example_quotes(cleaned_example):
    articles = list(cleaned_example.values())
    return articles, quotes(articles)


def test_example_direct_quotes_with_speakers(example_quotes, expected):
    _, qs = example_quotes
    got = {(q.article, q.text, q.speaker) for q in qs if q.direct}
    want = {(d["article"], d["text"], d["speaker"]) for d in expected["story"]["direct_quotes"]}
    assert got == want


def test_example_pronoun_quote(example_quotes, expected, cleaned_example):
    _, qs = example_quotes
    p = expected["story"]["pronoun_quote"]
    [q] = [q for q in qs if q.article == p["article"] and q.text == p["text"]]
    assert q.speaker == p["speaker"]
    assert cleaned_example[q.article].original[q.speaker_start:q.speaker_end] == "she"


def test_example_follow_on_quote(example_quotes, expected):
    _, qs = example_quotes
    f = expected["story"]["follow_on_quote"]
    for article in f["articles"]:
        [q] = [q for q in qs if q.article == article and q.text == f["text"]]
        assert q.speaker == f["speaker"] and q.cue is None and q.direct


def test_example_split_quote(example_quotes, expected):
    _, qs = example_quotes
    s = expected["story"]["split_quote"]
    parts = [q for q in qs if q.article == s["article"] and q.text in s["parts"]]
    assert [q.text for q in parts] == s["parts"]
    assert {q.speaker for q in parts} == {s["speaker"]}


def test_example_indirect_orlenko(example_quotes, expected):
    _, qs = example_quotes
    [group] = [g for g in expected["story"]["quote_variants"] if "indirect" in g]
    for article, text in group["indirect"].items():
        assert any(q.article == article and q.text == text and q.speaker == group["speaker"] and not q.direct for q in qs)


def test_example_offsets(example_quotes, cleaned_example):
    _, qs = example_quotes
    assert qs
    for q in qs:
        assert cleaned_example[q.article].original[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert q.speaker_end > q.speaker_start


# --- properties ---------------------------------------------------------------------------

WORDS = st.sampled_from("the port ferry will open close said Ada Lunde told we they on Monday and “ ” \" , . \n\n".split(" ") + [" ", "\n\n", '"', "“", "”"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_offsets_index_the_original(parts):
    text = " ".join(parts)
    for q in found(text):
        assert text[q.start:q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc XY.,\n\"“”"), min_size=0, max_size=30),
       st.text(alphabet=st.sampled_from("abc XY.,\n"), min_size=0, max_size=30))
def test_offsets_survive_cleaning_map(prefix, suffix):
    from newsweave.clean import clean

    text = prefix + '\n\n"The pier will reopen on Friday," said mayor Ada Lunde.\n\n' + suffix
    [article] = clean([Article(id="p", original=text)])
    for q in find_quotes(article, analyse([article])[0]):
        assert article.original[q.start:q.end] == q.text
