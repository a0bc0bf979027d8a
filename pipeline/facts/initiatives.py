"""Bodies named together as those on whose initiative a thing was done (`fondé en 1993 à
l'initiative de A et de B`, `founded on the initiative of A and B`, `se fundó por iniciativa de A, B
y C`): the text says they acted together, a joint act (FACTS.md), every two of them a pair, named
alike. The phrases are data (class `initiative_of`); the bodies are the list right after the phrase,
articles at most between, two or more (`à l'initiative de la France` alone names no pair), none
where the sentence says `respectively` (each acted on its own). The
document's one scan of cue words finds the phrases, so a text without them costs nothing more.
Read by `relations._joint_fact` beside the founders and joint doers.
"""

from __future__ import annotations

from .document import FactDocument
from .lists import tokens
from .refs import Ref, Sentence, distinct
from .support_openings import split_supporters


def initiative_bodies(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> list[Ref]:
    """The bodies on whose joint initiative the sentence says a thing was done, or []."""
    if not doc.scanned("initiative_of") or doc.has("distributive", sentence.start, sentence.end):
        return []  # `on the initiative of A and B respectively`: each acted for its own thing, no joint act
    # the states and bodies the sentence names, not only its actors: `the initiative of Austria` reads
    # to them as a thing of Austria's, a state that only qualifies a noun
    for cue in doc.find("initiative_of", sentence.start, sentence.end):
        named = sorted({*actors, *_opening_items(doc, sentence, cue.end())})
        groups = [g for g in doc.lists(named) if g[0].start >= cue.end()]
        if not groups or not doc.only_articles(cue.end(), groups[0][0].start):
            continue
        listed = list(groups[0])
        for group in groups[1:]:  # a body and its acronym may stand apart in the lists: `A de X (AB), C y D`
            if not doc.joins(_bare_gap(doc, sentence, listed[-1].end, group[0].start)):
                break
            listed += group
        listed = split_supporters(doc, listed)[0]  # `à l'initiative de la Suisse, le GICHD …`: the comma closes it
        if len(distinct(listed)) >= 2:
            return listed
    return []


def _bare_gap(doc: FactDocument, sentence: Sentence, start: int, end: int) -> str:
    """The text between two bodies less the names in it (a state qualifying the first: `de
    Mozambique`) and the brackets of an acronym (`(MISAU), el`)."""
    parts, at = [], start
    for m in sentence.mentions:
        if start <= m.start and m.end <= end:
            parts.append(doc.text[at:m.start])
            at = m.end
    parts.append(doc.text[at:end])
    return " ".join(parts).replace("(", " ").replace(")", " ")


def _opening_items(doc: FactDocument, sentence: Sentence, start: int) -> list[Ref]:
    """The states and bodies after `start` that open an item of a list (articles, conjunctions and
    commas at most before them), not those a linker ties to a name before (`Ministério da Saúde de
    Mozambique`: Mozambique qualifies the ministry)."""
    found, at = [], start
    joining = doc.words.words["article"] | doc.words.words["conjunction"]
    for m in sentence.mentions:
        if m.start < start:
            continue
        if m.label in ("ORG", "COUNTRY") and all(t in joining or t == "," for t in tokens(doc.text[at:m.start])):
            found.append(m)
        at = max(at, m.end)
    return found
