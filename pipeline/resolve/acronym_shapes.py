"""The shape of a word written as an acronym (`ONUDC`, `ReCAAP`), asked by many stages."""

from __future__ import annotations

import re
from functools import lru_cache

# A roman numeral as phases and editions are numbered (I to XXXIX): `(II)` numbers, `(CIC)` names.
ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


@lru_cache(maxsize=8192)  # asked of the same surfaces by many stages of every document
def is_acronym(word: str) -> bool:
    """Two capitals at least, and not a roman numeral (`(II)` numbers a phase, it names nothing)."""
    return sum(c.isupper() for c in word) >= 2 and not ROMAN.fullmatch(word)


def is_acronym_form(surface: str) -> bool:
    """A name written as an acronym (`ONUDC`) cannot be the long form of another one."""
    return " " not in surface and is_acronym(surface)


def in_capitals(surface: str) -> bool:
    """An acronym form with no lower-case letter (`OIF`, `CEDEAO`, `COI`; not `ReCAAP`)."""
    return is_acronym_form(surface) and surface.upper() == surface


def spells(acr: str, name: str) -> bool:
    """Whether the acronym's capitals are the name's letters in order, the first one its first
    letter (Schwartz & Hearst's test): `SEESAC` and `South Eastern and Eastern Europe
    Clearinghouse …`, not `PNP` and `Philippine Coast Guard`."""
    letters = [c.lower() for c in acr if c.isupper()]
    name = name.lower()
    if not letters or not name.startswith(letters[0]):
        return False
    at = 1
    for letter in letters[1:]:
        at = name.find(letter, at) + 1
        if at == 0:
            return False
    return True
