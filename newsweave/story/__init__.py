"""Per-story stages: quotes, provenance, and the rest of the story pipeline."""
