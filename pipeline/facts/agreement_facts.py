"""Agreements stated in one sentence (FACTS.md, AGREEMENT): who signed with whom, when, and the
instrument; `respectivement` gives one agreement per partner and date. Split from `relations.py`
(partnerships), whose sides and roles it reads the same way.
"""

from __future__ import annotations

from .document import FactDocument
from .refs import Ref, Sentence
from .refs import distinct as _distinct
from .model import Argument, Fact
from .structure import sides
from .adopted import adopted_by
from .agreement_instruments import agreement_instruments
from .member_lists import opens_list
from .agreement_parts import founded_phrase_end, named_only, named_under, semicolon_before, with_list
from .relations import named_back, pair_roles, argument
from .words import Cue

_SIGNED_WITH = 100  # `a signé … avec`: the word for the other side stands this close after the cue
_COPULA = 80  # `signataires de la convention de 2010 sont`: the copula stands this close after the noun


def agreements(doc: FactDocument, sentence: Sentence) -> list[Fact]:
    """Agreements the sentence states; `respectivement` gives one per partner and date."""
    findings = doc.find("finding_cue", sentence.start, sentence.end)  # `It concluded that A and B …`
    cues = sorted([c for c in doc.find("agreement_cue", sentence.start, sentence.end)
                   if not _of_membership(doc, sentence, c) and not named_back(doc, sentence, c)
                   and not named_under(doc, sentence, c) and not named_only(doc, sentence, c)
                   and not any(f.start() <= c.start() < f.end() for f in findings)]
                  + _copular_signatories(doc, sentence), key=lambda c: c.start())
    if not cues and not doc.has("adoption_cue", sentence.start, sentence.end):
        return []
    actors = doc.actors(sentence)
    if len(_distinct(actors)) < 2:
        return []
    if cues:  # the first cue with two sides, else with one: `el Acuerdo X (…), firmado … por A, B`, the
        # participle's agent (not the word of agreement inside the instrument's name, whose one side is
        # the body before it: `los Centros X, previstos por el Acuerdo …, firmado por A y B`)
        read = [found for found in (_signatories(doc, sentence, c, actors) for c in cues) if found[0] or found[1]]
        subject, others, alike = next((found for found in read if len(_distinct(found[0] + found[1])) >= 2),
                                      read[0] if read else ([], [], True))
    else:
        subject, others, alike = [], adopted_by(doc, sentence, actors), True
    if not subject and others and cues and doc.has("with", cues[0].start(), others[0].start):
        # `des accords ont été signés avec le CCT …`: signed by the publisher, or by whoever the
        # text spoke of last (where `with` comes between the cue and the sides: not `aplicamos el
        # Acuerdo, firmado por A y B, y colaboramos con C`, `Con Francia gestionamos … el Acuerdo
        # de Blois, firmado por España y Francia`)
        speaker = doc.publisher or (doc.recent[0] if doc.recent else "")
        if speaker and speaker not in {o.norm for o in others}:
            subject, alike = [Ref(sentence.start, sentence.start, "REFERENCE", speaker)], False
    founded = founded_phrase_end(doc, sentence)
    if founded is not None and cues and all(c.start() < founded for c in cues):
        # `Créée par un protocole signé en 1987 par …, l'Organisation X …`: the body the opening
        # participle founded is no side of the instrument that founded it, nor are those after it
        subject, others = [r for r in subject if r.start < founded], [r for r in others if r.start < founded]
    roles = pair_roles(subject, others, alike)
    if roles is None:
        return []
    start = semicolon_before(doc, sentence, roles, cues)
    dates = _agreement_dates(doc, sentence)
    # a date before the clause is another event's; none in it, the sentence's (or the one before's)
    dates = [d for d in dates if not sentence.start <= d.start < start] or dates
    instruments = [argument("instrument", r) for r in agreement_instruments(doc, sentence, roles, cues)]
    evidence = (sentence.start, sentence.end)
    distributive = doc.has("distributive", sentence.start, sentence.end)
    partners = [a for a in roles if a.role == "partner"]
    interleaved = len(dates) == len(partners) > 1 and all(
        p.start < d.start for p, d in zip(partners, dates)) and all(
        d.start < p.start for d, p in zip(dates, partners[1:]))
    if (distributive or interleaved) and partners and len(dates) == len(partners):
        parties = [a for a in roles if a.role == "party"]
        return [Fact("AGREEMENT", tuple(parties + [p, d] + instruments), evidence, "rule:agreement")
                for p, d in zip(partners, dates)]
    return [Fact("AGREEMENT", tuple(roles + dates[:1] + instruments), evidence, "rule:agreement")]


