"""Bodies named back together by a number and a noun of bodies (`Les trois centres coopèrent …`,
`our two organisations cooperate closely`, `Las tres oficinas lo revisan …`, `Ambas misiones …`),
where neither a figure of the value finders nor a listed phrase (`pair_reference`) says so: read by
`References._group_reference` (references.py) after those.

The words are data: the number words `group_number` (2 to 9, their values read by text2num as the
figures' are), the determiners before them `group_determiner`, the words that say two alone
`pair_determiner` (both, ambos), and the plural nouns that name bodies `group_head` (centres,
organisations, oficinas) or bodies and states alike `group_any_head` (partners, socios): a noun
of things (`les deux textes`, `the four projects`) names no bodies back, nor does a noun of bodies
that is also one of things where it reads as one: `both … and` (`both health services and
schools`), a thing's own (`les deux fonds du projet`), or the plural the sentence before uses
(`… opened offices in Norland. The two offices …`). The number words are
found by the document's one scan of cue words, so a text without them costs nothing more.
Hand-written, since no parser runs in the fast pipelines.
"""

from __future__ import annotations

import re

from ..normalise.numbers import parse_number
from .lists import tokens as _tokens
from .refs import Ref, Sentence

_BACK = 4  # sentences: the bodies named back stand this close before
_BODIES = frozenset({"ORG", "REFERENCE", "PUBLISHER"})  # a noun of bodies names no state back
_DETERMINER = 12  # characters: the determiner ends this close before the number
_MOST = 9  # a group of bodies named back counts this many at most
_APPOSED = re.compile(r"\s*[,:(]\s*(?:[^\W\d_]+['’]?\s*)?")  # a comma, colon or bracket, an article at most
_WORD = re.compile(r"[^\W\d_][\w-]*")  # words as written (case kept), split at apostrophes
_PLACE_AFTER = 8  # characters: a place after the preposition stands this close (`in the`, `de la`)
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")  # the next word, blanks only before it (no comma)


def _document_groups(doc) -> list[tuple[int, int, str]]:
    """Every number and noun of bodies of a document, as (start, end of the noun, number word or
    "" for a word of two alone), read once: the number words the document's one scan found
    (classes `group_number`, `pair_determiner`), each then tried for the determiner before it and
    the noun after it."""
    found = doc.memo.get("group_phrases")
    if found is None:
        found = []
        numbers = doc.scanned_cues("group_number") + doc.scanned_cues("pair_determiner")
        pattern = doc.words.patterns.get("group_noun") if numbers else None  # (words.py builds it)
        for number in sorted(numbers) if pattern is not None else ():
            noun = pattern.match(doc.text, number.start())
            if noun is None:
                continue
            word = doc.text[number.start():number.end()].casefold()
            if word in doc.words.words["pair_determiner"]:
                found.append((number.start(), noun.end(), ""))
                continue
            determiner = doc.words.group_determiner.search(doc.text, max(0, number.start() - _DETERMINER), number.start())
            if determiner is not None:
                found.append((determiner.start(), noun.end(), word))
        doc.memo["group_phrases"] = found
    return found


def group_bodies(doc, sentence: Sentence) -> list[Ref] | None:
    """The bodies a number and a noun of bodies name back (`Les trois centres coopèrent`), as
    references standing where the words do; None where the sentence holds no such words. The
    bodies must be as many as the number says, and bodies, not states (a noun of bodies):
    - after the first person's possessive (`our two organisations`, `nos deux centres`), the
      publisher and the others the sentence names before the words (`OAPI serves …, and our two
      organisations cooperate`), else the first bodies of the sentence before;
    - else the bodies of the sentence before that names that many, in the four before (`A, B et C
      … Les trois centres coopèrent`), else of a list of that many in the sentence right before;
    - none where the sentence names two bodies or more before the words already, and none where
      no reading gives that many (no guess: a wrong pair costs as much as a missed one)."""
    found = group_phrase(doc, sentence)
    if found is None:
        return None
    at, count, own, states = found
    kinds = _BODIES | {"COUNTRY"} if states else _BODIES
    named = [m for m in sentence.of("ORG", "COUNTRY") if m.start < at]
    before = _bodies(named, kinds)
    if own:
        if not doc.publisher:
            return []
        others = [n for n in before if n != doc.publisher]
        if not others:
            previous = doc.sentence_before(sentence)
            first = doc.lists([a for a in doc.actors(previous) if a.label in kinds - {"PUBLISHER"}]) if previous else []
            others = [n for n in _bodies(first[0], kinds) if n != doc.publisher] if first else []
        norms = [doc.publisher] + others if len(others) == count - 1 else []
        # right after the possessive, which stands for the publisher alone (`FactDocument.first_person`):
        # the references of the group, one list, come after it and are the subject a cue reads
        at += len(doc.text[at:sentence.end].split(None, 1)[0])
    elif len({m.norm for m in named}) >= 2:
        return []  # `… lie Europol et INTERPOL …, entre les deux organismes`: named already
    else:
        norms = _last_that_many(doc, sentence, count, kinds)
    return [Ref(at, at, "REFERENCE", norm) for norm in norms]


