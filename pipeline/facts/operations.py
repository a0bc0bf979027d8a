"""Operation facts: each named operation, with who led it, who took part, when, where, results.

An operation is described in a run of sentences: the sentence that announces it (`Une opération
coordonnée par INTERPOL … Baptisée Opération Trigger Sahel, elle …`), those that name it, and
those that follow until a heading, another operation, or the end of the paragraph; the run goes
on into the next paragraph when that one opens on the operation again (`En la operación
participaron …`), on its results (`Résultats communiqués …`) or on a list. A sentence that names
an operation only as the support of another (`avec l'appui du programme EL PAcCTO de l'UE`)
gives it only the body named with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import FactDocument, Ref, Sentence
from .document import distinct as _distinct
from .interleaved import interleaved
from .model import Argument, Fact
from .openings import PARENTHESES as _PARENTHESES
from .relations import _arg, _unit, partnership
from .structure import clause_start, sides

_BULLETS = ("-", "•", "–", "*", "·")
_AGENT_GAP = 40  # `mené depuis 2004 par`: the agent marker stands this close after the participle
_EMPTY_PARENTHESES = re.compile(r"\(\s*\)")
_SUPPORT_GAP = 25  # `con el apoyo del programa`: a participation cue this close before the operation
_OTHER_TIME = 60  # `entrée en vigueur à son égard le`: words of another time this close before a date
# between words of another time and their date, at most two short words (`will be held in`, `d'ici à la fin`
# would be three): a gap of no language's words in particular, just short enough to hold an article or a preposition
_RIGHT_BEFORE = re.compile(r"\W*(?:[^\W\d_]{1,4}\W*){0,2}")
_DIRECTLY_BEFORE = re.compile(r"\s+(?:\w+-)?")  # `by 2030`, `by mid-2025`: a deadline word and its date, nothing between
_FOUNDED_GAP = 45  # `adoptada por la Asamblea General el 31 de octubre`: a creation participle this close before its date
_OWNERS = ("ORG", "OPERATION", "INSTRUMENT", "RESOLUTION")  # what a creation participle may be said of
_APPOSED = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*\)?\s*,\s*")  # `le CGPCS, créé`, `(C-PROC), installé`


@dataclass
class Run:
    """The sentences about one operation; in `attached` ones it gets only the body named with it."""

    sentences: list[Sentence] = field(default_factory=list)
    attached: set[int] = field(default_factory=set)
    announced: set[int] = field(default_factory=set)  # sentences that announce it without its name

    def add(self, sentence: Sentence, attached: bool = False) -> None:
        if all(s.index != sentence.index for s in self.sentences):
            self.sentences.append(sentence)
        if attached:
            self.attached.add(sentence.index)
        else:
            self.attached.discard(sentence.index)


def _supported(doc: FactDocument, sentence: Sentence, op: Ref) -> bool:
    """Whether a sentence names an operation only as what supports something else."""
    return doc.has("participation_cue", max(sentence.start, op.start - _SUPPORT_GAP), op.start)


def _continues(doc: FactDocument, sentence: Sentence, next_one: bool) -> bool:
    """Whether a paragraph goes on about the operation before it: its first sentence opens a list
    or speaks of the operation or its results; or, in the paragraph right after the run's last
    (`next_one`), a later sentence refers back to the operation before another one is named (`En
    dix-neuf jours, les équipes ont contrôlé … Europol … a soutenu l'opération`, `Over 72 hours …
    The action day was led by …`)."""
    text = doc.text[sentence.start:sentence.end].lstrip()
    if (text.startswith(_BULLETS) or doc.has("operation_backref", sentence.start, sentence.end)
            or doc.has("result_cue", sentence.start, sentence.end)):
        return True
    for later in doc.sentences[sentence.index + 1:] if next_one else ():
        if later.block != sentence.block or later.of("OPERATION"):
            return False
        if doc.has("operation_backref", later.start, later.end):
            return True
    return False


def runs(doc: FactDocument) -> dict[str, Run]:
    """The run of sentences of each operation (by norm), in order. A paragraph that does not go
    on about the operations named last pauses their run; a later one that does resumes it
    (`Mr Saunders thanked … for seconding analysts to the operation`)."""
    found: dict[str, Run] = {}
    current: list[str] = []
    block, paused = -1, False
    for sentence in doc.sentences:
        named = _distinct(sentence.of("OPERATION"))
        if named:
            previous = doc.sentences[sentence.index - 1] if sentence.index else None
            heads = [previous] if previous is not None and not previous.heading and (
                _announces(doc, previous) or _introduces(doc, previous, sentence)) else []
            for op in named:
                run = found.setdefault(op.norm, Run())
                for head in heads:
                    if not run.sentences and not any(m.norm == op.norm for m in head.of("OPERATION")):
                        run.add(head)
                        run.announced.add(head.index)
                        for other in head.of("OPERATION"):
                            found[other.norm].add(head, attached=True)
                run.add(sentence)
            current, block, paused = [op.norm for op in named], sentence.block, False
        elif sentence.heading:
            current = []
        elif current:
            if sentence.block != block:
                paused = not _continues(doc, sentence, not paused)
                block = sentence.block
            if not paused and not _own_partnership(doc, sentence):
                for norm in current:
                    found[norm].add(sentence)
    return found


def _own_partnership(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a sentence after the one naming an operation states a partnership of its own
    (`Since 2020, the HAECHI project has helped … We work closely with the KNPA …`): it neither
    refers back to the operation nor gives results, and a cue of cooperation has the first person
    as its subject and named others; FACTS.md makes it a partnership of the publisher's, not the
    operation's partners (a subject named in the text may be the operation's team: `La Policía
    de Panamá trabajó con la UNODC`)."""
    if doc.has("operation_backref", sentence.start, sentence.end) or (
            doc.has("result_cue", sentence.start, sentence.end) and sentence.of("FIGURE")):
        return False  # results are figures (`to speed up the interception of illicit funds` gives none)
    fact = partnership(doc, sentence)
    return fact is not None and bool(fact.values("partner")) and not any(
        a.from_text for a in fact.arguments if a.role == "party")


