"""Instruments adopted by several bodies or states named alike: an agreement between them
(`le Code …, adopté le 25 juin 2013 par A, B et C`, `A, B y C adoptaron el Marco X`, `A et B ont
adopté ensemble la Stratégie X`); read by `agreement_facts.agreements`."""

from __future__ import annotations

from .document import FactDocument
from .lists import tokens
from .refs import Ref, Sentence
from .refs import distinct as _distinct

_SUBJECT_GAP = 2  # `A y B adoptaron`: the subject list ends right before the verb
_AUXILIARY = 12  # `A et B ont adopté`, `A and B have jointly adopted`: auxiliaries this long between
_ADOPTED = 40  # `Code …, adopté le 25 juin 2013 par`: the participle and its agent stand this close


def adopted_by(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> list[Ref]:
    """`le Code de conduite de Yaoundé, adopté le 25 juin 2013 par … la CEDEAO, la CEEAC et la
    CGG`: an instrument adopted by several bodies named alike is an agreement between them (one
    assembly adopting a text is not)."""
    for cue in doc.find("adoption_cue", sentence.start, sentence.end):
        if not any(0 <= cue.start() - r.end <= _ADOPTED for r in sentence.of("INSTRUMENT")):
            continue
        agent = doc.find("agent", cue.end(), min(sentence.end, cue.end() + _ADOPTED))
        after = [g for g in doc.lists(actors) if agent and g[0].start >= agent[0].end()]
        if after and len(_distinct(after[0])) >= 2:
            return after[0]
    for cue in doc.find("adoption_cue", sentence.start, sentence.end):
        # `A, B y C adoptaron en San Pedro Sula el Marco X`, `A and B adopted the X Framework`: the
        # verb's subject, a list of several bodies or states right before it, with the
        # instrument it adopts this close after it
        if not any(0 <= r.start - cue.end() <= _ADOPTED for r in sentence.of("INSTRUMENT")):
            continue
        before = [g for g in doc.lists(actors) if 0 <= cue.start() - g[-1].end <= _SUBJECT_GAP + _AUXILIARY
                  and _auxiliaries_only(doc, doc.text[g[-1].end:cue.start()])]
        if before and len(_distinct(before[0])) >= 2:
            return before[0]
    return []


def _auxiliaries_only(doc: FactDocument, gap: str) -> bool:
    """Whether the words between a subject list and its participle are auxiliaries at most, after
    the parenthesis closing the list's last name (`A and B (GGC) adopted`, `A et B ont adopté`,
    `A y B han adoptado`)."""
    return all(t in doc.words.words["auxiliary"] or t == ")" for t in tokens(gap))
