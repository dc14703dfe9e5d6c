"""Exact and near duplicates: the same article reposted, syndicated or scraped twice.

An exact duplicate has the same words in the same order (case, spacing and punctuation aside); a near
duplicate shares most of its word 3-grams (estimated Jaccard similarity at least `NEAR_DUPLICATE`, from a
MinHash signature). Candidates come from the signature's bands (locality-sensitive hashing), so each new
article is compared with a handful of earlier ones, never with all of them. The band keys are plain strings,
kept in the store beside the articles, so a duplicate of an article ingested last month is found today.

>>> a = signature("The ferry hit the tanker in the harbour on Monday morning, officials said.")
>>> b = signature("The ferry hit the tanker in the harbour on Monday morning, officials said today.")
>>> similarity(a, b) >= 0.8 and bool(set(bands(a)) & set(bands(b)))
True
>>> exact_key("The  ferry, hit!") == exact_key("the ferry hit")
True
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

from newsweave.params import NEAR_BANDS, NEAR_PERM

WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def exact_key(text: str) -> str:
    """A hash of the text's words in order, lower case: equal for texts that differ only in case, spacing
    and punctuation."""
    return hashlib.sha1(" ".join(_words(text)).encode("utf-8")).hexdigest()


def signature(text: str) -> np.ndarray:
    """The MinHash signature of the text's word 3-grams (its words, for a text shorter than three)."""
    from datasketch import MinHash

    words = _words(text)
    grams = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}
    m = MinHash(num_perm=NEAR_PERM, seed=1, permutations=_permutations(), scheme=SCHEME)
    m.update_batch([g.encode("utf-8") for g in grams])
    return m.hashvalues.astype(np.uint64)


# the scheme named: a stored signature must not change with a new default of the library
SCHEME = "affine32"


@lru_cache(maxsize=1)
def _permutations():
    """MinHash's permutations for seed 1, drawn once (datasketch draws them again for every signature)."""
    from datasketch import MinHash

    return MinHash(num_perm=NEAR_PERM, seed=1, scheme=SCHEME).permutations


def bands(sig: np.ndarray) -> list[str]:
    """The signature's LSH band keys: two texts sharing one are candidate duplicates."""
    rows = len(sig) // NEAR_BANDS
    return [f"{i}:{hashlib.sha1(sig[i * rows:(i + 1) * rows].tobytes()).hexdigest()[:16]}" for i in range(NEAR_BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two texts' 3-grams: the share of equal signature values."""
    return float(np.mean(a == b))


__all__ = ["bands", "exact_key", "signature", "similarity"]
