"""Members named by their rank or in apposition to a body's states (FACTS.md, MEMBERSHIP):

- `Israel became our 21st Member State in 2014`, `Pakistan and Türkiye became Associate Members in
  2015, Ukraine in 2016`, `la Croatie devient le 30e État membre de l'Agence`, `Chile se convirtió en
  el miembro número 20 del Acuerdo`: the subject of a verb of becoming (class `became_member`) is a
  member of the body after its noun of membership (`of X`, `de X`), or of the publisher (`our`,
  `notre`, `nuestro`); the noun holds a rank, an ordinal or a figure; states named after it with a date of their own join it;
- `the Gulf Cooperation Council (GCC) states, Bahrain, Kuwait and Oman`, `les États membres de
  l'UEMOA, le Bénin, le Mali et le Niger`: three states or more in apposition to a body's states.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .document import FactDocument
from .lists import tokens as _tokens
from .member_subjects import BODY_LABELS as _BODY_LABELS
from .refs import Ref, Sentence

_NOUN_WORDS = 6  # words of the noun of membership after the verb of becoming, at most
_COUNTED_REACH = 40  # characters between a figure of states and the body they belong to, at most
_APPOSED = 3  # states in apposition to a body's states, at least
_WORD = re.compile(r"\s*([^\W_][\w'’-]*|[^\w\s])")


def became_members(doc: FactDocument, sentence: Sentence, actors: list[Ref],
                   elliptic: bool = True) -> Iterator[tuple[Ref, list[Ref]]]:
    """`X became our 21st Member State`: (body, members) of each verb of becoming whose object is a
    noun of membership; or an ordinal alone (`Serbia became the 23rd`) right after a sentence of the
    same paragraph that gave a rank of membership."""
    words = doc.words
    for cue in doc.find("became_member", sentence.start, sentence.end):
        end = _membership_noun(doc, cue.end(), sentence.end)
        body = None
        if end is None and elliptic:  # `Israel became our 21st Member State. … Serbia became the 23rd`
            end = _ordinal_only(doc, cue.end(), sentence.end)
            body = _ranked_before(doc, sentence) if end is not None else None
            if body is None:
                continue
        if end is None:
            continue
        lists = [g for g in doc.lists([a for a in actors if a.label in ("ORG", "COUNTRY")]) if g[-1].end <= cue.start()]
        if not lists or len([t for t in _tokens(doc.text[lists[-1][-1].end:cue.start()])
                             if t not in words.join_words]) > 1:  # an auxiliary at most (`est devenu`)
            continue
        body = body or _body(doc, sentence, cue.end(), end)
        if body is None:
            continue
        yield body, lists[-1] + dated_after(doc, sentence, end, actors)


def _membership_noun(doc: FactDocument, start: int, limit: int) -> int | None:
    """Where the noun of membership right after a verb of becoming ends (`our 21st Member State`,
    `le 30e État membre`, `el miembro número 20`, `Associate Members`): articles, possessives,
    ranks, ordinals and figures, and the words of member nouns, one of them a member noun proper
    and one a rank, an ordinal or a figure (`became a Member State` is no rank)."""
    words = doc.words
    allowed, ranks = _noun_words(doc)
    ordinal = _ordinal(doc)
    at, end, member, ranked = start, None, False, False
    for _ in range(_NOUN_WORDS):
        match = _WORD.match(doc.text, at, limit)
        if match is None:
            break
        word = match.group(1).casefold().replace("’", "'")
        if word not in allowed and not word.isdigit() and not ordinal.fullmatch(word):
            break
        at = match.end()
        ranked = ranked or word.isdigit() or word in ranks or ordinal.fullmatch(word) is not None
        if word in words.member_words:
            end = at
            member = member or doc.words.patterns["member_noun"].fullmatch(word) is not None
        elif end is not None and (word.isdigit() or word in ranks):
            end = at  # `el miembro número 20`, `membres associés`
    return end if member and ranked else None


def _ordinal_only(doc: FactDocument, start: int, limit: int) -> int | None:
    """Where an article and an ordinal right after a verb of becoming end (`became the 23rd`)."""
    article = _WORD.match(doc.text, start, limit)
    if article is None or article.group(1).casefold() not in doc.words.words["article"]:
        return None
    ordinal = _WORD.match(doc.text, article.end(), limit)
    return ordinal.end() if ordinal is not None and _ordinal(doc).fullmatch(ordinal.group(1).casefold()) else None


def _ranked_before(doc: FactDocument, sentence: Sentence) -> Ref | None:
    """The body of the membership by rank the sentence before states, in the same paragraph."""
    if sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    if before.block != sentence.block:
        return None
    return next((body for body, _ in became_members(doc, before, doc.actors(before), elliptic=False)), None)


@lru_cache(maxsize=8)
def _ordinal_pattern(endings: frozenset[str]) -> re.Pattern:
    ends = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
    return re.compile(rf"\d+(?:{ends})" if ends else r"(?!)")


def _ordinal(doc: FactDocument) -> re.Pattern:
    return _ordinal_pattern(doc.words.words["ordinal_ending"])


def _noun_words(doc: FactDocument) -> tuple[frozenset[str], frozenset[str]]:
    """The words a noun of membership may hold, and its words of rank (`associate`, `número`)."""
    words = doc.words
    return _noun_classes(words.words["article"], words.words["first_possessive"], words.member_words,
                         words.words["member_rank"])


@lru_cache(maxsize=8)
def _noun_classes(articles: frozenset[str], possessives: frozenset[str], members: frozenset[str],
                  ranks: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    # built once per language (a union of four classes per verb of becoming was rebuilt on each call)
    rank_words = frozenset(w for phrase in ranks for w in _tokens(phrase))
    return articles | possessives | members | rank_words, rank_words


def _body(doc: FactDocument, sentence: Sentence, cue_end: int, end: int) -> Ref | None:
    """The body after the noun (`of X`, `de l'X`), else the publisher when a first-person possessive
    stands in the noun (`our 21st Member State`, `notre 30e État membre`) or the paragraph spoke in
    the first person before (`… join our programme. A and B became Associate Members in 2015`)."""
    after = next((m for m in sentence.mentions if m.start >= end), None)
    if after is not None and after.label in _BODY_LABELS and doc.words.owner_gap.fullmatch(doc.text, end, after.start):
        return after
    own = next((r for r in doc.first_person(sentence) if cue_end <= r.start < end), None)
    if own is not None:
        return own
    own_noun = any(t in doc.words.words["first_possessive"] for t in _tokens(doc.text[cue_end:end]))
    if doc.publisher and (own_noun or _spoken_in_first_person(doc, sentence)) and not any(m.label in _BODY_LABELS and m.start >= cue_end for m in sentence.mentions):
        return Ref(cue_end, cue_end, "PUBLISHER", doc.publisher)
    return None


def _spoken_in_first_person(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a sentence before, in the same paragraph, speaks for the publisher (`our`, `we`)."""
    at = sentence.index - 1
    while at >= 0 and doc.sentences[at].block == sentence.block:
        if any(r.label == "PUBLISHER" for r in doc.first_person(doc.sentences[at])):
            return True
        at -= 1
    return False


