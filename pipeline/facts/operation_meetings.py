"""Places and dates of a meeting: a summit, conference or encounter held somewhere on some day
(`le Forum, tenu à Dakar en mai 2019`, `la Cumbre, celebrada en Lima en 2008`, `COP27, which
Egypt hosted in Sharm El-Sheikh in November 2022`) is not where or when an operation ran; nor
those of another thing's signature, adoption, accession or registration (class `other_event`:
`le Protocole, signé en 2001 par`, `el Acuerdo se firmó en París el 21 de noviembre de 2006`,
`a joint venture registered in Riga in October 2014`, `Colombia se adhirió en 1979`); nor the
places in the phrase of the meeting an act is set at (`at the eighth meeting of the parties to
the Convention in Curitiba, Brazil, the leaders launched X`, `lancée lors de la conférence de
Paris sur le climat`)."""

from __future__ import annotations

import re

from .clauses import clause_start
from .lists import tokens as _tokens
from .document import FactDocument
from .refs import Ref, Sentence

_REACH = 90  # how far before a place or date its meeting participle may stand
_PLACED = ("LOCATION", "COUNTRY", "DATE")  # what may stand between the participle and the value
_ACTING = ("ORG", "OPERATION", "PERSON")  # who or what acts: a meeting's phrase names none of them
_SIGNED = ("INSTRUMENT", "RESOLUTION")  # what was adopted or signed, right after the participle (`ont adopté la Déclaration de Lusaka en décembre 2010`)
_AUXILIARY = re.compile(r"(?:^|\W)[^\W\d_]{1,4}\Z")  # a short word right before the participle: `was`, `été`, `fue`
# between the participle and the value, and between the places and dates that follow it: at most
# three short words (`en`, `los días`, `in the`) and brackets (`en Isla Margarita (Venezuela)`); a
# short word ends there (`\b`), so that a long one is not read as two (`, coordina desde`)
_SHORT_GAP = re.compile(r"[\s,()]*(?:[^\W\d_]{1,5}\b[\s,()]*){0,3}")
# before a meeting's noun in that gap, short words and at most two other words or numbers (`en la XVI
# Cumbre`, `at the 2005 World Summit`); after it, at most three words of its name (`Cumbre Iberoamericana`,
# `Sommet régional`, `Sommet de l'Union africaine`) before a short gap
_BEFORE_NOUN = re.compile(r"[\s,()]*(?:[^\W\d_]{1,5}\b[\s,()]*){0,3}(?:[\w.-]+\s+){0,2}")
_PHRASE_WORDS = 12  # `meeting of the parties to the Convention on Biological Diversity in`: the meeting's phrase
_PREPOSITION_WORDS = 4  # `lors de la cinquième`: words between the preposition and the meeting's noun
_NO_BREAK = re.compile(r"[^.;:,]*")
_NAME_REST = re.compile(r"(?:\s*(?:[^\W\d_]{1,3}'|[^\W\d_]{1,3}\s+)?[\w-]+){0,3}")


def of_meeting(doc: FactDocument, sentence: Sentence, ref: Ref, norm: str) -> bool:
    """Whether a place or date is a meeting's (or another event's): its participle stands before it, with only
    places, dates and short words between, and the meeting is not the operation itself; or a place
    stands in the phrase of a meeting an act is set at (`_in_meeting_phrase`)."""
    if ref.label != "DATE" and _in_meeting_phrase(doc, sentence, ref):
        return True
    start = max(sentence.start, ref.start - _REACH)
    cues = doc.find("meeting", start, ref.start) + doc.find("other_event", start, ref.start)
    if not cues:
        return False
    cue = max(cues, key=lambda c: c.start())
    between = [m for m in sentence.mentions if cue.end() <= m.start and m.end <= ref.start]
    if between and between[0].label in _SIGNED:
        cue_end = max(m.end for m in between if m.start < between[0].end)  # nested names end with the longest
        between = [m for m in between if m.start >= cue_end]
    else:
        cue_end = cue.end()
    if any(m.label not in _PLACED for m in between):
        return False
    edges = [cue_end, *(x for m in between for x in (m.start, m.end)), ref.start]
    if not _SHORT_GAP.fullmatch(doc.text, edges[0], edges[1]) and not _at_meeting(doc, edges[0], edges[1]):
        return False
    if not all(_SHORT_GAP.fullmatch(doc.text, a, b) for a, b in zip(edges[2::2], edges[3::2])):
        return False
    return cue_end != cue.end() or not _its_own(doc, sentence, cue.start(), norm)  # an instrument's adoption is never the operation's


