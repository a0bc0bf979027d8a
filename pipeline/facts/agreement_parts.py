"""Parts of an agreement that `agreement_facts.agreements` reads: the partners a `with` list names, a
cue that is only a word of an instrument's name under a framework cue, where the agreement's clause
ends, where an opening participle of founding ends (the body it founded is no side), and the undated
agreements a heading announces (a pass over a document's facts)."""

from __future__ import annotations

from .clauses import next_comma
from .document import FactDocument
from .model import Argument, Fact
from .refs import Ref, Sentence

_SIDE_MARKS = ("between", "with", "agent")  # the words that name an agreement's sides after its cue
_FRAMED = 40  # characters: a framework cue ends this close before the instrument it introduces


def semicolon_after(doc: FactDocument, sentence: Sentence, roles: list[Argument], cues) -> int:
    """Where the agreement's clause ends: the first semicolon past its sides and first cue (`L'Accord
    X, signé en 1976 par A, B et C, … ; son plan d'intervention, le Y, …`: Y is another text)."""
    last = max([a.end for a in roles if a.start >= 0] + [c.end() for c in cues[:1]] + [sentence.start])
    return next((b for b, _, mark in doc.clause_breaks(sentence) if b >= last and mark.strip() == ";"), sentence.end)


def semicolon_before(doc: FactDocument, sentence: Sentence, roles: list[Argument], cues) -> int:
    """Where the agreement's clause starts: after the last semicolon before its sides and first cue
    (`Since A left B on 31 January 2020, C could no longer rely on the X; it is now governed by the
    Y concluded between A and B in December 2020`: neither the date nor X is the agreement's)."""
    first = min([a.start for a in roles if a.start >= 0] + [c.start() for c in cues[:1]] + [sentence.end])
    return max((e for b, e, mark in doc.clause_breaks(sentence) if b < first and mark.strip() == ";"),
               default=sentence.start)


def announced(doc: FactDocument, facts: list[Fact]) -> list[Fact]:
    """The facts less the undated agreements of a heading that the sentence after it states again
    with a date (`The trilateral agreement with A and B` / `In February 2020, X, A and B signed …`):
    the heading announces that agreement; its instruments go to it."""
    by_start = {f.evidence[0]: f for f in facts if f.type == "AGREEMENT"}
    kept, dropped = list(facts), set()
    for sentence in doc.sentences[:-1]:
        head = by_start.get(sentence.start)
        after = by_start.get(doc.sentences[sentence.index + 1].start)
        if (not sentence.heading or head is None or after is None or head.values("date") or not after.values("date")
                or not fact_sides(head) <= fact_sides(after)):
            continue
        extra = tuple(a for a in head.arguments if a.role == "instrument" and a.norm not in after.values("instrument"))
        kept[kept.index(after)] = Fact(after.type, after.arguments + extra, after.evidence, after.source)
        dropped.add(id(head))
    return [f for f in kept if id(f) not in dropped]


def fact_sides(fact: Fact) -> set[str]:
    """The norms of a partnership's or an agreement's sides (its parties and partners)."""
    return set(fact.values("party")) | set(fact.values("partner"))


def named_under(doc: FactDocument, sentence: Sentence, cue) -> bool:
    """Whether the cue is only a word of the name of an instrument a framework cue introduces
    (`patrol under their Trilateral Cooperative Arrangement`, `dans le cadre de l'Accord X`, `en el
    marco del Convenio X`): the sentence speaks of work under it, not of its conclusion; not where
    it names sides `between` which it stands (`under the Agreement between A and B`)."""
    inside = next((m for m in sentence.mentions if m.label == "INSTRUMENT" and m.start < cue.end() <= m.end), None)
    if inside is None or doc.has("between", sentence.start, sentence.end):
        return False
    start = min(inside.start, cue.start())  # `l'Accord X`: the cue takes in the article
    return any(doc.only_articles(c.end(), start) for c in doc.find("framework_cue", max(sentence.start, start - _FRAMED), start))


def named_only(doc: FactDocument, sentence: Sentence, cue) -> bool:
    """Whether the cue is only a word of the name of an instrument the sentence refers to (`Gracias
    al Convenio, ambas instituciones pueden …`, `son parte del Convenio A, B y C`, `suit l'application
    de l'Accord multilatéral`): naming an instrument states no conclusion of it; not where sides
    stand after it `between`/`with`/`by` (`the Agreement between A and B`, `el Acuerdo X, firmado
    por A y B` has its own cue)."""
    inside = any(m.label == "INSTRUMENT" and m.start < cue.end() <= m.end for m in sentence.mentions)
    return inside and not doc.has_any(_SIDE_MARKS, cue.start(), sentence.end)


def with_list(doc: FactDocument, sentence: Sentence, actors: list[Ref], others) -> list[Ref]:
    """The partners after `with`: up to the first clause break after the first of them, unless
    the list that opens on it goes on past the break (`with A, B, and C`); not those of another
    noun's `with` past it (`un memorando con A, y un diálogo permanente con B`: A alone)."""
    cut = next((b for b, _, mark in doc.clause_breaks(sentence) if b >= others[0].end and mark.strip() != ":"), None)
    if cut is None:
        return list(others)
    listed = next((g for g in doc.lists(actors) if g[0] == others[0]), [])
    return [r for r in others if r.start < cut or r in listed]


def founded_phrase_end(doc: FactDocument, sentence: Sentence) -> int | None:
    """Where a sentence's opening participle of a body's founding ends, before the body it founded
    (`Créée par un protocole signé en 1987 par …, l'Organisation X a son siège …`, `Creada … con la
    firma del Acuerdo de Cartagena, la CAN …`, `Established by a treaty signed in 1991 by A and B,
    the X …`): at the first comma an article at most and a body follow, the comma no joint of a
    list of signatories (`signé par le Kenya, l'Ouganda et la Tanzanie, l'Agence …`); else None."""
    if doc.opening_cue(sentence, "founded_by") is None:
        return None
    actors = doc.actors(sentence)
    # a comma whose next body is followed by more of its list joins the list (`A, B et C, l'Agence`)
    inner = {r for group in doc.lists(actors) for r in group[:-1]}
    b = next_comma(doc, sentence, sentence.start)
    while b != -1:
        body = next((r for r in actors if r.start > b), None)
        joint = body in inner
        if body is not None and body.label in ("ORG", "COUNTRY") and not joint and doc.only_articles(b + 1, body.start):
            return b
        b = next_comma(doc, sentence, b + 1)
    return None
