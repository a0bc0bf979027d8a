"""Partners named after a possessive noun of partnership (`Its development partners include A, B
and C`, `Ses partenaires sont A et B`, `Sus socios son A y B`): the bodies listed are partners of
the body the possessive stands for, not of one another (FACTS.md, pairs)."""

from __future__ import annotations

from .document import FactDocument
from .lists import tokens
from .member_nouns import spoken_of
from .refs import Ref, Sentence

_NOUN_WORDS = 2  # words at most between the possessive and the noun of partnership (`its development`)
_COPULA_WORDS = 3  # words at most between the noun and its list (`include the`, `sont l'`)


def possessed_partners(doc: FactDocument, sentence: Sentence, found) -> Ref | None:
    """The body whose partners a sentence lists, where it opens on a third-person possessive, a
    noun of partnership (the cue) and a verb of inclusion or a copula before the list (`Its
    partners include …`), with no body named before the cue; None otherwise, and None where the
    sentence before opens on an operation (`Operation X, led by A, ran … Its partners`: the
    operation's partners, not A's)."""
    if found.subject or found.bound or not found.others:
        return None
    head = tokens(doc.text[sentence.start:found.cue])
    if not head or head[0] not in doc.words.words["possessive_article"] or len(head) > 1 + _NOUN_WORDS:
        return None
    if any(m.start < found.cue for m in sentence.mentions):
        return None
    if not doc.words.has("including", doc.plain, found.end, found.others[0].start) or len(
            tokens(doc.text[found.end:found.others[0].start])) > _COPULA_WORDS:
        return None
    before = doc.sentences[sentence.index - 1] if sentence.index else None
    if before is not None and before.mentions and before.mentions[0].label == "OPERATION":
        return None
    return spoken_of(doc, sentence, besides={r.norm for r in found.others})
