"""Renderers: records in, text out (JSON, Markdown, HTML, terminal)."""
