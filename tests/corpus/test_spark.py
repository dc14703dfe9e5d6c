"""The stories on Spark (`newsweave spark cluster`) are the local engine's: the made-up news day with bad
inputs among it, through `local[2]` and through separate executor processes (`local-cluster`), then loaded
into the store. Skipped, with the reason, where pyspark or Java is missing."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_news import A4, RECORDS, partition, write_jsonl

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install -e '.[test]' installs it)")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Java is not installed: Spark needs Java 17 (apt-get install openjdk-17-jre-headless)", allow_module_level=True)

import pyarrow.parquet as pq  # noqa: E402

from newsweave.corpus import Corpus  # noqa: E402
from newsweave.corpus.cluster import cluster as local_cluster  # noqa: E402
from newsweave.read import read  # noqa: E402
from newsweave.weave import usable  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
FAST = {"spark.sql.shuffle.partitions": "4", "spark.ui.showConsoleProgress": "false"}
MARKET = ("m1", "pellam-post", "2026-05-01", "Orvenby gets a market hall",
          "The council of Orvenby approved a new market hall on Monday. Tesk Harrowgate, who chairs the council, said the "
          "hall in Orvenby will open in the spring with 40 stalls. Traders in Orvenby welcomed the plan.")


def _crawl(path: Path) -> Path:
    """A crawl of two responses: a page on the bridge (as an outlet's site serves it) and a missing page."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (f"<html><head><title>Kestrel Bridge falls</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Kestrel Bridge falls</h1><p>{A4}</p></article></body></html>").encode("utf-8")
    path.parent.mkdir(parents=True)
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, status, body in (("https://ossan-daily.example/bridge", "200 OK", page),
                                  ("https://ossan-daily.example/gone", "404 Not Found", b"<html>gone</html>")):
            headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": "2026-03-11T09:00:00Z"}))
    return path


def _day(folder: Path) -> Path:
    """The news day as a user's folder: the stream, a crawl, a file with a broken line, a page that is all
    debris, and a file that is no article."""
    folder.mkdir()
    _crawl(folder / "z-crawl" / "day.warc.gz")
    write_jsonl(folder / "news.jsonl", RECORDS)
    (folder / "extra").mkdir()
    market = write_jsonl(folder / "extra" / "market.jsonl", [MARKET])
    market.write_text(market.read_text() + '{"id": "broken", "text": \n', encoding="utf-8")
    (folder / "empty.txt").write_text("Share this article\n", encoding="utf-8")
    (folder / "notes.csv").write_text("id,note\n1,not news\n", encoding="utf-8")
    return folder


def _table(folder: Path, name: str) -> list[dict]:
    return pq.read_table(folder / name).to_pylist()


@pytest.fixture(scope="module")
def day(tmp_path_factory) -> Path:
    return _day(tmp_path_factory.mktemp("spark") / "day")


def _run(master: str, day: Path, out: Path):
    from newsweave.corpus.spark.job import cluster
    from newsweave.corpus.spark.session import started

    spark = started(master, FAST)
    try:
        return cluster(spark, [str(day)], str(out))
    finally:
        spark.stop()


@pytest.fixture(scope="module")
def out(day, tmp_path_factory) -> Path:
    """The news day through `local[2]`: one Spark session for the module."""
    folder = tmp_path_factory.mktemp("out") / "stories"
    report = _run("local[2]", day, folder)
    assert (report.files, report.articles, report.stories) == (4, 17, 5)
    return folder


@pytest.fixture(scope="module")
def local(day):
    articles, skipped = read([day], skip_bad=True)
    cleaned, unusable = usable(articles, skip_bad=True)
    return local_cluster(cleaned), skipped + unusable


def test_spark_finds_exactly_the_local_engines_stories_and_ids(out, local):
    placed = {r["article"]: r["story"] for r in _table(out, "articles")}
    assert placed == local[0]
    assert len(partition(placed)) == 5 and placed["m1"] == "s1" and placed["b1"] == "s6"  # s5: f2's, merged into s4


def test_duplicates_are_the_local_engines(out):
    rows = {r["article"]: r for r in _table(out, "articles")}
    # the crawled page tells a4's words: an exact duplicate across formats
    assert {a: (r["duplicate_of"], r["duplicate"]) for a, r in rows.items() if r["duplicate"]} == {
        "e1": ("a1", "exact"), "e2": ("a2", "near"), "ossan-daily.example-bridge": ("a4", "exact")}
    assert rows["a2"]["length"] == len(rows["a2"]["cleaned"]) > 0 and rows["a2"]["text"].startswith("Varnholt woke")


def test_bad_inputs_are_skipped_with_the_local_readers_reasons(out, local):
    skipped = {(r["input"], r["reason"]) for r in _table(out, "skipped")}
    assert skipped == {(s.input, s.reason) for s in local[1]}
    assert {Path(i.split(":")[0].split("[")[0]).name for i, _ in skipped} == {"market.jsonl", "empty.txt", "notes.csv", "day.warc.gz"}


def test_stories_table_is_what_the_store_says_after_ingest(out, tmp_path):
    corpus = Corpus(tmp_path / "store.db")
    report = corpus.ingest([out])
    assert (report.new, report.stories_created, report.exact_duplicates, report.near_duplicates) == (17, 5, 2, 1)
    assert report.placed == {r["article"]: r["story"] for r in _table(out, "articles")}  # Spark's ids, kept
    fields = ("story", "title", "articles", "outlets", "independent_sources")
    stored = {s["story"]: {k: s[k] for k in fields} | {"first": s["first_published"], "last": s["last_published"]} for s in corpus.stories()}
    spark_stories = {r["story"]: {k: r[k] for k in fields} | {"first": r["first_published"].isoformat(), "last": r["last_published"].isoformat()}
                     for r in _table(out, "stories")}
    assert stored == spark_stories
    assert corpus.brief("s6").story.articles == 2
    assert corpus.ingest([out]).already_stored == 17


def test_a_batch_that_fails_leaves_the_store_as_before_it_and_a_second_run_completes(out, tmp_path, monkeypatch):
    import newsweave.corpus
    from newsweave.corpus.store import Store

    monkeypatch.setattr(newsweave.corpus, "BATCH", 5)
    stored, add = [], Store.add

    def dies_at_the_eighth(store, *args, **kwargs):
        if len(stored) == 7:
            raise KeyboardInterrupt
        stored.append(args[0].id)
        return add(store, *args, **kwargs)

    monkeypatch.setattr(Store, "add", dies_at_the_eighth)
    corpus = Corpus(tmp_path / "store.db")
    with pytest.raises(KeyboardInterrupt):
        corpus.ingest([out])
    assert [r["article"] for r in corpus.export()] == stored[:5]  # the first batch whole, nothing of the second
    monkeypatch.setattr(Store, "add", add)
    report = corpus.ingest([out])
    assert (report.already_stored, report.new) == (5, 12)
    assert {r["article"]: r["story"] for r in corpus.export()} == {r["article"]: r["story"] for r in _table(out, "articles")}


def test_separate_executor_processes_give_the_same_stories(out, day, tmp_path):
    """local-cluster: two executors in processes of their own (a master and two workers in the driver's JVM),
    so nothing the job does can lean on the driver's Python state."""
    _run("local-cluster[2,1,1024]", day, tmp_path / "again")
    assert {r["article"]: r["story"] for r in _table(tmp_path / "again", "articles")} == {r["article"]: r["story"] for r in _table(out, "articles")}


def test_cli_says_in_one_line_what_is_wrong(tmp_path, day):
    def run(*args, **env):
        return subprocess.run([sys.executable, "-m", "newsweave", "spark", "cluster", *args], capture_output=True, text=True,
                              env={**os.environ, **env}, timeout=60)

    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "x").write_text("x")
    for done, said in ((run(str(day), "--out", str(taken)), "exists and is not empty"),
                       (run(str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")), "no such file or folder"),
                       (run(str(day), "--out", str(tmp_path / "o"), PATH="/nonexistent", JAVA_HOME=""), "java: is not installed")):
        assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
