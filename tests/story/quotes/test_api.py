"""The package's public API on the bundled example, and offsets as properties."""

import pytest
from hypothesis import given, settings, strategies as st

from newsweave.model import Article
from newsweave.nlp import analyse
from newsweave.story.quotes import find_quotes, quotes


def test_quotes_runs_the_nlp_pass():
    [q] = quotes([Article(id="x", original='"All boats are back," coastguard Liv Aune said.')])
    assert (q.article, q.speaker) == ("x", "Liv Aune")


@pytest.fixture(scope="module")
def example_quotes(cleaned_example):
    articles = list(cleaned_example.values())
    return articles, quotes(articles)


def test_example_direct_quotes_with_speakers(example_quotes, expected):
    _, qs = example_quotes
    got = {(q.article, q.text, q.speaker, tuple(p.text for p in q.parts)) for q in qs if q.direct}
    want = {(d["article"], d["text"], d["speaker"], tuple(d.get("parts", [d["text"]]))) for d in expected["story"]["direct_quotes"]}
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
        [q] = [q for q in qs if q.article == article and f["text"] in [p.text for p in q.parts]]
        # the part with no attribution of its own goes on with the quotation before it: one record, its cue
        assert q.speaker == f["speaker"] and q.cue == "told" and q.direct and q.parts[-1].text == f["text"]


def test_example_split_quote_is_one_record(example_quotes, expected, cleaned_example):
    _, qs = example_quotes
    s = expected["story"]["split_quote"]
    [q] = [q for q in qs if q.article == s["article"] and any(p.text == s["parts"][0] for p in q.parts)]
    assert [p.text for p in q.parts] == s["parts"] and q.text == " … ".join(s["parts"])
    assert q.speaker == s["speaker"] and q.direct and not q.mixed
    original = cleaned_example[q.article].original
    # the record spans from its first part to its last, the attribution between included
    assert (q.start, q.end) == (q.parts[0].start, q.parts[-1].end)
    assert s["cue"] in original[q.parts[0].end:q.parts[1].start]
    assert all(original[p.start:p.end] == p.text for p in q.parts)


def test_example_indirect_orlenko(example_quotes, expected):
    _, qs = example_quotes
    [group] = [g for g in expected["story"]["quote_variants"] if "indirect" in g]
    for article, text in group["indirect"].items():
        assert any(q.article == article and q.text == text and q.speaker == group["speaker"] and not q.direct for q in qs)


def test_example_offsets(example_quotes, cleaned_example):
    _, qs = example_quotes
    assert qs
    for q in qs:
        original = cleaned_example[q.article].original
        assert all(original[p.start:p.end] == p.text for p in q.parts)
        if len(q.parts) < 2 or not q.direct:
            assert original[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert q.speaker_end > q.speaker_start


WORDS = st.sampled_from("the port ferry will open close said Ada Lunde told we they on Monday and “ ” \" , . \n\n".split(" ") + [" ", "\n\n", '"', "“", "”"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_offsets_index_the_original(found, parts):
    text = " ".join(parts)
    for q in found(text):
        assert all(text[p.start:p.end] == p.text and q.start <= p.start < p.end <= q.end for p in q.parts)
        assert text[q.start:q.end] == q.text if len(q.parts) < 2 or not q.direct else q.text == " … ".join(p.text for p in q.parts)
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
        assert [(p.start, p.end, p.text) for p in q.parts] == [(q.start, q.end, q.text)]


def test_an_embedded_post_is_a_quote_of_its_poster():
    from newsweave.clean import clean_article

    post = "The first ferry is back at the quay! pic.twitter.com/Qx7ferry — Ilse Varga (@ilsevarga) March 11, 2031"
    text = "The harbour at Lowton reopened on Tuesday, the port office said.\n\n" + post + "\n\nPilots guided the ferries in."
    article = clean_article(Article(id="p", original=text))
    posted = [q for q in find_quotes(article, analyse([article])[0]) if q.cue == "posted"]
    assert [(q.text, q.speaker, q.direct) for q in posted] == [("The first ferry is back at the quay!", "Ilse Varga", True)]
    assert text[posted[0].start:posted[0].end] == posted[0].text
    assert text[posted[0].speaker_start:posted[0].speaker_end] == "Ilse Varga"
