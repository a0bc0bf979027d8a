"""Which operation a word naming one back by its kind speaks of (`the project`, `le programme`,
`el programa`: class `operation_backref`, its last word the kind).

`operations.runs` gives a sentence that names no operation to the run of the operations named last.
Where those are not of the kind the word names and the operation the title names is (`Rail X:
…`, `X is the largest infrastructure project …`, `… part of the Y network`, `The three states
coordinate the project through …`: X, not Y; `El Programa X …`, `El Premio X reconoce …`, `el
programa organiza cursos …`: X, not the prize), the sentence speaks of the title's operation. An
operation is of a kind where the kind's word is in its name (`Programa Ibermuseos`) or stands a
few words from it in a sentence naming it (`le programme X`, `the X project`, `X est un
programme`). Not a kind word a relative or a complement follows (`the project that WHO runs`).
"""

from __future__ import annotations

from .document import FactDocument
from .refs import Sentence

_KIND_WORDS = 5  # `Rail X is the largest infrastructure project`: words from the name to its kind
_SIGNS = ".,;:()«»\"“”'’"


def names_one(doc: FactDocument, end: int) -> bool:
    """Whether a name opens right after a word for an operation (`the project Blue Coast`, `la
    campaña #MiPatrimonio`, `l'opération « Trident »`): the word introduces it, it refers back to none."""
    first = doc.text[end:end + 2].strip()[:1]
    return first.isupper() or first in ("#", "«", '"', "“")


def complement_follows(doc: FactDocument, end: int, classes: tuple[str, ...], *, past_year: bool = False) -> bool:
    """Whether the word after `end` is of one of the word `classes` (a linker: `de`, `of`, an elided
    `d'` opening the next word; a relative), past a year where `past_year` (`l'édition 2019 de …`):
    a complement or a relative that makes the word before it another undertaking's."""
    words = doc.text[end:end + 40].replace("’", "'").casefold().split()
    while past_year and words and words[0].strip(",").isdigit():
        words = words[1:]
    if not words:
        return False
    known = set().union(*(doc.words.words[name] for name in classes))
    return words[0] in known or any(w.endswith("'") and words[0].startswith(w) for w in known)


def _word(token: str) -> str:
    """A word as kinds are compared: case folded, an elision dropped (`l'opération`)."""
    return token.casefold().replace("’", "'").rsplit("'", 1)[-1].strip(_SIGNS)


class Kinds:
    """The words standing near each operation's names in a document, read once where asked."""

    def __init__(self, doc: FactDocument) -> None:
        self.doc = doc
        self._near: dict[str, set[str]] | None = None

    def _words(self) -> dict[str, set[str]]:
        if self._near is None:
            text, self._near = self.doc.text, {}
            for sentence in self.doc.sentences:
                for m in sentence.of("OPERATION"):
                    near = text[m.start:m.end].split() + text[sentence.start:m.start].split()[-_KIND_WORDS:]
                    near += text[m.end:sentence.end].split()[:_KIND_WORDS]
                    self._near.setdefault(m.norm, set()).update(_word(w) for w in near)
        return self._near

    def qualified(self, end: int) -> bool:
        """Whether a relative or a complement follows the kind word (`the project that WHO runs`,
        `el proyecto que …`, `le programme de l'OMS`): it names another undertaking, not one back."""
        return complement_follows(self.doc, end, ("relative", "complementiser", "linker"))

    def speaks_of(self, sentence: Sentence, about: str, current: list[str]) -> bool:
        """Whether a sentence names back, by its kind, the operation `about` rather than the
        `current` ones: a kind word of the sentence that `about` has and none of them has."""
        kinds = {_word(self.doc.text[cue.start():cue.end()].split()[-1])
                 for cue in self.doc.find("operation_backref", sentence.start, sentence.end)
                 if not names_one(self.doc, cue.end()) and not self.qualified(cue.end())}
        if not kinds:
            return False
        near = self._words()
        return any(k in near.get(about, ()) and not any(k in near.get(c, ()) for c in current) for k in kinds)