def _of_membership(doc: FactDocument, sentence: Sentence, cue) -> bool:
    """Whether a participle of signature only describes the instrument a membership names right
    before it (`Ambos son partes en el Tratado de Tlatelolco, firmado el 14 de febrero de 1967`):
    the members are parties to it, they did not sign it then; nor the word of agreement inside the
    name of the instrument a verb of membership stands right before (`ratificaron el Convenio el
    Reino Unido y Ucrania`, `has ratified the Convention`): each state joins it."""
    inside = next((m for m in sentence.mentions if m.start <= cue.start() < m.end and m.label == "INSTRUMENT"), None)
    if inside is not None and any(doc.only_articles(c.end(), inside.start)
                                  for c in doc.find("member_of", max(sentence.start, inside.start - 40), inside.start)):
        return True
    before = [m for m in sentence.mentions if m.end <= cue.start()]
    if not before or before[-1].label != "INSTRUMENT" or doc.text[before[-1].end:cue.start()].strip() != ",":
        return False
    return any(m.end() <= before[-1].start for m in doc.find("member_of", sentence.start, before[-1].start))


def _copular_signatories(doc: FactDocument, sentence: Sentence) -> list:
    """`Les onze États signataires de la convention de 2010 sont A, B …`, `the signatories are A,
    B`: a noun of signatories is a cue of agreement before a copula (class `including`) that stands
    before the first body after it; not `… des États signataires.` ending a sentence about others."""
    found = []
    actors = doc.actors(sentence)
    for cue in doc.find("signatory_noun", sentence.start, sentence.end):
        after = next((r.start for r in actors if r.start >= cue.end()), None)
        copula = doc.find("including", cue.end(), min(sentence.end, cue.end() + _COPULA))
        # only what introduces a list after the copula (not `Los signatarios fueron invitados por A, B`)
        if after is not None and copula and copula[0].end() <= after and opens_list(
                doc, sentence, copula[0].start(), copula[0].end(), after):
            found.append(cue)
    return found


def _signatories(doc: FactDocument, sentence: Sentence, cue: Cue, actors: list[Ref]) -> tuple[list[Ref], list[Ref], bool]:
    """(subject, others, alike) of an agreement: who signs (the list before the cue), with whom
    (the lists after `avec`/`with`/`con`, all alike after `entre`/`between` or after the agent
    of `signé par A et B`); not those it was signed with the support of."""
    found = sides(doc, sentence, cue, actors)
    subject = list(found.subject)
    window = min(sentence.end, cue.end() + _SIGNED_WITH)
    support = {(m.start(), m.end()) for m in doc.find("participation_cue", cue.start(), sentence.end)}
    for name, alike in (("between", True), ("agent", True), ("with", False)):
        marks = [m for m in doc.find(name, cue.start(), window)  # not `with support from`
                 if not any(s == m.start() and e > m.end() for s, e in support)
                 and not _ratifying(doc, sentence, m) and not (subject and _other_participle(doc, cue, m))]
        if marks:
            marked = sides(doc, sentence, marks[0], actors)
            if marked.others:
                if alike:  # `firmado por A y B, y colaboramos con C`: the agents end at the clause;
                    # `Con Francia gestionamos …, firmado por España y Francia`: all of them agents
                    # (not the dashes of an aside inside the list: `A, B – acting for C – , D`)
                    cut = next((b for b, be, _ in doc.clause_breaks(sentence) if b > marks[0].end() and not any(
                        b < e and s < be for s, e in doc.dash_asides)), sentence.end)
                    listed = next((g for g in doc.lists(actors) if g[0].start >= marks[0].end()), [])
                    agents = sorted(dict.fromkeys([*marked.others, *listed]), key=lambda r: r.start) if (
                        listed and listed[0] == marked.others[0]) else marked.others
                    return [], [r for r in agents if r.start < cut] or list(marked.others), True
                # `the Mekong MoU has linked UNODC with six countries`: the subject of `with`;
                # none where a clause break stands before the first body after it (`has agreements
                # with many third states, and prosecutors from A and B work …`: another clause's)
                # (not the colon before a list: `with six countries: A, B`)
                if any(marks[0].end() <= b < marked.others[0].start and mark.strip() != ":"
                       for b, _, mark in doc.clause_breaks(sentence)):
                    return subject, [], True
                return subject or list(marked.subject), with_list(doc, sentence, actors, marked.others), False
    if not subject and found.others and not _ratifiers(doc, sentence.end, cue, found.others):
        return [], list(found.others), True  # `Un accord … lie Europol et INTERPOL`
    return subject, [], True


