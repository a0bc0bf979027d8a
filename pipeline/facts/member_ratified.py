"""The instrument a verb of ratification is about (`The Convention has been ratified by A and B`),
also where an aside between commas separates them (`La Convention X, ouverte à la signature le 16
mai 2005, a été ratifiée par A et B`): read by `memberships` (the ratifiers are its members) and by
`agreement_facts` (then they are no signatories of an agreement)."""

from __future__ import annotations

import re

from .document import FactDocument
from .lists import tokens as _tokens
from .member_subjects import noun_phrase
from .refs import Ref, Sentence

_GAP_WORDS = 3  # words between the instrument and the verb (`has been`, `a été`), at most

_AFTER_ASIDE = re.compile(r"\A\s*,[^,]*,")  # `, ouverte à la signature à Varsovie le 16 mai 2005,`


def instrument_before(doc: FactDocument, sentence: Sentence, offset: int) -> tuple[Ref | None, str]:
    """The mention right before a verb of ratification at `offset` and the text between them;
    where it is no instrument, the instrument an aside between commas separates from the verb
    (`La Convention X, ouverte à la signature à Varsovie le 16 mai 2005, a été ratifiée par …`),
    the aside naming no body or state, and the text between them without the aside."""
    body = next((r for r in reversed(sentence.mentions) if r.end <= offset), None)
    if body is not None and body.label != "INSTRUMENT":
        body = _before_aside(doc, sentence, offset)
    return body, (_AFTER_ASIDE.sub(" ", doc.text[body.end:offset], count=1) if body is not None else "")


def _before_aside(doc: FactDocument, sentence: Sentence, offset: int) -> Ref | None:
    comma = doc.text.rfind(",", sentence.start, offset)
    opening = doc.text.rfind(",", sentence.start, comma) if comma > 0 else -1
    body = next((r for r in reversed(sentence.mentions) if r.end <= opening), None) if opening > 0 else None
    if body is None or body.label != "INSTRUMENT" or doc.text[body.end:opening].strip(" )") or any(
            opening < r.start < comma and r.label in ("ORG", "COUNTRY", "INSTRUMENT") for r in sentence.mentions):
        return None
    return body


def ratified_instrument(doc: FactDocument, sentence: Sentence, offset: int) -> Ref | None:
    """The instrument the verb of ratification at `offset` is about: right before it (an aside
    between commas at most between), a few words of the verb's own between (`has been`), no noun
    phrase (`the Convention and its protocol, ratified by`: another thing ratified)."""
    body, gap = instrument_before(doc, sentence, offset)
    if body is None or body.label != "INSTRUMENT" or len(_tokens(gap)) > _GAP_WORDS or noun_phrase(doc, gap):
        return None
    return body
