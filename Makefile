# Two commands on a fresh machine: `make run` (the brief of the bundled example) and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
EXAMPLE := newsweave/example

.PHONY: run test bench screenshots clean-venv

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $@

run: $(STAMP)
	$(VENV)/bin/newsweave brief $(EXAMPLE) --format html -o example.brief.html
	$(VENV)/bin/newsweave brief $(EXAMPLE)

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m pip install -q -e ".[bench]"
	$(PY) benchmarks/clean.py
	$(PY) benchmarks/copies.py
	$(PY) benchmarks/summary.py
	$(PY) benchmarks/timeline.py
	$(PY) benchmarks/topic.py
	$(PY) benchmarks/quotes.py
	$(PY) benchmarks/cluster.py
	$(PY) benchmarks/spark.py
	$(PY) benchmarks/ingest.py
	$(PY) benchmarks/speed.py
	$(PY) benchmarks/pages.py
	$(PY) benchmarks/fuzz.py
	$(PY) benchmarks/web.py

# the web app's screenshots in docs/, taken by its browser tests (needs chromium and chromium-driver)
screenshots: $(STAMP)
	NEWSWEAVE_SCREENSHOTS=1 $(PY) -m pytest tests/web/test_browser.py

clean-venv:
	rm -rf $(VENV)
