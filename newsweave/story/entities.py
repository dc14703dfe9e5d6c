"""Who and where: the story's people, organisations, places and vessels, with their roles and name variants merged.

spaCy's entities are the starting point; rules then repair what a small model gets wrong on news copy
(a ferry called "Hollin Bay" tagged as a person, "Skerry Line" as a person, "Tolviksaid" glued), link
surnames and titles to the full name ("Orlenko", "the minister" -> Mikhail Orlenko) and merge spellings
of one name (Sergey/Sergei Lavrov, Zelensky/Zelenskyy, Mikhail/Mykhailo Orlenko). Two people are merged
only when their surnames agree: Vladimir Putin and Volodymyr Zelenskyy stay apart.
Whether two names are one person is decided in `newsweave.story.names` (for quotes and quote merging too).

>>> from newsweave.model import Article
>>> from newsweave import nlp
>>> a = Article(id="a", original="French President Emmanuel Macron met reporters. Macron said little.")
>>> [(e.name, e.type, e.roles, e.mentions) for e in entities(nlp.analysed([a])) if e.type == "person"]
[('Emmanuel Macron', 'person', ('French President',), 2)]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from newsweave.lexicon.en import (
    DEMONYM_STEMS, FORMS_OF_ADDRESS, LOWER_PLACE_HEADS, MINISTER_FIELDS, NAME_PARTICLES_OF_MENTIONS, ORG_HEADS, ORG_NOUNS, PLACE_HEADS,
    PUBLICATION_NOUNS, RANKING, ROLE_WORDS, TITLES_BEFORE_NAMES, TITLES_REFERRED_BACK, VESSEL_NOUNS,
)
from newsweave.model import Article, Entity, Sentence
from newsweave.nlp import ents_of, glued_hyphen, text_of
from newsweave.story.names import (
    acronym,
    middle_name_given_or_not,
    name_key,
    same_spelling,
    spelling_key,
    spelling_variants,
    surname_of,
)

LABEL_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}
# Labels the small model gives to names it cannot place; kept only when a rule below gives them a type.
WEAK_LABELS = {"PRODUCT", "WORK_OF_ART", "NORP", "EVENT", "LAW"}
# "Frenchwoman", "Dutchman": a nationality, not a person's name
DEMONYM_PERSON = re.compile(r"^(?:" + "|".join(DEMONYM_STEMS) + r")(?:wo)?m[ae]n$", re.I)
GLUED = re.compile(r"^(?P<name>[A-Z][a-z]{2,})(?P<glue>said|says|told|added)$")


@dataclass
class _Mention:
    article: str
    start: int  # cleaned-text offsets
    end: int
    text: str
    type: str
    strong: bool = True  # typed by spaCy's own label (not a weak label or a rule guess)
    roles: list[str] = field(default_factory=list)
    vessel: bool = False


class Found(NamedTuple):
    """What the entities stage finds in one pass: the entities, every linked mention and every role."""

    entities: list[Entity]
    mentions: list[tuple[str, int, int, str, str]]  # (article id, clean start, clean end, entity name, entity type)
    roles: list[tuple[str, str, str, int, int]]  # (entity name, role, article id, clean start, clean end)


def entities(analysed: Sequence[tuple[Article, object, list[Sentence]]], *, min_mentions: int = 1) -> list[Entity]:
    """People, organisations, places and vessels of one story, most mentioned first.

    `analysed` is `newsweave.nlp.analysed(articles)`; each entity carries its name (the most used full
    form), its type (`person`, `organisation`, `place`, `vessel`), the other forms used (`aliases`, titles
    like "the minister" included), the roles the articles give it, its mention count, its sources and
    the span of every mention in the original text (`evidence`).

    >>> from newsweave.model import Article
    >>> from newsweave import nlp
    >>> a = Article(id="a", original="Russian Foreign Minister Sergey Lavrov spoke. Sergei Lavrov left.")
    >>> [(e.name, e.aliases, e.mentions, [m.text for m in e.evidence]) for e in entities(nlp.analysed([a]))]
    [('Sergey Lavrov', ('Sergei Lavrov',), 2, ['Sergey Lavrov', 'Sergei Lavrov'])]
    """
    return find(analysed, min_mentions=min_mentions).entities


def find(analysed: Sequence[tuple[Article, object, list[Sentence]]], *, min_mentions: int = 1) -> Found:
    """The entities, every mention linked to one (for stages that need participants) and every role an
    article gives a person, the span covering the role and the name ("harbour master Maren Tolvik").

    >>> from newsweave.model import Article
    >>> from newsweave import nlp
    >>> a = Article(id="a", original="Deputy harbour master Maren Tolvik spoke. Tolvik left.")
    >>> found = find(nlp.analysed([a]))
    >>> [m[3] for m in found.mentions], [(r[0], r[1]) for r in found.roles]
    (['Maren Tolvik', 'Maren Tolvik'], [('Maren Tolvik', 'Deputy harbour master')])
    """
    articles = {article.id: article for article, _, _ in analysed}
    clusters = _clusters(analysed)
    found = [Entity(name=c.name, type=c.type, aliases=tuple(a for a in c.forms if a != c.name), roles=c.roles(),
                    mentions=c.count, sources=tuple(dict.fromkeys(c.sources)),
                    evidence=tuple(articles[m.article].evidence(m.start, m.end) for m in c.mentions))
             for c in clusters if c.count >= min_mentions]
    found.sort(key=lambda e: (-e.mentions, e.name))
    mentions = sorted(((m.article, m.start, m.end, c.name, c.type) for c in clusters for m in c.mentions),
                      key=lambda x: (x[0], x[1]))
    return Found(found, mentions, _role_mentions(clusters, articles))


def _role_mentions(clusters: list[_Cluster], articles: dict[str, Article]) -> list[tuple[str, str, str, int, int]]:
    out = []
    for c in clusters:
        if c.type != "person":
            continue
        for m in c.mentions:
            text = articles[m.article].body
            for role in m.roles:
                window_start = max(0, m.start - 80)
                at = text.lower().rfind(role.lower(), window_start, m.start)
                if at < 0:
                    at = text.lower().find(role.lower(), m.end, m.end + 80)
                start, end = (min(at, m.start), max(at + len(role), m.end)) if at >= 0 else (m.start, m.end)
                out.append((c.name, role, m.article, start, end))
    return out


# ---------------------------------------------------------------- finding mentions


def _find_mentions(article: Article, doc) -> list[_Mention]:
    mentions: list[_Mention] = []
    taken = set()
    for ent in ents_of(doc):
        if ent.label_ not in LABEL_TYPES and ent.label_ not in WEAK_LABELS:
            continue
        for part in _split(ent):
            if any(t.i in taken for t in part):
                continue
            m = _typed(part, ent.label_, article.id)
            if m is not None:
                mentions.append(m)
                taken.update(t.i for t in doc.char_span(m.start, m.end, alignment_mode="expand") or part)
    # Names the model missed but whose last word says what they are ("Saltmere Radio", "Gullrock channel").
    for run in _capitalised_runs(doc):
        if any(t.i in taken for t in run):
            continue
        m = _typed(run, "", article.id)
        if m is not None and not m.strong and m.type in ("organisation", "place"):
            mentions.append(m)
            taken.update(range(run.start, run.end))
    for m, span in ((m, doc.char_span(m.start, m.end, alignment_mode="expand")) for m in list(mentions)):
        if span is None:
            continue
        if m.type == "person" or m.vessel:
            m.roles.extend(_roles(span))
        if _vessel_context(span):
            m.vessel = True
    return mentions


def _split(ent):
    """"Brackwater Herald / Northline Wire" is two names; "Sputnik - 08th" loses its debris; a hyphen
    inside a word joins one name ("Anna Holm-Berg", "Jean-Luc Varga")."""
    doc = ent.doc
    parts, start = [], ent.start
    for t in ent:
        if t.text in ("/", "-", "–", "—", "|", "(", ")") and not (t.i > ent.start and glued_hyphen(t)):
            if t.i > start:
                parts.append(doc[start:t.i])
            start = t.i + 1
    if start < ent.end:
        parts.append(doc[start:ent.end])
    return parts


def _typed(span, label: str, article_id: str) -> _Mention | None:
    doc = span.doc
    # Leading articles and honorifics are not part of the name, nor is a word that ranks the person
    # ("Top Ferry Line adviser ..." read as the name "Top Ferry"); a trailing possessive neither.
    while len(span) and (span[0].lower_ in ("the", "a", "an") or span[0].lower_ in TITLES_BEFORE_NAMES
                         or label == "PERSON" and len(span) > 1 and span[0].lower_ in RANKING):
        span = doc[span.start + 1:span.end]
    while len(span) and (span[-1].text in ("'s", "’s", "'", "’") or span[-1].is_punct or span[-1].like_num):
        span = doc[span.start:span.end - 1]
    if not len(span):
        return None
    # "Ursula von der" + "Leyen": a name does not end on a particle.
    while span[-1].lower_ in NAME_PARTICLES_OF_MENTIONS and span.end < len(doc) and doc[span.end].is_title:
        span = doc[span.start:span.end + 1]
    # "(Secretary of) Harbours Ada Lunde" tagged as one organisation: the last words are the person.
    if label == "ORG" and len(span) >= 3 and span.start >= 2 and doc[span.start - 1].lower_ == "of" \
            and doc[span.start - 2].lower_ in ROLE_WORDS and all(t.pos_ == "PROPN" and t.is_title for t in span[1:]):
        span, label = doc[span.start + 1:span.end], "PERSON"
    # "Gullrock channel": a lowercase geographic noun right after a name makes it a place.
    extended = False
    if span.end < len(doc) and doc[span.end].lower_ in LOWER_PLACE_HEADS and doc[span.end].is_lower and label not in ("GPE",):
        span = doc[span.start:span.end + 1]
        extended = True
    text = span.text
    glued = GLUED.match(span[-1].text)
    if glued:
        # "Tolviksaid": keep the name, drop the glued verb.
        end_char = span[-1].idx + len(glued.group("name"))
        text = text_of(doc)[span.start_char:end_char]
    else:
        end_char = span.end_char
    if not _looks_like_name(span, extended):
        return None
    head = span[-1].lower_
    typ, strong = LABEL_TYPES.get(label), label in LABEL_TYPES
    if head in ORG_HEADS and len(span) > 1:
        typ, strong = "organisation", typ == "organisation"
    elif extended or (head in PLACE_HEADS and len(span) > 1 and typ != "person") \
            or span.start > 0 and doc[span.start - 1].lower_ in LOWER_PLACE_HEADS and doc[span.start - 1].is_lower:
        # "Gullrock channel", "Harbour Islands", "the river Seine"
        typ, strong = "place", typ == "place"
    elif span.start > 0 and doc[span.start - 1].lower_ in ORG_NOUNS or _publication_after(span):
        typ, strong = "organisation", typ == "organisation"
    if typ is None:
        return None
    if label == "NORP" or (label in WEAK_LABELS and not (head in ORG_HEADS or head in PLACE_HEADS or extended)):
        return None
    return _Mention(article=article_id, start=span.start_char, end=end_char, text=" ".join(text.split()), type=typ, strong=strong)


def _publication_after(span) -> bool:
    """"the Lowton Post satirical weekly": the name is a publication's."""
    doc, i = span.doc, span.end
    if span.start > 0 and doc[span.start - 1].lower_ in ("a", "an"):
        return False  # "a Nessan weekly": where the publication is from
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1
    return i < len(doc) and doc[i].lower_ in PUBLICATION_NOUNS and doc[i].is_lower


