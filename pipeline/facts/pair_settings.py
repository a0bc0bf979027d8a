"""The body a cooperation takes place within, which is no partner of those cooperating there:
`A and B have cooperated for years within the X`, `nos membres coopèrent au sein de la X`, `A y B
se coordinan en el seno del X` (class `within`). FACTS.md makes the bodies working within a network
its members and keeps their partnership with each other; the body itself is the setting, no party
to it, so the pairs of it and the bodies named before it are no partnership (read by `decide`).

Not where the phrase of `within` is an apposition of its own after a comma with no cue of
cooperation in it (`nous saluons le travail accompli avec les laboratoires …, réunis au sein du
X`: the body stands for the unnamed bodies it gathers, the publisher's partners), nor where more
than an article stands between the words of `within` and the body (`within the framework of X`)."""

from __future__ import annotations

from .document import FactDocument
from .refs import Ref, Sentence

_CUES = ("partnership_cue", "with")  # what makes the words before `within` a clause of cooperation


def settings(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> set[frozenset[str]]:
    """Pairs of a body right after a word of `within` and each body named before that word in the
    sentence (or after the body, where the phrase opens the sentence: `Within the X, A works with
    B`), where a cue of cooperation stands between the last comma and the word."""
    if not doc.has("within", sentence.start, sentence.end):
        return set()  # (most sentences: no search)
    allowed = doc.words.article_or_nothing
    found = set()
    for cue in doc.find("within", sentence.start, sentence.end):
        body = next((a for a in actors if a.start >= cue.end() and a.end > a.start), None)
        if body is None or doc.text[cue.end():body.start].strip().casefold() not in allowed:
            continue
        comma = doc.text.rfind(",", sentence.start, cue.start())
        lo = max(comma, sentence.start)
        if comma >= 0 and not any(doc.has(name, lo, cue.start()) for name in _CUES):
            continue  # `…, réunis au sein du X`: an apposition naming who the body gathers
        # `Within the X, A works with B`: fronted, the setting holds the bodies after it too
        fronted = not doc.text[sentence.start:cue.start()].strip(" \t–—-")
        found |= {frozenset((a.norm, body.norm)) for a in actors
                  if (a.start < cue.start() or (fronted and a.start >= body.end)) and a.norm != body.norm}
    return found
