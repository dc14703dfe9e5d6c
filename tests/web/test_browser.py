"""The web app in a real browser: Debian's Chromium driven by Selenium through /usr/bin/chromedriver (no browser
is downloaded). Skipped, saying why, where Chromium or its driver is not installed (`.ci/run` installs them).

With NEWSWEAVE_SCREENSHOTS=1 the run also writes the screenshots of the three main pages into docs/
(`NEWSWEAVE_SCREENSHOTS=1 .venv/bin/python -m pytest tests/web/test_browser.py`); a normal run writes nothing.
"""

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest
from serving import copy_store
from web_news import H1, TITLE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else shutil.which("chromedriver")
DOCS = Path(__file__).resolve().parents[2] / "docs"

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)")


@pytest.fixture(scope="module")
def server(built_store, tmp_path_factory):
    """The app over a copy of the made-up store, served by uvicorn in a thread on a free port of 127.0.0.1."""
    from concurrent.futures import ThreadPoolExecutor

    import uvicorn

    from newsweave.web.app import create_app

    db = copy_store(built_store, tmp_path_factory.mktemp("browser") / "store.db")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(db, hosts={"127.0.0.1"}, executor=ThreadPoolExecutor(max_workers=1))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        assert time.time() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="newsweave-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                 "--window-size=1200,900", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def no_alert(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text


def screenshot(driver, name: str) -> None:
    if os.environ.get("NEWSWEAVE_SCREENSHOTS"):
        height = driver.execute_script("return Math.min(document.body.scrollHeight, 2400)")
        driver.set_window_size(1200, max(height, 900))
        driver.save_screenshot(str(DOCS / name))
        driver.set_window_size(1200, 900)


def test_from_the_story_list_to_a_summary_lines_evidence(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.expected_conditions import staleness_of
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    links = browser.find_elements(By.CSS_SELECTOR, "ol.stories h2 a")
    assert len(links) == 5 and "Kestrel Bridge collapses in Varnholt" in [a.text for a in links]
    screenshot(browser, "web-stories.png")
    next(a for a in links if a.text == "Kestrel Bridge collapses in Varnholt").click()
    WebDriverWait(browser, 30).until(staleness_of(links[0]))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Kestrel Bridge collapses in Varnholt"
    screenshot(browser, "web-story.png")
    evidence = browser.find_element(By.CSS_SELECTOR, "#summary li a.ev")
    outlet = evidence.text
    evidence.click()
    WebDriverWait(browser, 30).until(staleness_of(evidence))
    lit = browser.find_element(By.CSS_SELECTOR, "mark#hl")
    assert lit.is_displayed() and len(lit.text) > 20
    assert browser.execute_script("return document.activeElement === document.getElementById('hl') || location.hash === '#hl'")
    # the page scrolled to the span, and the span is what the brief's JSON says it is
    assert browser.execute_script("var r = document.getElementById('hl').getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight")
    assert outlet in browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    assert browser.find_elements(By.CSS_SELECTOR, ".text mark.used")
    screenshot(browser, "web-article.png")


def test_the_add_form_ingests_pasted_text_and_shows_the_story_it_joined(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.expected_conditions import staleness_of
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/add")
    browser.find_element(By.ID, "text").send_keys(
        "Oskvar divers raised the sunken festival barge Morrow Lantern from the harbour on Monday, the Oskvar harbour office said. "
        "Harbour master Idris Velloway said the Quenby night parade would be held on Saturday instead.")
    browser.find_element(By.NAME, "source").send_keys("Oskvar Evening")
    form_page = browser.find_element(By.TAG_NAME, "h1")
    browser.find_element(By.ID, "add").click()
    WebDriverWait(browser, 30).until(staleness_of(form_page))  # the ingest takes a moment
    assert browser.find_element(By.TAG_NAME, "h1").text == "Articles added"
    joined = browser.find_element(By.CSS_SELECTOR, "ul.joined").text
    assert "Lantern barge sinks in Oskvar" in joined and "pasted-" in joined


def test_script_in_a_title_outlet_quote_and_url_never_runs(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/api/stories")
    sid = next(s["story"] for s in __import__("json").loads(browser.find_element(By.TAG_NAME, "body").text) if "Oskvar" in s["title"])
    for path in ("/", f"/stories/{sid}", "/article?id=h1", f"/article?id=h1&start={H1.index('The barge')}&end={H1.index(' with lanterns')}"):
        browser.get(server + path)
        no_alert(browser)
        assert browser.find_elements(By.TAG_NAME, "img") == []
        scripts = [s.get_attribute("src") for s in browser.find_elements(By.TAG_NAME, "script")]
        assert all(src and src.endswith("/static/wait.js") for src in scripts), scripts
        handlers = browser.execute_script(
            "return Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes).map(a => a.name)).filter(n => n.startsWith('on'))")
        assert handlers == []
    browser.get(server + f"/stories/{sid}")
    assert TITLE in browser.find_element(By.TAG_NAME, "h1").text  # shown as text, letter for letter
    browser.get(server + "/article?id=h1")
    page_link = browser.find_elements(By.CSS_SELECTOR, "dl.facts a[href^='javascript']")
    assert page_link == [] and "not a web address" in browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    no_alert(browser)