def _announces(doc: FactDocument, previous: Sentence) -> bool:
    """`Une opération coordonnée par INTERPOL … s'est achevée …` before the sentence naming it."""
    return doc.has("operation_announcement", previous.start, previous.end) and all(
        _supported(doc, previous, op) for op in previous.of("OPERATION"))


def _introduces(doc: FactDocument, previous: Sentence, sentence: Sentence) -> bool:
    """`L'Office met en œuvre, avec l'OMD et INTERPOL :` before a list of operations (`- le
    projet AIRCOP …`): what it says is said of each."""
    return (doc.text[sentence.start:sentence.end].lstrip().startswith(_BULLETS)
            and doc.text[previous.start:previous.end].rstrip().endswith(":") and not previous.of("OPERATION"))


def operations(doc: FactDocument) -> list[Fact]:
    """One fact per operation the document names, with the values its run of sentences gives."""
    facts = []
    all_runs = runs(doc)
    for norm, run in all_runs.items():
        first = next(m for s in run.sentences for m in s.of("OPERATION") if m.norm == norm)
        args: list[Argument] = [_arg("operation", first)]
        for sentence in run.sentences:
            if sentence.index in run.attached:
                args.extend(_arg("lead", a) for a in _attached(doc, sentence, norm))
            elif sentence.index in run.announced or not _elsewhere(sentence, norm, set(all_runs)):
                args.extend(_roles(doc, sentence, norm))
        seen, unique = set(), []
        for a in args:
            if a.role != "operation" and a.norm.casefold() == norm.casefold():
                continue  # `le programme ENACT … ENACT a formé …`: the operation is none of its own roles
            if (a.role, a.norm) not in seen:
                seen.add((a.role, a.norm))
                unique.append(a)
        evidence = run.sentences[0]
        facts.append(Fact("OPERATION", tuple(unique), (evidence.start, evidence.end), "rule:operation"))
    return facts


def _elsewhere(sentence: Sentence, norm: str, names: set[str]) -> bool:
    """Whether a sentence of the run speaks of other operations and not of this one."""
    ops = {m.norm for m in sentence.of("OPERATION")}
    return bool(ops & (names - {norm})) and norm not in ops


