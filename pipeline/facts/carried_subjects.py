"""A subject carried from the sentence before, where `references.py` reads none at the opening.

Two wordings leave the subject of a sentence to the one before it, past what `References.opening`
reads (a pronoun or title as the very first words):

- a verb whose subject the language leaves out opens the sentence (`Colabora además con X`,
  `Está adscrita al Ministerio y trabaja en coordinación con X`; class `carried_verb`, plural forms
  in `carried_plural_verb`: Spanish; French and English need a pronoun);
- a pronoun of `subject_reference` stands right after a short opening phrase closed by a comma
  (`Par ce canal, elles coopèrent avec X`, `In 2019, it signed …`, `Desde 2015, ella colabora …`).

Either stands for the SUBJECT of the sentence before (the list of bodies it opens with, past an
opening phrase closed by a comma and articles), never for the last body it named (a relative's or
an object's body is a wrong guess), and only where the number agrees: a plural pronoun or verb
(`plural_subject`, `carried_plural_verb`) stands for two bodies or more, any other for one.
"""

from __future__ import annotations

from .lists import tokens
from .refs import OPENING_DASHES as _DASHES, Ref, Sentence

_PHRASE = 60  # characters: the opening phrase before the comma and the pronoun is this short at most
_SUBJECT_WORDS = 2  # words (articles) at most before the list a sentence opens with
# bodies named, not the first person (`Nous menons le projet X. Sa première phase …`: a word of the
# third person stands for what it spoke of), nor a reference of its own (`Les trois cellules sont …
# Par ce canal, elles …`: a figure read back is too weak a guess to carry on)
_BODY_LABELS = ("ORG",)


def carried_subject(doc, sentence: Sentence) -> list[Ref]:
    """The bodies a sentence's carried subject stands for, as references standing where it stands
    (`Colabora además con X`, `Par ce canal, elles coopèrent …`); [] where it opens otherwise,
    where the sentence before opens on no body, or where the number disagrees."""
    if sentence.index == 0:
        return []
    opening = _DASHES.match(doc.text, sentence.start).end()
    words = doc.words.patterns
    owned = _possessive_opening(doc, sentence, opening)
    if owned is not None:
        return owned
    verb = words["carried_verb"].match(doc.text, opening) or words["carried_plural_verb"].match(doc.text, opening)
    if verb is not None:
        if _subject_after(doc, sentence, verb.end()):
            return []  # `Colabora en el proyecto la Coast Authority`: the subject follows the verb
        at, plural = opening, words["carried_plural_verb"].fullmatch(doc.text, verb.start(), verb.end()) is not None
    else:
        pronoun = fronted_pronoun(doc, sentence, opening, _CARRIED)
        if pronoun is None:
            return []
        at = pronoun.start()
        if _any_number(doc, pronoun):
            plural = None
        plural = any(words[name].fullmatch(doc.text, pronoun.start(), pronoun.end())
                     for name in ("plural_subject", "carried_plural_verb"))
    subject = subject_before(doc, sentence)
    norms = list(dict.fromkeys(r.norm for r in subject))
    if not norms or (plural is not None and (len(norms) > 1) != plural):
        return []  # `Elles …` after one body, `Colabora …` after two: another subject
    return [Ref(at, at, "REFERENCE", norm) for norm in norms]


_CARRIED = ("plural_subject", "carried_plural_verb", "subject_reference", "carried_verb")


