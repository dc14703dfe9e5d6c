"""Fuzzing (issue 19, part 5): random bytes, records and encodings through the readers, the cleaner, the
CLI and the brief. Never a traceback; every input is an article, a skipped input with its reason, or one
`NewsweaveError` naming it. `benchmarks/fuzz.py` runs the same properties for minutes
(NEWSWEAVE_FUZZ_EXAMPLES sets how many examples each property gets)."""

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsweave.clean import clean
from newsweave.cli import app
from newsweave.model import Article, NewsweaveError
from newsweave.read import read

EXAMPLES = int(os.environ.get("NEWSWEAVE_FUZZ_EXAMPLES", "25"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])

SUFFIXES = st.sampled_from([".txt", ".html", ".json", ".jsonl", ".htm", ".md", ".html.gz", ""])
WORDS = st.sampled_from("The harbour closed on Monday after a storm , said Ada Lunde “ ” \" . \n \n\n Share Facebook < > & "
                        "<p> </p> <script> date 2031-03-10 \r \t \x1b \x00 \u202e é Ж 港".split(" ") + [" ", "\n"])
ARTICLE_TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=120).map(" ".join))
VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), ARTICLE_TEXT,
                   st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))
RECORDS = st.dictionaries(st.sampled_from(["id", "text", "html", "title", "source", "url", "published"]), VALUES, max_size=7)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1"])


def _accounted(path, articles, skipped) -> bool:
    named = [a.input for a in articles] + [s.input for s in skipped]
    return any(str(path) == n or n.startswith(f"{path}:") or n.startswith(f"{path}[") for n in named)


@fuzz
@given(data=st.binary(max_size=600), suffix=SUFFIXES)
def test_random_bytes_are_read_or_reported(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(data)
    try:
        articles, skipped = read([path], skip_bad=True)
    except NewsweaveError as error:  # only "no article at all" may stop a run with skip_bad
        raise AssertionError(f"skip_bad raised {error}") from None
    assert _accounted(path, articles, skipped)


@fuzz
@given(records=st.lists(st.one_of(RECORDS, VALUES), max_size=4), as_lines=st.booleans())
def test_random_records_are_read_or_reported(tmp_path_factory, records, as_lines):
    path = tmp_path_factory.mktemp("records") / ("r.jsonl" if as_lines else "r.json")
    path.write_text("\n".join(json.dumps(r) for r in records) if as_lines else json.dumps(records), encoding="utf-8")
    articles, skipped = read([path], skip_bad=True)
    assert _accounted(path, articles, skipped)
    assert all(isinstance(a.id, str) and a.id and all(isinstance(v, (str, type(None))) for v in (a.title, a.source, a.url)) for a in articles)


@fuzz
@given(text=ARTICLE_TEXT, encoding=ENCODINGS)
def test_random_encodings_read_back_or_one_error(tmp_path_factory, text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    path = tmp_path_factory.mktemp("enc") / "a.txt"
    path.write_bytes(data)
    try:
        [article], _ = read([path])
    except NewsweaveError as error:
        assert str(path) in str(error)
        return
    if encoding in ("utf-8-sig", "utf-16", "utf-32"):  # a byte-order mark says how to read it
        assert article.original == text


@fuzz
@given(texts=st.lists(ARTICLE_TEXT.filter(str.strip), min_size=1, max_size=3))
def test_the_cleaner_never_breaks_and_maps_every_kept_character_back(texts):
    for article in clean([Article(id=f"a{i}", original=t) for i, t in enumerate(texts)]):
        for seg in article.segments:
            assert article.text[seg.clean_start: seg.clean_start + seg.length] == article.original[seg.original_start: seg.original_start + seg.length]
        for line in article.removed:
            assert article.original[line.start: line.end] == line.text


@fuzz
@given(files=st.lists(st.tuples(st.binary(max_size=300) | ARTICLE_TEXT.map(str.encode), SUFFIXES), min_size=1, max_size=4),
       command=st.sampled_from(["clean", "quotes", "copies"]))
def test_the_cli_never_shows_a_traceback_and_names_every_input(tmp_path_factory, files, command):
    folder = tmp_path_factory.mktemp("cli")
    for i, (data, suffix) in enumerate(files):
        (folder / f"f{i}{suffix}").write_bytes(data)
    for extra in ([], ["--skip-bad"]):
        result = CliRunner().invoke(app, [command, str(folder), *extra])
        assert result.exit_code in (0, 2) and (result.exception is None or isinstance(result.exception, SystemExit)), result.exception
        if result.exit_code == 2:
            assert len(result.stderr.strip().splitlines()[-1:]) == 1 and result.stderr.rstrip().splitlines()[-1].startswith("newsweave: ")
        elif command == "clean":  # one record per article or skipped input (quotes and copies list what they find)
            assert all(f"f{i}" in result.stdout + result.stderr for i in range(len(files)))


@settings(max_examples=max(EXAMPLES // 5, 3), deadline=None, derandomize=EXAMPLES <= 100)
@given(records=st.lists(RECORDS, min_size=1, max_size=3))
def test_a_brief_of_random_records_is_made_or_refused_in_one_error(records):
    from newsweave.read.records import from_record, parse_records
    from newsweave.weave import brief

    articles = []
    for where, record in parse_records("\n".join(map(json.dumps, records)), "fuzz", "r", lines=True):
        try:
            articles.append(from_record(record, where) if isinstance(record, dict) else None)
        except NewsweaveError:
            continue
    articles = [a for a in articles if a]
    if not articles:
        return
    try:
        made = brief(articles, skip_bad=True)
    except NewsweaveError:
        return
    assert len(made.articles) + len(made.skipped) == len(articles)
