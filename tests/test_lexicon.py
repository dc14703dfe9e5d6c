"""The word lists of `newsweave.lexicon.en`: each word written once per idea, lower case where the
stages lower-case what they match, and the lists built from one another keep their stated relation."""

import ast
import inspect
import re

from newsweave.lexicon import en

# lists meant as one idea: a word written in two of them is a copy that will drift
SAME_IDEA = {
    "stop words": ("STOPWORDS", "STOPWORDS_WITH_OBJECT_PRONOUNS"),
    "determiners": ("ARTICLES", "SOURCE_DETERMINERS"),
    "numbers": ("NUMBERS", "COUNT_WORDS", "NUMBER_DIGITS", "DATE_NUMBER_WORDS", "DATE_WORDS"),
    "forms of address": ("FORMS_OF_ADDRESS", "HONORIFICS"),
    "organisations": ("GENERIC_ORGANISATIONS", "GENERIC_COMPANIES"),
    "dates": ("MONTHS", "WEEKDAYS", "DATE_WORDS"),
}
# matched as written: a title's abbreviation is capitalised and keeps its full stop
AS_WRITTEN = {"TITLE_ABBREVIATIONS"}


def _written_words() -> dict[str, set[str]]:
    """The words each top-level list of en.py writes itself (string literals in its assignment),
    not the ones it takes from another list."""
    tree = ast.parse(inspect.getsource(en))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            words = set()
            for leaf in ast.walk(node.value):
                if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str) and leaf.value not in ("\n",):
                    words.update(leaf.value.split())
            out[node.targets[0].id] = words
    return out


def test_no_word_is_written_twice_for_one_idea():
    written = _written_words()
    for idea, names in SAME_IDEA.items():
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                assert not written[a] & written[b], (idea, a, b, sorted(written[a] & written[b]))


def test_lists_are_lower_case():
    for name, value in vars(en).items():
        if name.startswith("_") or name in AS_WRITTEN or not isinstance(value, (frozenset, set, dict, tuple)):
            continue
        words = [w for w in value if isinstance(w, str)]
        assert words == [w.lower() for w in words], name


def test_derived_lists_keep_their_relation():
    assert en.STOPWORDS < en.STOPWORDS_WITH_OBJECT_PRONOUNS
    assert en.FORMS_OF_ADDRESS < en.HONORIFICS
    assert en.AGENCY_WORDS <= en.AGENCIES
    assert en.GENERIC_COMPANIES < en.GENERIC_ORGANISATIONS
    assert set(en.MONTHS) < en.WEEKDAY_CUES and set(en.MONTHS) < en.DATE_WORDS
    assert {en.NUMBERS[w] for w in en.COUNT_WORDS} == set(en.COUNT_WORDS.values())
    assert all(en.NUMBER_DIGITS[w] == str(en.NUMBERS[w]) for w in en.NUMBER_DIGITS)


def test_number_words_of_each_stage():
    assert en.COUNT_WORDS["dozen"] == 12 and "thousand" not in en.COUNT_WORDS
    assert en.NUMBER_DIGITS["million"] == "1000000" and "thirteen" not in en.NUMBER_DIGITS
    assert en.DATE_NUMBER_WORDS["an"] == 1 and en.DATE_NUMBER_WORDS["few"] is None and "dozen" not in en.DATE_NUMBER_WORDS
    # the "ago" pattern tries the number words in this order
    assert list(en.DATE_NUMBER_WORDS)[:4] == ["a", "an", "one", "two"]


def test_wire_agency_reads_a_byline_not_a_word_inside_another():
    assert en.WIRE_AGENCY.search("Associated Press") and en.WIRE_AGENCY.search("PA News")
    assert not en.WIRE_AGENCY.search("Apex Herald")


def test_page_furniture_and_published_are_patterns_of_words():
    assert en.PAGE_FURNITURE.search("Click here to sign up") and not en.PAGE_FURNITURE.search("The pier reopened.")
    assert re.fullmatch(en.PUBLISHED, "last updated")


def test_every_line_of_the_agency_list_is_read():
    assert {"reuters", "xinhua", "kyodo", "yonhap", "bloomberg", "apa", "press trust of india"} <= en.AGENCIES
