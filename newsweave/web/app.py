"""The local web app over the store (`newsweave serve`): stories, a story's brief with the evidence behind every
line, an article with its spans, a form to add articles, and a JSON API under /api/.

>>> import tempfile, pathlib
>>> from fastapi.testclient import TestClient
>>> client = TestClient(create_app(pathlib.Path(tempfile.mkdtemp()) / "news.db", hosts={"testserver"}))
>>> page = client.get("/")
>>> page.status_code, "No stories stored yet" in page.text, client.get("/api/stories").json()
(200, True, [])
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
import json
import secrets
import threading
from collections import OrderedDict
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from newsweave.corpus import Corpus
from newsweave.corpus.store import story_name, story_number
from newsweave.model import Brief, NewsweaveError, Skipped
from newsweave.web import charts, copygraph, coverage, marks, uploads
from newsweave.web.briefs import Briefs
from newsweave.web.security import LOOPBACK, Guard, same_origin
from newsweave.web.wording import word_diff

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 100  # stories per page of the list
MAX_BODY = 25_000_000  # bytes of one request (the form's files together)


class LRU:
    """A small thread-safe cache of the most recently used values."""

    def __init__(self, size: int):
        self.size = size
        self.items: OrderedDict = OrderedDict()
        self.lock = threading.Lock()
        self.gates: dict = {}

    def get(self, key):
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        return None

    def put(self, key, value):
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value

    def make(self, key, build):
        """The value of `key`, built by `build()` when missing (and kept unless None) by one thread only: the
        others asking meanwhile wait for it (after a batch of an ingest, twenty readers must not all redraw
        the story list)."""
        found = self.get(key)
        if found is not None:
            return found
        with self.lock:
            gate = self.gates.setdefault(key, threading.Lock())
        with gate:
            found = self.get(key)
            if found is None:
                found = build()
                if found is not None:
                    self.put(key, found)
        with self.lock:
            self.gates.pop(key, None)
        return found


@functools.lru_cache(maxsize=1)
def _briefs_adapter():
    from pydantic import TypeAdapter

    return TypeAdapter(Brief)


class Site:
    """What the pages share: the store (one connection per thread, as SQLite wants), the briefs being made,
    and the pages already drawn (per story version, so a story that grows is drawn again)."""

    def __init__(self, db: Path, executor=None):
        from jinja2 import FileSystemLoader

        from newsweave.render.html import environment

        self.db = Path(db)
        Corpus(self.db).store.close()  # create the store, or fail now with a clear error
        self.local = threading.local()
        self.briefs = Briefs(str(self.db), executor)
        self.pages = LRU(64)
        self.made = LRU(16)  # Brief records and cleaned articles per story version
        self.ingesting = threading.Lock()
        self.env = environment(FileSystemLoader(HERE / "templates"))
        self.csrf = secrets.token_urlsafe(32)  # the form's token: only the app's own pages know it

    @property
    def corpus(self) -> Corpus:
        corpus = getattr(self.local, "corpus", None)
        if corpus is None:
            corpus = self.local.corpus = Corpus(self.db)
        return corpus

    def render(self, template: str, status: int = 200, **values) -> HTMLResponse:
        return HTMLResponse(self.env.get_template(template).render(**values), status_code=status)

    def story(self, sid: str) -> int:
        """The live story a story id names (an alias names the story it merged into); 404 when none."""
        if story_number(sid) is None:
            raise HTTPException(404, f"{sid} is not a story id (they read s1, s2, ...)")
        try:
            return self.corpus.store.resolve(sid)
        except NewsweaveError as error:
            raise HTTPException(404, str(error)) from None

    def brief(self, number: int, version: int) -> Brief | None:
        """The story's brief when it is made (else None, and it is asked for)."""
        def load() -> Brief | None:
            cached = self.corpus.store.cached_brief(number)
            if cached is None:
                self.briefs.ask(number, version)
                return None
            return _briefs_adapter().validate_python(json.loads(cached))

        return self.made.make(("brief", number, version), load)

    def removed(self, number: int, version: int) -> dict[str, list]:
        """Per article of the story, the lines its cleaning removes (the articles cleaned together, as the brief cleans them)."""
        from newsweave.clean import clean

        return self.made.make(("removed", number, version), lambda: {a.id: [(r.start, r.end, r.reason) for r in a.removed]
                                                                     for a in clean(self.corpus.articles(story_name(number)))})


def evidence_url(e) -> str:
    return "/article?" + urlencode({"id": e.article, "start": e.start, "end": e.end}) + "#hl"


