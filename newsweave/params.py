"""Every tuned parameter of newsweave in one place, each with the benchmark row or the reason that set
its value. A stage imports the value it needs; nothing else in the package hard-codes a threshold.

Benchmark rows are in docs/benchmarks.md, reproduced by the script named (`benchmarks/<stage>.py`);
the commit that set a value is the one `git log -S NAME` finds.

>>> from newsweave import params
>>> params.PARTIAL < params.REWRITE and params.LEDES_SAME_FACT < params.PARTICIPANTS_SAME_FACT < params.SAME_FACT
True
"""

from __future__ import annotations

# --- clean -----------------------------------------------------------------------------------------

# What a line adds to a body region. The short-line weight and the isolated-paragraph factor were
# chosen on L3S-GN1 (two numbers; F1 moves by less than 0.01 across -0.4..-0.6 and 0.4..0.8).
LINE_WEIGHTS = {"good": 1.0, "medium": 0.6, "short": -0.5, "debris": -0.6}  # benchmarks/clean.py, L3S keep-line F1 (69de706)
# a paragraph alone between two labels (a teaser under its link, a caption) counts for less
ISOLATED = 0.6  # benchmarks/clean.py, L3S keep-line F1 (69de706)
STANDFIRST_WORDS = 6  # a title-like line this long under the headline is a standfirst; set with the L3S keep-line run (69de706)
NEAR_SHARED = 3  # shared words with the opening past which a headline candidate gains no more; L3S keep-line run (69de706)
CAPTION_LONGEST = 280  # past that, a caption glued to the story's prose: kept; Multi-News caption lines (08e18c9, 72eacd9)

# --- copies ----------------------------------------------------------------------------------------

# Fitted on METER (benchmarks/copies.py, in-sample); the same three chosen by 5-fold cross-validation
# over stories come out at these values or within 0.03 in every fold. A sentence has a counterpart
# in the origin when SENTENCE_MATCH of its content words are found there, or SENTENCE_MATCH of the
# letter n-grams of those words: a rewrite keeps the words though it reorders and inflects them.
DUPLICATE = 0.60  # word-trigram containment: near-verbatim (a definition, not fitted)
SENTENCE_MATCH = 0.60  # benchmarks/copies.py, METER CV row (c4c752c)
REWRITE = 0.94  # share of the derived text's words in sentences with a counterpart; METER CV row
PARTIAL = 0.22  # share of its words in sentences whose ordinary words have a counterpart; METER CV row
# a text that credits its origin in words ("according to ...") says it is derived: less overlap suffices
CREDITED_REWRITE = 0.60  # share of distinct words found in the origin; METER (b9a647c)
# copied wording, required between two outlets (neither agency copy nor credited): trigram
# containment, or one copied clause (a sentence with SENTENCE_COPY of its trigrams, and at least
# COPIED_CLAUSE of them, in the origin: not a shared name like "minister Mikhail Orlenko"). Fitted on
# METER for an earlier rule; METER's wire texts are agency copy, so they no longer apply there (the
# benchmark's "no source" row shows what they cost when the wire is not known as such).
COPIED_TRIGRAMS = 0.12  # benchmarks/copies.py, METER "no source" row (b9a647c)
SENTENCE_COPY = 0.5  # METER, "no source" row (b9a647c)
COPIED_CLAUSE = 6  # METER, "no source" row (b9a647c)
# a partial copy this much of whose text lies in the other's sentences is not an independent source
# (METER's non-derived articles score up to 0.69 against their wire text: vocabulary a story shares)
MOSTLY_DERIVED = 0.8  # above METER's highest non-derived score (c4c752c)
LETTERS = 4  # letter n-grams over a sentence's content words, joined by a space; METER CV 0.775 -> 0.795 (4c5c345)
# of two texts with no credit, agency or date, the one whose trigram containment in the other is this
# much higher is the derived one (a definition, not fitted: e57fe28)
MORE_COMPLETE = 0.15

