"""Whether a place is only the scope of a superlative: `one of the largest schemes in West Africa`,
`le premier réseau de ce type en Afrique de l'Ouest`, `el mayor mecanismo de financiación del
Brasil` compare the operation with others in that place, and say nothing of where it ran (FACTS.md:
a `location` is where it ran). A superlative or a word of rank (class `superlative`) stands in the
place's clause a few words before it, right after an article or a linker (not a possessive's `its
first workshop in Dakar`, nor an adverb's `only ran in Dakar`), a word of the class `seat_link` last
before it (articles left out); no comma, no relative or complementiser (`una de las mayores que se organizan en`: a
verb of its own), no other name and no noun of an occasion (`for the first time in Dakar`: the
operation was there) between.
"""

from __future__ import annotations

from .clauses import clause_start
from .document import FactDocument
from .lists import tokens
from .refs import Ref, Sentence

_SCOPE_REACH = 70  # characters before the place in which the superlative is looked for
_SCOPE_WORDS = 4  # words (articles left out) from the superlative to the place, the link included
_NOT_BETWEEN = ("relative", "complementiser", "occasion_noun")


def scoped(doc: FactDocument, sentence: Sentence, place: Ref) -> bool:
    """Whether `place` only says where a superlative before it ranks the operation."""
    start = max(clause_start(doc, sentence, place.start), place.start - _SCOPE_REACH)
    cues = doc.words.find("superlative", doc.text, start, place.start)
    if not cues:
        return False
    # the superlative ranks a thing only after an article (`the first network`, `l'un des plus
    # grands`, `el mayor mecanismo`): not a possessive's (`its first workshop in Dakar`), nor an
    # adverb (`only ran in Dakar`, `se realizó primero en Lima`), which say where it ran
    before = tokens(doc.text[start:cues[-1].start()])
    classes = doc.words.words
    if not before or not (before[-1] in classes["article"] and before[-1] not in classes["possessive_article"]
                          or before[-1] in classes["linker"]):  # `l'un des plus grands`
        return False
    end = cues[-1].end()
    words = [w for w in tokens(doc.text[end:place.start]) if w not in doc.words.words["article"]]
    if not words or len(words) > _SCOPE_WORDS or words[-1] not in doc.words.words["seat_link"]:
        return False
    if "," in words or any(w in doc.words.words[name] for w in words for name in _NOT_BETWEEN):
        return False
    return not any(end <= m.start < place.start for m in sentence.mentions)
