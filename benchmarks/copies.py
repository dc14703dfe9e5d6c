"""Copies benchmark: does newsweave tell which newspaper articles were built from the wire copy?

    .venv/bin/python benchmarks/copies.py [--limit N]

Data: `../shared/data/meter_showbiz` (METER corpus, showbiz domain: 60 stories, 112 Press
Association wire texts, 175 newspaper articles labelled by their derivation from the PA copy of
their story: wholly / partially / non derived); skipped cleanly when absent.

Systems, side by side in one run (every cross-validation uses the same 5 folds of stories,
shuffled with seed 0, and picks the thresholds with the best 3-class macro F1 on the training folds):
- newsweave: `newsweave.copies(articles)` over all texts of a story (PA and newspapers, as read;
  newsweave cleans them), the PA texts with `source="PA News"` (the feed's metadata: METER's task
  is the newspaper's derivation from the PA copy, so the direction is given, and PA texts are
  agency copy). A newspaper article's label comes from its strongest relation to any PA text of
  its story that does not name the newspaper the origin: duplicate or rewrite (all of it from the
  wire, verbatim or reworded) -> wholly derived, partial -> partially derived, no relation -> non
  derived. newsweave judges the article against each PA text, and against the PA texts it draws on
  read together (those holding the counterpart of at least one of its sentences). Its rule, with
  three thresholds fitted on these stories (so this row is in-sample): a sentence has a
  counterpart when SENTENCE_MATCH (0.60) of its content words, or 0.60 of the letter 4-grams of
  those words as written (joined in order by a space), are in the wire; rewrite when
  REWRITE (0.94) of the article's words lie in sentences with a counterpart; partial when PARTIAL
  (0.22) of its words lie in sentences whose ordinary (lower-case) content words have one.
  Duplicate (trigram containment >= 0.60) and the credited rewrite are definitions, not fitted.
- newsweave features, thresholds by 5-fold CV over stories: the same evidence, newsweave's own
  decision (`derived_relation`) with (SENTENCE_MATCH in {0.5, 0.6, 0.7}, REWRITE and PARTIAL on the
  0.00-1.00 grid, step 0.01) chosen per fold: the honest figure for newsweave. Its note gives the
  thresholds per fold, the ones fitted on all stories, and a check that this evidence with
  newsweave's constants gives the newsweave row's labels.
- three runs of newsweave told less, to show what each part is worth: each PA text with its own
  source name (no two texts of one agency read together); the PA texts with no source (judged as
  an ordinary outlet's: rewrite and partial then also need copied wording, trigrams or a copied
  clause, as between any two outlets); each story mixed with the PA texts of 3 stories of another
  day and subject (what reading an agency's texts together costs when the input is not one story;
  only relations to the story's own PA texts count).
- word 3-gram containment (Clough et al. 2002): the share of the newspaper article's distinct word
  trigrams (lower-cased alphanumeric words) found among the trigrams of the story's PA texts;
  >= high -> wholly, >= low -> partially, else non. The two thresholds are chosen by 5-fold
  cross-validation over stories (grid 0.00-1.00 step 0.01). The same thresholds fitted on all
  stories are shown too, as an in-sample upper bound.
- every article "partially derived": what labelling everything derived gives for free.

Independent same-event pairs (issue 18): pairs of articles about one event that do not copy each
other, and the share of them each system calls derived (target <= 10%): ECB+ dev articles of one event
(its `ecbplus` half, which keeps URLs) from different web domains, and the articles of each Multi-News
validation story. A pair sharing a run of COPIED_RUN (12) or more words outside quotation marks is
left out as a copy (read on a random 30 of them: every one carried one wire text, press release or
newsletter footer; 25 read with runs of 8-11 words were mostly an event's fixed phrases and stay).
newsweave is run on each pair as read (no sources) and with one article given as agency copy, each in
turn, as a feed labels a wire text; 3-gram containment at its METER partial cut-off beside it.

Measured and not kept (issue 18, same 5 METER folds; the independent pairs in 5 folds by event, so
the rate is on events not trained on; CV wholly / macro / not-derived, independent pairs called
derived judged in both directions): features of the sentence alignment (trigram containment, the
containment of trigrams written in lower case with a content word, i.e. copied runs of ordinary
words, sentence coverage by words and by letters, ordinary-word coverage, copied clauses, whether
matched sentences keep the origin's order, the share of the origin covered, the length ratio) in a
logistic regression trained on METER alone: <= 0.782 / 0.641 / 0.540 with 31-88% of independent pairs
called derived (METER's non-derived articles look like independent reports, and METER is three
quarters derived); the same trained with the independent pairs of the training events as extra
non-derived examples: 0.64-0.72 / 0.51-0.63 / 0.46-0.52 at 13-47%; a depth-3 tree, a random forest,
gradient boosting: 0.61-0.73 / 0.50-0.57 / 0.43-0.50 at 8-28%. The current rule with copied ordinary
wording (that lower-case trigram containment >= g) also required against agency copy, in-sample on
METER: g = 0.14 gives 0.789 / 0.607 / 0.496 at 9.6%, g = 0.10 0.805 / 0.648 / 0.518 at 14.4%, g = 0
(the shipped rule) 0.805 / 0.712 / 0.605 at 54.6%. No model or rule tried reaches the METER targets
and the independent-pair target together; the shipped decision is unchanged.

Reported: F1 of "wholly derived vs the rest", F1 of "derived vs not derived", F1 of "not derived"
alone, 3-class macro F1, a confusion matrix per system, and the median seconds per story.

Measured and not kept (same folds; CV wholly F1 / macro F1 against the union of PA texts, with
newsweave's final features at 0.763 / 0.687 in that exploration): whole-text word containment
(0.732 / 0.631), token coverage by shared 3-, 4- or 5-grams, i.e. Greedy String Tiling coverage
without its one-to-one matching, and the number of tiles (<= 0.753 / 0.612; tiles as partial
evidence <= 0.763 / 0.581); content-word bigrams (<= 0.741 / 0.676); a counterpart in one wire
sentence rather than the whole text (0.725 / 0.671; on ordinary words 0.771 / 0.685 at a 0.4 match
but 0.659 / 0.642 at 0.5); quoted text left out (<= 0.763 / 0.663); counts instead of shares
(distinct words not from the wire 0.725 / 0.675; words in sentences without a counterpart
0.762 / 0.683); a third threshold (ordinary-word containment as second partial evidence:
0.763 / 0.697; two-feature rewrite rules: <= 0.787 / 0.687); Porter or Snowball stemming instead of
the crude suffix stripping (0.706 / 0.625, 0.747 / 0.635); a logistic regression or random forest
over all of them (0.675 / 0.545, 0.692 / 0.543).

Kept: the stemmer drops a possessive ("BBC's"/"BBC") and undoes a consonant doubled before -ed/-ing
("banned"/"ban"): 0.763 / 0.682 -> 0.785 / 0.699 in-sample, 0.753 / 0.670 -> 0.775 / 0.687 by CV, the
thresholds unchanged. Measured after it and not kept (CV wholly / macro, baseline 0.775 / 0.687):
partial evidence from unquoted sentences only (0.775 / 0.699 with a crude quote pattern, 0.775 / 0.669
with paragraph-aware quotes: not robust); a separate ordinary-word match for partial evidence, chosen per
fold (0.747 / 0.641); a counterpart in a window of 1, 2 or 3 adjacent wire sentences (<= 0.776 / 0.619);
the share of words in copied runs of >= 4 words, quoted or not (<= 0.775 / 0.665; longer runs separate
less); coverage of the first 3 sentences (0.775 / 0.618); words weighted by rarity in the story
(0.775 / 0.663); content-word containment as second partial evidence (0.775 / 0.667); "yesterday" and
"today" as stopwords (0.765 / 0.681; with "last night" 0.741 / 0.651); a rewrite that also leaves at
most N words without a counterpart (0.775 / 0.687); new names or numbers (absent from the wire) as the
mark of other sources (0.773 / 0.690); the order of matched sentences (no signal: AUC partial vs non
0.38); a scaled, class-balanced logistic regression over 14 of these features (<= 0.795 / 0.641).
MiniLM sentence embeddings (session 6) as the counterpart test, alone, or-ed with the word test, for
one decision only, or as partial credit for unmatched sentences: CV <= 0.786 / 0.688, no variant
meeting both targets in any of 20 further fold shuffles (details in docs/benchmarks.md).

Kept (session 7): a sentence also has a counterpart when 0.60 of the letter 4-grams of its content
words (as written, lower-cased, joined in order by a space; `copies.letter_grams`) are in the wire,
at the word test's own cut-off, so no new threshold: CV 0.775 / 0.687 -> 0.795 / 0.699, in-sample
0.785 / 0.699 -> 0.805 / 0.712, the three thresholds unchanged and chosen the same in 4 of 5 folds.
Over fold shuffles with seeds 1..10 (11..30) the mean goes 0.772 / 0.686 -> 0.794 / 0.693
(0.772 / 0.685 -> 0.794 / 0.690), as good or better on both in 9 of 10; no shuffle reaches both
targets by CV. The 4 was chosen after 3 (CV 0.584 / 0.491) and 5 (0.765 / 0.686), so it is itself
fitted here. Measured with it and not kept: letter 3/4/5-grams instead of the word test, within
words or across them (<= 0.753 / 0.646); its own cut-off chosen per fold (<= 0.780 / 0.690); the
share of the PA text the article covers, as condition or extra evidence for wholly (0.775 / 0.687,
0.756 / 0.676); the mean or lower quartile of per-sentence match shares instead of the 0/1 coverage
(<= 0.744 / 0.647); whether the unmatched part is quoted speech (no effect); stems cut to their first
6 letters (0.775 / 0.692). Only against agency copy or a credited source: between two outlets the
letters of one event's names make independent reports look alike (on Multi-News, applied to every
pair, it changed the relations in 69 of 250 stories and took 23 independent sources from 19 of
them; ROUGE-2 9.19 -> 9.12).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import require  # noqa: E402

WHOLLY, PARTIALLY, NON = "wholly_derived", "partially_derived", "non_derived"
LABELS = (WHOLLY, PARTIALLY, NON)
RELATION_LABEL = {"duplicate": WHOLLY, "rewrite": WHOLLY, "partial": PARTIALLY}
RELATION_STRENGTH = {"duplicate": 3, "rewrite": 2, "partial": 1}
FOLDS = 5
GRID = [i / 100 for i in range(101)]
TARGETS = {"wholly": 0.80, "macro": 0.72, "non": 0.65, "independent": 0.10}  # issue 18: METER by CV; independent pairs called derived
PUBLISHED_3_CLASS = 0.664  # Clough et al. 2002, best 3-class result, on their METER experiments
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Story:
    """One story: its PA texts, its labelled newspaper articles, and the articles as newsweave reads them."""

    id: str
    folder: Path
    pa: list[str] = field(default_factory=list)
    newspapers: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)


@dataclass
class Run:
    """One system's predicted label for every newspaper article, and its seconds per story."""

    system: str
    predicted: dict[str, str] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    note: str = ""
    unavailable: str | None = None