def dated_after(doc: FactDocument, sentence: Sentence, end: int, actors: list[Ref]) -> list[Ref]:
    """`…, Ukraine in 2016, India in 2017 and Croatia in 2019`: the states after the noun, each
    with a date of its own (the verb left out)."""
    found: list[Ref] = []
    at = end
    dates = sentence.of("DATE")
    for ref in (a for a in actors if a.start >= end and a.label == "COUNTRY"):
        gap = doc.text[at:ref.start]
        left = [t for t in _tokens(_without(doc, gap, at, dates)) if t not in doc.words.join_words]
        if len(left) > sum(1 for d in dates if at <= d.start < ref.start):  # a preposition per date
            break
        date = next((d for d in dates if d.start >= ref.end), None)
        if date is None or len(_tokens(doc.text[ref.end:date.start])) > 1 or not _closed(doc, sentence, date.end):
            break
        found.append(ref)
        at = date.end
    return found


def _closed(doc: FactDocument, sentence: Sentence, at: int) -> bool:
    """Whether a state's date closes its gapped clause: a comma, a semicolon, a conjunction or
    the sentence's end right after it (`…, India in 2017 and Croatia in 2019.`); not a verb of
    its own (`…, Sudland in 2020 hosted its summit`: a clause with that state as subject)."""
    rest = doc.text[at:sentence.end].lstrip()
    if not rest or rest[0] in ",;.)":
        return True
    first = _tokens(rest[:20])[:1]
    return bool(first) and first[0] in doc.words.conjunction_words


