"""Near-duplicate signatures are kept in the store: the same text must give the same signature in every
version of newsweave and its MinHash library, or a duplicate of an article stored last month goes unseen."""

import numpy as np

from newsweave.corpus.dedup import bands, exact_key, signature, similarity

TEXT = "The ferry Hollin Bay hit the tanker Corvina Spirit off Saltmere on Monday morning, the coastguard said."


def test_a_signature_does_not_change_between_versions():
    # computed once with datasketch 2.0 (scheme affine32, seed 1, 64 permutations); stores hold these values
    assert signature(TEXT)[:4].tolist() == [121230961, 410926723, 237489885, 632816420]


def test_an_edited_copy_is_near_and_another_text_is_not():
    copy = signature(TEXT.replace("the coastguard said", "the coastguard said on Tuesday"))
    other = signature("Parliament in Vessa passed the budget after a night of debate, the speaker said.")
    assert similarity(signature(TEXT), copy) >= 0.8 > similarity(signature(TEXT), other)
    assert set(bands(signature(TEXT))) & set(bands(copy)) and not set(bands(signature(TEXT))) & set(bands(other))
    assert exact_key(TEXT.upper()) == exact_key(TEXT) != exact_key(TEXT + " Later.")
    assert signature(TEXT).dtype == np.uint64