def load_stories(limit: int | None) -> list[Story]:
    folder = require("meter_showbiz")
    stories: dict[str, Story] = {}
    # grouped by the records' story, not by article id: a PA text can belong to two stories
    for line in open(folder / "docs.jsonl", encoding="utf-8"):
        record = json.loads(line)
        story_folder = folder / "input_by_story" / record["story"].replace("/", "_").replace(".", "-")
        story = stories.setdefault(record["story"], Story(record["story"], story_folder))
        story.texts[record["article"]] = record["text"]
        if record["kind"] == "PA":
            story.pa.append(record["article"])
        else:
            story.newspapers.append(record["article"])
            story.labels[record["article"]] = record["label"]
    chosen = sorted((s for s in stories.values() if s.pa and s.newspapers), key=lambda s: s.id)
    return chosen[:limit] if limit else chosen


def key(story: Story, article: str) -> str:
    """Articles are scored under their story: ids are unique within a story only."""
    return f"{story.id}:{article}"


# --- word 3-gram containment (Clough et al. 2002) -------------------------------------------


def trigrams(text: str) -> set[tuple[str, str, str]]:
    words = _WORD.findall(text.lower())
    return set(zip(words, words[1:], words[2:]))


def containments(stories: Sequence[Story]) -> tuple[dict[str, float], dict[str, float]]:
    """Each newspaper article's trigram containment in its story's PA texts, and seconds per story."""
    values, seconds = {}, {}
    for story in stories:
        start = time.perf_counter()
        source = set().union(*(trigrams(story.texts[p]) for p in story.pa))
        for article in story.newspapers:
            own = trigrams(story.texts[article])
            values[key(story, article)] = len(own & source) / len(own) if own else 0.0
        seconds[story.id] = time.perf_counter() - start
    return values, seconds


