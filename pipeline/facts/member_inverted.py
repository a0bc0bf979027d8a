"""Members named after the verb of a relative clause (`…, dont font partie A et B`).

French and Spanish put the subject after the verb in a relative clause: `le Groupe X, dont font
partie la Police fédérale et la Douane`, `el Tratado X, del que son Estados parte A, B y C`,
`la Red X, de la que forman parte A y B`. The verb stands right after the relative pronoun, and the
states or bodies right after the verb are members of the body the pronoun stands for. Only after a
pronoun that is never the subject of its clause (class `oblique_relative`): in `IOM, which joined
the UN system` the body after the verb is its object. The words are data: the relative pronouns
of `joined_relative` and `member_relative`, the verbs of
`joined_it` and `member_which` (the same words as in the usual order, `dont A et B sont membres`,
read by `member_nouns.joined_which`). A sentence may put the body first after a preposition of place
and the verb of taking part right after it, the subject last (`En la Red X participan A y B`, `Au
Réseau X participent A et B`): those are members too (`fronted_members`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .clauses import clause_start
from .document import FactDocument
from .lists import PARENTHESES, tokens as _tokens
from .refs import Ref, Sentence

_MEMBER_LABELS = ("COUNTRY", "ORG")
_BODY_LABELS = ("ORG", "INSTRUMENT")


def inverted_members(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """(body, members) for each relative clause whose verb comes right after its pronoun and
    whose subject, a list right after the verb (articles at most between), follows it; then those
    of a sentence opening on its body (`fronted_members`)."""
    for cue_class, relative_class in (("joined_it", "joined_relative"), ("member_which", "member_relative")):
        for cue in doc.find(cue_class, sentence.start, sentence.end):
            # a pronoun that is never the subject (`auquel`, `del que`), not `which` in `IOM, which
            # joined the UN system`, where the body after the verb is its object
            relative = next((r for r in doc.words.find(relative_class, doc.text, sentence.start, cue.start())
                             if not doc.text[r.end():cue.start()].strip()
                             and doc.words.patterns["oblique_relative"].fullmatch(doc.text, r.start(), r.end())), None)
            if relative is None:
                continue
            lists = doc.lists([a for a in actors if a.start >= cue.end() and a.label in _MEMBER_LABELS])
            if not lists or not doc.only_articles(cue.end(), lists[0][0].start):
                continue
            body = _body_before(doc, sentence, relative.start())
            # not the last of a list (`una alianza entre A y B, a la que se sumaron C y D`): the
            # pronoun may stand for what the list belongs to, not for its last body
            if body is not None and not any(len(g) > 1 and body in g for g in doc.lists(actors)):
                yield body, [m for m in lists[0] if m.norm != body.norm]
    yield from fronted_members(doc, sentence, actors)


_PARENTHESIS_AT = re.compile(rf"\s*{PARENTHESES.pattern}\s*,?\s*")  # `la Red X (RX) participan`: its acronym
_INCISE = 30  # characters of an incise between the verb and its subject (`, entre otras,`), at most


def fronted_members(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`En la RMAX participan el Instituto A y el Ministerio B`, `Au Réseau X participent A et B`: a
    sentence opening on a preposition of place and a body, then a verb of membership (class
    `member_which`), then the list of its subject (an incise between commas that names no one
    may stand before it: `participan, entre otras, A, B`)."""
    body = next((m for m in sentence.mentions), None)
    if body is None or body.label not in _BODY_LABELS:
        return
    head = [t for t in _tokens(doc.text[sentence.start:body.start]) if t not in doc.words.words["article"]]
    if len(head) != 1 or head[0] not in doc.words.words["place_preposition"]:
        return
    rest = doc.text[body.end:sentence.end]
    at = body.end + len(rest) - len(rest.lstrip(" ,"))
    acronym = _PARENTHESIS_AT.match(doc.text, at)
    at = acronym.end() if acronym is not None else at
    cue = next(iter(doc.find("member_which", at, sentence.end)), None)
    if cue is None or doc.text[at:cue.start()].strip(" ,"):
        return
    lists = doc.lists([a for a in actors if a.start >= cue.end() and a.label in _MEMBER_LABELS])
    if not lists:
        return
    gap = doc.text[cue.end():lists[0][0].start]
    marks = [t for t in _tokens(gap) if t not in doc.words.words["article"]]
    if marks and not (len(gap) <= _INCISE and marks[0] == "," and marks[-1] == ","
                      and not any(cue.end() <= m.start < lists[0][0].start for m in sentence.mentions)):
        return
    yield body, [m for m in lists[0] if m.norm != body.norm]


def _body_before(doc: FactDocument, sentence: Sentence, at: int) -> Ref | None:
    """The body the relative pronoun at `at` stands for: the last body of its clause before the
    comma that opens the relative clause whose name a comma follows (its acronym in parentheses
    may stand between: `le Groupe X (GX), en place depuis 2015, auquel …`)."""
    before = doc.text[sentence.start:at].rstrip()
    if not before.endswith(","):
        return None
    comma_at = sentence.start + len(before) - 1
    start = clause_start(doc, sentence, comma_at)
    bodies = [r for r in sentence.of(*_BODY_LABELS) if start <= r.start and r.end <= comma_at
              and not doc.text[r.end:doc.text.find(",", r.end, comma_at + 1)].strip(" )")]
    return bodies[-1] if bodies else None