def fronted_pronoun(doc, sentence: Sentence, opening: int, names: tuple[str, ...], predicate: bool = False):
    """The match of a word of the classes `names` right after a short opening phrase closed by a
    comma (`Par ce canal, elles …`, `Depuis 2010, il …`), or None: where no such phrase opens the
    sentence at `opening`, where the phrase names a body or opens on an article (a clause of its
    own), where a mention is the word itself, or where the pronoun is impersonal (`Dans ce cadre,
    il est prévu`; with `predicate`, not where an article follows: `Depuis 2010, il est un
    mécanisme`, see `impersonal`). Shared with `member_nouns` (the pronoun a sentence of members
    follows)."""
    words = doc.words.patterns
    comma = doc.text.find(",", opening, min(sentence.end, opening + _PHRASE))
    head = tokens(doc.text[opening:comma]) if comma >= 0 else []
    if not head or head[0] in doc.words.words["article"]:
        return None  # `El proyecto creó un sistema, apoyó …`: a clause with its own subject, no opening phrase
    if any(opening <= m.start < comma for m in sentence.mentions if m.label == "ORG"):
        return None  # `Pour l'OIM, …`: a body named in the opening phrase may be what the words stand for
    at = _DASHES.match(doc.text, comma + 1).end()
    pronoun = next((m for name in names if (m := words[name].match(doc.text, at))), None)
    if pronoun is None or any(at <= m.start < pronoun.end() for m in sentence.mentions):
        return None  # `En 2020, la Agencia Europea …`: the mentions named the words themselves
    if impersonal(doc, at, predicate):
        return None  # `Dans ce cadre, il est prévu de coopérer avec X`: an impersonal pronoun
    return pronoun


def impersonal(doc, at: int, predicate: bool = False) -> bool:
    """Whether the pronoun at `at` is impersonal (class `impersonal_opening`: `il est prévu`, `il y
    a`, `it is planned`); with `predicate`, a copula and an article after it make a predicate noun
    of the body the pronoun stands for (`il est un mécanisme`, `it is an agency`): not impersonal."""
    match = doc.words.patterns["impersonal_opening"].match(doc.text, at)
    if match is None:
        return False
    following = tokens(doc.text[match.end():match.end() + 12])
    return not (predicate and following and following[0] in doc.words.words["article"])


def _subject_after(doc, sentence: Sentence, end: int) -> bool:
    """Whether the first body after an opening verb is its subject, put after it as Spanish may
    (`Participan en el programa el Instituto X y la Universidad Y`): an article right before it, and
    no preposition before the article (`colabora con la X`, `apoya a la X` name an object)."""
    body = next((m for m in sentence.mentions if m.start >= end and m.label in ("ORG", "COUNTRY")), None)
    if body is None:
        return False
    before = tokens(doc.text[end:body.start])
    words = doc.words.words
    return bool(before) and before[-1] in words["article"] and (
        len(before) == 1 or before[-2] not in words["helper_preposition"])


def subject_before(doc, sentence: Sentence) -> list[Ref]:
    """The bodies the sentence before (in the same paragraph) opens with as its subject, read
    strictly (`opening_bodies`): a carried subject is a weaker sign than a pronoun opening the
    sentence, so it asks the sentence before to open on named bodies."""
    previous = doc.sentence_before(sentence)
    if previous is None or previous.block != sentence.block:
        return []
    return opening_bodies(doc, previous, strict=True)


def opening_bodies(doc, previous: Sentence, strict: bool) -> list[Ref]:
    """The bodies a sentence opens with: its first list of bodies (named, the publisher, or
    references), past the comma closing an opening `with` phrase (`Together with UNICEF, it
    launched …`: it, not UNICEF). One reading for both readers of a subject carried on:

    - a pronoun or title opening the next sentence (`Elle coopère …`, `References.previous_opener`):
      the list as it is, whatever stands before it (`En 2019, l'ONUDC …`) and whatever it holds (the
      publisher: `Notre alliance … Elle rassemble …`);
    - a carried subject (`strict`: `Colabora además con X`, `Par ce canal, elles …`, `Ses experts
      …`): only named bodies (not the first person: `Nous menons le projet X. Sa première phase …`,
      nor a reference of its own, too weak a guess to carry on), standing at the sentence's opening
      past an opening phrase closed by a comma and a few articles (`La FIIAPP es …`, `Créée en
      2000, Gavi est …`); [] where it opens on anything else (`Le directeur de l'ONUDC …`)."""
    bodies = [a for a in doc.actors(previous) if a.label in _BODY_LABELS + ("PUBLISHER", "REFERENCE")]
    after = doc.after_leading_with(previous)
    if after is not None:  # `Together with UNICEF, it launched …`: it opens the clause, not UNICEF
        bodies = [a for a in bodies if a.start >= after]
    first = doc.lists(bodies)[0] if bodies else []
    if not strict or not first:
        return first
    if any(a.label not in _BODY_LABELS for a in first):
        return []
    head = doc.text[_DASHES.match(doc.text, previous.start).end():first[0].start]
    if "," in head:
        head = head[head.rindex(",") + 1:]  # `Créée en 2000, Gavi est …`
    words = tokens(head)
    if len(words) > _SUBJECT_WORDS or any(w not in doc.words.words["article"] for w in words):
        return []
    return list(first)


