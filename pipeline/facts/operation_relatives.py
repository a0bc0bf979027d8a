"""Whether a place or date stands in a relative clause about another body (`… the Coastal Survey
Institute (CSI), which has mapped the shore since 1988`, `la Agencia Fluvial, que empezó a operar en
1995`, `l'Agence Y, qui a ouvert un bureau à Dakar`): a comma and a relative word open the clause
right after that body's name, and the operation is named neither before the value nor in the
clause; what the clause says, its
places and dates too, describes that body (as `clauses.in_relative` reads for names), not where
or when the operation ran."""

from __future__ import annotations

from .clauses import in_apposed_relative, in_relative, last_comma
from .document import FactDocument
from .refs import Ref, Sentence

_OTHERS = ("ORG", "PUBLISHER", "PERSON")  # bodies and people a relative clause may describe


def of_other_body(doc: FactDocument, sentence: Sentence, ref: Ref, norm: str) -> bool:
    """Whether `ref` stands in a relative clause opened right after another body's name."""
    if not (in_relative(doc, sentence, ref.start) or in_apposed_relative(doc, sentence, ref.start)):
        return False
    end = doc.text.find(",", ref.end, sentence.end)
    if any(m.norm == norm and m.start < (sentence.end if end < 0 else end) for m in sentence.of("OPERATION")):
        return False  # `le programme X, lancé avec l'OMD, qui appuie des unités à Dakar`: the clause may
        # be the operation's, its name before; or it names it (`INPE, which has measured … since 1988
        # through the X programme`): what it says is said of the operation too
    comma = last_comma(doc, sentence, ref.start)
    before = [m for m in sentence.mentions if m.end <= comma]
    if not before or doc.text[before[-1].end:comma].strip(" )") and not doc.text[before[-1].end:comma].strip().startswith("("):
        return False  # the comma does not close a name: the clause is no body's
    return before[-1].label in _OTHERS
