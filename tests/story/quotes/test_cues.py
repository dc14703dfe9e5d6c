"""Cues: which quoted words are speech and the cue that attributes them (scare quotes, titles, labels left out)."""

import pytest




def test_split_quote_is_one_quotation_of_one_speaker(found):
    text = "Pilot Ines Varga described the landing. “The wind turned,” Varga said, “and we had to abort twice.”"
    [q] = [q for q in found(text) if q.direct]
    assert (q.text, q.speaker, q.cue) == ("The wind turned … and we had to abort twice", "Ines Varga", "said")
    assert [text[p.start:p.end] for p in q.parts] == ["The wind turned", "and we had to abort twice"]
    assert text[q.speaker_start:q.speaker_end] == "Varga"


def test_a_paragraph_of_quoted_words_goes_on_with_the_quotation_and_a_new_attribution_begins_another(direct):
    text = ("“The wind turned,” pilot Ines Varga said. “We had to abort twice.”\n\n“Then the fog lifted and we could see the lights.”\n\n"
            "“The tower was calm,” Varga added.")
    assert [t for t, _ in direct(text)] == ["The wind turned … We had to abort twice … Then the fog lifted and we could see the lights",
                                            "The tower was calm"]


def test_a_short_sentence_in_quote_marks_is_speech_only_as_the_rest_of_a_quotation(direct):
    said = '“You think the ferry will stop?” harbour master Ilse Varga said on Monday. “It will not stop.”'
    assert direct(said) == [("You think the ferry will stop? … It will not stop", "Ilse Varga")]
    # with no quotation before it, a short sentence in marks is nobody's speech (a slogan, a sign)
    assert direct("The crowd waved signs. “It will not stop.” The ferry left at noon.") == []


MISPARSED = "“I have never seen the quay this crowded on a Tuesday,” harbour master Ilse Varga said at the pier."


def test_speaker_after_the_quote_survives_a_misparse(found):
    # the parser reads "harbour" as a verb and hangs the quote on it; the subject of "said" still speaks
    [q] = found(MISPARSED)
    assert (q.text, q.speaker, q.cue) == ("I have never seen the quay this crowded on a Tuesday", "Ilse Varga", "said")
    assert MISPARSED[q.speaker_start:q.speaker_end] == "harbour master Ilse Varga"


def test_speaker_before_a_colon_quote_has_its_whole_mention(found):
    text = "Harbour master Ilse Varga said at the pier: “I have never seen the quay this crowded on a Tuesday.”"
    [q] = found(text)
    assert (q.text, q.speaker) == ("I have never seen the quay this crowded on a Tuesday", "Ilse Varga")
    assert text[q.speaker_start:q.speaker_end] == "Harbour master Ilse Varga"


def test_no_speaker_without_a_reporting_verb_after_the_quote(found):
    text = "“I have never seen the quay this crowded on a Tuesday.” Harbour master Ilse Varga walked to the pier."
    assert [(q.text, q.speaker, q.speaker_start) for q in found(text)] == [
        ("I have never seen the quay this crowded on a Tuesday", None, None)]


def test_follow_on_quote_in_next_paragraph_keeps_speaker(direct):
    text = ('"The airport will reopen on Friday," Transport Minister Oskar Lind told reporters.\n\n'
            '"Every runway light will be checked before the first flight lands."')
    # a paragraph of quoted words with no attribution of its own: the rest of the minister's quotation
    assert [s for _, s in direct(text)] == ["Oskar Lind"]


def test_scare_quotes_and_titles_are_not_speech(direct):
    text = 'The so-called "quiet season" ended early. Viewers watched "Harbour Nights" on Sunday.'
    assert direct(text) == []


def test_a_statement_sent_to_an_outlet_is_the_senders(direct):
    text = ("The band said nothing for a day.\n\nThe group's publicist sent the following statement to Lowton Radio:\n\n"
            "\"It is with great sadness that we confirm the death of our friend Ivo Karas.\"")
    assert direct(text) == [("It is with great sadness that we confirm the death of our friend Ivo Karas", "group's publicist")]


@pytest.mark.parametrize("text", [
    "Lately, unpaid bills and court cases clouded the name of the skipper who called himself the “keeper of lanterns.”",
    "Ada Lunde described herself as “a harbour girl”.",
    "The council calls the new ferry “Sea Wren Two” in its letters.",
    'The choir shared two pictures online, and the second bore a single word: "Forever."',
    "If you argue that the pier is safe, you must show the survey.",
])
def test_labels_names_and_hypotheticals_are_not_speech(text, found):
    assert found(text) == []


def test_a_short_shout_is_speech(direct):
    assert direct('"Close the pier!" the crowd chanted outside the town hall.') == [("Close the pier!", "crowd")]


def test_a_quoted_evaluation_is_still_speech(found):
    [q] = found("Ada Lunde called the ferry plan “a fantasy” on Monday.")
    assert (q.speaker, q.direct, q.mixed, [p.text for p in q.parts]) == ("Ada Lunde", False, True, ["a fantasy"])


