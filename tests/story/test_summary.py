"""The summary (story.summary): whole cited sentences within the word budget, and only lines a reader
can check and attribute."""

import pytest

import newsweave

PRONOUNS = {"he", "she", "it", "they", "this", "these", "those", "his", "her", "their"}


@pytest.mark.parametrize("budget", [40, 80, 120])
def test_summary_is_cited_whole_sentences_within_budget(cleaned_example, budget):
    brief = newsweave.brief(list(cleaned_example.values()), max_words=budget)
    assert brief.summary
    assert sum(len(s.text.split()) for s in brief.summary) <= budget
    for sentence in brief.summary:
        assert sentence.sources and sentence.evidence
        assert sentence.text.lstrip('"“')[0].isupper() and sentence.text.rstrip()[-1] in '.!?"”'
        assert sentence.text.split()[0].lower() not in PRONOUNS
        # the words shown are one outlet's words (a dateline may be dropped in front)
        assert any(_normal(sentence.text) in _normal(e.text) for e in sentence.evidence)


def _normal(text):
    return " ".join(text.lower().replace("’", "'").split())


def test_summary_leads_with_the_story(example_brief):
    assert "Hollin Bay" in example_brief.summary[0].text and "Corvina Spirit" in example_brief.summary[0].text


def test_first_person_lines_are_not_summary_claims():
    from newsweave.model import Article

    text = ("Harbour reopens\n\nThe harbour of Lowton reopened on Tuesday after a two-day closure, the port office said.\n\n"
            "I think the ferries will be late all week, one passenger told reporters at the quay.\n\n"
            "Engineers from the city council inspected the main pier on Monday and found no damage to it.")
    brief = newsweave.brief([Article(id="a", original=text)], max_words=80)
    assert brief.summary and not any(s.text.startswith("I ") for s in brief.summary)


def test_summary_shows_quotes_with_named_speakers_only():
    from newsweave.model import Article

    named = "“I have never seen the quay this crowded on a Tuesday,” harbour master Ilse Varga said at the pier."
    unnamed = "The crowd at the quay was the largest in years, she said, and the ferries ran late all day."
    headline = "Harbour Master Praises Crew After Record Crowds Gather At Lowton Quay."
    cut_short = "The port office said the harbour would stay open through the night and ..."
    to_reader = "Send your photos of the crowded quay to the port office before Friday evening."
    holes = "Ferries from and carried the most passengers ( and , respectively) on Tuesday morning."
    you = "If you travel on Tuesday, your ticket will be valid on every ferry leaving the quay."
    caption = "Two of the harbour pilots standing beside the damaged ferry at the quay on Tuesday."
    it_said = "“We will rebuild the pier before the summer season starts,” it said in a statement on Monday."
    names = "Prime Minister Ilse Varga met Harbour Master Pavel Roth at Lowton Castle on Thursday morning."
    both = "Both were taken to the hospital in Tolvik with minor injuries on Tuesday evening."
    text = ("Harbour reopens\n\nThe harbour of Lowton reopened on Tuesday after a two-day closure, the port office said.\n\n"
            + "\n\n".join([named, unnamed, headline, cut_short, to_reader, holes, you, caption, it_said, names, both]))
    shown = {s.text for s in newsweave.brief([Article(id="a", original=text)], max_words=300).summary}
    assert named in shown and names in shown  # a sentence full of names is no headline
    assert not shown & {unnamed, headline, cut_short, to_reader, holes, you, caption, it_said, both}


