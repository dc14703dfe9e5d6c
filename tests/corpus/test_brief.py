"""A stored story's brief is computed once and kept until the story changes; an alias briefs its story."""

from corpus_news import write_jsonl
from typer.testing import CliRunner

import newsweave.weave
from newsweave.cli import app


def _counting(monkeypatch) -> list:
    calls = []
    real = newsweave.weave.brief

    def brief(articles, **options):
        calls.append(sorted(a.id for a in articles))
        return real(articles, **options)

    monkeypatch.setattr(newsweave.weave, "brief", brief)
    return calls


def test_brief_is_cached_until_the_story_grows(corpus, news, tmp_path, monkeypatch):
    corpus.ingest([news])
    calls = _counting(monkeypatch)
    first = corpus.brief("s2")
    assert calls == [["c1", "c2", "c3"]]
    assert corpus.store.db.execute("SELECT brief_version = version FROM stories WHERE id=2").fetchone() == (1,)
    second = corpus.brief("s2")
    assert len(calls) == 1 and second.to_json() == first.to_json()
    corpus.ingest([write_jsonl(tmp_path / "more.jsonl", [
        ("c4", "terrace-talk", "2026-03-16", "Corvale parade the Tindlemoor Cup",
         ("Thousands lined the streets of Corvale as the Rovers paraded the Tindlemoor Cup won against Ashmere United at "
         "Grisholt Park. Joss Quillane and Teodor Vask held the trophy aloft, and Halvard Brisk thanked the fans."))])])
    third = corpus.brief("s2")
    assert calls[1:] == [["c1", "c2", "c3", "c4"]]
    assert third.to_json() != first.to_json()
    corpus.brief("s2")
    assert len(calls) == 2


def test_brief_of_an_alias_uses_its_story(corpus, news, monkeypatch):
    corpus.ingest([news])
    calls = _counting(monkeypatch)
    by_alias = corpus.brief("s4")
    assert calls == [["f1", "f2", "f3"]]
    assert corpus.brief("s3").to_json() == by_alias.to_json() and len(calls) == 1
    result = CliRunner().invoke(app, ["brief", "--story", "s4", "--db", str(corpus.path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert "Quillon" in result.stdout and len(calls) == 1


def test_a_story_that_grows_parses_only_its_new_article(corpus, news, tmp_path):
    from newsweave import nlp
    from newsweave.progress import listening

    corpus.ingest([news])
    nlp._cache.clear()
    corpus.brief("s2")
    kept = corpus.store.db.execute("SELECT article, count(*) FROM parses GROUP BY article ORDER BY article").fetchall()
    assert kept == [("c1", 2), ("c2", 2), ("c3", 2)]  # each body and its title
    corpus.ingest([write_jsonl(tmp_path / "more.jsonl", [
        ("c4", "terrace-talk", "2026-03-16", "Corvale parade the Tindlemoor Cup",
         ("Thousands lined the streets of Corvale as the Rovers paraded the Tindlemoor Cup won against Ashmere United at "
          "Grisholt Park. Joss Quillane and Teodor Vask held the trophy aloft, and Halvard Brisk thanked the fans."))])])
    nlp._cache.clear()  # a new process: only the store remembers
    parsed = []
    with listening(lambda what, done, total: parsed.append(total) if what == "parsing" else None):
        grown = corpus.brief("s2")
    assert set(parsed) == {1}  # the new article's body, then its title
    assert [a.id for a in grown.articles] == ["c1", "c2", "c3", "c4"]
    nlp._cache.clear()
    assert newsweave.weave.brief(corpus.articles("s2")).to_json() == grown.to_json()  # the kept parses change nothing
