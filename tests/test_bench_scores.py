"""The clustering benchmark's scorer (`benchmarks/_scores.py`) on hand-made clusterings with exact values."""

import importlib.util
from fractions import Fraction
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("bench_scores", Path(__file__).resolve().parents[1] / "benchmarks" / "_scores.py")
scores = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scores)

GOLD = {"a": "x", "b": "x", "c": "x", "d": "x", "e": "y"}


def test_one_cluster_for_all():
    # precision: a-d see 4 of 5 of their story, e 1 of 5 -> 17/25; recall 1
    p, r, f = scores.bcubed({k: 0 for k in GOLD}, GOLD)
    assert (p, r) == (pytest.approx(17 / 25), 1.0)
    assert f == pytest.approx(float(Fraction(17, 21)))


def test_singletons():
    # recall: a-d find 1 of their 4, e 1 of 1 -> 2/5; precision 1
    p, r, f = scores.bcubed({k: k for k in GOLD}, GOLD)
    assert (p, r, f) == (1.0, pytest.approx(2 / 5), pytest.approx(4 / 7))


def test_split_and_merge():
    p, r, f = scores.bcubed({"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}, GOLD)
    # a, b: 2/2; c, d: 2/3; e: 1/3 -> precision 11/15; recall a-d 2/4, e 1 -> 3/5
    assert (p, r) == (pytest.approx(11 / 15), pytest.approx(3 / 5))
    assert f == pytest.approx(2 * (11 / 15) * (3 / 5) / (11 / 15 + 3 / 5))


def test_perfect_and_labels_do_not_matter():
    assert scores.bcubed({"a": "q", "b": "q", "c": "q", "d": "q", "e": "r"}, GOLD) == (1.0, 1.0, 1.0)
    assert scores.ari({"a": "q", "b": "q", "c": "q", "d": "q", "e": "r"}, GOLD) == 1.0


def test_missing_article_is_an_error():
    with pytest.raises(ValueError):
        scores.bcubed({"a": 1}, GOLD)
