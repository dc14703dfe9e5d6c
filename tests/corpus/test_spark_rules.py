"""The Spark engine's own pieces that need no Spark: the KEY_POSTINGS bound computed for a whole key's group
at once equals the local engine's rule, and the session settings a job starts with."""

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.corpus.cluster import within_reach
from newsweave.corpus.spark.links import EPOCH, reach
from newsweave.corpus.spark.session import parse_conf
from newsweave.corpus.spark.session import settings as spark_settings
from newsweave.model import NewsweaveError
from newsweave.params import KEY_POSTINGS


def _expected(days, dated):
    published = [EPOCH + dt.timedelta(days=int(d)) if ok else None for d, ok in zip(days, dated)]
    return [sorted(int(j) for j in within_reach(published[i], ((j, published[j]) for j in reversed(range(i)))))
            for i in range(len(days))]


@settings(max_examples=60, deadline=None)
@given(n=st.integers(0, KEY_POSTINGS + 250), seed=st.integers(0, 2**32 - 1), spread=st.sampled_from([5, 60, 400]),
       undated=st.sampled_from([0.0, 0.1, 0.9]), in_order=st.booleans())
def test_reach_is_within_reach_for_every_article_of_a_group(n, seed, spread, undated, in_order):
    rng = np.random.default_rng(seed)
    days = rng.integers(0, spread, n)
    if in_order:
        days = np.sort(days)
    dated = rng.random(n) >= undated
    assert [sorted(r.tolist()) for r in reach(days, dated)] == _expected(days, dated)


def test_the_bound_binds_in_a_crowded_key():
    days = np.zeros(KEY_POSTINGS + 50, dtype=np.int64)
    last = reach(days, np.ones(len(days), dtype=bool))[-1]
    assert len(last) == KEY_POSTINGS and last.min() == 49


def test_local_settings_ship_this_newsweave_and_conf_wins(monkeypatch):
    import newsweave

    monkeypatch.setenv("PYTHONPATH", "/elsewhere")
    chosen = spark_settings(True, {"spark.ui.enabled": "true"})
    root = str(__import__("pathlib").Path(newsweave.__file__).resolve().parents[1])
    assert chosen["spark.executorEnv.PYTHONPATH"].split(":") == [root, "/elsewhere"]
    assert chosen["spark.ui.enabled"] == "true" and chosen["spark.driver.bindAddress"] == "127.0.0.1"
    assert "spark.executorEnv.PYTHONPATH" not in spark_settings(False, {})


def test_conf_must_be_key_equals_value():
    assert parse_conf(["spark.executor.memory=4g", "a.b=x=y"]) == {"spark.executor.memory": "4g", "a.b": "x=y"}
    with pytest.raises(NewsweaveError, match="is not KEY=VALUE"):
        parse_conf(["spark.executor.memory"])
