"""`python -m newsweave`: the command line, as the `newsweave` script runs it."""

from newsweave.cli import app

app()
