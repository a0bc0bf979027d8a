"""Members that take part in a body, and the further bodies a cue of membership names:

- `Brazil takes part in the Quito Process, …, and in the R4V`, `nous participons au réseau des
  CSIRT …, et au réseau EU-CyCLONe`, `el ROA participa en EURAMET`: the subject of a verb of
  taking part is a member of the body right after it (a body or a compact, not an operation or a
  meeting), and so are those a word of company lists after it (`INTERPOL participa en el Pacto X,
  junto con la OMA y la UIP`);
- `X est membre du FIRST et de la communauté TF-CSIRT`, `member of A and of B`: the bodies that
  a conjunction and the preposition again join to the first are bodies of the same members;
- `A, B and C, which cooperate within X` (states only), `El CEM representa a España en la X`: the
  states a relative clause of cooperation places inside a body, and a body acting for its state
  inside another, are members of it;
- `Parmi ses membres figurent A, B et C`, `Entre sus miembros figuran A, B`, `Among its members
  are A and B`: the list after the cue and a word of inclusion are members of the body the
  possessive stands for.

memberships.py makes them facts.
"""

from __future__ import annotations

from collections.abc import Iterator

from .clauses import clause_start, in_relative
from .document import FactDocument
from .lists import tokens as _tokens
from .refs import Ref, Sentence
from .member_subjects import BODY_END
from .member_with import listed_along

_BODY_GAP = 3  # words (articles, a preposition) between a verb of taking part and its body, at most
_NEXT_GAP = 120  # characters between a body and the next one the same preposition joins, at most
_NOUNS = 2  # words of a noun of its own before a further body (`et de la communauté européenne TF-CSIRT`)
_LIST_AFTER = 40  # the members stand this close after `Parmi ses membres figurent`


