"""Ingest is idempotent, independent of batching and order, and numbers stories without reuse."""

from corpus_news import RECORDS, STORIES, partition, placement, write_jsonl

from newsweave.corpus import Corpus

EXPECTED = {frozenset(s) for s in STORIES}


def test_ingesting_twice_changes_nothing(corpus, news):
    corpus.ingest([news])
    stories, export = corpus.stories(), corpus.export()
    again = corpus.ingest([news])
    assert (again.read, again.new, again.already_stored) == (15, 0, 15)
    assert (again.stories_created, again.stories_grown, again.stories_merged, again.placed) == (0, 0, 0, {})
    assert corpus.stories() == stories
    assert corpus.export() == export


def test_two_batches_give_the_partition_of_one(corpus, tmp_path):
    corpus.ingest([write_jsonl(tmp_path / "first.jsonl", RECORDS[:7])])
    corpus.ingest([write_jsonl(tmp_path / "rest.jsonl", RECORDS[7:])])
    assert partition(placement(corpus)) == EXPECTED


def test_reversed_order_gives_the_same_partition(tmp_path):
    reversed_corpus = Corpus(tmp_path / "reversed.db")
    report = reversed_corpus.ingest([write_jsonl(tmp_path / "reversed.jsonl", RECORDS[::-1])])
    assert partition(report.placed) == EXPECTED
    assert report.stories_merged == 0  # f3 comes first now and each half joins it
    # the ids follow the new arrival order: f3 first, then the look-alike bridge
    assert report.placed["f3"] == "s1" and report.placed["b2"] == "s2" and report.placed["a1"] == "s4"


def test_story_ids_follow_first_articles_and_are_never_reused(corpus, news, tmp_path):
    report = corpus.ingest([news])
    firsts = ["a1", "c1", "f1", "b1"]
    assert [report.placed[a] for a in firsts] == ["s3" if a == "f1" else s for a, s in zip(firsts, ["s1", "s2", "s3", "s5"])]
    # s4 (f2's before the merge) is an alias now; the next new story must be s6, not s4
    more = write_jsonl(tmp_path / "more.jsonl", [
        ("g1", "harbour-bell", "2026-04-20", "Lighthouse at Fennick Point relit",
         ("The lighthouse at Fennick Point was relit on Monday after a two-year restoration led by the keeper Ysolde "
         "Marrack. The lamp of the Fennick light can be seen from Brannock Sound again."))])
    report = corpus.ingest([more])
    assert report.placed == {"g1": "s6"} and report.stories_created == 1
    assert sorted(s["story"] for s in corpus.stories()) == ["s1", "s2", "s3", "s5", "s6"]


def test_an_id_stored_with_another_text_is_skipped_and_the_stored_text_kept(corpus, news, tmp_path):
    corpus.ingest([news])
    changed = write_jsonl(tmp_path / "changed.jsonl", [("c1", "pitchside", "2026-03-15", "Other", "A different text entirely about Brannock.")])
    report = corpus.ingest([changed])
    assert report.new == 0 and len(report.skipped) == 1 and "already stored with another text" in report.skipped[0].reason
    assert next(r for r in corpus.export() if r["article"] == "c1")["text"].startswith("Corvale Rovers won")
