"""Members named after what states them: by a relative clause after the list (`signé par A, B et C, qui en
sont les trois États membres`, `founded by A, B and C, which are its members`, `firmada por A, B y
C, que son sus miembros`): the list right before the relative pronoun are members of the body the
possessive (or `en`) stands for, and a figure of them (in the clause, or heading the list:
`les trois États : A, B et C, qui en sont membres`) its size. Helpers of `memberships`."""

from __future__ import annotations

from collections.abc import Iterator

from .document import FactDocument
from .lists import tokens as _tokens
from .member_nouns import possessor
from .refs import Ref, Sentence

_NOUN_AFTER = 4  # words (article, figure, noun of states) between the cue and the member noun, at most
_HEAD_WORDS = 3  # words between a figure heading the list and its first body (`ocho Estados árticos:`), at most
_ENDS = (",", ".", ";", ":", ")", "")


def members_they_are(doc: FactDocument, sentence: Sentence, actors: list[Ref],
                     sizes: list[Ref]) -> Iterator[tuple[Ref, list[Ref], list[Ref]]]:
    """(body, members, sizes) of each relative of membership (class `members_are_its`) that a
    list of bodies or states stands right before (a comma between them) and whose member noun
    ends the clause (no body after it: `which are members of the EU` names its own body)."""
    for cue in doc.find("members_are_its", sentence.start, sentence.end):
        listed = [g for g in doc.lists([a for a in actors if a.label in ("COUNTRY", "ORG") and a.end <= cue.start()])]
        members = list(listed[-1]) if listed else []
        if len(members) < 2 or doc.text[members[-1].end:cue.start()].strip() != ",":
            continue
        noun = doc.words.patterns["member_noun"].search(doc.text, cue.end(), sentence.end)
        if noun is None or len(_tokens(doc.text[cue.end():noun.start()])) > _NOUN_AFTER or any(
                cue.end() <= m.start < noun.start() for m in sentence.mentions if m.label != "FIGURE"):
            continue
        if doc.text[noun.end():sentence.end].lstrip()[:1] not in _ENDS:
            continue  # `qui en sont les membres fondateurs avec X`: the clause goes on
        body = possessor(doc, sentence, members[0].start)
        if body is None or body.norm in {m.norm for m in members}:
            continue
        sized = [f for f in sizes if cue.end() <= f.start < noun.end()] or [
            f for f in sizes if f.end <= members[0].start and len(_tokens(doc.text[f.end:members[0].start])) <= _HEAD_WORDS
            and not any(f.end <= m.start < members[0].start for m in sentence.mentions)]
        yield body, members, sized[:1]