def _other_participle(doc: FactDocument, cue: Cue, mark) -> bool:
    """Whether an agent word is that of another participle after the cue (`A et B ont signé une
    déclaration sur le retour des bronzes, conservés notamment par le musée X`): the word before it
    (an adverb at most between) is a lower-case participle other than the cue's, so its agent
    describes a thing the agreement is about, and the signatories are the subject before the cue."""
    if not doc.cue_is(mark, "agent"):
        return False
    words = [w for w in doc.text[cue.end():mark.start()].split() if w.strip(",")][-2:]
    endings = tuple(doc.words.words["participle_ending"])
    return any(w.islower() and w.strip(",").casefold().endswith(endings) for w in words)


def _ratifiers(doc: FactDocument, end: int, cue: Cue, others) -> bool:
    """Whether the bodies a cue of agreement reads are the agents of a ratification after it
    (`La Convention, ouverte à la signature le 16 mai 2005, a été ratifiée par A, B et C`): they
    are parties to it (a membership, where the memberships read the instrument ratified:
    `member_ratified.ratified_instrument`), never its signatories, even where the instrument is no
    mention or is cut short (`La Convention relative au blanchiment, au dépistage, …`): ratifying
    states concluded nothing with each other (FACTS.md; every annotator so far reads ratification as
    membership), so the sentence then gives no fact rather than a wrong agreement."""
    return any(c.end() <= others[0].start and doc.only_articles(c.end(), others[0].start)
               for c in doc.find("ratified_by", cue.end(), end))


def _ratifying(doc: FactDocument, sentence: Sentence, mark) -> bool:
    """Whether an agent word is that of a ratification (`Signed in Paris in 1953, the Convention
    was ratified by twelve states`): those who ratified are parties to it (a membership), not the
    signatories of the participle before."""
    return any(c.start() <= mark.start() < c.end() for c in doc.find("ratified_by", sentence.start, sentence.end))


def _agreement_dates(doc: FactDocument, sentence: Sentence, back: bool = True) -> list[Argument]:
    dates = [argument("date", r) for r in sentence.of("DATE") if not doc.in_dateline(r)]
    if not dates and doc.doc_date and doc.has("today", sentence.start, sentence.end):
        dates = [Argument("date", doc.doc_date)]
    if not dates and back and sentence.index and doc.opening_cue(sentence, "agreement_backref") is not None:
        # `… firmaron hoy un protocolo. El documento fue suscrito por A, B …`: the signature of
        # the sentence before, whose date the text gave there
        previous = doc.sentences[sentence.index - 1]
        if doc.has("agreement_cue", previous.start, previous.end):
            dates = _agreement_dates(doc, previous, back=False)
    if not dates and sentence.index and doc.opening_cue(sentence, "same_day") is not None:
        # `… fondée le 17 février 1989. Ce jour-là, les chefs d'État … ont signé le Traité`: the
        # day the sentence before dated
        previous = doc.sentences[sentence.index - 1]
        dates = [argument("date", r) for r in previous.of("DATE") if not doc.in_dateline(r)][-1:]
    return dates