def by_thresholds(value: float, low: float, high: float) -> str:
    return WHOLLY if value >= high else PARTIALLY if value >= low else NON


def fit_thresholds(values: dict[str, float], gold: dict[str, str]) -> tuple[float, float]:
    """The (low, high) pair on the grid with the best 3-class macro F1 (ties: the first found)."""
    best, best_pair = -1.0, (0.0, 0.0)
    for i, low in enumerate(GRID):
        for high in GRID[i + 1 :]:
            predicted = {a: by_thresholds(v, low, high) for a, v in values.items()}
            score = scores(gold, predicted)["macro"]
            if score > best:
                best, best_pair = score, (low, high)
    return best_pair


def story_folds(stories: Sequence[Story]) -> list[list[Story]]:
    """The stories in FOLDS folds, shuffled with a fixed seed: every system is cross-validated on the same folds."""
    order = list(stories)
    random.Random(0).shuffle(order)
    return [order[i :: min(FOLDS, len(order))] for i in range(min(FOLDS, len(order)))]


def containment_runs(stories: Sequence[Story], gold: dict[str, str]) -> list[Run]:
    values, seconds = containments(stories)
    per_story = [seconds[s.id] for s in stories]
    cross = Run("3-gram containment, thresholds by 5-fold CV over stories", seconds=per_story)
    chosen = []
    for held_out in story_folds(stories):
        held = {key(s, a) for s in held_out for a in s.newspapers}
        train = {a: v for a, v in values.items() if a not in held}
        low, high = fit_thresholds(train, {a: gold[a] for a in train}) if train else (0.5, 0.9)
        chosen.append(f"{low:.2f}/{high:.2f}")
        cross.predicted.update({a: by_thresholds(values[a], low, high) for a in held})
    cross.note = "thresholds partially/wholly per fold: " + ", ".join(chosen)
    low, high = fit_thresholds(values, gold)
    fitted = Run(
        f"3-gram containment, thresholds fitted on all stories ({low:.2f}/{high:.2f}; in-sample)",
        predicted={a: by_thresholds(v, low, high) for a, v in values.items()},
        seconds=per_story,
    )
    return [cross, fitted]