def _roles(doc: FactDocument, sentence: Sentence, norm: str) -> list[Argument]:
    lo, hi = _span(doc, sentence, norm)
    actors = [a for a in doc.actors(sentence) if a.label != "COUNTRY" and lo <= a.start < hi]
    leads = _leads(doc, sentence, actors, norm)
    args = [_arg("lead", a) for a in leads]
    lead_norms = {a.norm for a in leads}
    for cue in doc.find("participation_cue", sentence.start, sentence.end):
        found = sides(doc, sentence, cue, actors)
        args.extend(_arg("partner", a) for a in found.others if a.norm not in lead_norms and a.label != "REFERENCE")
        if any(m.norm == norm and 0 <= m.start - cue.end() <= _SUPPORT_GAP for m in sentence.of("OPERATION")):
            # `PDEA, BOC and PCG signed … with support from the CCP`: they take part in it
            subject = list(found.subject) or _first_person_verb(cue, actors)  # `apoyamos la operación …`
            args.extend(_arg("partner", a) for a in subject  # `nous appuyons les opérations Pandora`
                        if a.norm not in lead_norms and a.label in ("ORG", "PUBLISHER"))
    for c in sentence.of("COUNTRY"):
        if _placed(doc, sentence, c, lo, hi) and not doc.qualifies(c, sentence):
            args.append(_arg("country", c))
    for place in sentence.of("LOCATION"):
        if _placed(doc, sentence, place, lo, hi):
            args.append(_arg("location", place))
    args.extend(_arg("date", d) for d in _dates(doc, sentence, norm) if lo <= d.start < hi)
    args.extend(_arg("result", f) for f in sentence.of("FIGURE") if lo <= f.start < hi and result(doc, sentence, f))
    return args


def _dates(doc: FactDocument, sentence: Sentence, norm: str) -> list[Ref]:
    """The dates of a sentence that are the operation's: with `respectivement`, the one at its
    place among the operations named before the dates (`Thunderbird et Thunderstorm, menées
    respectivement en 2017 et en 2018`; `Thunderball and Thunder 2022 ran in June 2019 and October
    2022 respectively`), none for an operation named before those (`Thunderball fait suite aux …`)."""
    dates = [d for d in sentence.of("DATE") if not doc.in_dateline(d) and not _founded(doc, sentence, d, norm)
             and not _other_time(doc, sentence, d)]
    if len(dates) < 2:
        return dates
    if not doc.has("distributive", sentence.start, sentence.end):
        return interleaved(sentence, dates, norm)
    named = list(dict.fromkeys(m.norm for m in sentence.of("OPERATION") if m.end <= dates[0].start))
    if len(named) < len(dates):
        return dates
    paired = named[-len(dates):]
    return [dates[paired.index(norm)]] if norm in paired else []


def _other_time(doc: FactDocument, sentence: Sentence, date: Ref) -> bool:
    """Whether words of another time stand right before a date in its clause (`éliminer la maladie
    d'ici à 2030`, `expected to open by mid-2025`, `scheduled for March 2025`, `desde su entrada en
    vigor el 1 de enero de 2016`; a deadline word with nothing between, `by 2030`, `by mid-2025`): a goal, a
    meeting to come, an entry into force, not when the operation ran. Only at most two short words
    may stand between (`entrée en vigueur le`, `will be held in`), and nothing named: `conducted by
    INTERPOL in June 2019`, `carried out by police forces between 3 and 10 October` are the run's."""
    start = max(clause_start(doc, sentence, date.start, colon=False), date.start - _OTHER_TIME)
    cues = [c for c in doc.find("other_time", start, date.start) if _RIGHT_BEFORE.fullmatch(doc.text, c.end(), date.start)]
    cues += [c for c in doc.find("deadline", start, date.start) if _DIRECTLY_BEFORE.fullmatch(doc.text, c.end(), date.start)]
    return any(not any(c.end() <= m.start < date.start for m in sentence.mentions) for c in cues)


def _founded(doc: FactDocument, sentence: Sentence, date: Ref, norm: str) -> bool:
    """Whether a date is when another thing was created: a creation participle stands just before
    it, set beside the name of that thing (`le CGPCS, créé en janvier 2009`, `la Convención …,
    adoptada … el 31 de octubre de 2003`, `l'opération Barkhane, lancée par la France le 1er août
    2014`) or opening a clause whose subject it is (`Creada en Bogotá el 14 de noviembre de 2007,
    AMERIPOL …`). Not a verb with its subject (`l'ONUDC a lancé en 2009 un programme`), nor a
    participle of the operation itself (`Créé en 2009 …, le Programme mondial …`)."""
    for cue in doc.find("founding", max(sentence.start, date.start - _FOUNDED_GAP), date.start):
        start = clause_start(doc, sentence, cue.start(), colon=False)
        before = [m for m in sentence.mentions if start <= m.start and m.end <= cue.start()]
        if before:
            owner = before[-1] if _APPOSED.fullmatch(doc.text, before[-1].end, cue.start()) else None
        else:
            comma = doc.text.find(",", date.end, sentence.end)
            owner = next((m for m in sentence.mentions if comma >= 0 and 0 <= m.start - comma <= 6), None)
        return owner is not None and owner.label in _OWNERS and not (owner.label == "OPERATION" and owner.norm == norm)
    return False