def _looks_like_name(span, extended: bool) -> bool:
    """Debris filter: a name starts with a capital, has no line break and no lowercase words except particles."""
    text = span.text
    if "\n" in text or "http" in text or "@" in text or len(text) < 2 or not text[0].isupper():
        return False
    words = [t for t in span if not t.is_punct]
    if not words:
        return False
    for i, t in enumerate(words):
        hyphenated = t.i > 0 and glued_hyphen(t.doc[t.i - 1])  # "Ha-rin"
        if t.text[0].islower() and t.lower_ not in NAME_PARTICLES_OF_MENTIONS and t.lower_ not in ("of", "and", "for", "on") \
                and not hyphenated and not (extended and i == len(words) - 1):
            return False
    # One common word at the start of a sentence ("Success", "State") is not a name.
    if len(words) == 1 and words[0].is_stop and not words[0].is_upper:
        return False
    # "Secretary of State Antony Blinken": "State" belongs to the title.
    doc = span.doc
    if len(words) == 1 and span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in ROLE_WORDS:
        return False
    # One common noun opening a sentence ("Success here is ...") is not a name.
    if len(words) == 1 and words[0].is_sent_start and words[0].pos_ != "PROPN":
        return False
    # "Interior Minister": the minister's field; "Frenchwoman": a nationality
    if len(words) == 1 and (words[0].lower_ in MINISTER_FIELDS and span.end < len(doc) and doc[span.end].lower_ in ROLE_WORDS
                            or DEMONYM_PERSON.match(words[0].text)):
        return False
    return True


