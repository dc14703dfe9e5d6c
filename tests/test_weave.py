"""The story pipeline end to end (weave): the brief of the bundled example — its header, facts with
independent sources, spans into the originals, origin groups — and of made-up inputs."""

import newsweave


def test_story_header(example_brief, expected):
    story = example_brief.story
    assert story.articles == 5
    assert story.independent_sources == expected["story"]["independent_sources"]
    assert (story.first_published, story.last_published) == (expected["story"]["first_published"], expected["story"]["last_published"])
    assert len(story.outlets) == 4


def test_fact_every_outlet_reports_ranks_first(example_brief, expected):
    first = example_brief.facts[0]
    assert sorted(first.sources) == sorted(expected["story"]["fact_all_outlets_sentences"])
    assert first.independent_sources == expected["story"]["fact_all_outlets_independent_sources"]
    for evidence in first.evidence:
        assert evidence.text in expected["story"]["fact_all_outlets_sentences"][evidence.article]


def test_every_evidence_span_indexes_the_original(example_brief, cleaned_example):
    items = list(example_brief.summary) + list(example_brief.facts)
    assert items
    for item in items:
        for e in item.evidence:
            assert cleaned_example[e.article].original[e.start:e.end] == e.text


def test_brief_from_paths_equals_brief_from_records(example_brief):
    again = newsweave.brief([newsweave.example_dir()])
    assert again.to_dict() | {"articles": None} == example_brief.to_dict() | {"articles": None}


def test_articles_carry_origin_group_and_occasion(example_brief, expected):
    groups = {a.id: a.origin_group for a in example_brief.articles}
    for group in expected["story"]["independent_groups"]:
        assert len({groups[i] for i in group}) == 1
    assert {a.occasion for a in example_brief.articles} == {0}


def test_an_embedded_post_is_quoted_never_stated():
    from newsweave.model import Article

    post = "The ferry is back and so are we. See you at the quay! — Ilse Varga (@ilsevarga) March 11, 2031"
    story = ["The harbour of Lowton reopened on Tuesday after a two-day closure, the port office said.",
             "Engineers from the city council inspected the main pier on Monday and found no damage to it."]
    articles = [Article(id=name, original="\n\n".join([f"Harbour reopens, says {name}", story[0], post, story[1]]))
                for name in ("a", "b")]
    brief = newsweave.brief(articles, max_words=120)
    [quote] = [q for q in brief.quotes if q.speaker == "Ilse Varga"]
    assert quote.text == "The ferry is back and so are we. See you at the quay!" and quote.sources == ("a", "b")
    stated = [s.text for s in brief.summary] + [f.text for f in brief.facts] + [t.text for t in brief.timeline]
    assert stated and not any("ferry is back" in line for line in stated)


def test_brief_does_not_depend_on_string_hashing():
    """Two runs with different hash seeds give the same brief: nothing is ordered by a set's iteration."""
    import os
    import subprocess
    import sys

    def brief_json(seed: str) -> str:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-m", "newsweave", "brief", str(newsweave.example_dir()), "--format", "json"],
                             env=env, capture_output=True, text=True, check=True)
        return run.stdout

    first = brief_json("1")
    assert '"facts"' in first
    assert brief_json("2") == first


def test_entities_carry_their_mention_spans(example_brief, cleaned_example):
    assert example_brief.entities
    for entity in example_brief.entities:
        assert len(entity.evidence) == entity.mentions
        assert {e.article for e in entity.evidence} == set(entity.sources)
        for e in entity.evidence:
            assert cleaned_example[e.article].original[e.start:e.end] == e.text
            assert e.text in (entity.name, *entity.aliases)


def test_api_misuse_gets_clear_errors_or_the_obvious_thing(tmp_path):
    import pytest

    import newsweave
    from newsweave.read import example_dir

    one = newsweave.brief(str(example_dir()), max_words=40)  # one path as a string is one input
    assert one.story.articles == 5 and newsweave.brief(example_dir(), max_words=40).story == one.story
    with pytest.raises(TypeError, match=r"clean\(\) takes Article records, not str"):
        newsweave.clean([str(example_dir())])
    with pytest.raises(ValueError, match="max_words must be at least 1"):
        newsweave.brief(example_dir(), max_words=0)
    with pytest.raises(TypeError, match="max_words is a whole number of words, not str '80'"):
        newsweave.brief(example_dir(), max_words="80")
    with pytest.raises(TypeError, match="give paths .* or Article records, not int"):
        newsweave.brief([3])


def test_articles_with_one_id_are_never_merged():
    from newsweave.model import Article
    from newsweave.weave import articles_of

    text = "Port reopens\n\nThe port of Example Bay reopened on Tuesday after a storm, officials said.\n"
    articles, _ = articles_of([Article(id="x", original=text, source="Bay Times"), Article(id="x", original=text, source="Cove Post")])
    assert [(a.id, a.source) for a in articles] == [("x", "Bay Times"), ("x~2", "Cove Post")]
