"""The bodies that made the operation itself lead it, where the wording ties the making to the
operation's own name, not to a thing it uses (`test_facts_op_creation`: `Operation X uses a
database developed by A` names no lead):

- a participle of making apposed to the operation, before its agent (`CORAL, the training
  exercise developed by A`, `el CORAL, desarrollado por A y B`, `le réseau CORAL, développé par A`);
- a list of bodies right before a verb of founding whose object is the operation (`A and B set up
  the CORAL project`).
"""

from __future__ import annotations

from .clauses import clause_start
from .document import FactDocument
from .lists import PARENTHESES
from .refs import Ref, Sentence

_APPOSED_WORDS = 5  # `, the practical incident-response exercise developed by`: words of the apposition, at most
_HEAD_WORDS = 1  # `the CORAL network, developed by`: the operation's head noun before the comma
_OBJECT_WORDS = 2  # `set up the first CORAL project`: words between the verb and the operation, at most
_AGENT_MARKER_GAP = 4  # ` by `: characters at most from the participle to the agent marker
_AGENT_WORDS = 1  # `developed by the A`, `developed by Japan's A`: words between the marker and the body


def creators(doc: FactDocument, sentence: Sentence, norm: str, actors: list[Ref]) -> list[Ref]:
    """The bodies that made the operation, by an apposed participle or a verb of founding."""
    makers, founding = doc.find("made_by", sentence.start, sentence.end), doc.find("founding", sentence.start, sentence.end)
    if not makers and not founding:  # most sentences: no cue, nothing more to read
        return []
    ops = [op for op in sentence.of("OPERATION") if op.norm == norm]
    if not ops:
        return []
    return _apposed_makers(doc, makers, sentence, ops, actors) + _founders(doc, founding, sentence, ops, actors)


def _apposed_makers(doc: FactDocument, cues: list, sentence: Sentence, ops: list[Ref], actors: list[Ref]) -> list[Ref]:
    """`X (…), the exercise developed by A`, `X, desarrollado por A y B`: the participle stands in
    an apposition to the operation (a comma, an article and a few words; no verb of another
    clause: `X uses a tool developed by A` has no comma), its agent marker right after it."""
    found: list[Ref] = []
    for cue in cues:
        op = next((o for o in reversed(ops) if o.end <= cue.start()), None)
        if op is None or not _apposition(doc, doc.text[op.end:cue.start()]):
            continue
        marker = doc.find("agent", cue.end(), min(sentence.end, cue.end() + _AGENT_MARKER_GAP))
        if not marker or doc.text[cue.end():marker[0].start()].strip():
            continue
        group = next((g for g in doc.lists(actors) if g[0].start >= marker[0].end()), None)
        if group and len(doc.text[marker[0].end():group[0].start].split()) <= _AGENT_WORDS:
            found.extend(group)
    return found


def _apposition(doc: FactDocument, gap: str) -> bool:
    """Whether the text between an operation and a participle is its apposition: its head noun at
    most, a comma, then nothing or an article and a few words without another comma."""
    gap = PARENTHESES.sub(" ", gap)
    head, comma, rest = gap.partition(",")
    if not comma or len(head.split()) > _HEAD_WORDS or "," in rest:
        return False
    words = rest.split()
    return not words or (words[0].casefold() in doc.words.words["article"] and len(words) <= _APPOSED_WORDS)


def _founders(doc: FactDocument, cues: list, sentence: Sentence, ops: list[Ref], actors: list[Ref]) -> list[Ref]:
    """`A and B set up the X project`: the list right before a verb of founding (no auxiliary
    between: `X was set up by`, the agent, is `lead_by`'s), the operation its object a word or two
    after it."""
    found: list[Ref] = []
    for cue in cues:
        op = next((o for o in ops if o.start >= cue.end()), None)
        if op is None or len(doc.text[cue.end():op.start].split()) > _OBJECT_WORDS \
                or any(c in doc.text[cue.end():op.start] for c in ",;:("):
            continue
        start = clause_start(doc, sentence, cue.start(), colon=False)
        before = [g for g in doc.lists(actors) if g[0].start >= start and g[-1].end <= cue.start()]
        if before and not doc.text[before[-1][-1].end:cue.start()].strip():
            found.extend(before[-1])
    return found