def article_url(article: str) -> str:
    return "/article?" + urlencode({"id": article})


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name}: {value!r} is not a date (write it as YYYY-MM-DD)") from None


def create_app(db: str | Path, token: str | None = None, hosts: set[str] | None = None, executor=None) -> FastAPI:
    """The app over the store `db` (created when missing). `hosts`: the host names it answers for (default:
    the loopback names, or any for a server with a `token`); `executor`: where briefs are made (default: one
    worker process)."""
    from newsweave.render import render
    from newsweave.render.html import context
    from newsweave.render.view import count, labels

    site = Site(db, executor)
    app = FastAPI(title="newsweave", version=_version(), docs_url=None, redoc_url=None,
                  description="The stories in a newsweave store, their briefs and articles; add articles. The same records as the command line.")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.state.site = site

    def page(template: str, status: int = 200, **values) -> HTMLResponse:
        return site.render(template, status, **{"count": count, "csrf": site.csrf, **values})

    # --- errors -------------------------------------------------------------------------------------

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code)
        return page("error.html.j2", error.status_code, title={404: "Not found", 400: "Bad request", 403: "Refused"}.get(error.status_code, "Error"),
                    message=error.detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in error.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": problems}, status_code=400)
        return page("error.html.j2", 400, title="Bad request", message=problems)

    # --- pages ----------------------------------------------------------------------------------------

    # the story list and a story page answer from the pages already drawn on the event loop (one small query
    # for the store's state or the story's version); only drawing one takes a thread

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def stories_page(q: str = "", since: str = "", until: str = "", outlet: str = "", page_number: int = Query(1, alias="page", ge=1)):
        state = site.corpus.store.state()
        key = ("stories", state, q, since, until, outlet, page_number)
        drawn = site.pages.get(key)
        if drawn is None:
            drawn = await run_in_threadpool(site.pages.make, key, lambda: draw_stories(state, q, since, until, outlet, page_number))
        return HTMLResponse(drawn)

    def draw_stories(state, q: str, since: str, until: str, outlet: str, page_number: int) -> bytes:
        rows = _stories(site, q, since, until, outlet)
        every = site.made.make(("outlets", state), lambda: sorted({o for r in _stories(site, "", "", "", "") for o in r["outlets"]}))
        shown = rows[(page_number - 1) * PAGE_SIZE: page_number * PAGE_SIZE]
        more = {k: v for k, v in dict(q=q, since=since, until=until, outlet=outlet).items() if v}
        return page("stories.html.j2", rows=shown, total=len(rows), filters=dict(q=q, since=since, until=until, outlet=outlet), outlets=every,
                    bars={r["story"]: charts.day_bars(r["per_day"]) for r in shown}, stored=state[0] > 0,
                    newer="/?" + urlencode({**more, "page": page_number - 1}) if page_number > 1 else None,
                    older="/?" + urlencode({**more, "page": page_number + 1}) if page_number * PAGE_SIZE < len(rows) else None).body

    @app.get("/stories/{sid}", response_class=HTMLResponse, include_in_schema=False)
    async def story_page(sid: str):
        number = site.story(sid)
        if story_name(number) != sid:
            return RedirectResponse(f"/stories/{story_name(number)}", status_code=307)
        version = site.corpus.store.version(number)
        drawn = site.pages.get(("story", number, version))
        if drawn is not None:
            return HTMLResponse(drawn)
        return await run_in_threadpool(draw_story, sid, number, version)

    def draw_story(sid: str, number: int, version: int) -> HTMLResponse:
        brief = site.brief(number, version)
        if brief is None:
            error = site.briefs.error(number, version)
            if error:
                return page("error.html.j2", 500, title="The brief could not be made", message=f"{sid}: {error}")
            rows = site.corpus.store.article_rows(number)
            return page("waiting.html.j2", 202, sid=sid, articles=len(rows), title=next((r["title"] for r in rows if r["title"]), sid))
        names = labels(brief)
        rows = site.corpus.store.article_rows(number)
        per_day = {}
        for r in rows:
            if r["published"]:
                per_day[r["published"]] = per_day.get(r["published"], 0) + 1
        per_day = dict(sorted(per_day.items()))
        html = page("story.html.j2", sid=sid, **context(brief, evidence_url=evidence_url, article_url=article_url, word_diff=word_diff),
                    matrix=coverage.matrix(brief, names), graph=copygraph.layout(brief, names),
                    growth=charts.day_bars(per_day, width=600, height=120), per_day=per_day, undated=len(rows) - sum(per_day.values()),
                    history=site.corpus.history(sid), aliases=[story_name(a) for a in site.corpus.store.aliases(number)]).body
        return HTMLResponse(site.pages.put(("story", number, version), html))

    @app.get("/stories/{sid}/brief.html", include_in_schema=False)
    def brief_file(sid: str):
        number = site.story(sid)
        brief = site.brief(number, site.corpus.store.version(number))
        if brief is None:
            return RedirectResponse(f"/stories/{story_name(number)}", status_code=303)
        # the file's own policy (its one inline style sheet), not the app's
        return HTMLResponse(render(brief, "html"), headers={
            "content-disposition": f'attachment; filename="{story_name(number)}.brief.html"',
            "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'"})

    @app.get("/article", response_class=HTMLResponse, include_in_schema=False)
    def article_page(id: str, start: int | None = None, end: int | None = None):
        try:
            record = site.corpus.article(id)
        except NewsweaveError as error:
            raise HTTPException(404, str(error)) from None
        number = site.corpus.store.resolve(record["story"])
        version = site.corpus.store.version(number)
        key = ("article", id, version, start, end)
        cached = site.pages.get(key)
        if cached is not None:
            return HTMLResponse(cached)
        text = record["text"]
        asked = None
        notes = []
        if start is not None or end is not None:
            if start is not None and end is not None and 0 <= start < end <= len(text):
                asked = (start, end)
            else:
                notes.append(f"The span asked for ({start}–{end}) is not within this article's {len(text):,} characters; the text is shown without it.")
        brief = site.brief(number, version)
        if brief is None:
            notes.append("This story's brief is being made: the spans it uses will be marked when it is ready (reload the page).")
        names = labels(brief) if brief else {}
        copies = [c for c in (brief.copies if brief else ()) if id in (c.a, c.b)]
        pieces = marks.pieces(text, site.removed(number, version).get(id, ()), marks.uses(brief, id) if brief else (), asked)
        html = page("article.html.j2", a=record, sid=story_name(number), pieces=pieces, asked=asked, notes=notes, names=names, copies=copies,
                    article_url=article_url, removed=sum(1 for p in pieces if p.first_of_removed),
                    used=sum(1 for p in pieces if p.used)).body
        return HTMLResponse(site.pages.put(key, html))

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_form():
        return page("add.html.j2", limits=_limits())

    @app.post("/add", response_class=HTMLResponse, include_in_schema=False)
    async def add(request: Request):
        if not same_origin({k.lower(): v for k, v in request.headers.items()}):
            raise HTTPException(403, "This form must be sent from newsweave's own Add articles page.")
        try:
            form = await request.form(max_files=uploads.MAX_FILES, max_fields=20, max_part_size=uploads.MAX_TEXT * 4)
        except HTTPException as error:  # the form parser's limits (files, fields, a field's size)
            return page("add.html.j2", 413, limits=_limits(), error=f"{error.detail} Send at most {uploads.MAX_FILES} files and "
                                                                      f"{uploads.MAX_TEXT:,} characters of text at a time.")
        if not hmac.compare_digest(str(form.get("csrf") or "").encode(), site.csrf.encode()):
            raise HTTPException(403, "This form is out of date or was not sent from newsweave's own page: open Add articles again and resend.")
        files = [(f.filename or "upload", await f.read()) for f in form.getlist("files") if hasattr(f, "read") and (f.filename or f.size)]
        fields = {k: form.get(k) or "" for k in ("text", "title", "source", "url", "published")}
        if not files and not fields["text"].strip():
            return page("add.html.j2", 400, limits=_limits(), error="Nothing to add: paste an article's text or choose files.", fields=fields)
        try:
            report = await run_in_threadpool(_ingest, site, files, fields)
        except NewsweaveError as error:
            return page("add.html.j2", 400, limits=_limits(), error=str(error), fields=fields)
        return page("added.html.j2", report=report, joined=_joined(site, report))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs():
        return page("api.html.j2", api=app.openapi())

    # --- the JSON API -----------------------------------------------------------------------------------

    @app.get("/api/stories", summary="The stored stories, newest activity first (as `newsweave stories --format jsonl`)")
    def api_stories(q: str = "", since: str = "", until: str = "", outlet: str = ""):
        return [{k: v for k, v in r.items() if k != "changed"} for r in _stories(site, q, since, until, outlet)]

    @app.get("/api/stories/{sid}", summary="One story: its row of `stories`, its aliases and merge history")
    def api_story(sid: str):
        number = site.story(sid)
        name = story_name(number)
        row = next((r for r in site.corpus.stories() if r["story"] == name), None)
        return {**{k: v for k, v in (row or {}).items() if k != "changed"}, "history": site.corpus.history(name)}

    @app.get("/api/stories/{sid}/brief", summary="A story's brief (as `newsweave brief --story ID --format json`); 202 while it is made")
    def api_brief(sid: str):
        number = site.story(sid)
        store = site.corpus.store
        cached = store.cached_brief(number)
        if cached is not None:
            return Response(cached, media_type="application/json")
        version = store.version(number)
        error = site.briefs.error(number, version)
        if error:
            return JSONResponse({"detail": error}, status_code=500)
        site.briefs.ask(number, version)
        return JSONResponse({"story": story_name(number), "status": "computing", "detail": "the brief is being made; ask again"},
                            status_code=202, headers={"retry-after": "1"})

    @app.get("/api/stories/{sid}/status", summary="Whether a story's brief is made (what the waiting page asks)")
    def api_status(sid: str):
        number = site.story(sid)
        version = site.corpus.store.version(number)
        ready = site.made.get(("brief", number, version)) is not None or site.corpus.store.cached_brief(number) is not None
        return {"story": story_name(number), "ready": ready, "error": site.briefs.error(number, version)}

    @app.get("/api/article", summary="One stored article (as `newsweave export` writes it) and the articles that repeat it")
    def api_article(id: str):
        try:
            return site.corpus.article(id)
        except NewsweaveError as error:
            raise HTTPException(404, str(error)) from None

    @app.post("/api/ingest", summary="Store articles given as JSON records (as `newsweave ingest -` reads them: text or html, "
                                     "optional id, title, url, source, published); the report and the story each joined")
    async def api_ingest(request: Request):
        if not same_origin({k.lower(): v for k, v in request.headers.items()}):
            raise HTTPException(403, "cross-site requests may not add articles")
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise HTTPException(415, "send the records as application/json: {\"articles\": [{\"id\": ..., \"text\": ...}, ...]}")
        try:
            body = await request.json()
        except ValueError:
            raise HTTPException(400, "the body is not JSON") from None
        records = body.get("articles") if isinstance(body, dict) else None
        if not isinstance(records, list) or not records:
            raise HTTPException(400, "give {\"articles\": [...]}, a list of one or more records")
        if len(records) > 1000:
            raise HTTPException(413, f"{len(records)} records are more than 1000 at a time: send them in parts, or use `newsweave ingest`")
        report = await run_in_threadpool(_ingest_records, site, records)
        return {"lines": report.lines(), "new": report.new, "already_stored": report.already_stored,
                "skipped": [{"input": s.input, "reason": s.reason} for s in report.skipped],
                "stories": report.placed}

    app.add_middleware(Guard, token=token, hosts=hosts if hosts is not None or token else LOOPBACK, max_body=MAX_BODY)
    return app


def _version() -> str:
    from newsweave import __version__

    return __version__


def _limits() -> dict:
    return {"files": uploads.MAX_FILES, "bytes": MAX_BODY, "text": uploads.MAX_TEXT}


def _stories(site: Site, q: str, since: str, until: str, outlet: str) -> list[dict]:
    state = site.corpus.store.state()
    key = ("rows", state, q, since, until)
    rows = site.made.make(key, lambda: site.corpus.stories(since=_date(since, "since"), until=_date(until, "until"), query=q or None))
    return [r for r in rows if outlet in r["outlets"]] if outlet else rows


def _ingest(site: Site, files: list[tuple[str, bytes]], fields: dict[str, str]):
    articles, skipped = uploads.from_files(files) if files else ([], [])
    if fields["text"].strip():
        articles.append(uploads.pasted(**fields))
    return _store(site, articles, skipped)


def _ingest_records(site: Site, records: list):
    articles, skipped = uploads.from_records(records)
    return _store(site, articles, skipped)


def _store(site: Site, articles: list, skipped: list[Skipped]):
    with site.ingesting:
        report = site.corpus.ingest(articles, skip_bad=True)
    report.skipped = skipped + report.skipped
    report.read += len(skipped)
    store = site.corpus.store
    for number in {store.resolve(s) for s in report.placed.values()}:
        site.briefs.ask(number, store.version(number))  # made while the reader looks at the report
    return report


def _joined(site: Site, report) -> list[dict]:
    """Per story the new articles joined: its id, title and the articles."""
    by_story: dict[str, list[str]] = {}
    for article, story in report.placed.items():
        by_story.setdefault(story, []).append(article)
    titles = {r["story"]: r["title"] for r in site.corpus.stories()}
    return [{"story": s, "title": titles.get(s, s), "articles": ids} for s, ids in by_story.items()]