def _capitalised_runs(doc):
    """Runs of capitalised words, "of" allowed inside ("Ministry of Maritime Affairs"), not starting a sentence
    unless long (read from the Doc's token arrays at once)."""
    from spacy.attrs import IS_ALPHA, IS_TITLE, LOWER, POS
    from spacy.symbols import ADJ, NOUN, PROPN

    if not len(doc):
        return []
    joining = {doc.vocab.strings["of"], doc.vocab.strings["and"]}
    rows = doc.to_array([IS_TITLE, IS_ALPHA, POS, LOWER]).tolist()
    runs, start = [], None
    for i, (title, alpha, pos, lower) in enumerate(rows):
        inside = start is not None and lower in joining and i + 1 < len(rows) and rows[i + 1][0]
        if (title and alpha and pos in (PROPN, NOUN, ADJ)) or inside:
            if start is None:
                start = i
        else:
            if start is not None and i - start >= 2:
                runs.append(doc[start:i])
            start = None
    if start is not None and len(doc) - start >= 2:
        runs.append(doc[start:len(doc)])
    return runs


def _roles(span) -> list[str]:
    """Titles before a name ("Russian Foreign Minister", "harbour master") and in apposition (", a teacher")."""
    doc = span.doc
    roles = []
    i = span.start - 1
    words = []
    while i >= 0:
        t = doc[i]
        if _in_chief(t, words):
            words.insert(0, t)  # "Editor in Chief", "editor-in-chief": one title
            i -= 1
            continue
        if t.is_punct or t.is_space or "\n" in t.whitespace_:
            break
        mistagged = t.pos_ == "VERB" and t.dep_ == "compound"  # "Harbour master": a noun the tagger took for a verb
        if t.lower_ in ("the", "a", "an") or t.pos_ in ("VERB", "AUX", "PRON", "DET") and not mistagged \
                or (t.pos_ == "ADP" and t.lower_ != "of"):
            break
        if t.lower_ in ("said", "says", "told", "and", "but", "with", "by", "to"):
            break
        if not (t.text[0].isupper() or t.lower_ in ROLE_WORDS or t.dep_ in ("compound", "amod") or t.lower_ == "of"):
            break
        words.insert(0, t)
        i -= 1
    while words and words[0].lower_ == "of":
        words.pop(0)
    while words and words[-1].lower_ in FORMS_OF_ADDRESS:
        words.pop()  # "Mr Cazeneuve": a form of address, not a title
    if words and any(w.lower_ in ROLE_WORDS or w.lower_ in TITLES_BEFORE_NAMES - FORMS_OF_ADDRESS for w in words) \
            and words[-1].lower_ not in ("of",):
        roles.append(_role_text(words))
    # Apposition after the name: "Lena Brask, a teacher travelling to ..." -> "teacher".
    for child in span.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and span.end + 1 < len(doc) and doc[span.end].text == "," \
                and child.left_edge.i == span.end + 1:
            # not an age ("a 24-year-old harbour pilot": the pilot)
            left = [t for t in child.lefts if t.dep_ in ("compound", "amod") and t.i < child.i and not _age(t)]
            tokens = left + [child]
            of = [c for c in child.rights if c.dep_ == "prep" and (c.lower_ == "of" or _chief_of(c))]
            text = _role_text(tokens + [t for prep in of for t in prep.subtree])
            if child.lower_ in ROLE_WORDS or child.lemma_.lower() in ROLE_WORDS or len(tokens) <= 3:
                roles.append(text)
    # "The Russian President, Vladimir Putin": the name is in apposition to the title.
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start and root.head.lower_ in ROLE_WORDS:
        head = root.head
        left = [t for t in head.lefts if t.dep_ in ("compound", "amod")]
        chief = [t for c in head.rights if c.i < root.i and _chief_of(c) for t in c.subtree]
        roles.append(_role_text(left + [head] + chief))
    return roles