def _without(doc: FactDocument, gap: str, at: int, dates: list[Ref]) -> str:
    for d in dates:
        if at <= d.start and d.end <= at + len(gap):
            gap = gap.replace(doc.text[d.start:d.end], " ")
    return gap


def apposed_states(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`the Gulf Cooperation Council (GCC) states, Bahrain, Kuwait and Oman`, `les États membres de
    l'UEMOA, le Bénin, le Mali et le Niger`: (body, states) where three states or more follow a
    comma after a body and the words of its states, the apposition closed after the last of them
    (`,`, `)` or `;`: `the EU Member States, Norway, Iceland and Liechtenstein.` adds states); or
    any number of states after a word of examples (class `example_of`: `member countries of the X,
    among them A and B`, `pays membres de l'X, parmi lesquels A et B`), which names them as some of its
    states whatever follows."""
    words = doc.words
    states = [a for a in actors if a.label == "COUNTRY"]
    for group in doc.lists(states):
        body = next((m for m in reversed(sentence.mentions) if m.end <= group[0].start), None)
        between = doc.text[body.end:group[0].start] if body is not None else ""
        if body is None or body.label not in _BODY_LABELS or "," not in between:
            continue
        named = _named_before(doc, sentence, body)  # `… de la Communauté andine (CAN), A, B`: the name before
        comma_at = body.end + len(between.rsplit(",", 1)[0])
        example = next((c for c in doc.find("example_of", comma_at + 1, group[0].start)
                        if not doc.text[comma_at + 1:c.start()].strip()), None)
        if example is None and not _counted(sentence, named, group) and (len(group) < _APPOSED or doc.text[
                group[-1].end:sentence.end].lstrip()[:1] not in (",", ")", ";")):
            continue
        if not doc.only_articles(example.end() if example is not None else comma_at + 1, group[0].start):
            continue
        noun = _tokens(doc.text[body.end:comma_at].lstrip(" )"))  # after its acronym in parentheses
        if noun and all(t in words.member_words for t in noun) and any(
                words.patterns["country_unit"].fullmatch(t) or words.patterns["country_unit"].fullmatch(t[:-1])
                for t in noun):  # `the GCC states,`
            yield body, group
        elif not noun and _member_then_linker(doc, doc.text[max(sentence.start, named.start - 40):named.start]):
            yield body, group  # `les États membres de l'UEMOA,`


def _named_before(doc: FactDocument, sentence: Sentence, body: Ref) -> Ref:
    """The body's name before it when the body is its other name in parentheses (`la Communauté
    andine (CAN)`): the words of its states stand before that name; else the body itself."""
    before = next((m for m in reversed(sentence.mentions) if m.end <= body.start), None)
    if before is not None and before.norm == body.norm and doc.text[before.end:body.start].strip() == "(":
        return before
    return body


def _counted(sentence: Sentence, body: Ref, group: list[Ref]) -> bool:
    """Whether a figure of states right before the body says as many as the apposition names
    (`deux États membres de l'UA, le Burkina Faso et le Mali`): the apposition names them all."""
    return any(body.start - _COUNTED_REACH <= f.start and f.end <= body.start and f.norm.split(" ", 1)[0] == str(len(group))
               for f in sentence.of("FIGURE"))


def _member_then_linker(doc: FactDocument, text: str) -> bool:
    """Whether a text ends on the words of a body's states and a linker (`les États membres de l'`)."""
    linker = doc.words.qualifier_before.search(text)
    return linker is not None and linker.group(1).casefold() in doc.words.member_words and any(
        doc.words.patterns["member_noun"].fullmatch(t) for t in _tokens(text)[-4:])


def inner_sizes(doc: FactDocument, sentence: Sentence, sizes: list[Ref]) -> Iterator[tuple[Ref, list[Ref], list[Ref]]]:
    """Figures of members whose body stands inside the figure or in a relative clause right after
    it: `the ten ASEAN Member States` (a body the text names elsewhere, inside the figure), `the
    Forum Fisheries Committee, on which all 17 members sit`, `le Comité, où tous les 17 membres siègent`."""
    words = doc.words
    for size in sizes:
        if not words.patterns["member_noun"].search(doc.text, size.start, size.end):
            continue
        inner = _named_inside(doc, size)
        if inner is not None:
            yield inner, [], [size]
            continue
        before = next((m for m in reversed(sentence.mentions) if m.end <= size.start), None)
        if before is None or before.label not in _BODY_LABELS:
            continue
        gap = _tokens(doc.text[before.end:size.start])
        allowed = (words.linker_words | words.words["article"] | words.words["group_determiner"]
                   | words.words["all_of"] | words.words["place_preposition"] | {","})
        relative = next((i for i, t in enumerate(gap) if t in words.words["relative"]), None)
        # `, on which all`, `, en el que los`: a comma, a preposition and an article at most, the relative
        if gap[:1] == [","] and relative is not None and relative <= 3 and all(
                t in allowed or t in doc.words.member_words for t in gap[relative + 1:]):
            yield before, [], [size]


def _named_inside(doc: FactDocument, size: Ref) -> Ref | None:
    """A body the document names elsewhere whose name stands inside a figure (`ten ASEAN Member
    States`)."""
    text = doc.text[size.start:size.end]
    for m in doc.mentions:
        name = doc.text[m.start:m.end]
        # the literal test first: a pattern compiled per mention was most of the stage's regex time
        if m.label == "ORG" and m.end - m.start >= 3 and not size.start <= m.start < size.end and name in text:
            found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
            if found is not None:
                return Ref(size.start + found.start(), size.start + found.end(), m.label, m.norm)
    return None


def signed_sizes(doc: FactDocument, sentence: Sentence, sizes: list[Ref],
                 actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref], list[Ref]]]:
    """`España fue uno de los 17 Estados que firmaron la Convención del Metro`, `one of the 17 States
    that signed the Convention`, `l'un des 17 États qui ont signé la Convention`: the instrument right
    after a relative of signing (class `signed_which`), the figure of states right before it its
    size, and the subject placed among them (`uno de los`, class `one_of`) its member."""
    for cue in doc.find("signed_which", sentence.start, sentence.end):
        size = next((s for s in sizes if s.end <= cue.start() and not doc.text[s.end:cue.start()].strip(" ,")), None)
        body = next((m for m in sentence.mentions if m.start >= cue.end()), None)
        if size is None or body is None or body.label != "INSTRUMENT" or not doc.only_articles(cue.end(), body.start):
            continue
        lists = [g for g in doc.lists([a for a in actors if a.label in ("ORG", "COUNTRY")]) if g[-1].end <= size.start]
        among = lists and doc.words.has("one_of", doc.text, lists[-1][-1].end, size.start) and len(
            [t for t in _tokens(doc.text[lists[-1][-1].end:size.start]) if t not in doc.words.join_words]) <= 4
        yield body, lists[-1] if among else [], [size]
