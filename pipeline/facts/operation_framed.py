"""The bodies that act within an operation the sentence names as its setting (`Dans le cadre du
programme X, A, B et C mettent à disposition leurs navires`, `A coopère avec B dans le cadre de
l'initiative X`, `En el marco del proyecto X, A capacita a …`, `As part of the X Programme, A
trains …`): they take part in it.

The setting is an operation named right after a word of framing (class `frame_of`), a few
lower-case words at most between (`de l'initiative`, `del programa`); its partners are the bodies
the sentence names outside it, but for a body owning the operation (`le programme X de l'UE`:
`operation_leads.attached` makes it lead) and the states (a state's place in it is read
elsewhere), nor the object of a verb that says no cooperation (class `hostile_verb`: `As part of
X, the World Bank criticised UNDP`). FACTS.md keeps the cooperation beside it as a partnership too.
"""

from __future__ import annotations

from .clauses import framed_at
from .document import FactDocument
from .refs import Ref, Sentence

# lower-case words at most between the framing word and the operation (`en el marco de la
# iniciativa X`; the partnership readers' `clauses.framed_at` allows two)
_FRAME_WORDS = 3
_OBJECT_WORDS = 3  # `criticó duramente a la`: words between a hostile verb and its object


def framed(doc: FactDocument, sentence: Sentence, norm: str, actors: list[Ref]) -> list[Ref]:
    """The bodies acting in a sentence that names the operation `norm` as its setting: of
    `actors`, the bodies of the clauses that name it (`operations._roles`), not those of a clause
    of its own (`…, while the World Bank criticised the government`)."""
    ops = [m for m in sentence.of("OPERATION") if m.norm == norm]
    if not ops or not doc.has("frame_of", sentence.start, sentence.end):
        return []
    if not any(framed_at(doc, sentence, op.start, _FRAME_WORDS) for op in ops):
        return []
    others = {m.start for m in sentence.of("OPERATION")} | _opposed(doc, sentence, actors)
    return [a for a in actors if a.label in ("ORG", "PUBLISHER") and a.start not in others]


def _opposed(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> set[int]:
    """Where the bodies a hostile verb has as its object start: the list of bodies right after it,
    a few words between and no conjunction or punctuation (`criticised the delays and UNICEF
    trains …` opposes nobody)."""
    found: set[int] = set()
    for cue in doc.find("hostile_verb", sentence.start, sentence.end):
        group = next((g for g in doc.lists(actors) if g[0].start >= cue.end()), None)
        if group is None:
            continue
        between = doc.text[cue.end():group[0].start]
        words = between.replace("'", " ").replace("’", " ").split()
        if len(words) <= _OBJECT_WORDS and not any(c in between for c in ",.;:") and not any(
                w.lower() in doc.words.words["conjunction"] for w in words):
            found.update(a.start for a in group)
    return found