def _age(t) -> bool:
    """"24-year-old", "six-month-old": a modifier giving an age."""
    return t.lower_ == "old" and any(c.like_num for c in t.subtree)


def _in_chief(t, after: list) -> bool:
    """Whether `t` is the "in" (or a hyphen) of "editor in chief", given the words after it."""
    rest = [w.lower_ for w in after if w.text != "-"]
    if t.lower_ == "in":
        return rest[:1] == ["chief"]
    return glued_hyphen(t) and (rest[:1] == ["chief"] or rest[:2] == ["in", "chief"])


def _chief_of(prep) -> bool:
    """'editor-in-chief' parsed as the noun and a preposition: the preposition is part of the title."""
    return prep.lower_ == "in" and any(c.lower_ == "chief" for c in prep.children)


def _role_text(tokens) -> str:
    """The title as written: the words' own text and spacing ("editor-in-chief") when only hyphens lie
    between them."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()  # "curator of the museum in Tolvik, Nessa,": the clause's comma is not the title's
    doc, inside = tokens[0].doc, {t.i for t in tokens}
    if all(i in inside or doc[i].text == "-" for i in range(tokens[0].i, tokens[-1].i + 1)):
        return doc[tokens[0].i: tokens[-1].i + 1].text.strip()
    return " ".join(t.text.strip() for t in tokens if t.text.strip())


def _vessel_context(span) -> bool:
    doc = span.doc
    before = [t for t in doc[max(0, span.start - 2):span.start] if t.lower_ not in ("the", "a")]
    if before and before[-1].lemma_.lower() in VESSEL_NOUNS:
        return True
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in VESSEL_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in VESSEL_NOUNS for c in root.children)


# ---------------------------------------------------------------- grouping mentions into entities


class _Cluster:
    """The mentions of one entity. Its type and name are read from tallies kept as mentions are added
    (a story of a thousand articles names its main people thousands of times: counting them all again at
    every mention would take the square of that)."""

    def __init__(self, mention: _Mention):
        self.mentions = [mention]
        self.recount()

    def recount(self) -> None:
        """Tally the mentions again from the start (after their types were changed)."""
        self._seen = 0
        self._vessels = 0
        self._votes: Counter = Counter()
        self._capitalised: Counter = Counter()  # in order of first use, as are the others
        self._forms: Counter = Counter()
        self._person = False

    def _tally(self) -> None:
        for m in self.mentions[self._seen:]:
            self._vessels += m.vessel
            self._votes[m.type] += 2 if m.strong else 3  # a rule that overrode the model saw something the model did not
            self._forms[m.text] += 1
            if not m.text[0].islower() and not m.text.lower().startswith("the "):
                self._capitalised[m.text] += 1
            self._person = self._person or m.type == "person"
        self._seen = len(self.mentions)

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def sources(self) -> list[str]:
        return [m.article for m in self.mentions]

    @property
    def forms(self) -> list[str]:
        return list(dict.fromkeys(m.text for m in self.mentions))

    @property
    def person(self) -> bool:
        """Whether any mention was typed a person."""
        self._tally()
        return self._person

    @property
    def type(self) -> str:
        self._tally()
        if self._vessels >= 1:
            return "vessel"
        return self._votes.most_common(1)[0][0]

    @property
    def name(self) -> str:
        """The most used form; for a person the most used full name ("Vladimir Putin", not "Putin")."""
        self._tally()
        forms = self._capitalised or self._forms
        if self.type == "person":
            forms = Counter({f: n for f, n in forms.items() if len(f.split()) >= 2}) or forms
        first = {f: rank for rank, f in enumerate(forms)}
        return max(forms, key=lambda t: (forms[t], len(t.split()), -first[t]))

    def roles(self) -> tuple[str, ...]:
        counts: Counter = Counter()
        forms: dict[str, Counter] = defaultdict(Counter)
        for m in self.mentions:
            for r in m.roles:
                counts[r.lower()] += 1
                forms[r.lower()][r] += 1
        out = []
        for key, _ in counts.most_common():
            # Prefer the casing used mid-sentence ("harbour master") over a sentence-initial capital.
            variants = forms[key]
            out.append(max(variants, key=lambda v: (variants[v], v[:1].islower())))
        return tuple(out)


def _clusters(analysed) -> list[_Cluster]:
    """The story's entity clusters: mentions found, full names first, then surnames, titles and families linked."""
    mentions: list[_Mention] = []
    for article, doc, _sentences in analysed:
        mentions.extend(_find_mentions(article, doc))
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}
    names = _Names()
    # Full names first, so that surnames and acronyms find the person or organisation they stand for.
    for m in sorted(mentions, key=lambda m: -len(m.text.split())):
        c = _match(m, names, by_key)
        if c is None:
            c = _Cluster(m)
            clusters.append(c)
        else:
            if m.type != "person" and c.type == "person" and len(m.text.split()) == 1:
                m.type = "person"  # "Brennick said" after "editor Ivo Brennick": the surname is the person
            c.mentions.append(m)
        names.index(c)
        by_key.setdefault((_kind(m.type), name_key(m.text)), c)
    _link_surnames(analysed, clusters, mentions)
    _link_titles(analysed, clusters)
    _family_names(clusters)
    for c in clusters:
        c.mentions.sort(key=lambda m: (m.article, m.start))
    return clusters


