"""The values one sentence gives an operation (`operations.runs` finds its sentences): who led it,
who took part, where and when it ran, what it achieved; and, for a sentence that does not speak
of it (`operation_title.loose_sentences`), only the bodies that take part in it.
"""

from __future__ import annotations

from .clauses import clause_start
from .document import FactDocument
from .model import Argument
from .operation_context import succeeded as _succeeded
from .operation_examples import examples as _examples
from .operation_founded import founded_aside as _founded_aside
from .operation_framed import framed as _framed
from .operation_history import in_history as _in_history
from .operation_kinds import names_one
from .operation_leads import first_person_verb as _first_person_verb
from .operation_leads import lead_bodies as _leads
from .operation_meetings import of_meeting as _of_meeting
from .operation_partners import bulleted as _bulleted
from .operation_partners import channelled as _channelled
from .operation_partners import listed as _listed
from .operation_places import placed as _placed
from .operation_relatives import of_other_body as _of_other_body
from .operation_results import result
from .operation_shared import shared_by as _shared_by
from .operation_states import own_states as _own_states
from .operation_times import own_dates as _dates
from .refs import Ref, Sentence
from .relations import argument as _arg
from .structure import sides

_OBJECT_GAP = 5  # `taken part in our operations`
_AGENT_GAP = 4  # `financed by`: characters at most from a verb of funding to an agent marker that makes it passive
_OWN_GAP = 30  # `soutiennent également nos projets`: a first-person possessive this close after a verb of contribution
OWN_STATE = "own state"  # a state a body taking part is of, kept where the run names no other
SUPPORT_GAP = 25  # `con el apoyo del programa`: a participation cue this close before the operation
_TAKING_PART = ("lead", "partner", "country")
_MADE_BY_OTHER = ("lead", "partner", "country", "location")  # the roles a participle of another thing's making takes


def roles(doc: FactDocument, sentence: Sentence, norm: str, until: int | None = None) -> list[Argument]:
    """The values a sentence of its run gives an operation (before `until`, where it is given)."""
    lo, hi = span(doc, sentence, norm)
    if until is not None:
        hi = min(hi, until)
    actors = _actors(doc, sentence, lo, hi)
    leads = _leads(doc, sentence, actors, norm)
    args = [_arg("lead", a) for a in leads]
    lead_norms = {a.norm for a in leads}
    args.extend(_partners(doc, sentence, norm, actors, lead_norms, lo, hi, False))
    if not titled(doc, sentence):
        args.extend(_where_when(doc, sentence, norm, lo, hi))
    taking_part = {a.norm for a in args if a.role in _TAKING_PART}
    args.extend(_channelled_partners(doc, sentence, taking_part, lead_norms, lo, hi))
    # `el INTA de la Argentina, el INIA de Chile`: the states of a roster of bodies taking part
    args.extend(_arg(OWN_STATE, c) for c in _own_states(doc, sentence, taking_part, lo, hi))
    args.extend(_arg("result", f) for f in sentence.of("FIGURE") if lo <= f.start < hi and result(doc, sentence, f))
    # `la Convención X, adoptada por la OEA en 1994`: who made another thing, where and when, is not the operation's
    return [a for a in args if a.role not in _MADE_BY_OTHER or not (
        a.from_text and _founded_aside(doc, sentence, Ref(a.start, a.end, a.label, a.norm), norm))]


def loose_partners(doc: FactDocument, sentence: Sentence, norm: str) -> list[Argument]:
    """The bodies that take part in an operation a sentence neither names nor refers back to
    (`operation_title`): its partners as `roles` reads them, where no subject-less verb of
    gathering or joining stands for it (`los ministros se reúnen en el X`). The leads and states
    are read only to tell partners apart (a lead is no partner; `Germany through the KfW` needs
    the state taking part); places, dates and results are not read."""
    lo, hi = span(doc, sentence, norm)
    actors = _actors(doc, sentence, lo, hi)
    lead_norms = {a.norm for a in _leads(doc, sentence, actors, norm)}
    args = _partners(doc, sentence, norm, actors, lead_norms, lo, hi, True)
    taking_part = lead_norms | {a.norm for a in args}
    if not titled(doc, sentence):
        taking_part |= {a.norm for a in _states(doc, sentence, norm, lo, hi)}
    args.extend(_channelled_partners(doc, sentence, taking_part, lead_norms, lo, hi))
    return [a for a in args if a.role == "partner"]


