"""Every page and API route of the web app, through FastAPI's TestClient: the made-up store, an empty one,
unknown ids, hostile and huge inputs, and the rules that keep the app to its user."""

import html
import json
import re
from html.parser import HTMLParser
import time
from concurrent.futures import Future

from serving import client_of
from web_news import H1, OUTLET, QUOTE, TITLE

class Tags(HTMLParser):
    """Every tag of a page with its attributes, as a browser's parser reads them."""

    def __init__(self, page: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def no_markup_from_inputs(page: str) -> None:
    """Nothing an input holds became markup: no script but the app's own file, no image, no event handler,
    no inline style, no link but to http(s) or the app's own pages."""
    for tag, attrs in Tags(page).tags:
        assert tag not in ("img", "iframe", "object", "embed"), tag
        assert tag != "script" or attrs.get("src") == "/static/wait.js"
        assert not any(name.startswith("on") or name == "style" for name in attrs), (tag, attrs)
        if "href" in attrs:
            assert attrs["href"].startswith(("/", "#", "http://", "https://")), attrs["href"]


# --- the stories --------------------------------------------------------------------------------------

def test_the_story_list_shows_every_story_newest_first_with_counts_and_a_chart(client):
    page = client.get("/")
    assert page.status_code == 200
    titles = re.findall(r'<h2><a href="/stories/(s\d+)">([^<]+)</a>', page.text)
    assert [s for s, _ in titles] == ["s6", "s5", "s3", "s2", "s1"]  # by latest article: May, April, March 19, 16, 11
    assert "Kestrel Bridge collapses in Varnholt" in page.text and "<strong>7 articles</strong>" in page.text
    assert "also s4" in page.text  # the merged story's alias
    assert page.text.count('<svg class="spark"') == 5 and "2026-03-10: 5 articles" in page.text
    assert "2026-03-10 to 2026-03-11" in page.text


def test_the_story_list_filters_by_words_dates_and_outlet(client):
    assert re.findall(r'href="/stories/(s\d+)"', client.get("/", params={"q": "tindlemoor"}).text) == ["s2"]
    assert re.findall(r'href="/stories/(s\d+)"', client.get("/", params={"since": "2026-04-01"}).text) == ["s6", "s5"]
    assert re.findall(r'href="/stories/(s\d+)"', client.get("/", params={"until": "2026-03-12"}).text) == ["s1"]
    assert re.findall(r'href="/stories/(s\d+)"', client.get("/", params={"outlet": "northgate-post"}).text) == ["s5", "s2", "s1"]
    none = client.get("/", params={"q": "zeppelin"})
    assert none.status_code == 200 and "No story matches" in none.text
    assert '<option selected>northgate-post</option>' in client.get("/", params={"outlet": "northgate-post"}).text


def test_a_bad_date_filter_is_a_400_page_naming_it(client):
    page = client.get("/", params={"since": "last week"})
    assert page.status_code == 400 and "since" in page.text and "YYYY-MM-DD" in page.text
    assert client.get("/", params={"page": "zero"}).status_code == 400


def test_an_empty_store_says_how_to_add_articles(tmp_path):
    client = client_of(tmp_path / "empty.db")
    page = client.get("/")
    assert page.status_code == 200 and "No stories stored yet" in page.text and 'href="/add"' in page.text
    assert client.get("/api/stories").json() == []
    assert client.get("/stories/s1").status_code == 404


# --- a story ---------------------------------------------------------------------------------------------

def test_the_story_page_draws_the_brief_with_the_html_briefs_sections_and_links_every_line_to_its_evidence(client, built_store):
    from newsweave.corpus import Corpus

    brief = Corpus(built_store).brief("s1")
    page = client.get("/stories/s1")
    assert page.status_code == 200
    for heading in ("What happened", "Facts and who reports them", "Coverage", "Who copied whom", "How the story grew", "Merge history", "Articles"):
        assert f"<h2>{heading}</h2>" in page.text or f"<h3>{heading}</h3>" in page.text, heading
    summary = page.text.split('<section id="summary">')[1].split("</section>")[0]
    first = brief.summary[0]
    e = first.evidence[0]
    assert f'/article?id={e.article}&amp;start={e.start}&amp;end={e.end}#hl' in summary
    assert summary.count("<li>") == len(brief.summary)
    assert all('class="ev"' in item for item in summary.split("<li>")[1:])
    facts = page.text.split('<section id="facts">')[1].split("</section>")[0]
    assert all('class="ev"' in item for item in facts.split("<li>")[1:])  # every fact, shown or folded in
    when = page.text.split('<section id="when">')[1].split("</section>")[0]
    assert when.count("<tr>") == len(brief.timeline) and all('class="ev"' in row for row in when.split("<tr>")[1:])


def test_the_coverage_matrix_groups_copies_under_one_origin(client, built_store):
    from newsweave.corpus import Corpus

    brief = Corpus(built_store).brief("s1")
    matrix = client.get("/stories/s1").text.split('<table class="matrix">')[1].split("</table>")[0]
    origins = len({a.origin_group for a in brief.articles})
    assert matrix.count('class="origin"') == origins < len(brief.articles)
    assert matrix.count('scope="col" class="outlet') == len(brief.articles)
    assert matrix.count("<tr><th scope=\"row\"") == min(len(brief.facts), 60)
    assert "✓" in matrix and 'title="not reported"' in matrix


def test_who_copied_whom_is_an_svg_graph_with_the_relation_written_on_each_edge(client, built_store):
    from newsweave.corpus import Corpus

    brief = Corpus(built_store).brief("s1")
    svg = client.get("/stories/s1").text.split('<figure class="graph">')[1].split("</figure>")[0]
    assert svg.count('<g class="node">') == len(brief.articles)
    assert svg.count('<g class="edge') == len(brief.copies) > 0
    for c in brief.copies:
        assert f'<g class="edge {c.relation}">' in svg
    assert 'marker-end="url(#arrow)"' in svg


def test_quotes_show_each_outlets_wording_with_the_changes_marked(client, built_store):
    page = client.get("/stories/s6").text
    quotes = page.split('<section id="quotes">')[1].split("</section>")[0]
    # the Beacon's wording and the Lamp's differ by the payload the Beacon put in the quote: marked as a change, as text
    assert "&lt;img src=y onerror=alert(3)&gt;" in quotes and re.search(r"<(del|ins)>[^<]*onerror=alert\(3\)", quotes)
    assert all('class="ev"' in item for item in quotes.split("<li>")[1:])


def test_the_timeline_shows_the_words_each_date_came_from(client, built_store):
    from newsweave.corpus import Corpus

    brief = Corpus(built_store).brief("s6")
    when = client.get("/stories/s6").text.split('<section id="when">')[1].split("</section>")[0]
    phrased = [t for t in brief.timeline if t.date and t.phrase]
    assert phrased and all(f"from “{html.escape(t.phrase, quote=True).replace('&#x27;', '&#39;')}”" in when for t in phrased)


def test_a_merged_story_id_leads_to_the_story_it_merged_into(client):
    page = client.get("/stories/s4", follow_redirects=False)
    assert page.status_code == 307 and page.headers["location"] == "/stories/s3"
    assert "s4 merged in" in client.get("/stories/s3").text


def test_unknown_story_and_article_ids_are_404_pages(client):
    for path in ("/stories/s999", "/stories/nope", "/stories/s0", "/article?id=nope", "/stories/s999/brief.html", "/no/such/page"):
        page = client.get(path)
        assert page.status_code == 404, path
        assert "text/html" in page.headers["content-type"] or path == "/no/such/page"
    assert "s999" in client.get("/stories/s999").text
    assert client.get("/api/stories/s999/brief").status_code == 404 and "s999" in client.get("/api/stories/s999/brief").json()["detail"]
    assert client.get("/api/article", params={"id": "nope"}).status_code == 404


def test_a_story_whose_brief_is_not_made_shows_a_waiting_page_until_the_worker_has_made_it(store):
    from newsweave.corpus import Corpus

    corpus = Corpus(store)
    corpus.store.db.execute("UPDATE stories SET brief=NULL")  # as if never asked for
    client = client_of(store)
    waiting = client.get("/stories/s5")
    assert waiting.status_code == 202 and "being computed" in waiting.text
    assert '<script src="/static/wait.js" defer></script>' in waiting.text and '<meta http-equiv="refresh" content="2">' in waiting.text
    assert client.get("/api/stories/s5/brief").status_code in (200, 202)
    deadline = time.time() + 60
    while not client.get("/api/stories/s5/status").json()["ready"]:
        assert time.time() < deadline
        time.sleep(0.1)
    page = client.get("/stories/s5")
    assert page.status_code == 200 and "What happened" in page.text
    assert corpus.store.cached_brief(corpus.store.resolve("s5")) is not None  # kept in the store


class Idle:
    """An executor that never gets to its work."""

    def submit(self, *args):
        return Future()

    def shutdown(self, **options):
        pass


def test_a_brief_that_cannot_be_made_is_reported_not_waited_for(store):
    from newsweave.corpus import Corpus

    class Failing:
        def submit(self, *args):
            future = Future()
            future.set_exception(RuntimeError("every article is in German"))
            return future

        def shutdown(self, **options):
            pass

    Corpus(store).store.db.execute("UPDATE stories SET brief=NULL")
    client = client_of(store, executor=Failing())
    client.get("/stories/s2")
    page = client.get("/stories/s2")
    assert page.status_code == 500 and "every article is in German" in page.text
    assert client.get("/api/stories/s2/status").json()["error"] == "every article is in German"


def test_the_brief_downloads_as_the_self_contained_html_file(client):
    page = client.get("/stories/s1/brief.html")
    assert page.status_code == 200 and 'filename="s1.brief.html"' in page.headers["content-disposition"]
    assert '<meta name="generator" content="newsweave">' in page.text and "<style>" in page.text


# --- an article ------------------------------------------------------------------------------------------

def test_the_article_page_highlights_the_span_asked_for_and_marks_the_spans_the_brief_uses(client, built_store, story_of):
    from newsweave.corpus import Corpus

    start = H1.index("The festival barge")
    end = H1.index(" on Friday evening")
    page = client.get("/article", params={"id": "h1", "start": start, "end": end})
    assert page.status_code == 200
    lit = re.search(r'<mark class="hl[^"]*" id="hl" tabindex="-1"[^>]*>([^<]*)</mark>', page.text)
    assert lit and html.unescape(lit.group(1)) == H1[start:end]
    uses = " ".join(re.findall(r'<mark class="[^"]*" title="([^"]*)"', page.text))
    brief = Corpus(built_store).brief(story_of("h1"))
    lines = [i for i, s in enumerate(brief.summary, start=1) if any(e.article == "h1" for e in s.evidence)]
    assert lines and all(f"summary line {i};" in uses for i in lines) and "quote of Idris Velloway" in uses


def test_the_article_page_strikes_through_the_removed_debris_with_its_reason(client):
    page = client.get("/article", params={"id": "h1"}).text
    assert '<span class="why">[share-buttons]</span> <del>Share on Facebook</del>' in page
    assert '<span class="why">[newsletter]</span> <del>Subscribe to our newsletter' in page
    assert "3 lines the cleaner removed" in page


def test_the_article_page_shows_its_copies_and_duplicates(client, story_of):
    page = client.get("/article", params={"id": "a2"}).text
    assert "repeated by" in page and 'href="/article?id=e2"' in page and "(near)" in page
    assert "Its copies" in page


def test_a_span_outside_the_article_is_said_and_ignored(client):
    for start, end in ((-5, 3), (10, 5), (0, 10**9)):
        page = client.get("/article", params={"id": "h2", "start": start, "end": end})
        assert page.status_code == 200 and "is not within this article" in page.text and 'id="hl"' not in page.text
    assert client.get("/article", params={"id": "h2", "start": "x"}).status_code == 400


# --- hostile inputs -----------------------------------------------------------------------------------------

def test_a_hostile_title_outlet_quote_and_url_stay_text_on_every_page(client, story_of):
    sid = story_of("h1")
    pages = [client.get("/"), client.get(f"/stories/{sid}"), client.get("/article", params={"id": "h1"}), client.get("/", params={"q": "lantern"})]
    for page in pages:
        assert page.status_code == 200
        no_markup_from_inputs(page.text)
    story = pages[1].text
    assert html.escape(TITLE, quote=False) in pages[0].text
    assert html.escape(OUTLET, quote=False) in pages[0].text and html.escape(OUTLET, quote=False) in pages[2].text
    assert "&lt;img src=y onerror=alert(3)&gt;" in story  # the quote, as text
    article = pages[2].text
    assert 'href="javascript:' not in article and "(not a web address: not linked)" in article
    assert html.escape(QUOTE, quote=False) in article


def test_every_response_carries_a_strict_content_security_policy(client):
    for path in ("/", "/stories/s1", "/article?id=a1", "/add", "/docs", "/api/stories", "/stories/s999", "/static/style.css"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy and "default-src 'none'" in policy
        assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy, path
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_no_request_path_reaches_files_outside_the_static_folder(client):
    assert client.get("/static/style.css").status_code == 200 and client.get("/static/wait.js").status_code == 200
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fcorpus/store.py",
                 "/static//etc/passwd", "/static/templates/base.html.j2"):
        page = client.get(path)
        assert page.status_code == 404 and "import" not in page.text, path


def test_a_huge_title_and_a_long_article_render(store):
    from newsweave.corpus import Corpus
    from newsweave.model import Article

    body = ("The Vellmoor lighthouse keeper Anska Doreth reported a crack in the lamp housing on Tuesday. " * 2000)
    Corpus(store).ingest([Article(id="huge", original=body, title="Vellmoor " * 20_000, source="Vellmoor Signal")])
    client = client_of(store, executor=Idle())  # the page asks for the story's brief: not made here (a minute of work)
    assert client.get("/").status_code == 200
    page = client.get("/article", params={"id": "huge", "start": 5, "end": 50})
    assert page.status_code == 200 and 'id="hl"' in page.text


def test_pages_answer_while_another_process_writes_and_show_what_it_stored(store):
    import sqlite3

    from newsweave.corpus import Corpus
    from newsweave.model import Article

    client = client_of(store)
    before = client.get("/").text
    writer = sqlite3.connect(store, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an ingest in the middle of a batch
    writer.execute("UPDATE stories SET changed=changed")
    try:
        assert client.get("/").status_code == 200 and client.get("/stories/s1").status_code == 200
        assert client.get("/article", params={"id": "a1"}).status_code == 200
    finally:
        writer.execute("ROLLBACK")
    Corpus(store).ingest([Article(id="late", original=PASTED, source="Oskvar Evening")])
    after = client.get("/").text
    assert after != before and "Oskvar Evening" in client.get("/api/stories").text


# --- adding articles ---------------------------------------------------------------------------------------

def form_of(client) -> dict:
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/add").text).group(1)
    return {"csrf": token}


PASTED = ("Oskvar divers raised the sunken festival barge Morrow Lantern from the harbour on Monday, the Oskvar harbour "
          "office said. Harbour master Idris Velloway said the Quenby night parade would be held on Saturday instead.")


def test_pasted_text_is_ingested_and_the_page_shows_the_story_it_joined(store, story_of):
    client = client_of(store)
    page = client.post("/add", data={**form_of(client), "text": PASTED, "source": "Oskvar Evening", "published": "2026-05-11"},
                       headers={"origin": "http://testserver"})
    assert page.status_code == 200 and "Stories they joined" in page.text
    assert f'href="/stories/{story_of("h1")}"' in page.text and "1 new" in page.text
    sid = story_of("h1")
    deadline = time.time() + 60  # the grown story's brief is made again without being asked for
    while not client.get(f"/api/stories/{sid}/status").json()["ready"]:
        assert time.time() < deadline
        time.sleep(0.1)
    assert "Oskvar Evening" in client.get(f"/stories/{sid}").text
    again = client.post("/add", data={**form_of(client), "text": PASTED}, headers={"origin": "http://testserver"})
    assert "1 already stored" in again.text


def test_uploaded_files_are_ingested_and_unreadable_ones_listed_with_reasons(store):
    client = client_of(store)
    files = [("files", ("../../evil name.txt", PASTED.encode(), "text/plain")),
             ("files", ("notes.docx", b"PK\x03\x04", "application/octet-stream")),
             ("files", ("empty.txt", b"", "text/plain")),
             ("files", ("wire.jsonl", (json.dumps({"id": "wire-7", "text": PASTED.replace("Monday", "Tuesday"), "source": "Harbour Wire"}) + "\n"
                                      + json.dumps({"id": "wire-8"}) + "\n").encode(), "application/jsonl"))]
    page = client.post("/add", data=form_of(client), files=files)
    assert page.status_code == 200
    assert "upload notes.docx" in page.text and "is not a file newsweave reads" in page.text
    assert "upload empty.txt" in page.text  # an empty file: skipped, with the reader's reason
    assert 'href="/article?id=evil-name"' in page.text and 'href="/article?id=wire-7"' in page.text
    assert "upload wire.jsonl:2" in page.text  # the record without text, named by its line


def test_the_form_refuses_requests_from_other_sites_and_without_its_token(store):
    client = client_of(store)
    assert client.post("/add", data={"csrf": "guess", "text": PASTED}).status_code == 403
    cross = client.post("/add", data={**form_of(client), "text": PASTED}, headers={"origin": "http://evil.example"})
    assert cross.status_code == 403 and "own Add articles page" in cross.text
    assert client.post("/add", data={**form_of(client), "text": PASTED}, headers={"sec-fetch-site": "cross-site"}).status_code == 403
    assert "0 new" not in client.get("/").text and "Oskvar divers raised" not in client.get("/api/stories").text


def test_the_form_says_what_is_wrong_with_its_input(store):
    client = client_of(store)
    empty = client.post("/add", data={**form_of(client), "text": "  "})
    assert empty.status_code == 400 and "Nothing to add" in empty.text
    bad_date = client.post("/add", data={**form_of(client), "text": PASTED, "published": "Friday"})
    assert bad_date.status_code == 400 and "published" in bad_date.text and "YYYY-MM-DD" in bad_date.text
    assert PASTED in html.unescape(bad_date.text)  # the text is kept in the form to correct


def test_uploads_are_limited_in_count_and_size_with_a_clear_message(store):
    from newsweave.web.app import MAX_BODY
    from newsweave.web.uploads import MAX_FILES

    client = client_of(store)
    many = [("files", (f"f{i}.txt", PASTED.encode(), "text/plain")) for i in range(MAX_FILES + 1)]
    page = client.post("/add", data=form_of(client), files=many)
    assert page.status_code == 413 and f"at most {MAX_FILES} files" in page.text
    huge = client.post("/add", data=form_of(client), files=[("files", ("big.txt", b"a" * (MAX_BODY + 1), "text/plain"))])
    assert huge.status_code == 413 and "larger than 25 MB" in huge.text
    long_text = client.post("/add", data={**form_of(client), "text": "word " * 300_000})
    assert long_text.status_code in (400, 413) and "1,000,000" in long_text.text


# --- the JSON API ---------------------------------------------------------------------------------------------

def test_the_api_mirrors_the_command_line(client, built_store):
    from newsweave.corpus import Corpus

    corpus = Corpus(built_store)
    stories = client.get("/api/stories").json()
    assert [s["story"] for s in stories] == [s["story"] for s in corpus.stories()] and "changed" not in stories[0]
    assert [s["story"] for s in client.get("/api/stories", params={"outlet": "pitchside"}).json()] == ["s2"]
    one = client.get("/api/stories/s3").json()
    assert one["aliases"] == ["s4"] and [h["event"] for h in one["history"]].count("merged") == 1
    brief = client.get("/api/stories/s1/brief").json()
    assert brief == corpus.brief("s1").to_dict()
    article = client.get("/api/article", params={"id": "e2"}).json()
    assert article["duplicate_of"] == "a2" and article["story"] == "s1" and article["text"]


def test_the_api_ingests_json_records_from_clients_not_from_other_sites(store):
    client = client_of(store)
    record = {"id": "api-1", "text": PASTED, "source": "Oskvar Evening", "published": "2026-05-11"}
    done = client.post("/api/ingest", json={"articles": [record]})
    assert done.status_code == 200 and done.json()["new"] == 1 and done.json()["stories"]["api-1"].startswith("s")
    assert client.post("/api/ingest", json={"articles": [record]}, headers={"origin": "http://evil.example"}).status_code == 403
    assert client.post("/api/ingest", content=b'{"articles": []}', headers={"content-type": "text/plain"}).status_code == 415
    assert client.post("/api/ingest", json={"articles": []}).status_code == 400
    assert client.post("/api/ingest", content=b"{nope", headers={"content-type": "application/json"}).status_code == 400
    bad = client.post("/api/ingest", json={"articles": [{"id": "no-text"}]}).json()
    assert bad["new"] == 0 and bad["skipped"] and "text" in bad["skipped"][0]["reason"]


def test_the_api_page_lists_every_route_and_the_openapi_document(client):
    page = client.get("/docs").text
    for route in ("GET /api/stories", "GET /api/stories/{sid}/brief", "GET /api/article", "POST /api/ingest"):
        assert f"<code>{route}</code>" in page
    assert set(client.get("/openapi.json").json()["paths"]) >= {"/api/stories", "/api/stories/{sid}", "/api/article", "/api/ingest"}


# --- who may ask -------------------------------------------------------------------------------------------------

def test_only_the_hosts_it_was_started_for_are_answered(built_store):
    client = client_of(built_store, hosts={"127.0.0.1"})
    assert client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/", headers={"host": "evil.example"}).status_code == 421


def test_with_a_token_every_request_must_carry_it(built_store):
    client = client_of(built_store, token="s3cret", hosts=None)
    assert client.get("/").status_code == 401 and client.get("/api/stories").status_code == 401
    assert client.get("/", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/stories", headers={"authorization": "Bearer s3cret"}).status_code == 200
    entry = client.get("/stories/s1?token=s3cret", follow_redirects=False)
    assert entry.status_code == 303 and entry.headers["location"] == "/stories/s1" and "HttpOnly" in entry.headers["set-cookie"]
    assert client.get("http://testserver//evil.example/?token=s3cret", follow_redirects=False).headers["location"] == "/evil.example/"
    assert client.get("/stories/s1").status_code == 200  # the cookie now


def test_serve_refuses_to_listen_beyond_this_machine_without_a_token(tmp_path):
    from typer.testing import CliRunner

    from newsweave.cli import app

    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "--token" in result.stderr and not (tmp_path / "x.db").exists()


def test_the_default_worker_is_a_process_that_makes_and_keeps_the_brief(store):
    from concurrent.futures import ProcessPoolExecutor

    from newsweave.corpus import Corpus

    Corpus(store).store.db.execute("UPDATE stories SET brief=NULL")
    client = client_of(store, executor=None)
    site = client.app.state.site
    assert isinstance(site.briefs.executor, ProcessPoolExecutor)
    try:
        assert client.get("/stories/s5").status_code == 202
        deadline = time.time() + 90
        while not client.get("/api/stories/s5/status").json()["ready"]:
            assert time.time() < deadline, "the worker did not make the brief"
            time.sleep(0.2)
        assert client.get("/stories/s5").status_code == 200
    finally:
        site.briefs.close()
