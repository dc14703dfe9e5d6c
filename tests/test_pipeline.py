"""The declared pipeline: the order comes from what each stage needs and adds, and no stage runs another."""

import pytest

from newsweave import pipeline
from newsweave.model import Story
from newsweave.pipeline import Stage, order, run


def test_every_stage_runs_after_the_stages_that_add_what_it_needs():
    added = {"articles", "skipped"}
    for step in order():
        assert set(step.needs) <= added, step.name
        added |= set(step.adds)
    # every layer of a Story is added by exactly one stage
    adders = [layer for step in order() for layer in step.adds]
    assert sorted(adders) == sorted(Story.layers())


def test_the_order_follows_the_declarations_not_the_list():
    backwards = list(reversed(pipeline.STAGES))
    ordered = order(backwards)
    assert [s.name for s in ordered] != [s.name for s in backwards]
    added = {"articles", "skipped"}
    for step in ordered:
        assert set(step.needs) <= added, step.name
        added |= set(step.adds)


def test_a_stage_that_waits_for_a_layer_no_one_adds_is_an_error():
    lonely = Stage("lonely", needs=("timeline",), adds=("summary",), run=lambda story: {})
    with pytest.raises(ValueError, match="lonely wait for timeline"):
        order([lonely])


def test_a_stage_declaring_an_unknown_layer_is_refused():
    with pytest.raises(ValueError, match="no such layer of a Story: mood"):
        pipeline.stage("mood", needs=("articles",), adds=("mood",))(lambda story: {})


def test_a_partial_run_adds_only_what_the_layer_needs(cleaned_example):
    story = run(Story(articles=tuple(cleaned_example.values())), until="origin_groups")
    assert story.copies and story.origin_groups and story.provenance is not None
    assert story.quotes is not None  # the citations read the quotes
    assert story.date_mentions is None and story.alignment is None and story.brief is None


def test_the_brief_is_the_last_layer_and_options_reach_their_stage(cleaned_example):
    timings = {}
    story = run(Story(articles=tuple(cleaned_example.values())), max_words=40, timings=timings)
    assert sum(len(line.text.split()) for line in story.brief.summary) <= 40
    assert set(timings) == {s.name for s in order()}
    with pytest.raises(TypeError, match="no stage takes the option max_wrods"):
        run(Story(articles=tuple(cleaned_example.values())), max_wrods=40)


def test_a_stage_missing_what_it_needs_says_so():
    with pytest.raises(ValueError, match="no stage adds the layer 'mood'"):
        run(Story(articles=()), until="mood")


def test_quotes_as_shown_have_one_speaker_per_person_and_no_glued_words():
    from newsweave.model import Article
    from newsweave.weave import brief

    a = Article(id="bay-times", source="Bay Times", original=(
        "Minister visits Saltmere\n\nForeign minister Sergey Valkov visited the harbour of Saltmere on Monday, but did not meet the mayor, the ministry said. "
        "\"We will rebuild the pier in Saltmerebut it will take a year,\" Sergey Valkov said after the visit.\n"))
    b = Article(id="cove-post", source="Cove Post", original=(
        "Valkov in Saltmere\n\nForeign minister Sergei Valkov toured the port of Saltmere on Monday with the mayor. "
        "\"Nobody in Saltmere will be left without a ferry,\" Sergei Valkov told reporters at the pier.\n"))
    made = brief([a, b])
    assert {q.speaker for q in made.quotes if q.direct} == {"Sergey Valkov"}
    rebuilt = next(q for q in made.quotes if "rebuild" in q.text)
    assert "Saltmere but it" in rebuilt.text and "Saltmerebut" in rebuilt.variants[0].text  # the span keeps the outlet's words