# --- newsweave ---------------------------------------------------------------------------------

# The thresholds newsweave's CV row chooses per fold: the sentence-match share (a sentence has a
# counterpart when this share of its content words is in the wire), then the rewrite and partial
# shares on the 0.01 grid. The duplicate threshold (near-verbatim) and the credited-rewrite one are
# definitions, not fitted, and stay at newsweave's values.
MATCH_GRID = (0.5, 0.6, 0.7)


def newsweave_copies() -> Callable | str:
    try:
        import newsweave

        return newsweave.copies
    except (ImportError, AttributeError):
        return "n/a (not implemented)"


def pa_source(story: Story, article: str) -> str | None:
    """The PA texts are wire copy: their source says so, as a feed's metadata would (METER's task is the
    newspaper's derivation from the PA text, so the direction is part of the task)."""
    return "PA News"


def newsweave_run(stories: Sequence[Story], system: str = "newsweave",
                  source: Callable[[Story, str], str | None] = pa_source) -> Run:
    from newsweave.read import read

    run = Run(system)
    copies = newsweave_copies()
    if isinstance(copies, str):
        run.unavailable = copies
        return run
    failures = []
    for story in stories:
        articles = [dataclasses.replace(a, source=source(story, a.id)) if a.id in story.pa else a
                    for a in read([story.folder])[0]]
        start = time.perf_counter()
        try:
            relations = copies(articles)
        except NotImplementedError as error:
            run.unavailable = f"n/a (not implemented: {error})"
            return run
        except Exception as error:  # counted as "no relation found", and reported
            failures.append(f"{story.id}: {type(error).__name__}: {error}")
            relations = []
        run.seconds.append(time.perf_counter() - start)
        pa = set(story.pa)
        for article in story.newspapers:
            strongest = max(
                (
                    (RELATION_STRENGTH.get(r.relation, 0), r.score, r.relation)
                    for r in relations
                    # only the newspaper's text found in the PA copy counts: not a relation naming it the origin
                    if {r.a, r.b} & pa and article in (r.a, r.b) and r.a != r.b and r.origin != article
                ),
                default=None,
            )
            run.predicted[key(story, article)] = RELATION_LABEL.get(strongest[2], NON) if strongest else NON
    if failures:
        run.note = f"{len(failures)} stories failed, e.g. {failures[0]}"
    return run


