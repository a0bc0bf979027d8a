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

from dataclasses import dataclass, field

from .document import FactDocument
from .lists import tokens as _tokens
from .refs import Ref, Sentence, is_item
from .refs import distinct as _distinct
from .model import Argument, Fact
from .operation_kinds import Kinds
from .operation_kinds import complement_follows, names_one
from .operation_leads import attached as _attached
from .operation_roles import OWN_STATE as _OWN_STATE
from .operation_roles import SUPPORT_GAP as _SUPPORT_GAP
from .operation_roles import loose_partners as _loose_partners
from .operation_roles import roles as _roles
from .operation_roles import titled as _titled
from .operation_title import loose_sentences as _loose
from .operation_title import title_operation as _title_operation
from .relations import argument as _arg
from .relations import partnership

_OPENING = 12  # `During these operations`: a word referring back this close to a sentence's start opens it


@dataclass
class Run:
    """The sentences about one operation; in `attached` ones it gets only the body named with it."""

    sentences: list[Sentence] = field(default_factory=list)
    attached: set[int] = field(default_factory=set)
    announced: set[int] = field(default_factory=set)  # sentences that announce it without its name
    back: set[int] = field(default_factory=set)  # sentences opening on it, named back, before naming another

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
    """Whether a paragraph goes on about the operation before it: its first sentence speaks of the
    operation, or, right after the run (`next_one`), opens a list or gives results, or a later
    sentence refers back to the operation before another one is named (`En
    dix-neuf jours, les équipes ont contrôlé … Europol … a soutenu l'opération`, `Over 72 hours …
    The action day was led by …`)."""
    if _refers_back(doc, sentence):
        return True  # not a word that names another programme (`dont le programme UNOSAT …`)
    if doc.has("result_cue", sentence.start, sentence.end) and (next_one or not sentence.of("FIGURE")):
        return True  # after a paragraph about something else, words for the results resume it
        # (`Presenting the results on Tuesday`), figures do not (`La conférence … a permis de
        # réunir 7 milliards d'euros`: results of its own)
    if next_one and (is_item(doc.text, sentence) or any(
            cue.start() - sentence.start <= _OPENING and not _ours(doc, sentence.start, cue.start())
            for cue in doc.find("partner_noun", sentence.start, sentence.end))):
        return True  # `Partners: A, B`, `Ses partenaires sont …` right after the run: its partners
        # (not `Our closest partners remain …`: the publisher's)
    for later in doc.sentences[sentence.index + 1:] if next_one else ():
        if later.block != sentence.block or later.of("OPERATION"):
            return False
        if _refers_back(doc, later):
            return True
    return False


def _ours(doc: FactDocument, start: int, end: int) -> bool:
    """Whether a first-person possessive stands in text[start:end] (`Our closest partners`, `Nos
    partenaires`, `Nuestros socios`): the partners named are the publisher's, not an operation's."""
    return bool(set(_tokens(doc.text[start:end])) & doc.words.words["first_possessive"])