def _bodies(refs, kinds: frozenset[str] = frozenset({"ORG", "REFERENCE", "PUBLISHER"})) -> list[str]:
    """The distinct norms of the bodies among references (not states, unless `kinds` says), in order."""
    return list(dict.fromkeys(r.norm for r in refs if r.label in kinds))


def _last_that_many(doc, sentence: Sentence, count: int, kinds: frozenset[str]) -> list[str]:
    for previous in reversed(doc.sentences[max(0, sentence.index - _BACK):sentence.index]):
        norms = _bodies(doc.actors(previous), kinds)
        if len(norms) == count:
            return norms
    previous = doc.sentence_before(sentence)
    if previous is not None:
        lists = [g for g in doc.lists([a for a in doc.actors(previous) if a.label in kinds])
                 if len(_bodies(g, kinds)) == count]
        if lists:
            return _bodies(lists[-1], kinds)
    return []


def group_phrase(doc, sentence: Sentence) -> tuple[int, int, bool, bool] | None:
    """(where, how many, whether after the first person's possessive, whether states may be among
    them: `les trois partenaires`, class `group_any_head`) the sentence names bodies
    back by a number and a noun of bodies (`les trois centres`, `both agencies`), or None; not a
    count of a body's own (`the two organisations of the Alliance`: a body follows the noun, its
    own), nor `one of the three …`."""
    for start, end, number in _document_groups(doc):
        if not sentence.start <= start < sentence.end:
            continue
        count = _value(number, doc.words.lang) if number else 2  # `both agencies`, `ambas misiones`
        if not 1 < count <= _MOST:
            continue
        if any(c.start() < start <= c.end() + 1 for c in doc.words.patterns["one_of"].finditer(
                doc.text, max(sentence.start, start - 20), end)):
            continue  # `l'un des trois centres`, `una de las cinco comisiones`: a kind of body
        after = next((r for r in sentence.mentions if r.start >= end), None)
        if after is not None and after.label in ("ORG", "INSTRUMENT") and doc.words.owner_gap.fullmatch(
                doc.text, _past_adjectives(doc, end, after.start), after.start):
            continue  # `les deux organisations régionales de l'Alliance`: its own
        if after is not None and _APPOSED.fullmatch(doc.text, end, after.start):
            continue  # `Nos deux écoles, A et B, …`: the bodies are named right here
        first = doc.text[start:end].split()[0].casefold().replace("’", "'")
        head = doc.text[start:end].split()[-1].casefold()
        if not number and _tokens(doc.text[end:end + 12])[:1] and _tokens(doc.text[end:end + 12])[0] in \
                doc.words.conjunction_words:
            continue  # `both health services and schools`: `both … and` joins two things, names no pair back
        if _things_own(doc, end, after):
            continue  # `les deux fonds du projet`: a thing's own, not bodies named back
        if _restricted(doc, end, after):
            continue  # `the two ministries in Norland`, `las dos oficinas que abrió`: new ones, said which
        previous = doc.sentence_before(sentence)
        if previous is not None and head in _tokens(doc.text[previous.start:previous.end]):
            continue  # `… opened offices in Norland. The two offices …`: the things the sentence before names
        return start, count, first in doc.words.words["first_possessive"], head in doc.words.words["group_any_head"]
    return None


def _things_own(doc, end: int, after: Ref | None) -> bool:
    """Whether the noun is followed by a linker, articles at most and a common noun (`les deux
    fonds du projet`, `the two offices of the programme`): the things of something, not bodies."""
    stop = after.start if after is not None else min(len(doc.text), end + 40)
    gap = _WORD.findall(doc.text, _past_adjectives(doc, end, stop), stop)  # `d'`, `l'` split off: one letter
    words = doc.words
    first = gap[0].casefold() if gap else ""
    if not (first in words.linker_words or len(first) == 1 and first + "'" in words.linker_words):
        return False  # not `s'engagent`: an elided pronoun is no linker
    rest = [t for t in gap[1:] if t.casefold() not in words.words["article"] and len(t) > 1]
    return bool(rest) and rest[0].islower()


def _restricted(doc, end: int, after: Ref | None) -> bool:
    """Whether the noun is said which right after it, with no comma between: by a relative
    (`las dos oficinas que abrió`, `les deux services qui opèrent au port`) or by a place
    preposition and a place (`the two ministries in Norland`): new bodies, not the ones named
    before (`Les deux organismes, qui coopèrent depuis 2015, …` and `partner of both services in
    cases that …` name them back)."""
    word = _NEXT_WORD.match(doc.text, end)
    if word is None:
        return False
    first = word.group(1)
    if first in doc.words.words["relative"]:
        return True
    return first in doc.words.words["place_preposition"] and after is not None \
        and after.label in ("COUNTRY", "LOCATION") and after.start - word.end() <= _PLACE_AFTER


def _past_adjectives(doc, at: int, end: int) -> int:
    """Past the lower-case words that follow a noun (`régionales`, `regionales`; not a linker of
    class `linker`), two at most."""
    after_noun = doc.words.patterns["after_noun"]
    for _ in range(2):
        word = after_noun.match(doc.text, at, end)
        if word is None:
            break
        at = word.end()
    return at


def _value(number: str, lang: str) -> int:
    try:
        return int(parse_number(number, lang))
    except (ValueError, ArithmeticError, TypeError):
        return 0