def newsweave_mixed_run(stories: Sequence[Story], product: Run, others: int = 3) -> Run:
    """newsweave on each story with the PA texts of `others` other stories added (drawn with a fixed seed
    among stories of another day and another subject: METER's "oasis" stories of two days retell one
    another): what reading an agency's texts together costs when the input is not one story. Each
    story is cleaned on its own, as in the newsweave row, so that only the copies stage sees the
    difference; only relations to the story's own PA texts count."""
    import newsweave
    from newsweave.read import read
    from newsweave.weave import articles_of

    cleaned = {
        story.id: articles_of([dataclasses.replace(a, source=pa_source(story, a.id)) if a.id in story.pa else a
                               for a in read([story.folder])[0]])[0]
        for story in stories
    }
    run = Run(f"newsweave, each story mixed with the PA texts of {others} other stories")
    rng = random.Random(0)
    for story in stories:
        pool = [s for s in stories if not set(s.pa) & set(story.pa) and _day(s) != _day(story) and _subject(s) != _subject(story)]
        extra = [dataclasses.replace(a, id=f"{s.id}:{a.id}") for s in rng.sample(pool, min(others, len(pool)))
                 for a in cleaned[s.id] if a.id in s.pa]
        start = time.perf_counter()
        relations = newsweave.copies(cleaned[story.id] + extra)
        run.seconds.append(time.perf_counter() - start)
        pa = set(story.pa)
        for article in story.newspapers:
            strongest = max(((RELATION_STRENGTH[r.relation], r.relation) for r in relations
                             if {r.a, r.b} & pa and article in (r.a, r.b) and r.origin != article), default=None)
            run.predicted[key(story, article)] = RELATION_LABEL[strongest[1]] if strongest else NON
    changed: dict[tuple[str, str], int] = defaultdict(int)
    for article, label in run.predicted.items():
        if label != product.predicted[article]:
            changed[product.predicted[article], label] += 1
    run.note = f"labels changed from the newsweave row: {sum(changed.values())} of {len(run.predicted)}" + "".join(
        f"; {before} -> {after}: {n}" for (before, after), n in sorted(changed.items()))
    return run


def _day(story: Story) -> str:
    return story.id.split("/")[1]  # "showbiz/09.08.99/oasis"


def _subject(story: Story) -> str:
    return story.id.split("/")[-1]


@dataclass
class Evidence:
    """A newspaper article against what newsweave judges it against: each PA text of its story, and
    the PA texts it draws on read together (those holding a counterpart of one of its sentences)."""

    derived: object  # newsweave's Fingerprint of the article
    credited: bool  # the article credits PA News
    origins: dict[float, list]  # sentence-match share -> the Fingerprints it is judged against
    # per sentence-match share, the strongest value over those origins of each share the rule reads
    # (every rule is "some share >= its threshold", so the strongest relation is read off the maxima)
    verbatim: dict[float, float] = field(default_factory=dict)
    credited_words: dict[float, float] = field(default_factory=dict)
    covered: dict[float, float] = field(default_factory=dict)
    reworded: dict[float, float] = field(default_factory=dict)


def newsweave_evidence(stories: Sequence[Story]) -> dict[str, Evidence]:
    from newsweave.model import Article
    from newsweave.read import read
    from newsweave.story import copies as stage
    from newsweave.weave import articles_of

    evidence = {}
    for story in stories:
        articles, _ = articles_of([dataclasses.replace(a, source=pa_source(story, a.id)) if a.id in story.pa else a
                                   for a in read([story.folder])[0]])
        by_id = {a.id: a for a in articles}
        prints = {a.id: stage.fingerprint(a) for a in articles}
        pa = [prints[p] for p in story.pa if p in prints]
        for article in story.newspapers:
            # an article the cleaner left empty is dropped by newsweave.copies: an empty text here too
            derived = prints.get(article) or stage.fingerprint(Article(id=article, original=""))
            credited = article in by_id and stage.credits(by_id[article].body, "PA News")
            e = Evidence(derived, credited, {})
            for match in MATCH_GRID:
                drawn = [t for t in pa if stage.supported_share(derived, t, match=match, letters=True) > 0]
                e.origins[match] = pa + ([stage.combine(drawn, "PA")] if len(drawn) >= 2 else [])
                e.covered[match] = max(stage.supported_share(derived, o, match=match, letters=True) for o in e.origins[match])
                e.reworded[match] = max(stage.supported_share(derived, o, ordinary=True, match=match, letters=True) for o in e.origins[match])
                e.verbatim[match] = max(stage.containment(derived, o) for o in e.origins[match])
                e.credited_words[match] = max(stage.word_containment(derived, o) for o in e.origins[match]) if credited else 0.0
            evidence[key(story, article)] = e
    return evidence


