"""Operation facts: each named operation, with who led it, who took part, when, where, results.

An operation is described in a run of sentences: those that name it, the sentences that follow
in the same paragraph until another operation is named, and later sentences that refer back to
it (`l'opération`, `the programme`) while it is the last one named.
"""

from __future__ import annotations

from .document import FactDocument, Ref, Sentence
from .model import Argument, Fact
from .relations import _arg, _clause_start, _distinct, _unit


def _runs(doc: FactDocument) -> dict[str, list[Sentence]]:
    """Sentences about each operation (by norm), in order: the sentence before the one naming it
    when that one speaks of an operation (`Une opération coordonnée par INTERPOL … Baptisée
    Opération Trigger Sahel, elle …`), the sentences naming it, and those that follow until a
    heading or another operation."""
    runs: dict[str, list[Sentence]] = {}
    current: str | None = None
    words, text = doc.words, doc.text
    for sentence in doc.sentences:
        named = _distinct(sentence.of("OPERATION"))
        if named:
            previous = doc.sentences[sentence.index - 1] if sentence.index else None
            for op in named:
                run = runs.setdefault(op.norm, [])
                if (previous is not None and not run and not previous.heading
                        and not previous.of("OPERATION")
                        and doc.has("operation_backref", previous.start, previous.end)):
                    run.append(previous)
                run.append(sentence)
            current = named[-1].norm
        elif sentence.heading:
            current = None
        elif current:
            runs[current].append(sentence)
    return runs


def operations(doc: FactDocument, *, broad: bool = False) -> list[Fact]:
    """One fact per operation the document names (with `broad`, also the bodies and figures of
    its sentences that no rule gave a role: as partners and results, for the model to weigh)."""
    facts = []
    runs = _runs(doc)
    for norm, sentences in runs.items():
        first = next(m for s in sentences for m in s.of("OPERATION") if m.norm == norm)
        args: list[Argument] = [_arg("operation", first)]
        for sentence in sentences:
            args.extend(_roles(doc, sentence, norm, others=set(runs) - {norm}))
        if broad:
            for sentence in sentences:
                args.extend(_guess("partner", a) for a in doc.actors(sentence) if a.label == "ORG")
                args.extend(_guess("result", f) for f in sentence.of("FIGURE")
                            if _unit(f) not in doc.words.words["size_unit"])
        seen, unique = set(), []
        for a in args:
            if a.role != "operation" and a.norm.casefold() == norm.casefold():
                continue  # `le programme ENACT … ENACT a formé …`: the operation is none of its own roles
            if (a.role, a.norm) not in seen:
                seen.add((a.role, a.norm))
                unique.append(a)
        facts.append(Fact("OPERATION", tuple(unique), (sentences[0].start, sentences[0].end),
                          "rule:operation"))
    return facts


def _guess(role: str, ref: Ref) -> Argument:
    return Argument(role, ref.norm, ref.label, ref.start, ref.end, guess=True)


def _roles(doc: FactDocument, sentence: Sentence, norm: str, others: set[str]) -> list[Argument]:
    words, text = doc.words, doc.text
    if any(m.norm in others for m in sentence.of("OPERATION")) and not any(
            m.norm == norm for m in sentence.of("OPERATION")):
        return []
    actors = [a for a in doc.actors(sentence) if a.label != "COUNTRY"]
    leads = _leads(doc, sentence, actors, norm)
    args = [_arg("lead", a) for a in leads]
    lead_norms = {a.norm for a in leads}
    for cue in doc.find("participation_cue", sentence.start, sentence.end):
        args.extend(_arg("partner", a) for a in actors
                    if a.start >= cue.end() and a.norm not in lead_norms)
    for c in sentence.of("COUNTRY"):
        if not _directed(doc, sentence, c) and not doc.in_dateline(c):
            args.append(_arg("country", c))
    for place in sentence.of("LOCATION"):
        if not _directed(doc, sentence, place) and not doc.in_dateline(place):
            args.append(_arg("location", place))
    args.extend(_arg("date", d) for d in sentence.of("DATE") if not doc.in_dateline(d))
    args.extend(_arg("result", f) for f in sentence.of("FIGURE") if _result(doc, sentence, f))
    return args


def _leads(doc: FactDocument, sentence: Sentence, actors: list[Ref], norm: str) -> list[Ref]:
    words, text = doc.words, doc.text
    leads: list[Ref] = []
    for cue in doc.find("lead_by", sentence.start, sentence.end):
        after = [a for a in actors if a.start >= cue.end()]
        if after:
            leads.extend(_coordinated(doc, after))
    results = {m.start() for m in doc.find("result_cue", sentence.start, sentence.end)}
    for cue in doc.find("lead_verb", sentence.start, sentence.end):
        if cue.start() in results:
            continue  # `led to 19 arrests`: a result, not who led
        start = _clause_start(doc, sentence, cue.start())
        before = [a for a in actors if start <= a.start < cue.start()]
        leads.extend(before[-1:])
    for op in sentence.of("OPERATION"):
        if op.norm != norm:
            continue
        # `EUNAVFOR MED Operation IRINI`, `le programme de l'ONUDC`: the body named with it
        before = [a for a in actors if a.end <= op.start and not text[a.end:op.start].strip(" -–")]
        after = [a for a in actors if a.start >= op.end
                 and words.patterns["linker"].fullmatch(text[op.end:a.start].strip().lower())]
        leads.extend(before[-1:] + after[:1])
    return _distinct(leads)


def _coordinated(doc: FactDocument, refs: list[Ref]) -> list[Ref]:
    """The first of `refs` and those joined to it by commas, conjunctions and articles."""
    small = doc.words.list_words
    out = [refs[0]]
    for prev, ref in zip(refs, refs[1:]):
        gap = doc.text[prev.end:ref.start].lower().replace(",", " , ").replace("(", " ( ").replace(")", " ) ")
        if len(gap) > 30 or not all(w in small for w in gap.split()):
            break
        out.append(ref)
    return out


def _directed(doc: FactDocument, sentence: Sentence, ref: Ref) -> bool:
    """Whether a place is where traffic came from or went to (`vers l'Europe`)."""
    before = doc.text[max(sentence.start, ref.start - 25):ref.start]
    return any(before.rstrip().lower().endswith(w) or before.rstrip().lower().endswith(w + " l'")
               for w in doc.words.words["direction"])


def _result(doc: FactDocument, sentence: Sentence, figure: Ref) -> bool:
    unit = _unit(figure)
    words = doc.words.words
    if unit in words["context_unit"] or unit in words["size_unit"]:
        return False
    if unit in words["result_unit"]:
        return True
    start = _clause_start(doc, sentence, figure.start)
    return doc.has("result_cue", start, min(sentence.end, figure.end + 60))
