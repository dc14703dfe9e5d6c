"""What an editor reads off the page (clean.meta): dates, a title with its site name, a headline repeated."""

import datetime as dt

from newsweave.clean import is_repeated_title
from newsweave.clean.meta import find_date, split_title


def test_metadata_helpers():
    assert find_date("Posted 3rd May, 2030 at noon") == dt.date(2030, 5, 3)
    assert find_date("no date here") is None
    assert split_title("Storm shuts the port - Coast Times") == ("Storm shuts the port", "Coast Times")
    assert split_title("‘No panic’-Mayor Urges Calm As River Rises Through The Old Town") == (
        "‘No panic’-Mayor Urges Calm As River Rises Through The Old Town", None)
    assert is_repeated_title("STORM SHUTS THE PORT.", "Storm shuts the port")
    assert not is_repeated_title("The storm shut the port for a day and a night.", "Storm shuts the port")


def test_title_with_a_site_name_glued_by_underscores():
    assert split_title("Harbour reopens after collision_English_Coastwire") == ("Harbour reopens after collision", "English Coastwire")