def test_a_quoted_title_does_not_hide_the_reporting_verb_before_a_colon(found):
    text = ("Guitarist Ivo Marsh spent a year on the record. He told Lowton Radio that hearing “Sea Wren” bare made him see "
            "how hard the band worked to make it fly: “You realise how much the extra guitars mattered.”")
    [q] = [q for q in found(text) if q.text.startswith("You realise")]
    assert q.speaker.endswith("Ivo Marsh") and (q.cue, text[q.speaker_start:q.speaker_end]) == ("told", "He")


def test_a_show_named_in_quote_marks_is_no_quote(found):
    text = ('Appearing on "Harbour Hour," Varga was asked by host Ivo Karas about the ferry. '
            '"Should the port have waited 44 days?" Varga said on Lowton Radio\'s "Morning Tide."')
    assert [q.text for q in found(text) if q.direct] == ["Should the port have waited 44 days?"]
    assert not [q for q in found(text) if not q.direct and "Morning Tide" in q.text]


def test_a_title_in_quote_marks_is_no_speech(direct):
    text = ("The album has ten songs.\n\n4. “Harbour Lights Are Out”\n\n"
            "As critic Ivo Karas points out, “Mara Holm Shares Ferry Lattes” is the third result when you search for it. "
            "“We Will Sail Again,” skipper Ivo Brennick said.")
    assert direct(text) == [("We Will Sail Again", "Ivo Brennick")]


def test_a_short_title_case_quote_is_speech_only_beside_its_cue(direct):
    text = ('The group was shocked on Saturday night when one of its leaders -- a man known to his followers as "Captain Ivo," '
            'a harbour pilot -- was revealed to be a Lowton developer named Ivo Karas, who has said that his wife is a sailor. '
            '"Harbour Lights Out," skipper Ivo Brennick said of the night.')
    assert direct(text) == [("Harbour Lights Out", "Ivo Brennick")]


def test_a_dash_and_a_name_ending_the_line_sign_the_quote(found):
    text = ("Readers of the Lowton Gazette told us what the new ferry timetable means to them.\n"
            "“The early boat was the only way I could reach my shift at the cannery on time.” ― Marta Oyelaran\xa0\n"
            "“My children now wait an hour on the quay every single morning before school.” — Pavel Lindgren\n"
            "“Nobody asked the islanders before the council changed the crossings.”")
    quotes = [q for q in found(text) if q.direct]
    assert [(q.speaker, q.cue, text[q.speaker_start:q.speaker_end]) for q in quotes[:2]] == [
        ("Marta Oyelaran", "―", "Marta Oyelaran"), ("Pavel Lindgren", "—", "Pavel Lindgren")]
    # the signatures make two quotations, not one running on; an unsigned line is no one's
    assert quotes[0].text == "The early boat was the only way I could reach my shift at the cannery on time"
    assert all(q.speaker != "Pavel Lindgren" for q in quotes[2:])


def test_a_dash_inside_the_sentence_signs_nothing(found):
    text = "“The early boat was the only way I could reach my shift on time” ― Marta Oyelaran said that the council forgot her."
    assert all(q.cue not in ("―", "—") for q in found(text))


def test_a_day_is_never_a_speaker(found):
    text = ("“We have sailed through worse storms than this one,” Mr. Karas, whose firm, Lowton Shipping, owns four of the boats, "
            "said Thursday morning on Harbour Radio.")
    [q] = found(text)
    assert q.speaker_start is not None and "Thursday" not in text[q.speaker_start:q.speaker_end]


def test_a_name_alone_before_a_colon_speaks_as_in_a_transcript(found):
    text = ("The two candidates for harbour master answered the same question. "
            "Ada Lunde: “The breakwater must be finished before the winter storms arrive.” "
            "Ivo Karas: “The breakwater can wait until the ferries run on time again.”")
    quotes = [q for q in found(text) if q.direct]
    assert [(text[q.speaker_start:q.speaker_end], q.cue) for q in quotes] == [("Ada Lunde", ":"), ("Ivo Karas", ":")]
    # a day heading the line is no speaker
    assert [q.speaker for q in found("Ferry news.\nMonday, March 3: “The breakwater must be finished before the winter storms arrive.”")] == [None]


def test_a_long_sentence_after_the_quote_attributes_it_when_its_verb_reports_nothing_else(found):
    text = ("“We will finish the breakwater before the first winter storm!” Harbour master Ilse Varga said "
            "as the council meeting in Saltmere came to an end.")
    [q] = found(text)
    assert (q.speaker, q.cue, text[q.speaker_start:q.speaker_end]) == ("Ilse Varga", "said", "Harbour master Ilse Varga")
    # a sentence that reports something of its own is a new statement, not the quote's attribution
    other = "“The ferry leaves at noon.” Harbour master Ilse Varga said on Monday that the timetable for the whole winter season would change."
    assert [q.speaker for q in found(other) if q.direct] == [None]


def test_the_ones_told_are_not_what_is_said(found):
    text = ("“We will finish the breakwater before the first winter storm.” Harbour master Ilse Varga told reporters "
            "during the long council meeting in Saltmere on Tuesday.")
    [q] = found(text)
    assert (q.speaker, q.cue) == ("Ilse Varga", "told")
