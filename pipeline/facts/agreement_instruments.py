"""The instruments of an agreement `agreement_facts.agreements` reads: those of its clause, less one it
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
from .lists import tokens
from .refs import Ref, Sentence, distinct

_REPLACED = 30  # characters: a word of replacing ends this close before the instrument it names


def agreement_instruments(doc: FactDocument, sentence: Sentence, roles: list[Argument], cues) -> list[Ref]:
    start, cut = semicolon_before(doc, sentence, roles, cues), semicolon_after(doc, sentence, roles, cues)
    named = [r for r in distinct(sentence.of("INSTRUMENT")) if start <= r.start < cut]
    found = [r for r in named if not _replaced(doc, sentence, r)]
    if found or (doc.has("replaced_word", sentence.start, sentence.end) and len(found) == len(named)):
        return found  # `L'accord signé par A et B en 2011 le remplace`: the one before is the one replaced
    opening = _opening(doc, sentence)
    if opening is not None and sentence.index:
        before = distinct(doc.sentences[sentence.index - 1].of("INSTRUMENT"))
        # the one instrument named before, of the kind a noun naming it back says (`L'accord`
        # names no `Protocole`); a participle says none (`Signé … par A et B, il …`)
        return before if len(before) == 1 and _same_kind(doc, opening, before[0]) else []
    noun = _indefinite_noun(doc, sentence, cues[0]) if cues else None
    if noun is not None and sentence.index + 1 < len(doc.sentences):
        after = doc.sentences[sentence.index + 1]
        first = next(iter(after.mentions), None)
        if first is not None and first.label == "INSTRUMENT" and doc.only_articles(after.start, first.start) \
                and _names_kind(doc, first, noun):
            return [first]  # `a treaty signed …` / `The Treaty on …`
    return []


def _replaced(doc: FactDocument, sentence: Sentence, instrument: Ref) -> bool:
    """Whether a word of replacing stands right before the instrument, articles between at most."""
    return any(doc.only_articles(m.end(), instrument.start)
               for m in doc.find("replaced_word", max(sentence.start, instrument.start - _REPLACED), instrument.start))


def _opening(doc: FactDocument, sentence: Sentence) -> tuple[str, str] | None:
    """(class, words) where the sentence opens on a cue of agreement (`Signé`, `Signed`) or a word
    naming the agreement back (`The agreement`, `Le protocole`), else None."""
    for name in ("agreement_cue", "agreement_backref"):
        cue = doc.opening_cue(sentence, name)
        if cue is not None:
            return name, doc.text[cue.start():cue.end()]
    return None


def _same_kind(doc: FactDocument, opening: tuple[str, str], instrument: Ref) -> bool:
    """Whether the words a sentence opens on may name the instrument: a participle of signature
    names any (`Signé … par A et B, il …`), as does a noun for a document at large (`the text`, `el
    documento`: no word of agreement); a word of agreement names one whose name holds it (`Le
    protocole` names `le Protocole de Lima`, not `le Traité X`)."""
    name, words = opening
    noun = _noun(doc, words)
    if name == "agreement_cue" and noun not in _kind_nouns(doc):
        return True  # a participle or a verb of signature opens it
    return _names_kind(doc, instrument, noun, any_document=True)


def _kind_nouns(doc: FactDocument) -> set[str]:
    """The nouns for a kind of instrument that the words naming an agreement back hold (`the
    agreement`, `le protocole`, `el memorando`)."""
    return {_noun(doc, phrase) for phrase in doc.words.words["agreement_backref"]}


def _noun(doc: FactDocument, words: str) -> str:
    """The last word of a phrase that is no article (`the agreement` → `agreement`)."""
    kept = [_bare(w) for w in tokens(words) if w not in doc.words.words["article"]
            and w not in doc.words.words["apposition_article"]]
    return kept[-1] if kept else ""


def _bare(word: str) -> str:
    """A word without the article elided before it (`l'accord` → `accord`)."""
    return word.split("'", 1)[1] if "'" in word[:3] and not word.endswith("'") else word


def _names_kind(doc: FactDocument, instrument: Ref, noun: str, any_document: bool = False) -> bool:
    """Whether the instrument's name holds `noun` (`The Treaty on …`, `the Andean Fisheries Treaty`,
    `le Traité andin`: its head, first or last as the language puts it), or, with `any_document`,
    `noun` is no word of agreement (`the document` may name any)."""
    if any_document and noun not in _kind_nouns(doc) and noun not in doc.words.words["agreement_cue"]:
        return True
    return bool(noun) and noun in {_bare(w) for w in tokens(doc.text[instrument.start:instrument.end])}


def _indefinite_noun(doc: FactDocument, sentence: Sentence, cue) -> str | None:
    """The indefinite article and the noun before the cue, or the article before the cue itself
    (`a treaty signed`, `un accord signé`, `un acuerdo`), else None."""
    words = doc.text[max(sentence.start, cue.start() - 30):cue.start()].split()[-2:]
    indefinite = doc.words.words["apposition_article"]
    if words and words[-1].lower() in indefinite:
        return _noun(doc, doc.text[cue.start():cue.end()])
    if len(words) == 2 and words[0].lower() in indefinite:
        return _noun(doc, words[1])
    return None
