"""The corpus commands: ingest's summary on stderr, stories and cluster as JSON Lines, export read back by ingest."""

import json

from corpus_news import STORIES, partition, placement
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.corpus import Corpus

runner = CliRunner()


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_ingest_says_what_it_did_on_stderr(tmp_path, news):
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["ingest", str(news), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert "newsweave: read 15: 15 new, 0 already stored, 2 duplicates (1 exact, 1 near), 0 skipped" in lines
    assert "newsweave: stories: 5 created, 0 grown, 1 merged" in lines
    again = runner.invoke(app, ["ingest", str(news), "--db", str(db), "--quiet"])
    assert "newsweave: read 15: 0 new, 15 already stored, 0 duplicates (0 exact, 0 near), 0 skipped" in again.stderr.splitlines()


def test_ingest_takes_the_store_from_the_environment(tmp_path, news, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("NEWSWEAVE_DB", str(db))
    assert runner.invoke(app, ["ingest", str(news), "--quiet"]).exit_code == 0
    assert len(_jsonl(runner.invoke(app, ["stories", "--format", "jsonl"]).stdout)) == 4


def test_stories_jsonl_has_every_field(tmp_path, news):
    db = tmp_path / "cli.db"
    runner.invoke(app, ["ingest", str(news), "--db", str(db), "--quiet"])
    result = runner.invoke(app, ["stories", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = {r["story"]: r for r in _jsonl(result.stdout)}
    assert set(rows) == {"s1", "s2", "s3", "s5"}
    fields = {"story", "title", "articles", "outlets", "independent_sources", "first_published", "last_published", "aliases"}
    assert all(fields <= set(r) for r in rows.values())
    assert (rows["s3"]["articles"], rows["s3"]["aliases"], rows["s3"]["first_published"], rows["s3"]["last_published"]) == (
        3, ["s4"], "2026-03-18", "2026-03-19")
    assert rows["s2"]["outlets"] == ["northgate-post", "ossan-herald", "pitchside"]
    text = runner.invoke(app, ["stories", "--db", str(db)]).stdout
    assert "aliases s4" in text and "Kestrel Bridge collapses in Varnholt" in text


def test_cluster_jsonl_lists_every_article_and_every_skipped_input(tmp_path, news):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["cluster", str(news), str(empty), "--skip-bad"])
    assert result.exit_code == 0, result.stderr
    rows = _jsonl(result.stdout)
    placed = {r["article"]: r["story"] for r in rows if "article" in r}
    assert partition(placed) == {frozenset(s) for s in STORIES}
    assert len(placed) == 15 and all(set(r) == {"article", "story"} for r in rows if "article" in r)
    assert [r for r in rows if "article" not in r] == [{"input": str(empty), "skipped": "the file is empty"}]


def test_cluster_without_skip_bad_stops_on_the_empty_file(tmp_path, news):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["cluster", str(news), str(empty)])
    assert result.exit_code != 0 and str(empty) in result.stderr


def test_export_reads_back_into_the_same_stories(tmp_path, news):
    first = tmp_path / "first.db"
    runner.invoke(app, ["ingest", str(news), "--db", str(first), "--quiet"])
    exported = tmp_path / "export.jsonl"
    result = runner.invoke(app, ["export", "--db", str(first), "-o", str(exported)])
    assert result.exit_code == 0, result.stderr
    assert len(_jsonl(exported.read_text())) == 15
    second = tmp_path / "second.db"
    result = runner.invoke(app, ["ingest", str(exported), "--db", str(second), "--quiet"])
    assert result.exit_code == 0, result.stderr
    a, b = Corpus(first, create=False), Corpus(second, create=False)
    assert set(placement(a)) == set(placement(b))
    assert partition(placement(a)) == partition(placement(b)) == {frozenset(s) for s in STORIES}
    dups = lambda c: {r["article"]: (r["duplicate_of"], r["duplicate"], r["source"], r["published"], r["title"]) for r in c.export()}
    assert dups(a) == dups(b)
    assert [r["text"] for r in a.export()] == [r["text"] for r in b.export()]


def test_export_of_one_story(tmp_path, news):
    db = tmp_path / "cli.db"
    runner.invoke(app, ["ingest", str(news), "--db", str(db), "--quiet"])
    rows = _jsonl(runner.invoke(app, ["export", "--db", str(db), "--story", "s4"]).stdout)
    assert {r["article"] for r in rows} == {"f1", "f2", "f3"} and {r["story"] for r in rows} == {"s3"}


def test_ingest_with_skip_bad_reports_and_stores_what_it_skipped(tmp_path, news):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["ingest", str(news), str(empty), "--db", str(db), "--quiet", "--skip-bad"])
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert "newsweave: read 16: 15 new, 0 already stored, 2 duplicates (1 exact, 1 near), 1 skipped" in lines
    assert f"newsweave: skipped {empty}: the file is empty" in lines
    assert [(s.input, s.reason) for s in Corpus(db, create=False).skipped()] == [(str(empty), "the file is empty")]
    stopped = runner.invoke(app, ["ingest", str(empty), "--db", str(tmp_path / "other.db"), "--quiet"])
    assert stopped.exit_code != 0 and str(empty) in stopped.stderr