def newsweave_label(e: Evidence, match: float, rewrite: float, partial: float) -> str:
    """newsweave's own decision (`derived_relation`, agency copy as origin) with the given thresholds:
    the strongest relation to any of the article's origins."""
    from newsweave.story.copies import derived_relation

    relations = [derived_relation(e.derived, o, e.credited, agency=True, match=match, rewrite=rewrite, partial=partial)[0]
                 for o in e.origins[match]]
    strongest = max(relations, key=lambda r: RELATION_STRENGTH.get(r, 0), default=None)
    return RELATION_LABEL.get(strongest, NON)


def fit_newsweave(evidence: dict[str, Evidence], gold: dict[str, str]) -> tuple[float, float, float]:
    """(match, rewrite, partial) with the best 3-class macro F1 on `evidence` (ties: the first found), the
    same rule as `derived_relation` vectorised over the grid."""
    import numpy as np

    from newsweave.params import CREDITED_REWRITE, DUPLICATE

    articles = list(evidence)
    truth = np.array([LABELS.index(gold[a]) for a in articles])
    grid = np.array(GRID)
    best, chosen = -1.0, (0.0, 0.0, 0.0)
    for match in MATCH_GRID:
        fixed = np.array([evidence[a].verbatim[match] >= DUPLICATE or evidence[a].credited_words[match] >= CREDITED_REWRITE
                          for a in articles])
        covered = np.array([evidence[a].covered[match] for a in articles])
        reworded = np.array([evidence[a].reworded[match] for a in articles])
        wholly = fixed[None, :] | (covered[None, :] >= grid[:, None])  # (rewrite, article)
        partly = reworded[None, :] >= grid[:, None]  # (partial, article)
        predicted = np.where(wholly[:, None, :], 0, np.where(partly[None, :, :], 1, 2))
        macro = sum(_f1_grid(truth, predicted, label) for label in range(3)) / 3
        i, j = np.unravel_index(np.argmax(macro), macro.shape)
        if macro[i, j] > best + 1e-12:
            best, chosen = float(macro[i, j]), (match, GRID[i], GRID[j])
    return chosen


def _f1_grid(truth, predicted, label: int):
    import numpy as np

    tp = ((predicted == label) & (truth == label)).sum(-1)
    fp = ((predicted == label) & (truth != label)).sum(-1)
    fn = ((predicted != label) & (truth == label)).sum(-1)
    return np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)


def newsweave_cv_run(stories: Sequence[Story], gold: dict[str, str], product: Run) -> Run:
    """newsweave's features with their three thresholds chosen by 5-fold CV over stories (the same folds as
    the baseline's), and a check that newsweave's decision over the same evidence gives `product`'s labels."""
    from newsweave.params import PARTIAL, REWRITE, SENTENCE_MATCH

    evidence = newsweave_evidence(stories)
    run = Run("newsweave features, thresholds (match, rewrite, partial) by 5-fold CV over stories")
    chosen = []
    for held_out in story_folds(stories):
        held = {key(s, a) for s in held_out for a in s.newspapers}
        train = {a: e for a, e in evidence.items() if a not in held}
        thresholds = fit_newsweave(train, gold)
        chosen.append("/".join(f"{t:.2f}" for t in thresholds))
        run.predicted.update({a: newsweave_label(evidence[a], *thresholds) for a in held})
    fitted = fit_newsweave(evidence, gold)
    same = sum(newsweave_label(e, SENTENCE_MATCH, REWRITE, PARTIAL) == product.predicted.get(a) for a, e in evidence.items())
    run.note = (
        "thresholds match/rewrite/partial per fold: " + ", ".join(chosen)
        + f"; fitted on all stories: {'/'.join(f'{t:.2f}' for t in fitted)}"
        + f" (newsweave's constants: {SENTENCE_MATCH:.2f}/{REWRITE:.2f}/{PARTIAL:.2f}); newsweave's decision over this"
        + f" evidence with its constants agrees with the newsweave row on {same} of {len(evidence)} articles"
    )
    return run


# --- scoring ------------------------------------------------------------------------------------


def f1(gold: dict[str, str], predicted: dict[str, str], positive: set[str]) -> float:
    tp = sum(1 for a in gold if gold[a] in positive and predicted[a] in positive)
    fp = sum(1 for a in gold if gold[a] not in positive and predicted[a] in positive)
    fn = sum(1 for a in gold if gold[a] in positive and predicted[a] not in positive)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    return {
        "wholly": f1(gold, predicted, {WHOLLY}),
        "derived": f1(gold, predicted, {WHOLLY, PARTIALLY}),
        "non": f1(gold, predicted, {NON}),
        "macro": statistics.fmean(f1(gold, predicted, {label}) for label in LABELS),
    }