# --- facts (align) and summary ---------------------------------------------------------------------

SAME_FACT = 0.40  # two sentences are one fact at this similarity; benchmarks/summary.py, Multi-News and MultiLing ROUGE-2 (e57fe28)
SUBSET = 0.75  # a shorter sentence this much contained in a longer one tells the same fact; benchmarks/summary.py (e57fe28)
# two sentences naming the same participants doing the same thing are one fact told in other
# words: they align at a lower similarity (measured in benchmarks/summary.py; easing the leads of
# different articles the same way made the summaries worse on both sets)
PARTICIPANTS_SAME_FACT = 0.30
# two ledes of one occasion that, or whose headlines, share a verb (`_same_news`) align lower still:
# outlets retell the main news in their own words. Measured (benchmarks/summary.py, ECB+ look-alike
# events): at 0.27 the summaries hold or gain, and of the 20 lede facts it adds on ECB+, 18 join
# articles about one event and 2 join look-alike events (at 0.24, MultiLing loses 0.16 ROUGE-2)
LEDES_SAME_FACT = 0.27
# how far from a quoted line its speaker's name may be (characters): the attribution before or after it
QUOTED_NEAR = 400  # a paragraph's reach, not fitted (b88ca81)
LEDE_WITHIN = 3  # the lede is among an article's first sentences (after a dateline or byline); benchmarks/summary.py (9c853f1)
HEADLINE_AGREES = 0.5  # share of the headline's content words the lede must contain; benchmarks/summary.py (9c853f1)
# measured on Multi-News and MultiLing 2011 (benchmarks/summary.py): centrality carries most
SUMMARY_WEIGHTS = {"centrality": 0.60, "independent": 0.50, "lead": 0.15}
# agreement is the share of the story's other origins that tell a fact, out of at least this many: with
# one or two other origins, "all of them tell it" is weak evidence of what matters, and an aside both
# outlets share would outrank the story's centre; the weight agreement cannot carry there goes to
# position (`_weights`). Multi-News (most stories of one to three origins) ROUGE-2 8.70 -> 8.81 with the
# floor, -> 9.10 with the shift; MultiLing (ten origins a story) unchanged.
AGREEMENT_FLOOR = 3
# two facts are redundant when their tellings are, on average, this similar
REDUNDANT = 0.35  # benchmarks/summary.py, Multi-News and MultiLing ROUGE-2 (e57fe28)
SAME_LEAD_NAMES = 4  # two leads sharing this many names tell the main news once; summary ROUGE-2 rows, Multi-News 8.70 unchanged (16e8834)
MIN_WORDS, MAX_WORDS_SENTENCE = 6, 60  # a summary sentence's length in words, a readable sentence (e57fe28, not fitted)
# a summary line is at most this long: a longer one is hard to read and takes half a 100-word summary
# (Multi-News ROUGE-2 by limit: 40 9.13, 45 9.15, 48 9.20, 50 9.22, 52 9.17, 55 9.18, 58 9.12, 60 9.15;
# MultiLing unchanged); a fact told only in longer sentences still stands in the facts
LONGEST_LINE = 50
# the summary's length in words when none is asked for (the README's briefs; a stored story's cached brief)
SUMMARY_WORDS = 120

# --- quotes and quote merging ----------------------------------------------------------------------

# two outlets' wordings are one quote (quote_merge.same_quote) when they share at least MIN_SHARED words
# with a run of MIN_RUN in order, and either TRUNCATED of the shorter wording is in the longer one (a
# cut quote) or REWORDED of the longer one's words are shared (a reworded quote). Set with the first
# quote merging on the wave-1 fixtures and seeds, not fitted on a benchmark (e239909)
MIN_SHARED = 4
MIN_RUN = 3
TRUNCATED = 0.85
REWORDED = 0.6
# quoted words this short inside a sentence that labels them ("so-called 'rescue'") are scare quotes,
# not a quotation; set with the quotes stage (e239909), PolNeAR dev quote F1 rows in benchmarks/quotes.py
SCARE_MAX_WORDS = 4

