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


def test_worker_processes_store_what_one_process_stores(tmp_path, monkeypatch, news):
    """Past one batch, worker processes clean and read the articles (`newsweave.parallel`): every story, id,
    duplicate link and count is what a single process gives. Batches of 4 make the 15 articles four."""
    import newsweave.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "BATCH", 4)
    one, two = Corpus(tmp_path / "one.db"), Corpus(tmp_path / "two.db")
    alone = one.ingest([news], workers=1)
    together = two.ingest([news], workers=2)
    assert together.placed == alone.placed and partition(together.placed) == EXPECTED
    assert (together.new, together.stories_created, together.stories_merged, together.exact_duplicates, together.near_duplicates) == \
        (alone.new, alone.stories_created, alone.stories_merged, alone.exact_duplicates, alone.near_duplicates)
    assert two.export() == one.export()


def test_an_unusable_article_in_a_worker_stops_the_ingest_by_name_after_the_batches_before_it(tmp_path, monkeypatch):
    import pytest

    import newsweave.corpus as corpus_module
    from newsweave.model import NewsweaveError

    monkeypatch.setattr(corpus_module, "BATCH", 4)
    records = RECORDS[:8] + [("z9", "harbour-bell", "2026-04-21", "Menu", "Home | News | Sport | Contact | Login")] + RECORDS[8:]
    corpus = Corpus(tmp_path / "bad.db")
    with pytest.raises(NewsweaveError) as raised:
        corpus.ingest([write_jsonl(tmp_path / "bad.jsonl", records)], workers=2)
    assert raised.value.input.endswith("bad.jsonl:9") and "--skip-bad" in raised.value.advice  # the whole error, from the worker
    assert len(corpus.export()) == 8  # the two batches before the bad one are stored, nothing after
