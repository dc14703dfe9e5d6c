"""Which language an article is in, told at read time: newsweave's stages read English, and an article in
another language is said to be one, never taken for page debris.

The detector is py3langid (a small offline model of 97 languages shipped in its wheel), with a check of
our own: English function words, which a text full of foreign names cannot fake.

>>> language("Der Hafen von Saltmere wurde am Montag nach dem Sturm geschlossen, sagten die Behörden.")
'de'
>>> language("The port of Saltmere closed on Monday after the storm, officials said.")
'en'
>>> language("Ok") is None
True
"""

from __future__ import annotations

import functools
import re

from newsweave.lexicon.en import STOPWORDS

SAMPLE = 20_000  # characters: enough to tell a language, few enough to stay fast on a long article
FEWEST_LETTERS = 40  # below that a text says too little to tell its language
SURE = 0.90  # the detector's probability for a language other than English before we believe it
ENGLISH_WORDS = 0.10  # share of English function words past which a text is English whatever the detector says
WORD = re.compile(r"[^\W\d_]+")

NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "es": "Spanish",
    "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian",
    "lv": "Latvian", "nb": "Norwegian", "nl": "Dutch", "nn": "Norwegian", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian",
    "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese", "zh": "Chinese",
}


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when it is too short to tell or
    the detector is unsure."""
    sample = text[:SAMPLE]
    words = WORD.findall(sample)
    if sum(map(len, words)) < FEWEST_LETTERS:
        return None
    if sum(1 for w in words if w.lower() in STOPWORDS) >= ENGLISH_WORDS * len(words):
        return "en"
    code, probability = _identifier().classify(sample)
    # a text mostly in another script than Latin is not English however unsure the detector is of which it is
    latin = sum(1 for w in words for ch in w if ch < "\u0250")
    if code == "en" or probability >= SURE or (code != "en" and latin < 0.5 * sum(map(len, words))):
        return code
    return None


def name(code: str) -> str:
    """The English name of a language code, for messages.

    >>> name("de"), name("xx")
    ('German', "language 'xx'")
    """
    return NAMES.get(code, f"language {code!r}")
