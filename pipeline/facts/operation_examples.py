"""Operation partners named as examples of a general noun that the operation works with or helps
(`PAVM brings together governments and development partners, including the EU`, `Ce programme a
aidé les communautés économiques régionales, dont la CAE et la SADC`, `El programa colabora con
redes regionales como A y B`, `reforzó el trabajo conjunto de las autoridades ambientales, entre
ellas A y B`).

In a sentence of an operation's run, a word of help, cooperation or support (`helped_verb`,
`partnership_cue`, `participation_cue`, `contribution_verb`) whose subject is no named body (the
operation, a word naming it back, the first person) and whose object is a noun phrase of twelve
words at most, no body named in it (its words may be capitalised: `African states`), followed by a word of examples (`example_of`): the bodies of the list
right after that word take part in the operation, where a comma, the clause or the sentence
ends right after the list or a preposition follows it (a relative `dont`, `aux pays dont A et B financent …`, names no examples).
"""

from __future__ import annotations

import re

from .clauses import clause_start
from .document import FactDocument
from .lists import tokens as _tokens
from .refs import Ref, Sentence

_CUES = ("helped_verb", "partnership_cue", "participation_cue", "contribution_verb")
_PARENTHESIS = re.compile(r"\A\s*\([^()]*\)")  # an acronym after the last body
_LIST_END = ",;:.!?)–—"
_NOUN_WORDS = 12  # `governments, regional economic communities, manufacturers and development partners,`


def examples(doc: FactDocument, sentence: Sentence, norm: str, actors: list[Ref], lo: int, hi: int) -> list[Ref]:
    """The bodies named as examples of the general noun the operation `norm` helps or works with;
    none for an operation named only after them (`…, including the EU through its X initiative`:
    the bodies are not X's)."""
    found: list[Ref] = []
    own = [m.start for m in sentence.of("OPERATION") if m.norm == norm]
    for mark in doc.find("example_of", lo, hi):
        if own and min(own) > mark.start():
            continue
        start = max(lo, clause_start(doc, sentence, mark.start(), colon=False))
        cues = sorted((c for name in _CUES for c in doc.find(name, start, mark.start())), key=lambda c: c.start())
        if not cues:
            continue
        cue = cues[0]  # the verb, not a noun of the object (`brings together … development partners, including`)
        named = doc.actors(sentence)
        if any(start <= a.start < mark.start() and a.label != "PUBLISHER" for a in named):
            continue  # `UNODC works with networks such as …`, `A helped the RECs, including …`: the named body's
        noun = [w for w in _tokens(doc.text[cue.end():mark.start()]) if w.isalpha()]
        if not noun or len(noun) > _NOUN_WORDS:
            continue
        groups = [g for g in doc.lists(actors) if g[0].start >= mark.end()]
        if groups and all(t in doc.words.list_words or t == ":" for t in _tokens(doc.text[mark.end():groups[0][0].start])) \
                and _list_ends(doc, doc.text[groups[0][-1].end:sentence.end]):
            found.extend(a for a in groups[0] if a.label == "ORG")
    return found


def _list_ends(doc: FactDocument, after: str) -> bool:
    """Whether the list of examples ends where a comma, the clause or the sentence does, or a
    preposition opens what follows (`…, dont la CAE et la SADC.`, `including A through its X`); not
    a relative `dont` whose list is a subject (`aux pays dont A et B financent les douanes`)."""
    after = _PARENTHESIS.sub("", after).lstrip()
    if not after or after[0] in _LIST_END:
        return True
    return any(m.start() == 0 for name in ("with", "helper_preposition")
               for m in doc.words.patterns[name].finditer(after, 0, 30))
