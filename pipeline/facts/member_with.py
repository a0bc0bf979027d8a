"""Members named beside the subject of a cue of membership with a word of company (`Chile,
together with Peru and Brazil, is a member of the Forum`, `El GREVIO forma parte, junto con el
Comité CEDAW y el MESECVI, de la Plataforma`, `La OEI forma parte con la SEGIB del CODEI`):
helpers of `memberships`."""

from __future__ import annotations

import re

from collections.abc import Iterator

from .clauses import clause_start
from .document import FactDocument
from .lists import tokens as _tokens
from .member_lists import goes_on
from .member_nouns import close_gap
from .member_formed import apposition_end
from .member_ranks import dated_after
from .member_subjects import BODY_LABELS
from .refs import Ref, Sentence
from .structure import sides

_COMPANY_GAP = 1  # words (a verb: `Chile is, together with`) between a subject and the word of company, at most
_ALONG = 24  # characters: a word of company stands this close after a list of members it goes on
_CLOSE = 2  # words (not joining words) between members and their cue, at most


def companions(doc: FactDocument, sentence: Sentence, members: list[Ref], actors: list[Ref]) -> list[Ref]:
    """The list a subject names before the word of company that opens the members of a cue
    (`Chile, together with Peru and Brazil, is a member`, `Le Chili, avec le Pérou, est membre`),
    and the states named after the cue with a date of their own (`gapped`): members with them."""
    return _with_subject(doc, sentence, members, actors) + gapped(doc, sentence, members, actors)


def gapped(doc: FactDocument, sentence: Sentence, members: list[Ref], actors: list[Ref]) -> list[Ref]:
    """`Le Sénégal est devenu Partie à la Convention en 2016, le Ghana en 2018 et le Nigéria en 2022`,
    `Senegal joined the X in 2016, Ghana in 2018`: a state alone as subject, the first date after it
    closed by a comma, then states each with a date of its own (the verb left out, as for a rank:
    `member_ranks.dated_after`) are members of the same body."""
    if len(members) != 1 or members[0].label != "COUNTRY":
        return []
    date = next((d for d in sentence.of("DATE") if d.start >= members[0].end), None)
    if date is None or not doc.text[date.end:sentence.end].startswith(","):
        return []
    return [m for m in dated_after(doc, sentence, date.end, actors) if m.norm != members[0].norm]


def _with_subject(doc: FactDocument, sentence: Sentence, members: list[Ref], actors: list[Ref]) -> list[Ref]:
    if not members:
        return []
    cue = next((c for c in doc.find("with", max(sentence.start, members[0].start - 40), members[0].start)
                if doc.only_articles(c.end(), members[0].start)), None)
    if cue is None:
        return []
    before = [g for g in doc.lists([a for a in actors if a.end <= cue.start()])]
    if not before:
        return []
    gap = doc.text[before[-1][-1].end:cue.start()]
    words = [t for t in _tokens(gap) if t not in doc.words.join_words]
    return list(before[-1]) if "," in gap and len(words) <= _COMPANY_GAP else []