def _kind(typ: str) -> str:
    return "person" if typ == "person" else "other"


class _Names:
    """The clusters by the keys of their names that `_match`'s tests agree on (a name's last word by its
    spelling, its first word, the name run together, its initials), so that a mention is compared with
    the clusters it could join rather than with every cluster of the story."""

    def __init__(self):
        self.by: dict[tuple[str, object], dict[int, _Cluster]] = defaultdict(dict)
        self.keys: dict[int, list[tuple[str, object]]] = {}
        self.number: dict[int, int] = {}

    def index(self, c: _Cluster) -> None:
        """(Re)file a cluster under the keys of its name as it is now."""
        number = self.number.setdefault(id(c), len(self.number))
        for key in self.keys.get(id(c), ()):
            self.by[key].pop(number, None)
        words = name_key(c.name).split()
        keys = [("joined", "".join(words)), ("initials", acronym(c.name))]
        if len(words) >= 2:
            keys += [("last", spelling_key(words[-1])), ("first", words[0])]
        self.keys[id(c)] = keys
        for key in keys:
            self.by[key][number] = c

    def _under(self, *keys) -> list[_Cluster]:
        found = {n: c for key in keys for n, c in self.by.get(key, {}).items()}
        return [found[n] for n in sorted(found)]

    def candidates(self, words: list[str], m: _Mention) -> list[_Cluster]:
        """The clusters the tests of `_match` may accept for a mention whose name's words are `words`."""
        keys = [("joined", acronym(m.text)), ("initials", "".join(words))]
        if words:
            keys.append(("last", spelling_key(words[-1])))
        return self._under(*keys)

    def first_named(self, word: str) -> list[_Cluster]:
        return self._under(("first", word))


