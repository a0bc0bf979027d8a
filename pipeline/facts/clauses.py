"""Where the clauses of a sentence start and what stands aside in them, for the facts rules.

A clause starts after a semicolon, a colon, a dash, `, et` or `tandis que`; a clause a comma
opens with a relative word (`…, dont le Programme mondial`, `…, which`) only describes the
body before it; a word placing bodies inside a body may name a network (`au sein du réseau X`).
"""

from __future__ import annotations

from dataclasses import replace

from .document import FactDocument
from .model import Fact
from .refs import Ref, Sentence
from .lists import tokens as _tokens
from .words import Cue

_BETWEEN_REACH = 12  # characters: the word for the sides (`entre`, `between`) ends this close after the cue
_ADJECTIVES = 2  # `coopération scientifique internationale entre`: adjectives after the cue, before its sides
_ADJECTIVES_REACH = 30  # characters those adjectives may add to the reach
_FRAME_REACH = 40  # characters: an operation framed by `dans le cadre de l'initiative` stands this close after the word
_APPOSED_WORDS = 3  # lower-case words of a noun in apposition before its relative word (`una asociación civil que`)
_FRAME_WORDS = 2  # lower-case words at most between the word of framing and the operation (`l'initiative`)


def clause_start(doc: FactDocument, sentence: Sentence, offset: int, colon: bool = True) -> int:
    """Where the clause holding `offset` starts (after a semicolon, a colon unless `colon` is
    False, a dash, `, et`, `tandis que`)."""
    cuts = [end for start, end, mark in doc.clause_breaks(sentence) if end <= offset and (colon or mark != ":")]
    return cuts[-1] if cuts else sentence.start


def examples(doc: FactDocument, gap: str) -> bool:
    """Whether the text between two lists goes on with examples of more partners or members (`, y
    organizaciones civiles acreditadas como`, `, as well as overseas territories such as the`): a
    conjunction opens it, five words at most follow, and a word of inclusion (and an article) ends it."""
    words = [w for w in _tokens(gap) if w != ","]  # a parenthesised acronym left out
    opening = max((len(c.split()) for c in doc.words.words["conjunction"]  # `and`, `as well as`
                   if tuple(words[:len(c.split())]) == tuple(c.casefold().split())), default=0)
    if not opening or len(words) - opening > 5:
        return False
    last = list(doc.words.find("including", gap))
    return bool(last) and all(w in doc.words.words["article"] for w in _tokens(gap[last[-1].end():]) if w not in ",:")


def in_relative(doc: FactDocument, sentence: Sentence, offset: int) -> bool:
    """Whether `offset` stands in a relative clause that a comma opens (`…, whose GoGIN project`,
    `…, dont le Programme mondial`, `L'OMI, qui compte 175 États Membres,`): what is named there
    only describes the body before it. A comma inside a name (`Global Programme against Money
    Laundering, Proceeds of Crime and …`) opens no clause: the one before the name may."""
    after = _after_comma(doc, sentence, offset)
    return after >= 0 and doc.words.patterns["relative"].match(doc.plain, after) is not None


def last_comma(doc: FactDocument, sentence: Sentence, offset: int) -> int:
    """Where the last comma of the sentence before `offset` stands (not a comma inside a name), or -1."""
    comma = doc.text.rfind(",", sentence.start, offset)
    while comma >= 0 and doc.named(comma):
        comma = doc.text.rfind(",", sentence.start, comma)
    return comma


def next_comma(doc: FactDocument, sentence: Sentence, offset: int) -> int:
    """Where the first comma of the sentence from `offset` on stands (not a comma inside a name), or -1."""
    comma = doc.text.find(",", offset, sentence.end)
    while comma >= 0 and doc.named(comma):
        comma = doc.text.find(",", comma + 1, sentence.end)
    return comma


def _after_comma(doc: FactDocument, sentence: Sentence, offset: int) -> int:
    """Where the words after the last comma before `offset` start (not a comma inside a name), or -1."""
    comma = last_comma(doc, sentence, offset)
    if comma < 0:
        return -1
    after = comma + 1
    while after < offset and doc.text[after].isspace():
        after += 1
    return after


def in_apposed_relative(doc: FactDocument, sentence: Sentence, offset: int) -> bool:
    """Whether `offset` stands in a relative clause of a noun in apposition that a comma opens
    (`…, una asociación civil que desarrolló el Sistema X`, `…, an informal network that runs X`,
    `…, un organisme qui gère X`): an article and _APPOSED_WORDS lower-case words at most, then
    the relative word; what it names describes the body before the comma, as in `in_relative`."""
    after = _after_comma(doc, sentence, offset)
    if after < 0:
        return False
    words = doc.plain[after:offset].split()
    for i, word in enumerate(words[:_APPOSED_WORDS + 2]):
        if doc.words.patterns["relative"].fullmatch(word):
            head = words[:i]
            return 0 < len(head) <= _APPOSED_WORDS + 1 and head[0].casefold() in doc.words.words["article"] and all(
                w[:1].islower() for w in head[1:])
    return False


