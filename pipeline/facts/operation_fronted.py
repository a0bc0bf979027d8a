"""The subject of a lead verb that an insertion sets apart from it (`La Comisión X, creada en 1952
por A, y a la que B se adhirió en 1979, coordina el programa Y`, `The Agency, founded in 1990 by A,
and which B joined in 1995, runs Project Y`, `L'Office, créé en 1997 par A, et auquel B a adhéré,
pilote le programme Y`).

Where the insertion holds a clause of its own (`, y a la que …`), the clause of the verb starts
inside it and names no subject; the subject is the body (or the list of bodies) that opens the
sentence, articles at most before it, where everything between it and the verb is one insertion
between commas that names no other body (states may stand in it: `creada por Chile`) and holds no
stronger stop.
"""

from __future__ import annotations

from .lists import tokens as _tokens
from .refs import Ref, Sentence

_INSERTION = 240  # characters at most between the subject and its verb


def fronted_subject(doc, sentence: Sentence, cue) -> list[Ref]:
    """The bodies that open the sentence as the subject of the verb `cue`, an insertion between."""
    actors = [a for a in doc.actors(sentence) if a.start < cue.start()]
    if not actors or actors[0].label not in ("ORG", "PUBLISHER"):
        return []
    group = next((g for g in doc.lists(actors) if actors[0] in g), [actors[0]])
    if any(w not in doc.words.words["article"] for w in _tokens(doc.text[sentence.start:group[0].start])):
        return []  # `En 2019, la X …`, `Con la X, …`: the body does not open the sentence
    between = doc.text[group[-1].end:cue.start()]
    if len(between) > _INSERTION or any(c in between for c in ".;:"):
        return []
    inside = between.strip()
    if inside.startswith("("):  # `La Comisión Permanente del Pacífico Sur (CPPS), creada …`
        inside = inside[inside.find(")") + 1:].strip() if ")" in inside else ""
    if not (inside.startswith(",") and inside.endswith(",") and len(inside) > 2):
        return []  # no insertion between commas: a clause of its own or no subject at all
    if any(a.label != "COUNTRY" and group[-1].end <= a.start < cue.start() for a in actors):
        return []  # `A, con el apoyo de B, coordina …`: another body stands between
    return [a for a in group if a.label in ("ORG", "PUBLISHER")]