def _match(m: _Mention, names: _Names, by_key) -> _Cluster | None:
    key = name_key(m.text)
    exact = by_key.get((_kind(m.type), key)) or by_key.get(("person", key)) or by_key.get(("other", key))
    if exact is not None:
        return exact
    words = key.split()
    candidates = []
    for c in names.candidates(words, m):
        name = name_key(c.name)
        cwords = name.split()
        person = c.person
        if len(words) == 1 and len(cwords) >= 2 and person:
            # A surname alone ("Putin", "Tolvik"); one the model took for a place or an organisation only
            # after the article has named the person in full (a company named after its founder stays apart),
            # and spelt alike (no "China" for a "Chan").
            if m.type == "person" and surname_of(words[0], cwords, spellings=True) \
                    or surname_of(words[0], cwords, spellings=False) and _named_before(c, m):
                candidates.append(c)
        elif len(words) >= 2 and len(cwords) >= 2 and (m.type == "person") == person:
            # Spellings of one name: surnames agree, first names are transliterations or initials of each other.
            if spelling_variants(words, cwords):
                candidates.append(c)
            elif m.type == "person" and middle_name_given_or_not(words, cwords):
                candidates.append(c)  # "Ada Lunde" and "Ada Maria Lunde": a middle name given or not
        elif m.type != "person" and not person and (acronym(m.text) == name_key(c.name).replace(" ", "") or acronym(c.name) == key.replace(" ", "")):
            candidates.append(c)
    if not candidates and len(words) == 1:
        # A first name alone ("Seo" after "Seo Ha-rin", a child called by name after being introduced in
        # full) is the one person named in full with it.
        candidates = [c for c in names.first_named(words[0]) if len(cwords := name_key(c.name).split()) >= 2 and words[0] == cwords[0]
                      and any(x.type == "person" for x in c.mentions) and (m.type == "person" or _named_before(c, m))]
    # An ambiguous surname ("Johnson" with two Johnsons) stays apart rather than being guessed.
    return candidates[0] if len(candidates) == 1 else None


