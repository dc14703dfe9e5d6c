"""Plain text (read.text): the optional leading date token dates the article; the text stays as read."""

import datetime as dt

from newsweave.read import read


def test_text_with_date_token(tmp_path, write, story):
    path = write(tmp_path, "bay-times.txt", " date 2030-05-02 " + story)
    [article], skipped = read([path])
    assert (article.id, article.published, skipped) == ("bay-times", dt.date(2030, 5, 2), [])
    assert article.original == " date 2030-05-02 " + story
