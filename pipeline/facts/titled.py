"""A body named back by the head noun of its name (`L'agence conseille …`, `The Facility also
assists …`, `La Comisión impulsó …`).

A sentence that opens on a definite article or a demonstrative and a noun that heads names of
bodies (class `titled_reference`: `l'agence`, `the commission`, `el centro`, `cet organisme`) speaks
of the last body named before it whose name holds that noun (`l'Agence France-Muséums`, named two
sentences before, for `L'agence`), not of the body the sentence before happens to open on. Where no
body named before holds the noun, the words name none, unless they are also words of a subject
named back (`subject_reference`: `l'agence`, `the organisation`, `la agencia`), which then speak of
the body the sentence before opens on (`references.py`). Followed by a complement (`linker`: `The
group of farmers`, `L'agence de voyages`), they are a common noun and name no body at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .refs import Ref, Sentence

if TYPE_CHECKING:  # the document imports this module (through its references)
    from .document import FactDocument

_BLANKS = re.compile(r"\s*")
_BACK = 3000  # the body named back stands this many characters before the sentence, at most
_BODY_LABELS = ("ORG",)


def titled_body(doc: "FactDocument", sentence: Sentence, at: int) -> tuple[bool, list[Ref]]:
    """(whether the sentence opens at `at` on such words, the body they stand for as a reference
    standing at `at`: none where no body named before holds the noun, or where the mentions named
    a body in the words themselves)."""
    word = doc.words.patterns["titled_reference"].match(doc.text, at)
    if word is None:
        return False, []
    if any(m.label in _BODY_LABELS and at <= m.start < word.end() for m in sentence.mentions):
        return True, []  # `La Commission européenne …`: a name, not words naming one back
    if has_complement(doc, word.end()):
        return True, []
    if sentence.of("OPERATION"):
        # `The centre was set up with financing from the X Fund`: a sentence naming an operation
        # gives its bodies the operation's roles, and a body named back by a common noun alone
        # is too weak a reading to lead one
        return True, []
    noun = word.group().replace("’", "'").split("'")[-1].split()[-1].casefold()
    for m in reversed(doc.mentions):
        if m.end > sentence.start:
            continue
        if sentence.start - m.end > _BACK:
            break
        if m.label in _BODY_LABELS and noun in _words(doc.text[m.start:m.end]):
            return True, [Ref(at, at, "REFERENCE", m.norm)]
    return True, []


def has_complement(doc: "FactDocument", end: int) -> bool:
    """Whether the words ending at `end` go on with a complement (`linker`: `The group of
    farmers`, `L'agence de voyages`, `El grupo de agricultores`): a common noun and what it is of,
    naming no body back."""
    return doc.words.patterns["linker"].match(doc.text, _BLANKS.match(doc.text, end).end()) is not None


def _words(name: str) -> list[str]:
    """The words of a name, folded (`Agence France-Muséums` → agence, france, muséums)."""
    return name.replace("’", "'").replace("'", " ").replace("-", " ").casefold().split()
