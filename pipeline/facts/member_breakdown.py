"""A figure of members broken down into parts (`compte 26 membres : 21 membres insulaires et cinq
membres métropolitains, A, B, C, D et E`, `we bring together 18 member states, seventeen African
states and France`): the parts are no sizes of their own, and the bodies each part lists (or the
list the parts' conjunction adds) are members of the body the whole figure counts (helpers of
`memberships`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .document import FactDocument
from .lists import tokens as _tokens
from .model import Fact
from .refs import Ref, Sentence
from .refs import distinct as _distinct
from .relations import argument as _arg

_OPENING = (":", ",")  # the parts follow the whole figure after one of these
# what may follow a list the parts' conjunction adds: its clause ends (`dix-sept États africains et
# la France, de la Mauritanie à Madagascar`: an aside of the clause may follow the comma)
_CLOSING = ("", ".", ";", ")", ",")
_LEADING = re.compile(r"\d+")
_OWN_WORDS = 3  # a part's own words (`membres métropolitains`) before the list it names, at most
_PART_WORDS = 7  # words between two parts (the first one's own words, then a comma or conjunction), at most


def with_breakdowns(doc: FactDocument, sentence: Sentence, sizes: list[Ref],
                    read: Callable[[FactDocument, Sentence, list[Ref]], Iterator[Fact]]) -> Iterator[Fact]:
    """The facts `read` finds with the sizes, the parts of a whole figure left out of them, and
    the members the parts list added to the fact that has the whole figure as its size."""
    parts = breakdowns(doc, sentence, sizes, doc.actors(sentence)) if len(sizes) >= 2 else {}
    if not parts:
        yield from read(doc, sentence, sizes)
        return
    inner = {p.start for subs, _ in parts.values() for p in subs}
    for fact in read(doc, sentence, [s for s in sizes if s.start not in inner]):
        named = {a.norm for a in fact.arguments if a.role in ("body", "member")}
        listed = _distinct([m for a in fact.arguments if a.role == "size" and a.start in parts
                            for m in parts[a.start][1] if m.norm not in named])
        yield Fact(fact.type, (*fact.arguments, *[_arg("member", m) for m in listed]), fact.evidence, fact.source)


def breakdowns(doc: FactDocument, sentence: Sentence, sizes: list[Ref],
               actors: list[Ref]) -> dict[int, tuple[list[Ref], list[Ref]]]:
    """Where the whole figure starts → (its parts, the members they list), for each figure of
    members that parts of it follow (two parts at least, each smaller than the whole)."""
    found: dict[int, tuple[list[Ref], list[Ref]]] = {}
    figures = sorted(sizes)
    for whole in sizes:
        total = _value(whole)
        rest = doc.text[whole.end:sentence.end].lstrip()
        if total is None or rest[:1] not in _OPENING:
            continue
        parts, at = [], whole.end + len(doc.text[whole.end:sentence.end]) - len(rest) + 1
        for figure in (f for f in figures if f.start >= at and f in sizes):
            words = _tokens(doc.text[at:figure.start])
            if parts:  # `21 membres insulaires du Pacifique et cinq membres`: the part's own words, then
                # a comma or conjunction (and an article) before the next part
                joining = [w for w in words if w not in doc.words.words["article"]]
                if not joining or len(words) > _PART_WORDS or (
                        joining[-1] != "," and joining[-1] not in doc.words.conjunction_words):
                    break
            elif not all(w in doc.words.join_words for w in words):
                break
            value = _value(figure)
            if value is None or value >= total:
                break
            parts.append(figure)
            at = figure.end
        listed, added = _listed(doc, sentence, parts, actors) if parts else ([], 0)
        rest = total - sum(_value(p) or 0 for p in parts)
        if added and not 1 <= rest <= added:
            # `15 États membres : 8 francophones et 5 anglophones, et le Maroc`: the states the
            # conjunction adds do not make up what the parts leave of the whole (or the parts
            # make it alone), so the list is no part of it; more states than the rest may be an
            # aside of the last (`dix-sept États africains et la France, de la Mauritanie à …`)
            listed = listed[:len(listed) - added]
        if len(parts) >= 2 or (parts and listed):
            found[whole.start] = (parts, listed)
    return found


def _value(figure: Ref) -> int | None:
    number = _LEADING.match(figure.norm)
    return int(number.group()) if number else None


def _listed(doc: FactDocument, sentence: Sentence, parts: list[Ref],
            actors: list[Ref]) -> tuple[list[Ref], int]:
    """The bodies and states apposed to a part (`cinq membres métropolitains, A, B et C`), or
    joined to the parts by their conjunction (`dix-sept États africains et la France`), and how
    many of them (at the end) the conjunction adds: a list that must end its clause."""
    members: list[Ref] = []
    added = 0
    for i, part in enumerate(parts):
        group = next((g for g in doc.lists([a for a in actors if a.start >= part.end and a.label in ("COUNTRY", "ORG")])), [])
        if not group or any(part.end <= f.start < group[0].start for f in sentence.of("FIGURE")):
            continue
        gap = _tokens(doc.text[part.end:group[0].start])
        opening = (",", ":") if i < len(parts) - 1 else (",", ":", *doc.words.conjunction_words)
        # the part's own words first (`cinq membres métropolitains, A`, `dix-sept États africains et la France`)
        at = next((j for j, w in enumerate(gap) if w in opening), None)
        if at is None or at > _OWN_WORDS or not all(w in doc.words.join_words for w in gap[at:]):
            continue
        if i == len(parts) - 1 and any(w in doc.words.conjunction_words for w in gap[at:]):
            # added by the conjunction: only a list that ends its clause (`…, et le Maroc a posé`
            # or `…, ainsi que la France comme observateur` starts another statement), up to its
            # first name a clause mark follows (`et la France, de la Mauritanie à …`: an aside after)
            end = next((k for k, m in enumerate(group)
                        if doc.text[m.end:sentence.end].strip()[:1] in _CLOSING), None)
            if end is None:
                continue
            group = group[:end + 1]
            added = len(group)
        members += group
    return members, added
