"""The body a clause of membership opens on: the subject of `réunit`, `brings together`, `has
196 Parties` (a body, a pronoun standing for one, the publisher), and the shapes of the text
between it and the cue that keep it the subject or make it no subject (a noun of its own)."""

from __future__ import annotations

import re

from .clauses import clause_start
from .document import FactDocument
from .refs import Ref, Sentence
from .lists import PARENTHESES, tokens as _tokens
from .member_nouns import spoken_of

BODY_LABELS = ("ORG", "INSTRUMENT")
_LEADING_PARENTHESIS = re.compile(rf"\A\s*{PARENTHESES.pattern}")  # `(CPS)` right after a body's name
BODY_END = re.compile(r"\s*(?:[,.;:()]|$)")  # what stands right after a body that is the whole object


def subject(doc: FactDocument, sentence: Sentence, offset: int, programme: bool = False) -> Ref | None:
    """The body a clause opens on, before `offset`: the first of the clause when an incise
    follows it (`La Convention …, adoptée par l'Assemblée générale …, réunit …`), else the
    last before the cue; none when a noun of its own stands before the cue (`…, l'atelier a
    réuni …`) or the subject is an operation (`El proyecto CRIMJUST, financiado por la UE, reúne`),
    unless `programme` lets one be (a programme whose members are states: `CAREC brings together
    A, B and C`)."""
    start = clause_start(doc, sentence, offset)
    pronoun = _pronoun_before(doc, sentence, start, offset)
    if pronoun is not None:
        return pronoun
    bodies = [r for r in sentence.mentions if start <= r.start < offset and r.label in BODY_LABELS + ("OPERATION",)]
    if not bodies:  # `Nous rassemblons sept forces membres`: the publisher, right before the cue;
        # `Il réunissait alors sept pays`: the body the pronoun opening the sentence stands for
        return next((r for r in doc.first_person(sentence) if r.label == "PUBLISHER" and start <= r.start <= offset
                     and not doc.text[r.end:offset].strip()), None) or next(
            (r for r in doc.actors(sentence) if r.label == "REFERENCE" and start <= r.start <= offset
             and _opens_on(doc, r.start, offset)), None) or dropped_subject(doc, sentence, offset)
    body = bodies[0] if doc.text[bodies[0].end:offset].lstrip(" )").startswith(",") else bodies[-1]
    if body is not bodies[0] and _acronym_incise(doc, bodies[0], offset):
        body = bodies[0]
    if body is bodies[0] and _opening_participle(doc, start, bodies[0].start):
        # `Créée en 1964 par la Convention X, la Commission Y réunit …`, `Established by A, B brings
        # together …`: the agent of an opening participle is not the subject; the body after its comma is
        comma = doc.text.find(",", bodies[0].end, offset)
        body = next((r for r in bodies if r.start > comma), None)
        if body is None:
            return None
    relative = _relative_of(doc, bodies[-1], offset)
    if relative:  # `…, made available by the Quad, which brings together`
        body = bodies[-1]
    tail = doc.text[body.end:offset].split(",")
    if (body.label == "OPERATION" and not programme) or (noun_phrase(doc, tail[-1]) and not _apposition(doc, tail)
                                                         and not _predicate_noun(doc, tail)):
        return None
    if body is bodies[-1] and not relative:
        return _coordinated_opener(doc, sentence, start, body, offset) or body
    return body


def _acronym_incise(doc: FactDocument, first: Ref, offset: int) -> bool:
    """Whether the first body's acronym in parentheses and a comma open an incise after which the
    cue's clause still has that body as subject (`La Communauté du Pacifique (CPS), créée par l'Accord
    X, compte`, `la Unión Postal Universal (UPU), el organismo de las Naciones Unidas que reúne`): the
    cue right after the incise's last comma, or an apposition whose relative holds the cue; not a
    relative after a later clause (`l'Agence (AMA), créée …, coopère avec …, adoptée … et qui compte`)."""
    tail = _LEADING_PARENTHESIS.sub("", doc.text[first.end:offset])
    if not tail.lstrip(" )").startswith(","):
        return False
    parts = doc.text[first.end:offset].split(",")
    relative = doc.words.patterns["relative"].search(parts[-1]) is not None
    return (not noun_phrase(doc, parts[-1]) and not relative) or _apposition(doc, parts)


