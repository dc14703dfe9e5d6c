"""Every tuned parameter of newsweave in one place, each with the benchmark row or the reason that set
its value. A stage imports the value it needs; nothing else in the package hard-codes a threshold.
"""

from __future__ import annotations

# --- clean -----------------------------------------------------------------------------------------

# --- copies ----------------------------------------------------------------------------------------

# --- facts (align) and summary ---------------------------------------------------------------------

# --- quotes and quote merging ----------------------------------------------------------------------

# --- timeline, events and divergences --------------------------------------------------------------

# --- entities and topic ----------------------------------------------------------------------------
