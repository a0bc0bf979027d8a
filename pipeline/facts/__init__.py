"""The facts stage: who works with whom, on what, when, and with what result (FACTS.md).

`find_facts` reads a document's sentences and mentions and returns its facts, each value a
mention's norm. Rules over the sequence of mentions around the language's cue words
(`patterns/<lang>/facts.jsonl`); see docs/facts.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .document import FactDocument
from .references import OPENING
from .refs import Ref, Sentence
from .decide import CLAUSE_AFTER, decided
from .learned import LinearModel, load_models
from .model import FACT_COLUMNS, Argument, Fact
from .operations import operations
from .publisher import infer_publisher
from .memberships import memberships
from .member_candidates import learned_members
from .agreement_parts import announced, fact_sides
from .relations import JOINT, argument, frameworks, partnership, partnerships
from .agreement_facts import agreements
from .clauses import beside_asides, named_aside, sides_of
from .structure import sides
from .partner_asides import partner_before_members
from .words import load_fact_words

_BACK = 2500  # a back-reference reaches the fact stated this many characters before, at most
_RESTATING_BLOCKS = 1  # the parties of an agreement named back restate it this many paragraphs after its own
_SIGNED_BY = 60  # `signed in 1993 by`: the agent stands this close after the word of signature

__all__ = ["FACT_COLUMNS", "Argument", "Fact", "FactDocument", "Ref", "find_facts", "fact_rows"]


def find_facts(text: str, lang: str, mentions: Iterable[Ref], sentences: list[tuple[int, int]],
               blocks: list[tuple[int, int, bool]], *, doc_date: str = "", publisher: str | None = None,
               dateline: tuple[int, int] = (0, 0), patterns_dir: str | Path | None = None,
               models: dict[str, LinearModel] | None = None) -> tuple[list[Fact], str]:
    """The facts of one document, and its publisher (given, or inferred from the text).

    The rules find facts; where the patterns folder holds learned weights (`facts_model.json`),
    they decide which partnership pairs to keep (`models` overrides them).
    """
    doc, facts = analyse(text, lang, mentions, sentences, blocks, doc_date=doc_date,
                         publisher=publisher, dateline=dateline, patterns_dir=patterns_dir)
    models = load_models(patterns_dir) if models is None else models
    return learned_members(doc, decided(doc, facts, models), models.get("member")), doc.publisher


def analyse(text: str, lang: str, mentions: Iterable[Ref], sentences: list[tuple[int, int]],
            blocks: list[tuple[int, int, bool]], *, doc_date: str = "", publisher: str | None = None,
            dateline: tuple[int, int] = (0, 0), patterns_dir: str | Path | None = None
            ) -> tuple[FactDocument, list[Fact]]:
    """The document as the facts stage reads it, and the facts the rules find in it."""
    words = load_fact_words(lang, patterns_dir)
    doc = FactDocument.build(text, words, list(mentions), sentences, blocks, doc_date)
    doc.dateline = dateline
    doc.publisher = publisher if publisher is not None else infer_publisher(doc)
    facts: list[Fact] = []
    operation_sentences = {s.index for s in doc.sentences if s.of("OPERATION")}
    for sentence in doc.sentences:
        doc.actors(sentence)  # read in text order: `les deux organisations` is the fact stated last
        opening = doc.opening(sentence)
        if opening == "fact_backref" and _own_agreements(doc, sentence):
            # `The Memorandum was signed in 1993 by A, B and C`, and the members it may name
            found = _own_agreements(doc, sentence) + list(memberships(doc, sentence))
        elif opening == "fact_backref":
            members = list(memberships(doc, sentence))  # `Today the Agreement has 21 Parties: A, B …`
            own = partnership(doc, sentence)  # `La coopération entre A et B …` states its own
            if own is not None and members and fact_sides(own) <= {n for m in members for n in m.values("member")}:
                own = None  # `… has 21 Parties: A, B`: the members read as partners
            if (own is not None and not own.values("partner") and own.source != JOINT
                    and not doc.has("between", sentence.start, sentence.end)):
                own = None  # `cette action se prolonge avec l'OSCE …` names only partners
            if own is None:  # `Cette coopération …`, `El plan …`: adds to the fact just stated
                _extend_previous(doc, sentence, facts, loose=True)
                facts.extend(members)  # and may name members
                continue
            found = [own] + members
        else:
            found = agreements(doc, sentence) + list(memberships(doc, sentence))
            if not found and _restates(doc, sentence):
                doc.restating.add(sentence.index)
            elif not found and sentence.index not in operation_sentences:
                found += partnerships(doc, sentence)
            elif named_aside(doc, sentence):  # less the bodies in the clauses that hold its operations
                found += beside_asides(doc, sentence, partnerships(doc, sentence))
            elif not found and (group := sides_of(doc, sentence)):  # `StAR, a partnership of A and B, …`
                found.append(Fact("PARTNERSHIP", tuple(argument("party", r) for r in group),
                                  (sentence.start, sentence.end), JOINT))
        if found and all(f.type in ("AGREEMENT", "MEMBERSHIP") for f in found):
            found += _clause_after(doc, sentence, found) or partner_before_members(doc, sentence, found)
        if not found and opening:
            _extend_previous(doc, sentence, facts)
            continue
        for fact in found:
            if fact.type in ("PARTNERSHIP", "AGREEMENT"):
                doc.recent = list(dict.fromkeys(a.norm for a in fact.arguments if a.role in ("party", "partner")))
                doc.recent_agreement = sentence.block if fact.type == "AGREEMENT" else None
            if fact.type == "AGREEMENT" and fact.values("instrument"):
                doc.agreement_texts = (sentence.block, [a for a in fact.arguments if a.role == "instrument"])
        facts.extend(found)
    facts = announced(doc, facts)
    doc.members = {a.start for f in facts if f.type == "MEMBERSHIP" for a in f.arguments
                   if a.role == "member" and a.from_text}
    facts.extend(operations(doc, facts))
    return doc, facts


def _restates(doc: FactDocument, sentence: Sentence) -> bool:
    """`… ont signé un protocole d'accord. En octobre 2022, les quatre organisations ont lancé
    ensemble le Plan …`: a sentence whose only bodies are the parties of the agreement stated last,
    named back together, states what they do under it, no partnership of its own. Only in the
    agreement's paragraph or the one right after it (`Los siete Estados miembros mantienen …`):
    one further on speaks of their work on its own."""
    actors = doc.actors(sentence)
    return (doc.recent_agreement is not None and 0 <= sentence.block - doc.recent_agreement <= _RESTATING_BLOCKS
            and len(actors) >= 2 and all(a.label == "REFERENCE" for a in actors)
            and len({a.start for a in actors}) == 1 and {a.norm for a in actors} <= set(doc.recent))


def _clause_after(doc: FactDocument, sentence: Sentence, found: list[Fact]) -> list[Fact]:
    """`aplicamos el Acuerdo de Lisboa, firmado por A y B, y colaboramos con C`: a partnership
    stated in a clause of its own after the agreement's, all its sides named past a clause break
    that follows every value of the agreement; likewise after a membership's (`España lo ratificó
    en 2014, y el Ministerio X coordina su aplicación junto con la Delegación Y`)."""
    last = max((a.end for f in found for a in f.arguments if a.from_text), default=sentence.end)
    cut = next((e for b, e, _ in doc.clause_breaks(sentence) if b >= last), None)
    if cut is not None and all(f.type == "MEMBERSHIP" for f in found) and (
            doc.has("agreement_cue", cut, sentence.end) or not doc.has("partnership_cue", cut, sentence.end)):
        return []  # `Elle compte 22 États membres …, et coopère avec le Canada dans le cadre d'un accord`: an agreement's
    fact = partnership(doc, sentence) if cut is not None else None
    if fact is None or any(a.from_text and a.start < cut for a in fact.arguments if a.role in ("party", "partner")):
        return []
    if all(f.type == "MEMBERSHIP" for f in found) and not any(
            doc.only_articles(_past_with(doc, c.end()), a.start) for c in doc.find("partnership_cue", cut, sentence.end)
            for a in fact.arguments if a.role == "partner" and a.from_text):
        return []  # `…, y el CICTE apoya a los países de la región en la aplicación de las resoluciones del Consejo`
    return [Fact(fact.type, fact.arguments, fact.evidence, CLAUSE_AFTER)]


