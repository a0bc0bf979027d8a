"""The bodies an operation is shared between (`ALMA est un partenariat entre A, B et C`, `the
project is a partnership between A and B`, `el programa nació de una alianza entre A y B`, `el X,
un proyecto compartido entre España, México y los Estados Unidos`).

Where the operation (or, in a sentence of its run that does not name it, a word referring back to
it: `the project`) stands before a noun of a shared undertaking (class `shared_by`) in its clause,
a few words and no other body between (a copula, `est le fruit d'une`, `nació de una`, an
apposition's comma), and `between`/`entre` follows the noun (an adjective or two between:
`coopération internationale entre`), the list right after `between` shares the operation: its
bodies take part in it, its states too. A body that leads it stays its lead (`operations` keeps
no partner that leads).
"""

from __future__ import annotations

from .clauses import clause_start
from .lists import elided, tokens
from .document import FactDocument
from .refs import Ref, Sentence

_SUBJECT_WORDS = 6  # `Le JWST est le fruit d'une coopération`: words between the operation and the noun
_NOUN_WORDS = 3  # `une collaboration de longue date entre`: words between the noun and `entre`


def shared_by(doc: FactDocument, sentence: Sentence, norm: str, lo: int, hi: int) -> list[Ref]:
    """The bodies and states the operation `norm` is shared between, in the part [lo, hi) of a
    sentence of its run."""
    found: list[Ref] = []
    for cue in doc.find("shared_by", lo, hi):
        between = doc.find("between", cue.end(), hi)
        if not between or not _short(doc, cue.end(), between[0].start(), _NOUN_WORDS):
            continue
        if not _described(doc, sentence, norm, cue.start()):
            continue  # `the cooperation between A and B` says nothing of the operation
        actors = [a for a in doc.actors(sentence) if lo <= a.start < hi]
        after = [g for g in doc.lists(actors) if g[0].start >= between[0].end()]
        if after and doc.only_articles(between[0].end(), after[0][0].start):
            found.extend(a for a in after[0] if a.label in ("ORG", "PUBLISHER", "COUNTRY"))
    return found


def _described(doc: FactDocument, sentence: Sentence, norm: str, at: int) -> bool:
    """Whether the noun at `at` describes the operation: it, or a word referring back to it where
    the sentence does not name it, stands last before the noun in its clause, a few words and no
    body between."""
    start = clause_start(doc, sentence, at, colon=False)
    named = [m for m in sentence.of("OPERATION") if start <= m.start and m.end <= at]
    if named:
        subject_end = named[-1].end if named[-1].norm == norm else -1
    elif not any(m.norm == norm for m in sentence.of("OPERATION")):
        backs = doc.find("operation_backref", start, at)
        subject_end = backs[-1].end() if backs else -1
    else:
        return False  # the sentence names it elsewhere: the noun speaks of something else
    if subject_end < 0 or not _short(doc, subject_end, at, _SUBJECT_WORDS) or not _linking(doc, subject_end, at):
        return False
    return not any(subject_end <= a.start < at for a in doc.actors(sentence))


def _linking(doc: FactDocument, start: int, end: int) -> bool:
    """Whether only a copula or a word of origin (class `shared_link`: `est le fruit d'`, `nació
    de`, `is the result of`), articles, linkers and an apposition's comma stand in text[start:end]
    (not `The project will deepen cooperation between …`: another verb)."""
    allowed = doc.words.shared_link_words
    return all(t == "," or any(part in allowed for part in elided(t)) for t in tokens(doc.text[start:end]))


def _short(doc: FactDocument, start: int, end: int, words: int) -> bool:
    """Whether text[start:end] holds at most `words` words and no sentence sign but a comma."""
    gap = doc.text[start:end]
    return len(gap.split()) <= words and not any(c in gap for c in ".;:()")