def _channelled_partners(doc: FactDocument, sentence: Sentence, taking_part: set[str], lead_norms: set[str],
                         lo: int, hi: int) -> list[Argument]:
    """`Germany through the KfW`: the body one taking part acts through is a partner (not a lead)."""
    return [_arg("partner", a) for a in _channelled(doc, sentence, taking_part, lo, hi) if a.norm not in lead_norms]


def _actors(doc: FactDocument, sentence: Sentence, lo: int, hi: int) -> list[Ref]:
    return [a for a in doc.actors(sentence) if a.label != "COUNTRY" and lo <= a.start < hi]


def _partners(doc: FactDocument, sentence: Sentence, norm: str, actors: list[Ref], lead_norms: set[str],
              lo: int, hi: int, loose: bool) -> list[Argument]:
    """The bodies a sentence says take part in the operation (and the states sharing it), leads
    left out, in the order the readers give them."""
    args: list[Argument] = []
    for cue in doc.find("participation_cue", sentence.start, sentence.end):
        found = sides(doc, sentence, cue, actors)
        args.extend(_arg("partner", a) for a in found.others if a.norm not in lead_norms and a.label != "REFERENCE")
        beside = any(m.norm == norm and 0 <= m.start - cue.end() <= SUPPORT_GAP for m in sentence.of("OPERATION"))
        # `… have taken part in our operations`; not a directed cue (`in support of our operations`:
        # the publisher's partners)
        in_ours = doc.text[cue.start():cue.end()].lower() not in doc.words.words["directed"] and any(
            b.start() - cue.end() <= _OBJECT_GAP for b in doc.find("operation_object", cue.end(), sentence.end))
        if beside or in_ours:
            # `PDEA, BOC and PCG signed … with support from the CCP`: they take part in it (`… have
            # taken part in our operations`)
            subject = list(found.subject) or _first_person_verb(cue, actors)  # `apoyamos la operación …`
            args.extend(_arg("partner", a) for a in subject  # `nous appuyons les opérations Pandora`
                        if a.norm not in lead_norms and a.label in ("ORG", "PUBLISHER"))
    args.extend(_arg("partner", a) for a in _contributors(doc, sentence, norm, actors, loose) if a.norm not in lead_norms)
    args.extend(_arg("partner", a) for a in _listed(doc, sentence, actors) if a.norm not in lead_norms)
    args.extend(_arg("partner", a) for a in _bulleted(doc, sentence, actors) if a.norm not in lead_norms)
    args.extend(_arg("partner", a) for a in _framed(doc, sentence, norm, actors) if a.norm not in lead_norms)
    args.extend(_arg("partner", a) for a in _examples(doc, sentence, norm, actors, lo, hi) if a.norm not in lead_norms)
    for a in _shared_by(doc, sentence, norm, lo, hi):  # `ALMA est un partenariat entre A, B et C`
        if a.label == "COUNTRY":
            args.append(_arg("country", a))  # `un proyecto compartido entre España, México y …`: states that took part
        elif a.norm not in lead_norms:
            args.append(_arg("partner", a))
    return args


def _other_event(doc: FactDocument, sentence: Sentence, ref: Ref, norm: str) -> bool:
    """Whether a place or date is a meeting's, another event's, the background's or an earlier
    undertaking's the operation follows (`a pris la suite de GLACY, lancé en 2013`)."""
    return _of_meeting(doc, sentence, ref, norm) or _in_history(doc, sentence, ref, norm) or _succeeded(
        doc, sentence, ref, norm) or _of_other_body(doc, sentence, ref, norm)


def titled(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a sentence is a heading or the text's title (its first line, a paragraph of its own
    with no closing stop): its places and dates say what the text is about (`X : le corridor
    Europe-Caucase-Asie, une coopération née en 1993`, `Fusión: Europa y Japón inauguran el X`),
    not where or when the operation ran."""
    if sentence.heading:
        return True
    if sentence.index or len(doc.sentences) < 2 or doc.sentences[1].block == sentence.block:
        return False
    return not doc.text[sentence.start:sentence.end].rstrip().endswith((".", "!", "?", ":"))


def _states(doc: FactDocument, sentence: Sentence, norm: str, lo: int, hi: int) -> list[Argument]:
    """The states where the operation ran or that took part, in the part [lo, hi) of a sentence."""
    return [_arg("country", c) for c in sentence.of("COUNTRY") if _placed(doc, sentence, c, lo, hi, norm)
            and not doc.qualifies(c, sentence) and not _other_event(doc, sentence, c, norm)]


def _where_when(doc: FactDocument, sentence: Sentence, norm: str, lo: int, hi: int) -> list[Argument]:
    """The operation's places, states and dates in the part [lo, hi) of a sentence."""
    args = _states(doc, sentence, norm, lo, hi)
    for place in sentence.of("LOCATION"):
        if _placed(doc, sentence, place, lo, hi, norm) and not _other_event(doc, sentence, place, norm):
            args.append(_arg("location", place))
    args.extend(_arg("date", d) for d in _dates(doc, sentence, norm)
                if lo <= d.start < hi and not _other_event(doc, sentence, d, norm))
    return args