def _in_meeting_phrase(doc: FactDocument, sentence: Sentence, ref: Ref) -> bool:
    """Whether a place stands in the phrase of the meeting a preposition sets an act at (`at the
    eighth meeting of the parties to the Convention in Curitiba, Brazil`, `lors de la conférence de
    Paris`, `durante la cumbre de Lima`): the meeting's noun after a `meeting_preposition`, a few
    words between, then no sign but the commas between places (`Curitiba, Brazil`) and no
    conjunction up to the place. The date of the act is its own (`In March 2006, at the … meeting …, the leaders launched`)."""
    nouns = doc.find("meeting_noun", sentence.start, ref.start)
    if not nouns:
        return False
    noun = nouns[-1]
    before = _tokens(doc.text[sentence.start:noun.start()])[-(_PREPOSITION_WORDS + 1):]
    phrases = doc.words.words["meeting_preposition"]
    if not any(" ".join(before[i:j]) in phrases for i in range(len(before)) for j in range(i + 1, len(before) + 1)):
        return False
    after = _tokens(doc.text[ref.end:min(sentence.end, ref.end + 20)])[:1]
    if after and after[0] in doc.words.words["conjunction"]:
        return False  # `…, Kenya and Ghana launched X`: a list of subjects, not the meeting's place
    between = [m for m in sentence.mentions if noun.end() <= m.start and m.end <= ref.start]
    if any(m.label in _ACTING for m in between):
        return False  # `At the meeting INTERPOL launched X in Kenya`: the phrase has ended
    end = ref.start
    places = [m for m in between if m.label in ("LOCATION", "COUNTRY")]
    while places and doc.text[places[-1].end:end].strip(" ()") in (",", ""):
        end = places.pop().start  # `in Curitiba, Brazil`, `à Lima (Chili)`: the state of the meeting's place
    words = _tokens(doc.text[noun.end():end])
    while words and words[-1] in doc.words.words["article"]:
        words.pop()
    # the place after a preposition of place or a linker (`in Curitiba`, `de Paris`; not `the summit
    # Kenya …`); a conjunction opens another clause (`decidida en la cumbre y desplegada en Lima`)
    return (bool(words) and (words[-1] in doc.words.words["place_preposition"] or words[-1] in doc.words.words["linker"])
            and len(words) <= _PHRASE_WORDS and _NO_BREAK.fullmatch(doc.text, noun.end(), end) is not None
            and not any(w in doc.words.words["conjunction"] for w in words))


def _at_meeting(doc: FactDocument, start: int, end: int) -> bool:
    """Whether the gap between a participle and its first place or date names the meeting where it
    happened (`adoptada en la XVI Cumbre Iberoamericana, en Montevideo`, `adopted at the 2005 World
    Summit in New York`): short words and a meeting's noun with the capitalised words of its name."""
    for noun in doc.find("meeting_noun", start, end):
        rest = _NAME_REST.match(doc.text, noun.end(), end)
        if _BEFORE_NOUN.fullmatch(doc.text, start, noun.start()) and _SHORT_GAP.fullmatch(doc.text, rest.end(), end):
            return True
    return False


def _its_own(doc: FactDocument, sentence: Sentence, at: int, norm: str) -> bool:
    """Whether a participle of meeting is said of the operation: its name stands right before it
    (`Exercise Kurukuru, held in Fiji`), or a short word (an auxiliary: `was held`, `a été tenue`,
    `fue celebrada`) with the operation first named in its clause (`Operation X applies the
    strategy adopted in Geneva and was held in Nairobi`); not a noun (`a meeting held in`, `une
    conférence réunie à`), nor another name (`COP27, which Egypt hosted in`)."""
    before = doc.text[sentence.start:at].rstrip(" ,")
    named = next((m for m in reversed(sentence.mentions) if m.end <= at), None)
    if named is not None and named.end >= len(before) + sentence.start - 1:
        return named.label == "OPERATION" and named.norm == norm  # `…(AMERIPOL), creada`: a closing bracket
    if not _AUXILIARY.search(before):
        return False
    start = clause_start(doc, sentence, at, colon=False)
    first = next((m for m in sentence.mentions if start <= m.start < at and m.label not in _PLACED), None)
    return first is not None and first.label == "OPERATION" and first.norm == norm
