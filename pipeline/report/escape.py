"""Escaping for the report: text and attributes in HTML and SVG, JSON inside a script element.

Every value read from an extract, a gold file or a text is data, never markup: it goes through
`esc` (MarkupSafe, the escaper Jinja2 uses) or `escape` (the standard library's, in hot loops)
before it reaches a page, or through `script_json` when a script reads it. Element ids are made from numbers only, never from doc_ids or norms.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from markupsafe import Markup
from markupsafe import escape as _markup_escape

_SPECIAL = re.compile("[&<>\"']").search
# Inside <script type="application/json">, `</script>` or `<!--` in a value would end the
# element or change how it is parsed; JSON lets these characters be written as \u escapes.
_SCRIPT_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                  0x2028: "\\u2028", 0x2029: "\\u2029"}


def esc(value: Any) -> Markup:
    """A value as HTML text or attribute value: `& < > " '` escaped; None is ""."""
    return _markup_escape("" if value is None else str(value))


def escape(value: str) -> str:
    """`esc` for the pages' hot loops (a few hundred values a document): the same characters
    escaped, as a plain string, without building a Markup object each time; most values hold
    none of them and are returned as they are."""
    return html.escape(value, quote=True) if _SPECIAL(value) else value


def script_json(data: Any) -> Markup:
    """`data` as JSON safe to place inside `<script type="application/json">…</script>`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.translate(_SCRIPT_UNSAFE))


def tooltip(*lines: str) -> str:
    """Lines of a `title` attribute (hover text), empty ones left out; escape it when placing it."""
    return "\n".join(line for line in lines if line)