def _named_before(c: _Cluster, m: _Mention) -> bool:
    """Whether the article of `m` names the person of `c` in full before `m` (the first reference gives
    the full name, the later ones the surname)."""
    return any(x.article == m.article and x.start < m.start and x.type == "person" and len(x.text.split()) >= 2 for x in c.mentions)


def _link_surnames(analysed, clusters: list[_Cluster], mentions: list[_Mention]) -> None:
    """A surname the model did not tag ("Biden warned Zelenskyy") still names the one person it belongs to."""
    surnames: dict[tuple[str, str], dict[str, list[_Cluster]]] = defaultdict(lambda: defaultdict(list))
    for c in clusters:
        words = name_key(c.name).split()
        if c.type == "person" and len(words) >= 2:
            surnames[spelling_key(words[-1])][words[-1]].append(c)
    covered = defaultdict(list)
    for m in mentions:
        covered[m.article].append((m.start, m.end))
    for article, doc, _sentences in analysed:
        spans = covered[article.id]
        for t in doc:
            if not (t.is_title and t.pos_ == "PROPN") or any(s <= t.idx < e for s, e in spans):
                continue
            word = name_key(t.text)
            fits = [c for key, cs in surnames.get(spelling_key(word), {}).items() if same_spelling(word, key) for c in cs] if word else []
            if len(fits) == 1 and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN"):
                fits[0].mentions.append(_Mention(article=article.id, start=t.idx, end=t.idx + len(t.text), text=t.text, type="person"))


def _family_names(clusters: list[_Cluster]) -> None:
    """A surname left alone because two people of the story bear it ("Price" beside "Tavin Price" and
    "James Price") names a person, whatever the model typed it as."""
    surnames = {name_key(c.name).split()[-1] for c in clusters if c.type == "person" and len(c.name.split()) >= 2}
    for c in clusters:
        if c.type in ("organisation", "place") and len(c.name.split()) == 1 and not c.name.isupper() \
                and name_key(c.name) in surnames:
            for m in c.mentions:
                m.type = "person"
            c.recount()


TITLE_REFERENCE = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+)*)((?:[A-Za-z]+\s+)?(?:" + "|".join(sorted(
    TITLES_REFERRED_BACK, key=len, reverse=True)) + r"))\b", re.IGNORECASE)


def _link_titles(analysed, clusters: list[_Cluster]) -> None:
    """"the Russian President", "the minister" -> the one person whose roles fit, when only one does."""
    people = [c for c in clusters if c.type == "person"]
    # the mentions linked below carry no roles, so each person's roles stay as they are now
    by_title: dict[str, list[tuple[_Cluster, list[str]]]] = {}  # a role's last word -> (person, the role's words)
    for c in people:
        for role in c.roles():
            words = role.lower().split()
            if words:
                by_title.setdefault(words[-1], []).append((c, words))
    for article, doc, _sentences in analysed:
        text = text_of(doc)
        for m in TITLE_REFERENCE.finditer(text):
            if not m.group(0)[:3].lower() == "the":
                continue
            modifiers = m.group(1).lower().split()
            title = m.group(2).lower().split()[-1]
            qualifier = m.group(2).lower().split()[:-1]
            # A title followed by a name ("the Russian President, Vladimir Putin") is already the name's role.
            if m.end() < len(text) and re.match(r",?\s*[A-Z][a-z]+ [A-Z]", text[m.end():m.end() + 30]):
                continue
            fits = list({id(c): c for c, role in by_title.get(title, ()) if all(w in role for w in modifiers + qualifier)}.values())
            if len(fits) == 1:
                s, e = m.start(), m.end()
                fits[0].mentions.append(_Mention(article=article.id, start=s, end=e, text=" ".join(text[s:e].split()), type="person"))


__all__ = ["Found", "entities", "find"]
