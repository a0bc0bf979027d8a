"""How far back a sentence that names a fact back (`La coopération …`, `These efforts …`) reaches.

A generic back-reference (`La cooperación en la frontera se apoya en el Convenio …`, `Ces efforts
s'inscrivent dans …`) speaks of the fact of its own passage: the paragraph it stands in or the
paragraph just before (headings between do not count). Several paragraphs further on, the text has
moved to other bodies, and the framework or partner it names is theirs, not that fact's. A
back-reference that names the fact itself (`La coopération FRANZ …`: a mention right after the
words for the fact) still reaches as far as the document's other limit allows.
"""

from __future__ import annotations

from .document import FactDocument
from .model import Fact
from .refs import Sentence

_BETWEEN = 0  # paragraphs (headings not counted) between a generic back-reference and its fact, at most


def named_in_opening(doc: FactDocument, sentence: Sentence, cue_end: int | None) -> bool:
    """Whether a mention follows the words for the fact at once (`La coopération FRANZ`)."""
    if cue_end is None:
        return False
    return any(m.start >= cue_end and doc.only_articles(cue_end, m.start) for m in sentence.mentions)


def out_of_reach(doc: FactDocument, sentence: Sentence, fact: Fact) -> bool:
    """Whether more than `_BETWEEN` paragraphs that are no headings stand between the fact's
    sentence and `sentence` (the paragraph of the fact and the sentence's own not counted).
    A linear look-up: it runs once a back-referring sentence, not once a sentence."""
    first = next((s for s in doc.sentences[:sentence.index] if s.start <= fact.evidence[0] < s.end), None)
    if first is None:
        return False
    between = {s.block for s in doc.sentences[first.index + 1:sentence.index]
               if not s.heading and s.block not in (first.block, sentence.block)}
    return len(between) > _BETWEEN
