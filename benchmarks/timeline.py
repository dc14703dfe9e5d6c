"""Timeline, entities and events: what they find on the example and the seeds, event separation on ECB+, and speed.

    .venv/bin/python benchmarks/timeline.py            # all three parts
    .venv/bin/python benchmarks/timeline.py --topics 10 # ECB+ on the first 10 topics only

Reads ../shared/data (seeds/, ecbplus/) and skips a part cleanly when its data is absent.
ECB+ articles carry no publication date, so only absolute dates, participants, places, numbers and wording
separate events there. Each topic (two look-alike events) is one story input; pairs of its articles are scored
on "same event": all-one-event and TF-IDF single-link baselines, the lead event of `events()`, and
`story_events_of_articles` (the article-level separation, average link over anchors and words).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from newsweave import nlp
from newsweave.clean import clean
from newsweave.model import Article
from newsweave.read import example_dir, read
from newsweave.story import entities as story_entities
from newsweave.story.entities import entities
from newsweave.story import events as story_events, timeline as story_timeline


# Each stage as the benchmark times it: with the dates (and occasions and people) it needs found first,
# as the brief's pipeline finds them once for all (`newsweave stages`).
def timeline(analysed):
    return story_timeline.timeline(analysed, mentions=story_timeline.date_mentions(analysed))


def story_events_of_articles(analysed):
    return story_events.story_events_of_articles(analysed, mentions=story_timeline.date_mentions(analysed))


def events(analysed):
    mentions = story_timeline.date_mentions(analysed)
    occasions = story_events.story_events_of_articles(analysed, mentions=mentions)
    people = story_entities.find(analysed).mentions
    return story_events.events(analysed, mentions=mentions, occasions=occasions, people=people)


DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def show_timeline(name: str, articles: list[Article], words: bool = True) -> list:
    """Each timeline item's date and sources, and its words when `words` (only for the project's own
    example: third-party text is printed as its length, so that the output can go into docs/)."""
    analysed = nlp.analysed(articles)
    items = timeline(analysed)
    print(f"\n## timeline: {name} ({len(articles)} articles)")
    for item in items:
        date = item.date if item.resolved else "unresolved"
        print(f"  {date:<23} {','.join(s[:18] for s in item.sources):<60} {item.text[:110] if words else f'({len(item.text)} characters)'}")
    resolved = sum(i.resolved for i in items)
    print(f"  items: {len(items)}  resolved: {resolved}  unresolved: {len(items) - resolved}")
    return items


def seeds_checks(articles: list[Article]) -> None:
    from newsweave.story.timeline import dates_in

    analysed = nlp.analysed(articles)
    items = timeline(analysed)
    mentions = [(a, m) for a, doc, _ in analysed for m in dates_in(a, doc)]
    monday = [m.date for a, m in mentions if m.text.lower().endswith("on monday") and a.published and a.published.isoformat() == "2022-02-08"]
    jan26 = [m.date for a, m in mentions if "January 26" in m.text]
    checks = [
        ('"on Monday" in an article dated 2022-02-08 -> 2022-02-07', bool(monday) and set(monday) == {"2022-02-07"}),
        ('"January 26" -> 2022-01-26', bool(jan26) and set(jan26) == {"2022-01-26"}),
        ("1997 event appears", any(i.date == "1997" for i in items)),
        ("2014 event appears", any(i.date == "2014" for i in items)),
        ("2019 event appears", any(i.date == "2019" for i in items)),
    ]
    print("\n## seed checks")
    for name, ok in checks:
        print(f"  {'PASS' if ok else 'FAIL'}  {name}")
    print("\n## events: seeds")
    for e in events(analysed):
        print(f"  {e.date or 'undated':<12} {e.kind:<10} {len(e.sources)} src  ({len(e.label)}-character label)")
    print("\n## entities: seeds (top 15)")
    for e in entities(analysed)[:15]:
        print(f"  {e.mentions:>3} {e.type:<12} {e.name:<28} aliases={list(e.aliases)} roles={list(e.roles)[:3]}")


# ---------------------------------------------------------------- ECB+


def pairwise(pred: dict[str, int], gold: dict[str, str]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        p, g = pred[a] == pred[b], gold[a] == gold[b]
        tp += p and g
        fp += p and not g
        fn += g and not p
    return tp, fp, fn


def article_events(articles: list[Article]) -> dict[str, int]:
    """Each article's occasion as newsweave separates them (`story_events_of_articles`)."""
    return story_events_of_articles(nlp.analysed(articles))


def main_events(articles: list[Article]) -> dict[str, int]:
    """Each article's main event in the brief's event list: the event that holds its earliest evidence (the lead)."""
    evs = events(nlp.analysed(articles))
    first: dict[str, tuple[int, int]] = {}
    for k, e in enumerate(evs):
        for ev in e.evidence:
            if ev.article not in first or ev.start < first[ev.article][0]:
                first[ev.article] = (ev.start, k)
    out, fresh = {}, len(evs)
    for a in articles:
        if a.id in first:
            out[a.id] = first[a.id][1]
        else:
            out[a.id] = fresh
            fresh += 1
    return out