def _past_with(doc: FactDocument, at: int) -> int:
    """Past the word of `with` that may follow a cue after a few blanks (`together with the`),
    else `at`."""
    blanks = doc.plain[at:at + 4]
    found = doc.words.patterns["with"].match(doc.plain, at + len(blanks) - len(blanks.lstrip()))
    return found.end() if found is not None else at


def _own_agreements(doc: FactDocument, sentence: Sentence) -> list[Fact]:
    """The agreements a sentence opening on words for a fact states with sides of its own (`El
    acuerdo que lo creó fue firmado … por España, Francia …`, `The Accord was signed in Rome
    between A, B and C`): a word of signature past the opening words, with its agent (`signed …
    by`) or the word for its sides (`between`), and two named sides at least, none of them
    standing for a body named before."""
    opening = doc.find("fact_backref", sentence.start, min(sentence.end, sentence.start + OPENING))
    after = opening[0].end() if opening else sentence.start
    if not any(doc.has("agent", c.end(), min(sentence.end, c.end() + _SIGNED_BY))
               or doc.has("between", c.end(), min(sentence.end, c.end() + _SIGNED_BY))
               for c in doc.find("agreement_cue", after, sentence.end)):
        return []
    found = agreements(doc, sentence)
    return found if found and all(
        len({a.norm for a in f.arguments if a.role in ("party", "partner") and a.from_text}) >= 2
        and all(a.from_text for a in f.arguments if a.role in ("party", "partner")) for f in found) else []


