"""The table versions of spaCy's attribute ruler and lemmatizer annotate every token as spaCy's own do."""

from newsweave import nlp, spacy_tables
from newsweave.read import example_dir

# made-up sentences that reach the ruler's rarer rules: contractions, "gonna", "y'all", "there is", spaces
ODD = (
    "Y'all gonna see the ferry. Ain't it late? There's gotta be a way, let's go. C'mon now!\n\n"
    "He gets the tickets; she got the keys. There were 3 boats, and those were full.  \n"
    "The harbour-master's deputies hadn't said which was worse: the gales or the tides."
)


def _reference():
    """spaCy's pipeline as the model ships it, with newsweave's tokenizer cases and paragraph rule."""
    return nlp.with_rules(nlp.as_shipped())


def test_the_tables_replace_both_components():
    names = nlp.load().pipe_names
    assert "newsweave_attribute_ruler" in names and "newsweave_lemmatizer" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names


def test_every_token_annotated_as_spacy_does():
    texts = [ODD, "", "   "] + [p.read_text(encoding="utf-8") for p in sorted(example_dir().glob("*.txt"))]
    ours, theirs = nlp.load(), _reference()
    compared = 0
    for mine, ref in zip(ours.pipe(texts), theirs.pipe(texts)):
        assert [t.text for t in mine] == [t.text for t in ref]
        for a, b in zip(mine, ref):
            assert (a.tag_, a.pos_, str(a.morph), a.lemma_, a.dep_) == (b.tag_, b.pos_, str(b.morph), b.lemma_, b.dep_), a.text
            compared += 1
    assert compared > 1000


def test_the_rare_rules_fire():
    doc = nlp.load()(ODD)
    by_text = {t.text: t for t in doc}
    # two-token rules ("gon na", "got ta", "let 's", "c'm on"), a one-word rule with a tag, a space rule
    assert (by_text["gon"].lemma_, by_text["na"].lemma_, by_text["ta"].lemma_) == ("go", "to", "to")
    assert [t.lemma_ for t in doc if t.text == "'s"] == ["be", "us", "'s"]  # the last a possessive
    assert by_text["C'm"].lemma_ == "come" and by_text["gets"].lemma_ == "get"
    assert [t.dep_ for t in doc if t.text == "\n\n"] == ["dep"]


def test_unsupported_patterns_keep_spacys_ruler():
    ref = _reference()
    ruler = ref.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ferry", "OP": "+"}]], {"POS": "NOUN"})
    try:
        spacy_tables.AttributeRules(ruler)
    except spacy_tables.Unsupported:
        pass
    else:
        raise AssertionError("a pattern with an operator was taken")
    assert spacy_tables.swap_in(ref) == ["lemmatizer"]
    assert "attribute_ruler" in ref.pipe_names
