"""`(Name, ACR)`: a parenthesis that gives a name and, after its comma, an acronym.

`Empresa Común … (Fusion for Energy, F4E)`: the name in another form and the acronym of one
body. Two stages read it: `acronym_forms` where a name ends at the parenthesis (both are more
mentions of it), `evidenced` where the acronym is read as a body's (the name is its other name).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..lexicon import CAPITAL

# a capitalised name of up to 81 characters on one line, with no parenthesis, comma or semicolon,
# then a comma and an acronym: capitals first, then capitals, digits, `&`, `+`, `-`
_PAIRED = re.compile(rf"\(\s*(?P<name>[{CAPITAL}][^(),;\n]{{2,80}}?),\s*(?P<acr>[A-Z][A-Z0-9&+\-]{{1,14}})\s*\)")


class NameAndAcronym(NamedTuple):
    """Where one `(Name, ACR)` parenthesis stands and where its name and acronym are."""

    start: int       # the opening parenthesis
    name_start: int
    name_end: int    # the name's last character, the spaces before the comma left out
    acr_start: int
    acr_end: int


def names_and_acronyms(text: str) -> list[NameAndAcronym]:
    """Every `(Name, ACR)` parenthesis of `text`, in order."""
    if "," not in text:
        return []
    found = []
    for match in _PAIRED.finditer(text):
        name_start = match.start("name")
        found.append(NameAndAcronym(match.start(), name_start, name_start + len(match.group("name").rstrip()),
                                    *match.span("acr")))
    return found