def _contributors(doc: FactDocument, sentence: Sentence, norm: str, actors: list[Ref], loose: bool = False) -> list[Ref]:
    """The bodies that do their part in the operation its run speaks of: the subject of a verb of
    contribution (`CIMMYT contributed its breeding`, `el ACNUR apoya la gestión de los albergues`,
    `l'OIM accompagne …`), and the bodies the operation itself brings together (`l'opération
    Harpie réunit les FAG et la Gendarmerie`, `Elle associe A, B et C`, `the project brings
    together A and B`: a verb of gathering with no body before it in its clause)."""
    found: list[Ref] = []
    for cue in doc.find("contribution_verb", sentence.start, sentence.end) + doc.find(
            "serving_verb", sentence.start, sentence.end):  # `Cruz Roja atiende a los viajeros`
        if set(doc.text[cue.end():cue.end() + _OWN_GAP].lower().split()[:3]) & doc.words.words["first_possessive"]:
            continue  # `l'AFD soutient également nos projets`: the publisher's partner, not the operation's
        found.extend(a for a in sides(doc, sentence, cue, actors).subject if a.label in ("ORG", "PUBLISHER"))
    found.extend(_funders(doc, sentence, norm, actors))
    if loose:
        return found  # a sentence that does not speak of the operation: no verb of gathering has it as subject
    for cue in doc.find("gathers", sentence.start, sentence.end):
        start = clause_start(doc, sentence, cue.start())
        if any(start <= a.start < cue.start() for a in doc.actors(sentence)):
            continue  # `CAREC brings together A, B`, `la OIM reúne …`: a body's members
        after = [g for g in doc.lists(actors) if g[0].start >= cue.end()]
        if after and not doc.text[cue.end():after[0][0].start].strip(" ,:").count(" ") > 3:
            found.extend(a for a in after[0] if a.label == "ORG")
    for cue in doc.find("joined_by", sentence.start, sentence.end):
        after = [g for g in doc.lists(actors) if g[0].start >= cue.end()]  # `…, a la que se sumaron A, B y C`,
        if after and not doc.text[cue.end():after[0][0].start].strip(" ,:").count(" ") > 1:  # `rejoint par A`
            found.extend(a for a in after[0] if a.label == "ORG")  # the bodies that joined it take part
    return found


def _funders(doc: FactDocument, sentence: Sentence, norm: str, actors: list[Ref]) -> list[Ref]:
    """The subject of a verb of funding in the active voice whose object is the operation: named
    right after it or referred back to (`IDA financed the X project`, `l'UE a financé au titre du
    programme …`, `el BID financió el programa`); not what else a body financed in the run (`donors
    financed the reconstruction of houses`), nor a participle before its agent (`projects financed
    by A`: English writes the active past and the participle alike)."""
    found: list[Ref] = []
    for cue in doc.find("funding_verb", sentence.start, sentence.end):
        end = min(sentence.end, cue.end() + SUPPORT_GAP)
        if doc.has("agent", cue.end(), min(end, cue.end() + _AGENT_GAP)):
            continue
        named = any(m.norm == norm and cue.end() <= m.start < end for m in sentence.of("OPERATION"))
        if named or any(not names_one(doc, b.end()) for b in doc.find("operation_backref", cue.end(), end)):
            found.extend(a for a in sides(doc, sentence, cue, actors).subject if a.label in ("ORG", "PUBLISHER"))
    return found


def span(doc: FactDocument, sentence: Sentence, norm: str) -> tuple[int, int]:
    """The part of a sentence that speaks of an operation: the clauses that name it (`…, while
    AFRIPOL described the operations Africa Cyber Surge and Serengeti`), or the whole sentence
    when it does not name it (the run goes on about it)."""
    named = [m for m in sentence.of("OPERATION") if m.norm == norm]
    if not named:
        return sentence.start, sentence.end
    cuts = [start for start, _, mark in doc.clause_breaks(sentence)
            if mark != ":"]  # `elle s'est déroulée … dans onze pays : l'Afrique du Sud, …`
    lo = max([c for c in cuts if c <= named[0].start] + [sentence.start])
    hi = min([c for c in cuts if c >= named[-1].end] + [sentence.end])  # `… the X Fund, and we …`: a break right after it ends its part
    return lo, hi
