"""Bodies that each follow a `with` word of their own: partners of the body that works with them,
not of one another (FACTS.md, pairs: `X coordinates with A and with B` gives X–A and X–B, never
A–B), a guard of the pair candidates (`candidates._shape`, beside `_with_lists`, which does the
same for one list after one `with`).

Measured on fold A and the corpus with the gold mentions (docs/facts.md, "The learned part"): of
the partnership pairs the model kept wrongly there, the ones between two bodies each opened by its
own `with` (`Avec l'AFCN et avec l'IFSN, nous échangeons`, `coordina su labor con A y con B`).
"""

from __future__ import annotations

from .clauses import clause_start, in_relative
from .document import FactDocument
from .refs import Ref, Sentence

_WITH_REACH = 25  # characters between a `with` word and the body it opens (`avec l'`, `junto con la`)


def own_withs(doc: FactDocument, s: Sentence, actors: list[Ref]) -> set[tuple[str, str]]:
    """The pairs of bodies of a sentence that each follow a `with` word of their own, no other
    name between (`Avec A et avec B, nous …`, `La Misión coordina con A y con B`, `works with A and
    with B`), in one clause (not `works with A, which cooperates with B`). Not the first person (`han trabajado con nuestros ingenieros …, junto con la UNAM`:
    the publisher is the body the other works with)."""
    withs = doc.find("with", s.start, s.end)
    if len(withs) < 2:
        return set()
    starts = [m.start for m in s.mentions]

    def opened(r: Ref, after: int) -> bool:
        return any(after <= c.start() and 0 <= r.start - c.end() <= _WITH_REACH
                   and not any(c.end() <= x < r.start for x in starts) for c in withs)

    def one_clause(a: Ref, b: Ref) -> bool:
        # `works with A, which cooperates with B`: B is A's partner, in a clause of its own
        return clause_start(doc, s, a.start) == clause_start(doc, s, b.start) and not in_relative(doc, s, b.start)

    named = [r for r in actors if r.label != "PUBLISHER"]
    return {tuple(sorted((a.norm, b.norm))) for i, a in enumerate(named) for b in named[i + 1:]
            if a.norm != b.norm and opened(a, s.start) and opened(b, a.end) and one_clause(a, b)}
