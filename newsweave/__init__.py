"""newsweave: many reports, one story.

    >>> import newsweave
    >>> articles = newsweave.clean(newsweave.read([newsweave.example_dir()])[0])
    >>> all(a.cleaned for a in articles)
    True
"""

from newsweave.clean import clean
from newsweave.model import Article, NewsweaveError, Skipped
from newsweave.read import example_dir, read

def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsweave")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


__version__ = _version()
__all__ = ["read", "clean", "brief", "copies", "example_dir", "Article", "NewsweaveError", "Skipped"]


def __getattr__(name: str):
    # the story pipeline is imported when first used, so `python -m newsweave.pipeline` runs it fresh
    if name in ("brief", "copies"):
        from newsweave import weave

        return getattr(weave, name)
    raise AttributeError(f"module 'newsweave' has no attribute {name!r}")
