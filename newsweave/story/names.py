"""When two names are one person or organisation: the one place newsweave decides it.

A name is compared as written less what is not part of it: a possessive, a title or form of address
before it ("mayor", "Mr", "Det."), an article ("the Harbour Board"). Three stages then ask the
question with different evidence, and so with rules of different strength, each a named function here:

- **quotes** resolves a short mention inside one article (`in_full`): a surname alone is the person
  the article named in full with it (the first one named, exact spelling); a first name alone is the
  one person named in full with it, when no one has it as a surname (`unique_first_names`).
- **entities** merges mentions across the outlets of a story, where spellings drift (`name_key`
  for the comparison): a surname alone stands for a full name (`surname_of`, transliterations
  allowed for a person, `same_spelling`); two full names are one when their surnames agree and their
  first names are spellings or initials of each other (`spelling_variants`), or when one gives a middle
  name the other leaves out (`middle_name_given_or_not`); an organisation's acronym is its name
  (`acronym`).
- **quote merging** compares speakers each outlet's quotes already resolved (`same_surname`): the same
  last word, case aside, is one speaker ("Varga", "Ilse Varga").

Particles ("van der", "da", "bin") and the lists of titles are in `newsweave.lexicon.en`.

>>> same_surname("Ilse Varga", "Varga"), spelling_variants(["sergey", "lavrov"], ["sergei", "lavrov"])
(True, True)
>>> in_full("Lunde", {"lunde": "Ada Lunde"}), person_name("mayor Ada Lunde's")
('Ada Lunde', 'Ada Lunde')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from newsweave.lexicon.en import DETERMINERS, GROUP_WORDS, TITLE_FIELDS, TITLES

VOWELS = set("aeiouy")

# ---------------------------------------------------------------- one name as written


def person_name(text: str) -> str:
    """A person's name as tagged, less a possessive and a title the tagger took in ("mayor Ada Lunde").

    >>> person_name("mayor Ada Lunde’s"), person_name("Dr. Ivo Karas"), person_name("Varga")
    ('Ada Lunde', 'Ivo Karas', 'Varga')
    """
    text = text.strip()
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while len(words) > 1 and (words[0][:1].islower() or words[0].lower().rstrip(".") in TITLES):
        words = words[1:]
    return " ".join(words)


def bare_name(text: str) -> str:
    """A name without its article and possessive, nor what the tagger ran on past a dash or into an
    unclosed bracket ("Tax Office - half", "Harbour Board (Port").

    >>> bare_name("the Harbour Board (Port"), bare_name("Tax Office - half")
    ('Harbour Board', 'Tax Office')
    """
    text = re.split(r"\s[-–—]\s|\s\((?![^()]*\))", text.strip())[0].strip()
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def personal_name(name: str) -> bool:
    """"Ada Lunde", not "Skerry Line Ferries" or "the Kremlin": two or three capitalised words, none an institution's.

    >>> personal_name("Ada Lunde"), personal_name("Skerry Line Ferries Ltd"), personal_name("Defense Ministry")
    (True, False, False)
    """
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() and p[1:2].islower() for p in parts) and not any(
        p.lower() in GROUP_WORDS | TITLES | TITLE_FIELDS for p in parts)


def surname(name: str) -> str:
    """The last word of a name, in lower case: what one person's mentions share.

    >>> surname("Ilse van der Berg")
    'berg'
    """
    return name.split()[-1].lower()


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A name as compared across outlets: no accents, possessive, full stops or punctuation, lower case, no "the".

    >>> name_key("the Ministry of Maritime Affairs’"), name_key("José Ramos-Horta's"), name_key("U.S. Navy")
    ('ministry of maritime affairs', 'jose ramos-horta', 'us navy')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[’'`]s\b", "", text)
    text = re.sub(r"\.", "", text)
    text = re.sub(r"[^\w\s-]", " ", text.lower())
    words = [w for w in text.split() if w not in ("the",)]
    return " ".join(words)


# ---------------------------------------------------------------- two names, one person


def same_surname(a: str, b: str) -> bool:
    """Two names of one speaker, as the outlets write them: the same last word ("Varga", "Ilse Varga").

    The weakest test, for speakers each article has already resolved to its fullest form: two people
    of one story who share a surname are one speaker here.

    >>> same_surname("Ilse Varga", "VARGA"), same_surname("Ilse Varga", "Ilse Vargas")
    (True, False)
    """
    return surname(a) == surname(b)


def _skeleton(word: str) -> str:
    """Consonants in order, vowels and doubled letters dropped: Zelensky/Zelenskyy/Zelenskiy -> zlnsk."""
    word = word.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("x", "ks")
    out = []
    for ch in word:
        if ch in VOWELS or not ch.isalpha():
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


def same_spelling(a: str, b: str) -> bool:
    """Two spellings of one word of a name (of `name_key`'s words): a transliteration, not another name.

    >>> same_spelling("zelensky", "zelenskyy"), same_spelling("mikhail", "mykhailo"), same_spelling("putin", "petrov")
    (True, True, False)
    """
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 3:
        return False
    sa, sb = _skeleton(a), _skeleton(b)
    # Same consonants and nearly the same length: a transliteration, not a different name (Ivan/Ivana differ in length only by a vowel, and stay one).
    return sa == sb and len(sa) >= 2 and abs(len(a) - len(b)) <= 2


def spelling_key(word: str) -> tuple[str, str]:
    """A key two spellings of one word share whenever `same_spelling` holds (others may share it too):
    for looking spellings up instead of comparing every pair.

    >>> spelling_key("zelensky") == spelling_key("zelenskyy"), spelling_key("putin") == spelling_key("petrov")
    (True, False)
    """
    return (word[:1], _skeleton(word)) if len(word) >= 3 else ("=", word)


def surname_of(word: str, full: Sequence[str], *, spellings: bool) -> bool:
    """Whether one word (of `name_key`) is the surname of the full name whose words are `full`; with
    `spellings`, a transliteration of it too (entities allow it for a mention typed as a person only).

    >>> surname_of("zelenskyy", ["volodymyr", "zelensky"], spellings=True), surname_of("zelenskyy", ["volodymyr", "zelensky"], spellings=False)
    (True, False)
    """
    return same_spelling(word, full[-1]) if spellings else word == full[-1]


def spelling_variants(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two full names (words of `name_key`) of one person spelt two ways: as many words, the surnames
    spelt alike, each first name a spelling or an initial of the other's (Sergey/Sergei Lavrov, T. Brekke).

    >>> spelling_variants(["t", "brekke"], ["tomas", "brekke"]), spelling_variants(["vladimir", "putin"], ["volodymyr", "zelenskyy"])
    (True, False)
    """
    return same_spelling(a[-1], b[-1]) and len(a) == len(b) and all(
        same_spelling(x, y) or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
        for x, y in zip(a[:-1], b[:-1]))


def middle_name_given_or_not(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two full names (words of `name_key`) of one person, one with a middle name the other leaves out:
    the same first and last words, the shorter's words in order in the longer ("Ada Lunde", "Ada Maria Lunde").

    >>> middle_name_given_or_not(["ada", "lunde"], ["ada", "maria", "lunde"]), middle_name_given_or_not(["ada", "lunde"], ["ada", "lunde"])
    (True, False)
    """
    return a[0] == b[0] and a[-1] == b[-1] and len(a) != len(b) and _within(min(a, b, key=len), max(a, b, key=len))


def _within(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the words of `short` appear in `long` in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


def acronym(text: str) -> str:
    """An organisation's name as its initials ("Maritime Safety Agency" -> "msa"), or a name written as
    an acronym in lower case; "" when neither.

    >>> acronym("Maritime Safety Agency"), acronym("M.S.A."), acronym("Lowton")
    ('msa', 'msa', '')
    """
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in ("of", "and", "the", "for")]
    if len(words) < 2:
        return re.sub(r"[^a-z]", "", text.lower()) if text.replace(".", "").isupper() else ""
    return "".join(w[0] for w in words).lower()


# ---------------------------------------------------------------- a short mention in one article


def unique_first_names(full_names: Iterable[str], surnames: Iterable[str]) -> dict[str, str]:
    """first name (lower case) -> the one person named in full with it; a first name two people
    share, or one that is also someone's surname, stands for no one.

    >>> unique_first_names(["Seo Ha-rin", "Ada Lunde", "Ada Varga"], ["ha-rin", "lunde", "varga"])
    {'seo': 'Seo Ha-rin'}
    """
    firsts: dict[str, set[str]] = {}
    for name in full_names:
        if personal_name(name):
            firsts.setdefault(name.split()[0].lower(), set()).add(name)
    surnames = set(surnames)
    return {first: next(iter(names)) for first, names in firsts.items() if len(names) == 1 and first not in surnames}


def in_full(name: str, by_surname: Mapping[str, str], by_first: Mapping[str, str] | None = None) -> str:
    """A one-word name as the person an article named in full with it: by surname (lower case), else by
    first name (`unique_first_names`; pass it only where the mention is known to be a person's).

    >>> in_full("Varga", {"varga": "Ilse Varga"}), in_full("Ilse", {"varga": "Ilse Varga"}, {"ilse": "Ilse Varga"}), in_full("Holm", {})
    ('Ilse Varga', 'Ilse Varga', 'Holm')
    """
    parts = name.split()
    if len(parts) == 1:
        return by_surname.get(parts[0].lower()) or (by_first or {}).get(parts[0].lower(), name)
    return name


__all__ = ["person_name", "bare_name", "personal_name", "surname", "name_key", "same_surname", "same_spelling", "spelling_key", "surname_of",
           "spelling_variants", "middle_name_given_or_not", "acronym", "unique_first_names", "in_full"]
