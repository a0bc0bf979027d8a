"""The operation a text is about: the one its title names, whose partners its later paragraphs
name without naming it again (`Operação Acolhida: …` then, a paragraph on, `El ACNUR apoya la
gestión de los albergues …`; `The X programme: …` then, under a heading, `The EBRD anchors the
energy pillar …`).

A paragraph that neither names an operation nor refers back to one pauses the run of the
operation before it (`operations.runs`); in a text whose title names one operation and that
names no other, such a paragraph still speaks of the operation the text is about. Its sentences
give the operation the bodies that take part in it (the partner cues of `operations._roles`),
never places, dates or results, which may be the background's. The closing sections end it: the
word on the publisher (`About X`, `Acerca de X`, `À propos de X`: class `about_heading`, a body
named in the heading; not `Sobre el terreno`) and the notes to the press (class `closing_heading`:
`Notes to editors`, `Contacts presse`, `Para más información`).
"""

from __future__ import annotations

from collections.abc import Iterable

from .document import FactDocument
from .model import Fact
from .refs import Sentence


def title_operation(doc: FactDocument, known: Iterable[Fact] = ()) -> str | None:
    """The norm of the one operation the text's title names, where the text names no other and
    the `known` facts state no agreement (`The licences are the result of the Agreement …`, then
    `The negotiations were supported by X`: the agreement's story, not the operation's)."""
    if not doc.sentences or any(f.type == "AGREEMENT" for f in known):
        return None
    title = doc.sentences[0]
    named = {m.norm for m in title.of("OPERATION")}
    if len(named) != 1:
        return None
    norm = next(iter(named))
    if any(m.norm != norm for s in doc.sentences for m in s.of("OPERATION")):
        return None  # `EUROsociAL+ … EUROsociAL`: which one a loose paragraph speaks of is unsaid
    return norm


def loose_sentences(doc: FactDocument, in_runs: set[int], norm: str) -> list[Sentence]:
    """The sentences after the title that no run holds, up to the closing `About X` section."""
    found = []
    for sentence in doc.sentences[1:]:
        if sentence.heading:
            if _closing(doc, sentence) and not any(m.norm == norm for m in sentence.of("OPERATION")):
                break  # the closing word on the publisher, the notes to the press
            continue
        if sentence.index not in in_runs and not sentence.of("OPERATION"):
            found.append(sentence)
    return found


def _closing(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a heading opens a closing section: on an `about_heading` word and a body (`About
    AATF`, `Acerca de la EDU`), or on a `closing_heading` word (`Notes to editors`)."""
    return doc.heading_cue(sentence, "closing_heading") is not None or (
        doc.heading_cue(sentence, "about_heading") is not None and bool(sentence.of("ORG")))
