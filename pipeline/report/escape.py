"""Escaping for the report: text and attributes in HTML and SVG, JSON inside a script element.

Every value read from an extract, a gold file or a text is data, never markup: it goes through
`esc` (MarkupSafe, the escaper Jinja2 uses) before it reaches a page, or through `script_json`
when a script reads it. Element ids are made from numbers only, never from doc_ids or norms.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup, escape

# Inside <script type="application/json">, `</script>` or `<!--` in a value would end the
# element or change how it is parsed; JSON lets these characters be written as \u escapes.
_SCRIPT_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                  0x2028: "\\u2028", 0x2029: "\\u2029"}


def esc(value: Any) -> Markup:
    """A value as HTML text or attribute value: `& < > " '` escaped; None is ""."""
    return escape("" if value is None else str(value))


def script_json(data: Any) -> Markup:
    """`data` as JSON safe to place inside `<script type="application/json">…</script>`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.translate(_SCRIPT_UNSAFE))


def tooltip(*lines: str) -> str:
    """Lines of a `title` attribute (hover text), empty ones left out; escape it when placing it."""
    return "\n".join(line for line in lines if line)