def agreeing(doc, word, bodies: list[Ref]) -> list[Ref]:
    """The bodies a pronoun opening a sentence stands for (`Elle coopère …`, read by
    `References._subject`), where its number agrees: none for a plural pronoun (`Elles`, `They`)
    after one body, nor for a singular one (`Elle`, `It`, `L'agence`) after several."""
    if word is None or not bodies or doc.words.patterns["subject_reference"].fullmatch(
            doc.text, word.start(), word.end()) is None:
        return bodies  # `L'atelier …`: the event the sentence before spoke of, of any number
    if _any_number(doc, word):
        return bodies  # `The Fund is a charity. They work with …`: English `they` for one body
    plural = doc.words.patterns["plural_subject"].fullmatch(doc.text, word.start(), word.end()) is not None
    return bodies if (len({r.norm for r in bodies}) > 1) == plural else []


def _any_number(doc, word) -> bool:
    """Whether a pronoun stands for one body or several alike (class `any_number_subject`: they)."""
    return doc.text[word.start():word.end()].casefold() in doc.words.words.get("any_number_subject", ())


_OWN_NOUN = 2  # words at most between a possessive and a noun of partners or members it opens on


def _possessive_opening(doc, sentence: Sentence, opening: int) -> list[Ref] | None:
    """`Ses experts travaillent avec X`, `Sus laboratorios colaboran con X`, `Its teams work with X`: a
    sentence opening on a third-person possessive and a noun of a body's own people or units (class
    `staff_noun`; not `Its authors`, `Son budget`, which may be a thing's) has the body it stands for,
    the subject of the sentence before, as the subject of its cue (one body for a possessive of one
    owner: `its`, `ses`; any number for `their`, `leurs`, `su`). None where it opens otherwise;
    [] where the owner fails, and where the noun is one of partners, donors or members (`Its
    partners include …`, `Ses membres sont …`: possessors.py and the membership rules read those)."""
    word = doc.words.patterns["possessive_article"].match(doc.text, opening)
    if word is None:
        return None
    after = tokens(doc.text[word.end():min(sentence.end, word.end() + 40)])[:1 + _OWN_NOUN]
    if any(w in doc.words.words["member_noun"] for w in after) or any(
            doc.has(name, word.end(), min(sentence.end, word.end() + 40)) for name in ("partner_noun", "donor_noun")):
        return []
    if not after or after[0] not in doc.words.words["staff_noun"]:
        return []  # `Its authors …`, `Son budget …`: what the sentence before named, not the body's own people
    if any(m.start < word.end() + 1 for m in sentence.mentions if m.start >= opening):
        return []  # `Sus Majestades …`: the mentions named the words
    one = doc.words.patterns["plural_possessive"].fullmatch(doc.text, word.start(), word.end()) is None
    norms = list(dict.fromkeys(r.norm for r in subject_before(doc, sentence)))
    if not norms or (one and len(norms) > 1):
        return []
    return [Ref(opening, opening, "REFERENCE", norm) for norm in norms]
