"""Facts: sentences from different articles that state the same thing, aligned into one fact.

Two sentences state the same thing when their content words (lemmas, numbers, names) overlap
strongly: by TF-IDF cosine for near copies and paraphrases, and by the overlap coefficient for a
sentence that states a subset of another. Two sentences naming two participants (or numbers) in
common and sharing a verb align at a lower similarity (`easing`), two ledes lower still; an
article's headline, when it says what its lede says, lends the lede its words (`with_headlines`),
so that ledes told in other words under headlines that agree align.
Name tokens are kept even when they spell a stop word ("US"), and spellings of one country
("U.S.", "United States") are one word.
Sentences join a fact by average link, never two from one article, so a fact's sources are
distinct articles.

>>> from newsweave.model import Article
>>> from newsweave import nlp
>>> arts = [Article(id=i, original=t) for i, t in [("a", "The ferry hit a tanker on Monday."), ("b", "On Monday the ferry hit a tanker.")]]
>>> [f.sources for f in align_story(nlp.analysed(arts), {"a": 0, "b": 1}, quotes=[]).facts]
[('a', 'b')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import numpy as np
from scipy import sparse

from newsweave import nlp
from newsweave.clean.meta import dateline_end
from newsweave.lexicon.en import ALIAS_PHRASES, ALIASES, FIRST_PERSON, PRONOUNS, SECOND_PERSON
from newsweave.model import Article, Evidence, Fact, Quote, Sentence
from newsweave.params import HEADLINE_AGREES, LEDE_WITHIN, LEDES_SAME_FACT, PARTICIPANTS_SAME_FACT, QUOTED_NEAR, SAME_FACT
from newsweave.story.quotes import SAYING
from newsweave.story.similarity import FLOOR, Similarity, presence, products_at_least, similarity, WordsTfidf

PAIRS_AT_ONCE = 500_000  # pairs whose easing is counted in one sparse product
NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}


@dataclass(frozen=True)
class Unit:
    """A sentence with what alignment and selection need of it."""

    article: Article
    sentence: Sentence
    words: tuple[str, ...]
    position: int  # among the article's units (sentences with a verb): a heading above the lede does not count
    pronoun_start: bool
    is_quote_only: bool
    names: frozenset[str] = frozenset()  # lowercased tokens of named participants and numbers
    verbs: frozenset[str] = frozenset()  # lemmas of the sentence's verbs
    to_reader: bool = False  # "Share this story", "if you travel before Friday": said to the reader, outside a quote
    fragment: bool = False  # a caption or a heading: no verb at its root, or words and verbs in title case
    lede: bool = False  # the article's first sentence that states a fact
    headline: tuple[str, ...] = ()  # a lede's headline's content words, when the two agree
    headline_verbs: frozenset[str] = frozenset()  # and the headline's verbs: what it says happened
    # a line of a direct quote whose speaker is named in a sentence nearby, not in this one (`"We have
    # found the money ..."` after `"...," Mayor Ilse Varga said.`): the quote as the quotes stage found it
    quoted: Quote | None = None


# a sentence opening with a pronoun (`PRONOUNS`) leans on the one before it, and first and second persons
# speak from inside a quote: "I think ..." is nobody's claim in a summary, unless the sentence names who
# speaks (a `FIRST_PERSON` opening): in `"I regret it," the governor wrote.` "I" is the governor
OPENING, CLOSING = "\"“‘'", "\"”’'"
FINITE = {"VBD", "VBZ", "VBP", "MD"}
SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _named_speaker(article: Article, sentence: Sentence, quotes: Sequence[Quote]) -> bool:
    """Whether the sentence holds a direct quote whose speaker it names outside the quote with a name
    or a description (`"...," Mayor Ilse Varga said.`, `"...," the governor wrote.`), not a pronoun
    (`"...," she said.`), as the quotes stage found them."""
    for q in quotes:
        if not (q.direct and q.speaker_start is not None and sentence.start <= q.speaker_start < sentence.end):
            continue
        if any(sentence.start <= start and end <= sentence.end for start, end in q.quoted()) \
                and not any(start <= q.speaker_start < end for start, end in q.quoted()):
            if names_someone(article.original[q.speaker_start:q.speaker_end]):
                return True
    return False


def _quoted_line(article: Article, sentence: Sentence, quotes: Sequence[Quote]) -> Quote | None:
    """The direct quote a sentence is a line of, when the quote's speaker is named nearby with a name
    or a description (not a pronoun) and not in the sentence itself."""
    for q in quotes:
        if not (q.direct and q.speaker and q.speaker_start is not None
                and any(start <= sentence.start + 2 and sentence.end - 3 <= end for start, end in q.quoted())):
            continue
        if any(mark in q.speaker for mark in OPENING + CLOSING):
            continue  # a name cut from a quoted title ("Sea Wren” skipper"): no speaker to show
        if sentence.start <= q.speaker_start < sentence.end or min(abs(q.speaker_start - sentence.end), abs(sentence.start - q.speaker_end)) > QUOTED_NEAR:
            continue
        if names_someone(article.original[q.speaker_start:q.speaker_end]):
            return q
    return None


def names_someone(mention: str) -> bool:
    """Whether a speaker mention names someone a reader can see: a name or a description, not a pronoun.

    >>> names_someone("Mayor Ilse Varga"), names_someone("the governor"), names_someone("she")
    (True, True, False)
    """
    words = mention.split()
    return bool(words) and words[0].lower() not in PRONOUNS


def _fragment(tokens) -> bool:
    """No finite verb in the main clause: a caption, a heading, or a participle without its subject
    ("Assuming Tolvik is a port and starting ferry operations.").

    The parser often roots a sentence on a noun ("BRACKWATER — A coast guard crew found and rescued a
    diver ..." rooted on "BRACKWATER"); its main clause is then the highest verb in the tree, and a
    finite one there with its subject ("crew found") makes a sentence. A finite verb under another verb or in a relative clause does not
    ("Divers seen near the pier that the ferry had left." is a caption). A participle with its subject but
    no auxiliary ("Pilots Varga and Karas heading a list that ...") is a fragment too, unless the parser
    hung the finite verb under it ("Divers answering a call found ...")."""
    roots = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    if not roots:
        return not any(_finite_main(t) for t in tokens)
    return all(t.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") or _misparsed_main(t, c) for c in t.children) for t in roots)


def _misparsed_main(root, child) -> bool:
    """A finite verb the parser hung under a participle it took for the root: after it, loosely attached
    ("Divers answering a call found ..."), or before it ("Varga tells her ..., his voice shaking")."""
    if child.tag_ not in FINITE or child.dep_ == "relcl":
        return False
    return child.i < root.i or child.dep_ in ("dep", "conj", "parataxis", "advcl")


def _pronoun_subject(tokens) -> bool:
    """Whether the main clause's subject is "he", "she" or "they" with no name before it in the
    sentence: "Two years after her surgery, she ..." leans on the sentence before as much as "She ..."
    does. Inside a quote the speaker's "we" and "I" are theirs, and "it" is often no one."""
    for t in tokens:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she", "they"):
            return not any(u.pos_ == "PROPN" or u.ent_type_ == "PERSON" for u in tokens if u.i < t.i)
    return False


def _subject_of_root(tokens) -> bool:
    """Whether the sentence's main verb has a nominal subject ("Assuming the port is open and starting
    the ferries." parsed with "is" as its root has only a clause for one)."""
    return any(t.dep_ in SUBJECTS and t.head.dep_ == "ROOT" for t in tokens)


def _finite_main(t) -> bool:
    """A verb with no verb above it, not in a relative clause, with its subject, finite itself or through
    its auxiliary."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass", "relcl"):
        return False
    if any(a.pos_ in ("VERB", "AUX") or a.dep_ == "relcl" for a in t.ancestors):
        return False
    if not any(c.dep_ in SUBJECTS for c in t.children):
        return False  # "Get alerts by email" with the verb tagged finite: an imperative, page furniture
    return t.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in t.children)


def _headline(tokens) -> bool:
    """A headline in title case ("Harbour Master Praises Crew After Record Crowds"): its verbs are
    capitalised too, where a sentence full of names ("Prime Minister Ilse Varga met President Pavel
    Roth at Lowton Castle") writes them in lower case."""
    words = [t for t in tokens if t.is_alpha and len(t.text) > 3]
    return (len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
            and not any(t.pos_ in ("VERB", "AUX") and t.text[0].islower() for t in tokens))


def _to_reader(tokens, first, opens: bool) -> bool:
    """An imperative or a second person outside any quote: the page speaking to its reader."""
    if opens and tokens[0].is_alpha and (first.lower_ in ("please", "let") or (first.tag_ == "VB" and first.dep_ == "ROOT")):
        return True
    inside = False  # within double quotes (single ones double as apostrophes)
    for t in tokens:
        if t.text in ("“", "”", '"'):
            inside = t.text == "“" or (t.text == '"' and not inside)
        elif not inside and t.lower_ in SECOND_PERSON:
            return True
    return False


def units(analysed, *, quotes: Sequence[Quote]) -> list[Unit]:
    """Every sentence of every article, with its content words; an article's lede also carries the
    words of its headline when the two agree (see `HEADLINE_AGREES`). `quotes` are the story's
    (`quotes.find_quotes`): they say who speaks a first-person line."""
    out = []
    heads = nlp.titles([article for article, _, _ in analysed])
    said: dict[str, list[Quote]] = {}
    for q in quotes:
        said.setdefault(q.article, []).append(q)
    for (article, doc, sentences), head in zip(analysed, heads):
        lede = None
        stated = 0
        table = _Words(doc)
        for sentence in sentences:
            span = doc.char_span(sentence.clean_start, sentence.clean_end, alignment_mode="expand")
            tokens = list(span) if span is not None else []
            at = (span.start, span.end) if span is not None else (0, 0)
            words = table.words(*at)
            first = next((t for t in tokens if t.is_alpha), None)
            opens = first is not None and first.i == tokens[0].i + (0 if tokens[0].is_alpha else 1)
            text = sentence.text
            if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in tokens):
                continue  # a heading or a fragment states no fact
            quoted = _quoted_line(article, sentence, said.get(article.id, ()))
            unit = Unit(
                article=article,
                sentence=sentence,
                words=words,
                position=stated,
                pronoun_start=opens and first.lower_ in PRONOUNS and not (
                    first.lower_ in FIRST_PERSON and (quoted is not None or _named_speaker(article, sentence, said.get(article.id, ()))))
                or _pronoun_subject(tokens),
                is_quote_only=text[:1] in OPENING and text.rstrip()[-1:] in CLOSING,
                names=table.names(*at),
                verbs=table.verbs(*at),
                to_reader=_to_reader(tokens, first, opens),
                # a line of a longer quote is speech, often clipped: shown alone only as a whole clause
                fragment=_fragment(tokens) or _headline(tokens) or quoted is not None and not _subject_of_root(tokens),
                quoted=quoted,
            )
            if lede is None and sentence.index < LEDE_WITHIN:
                lede = unit = _with_headline(replace(unit, lede=True), head)
            out.append(unit)
            stated += 1
    return out


# the inverted pyramid: a headline states the news its lede tells, in fewer and plainer words
# ("Ferry Owner Blames Storm For Crash" over "The ferry's owner said the storm had caused
# Monday's collision"). Outlets that paraphrase one lede often agree in their headlines; the
# headline's words, read with a lede that says the same, let those ledes align (`with_headlines`).
# (`LEDE_WITHIN` and `HEADLINE_AGREES`, in newsweave.params)


def _with_headline(unit: Unit, head) -> Unit:
    """The lede with its headline's words and verbs, when it says what the headline says."""
    if head is None:
        return unit
    table = _Words(head)
    words = table.words(0, len(head))
    shared = set(words) & set(unit.words)
    if len(shared) < 3 or len(shared) < HEADLINE_AGREES * len(set(words)):
        return unit
    return replace(unit, headline=words, headline_verbs=table.verbs(0, len(head)))


class _Words:
    """The words of a Doc's tokens as the units count them, read from its token arrays at once (spaCy makes
    a Token object at every access): what each token counts as, its lemma or a name as written, a
    country's spellings as one; whether it is a content word, one that says what a sentence is about (not
    a stop word unless part of a name: "US" lowercases to the stop word "us"; not punctuation, not a single
    letter); the named participants and numbers; the verbs.

    >>> from newsweave import nlp
    >>> doc = nlp.load()("United States ferry crews said they rescued 12 divers off Saltmere.")
    >>> table = _Words(doc)
    >>> table.words(0, len(doc)), sorted(table.names(0, len(doc))), sorted(table.verbs(0, len(doc)))
    (('us', 'ferry', 'crew', 'say', 'rescue', '12', 'diver', 'saltmere'), ['12', 'saltmere', 'states', 'us'], ['rescue'])
    """

    def __init__(self, doc):
        from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_STOP, LEMMA, LIKE_NUM, LOWER, ORTH, POS
        from spacy.symbols import PROPN, VERB

        strings = doc.vocab.strings
        rows = doc.to_array([LOWER, ENT_TYPE, IS_ALPHA, LIKE_NUM, IS_STOP, POS, LEMMA, ORTH]).tolist() if len(doc) else []
        lowers = [strings[row[0]] for row in rows]
        self.word, self.content, self.name, self.number, self.verb = [], [], [], [], []
        for i, (_, ent, alpha, num, stop, pos, lemma, orth) in enumerate(rows):
            lower, text = lowers[i], strings[orth]
            pair = (lower, lowers[i + 1] if i + 1 < len(rows) else "")
            if ent and lower in ALIASES:
                word, content = ALIASES[lower], True
            elif pair in ALIAS_PHRASES:
                word, content = ALIAS_PHRASES[pair], True
            else:
                word = (strings[lemma] if not ent else text).lower()
                # the second word of a spelled-out country: its first word stands for both
                content = not (i > 0 and (lowers[i - 1], lower) in ALIAS_PHRASES) and (alpha or num) and (
                    not stop or (bool(ent) and pos == PROPN)) and len(text) > 1
            self.word.append(word)
            self.content.append(content)
            named = (pos == PROPN or (ent and strings[ent] in NAMED and alpha and not stop)) and len(text) > 1
            self.name.append(word if named else None)
            self.number.append(text if num and any(c.isdigit() for c in text) else None)
            verb = strings[lemma].lower() if pos == VERB else None
            self.verb.append(verb if verb not in SAYING else None)

    def words(self, start: int, end: int) -> tuple[str, ...]:
        """The content words of tokens start..end, in order."""
        return tuple(w for w, content in zip(self.word[start:end], self.content[start:end]) if content)

    def names(self, start: int, end: int) -> frozenset[str]:
        """Lowercased words of named participants, and numbers."""
        return frozenset(w for w in self.name[start:end] if w) | frozenset(n for n in self.number[start:end] if n)

    def verbs(self, start: int, end: int) -> frozenset[str]:
        """The verbs' lemmas; reporting verbs say who spoke, not what happened: "said" links no two facts."""
        return frozenset(v for v in self.verb[start:end] if v)


def with_headlines(items: Sequence[Unit], least: float) -> dict[tuple[int, int], float]:
    """The TF-IDF cosine of two ledes (i < j), each read with its headline, where a headline says what the
    other lede or headline says was done (they share a verb: "Climate talks continue in Bali" and
    "Climate conference in Bali begins" do not), for the pairs at `least` or more. A headline's words can
    bring two ledes together, and only in alignment: centrality and redundancy read the sentences as written."""
    ledes = [i for i, u in enumerate(items) if u.lede]
    if not any(items[i].headline for i in ledes):
        return {}
    vectorizer = WordsTfidf().fit([list(u.words) for u in items])
    told = vectorizer.transform([list(items[i].words + items[i].headline) for i in ledes]).tocsr()
    cosine = products_at_least(told, told, least).tocoo()
    out = {}
    for a, b, value in zip(cosine.row.tolist(), cosine.col.tolist(), cosine.data.tolist()):
        i, j = ledes[a], ledes[b]
        x, y = items[i], items[j]
        if i < j and (x.headline_verbs & (y.verbs | y.headline_verbs) or y.headline_verbs & x.verbs):
            out[i, j] = value
    return out


@dataclass(frozen=True)
class Alignment:
    """The sentences of a story, their similarities, and the facts they align into (same order as `clusters`)."""

    items: list[Unit]
    sim: Similarity
    clusters: list[list[int]]
    facts: list[Fact]
    groups: dict[str, int] = field(default_factory=dict)  # article id -> origin group (copies share one)


def align_story(analysed, groups: dict[str, int], threshold: float = SAME_FACT, *, occasions: dict[str, int] | None = None,
                quotes: Sequence[Quote]) -> Alignment:
    """Align the sentences of a story's articles into facts, the most widely reported first.
    `occasions` (article id -> the occasion it is mainly about, `events.story_events_of_articles`)
    keeps the ledes of articles about two look-alike occasions from aligning at a lower similarity;
    `quotes` (the story's `quotes.find_quotes`) say who speaks a first-person line."""
    items = units(analysed, quotes=quotes)
    sim = similarity([u.words for u in items])
    clusters = rank_clusters(items, align(items, sim, told(items, sim, threshold, occasions), threshold), groups)
    return Alignment(items, sim, clusters, [to_fact(items, members, sim, groups) for members in clusters], dict(groups))


class Told(NamedTuple):
    """The pairs (rows[k] < cols[k]) alignment looks at: their similarity and the credit `told` gives them."""

    rows: np.ndarray
    cols: np.ndarray
    similar: np.ndarray
    credit: np.ndarray


def told(items: Sequence[Unit], sim: Similarity, threshold: float = SAME_FACT,
         occasions: dict[str, int] | None = None) -> Told:
    """The pairs alignment looks at, each with its similarity and how much more alignment credits it: a
    lede read with its headline (`with_headlines`), and `easing`. A pair below `FLOOR` that no headline
    brings together counts at its similarity alone."""
    most_eased = max(threshold - LEDES_SAME_FACT, threshold - PARTICIPANTS_SAME_FACT, 0.0)
    heads = with_headlines(items, max(threshold - most_eased, FLOOR))
    near = sparse.triu(sim.pairs, k=1).tocoo()
    rows, cols, similar = near.row.astype(np.int64), near.col.astype(np.int64), near.data
    credit = _easing(items, rows, cols, threshold, occasions)
    keep = (credit > 0) | (similar + most_eased >= threshold)
    rows, cols, similar, credit = rows[keep], cols[keep], similar[keep], credit[keep]
    if heads:
        n = len(items)
        keys = rows * n + cols
        order = np.argsort(keys, kind="stable")
        added = []
        for (i, j), value in heads.items():
            at = np.searchsorted(keys, i * n + j, sorter=order)
            if at < len(keys) and keys[order[at]] == i * n + j:
                k = order[at]
                credit[k] += max(value - similar[k], 0.0)
            else:
                base = sim[i, j]
                added.append((i, j, base, easing(items[i], items[j], threshold, occasions) + max(value - base, 0.0)))
        if added:
            extra = np.array(added)
            rows, cols = np.concatenate([rows, extra[:, 0].astype(np.int64)]), np.concatenate([cols, extra[:, 1].astype(np.int64)])
            similar, credit = np.concatenate([similar, extra[:, 2]]), np.concatenate([credit, extra[:, 3]])
    return Told(rows, cols, similar, credit)


def _easing(items: Sequence[Unit], rows: np.ndarray, cols: np.ndarray, threshold: float,
            occasions: dict[str, int] | None) -> np.ndarray:
    """`easing` of the pairs (rows[k], cols[k]), counted with sparse products rather than pair by pair."""
    out = np.zeros(len(rows))
    if not len(rows):
        return out

    def present(sets):
        return presence([sorted(x) for x in sets]) if any(sets) else None

    names, verbs = present([u.names for u in items]), present([u.verbs for u in items])
    if names is None:
        return out
    lede = np.array([u.lede for u in items])
    for start in range(0, len(rows), PAIRS_AT_ONCE):
        r, c = rows[start:start + PAIRS_AT_ONCE], cols[start:start + PAIRS_AT_ONCE]
        two = np.asarray(names[r].multiply(names[c]).sum(axis=1)).ravel() >= 2
        verb = np.asarray(verbs[r].multiply(verbs[c]).sum(axis=1)).ravel() >= 1 if verbs is not None else np.zeros(len(r), bool)
        ledes = lede[r] & lede[c]
        out[start:start + len(r)][two & ~ledes & verb] = max(threshold - PARTICIPANTS_SAME_FACT, 0.0)
        for k in np.flatnonzero(two & ledes):  # two ledes: whether they tell one occasion's news (`_same_news`)
            out[start + k] = easing(items[int(r[k])], items[int(c[k])], threshold, occasions)
    return out


def easing(a: Unit, b: Unit, threshold: float = SAME_FACT, occasions: dict[str, int] | None = None) -> float:
    """How much lower than `threshold` two sentences may score and still align: those naming two
    participants (or numbers) in common and sharing a verb state one fact in other words; two
    ledes of one occasion, more so (`_same_news`).

    >>> from types import SimpleNamespace as U
    >>> a = U(names=frozenset({"varga", "kessel"}), verbs=frozenset({"ignore"}), lede=False)
    >>> b = U(names=frozenset({"varga", "kessel"}), verbs=frozenset({"ignore", "say"}), lede=False)
    >>> c = U(names=frozenset({"varga", "orlenko"}), verbs=frozenset({"meet"}), lede=False)
    >>> round(easing(a, b), 2), easing(a, c)
    (0.1, 0.0)
    """
    if len(a.names & b.names) < 2:
        return 0.0
    if _same_news(a, b, occasions):
        return max(threshold - LEDES_SAME_FACT, 0.0)
    if a.verbs & b.verbs:
        return max(threshold - PARTICIPANTS_SAME_FACT, 0.0)
    return 0.0


def _same_news(a: Unit, b: Unit, occasions: dict[str, int] | None) -> bool:
    """Two ledes of articles about one occasion that, or whose headlines, say the same was done (a
    lede's "accused NATO of ignoring" and a headline's "NATO ignored")."""
    if not (a.lede and b.lede) or (occasions is not None and occasions.get(a.article.id) != occasions.get(b.article.id)):
        return False
    return bool((a.verbs | a.headline_verbs) & (b.verbs | b.headline_verbs))


def align(items: Sequence[Unit], sim: Similarity, pairs: Told, threshold: float = SAME_FACT) -> list[list[int]]:
    """Average-link agglomeration of sentences across articles; one sentence per article per cluster. A
    pair's score is its similarity plus its credit (`told`); two clusters join while the mean score of
    their pairs reaches `threshold`. The mean is exact without a matrix: the cosines of two clusters sum
    to the dot product of their summed vectors, and the rest (overlap, credit) is kept per pair of clusters."""
    vectors = sim.vectors
    sums = {i: dict(zip(vectors.indices[vectors.indptr[i]:vectors.indptr[i + 1]].tolist(),
                        vectors.data[vectors.indptr[i]:vectors.indptr[i + 1]].tolist())) for i in range(len(items))}
    links: dict[int, dict[int, float]] = {i: {} for i in range(len(items))}
    extra = sparse.triu(sim.extra, k=1).tocoo()
    for i, j, value in zip(extra.row.tolist(), extra.col.tolist(), extra.data.tolist()):
        links[i][j] = links[j][i] = value
    credited = pairs.credit > 0
    for i, j, credit in zip(pairs.rows[credited].tolist(), pairs.cols[credited].tolist(), pairs.credit[credited].tolist()):
        links[i][j] = links[j][i] = links[i].get(j, 0.0) + credit
    score = pairs.similar + pairs.credit
    article_number = {a: n for n, a in enumerate(dict.fromkeys(u.article.id for u in items))}
    of_article = np.array([article_number[u.article.id] for u in items], dtype=np.int64)
    scored = (score >= threshold) & (of_article[pairs.rows] != of_article[pairs.cols])
    rows, cols, score = pairs.rows[scored], pairs.cols[scored], score[scored]
    ranked = np.lexsort((cols, rows, -score))  # the highest score first, then by position
    clusters: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    articles = {i: {items[i].article.id} for i in range(len(items))}
    owner = list(range(len(items)))
    for i, j in zip(rows[ranked].tolist(), cols[ranked].tolist()):
        a, b = owner[i], owner[j]
        if a == b or articles[a] & articles[b]:
            continue
        ca, cb = clusters[a], clusters[b]
        small, large = sorted((sums[a], sums[b]), key=len)
        total = sum(w * large.get(k, 0.0) for k, w in small.items()) + links[a].get(b, 0.0)
        if total / (len(ca) * len(cb)) < threshold:
            continue
        clusters[a] = ca + cb
        articles[a] |= articles.pop(b)
        for k, w in sums.pop(b).items():
            sums[a][k] = sums[a].get(k, 0.0) + w
        for c, value in links.pop(b).items():
            del links[c][b]
            if c != a:
                links[a][c] = links[c][a] = links[a].get(c, 0.0) + value
        for k in cb:
            owner[k] = a
        del clusters[b]
    return list(clusters.values())


def rank_clusters(items, clusters, groups) -> list[list[int]]:
    def key(members):
        independent = len({groups.get(items[k].article.id, items[k].article.id) for k in members})
        return (-independent, -len(members), min(items[k].position for k in members), members[0])

    return sorted(clusters, key=key)


def representative(items: Sequence[Unit], members: list[int], sim: Similarity) -> int:
    """The member most similar to the others that does not lean on the sentence before it (ties, equal
    sums to 9 places as in a pair, where each is as similar to the other: the earliest in its article,
    then the first article)."""
    if len(members) == 1:
        return members[0]
    summed = dict(zip(members, np.round(sim.sums(members), 9).tolist()))
    return max(members, key=lambda k: (not items[k].pronoun_start, summed[k], -items[k].position, -k))


def to_fact(items, members, sim, groups) -> Fact:
    members = sorted(members, key=lambda k: (items[k].article.published or _far(), items[k].article.id))
    best = items[representative(items, members, sim)]
    sources = tuple(items[k].article.id for k in members)
    evidence = tuple(
        Evidence(article=items[k].article.id, start=items[k].sentence.start, end=items[k].sentence.end,
                 text=items[k].article.original[items[k].sentence.start: items[k].sentence.end])
        for k in members
    )
    independent = len({groups.get(s, s) for s in sources})
    text = best.sentence.text
    text = text[dateline_end(text, least_after=41):]  # the story's words, not the wire's dateline before them
    return Fact(text=text, sources=sources, independent_sources=independent, evidence=evidence)


def _far():
    import datetime as dt

    return dt.date.max