def _span(doc: FactDocument, sentence: Sentence, norm: str) -> tuple[int, int]:
    """The part of a sentence that speaks of an operation: the clauses that name it (`…, while
    AFRIPOL described the operations Africa Cyber Surge and Serengeti`), or the whole sentence
    when it does not name it (the run goes on about it)."""
    named = [m for m in sentence.of("OPERATION") if m.norm == norm]
    if not named:
        return sentence.start, sentence.end
    cuts = [start for start, _, mark in doc.clause_breaks(sentence)
            if mark != ":"]  # `elle s'est déroulée … dans onze pays : l'Afrique du Sud, …`
    lo = max([c for c in cuts if c <= named[0].start] + [sentence.start])
    hi = min([c for c in cuts if c > named[-1].end] + [sentence.end])
    return lo, hi


def _placed(doc: FactDocument, sentence: Sentence, place: Ref, lo: int, hi: int) -> bool:
    """Whether a place or state is where the operation ran: in its clauses, not a dateline's,
    not where traffic came from or went to, not where a body sits (`based in Algiers`)."""
    return (lo <= place.start < hi and place.start not in doc.members  # `La CPPS está integrada por Chile, …`
            and not _directed(doc, sentence, place) and not doc.in_dateline(place)
            and not doc.has("seat", max(sentence.start, place.start - 40), place.start)
            and not _seat_of_body(doc, sentence, place) and not _place_of_other(doc, sentence, place))


def _place_of_other(doc: FactDocument, sentence: Sentence, place: Ref) -> bool:
    """Whether a place is where another thing was created, adopted or signed (`la Stratégie …
    adoptée à Abidjan`, `set up in Tehran`, `signé à Detroit`): such a word this close before it,
    nothing named between."""
    if place.label != "LOCATION":
        return False
    start = max(sentence.start, place.start - _FOUNDED_GAP)
    cues = [c for name in ("founding", "adoption_cue", "agreement_cue") for c in doc.find(name, start, place.start)]
    last = max((c.end() for c in cues), default=-1)
    return last >= 0 and not any(last <= m.start < place.start for m in sentence.mentions)


def _seat_of_body(doc: FactDocument, sentence: Sentence, place: Ref) -> bool:
    """Whether a place only says where the body right before it sits (`Our Regional Fisheries
    Surveillance Centre (RFSC) in Honiara`, `le Centre régional à Abidjan`): a body, its acronym, and a
    place preposition between them."""
    if place.label != "LOCATION":
        return False
    body = next((m for m in reversed(sentence.mentions) if m.end <= place.start), None)
    if body is None or body.label != "ORG":
        return False
    gap = _PARENTHESES.sub(" ", doc.text[body.end:place.start]).strip(" ()").casefold()
    return gap in doc.words.words["place_preposition"]


def _leads(doc: FactDocument, sentence: Sentence, actors: list[Ref], norm: str) -> list[Ref]:
    """Who led it: the bodies after `menée par`, `run jointly by`, `lancé en 2010 par`; the
    subject of `INTERPOL coordonne …`; the body named with it (`le projet AIRCOP de l'ONUDC`)."""
    leads: list[Ref] = []
    for start in _agents(doc, sentence):
        after = [g for g in doc.lists(actors) if g[0].start >= start]
        if after and after[0][0].start - start <= _AGENT_GAP:
            leads.extend(after[0])
            owned = next((a for a in actors if a.start > after[0][-1].end), None)
            if owned is not None and doc.text[after[0][-1].end:owned.start].strip() in doc.words.words["possessive"]:
                leads.append(owned)  # `coordinated by INTERPOL's IFCACC`: both lead
    results = {m.start() for m in doc.find("result_cue", sentence.start, sentence.end)}
    for cue in doc.find("lead_verb", sentence.start, sentence.end):
        if cue.start() in results:
            continue  # `led to 19 arrests`: a result, not who led
        start = clause_start(doc, sentence, cue.start(), colon=False)
        before = [g for g in doc.lists(actors) if g[0].start >= start and g[-1].end <= cue.start()]
        leads.extend(before[-1] if before else _first_person_verb(cue, actors))
    leads.extend(_attached(doc, sentence, norm, actors))
    return _distinct(leads)


