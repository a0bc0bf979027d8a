"""Bodies that only describe the thing a cue's subject works on: the agents of a participle or the
subject of a relative clause after that thing (`Our work supports the 2050 Strategy, endorsed by
the Forum's leaders`, `The Centre builds on the team that A, B and C set up`, `appuie le plan que X a
rédigé`, `aux côtés d'équipes accréditées par le Groupe X`). They did something to the thing, not
with the subject: no pair of theirs with the subject (read by `decide`, for the model's pairs and
the rules' facts of support alike).

Only for the first list of bodies after the cue, where words of a thing stand between the cue and
the marker (a relative pronoun or `que`/`that`, or a participle and the agent's preposition:
`endorsed by`, `aprobado por`), an article at most after the marker. Not a cue ending on its agent
(`supported by A and by B`), nor a list after another body, a cue of its own (`projects funded by A`:
FACTS.md makes a funder the partner of the body whose work it funds), a word of inclusion (`dont A`,
`parmi lesquels A`: examples) or the first person (`the centre, which we run together`), nor where
the subject is named again after the list (`supports the initiative that A launched with the Board`).
Tried on the fifteen dev sets with gold mentions: six spurious pairs fewer, none lost."""

from __future__ import annotations

from .document import FactDocument
from .refs import Ref, Sentence
from .structure import cue_sides

_THING_WORDS = 1  # words of a thing between the cue and the marker, at least (`the team`: one noun)


def described(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> set[frozenset[str]]:
    """Pairs of a cue's subject and the bodies of the first list after the cue, where that list
    only describes the thing the cue bears on (see the module's text)."""
    found = set()
    for sides in cue_sides(doc, sentence, actors):
        if sides.alike or sides.bound or not sides.subject or not sides.others:
            continue
        first = min(sides.others, key=lambda r: r.start)
        if first.start < sides.end or any(sides.end <= a.start < first.start for a in actors if a.end > a.start):
            continue  # a body stands between the cue and the list: the list is no description of a thing
        if doc.words.words["agent"] & set(doc.text[sides.cue:sides.end].casefold().split()):
            continue  # `supported by many donors and by the EU`: the cue's own agents
        if first.label == "PUBLISHER" or any(doc.has(name, sides.end, first.start) for name in ("partnership_cue", "including")):
            continue  # `the centre, which we run together`; a cue's own list; `dont A`, `parmi lesquels A`: examples
        subject = {p.norm for p in sides.subject}
        if any(a.norm in subject for a in actors if a.start >= first.end):
            continue  # `supports the initiative that A launched with the Board`: the subject takes part in it
        if _marked(doc, doc.text[sides.end:first.start]):
            group = next((g for g in doc.lists(actors) if first in g), [first])
            found |= {frozenset((p.norm, q.norm)) for p in sides.subject for q in group if p.norm != q.norm}
    return found


def _marked(doc: FactDocument, gap: str) -> bool:
    """Whether the words between a cue and a body are a thing and a marker of its description
    (`the team that `, `the 2050 Strategy, endorsed by `, `los programas acordados por la `)."""
    words = gap.replace("’", "'").casefold().split()
    if words and words[-1] in doc.words.words["article"]:
        words = words[:-1]  # `endorsed by the Forum`, `que la Asamblea`
    if len(words) < 2 or words[0] in doc.words.words["agent"]:
        return False  # `supported by many donors and by the EU`: the cue's own agents
    last, before = words[-1].strip(","), words[:-1]
    if last in doc.words.words["relative"] or last in doc.words.words["complementiser"]:  # `le plan que`
        thing = before
    elif last in doc.words.words["agent"] and len(before) >= 2:
        if before[-1].endswith(",") and before[-2].endswith(","):
            before = before[:-1]  # `financiados, principalmente, por`: an adverb between commas
        participle = before[-1].strip(",")
        if participle in doc.words.conjunction_words or f"{participle} {last}" in doc.words.words["partnership_cue"]:
            return False  # `supported by A and by B`: the cue's agents; `funded by`: a cue of its own
        thing = before[:-1]  # the participle before `by` is no word of the thing
    else:
        return False
    thing = [w for w in thing if w.strip(",") not in doc.words.words["article"]]
    return len(thing) >= _THING_WORDS
