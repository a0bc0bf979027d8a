"""Whether a third-person possessive opening a sentence stands for an event the sentence before
names rather than for a body (`The OAS held a workshop in Lima. Its participants were A, B`: the
workshop's participants, no members of the OAS), for `member_nouns.possessor`."""

from __future__ import annotations

from .document import FactDocument
from .lists import tokens as _tokens
from .refs import Sentence
from .words import FactWords

_BEFORE = 2  # tokens before an event noun where a preposition makes it a complement (`at a`)


def event_antecedent(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether the sentence right before `sentence` (in its paragraph) names an event (the nouns of
    class `event_reference` but those of a meeting: workshop, taller, atelier, mission) as its
    subject or object, an article and no preposition right before it: the nearer antecedent of a
    possessive than the body that held it (not `The OAS was founded at a workshop in 1948`: a
    complement; not `Its mission is …`)."""
    before = doc.sentence_just_before(sentence)
    if before is None:
        return False
    nouns, prepositions = _event_words(doc.words)
    # an article that is no possessive right before it (`held a workshop`, `organizó el taller`;
    # not `Its mission is …`, `whose mission`: the body's own task)
    articles = doc.words.words["article"] - doc.words.words["possessive_article"]
    words = _tokens(doc.text[before.start:before.end])
    return any(w in nouns and i and words[i - 1] in articles and not prepositions & set(words[max(0, i - _BEFORE):i])
               for i, w in enumerate(words))


def _event_words(words: FactWords) -> tuple[frozenset[str], frozenset[str]]:
    """The event nouns of a language (the last word of each `event_reference` phrase, no
    `meeting_noun`) and the prepositions that make a noun after them a complement."""
    classes = words.words
    # not the nouns of a meeting (`conference`, `session`, `assembly`): a body's own organs bear
    # them, whose members are the body's (`The Commission held its session. Its members are …`)
    nouns = {_tokens(p)[-1].split("'")[-1] for p in classes["event_reference"]} - {  # `l'atelier`: `atelier`
        w for p in classes["meeting_noun"] for w in _tokens(p)}
    prepositions = {w for name in ("helper_preposition", "place_preposition", "meeting_preposition")
                    for p in classes[name] for w in _tokens(p)} | words.linker_words
    return frozenset(nouns), frozenset(prepositions - classes["article"])