def _extend_previous(doc: FactDocument, sentence: Sentence, facts: list[Fact], loose: bool = False) -> None:
    """`Cette coopération …`: the sentence adds its frameworks to the partnership or agreement
    stated last (not too far before), and the bodies it says the fact goes on with (`cette
    action se prolonge avec l'OSCE …, ainsi qu'avec Europol`) as partners. After words for the
    fact itself (`loose`), a text it names without a framework cue is its framework too."""
    cue = doc.find("fact_backref", sentence.start, min(sentence.end, sentence.start + OPENING))
    if not cue and loose:  # `Le partenariat contribue … Il s'appuie aussi sur …`: the words before
        previous = doc.sentence_before(sentence)
        cue = doc.find("fact_backref", previous.start, min(previous.end, previous.start + OPENING)) if previous else []
    kinds = ("PARTNERSHIP", "AGREEMENT")
    if cue and loose:  # `Cet accord …` refers to an agreement, `Le partenariat …` to a partnership
        kinds = ("AGREEMENT",) if doc.has("agreement_cue", cue[0].start(), cue[0].end()) else ("PARTNERSHIP",)
    for i in range(len(facts) - 1, -1, -1):
        if facts[i].type not in kinds:
            continue
        if sentence.start - facts[i].evidence[1] > _BACK:
            return
        actors = doc.actors(sentence)
        cues = doc.find("with", sentence.start, sentence.end)
        others = sides(doc, sentence, cues[0], actors).others if cues else ()
        goes_on = bool(others) and doc.joins(doc.text[cues[0].end():others[0].start])
        # a sentence that carries the fact on with more bodies speaks of them: a text it names
        # without a framework cue is theirs (`avec le GRETA, chargé de suivre la Convention …`)
        extra = frameworks(doc, sentence) or ([
            Argument("framework", r.norm, r.label, r.start, r.end)
            for r in sentence.of("RESOLUTION", "INSTRUMENT")][:1] if loose and not goes_on else [])
        if goes_on:  # `se prolonge avec l'OSCE`
            extra += [Argument("partner", r.norm, r.label, r.start, r.end) for r in others if r.label != "REFERENCE"]
        if facts[i].type == "AGREEMENT":
            extra = [Argument("instrument", a.norm, a.label, a.start, a.end) for a in extra
                     if a.label == "INSTRUMENT"]
        known = {(a.role, a.norm) for a in facts[i].arguments}
        new = tuple(a for a in extra if (a.role, a.norm) not in known)
        facts[i] = Fact(facts[i].type, facts[i].arguments + new, facts[i].evidence, facts[i].source)
        return


def fact_rows(facts: list[Fact], doc_id: str, original: str) -> list[dict]:
    """Rows of the facts table (FACT_COLUMNS), one per argument; facts numbered f1, f2 …"""
    rows = []
    for n, fact in enumerate(facts, start=1):
        for a in fact.arguments:
            rows.append({"doc_id": doc_id, "fact": f"f{n}", "type": fact.type, "role": a.role,
                         "norm": a.norm, "label": a.label,
                         "text": original[a.start:a.end] if a.from_text else "",
                         "start": a.start if a.from_text else None,
                         "end": a.end if a.from_text else None,
                         "evidence_start": fact.evidence[0], "evidence_end": fact.evidence[1],
                         "source": fact.source})
    return rows
