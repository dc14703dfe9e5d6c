"""`python -m newsweave`: the command line, as the `newsweave` script runs it."""

from newsweave.cli import app

if __name__ == "__main__":  # a worker process (newsweave.parallel) imports this module too: it must not run the command
    app()