# --- timeline, events and divergences --------------------------------------------------------------

# two tellings with different dates are one fact told differently only when the clauses that carry
# their dates agree this much (overlap coefficient of their content words, the date left out): "Today
# is the first anniversary of the flood, when 300 homes were evacuated" dates the anniversary, not
# the evacuation
SAME_TELLING = 0.5  # half the shorter clause: a definition, not fitted (42640f6)
SAME_CYCLE = 7  # days: reports of one news cycle; months apart, a look-alike sentence tells another occasion (a591c9b, not fitted)

# which occasion each article is mainly about (events.story_events_of_articles): groups of articles by
# average link at SAME_OCCASION, their similarity mixing anchors (names, dates, numbers with their unit)
# at ANCHOR_WEIGHT with the content words of the title and first LEAD_SENTENCES sentences;
# benchmarks/timeline.py, ECB+ same-event F1 0.679 -> 0.903 (c50a05d)
SAME_OCCASION = 0.15
ANCHOR_WEIGHT = 0.7
LEAD_SENTENCES = 5
# two dated mentions of an occasion are one event at this score (events.events); set with the first
# events stage, not fitted (e9fc8f8)
SAME_EVENT = 0.3

# --- entities and topic ----------------------------------------------------------------------------

# two articles whose content words are at least this alike (TF-IDF cosine) tell one story; chosen on
# Multi-News, MultiLing 2011, ECB+ and the seeds (benchmarks/topic.py): every article of the on-topic
# sets links to its story above it, stray pages (archive notices, widgets, a horoscope) stay below
RELATED = 0.06
# an article with this many sentences that stand alone is a report: an archive's crawl notice or a
# sharing widget has fewer (3 also keeps ECB+'s one-line-per-sentence stubs of a story together)
REPORT = 3  # benchmarks/topic.py (9c853f1)
# when no group has a report, the story's group must say this many times as much as any other
DOMINANT = 2.0  # benchmarks/topic.py (9c853f1)

# --- stories in a corpus (newsweave.corpus) --------------------------------------------------------

# an article's features keep its STORY_TERMS heaviest words (rarity in general English); its STORY_KEYS
# rarest are its blocking keys: a candidate article shares one of them (features.py; not fitted)
STORY_TERMS = 60
STORY_KEYS = 8
# a key's postings past this many articles: only the latest are candidates (a word in every article of a
# month-long story finds that story through its latest articles; not fitted, a bound on work)
KEY_POSTINGS = 200
# two articles are of one story when a logistic model of four cosines (words, names, title, numbers)
# says so with probability SAME_STORY; fitted on the tuned parts of ECB+ (topics 1-20) and Multi-News
# (000-124) as given, before cleaning; never on the held-out parts, MultiLing or METER. Refitted on the
# cleaned texts (benchmarks/cluster_fit.py) the best mean tuned F1 is .781, below these weights' (it prints both)
STORY_WEIGHTS = (1.831, 4.515, -0.722, 2.843)
STORY_BIAS = -2.399
SAME_STORY = 0.6
# two articles published more than this many days apart are never linked directly: a story that has been
# quiet this long takes no more articles. 95% of the gaps between consecutive dated articles of one story
# in the tuned parts are at most 52 days (benchmarks/cluster_fit.py); a first value of 7 split MultiLing's
# month-long topics (F1 .403)
STORY_WINDOW = 52
# near duplicates: MinHash over word 3-grams (datasketch, NEAR_PERM permutations, seed 1), candidates
# from NEAR_BANDS bands, a duplicate when the estimated Jaccard similarity is at least NEAR_DUPLICATE
# (a definition: most of the text is the same; not fitted)
NEAR_PERM = 64
NEAR_BANDS = 8
NEAR_DUPLICATE = 0.8