def confusion(gold: dict[str, str], predicted: dict[str, str]) -> str:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for article, label in gold.items():
        counts[label, predicted[article]] += 1
    lines = ["| true \\ predicted | " + " | ".join(LABELS) + " |", "|---|" + "---:|" * len(LABELS)]
    for label in LABELS:
        lines.append(f"| {label} | " + " | ".join(str(counts[label, p]) for p in LABELS) + " |")
    return "\n".join(lines)


def report(runs: Sequence[Run], gold: dict[str, str]) -> None:
    print(
        "| system | wholly vs rest F1 | derived vs not F1 | not-derived F1 | 3-class macro F1 | s/story (median) |\n"
        "|---|---:|---:|---:|---:|---:|"
    )
    for run in runs:
        if run.unavailable:
            print(f"| {run.system} | {run.unavailable} | | | | |")
            continue
        s = scores(gold, run.predicted)
        seconds = f"{statistics.median(run.seconds):.4f}" if run.seconds else ""
        print(f"| {run.system} | {s['wholly']:.3f} | {s['derived']:.3f} | {s['non']:.3f} | {s['macro']:.3f} | {seconds} |")
    print(
        f"\nTargets (by CV): wholly-derived F1 >= {TARGETS['wholly']:.2f}; 3-class macro F1 >= {TARGETS['macro']:.2f}; "
        f"not-derived F1 >= {TARGETS['non']:.2f}. "
        f"Published: Clough et al. 2002, best 3-class result {PUBLISHED_3_CLASS} (their METER experiments, "
        "not this showbiz split: not directly comparable)."
    )
    for run in runs:
        if run.unavailable:
            continue
        print(f"\n### {run.system}\n")
        if run.note:
            print(run.note + "\n")
        print(confusion(gold, run.predicted))

# --- independent same-event pairs ----------------------------------------------------------------

# a pair sharing a run of this many words outside quotation marks is a copy (of each other, or of one
# wire text or press release), not two independent reports: read on 30 pairs drawn at random with runs
# of 12-29 words, every one carried copied text; of 25 drawn with runs of 8-11, most were the event's
# fixed phrases (a charge, a title, an agency's name), so those pairs stay
COPIED_RUN = 12
_RUN_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[\"“”]")


def unquoted_run(a: str, b: str) -> int:
    """The longest run of words `a` and `b` share, counted by its words outside quotation marks (a quote
    from a press conference is shared by every report of it)."""
    def words(text):
        out, quoted = [], False
        for token in _RUN_TOKEN.findall(text):
            if token in '"“”':
                quoted = (not quoted) if token == '"' else token == "“"
            else:
                out.append((token.lower(), quoted))
        return out

    wa, wb = words(a), words(b)
    where: dict[tuple, list[int]] = defaultdict(list)
    for j in range(len(wb) - 3):
        where[tuple(w for w, _ in wb[j: j + 4])].append(j)
    longest = 0
    for i in range(len(wa) - 3):
        for j in where.get(tuple(w for w, _ in wa[i: i + 4]), ()):
            k = 4
            while i + k < len(wa) and j + k < len(wb) and wa[i + k][0] == wb[j + k][0]:
                k += 1
            longest = max(longest, sum(1 for _, quoted in wa[i: i + k] if not quoted))
    return longest


def independent_pairs() -> dict[str, list[tuple[str, object, object]]]:
    """Pairs of articles about one event that do not copy each other, per data set: ECB+ articles of one
    event (its `ecbplus` half, whose records keep their URL) from different web domains, and the
    articles of one Multi-News story; a pair sharing a copied run (`COPIED_RUN`) is left out."""
    import urllib.parse

    from newsweave.weave import articles_of

    found: dict[str, list] = {"ECB+": [], "Multi-News": []}
    ecb = require("ecbplus")
    docs = [json.loads(line) for line in open(ecb / "ecbplus_docs.jsonl", encoding="utf-8")]
    docs = [d for d in docs if d["subtopic"] == "ecbplus" and d["url"]]
    articles = {a.id: a for a in articles_of([ecb / "input" / f"{d['doc_id']}.txt" for d in docs], skip_bad=True)[0]}
    domain = {d["doc_id"]: urllib.parse.urlparse(d["url"]).netloc.removeprefix("www.") for d in docs}
    by_event: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if d["doc_id"] in articles:
            by_event[d["event_id"]].append(d["doc_id"])
    for event, ids in sorted(by_event.items()):
        found["ECB+"] += [(event, articles[x], articles[y]) for i, x in enumerate(ids) for y in ids[i + 1:] if domain[x] != domain[y]]
    for folder in sorted((require("multinews_val") / "input").iterdir()):
        texts = articles_of([folder], skip_bad=True)[0]
        found["Multi-News"] += [(folder.name, x, y) for i, x in enumerate(texts) for y in texts[i + 1:]]
    return {name: [(event, x, y) for event, x, y in pairs if unquoted_run(x.body, y.body) < COPIED_RUN]
            for name, pairs in found.items()}