def _coordinated_opener(doc: FactDocument, sentence: Sentence, start: int, last: Ref, offset: int) -> Ref | None:
    """`Elle a rejoint le système des Nations Unies en 2016 et compte 170 États membres`, `IOM
    joined the UN system in 2016 and has 170 member states`: a second verb of counting or gathering
    that a conjunction joins after the first verb's object has the clause's opening body (or the
    pronoun standing for it) as its subject, not that object."""
    if not coordinated_count(doc, last.end, offset):
        return None
    return next((a for a in doc.actors(sentence) if start <= a.start and a.end <= last.start and a.norm != last.norm
                 and a.label in ("ORG", "REFERENCE", "PUBLISHER") and doc.only_articles(start, a.start)), None)


_WORD = re.compile(r"[\w'’-]+")


def coordinated_count(doc: FactDocument, start: int, end: int) -> bool:
    """Whether a conjunction stands in text[start:end] and a verb of counting or gathering right
    after the last one (`… en 2016 et compte`, `… and has`), not another verb (`and trained`)."""
    joined = [m for m in _WORD.finditer(doc.text, start, end) if m.group().casefold() in doc.words.conjunction_words]
    if not joined:
        return False
    gap = doc.text[joined[-1].end():end]
    at = joined[-1].end() + len(gap) - len(gap.lstrip())  # the first word after the conjunction
    patterns = doc.words.patterns
    today = patterns["today"].match(doc.text, at)  # `… and today has 15 Member States`, `et compte aujourd'hui`
    if today is not None:
        rest = doc.text[today.end():end]
        at = today.end() + len(rest) - len(rest.lstrip(" ,"))
    return bool(patterns["count_verb"].match(doc.text, at) or patterns["gathers"].match(doc.text, at))


def _opening_participle(doc: FactDocument, start: int, end: int) -> bool:
    """Whether the clause opens on a participle of founding and its agent before `end` (`Créée en
    1964 par`, `Established in 1990 by`, `Creada por`); not `The operation was supported by A, which`."""
    cues = [c for c in doc.find("founded_by", start, end) if not doc.text[start:c.start()].strip(" \n\t–-")]
    return bool(cues) and bool(doc.find("agent", cues[0].end(), end))


def dropped_subject(doc: FactDocument, sentence: Sentence, offset: int) -> Ref | None:
    """The body a sentence without a subject of its own speaks of (`Nació en 1996 y reúne hoy a
    11 países miembros`, the subject left out as Spanish does): the one the sentence before
    speaks of, when nothing before the cue names a body, a pronoun or a noun phrase."""
    head = doc.text[sentence.start:offset]
    if (any(r.start < offset and r.label in BODY_LABELS + ("OPERATION", "REFERENCE", "PUBLISHER")
            for r in doc.actors(sentence)) or any(r.start < offset and r.label in BODY_LABELS for r in sentence.mentions)
            or noun_phrase(doc, head) or doc.words.patterns["subject_reference"].match(head.lstrip())):
        return None
    return spoken_of(doc, sentence, labels=("ORG", "REFERENCE", "PUBLISHER"))


def _pronoun_before(doc: FactDocument, sentence: Sentence, start: int, offset: int) -> Ref | None:
    """The body a pronoun right before the cue stands for, after an opening phrase and its comma
    (`Besides the 27 EU Member States, it brings together …`): the one the sentence before speaks
    of, not a body of the opening phrase."""
    head = doc.text[start:offset].rstrip()
    comma = head.rfind(",")
    if comma < 0 or doc.words.patterns["subject_reference"].fullmatch(head[comma + 1:].strip()) is None:
        return None
    if any(r.label == "REFERENCE" for r in doc.actors(sentence)):
        return None  # a pronoun the sentence opens on is read as such (`subject`, below)
    if any(not doc.text[r.end:start + comma].strip(" )") and not _owns_members(doc, start, r.start)
           for r in sentence.of("ORG", "INSTRUMENT", "COUNTRY") if start <= r.start < start + comma):
        return None  # `Connue sous le nom de Convention 108, elle compte`: the phrase names the subject
    return spoken_of(doc, sentence, labels=("ORG", "REFERENCE", "PUBLISHER"))


def _owns_members(doc: FactDocument, start: int, end: int) -> bool:
    """Whether the text before a body ends on a member noun and a linker (`Outre les 27 États
    membres de l'`): the body owns those members, it is not the subject a phrase names."""
    words = [t for t in _tokens(doc.text[start:end]) if t not in doc.words.join_words]
    return bool(words) and words[-1] in doc.words.member_words