def takes_part(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """(body, members) for each verb of taking part in a body (`member_in`)."""
    for cue in doc.find("member_in", sentence.start, sentence.end):
        body = _object(doc, sentence, cue.end())
        if body is None:
            continue
        start = clause_start(doc, sentence, cue.start())
        subject = [a for a in actors if start <= a.start < cue.start() and a.label in ("ORG", "COUNTRY", "PUBLISHER")
                   and not in_relative(doc, sentence, a.start)]
        groups = doc.lists(subject)
        members = list(groups[-1]) if groups else []
        if _coordinated(doc, sentence, cue.start()):
            # `La Misión trabaja con la ARN y participa en el CNR`: a verb joined to the clause's first
            # has its subject (the body the sentence opens on), not the first verb's object
            members = _opening_body(doc, sentence, actors, cue.start())
        if members:  # `INTERPOL participa en X, junto con la OMA y la UIP`: the list after the body too
            members += listed_along(doc, sentence, [body], actors, frozenset(m.label for m in members))
        if members and body.norm not in {m.norm for m in members}:
            for each in (body, *further_bodies(doc, sentence, body)):
                yield each, members


def _coordinated(doc: FactDocument, sentence: Sentence, at: int) -> bool:
    """Whether a conjunction (a comma before it or not) stands right before a verb at `at`."""
    before = [t for t in _tokens(doc.text[sentence.start:at]) if t != ","]
    return bool(before) and before[-1] in doc.words.conjunction_words


def _opening_body(doc: FactDocument, sentence: Sentence, actors: list[Ref], at: int) -> list[Ref]:
    """The bodies a sentence opens on (articles at most before them), before `at`: the whole first
    list, since a coordinated subject (`Norland and Westland fund X and take part in Y`) is the
    joined verb's subject too."""
    groups = doc.lists([a for a in actors if a.start < at])
    if not groups or not doc.only_articles(sentence.start, groups[0][0].start):
        return []
    first = groups[0]
    if any(a.label not in ("ORG", "COUNTRY", "PUBLISHER", "REFERENCE") for a in first):
        return []
    return list(first)


def _object(doc: FactDocument, sentence: Sentence, offset: int) -> Ref | None:
    """The body right after a verb of taking part, the whole of its object: only articles and
    prepositions before it, and a mark or the sentence's end right after it (not `the G7 meeting`)."""
    body = next((r for r in sentence.mentions if r.start >= offset), None)
    if body is None or body.label not in ("ORG", "INSTRUMENT"):  # `participa en el Pacto Mundial X`
        return None
    words = doc.words
    gap = _tokens(doc.text[offset:body.start])
    if len(gap) > _BODY_GAP or any(t not in words.words["article"] and t not in words.linker_words
                                   and t not in words.join_words for t in gap):
        return None
    rest = doc.text[body.end:sentence.end]
    return body if BODY_END.match(rest) or _tokens(rest[:12])[:1] and _tokens(rest[:12])[0] in words.conjunction_words else None


def further_bodies(doc: FactDocument, sentence: Sentence, body: Ref) -> list[Ref]:
    """The bodies a conjunction and the preposition again join to a body of membership (`membre
    du FIRST et de la communauté TF-CSIRT`, `participa en A, …, y en la Plataforma B`): each the
    first body after `and` + a linking word, a noun of its own of two words at most between."""
    words = doc.words
    found, last = [], body
    while True:
        bodies = [r for r in sentence.mentions if r.start >= last.end and r.label == "ORG"
                  and r.start - last.end <= _NEXT_GAP and r.norm != last.norm]
        nxt = next((r for r in bodies), None)
        if nxt is None:
            return found
        gap = _tokens(doc.plain[last.end:nxt.start])
        joined = next((i for i in range(len(gap) - 1, -1, -1) if gap[i] in words.conjunction_words), None)
        if joined is None or joined + 1 >= len(gap) or gap[joined + 1] not in words.linker_words | _prepositions(doc):
            return found
        own = [t for t in gap[joined + 2:] if t not in words.words["article"] and t not in words.join_words]
        if len(own) > _NOUNS:
            return found
        if any(r.label in ("ORG", "COUNTRY") for r in sentence.mentions if last.end <= r.start < nxt.start
               and r.norm != last.norm) and len(gap) > joined + 3:
            return found
        found.append(nxt)
        last = nxt


def _prepositions(doc: FactDocument) -> set[str]:
    return {w for phrase in doc.words.words["member_in"] for w in phrase.split()[-1:]}


def listed_members(doc: FactDocument, sentence: Sentence, cue, actors: list[Ref]) -> list[Ref]:
    """The list a word of inclusion right after `Parmi ses membres` introduces (`figurent A, B`)."""
    marks = [m for m in doc.find("including", cue.end(), min(sentence.end, cue.end() + 20))
             if not doc.text[cue.end():m.start()].strip(" ,")]
    if not marks:
        return []
    after = [g for g in doc.lists([a for a in actors if a.label in ("ORG", "COUNTRY")]) if g[0].start >= marks[0].end()]
    return list(after[0]) if after and after[0][0].start - marks[0].end() <= _LIST_AFTER else []


def cooperate_within(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`… four states, A, B, C and D, which cooperate within the X Commission`, `A, B et C, qui
    coopèrent au sein de la Commission X`: a list, a comma, a relative pronoun and a verb of
    cooperation alone before a word placing them inside a body; the list (two states or more) are
    its members. States only: bodies cooperating inside another (`INTERPOL and Europol, which
    cooperate within the UN`) are not its members; a network is read by memberships.py."""
    words = doc.words
    for cue in doc.find("within", sentence.start, sentence.end):
        body = _object(doc, sentence, cue.end())
        if body is None:
            continue
        groups = [g for g in doc.lists([a for a in actors if a.label in ("ORG", "COUNTRY")]) if g[-1].end <= cue.start()]
        if not groups or len({m.norm for m in groups[-1]}) < 2 or any(m.label != "COUNTRY" for m in groups[-1]):
            continue
        gap = doc.plain[groups[-1][-1].end:cue.start()]
        parts = gap.split(",")
        if len(parts) != 2 or _tokens(parts[0]):
            continue  # the list's acronym in parentheses may stand before the comma (tokens leave it out)
        clause = parts[1].strip()
        relative = words.patterns["relative"].match(clause)
        if relative is None or not words.has("partnership_cue", clause[relative.end():]):
            continue
        rest = [t for t in _tokens(clause[relative.end():]) if not words.has("partnership_cue", t)]
        if len(rest) <= 1:  # `which cooperate`, `qui coopèrent étroitement` (an adverb at most)
            yield body, list(groups[-1])


_STATE_TO_BODY = 4  # words (articles, a preposition, `au sein de`) between the state and the body, at most


def represents_in(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`El CEM representa a España en la EURAMET`, `Le LNE représente la France au sein d'EURAMET`,
    `The Met Office represents the UK in the WMO`: the body right before a verb of acting for a state
    (class `represents_in`) is a member of the body named right after that state (the whole object
    of a preposition: not `represents Spain in talks with the WMO`)."""
    words = doc.words
    for cue in doc.find("represents_in", sentence.start, sentence.end):
        subject = next((a for a in reversed(actors) if a.end <= cue.start()), None)
        if subject is None or subject.label != "ORG" or _tokens(doc.text[subject.end:cue.start()]):
            continue  # the acronym in parentheses may close the subject's name (tokens leave it out)
        state = next((a for a in actors if a.start >= cue.end()), None)
        if state is None or state.label != "COUNTRY" or not doc.only_articles(cue.end(), state.start):
            continue
        body = next((m for m in sentence.mentions if m.start >= state.end), None)
        if body is None or body.label != "ORG":
            continue
        gap = _tokens(words.patterns["within"].sub(" ", doc.text[state.end:body.start]))
        allowed = words.words["article"] | words.words["helper_preposition"] | words.linker_words
        if len(gap) <= _STATE_TO_BODY and all(t in allowed for t in gap) and BODY_END.match(doc.text[body.end:sentence.end]):
            yield body, [subject]