def named_aside(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether the operations a sentence names and its words of membership and agreement all
    stand in relative clauses, and a cue of cooperation outside them (`Nous coopérons avec l'OMI
    …, et avec l'ONUDC, dont le Programme mondial …`, `L'OMI, qui compte 175 États Membres, coopère
    avec le CGPCS`): the sentence states a partnership beside them."""
    key = ("named_aside", sentence.index)
    if key not in doc.memo:
        doc.memo[key] = _named_aside(doc, sentence)
    return doc.memo[key]


def _named_aside(doc: FactDocument, sentence: Sentence) -> bool:
    cues = doc.find("partnership_cue", sentence.start, sentence.end)
    if not cues or all(in_relative(doc, sentence, c.start()) for c in cues):
        return False
    if any(network_after(doc, sentence, w) is not None and c.end() <= w.start()
           for w in doc.find("within", sentence.start, sentence.end) for c in cues):
        return True  # `nous travaillons avec A et B au sein du réseau X`: the membership beside it
    operations = sentence.of("OPERATION")
    offsets = [r.start for r in operations]
    # an operation framed, and its acronym in parentheses right after it (`… de l'initiative X (MAV+)`)
    framed = [framed_at(doc, sentence, r.start) or (i > 0 and doc.text[operations[i - 1].end:r.start].strip() == "("
                                                   and framed_at(doc, sentence, operations[i - 1].start))
              for i, r in enumerate(operations)]
    aside: set[str] = set()  # the operations standing aside; a later name of one of them too (`…, conocido como X`)
    for r, f in zip(operations, framed):
        if f or r.norm in aside or in_relative(doc, sentence, r.start) or in_apposed_relative(doc, sentence, r.start):
            aside.add(r.norm)
        elif not _between_after(doc, cues):
            return False
    for name in ("agreement_cue", "adoption_cue", "member_of", "gathers"):
        found = doc.find(name, sentence.start, sentence.end)
        if not all(in_relative(doc, sentence, m.start()) for m in found):
            return False
        offsets += [m.start() for m in found]
    return bool(offsets)


def beside_asides(doc: FactDocument, sentence: Sentence, facts: list[Fact]) -> list[Fact]:
    """The partnerships of a sentence `named_aside` unblocks, less the bodies named inside the
    relative clauses that hold its operations (`A coopère avec B, un organisme qui mène le projet X
    avec C`: C works with B on X, an operation's role, no partner of A): such a clause only
    describes the body before it, to its next comma. A fact left with fewer than two sides goes."""
    spans = aside_spans(doc, sentence)
    if not spans:
        return facts
    kept = []
    for fact in facts:
        if fact.type != "PARTNERSHIP":
            kept.append(fact)
            continue
        arguments = tuple(a for a in fact.arguments if not any(lo <= a.start < hi for lo, hi in spans))
        if len({a.norm for a in arguments if a.role in ("party", "partner")}) >= 2:
            kept.append(replace(fact, arguments=arguments) if arguments != fact.arguments else fact)
    return kept


def aside_spans(doc: FactDocument, sentence: Sentence) -> list[tuple[int, int]]:
    """The relative clauses (`in_relative`, `in_apposed_relative`) that hold the operations of a
    sentence `named_aside` unblocks, each from its relative word to its next comma."""
    key = ("aside_spans", sentence.index)
    if key not in doc.memo:
        spans = []
        if named_aside(doc, sentence):
            for r in sentence.of("OPERATION"):
                if in_relative(doc, sentence, r.start) or in_apposed_relative(doc, sentence, r.start):
                    end = doc.text.find(",", r.end, sentence.end)
                    spans.append((_after_comma(doc, sentence, r.start), sentence.end if end < 0 else end))
        doc.memo[key] = spans
    return doc.memo[key]


def framed_at(doc: FactDocument, sentence: Sentence, offset: int, most_words: int = _FRAME_WORDS) -> bool:
    """Whether an operation is named as the setting of what the sentence says, right after a word
    of framing and `most_words` lower-case words at most (`coopère avec A dans le cadre de
    l'initiative X`, `trabajamos con A, en el marco de X`, `we partner with A as part of the X
    Programme`): the setting of the cooperation beside it, not a side of it (FACTS.md keeps that
    partnership)."""
    for cue in doc.find("frame_of", max(sentence.start, offset - _FRAME_REACH), offset):
        gap = doc.text[cue.end():offset]
        words = gap.split()
        if len(words) <= most_words and all(w[:1].islower() for w in words) and not any(c in gap for c in ",;:("):
            return True
    return False


def _between_after(doc: FactDocument, cues: list[Cue]) -> bool:
    """Whether a cue of cooperation names its sides alike right after it (`El fondo nació de una
    alianza entre A y B`, `the programme grew out of a partnership between A and B`): words of
    cooperation beside the operation the sentence names, which FACTS.md counts as a partnership."""
    return any(_adjectives_only(doc, doc.text[c.end():m.start()])
               for c in cues for m in doc.find("between", c.end(), c.end() + _BETWEEN_REACH + _ADJECTIVES_REACH)[:1])


def sides_of(doc: FactDocument, sentence: Sentence) -> list[Ref]:
    """The list of two bodies or more that a linker right after a cue of cooperation opens, named
    alike as its sides (`a partnership of the World Bank and UNODC`, `un partenariat de l'OMS et de
    l'UNICEF`, `una alianza de la FAO y el PMA`); none after a figure (`a partnership of US$1
    billion`) nor after a word of support (`Avec le soutien de la Banque mondiale, l'OCAL a mené`). Only those sides: the rest of a sentence that names an operation gives it its roles."""
    bodies = [r for r in sentence.mentions if r.label in ("ORG", "COUNTRY")]
    support = [(c.start(), c.end()) for c in doc.find("participation_cue", sentence.start, sentence.end)]
    for cue in doc.find("partnership_cue", sentence.start, sentence.end):
        if doc.words.patterns["directed"].fullmatch(doc.text, cue.start(), cue.end()) or any(
                s < cue.end() and cue.start() < e for s, e in support):
            continue  # `avec le soutien de A, B a mené …`: the support of one side for another
        first = next((r for r in bodies if r.start >= cue.end()), None)
        if not _apposed(doc, sentence, cue) or first is None or first.start - cue.end() > _BETWEEN_REACH + _ADJECTIVES_REACH:
            continue
        gap = doc.plain[cue.end():first.start]
        linker = doc.words.patterns["linker"].search(gap)
        if linker is None or not _adjectives_only(doc, doc.text[cue.end():cue.end() + linker.start()]) or any(
                t not in doc.words.list_words for t in _tokens(gap[linker.start():])):
            continue
        group = next((g for g in doc.lists(bodies) if g[0] == first), [])
        if len({r.norm for r in group}) > 1:
            return group
    return []


def _apposed(doc: FactDocument, sentence: Sentence, cue: Cue) -> bool:
    """Whether an indefinite article or an apposition comma stands right before a cue of
    cooperation (`StAR, a partnership of`, `, un partenariat de`, `una alianza de`), with no word
    of help before that article (`with a partnership of`, `grâce à une coopération de`): the cue
    then names its sides; after `with the cooperation of` they only helped an act."""
    head = doc.text[max(sentence.start, cue.start() - _BETWEEN_REACH * 4):cue.start()].rstrip()
    if head.endswith(","):
        return True
    for _ in range(_ADJECTIVES):  # `an international partnership of`, `una estrecha alianza de`
        last = head.rsplit(None, 1)
        if len(last) < 2 or not _adjectives_only(doc, last[1]):
            break
        head = last[0].rstrip()
    article = doc.words.patterns["apposition_article"].search(head, max(0, len(head) - 4))
    if article is None or article.end() != len(head):
        return False
    before = head[:article.start()].rstrip()
    return not any(m.end() == len(before) for name in ("with", "helper_preposition")
                   for m in doc.words.patterns[name].finditer(before))


def _adjectives_only(doc: FactDocument, gap: str) -> bool:
    """Whether nothing but an adjective or two after the cue stands before the word for its sides
    (`une coopération internationale entre A et B`, `una alianza estratégica entre A y B`); not a
    function word (`coopération avec A entre 2010 et 2015`, `cooperation with them between`) nor a
    name: `gap` is a slice of the text, where names keep their capitals."""
    words = gap.split()
    function = doc.words.join_words | {w for name in ("with", "helper_preposition", "between")
                                       for phrase in doc.words.words[name] for w in phrase.casefold().split()}
    return len(words) <= _ADJECTIVES and all(
        w.isalpha() and w.islower() and len(w) > 3 and w not in function for w in words)


def network_after(doc: FactDocument, sentence: Sentence, cue: Cue) -> Ref | None:
    """The network a word placing bodies inside a body names (`au sein du réseau ENFORCE`, `within
    the ENFORCE network`): the body right after it, where a network noun comes with it (a body
    alone, `au sein de l'ONU`, is no network of the bodies before)."""
    body = next((r for r in sentence.mentions if r.start >= cue.end() and r.label == "ORG"), None)
    if body is None or len(_tokens(doc.text[cue.end():body.start])) > 2:
        return None
    after = doc.text[body.end:body.end + 20].lstrip(" )").split(",")[0]
    if doc.words.has("network_noun", doc.text[cue.end():body.end] + " " + after):
        return body
    return None