def _relative_of(doc: FactDocument, body: Ref, offset: int) -> bool:
    """Whether a comma and a relative pronoun alone stand between a body and a cue (`the Quad,
    which brings together`, `le Quad, qui réunit`): the relative's subject is that body."""
    parts = doc.plain[body.end:offset].split(",")
    return (len(parts) == 2 and not PARENTHESES.sub("", parts[0]).strip(" )")
            and doc.words.patterns["relative"].fullmatch(parts[1].strip()) is not None)


def _opens_on(doc: FactDocument, start: int, offset: int) -> bool:
    """Whether a pronoun or a title referring back stands right before a cue (`Il réunissait`, `El
    organismo reunía`; not `Il a rassemblé`, an event)."""
    match = doc.words.patterns["subject_reference"].match(doc.text, start)
    return match is not None and not doc.text[match.end():offset].strip()


def _apposition(doc: FactDocument, parts: list[str]) -> bool:
    """Whether the text between a body and a cue is an apposition whose relative clause holds the
    cue (`the VGT, an alliance created in 2003 that brings together …`): the body is the subject."""
    return (len(parts) == 2 and not PARENTHESES.sub("", parts[0]).strip(" )")
            and doc.words.patterns["relative"].search(parts[1]) is not None)


_PREDICATE_WORDS = 3  # `es un consorcio público`: the words of the noun after its article, at most


def _predicate_noun(doc: FactDocument, parts: list[str]) -> bool:
    """Whether the text between a body and a cue is a copula and a noun phrase of one noun that
    the cue qualifies (`X es un consorcio público integrado por`, `X is a network that brings
    together`, `X est une alliance composée de`): the body is that noun, so the subject; not a
    noun with a complement of its own (`X is a member of a network that gathers`)."""
    words = doc.words
    tokens = _tokens(parts[0]) if len(parts) == 1 else []
    if len(tokens) < 3 or tokens[0] not in words.words["rank_copula"]:
        return False
    if tokens[1] not in words.words["apposition_article"]:
        return False
    rest = tokens[2:]
    if rest and words.patterns["relative"].fullmatch(rest[-1]):
        rest = rest[:-1]  # `un consortium qui réunit`
    return (1 <= len(rest) <= _PREDICATE_WORDS and not any(t in words.phrase_stops for t in rest)
            and any(t in words.words["collective_noun"] for t in rest))


def apposed_body(doc: FactDocument, sentence: Sentence, offset: int) -> Ref | None:
    """The body an apposition names right after a noun phrase of one noun after a cue of membership
    (`forma parte de un grupo más amplio, el Grupo X`, `is part of a wider group, the X Group`, `fait
    partie d'un réseau mondial, le réseau X`): an indefinite article, three words at most and a comma,
    articles alone between the comma and the body; not a noun with a complement (`of a network of the
    X`)."""
    comma = doc.text.find(",", offset, sentence.end)
    if comma < 0:
        return None
    words = doc.words
    tokens = _tokens(doc.text[offset:comma])
    while tokens and tokens[0] in words.linker_words:  # `fait partie d'un réseau`: the cue's own preposition
        tokens = tokens[1:]
    if not tokens or tokens[0] not in words.words["apposition_article"] or not 1 <= len(tokens) - 1 <= _PREDICATE_WORDS:
        return None
    if (any(t in words.phrase_stops for t in tokens[1:]) or not any(t in words.words["collective_noun"] for t in tokens[1:])
            or any(offset <= m.start < comma for m in sentence.mentions)):
        return None
    body = next((m for m in sentence.mentions if m.start > comma), None)
    if body is None or body.label not in BODY_LABELS or not doc.only_articles(comma + 1, body.start):
        return None
    # the body ends the apposition (`, the X Group.`, `, the X Group, which`), not `, the X campaign`
    return body if BODY_END.match(doc.text[body.end:sentence.end]) else None


def noun_phrase(doc: FactDocument, text: str) -> bool:
    """Whether a text holds a noun phrase of its own (`l'atelier a`), not only verbs and adverbs
    (`was created in 2010 and`, `a longtemps`)."""
    articles = doc.words.words["article"]
    tokens = _tokens(text)
    # an article before a word of its own: not one before another (`incluye a la OMS`, a personal `a`)
    return any((t in articles and i + 1 < len(tokens) and tokens[i + 1] not in articles)
               or (t.endswith("'") is False and "'" in t[:3] and t.split("'")[0] + "'" in articles)
               for i, t in enumerate(tokens))
