"""The instruments of an agreement `relations.agreements` reads: those of its clause, less one it
replaces, else the one the sentence before or after names where the sentence points to it.

A sentence of signature names its instrument between the clause breaks around its sides
(`agreement_parts.semicolon_before`/`semicolon_after`), not after a word of replacing
(`replaced_word`: `il remplace le Traité X`, `supersedes`, `sustituye al`): that one is the text
the signed one replaced. A sentence that opens on the participle of signature or on a word naming
the agreement back (`Signé … par A et B, il …`, `The agreement was signed by …`) signs the one
instrument the sentence before named; one that signs an instrument under an indefinite article
(`rests on a treaty signed … by A and B.`) signs the one the next sentence opens on (`The Treaty
on …`).
"""

from __future__ import annotations

from .agreement_parts import semicolon_after, semicolon_before
from .document import FactDocument
from .model import Argument
from .refs import Ref, Sentence, distinct

_REPLACED = 30  # characters: a word of replacing ends this close before the instrument it names


def agreement_instruments(doc: FactDocument, sentence: Sentence, roles: list[Argument], cues) -> list[Ref]:
    start, cut = semicolon_before(doc, sentence, roles, cues), semicolon_after(doc, sentence, roles, cues)
    found = [r for r in distinct(sentence.of("INSTRUMENT"))
             if start <= r.start < cut and not _replaced(doc, sentence, r)]
    if not found and sentence.index and _opens_on_signature(doc, sentence):
        before = distinct(doc.sentences[sentence.index - 1].of("INSTRUMENT"))
        found = before if len(before) == 1 else []
    if not found and cues and sentence.index + 1 < len(doc.sentences) and _indefinite(doc, sentence, cues[0]):
        after = doc.sentences[sentence.index + 1]
        first = next(iter(after.mentions), None)
        found = [first] if first is not None and first.label == "INSTRUMENT" and doc.only_articles(
            after.start, first.start) else []
    return found


def _replaced(doc: FactDocument, sentence: Sentence, instrument: Ref) -> bool:
    """Whether a word of replacing stands right before the instrument, articles between at most."""
    return any(doc.only_articles(m.end(), instrument.start)
               for m in doc.find("replaced_word", max(sentence.start, instrument.start - _REPLACED), instrument.start))


def _opens_on_signature(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether the sentence opens on a cue of agreement or a word naming the agreement back."""
    for name in ("agreement_cue", "agreement_backref"):
        found = doc.find(name, sentence.start, sentence.end)
        if found and not doc.text[sentence.start:found[0].start()].strip():
            return True
    return False


def _indefinite(doc: FactDocument, sentence: Sentence, cue) -> bool:
    """Whether an indefinite article stands before the cue, or before the one word before it
    (`a treaty signed`, `un accord signé`, `un acuerdo`)."""
    words = doc.text[max(sentence.start, cue.start() - 30):cue.start()].split()[-2:]
    indefinite = doc.words.words["apposition_article"]
    return bool(words) and (words[-1].lower() in indefinite or len(words) == 2 and words[0].lower() in indefinite)
