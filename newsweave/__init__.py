"""newsweave: many reports, one story.

    >>> import newsweave
    >>> articles = newsweave.clean(newsweave.read([newsweave.example_dir()])[0])
    >>> all(a.cleaned for a in articles)
    True
"""

from newsweave.clean import clean
from newsweave.model import Article, NewsweaveError, Skipped
from newsweave.read import example_dir, read
from newsweave.weave import brief, copies

__version__ = "0.1.0"
__all__ = ["read", "clean", "brief", "copies", "example_dir", "Article", "NewsweaveError", "Skipped"]
