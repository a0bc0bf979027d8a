"""Partners a heading lists under it, one bullet a line (`Nos partenaires`, `Our partners:`,
`Nuestros socios en México`, the bare `Partenaires`): each body or state the bullets name is a
partner of the body that publishes the page (FACTS.md, pairs: a subject, here the publisher,
working with others), not a partner of the others listed.

The heading is the publisher's own where its words are the whole line (class `partner_heading`:
a word for partners, alone or after a first-person possessive), at most followed by a place
(`au Cameroun`, `in Asia`); a heading that names whose partners they are (`Partners of the Task
Force`, `Socios del Fondo X`, `Partenaires du mécanisme`) or says something else of them
(`Partenaires cités`) lists someone else's, and is left to the other rules.
"""

from __future__ import annotations

from .clauses import in_relative
from .document import FactDocument
from .refs import Ref, Sentence, distinct, is_item

_PLACE_LABELS = ("COUNTRY", "LOCATION")  # what a heading may name after its words (`au Cameroun`)
_HEADING_CHARS = 80  # a heading is a short line: longer ones are sentences that end on a colon
_PLACE_WORDS = 2  # words at most between the heading's words and its place (`in the`)


def heading_partners(doc: FactDocument, sentence: Sentence) -> list[Ref]:
    """The bodies and states the bullet lines right under a heading of the publisher's partners
    name (none but the publisher itself, none a relative clause of a line names); [] where the sentence is no such heading, or the text
    names no publisher."""
    if not doc.publisher or sentence.index + 1 >= len(doc.sentences):
        return []
    if not is_item(doc.text, doc.sentences[sentence.index + 1]) or not _partner_heading(doc, sentence):
        return []
    listed = []
    for item in doc.sentences[sentence.index + 1:]:
        if not is_item(doc.text, item):
            break
        # not a body a relative clause of the line names (`- UNICEF, which WHO funds`): it describes the partner
        listed += [a for a in doc.actors(item) if a.label in ("ORG", "COUNTRY") and a.norm != doc.publisher
                   and not in_relative(doc, item, a.start)]
    return distinct(listed)


def _partner_heading(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a line is a heading of the publisher's partners: the words of `partner_heading`
    open it, and nothing but a colon, or a place and the words before it, follows them."""
    text = doc.text[sentence.start:sentence.end].rstrip()
    if not text or len(text) > _HEADING_CHARS or text.endswith("."):
        return False
    cue = doc.words.patterns["partner_heading"].match(doc.text, sentence.start + len(text) - len(text.lstrip()))
    if cue is None:
        return False
    rest = doc.text[cue.end():sentence.start + len(text)].rstrip(" :")
    if not rest.strip():
        return True
    # `au Cameroun`, `in Latin America`: a place preposition, then one place that ends the line
    places = [m for m in sentence.mentions if m.start >= cue.end()]
    if len(places) != 1 or places[0].label not in _PLACE_LABELS or places[0].end != cue.end() + len(rest):
        return False
    gap = doc.text[cue.end():places[0].start]
    return len(gap.split()) <= _PLACE_WORDS and doc.words.place_before.search(gap) is not None