def test_a_quote_line_is_shown_with_the_speaker_another_sentence_names():
    from newsweave.model import Article
    from newsweave.render.markdown import to_markdown

    attributed = "“The pier will reopen in May,” Mayor Ilse Varga said at the town hall on Tuesday."
    line = "“We have found the money for the repairs, and the work on the old stone pier starts next week.”"
    by_pronoun = "“Nobody will lose a job over the closure of the quay this winter,” she said."
    text = "\n\n".join(["Pier to reopen", "The council of Lowton voted on Tuesday to repair the storm-damaged pier.",
                       attributed, line, by_pronoun])
    brief = newsweave.brief([Article(id="a", original=text)], max_words=300)
    [shown] = [s for s in brief.summary if s.text == line]
    assert shown.speaker == "Ilse Varga" and shown.speaker_evidence.text == "Mayor Ilse Varga"
    assert text[shown.speaker_evidence.start:shown.speaker_evidence.end] == "Mayor Ilse Varga"
    assert f"{line} *(words of Ilse Varga)*" in to_markdown(brief).replace("\\", "")
    assert by_pronoun not in {s.text for s in brief.summary}
    # a fact listed alone has no room for its speaker: the quote line is not one that reads on its own
    assert [f.stands_alone for f in brief.facts if f.text == line] == [False]


def test_a_line_longer_than_fifty_words_is_a_fact_but_no_summary_line():
    from newsweave.model import Article

    long_line = ("The ferry Skarn, which had sailed the Tolvik crossing twice a day since the spring of 2019 and carried "
                 "about three hundred passengers on a busy day, ran aground on a sandbank off Tolvik Point early on "
                 "Tuesday morning in thick fog, with eighty-six passengers and a crew of nine aboard, the port authority "
                 "said in a statement.")
    assert len(long_line.split()) > 50
    rest = ("Coastguard boats brought every passenger back to Brennick harbour by noon. "
            "Four passengers were treated for minor injuries at Brennick General Hospital. "
            "Divers will inspect the hull on Wednesday, the operator said.")
    brief = newsweave.brief([Article(id="a", original=f"{long_line} {rest}")], max_words=120)
    assert any(long_line in f.text for f in brief.facts)
    assert brief.summary and not any(long_line in s.text for s in brief.summary)


def test_a_quoted_line_carries_the_speaker_the_outlets_agree_on():
    from dataclasses import replace

    from newsweave.model import Evidence, Quote, QuoteGroup, QuoteVariant, SummarySentence
    from newsweave.story.summary import speakers_agreed

    words = "We will rebuild the pier by May."
    originals = {
        "a": f'"{words}" The statement came after Mayor Lena Brask visited.',  # outlet a's attribution went astray
        "b": f'Mayor Ilse Varga said: "{words}"',
        "c": f'"{words}" Ilse Varga said.',
    }
    spans = {k: (t.index(words), t.index(words) + len(words)) for k, t in originals.items()}
    speakers = {"a": "Lena Brask", "b": "Ilse Varga", "c": "Ilse Varga"}
    mentions = {k: (originals[k].index(m), originals[k].index(m) + len(m))
                for k, m in {"a": "Lena Brask", "b": "Mayor Ilse Varga", "c": "Ilse Varga"}.items()}
    quotes = [Quote(k, words, *spans[k], speakers[k], *mentions[k], "said", True) for k in originals]
    group = QuoteGroup("Ilse Varga", words, True, ("a", "b", "c"),
                       tuple(QuoteVariant(k, words, *spans[k], speakers[k]) for k in originals))
    line = SummarySentence(words, ("a", "b", "c"), (Evidence("a", spans["a"][0] - 1, spans["a"][1] + 1, f'"{words}"'),),
                           speaker="Lena Brask", speaker_evidence=Evidence("a", *mentions["a"], "Lena Brask"))
    [agreed] = speakers_agreed([line], [group], quotes, originals)
    assert agreed.speaker == "Ilse Varga"
    ev = agreed.speaker_evidence
    assert ev.article == "b" and originals["b"][ev.start:ev.end] == ev.text == "Mayor Ilse Varga"
    # one outlet against one is no agreement: the line keeps its own outlet's speaker
    two = replace(group, sources=("a", "b"), variants=group.variants[:2])
    assert speakers_agreed([line], [two], quotes, originals) == [line]
