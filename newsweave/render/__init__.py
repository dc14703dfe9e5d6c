"""Renderers: a `Brief` in, text out (JSON, Markdown, HTML, terminal)."""

from __future__ import annotations

from newsweave.model import Brief


def render(brief: Brief, format: str, color: bool = False) -> str:
    """The brief as `json`, `md`, `html` or `text`."""
    if format == "json":
        from newsweave.render.escape import json_text

        return json_text(brief.to_json())
    if format == "md":
        from newsweave.render.markdown import to_markdown

        return to_markdown(brief)
    if format == "html":
        from newsweave.render.html import to_html

        return to_html(brief)
    if format == "text":
        from newsweave.render.terminal import to_text

        return to_text(brief, color=color)
    raise ValueError(f"unknown format {format!r}: use json, md, html or text")
