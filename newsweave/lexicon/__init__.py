"""The words newsweave knows, one module per language (English now: `newsweave.lexicon.en`).

Every list of words a stage reads lives in its language's module, written once; a stage imports
the list it needs instead of keeping its own copy.
"""
