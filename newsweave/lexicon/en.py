"""English word lists, each written once. Sections follow the stages that read them most; any stage
may import any list.
"""

from __future__ import annotations

# --- function words ------------------------------------------------------------------------------

# --- saying and quoting (quotes, quote merging, provenance) --------------------------------------

# --- people, titles and names (names, entities, quotes) ------------------------------------------

# --- news agencies and outlets (copies, provenance, quotes) --------------------------------------

# --- time and dates (timeline, events, divergences) ----------------------------------------------

# --- numbers and counting (divergences, events) --------------------------------------------------

# --- page debris (clean) -------------------------------------------------------------------------

# --- other ---------------------------------------------------------------------------------------
