"""The bodies that act within an operation the sentence names as its setting (`Dans le cadre du
programme X, A, B et C mettent à disposition leurs navires`, `A coopère avec B dans le cadre de
l'initiative X`, `En el marco del proyecto X, A capacita a …`, `As part of the X Programme, A
trains …`): they take part in it.

The setting is an operation named right after a word of framing (class `frame_of`), a few
lower-case words at most between (`de l'initiative`, `del programa`); its partners are the bodies
the sentence names outside it, but for a body owning the operation (`le programme X de l'UE`:
`operation_leads.attached` makes it lead) and the states (a state's place in it is read
elsewhere). FACTS.md keeps the cooperation beside it as a partnership too.
"""

from __future__ import annotations

from .clauses import framed_at
from .document import FactDocument
from .refs import Ref, Sentence

# lower-case words at most between the framing word and the operation (`en el marco de la
# iniciativa X`; the partnership readers' `clauses.framed_at` allows two)
_FRAME_WORDS = 3


def framed(doc: FactDocument, sentence: Sentence, norm: str, actors: list[Ref]) -> list[Ref]:
    """The bodies acting in a sentence that names the operation `norm` as its setting: of
    `actors`, the bodies of the clauses that name it (`operations._roles`), not those of a clause
    of its own (`…, while the World Bank criticised the government`)."""
    ops = [m for m in sentence.of("OPERATION") if m.norm == norm]
    if not ops or not doc.has("frame_of", sentence.start, sentence.end):
        return []
    if not any(framed_at(doc, sentence, op.start, _FRAME_WORDS) for op in ops):
        return []
    others = {m.start for m in sentence.of("OPERATION")}
    return [a for a in actors if a.label in ("ORG", "PUBLISHER") and a.start not in others]