def _refers_back(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a word for an operation refers back to one (`seconding analysts to the operation`),
    not one that names a new one right after it (`Con la campaña #MiPatrimonio …`, `the project
    Blue Coast`)."""
    return any(not names_one(doc, cue.end()) for cue in doc.find("operation_backref", sentence.start, sentence.end))


def runs(doc: FactDocument, about: str | None = None) -> dict[str, Run]:
    """The run of sentences of each operation (by norm), in order. A paragraph that does not go
    on about the operations named last pauses their run; a later one that does resumes it
    (`Mr Saunders thanked … for seconding analysts to the operation`). A sentence naming back by
    its kind the operation `about` (the title's) and not those named last speaks of it
    (`operation_kinds`)."""
    found: dict[str, Run] = {}
    kinds = Kinds(doc)
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
            if current and not paused and _opens_back(doc, sentence, named):
                for norm in current:  # `During these operations, … vessels provided under its Pacific
                    found[norm].add(sentence)  # Maritime Security Program …`: still about them
                    found[norm].back.add(sentence.index)
                continue
            current, block, paused = [op.norm for op in named], sentence.block, False
        elif sentence.heading:
            current = []
        else:
            if current and sentence.block != block:
                paused = not _continues(doc, sentence, not paused)
                block = sentence.block
            if about is not None and about not in current and kinds.speaks_of(sentence, about, current):
                found[about].add(sentence)  # `The three states coordinate the project`: the title's
            elif current and not paused and not _own_partnership(doc, sentence):
                for norm in current:
                    found[norm].add(sentence)
    return found


def _opens_back(doc: FactDocument, sentence: Sentence, named: list[Ref]) -> bool:
    """Whether a sentence naming other operations opens on words referring back to the ones before
    it (`During these operations, … provided under its Pacific Maritime Security Program`, `Pendant
    ces opérations, …`): it goes on about them, the operation it names only in passing."""
    first = min(op.start for op in named)
    return any(cue.start() - sentence.start <= _OPENING and not names_one(doc, cue.end())
               for cue in doc.find("operation_backref", sentence.start, first))


def _own_partnership(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a sentence after the one naming an operation states a partnership of its own
    (`Since 2020, the HAECHI project has helped … We work closely with the KNPA …`): it neither
    refers back to the operation nor gives results, and a cue of cooperation has the first person
    as its subject and named others; FACTS.md makes it a partnership of the publisher's, not the
    operation's partners (a subject named in the text may be the operation's team: `La Policía
    de Panamá trabajó con la UNODC`)."""
    if _refers_back(doc, sentence) or (
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
    return (is_item(doc.text, sentence)
            and doc.text[previous.start:previous.end].rstrip().endswith(":") and not previous.of("OPERATION"))


def operations(doc: FactDocument, known: list[Fact] = ()) -> list[Fact]:
    """One fact per operation the document names, with the values its run of sentences gives;
    none for a programme the `known` facts make a body with members (`CAREC brings together A,
    B and C`: a body, not an operation)."""
    facts = []
    titled = bool(doc.sentences) and _titled(doc, doc.sentences[0])
    named = {m.norm for m in doc.sentences[0].of("OPERATION")} if titled else set()
    all_runs = runs(doc, next(iter(named)) if len(named) == 1 else None)
    bodies = {a.norm for f in known if f.type == "MEMBERSHIP" for a in f.arguments
              if a.role == "body" and a.label == "OPERATION"}
    # the operation the text's title names (a title, not a first sentence: `Police chiefs met to
    # review Operation X.` opens a text about more than X)
    about = _title_operation(doc, known) if titled else None
    kinds = Kinds(doc)
    for norm, run in all_runs.items():
        if norm in bodies:
            continue
        first = next(m for s in run.sentences for m in s.of("OPERATION") if m.norm == norm)
        args: list[Argument] = [_arg("operation", first)]
        # the dates of the sentences that only go on after it: the operation's only where none of
        # those speaking of it dates it (`Operation X was led by A. It ran in Dakar in March 2023.`,
        # `Depuis mars 2023, …`, dated lists of results), since they are most often another event's
        # (`The coastal road was rebuilt in May 2019.`)
        held: list[Argument] = []
        for sentence in run.sentences:
            if sentence.index in run.attached:
                args.extend(_arg("lead", a) for a in _attached(doc, sentence, norm))
            elif sentence.index in run.back:
                args.extend(_roles(doc, sentence, norm, _other_named(sentence, norm)))
            elif sentence.index in run.announced or not _elsewhere(sentence, norm, set(all_runs)):
                found = _roles(doc, sentence, norm)
                if _speaks_of(doc, kinds, run, sentence, norm):
                    args.extend(found)
                else:
                    args.extend(a for a in found if a.role != "date")
                    held.extend(a for a in found if a.role == "date")
        if not any(a.role == "date" for a in args):
            args.extend(held)
        if norm == about:
            in_runs = {s.index for r in all_runs.values() for s in r.sentences}
            for sentence in _loose(doc, in_runs, norm):
                if not _own_partnership(doc, sentence):
                    args.extend(_loose_partners(doc, sentence, norm))  # partners only
        args = _states_of_bodies(_as_states(doc, args))
        seen, unique = set(), []
        leads = {a.norm for a in args if a.role == "lead"}
        for a in args:
            if a.role != "operation" and a.norm.casefold() == norm.casefold():
                continue  # `le programme ENACT … ENACT a formé …`: the operation is none of its own roles
            if a.role == "partner" and a.norm in leads:
                continue  # a body that leads the operation is not also its partner
            if (a.role, a.norm) not in seen:
                seen.add((a.role, a.norm))
                unique.append(a)
        evidence = run.sentences[0]
        facts.append(Fact("OPERATION", tuple(unique), (evidence.start, evidence.end), "rule:operation"))
    return facts


def _as_states(doc: FactDocument, args: list[Argument]) -> list[Argument]:
    """A state is no lead or partner (FACTS.md: bodies only): words standing for states that lead
    or join the operation (`The three states coordinate the project`, `Les trois États …`, given
    by a reference, with no mention of their own) make them its `country`, states that took part."""
    referred = [a for a in args if a.role in ("lead", "partner") and not a.from_text]
    if not referred:
        return args
    states = {m.norm for m in doc.mentions if m.label == "COUNTRY"} - {m.norm for m in doc.mentions if m.label == "ORG"}
    return [Argument("country", a.norm) if a in referred and a.norm in states else a for a in args]


def _states_of_bodies(args: list[Argument]) -> list[Argument]:
    """The states of the bodies taking part (`el INTA de la Argentina`) as the operation's states
    where its run names none of its own; where it does (`ALMA, au Chili … la NSF des États-Unis`),
    that is where it ran, and the bodies' home states are not."""
    own = any(a.role == "country" for a in args)
    return [Argument("country", a.norm, a.label, a.start, a.end) if a.role == _OWN_STATE else a
            for a in args if a.role != _OWN_STATE or not own]


def _speaks_of(doc: FactDocument, kinds: Kinds, run: Run, sentence: Sentence, norm: str) -> bool:
    """Whether a sentence of the run speaks of the operation itself: names it, announces it, opens
    back on it, or refers back to it by a word for an operation (`the project`, `cette opération`;
    not one a relative or complement qualifies: `The project that UNODC launched …`) or for an
    edition of it (`l'édition 2019`, not `l'édition 2019 du salon du livre`). A sentence that only
    goes on after it (`Chile lo fue en 2001 …`, `The drought, which struck the region in 2012, …`,
    `Il a été rénové en 2015`) may name its partners, but its dates are another event's, not when
    the operation ran."""
    if (any(m.norm == norm for m in sentence.of("OPERATION")) or sentence.index in run.announced
            or sentence.index in run.back):
        return True
    cues = doc.find("operation_backref", sentence.start, sentence.end)
    return any(not names_one(doc, cue.end()) and not kinds.qualified(cue.end()) for cue in cues) or any(
        _own_edition(doc, cue.end()) for cue in doc.find("operation_edition", sentence.start, sentence.end))


def _own_edition(doc: FactDocument, end: int) -> bool:
    """Whether an edition (`l'édition 2019`, `this edition`, `la edición anterior`) is the operation's:
    no complement follows it, after its year, that makes it another undertaking's (`l'édition 2019
    du salon du livre`, `this edition of the newsletter`, `de l'opération Pangea`; `de l'opération`
    with no name after it refers back by a word of its own)."""
    return not complement_follows(doc, end, ("linker",), past_year=True)


def _other_named(sentence: Sentence, norm: str) -> int | None:
    """Where a sentence opening back on an operation first names another (`Ce projet a pris la suite
    de GLACY, lancé en 2013, dont … aux côtés de Maurice, du Maroc …`): what follows is said of that
    other one, not of the operation named back."""
    return min((m.start for m in sentence.of("OPERATION") if m.norm != norm), default=None)


def _elsewhere(sentence: Sentence, norm: str, names: set[str]) -> bool:
    """Whether a sentence of the run speaks of other operations and not of this one."""
    ops = {m.norm for m in sentence.of("OPERATION")}
    return bool(ops & (names - {norm})) and norm not in ops
