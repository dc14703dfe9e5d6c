"""Quotes and speakers on PolNeAR, with textacy and a bare quote-mark regex side by side.

PolNeAR (Newell et al., LREC 2018) annotates attributions in political news: a Source (the
speaker), a Cue and a Content span. A relation whose content holds a double quote mark is a
direct or mixed quote; the typewriter's two-character marks count as one (`''`, as one newspaper's
texts write every quote: ''We will,'' he said.), which the data's own `direct` flag does not count
(`--marks data` scores by that flag instead). Each article's raw text goes in as an `Article` with no cleaning, so our
offsets are PolNeAR's offsets.

Scores (word tokens, punctuation ignored):
- a predicted quote matches a gold one when it covers >= 30% (or >= 80%) of the gold content's
  tokens; matching is one-to-one, best coverage first; P/R/F1 over direct and mixed quotes;
- exact: the same word tokens as the gold content;
- speaker accuracy: of the quotes matched at 30%, the share whose predicted speaker mention
  overlaps the gold Source; quote-and-speaker F1 counts a match only with such a speaker;
- all attributions, indirect included, at the same overlaps.
A quote split by its attribution ("Q1," he said, "Q2.") is one gold relation with two content
spans, and so is it one newsweave record (issue 18): each record of `find_quotes` is scored as one
relation, as a user of `newsweave quotes` would count them, its parts as its spans (reported speech:
its clause; a mixed record counts as a direct/mixed quote). A second row, labelled, shows the
scoring before issue 18: records joined by this script (consecutive direct records with the same
speaker mention and no line break between).

Two parts are scored apart (issue 18): the articles of `HELD_OUT_OUTLETS`, never tuned on, and the
other five outlets, the part any change is tuned on.

    python benchmarks/quotes.py [--limit N] [--split all|dev|train] [--repeat 3] [--marks all|data]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import median_time  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
# The held-out part (issue 18), fixed on 2026-12-05 before any output of this branch was read: every
# article of the two outlets whose names sort last of the seven (an article's outlet is its id up to the
# first "_"). Nothing may be tuned on these 264 articles; tune on the other five outlets only. Rules
# written before this date (sessions 3-7) were tuned on all 924 articles, these two outlets included.
HELD_OUT_OUTLETS = ("wash-post", "west-journal")
WORD = re.compile(r"\w+")
MARKS = '"“”„«»'
TYPEWRITER = ("''", "``")


def outlet(article: str) -> str:
    """The outlet of a PolNeAR article id ("nyt_2016-03-01_slug" -> "nyt")."""
    return article.split("_", 1)[0]


def held_out(row: dict) -> bool:
    """Whether an article belongs to the held-out part (never tuned on)."""
    return outlet(row["article"]) in HELD_OUT_OUTLETS


def quoted(text: str, typewriter: bool = True) -> bool:
    """Whether a text holds a double quote mark (with the typewriter's "''" and "``", when `typewriter`)."""
    return any(m in text for m in MARKS) or typewriter and any(m in text for m in TYPEWRITER)


def words(text: str, spans) -> frozenset[int]:
    """Start offsets of the word tokens inside `spans` of `text`."""
    out = set()
    for s, e in spans:
        for m in WORD.finditer(text, s, e):
            out.add(m.start())
    return frozenset(out)


def overlaps(a, b) -> bool:
    return a is not None and any(s < be and e > bs for s, e in a for bs, be in b)


def newsweave_relations(found) -> list[dict]:
    """Our quotes as PolNeAR-like relations: one per record, its quoted parts (or its clause) as its spans."""
    return [{"spans": list(q.quoted()), "speaker": _speaker(q), "direct": q.direct or q.mixed} for q in found]


def joined_relations(found, text: str) -> list[dict]:
    """The scoring before issue 18: consecutive direct records with the same speaker mention and no line
    break between joined into one relation."""
    groups: list[list] = []
    for q in found:
        last = groups[-1][-1] if groups else None
        if (q.direct and last is not None and last.direct and q.speaker_start is not None
                and q.speaker_start == last.speaker_start and "\n" not in text[last.end:q.start]):
            groups[-1].append(q)
        else:
            groups.append([q])
    return [{"spans": [s for q in g for s in q.quoted()], "speaker": _speaker(g[0]), "direct": g[0].direct or g[0].mixed}
            for g in groups]


def _speaker(q):
    return [(q.speaker_start, q.speaker_end)] if q.speaker_start is not None else None


def textacy_relations(doc) -> list[dict]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except Exception:  # textacy gives up on some parses; count that as finding nothing
        return out
    for t in triples:
        speaker = [(min(x.idx for x in t.speaker), max(x.idx + len(x.text) for x in t.speaker))] if t.speaker else None
        out.append({"spans": [(t.content.start_char, t.content.end_char)], "speaker": speaker, "direct": True})
    return out


REGEX = re.compile(r'"[^"\n]+"|“[^”\n]+”|(?<!\w)\'\'[^\'\n]+\'\'|``[^\'\n]+\'\'')


def regex_relations(text: str) -> list[dict]:
    return [{"spans": [(m.start(), m.end())], "speaker": None, "direct": True} for m in REGEX.finditer(text)]


def match(gold: list[dict], pred: list[dict], text: str, threshold: float, need_speaker: bool = False, exact: bool = False):
    """One-to-one matches [(gold index, pred index)] at a coverage threshold."""
    g_words = [words(text, g["spans"]) for g in gold]
    p_words = [words(text, p["spans"]) for p in pred]
    pairs = []
    for i, gw in enumerate(g_words):
        if not gw:
            continue
        for j, pw in enumerate(p_words):
            common = len(gw & pw)
            if not common:
                continue
            if exact and gw != pw:
                continue
            coverage = common / len(gw)
            if coverage < threshold:
                continue
            if need_speaker and not overlaps(pred[j]["speaker"], gold[i]["source"]):
                continue
            pairs.append((coverage, common / len(pw), i, j))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows, predictions, direct_only: bool) -> dict:
    totals = {"gold": 0, "pred": 0, "tp30": 0, "tp80": 0, "exact": 0, "speaker_ok": 0, "tp_speaker": 0}
    for row, preds in zip(rows, predictions):
        text = row["text"]
        gold = [{"spans": [tuple(s) for s in r["content"]], "source": [tuple(s) for s in r["source"]]}
                for r in row["relations"] if r["direct"] or not direct_only]
        pred = [p for p in preds if p["direct"] or not direct_only]
        totals["gold"] += len(gold)
        totals["pred"] += len(pred)
        m30 = match(gold, pred, text, 0.3)
        totals["tp30"] += len(m30)
        totals["tp80"] += len(match(gold, pred, text, 0.8))
        totals["exact"] += len(match(gold, pred, text, 1.0, exact=True))
        totals["speaker_ok"] += sum(1 for i, j in m30 if overlaps(pred[j]["speaker"], gold[i]["source"]))
        totals["tp_speaker"] += len(match(gold, pred, text, 0.3, need_speaker=True))
    n_pred, n_gold = totals["pred"], totals["gold"]
    return {
        "at30": prf(totals["tp30"], n_pred, n_gold),
        "at80": prf(totals["tp80"], n_pred, n_gold),
        "exact": prf(totals["exact"], n_pred, n_gold)[2],
        "speaker_accuracy": totals["speaker_ok"] / totals["tp30"] if totals["tp30"] else 0.0,
        "quote_speaker": prf(totals["tp_speaker"], n_pred, n_gold),
        "gold": n_gold,
        "pred": n_pred,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (quick runs)")
    parser.add_argument("--split", choices=("all", "dev", "train"), default="all")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs of each extractor (median reported)")
    parser.add_argument("--marks", choices=("all", "data"), default="all",
                        help="what makes a gold quote direct: any double mark, typewriter '' included (all), or the data's flag")
    args = parser.parse_args(argv)
    gold_file = DATA / "gold.jsonl"
    if not gold_file.exists():
        print(f"PolNeAR not found at {DATA}; skipping the quotes benchmark.")
        return 0
    from newsweave import nlp
    from newsweave.model import Article
    from newsweave.story.quotes import find_quotes

    rows = [json.loads(line) for line in gold_file.open(encoding="utf-8")]
    if args.marks == "all":
        for row in rows:
            for rel in row["relations"]:
                rel["direct"] = any(quoted(row["text"][s:e]) for s, e in rel["content"])
    if args.split != "all":
        rows = [r for r in rows if r["split"] == args.split]
    if args.limit:
        rows = rows[: args.limit]
    articles = [Article(id=r["article"], original=r["text"]) for r in rows]
    t0 = time.perf_counter()
    docs = nlp.analyse(articles)
    nlp_seconds = time.perf_counter() - t0

    ours, ours_s = median_time(lambda: [find_quotes(a, d) for a, d in zip(articles, docs)], args.repeat)
    theirs, theirs_s = median_time(lambda: [textacy_relations(d) for d in docs], args.repeat)
    ours_rel = [newsweave_relations(q) for q in ours]
    joined_rel = [joined_relations(q, r["text"]) for q, r in zip(ours, rows)]
    regex_rel = [regex_relations(r["text"]) for r in rows]

    systems = [("newsweave", ours_rel), ("newsweave, joined (old)", joined_rel), ("textacy direct_quotations", theirs),
               ("quote-mark regex", regex_rel)]
    n_gold_direct = sum(1 for r in rows for rel in r["relations"] if rel["direct"])
    print(f"PolNeAR ({args.split}, {len(rows)} articles, {n_gold_direct} direct/mixed quotes, "
          f"{sum(len(r['relations']) for r in rows)} attributions); spaCy model {nlp.load().meta['name']}")
    print("newsweave: one relation per record; 'joined (old)': records joined by the benchmark as before issue 18")
    parts = [("tuned on", [i for i, r in enumerate(rows) if not held_out(r)]),
             ("held out", [i for i, r in enumerate(rows) if held_out(r)])]
    for part, index in parts:
        outlets = ", ".join(sorted({outlet(rows[i]["article"]) for i in index}))
        n_direct = sum(1 for i in index for rel in rows[i]["relations"] if rel["direct"])
        print()
        print(f"Direct and mixed quotes, {part} ({outlets}: {len(index)} articles, {n_direct} quotes)")
        header = f"| {'system':26} | P@.3 | R@.3 | F1@.3 | P@.8 | R@.8 | F1@.8 | exact F1 | speaker acc | quote+speaker F1 |"
        print(header)
        print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
        for name, rel in systems:
            s = score([rows[i] for i in index], [rel[i] for i in index], direct_only=True)
            print(f"| {name:26} | {s['at30'][0]:.3f} | {s['at30'][1]:.3f} | {s['at30'][2]:.3f} | {s['at80'][0]:.3f} | "
                  f"{s['at80'][1]:.3f} | {s['at80'][2]:.3f} | {s['exact']:8.3f} | {s['speaker_accuracy']:11.3f} | "
                  f"{s['quote_speaker'][2]:16.3f} |")
    for part, index in parts:
        print()
        print(f"All attributions (direct, mixed and indirect), {part}")
        header = f"| {'system':26} | P@.3 | R@.3 | F1@.3 | F1@.8 | speaker acc | quote+speaker F1 |"
        print(header)
        print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
        for name, rel in systems[:3]:
            s = score([rows[i] for i in index], [rel[i] for i in index], direct_only=False)
            print(f"| {name:26} | {s['at30'][0]:.3f} | {s['at30'][1]:.3f} | {s['at30'][2]:.3f} | {s['at80'][2]:.3f} | "
                  f"{s['speaker_accuracy']:11.3f} | {s['quote_speaker'][2]:16.3f} |")
    print()
    n_ours = sum(len(q) for q in ours)
    n_theirs = sum(len(t) for t in theirs)
    print(f"Speed (median of {args.repeat} runs over the same Docs; the spaCy pass, shared, took {nlp_seconds:.1f} s "
          f"= {len(rows) / nlp_seconds:.1f} articles/s)")
    print("| system | seconds | articles/s | quotes/s | articles/s incl. spaCy |")
    print("|---|---|---|---|---|")
    for name, seconds, n in (("newsweave", ours_s, n_ours), ("textacy direct_quotations", theirs_s, n_theirs)):
        print(f"| {name} | {seconds:.2f} | {len(rows) / seconds:.0f} | {n / seconds:.0f} | {len(rows) / (seconds + nlp_seconds):.1f} |")
    print(f"newsweave / textacy time ratio: {ours_s / theirs_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
