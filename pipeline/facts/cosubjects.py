"""Partnerships of bodies named alike as the doers of one joint act, without a word of cooperation
between them (FACTS.md, PARTNERSHIP: a joint activity):

- co-subjects of a verb of joint action: a list of two bodies or more that opens its clause, right
  before a word of jointness (class `joint_act`: `A et B ont conduit ensemble`, `A, B and C conduct
  coordinated patrols`, `A y B coordinan la reconstrucción`, `A et B mènent conjointement`); not
  `A et B, avec C, …` (a comma), `avec A et B` (a preposition before the list), `A ou B` (alternatives),
  `ensemble avec C`/`together with C` (the other side follows: `partnership_cue`'s rules read it);
- the agents of a participle of making (class `made_by`: `la ligne, construite par A, B et C`,
  `built by A and B`, `desarrollado por A y B`), two bodies or more in the list right after the
  agent word, none an alternative to another (`développé par A ou B`).

Every two of them are a pair, stated as a joint act (`rule:joint`): the learned model, which reads
such lists as mere enumerations, does not decide it.
"""

from __future__ import annotations

from .clauses import clause_start
from .document import FactDocument
from .founders import founding_bodies
from .lists import tokens
from .refs import Ref, Sentence, distinct
from .structure import alternatives

_GAP = 3  # words at most between the subject's last body and the word of jointness (`ont conduit`)
_REACH = 40  # characters: the agent word stands this close after the participle, no comma between
_SIDES = frozenset({"ORG", "COUNTRY"})
_TO_COLON = 80  # characters at most from a word of jointness to the colon before its doers


def joint_doers(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> list[Ref]:
    """The bodies a sentence names as the doers of one joint act (see the module), or []."""
    present = doc.memo.get("joint_words")
    if present is None:  # most texts hold neither class: the document's one scan says so (a search of
        # the whole text per class was 7% of the stage); the readers still search each sentence
        present = doc.memo["joint_words"] = (doc.scanned("joint_act"), doc.scanned("made_by"))
    return ((present[0] and (_co_subjects(doc, sentence, actors) or _named_after_colon(doc, sentence, actors)))
            or (present[1] and _makers(doc, sentence, actors)) or [])


def _co_subjects(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> list[Ref]:
    linkers = {w.split()[0] for w in doc.words.words["linker"]}  # their first words: `de` of `de la`
    for cue in doc.words.find("joint_act", doc.plain, sentence.start, sentence.end):
        after = tokens(doc.plain[cue.end():min(sentence.end, cue.end() + 20)])[:1]
        if after and (after[0] in doc.words.words["with"] or after[0] in doc.words.words["agent"]
                      or after[0] in linkers):
            continue  # `together with C`, `conjointement par`, `l'ensemble des`
        for group in doc.lists(actors):
            gap = doc.text[group[-1].end:cue.start()]
            if group[-1].end > cue.start() or "," in gap or len(tokens(gap)) > _GAP:
                continue
            if _subject(doc, sentence, group) and not any(group[-1].end < a.start < cue.start() for a in actors):
                return group
    return []


def _subject(doc: FactDocument, sentence: Sentence, group: list[Ref]) -> bool:
    """Whether a list of two bodies or more, none an alternative to another, opens its clause:
    articles at most after the clause's start or a comma (`Un año después, el Cabildo …`)."""
    if len(distinct(group)) < 2 or any(r.label not in _SIDES for r in group):
        return False
    if alternatives(doc, group):
        return False
    before = tokens(doc.text[clause_start(doc, sentence, group[0].start):group[0].start])
    while before and before[-1] in doc.words.words["article"]:
        before.pop()
    return not before or before[-1] == ","


def _makers(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> list[Ref]:
    return founding_bodies(doc, sentence, actors, cues=("made_by",), reach=_REACH, labels=_SIDES)


def _named_after_colon(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> list[Ref]:
    """`trois pays mettent en commun leurs avions et leurs navires : la France, l'Australie et la
    Nouvelle-Zélande`, `three agencies pool their aircraft: A, B and C`: the doers of a joint act
    whose subject only counts them (a FIGURE before the word of jointness in its clause), named in a
    list after a colon that closes the sentence (no body between the word of jointness and the
    colon, nor a preposition of where or among whom, `among_preposition`; articles at most between
    the colon and the list)."""
    if doc.plain.find(":", sentence.start, sentence.end) < 0:
        return []  # most sentences hold no colon: no regex search for them
    for cue in doc.words.find("joint_act", doc.plain, sentence.start, sentence.end):
        colon = doc.plain.find(":", cue.end(), min(sentence.end, cue.end() + _TO_COLON))
        if colon < 0 or any(cue.start() <= a.start < colon for a in actors):
            continue
        opening = clause_start(doc, sentence, cue.start())
        if any(a.label in _SIDES and opening <= a.start < cue.start() for a in actors):
            continue  # `A et B coordonnent leurs moyens : …` is read as their own co-subjects
        if not any(m.label == "FIGURE" and opening <= m.start < cue.start() for m in sentence.mentions):
            continue  # the subject counts the doers (`trois pays`); `Los fondos se reparten: …` has none
        if not doc.words.words["among_preposition"].isdisjoint(tokens(doc.text[cue.end():colon])):
            continue  # `se reparten entre tres países: …`, `organized in the following countries: …`
        group = next((g for g in doc.lists(actors) if g[0].start > colon), [])
        if (len(distinct(group)) < 2 or any(r.label not in _SIDES for r in group) or alternatives(doc, group)
                or not doc.only_articles(colon + 1, group[0].start) or doc.text[group[-1].end:sentence.end].strip(" .;\n)")):
            continue
        return group
    return []
