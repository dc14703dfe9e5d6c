"""The made-up stream through the store: exact stories, duplicates, a look-alike kept apart, a merge with its alias."""

import dataclasses

from corpus_news import RECORDS, STORIES, partition, placement, record, write_jsonl

from newsweave.corpus.cluster import cluster
from newsweave.read.records import from_record
from newsweave.weave import usable


def test_in_memory_cluster_finds_exactly_the_stories():
    articles = [dataclasses.replace(from_record(record(*r), r[0]), id=r[0]) for r in RECORDS]
    cleaned, skipped = usable(articles)
    assert not skipped
    found = cluster(cleaned)
    assert partition(found) == {frozenset(s) for s in STORIES}
    # f2 took s4 before it merged into s3: the look-alike bridge gets s5, not the freed number
    assert found["a1"] == "s1" and found["c1"] == "s2" and found["f1"] == "s3" and found["b1"] == "s5"


def test_cluster_with_worker_processes_finds_the_same_stories(monkeypatch):
    """Features found in worker processes four articles at a time (`newsweave.parallel`), the same ids."""
    import newsweave.corpus.cluster as engine

    articles = [dataclasses.replace(from_record(record(*r), r[0]), id=r[0]) for r in RECORDS]
    cleaned, _ = usable(articles)
    monkeypatch.setattr(engine, "PARALLEL_FROM", 0)
    monkeypatch.setattr(engine, "CHUNK", 4)
    assert cluster(cleaned, workers=2) == cluster(cleaned, workers=1)


def test_ingest_finds_exactly_the_stories(corpus, news):
    report = corpus.ingest([news])
    assert (report.read, report.new, report.already_stored) == (15, 15, 0)
    assert partition(report.placed) == {frozenset(s) for s in STORIES}
    assert partition(placement(corpus)) == {frozenset(s) for s in STORIES}
    # a1..e2 and c*, f*, b* are three different bridges-or-not: the look-alike bridge is its own story
    assert report.placed["a1"] != report.placed["b1"]
    assert (report.stories_created, report.stories_merged) == (5, 1)
    assert report.placed == {**{a: "s1" for a in ("a1", "a2", "a3", "a4", "d1", "e1", "e2")},
                             "c1": "s2", "c2": "s2", "c3": "s2", "f1": "s3", "f2": "s3", "f3": "s3", "b1": "s5", "b2": "s5"}


def test_duplicates_are_linked_counted_and_kept_in_their_story(corpus, news):
    report = corpus.ingest([news])
    assert (report.exact_duplicates, report.near_duplicates) == (1, 1)
    rows = {r["article"]: r for r in corpus.export()}
    assert (rows["e1"]["duplicate_of"], rows["e1"]["duplicate"]) == ("a1", "exact")
    assert (rows["e2"]["duplicate_of"], rows["e2"]["duplicate"]) == ("a2", "near")
    assert all(rows[i]["duplicate_of"] is None for i in rows if i not in ("e1", "e2"))
    assert rows["e1"]["story"] == rows["e2"]["story"] == rows["a1"]["story"]
    bridge = next(s for s in corpus.stories() if s["story"] == rows["a1"]["story"])
    # 7 articles from 7 outlets, but the two copies are not independent
    assert (bridge["articles"], len(bridge["outlets"]), bridge["independent_sources"]) == (7, 7, 5)


def test_feed_item_with_one_sentence_joins_its_story(corpus, news):
    report = corpus.ingest([news])
    assert report.placed["d1"] == report.placed["a1"]


def test_two_halves_merge_and_the_older_id_stays(corpus, tmp_path):
    first = write_jsonl(tmp_path / "first.jsonl", [r for r in RECORDS if r[0] != "f3"])
    report = corpus.ingest([first])
    assert report.placed["f1"] == "s3" and report.placed["f2"] == "s4"
    assert report.stories_merged == 0
    later = write_jsonl(tmp_path / "later.jsonl", [r for r in RECORDS if r[0] == "f3"])
    report = corpus.ingest([later])
    assert report.placed == {"f3": "s3"}
    assert (report.stories_created, report.stories_grown, report.stories_merged) == (0, 1, 1)
    live = {s["story"]: s for s in corpus.stories()}
    assert "s4" not in live and live["s3"]["aliases"] == ["s4"]
    assert {a.id for a in corpus.articles("s4")} == {"f1", "f2", "f3"}
    assert corpus.history("s4") == corpus.history("s3")
    events = [(h["event"], h["story"], h["article"]) for h in corpus.history("s3")]
    assert events == [("created", None, "f1"), ("merged", "s4", "f3")]


def test_stories_are_filtered_by_date_and_query(corpus, news):
    corpus.ingest([news])
    assert [s["story"] for s in corpus.stories(query="footbridge drummelby")] == ["s5"]
    assert {s["story"] for s in corpus.stories(since=__import__("datetime").date(2026, 4, 1))} == {"s5"}
    assert {s["story"] for s in corpus.stories(until=__import__("datetime").date(2026, 3, 12))} == {"s1"}
    # newest activity first
    assert [s["story"] for s in corpus.stories()] == ["s5", "s3", "s2", "s1"]


def test_a_headline_without_a_body_joins_the_story_it_names():
    """A feed item with a title only has every word capitalised, so no names of its own: it is clustered by its words."""
    from newsweave.corpus.cluster import cluster
    from newsweave.model import Article

    def told(id, title, text):
        return Article(id=id, original=text, text=text, title=title, cleaned=True)

    found = cluster([
        told("t1", "Tram derails at Pellmoor junction, nine hurt",
             "A city tram left the rails at Pellmoor junction on Tuesday morning, injuring nine passengers, transport chief Odile Varga said."),
        told("t2", "Pellmoor tram line shut after derailment", "Pellmoor tram line shut after derailment"),
        told("t3", "Council approves Harrowgate library budget",
             "Harrowgate council approved a budget of 4 million for the new central library after a long debate."),
    ])
    assert found["t2"] == found["t1"] != found["t3"]
