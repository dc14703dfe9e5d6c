"""The brief's JSON contract (schema): the example's JSON validates, and the shipped schema is current."""

import json

import jsonschema

from newsweave.schema import DOCS_COPY, SCHEMA_FILE, brief_schema


def test_json_matches_the_contract_and_the_schema(example_brief):
    data = json.loads(example_brief.to_json())
    for key in ("story", "articles", "summary", "facts", "divergences", "quotes", "timeline", "entities", "provenance", "copies"):
        assert key in data
    for key in ("title", "articles", "outlets", "independent_sources", "first_published", "last_published"):
        assert key in data["story"]
    jsonschema.validate(data, brief_schema())


def test_shipped_schema_is_current():
    # `python -m newsweave.schema` writes both
    assert json.loads(SCHEMA_FILE.read_text()) == brief_schema()
    assert DOCS_COPY.read_text() == SCHEMA_FILE.read_text()
