"""A sentence that opens on a phrase of support (`Con el apoyo de la UE, la ICMP sigue …`, `With
support from Norway and Sweden, the Commission trained …`, `Avec le soutien du PNUD, le Centre a
formé …`): the bodies of the phrase support the subject after its comma, a fact of support
(FACTS.md: the supporter is the supported body's partner).

The phrase is a cue of class `directed` that starts on the language's `with` word; its bodies run to
the one a conjunction adds (`de A, B y C, D sigue`: A, B and C) or, with no conjunction, to the
first (`de la UE, la ICMP`: the comma closes the phrase, it joins no list), and to the first too where
no comma closes the list after its conjunct (`With support from A, B and C rebuilt …`: B and C are
the subject). Read by
`structure.leading_with`, which reads a bare `avec`/`with` opening the same way.
"""

from __future__ import annotations

import re

from .document import FactDocument
from .lists import tokens
from .refs import Ref

_BRACKETED = re.compile(r"^\s*\([^()]*\)")  # `la Coast Authority (CA), …`: the acronym of the conjunct


def support_phrase_end(doc: FactDocument, at: int, end: int) -> int:
    """Where a phrase of support that starts at `at` ends (the longest `directed` cue there that
    starts on the `with` word), or 0 where none does, nor where the sentence speaks of a project or
    programme (`Avec le soutien de la Banque mondiale, l'OCAL a mené le Projet …`, class
    `operation_reference`): the support then goes to that operation, its roles (FACTS.md), even
    where no mention names it."""
    if doc.words.patterns["with"].match(doc.plain, at) is None:
        return 0
    found = max((c.end() for c in doc.find("partnership_cue", at, end) if c.start() == at
                 and doc.words.patterns["directed"].fullmatch(doc.text, c.start(), c.end())), default=0)
    # (a class the document's one scan leaves out: searched here, only past a phrase of support)
    if found and next(iter(doc.words.find("operation_reference", doc.text, found, end)), None) is not None:
        return 0
    return found


def split_supporters(doc: FactDocument, group: list[Ref], subject_after: bool = False) -> tuple[list[Ref], list[Ref]]:
    """The supporters a phrase of support names and the bodies after its closing comma, out of
    the one list the reader of lists makes of them (`la UE, la ICMP`). Two bodies joined by a comma
    and a conjunction are no list (`de A, and the B, founded by C`: the comma closes an aside, a
    new clause follows). With `subject_after` (the phrase opens the sentence, its subject follows),
    a list of three that a comma does not close after its conjunct is the subject's (`With support
    from A, B and C trained …`: A supports B and C)."""
    conjunctions = doc.words.words["conjunction"]  # `and`, `as well as`: matched on whole words
    for i in range(1, len(group)):
        raw = doc.text[group[i - 1].end:group[i].start]
        gap = f" {' '.join(tokens(raw))} "
        joined = [c for c in conjunctions if f" {c} " in gap]
        if joined:  # (`, as well as B` is a list still: only a one-word conjunction after a comma closes)
            if (i == 1 and "," in raw and all(" " not in c for c in joined)) or (subject_after and i >= 2 and not _closed(doc, group, i)):
                break
            return group[:i + 1], group[i + 1:]
    return group[:1], group[1:]


def _closed(doc: FactDocument, group: list[Ref], i: int) -> bool:
    """Whether a comma follows the list's conjunct `group[i]` (an acronym in brackets aside)."""
    after = doc.text[group[i].end:group[i + 1].start if i + 1 < len(group) else group[i].end + 80]
    return _BRACKETED.sub("", after).lstrip().startswith(",")
