"""The store file: clear errors for what is not a store, readers while a batch writes, and a killed ingest."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus_news import made_up_articles
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.corpus import BATCH, Corpus
from newsweave.corpus.store import SCHEMA
from newsweave.model import NewsweaveError

ROOT = Path(__file__).resolve().parents[2]  # the repository, for the ingest run as a subprocess


def test_a_file_that_is_not_sqlite_is_refused_naming_it(tmp_path):
    path = tmp_path / "x.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(NewsweaveError) as error:
        Corpus(path)
    assert str(path) in str(error.value) and "not a newsweave store" in str(error.value)
    assert path.read_text().startswith("these are my notes")  # left as it was


def test_a_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE invoices (n INTEGER)")
    with pytest.raises(NewsweaveError, match="not a newsweave store"):
        Corpus(path)


def test_a_store_from_a_newer_newsweave_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Corpus(path).store.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value=? WHERE key='schema'", (str(SCHEMA + 1),))
    with pytest.raises(NewsweaveError) as error:
        Corpus(path)
    assert str(path) in str(error.value) and "newer newsweave" in str(error.value)


def test_a_store_of_schema_1_is_migrated_and_keeps_its_stories(tmp_path, news):
    from newsweave.corpus.store import MIGRATIONS

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.executescript(MIGRATIONS[1] + "INSERT INTO meta VALUES ('schema', '1');")
    old = Corpus(path)
    old.store.db.execute("DROP TABLE parses")  # as schema 1 left it: ingest into it first
    old.store.db.execute("UPDATE meta SET value='1' WHERE key='schema'")
    old.ingest([news])
    before = old.stories()
    old.store.close()
    migrated = Corpus(path)
    assert migrated.store.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == (str(SCHEMA),)
    assert migrated.stories() == before
    assert migrated.brief(before[0]["story"]).story.articles == before[0]["articles"]
    assert migrated.store.db.execute("SELECT count(*) FROM parses").fetchone()[0] > 0


def test_a_missing_store_is_not_created_when_asked_not_to(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(NewsweaveError, match="is not there"):
        Corpus(path, create=False)
    assert not path.exists()


def test_brief_of_an_unknown_story_names_it(corpus, news):
    corpus.ingest([news])
    with pytest.raises(NewsweaveError, match="s999"):
        corpus.brief("s999")
    result = CliRunner().invoke(app, ["brief", "--story", "s999", "--db", str(corpus.path)])
    assert result.exit_code != 0 and "s999" in result.stderr and result.stdout == ""


def test_stories_of_a_missing_store_fail_without_creating_it(tmp_path):
    path = tmp_path / "nothing.db"
    result = CliRunner().invoke(app, ["stories", "--db", str(path)])
    assert result.exit_code != 0 and str(path) in result.stderr
    assert not path.exists()


def test_a_reader_is_not_blocked_by_a_write_transaction(corpus, news):
    corpus.ingest([news])
    reader = Corpus(corpus.path, create=False)
    try:
        before = reader.stories()
        with corpus.store.batch():
            corpus.store.db.execute("UPDATE stories SET changed='2099-01-01' WHERE id=1")
            during = reader.stories()  # must neither raise nor wait for the writer
            assert during == before  # and sees the last committed state
        assert reader.stories() != before
    finally:
        reader.store.close()


def _count(path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or the schema is being written
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL to kill the ingest mid-run")
def test_a_killed_ingest_leaves_whole_batches_and_a_rerun_completes(tmp_path):
    total = 4 * BATCH
    many = made_up_articles(tmp_path / "many.jsonl", total)
    db = tmp_path / "store.db"
    command = [sys.executable, "-m", "newsweave", "ingest", str(many), "--db", str(db), "--quiet"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    try:
        while _count(db) == 0:
            assert process.poll() is None, f"ingest ended before the first batch: {process.stderr.read().decode()}"
            assert time.monotonic() < deadline, "no batch committed within 60 s"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    corpus = Corpus(db, create=False)
    stored = len(corpus.export())
    assert 0 < stored < total, "the ingest finished before it could be killed: make more articles"
    assert stored % BATCH == 0, f"{stored} articles stored: half a batch survived the kill"
    placed = {r["article"]: r["story"] for r in corpus.export()}
    assert set(placed.values()) == {s["story"] for s in corpus.stories()}
    corpus.store.close()

    rerun = subprocess.run(command, check=False, capture_output=True, text=True, env=env, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"read {total}: {total - stored} new, {stored} already stored" in rerun.stderr
    corpus = Corpus(db, create=False)
    ids = [r["article"] for r in corpus.export()]
    assert len(ids) == len(set(ids)) == total
    assert set(ids) == {f"m{i}" for i in range(total)}
    assert _count(db) == total


def test_one_article_is_found_by_id_with_what_repeats_it(corpus, news):
    corpus.ingest([news])
    a2 = corpus.article("a2")
    assert a2["story"] == "s1" and a2["source"] == "northgate-post" and a2["text"].startswith("Varnholt woke")
    assert {"article": "e2", "duplicate": "near"} in a2["duplicates"]
    assert corpus.article("e2")["duplicate_of"] == "a2"
    with pytest.raises(NewsweaveError, match="no-such"):
        corpus.article("no-such")


def test_the_store_state_changes_when_an_article_is_stored(corpus, news):
    before = corpus.store.state()
    corpus.ingest([news])
    after = corpus.store.state()
    assert after != before and corpus.store.state() == after
