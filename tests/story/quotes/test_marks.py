"""Quote marks: pairing, nesting, multi-paragraph quotes and the typewriter's marks."""




def test_straight_marks_and_inverted_cue(found):
    [q] = found('"We will rebuild the pier by May," said mayor Ada Lunde.')
    assert (q.text, q.speaker, q.cue, q.direct) == ("We will rebuild the pier by May", "Ada Lunde", "said", True)
    assert q.start == 1 and q.text == '"We will rebuild the pier by May," said mayor Ada Lunde.'[q.start:q.end]


def test_typographic_marks_colon_cue(direct):
    assert direct("Harbour chief Tomas Brekke said: “The channel stays shut until the fog lifts.”") == [
        ("The channel stays shut until the fog lifts", "Tomas Brekke")]


def test_multi_paragraph_quote_without_closing_mark(direct):
    text = ('Rector Hanna Moe wrote to the students. "The library stays open all night during exams.\n\n'
            '"The cafeteria will serve breakfast from six," she wrote.')
    quoted = direct(text)
    assert [t for t, _ in quoted] == ["The library stays open all night during exams",
                                      "The cafeteria will serve breakfast from six"]
    assert {s for _, s in quoted} == {"Hanna Moe"}


def test_unclosed_stray_mark_does_not_hide_later_quote(direct):
    text = 'The report was "late. "We need the figures this week," councillor Rasmus Holt said.'
    assert direct(text) == [("We need the figures this week", "Rasmus Holt")]


def test_nested_quote_is_part_of_outer_quote(direct):
    text = "“He told me ‘do not sail tonight’ and I listened,” fisherman Erik Sand said."
    assert direct(text) == [("He told me ‘do not sail tonight’ and I listened", "Erik Sand")]


def test_typewriter_double_quotes_are_quote_marks(direct):
    text = ("“I am sorry for the pain I caused,'' Ivo Karas said at the hearing. "
            "''It was hard,'' prosecutor Mara Holm said after the sentencing. ``We will appeal,'' she added.")
    assert direct(text) == [("I am sorry for the pain I caused", "Ivo Karas"), ("It was hard", "Mara Holm"),
                            ("We will appeal", "Mara Holm")]