def tfidf_single_link(articles: list[Article], threshold: float) -> dict[str, int]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([a.body for a in articles])
    sims = (vectors @ vectors.T).toarray()
    parent = list(range(len(articles)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if sims[i, j] >= threshold:
                parent[find(j)] = find(i)
    return {a.id: find(i) for i, a in enumerate(articles)}


def ecbplus(max_topics: int | None) -> None:
    path = DATA / "ecbplus" / "docs.jsonl"
    if not path.exists():
        print(f"\n(ECB+ skipped: {path} not found)")
        return
    topics: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        topics[rec["story"].split("_")[0]].append(rec)
    names = sorted(topics, key=int)[:max_topics] if max_topics else sorted(topics, key=int)
    systems = {"all one event": lambda arts: {a.id: 0 for a in arts}}
    for t in (0.2, 0.3, 0.4):
        systems[f"TF-IDF single-link {t}"] = lambda arts, t=t: tfidf_single_link(arts, t)
    systems["newsweave events() lead"] = main_events
    systems["newsweave article events"] = article_events
    totals = {k: [0, 0, 0] for k in systems}
    start = time.perf_counter()
    for topic in names:
        recs = topics[topic]
        articles = [Article(id=r["article"], original=r["text"]) for r in recs]
        gold = {r["article"]: r["story"] for r in recs}
        nlp.analysed(articles)
        for name, system in systems.items():
            tp, fp, fn = pairwise(system(articles), gold)
            totals[name][0] += tp
            totals[name][1] += fp
            totals[name][2] += fn
    n_docs = sum(len(topics[t]) for t in names)
    print(f"\n## ECB+ within-topic 'same event' pairs ({len(names)} topics, {n_docs} articles, {time.perf_counter() - start:.0f} s)")
    print("  (every system sees one topic's articles as one story input; 'same event' is scored on article pairs of a topic)")
    print(f"  {'system':<26} {'P':>6} {'R':>6} {'F1':>6}   (pairs: tp fp fn)")
    for name, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {name:<26} {p:6.3f} {r:6.3f} {f:6.3f}   ({tp} {fp} {fn})")


# ---------------------------------------------------------------- speed


def speed(name: str, articles: list[Article], runs: int = 5) -> None:
    start = time.perf_counter()
    analysed = nlp.analysed(articles)
    nlp_seconds = time.perf_counter() - start
    timeline(analysed), entities(analysed), events(analysed)  # warm: models and dateparser loaded
    rows = {"timeline": timeline, "entities": entities, "events": events, "article events": story_events_of_articles}
    times = {k: [] for k in rows}
    for _ in range(runs):
        for k, f in rows.items():
            t = time.perf_counter()
            f(analysed)
            times[k].append(time.perf_counter() - t)
    med = {k: statistics.median(v) for k, v in times.items()}
    total = med["timeline"] + med["events"]  # events() already finds the entities and the article events
    print(f"  {name:<34} {len(articles):>3} art  nlp pass {nlp_seconds:6.2f}s  " + "  ".join(f"{k} {v:5.3f}s" for k, v in med.items())
          + f"  total {total:5.3f}s  ({total / max(nlp_seconds, 1e-9):.0%} of the NLP pass)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=None, help="ECB+: only the first N topics")
    parser.add_argument("--skip-ecb", action="store_true")
    args = parser.parse_args()
    nlp.load()
    example = clean(read([example_dir()])[0])
    show_timeline("bundled example", example)
    seeds_dir = DATA / "seeds"
    seeds = clean(read([seeds_dir])[0]) if seeds_dir.exists() else []
    if seeds:
        show_timeline("seeds", seeds, words=False)
        seeds_checks(seeds)
    else:
        print(f"\n(seeds skipped: {seeds_dir} not found)")
    if not args.skip_ecb:
        ecbplus(args.topics)
    print("\n## speed (warm, median of 5 runs)")
    speed("seeds", [Article(id=a.id + "#speed", original=a.original, text=a.text, published=a.published, segments=a.segments) for a in (seeds or example)])
    ecb = DATA / "ecbplus" / "docs.jsonl"
    if ecb.exists():
        recs = [json.loads(line) for line in ecb.read_text(encoding="utf-8").splitlines()[:10]]
        speed("10-article cluster (ECB+ topic 1)", [Article(id=r["article"] + "#speed", original=r["text"]) for r in recs])
    speed("bundled example x2 (10 articles)", example + [Article(id=a.id + "-2", original=a.original, text=a.text, published=a.published,
                                                                  segments=a.segments) for a in example])
    return 0


if __name__ == "__main__":
    sys.exit(main())