def _first_person_verb(cue, actors: list[Ref]) -> list[Ref]:
    """The publisher, where the cue is a verb in the first person, its own subject
    (`implementamos el proyecto …`, `apoyamos la operación …`)."""
    return [a for a in actors if a.label == "PUBLISHER" and cue.start() <= a.start < cue.end()]


def _agents(doc: FactDocument, sentence: Sentence) -> list[int]:
    """Where the agent of a passive lead stands: after `menée par`, or after `par`/`by`/`por`
    shortly after a lead participle (`mené depuis 2004 par`, `run jointly by`)."""
    found = [cue.end() for cue in doc.find("lead_by", sentence.start, sentence.end)]
    for cue in doc.find("lead_participle", sentence.start, sentence.end):
        marker = doc.find("agent", cue.end(), min(sentence.end, cue.end() + _AGENT_GAP))
        if marker:
            found.append(marker[0].end())
    return sorted(set(found))


def _attached(doc: FactDocument, sentence: Sentence, norm: str, actors: list[Ref] | None = None) -> list[Ref]:
    """The body named with the operation: `EUNAVFOR MED Operation IRINI`, `UNODC's AIRCOP
    project`, `le programme de l'ONUDC`."""
    words, text = doc.words, doc.text
    actors = actors if actors is not None else [a for a in doc.actors(sentence) if a.label != "COUNTRY"]
    found: list[Ref] = []
    ops = sentence.of("OPERATION")
    for i, op in enumerate(ops):
        if op.norm != norm:
            continue
        while i and doc.joins(text[ops[i - 1].end:ops[i].start]):
            i -= 1  # `the INTERPOL-AFRIPOL operations Africa Cyber Surge and Serengeti`: the list's
        head = ops[i]
        before = [g for g in doc.lists(actors) if g[-1].end <= head.start and (
            not text[g[-1].end:head.start].strip(" -–") or text[g[-1].end:head.start].strip() in words.words["possessive"])]
        if before:  # `INTERPOL-AFRIPOL operations`: the bodies joined by a hyphen lead it together
            group = [before[-1][-1]]
            for ref in reversed(actors):
                if ref.end <= group[0].start and text[ref.end:group[0].start].strip() in ("-", "–", "/"):
                    group.insert(0, ref)
            found.extend(group)
        after = [a for a in actors if a.start >= op.end and words.patterns["linker"].fullmatch(
            _EMPTY_PARENTHESES.sub("", doc.gap(op.end, a.start)).strip().lower())]  # `CCP (CCP) of the UNODC`
        if after:  # `el PCC de la UNODC y la OMA`: the list
            found.extend(next((g for g in doc.lists(actors) if after[0] in g), after[:1]))
    return found


def _directed(doc: FactDocument, sentence: Sentence, ref: Ref) -> bool:
    """Whether a place is where traffic came from or went to (`vers l'Europe`), or on the route
    it took (`la ruta que une América Latina, África Occidental y Europa`)."""
    before = doc.text[max(sentence.start, ref.start - 25):ref.start].rstrip().lower()
    if any(before.endswith(w) or before.endswith(w + " l'") for w in doc.words.words["direction"]):
        return True
    start = clause_start(doc, sentence, ref.start)
    return doc.has("route", max(start, ref.start - 80), ref.start)


def result(doc: FactDocument, sentence: Sentence, figure: Ref) -> bool:
    """Whether a figure counts what an operation achieved: its unit is one of achievement
    (arrests, firearms, victims), or it is a quantity or a share (kilograms, money, %) that a
    result word stands near (`saisies`, `seized`) or that a list of results gives."""
    unit = _unit(figure)
    words = doc.words.words
    if unit in words["context_unit"] or unit in words["size_unit"]:
        return unit == "%" and result_list(doc, sentence)
    if unit in words["result_unit"]:
        return True
    if result_list(doc, sentence):
        return True
    start = clause_start(doc, sentence, figure.start)
    return doc.has("result_cue", start, min(sentence.end, figure.end + 60))


def result_list(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a sentence is an item of a list of results (`Résultats communiqués … :` then `- …`)."""
    if not doc.text[sentence.start:sentence.end].lstrip().startswith(_BULLETS):
        return False
    for previous in reversed(doc.sentences[:sentence.index]):
        if previous.block != sentence.block and not doc.text[previous.start:previous.end].lstrip().startswith(_BULLETS):
            return doc.has("result_cue", previous.start, previous.end)
        if not doc.text[previous.start:previous.end].lstrip().startswith(_BULLETS):
            return doc.has("result_cue", previous.start, previous.end)
    return False
