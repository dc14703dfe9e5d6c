"""The vocabulary of page debris (clean.debris): a line alone names its reason, or none."""

import pytest

from newsweave.clean.debris import debris_reason


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Share this article", "share-buttons"),
        ("Follow us on Google News and Twitter to stay informed.", "share-buttons"),
        ("Leave a Reply", "comment-form"),
        ("Your email address will not be published. Required fields are marked *", "comment-form"),
        ("© 2030 Some Outlet. All rights reserved.", "footer"),
        ("About Us | Contact Us | Advertise", "footer"),
        ("By Jane Roe, Staff Reporter", "byline"),
        ("Jane Roe Published May 02, 2030 | 10:15 AM", "dateline-meta"),
        ("(Published Saturday, Sept. 29, 2031)", "dateline-meta"),
        ("Photo: Ann Example/Coast Agency", "image-credit"),
        ("FILE - In this May 2, 2030, file photo, the ferry Skarn leaves Brennick harbour.", "photo-caption"),
        ("FILE - Harbour master Orla Maddock speaks in Brennick. (AP Photo/Ann Example, File)", "photo-caption"),
        ("Harbour master Orla Maddock (L) and Ivo Karas speak in Brennick, March 11, 2031.", "photo-caption"),
        ("Ferry crews stand by the quay as the fog lifts in Brennick, March 11, 2031. REUTERS/Ann Example", "photo-caption"),
        ("General view of the harbour master's office in Brennick March 11, 2031.", "photo-caption"),
        ("Orla Maddock, in this photo provided by the harbour board, is seen on the quay in Brennick.", "photo-caption"),
        ("The ferry crews stood by the quay as the fog lifted on Wednesday, March 11, 2031.", None),
        ("The harbour board was set up in Brennick on March 11, 1931.", None),
        ("Senator Orla Maddock (R) said the harbour bill would pass this week.", None),
        ("(Additional reporting by Ann Example in Brennick; Editing by Ivo Karas)", "byline"),
        ("Harbour master Orla Maddock speaks on the quay in Brennick, Tuesday,... (Associated Press)", "photo-caption"),
        ("Orla Maddock is shown in this this March 3, 2029 file photo. (Ann Example/Coast Times via Associated Press)", "photo-caption"),
        ("Orla Maddock waves from the quay. (Ann Example/Getty Images)", "photo-caption"),
        ("She said in this interview that the photo was taken in Brennick.", None),
        ("Sign up for our newsletter to get the headlines in your inbox.", "newsletter"),
        ("Coast Times Emails Get news alerts and tide tables by email, delivered weekday mornings.", "newsletter"),
        ("The harbour master said the alerts were delivered to every ship by radio.", None),
        ("We use cookies to improve your experience.", "cookie-notice"),
        ("<script>track()</script>", "script"),
        ("The ferry was carrying 212 passengers when it hit the tanker.", None),
        ("Inquiry announced", None),
    ],
)
def test_debris_vocabulary(line, reason):
    assert debris_reason(line) == reason


def test_a_table_row_of_spaces_and_bars_is_judged_at_once_not_in_exponential_time():
    import time

    from newsweave.clean.debris import debris_reason

    # a comparison table's row as a crawled page had it, names made up
    row = "|  |" + "|".join(f"{' ' * 46}{name}{' ' * 42}" for name in ("Harbour Mutual", "Tolvik Life", "Saltmere Cover", "Nessa Assurance"))
    started = time.perf_counter()
    assert debris_reason(row) is None and debris_reason("Home  |  World news · Sport | Contact") == "footer"
    assert debris_reason("Home - News - Anti-war rally - Weather") == "footer"
    assert time.perf_counter() - started < 1.0  # it took minutes before: a hang, not a slow machine