def independent_report(stories: Sequence[Story], gold: dict[str, str]) -> None:
    """The share of independent same-event pairs each system calls derived: newsweave as read (no sources:
    it decides the direction), newsweave with one article given as agency copy (each in turn, as a feed
    would label a wire text), and 3-gram containment at its partial cut-off fitted on METER."""
    from newsweave.story.copies import copies

    values, _ = containments(stories)
    low, _high = fit_thresholds(values, gold)
    pairs = independent_pairs()
    systems = ("newsweave, as read (no sources)", "newsweave, one article given as agency copy (each in turn)",
               f"3-gram containment >= {low:.2f} (METER's partial cut-off, fitted on all stories)")
    # per data set: pairs (judgements, for the agency row: each article in turn) and how many are called derived
    counts: dict[str, dict[str, list[int]]] = {name: {system: [0, 0] for system in systems} for name in pairs}
    for name, found in pairs.items():
        for _event, x, y in found:
            plain = [dataclasses.replace(x, source=None), dataclasses.replace(y, source=None)]
            tx, ty = trigrams(x.body), trigrams(y.body)
            called = (
                (1, int(bool(copies(plain)))),
                (2, sum(bool(copies([dataclasses.replace(plain[i], source="Press Association"), plain[1 - i]])) for i in (0, 1))),
                (1, int(max(len(tx & ty) / len(tx) if tx else 0, len(tx & ty) / len(ty) if ty else 0) >= low)),
            )
            for system, (judged, derived) in zip(systems, called):
                counts[name][system][0] += judged
                counts[name][system][1] += derived
    counts["all"] = {system: [sum(counts[name][system][i] for name in pairs) for i in (0, 1)] for system in systems}
    sizes = {name: len(found) for name, found in pairs.items()} | {"all": sum(map(len, pairs.values()))}
    print(f"\n## Independent same-event pairs (called derived: target <= {TARGETS['independent']:.0%})\n")
    print("| system | " + " | ".join(f"{name} ({n} pairs)" for name, n in sizes.items()) + " |\n|---|" + "---:|" * len(sizes))
    rates = {system: [f"{counts[name][system][1] / max(counts[name][system][0], 1):.1%}" for name in sizes] for system in systems}
    for system, row in rates.items():
        print(f"| {system} | " + " | ".join(row) + " |")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N stories")
    args = parser.parse_args(argv)
    stories = load_stories(args.limit)
    gold = {key(s, a): label for s in stories for a, label in s.labels.items()}
    counts = ", ".join(f"{label} {sum(v == label for v in gold.values())}" for label in LABELS)
    print(
        f"## METER showbiz: {len(stories)} stories, {sum(len(s.pa) for s in stories)} PA texts, "
        f"{len(gold)} newspaper articles ({counts})\n"
    )
    product = newsweave_run(stories)
    runs = [product]
    if not product.unavailable:
        runs += [
            newsweave_cv_run(stories, gold, product),
            # ablations: the same newsweave, told less about the PA texts
            newsweave_run(stories, "newsweave, each PA text alone (no agency versions read together)",
                          lambda story, article: f"PA News {story.pa.index(article) + 1}"),
            newsweave_run(stories, "newsweave, PA texts with no source (an ordinary outlet: copied wording required)",
                          lambda story, article: None),
            newsweave_mixed_run(stories, product),
        ]
    runs += [
        *containment_runs(stories, gold),
        Run("every article partially derived", predicted={a: PARTIALLY for a in gold}),
    ]
    report(runs, gold)
    if not args.limit:
        independent_report(stories, gold)


if __name__ == "__main__":
    main()