def split_members(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`El GREVIO forma parte, junto con A y B, de la Plataforma`, `Le Chili fait partie, avec le
    Pérou, du Forum`: a cue of membership cut by a word of company, its subject and the list
    after that word are members of the body the linker after the list names."""
    for cue in doc.find("member_split", sentence.start, sentence.end):
        company = next((c for c in doc.find("with", cue.end(), min(sentence.end, cue.end() + 24))
                        if not doc.text[cue.end():c.start()].strip(" ,")), None)
        if company is None:
            continue
        after = [a for a in actors if a.start >= company.end()]
        body = _body(doc, sentence, after)
        if body is None or not doc.only_articles(company.end(), after[0].start):
            continue
        group = [a for a in after if a.end <= body.start]
        if doc.lists(group)[0] != group:
            continue
        subject = list(sides(doc, sentence, cue, actors).subject)
        if subject and len(close_gap(doc, apposition_end(doc, sentence, subject, subject[-1].end, cue.start()),
                                     cue.start())) <= _CLOSE:
            yield body, subject + [m for m in group if m.norm != body.norm]


def listed_along(doc: FactDocument, sentence: Sentence, members: list[Ref], actors: list[Ref],
                 labels: frozenset[str] | None = None) -> list[Ref]:
    """The list a list of members goes on with after a word of company (`…: fourteen Asian states,
    among them A, B and C, together with D, E and F`, `A et B, avec C`, `A y B, junto con C`):
    members of the same kind (states after states), or of `labels` (after a body: `A participa en
    X, junto con B y C`)."""
    return goes_on(doc, sentence, members, actors, "with", _ALONG, _comma_at_most, FactDocument.only_articles, labels)


def _comma_at_most(doc: FactDocument, start: int, end: int) -> bool:
    return not doc.text[start:end].strip(" ,")


def subject_after(doc: FactDocument, sentence: Sentence, cue, body: Ref, actors: list[Ref]) -> list[Ref]:
    """The subject a verb of membership that opens its clause puts after its body (`En julio de
    2022 ratificaron el Convenio el Reino Unido y Ucrania`, `se sumaron al Foro Chile y Perú`): the
    list right after the body, articles at most between them, no body named before the cue in its
    clause."""
    if any(clause_start(doc, sentence, cue.start()) <= a.start < cue.start() for a in actors):
        return []
    group = next(iter(doc.lists([a for a in actors if a.start >= body.end])), [])
    if not group or not doc.only_articles(body.end, group[0].start):
        return []
    return [a for a in group if a.label in ("COUNTRY", "ORG") and a.norm != body.norm]


def _body(doc: FactDocument, sentence: Sentence, after: list[Ref]) -> Ref | None:
    """The body a linker names right after a mention past the first of the listed members: the
    first after a comma (`…, del MESECVI de la OEA, de la Plataforma`: the others own the member
    before them), else the first (`con la SEGIB del CODEI`)."""
    if not after:
        return None
    linked, previous = [], None
    for m in sentence.mentions:
        if previous is not None and m.start >= after[0].end and m.label in BODY_LABELS and _linker_gap(doc, previous.end, m.start):
            linked.append((m, "," in doc.text[previous.end:m.start]))
        previous = m
    return next((m for m, comma in linked if comma), linked[0][0] if linked else None)


def _linker_gap(doc: FactDocument, start: int, end: int) -> bool:
    """Whether a comma at most, a linker and articles stand between a list and the body after it
    (`…, de la`, `del`, `, du`)."""
    tokens = [t for t in _tokens(doc.text[start:end]) if t not in ",()"]
    return bool(tokens) and tokens[0] in doc.words.linker_words and all(
        t in doc.words.linker_words or t in doc.words.words["article"] for t in tokens)


_BODY_ALONG = 48  # characters: a word of company stands this close after the body its members joined
_APPOSED_WORDS = 5  # words of an apposition between the body and the comma before the word of company, at most


def along_body(doc: FactDocument, sentence: Sentence, body: Ref, members: list[Ref], actors: list[Ref]) -> list[Ref]:
    """`Bangladesh joined the Forum as its fifth member, alongside A, B and C`, `Chile es miembro
    del Foro, junto con Perú`: a word of company after the body of a membership (a comma right
    before it, a short apposition at most before that comma) adds the list right after it, of the
    members' kind: members too."""
    company = goes_on(doc, sentence, [body], actors, "with", _BODY_ALONG, _comma_apposition, FactDocument.only_articles,
                      frozenset(m.label for m in members))
    if not company:
        return []
    # the list must end its clause: `alongside Germany and Italy in the G7` puts them in another
    # body (a name before the next comma or full stop), not in this one
    end = _CLAUSE_END.search(doc.text, company[-1].end, sentence.end)
    stop = end.start() if end else sentence.end
    if any(company[-1].end <= m.start < stop and m.label in _NAMED for m in sentence.mentions):
        return []
    return company


_CLAUSE_END = re.compile(r"[,.;:)]")
_NAMED = ("ORG", "COUNTRY", "LOCATION", "INSTRUMENT")  # names that, after the list, take it elsewhere


def _comma_apposition(doc: FactDocument, start: int, end: int) -> bool:
    gap = doc.text[start:end]
    words = [t for t in _tokens(gap) if t != ","]
    return gap.rstrip().endswith(",") and len(words) <= _APPOSED_WORDS and not doc.words.clause_break.search(
        gap.rstrip().rstrip(","))
