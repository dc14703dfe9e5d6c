"""The JSON Schema of the brief, derived from the records in `model`, so the format users build on
and the code that writes it cannot drift apart. `newsweave/brief.schema.json` is this, written out.

>>> brief_schema()["required"][:3]
['story', 'articles', 'summary']
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path

from newsweave import model

SCHEMA_FILE = Path(__file__).resolve().parent / "brief.schema.json"
DOCS_COPY = Path(__file__).resolve().parents[1] / "docs" / "brief.schema.json"  # in a source checkout
_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def _schema(tp) -> dict:
    origin = typing.get_origin(tp)
    if tp in _SCALARS:
        return {"type": _SCALARS[tp]}
    if origin in (typing.Union, types.UnionType):
        options = [_schema(arg) for arg in typing.get_args(tp)]
        return {"anyOf": options}
    if origin in (tuple, list):
        args = [a for a in typing.get_args(tp) if a is not Ellipsis]
        return {"type": "array", "items": _schema(args[0]) if args else {}}
    if dataclasses.is_dataclass(tp):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp in (model.dt.date,):
        return {"type": "string", "format": "date"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _definition(cls) -> dict:
    hints = typing.get_type_hints(cls, vars(model))
    fields = dataclasses.fields(cls)
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else cls.__name__,
        "properties": {f.name: _schema(hints[f.name]) for f in fields},
        "required": [f.name for f in fields],
        "additionalProperties": True,
    }


def brief_schema() -> dict:
    """The JSON Schema (draft 2020-12) of `Brief.to_json()`."""
    defs, todo = {}, [model.Brief]
    while todo:
        cls = todo.pop()
        if cls.__name__ in defs:
            continue
        defs[cls.__name__] = _definition(cls)
        for hint in typing.get_type_hints(cls, vars(model)).values():
            todo.extend(_dataclasses_in(hint))
    root = defs.pop("Brief")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/newsweave/newsweave/brief.schema.json",
        "title": "newsweave brief",
        **{k: v for k, v in root.items() if k != "description"},
        "description": "The brief of one story: every item carries the sources and spans of original text behind it.",
        "$defs": dict(sorted(defs.items())),
    }


def _dataclasses_in(tp):
    if dataclasses.is_dataclass(tp):
        yield tp
    for arg in typing.get_args(tp):
        yield from _dataclasses_in(arg)


def write_schema(paths: tuple[Path, ...] = (SCHEMA_FILE, DOCS_COPY)) -> None:
    """Write the schema out: into the package, and into docs/ when run from a source checkout."""
    text = json.dumps(brief_schema(), indent=2) + "\n"
    for path in paths:
        if path.parent.is_dir():
            path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_schema()
